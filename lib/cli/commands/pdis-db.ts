import { paths } from '../../config.ts';
import {
  loadPdisDatabase,
  PdisError,
  type PdisLoadResult,
} from '../../../ingest/simulators/pdis-db/database.ts';
import { UserError, type Command } from '../command.ts';

/**
 * `elieta pdis-db --source tis2 --url postgres://…/tis2`: creates and fills a simulated PDIS
 * database from the drop folder; run it again after `elieta generate --advance` to apply the
 * changes. Without --url, the source's configured postgres URL (ELIETA_SOURCE_<NAME>) is used.
 */
const command: Command = {
  summary: 'create or update a simulated PDIS database (PostgreSQL) from the generated drop data',
  usage: '--source NAME [--url postgres://…/db] [--entity NAME]',
  options: { source: { type: 'string' }, url: { type: 'string' }, entity: { type: 'string' } },
  async run({ config, values }) {
    const source = typeof values.source === 'string' ? values.source : undefined;
    if (!source) throw new UserError('--source NAME is required (e.g. --source tis2)');
    const configured = config.sources[source];
    const url =
      typeof values.url === 'string'
        ? values.url
        : configured?.kind === 'postgres'
          ? configured.url
          : undefined;
    if (!url)
      throw new UserError(
        `--url postgres://…/${source} is required (or set ELIETA_SOURCE_${source.toUpperCase()})`,
      );
    if (!/^postgres(ql)?:\/\//.test(url)) throw new UserError(`--url ${url}: expected a postgres:// URL`);
    try {
      return await loadPdisDatabase({
        url,
        source,
        dropDir: paths(config).drop,
        entities: typeof values.entity === 'string' ? [values.entity] : undefined,
      });
    } catch (err) {
      if (err instanceof PdisError) throw new UserError(err.message);
      throw err;
    }
  },
  describe(r) {
    const s = r as PdisLoadResult;
    return [
      `PDIS database ${s.database} for ${s.source}${s.created ? ' (created)' : ''}:`,
      ...s.entities.map(
        (e) =>
          `  ${e.entity}: ${e.rows.toLocaleString('en')} rows (${e.files} new file(s), ${e.filesSkipped} already applied; ${e.upserted.toLocaleString('en')} upserted, ${e.deleted.toLocaleString('en')} deleted${e.rejected ? `, ${e.rejected} rejected` : ''})`,
      ),
    ].join('\n');
  },
};

export default command;
