/**
 * `elieta build`: makes sure dbt is installed, loads the classifiers into the warehouse, runs
 * `dbt build` (models, then their tests, in graph order) and, when everything passed, exports
 * every model in schema `marts` into a new snapshot (lib/snapshot.ts) with its column
 * descriptions, public flags, model meta and the project's exposures. A failed build leaves the
 * previous snapshot current.
 */
import { readRegistryData } from '../../../classifiers/registry/load.ts';
import { loadRegistryIntoWarehouse } from '../../../classifiers/registry/warehouse.ts';
import { listContracts } from '../../../ingest/contracts/index.ts';
import { ensureLedger, LOAD_COLUMNS } from '../../../ingest/ledger/tables.ts';
import { buildTransform } from '../../../ingest/pipeline/pseudonymise.ts';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { paths, PROJECT_ROOT, type Config } from '../../config.ts';
import { readManifest, runDbt, type DbtManifest, type DbtRunSummary } from '../../dbt.ts';
import { log } from '../../log.ts';
import type { Progress } from '../../progress.ts';
import { ensureVenv, type VenvResult } from '../../python.ts';
import { publishSnapshot, writeFileAtomic, type TableToExport } from '../../snapshot.ts';
import { withWarehouse, type TableSpec, type Warehouse } from '../../warehouse/index.ts';
import { UserError, type Command } from '../command.ts';

/** The raw table a build cannot start without (the courts' cases feed every court mart). */
const RAW_SOURCES: [string, string][] = [['raw', 'tis2__cases']];

/**
 * The raw table of every source entity that dbt reads (every contract not marked restricted), as
 * the ingest pipeline creates it. A source not connected yet gets an empty table, so its staging
 * models and marts build empty instead of failing the whole build.
 */
export function rawSourceTables(): TableSpec[] {
  return listContracts()
    .filter((c) => c.schema['x-restricted'] !== true)
    .map((c) => ({
      schema: 'raw',
      name: `${c.source}__${c.entity}`,
      // the key only matters for the values; the columns are the same for any key
      columns: [...buildTransform(c, Buffer.alloc(32)).columns, ...LOAD_COLUMNS.map((l) => ({ ...l }))],
    }));
}

export interface BuildOptions {
  /** dbt node selection (e.g. `case_flow+`); default: the whole project. */
  select?: string[];
  fullRefresh?: boolean;
  progress?: Progress;
  /** Skip the snapshot export (the marts stay in the warehouse only). */
  noSnapshot?: boolean;
  /** Skip generating the dbt docs served at /docs/data. */
  noDocs?: boolean;
  /** Skip checking the sources' freshness. */
  noFreshness?: boolean;
}

/** The freshness of the raw sources (`dbt source freshness`): stale sources by status. */
export interface FreshnessResult {
  checked: number;
  warn: string[];
  error: string[];
}

interface SourcesJson {
  results: { unique_id: string; status: string; max_loaded_at?: string }[];
}

/**
 * Runs `dbt source freshness` and reads target/sources.json. A stale source is a warning in the
 * log and in the result, never a failed build: the marts are still right for the data there is.
 */
export async function checkFreshness(config: Config): Promise<FreshnessResult | null> {
  const file = path.join(paths(config).dbtTarget, 'sources.json');
  rmSync(file, { force: true });
  try {
    await runDbt(config, { command: 'source freshness' });
  } catch (err) {
    if (!existsSync(file)) {
      log.warn({ err: (err as Error).message }, 'source freshness not checked');
      return null;
    }
  }
  const results = (JSON.parse(readFileSync(file, 'utf8')) as SourcesJson).results;
  const name = (id: string) => id.split('.').slice(2).join('.');
  const out: FreshnessResult = {
    checked: results.length,
    warn: results.filter((r) => r.status === 'warn').map((r) => name(r.unique_id)),
    error: results
      .filter((r) => r.status === 'error' || r.status === 'runtime error')
      .map((r) => name(r.unique_id)),
  };
  if (out.warn.length || out.error.length) {
    log.warn(out, 'some raw sources are stale (see the freshness in the sources YAML)');
  }
  return out;
}

export interface BuildResult {
  models: { passed: number; failed: number; skipped: number };
  tests: { passed: number; failed: number; warned: number; skipped: number };
  seconds: number;
  dbtSeconds: number;
  /** The new snapshot's id, or null when not exported. */
  snapshot: string | null;
  tables: string[];
  classifiers: { lists: number; items: number; mappings: number };
  venv: VenvResult['action'];
  target: 'duckdb' | 'postgres';
  /** Whether the dbt docs (/docs/data) were generated. */
  docs: boolean;
  freshness: FreshnessResult | null;
}

interface ManifestColumn {
  name: string;
  description?: string;
  meta?: Record<string, unknown>;
  config?: { meta?: Record<string, unknown> };
}

interface ManifestModel {
  resource_type: string;
  name: string;
  schema: string;
  alias?: string;
  description?: string;
  meta?: Record<string, unknown>;
  config?: { meta?: Record<string, unknown>; enabled?: boolean; materialized?: string };
  columns?: Record<string, ManifestColumn>;
}

interface ManifestExposure {
  name: string;
  label?: string | null;
  description?: string;
  type?: string;
  owner?: { name?: string | null; email?: string | null };
  depends_on?: { nodes?: string[] };
  meta?: Record<string, unknown>;
  config?: { meta?: Record<string, unknown> };
}

function metaOf(x: {
  meta?: Record<string, unknown>;
  config?: { meta?: Record<string, unknown> };
}): Record<string, unknown> {
  return { ...(x.meta ?? {}), ...(x.config?.meta ?? {}) };
}

/** The tables to export: every enabled model in schema `marts`, as dbt's manifest describes it. */
export function martsFromManifest(manifest: DbtManifest): TableToExport[] {
  return Object.values(manifest.nodes as unknown as Record<string, ManifestModel>)
    .filter((n) => n.resource_type === 'model' && n.schema === 'marts' && n.config?.enabled !== false)
    .filter((n) => n.config?.materialized !== 'ephemeral')
    .map((n) => ({
      schema: n.schema,
      name: n.alias ?? n.name,
      description: (n.description ?? '').trim(),
      meta: metaOf(n),
      columns: Object.values(n.columns ?? {}).map((c) => ({
        name: c.name,
        description: (c.description ?? '').trim(),
        public: metaOf(c).public === true,
      })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The project's exposures in the shape the publisher reads from `manifest.meta.exposures`. */
export function exposuresFromManifest(manifest: DbtManifest) {
  return Object.values(manifest.exposures as unknown as Record<string, ManifestExposure>)
    .map((e) => ({
      name: e.name,
      label: e.label ?? null,
      description: (e.description ?? '').trim(),
      type: e.type ?? 'application',
      owner: { name: e.owner?.name ?? null, email: e.owner?.email ?? null },
      depends_on: (e.depends_on?.nodes ?? []).map((id) => id.split('.').pop() ?? id),
      meta: metaOf(e),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function dataAsOf(wh: Warehouse): Promise<string | null> {
  if (!(await wh.tableExists('intermediate', 'int_data_as_of'))) return null;
  const [row] = await wh.query<{ as_of: string | null }>(
    'SELECT CAST(as_of_date AS VARCHAR) AS as_of FROM intermediate.int_data_as_of',
  );
  return row?.as_of ?? null;
}

/**
 * Exports every model of schema `marts` that exists in the warehouse as the current snapshot, with
 * the model and column metadata and the exposures from dbt's manifest. Used by `build` after dbt
 * succeeded, and by the Dagster snapshot asset after dagster-dbt ran dbt.
 */
export async function exportSnapshot(
  config: Config,
  run: { invocationId: string | null; target: string; targetPath: string },
): Promise<{ snapshot: string | null; tables: string[]; dataAsOf: string | null }> {
  const manifest = readManifest(config);
  if (!manifest) throw new UserError(`no dbt manifest.json in ${run.targetPath}: run dbt first`);
  const marts = martsFromManifest(manifest);
  const exposures = exposuresFromManifest(manifest);
  let tables: string[] = [];
  let asOf: string | null = null;
  const snapshot = await withWarehouse(config.warehouse, async (wh) => {
    const present: TableToExport[] = [];
    for (const t of marts) {
      if (await wh.tableExists(t.schema, t.name)) present.push(t);
      else log.warn({ table: `${t.schema}.${t.name}` }, 'mart not built yet: left out of the snapshot');
    }
    if (present.length === 0) return null;
    tables = present.map((t) => t.name);
    asOf = await dataAsOf(wh);
    const meta = {
      exposures,
      dbt: {
        version: manifest.metadata.dbt_version,
        invocation_id: run.invocationId ?? manifest.metadata.invocation_id,
        target: run.target,
      },
    };
    return publishSnapshot(config, wh, present, meta, asOf);
  });
  if (snapshot) log.info({ snapshot, tables }, 'snapshot published');
  return { snapshot, tables, dataAsOf: asOf };
}

/** Whether the marts were built before (an incremental model to keep up to date exists). */
async function incrementalModelsExist(config: Config): Promise<boolean> {
  return withWarehouse(config.warehouse, (wh) =>
    wh.tableExists('intermediate', 'int_court_activity__monthly'),
  );
}

/** The dbt seeds (models/seeds/*.csv): name → SHA-256 of the file. */
export function seedChecksums(
  dir: string = path.join(PROJECT_ROOT, 'models', 'seeds'),
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.csv'))
    .sort()) {
    out[f.slice(0, -4)] = createHash('sha256')
      .update(readFileSync(path.join(dir, f)))
      .digest('hex');
  }
  return out;
}

/** The file keeping, per warehouse, the seed checksums of its last successful build. */
function seedChecksumFile(config: Config): string {
  return path.join(path.dirname(paths(config).dbtTarget), 'seed-checksums.json');
}

/** Identifies the warehouse without keeping its connection string (which may hold a password). */
function warehouseKey(config: Config): string {
  return createHash('sha256').update(JSON.stringify(config.warehouse)).digest('hex').slice(0, 16);
}

function readSeedChecksums(config: Config): Record<string, Record<string, string>> {
  try {
    return JSON.parse(readFileSync(seedChecksumFile(config), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
  } catch {
    return {};
  }
}

/**
 * The seeds changed since the last successful build of this warehouse (every seed when no build
 * recorded them). The incremental models keep what they computed from a seed (case weights in the
 * monthly court activity, age bands in case_status_daily), so a changed seed's descendants are
 * rebuilt from scratch before the incremental build.
 */
export function changedSeeds(config: Config, now: Record<string, string> = seedChecksums()): string[] {
  const kept = readSeedChecksums(config)[warehouseKey(config)] ?? {};
  return Object.keys(now).filter((s) => kept[s] !== now[s]);
}

function recordSeedChecksums(config: Config, now: Record<string, string>): void {
  const all = readSeedChecksums(config);
  all[warehouseKey(config)] = now;
  mkdirSync(path.dirname(seedChecksumFile(config)), { recursive: true });
  writeFileAtomic(seedChecksumFile(config), JSON.stringify(all, null, 2) + '\n');
}

/** Builds the marts with dbt and, on success, publishes them as the current snapshot. */
export async function build(config: Config, opts: BuildOptions = {}): Promise<BuildResult> {
  const started = Date.now();
  const venv = await ensureVenv(config, { quiet: true });
  if (venv.action !== 'reused') log.info({ ...venv }, 'Python environment ready');

  // Classifiers first: dbt reads them as a source. The warehouse is closed again before dbt
  // starts, since DuckDB allows one writing process.
  const classifiers = await withWarehouse(config.warehouse, async (wh) => {
    for (const [schema, name] of RAW_SOURCES) {
      if (!(await wh.tableExists(schema, name))) {
        throw new UserError(
          `nothing ingested yet: ${schema}.${name} does not exist in the warehouse (run \`npx elieta ingest\` first)`,
        );
      }
    }
    for (const t of rawSourceTables()) await wh.ensureTable(t);
    await ensureLedger(wh); // raw.batch_ledger: the incremental models read it (models/macros/changed_keys.sql)
    return loadRegistryIntoWarehouse(wh, readRegistryData());
  });
  log.info(classifiers, 'classifiers loaded into the warehouse');

  // A seed changed since this warehouse's last build: its descendants (incremental ones among
  // them) from scratch first. Not on the first build (nothing incremental exists yet).
  const seeds = seedChecksums();
  const stale = opts.fullRefresh || opts.select ? [] : changedSeeds(config, seeds);
  if (stale.length > 0 && (await incrementalModelsExist(config))) {
    log.info(
      { seeds: stale },
      'seeds changed since the last build: rebuilding what depends on them from scratch',
    );
    await runDbt(
      config,
      { command: 'build', select: stale.map((s) => `${s}+`), fullRefresh: true },
      { progress: opts.progress },
    );
  }

  const dbt: DbtRunSummary = await runDbt(
    config,
    { command: 'build', select: opts.select, fullRefresh: opts.fullRefresh },
    { progress: opts.progress },
  );

  // the whole project built (a selection may leave seeds or their descendants out)
  if (!opts.select) recordSeedChecksums(config, seeds);

  let snapshot: string | null = null;
  let tables: string[] = [];
  if (!opts.noSnapshot) {
    ({ snapshot, tables } = await exportSnapshot(config, {
      invocationId: dbt.results?.metadata.invocation_id ?? null,
      target: dbt.invocation.target,
      targetPath: dbt.invocation.targetPath,
    }));
  }

  const freshness = opts.noFreshness ? null : await checkFreshness(config);

  // The data dictionary and lineage for /docs/data. A failure here does not undo the build.
  let docs = false;
  if (!opts.noDocs) {
    try {
      await runDbt(config, { command: 'docs generate', flags: ['--static'] });
      docs = true;
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'dbt docs not generated; /docs/data keeps the previous ones');
    }
  }

  return {
    docs,
    freshness,
    models: dbt.models,
    tests: dbt.tests,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    dbtSeconds: dbt.seconds,
    snapshot,
    tables,
    classifiers,
    venv: venv.action,
    target: dbt.invocation.target,
  };
}

const command: Command = {
  summary: 'build the marts with dbt (models and tests) and export them as the current snapshot',
  usage: '[--select SELECTOR] [--full-refresh] [--no-docs] [--no-freshness]',
  options: {
    select: { type: 'string', multiple: true, short: 's' },
    'full-refresh': { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
    'no-freshness': { type: 'boolean', default: false },
  },
  async run({ config, values, progress }) {
    const raw = values.select as unknown as string[] | string | undefined;
    const select = (Array.isArray(raw) ? raw : raw ? [raw] : [])
      .flatMap((s) => s.split(/\s+/))
      .filter(Boolean);
    return build(config, {
      select: select.length ? select : undefined,
      fullRefresh: values['full-refresh'] === true,
      noDocs: values['no-docs'] === true,
      noFreshness: values['no-freshness'] === true,
      progress,
    });
  },
  describe(r) {
    const b = r as BuildResult;
    return [
      `Built in ${b.seconds.toFixed(1)}s on ${b.target} (dbt ${b.dbtSeconds.toFixed(1)}s): ${b.models.passed} models, ${b.tests.passed} tests passed` +
        (b.tests.warned ? `, ${b.tests.warned} warned` : '') +
        '.',
      b.snapshot ? `Snapshot ${b.snapshot}: ${b.tables.join(', ')}.` : 'No snapshot exported.',
      b.docs ? 'Data documentation (dbt docs) at /docs/data.' : 'Data documentation not generated.',
      ...(b.freshness && (b.freshness.warn.length || b.freshness.error.length)
        ? [`Stale sources: ${[...b.freshness.error, ...b.freshness.warn].join(', ')}.`]
        : []),
    ].join('\n');
  },
};

export default command;
