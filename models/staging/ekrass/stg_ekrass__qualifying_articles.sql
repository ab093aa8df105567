-- The current state of ekrass/qualifying_articles: one row per proceeding_number and article_code, as EKRASS last reported it
-- (latest version of each key from raw.ekrass__qualifying_articles, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('ekrass', 'qualifying_articles'), 'proceeding_number, article_code') }}",
    )
}}

with

source as (
    {{ current_versions(source('ekrass', 'qualifying_articles'), key='proceeding_number, article_code') }}
),

renamed as (
    select
        proceeding_number,
        article_code,
        principal,
        cast(qualified_on as date) as qualified_on,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
