/**
 * Institution names for tests, built from the kinds a ruling names (government and municipal bodies,
 * ministries, services, inspectorates, foreign courts and authorities, hospitals, schools) and the
 * declension of their head noun, with invented attributes where a name needs one.
 */
type Forms = [nom: string, gen: string, dat: string, loc: string];

/** The head noun's forms by its ending (nominative → genitive, dative, locative). */
function decline(noun: string): Forms {
  const rules: Array<[RegExp, [string, string, string]]> = [
    [/s$/u, ['a', 'am', 'ā']],
    [/a$/u, ['as', 'ai', 'ā']],
    [/e$/u, ['es', 'ei', 'ē']],
  ];
  for (const [re, [g, d, l]] of rules)
    if (re.test(noun)) {
      const stem = noun.replace(re, '');
      return [noun, stem + g, stem + d, stem + l];
    }
  return [noun, noun, noun, noun];
}

// [words before the head noun, head noun]; the words before stay as they are in every case (genitive
// attributes) — adjectives agreeing with the noun are written out per case below.
const PLAIN: Array<[string, string]> = [
  ['Valsts ieņēmumu', 'dienests'],
  ['Valsts probācijas', 'dienests'],
  ['Valsts', 'policija'],
  ['Tieslietu', 'ministrija'],
  ['Iekšlietu', 'ministrija'],
  ['Veselības', 'inspekcija'],
  ['Valsts darba', 'inspekcija'],
  ['Patērētāju tiesību aizsardzības', 'centrs'],
  ['Ceļu satiksmes drošības', 'direkcija'],
  ['Valsts', 'robežsardze'],
  ['Zīļkalnes novada', 'bāriņtiesa'],
  ['Pededzes novada', 'bāriņtiesa'],
  ['Rīgas bāriņtiesas Ziemeļu', 'nodaļa'],
  ['Augšzemes novada Dzimtsarakstu', 'nodaļa'],
  ['Lejasmuižas pilsētas pašvaldības', 'policija'],
  ['Vecpils novada', 'pašvaldība'],
  ['Lietuvas Republikas Augstākā', 'tiesa'],
  ['Polijas Republikas', 'prokuratūra'],
  ['Rīgas Austrumu klīniskā universitātes', 'slimnīca'],
  ['Daugavkrasta reģionālā', 'slimnīca'],
  ['Rīgas 94.', 'vidusskola'],
  ['Lejasmuižas Valsts', 'ģimnāzija'],
  ['Zīļkalnes Mākslas', 'skola'],
  ['Valsts sociālās apdrošināšanas', 'aģentūra'],
  ['Nodarbinātības valsts', 'aģentūra'],
  ['Maksātnespējas kontroles', 'dienests'],
  ['Uzņēmumu', 'reģistrs'],
  ['Eiropas Cilvēktiesību', 'tiesa'],
  ['Igaunijas Republikas', 'policija'],
];
// Names written in the original language: indeclinable.
const FOREIGN = [
  'Vilniaus apygardos teismas',
  'Tallinna Ringkonnakohus',
  'Sąd Okręgowy w Warszawie',
  'Amtsgericht Hamburg',
];

export interface InstitutionVariant {
  text: string;
  institution: string;
}

export function institutionVariants(): InstitutionVariant[] {
  const out: InstitutionVariant[] = [];
  for (const [attr, noun] of PLAIN) {
    const [nom, gen, dat, loc] = decline(noun).map((f) => `${attr} ${f}`) as Forms;
    out.push(
      { text: `Pieteikumu izskatīja ${nom}, un Jānis Vītols to pārsūdzēja.`, institution: nom },
      { text: `${nom} 2023. gada 5. maijā pieņēma lēmumu.`, institution: nom },
      { text: `Ar ${gen} lēmumu Marta Zīle tika sodīta.`, institution: gen },
      { text: `Pieteicējs vērsās ${loc} ar iesniegumu.`, institution: loc },
      { text: `Apsūdzētais Andris Kalns nosūtīja vēstuli ${dat}.`, institution: dat },
      { text: `Pieteicēja strādā ${loc} par vecāko referenti.`, institution: loc },
      { text: `Dokumenti atrodas ${loc}, un tos var saņemt.`, institution: loc },
    );
  }
  for (const f of FOREIGN)
    out.push(
      { text: `Spriedumu pasludināja ${f}, un Petro Kovalenko to pārsūdzēja.`, institution: f },
      { text: `Lēmumu pieņēma ${f} 2022. gadā.`, institution: f },
    );
  return out;
}
