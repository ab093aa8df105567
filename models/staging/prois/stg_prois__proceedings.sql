-- The current state of prois/proceedings: one row per proceeding_number, as PROIS last reported it
-- (latest version of each key from raw.prois__proceedings, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('prois', 'proceedings'), 'proceeding_number') }}",
    )
}}

with

source as (
    {{ current_versions(source('prois', 'proceedings'), key='proceeding_number') }}
),

renamed as (
    select
        proceeding_number,
        office_code,
        investigating_unit,
        cast(received_on as date) as received_on,
        status,
        decision_type,
        cast(decided_on as date) as decided_on,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
