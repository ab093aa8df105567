-- The current state of prois/prosecutors: one row per prosecutor_id, as PROIS last reported it
-- (latest version of each key from raw.prois__prosecutors, deletions dropped).

with

source as (
    {{ current_versions(source('prois', 'prosecutors'), key='prosecutor_id') }}
),

renamed as (
    select
        prosecutor_id,
        office_code,
        first_name,
        last_name,
        cast(active_from as date) as active_from,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
