/**
 * Checks the Cube data model against the dbt project's marts, without a Cube server:
 * - every cube's `sql_table` is a mart (`marts.<model>` declared in marts/*.yml, or in a dbt
 *   manifest), and every column a dimension, measure or measure filter reads exists in it;
 * - member SQL uses only `{CUBE}.column`, `{member}` references to existing members, SQL keywords
 *   and functions; then each member is bound by DuckDB against empty tables with the marts'
 *   declared column types, which catches typos, type errors and unknown functions;
 * - names, types, primary keys and bilingual titles (English in `title`, Latvian in `meta.title_lv`);
 * - views include existing cubes and members, without name clashes;
 * - a view with `meta.public: true` exposes no member that reads a column the mart's dbt column
 *   meta does not mark `public: true`.
 * Every issue names the file, the cube or view and the member.
 *
 *   npx tsx semantic/validate.ts [--manifest $ELIETA_HOME/dbt/target/manifest.json]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../lib/config.ts';
import {
  DIMENSION_TYPES,
  MEASURE_TYPES,
  bareIdentifiers,
  findMember,
  ident,
  loadModel,
  memberColumns,
  members,
  renderMember,
  sqlRefs,
  viewMembers,
  type Cube,
  type Member,
  type SemanticModel,
  type View,
} from './model.ts';

export interface MartColumn {
  name: string;
  /** The dbt `data_type` (e.g. text, bigint, date, double precision). */
  type: string;
  public: boolean;
}

export interface Mart {
  name: string;
  columns: Map<string, MartColumn>;
}

export interface Issue {
  level: 'error' | 'warning';
  file: string;
  /** `cube <name>` or `view <name>`, when the issue is about one. */
  subject?: string;
  member?: string;
  message: string;
}

export function formatIssue(i: Issue): string {
  const where = [i.file, i.subject, i.member ? `member ${i.member}` : undefined].filter(Boolean).join(': ');
  return `${i.level}: ${where}: ${i.message}`;
}

export class SemanticValidationError extends Error {
  override name = 'SemanticValidationError';
  constructor(readonly issues: Issue[]) {
    super(`the semantic model has ${issues.length} error(s):\n${issues.map(formatIssue).join('\n')}`);
  }
}

function record(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function isPublic(col: Record<string, unknown>): boolean {
  // dbt ≥1.10 puts column meta under `config.meta`; older projects write `meta` directly.
  const meta = { ...record(col.meta), ...record(record(col.config).meta) };
  return meta.public === true;
}

/** The marts declared in marts/*.yml (one `models:` list per file). */
export function loadMartsFromYaml(dir: string = path.join(PROJECT_ROOT, 'marts')): Map<string, Mart> {
  const marts = new Map<string, Mart>();
  for (const f of readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const doc = record(parse(readFileSync(path.join(dir, f), 'utf8')));
    for (const raw of Array.isArray(doc.models) ? doc.models : []) {
      const m = record(raw);
      const columns = new Map<string, MartColumn>();
      for (const c of Array.isArray(m.columns) ? m.columns : []) {
        const col = record(c);
        const name = String(col.name);
        columns.set(name, { name, type: String(col.data_type ?? 'text'), public: isPublic(col) });
      }
      marts.set(String(m.name), { name: String(m.name), columns });
    }
  }
  return marts;
}

/** The models of schema `marts` in a dbt manifest.json (e.g. $ELIETA_HOME/dbt/target/manifest.json). */
export function loadMartsFromManifest(file: string): Map<string, Mart> {
  const manifest = record(JSON.parse(readFileSync(file, 'utf8')));
  const marts = new Map<string, Mart>();
  for (const raw of Object.values(record(manifest.nodes))) {
    const node = record(raw);
    if (node.resource_type !== 'model' || node.schema !== 'marts') continue;
    const columns = new Map<string, MartColumn>();
    for (const c of Object.values(record(node.columns))) {
      const col = record(c);
      const name = String(col.name);
      columns.set(name, { name, type: String(col.data_type ?? 'text'), public: isPublic(col) });
    }
    marts.set(String(node.name), { name: String(node.name), columns });
  }
  return marts;
}

const NAME = /^[a-z][a-z0-9_]*$/;
const CUBE_META_KEYS = new Set(['title_lv', 'description_lv', 'grain']);
const VIEW_META_KEYS = new Set(['title_lv', 'description_lv', 'public']);
const MEMBER_META_KEYS = new Set(['title_lv', 'description_lv', 'grain_only']);

/** dbt data types → DuckDB types for the empty tables the member SQL is bound against. */
function duckType(dbtType: string): string {
  const t = dbtType.toLowerCase();
  if (/^(text|varchar|character varying|string)/.test(t)) return 'VARCHAR';
  if (/^(double|float|real|numeric|decimal)/.test(t)) return 'DOUBLE';
  if (/^(bigint|integer|int|smallint)/.test(t))
    return t.startsWith('integer') || t === 'int' ? 'INTEGER' : 'BIGINT';
  if (/^timestamp/.test(t)) return 'TIMESTAMP';
  if (/^date$/.test(t)) return 'DATE';
  if (/^bool/.test(t)) return 'BOOLEAN';
  return 'VARCHAR';
}

function checkMeta(
  issues: Issue[],
  base: Omit<Issue, 'message' | 'level'>,
  meta: unknown,
  allowed: Set<string>,
): void {
  for (const key of Object.keys(record(meta))) {
    if (!allowed.has(key)) {
      issues.push({
        ...base,
        level: 'error',
        message: `meta has unknown key "${key}" (allowed: ${[...allowed].join(', ')}); a comma in an unquoted flow mapping splits the value`,
      });
    }
  }
}

function checkTitles(
  issues: Issue[],
  base: Omit<Issue, 'message' | 'level'>,
  thing: { title?: unknown; description?: unknown; meta?: unknown },
  needDescription: boolean,
): void {
  const meta = record(thing.meta);
  if (typeof thing.title !== 'string' || !thing.title.trim())
    issues.push({ ...base, level: 'error', message: 'has no English `title`' });
  if (typeof meta.title_lv !== 'string' || !meta.title_lv.trim())
    issues.push({ ...base, level: 'error', message: 'has no Latvian `meta.title_lv`' });
  if (needDescription) {
    if (typeof thing.description !== 'string' || !thing.description.trim())
      issues.push({ ...base, level: 'error', message: 'has no English `description`' });
    if (typeof meta.description_lv !== 'string' || !meta.description_lv.trim())
      issues.push({ ...base, level: 'error', message: 'has no Latvian `meta.description_lv`' });
  }
}

function checkCube(cube: Cube, marts: Map<string, Mart>, issues: Issue[]): Mart | null {
  const subject = `cube ${cube.name}`;
  const at = { file: cube.file, subject };
  if (!NAME.test(cube.name))
    issues.push({ ...at, level: 'error', message: `name "${cube.name}" is not snake_case` });
  if ((cube as unknown as Record<string, unknown>).sql !== undefined) {
    issues.push({
      ...at,
      level: 'error',
      message: 'uses `sql`; cubes over marts use `sql_table: marts.<model>`',
    });
  }
  checkTitles(issues, at, cube, true);
  checkMeta(issues, at, cube.meta, CUBE_META_KEYS);
  if (cube.public !== false)
    issues.push({
      ...at,
      level: 'error',
      message: 'cubes stay `public: false`; analysts and BI tools use views',
    });
  const m = /^marts\.([a-z0-9_]+)$/.exec(cube.sql_table);
  const mart = m ? marts.get(m[1] ?? '') : undefined;
  if (!m)
    issues.push({
      ...at,
      level: 'error',
      message: `sql_table "${cube.sql_table}" is not of the form marts.<model>`,
    });
  else if (!mart) {
    issues.push({
      ...at,
      level: 'error',
      message: `sql_table ${cube.sql_table} is not a mart (marts: ${[...marts.keys()].sort().join(', ')})`,
    });
  }
  const seen = new Set<string>();
  for (const member of members(cube)) {
    const mat = { ...at, member: member.name };
    if (!NAME.test(member.name)) mat.member = member.name || '(unnamed)';
    if (!NAME.test(member.name))
      issues.push({ ...mat, level: 'error', message: 'member name is not snake_case' });
    if (seen.has(member.name)) issues.push({ ...mat, level: 'error', message: 'is defined twice' });
    seen.add(member.name);
    checkTitles(issues, mat, member, false);
    checkMeta(issues, mat, member.meta, MEMBER_META_KEYS);
    if (member.kind === 'dimension') {
      if (!DIMENSION_TYPES.includes(member.type))
        issues.push({
          ...mat,
          level: 'error',
          message: `dimension type "${member.type}" is not one of ${DIMENSION_TYPES.join(', ')}`,
        });
      if (!member.sql) issues.push({ ...mat, level: 'error', message: 'dimension has no `sql`' });
    } else if (!MEASURE_TYPES.includes(member.type)) {
      issues.push({
        ...mat,
        level: 'error',
        message: `measure type "${member.type}" is not one of ${MEASURE_TYPES.join(', ')}`,
      });
    }
    const sqls = [
      member.sql ?? '',
      ...(member.kind === 'measure' ? (member.filters ?? []).map((f) => String(f.sql ?? '')) : []),
    ];
    for (const sql of sqls) {
      for (const ref of sqlRefs(sql)) {
        if (ref.kind === 'column') {
          if (!ref.column)
            issues.push({ ...mat, level: 'error', message: `${ref.text} must be followed by .<column>` });
          else if (mart && !mart.columns.has(ref.column)) {
            issues.push({
              ...mat,
              level: 'error',
              message: `column ${ref.column} does not exist in ${cube.sql_table}`,
            });
          }
        } else if (ref.cube !== null && ref.cube !== cube.name) {
          issues.push({
            ...mat,
            level: 'error',
            message: `${ref.text} refers to cube ${ref.cube}; this model has no joins`,
          });
        } else {
          const target = findMember(cube, ref.member);
          if (!target)
            issues.push({
              ...mat,
              level: 'error',
              message: `${ref.text} is not a member of cube ${cube.name}`,
            });
          else if (
            target.kind === 'measure' &&
            !(member.kind === 'measure' && member.type === 'number' && sql === member.sql)
          ) {
            issues.push({
              ...mat,
              level: 'error',
              message: `${ref.text} is a measure; only the sql of a number measure may refer to measures`,
            });
          }
        }
      }
      for (const word of bareIdentifiers(sql)) {
        issues.push({
          ...mat,
          level: 'error',
          message: mart?.columns.has(word)
            ? `bare column "${word}": write {CUBE}.${word}`
            : `unknown identifier "${word}" (not a column of ${cube.sql_table}, a member reference or an SQL keyword)`,
        });
      }
    }
    try {
      renderMember(cube, member, cube.name);
    } catch (err) {
      issues.push({ ...mat, level: 'error', message: (err as Error).message });
    }
  }
  const pks = cube.dimensions.filter((d) => d.primary_key === true);
  if (pks.length === 0)
    issues.push({ ...at, level: 'error', message: 'has no dimension with `primary_key: true`' });
  return mart ?? null;
}

function checkView(view: View, model: SemanticModel, marts: Map<string, Mart>, issues: Issue[]): void {
  const at = { file: view.file, subject: `view ${view.name}` };
  if (!NAME.test(view.name))
    issues.push({ ...at, level: 'error', message: `name "${view.name}" is not snake_case` });
  checkTitles(issues, at, view, true);
  checkMeta(issues, at, view.meta, VIEW_META_KEYS);
  const audience = record(view.meta).public;
  if (typeof audience !== 'boolean') {
    issues.push({
      ...at,
      level: 'error',
      message: '`meta.public` must say true (may be shown to the public) or false (internal)',
    });
  }
  if (view.cubes.length === 0) issues.push({ ...at, level: 'error', message: 'includes no cubes' });
  for (const vc of view.cubes) {
    const jp = String(vc.join_path ?? '');
    if (jp.includes('.')) {
      issues.push({
        ...at,
        level: 'error',
        message: `join_path ${jp} needs joins; the cubes over marts have none`,
      });
      continue;
    }
    const cube = model.cubes.find((c) => c.name === jp);
    if (!cube) {
      issues.push({
        ...at,
        level: 'error',
        message: `join_path ${jp} is not a cube (cubes: ${model.cubes.map((c) => c.name).join(', ')})`,
      });
      continue;
    }
    const listed =
      vc.includes === '*'
        ? []
        : Array.isArray(vc.includes)
          ? vc.includes.map((i) => (typeof i === 'string' ? i : String(i?.name)))
          : null;
    if (listed === null)
      issues.push({
        ...at,
        level: 'error',
        message: `cube ${jp}: includes must be "*" or a list of member names`,
      });
    for (const name of [...(listed ?? []), ...(vc.excludes ?? [])]) {
      const member = findMember(cube, name);
      if (!member)
        issues.push({
          ...at,
          member: `${jp}.${name}`,
          level: 'error',
          message: `cube ${jp} has no member ${name}`,
        });
      else if (member.public === false && listed?.includes(name)) {
        issues.push({
          ...at,
          member: `${jp}.${name}`,
          level: 'error',
          message: 'is `public: false` in its cube (a helper); views do not expose it',
        });
      }
    }
  }
  const names = new Map<string, string>();
  for (const vm of viewMembers(model, view)) {
    const full = `${vm.cube.name}.${vm.member.name}`;
    const before = names.get(vm.name);
    if (before)
      issues.push({
        ...at,
        member: vm.name,
        level: 'error',
        message: `both ${before} and ${full} are exposed as ${vm.name}; use an alias or prefix`,
      });
    names.set(vm.name, full);
    if (audience === true) {
      const mart = marts.get(vm.cube.sql_table.replace(/^marts\./, ''));
      if (!mart) continue;
      const hidden = [...memberColumns(vm.cube, vm.member)].filter(
        (c) => mart.columns.get(c)?.public !== true,
      );
      if (hidden.length) {
        issues.push({
          ...at,
          member: full,
          level: 'error',
          message: `the view is public but the member reads ${hidden.map((c) => `${vm.cube.sql_table}.${c}`).join(', ')}, not marked \`public: true\` in dbt`,
        });
      }
    }
  }
}

/** Binds every member's SQL with DuckDB against empty tables shaped like the marts. */
async function bindMembers(model: SemanticModel, marts: Map<string, Mart>, issues: Issue[]): Promise<void> {
  const inst = await DuckDBInstance.create(':memory:');
  const conn = await inst.connect();
  try {
    await conn.run('CREATE SCHEMA marts');
    const created = new Set<string>();
    for (const cube of model.cubes) {
      const name = cube.sql_table.replace(/^marts\./, '');
      const mart = marts.get(name);
      if (!mart || created.has(name)) continue;
      const cols = [...mart.columns.values()].map((c) => `${ident(c.name)} ${duckType(c.type)}`).join(', ');
      await conn.run(`CREATE TABLE marts.${ident(name)} (${cols})`);
      created.add(name);
    }
    for (const cube of model.cubes) {
      const name = cube.sql_table.replace(/^marts\./, '');
      if (!created.has(name)) continue;
      for (const member of members(cube)) {
        let expr: string;
        try {
          expr = renderMember(cube, member, cube.name);
        } catch {
          continue; // already reported
        }
        const sql = `SELECT ${expr} AS v FROM marts.${ident(name)} AS ${ident(cube.name)}${member.kind === 'dimension' ? ' GROUP BY ALL' : ''}`;
        try {
          await conn.run(`EXPLAIN ${sql}`);
          if (member.kind === 'dimension' && member.type === 'time') {
            await conn.run(
              `EXPLAIN SELECT CAST(date_trunc('month', ${expr}) AS DATE) FROM marts.${ident(name)} AS ${ident(cube.name)}`,
            );
          }
        } catch (err) {
          const first = (err as Error).message.split('\n')[0];
          issues.push({
            file: cube.file,
            subject: `cube ${cube.name}`,
            member: member.name,
            level: 'error',
            message: `DuckDB cannot run its SQL: ${first}`,
          });
        }
      }
    }
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}

export interface ValidateOptions {
  /** Check that the SQL of every member binds in DuckDB (default true). */
  bind?: boolean;
}

/** All issues of `model` against `marts`; errors make the model unusable, warnings are coverage notes. */
export async function validateModel(
  model: SemanticModel,
  marts: Map<string, Mart>,
  options: ValidateOptions = {},
): Promise<Issue[]> {
  const issues: Issue[] = model.loadErrors.map((e) => ({ level: 'error', file: e.file, message: e.message }));
  const names = new Map<string, string>();
  for (const thing of [
    ...model.cubes.map((c) => ({ kind: 'cube', ...c })),
    ...model.views.map((v) => ({ kind: 'view', ...v })),
  ]) {
    const before = names.get(thing.name);
    if (before)
      issues.push({
        level: 'error',
        file: thing.file,
        subject: `${thing.kind} ${thing.name}`,
        message: `the name is also used by ${before}; cube and view names are unique together`,
      });
    names.set(thing.name, `${thing.kind} ${thing.name} (${thing.file})`);
  }
  const covered = new Set<string>();
  for (const cube of model.cubes) {
    const mart = checkCube(cube, marts, issues);
    if (mart) covered.add(mart.name);
  }
  for (const view of model.views) checkView(view, model, marts, issues);
  for (const name of [...marts.keys()].sort()) {
    if (!covered.has(name))
      issues.push({
        level: 'warning',
        file: 'model/cubes',
        subject: `mart ${name}`,
        message: `marts.${name} has no cube yet`,
      });
  }
  if (options.bind !== false) await bindMembers(model, marts, issues);
  return issues;
}

/** Loads and validates; throws SemanticValidationError listing every error. Returns the warnings. */
export async function assertValidModel(
  modelDir?: string,
  marts: Map<string, Mart> = loadMartsFromYaml(),
): Promise<Issue[]> {
  const issues = await validateModel(loadModel(modelDir), marts);
  const errors = issues.filter((i) => i.level === 'error');
  if (errors.length) throw new SemanticValidationError(errors);
  return issues;
}

export type { Member };

async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf('--manifest');
  const manifest = at >= 0 ? argv[at + 1] : undefined;
  if (manifest && !existsSync(manifest)) {
    console.error(
      `error: ${manifest}: no such manifest (run \`elieta build\` first, or omit --manifest to read marts/*.yml)`,
    );
    return 2;
  }
  const marts = manifest ? loadMartsFromManifest(manifest) : loadMartsFromYaml();
  const model = loadModel();
  const issues = await validateModel(model, marts);
  for (const i of issues) console.log(formatIssue(i));
  const errors = issues.filter((i) => i.level === 'error').length;
  console.log(
    `${model.cubes.length} cubes, ${model.views.length} views, ${marts.size} marts (${manifest ?? 'marts/*.yml'}): ${errors} error(s), ${issues.length - errors} warning(s)`,
  );
  return errors ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`error: ${(err as Error).message}`);
      process.exit(2);
    },
  );
}
