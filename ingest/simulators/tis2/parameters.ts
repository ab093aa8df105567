import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export type Category = 'civil' | 'criminal' | 'administrative_offence' | 'administrative';
export type Level = 'first' | 'appeal' | 'cassation';

export interface Tis2Parameters {
  history: { start: string; yearly_growth: number };
  case_mix: Record<Category, number>;
  first_instance_courts: Record<Category, Record<string, number>>;
  appeal_court: Record<string, string>;
  cassation_court: string;
  duration_days: Record<Level, Record<Category, { median: number; sigma: number }>>;
  long_tail: { share: number; factor: number };
  appeal_rate: Record<'first' | 'appeal', Record<Category, number>>;
  appeal_delay_days: { min: number; max: number };
  outcomes: { first: Record<Category, Record<string, number>>; review: Record<string, number> };
  hearing_share: Record<Category, number>;
  judges: Record<string, number>;
}

export const PARAMETERS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'parameters.yaml');

export function readParameters(file: string = PARAMETERS_FILE): Tis2Parameters {
  const p = parse(readFileSync(file, 'utf8')) as Tis2Parameters;
  const start: unknown = p.history.start;
  p.history.start = start instanceof Date ? start.toISOString().slice(0, 10) : String(start);
  return p;
}
