import { describe, expect, it } from 'vitest';
import { Rng } from '../../../lib/random.ts';
import { generateCorpus, generateRuling } from './generate.ts';
import { FILLERS } from './fillers.ts';
import { GIVEN, OFFICIAL_NAMES, SURNAMES, type Split } from './names.ts';
import { HELDOUT } from './templates-heldout.ts';
import { SEALED } from './templates-sealed.ts';
import { TUNE } from './templates-tune.ts';

describe('generateRuling', () => {
  it('is deterministic in the seed and records exact positions of every datum and must-keep string', () => {
    expect(generateRuling(42).text).toBe(generateRuling(42).text);
    for (const split of ['tune', 'heldout', 'sealed'] as const) {
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
    // deterministic in (seed, split), and different from the other splits with the same seed
    expect(generateCorpus(3, 11, 'sealed')[2]!.text).toBe(corpus[2]!.text);
    expect(generateCorpus(1, 11, 'heldout')[0]!.text).not.toBe(corpus[0]!.text);
  });
});
