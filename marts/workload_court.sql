-- Courts' workload per month: the judges' workload (workload_judge) summed per court, with the
-- number of judges carrying cases and the weighted caseload per such judge.

with

judges as (
    select * from {{ ref('workload_judge') }}
),

final as (
    select
        month,
        court_code,
        max(court_name_lv) as court_name_lv,
        max(court_name_en) as court_name_en,
        cast(sum(cases_assigned) as bigint) as cases_assigned,
        cast(sum(cases_resolved) as bigint) as cases_resolved,
        cast(sum(cases_pending) as bigint) as cases_pending,
        cast(sum(hearings_held) as bigint) as hearings_held,
        cast(sum(hearings_postponed) as bigint) as hearings_postponed,
        cast(sum(documents_processed) as bigint) as documents_processed,
        cast(sum(case when cases_pending > 0 or cases_assigned > 0 or cases_resolved > 0 then 1 else 0 end) as bigint) as judges_active,
        {{ round_double('sum(weighted_caseload)', 6) }} as weighted_caseload,
        case
            when sum(case when cases_pending > 0 or cases_assigned > 0 or cases_resolved > 0 then 1 else 0 end) = 0 then null
            else {{ round_double('sum(weighted_caseload) / sum(case when cases_pending > 0 or cases_assigned > 0 or cases_resolved > 0 then 1 else 0 end)', 6) }}
        end as weighted_caseload_per_judge,
        cast(current_timestamp as timestamp) as built_at
    from judges
    group by month, court_code
)

select * from final
