/**
 * The rulings releases as a source of the open-data release (publish/opendata). One dataset,
 * `court-rulings`, whose distributions are the files of every dated release: for each date,
 * rulings-<date>.jsonl, rulings-<date>.parquet, quality-<date>.json and quality-<date>.html.
 *
 * Why distributions of one dataset rather than one dataset per release: the date is in every file
 * name, so each download URL names one immutable snapshot forever (a client that fetched
 * rulings-2026-11-27.jsonl can fetch it again and get the same bytes — its SHA-256 is in the
 * catalogue and in datapackage.json), while the catalogue keeps one stable dataset IRI that
 * harvesters and the portal page follow; a new release adds distributions and bumps the
 * dataset's dct:modified. (DCAT 3's dcat:DatasetSeries would be the other way; the packager's
 * one-folder-per-dataset model and the portal list files per dataset, so this needs no change
 * to either.) The files are hard links into the packager's release folder, not copies.
 */
import { copyFileSync, linkSync } from 'node:fs';
import path from 'node:path';
import type { DatasetSource, DatasetSpec, DistributionSpec, TableField } from '../opendata/types.ts';
import { DATASET_ID, readRelease, releaseDates, releaseFiles, RULING_FIELDS, rulingsPaths } from './store.ts';

function place(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

const fields: TableField[] = RULING_FIELDS.map((f) => ({
  name: f.name,
  type: f.type,
  description: f.description,
}));

export const rulingsDatasets: DatasetSource = {
  name: 'rulings-releases',
  async build(ctx) {
    const dates = releaseDates(ctx.config);
    if (dates.length === 0) return [];
    const store = rulingsPaths(ctx.config).releases;
    const folder = ctx.datasetDir(DATASET_ID);
    const distributions: DistributionSpec[] = [];
    let latest = readRelease(ctx.config, dates[dates.length - 1]!);
    let start: string | null = null;
    let end: string | null = null;
    for (const date of [...dates].reverse()) {
      const m = readRelease(ctx.config, date);
      if (date === dates[dates.length - 1]) latest = m;
      if (m.decided.first && (!start || m.decided.first < start)) start = m.decided.first;
      if (m.decided.last && (!end || m.decided.last > end)) end = m.decided.last;
      const f = releaseFiles(date);
      for (const file of Object.values(f)) place(path.join(store, date, file), path.join(folder, file));
      const held = Object.entries(m.heldBack.byReason)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
      distributions.push(
        {
          file: f.jsonl,
          format: 'jsonl',
          title: {
            lv: `Anonimizēti tiesu nolēmumi, laidiens ${date} (JSON Lines)`,
            en: `Anonymised court rulings, release ${date} (JSON Lines)`,
          },
          description: {
            lv: `Nemainīgs laidiens ${date}: ${m.published} nolēmumi, viens JSON objekts rindā (UTF-8). Anonimizētāja versija ${m.anonymiserVersion}.`,
            en: `Immutable release of ${date}: ${m.published} rulings, one JSON object per line (UTF-8). Anonymiser version ${m.anonymiserVersion}.`,
          },
          schema: { fields },
          rows: m.published,
        },
        {
          file: f.parquet,
          format: 'parquet',
          title: {
            lv: `Anonimizēti tiesu nolēmumi, laidiens ${date} (Parquet)`,
            en: `Anonymised court rulings, release ${date} (Parquet)`,
          },
          description: {
            lv: `Tie paši ${m.published} nolēmumi kā ${f.jsonl}, Apache Parquet formātā.`,
            en: `The same ${m.published} rulings as ${f.jsonl}, as Apache Parquet.`,
          },
          schema: { fields },
          rows: m.published,
        },
        {
          file: f.qualityHtml,
          format: 'html',
          title: { lv: `Kvalitātes pārskats, laidiens ${date}`, en: `Quality report, release ${date}` },
          description: {
            lv: `Anonimizācijas pilnīgums pa kategorijām un pārmērīga maskēšana, mērīta ar šī laidiena anonimizētāju; publicēti ${m.published}, aizturēti ${m.heldBack.total}${held ? ` (${held})` : ''}.`,
            en: `Entity-level recall per category and over-masking, measured with this release's anonymiser; ${m.published} published, ${m.heldBack.total} held back${held ? ` (${held})` : ''}.`,
          },
        },
        {
          file: f.qualityJson,
          format: 'json',
          title: {
            lv: `Kvalitātes pārskats, laidiens ${date} (JSON)`,
            en: `Quality report, release ${date} (JSON)`,
          },
          description: {
            lv: 'Tie paši skaitļi mašīnlasāmā formā.',
            en: 'The same figures, machine-readable.',
          },
        },
      );
    }
    const spec: DatasetSpec = {
      id: DATASET_ID,
      title: { lv: 'Anonimizēti tiesu nolēmumi', en: 'Anonymised court rulings' },
      description: {
        lv: 'Tiesu nolēmumu teksti, anonimizēti saskaņā ar Ministru kabineta 2009. gada noteikumiem Nr. 123: katra fiziskā persona aizstāta ar burtu, citi personas dati ar vārdu kvadrātiekavās; ar ECLI, tiesu, datumu, lietas kategoriju, instanci, Krimināllikuma pantiem un iznākumu. Katrs datēts laidiens ir nemainīgs; jauns laidiens pievieno jaunus failus. Nolēmums, kurā pēc anonimizācijas pārbaude atrod personas datus, netiek publicēts. Katram laidienam ir kvalitātes pārskats.',
        en: 'Texts of court rulings anonymised as Cabinet Regulation No. 123 of 2009 requires: every natural person replaced by a letter, other personal data by a bracketed word; with ECLI, court, date, case category, instance, Criminal Law articles and outcome. Every dated release is immutable; a new release adds new files. A ruling in which the residual check still finds personal data is not published. Each release has a quality report.',
      },
      keywords: {
        lv: ['tiesu nolēmumi', 'spriedumi', 'anonimizācija'],
        en: ['court rulings', 'judgments', 'anonymisation'],
        untagged: ['ECLI'],
      },
      themes: ['JUST'],
      temporal: start && end ? { start, end } : null,
      frequency: 'IRREG',
      rows: latest.published,
      source: `rulings releases ${dates.join(', ')} (latest anonymiser ${latest.anonymiserVersion})`,
      distributions,
    };
    return [spec];
  },
};
