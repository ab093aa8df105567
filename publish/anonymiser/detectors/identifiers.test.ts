import { describe, expect, it } from 'vitest';
import { detectIdentifiers, ibanValid, isPersonalCode, personalCodeCheckDigitValid } from './identifiers.ts';

const found = (text: string, category: string): string[] =>
  detectIdentifiers(text)
    .filter((s) => s.category === category)
    .map((s) => text.slice(s.start, s.end));

describe('personal codes', () => {
  it('validates the old format check digit (weights 1,6,3,7,9,10,5,8,4,2; (1101 − Σ) mod 11)', () => {
    // 120385-1234?: Σ = 1·1+6·2+3·0+7·3+9·8+10·5+5·1+8·2+4·3+2·4 = 197; (1101−197) mod 11 = 2
    expect(personalCodeCheckDigitValid('120385-12342')).toBe(true);
    expect(personalCodeCheckDigitValid('120385-12343')).toBe(false);
    expect(isPersonalCode('12038512342')).toBe(true);
    expect(isPersonalCode('12038512343')).toBe(false);
    expect(isPersonalCode('310285-12342')).toBe(false); // 31 February
  });
  it('accepts new-format codes (since 2017, beginning 32–39) without a date or check digit', () => {
    expect(isPersonalCode('321234-56789')).toBe(true);
    expect(isPersonalCode('391234-56789')).toBe(true);
    expect(isPersonalCode('301234-56789')).toBe(false);
  });
  it('finds hyphenated codes always, unhyphenated ones only when valid or after "personas kods"', () => {
    expect(found('personas kods 120385-12343, cits', 'personal_code')).toEqual(['120385-12343']);
    expect(found('numurs 12038512342 un 12038512343', 'personal_code')).toEqual(['12038512342']);
    expect(found('p.k. 12038512343', 'personal_code')).toEqual(['12038512343']);
    expect(found('jaunais kods 32123456789.', 'personal_code')).toEqual(['32123456789']);
    expect(found('kods 120385 - 12342 un 120385–12342', 'personal_code')).toEqual([
      '120385 - 12342',
      '120385–12342',
    ]);
    // A space instead of the hyphen: only a valid code (or one after "personas kods").
    expect(found('kods 120385 12342, skaitļi 120385 12343', 'personal_code')).toEqual(['120385 12342']);
  });
});

describe('IBAN', () => {
  it('checks mod 97', () => {
    expect(ibanValid('LV80BANK0000435195001')).toBe(true);
    expect(found('konts lv80bank0000435195001.', 'iban')).toEqual(['lv80bank0000435195001']);
    expect(ibanValid('LV80 BANK 0000 4351 9500 1')).toBe(true);
    expect(ibanValid('LV81BANK0000435195001')).toBe(false);
    expect(ibanValid('DE89370400440532013000')).toBe(true);
  });
  it('finds compact and grouped IBANs, not invalid ones', () => {
    expect(found('kontā LV80BANK0000435195001 un LV80 BANK 0000 4351 9500 1.', 'iban')).toEqual([
      'LV80BANK0000435195001',
      'LV80 BANK 0000 4351 9500 1',
    ]);
    expect(found('kontā LV81BANK0000435195001', 'iban')).toEqual([]);
  });
});

describe('phones, e-mails, plates, cadastral numbers, documents, postal codes', () => {
  it('phones in the usual Latvian formats, not amounts or ISO dates', () => {
    const t =
      'tālr. +371 29123456, 29123456, +37167123456, (+371) 2912 3456, 00371 29123456, 67 123 456; summa 26 000 000 EUR; 2026-11-27';
    expect(found(t, 'phone')).toEqual([
      '+371 29123456',
      '29123456',
      '+37167123456',
      '(+371) 2912 3456',
      '00371 29123456',
      '67 123 456',
    ]);
  });
  it('phones with a bare 371 or (371) prefix, no-break spaces and en dashes; not a range of years', () => {
    expect(found('tālr. 371 29123456, (371) 67 123 456, +371 2912\u00a03456 un 2912–3456', 'phone')).toEqual([
      '371 29123456',
      '(371) 67 123 456',
      '+371 2912\u00a03456',
      '2912–3456',
    ]);
    expect(found('laikā no 2019–2021. gadam', 'phone')).toEqual([]);
  });
  it('e-mails written to escape harvesters', () => {
    expect(
      found('uz janis.berzins(at)inbox.lv vai ilze [at] apollo [dot] lv, arī k.ozola @ gmail.com.', 'email'),
    ).toEqual(['janis.berzins(at)inbox.lv', 'ilze [at] apollo [dot] lv', 'k.ozola @ gmail.com']);
  });
  it('e-mails', () => {
    expect(found('rakstīja uz janis.berzins@inbox.lv un k_ozola@gmail.com.', 'email')).toEqual([
      'janis.berzins@inbox.lv',
      'k_ozola@gmail.com',
    ]);
  });
  it('vehicle plates, but not case numbers or statute abbreviations', () => {
    expect(found('automašīna ar reģistrācijas numuru HM-5678 un a/m KT 123', 'vehicle_plate')).toEqual([
      'HM-5678',
      'KT 123',
    ]);
    expect(found('automašīnu AB1234 vadīja', 'vehicle_plate')).toEqual(['AB1234']);
    expect(found('Lieta Nr. AP38-42804-21; pēc KL 130. panta', 'vehicle_plate')).toEqual([]);
  });
  it('vehicle plates with an en or em dash, a spaced dash, one letter; foreign plates and VINs after a vehicle word', () => {
    expect(found('vadīja automobili GK–4410 un piekabi R—208', 'vehicle_plate')).toEqual([
      'GK–4410',
      'R—208',
    ]);
    expect(found('motociklam ar numura zīmi EV - 77', 'vehicle_plate')).toEqual(['EV - 77']);
    expect(found('bojāja svešu automašīnu TN–9051.', 'vehicle_plate')).toEqual(['TN–9051']);
    expect(
      found('Lietuvā reģistrēta automašīna KBD 417 un Igaunijā reģistrēts furgons 512 TRM', 'vehicle_plate'),
    ).toEqual(['KBD 417', '512 TRM']);
    expect(found('transportlīdzekļa VIN WVWZZZ1JZXW000001 dati', 'vehicle_plate')).toEqual([
      'WVWZZZ1JZXW000001',
    ]);
    expect(found('ABC 123 bez transportlīdzekļa vārda', 'vehicle_plate')).toEqual([]);
    expect(found('automašīnas remonts izmaksāja EUR 950; APK 149. panta otrā daļa', 'vehicle_plate')).toEqual(
      [],
    );
  });
  it('cadastral numbers (spaced, or compact after "kadastr…")', () => {
    expect(found('kadastra numurs 0100 012 0345 un 0100 012 0345 001', 'cadastral')).toEqual([
      '0100 012 0345',
      '0100 012 0345 001',
    ]);
    expect(found('kadastra apzīmējums 01000120345', 'cadastral')).toEqual(['01000120345']);
    expect(found('kadastra Nr. 8090-003-0123', 'cadastral')).toEqual(['8090-003-0123']);
    expect(found('rēķins 8090-003-0123', 'cadastral')).toEqual([]);
  });
  it('passports and ID cards, postal codes', () => {
    expect(found('pase LV1234567, personas apliecība PA7654321', 'document')).toEqual([
      'LV1234567',
      'PA7654321',
    ]);
    expect(found('Rīga, LV-1010', 'postal_code')).toEqual(['LV-1010']);
    expect(found('Ogre, LV–5001; Cēsis, LV 4101', 'postal_code')).toEqual(['LV–5001', 'LV 4101']);
  });
  it('individual plates (2–8 letters and digits) after a plate or vehicle word, and every repetition of a plate', () => {
    expect(
      found('vadīja automašīnu ar valsts reģistrācijas numura zīmi OZOLS7, kad', 'vehicle_plate'),
    ).toEqual(['OZOLS7']);
    expect(found('redzēja automobili ar numuru ZIBENS braucam', 'vehicle_plate')).toEqual(['ZIBENS']);
    expect(
      found(
        'policija apturēja transportlīdzekli MAMBA9. Transportlīdzekļa MAMBA9 riepas bija nodilušas',
        'vehicle_plate',
      ),
    ).toEqual(['MAMBA9', 'MAMBA9']);
    // Car makes in capitals, case and statute numbers and "lietas numurs" are not plates.
    expect(found('automašīnu BMW ar numuru AB-1234', 'vehicle_plate')).toEqual(['AB-1234']);
    expect(found('lietas numurs ir SPRIEDUMS; automašīnas KL 12. pants', 'vehicle_plate')).toEqual([]);
    expect(found('vadot automašīnu ar numuru C12-3456-25 tiesa', 'vehicle_plate')).toEqual([]);
    expect(found('pēc KL 177.¹. panta un CPL 12.² panta', 'vehicle_plate')).toEqual([]);
  });
});

describe('land-register folios, foreign documents, plates after "reģistrācijas Nr."', () => {
  it('hides a folio number after "nodalījums"/"nodalījuma numurs"/"folija Nr."', () => {
    expect(
      found('īpašums ierakstīts zemesgrāmatas nodalījumā Nr. 815, kadastra numurs', 'cadastral'),
    ).toEqual(['815']);
    expect(found('(nodalījums Nr. 100000523118)', 'cadastral')).toEqual(['100000523118']);
    expect(found('zemesgrāmatas nodalījuma numurs: 4417*12; folija Nr. 77.', 'cadastral')).toEqual([
      '4417*12',
      '77',
    ]);
  });
  it('hides any document number right after the document\'s name and "Nr."', () => {
    expect(found('uzrādot ārvalsts pasi Nr. 72811934, un', 'document')).toEqual(['72811934']);
    expect(found('Lietuvas pase Nr. FC447201; adrese', 'document')).toEqual(['FC447201']);
    expect(found('uzturēšanās atļauja Nr. RP0412233 derīga', 'document')).toEqual(['RP0412233']);
    expect(found('vadītāja apliecība Nr. AT551290, izsniegta', 'document')).toEqual(['AT551290']);
    expect(found('dokumenta Nr. 5 lietā; pilnvara Nr. 77/2021', 'document')).toEqual([]);
  });
  it('hides an individual plate after "valsts reģistrācijas Nr." but not a company\'s number', () => {
    expect(found('ar mopēdu, valsts reģistrācijas Nr. VILKS, brauca', 'vehicle_plate')).toEqual(['VILKS']);
    expect(found('SIA “Ozols”, reģistrācijas Nr. 40003032949', 'vehicle_plate')).toEqual([]);
  });
  it('never takes an amount with its currency for a foreign plate', () => {
    expect(found('transportlīdzekļa īpašniekam sods 250 EUR un 318 USD', 'vehicle_plate')).toEqual([]);
    expect(found('transportlīdzekļa 318 KLM īpašniekam', 'vehicle_plate')).toEqual(['318 KLM']);
  });
  it("leaves a criminal proceeding's eleven-digit number, also inside the ECLI", () => {
    // 12050512345 would pass as an old-form code (12 May 2005, check digit 5).
    expect(isPersonalCode('12050512345')).toBe(true);
    expect(found('Kriminālprocess Nr. 12050512345', 'personal_code')).toEqual([]);
    expect(found('Lieta Nr. 12050512345, SKK-1/2025', 'personal_code')).toEqual([]);
    expect(found('ECLI:LV:AT:2025:0101.12050512345.1.L', 'personal_code')).toEqual([]);
    expect(found('liecinieks, personas kods 12050512345', 'personal_code')).toEqual(['12050512345']);
  });
});
