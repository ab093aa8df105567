import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const cwd = mkdtempSync(path.join(tmpdir(), 'elieta-config-'));

describe('loadConfig', () => {
  it('has documented defaults: .elieta in the working directory, DuckDB, port 8080', () => {
    const c = loadConfig({}, cwd);
    expect(c.home).toBe(path.join(cwd, '.elieta'));
    expect(c.warehouse).toEqual({
      kind: 'duckdb',
      path: path.join(cwd, '.elieta', 'warehouse.duckdb'),
      memoryLimit: '2GB',
    });
    expect(c.server.port).toBe(8080);
    expect(c.env).toBe('demo');
  });

  it('takes environment variables over the file, and flags over both', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'elieta-config-'));
    writeFileSync(
      path.join(dir, 'elieta.config.json'),
      JSON.stringify({ server: { port: 9000 }, home: 'data' }),
    );
    expect(loadConfig({}, dir).server.port).toBe(9000);
    expect(loadConfig({}, dir).home).toBe(path.join(dir, 'data'));
    expect(loadConfig({ PORT: '9100' }, dir).server.port).toBe(9100);
    expect(loadConfig({ PORT: '9100' }, dir, { port: 9200 }).server.port).toBe(9200);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, cwd)).toThrow(/PORT=eighty: expected a whole number/);
    expect(() => loadConfig({ ELIETA_WAREHOUSE: 'oracle' }, cwd)).toThrow(/ELIETA_WAREHOUSE=oracle/);
    expect(() => loadConfig({ ELIETA_WAREHOUSE: 'postgres' }, cwd)).toThrow(/needs ELIETA_POSTGRES_URL/);
    expect(() => loadConfig({ ELIETA_ENV: 'staging' }, cwd)).toThrow(ConfigError);
    expect(() => loadConfig({ ELIETA_AS_OF: '30.06.2026' }, cwd)).toThrow(/generator.asOf/);
    expect(() => loadConfig({ ELIETA_DUCKDB_MEMORY_LIMIT: 'lots' }, cwd)).toThrow(
      /ELIETA_DUCKDB_MEMORY_LIMIT=lots: expected a size/,
    );
    expect(loadConfig({ ELIETA_DUCKDB_MEMORY_LIMIT: '512MB' }, cwd).warehouse).toMatchObject({
      memoryLimit: '512MB',
    });
  });

  it('refuses a public base URL on localhost, and prod without a real one', () => {
    expect(() => loadConfig({ ELIETA_PUBLIC_BASE_URL: 'http://localhost:8080' }, cwd)).toThrow(
      /publicBaseUrl/,
    );
    expect(() => loadConfig({ ELIETA_ENV: 'prod' }, cwd)).toThrow(/ELIETA_PUBLIC_BASE_URL/);
    expect(
      loadConfig({ ELIETA_ENV: 'prod', ELIETA_PUBLIC_BASE_URL: 'https://data.gov.lv/elieta/' }, cwd)
        .publicBaseUrl,
    ).toBe('https://data.gov.lv/elieta');
  });

  it('accepts a PostgreSQL warehouse URL', () => {
    const c = loadConfig(
      { ELIETA_WAREHOUSE: 'postgres', ELIETA_POSTGRES_URL: 'postgres://u:p@localhost:5432/elieta' },
      cwd,
    );
    expect(c.warehouse).toEqual({ kind: 'postgres', url: 'postgres://u:p@localhost:5432/elieta' });
  });
});
