-- Monthly case flow per court, case category and instance (CEPEJ definitions): cases registered
-- (incoming), closed (resolved) and pending, for every month from the combination's first
-- registration to the data's as-of month, months without activity included; and the pending
-- cases older than two years (registered more than two years before the month's last day).
--
-- Incremental by month: a build recomputes the months from the earliest month a case change
-- since the previous build touches (changed_spans_from: a new, deleted or moved case from its
-- registration, a closing from its month; the pre-hook deletes those months) and any new month.
-- The running figures continue from the last month kept: pending counts from its pending_end and
-- pending_over_2y, the rolling 12 months from the resolved counts of the 11 months before.

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{{ delete_tail('month', month_start(changed_spans_from(source('tis2', 'cases'), 'case_id', ['court_code', 'case_category', 'instance', 'registered_on'], 'registered_on', 'closed_on'))) }}",
    )
}}

with

cases as (
    select court_code, case_category, instance, registered_on, closed_on
    from {{ ref('stg_tis2__cases') }}
),

as_of as (
    select {{ month_start('as_of_date') }} as last_month
    from {{ ref('int_data_as_of') }}
),

bounds as (
    -- the first month computed now, and the month before it (the last one kept)
    select {{ first_month_to_compute() }} as from_month
),

recent as (
    -- the cases that can count in a month computed now (registered, closed or passing two years
    -- old in it), with their months; the dates are compared before any month is computed, so an
    -- incremental build computes months for the few recent cases only (from_month is a month's
    -- first day: a date is in a month from it on exactly when it is on or after from_month)
    select
        court_code,
        case_category,
        instance,
        {{ month_start('registered_on') }} as registered_month,
        {{ month_start('closed_on') }} as closed_month,
        -- the first month at whose end the case is more than two years old
        {{ month_start(add_years_days('registered_on', 2, 1)) }} as aged_month
    from cases
    cross join bounds
    where registered_on >= bounds.from_month
       or closed_on >= bounds.from_month
       -- two years and a day later it is from_month or after (a month more for 29 February)
       or registered_on >= {{ add_years_days('bounds.from_month', -2, -32) }}
),

kept as (
    -- the months kept before from_month that the running figures continue from
    {% if is_incremental() -%}
    select
        kept.court_code,
        kept.case_category,
        kept.instance,
        kept.month,
        kept.resolved,
        -- only the last month kept carries its running totals into the months computed now
        case when kept.month = (select max(month) from {{ this }}) then kept.pending_end else 0 end as pending_carry,
        case when kept.month = (select max(month) from {{ this }}) then kept.pending_over_2y else 0 end as aged_carry
    from {{ this }} as kept
    cross join bounds
    where kept.month >= {{ month_start(add_years_days('bounds.from_month', 0, -335)) }}
    {%- else -%}
    select
        cast(null as text) as court_code,
        cast(null as text) as case_category,
        cast(null as text) as instance,
        cast(null as date) as month,
        cast(0 as bigint) as resolved,
        cast(0 as bigint) as pending_carry,
        cast(0 as bigint) as aged_carry
    where 1 = 0
    {%- endif %}
),

combinations as (
    select
        court_code,
        case_category,
        instance,
        {{ month_start('min(registered_on)') }} as first_month
    from cases
    group by court_code, case_category, instance
),

spine as (
    select
        combinations.court_code,
        combinations.case_category,
        combinations.instance,
        cast(month_series.month as date) as month
    from combinations
    cross join as_of
    cross join bounds
    cross join lateral {{ month_series('greatest(combinations.first_month, bounds.from_month)', 'as_of.last_month') }}
),

incoming as (
    select court_code, case_category, instance, registered_month as month, count(*) as incoming
    from recent
    where registered_month >= (select from_month from bounds)
    group by court_code, case_category, instance, registered_month
),

resolved as (
    select court_code, case_category, instance, closed_month as month, count(*) as resolved
    from recent
    where closed_month >= (select from_month from bounds)
    group by court_code, case_category, instance, closed_month
),

aged as (
    -- +1 in the month a case passes two years, -1 in the month an old case is closed
    select court_code, case_category, instance, month, cast(sum(change) as bigint) as aged_change
    from (
        select court_code, case_category, instance, aged_month as month, 1 as change
        from recent
        where (closed_month is null or closed_month >= aged_month)
          and aged_month >= (select from_month from bounds)
        union all
        select court_code, case_category, instance, closed_month as month, -1 as change
        from recent
        where closed_month is not null and closed_month >= aged_month
          and closed_month >= (select from_month from bounds)
    ) as changes
    group by court_code, case_category, instance, month
),

flows as (
    select
        spine.month,
        spine.court_code,
        spine.case_category,
        spine.instance,
        cast(coalesce(incoming.incoming, 0) as bigint) as incoming,
        cast(coalesce(resolved.resolved, 0) as bigint) as resolved,
        cast(coalesce(aged.aged_change, 0) as bigint) as aged_change
    from spine
    left join incoming
        on incoming.court_code = spine.court_code
        and incoming.case_category = spine.case_category
        and incoming.instance = spine.instance
        and incoming.month = spine.month
    left join resolved
        on resolved.court_code = spine.court_code
        and resolved.case_category = spine.case_category
        and resolved.instance = spine.instance
        and resolved.month = spine.month
    left join aged
        on aged.court_code = spine.court_code
        and aged.case_category = spine.case_category
        and aged.instance = spine.instance
        and aged.month = spine.month
),

months as (
    -- the months computed now, and the kept months their running figures continue from
    select
        month, court_code, case_category, instance, incoming, resolved, aged_change,
        incoming - resolved as pending_change,
        1 as computed
    from flows
    union all
    select
        month, court_code, case_category, instance, 0, resolved, aged_carry,
        pending_carry,
        0 as computed
    from kept
),

running as (
    select
        months.*,
        -- pending at month end = registered by then and not closed by then
        cast(sum(pending_change) over (
            partition by court_code, case_category, instance
            order by month
            rows between unbounded preceding and current row
        ) as bigint) as pending_end,
        -- the spine has every month, so 12 rows are 12 months
        cast(sum(resolved) over (
            partition by court_code, case_category, instance
            order by month
            rows between 11 preceding and current row
        ) as bigint) as resolved_12m,
        cast(sum(aged_change) over (
            partition by court_code, case_category, instance
            order by month
            rows between unbounded preceding and current row
        ) as bigint) as pending_over_2y
    from months
),

final as (
    select
        month,
        court_code,
        case_category,
        instance,
        incoming,
        resolved,
        cast(coalesce(lag(pending_end) over (
            partition by court_code, case_category, instance
            order by month
        ), 0) as bigint) as pending_start,
        pending_end,
        resolved_12m,
        pending_over_2y,
        computed
    from running
)

select
    month,
    court_code,
    case_category,
    instance,
    incoming,
    resolved,
    pending_start,
    pending_end,
    resolved_12m,
    pending_over_2y,
    cast({{ max_loaded_at([source('tis2', 'cases')]) }} as timestamp) as source_loaded_at
from final
where computed = 1
