{#
  `source_loaded_since()`: the newest raw load an incremental model has read (the max of its
  `source_loaded_at` column), as a timestamp literal looked up when the model runs. The next build
  looks for raw versions loaded after it. A literal rather than the scalar subquery
  `(select max(source_loaded_at) from this)`: with a literal the engine skips the raw tables' old
  row groups by their min/max (`_loaded_at` grows with every load; DuckDB's zonemaps), where the
  subquery made every changed-key filter read every raw version ever loaded. The pre-hook and the
  model body look it up before anything is deleted, so both see the same instant. Outside a run
  (parsing, compiling a full build) it renders as the subquery, which means the same.
#}
{% macro source_loaded_since() -%}
    {%- if execute and is_incremental() -%}
        {%- set newest = run_query('select cast(max(source_loaded_at) as text) as loaded from ' ~ this) -%}
        {%- set loaded = newest.columns[0].values()[0] -%}
        {%- if loaded is none -%}
            cast(null as timestamp)
        {%- else -%}
            cast('{{ loaded }}' as timestamp)
        {%- endif -%}
    {%- else -%}
        (select max(source_loaded_at) from {{ this }})
    {%- endif -%}
{%- endmacro %}
