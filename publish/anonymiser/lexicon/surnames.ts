/**
 * Surnames the anonymiser recognises, generated from rules rather than listed: Latvian surnames are
 * mostly a root (a tree, a place, an animal, a trade) plus a derivational suffix (Bērz-iņš, Egl-ītis,
 * Kalēj-s, Zvejniek-s), and Slavic surnames in Latvian form are a root plus -ovs/-evs/-skis/-ko.
 * Each rule gives the masculine nominative; the feminine one and every case follow from
 * ./declension.ts. Like the given names, the list only helps: unknown surnames are found from context.
 */
const LATVIAN_ROOTS = `
bērz ozol liep kļav egl priež lazd krūm zar lap sil pļav lauk kaln lej upe strauts akmen purv saul zvaigzn
vītol ābel kārkl pried apš ievas osis vīksn sūn rudz miež auz kvieš ziedon zied ziem vasar rudens avot ezer jūr
krast kāp smilt māl dārz sēt vārt tilt ceļ meldr niedr grīšļ lāc vilk vanag ērgļ žagar strazd zīl cīrul balož
dzen gulb stārķ pūc vārn kraukļ dzērv zaķ lūš bebr brieds āpš sesk kaķ sun zirg vērš aun buk kaz gail
kalēj galdniek zvejniek podniek mucinieks dravniek mežsarg skrodeļ kurpniek kučier jumik mūrniek
krauj grauds sprīd vējiņ lietiņ sniedz mākon pērkon zibens rīt vakar dien nakt gaiš tumš balt melns zaļ
sarkan zil brūn mazs liels garš īss vec jaun labs stiprs lēn ātr krast dzelz varš sudrab zelt alv
rozīt puķ magon rož lilij vizbul pien maiz medus vasks dzintar stikl kok zāl lap sakn stumbr
`
  .trim()
  .split(/\s+/);

const SLAVIC_ROOTS = `
ivan petr smirn popov sokol lebed kozl novik morozov volk alekseev pavl semjon fjodor kuzņec vasiļj
mihail nikolaj sergej andrej grigorj jegor zaharov orl golub jakovl baran belov tihon makar boriss
kovaļ ševčuk bondar tkač kravč melnik savč koval jurčenk
`
  .trim()
  .split(/\s+/);

/** Latvian derivational patterns: root + suffix → masculine nominative. */
const LATVIAN_SUFFIXES = [
  's',
  'iņš',
  'ītis',
  'ulis',
  'elis',
  'ēns',
  'ens',
  'nieks',
  'ājs',
  'ais',
  'ups',
  'āns',
];
const SLAVIC_SUFFIXES = ['ovs', 'evs', 'ins', 'skis', 'ičs', 'enko', 'uks'];

function clean(root: string): string {
  // Roots written in full (brieds, mazs, melns) lose their own ending before a suffix.
  return root.replace(/(s|š)$/, '').replace(/(is|us)$/, '');
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Well-known surnames that do not follow the simple root + suffix rules. */
const LISTED = `
Bērziņš Kalniņš Ozoliņš Jansons Ozols Liepiņš Krūmiņš Balodis Eglītis Zariņš Pētersons Vītols Kļaviņš Karklinš
Vanags Lācis Zeltiņš Sproģis Siliņš Apinis Šmits Jurevičs Grīnbergs Freimanis Dombrovskis Kariņš Kalējs Ābele
Sīle Strautiņš Kronbergs Skujiņš Zālītis Kazāks Zvirbulis Āboliņš Ķēniņš Ivanovs Petrovs Kuzņecovs Smirnovs
Vasiļjevs Popovs Sokolovs Fjodorovs Volkovs Lebedevs Kozlovs Novikovs Morozovs Jakovļevs Mihailovs Nikolajevs
Semjonovs Pavlovs Andrejevs Aleksejevs Grigorjevs Zaharovs Orlovs Sergejevs Jegorovs Bogdanovs Kovaļovs Tihonovs
Ševčenko Kovaļenko Bondarenko Tkačenko Kravčenko Savčenko Melņiks Ševčuks Kovaļevskis Višņevskis Zeļenskis
Kalniņa-Ozola Millers Smits Brauns Džonsons Vilsons Tomass Hofmanis Neilands Šulcs Veiss Fišers Bekers
Birznieks Dzenis Egle Priede Lapsa Kalns Bite Rozenbergs Rudzītis Lapiņš Lūsis Dārziņš Bērtulis Gailis Mežs
Briedis Zīle Grants Pauls Dzintars Gulbis Cīrulis Vilks Āboltiņš Celms Pūce Kļaviņa Auziņš Akmentiņš Cālītis
`
  .trim()
  .split(/\s+/);

/**
 * Surnames that are also ordinary words (Kalns, Ceļš, Labs, Lauks: root + -s): at the start of a
 * sentence such a word is more likely the word than the name.
 */
export function wordLikeSurnames(): string[] {
  return LATVIAN_ROOTS.map((r) => capital(clean(r) + 's'));
}

/** Masculine nominatives, sorted and unique. */
export function generateSurnames(): string[] {
  const out = new Set<string>(LISTED);
  for (const r of LATVIAN_ROOTS) for (const s of LATVIAN_SUFFIXES) out.add(capital(clean(r) + s));
  for (const r of SLAVIC_ROOTS) for (const s of SLAVIC_SUFFIXES) out.add(capital(clean(r) + s));
  return [...out].sort();
}
