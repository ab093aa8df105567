-- The current state of tis2/cases: one row per case_id, as TIS2 last reported it
-- (latest version of each key from raw.tis2__cases, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('tis2', 'cases'), 'case_id') }}",
    )
}}

with

source as (
    {{ current_versions(source('tis2', 'cases'), key='case_id') }}
),

renamed as (
    select
        case_id,
        case_number,
        origin_case_id,
        court_code,
        case_category,
        instance,
        cast(registered_on as date) as registered_on,
        cast(first_hearing_on as date) as first_hearing_on,
        cast(decided_on as date) as decided_on,
        cast(closed_on as date) as closed_on,
        outcome,
        judge_id,
        proceeding_number,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
