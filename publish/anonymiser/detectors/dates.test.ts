import { describe, expect, it } from 'vitest';
import { detectBirthDates } from './dates.ts';

const found = (text: string): string[] => detectBirthDates(text).map((s) => text.slice(s.start, s.end));

describe('dates of birth', () => {
  it('takes the abbreviated and numeric forms', () => {
    expect(found('V. Kalns, dzimis 1979. g. 3. jūlijā, un I. Lapa (dzim. 14/02/1990)')).toEqual([
      '1979. g. 3. jūlijā',
      '14/02/1990',
    ]);
    expect(found('dzimšanas gads: 1966; dzimusi 1971')).toEqual(['1966', '1971']);
    expect(found('E. Sniedze (dz. 05.11.1988.), Rīgā')).toEqual(['05.11.1988']);
  });
  it('leaves other dates, a flat after "dz." and a year before the word alone', () => {
    expect(found('Sēde 2026. g. 4. maijā; Ozolu ielā 5, dz. 1985; 2020 dzimušie bērni')).toEqual([]);
  });
  it('takes the year\'s ordinal dot when the sentence goes on, and every form of "dzimušais"', () => {
    expect(found('viņa māsa L. P., dzimusi 3.09.1971., kura strādā Cēsīs')).toEqual(['3.09.1971.']);
    expect(found('dēls, dzimis 14.2.2011. un kurš mācās')).toEqual(['14.2.2011.']);
    expect(found('Dzimis 14.02.2011. Viņš mācās.')).toEqual(['14.02.2011']);
    expect(found('dzimušam 1990. gada 5. maijā; dzimušajai 01.01.1990; dzimšanas datumu 1990-01-02')).toEqual(
      ['1990. gada 5. maijā', '01.01.1990', '1990-01-02'],
    );
  });
});
