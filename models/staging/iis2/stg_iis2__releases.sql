-- The current state of iis2/releases: one row per release_id, as IIS2 last reported it
-- (latest version of each key from raw.iis2__releases, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('iis2', 'releases'), 'release_id') }}",
    )
}}

with

source as (
    {{ current_versions(source('iis2', 'releases'), key='release_id') }}
),

renamed as (
    select
        release_id,
        admission_id,
        cast(released_on as date) as released_on,
        reason,
        legal_status,
        sentence_served_months,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
