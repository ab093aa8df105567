-- Prosecutors' workload per month: proceedings assigned, finished and pending, decisions taken,
-- documents processed (KKP events of their proceedings while assigned), and the weighted
-- caseload (pending proceedings × the seed case_weights weight for a prosecution, configurable).

with

prosecutors as (
    select prosecutor_id, office_code from {{ ref('stg_prois__prosecutors') }}
),

weight as (
    select coalesce(max(weight), 1.0) as weight
    from {{ ref('case_weights') }}
    where workload = 'prosecutor' and case_category = 'criminal' and instance = 'pre_trial'
),

monthly_activity as (
    select * from {{ ref('int_prosecutor_activity__monthly') }}
),

as_of as (
    select {{ month_start('as_of_date') }} as last_month from {{ ref('int_data_as_of') }}
),

spine as (
    select starts.prosecutor_id, cast(month_series.month as date) as month
    from (select prosecutor_id, min(month) as first_month from monthly_activity group by prosecutor_id) as starts
    cross join as_of
    cross join lateral {{ month_series('starts.first_month', 'as_of.last_month') }}
),

running as (
    select
        spine.month,
        spine.prosecutor_id,
        coalesce(monthly_activity.proceedings_assigned, 0) as proceedings_assigned,
        coalesce(monthly_activity.proceedings_finished, 0) as proceedings_finished,
        coalesce(monthly_activity.decisions_taken, 0) as decisions_taken,
        coalesce(monthly_activity.documents_processed, 0) as documents_processed,
        cast(sum(coalesce(monthly_activity.proceedings_assigned, 0) - coalesce(monthly_activity.proceedings_finished, 0)) over (
            partition by spine.prosecutor_id order by spine.month
            rows between unbounded preceding and current row
        ) as bigint) as proceedings_pending
    from spine
    left join monthly_activity
        on monthly_activity.prosecutor_id = spine.prosecutor_id
        and monthly_activity.month = spine.month
),

labels as (
    select * from {{ ref('int_classifier_labels') }}
),

final as (
    select
        running.month,
        running.prosecutor_id,
        prosecutors.office_code,
        offices.label_lv as office_lv,
        offices.label_en as office_en,
        cast(running.proceedings_assigned as bigint) as proceedings_assigned,
        cast(running.proceedings_finished as bigint) as proceedings_finished,
        running.proceedings_pending,
        cast(running.decisions_taken as bigint) as decisions_taken,
        cast(running.documents_processed as bigint) as documents_processed,
        cast(running.proceedings_pending * weight.weight as double precision) as weighted_caseload,
        cast(current_timestamp as timestamp) as built_at
    from running
    cross join weight
    left join prosecutors on prosecutors.prosecutor_id = running.prosecutor_id
    left join labels as offices
        on offices.classifier_id = 'prosecution_offices' and offices.code = prosecutors.office_code
)

select * from final
