import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadModel } from './model.ts';
import {
  SemanticValidationError,
  assertValidModel,
  formatIssue,
  loadMartsFromManifest,
  loadMartsFromYaml,
  validateModel,
  type Mart,
} from './validate.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A model folder with one cube file and one view file. */
function fixture(cube: string, view = ''): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'elieta-semantic-model-'));
  dirs.push(root);
  const model = path.join(root, 'model');
  mkdirSync(path.join(model, 'cubes'), { recursive: true });
  mkdirSync(path.join(model, 'views'), { recursive: true });
  writeFileSync(path.join(model, 'cubes', 'flow.yml'), cube);
  if (view) writeFileSync(path.join(model, 'views', 'flow.yml'), view);
  return model;
}

const marts = new Map<string, Mart>([
  [
    'flow',
    {
      name: 'flow',
      columns: new Map(
        [
          ['month', 'date', true],
          ['court_code', 'text', true],
          ['incoming', 'bigint', true],
          ['resolved', 'bigint', true],
          ['built_at', 'timestamp', false],
        ].map(([name, type, pub]) => [
          String(name),
          { name: String(name), type: String(type), public: Boolean(pub) },
        ]),
      ),
    },
  ],
]);

const GOOD_CUBE = `
cubes:
  - name: flow
    sql_table: marts.flow
    public: false
    title: Flow
    description: Test flow.
    meta: { title_lv: Plūsma, description_lv: Testa plūsma. }
    dimensions:
      - name: pk
        sql: "CAST({CUBE}.month AS VARCHAR) || '|' || {CUBE}.court_code"
        type: string
        primary_key: true
        public: false
        title: Key
        meta: { title_lv: Atslēga }
      - name: month
        sql: "{CUBE}.month"
        type: time
        title: Month
        meta: { title_lv: Mēnesis }
      - name: court_code
        sql: "{CUBE}.court_code"
        type: string
        title: Court
        meta: { title_lv: Tiesa }
      - name: built_at
        sql: "{CUBE}.built_at"
        type: time
        title: Built
        meta: { title_lv: Būvēts }
    measures:
      - name: incoming
        sql: "{CUBE}.incoming"
        type: sum
        title: Incoming
        meta: { title_lv: Saņemtās }
      - name: resolved
        sql: "{CUBE}.resolved"
        type: sum
        title: Resolved
        meta: { title_lv: Izskatītās }
      - name: clearance_rate
        sql: "100.0 * {resolved} / NULLIF({incoming}, 0)"
        type: number
        title: Clearance rate
        meta: { title_lv: Izskatīšanas rādītājs }
`;

const GOOD_VIEW = `
views:
  - name: performance
    title: Performance
    description: Test view.
    meta: { title_lv: Darbība, description_lv: Testa skats., public: true }
    cubes:
      - join_path: flow
        includes: [month, court_code, incoming, resolved, clearance_rate]
`;

async function errorsOf(cube: string, view = GOOD_VIEW): Promise<string[]> {
  const issues = await validateModel(loadModel(fixture(cube, view)), marts);
  return issues.filter((i) => i.level === 'error').map(formatIssue);
}

describe('semantic model validation', () => {
  it('passes on the real model against the marts declared in dbt', async () => {
    const warnings = await assertValidModel();
    // Every mart has a cube; a mart added later shows up here as a warning first.
    expect(warnings.map(formatIssue)).toEqual([]);
    const model = loadModel();
    const martNames = [...loadMartsFromYaml().keys()].sort();
    expect(model.cubes.map((c) => c.sql_table.replace('marts.', '')).sort()).toEqual(martNames);
    expect(model.views.filter((v) => v.meta?.public === true).length).toBeGreaterThan(0);
    expect(model.views.filter((v) => v.meta?.public === false).length).toBeGreaterThan(0);
  });

  it('passes on a small correct fixture', async () => {
    expect(await errorsOf(GOOD_CUBE)).toEqual([]);
  });

  it('names the file, cube and member of a column that is not in the mart', async () => {
    const errors = await errorsOf(GOOD_CUBE.replace('sql: "{CUBE}.incoming"', 'sql: "{CUBE}.incomng"'));
    expect(errors).toContain(
      'error: model/cubes/flow.yml: cube flow: member incoming: column incomng does not exist in marts.flow',
    );
  });

  it('rejects a sql_table that is not a mart', async () => {
    const errors = await errorsOf(GOOD_CUBE.replace('sql_table: marts.flow', 'sql_table: marts.flows'));
    expect(errors.join('\n')).toMatch(
      /model\/cubes\/flow\.yml: cube flow: sql_table marts\.flows is not a mart \(marts: flow\)/,
    );
  });

  it('rejects a reference to a member that does not exist, and a bare column', async () => {
    const errors = await errorsOf(
      GOOD_CUBE.replace(
        '100.0 * {resolved} / NULLIF({incoming}, 0)',
        '100.0 * {resolvd} / NULLIF(incoming, 0)',
      ),
    );
    expect(errors).toContain(
      'error: model/cubes/flow.yml: cube flow: member clearance_rate: {resolvd} is not a member of cube flow',
    );
    expect(errors).toContain(
      'error: model/cubes/flow.yml: cube flow: member clearance_rate: bare column "incoming": write {CUBE}.incoming',
    );
  });

  it('lets DuckDB bind every member, catching what a text check cannot', async () => {
    const errors = await errorsOf(GOOD_CUBE.replace('100.0 * {resolved}', 'SUMM(100.0) * {resolved}'));
    expect(errors.join('\n')).toMatch(/cube flow: member clearance_rate: DuckDB cannot run its SQL: .*summ/i);
  });

  it('rejects a view member the cube does not have', async () => {
    const errors = await errorsOf(GOOD_CUBE, GOOD_VIEW.replace('clearance_rate]', 'clearance_rat]'));
    expect(errors).toContain(
      'error: model/views/flow.yml: view performance: member flow.clearance_rat: cube flow has no member clearance_rat',
    );
  });

  it('refuses a public view exposing a column dbt does not mark public', async () => {
    const errors = await errorsOf(
      GOOD_CUBE,
      GOOD_VIEW.replace('clearance_rate]', 'clearance_rate, built_at]'),
    );
    expect(errors).toContain(
      'error: model/views/flow.yml: view performance: member flow.built_at: the view is public but the member reads marts.flow.built_at, not marked `public: true` in dbt',
    );
    // The same member in an internal view is fine.
    expect(
      await errorsOf(
        GOOD_CUBE,
        GOOD_VIEW.replace('clearance_rate]', 'clearance_rate, built_at]').replace(
          'public: true',
          'public: false',
        ),
      ),
    ).toEqual([]);
  });

  it('catches an unquoted comma that splits a Latvian title, and a missing title', async () => {
    const errors = await errorsOf(
      GOOD_CUBE.replace('meta: { title_lv: Saņemtās }', 'meta: { title_lv: Saņemtās, mēnesī }').replace(
        '        title: Resolved\n',
        '',
      ),
    );
    expect(errors.join('\n')).toMatch(/member incoming: meta has unknown key "mēnesī"/);
    expect(errors).toContain(
      'error: model/cubes/flow.yml: cube flow: member resolved: has no English `title`',
    );
  });

  it('throws one error listing every problem from assertValidModel', async () => {
    const dir = fixture(GOOD_CUBE.replace('{CUBE}.resolved"', '{CUBE}.solved"'), GOOD_VIEW);
    await expect(assertValidModel(dir, marts)).rejects.toThrow(SemanticValidationError);
    await expect(assertValidModel(dir, marts)).rejects.toThrow(
      /member resolved: column solved does not exist in marts\.flow/,
    );
  });

  it('reads the marts and their public columns from a dbt manifest too', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'elieta-semantic-manifest-'));
    dirs.push(root);
    const file = path.join(root, 'manifest.json');
    writeFileSync(
      file,
      JSON.stringify({
        nodes: {
          'model.elieta.flow': {
            resource_type: 'model',
            schema: 'marts',
            name: 'flow',
            columns: {
              month: { name: 'month', data_type: 'date', config: { meta: { public: true } } },
              built_at: { name: 'built_at', data_type: 'timestamp', meta: {} },
            },
          },
          'model.elieta.stg_x': { resource_type: 'model', schema: 'staging', name: 'stg_x', columns: {} },
        },
      }),
    );
    const m = loadMartsFromManifest(file);
    expect([...m.keys()]).toEqual(['flow']);
    expect(m.get('flow')?.columns.get('month')?.public).toBe(true);
    expect(m.get('flow')?.columns.get('built_at')?.public).toBe(false);
  });
});
