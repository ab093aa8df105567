import { describe, expect, it } from 'vitest';
import { detectKeep } from './keep.ts';

const kept = (text: string, kind: string): string[] =>
  detectKeep(text)
    .filter((k) => k.kind === kind)
    .map((k) => text.slice(k.start, k.end));

describe('statute references', () => {
  it("keeps a law's title of genitives with its article, superscript articles and quoted titles", () => {
    expect(kept('Saskaņā ar Bērnu tiesību aizsardzības likuma 24. panta otro daļu', 'statute')).toEqual([
      'Bērnu tiesību aizsardzības likuma 24. panta',
    ]);
    expect(
      kept(
        'pēc Civilprocesa likuma 32.¹ panta un Latvijas Administratīvo pārkāpumu kodeksa 149.⁴ panta',
        'statute',
      ),
    ).toEqual(['Civilprocesa likuma 32.¹ panta', 'Latvijas Administratīvo pārkāpumu kodeksa 149.⁴ panta']);
    expect(kept('likuma „Par ostām” 7. pants nosaka', 'statute')).toEqual(['likuma „Par ostām” 7. pants']);
    expect(kept('Civillikuma 1635. pants un Satversmes 105. pants', 'statute')).toEqual([
      'Civillikuma 1635. pants',
      'Satversmes 105. pants',
    ]);
    expect(kept('piemērojot Patērētāju tiesību aizsardzības likumu', 'statute')).toEqual([
      'Patērētāju tiesību aizsardzības likumu',
    ]);
  });
  it('is not fooled by a name and a verb before "likumu"', () => {
    expect(kept('Kalniņa neievēroja likumu, bet Ozols pārkāpa likumu.', 'statute')).toEqual([]);
  });
});

describe('companies registered abroad and vehicle models', () => {
  it("keeps an association or foundation written with a capital at a sentence's start or after a verb", () => {
    expect(
      kept('Viņš strādā Biedrība “Vidzemes Biškopji”. Nodibinājums “Ozolu Fonds” palīdz.', 'company'),
    ).toEqual(['Biedrība “Vidzemes Biškopji”', 'Nodibinājums “Ozolu Fonds”']);
  });
  it('keeps a quoted name with a foreign legal form before or after it', () => {
    expect(kept('strādā UAB „Baltijos medis” un “Nordlicht Handel” GmbH', 'company')).toEqual([
      'UAB „Baltijos medis”',
      '“Nordlicht Handel” GmbH',
    ]);
  });
  it('keeps a make and model after a vehicle word, never a person after the make', () => {
    expect(kept('vadīja automašīnu “Volvo V70” un motociklu Honda CBR, pēc tam', 'vehicle_model')).toEqual([
      '“Volvo V70”',
      'Honda CBR',
    ]);
    expect(kept('pārdeva automašīnu Opel Pēterim Kalnam', 'vehicle_model')).toEqual(['Opel']);
  });
});
