/**
 * End to end, with real components: the TIS2 simulator writes NDJSON, the file-drop connector
 * loads it into a DuckDB file, dbt builds the marts, the publisher writes the open data, the one
 * server serves it over real HTTP, and chromium shows the dashboard. The mart's clearance rate and
 * disposition time are checked against an independent computation from the generated files.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tis2Case } from '../ingest/contracts/types.ts';
import { loadConfig, type Config } from '../lib/config.ts';
import { buildApp } from '../lib/server/app.ts';
import { currentSnapshot } from '../lib/snapshot.ts';
import { DuckDBWarehouse } from '../lib/warehouse/index.ts';
import { launchChromium } from './helpers/chromium.ts';
import { runCommand } from './helpers/run.ts';

const BIN = path.resolve('lib/cli/bin.js');
let home: string;
let config: Config;
let app: FastifyInstance;
let base: string;

async function elieta(...args: string[]): Promise<unknown> {
  const r = await runCommand(process.execPath, [BIN, ...args, '--json'], {
    env: { ...process.env, ELIETA_HOME: home, ELIETA_LOG_LEVEL: 'warn' },
    timeout: 600_000,
  });
  if (r.status !== 0) throw new Error(`elieta ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const lines = r.stdout.trim().split('\n');
  expect(lines).toHaveLength(1); // exactly one JSON document on stdout
  return JSON.parse(lines[0] as string);
}

const monthEnd = (m: string) => {
  const d = new Date(`${m}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return d.toISOString().slice(0, 10);
};
const monthsBack = (m: string, n: number) => {
  const d = new Date(`${m}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
};

beforeAll(async () => {
  home = mkdtempSync(path.join(tmpdir(), 'elieta-e2e-'));
  config = loadConfig({ ...process.env, ELIETA_HOME: home }, home);
  await elieta('generate', '--scale', '4000', '--seed', '11');
  await elieta('run');
  app = await buildApp(config);
  base = await app.listen({ port: 0, host: '127.0.0.1' });
}, 900_000);

afterAll(async () => {
  await app?.close();
});

describe('generate → ingest → dbt → publish → serve', () => {
  it('running again changes nothing: no new rows, same published release', async () => {
    const again = (await elieta('run')) as {
      ingest: { entities: { loaded: number; filesSkipped: number }[] };
      publish: { changed?: boolean };
    };
    expect(again.ingest.entities.every((e) => e.loaded === 0 && e.filesSkipped > 0)).toBe(true);
    expect(again.publish.changed).toBe(false);
  });

  it('clearance rate and disposition time in the mart equal an independent computation from the generated files', async () => {
    const files = (
      (await elieta('generate', '--scale', '4000', '--seed', '11')) as { files: string[] }
    ).files.filter((f) => f.includes('/tis2/cases/'));
    const cases: Tis2Case[] = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Tis2Case),
    );
    const wh = await DuckDBWarehouse.open(path.join(home, 'warehouse.duckdb'), { readOnly: true });
    try {
      const mart = await wh.query<{
        month: string;
        court_code: string;
        case_category: string;
        instance: string;
        incoming: number;
        resolved: number;
        pending_end: number;
        clearance_rate: number | null;
        disposition_time_days: number | null;
      }>(
        `SELECT strftime(month, '%Y-%m-%d') AS month, court_code, case_category, instance, incoming, resolved, pending_end, clearance_rate, disposition_time_days
         FROM marts.case_flow WHERE court_code IN ('RPT', 'LRT', 'RAT') AND month >= DATE '2024-01-01'`,
      );
      expect(mart.length).toBeGreaterThan(50);
      let checkedDt = 0;
      for (const row of mart) {
        const group = cases.filter(
          (c) =>
            c.court_code === row.court_code &&
            c.case_category === row.case_category &&
            c.instance === row.instance,
        );
        const end = monthEnd(row.month);
        const incoming = group.filter((c) => c.registered_on >= row.month && c.registered_on <= end).length;
        const resolved = group.filter(
          (c) => c.closed_on && c.closed_on >= row.month && c.closed_on <= end,
        ).length;
        const pendingEnd = group.filter(
          (c) => c.registered_on <= end && (!c.closed_on || c.closed_on > end),
        ).length;
        const from12 = monthsBack(row.month, 11);
        const resolved12 = group.filter(
          (c) => c.closed_on && c.closed_on >= from12 && c.closed_on <= end,
        ).length;
        expect(
          Number(row.incoming),
          `${row.court_code} ${row.case_category} ${row.instance} ${row.month} incoming`,
        ).toBe(incoming);
        expect(Number(row.resolved)).toBe(resolved);
        expect(Number(row.pending_end)).toBe(pendingEnd);
        if (incoming === 0) expect(row.clearance_rate).toBeNull();
        else expect(row.clearance_rate).toBeCloseTo((resolved / incoming) * 100, 6);
        if (resolved12 === 0) expect(row.disposition_time_days).toBeNull();
        else {
          expect(row.disposition_time_days).toBeCloseTo((365 * pendingEnd) / resolved12, 6);
          checkedDt++;
        }
      }
      expect(checkedDt).toBeGreaterThan(20);
    } finally {
      await wh.close();
    }
  });

  it('publishes case_flow as CSV, Parquet and JSON without the column not marked public', async () => {
    const listing = await fetch(`${base}/opendata/`);
    expect(listing.status).toBe(200);
    const catalogue = await (await fetch(`${base}/opendata/catalog.jsonld`)).text();
    expect(catalogue).toContain(config.publicBaseUrl);
    expect(catalogue).not.toContain('127.0.0.1');
    const snap = currentSnapshot(config);
    const hidden = snap?.manifest.tables.case_flow?.columns.filter((c) => !c.public).map((c) => c.name) ?? [];
    expect(hidden).toContain('built_at');
    const urls = [
      ...catalogue.matchAll(/"(https?:\/\/[^"#]+\/opendata\/datasets\/[^"#]+\.(?:csv|json|parquet))"/g),
    ].map((m) => m[1] as string);
    expect(urls.some((u) => u.endsWith('/case_flow.csv'))).toBe(true);
    for (const u of urls) {
      const local = `${base}${new URL(u).pathname}`;
      const res = await fetch(local);
      expect(res.status, local).toBe(200);
      const body = Buffer.from(await res.arrayBuffer());
      for (const h of hidden) expect(body.includes(h), `${h} in ${local}`).toBe(false);
      if (u.endsWith('/case_flow.csv'))
        expect(body.toString('utf8').split('\n')[0]).toContain('clearance_rate');
    }
  });

  it('the dashboard shows the mart’s numbers in a real browser', async () => {
    const wh = await DuckDBWarehouse.open(path.join(home, 'warehouse.duckdb'), { readOnly: true });
    const [latest] = await wh.query<{ month: string; cr: number; dt: number }>(
      `SELECT strftime(month, '%Y-%m') AS month, clearance_rate AS cr, disposition_time_days AS dt FROM marts.case_flow
       WHERE court_code = 'RPT' AND case_category = 'civil' AND instance = 'first' AND clearance_rate IS NOT NULL AND disposition_time_days IS NOT NULL
       ORDER BY month DESC LIMIT 1`,
    );
    await wh.close();
    expect(latest).toBeDefined();
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${base}/dashboards/?category=civil&instance=first`);
      await page.waitForSelector('svg circle[data-court="RPT"]', { timeout: 30_000 });
      const shown = await page.$$eval(`svg circle[data-court="RPT"][data-month^="${latest?.month}"]`, (els) =>
        els.map((e) => Number(e.getAttribute('data-value'))),
      );
      expect(
        shown.some((v) => Math.abs(v - Number(latest?.cr)) < 1e-6),
        `clearance ${latest?.cr} in ${shown}`,
      ).toBe(true);
      expect(
        shown.some((v) => Math.abs(v - Number(latest?.dt)) < 1e-6),
        `disposition ${latest?.dt} in ${shown}`,
      ).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
