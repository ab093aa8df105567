import { describe, expect, it } from 'vitest';
import { anonymise } from '../anonymise.ts';
import { detectAddresses } from './addresses.ts';
import {
  foreignForwardVariants,
  foreignVariants,
  houseWordVariants,
  ruralVariants,
  urbanVariants,
  villageStreetVariants,
  writtenFormVariants,
} from './address-variants.ts';

// Every combination the generator builds from the address standard: nothing personal of the address
// (street name, house and flat numbers, house name) survives anonymisation.
function leftOver(text: string, secret: string[]): string[] {
  const out = anonymise(text).text;
  return secret.filter((s) => new RegExp(`(?<![\\p{L}\\d])${s}`, 'u').test(out));
}

describe('addresses generated from the address standard', () => {
  it('urban: house, building and flat forms × street words × cases × town and postal code orders', () => {
    const variants = urbanVariants(1);
    expect(variants.length).toBeGreaterThan(1000);
    const failed = variants.filter((v) => leftOver(v.text, v.secret).length > 0).map((v) => v.text);
    expect(failed).toEqual([]);
  });
  it('rural: quoted (any quotes) or bare house names, nominative or locative, either order, abbreviated or not', () => {
    const variants = ruralVariants(2);
    const failed = variants.filter((v) => leftOver(v.text, v.secret).length > 0).map((v) => v.text);
    expect(failed).toEqual([]);
  });
  it('a street address in a village: village, parish and municipality after the house or before the street', () => {
    const variants = villageStreetVariants(3);
    expect(variants.length).toBeGreaterThan(400);
    const failed = variants.filter((v) => leftOver(v.text, v.secret).length > 0).map((v) => v.text);
    expect(failed).toEqual([]);
  });
  it('a house name after the word for a house (mājas, mājās) or with a flat number after a space', () => {
    const failed = houseWordVariants(4)
      .filter((v) => leftOver(v.text, v.secret).length > 0)
      .map((v) => v.text);
    expect(failed).toEqual([]);
  });
  it("a party's foreign address: street and number, flat, postal code, town, country in any case", () => {
    const failed = foreignVariants()
      .filter((v) => leftOver(v.text, v.secret).length > 0)
      .map((v) => v.text);
    expect(failed).toEqual([]);
  });
  it('an address abroad after the country (any case, comma, colon or parenthesis) or before its postal code and town', () => {
    const failed = foreignForwardVariants()
      .filter((v) => leftOver(v.text, v.secret).length > 0)
      .map((v) => v.text);
    expect(failed).toEqual([]);
  });
  it('numbers in words, a floor, a line break inside, parentheses, a workplace, garden society plots', () => {
    const failed = writtenFormVariants()
      .filter((v) => leftOver(v.text, v.secret).length > 0)
      .map((v) => v.text);
    expect(failed).toEqual([]);
  });
  it('other seeds pick other combinations', () => {
    for (const seed of [11, 12, 13]) {
      const failed = [
        ...urbanVariants(seed),
        ...ruralVariants(seed),
        ...villageStreetVariants(seed),
        ...houseWordVariants(seed),
      ]
        .filter((v) => leftOver(v.text, v.secret).length > 0)
        .map((v) => v.text);
      expect(failed).toEqual([]);
    }
  });
});

const spans = (text: string): string[] => {
  const all = detectAddresses(text);
  return all
    .filter(
      (s) =>
        !all.some(
          (o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start,
        ),
    )
    .map((s) => text.slice(s.start, s.end));
};

describe('addresses from context (after a cue word, to the clause end)', () => {
  it('takes what follows dzīvo, adrese, dzīvesvieta, nekustamais īpašums, mājās, pēc adreses', () => {
    expect(spans('dzīvo Rīgā, Ilūkstes ielā 8-12, un strādā')).toEqual(['Rīgā, Ilūkstes ielā 8-12']);
    expect(spans('adrese: Rīga, LV-1004, Ilūkstes iela 8-12.')).toEqual([
      'Rīga, LV-1004, Ilūkstes iela 8-12',
    ]);
    expect(spans("dzīvo mājās 'Dzeņos', Zīļu pagastā, un")).toEqual(["mājās 'Dzeņos', Zīļu pagastā"]);
    expect(spans('pēc adreses Pīlādžu ielā 4, korpuss 2, dzīvoklis 12 nenāca')).toEqual([
      'Pīlādžu ielā 4, korpuss 2, dzīvoklis 12',
    ]);
    expect(spans('deklarētā dzīvesvieta ir Žagatu ielā Nr. 23, dzīvoklis Nr. 5.')).toEqual([
      'Žagatu ielā Nr. 23, dzīvoklis Nr. 5',
    ]);
    expect(spans('nekustamais īpašums Lejasmuižas, Zīļu pag., Augšzemes nov. pieder')).toEqual([
      'Lejasmuižas, Zīļu pag., Augšzemes nov.',
    ]);
    expect(spans('dzīvo Pļavu ielā 8/10-3')).toEqual(['Pļavu ielā 8/10-3']);
    expect(spans('dzīvo Pļavu ielā 8 dz.12')).toEqual(['Pļavu ielā 8 dz.12']);
    expect(spans('Adrese: LV-4201, Augšzemes nov., Zīļu pag., Kalnmaļi.')).toEqual([
      'LV-4201, Augšzemes nov., Zīļu pag., Kalnmaļi',
    ]);
  });
  it('leaves a town alone, bodies after a genitive unit, amounts, companies and what a noun follows', () => {
    expect(spans('dzīvo Rīgā ar māti')).toEqual([]);
    expect(spans('dzīvo Ogrē, Ogres novadā, kopš')).toEqual([]);
    expect(spans('laulība reģistrēta Zīļu pagasta Dzimtsarakstu nodaļā 2011. gadā')).toEqual([]);
    expect(spans('novērtēja īpašumu EUR 6 051,81 vērtībā')).toEqual([]);
    expect(spans('atrodas SIA “Kalnmaļi” 3 noliktavā')).toEqual([]);
    expect(spans('reģistrēts 2019. gada 5. martā')).toEqual([]);
    expect(spans('dzīvo Augšzemes nov. Pededzes novada pašvaldība atteica')).toEqual([]);
  });
});
