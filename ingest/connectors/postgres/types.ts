/**
 * PostgreSQL values to the JSON values of a contract, and contract properties to PostgreSQL
 * column types (used by the PDIS database simulator). The source pool has its own type parsers
 * (never the process-wide ones the warehouse sets): dates stay `YYYY-MM-DD`, timestamps become ISO
 * 8601 in UTC with `Z` (the session runs in UTC; trailing zero fractions dropped), numerics and
 * bigints become numbers, json/jsonb are parsed.
 */
import pg from 'pg';
import type { JsonSchemaProperty } from '../../contracts/index.ts';

const OID = { int8: 20, numeric: 1700, date: 1082, timestamp: 1114, timestamptz: 1184, time: 1083 } as const;

/** `2024-01-15 10:00:00.120000+00` or `2024-01-15 10:00:00` → `2024-01-15T10:00:00.12Z`. */
export function isoTimestamp(text: string): string {
  const m = /^(\d{4,}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d+)?(?:[+-]00(?::?00)?)?$/.exec(text);
  if (!m) return text; // infinity, BC dates or an offset other than UTC: left as text; the contract rejects it
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  return `${m[1]}T${m[2]}${fraction === '.' ? '' : fraction}Z`;
}

function toNumber(text: string): number | string {
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}

export const sourceTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => {
    switch (oid) {
      case OID.date:
      case OID.time:
        return (v: string) => v;
      case OID.timestamp:
      case OID.timestamptz:
        return isoTimestamp;
      case OID.int8:
      case OID.numeric:
        return toNumber;
      default:
        return pg.types.getTypeParser(oid, (format ?? 'text') as 'text');
    }
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/** A pool for reading a source database: UTC session, our own type parsers, a name in pg_stat_activity. */
export function sourcePool(url: string, max = 2): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types: sourceTypes,
    options: '-c TimeZone=UTC',
    application_name: 'elieta-ingest',
  });
  // An idle connection dropped by the server (restart, admin command) must not crash the process;
  // the next query gets a fresh connection or fails with the reason.
  pool.on('error', () => undefined);
  return pool;
}

/** The PostgreSQL column type for a contract property. */
export function pgColumnType(p: JsonSchemaProperty): string {
  const types = Array.isArray(p.type) ? p.type : [p.type];
  if (types.includes('integer')) return 'bigint';
  if (types.includes('number')) return 'numeric';
  if (types.includes('boolean')) return 'boolean';
  if (types.includes('object') || types.includes('array')) return 'jsonb';
  if (p.format === 'date') return 'date';
  if (p.format === 'date-time') return 'timestamptz';
  return 'text';
}

export function safeUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
