/**
 * How long `elieta build` (classifiers, dbt build with every test, snapshot export) takes on the
 * DuckDB warehouse as the number of TIS2 cases grows. Cases are synthesised straight into
 * raw.tis2__cases (ingest is measured elsewhere), each with a second version for a third of them.
 *
 *   npx tsx bench/dbt-build.ts [--quick] [--sizes 100000,1000000]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readClassifiers } from '../classifiers/registry/load.ts';
import { build } from '../lib/cli/commands/build.ts';
import { loadConfig } from '../lib/config.ts';
import { ensureVenv } from '../lib/python.ts';
import { withWarehouse } from '../lib/warehouse/index.ts';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const sizesArg = argv[argv.indexOf('--sizes') + 1];
const sizes =
  argv.includes('--sizes') && sizesArg
    ? sizesArg.split(',').map(Number)
    : quick
      ? [20_000]
      : [100_000, 1_000_000];

// Every court of the registry, as the simulator and the marts use them.
const COURTS = readClassifiers()
  .get('courts')!
  .items.map((i) => i.code);
const list = (xs: string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;

async function synthesise(file: string, n: number): Promise<number> {
  return withWarehouse({ kind: 'duckdb', path: file }, async (wh) => {
    await wh.exec('CREATE SCHEMA IF NOT EXISTS raw');
    await wh.exec(`CREATE TABLE raw.tis2__cases (case_id VARCHAR, case_number VARCHAR, origin_case_id VARCHAR,
      court_code VARCHAR, case_category VARCHAR, instance VARCHAR, registered_on DATE, first_hearing_on DATE,
      decided_on DATE, closed_on DATE, outcome VARCHAR, judge_id VARCHAR, updated_at TIMESTAMP, _batch_id VARCHAR,
      _loaded_at TIMESTAMP, _source_position BIGINT, _op VARCHAR, _record_hash BIGINT)`);
    const cases = `
      SELECT i,
        ${list(COURTS)}[1 + (hash(i) % ${COURTS.length})::INT] AS court,
        ['civil', 'criminal', 'administrative', 'administrative_offence'][1 + (hash(i * 3) % 4)::INT] AS category,
        ['first', 'appeal', 'cassation'][1 + (hash(i * 5) % 3)::INT] AS inst,
        DATE '2018-01-01' + (hash(i * 7) % 3100)::INT AS reg
      FROM range(${n}) t(i)`;
    const closed = `CASE WHEN reg + (hash(i * 11) % 900)::INT <= DATE '2026-06-30' THEN reg + (hash(i * 11) % 900)::INT END`;
    await wh.exec(`INSERT INTO raw.tis2__cases
      SELECT 'TIS2-' || i, 'C-' || i, NULL, court, category, inst, reg, NULL, NULL, NULL, NULL, 'J-0001',
             reg::TIMESTAMP, 'b1', TIMESTAMP '2026-07-01 00:00', i + 1, 'upsert', 1
      FROM (${cases})`);
    await wh.exec(`INSERT INTO raw.tis2__cases
      SELECT 'TIS2-' || i, 'C-' || i, NULL, court, category, inst, reg, NULL, ${closed}, ${closed}, 'judgment', 'J-0001',
             coalesce(${closed}, reg)::TIMESTAMP, 'b2', TIMESTAMP '2026-07-02 00:00', i + 1, 'upsert', 2
      FROM (${cases}) WHERE i % 3 = 0`);
    const [row] = await wh.query<{ n: bigint | number }>('SELECT count(*) AS n FROM raw.tis2__cases');
    return Number(row?.n ?? 0);
  });
}

const cpus = os.cpus();
const lines: string[] = [
  '## dbt build (DuckDB)',
  '',
  `- date: ${new Date().toISOString().slice(0, 10)}`,
  `- machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
  `- command: \`npx tsx bench/dbt-build.ts${argv.length ? ' ' + argv.join(' ') : ''}\``,
  '- what: `build()` = load classifiers, `dbt build` (8 models, every data and unit test), export marts to a Parquet snapshot; raw rows synthesised in DuckDB',
  '',
  '| cases | raw versions | case_flow rows | build s | of which dbt s | warehouse MiB |',
  '|---:|---:|---:|---:|---:|---:|',
];

const first = loadConfig({ ELIETA_HOME: os.tmpdir() });
await ensureVenv(first, { quiet: true });
for (const n of sizes) {
  const home = mkdtempSync(path.join(os.tmpdir(), 'elieta-bench-dbt-'));
  try {
    const config = loadConfig({ ELIETA_HOME: home }, home);
    const versions = await synthesise(config.warehouse.kind === 'duckdb' ? config.warehouse.path : '', n);
    const r = await build(config);
    const manifestRows =
      (await import('../lib/snapshot.ts')).currentSnapshot(config)?.manifest.tables.case_flow?.rows ?? 0;
    const mib = config.warehouse.kind === 'duckdb' ? statSync(config.warehouse.path).size / 2 ** 20 : 0;
    lines.push(
      `| ${n.toLocaleString('en')} | ${versions.toLocaleString('en')} | ${manifestRows.toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${r.dbtSeconds.toFixed(1)} | ${mib.toFixed(0)} |`,
    );
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
process.stdout.write(lines.join('\n') + '\n');
