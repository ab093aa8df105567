-- Prosecutors' activity per month, before the month spine and running totals: proceedings
-- assigned and finished, decisions taken, and KKP documents (events of the prosecution office in
-- their proceedings while assigned). workload_prosecutor adds months without activity and pending counts.
--
-- Incremental by month: a build recomputes the months from the earliest month a change since the
-- previous build touches (the pre-hook deletes them): an assignment new, deleted or moved to
-- another prosecutor, proceeding or start from its start, any other change (its end) from its
-- end; a decision or KKP event from its date (any version's). Every (prosecutor, month) row is a
-- sum over that month only, so nothing carries over.

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{{ delete_tail('month', month_start(earliest([
            changed_spans_from(source('prois', 'assignments'), 'assignment_id', ['prosecutor_id', 'proceeding_number', 'assigned_on'], 'assigned_on', 'ended_on'),
            tail_recompute_from(source('prois', 'decisions'), 'decision_id', 'decided_on'),
            tail_recompute_from(source('kkp', 'events'), 'event_id', 'occurred_at'),
        ]))) }}",
    )
}}

with

bounds as (
    select {{ first_month_to_compute() }} as from_month
),

assignments as (
    select
        prosecutor_id,
        proceeding_number,
        assigned_on,
        ended_on,
        {{ month_start('assigned_on') }} as assigned_month,
        {{ month_start('ended_on') }} as ended_month
    from {{ ref('stg_prois__assignments') }}
),

documents as (
    select
        assignments.prosecutor_id,
        {{ month_start('events.occurred_at') }} as month,
        events.document_id
    from {{ ref('stg_kkp__events') }} as events
    inner join assignments
        on assignments.proceeding_number = events.proceeding_number
        and cast(events.occurred_at as date) >= assignments.assigned_on
        and (assignments.ended_on is null or cast(events.occurred_at as date) < assignments.ended_on)
    cross join bounds
    where events.institution_code = 'LRP'
      and events.occurred_at >= bounds.from_month
),

activity as (
    select prosecutor_id, assigned_month as month, 1 as assigned, 0 as finished, 0 as decisions, cast(null as text) as document_id
    from assignments
    where assigned_month >= (select from_month from bounds)
    union all
    select prosecutor_id, ended_month, 0, 1, 0, cast(null as text)
    from assignments
    where ended_month is not null
      and ended_month >= (select from_month from bounds)
    union all
    select prosecutor_id, {{ month_start('decided_on') }}, 0, 0, 1, cast(null as text)
    from {{ ref('stg_prois__decisions') }}
    where decided_on >= (select from_month from bounds)
    union all
    select prosecutor_id, month, 0, 0, 0, document_id
    from documents
),

final as (
    select
        prosecutor_id,
        month,
        cast(sum(assigned) as bigint) as proceedings_assigned,
        cast(sum(finished) as bigint) as proceedings_finished,
        cast(sum(decisions) as bigint) as decisions_taken,
        cast(count(distinct document_id) as bigint) as documents_processed,
        cast({{ max_loaded_at([source('prois', 'assignments'), source('prois', 'decisions'), source('kkp', 'events')]) }} as timestamp) as source_loaded_at
    from activity
    group by prosecutor_id, month
)

select * from final
