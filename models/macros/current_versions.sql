{#
  The raw layer is append-only: every load adds versions of records, and a deletion is a version
  whose `_op` is 'delete'. `current_versions` returns the current state of `relation`: the latest
  version of each key (by _loaded_at, then _batch_id, then position in the source), without the
  keys whose latest version is a deletion. `_source_position` is the version's place in its batch
  (a file's line, or the order a connector read it from a table or an API).

  In an incremental staging model only the versions loaded after the model's newest row are read,
  and the versions loaded at that very instant only when one of their batches is not in the model
  yet (a batch committed at the same instant after the previous build read): then all of that
  instant's versions are read again, so their order among themselves holds, and replacing their
  keys makes the re-read harmless. (Reading every version of that instant each time would re-read
  the whole last batch of a load, up to a part file of 500 000 rows, on every build.) Every such
  version is later than anything the model holds, so the latest of them is the latest of all.

  The pre-hook `delete_changed_keys` deletes every key with such a version (changed, re-read or
  deleted) in one pass over the model's key column, and the model appends the current versions of
  those keys (incremental_strategy 'append'): one delete instead of a pre-hook for the deleted keys
  and delete+insert's second delete of the temporary table's keys (each a scan of the whole key
  column, which grows with history).

  `loaded_since_watermark` is that filter on `_loaded_at`, with the model's newest load as a
  literal found when the model runs (`staging_watermark`): a literal lets the engine skip the raw
  table's old row groups by their min/max (DuckDB's zonemaps; a range an index can use on
  PostgreSQL), where a scalar subquery in the filter made it read every version ever loaded. The
  pre-hook and the model each look it up before anything is deleted, so they see the same instant.
#}

{% macro _version_order() -%}
    _loaded_at desc,
    _batch_id desc,
    _source_position desc
{%- endmacro %}

{#
  The newest load an incremental build of the staging model has read: `{'at': W, 'strict': true}`
  for W the newest `loaded_at` in the model (the build reads the versions loaded after W), or
  `strict` false when a batch loaded at W is not in the model yet (the build reads from W on).
  `new_keys_only`: every batch loaded after W is recorded new-keys-only (changed_keys.sql), so the
  model holds none of their keys. Looked up when the model runs; none on a full build.
#}
{% macro staging_since(relation) -%}
    {%- if execute and is_incremental() -%}
        {#- One query: W, how many batches were loaded at W, and how many batches loaded after W are
            not recorded new-keys-only. -#}
        {%- set since_sql -%}
            select
                cast(newest.w as text) as watermark,
                count(distinct case when loaded._loaded_at = newest.w then loaded._batch_id end) as batches,
                count(distinct case when loaded._loaded_at > newest.w and new_only.batch_id is null then loaded._batch_id end) as other_batches
            from (select max(loaded_at) as w from {{ this }}) as newest
            left join (
                select distinct versions._loaded_at, versions._batch_id
                from {{ relation }} as versions, (select max(loaded_at) as w from {{ this }}) as model
                where versions._loaded_at >= model.w
            ) as loaded on true
            {{ new_keys_only_join(relation, 'loaded') }}
            group by newest.w
        {%- endset -%}
        {%- set since = run_query(since_sql) -%}
        {%- set watermark = since.columns[0].values()[0] -%}
        {%- if watermark is none -%}
            {{ return(none) }}
        {%- endif -%}
        {%- set at = "cast('" ~ watermark ~ "' as timestamp)" -%}
        {#- A batch is committed whole, so when one batch alone was loaded at W the model (which holds
            a row loaded at W) has seen it, and the model need not be read again. -#}
        {%- set unseen = 0 -%}
        {%- if since.columns[1].values()[0] | int > 1 -%}
            {%- set unseen = run_query(
                'select count(*) as unseen from (select distinct _batch_id from ' ~ relation ~ ' where _loaded_at = ' ~ at ~ ') as batches'
                ~ ' where not exists (select 1 from ' ~ this ~ ' as seen where seen.loaded_at = ' ~ at
                ~ ' and seen.loaded_batch_id = batches._batch_id)'
            ).columns[0].values()[0] | int -%}
        {%- endif -%}
        {{ return({'at': at, 'strict': unseen == 0, 'new_keys_only': since.columns[2].values()[0] | int == 0}) }}
    {%- else -%}
        {{ return(none) }}
    {%- endif -%}
{%- endmacro %}

{# The filter on the raw versions an incremental build of the staging model reads (staging_since); nothing (every version) on a full build. #}
{% macro staging_watermark(relation) -%}
    {{ return(_since_filter(staging_since(relation))) }}
{%- endmacro %}

{% macro _since_filter(since) -%}
    {%- if since is none -%}
        {{ return('') }}
    {%- endif -%}
    {{ return('_loaded_at ' ~ ('>' if since.strict else '>=') ~ ' ' ~ since.at) }}
{%- endmacro %}

{% macro _ranked_versions(relation, key) -%}
    {%- set since = staging_watermark(relation) %}
    select
        versions.*,
        row_number() over (partition by {{ key }} order by {{ _version_order() }}) as _version_rank
    from {{ relation }} as versions
    {%- if since %}
    where versions.{{ since }}
    {%- endif %}
{%- endmacro %}

{% macro current_versions(relation, key) -%}
    select *
    from (
        {{ _ranked_versions(relation, key) }}
    ) as ranked
    where _version_rank = 1
      and _op <> 'delete'
{%- endmacro %}

{#
  Pre-hook of an incremental staging model: deletes every key with a raw version loaded since the
  model's newest row (the model then appends the current version of each, unless deleted).
  `(key) in (subquery)`, not a correlated `exists`: DuckDB then hashes the few changed keys once
  and probes the model's key column, instead of joining the whole model to them. Nothing to delete
  when every batch loaded since is new-keys-only (changed_keys.sql): the model holds none of their
  keys. Not when the build re-reads the batches of its newest instant: it holds those keys.
#}
{% macro delete_changed_keys(relation, key) -%}
    {%- set watermark = staging_since(relation) -%}
    {%- set since = _since_filter(watermark) -%}
    {%- if since and not (watermark.strict and watermark.new_keys_only) -%}
    {%- set keys = key.split(',') | map('trim') | list -%}
    delete from {{ this }}
    where ({{ keys | join(', ') }}) in (
        select {{ keys | join(', ') }}
        from {{ relation }}
        where {{ since }}
    )
    {%- else -%}
    select 1
    {%- endif -%}
{%- endmacro %}
