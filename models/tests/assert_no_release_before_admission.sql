-- A failure means IIS2 sent a release dated before the admission it ends: the stay would count
-- negatively in the prison population between the two dates. Fix the record in IIS2 and reload;
-- the rows name the stays.

select
    releases.release_id,
    releases.admission_id,
    admissions.admitted_on,
    releases.released_on
from {{ ref('stg_iis2__releases') }} as releases
inner join {{ ref('stg_iis2__admissions') }} as admissions
    on admissions.admission_id = releases.admission_id
where releases.released_on < admissions.admitted_on
