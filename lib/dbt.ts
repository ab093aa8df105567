/**
 * Running dbt. `dbtInvocation` is the pure function that turns the configuration and a request
 * into dbt's command line and environment; `runDbt` spawns dbt (the venv's Python running
 * lib/dbt_cli.py, dbt's CLI with its garbage collector tuned) with JSON logs,
 * reports progress node by node, and after the run reads target/run_results.json: a failed run
 * throws a DbtError whose first line says which model or test failed and why.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { paths, PROJECT_ROOT, type Config } from './config.ts';
import { log } from './log.ts';
import type { Progress } from './progress.ts';

const DBT_CLI = path.join(PROJECT_ROOT, 'lib', 'dbt_cli.py');

export type DbtCommand =
  | 'build'
  | 'run'
  | 'test'
  | 'seed'
  | 'compile'
  | 'parse'
  | 'debug'
  | 'ls'
  | 'source freshness'
  | 'docs generate';

export interface DbtRequest {
  command: DbtCommand;
  /** dbt node selection, e.g. ['case_flow+'] (each becomes one --select argument). */
  select?: string[];
  exclude?: string[];
  /** Rebuild incremental models and seeds from scratch (build, run and seed only). */
  fullRefresh?: boolean;
  /** Stop at the first failure. */
  failFast?: boolean;
  vars?: Record<string, unknown>;
  /** Further flags of the command, e.g. ['--static'] for docs generate. */
  flags?: string[];
}

export interface DbtInvocation {
  bin: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  target: 'duckdb' | 'postgres';
  targetPath: string;
  logPath: string;
}

export class DbtError extends Error {
  override name = 'DbtError';
  constructor(
    message: string,
    readonly failures: DbtFailure[] = [],
  ) {
    super(message);
  }
}

/** Environment variables this module sets for dbt; inherited values of these are dropped. */
const OWN_ENV = /^(ELIETA_PG_|ELIETA_DUCKDB_PATH$|ELIETA_DBT_|DBT_)/;

/** Splits a postgres:// URL into the separate values profiles.yml reads. */
export function postgresEnv(url: string): Record<string, string> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new DbtError(
      `ELIETA_POSTGRES_URL is not a valid URL (expected postgres://user:password@host:port/database)`,
    );
  }
  const dbname = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!dbname)
    throw new DbtError(
      'ELIETA_POSTGRES_URL names no database (expected postgres://user:password@host:port/database)',
    );
  return {
    ELIETA_PG_HOST: decodeURIComponent(u.hostname) || 'localhost',
    ELIETA_PG_PORT: u.port || '5432',
    ELIETA_PG_USER: decodeURIComponent(u.username) || 'postgres',
    ELIETA_PG_PASSWORD: decodeURIComponent(u.password),
    ELIETA_PG_DBNAME: dbname,
  };
}

/** dbt's argv and environment for `req` under `config`. Pure: reads no files, starts nothing. */
export function dbtInvocation(
  config: Config,
  req: DbtRequest,
  baseEnv: NodeJS.ProcessEnv = process.env,
): DbtInvocation {
  const p = paths(config);
  const target = config.warehouse.kind;
  if (req.fullRefresh && !['build', 'run', 'seed'].includes(req.command)) {
    throw new DbtError(`--full-refresh does not apply to dbt ${req.command}`);
  }
  const args = ['--log-format', 'json', '--no-send-anonymous-usage-stats', ...req.command.split(' ')];
  // debug and parse select nothing; debug writes no artifacts
  const selective = req.command !== 'debug' && req.command !== 'parse';
  args.push('--project-dir', PROJECT_ROOT, '--profiles-dir', PROJECT_ROOT, '--target', target);
  if (req.command !== 'debug') args.push('--target-path', p.dbtTarget);
  args.push('--log-path', p.dbtLogs);
  if (selective) {
    for (const s of req.select ?? []) args.push('--select', s);
    for (const s of req.exclude ?? []) args.push('--exclude', s);
  } else if (req.select?.length || req.exclude?.length) {
    throw new DbtError(`dbt ${req.command} takes no --select`);
  }
  if (req.fullRefresh) args.push('--full-refresh');
  if (req.failFast) args.push('--fail-fast');
  if (req.vars && Object.keys(req.vars).length > 0) args.push('--vars', JSON.stringify(req.vars));
  for (const f of req.flags ?? []) {
    if (!/^--[a-z][a-z-]*$/.test(f)) throw new DbtError(`not a dbt flag: ${f}`);
    args.push(f);
  }

  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(baseEnv)) if (v !== undefined && !OWN_ENV.test(k)) env[k] = v;
  Object.assign(env, {
    ELIETA_DBT_TARGET: target,
    DBT_TARGET_PATH: p.dbtTarget,
    DBT_LOG_PATH: p.dbtLogs,
    DBT_SEND_ANONYMOUS_USAGE_STATS: 'false',
    DBT_PARTIAL_PARSE: 'true',
    PYTHONUNBUFFERED: '1',
    NO_COLOR: '1',
  });
  if (config.warehouse.kind === 'duckdb') env.ELIETA_DUCKDB_PATH = config.warehouse.path;
  else Object.assign(env, postgresEnv(config.warehouse.url));

  return {
    // the venv's Python with lib/dbt_cli.py (dbt's CLI with its garbage collector tuned)
    bin: path.join(config.venv, 'bin', 'python'),
    args: [DBT_CLI, ...args],
    env,
    cwd: PROJECT_ROOT,
    target,
    targetPath: p.dbtTarget,
    logPath: p.dbtLogs,
  };
}

// ---------------------------------------------------------------------------------------------
// run_results.json and the failure summary

export interface RunResult {
  unique_id: string;
  status: string;
  message: string | null;
  failures: number | null;
  execution_time: number;
}

export interface RunResults {
  metadata: { dbt_version: string; generated_at: string; invocation_id: string };
  results: RunResult[];
  elapsed_time: number;
}

/** What the summary needs from the manifest about a node (optional: names only without it). */
export interface NodeInfo {
  resource_type?: string;
  name?: string;
  original_file_path?: string;
  raw_code?: string;
  description?: string;
  attached_node?: string | null;
  depends_on?: { nodes?: string[] };
}

export interface DbtFailure {
  uniqueId: string;
  kind: string;
  name: string;
  status: string;
  /** The error message, first lines. */
  message: string;
  /** For a test: the model it checks. */
  model: string | null;
  /** For a test: what a failure means, from its heading comment or description. */
  meaning: string | null;
  file: string | null;
}

const FAILED = new Set(['error', 'fail', 'runtime error']);

function nameOf(uniqueId: string): { kind: string; name: string } {
  const parts = uniqueId.split('.');
  const kind = parts[0] === 'unit_test' ? 'unit test' : (parts[0] ?? 'node');
  const name = parts[0] === 'unit_test' ? parts.slice(2).join('::') : (parts[parts.length - 1] ?? uniqueId);
  return { kind, name };
}

/** The text of a singular test's heading `--` comment (or a node's description), as one line. */
export function meaningOf(node: NodeInfo | undefined): string | null {
  if (!node) return null;
  if (node.description?.trim()) return node.description.trim().replace(/\s+/g, ' ');
  const lines: string[] = [];
  for (const line of (node.raw_code ?? '').split('\n')) {
    const m = /^\s*--\s?(.*)$/.exec(line);
    if (!m) break;
    lines.push(m[1]!.trim());
  }
  const text = lines.join(' ').replace(/\s+/g, ' ').trim();
  return text || null;
}

function firstLines(text: string | null, n: number): string {
  return (
    (text ?? '')
      .split('\n')
      .map((l) => l.trim())
      // "Runtime Error in model x (path)" repeats what the summary already says
      .filter(
        (l) => l !== '' && !/^(Runtime|Compilation|Database|Dependency) Error in \S+ \S+ \(.*\)$/.test(l),
      )
      .slice(0, n)
      .join('\n')
  );
}

/** The failed nodes of a run, each with a readable message. Pure. */
export function failuresOf(results: RunResults, nodes: Record<string, NodeInfo> = {}): DbtFailure[] {
  const models = (r: RunResult) => (r.unique_id.startsWith('model.') ? 0 : 1);
  return (
    results.results
      .filter((r) => FAILED.has(r.status))
      // a model that cannot be built is the first thing to fix; tests come after
      .sort((a, b) => models(a) - models(b))
      .map((r) => {
        const { kind, name } = nameOf(r.unique_id);
        const node = nodes[r.unique_id];
        const isTest = kind === 'test' || kind === 'unit test';
        const attached =
          node?.attached_node ??
          (isTest ? (node?.depends_on?.nodes ?? []).find((n) => n.startsWith('model.')) : null);
        let message = firstLines(r.message, 4);
        if (kind === 'test' && r.status === 'fail' && r.failures !== null) {
          message = `${r.failures} failing row${r.failures === 1 ? '' : 's'}`;
        }
        return {
          uniqueId: r.unique_id,
          kind,
          name: node?.name && kind !== 'unit test' ? node.name : name,
          status: r.status,
          message,
          model: attached
            ? (attached.split('.').pop() ?? null)
            : kind === 'unit test'
              ? (r.unique_id.split('.')[2] ?? null)
              : null,
          meaning: isTest ? meaningOf(node) : null,
          file: node?.original_file_path ?? null,
        };
      })
  );
}

/** The failure summary: the first line names the first failure; one block per failure follows. */
export function failureSummary(command: string, failures: DbtFailure[], logFile?: string): string {
  if (failures.length === 0) return `dbt ${command} failed`;
  const describe = (f: DbtFailure) =>
    `${f.kind} ${f.name}${f.model && f.kind !== 'model' ? ` (on ${f.model})` : ''} ${f.status === 'fail' ? 'failed' : 'errored'}: ${f.message.split('\n')[0]}`;
  const first = failures[0]!;
  const more = failures.length > 1 ? ` (and ${failures.length - 1} more)` : '';
  const head = `dbt ${command} failed: ${describe(first)}${first.meaning ? ` – ${first.meaning}` : ''}${more}`;
  const blocks = failures.map((f) => {
    const lines = [`- ${describe(f)}`];
    if (f.file) lines.push(`  file: ${f.file}`);
    if (f.meaning) lines.push(`  meaning: ${f.meaning}`);
    const rest = f.message.split('\n').slice(1);
    for (const l of rest) lines.push(`  ${l}`);
    return lines.join('\n');
  });
  return [head, ...blocks, ...(logFile ? [`dbt's log: ${logFile}`] : [])].join('\n');
}

// ---------------------------------------------------------------------------------------------
// the runner

export interface DbtRunSummary {
  command: string;
  ok: boolean;
  seconds: number;
  models: { passed: number; failed: number; skipped: number };
  tests: { passed: number; failed: number; warned: number; skipped: number };
  results: RunResults | null;
  invocation: DbtInvocation;
}

interface DbtEvent {
  info: { name: string; level: string; msg: string };
  data: {
    index?: number;
    total?: number;
    status?: string;
    node_info?: { unique_id?: string; node_name?: string; resource_type?: string };
  };
}

const RESULT_EVENTS = new Set([
  'LogModelResult',
  'LogTestResult',
  'LogSeedResult',
  'LogSnapshotResult',
  'LogNodeNoOpResult',
  'SkippingDetails',
  'LogSkipBecauseError',
]);

export function countResults(results: RunResults | null): Pick<DbtRunSummary, 'models' | 'tests'> {
  const models = { passed: 0, failed: 0, skipped: 0 };
  const tests = { passed: 0, failed: 0, warned: 0, skipped: 0 };
  for (const r of results?.results ?? []) {
    if (r.unique_id.startsWith('model.')) {
      if (r.status === 'success') models.passed++;
      else if (r.status === 'skipped') models.skipped++;
      else models.failed++;
    } else if (r.unique_id.startsWith('test.') || r.unique_id.startsWith('unit_test.')) {
      if (r.status === 'pass') tests.passed++;
      else if (r.status === 'success')
        continue; // compiled, not run (`dbt docs generate`, `dbt compile`)
      else if (r.status === 'warn') tests.warned++;
      else if (r.status === 'skipped') tests.skipped++;
      else tests.failed++;
    }
  }
  return { models, tests };
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** Reads target/manifest.json (null when dbt has not parsed the project yet). */
export function readManifest(config: Config): DbtManifest | null {
  return readJson<DbtManifest>(path.join(paths(config).dbtTarget, 'manifest.json'));
}

export interface DbtManifest {
  metadata: { dbt_version: string; generated_at: string; invocation_id: string };
  nodes: Record<string, NodeInfo & Record<string, unknown>>;
  exposures: Record<string, Record<string, unknown>>;
}

/**
 * Runs dbt. Resolves with the counts when dbt succeeds; throws DbtError with the failure summary
 * when it fails (the first line of the message is the summary).
 */
export async function runDbt(
  config: Config,
  req: DbtRequest,
  opts: { progress?: Progress; signal?: AbortSignal } = {},
): Promise<DbtRunSummary> {
  const inv = dbtInvocation(config, req);
  const dbtBin = path.join(config.venv, 'bin', 'dbt');
  if (!existsSync(dbtBin)) {
    throw new DbtError(`${dbtBin} not found: run \`npx elieta setup\` to install dbt into ${config.venv}`);
  }
  const started = Date.now();
  const runResultsFile = path.join(inv.targetPath, 'run_results.json');
  rmSync(runResultsFile, { force: true });
  const label = `dbt ${req.command}`;
  const progress = opts.progress;
  let progressStarted = false;
  let done = 0;
  const errors: string[] = [];
  const plain: string[] = [];
  const unmatched: string[] = [];

  const onEvent = (e: DbtEvent) => {
    const name = e.info.name;
    const node = e.data.node_info;
    if (typeof e.data.total === 'number' && !progressStarted) {
      progress?.start(label, e.data.total);
      progressStarted = true;
    }
    if (name === 'LogStartLine' || name === 'NodeStart') {
      log.debug({ node: node?.unique_id }, 'dbt node started');
    } else if (RESULT_EVENTS.has(name) || name === 'NodeFinished') {
      if (name !== 'NodeFinished') {
        done++;
        progress?.update(done, node?.node_name ?? '');
      }
      const status = e.data.status ?? '';
      const fields = { node: node?.unique_id, status, dbt: e.info.name };
      if (/error|fail/i.test(status)) log.warn(fields, e.info.msg.replace(/\s*\.{3,}.*$/, ''));
      else log.debug(fields, 'dbt node finished');
    } else if (name === 'NoNodesForSelectionCriteria') {
      unmatched.push(e.info.msg);
    } else if (e.info.level === 'error') {
      errors.push(e.info.msg);
    } else if (e.info.level === 'warn') {
      log.warn({ dbt: name }, e.info.msg);
    }
  };

  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(inv.bin, inv.args, { cwd: inv.cwd, env: inv.env, signal: opts.signal });
    let buffer = '';
    const onLine = (line: string) => {
      if (!line.trim()) return;
      let event: DbtEvent | null = null;
      try {
        event = JSON.parse(line) as DbtEvent;
      } catch {
        plain.push(line);
        if (plain.length > 200) plain.shift();
        return;
      }
      if (event?.info?.name) onEvent(event);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        onLine(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      for (const l of chunk.toString('utf8').split('\n')) if (l.trim()) plain.push(l);
    });
    child.on('error', (err) => reject(new DbtError(`cannot start ${inv.bin}: ${err.message}`)));
    child.on('close', (c) => {
      if (buffer) onLine(buffer);
      resolve(c ?? 1);
    });
  });

  const results = readJson<RunResults>(runResultsFile);
  const counts = countResults(results);
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  const note = `${counts.models.passed} models, ${counts.tests.passed} tests passed`;
  if (progressStarted) progress?.end(code === 0 ? note : 'failed');

  if (code !== 0) {
    const nodes = readManifest(config)?.nodes ?? {};
    const failures = results ? failuresOf(results, nodes) : [];
    const logFile = path.join(inv.logPath, 'dbt.log');
    if (failures.length > 0) throw new DbtError(failureSummary(req.command, failures, logFile), failures);
    // No node failed: dbt stopped before running (parse or connection error, bad selection…).
    const reason = firstLines([...errors, ...plain.slice(-8)].join('\n'), 8) || `exit code ${code}`;
    // dbt's own errors start "Encountered an error:" and say what on the next line
    const [first, ...others] = reason.split('\n');
    const [head, ...rest] =
      first?.endsWith(':') && others.length > 0
        ? [`${first} ${others[0]}`, ...others.slice(1)]
        : [first, ...others];
    throw new DbtError([`dbt ${req.command} failed: ${head}`, ...rest, `dbt's log: ${logFile}`].join('\n'));
  }
  if (unmatched.length > 0) {
    // dbt only warns; a selection that matches nothing is a typo the user should hear about
    throw new DbtError(`dbt ${req.command}: ${unmatched.join('; ')}`);
  }
  log.info({ seconds, models: counts.models, tests: counts.tests }, `${label} finished`);
  return { command: req.command, ok: true, seconds, ...counts, results, invocation: inv };
}
