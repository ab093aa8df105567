-- The current state of TIS2 cases: one row per case, as TIS2 last reported it.

with

source as (
    -- raw.tis2__cases is append-only: take each case's latest version, drop deleted cases
    {{ latest_version(source('raw', 'tis2__cases'), key='case_id') }}
),

renamed as (
    select
        case_id,
        case_number,
        origin_case_id,
        court_code,
        case_category,
        instance,
        cast(registered_on as date) as registered_on,
        cast(first_hearing_on as date) as first_hearing_on,
        cast(decided_on as date) as decided_on,
        cast(closed_on as date) as closed_on,
        outcome,
        judge_id,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
