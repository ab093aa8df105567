-- The current state of tis2/sentences: one row per sentence_id, as TIS2 last reported it
-- (latest version of each key from raw.tis2__sentences, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('tis2', 'sentences'), 'sentence_id') }}",
    )
}}

with

source as (
    {{ current_versions(source('tis2', 'sentences'), key='sentence_id') }}
),

renamed as (
    select
        sentence_id,
        decision_id,
        case_id,
        party_id,
        proceeding_number,
        verdict,
        principal_article,
        sentence_type,
        term_months,
        term_days,
        fine_eur,
        community_service_hours,
        suspended,
        probation_months,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
