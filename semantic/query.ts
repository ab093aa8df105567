/**
 * A small compiler from a Cube-style query to SQL over the snapshot's Parquet views, so the same
 * semantic definitions the Cube server would serve answer questions here (tests, the server,
 * reports) without a Cube server:
 *
 *   const q = { measures: ['court_performance.clearance_rate'],
 *               dimensions: ['court_performance.court_code'],
 *               timeDimensions: [{ dimension: 'court_performance.month', granularity: 'quarter' }] };
 *   const rows = await runQuery(reader, loadModel(), q);
 *   // [{ 'court_performance.court_code': 'RRT', 'court_performance.month.quarter': '2025-01-01',
 *   //    'court_performance.clearance_rate': 97.3 }, …]
 *
 * Members are `<view or cube>.<member>`; one query reads one cube (the cubes over marts have no
 * joins). Measures aggregate as the model says (sums, counts, ratios of sums); time dimensions
 * truncate to day, week, month, quarter or year and come back as 'YYYY-MM-DD'.
 */
import type { SnapshotReader } from '../lib/snapshot.ts';
import type { Row, Scalar } from '../lib/warehouse/index.ts';
import {
  findMember,
  ident,
  renderMember,
  tableName,
  viewMembers,
  type Cube,
  type Member,
  type SemanticModel,
} from './model.ts';

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year';
const GRANULARITIES: readonly string[] = ['day', 'week', 'month', 'quarter', 'year'];

export type FilterOperator =
  | 'equals'
  | 'notEquals'
  | 'contains'
  | 'notContains'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'set'
  | 'notSet'
  | 'inDateRange'
  | 'notInDateRange'
  | 'beforeDate'
  | 'afterDate';

export type Filter =
  | { member: string; operator: FilterOperator; values?: (string | number | boolean)[] }
  | { and: Filter[] }
  | { or: Filter[] };

export interface TimeDimension {
  dimension: string;
  granularity?: Granularity;
  /** [from, to] inclusive dates ('YYYY-MM-DD'). */
  dateRange?: [string, string];
}

export interface CubeQuery {
  measures?: string[];
  dimensions?: string[];
  timeDimensions?: TimeDimension[];
  filters?: Filter[];
  /** Member (or `<time dimension>.<granularity>`) → direction, in order. */
  order?: Record<string, 'asc' | 'desc'>;
  limit?: number;
}

export interface CompileOptions {
  /** 'public' resolves only views whose `meta.public` is true; 'internal' (default) also cubes and internal views. */
  audience?: 'public' | 'internal';
  /** The relation to read for a cube's `sql_table` (default: the snapshot view named after the table). */
  relation?: (sqlTable: string) => string;
}

export interface CompiledQuery {
  sql: string;
  params: Scalar[];
  /** The output keys in order, with what they are. */
  columns: { key: string; kind: 'dimension' | 'time' | 'measure'; member: Member }[];
  cube: Cube;
}

export class QueryError extends Error {
  override name = 'QueryError';
}

interface Resolved {
  cube: Cube;
  member: Member;
}

function resolver(model: SemanticModel, audience: 'public' | 'internal') {
  return (ref: string): Resolved => {
    const dot = ref.indexOf('.');
    if (dot < 1) throw new QueryError(`"${ref}" is not of the form <view or cube>.<member>`);
    const owner = ref.slice(0, dot);
    const name = ref.slice(dot + 1);
    const view = model.views.find((v) => v.name === owner);
    if (view) {
      if (audience === 'public' && view.meta?.public !== true)
        throw new QueryError(`view ${owner} is internal; it is not available to the public`);
      const vm = viewMembers(model, view).find((m) => m.name === name);
      if (!vm) {
        const known = viewMembers(model, view).map((m) => m.name);
        throw new QueryError(`view ${owner} has no member ${name} (members: ${known.join(', ')})`);
      }
      return { cube: vm.cube, member: vm.member };
    }
    const cube = model.cubes.find((c) => c.name === owner);
    if (!cube) throw new QueryError(`"${owner}" is neither a view nor a cube`);
    if (audience === 'public')
      throw new QueryError(`cube ${owner} is not available to the public; query a public view`);
    const member = findMember(cube, name);
    if (!member) throw new QueryError(`cube ${owner} has no member ${name}`);
    return { cube, member };
  };
}

/** Compiles `query` into one SQL statement with positional parameters. */
export function compileQuery(
  model: SemanticModel,
  query: CubeQuery,
  options: CompileOptions = {},
): CompiledQuery {
  const resolve = resolver(model, options.audience ?? 'internal');
  const params: Scalar[] = [];
  const param = (v: Scalar, cast?: string): string => {
    params.push(v);
    return cast ? `CAST($${params.length} AS ${cast})` : `$${params.length}`;
  };
  let cube: Cube | null = null;
  const use = (ref: string): Resolved => {
    const r = resolve(ref);
    if (cube && cube !== r.cube) {
      throw new QueryError(
        `${ref} is in cube ${r.cube.name} but the query already reads cube ${cube.name}; one query reads one cube`,
      );
    }
    cube = r.cube;
    return r;
  };

  const select: string[] = [];
  const groupBy: string[] = [];
  const columns: CompiledQuery['columns'] = [];
  const where: string[] = [];
  const having: string[] = [];
  const exprByKey = new Map<string, string>();
  const pending: {
    key: string;
    r: Resolved;
    kind: 'dimension' | 'time' | 'measure';
    granularity?: Granularity;
  }[] = [];

  for (const ref of query.dimensions ?? []) {
    const r = use(ref);
    if (r.member.kind !== 'dimension') throw new QueryError(`${ref} is a measure; list it under measures`);
    pending.push({ key: ref, r, kind: 'dimension' });
  }
  for (const td of query.timeDimensions ?? []) {
    const r = use(td.dimension);
    if (r.member.kind !== 'dimension' || r.member.type !== 'time')
      throw new QueryError(`${td.dimension} is not a time dimension`);
    if (td.granularity !== undefined && !GRANULARITIES.includes(td.granularity)) {
      throw new QueryError(
        `${td.dimension}: granularity "${String(td.granularity)}" is not one of ${GRANULARITIES.join(', ')}`,
      );
    }
    if (td.granularity)
      pending.push({
        key: `${td.dimension}.${td.granularity}`,
        r,
        kind: 'time',
        granularity: td.granularity,
      });
  }
  for (const ref of query.measures ?? []) {
    const r = use(ref);
    if (r.member.kind !== 'measure') throw new QueryError(`${ref} is a dimension; list it under dimensions`);
    pending.push({ key: ref, r, kind: 'measure' });
  }
  if (!cube) throw new QueryError('the query names no measure or dimension');
  const theCube: Cube = cube;
  const alias = theCube.name;
  const render = (m: Member): string => renderMember(theCube, m, alias);

  for (const p of pending) {
    let expr = render(p.r.member);
    if (p.kind === 'time') expr = `CAST(date_trunc('${p.granularity}', ${expr}) AS DATE)`;
    else if (p.kind === 'dimension' && p.r.member.kind === 'dimension' && p.r.member.type === 'time')
      expr = `CAST(${expr} AS DATE)`;
    if (p.kind === 'measure') expr = `CAST(${expr} AS DOUBLE)`;
    else groupBy.push(expr);
    select.push(`${expr} AS ${ident(p.key)}`);
    exprByKey.set(p.key, expr);
    columns.push({ key: p.key, kind: p.kind, member: p.r.member });
  }

  const castFor = (m: Member): string | undefined =>
    m.kind === 'measure'
      ? 'DOUBLE'
      : m.type === 'number'
        ? 'DOUBLE'
        : m.type === 'boolean'
          ? 'BOOLEAN'
          : m.type === 'time'
            ? 'TIMESTAMP'
            : undefined;
  const condition = (f: Filter): { sql: string; onMeasure: boolean } => {
    if ('and' in f || 'or' in f) {
      const parts = ('and' in f ? f.and : f.or).map(condition);
      const onMeasure = parts.some((p) => p.onMeasure);
      if (onMeasure && parts.some((p) => !p.onMeasure))
        throw new QueryError('a filter group mixes measures and dimensions');
      return { sql: `(${parts.map((p) => p.sql).join('and' in f ? ' AND ' : ' OR ')})`, onMeasure };
    }
    const r = use(f.member);
    const onMeasure = r.member.kind === 'measure';
    const e = render(r.member);
    const values = f.values ?? [];
    const cast = castFor(r.member);
    const need = (n: number) => {
      if (values.length < n) throw new QueryError(`filter on ${f.member}: ${f.operator} needs ${n} value(s)`);
    };
    const one = () => {
      need(1);
      return param(values[0] as Scalar, cast);
    };
    switch (f.operator) {
      case 'equals':
        need(1);
        return { sql: `${e} IN (${values.map((v) => param(v, cast)).join(', ')})`, onMeasure };
      case 'notEquals':
        need(1);
        return {
          sql: `(${e} IS NULL OR ${e} NOT IN (${values.map((v) => param(v, cast)).join(', ')}))`,
          onMeasure,
        };
      case 'contains':
        need(1);
        return {
          sql: `(${values.map((v) => `CAST(${e} AS VARCHAR) ILIKE '%' || ${param(String(v))} || '%'`).join(' OR ')})`,
          onMeasure,
        };
      case 'notContains':
        need(1);
        return {
          sql: `NOT (${values.map((v) => `coalesce(CAST(${e} AS VARCHAR), '') ILIKE '%' || ${param(String(v))} || '%'`).join(' OR ')})`,
          onMeasure,
        };
      case 'gt':
        return { sql: `${e} > ${one()}`, onMeasure };
      case 'gte':
        return { sql: `${e} >= ${one()}`, onMeasure };
      case 'lt':
        return { sql: `${e} < ${one()}`, onMeasure };
      case 'lte':
        return { sql: `${e} <= ${one()}`, onMeasure };
      case 'set':
        return { sql: `${e} IS NOT NULL`, onMeasure };
      case 'notSet':
        return { sql: `${e} IS NULL`, onMeasure };
      case 'beforeDate':
        return { sql: `${e} < ${one()}`, onMeasure };
      case 'afterDate':
        return { sql: `${e} > ${one()}`, onMeasure };
      case 'inDateRange':
      case 'notInDateRange': {
        need(2);
        const inside = `(${e} >= ${param(values[0] as Scalar, 'TIMESTAMP')} AND ${e} < ${param(values[1] as Scalar, 'TIMESTAMP')} + INTERVAL 1 DAY)`;
        return { sql: f.operator === 'inDateRange' ? inside : `NOT ${inside}`, onMeasure };
      }
      default:
        throw new QueryError(
          `filter on ${f.member}: unknown operator "${String((f as { operator: unknown }).operator)}"`,
        );
    }
  };
  for (const f of query.filters ?? []) {
    const c = condition(f);
    (c.onMeasure ? having : where).push(c.sql);
  }
  for (const td of query.timeDimensions ?? []) {
    if (!td.dateRange) continue;
    if (!Array.isArray(td.dateRange) || td.dateRange.length !== 2)
      throw new QueryError(`${td.dimension}: dateRange must be [from, to]`);
    where.push(condition({ member: td.dimension, operator: 'inDateRange', values: td.dateRange }).sql);
  }

  const order: string[] = [];
  for (const [key, dir] of Object.entries(query.order ?? {})) {
    const expr = exprByKey.get(key);
    if (!expr)
      throw new QueryError(`order: ${key} is not in the query's measures, dimensions or time dimensions`);
    order.push(`${expr} ${dir === 'desc' ? 'DESC' : 'ASC'} NULLS LAST`);
  }
  for (const g of groupBy) if (!order.some((o) => o.startsWith(`${g} `))) order.push(`${g} ASC NULLS LAST`);

  const relation = options.relation ?? ((t: string) => ident(tableName(t)));
  const sql = [
    `SELECT ${select.join(', ')}`,
    `FROM ${relation(theCube.sql_table)} AS ${ident(alias)}`,
    where.length ? `WHERE ${where.join(' AND ')}` : '',
    groupBy.length ? `GROUP BY ${groupBy.join(', ')}` : '',
    having.length ? `HAVING ${having.join(' AND ')}` : '',
    order.length ? `ORDER BY ${order.join(', ')}` : '',
    query.limit !== undefined ? `LIMIT ${Math.max(0, Math.floor(Number(query.limit)))}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return { sql, params, columns, cube: theCube };
}

/** Compiles and runs `query` on the snapshot; measures come back as numbers (or null). */
export async function runQuery(
  reader: SnapshotReader,
  model: SemanticModel,
  query: CubeQuery,
  options: CompileOptions = {},
): Promise<Row[]> {
  const compiled = compileQuery(model, query, options);
  const rows = await reader.query(compiled.sql, compiled.params);
  const measures = compiled.columns.filter((c) => c.kind === 'measure').map((c) => c.key);
  return rows.map((r) => {
    const out: Row = { ...r };
    for (const k of measures) {
      const v = out[k];
      out[k] = v === null || v === undefined ? null : Number(v);
    }
    return out;
  });
}
