-- A failure means the courts' workload and the case flow disagree: for the court and month
-- returned, the cases pending in workload_court (summed over judges) differ from the pending
-- cases in case_flow (summed over categories and instances), so a court's backlog depends on
-- which dashboard one reads.

with

workload as (
    select court_code, month, cases_pending, cases_assigned, cases_resolved
    from {{ ref('workload_court') }}
),

flow as (
    select
        court_code,
        month,
        sum(pending_end) as pending_end,
        sum(incoming) as incoming,
        sum(resolved) as resolved
    from {{ ref('case_flow') }}
    group by court_code, month
)

select
    coalesce(workload.court_code, flow.court_code) as court_code,
    coalesce(workload.month, flow.month) as month,
    workload.cases_pending,
    flow.pending_end,
    workload.cases_assigned,
    flow.incoming,
    workload.cases_resolved,
    flow.resolved
from workload
full outer join flow
    on flow.court_code = workload.court_code
    and flow.month = workload.month
where coalesce(workload.cases_pending, 0) <> coalesce(flow.pending_end, 0)
   or coalesce(workload.cases_assigned, 0) <> coalesce(flow.incoming, 0)
   or coalesce(workload.cases_resolved, 0) <> coalesce(flow.resolved, 0)
