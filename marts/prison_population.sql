-- Prison population per month, facility and legal status (pre-trial, sentenced), as the Council
-- of Europe's SPACE I statistics count it: the stock of inmates on the month's last day,
-- admissions (entries) and releases in the month, and occupancy: the facility's stock per 100
-- places of capacity.

with

stays as (
    select
        admissions.admission_id,
        admissions.facility_code,
        admissions.legal_status_at_admission,
        {{ month_start('admissions.admitted_on') }} as admitted_month,
        -- a pre-trial detainee becomes a sentenced prisoner from sentenced_from
        case
            when admissions.legal_status_at_admission = 'sentenced' then {{ month_start('admissions.admitted_on') }}
            when admissions.sentenced_from is not null then {{ month_start('admissions.sentenced_from') }}
        end as sentenced_month,
        releases.released_on,
        {{ month_start('releases.released_on') }} as released_month,
        releases.legal_status as legal_status_at_release
    from {{ ref('stg_iis2__admissions') }} as admissions
    left join {{ ref('stg_iis2__releases') }} as releases
        on releases.admission_id = admissions.admission_id
),

changes as (
    -- the month-end stock changes: +1 from the month a status starts, -1 from the month it ends
    select facility_code, legal_status, month, cast(sum(stock_change) as bigint) as stock_change,
        cast(sum(admission) as bigint) as admissions, cast(sum(release) as bigint) as releases
    from (
        -- pre-trial: from admission until sentenced or released
        select facility_code, 'pre_trial' as legal_status, admitted_month as month, 1 as stock_change, 0 as admission, 0 as release
        from stays
        where legal_status_at_admission = 'pre_trial'
        union all
        select facility_code, 'pre_trial', least(coalesce(sentenced_month, released_month), coalesce(released_month, sentenced_month)), -1, 0, 0
        from stays
        where legal_status_at_admission = 'pre_trial' and coalesce(sentenced_month, released_month) is not null
        -- sentenced: from sentencing until released
        union all
        select facility_code, 'sentenced', sentenced_month, 1, 0, 0
        from stays
        where sentenced_month is not null and (released_month is null or sentenced_month < released_month)
        union all
        select facility_code, 'sentenced', released_month, -1, 0, 0
        from stays
        where sentenced_month is not null and released_month is not null and sentenced_month < released_month
        -- flows
        union all
        select facility_code, legal_status_at_admission, admitted_month, 0, 1, 0
        from stays
        union all
        select facility_code, legal_status_at_release, released_month, 0, 0, 1
        from stays
        where released_month is not null
    ) as all_changes
    group by facility_code, legal_status, month
),

as_of as (
    select {{ month_start('as_of_date') }} as last_month from {{ ref('int_data_as_of') }}
),

facilities as (
    select * from {{ ref('stg_iis2__facilities') }}
),

statuses as (
    select code as legal_status from {{ ref('int_classifier_labels') }}
    where classifier_id = 'detention_legal_statuses'
),

spine as (
    select starts.facility_code, statuses.legal_status, cast(month_series.month as date) as month
    from (select facility_code, min(month) as first_month from changes group by facility_code) as starts
    cross join statuses
    cross join as_of
    cross join lateral {{ month_series('starts.first_month', 'as_of.last_month') }}
),

monthly as (
    select
        spine.month,
        spine.facility_code,
        spine.legal_status,
        cast(sum(coalesce(changes.stock_change, 0)) over (
            partition by spine.facility_code, spine.legal_status order by spine.month
            rows between unbounded preceding and current row
        ) as bigint) as stock_end,
        cast(coalesce(changes.admissions, 0) as bigint) as admissions,
        cast(coalesce(changes.releases, 0) as bigint) as releases
    from spine
    left join changes
        on changes.facility_code = spine.facility_code
        and changes.legal_status = spine.legal_status
        and changes.month = spine.month
),

with_facility as (
    select
        monthly.*,
        cast(sum(stock_end) over (partition by facility_code, month) as bigint) as facility_stock_end
    from monthly
),

labels as (
    select * from {{ ref('int_classifier_labels') }}
),

final as (
    select
        with_facility.month,
        with_facility.facility_code,
        facilities.name as facility_name,
        with_facility.legal_status,
        statuses.label_lv as legal_status_lv,
        statuses.label_en as legal_status_en,
        with_facility.stock_end,
        with_facility.admissions,
        with_facility.releases,
        with_facility.facility_stock_end,
        cast(facilities.capacity as bigint) as capacity,
        case when facilities.capacity > 0
            then cast(with_facility.facility_stock_end as double precision) * 100 / facilities.capacity
        end as occupancy_per_100_places,
        cast(current_timestamp as timestamp) as built_at
    from with_facility
    left join facilities on facilities.facility_code = with_facility.facility_code
    left join labels as statuses
        on statuses.classifier_id = 'detention_legal_statuses' and statuses.code = with_facility.legal_status
)

select * from final
