/**
 * The dbt marts at scale (DuckDB): `elieta build` on a simulated world (every source), its wall
 * time and the peak memory of its process tree; the ratio of dbt's build time to running the same
 * compiled SQL of the same models, seeds and data tests directly in DuckDB in the same run; and
 * the incremental run of the models after `elieta generate --advance 1` against the full build.
 *
 *   npx tsx bench/marts.ts [--quick] [--scale N] [--keep]
 *
 * --quick: scale 20 000. Default scale: 2 000 000. --keep leaves the data directory in /tmp.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, paths, PROJECT_ROOT } from '../lib/config.ts';
import { checkFreshness } from '../lib/cli/commands/build.ts';
import { runDbt, type RunResults } from '../lib/dbt.ts';
import { ensureVenv } from '../lib/python.ts';
import { withWarehouse } from '../lib/warehouse/index.ts';
import { machine, measure, today } from './measure.ts';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const scaleArg = argv.includes('--scale') ? Number(argv[argv.indexOf('--scale') + 1]) : NaN;
const scale = Number.isFinite(scaleArg) ? scaleArg : quick ? 20_000 : 2_000_000;
const keep = argv.includes('--keep');

const home = mkdtempSync(path.join(os.tmpdir(), 'elieta-bench-marts-'));
const config = loadConfig({ ELIETA_HOME: home }, home);
const bin = path.join(PROJECT_ROOT, 'lib/cli/bin.js');
const env = { ...process.env, ELIETA_HOME: home, ELIETA_LOG_LEVEL: 'warn' };
const elieta = (...args: string[]) => measure(process.execPath, [bin, ...args, '--home', home], env);
const progress = (msg: string) =>
  process.stderr.write(`[bench/marts] ${new Date().toISOString().slice(11, 19)} ${msg}\n`);

interface ManifestNode {
  resource_type: string;
  name: string;
  schema: string;
  alias?: string;
  compiled_code?: string;
  original_file_path: string;
  config: { materialized?: string; column_types?: Record<string, string> };
}

/** Runs the compiled SQL of every model, seed and data test of the last dbt run, in its order, directly in DuckDB. */
async function runCompiledDirectly(
  warehouseFile: string,
): Promise<{ seconds: number; models: number; tests: number; seeds: number; skipped: string[] }> {
  const target = paths(config).dbtTarget;
  const results = JSON.parse(readFileSync(path.join(target, 'run_results.json'), 'utf8')) as RunResults;
  const manifest = JSON.parse(readFileSync(path.join(target, 'manifest.json'), 'utf8')) as {
    nodes: Record<string, ManifestNode>;
  };
  const counts = { models: 0, tests: 0, seeds: 0, skipped: [] as string[] };
  const started = process.hrtime.bigint();
  await withWarehouse({ kind: 'duckdb', path: warehouseFile }, async (wh) => {
    for (const r of results.results) {
      const node = manifest.nodes[r.unique_id];
      if (!node) {
        counts.skipped.push(r.unique_id); // unit tests live outside `nodes`
        continue;
      }
      const relation = `"${node.schema}"."${node.alias ?? node.name}"`;
      if (node.resource_type === 'seed') {
        await wh.exec(`CREATE SCHEMA IF NOT EXISTS "${node.schema}"`);
        await wh.exec(
          `CREATE OR REPLACE TABLE ${relation} AS SELECT * FROM read_csv('${path.join(PROJECT_ROOT, node.original_file_path)}', header = true, types = {${Object.entries(
            node.config.column_types ?? {},
          )
            .map(([c, t]) => `'${c}': '${t}'`)
            .join(', ')}})`,
        );
        counts.seeds++;
      } else if (node.resource_type === 'model') {
        const sql = node.compiled_code ?? '';
        const kind = node.config.materialized === 'view' ? 'VIEW' : 'TABLE';
        await wh.exec(`CREATE OR REPLACE ${kind} ${relation} AS ${sql}`);
        counts.models++;
      } else if (node.resource_type === 'test') {
        await wh.query(`SELECT count(*) AS failures FROM (${node.compiled_code ?? ''}) AS t`);
        counts.tests++;
      } else {
        counts.skipped.push(r.unique_id);
      }
    }
  });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, ...counts };
}

/** The `n` nodes dbt spent longest on, as "name s" (from run_results.json). */
function slowestNodes(results: RunResults | null, n: number): string {
  return [...(results?.results ?? [])]
    .sort((a, b) => b.execution_time - a.execution_time)
    .slice(0, n)
    .map((r) => `${r.unique_id.split('.').pop()} ${r.execution_time.toFixed(1)}`)
    .join(', ');
}

function dbtSecondsOf(stdout: string): number {
  const m = /\(dbt ([\d.]+)s\)/.exec(stdout);
  return m ? Number(m[1]) : NaN;
}

try {
  await ensureVenv(config, { quiet: true });
  progress(`generating scale ${scale} in ${home}`);
  const gen = await elieta('generate', '--scale', String(scale));
  progress(`generated in ${gen.seconds.toFixed(0)}s; ingesting`);
  const ing = await elieta('ingest');
  const raw = await withWarehouse(config.warehouse, async (wh) => {
    const rows = await wh.query<{ n: number | bigint }>(
      `SELECT sum(estimated_size) AS n FROM duckdb_tables() WHERE schema_name = 'raw'`,
    );
    return Number(rows[0]?.n ?? 0);
  });
  progress(`ingested ${raw} raw rows in ${ing.seconds.toFixed(0)}s; full build`);

  const full = await elieta('build', '--no-docs', '--no-freshness');
  const fullDbt = dbtSecondsOf(full.stdout);
  const stats = JSON.parse(
    readFileSync(path.join(paths(config).dbtTarget, 'run_results.json'), 'utf8'),
  ) as RunResults;
  const nodeCount = (p: string) => stats.results.filter((r) => r.unique_id.startsWith(p)).length;
  const warehouseMiB =
    statSync(config.warehouse.kind === 'duckdb' ? config.warehouse.path : '').size / 2 ** 20;
  progress(`full build ${full.seconds.toFixed(0)}s (dbt ${fullDbt}s); the same SQL directly`);

  // the same compiled SQL on a copy of the built warehouse (same file name: the SQL names its catalog)
  const directDir = path.join(home, 'direct');
  mkdirSync(directDir, { recursive: true });
  const directFile = path.join(
    directDir,
    path.basename(config.warehouse.kind === 'duckdb' ? config.warehouse.path : ''),
  );
  copyFileSync(config.warehouse.kind === 'duckdb' ? config.warehouse.path : '', directFile);
  const direct = await runCompiledDirectly(directFile);
  rmSync(directDir, { recursive: true, force: true });

  progress('freshness, docs');
  const freshStarted = Date.now();
  await checkFreshness(config);
  const freshSeconds = (Date.now() - freshStarted) / 1000;
  const docsStarted = Date.now();
  await runDbt(config, { command: 'docs generate', flags: ['--static'] });
  const docsSeconds = (Date.now() - docsStarted) / 1000;

  progress('advance 1 day, ingest, incremental run');
  await elieta('generate', '--advance', '1');
  const ingInc = await elieta('ingest');
  const incRunStarted = Date.now();
  const incRun = await runDbt(config, { command: 'run' });
  const incRunSeconds = (Date.now() - incRunStarted) / 1000;
  const incSlowest = slowestNodes(incRun.results, 8);
  // dbt's own floor: start-up, parse and compile of the project, and one trivial model
  const floorStarted = Date.now();
  await runDbt(config, { command: 'run', select: ['int_data_as_of'] });
  const floorSeconds = (Date.now() - floorStarted) / 1000;
  const incTestStarted = Date.now();
  await runDbt(config, { command: 'test' });
  const incTestSeconds = (Date.now() - incTestStarted) / 1000;
  progress('full refresh of the models for comparison');
  const refreshStarted = Date.now();
  await runDbt(config, { command: 'run', fullRefresh: true });
  const refreshSeconds = (Date.now() - refreshStarted) / 1000;

  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;
  const lines = [
    '## dbt marts (DuckDB, every source)',
    '',
    `- date: ${today()}`,
    `- machine: ${machine()}`,
    `- command: \`npx tsx bench/marts.ts${argv.length ? ' ' + argv.join(' ') : ''}\``,
    `- data: \`elieta generate --scale ${scale.toLocaleString('en')}\` (every source), ${raw.toLocaleString('en')} raw rows; warehouse ${warehouseMiB.toFixed(0)} MiB after the build`,
    `- project: ${nodeCount('model.')} models, ${nodeCount('seed.')} seeds, ${nodeCount('test.')} data tests, ${nodeCount('unit_test.')} unit tests`,
    '',
    '| step | wall s | peak MiB | note |',
    '|---|---:|---:|---|',
    `| generate | ${gen.seconds.toFixed(1)} | ${gen.peakMiB.toFixed(0)} | |`,
    `| ingest | ${ing.seconds.toFixed(1)} | ${ing.peakMiB.toFixed(0)} | |`,
    `| **elieta build** (full; --no-docs --no-freshness) | **${full.seconds.toFixed(1)}** | **${full.peakMiB.toFixed(0)}** | dbt ${fullDbt.toFixed(1)} s; goal < 600 s |`,
    `| same compiled SQL directly in DuckDB | ${direct.seconds.toFixed(1)} | | ${direct.models} models, ${direct.seeds} seeds, ${direct.tests} data tests (${direct.skipped.length} dbt-only nodes not run: unit tests, exposure) |`,
    `| dbt source freshness | ${freshSeconds.toFixed(1)} | | part of \`elieta build\` unless --no-freshness |`,
    `| dbt docs generate --static | ${docsSeconds.toFixed(1)} | | part of \`elieta build\` unless --no-docs |`,
    `| ingest after generate --advance 1 | ${ingInc.seconds.toFixed(1)} | ${ingInc.peakMiB.toFixed(0)} | |`,
    `| **incremental dbt run** (models) | **${incRunSeconds.toFixed(1)}** | | ${incRun.models.passed} models; ${pct(incRunSeconds, full.seconds)} of the full build (goal < 10 %) |`,
    `| dbt run of one trivial model (int_data_as_of) | ${floorSeconds.toFixed(1)} | | dbt's own floor: start-up, parse, compile, one view |`,
    `| dbt test after it | ${incTestSeconds.toFixed(1)} | | incremental build = run + test: ${pct(incRunSeconds + incTestSeconds, full.seconds)} of the full build |`,
    `| dbt run --full-refresh (models only) | ${refreshSeconds.toFixed(1)} | | |`,
    '',
    `Slowest nodes of the incremental run (s): ${incSlowest}.`,
    '',
    `Ratio of dbt's build to the same SQL run directly: ${(fullDbt / direct.seconds).toFixed(2)}× (goal < 1.5×; dbt's time includes its start-up, parsing and test bookkeeping).`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
} finally {
  if (keep) progress(`data kept in ${home}`);
  else rmSync(home, { recursive: true, force: true });
}
