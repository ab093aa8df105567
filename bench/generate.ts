/**
 * The simulated world's generator (issue 4): rows per second and peak memory of
 * `elieta generate --scale N` at two scales (memory must stay flat as the world grows ten-fold),
 * and of `elieta generate --advance 1` on the larger world. Each run starts in a fresh data
 * directory, removed afterwards. Prints a Markdown section.
 *
 *   npx tsx bench/generate.ts [--quick]
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine, measure, today } from './measure.ts';

const quick = process.argv.includes('--quick');
const scales = quick ? [20_000, 200_000] : [200_000, 2_000_000];
const workers = String(availableParallelism());
const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'cli', 'bin.js');

function bytesUnder(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? bytesUnder(p) : statSync(p).size;
  }
  return total;
}

interface Summary {
  rows: number;
  cases: number;
  units: number;
  workers: number;
  entities: Record<string, { rows: number; inserts: number; updates: number; deletes: number }>;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const lines: string[] = [];
const rowsOut: string[] = [];
let advanceRow = '';
let largest: Summary | null = null;

for (const scale of scales) {
  const home = mkdtempSync(path.join(tmpdir(), 'elieta-bench-generate-'));
  const env = { ...process.env, ELIETA_HOME: home };
  try {
    const gen = await measure(
      process.execPath,
      [bin, 'generate', '--scale', String(scale), '--workers', workers, '--json'],
      env,
    );
    const s = JSON.parse(gen.stdout) as Summary;
    const bytes = bytesUnder(path.join(home, 'drop'));
    rowsOut.push(
      `| ${fmt(scale)} | ${fmt(s.cases)} | ${fmt(s.rows)} | ${(bytes / 2 ** 30).toFixed(2)} GiB | ${s.workers} | ${gen.seconds.toFixed(1)} s | ${fmt(s.rows / gen.seconds)} | ${gen.peakMiB.toFixed(0)} MiB |`,
    );
    if (scale === scales[scales.length - 1]) {
      largest = s;
      const adv = await measure(
        process.execPath,
        [bin, 'generate', '--advance', '1', '--workers', workers, '--json'],
        env,
      );
      const a = JSON.parse(adv.stdout) as Summary & { unitsChanged: number };
      const t = Object.values(a.entities).reduce(
        (x, c) => ({ i: x.i + c.inserts, u: x.u + c.updates, d: x.d + c.deletes }),
        { i: 0, u: 0, d: 0 },
      );
      advanceRow = `\`elieta generate --advance 1\` on the ${fmt(scale)} world: ${adv.seconds.toFixed(1)} s, peak ${adv.peakMiB.toFixed(0)} MiB, ${fmt(a.unitsChanged)} of ${fmt(a.units)} stories changed, ${fmt(t.i)} inserts, ${fmt(t.u)} updates, ${fmt(t.d)} deletions.`;
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

lines.push(
  `## Simulated world generation (${today()})`,
  '',
  `Machine: ${machine()}.`,
  '',
  `Command: \`npx tsx bench/generate.ts${quick ? ' --quick' : ''}\` (each scale in a fresh data directory: \`elieta generate --scale N --workers ${workers}\` — the same worker threads at both scales, so the memory figures compare — all sources: E-KRASS, ProIS, TIS2, IIS2, PLUS, KKP; NDJSON parts in the drop folder). Peak memory is the largest resident set of the process (main thread and worker threads), sampled every 100 ms.`,
  '',
  '| --scale | court cases | rows (all entities) | written | workers | time | rows/s | peak memory |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rowsOut,
  '',
  advanceRow,
  '',
);
if (largest) {
  lines.push(
    `Rows per entity at --scale ${fmt(scales[scales.length - 1] as number)}:`,
    '',
    '| entity | rows |',
    '|---|---:|',
  );
  for (const [e, c] of Object.entries(largest.entities)) lines.push(`| ${e} | ${fmt(c.rows)} |`);
  lines.push('');
}
process.stdout.write(lines.join('\n'));
