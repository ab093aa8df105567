import { describe, expect, it } from 'vitest';
import { Rng } from '../../../lib/random.ts';
import { generateCorpus, generateRuling, type GeneratedRuling } from './generate.ts';
import { FILLERS } from './fillers.ts';
import { decline, feminine, parseName, type Case } from './decline.ts';
import { GIVEN, OFFICIAL_NAMES, SURNAMES, type Split } from './names.ts';
import { AUDIT } from './templates-audit.ts';
import { BLIND } from './templates-blind.ts';
import { EXAM } from './templates-exam.ts';
import { FINAL } from './templates-final.ts';
import { HELDOUT } from './templates-heldout.ts';
import { PROBE } from './templates-probe.ts';
import { SEALED } from './templates-sealed.ts';
import { TUNE } from './templates-tune.ts';
import { VERIFY } from './templates-verify.ts';

/** Every category of personal data a ruling of the later splits annotates (sorted). */
const ALL_CATEGORIES = [
  'address',
  'birth_date',
  'cadastral',
  'document',
  'email',
  'iban',
  'person',
  'personal_code',
  'phone',
  'postal_code',
  'vehicle_plate',
];

/** Every kind of must-keep string a ruling of the blind, audit, probe, exam and verify splits records (sorted). */
const ALL_KEEP_KINDS = [
  'amount',
  'case_number',
  'company',
  'court',
  'date',
  'ecli',
  'institution',
  'official',
  'statute',
];

/** The check digit of an old personal code ("DDMMYY-CNNNX"). */
const checkDigit = (code: string) => {
  const d = code.replace(/\D/g, '');
  const w = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((a, x, i) => a + x * Number(d[i]), 0);
  return (1101 - sum) % 11 === Number(d[10]);
};

/** The mod-97 remainder of an IBAN (1 for a valid one). */
const mod97 = (iban: string) => {
  const s = iban.replace(/ /g, '');
  const n = [...(s.slice(4) + s.slice(0, 4))]
    .map((c) => (c >= 'A' ? String(c.charCodeAt(0) - 55) : c))
    .join('');
  let rem = 0;
  for (const ch of n) rem = (rem * 10 + Number(ch)) % 97;
  return rem;
};

/** Every annotation and must-keep string sits at its exact position; personal data never overlaps a must-keep string or another annotation. */
const expectExactSpans = (r: GeneratedRuling) => {
  for (const a of [...r.annotations, ...r.mustKeep]) expect(r.text.slice(a.start, a.end)).toBe(a.text);
  for (const a of r.annotations)
    for (const k of r.mustKeep) expect(a.end <= k.start || k.end <= a.start).toBe(true);
  const sorted = [...r.annotations].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
};

/**
 * Each ruling type tells every one of its stories: `words[type][i]` is a phrase only story i has, and
 * `count` type:story pairs are told (none without a known phrase).
 */
const expectEveryStory = (
  corpus: GeneratedRuling[],
  count: number,
  words: Record<GeneratedRuling['type'], string[]>,
) => {
  const story = (r: GeneratedRuling) => words[r.type].findIndex((w) => r.text.includes(w));
  const told = new Set(corpus.map((r) => `${r.type}:${story(r)}`));
  expect(told.size).toBe(count);
  expect([...told].some((t) => t.endsWith(':-1'))).toBe(false);
};

/** The splits in the order they were written. */
const SPLIT_ORDER: readonly Split[] = [
  'tune',
  'heldout',
  'sealed',
  'final',
  'blind',
  'audit',
  'probe',
  'exam',
  'verify',
];

/**
 * `corpus` (generateCorpus(n, seed, split), n ≥ 3) is deterministic in (seed, split) and differs from
 * `others` (by default every split written before it) with the same seed.
 */
const expectDeterministicAndApart = (
  corpus: GeneratedRuling[],
  seed: number,
  split: Split,
  others: readonly Split[] = SPLIT_ORDER.slice(0, SPLIT_ORDER.indexOf(split)),
) => {
  expect(generateCorpus(3, seed, split)[2]!.text).toBe(corpus[2]!.text);
  for (const other of others) expect(generateCorpus(1, seed, other)[0]!.text).not.toBe(corpus[0]!.text);
};

describe('generateRuling', () => {
  it('is deterministic in the seed and records exact positions of every datum and must-keep string', () => {
    expect(generateRuling(42).text).toBe(generateRuling(42).text);
    for (const split of [
      'tune',
      'heldout',
      'sealed',
      'final',
      'blind',
      'audit',
      'probe',
      'exam',
      'verify',
    ] as const) {
      for (const r of generateCorpus(40, 5, split)) {
        for (const a of [...r.annotations, ...r.mustKeep]) expect(r.text.slice(a.start, a.end)).toBe(a.text);
        expect(r.annotations.some((a) => a.category === 'person')).toBe(true);
        expect(r.mustKeep.some((k) => k.kind === 'ecli')).toBe(true);
        expect(r.ecli).toMatch(/^ECLI:LV:[A-Z]{2,4}:\d{4}:\d{4}\.[A-Z0-9]+\.\d\.[SL]$/);
        expect(r.text).not.toMatch(/\{|\}/);
      }
    }
  });

  it('follows the case metadata when given (the TIS2 simulator passes its own Rng)', () => {
    const r = generateRuling(new Rng(7), {
      case_number: 'K10-00012-26',
      court_code: 'RRT',
      case_category: 'criminal',
      instance: 'first',
      decided_on: '2026-03-12',
    });
    expect(r.type).toBe('criminal_first');
    expect(r.ecli).toMatch(/^ECLI:LV:RRT:2026:0312\.K100001226\.\d\.S$/);
    expect(r.text).toContain('K10-00012-26');
    expect(generateRuling(new Rng(7), { case_category: 'civil', instance: 'appeal' }).type).toBe('civil');
    expect(generateRuling(new Rng(7), { case_category: 'administrative_offence' }).type).toBe(
      'administrative_offence',
    );
    const cassation = generateRuling(new Rng(8), {
      case_number: 'K10-00012-26/A26/K27',
      court_code: 'AT',
      case_category: 'criminal',
      instance: 'cassation',
      decided_on: '2027-01-05',
    });
    expect(cassation.ecli).toMatch(/^ECLI:LV:AT:2027:0105\.K100001226A26K27\.\d\.L$/);
    expect(cassation.text).toContain('Augstākā tiesa');
  });

  it('produces all five kinds of ruling', () => {
    const types = new Set(generateCorpus(60, 1, 'tune').map((r) => r.type));
    expect([...types].sort()).toEqual([
      'administrative',
      'administrative_offence',
      'civil',
      'criminal_appeal',
      'criminal_first',
    ]);
  });

  it('keeps the tune and held-out halves apart: no shared template, given name or surname', () => {
    const texts = (set: typeof TUNE) =>
      new Set(Object.values(set).flatMap((sections) => sections.flatMap((s) => s.variants)));
    const tune = texts(TUNE);
    for (const t of texts(HELDOUT)) if (!t.includes('{SPEC}')) expect(tune.has(t)).toBe(false);
    const names = (s: 'tune' | 'heldout') =>
      new Set([...GIVEN[s].m, ...GIVEN[s].f, ...SURNAMES[s]].map((n) => n.split(':')[0]));
    const h = names('heldout');
    for (const n of names('tune')) expect(h.has(n)).toBe(false);
  });

  it('keeps the sealed half apart from both others: no shared template sentence, given name or surname', () => {
    // Every sentence-like segment of at least five words (placeholders removed) of a sealed template or
    // filler must appear in no tune or held-out template or filler.
    const segments = (set: typeof TUNE, fillers: string[]) =>
      new Set(
        [...Object.values(set).flatMap((sections) => sections.flatMap((s) => s.variants)), ...fillers]
          .flatMap((t) => t.replace(/\{[^}]*\}/g, ' ').split(/[.:;!?\n–()[\]]+/))
          .map((seg) =>
            seg
              .replace(/[,"“”„]/g, ' ')
              .replace(/\s+/g, ' ')
              .trim()
              .toLowerCase(),
          )
          .filter((seg) => seg.split(' ').length >= 5),
      );
    const others = new Set([...segments(TUNE, FILLERS.tune), ...segments(HELDOUT, FILLERS.heldout)]);
    const sealed = segments(SEALED, FILLERS.sealed);
    expect(sealed.size).toBeGreaterThan(100);
    expect([...sealed].filter((seg) => others.has(seg))).toEqual([]);
    // no whole template variant shared either
    const variants = (set: typeof TUNE) =>
      new Set(Object.values(set).flatMap((sections) => sections.flatMap((s) => s.variants)));
    const otherVariants = new Set([...variants(TUNE), ...variants(HELDOUT)]);
    for (const v of variants(SEALED)) expect(otherVariants.has(v)).toBe(false);

    const names = (s: Split) =>
      new Set(
        [...GIVEN[s].m, ...GIVEN[s].f, ...SURNAMES[s], ...OFFICIAL_NAMES[s].m, ...OFFICIAL_NAMES[s].f]
          .concat(OFFICIAL_NAMES[s].surnames)
          .map((n) => (n.split(':')[0] as string).toLowerCase()),
      );
    const sealedNames = names('sealed');
    expect(sealedNames.size).toBeGreaterThan(100);
    for (const other of ['tune', 'heldout'] as const)
      expect([...names(other)].filter((n) => sealedNames.has(n))).toEqual([]);
    // and none of the held-out double surnames' parts
    for (const part of ['kalniņa', 'ozola', 'liepa', 'bērziņa', 'krastiņa', 'vilka'])
      expect(sealedNames.has(part)).toBe(false);
  });

  it('sealed rulings: all five kinds, exact spans, and relatives who share the family name', () => {
    const corpus = generateCorpus(200, 11, 'sealed');
    expect(new Set(corpus.map((r) => r.type)).size).toBe(5);
    let sharing = 0;
    for (const r of corpus) {
      expect(r.split).toBe('sealed');
      for (const a of [...r.annotations, ...r.mustKeep]) expect(r.text.slice(a.start, a.end)).toBe(a.text);
      // annotations of personal data never overlap must-keep strings
      for (const a of r.annotations)
        for (const k of r.mustKeep) expect(a.end <= k.start || k.end <= a.start).toBe(true);
      const d = r.parties.find((p) => p.id === 'D');
      const rel = r.parties.find((p) => p.id === 'R');
      if (d && rel && d.surname.slice(0, 4) === rel.surname.slice(0, 4)) sharing++;
    }
    expect(sharing).toBeGreaterThan(20);
    expectDeterministicAndApart(corpus, 11, 'sealed', ['heldout']);
  });

  // ---- the final split: written for the final measurement only -----------------------------------

  /** Sentence-like segments of at least five words of a template set and fillers (placeholders removed). */
  const segments = (set: typeof TUNE, fillers: string[]) =>
    new Set(
      [...Object.values(set).flatMap((sections) => sections.flatMap((s) => s.variants)), ...fillers]
        .flatMap((t) => t.replace(/\{[^}]*\}/g, ' ').split(/[.:;!?\n–()[\]]+/))
        .map((seg) =>
          seg
            .replace(/[,"“”„]/g, ' ')
            .replace(/\s+/g, ' ')
            .trim()
            .toLowerCase(),
        )
        .filter((seg) => seg.split(' ').length >= 5),
    );
  /** Every given name and surname of a split, officials' included, lower-case ("Nom:Gen|Fem" → nom). */
  const names = (s: Split) =>
    new Set(
      [...GIVEN[s].m, ...GIVEN[s].f, ...SURNAMES[s], ...OFFICIAL_NAMES[s].m, ...OFFICIAL_NAMES[s].f]
        .concat(OFFICIAL_NAMES[s].surnames)
        .map((n) => ((n.split('|')[0] as string).split(':')[0] as string).toLowerCase()),
    );

  it('keeps the final half apart from all three others: no shared template sentence, given name or surname', () => {
    const others = new Set([
      ...segments(TUNE, FILLERS.tune),
      ...segments(HELDOUT, FILLERS.heldout),
      ...segments(SEALED, FILLERS.sealed),
    ]);
    const final = segments(FINAL, FILLERS.final);
    expect(final.size).toBeGreaterThan(150);
    expect([...final].filter((seg) => others.has(seg))).toEqual([]);
    const variants = (set: typeof TUNE) =>
      new Set(Object.values(set).flatMap((sections) => sections.flatMap((s) => s.variants)));
    const otherVariants = new Set([...variants(TUNE), ...variants(HELDOUT), ...variants(SEALED)]);
    for (const v of variants(FINAL)) expect(otherVariants.has(v)).toBe(false);

    const finalNames = names('final');
    expect(finalNames.size).toBeGreaterThan(100);
    const otherNames = new Set<string>();
    for (const other of ['tune', 'heldout', 'sealed'] as const) {
      expect([...names(other)].filter((n) => finalNames.has(n))).toEqual([]);
      for (const n of names(other)) otherNames.add(n);
    }
    for (const part of ['kalniņa', 'ozola', 'liepa', 'bērziņa', 'krastiņa', 'vilka'])
      expect(finalNames.has(part)).toBe(false);
    // nor does any inflected form of a final name (both genders of a surname) spell another split's name
    const cases: Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc', 'voc'];
    const clashes: string[] = [];
    const forms = (entry: string, g: 'm' | 'f') => {
      const w = parseName(entry);
      for (const c of cases) {
        const f = decline(w, g, c).toLowerCase();
        if (otherNames.has(f)) clashes.push(`${entry} ${c}: ${f}`);
      }
    };
    for (const g of ['m', 'f'] as const)
      for (const n of [...GIVEN.final[g], ...OFFICIAL_NAMES.final[g]]) forms(n, g);
    for (const n of [...SURNAMES.final, ...OFFICIAL_NAMES.final.surnames]) {
      forms(n, 'm');
      const fem = feminine(parseName(n));
      for (const c of cases) {
        const f = decline(fem, 'f', c).toLowerCase();
        if (otherNames.has(f)) clashes.push(`${n} (f) ${c}: ${f}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('final templates: sections that tell one story have as many variants, and people appear in all seven cases', () => {
    for (const sections of Object.values(FINAL)) {
      const byKey = new Map<string, Set<number>>();
      for (const s of sections)
        if (s.align) byKey.set(s.align, (byKey.get(s.align) ?? new Set()).add(s.variants.length));
      for (const [key, lengths] of byKey) expect([key, lengths.size]).toEqual([key, 1]);
      expect(sections.filter((s) => s.fillersBefore)).toHaveLength(1);
    }
    const text = [
      ...Object.values(FINAL).flatMap((ss) => ss.flatMap((s) => s.variants)),
      ...FILLERS.final,
    ].join('\n');
    const used = new Set(
      [...text.matchAll(/\{[A-Z]\.(?:full|sur|given|caps|capsur|capssur|surgiven)\.(\w+)\}/g)].map(
        (m) => m[1],
      ),
    );
    expect([...used].sort()).toEqual(['acc', 'dat', 'gen', 'ins', 'loc', 'nom', 'voc']);
  });

  it('final rulings: all five kinds, exact spans, valid identifiers, relatives who share the family name, determinism', () => {
    const corpus = generateCorpus(300, 13, 'final');
    expect(new Set(corpus.map((r) => r.type)).size).toBe(5);
    let sharing = 0;
    const categories = new Set<string>();
    for (const r of corpus) {
      expect(r.split).toBe('final');
      expect(r.text).not.toMatch(/\{|\}|undefined|\.\.(?!\.)/);
      expectExactSpans(r);
      for (const a of r.annotations) {
        categories.add(a.category);
        if (a.category === 'personal_code') {
          expect(a.text).toMatch(/^(\d{6}[- ]?\d{5}|32\d{4}-\d{5})$/);
          if (!a.text.startsWith('32')) expect(checkDigit(a.text)).toBe(true);
        }
        if (a.category === 'iban') expect(mod97(a.text)).toBe(1);
      }
      // every annotated person is a party of the ruling; no official's name is annotated
      const ids = new Set(r.parties.map((p) => p.id));
      for (const a of r.annotations) expect(ids.has(a.entity.split('.')[0] as string)).toBe(true);
      for (const o of r.officials)
        for (const a of r.annotations.filter((x) => x.category === 'person'))
          expect(a.text.toLowerCase().includes(o.surname.toLowerCase())).toBe(false);
      const d = r.parties.find((p) => p.id === 'D');
      const rel = r.parties.find((p) => p.id === 'R');
      if (d && rel && d.surname.slice(0, 4) === rel.surname.slice(0, 4)) sharing++;
    }
    expect([...categories].sort()).toEqual(ALL_CATEGORIES);
    expect(sharing).toBeGreaterThan(100);
    expectDeterministicAndApart(corpus, 13, 'final');
  });
  // ---- the blind split: written for the last measurement only, nobody tunes on it ----------------

  /** Every inflected form (seven cases; surnames in both genders) of a split's names, lower-case. */
  const allForms = (s: Split) => {
    const out = new Map<string, string>();
    const cases: Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc', 'voc'];
    const add = (entry: string, g: 'm' | 'f', fem = false) => {
      const w = fem ? feminine(parseName(entry)) : parseName(entry);
      for (const c of cases) out.set(decline(w, g, c).toLowerCase(), entry);
    };
    for (const g of ['m', 'f'] as const) for (const n of [...GIVEN[s][g], ...OFFICIAL_NAMES[s][g]]) add(n, g);
    for (const n of [...SURNAMES[s], ...OFFICIAL_NAMES[s].surnames]) {
      add(n, 'm');
      add(n, 'f', true);
    }
    return out;
  };

  // blind, audit, probe, exam and verify: each kept apart from every earlier split, and told in its own templates
  const TEMPLATES = {
    tune: TUNE,
    heldout: HELDOUT,
    sealed: SEALED,
    final: FINAL,
    blind: BLIND,
    audit: AUDIT,
    probe: PROBE,
    exam: EXAM,
    verify: VERIFY,
  } as const;
  const SPLITS = Object.keys(TEMPLATES) as Array<keyof typeof TEMPLATES>;

  it.each([
    { split: 'blind', count: 'four', minSegments: 150 },
    { split: 'audit', count: 'five', minSegments: 150 },
    { split: 'probe', count: 'six', minSegments: 100 },
    { split: 'exam', count: 'seven', minSegments: 100 },
    { split: 'verify', count: 'eight', minSegments: 90 },
  ] as const)(
    'keeps the $split half apart from all $count others: no shared template sentence, and no name form',
    ({ split, minSegments }) => {
      const earlier = SPLITS.slice(0, SPLITS.indexOf(split));
      const others = new Set(earlier.flatMap((o) => [...segments(TEMPLATES[o], FILLERS[o])]));
      const own = segments(TEMPLATES[split], FILLERS[split]);
      expect(own.size).toBeGreaterThan(minSegments);
      expect([...own].filter((seg) => others.has(seg))).toEqual([]);
      const variants = (set: typeof TUNE) =>
        new Set(Object.values(set).flatMap((sections) => sections.flatMap((s) => s.variants)));
      const otherVariants = new Set(earlier.flatMap((o) => [...variants(TEMPLATES[o])]));
      for (const v of variants(TEMPLATES[split])) expect(otherVariants.has(v)).toBe(false);

      const ownNames = names(split);
      expect(ownNames.size).toBeGreaterThan(100);
      for (const other of earlier) expect([...names(other)].filter((n) => ownNames.has(n))).toEqual([]);
      for (const part of ['kalniņa', 'ozola', 'liepa', 'bērziņa', 'krastiņa', 'vilka'])
        expect(ownNames.has(part)).toBe(false);
      // no inflected form of a name of the split (both genders of a surname) equals any inflected form
      // of another split's name, either way round
      const ownForms = allForms(split);
      const clashes: string[] = [];
      for (const other of earlier) {
        const forms = allForms(other);
        for (const [f, entry] of ownForms)
          if (forms.has(f)) clashes.push(`${entry} ~ ${forms.get(f)} (${other}): ${f}`);
      }
      for (const part of ['kalniņa', 'ozola', 'liepa', 'bērziņa', 'krastiņa', 'vilka'])
        if (ownForms.has(part)) clashes.push(part);
      expect(clashes).toEqual([]);
      // within the split, no two surnames share the five-letter stem the generator keeps persons apart by
      const stems = [...SURNAMES[split], ...OFFICIAL_NAMES[split].surnames].map((n) =>
        parseName(n).nom.slice(0, 5),
      );
      expect(new Set(stems).size).toBe(stems.length);
    },
  );

  it.each([
    { split: 'blind', stories: 3 },
    { split: 'audit', stories: 3 },
    { split: 'probe', stories: 2 },
    { split: 'exam', stories: 2 },
    { split: 'verify', stories: 2 },
  ] as const)(
    '$split templates: each story has one variant in every aligned section, and people appear in all seven cases',
    ({ split, stories }) => {
      for (const sections of Object.values(TEMPLATES[split])) {
        for (const s of sections)
          if (s.align) expect([s.align, s.variants.length]).toEqual(['scenario', stories]);
        expect(sections.filter((s) => s.fillersBefore)).toHaveLength(1);
      }
      const text = [
        ...Object.values(TEMPLATES[split]).flatMap((ss) => ss.flatMap((s) => s.variants)),
        ...FILLERS[split],
      ].join('\n');
      const used = new Set(
        [...text.matchAll(/\{[A-Z]\.(?:full|sur|given|caps|capsur|capssur|surgiven)\.(\w+)\}/g)].map(
          (m) => m[1],
        ),
      );
      expect([...used].sort()).toEqual(['acc', 'dat', 'gen', 'ins', 'loc', 'nom', 'voc']);
    },
  );

  it('blind rulings: all five kinds and every story, exact spans, valid identifiers, officials kept, relatives, determinism', () => {
    const corpus = generateCorpus(300, 17, 'blind');
    expect(new Set(corpus.map((r) => r.type)).size).toBe(5);
    const categories = new Set<string>();
    const keepKinds = new Set<string>();
    const ibanCountries = new Set<string>();
    let sharing = 0;
    let cassations = 0;
    let senators = 0;
    const roles = new Set<string>();
    for (const r of corpus) {
      expect(r.split).toBe('blind');
      expect(r.text).not.toMatch(/\{|\}|undefined|\.\.(?!\.)|ECLI ECLI|ECLI: ECLI/);
      expectExactSpans(r);
      for (const a of r.annotations) {
        categories.add(a.category);
        if (a.category === 'personal_code') {
          expect(a.text).toMatch(/^(\d{6}-?\d{5}|3[2-9]\d{4}-?\d{5})$/);
          if (!/^3[2-9]/.test(a.text)) expect(checkDigit(a.text)).toBe(true);
        }
        if (a.category === 'iban') {
          expect(mod97(a.text)).toBe(1);
          ibanCountries.add(a.text.slice(0, 2));
        }
        if (a.category === 'postal_code') expect(a.text).toMatch(/^LV-?\d{4}$/);
      }
      for (const k of r.mustKeep) keepKinds.add(k.kind);
      const ids = new Set(r.parties.map((p) => p.id));
      for (const a of r.annotations) expect(ids.has(a.entity.split('.')[0] as string)).toBe(true);
      for (const o of r.officials)
        for (const a of r.annotations.filter((x) => x.category === 'person'))
          expect(a.text.toLowerCase().includes(o.surname.toLowerCase())).toBe(false);
      for (const o of r.officials) roles.add(o.role);
      if (r.court_code === 'AT') {
        cassations++;
        expect(r.ecli).toMatch(/^ECLI:LV:AT:.*\.L$/);
        expect(r.text).toMatch(/Augstākās tiesas Senāta (Krimināllietu|Administratīvo lietu) departaments/);
        expect(r.text).toMatch(/SK[KA]-\d+\/\d{4}/);
      }
      if (r.text.includes('senators ') || r.text.includes('senatore ')) senators++;
      const d = r.parties.find((p) => p.id === 'D');
      for (const key of ['R', 'V', 'C']) {
        const p = r.parties.find((x) => x.id === key);
        if (d && p && d.surname.slice(0, 4) === p.surname.slice(0, 4)) sharing++;
      }
    }
    expect([...categories].sort()).toEqual(ALL_CATEGORIES);
    expect([...keepKinds].sort()).toEqual(ALL_KEEP_KINDS);
    expect([...ibanCountries].sort()).toEqual(['EE', 'LT', 'LV']);
    for (const role of ['senators', 'notars', 'tiesu_izpilditajs', 'administrators', 'advokats', 'prokurors'])
      expect(roles.has(role)).toBe(true);
    expect(cassations).toBeGreaterThan(15);
    expect(senators).toBe(cassations);
    expect(sharing).toBeGreaterThan(150);
    // each type tells all three of its stories
    expectEveryStory(corpus, 15, {
      criminal_first: ['lauzni', 'slepkavību', 'alkohola reibumā'],
      criminal_appeal: ['kasācijas sūdzību', 'apelācijas sūdzību par', 'aresta uzlikšanu'],
      civil: ['laulības šķiršanu', 'ceļa servitūta', 'maksātnespējas procesa'],
      administrative: ['deklarēto dzīvesvietu', 'palīdzības reģistrā', 'kasācijas tiesvedības'],
      administrative_offence: ['fotoradaru', 'suns', 'makšķerēšanas karti'],
    });
    expectDeterministicAndApart(corpus, 17, 'blind');
  });

  it('blind rulings follow the case metadata: a Supreme Court case is a cassation decision', () => {
    const r = generateRuling(
      new Rng(3),
      {
        case_number: '11260003519',
        court_code: 'AT',
        case_category: 'criminal',
        instance: 'cassation',
        decided_on: '2026-02-10',
      },
      { split: 'blind' },
    );
    expect(r.type).toBe('criminal_appeal');
    expect(r.ecli).toMatch(/^ECLI:LV:AT:2026:0210\.11260003519\.\d\.L$/);
    expect(r.text).toContain('Senāta Krimināllietu departaments');
    const a = generateRuling(
      new Rng(3),
      { court_code: 'RAT', case_category: 'criminal', instance: 'appeal' },
      { split: 'blind' },
    );
    expect(a.text).not.toContain('Senāts');
  });

  // ---- the audit split: written for the last measurement only, nobody tunes on it ----------------

  it('audit rulings: all five kinds and every story, exact spans, valid identifiers, officials kept, relatives, determinism', () => {
    const corpus = generateCorpus(300, 19, 'audit');
    expect(new Set(corpus.map((r) => r.type)).size).toBe(5);
    const categories = new Set<string>();
    const keepKinds = new Set<string>();
    const ibanCountries = new Set<string>();
    const addressShapes = new Set<string>();
    let sharing = 0;
    let townFirst = 0;
    for (const r of corpus) {
      expect(r.split).toBe('audit');
      expect(r.text).not.toMatch(/\{|\}|undefined|\.\.(?!\.)|ECLI ECLI|ECLI: ECLI/);
      expect(r.ecli.endsWith(r.type === 'criminal_appeal' ? '.L' : '.S')).toBe(true);
      expectExactSpans(r);
      for (const a of r.annotations) {
        categories.add(a.category);
        if (a.category === 'personal_code') {
          expect(a.text).toMatch(/^(\d{6}-?\d{5}|3[2-9]\d{4}-\d{5})$/);
          if (!/^3[2-9]\d{4}-/.test(a.text)) expect(checkDigit(a.text)).toBe(true);
        }
        if (a.category === 'iban') {
          expect(mod97(a.text)).toBe(1);
          ibanCountries.add(a.text.slice(0, 2));
        }
        if (a.category === 'postal_code') expect(a.text).toMatch(/^LV-\d{4}$/);
        if (a.category === 'address')
          addressShapes.add(
            /^mājā?s “/.test(a.text)
              ? 'house word'
              : /^\S+ nov\., /.test(a.text)
                ? 'municipality first'
                : 'other',
          );
      }
      if (/\n[^\n]*, LV-\d{4}, /.test(r.text) && /(Rīga|nov\.), LV-\d{4}, /.test(r.text)) townFirst++;
      for (const k of r.mustKeep) keepKinds.add(k.kind);
      const ids = new Set(r.parties.map((p) => p.id));
      for (const a of r.annotations) expect(ids.has(a.entity.split('.')[0] as string)).toBe(true);
      for (const o of r.officials)
        for (const a of r.annotations.filter((x) => x.category === 'person'))
          expect(a.text.toLowerCase().includes(o.surname.toLowerCase())).toBe(false);
      // no two persons of a ruling share a given name
      const given = r.parties.map((p) => p.name);
      expect(new Set(given).size).toBe(given.length);
      const d = r.parties.find((p) => p.id === 'D');
      for (const key of ['R', 'V', 'C', 'T']) {
        const p = r.parties.find((x) => x.id === key);
        if (d && p && d.surname.slice(0, 4) === p.surname.slice(0, 4)) sharing++;
      }
    }
    expect([...categories].sort()).toEqual(ALL_CATEGORIES);
    expect([...keepKinds].sort()).toEqual(ALL_KEEP_KINDS);
    expect([...ibanCountries].sort()).toEqual(['DE', 'LV', 'PL']);
    expect([...addressShapes].sort()).toEqual(['house word', 'municipality first', 'other']);
    expect(townFirst).toBeGreaterThan(5);
    expect(sharing).toBeGreaterThan(150);
    // officials acting in office appear in the text as must-keep strings
    const all = corpus.map((r) => r.text).join('\n');
    for (const role of [
      /zvērināt(s|a) notār(s|e) /,
      /zvērināt(s|a) tiesu izpildītāj(s|a) /,
      /maksātnespējas procesa administrator(am|ei) /,
      /zvērināt(am|ai) advokāt(am|ei) /,
      /tiesas sēdes sekretār/,
      /prokuror(am|ei) /,
    ])
      expect(all).toMatch(role);
    // each type tells all three of its stories
    expectEveryStory(corpus, 15, {
      criminal_first: ['mobilo tālruni', 'piesavinājās', 'staltbriežu'],
      criminal_appeal: ['Eiropas apcietināšanas', 'apelācijas protestu', 'pirmstermiņa atbrīvošana'],
      civil: ['darba piespiedu kavējuma', 'endoprotezēšana', 'izlikšanu'],
      administrative: ['iedzīvotāju ienākuma nodokļa', 'platības maksājuma', 'termiņuzturēšanās'],
      administrative_offence: ['atkritumi', 'būvatļaujas', 'alkoholiskos dzērienus'],
    });
    expectDeterministicAndApart(corpus, 19, 'audit');
  });

  // ---- the probe split: written for the last measurement only, nobody tunes on it ----------------

  it('probe rulings: all five kinds and every story, exact spans, valid identifiers, officials kept, relatives, determinism', () => {
    const corpus = generateCorpus(300, 23, 'probe');
    expect(new Set(corpus.map((r) => r.type)).size).toBe(5);
    const categories = new Set<string>();
    const keepKinds = new Set<string>();
    const ibanCountries = new Set<string>();
    const addressShapes = new Set<string>();
    const docKinds = new Set<string>();
    let sharing = 0;
    for (const r of corpus) {
      expect(r.split).toBe('probe');
      expect(r.text).not.toMatch(/\{|\}|undefined|\.\.(?!\.)|ECLI ECLI/);
      expect(r.ecli.endsWith(r.type === 'criminal_appeal' ? '.L' : '.S')).toBe(true);
      expectExactSpans(r);
      for (const a of r.annotations) {
        categories.add(a.category);
        if (a.category === 'personal_code') {
          expect(a.text).toMatch(/^(\d{6}-?\d{5}|3[2-9]\d{4}-?\d{5})$/);
          if (!/^3[2-9]\d{4}-/.test(a.text) && !/^3[2-9]\d{9}$/.test(a.text))
            expect(checkDigit(a.text)).toBe(true);
        }
        if (a.category === 'iban') {
          expect(mod97(a.text)).toBe(1);
          ibanCountries.add(a.text.slice(0, 2));
        }
        if (a.category === 'postal_code') expect(a.text).toMatch(/^LV-\d{4}$/);
        if (a.category === 'document') {
          const before = r.text.slice(Math.max(0, a.start - 60), a.start);
          docKinds.add(
            /vadītāja apliecība/.test(before)
              ? 'licence'
              : /personas apliecība/.test(before)
                ? 'id'
                : 'other',
          );
        }
        if (a.category === 'address')
          addressShapes.add(
            /^“[^”]+”-\d+, /.test(a.text)
              ? 'house and flat'
              : /^\S+ pagast(s|ā), “/.test(a.text)
                ? 'parish first'
                : /^“[^”]+”, /.test(a.text)
                  ? 'house name'
                  : / \d+-\d+, [^,]+, \S+ pag\., \S+ nov\.$/.test(a.text)
                    ? 'village street'
                    : 'urban',
          );
      }
      for (const k of r.mustKeep) keepKinds.add(k.kind);
      const ids = new Set(r.parties.map((p) => p.id));
      for (const a of r.annotations) expect(ids.has(a.entity.split('.')[0] as string)).toBe(true);
      for (const o of r.officials)
        for (const a of r.annotations.filter((x) => x.category === 'person'))
          expect(a.text.toLowerCase().includes(o.surname.toLowerCase())).toBe(false);
      // no two persons of a ruling share a given name
      const given = r.parties.map((p) => p.name);
      expect(new Set(given).size).toBe(given.length);
      const d = r.parties.find((p) => p.id === 'D');
      for (const key of ['R', 'V', 'C', 'T', 'M']) {
        const p = r.parties.find((x) => x.id === key);
        if (d && p && d.surname.slice(0, 4) === p.surname.slice(0, 4)) sharing++;
      }
    }
    expect([...categories].sort()).toEqual(ALL_CATEGORIES);
    expect([...keepKinds].sort()).toEqual(ALL_KEEP_KINDS);
    expect([...ibanCountries].sort()).toEqual(['EE', 'LT', 'LV']);
    expect([...addressShapes].sort()).toEqual([
      'house and flat',
      'house name',
      'parish first',
      'urban',
      'village street',
    ]);
    expect([...docKinds].sort()).toEqual(['id', 'licence', 'other']);
    expect(sharing).toBeGreaterThan(100);
    // officials acting in office appear in the text as must-keep strings
    const all = corpus.map((r) => r.text).join('\n');
    for (const role of [
      /zvērināt(s|a) notār(s|e) /,
      /zvērināt(s|a) tiesu izpildītāj(s|a) /,
      /maksātnespējas procesa administrator(s|e) /,
      /zvērināt(am|ai) advokāt(am|ei) /,
      /tiesas sēdes sekretār/,
      /prokuror(am|ei) /,
    ])
      expect(all).toMatch(role);
    // each type tells both of its stories
    expectEveryStory(corpus, 10, {
      criminal_first: ['legalizēšanu', 'cigarešu'],
      criminal_appeal: ['pagaidu aizsardzību', 'kreditēšanas'],
      civil: ['neatņemamās daļas', 'ceļu satiksmes negadījumā'],
      administrative: ['būvatļaujas', 'muitas vērtību'],
      administrative_offence: ['Grebņeva', 'ciršanas apliecinājuma'],
    });
    expectDeterministicAndApart(corpus, 23, 'probe');
  });

  // ---- the exam split: written for the last measurement only, nobody tunes on it -----------------

  it('exam rulings: all five kinds and every story, exact spans, valid identifiers, officials kept, relatives, determinism', () => {
    const corpus = generateCorpus(300, 29, 'exam');
    expect(new Set(corpus.map((r) => r.type)).size).toBe(5);
    const categories = new Set<string>();
    const keepKinds = new Set<string>();
    const ibanCountries = new Set<string>();
    const addressShapes = new Set<string>();
    const docKinds = new Set<string>();
    const codeShapes = new Set<string>();
    let sharing = 0;
    for (const r of corpus) {
      expect(r.split).toBe('exam');
      expect(r.text).not.toMatch(/\{|\}|undefined|\.\.(?!\.)|ECLI ECLI|\. \./);
      // an appeal court's decision leaving the judgment unchanged is "L", every other ruling "S"
      expect(r.ecli.endsWith(r.text.includes('LĒMUMS') ? '.L' : '.S')).toBe(true);
      expectExactSpans(r);
      for (const a of r.annotations) {
        categories.add(a.category);
        if (a.category === 'personal_code') {
          expect(a.text).toMatch(/^(\d{6}-?\d{5}|3[2-9]\d{4}-\d{5})$/);
          codeShapes.add(
            /^3[2-9]\d{4}-/.test(a.text) ? 'new' : a.text.includes('-') ? 'old' : 'old, no hyphen',
          );
          if (!/^3[2-9]\d{4}-/.test(a.text)) expect(checkDigit(a.text)).toBe(true);
        }
        if (a.category === 'iban') {
          expect(mod97(a.text)).toBe(1);
          ibanCountries.add(a.text.slice(0, 2));
        }
        if (a.category === 'postal_code') expect(a.text).toMatch(/^LV-\d{4}$/);
        if (a.category === 'document') {
          const before = r.text.slice(Math.max(0, a.start - 40), a.start);
          docKinds.add(/ārvalsts/.test(before) ? 'foreign' : 'latvian');
        }
        if (a.category === 'address')
          addressShapes.add(
            a.entity.endsWith('.abroad')
              ? 'abroad'
              : /^“[^”]+”, \S+ pagasts, \S+ novads$/.test(a.text)
                ? 'rural in full'
                : /^“[^”]+”, \S+, \S+ pag\., \S+ nov\.$/.test(a.text)
                  ? 'house and village'
                  : /^“[^”]+”, /.test(a.text)
                    ? 'house name'
                    : /, \S+ pag\., \S+ nov\.$/.test(a.text)
                      ? 'village street'
                      : / \d+ - \d+$/.test(a.text)
                        ? 'register form'
                        : 'urban',
          );
      }
      for (const k of r.mustKeep) keepKinds.add(k.kind);
      const ids = new Set(r.parties.map((p) => p.id));
      for (const a of r.annotations) expect(ids.has(a.entity.split('.')[0] as string)).toBe(true);
      for (const o of r.officials)
        for (const a of r.annotations.filter((x) => x.category === 'person'))
          expect(a.text.toLowerCase().includes(o.surname.toLowerCase())).toBe(false);
      // no two persons of a ruling share a given name
      const given = r.parties.map((p) => p.name);
      expect(new Set(given).size).toBe(given.length);
      const d = r.parties.find((p) => p.id === 'D');
      for (const key of ['R', 'V', 'C', 'T', 'X']) {
        const p = r.parties.find((x) => x.id === key);
        if (d && p && d.surname.slice(0, 4) === p.surname.slice(0, 4)) sharing++;
      }
    }
    expect([...categories].sort()).toEqual(ALL_CATEGORIES);
    expect([...keepKinds].sort()).toEqual(ALL_KEEP_KINDS);
    expect([...ibanCountries].sort()).toEqual(['DE', 'IE', 'LT', 'LV', 'NO']);
    expect([...addressShapes].sort()).toEqual([
      'abroad',
      'house and village',
      'house name',
      'register form',
      'rural in full',
      'urban',
      'village street',
    ]);
    expect([...docKinds].sort()).toEqual(['foreign', 'latvian']);
    expect([...codeShapes].sort()).toEqual(['new', 'old', 'old, no hyphen']);
    expect(sharing).toBeGreaterThan(100);
    // officials acting in office appear in the text as must-keep strings
    const all = corpus.map((r) => r.text).join('\n');
    for (const role of [
      /zvērināt(s|a) notār(s|e) /,
      /zvērināt(s|a) tiesu izpildītāj(s|a) /,
      /maksātnespējas procesa administrator(am|ei) /,
      /zvērināt(am|ai) advokāt(am|ei) /,
      /tiesas sēdes sekretār/,
      /prokuror(am|ei) /,
    ])
      expect(all).toMatch(role);
    // each type tells both of its stories
    expectEveryStory(corpus, 10, {
      criminal_first: ['kapara kabeļa', 'darba aizsardzības'],
      criminal_appeal: ['pilnvaru', 'dzīvnieku'],
      civil: ['goda un cieņas', 'uzturlīdzekļu piedziņu vecākam'],
      administrative: ['ieroču glabāšanas', 'pirmsskolas izglītības'],
      administrative_offence: ['kvadriciklu', 'licences kartītes'],
    });
    expectDeterministicAndApart(corpus, 29, 'exam');
  });

  // ---- the verify split: written for the last measurement only, nobody tunes on it ---------------

  it('verify rulings: all five kinds and every story, exact spans, valid identifiers, officials kept, relatives, determinism', () => {
    const corpus = generateCorpus(300, 31, 'verify');
    expect(new Set(corpus.map((r) => r.type)).size).toBe(5);
    const categories = new Set<string>();
    const keepKinds = new Set<string>();
    const ibanCountries = new Set<string>();
    const addressShapes = new Set<string>();
    const docKinds = new Set<string>();
    const codeShapes = new Set<string>();
    let sharing = 0;
    for (const r of corpus) {
      expect(r.split).toBe('verify');
      expect(r.text).not.toMatch(/\{|\}|undefined|\.\.(?!\.)|ECLI ECLI|\. \.|, ,/);
      // an appeal court's decision leaving the judgment unchanged is "L", every other ruling "S"
      expect(r.ecli.endsWith(r.text.includes('LĒMUMS') ? '.L' : '.S')).toBe(true);
      expectExactSpans(r);
      for (const a of r.annotations) {
        categories.add(a.category);
        if (a.category === 'personal_code') {
          expect(a.text).toMatch(/^(\d{6}-?\d{5}|3[2-9]\d{4}-?\d{5})$/);
          const isNew = /^3[2-9]/.test(a.text);
          codeShapes.add(`${isNew ? 'new' : 'old'}${a.text.includes('-') ? '' : ', no hyphen'}`);
          if (!isNew) expect(checkDigit(a.text)).toBe(true);
        }
        if (a.category === 'iban') {
          expect(mod97(a.text)).toBe(1);
          ibanCountries.add(a.text.slice(0, 2));
        }
        if (a.category === 'postal_code') expect(a.text).toMatch(/^LV-\d{4}$/);
        if (a.category === 'document') {
          const before = r.text.slice(Math.max(0, a.start - 40), a.start);
          docKinds.add(/ārvalsts/.test(before) ? 'foreign' : 'latvian');
        }
        if (a.category === 'address')
          addressShapes.add(
            a.entity.endsWith('.abroad')
              ? 'abroad'
              : /^“[^”]+”, \S+ pagasts, \S+ novads$/.test(a.text)
                ? 'rural in full'
                : /^“[^”]+”, \S+, \S+ pag\., \S+ nov\.$/.test(a.text)
                  ? 'house and village'
                  : /^“[^”]+”, /.test(a.text)
                    ? 'house name'
                    : /, \S+ pag\., \S+ nov\.$/.test(a.text)
                      ? 'village street'
                      : / \d+[A-C]? - \d+$/.test(a.text)
                        ? 'register form'
                        : /, dzīvoklis \d+$/.test(a.text)
                          ? 'flat in words'
                          : 'urban',
          );
      }
      for (const k of r.mustKeep) keepKinds.add(k.kind);
      const ids = new Set(r.parties.map((p) => p.id));
      for (const a of r.annotations) expect(ids.has(a.entity.split('.')[0] as string)).toBe(true);
      for (const o of r.officials)
        for (const a of r.annotations.filter((x) => x.category === 'person'))
          expect(a.text.toLowerCase().includes(o.surname.toLowerCase())).toBe(false);
      // no two persons of a ruling share a given name
      const given = r.parties.map((p) => p.name);
      expect(new Set(given).size).toBe(given.length);
      const d = r.parties.find((p) => p.id === 'D');
      for (const key of ['R', 'V', 'C', 'T', 'X']) {
        const p = r.parties.find((x) => x.id === key);
        if (d && p && d.surname.slice(0, 4) === p.surname.slice(0, 4)) sharing++;
      }
    }
    expect([...categories].sort()).toEqual(ALL_CATEGORIES);
    expect([...keepKinds].sort()).toEqual(ALL_KEEP_KINDS);
    expect([...ibanCountries].sort()).toEqual(['EE', 'FI', 'LV', 'NL']);
    expect([...addressShapes].sort()).toEqual([
      'abroad',
      'flat in words',
      'house and village',
      'house name',
      'register form',
      'rural in full',
      'urban',
      'village street',
    ]);
    expect([...docKinds].sort()).toEqual(['foreign', 'latvian']);
    expect([...codeShapes].sort()).toEqual(['new', 'new, no hyphen', 'old', 'old, no hyphen']);
    expect(sharing).toBeGreaterThan(100);
    // officials acting in office appear in the text as must-keep strings
    const all = corpus.map((r) => r.text).join('\n');
    for (const role of [
      /zvērināt(s|a) notār(s|e) /,
      /zvērināt(s|a) tiesu izpildītāj(s|a) /,
      /maksātnespējas procesa administrator(s|e) /,
      /zvērināt(am|ai) advokāt(am|ei) /,
      /tiesas sēdes sekretār/,
      /prokuror(am|ei) /,
    ])
      expect(all).toMatch(role);
    // each type tells both of its stories
    expectEveryStory(corpus, 10, {
      criminal_first: ['kukuļdošanu', 'dedzinot'],
      criminal_appeal: ['nepatiesi liecināja', 'vajāja'],
      civil: ['pirti', 'aizdevuma līgums'],
      administrative: ['bezdarbnieka pabalst', 'aizgādības tiesības'],
      administrative_offence: ['pērno zāli', 'OCTA'],
    });
    expectDeterministicAndApart(corpus, 31, 'verify');
  });

  it.each([
    {
      split: 'audit',
      seed: 4,
      meta: {
        case_number: 'C33-01234-26',
        court_code: 'ZRT',
        case_category: 'civil',
        instance: 'first',
        decided_on: '2026-02-10',
      },
      type: 'civil',
      ecli: /^ECLI:LV:ZRT:2026:0210\.C330123426\.\d\.S$/,
      court: 'Zemgales rajona tiesa',
    },
    {
      split: 'probe',
      seed: 6,
      meta: {
        case_number: 'A42-00987-25',
        court_code: 'ART',
        case_category: 'administrative',
        instance: 'first',
        decided_on: '2025-11-04',
      },
      type: 'administrative',
      ecli: /^ECLI:LV:ART:2025:1104\.A420098725\.\d\.S$/,
      court: 'Administratīvā rajona tiesa',
    },
    {
      split: 'exam',
      seed: 8,
      meta: {
        case_number: 'K30-00456-26',
        court_code: 'KRT',
        case_category: 'criminal',
        instance: 'first',
        decided_on: '2026-01-20',
      },
      type: 'criminal_first',
      ecli: /^ECLI:LV:KRT:2026:0120\.K300045626\.\d\.S$/,
      court: 'Kurzemes rajona tiesa',
    },
    {
      split: 'verify',
      seed: 10,
      meta: {
        case_number: 'C68-00311-25',
        court_code: 'LRT',
        case_category: 'civil',
        instance: 'first',
        decided_on: '2025-09-16',
      },
      type: 'civil',
      ecli: /^ECLI:LV:LRT:2025:0916\.C680031125\.\d\.S$/,
      court: 'Latgales rajona tiesa',
    },
  ] as const)('$split rulings follow the case metadata', ({ split, seed, meta, type, ecli, court }) => {
    const r = generateRuling(new Rng(seed), meta, { split });
    expect(r.type).toBe(type);
    expect(r.ecli).toMatch(ecli);
    expect(r.text).toContain(meta.case_number);
    expect(r.text).toContain(court);
  });
});
