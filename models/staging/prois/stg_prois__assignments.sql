-- The current state of prois/assignments: one row per assignment_id, as PROIS last reported it
-- (latest version of each key from raw.prois__assignments, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('prois', 'assignments'), 'assignment_id') }}",
    )
}}

with

source as (
    {{ current_versions(source('prois', 'assignments'), key='assignment_id') }}
),

renamed as (
    select
        assignment_id,
        proceeding_number,
        prosecutor_id,
        cast(assigned_on as date) as assigned_on,
        cast(ended_on as date) as ended_on,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
