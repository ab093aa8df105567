/**
 * The ingest bookkeeping tables, in schema `raw` beside the raw tables:
 * - raw.file_ledger: every file loaded, recognised by its content hash (a file seen before is skipped);
 * - raw.quarantine: every record that broke its contract, with where it was and why, and the original text;
 * - raw.run_ledger: one row per run, source and entity with counts, watermarks and error;
 * - raw.batch_ledger: one row per batch appended to a raw table, with its load time and whether
 *   every key in it was new to the table (incremental dbt models then need not look for the
 *   keys' earlier versions: models/macros/changed_keys.sql).
 */
import type { TableSpec, Warehouse } from '../../lib/warehouse/index.ts';

export const FILE_LEDGER: TableSpec = {
  schema: 'raw',
  name: 'file_ledger',
  columns: [
    { name: 'content_hash', type: 'text' },
    { name: 'source', type: 'text' },
    { name: 'entity', type: 'text' },
    { name: 'file', type: 'text' },
    { name: 'batch_id', type: 'text' },
    { name: 'rows_read', type: 'bigint' },
    { name: 'rows_loaded', type: 'bigint' },
    { name: 'rows_quarantined', type: 'bigint' },
    { name: 'loaded_at', type: 'timestamp' },
  ],
};

export const QUARANTINE: TableSpec = {
  schema: 'raw',
  name: 'quarantine',
  columns: [
    { name: 'batch_id', type: 'text' },
    { name: 'source', type: 'text' },
    { name: 'entity', type: 'text' },
    { name: 'file', type: 'text' },
    { name: 'position', type: 'text' },
    { name: 'field', type: 'text' },
    { name: 'reason', type: 'text' },
    { name: 'original', type: 'text' },
    { name: 'quarantined_at', type: 'timestamp' },
  ],
};

export const RUN_LEDGER: TableSpec = {
  schema: 'raw',
  name: 'run_ledger',
  columns: [
    { name: 'run_id', type: 'text' },
    { name: 'source', type: 'text' },
    { name: 'entity', type: 'text' },
    { name: 'connector', type: 'text' },
    { name: 'started_at', type: 'timestamp' },
    { name: 'ended_at', type: 'timestamp' },
    { name: 'files_read', type: 'bigint' },
    { name: 'files_skipped', type: 'bigint' },
    { name: 'rows_read', type: 'bigint' },
    { name: 'rows_loaded', type: 'bigint' },
    { name: 'rows_quarantined', type: 'bigint' },
    { name: 'watermark_before', type: 'text' },
    { name: 'watermark_after', type: 'text' },
    { name: 'error', type: 'text' },
  ],
};

export const BATCH_LEDGER: TableSpec = {
  schema: 'raw',
  name: 'batch_ledger',
  columns: [
    { name: 'table_schema', type: 'text' },
    { name: 'table_name', type: 'text' },
    { name: 'batch_id', type: 'text' },
    { name: 'loaded_at', type: 'timestamp' },
    { name: 'rows_loaded', type: 'bigint' },
    /** No key of the batch had a version loaded before it (a deletion of an unknown key included). */
    { name: 'new_keys_only', type: 'boolean' },
  ],
};

/** Metadata columns every raw table carries after its contract's columns. */
export const LOAD_COLUMNS = [
  { name: '_batch_id', type: 'text', compression: 'dictionary' },
  { name: '_loaded_at', type: 'timestamp', compression: 'rle' }, // one value per batch
  { name: '_source_position', type: 'bigint' },
  { name: '_op', type: 'text', values: ['upsert', 'delete'] },
  { name: '_record_hash', type: 'bigint' },
] as const;

export async function ensureLedger(wh: Warehouse): Promise<void> {
  await wh.ensureTable(FILE_LEDGER);
  await wh.ensureTable(QUARANTINE);
  await wh.ensureTable(RUN_LEDGER);
  await wh.ensureTable(BATCH_LEDGER);
}
