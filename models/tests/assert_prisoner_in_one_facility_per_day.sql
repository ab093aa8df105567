-- A failure means IIS2 has the same person in two prisons (or twice in one) on the same day: two
-- stays overlap, so the month-end prison population counts the person twice and occupancy is
-- overstated. The rows name both stays; a transfer must release the person from the first prison
-- on or before the day of admission to the second.
with

stays as (
    select
        admissions.admission_id,
        coalesce(admissions.personal_code_pseudonym, admissions.inmate_id) as person,
        admissions.facility_code,
        admissions.admitted_on,
        coalesce(releases.released_on, cast('9999-12-31' as date)) as released_on
    from {{ ref('stg_iis2__admissions') }} as admissions
    left join {{ ref('stg_iis2__releases') }} as releases
        on releases.admission_id = admissions.admission_id
)

select
    first_stay.person,
    first_stay.admission_id as first_admission_id,
    first_stay.facility_code as first_facility,
    second_stay.admission_id as second_admission_id,
    second_stay.facility_code as second_facility,
    second_stay.admitted_on as overlap_from
from stays as first_stay
inner join stays as second_stay
    on second_stay.person = first_stay.person
    and second_stay.admission_id > first_stay.admission_id
    and second_stay.admitted_on < first_stay.released_on
    and first_stay.admitted_on < second_stay.released_on
