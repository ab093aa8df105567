-- Every item of every shared code list, one row per item and validity period.

with

source as (
    select * from {{ source('classifiers', 'items') }}
),

renamed as (
    select
        classifier_id,
        code,
        label_lv,
        label_en,
        parent_code,
        cast(valid_from as date) as valid_from,
        cast(valid_to as date) as valid_to,
        replaced_by,
        attributes
    from source
)

select * from renamed
