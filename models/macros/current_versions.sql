{#
  The raw layer is append-only: every load adds versions of records, and a deletion is a version
  whose `_op` is 'delete'. `current_versions` returns the current state of `relation`: the latest
  version of each key (by _loaded_at, then _batch_id, then position in the source), without the
  keys whose latest version is a deletion. `_source_position` is `file:line`; the trailing number
  is compared as a number, so line 10 comes after line 9.

  In an incremental staging model only the versions loaded after the model's newest row are read,
  and the versions loaded at that very instant only when one of their batches is not in the model
  yet (a batch committed at the same instant after the previous build read): then all of that
  instant's versions are read again, so their order among themselves holds, and delete+insert makes
  the re-read harmless. (Reading every version of that instant each time would re-read the whole
  last batch of a load, up to a part file of 500 000 rows, on every build.) Every such version is
  later than anything the model holds, so the latest of them is the latest of all. `delete_removed_keys` (a pre-hook) removes the keys whose latest new version is a deletion.
#}

{% macro _version_order() -%}
    _loaded_at desc,
    _batch_id desc,
    regexp_replace(_source_position, '[0-9]+$', '') desc,
    cast(nullif(regexp_replace(_source_position, '^.*[^0-9]', ''), '') as bigint) desc
{%- endmacro %}

{% macro _loaded_since_watermark(relation) -%}
    {%- if is_incremental() %}
    {%- set watermark = '(select coalesce(max(loaded_at), cast(\'1900-01-01\' as timestamp)) from ' ~ this ~ ')' %}
    where versions._loaded_at > {{ watermark }}
       or (
           versions._loaded_at = {{ watermark }}
           and exists (
               select 1
               from {{ relation }} as unseen
               where unseen._loaded_at = {{ watermark }}
                 and not exists (
                     select 1
                     from {{ this }} as seen
                     where seen.loaded_at = {{ watermark }}
                       and seen.loaded_batch_id = unseen._batch_id
                 )
           )
       )
    {%- endif %}
{%- endmacro %}

{% macro _ranked_versions(relation, key) -%}
    select
        versions.*,
        row_number() over (partition by {{ key }} order by {{ _version_order() }}) as _version_rank
    from {{ relation }} as versions
    {{ _loaded_since_watermark(relation) }}
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
  Pre-hook of an incremental staging model: deletes the keys whose latest new version is a
  deletion. `(key) in (subquery)`, not a correlated `exists`: DuckDB then hashes the few deleted
  keys once and probes the model's key column, instead of joining the whole model to the ranked
  versions (4-5× faster on 1.3 million events; the model grows with history).
#}
{% macro delete_removed_keys(relation, key) -%}
    {%- if is_incremental() -%}
    {%- set keys = key.split(',') | map('trim') | list -%}
    delete from {{ this }}
    where ({{ keys | join(', ') }}) in (
        select {{ keys | join(', ') }}
        from (
            {{ _ranked_versions(relation, key) }}
        ) as ranked
        where ranked._version_rank = 1
          and ranked._op = 'delete'
    )
    {%- else -%}
    select 1
    {%- endif -%}
{%- endmacro %}
