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
  // roles of the `blind` split
  senators: {
    m: f('senators', 'senatora', 'senatoram', 'senatoru', 'senatorā'),
    f: f('senatore', 'senatores', 'senatorei', 'senatori', 'senatorē'),
  },
  notars: {
    m: f(
      'zvērināts notārs',
      'zvērināta notāra',
      'zvērinātam notāram',
      'zvērinātu notāru',
      'zvērinātā notārā',
    ),
    f: f(
      'zvērināta notāre',
      'zvērinātas notāres',
      'zvērinātai notārei',
      'zvērinātu notāri',
      'zvērinātā notārē',
    ),
  },
  tiesu_izpilditajs: {
    m: f(
      'zvērināts tiesu izpildītājs',
      'zvērināta tiesu izpildītāja',
      'zvērinātam tiesu izpildītājam',
      'zvērinātu tiesu izpildītāju',
      'zvērinātā tiesu izpildītājā',
    ),
    f: f(
      'zvērināta tiesu izpildītāja',
      'zvērinātas tiesu izpildītājas',
      'zvērinātai tiesu izpildītājai',
      'zvērinātu tiesu izpildītāju',
      'zvērinātā tiesu izpildītājā',
    ),
  },
  administrators: {
    m: f(
      'maksātnespējas procesa administrators',
      'maksātnespējas procesa administratora',
      'maksātnespējas procesa administratoram',
      'maksātnespējas procesa administratoru',
      'maksātnespējas procesa administratorā',
    ),
    f: f(
      'maksātnespējas procesa administratore',
      'maksātnespējas procesa administratores',
      'maksātnespējas procesa administratorei',
      'maksātnespējas procesa administratori',
      'maksātnespējas procesa administratorē',
    ),
  },
  paradnieks: {
    m: f('parādnieks', 'parādnieka', 'parādniekam', 'parādnieku', 'parādniekā'),
    f: f('parādniece', 'parādnieces', 'parādniecei', 'parādnieci', 'parādniecē'),
  },
  kreditors: {
    m: f('kreditors', 'kreditora', 'kreditoram', 'kreditoru', 'kreditorā'),
    f: f('kreditore', 'kreditores', 'kreditorei', 'kreditori', 'kreditorē'),
  },
  pardevejs: {
    m: f('pārdevējs', 'pārdevēja', 'pārdevējam', 'pārdevēju', 'pārdevējā'),
    f: f('pārdevēja', 'pārdevējas', 'pārdevējai', 'pārdevēju', 'pārdevējā'),
  },
  sudzibas_iesniedzejs: {
    m: f(
      'sūdzības iesniedzējs',
      'sūdzības iesniedzēja',
      'sūdzības iesniedzējam',
      'sūdzības iesniedzēju',
      'sūdzības iesniedzējā',
    ),
    f: f(
      'sūdzības iesniedzēja',
      'sūdzības iesniedzējas',
      'sūdzības iesniedzējai',
      'sūdzības iesniedzēju',
      'sūdzības iesniedzējā',
    ),
  },
  aizdomas_turetais: {
    m: f(
      'aizdomās turētais',
      'aizdomās turētā',
      'aizdomās turētajam',
      'aizdomās turēto',
      'aizdomās turētajā',
    ),
    f: f('aizdomās turētā', 'aizdomās turētās', 'aizdomās turētajai', 'aizdomās turēto', 'aizdomās turētajā'),
  },
  vecvecaks: {
    m: f('vectēvs', 'vectēva', 'vectēvam', 'vectēvu', 'vectēvā'),
    f: f('vecmāte', 'vecmātes', 'vecmātei', 'vecmāti', 'vecmātē'),
  },
  // roles of the `audit` split
  notiesatais: {
    m: f('notiesātais', 'notiesātā', 'notiesātajam', 'notiesāto', 'notiesātajā'),
    f: f('notiesātā', 'notiesātās', 'notiesātajai', 'notiesāto', 'notiesātajā'),
  },
  pircejs: {
    m: f('pircējs', 'pircēja', 'pircējam', 'pircēju', 'pircējā'),
    f: f('pircēja', 'pircējas', 'pircējai', 'pircēju', 'pircējā'),
  },
  likumiskais_parstavis: {
    m: f(
      'likumiskais pārstāvis',
      'likumiskā pārstāvja',
      'likumiskajam pārstāvim',
      'likumisko pārstāvi',
      'likumiskajā pārstāvī',
    ),
    f: f(
      'likumiskā pārstāve',
      'likumiskās pārstāves',
      'likumiskajai pārstāvei',
      'likumisko pārstāvi',
      'likumiskajā pārstāvē',
    ),
  },
  nododama_persona: {
    m: f(
      'nododamā persona',
      'nododamās personas',
      'nododamajai personai',
      'nododamo personu',
      'nododamajā personā',
    ),
    f: f(
      'nododamā persona',
      'nododamās personas',
      'nododamajai personai',
      'nododamo personu',
      'nododamajā personā',
    ),
  },
  // roles of the `exam` split
  pasutitajs: {
    m: f('pasūtītājs', 'pasūtītāja', 'pasūtītājam', 'pasūtītāju', 'pasūtītājā'),
    f: f('pasūtītāja', 'pasūtītājas', 'pasūtītājai', 'pasūtītāju', 'pasūtītājā'),
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

export const COMPANIES: Record<
  'tune' | 'heldout' | 'sealed' | 'final' | 'blind' | 'audit' | 'probe' | 'exam' | 'verify',
  string[]
> = {
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
  blind: [
    'SIA “Daugavas Loģistika”',
    'AS “Latvijas Mobilais Telefons”',
    'SIA “Kurzemes Ceļinieks”',
    'SIA "Mājokļu Serviss Ķekava"',
    'AS “Latvijas valsts meži”',
    'SIA “Bauskas Maiznīca”',
    'OÜ “Põhja Kaubandus”',
    'SIA «Ezerkrasta Apsaimniekošana»',
    'Biedrība “Sēlijas Makšķernieki”',
  ],
  audit: [
    'SIA “Pierīgas Noliktavas”',
    'SIA “Vidzemes Piens”',
    'SIA “Baltijas Būvmateriāli”',
    'AS “Latvijas Pasts”',
    'SIA “Liepupes Kokapstrāde”',
    'SIA "Tumes Dārzeņi"',
    'SIA “Beta Mārketings”',
    'Sp. z o.o. “Polmar Logistyka”',
  ],
  probe: [
    'SIA “Madonas Ceļi”',
    'SIA “Ziemeļu Loģistika”',
    'SIA “Gulbenes Kokzāģētava”',
    'AS “Latvijas Valsts meži”',
    'UAB “Baltic Auto Trade”',
    'SIA "Viļakas Maiznīca"',
    'IK “Lazdonas Dravas”',
    'SIA «Latgales Granulas»',
  ],
  exam: [
    'SIA “Kurzemes Kokmateriāli”',
    'AS “Ventspils Osta Serviss”',
    'SIA "Alojas Piensaimnieks"',
    'SIA “Ziemeļkurzemes Būve”',
    'AS „Latvijas Dzelzceļš”',
    'SIA “Vidzemes Veterinārā Klīnika”',
    'UAB “Šiaurės Logistika”',
    'IK “Piltenes Galdniecība”',
  ],
  verify: [
    'SIA “Latgales Ceļinieks”',
    'AS “Preiļu Siers”',
    'SIA “Madonas Ūdens”',
    'SIA “Tukuma Būvnieks”',
    'AS „Rīgas Siltums”',
    'SIA "Augšdaugavas Mežs"',
  ],
};

/** Banks named in `audit` rulings (companies, must-keep). */
export const BANKS_AUDIT: string[] = [
  'AS “Industra Bank”',
  'AS “BluOr Bank”',
  'AS “SEB banka”',
  'AS “Swedbank”',
  'AS “Citadele banka”',
];

const same = (name: string): Forms => f(name, name, name, name, name);

/**
 * Institutions of the `audit` split (must-keep), by what they do in the story; one of each kind per
 * ruling. Hospitals are written with their company form, which does not inflect.
 */
export const ORGS_AUDIT: Record<string, Forms[]> = {
  prosoff: [
    f(
      'Rīgas pilsētas Kurzemes rajona prokuratūra',
      'Rīgas pilsētas Kurzemes rajona prokuratūras',
      'Rīgas pilsētas Kurzemes rajona prokuratūrai',
      'Rīgas pilsētas Kurzemes rajona prokuratūru',
      'Rīgas pilsētas Kurzemes rajona prokuratūrā',
    ),
    f(
      'Cēsu rajona prokuratūra',
      'Cēsu rajona prokuratūras',
      'Cēsu rajona prokuratūrai',
      'Cēsu rajona prokuratūru',
      'Cēsu rajona prokuratūrā',
    ),
    f(
      'Rīgas tiesas apgabala prokuratūra',
      'Rīgas tiesas apgabala prokuratūras',
      'Rīgas tiesas apgabala prokuratūrai',
      'Rīgas tiesas apgabala prokuratūru',
      'Rīgas tiesas apgabala prokuratūrā',
    ),
  ],
  bt: [
    f(
      'Cēsu novada bāriņtiesa',
      'Cēsu novada bāriņtiesas',
      'Cēsu novada bāriņtiesai',
      'Cēsu novada bāriņtiesu',
      'Cēsu novada bāriņtiesā',
    ),
    f(
      'Ropažu novada bāriņtiesa',
      'Ropažu novada bāriņtiesas',
      'Ropažu novada bāriņtiesai',
      'Ropažu novada bāriņtiesu',
      'Ropažu novada bāriņtiesā',
    ),
    f(
      'Ogres novada bāriņtiesa',
      'Ogres novada bāriņtiesas',
      'Ogres novada bāriņtiesai',
      'Ogres novada bāriņtiesu',
      'Ogres novada bāriņtiesā',
    ),
  ],
  hospital: [
    same('SIA “Vidzemes slimnīca”'),
    same('SIA “Jēkabpils reģionālā slimnīca”'),
    same('VSIA “Paula Stradiņa klīniskā universitātes slimnīca”'),
  ],
  vi: [
    f(
      'Veselības inspekcija',
      'Veselības inspekcijas',
      'Veselības inspekcijai',
      'Veselības inspekciju',
      'Veselības inspekcijā',
    ),
  ],
  vid: [
    f(
      'Valsts ieņēmumu dienests',
      'Valsts ieņēmumu dienesta',
      'Valsts ieņēmumu dienestam',
      'Valsts ieņēmumu dienestu',
      'Valsts ieņēmumu dienestā',
    ),
  ],
  lad: [
    f(
      'Lauku atbalsta dienests',
      'Lauku atbalsta dienesta',
      'Lauku atbalsta dienestam',
      'Lauku atbalsta dienestu',
      'Lauku atbalsta dienestā',
    ),
  ],
  pmlp: [
    f(
      'Pilsonības un migrācijas lietu pārvalde',
      'Pilsonības un migrācijas lietu pārvaldes',
      'Pilsonības un migrācijas lietu pārvaldei',
      'Pilsonības un migrācijas lietu pārvaldi',
      'Pilsonības un migrācijas lietu pārvaldē',
    ),
  ],
  munipolice: [
    f(
      'Siguldas novada pašvaldības policija',
      'Siguldas novada pašvaldības policijas',
      'Siguldas novada pašvaldības policijai',
      'Siguldas novada pašvaldības policiju',
      'Siguldas novada pašvaldības policijā',
    ),
    f(
      'Ogres novada pašvaldības policija',
      'Ogres novada pašvaldības policijas',
      'Ogres novada pašvaldības policijai',
      'Ogres novada pašvaldības policiju',
      'Ogres novada pašvaldības policijā',
    ),
  ],
  build: [
    f(
      'Cēsu novada būvvalde',
      'Cēsu novada būvvaldes',
      'Cēsu novada būvvaldei',
      'Cēsu novada būvvaldi',
      'Cēsu novada būvvaldē',
    ),
    f(
      'Limbažu novada būvvalde',
      'Limbažu novada būvvaldes',
      'Limbažu novada būvvaldei',
      'Limbažu novada būvvaldi',
      'Limbažu novada būvvaldē',
    ),
  ],
  police: [
    f(
      'Valsts policijas Kurzemes reģiona pārvalde',
      'Valsts policijas Kurzemes reģiona pārvaldes',
      'Valsts policijas Kurzemes reģiona pārvaldei',
      'Valsts policijas Kurzemes reģiona pārvaldi',
      'Valsts policijas Kurzemes reģiona pārvaldē',
    ),
    f(
      'Valsts policijas Rīgas reģiona pārvaldes Ogres iecirknis',
      'Valsts policijas Rīgas reģiona pārvaldes Ogres iecirkņa',
      'Valsts policijas Rīgas reģiona pārvaldes Ogres iecirknim',
      'Valsts policijas Rīgas reģiona pārvaldes Ogres iecirkni',
      'Valsts policijas Rīgas reģiona pārvaldes Ogres iecirknī',
    ),
  ],
};

/** The Administrative Regional Court, named by the blind, audit, probe, exam and verify rulings (kept as a court). */
const ADMIN_APPEAL_COURT = f(
  'Administratīvā apgabaltiesa',
  'Administratīvās apgabaltiesas',
  'Administratīvajai apgabaltiesai',
  'Administratīvo apgabaltiesu',
  'Administratīvajā apgabaltiesā',
);

/** The Supreme Court, named by the exam and verify rulings (kept as a court); the adjective declined too. */
const SUPREME_COURT_FORMS = f(
  'Augstākā tiesa',
  'Augstākās tiesas',
  'Augstākajai tiesai',
  'Augstāko tiesu',
  'Augstākajā tiesā',
);

/** Courts an `audit` ruling names besides its own (kept as courts): foreign courts issuing a European arrest warrant. */
export const AUDIT_COURTS: Record<string, Forms[]> = {
  foreign: [
    f(
      'Viļņas apgabaltiesa',
      'Viļņas apgabaltiesas',
      'Viļņas apgabaltiesai',
      'Viļņas apgabaltiesu',
      'Viļņas apgabaltiesā',
    ),
    f(
      'Varšavas apgabaltiesa',
      'Varšavas apgabaltiesas',
      'Varšavas apgabaltiesai',
      'Varšavas apgabaltiesu',
      'Varšavas apgabaltiesā',
    ),
    f(
      'Tartu apriņķa tiesa',
      'Tartu apriņķa tiesas',
      'Tartu apriņķa tiesai',
      'Tartu apriņķa tiesu',
      'Tartu apriņķa tiesā',
    ),
  ],
  admappeal: [ADMIN_APPEAL_COURT],
};

/** Statutes of the `audit` split's stories, per ruling type and scenario (see ./templates-audit.ts). */
export const AUDIT_ARTICLES: Record<string, FinalArticle[]> = {
  // a juvenile robbery, embezzlement by a shop manager, illegal hunting
  criminal_first: [
    { law: 'Krimināllikuma', article: 176, parts: [1, 2] },
    { law: 'Krimināllikuma', article: 179, parts: [2, 3] },
    { law: 'Krimināllikuma', article: 112, parts: [1, 2] },
  ],
  // detention for surrender under a European arrest warrant, a protest on evading maintenance, early release
  criminal_appeal: [
    { law: 'Krimināllikuma', article: 177, parts: [1, 2] },
    { law: 'Krimināllikuma', article: 170, parts: [1] },
    { law: 'Krimināllikuma', article: 176, parts: [2, 3] },
  ],
  // unlawful dismissal, medical negligence, eviction of a tenant
  civil: [
    { law: 'Darba likuma', article: 101, parts: [1] },
    { law: 'Civillikuma', article: 1635, parts: [] },
    { law: 'Dzīvojamās telpas īres likuma', article: 10, parts: [1] },
  ],
  // income tax on a sale of real estate, an area payment refused, a residence permit annulled
  administrative: [
    { law: 'likuma “Par iedzīvotāju ienākuma nodokli”', article: 9, parts: [1] },
    { law: 'Lauksaimniecības un lauku attīstības likuma', article: 5, parts: [] },
    { law: 'Imigrācijas likuma', article: 35, parts: [1] },
  ],
  // waste dumped from a car, building without a permit, alcohol sold to a minor
  administrative_offence: [
    { law: 'Atkritumu apsaimniekošanas likuma', article: 39, parts: [1, 2] },
    { law: 'Būvniecības likuma', article: 31, parts: [1] },
    { law: 'Alkoholisko dzērienu aprites likuma', article: 21, parts: [2] },
  ],
};

/** Banks named in `final` rulings (companies, must-keep). */
export const BANKS_FINAL: string[] = [
  'AS “SEB banka”',
  'AS “Luminor Bank”',
  'AS "Citadele banka"',
  'AS “Swedbank”',
];

/** Banks named in `blind` rulings (companies, must-keep). */
export const BANKS_BLIND: string[] = [
  'AS “Swedbank”',
  'AS "SEB banka"',
  'Luminor Bank AS Latvijas filiāle',
  'AS “Citadele banka”',
  'AS “Rietumu Banka”',
];

/**
 * Institutions of the `blind` split (must-keep), by what they do in the story; one of each kind per
 * ruling. Courts the story names besides the ruling's own (the Senate's departments, a land-register
 * office) are in BLIND_COURTS.
 */
export const ORGS_BLIND: Record<string, Forms[]> = {
  police: [
    f(
      'Valsts policijas Latgales reģiona pārvalde',
      'Valsts policijas Latgales reģiona pārvaldes',
      'Valsts policijas Latgales reģiona pārvaldei',
      'Valsts policijas Latgales reģiona pārvaldi',
      'Valsts policijas Latgales reģiona pārvaldē',
    ),
    f(
      'Valsts policijas Vidzemes reģiona pārvaldes Madonas iecirknis',
      'Valsts policijas Vidzemes reģiona pārvaldes Madonas iecirkņa',
      'Valsts policijas Vidzemes reģiona pārvaldes Madonas iecirknim',
      'Valsts policijas Vidzemes reģiona pārvaldes Madonas iecirkni',
      'Valsts policijas Vidzemes reģiona pārvaldes Madonas iecirknī',
    ),
    f(
      'Valsts policijas Rīgas reģiona pārvaldes Ķekavas iecirknis',
      'Valsts policijas Rīgas reģiona pārvaldes Ķekavas iecirkņa',
      'Valsts policijas Rīgas reģiona pārvaldes Ķekavas iecirknim',
      'Valsts policijas Rīgas reģiona pārvaldes Ķekavas iecirkni',
      'Valsts policijas Rīgas reģiona pārvaldes Ķekavas iecirknī',
    ),
  ],
  municipality: [
    f(
      'Bauskas novada pašvaldība',
      'Bauskas novada pašvaldības',
      'Bauskas novada pašvaldībai',
      'Bauskas novada pašvaldību',
      'Bauskas novada pašvaldībā',
    ),
    f(
      'Ķekavas novada pašvaldība',
      'Ķekavas novada pašvaldības',
      'Ķekavas novada pašvaldībai',
      'Ķekavas novada pašvaldību',
      'Ķekavas novada pašvaldībā',
    ),
    f(
      'Madonas novada pašvaldība',
      'Madonas novada pašvaldības',
      'Madonas novada pašvaldībai',
      'Madonas novada pašvaldību',
      'Madonas novada pašvaldībā',
    ),
  ],
  munipolice: [
    f(
      'Mārupes novada pašvaldības policija',
      'Mārupes novada pašvaldības policijas',
      'Mārupes novada pašvaldības policijai',
      'Mārupes novada pašvaldības policiju',
      'Mārupes novada pašvaldības policijā',
    ),
    f(
      'Cēsu novada pašvaldības policija',
      'Cēsu novada pašvaldības policijas',
      'Cēsu novada pašvaldības policijai',
      'Cēsu novada pašvaldības policiju',
      'Cēsu novada pašvaldības policijā',
    ),
  ],
  env: [
    f(
      'Valsts vides dienesta Lielrīgas reģionālā vides pārvalde',
      'Valsts vides dienesta Lielrīgas reģionālās vides pārvaldes',
      'Valsts vides dienesta Lielrīgas reģionālajai vides pārvaldei',
      'Valsts vides dienesta Lielrīgas reģionālo vides pārvaldi',
      'Valsts vides dienesta Lielrīgas reģionālajā vides pārvaldē',
    ),
    f(
      'Valsts vides dienesta Madonas reģionālā vides pārvalde',
      'Valsts vides dienesta Madonas reģionālās vides pārvaldes',
      'Valsts vides dienesta Madonas reģionālajai vides pārvaldei',
      'Valsts vides dienesta Madonas reģionālo vides pārvaldi',
      'Valsts vides dienesta Madonas reģionālajā vides pārvaldē',
    ),
  ],
  bt: [
    f(
      'Bauskas novada bāriņtiesa',
      'Bauskas novada bāriņtiesas',
      'Bauskas novada bāriņtiesai',
      'Bauskas novada bāriņtiesu',
      'Bauskas novada bāriņtiesā',
    ),
    f(
      'Valkas novada bāriņtiesa',
      'Valkas novada bāriņtiesas',
      'Valkas novada bāriņtiesai',
      'Valkas novada bāriņtiesu',
      'Valkas novada bāriņtiesā',
    ),
  ],
  insolvency: [
    f(
      'Maksātnespējas kontroles dienests',
      'Maksātnespējas kontroles dienesta',
      'Maksātnespējas kontroles dienestam',
      'Maksātnespējas kontroles dienestu',
      'Maksātnespējas kontroles dienestā',
    ),
  ],
  csdd: [
    f(
      'Valsts akciju sabiedrība “Ceļu satiksmes drošības direkcija”',
      'Valsts akciju sabiedrības “Ceļu satiksmes drošības direkcija”',
      'Valsts akciju sabiedrībai “Ceļu satiksmes drošības direkcija”',
      'Valsts akciju sabiedrību “Ceļu satiksmes drošības direkcija”',
      'Valsts akciju sabiedrībā “Ceļu satiksmes drošības direkcija”',
    ),
  ],
  prosoff: [
    f(
      'Zemgales tiesas apgabala prokuratūra',
      'Zemgales tiesas apgabala prokuratūras',
      'Zemgales tiesas apgabala prokuratūrai',
      'Zemgales tiesas apgabala prokuratūru',
      'Zemgales tiesas apgabala prokuratūrā',
    ),
    f(
      'Rīgas pilsētas Latgales priekšpilsētas prokuratūra',
      'Rīgas pilsētas Latgales priekšpilsētas prokuratūras',
      'Rīgas pilsētas Latgales priekšpilsētas prokuratūrai',
      'Rīgas pilsētas Latgales priekšpilsētas prokuratūru',
      'Rīgas pilsētas Latgales priekšpilsētas prokuratūrā',
    ),
    f(
      'Vidzemes tiesas apgabala prokuratūra',
      'Vidzemes tiesas apgabala prokuratūras',
      'Vidzemes tiesas apgabala prokuratūrai',
      'Vidzemes tiesas apgabala prokuratūru',
      'Vidzemes tiesas apgabala prokuratūrā',
    ),
  ],
  registry: [
    f(
      'Rīgas pilsētas Dzimtsarakstu nodaļa',
      'Rīgas pilsētas Dzimtsarakstu nodaļas',
      'Rīgas pilsētas Dzimtsarakstu nodaļai',
      'Rīgas pilsētas Dzimtsarakstu nodaļu',
      'Rīgas pilsētas Dzimtsarakstu nodaļā',
    ),
    f(
      'Bauskas novada Dzimtsarakstu nodaļa',
      'Bauskas novada Dzimtsarakstu nodaļas',
      'Bauskas novada Dzimtsarakstu nodaļai',
      'Bauskas novada Dzimtsarakstu nodaļu',
      'Bauskas novada Dzimtsarakstu nodaļā',
    ),
  ],
};

/** Courts a `blind` ruling names besides its own (kept as courts). */
export const BLIND_COURTS: Record<string, Forms[]> = {
  senateK: [
    f(
      'Augstākās tiesas Senāta Krimināllietu departaments',
      'Augstākās tiesas Senāta Krimināllietu departamenta',
      'Augstākās tiesas Senāta Krimināllietu departamentam',
      'Augstākās tiesas Senāta Krimināllietu departamentu',
      'Augstākās tiesas Senāta Krimināllietu departamentā',
    ),
  ],
  senateA: [
    f(
      'Augstākās tiesas Senāta Administratīvo lietu departaments',
      'Augstākās tiesas Senāta Administratīvo lietu departamenta',
      'Augstākās tiesas Senāta Administratīvo lietu departamentam',
      'Augstākās tiesas Senāta Administratīvo lietu departamentu',
      'Augstākās tiesas Senāta Administratīvo lietu departamentā',
    ),
  ],
  admfirst: [
    f(
      'Administratīvā rajona tiesa',
      'Administratīvās rajona tiesas',
      'Administratīvajai rajona tiesai',
      'Administratīvo rajona tiesu',
      'Administratīvajā rajona tiesā',
    ),
  ],
  admappeal: [ADMIN_APPEAL_COURT],
  land: [
    f(
      'Zemgales rajona tiesas Bauskas zemesgrāmatu nodaļa',
      'Zemgales rajona tiesas Bauskas zemesgrāmatu nodaļas',
      'Zemgales rajona tiesas Bauskas zemesgrāmatu nodaļai',
      'Zemgales rajona tiesas Bauskas zemesgrāmatu nodaļu',
      'Zemgales rajona tiesas Bauskas zemesgrāmatu nodaļā',
    ),
    f(
      'Rīgas rajona tiesas zemesgrāmatu nodaļa',
      'Rīgas rajona tiesas zemesgrāmatu nodaļas',
      'Rīgas rajona tiesas zemesgrāmatu nodaļai',
      'Rīgas rajona tiesas zemesgrāmatu nodaļu',
      'Rīgas rajona tiesas zemesgrāmatu nodaļā',
    ),
    f(
      'Vidzemes rajona tiesas Madonas zemesgrāmatu nodaļa',
      'Vidzemes rajona tiesas Madonas zemesgrāmatu nodaļas',
      'Vidzemes rajona tiesas Madonas zemesgrāmatu nodaļai',
      'Vidzemes rajona tiesas Madonas zemesgrāmatu nodaļu',
      'Vidzemes rajona tiesas Madonas zemesgrāmatu nodaļā',
    ),
  ],
};

/** Statutes of the `blind` split's stories, per ruling type and scenario (see ./templates-blind.ts). */
export const BLIND_ARTICLES: Record<string, FinalArticle[]> = {
  // theft from a garage, threats to kill in the family, driving while drunk
  criminal_first: [
    { law: 'Krimināllikuma', article: 175, parts: [2, 3] },
    { law: 'Krimināllikuma', article: 132, parts: [] },
    { law: 'Krimināllikuma', article: 262, parts: [1, 2] },
  ],
  // cassation on a fraud conviction, appeal on an assault, a complaint in a pre-trial proceeding
  criminal_appeal: [
    { law: 'Krimināllikuma', article: 177, parts: [2, 3] },
    { law: 'Krimināllikuma', article: 130, parts: [1] },
    { law: 'Krimināllikuma', article: 180, parts: [1, 2] },
  ],
  // divorce and maintenance, a right of way over a neighbour's land, a person's insolvency
  civil: [
    { law: 'Civillikuma', article: 72, parts: [] },
    { law: 'Civillikuma', article: 1231, parts: [] },
    { law: 'Maksātnespējas likuma', article: 130, parts: [] },
  ],
  // a declared residence annulled, a municipal flat refused, a cassation complaint on compensation
  administrative: [
    { law: 'Dzīvesvietas deklarēšanas likuma', article: 12, parts: [1] },
    { law: 'likuma “Par palīdzību dzīvokļa jautājumu risināšanā”', article: 14, parts: [1] },
    { law: 'Administratīvā procesa likuma', article: 338, parts: [1] },
  ],
  // speeding caught by a camera, a dog without a lead, fishing without a licence
  administrative_offence: [
    { law: 'Ceļu satiksmes likuma', article: 57, parts: [1, 2] },
    { law: 'Dzīvnieku aizsardzības likuma', article: 72, parts: [1] },
    { law: 'Zvejniecības likuma', article: 22, parts: [2] },
  ],
};

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

// ---- the `probe` split ---------------------------------------------------------------------------

/** Banks named in `probe` rulings (companies, must-keep). */
export const BANKS_PROBE: string[] = [
  'AS “Signet Bank”',
  'Luminor Bank AS Latvijas filiāle',
  'AS “Swedbank”',
  'AS “Citadele banka”',
];

/** Insurers named in `probe` rulings (companies, must-keep): {FIRM.insurer}. */
export const FIRMS_PROBE: Record<string, string[]> = {
  insurer: ['AAS “BALTA”', '“ERGO Insurance” SE Latvijas filiāle', 'AAS “Compensa Vienna Insurance Group”'],
};

/** Institutions of the `probe` split (must-keep), by what they do in the story; one of each kind per ruling. */
export const ORGS_PROBE: Record<string, Forms[]> = {
  prosoff: [
    f(
      'Latgales tiesas apgabala prokuratūra',
      'Latgales tiesas apgabala prokuratūras',
      'Latgales tiesas apgabala prokuratūrai',
      'Latgales tiesas apgabala prokuratūru',
      'Latgales tiesas apgabala prokuratūrā',
    ),
    f(
      'Madonas rajona prokuratūra',
      'Madonas rajona prokuratūras',
      'Madonas rajona prokuratūrai',
      'Madonas rajona prokuratūru',
      'Madonas rajona prokuratūrā',
    ),
    f(
      'Rīgas Ziemeļu prokuratūra',
      'Rīgas Ziemeļu prokuratūras',
      'Rīgas Ziemeļu prokuratūrai',
      'Rīgas Ziemeļu prokuratūru',
      'Rīgas Ziemeļu prokuratūrā',
    ),
  ],
  bt: [
    f(
      'Balvu novada bāriņtiesa',
      'Balvu novada bāriņtiesas',
      'Balvu novada bāriņtiesai',
      'Balvu novada bāriņtiesu',
      'Balvu novada bāriņtiesā',
    ),
    f(
      'Preiļu novada bāriņtiesa',
      'Preiļu novada bāriņtiesas',
      'Preiļu novada bāriņtiesai',
      'Preiļu novada bāriņtiesu',
      'Preiļu novada bāriņtiesā',
    ),
  ],
  muni: [
    f(
      'Madonas novada pašvaldība',
      'Madonas novada pašvaldības',
      'Madonas novada pašvaldībai',
      'Madonas novada pašvaldību',
      'Madonas novada pašvaldībā',
    ),
    f(
      'Aizkraukles novada pašvaldība',
      'Aizkraukles novada pašvaldības',
      'Aizkraukles novada pašvaldībai',
      'Aizkraukles novada pašvaldību',
      'Aizkraukles novada pašvaldībā',
    ),
  ],
  build: [
    f(
      'Madonas novada būvvalde',
      'Madonas novada būvvaldes',
      'Madonas novada būvvaldei',
      'Madonas novada būvvaldi',
      'Madonas novada būvvaldē',
    ),
    f(
      'Aizkraukles novada būvvalde',
      'Aizkraukles novada būvvaldes',
      'Aizkraukles novada būvvaldei',
      'Aizkraukles novada būvvaldi',
      'Aizkraukles novada būvvaldē',
    ),
  ],
  customs: [
    f(
      'Valsts ieņēmumu dienesta Muitas pārvalde',
      'Valsts ieņēmumu dienesta Muitas pārvaldes',
      'Valsts ieņēmumu dienesta Muitas pārvaldei',
      'Valsts ieņēmumu dienesta Muitas pārvaldi',
      'Valsts ieņēmumu dienesta Muitas pārvaldē',
    ),
  ],
  vmd: [
    f(
      'Valsts meža dienesta Austrumlatgales virsmežniecība',
      'Valsts meža dienesta Austrumlatgales virsmežniecības',
      'Valsts meža dienesta Austrumlatgales virsmežniecībai',
      'Valsts meža dienesta Austrumlatgales virsmežniecību',
      'Valsts meža dienesta Austrumlatgales virsmežniecībā',
    ),
    f(
      'Valsts meža dienesta Centrālvidzemes virsmežniecība',
      'Valsts meža dienesta Centrālvidzemes virsmežniecības',
      'Valsts meža dienesta Centrālvidzemes virsmežniecībai',
      'Valsts meža dienesta Centrālvidzemes virsmežniecību',
      'Valsts meža dienesta Centrālvidzemes virsmežniecībā',
    ),
  ],
  police: [
    f(
      'Valsts policijas Latgales reģiona pārvalde',
      'Valsts policijas Latgales reģiona pārvaldes',
      'Valsts policijas Latgales reģiona pārvaldei',
      'Valsts policijas Latgales reģiona pārvaldi',
      'Valsts policijas Latgales reģiona pārvaldē',
    ),
    f(
      'Valsts policijas Vidzemes reģiona pārvaldes Madonas iecirknis',
      'Valsts policijas Vidzemes reģiona pārvaldes Madonas iecirkņa',
      'Valsts policijas Vidzemes reģiona pārvaldes Madonas iecirknim',
      'Valsts policijas Vidzemes reģiona pārvaldes Madonas iecirkni',
      'Valsts policijas Vidzemes reģiona pārvaldes Madonas iecirknī',
    ),
  ],
};

/** Other courts a `probe` ruling names (kept as courts). */
export const PROBE_COURTS: Record<string, Forms[]> = {
  admappeal: [ADMIN_APPEAL_COURT],
};

/** Statutes of the `probe` split's stories, per ruling type and scenario (see ./templates-probe.ts). */
export const PROBE_ARTICLES: Record<string, FinalArticle[]> = {
  // laundering a phone fraud's proceeds through one's own account, cigarette smuggling
  criminal_first: [
    { law: 'Krimināllikuma', article: 195, parts: [1, 2] },
    { law: 'Krimināllikuma', article: 190, parts: [2, 3] },
  ],
  // breaching a protection order against violence, consumer loans taken in another person's name
  criminal_appeal: [
    { law: 'Krimināllikuma', article: '168.¹', parts: [1] },
    { law: 'Krimināllikuma', article: 177, parts: [2, 3] },
  ],
  // a compulsory share of an inheritance, damages after a road accident
  civil: [
    { law: 'Civillikuma', article: 423, parts: [] },
    { law: 'Civillikuma', article: 2347, parts: [] },
  ],
  // a neighbour's building permit, the customs value of an imported car
  administrative: [
    { law: 'Būvniecības likuma', article: 14, parts: [2] },
    { law: 'Savienības Muitas kodeksa', article: 70, parts: [1] },
  ],
  // cigarettes over the allowance at the border, felling without a felling certificate
  administrative_offence: [
    { law: 'Muitas likuma', article: 82, parts: [1] },
    { law: 'Meža likuma', article: 47, parts: [1, 2] },
  ],
};

// ---- the `exam` split ----------------------------------------------------------------------------

/** Banks named in `exam` rulings (companies, must-keep). */
export const BANKS_EXAM: string[] = [
  'AS “Swedbank”',
  'AS “SEB banka”',
  'AS “Citadele banka”',
  'Luminor Bank AS Latvijas filiāle',
  'AS “BluOr Bank”',
];

/** Companies an `exam` story names by what they do (must-keep): {FIRM.victim}, {FIRM.scrap}… */
export const FIRMS_EXAM: Record<string, string[]> = {
  // the company whose barn was broken into (in insolvency)
  victim: ['SIA “Nīkrāces Agro”', 'SIA “Zūru Piensaimniecība”', 'SIA “Lejaskurzemes Lopkopis”'],
  scrap: ['SIA “Metāllūžņu Centrs”', 'SIA “Kurzemes Metāls”', 'SIA "Krāsaino Metālu Pieņemšana"'],
  // the defendant's sole proprietorship (a company, must-keep)
  ik: ['IK “Jumtu Meistars”', 'IK “Skārda Darbi”', 'IK “Ziemeļu Jumiķis”'],
  assoc: [
    'dzīvokļu īpašnieku biedrība “Dzintarkrasts”',
    'biedrība “Mājas Pavasaris”',
    'biedrība “Kopā Mājās”',
  ],
  platform: ['Bolt Operations OÜ', 'SIA “Forus Taxi”'],
};

/** Institutions of the `exam` split (must-keep), by what they do in the story; one of each kind per ruling. */
export const ORGS_EXAM: Record<string, Forms[]> = {
  prosoff: [
    f(
      'Kurzemes tiesas apgabala prokuratūra',
      'Kurzemes tiesas apgabala prokuratūras',
      'Kurzemes tiesas apgabala prokuratūrai',
      'Kurzemes tiesas apgabala prokuratūru',
      'Kurzemes tiesas apgabala prokuratūrā',
    ),
    f(
      'Vidzemes tiesas apgabala prokuratūra',
      'Vidzemes tiesas apgabala prokuratūras',
      'Vidzemes tiesas apgabala prokuratūrai',
      'Vidzemes tiesas apgabala prokuratūru',
      'Vidzemes tiesas apgabala prokuratūrā',
    ),
    f(
      'Rīgas Latgales priekšpilsētas prokuratūra',
      'Rīgas Latgales priekšpilsētas prokuratūras',
      'Rīgas Latgales priekšpilsētas prokuratūrai',
      'Rīgas Latgales priekšpilsētas prokuratūru',
      'Rīgas Latgales priekšpilsētas prokuratūrā',
    ),
  ],
  vdi: [
    f(
      'Valsts darba inspekcija',
      'Valsts darba inspekcijas',
      'Valsts darba inspekcijai',
      'Valsts darba inspekciju',
      'Valsts darba inspekcijā',
    ),
  ],
  csdd: [
    f(
      'VAS “Ceļu satiksmes drošības direkcija”',
      'VAS “Ceļu satiksmes drošības direkcija”',
      'VAS “Ceļu satiksmes drošības direkcija”',
      'VAS “Ceļu satiksmes drošības direkcija”',
      'VAS “Ceļu satiksmes drošības direkcija”',
    ),
  ],
  pvd: [
    f(
      'Pārtikas un veterinārā dienesta Ziemeļkurzemes pārvalde',
      'Pārtikas un veterinārā dienesta Ziemeļkurzemes pārvaldes',
      'Pārtikas un veterinārā dienesta Ziemeļkurzemes pārvaldei',
      'Pārtikas un veterinārā dienesta Ziemeļkurzemes pārvaldi',
      'Pārtikas un veterinārā dienesta Ziemeļkurzemes pārvaldē',
    ),
    f(
      'Pārtikas un veterinārā dienesta Ziemeļvidzemes pārvalde',
      'Pārtikas un veterinārā dienesta Ziemeļvidzemes pārvaldes',
      'Pārtikas un veterinārā dienesta Ziemeļvidzemes pārvaldei',
      'Pārtikas un veterinārā dienesta Ziemeļvidzemes pārvaldi',
      'Pārtikas un veterinārā dienesta Ziemeļvidzemes pārvaldē',
    ),
  ],
  vp: [f('Valsts policija', 'Valsts policijas', 'Valsts policijai', 'Valsts policiju', 'Valsts policijā')],
  edu: [
    f(
      'Rīgas valstspilsētas pašvaldības Izglītības, kultūras un sporta departaments',
      'Rīgas valstspilsētas pašvaldības Izglītības, kultūras un sporta departamenta',
      'Rīgas valstspilsētas pašvaldības Izglītības, kultūras un sporta departamentam',
      'Rīgas valstspilsētas pašvaldības Izglītības, kultūras un sporta departamentu',
      'Rīgas valstspilsētas pašvaldības Izglītības, kultūras un sporta departamentā',
    ),
    f(
      'Limbažu novada Izglītības pārvalde',
      'Limbažu novada Izglītības pārvaldes',
      'Limbažu novada Izglītības pārvaldei',
      'Limbažu novada Izglītības pārvaldi',
      'Limbažu novada Izglītības pārvaldē',
    ),
  ],
  vvd: [
    f(
      'Valsts vides dienesta Ventspils reģionālā vides pārvalde',
      'Valsts vides dienesta Ventspils reģionālās vides pārvaldes',
      'Valsts vides dienesta Ventspils reģionālajai vides pārvaldei',
      'Valsts vides dienesta Ventspils reģionālo vides pārvaldi',
      'Valsts vides dienesta Ventspils reģionālajā vides pārvaldē',
    ),
    f(
      'Valsts vides dienesta Lielrīgas reģionālā vides pārvalde',
      'Valsts vides dienesta Lielrīgas reģionālās vides pārvaldes',
      'Valsts vides dienesta Lielrīgas reģionālajai vides pārvaldei',
      'Valsts vides dienesta Lielrīgas reģionālo vides pārvaldi',
      'Valsts vides dienesta Lielrīgas reģionālajā vides pārvaldē',
    ),
  ],
};

/** Other courts an `exam` ruling names (kept as courts). */
export const EXAM_COURTS: Record<string, Forms[]> = {
  admappeal: [ADMIN_APPEAL_COURT],
  supreme: [SUPREME_COURT_FORMS],
};

/** Statutes of the `exam` split's stories, per ruling type and scenario (see ./templates-exam.ts). */
export const EXAM_ARTICLES: Record<string, FinalArticle[]> = {
  criminal_first: [
    { law: 'Krimināllikuma', article: 175, parts: [2, 3] },
    { law: 'Krimināllikuma', article: 146, parts: [1] },
  ],
  criminal_appeal: [
    { law: 'Krimināllikuma', article: 275, parts: [1, 2] },
    { law: 'Krimināllikuma', article: 230, parts: [1] },
  ],
  civil: [
    { law: 'Civillikuma', article: '2352.¹', parts: [] },
    { law: 'Civillikuma', article: 188, parts: [] },
  ],
  administrative: [
    { law: 'Ieroču aprites likuma', article: 23, parts: [1] },
    { law: 'Izglītības likuma', article: 17, parts: [3] },
  ],
  administrative_offence: [
    { law: 'Aizsargjoslu likuma', article: '36.¹', parts: [1] },
    { law: 'Autopārvadājumu likuma', article: '47.¹', parts: [1, 2] },
  ],
};

// ---- the `verify` split --------------------------------------------------------------------------

/** Companies a `verify` story names by what they do (must-keep): {FIRM.bar}, {FIRM.build}… */
export const FIRMS_VERIFY: Record<string, string[]> = {
  insurer: ['AAS “BTA Baltic Insurance Company”', 'ADB “Gjensidige”', 'AAS “Balta”'],
  bank: ['AS “Swedbank”', 'AS “Citadele banka”', 'AS “SEB banka”'],
  employer: [
    'SIA “Preiļu Loģistika”',
    'SIA “Ērgļu Kokapstrāde”',
    'AS “Daugavpils Lokomotīvju Remonta Rūpnīca”',
  ],
};

/** Institutions of the `verify` split (must-keep), by what they do in the story; one of each kind per ruling. */
export const ORGS_VERIFY: Record<string, Forms[]> = {
  prosoff: [
    f(
      'Latgales tiesas apgabala prokuratūra',
      'Latgales tiesas apgabala prokuratūras',
      'Latgales tiesas apgabala prokuratūrai',
      'Latgales tiesas apgabala prokuratūru',
      'Latgales tiesas apgabala prokuratūrā',
    ),
    f(
      'Zemgales tiesas apgabala prokuratūra',
      'Zemgales tiesas apgabala prokuratūras',
      'Zemgales tiesas apgabala prokuratūrai',
      'Zemgales tiesas apgabala prokuratūru',
      'Zemgales tiesas apgabala prokuratūrā',
    ),
    f(
      'Rīgas Ziemeļu prokuratūra',
      'Rīgas Ziemeļu prokuratūras',
      'Rīgas Ziemeļu prokuratūrai',
      'Rīgas Ziemeļu prokuratūru',
      'Rīgas Ziemeļu prokuratūrā',
    ),
  ],
  vugd: [
    f(
      'Valsts ugunsdzēsības un glābšanas dienests',
      'Valsts ugunsdzēsības un glābšanas dienesta',
      'Valsts ugunsdzēsības un glābšanas dienestam',
      'Valsts ugunsdzēsības un glābšanas dienestu',
      'Valsts ugunsdzēsības un glābšanas dienestā',
    ),
  ],
  vsaa: [
    f(
      'Valsts sociālās apdrošināšanas aģentūra',
      'Valsts sociālās apdrošināšanas aģentūras',
      'Valsts sociālās apdrošināšanas aģentūrai',
      'Valsts sociālās apdrošināšanas aģentūru',
      'Valsts sociālās apdrošināšanas aģentūrā',
    ),
  ],
  nva: [
    f(
      'Nodarbinātības valsts aģentūra',
      'Nodarbinātības valsts aģentūras',
      'Nodarbinātības valsts aģentūrai',
      'Nodarbinātības valsts aģentūru',
      'Nodarbinātības valsts aģentūrā',
    ),
  ],
  orphans: [
    f(
      'Preiļu novada bāriņtiesa',
      'Preiļu novada bāriņtiesas',
      'Preiļu novada bāriņtiesai',
      'Preiļu novada bāriņtiesu',
      'Preiļu novada bāriņtiesā',
    ),
    f(
      'Madonas novada bāriņtiesa',
      'Madonas novada bāriņtiesas',
      'Madonas novada bāriņtiesai',
      'Madonas novada bāriņtiesu',
      'Madonas novada bāriņtiesā',
    ),
    f('Rīgas bāriņtiesa', 'Rīgas bāriņtiesas', 'Rīgas bāriņtiesai', 'Rīgas bāriņtiesu', 'Rīgas bāriņtiesā'),
  ],
  social: [
    f(
      'Preiļu novada Sociālais dienests',
      'Preiļu novada Sociālā dienesta',
      'Preiļu novada Sociālajam dienestam',
      'Preiļu novada Sociālo dienestu',
      'Preiļu novada Sociālajā dienestā',
    ),
    f(
      'Rīgas Sociālais dienests',
      'Rīgas Sociālā dienesta',
      'Rīgas Sociālajam dienestam',
      'Rīgas Sociālo dienestu',
      'Rīgas Sociālajā dienestā',
    ),
  ],
  munpol: [
    f(
      'Rīgas valstspilsētas pašvaldības policija',
      'Rīgas valstspilsētas pašvaldības policijas',
      'Rīgas valstspilsētas pašvaldības policijai',
      'Rīgas valstspilsētas pašvaldības policiju',
      'Rīgas valstspilsētas pašvaldības policijā',
    ),
    f(
      'Daugavpils valstspilsētas pašvaldības policija',
      'Daugavpils valstspilsētas pašvaldības policijas',
      'Daugavpils valstspilsētas pašvaldības policijai',
      'Daugavpils valstspilsētas pašvaldības policiju',
      'Daugavpils valstspilsētas pašvaldības policijā',
    ),
  ],
  vp: [
    f(
      'Valsts policijas Latgales reģiona pārvalde',
      'Valsts policijas Latgales reģiona pārvaldes',
      'Valsts policijas Latgales reģiona pārvaldei',
      'Valsts policijas Latgales reģiona pārvaldi',
      'Valsts policijas Latgales reģiona pārvaldē',
    ),
    f(
      'Valsts policijas Rīgas reģiona pārvalde',
      'Valsts policijas Rīgas reģiona pārvaldes',
      'Valsts policijas Rīgas reģiona pārvaldei',
      'Valsts policijas Rīgas reģiona pārvaldi',
      'Valsts policijas Rīgas reģiona pārvaldē',
    ),
  ],
  octa: [
    f(
      'Latvijas Transportlīdzekļu apdrošinātāju birojs',
      'Latvijas Transportlīdzekļu apdrošinātāju biroja',
      'Latvijas Transportlīdzekļu apdrošinātāju birojam',
      'Latvijas Transportlīdzekļu apdrošinātāju biroju',
      'Latvijas Transportlīdzekļu apdrošinātāju birojā',
    ),
  ],
};

/** Other courts a `verify` ruling names (kept as courts). */
export const VERIFY_COURTS: Record<string, Forms[]> = {
  admappeal: [ADMIN_APPEAL_COURT],
  supreme: [SUPREME_COURT_FORMS],
};

/** Statutes of the `verify` split's stories, per ruling type and scenario (see ./templates-verify.ts). */
export const VERIFY_ARTICLES: Record<string, FinalArticle[]> = {
  criminal_first: [
    { law: 'Krimināllikuma', article: 323, parts: [1] },
    { law: 'Krimināllikuma', article: 185, parts: [2] },
  ],
  criminal_appeal: [
    { law: 'Krimināllikuma', article: 300, parts: [1] },
    { law: 'Krimināllikuma', article: '132.¹', parts: [1] },
  ],
  civil: [
    { law: 'Civillikuma', article: 1036, parts: [] },
    { law: 'Civillikuma', article: 1934, parts: [] },
  ],
  administrative: [
    { law: 'likuma “Par apdrošināšanu bezdarba gadījumam”', article: 7, parts: [1] },
    { law: 'Civillikuma', article: 203, parts: [] },
  ],
  administrative_offence: [
    { law: 'Ugunsdrošības un ugunsdzēsības likuma', article: 42, parts: [1, 2] },
    {
      law: 'Sauszemes transportlīdzekļu īpašnieku civiltiesiskās atbildības obligātās apdrošināšanas likuma',
      article: 46,
      parts: [1],
    },
  ],
};
