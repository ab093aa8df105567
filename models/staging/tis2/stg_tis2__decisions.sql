-- The current state of tis2/decisions: one row per decision_id, as TIS2 last reported it
-- (latest version of each key from raw.tis2__decisions, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('tis2', 'decisions'), 'decision_id') }}",
    )
}}

with

source as (
    {{ current_versions(source('tis2', 'decisions'), key='decision_id') }}
),

renamed as (
    select
        decision_id,
        case_id,
        decision_type,
        outcome,
        cast(decided_on as date) as decided_on,
        cast(in_force_on as date) as in_force_on,
        appealed,
        judge_id,
        ecli,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
