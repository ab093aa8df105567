// Cube configuration for the E-lieta semantic model (model/cubes, model/views).
//
// This file is read by a Cube server (`npx cubejs-cli dev-server` or the cubejs/cube Docker
// image) started in this folder; nothing in this repository runs it (Cube's server downloads a
// native binary at install time, which the build machines cannot). See README.md.
//
// It follows the platform's one configuration rule: the warehouse is chosen by the same
// variables as `elieta` (lib/config.ts), with no silent fallback.
//   ELIETA_WAREHOUSE=duckdb (default)  reads $ELIETA_DUCKDB_PATH, or $ELIETA_HOME/warehouse.duckdb
//                                      (ELIETA_HOME defaults to ../.elieta), attached READ_ONLY.
//   ELIETA_WAREHOUSE=postgres          reads ELIETA_POSTGRES_URL (postgres://user:pass@host:port/db).
// Every cube reads `marts.<model>`, the tables dbt builds in schema `marts` on either engine.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Cube loads this file as CommonJS
const path = require('node:path');

const kind = process.env.ELIETA_WAREHOUSE || 'duckdb';
const home = path.resolve(__dirname, '..', process.env.ELIETA_HOME || '.elieta');

function duckdbPath() {
  return process.env.ELIETA_DUCKDB_PATH
    ? path.resolve(process.env.ELIETA_DUCKDB_PATH)
    : path.join(home, 'warehouse.duckdb');
}

function postgres() {
  const raw = process.env.ELIETA_POSTGRES_URL;
  if (!raw)
    throw new Error(
      'ELIETA_WAREHOUSE=postgres needs ELIETA_POSTGRES_URL (postgres://user:password@host:5432/database)',
    );
  const url = new URL(raw);
  return {
    type: 'postgres',
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.replace(/^\//, ''),
    ssl: url.searchParams.get('sslmode') === 'require' ? { rejectUnauthorized: false } : undefined,
  };
}

function duckdb() {
  const file = duckdbPath().replace(/'/g, "''");
  // An in-memory DuckDB that attaches the warehouse read-only: Cube never writes to it. DuckDB
  // lets one process write a file at a time, so run Cube against a copy (or between builds) when
  // `elieta run` builds on the same machine, or point it at PostgreSQL.
  return {
    type: 'duckdb',
    initSql: `ATTACH '${file}' AS warehouse (READ_ONLY); USE warehouse;`,
  };
}

if (kind !== 'duckdb' && kind !== 'postgres') {
  throw new Error(`ELIETA_WAREHOUSE must be duckdb or postgres, not "${kind}"`);
}

module.exports = {
  schemaPath: 'model',
  dbType: () => kind,
  driverFactory: () => (kind === 'postgres' ? postgres() : duckdb()),
  // Cubes are `public: false`: BI tools see the views. Views whose meta.public is false are
  // internal (microdata, staff ids); serve them only to internal users (README, "Access").
};
