/**
 * Address variants generated from the Latvian address standard (State Address Register format), for
 * tests: street + house [letter][/number][building][flat], town, postal code, and rural house name +
 * village/parish + municipality, in several orders, grammatical cases and separators, after the cue
 * words a ruling uses. Street, town and house names are invented here, not taken from any corpus.
 */
export interface AddressVariant {
  /** the sentence */
  text: string;
  /** the personal parts that must not survive anonymisation (house and flat numbers, names) */
  secret: string[];
}

// Street words in nominative and locative.
const STREET_WORDS: Array<[string, string]> = [
  ['iela', 'ielā'],
  ['gatve', 'gatvē'],
  ['prospekts', 'prospektā'],
  ['bulvāris', 'bulvārī'],
  ['šoseja', 'šosejā'],
  ['dambis', 'dambī'],
  ['aleja', 'alejā'],
  ['laukums', 'laukumā'],
];
const STREET_NAMES = ['Vītolkalna', 'Ilgciema', 'Jāņa Medņa', 'P. Zvirbuļa', '7. Rudzupuķu', 'Zvejnieku'];
// Towns: [nominative, locative]
const TOWNS: Array<[string, string]> = [
  ['Rīga', 'Rīgā'],
  ['Valmiera', 'Valmierā'],
  ['Līvāni', 'Līvānos'],
  ['Ludza', 'Ludzā'],
  ['Baldone', 'Baldonē'],
];
const HOUSES = ['8', '14A', '8/10', 'Nr. 23', '101'];
const BUILDINGS = ['', ' k-2', ' k. 3', ', korpuss 2', ' korp. 1'];
const FLATS = [
  '',
  '-12',
  ' - 7',
  '–45',
  ' dz. 12',
  ' dz.9',
  ', dzīvoklis 12',
  ', dzīvoklis Nr. 5',
  ', dz. 31',
];
const POSTALS = ['LV-1004', 'LV1019', 'LV-4201'];
const CUES = [
  'dzīvo',
  'deklarētā dzīvesvieta:',
  'adrese:',
  'reģistrēts',
  'atrodas',
  'pēc adreses',
  'uz adresi',
  'dzīvesvieta ir',
];

/** A tiny deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function numbersOf(s: string): string[] {
  return s.match(/\d+/g) ?? [];
}

/** Urban addresses: every combination of house, building and flat, with a street in either case and
 * the town and postal code before, after or absent. */
export function urbanVariants(seed = 1): AddressVariant[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: AddressVariant[] = [];
  for (const house of HOUSES)
    for (const building of BUILDINGS)
      for (const flat of FLATS) {
        const street = pick(STREET_NAMES);
        const [nom, loc] = pick(STREET_WORDS);
        const [town, townLoc] = pick(TOWNS);
        const postal = pick(POSTALS);
        const tail = `${house}${building}${flat}`;
        const secret = [...numbersOf(tail), ...street.split(' ').filter((w) => /\p{Lu}\p{L}{3,}/u.test(w))];
        const forms = [
          `Apsūdzētais dzīvo ${townLoc}, ${street} ${loc} ${tail}, un strādā.`,
          `Apsūdzētais dzīvo ${street} ${loc} ${tail}, ${townLoc}, un strādā.`,
          `Deklarētā dzīvesvieta: ${town}, ${postal}, ${street} ${nom} ${tail}.`,
          `Adrese: ${postal}, ${town}, ${street} ${nom} ${tail}.`,
          `Adrese: ${street} ${nom} ${tail}, ${town}, ${postal}.`,
          `${pick(CUES)} ${street} ${nom} ${tail}, ${town} ${postal}, kur viņš uzturējās.`,
        ];
        for (const text of forms) out.push({ text, secret });
      }
  return out;
}

const HOUSE_NAMES: Array<[string, string]> = [
  ['Dzeņi', 'Dzeņos'],
  ['Lejasbērzi', 'Lejasbērzos'],
  ['Vecsētas', 'Vecsētās'],
  ['Kalnmaļi', 'Kalnmaļos'],
];
const PARISHES: Array<[string, string]> = [
  ['Zīļu', 'Zīļu'],
  ['Medumu', 'Medumu'],
  ['Ragaciema', 'Ragaciema'],
];
const MUNIS = ['Augšzemes', 'Pededzes', 'Lejaskurzemes'];
const VILLAGES: Array<[string, string]> = [
  ['Zīles', 'Zīlēs'],
  ['Medumi', 'Medumos'],
];

/** Rural addresses: a house name quoted or not, in the nominative or locative, with village, parish and
 * municipality in either order, full or abbreviated, and a postal code or none. */
export function ruralVariants(seed = 2): AddressVariant[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: AddressVariant[] = [];
  const quotes: Array<[string, string]> = [
    ['“', '”'],
    ['"', '"'],
    ['„', '”'],
    ["'", "'"],
    ['', ''],
  ];
  for (const [q1, q2] of quotes)
    for (const [house, houseLoc] of HOUSE_NAMES)
      for (const abbrev of [false, true]) {
        const [parish] = pick(PARISHES);
        const muni = pick(MUNIS);
        const [village, villageLoc] = pick(VILLAGES);
        const postal = pick(POSTALS);
        const pag = abbrev ? 'pag.' : 'pagasts';
        const nov = abbrev ? 'nov.' : 'novads';
        const secret = [house.slice(0, 5)];
        const forms = [
          `Apsūdzētais dzīvo mājās ${q1}${houseLoc}${q2}, ${parish} ${abbrev ? 'pag.' : 'pagastā'}, ${muni} ${abbrev ? 'nov.' : 'novadā'}, un strādā.`,
          `Deklarētā dzīvesvieta: ${q1}${house}${q2}, ${parish} ${pag}, ${muni} ${nov}, ${postal}.`,
          `Adrese: mājas ${q1}${house}${q2}, ${village}, ${parish} ${pag}, ${muni} ${nov}.`,
          `Adrese: ${postal}, ${muni} ${nov}, ${parish} ${pag}, ${q1}${house}${q2}.`,
          `Nekustamais īpašums ${q1}${house}${q2}, ${parish} ${pag}, ${muni} ${nov} pieder apsūdzētajam.`,
          `Viņš dzīvo ${villageLoc}, mājās ${q1}${houseLoc}${q2}, ${parish} pagastā.`,
        ];
        for (const text of forms) out.push({ text, secret });
      }
  return out;
}

/** A street address in a village: street + house [building] [flat], then village, parish and
 * municipality (the standard's order, abbreviated or not, in the nominative or the locative), or the
 * same from the municipality down; postal code after or none. */
export function villageStreetVariants(seed = 3): AddressVariant[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: AddressVariant[] = [];
  for (const house of HOUSES)
    for (const flat of FLATS)
      for (const abbrev of [false, true]) {
        const street = pick(STREET_NAMES);
        const [nom, loc] = pick(STREET_WORDS);
        const [village, villageLoc] = pick(VILLAGES);
        const [parish] = pick(PARISHES);
        const muni = pick(MUNIS);
        const postal = pick(POSTALS);
        const building = pick(BUILDINGS);
        const tail = `${house}${building}${flat}`;
        const pag = abbrev ? 'pag.' : 'pagasts';
        const nov = abbrev ? 'nov.' : 'novads';
        // The village and parish are as personal as the house here: a village of a few streets.
        const secret = [
          ...numbersOf(tail),
          ...street.split(' ').filter((w) => /\p{Lu}\p{L}{3,}/u.test(w)),
          village.slice(0, 4),
          `${parish} ${pag}`,
        ];
        const forms = [
          `deklarētā adrese ${street} ${nom} ${tail}, ${village}, ${parish} ${pag}, ${muni} ${nov}, ${postal}, tālrunis`,
          `uzturēties viņas dzīvesvietā ${street} ${loc} ${tail}, ${village}, ${parish} ${pag}, ${muni} ${nov} Neskatoties uz to`,
          `piederošo īpašumu ${street} ${nom} ${tail}, ${village}, ${parish} ${pag}, ${muni} ${nov}\n\nPieteicēji apstrīdēja`,
          `dzīvo ${street} ${loc} ${tail}, ${villageLoc}, ${parish} ${abbrev ? 'pag.' : 'pagastā'}, ${muni} ${abbrev ? 'nov.' : 'novadā'}, un strādā.`,
          `Adrese: ${muni} ${nov}, ${parish} ${pag}, ${village}, ${street} ${nom} ${tail}, ${postal}.`,
        ];
        for (const text of forms) out.push({ text, secret });
      }
  return out;
}

/** A house name with the word for a house before it ("mājas “Ozoli”", "mājās “Ozolos”") or a flat
 * number after a space ("“Ozoli” 3, Zīles, …"), then village, parish and municipality. */
export function houseWordVariants(seed = 4): AddressVariant[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: AddressVariant[] = [];
  for (const [house, houseLoc] of HOUSE_NAMES)
    for (const [q1, q2] of [
      ['“', '”'],
      ['"', '"'],
      ['«', '»'],
    ] as Array<[string, string]>)
      for (const flat of ['', ' 3', ' 12']) {
        const [parish] = pick(PARISHES);
        const muni = pick(MUNIS);
        const [village] = pick(VILLAGES);
        const secret = [house.slice(0, 5), 'mājas', 'mājās', ...numbersOf(flat)];
        const forms = [
          `deklarētā dzīvesvieta mājas ${q1}${house}${q2}${flat}, ${parish} pagasts, ${muni} novads, LV-4201, faktiskā`,
          `nepilngadīgais dzīvo kopā ar vecākiem mājās ${q1}${houseLoc}${q2}, ${parish} pagasts, ${muni} novads. Cietusī`,
          `pēc atbrīvošanas dzīvos pie savas mātes ${q1}${house}${q2}${flat}, ${village}, ${parish} pagasts, ${muni} novads, kur`,
          `par lauksaimniecības zemi ${q1}${house}${q2}${flat}, ${village}, ${parish} pagasts, ${muni} novads ar kadastra apzīmējumu`,
        ];
        for (const text of forms) out.push({ text, secret });
      }
  return out;
}

/** A party's foreign address: street and number in the country's own order and street word, flat,
 * postal code, town, country in Latvian (any case) or English. All names invented. */
export function foreignVariants(): AddressVariant[] {
  const out: AddressVariant[] = [];
  const addresses: Array<[string, string[]]> = [
    ['Lindenweg 14, 20095 Mellstadt, Vācija', ['Lindenweg', '14', 'Mellstadt']],
    ['Birkenstraße 7a, 80331 Tannfeld', ['Birkenstraße', '7a', 'Tannfeld']],
    ['ul. Sosnowa 12/4, 00-950 Brzozów', ['Sosnowa', '12', 'Brzozów']],
    ['Ąžuolų g. 5-17, LT-01103 Beržėnai', ['Ąžuolų', '17', 'Beržėnai']],
    ['Kuuse tänav 9-2, 10111 Männiku', ['Kuuse', '9', 'Männiku']],
    ['Koivukatu 3 B 12, 00100 Kuusela', ['Koivukatu', '12', 'Kuusela']],
    ['22 Maple Road, Elmford EF2 7QT', ['Maple', '22', 'Elmford']],
    ['vul. Kalynova 8, kv. 15, Tykhivka', ['Kalynova', '15', 'Tykhivka']],
    ['Rue des Tilleuls 4, 69002 Chênois', ['Tilleuls', '69002', 'Chênois']],
  ];
  const countries = [
    ['Vācija', 'Vācijā'],
    ['Polija', 'Polijā'],
    ['Lietuva', 'Lietuvā'],
    ['Igaunija', 'Igaunijā'],
    ['Somija', 'Somijā'],
    ['Apvienotā Karaliste', 'Apvienotajā Karalistē'],
    ['Ukraina', 'Ukrainā'],
    ['Francija', 'Francijā'],
    ['Nīderlande', 'Nīderlandē'],
  ];
  addresses.forEach(([addr, secret], k) => {
    const [nom, loc] = countries[k % countries.length] as [string, string];
    const full = addr.endsWith(nom) ? addr : `${addr}, ${nom}`;
    const fullLoc = addr.endsWith(nom) ? addr.replace(nom, loc) : `${addr}, ${loc}`;
    out.push({ text: `apsūdzētais (dzīvesvieta ${full}, tālrunis nav zināms)`, secret });
    out.push({ text: `Apsūdzētā dzīvo ${fullLoc}, kur strādā.`, secret });
    out.push({ text: `adrese: ${full}.`, secret });
    out.push({ text: `Pieteicējs, reģistrēts ${full}, lūdz`, secret });
  });
  return out;
}

/** A relative's or a party's address abroad written after the country's name ("dzīvo Vācijā,
 * Eichenweg 7, 31134 Tannfeld"), in parentheses after it, or with no country when a postal code and
 * town follow the street: each country's own order (number first in the UK and Ireland), street
 * words and postcodes (DE/FR/NO/SE five or four digits, NL "1234 AB", UK "AB1 2CD", IE "H91 X2Y3",
 * PL "00-950"). All streets and towns invented. */
export function foreignForwardVariants(): AddressVariant[] {
  const out: AddressVariant[] = [];
  const abroad: Array<[string, string, string[]]> = [
    ['Vācijā', 'Eichenweg 7, 31134 Tannfeld', ['Eichenweg', '7', 'Tannfeld']],
    ['Vācijā', 'Am Lindenplatz 19, 49716 Moorbach', ['Lindenplatz', '19', 'Moorbach']],
    ['Vācijā', 'Kirchgasse 3a, 18055 Ostwerder', ['Kirchgasse', '3a', 'Ostwerder']],
    ['Apvienotajā Karalistē', '41 Willow Close, Fenbury PE11 4QT', ['Willow', '41', 'Fenbury']],
    ['Apvienotajā Karalistē', '7 Orchard Crescent, Marshby LN2 5RW', ['Orchard', 'Marshby']],
    ['Īrijā', '27 Rowan Drive, Kilmore H91 X2Y3', ['Rowan', '27', 'Kilmore']],
    ['Norvēģijā', 'Fjellveien 22, 4006 Nordvik', ['Fjellveien', '22', 'Nordvik']],
    ['Norvēģijā', 'Havne torg 5, 7010 Sandvika', ['Havne', 'Sandvika']],
    ['Zviedrijā', 'Björkgatan 9, 123 45 Lindholm', ['Björkgatan', '9', 'Lindholm']],
    ['Nīderlandē', 'Beukenlaan 8, 1234 AB Weiland', ['Beukenlaan', '8', 'Weiland']],
    ['Francijā', '12 rue des Lilas, 31000 Pradelle', ['Lilas', '12', 'Pradelle']],
    ['Polijā', 'ul. Sosnowa 12/4, 00-950 Brzozów', ['Sosnowa', '12', 'Brzozów']],
    ['Somijā', 'Koivukatu 3, 00100 Kuusela', ['Koivukatu', 'Kuusela']],
  ];
  for (const [country, addr, secret] of abroad) {
    out.push({
      text: `dēls, kas kopš 2016. gada strādā un dzīvo ${country}, ${addr}, un meita, kas dzīvo Rīgā`,
      secret,
    });
    out.push({ text: `Viņa māsa pastāvīgi uzturas ${country} (${addr}) un tiesā neieradās.`, secret });
    out.push({ text: `Cietušā adrese ${country}: ${addr}.`, secret });
    out.push({ text: `Pavēste nosūtīta uz adresi ${addr}, taču atdota atpakaļ.`, secret });
  }
  return out;
}

/** Addresses as rulings also write them: numbers in words, a floor before the flat, a line break
 * anywhere inside, in parentheses or before "(turpmāk – īpašums)", after "pēc deklarētās
 * dzīvesvietas adreses", a workplace, a garden society's plot ("dārzkopības sabiedrība “Ābelīte”,
 * dārza māja Nr. 12"; the plot first; "12. līnija 34"), a garage cooperative's box. */
export function writtenFormVariants(): AddressVariant[] {
  const out: AddressVariant[] = [];
  const streets: Array<[string, string]> = [
    ['Vītolkalna', 'iela'],
    ['Jāņa Medņa', 'gatve'],
    ['Zvejnieku', 'šoseja'],
  ];
  const loc = (w: string): string => ({ iela: 'ielā', gatve: 'gatvē', šoseja: 'šosejā' })[w] as string;
  for (const [name, word] of streets) {
    const s0 = name.split(' ')[0] as string;
    out.push(
      {
        text: `Viņš norādīja, ka dzīvo ${name} ${loc(word)} astoņi, dzīvoklī divpadsmit, kopš pagājušā gada.`,
        secret: [s0, 'astoņi', 'divpadsmit'],
      },
      { text: `dzīvo ${name} ${loc(word)} divdesmit trīs.`, secret: [s0, 'divdesmit'] },
      { text: `dzīvo ${name} ${loc(word)} 14, 2. stāvā, dzīvoklī Nr. 31, kopš`, secret: [s0, '14', '31'] },
      { text: `dzīvo ${name}\n${loc(word)} 8-12, Rīgā, kopš`, secret: [s0, '8', '12'] },
      { text: `dzīvo ${name} ${loc(word)}\n8-12, Rīgā, kopš`, secret: [s0, '8', '12'] },
      { text: `dzīvo ${name} ${loc(word)} 8-\n12, Rīgā, kopš`, secret: [s0, '8', '12'] },
      {
        text: `Paziņojums nosūtīts pēc deklarētās dzīvesvietas adreses ${name} ${loc(word)} 8 k-2 dz. 5, Ludzā, bet`,
        secret: [s0, '8', '5'],
      },
      {
        text: `dzīvoklis ${name} ${loc(word)} 8-12, Rīgā (turpmāk – īpašums), tika pārdots`,
        secret: [s0, '8', '12'],
      },
      { text: `nekustamais īpašums (${name} ${word} Nr. 8, dz. 12, Rīga) pieder`, secret: [s0, '8', '12'] },
      {
        text: `Apsūdzētais strādā kokzāģētavā ${name} ${loc(word)} 14, Ludzā, par strādnieku.`,
        secret: [s0, '14'],
      },
      { text: `Darba vieta: ${name} ${word} 101, Valmiera.`, secret: [s0, '101'] },
    );
  }
  const gardens: Array<[string, string[]]> = [
    ['dārzkopības sabiedrība “Ābelīte”, dārza māja Nr. 12, Salaspils novads, pieder', ['Ābelīte', '12']],
    ['dzīvo dārzkopības sabiedrībā “Ceriņi” dārza mājā Nr. 7, Ķekavas novadā', ['Ceriņi', '7']],
    ['dzīvo dārzkopības sabiedrības “Irbenāji” 12. līnijā 34', ['Irbenāji', '34']],
    ['piederošā dārza māja DKS “Saulgriezes” Nr. 19, Olaines nov.', ['Saulgriezes', '19']],
    [
      'dārza mājā Nr. 12 dārzkopības sabiedrībā “Pīlādzītis”, Ķekavas pagastā, Ķekavas novadā',
      ['Pīlādzītis', '12'],
    ],
    ['garāža Nr. 15 garāžu kooperatīvā “Motors-7”', ['Motors', '15']],
  ];
  for (const [text, secret] of gardens) out.push({ text, secret });
  return out;
}
