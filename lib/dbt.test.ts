import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from './config.ts';
import {
  countResults,
  dbtInvocation,
  DbtError,
  failureSummary,
  failuresOf,
  meaningOf,
  postgresEnv,
  type NodeInfo,
  type RunResults,
} from './dbt.ts';

const fixtures = path.join(PROJECT_ROOT, 'test', 'fixtures', 'dbt');
const runResults = JSON.parse(
  readFileSync(path.join(fixtures, 'run_results.failed.json'), 'utf8'),
) as RunResults;
const nodes = JSON.parse(readFileSync(path.join(fixtures, 'manifest-nodes.failed.json'), 'utf8')) as Record<
  string,
  NodeInfo
>;

const duck = loadConfig({ ELIETA_HOME: '/data/elieta', ELIETA_VENV: '/opt/venv' }, '/work');
const pg = loadConfig(
  {
    ELIETA_HOME: '/data/elieta',
    ELIETA_WAREHOUSE: 'postgres',
    ELIETA_POSTGRES_URL: 'postgres://dbt%40user:p%3Ass@db.internal:6543/justice',
  },
  '/work',
);

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

describe('dbtInvocation', () => {
  it('builds the command line for a DuckDB build', () => {
    const inv = dbtInvocation(duck, { command: 'build' }, { PATH: '/usr/bin', HOME: '/root' });
    expect(inv.bin).toBe('/opt/venv/bin/python');
    expect(inv.args[0]).toMatch(/lib\/dbt_cli\.py$/);
    expect(inv.cwd).toBe(PROJECT_ROOT);
    expect(inv.args.slice(1, 5)).toEqual([
      '--log-format',
      'json',
      '--no-send-anonymous-usage-stats',
      'build',
    ]);
    expect(flag(inv.args, '--project-dir')).toBe(PROJECT_ROOT);
    expect(flag(inv.args, '--profiles-dir')).toBe(PROJECT_ROOT);
    expect(flag(inv.args, '--target')).toBe('duckdb');
    expect(flag(inv.args, '--target-path')).toBe('/data/elieta/dbt/target');
    expect(flag(inv.args, '--log-path')).toBe('/data/elieta/dbt/logs');
    expect(inv.args).not.toContain('--select');
    expect(inv.args).not.toContain('--full-refresh');
    expect(inv.env).toMatchObject({
      PATH: '/usr/bin',
      HOME: '/root',
      ELIETA_DBT_TARGET: 'duckdb',
      ELIETA_DUCKDB_PATH: '/data/elieta/warehouse.duckdb',
      DBT_TARGET_PATH: '/data/elieta/dbt/target',
      DBT_LOG_PATH: '/data/elieta/dbt/logs',
      DBT_SEND_ANONYMOUS_USAGE_STATS: 'false',
    });
    expect(Object.keys(inv.env).filter((k) => k.startsWith('ELIETA_PG_'))).toEqual([]);
  });

  it('passes selections, full refresh and vars, one flag each', () => {
    const inv = dbtInvocation(
      duck,
      {
        command: 'build',
        select: ['case_flow+', 'tag:daily'],
        exclude: ['stg_x'],
        fullRefresh: true,
        vars: { a: 1 },
      },
      {},
    );
    expect(inv.args.join(' ')).toContain(
      '--select case_flow+ --select tag:daily --exclude stg_x --full-refresh --vars {"a":1}',
    );
  });

  it('splits the PostgreSQL URL into the separate values profiles.yml reads', () => {
    const inv = dbtInvocation(
      pg,
      { command: 'run' },
      { ELIETA_PG_HOST: 'stale', DBT_TARGET_PATH: '/elsewhere', ELIETA_DUCKDB_PATH: 'x.duckdb' },
    );
    expect(flag(inv.args, '--target')).toBe('postgres');
    expect(inv.env).toMatchObject({
      ELIETA_DBT_TARGET: 'postgres',
      ELIETA_PG_HOST: 'db.internal',
      ELIETA_PG_PORT: '6543',
      ELIETA_PG_USER: 'dbt@user',
      ELIETA_PG_PASSWORD: 'p:ss',
      ELIETA_PG_DBNAME: 'justice',
      DBT_TARGET_PATH: '/data/elieta/dbt/target',
    });
    expect(inv.env.ELIETA_DUCKDB_PATH).toBeUndefined();
    expect(postgresEnv('postgres://h/db')).toEqual({
      ELIETA_PG_HOST: 'h',
      ELIETA_PG_PORT: '5432',
      ELIETA_PG_USER: 'postgres',
      ELIETA_PG_PASSWORD: '',
      ELIETA_PG_DBNAME: 'db',
    });
    expect(() => postgresEnv('postgres://h:5432/')).toThrow(/names no database/);
  });

  it('refuses flags the command does not take', () => {
    expect(() => dbtInvocation(duck, { command: 'test', fullRefresh: true })).toThrow(DbtError);
    expect(() => dbtInvocation(duck, { command: 'debug', select: ['x'] })).toThrow(/takes no --select/);
    const debug = dbtInvocation(duck, { command: 'debug' }, {});
    expect(debug.args).not.toContain('--target-path');
  });

  it('splits two-word commands', () => {
    const inv = dbtInvocation(duck, { command: 'source freshness', select: ['source:raw'] }, {});
    expect(inv.args.slice(4, 6)).toEqual(['source', 'freshness']);
  });
});

describe('failure summary from a real run_results.json', () => {
  it('counts models and tests', () => {
    const c = countResults(runResults);
    expect(c.models.failed).toBe(1);
    expect(c.tests.failed).toBe(1);
    expect(c.models.skipped).toBeGreaterThan(0);
    expect(c.tests.passed).toBeGreaterThan(10);
  });

  it('does not count tests that were only compiled (docs generate) as failed', () => {
    const compiled = {
      ...runResults,
      results: runResults.results.map((r) => ({
        ...r,
        status: r.unique_id.startsWith('test.') ? 'success' : r.status,
      })),
    };
    const c = countResults(compiled);
    expect(c.tests.failed).toBe(0);
    expect(c.tests.passed).toBe(0);
  });

  it('names the failed model with the database error, then the failed test with what it means', () => {
    const failures = failuresOf(runResults, nodes);
    expect(failures.map((f) => `${f.kind} ${f.name} ${f.status}`)).toEqual([
      'model int_courts error',
      'test assert_no_case_closed_before_registered fail',
    ]);
    const [model, test] = failures;
    expect(model!.message.split('\n')[0]).toBe(
      'Binder Error: Referenced column "label_english" not found in FROM clause!',
    );
    expect(model!.file).toBe('models/intermediate/int_courts.sql');
    expect(test!.message).toBe('1 failing row');
    expect(test!.model).toBe('stg_tis2__cases');
    expect(test!.meaning).toMatch(
      /^A failure means TIS2 sent a case whose closing date is before its registration date/,
    );

    const summary = failureSummary('build', failures, '/data/elieta/dbt/logs/dbt.log');
    const [first, ...rest] = summary.split('\n');
    expect(first).toBe(
      'dbt build failed: model int_courts errored: Binder Error: Referenced column "label_english" not found in FROM clause! (and 1 more)',
    );
    expect(rest.join('\n')).toContain(
      '- test assert_no_case_closed_before_registered (on stg_tis2__cases) failed: 1 failing row',
    );
    expect(rest.join('\n')).toContain('meaning: A failure means TIS2 sent a case');
    expect(rest.at(-1)).toBe("dbt's log: /data/elieta/dbt/logs/dbt.log");
  });

  it('puts a failed test and its meaning on the first line when it is the only failure', () => {
    const onlyTest = {
      ...runResults,
      results: runResults.results.filter(
        (r) => !r.unique_id.startsWith('model.int_courts') && r.unique_id !== 'model.elieta.int_courts',
      ),
    };
    const first = failureSummary('build', failuresOf(onlyTest, nodes)).split('\n')[0];
    expect(first).toMatch(
      /^dbt build failed: test assert_no_case_closed_before_registered \(on stg_tis2__cases\) failed: 1 failing row – A failure means TIS2 sent a case/,
    );
  });

  it('works without the manifest (names only)', () => {
    const failures = failuresOf(runResults);
    expect(failures[1]!.name).toBe('assert_no_case_closed_before_registered');
    expect(failures[1]!.meaning).toBeNull();
  });

  it('reads the meaning of a singular test from its heading comment', () => {
    expect(meaningOf({ raw_code: '-- One.\n--   Two.\nselect 1\n-- not this' })).toBe('One. Two.');
    expect(meaningOf({ raw_code: 'select 1' })).toBeNull();
    expect(meaningOf({ description: ' Described.\n', raw_code: '-- comment' })).toBe('Described.');
  });
});
