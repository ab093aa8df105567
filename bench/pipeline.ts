/**
 * Wall time and peak memory of `elieta run` (ingest, dbt build, publish) at two scales, on the
 * embedded DuckDB warehouse, with the time of each step. Generation is done first and timed
 * separately. In the same run, DuckDB's own read_json load of the same files (no checks, no
 * pseudonyms, no quarantine) gives the comparison for the file-drop connector.
 *   npx tsx bench/pipeline.ts           # scales 200000 and 2000000
 *   npx tsx bench/pipeline.ts --quick   # scales 20000 and 100000
 *   npx tsx bench/pipeline.ts --scale 200000   # one scale
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { machine, measure, today } from './measure.ts';

const quick = process.argv.includes('--quick');
const scaleArg = process.argv.indexOf('--scale');
const scales =
  scaleArg > 0 ? [Number(process.argv[scaleArg + 1])] : quick ? [20_000, 100_000] : [200_000, 2_000_000];
const bin = path.resolve('lib/cli/bin.js');
const rows: string[] = [];
const steps: string[] = [];
const drop: string[] = [];
interface RunResult {
  ingest: { entities: { read: number; loaded: number; files: number; sqlFiles?: number }[]; seconds: number };
  build: { seconds: number; dbtSeconds: number; models: { passed: number }; tests: { passed: number } };
  seconds: number;
}
for (const scale of scales) {
  const home = mkdtempSync(path.join(tmpdir(), 'elieta-bench-run-'));
  const env = { ...process.env, ELIETA_HOME: home, ELIETA_LOG_LEVEL: 'warn' };
  const gen = await measure(process.execPath, [bin, 'generate', '--scale', String(scale), '--json'], env);
  const cases = (JSON.parse(gen.stdout) as { cases: number }).cases;
  const run = await measure(process.execPath, [bin, 'run', '--json'], env);
  const r = JSON.parse(run.stdout) as RunResult;
  const ingested = r.ingest.entities.reduce((n, e) => n + e.read, 0);
  const files = r.ingest.entities.reduce((n, e) => n + e.files, 0);
  const sqlFiles = r.ingest.entities.reduce((n, e) => n + (e.sqlFiles ?? 0), 0);
  // The file drop alone, into a fresh warehouse file: its time and peak memory, against DuckDB's own load.
  const alone = await measure(process.execPath, [bin, 'ingest', '--json'], {
    ...env,
    ELIETA_DUCKDB_PATH: path.join(home, 'ingest-alone.duckdb'),
  });
  const a = JSON.parse(alone.stdout) as RunResult['ingest'];
  const native = await measure(
    process.execPath,
    [
      '--import',
      'tsx',
      path.resolve('bench/duckdb-native-load.ts'),
      path.join(home, 'drop'),
      path.join(home, 'native.duckdb'),
    ],
    env,
  );
  const n = JSON.parse(native.stdout) as { rows: number; seconds: number };
  const publishSeconds = r.seconds - r.ingest.seconds - r.build.seconds;
  steps.push(
    `| ${scale.toLocaleString('en')} | ${ingested.toLocaleString('en')} | ${r.ingest.seconds.toFixed(1)} s (${Math.round(ingested / r.ingest.seconds).toLocaleString('en')} rows/s) | ${r.build.seconds.toFixed(1)} s (dbt ${r.build.dbtSeconds.toFixed(1)} s; ${r.build.models.passed} models, ${r.build.tests.passed} tests) | ${publishSeconds.toFixed(1)} s |`,
  );
  const aloneRows = a.entities.reduce((k, e) => k + e.read, 0);
  drop.push(
    `| ${scale.toLocaleString('en')} | ${aloneRows.toLocaleString('en')} | ${a.seconds.toFixed(1)} s (${Math.round(aloneRows / a.seconds).toLocaleString('en')} rows/s), ${alone.peakMiB.toFixed(0)} MiB | ${n.seconds.toFixed(1)} s (${Math.round(n.rows / n.seconds).toLocaleString('en')} rows/s), ${native.peakMiB.toFixed(0)} MiB | **${(n.seconds / a.seconds).toFixed(2)}** | ${sqlFiles} of ${files} |`,
  );
  rows.push(
    `| ${scale.toLocaleString('en')} | ${cases.toLocaleString('en')} | ${gen.seconds.toFixed(1)} s | ${gen.peakMiB.toFixed(0)} MiB | ${run.seconds.toFixed(1)} s | ${run.peakMiB.toFixed(0)} MiB |`,
  );
  rmSync(home, { recursive: true, force: true });
}

process.stdout.write(
  [
    '## `elieta run`: wall time and peak memory',
    '',
    `Date: ${today()}. Machine: ${machine()}.`,
    `Command: \`npx tsx bench/pipeline.ts${quick ? ' --quick' : ''}\` (each scale in a fresh data directory: \`elieta generate --scale N\`, then \`elieta run\` = ingest + dbt build + publish on the DuckDB warehouse). Peak memory is the largest resident set of the whole process tree (Node, DuckDB, dbt's Python), sampled every 100 ms.`,
    '',
    '| --scale | cases generated | generate time | generate peak | `elieta run` time | `elieta run` peak |',
    '|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    'The steps of the same runs.',
    '',
    '| --scale | rows ingested | ingest (file drop, every source) | build | publish (open data, rulings) |',
    '|---:|---:|---:|---:|---:|',
    ...steps,
    '',
    'The file drop alone (`elieta ingest` into a fresh warehouse file, same files, same run), against DuckDB’s own `read_json` insert of the same files into a fresh file with no contract check, pseudonyms, quarantine or ledger. The ratio is DuckDB’s time divided by ours (our throughput as a share of DuckDB’s); the goal is at least 0.5. On the DuckDB warehouse the file drop offers each file to its SQL load path (one INSERT … SELECT in which DuckDB reads, checks, pseudonymises, hashes and appends the whole file) and loads it record by record only when a line fails a check; two entities load at a time, each on one DuckDB thread. Both loads run on the same 2 cores. Peak memory is the process tree’s largest resident set; the platform’s DuckDB is capped by `ELIETA_DUCKDB_MEMORY_LIMIT` (2GB).',
    '',
    '| --scale | rows | file drop (`elieta ingest`), peak | DuckDB read_json of the same files, peak | file-drop ratio | files loaded by the SQL path |',
    '|---:|---:|---:|---:|---:|---:|',
    ...drop,
    '',
  ].join('\n'),
);
