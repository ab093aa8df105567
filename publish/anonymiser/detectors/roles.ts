/**
 * Role words, matched by the start of a lowercased word so that every case and gender form counts
 * (tiesnese, tiesneses, tiesnesim; apsūdzētais, apsūdzētā, apsūdzētajam…).
 * Officials acting in office are kept readable; parties and other participants are hidden.
 */
export const OFFICIAL_ROLE_PREFIXES = [
  'tiesnes', 'tiesneš', 'prokuror', 'sekretār', 'advokāt', 'zvērināt', 'priekšsēdētāj', 'referent', 'aizstāv',
  'notār', 'izpildītāj', 'administrator', 'palīg', 'virsprokuror', 'tulk', 'senator', 'senatr',
];

export const PARTY_ROLE_PREFIXES = [
  'apsūdzēt', 'līdzapsūdzēt', 'cietuš', 'cietus', 'liecinie', 'prasītāj', 'atbildētāj', 'pieteicēj', 'notiesāt', 'aizdomās',
  'pilsoņ', 'pilson', 'sodītā', 'sodītais', 'sodītajam', 'sodītajai', 'sodīto', 'persona', 'personai', 'vīr', 'siev', 'māt', 'tēv', 'dēl', 'meit', 'brāl',
  'māsa', 'māsas', 'māsai', 'māsu', 'bērn', 'mazdēl', 'mazmeit', 'mantinie', 'mantiniec', 'parādniek', 'parādniec', 'kreditor',
  'īrniek', 'īrniec', 'izīrētāj', 'pircēj', 'pārdevēj', 'darbinie', 'kaimiņ', 'paziņ', 'draug', 'draudzen', 'pārstāv',
  'aizbildn', 'audžu', 'vadītāj', 'valdes', 'īpašniek', 'īpašniec', 'iesniedzēj', 'sūdzētāj', 'aizturēt', 'lietotāj',
  'apelant', 'nepilngadīg', 'mazgadīg', 'inspektor', 'policist', 'darba devēj', 'aizdevēj', 'aizņēmēj', 'galvinie',
  'atraitn', 'laulāt', 'kolēģis', 'kolēģe', 'kolēģa', 'kolēģim', 'kolēģei', 'vedekl', 'znot', 'krustmāt', 'krusttēv', 'onk', 'tant', 'vectēv', 'vecmām', 'līgavain',
  'dzīvesbiedr', 'partner', 'apsargs', 'apsardz', 'klient', 'pacient', 'skolniek', 'skolniec', 'students', 'studente',
  'pasažier', 'gājēj', 'braucēj', 'kurjer', 'pārdevēj', 'šofer', 'strādniek', 'ārst', 'medmās', 'biedr',
];

/** Lowercase words after a name that show the name belongs to a place or an institution. */
export const PLACE_NOUN_PREFIXES = [
  'iel', 'bulvār', 'prospekt', 'gatv', 'šosej', 'laukum', 'krastmal', 'alej', 'dambi', 'dambj', 'apgabaltiesa', 'pārvald', 'policij', 'dienest', 'prokuratūr', 'ministrij', 'pašvaldīb', 'dome', 'domes', 'novad', 'pagast',
  'pilsēt', 'slimnīc', 'skol', 'universitāt', 'iecirkn', 'birojs', 'biroja', 'bank', 'nodaļ', 'centr', 'aģentūr', 'inspekcij',
  'komisij', 'fond', 'muzej', 'teātr', 'baznīc', 'draudz', 'ciem', 'rajon', 'reģion', 'ezer', 'upe', 'upes', 'koledž', 'kapsēt',
  'stacij', 'tirg', 'park', 'klīnik', 'institūt', 'akadēmij', 'vidusskol', 'pamatskol', 'ģimnāzij', 'cietum', 'nams', 'nama',
  'prēmij', 'vārdā',
];

export function startsWithAny(lower: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (lower.startsWith(p)) return true;
  return false;
}
