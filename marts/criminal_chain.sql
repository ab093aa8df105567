-- The criminal justice chain, one row per criminal proceeding: from registration in E-KRASS
-- through the prosecution (ProIS) and the court (TIS2) to prison (IIS2) or probation (PLUS), with
-- the dates and duration of each stage and where the proceeding ended.

with

proceedings as (
    select * from {{ ref('int_criminal_proceedings') }}
),

articles as (
    select * from {{ ref('int_criminal_law_articles') }}
),

labels as (
    select * from {{ ref('int_classifier_labels') }}
),

final as (
    select
        proceedings.proceeding_number,
        proceedings.investigating_unit,
        units.label_lv as investigating_unit_lv,
        units.label_en as investigating_unit_en,
        proceedings.article_code,
        articles.article_lv,
        articles.article_en,
        articles.chapter_code,
        articles.chapter_lv,
        articles.chapter_en,
        proceedings.registered_on,
        proceedings.transferred_on,
        proceedings.investigation_terminated_on,
        proceedings.office_code,
        offices.label_lv as office_lv,
        offices.label_en as office_en,
        proceedings.prosecution_received_on,
        proceedings.prosecution_decision,
        proceedings.prosecution_decided_on,
        proceedings.court_code,
        courts.label_lv as court_name_lv,
        courts.label_en as court_name_en,
        proceedings.court_registered_on,
        proceedings.judgment_on,
        proceedings.prison_from,
        proceedings.probation_from,
        proceedings.ended_as,
        proceedings.ended_at_stage,
        proceedings.ended_on,
        {{ days_between('proceedings.registered_on', 'coalesce(proceedings.transferred_on, proceedings.investigation_terminated_on)') }} as investigation_days,
        {{ days_between('proceedings.prosecution_received_on', 'proceedings.prosecution_decided_on') }} as prosecution_days,
        case when proceedings.ended_at_stage = 'court' then
            {{ days_between('proceedings.court_registered_on', 'proceedings.ended_on') }}
        end as court_days,
        {{ days_between('proceedings.judgment_on', 'least(proceedings.prison_from, proceedings.probation_from)') }} as days_to_execution,
        {{ days_between('proceedings.registered_on', 'proceedings.ended_on') }} as total_days,
        cast(current_timestamp as timestamp) as built_at
    from proceedings
    left join articles on articles.article_code = proceedings.article_code
    left join labels as units
        on units.classifier_id = 'investigating_units' and units.code = proceedings.investigating_unit
    left join labels as offices
        on offices.classifier_id = 'prosecution_offices' and offices.code = proceedings.office_code
    left join labels as courts
        on courts.classifier_id = 'courts' and courts.code = proceedings.court_code
)

select * from final
