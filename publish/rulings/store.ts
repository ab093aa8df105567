/**
 * Where rulings releases and the restricted side of the rulings publication live.
 *
 * Public (served only through the open-data release that lists them):
 *   `$ELIETA_HOME/opendata/rulings/<YYYY-MM-DD>/` — one dated, immutable release: rulings-<date>.jsonl,
 *   rulings-<date>.parquet, quality-<date>.json, quality-<date>.html, and two files the portal never
 *   serves: release.json (what the release holds, with hashes) and eclis.json (the ECLIs in it, for
 *   the report endpoint's 404). A release folder appears by one rename and is never written again.
 *
 * Restricted (never under opendata/, directories 0700, files 0600):
 *   `$ELIETA_HOME/restricted/reports/<id>.json` — the public's reports of missed personal data;
 *   `$ELIETA_HOME/restricted/rulings/held-back-<date>.json` — which rulings a release held back and why
 *   (kind and offset, never the datum).
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { paths, type Config } from '../../lib/config.ts';

export const DATASET_ID = 'court-rulings';

/** One published ruling: exactly these keys, in this order (the public columns). */
export const RULING_FIELDS = [
  { name: 'ecli', type: 'string', sql: 'VARCHAR', description: 'European Case Law Identifier of the ruling' },
  { name: 'court_code', type: 'string', sql: 'VARCHAR', description: 'Court (classifier courts)' },
  { name: 'court_name_lv', type: 'string', sql: 'VARCHAR', description: 'Court name in Latvian' },
  { name: 'court_name_en', type: 'string', sql: 'VARCHAR', description: 'Court name in English' },
  { name: 'decided_on', type: 'date', sql: 'DATE', description: 'Date of the ruling' },
  {
    name: 'case_category',
    type: 'string',
    sql: 'VARCHAR',
    description:
      'Case category: civil, criminal, administrative, administrative_offence (classifier case_categories)',
  },
  {
    name: 'instance',
    type: 'string',
    sql: 'VARCHAR',
    description: 'Instance: first, appeal, cassation (classifier instances)',
  },
  {
    name: 'ruling_type',
    type: 'string',
    sql: 'VARCHAR',
    description: 'Kind of ruling: judgment or decision (classifier document_types)',
  },
  {
    name: 'outcome',
    type: 'string',
    sql: 'VARCHAR',
    description: 'How the case ended at this instance (classifier case_outcomes)',
  },
  {
    name: 'criminal_law_articles',
    type: 'array',
    sql: 'VARCHAR[]',
    description:
      'Criminal Law articles of the judgment (classifier criminal_law_articles); empty outside criminal cases',
  },
  { name: 'language', type: 'string', sql: 'VARCHAR', description: 'Language of the text (ISO 639-1)' },
  {
    name: 'text',
    type: 'string',
    sql: 'VARCHAR',
    description:
      'The anonymised text: each natural person is one capital letter (A, B, …), other personal data a bracketed Latvian word ([personas kods], [adrese], …)',
  },
] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function rulingsPaths(config: Config) {
  const restricted = path.join(config.home, 'restricted');
  return {
    releases: path.join(paths(config).opendata, 'rulings'),
    restricted,
    reports: path.join(restricted, 'reports'),
    heldBack: path.join(restricted, 'rulings'),
  };
}

export const releaseFiles = (date: string) => ({
  jsonl: `rulings-${date}.jsonl`,
  parquet: `rulings-${date}.parquet`,
  qualityJson: `quality-${date}.json`,
  qualityHtml: `quality-${date}.html`,
});

/** release.json of one rulings release (not published as a file; the catalogue describes it). */
export interface RulingsReleaseManifest {
  date: string;
  createdAt: string;
  anonymiserVersion: string;
  published: number;
  heldBack: { total: number; byReason: Record<string, number> };
  decided: { first: string | null; last: string | null };
  files: { file: string; bytes: number; sha256: string }[];
}

/** Dates of the complete releases, oldest first. */
export function releaseDates(config: Config): string[] {
  const dir = rulingsPaths(config).releases;
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && DATE.test(d.name) && existsSync(path.join(dir, d.name, 'release.json')))
    .map((d) => d.name)
    .sort();
}

export function readRelease(config: Config, date: string): RulingsReleaseManifest {
  return JSON.parse(
    readFileSync(path.join(rulingsPaths(config).releases, date, 'release.json'), 'utf8'),
  ) as RulingsReleaseManifest;
}

export function readEclis(config: Config, date: string): string[] {
  return JSON.parse(
    readFileSync(path.join(rulingsPaths(config).releases, date, 'eclis.json'), 'utf8'),
  ) as string[];
}

/** A restricted directory: created 0700 (and tightened if it already exists). */
export function restrictedDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  return dir;
}

/**
 * Writes a restricted file atomically: a temporary file created 0600 in the same folder, synced,
 * then renamed over the target, so a reader sees the old content or the new, never a part.
 */
export function writeRestrictedFile(file: string, data: string): void {
  restrictedDir(path.dirname(file));
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Today in Riga as YYYY-MM-DD (the release date). */
export function rigaDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Riga',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
