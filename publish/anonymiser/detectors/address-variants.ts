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
