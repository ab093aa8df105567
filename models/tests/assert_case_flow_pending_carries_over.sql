-- A failure means the published case flow does not add up: for the court, category, instance and
-- month returned, the cases pending at the month's end are not those pending at its start plus
-- those registered minus those resolved, so cases were lost or counted twice between months and
-- every backlog and disposition time built on them is wrong.

select
    month,
    court_code,
    case_category,
    instance,
    pending_start,
    incoming,
    resolved,
    pending_end
from {{ ref('case_flow') }}
where pending_end <> pending_start + incoming - resolved
   or pending_end < 0
