/**
 * `elieta publish`: packages the open data of the current snapshot (publish/opendata): the
 * public columns of every dbt exposure with destination `opendata` as CSV, Parquet, JSON and a
 * Frictionless datapackage.json, plus the DCAT-AP 3 catalogue, switched in as one release.
 * Publishing equal content again writes nothing and reports "unchanged". The portal
 * (/opendata on `elieta serve`) serves the current release.
 */
import type { Config } from '../../config.ts';
import { publishOpenData, type PublishResult } from '../../../publish/opendata/packager.ts';
import type { Command } from '../command.ts';

/** The publish step of `elieta run`. */
export async function publish(config: Config): Promise<PublishResult> {
  return publishOpenData(config);
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

const command: Command = {
  summary:
    'package the public columns of the current snapshot as open data (CSV, Parquet, JSON, Frictionless, DCAT-AP)',
  async run({ config }) {
    return publish(config);
  },
  describe(r) {
    const s = r as PublishResult;
    const head =
      s.status === 'unchanged'
        ? `Open data unchanged: release ${s.release} already holds this content (nothing written).`
        : `Open data published: release ${s.release}${s.previous ? ` (replaces ${s.previous})` : ''}, ${s.files} files, ${kib(s.bytes)}.`;
    const lines = s.datasets.map(
      (d) =>
        `  ${d.id}${d.changed ? ' (changed)' : ''}: ${d.rows?.toLocaleString('en') ?? '?'} rows; ` +
        d.files.map((f) => `${f.file} ${kib(f.bytes)}`).join(', '),
    );
    return [head, ...lines, `  catalogue: ${s.catalog.turtle} , ${s.catalog.jsonld}`].join('\n');
  },
};

export default command;
