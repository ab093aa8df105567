-- Classifier `instances` with the current label of every code.

with

items as (
    {{ classifier_dim('instances') }}
),

final as (
    select
        code,
        label_lv,
        label_en,
        valid_from,
        valid_to
    from items
)

select * from final
