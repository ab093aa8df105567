/**
 * What the rulings release reads, over every warehouse implementation (the DuckDB file and a real
 * PostgreSQL): the current version of each ruling, party and metadata row (a later load wins, a
 * deletion removes), the articles of the ruling's decision, and an input fingerprint that moves
 * when, and only when, a row the release reads changes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOAD_COLUMNS } from '../../ingest/ledger/tables.ts';
import { startPostgres, type TestPostgres } from '../../test/helpers/postgres.ts';
import {
  DuckDBWarehouse,
  PostgresWarehouse,
  type ColumnSpec,
  type Scalar,
  type Warehouse,
} from '../../lib/warehouse/index.ts';
import { readInputFingerprint, readRestrictedRulings } from './read.ts';

let pg: TestPostgres;
const dir = mkdtempSync(path.join(tmpdir(), 'rulings-read-'));
beforeAll(async () => {
  pg = await startPostgres();
}, 120_000);
afterAll(async () => {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const text = (...names: string[]): ColumnSpec[] => names.map((name) => ({ name, type: 'text' }));
const TABLES: Record<string, ColumnSpec[]> = {
  'restricted.tis2__rulings': text('ruling_id', 'decision_id', 'ecli', 'language', 'text'),
  'restricted.tis2__ruling_parties': text(
    'ruling_id',
    'party_key',
    'role',
    'personal_code',
    'first_name',
    'last_name',
  ),
  'raw.tis2__decisions': [
    ...text('decision_id', 'case_id', 'decision_type', 'outcome'),
    { name: 'decided_on', type: 'date' },
  ],
  'raw.tis2__cases': text('case_id', 'court_code', 'case_category', 'instance'),
  'raw.tis2__sentences': text('sentence_id', 'decision_id'),
  'raw.tis2__sentence_articles': text('sentence_id', 'article_code'),
};

let seq = 0;
async function put(
  wh: Warehouse,
  table: string,
  values: Scalar[],
  op: 'upsert' | 'delete' = 'upsert',
): Promise<void> {
  const cols = TABLES[table]!;
  seq++;
  const all = [
    ...values,
    `b${String(seq).padStart(4, '0')}`,
    `2026-01-01 00:00:${String(seq % 60).padStart(2, '0')}`,
    seq,
    op,
    seq * 7919, // a record hash, distinct per version
  ];
  const names = [...cols.map((c) => c.name), ...LOAD_COLUMNS.map((c) => c.name)];
  await wh.exec(
    `INSERT INTO ${table} (${names.join(', ')}) VALUES (${all.map((_, i) => `$${i + 1}`).join(', ')})`,
    all,
  );
}

async function fill(wh: Warehouse): Promise<void> {
  for (const [t, cols] of Object.entries(TABLES)) {
    const [schema, name] = t.split('.') as [string, string];
    await wh.ensureTable({ schema, name, columns: [...cols, ...LOAD_COLUMNS.map((c) => ({ ...c }))] });
  }
  await put(wh, 'restricted.tis2__rulings', ['R1', 'D1', 'ECLI:LV:RRT:2025:K33.000001.25', 'lv', 'old text']);
  await put(wh, 'restricted.tis2__rulings', ['R1', 'D1', 'ECLI:LV:RRT:2025:K33.000001.25', 'lv', 'new text']);
  await put(wh, 'restricted.tis2__rulings', ['R2', 'D2', 'ECLI:LV:AAT:2024:A13.000002.24', 'lv', 'second']);
  await put(wh, 'restricted.tis2__rulings', ['R3', 'D3', 'ECLI:LV:AT:2024:SKA.3.24', 'lv', 'deleted']);
  await put(
    wh,
    'restricted.tis2__rulings',
    ['R3', 'D3', 'ECLI:LV:AT:2024:SKA.3.24', 'lv', 'deleted'],
    'delete',
  );
  await put(wh, 'restricted.tis2__ruling_parties', [
    'R1',
    'D',
    'apsūdzētais',
    '010190-12345',
    'Jānis',
    'Old',
  ]);
  await put(wh, 'restricted.tis2__ruling_parties', [
    'R1',
    'D',
    'apsūdzētais',
    '010190-12345',
    'Jānis',
    'Ozols',
  ]);
  await put(wh, 'restricted.tis2__ruling_parties', ['R1', 'V', 'liecinieks', null, 'Anna', 'Liepa']);
  await put(wh, 'raw.tis2__decisions', ['D1', 'C1', 'judgment', 'judgment', '2025-03-04']);
  await put(wh, 'raw.tis2__decisions', ['D2', 'C2', 'judgment', 'appeal_upheld', '2024-12-31']);
  await put(wh, 'raw.tis2__cases', ['C1', 'RRT', 'criminal', 'first']);
  await put(wh, 'raw.tis2__cases', ['C2', 'AAT', 'administrative', 'appeal']);
  await put(wh, 'raw.tis2__cases', ['C9', 'ZRT', 'civil', 'first']); // no ruling: not read
  await put(wh, 'raw.tis2__sentences', ['S1', 'D1']);
  await put(wh, 'raw.tis2__sentences', ['S2', 'D1']);
  for (const [s, a] of [
    ['S1', '175'],
    ['S2', '175'],
    ['S2', '23'],
    ['S2', '185'],
  ])
    await put(wh, 'raw.tis2__sentence_articles', [s!, a!]);
  await put(wh, 'raw.tis2__sentence_articles', ['S2', '185'], 'delete');
}

describe.each([
  ['duckdb', async () => DuckDBWarehouse.open(path.join(dir, `wh-${Date.now()}.duckdb`))],
  [
    'postgres',
    async () =>
      PostgresWarehouse.open(await pg.createDatabase(`rr_${Math.random().toString(36).slice(2, 8)}`)),
  ],
] as const)('%s', (_name, open) => {
  it('reads the current version of each ruling with its parties and metadata, and fingerprints the input', async () => {
    const wh = await open();
    try {
      expect(await readRestrictedRulings(wh)).toBeNull();
      expect(await readInputFingerprint(wh)).toBeNull();
      await fill(wh);
      const rulings = (await readRestrictedRulings(wh))!;
      expect(rulings.map((r) => r.ecli)).toEqual([
        'ECLI:LV:AAT:2024:A13.000002.24',
        'ECLI:LV:RRT:2025:K33.000001.25',
      ]);
      const r1 = rulings[1]!;
      expect(r1).toMatchObject({
        rulingId: 'R1',
        text: 'new text',
        courtCode: 'RRT',
        decidedOn: '2025-03-04',
        caseCategory: 'criminal',
        instance: 'first',
        decisionType: 'judgment',
        outcome: 'judgment',
        articles: ['23', '175'],
      });
      expect(r1.parties).toEqual([
        { name: 'Jānis', surname: 'Ozols', personal_code: '010190-12345', role: 'apsūdzētais' },
        { name: 'Anna', surname: 'Liepa', personal_code: null, role: 'liecinieks' },
      ]);
      expect(rulings[0]).toMatchObject({ decidedOn: '2024-12-31', articles: [], parties: [] });
      // Page by page (one ruling a page) gives the same.
      expect(await readRestrictedRulings(wh, { pageSize: 1 })).toEqual(rulings);

      const before = await readInputFingerprint(wh);
      expect(before).toMatch(/^[0-9a-f]{64}$/);
      await put(wh, 'raw.tis2__cases', ['C9', 'ZRT', 'civil', 'appeal']); // a case without a ruling
      expect(await readInputFingerprint(wh)).toBe(before);
      await put(wh, 'restricted.tis2__ruling_parties', ['R1', 'V', 'liecinieks', null, 'Anna', 'Liepiņa']);
      const afterParty = await readInputFingerprint(wh);
      expect(afterParty).not.toBe(before);
      await put(wh, 'raw.tis2__cases', ['C2', 'AAT', 'administrative', 'cassation']);
      expect(await readInputFingerprint(wh)).not.toBe(afterParty);
    } finally {
      await wh.close();
    }
  });
});
