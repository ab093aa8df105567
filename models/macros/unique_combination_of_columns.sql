{#
  Generic test: no two rows share the same values of `combination_of_columns` (a composite key).
  Written here because dbt packages (dbt_utils) cannot be downloaded on this platform's machines.
#}
{% test unique_combination_of_columns(model, combination_of_columns) %}
    select {{ combination_of_columns | join(', ') }}, count(*) as n_rows
    from {{ model }}
    group by {{ combination_of_columns | join(', ') }}
    having count(*) > 1
{% endtest %}
