/**
 * Ruling templates of the `blind` split, written after the anonymiser had been tuned on the `tune`,
 * `heldout`, `sealed` and `final` splits, by someone who has not seen the anonymiser. Nobody tunes on
 * this split; it is used only for the last measurement. Never read its misses to add rules.
 *
 * Each ruling type tells one of three stories (the `scenario` key; the story is drawn before the
 * court, the case number and the persons, see ./generate.ts):
 * - criminal_first: 0 theft from a garage, 1 threats to kill a spouse, 2 driving while drunk;
 * - criminal_appeal: 0 a Senate (Supreme Court) cassation decision, 1 an appeal court decision,
 *   2 a judge's decision on a procedural complaint (an arrest on a third person's car);
 * - civil: 0 divorce, the child's residence and maintenance, 1 a right of way over a neighbour's
 *   land (land register), 2 a natural person's insolvency (a decision);
 * - administrative: 0 a declared residence to be annulled, 1 municipal help with housing refused,
 *   2 a Senate decision refusing to open cassation proceedings;
 * - administrative_offence: 0 speeding caught by a camera (the owner names the driver), 1 a dog
 *   without a lead, 2 fishing without a licence.
 * People appear by role in all seven cases, by full name, surname alone, capitals, initials (minors
 * by initials), spouses and relatives sharing a surname. Officials acting in office (judges,
 * senators, prosecutors, court staff, sworn advocates, a sworn notary, a sworn bailiff, an
 * insolvency administrator) are must-keep; interpreters, experts, witnesses, representatives who are
 * not advocates, sellers and guardians are private persons. Placeholders: see ./generate.ts
 * (`placeholder`); persons D, V, W, X, R, T, I, E, C, H; officials JUDGE, JUDGE2, JUDGE3, PROS, SEC,
 * ADV, ADV2, ASSIST, NOT, BAIL, ADMIN; other courts {CT.senate|appeal|admfirst|admappeal|land.case};
 * {PROC} the criminal proceeding's number, {ARCH} the Senate's archive number.
 */
import type { Section, TemplateSet } from './templates.ts';

const story = (variants: string[], extra: Partial<Section> = {}): Section => ({
  variants,
  align: 'scenario',
  ...extra,
});

const judgeSignature: Section = {
  variants: [
    `{JUDGE.g:Tiesnesis|Tiesnese}\t\t\t\t\t{JUDGE.surinit.nom}\n`,
    `{^JUDGE.role.nom}:\t{JUDGE.full.nom}\n\nSprieduma noraksts pareizs.\n{^ASSIST.role.nom}\t{ASSIST.initns.nom}\n{DATE.appeal.short}\n`,
    `Paraksts: {JUDGE.caps.nom}\n`,
  ],
};

// ---- first-instance criminal ---------------------------------------------------------------------

const crHeader: Section = {
  variants: [
    `{COURT.nom}\nLieta Nr. {CASE}\nKriminālprocess Nr. {PROC}\n{ECLI}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\n{DATE.decision.gabbr}, {SEAT}\n\n`,
    `SPRIEDUMS\nLatvijas Republikas vārdā\n\n{SEAT}\t\t\t\t\t{DATE.decision.short}\n\n{COURT.nom}, lieta {CASE} (kriminālprocesa Nr. {PROC}), {ECLI}\n\n`,
    `Kriminālprocesa numurs {PROC}\nLietas arhīva Nr. {CASE}\n{ECLI}\n\n{COURT.nom}\nSPRIEDUMS\nLatvijas Republikas vārdā\n\n{SEAT}, {DATE.decision.loc}\n\n`,
  ],
};

const crIntro: Section = {
  variants: [
    `Tiesa šādā sastāvā:\ntiesas sēdi vada {JUDGE.role.nom} {JUDGE.full.nom},\nprotokolē {SEC.role.nom} {SEC.full.nom},\nvalsts apsūdzību uztur {ORG.prosoff.gen} {PROS.role.nom} {PROS.full.nom},\naizstāvību nodrošina {ADV.role.nom} {ADV.full.nom},\nsēdē piedalās {D.g:apsūdzētais|apsūdzētā} {D.full.nom}, {V.g:cietušais|cietusī} {V.full.nom} un {I.g:tulks|tulce} {I.full.nom},\n\natklātā tiesas sēdē izskatīja krimināllietu par\n\n`,
    `{COURT.nom}, {JUDGE.role.gen} {JUDGE.capssur.gen} vadībā, ar {SEC.role.ins} {SEC.initns.ins}, piedaloties {PROS.role.dat} {PROS.surgiven.dat}, {D.g:apsūdzētajam|apsūdzētajai} {D.surgiven.dat}, {ADV.role.dat} {ADV.init.dat} un {V.g:cietušā|cietušās} {T.g:pārstāvim|pārstāvei} {T.full.dat}, tiesas sēdē izskatīja krimināllietu par\n\n`,
  ],
};

const crAccused: Section = {
  variants: [
    `{D.capsur.gen}, personas kods {D.code}, {D.g:dzimuša|dzimušas} {D.birth.gabbr}, deklarētā dzīvesvieta {D.fulladdr}, faktiskā dzīvesvieta {D.fulladdr2}, {D.g:neprecēta|neprecētas}, ar pamatizglītību, iepriekš {D.g:nesodīta|nesodītas},\n\napsūdzību pēc {ART.gen}.\n\n`,
    `{D.full.gen} (personas kods {D.code}; dzimšanas datums {D.birth.iso}; {D.docword} Nr. {D.doc}; adrese: {D.fulladdr}; tālr. {D.phone}) apsūdzību noziedzīgā nodarījumā, kas paredzēts {ART.loc}.\n\n`,
    `{D.caps.gen}, p.k. {D.code}, dzim. {D.birth.num}., Latvijas {D.g:nepilsoņa|nepilsones}, {D.g:šķirta|šķirtas}, dzīvo {D.addr.loc}{D.cityc.loc}, {D.postal}, apsūdzību pēc {ART.gen}.\n\n`,
  ],
};

const crCharge = story([
  `Aprakstošā daļa\n\n1. {D.surgiven.nom} {D.g:apsūdzēts|apsūdzēta} par to, ka {DATE.offence.gabbr} naktī, ap plkst. 02.00, ar iepriekš sagatavotu lauzni {D.g:uzlauzis|uzlauzusi} garāžas durvis {V.addr.loc}{V.cityc.loc}, kas pieder {V.full.dat}, un no garāžas {D.g:nozadzis|nozagusi} dārza traktoru un elektroinstrumentus, kopā {AMOUNT.damage} vērtībā. Nozagto aizveda ar automašīnu, valsts reģistrācijas Nr. {D.plate}, ko vadīja {D.g:viņa|viņas} {R.role.nom} {R.full.nom}.\n\n`,
  `Aprakstošā daļa\n\n1. Apsūdzība inkriminē {D.full.dat}, ka {DATE.offence.gabbr}, atrodoties kopīgajā mājoklī {D.addr.loc}{D.cityc.loc}, {D.g:viņš, būdams|viņa, būdama} alkohola reibumā, {D.g:draudējis|draudējusi} izdarīt slepkavību {D.g:savai sievai|savam vīram} {V.full.dat}, turot rokā virtuves nazi un kliedzot: “{V.given.voc}, šonakt tu neizdzīvosi!” Notikuma laikā blakus istabā atradās viņu {C.g:dēls|meita} {C.inits.nom}, {C.g:dzimis|dzimusi} {C.birth.num}.\n\n`,
  `Aprakstošā daļa\n\n1. {D.capssur.nom} {D.g:apsūdzēts|apsūdzēta} tajā, ka {DATE.offence.short} ap plkst. 23.40, {D.g:būdams|būdama} alkohola reibumā, {D.g:vadīja|vadīja} automašīnu “Škoda Octavia” ar valsts reģistrācijas numura zīmi {D.plate} pa autoceļu V1012, un to apturēja {ORG.police.gen} ekipāža. Automašīnas {R.g:īpašnieks|īpašniece} ir {D.g:viņa|viņas} {R.role.nom} {R.surgiven.nom}, {R.g:kurš|kura} dzīvo {R.addr.loc}{R.cityc.loc}.\n\n`,
]);

const crTestimony = story([
  `Motīvu daļa\n\n2. {D.g:Apsūdzētais|Apsūdzētā} {D.sur.nom} savu vainu tiesā atzina tikai daļēji. {D.g:Viņš|Viņa} paskaidroja, ka garāžā {D.g:iekļuvis|iekļuvusi}, jo {D.g:domājis|domājusi}, ka tā ir pamesta, un instrumentus {D.g:gribējis|gribējusi} pārdot, lai atdotu parādu. {R.full.nom} tiesā liecināja, ka par zādzību neko nezināja un tikai {R.g:izpildījis|izpildījusi} lūgumu aizvest mantas.\n\n`,
  `Motīvu daļa\n\n2. {D.g:Apsūdzētais|Apsūdzētā} vainu neatzina un, izmantojot {I.role.gen} {I.full.gen} palīdzību, liecināja, ka nazi rokā {D.g:turējis|turējusi}, gatavojot vakariņas, un {D.g:sievai|vīram} neko nav {D.g:draudējis|draudējusi}. {V.g:Cietušais|Cietusī} {V.surgiven.nom} tiesas sēdē izmantoja tiesības neliecināt pret savu laulāto, tādēļ tika nolasītas {V.g:viņa|viņas} pirmstiesas procesā dotās liecības.\n\n`,
  `Motīvu daļa\n\n2. {D.g:Apsūdzētais|Apsūdzētā} {D.initns.nom} vainu atzina pilnībā un lūdza lietu izskatīt, neveicot pierādījumu pārbaudi ({LAW.Kriminālprocesa likuma 499. pants}). Tiesa lūgumu apmierināja, jo faktiskie apstākļi un nodarījuma juridiskā kvalifikācija netiek apstrīdēti.\n\n`,
]);

const crVictim = story([
  `3. {^V.role.nom} {V.full.nom} liecināja, ka zādzību {V.g:pamanījis|pamanījusi} no rīta un nekavējoties {V.g:zvanījis|zvanījusi} policijai. Nozagtās mantas daļēji atgūtas, bet par pārējo {V.g:viņš|viņa} pieteica kaitējuma kompensāciju {AMOUNT.damage}, lūdzot to ieskaitīt kontā {V.iban}.\n\n`,
  `3. No {V.full.gen} iesnieguma policijai izriet, ka draudi nebija pirmie; iepriekš {V.g:viņš|viņa} vairākkārt {V.g:patvēries|patvērusies} pie {W.g:kaimiņa|kaimiņienes} {W.full.gen}, {W.addr.loc}. {W.sur.nom} tiesā apstiprināja, ka {V.sur.nom} tonakt ieradās pie {W.g:viņa|viņas} bez apaviem un raudāja.\n\n`,
  `3. {W.g:Liecinieks|Lieciniece} {W.full.nom}, {W.g:kurš|kura} notikuma vakarā brauca aiz apsūdzētā automašīnas, liecināja, ka automašīna {D.plate} vairākkārt izbrauca pretējā joslā, tāpēc {W.g:viņš|viņa} zvanīja uz tālruni 112 no sava numura {W.phone}.\n\n`,
]);

const crExpert = story(
  [
    `4. {E.g:Eksperta|Ekspertes} {E.full.gen} atzinumā secināts, ka uz garāžas durvju slēdzenes konstatētās pēdas atstātas ar lauzni, kas izņemts kratīšanā {D.g:apsūdzētā|apsūdzētās} dzīvesvietā.\n\n`,
    `4. Saskaņā ar tiesu psihiatra {E.g:eksperta|ekspertes} {E.surgiven.gen} atzinumu {D.sur.nom} nozīmīgā laika posmā spēja saprast savu darbību un to vadīt.\n\n`,
    `4. Alkohola koncentrācija asinīs noteikta ar tiesu medicīnas {E.g:eksperta|ekspertes} {E.init.gen} atzinumu, kas pamatots ar asins parauga laboratorisko izmeklēšanu.\n\n`,
  ],
  { optional: 0.85 },
);

const crAssessment = story([
  `5. Tiesai nav šaubu, ka {D.sur.loc} bija radies nodoms iegūt svešu mantu, un {D.full.gen} darbības pareizi kvalificētas pēc {ART.gen}. {R.surgiven.gen} liecība par to, ka {R.g:viņš|viņa} nav {R.g:zinājis|zinājusi} par mantu izcelsmi, nav atspēkota, un {R.g:viņam|viņai} apsūdzība nav celta.\n\n`,
  `5. {V.sur.dat} bija pamats baidīties, jo {D.sur.nom} turēja nazi un konflikts notika naktī, kad bērns gulēja. Nodarījums pamatoti kvalificēts pēc {ART.gen}.\n\n`,
  `5. Tiesa atzīst, ka {D.sur.gen} vaina ir pierādīta, un {D.g:viņa|viņas} darbības kvalificē pēc {ART.gen}. Tiesa ņem vērā, ka transportlīdzeklis nepieder {D.g:apsūdzētajam|apsūdzētajai}, tādēļ tā konfiskācija nav piemērojama.\n\n`,
]);

const crSentence = story([
  `6. Soda noteikšanā tiesa ņem vērā, ka {D.capsonly.nom} nodarījumu izdarīja, {D.g:būdams|būdama} bez pastāvīga darba un ienākumiem, bet kaitējumu daļēji {D.g:atlīdzinājis|atlīdzinājusi}. Tādēļ sods nosakāms tuvu sankcijas minimumam.\n\n`,
  `6. Lai aizsargātu {V.g:cietušo|cietušo}, tiesa papildus sodam nosaka aizliegumu tuvoties {V.sur.dat} un {V.g:viņa|viņas} faktiskajai dzīvesvietai.\n\n`,
  `6. Tā kā {D.sur.nom} līdz šim nav {D.g:sodīts|sodīta} un vainu nožēlo, tiesa uzskata, ka soda mērķi sasniedzami ar piespiedu darbu un transportlīdzekļa vadīšanas tiesību atņemšanu.\n\n`,
]);

const crOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Kriminālprocesa likuma 511.–516. pantu}, tiesa\n\nNOSPRIEDA:\n\n{D.capsur.acc} atzīt par {D.g:vainīgu|vainīgu} {ART.loc} paredzētajā noziedzīgajā nodarījumā un sodīt ar brīvības atņemšanu uz 1 (vienu) gadu un 6 (sešiem) mēnešiem.\n\nPiedzīt no {D.surgiven.gen} par labu {V.surgiven.dat} {AMOUNT.damage}.\n\nLietisko pierādījumu – lauzni – iznīcināt.\n\n`,
    `Rezolutīvā daļa\n\nTiesa, vadoties no {LAW.Kriminālprocesa likuma 511., 512. un 513. panta}, nosprieda:\n\n{D.full.acc} atzīt par vainīgu pēc {ART.gen} un sodīt ar probācijas uzraudzību uz 2 (diviem) gadiem, nosakot aizliegumu tuvoties {V.full.dat} un {V.g:viņa|viņas} dzīvesvietai {V.addr2.loc} tuvāk par 100 metriem.\n\n`,
    `Rezolutīvā daļa\n\n{D.caps.acc} atzīt par {D.g:vainīgu|vainīgu} pēc {ART.gen} un sodīt ar piespiedu darbu uz 200 stundām, atņemot transportlīdzekļa vadīšanas tiesības uz 3 (trim) gadiem.\n\nValsts labā no {D.g:notiesātā|notiesātās} piedzīt procesuālos izdevumus {AMOUNT.costs}.\n\n`,
  ],
  { fillersBefore: true },
);

const crNotice: Section = {
  variants: [
    `Spriedumu var pārsūdzēt {CT.appeal.loc} desmit dienu laikā, apelācijas sūdzību iesniedzot {COURT.dat}. Pilns spriedums būs pieejams {DATE.appeal.gabbr}.\n\n`,
    `Uz spriedumu var iesniegt apelācijas sūdzību vai protestu 10 dienu laikā no pilna sprieduma pieejamības dienas ({DATE.appeal.short}).\n\n`,
  ],
};

// ---- criminal appeal, cassation and complaint ----------------------------------------------------

const apHeader = story([
  `{CT.senate.nom}\n\nLĒMUMS\n\nRīgā {DATE.decision.gabbr}\n\nLieta Nr. {PROC}, {ARCH}\n{ECLI}\n\n`,
  `{COURT.nom}\nKrimināllietu tiesu kolēģija\n\nLĒMUMS\n\n{SEAT}, {DATE.decision.loc}\n\nLieta Nr. {CASE}\nKriminālprocess Nr. {PROC}\n{ECLI}\n\n`,
  `LĒMUMS\n\n{DATE.decision.short}\t\t\t\t{SEAT}\n\n{COURT.nom}\nLieta Nr. {CASE} (kriminālprocess Nr. {PROC})\n{ECLI}\n\n`,
]);

const apIntro = story([
  `Senāts šādā sastāvā:\n{JUDGE.role.nom} {JUDGE.full.nom},\n{JUDGE2.role.nom} {JUDGE2.full.nom},\n{JUDGE3.role.nom} {JUDGE3.full.nom}\n\nrakstveida procesā izskatīja krimināllietu sakarā ar {D.g:apsūdzētā|apsūdzētās} {D.full.gen} {ADV.g:aizstāvja|aizstāves} {ADV.role.gen} {ADV.full.gen} kasācijas sūdzību par {CT.appeal.gen} {DATE.upper.gen} lēmumu.\n\n`,
  `Apgabaltiesas kolēģija, kuras sastāvā ir {JUDGE.role.nom} {JUDGE.full.nom} (sēdes {JUDGE.g:priekšsēdētājs|priekšsēdētāja}), {JUDGE2.role.nom} {JUDGE2.full.nom} un {JUDGE3.role.nom} {JUDGE3.surgiven.nom}, piedaloties {ORG.prosoff.gen} {PROS.role.dat} {PROS.full.dat}, {D.g:apsūdzētajam|apsūdzētajai} {D.full.dat}, {ADV.role.dat} {ADV.surgiven.dat} un {V.g:cietušajam|cietušajai} {V.full.dat}, ar {SEC.role.ins} {SEC.full.ins}, atklātā tiesas sēdē apelācijas kārtībā izskatīja krimināllietu sakarā ar {D.g:apsūdzētā|apsūdzētās} apelācijas sūdzību par {LOWER.gen} {DATE.lower.gen} spriedumu.\n\n`,
  `{COURT.gen} {JUDGE.role.nom} {JUDGE.full.nom} rakstveida procesā izskatīja {V.full.gen}, personas kods {V.code}, sūdzību par {LOWER.gen} izmeklēšanas tiesneša {DATE.lower.gen} lēmumu, ar kuru atstāts negrozīts procesa virzītāja lēmums par aresta uzlikšanu {V.g:viņam|viņai} piederošajam transportlīdzeklim {V.plate} kriminālprocesā Nr. {PROC}.\n\n`,
]);

const apFacts = story([
  `Aprakstošā daļa\n\n[1] Ar {LOWER.gen} {DATE.lower.gen} spriedumu {D.capssur.nom}, personas kods {D.code},\n\n{D.g:atzīts|atzīta} par vainīgu {ART.loc} paredzētajā noziedzīgajā nodarījumā un {D.g:sodīts|sodīta} ar brīvības atņemšanu uz 2 gadiem.\n\nAr to pašu spriedumu no {D.sur.gen} par labu {V.g:cietušajam|cietušajai} {V.full.dat} piedzīta mantiskā kaitējuma kompensācija {AMOUNT.claim}.\n\n[2] {D.sur.nom} {D.g:atzīts|atzīta} par {D.g:vainīgu|vainīgu} tajā, ka, ļaunprātīgi izmantojot {V.sur.gen} uzticību, {D.g:viņš|viņa} ar viltu {D.g:ieguvis|ieguvusi} {V.g:viņam|viņai} piederošo naudu, ko {V.sur.nom} pēc {D.g:viņa|viņas} lūguma pārskaitīja uz kontu {D.iban}.\n\n[3] Ar {CT.appeal.gen} {DATE.upper.gen} lēmumu pirmās instances tiesas spriedums atstāts negrozīts.\n\n`,
  `Aprakstošā daļa\n\n1. {LOWER.nom} ar {DATE.lower.gen} spriedumu atzina {D.full.acc}, personas kods {D.code}, par vainīgu pēc {ART.gen} un sodīja ar naudas sodu {AMOUNT.fine}.\n\n2. Pirmās instances tiesa konstatēja, ka {D.sur.nom} {DATE.offence.loc} pie daudzdzīvokļu nama {V.addr.nom}{V.cityc.nom} vairākas reizes iesita {V.g:cietušajam|cietušajai} {V.surgiven.dat} ar dūri pa galvu, nodarot vieglus miesas bojājumus ar īslaicīgu veselības traucējumu.\n\n`,
  `Aprakstošā daļa\n\n[1] Kriminālprocesā Nr. {PROC}, kas uzsākts pēc {ART.gen} pazīmēm, par aizdomās turēto {D.g:atzīts|atzīta} {D.full.nom}. Ar procesa virzītāja {DATE.report.gen} lēmumu uzlikts arests transportlīdzeklim {V.plate}, kas reģistrēts uz {V.full.gen} vārda, jo pastāv pamats uzskatīt, ka ar to pārvadāta noziedzīgi iegūta manta.\n\n[2] Izmeklēšanas tiesnesis ar {DATE.lower.gen} lēmumu {V.sur.gen} sūdzību noraidīja, norādot, ka automašīnu vairākkārt {D.g:lietojis|lietojusi} arī {D.sur.nom}.\n\n`,
]);

const apComplaint = story([
  `[4] {ADV.g:Aizstāvis|Aizstāve} {ADV.surinit.nom} kasācijas sūdzībā lūdz apelācijas instances tiesas lēmumu atcelt un lietu nosūtīt jaunai izskatīšanai, norādot, ka tiesa nav izvērtējusi {W.g:liecinieka|liecinieces} {W.full.gen} liecību un nepamatoti noraidījusi lūgumu nopratināt {X.full.acc}.\n\n`,
  `3. Apelācijas sūdzībā {D.g:apsūdzētais lūdz viņu attaisnot, jo rīkojies|apsūdzētā lūdz viņu attaisnot, jo rīkojusies} pašaizsardzībā; tajā norādīts, ka konfliktu izraisīja {V.sur.nom}, un to var apliecināt {X.g:liecinieks|lieciniece} {X.capsur.nom}.\n\n`,
  `[3] Sūdzībā {V.surgiven.nom} norāda, ka transportlīdzekli {V.g:iegādājies|iegādājusies} no {H.full.gen} {DATE.contract.gen} un ar aizdomās turēto nekādi nav {V.g:saistīts|saistīta}. Sūdzībai pievienots {NOT.role.gen} {NOT.full.gen} apliecināts pirkuma līgums un {BANK} konta izraksts par samaksu.\n\n`,
]);

const apReasoning = story([
  `Motīvu daļa\n\n[5] Kasācijas instances tiesa nepārvērtē pierādījumus, bet pārbauda, vai zemākas instances tiesa, tos vērtējot, nav pārkāpusi {LAW.Kriminālprocesa likuma 128. panta} prasības. {W.sur.gen} liecība apelācijas instances tiesas lēmumā ir analizēta, un atteikums nopratināt {X.sur.acc} ir motivēts. {D.g:Apsūdzētā|Apsūdzētās} {D.sur.gen} darbības pareizi kvalificētas pēc {ART.gen}.\n\n`,
  `Motīvu daļa\n\n4. Kolēģija atzīst, ka versija par pašaizsardzību pamatoti noraidīta. Ne {X.sur.nom}, ne citi liecinieki neapstiprināja, ka {V.sur.nom} {V.g:būtu uzbrucis|būtu uzbrukusi} {D.sur.dat}. {E.g:Eksperts|Eksperte} {E.full.nom} tiesas sēdē paskaidroja, ka {V.full.dat} konstatētie bojājumi radušies no vismaz trim sitieniem.\n\n`,
  `Motīvu daļa\n\n[4] Saskaņā ar {LAW.Kriminālprocesa likuma 361. panta pirmo daļu} arestu var uzlikt arī trešās personas mantai, ja pastāv pamats uzskatīt, ka tā ir noziedzīgi iegūta vai saistīta ar noziedzīgu nodarījumu. Lietas materiālos nav ziņu, ka {V.full.nom} būtu {V.g:zinājis|zinājusi} par {D.sur.gen} darbībām, un pirkuma līgums ar {H.full.ins} noslēgts pirms kriminālprocesa sākuma.\n\n`,
]);

const apOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Kriminālprocesa likuma 585. un 587. pantu}, Senāts\n\nnolēma\n\n{CT.appeal.gen} {DATE.upper.gen} lēmumu atstāt negrozītu, bet {ADV.g:aizstāvja|aizstāves} {ADV.surinit.gen} kasācijas sūdzību – bez apmierinājuma.\n\nLēmums nav pārsūdzams.\n\n`,
    `Rezolutīvā daļa\n\nVadoties no {LAW.Kriminālprocesa likuma 562. panta pirmās daļas 1. punkta}, tiesa\n\nNOLĒMA:\n\n{D.caps.gen} apelācijas sūdzību noraidīt un {LOWER.gen} {DATE.lower.gen} spriedumu atstāt spēkā.\n\nLēmumu var pārsūdzēt kasācijas kārtībā {CT.senate.loc} 10 dienu laikā.\n\n`,
    `Rezolutīvā daļa\n\nApmierināt {V.sur.gen} sūdzību. Atcelt izmeklēšanas tiesneša {DATE.lower.gen} lēmumu un procesa virzītāja lēmumu par aresta uzlikšanu transportlīdzeklim {V.plate}.\n\nLēmums nav pārsūdzams.\n\n`,
  ],
  { fillersBefore: true },
);

const apSignature = story([
  `Senatori\t\t{JUDGE.initns.nom}\n\t\t\t{JUDGE2.initns.nom}\n\t\t\t{JUDGE3.initns.nom}\n`,
  `Sēdes {JUDGE.g:priekšsēdētājs|priekšsēdētāja}\t{JUDGE.surinit.nom}\nTiesneši\t\t\t{JUDGE2.surinit.nom}, {JUDGE3.surinit.nom}\n`,
  `{^JUDGE.role.nom}\t\t\t\t{JUDGE.caps.nom}\n`,
]);

// ---- civil: divorce, right of way, insolvency ----------------------------------------------------

const cvHeader = story([
  `{COURT.nom}\n\nSpriedums\nLatvijas Republikas vārdā\n\n{SEAT}, {DATE.decision.gabbr}\n\nLieta Nr. {CASE}\n{ECLI}\n\n`,
  `Lieta Nr. {CASE}\nEiropas judikatūras identifikators: {ECLI}\n\nSPRIEDUMS\nLATVIJAS REPUBLIKAS VĀRDĀ\n\n{DATE.decision.short}\t\t\t{SEAT}\n\n`,
  `{COURT.nom}\n\nLĒMUMS\n\n{SEAT}\t\t\t\t\t{DATE.decision.loc}\n\nLieta Nr. {CASE}, {ECLI}\n\n`,
]);

const cvIntro = story([
  `Tiesa, kuras sastāvā ir {JUDGE.role.nom} {JUDGE.full.nom}, ar {SEC.role.ins} {SEC.capssur.ins}, piedaloties {D.g:prasītājam|prasītājai} {D.full.dat}, {V.g:atbildētājam|atbildētājai} {V.full.dat}, {V.g:viņa|viņas} {T.g:pārstāvim|pārstāvei} pēc pilnvaras {T.full.dat} un {ORG.bt.gen} pārstāvei, slēgtā tiesas sēdē izskatīja civillietu {D.surgiven.gen} prasībā pret {V.surgiven.acc} par laulības šķiršanu, bērna dzīvesvietas noteikšanu un uzturlīdzekļu piedziņu.\n\n`,
  `{^JUDGE.role.nom} {JUDGE.surgiven.nom}, ar {SEC.role.ins} {SEC.full.ins}, piedaloties {D.g:prasītāja|prasītājas} {ADV.g:pārstāvim|pārstāvei} {ADV.role.dat} {ADV.full.dat} un {V.g:atbildētājam|atbildētājai} {V.full.dat}, atklātā tiesas sēdē izskatīja civillietu {D.caps.gen} prasībā pret {V.caps.acc} par ceļa servitūta nodibināšanu; trešā persona – {H.full.nom}.\n\n`,
  `{COURT.nom}, {JUDGE.role.gen} {JUDGE.full.gen} personā, rakstveida procesā izskatīja {D.full.gen} (personas kods {D.code}, deklarētā dzīvesvieta {D.fulladdr}, e-pasts {D.email}) pieteikumu par fiziskās personas maksātnespējas procesa pasludināšanu.\n\n`,
]);

const cvFacts = story([
  `Aprakstošā daļa\n\n[1] {D.g:Prasītājs|Prasītāja} {D.full.nom}, personas kods {D.code}, dzīvo {D.addr2.loc}. Pušu laulība reģistrēta {ORG.registry.loc} {DATE.marriage.gabbr}. Laulībā {C.g:dzimis dēls|dzimusi meita} {C.full.nom}, personas kods {C.code}. Kopdzīve izbeigta pirms diviem gadiem, kad {V.g:atbildētājs|atbildētāja} pārcēlās uz dzīvi {V.addr.loc}{V.cityc.loc}. {D.g:Prasītājs|Prasītāja} lūdz laulību šķirt, noteikt bērna dzīvesvietu pie sevis un piedzīt no {V.g:atbildētāja|atbildētājas} uzturlīdzekļus {AMOUNT.monthly} mēnesī.\n\n`,
  `Aprakstošā daļa\n\n[1] {D.g:Prasītājam|Prasītājai} pieder nekustamais īpašums {D.addr.nom}{D.cityc.nom}, kas ierakstīts zemesgrāmatas nodalījumā Nr. {D.folio}, zemes vienības kadastra apzīmējums {D.cad}. Īpašumu {D.g:prasītājs|prasītāja} {D.g:iegādājies|iegādājusies} no {H.full.gen} ar {DATE.contract.gen} pirkuma līgumu, ko {NOT.g:apliecinājis|apliecinājusi} {NOT.role.nom} {NOT.full.nom}. Vienīgais piebraucamais ceļš ved pāri {V.g:atbildētājam|atbildētājai} {V.surgiven.dat} piederošajai zemes vienībai (kadastra apzīmējums {V.cad}, nodalījums Nr. {V.folio}), un kopš {DATE.filed.gen} {V.sur.nom} ceļu {V.g:aizšķērsojis|aizšķērsojusi} ar vārtiem.\n\n`,
  `Aprakstošā daļa\n\n[1] Pieteikumā norādīts, ka {D.g:parādniekam|parādniecei} ir neizpildītas saistības pret vairākiem kreditoriem kopumā {AMOUNT.claim} apmērā, to skaitā pret {V.g:kreditoru|kreditori} {V.full.acc}, un pret {D.g:viņu|viņu} uzsākta piedziņa, kuru veic {BAIL.role.nom} {BAIL.full.nom}. {D.g:Parādnieks|Parādniece} strādā {COMPANY}, {D.g:viņa|viņas} ienākumi ir {AMOUNT.salary} mēnesī. Kopā ar {D.g:parādnieku|parādnieci} dzīvo {D.g:viņa|viņas} {R.role.nom} {R.full.nom}, {R.g:kuram|kurai} pieder dzīvoklis {R.addr.loc}{R.cityc.loc}.\n\n`,
]);

const cvArgs = story([
  `[2] {V.g:Atbildētājs|Atbildētāja} prasību par laulības šķiršanu atzina, bet iebilda pret uzturlīdzekļu apmēru, norādot, ka {V.g:viņa|viņas} ienākumi ir {AMOUNT.salary} un ka {V.g:viņš|viņa} bērnam regulāri pērk apģērbu. {^T.role.nom} {T.surinit.nom} lūdza noteikt saskarsmes tiesības katru otro nedēļas nogali.\n\n`,
  `[2] {V.g:Atbildētājs|Atbildētāja} prasību neatzina un paskaidroja, ka pa ceļu sāka braukt smagā tehnika, kas bojā {V.g:viņa|viņas} laukus. {V.g:Viņš|Viņa} piedāvāja ierīkot piebrauktuvi gar robežu, taču {D.g:prasītājs to atteicis|prasītāja to atteikusi}. Trešā persona {H.surgiven.nom} rakstveida paskaidrojumā norādīja, ka, kamēr īpašums piederēja {H.g:viņam|viņai}, ceļu izmantoja ar kaimiņu piekrišanu.\n\n`,
  `[2] {ORG.insolvency.nom} pēc tiesas pieprasījuma izvēlējās {ADMIN.role.acc} {ADMIN.full.acc}, {ADMIN.g:kurš|kura} piekrita pildīt pienākumus šajā procesā. {V.g:Kreditors|Kreditore} {V.surinit.nom} iebilda pret procesa pasludināšanu, norādot, ka {D.sur.nom} pirms gada {D.g:dāvinājis|dāvinājusi} automašīnu {D.plate} {R.g:savam|savai} {R.role.dat}.\n\n`,
]);

const cvReasoning = story([
  `Motīvu daļa\n\n[3] Saskaņā ar {ART.acc} laulību šķir, ja tā ir izirusi. Tiesa konstatē, ka puses dzīvo šķirti un kopdzīves atjaunošana nav iespējama. {ORG.bt.gen} atzinumā norādīts, ka bērna interesēm atbilst dzīvesvietas noteikšana pie {D.g:tēva|mātes}; pie tāda paša secinājuma nonāca arī {E.g:psihologs|psiholoģe} {E.full.nom}, kas uzklausīja {C.given.acc}.\n\n`,
  `Motīvu daļa\n\n[3] Atbilstoši {ART.dat} servitūtu var nodibināt arī ar tiesas spriedumu. No {E.g:sertificēta mērnieka|sertificētas mērnieces} {E.surgiven.gen} sagatavotā plāna redzams, ka cita piekļuve koplietošanas ceļam nav iespējama, un servitūta nodibināšana {V.sur.dat} rada vismazākos iespējamos apgrūtinājumus.\n\n`,
  `Motīvu daļa\n\n[3] Atbilstoši {ART.dat} tiesa pārbauda, vai pastāv fiziskās personas maksātnespējas pazīmes. Tiesa atzīst, ka {D.initns.nom} tām atbilst un nav apstākļu, kas liegtu procesa pasludināšanu. {V.sur.gen} iebildums par automašīnas dāvinājumu izvērtējams administratoram, jo darījumu var apstrīdēt procesa ietvaros.\n\n`,
]);

const cvOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Civilprocesa likuma 193. un 194. pantu}, tiesa\n\nnosprieda:\n\nšķirt laulību, kas noslēgta starp {D.full.ins} un {V.full.ins} un reģistrēta {ORG.registry.loc} {DATE.marriage.loc}.\n\nNoteikt nepilngadīgā bērna {C.full.gen} dzīvesvietu pie {D.g:tēva|mātes} {D.sur.gen}.\n\nPiedzīt no {V.capsur.gen} uzturlīdzekļus bērna uzturēšanai {AMOUNT.monthly} mēnesī līdz bērna pilngadībai. Spriedums daļā par uzturlīdzekļu piedziņu izpildāms nekavējoties.\n\n`,
    `Rezolutīvā daļa\n\nPrasību apmierināt. Nodibināt par labu nekustamajam īpašumam, kas ierakstīts zemesgrāmatas nodalījumā Nr. {D.folio}, ceļa servitūtu 4,5 metru platumā uz {V.capssur.gen} piederošās zemes vienības ar kadastra apzīmējumu {V.cad} saskaņā ar pievienoto plānu. Piedzīt no {V.sur.gen} tiesas izdevumus {AMOUNT.costs}.\n\nSpriedumu pēc stāšanās likumīgā spēkā nosūtīt {CT.land.dat} servitūta ierakstīšanai. Spriedums pārsūdzams {CT.appeal.loc} divdesmit dienu laikā.\n\n`,
    `Rezolutīvā daļa\n\nPasludināt {D.caps.gen}, personas kods {D.code}, maksātnespējas procesu. Iecelt par administratoru {ADMIN.full.acc}.\n\nLēmumu var pārsūdzēt 10 dienu laikā, iesniedzot blakus sūdzību {CT.appeal.dat} ar {COURT.gen} starpniecību.\n\n`,
  ],
  { fillersBefore: true },
);

// ---- administrative: declared residence, housing help, Senate -------------------------------------

const adHeader = story([
  `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\nLieta Nr. {CASE}, {ECLI}\n{SEAT}, {DATE.decision.gabbr}\n\n`,
  `SPRIEDUMS\nLatvijas Republikas vārdā\n\n{COURT.nom}\n{DATE.decision.loc}, {SEAT}\n\nAdministratīvā lieta Nr. {CASE}\n{ECLI}\n\n`,
  `{CT.senate.nom}\n\nLĒMUMS\n\n{SEAT}, {DATE.decision.short}\n\nLieta Nr. {CASE}, {ARCH}\n{ECLI}\n\n`,
]);

const adIntro = story([
  `Tiesa {JUDGE.g:tiesneša|tiesneses} {JUDGE.full.gen} personā, piedaloties {D.g:pieteicējam|pieteicējai} {D.surgiven.dat}, atbildētājas {ORG.municipality.gen} pārstāvei un trešajai personai {V.full.dat}, ar {SEC.role.ins} {SEC.full.ins}, mutvārdu procesā izskatīja administratīvo lietu, kas ierosināta pēc {D.full.gen} pieteikuma par labvēlīga administratīvā akta izdošanu – ziņu par {V.full.gen} deklarēto dzīvesvietu anulēšanu.\n\n`,
  `{COURT.nom} {JUDGE.role.gen} {JUDGE.capssur.gen} sastāvā rakstveida procesā izskatīja {D.caps.gen} (personas kods {D.code}, adrese {D.fulladdr2}, tālrunis {D.phone}) pieteikumu par pienākuma uzlikšanu {ORG.municipality.dat} sniegt palīdzību dzīvokļa jautājuma risināšanā.\n\n`,
  `Senāts šādā sastāvā: {JUDGE.role.nom} {JUDGE.full.nom}, {JUDGE2.role.nom} {JUDGE2.full.nom} un {JUDGE3.role.nom} {JUDGE3.surgiven.nom}, rīcības sēdē izskatīja jautājumu par kasācijas tiesvedības ierosināšanu sakarā ar {D.full.gen} kasācijas sūdzību par {CT.admappeal.gen} {DATE.upper.gen} spriedumu administratīvajā lietā, kas ierosināta pēc {D.sur.gen} pieteikuma par zaudējumu un morālā kaitējuma atlīdzinājumu.\n\n`,
]);

const adFacts = story([
  `Aprakstošā daļa\n\n[1] {D.g:Pieteicējam|Pieteicējai} pieder dzīvoklis {D.addr.loc}{D.cityc.loc}. Šajā adresē joprojām {V.g:deklarēts bijušais īrnieks|deklarēta bijusī īrniece} {V.capsur.nom}, dzimšanas datums {V.birth.nom}, un {V.g:viņa|viņas} {C.g:nepilngadīgais dēls|nepilngadīgā meita} {C.inits.nom}, lai gan īres līgums izbeigts {DATE.contract.loc}. Ar {ORG.municipality.gen} {DATE.decisionInst.gen} lēmumu ziņu anulēšana atteikta, jo {V.sur.nom} paskaidroja, ka dzīvoklī uzglabā savas mantas un to regulāri apmeklē kopā ar savu {R.role.acc} {R.full.acc}.\n\n`,
  `Aprakstošā daļa\n\n[1] {D.g:Pieteicējs|Pieteicēja} {DATE.filed.loc} lūdza reģistrēt {D.g:viņu|viņu} palīdzības reģistrā pašvaldības dzīvokļa izīrēšanai, norādot, ka kopā ar {C.g:nepilngadīgo dēlu|nepilngadīgo meitu} {C.full.acc} dzīvo pie {R.g:sava|savas} {R.role.gen} {R.full.gen} vienistabas dzīvoklī {R.addr.loc}{R.cityc.loc}. {ORG.municipality.nom} ar {DATE.decisionInst.gen} lēmumu palīdzību atteica, jo {D.g:pieteicējam|pieteicējai} pieder domājamā daļa no nekustamā īpašuma {D.addr2.loc} (kadastra numurs {D.cad}).\n\n`,
  `Aprakstošā daļa\n\n[1] {D.g:Pieteicējs|Pieteicēja} {D.full.nom} vērsās administratīvajā tiesā ar pieteikumu par atlīdzinājumu {AMOUNT.claim} apmērā, norādot, ka {ORG.police.gen} amatpersonas {DATE.offence.loc} prettiesiski {D.g:viņu|viņu} aizturēja un 12 stundas turēja īslaicīgās aizturēšanas vietā.\n\n[2] {CT.admfirst.nom} ar {DATE.lower.gen} spriedumu pieteikumu apmierināja daļēji, bet {CT.admappeal.nom}, izskatījusi lietu apelācijas kārtībā, ar {DATE.upper.gen} spriedumu pieteikumu noraidīja.\n\n`,
]);

const adArgs = story([
  `[2] {^V.role.nom} {V.surgiven.nom} tiesā paskaidroja, ka {V.g:viņam|viņai} nav citas dzīvesvietas un ka {D.g:pieteicējs|pieteicēja} nomainīja durvju slēdzeni bez tiesas sprieduma. {W.g:Liecinieks|Lieciniece} {W.full.nom}, kas dzīvo tajā pašā kāpņu telpā, liecināja, ka {V.sur.acc} dzīvoklī nav {W.g:redzējis|redzējusi} kopš pagājušās vasaras.\n\n`,
  `[2] Tiesas sēdē {D.g:pieteicējs|pieteicēja} ar {I.role.gen} {I.full.gen} starpniecību skaidroja, ka domājamā daļa mantota un tajā dzīvo citi līdzīpašnieki, tādēļ {D.g:viņš|viņa} to nevar lietot. {ORG.municipality.nom} uzturēja savu viedokli, ka īpašuma tiesības izslēdz palīdzību neatkarīgi no tā, vai īpašums tiek faktiski lietots.\n\n`,
  `[3] Kasācijas sūdzību iesniedzis {D.g:pieteicēja|pieteicējas} {T.g:pilnvarotais pārstāvis|pilnvarotā pārstāve} {T.full.nom}, norādot, ka apgabaltiesa nepamatoti nav ņēmusi vērā {W.g:liecinieka|liecinieces} {W.full.gen} liecību par aizturēšanas apstākļiem.\n\n`,
]);

const adReasoning = story([
  `Motīvu daļa\n\n[3] Atbilstoši {ART.dat} ziņas par deklarēto dzīvesvietu anulē, ja personai nav tiesiska pamata dzīvot deklarētajā adresē. Pēc īres līguma izbeigšanās {V.full.dat} šāda pamata nav, un tas, ka dzīvoklī atrodas {V.g:viņa|viņas} mantas, tiesisku pamatu nerada.\n\n`,
  `Motīvu daļa\n\n[3] No {ART.gen} izriet, ka palīdzību sniedz personām, kurām nav dzīvošanai derīga mājokļa. {R.initns.gen} dzīvoklī uz vienu personu ir mazāk nekā desmit kvadrātmetru, tomēr domājamā daļa īpašumā dod {D.sur.dat} tiesības prasīt tā dalīšanu, tāpēc iestādes lēmums ir tiesisks.\n\n`,
  `Motīvu daļa\n\n[4] Saskaņā ar {ART.acc} Senāts atsaka ierosināt kasācijas tiesvedību, ja kasācijas sūdzībā nav pamatoti norādīts uz tiesību normu pārkāpumu. {W.sur.gen} liecība apgabaltiesas spriedumā ir vērtēta, un sūdzībā būtībā pausta nepiekrišana pierādījumu novērtējumam, kas nav kasācijas instances tiesas kompetencē.\n\n`,
]);

const adOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Administratīvā procesa likuma 307. panta pirmo daļu}, tiesa\n\nnosprieda:\n\npieteikumu apmierināt un uzlikt {ORG.municipality.dat} pienākumu mēneša laikā anulēt ziņas par {V.capsur.gen} un {C.inits.gen} deklarēto dzīvesvietu {D.addr.loc}{D.cityc.loc}. Atmaksāt {D.surgiven.dat} valsts nodevu {AMOUNT.costs}.\n\nSpriedums pārsūdzams {CT.admappeal.loc} viena mēneša laikā.\n\n`,
    `Rezolutīvā daļa\n\nTiesa nosprieda noraidīt {D.full.gen} pieteikumu par pienākuma uzlikšanu {ORG.municipality.dat} reģistrēt {D.g:viņu|viņu} palīdzības reģistrā. Spriedumu var pārsūdzēt mēneša laikā no tā sastādīšanas dienas, iesniedzot apelācijas sūdzību {CT.admappeal.dat}.\n\n`,
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Administratīvā procesa likuma 338.¹ panta otro daļu}, Senāts\n\nnolēma:\n\natteikt ierosināt kasācijas tiesvedību sakarā ar {D.capssur.gen} kasācijas sūdzību. Drošības naudu {AMOUNT.costs} atmaksāt, ieskaitot to kontā {D.iban}.\n\nLēmums nav pārsūdzams.\n\n`,
  ],
  { fillersBefore: true },
);

const adSignature = story([
  `{JUDGE.g:Tiesnesis|Tiesnese}\t\t\t\t\t{JUDGE.surinit.nom}\n`,
  `Paraksts: {JUDGE.caps.nom}\n`,
  `Senatori\t\t{JUDGE.surinit.nom}\n\t\t\t{JUDGE2.surinit.nom}\n\t\t\t{JUDGE3.surinit.nom}\n`,
]);

// ---- administrative offence: camera, dog, fishing ------------------------------------------------

const aoHeader: Section = {
  variants: [
    `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\n{SEAT}, {DATE.decision.gabbr}\n\nAdministratīvā pārkāpuma lieta Nr. {CASE}\n{ECLI}\n\n`,
    `SPRIEDUMS\nLatvijas Republikas vārdā\n\n{DATE.decision.short}\t\t\t\t{SEAT}\n\nLieta {CASE} / {ECLI}\n\n`,
  ],
};

const aoIntro = story([
  `{COURT.nom}, {JUDGE.role.gen} {JUDGE.full.gen} sastāvā, ar {SEC.role.ins} {SEC.full.ins}, izskatīja {D.g:transportlīdzekļa īpašnieka|transportlīdzekļa īpašnieces} {D.full.gen} sūdzību par {ORG.police.gen} {DATE.report.gen} lēmumu administratīvā pārkāpuma lietā.\n\n`,
  `{^JUDGE.role.nom} {JUDGE.full.nom}, piedaloties personai, pret kuru uzsākts administratīvā pārkāpuma process, {D.surgiven.dat}, {D.g:viņa|viņas} {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.full.dat} un {V.g:cietušajam|cietušajai} {V.full.dat}, izskatīja {D.sur.gen} sūdzību par {ORG.munipolice.gen} {DATE.report.gen} lēmumu.\n\n`,
  `{COURT.nom} {JUDGE.role.gen} {JUDGE.initns.gen} personā, piedaloties {I.role.dat} {I.full.dat}, izskatīja {D.full.gen}, {D.docwordgen} Nr. {D.doc}, sūdzību par {ORG.env.gen} inspektora {DATE.report.gen} lēmumu.\n\n`,
]);

const aoFacts = story([
  `Aprakstošā daļa\n\n1. Ar {ORG.police.gen} {DATE.report.gen} lēmumu {D.full.dat} kā transportlīdzekļa {D.plate} {D.g:īpašniekam|īpašniecei} piemērots naudas sods {AMOUNT.fine} par to, ka {DATE.offence.gabbr} plkst. 07.52 uz autoceļa A7 ar stacionāru fotoradaru fiksēts atļautā braukšanas ātruma pārsniegums par 31 km/h.\n\n`,
  `Aprakstošā daļa\n\n1. {ORG.munipolice.nom} ar {DATE.report.gen} lēmumu {D.capsur.dat} piemēroja naudas sodu {AMOUNT.fine} par to, ka {DATE.offence.loc} pie mājas {D.addr.nom}{D.cityc.nom} {D.g:viņam|viņai} piederošais suns atradās bez pavadas un uzbruka {V.full.dat}, kas pastaigājās kopā ar {V.g:savu|savu} {C.g:dēlu|meitu} {C.given.acc}. Suns sakoda {V.sur.dat} roku.\n\n`,
  `Aprakstošā daļa\n\n1. {ORG.env.gen} inspektors {DATE.offence.loc} konstatēja, ka {D.caps.nom} makšķerēja ar trim makšķerēm, neuzrādot makšķerēšanas karti. Pārbaudes laikā personas identitāte noskaidrota pēc {D.docwordgen} Nr. {D.doc}, un par pārkāpumu {D.sur.dat} piemērots naudas sods {AMOUNT.fine}.\n\n`,
]);

const aoComplaint = story([
  `2. Sūdzībā {D.sur.nom} norāda, ka automašīnu tajā rītā vadīja {D.g:viņa|viņas} {R.role.nom} {R.full.nom}, {R.g:dzimis|dzimusi} {R.birth.short}, {R.g:kurš|kura} dzīvo {R.addr.loc}{R.cityc.loc} un {R.g:kuram|kurai} ir vadītāja apliecība. To apliecina arī {R.surgiven.gen} rakstveida paskaidrojums.\n\n`,
  `2. Sūdzībā {D.sur.nom} norāda, ka suns izkļuva no sētas, jo vārtiņus {D.g:viņa|viņas} prombūtnē atstāja atvērtus {W.full.nom}, {W.g:kurš|kura} tajā dienā {W.g:remontējis|remontējusi} žogu. {^V.role.nom} {V.capssur.nom} lūdza sūdzību noraidīt, norādot, ka {C.initns.nom} pēc notikuma baidās iziet no mājas.\n\n`,
  `2. {D.g:Sūdzības iesniedzējs|Sūdzības iesniedzēja} norāda, ka makšķerēšanas karti {D.g:iegādājies|iegādājusies} internetā vēl pirms pārbaudes un to var apliecināt {W.g:draugs|draudzene} {W.full.nom}, tālr. {W.phone}, e-pasts {W.email}.\n\n`,
]);

const aoReasoning = story([
  `Motīvu daļa\n\n3. Ja pārkāpums fiksēts ar tehniskajiem līdzekļiem, transportlīdzekļa īpašnieks no atbildības var atbrīvoties, norādot personu, kura transportlīdzekli vadīja. {D.sur.nom} šo tiesību {D.g:izmantojis|izmantojusi}, un {R.sur.gen} paskaidrojums ir ticams. Tādējādi {D.sur.gen} darbībās nav {ART.gen} paredzētā pārkāpuma sastāva.\n\n`,
  `Motīvu daļa\n\n3. Dzīvnieka turētājam jānodrošina, lai dzīvnieks neapdraudētu citus. Tas, ka vārtiņus atstāja atvērtus {W.sur.nom}, neatbrīvo {D.g:īpašnieku|īpašnieci} no atbildības, jo sunim sētā bija jābūt piesietam. Pārkāpums pareizi kvalificēts pēc {ART.gen}.\n\n`,
  `Motīvu daļa\n\n3. No {ORG.env.gen} iesniegtās izdrukas redzams, ka makšķerēšanas karte uz {D.full.gen} vārda iegādāta tikai pēc pārbaudes, {DATE.report.loc}. Tiesa {W.sur.gen} paskaidrojumus vērtē kritiski, tomēr, ievērojot personas mantisko stāvokli, samazina sodu līdz {ART.gen} sankcijas minimumam.\n\n`,
]);

const aoOperative = story(
  [
    `Rezolutīvā daļa\n\nTiesa nosprieda: atcelt {ORG.police.gen} {DATE.report.gen} lēmumu, ar kuru {D.capssur.dat} uzlikts naudas sods {AMOUNT.fine}, un lietvedību izbeigt.\n\nSpriedums nav pārsūdzams.\n\n`,
    `Rezolutīvā daļa\n\n{ORG.munipolice.gen} {DATE.report.gen} lēmumu atstāt negrozītu, bet {D.full.gen} sūdzību – bez apmierinājuma.\n\nSpriedums stājas spēkā tā pasludināšanas brīdī un nav pārsūdzams.\n\n`,
    `Rezolutīvā daļa\n\nGrozīt {ORG.env.gen} inspektora lēmumu, samazinot {D.surgiven.dat} piemēroto naudas sodu līdz {AMOUNT.penalty}. Spriedumu var pārsūdzēt apgabaltiesā 10 dienu laikā.\n\n`,
  ],
  { fillersBefore: true },
);

export const BLIND: TemplateSet = {
  criminal_first: [
    crHeader,
    crIntro,
    crAccused,
    crCharge,
    crTestimony,
    crVictim,
    crExpert,
    crAssessment,
    crSentence,
    crOperative,
    crNotice,
    judgeSignature,
  ],
  criminal_appeal: [apHeader, apIntro, apFacts, apComplaint, apReasoning, apOperative, apSignature],
  civil: [cvHeader, cvIntro, cvFacts, cvArgs, cvReasoning, cvOperative, judgeSignature],
  administrative: [adHeader, adIntro, adFacts, adArgs, adReasoning, adOperative, adSignature],
  administrative_offence: [aoHeader, aoIntro, aoFacts, aoComplaint, aoReasoning, aoOperative, judgeSignature],
};
