/**
 * The project-local Python virtual environment that holds dbt (config.venv, default `.venv`).
 * `ensureVenv` creates it from requirements.txt, or brings it up to date when requirements.txt
 * changed (a stamp file in the venv holds the hash of the requirements it was built from), and
 * otherwise returns at once. Several processes may call it together (parallel tests): one
 * builds while the others wait on a lock directory inside the venv.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, type Config } from './config.ts';
import { log } from './log.ts';

export const REQUIREMENTS = path.join(PROJECT_ROOT, 'requirements.txt');
const STAMP = '.elieta-requirements.sha256';
const LOCK = '.elieta-setup.lock';
/** A lock older than this is left over from a killed setup and is taken over. */
const STALE_LOCK_MS = 20 * 60_000;

export class PythonError extends Error {
  override name = 'PythonError';
}

export interface VenvResult {
  venv: string;
  /** created: a new venv; updated: requirements.txt changed; reused: nothing to do. */
  action: 'created' | 'updated' | 'reused';
  /** pip's install mode: without dependency resolution (the pinned list) or with it (fallback). */
  install: 'no-deps' | 'with-deps' | null;
  python: string;
  seconds: number;
}

export function venvBin(config: Config, name: string): string {
  return path.join(config.venv, 'bin', name);
}

export function requirementsHash(file: string = REQUIREMENTS): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function isCurrent(venv: string, hash: string): boolean {
  const stamp = path.join(venv, STAMP);
  return (
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8').trim() === hash &&
    existsSync(path.join(venv, 'bin', 'dbt')) &&
    existsSync(path.join(venv, 'bin', 'python'))
  );
}

/** The system Python used to create the venv: $ELIETA_PYTHON, else python3 on PATH. */
function findPython(): { python: string; version: string } {
  const python = process.env.ELIETA_PYTHON ?? 'python3';
  const res = spawnSync(
    python,
    ['-c', 'import sys, venv, ensurepip; print("%d.%d.%d" % sys.version_info[:3])'],
    { encoding: 'utf8' },
  );
  if (res.error && (res.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new PythonError(
      `${python} not found: dbt needs Python 3.10 or newer; install it (Debian/Ubuntu: apt-get install python3 python3-venv) or set ELIETA_PYTHON`,
    );
  }
  if (res.status !== 0) {
    throw new PythonError(
      `${python} cannot create virtual environments (${(res.stderr || '').trim().split('\n').pop()}); install the venv module (Debian/Ubuntu: apt-get install python3-venv)`,
    );
  }
  const version = res.stdout.trim();
  const [major, minor] = version.split('.').map(Number);
  if (major !== 3 || (minor ?? 0) < 10) {
    throw new PythonError(
      `${python} is Python ${version}; dbt 1.11 needs Python 3.10 or newer (set ELIETA_PYTHON to another one)`,
    );
  }
  return { python, version };
}

/** Runs a command, collecting its output; on failure throws with the output's last lines. */
function run(cmd: string, args: string[], opts: { quiet: boolean; what: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1' },
    });
    let out = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      out += text;
      if (!opts.quiet) process.stderr.write(text);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err) => reject(new PythonError(`${opts.what}: ${err.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(out);
      else {
        const tail = out.trim().split('\n').slice(-8).join('\n');
        reject(new PythonError(`${opts.what} failed (exit code ${code})\n${tail}`));
      }
    });
  });
}

async function acquireLock(venv: string): Promise<() => void> {
  const lock = path.join(venv, LOCK);
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // released between our mkdir and stat
      }
      if (age > STALE_LOCK_MS) {
        log.warn({ lock }, 'taking over a stale Python setup lock');
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > STALE_LOCK_MS) {
        throw new PythonError(`${lock}: another elieta process has been setting up Python for too long`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

export interface VenvOptions {
  /** Hide pip's output (it is still quoted in the error when pip fails). */
  quiet?: boolean;
  /** Another venv than config.venv (e.g. `.venv-dagster` for the Dagster code location). */
  venv?: string;
  /** Its requirements file (default: the root requirements.txt). */
  requirements?: string;
}

/**
 * Makes sure `config.venv` (or `opts.venv`) holds exactly the packages of requirements.txt (or
 * `opts.requirements`). Fast when it does.
 */
export async function ensureVenv(config: Config, opts: VenvOptions = {}): Promise<VenvResult> {
  const started = Date.now();
  const venv = opts.venv ?? config.venv;
  const requirements = opts.requirements ?? REQUIREMENTS;
  const reqName = path.relative(PROJECT_ROOT, requirements);
  const hash = requirementsHash(requirements);
  const seconds = () => Math.round((Date.now() - started) / 100) / 10;
  const python = path.join(venv, 'bin', 'python');
  if (isCurrent(venv, hash)) return { venv, action: 'reused', install: null, python, seconds: seconds() };

  const system = findPython();
  mkdirSync(venv, { recursive: true });
  const release = await acquireLock(venv);
  try {
    // Another process may have finished the job while we waited for the lock.
    if (isCurrent(venv, hash)) return { venv, action: 'reused', install: null, python, seconds: seconds() };
    const quiet = opts.quiet ?? false;
    const created = !existsSync(python);
    if (created) {
      log.info(
        { venv, python: system.python, version: system.version },
        'creating the Python virtual environment',
      );
      await run(system.python, ['-m', 'venv', venv], { quiet, what: `${system.python} -m venv ${venv}` });
    } else {
      log.info({ venv }, `${reqName} changed: updating the Python virtual environment`);
    }
    rmSync(path.join(venv, STAMP), { force: true });
    const pip = [python, '-m', 'pip', 'install', ...(quiet ? ['-q'] : []), '-r', requirements];
    let install: VenvResult['install'] = 'no-deps';
    try {
      await run(pip[0]!, [...pip.slice(1), '--no-deps'], {
        quiet,
        what: `pip install --no-deps -r ${reqName}`,
      });
    } catch (err) {
      log.warn(
        { err: (err as Error).message.split('\n')[0] },
        'pip install --no-deps failed; retrying with dependency resolution',
      );
      install = 'with-deps';
      await run(pip[0]!, pip.slice(1), { quiet, what: `pip install -r ${reqName}` });
    }
    if (!existsSync(path.join(venv, 'bin', 'dbt'))) {
      throw new PythonError(`${venv}: pip finished but bin/dbt is missing; check ${reqName} lists dbt-core`);
    }
    writeFileSync(path.join(venv, STAMP), hash + '\n');
    return { venv, action: created ? 'created' : 'updated', install, python, seconds: seconds() };
  } finally {
    release();
  }
}
