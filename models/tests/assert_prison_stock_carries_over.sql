-- A failure means the published prison population does not add up: for the prison and month
-- returned, the inmates on the month's last day are not those of the previous month plus the
-- admissions minus the releases, so inmates were lost or counted twice and occupancy is wrong.

with

facilities as (
    select
        facility_code,
        month,
        max(facility_stock_end) as stock_end,
        sum(admissions) as admissions,
        sum(releases) as releases
    from {{ ref('prison_population') }}
    group by facility_code, month
),

carried as (
    select
        facilities.*,
        coalesce(lag(stock_end) over (partition by facility_code order by month), 0) as stock_start
    from facilities
)

select *
from carried
where stock_end <> stock_start + admissions - releases
