import { describe, expect, it } from 'vitest';
import { anonymise } from '../anonymise.ts';

// Names of foreign origin in Latvian spelling and in the original, hyphenated double names and
// indeclinable names, each in sentences built here (not corpus text).
const NAMES: Array<[given: string, surname: string, sex: 'm' | 'f']> = [
  ['Oleksandr', 'Kovalenko', 'm'],
  ['Dmitry', 'Ivanov', 'm'],
  ['Krzysztof', 'Wiśniewski', 'm'],
  ['Małgorzata', 'Wójcik', 'f'],
  ['Jonas', 'Petraitis', 'm'],
  ['Žydrūnas', 'Kazlauskas', 'm'],
  ['Jürgen', 'Müller', 'm'],
  ['Hans-Peter', 'Schmidt', 'm'],
  ['Oļeksandrs', 'Kovaļenko', 'm'],
  ['Dmitrijs', 'Ivanovs', 'm'],
  ['Kšištofs', 'Višņevskis', 'm'],
  ['Jirgens', 'Millers', 'm'],
  ['Anna', 'Ozola-Kalniņa', 'f'],
  ['Ingrīda', 'Bērziņa-Zariņa', 'f'],
  ['Ngozi', 'Okafor', 'f'],
  ['Tetiana', 'Shevchenko', 'f'],
  ['Iryna', 'Bondarenko', 'f'],
  ['Natalia', 'Nowak', 'f'],
  ['Aistė', 'Jankauskaitė', 'f'],
  ['Wolfgang', 'Becker', 'm'],
];
const sentences = (g: string, s: string, sex: 'm' | 'f'): string[] => [
  `${sex === 'm' ? 'Apsūdzētais' : 'Apsūdzētā'} ${g} ${s} ieradās uz tiesas sēdi. Tiesa konstatē, ka ${s} vainu atzina.`,
  `Liecinieks ${g} ${s} paskaidroja, ka nekā neredzēja.`,
  `Tiesā liecināja ${g} ${s}, kurš dzīvo Rīgā.`,
  `Prasītāja: ${g} ${s}, personas kods 010180-10000.`,
];
const parts = (g: string, s: string): string[] =>
  [...g.split('-'), ...s.split('-')].filter((x) => x.length > 2);

describe('foreign, double and indeclinable names', () => {
  it('are hidden after a role word, in mid-sentence and in a party line, without party data', () => {
    const left: string[] = [];
    for (const [g, s, sex] of NAMES)
      for (const text of sentences(g, s, sex)) {
        const out = anonymise(text).text;
        if (parts(g, s).some((p) => out.includes(p))) left.push(`${text} → ${out}`);
      }
    expect(left).toEqual([]);
  });
  it('are hidden in every mention with the party data, a double given name too', () => {
    const left: string[] = [];
    for (const [g, s, sex] of NAMES)
      for (const text of [...sentences(g, s, sex), `Pēc ${s} teiktā, nauda atdota. ${s} to apstiprināja.`]) {
        const out = anonymise(text, { parties: [{ name: g, surname: s, role: 'apsūdzētais' }] }).text;
        if (parts(g, s).some((p) => out.includes(p))) left.push(`${text} → ${out}`);
      }
    expect(left).toEqual([]);
  });
  it('a foreign firm written like two names stays', () => {
    expect(anonymise('konta izraksts no Luminor Bank AS Latvijas filiāles').text).toContain('Luminor Bank');
    expect(anonymise('līgums ar Nordic Logistics par pārvadājumu').text).toContain('Nordic Logistics');
  });
});
