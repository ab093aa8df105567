-- The current state of iis2/facilities: one row per facility_code, as IIS2 last reported it
-- (latest version of each key from raw.iis2__facilities, deletions dropped).

with

source as (
    {{ current_versions(source('iis2', 'facilities'), key='facility_code') }}
),

renamed as (
    select
        facility_code,
        name,
        capacity,
        atvk_code,
        accepts_pre_trial,
        women,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
