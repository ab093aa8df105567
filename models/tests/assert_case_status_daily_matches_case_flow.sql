-- A failure means the daily snapshot of open cases and the monthly case flow disagree: on the
-- last day of the month returned, the open cases of the court (all statuses and age bands) are
-- not the court's pending cases in case_flow, so cases were lost or counted twice in one of
-- them. Checked for courts whose every case has a status history (a case without one is open
-- but has no status to be counted under).

with

courts_with_history as (
    select cases.court_code
    from {{ ref('stg_tis2__cases') }} as cases
    left join (
        select distinct case_id from {{ ref('stg_tis2__case_status_history') }}
    ) as history
        on history.case_id = cases.case_id
    group by cases.court_code
    having sum(case when history.case_id is null then 1 else 0 end) = 0
),

month_ends as (
    select
        {{ month_start('day') }} as month,
        court_code,
        sum(open_cases) as open_cases
    from {{ ref('case_status_daily') }}
    where day = cast({{ month_start('day') }} + interval '1 month' - interval '1 day' as date)
    group by {{ month_start('day') }}, court_code
),

flow as (
    select court_code, month, sum(pending_end) as pending_end
    from {{ ref('case_flow') }}
    where court_code in (select court_code from courts_with_history)
      and month < (select {{ month_start('as_of_date') }} from {{ ref('int_data_as_of') }})
    group by court_code, month
)

select flow.court_code, flow.month, flow.pending_end, month_ends.open_cases
from flow
left join month_ends
    on month_ends.court_code = flow.court_code
    and month_ends.month = flow.month
where coalesce(month_ends.open_cases, 0) <> flow.pending_end
