/**
 * Ruling templates of the `final` split, written after the anonymiser had been tuned and looked at on
 * the `tune`, `heldout` and `sealed` splits, by someone who has not seen the anonymiser. Used only
 * for the final measurement: never tune on it, never read its misses to add rules.
 *
 * The rulings follow the parts of a real Latvian ruling (ievaddaļa, aprakstošā daļa, motīvu daļa,
 * rezolutīvā daļa) and their procedural phrasing (Kriminālprocesa likums, Civilprocesa likums,
 * Administratīvā procesa likums, Administratīvās atbildības likums). Sections with the same `align`
 * key tell one story (facts, testimony, reasoning and operative part of the same case). People appear
 * by role in all seven cases, by full name, surname, capitals, initials (a minor by initials only),
 * with relatives (brother or sister, parent, child, spouse; most share the family name), an
 * interpreter, an expert, a representative who is not an advocate, a third person, a guardian, heirs
 * and a deceased person. Officials acting in office (judges, prosecutors, court staff, sworn
 * advocates) are must-keep. Placeholders: see ./generate.ts (`placeholder`); persons D, V, W, X, R, T,
 * I, E, C (civil also H, M); officials JUDGE, JUDGE2, JUDGE3, PROS, SEC, ADV, ADV2, ASSIST.
 */
import type { Section, TemplateSet } from './templates.ts';

type Kind = 'criminal' | 'appeal' | 'civil' | 'administrative' | 'offence';

const CASE_WORD: Record<Kind, string> = {
  criminal: 'Krimināllieta',
  appeal: 'Krimināllieta',
  civil: 'Civillieta',
  administrative: 'Administratīvā lieta',
  offence: 'Administratīvā pārkāpuma lieta',
};

const header = (kind: Kind, title: string): Section => ({
  variants: [
    `{COURT.nom}\n${CASE_WORD[kind]} Nr. {CASE}\n{ECLI}\n\n${title}\nLatvijas Republikas vārdā\n\n{SEAT}, {DATE.decision.tight}\n\n`,
    `${title}\nLATVIJAS REPUBLIKAS VĀRDĀ\n\n{DATE.decision.num}\t\t\t{SEAT}\n\n${CASE_WORD[kind]} Nr. {CASE}, ECLI kods {ECLI}\n\n`,
    `ECLI kods: {ECLI}\n{COURT.nom}\n\n${title}\n\n{SEAT}\t\t\t\t{DATE.decision.loc}\n\n(${CASE_WORD[kind]} Nr. {CASE})\n\n`,
  ],
});

const signature: Section = {
  variants: [
    `{^JUDGE.role.nom}\t\t\t\t(paraksts)\t\t\t{JUDGE.initns.nom}\n`,
    `{^JUDGE.role.nom}\t\t{JUDGE.capssur.nom}\n\nNoraksts pareizs. {^ASSIST.role.nom} {ASSIST.surinit.nom}\n`,
    `{JUDGE.g:Tiesnesis|Tiesnese}\t{JUDGE.init.nom}\n`,
  ],
};

// ---- first-instance criminal ---------------------------------------------------------------------
// scenario 0: bodily injury in a flat; 1: money transferred from the victim's account; 2: road accident.

const crIntro: Section = {
  variants: [
    `{COURT.nom} šādā sastāvā: {JUDGE.role.nom} {JUDGE.full.nom}, ar {SEC.role.ins} {SEC.full.ins}, piedaloties {PROS.role.dat} {PROS.full.dat}, {D.g:apsūdzētajam|apsūdzētajai} {D.full.dat}, {D.g:viņa|viņas} {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.full.dat}, {V.g:cietušajam|cietušajai} {V.full.dat} un {I.role.dat} {I.full.dat}, atklātā tiesas sēdē izskatīja krimināllietu, kurā\n\n`,
    `{^JUDGE.role.nom} {JUDGE.full.nom}\n{^SEC.role.nom} {SEC.full.nom}\nValsts apsūdzības {PROS.g:uzturētājs|uzturētāja} – {PROS.role.nom} {PROS.full.nom} ({ORG.prosoff.nom})\n{ADV.g:Aizstāvis|Aizstāve} – {ADV.role.nom} {ADV.full.nom}\n{^I.role.nom} – {I.full.nom}\n\nTiesa, izskatījusi atklātā tiesas sēdē krimināllietu, kurā\n\n`,
    `Tiesa {JUDGE.role.gen} {JUDGE.full.gen} sastāvā, ar {SEC.role.ins} {SEC.full.ins}, piedaloties {ORG.prosoff.gen} {PROS.role.dat} {PROS.full.dat} un {ADV.role.dat} {ADV.full.dat}, kā arī {V.g:cietušā|cietušās} {T.g:pārstāvim|pārstāvei} pēc pilnvaras {T.full.dat}, izskatīja krimināllietu, kurā\n\n`,
  ],
};

const crAccused: Section = {
  variants: [
    `{D.caps.nom}, personas kods {D.code}, {D.g:dzimis|dzimusi} {D.birth.loc}, Latvijas {D.g:pilsonis|pilsone}, ar vidējo profesionālo izglītību, strādā {COMPANY} par noliktavas darbinieku, {D.g:precējies|precējusies}, apgādībā nepilngadīgs bērns, deklarētā dzīvesvieta: {D.fulladdr}, faktiskā dzīvesvieta: {D.fulladdr2}, iepriekš {D.g:nesodīts|nesodīta},\n\n{D.g:apsūdzēts|apsūdzēta} pēc {ART.gen}.\n\n`,
    `{D.capssur.nom} (personas kods {D.code}, dzimšanas datums: {D.birth.nom}), bez pastāvīgas darbavietas, {D.g:neprecējies|neprecējusies}, dzīvo {D.addr2.loc}, tālrunis {D.phone},\n– {D.g:apsūdzēts|apsūdzēta} noziedzīgā nodarījumā, kas paredzēts {ART.loc}.\n\n`,
    `{D.g:Apsūdzētais|Apsūdzētā}: {D.capsur.nom}, p. k. {D.code}, dzim. {D.birth.tight}, deklarētā adrese {D.addr.nom}, {D.postal}; {D.docword} Nr. {D.doc};\n{D.g:apsūdzēts|apsūdzēta} pēc {ART.gen}.\n\n`,
  ],
};

const crCharge: Section = {
  align: 'scenario',
  variants: [
    `Aprakstošā daļa\n\n[1] {D.full.nom} {D.g:apsūdzēts|apsūdzēta} tajā, ka {DATE.offence.tight}, ap plkst. 22.30, atrodoties dzīvoklī {V.addr.loc}, kur {D.g:viņš|viņa} ieradās pie {V.g:sava paziņas|savas paziņas} {V.full.gen}, savstarpēja konflikta laikā {D.sur.loc} radās noziedzīgs nodoms nodarīt {V.sur.dat} miesas bojājumus. Īstenojot savu nodomu, {D.sur.nom} ar dūri vairākas reizes iesita {V.full.dat} pa seju, nodarot {V.g:viņam|viņai} miesas bojājumus, kas pēc sava rakstura kvalificējami kā vidēja smaguma miesas bojājumi.\n\n`,
    `Aprakstošā daļa\n\n[1] {D.g:Apsūdzētajam|Apsūdzētajai} {D.initns.dat} inkriminēts, ka {DATE.offence.loc}, laikā no plkst. 14.00 līdz 15.10, {D.g:viņš|viņa}, izmantojot {V.full.gen} bankas kartes datus, bez {V.g:viņa|viņas} ziņas no {V.g:cietušā|cietušās} konta Nr. {V.iban}, kas atvērts {BANK}, pārskaitīja naudas līdzekļus {AMOUNT.damage} apmērā uz kontu Nr. {D.iban}, ko pēc tam izlietoja pēc saviem ieskatiem.\n\n`,
    `Aprakstošā daļa\n\n[1] Saskaņā ar apsūdzību {DATE.offence.loc}, vadot automašīnu “Volkswagen Passat” ar valsts reģistrācijas numuru {D.plate}, {D.full.nom} uz autoceļa netālu no {V.g:cietušā|cietušās} dzīvesvietas nenodrošināja drošu braukšanas ātrumu un uzbrauca gājējam {V.full.dat}, kā rezultātā {V.sur.dat} tika nodarīti vidēja smaguma miesas bojājumi. Automašīnā kopā ar {D.sur.ins} atradās {D.g:viņa|viņas} {R.role.nom} {R.full.nom}.\n\n`,
  ],
};

const crAccusedTestimony: Section = {
  align: 'scenario',
  variants: [
    `Motīvu daļa\n\n[2] {D.g:Apsūdzētais|Apsūdzētā} {D.init.nom} tiesas sēdē savu vainu inkriminētajā noziedzīgajā nodarījumā atzina pilnībā un liecināja, ka tovakar kopā ar {V.sur.ins} {D.g:lietojis|lietojusi} alkoholu. Strīds izcēlies par naudu, ko {V.sur.nom} bija {V.g:palicis|palikusi} parādā. Notikušo {D.g:viņš nožēlo un ir gatavs|viņa nožēlo un ir gatava} atlīdzināt nodarīto kaitējumu.\n\n`,
    `Motīvu daļa\n\n[2] {D.g:Apsūdzētā|Apsūdzētās} {D.capsonly.gen} liecības tika nolasītas tiesas sēdē, jo {D.g:viņš|viņa} izmantoja tiesības neliecināt. Pirmstiesas kriminālprocesā {D.sur.nom}, {D.g:nopratināts|nopratināta} ar {I.role.gen} {I.full.gen} palīdzību, vainu neatzina un paskaidroja, ka pārskaitījumus {D.g:veicis|veikusi} ar {V.sur.gen} atļauju.\n\n`,
    `Motīvu daļa\n\n[2] {D.g:Apsūdzētais|Apsūdzētā} {D.sur.nom} liecināja, ka gājēju {D.g:pamanījis|pamanījusi} pēdējā brīdī, jo ceļš bija slikti apgaismots. {D.g:Viņa|Viņas} {R.role.nom} {R.given.nom} to apstiprināja un norādīja, ka viņi braukuši ne ātrāk par 60 km/h.\n\n`,
  ],
};

const crVictim: Section = {
  align: 'scenario',
  variants: [
    `[3] {^V.role.nom} {V.full.nom} tiesas sēdē liecināja, ka {D.sur.acc} pazīst apmēram piecus gadus. Notikuma vakarā {D.sur.nom} {D.g:sācis|sākusi} kliegt: “{V.given.voc}, atdod naudu, citādi būs slikti!”, un tad {D.g:iesitis|iesitusi}. {V.sur.nom} pieteica kaitējuma kompensāciju {AMOUNT.damage}, ko lūdza pārskaitīt uz {V.g:viņa|viņas} kontu {V.iban}.\n\n`,
    `[3] {V.g:Cietušais|Cietusī} {V.capssur.nom} norādīja, ka par naudas pazušanu {V.g:uzzinājis|uzzinājusi} no bankas īsziņas uz tālruni {V.phone}. {V.g:Viņš|Viņa} nekavējoties bloķēja karti un vērsās policijā. {V.g:Cietušā|Cietušās} interesēs tiesas sēdē uzstājās {T.g:pārstāvis|pārstāve} pēc pilnvaras {T.full.nom}, {T.g:kurš|kura} uzturēja pieteikto kompensācijas prasību.\n\n`,
    `[3] {^V.role.dat} {V.surgiven.dat} pēc notikuma bija nepieciešama ārstēšanās slimnīcā. Tiesā {V.g:viņš|viņa} paskaidroja, ka joprojām nevar pilnvērtīgi strādāt. Pretenzijas pret {D.role.acc} {D.sur.acc} uzturēja arī {V.g:viņa|viņas} {T.g:pārstāvis|pārstāve} {T.full.nom}, {T.g:kura|kuras} e-pasta adrese saziņai ir {T.email}.\n\n`,
  ],
};

const crWitnesses: Section = {
  align: 'scenario',
  variants: [
    `[4] {W.g:Liecinieks|Lieciniece} {W.full.nom} liecināja, ka dzīvo kaimiņos, {W.addr.loc}, un notikuma vakarā {W.g:dzirdējis|dzirdējusi} troksni. Izejot kāpņu telpā, {W.g:viņš|viņa} {W.g:redzējis|redzējusi} {D.sur.acc} ar asiņainām rokām. Policiju izsaukusi {W.sur.gen} kaimiņiene.\n\n[5] {X.g:Liecinieks|Lieciniece} {X.surgiven.nom} apstiprināja, ka tajā vakarā {D.role.nom} {X.g:viņam|viņai} {D.g:zvanījis|zvanījusi} no tālruņa numura {D.phone} un {D.g:lūdzis|lūgusi} aizdot naudu.\n\n`,
    `[4] {W.g:Nopratināts|Nopratināta} liecinieka statusā, {W.full.nom} paskaidroja, ka ar {D.capsonly.ins} kopā strādājuši {COMPANY}. Par pārskaitījumiem {W.g:viņš|viņa} {W.g:uzzinājis|uzzinājusi} no paša {D.sur.gen}. {X.full.nom} liecību sniedza, izmantojot videokonferenci, un norādīja, ka {D.g:apsūdzēto|apsūdzēto} pazīst tikai pēc vārda.\n\n`,
    `[4] {C.g:Nepilngadīgā liecinieka|Nepilngadīgās liecinieces} {C.inits.gen} (dzim. {C.birth.num}.) liecība iegūta, piedaloties psihologam un {C.g:viņa|viņas} likumiskajam pārstāvim. {C.inits.nom} norādīja, ka {C.g:redzējis|redzējusi} automašīnu ar numuru {D.plate} braucam lielā ātrumā. {W.g:Liecinieks|Lieciniece} {W.init.nom} šo apstākli neapstiprināja.\n\n`,
  ],
};

const crExpert: Section = {
  align: 'scenario',
  optional: 0.8,
  variants: [
    `[6] Saskaņā ar tiesu medicīnas {E.g:eksperta|ekspertes} {E.full.gen} atzinumu {V.full.dat} konstatēts deguna kaula lūzums un sejas sasitumi, kas pēc sava rakstura kvalificējami kā vidēja smaguma miesas bojājumi. Tiesas sēdē {E.g:nopratinātais eksperts|nopratinātā eksperte} {E.surinit.nom} atzinumu uzturēja.\n\n`,
    `[6] Lietai pievienots {BANK} {DATE.report.gen} vēstules noraksts par darījumiem kontā {V.iban}, kā arī tiesu {E.g:eksperta|ekspertes} {E.caps.gen} atzinums par mobilā tālruņa {D.phone} satura izpēti.\n\n`,
    `[6] Autotehniskās ekspertīzes atzinumā, ko {E.g:sniedzis eksperts|sniegusi eksperte} {E.full.nom}, secināts, ka automašīnas {D.plate} bremžu sistēma bija tehniskā kārtībā un ka, braucot ar atļauto ātrumu, {D.g:vadītājam|vadītājai} bija iespēja sadursmi novērst. Atzinumu apstiprina arī notikuma vietas fotoattēli.\n\n`,
  ],
};

const crAssessment: Section = {
  align: 'scenario',
  variants: [
    `[7] Izvērtējot pārbaudītos pierādījumus to kopumā un savstarpējā sasaistē, tiesa atzīst, ka {D.full.gen} vaina inkriminētajā nodarījumā ir pierādīta un {D.g:viņa|viņas} darbības pareizi kvalificētas pēc {ART.gen}. Cietušā, liecinieku un eksperta liecības ir savstarpēji saskanīgas, un tām nav pamata neuzticēties.\n\n`,
    `[7] Tiesa atzīst par pierādītu, ka {D.sur.nom} {D.g:izdarījis|izdarījusi} noziedzīgu nodarījumu, kas paredzēts {ART.loc}. {D.g:Apsūdzētā|Apsūdzētās} versija par {V.sur.gen} piekrišanu ir atspēkota ar {W.g:liecinieka|liecinieces} {W.surinit.gen} liecību un bankas izziņām. Tiesa nekonstatē apstākļus, kas izslēgtu kriminālatbildību.\n\n`,
    `[7] No notikuma vietas apskates protokola un shēmas izriet, ka redzamība bija pietiekama, lai gājēju pamanītu laikus. Tiesa vērtē kritiski {R.full.gen} liecību, jo {R.g:viņš ir|viņa ir} {D.role.gen} {R.g:tuvs radinieks un ir ieinteresēts|tuva radiniece un ir ieinteresēta} lietas iznākumā. {D.surinit.gen} darbības pareizi kvalificētas pēc {ART.gen}.\n\n`,
  ],
};

const crSentence: Section = {
  align: 'outcome',
  variants: [
    `[8] Nosakot sodu, tiesa ņem vērā nodarījuma raksturu un radīto kaitējumu, kā arī apsūdzētā personību. {D.sur.nom} ir {D.g:precējies|precējusies}, {D.g:viņa|viņas} apgādībā ir nepilngadīgs bērns, raksturojumi no darbavietas ir pozitīvi. Atbildību mīkstinošs apstāklis ir vainas atzīšana un nožēla, atbildību pastiprinošu apstākļu nav. Tiesa uzskata, ka soda mērķi sasniedzami, piemērojot probācijas uzraudzību.\n\n`,
    `[8] Atbildību pastiprinošs apstāklis ir tas, ka nodarījums izdarīts alkohola reibumā. Ievērojot, ka {D.initns.nom} iepriekš nav {D.g:sodīts|sodīta}, tiesa atzīst, ka {D.g:viņam|viņai} nosakāms īslaicīgas brīvības atņemšanas sods, to izciešot nosacīti.\n\n[9] Kaitējuma kompensācijas pieteikums ir pamatots, un tiesa to apmierina pilnā apmērā – {AMOUNT.damage}. Kriminālprocesa izdevumi – samaksa ekspertam – piedzenami no {D.role.gen}.\n\n`,
  ],
};

const crOperative: Section = {
  align: 'outcome',
  fillersBefore: true,
  variants: [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Kriminālprocesa likuma 511., 512. un 513. pantu}, tiesa\n\nn o s p r i e d a :\n\n{D.capsur.acc} atzīt par {D.g:vainīgu|vainīgu} {ART.loc} paredzētajā noziedzīgajā nodarījumā un sodīt ar probācijas uzraudzību uz 1 (vienu) gadu.\n\nPiedzīt no {D.full.gen} par labu {V.full.dat} kaitējuma kompensāciju {AMOUNT.damage}.\n\nDrošības līdzekli – paziņošanu par dzīvesvietas maiņu – atcelt.\n\n`,
    `Rezolutīvā daļa\n\nVadoties pēc {LAW.Kriminālprocesa likuma 511. panta}, {LAW.512. panta} un {LAW.515. panta}, tiesa nosprieda:\n\natzīt {D.capssur.acc}, personas kods {D.code}, par vainīgu pēc {ART.gen} un noteikt sodu – īslaicīgu brīvības atņemšanu uz 2 (diviem) mēnešiem nosacīti, ar pārbaudes laiku uz 1 (vienu) gadu;\n\napmierināt {V.capsonly.gen} kaitējuma kompensācijas pieteikumu un piedzīt no {D.g:notiesātā|notiesātās} {AMOUNT.damage}; piedzīt no {D.sur.gen} procesuālos izdevumus {AMOUNT.costs} valsts labā.\n\n`,
  ],
};

const crAppealNotice: Section = {
  variants: [
    `Spriedumu var pārsūdzēt apgabaltiesā 10 dienu laikā no dienas, kad pilns spriedums kļuvis pieejams, iesniedzot apelācijas sūdzību ar {COURT.gen} starpniecību; pilns spriedums būs pieejams {DATE.appeal.tight} tiesas kancelejā.\n\n`,
    `Apelācijas sūdzību var iesniegt desmit dienu laikā, to iesniedzot {COURT.dat}. Pilns sprieduma teksts procesa dalībniekiem būs pieejams {DATE.appeal.loc}.\n\n`,
  ],
};

// ---- criminal appeal -----------------------------------------------------------------------------
// party 0: the accused appeals (oral hearing); 1: the prosecutor protests and the victim appeals (written).

const apIntro: Section = {
  align: 'party',
  variants: [
    `{COURT.nom} Krimināllietu tiesu kolēģija šādā sastāvā:\n{JUDGE.g:tiesnesis referents|tiesnese referente} {JUDGE.full.nom},\ntiesneši {JUDGE2.full.nom} un {JUDGE3.full.nom},\nar {SEC.role.ins} {SEC.full.ins},\npiedaloties {PROS.role.dat} {PROS.full.dat}, {D.g:apsūdzētajam|apsūdzētajai} {D.full.dat} un {D.g:viņa|viņas} {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.full.dat},\n\natklātā tiesas sēdē izskatīja krimināllietu sakarā ar {D.g:apsūdzētā|apsūdzētās} {D.capsur.gen} apelācijas sūdzību par {LOWER.gen} {DATE.lower.tightgen} spriedumu.\n\n`,
    `Apgabaltiesas tiesnešu kolēģija ({JUDGE.initns.nom}, {JUDGE2.initns.nom}, {JUDGE3.initns.nom}) rakstveida procesā izskatīja {PROS.role.gen} {PROS.full.gen} apelācijas protestu un {V.g:cietušā|cietušās} {V.full.gen} apelācijas sūdzību par {LOWER.gen} {DATE.lower.gen} spriedumu krimināllietā, kurā {D.caps.nom}, personas kods {D.code}, {D.g:apsūdzēts|apsūdzēta} pēc {ART.gen}.\n\n`,
  ],
};

const apLower: Section = {
  variants: [
    `Aprakstošā daļa\n\n[1] Ar {LOWER.gen} {DATE.lower.gen} spriedumu\n\n{D.capsonly.nom} {D.given.nom}, personas kods {D.code}, {D.g:dzimis|dzimusi} {D.birth.loc}, deklarētā dzīvesvieta: {D.addr.nom},\n\n{D.g:atzīts|atzīta} par {D.g:vainīgu|vainīgu} pēc {ART.gen} un {D.g:sodīts|sodīta} ar naudas sodu {AMOUNT.fine}.\n\n`,
    `Aprakstošā daļa\n\n[1] Ar pirmās instances tiesas spriedumu {D.full.nom}, {D.g:dzimis|dzimusi} {D.birth.tight}, deklarētā dzīvesvieta {D.fulladdr},\n{D.g:atzīts par vainīgu|atzīta par vainīgu} pēc {ART.gen} un {D.g:sodīts|sodīta} ar brīvības atņemšanu uz 1 gadu nosacīti.\n\nAr to pašu spriedumu no {D.sur.gen} par labu {V.surgiven.dat} piedzīta kaitējuma kompensācija {AMOUNT.damage}.\n\n`,
  ],
};

const apFacts: Section = {
  variants: [
    `[2] Pirmās instances tiesa atzinusi par pierādītu, ka {D.sur.nom} {DATE.offence.loc}, atrodoties pie veikala {COMPANY}, pretojās policijas darbiniekam, kurš mēģināja {D.g:viņu|viņu} aizturēt, un iespēra tam pa kāju. Notikuma laikā klāt atradās {D.g:viņa|viņas} {R.role.nom} {R.capssur.nom} un {W.full.nom}.\n\n`,
    `[2] Pirmās instances tiesa konstatēja, ka {D.init.nom}, {D.g:būdams|būdama} {V.full.gen} {D.g:paziņa|paziņa}, pierunāja {V.g:viņu|viņu} izsniegt aizdevumu {AMOUNT.debt} apmērā, solot to atdot mēneša laikā, taču jau iepriekš neplānoja naudu atdot. Naudu {V.sur.nom} pārskaitīja no sava konta {V.iban}. Sarunā ar {R.full.ins} {D.g:apsūdzētais esot atzinis, ka naudu iztērējis|apsūdzētā esot atzinusi, ka naudu iztērējusi}.\n\n`,
  ],
};

const apComplaint: Section = {
  align: 'party',
  variants: [
    `[3] Apelācijas sūdzībā {D.role.nom} lūdz spriedumu atcelt un {D.g:viņu|viņu} attaisnot. Sūdzībā norādīts, ka tiesa nepamatoti noraidījusi {D.g:viņa|viņas} {R.role.gen} {R.given.gen} liecību un nav nopratinājusi lieciniekus {X.full.acc} un {W.surinit.acc}, kuri esot redzējuši notikumu.\n\n`,
    `[3] Apelācijas protestā {PROS.role.nom} norāda, ka pirmās instances tiesa nav ņēmusi vērā, ka {D.sur.nom} nav {D.g:atlīdzinājis|atlīdzinājusi} kaitējumu, un noteiktais sods ir pārāk maigs. {V.g:Cietušais|Cietusī} savukārt sūdzībā lūdz palielināt kompensāciju, norādot, ka kopā ar bērniem dzīvo {V.addr.loc} un citu ienākumu {V.g:viņam|viņai} nav.\n\n`,
  ],
};

const apHearing: Section = {
  align: 'party',
  variants: [
    `[4] Apelācijas instances tiesas sēdē {D.role.nom} un {D.g:viņa|viņas} {ADV.g:aizstāvis|aizstāve} {ADV.surinit.nom} sūdzību uzturēja. {^PROS.role.nom} {PROS.surinit.nom} lūdza sūdzību noraidīt. Apelācijas instances tiesa pēc aizstāvības lūguma nopratināja {X.g:liecinieku|liecinieci} {X.full.acc}, {X.g:kurš|kura} paskaidroja, ka {D.sur.acc} pazīst no bērnības un notikuma vietā {D.g:viņu|viņu} neredzēja. {D.g:Apsūdzētā|Apsūdzētās} {R.role.nom} {R.full.nom} izmantoja tiesības neliecināt pret savu tuvinieku.\n\n`,
    `[4] Lieta izskatīta rakstveida procesā, jo neviens no procesa dalībniekiem nav lūdzis to izskatīt mutvārdu procesā. {D.g:Apsūdzētais|Apsūdzētā} {D.surgiven.nom} rakstveida paskaidrojumā lūdza protestu noraidīt un norādīja, ka kopš notikuma {D.g:dzīvo|dzīvo} pie {D.g:sava|savas} {R.role.gen} {R.addr.loc}.\n\n`,
  ],
};

const apReasoning: Section = {
  align: 'party',
  variants: [
    `Motīvu daļa\n\n[5] Kolēģija, pārbaudījusi lietas materiālus un apelācijas sūdzības argumentus, atzīst, ka pirmās instances tiesa pierādījumus novērtējusi atbilstoši {LAW.Kriminālprocesa likuma 124. panta} prasībām. {R.init.gen} pirmstiesas liecība ir pretrunā ar {W.g:liecinieka|liecinieces} {W.sur.gen} un {V.g:cietušā|cietušās} {V.full.gen} liecībām, un tiesa to pamatoti vērtējusi kritiski.\n\n`,
    `Motīvu daļa\n\n[5] Kolēģija piekrīt {PROS.role.dat}, ka, nosakot sodu, nav pietiekami novērtēts tas, ka {D.capssur.nom} ir iepriekš {D.g:sodīts|sodīta} par līdzīgu nodarījumu un kaitējumu {V.sur.dat} nav {D.g:atlīdzinājis|atlīdzinājusi}. Nosacīta notiesāšana šādos apstākļos nesasniedz soda mērķus. {V.g:Cietušā|Cietušās} sūdzība par kompensācijas palielināšanu nav pamatota, jo papildu zaudējumi nav pierādīti.\n\n`,
  ],
};

const apOperative: Section = {
  align: 'party',
  fillersBefore: true,
  variants: [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Kriminālprocesa likuma 562. panta pirmās daļas 1. punktu} un {LAW.564. pantu}, apgabaltiesa\n\nn o l ē m a :\n\n{LOWER.gen} {DATE.lower.gen} spriedumu atstāt negrozītu, bet {D.g:apsūdzētā|apsūdzētās} {D.surinit.gen} apelācijas sūdzību – bez apmierinājuma.\n\nLēmumu var pārsūdzēt kasācijas kārtībā Augstākajā tiesā 10 dienu laikā no dienas, kad pilns nolēmums kļuvis pieejams.\n\n`,
    `Rezolutīvā daļa\n\nApgabaltiesa, vadoties pēc {LAW.Kriminālprocesa likuma 562. un 564. panta}, nolēma:\n\natcelt pirmās instances tiesas spriedumu daļā par piemēroto sodu un noteikt {D.capsur.dat} sodu – brīvības atņemšanu uz 6 mēnešiem; pārējā daļā spriedumu atstāt negrozītu, bet {V.g:cietušā|cietušās} apelācijas sūdzību noraidīt.\n\nLēmumu var pārsūdzēt kasācijas kārtībā.\n\n`,
  ],
};

const apSignature: Section = {
  variants: [
    `{JUDGE.g:Tiesnesis referents|Tiesnese referente}\t{JUDGE.initns.nom}\nTiesneši\t\t{JUDGE2.initns.nom}\n\t\t\t{JUDGE3.initns.nom}\n`,
    `Kolēģijas sastāvs: {JUDGE.surinit.nom}, {JUDGE2.surinit.nom}, {JUDGE3.surinit.nom}\n`,
  ],
};

// ---- civil ---------------------------------------------------------------------------------------
// scenario 0: a loan not repaid; 1: maintenance for a child; 2: an inheritance.

const cvIntro: Section = {
  variants: [
    `{COURT.nom} šādā sastāvā: {JUDGE.role.nom} {JUDGE.full.nom}, ar {SEC.role.ins} {SEC.full.ins}, piedaloties {D.g:prasītājam|prasītājai} {D.full.dat}, {D.g:viņa|viņas} {ADV.g:pārstāvim|pārstāvei} {ADV.role.dat} {ADV.full.dat}, {V.g:atbildētājam|atbildētājai} {V.full.dat} un {V.g:viņa|viņas} {ADV2.g:pārstāvim|pārstāvei} {ADV2.role.dat} {ADV2.full.dat}, atklātā tiesas sēdē izskatīja civillietu\n\n`,
    `{^JUDGE.role.nom} {JUDGE.capssur.nom}, ar {SEC.role.ins} {SEC.surinit.ins}, rakstveida procesā izskatīja civillietu\n\n`,
  ],
};

const cvSubject: Section = {
  align: 'scenario',
  variants: [
    `{D.caps.gen} (personas kods {D.code}, adrese: {D.fulladdr}) prasībā pret {V.caps.acc} (personas kods {V.code}, deklarētā adrese: {V.fulladdr}) par aizdevuma parāda un nokavējuma procentu piedziņu.\n\nAprakstošā daļa\n\n[1] {DATE.filed.loc} {COURT.loc} saņemta {D.surgiven.gen} prasība, kurā norādīts, ka {DATE.contract.loc} starp pusēm noslēgts aizdevuma līgums, ar kuru {D.g:prasītājs aizdeva|prasītāja aizdeva} {V.g:atbildētājam|atbildētājai} {AMOUNT.debt}. Nauda pārskaitīta no {D.g:prasītāja|prasītājas} konta {D.iban} uz {V.g:atbildētāja|atbildētājas} kontu {V.iban}.\n\n`,
    `{D.full.gen} (personas kods {D.code}) prasībā pret {V.full.acc} (personas kods {V.code}) par uzturlīdzekļu piedziņu nepilngadīgā bērna {C.full.gen} (personas kods {C.code}) uzturēšanai, trešā persona – {ORG.bt.nom}.\n\nAprakstošā daļa\n\n[1] {D.g:Prasītājs|Prasītāja} norāda, ka {D.g:viņš|viņa} ar {V.g:atbildētāju|atbildētāju} laulībā nav bijuši, taču viņiem ir kopīgs bērns – {C.g:dēls|meita} {C.full.nom}, {C.g:dzimis|dzimusi} {C.birth.loc}. Kopš {DATE.contract.gen} bērns dzīvo kopā ar {D.g:prasītāju|prasītāju} {D.addr2.loc}, bet {V.g:atbildētājs|atbildētāja} bērna uzturēšanā nepiedalās. {D.g:Prasītājs|Prasītāja} lūdz piedzīt uzturlīdzekļus {AMOUNT.monthly} mēnesī, maksājumus ieskaitot {D.g:viņa|viņas} kontā {D.iban}.\n\n`,
    `{D.full.gen} (personas kods {D.code}, dzīvesvieta {D.addr.nom}) prasībā pret {V.full.acc} par mantojuma tiesību atzīšanu un mantojuma sadali; trešā persona – {H.full.nom}.\n\nAprakstošā daļa\n\n[1] {DATE.death.loc} mira {D.g:prasītāja|prasītājas} {M.g:tēvs|māte} {M.full.nom}, personas kods {M.code}, {M.g:kuram|kurai} piederēja nekustamais īpašums {M.addr.loc}{M.cityc.loc}, kadastra numurs {M.cad}. {M.g:Mantojuma atstājējs testamentu nav atstājis|Mantojuma atstājēja testamentu nav atstājusi}. {D.g:Prasītājs|Prasītāja} norāda, ka {M.init.gen} mantinieki ir {D.g:viņš|viņa} un {D.g:viņa|viņas} {H.g:brālis|māsa} {H.given.nom}, taču īpašumā kopš {M.surinit.gen} nāves bez tiesiska pamata dzīvo {V.g:atbildētājs|atbildētāja}, {M.given.gen} {M.g:sievas|vīra} {V.g:brālis|māsa}.\n\n`,
  ],
};

const cvDefence: Section = {
  align: 'scenario',
  variants: [
    `[2] {V.g:Atbildētājs|Atbildētāja} rakstveida paskaidrojumos prasību neatzina, norādot, ka nauda {V.g:viņam|viņai} bija uzdāvināta, nevis aizdota. To varot apliecināt {V.g:viņa|viņas} {R.role.nom}. {V.g:Atbildētāja|Atbildētājas} {ADV2.g:pārstāvis|pārstāve} {ADV2.surinit.nom} tiesas sēdē lūdza prasību noraidīt.\n\n`,
    `[2] {V.g:Atbildētājs|Atbildētāja} {V.surinit.nom} paskaidroja, ka {V.g:viņš|viņa} strādā {COMPANY}, {V.g:viņa|viņas} ienākumi ir {AMOUNT.salary} mēnesī un {V.g:viņam|viņai} ir vēl viens apgādājamais. {V.g:Atbildētāja|Atbildētājas} ieskatā pieprasītais uzturlīdzekļu apmērs ir nesamērīgs. Tiesas sēdē ar {I.role.gen} {I.full.gen} palīdzību {V.sur.nom} piebilda, ka ar {C.given.ins} tiekas regulāri.\n\n`,
    `[2] {^H.role.nom} {H.full.nom}, {H.g:kurš lietā pieaicināts|kura lietā pieaicināta} trešās personas statusā, rakstveida paskaidrojumā norādīja, ka prasību atbalsta. {V.g:Atbildētājs|Atbildētāja} prasību neatzina un paskaidroja, ka {M.role.gen} dzīves laikā par {M.g:viņu|viņu} {V.g:rūpējies|rūpējusies} un {V.g:veicis|veikusi} īpašuma remontu par saviem līdzekļiem.\n\n`,
  ],
};

const cvEvidence: Section = {
  align: 'scenario',
  variants: [
    `Motīvu daļa\n\n[3] {W.g:Liecinieks|Lieciniece} {W.full.nom}, {W.g:dzimis|dzimusi} {W.birth.tight}, tiesā liecināja, ka bija klāt, kad {D.sur.nom} nodeva {V.sur.dat} naudu, un dzirdēja, ka runa bija par aizdevumu. {X.full.nom} apliecināja, ka {V.sur.nom} {X.g:viņam|viņai} {V.g:stāstījis|stāstījusi} par parādu un {V.g:solījis|solījusi} to atdot pēc mājas pārdošanas. Pušu saraksti no e-pasta adreses {V.email} {D.role.nom} iesniedza kā pierādījumu; vienā no vēstulēm {V.sur.nom} raksta: “{D.given.voc}, naudu atdošu rudenī.”\n\n`,
    `Motīvu daļa\n\n[3] No {ORG.register.gen} izziņas redzams, ka bērns deklarēts {D.addr.loc}. {ORG.bt.gen} atzinumā norādīts, ka bērna interesēm atbilst uzturlīdzekļu piedziņa. Tiesa ņēma vērā arī {C.g:nepilngadīgā|nepilngadīgās} {C.given.gen} viedokli, kas uzklausīts bāriņtiesā; {C.given.nom} vēlas dzīvot kopā ar {D.g:tēvu|māti}.\n\n`,
    `Motīvu daļa\n\n[3] Tiesas sēdē {W.g:nopratinātais liecinieks|nopratinātā lieciniece} {W.surgiven.nom} apliecināja, ka {M.full.acc} pēdējos gados {D.g:aprūpējis|aprūpējusi} {D.init.nom}, nevis {V.role.nom}. Sertificēts vērtētājs {E.full.nom} novērtēja īpašumu {AMOUNT.debt} vērtībā. {V.sur.gen} {X.g:kaimiņš|kaimiņiene} {X.capssur.nom} norādīja, ka {V.role.nom} īpašumā dzīvo jau kopš {DATE.contract.gen}.\n\n`,
  ],
};

const cvLaw: Section = {
  align: 'scenario',
  fillersBefore: true,
  variants: [
    `[4] Saskaņā ar {LAW.Civillikuma 1934. pantu} ar aizdevuma līgumu viena puse nodod otrai zināmu daudzumu atvietojamu lietu, kas otrai pusei jāatdod tādā pašā daudzumā un labumā. Ievērojot {LAW.Civilprocesa likuma 93. panta pirmo daļu}, katrai pusei jāpierāda tie fakti, uz kuriem tā pamato savus prasījumus vai iebildumus. {V.g:Atbildētājs nav pierādījis|Atbildētāja nav pierādījusi}, ka nauda bija dāvinājums.\n\n`,
    `[4] Pienākums uzturēt bērnu gulstas uz abiem vecākiem neatkarīgi no viņu mantiskā stāvokļa ({LAW.Civillikuma 179. panta pirmā daļa}). Minimālais uzturlīdzekļu apmērs ir noteikts Ministru kabineta noteikumos, un {V.g:atbildētāja|atbildētājas} iebildumi par ienākumiem nav pamats to samazināt.\n\n`,
    `[4] Tiesa, pārbaudījusi mantojuma lietas materiālus, konstatē, ka {D.initns.nom} un {H.initns.nom} ir {M.initns.gen} likumiskie mantinieki pirmajā šķirā ({LAW.Civillikuma 392. pants}). {V.g:Atbildētājs|Atbildētāja} nav mantinieks, un {V.g:viņa|viņas} ieguldījumi īpašumā var būt pamats atsevišķam prasījumam, bet ne mantojuma tiesību atzīšanai.\n\n`,
  ],
};

const cvCosts: Section = {
  optional: 0.8,
  variants: [
    `[5] Saskaņā ar {LAW.Civilprocesa likuma 41. panta pirmo daļu} pusei, kuras labā taisīts spriedums, tiesa piespriež no otras puses visus tās samaksātos tiesas izdevumus. {D.g:Prasītājs samaksājis|Prasītāja samaksājusi} valsts nodevu {AMOUNT.costs}, kas piedzenama no {V.role.gen}.\n\n`,
    `[5] Lēmums par izdevumiem, kas saistīti ar lietas vešanu, pieņemams, ievērojot {LAW.Civilprocesa likuma 44. pantu}. {ADV.g:Advokāta|Advokātes} {ADV.surinit.gen} juridiskās palīdzības izdevumi {AMOUNT.penalty} apmērā atzīstami par samērīgiem.\n\n`,
  ],
};

const cvOperative: Section = {
  align: 'scenario',
  variants: [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Civilprocesa likuma 189.–195. pantu}, tiesa\n\nn o s p r i e d a :\n\nprasību apmierināt.\n\nPiedzīt no {V.capsur.gen}, personas kods {V.code}, par labu {D.capsur.dat}, personas kods {D.code}, aizdevuma parādu {AMOUNT.debt} un tiesas izdevumus {AMOUNT.costs}.\n\nSpriedumu var pārsūdzēt apelācijas kārtībā apgabaltiesā 20 dienu laikā no sprieduma sastādīšanas dienas, iesniedzot apelācijas sūdzību {COURT.dat}.\n\n`,
    `Rezolutīvā daļa\n\nTiesa, pamatojoties uz {LAW.Civilprocesa likuma 193. pantu}, nosprieda:\n\npiedzīt no {V.full.gen} par labu {D.full.dat} uzturlīdzekļus {C.g:nepilngadīgā dēla|nepilngadīgās meitas} {C.init.gen} uzturēšanai {AMOUNT.monthly} mēnesī, sākot no {DATE.filed.gen} līdz bērna pilngadības sasniegšanai.\n\nSpriedums uzturlīdzekļu piedziņas daļā izpildāms nekavējoties.\n\n`,
    `Rezolutīvā daļa\n\nPrasību apmierināt daļēji. Atzīt {D.surgiven.dat} un {H.surgiven.dat} mantojuma tiesības katram uz 1/2 domājamo daļu no nekustamā īpašuma {M.addr.loc} (kadastra numurs {M.cad}). Pārējā daļā prasību noraidīt.\n\nSpriedumu var pārsūdzēt apgabaltiesā 20 dienu laikā.\n\n`,
  ],
};

// ---- administrative ------------------------------------------------------------------------------
// scenario 0: a guardian appointed by an orphan's court; 1: a building refused; 2: a benefit refused.

const adIntro: Section = {
  variants: [
    `{COURT.nom} šādā sastāvā: {JUDGE.role.nom} {JUDGE.full.nom}, ar {SEC.role.ins} {SEC.full.ins}, piedaloties {D.g:pieteicējam|pieteicējai} {D.full.dat} un iestādes pārstāvei, atklātā tiesas sēdē izskatīja administratīvo lietu, kas ierosināta pēc {D.capsur.gen} pieteikuma par iestādes lēmuma atcelšanu.\n\n`,
    `{COURT.nom} {JUDGE.role.gen} {JUDGE.surgiven.gen} personā rakstveida procesā izskatīja administratīvo lietu, kas ierosināta pēc {D.full.gen} (personas kods {D.code}, adrese korespondencei {D.fulladdr2}, e-pasta adrese {D.email}) pieteikuma.\n\n`,
  ],
};

const adFacts: Section = {
  align: 'scenario',
  variants: [
    `Aprakstošā daļa\n\n[1] Ar {ORG.bt.gen} {DATE.decisionInst.gen} lēmumu {T.full.nom} {T.g:iecelts|iecelta} par {T.g:aizbildni|aizbildni} {D.full.gen} {C.g:nepilngadīgajam dēlam|nepilngadīgajai meitai} {C.inits.dat}, jo {D.sur.dat} uz laiku pārtrauktas bērna aprūpes tiesības. {D.g:Pieteicējs|Pieteicēja} lūdz lēmumu atcelt, norādot, ka {T.sur.nom} ir bērnam {T.g:tāls radinieks|tāla radiniece}, ar {T.g:kuru|kuru} bērnam nav ciešas saiknes, un ka {D.g:viņa|viņas} {R.role.nom} {R.full.nom} ir {R.g:gatavs|gatava} uzņemties aizbildnību.\n\n`,
    `Aprakstošā daļa\n\n[1] {D.g:Pieteicējs|Pieteicēja} {DATE.filed.loc} vērsās {ORG.build.loc} ar iesniegumu atļaut būvēt palīgēku zemes vienībā ar kadastra apzīmējumu {D.cad}, {D.addr.loc}{D.cityc.loc}. Iestāde atteica, jo kaimiņu zemes vienības {V.g:īpašnieks|īpašniece} {V.full.nom} iebilda pret būvniecību. {V.sur.gen} iebildumos norādīts, ka būve aizēnos {V.g:viņa|viņas} dzīvojamo māju {V.addr.loc}.\n\n`,
    `Aprakstošā daļa\n\n[1] Ar {ORG.social.gen} {DATE.decisionInst.gen} lēmumu {D.g:pieteicējam|pieteicējai} {D.surgiven.dat} atteikts piešķirt pabalstu, jo {D.g:viņa|viņas} mājsaimniecībā ietilpst arī {D.g:viņa|viņas} {R.role.nom} {R.initns.nom}, {R.g:kura|kuras} ienākumi pārsniedz noteikto slieksni. {D.g:Pieteicējs apgalvo|Pieteicēja apgalvo}, ka {R.g:viņš|viņa} kopš {DATE.contract.gen} dzīvo {R.addr.loc} un kopīgas saimniecības viņiem nav.\n\n`,
  ],
};

const adArgs: Section = {
  align: 'scenario',
  variants: [
    `[2] {ORG.bt.nom} paskaidrojumos norādīja, ka lēmums pieņemts bērna interesēs. Tiesas sēdē kā {W.g:liecinieks|lieciniece} {W.g:nopratināts|nopratināta} {W.full.nom}, {W.g:kurš|kura} paskaidroja, ka bērns pēdējos mēnešus pavadījis kopā ar {T.sur.ins} un labi jūtas. {^T.role.nom} {T.surinit.nom} lūdza pieteikumu noraidīt.\n\n`,
    `[2] {^V.role.nom} {V.surgiven.nom} tiesas sēdē lūdza pieteikumu noraidīt. {D.g:Pieteicēja|Pieteicējas} ieskatā būves ietekme uz kaimiņu īpašumu ir nenozīmīga, un to apstiprina {E.g:eksperta|ekspertes} {E.full.gen} insolācijas aprēķins. {D.g:Pieteicējs|Pieteicēja} iesniedza arī {W.full.gen} apliecinājumu, ka līdzīgas būves ciemā ir vairākas.\n\n`,
    `[2] {D.g:Pieteicējs, kurš|Pieteicēja, kura} valsts valodu nepārvalda, tiesas sēdē skaidroja ar {I.role.gen} {I.full.gen} palīdzību, ka {D.g:viņa|viņas} {R.role.nom} pārcēlās pie {X.full.gen}, {X.g:kura|kuras} tālrunis ir {X.phone}. Iestādes pārstāve norādīja, ka {R.init.nom} joprojām ir {R.g:deklarēts|deklarēta} kopā ar {D.role.acc}.\n\n`,
  ],
};

const adReasoning: Section = {
  align: 'scenario',
  variants: [
    `Motīvu daļa\n\n[3] Tiesa, ievērojot {LAW.Administratīvā procesa likuma 107. panta ceturto daļu}, objektīvi noskaidro lietas apstākļus. Pārbaudot, vai iestāde ievērojusi {ART.acc}, tiesa konstatē, ka lēmumā nav izvērtēta {R.full.gen} piemērotība būt par aizbildni, lai gan {R.initns.nom} bāriņtiesā bija {R.g:iesniedzis|iesniegusi} iesniegumu. Šāds lēmums nav pietiekami pamatots.\n\n`,
    `Motīvu daļa\n\n[3] Tiesa pārbauda administratīvā akta tiesiskumu un lietderību. No {ART.gen} izriet, ka iestādei, lemjot par būvniecību, jāizsver arī trešās personas tiesību aizskārums. Iestāde šādu izvērtējumu nav veikusi, aprobežojoties ar {V.sur.gen} iebildumu konstatēšanu. Tiesa pierādījumus vērtē atbilstoši {LAW.Administratīvā procesa likuma 154. pantam}.\n\n`,
    `Motīvu daļa\n\n[3] Tiesa atzīst, ka iestāde pamatoti vadījusies no deklarētās dzīvesvietas datiem, taču tie nav vienīgais pierādījums. {X.sur.gen} liecība un īres līgums apliecina, ka {R.initns.nom} faktiski dzīvo citur. Lēmums neatbilst {ART.dat}.\n\n`,
  ],
};

const adOperative: Section = {
  align: 'scenario',
  fillersBefore: true,
  variants: [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Administratīvā procesa likuma 249.–251. pantu}, tiesa\n\nn o s p r i e d a :\n\napmierināt {D.caps.gen} pieteikumu un atcelt {ORG.bt.gen} {DATE.decisionInst.gen} lēmumu. Atmaksāt {D.g:pieteicējam|pieteicējai} samaksāto valsts nodevu {AMOUNT.costs}.\n\nSpriedumu var pārsūdzēt Administratīvajā apgabaltiesā mēneša laikā no tā sastādīšanas dienas, iesniedzot apelācijas sūdzību {COURT.dat}.\n\n`,
    `Rezolutīvā daļa\n\nTiesa nosprieda: uzlikt {ORG.build.dat} pienākumu viena mēneša laikā no sprieduma spēkā stāšanās dienas atkārtoti izvērtēt {D.full.gen} iesniegumu. Piedzīt no Latvijas Republikas {ORG.build.gen} personā par labu {D.g:pieteicējam|pieteicējai} atlīdzinājumu {AMOUNT.penalty}, ieskaitot to kontā {D.iban}.\n\nSpriedumu var pārsūdzēt mēneša laikā.\n\n`,
    `Rezolutīvā daļa\n\nAtcelt {ORG.social.gen} {DATE.decisionInst.gen} lēmumu daļā par pabalsta atteikumu {D.surgiven.dat}. Spriedumu var pārsūdzēt apelācijas kārtībā Administratīvajā apgabaltiesā viena mēneša laikā no tā sastādīšanas dienas.\n\n`,
  ],
};

// ---- administrative offence ----------------------------------------------------------------------
// scenario 0: a car driven by someone else; 1: disorderly behaviour; 2: no roadworthiness test.

const aoIntro: Section = {
  variants: [
    `{COURT.gen} {JUDGE.role.nom} {JUDGE.full.nom}, ar {SEC.role.ins} {SEC.full.ins}, piedaloties personai, kura saukta pie administratīvās atbildības, {D.full.dat} un {D.g:viņa|viņas} {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.full.dat}, izskatīja administratīvā pārkāpuma lietu sakarā ar {D.sur.gen} sūdzību par {ORG.police.gen} amatpersonas {DATE.report.gen} lēmumu.\n\n`,
    `{^JUDGE.role.nom} {JUDGE.initns.nom} izskatīja {D.capssur.gen} (personas kods {D.code}, dzim. {D.birth.num}., deklarētā dzīvesvieta {D.fulladdr}) sūdzību par administratīvā pārkāpuma procesā pieņemto lēmumu. Lieta izskatīta saskaņā ar {LAW.Administratīvās atbildības likuma} noteikumiem rakstveida procesā.\n\n`,
  ],
};

const aoFacts: Section = {
  align: 'scenario',
  variants: [
    `Aprakstošā daļa\n\n[1] Ar {ORG.police.gen} amatpersonas {DATE.report.gen} lēmumu {D.caps.nom} {D.g:sodīts|sodīta} ar naudas sodu {AMOUNT.fine} par to, ka {DATE.offence.tight} plkst. 18.05, vadot transportlīdzekli ar valsts reģistrācijas numura zīmi {D.plate}, {D.g:viņš|viņa} neievēroja priekšrocību gājējam. Transportlīdzekļa {T.role.nom} ir {T.full.nom}, {T.g:kurš|kura} dzīvo {T.addr.loc}.\n\n`,
    `Aprakstošā daļa\n\n[1] Administratīvā pārkāpuma protokolā norādīts, ka {DATE.offence.loc} pie nama {V.addr.nom} {D.full.nom} sabiedriskā vietā skaļi lamājās un aizskāra garāmgājēju {V.full.acc}. Notikumu redzēja {W.full.nom} un {X.capssur.nom}. Par pārkāpumu {D.sur.dat} piemērots naudas sods {AMOUNT.fine}.\n\n`,
    `Aprakstošā daļa\n\n[1] {DATE.offence.loc} {ORG.police.gen} amatpersonas pārbaudīja {D.surgiven.gen} automašīnu {D.plate} un konstatēja, ka transportlīdzeklim nav veikta valsts tehniskā apskate. Pārbaudes laikā {D.sur.nom} uzrādīja {D.docwordgen} Nr. {D.doc}. Automašīnā atradās arī {D.g:viņa|viņas} {C.g:nepilngadīgais dēls|nepilngadīgā meita} {C.inits.nom}.\n\n`,
  ],
};

const aoComplaint: Section = {
  align: 'scenario',
  variants: [
    `[2] Sūdzībā {D.sur.nom} norāda, ka transportlīdzekli tajā laikā vadīja {D.g:viņa|viņas} {R.role.nom} {R.full.nom}, {R.g:dzimis|dzimusi} {R.birth.loc}, {R.g:kurš|kura} dzīvo {R.addr2.loc}. To var apliecināt {W.full.nom}, tālrunis {W.phone}. {D.g:Viņš|Viņa} lūdz lēmumu atcelt un lietvedību izbeigt.\n\n`,
    `[2] {D.g:Sūdzības iesniedzējs atzīst, ka notikuma vakarā bija iereibis|Sūdzības iesniedzēja atzīst, ka notikuma vakarā bija iereibusi}, taču noliedz, ka būtu {D.g:aizskāris|aizskārusi} {V.sur.acc}. Pēc {D.sur.gen} teiktā, konflikts sācies tāpēc, ka {V.sur.nom} {D.g:viņu|viņu} {V.g:uzrunājis|uzrunājusi} ar vārdiem: “{D.given.voc}, ej mājās!”. Uz tiesas sēdi {D.g:viņš|viņa} ieradās kopā ar {I.role.acc} {I.full.acc}.\n\n`,
    `[2] Sūdzībā norādīts, ka tehniskā apskate bija pieteikta, un tai pievienots {COMPANY} apstiprinājums, kas nosūtīts uz e-pastu {D.email}. {D.capsonly.nom} lūdz samazināt naudas sodu, jo {D.g:viņš viens|viņa viena} audzina bērnu.\n\n`,
  ],
};

const aoReasoning: Section = {
  align: 'scenario',
  variants: [
    `Motīvu daļa\n\n[3] Atbilstoši {ART.dat} transportlīdzekļa vadītājam ir pienākums dot ceļu gājējiem. No lietas materiāliem, tostarp {T.surgiven.gen} paskaidrojumiem, tiesa secina, ka transportlīdzekli vadīja {R.full.nom}, nevis {D.g:sūdzības iesniedzējs|sūdzības iesniedzēja}. Līdz ar to {D.sur.gen} vaina nav pierādīta.\n\n`,
    `Motīvu daļa\n\n[3] Pārkāpums ir pierādīts ar {W.sur.gen} un {X.sur.gen} paskaidrojumiem, kas sniegti neatkarīgi viens no otra un ir savstarpēji saskanīgi. {V.full.gen} iesniegumā aprakstītie apstākļi sakrīt ar liecinieku teikto. Tiesa nekonstatē pamatu atbrīvot {D.sur.acc} no atbildības.\n\n`,
    `Motīvu daļa\n\n[3] Atbildību mīkstinošs apstāklis ir tas, ka {D.init.nom} pārkāpumu atzīst un pēc pārbaudes nekavējoties veica tehnisko apskati. Tiesa, ievērojot samērīguma principu, atzīst, ka naudas sods samazināms līdz {ART.gen} sankcijas minimumam.\n\n`,
  ],
};

const aoOperative: Section = {
  align: 'scenario',
  fillersBefore: true,
  variants: [
    `Rezolutīvā daļa\n\nTiesa nolēma: {ORG.police.gen} amatpersonas {DATE.report.gen} lēmumu attiecībā uz {D.capsur.acc} atcelt un administratīvā pārkāpuma procesu izbeigt. Spriedums nav pārsūdzams.\n\n`,
    `Rezolutīvā daļa\n\nTiesa nosprieda: sūdzību noraidīt, bet iestādes lēmumu par naudas soda {AMOUNT.fine} piemērošanu {D.surgiven.dat} atstāt negrozītu. Naudas sods samaksājams 30 dienu laikā no sprieduma spēkā stāšanās dienas.\n\n`,
    `Rezolutīvā daļa\n\nGrozīt iestādes lēmumu un samazināt {D.full.dat} piemēroto naudas sodu līdz {AMOUNT.penalty}. Spriedumu var pārsūdzēt apgabaltiesā likumā noteiktajā kārtībā.\n\n`,
  ],
};

export const FINAL: TemplateSet = {
  criminal_first: [
    header('criminal', 'SPRIEDUMS'),
    crIntro,
    crAccused,
    crCharge,
    crAccusedTestimony,
    crVictim,
    crWitnesses,
    crExpert,
    crAssessment,
    crSentence,
    crOperative,
    crAppealNotice,
    signature,
  ],
  criminal_appeal: [
    header('appeal', 'LĒMUMS'),
    apIntro,
    apLower,
    apFacts,
    apComplaint,
    apHearing,
    apReasoning,
    apOperative,
    apSignature,
  ],
  civil: [
    header('civil', 'SPRIEDUMS'),
    cvIntro,
    cvSubject,
    cvDefence,
    cvEvidence,
    cvLaw,
    cvCosts,
    cvOperative,
    signature,
  ],
  administrative: [
    header('administrative', 'SPRIEDUMS'),
    adIntro,
    adFacts,
    adArgs,
    adReasoning,
    adOperative,
    signature,
  ],
  administrative_offence: [
    header('offence', 'SPRIEDUMS'),
    aoIntro,
    aoFacts,
    aoComplaint,
    aoReasoning,
    aoOperative,
    signature,
  ],
};
