import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { buildApp } from './app.ts';

// The server on an empty data directory: nothing has been built, yet it starts, reports its
// health, describes itself, and answers data requests with a problem saying what to run.
describe('server app on an empty data directory', () => {
  let home: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'elieta-app-test-'));
    app = await buildApp(loadConfig({ ELIETA_HOME: home }, home));
  });

  afterAll(async () => {
    await app?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('answers /health with no snapshot', async () => {
    const res = await app.inject('/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', snapshot: null, dataAsOf: null });
  });

  it('serves a valid OpenAPI 3 document that lists the dashboard API', async () => {
    const res = await app.inject('/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\./);
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const op = doc.paths['/dashboards/api/case-flow']?.get as {
      parameters: { name: string; in: string }[];
      responses: Record<string, unknown>;
    };
    expect(op).toBeDefined();
    expect(op.parameters.map((p) => `${p.in}:${p.name}`).sort()).toEqual([
      'query:category',
      'query:court',
      'query:instance',
    ]);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '503']));
    // Static files and internal routes stay out of the API description.
    expect(
      Object.keys(doc.paths).filter((p) => p.startsWith('/dashboards/') && !p.startsWith('/dashboards/api/')),
    ).toEqual([]);
  });

  it('answers the dashboard API with 503 problem+json that says what to run', async () => {
    const res = await app.inject('/dashboards/api/case-flow');
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json() as { title: string; status: number; detail: string; type: string };
    expect(body.status).toBe(503);
    expect(body.title).toBe('No data built yet');
    expect(body.detail).toContain('npx elieta run');
    expect(body.detail).toContain('npm start');
  });

  it('still serves the dashboard page, which explains the missing data itself', async () => {
    const res = await app.inject('/dashboards/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<html lang="lv">');
  });

  it('answers unknown paths with 404 problem+json', async () => {
    for (const url of ['/no/such/thing', '/dashboards/no-such-file.js', '/dashboards/api/nothing']) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ status: 404, title: 'Not found', instance: url });
    }
  });

  it('rejects malformed filter values with 400 problem+json', async () => {
    const res = await app.inject("/dashboards/api/case-flow?court=x'%20OR%201=1");
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 400 });
  });

  it('redirects / to the dashboard', async () => {
    const res = await app.inject('/');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/dashboards/');
  });
});
