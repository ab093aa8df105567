-- The current state of tis2/parties: one row per party_id, as TIS2 last reported it
-- (latest version of each key from raw.tis2__parties, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('tis2', 'parties'), 'party_id') }}",
    )
}}

with

source as (
    {{ current_versions(source('tis2', 'parties'), key='party_id') }}
),

renamed as (
    select
        party_id,
        case_id,
        role,
        is_legal_person,
        personal_code_pseudonym,
        personal_code_birth_year,
        sex,
        birth_year,
        organisation_name,
        registration_number,
        institution_code,
        cast(joined_on as date) as joined_on,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
