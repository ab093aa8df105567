-- The current state of tis2/sentence_articles: one row per sentence_id and article_code, as TIS2 last reported it
-- (latest version of each key from raw.tis2__sentence_articles, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('tis2', 'sentence_articles'), 'sentence_id, article_code') }}",
    )
}}

with

source as (
    {{ current_versions(source('tis2', 'sentence_articles'), key='sentence_id, article_code') }}
),

renamed as (
    select
        sentence_id,
        article_code,
        principal,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
