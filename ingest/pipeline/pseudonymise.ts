/**
 * Pseudonymisation at ingest. Direct identifiers of persons never reach the warehouse:
 * - a property marked `"x-pii": "personal_code"` becomes `<name>_pseudonym` (a keyed HMAC of the
 *   normalised code, prefixed `PS-` and never shaped like a personal code, so the same person links
 *   across systems) and `<name>_birth_year` (derived from an old-format code before it is dropped);
 * - a property marked `"x-pii": "name"` is dropped; if the contract has no `sex` property, a `sex`
 *   column is derived from the first given-name property (Latvian feminine names end in -a or -e).
 * Entities marked `"x-restricted": true` (ruling texts, the parties the anonymiser needs) are
 * written unchanged to the `restricted` schema instead, which is never a dbt source.
 */
import { createHmac } from 'node:crypto';
import type { ColumnSpec } from '../../lib/warehouse/index.ts';
import { contractColumns, type Contract } from '../contracts/index.ts';

export type PiiKind = 'personal_code' | 'name';

export interface Transform {
  /** Output columns (before the load metadata). */
  columns: ColumnSpec[];
  /** Maps a validated record to the output values, in `columns` order. */
  apply(record: Record<string, unknown>, out: unknown[]): void;
  restricted: boolean;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(buf: Buffer, chars: number): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of buf) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length >= chars) break;
  }
  return out;
}

export function normalisePersonalCode(code: string): string {
  return code.replace(/[\s-]/g, '');
}

export function pseudonym(key: Buffer, personalCode: string): string {
  return `PS-${base32(createHmac('sha256', key).update(normalisePersonalCode(personalCode)).digest(), 16)}`;
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
  if (restricted) {
    return {
      columns: cols,
      restricted,
      apply(record, out) {
        for (let i = 0; i < cols.length; i++) out[i] = record[(cols[i] as ColumnSpec).name] ?? null;
      },
    };
  }
  const props = contract.schema.properties;
  const steps: ((r: Record<string, unknown>, out: unknown[], at: number) => number)[] = [];
  const columns: ColumnSpec[] = [];
  const hasPii = Object.values(props).some((p) => p['x-pii'] !== undefined);
  if (hasPii && !key) throw new Error(`${contract.source}/${contract.entity}: the contract has personal data but no pseudonym key was given`);
  let sexSource: string | null = null;
  for (const c of cols) {
    const pii = props[c.name]?.['x-pii'] as PiiKind | undefined;
    if (pii === 'personal_code') {
      columns.push({ name: `${c.name}_pseudonym`, type: 'text' }, { name: `${c.name}_birth_year`, type: 'integer' });
      const name = c.name;
      steps.push((r, out, at) => {
        const v = r[name];
        out[at] = typeof v === 'string' && v !== '' ? pseudonym(key as Buffer, v) : null;
        out[at + 1] = typeof v === 'string' ? birthYear(v) : null;
        return 2;
      });
    } else if (pii === 'name') {
      if (!sexSource && !props.sex && /first|given|vards|name/i.test(c.name) && !/surname|last|uzvards/i.test(c.name)) sexSource = c.name;
    } else {
      columns.push(c);
      const name = c.name;
      steps.push((r, out, at) => {
        out[at] = r[name] ?? null;
        return 1;
      });
    }
  }
  if (sexSource) {
    columns.push({ name: 'sex', type: 'text' });
    const name = sexSource;
    steps.push((r, out, at) => {
      const v = r[name];
      out[at] = typeof v === 'string' ? sexFromGivenName(v) : null;
      return 1;
    });
  }
  return {
    columns,
    restricted,
    apply(record, out) {
      let at = 0;
      for (const s of steps) at += s(record, out, at);
    },
  };
}
