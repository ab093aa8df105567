/**
 * The datasets declared in dbt: every exposure whose `meta.destination` is `opendata` becomes one
 * dataset (`meta.dataset` is its URL slug), and every model it depends on becomes a CSV, a
 * Parquet and a JSON file of that dataset. Only columns the snapshot manifest marks `public`
 * are selected from the snapshot's Parquet: the others are never read, so they cannot appear
 * in a file, a schema or the catalogue.
 */
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { currentSnapshot, type SnapshotManifest, type SnapshotTable } from '../../lib/snapshot.ts';
import { sqlString } from '../../lib/warehouse/index.ts';
import { DATA_THEMES, FREQUENCIES, LICENCES } from './vocab.ts';
import {
  OpenDataError,
  type DatasetSource,
  type DatasetSpec,
  type DistributionSpec,
  type FieldType,
  type LangText,
  type TableField,
} from './types.ts';

/** A dbt exposure as the build step writes it into `manifest.meta.exposures`. */
export interface Exposure {
  name: string;
  label?: string | null;
  description?: string | null;
  type?: string;
  owner?: { name?: string | null; email?: string | null } | null;
  depends_on?: string[];
  meta?: Record<string, unknown> | null;
}

export class NothingBuiltError extends Error {
  override name = 'NothingBuiltError';
  constructor() {
    super(
      'no snapshot has been built yet: run `npx elieta build` (or `npx elieta run`) before `npx elieta publish`',
    );
  }
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export function quoteId(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Exposures in the manifest whose destination is open data. */
export function openDataExposures(manifest: SnapshotManifest): Exposure[] {
  const all = manifest.meta.exposures;
  if (all === undefined) return [];
  if (!Array.isArray(all))
    throw new OpenDataError(`snapshot ${manifest.id}: manifest.meta.exposures is not a list`);
  return (all as Exposure[]).filter((e) => e?.meta?.destination === 'opendata');
}

/** `model.project.case_flow` or `case_flow` → `case_flow`. */
function modelName(ref: string): string {
  return ref.split('.').pop() ?? ref;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function strList(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim())
    : [];
}

/** A Frictionless field type for a DuckDB type as DESCRIBE reports it. */
export function fieldType(duckType: string): FieldType {
  const t = duckType.toUpperCase();
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(t))
    return 'integer';
  if (/^(FLOAT|DOUBLE|REAL)$/.test(t) || t.startsWith('DECIMAL')) return 'number';
  if (t === 'BOOLEAN') return 'boolean';
  if (t === 'DATE') return 'date';
  if (t.startsWith('TIMESTAMP')) return 'datetime';
  if (t.startsWith('TIME')) return 'time';
  if (t.endsWith('[]')) return 'array';
  if (t.startsWith('STRUCT') || t.startsWith('MAP') || t === 'JSON') return 'object';
  return 'string';
}

const FREQUENCY_WORDS: Record<string, string> = { yearly: 'ANNUAL', annually: 'ANNUAL', irregular: 'IRREG' };

/** meta.frequency (EU code), meta.update_frequency (a word: monthly…) or meta.frequency_iri. */
function frequencyCode(meta: Record<string, unknown>): string | null {
  const raw = str(meta.frequency) ?? str(meta.update_frequency) ?? str(meta.frequency_iri)?.split('/').pop();
  if (!raw) return null;
  return FREQUENCY_WORDS[raw.toLowerCase()] ?? raw.toUpperCase();
}

/** keywords_lv and keywords_en with their language; `keywords` not already among them, untagged. */
function keywordsOf(meta: Record<string, unknown>): DatasetSpec['keywords'] {
  const lv = strList(meta.keywords_lv);
  const en = strList(meta.keywords_en);
  const tagged = new Set([...lv, ...en].map((k) => k.toLowerCase()));
  return {
    lv,
    en,
    untagged: [...new Set(strList(meta.keywords))].filter((k) => !tagged.has(k.toLowerCase())),
  };
}

interface Described {
  exposure: Exposure;
  id: string;
  title: LangText;
  description: LangText;
}

function describe(e: Exposure): Described {
  const meta = e.meta ?? {};
  const where = `exposure ${e.name}`;
  const id = str(meta.dataset) ?? e.name.replace(/^opendata_/, '').replace(/_/g, '-');
  if (!SLUG.test(id))
    throw new OpenDataError(`${where}: meta.dataset "${id}" must be lowercase letters, digits and hyphens`);
  const titleEn = str(meta.title_en) ?? str(e.label) ?? id;
  const title = { lv: str(meta.title_lv) ?? titleEn, en: titleEn };
  const descEn = str(meta.description_en) ?? str(e.description);
  const descLv = str(meta.description_lv) ?? descEn;
  if (!descEn || !descLv)
    throw new OpenDataError(`${where}: needs meta.description_lv and meta.description_en (or a description)`);
  return { exposure: e, id, title, description: { lv: descLv, en: descEn } };
}

async function rowsOf(duck: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const r = await duck.runAndReadAll(sql);
  return r.getRowObjectsJson() as Record<string, unknown>[];
}

/** The first public DATE column's range; a column of month starts ends on the last month's last day. */
async function temporalCoverage(
  duck: DuckDBConnection,
  from: string,
  fields: TableField[],
  preferred: string | undefined,
): Promise<{ start: string; end: string } | null> {
  const col =
    fields.find((f) => f.name === preferred && f.type === 'date') ?? fields.find((f) => f.type === 'date');
  if (!col) return null;
  const c = quoteId(col.name);
  const [r] = await rowsOf(
    duck,
    `SELECT min(${c})::VARCHAR AS s, max(${c})::VARCHAR AS e, last_day(max(${c}))::VARCHAR AS me, bool_and(day(${c}) = 1) AS monthly FROM ${from}`,
  );
  if (!r || r.s === null) return null;
  return { start: String(r.s), end: String(r.monthly ? r.me : r.e) };
}

async function writeModel(
  duck: DuckDBConnection,
  dir: string,
  snapshotDir: string,
  table: SnapshotTable,
  name: string,
  where: string,
  label: LangText,
): Promise<{ distributions: DistributionSpec[]; rows: number; fields: TableField[]; from: string }> {
  const publicCols = table.columns.filter((c) => c.public === true);
  if (publicCols.length === 0) {
    throw new OpenDataError(
      `${where}: model ${name} has no column marked public (dbt column meta {public: true})`,
    );
  }
  const from = `read_parquet(${sqlString(path.join(snapshotDir, table.file))})`;
  const select = `SELECT ${publicCols.map((c) => quoteId(c.name)).join(', ')} FROM ${from}`;
  // Sorted on every column so that the same data always gives the same bytes.
  const ordered = `${select} ORDER BY ALL`;
  const described = await rowsOf(duck, `DESCRIBE ${select}`);
  const fields: TableField[] = described.map((d) => {
    const colName = String(d.column_name);
    return {
      name: colName,
      type: fieldType(String(d.column_type)),
      description: publicCols.find((c) => c.name === colName)?.description ?? '',
    };
  });
  const names = new Set(fields.map((f) => f.name));
  if (names.size !== publicCols.length || publicCols.some((c) => !names.has(c.name))) {
    throw new OpenDataError(
      `${where}: model ${name}: the Parquet columns do not match the manifest's public columns`,
    );
  }
  const [count] = await rowsOf(duck, `SELECT count(*)::BIGINT AS n FROM ${from}`);
  const rows = Number(count?.n ?? 0);
  const base = name.toLowerCase().replace(/[^a-z0-9_.-]/g, '_');
  const out = (ext: string) => sqlString(path.join(dir, `${base}.${ext}`));
  await duck.run(
    `COPY (${ordered}) TO ${out('csv')} (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"', DATEFORMAT '%Y-%m-%d')`,
  );
  await duck.run(`COPY (${ordered}) TO ${out('parquet')} (FORMAT parquet, COMPRESSION zstd)`);
  await duck.run(`COPY (${ordered}) TO ${out('json')} (FORMAT json, ARRAY true)`);
  const schema = { fields };
  const dist = (
    format: 'csv' | 'parquet' | 'json',
    title: string,
    lv: string,
    en: string,
  ): DistributionSpec => ({
    file: `${base}.${format}`,
    format,
    title: { lv: `${label.lv} (${title})`, en: `${label.en} (${title})` },
    description: { lv: `${label.lv}: ${lv}`, en: `${label.en}: ${en}` },
    schema,
    rows,
  });
  const distributions = [
    dist(
      'csv',
      'CSV',
      'CSV fails (UTF-8, komatatdalīts, ar virsraksta rindu).',
      'CSV file (UTF-8, comma-separated, with a header row).',
    ),
    dist(
      'parquet',
      'Parquet',
      'Apache Parquet fails (zstd saspiests).',
      'Apache Parquet file (zstd-compressed).',
    ),
    dist(
      'json',
      'JSON',
      'JSON masīvs ar vienu objektu katrai rindai (atslēgas kā CSV kolonnas).',
      'JSON array with one object per row (keys as the CSV columns).',
    ),
  ];
  return { distributions, rows, fields, from };
}

function widen(
  a: { start: string; end: string } | null,
  b: { start: string; end: string },
): { start: string; end: string } {
  if (!a) return b;
  return { start: b.start < a.start ? b.start : a.start, end: b.end > a.end ? b.end : a.end };
}

/** The exposures of the current snapshot with destination `opendata`. */
export const snapshotExposures: DatasetSource = {
  name: 'snapshot-exposures',
  async build(ctx) {
    const snap = currentSnapshot(ctx.config);
    if (!snap) throw new NothingBuiltError();
    const datasets: DatasetSpec[] = [];
    const seen = new Map<string, string>();
    for (const d of openDataExposures(snap.manifest).map(describe)) {
      const e = d.exposure;
      const meta = e.meta ?? {};
      const where = `exposure ${e.name}`;
      const other = seen.get(d.id);
      if (other)
        throw new OpenDataError(`${where}: dataset "${d.id}" is already published by exposure ${other}`);
      seen.set(d.id, e.name);
      const models = (e.depends_on ?? []).map(modelName);
      if (models.length === 0) throw new OpenDataError(`${where}: depends on no model`);
      const themes = strList(meta.theme ?? meta.themes ?? 'JUST').map((t) => t.toUpperCase());
      for (const t of themes)
        if (!DATA_THEMES[t])
          throw new OpenDataError(
            `${where}: meta.theme ${t} is not an EU data theme (${Object.keys(DATA_THEMES).join(', ')})`,
          );
      const frequency = frequencyCode(meta);
      if (frequency && !FREQUENCIES[frequency])
        throw new OpenDataError(
          `${where}: meta.frequency ${frequency} is not one of ${Object.keys(FREQUENCIES).join(', ')}`,
        );
      const licence = str(meta.licence) ?? str(meta.license);
      if (licence && !LICENCES[licence])
        throw new OpenDataError(
          `${where}: meta.licence ${licence} is not one of ${Object.keys(LICENCES).join(', ')}`,
        );

      const dir = ctx.datasetDir(d.id);
      const distributions: DistributionSpec[] = [];
      let rows = 0;
      let temporal: { start: string; end: string } | null = null;
      for (const m of models) {
        const table = snap.manifest.tables[m];
        if (!table)
          throw new OpenDataError(
            `${where}: model ${m} is not in snapshot ${snap.id} (is it in schema marts?)`,
          );
        // One model: its files are the dataset and carry its title; several: each is named after its model.
        const label = models.length === 1 ? d.title : { lv: m, en: table.description || m };
        const written = await writeModel(ctx.duck, dir, snap.dir, table, m, where, label);
        distributions.push(...written.distributions);
        rows += written.rows;
        const t = await temporalCoverage(ctx.duck, written.from, written.fields, str(meta.temporal_column));
        if (t) temporal = widen(temporal, t);
      }
      const owner = e.owner?.email
        ? { name: e.owner.name ?? ctx.config.publisher.name, email: e.owner.email }
        : null;
      datasets.push({
        id: d.id,
        title: d.title,
        description: d.description,
        keywords: keywordsOf(meta),
        themes,
        temporal,
        frequency,
        contact: owner,
        licence: licence ?? undefined,
        rows,
        source: `snapshot ${snap.id}: ${models.join(', ')}`,
        distributions,
      });
    }
    return datasets;
  },
};
