/**
 * `elieta publish`: packages the open data of the current snapshot (publish/opendata): the
 * public columns of every dbt exposure with destination `opendata` as CSV, Parquet, JSON and a
 * Frictionless datapackage.json, plus the DCAT-AP 3 catalogue, switched in as one release.
 * Publishing equal content again writes nothing and reports "unchanged". The portal
 * (/opendata on `elieta serve`) serves the current release.
 *
 * First, when the warehouse holds restricted ruling texts, the rulings step (publish/rulings)
 * cuts today's immutable anonymised rulings release; the packager then publishes every rulings
 * release with the rest. Without restricted rulings the step skips with a note.
 */
import type { Config } from '../../config.ts';
import { publishOpenData, type PublishResult } from '../../../publish/opendata/packager.ts';
import { publishRulings, type RulingsStepResult } from '../../../publish/rulings/release.ts';
import type { Command } from '../command.ts';

/** The publish step of `elieta run`. */
export async function publish(config: Config): Promise<PublishResult & { rulings: RulingsStepResult }> {
  const rulings = await publishRulings(config);
  return { ...(await publishOpenData(config)), rulings };
}

function rulingsLine(r: RulingsStepResult): string {
  if (r.status !== 'published') return `  rulings: ${r.note ?? r.status}`;
  const held = Object.entries(r.heldBackByReason ?? {})
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return `  rulings: release ${r.date} written: ${r.published} published, ${r.heldBack} held back${held ? ` (${held})` : ''}; anonymiser ${r.anonymiserVersion}`;
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
    const s = r as PublishResult & { rulings: RulingsStepResult };
    const head =
      s.status === 'unchanged'
        ? `Open data unchanged: release ${s.release} already holds this content (nothing written).`
        : `Open data published: release ${s.release}${s.previous ? ` (replaces ${s.previous})` : ''}, ${s.files} files, ${kib(s.bytes)}.`;
    const lines = s.datasets.map(
      (d) =>
        `  ${d.id}${d.changed ? ' (changed)' : ''}: ${d.rows?.toLocaleString('en') ?? '?'} rows; ` +
        d.files.map((f) => `${f.file} ${kib(f.bytes)}`).join(', '),
    );
    return [
      head,
      rulingsLine(s.rulings),
      ...lines,
      `  catalogue: ${s.catalog.turtle} , ${s.catalog.jsonld}`,
    ].join('\n');
  },
};

export default command;
