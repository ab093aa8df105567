/**
 * The quality targets of issue 6, measured on small samples of the held-out and sealed splits, so
 * that a regression fails CI. The held-out split has templates and names the anonymiser was not
 * tuned on; the sealed split was written later with new templates, names and formats (its failures
 * were then fixed with general rules, so it too now counts as seen), and so was the final split
 * (written by someone who had never seen the anonymiser; measured once, then its failures were fixed
 * with general rules), and so was the blind split (written later still, by someone who had never seen
 * the anonymiser; measured once, then its failures fixed with general rules), and so were the audit and
 * probe splits (likewise; their address forms and letter consistency were fixed by general rules from
 * the address standard and Latvian reference), and so was the exam split (its addresses abroad and a
 * given name read as a role word were fixed by general rules). The full measurement is
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

describe('anonymiser quality on sealed rulings', () => {
  const sample = generateCorpus(120, 2027, 'sealed');

  it('meets the targets with the structured party data', () => {
    const ev = evaluate(sample, { useParties: true });
    expect(targetFailures(ev)).toEqual([]);
    expect(ev.gate.held).toBe(0);
    for (const c of ['vehicle_plate', 'postal_code', 'birth_date', 'cadastral', 'document'])
      expect(ev.categories[c]?.recall ?? 1, c).toBe(1);
  });

  it('without party data: every identifier and address hidden, names above a floor, no over-masking', () => {
    const ev = evaluate(sample, { useParties: false });
    for (const c of ['personal_code', 'iban', 'phone', 'email', 'address', 'vehicle_plate'])
      expect(ev.categories[c]?.recall, c).toBe(1);
    expect(ev.categories.person!.recall).toBeGreaterThan(0.9);
    expect(ev.overMasking.rate).toBeLessThan(0.02);
  });
});

describe('anonymiser quality on final rulings', () => {
  const sample = generateCorpus(120, 2028, 'final');

  it('meets the targets with the structured party data, one letter per person', () => {
    const ev = evaluate(sample, { useParties: true });
    expect(targetFailures(ev)).toEqual([]);
    expect(ev.gate.held).toBe(0);
    for (const c of ['vehicle_plate', 'postal_code', 'birth_date', 'cadastral', 'document'])
      expect(ev.categories[c]?.recall ?? 1, c).toBe(1);
    expect(ev.letters.inconsistent / ev.letters.persons).toBeLessThan(0.02);
  });

  it('without party data: every identifier and address hidden, names above a floor, no over-masking', () => {
    const ev = evaluate(sample, { useParties: false });
    for (const c of ['personal_code', 'iban', 'phone', 'email', 'address', 'vehicle_plate'])
      expect(ev.categories[c]?.recall, c).toBe(1);
    expect(ev.categories.person!.recall).toBeGreaterThan(0.98);
    expect(ev.overMasking.rate).toBeLessThan(0.02);
  });
});

describe('anonymiser quality on blind rulings', () => {
  const sample = generateCorpus(120, 2029, 'blind');

  it('meets the targets with the structured party data, every identifier hidden, nothing held back', () => {
    const ev = evaluate(sample, { useParties: true });
    expect(targetFailures(ev)).toEqual([]);
    expect(ev.gate.held).toBe(0);
    for (const c of ['vehicle_plate', 'postal_code', 'birth_date', 'cadastral', 'document'])
      expect(ev.categories[c]?.recall ?? 1, c).toBe(1);
    expect(ev.overMasking.rate).toBeLessThan(0.005);
  });

  it('without party data: every identifier and address hidden, names above the target, no over-masking', () => {
    const ev = evaluate(sample, { useParties: false });
    for (const c of ['personal_code', 'iban', 'phone', 'email', 'address', 'vehicle_plate'])
      expect(ev.categories[c]?.recall, c).toBe(1);
    expect(ev.categories.person!.recall).toBeGreaterThan(0.99);
    expect(ev.overMasking.rate).toBeLessThan(0.02);
  });
});

describe.each([
  ['audit', 2030],
  ['probe', 2031],
  ['exam', 2032],
] as const)('anonymiser quality on %s rulings', (split, seed) => {
  const sample = generateCorpus(120, seed, split);

  it('meets the targets with the structured party data, every identifier and address hidden, one letter per person', () => {
    const ev = evaluate(sample, { useParties: true });
    expect(targetFailures(ev)).toEqual([]);
    expect(ev.gate.held).toBe(0);
    for (const c of ['address', 'vehicle_plate', 'postal_code', 'birth_date', 'cadastral', 'document'])
      expect(ev.categories[c]?.recall ?? 1, c).toBe(1);
    expect(ev.letters.inconsistent / ev.letters.persons).toBeLessThan(0.05);
  });

  it('without party data: every identifier and address hidden, names above the target, no over-masking', () => {
    const ev = evaluate(sample, { useParties: false });
    for (const c of ['personal_code', 'iban', 'phone', 'email', 'address'])
      expect(ev.categories[c]?.recall, c).toBe(1);
    expect(ev.categories.person!.recall).toBeGreaterThan(0.99);
    expect(ev.overMasking.rate).toBeLessThan(0.02);
  });
});
