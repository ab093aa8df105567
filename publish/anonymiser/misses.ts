/**
 * Lists what the anonymiser got wrong on a split of the evaluation corpus, for studying failures:
 * missed entity mentions with context, lost must-keep strings, and persons given more than one
 * letter or sharing a letter with another person, replacements over nothing personal, and what the
 * residual-PII gate flags in the output.
 *
 *   npx tsx publish/anonymiser/misses.ts SPLIT [N] [--no-parties] [--kind miss|keep|letters|gate|spurious]
 */
import { generateCorpus, type Split } from '../../ingest/simulators/rulings/generate.ts';
import { anonymise } from './anonymise.ts';
import { residualPiiGate } from './gate.ts';

const split = process.argv[2] as Split;
if (!['tune', 'heldout', 'sealed', 'final', 'blind', 'audit', 'probe', 'exam'].includes(split)) {
  process.stderr.write('split must be tune, heldout, sealed, final, blind, audit, probe or exam\n');
  process.exit(2);
}
const n = Number(process.argv[3] ?? 1000) || 1000;
const useParties = !process.argv.includes('--no-parties');
const kindArg = process.argv.indexOf('--kind');
const only = kindArg > 0 ? process.argv[kindArg + 1] : undefined;
const ctx = (t: string, s: number, e: number): string =>
  `${t.slice(Math.max(0, s - 70), s)}⟦${t.slice(s, e)}⟧${t.slice(e, e + 50)}`.replace(/\n/g, '⏎');

const rulings = generateCorpus(n, 20261127, split);
rulings.forEach((r, idx) => {
  const parties = useParties
    ? r.parties.map((p) => ({
        name: p.name,
        surname: p.surname,
        personal_code: p.personal_code,
        role: p.role,
      }))
    : undefined;
  const res = anonymise(r.text, { parties });
  const cover: Array<string | undefined> = new Array(r.text.length);
  for (const rep of res.replacements)
    for (let i = rep.original_start; i < rep.original_start + rep.original_length; i++)
      cover[i] = rep.replacement;
  const letters = new Map<string, Map<string, string[]>>();
  for (const a of r.annotations) {
    let hidden = true;
    for (let i = a.start; i < a.end; i++)
      if (cover[i] === undefined && !/\s/.test(r.text.charAt(i))) hidden = false;
    if (!hidden && (!only || only === 'miss'))
      console.log(`MISS ${idx} ${a.category} ${a.entity}: ${ctx(r.text, a.start, a.end)}`);
    if (a.category === 'person') {
      const m = letters.get(a.entity) ?? new Map<string, string[]>();
      letters.set(a.entity, m);
      for (let i = a.start; i < a.end; i++) {
        const l = cover[i];
        if (l && /^[A-Z]\d*$/.test(l)) {
          const list = m.get(l) ?? [];
          list.push(r.text.slice(a.start, a.end));
          m.set(l, list);
          break;
        }
      }
    }
  }
  if (!only || only === 'keep')
    for (const k of r.mustKeep) {
      const by = new Set<string>();
      for (let i = k.start; i < k.end; i++) if (cover[i] !== undefined) by.add(cover[i] as string);
      if (by.size > 0)
        console.log(`KEEP ${idx} ${k.kind} (${[...by].join(' ')}): ${ctx(r.text, k.start, k.end)}`);
    }
  if (!only || only === 'spurious')
    for (const rep of res.replacements) {
      const s = rep.original_start;
      const e = s + rep.original_length;
      if (!r.annotations.some((a) => a.start < e && s < a.end))
        console.log(`SPURIOUS ${idx} ${rep.category}: ${ctx(r.text, s, e)}`);
    }
  if (!only || only === 'gate')
    for (const g of residualPiiGate(res.text, { parties }).reasons)
      console.log(`GATE ${idx} ${g.kind}: ${ctx(res.text, g.offset, g.offset + 14)}`);
  if (!only || only === 'letters') {
    const owner = new Map<string, string>();
    for (const [e, m] of letters) {
      if (m.size > 1)
        console.log(
          `LETTERS ${idx} ${e}: ${[...m].map(([l, forms]) => `${l}=${[...new Set(forms)].join('/')}`).join(' ')}`,
        );
      for (const l of m.keys()) {
        const o = owner.get(l);
        if (o && o !== e) console.log(`SHARED ${idx} ${l}: ${o} & ${e}`);
        owner.set(l, e);
      }
    }
  }
});
