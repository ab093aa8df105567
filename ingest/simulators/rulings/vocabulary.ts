/**
 * Words the ruling templates inflect: role nouns by gender and case, courts, institutions, companies,
 * statute references. Courts, institutions and companies are must-keep strings.
 */
import type { Case, Gender } from './decline.ts';

export type Forms = Record<Case, string>;
const f = (nom: string, gen: string, dat: string, acc: string, loc = acc): Forms => ({
  nom,
  gen,
  dat,
  acc,
  loc,
});

export const ROLES: Record<string, Record<Gender, Forms>> = {
  apsudzetais: {
    m: f('apsūdzētais', 'apsūdzētā', 'apsūdzētajam', 'apsūdzēto'),
    f: f('apsūdzētā', 'apsūdzētās', 'apsūdzētajai', 'apsūdzēto'),
  },
  cietusais: {
    m: f('cietušais', 'cietušā', 'cietušajam', 'cietušo'),
    f: f('cietusī', 'cietušās', 'cietušajai', 'cietušo'),
  },
  liecinieks: {
    m: f('liecinieks', 'liecinieka', 'lieciniekam', 'liecinieku'),
    f: f('lieciniece', 'liecinieces', 'lieciniecei', 'liecinieci'),
  },
  prasitajs: {
    m: f('prasītājs', 'prasītāja', 'prasītājam', 'prasītāju'),
    f: f('prasītāja', 'prasītājas', 'prasītājai', 'prasītāju'),
  },
  atbildetajs: {
    m: f('atbildētājs', 'atbildētāja', 'atbildētājam', 'atbildētāju'),
    f: f('atbildētāja', 'atbildētājas', 'atbildētājai', 'atbildētāju'),
  },
  pieteicejs: {
    m: f('pieteicējs', 'pieteicēja', 'pieteicējam', 'pieteicēju'),
    f: f('pieteicēja', 'pieteicējas', 'pieteicējai', 'pieteicēju'),
  },
  persona: {
    m: f('persona', 'personas', 'personai', 'personu'),
    f: f('persona', 'personas', 'personai', 'personu'),
  },
  inspektors: {
    m: f('inspektors', 'inspektora', 'inspektoram', 'inspektoru'),
    f: f('inspektore', 'inspektores', 'inspektorei', 'inspektori'),
  },
  radinieks: { m: f('brālis', 'brāļa', 'brālim', 'brāli'), f: f('māsa', 'māsas', 'māsai', 'māsu') },
  tiesnesis: {
    m: f('tiesnesis', 'tiesneša', 'tiesnesim', 'tiesnesi'),
    f: f('tiesnese', 'tiesneses', 'tiesnesei', 'tiesnesi'),
  },
  prokurors: {
    m: f('prokurors', 'prokurora', 'prokuroram', 'prokuroru'),
    f: f('prokurore', 'prokurores', 'prokurorei', 'prokurori'),
  },
  sekretars: {
    m: f('tiesas sēžu sekretārs', 'tiesas sēžu sekretāra', 'tiesas sēžu sekretāram', 'tiesas sēžu sekretāru'),
    f: f(
      'tiesas sēžu sekretāre',
      'tiesas sēžu sekretāres',
      'tiesas sēžu sekretārei',
      'tiesas sēžu sekretāri',
    ),
  },
  advokats: {
    m: f('zvērināts advokāts', 'zvērināta advokāta', 'zvērinātam advokātam', 'zvērinātu advokātu'),
    f: f('zvērināta advokāte', 'zvērinātas advokātes', 'zvērinātai advokātei', 'zvērinātu advokāti'),
  },
};

export interface Court {
  code: string;
  level: 'first' | 'appeal';
  admin: boolean;
  forms: Forms;
  seat: string; // locative of the seat, for "Rīgā 2026. gada …"
}

function court(code: string, nom: string, level: 'first' | 'appeal', admin: boolean, seat: string): Court {
  const stem = nom.slice(0, -1);
  return { code, level, admin, seat, forms: f(nom, `${stem}as`, `${stem}ai`, `${stem}u`, `${stem}ā`) };
}

export const COURTS: Court[] = [
  court('RPT', 'Rīgas pilsētas tiesa', 'first', false, 'Rīgā'),
  court('RRT', 'Rīgas rajona tiesa', 'first', false, 'Rīgā'),
  court('KRT', 'Kurzemes rajona tiesa', 'first', false, 'Liepājā'),
  court('ZRT', 'Zemgales rajona tiesa', 'first', false, 'Jelgavā'),
  court('VRT', 'Vidzemes rajona tiesa', 'first', false, 'Valmierā'),
  court('LRT', 'Latgales rajona tiesa', 'first', false, 'Daugavpilī'),
  court('RAT', 'Rīgas apgabaltiesa', 'appeal', false, 'Rīgā'),
  court('KAT', 'Kurzemes apgabaltiesa', 'appeal', false, 'Liepājā'),
  court('ZAT', 'Zemgales apgabaltiesa', 'appeal', false, 'Jelgavā'),
  court('VAT', 'Vidzemes apgabaltiesa', 'appeal', false, 'Valmierā'),
  court('LAT', 'Latgales apgabaltiesa', 'appeal', false, 'Daugavpilī'),
  court('ART', 'Administratīvā rajona tiesa', 'first', true, 'Rīgā'),
  court('AAT', 'Administratīvā apgabaltiesa', 'appeal', true, 'Rīgā'),
  court('ELT', 'Ekonomisko lietu tiesa', 'first', false, 'Rīgā'),
];

/** The Supreme Court, for cassation rulings when the case metadata names it. */
export const SUPREME_COURT: Court = court('AT', 'Augstākā tiesa', 'appeal', false, 'Rīgā');

export const INSTITUTIONS: Forms[] = [
  f(
    'Valsts policijas Rīgas reģiona pārvalde',
    'Valsts policijas Rīgas reģiona pārvaldes',
    'Valsts policijas Rīgas reģiona pārvaldei',
    'Valsts policijas Rīgas reģiona pārvaldi',
  ),
  f(
    'Valsts ieņēmumu dienests',
    'Valsts ieņēmumu dienesta',
    'Valsts ieņēmumu dienestam',
    'Valsts ieņēmumu dienestu',
  ),
  f(
    'Rīgas pilsētas būvvalde',
    'Rīgas pilsētas būvvaldes',
    'Rīgas pilsētas būvvaldei',
    'Rīgas pilsētas būvvaldi',
  ),
  f(
    'Valsts sociālās apdrošināšanas aģentūra',
    'Valsts sociālās apdrošināšanas aģentūras',
    'Valsts sociālās apdrošināšanas aģentūrai',
    'Valsts sociālās apdrošināšanas aģentūru',
  ),
  f(
    'Nodarbinātības valsts aģentūra',
    'Nodarbinātības valsts aģentūras',
    'Nodarbinātības valsts aģentūrai',
    'Nodarbinātības valsts aģentūru',
  ),
  f(
    'Ceļu satiksmes drošības direkcija',
    'Ceļu satiksmes drošības direkcijas',
    'Ceļu satiksmes drošības direkcijai',
    'Ceļu satiksmes drošības direkciju',
  ),
  f(
    'Pilsonības un migrācijas lietu pārvalde',
    'Pilsonības un migrācijas lietu pārvaldes',
    'Pilsonības un migrācijas lietu pārvaldei',
    'Pilsonības un migrācijas lietu pārvaldi',
  ),
  f('Valsts vides dienests', 'Valsts vides dienesta', 'Valsts vides dienestam', 'Valsts vides dienestu'),
];

export const COMPANIES: Record<'tune' | 'heldout' | 'sealed', string[]> = {
  tune: [
    'SIA “Kalniņi”',
    'AS “Latvijas Gāze”',
    'SIA “Rimi Latvia”',
    'SIA “Ozolkalni”',
    'SIA “Bērziņu nams”',
    'AS “Swedbank”',
    'IK “Jāņa Liepiņa darbnīca”',
  ],
  heldout: [
    'SIA “Maxima Latvija”',
    'SIA “Zariņi un partneri”',
    'AS “Citadele banka”',
    'SIA “Krastiņa auto”',
    'SIA “Egle”',
    'ZS “Lejnieki”',
    'biedrība “Annas nams”',
  ],
  sealed: [
    'SIA "Lauku Māja"',
    'AS „Latvijas Finieris”',
    'SIA “Vējiņi”',
    'SIA “Gulbju ceļš”',
    'nodibinājums “Marijas fonds”',
    'SIA “Pēterupes kokzāģētava”',
    'AS “Rīgas siltums”',
  ],
};

const ORD: Record<number, Forms> = {
  1: f('pirmā', 'pirmās', 'pirmajai', 'pirmo', 'pirmajā'),
  2: f('otrā', 'otrās', 'otrajai', 'otro', 'otrajā'),
  3: f('trešā', 'trešās', 'trešajai', 'trešo', 'trešajā'),
  4: f('ceturtā', 'ceturtās', 'ceturtajai', 'ceturto', 'ceturtajā'),
};
const DALA = f('daļa', 'daļas', 'daļai', 'daļu', 'daļā');
const PANTS = f('pants', 'panta', 'pantam', 'pantu', 'pantā');

/** A statute reference in a case ("Krimināllikuma 175. panta otrā daļa"); abbreviated form for some. */
export function statute(
  law: string,
  article: number,
  part: number | null,
  c: Case,
  abbreviated = false,
): string {
  if (part === null) return `${law} ${article}. ${PANTS[c]}`;
  if (abbreviated) return `${law} ${article}. panta ${part}. ${DALA[c]}`;
  return `${law} ${article}. panta ${(ORD[part] as Forms)[c]} ${DALA[c]}`;
}

export const CRIMINAL_ARTICLES: Array<{ article: number; parts: number[]; what: string }> = [
  { article: 175, parts: [1, 2, 3], what: 'zādzība' },
  { article: 177, parts: [1, 2], what: 'krāpšana' },
  { article: 180, parts: [1, 2], what: 'piesavināšanās' },
  { article: 185, parts: [1, 2], what: 'mantas tīša iznīcināšana un bojāšana' },
  { article: 130, parts: [1, 2], what: 'tīšs viegls miesas bojājums' },
  { article: 231, parts: [1, 2], what: 'huligānisms' },
  { article: 262, parts: [1], what: 'transportlīdzekļa vadīšana alkohola reibumā' },
  { article: 253, parts: [1, 2], what: 'narkotisko vielu neatļauta iegādāšanās un glabāšana' },
];

export const MONTHS_LOC = [
  'janvārī',
  'februārī',
  'martā',
  'aprīlī',
  'maijā',
  'jūnijā',
  'jūlijā',
  'augustā',
  'septembrī',
  'oktobrī',
  'novembrī',
  'decembrī',
];
export const MONTHS_GEN = [
  'janvāra',
  'februāra',
  'marta',
  'aprīļa',
  'maija',
  'jūnija',
  'jūlija',
  'augusta',
  'septembra',
  'oktobra',
  'novembra',
  'decembra',
];
