{#
  Labels in incremental marts. A mart written incrementally keeps the classifier labels its rows
  were written with; when a classifier is relabelled, `relabelled_from` finds the earliest period
  holding a label that is no longer current, and the mart's pre-hook recomputes from there (a
  relabel is rare, so the cost of recomputing is paid rarely; the check itself is one pass over
  the distinct codes and labels the mart holds).

  `relabelled_from(period_column, labels)`: labels is a list of
  [code_column, classifier_id, label_lv_column, label_en_column]; 9999-12-31 when every label is current.
#}
{% macro relabelled_from(period_column, labels) -%}
    (
        select coalesce(min(kept.{{ period_column }}), cast('9999-12-31' as date))
        from {{ this }} as kept
        {%- for l in labels %}
        left join {{ ref('int_classifier_labels') }} as labels_{{ loop.index }}
            on labels_{{ loop.index }}.classifier_id = '{{ l[1] }}' and labels_{{ loop.index }}.code = kept.{{ l[0] }}
        {%- endfor %}
        where false
        {%- for l in labels %}
           or kept.{{ l[2] }} is distinct from labels_{{ loop.index }}.label_lv
           or kept.{{ l[3] }} is distinct from labels_{{ loop.index }}.label_en
        {%- endfor %}
    )
{%- endmacro %}
