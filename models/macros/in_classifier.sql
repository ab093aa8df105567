{#
  Generic test: every non-null value of the column is a code of classifier `classifier` (in any
  validity period), so every mart can label it from the classifier dimensions. A failure names
  the codes a source sent that the registry (classifiers/data) does not know.
#}
{% test in_classifier(model, column_name, classifier) %}
    select distinct {{ column_name }} as unknown_code
    from {{ model }}
    where {{ column_name }} is not null
      and {{ column_name }} not in (
          select code from {{ ref('stg_classifiers__items') }} where classifier_id = '{{ classifier }}'
      )
{% endtest %}
