-- One row per criminal proceeding, joined across the chain by its proceeding number: the police
-- investigation (E-KRASS), the prosecution (ProIS), the court (TIS2, every instance), and the
-- execution of the sentence in prison (IIS2) or on probation (PLUS).

-- Incremental by proceeding: a build recomputes only the proceedings a change since the previous
-- build touches in any of the sources joined (changed_proceedings; the pre-hook deletes them, so
-- a proceeding that vanished from E-KRASS goes too) and appends them: every row it appends was
-- deleted by the pre-hook, so delete+insert's own delete of the same keys would be a second pass.

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook=["{{ stage_changed_proceedings() }}", "{{ delete_changed_proceedings() }}"],
    )
}}

with

{% if is_incremental() -%}
changed as (
    -- kept by the pre-hook (stage_changed_proceedings)
    select proceeding_number from {{ changed_proceedings_table() }}
),
{%- endif %}


investigations as (
    select * from {{ ref('stg_ekrass__proceedings') }}
    {% if is_incremental() %} where proceeding_number in (select proceeding_number from changed){% endif %}
),

principal_articles as (
    select proceeding_number, article_code
    from (
        select
            proceeding_number,
            article_code,
            row_number() over (
                partition by proceeding_number
                order by case when principal then 0 else 1 end, qualified_on, article_code
            ) as article_rank
        from {{ ref('stg_ekrass__qualifying_articles') }}
        {% if is_incremental() %} where proceeding_number in (select proceeding_number from changed){% endif %}
    ) as ranked
    where article_rank = 1
),

prosecutions as (
    select * from {{ ref('stg_prois__proceedings') }}
    {% if is_incremental() %} where proceeding_number in (select proceeding_number from changed){% endif %}
),

court_cases as (
    select
        proceeding_number,
        min(case when instance = 'first' then registered_on end) as court_registered_on,
        min(case when instance = 'first' then court_code end) as court_code,
        max(decided_on) as court_last_decided_on,
        max(closed_on) as court_last_closed_on,
        -- still before a court when any instance's case is open
        max(case when closed_on is null then 1 else 0 end) as court_open
    from {{ ref('stg_tis2__cases') }}
    where proceeding_number is not null
    {%- if is_incremental() %}
      and proceeding_number in (select proceeding_number from changed)
    {%- endif %}
    group by proceeding_number
),

final_judgments as (
    -- the verdicts of the latest court decision that sentenced anyone in the proceeding
    select
        proceeding_number,
        max(case when verdict = 'convicted' then 1 else 0 end) as convicted,
        max(case when verdict = 'acquitted' then 1 else 0 end) as acquitted,
        max(case when verdict = 'terminated' then 1 else 0 end) as terminated,
        max(decided_on) as judgment_on
    from (
        select
            sentences.proceeding_number,
            sentences.verdict,
            decisions.decided_on,
            dense_rank() over (
                partition by sentences.proceeding_number
                order by decisions.decided_on desc, decisions.decision_id desc
            ) as decision_rank
        from {{ ref('stg_tis2__sentences') }} as sentences
        inner join {{ ref('stg_tis2__decisions') }} as decisions
            on decisions.decision_id = sentences.decision_id
        {% if is_incremental() %} where sentences.proceeding_number in (select proceeding_number from changed){% endif %}
    ) as ranked
    where decision_rank = 1
    group by proceeding_number
),

imprisonments as (
    select proceeding_number, min(coalesce(sentenced_from, admitted_on)) as prison_from
    from {{ ref('stg_iis2__admissions') }}
    where (legal_status_at_admission = 'sentenced' or sentenced_from is not null)
    {%- if is_incremental() %}
      and proceeding_number in (select proceeding_number from changed)
    {%- endif %}
    group by proceeding_number
),

probations as (
    select proceeding_number, min(start_on) as probation_from
    from {{ ref('stg_plus__supervisions') }}
    {% if is_incremental() %} where proceeding_number in (select proceeding_number from changed){% endif %}
    group by proceeding_number
),

joined as (
    select
        investigations.proceeding_number,
        investigations.investigating_unit,
        principal_articles.article_code,
        investigations.registered_on,
        investigations.transferred_on,
        investigations.terminated_on as investigation_terminated_on,
        prosecutions.office_code,
        prosecutions.received_on as prosecution_received_on,
        prosecutions.decision_type as prosecution_decision,
        prosecutions.decided_on as prosecution_decided_on,
        court_cases.court_code,
        court_cases.court_registered_on,
        court_cases.court_open,
        court_cases.court_last_closed_on,
        final_judgments.convicted,
        final_judgments.acquitted,
        final_judgments.terminated as court_terminated,
        final_judgments.judgment_on,
        imprisonments.prison_from,
        probations.probation_from
    from investigations
    left join principal_articles on principal_articles.proceeding_number = investigations.proceeding_number
    left join prosecutions on prosecutions.proceeding_number = investigations.proceeding_number
    left join court_cases on court_cases.proceeding_number = investigations.proceeding_number
    left join final_judgments on final_judgments.proceeding_number = investigations.proceeding_number
    left join imprisonments on imprisonments.proceeding_number = investigations.proceeding_number
    left join probations on probations.proceeding_number = investigations.proceeding_number
),

final as (
    select
        joined.*,
        case
            when investigation_terminated_on is not null then 'terminated'
            when prosecution_decision = 'terminate' then 'terminated'
            when prosecution_decision = 'penal_order' then 'penal_order'
            when prosecution_decision = 'settlement' then 'settlement'
            when court_registered_on is null or court_open = 1 then null
            when convicted = 1 then 'conviction'
            when acquitted = 1 then 'acquittal'
            else 'terminated'
        end as ended_as,
        case
            when investigation_terminated_on is not null then 'investigation'
            when prosecution_decision in ('terminate', 'penal_order', 'settlement') then 'prosecution'
            when court_registered_on is not null and court_open = 0 then 'court'
        end as ended_at_stage,
        case
            when investigation_terminated_on is not null then investigation_terminated_on
            when prosecution_decision in ('terminate', 'penal_order', 'settlement') then prosecution_decided_on
            when court_registered_on is not null and court_open = 0 then court_last_closed_on
        end as ended_on,
        cast({{ criminal_chain_loaded_at() }} as timestamp) as source_loaded_at
    from joined
)

select * from final
