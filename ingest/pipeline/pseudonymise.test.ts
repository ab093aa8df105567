import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.ts';
import { DuckDBWarehouse } from '../../lib/warehouse/index.ts';
import type { Contract } from '../contracts/index.ts';
import { compileContract } from '../contracts/validate.ts';
import { makeLoader, prepareLoader, writeBatch, type RawItem } from './batch.ts';
import { resolvePseudonymKey } from './key.ts';
import { birthYear, pseudonym, sexFromGivenName } from './pseudonymise.ts';

const KEY = Buffer.from('k'.repeat(40));

const contract: Contract = {
  source: 'plus',
  entity: 'clients',
  file: 'plus/clients.schema.json',
  schema: {
    title: 'Client',
    'x-primary-key': ['client_id'],
    required: ['client_id', 'personal_code', 'first_name', 'last_name', 'updated_at'],
    properties: {
      client_id: { type: 'string' },
      personal_code: { type: 'string', 'x-pii': 'personal_code' },
      first_name: { type: 'string', 'x-pii': 'name' },
      last_name: { type: 'string', 'x-pii': 'name' },
      region: { type: 'string' },
      updated_at: { type: 'string', format: 'date-time' },
    },
  },
};

describe('pseudonyms', () => {
  it('are keyed, stable, visibly pseudonyms and never shaped like a personal code', () => {
    const a = pseudonym(KEY, '010190-12345');
    expect(a).toBe(pseudonym(KEY, '01019012345'));
    expect(a).not.toBe(pseudonym(Buffer.from('x'.repeat(40)), '010190-12345'));
    expect(a).toMatch(/^PS-[a-p]{20}$/);
    expect(a).not.toMatch(/\d{6}-?\d{5}/);
  });

  it('derive the birth year from an old-format code and nothing from a new one', () => {
    expect(birthYear('150385-10314')).toBe(1985);
    expect(birthYear('010105-20001')).toBe(2005);
    expect(birthYear('321234-56789')).toBeNull();
    expect(sexFromGivenName('Anna')).toBe('F');
    expect(sexFromGivenName('Jānis')).toBe('M');
  });
});

describe('load with personal data', () => {
  it('stores pseudonym, birth year and sex, and no personal code or name anywhere', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'elieta-pii-'));
    const wh = await DuckDBWarehouse.open(path.join(home, 'w.duckdb'));
    try {
      const loader = makeLoader(contract, compileContract(contract, new Map()), KEY);
      await prepareLoader(wh, loader);
      const rec = {
        client_id: 'C1',
        personal_code: '150385-10314',
        first_name: 'Ilze',
        last_name: 'Kalniņa',
        region: 'riga',
        updated_at: '2026-01-01T00:00:00Z',
      };
      const items: RawItem[] = [
        { position: 'line 1', sourcePosition: 1, text: JSON.stringify(rec), record: rec },
        {
          position: 'line 2',
          sourcePosition: 2,
          text: '{"client_id":"C2"}',
          record: { client_id: 'C2' },
        },
      ];
      const out = await wh.transaction((tx) => writeBatch(tx, loader, items, { batchId: 'b1', where: 'f' }));
      expect(out).toMatchObject({ loaded: 1, quarantined: 1 });
      const rows = await wh.query('SELECT * FROM raw.plus__clients');
      expect(rows[0]).toMatchObject({
        client_id: 'C1',
        personal_code_pseudonym: pseudonym(KEY, '150385-10314'),
        personal_code_birth_year: 1985,
        sex: 'F',
      });
      const everything = JSON.stringify(
        await wh.query('SELECT * FROM raw.plus__clients'),
        (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v),
      );
      expect(everything).not.toContain('150385');
      expect(everything).not.toContain('Kalniņa');
      expect(everything).not.toContain('Ilze');
      // The quarantine keeps the original record of a broken line for the data steward.
      const q = await wh.query<{ reason: string }>('SELECT reason FROM raw.quarantine');
      expect(q[0]?.reason).toContain('personal_code');
    } finally {
      await wh.close();
    }
  });

  it('refuses to load personal data without a key', () => {
    expect(() => makeLoader(contract, compileContract(contract, new Map()), null)).toThrow(
      /no pseudonym key/,
    );
  });
});

describe('pseudonym key', () => {
  it('is created by the demo with mode 0600 and required everywhere else', () => {
    const home = mkdtempSync(path.join(tmpdir(), 'elieta-key-'));
    const demo = loadConfig({ ELIETA_HOME: home }, home);
    const k1 = resolvePseudonymKey(demo, {});
    expect(resolvePseudonymKey(demo, {})).toEqual(k1);
    expect(statSync(path.join(home, 'pseudonym.key')).mode & 0o777).toBe(0o600);
    const dev = loadConfig({ ELIETA_HOME: home, ELIETA_ENV: 'dev' }, home);
    expect(() => resolvePseudonymKey(dev, {})).toThrow(
      /ELIETA_PSEUDONYM_KEY is required when ELIETA_ENV=dev/,
    );
    expect(() => resolvePseudonymKey(dev, { ELIETA_PSEUDONYM_KEY: 'short' })).toThrow(/at least 32/);
    expect(resolvePseudonymKey(dev, { ELIETA_PSEUDONYM_KEY: 'z'.repeat(32) }).length).toBe(32);
  });
});
