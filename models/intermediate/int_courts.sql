-- Courts (classifier `courts`) with their current labels, level and region.

with

courts as (
    {{ classifier_dim('courts') }}
),

final as (
    select
        code,
        label_lv,
        label_en,
        {{ json_text('attributes', 'level') }} as court_level,
        {{ json_text('attributes', 'region') }} as region,
        valid_from,
        valid_to
    from courts
)

select * from final
