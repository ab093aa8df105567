{#
  case_status_daily is incremental by day. A change loaded since the previous build can alter the
  open cases on every day from the earliest date it touches, and on no day before:
  - a status record (new, changed or deleted): from its valid_from (any version's);
  - a case that is new, deleted, moved to another court or re-registered: from its registration;
    any other change to a case (its closing date): from its closing date (any version's).
  `case_status_daily_recompute_from` is that day (9999-12-31 when nothing changed), read from the
  raw versions of the keys loaded after the model's source_loaded_at; the pre-hook
  `case_status_daily_delete_tail` deletes the days from it (or from the first day holding a court
  or status label that is no longer current: relabelled_from), and the model then computes every day
  after the last one left, up to the data's as-of date.
#}

{% macro case_status_daily_recompute_from() -%}
    {%- set cases = source('tis2', 'cases') -%}
    {%- set history = source('tis2', 'case_status_history') -%}
    {%- set since = source_loaded_since() -%}
    (
        select coalesce(min(touched), cast('9999-12-31' as date))
        from (
            -- the minimum of the raw column, then the date (not the date of every version first)
            select cast(min(h.valid_from) as date) as touched
            from {{ history }} as h
            where {{ changed_versions_filter(history, 'case_id, seq', since, 'h') }}
            union all
            select min(
                case
                    when count_versions_before = 0
                        or deleted = 1
                        or registrations > 1
                        or courts > 1
                        then first_registered_on
                    else first_closed_on
                end
            ) as touched
            from (
                select
                    c.case_id,
                    sum(case when c._loaded_at <= {{ since }} then 1 else 0 end) as count_versions_before,
                    max(case when c._op = 'delete' then 1 else 0 end) as deleted,
                    count(distinct c.registered_on) as registrations,
                    count(distinct c.court_code) as courts,
                    min(cast(c.registered_on as date)) as first_registered_on,
                    min(cast(c.closed_on as date)) as first_closed_on
                from {{ cases }} as c
                where {{ changed_versions_filter(cases, 'case_id', since, 'c') }}
                group by c.case_id
            ) as changed_cases
        ) as touches
    )
{%- endmacro %}

{% macro case_status_daily_delete_tail() -%}
    {%- if is_incremental() -%}
    delete from {{ this }} where day >= least(
        {{ case_status_daily_recompute_from() }},
        {{ relabelled_from('day', [
            ['court_code', 'courts', 'court_name_lv', 'court_name_en'],
            ['status_code', 'procedural_statuses', 'status_lv', 'status_en'],
        ]) }}
    )
    {%- else -%}
    select 1
    {%- endif -%}
{%- endmacro %}
