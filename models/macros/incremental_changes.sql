{#
  Incremental by period for records that span time (a case from registration to closing, a
  prosecutor's assignment from assignment to its end): a change to such a record touches the
  periods from its start when the record is new, deleted or moved (any of `identity_columns`
  differs between its versions: another court, judge, category, registration date…), and
  otherwise only the periods from its end (a case closed today changes today's month, not the
  month it was registered in).

  `changed_spans_from(relation, key, identity_columns, start_column, end_column)`: that earliest
  date over every raw version (old and new, deletions included) of the keys of `relation` with a
  version loaded after the model's `source_loaded_at`; 9999-12-31 when nothing changed. A NULL
  and a value count as different (a judge assigned to a case that had none moves the case).
#}

{% macro changed_spans_from(relation, key, identity_columns, start_column, end_column) -%}
    {%- set since = source_loaded_since() -%}
    (
        select coalesce(min(
            case
                when versions_before = 0 or deleted = 1
                    {%- for c in identity_columns %} or identities_{{ loop.index }} > 1{% endfor %}
                    then first_start
                else first_end
            end
        ), cast('9999-12-31' as date))
        from (
            select
                versions.{{ key }},
                sum(case when versions._loaded_at <= {{ since }} then 1 else 0 end) as versions_before,
                max(case when versions._op = 'delete' then 1 else 0 end) as deleted,
                {%- for c in identity_columns %}
                count(distinct coalesce(cast(versions.{{ c }} as text), '~')) as identities_{{ loop.index }},
                {%- endfor %}
                min(cast(versions.{{ start_column }} as date)) as first_start,
                min(cast(versions.{{ end_column }} as date)) as first_end
            from {{ relation }} as versions
            where {{ changed_versions_filter(relation, key, since) }}
            group by versions.{{ key }}
        ) as changed_keys
    )
{%- endmacro %}

{# The earliest of several dates (each a scalar subquery or expression), as DATE. #}
{% macro earliest(dates) -%}
    least({% for d in dates %}{{ d }}{% if not loop.last %}, {% endif %}{% endfor %})
{%- endmacro %}

{# The month after the newest month an incremental model keeps (1900-01-01 when it keeps none). #}
{% macro next_month_of_this(column='month') -%}
    coalesce(
        (select {{ month_start(add_years_days('max(' ~ column ~ ')', 0, 31)) }} from {{ this }}),
        cast('1900-01-01' as date)
    )
{%- endmacro %}

{# The first month an incremental model computes in this run: the month after the newest it keeps, or everything on a full build. #}
{% macro first_month_to_compute(column='month') -%}
    {%- if is_incremental() -%}
        {{ next_month_of_this(column) }}
    {%- else -%}
        cast('1900-01-01' as date)
    {%- endif -%}
{%- endmacro %}

{# The newest raw load of the given sources: the next incremental build looks for changes after it. #}
{% macro max_loaded_at(relations) -%}
    (
        select max(loaded)
        from (
            {%- for r in relations %}
            select max(_loaded_at) as loaded from {{ r }}
            {%- if not loop.last %} union all{% endif %}
            {%- endfor %}
        ) as loads
    )
{%- endmacro %}
