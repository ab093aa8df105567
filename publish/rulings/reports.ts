/**
 * Reports from the public of a personal datum the anonymiser missed in a published ruling.
 * One JSON file per report in `$ELIETA_HOME/restricted/reports/` (0600, written atomically):
 * the server only creates files, `elieta rulings review` and the rulings step only rewrite one.
 *
 * Life of a report:
 *   open ──confirm──▶ confirmed ──(fixed)──▶ fixed
 *     └──dismiss──▶ dismissed
 * A confirmed report keeps its ruling out of every new rulings release until it is fixed. Fixed
 * means either
 *   - staff say so (`elieta rulings review --fixed ID`), after improving the anonymiser or having
 *     the source text corrected; or
 *   - the rulings step sees that the ruling's source text changed since the report was confirmed
 *     (SHA-256 recorded at the first release that held it back) and the new anonymised text no
 *     longer contains what the reporter found.
 * Either way the ruling is published again only if it passes the residual-PII gate.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../../lib/config.ts';
import { rulingsPaths, writeRestrictedFile } from './store.ts';

export type ReportStatus = 'open' | 'confirmed' | 'dismissed' | 'fixed';

export const REPORT_CATEGORIES = [
  'person',
  'personal_code',
  'birth_date',
  'address',
  'postal_code',
  'phone',
  'email',
  'iban',
  'vehicle_plate',
  'cadastral',
  'document',
  'other',
] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export interface ReportInput {
  category: ReportCategory;
  /** What the reporter found, as it stands in the published text. */
  found: string;
  /** Where: paragraph, sentence or the words around it. */
  where: string;
  contact?: string | null;
}

export interface Report extends ReportInput {
  id: string;
  ecli: string;
  /** The rulings release the reporter was looking at (the current one when the report came in). */
  release: string;
  receivedAt: string;
  status: ReportStatus;
  history: { at: string; action: ReportStatus; by: string; note: string | null }[];
  /** SHA-256 of the ruling's source text when a release first held it back for this report. */
  sourceSha256?: string;
}

export class ReportError extends Error {
  override name = 'ReportError';
}

const ID = /^RR-[0-9a-f]{12}$/;

function reportFile(config: Config, id: string): string {
  if (!ID.test(id)) throw new ReportError(`report id "${id}" is not of the form RR-<12 hex digits>`);
  return path.join(rulingsPaths(config).reports, `${id}.json`);
}

export function createReport(
  config: Config,
  ecli: string,
  release: string,
  input: ReportInput,
  now = new Date(),
): Report {
  const id = `RR-${randomBytes(6).toString('hex')}`;
  const report: Report = {
    id,
    ecli,
    release,
    receivedAt: now.toISOString(),
    category: input.category,
    found: input.found,
    where: input.where,
    contact: input.contact ?? null,
    status: 'open',
    history: [{ at: now.toISOString(), action: 'open', by: 'public', note: null }],
  };
  writeRestrictedFile(reportFile(config, id), JSON.stringify(report, null, 2) + '\n');
  return report;
}

export function readReport(config: Config, id: string): Report {
  const file = reportFile(config, id);
  if (!existsSync(file)) throw new ReportError(`no report ${id} (looked in ${path.dirname(file)})`);
  return JSON.parse(readFileSync(file, 'utf8')) as Report;
}

export function saveReport(config: Config, report: Report): void {
  writeRestrictedFile(reportFile(config, report.id), JSON.stringify(report, null, 2) + '\n');
}

/** Every report, oldest first. */
export function listReports(config: Config): Report[] {
  const dir = rulingsPaths(config).reports;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^RR-[0-9a-f]{12}\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Report)
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
}

const ALLOWED: Record<ReportStatus, ReportStatus[]> = {
  open: ['confirmed', 'dismissed'],
  confirmed: ['fixed', 'dismissed'],
  dismissed: ['confirmed'],
  fixed: ['confirmed'],
};

/** Moves a report to `to` (staff or the rulings step), recording who, when and why. */
export function decide(
  config: Config,
  id: string,
  to: ReportStatus,
  opts: { note?: string | null; by?: string; now?: Date } = {},
): Report {
  const r = readReport(config, id);
  if (!ALLOWED[r.status].includes(to))
    throw new ReportError(
      `report ${id} is ${r.status}; it cannot become ${to} (allowed: ${ALLOWED[r.status].join(', ')})`,
    );
  r.status = to;
  r.history.push({
    at: (opts.now ?? new Date()).toISOString(),
    action: to,
    by: opts.by ?? os.userInfo().username,
    note: opts.note ?? null,
  });
  saveReport(config, r);
  return r;
}

/** Lower case, single spaces: how "found" is compared with an anonymised text. */
export function normaliseForMatch(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
