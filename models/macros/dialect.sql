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


{# A date `years` years and `days` days after a date, as DATE (calendar years: 29 Feb + 1 year = 28 Feb). #}
{% macro add_years_days(expr, years, days=0) -%}
    {{ return(adapter.dispatch('add_years_days', 'elieta')(expr, years, days)) }}
{%- endmacro %}

{% macro duckdb__add_years_days(expr, years, days=0) -%}
    cast({{ expr }} + to_years({{ years }}) + to_days({{ days }}) as date)
{%- endmacro %}

{% macro postgres__add_years_days(expr, years, days=0) -%}
    cast({{ expr }} + make_interval(years => {{ years }}, days => {{ days }}) as date)
{%- endmacro %}


{# A continuous percentile (0 to 1) of a numeric expression, as an aggregate. #}
{% macro percentile(expr, fraction) -%}
    {{ return(adapter.dispatch('percentile', 'elieta')(expr, fraction)) }}
{%- endmacro %}

{% macro duckdb__percentile(expr, fraction) -%}
    quantile_cont({{ expr }}, {{ fraction }})
{%- endmacro %}

{% macro postgres__percentile(expr, fraction) -%}
    percentile_cont({{ fraction }}) within group (order by {{ expr }})
{%- endmacro %}


{# Whole days from one date to a later one, as BIGINT. #}
{% macro days_between(start_date, end_date) -%}
    {{ return(adapter.dispatch('days_between', 'elieta')(start_date, end_date)) }}
{%- endmacro %}

{% macro duckdb__days_between(start_date, end_date) -%}
    cast(date_diff('day', cast({{ start_date }} as date), cast({{ end_date }} as date)) as bigint)
{%- endmacro %}

{% macro postgres__days_between(start_date, end_date) -%}
    cast(cast({{ end_date }} as date) - cast({{ start_date }} as date) as bigint)
{%- endmacro %}


{# A FROM item yielding one row per day from start to end, inclusive, in column `day` (DATE). #}
{% macro day_series(start_date, end_date) -%}
    {{ return(adapter.dispatch('day_series', 'elieta')(start_date, end_date)) }}
{%- endmacro %}

{% macro duckdb__day_series(start_date, end_date) -%}
    (select cast(d as date) as day from range(cast({{ start_date }} as timestamp), cast({{ end_date }} as timestamp) + interval 1 day, interval 1 day) as t(d)) as day_series
{%- endmacro %}

{% macro postgres__day_series(start_date, end_date) -%}
    (select cast(d as date) as day from generate_series(cast({{ start_date }} as timestamp), cast({{ end_date }} as timestamp), interval '1 day') as t(d)) as day_series
{%- endmacro %}


{# A double rounded to `digits` decimals, as double precision (PostgreSQL rounds only NUMERIC). #}
{% macro round_double(expr, digits) -%}
    {{ return(adapter.dispatch('round_double', 'elieta')(expr, digits)) }}
{%- endmacro %}

{% macro duckdb__round_double(expr, digits) -%}
    round(cast({{ expr }} as double), {{ digits }})
{%- endmacro %}

{% macro postgres__round_double(expr, digits) -%}
    cast(round(cast({{ expr }} as numeric), {{ digits }}) as double precision)
{%- endmacro %}
