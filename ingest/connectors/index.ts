/**
 * The connector kinds behind one call: a source configured as `postgres` (a PDIS database) or
 * `rest` (an HTTP API such as KKP's) is read by its connector; every other source comes from the
 * file drop (ingest/connectors/file-drop). See `sources` in lib/config.ts.
 */
import type { Classifier } from '../../classifiers/registry/types.ts';
import type { SourceConfig } from '../../lib/config.ts';
import type { Progress } from '../../lib/progress.ts';
import type { Warehouse } from '../../lib/warehouse/index.ts';
import type { EntityResult } from './file-drop/connector.ts';
import { ingestPostgresSource } from './postgres/connector.ts';
import { ingestRestSource } from './rest/connector.ts';

export interface SourceRunOptions {
  runId: string;
  key: Buffer | null;
  classifiers?: Map<string, Classifier>;
  progress?: Progress;
}

export async function ingestConfiguredSource(
  wh: Warehouse,
  source: string,
  config: SourceConfig,
  opts: SourceRunOptions,
): Promise<EntityResult[]> {
  return config.kind === 'postgres'
    ? ingestPostgresSource(wh, config.url, source, opts)
    : ingestRestSource(wh, config.url, source, opts);
}
