-- Court cases with their presiding judge's court and the case weight of their category and
-- instance (seed case_weights; 1.0 when the seed has no row for the pair).

-- A view: the incremental int_court_activity__monthly reads only the cases of the months it
-- recomputes, and a table would be rebuilt in full on every run.

with

cases as (
    select * from {{ ref('stg_tis2__cases') }}
),

weights as (
    select case_category, instance, weight
    from {{ ref('case_weights') }}
    where workload = 'judge'
),

final as (
    select
        cases.case_id,
        cases.case_number,
        cases.court_code,
        cases.case_category,
        cases.instance,
        cases.judge_id,
        cases.registered_on,
        cases.closed_on,
        {{ month_start('cases.registered_on') }} as registered_month,
        {{ month_start('cases.closed_on') }} as closed_month,
        cast(coalesce(weights.weight, 1.0) as double precision) as weight
    from cases
    left join weights
        on weights.case_category = cases.case_category
        and weights.instance = cases.instance
)

select * from final
