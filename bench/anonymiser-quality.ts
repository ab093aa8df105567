/**
 * Quality of the rulings anonymiser (issue 6), on generated rulings with exact annotations:
 * entity-level recall per category (an entity counts as hidden only if every one of its mentions is
 * hidden), over-masking (share of must-keep strings of which anything was replaced), letter
 * consistency and residual-PII gate hold-backs. Measured on the held-out split — templates,
 * phrasings, names, streets and identifier formats the anonymiser was not tuned on — with and
 * without the structured party data; the tuning split is shown for comparison. The held-out split
 * was looked at (rules were added after its first measurement), and so were the `sealed` split
 * (ingest/simulators/rulings/templates-sealed.ts), the `final` split
 * (ingest/simulators/rulings/templates-final.ts) and the `blind` split
 * (ingest/simulators/rulings/templates-blind.ts): each was written untouched, but the anonymiser was
 * tuned on it after its first measurement, so none of them is untouched any more and none measures
 * unseen text. The `audit` split (ingest/simulators/rulings/templates-audit.ts) was measured once;
 * then its category-level figures (not its text, not its misses) were told to the anonymiser's
 * engineer, who tuned the anonymiser after that measurement — so it is no longer untouched either.
 * The `probe` split (ingest/simulators/rulings/templates-probe.ts) was measured untouched once; then
 * its misses were used to tune the anonymiser, so it is no longer untouched either. The `exam` split
 * (ingest/simulators/rulings/templates-exam.ts) was likewise measured untouched once; then its misses
 * were used to tune the anonymiser, so it is no longer untouched either.
 * With `--final`, `--blind`, `--audit`, `--probe` and `--exam`, those splits' columns are shown too.
 * With `--verify`, the `verify` split is measured and shown first: templates, names and formats
 * written while the anonymiser was being tuned on `exam`, by someone who has not seen the anonymiser,
 * which nobody has tuned on — the untouched split, used only for the last measurement
 * (ingest/simulators/rulings/templates-verify.ts). Its misses are never listed. Prints Markdown.
 *
 *   npx tsx bench/anonymiser-quality.ts [--quick] [--misses] [--sealed-misses] [--final] [--blind] [--audit] [--probe] [--exam] [--verify]
 */
import { generateCorpus, type GeneratedRuling } from '../ingest/simulators/rulings/generate.ts';
import {
  evaluate,
  MAX_OVER_MASKING,
  REPORT_ORDER,
  TARGETS,
  targetFailures,
  type Evaluation,
} from '../publish/anonymiser/evaluate.ts';
import { lexicon } from '../publish/anonymiser/lexicon/index.ts';
import { GIVEN, SURNAMES } from '../ingest/simulators/rulings/names.ts';
import { machine, today } from './measure.ts';

const quick = process.argv.includes('--quick');
const showMisses = process.argv.includes('--misses');
/** Lists the sealed split's misses, for reporting them; never for adding rules (that unseals it). */
const showSealedMisses = process.argv.includes('--sealed-misses');
/** Also measures the final split (for the final measurement only; its misses are never listed). */
const withFinal = process.argv.includes('--final');
/** Also measures the blind split (tuned on after its first measurement; its misses are never listed). */
const withBlind = process.argv.includes('--blind');
/** Also measures the audit split (its figures were told to the anonymiser's engineer after its first measurement; its misses are never listed). */
const withAudit = process.argv.includes('--audit');
/** Also measures the probe split (measured untouched once, then tuned on; its misses are never listed here). */
const withProbe = process.argv.includes('--probe');
/** Also measures the exam split (measured untouched once, then tuned on; its misses are never listed here). */
const withExam = process.argv.includes('--exam');
/** Also measures the verify split, the untouched one (for the last measurement only; its misses are never listed). */
const withVerify = process.argv.includes('--verify');
const N = quick ? 200 : 1000;
const SEED = 20261127;

const ORDER = REPORT_ORDER;

function pct(x: number): string {
  return `${(x * 100).toFixed(2)}%`;
}

function table(cols: Array<[string, Evaluation]>): string {
  const head = `| category | ${cols.map(([n]) => n).join(' | ')} | target |`;
  const sep = `|---|${cols.map(() => '---:').join('|')}|---:|`;
  const rows = ORDER.map((c) => {
    const cells = cols.map(([, ev]) => {
      const f = ev.categories[c];
      return f ? `${pct(f.recall)} (${f.hidden}/${f.entities})` : '–';
    });
    const t = TARGETS[c];
    return `| ${c} | ${cells.join(' | ')} | ${t === undefined ? '–' : `≥ ${(t * 100).toFixed(0)}%`} |`;
  });
  const om = `| **over-masking** | ${cols.map(([, ev]) => `${pct(ev.overMasking.rate)} (${ev.overMasking.lost}/${ev.overMasking.mustKeep})`).join(' | ')} | < ${MAX_OVER_MASKING * 100}% |`;
  const letters = `| persons with >1 letter / letters shared by 2 persons | ${cols.map(([, ev]) => `${ev.letters.inconsistent} / ${ev.letters.shared} of ${ev.letters.persons}`).join(' | ')} | – |`;
  const spurious = `| replacements over nothing personal (precision) | ${cols.map(([, ev]) => `${ev.spurious.replacements} of ${ev.spurious.total}`).join(' | ')} | – |`;
  const gate = `| rulings held back by the gate | ${cols.map(([, ev]) => `${ev.gate.held} of ${ev.rulings}`).join(' | ')} | – |`;
  const verdict = `| **targets met** | ${cols.map(([, ev]) => (targetFailures(ev).length ? `no: ${targetFailures(ev).join('; ')}` : 'yes')).join(' | ')} | |`;
  return [head, sep, ...rows, om, spurious, letters, gate, verdict].join('\n');
}

function overlap(
  split: 'heldout' | 'sealed' | 'final' | 'blind' | 'audit' | 'probe' | 'exam' | 'verify' = 'heldout',
): string {
  const lex = lexicon();
  const given = [
    ...GIVEN[split].m.map((n) => [n, 'm'] as const),
    ...GIVEN[split].f.map((n) => [n, 'f'] as const),
  ].map(([n]) => n.split('|')[0]!.split(':')[0]!.toLowerCase());
  const inLexGiven = given.filter((g) => lex.given.has(g)).length;
  // "Nom:Gen|Fem" (the final split writes irregular feminine surnames after "|")
  const sur = SURNAMES[split].map((n) => n.split('|')[0]!.split(':')[0]!.toLowerCase());
  const inLexSur = sur.filter((s) => lex.surname.has(s)).length;
  const label = split === 'heldout' ? 'held-out' : split;
  return `${label} given names in the anonymiser's lexicon: ${inLexGiven}/${given.length}; ${label} surnames in it: ${inLexSur}/${sur.length}`;
}

const started = Date.now();
const heldout: GeneratedRuling[] = generateCorpus(N, SEED, 'heldout');
const tune: GeneratedRuling[] = generateCorpus(quick ? 100 : 300, SEED, 'tune');
const sealed: GeneratedRuling[] = generateCorpus(N, SEED, 'sealed');
const sP = evaluate(sealed, { useParties: true });
const sN = evaluate(sealed, { useParties: false });
const hP = evaluate(heldout, { useParties: true });
const hN = evaluate(heldout, { useParties: false });
const tP = evaluate(tune, { useParties: true });
const tN = evaluate(tune, { useParties: false });
const final: GeneratedRuling[] = withFinal ? generateCorpus(N, SEED, 'final') : [];
const fP = withFinal ? evaluate(final, { useParties: true }) : null;
const fN = withFinal ? evaluate(final, { useParties: false }) : null;
const blind: GeneratedRuling[] = withBlind ? generateCorpus(N, SEED, 'blind') : [];
const bP = withBlind ? evaluate(blind, { useParties: true }) : null;
const bN = withBlind ? evaluate(blind, { useParties: false }) : null;
const audit: GeneratedRuling[] = withAudit ? generateCorpus(N, SEED, 'audit') : [];
const aP = withAudit ? evaluate(audit, { useParties: true }) : null;
const aN = withAudit ? evaluate(audit, { useParties: false }) : null;
const probe: GeneratedRuling[] = withProbe ? generateCorpus(N, SEED, 'probe') : [];
const pP = withProbe ? evaluate(probe, { useParties: true }) : null;
const pN = withProbe ? evaluate(probe, { useParties: false }) : null;
const exam: GeneratedRuling[] = withExam ? generateCorpus(N, SEED, 'exam') : [];
const eP = withExam ? evaluate(exam, { useParties: true }) : null;
const eN = withExam ? evaluate(exam, { useParties: false }) : null;
const verify: GeneratedRuling[] = withVerify ? generateCorpus(N, SEED, 'verify') : [];
const vP = withVerify ? evaluate(verify, { useParties: true }) : null;
const vN = withVerify ? evaluate(verify, { useParties: false }) : null;
const seconds = (Date.now() - started) / 1000;

const byKind = Object.entries(hN.overMasking.byKind)
  .map(([k, v]) => `${k} ${v.lost}/${v.total}`)
  .join(', ');

const out = [
  `## Anonymiser quality (rulings, issue 6)`,
  ``,
  `- Date: ${today()}; machine: ${machine()}`,
  `- Command: \`npx tsx bench/anonymiser-quality.ts${quick ? ' --quick' : ''}${withFinal ? ' --final' : ''}${withBlind ? ' --blind' : ''}${withAudit ? ' --audit' : ''}${withProbe ? ' --probe' : ''}${withExam ? ' --exam' : ''}${withVerify ? ' --verify' : ''}\` (${seconds.toFixed(1)} s)`,
  `- Corpus: ${heldout.length} held-out rulings (${(hN.characters / 1024).toFixed(0)} KiB, seed ${SEED}) from ingest/simulators/rulings with split \`heldout\`; ${tune.length} tuning rulings for comparison.`,
  `- The held-out split uses other templates (phrasings, section order, surname-first capitals, "(turpmāk – …)" definitions, initials, relatives), other given names and surnames (incl. indeclinable, double and rare ones), other streets, towns and house names, and other identifier formats (unhyphenated codes, grouped IBANs, (+371)/00371/2-3-3 phones, compact plates and cadastral numbers, "pag."/"nov."). ${overlap()}.`,
  `- "with parties": \`anonymise(text, {parties})\` with the ruling's parties as the restricted schema holds them; "no parties": text only.`,
  `- Sealed split: ${sealed.length} rulings (${(sN.characters / 1024).toFixed(0)} KiB, same seed) with split \`sealed\` — templates, names, streets, towns, house names and formats written after the anonymiser was tuned and its held-out failures were looked at; the anonymiser has since been tuned on it (after its first measurement), so it no longer measures unseen text. It adds parties listed as "SURNAME Given" / "Surname Given" / "Surname G.", "Bērziņa kungs/kundze", relatives sharing the defendant's surname, foreign names in Latvian form, en-dash personal codes, 4-4 and 2-2-2-2 phones, village addresses and slash house numbers. ${overlap('sealed')}.`,
  ...(fP && fN
    ? [
        `- Final split: ${final.length} rulings (${(fN.characters / 1024).toFixed(0)} KiB, same seed) with split \`final\` — templates, names, streets, towns, house names and formats written after the anonymiser had been tuned and looked at on the three splits above, by someone who had not seen the anonymiser; the anonymiser has since been tuned on it too (after its first measurement), so it no longer measures unseen text either. ${overlap('final')}.`,
      ]
    : []),
  ...(bP && bN
    ? [
        `- Blind split: ${blind.length} rulings (${(bN.characters / 1024).toFixed(0)} KiB, same seed) with split \`blind\` — templates, names, streets, towns, house names and formats written after the anonymiser had been tuned on all four splits above, by someone who has not seen the anonymiser; the anonymiser has since been tuned on it too (after its first measurement), so it no longer measures unseen text either. ${overlap('blind')}.`,
      ]
    : []),
  ...(aP && aN
    ? [
        `- Audit split: ${audit.length} rulings (${(aN.characters / 1024).toFixed(0)} KiB, same seed) with split \`audit\` — templates, names, streets, towns, house names and formats written after the anonymiser had been tuned on all five splits above, by someone who has not seen the anonymiser. It was measured once; then its category-level figures (not its text) were told to the anonymiser's engineer, who tuned the anonymiser after that measurement, so it is no longer untouched. ${overlap('audit')}.`,
      ]
    : []),
  ...(pP && pN
    ? [
        `- Probe split: ${probe.length} rulings (${(pN.characters / 1024).toFixed(0)} KiB, same seed) with split \`probe\` — templates, names, streets, towns, house names and formats written after the anonymiser had been tuned on all six splits above, by someone who has not seen the anonymiser. It was measured untouched once; then its misses were used to tune the anonymiser, so it is no longer untouched. ${overlap('probe')}.`,
      ]
    : []),
  ...(eP && eN
    ? [
        `- Exam split: ${exam.length} rulings (${(eN.characters / 1024).toFixed(0)} KiB, same seed) with split \`exam\` — templates, names, streets, towns, house names and formats written after the anonymiser had been measured on all seven splits above, by someone who has not seen the anonymiser. It was measured untouched once; then its misses were used to tune the anonymiser, so it is no longer untouched. ${overlap('exam')}.`,
      ]
    : []),
  ...(vP && vN
    ? [
        `- Verify split: ${verify.length} rulings (${(vN.characters / 1024).toFixed(0)} KiB, same seed) with split \`verify\` — templates, names, streets, towns, house names and formats written while the anonymiser was being tuned on \`exam\`, by someone who has not seen the anonymiser; nobody has tuned on it. It is the untouched split: its columns are the figures that count, and its misses are never listed. ${overlap('verify')}.`,
      ]
    : []),
  ``,
  table([
    ...(vP && vN
      ? ([
          ['verify, with parties', vP],
          ['verify, no parties', vN],
        ] as Array<[string, Evaluation]>)
      : []),
    ...(eP && eN
      ? ([
          ['exam, with parties', eP],
          ['exam, no parties', eN],
        ] as Array<[string, Evaluation]>)
      : []),
    ...(pP && pN
      ? ([
          ['probe, with parties', pP],
          ['probe, no parties', pN],
        ] as Array<[string, Evaluation]>)
      : []),
    ...(aP && aN
      ? ([
          ['audit, with parties', aP],
          ['audit, no parties', aN],
        ] as Array<[string, Evaluation]>)
      : []),
    ...(bP && bN
      ? ([
          ['blind, with parties', bP],
          ['blind, no parties', bN],
        ] as Array<[string, Evaluation]>)
      : []),
    ...(fP && fN
      ? ([
          ['final, with parties', fP],
          ['final, no parties', fN],
        ] as Array<[string, Evaluation]>)
      : []),
    ['sealed, with parties', sP],
    ['sealed, no parties', sN],
    ['held-out, with parties', hP],
    ['held-out, no parties', hN],
    ['tuning, with parties', tP],
    ['tuning, no parties', tN],
  ]),
  ``,
  `Over-masking by kind (held-out, no parties): ${byKind}.`,
  ``,
  `Over-masking by kind (sealed, no parties): ${Object.entries(sN.overMasking.byKind)
    .map(([k, v]) => `${k} ${v.lost}/${v.total}`)
    .join(', ')}.`,
  ``,
  ...(vN
    ? [
        `Over-masking by kind (verify, no parties): ${Object.entries(vN.overMasking.byKind)
          .map(([k, v]) => `${k} ${v.lost}/${v.total}`)
          .join(', ')}.`,
        ``,
      ]
    : []),
  ...(eN
    ? [
        `Over-masking by kind (exam, no parties): ${Object.entries(eN.overMasking.byKind)
          .map(([k, v]) => `${k} ${v.lost}/${v.total}`)
          .join(', ')}.`,
        ``,
      ]
    : []),
  ...(pN
    ? [
        `Over-masking by kind (probe, no parties): ${Object.entries(pN.overMasking.byKind)
          .map(([k, v]) => `${k} ${v.lost}/${v.total}`)
          .join(', ')}.`,
        ``,
      ]
    : []),
  ...(aN
    ? [
        `Over-masking by kind (audit, no parties): ${Object.entries(aN.overMasking.byKind)
          .map(([k, v]) => `${k} ${v.lost}/${v.total}`)
          .join(', ')}.`,
        ``,
      ]
    : []),
  ...(bN
    ? [
        `Over-masking by kind (blind, no parties): ${Object.entries(bN.overMasking.byKind)
          .map(([k, v]) => `${k} ${v.lost}/${v.total}`)
          .join(', ')}.`,
        ``,
      ]
    : []),
  ...(fN
    ? [
        `Over-masking by kind (final, no parties): ${Object.entries(fN.overMasking.byKind)
          .map(([k, v]) => `${k} ${v.lost}/${v.total}`)
          .join(', ')}.`,
        ``,
      ]
    : []),
];
if (showMisses) {
  out.push('Missed entities (held-out, no parties), first 40:', '');
  for (const m of hN.misses.slice(0, 40)) out.push(`- ${m.category}: \`${m.text}\` … ${m.context}`);
  out.push('');
}
if (showSealedMisses) {
  out.push('Missed entities (sealed, with parties), first 40 — for reporting, not for tuning:', '');
  for (const m of sP.misses.slice(0, 40)) out.push(`- ${m.category}: \`${m.text}\` … ${m.context}`);
  out.push('');
}
process.stdout.write(out.join('\n') + '\n');
