/**
 * End to end through the `elieta` CLI: `pdis-db` fills a TIS2 database on a real PostgreSQL
 * server, `kkp-sim` serves the KKP export over HTTP, and `elieta ingest` reads TIS2 through the
 * PostgreSQL connector, KKP through the REST connector and the other sources from the file drop
 * (as configured by ELIETA_SOURCE_<NAME>); a source that cannot be read fails the command with
 * its reason.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from './helpers/postgres.ts';
import { tis2Case } from './helpers/records.ts';

const BIN = path.resolve('lib/cli/bin.js');
let pg: TestPostgres;
let home: string;

function write(rel: string, records: object[]): void {
  const file = path.join(home, 'drop', rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

function elieta(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, ELIETA_HOME: home, ELIETA_LOG_LEVEL: 'error', ...env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}

beforeAll(async () => {
  pg = await startPostgres();
  home = mkdtempSync(path.join(tmpdir(), 'elieta-e2e-connectors-'));
  write(
    'tis2/cases/part-0001.ndjson',
    [1, 2, 3].map((i) => tis2Case(i, { updated_at: `2024-01-15T10:00:0${i}Z` })),
  );
  write(
    'kkp/events/events-0001.ndjson',
    [1, 2].map((i) => ({
      event_id: `KE-${i}-1`,
      occurred_at: '2024-01-16T09:00:00Z',
      document_id: `KD-${i}-1`,
      document_type: 'judgment',
      event_type: 'published',
      institution_code: 'TA',
      court_code: 'RPT',
      system_code: 'TIS2',
      channel: 'electronic',
      case_number: null,
      proceeding_number: null,
      updated_at: `2024-01-16T09:00:0${i}Z`,
    })),
  );
  write('iis2/facilities/f.ndjson', [{ facility_code: 'nosuch' }]); // read from the drop, quarantined
});

afterAll(async () => {
  await new Promise((r) => setTimeout(r, 300));
  await pg?.stop();
});

describe('elieta pdis-db, kkp-sim and ingest with configured sources', () => {
  it('reads TIS2 from PostgreSQL, KKP over REST and the rest from the drop; fails naming a source it cannot reach', async () => {
    const tis2 = pg.url('tis2');
    const filled = elieta(['pdis-db', '--source', 'tis2', '--url', tis2, '--json']);
    expect(filled.code, filled.stderr).toBe(0);
    const pdis = JSON.parse(filled.stdout) as {
      created: boolean;
      entities: { entity: string; rows: number }[];
    };
    expect(pdis.created).toBe(true);
    expect(pdis.entities.find((e) => e.entity === 'cases')?.rows).toBe(3);

    const port = await freePort();
    const sim = spawn(process.execPath, [BIN, 'kkp-sim', '--port', String(port)], {
      env: { ...process.env, ELIETA_HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      sim.stderr.on('data', (d: Buffer) => d.toString().includes('KKP simulator serving') && resolve());
      sim.once('exit', (code) => reject(new Error(`kkp-sim exited with ${code}`)));
    });
    const kkp = `http://127.0.0.1:${port}/api`;
    try {
      const env = { ELIETA_SOURCE_TIS2: tis2, ELIETA_SOURCE_KKP: kkp };
      const run = elieta(['ingest', '--json'], env);
      expect(run.code, run.stderr).toBe(0);
      const summary = JSON.parse(run.stdout) as {
        entities: {
          source: string;
          entity: string;
          connector: string;
          read: number;
          loaded: number;
          quarantined: number;
          watermarkAfter: string | null;
        }[];
      };
      const by = (s: string, e: string) => summary.entities.find((x) => x.source === s && x.entity === e);
      expect(by('tis2', 'cases')).toMatchObject({
        connector: 'postgres',
        read: 3,
        loaded: 3,
        watermarkAfter: '2024-01-15T10:00:03Z',
      });
      expect(by('kkp', 'events')).toMatchObject({
        connector: 'rest',
        read: 2,
        loaded: 2,
        watermarkAfter: '2024-01-16T09:00:02Z',
      });
      expect(by('iis2', 'facilities')).toMatchObject({ connector: 'file-drop', read: 1, quarantined: 1 });
      const human = elieta(['ingest', '--source', 'kkp'], env);
      expect(human.code).toBe(0);
      expect(human.stdout).toMatch(
        /kkp\/events: read 1, loaded 0, unchanged 1, quarantined 0 \(rest; watermark 2024-01-16T09:00:02Z → 2024-01-16T09:00:02Z\)/,
      );
    } finally {
      sim.kill('SIGINT');
      await new Promise((r) => (sim.exitCode !== null ? r(null) : sim.once('exit', r)));
    }
    const down = elieta(['ingest', '--source', 'kkp'], { ELIETA_SOURCE_KKP: kkp });
    expect(down.code).toBe(1);
    expect(down.stderr).toContain(
      `kkp/events: ${kkp}/events?modified_since=2024-01-16T09%3A00%3A02Z&page_size=1000: gave up after 6 attempts; last: network error: ECONNREFUSED`,
    );
  });
});
