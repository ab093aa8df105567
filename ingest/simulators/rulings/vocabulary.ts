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
  ins: acc, // the instrumental singular ("ar …") is the accusative form
  loc,
  voc: nom,
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
  // roles of the `final` split
  tresa_persona: {
    m: f('trešā persona', 'trešās personas', 'trešajai personai', 'trešo personu', 'trešajā personā'),
    f: f('trešā persona', 'trešās personas', 'trešajai personai', 'trešo personu', 'trešajā personā'),
  },
  aizbildnis: {
    m: f('aizbildnis', 'aizbildņa', 'aizbildnim', 'aizbildni', 'aizbildnī'),
    f: f('aizbildne', 'aizbildnes', 'aizbildnei', 'aizbildni', 'aizbildnē'),
  },
  mantinieks: {
    m: f('mantinieks', 'mantinieka', 'mantiniekam', 'mantinieku', 'mantiniekā'),
    f: f('mantiniece', 'mantinieces', 'mantiniecei', 'mantinieci', 'mantiniecē'),
  },
  mantojuma_atstajejs: {
    m: f(
      'mantojuma atstājējs',
      'mantojuma atstājēja',
      'mantojuma atstājējam',
      'mantojuma atstājēju',
      'mantojuma atstājējā',
    ),
    f: f(
      'mantojuma atstājēja',
      'mantojuma atstājējas',
      'mantojuma atstājējai',
      'mantojuma atstājēju',
      'mantojuma atstājējā',
    ),
  },
  tulks: {
    m: f('tulks', 'tulka', 'tulkam', 'tulku', 'tulkā'),
    f: f('tulce', 'tulces', 'tulcei', 'tulci', 'tulcē'),
  },
  eksperts: {
    m: f('eksperts', 'eksperta', 'ekspertam', 'ekspertu', 'ekspertā'),
    f: f('eksperte', 'ekspertes', 'ekspertei', 'eksperti', 'ekspertē'),
  },
  parstavis: {
    m: f('pārstāvis', 'pārstāvja', 'pārstāvim', 'pārstāvi', 'pārstāvī'),
    f: f('pārstāve', 'pārstāves', 'pārstāvei', 'pārstāvi', 'pārstāvē'),
  },
  ipasnieks: {
    m: f('īpašnieks', 'īpašnieka', 'īpašniekam', 'īpašnieku', 'īpašniekā'),
    f: f('īpašniece', 'īpašnieces', 'īpašniecei', 'īpašnieci', 'īpašniecē'),
  },
  nepilngadigais: {
    m: f('nepilngadīgais', 'nepilngadīgā', 'nepilngadīgajam', 'nepilngadīgo', 'nepilngadīgajā'),
    f: f('nepilngadīgā', 'nepilngadīgās', 'nepilngadīgajai', 'nepilngadīgo', 'nepilngadīgajā'),
  },
  bralis: {
    m: f('brālis', 'brāļa', 'brālim', 'brāli', 'brālī'),
    f: f('māsa', 'māsas', 'māsai', 'māsu', 'māsā'),
  },
  vecaks: { m: f('tēvs', 'tēva', 'tēvam', 'tēvu', 'tēvā'), f: f('māte', 'mātes', 'mātei', 'māti', 'mātē') },
  berns: {
    m: f('dēls', 'dēla', 'dēlam', 'dēlu', 'dēlā'),
    f: f('meita', 'meitas', 'meitai', 'meitu', 'meitā'),
  },
  laulatais: {
    m: f('vīrs', 'vīra', 'vīram', 'vīru', 'vīrā'),
    f: f('sieva', 'sievas', 'sievai', 'sievu', 'sievā'),
  },
  sedes_sekretars: {
    m: f(
      'tiesas sēdes sekretārs',
      'tiesas sēdes sekretāra',
      'tiesas sēdes sekretāram',
      'tiesas sēdes sekretāru',
      'tiesas sēdes sekretārā',
    ),
    f: f(
      'tiesas sēdes sekretāre',
      'tiesas sēdes sekretāres',
      'tiesas sēdes sekretārei',
      'tiesas sēdes sekretāri',
      'tiesas sēdes sekretārē',
    ),
  },
  tiesnesa_paligs: {
    m: f('tiesneša palīgs', 'tiesneša palīga', 'tiesneša palīgam', 'tiesneša palīgu', 'tiesneša palīgā'),
    f: f(
      'tiesneša palīdze',
      'tiesneša palīdzes',
      'tiesneša palīdzei',
      'tiesneša palīdzi',
      'tiesneša palīdzē',
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

export const COMPANIES: Record<'tune' | 'heldout' | 'sealed' | 'final', string[]> = {
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
  final: [
    'SIA “Ziemeļu Būvnieks”',
    'AS “Latvenergo”',
    'SIA "Rīgas namu pārvaldnieks"',
    'SIA “Vidzemes Mežsaimnieks”',
    'AS “Latvijas Balzams”',
    'UAB “Baltijos transportas”',
    'KS “Zemgales Dārzs”',
    'SIA “Tet”',
    'AS „Olainfarm”',
  ],
};

/** Banks named in `final` rulings (companies, must-keep). */
export const BANKS_FINAL: string[] = [
  'AS “SEB banka”',
  'AS “Luminor Bank”',
  'AS "Citadele banka"',
  'AS “Swedbank”',
];

/**
 * Institutions of the `final` split (must-keep), by what they do in the story: `{ORG.police.gen}`
 * names the police that fined a driver, `{ORG.build.loc}` the building board that refused a permit…
 * One of each kind is chosen per ruling.
 */
export const ORGS_FINAL: Record<string, Forms[]> = {
  police: [
    f('Valsts policija', 'Valsts policijas', 'Valsts policijai', 'Valsts policiju', 'Valsts policijā'),
    f(
      'Valsts policijas Zemgales reģiona pārvalde',
      'Valsts policijas Zemgales reģiona pārvaldes',
      'Valsts policijas Zemgales reģiona pārvaldei',
      'Valsts policijas Zemgales reģiona pārvaldi',
      'Valsts policijas Zemgales reģiona pārvaldē',
    ),
    f(
      'Valsts policijas Kurzemes reģiona pārvaldes Kuldīgas iecirknis',
      'Valsts policijas Kurzemes reģiona pārvaldes Kuldīgas iecirkņa',
      'Valsts policijas Kurzemes reģiona pārvaldes Kuldīgas iecirknim',
      'Valsts policijas Kurzemes reģiona pārvaldes Kuldīgas iecirkni',
      'Valsts policijas Kurzemes reģiona pārvaldes Kuldīgas iecirknī',
    ),
    f(
      'Rīgas valstspilsētas pašvaldības policija',
      'Rīgas valstspilsētas pašvaldības policijas',
      'Rīgas valstspilsētas pašvaldības policijai',
      'Rīgas valstspilsētas pašvaldības policiju',
      'Rīgas valstspilsētas pašvaldības policijā',
    ),
  ],
  build: [
    f(
      'Talsu novada būvvalde',
      'Talsu novada būvvaldes',
      'Talsu novada būvvaldei',
      'Talsu novada būvvaldi',
      'Talsu novada būvvaldē',
    ),
    f(
      'Dobeles novada būvvalde',
      'Dobeles novada būvvaldes',
      'Dobeles novada būvvaldei',
      'Dobeles novada būvvaldi',
      'Dobeles novada būvvaldē',
    ),
    f(
      'Smiltenes novada būvvalde',
      'Smiltenes novada būvvaldes',
      'Smiltenes novada būvvaldei',
      'Smiltenes novada būvvaldi',
      'Smiltenes novada būvvaldē',
    ),
  ],
  social: [
    f(
      'Rīgas Sociālais dienests',
      'Rīgas Sociālā dienesta',
      'Rīgas Sociālajam dienestam',
      'Rīgas Sociālo dienestu',
      'Rīgas Sociālajā dienestā',
    ),
    f(
      'Gulbenes novada sociālais dienests',
      'Gulbenes novada sociālā dienesta',
      'Gulbenes novada sociālajam dienestam',
      'Gulbenes novada sociālo dienestu',
      'Gulbenes novada sociālajā dienestā',
    ),
    f(
      'Uzturlīdzekļu garantiju fonda administrācija',
      'Uzturlīdzekļu garantiju fonda administrācijas',
      'Uzturlīdzekļu garantiju fonda administrācijai',
      'Uzturlīdzekļu garantiju fonda administrāciju',
      'Uzturlīdzekļu garantiju fonda administrācijā',
    ),
  ],
  register: [
    f(
      'Valsts zemes dienests',
      'Valsts zemes dienesta',
      'Valsts zemes dienestam',
      'Valsts zemes dienestu',
      'Valsts zemes dienestā',
    ),
    f(
      'Talsu novada pašvaldība',
      'Talsu novada pašvaldības',
      'Talsu novada pašvaldībai',
      'Talsu novada pašvaldību',
      'Talsu novada pašvaldībā',
    ),
    f(
      'Valsts darba inspekcija',
      'Valsts darba inspekcijas',
      'Valsts darba inspekcijai',
      'Valsts darba inspekciju',
      'Valsts darba inspekcijā',
    ),
  ],
  bt: [
    f('Rīgas bāriņtiesa', 'Rīgas bāriņtiesas', 'Rīgas bāriņtiesai', 'Rīgas bāriņtiesu', 'Rīgas bāriņtiesā'),
    f(
      'Saldus novada bāriņtiesa',
      'Saldus novada bāriņtiesas',
      'Saldus novada bāriņtiesai',
      'Saldus novada bāriņtiesu',
      'Saldus novada bāriņtiesā',
    ),
    f(
      'Limbažu novada bāriņtiesa',
      'Limbažu novada bāriņtiesas',
      'Limbažu novada bāriņtiesai',
      'Limbažu novada bāriņtiesu',
      'Limbažu novada bāriņtiesā',
    ),
  ],
  prosoff: [
    f(
      'Rīgas pilsētas Vidzemes priekšpilsētas prokuratūra',
      'Rīgas pilsētas Vidzemes priekšpilsētas prokuratūras',
      'Rīgas pilsētas Vidzemes priekšpilsētas prokuratūrai',
      'Rīgas pilsētas Vidzemes priekšpilsētas prokuratūru',
      'Rīgas pilsētas Vidzemes priekšpilsētas prokuratūrā',
    ),
    f(
      'Kurzemes tiesas apgabala prokuratūra',
      'Kurzemes tiesas apgabala prokuratūras',
      'Kurzemes tiesas apgabala prokuratūrai',
      'Kurzemes tiesas apgabala prokuratūru',
      'Kurzemes tiesas apgabala prokuratūrā',
    ),
    f(
      'Talsu rajona prokuratūra',
      'Talsu rajona prokuratūras',
      'Talsu rajona prokuratūrai',
      'Talsu rajona prokuratūru',
      'Talsu rajona prokuratūrā',
    ),
    f(
      'Latgales tiesas apgabala prokuratūra',
      'Latgales tiesas apgabala prokuratūras',
      'Latgales tiesas apgabala prokuratūrai',
      'Latgales tiesas apgabala prokuratūru',
      'Latgales tiesas apgabala prokuratūrā',
    ),
  ],
};

/** A statute of a final-split story: the law (genitive), the article ("177.¹" allowed), its parts. */
export interface FinalArticle {
  law: string;
  article: number | string;
  parts: number[];
}

/** Criminal Law articles of the final split by story (see ./templates-final.ts). */
export const FINAL_CRIMINAL_ARTICLES: { first: FinalArticle[]; appeal: FinalArticle[] } = {
  // bodily injury, computer fraud with a bank card, a road accident with injury
  first: [
    { law: 'Krimināllikuma', article: 126, parts: [1, 2] },
    { law: 'Krimināllikuma', article: '177.¹', parts: [1, 2] },
    { law: 'Krimināllikuma', article: 260, parts: [1, 2] },
  ],
  // resisting a police officer, fraud
  appeal: [
    { law: 'Krimināllikuma', article: 280, parts: [1, 2] },
    { law: 'Krimināllikuma', article: 177, parts: [1, 2, 3] },
  ],
};

/** Administrative-offence statutes of the final split by story. */
export const FINAL_OFFENCE_ARTICLES: FinalArticle[] = [
  { law: 'Ceļu satiksmes likuma', article: 149, parts: [1, 2] },
  {
    law: 'Administratīvo sodu likuma par pārkāpumiem pārvaldes, sabiedriskās kārtības un valsts valodas lietošanas jomā',
    article: 5,
    parts: [],
  },
  { law: 'Ceļu satiksmes likuma', article: 43, parts: [1, 2] },
];

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
  article: number | string,
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
export const MONTHS_NOM = [
  'janvāris',
  'februāris',
  'marts',
  'aprīlis',
  'maijs',
  'jūnijs',
  'jūlijs',
  'augusts',
  'septembris',
  'oktobris',
  'novembris',
  'decembris',
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
