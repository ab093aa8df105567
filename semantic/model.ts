/**
 * The Cube data model as data: loads semantic/model/cubes/*.yml and semantic/model/views/*.yml
 * (Cube's YAML syntax), resolves member references and renders a member's SQL. Shared by the
 * validator (validate.ts) and the query compiler (query.ts), so both read the definitions exactly
 * as written for the Cube server.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const SEMANTIC_DIR = path.dirname(fileURLToPath(import.meta.url));
export const MODEL_DIR = path.join(SEMANTIC_DIR, 'model');

export type DimensionType = 'string' | 'number' | 'time' | 'boolean';
export type MeasureType = 'count' | 'count_distinct' | 'sum' | 'avg' | 'min' | 'max' | 'number';
export const DIMENSION_TYPES: readonly string[] = ['string', 'number', 'time', 'boolean'];
export const MEASURE_TYPES: readonly string[] = [
  'count',
  'count_distinct',
  'sum',
  'avg',
  'min',
  'max',
  'number',
];

/** Bilingual metadata: English in Cube's own title/description, Latvian (and flags) in `meta`. */
export interface Meta {
  title_lv?: string;
  description_lv?: string;
  /** On views: true when every member may be shown to the public (checked against dbt). */
  public?: boolean;
  /** On cubes: the mart's grain (documentation). */
  grain?: string[];
  /** On dimensions: a pre-computed percentile or median, meaningful only at the mart's grain. */
  grain_only?: boolean;
  [key: string]: unknown;
}

export interface Dimension {
  kind: 'dimension';
  name: string;
  sql: string;
  type: DimensionType;
  primary_key?: boolean;
  public?: boolean;
  title?: string;
  description?: string;
  meta?: Meta;
}

export interface Measure {
  kind: 'measure';
  name: string;
  sql?: string;
  type: MeasureType;
  filters?: { sql: string }[];
  format?: string;
  public?: boolean;
  title?: string;
  description?: string;
  meta?: Meta;
}

export type Member = Dimension | Measure;

export interface Cube {
  name: string;
  sql_table: string;
  public?: boolean;
  title?: string;
  description?: string;
  meta?: Meta;
  dimensions: Dimension[];
  measures: Measure[];
  /** Where it was read from, relative to the semantic folder. */
  file: string;
}

export interface ViewCube {
  join_path: string;
  includes: '*' | (string | { name: string; alias?: string })[];
  excludes?: string[];
  prefix?: boolean;
}

export interface View {
  name: string;
  title?: string;
  description?: string;
  meta?: Meta;
  cubes: ViewCube[];
  file: string;
}

export interface SemanticModel {
  cubes: Cube[];
  views: View[];
  /** Problems found while reading (unparsable YAML, a file without cubes or views). */
  loadErrors: { file: string; message: string }[];
}

function yamlFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries.sort()) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e)) out.push(p);
  }
  return out;
}

function asRecord(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** Reads every cube and view YAML under `dir` (default semantic/model). */
export function loadModel(dir: string = MODEL_DIR): SemanticModel {
  const model: SemanticModel = { cubes: [], views: [], loadErrors: [] };
  const base = path.dirname(dir);
  for (const abs of yamlFiles(dir)) {
    const file = path.relative(base, abs);
    let doc: Record<string, unknown>;
    try {
      doc = asRecord(parse(readFileSync(abs, 'utf8')));
    } catch (err) {
      model.loadErrors.push({ file, message: `not valid YAML: ${(err as Error).message.split('\n')[0]}` });
      continue;
    }
    const cubes = doc.cubes;
    const views = doc.views;
    if (!Array.isArray(cubes) && !Array.isArray(views)) {
      model.loadErrors.push({ file, message: 'has neither a `cubes` nor a `views` list' });
      continue;
    }
    for (const raw of Array.isArray(cubes) ? cubes : []) {
      const c = asRecord(raw);
      model.cubes.push({
        ...(c as object),
        name: String(c.name ?? ''),
        sql_table: String(c.sql_table ?? ''),
        dimensions: (Array.isArray(c.dimensions) ? c.dimensions : []).map(
          (d) => ({ ...asRecord(d), kind: 'dimension' }) as Dimension,
        ),
        measures: (Array.isArray(c.measures) ? c.measures : []).map(
          (m) => ({ ...asRecord(m), kind: 'measure' }) as Measure,
        ),
        file,
      } as Cube);
    }
    for (const raw of Array.isArray(views) ? views : []) {
      const v = asRecord(raw);
      model.views.push({
        ...(v as object),
        name: String(v.name ?? ''),
        cubes: (Array.isArray(v.cubes) ? v.cubes : []).map((x) => asRecord(x) as unknown as ViewCube),
        file,
      } as View);
    }
  }
  return model;
}

export function members(cube: Cube): Member[] {
  return [...cube.dimensions, ...cube.measures];
}

export function findMember(cube: Cube, name: string): Member | undefined {
  return members(cube).find((m) => m.name === name);
}

/** What a view member points at. */
export interface ViewMember {
  /** The member's name in the view (alias, or `<cube>_<member>` with prefix). */
  name: string;
  cube: Cube;
  member: Member;
}

/**
 * The members a view exposes, in order. `includes: "*"` takes every member of the cube that is
 * not `public: false`. Unknown cubes or members are skipped here (the validator reports them).
 */
export function viewMembers(model: SemanticModel, view: View): ViewMember[] {
  const out: ViewMember[] = [];
  for (const vc of view.cubes) {
    const cubeName =
      String(vc.join_path ?? '')
        .split('.')
        .pop() ?? '';
    const cube = model.cubes.find((c) => c.name === cubeName);
    if (!cube) continue;
    const excludes = new Set(vc.excludes ?? []);
    const picked: { name: string; alias?: string }[] =
      vc.includes === '*'
        ? members(cube)
            .filter((m) => m.public !== false)
            .map((m) => ({ name: m.name }))
        : (Array.isArray(vc.includes) ? vc.includes : []).map((i) =>
            typeof i === 'string' ? { name: i } : i,
          );
    for (const p of picked) {
      if (excludes.has(p.name)) continue;
      const member = findMember(cube, p.name);
      if (!member) continue;
      const name = p.alias ?? (vc.prefix ? `${cube.name}_${p.name}` : p.name);
      out.push({ name, cube, member });
    }
  }
  return out;
}

/** A `{…}` reference in member SQL. */
export type SqlRef =
  | { kind: 'column'; column: string; text: string }
  | { kind: 'member'; cube: string | null; member: string; text: string };

/**
 * The references in a member's SQL: `{CUBE}.column` (a column of the cube's table), `{member}`
 * or `{CUBE.member}` (a member of the same cube), `{cube.member}` (another cube's member).
 */
export function sqlRefs(sql: string): SqlRef[] {
  const refs: SqlRef[] = [];
  const re =
    /\{([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?\}(\.("?)([A-Za-z_][A-Za-z0-9_]*)\4)?/g;
  for (const m of sql.matchAll(re)) {
    const [text, first, second, , , column] = m;
    if (first === 'CUBE' && !second) {
      if (column) refs.push({ kind: 'column', column, text });
      else refs.push({ kind: 'column', column: '', text });
    } else if (second) {
      refs.push({ kind: 'member', cube: first === 'CUBE' ? null : (first ?? null), member: second, text });
    } else {
      refs.push({ kind: 'member', cube: null, member: first ?? '', text });
    }
  }
  return refs;
}

/** Identifiers SQL members may use without braces: keywords, type names. Functions are followed by `(`. */
const SQL_WORDS = new Set(
  (
    'and or not null is in as case when then else end cast true false distinct within group order by asc desc ' +
    'filter where between like ilike interval varchar text integer bigint double precision numeric decimal date ' +
    'timestamp boolean real float day month year quarter week hour minute second nulls first last'
  ).split(' '),
);

/** Bare identifiers in member SQL that are neither references, keywords, functions nor literals. */
export function bareIdentifiers(sql: string): string[] {
  const stripped = sql
    .replace(/'(?:[^']|'')*'/g, ' ')
    .replace(/\{[^}]*\}(\.("?)[A-Za-z_][A-Za-z0-9_]*\2)?/g, ' ');
  const out: string[] = [];
  for (const m of stripped.matchAll(/("?)([A-Za-z_][A-Za-z0-9_]*)\1(\s*\()?/g)) {
    const word = m[2] ?? '';
    if (m[3]) continue; // a function call
    if (SQL_WORDS.has(word.toLowerCase())) continue;
    out.push(word);
  }
  return out;
}

export class MemberSqlError extends Error {
  override name = 'MemberSqlError';
}

/** Double-quotes an SQL identifier. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Renders a member of `cube` as SQL over the table aliased `alias`: a dimension as a row
 * expression, a measure as an aggregate expression (number measures with their referenced
 * measures expanded). Throws MemberSqlError for unknown or cyclic references.
 */
export function renderMember(cube: Cube, member: Member, alias: string, seen: string[] = []): string {
  if (seen.includes(member.name)) {
    throw new MemberSqlError(`reference cycle ${[...seen, member.name].join(' → ')}`);
  }
  const chain = [...seen, member.name];
  const expand = (sql: string, allowMeasures: boolean): string =>
    sql.replace(
      /\{([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?\}/g,
      (_text, first: string, second: string | undefined) => {
        if (first === 'CUBE' && !second) return ident(alias);
        if (second && first !== 'CUBE' && first !== cube.name) {
          throw new MemberSqlError(`{${first}.${second}} refers to another cube; this model has no joins`);
        }
        const refName = second ?? first;
        const ref = findMember(cube, refName);
        if (!ref)
          throw new MemberSqlError(
            `{${second ? `${first}.` : ''}${refName}} is not a member of cube ${cube.name}`,
          );
        if (ref.kind === 'measure' && !allowMeasures) {
          throw new MemberSqlError(
            `{${refName}} is a measure; only a measure of type number may refer to measures`,
          );
        }
        return `(${renderMember(cube, ref, alias, chain)})`;
      },
    );
  if (member.kind === 'dimension') return expand(String(member.sql ?? ''), false);
  const type = member.type;
  if (type === 'number') {
    if (!member.sql) throw new MemberSqlError('a measure of type number needs `sql`');
    return expand(member.sql, true);
  }
  const value = member.sql ? expand(member.sql, false) : null;
  const conditions = (member.filters ?? []).map((f) => `(${expand(String(f.sql ?? ''), false)})`);
  const when = conditions.length ? conditions.join(' AND ') : null;
  const guarded = (v: string) => (when ? `CASE WHEN ${when} THEN ${v} END` : v);
  switch (type) {
    case 'count':
      return value ? `COUNT(${guarded(value)})` : when ? `COUNT(CASE WHEN ${when} THEN 1 END)` : 'COUNT(*)';
    case 'count_distinct':
      if (!value) throw new MemberSqlError('a count_distinct measure needs `sql`');
      return `COUNT(DISTINCT ${guarded(value)})`;
    case 'sum':
    case 'avg':
    case 'min':
    case 'max':
      if (!value) throw new MemberSqlError(`a ${type} measure needs \`sql\``);
      return `${type.toUpperCase()}(${guarded(value)})`;
    default:
      throw new MemberSqlError(`measure type ${String(type)} is not supported (${MEASURE_TYPES.join(', ')})`);
  }
}

/**
 * The columns of the cube's table that a member reads, following `{member}` references. Unknown
 * references are ignored here (renderMember and the validator report them).
 */
export function memberColumns(cube: Cube, member: Member, seen: Set<string> = new Set()): Set<string> {
  const cols = new Set<string>();
  if (seen.has(member.name)) return cols;
  seen.add(member.name);
  const sqls = [
    member.sql ?? '',
    ...(member.kind === 'measure' ? (member.filters ?? []).map((f) => f.sql) : []),
  ];
  for (const sql of sqls) {
    for (const ref of sqlRefs(String(sql))) {
      if (ref.kind === 'column') {
        if (ref.column) cols.add(ref.column);
      } else if (ref.cube === null || ref.cube === cube.name) {
        const target = findMember(cube, ref.member);
        if (target) for (const c of memberColumns(cube, target, seen)) cols.add(c);
      }
    }
  }
  return cols;
}

/** `marts.case_flow` → `case_flow` (the snapshot's view name). */
export function tableName(sqlTable: string): string {
  return sqlTable.split('.').pop() ?? sqlTable;
}
