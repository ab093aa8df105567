/**
 * Benchmark of the classifier API: requests per second and p99 latency of "items as of today"
 * of the largest classifier, served by the real app (buildApp, listening, in its own process),
 * against a bare fastify route returning a precomputed constant body of the same size from its
 * own process, measured in the same run with autocannon. Prints a Markdown section.
 *
 *   npx tsx bench/classifiers.ts [--quick]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Fastify from 'fastify';

const SELF = fileURLToPath(import.meta.url);

type Role = 'app' | 'baseline';

/** Child process: serve, report the port to the parent, wait. */
async function serve(role: Role): Promise<void> {
  if (role === 'app') {
    const { buildApp } = await import('../lib/server/app.ts');
    const { loadConfig } = await import('../lib/config.ts');
    const home = process.env.ELIETA_HOME!;
    const app = await buildApp(loadConfig({ ELIETA_HOME: home, ELIETA_LOG_LEVEL: 'warn' }, home));
    await app.listen({ port: 0, host: '127.0.0.1' });
    process.send!({ port: (app.server.address() as { port: number }).port });
  } else {
    const body = await new Promise<{ body: string; type: string }>((resolve) =>
      process.once('message', (m) => resolve(m as never)),
    );
    const buf = Buffer.from(body.body, 'base64');
    const app = Fastify({ logger: false });
    app.get('/constant', async (_req, reply) => reply.header('content-type', body.type).send(buf));
    await app.listen({ port: 0, host: '127.0.0.1' });
    process.send!({ port: (app.server.address() as { port: number }).port });
  }
}

function start(role: Role, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: Promise<number> }> {
  const child = fork(SELF, ['--serve', role], {
    env: { ...process.env, ...env, ELIETA_LOG_LEVEL: 'warn' },
    execArgv: ['--import', 'tsx'],
  });
  const port = new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`${role} server exited with ${code}`)));
  });
  return Promise.resolve({ child, port });
}

async function measure(
  url: string,
  seconds: number,
  headers: Record<string, string> = {},
  expect304 = false,
) {
  await autocannon({ url, connections: 10, duration: Math.max(1, Math.round(seconds / 3)), headers }); // warm-up
  const r = await autocannon({ url, connections: 10, pipelining: 1, duration: seconds, headers });
  const wrong = expect304 ? r.requests.total - r['3xx'] : r.non2xx;
  if (wrong > 0 || r.errors) throw new Error(`${url}: ${wrong} unexpected statuses, ${r.errors} errors`);
  return { rps: r.requests.average, p99: r.latency.p99, p50: r.latency.p50, bytes: r.throughput.average };
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const seconds = quick ? 4 : 15;
  const home = mkdtempSync(path.join(os.tmpdir(), 'bench-classifiers-'));
  const children: ChildProcess[] = [];
  try {
    const appProc = await start('app', { ELIETA_HOME: home });
    children.push(appProc.child);
    const appPort = await appProc.port;
    const base = `http://127.0.0.1:${appPort}`;
    const list = (await (await fetch(`${base}/api/classifiers`)).json()) as {
      classifiers: { id: string; items_today: number }[];
    };
    const largest = list.classifiers.reduce((a, b) => (b.items_today > a.items_today ? b : a));
    const itemsUrl = `${base}/api/classifiers/${largest.id}/items`;
    const res = await fetch(itemsUrl, { headers: { 'accept-encoding': 'identity' } });
    const body = Buffer.from(await res.arrayBuffer());
    const type = res.headers.get('content-type')!;

    const baseProc = await start('baseline', {});
    children.push(baseProc.child);
    baseProc.child.send({ body: body.toString('base64'), type });
    const basePort = await baseProc.port;
    const constantUrl = `http://127.0.0.1:${basePort}/constant`;
    const check = Buffer.from(await (await fetch(constantUrl)).arrayBuffer());
    if (check.length !== body.length) throw new Error('baseline body differs in size');

    // Interleave the two so that machine noise hits both alike.
    const app1 = await measure(itemsUrl, seconds);
    const con1 = await measure(constantUrl, seconds);
    const app2 = await measure(itemsUrl, seconds);
    const con2 = await measure(constantUrl, seconds);
    const brotli = await measure(itemsUrl, seconds, { 'accept-encoding': 'br' });
    const notModified = await measure(itemsUrl, seconds, { 'if-none-match': res.headers.get('etag')! }, true);
    const app = {
      rps: (app1.rps + app2.rps) / 2,
      p99: Math.max(app1.p99, app2.p99),
      p50: (app1.p50 + app2.p50) / 2,
    };
    const con = {
      rps: (con1.rps + con2.rps) / 2,
      p99: Math.max(con1.p99, con2.p99),
      p50: (con1.p50 + con2.p50) / 2,
    };
    const cpu = os.cpus();
    const lines = [
      '## Classifier API (bench/classifiers.ts)',
      '',
      `- Date: ${new Date().toISOString()}`,
      `- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`,
      `- Command: \`npx tsx bench/classifiers.ts${quick ? ' --quick' : ''}\` (autocannon, 10 connections, ${seconds} s per run, two runs each, interleaved, after a warm-up)`,
      `- Request: \`GET /api/classifiers/${largest.id}/items\` (items as of today of the largest classifier, ${largest.items_today} items, JSON, ${body.length} bytes, no compression) on the real app (buildApp, all plugins, logging at warn) in its own process; baseline: a bare fastify route returning a precomputed constant body of the same size and type from its own process.`,
      '',
      '| server | requests/s | p50 latency (ms) | p99 latency (ms) |',
      '|---|---:|---:|---:|',
      `| classifier API, items as of today | ${app.rps.toFixed(0)} | ${app.p50.toFixed(1)} | ${app.p99.toFixed(1)} |`,
      `| constant body, bare fastify | ${con.rps.toFixed(0)} | ${con.p50.toFixed(1)} | ${con.p99.toFixed(1)} |`,
      `| classifier API, Accept-Encoding: br (precompressed) | ${brotli.rps.toFixed(0)} | ${brotli.p50.toFixed(1)} | ${brotli.p99.toFixed(1)} |`,
      `| classifier API, If-None-Match → 304 | ${notModified.rps.toFixed(0)} | ${notModified.p50.toFixed(1)} | ${notModified.p99.toFixed(1)} |`,
      '',
      `**Ratio classifier API ÷ constant body: ${(app.rps / con.rps).toFixed(2)}** (target ≥ 0.7; runs: ${app1.rps.toFixed(0)}/${con1.rps.toFixed(0)}, ${app2.rps.toFixed(0)}/${con2.rps.toFixed(0)}).`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } finally {
    for (const c of children) c.kill();
    rmSync(home, { recursive: true, force: true });
  }
}

const serveAt = process.argv.indexOf('--serve');
if (serveAt >= 0) {
  serve(process.argv[serveAt + 1] as Role).catch((err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exit(1);
  });
} else {
  main().catch((err: unknown) => {
    process.stderr.write(`bench/classifiers: ${(err as Error).message}\n`);
    process.exitCode = 1;
  });
}
