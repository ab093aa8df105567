-- The current state of plus/supervisions: one row per supervision_id, as PLUS last reported it
-- (latest version of each key from raw.plus__supervisions, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('plus', 'supervisions'), 'supervision_id') }}",
    )
}}

with

source as (
    {{ current_versions(source('plus', 'supervisions'), key='supervision_id') }}
),

renamed as (
    select
        supervision_id,
        client_id,
        supervision_type,
        proceeding_number,
        case_number,
        atvk_code,
        cast(start_on as date) as start_on,
        cast(planned_end_on as date) as planned_end_on,
        cast(end_on as date) as end_on,
        end_reason,
        community_service_hours,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
