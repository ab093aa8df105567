-- Probation caseload per month, supervision type and region (planning region of the client's
-- municipality, classifier `atvk`): clients under supervision on the month's last day, starts,
-- ends (completed or revoked) and violations recorded in the month.

with

supervisions as (
    select
        supervisions.supervision_id,
        supervisions.supervision_type,
        coalesce({{ json_text('atvk.attributes', 'planning_region') }}, 'unknown') as region,
        {{ month_start('supervisions.start_on') }} as start_month,
        {{ month_start('supervisions.end_on') }} as end_month,
        supervisions.end_reason
    from {{ ref('stg_plus__supervisions') }} as supervisions
    left join {{ ref('int_classifier_labels') }} as atvk
        on atvk.classifier_id = 'atvk' and atvk.code = supervisions.atvk_code
),

changes as (
    select supervision_type, region, month,
        cast(sum(started) as bigint) as starts,
        cast(sum(completed) as bigint) as ends_completed,
        cast(sum(revoked) as bigint) as ends_revoked,
        cast(sum(ended) as bigint) as ends,
        cast(sum(violation) as bigint) as violations
    from (
        select supervision_type, region, start_month as month, 1 as started, 0 as completed, 0 as revoked, 0 as ended, 0 as violation
        from supervisions
        union all
        select supervision_type, region, end_month, 0,
            case when end_reason = 'completed' then 1 else 0 end,
            case when end_reason = 'revoked' then 1 else 0 end,
            1, 0
        from supervisions
        where end_month is not null
        union all
        select supervisions.supervision_type, supervisions.region, {{ month_start('violations.occurred_on') }}, 0, 0, 0, 0, 1
        from {{ ref('stg_plus__violations') }} as violations
        inner join supervisions on supervisions.supervision_id = violations.supervision_id
    ) as all_changes
    group by supervision_type, region, month
),

as_of as (
    select {{ month_start('as_of_date') }} as last_month from {{ ref('int_data_as_of') }}
),

spine as (
    select starts.supervision_type, starts.region, cast(month_series.month as date) as month
    from (select supervision_type, region, min(month) as first_month from changes group by supervision_type, region) as starts
    cross join as_of
    cross join lateral {{ month_series('starts.first_month', 'as_of.last_month') }}
),

monthly as (
    select
        spine.month,
        spine.supervision_type,
        spine.region,
        cast(sum(coalesce(changes.starts, 0) - coalesce(changes.ends, 0)) over (
            partition by spine.supervision_type, spine.region order by spine.month
            rows between unbounded preceding and current row
        ) as bigint) as clients_end,
        cast(coalesce(changes.starts, 0) as bigint) as starts,
        cast(coalesce(changes.ends_completed, 0) as bigint) as ends_completed,
        cast(coalesce(changes.ends_revoked, 0) as bigint) as ends_revoked,
        cast(coalesce(changes.ends, 0) as bigint) as ends,
        cast(coalesce(changes.violations, 0) as bigint) as violations
    from spine
    left join changes
        on changes.supervision_type = spine.supervision_type
        and changes.region = spine.region
        and changes.month = spine.month
),

labels as (
    select * from {{ ref('int_classifier_labels') }}
),

final as (
    select
        monthly.month,
        monthly.supervision_type,
        types.label_lv as supervision_type_lv,
        types.label_en as supervision_type_en,
        monthly.region,
        monthly.clients_end,
        monthly.starts,
        monthly.ends,
        monthly.ends_completed,
        monthly.ends_revoked,
        monthly.violations,
        cast(current_timestamp as timestamp) as built_at
    from monthly
    left join labels as types
        on types.classifier_id = 'probation_supervision_types' and types.code = monthly.supervision_type
)

select * from final
