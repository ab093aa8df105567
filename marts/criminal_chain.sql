-- The criminal justice chain, one row per criminal proceeding: from registration in E-KRASS
-- through the prosecution (ProIS) and the court (TIS2) to prison (IIS2) or probation (PLUS), with
-- the dates and duration of each stage and where the proceeding ended.
--
-- Incremental by proceeding: a build rewrites the proceedings a change since the previous build
-- touches (changed_proceedings; the pre-hook deletes them, so a vanished proceeding goes too) and
-- the proceedings whose classifier labels changed since they were written.

-- (changed_proceedings reads these in an incremental build only)
-- depends_on: {{ ref('stg_tis2__sentences') }}

{{
    config(
        materialized='incremental',
        unique_key='proceeding_number',
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        pre_hook=["{{ stage_changed_proceedings() }}", "{{ delete_changed_proceedings() }}"],
    )
}}

with

articles as (
    select * from {{ ref('int_criminal_law_articles') }}
),

labels as (
    select * from {{ ref('int_classifier_labels') }}
),

{% if is_incremental() -%}
relabelled as (
    -- proceedings written with a label that is no longer current (a classifier was relabelled)
    select kept.proceeding_number
    from {{ this }} as kept
    left join articles on articles.article_code = kept.article_code
    left join labels as units
        on units.classifier_id = 'investigating_units' and units.code = kept.investigating_unit
    left join labels as offices
        on offices.classifier_id = 'prosecution_offices' and offices.code = kept.office_code
    left join labels as courts
        on courts.classifier_id = 'courts' and courts.code = kept.court_code
    where kept.article_lv is distinct from articles.article_lv
       or kept.article_en is distinct from articles.article_en
       or kept.chapter_code is distinct from articles.chapter_code
       or kept.chapter_lv is distinct from articles.chapter_lv
       or kept.chapter_en is distinct from articles.chapter_en
       or kept.investigating_unit_lv is distinct from units.label_lv
       or kept.investigating_unit_en is distinct from units.label_en
       or kept.office_lv is distinct from offices.label_lv
       or kept.office_en is distinct from offices.label_en
       or kept.court_name_lv is distinct from courts.label_lv
       or kept.court_name_en is distinct from courts.label_en
),
{%- endif %}

proceedings as (
    select * from {{ ref('int_criminal_proceedings') }}
    {%- if is_incremental() %}
    where proceeding_number in (
        -- kept by the pre-hook (stage_changed_proceedings)
        select proceeding_number from {{ changed_proceedings_table() }}
        union all
        select proceeding_number from relabelled
    )
    {%- endif %}
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
        proceedings.source_loaded_at,
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
