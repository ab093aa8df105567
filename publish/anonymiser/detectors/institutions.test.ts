import { describe, expect, it } from 'vitest';
import { anonymise } from '../anonymise.ts';
import { institutionVariants } from './institution-variants.ts';

describe('institutions are kept', () => {
  it('government, municipal and foreign bodies, hospitals and schools in every case stay readable', () => {
    const failed = institutionVariants()
      .filter((v) => !anonymise(v.text).text.includes(v.institution))
      .map((v) => v.text);
    expect(failed).toEqual([]);
  });
  it('the persons in those sentences are still hidden', () => {
    for (const v of institutionVariants())
      for (const name of ['Vītols', 'Zīle', 'Kalns', 'Kovalenko'])
        if (v.text.includes(name)) expect(anonymise(v.text).text, v.text).not.toContain(name);
  });
  it('a person next to a body noun stays a person', () => {
    for (const text of [
      'Apsūdzētā Skuja savu vainu tiesā atzina.',
      'No Arvila Kārkliņa iesnieguma policijai izriet.',
    ]) {
      const out = anonymise(text).text;
      expect(out, text).not.toMatch(/Skuja|Ozols|Kārkliņa|Vecumnieks/);
    }
  });
});
