/**
 * `npm run bench [-- NAME… ] [-- --quick]`: runs the benchmark scripts in bench/ (all, or those
 * named) one after another, and writes each one's Markdown section into docs/benchmarks.md between
 * its markers, so a partial run updates only its own sections.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const DOC = path.resolve('docs/benchmarks.md');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const named = args.filter((a) => !a.startsWith('--'));
const all = readdirSync('bench')
  .filter(
    (f) =>
      f.endsWith('.ts') &&
      !f.endsWith('.test.ts') &&
      !['run.ts', 'measure.ts', 'duckdb-native-load.ts'].includes(f),
  )
  .map((f) => f.slice(0, -3))
  .sort();
const chosen = named.length ? named : all;
/** Arguments a benchmark always gets: the anonymiser's quality is reported on every split, the untouched one first. */
const EXTRA_ARGS: Record<string, string[]> = {
  'anonymiser-quality': ['--verify', '--exam', '--probe', '--audit', '--blind', '--final'],
};
for (const n of chosen)
  if (!all.includes(n)) throw new Error(`no benchmark bench/${n}.ts (have: ${all.join(', ')})`);

let doc = existsSync(DOC)
  ? readFileSync(DOC, 'utf8')
  : '# Benchmarks\n\nFigures measured by `npm run bench` (scripts in `bench/`). Each section says when, on what machine and with which command it was measured.\n';
let failed = 0;
for (const name of chosen) {
  process.stderr.write(`bench: ${name}…\n`);
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', `bench/${name}.ts`, ...(EXTRA_ARGS[name] ?? []), ...(quick ? ['--quick'] : [])],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    },
  );
  if (r.status !== 0) {
    process.stderr.write(`bench: ${name} failed (exit ${r.status})\n`);
    failed++;
    continue;
  }
  const section = `<!-- bench:${name} -->\n${r.stdout.trim()}\n<!-- /bench:${name} -->`;
  const re = new RegExp(`<!-- bench:${name} -->[\\s\\S]*?<!-- /bench:${name} -->`);
  doc = re.test(doc) ? doc.replace(re, section) : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(DOC, doc);
}
process.exitCode = failed ? 1 : 0;
