/**
 * Wall time and peak memory of `elieta run` (ingest, dbt build, publish) at two scales, on the
 * embedded DuckDB warehouse. Generation is done first and timed separately.
 *   npx tsx bench/pipeline.ts           # scales 200000 and 2000000
 *   npx tsx bench/pipeline.ts --quick   # scales 20000 and 100000
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { machine, measure, today } from './measure.ts';

const quick = process.argv.includes('--quick');
const scales = quick ? [20_000, 100_000] : [200_000, 2_000_000];
const bin = path.resolve('lib/cli/bin.js');
const rows: string[] = [];
for (const scale of scales) {
  const home = mkdtempSync(path.join(tmpdir(), 'elieta-bench-run-'));
  const env = { ...process.env, ELIETA_HOME: home, ELIETA_LOG_LEVEL: 'warn' };
  const gen = await measure(process.execPath, [bin, 'generate', '--scale', String(scale), '--json'], env);
  const cases = (JSON.parse(gen.stdout) as { cases: number }).cases;
  const run = await measure(process.execPath, [bin, 'run', '--json'], env);
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
  ].join('\n'),
);
