-- The current state of iis2/admissions: one row per admission_id, as IIS2 last reported it
-- (latest version of each key from raw.iis2__admissions, deletions dropped).
-- Incremental: each build reads only the raw versions loaded since the previous one (the
-- raw table keeps every version ever loaded, so a full read grows with history).

{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='append_new_columns',
        pre_hook="{{ delete_changed_keys(source('iis2', 'admissions'), 'admission_id') }}",
    )
}}

with

source as (
    {{ current_versions(source('iis2', 'admissions'), key='admission_id') }}
),

renamed as (
    select
        admission_id,
        inmate_id,
        personal_code_pseudonym,
        personal_code_birth_year,
        sex,
        birth_year,
        facility_code,
        cast(admitted_on as date) as admitted_on,
        legal_status_at_admission,
        cast(sentenced_from as date) as sentenced_from,
        proceeding_number,
        case_number,
        sentence_term_months,
        cast(expected_release_on as date) as expected_release_on,
        cast(updated_at as timestamp) as updated_at,
        _batch_id as loaded_batch_id,
        cast(_loaded_at as timestamp) as loaded_at
    from source
)

select * from renamed
