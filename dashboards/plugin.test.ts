import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../lib/config.ts';
import { buildApp } from '../lib/server/app.ts';
import {
  caseFlowFixtureRows,
  caseFlowTable,
  writeSnapshotFixture,
  type CaseFlowRow,
} from '../test/helpers/snapshot-fixture.ts';

interface Point {
  month: string;
  court_code: string;
  court_name_lv: string;
  court_name_en: string;
  incoming: number;
  resolved: number;
  pending_end: number;
  resolved_12m: number;
  clearance_rate: number | null;
  disposition_time_days: number | null;
}

interface CaseFlowBody {
  snapshot: string;
  dataAsOf: string | null;
  filters: Record<string, string | null>;
  options: Record<'courts' | 'categories' | 'instances', { code: string; lv: string; en: string }[]>;
  rows: Point[];
}

describe('dashboard plugin over a snapshot fixture', () => {
  const rows: CaseFlowRow[] = caseFlowFixtureRows();
  let home: string;
  let app: FastifyInstance;
  let snapshotId: string;

  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'elieta-dash-test-'));
    ({ id: snapshotId } = await writeSnapshotFixture(home, [caseFlowTable(rows)], {
      dataAsOf: '2025-08-31',
    }));
    app = await buildApp(loadConfig({ ELIETA_HOME: home }, home));
  });

  afterAll(async () => {
    await app?.close();
    rmSync(home, { recursive: true, force: true });
  });

  const get = async (query: string): Promise<CaseFlowBody> => {
    const res = await app.inject(`/dashboards/api/case-flow${query}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    return res.json() as CaseFlowBody;
  };

  it('passes one mart row per court and month through unchanged, with numbers as JSON numbers', async () => {
    const body = await get('?category=civil');
    expect(body.snapshot).toBe(snapshotId);
    expect(body.dataAsOf).toBe('2025-08-31');
    expect(body.filters).toEqual({ court: null, category: 'civil', instance: null });
    const expected = rows
      .filter((r) => r.case_category === 'civil')
      .map((r) => ({
        month: r.month,
        court_code: r.court_code,
        court_name_lv: r.court_name_lv,
        court_name_en: r.court_name_en,
        incoming: r.incoming,
        resolved: r.resolved,
        pending_end: r.pending_end,
        resolved_12m: r.resolved_12m,
        clearance_rate: r.clearance_rate,
        disposition_time_days: r.disposition_time_days,
      }))
      .sort((a, b) => a.court_code.localeCompare(b.court_code) || a.month.localeCompare(b.month));
    expect(body.rows).toEqual(expected);
    for (const r of body.rows) {
      for (const k of ['incoming', 'resolved', 'pending_end', 'resolved_12m'] as const)
        expect(typeof r[k]).toBe('number');
    }
  });

  it('keeps a null clearance rate for a month with no incoming cases', async () => {
    const body = await get('?court=RAT&category=criminal');
    const quiet = body.rows.find((r) => r.month === '2025-04-01');
    expect(quiet).toMatchObject({ court_code: 'RAT', incoming: 0, clearance_rate: null });
    expect(body.rows.every((r) => r.court_code === 'RAT')).toBe(true);
  });

  it('sums counts over categories and recomputes the indicators from the sums', async () => {
    const body = await get('');
    expect(body.rows).toHaveLength(3 * 8);
    for (const p of body.rows) {
      const parts = rows.filter((r) => r.court_code === p.court_code && r.month === p.month);
      expect(parts).toHaveLength(2);
      const sum = (k: 'incoming' | 'resolved' | 'pending_end' | 'resolved_12m') =>
        parts.reduce((a, r) => a + r[k], 0);
      expect(p.incoming).toBe(sum('incoming'));
      expect(p.resolved).toBe(sum('resolved'));
      expect(p.pending_end).toBe(sum('pending_end'));
      expect(p.resolved_12m).toBe(sum('resolved_12m'));
      expect(p.clearance_rate).toBeCloseTo((sum('resolved') / sum('incoming')) * 100, 9);
      expect(p.disposition_time_days).toBeCloseTo((365 * sum('pending_end')) / sum('resolved_12m'), 9);
    }
  });

  it('filters by instance and by court', async () => {
    const appeal = await get('?instance=appeal');
    expect(new Set(appeal.rows.map((r) => r.court_code))).toEqual(new Set(['RAT']));
    const first = await get('?instance=first&category=');
    expect(new Set(first.rows.map((r) => r.court_code))).toEqual(new Set(['KRT', 'RRT']));
    const none = await get('?court=AT');
    expect(none.rows).toEqual([]);
  });

  it('lists courts, categories and instances with their lv and en labels for the filters', async () => {
    const body = await get('?court=RRT');
    expect(body.options.courts).toEqual([
      { code: 'KRT', lv: 'Kurzemes rajona tiesa', en: 'Kurzeme District Court' },
      { code: 'RAT', lv: 'Rīgas apgabaltiesa', en: 'Riga Regional Court' },
      { code: 'RRT', lv: 'Rīgas rajona tiesa', en: 'Riga District Court' },
    ]);
    expect(body.options.categories.map((c) => c.code)).toEqual(['civil', 'criminal']);
    expect(body.options.instances).toEqual([
      { code: 'first', lv: 'Pirmā instance', en: 'First instance' },
      { code: 'appeal', lv: 'Apelācijas instance', en: 'Appeal instance' },
    ]);
  });

  it('never returns columns the dashboard does not use (built_at stays inside)', async () => {
    const body = await get('?category=civil&court=KRT');
    expect(Object.keys(body.rows[0]!).sort()).toEqual([
      'clearance_rate',
      'court_code',
      'court_name_en',
      'court_name_lv',
      'disposition_time_days',
      'incoming',
      'month',
      'pending_end',
      'resolved',
      'resolved_12m',
    ]);
  });

  it('serves the page and its modules under /dashboards/ with a strict content security policy', async () => {
    const page = await app.inject('/dashboards/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<script type="module" src="app.js"></script>');
    for (const file of ['app.js', 'chart.js', 'i18n.js', 'style.css']) {
      const res = await app.inject(`/dashboards/${file}`);
      expect(res.statusCode, file).toBe(200);
      expect(res.headers['content-type']).toMatch(file.endsWith('.css') ? /text\/css/ : /javascript/);
    }
    const bare = await app.inject('/dashboards');
    expect(bare.statusCode).toBe(301);
    expect(bare.headers.location).toBe('/dashboards/');
  });

  it('sends an ETag per snapshot and filter, answers 304 to a matching If-None-Match', async () => {
    const first = await app.inject('/dashboards/api/case-flow?category=civil');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await app.inject({
      url: '/dashboards/api/case-flow?category=civil',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await app.inject('/dashboards/api/case-flow?category=criminal');
    expect(other.headers.etag).not.toBe(etag);
  });

  it('follows a new snapshot: fresh numbers and a new ETag, nothing served from the old one', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'elieta-dash-test-'));
    await writeSnapshotFixture(dir, [caseFlowTable(rows)], { id: 'one' });
    const local = await buildApp(loadConfig({ ELIETA_HOME: dir }, dir));
    try {
      const before = await local.inject('/dashboards/api/case-flow?court=KRT&category=civil');
      expect(before.json().rows[0].incoming).toBe(
        rows.find((r) => r.court_code === 'KRT' && r.case_category === 'civil')!.incoming,
      );
      const changed = rows.map((r) => ({ ...r, incoming: r.incoming + 1000 }));
      await writeSnapshotFixture(dir, [caseFlowTable(changed)], { id: 'two' });
      await new Promise((resolve) => setTimeout(resolve, 1100)); // the reader looks for a new snapshot once a second
      const after = await local.inject({
        url: '/dashboards/api/case-flow?court=KRT&category=civil',
        headers: { 'if-none-match': before.headers.etag as string },
      });
      expect(after.statusCode).toBe(200);
      expect(after.json().snapshot).toBe('two');
      expect(after.json().rows[0].incoming).toBe(before.json().rows[0].incoming + 1000);
    } finally {
      await local.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers 503 when the snapshot has no case_flow mart', async () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'elieta-dash-test-'));
    await writeSnapshotFixture(other, [
      { name: 'something_else', columns: [{ name: 'x', type: 'INTEGER' }], rows: [{ x: 1 }] },
    ]);
    const otherApp = await buildApp(loadConfig({ ELIETA_HOME: other }, other));
    try {
      const res = await otherApp.inject('/dashboards/api/case-flow');
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().detail).toContain('case_flow');
    } finally {
      await otherApp.close();
      rmSync(other, { recursive: true, force: true });
    }
  });
});
