/**
 * Ruling templates of the `audit` split, written after the anonymiser had been tuned on the `tune`,
 * `heldout`, `sealed`, `final` and `blind` splits, by someone who has not seen the anonymiser. Nobody
 * tunes on this split; it is used only for the last measurement. Never read its misses to add rules.
 *
 * Each ruling type tells one of three stories (the `scenario` key; the story is drawn before the
 * persons, see ./generate.ts):
 * - criminal_first: 0 a robbery by a minor (the parent as legal representative, the orphans' court),
 *   1 embezzlement by a shop manager, 2 illegal hunting;
 * - criminal_appeal: 0 a complaint about detention for surrender under a European arrest warrant,
 *   1 a prosecutor's appeal protest in a case of evading child maintenance, 2 a complaint about a
 *   refused conditional early release;
 * - civil: 0 an unlawful dismissal (the employer in insolvency, its administrator), 1 a medical
 *   negligence claim against a hospital, 2 the eviction of a tenant and the family;
 * - administrative: 0 income tax on a sale of real estate, 1 an agricultural area payment refused,
 *   2 a foreigner's residence permit annulled for a sham marriage;
 * - administrative_offence: 0 waste dumped from a car, 1 building without a permit, 2 alcohol sold
 *   to a minor.
 * People appear by role in all seven cases, by full name, surname alone, capitals, initials (minors
 * by initials), spouses, parents and children sharing a surname. Officials acting in office (judges,
 * prosecutors, court staff, sworn advocates, a sworn notary, a sworn bailiff, an insolvency
 * administrator) are must-keep; interpreters, experts, witnesses, a doctor, representatives who are
 * not advocates, buyers and legal representatives are private persons. Placeholders: see
 * ./generate.ts (`placeholder`); persons D, V, W, X, R, T, I, E, C, H; officials JUDGE, JUDGE2, JUDGE3,
 * PROS, SEC, ADV, ADV2, ASSIST, NOT, BAIL, ADMIN; other courts {CT.appeal|foreign|admappeal.case}.
 */
import type { Section, TemplateSet } from './templates.ts';

const story = (variants: string[], extra: Partial<Section> = {}): Section => ({
  variants,
  align: 'scenario',
  ...extra,
});

const judgeSignature: Section = {
  variants: [
    `{^JUDGE.role.nom}\t(paraksts)\t{JUDGE.full.nom}\n`,
    `{^JUDGE.role.nom}\t\t\t\t\t{JUDGE.capssur.nom}\n\nNoraksts pareizs.\n{^ASSIST.role.nom}\t\t{ASSIST.surinit.nom}\n`,
    `Tiesas sēdes {JUDGE.g:priekšsēdētājs|priekšsēdētāja}\t\t{JUDGE.init.nom}\n`,
  ],
};

// ---- first-instance criminal: a juvenile robbery, embezzlement, illegal hunting ---------------------

const crHeader: Section = {
  variants: [
    `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\n{SEAT}\t\t\t\t{DATE.decision.nodot}\n\nKrimināllieta Nr. {CASE}\nNolēmuma identifikators {ECLI}\n\n`,
    `SPRIEDUMS\nLatvijas Republikas vārdā\n\n{COURT.nom}\nLieta {CASE}\n{ECLI}\n\n{SEAT}, {DATE.decision.tight}\n\n`,
  ],
};

const crIntro = story([
  `{COURT.nom} šādā sastāvā: sēdes {JUDGE.g:priekšsēdētājs|priekšsēdētāja} {JUDGE.role.nom} {JUDGE.full.nom}, {SEC.role.nom} {SEC.full.nom}, piedaloties {ORG.prosoff.gen} {PROS.role.dat} {PROS.full.dat}, {D.g:nepilngadīgajam apsūdzētajam|nepilngadīgajai apsūdzētajai} {D.full.dat}, {D.g:viņa|viņas} {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.full.dat}, likumiskajam pārstāvim – {T.g:tēvam|mātei} {T.full.dat} – un {ORG.bt.gen} pārstāvei, slēgtā tiesas sēdē izskatīja krimināllietu par\n\n`,
  `Tiesa, kuras sastāvā ir {JUDGE.role.nom} {JUDGE.surgiven.nom}, ar {SEC.role.ins} {SEC.full.ins}, piedaloties {PROS.role.dat} {PROS.full.dat}, {D.g:apsūdzētajam|apsūdzētajai} {D.full.dat}, {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.surinit.dat} un cietušās {COMPANY} {T.g:pārstāvim|pārstāvei} pēc pilnvaras {T.full.dat}, atklātā tiesas sēdē izskatīja krimināllietu par\n\n`,
  `{COURT.nom} {JUDGE.role.gen} {JUDGE.full.gen} sastāvā, ar {SEC.role.ins} {SEC.initns.ins}, piedaloties {PROS.role.dat} {PROS.surgiven.dat}, {D.g:apsūdzētajam|apsūdzētajai} {D.caps.dat} un {ADV.role.dat} {ADV.full.dat}, tiesas sēdē izskatīja krimināllietu par\n\n`,
]);

const crAccused = story([
  `{D.g:nepilngadīgā apsūdzētā|nepilngadīgās apsūdzētās} {D.capsur.gen}, personas kods {D.code}, {D.g:dzimuša|dzimušas} {D.birth.loc}, deklarētā dzīvesvieta {D.fulladdr}, vispārizglītojošās skolas {D.g:skolnieka|skolnieces}, iepriekš {D.g:nesodīta|nesodītas},\n\napsūdzībā pēc {ART.gen}.\n\n`,
  `{D.full.gen}, personas kods {D.code}, dzimšanas datums {D.birth.nodot}, deklarētā adrese {D.fulladdr}, faktiskā dzīvesvieta {D.fulladdr2}, e-pasts {D.email}, {D.g:precēta|precētas}, ar vidējo speciālo izglītību,\n\napsūdzībā noziedzīgā nodarījumā, kas paredzēts {ART.loc}.\n\n`,
  `{D.surgiven.gen} (p. k. {D.code}, dz. {D.birth.num}., {D.docword} Nr. {D.doc}, mob. tālr. {D.phone}, dzīvo {D.addr.loc}{D.cityc.loc}) apsūdzībā pēc {ART.gen}.\n\n`,
]);

const crCharge = story([
  `Aprakstošā daļa\n\n1. {D.g:Nepilngadīgais|Nepilngadīgā} {D.full.nom} {D.g:apsūdzēts|apsūdzēta} par to, ka {DATE.offence.loc} ap plkst. 19.30 pie tirdzniecības centra autostāvvietas, vienojoties ar citu nepilngadīgu personu, pret kuru kriminālprocess izdalīts atsevišķā lietvedībā, pieprasīja {V.g:cietušajam|cietušajai} {V.full.dat} atdot mobilo tālruni un, draudot ar fizisku vardarbību, to atņēma, nodarot {V.sur.dat} zaudējumus {AMOUNT.damage} apmērā.\n\n`,
  `Aprakstošā daļa\n\n1. {D.surgiven.nom}, {D.g:būdams|būdama} {COMPANY} veikala {D.g:vadītājs|vadītāja} un materiāli atbildīgā persona, laika posmā no {DATE.contract.num} līdz {DATE.offence.num} piesavinājās {D.g:viņam|viņai} uzticētos skaidras naudas līdzekļus no veikala kases kopumā {AMOUNT.claim} apmērā, daļu naudas pārskaitot uz {D.g:sava|savas} {R.role.gen} {R.full.gen} kontu {R.iban}.\n\n`,
  `Aprakstošā daļa\n\n1. {D.capssur.nom} {D.g:apsūdzēts|apsūdzēta} tajā, ka {DATE.offence.loc}, medību sezonai neesot atklātai un bez medību atļaujas, atradās medību iecirknī netālu no {D.g:sava|savas} {R.role.gen} {R.full.gen} mājām un ar {D.g:viņam|viņai} piederošo medību ieroci nošāva staltbriežu govi, nodarot valstij zaudējumus {AMOUNT.damage}. Nomedīto dzīvnieku {D.g:viņš|viņa} iekrāva automašīnā ar valsts reģistrācijas numuru {D.plate}.\n\n`,
]);

const crTestimony = story([
  `Motīvu daļa\n\n2. {D.g:Apsūdzētais|Apsūdzētā} {D.sur.nom} tiesas sēdē vainu atzina un paskaidroja, ka tālruni {D.g:paņēmis|paņēmusi}, jo {D.g:gribējis|gribējusi} izpatikt vecākiem draugiem. {^V.role.nom} {V.surgiven.nom} liecināja, ka {D.sur.nom} {V.g:viņam|viņai} teica: “{V.given.voc}, atdod telefonu, citādi būs slikti!” {^T.role.nom} {T.full.nom} paskaidroja, ka ģimene kaitējumu jau ir atlīdzinājusi un ka {D.g:dēls|meita} kopš notikuma apmeklē psihologu.\n\n`,
  `Motīvu daļa\n\n2. {D.g:Apsūdzētais|Apsūdzētā} vainu neatzina un liecināja, ka naudu no kases {D.g:izņēmis|izņēmusi} ar valdes locekļa mutisku atļauju, lai samaksātu piegādātājiem skaidrā naudā. {W.g:Liecinieks|Lieciniece} {W.full.nom}, {W.g:kurš|kura} veikalā strādāja par {W.g:kasieri|kasieri}, liecināja, ka par šādu atļauju nekad nav {W.g:dzirdējis|dzirdējusi}, bet {X.surgiven.nom} apstiprināja, ka iztrūkums atklājās inventarizācijā uzreiz pēc {D.sur.gen} atvaļinājuma.\n\n`,
  `Motīvu daļa\n\n2. {D.g:Apsūdzētais|Apsūdzētā} paskaidroja, ka krēslā {D.g:uzskatījis|uzskatījusi} dzīvnieku par mežacūku un to {D.g:gribējis|gribējusi} nodot medību kolektīvam. {W.g:Medību vadītājs|Medību vadītāja} {W.full.nom} liecināja, ka tajā dienā {D.sur.dat} medības nebija {W.g:atļāvis|atļāvusi} un ka visu kolektīva biedru licences glabājas pie {W.g:viņa|viņas}.\n\n`,
]);

const crEvidence = story(
  [
    `3. {ORG.bt.gen} pārstāve norādīja, ka ģimene līdz šim nav bijusi bāriņtiesas redzeslokā un ka {D.g:nepilngadīgais|nepilngadīgā} dzīvo kopā ar vecākiem {D.addr.loc}{D.cityc.loc}. {V.g:Cietušais|Cietusī} {V.full.nom} tiesā lūdza {D.sur.acc} bargi nesodīt.\n\n`,
    `3. Saskaņā ar {E.g:revidenta|revidentes} {E.full.gen} atzinumu iztrūkums radies vienīgi kasē, kuru pārvaldīja {D.sur.nom}. No bankas izrakstiem redzams, ka pārskaitījumi uz kontu {R.iban} veikti no {D.g:apsūdzētā|apsūdzētās} tālruņa {D.phone}.\n\n`,
    `3. Ballistiskās ekspertīzes atzinumā, ko {E.g:sniedzis eksperts|sniegusi eksperte} {E.surgiven.nom}, secināts, ka lode izšauta no {D.sur.dat} piederošā ieroča. {R.full.nom} liecināja, ka pēc šāviena {D.sur.nom} atbrauca pie {R.g:viņa|viņas} {R.addr.loc}{R.cityc.loc} un lūdza palīdzēt sadalīt dzīvnieku.\n\n`,
  ],
  { optional: 0.9 },
);

const crAssessment = story([
  `4. Tiesa secina, ka {D.full.gen} nodarījums pareizi kvalificēts pēc {ART.gen}. Nosakot sodu nepilngadīgajam, tiesa ņem vērā {D.g:viņa|viņas} vecumu, to, ka nodarījums izdarīts pirmo reizi, un to, ka vecāki spēj nodrošināt uzraudzību, tādēļ piemērojams nosacīts sods.\n\n`,
  `4. {D.g:Apsūdzētā|Apsūdzētās} versiju par valdes locekļa atļauju atspēko liecinieku {W.sur.gen} un {X.sur.gen} liecības un revīzijas akts. {D.sur.loc} nodoms piesavināties naudu radās, kad uzņēmums sāka kavēt algu izmaksu, un nodarījums pareizi kvalificēts pēc {ART.gen}.\n\n`,
  `4. Tiesa noraida {D.sur.gen} versiju par kļūdu, jo staltbriežu govs un mežacūka ir labi atšķiramas arī krēslā, un {D.g:pieredzējušam medniekam|pieredzējušai medniecei} tas bija jāzina. Darbības kvalificējamas pēc {ART.gen}.\n\n`,
]);

const crOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Kriminālprocesa likuma 511., 512. un 513. pantu}, tiesa\n\nnosprieda:\n\n{D.capsur.acc} atzīt par {D.g:vainīgu|vainīgu} noziedzīgā nodarījumā, kas paredzēts {ART.loc}, un sodīt ar brīvības atņemšanu uz 1 (vienu) gadu, ko saskaņā ar {LAW.Krimināllikuma 55. pantu} noteikt nosacīti ar pārbaudes laiku uz 2 (diviem) gadiem.\n\nUzlikt {D.full.dat} pienākumu pārbaudes laikā atrasties dzīvesvietā no plkst. 22.00 līdz 6.00.\n\n`,
    `Rezolutīvā daļa\n\nVadoties no {LAW.Kriminālprocesa likuma 511.–513. panta}, tiesa\n\nNOSPRIEDA:\n\n{D.surgiven.acc} atzīt par vainīgu pēc {ART.gen} un sodīt ar brīvības atņemšanu uz 2 (diviem) gadiem un probācijas uzraudzību uz 1 (vienu) gadu.\n\n{COMPANY} pieteikto kaitējuma kompensāciju piedzīt no {D.full.gen} pilnā apmērā – {AMOUNT.claim}.\n\nArestu, kas uzlikts {R.full.gen} kontam {R.iban}, atcelt.\n\n`,
    `Rezolutīvā daļa\n\n{D.caps.acc} atzīt par {D.g:vainīgu|vainīgu} pēc {ART.gen} un sodīt ar naudas sodu 30 minimālo mēnešalgu apmērā, atņemot medību tiesības uz 5 (pieciem) gadiem.\n\nLietisko pierādījumu – medību ieroci – konfiscēt. Automašīnu {D.plate} atdot {D.sur.dat}.\n\nPiedzīt no {D.sur.gen} valsts labā zaudējumu atlīdzību {AMOUNT.damage}.\n\n`,
  ],
  { fillersBefore: true },
);

const crNotice: Section = {
  variants: [
    `Spriedumu var pārsūdzēt {CT.appeal.loc} 10 dienu laikā no pilna sprieduma sastādīšanas dienas, iesniedzot sūdzību ar {COURT.gen} kancelejas starpniecību. Pilns spriedums sastādīts {DATE.appeal.nodot}.\n\n`,
    `Pilns spriedums tiks sastādīts {DATE.appeal.loc}; no šīs dienas sākas apelācijas sūdzības iesniegšanas termiņš.\n\n`,
  ],
};

// ---- criminal appeal: a European arrest warrant, a maintenance protest, early release ---------------

const apHeader = story([
  `{COURT.nom}\n\nLĒMUMS\n\n{DATE.decision.tight}\t\t\t\t{SEAT}\n\nLieta Nr. {CASE}; {ECLI}\n\n`,
  `{COURT.nom}\nKrimināllietu tiesas kolēģija\n\nLĒMUMS\nLatvijas Republikas vārdā\n\n{SEAT}, {DATE.decision.loc}\n\nLietas Nr. {CASE}\nNolēmuma identifikators {ECLI}\n\n`,
  `LĒMUMS\n\n{COURT.nom}\n{SEAT}, {DATE.decision.nodot}\n\nLieta {CASE}\n{ECLI}\n\n`,
]);

const apIntro = story([
  `{COURT.gen} {JUDGE.role.nom} {JUDGE.full.nom}, piedaloties {PROS.role.dat} {PROS.full.dat}, personai, kuras nodošana pieprasīta, {D.full.dat}, {D.g:viņa|viņas} {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.full.dat} un {I.g:tulkam|tulcei} {I.full.dat}, izskatīja {D.full.gen} sūdzību par {LOWER.gen} izmeklēšanas tiesneša {DATE.hearing.gen} lēmumu, ar kuru {D.g:viņam|viņai} piemērots apcietinājums personas nodošanas nodrošināšanai pēc {CT.foreign.gen} izsniegtā Eiropas apcietināšanas ordera.\n\n`,
  `Apgabaltiesas Krimināllietu tiesas kolēģija šādā sastāvā: sēdes {JUDGE.g:priekšsēdētājs|priekšsēdētāja} {JUDGE.full.nom}, {JUDGE2.role.nom} {JUDGE2.full.nom} un {JUDGE3.role.nom} {JUDGE3.init.nom}, ar {SEC.role.ins} {SEC.surgiven.ins}, piedaloties {PROS.role.dat} {PROS.full.dat}, {D.g:apsūdzētajam|apsūdzētajai} {D.surgiven.dat} un {V.g:cietušajam|cietušajai} {V.full.dat}, atklātā tiesas sēdē izskatīja krimināllietu sakarā ar {ORG.prosoff.gen} prokurora apelācijas protestu par {LOWER.gen} {DATE.lower.gen} spriedumu.\n\n`,
  `{COURT.gen} {JUDGE.role.nom} {JUDGE.surgiven.nom} rakstveida procesā izskatīja {D.g:notiesātā|notiesātās} {D.full.gen}, personas kods {D.code}, sūdzību par {LOWER.gen} {DATE.lower.gen} lēmumu, ar kuru {D.g:viņam|viņai} atteikta nosacīta pirmstermiņa atbrīvošana no soda izciešanas.\n\n`,
]);

const apFacts = story([
  `Aprakstošā daļa\n\n[1] {CT.foreign.nom} {DATE.offence.loc} izsniedza Eiropas apcietināšanas orderi par Latvijas {D.g:pilsoņa|pilsones} {D.full.gen}, dzimšanas datums – {D.birth.nom}, nodošanu kriminālvajāšanai par krāpšanu. {D.sur.nom} {D.g:aizturēts|aizturēta} {DATE.detained.loc} {D.g:savā|savā} dzīvesvietā {D.addr.loc}{D.cityc.loc}, uzrādot {D.docwordgen} Nr. {D.doc}.\n\n`,
  `Aprakstošā daļa\n\n1. Ar {LOWER.gen} {DATE.lower.gen} spriedumu {D.capsur.nom}, personas kods {D.code}, {D.g:atzīts|atzīta} par {D.g:vainīgu|vainīgu} {ART.loc} paredzētajā noziedzīgajā nodarījumā un {D.g:sodīts|sodīta} ar piespiedu darbu uz 80 stundām.\n\n2. {D.sur.nom} {D.g:atzīts|atzīta} par vainīgu tajā, ka ilgstoši ļaunprātīgi izvairījās no tiesas nolēmumā noteikto uzturlīdzekļu maksāšanas {C.g:savam nepilngadīgajam dēlam|savai nepilngadīgajai meitai} {C.full.dat}, kā rezultātā izveidojās parāds {AMOUNT.debt} apmērā; bērnu audzina {V.g:tēvs|māte} {V.surgiven.nom}.\n\n`,
  `Aprakstošā daļa\n\n[1] {D.capssur.nom} izcieš brīvības atņemšanas sodu, kas {D.g:viņam|viņai} noteikts ar {CT.appeal.gen} spriedumu par noziedzīgu nodarījumu, kas paredzēts {ART.loc}. Soda termiņa beigas – {DATE.release.nodot}.\n\n[2] Ar pārsūdzēto lēmumu nosacīta pirmstermiņa atbrīvošana atteikta, jo {D.sur.nom} nav {D.g:atlīdzinājis|atlīdzinājusi} cietušajai kaitējumu un ieslodzījuma vietas administrācija {D.g:viņu|viņu} raksturo neviennozīmīgi.\n\n`,
]);

const apArgs = story([
  `[2] Sūdzībā {D.sur.nom} lūdz apcietinājumu aizstāt ar drošības līdzekli, kas nav saistīts ar brīvības atņemšanu, norādot, ka Latvijā dzīvo kopā ar ģimeni, strādā {COMPANY} un no tiesas nekur neslēpjas. {^R.role.nom} {R.surgiven.nom} rakstveida apliecinājumā norāda, ka ģimene dzīvo {R.addr2.loc}, kur aug arī viņu {C.g:dēls|meita} {C.given.nom}, un apņemas nodrošināt {D.sur.gen} ierašanos.\n\n`,
  `3. Apelācijas protestā prokurors lūdz pirmās instances tiesas spriedumu atcelt daļā par sodu un noteikt {D.sur.dat} brīvības atņemšanu, jo piespiedu darbs nav {D.g:viņu|viņu} motivējis maksāt – arī pēc sprieduma pasludināšanas {D.g:viņš|viņa} nav {D.g:samaksājis|samaksājusi} nevienu maksājumu. {^V.role.nom} {V.full.nom} protestu atbalstīja.\n\n`,
  `[3] Sūdzībā {D.sur.nom} norāda, ka pēc atbrīvošanas dzīvos pie {R.g:sava|savas} {R.role.gen} {R.full.gen} {R.addr.loc}{R.cityc.loc}, kur {D.g:viņam|viņai} nodrošināts darbs zemnieku saimniecībā, un kaitējumu atlīdzinās no darba algas. Sūdzībai pievienots {R.surgiven.gen} apliecinājums, kurā norādīts tālrunis {R.phone}.\n\n`,
]);

const apReasoning = story([
  `Motīvu daļa\n\n[3] Izlemjot jautājumu par apcietinājumu personas nodošanas nodrošināšanai, tiesa nevērtē personas vainu, bet pārbauda, vai pastāv risks, ka persona var izvairīties no nodošanas. Tas, ka {D.sur.nom} pēc nodarījuma {D.g:pārcēlies|pārcēlusies} uz Latviju un uz {CT.foreign.gen} izsaukumiem nav {D.g:atsaucies|atsaukusies}, liecina par šādu risku, ko nemazina {R.sur.gen} apliecinājums.\n\n`,
  `Motīvu daļa\n\n4. Kolēģija piekrīt prokuroram, ka pirmās instances tiesa, nosakot sodu, nav pietiekami vērtējusi nodarījuma ilgumu un to, ka {C.initns.nom} visu šo laiku {C.g:tika uzturēts|tika uzturēta} tikai no {V.sur.gen} ienākumiem. Tomēr, ņemot vērā, ka {D.sur.nom} apelācijas instances tiesā {D.g:uzsācis|uzsākusi} parāda atmaksu, brīvības atņemšana nav nepieciešama.\n\n`,
  `Motīvu daļa\n\n[4] Saskaņā ar {LAW.Krimināllikuma 61. pantu} nosacīti pirms termiņa var atbrīvot notiesāto, kurš ar savu uzvedību pierādījis, ka ir ceļā uz labošanos. Pirmās instances tiesa pamatoti ņēma vērā nesamaksāto kaitējuma kompensāciju, taču nav izvērtējusi {R.surgiven.gen} apliecinājumu par darba iespējām, kas ir būtisks apstāklis {D.sur.gen} resocializācijai.\n\n`,
]);

const apOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Kriminālprocesa likuma 67. nodaļu}, tiesa\n\nnolēma:\n\n{LOWER.gen} izmeklēšanas tiesneša {DATE.hearing.gen} lēmumu atstāt negrozītu, bet {D.capssur.gen} sūdzību noraidīt.\n\nLēmums nav pārsūdzams.\n\n`,
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Kriminālprocesa likuma 564. panta otro daļu}, apgabaltiesa\n\nnolēma:\n\n{ORG.prosoff.gen} prokurora apelācijas protestu noraidīt un {LOWER.gen} {DATE.lower.gen} spriedumu atstāt negrozītu.\n\nLēmumu var pārsūdzēt kasācijas kārtībā 10 dienu laikā no tā sastādīšanas dienas.\n\n`,
    `Rezolutīvā daļa\n\nApmierināt {D.g:notiesātā|notiesātās} {D.full.gen} sūdzību, atcelt {LOWER.gen} {DATE.lower.gen} lēmumu un nodot jautājumu jaunai izskatīšanai citā tiesas sastāvā.\n\nLēmums nav pārsūdzams.\n\n`,
  ],
  { fillersBefore: true },
);

const apSignature = story([
  `{^JUDGE.role.nom}\t\t\t\t\t\t{JUDGE.surinit.nom}\n`,
  `Sēdes {JUDGE.g:priekšsēdētājs|priekšsēdētāja}\t\t{JUDGE.full.nom}\n{^JUDGE2.role.nom}\t\t\t{JUDGE2.full.nom}\n{^JUDGE3.role.nom}\t\t\t{JUDGE3.full.nom}\n`,
  `{^JUDGE.role.nom}\t\t\t\t{JUDGE.capssur.nom}\n\nNoraksts pareizs.\n{^ASSIST.role.nom}\t\t{ASSIST.full.nom}\n`,
]);

// ---- civil: an unlawful dismissal, medical negligence, an eviction ---------------------------------

const cvHeader = story([
  `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\nLieta Nr. {CASE}\n{ECLI}\n\n{SEAT}, {DATE.decision.tight}\n\n`,
  `SPRIEDUMS\nLatvijas Republikas vārdā\n\n{COURT.nom}\t\t\t\t{DATE.decision.nodot}\n\nCivillieta Nr. {CASE}\n{ECLI}\n\n`,
  `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\n{SEAT}\t\t\t\t{DATE.decision.loc}\n\nLieta {CASE} | {ECLI}\n\n`,
]);

const cvIntro = story([
  `{COURT.nom} šādā sastāvā: {JUDGE.role.nom} {JUDGE.full.nom}, {SEC.role.nom} {SEC.full.nom}, piedaloties {D.g:prasītājam|prasītājai} {D.full.dat}, {D.g:viņa|viņas} {T.g:pārstāvim|pārstāvei} {T.full.dat} un atbildētājas {COMPANY} {ADMIN.role.dat} {ADMIN.full.dat}, atklātā tiesas sēdē izskatīja civillietu {D.surgiven.gen} prasībā pret {COMPANY} par uzteikuma atzīšanu par spēkā neesošu, atjaunošanu darbā un vidējās izpeļņas piedziņu par darba piespiedu kavējuma laiku.\n\n`,
  `Tiesa {JUDGE.g:tiesneša|tiesneses} {JUDGE.surgiven.gen} personā, ar {SEC.role.ins} {SEC.full.ins}, piedaloties {D.g:prasītājam|prasītājai} {D.caps.dat}, {D.g:viņa|viņas} {ADV.g:pārstāvim|pārstāvei} {ADV.role.dat} {ADV.full.dat}, atbildētājas {ORG.hospital.gen} pārstāvei pēc pilnvaras un trešajai personai {W.full.dat}, atklātā tiesas sēdē izskatīja civillietu {D.full.gen} prasībā pret {ORG.hospital.acc} par morālā kaitējuma atlīdzību un ārstēšanās izdevumu piedziņu.\n\n`,
  `{^JUDGE.role.nom} {JUDGE.full.nom}, ar {SEC.role.ins} {SEC.initns.ins}, piedaloties {D.g:prasītājam|prasītājai} {D.surgiven.dat}, {V.g:atbildētājam|atbildētājai} {V.full.dat} un {ORG.bt.gen} pārstāvim, izskatīja civillietu {D.full.gen} prasībā pret {V.full.acc}, {R.full.acc} un nepilngadīgo {C.inits.acc} par izlikšanu no dzīvojamās telpas un īres maksas parāda piedziņu.\n\n`,
]);

const cvFacts = story([
  `Aprakstošā daļa\n\n[1] {D.g:Prasītājs|Prasītāja} {D.full.nom}, personas kods {D.code}, no {DATE.contract.num} strādāja {COMPANY} par noliktavas {D.g:pārzini|pārzini} ar mēnešalgu {AMOUNT.salary}. Ar {DATE.offence.gen} rīkojumu {D.g:viņš|viņa} {D.g:atlaists|atlaista} no darba, pamatojoties uz {ART.acc}.\n\n[2] {D.g:Prasītājs|Prasītāja} uzskata, ka atlaišana ir prettiesiska, jo {D.g:viņš|viņa} tajā laikā bija {D.g:darbnespējīgs|darbnespējīga}, ko apliecina ģimenes ārsta izsniegta darbnespējas lapa, un lūdz atjaunot {D.g:viņu|viņu} darbā un piedzīt vidējo izpeļņu par visu darba piespiedu kavējuma laiku, ieskaitot to kontā {D.iban}.\n\n`,
  `Aprakstošā daļa\n\n[1] {D.g:Prasītājs|Prasītāja} {D.full.nom}, dzimšanas datums {D.birth.loc}, dzīvo {D.addr.loc}{D.cityc.loc}. {DATE.offence.loc} {D.g:viņam|viņai} {ORG.hospital.loc} veikta ceļa locītavas endoprotezēšana, kuru veica {W.g:ārsts traumatologs|ārste traumatoloģe} {W.full.nom}. Pēc operācijas attīstījās infekcija, un {D.sur.nom} vēl divas reizes {D.g:bija spiests|bija spiesta} ārstēties stacionārā; kopš tā laika {D.g:viņš|viņa} pārvietojas ar kruķiem.\n\n[2] {ORG.vi.nom} ar {DATE.decisionInst.gen} atzinumu konstatēja, ka pēcoperācijas aprūpē nav ievērotas klīniskās vadlīnijas. {D.g:Prasītājs|Prasītāja} lūdz piedzīt morālā kaitējuma atlīdzību {AMOUNT.claim} un ārstēšanās izdevumus {AMOUNT.costs}.\n\n`,
  `Aprakstošā daļa\n\n[1] {D.g:Prasītājam|Prasītājai} pieder dzīvoklis {V.addr.loc}{V.cityc.loc}, kas ierakstīts zemesgrāmatas nodalījumā Nr. {D.folio}, kadastra numurs {D.cad}. Ar {DATE.contract.gen} īres līgumu dzīvoklis izīrēts {V.full.dat}, kurā kopā ar {V.g:viņu|viņu} dzīvo {V.g:viņa|viņas} {R.role.nom} {R.full.nom} un {C.g:nepilngadīgais dēls|nepilngadīgā meita} {C.inits.nom}.\n\n[2] Kopš {DATE.offence.gen} {V.sur.nom} nemaksā īres maksu, un parāds sasniedzis {AMOUNT.debt}. {DATE.report.loc} {D.g:prasītājs|prasītāja} nosūtīja brīdinājumu par īres līguma uzteikumu, kas {V.g:atbildētājam|atbildētājai} izsniegts personīgi.\n\n`,
]);

const cvArgs = story([
  `[3] Atbildētājas {ADMIN.role.nom} {ADMIN.surgiven.nom} prasību neatzina un paskaidroja, ka par darbnespēju darba devējs netika informēts. {W.g:Liecinieks|Lieciniece} {W.full.nom}, {D.sur.gen} {W.g:tiešais vadītājs|tiešā vadītāja}, liecināja, ka {D.g:prasītājs|prasītāja} {W.g:viņam|viņai} par slimību {D.g:zvanījis|zvanījusi} no numura {D.phone} jau atlaišanas dienā. To apstiprināja arī {X.g:kolēģis|kolēģe} {X.capsur.nom}.\n\n`,
  `[3] Atbildētāja prasību neatzina, norādot, ka infekcija ir zināms operācijas risks, par ko {D.g:pacients bija informēts|paciente bija informēta}, parakstot piekrišanu. Trešā persona {W.surgiven.nom} paskaidroja, ka pēc izrakstīšanas {D.sur.nom} uz kontrolvizīti neieradās. {^R.role.nom} {R.full.nom}, {R.g:kurš|kura} pēc operācijas {D.g:viņu|viņu} kopa mājās, liecināja, ka uz kontrolvizīti {D.sur.nom} nevarēja aizbraukt augstās temperatūras dēļ un ka {R.g:viņš|viņa} par to {R.g:zvanījis|zvanījusi} uz slimnīcu.\n\n`,
  `[3] {V.g:Atbildētājs|Atbildētāja} {V.sur.nom} prasību atzina daļā par parādu, bet lūdza neizlikt ģimeni, jo cita mājokļa tai nav. Par parāda piedziņu jau uzsākta izpildu lietvedība, kuru veic {BAIL.role.nom} {BAIL.full.nom}. {ORG.bt.nom} atzinumā norāda, ka izlikšana neatbilst {C.g:nepilngadīgā|nepilngadīgās} {C.inits.gen} interesēm, ja ģimenei netiek nodrošināts cits mājoklis.\n\n`,
]);

const cvReasoning = story([
  `Motīvu daļa\n\n[4] Saskaņā ar {LAW.Darba likuma 109. panta pirmo daļu} darba devējam nav tiesību uzteikt darba līgumu laikā, kad darbinieks ir pārejoši darbnespējīgs. Tiesa atzīst, ka {D.full.nom} atlaišanas dienā bija {D.g:darbnespējīgs|darbnespējīga}, un tas, ka darba devējs par to nezināja, to neatbrīvo no likumā noteiktā aizlieguma. Tādēļ uzteikums atzīstams par spēkā neesošu un {D.sur.nom} {D.g:atjaunojams|atjaunojama} iepriekšējā darbā.\n\n`,
  `Motīvu daļa\n\n[4] Ārstniecības iestāde atbild par kaitējumu, kas pacientam nodarīts, nepienācīgi sniedzot ārstniecību. No tiesu medicīnas {E.g:eksperta|ekspertes} {E.full.gen} atzinuma izriet, ka infekcijas pazīmes bija konstatējamas jau izrakstīšanas dienā, tātad {D.sur.gen} aprūpe neatbilda vadlīnijām. Morālā kaitējuma atlīdzības apmēru tiesa nosaka saskaņā ar {ART.acc}.\n\n`,
  `Motīvu daļa\n\n[4] Atbilstoši {ART.dat} izīrētājs var prasīt īrnieka izlikšanu, ja īrnieks ilgāk par trim mēnešiem nav maksājis īres maksu. Izvērtējusi {ORG.bt.gen} atzinumu un {V.surgiven.gen} paskaidrojumus, tiesa atzīst, ka parāds izveidojies ilgstoši un bez attaisnojoša iemesla. Lai ģimenei būtu laiks atrast citu mājokli, izlikšana nosakāma ne agrāk kā divus mēnešus pēc sprieduma stāšanās spēkā.\n\n`,
]);

const cvOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Civilprocesa likuma 193. pantu}, tiesa\n\nnosprieda:\n\nprasību apmierināt. Atzīt par spēkā neesošu {COMPANY} {DATE.offence.gen} uzteikumu un atjaunot {D.full.acc} iepriekšējā darbā. Piedzīt no {COMPANY} par labu {D.surgiven.dat} vidējo izpeļņu par darba piespiedu kavējuma laiku {AMOUNT.claim}.\n\nSpriedums daļā par atjaunošanu darbā izpildāms nekavējoties. Apelācijas sūdzību var iesniegt {CT.appeal.dat} 20 dienu laikā no sprieduma sastādīšanas.\n\n`,
    `Rezolutīvā daļa\n\nPrasību apmierināt daļēji. Piedzīt no {ORG.hospital.gen} par labu {D.full.dat} morālā kaitējuma atlīdzību {AMOUNT.claim} un ārstēšanās izdevumus {AMOUNT.costs}, pārskaitot tos uz {D.g:prasītāja|prasītājas} kontu {D.iban}. Pārējā daļā prasību noraidīt.\n\nSpriedumu var pārsūdzēt 20 dienu laikā no sprieduma sastādīšanas dienas, iesniedzot apelācijas sūdzību {CT.appeal.dat} ar {COURT.gen} starpniecību.\n\n`,
    `Rezolutīvā daļa\n\nPrasību apmierināt. Izlikt {V.capsur.acc}, {R.capsur.acc} un {C.inits.acc} no dzīvokļa {V.addr.loc}{V.cityc.loc} bez citas dzīvojamās telpas ierādīšanas ne agrāk kā divus mēnešus pēc sprieduma stāšanās spēkā. Piedzīt no {V.full.gen} par labu {D.capssur.dat} īres maksas parādu {AMOUNT.debt}.\n\nŠo spriedumu divdesmit dienu laikā var pārsūdzēt {CT.appeal.loc}, iesniedzot apelācijas sūdzību ar šīs tiesas starpniecību.\n\n`,
  ],
  { fillersBefore: true },
);

// ---- administrative: income tax, an area payment, a residence permit ------------------------------

const adHeader: Section = {
  variants: [
    `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\nAdministratīvā lieta Nr. {CASE}\nIdentifikators {ECLI}\n\n{SEAT}, {DATE.decision.loc}\n\n`,
    `SPRIEDUMS\nLatvijas Republikas vārdā\n\n{DATE.decision.nodot}\t\t\t{SEAT}\n\n{COURT.nom}, lieta Nr. {CASE}\n{ECLI}\n\n`,
  ],
};

const adIntro = story([
  `{COURT.nom} šādā sastāvā: {JUDGE.role.nom} {JUDGE.full.nom}, ar {SEC.role.ins} {SEC.full.ins}, piedaloties {D.g:pieteicējam|pieteicējai} {D.full.dat} un atbildētājas – Latvijas Republikas {ORG.vid.gen} personā – pārstāvei, mutvārdu procesā izskatīja administratīvo lietu, kas ierosināta pēc {D.full.gen} pieteikuma par {ORG.vid.gen} {DATE.decisionInst.gen} lēmuma atcelšanu daļā par iedzīvotāju ienākuma nodokļa un nokavējuma naudas aprēķinu.\n\n`,
  `{COURT.nom} {JUDGE.g:tiesneša|tiesneses} {JUDGE.capssur.gen} sastāvā rakstveida procesā izskatīja {D.caps.gen} (personas kods {D.code}, adrese {D.fulladdr}, e-pasta adrese {D.email}) pieteikumu par labvēlīga administratīvā akta – lēmuma par vienotā platības maksājuma piešķiršanu – izdošanu.\n\n`,
  `{^JUDGE.role.nom} {JUDGE.surgiven.nom}, ar {SEC.role.ins} {SEC.surinit.ins}, piedaloties {D.g:pieteicējam|pieteicējai} {D.full.dat}, {I.g:tulkam|tulcei} {I.full.dat} un {D.g:pieteicēja|pieteicējas} {T.g:pārstāvim|pārstāvei} {T.full.dat}, izskatīja administratīvo lietu sakarā ar {D.full.gen} pieteikumu par {ORG.pmlp.gen} {DATE.decisionInst.gen} lēmuma, ar kuru anulēta {D.g:viņam|viņai} izsniegtā termiņuzturēšanās atļauja, atcelšanu.\n\n`,
]);

const adFacts = story([
  `Aprakstošā daļa\n\n[1] {D.g:Pieteicējs|Pieteicēja} ar {DATE.contract.gen} pirkuma līgumu, ko {NOT.g:apliecinājis|apliecinājusi} {NOT.role.nom} {NOT.full.nom}, pārdeva {H.full.dat} nekustamo īpašumu {D.addr2.nom} (kadastra numurs {D.cad}, zemesgrāmatas nodalījums Nr. {D.folio}) par {AMOUNT.claim}. Ienākumu no īpašuma atsavināšanas {D.g:pieteicējs|pieteicēja} nedeklarēja, uzskatot, ka īpašums ilgāk par gadu bijis {D.g:viņa|viņas} dzīvesvieta.\n\n[2] {ORG.vid.nom} pēc pārbaudes konstatēja, ka {D.sur.nom} minētajā adresē nebija {D.g:deklarējis|deklarējusi} dzīvesvietu, un aprēķināja nodokli {AMOUNT.debt} un nokavējuma naudu.\n\n`,
  `Aprakstošā daļa\n\n[1] {D.g:Pieteicējs|Pieteicēja} {DATE.filed.loc} iesniedza {ORG.lad.dat} pieteikumu vienotā platības maksājuma saņemšanai par lauksaimniecības zemi {D.addr2.loc} ar kadastra apzīmējumu {D.cad}. {ORG.lad.nom} ar {DATE.decisionInst.gen} lēmumu maksājumu atteica, jo pārbaudē konstatēja, ka zemi faktiski apsaimnieko un nopļauj {W.full.nom}.\n\n[2] {D.g:Pieteicējs|Pieteicēja} norāda, ka zemi {D.g:nomājis|nomājusi} no {D.g:sava|savas} {R.role.gen} {R.full.gen}, un {W.sur.nom} to {W.g:pļāvis|pļāvusi} tikai pēc {D.g:viņa|viņas} lūguma, saņemot samaksu uz kontu {W.iban}.\n\n`,
  `Aprakstošā daļa\n\n[1] {D.g:Pieteicējs|Pieteicēja} ir Ukrainas {D.g:pilsonis|pilsone}, {D.docword} Nr. {D.doc}. {D.g:Viņam|Viņai} izsniegta termiņuzturēšanās atļauja sakarā ar laulību ar Latvijas {R.g:pilsoni|pilsoni} {R.full.acc}. Ģimene dzīvo {R.addr.loc}{R.cityc.loc}, un laulībā {C.g:dzimis dēls|dzimusi meita} {C.full.nom}, personas kods {C.code}.\n\n[2] {ORG.pmlp.nom} atļauju anulēja, jo pārbaudes laikā {D.sur.nom} norādītajā dzīvesvietā netika {D.g:sastapts|sastapta}, bet {X.g:kaimiņš|kaimiņiene} {X.full.nom} paskaidroja, ka {D.g:pieteicēju|pieteicēju} tur nekad nav {X.g:redzējis|redzējusi}.\n\n`,
]);

const adArgs = story([
  `[3] Tiesas sēdē {D.g:pieteicējs|pieteicēja} paskaidroja, ka pārdotajā īpašumā faktiski {D.g:dzīvojis|dzīvojusi} kopš bērnības, bet deklarēto dzīvesvietu {D.addr.loc} nav {D.g:mainījis|mainījusi} aiz neuzmanības. {W.g:Liecinieks|Lieciniece} {W.full.nom}, {W.g:kaimiņš|kaimiņiene}, apstiprināja, ka {D.sur.acc} regulāri {W.g:redzējis|redzējusi} īpašumā arī ziemā.\n\n`,
  `[3] {ORG.lad.nom} uzturēja savu viedokli, norādot, ka nomas līgums ar {R.full.ins} nav reģistrēts un tam nav ticama datuma. {R.sur.nom} tiesā liecināja, ka līgumu {R.g:parakstījis|parakstījusi} pirms maksājuma pieteikšanas un nomas maksu saņem skaidrā naudā.\n\n`,
  `[3] {D.g:Pieteicējs|Pieteicēja} ar {I.role.gen} starpniecību paskaidroja, ka pārbaudes laikā {D.g:atradās|atradās} komandējumā Polijā, ko apliecina darba devēja {COMPANY} izziņa. {^R.role.nom} {R.surgiven.nom} apstiprināja, ka ģimene dzīvo kopā un ka {C.given.nom} apmeklē bērnudārzu.\n\n`,
]);

const adReasoning = story([
  `Motīvu daļa\n\n[4] Saskaņā ar {ART.acc} ienākums no nekustamā īpašuma atsavināšanas nav apliekams, ja īpašums pirms atsavināšanas vismaz 12 mēnešus bijis personas deklarētā dzīvesvieta. Likums prasa tieši deklarētu dzīvesvietu, tādēļ {W.sur.gen} liecība par faktisko dzīvošanu deklarāciju nevar aizstāt.\n\n`,
  `Motīvu daļa\n\n[4] No {ART.gen} izriet, ka platības maksājumu piešķir lauksaimniekam, kurš zemi apsaimnieko savā vārdā un uz sava rēķina. Tas, ka pļaušanu veica {W.surgiven.nom}, pats par sevi neizslēdz, ka zemi apsaimnieko {D.g:pieteicējs|pieteicēja}, jo lauku darbus var veikt ar pakalpojuma sniedzēja starpniecību. Iestāde nav vērtējusi {W.sur.dat} veiktos maksājumus.\n\n`,
  `Motīvu daļa\n\n[4] Atbilstoši {ART.dat} uzturēšanās atļauju anulē, ja ārzemnieks to ieguvis, sniedzot nepatiesas ziņas. Fiktīvas laulības fakts jāpierāda iestādei. Viena neveiksmīga pārbaude un {X.sur.gen} paskaidrojumi, kuros {X.g:viņš|viņa} {X.g:atzinis|atzinusi}, ka kaimiņus pazīst maz, nav pietiekami, lai atspēkotu {R.full.gen} liecību un bērna dzimšanas faktu.\n\n`,
]);

const adOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Administratīvā procesa likuma 307. pantu}, tiesa\n\nnosprieda:\n\n{D.full.gen} pieteikumu noraidīt.\n\nSpriedumu var pārsūdzēt {CT.admappeal.loc} mēneša laikā no sprieduma sastādīšanas dienas.\n\n`,
    `Rezolutīvā daļa\n\nPieteikumu apmierināt. Uzlikt {ORG.lad.dat} pienākumu mēneša laikā izdot {D.caps.dat} labvēlīgu administratīvo aktu par vienotā platības maksājuma piešķiršanu par zemes vienību ar kadastra apzīmējumu {D.cad}. Atmaksāt {D.sur.dat} valsts nodevu {AMOUNT.costs}.\n\nSpriedumu var pārsūdzēt apelācijas kārtībā mēneša laikā.\n\n`,
    `Rezolutīvā daļa\n\nAtcelt {ORG.pmlp.gen} {DATE.decisionInst.gen} lēmumu par {D.surgiven.gen} termiņuzturēšanās atļaujas anulēšanu. Atmaksāt {D.g:pieteicējam|pieteicējai} valsts nodevu {AMOUNT.costs}, ieskaitot to kontā {D.iban}.\n\nSpriedumu var pārsūdzēt {CT.admappeal.loc} viena mēneša laikā.\n\n`,
  ],
  { fillersBefore: true },
);

const adSignature: Section = {
  variants: [
    `{^JUDGE.role.nom}\t\t\t\t\t{JUDGE.capsur.nom}\n`,
    `{^JUDGE.role.nom}\t(paraksts)\t{JUDGE.surinit.nom}\n`,
  ],
};

// ---- administrative offence: waste, building without a permit, alcohol sold to a minor -------------

const aoHeader: Section = {
  variants: [
    `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\n{SEAT}\t\t\t{DATE.decision.tight}\n\nLietas Nr. {CASE}\nIdentifikators {ECLI}\n\n`,
    `SPRIEDUMS\nLatvijas Republikas vārdā\n\nAdministratīvā pārkāpuma lieta Nr. {CASE} ({ECLI})\n\n{SEAT}, {DATE.decision.nodot}\n\n`,
  ],
};

const aoIntro = story([
  `{COURT.nom} {JUDGE.role.gen} {JUDGE.full.gen} personā, ar {SEC.role.ins} {SEC.full.ins}, piedaloties personai, pret kuru uzsākts administratīvā pārkāpuma process, {D.full.dat}, izskatīja {D.sur.gen} sūdzību par {ORG.munipolice.gen} {DATE.report.gen} lēmumu administratīvā pārkāpuma lietā.\n\n`,
  `{^JUDGE.role.nom} {JUDGE.surgiven.nom}, piedaloties {D.g:sūdzības iesniedzējam|sūdzības iesniedzējai} {D.full.dat}, {D.g:viņa|viņas} {ADV.g:pārstāvim|pārstāvei} {ADV.role.dat} {ADV.full.dat} un {ORG.build.gen} pārstāvim, atklātā tiesas sēdē izskatīja {D.full.gen} sūdzību par {ORG.build.gen} {DATE.report.gen} lēmumu, ar kuru {D.g:viņam|viņai} uzlikts naudas sods.\n\n`,
  `{COURT.nom}, {JUDGE.role.gen} {JUDGE.initns.gen} sastāvā, piedaloties {D.g:sūdzības iesniedzējam|sūdzības iesniedzējai} {D.capssur.dat}, izskatīja administratīvā pārkāpuma lietu sakarā ar {D.sur.gen} sūdzību par {ORG.police.gen} {DATE.report.gen} lēmumu.\n\n`,
]);

const aoFacts = story([
  `Aprakstošā daļa\n\n1. Ar pārsūdzēto lēmumu {D.full.dat} piemērots naudas sods {AMOUNT.fine} par to, ka {DATE.offence.loc} no automašīnas ar valsts reģistrācijas numuru {D.plate} meža zemē, kas pieder {W.full.dat}, izbērti būvniecības atkritumi. Pārkāpums fiksēts ar {W.sur.gen} uzstādītu medību kameru, un automašīna reģistrēta uz {D.sur.gen} vārda.\n\n`,
  `Aprakstošā daļa\n\n1. {ORG.build.nom} pēc {W.g:kaimiņa|kaimiņienes} {W.full.gen} sūdzības konstatēja, ka {D.g:sūdzības iesniedzējs|sūdzības iesniedzēja} zemes vienībā ar kadastra apzīmējumu {D.cad} ({D.addr.nom}) bez būvatļaujas {D.g:uzbūvējis|uzbūvējusi} divstāvu palīgēku, un {D.g:viņam|viņai} piemēroja naudas sodu {AMOUNT.fine}.\n\n`,
  `Aprakstošā daļa\n\n1. Ar {ORG.police.gen} lēmumu {D.capsur.dat} kā {COMPANY} veikala {D.g:pārdevējam|pārdevējai} piemērots naudas sods {AMOUNT.fine} par to, ka {DATE.offence.loc} {D.g:viņš|viņa} {D.g:pārdevis|pārdevusi} alkoholiskos dzērienus {C.g:nepilngadīgajam|nepilngadīgajai} {C.inits.dat}, {C.g:dzimušam|dzimušai} {C.birth.nodot}, nepieprasot uzrādīt personu apliecinošu dokumentu.\n\n`,
]);

const aoComplaint = story([
  `2. Sūdzībā {D.sur.nom} norāda, ka automašīnu tajā dienā {D.g:bija aizdevis|bija aizdevusi} {D.g:savam|savai} {R.role.dat} {R.full.dat}, kas dzīvo {R.addr.loc}{R.cityc.loc} (e-pasts {R.email}), un {D.g:pats|pati} par atkritumiem neko nezina. {R.sur.nom} tiesā izmantoja tiesības nesniegt liecību pret radinieku.\n\n`,
  `2. {D.g:Sūdzības iesniedzējs|Sūdzības iesniedzēja} norāda, ka palīgēka uzbūvēta vecās kūts vietā un ir tās atjaunošana, kurai būvatļauja nav vajadzīga, bet {W.sur.nom} sūdzību {W.g:iesniedzis|iesniegusi} ilgstoša kaimiņu strīda dēļ. Lietai pievienots {E.g:būvinženiera|būvinženieres} {E.full.gen} atzinums.\n\n`,
  `2. Sūdzībā {D.sur.nom} norāda, ka {C.inits.nom} izskatījās pēc pieauguša cilvēka un ka pie kases {C.g:viņš|viņa} bija kopā ar pilngadīgu {T.g:draugu|draudzeni} {T.full.acc}, {T.g:kurš|kura} arī samaksāja par pirkumu. {T.sur.nom} tiesā to neapstiprināja.\n\n`,
]);

const aoReasoning = story([
  `Motīvu daļa\n\n3. Tiesa ņem vērā, ka {R.sur.nom} atteicās liecināt un citu pierādījumu par to, ka automašīnu vadīja {R.g:viņš|viņa}, nav. Tomēr no kameras attēla nav nosakāms, kurš izbēra atkritumus, bet automašīnas piederība vien nepierāda, ka to izdarīja {D.sur.nom}. Tādēļ vaina nav pierādīta, un lietvedība izbeidzama.\n\n`,
  `Motīvu daļa\n\n3. Atbildība pēc {ART.gen} iestājas par būvdarbu veikšanu bez būvniecības ieceres dokumentācijas akcepta. No {E.sur.gen} atzinuma un fotoattēliem redzams, ka jaunā ēka ir gandrīz divreiz lielāka par iepriekšējo kūti, tādēļ tā nav atjaunošana. Pārkāpums ir pierādīts.\n\n`,
  `Motīvu daļa\n\n3. Pārdevējam ir pienākums pieprasīt personu apliecinošu dokumentu, ja rodas šaubas par pircēja vecumu. Tiesa atzīst, ka {D.capsonly.nom} šo pienākumu nav {D.g:izpildījis|izpildījusi}, un {T.sur.gen} klātbūtne pie kases vērtējumu nemaina. Pārkāpums pareizi kvalificēts pēc {ART.gen}.\n\n`,
]);

const aoOperative = story(
  [
    `Rezolutīvā daļa\n\nTiesa nosprieda atcelt {ORG.munipolice.gen} {DATE.report.gen} lēmumu, ar kuru {D.surgiven.dat} uzlikts naudas sods, un lietvedību administratīvā pārkāpuma lietā izbeigt.\n\nSpriedums nav pārsūdzams.\n\n`,
    `Rezolutīvā daļa\n\n{D.capssur.gen} sūdzību noraidīt, {ORG.build.gen} {DATE.report.gen} lēmumu atstāt negrozītu.\n\nSpriedums nav pārsūdzams un stājas likumīgā spēkā ar tā pasludināšanu.\n\n`,
    `Rezolutīvā daļa\n\nAtstāt negrozītu {ORG.police.gen} {DATE.report.gen} lēmumu, ar kuru {D.full.dat} piemērots naudas sods {AMOUNT.fine}, bet sūdzību noraidīt.\n\nSpriedumu var pārsūdzēt apgabaltiesā desmit dienu laikā no tā pasludināšanas.\n\n`,
  ],
  { fillersBefore: true },
);

export const AUDIT: TemplateSet = {
  criminal_first: [
    crHeader,
    crIntro,
    crAccused,
    crCharge,
    crTestimony,
    crEvidence,
    crAssessment,
    crOperative,
    crNotice,
    judgeSignature,
  ],
  criminal_appeal: [apHeader, apIntro, apFacts, apArgs, apReasoning, apOperative, apSignature],
  civil: [cvHeader, cvIntro, cvFacts, cvArgs, cvReasoning, cvOperative, judgeSignature],
  administrative: [adHeader, adIntro, adFacts, adArgs, adReasoning, adOperative, adSignature],
  administrative_offence: [aoHeader, aoIntro, aoFacts, aoComplaint, aoReasoning, aoOperative, judgeSignature],
};
