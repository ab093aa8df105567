-- The current state of prois/decisions: one row per decision_id, as PROIS last reported it
-- (latest version of each key from raw.prois__decisions, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('prois', 'decisions'), 'decision_id') }}",
    )
}}

with

source as (
    {{ current_versions(source('prois', 'decisions'), key='decision_id') }}
),

renamed as (
    select
        decision_id,
        proceeding_number,
        prosecutor_id,
        decision_type,
        cast(decided_on as date) as decided_on,
        accused_count,
        sentence_type,
        fine_eur,
        community_service_hours,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
