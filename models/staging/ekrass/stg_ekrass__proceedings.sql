-- The current state of ekrass/proceedings: one row per proceeding_number, as EKRASS last reported it
-- (latest version of each key from raw.ekrass__proceedings, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('ekrass', 'proceedings'), 'proceeding_number') }}",
    )
}}

with

source as (
    {{ current_versions(source('ekrass', 'proceedings'), key='proceeding_number') }}
),

renamed as (
    select
        proceeding_number,
        cast(registered_on as date) as registered_on,
        investigating_unit,
        status,
        cast(status_since as date) as status_since,
        cast(transferred_on as date) as transferred_on,
        cast(terminated_on as date) as terminated_on,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
