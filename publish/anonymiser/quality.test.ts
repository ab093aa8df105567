/**
 * The quality targets of issue 6, measured on a small sample of the held-out split (templates and
 * names the anonymiser was not tuned on), so that a regression fails CI. The full measurement is
 * bench/anonymiser-quality.ts.
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../ingest/simulators/rulings/generate.ts';
import { evaluate, targetFailures } from './evaluate.ts';

describe('anonymiser quality on held-out rulings', () => {
  const sample = generateCorpus(120, 2026, 'heldout');

  it('meets the targets with the structured party data', () => {
    const ev = evaluate(sample, { useParties: true });
    expect(targetFailures(ev)).toEqual([]);
    expect(ev.gate.held).toBe(0);
    expect(ev.letters.inconsistent / ev.letters.persons).toBeLessThan(0.01);
  });

  it('without party data: every identifier hidden, names above a floor', () => {
    const ev = evaluate(sample, { useParties: false });
    for (const c of ['personal_code', 'iban', 'phone', 'email', 'address'])
      expect(ev.categories[c]?.recall, c).toBe(1);
    expect(ev.categories.person!.recall).toBeGreaterThan(0.9);
    expect(ev.overMasking.rate).toBeLessThan(0.02);
  });
});
