-- The current state of tis2/case_status_history: one row per case_id and seq, as TIS2 last reported it
-- (latest version of each key from raw.tis2__case_status_history, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('tis2', 'case_status_history'), 'case_id, seq') }}",
    )
}}

with

source as (
    {{ current_versions(source('tis2', 'case_status_history'), key='case_id, seq') }}
),

renamed as (
    select
        case_id,
        seq,
        status_code,
        cast(valid_from as date) as valid_from,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
