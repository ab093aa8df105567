-- Open court cases on every day, by court, procedural status and age band: a case is open from
-- its registration until the day it is closed, in the status TIS2 last gave it on or before
-- that day, and in the age band of the days since its registration (seed age_bands).
--
-- Incremental: the history of days grows every day, so a build computes only the days from the
-- earliest day a change since the previous build can touch (the pre-hook deletes those days;
-- see case_status_daily_recompute_from) and the days the data's as-of date has moved past.
-- The counts on a day are the status/age pieces covering it, summed from the pieces' starts and
-- ends, so any range of days is computed the same way as the whole history.

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{{ case_status_daily_delete_tail() }}",
    )
}}

with

as_of as (
    select first_registered_on, as_of_date from {{ ref('int_data_as_of') }}
),

bounds as (
    select
        {% if is_incremental() -%}
        coalesce(
            (select max(day) from {{ this }}) + 1,
            as_of.first_registered_on
        ) as from_day,
        {%- else -%}
        as_of.first_registered_on as from_day,
        {%- endif %}
        as_of.as_of_date as to_day
    from as_of
),

cases as (
    select case_id, court_code, registered_on, closed_on
    from {{ ref('stg_tis2__cases') }}
),

statuses as (
    -- only the cases open on a day computed now (an incremental build computes few days)
    select
        history.case_id,
        history.status_code,
        history.valid_from,
        lead(history.valid_from) over (
            partition by history.case_id order by history.valid_from, history.seq
        ) as valid_until,
        -- the case's own columns ride along (pieces needs them; no second join with the cases)
        cases.court_code,
        cases.registered_on,
        cases.closed_on
    from {{ ref('stg_tis2__case_status_history') }} as history
    inner join cases on cases.case_id = history.case_id
    cross join bounds
    where coalesce(cases.closed_on, cast('9999-12-31' as date)) > bounds.from_day
      and cases.registered_on <= bounds.to_day
),

pieces as (
    -- one piece per case and status: the days the case was open in that status
    select
        statuses.court_code,
        statuses.status_code,
        statuses.registered_on,
        greatest(statuses.valid_from, statuses.registered_on) as piece_start,
        least(
            coalesce(statuses.valid_until, cast('9999-12-31' as date)),
            coalesce(statuses.closed_on, cast('9999-12-31' as date))
        ) as piece_end
    from statuses
),

banded as (
    -- split by age band and clip to the days computed now
    select
        pieces.court_code,
        pieces.status_code,
        bands.age_band,
        greatest(pieces.piece_start, pieces.registered_on + bands.from_days, bounds.from_day) as band_start,
        least(
            pieces.piece_end,
            coalesce(pieces.registered_on + bands.to_days, cast('9999-12-31' as date)),
            bounds.to_day + 1
        ) as band_end
    from pieces
    cross join bounds
    inner join {{ ref('age_bands') }} as bands
        on pieces.piece_end > pieces.registered_on + bands.from_days
        and (bands.to_days is null or pieces.piece_start < pieces.registered_on + bands.to_days)
    where pieces.piece_end > bounds.from_day
      and pieces.piece_start <= bounds.to_day
),

changes as (
    select court_code, status_code, age_band, day, cast(sum(change) as bigint) as change
    from (
        select court_code, status_code, age_band, band_start as day, 1 as change
        from banded
        where band_start < band_end
        union all
        select court_code, status_code, age_band, band_end as day, -1 as change
        from banded
        where band_start < band_end
    ) as edges
    group by court_code, status_code, age_band, day
),

combinations as (
    select distinct court_code, status_code, age_band from changes
),

spine as (
    select combinations.court_code, combinations.status_code, combinations.age_band, day_series.day
    from combinations
    cross join bounds
    cross join lateral {{ day_series('bounds.from_day', 'bounds.to_day') }}
),

daily as (
    select
        spine.day,
        spine.court_code,
        spine.status_code,
        spine.age_band,
        cast(sum(coalesce(changes.change, 0)) over (
            partition by spine.court_code, spine.status_code, spine.age_band
            order by spine.day
            rows between unbounded preceding and current row
        ) as bigint) as open_cases
    from spine
    left join changes
        on changes.court_code = spine.court_code
        and changes.status_code = spine.status_code
        and changes.age_band = spine.age_band
        and changes.day = spine.day
),

labels as (
    select * from {{ ref('int_classifier_labels') }}
),

loaded as (
    -- the raw loads this build has seen: the next build looks for changes loaded after them
    select max(loaded) as source_loaded_at
    from (
        select max(_loaded_at) as loaded from {{ source('tis2', 'cases') }}
        union all
        select max(_loaded_at) as loaded from {{ source('tis2', 'case_status_history') }}
    ) as loads
),

final as (
    select
        daily.day,
        daily.court_code,
        courts.label_lv as court_name_lv,
        courts.label_en as court_name_en,
        daily.status_code,
        statuses.label_lv as status_lv,
        statuses.label_en as status_en,
        daily.age_band,
        bands.label_lv as age_band_lv,
        bands.label_en as age_band_en,
        daily.open_cases,
        cast(loaded.source_loaded_at as timestamp) as source_loaded_at,
        cast(current_timestamp as timestamp) as built_at
    from daily
    cross join loaded
    left join labels as courts
        on courts.classifier_id = 'courts' and courts.code = daily.court_code
    left join labels as statuses
        on statuses.classifier_id = 'procedural_statuses' and statuses.code = daily.status_code
    left join {{ ref('age_bands') }} as bands on bands.age_band = daily.age_band
    where daily.open_cases > 0
)

select * from final
