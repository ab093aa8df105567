import type { WarehouseConfig } from '../config.ts';
import { DUCKDB_TYPES, DuckDBWarehouse } from './duckdb/warehouse.ts';
import { PostgresWarehouse } from './postgres/warehouse.ts';
import type { Warehouse } from './types.ts';

export * from './types.ts';
export { DUCKDB_TYPES, DuckDBWarehouse, PostgresWarehouse };

/** Opens the configured warehouse. Callers close it when their step ends: no process keeps it open. */
export async function openWarehouse(config: WarehouseConfig): Promise<Warehouse> {
  return config.kind === 'duckdb'
    ? DuckDBWarehouse.open(config.path, { memoryLimit: config.memoryLimit })
    : PostgresWarehouse.open(config.url);
}

/** Opens, runs `fn`, and always closes. */
export async function withWarehouse<T>(
  config: WarehouseConfig,
  fn: (wh: Warehouse) => Promise<T>,
): Promise<T> {
  const wh = await openWarehouse(config);
  try {
    return await fn(wh);
  } finally {
    await wh.close();
  }
}
