/**
 * Ruling templates of the `heldout` split: the same kinds of ruling, written with other phrasings,
 * another ordering of the parts, other ways of introducing and referring to people (surname first
 * in capitals, "(turpmāk – …)" definitions, possessives, initials, relatives), and other identifier
 * formats. Never used to tune the anonymiser; quality is measured here.
 */
import type { TemplateSet } from './templates.ts';

const header = [
  `LATVIJAS REPUBLIKAS TIESA\n{COURT.nom}\n\nLieta Nr. {CASE}\nECLI identifikators: {ECLI}\n\n{SPEC}\n\n{SEAT}, {DATE.decision.num}\n\n`,
  `{ECLI}\n\n{COURT.nom}\n{SPEC}\nLatvijas Republikas vārdā\n{DATE.decision.loc}, {SEAT}\nlietā Nr. {CASE}\n\n`,
];

const criminalComposition = [
  `Tiesas sastāvs: sēdes {JUDGE.g:priekšsēdētājs|priekšsēdētāja} – {JUDGE.role.nom} {JUDGE.full.nom}; sēdes protokolē {SEC.role.nom} {SEC.full.nom}. Valsts apsūdzību uztur {PROS.role.nom} {PROS.full.nom}. Aizstāvību nodrošina {ADV.role.nom} {ADV.full.nom}.\n\nIzskatīta krimināllieta par apsūdzētā {D.capsur.gen} saukšanu pie kriminālatbildības.\n\n`,
  `Krimināllietu atklātā sēdē izskatīja {JUDGE.role.nom} {JUDGE.init.nom}. Piedalās: {PROS.role.nom} {PROS.init.nom}, advokāts {ADV.full.nom}, {D.role.nom} {D.full.nom} (turpmāk – arī {D.role.nom}), {V.role.nom} {V.full.nom}.\n\n`,
];

const criminalIntro = [
  `Apsūdzētā persona:\n{D.capsur.nom}, p.k. {D.code}, dzim. {D.birth.num}., dzīvesvietas adrese {D.fulladdr}, kontakttālrunis {D.phone},\n– apsūdzēta pēc {ART.gen}.\n\n`,
  `{D.birth.loc} dzimušais {D.full.nom} (personas kods: {D.code}), kura faktiskā dzīvesvieta ir {D.addr.loc}, {D.city.loc}, tiek apsūdzēts noziedzīgā nodarījumā, kas paredzēts {ART.loc}.\n\n`,
];

const criminalFacts = [
  `Apsūdzības būtība\n\n{D.init.nom}, {DATE.offence.loc}, ap pusnakti, atrodoties pie veikala {COMPANY} ieejas, piekāva tur esošo {V.full.acc}, kurš centās {D.sur.acc} nomierināt. {V.given.nom} {V.g:guva|guva} sejas sasitumus. Policija {D.sur.acc} aizturēja tajā pašā vakarā {V.addr.loc}.\n\n`,
  `Apsūdzības būtība\n\nPirmstiesas izmeklēšanā konstatēts, ka {D.sur.nom} {DATE.offence.loc}, izmantojot {V.sur.gen} uzticēšanos, no {V.g:viņa|viņas} bankas konta {V.iban} pārskaitīja uz sev piederošo kontu {D.iban} naudas līdzekļus {AMOUNT.damage} apmērā. Naudu {D.sur.nom} izlietoja savām vajadzībām.\n\n`,
  `Apsūdzības būtība\n\n{DATE.offence.loc} {D.full.nom} vadīja {D.g:sev|sev} piederošo automašīnu {D.plate}, būdams alkohola reibumā (konstatētas 2,1 promiles). Automašīnā atradās arī {D.g:viņa|viņas} {R.role.nom} {R.full.nom}.\n\n`,
];

const criminalDefendant = [
  `{D.capsonly.nom} liecībā tiesā norādīja, ka nožēlo notikušo. Jautāts par motīviem, {D.g:viņš|viņa} atbildēja, ka nav varējis savaldīties, jo {V.sur.nom} {D.g:viņu|viņu} esot apvainojis.\n\n`,
  `Savās liecībās apsūdzētā persona vainu neatzina. Pēc {D.sur.gen} teiktā, naudu {V.sur.nom} {D.g:viņam|viņai} esot aizdevis labprātīgi. Šī versija nav apstiprinājusies.\n\n`,
];

const criminalVictim = [
  `Tiesā nopratinātā cietušā puse – {V.full.nom} – apstiprināja pirmstiesas procesā sniegtās liecības. Cietušo var sazināties pa e-pastu {V.email}. {V.given.nom} {V.sur.nom} pieteica kaitējuma kompensāciju {AMOUNT.damage}, ko lūdza ieskaitīt kontā {V.iban}.\n\n`,
  `Kā norādīja {V.role.nom} {V.init.nom}, uzbrukums bijis negaidīts. {V.sur.gen} māsa {R.full.nom}, kura dzīvo {R.addr.loc}, pēc notikuma {V.sur.acc} aizveda uz slimnīcu.\n\n`,
];

const criminalWitness = [
  `Nopratināts tika arī {W.full.nom} ({W.role.nom}), kurš apliecināja, ka redzēja {D.sur.acc} notikuma vietā. {W.capsonly.nom} liecību tiesa atzīst par ticamu.\n\n`,
  `{X.full.nom} tiesā apstiprināja, ka {D.full.nom} {DATE.offence.loc} pie {X.g:viņa|viņas} ieradies iereibis. {X.sur.gen} tālruņa numurs {X.phone} fiksēts notikuma vietas protokolā.\n\n`,
  `Liecinieka statusā nopratinātais {W.full.nom}, {W.birth.loc} dzimis, liecināja, ka {D.sur.nom} pazīst no darba.\n\n`,
];

const criminalEvidence = [
  `Pierādījumi\n\nApsūdzētā vainu pierāda: notikuma vietas apskates protokols, {INST.gen} {DATE.report.gen} izziņa, kā arī {D.sur.gen} mobilā telefona ({D.phone}) datu izdruka. {D.sur.gen} transportlīdzekļa {D.plate} reģistrācijas apliecība pievienota lietai.\n\n`,
  `Pierādījumi\n\nLietā ir ekspertīzes atzinums, kurā konstatēts, ka {V.sur.dat} nodarīti viegli miesas bojājumi. Tāpat lietā ir {D.sur.gen} personas apliecības Nr. {D.doc} kopija.\n\n`,
];

const criminalAssessment = [
  `Tiesas vērtējums\n\nNodarījuma kvalifikācija pēc {ART.gen} ir pareiza. Soda noteikšanā tiek ņemts vērā, ka {D.init.nom} ir {D.g:sodīts|sodīta} iepriekš, strādā, apgādībā ir nepilngadīgs bērns. {LAW.Krimināllikuma 48. panta pirmās daļas} 1. punktā minētais atbildību pastiprinošais apstāklis nav konstatēts.\n\n`,
  `Tiesas vērtējums\n\n{ART.nom} paredz sodu ar brīvības atņemšanu vai īslaicīgu brīvības atņemšanu, vai probācijas uzraudzību, vai piespiedu darbu, vai naudas sodu. Apsūdzētā {D.capsonly.gen} personību raksturojošie dati ir pozitīvi.\n\n`,
];

const criminalFiller = [
  `Nevainīguma prezumpcija nozīmē, ka ikviens uzskatāms par nevainīgu, iekams viņa vaina nav atzīta saskaņā ar likumu. Pierādīšanas pienākums gulstas uz apsūdzības uzturētāju, un apsūdzētajam nav jāpierāda sava nevainība. Tiesas uzdevums ir pārbaudīt, vai apsūdzības uzturētāja iesniegtie pierādījumi ir pietiekami, lai bez saprātīgām šaubām atzītu personas vainu, un vai tie iegūti likumīgā ceļā, ievērojot procesuālās garantijas.\n\n`,
  `Atbilstoši Kriminālprocesa likuma 127. panta pirmajai daļai par pierādījumiem var būt jebkuras ziņas par faktiem, kas iegūtas likumā noteiktajā procesuālajā kārtībā un noteiktā procesuālajā formā. Apsūdzības uzturētājs tiesas sēdē pierādījumus pārbaudīja, un aizstāvība tiem nav iebildusi, tāpēc tiesa tos atzīst par attiecināmiem, pieļaujamiem un ticamiem.\n\n`,
  `Eiropas Cilvēktiesību tiesa ir atzinusi, ka tiesības uz taisnīgu tiesu ietver arī pienākumu pietiekami pamatot nolēmumu. Tiesa tādēļ izvērtē katru apsūdzības un aizstāvības argumentu, kas var ietekmēt lietas iznākumu, un norāda iemeslus, kādēļ argumentu pieņem vai noraida.\n\n`,
];

const criminalDecision = [
  `Rezolutīvā daļa\n\nPamatojoties uz Kriminālprocesa likuma 511.–515. un 517. pantu, tiesa nosprieda:\n{D.capsur.acc} atzīt par vainīgu pēc {ART.gen} un noteikt sodu – brīvības atņemšanu uz 8 mēnešiem nosacīti ar pārbaudes laiku uz 1 gadu. Piedzīt no {D.capsonly.gen} kompensāciju {AMOUNT.damage} par labu {V.capsonly.dat}.\n\n`,
  `Rezolutīvā daļa\n\nTiesa nosprieda atzīt {D.full.acc} ({D.code}) par vainīgu un sodīt ar naudas sodu {AMOUNT.fine}. Naudas sodu samaksāt Valsts kasē. Lietisko pierādījumu – {D.sur.gen} telefonu – atdot īpašniekam.\n\n`,
];

const notice = [
  `Spriedumu var pārsūdzēt 10 dienu laikā no pilna sprieduma pieejamības dienas – {DATE.appeal.gen}.\n\n`,
  `Nolēmums pārsūdzams likumā noteiktajā kārtībā. Pilns nolēmums pieejams {DATE.appeal.loc}.\n\n`,
];

const signature = [
  `Sēdes {JUDGE.g:priekšsēdētājs|priekšsēdētāja}\t{JUDGE.full.nom}\n`,
  `(paraksts) {JUDGE.init.nom}, {JUDGE.role.nom}\n`,
];

const appealComposition = [
  `Tiesnešu kolēģija: tiesneši {JUDGE.init.nom}, {JUDGE2.init.nom} un {JUDGE3.init.nom}; prokurors {PROS.full.nom}; aizstāvis – {ADV.role.nom} {ADV.full.nom}.\n\nIzskatīta {D.full.gen} apelācijas sūdzība par {LOWER.gen} {DATE.lower.gen} spriedumu.\n\n`,
  `Kolēģijas sastāvs: {JUDGE.role.nom} referents {JUDGE.full.nom}, {JUDGE2.role.nom} {JUDGE2.full.nom}, {JUDGE3.role.nom} {JUDGE3.full.nom}. Krimināllietā apsūdzētā {D.capsonly.gen} apelācija par {LOWER.gen} spriedumu.\n\n`,
];
const appealLower = [
  `Pirmās instances nolēmums\n\n{LOWER.nom} ar {DATE.lower.gen} spriedumu atzina {D.full.acc} (p.k. {D.code}) par vainīgu pēc {ART.gen}. Tiesa konstatēja, ka {D.init.nom} {DATE.offence.loc} nodarījis kaitējumu {V.full.dat}, {V.birth.loc} dzimušai personai.\n\n`,
  `Pirmās instances nolēmums\n\nSpriedums pasludināts {DATE.lower.loc}. Ar to {D.capsonly.nom} sodīts par {ART.gen} paredzēto noziedzīgo nodarījumu, bet {V.sur.gen} kaitējuma kompensācijas prasība apmierināta daļēji.\n\n`,
];
const appealArgs = [
  `Apelācijas sūdzības argumenti\n\n{D.sur.nom} uzskata, ka sods ir nesamērīgi bargs. Sūdzībā norādīts, ka {D.g:viņa|viņas} {R.role.nom} {R.full.nom} ir smagi slima un {D.sur.nom} par viņu rūpējas.\n\n`,
  `Apelācijas sūdzības argumenti\n\nAizstāvība apšauba liecinieka {W.full.gen} liecību ticamību, jo {W.sur.nom} notikuma laikā atradies vairāk nekā 50 metru attālumā. Tāpat norādīts, ka {X.full.nom} ir {V.sur.gen} kolēģe.\n\n`,
];
const appealProsecutor = [
  `Prokurora viedoklis\n\nProkurors {PROS.init.nom} lūdza sūdzību noraidīt kā nepamatotu.\n\n`,
  `Valsts apsūdzības uzturētājs uzskata, ka {D.capsonly.gen} sūdzība nav pamatota, jo pierādījumi ir pietiekami.\n\n`,
];
const appealReasoning = [
  `Kolēģijas secinājumi\n\nKolēģija piekrīt pirmās instances tiesas vērtējumam. {W.sur.gen} un {X.sur.gen} liecības ir savstarpēji saskanīgas. Nav pamata uzskatīt, ka {V.given.nom} {V.sur.nom} būtu apsūdzētajam apzināti kaitējis.\n\n`,
  `Kolēģijas secinājumi\n\nPārbaudījusi lietas materiālus, kolēģija atzīst, ka {D.full.gen} apelācijas sūdzībā minētie argumenti neietekmē lietas iznākumu. {D.sur.gen} personību raksturojošie dati pirmās instances tiesā izvērtēti.\n\n`,
];
const appealDecision = [
  `Kolēģija nolēma: {LOWER.gen} {DATE.lower.gen} spriedumu attiecībā uz {D.capsur.acc} atstāt negrozītu. Lēmums nav pārsūdzams.\n\n`,
  `Kolēģija nolēma: spriedumu atcelt daļā par sodu un noteikt {D.capsonly.dat} naudas sodu {AMOUNT.fine}. Kasācijas sūdzību var iesniegt 10 dienu laikā.\n\n`,
];

const civilComposition = [
  `Tiesas sastāvs: {JUDGE.role.nom} {JUDGE.full.nom}. Lietas dalībnieki: prasītāja puse – {D.full.nom}, {D.g:kuru|kuru} pārstāv {ADV.role.nom} {ADV.full.nom}; atbildētāja puse – {V.full.nom}.\n\nCivillieta par zaudējumu atlīdzību.\n\n`,
  `Izskatīta civillieta pēc {D.full.gen} (turpmāk – prasītājs) prasības pret {V.full.acc} (turpmāk – atbildētājs) par līgumsoda piedziņu. Tiesa – {JUDGE.role.nom} {JUDGE.init.nom}.\n\n`,
];
const civilClaim = [
  `Prasības pamatojums\n\n{DATE.contract.loc} puses noslēdza dzīvokļa {D.addr.loc} īres līgumu. {V.full.nom} (p.k. {V.code}) apņēmās maksāt īri, pārskaitot to uz {D.sur.gen} kontu {D.iban}. Kopš {DATE.offence.gen} īre nav maksāta, parāds sasniedz {AMOUNT.debt}.\n\n`,
  `Prasības pamatojums\n\nPrasītājam pieder zemesgabals (kadastra apzīmējums {D.cad}) {D.addr.loc}. {V.g:Kaimiņš|Kaimiņiene} {V.sur.nom} bez saskaņošanas uzbūvēja šķūni, kas daļēji atrodas uz {D.sur.gen} zemes. Zaudējumi novērtēti {AMOUNT.debt} apmērā.\n\n`,
];
const civilDefence = [
  `Atbildētāja iebildumi\n\n{V.capsonly.nom} prasību neatzīst. {V.g:Viņš|Viņa} norāda, ka {D.sur.nom} solījis īres maksu samazināt. Atbildētāja puses kontakti: {V.email}, {V.phone}.\n\n`,
  `Atbildētāja iebildumi\n\nAtbildētājs uzskata, ka robeža noteikta kļūdaini. {V.sur.nom} lūdz pieaicināt mērnieku un norāda uz sava zemesgabala kadastra numuru {V.cad}.\n\n`,
];
const civilWitness = [
  `{^X.role.gen} {X.full.gen} liecība: {X.g:viņš|viņa} vairākkārt {X.g:redzējis|redzējusi}, kā {V.sur.nom} nodod naudu {D.sur.dat}. Liecinieka {W.full.gen} liecība to neapstiprina.\n\n`,
  `{W.full.nom}, puses {D.sur.gen} brālēns, tiesā liecināja, ka īres līguma noteikumi mutiski netika grozīti.\n\n`,
];
const civilReasoning = [
  `Tiesas motīvi\n\n{ART.nom} noteic pušu pienākumu pildīt līgumu. {V.sur.nom} nav pierādījis, ka līgums būtu grozīts. Tādēļ prasība apmierināma. Tiesāšanās izdevumi {AMOUNT.costs} piedzenami no atbildētāja.\n\n`,
  `Tiesas motīvi\n\nPiemērojot {ART.acc}, tiesa secina, ka zaudējumi ir radušies atbildētāja darbības dēļ. {D.full.gen} prasījums ir pamatots.\n\n`,
];
const civilFiller = [
  `Līgumu saistību izpildes pienākums izriet no līgumu saistošā spēka principa, kas nozīmē, ka pusēm ir jāpilda tas, ko tās apsolījušas. Civiltiesisko attiecību stabilitāte prasa, lai šo principu ievērotu, un tikai likumā paredzētos gadījumos līdzēju pienākumi var tikt grozīti vai izbeigti bez otras puses piekrišanas. Tiesa nekonstatē apstākļus, kas ļautu atkāpties no šī principa.\n\n`,
  `Pierādīšanas nasta civilprocesā ir sadalīta starp pusēm atbilstoši sacīkstes principam. Puse, kura atsaucas uz kādu faktu, to pierāda, un tiesa nevāc pierādījumus pēc savas iniciatīvas, izņemot likumā noteiktos gadījumus. Tiesa pārbaudīja pušu iesniegtos pierādījumus un atzina tos par attiecināmiem.\n\n`,
];
const civilDecision = [
  `Rezolutīvā daļa\n\nTiesa nosprieda: piedzīt no {V.capsur.gen} (p.k. {V.code}) par labu {D.capsur.dat} {AMOUNT.debt}, kā arī tiesāšanās izdevumus {AMOUNT.costs}. Spriedumu var pārsūdzēt {LOWER.dat} divdesmit dienu laikā.\n\n`,
  `Rezolutīvā daļa\n\nPrasību noraidīt. Atmaksāt {D.sur.dat} drošības naudu {AMOUNT.costs}, pārskaitot to uz kontu {D.iban}.\n\n`,
];

const adminComposition = [
  `Tiesa: {JUDGE.role.nom} {JUDGE.full.nom}. Administratīvā lieta pēc {D.capsur.gen} (turpmāk – pieteicējs) pieteikuma par {INST.gen} lēmumu.\n\n`,
  `Tiesnesis {JUDGE.init.nom} rakstveida procesā izskatīja lietu, kurā pieteikumu iesniegusi privātpersona {D.full.nom} (personas kods {D.code}); atbildētāja – Latvijas Republika {INST.gen} personā.\n\n`,
];
const adminFacts = [
  `Lietas apstākļi\n\n{D.sur.nom} {DATE.report.loc} lūdza reģistrēt {D.g:viņa|viņas} dzīvesvietu {D.addr.loc}. Iestāde to atteica, jo ēkai ar kadastra numuru {D.cad} nav nodošanas ekspluatācijā akta. Pieteicēja kontaktinformācija: {D.phone}, {D.email}.\n\n`,
  `Lietas apstākļi\n\nPieteicējam {DATE.report.loc} tika atteikta uzturēšanās atļaujas pagarināšana. Pieteicēja {D.docwordgen} numurs {D.doc}. {D.capsonly.nom} pamatoja iesniegumu ar to, ka {D.g:viņa|viņas} sieva {R.full.nom} ir Latvijas pilsone.\n\n`,
];
const adminInstitution = [
  `Iestādes viedoklis\n\n{INST.nom} uzskata, ka {D.sur.gen} iesniegums pamatoti noraidīts. Pārbaudē piedalījās arī kaimiņiene {W.full.nom}, kura apliecināja, ka mājā neviens nedzīvo.\n\n`,
  `Iestādes viedoklis\n\nIestāde norāda, ka {D.given.nom} {D.sur.nom} nav iesniedzis pierādījumus par ģimenes saitēm ar {R.sur.acc}.\n\n`,
];
const adminReasoning = [
  `Tiesas vērtējums\n\nSaskaņā ar {ART.acc} tiesa pārbauda akta tiesiskumu. Tiesa konstatē, ka {W.sur.gen} sniegtā informācija ir pretrunīga, tāpēc nevar būt par pamatu atteikumam. Pieteikums apmierināms.\n\n`,
  `Tiesas vērtējums\n\nIestāde pamatoti secinājusi, ka {D.sur.nom} neatbilst tiesiskajiem priekšnoteikumiem. {ART.nom} neparedz izņēmumus.\n\n`,
];
const adminFiller = [
  `Samērīguma princips prasa, lai iestādes rīcība, ierobežojot privātpersonas tiesības, būtu piemērota leģitīmā mērķa sasniegšanai, nepieciešama, tas ir, mērķi nevar sasniegt ar privātpersonu mazāk ierobežojošiem līdzekļiem, un atbilstoša, proti, labums, ko iegūst sabiedrība, ir lielāks par privātpersonas tiesībām nodarīto kaitējumu.\n\n`,
  `Tiesiskās paļāvības princips aizsargā privātpersonas, kuras, paļaujoties uz iestādes rīcību, izlietojušas savas tiesības. Tomēr paļāvība nav aizsargājama, ja privātpersona pati sniegusi nepatiesas ziņas vai ja tās paļāvība nav bijusi pamatota.\n\n`,
];
const adminDecision = [
  `Rezolutīvā daļa\n\nTiesa nosprieda: pieteikumu apmierināt, atcelt {INST.gen} lēmumu un uzdot iestādei izvērtēt {D.capsonly.gen} iesniegumu atkārtoti. Valsts nodevu {AMOUNT.costs} atmaksāt.\n\n`,
  `Rezolutīvā daļa\n\nNoraidīt {D.capsur.gen} pieteikumu. Spriedums pārsūdzams Administratīvajā apgabaltiesā.\n\n`,
];

const apComposition = [
  `Tiesnesis {JUDGE.full.nom} izskatīja lietu par administratīvo pārkāpumu, ko izdarījis {D.full.nom} (p.k. {D.code}, dzīvesvieta {D.fulladdr}).\n\n`,
  `Lietu izskatīja {JUDGE.role.nom} {JUDGE.init.nom}. Sūdzību iesniedzis {D.capsur.nom} par {INST.gen} {DATE.report.gen} lēmumu, ar kuru uzlikts naudas sods {AMOUNT.fine}.\n\n`,
];
const apFacts = [
  `Lietas apstākļi\n\nPēc protokola datiem {D.init.nom} {DATE.offence.loc} ar automašīnu {D.plate} šķērsoja krustojumu pie aizliedzoša luksofora signāla. Protokolu sastādīja Valsts policijas inspektors {W.full.nom}. Vadītāja apliecības vietā {D.sur.nom} uzrādīja {D.docword} Nr. {D.doc}.\n\n`,
  `Lietas apstākļi\n\n{DATE.offence.loc} {D.full.nom} novietoja transportlīdzekli {D.plate} stāvēšanai aizliegtā vietā. Pārkāpumu fiksēja pašvaldības policists {W.full.nom}.\n\n`,
];
const apExplanation = [
  `Personas paskaidrojumi\n\n{D.sur.nom} norāda, ka automašīnu tobrīd vadīja {D.g:viņa|viņas} brālis {R.full.nom}, kura mob. tālr. ir {R.phone}.\n\n`,
  `Personas paskaidrojumi\n\n{D.capsonly.nom} pārkāpumu atzīst, bet lūdz ņemt vērā smago finansiālo stāvokli.\n\n`,
];
const apReasoning = [
  `Tiesas vērtējums\n\n{W.sur.gen} sastādītais protokols un videoieraksts apliecina pārkāpumu. {R.sur.gen} piedalīšanās nav pierādīta. Saskaņā ar {ART.acc} sods ir pamatots.\n\n`,
  `Tiesas vērtējums\n\nTiesa atzīst, ka {D.sur.nom} pārkāpumu izdarījis, un ņem vērā, ka {D.g:viņš|viņa} to atzīst.\n\n`,
];
const apDecision = [
  `Tiesa nolēma: {D.capsur.dat} uzlikt naudas sodu {AMOUNT.fine}. Lēmums nav pārsūdzams.\n\n`,
  `Tiesa nolēma: {INST.gen} lēmumu atcelt un lietvedību izbeigt. Lēmums nav pārsūdzams.\n\n`,
];

const spec = (s: string): string[] => header.map((h) => h.replace('{SPEC}', s));

export const HELDOUT: TemplateSet = {
  criminal_first: [
    { variants: spec('SPRIEDUMS') },
    { variants: criminalComposition },
    { variants: criminalIntro },
    { variants: criminalFacts },
    { variants: criminalVictim },
    { variants: criminalDefendant },
    { variants: criminalWitness },
    { variants: criminalWitness, optional: 0.6 },
    { variants: criminalFiller },
    { variants: criminalEvidence },
    { variants: criminalAssessment },
    { variants: criminalFiller, optional: 0.5 },
    { variants: criminalDecision },
    { variants: notice },
    { variants: signature },
  ],
  criminal_appeal: [
    { variants: spec('LĒMUMS') },
    { variants: appealComposition },
    { variants: appealLower },
    { variants: appealArgs },
    { variants: criminalFiller },
    { variants: appealProsecutor },
    { variants: appealReasoning },
    { variants: criminalFiller, optional: 0.6 },
    { variants: appealDecision },
    { variants: signature },
  ],
  civil: [
    { variants: spec('SPRIEDUMS') },
    { variants: civilComposition },
    { variants: civilClaim },
    { variants: civilDefence },
    { variants: civilWitness },
    { variants: civilFiller },
    { variants: civilReasoning },
    { variants: civilFiller, optional: 0.6 },
    { variants: civilDecision },
    { variants: signature },
  ],
  administrative: [
    { variants: spec('SPRIEDUMS') },
    { variants: adminComposition },
    { variants: adminFacts },
    { variants: adminInstitution },
    { variants: adminFiller },
    { variants: adminReasoning },
    { variants: adminFiller, optional: 0.6 },
    { variants: adminDecision },
    { variants: signature },
  ],
  administrative_offence: [
    { variants: spec('LĒMUMS') },
    { variants: apComposition },
    { variants: apFacts },
    { variants: apExplanation },
    { variants: apReasoning },
    { variants: criminalFiller, optional: 0.5 },
    { variants: apDecision },
    { variants: notice },
    { variants: signature },
  ],
};
