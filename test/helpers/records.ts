/**
 * Valid records of the source contracts for tests: a pending first-instance civil case at Riga
 * City Court; `extra` overrides any field (to break a rule, close the case, change the time).
 */
import type { Tis2Case } from '../../ingest/contracts/types.ts';

export function tis2Case(
  id: number,
  extra: Record<string, unknown> = {},
): Tis2Case & Record<string, unknown> {
  return {
    case_id: `TIS2-${id}`,
    case_number: `C30-${String(id).padStart(5, '0')}-24`,
    origin_case_id: null,
    court_code: 'RPT',
    case_category: 'civil',
    instance: 'first',
    registered_on: '2024-01-15',
    first_hearing_on: null,
    decided_on: null,
    closed_on: null,
    outcome: null,
    judge_id: 'J-0001',
    updated_at: '2024-01-15T10:00:00Z',
    ...extra,
  };
}
