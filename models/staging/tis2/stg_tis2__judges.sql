-- The current state of tis2/judges: one row per judge_id, as TIS2 last reported it
-- (latest version of each key from raw.tis2__judges, deletions dropped).

with

source as (
    {{ current_versions(source('tis2', 'judges'), key='judge_id') }}
),

renamed as (
    select
        judge_id,
        court_code,
        first_name,
        last_name,
        cast(active_from as date) as active_from,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
