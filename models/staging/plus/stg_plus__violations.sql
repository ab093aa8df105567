-- The current state of plus/violations: one row per violation_id, as PLUS last reported it
-- (latest version of each key from raw.plus__violations, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('plus', 'violations'), 'violation_id') }}",
    )
}}

with

source as (
    {{ current_versions(source('plus', 'violations'), key='violation_id') }}
),

renamed as (
    select
        violation_id,
        supervision_id,
        cast(occurred_on as date) as occurred_on,
        violation_type,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
