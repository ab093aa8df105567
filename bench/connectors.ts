/**
 * Benchmark of the PostgreSQL and REST source connectors: rows per second and peak memory (RSS of
 * the whole `elieta ingest` process tree, DuckDB warehouse) at two sizes, to show that memory
 * stays flat as the source grows. The PostgreSQL source is a simulated TIS2 database (cases table,
 * filled with generate_series) on a throw-away PostgreSQL server; the REST source is the KKP
 * simulator serving an export of generated events. Each run is a first full load into an empty
 * warehouse, with the full per-record work (contract check, hash, skip of known records).
 * Prints a Markdown section.
 *
 *   npx tsx bench/connectors.ts [--quick]
 */
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { getContract } from '../ingest/contracts/index.ts';
import { startKkpSimulator } from '../ingest/simulators/kkp-server/server.ts';
import { createSchema } from '../ingest/simulators/pdis-db/database.ts';
import { startPostgres } from '../test/helpers/postgres.ts';
import { machine, measure, today } from './measure.ts';

const quick = process.argv.includes('--quick');
// --heap-mib N runs the ingest with a capped V8 heap: it completes only if the connector's own
// memory does not grow with the source (what grows in RSS is DuckDB's buffer cache).
const heapArg = process.argv.indexOf('--heap-mib');
const heapMiB = heapArg > 0 ? Number(process.argv[heapArg + 1]) : null;
const sizes = quick ? [25_000, 100_000] : [250_000, 1_000_000];
const BIN = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'lib', 'cli', 'bin.js');

interface Row {
  kind: 'postgres' | 'rest';
  rows: number;
  seconds: number;
  ingestSeconds: number;
  peakMiB: number;
}

async function fillTis2(url: string, rows: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await createSchema(client, [getContract('tis2', 'cases')!]);
    await client.query(`INSERT INTO cases (case_id, case_number, origin_case_id, court_code, case_category, instance, registered_on, first_hearing_on, decided_on, closed_on, outcome, judge_id, proceeding_number, updated_at)
      SELECT 'TIS2-' || g, 'C30-' || lpad(g::text, 7, '0') || '-24', NULL, 'RPT', 'civil', 'first', DATE '2020-01-01' + (g % 2000), NULL, NULL, NULL, NULL,
             'J-' || lpad((g % 500)::text, 4, '0'), NULL, TIMESTAMPTZ '2020-01-01 00:00:00+00' + g * INTERVAL '17 seconds'
      FROM generate_series(1, ${rows}) g`);
    await client.query('ANALYZE cases');
  } finally {
    await client.end();
  }
}

async function writeEvents(dir: string, rows: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const out = createWriteStream(path.join(dir, 'events-0001.ndjson'));
  const base = Date.UTC(2020, 0, 1);
  let buf = '';
  for (let i = 1; i <= rows; i++) {
    const t = new Date(base + i * 17_000).toISOString().replace('.000Z', 'Z');
    buf +=
      JSON.stringify({
        event_id: `KE-${i}-1`,
        occurred_at: t,
        document_id: `KD-${i}-1`,
        document_type: 'judgment',
        event_type: i % 2 ? 'published' : 'received',
        institution_code: 'TA',
        court_code: 'RPT',
        system_code: 'TIS2',
        channel: i % 5 ? 'electronic' : 'paper',
        case_number: `C30-${i}-24`,
        proceeding_number: null,
        updated_at: t,
      }) + '\n';
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise<void>((r) => out.once('finish', () => r()));
}

async function ingestOnce(
  home: string,
  source: string,
  env: Record<string, string>,
): Promise<{ seconds: number; ingestSeconds: number; peakMiB: number; read: number }> {
  const m = await measure(process.execPath, [BIN, 'ingest', '--source', source, '--json'], {
    ...process.env,
    ...env,
    ELIETA_HOME: home,
    ELIETA_LOG_LEVEL: 'warn',
    ...(heapMiB
      ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMiB}`.trim() }
      : {}),
  });
  const summary = JSON.parse(m.stdout) as { seconds: number; entities: { read: number }[] };
  return {
    seconds: m.seconds,
    ingestSeconds: summary.seconds,
    peakMiB: m.peakMiB,
    read: summary.entities.reduce((s, e) => s + e.read, 0),
  };
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'elieta-bench-connectors-'));
  const server = await startPostgres();
  const results: Row[] = [];
  try {
    for (const rows of sizes) {
      const db = await server.createDatabase(`tis2_${rows}`);
      await fillTis2(db, rows);
      const home = path.join(work, `pg-${rows}`);
      const r = await ingestOnce(home, 'tis2', { ELIETA_SOURCE_TIS2: db });
      if (r.read !== rows) throw new Error(`postgres: read ${r.read}, expected ${rows}`);
      results.push({
        kind: 'postgres',
        rows,
        seconds: r.seconds,
        ingestSeconds: r.ingestSeconds,
        peakMiB: r.peakMiB,
      });
      process.stderr.write(`postgres ${rows}: ${r.seconds.toFixed(1)} s, ${r.peakMiB.toFixed(0)} MiB\n`);
    }
    for (const rows of sizes) {
      const drop = path.join(work, `kkp-${rows}`, 'drop');
      await writeEvents(path.join(drop, 'kkp', 'events'), rows);
      const sim = await startKkpSimulator({ dropDir: drop });
      try {
        const home = path.join(work, `rest-${rows}`);
        const r = await ingestOnce(home, 'kkp', { ELIETA_SOURCE_KKP: sim.url });
        if (r.read !== rows) throw new Error(`rest: read ${r.read}, expected ${rows}`);
        results.push({
          kind: 'rest',
          rows,
          seconds: r.seconds,
          ingestSeconds: r.ingestSeconds,
          peakMiB: r.peakMiB,
        });
        process.stderr.write(`rest ${rows}: ${r.seconds.toFixed(1)} s, ${r.peakMiB.toFixed(0)} MiB\n`);
      } finally {
        await sim.close();
      }
    }
  } finally {
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }

  const lines = [
    '## Source connectors (PostgreSQL, REST)',
    '',
    `- date: ${today()}`,
    `- machine: ${machine()}`,
    `- command: \`npx tsx bench/connectors.ts${quick ? ' --quick' : ''}${heapMiB ? ` --heap-mib ${heapMiB}` : ''}\`${heapMiB ? ` (V8 heap capped at ${heapMiB} MiB)` : ''}`,
    '- what: a first full load of one entity into an empty DuckDB warehouse by `elieta ingest --source …` (contract check, record hash, skip of known records, one transaction per 50 000-row batch, watermark per batch; for PostgreSQL also the deletion key scan). PostgreSQL: TIS2 `cases` table read by keyset pages of 5 000. REST: KKP events from the KKP simulator, pages of 1 000. Peak memory: RSS of the ingest process tree, sampled every 100 ms.',
    '',
    '| connector | rows | wall s (process) | ingest s | rows/s (ingest) | peak RSS MiB |',
    '|---|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.kind} | ${r.rows.toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${r.ingestSeconds.toFixed(1)} | ${Math.round(r.rows / r.ingestSeconds).toLocaleString('en')} | ${r.peakMiB.toFixed(0)} |`,
    ),
    '',
  ];
  for (const kind of ['postgres', 'rest'] as const) {
    const [a, b] = results.filter((r) => r.kind === kind);
    if (a && b)
      lines.push(
        `- ${kind}: ${(b.rows / a.rows).toFixed(0)}× the rows, peak memory × ${(b.peakMiB / a.peakMiB).toFixed(2)}.`,
      );
  }
  process.stdout.write(lines.join('\n') + '\n');
}

await main();
