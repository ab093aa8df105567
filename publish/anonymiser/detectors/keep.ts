/**
 * What must stay readable even when it looks like a name: companies and organisations with a quoted
 * name (SIA “Kalniņi”, AS “Latvijas Gāze”, biedrība “Ozoli”, OÜ “Põhja Kaubandus”), statute
 * references ("Dzīvnieku aizsardzības likuma 72. panta"), ECLI identifiers and case numbers.
 * Officials acting in office are recognised in ./names.ts, from their role words.
 */
export interface KeepSpan {
  start: number;
  end: number;
  kind: 'company' | 'ecli' | 'case_number' | 'statute' | 'vehicle_model' | 'institution';
}

const RE_COMPANY = new RegExp(
  '(?<![\\p{L}])(?:SIA|AS|IK|ZS|KS|PS|SabS|VSIA|VAS|[Bb]iedrīb(?:a|as|ai|u|ā)|[Nn]odibinājum(?:s|a|am|u|ā)|' +
    '[Ss]abiedrīb(?:a|as|ai|u|ā) ar ierobežotu atbildību|[Aa]kciju sabiedrīb(?:a|as|ai|u|ā)|[Ii]ndividuāl(?:ais|ā|ajam|o) komersant(?:s|a|am|u))' +
    '\\s*[“"„«][^”"“»\\n]{1,80}[”"“»]',
  'gu',
);
// Companies registered abroad, with their own legal form before or after the quoted name
// (OÜ “Põhja Kaubandus”, UAB „Vilniaus prekyba”, “Nordic Trade” GmbH, “Baltic Foods” Sp. z o.o.).
const FOREIGN_FORM =
  '(?:OÜ|AS|UAB|AB|Oy|OY|Oyj|GmbH|AG|KG|SE|ApS|A/S|ASA|BV|B\\.V\\.|NV|SRL|S\\.A\\.|SA|Ltd\\.?|LLC|Inc\\.?|PLC|plc|OOO|ООО|TOV|ТОВ|Sp\\. ?z ?o\\.o\\.|s\\.r\\.o\\.|Kft\\.?)';
const RE_FOREIGN_COMPANY = new RegExp(
  `(?<![\\p{L}])${FOREIGN_FORM}\\s*[“"„«][^”"“»\\n]{1,80}[”"“»]|[“"„«][^”"“»\\n]{1,80}[”"“»],?\\s*${FOREIGN_FORM}(?![\\p{L}])`,
  'gu',
);
// A vehicle's make and model: quoted after a vehicle word (automašīnu “Škoda Octavia”, markas “Opel
// Astra”), or a known make's name and the model after it (automašīna Volkswagen Passat).
const MAKE =
  '(?:Audi|BMW|Citroen|Citroën|Dacia|Fiat|Ford|Honda|Hyundai|Jaguar|Jeep|Kia|Lada|Lexus|Mazda|Mercedes(?:-Benz)?|Mitsubishi|Nissan|Opel|Peugeot|Porsche|Renault|Saab|Seat|Škoda|Skoda|Subaru|Suzuki|Tesla|Toyota|Volkswagen|VW|Volvo|Iveco|Scania|MAN|DAF)';
const RE_VEHICLE_MODEL = new RegExp(
  `(?<=(?:[Aa]utomašīn|[Tt]ransportlīdzek|[Mm]otocikl|[Mm]opēd|[Kk]ravas auto|[Mm]ark|[Mm]odel)\\p{L}*\\s+|a/m\\s+)` +
    `(?:[“"„«][^”"“»\\n]{1,40}[”"“»]|${MAKE}(?: (?:\\d[\\p{L}\\d-]*|\\p{Lu}[\\p{Lu}\\d-]*|\\p{Lu}[\\p{Ll}\\d-]*(?= [\\p{Ll}\\d,.;])))?)(?![\\p{L}])`,
  'gu',
);
// Statute references: a law's or code's title (capitalised genitives and lower-case words: "Dzīvnieku
// aizsardzības likuma", "Latvijas Administratīvo pārkāpumu kodeksa", "Krimināllikuma", "Satversmes"),
// a quoted title ("likuma „Par policiju”") and the article ("32.¹ panta", "130. pantam", "72. panta
// 1. daļas"). Title words must look like genitives, so "Ozols pārkāpa likumu" is not a statute.
const GEN_CAP = '\\p{Lu}\\p{Ll}*(?:as|es|ās|ēs|us|u|a|ā|o|ības|šanas)';
const GEN_LOW = '\\p{Ll}+(?:as|es|ās|ēs|us|u|o|ības|šanas|a|ā)';
// In the nominative or accusative ("likums", "likumu") a lower-case word ending in -a may be a verb
// ("Bērziņa ievēroja likumu"): only the plainer genitive endings count there.
const GEN_LOW_STRICT = '\\p{Ll}+(?:as|es|ās|ēs|u|ības|šanas)';
const LAW_OBLIQUE =
  '(?:likum(?:a|am|ā|os|iem)|kodeks(?:a|am|ā)|nolikum(?:a|am|ā)|noteikum(?:u|os|iem)|konvencij(?:as|ai|ā)|direktīv(?:as|ai|ā)|regul(?:as|ai|ā))';
const LAW_DIRECT =
  '(?:likum(?:s|u|i)|kodeks(?:s|u)|nolikum(?:s|u)|noteikumi|konvencij(?:a|u)|direktīv(?:a|u)|regul(?:a|u))';
const LAW_WORD = `(?:${LAW_OBLIQUE}|${LAW_DIRECT})`;
const ARTICLE =
  '(?: \\d{1,4}(?:\\.[\\u00b9\\u00b2\\u00b3\\u2070-\\u2079]+|\\.\\d{1,2})?\\.?[\\u00b9\\u00b2\\u00b3\\u2070-\\u2079]*\\.?\\s(?:pant|punkt|daļ|nodaļ|sadaļ|pielikum)\\p{L}*)?';
const RE_STATUTE = new RegExp(
  `(?<![\\p{L}])(?:(?:${GEN_CAP} ){1,3}(?:(?:${GEN_LOW} ){0,4}${LAW_OBLIQUE}|(?:${GEN_LOW_STRICT} ){0,4}${LAW_DIRECT})|\\p{Lu}\\p{Ll}*(?:likum|kodeks)\\p{Ll}*|Satversm(?:e|es|ei|i|ē)|${LAW_WORD}(?= [„“"«]))` +
    `(?: [„“"«][^”"“»\\n]{1,100}[”"“»])?${ARTICLE}(?![\\p{L}])`,
  'gu',
);
// Bodies: a capitalised name and a chain of genitives or agreeing adjectives before the body's noun
// in any case — government and municipal bodies, ministries, services, inspectorates, courts, hospitals,
// schools ("Valsts ieņēmumu dienests", "Patērētāju tiesību aizsardzības centram", "Augšzemes novada
// bāriņtiesā", "Rīgas 94. vidusskolas", "Lietuvas Republikas Augstākā tiesa"). The word before the
// noun must be a genitive or an adjective, so "Jānis Ozols policijā" is a person at the police.
const BODY_NOUN =
  '(?:dienest|policij|ministrij|inspekcij|centr|direkcij|robežsardz|bāriņties|nodaļ|pašvaldīb|pārvald|prokuratūr|slimnīc|vidusskol|pamatskol|skol|ģimnāzij|aģentūr|reģistr|komisij|biroj|dom(?:e|es|ei|ē)(?![\\p{L}])|universitāt|koledž|klīnik|departament|padom|kriminālpolicij|robežsardz|institūt|muzej|bibliotēk|teātr)\\p{Ll}*';
// Lower-case words of a body's name: genitives (nouns' -as, -es, -u, -ības, -šanas) and definite
// adjectives by their suffixes (klīniskā, reģionālā, Augstākā) — not verbs (ieradās, strādā), nor the
// nouns of a statement made to a body ("Ozola liecība tiesai").
const LOW =
  '(?!(?:liecīb|iesniegum|sūdzīb|paskaidrojum|pieteikum|vēstul|ziņojum|prasīb|lūgum|apsūdzīb|vain|sav|viņ|man|tav|mūs|šo|to|kād)\\p{Ll}*(?![\\p{L}]))(?:\\p{Ll}+(?:as|es|ēs|u|ību|ības|šanas)|\\p{Ll}+(?:isk|āl|ār|īg|āk|ēj|ij|ien|al)(?:ā|ās|ais|ajā|ajai|ajam)|valsts|pašvaldības)';
const CHAIN_WORD = `(?:\\p{Lu}[\\p{L}-]*|\\d{1,3}\\.|${LOW})`;
// Right before the noun: a lower-case genitive or adjective, an ordinal, "Valsts", or a capitalised
// plural genitive or adjective ("Dzimtsarakstu", "Augstākā") — never a person's genitive (Ozola, Liepas).
const BEFORE_NOUN = `(?:\\p{Lu}[\\p{L}-]*(?:u|ā|ās|ais|ajā)|Valsts|\\d{1,3}\\.|${LOW})`;
const RE_BODY = new RegExp(
  `(?<![\\p{L}])\\p{Lu}[\\p{L}-]*(?: ${CHAIN_WORD}){0,4}? ${BEFORE_NOUN} ${BODY_NOUN}(?![\\p{L}])`,
  'gu',
);
// Foreign courts and authorities named in their own language: Estonian (Tallinna Ringkonnakohus,
// Harju Maakohus), Lithuanian (Vilniaus apygardos teismas), Polish (Sąd Okręgowy w Warszawie), German
// (Amtsgericht Hamburg, Landgericht Berlin), and English ones (High Court of Justice).
const RE_FOREIGN_BODY = new RegExp(
  [
    '(?:\\p{Lu}\\p{L}+ )?\\p{Lu}\\p{L}*koh(?:us|tu|tus)(?![\\p{L}])',
    '(?:\\p{Lu}\\p{L}+ )(?:\\p{L}+ ){0,2}[Tt]eism(?:as|o|ui|e)(?![\\p{L}])',
    'Sąd(?: \\p{Lu}\\p{L}+){0,2}(?: (?:w|dla) \\p{Lu}\\p{L}+)?',
    '(?:Amts|Land|Oberlandes|Verwaltungs|Finanz|Arbeits|Sozial|Bundes|Bundesverfassungs)gericht(?:shof)?(?: \\p{Lu}\\p{L}+)?',
    "(?:High|Supreme|Crown|County|District|Magistrates'?) Court(?: of [\\p{L} ]{1,40}?)?(?=[,.;)]| \\p{Ll})",
  ].join('|'),
  'gu',
);
const RE_ECLI = /ECLI:[A-Z]{2}:[A-Z0-9]+:\d{4}:[A-Z0-9.]+/g;
const RE_CASE =
  /(?<![\p{L}\p{N}])(?:[A-Z]{1,3}\d{2,4}-\d{2,6}-\d{2}(?:\/[A-Z]\d{2})?|[A-Z]{1,4}-?\d{6,10}(?:\/\d{2})?|\d{11,14}\/\d{2})(?![\p{N}])/gu;

export function detectKeep(text: string): KeepSpan[] {
  const out: KeepSpan[] = [];
  for (const m of text.matchAll(RE_COMPANY))
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'company' });
  for (const m of text.matchAll(RE_FOREIGN_COMPANY))
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'company' });
  for (const m of text.matchAll(RE_STATUTE))
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'statute' });
  for (const m of text.matchAll(RE_VEHICLE_MODEL))
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'vehicle_model' });
  for (const re of [RE_BODY, RE_FOREIGN_BODY])
    for (const m of text.matchAll(re))
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'institution' });
  for (const m of text.matchAll(RE_ECLI))
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'ecli' });
  for (const m of text.matchAll(RE_CASE))
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'case_number' });
  return out;
}
