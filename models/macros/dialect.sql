{#
  Engine differences, and only these, live here as adapter.dispatch macros: a duckdb__ and a
  postgres__ implementation each. docs/dbt-compatibility.md lists them. Models never branch on
  the target.
#}

{# The first day of the month of a date, as DATE. #}
{% macro month_start(expr) -%}
    {{ return(adapter.dispatch('month_start', 'elieta')(expr)) }}
{%- endmacro %}

{% macro duckdb__month_start(expr) -%}
    cast(date_trunc('month', {{ expr }}) as date)
{%- endmacro %}

{% macro postgres__month_start(expr) -%}
    cast(date_trunc('month', {{ expr }}) as date)
{%- endmacro %}


{# A FROM item yielding one row per first-of-month from start to end, inclusive, in column
   `month` (a timestamp: cast it). Use after `cross join lateral`; the bounds may be columns. #}
{% macro month_series(start_month, end_month) -%}
    {{ return(adapter.dispatch('month_series', 'elieta')(start_month, end_month)) }}
{%- endmacro %}

{% macro duckdb__month_series(start_month, end_month) -%}
    range(cast({{ start_month }} as timestamp), cast({{ end_month }} as timestamp) + interval 1 day, interval 1 month) as month_series(month)
{%- endmacro %}

{% macro postgres__month_series(start_month, end_month) -%}
    generate_series(cast({{ start_month }} as timestamp), cast({{ end_month }} as timestamp), interval '1 month') as month_series(month)
{%- endmacro %}


{# The text value of a top-level key of a JSON column (classifier item attributes). #}
{% macro json_text(column, key) -%}
    {{ return(adapter.dispatch('json_text', 'elieta')(column, key)) }}
{%- endmacro %}

{% macro duckdb__json_text(column, key) -%}
    json_extract_string({{ column }}, '$.{{ key }}')
{%- endmacro %}

{% macro postgres__json_text(column, key) -%}
    ({{ column }} ->> '{{ key }}')
{%- endmacro %}
