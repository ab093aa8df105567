-- The current state of tis2/hearings: one row per hearing_id, as TIS2 last reported it
-- (latest version of each key from raw.tis2__hearings, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('tis2', 'hearings'), 'hearing_id') }}",
    )
}}

with

source as (
    {{ current_versions(source('tis2', 'hearings'), key='hearing_id') }}
),

renamed as (
    select
        hearing_id,
        case_id,
        judge_id,
        cast(scheduled_on as date) as scheduled_on,
        cast(hearing_date as date) as hearing_date,
        status,
        postponement_reason,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
