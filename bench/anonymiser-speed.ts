/**
 * Speed of the rulings anonymiser: rulings per second on one core (Node's main thread; nothing
 * runs in parallel) for generated rulings of 5–10 KB (UTF-8), for `anonymise` alone and for
 * `anonymise` + `residualPiiGate` (what publication runs), with latency percentiles and the peak
 * memory of the process. Target (issue 6): at least 200 rulings per second. Prints Markdown.
 *
 *   npx tsx bench/anonymiser-speed.ts [--quick]
 */
import os from 'node:os';
import { generateCorpus } from '../ingest/simulators/rulings/generate.ts';
import { anonymise } from '../publish/anonymiser/anonymise.ts';
import { residualPiiGate } from '../publish/anonymiser/gate.ts';
import { lexicon } from '../publish/anonymiser/lexicon/index.ts';
import { machine, today } from './measure.ts';

const quick = process.argv.includes('--quick');
const SECONDS = quick ? 2 : 8;
const TEXTS = 400;

function pick(): Array<{ text: string; parties: Array<{ name: string; surname: string }> }> {
  const out: Array<{ text: string; parties: Array<{ name: string; surname: string }> }> = [];
  for (let seed = 1; out.length < TEXTS; seed++) {
    for (const split of ['tune', 'heldout', 'sealed', 'final', 'blind', 'audit', 'probe'] as const) {
      for (const r of generateCorpus(200, seed, split)) {
        const bytes = Buffer.byteLength(r.text, 'utf8');
        if (bytes >= 5 * 1024 && bytes <= 10 * 1024 && out.length < TEXTS)
          out.push({ text: r.text, parties: r.parties });
      }
    }
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function run(label: string, texts: ReturnType<typeof pick>, withGate: boolean, withParties: boolean) {
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let n = 0;
  let bytes = 0;
  for (;;) {
    for (const r of texts) {
      const s = process.hrtime.bigint();
      const parties = withParties ? r.parties : undefined;
      const out = anonymise(r.text, { parties });
      if (withGate) residualPiiGate(out.text, { parties });
      times.push(Number(process.hrtime.bigint() - s) / 1e6);
      n++;
      bytes += Buffer.byteLength(r.text, 'utf8');
    }
    if (Number(process.hrtime.bigint() - t0) / 1e9 >= SECONDS) break;
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  times.sort((a, b) => a - b);
  return {
    label,
    perCpuSecond: n / cpuSecs,
    perSecond: n / secs,
    mibPerSecond: bytes / 2 ** 20 / secs,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    n,
  };
}

const rssStart = process.memoryUsage().rss;
const tLex = Date.now();
lexicon();
const lexMs = Date.now() - tLex;
const texts = pick();
const sizes = texts.map((t) => Buffer.byteLength(t.text, 'utf8')).sort((a, b) => a - b);
// Warm-up (JIT), not measured.
for (const r of texts.slice(0, 100)) residualPiiGate(anonymise(r.text).text);
const results = [
  run('anonymise', texts, false, false),
  run('anonymise, with parties', texts, false, true),
  run('anonymise + gate, with parties', texts, true, true),
];
const peak = process.resourceUsage().maxRSS; // KiB, whole process, whole run
const heap = process.memoryUsage().heapUsed;

const lines = [
  `## Anonymiser speed (rulings, issue 6)`,
  ``,
  `- Date: ${today()}; machine: ${machine()}`,
  `- Command: \`npx tsx bench/anonymiser-speed.ts${quick ? ' --quick' : ''}\` — one core (Node main thread), ${SECONDS} s per row after a warm-up`,
  `- Texts: ${texts.length} generated rulings of 5–10 KB UTF-8 (median ${(percentile(sizes, 50) / 1024).toFixed(1)} KB, min ${(sizes[0]! / 1024).toFixed(1)}, max ${(sizes.at(-1)! / 1024).toFixed(1)}), the tune, held-out, sealed, final, blind, audit and probe template sets`,
  `- Lexicon build (once per process): ${lexMs} ms`,
  ``,
  `| run | rulings per CPU-second | rulings/s (wall) | MiB/s (wall) | p50 ms | p95 ms | p99 ms | rulings |`,
  `|---|---:|---:|---:|---:|---:|---:|---:|`,
  ...results.map(
    (r) =>
      `| ${r.label} | ${r.perCpuSecond.toFixed(0)} | ${r.perSecond.toFixed(0)} | ${r.mibPerSecond.toFixed(2)} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.n} |`,
  ),
  ``,
  `Peak memory: ${(peak / 1024).toFixed(0)} MiB RSS for the whole process (${(rssStart / 2 ** 20).toFixed(0)} MiB at start, before the lexicon and corpus), heap in use at the end ${(heap / 2 ** 20).toFixed(0)} MiB. Target ≥ 200 rulings/s on one core: ${results.every((r) => r.perCpuSecond >= 200) ? 'met' : 'NOT met'} (judged on CPU time, which other processes sharing the machine do not distort; load average during the run ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores — the wall-clock columns are only meaningful on an idle machine).`,
  ``,
];
process.stdout.write(lines.join('\n') + '\n');
