-- The criminal justice chain as a monthly funnel: per month of registration in E-KRASS and
-- chapter of the Criminal Law, how many proceedings reached each stage and how they ended.
--
-- Incremental by month: a build recomputes the months of registration of the proceedings a
-- change since the previous build touches (every raw E-KRASS version's month, so a proceeding
-- re-dated or deleted changes its old month too; the pre-hook deletes them) and the months
-- whose chapter labels changed; then computes every month it no longer holds.

-- (changed_proceedings reads these in an incremental build only)
-- depends_on: {{ ref('stg_tis2__sentences') }}
-- depends_on: {{ ref('int_criminal_law_articles') }}

{{
    config(
        materialized='incremental',
        unique_key='month',
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        pre_hook="{{ delete_changed_funnel_months() }}",
    )
}}

with

{% if is_incremental() -%}
recomputed as (
    -- every month of registration the table no longer holds: the months the pre-hook deleted
    -- (changed proceedings, stale chapter labels) and new ones. Not changed_funnel_months()
    -- again: once the pre-hook has deleted the rows with stale labels, it no longer finds them.
    select distinct {{ month_start('registered_on') }} as month
    from {{ ref('criminal_chain') }}
    where {{ month_start('registered_on') }} not in (select kept.month from {{ this }} as kept)
),
{%- endif %}

chain as (
    select
        {{ month_start('registered_on') }} as month,
        coalesce(chapter_code, 'unknown') as chapter_code,
        chapter_lv,
        chapter_en,
        prosecution_received_on,
        prosecution_decision,
        court_registered_on,
        prison_from,
        probation_from,
        ended_as,
        total_days
    from {{ ref('criminal_chain') }}
    {%- if is_incremental() %}
    where {{ month_start('registered_on') }} in (select month from recomputed)
    {%- endif %}
),

final as (
    select
        month,
        chapter_code,
        max(coalesce(chapter_lv, 'Nav norādīta')) as chapter_lv,
        max(coalesce(chapter_en, 'Not given')) as chapter_en,
        cast(count(*) as bigint) as registered,
        cast(sum(case when prosecution_received_on is not null then 1 else 0 end) as bigint) as reached_prosecution,
        cast(sum(case when prosecution_decision = 'charge' then 1 else 0 end) as bigint) as charged,
        cast(sum(case when court_registered_on is not null then 1 else 0 end) as bigint) as reached_court,
        cast(sum(case when ended_as = 'terminated' then 1 else 0 end) as bigint) as ended_terminated,
        cast(sum(case when ended_as = 'penal_order' then 1 else 0 end) as bigint) as ended_penal_order,
        cast(sum(case when ended_as = 'settlement' then 1 else 0 end) as bigint) as ended_settlement,
        cast(sum(case when ended_as = 'acquittal' then 1 else 0 end) as bigint) as ended_acquittal,
        cast(sum(case when ended_as = 'conviction' then 1 else 0 end) as bigint) as ended_conviction,
        cast(sum(case when ended_as is null then 1 else 0 end) as bigint) as not_ended,
        cast(sum(case when prison_from is not null then 1 else 0 end) as bigint) as sent_to_prison,
        cast(sum(case when probation_from is not null then 1 else 0 end) as bigint) as sent_to_probation,
        cast({{ percentile('total_days', 0.5) }} as double precision) as median_total_days,
        cast({{ criminal_chain_loaded_at() }} as timestamp) as source_loaded_at,
        cast(current_timestamp as timestamp) as built_at
    from chain
    group by month, chapter_code
)

select * from final
