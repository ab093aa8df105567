{#
  An incremental model looks up every raw version of the keys changed since an instant: the
  staging pre-hook deletes those keys, and the marts take the earliest date any version of them
  touches. Finding the versions means probing the whole key column of the raw table (12.9 million
  KKP events at --scale 2 000 000), once per model.

  The ingest records every batch in raw.batch_ledger, with `new_keys_only` when no key of the batch
  had a version loaded before it (ingest/pipeline/batch.ts: recordBatch). Each batch is loaded later
  than every row before it, so when every batch loaded since the instant is new-keys-only (most
  loads of event-like sources: KKP events, status history, sentences), every version of the
  changed keys is among the rows loaded since: no probe, and the staging model has none of those
  keys to delete.

  `only_new_keys_since(relation, since)`: true when every batch with a row of `relation` loaded
  after `since` (a timestamp literal) is recorded new-keys-only. False outside an incremental run,
  or when any of those batches is not recorded (loaded by an older version).
  `changed_versions_filter(relation, key, since, alias)`: the WHERE condition on `relation as alias`
  that keeps every version of the keys with a version loaded after `since`.
#}

{% macro only_new_keys_since(relation, since) -%}
    {%- if not (execute and is_incremental()) -%}
        {{ return(false) }}
    {%- endif -%}
    {%- set other_batches -%}
        select count(*) as batches
        from (select distinct _batch_id from {{ relation }} where _loaded_at > {{ since }}) as loaded
        {{ new_keys_only_join(relation, 'loaded') }}
        where new_only.batch_id is null
    {%- endset -%}
    {{ return(run_query(other_batches).columns[0].values()[0] | int == 0) }}
{%- endmacro %}

{#
  `new_keys_only_join(relation, alias)`: joins the batches of `relation` in `alias` (a query with
  `_batch_id`) to their ledger row when it says new-keys-only: `new_only.batch_id` is null for
  every other batch. The ledger is created by every ingest and by `elieta build`
  (ingest/ledger/tables.ts), so it is not looked up first (a lookup lists the whole raw schema).
#}
{% macro new_keys_only_join(relation, alias) -%}
    left join {{ api.Relation.create(database=relation.database, schema=relation.schema, identifier='batch_ledger') }} as new_only
        on new_only.table_schema = '{{ relation.schema }}'
        and new_only.table_name = '{{ relation.identifier }}'
        and new_only.batch_id = {{ alias }}._batch_id
        and new_only.new_keys_only
{%- endmacro %}

{% macro changed_versions_filter(relation, key, since, alias='versions') -%}
    {%- set keys = key.split(',') | map('trim') | list -%}
    {%- if only_new_keys_since(relation, since) -%}
    {{ alias }}._loaded_at > {{ since }}
    {%- else -%}
    ({% for k in keys %}{{ alias }}.{{ k }}{% if not loop.last %}, {% endif %}{% endfor %}) in (
        select {% for k in keys %}changed.{{ k }}{% if not loop.last %}, {% endif %}{% endfor %}
        from {{ relation }} as changed
        where changed._loaded_at > {{ since }}
    )
    {%- endif -%}
{%- endmacro %}

{#
  `new_deleted_or_moved_keys(relation, key, since, identity_columns)`: a query of the keys of
  `relation` with a version loaded after `since` that are new (no version at or before it),
  deleted, or moved (one of `identity_columns` differs between their versions; a NULL and a value
  differ). A model that reads nothing else of the record can leave its other changes alone.
#}
{% macro new_deleted_or_moved_keys(relation, key, since, identity_columns) -%}
    select key_versions.{{ key }}
    from {{ relation }} as key_versions
    where {{ changed_versions_filter(relation, key, since, 'key_versions') }}
    group by key_versions.{{ key }}
    having sum(case when key_versions._loaded_at <= {{ since }} then 1 else 0 end) = 0
        or max(case when key_versions._op = 'delete' then 1 else 0 end) = 1
        {%- for c in identity_columns %}
        or count(distinct coalesce(cast(key_versions.{{ c }} as text), '~')) > 1
        {%- endfor %}
{%- endmacro %}
