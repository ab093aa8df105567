{#
  The raw layer is append-only: every load adds versions of records, and a deletion is a version
  whose `_op` is 'delete'. This returns the current state of `relation`: the latest version of
  each key (by _loaded_at, then _batch_id, then position in the source file), without the keys
  whose latest version is a deletion. `_source_position` is `file:line`; the trailing line number
  is compared as a number, so line 10 comes after line 9.
#}
{% macro latest_version(relation, key) -%}
    select *
    from (
        select
            versions.*,
            row_number() over (
                partition by {{ key }}
                order by
                    _loaded_at desc,
                    _batch_id desc,
                    regexp_replace(_source_position, '[0-9]+$', '') desc,
                    cast(nullif(regexp_replace(_source_position, '^.*[^0-9]', ''), '') as bigint) desc
            ) as _version_rank
        from {{ relation }} as versions
    ) as ranked
    where _version_rank = 1
      and _op <> 'delete'
{%- endmacro %}
