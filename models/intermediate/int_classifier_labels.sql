-- Every code of every classifier with the labels of its latest validity period: the one place
-- marts take their Latvian and English labels from (join on classifier_id and code).

with

periods as (
    select
        items.*,
        row_number() over (
            partition by classifier_id, code
            order by valid_from desc
        ) as period_rank
    from {{ ref('stg_classifiers__items') }} as items
),

final as (
    select
        classifier_id,
        code,
        label_lv,
        label_en,
        parent_code,
        attributes,
        valid_from,
        valid_to
    from periods
    where period_rank = 1
)

select * from final
