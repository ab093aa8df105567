/**
 * DuckDB's own load of the dropped files, for comparison with the file-drop connector: one
 * `CREATE TABLE … AS SELECT * FROM read_json(…)` per source entity, with the columns typed from
 * the contract, into a fresh DuckDB file. No validation, pseudonymisation, quarantine or ledger.
 *   npx tsx bench/duckdb-native-load.ts <drop dir> <duckdb file>
 * Prints {rows, seconds} as JSON.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { contractColumns, getContract } from '../ingest/contracts/index.ts';
import { DUCKDB_TYPES } from '../lib/warehouse/index.ts';

const [drop, file] = process.argv.slice(2);
if (!drop || !file) throw new Error('usage: duckdb-native-load.ts <drop dir> <duckdb file>');
const inst = await DuckDBInstance.create(file);
const conn = await inst.connect();
const started = Date.now();
let rows = 0;
for (const source of readdirSync(drop)
  .filter((s) => !s.startsWith('.'))
  .sort()) {
  for (const entity of readdirSync(path.join(drop, source))
    .filter((e) => !e.startsWith('.'))
    .sort()) {
    const contract = getContract(source, entity);
    const dir = path.join(drop, source, entity);
    if (!contract || !existsSync(dir) || !readdirSync(dir).some((f) => f.endsWith('.ndjson'))) continue;
    const cols = contractColumns(contract)
      .map((c) => `'${c.name}': '${DUCKDB_TYPES[c.type]}'`)
      .join(', ');
    await conn.run(
      `CREATE TABLE "${source}__${entity}" AS SELECT * FROM read_json('${dir}/*.ndjson', format = 'newline_delimited', columns = {${cols}})`,
    );
    const r = await conn.runAndReadAll(`SELECT count(*) FROM "${source}__${entity}"`);
    rows += Number(r.getRows()[0]?.[0]);
  }
}
conn.closeSync();
inst.closeSync();
process.stdout.write(JSON.stringify({ rows, seconds: (Date.now() - started) / 1000 }) + '\n');
