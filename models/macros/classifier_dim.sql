{#
  One row per code of a classifier, with the labels of its latest validity period (a code that
  was renamed keeps its newest label for the whole history).
#}
{% macro classifier_dim(classifier_id) -%}
    select *
    from (
        select
            items.*,
            row_number() over (partition by code order by valid_from desc) as _period_rank
        from {{ ref('stg_classifiers__items') }} as items
        where classifier_id = '{{ classifier_id }}'
    ) as periods
    where _period_rank = 1
{%- endmacro %}
