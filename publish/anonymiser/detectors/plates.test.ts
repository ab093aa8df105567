import { describe, expect, it } from 'vitest';
import { detectIdentifiers } from './identifiers.ts';
import { anonymise } from '../anonymise.ts';

const plates = (text: string): string[] =>
  detectIdentifiers(text)
    .filter((s) => s.category === 'vehicle_plate')
    .map((s) => text.slice(s.start, s.end));

// Plate shapes from each country's format (invented values).
const FORMATS: Record<string, string[]> = {
  LV: ['KT-4821', 'KT4821', 'A-317', 'GN 7702'],
  LT: ['KRN 482', 'KRN482', 'MTB-915'],
  EE: ['482 BTK', '915TRM'],
  PL: ['WX 12345', 'KR 1234A', 'PO 123AB', 'WGM 4512', 'DW12345'],
  DE: ['B-AB 1234', 'M-KL 77', 'HH-Z 9021', 'B AB 1234', 'K-RT 123E'],
  UA: ['AA1234BB', 'KA 7719 HT', 'BC4410CE'],
  FR: ['AB-123-CD'],
  IT: ['FG 482 KT'],
  NL: ['12-ABC-3', '45-TR-KP'],
  FI: ['ABC-123'],
  ES: ['4821 BCD'],
};
const VEHICLE = [
  (p: string) => `vadīja automašīnu ${p}, kad`,
  (p: string) => `transportlīdzeklis ar valsts reģistrācijas numuru ${p} stāvēja`,
  (p: string) => `a/m ${p} vadītājs`,
  (p: string) => `kravas automašīnas ${p} piekabe`,
  (p: string) => `motociklu ar numura zīmi ${p}.`,
];
const HINT: Record<string, (p: string) => string> = {
  LT: (p) => `Lietuvā reģistrētais ${p} iebrauca`,
  EE: (p) => `Igaunijas numurs ${p} redzams`,
  PL: (p) => `ar Polijas numuriem ${p} brauca`,
  DE: (p) => `Vācijā reģistrēts ${p} bija`,
  UA: (p) => `Ukrainas numura zīme ${p} bija`,
};

describe('vehicle plates from the countries’ formats', () => {
  for (const [country, list] of Object.entries(FORMATS)) {
    it(`${country}: after a vehicle word`, () => {
      for (const p of list)
        for (const s of VEHICLE) {
          const text = s(p);
          expect(plates(text), text).toEqual([p]);
          expect(anonymise(text).text, text).toContain('[transportlīdzekļa numurs]');
        }
    });
  }
  it('foreign plates with a country hint, without a vehicle word', () => {
    for (const [country, sentence] of Object.entries(HINT))
      for (const p of FORMATS[country] as string[]) expect(plates(sentence(p)), sentence(p)).toEqual([p]);
  });
  it('VINs after "VIN" or "šasijas numurs"', () => {
    expect(plates('VIN WF0AXXGCDA1234567, šasijas numurs YV1LS5587X1234567')).toEqual([
      'WF0AXXGCDA1234567',
      'YV1LS5587X1234567',
    ]);
  });
  it('no plate: makes and models, roads, case numbers, statutes, amounts, years', () => {
    for (const text of [
      'vadīja automašīnu BMW 320D pa autoceļu A 12',
      'automašīna Volvo FH 16 un autoceļš P 132',
      'automašīnas lietā Nr. K30-1234-21',
      'pēc KL 130. panta automašīnu',
      'automašīnu novērtēja EUR 1 500',
      'automašīnu iegādājās 2019. gadā',
      'ECLI:LV:RRT:2024:0424.AP221923724.2.L automašīnu',
    ])
      expect(plates(text), text).toEqual([]);
  });
});
