/**
 * The one configuration resolver. Values come from (in order of precedence) environment
 * variables, then the optional JSON config file, then documented defaults. Every value is
 * validated against one JSON Schema; an invalid value stops the program with a message naming
 * the variable or file key. There is no fallback from one environment to another: a `prod`
 * environment must be configured explicitly (see README, "Configuration").
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export type Environment = 'demo' | 'dev' | 'test' | 'prod';

/**
 * DuckDB: `memoryLimit` caps the buffer pool of the platform's own DuckDB connection (ingest,
 * publish, server); beyond it DuckDB evicts and spills to disk, so memory stays flat as the
 * warehouse grows. dbt's DuckDB has its own settings in profiles.yml.
 */
export type WarehouseConfig =
  { kind: 'duckdb'; path: string; memoryLimit?: string } | { kind: 'postgres'; url: string };

/** DuckDB's memory_limit syntax, e.g. 2GB, 1.5GiB, 800MB. */
const MEMORY_LIMIT = '^[0-9]+(\\.[0-9]+)?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$';

/** Where a source is read from when not from the file drop: a PDIS database or a REST API. */
export type SourceConfig = { kind: 'postgres'; url: string } | { kind: 'rest'; url: string };

export interface Config {
  /** demo, dev, test or prod; prod refuses demo defaults such as a generated pseudonym key. */
  env: Environment;
  /** The data directory: warehouse, drop folders, snapshots, published files, dbt target. */
  home: string;
  warehouse: WarehouseConfig;
  server: { host: string; port: number };
  /** Base of every public identifier (dataset IRIs, download URLs). Never localhost. */
  publicBaseUrl: string;
  /** The project-local Python virtual environment holding dbt. */
  venv: string;
  generator: { scale: number; seed: number; asOf: string };
  /** When `elieta schedule` runs the pipeline: a cron expression in `timezone`. */
  schedule: { cron: string; timezone: string };
  publisher: { name: string; email: string; homepage: string };
  /** Sources read by the PostgreSQL or REST connector, by source name; any other source comes from the file drop. */
  sources: Record<string, SourceConfig>;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const schema = {
  type: 'object',
  additionalProperties: false,
  required: [
    'env',
    'home',
    'warehouse',
    'server',
    'publicBaseUrl',
    'venv',
    'generator',
    'schedule',
    'publisher',
    'sources',
  ],
  properties: {
    env: { enum: ['demo', 'dev', 'test', 'prod'] },
    home: { type: 'string', minLength: 1 },
    warehouse: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'path', 'memoryLimit'],
          properties: {
            kind: { const: 'duckdb' },
            path: { type: 'string', minLength: 1 },
            memoryLimit: { type: 'string', pattern: MEMORY_LIMIT },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'url'],
          properties: { kind: { const: 'postgres' }, url: { type: 'string', pattern: '^postgres(ql)?://' } },
        },
      ],
    },
    server: {
      type: 'object',
      additionalProperties: false,
      required: ['host', 'port'],
      properties: {
        host: { type: 'string', minLength: 1 },
        port: { type: 'integer', minimum: 0, maximum: 65535 },
      },
    },
    publicBaseUrl: {
      type: 'string',
      pattern: '^https?://(?!localhost|127\\.|\\[::1\\]|0\\.0\\.0\\.0)[^/]+(/.*)?[^/]$',
    },
    venv: { type: 'string', minLength: 1 },
    generator: {
      type: 'object',
      additionalProperties: false,
      required: ['scale', 'seed', 'asOf'],
      properties: {
        scale: { type: 'integer', minimum: 1, maximum: 50_000_000 },
        seed: { type: 'integer', minimum: 0 },
        asOf: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      },
    },
    schedule: {
      type: 'object',
      additionalProperties: false,
      required: ['cron', 'timezone'],
      properties: {
        cron: { type: 'string', pattern: '^\\S+( \\S+){4,5}$' },
        timezone: { type: 'string', minLength: 1 },
      },
    },
    publisher: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'email', 'homepage'],
      properties: {
        name: { type: 'string', minLength: 1 },
        email: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+$' },
        homepage: { type: 'string', pattern: '^https?://' },
      },
    },
    sources: {
      type: 'object',
      propertyNames: { pattern: '^[a-z][a-z0-9_]*$' },
      additionalProperties: {
        oneOf: [
          {
            type: 'object',
            additionalProperties: false,
            required: ['kind', 'url'],
            properties: {
              kind: { const: 'postgres' },
              url: { type: 'string', pattern: '^postgres(ql)?://' },
            },
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['kind', 'url'],
            properties: { kind: { const: 'rest' }, url: { type: 'string', pattern: '^https?://' } },
          },
        ],
      },
    },
  },
} as const;

/** The default cap of the platform's own DuckDB buffer pool (dbt's DuckDB is set in profiles.yml). */
export const DEFAULT_MEMORY_LIMIT = '2GB';

const validate = new Ajv({ allErrors: true }).compile<Config>(schema);

/** Documented environment variables, each with the config key it sets. */
export const ENV_VARS = {
  ELIETA_ENV: 'env',
  ELIETA_HOME: 'home',
  ELIETA_WAREHOUSE: 'warehouse.kind',
  ELIETA_DUCKDB_PATH: 'warehouse.path',
  ELIETA_DUCKDB_MEMORY_LIMIT: 'warehouse.memoryLimit',
  ELIETA_POSTGRES_URL: 'warehouse.url',
  HOST: 'server.host',
  PORT: 'server.port',
  ELIETA_PUBLIC_BASE_URL: 'publicBaseUrl',
  ELIETA_VENV: 'venv',
  ELIETA_SCALE: 'generator.scale',
  ELIETA_SEED: 'generator.seed',
  ELIETA_AS_OF: 'generator.asOf',
  ELIETA_SCHEDULE: 'schedule.cron',
  ELIETA_TIMEZONE: 'schedule.timezone',
  /** One per source, e.g. ELIETA_SOURCE_TIS2=postgres://…/tis2 or ELIETA_SOURCE_KKP=http://…/api; `drop` reads it from the file drop. */
  'ELIETA_SOURCE_<NAME>': 'sources.<name>',
} as const;

type FileConfig = Partial<{
  env: string;
  home: string;
  warehouse: Partial<{ kind: string; path: string; url: string; memoryLimit: string }>;
  server: Partial<{ host: string; port: number }>;
  publicBaseUrl: string;
  venv: string;
  generator: Partial<{ scale: number; seed: number; asOf: string }>;
  schedule: Partial<{ cron: string; timezone: string }>;
  publisher: Partial<{ name: string; email: string; homepage: string }>;
  sources: Record<string, unknown>;
}>;

/**
 * The sources read by a connector other than the file drop: the config file's `sources`, then
 * each `ELIETA_SOURCE_<NAME>` (a postgres:// URL for a PDIS database, an http(s):// URL for a REST
 * API, or `drop` for the file drop), which wins for its source.
 */
function resolveSources(env: NodeJS.ProcessEnv, file: FileConfig): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(file.sources ?? {}) };
  for (const [name, raw] of Object.entries(env)) {
    const m = /^ELIETA_SOURCE_([A-Z][A-Z0-9_]*)$/.exec(name);
    if (!m || raw === undefined || raw === '') continue;
    const source = (m[1] as string).toLowerCase();
    if (raw === 'drop') delete out[source];
    else if (/^postgres(ql)?:\/\//.test(raw)) out[source] = { kind: 'postgres', url: raw };
    else if (/^https?:\/\//.test(raw)) out[source] = { kind: 'rest', url: raw.replace(/\/+$/, '') };
    else throw new ConfigError(`${name}=${raw}: expected a postgres:// URL, an http(s):// URL or "drop"`);
  }
  return out;
}

function readFileConfig(file: string): FileConfig {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new ConfigError(`${file}: the configuration file must hold a JSON object`);
    }
    return parsed as FileConfig;
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError(`${file}: cannot read the configuration file: ${(err as Error).message}`);
  }
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name}=${raw}: expected a whole number`);
  return Number(raw);
}

/**
 * Resolves the configuration. `overrides` carry command-line flags, which win over everything.
 * The config file is `$ELIETA_CONFIG`, else `elieta.config.json` in the working directory if present.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
  overrides: Partial<{ home: string; port: number; host: string }> = {},
): Config {
  const fileName = env.ELIETA_CONFIG
    ? path.resolve(cwd, env.ELIETA_CONFIG)
    : path.join(cwd, 'elieta.config.json');
  if (env.ELIETA_CONFIG && !existsSync(fileName)) {
    throw new ConfigError(`ELIETA_CONFIG=${env.ELIETA_CONFIG}: no such file`);
  }
  const file = existsSync(fileName) ? readFileConfig(fileName) : {};
  const source = existsSync(fileName) ? fileName : 'environment';

  const home = path.resolve(cwd, overrides.home ?? env.ELIETA_HOME ?? file.home ?? '.elieta');
  const kind = env.ELIETA_WAREHOUSE ?? file.warehouse?.kind ?? 'duckdb';
  let warehouse: WarehouseConfig;
  if (kind === 'duckdb') {
    warehouse = {
      kind,
      path: path.resolve(home, env.ELIETA_DUCKDB_PATH ?? file.warehouse?.path ?? 'warehouse.duckdb'),
      memoryLimit: env.ELIETA_DUCKDB_MEMORY_LIMIT ?? file.warehouse?.memoryLimit ?? DEFAULT_MEMORY_LIMIT,
    };
    if (!new RegExp(MEMORY_LIMIT).test(warehouse.memoryLimit ?? '')) {
      const where = env.ELIETA_DUCKDB_MEMORY_LIMIT
        ? `ELIETA_DUCKDB_MEMORY_LIMIT=${env.ELIETA_DUCKDB_MEMORY_LIMIT}`
        : `${fileName}: warehouse.memoryLimit ${JSON.stringify(file.warehouse?.memoryLimit)}`;
      throw new ConfigError(`${where}: expected a size such as 2GB, 512MB or 1.5GiB`);
    }
  } else if (kind === 'postgres') {
    const url = env.ELIETA_POSTGRES_URL ?? file.warehouse?.url;
    if (!url) {
      throw new ConfigError(
        'ELIETA_WAREHOUSE=postgres needs ELIETA_POSTGRES_URL (postgres://user:pass@host:port/db)',
      );
    }
    warehouse = { kind, url };
  } else {
    throw new ConfigError(`ELIETA_WAREHOUSE=${kind}: expected duckdb or postgres`);
  }

  const candidate = {
    env: env.ELIETA_ENV ?? file.env ?? 'demo',
    home,
    warehouse,
    server: {
      host: overrides.host ?? env.HOST ?? file.server?.host ?? '127.0.0.1',
      port: overrides.port ?? intFromEnv(env, 'PORT') ?? file.server?.port ?? 8080,
    },
    publicBaseUrl: (
      env.ELIETA_PUBLIC_BASE_URL ??
      file.publicBaseUrl ??
      'https://data.elieta.example'
    ).replace(/\/+$/, ''),
    venv: path.resolve(PROJECT_ROOT, env.ELIETA_VENV ?? file.venv ?? '.venv'),
    generator: {
      scale: intFromEnv(env, 'ELIETA_SCALE') ?? file.generator?.scale ?? 20_000,
      seed: intFromEnv(env, 'ELIETA_SEED') ?? file.generator?.seed ?? 2026,
      asOf: env.ELIETA_AS_OF ?? file.generator?.asOf ?? '2026-06-30',
    },
    schedule: {
      cron: env.ELIETA_SCHEDULE ?? file.schedule?.cron ?? '15 2 * * *',
      timezone: env.ELIETA_TIMEZONE ?? file.schedule?.timezone ?? 'Europe/Riga',
    },
    publisher: {
      name: file.publisher?.name ?? 'Tiesu administrācija (demo)',
      email: file.publisher?.email ?? 'opendata@elieta.example',
      homepage: file.publisher?.homepage ?? 'https://www.ta.gov.lv',
    },
    sources: resolveSources(env, file),
  };

  if (!validate(candidate)) {
    const problems = (validate.errors ?? [])
      .filter((e) => e.keyword !== 'oneOf')
      .map((e) => `${e.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(root)'} ${e.message}`);
    throw new ConfigError(`invalid configuration (${source}): ${[...new Set(problems)].join('; ')}`);
  }
  if (candidate.env === 'prod' && candidate.publicBaseUrl.endsWith('.example')) {
    throw new ConfigError('ELIETA_ENV=prod needs ELIETA_PUBLIC_BASE_URL set to the real public address');
  }
  return candidate;
}

/** Well-known locations inside the data directory. */
export function paths(config: Config) {
  const h = config.home;
  return {
    home: h,
    drop: path.join(h, 'drop'),
    snapshots: path.join(h, 'snapshots'),
    currentSnapshot: path.join(h, 'snapshots', 'current.json'),
    opendata: path.join(h, 'opendata'),
    dbtTarget: path.join(h, 'dbt', 'target'),
    dbtLogs: path.join(h, 'dbt', 'logs'),
    locks: path.join(h, 'locks'),
  };
}
