/**
 * The public quality report of a rulings release: the figures of bench/anonymiser-quality.ts
 * (entity-level recall per category, over-masking, letter consistency, replacements over nothing
 * personal) measured with the anonymiser code of the release on the held-out generated corpus
 * (ingest/simulators/rulings, split `heldout`, fixed seed: the corpus the anonymiser was not tuned
 * on), with and without the structured party data; plus how many rulings the release published
 * and held back, by reason. Written as JSON and as a self-contained HTML page.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../../ingest/simulators/rulings/generate.ts';
import {
  evaluate,
  MAX_OVER_MASKING,
  REPORT_ORDER,
  TARGETS,
  targetFailures,
  type Evaluation,
} from '../anonymiser/evaluate.ts';
import { escapeHtml as e } from '../portal/page.ts';

export const QUALITY_SEED = 20261127;
export const QUALITY_CORPUS = 1000;

const ANONYMISER_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'anonymiser');

/**
 * The anonymiser's version: the first 16 hex digits of a SHA-256 over its source files (not its
 * tests), so any change to a detector, lexicon or the gate gives a new version.
 */
export function anonymiserVersion(dir: string = ANONYMISER_DIR): string {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, ent.name);
      if (ent.isDirectory()) walk(p);
      else if (/\.ts$/.test(ent.name) && !/\.test\.ts$/.test(ent.name)) files.push(p);
    }
  };
  walk(dir);
  const h = createHash('sha256');
  for (const f of files.sort())
    h.update(path.relative(dir, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

export interface CategoryRow {
  category: string;
  entities: number;
  hidden: number;
  recall: number;
  target: number | null;
}

export interface Measured {
  categories: CategoryRow[];
  overMasking: { mustKeep: number; lost: number; rate: number; max: number };
  spuriousReplacements: { replacements: number; total: number };
  letters: { persons: number; inconsistent: number; shared: number };
  gateHeldBack: number;
  targetsMet: boolean;
  failures: string[];
}

export interface QualityReport {
  release: string;
  anonymiserVersion: string;
  corpus: { generator: string; split: 'heldout'; seed: number; rulings: number; characters: number };
  withParties: Measured;
  textOnly: Measured;
  release_counts: {
    candidates: number;
    published: number;
    heldBack: number;
    heldBackByReason: Record<string, number>;
  };
  targets: { recall: Record<string, number>; maxOverMasking: number };
}

const ORDER = REPORT_ORDER;

function measured(ev: Evaluation): Measured {
  const cats = [
    ...ORDER,
    ...Object.keys(ev.categories)
      .filter((c) => !ORDER.includes(c))
      .sort(),
  ]
    .filter((c) => ev.categories[c])
    .map((c) => ({ category: c, ...ev.categories[c]!, target: TARGETS[c] ?? null }));
  const failures = targetFailures(ev);
  return {
    categories: cats,
    overMasking: {
      mustKeep: ev.overMasking.mustKeep,
      lost: ev.overMasking.lost,
      rate: ev.overMasking.rate,
      max: MAX_OVER_MASKING,
    },
    spuriousReplacements: { replacements: ev.spurious.replacements, total: ev.spurious.total },
    letters: ev.letters,
    gateHeldBack: ev.gate.held,
    targetsMet: failures.length === 0,
    failures,
  };
}

export function measureQuality(
  release: string,
  counts: QualityReport['release_counts'],
  opts: { corpus?: number } = {},
): QualityReport {
  const n = opts.corpus ?? QUALITY_CORPUS;
  const corpus = generateCorpus(n, QUALITY_SEED, 'heldout');
  return {
    release,
    anonymiserVersion: anonymiserVersion(),
    corpus: {
      generator: 'ingest/simulators/rulings',
      split: 'heldout',
      seed: QUALITY_SEED,
      rulings: corpus.length,
      characters: corpus.reduce((s, r) => s + r.text.length, 0),
    },
    withParties: measured(evaluate(corpus, { useParties: true })),
    textOnly: measured(evaluate(corpus, { useParties: false })),
    release_counts: counts,
    targets: { recall: TARGETS, maxOverMasking: MAX_OVER_MASKING },
  };
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

const REASON_LV: Record<string, string> = {
  personal_code: 'personas koda formas skaitlis',
  iban: 'konta numura (IBAN) forma',
  phone: 'tālruņa numurs',
  email: 'e-pasta adrese',
  party_name: 'zināma lietas dalībnieka vārds',
  reported: 'apstiprināts sabiedrības ziņojums par nepamanītiem personas datiem',
  language: 'teksts nav latviešu valodā (anonimizētājs to neapstrādā)',
};

export function qualityHtml(q: QualityReport): string {
  const rows = q.withParties.categories.map((c) => {
    const t = q.textOnly.categories.find((x) => x.category === c.category);
    return `<tr><th scope="row">${e(c.category)}</th><td>${pct(c.recall)} <small>(${c.hidden}/${c.entities})</small></td><td>${t ? `${pct(t.recall)} <small>(${t.hidden}/${t.entities})</small>` : '–'}</td><td>${c.target === null ? '–' : c.target === 1 ? '100 %' : `≥ ${(c.target * 100).toFixed(0)} %`}</td></tr>`;
  });
  const reasons = Object.entries(q.release_counts.heldBackByReason)
    .sort()
    .map(([k, n]) => `<li>${e(REASON_LV[k] ?? k)} <span lang="en">(${e(k)})</span>: ${n}</li>`)
    .join('\n');
  const verdict = (m: Measured) =>
    m.targetsMet
      ? 'jā <span lang="en">(yes)</span>'
      : `nē <span lang="en">(no)</span>: ${e(m.failures.join('; '))}`;
  return `<!doctype html>
<html lang="lv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nolēmumu anonimizācijas kvalitāte, laidiens ${e(q.release)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.4}table{border-collapse:collapse}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:right}th[scope=row],thead th{text-align:left}small{color:#555}</style>
</head>
<body>
<h1>Anonimizēto tiesu nolēmumu kvalitātes pārskats <span lang="en">/ Quality report of the anonymised rulings</span></h1>
<p>Laidiens <span lang="en">Release</span>: <strong>${e(q.release)}</strong> · anonimizētāja versija <span lang="en">anonymiser version</span>: <code>${e(q.anonymiserVersion)}</code></p>
<h2>Laidiens <span lang="en">/ Release</span></h2>
<ul>
<li>Publicēti nolēmumi <span lang="en">(rulings published)</span>: <strong>${q.release_counts.published}</strong> no ${q.release_counts.candidates}</li>
<li>Aizturēti <span lang="en">(held back, never published)</span>: <strong>${q.release_counts.heldBack}</strong>${reasons ? `<ul>\n${reasons}\n</ul>` : ''}</li>
</ul>
<p>Aizturēšanas iemesls ir reģistrēts, bet pats datums netiek ne publicēts, ne glabāts iemeslā. <span lang="en">The reason a ruling was held back is recorded; the datum itself is not.</span></p>
<h2>Mērījums <span lang="en">/ Measurement</span></h2>
<p>Mērīts ar šī laidiena anonimizētāju uz ${q.corpus.rulings} ģenerētiem nolēmumiem ar precīzām anotācijām (atsevišķa, neregulēta daļa <code>${e(q.corpus.split)}</code>, sēkla ${q.corpus.seed}, ${Math.round(q.corpus.characters / 1024)} KiB).
<span lang="en">Measured with this release's anonymiser on ${q.corpus.rulings} generated rulings with exact annotations (the held-out split it was not tuned on). An entity counts as hidden only if every one of its mentions is hidden.</span></p>
<p>Laidiens anonimizē ar lietas dalībnieku datiem (pirmā kolonna); otrā rāda, cik anonimizētājs atrod tikai no teksta. <span lang="en">The release anonymises with the parties' data (first column); the second shows what the anonymiser finds from the text alone.</span></p>
<table>
<thead><tr><th>kategorija <span lang="en">category</span></th><th>ar dalībnieku datiem <span lang="en">with party data</span></th><th>tikai teksts <span lang="en">text only</span></th><th>mērķis <span lang="en">target</span></th></tr></thead>
<tbody>
${rows.join('\n')}
<tr><th scope="row">pārmērīga maskēšana <span lang="en">over-masking</span></th><td>${pct(q.withParties.overMasking.rate)} <small>(${q.withParties.overMasking.lost}/${q.withParties.overMasking.mustKeep})</small></td><td>${pct(q.textOnly.overMasking.rate)} <small>(${q.textOnly.overMasking.lost}/${q.textOnly.overMasking.mustKeep})</small></td><td>&lt; ${(q.targets.maxOverMasking * 100).toFixed(0)} %</td></tr>
<tr><th scope="row">aizvietojumi bez personas datiem <span lang="en">replacements over nothing personal</span></th><td>${q.withParties.spuriousReplacements.replacements}/${q.withParties.spuriousReplacements.total}</td><td>${q.textOnly.spuriousReplacements.replacements}/${q.textOnly.spuriousReplacements.total}</td><td>–</td></tr>
<tr><th scope="row">mērķi sasniegti <span lang="en">targets met</span></th><td>${verdict(q.withParties)}</td><td>${verdict(q.textOnly)}</td><td></td></tr>
</tbody>
</table>
<p>Pamanījāt personas datus publicētā nolēmumā? Ziņojiet: <code>POST /api/rulings/{ECLI}/reports</code> (sk. <code>/openapi.json</code>).
<span lang="en">Found personal data in a published ruling? Report it with POST /api/rulings/{ECLI}/reports (see /openapi.json).</span></p>
</body>
</html>
`;
}
