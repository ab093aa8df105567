{#
  Incremental by a date column ("the tail"): a mart whose rows are per day or month recomputes
  the periods from the earliest one a change since its previous build can touch.

  `tail_recompute_from(relation, key, period_expr)`: the earliest `period_expr` over every raw
  version (old and new, deletions included) of the keys of `relation` that have a version loaded
  after the model's `source_loaded_at`; 9999-12-31 when nothing changed.
  `delete_tail(column, from_expr)`: the pre-hook that deletes the rows from that period; the model
  then computes every period after the last one left.
#}

{% macro tail_recompute_from(relation, key, period_expr) -%}
    (
        select coalesce(min({{ period_expr }}), cast('9999-12-31' as date))
        from {{ relation }} as versions
        where versions.{{ key }} in (
            select changed.{{ key }}
            from {{ relation }} as changed
            where changed._loaded_at > {{ source_loaded_since() }}
        )
    )
{%- endmacro %}

{% macro delete_tail(column, from_expr) -%}
    {%- if is_incremental() -%}
    delete from {{ this }} where {{ column }} >= {{ from_expr }}
    {%- else -%}
    select 1
    {%- endif -%}
{%- endmacro %}
