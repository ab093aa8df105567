/**
 * The dashboard in a real browser: a listening server over a snapshot fixture, driven with Debian's
 * chromium. It proves the page draws the mart's exact numbers, filters, remembers the language and
 * explains an empty data directory. A missing chromium fails this test (see test/helpers/chromium.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../lib/cli/commands/serve.ts';
import { loadConfig } from '../lib/config.ts';
import { launchChromium, type Browser } from './helpers/chromium.ts';
import { caseFlowFixtureRows, caseFlowTable, writeSnapshotFixture } from './helpers/snapshot-fixture.ts';

const rows = caseFlowFixtureRows();

async function serve(home: string): Promise<RunningServer> {
  return startServer(loadConfig({ ELIETA_HOME: home, HOST: '127.0.0.1', PORT: '0' }, home), {
    handleSignals: false,
  });
}

/** data-value of every drawn point in one chart, keyed by court|month. */
async function points(page: Page, chart: string): Promise<Map<string, { value: string; title: string }>> {
  const list = await page.$$eval(`#${chart} circle.point`, (circles) =>
    circles.map((c) => ({
      key: `${c.getAttribute('data-court')}|${c.getAttribute('data-month')}`,
      value: c.getAttribute('data-value') ?? '',
      title: c.querySelector('title')?.textContent ?? '',
    })),
  );
  return new Map(list.map((p) => [p.key, { value: p.value, title: p.title }]));
}

describe('dashboard in chromium', () => {
  let home: string;
  let emptyHome: string;
  let server: RunningServer;
  let emptyServer: RunningServer;
  let browser: Browser;
  // A failed launch (chromium missing) is rethrown by every test, so each one fails, not skips.
  let launchError: unknown = null;
  const newPage = async (): Promise<Page> => {
    if (launchError) throw launchError;
    return browser.newPage();
  };

  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'elieta-browser-'));
    emptyHome = mkdtempSync(path.join(os.tmpdir(), 'elieta-browser-empty-'));
    await writeSnapshotFixture(home, [caseFlowTable(rows)], { dataAsOf: '2025-08-31' });
    server = await serve(home);
    emptyServer = await serve(emptyHome);
    try {
      browser = await launchChromium();
    } catch (err) {
      launchError = err;
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await emptyServer?.close();
    for (const dir of [home, emptyHome]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws the exact mart values, in Latvian by default', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/dashboards/`);
    await page.waitForSelector('#chart-clearance circle.point');
    expect(await page.getAttribute('html', 'lang')).toBe('lv');
    expect(await page.textContent('h1')).toBe('Lietu plūsma tiesās');

    // Filter to one category: every court's month is then one mart row, drawn as it is.
    await page.selectOption('#filter-category', 'civil');
    await page.waitForURL(/category=civil/);
    await page.waitForFunction(() => !document.querySelector('#status.status-loading'));
    const civil = rows.filter((r) => r.case_category === 'civil');

    const clearance = await points(page, 'chart-clearance');
    const disposition = await points(page, 'chart-disposition');
    expect(clearance.size).toBe(civil.filter((r) => r.clearance_rate !== null).length);
    expect(disposition.size).toBe(civil.filter((r) => r.disposition_time_days !== null).length);
    for (const r of civil) {
      const key = `${r.court_code}|${r.month}`;
      if (r.clearance_rate === null) expect(clearance.has(key)).toBe(false);
      else expect(clearance.get(key)?.value, key).toBe(String(r.clearance_rate));
      expect(disposition.get(key)?.value, key).toBe(String(r.disposition_time_days));
    }
    // The tooltip carries the Latvian court name and the value with a decimal comma.
    const sample = civil.find((r) => r.court_code === 'RRT' && r.month === '2025-01-01')!;
    const title = clearance.get('RRT|2025-01-01')!.title;
    expect(title).toContain('Rīgas rajona tiesa');
    expect(title).toContain(sample.clearance_rate!.toFixed(1).replace('.', ','));

    // The table under the charts holds the same numbers.
    const tableRows = await page.$$eval('#data-table tbody tr', (trs) => trs.length);
    expect(tableRows).toBe(civil.length);
    const cells = await page.$$eval(
      '#data-table tbody tr[data-court="KRT"][data-month="2025-03-01"] td[data-value]',
      (tds) => tds.map((td) => td.getAttribute('data-value')),
    );
    const krt = civil.find((r) => r.court_code === 'KRT' && r.month === '2025-03-01')!;
    expect(cells).toEqual(
      [krt.incoming, krt.resolved, krt.pending_end, krt.clearance_rate, krt.disposition_time_days].map(
        String,
      ),
    );

    // A month with no incoming cases leaves a gap in the clearance line, not a zero.
    await page.selectOption('#filter-category', 'criminal');
    await page.waitForURL(/category=criminal/);
    await page.waitForFunction(() => !document.querySelector('#status.status-loading'));
    const criminal = await points(page, 'chart-clearance');
    expect(criminal.has('RAT|2025-04-01')).toBe(false);
    expect(criminal.has('RAT|2025-05-01')).toBe(true);
    await page.close();
  });

  it('switches to English, relabels everything and remembers the choice', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/dashboards/?instance=first`);
    await page.waitForSelector('#chart-clearance circle.point');
    const legendLv = await page.$$eval('#legend .legend-label', (els) => els.map((e) => e.textContent));
    expect(legendLv).toEqual(['Kurzemes rajona tiesa', 'Rīgas rajona tiesa']);

    await page.click('#lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('h1')).toBe('Case flow in courts');
    expect(await page.textContent('#lang-switch')).toBe('Latviski');
    expect(await page.$$eval('#legend .legend-label', (els) => els.map((e) => e.textContent))).toEqual([
      'Kurzeme District Court',
      'Riga District Court',
    ]);
    expect(await page.$$eval('#filter-category option', (os) => os.map((o) => o.textContent))).toEqual([
      'All categories',
      'Civil case',
      'Criminal case',
    ]);
    expect(
      await page.$eval('#filter-instance', (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent),
    ).toBe('First instance');
    expect(await page.$$eval('#data-table thead th', (ths) => ths.map((th) => th.textContent))).toContain(
      'Incoming',
    );
    const title = await page.$eval(
      '#chart-clearance circle.point[data-court="RRT"]',
      (c) => c.querySelector('title')?.textContent,
    );
    expect(title).toMatch(/^Riga District Court · January 2025: \d+\.\d$/);

    // The choice survives a reload.
    await page.reload();
    await page.waitForSelector('#chart-clearance circle.point');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('Case flow in courts');

    // Hiding a court in the legend removes its line and its table rows.
    await page.click('#legend button[data-court="KRT"]');
    expect(await page.getAttribute('#legend button[data-court="KRT"]', 'aria-pressed')).toBe('false');
    expect(await page.locator('#chart-clearance circle.point[data-court="KRT"]').count()).toBe(0);
    expect(await page.locator('#data-table tbody tr[data-court="KRT"]').count()).toBe(0);
    expect(await page.locator('#chart-clearance circle.point[data-court="RRT"]').count()).toBeGreaterThan(0);

    await page.click('#lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'lv');
    await page.close();
  });

  it('tells what to run when nothing has been built', async () => {
    const page = await newPage();
    await page.goto(`${emptyServer.url}/dashboards/`);
    await page.waitForSelector('#status.status-nodata');
    const text = await page.textContent('#status');
    expect(text).toContain('Dati vēl nav sagatavoti');
    expect(text).toContain('npm start');
    expect(text).toContain('npx elieta run');
    expect(await page.isHidden('#content')).toBe(true);
    await page.close();
  });
});
