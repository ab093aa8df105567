-- The period the case data covers: from the first registration to the data's as-of date, the
-- latest date TIS2 reported (a registration, hearing, decision, closing or record change).

with

cases as (
    select * from {{ ref('stg_tis2__cases') }}
),

bounds as (
    select
        min(registered_on) as first_registered_on,
        max(registered_on) as last_registered_on,
        max(first_hearing_on) as last_hearing_on,
        max(decided_on) as last_decided_on,
        max(closed_on) as last_closed_on,
        max(cast(updated_at as date)) as last_updated_on
    from cases
),

final as (
    select
        first_registered_on,
        greatest(
            last_registered_on,
            coalesce(last_hearing_on, last_registered_on),
            coalesce(last_decided_on, last_registered_on),
            coalesce(last_closed_on, last_registered_on),
            coalesce(last_updated_on, last_registered_on)
        ) as as_of_date
    from bounds
    where first_registered_on is not null
)

select * from final
