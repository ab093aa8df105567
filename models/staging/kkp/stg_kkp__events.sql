-- The current state of kkp/events: one row per event_id, as KKP last reported it
-- (latest version of each key from raw.kkp__events, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('kkp', 'events'), 'event_id') }}",
    )
}}

with

source as (
    {{ current_versions(source('kkp', 'events'), key='event_id') }}
),

renamed as (
    select
        event_id,
        cast(occurred_at as timestamp) as occurred_at,
        document_id,
        document_type,
        event_type,
        institution_code,
        court_code,
        system_code,
        channel,
        case_number,
        proceeding_number,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
