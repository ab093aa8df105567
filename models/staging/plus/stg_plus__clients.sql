-- The current state of plus/clients: one row per client_id, as PLUS last reported it
-- (latest version of each key from raw.plus__clients, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('plus', 'clients'), 'client_id') }}",
    )
}}

with

source as (
    {{ current_versions(source('plus', 'clients'), key='client_id') }}
),

renamed as (
    select
        client_id,
        personal_code_pseudonym,
        personal_code_birth_year,
        sex,
        birth_year,
        atvk_code,
        cast(registered_on as date) as registered_on,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
