-- Case flow: per court, case category, instance and month, the cases registered, resolved and
-- pending, with the CEPEJ clearance rate and disposition time, and the pending cases older than
-- two years (count and share).

with

flow as (
    select * from {{ ref('int_case_flow__monthly') }}
),

courts as (
    select * from {{ ref('int_courts') }}
),

categories as (
    select * from {{ ref('int_case_categories') }}
),

instances as (
    select * from {{ ref('int_instances') }}
),

final as (
    select
        flow.month,
        flow.court_code,
        courts.label_lv as court_name_lv,
        courts.label_en as court_name_en,
        flow.case_category,
        categories.label_lv as case_category_lv,
        categories.label_en as case_category_en,
        flow.instance,
        instances.label_lv as instance_lv,
        instances.label_en as instance_en,
        flow.incoming,
        flow.resolved,
        flow.pending_start,
        flow.pending_end,
        flow.resolved_12m,
        case
            when flow.incoming = 0 then null
            else cast(flow.resolved as double precision) * 100 / flow.incoming
        end as clearance_rate,
        case
            when flow.resolved_12m = 0 then null
            else cast(flow.pending_end as double precision) * 365 / flow.resolved_12m
        end as disposition_time_days,
        flow.pending_over_2y,
        case
            when flow.pending_end = 0 then null
            else cast(flow.pending_over_2y as double precision) * 100 / flow.pending_end
        end as pending_over_2y_share,
        cast(current_timestamp as timestamp) as built_at
    from flow
    left join courts on courts.code = flow.court_code
    left join categories on categories.code = flow.case_category
    left join instances on instances.code = flow.instance
)

select * from final
order by month, court_code, case_category, instance
