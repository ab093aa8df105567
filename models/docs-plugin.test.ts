/**
 * /docs/data on the real server (app.inject): 503 problem+json before dbt wrote its docs, then
 * the static page dbt writes into $ELIETA_HOME/dbt/target, with an ETag that answers 304.
 * (test/dbt.test.ts serves the page of a real `elieta build`.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, paths } from '../lib/config.ts';
import { buildApp } from '../lib/server/app.ts';

describe('/docs/data', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'elieta-docs-test-'));
  const config = loadConfig({ ELIETA_HOME: home }, home);
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('answers 503 problem+json saying what to run before the docs are generated', async () => {
    const app = await buildApp(config);
    try {
      for (const url of ['/docs/data', '/docs/data/manifest.json', '/docs/data/catalog.json']) {
        const res = await app.inject(url);
        expect(res.statusCode, url).toBe(503);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.json().detail).toMatch(/elieta build/);
      }
    } finally {
      await app.close();
    }
  });

  it('serves the page and artifacts dbt wrote, with an ETag', async () => {
    const target = paths(config).dbtTarget;
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, 'static_index.html'), '<!doctype html><title>dbt Docs</title>');
    writeFileSync(path.join(target, 'manifest.json'), '{"nodes":{}}');
    writeFileSync(path.join(target, 'catalog.json'), '{"nodes":{}}');
    const app = await buildApp(config);
    try {
      const page = await app.inject('/docs/data');
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.body).toContain('dbt Docs');
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      const again = await app.inject({
        url: '/docs/data',
        headers: { 'if-none-match': page.headers.etag as string },
      });
      expect(again.statusCode).toBe(304);
      const manifest = await app.inject('/docs/data/manifest.json');
      expect(manifest.statusCode).toBe(200);
      expect(manifest.json()).toEqual({ nodes: {} });
    } finally {
      await app.close();
    }
  });
});
