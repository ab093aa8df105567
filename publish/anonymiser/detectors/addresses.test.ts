import { describe, expect, it } from 'vitest';
import { detectAddresses } from './addresses.ts';

// The outermost spans (the anonymiser resolves overlaps the same way: the longer one wins).
const found = (text: string): string[] => {
  const spans = detectAddresses(text);
  return spans
    .filter(
      (s) =>
        !spans.some(
          (o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start,
        ),
    )
    .map((s) => text.slice(s.start, s.end));
};

describe('urban addresses', () => {
  it('takes a flat after a hyphen, an en dash, an em dash, "dz." or "dzīvoklis"', () => {
    expect(found('dzīvo Skolas ielā 4-12, Ogrē')).toEqual(['Skolas ielā 4-12']);
    expect(found('adrese: Lazdu iela 7–3, Valmiera')).toEqual(['Lazdu iela 7–3']);
    expect(found('adrese: Lazdu iela 7 — 3, Valmiera')).toEqual(['Lazdu iela 7 — 3']);
    expect(found('dzīvo Upeņu ielā 19, dz. 8.')).toEqual(['Upeņu ielā 19, dz. 8']);
    expect(found('Saules ielā 2, dzīvoklis 40, Cēsīs')).toEqual(['Saules ielā 2, dzīvoklis 40']);
    expect(found('Saules ielā 2, 40. dzīvoklis')).toEqual(['Saules ielā 2, 40. dzīvoklis']);
  });
  it('takes house letters, slashes, buildings and "Nr."', () => {
    expect(found('Ūdens ielā 31B–7')).toEqual(['Ūdens ielā 31B–7']);
    expect(found('Ūdens ielā 31/33–7')).toEqual(['Ūdens ielā 31/33–7']);
    expect(found('Ūdens iela 31 k-2 - 7')).toEqual(['Ūdens iela 31 k-2 - 7']);
    expect(found('Ūdens iela 31, korpuss 2, dz. 7')).toEqual(['Ūdens iela 31, korpuss 2, dz. 7']);
    expect(found('Ūdens iela 31 korp. 2-7')).toEqual(['Ūdens iela 31 korp. 2-7']);
    expect(found('Meža ielā Nr. 9')).toEqual(['Meža ielā Nr. 9']);
  });
  it('takes street names with numbers, initials and dates', () => {
    expect(found('dzīvo Mežaparka 3. līnijā 14')).toEqual(['Mežaparka 3. līnijā 14']);
    expect(found('dzīvo 4. Pļavu iela 2-5')).toEqual(['4. Pļavu iela 2-5']);
    expect(found('Jaunciema 2. šķērslīnija 6')).toEqual(['Jaunciema 2. šķērslīnija 6']);
    expect(found('dzīvo A. Čaka ielā 90')).toEqual(['A. Čaka ielā 90']);
    expect(found('dzīvo 18. novembra ielā 3-1')).toEqual(['18. novembra ielā 3-1']);
    expect(found('Krišjāņa Barona ielā 12')).toEqual(['Krišjāņa Barona ielā 12']);
  });
  it('leaves a person named right before the street to the name detector', () => {
    expect(found('dzīvo ar savu brāli Andreju Ozolu Lāčplēša ielā 5–2')).toEqual(['Lāčplēša ielā 5–2']);
    expect(found('pie Jānim Lāčplēša ielā 5')).toEqual(['Lāčplēša ielā 5']);
  });
  it('takes the less common street words', () => {
    expect(found('Ezermalas gatvē 5')).toEqual(['Ezermalas gatvē 5']);
    expect(found('Ziedu skvērā 2')).toEqual(['Ziedu skvērā 2']);
    expect(found('Pils laukumā 3')).toEqual(['Pils laukumā 3']);
    expect(found('Ganību dambī 17–4')).toEqual(['Ganību dambī 17–4']);
  });
  it('does not take a street without a house number, nor a year after a street word', () => {
    expect(found('Lāčplēša ielas un Tērbatas ielas krustojumā')).toEqual([]);
    expect(found('Ar 2019. g. 5. aprīļa lēmumu')).toEqual([]);
  });
});

describe('rural addresses', () => {
  it('takes house name, village, parish and municipality in either order', () => {
    expect(found('dzīvo “Kalnāji”, Sausnējas pag., Madonas nov., LV-4873')).toEqual([
      '“Kalnāji”, Sausnējas pag., Madonas nov.',
    ]);
    expect(found('dzīvo Sausnējas pagasta Sausnēja, “Kalnāji”.')).toEqual([
      'Sausnējas pagasta Sausnēja, “Kalnāji”',
    ]);
    expect(found('īpašums Madonas novada Sausnējas pagastā “Kalnāji”, kadastra')).toEqual([
      'Madonas novada Sausnējas pagastā “Kalnāji”',
    ]);
    expect(found('“Kalnāji”, Vecsaule, Vecsaules pagasts, Bauskas novads')).toEqual([
      '“Kalnāji”, Vecsaule, Vecsaules pagasts, Bauskas novads',
    ]);
    expect(found('“Kalnāji”, Jaunpils ciems, Bauskas novads')).toEqual([
      '“Kalnāji”, Jaunpils ciems, Bauskas novads',
    ]);
  });
  it('takes a numbered house in a village without streets', () => {
    expect(found('dzīvo Mežciems 12-4, Ropažu pagasts, LV-2135')).toEqual(['Mežciems 12-4, Ropažu pagasts']);
    expect(found('pēc Krimināllikuma 175. panta')).toEqual([]);
  });
  it('takes an unquoted house name and parish after an address word', () => {
    expect(found('deklarētā dzīvesvieta: Dzērves, Rugāju pag., Balvu nov.')).toEqual([
      'Dzērves, Rugāju pag., Balvu nov.',
    ]);
  });
  it('leaves names before the parish, a town with its municipality, and companies alone', () => {
    expect(found('ar savu tēvu Ivaru Dzeni Rugāju pagasta “Dzērves”')).toEqual(['Rugāju pagasta “Dzērves”']);
    expect(found('dzīvo Ogrē, Ogres novadā')).toEqual([]);
    expect(found('SIA “Kalnāji”, Rugāju pagasts')).toEqual([]);
    expect(found('Rugāju pagasta pārvalde')).toEqual([]);
  });
  it('takes a flat in a named house: “Name”-3, “Name” – 3, “Name”, dz. 3', () => {
    expect(found('dzīvo “Liepkalni”-7, Ērgļi, Ērgļu pag., Madonas nov., kopš')).toEqual([
      '“Liepkalni”-7, Ērgļi, Ērgļu pag., Madonas nov.',
    ]);
    expect(found('adrese: "Smilgas" – 12, Lejasciema pagasts, Gulbenes novads')).toEqual([
      '"Smilgas" – 12, Lejasciema pagasts, Gulbenes novads',
    ]);
    expect(found('dzīvo “Dārznieki”, dz. 4, Vecpiebalgas pag.')).toEqual([
      '“Dārznieki”, dz. 4, Vecpiebalgas pag.',
    ]);
    expect(found('dzīvo “Dārznieki” – 2019. gadā pārcēlās')).toEqual(['“Dārznieki”']);
  });
  it('ends at a municipality in the nominative: what follows is the next phrase', () => {
    // A name after the address (the address standard ends with the municipality).
    expect(
      found('pie mājas “Kalmes”, Vecsaule, Vecsaules pagasts, Bauskas novads Ilgonis Zvaigzne kliedza'),
    ).toEqual(['mājas “Kalmes”, Vecsaule, Vecsaules pagasts, Bauskas novads']);
    // An institution named after another municipality.
    expect(
      found('dzīvo “Ievas”, Skaistkalnes pag., Bauskas nov. Jelgavas novada bāriņtiesa uzskata'),
    ).toEqual(['“Ievas”, Skaistkalnes pag., Bauskas nov.']);
    // The municipality first, then the parish and the house, stays one address.
    expect(found('dzīvo Cēsu novads, Raiskuma pagasts, “Meldri”')).toEqual([
      'Cēsu novads, Raiskuma pagasts, “Meldri”',
    ]);
  });
});

describe('rural addresses without quotes, and from the municipality down', () => {
  it('takes a house name written without quotes before a parish, or before a village and its parish', () => {
    expect(found('uzlauza šķūņa durvis Liepkalnos, Drustu pagasts, Cēsu novads, kas pieder')).toEqual([
      'Liepkalnos, Drustu pagasts, Cēsu novads',
    ]);
    expect(found('dzīvo Avotiņos, Irlava, Irlavas pag., Tukuma nov. Viņš')).toEqual([
      'Avotiņos, Irlava, Irlavas pag., Tukuma nov.',
    ]);
    expect(found('pie kaimiņa Pētera Zariņa, Lejasmājās, Vecpiebalgas pag. Viņš')).toEqual([
      'Lejasmājās, Vecpiebalgas pag.',
    ]);
  });
  it('takes an address written from the municipality down to the house', () => {
    expect(found('pieder īpašums Siguldas novads, Mores pagasts, Sprīdīši, kas')).toEqual([
      'Siguldas novads, Mores pagasts, Sprīdīši',
    ]);
    expect(found('dzīvoklis Ogres novada Taurupes pagastā, Ābelēs tuvāk par 50 metriem')).toEqual([
      'Ogres novada Taurupes pagastā, Ābelēs',
    ]);
  });
  it('leaves a village named after its parish, a body after a genitive unit, a name after a parish', () => {
    expect(found('Notikums noticis Drustos, Drustu pagastā, Cēsu novadā.')).toEqual([]);
    expect(found('reģistrēta Irlavas pagasta Dzimtsarakstu nodaļā')).toEqual([]);
    expect(found('Mores pagastā, Andris Zariņš teica')).toEqual([]);
    expect(found('dzīvoklī “Ābeles”, Taurupes pag. Ogres novada pašvaldība ar lēmumu')).toEqual([
      '“Ābeles”, Taurupes pag.',
    ]);
  });
  it('takes the village, parish and municipality after a street address into that address, not a house', () => {
    expect(found('dzīvo Skolas ielā 7, Ropaži, Ropažu pag., Ropažu nov.')).toContain(
      'Skolas ielā 7, Ropaži, Ropažu pag., Ropažu nov.',
    );
    expect(found('dzīvo Skolas ielā 7, Rāmava, Ropažu pag., Ropažu nov.')).toContain(
      'Skolas ielā 7, Rāmava, Ropažu pag., Ropažu nov.',
    );
  });
});
