import { describe, expect, it } from 'vitest';
import { Rng } from '../../../lib/random.ts';
import { generateCorpus, generateRuling } from './generate.ts';
import { GIVEN, SURNAMES } from './names.ts';
import { HELDOUT } from './templates-heldout.ts';
import { TUNE } from './templates-tune.ts';

describe('generateRuling', () => {
  it('is deterministic in the seed and records exact positions of every datum and must-keep string', () => {
    expect(generateRuling(42).text).toBe(generateRuling(42).text);
    for (const split of ['tune', 'heldout'] as const) {
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
});
