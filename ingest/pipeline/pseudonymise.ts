/**
 * Pseudonymisation at ingest. Direct identifiers of persons never reach the warehouse:
 * - a property marked `"x-pii": "personal_code"` becomes `<name>_pseudonym` (a keyed hash of the
 *   normalised code, prefixed `PS-` and never shaped like a personal code, so the same person links
 *   across systems) and `<name>_birth_year` (derived from an old-format code before it is dropped);
 * - a property marked `"x-pii": "name"` is dropped; if the contract has no `sex` property, a `sex`
 *   column is derived from the first given-name property (Latvian feminine names end in -a or -e).
 * Entities marked `"x-restricted": true` (ruling texts, the parties the anonymiser needs) are
 * written unchanged to the `restricted` schema instead, which is never a dbt source.
 */
import { createHash } from 'node:crypto';
import type { ColumnSpec } from '../../lib/warehouse/index.ts';
import { contractColumns, type Contract } from '../contracts/index.ts';

export type PiiKind = 'personal_code' | 'name';

/** How one output column is derived from the record. */
export type Derivation =
  | { kind: 'copy'; field: string }
  | { kind: 'pseudonym'; field: string }
  | { kind: 'birth_year'; field: string }
  | { kind: 'sex'; field: string };

export interface Transform {
  /** Output columns (before the load metadata). */
  columns: ColumnSpec[];
  /** For each output column, how it is derived (the SQL load path compiles the same plan). */
  plan: Derivation[];
  /** Maps a validated record to the output values, in `columns` order. */
  apply(record: Record<string, unknown>, out: unknown[]): void;
  restricted: boolean;
}

export function normalisePersonalCode(code: string): string {
  return code.replace(/[\s-]/g, '');
}

const sha256hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** Hex digits 0–9 become the letters g–p, so a pseudonym holds no digit at all. */
export const DIGITS_TO_LETTERS = ['0123456789', 'ghijklmnop'] as const;

/**
 * `PS-` and 20 letters from SHA-256(k ":" SHA-256(k ":" code)): a nested keyed hash (the HMAC
 * construction without the pads), chosen because DuckDB's SQL computes exactly the same value with
 * its built-in sha256(), so the file drop's SQL path and the record-by-record path agree. The hex
 * digits 0–9 are written as g–p: a pseudonym never contains a run of digits that a scanner could
 * take for a personal code.
 */
export function pseudonym(key: Buffer, personalCode: string): string {
  const k = key.toString('utf8');
  const hex = sha256hex(`${k}:${sha256hex(`${k}:${normalisePersonalCode(personalCode)}`)}`).slice(0, 20);
  return `PS-${hex.replace(/[0-9]/g, (d) => DIGITS_TO_LETTERS[1][Number(d)] as string)}`;
}

/** Birth year from an old-format code DDMMYY-CNNNNN (C: 0 → 1800s, 1 → 1900s, 2 → 2000s); null for the post-2017 format. */
export function birthYear(personalCode: string): number | null {
  const c = normalisePersonalCode(personalCode);
  if (!/^\d{11}$/.test(c) || /^3[2-9]/.test(c)) return null;
  const century = { '0': 1800, '1': 1900, '2': 2000 }[c[6] as string];
  return century === undefined ? null : century + Number(c.slice(4, 6));
}

export function sexFromGivenName(name: string): 'F' | 'M' | null {
  const first = name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (!first) return null;
  if (/(a|e)$/.test(first)) return 'F';
  if (/(s|š|is|us)$/.test(first)) return 'M';
  return null;
}

export function buildTransform(contract: Contract, key: Buffer | null): Transform {
  const restricted = contract.schema['x-restricted'] === true;
  const cols = contractColumns(contract);
  const props = contract.schema.properties;
  const columns: ColumnSpec[] = [];
  const plan: Derivation[] = [];
  if (restricted) {
    for (const c of cols) {
      columns.push(c);
      plan.push({ kind: 'copy', field: c.name });
    }
  } else {
    const hasPii = Object.values(props).some((p) => p['x-pii'] !== undefined);
    if (hasPii && !key)
      throw new Error(
        `${contract.source}/${contract.entity}: the contract has personal data but no pseudonym key was given`,
      );
    let sexSource: string | null = null;
    for (const c of cols) {
      const pii = props[c.name]?.['x-pii'] as PiiKind | undefined;
      if (pii === 'personal_code') {
        columns.push(
          { name: `${c.name}_pseudonym`, type: 'text', compression: 'fsst' },
          { name: `${c.name}_birth_year`, type: 'integer' },
        );
        plan.push({ kind: 'pseudonym', field: c.name }, { kind: 'birth_year', field: c.name });
      } else if (pii === 'name') {
        if (
          !sexSource &&
          !props.sex &&
          /first|given|vards|name/i.test(c.name) &&
          !/surname|last|uzvards/i.test(c.name)
        )
          sexSource = c.name;
      } else {
        columns.push(c);
        plan.push({ kind: 'copy', field: c.name });
      }
    }
    if (sexSource) {
      columns.push({ name: 'sex', type: 'text', compression: 'dictionary' });
      plan.push({ kind: 'sex', field: sexSource });
    }
  }
  const steps = plan.map((d): ((r: Record<string, unknown>) => unknown) => {
    const f = d.field;
    switch (d.kind) {
      case 'copy':
        return (r) => r[f] ?? null;
      case 'pseudonym':
        return (r) =>
          typeof r[f] === 'string' && r[f] !== '' ? pseudonym(key as Buffer, r[f] as string) : null;
      case 'birth_year':
        return (r) => (typeof r[f] === 'string' ? birthYear(r[f] as string) : null);
      case 'sex':
        return (r) => (typeof r[f] === 'string' ? sexFromGivenName(r[f] as string) : null);
    }
  });
  return {
    columns,
    plan,
    restricted,
    apply(record, out) {
      for (let i = 0; i < steps.length; i++)
        out[i] = (steps[i] as (r: Record<string, unknown>) => unknown)(record);
    },
  };
}
