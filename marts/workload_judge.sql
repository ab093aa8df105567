-- Judges' workload per month: cases assigned, resolved and pending, hearings held and postponed,
-- documents processed (KKP), and the weighted caseload (pending cases weighted by the seed
-- case_weights, which is configurable).

with

activity as (
    select * from {{ ref('int_court_activity__monthly') }}
),

as_of as (
    select {{ month_start('as_of_date') }} as last_month from {{ ref('int_data_as_of') }}
),

judges as (
    select judge_id, court_code, min(month) as first_month
    from activity
    group by judge_id, court_code
),

spine as (
    select judges.judge_id, judges.court_code, cast(month_series.month as date) as month
    from judges
    cross join as_of
    cross join lateral {{ month_series('judges.first_month', 'as_of.last_month') }}
),

monthly as (
    select
        spine.month,
        spine.judge_id,
        spine.court_code,
        coalesce(activity.cases_assigned, 0) as cases_assigned,
        coalesce(activity.cases_resolved, 0) as cases_resolved,
        coalesce(activity.weighted_assigned, 0) as weighted_assigned,
        coalesce(activity.weighted_resolved, 0) as weighted_resolved,
        coalesce(activity.hearings_held, 0) as hearings_held,
        coalesce(activity.hearings_postponed, 0) as hearings_postponed,
        coalesce(activity.documents_processed, 0) as documents_processed
    from spine
    left join activity
        on activity.judge_id = spine.judge_id
        and activity.court_code = spine.court_code
        and activity.month = spine.month
),

running as (
    select
        monthly.*,
        cast(sum(cases_assigned - cases_resolved) over (
            partition by judge_id, court_code order by month
            rows between unbounded preceding and current row
        ) as bigint) as cases_pending,
        cast(sum(weighted_assigned - weighted_resolved) over (
            partition by judge_id, court_code order by month
            rows between unbounded preceding and current row
        ) as double precision) as weighted_caseload
    from monthly
),

labels as (
    select * from {{ ref('int_classifier_labels') }}
),

final as (
    select
        running.month,
        running.judge_id,
        running.court_code,
        courts.label_lv as court_name_lv,
        courts.label_en as court_name_en,
        cast(running.cases_assigned as bigint) as cases_assigned,
        cast(running.cases_resolved as bigint) as cases_resolved,
        running.cases_pending,
        cast(running.hearings_held as bigint) as hearings_held,
        cast(running.hearings_postponed as bigint) as hearings_postponed,
        cast(running.documents_processed as bigint) as documents_processed,
        -- rounded: a running sum of doubles must not show 1e-15 for an empty caseload
        {{ round_double('running.weighted_caseload', 6) }} as weighted_caseload,
        cast(current_timestamp as timestamp) as built_at
    from running
    left join labels as courts
        on courts.classifier_id = 'courts' and courts.code = running.court_code
)

select * from final
