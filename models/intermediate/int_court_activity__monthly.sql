-- Court activity per judge, court and month, before the month spine and running totals:
-- cases assigned (registered) and resolved with their weights, hearings held and postponed, and
-- KKP documents of the judge's cases. The workload marts add months without activity and pending counts.
--
-- Incremental by month: a build recomputes the months from the earliest month a change since the
-- previous build touches (the pre-hook deletes them): a case new, deleted or moved to another
-- judge, court, category, instance, number or registration date from its registration, any other
-- case change from its closing; a hearing or KKP event from its date (any version's). Every
-- (judge, court, month) row is a sum over that month only, so nothing carries over. A change of
-- the seed case_weights needs `elieta build --full-refresh`.

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{{ delete_tail('month', month_start(earliest([
            changed_spans_from(source('tis2', 'cases'), 'case_id', ['court_code', 'judge_id', 'case_category', 'instance', 'registered_on', 'case_number'], 'registered_on', 'closed_on'),
            tail_recompute_from(source('tis2', 'hearings'), 'hearing_id', 'hearing_date'),
            tail_recompute_from(source('kkp', 'events'), 'event_id', 'occurred_at'),
        ]))) }}",
    )
}}

with

bounds as (
    select {{ first_month_to_compute() }} as from_month
),

case_courts as (
    -- the court and judge of every case, for hearings and documents of any case (straight from
    -- staging: the weights and months of int_court_cases__weighted are not needed here)
    select case_id, case_number, court_code, judge_id from {{ ref('stg_tis2__cases') }}
),

hearings as (
    select
        hearings.judge_id,
        cases.court_code,
        {{ month_start('hearings.hearing_date') }} as month,
        hearings.status
    from {{ ref('stg_tis2__hearings') }} as hearings
    inner join case_courts as cases on cases.case_id = hearings.case_id
    cross join bounds
    where hearings.hearing_date >= bounds.from_month
),

documents as (
    select
        cases.judge_id,
        cases.court_code,
        {{ month_start('events.occurred_at') }} as month,
        events.document_id
    from {{ ref('stg_kkp__events') }} as events
    inner join case_courts as cases on cases.case_number = events.case_number
    cross join bounds
    where events.institution_code = 'TA'
      and events.occurred_at >= bounds.from_month
),

activity as (
    select judge_id, court_code, registered_month as month,
        1 as assigned, 0 as resolved, weight as weighted_assigned, 0.0 as weighted_resolved,
        0 as hearings_held, 0 as hearings_postponed, cast(null as text) as document_id
    -- on the dates, not the months: the filter reaches the cases before their months are computed
    -- (from_month is a month's first day)
    from {{ ref('int_court_cases__weighted') }}
    where registered_on >= (select from_month from bounds)
    union all
    select judge_id, court_code, closed_month as month,
        0, 1, 0.0, weight, 0, 0, cast(null as text)
    from {{ ref('int_court_cases__weighted') }}
    where closed_on >= (select from_month from bounds)
    union all
    select judge_id, court_code, month,
        0, 0, 0.0, 0.0,
        case when status = 'held' then 1 else 0 end,
        case when status = 'postponed' then 1 else 0 end,
        cast(null as text)
    from hearings
    union all
    select judge_id, court_code, month, 0, 0, 0.0, 0.0, 0, 0, document_id
    from documents
),

final as (
    select
        judge_id,
        court_code,
        month,
        cast(sum(assigned) as bigint) as cases_assigned,
        cast(sum(resolved) as bigint) as cases_resolved,
        cast(sum(weighted_assigned) as double precision) as weighted_assigned,
        cast(sum(weighted_resolved) as double precision) as weighted_resolved,
        cast(sum(hearings_held) as bigint) as hearings_held,
        cast(sum(hearings_postponed) as bigint) as hearings_postponed,
        cast(count(distinct document_id) as bigint) as documents_processed,
        cast({{ max_loaded_at([source('tis2', 'cases'), source('tis2', 'hearings'), source('kkp', 'events')]) }} as timestamp) as source_loaded_at
    from activity
    group by judge_id, court_code, month
)

select * from final
