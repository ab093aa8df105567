/**
 * The file drop's SQL load path (DuckDB warehouse only): one INSERT … SELECT per file, in which
 * DuckDB reads the file, checks every record against the contract, pseudonymises, hashes and
 * appends it to the raw table, in one streaming pass. It is optimistic:
 * it takes a file only when EVERY record passes every check the record-by-record path makes
 * (ingest/contracts/validate.ts, ingest/pipeline/pseudonymise.ts) and its rows come out the same;
 * otherwise it declines and the caller loads the file record by record, which quarantines each
 * broken line with its line number. So a broken line always reaches quarantine, and a file with one
 * bad line still loads its good lines.
 *
 * How "the same" is made sure for NDJSON: each line is read as text (read_csv with one column),
 * parsed once (json_transform into the contract's columns in contract order) and written back
 * (to_json) as it is read; the line must equal what was written back. That proves the line is exactly the compact
 * JSON of an object with the contract's keys, in contract order, each of its JSON type, with no
 * extra or missing key, no duplicate key, no trailing comma, NaN or other leniency of DuckDB's JSON
 * reader — so JSON.parse reads the same values. Whole-number JSON numbers are kept as their text
 * (`12`, not `12.0`). A deletion line is `{"_op":"delete",<key fields>}` exactly. Lines written by
 * other tools (spaces, other key order) are loaded record by record: correct, only slower.
 *
 * Everything a contract may say is either compiled here or makes the entity ineligible
 * (`ineligible` explains), so a contract feature added later cannot be skipped silently.
 */
import type { Classifier } from '../../../classifiers/registry/types.ts';
import {
  DUCKDB_TYPES,
  quoteIdent,
  sqlString,
  type ColumnSpec,
  type WarehouseSession,
} from '../../../lib/warehouse/index.ts';
import { contractColumns, type JsonSchemaProperty } from '../../contracts/index.ts';
import { DIGITS_TO_LETTERS, type Derivation } from '../../pipeline/pseudonymise.ts';
import { recordHashSql, type Loader } from '../../pipeline/batch.ts';

type Kind = 'string' | 'integer' | 'number' | 'boolean';

interface Field {
  name: string;
  kind: Kind;
  nullable: boolean;
  p: JsonSchemaProperty;
}

export interface SqlLoadPlan {
  fields: Field[];
  key: string[];
  loader: Loader;
  classifiers: Map<string, Set<string>>;
}

const PROPERTY_KEYWORDS = new Set([
  'type',
  'description',
  'title',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
]);
const SCHEMA_KEYWORDS = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'type',
  'additionalProperties',
  'required',
  'properties',
]);
/** Patterns whose meaning is the same in JavaScript (ajv) and RE2 (DuckDB): literals, classes, counts, anchors. */
const SAFE_PATTERN = /^(?:[\^$A-Za-z0-9_:,\-{}+*?|/ ]|\\[d.\-]|\[(?:[A-Za-z0-9_.:\-^ ]|\\[d.\-])+\])*$/;
const MAX_SAFE = 9007199254740991;
const D2 = '[0-9][0-9]';
const D3 = `[0-9]${D2}`;
const D4 = `${D2}${D2}`;

/** The SQL plan of a loader, or why its contract cannot be checked in SQL. */
export function planSqlLoad(
  loader: Loader,
  classifiers: Map<string, Classifier>,
): SqlLoadPlan | { ineligible: string } {
  const { contract, transform } = loader;
  const schema = contract.schema;
  for (const k of Object.keys(schema))
    if (!SCHEMA_KEYWORDS.has(k) && !k.startsWith('x-')) return { ineligible: `schema keyword ${k}` };
  if (schema.type !== 'object') return { ineligible: 'the schema is not an object' };
  const fields: Field[] = [];
  const codes = new Map<string, Set<string>>();
  for (const [name, p] of Object.entries(schema.properties)) {
    // `ordinality` is the record number's column while the file is read (sourceSql)
    if (!/^[a-z_][a-z0-9_]*$/.test(name) || name === 'ordinality')
      return { ineligible: `property name ${name}` };
    for (const k of Object.keys(p))
      if (!PROPERTY_KEYWORDS.has(k) && !k.startsWith('x-')) return { ineligible: `${name}: keyword ${k}` };
    const types = Array.isArray(p.type) ? p.type : [p.type];
    const nullable = types.includes('null');
    const rest = types.filter((t) => t !== 'null');
    const kind = rest[0] as Kind | undefined;
    if (rest.length !== 1 || !kind || !['string', 'integer', 'number', 'boolean'].includes(kind))
      return { ineligible: `${name}: type ${JSON.stringify(p.type)}` };
    if (p.format !== undefined && (kind !== 'string' || !['date', 'date-time'].includes(p.format)))
      return { ineligible: `${name}: format ${p.format}` };
    if (p.pattern !== undefined && (kind !== 'string' || !SAFE_PATTERN.test(String(p.pattern))))
      return { ineligible: `${name}: pattern ${String(p.pattern)}` };
    for (const k of ['minLength', 'maxLength'] as const)
      if (p[k] !== undefined && (kind !== 'string' || !Number.isInteger(p[k])))
        return { ineligible: `${name}: ${k}` };
    for (const k of ['minimum', 'maximum'] as const)
      if (p[k] !== undefined && (!['integer', 'number'].includes(kind) || typeof p[k] !== 'number'))
        return { ineligible: `${name}: ${k}` };
    const cid = p['x-classifier'];
    if (cid !== undefined) {
      const c = typeof cid === 'string' ? classifiers.get(cid) : undefined;
      if (!c || kind === 'number') return { ineligible: `${name}: classifier ${String(cid)}` };
      codes.set(name, new Set(c.items.map((i) => i.code)));
    }
    fields.push({ name, kind, nullable, p });
  }
  const key = schema['x-primary-key'];
  const copied = new Set(transform.plan.filter((d) => d.kind === 'copy').map((d) => d.field));
  if (key.length === 0 || key.some((k) => !copied.has(k)))
    return { ineligible: 'a key field is not a column of its own' };
  return { fields, key, loader, classifiers: codes };
}

const jsonType = (f: Field) =>
  f.kind === 'string'
    ? 'VARCHAR'
    : f.kind === 'integer'
      ? 'BIGINT'
      : f.kind === 'number'
        ? 'JSON'
        : 'BOOLEAN';

/** The typed value of a field (VARCHAR for strings, BIGINT, DOUBLE, BOOLEAN) from the parsed line. */
function value(f: Field, from: 'ndjson' | 'csv'): { expr: string; checks: string[] } {
  const q = quoteIdent(f.name);
  const checks: string[] = [];
  if (from === 'ndjson') {
    if (f.kind !== 'number') return { expr: `u.${q}`, checks };
    const text = `CAST(u.${q} AS VARCHAR)`;
    checks.push(
      `(${text} IS NULL OR regexp_full_match(${text}, '-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?'))`,
    );
    return { expr: `TRY_CAST(${text} AS DOUBLE)`, checks };
  }
  // CSV: values are text; the record-by-record path types them as csvCoercer does.
  const c = `s.${q}`;
  if (f.kind === 'string')
    return { expr: c, checks: [`(${c} IS NULL OR NOT regexp_matches(${c}, '[\\r\\n"]'))`] };
  if (f.kind === 'boolean') {
    checks.push(`(${c} IS NULL OR ${c} IN ('true', 'false'))`);
    return { expr: `CAST(${c} AS BOOLEAN)`, checks };
  }
  const blank = `(${c} IS NULL OR trim(${c}) = '')`;
  const re = f.kind === 'integer' ? '-?[0-9]{1,15}' : '-?[0-9]{1,15}(\\.[0-9]{1,15})?';
  checks.push(`(${blank} OR regexp_full_match(${c}, '${re}'))`);
  return {
    expr: `CASE WHEN ${blank} THEN NULL ELSE TRY_CAST(${c} AS ${f.kind === 'integer' ? 'BIGINT' : 'DOUBLE'}) END`,
    checks,
  };
}

/** The checks validate.ts makes on one field's typed value `v`. */
function fieldChecks(plan: SqlLoadPlan, f: Field, v: string): string[] {
  const out: string[] = [];
  const p = f.p;
  if (!f.nullable) out.push(`${v} IS NOT NULL`);
  const orNull = (c: string) => out.push(`(${v} IS NULL OR ${c})`);
  if (p.pattern !== undefined) orNull(`regexp_matches(${v}, ${sqlString(String(p.pattern))})`);
  if (typeof p.minLength === 'number') orNull(`length(${v}) >= ${p.minLength}`);
  if (typeof p.maxLength === 'number') orNull(`length(${v}) <= ${p.maxLength}`);
  // GLOB (one byte per bracket, whole string) costs half a regular expression; the cast checks
  // the calendar. The hour is kept below 24: of the hours 24-29 the GLOB lets through, DuckDB
  // casts only 24:00:00 (to the next midnight), which `suffix` refuses without a substring.
  if (p.format === 'date') orNull(`(${v} GLOB '${D4}-${D2}-${D2}' AND ${cast(f.name)} IS NOT NULL)`);
  if (p.format === 'date-time')
    orNull(
      `(${v} GLOB '[1-9]${D3}-${D2}-${D2}T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z'` +
        ` AND NOT suffix(${v}, 'T24:00:00Z') AND ${cast(f.name)} IS NOT NULL)`,
    );
  if (typeof p.minimum === 'number') orNull(`${v} >= ${p.minimum}`);
  if (typeof p.maximum === 'number') orNull(`${v} <= ${p.maximum}`);
  if (f.kind === 'integer') orNull(`abs(${v}) <= ${MAX_SAFE}`);
  if (f.kind === 'number') orNull(`isfinite(${v})`);
  const codes = plan.classifiers.get(f.name);
  if (codes) orNull(`CAST(${v} AS VARCHAR) IN (${[...codes].map(sqlString).join(', ') || 'NULL'})`);
  const pii = p['x-pii'];
  if (!plan.loader.transform.restricted && pii === 'personal_code')
    orNull(`NOT regexp_matches(${v}, '[^\\x01-\\x7F]')`); // JavaScript's \s beyond ASCII
  // only the name a sex is derived from is read (its first word); other names are dropped unread
  if (plan.loader.transform.plan.some((d) => d.kind === 'sex' && d.field === f.name))
    orNull(
      `NOT regexp_matches(${v}, '[\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]')`,
    );
  return out;
}

const WS = '\\t\\n\\x0B\\f\\r ';

/** Names of the middle layer's columns: a field cast to its column type, a normalised personal code, a name's last letter. */
const cast = (f: string) => `c_${f}`;
const norm = (f: string) => `n_${f}`;
const last = (f: string) => `l_${f}`;

/**
 * Per field, what the middle layer computes once from the typed value `v_<field>`: the cast to a
 * date or timestamp column, the personal code without spaces and dashes (JavaScript's \s within
 * ASCII; other characters are refused by the checks), the last letter of a given name's first word.
 */
function middle(plan: SqlLoadPlan): string[] {
  const out: string[] = [];
  const cols = new Map(contractColumns(plan.loader.contract).map((c) => [c.name, c.type]));
  for (const f of plan.fields) {
    const t = cols.get(f.name);
    if (t === 'date' || t === 'timestamp')
      out.push(`TRY_CAST(v_${f.name} AS ${DUCKDB_TYPES[t]}) AS ${cast(f.name)}`);
  }
  for (const d of plan.loader.transform.plan) {
    if (d.kind === 'pseudonym')
      out.push(`regexp_replace(v_${d.field}, '[${WS}-]', '', 'g') AS ${norm(d.field)}`);
    if (d.kind === 'sex')
      out.push(`right(regexp_extract(v_${d.field}, '^[${WS}]*([^${WS}]*)', 1), 1) AS ${last(d.field)}`);
  }
  return out;
}

/** One output column as pseudonymise.ts derives it; `$1` is the key followed by ':'. */
function derive(d: Derivation, col: ColumnSpec): string {
  const f = d.field;
  const x = `v_${f}`;
  const n = norm(f);
  switch (d.kind) {
    case 'copy':
      return col.type === 'date' || col.type === 'timestamp' ? cast(f) : x;
    case 'pseudonym':
      return `CASE WHEN ${x} <> '' THEN 'PS-' || translate(left(sha256($1 || sha256($1 || ${n})), 20), '${DIGITS_TO_LETTERS[0]}', '${DIGITS_TO_LETTERS[1]}') END`;
    case 'birth_year':
      // 11 digits, not the post-2017 format (32…39…); century from the 7th digit.
      return `CASE WHEN regexp_full_match(${n}, '([0-2][0-9]|3[01])[0-9]{9}')
        THEN CAST(CASE substr(${n}, 7, 1) WHEN '0' THEN 1800 WHEN '1' THEN 1900 WHEN '2' THEN 2000 END + CAST(substr(${n}, 5, 2) AS INTEGER) AS INTEGER) END`;
    case 'sex':
      return `CASE WHEN ${last(f)} IN ('a', 'A', 'e', 'E') THEN 'F' WHEN ${last(f)} IN ('s', 'S', 'š', 'Š') THEN 'M' END`;
  }
}

export interface SqlSource {
  kind: 'ndjson' | 'csv';
  file: string;
  /** CSV: the header's column names, in file order (the file's first line). */
  header?: string[];
}

/**
 * The longest line the SQL path reads. DuckDB's CSV reader holds buffers of 16 times this size per
 * scan, inside the warehouse's memory limit (two lanes scan at once): 2 MiB lines mean 32 MiB
 * buffers. A file with a longer line (a ruling text of more than 2 MiB, some 300 pages) is
 * declined and loaded record by record, which takes lines of any length.
 */
export const MAX_SQL_LINE_BYTES = 2 * 1024 * 1024;

/** The JSON structure json_transform reads an upsert line (`u`) and a deletion line (`d`) into. */
function ndjsonStructs(plan: SqlLoadPlan): { upsert: string; deletion: string } {
  const byName = new Map(plan.fields.map((f) => [f.name, f]));
  return {
    upsert: `{${plan.fields.map((f) => `"${f.name}":"${jsonType(f)}"`).join(',')}}`,
    deletion: `{"_op":"VARCHAR",${plan.key.map((k) => `"${k}":"${jsonType(byName.get(k) as Field)}"`).join(',')}}`,
  };
}

/**
 * The compact JSON of a parsed line, as text. As text: `to_json` returns JSON, and comparing JSON
 * with the VARCHAR line casts the line to JSON, which parses it a second time only to compare the
 * same bytes (about 7 % of a 2M ingest's CPU: 97-99 CPU-s before, 91-92 after).
 */
const written = (struct: 'u' | 'd') => `CAST(to_json(${struct}) AS VARCHAR)`;

/**
 * The file's records in file order, `n` numbering them from 1: CSV one text column per header
 * field; NDJSON each line parsed into `u` (upsert) or `d` (deletion) and `_json_ok`, whether the
 * line equals its compact form (the line itself is not kept). `WITH ORDINALITY` numbers the
 * records as they are read, so the scan is one thread: `elieta ingest` keeps both cores busy with
 * two files at a time, and reading, checking and writing in one pass costs a fifth less than
 * copying the file to a temporary table in parallel first.
 */
function sourceSql(plan: SqlLoadPlan, src: SqlSource): string {
  const common = `header = false, auto_detect = false, strict_mode = true, max_line_size = ${MAX_SQL_LINE_BYTES}`;
  if (src.kind === 'ndjson') {
    const { upsert, deletion } = ndjsonStructs(plan);
    return `SELECT n, u, d,
        CASE WHEN u IS NOT NULL THEN ${written('u')} = line WHEN d IS NOT NULL THEN d._op = 'delete' AND ${written('d')} = line ELSE false END AS _json_ok
      FROM (SELECT ordinality AS n, line,
          CASE WHEN NOT starts_with(line, '{"_op":') THEN json_transform(line, ${sqlString(upsert)}) END AS u,
          CASE WHEN starts_with(line, '{"_op":') THEN json_transform(line, ${sqlString(deletion)}) END AS d
        FROM read_csv(${sqlString(src.file)}, columns = {'line': 'VARCHAR'},
          delim = '\\x01', quote = '', escape = '', new_line = '\\n', ${common}) WITH ORDINALITY)`;
  }
  const cols = (src.header ?? []).map((h) => `${sqlString(h)}: 'VARCHAR'`).join(', ');
  return `SELECT ordinality AS n, * EXCLUDE (ordinality) FROM read_csv(${sqlString(src.file)}, columns = {${cols}},
      delim = ',', quote = '"', escape = '"', skip = 1, allow_quoted_nulls = false,
      null_padding = false, ${common}) WITH ORDINALITY`;
}

/**
 * The SELECT that reads a file and yields, per record, the raw table's columns but
 * `_record_hash`; it raises the error DECLINED at the first record that fails a check. `$1` is the
 * pseudonym key followed by ':'.
 */
export function selectSql(
  plan: SqlLoadPlan,
  src: SqlSource,
  meta: { batchId: string; loadedAt: string; where: string },
): string {
  const { loader, fields, key } = plan;
  const vals = new Map<string, string>();
  const checks: string[] = [];
  let body: string;
  let firstLine: number;
  let isDelete: string;
  const typedChecks: string[] = [];
  if (src.kind === 'ndjson') {
    firstLine = 1;
    body = `(${sourceSql(plan, src)})`;
    isDelete = 'd IS NOT NULL';
    checks.push('_json_ok'); // computed as the line is read (sourceSql)
    for (const f of fields) {
      const { expr, checks: c } = value(f, 'ndjson');
      const q = quoteIdent(f.name);
      vals.set(f.name, key.includes(f.name) ? `coalesce(u.${q}, d.${q})` : expr);
      typedChecks.push(...c);
    }
  } else {
    firstLine = 2;
    const header = src.header ?? [];
    body = `(${sourceSql(plan, src)})`;
    isDelete = 'false';
    for (const f of fields) {
      if (!header.includes(f.name)) {
        vals.set(f.name, 'NULL');
        continue;
      }
      const { expr, checks: c } = value(f, 'csv');
      vals.set(f.name, expr);
      typedChecks.push(...c);
    }
  }
  const v = (name: string) => `v_${name}`;
  const inner = `SELECT n, ${isDelete} AS _del, ${checks.length ? checks.join(' AND ') : 'true'} AS _json_ok,
      ${typedChecks.length ? typedChecks.join(' AND ') : 'true'} AS _typed_ok,
      ${fields.map((f) => `${vals.get(f.name)} AS ${v(f.name)}`).join(',\n      ')}
    FROM ${body} s`;
  const mid = `SELECT *, ${['true AS _mid', ...middle(plan)].join(', ')} FROM (${inner}) i`;
  const upsertChecks = fields.flatMap((f) => fieldChecks(plan, f, v(f.name)));
  const keyChecks = key.map((k) => `${v(k)} IS NOT NULL`);
  const ok = `_json_ok AND _typed_ok AND ${keyChecks.join(' AND ')} AND (_del OR (${upsertChecks.join(' AND ') || 'true'}))`;
  const cols = loader.transform.columns;
  // A deletion line has no parsed record (u is NULL): every column but the key comes out NULL.
  const outputs = loader.transform.plan.map(
    (d, i) => `${derive(d, cols[i] as ColumnSpec)} AS ${quoteIdent((cols[i] as ColumnSpec).name)}`,
  );
  return `SELECT ${outputs.join(',\n    ')},
    ${sqlString(meta.batchId)} AS _batch_id,
    CAST(${sqlString(meta.loadedAt)} AS TIMESTAMP) AS _loaded_at,
    n + ${firstLine - 1} AS _source_position,
    CASE WHEN _del THEN 'delete' ELSE 'upsert' END AS _op
  FROM (${mid}) t
  WHERE CASE WHEN coalesce(${ok}, false) THEN true ELSE error('${DECLINED}') END`;
}

/** The message of the SQL error that stops the load at the first record that fails a check. */
export const DECLINED = 'a record does not pass the contract';

/**
 * Reads the file and appends every record to the raw table in one statement, inside the caller's
 * transaction, with the record hash computed by recordHashSql. It fails (and the caller rolls
 * back) at the first record that does not pass every check, or when DuckDB cannot read the file as
 * the contract says. Returns the number of records appended.
 */
export async function insertFile(
  tx: WarehouseSession,
  plan: SqlLoadPlan,
  src: SqlSource,
  meta: { batchId: string; loadedAt: string; where: string },
  keyParam: string,
): Promise<number> {
  const { loader } = plan;
  const usesKey = loader.transform.plan.some((d) => d.kind === 'pseudonym');
  const cols = loader.table.columns.map((c) => quoteIdent(c.name));
  const raw = `${quoteIdent(loader.table.schema)}.${quoteIdent(loader.table.name)}`;
  const sql = `INSERT INTO ${raw} (${cols.join(', ')})
    SELECT ${cols.map((c) => (c === '"_record_hash"' ? `${recordHashSql(loader, tx.kind, 's')} AS ${c}` : `s.${c}`)).join(', ')}
    FROM (${selectSql(plan, src, meta)}) s`;
  const rows = await tx.query<{ Count?: number | bigint }>(sql, usesKey ? [`${keyParam}:`] : undefined);
  return Number(rows[0]?.Count ?? 0);
}
