/**
 * The file drop's SQL load path against the record-by-record path it stands in for: on a whole
 * simulated world (every source entity, personal codes and names, restricted rulings, an advance
 * with updates and deletions) both give the same raw rows, and the SQL path takes every file.
 * And what the SQL path must not take.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readClassifiers } from '../../../classifiers/registry/load.ts';
import { generate } from '../../../lib/cli/commands/generate.ts';
import { loadConfig, paths } from '../../../lib/config.ts';
import { DuckDBWarehouse } from '../../../lib/warehouse/index.ts';
import { getContract, listContracts, type Contract } from '../../contracts/index.ts';
import { compileContract } from '../../contracts/validate.ts';
import { makeLoader, prepareLoader, writeBatch } from '../../pipeline/batch.ts';
import { dropEntities, ingestEntity, newRunId, prepareLanes, type EntityResult } from './connector.ts';
import { readNdjson } from './readers.ts';
import { insertFile, MAX_SQL_LINE_BYTES, planSqlLoad } from './sql-load.ts';

const KEY = Buffer.from('sql-load-test-pseudonym-key-0123456789abcdef');
const classifiers = readClassifiers();

let home: string;
let drop: string;

beforeAll(async () => {
  home = mkdtempSync(path.join(tmpdir(), 'elieta-sql-load-'));
  const config = loadConfig({ ...process.env, ELIETA_HOME: home }, process.cwd(), { home });
  drop = paths(config).drop;
  await generate(config, { scale: 400, seed: 11, asOf: '2026-06-30', rulings: 12, workers: 1 });
  await generate(config, { advance: 45, workers: 1 });
  // the simulator seldom deletes: add deletions of a one-field and a two-field key
  const first = (entity: string) => {
    const dir = path.join(drop, 'tis2', entity);
    const f = dropFiles(dir)[0] as string;
    return JSON.parse(readFileSync(path.join(dir, f), 'utf8').split('\n')[0] as string) as Record<
      string,
      unknown
    >;
  };
  const c = first('cases');
  writeFileSync(
    path.join(drop, 'tis2', 'cases', 'zz-deletes.ndjson'),
    `{"_op":"delete","case_id":"${String(c.case_id)}"}\n`,
  );
  const h = first('case_status_history');
  writeFileSync(
    path.join(drop, 'tis2', 'case_status_history', 'zz-deletes.ndjson'),
    `${JSON.stringify({ _op: 'delete', case_id: h.case_id, seq: h.seq })}\n`,
  );
}, 120_000);

afterAll(() => {
  rmSync(home, { recursive: true, force: true });
});

type Row = Record<string, unknown>;

async function loadAll(sqlPath: boolean): Promise<{ wh: DuckDBWarehouse; results: EntityResult[] }> {
  const wh = await DuckDBWarehouse.open(path.join(home, `${sqlPath ? 'sql' : 'records'}.duckdb`));
  const results: EntityResult[] = [];
  for (const [source, entity] of dropEntities(drop))
    results.push(
      await ingestEntity(wh, drop, source, entity, { runId: newRunId(), key: KEY, classifiers, sqlPath }),
    );
  return { wh, results };
}

async function rows(wh: DuckDBWarehouse, table: string): Promise<Row[]> {
  return wh.query(`SELECT * EXCLUDE (_batch_id, _loaded_at) FROM ${table} ORDER BY ALL`);
}

describe('file drop: the SQL load path and the record-by-record path', () => {
  it('give the same raw rows for every entity of a simulated world, and the SQL path takes every file', async () => {
    const sql = await loadAll(true);
    const records = await loadAll(false);
    try {
      expect(sql.results.length).toBeGreaterThan(15);
      for (const r of sql.results) {
        expect(r.error, `${r.source}/${r.entity}`).toBeUndefined();
        expect(r.sqlFiles, `${r.source}/${r.entity}: files the SQL path took`).toBe(r.files);
      }
      const byKey = new Map(records.results.map((r) => [`${r.source}/${r.entity}`, r]));
      let deletes = 0;
      for (const r of sql.results) {
        const other = byKey.get(`${r.source}/${r.entity}`) as EntityResult;
        const pick = (x: EntityResult) => [
          x.files,
          x.read,
          x.loaded,
          x.unchanged,
          x.quarantined,
          x.watermarkAfter,
        ];
        expect(pick(r), `${r.source}/${r.entity} counts`).toEqual(pick(other));
        expect(other.sqlFiles).toBe(0);
        const contract = getContract(r.source, r.entity) as Contract;
        const table = `${contract.schema['x-restricted'] ? 'restricted' : 'raw'}.${r.source}__${r.entity}`;
        const a = await rows(sql.wh, table);
        const b = await rows(records.wh, table);
        expect(a.length, table).toBe(r.read);
        expect(a, table).toEqual(b);
        deletes += a.filter((x) => x._op === 'delete').length;
      }
      expect(deletes).toBe(2);
      // the pseudonymised columns are there, and no personal code is
      const parties = await rows(sql.wh, 'raw.tis2__parties');
      expect(parties.some((p) => typeof p.personal_code_pseudonym === 'string')).toBe(true);
      expect(
        JSON.stringify(parties, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)),
      ).not.toMatch(/\d{6}-\d{5}/);
    } finally {
      await sql.wh.close();
      await records.wh.close();
    }
  }, 240_000);

  it('gives the same rows for a CSV file', async () => {
    const dir = path.join(home, 'csv-drop', 'tis2', 'cases');
    mkdirSync(dir, { recursive: true });
    const header =
      'case_id,case_number,origin_case_id,court_code,case_category,instance,registered_on,first_hearing_on,decided_on,closed_on,outcome,judge_id,proceeding_number,updated_at';
    const lines = [
      'TIS2-10,C30-00010-24,,RPT,civil,first,2024-01-02,,,,,J-0001,,2024-01-02T10:00:00Z',
      'TIS2-11,"K30-00011-24",TIS2-10,RPT,criminal,appeal,2024-01-03,2024-02-01,2024-03-01,2024-03-02,judgment,J-0002,12345678901,2024-03-02T10:00:00Z',
      'TIS2-12,C30-00012-24,,RPT,civil,first,2024-01-04,,,,,J-0003,,2024-01-04T10:00:00Z',
    ];
    writeFileSync(path.join(dir, 'export.csv'), [header, ...lines].join('\r\n') + '\r\n');
    const out: Row[][] = [];
    for (const sqlPath of [true, false]) {
      const wh = await DuckDBWarehouse.open(path.join(home, `csv-${sqlPath}.duckdb`));
      try {
        const r = await ingestEntity(wh, path.join(home, 'csv-drop'), 'tis2', 'cases', {
          runId: newRunId(),
          key: KEY,
          sqlPath,
        });
        expect(r).toMatchObject({ read: 3, loaded: 3, quarantined: 0, sqlFiles: sqlPath ? 1 : 0 });
        out.push(await rows(wh, 'raw.tis2__cases'));
      } finally {
        await wh.close();
      }
    }
    expect(out[0]).toEqual(out[1]);
    expect(out[0]?.[1]).toMatchObject({ case_id: 'TIS2-11', _source_position: 3n });
  });

  it('leaves to the record-by-record reader a CSV whose quotes DuckDB would read more leniently', async () => {
    const dir = path.join(home, 'csv-lenient', 'tis2', 'cases');
    mkdirSync(dir, { recursive: true });
    const header = 'case_id,case_number,court_code,case_category,instance,registered_on,judge_id,updated_at';
    writeFileSync(
      path.join(dir, 'a.csv'),
      [
        header,
        'TIS2-1,C30-1-24,RPT,civil,first,2024-01-02,J-0001,2024-01-02T10:00:00Z',
        'TIS2-2, "C30-2-24",RPT,civil,first,2024-01-02,J-0001,2024-01-02T10:00:00Z',
        'TIS2-3,"C30-3-24" ,RPT,civil,first,2024-01-02,J-0001,2024-01-02T10:00:00Z',
      ].join('\n') + '\n',
    );
    const wh = await DuckDBWarehouse.open(path.join(home, 'csv-lenient.duckdb'));
    try {
      const r = await ingestEntity(wh, path.join(home, 'csv-lenient'), 'tis2', 'cases', {
        runId: newRunId(),
        key: KEY,
      });
      expect(r).toMatchObject({ read: 3, loaded: 1, quarantined: 2, sqlFiles: 0 });
      const q = await wh.query<{ position: string }>('SELECT position FROM raw.quarantine ORDER BY position');
      expect(q.map((x) => x.position)).toEqual(['line 3', 'line 4']);
    } finally {
      await wh.close();
    }
  });

  it('loads a file whose lines are not compact contract-ordered JSON record by record, with the same rows', async () => {
    const src = readFileSync(
      path.join(drop, 'tis2', 'cases', dropFiles(path.join(drop, 'tis2', 'cases'))[0] as string),
      'utf8',
    )
      .split('\n')
      .slice(0, 50)
      .filter(Boolean);
    const dir = path.join(home, 'pretty-drop', 'tis2', 'cases');
    mkdirSync(dir, { recursive: true });
    // spaces after separators, reversed key order, null fields left out
    const pretty = src.map((l) => {
      const o = JSON.parse(l) as Record<string, unknown>;
      const entries = Object.entries(o)
        .filter(([, v]) => v !== null)
        .reverse();
      return JSON.stringify(Object.fromEntries(entries), null, 0).replace(/","/g, '", "');
    });
    writeFileSync(path.join(dir, 'a.ndjson'), pretty.join('\n') + '\n');
    const wh = await DuckDBWarehouse.open(path.join(home, 'pretty.duckdb'));
    try {
      const r = await ingestEntity(wh, path.join(home, 'pretty-drop'), 'tis2', 'cases', {
        runId: newRunId(),
        key: KEY,
      });
      expect(r).toMatchObject({ read: 50, loaded: 50, quarantined: 0, sqlFiles: 0 });
    } finally {
      await wh.close();
    }
  });
});

describe('the SQL path within the warehouse memory limit', () => {
  it('loads files two lanes at a time under a small memory limit, and leaves a line longer than it reads to the record path', async () => {
    const dir = path.join(home, 'long-drop', 'tis2', 'rulings');
    mkdirSync(dir, { recursive: true });
    const ruling = (n: number, text: string) =>
      JSON.stringify({
        ruling_id: `TIS2R-${n}`,
        decision_id: `TIS2D-${n}`,
        ecli: `ECLI:LV:RRT:2026:0101.K${n}.1.S`,
        language: 'lv',
        text,
        updated_at: '2026-01-02T03:04:05Z',
      });
    writeFileSync(path.join(dir, 'a.ndjson'), `${ruling(1, 'Spriedums.')}\n${ruling(2, 'Lēmums.')}\n`);
    writeFileSync(
      path.join(dir, 'b.ndjson'),
      `${ruling(3, 'Īss.')}\n${ruling(4, 'Garš spriedums. '.repeat(MAX_SQL_LINE_BYTES / 16 + 1))}\n`,
    );
    const wh = await DuckDBWarehouse.open(path.join(home, 'long.duckdb'), { memoryLimit: '256MB' });
    try {
      await prepareLanes(wh); // as `elieta ingest` does before its lanes start
      const other = await wh.concurrent();
      const lanes = [
        ingestEntity(wh, path.join(home, 'long-drop'), 'tis2', 'rulings', { runId: newRunId(), key: KEY }),
        ingestEntity(other, drop, 'tis2', 'cases', { runId: newRunId(), key: KEY }),
      ];
      const [rulings, cases] = await Promise.all(lanes);
      expect(rulings).toMatchObject({ files: 2, sqlFiles: 1, read: 4, loaded: 4, quarantined: 0 });
      expect(cases?.error).toBeUndefined();
      expect(cases?.sqlFiles).toBe(cases?.files);
      const [long] = await wh.query<{ n: number | bigint }>(
        "SELECT length(text) AS n FROM restricted.tis2__rulings WHERE ruling_id = 'TIS2R-4'",
      );
      expect(Number(long?.n)).toBeGreaterThan(MAX_SQL_LINE_BYTES);
      await other.close();
    } finally {
      await wh.close();
    }
  });
});

describe('the SQL path on a file larger than DuckDB reads at once', () => {
  it('numbers every record by its line, in NDJSON and CSV, and keeps a later line of a key after an earlier one', async () => {
    // 40 MB: more than one read buffer (16 × MAX_SQL_LINE_BYTES) and hundreds of vectors
    const n = 120_000;
    const event = (i: number) => ({
      event_id: `KE-7-${i}`,
      occurred_at: '2026-01-02T03:04:05Z',
      document_id: `KD-7-${i}`,
      document_type: 'judgment',
      event_type: 'published',
      institution_code: 'TA',
      court_code: 'RRT',
      system_code: 'TIS2',
      channel: 'electronic',
      case_number: `C33-${String(i).padStart(6, '0')}-26 ${'x'.repeat(i % 200)}`,
      proceeding_number: null,
      updated_at: '2026-01-02T03:04:05Z',
    });
    // line i holds event i, but for the last line, which repeats the key of line 1 (a later version)
    const lines = Array.from({ length: n }, (_, i) => event(i + 1));
    lines[n - 1] = { ...event(1), channel: 'paper' };
    const ndjson = path.join(home, 'big-ndjson', 'kkp', 'events');
    const csv = path.join(home, 'big-csv', 'kkp', 'events');
    mkdirSync(ndjson, { recursive: true });
    mkdirSync(csv, { recursive: true });
    writeFileSync(path.join(ndjson, 'big.ndjson'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const cols = Object.keys(event(1));
    writeFileSync(
      path.join(csv, 'big.csv'),
      [
        cols.join(','),
        ...lines.map((l) => cols.map((c) => (l as Record<string, unknown>)[c] ?? '').join(',')),
      ].join('\n') + '\n',
    );
    for (const [kind, first] of [
      ['ndjson', 1],
      ['csv', 2],
    ] as const) {
      const wh = await DuckDBWarehouse.open(path.join(home, `big-${kind}.duckdb`));
      try {
        const r = await ingestEntity(wh, path.join(home, `big-${kind}`), 'kkp', 'events', {
          runId: newRunId(),
          key: KEY,
        });
        expect(r).toMatchObject({ files: 1, sqlFiles: 1, read: n, loaded: n, quarantined: 0 });
        const [wrong] = await wh.query<{ n: number | bigint }>(
          `SELECT count(*) AS n FROM raw.kkp__events
           WHERE _source_position <> CAST(substr(document_id, 6) AS BIGINT) + ${first - 1}
             AND document_id <> 'KD-7-1'`,
        );
        expect(Number(wrong?.n), kind).toBe(0);
        // the key of line 1 again on the last line: its current version is the last line's
        const versions = await wh.query<{ p: bigint; channel: string }>(
          `SELECT _source_position AS p, channel FROM raw.kkp__events WHERE event_id = 'KE-7-1' ORDER BY p`,
        );
        expect(versions).toEqual([
          { p: BigInt(first), channel: 'electronic' },
          { p: BigInt(n + first - 1), channel: 'paper' },
        ]);
      } finally {
        await wh.close();
      }
    }
  }, 120_000);
});

function dropFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ndjson'))
    .sort();
}

describe('planSqlLoad', () => {
  it('compiles every contract of the platform', () => {
    for (const contract of listContracts()) {
      const loader = makeLoader(contract, compileContract(contract, classifiers), KEY);
      const plan = planSqlLoad(loader, classifiers);
      expect(
        'ineligible' in plan ? plan.ineligible : null,
        `${contract.source}/${contract.entity}`,
      ).toBeNull();
    }
  });

  it('refuses a contract with a keyword it does not check, so none is skipped silently', () => {
    const base = getContract('tis2', 'cases') as Contract;
    const variants: [string, (c: Contract) => void][] = [
      ['enum', (c) => void ((c.schema.properties.instance as Record<string, unknown>).enum = ['first'])],
      ['format', (c) => void ((c.schema.properties.case_number as Record<string, unknown>).format = 'email')],
      [
        'pattern',
        (c) => void ((c.schema.properties.case_number as Record<string, unknown>).pattern = '^.+\\s$'),
      ],
      ['type', (c) => void ((c.schema.properties.case_number as Record<string, unknown>).type = 'object')],
      ['schema keyword', (c) => void ((c.schema as Record<string, unknown>).patternProperties = {})],
    ];
    for (const [name, change] of variants) {
      const c = structuredClone(base);
      change(c);
      const plan = planSqlLoad(makeLoader(c, compileContract(c, classifiers), KEY), classifiers);
      expect('ineligible' in plan, name).toBe(true);
    }
  });
});

describe('pseudonyms, birth years and sex in SQL', () => {
  it('are those of pseudonymise.ts, for tricky codes and names', async () => {
    // No platform contract derives sex today (each has a sex field), so this contract does.
    const contract: Contract = {
      source: 'plus',
      entity: 'clients',
      file: 'plus/clients.schema.json',
      schema: {
        title: 'Client',
        type: 'object',
        additionalProperties: false,
        'x-primary-key': ['client_id'],
        required: ['client_id', 'updated_at'],
        properties: {
          client_id: { type: 'string' },
          personal_code: { type: ['string', 'null'], 'x-pii': 'personal_code' },
          first_name: { type: ['string', 'null'], 'x-pii': 'name' },
          last_name: { type: ['string', 'null'], 'x-pii': 'name' },
          updated_at: { type: 'string', format: 'date-time' },
        },
      },
    };
    const codes = [
      '150385-10314',
      '010105-20001',
      '321234-56789',
      '310101-12345',
      '01010512345',
      ' 1503 85-10314 ',
      '',
      null,
      'abc',
      '999999-39999',
    ];
    const names = [
      'Anna',
      'Jānis',
      'ŠTEFANS',
      'ILZE',
      ' Dace  Marija',
      'Mārtiņš',
      'Liene\tOzola',
      'X',
      '',
      null,
      'Kārlis Andris',
      'Ēriks',
    ];
    const recs = names.map((n, i) => ({
      client_id: `C${i}`,
      personal_code: codes[i % codes.length],
      first_name: n,
      last_name: 'Bērziņa',
      updated_at: '2026-01-01T00:00:00Z',
    }));
    const dir = path.join(home, 'pii');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'clients.ndjson');
    writeFileSync(file, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const out: Row[][] = [];
    for (const sqlPath of [true, false]) {
      const wh = await DuckDBWarehouse.open(path.join(home, `pii-${sqlPath}.duckdb`));
      try {
        const loader = makeLoader(contract, compileContract(contract, classifiers), KEY);
        await prepareLoader(wh, loader);
        const meta = { batchId: 'b1', loadedAt: '2026-01-02 00:00:00', where: 'clients.ndjson' };
        if (sqlPath) {
          const plan = planSqlLoad(loader, classifiers);
          if ('ineligible' in plan) throw new Error(plan.ineligible);
          const src = { kind: 'ndjson' as const, file };
          expect(await wh.transaction((tx) => insertFile(tx, plan, src, meta, KEY.toString('utf8')))).toBe(
            recs.length,
          );
        } else {
          await wh.transaction((tx) =>
            writeBatch(tx, loader, readNdjson(file), { batchId: 'b1', where: meta.where }),
          );
        }
        const r = await wh.query(
          'SELECT * EXCLUDE (_batch_id, _loaded_at) FROM raw.plus__clients ORDER BY client_id',
        );
        out.push(r);
      } finally {
        await wh.close();
      }
    }
    expect(out[0]).toHaveLength(recs.length);
    expect(out[0]).toEqual(out[1]);
    expect(out[0]?.map((r) => r.sex)).toContain('F');
    expect(out[0]?.map((r) => r.sex)).toContain('M');
  });
});
