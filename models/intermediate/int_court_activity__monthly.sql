-- Court activity per judge, court and month, before the month spine and running totals:
-- cases assigned (registered) and resolved with their weights, hearings held and postponed, and
-- KKP documents of the judge's cases. The workload marts add months without activity and pending counts.

-- A table, not a view: several marts and tests read it, and it joins large staging tables.
{{ config(materialized='table') }}

with

cases as (
    select * from {{ ref('int_court_cases__weighted') }}
),

hearings as (
    select
        hearings.judge_id,
        cases.court_code,
        {{ month_start('hearings.hearing_date') }} as month,
        hearings.status
    from {{ ref('stg_tis2__hearings') }} as hearings
    inner join cases on cases.case_id = hearings.case_id
),

documents as (
    select
        cases.judge_id,
        cases.court_code,
        {{ month_start('events.occurred_at') }} as month,
        events.document_id
    from {{ ref('stg_kkp__events') }} as events
    inner join cases on cases.case_number = events.case_number
    where events.institution_code = 'TA'
),

activity as (
    select judge_id, court_code, registered_month as month,
        1 as assigned, 0 as resolved, weight as weighted_assigned, 0.0 as weighted_resolved,
        0 as hearings_held, 0 as hearings_postponed, cast(null as text) as document_id
    from cases
    union all
    select judge_id, court_code, closed_month as month,
        0, 1, 0.0, weight, 0, 0, cast(null as text)
    from cases
    where closed_month is not null
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
        cast(count(distinct document_id) as bigint) as documents_processed
    from activity
    group by judge_id, court_code, month
)

select * from final
