-- A failure means TIS2 sent a case whose closing date is before its registration date: the case
-- would be counted as resolved before it arrived, making a court's pending cases wrong (even
-- negative) for the months in between. Fix the record in TIS2 (or the drop file) and reload;
-- the returned rows name the cases.

select
    case_id,
    case_number,
    court_code,
    registered_on,
    closed_on
from {{ ref('stg_tis2__cases') }}
where closed_on < registered_on
