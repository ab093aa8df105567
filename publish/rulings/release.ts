/**
 * The rulings step of `elieta publish`: cuts the dated, immutable rulings release of today (Riga).
 *
 * 1. If today's release already exists, nothing happens: a release never changes once written.
 *    A later day's run makes a new version only if something changed (the published rows, the
 *    anonymiser version or the hold-backs); otherwise it reports "unchanged" too.
 * 2. Opens the warehouse (DuckDB read-only) for this step only, to read the restricted ruling texts
 *    and parties and the rulings' non-personal metadata (read.ts), and closes it. If the
 *    fingerprint of that input (with the anonymiser version, registry revision and confirmed
 *    reports) equals the one kept for the latest release, it stops without anonymising anything;
 *    otherwise it reads the texts page by page and streams the output.
 * 3. Anonymises each text with its parties; the residual-PII gate decides. A ruling is held back
 *    — never published — when the gate finds anything, when a confirmed public report names it
 *    and is not fixed (reports.ts), or when it is not in Latvian. Reasons (kind, offset, never the
 *    datum) go to the restricted area; counts by reason go to the public quality report.
 * 4. Writes rulings-<date>.jsonl and .parquet (public columns only), quality-<date>.json and
 *    .html, release.json and eclis.json into a partial folder and renames it into place.
 * The open-data packager then publishes every release as distributions of one dataset (source.ts).
 */
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Config } from '../../lib/config.ts';
import { log } from '../../lib/log.ts';
import { sqlString } from '../../lib/warehouse/index.ts';
import { acquireLock, hashFile } from '../../lib/files.ts';
import { Registry } from '../../classifiers/registry/registry.ts';
import { anonymise, residualPiiGate } from '../anonymiser/index.ts';
import { anonymiserVersion, measureQuality, qualityHtml } from './quality.ts';
import {
  readInputFingerprint,
  readRulingHeads,
  readRulingPages,
  withWarehouseReadOnly,
  type RestrictedRuling,
} from './read.ts';
import { decide, listReports, normaliseForMatch, saveReport, type Report } from './reports.ts';
import {
  readRelease,
  releaseDates,
  releaseFiles,
  rigaDate,
  RULING_FIELDS,
  rulingsPaths,
  writeRestrictedFile,
  type RulingsReleaseManifest,
} from './store.ts';

export type HeldBackReason =
  'personal_code' | 'iban' | 'phone' | 'email' | 'party_name' | 'reported' | 'language';

export interface RulingsStepResult {
  status: 'published' | 'unchanged' | 'skipped';
  date: string;
  note?: string;
  anonymiserVersion?: string;
  candidates?: number;
  published?: number;
  heldBack?: number;
  heldBackByReason?: Record<string, number>;
  /** Reports that became fixed in this run. */
  fixedReports?: string[];
  dir?: string;
  durationMs: number;
}

export interface RulingsStepOptions {
  now?: Date;
  /** Size of the held-out corpus the quality report measures on (default 1000). */
  qualityCorpus?: number;
}

const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

type Labels = (classifier: string, code: string | null) => { lv: string; en: string } | null;

function labeller(reg: Registry): Labels {
  return (classifier, code) => {
    if (code === null) return null;
    const periods = reg.get(classifier)?.byCode.get(code);
    const last = periods?.[periods.length - 1];
    return last ? last.label : null;
  };
}

/** Applies the reports to a ruling: 'held' while a confirmed report is not fixed. */
function reportVerdict(
  config: Config,
  reports: Report[],
  ruling: RestrictedRuling,
  anonymised: string,
  fixed: string[],
): 'held' | 'clear' {
  let held = false;
  const sourceSha = sha256(ruling.text);
  for (const r of reports) {
    if (r.ecli !== ruling.ecli || r.status !== 'confirmed') continue;
    if (!r.sourceSha256) {
      r.sourceSha256 = sourceSha;
      saveReport(config, r);
      held = true;
      continue;
    }
    const changed = r.sourceSha256 !== sourceSha;
    const stillThere = normaliseForMatch(anonymised).includes(normaliseForMatch(r.found));
    if (changed && !stillThere) {
      decide(config, r.id, 'fixed', {
        by: 'rulings-release',
        note: 'source text changed and the reported text is gone',
      });
      fixed.push(r.id);
    } else held = true;
  }
  return held ? 'held' : 'clear';
}

const sortKeys = (o: Record<string, number>) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

/** Cuts today's rulings release (see the file comment). */
export async function publishRulings(
  config: Config,
  opts: RulingsStepOptions = {},
): Promise<RulingsStepResult> {
  const started = Date.now();
  const date = rigaDate(opts.now ?? new Date());
  const rp = rulingsPaths(config);
  const dir = path.join(rp.releases, date);
  const done = (r: Omit<RulingsStepResult, 'date' | 'durationMs'>): RulingsStepResult => ({
    date,
    ...r,
    durationMs: Date.now() - started,
  });
  if (existsSync(path.join(dir, 'release.json'))) {
    log.info({ date }, 'rulings release of this date already published; releases never change');
    return done({
      status: 'unchanged',
      dir,
      note: `the rulings release of ${date} is already published and never changes`,
    });
  }
  const unlock = acquireLock(
    config,
    'rulings',
    (pid, file) => new Error(`another rulings release is being written (pid ${pid}, lock ${file})`),
  );
  const tmp = path.join(rp.releases, `.${date}.${process.pid}.partial`);
  try {
    // Leftovers of killed runs.
    if (existsSync(rp.releases))
      for (const d of readdirSync(rp.releases))
        if (d.endsWith('.partial')) rmSync(path.join(rp.releases, d), { recursive: true, force: true });

    // The input's fingerprint first: when nothing the release depends on changed since the latest
    // release, nothing needs anonymising again.
    const registry = Registry.load();
    const latestDate = releaseDates(config).at(-1);
    const inputFile = path.join(rp.heldBack, 'input.json');
    const fingerprint = (input: string) =>
      sha256(
        JSON.stringify({
          input,
          anonymiser: anonymiserVersion(),
          registry: registry.revision,
          confirmed: listReports(config)
            .filter((x) => x.status === 'confirmed')
            .map((x) => [x.id, x.ecli, x.found, x.sourceSha256 ?? null]),
        }),
      );
    const labels = labeller(registry);
    const reports = listReports(config);
    const fixed: string[] = [];
    const eclis: string[] = [];
    const heldBack: {
      ecli: string;
      ruling_id: string;
      reasons: { kind: HeldBackReason; offset: number | null; detail: string }[];
    }[] = [];
    const byReason: Record<string, number> = {};
    let first: string | null = null;
    let last: string | null = null;
    const f = releaseFiles(date);
    const jsonlFile = path.join(tmp, f.jsonl);
    const jsonlHash = createHash('sha256');

    /** Anonymises one ruling and writes it to the JSON Lines file, or records why it is held back. */
    const handle = (r: RestrictedRuling, out: number) => {
      const reasons: { kind: HeldBackReason; offset: number | null; detail: string }[] = [];
      let text = '';
      if (r.language !== 'lv') {
        reasons.push({
          kind: 'language',
          offset: null,
          detail: `language ${r.language}: the anonymiser handles Latvian only`,
        });
      } else {
        text = anonymise(r.text, { parties: r.parties }).text;
        const gate = residualPiiGate(text, { parties: r.parties });
        for (const g of gate.reasons) reasons.push({ kind: g.kind, offset: g.offset, detail: g.detail });
        if (reportVerdict(config, reports, r, text, fixed) === 'held')
          reasons.push({
            kind: 'reported',
            offset: null,
            detail: 'a confirmed public report of a missed personal datum is not fixed yet',
          });
      }
      if (reasons.length) {
        heldBack.push({ ecli: r.ecli, ruling_id: r.rulingId, reasons });
        for (const k of new Set(reasons.map((x) => x.kind))) byReason[k] = (byReason[k] ?? 0) + 1;
        return;
      }
      const court = labels('courts', r.courtCode);
      const row = {
        ecli: r.ecli,
        court_code: r.courtCode,
        court_name_lv: court?.lv ?? null,
        court_name_en: court?.en ?? null,
        decided_on: r.decidedOn,
        case_category: r.caseCategory,
        instance: r.instance,
        ruling_type: r.decisionType,
        outcome: r.outcome,
        criminal_law_articles: r.articles,
        language: r.language,
        text,
      } satisfies Record<(typeof RULING_FIELDS)[number]['name'], unknown>;
      const line = JSON.stringify(row) + '\n';
      writeSync(out, line);
      jsonlHash.update(line);
      eclis.push(r.ecli);
      if (r.decidedOn) {
        if (!first || r.decidedOn < first) first = r.decidedOn;
        if (!last || r.decidedOn > last) last = r.decidedOn;
      }
    };

    // The warehouse is open (read-only) from here to the last page: the fingerprint, then, unless
    // nothing changed, the rulings page by page, so memory holds one page of texts at a time.
    const read = await withWarehouseReadOnly(config, async (wh) => {
      const input = await readInputFingerprint(wh);
      if (input === null) return null;
      const stored = existsSync(inputFile)
        ? (JSON.parse(readFileSync(inputFile, 'utf8')) as { date: string; fingerprint: string })
        : null;
      if (latestDate && stored?.date === latestDate && stored.fingerprint === fingerprint(input))
        return { input, candidates: null };
      const heads = (await readRulingHeads(wh)) ?? [];
      rmSync(tmp, { recursive: true, force: true });
      mkdirSync(tmp, { recursive: true });
      const out = openSync(jsonlFile, 'wx');
      try {
        for await (const page of readRulingPages(wh, heads)) for (const r of page) handle(r, out);
      } finally {
        closeSync(out);
      }
      return { input, candidates: eclis.length + heldBack.length };
    });
    const remember = (releaseDate: string) =>
      read &&
      writeRestrictedFile(
        inputFile,
        JSON.stringify({ date: releaseDate, fingerprint: fingerprint(read.input) }) + '\n',
      );
    if (read && read.candidates === null) {
      log.info(
        { date, same: latestDate },
        'rulings input unchanged since the latest release; no new version',
      );
      return done({
        status: 'unchanged',
        dir: path.join(rp.releases, latestDate!),
        note: `nothing the rulings depend on changed since the release of ${latestDate}; no new version`,
      });
    }
    if (!read) {
      const note =
        'no restricted rulings in the warehouse (ingest TIS2 rulings first, e.g. `elieta generate --rulings N`); rulings release skipped';
      log.info(note);
      return done({ status: 'skipped', note });
    }
    const candidates = read.candidates!;
    const published = eclis.length;

    // Nothing new since the latest release (same rows, same anonymiser, same hold-backs): no new version.
    if (latestDate) {
      const prev = readRelease(config, latestDate);
      const prevJsonl = prev.files.find((x) => x.file === releaseFiles(latestDate).jsonl);
      if (
        prevJsonl?.sha256 === jsonlHash.digest('hex') &&
        prev.anonymiserVersion === anonymiserVersion() &&
        JSON.stringify(sortKeys(prev.heldBack.byReason)) === JSON.stringify(sortKeys(byReason))
      ) {
        rmSync(tmp, { recursive: true, force: true });
        log.info({ date, same: latestDate }, 'rulings unchanged since the latest release; no new version');
        remember(latestDate);
        return done({
          status: 'unchanged',
          dir: path.join(rp.releases, latestDate),
          note: `same rulings, anonymiser and hold-backs as the release of ${latestDate}; no new version`,
          fixedReports: fixed,
        });
      }
    }

    await writeParquet(path.join(tmp, f.jsonl), path.join(tmp, f.parquet));
    const counts = {
      candidates,
      published,
      heldBack: heldBack.length,
      heldBackByReason: byReason,
    };
    const quality = measureQuality(date, counts, { corpus: opts.qualityCorpus });
    writeFileSync(path.join(tmp, f.qualityJson), JSON.stringify(quality, null, 2) + '\n');
    writeFileSync(path.join(tmp, f.qualityHtml), qualityHtml(quality));
    writeFileSync(path.join(tmp, 'eclis.json'), JSON.stringify(eclis) + '\n');
    const files = [];
    for (const name of [f.jsonl, f.parquet, f.qualityJson, f.qualityHtml])
      files.push({ file: name, ...(await hashFile(path.join(tmp, name))) });
    const manifest: RulingsReleaseManifest = {
      date,
      createdAt: (opts.now ?? new Date()).toISOString(),
      anonymiserVersion: quality.anonymiserVersion,
      published,
      heldBack: { total: heldBack.length, byReason },
      decided: { first, last },
      files,
    };
    writeFileSync(path.join(tmp, 'release.json'), JSON.stringify(manifest, null, 2) + '\n');
    // Read-only on disk too: nothing may rewrite a published release (the packager links, never copies).
    for (const name of readdirSync(tmp)) chmodSync(path.join(tmp, name), 0o444);
    // Restricted: which ruling was held back and why (never the datum).
    writeRestrictedFile(
      path.join(rp.heldBack, `held-back-${date}.json`),
      JSON.stringify({ date, heldBack }, null, 2) + '\n',
    );
    renameSync(tmp, dir);
    remember(date);
    log.info({ date, published, heldBack: heldBack.length, byReason }, 'rulings release written');
    return done({
      status: 'published',
      dir,
      anonymiserVersion: quality.anonymiserVersion,
      candidates,
      published,
      heldBack: heldBack.length,
      heldBackByReason: byReason,
      fixedReports: fixed,
    });
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  } finally {
    unlock();
  }
}

/** The Parquet twin of the JSON Lines file, through a one-thread in-memory DuckDB (equal input, equal bytes). */
async function writeParquet(jsonl: string, parquet: string): Promise<void> {
  const inst = await DuckDBInstance.create(':memory:', { threads: '1' });
  const duck = await inst.connect();
  try {
    const columns = `{${RULING_FIELDS.map((c) => `${sqlString(c.name)}: ${sqlString(c.sql)}`).join(', ')}}`;
    await duck.run(
      `COPY (SELECT ${RULING_FIELDS.map((c) => `"${c.name}"`).join(', ')}
             FROM read_json(${sqlString(jsonl)}, format = 'newline_delimited', columns = ${columns}))
       TO ${sqlString(parquet)} (FORMAT parquet, COMPRESSION zstd)`,
    );
  } finally {
    duck.closeSync();
    inst.closeSync();
  }
}

export { readRelease, RULING_FIELDS };
