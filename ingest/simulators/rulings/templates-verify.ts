/**
 * Ruling templates of the `verify` split, written while the anonymiser was being tuned on `exam`, by
 * someone who has not seen the anonymiser. Nobody tunes on this split; it is used only for the last
 * measurement. Never read its misses to add rules.
 *
 * Each ruling type tells one of two stories (the `scenario` key; the story is drawn before the
 * persons, see ./generate.ts):
 * - criminal_first: 0 a driver offering a bribe to traffic police officers, 1 a neighbour's shed set on
 *   fire;
 * - criminal_appeal: 0 a decision on the appeal against a conviction for false testimony in a civil
 *   case, 1 a judgment on the appeal against a conviction for stalking a former partner;
 * - civil: 0 a nuisance between neighbours (smoke, noise, a drainage ditch), 1 a loan between private
 *   persons repaid in part, the borrower living abroad (a sworn notary, a sworn bailiff);
 * - administrative: 0 an unemployment benefit refused, 1 an orphans' court suspending a mother's
 *   custody rights (the grandmother as a guardian);
 * - administrative_offence: 0 grass burnt in spring, 1 a car without compulsory insurance driven
 *   away from a police check.
 * People appear by role in all seven cases, by full name, surname alone, capitals, initials (a minor by
 * initials or given name), spouses, parents, children and siblings sharing a surname. Officials acting
 * in office (judges, prosecutors, court staff, sworn advocates, a sworn notary, a sworn bailiff, an
 * insolvency administrator) are
 * must-keep; interpreters, experts, witnesses, police officers and inspectors, a social worker, a
 * guardian, representatives who are not advocates are private persons. Placeholders: see ./generate.ts
 * (`placeholder`); persons D, V, W, X, R, T, I, E, C, H; officials JUDGE, JUDGE2, JUDGE3, PROS, SEC,
 * ADV, ADV2, ASSIST, NOT, BAIL, ADMIN; other courts {CT.appeal|admappeal|supreme.case}; companies
 * {FIRM.insurer|bank|employer}; {PROC} the criminal proceeding's number.
 */
import type { Section, TemplateSet } from './templates.ts';

const story = (variants: string[], extra: Partial<Section> = {}): Section => ({
  variants,
  align: 'scenario',
  ...extra,
});

const signature: Section = {
  variants: [
    `{^JUDGE.role.nom}\t\t\t\t\t\t{JUDGE.full.nom}\n`,
    `{^JUDGE.role.nom} (paraksts)\t\t\t{JUDGE.surinit.nom}\n\nNoraksts pareizs.\n{^ASSIST.role.nom}\t\t{ASSIST.initns.nom}\n`,
    `{^JUDGE.role.nom}\t\t\t\t{JUDGE.capssur.nom}\n`,
  ],
};

// ---- first-instance criminal: a bribe offered to police officers, a shed set on fire ----------------

const crHeader: Section = {
  variants: [
    `{ECLI}\n\n{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\n{SEAT}\t\t\t\t\t{DATE.decision.nodot}\n\nKrimināllieta Nr. {CASE}\nKriminālprocess Nr. {PROC}\n\n`,
    `Lieta Nr. {CASE}\nKriminālprocesa Nr. {PROC}\n\nSPRIEDUMS\nLATVIJAS REPUBLIKAS VĀRDĀ\n\n{COURT.nom}, {SEAT}, {DATE.decision.loc}\n{ECLI}\n\n`,
  ],
};

const crIntro = story([
  `{COURT.nom} {JUDGE.g:tiesneša|tiesneses} {JUDGE.full.gen} sastāvā, ar tiesas sēdes {SEC.g:sekretāru|sekretāri} {SEC.full.ins}, piedaloties {ORG.prosoff.gen} {PROS.role.dat} {PROS.surgiven.dat}, {D.g:apsūdzētajam|apsūdzētajai} {D.full.dat} un {D.g:viņa|viņas} {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.surinit.dat},\n\nizskatīja atklātā tiesas sēdē krimināllietu par\n\n`,
  `{COURT.nom} atklātā tiesas sēdē {JUDGE.role.gen} {JUDGE.full.gen} sastāvā, tiesas sēdes {SEC.g:sekretāram|sekretārei} {SEC.initns.dat} protokolējot, piedaloties {PROS.role.dat} {PROS.full.dat}, {D.g:apsūdzētajam|apsūdzētajai} {D.caps.dat}, {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.full.dat}, {V.g:cietušajam|cietušajai} {V.full.dat} un {V.g:viņa|viņas} {T.g:pārstāvim|pārstāvei} {T.full.dat},\n\nizskatīja krimināllietu par\n\n`,
]);

const crAccused = story([
  `{D.capsur.acc}, personas kods {D.code}, {D.g:dzimušu|dzimušu} {D.birth.loc}, deklarētā dzīvesvieta {D.fulladdr}, Latvijas {D.g:pilsoni|pilsoni}, {D.g:strādājošu|strādājošu} {FIRM.employer} par autovadītāju, {D.g:precējušos|precējušos}, {D.g:nesodītu|nesodītu},\n\napsūdzētu pēc {ART.gen}.\n\n`,
  `{D.full.acc} (personas kods {D.code}), {D.g:dzimušu|dzimušu} {D.birth.num}., deklarētā dzīvesvieta {D.addr.loc}{D.cityc.loc}, faktiskā dzīvesvieta {D.addr2.loc}{D.cityc2.loc}, tālrunis {D.phone}, {D.g:bezdarbnieku|bezdarbnieci}, iepriekš {D.g:nesodītu|nesodītu},\n\napsūdzētu noziedzīgā nodarījumā, kas paredzēts {ART.loc}.\n\n`,
]);

const crCharge = story([
  `Aprakstošā daļa\n\n[1] {D.full.nom} izdarīja kukuļdošanu šādos apstākļos.\n\n{DATE.offence.loc} ap plkst. 23.40 uz autoceļa A6 pie Līvāniem {ORG.vp.gen} Satiksmes uzraudzības biroja amatpersonas – inspektori {W.full.nom} un {X.full.nom} – apturēja {D.g:apsūdzētā|apsūdzētās} vadīto automašīnu “Škoda Octavia” ar valsts reģistrācijas numuru {D.plate}. Tā kā alkometra rādījums bija 0,84 promiles, {W.g:inspektors|inspektore} {W.sur.nom} {D.sur.dat} paziņoja, ka tiks sastādīts administratīvā pārkāpuma protokols un transportlīdzeklis tiks aizturēts. Tad {D.sur.nom}, sēžot dienesta automašīnā, nolika uz paneļa starp sēdekļiem 300 euro, {D.g:sacīdams|sacīdama}: “Varbūt kaut kā vienosimies? Es taču tikai līdz mājām.” {X.sur.nom} naudu neņēma un par notikušo ziņoja dežūrdaļai; saruna bija ierakstīta dienesta videoreģistratorā.\n\n`,
  `Aprakstošā daļa\n\n[1] {D.full.nom} tīši iznīcināja svešu mantu dedzinot, radot lielus zaudējumus, šādos apstākļos.\n\nStarp {D.sur.acc} un {D.g:viņa|viņas} {V.g:kaimiņu|kaimiņieni} {V.full.acc} ilgstoši pastāvēja strīds par robežu starp {D.g:apsūdzētajam|apsūdzētajai} piederošo zemes gabalu {D.addr2.loc} un kaimiņa zemes gabalu ar kadastra numuru {V.cad}. {DATE.offence.loc} ap plkst. 2.00 {D.sur.nom}, atrodoties alkohola reibumā, ar šķiltavām aizdedzināja pie {V.sur.gen} šķūņa sienas sakrautos salmu ķīpus. Uguns pārmetās uz šķūni, un tas nodega kopā ar tajā esošo lauksaimniecības tehniku. Ugunsgrēku dzēsa {ORG.vugd.nom}; saskaņā ar apdrošinātāja {FIRM.insurer} aprēķinu {V.sur.dat} nodarīti zaudējumi {AMOUNT.claim} apmērā.\n\n`,
]);

const crTestimony = story([
  `Motīvu daļa\n\n[2] {D.g:Apsūdzētais|Apsūdzētā} {D.surgiven.nom} tiesas sēdē vainu atzina tikai daļēji: {D.g:viņš|viņa} naudu uz paneļa {D.g:esot nolicis|esot nolikusi}, taču tikai tādēļ, lai parādītu, ka spēj uzreiz samaksāt sodu, un par to neko nav {D.g:teicis|teikusi}. {D.g:Viņa|Viņas} {R.role.nom} {R.full.nom}, kas tonakt sēdēja automašīnā blakus, liecināja, ka {D.sur.nom} esot {D.g:bijis ļoti satraukts|bijusi ļoti satraukta} un ka {R.g:viņš|viņa} nav {R.g:dzirdējis|dzirdējusi}, ko tieši {D.g:brālis|māsa} teica inspektoriem.\n\n[3] {W.g:Liecinieks|Lieciniece} {W.capssur.nom} apstiprināja apsūdzībā norādītos apstākļus un paskaidroja, ka {D.sur.nom} divas reizes {D.g:atkārtojis|atkārtojusi} piedāvājumu “vienoties”. Videoierakstu tiesa apskatīja sēdē; tajā dzirdami {D.g:apsūdzētā|apsūdzētās} vārdi, un {X.g:inspektors|inspektore} {X.sur.nom} atbild: “Paņemiet naudu atpakaļ, {D.given.voc}, tas tikai pasliktinās jūsu stāvokli.”\n\n`,
  `Motīvu daļa\n\n[2] {D.g:Apsūdzētais|Apsūdzētā} vainu neatzina un paskaidroja, ka tonakt {D.g:gulējis|gulējusi} mājās un par ugunsgrēku {D.g:uzzinājis|uzzinājusi} tikai no rīta. {V.g:Cietušais|Cietusī} {V.sur.nom} liecināja, ka strīds ar {D.sur.ins} ilgst vairākus gadus, kopš {D.g:kaimiņš|kaimiņiene} {D.g:sācis|sākusi} apstrīdēt robežzīmju atrašanās vietu, un ka dienu pirms ugunsgrēka {D.sur.nom} {D.g:kliedzis|kliegusi} pār sētu: “Tavs šķūnis tāpat ilgi vairs nestāvēs!” Šos vārdus dzirdēja arī {V.g:cietušā|cietušās} {H.g:kaimiņš|kaimiņiene} {H.full.nom}, {H.g:kurš|kura} dzīvo {H.addr.loc}{H.cityc.loc}.\n\n[3] {W.full.nom} liecināja, ka ap plkst. 2.00, braucot mājup no darba, {W.g:redzējis|redzējusi} kādu cilvēku ar lukturīti ejam no {V.sur.gen} šķūņa puses uz {D.sur.gen} mājām; pēc dažām minūtēm {W.g:pamanījis|pamanījusi} liesmas un {W.g:zvanījis|zvanījusi} uz numuru 112. {D.g:Apsūdzētā|Apsūdzētās} {C.g:nepilngadīgā dēla|nepilngadīgās meitas} {C.inits} liecību, ka tonakt {D.g:tēvs|māte} mājās {D.g:bijis|bijusi}, tiesa neņem vērā, jo bērns tajā laikā gulēja.\n\n`,
]);

const crEvidence = story(
  [
    `[4] Lietā esošajā dienesta ziņojumā un {W.sur.gen} un {X.sur.gen} liecībās norādīto apstiprina arī videoieraksta atšifrējums un naudas izņemšanas protokols. {D.g:Apsūdzētā|Apsūdzētās} alkohola koncentrācija izelpā noteikta ar pārbaudītu mērierīci. {D.sur.gen} {ADV.g:aizstāvis|aizstāve} {ADV.role.nom} {ADV.full.nom} lūdza vērtēt, ka {D.g:apsūdzētais|apsūdzētā} nav {D.g:sapratis|sapratusi} savas rīcības nozīmi; šim argumentam tiesa nepiekrīt.\n\n`,
    `[4] Saskaņā ar {E.g:ugunsdzēsības tehniskās ekspertīzes eksperta|ugunsdzēsības tehniskās ekspertīzes ekspertes} {E.full.gen} atzinumu ugunsgrēka izcelšanās vieta ir šķūņa ziemeļu siena ārpusē, un iemesls – atklātas liesmas avota iedarbība uz degošiem materiāliem; elektroinstalācijas bojājums izslēgts. Kratīšanā {D.sur.gen} dzīvesvietā atrastas šķiltavas un salmu paliekas uz apaviem. Mobilo sakaru operatora datos redzams, ka {D.g:apsūdzētā|apsūdzētās} tālrunis {D.phone} tonakt ap plkst. 2.00 pieslēdzies bāzes stacijai, kas apkalpo notikuma vietu.\n\n`,
  ],
  { optional: 0.9 },
);

const crAssessment = story([
  `[5] Pēc {ART.gen} atbild tas, kas devis kukuli valsts amatpersonai personiski vai ar starpnieka palīdzību. Ceļu policijas inspektors ir valsts amatpersona, un nozīme ir tam, vai labums piedāvāts par darbību vai bezdarbību amatpersonas dienesta pienākumu izpildē. No videoieraksta skaidri izriet, ka nauda piedāvāta, lai protokols netiktu sastādīts. Tas, ka inspektori naudu nepieņēma, uz kvalifikāciju neietekmē.\n\n`,
  `[5] Tiesa atzīst, ka pierādījumu kopums – {W.sur.gen} un {H.sur.gen} liecības, ekspertīzes atzinums, kratīšanā izņemtais un sakaru dati – ir savstarpēji saistīts un pietiekams, lai atzītu, ka ugunsgrēku izraisīja {D.full.nom}. Vainu {D.g:viņš|viņa} saskatīja {V.sur.loc}, {D.g:uzskatīdams|uzskatīdama}, ka {V.g:kaimiņš sagrābis|kaimiņiene sagrābusi} daļu zemes; šis motīvs izskaidro nodarījumu, bet neattaisno to. Nodarījums kvalificējams pēc {ART.gen}, jo zaudējumi pārsniedz piecdesmit minimālās mēnešalgas.\n\n`,
]);

const crOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Kriminālprocesa likuma 511. un 512. pantu}, tiesa\n\nnosprieda:\n\natzīt {D.full.acc} par vainīgu {ART.loc} paredzētajā noziedzīgajā nodarījumā un sodīt ar naudas sodu {AMOUNT.debt}.\n\nLietisko pierādījumu – naudu 300 euro – konfiscēt. Automašīnu {D.plate} atdot {D.full.dat}.\n\nProcesuālo izdevumu piedziņu no {D.sur.gen} nepiemērot.\n\n`,
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Kriminālprocesa likuma 511., 512. un 514. pantu}, tiesa\n\nnosprieda:\n\n{D.capssur.acc} atzīt par vainīgu noziedzīgā nodarījumā pēc {ART.gen} un piespriest brīvības atņemšanu uz 2 (diviem) gadiem, ko saskaņā ar {LAW.Krimināllikuma 55. panta pirmo daļu} noteikt nosacīti ar pārbaudes laiku uz 2 (diviem) gadiem.\n\n{V.g:Cietušā|Cietušās} kaitējuma kompensācijas pieteikumu apmierināt un piedzīt no {D.full.gen} par labu {V.full.dat} {AMOUNT.claim}.\n\n`,
  ],
  { fillersBefore: true },
);

const crNotice: Section = {
  variants: [
    `Spriedumu var pārsūdzēt {CT.appeal.loc} desmit dienu laikā no pilna sprieduma sastādīšanas dienas, iesniedzot apelācijas sūdzību vai protestu {COURT.loc}. Pilns spriedums pieejams {DATE.appeal.nodot}.\n\n`,
    `{D.g:Apsūdzētajam|Apsūdzētajai} paziņots, ka apelācijas sūdzību var iesniegt {COURT.loc} 10 dienu laikā no {DATE.appeal.gen}.\n\n`,
  ],
};

// ---- criminal appeal: false testimony, stalking a former partner ------------------------------------

const apHeader = story([
  `{ECLI}\n\n{COURT.nom}\nKrimināllietu tiesas kolēģija\n\nLĒMUMS\n\n{DATE.decision.nodot}\t\t\t{SEAT}\n\nLieta Nr. {CASE}\nKriminālprocesa Nr. {PROC}\n\n`,
  `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\n{SEAT}, {DATE.decision.loc}\n\nKrimināllieta Nr. {CASE} (kriminālprocess Nr. {PROC})\n{ECLI}\n\n`,
]);

const apIntro = story([
  `{COURT.nom} šādā sastāvā: {JUDGE.role.nom} {JUDGE.full.nom} (referents), {JUDGE2.role.nom} {JUDGE2.full.nom}, {JUDGE3.role.nom} {JUDGE3.full.nom}, ar tiesas sēdes {SEC.g:sekretāru|sekretāri} {SEC.surgiven.ins}, piedaloties {PROS.role.dat} {PROS.full.dat}, {D.g:apsūdzētajam|apsūdzētajai} {D.full.dat} un {D.g:viņa|viņas} {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.full.dat},\n\napelācijas kārtībā izskatīja krimināllietu pēc {D.g:apsūdzētā|apsūdzētās} {D.full.gen} apelācijas sūdzības par {LOWER.gen} {DATE.lower.gen} spriedumu.\n\n`,
  `{COURT.nom} šādā sastāvā: tiesas sēdes {JUDGE.g:priekšsēdētājs|priekšsēdētāja} {JUDGE.surinit.nom}, tiesneši {JUDGE2.surinit.nom} un {JUDGE3.surinit.nom}, protokolējot tiesas sēdes {SEC.g:sekretāram|sekretārei} {SEC.full.dat}, piedaloties {ORG.prosoff.gen} {PROS.role.dat} {PROS.initns.dat}, {D.g:apsūdzētajam|apsūdzētajai} {D.full.dat}, {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.full.dat}, {V.g:cietušajam|cietušajai} {V.full.dat} un {V.g:viņa|viņas} {ADV2.g:pārstāvim|pārstāvei} {ADV2.role.dat} {ADV2.full.dat},\n\nizskatīja krimināllietu sakarā ar {D.g:apsūdzētā|apsūdzētās} un {D.g:viņa|viņas} aizstāvības apelācijas sūdzībām par {LOWER.gen} {DATE.lower.gen} spriedumu.\n\n`,
]);

const apFacts = story([
  `Aprakstošā daļa\n\n[1] Ar {LOWER.gen} {DATE.lower.gen} spriedumu {D.full.nom}, personas kods {D.code}, {D.g:atzīts|atzīta} par {D.g:vainīgu|vainīgu} pēc {ART.gen} un {D.g:sodīts|sodīta} ar piespiedu darbu uz 160 stundām.\n\n[2] {D.sur.nom} {D.g:atzīts|atzīta} par {D.g:vainīgu|vainīgu} tajā, ka {DATE.offence.loc}, {D.g:būdams brīdināts|būdama brīdināta} par kriminālatbildību, civillietā par parāda piedziņu no {H.full.gen} {V.full.gen} labā tiesas sēdē {D.g:kā liecinieks|kā lieciniece} apzināti nepatiesi liecināja, ka {D.g:personīgi redzējis|personīgi redzējusi}, kā {H.sur.nom} atdod {V.sur.dat} visu aizņemto naudu skaidrā veidā savā dzīvoklī {H.addr.loc}{H.cityc.loc}. Vēlāk tiesa konstatēja, ka tajā dienā {D.sur.nom} atradās darbā Norvēģijā, ko apliecina darba devēja izziņa un lidojumu dati.\n\n`,
  `Aprakstošā daļa\n\n[1] Ar {LOWER.gen} {DATE.lower.gen} spriedumu {D.full.nom}, personas kods {D.code}, {D.g:dzimis|dzimusi} {D.birth.loc}, deklarētā dzīvesvieta {D.fulladdr}, {D.g:atzīts|atzīta} par vainīgu pēc {ART.gen} un {D.g:sodīts|sodīta} ar brīvības atņemšanu uz 8 (astoņiem) mēnešiem, piemērojot probācijas uzraudzību.\n\n[2] {D.sur.nom} {D.g:atzīts|atzīta} par vainīgu tajā, ka laikā no {DATE.contract.num} līdz {DATE.offence.num} pēc attiecību izbeigšanās sistemātiski vajāja savu {V.g:bijušo draugu|bijušo draudzeni} {V.full.acc}: zvanīja un sūtīja īsziņas uz {V.g:viņa|viņas} tālruņa numuru {V.phone} (kopā vairāk nekā 900 reižu), sūtīja e-pasta vēstules uz adresi {V.email}, gaidīja {V.sur.acc} pie darba vietas un pie dzīvesvietas {V.addr.loc}{V.cityc.loc}, kā arī sekoja {V.g:viņam|viņai} ar automašīnu {D.plate}. Tādējādi {V.sur.dat} radās pamatotas bailes par savu un abu {C.g:nepilngadīgā dēla|nepilngadīgās meitas} {C.given.gen} drošību.\n\n`,
]);

const apArgs = story([
  `[3] Apelācijas sūdzībā {D.g:apsūdzētais|apsūdzētā} lūdz spriedumu atcelt un {D.g:viņu|viņu} attaisnot, jo {D.g:viņš ticis maldināts|viņa tikusi maldināta}: par naudas atdošanu {D.g:viņam|viņai} {H.g:stāstījis pats|stāstījusi pati} {H.sur.nom}, un {D.g:viņš|viņa} tikai “{D.g:jaucis|jaukusi}” dienas. {D.g:Viņa|Viņas} {R.role.nom} {R.surgiven.nom} apelācijas instances tiesā liecināja, ka {D.g:vīrs tajā laikā bijis ārzemēs un nevarējis|sieva tajā laikā bijusi ārzemēs un nevarējusi} neko redzēt, bet par lietu ar {D.sur.ins} {R.g:runājis|runājusi} tikai pēc tiesas sēdes.\n\n`,
  `[3] Apelācijas sūdzībā {D.g:apsūdzētais|apsūdzētā} norāda, ka {D.g:vēlējies|vēlējusies} tikai tikties ar {C.g:dēlu|meitu} un ka {V.sur.nom} {V.g:liedzis|liegusi} saskarsmi; zvani bijuši mēģinājumi vienoties par bērna satikšanu. {ADV.g:Aizstāvis|Aizstāve} lūdz piemērot sodu, kas nav saistīts ar brīvības atņemšanu. {V.g:Cietušā|Cietušās} {ADV2.g:pārstāvis|pārstāve} {ADV2.role.nom} {ADV2.surinit.nom} lūdz sūdzību noraidīt, norādot, ka saskarsmes kārtību jau bija noteikusi {ORG.orphans.nom} un {D.sur.nom} to nepildīja. {W.full.nom}, {V.g:cietušā|cietušās} {W.g:kolēģis|kolēģe}, liecināja, ka vairākkārt {W.g:redzējis|redzējusi} {D.sur.acc} stāvam pie biroja ieejas.\n\n`,
]);

const apReasoning = story([
  `Motīvu daļa\n\n[4] Kolēģija piekrīt pirmās instances tiesas pierādījumu novērtējumam. Civillietas tiesas sēdes protokols un audioieraksts apliecina, ka {D.sur.nom} tika {D.g:brīdināts|brīdināta} par atbildību un ka {D.g:viņš|viņa} apgalvoja notikumu {D.g:redzējis|redzējusi} “savām acīm”. Tas izslēdz maldīšanos. {H.full.nom}, {H.g:uzklausīts kā liecinieks|uzklausīta kā lieciniece}, atteicās liecināt, izmantojot tiesības neliecināt pret sevi. No {V.full.gen} konta {V.iban} izraksta izriet, ka naudu {H.sur.nom} {V.sur.dat} nav {H.g:atmaksājis|atmaksājusi}.\n\n`,
  `Motīvu daļa\n\n[4] Vajāšana pēc {ART.gen} ir sistemātiska personas izsekošana, novērošana, draudi vai nevēlama komunikācija, ja tā radījusi pamatotas bailes. Tiesa ņem vērā, ka saskarsmes ar bērnu strīdi risināmi bāriņtiesā vai tiesā, nevis ar simtiem zvanu. Tomēr, vērtējot sodu, kolēģija ņem vērā, ka {D.sur.nom} pēc pirmās instances sprieduma vajāšanu {D.g:pārtraucis|pārtraukusi}, ir {D.g:uzsācis|uzsākusi} nodarbības pie psihologa un {D.g:nav sodīts|nav sodīta}, tāpēc sods mīkstināms.\n\n`,
]);

const apOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Kriminālprocesa likuma 564. panta ceturto daļu un 576. pantu}, tiesa\n\nnolēma:\n\n{LOWER.gen} {DATE.lower.gen} spriedumu atstāt bez grozījumiem, {D.g:apsūdzētā|apsūdzētās} {D.full.gen} apelācijas sūdzību noraidīt.\n\nLēmumu var pārsūdzēt kasācijas kārtībā {CT.supreme.dat} desmit dienu laikā no pilna nolēmuma sastādīšanas dienas.\n\n`,
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Kriminālprocesa likuma 562. un 564. pantu}, tiesa\n\nnosprieda:\n\natcelt {LOWER.gen} {DATE.lower.gen} spriedumu daļā par sodu. {D.full.acc} pēc {ART.gen} sodīt ar piespiedu darbu uz 240 (divi simti četrdesmit) stundām, nosakot aizliegumu tuvoties {V.full.dat} un {V.g:viņa|viņas} dzīvesvietai tuvāk par 100 metriem uz 3 (trim) gadiem.\n\nCitā daļā spriedums paliek bez grozījumiem.\n\nSpriedumu var pārsūdzēt kasācijas kārtībā {CT.supreme.dat} 10 dienu laikā.\n\n`,
  ],
  { fillersBefore: true },
);

const apSignature: Section = {
  variants: [
    `{^JUDGE.role.nom}\t\t\t{JUDGE.full.nom}\n{^JUDGE2.role.nom}\t\t\t{JUDGE2.full.nom}\n{^JUDGE3.role.nom}\t\t\t{JUDGE3.full.nom}\n`,
    `Tiesas sēdes {JUDGE.g:priekšsēdētājs|priekšsēdētāja}\t{JUDGE.capssur.nom}\nTiesneši\t\t{JUDGE2.capssur.nom}\n\t\t\t{JUDGE3.capssur.nom}\n`,
  ],
};

// ---- civil: a nuisance between neighbours, a loan between private persons ---------------------------

const cvHeader: Section = {
  variants: [
    `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\n{DATE.decision.loc}\t\t\t\t{SEAT}\n\nCivillieta Nr. {CASE}\n{ECLI}\n\n`,
    `{ECLI}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\n{SEAT}, {DATE.decision.nodot}\n\n{COURT.nom}\nLieta Nr. {CASE}\n\n`,
  ],
};

const cvIntro = story([
  `{COURT.nom} šādā sastāvā: {JUDGE.role.nom} {JUDGE.full.nom}, ar tiesas sēdes {SEC.g:sekretāru|sekretāri} {SEC.full.ins}, piedaloties {D.g:prasītājam|prasītājai} {D.full.dat}, {D.g:viņa|viņas} {T.g:pārstāvim|pārstāvei} pēc pilnvaras {T.full.dat}, {V.g:atbildētājam|atbildētājai} {V.full.dat} un {V.g:viņa|viņas} {ADV.g:pārstāvim|pārstāvei} {ADV.role.dat} {ADV.surgiven.dat},\n\natklātā tiesas sēdē izskatīja civillietu {D.full.gen} prasībā pret {V.full.acc} par traucējumu novēršanu un zaudējumu atlīdzību.\n\n`,
  `{COURT.nom} {JUDGE.role.gen} {JUDGE.full.gen} sastāvā, ar tiesas sēdes {SEC.g:sekretāru|sekretāri} {SEC.full.ins}, piedaloties {D.g:prasītājam|prasītājai} {D.full.dat} un {D.g:viņa|viņas} {ADV.g:pārstāvim|pārstāvei} {ADV.role.dat} {ADV.full.dat}, {V.g:atbildētājam|atbildētājai} piedaloties videokonferences režīmā,\n\natklātā tiesas sēdē rakstveida procesā izskatīja civillietu {D.full.gen} prasībā pret {V.full.acc} par aizdevuma un līgumsoda piedziņu.\n\n`,
]);

const cvFacts = story([
  `Aprakstošā daļa\n\n[1] {D.g:Prasītājs|Prasītāja} {D.full.nom}, personas kods {D.code}, dzīvo savā nekustamajā īpašumā {D.addr2.nom} (kadastra Nr. {D.cad}; zemesgrāmatas nodalījuma Nr. {D.folio}). Blakus esošais nekustamais īpašums (kadastra numurs {V.cad}) pieder {V.g:atbildētājam|atbildētājai} {V.full.dat}, personas kods {V.code}, {V.g:kurš|kura} tajā dzīvo vasarās, bet deklarēta dzīvesvieta {V.g:viņam|viņai} ir {V.fulladdr}. Prasībā norādīts, ka kopš {DATE.contract.gen} {V.sur.nom} savā īpašumā ekspluatē koka pirti, kuras skurstenis atrodas 4 metru attālumā no {D.g:prasītāja|prasītājas} dzīvojamās mājas logiem, un dūmi katru nedēļas nogali ieplūst mājā; {V.g:atbildētājs|atbildētāja} bez saskaņošanas aizbēra meliorācijas grāvi uz robežas, tādēļ {D.sur.gen} pagrabu pavasarī applūdina. {D.g:Prasītājs|Prasītāja} lūdz uzlikt {V.sur.dat} pienākumu pārvietot skursteni, atjaunot grāvi un atlīdzināt zaudējumus {AMOUNT.claim}.\n\n`,
  `Aprakstošā daļa\n\n[1] {D.full.nom}, personas kods {D.code}, deklarētā dzīvesvieta {D.fulladdr}, cēla prasību pret {V.full.acc}, personas kods {V.code}, {V.g:kurš|kura} dzīvo {V.abroad.loc}, lūdzot piedzīt aizdevumu {AMOUNT.claim}, līgumsodu un procentus.\n\n[2] Prasībā norādīts, ka {DATE.contract.loc} starp pusēm noslēgts aizdevuma līgums, ko notariālā akta formā {NOT.g:apliecinājis|apliecinājusi} {NOT.role.nom} {NOT.full.nom}. Aizdevuma summa pārskaitīta no {D.g:prasītāja|prasītājas} konta {FIRM.bank} Nr. {D.iban} uz {V.sur.gen} kontu {V.iban}; atmaksa bija jāveic līdz {DATE.offence.num} ar ikmēneša maksājumiem. {V.g:Atbildētājs|Atbildētāja} samaksāja tikai trīs maksājumus, pēc tam pārcēlās uz ārvalstīm un uz {D.sur.gen} e-pasta vēstulēm, kas sūtītas uz adresi {V.email}, neatbildēja. Prasības nodrošināšanai uz {V.sur.gen} automašīnu {V.plate} uzlikts arests, ko izpildīja {BAIL.role.nom} {BAIL.full.nom}.\n\n`,
]);

const cvArgs = story([
  `[2] {V.g:Atbildētājs|Atbildētāja} prasību neatzīst. {V.g:Viņš|Viņa} paskaidro, ka pirts būvēta ar būvvaldes atļauju un ka dūmi ir parasta lauku dzīves sastāvdaļa; grāvis aizbērts tādēļ, ka tajā krājās atkritumi, ko iemetuši {D.sur.gen} viesi. {D.g:Prasītāja|Prasītājas} {R.role.nom} {R.full.nom} liecināja, ka dūmu dēļ ģimene vasarā nevar atvērt logus un ka ar {V.sur.ins} par to runāts vairākkārt, taču {V.g:atbildētājs atbildējis|atbildētāja atbildējusi}, ka “laukos tā ir vienmēr”.\n\n[3] {W.full.nom}, {W.g:kurš|kura} dzīvo {W.addr.loc}{W.cityc.loc}, liecināja, ka, viesojoties pie {D.sur.gen}, {W.g:redzējis|redzējusi} dūmus, kas pa atvērtu logu ieplūduši virtuvē, un mitruma plankumus pagraba sienās.\n\n`,
  `[3] {V.g:Atbildētājs|Atbildētāja} rakstveida paskaidrojumos prasību atzīst daļēji: {V.g:viņš|viņa} neapstrīd aizdevumu, bet uzskata, ka līgumsods 0,5 % dienā ir nesamērīgs. {V.g:Viņš|Viņa} norāda, ka pēc darba zaudēšanas atmaksu nevarēja turpināt, un lūdz atļaut samaksāt parādu pa daļām. {D.g:Prasītāja|Prasītājas} {R.role.nom} {R.full.nom} liecināja, ka naudu {V.sur.dat} {D.g:prasītājs|prasītāja} {D.g:aizdevis|aizdevusi} no ģimenes uzkrājumiem, paredzētiem dzīvokļa remontam, un ka {V.sur.nom} {V.g:solījis|solījusi} atdot visu līdz ziemai. Ar {R.given.ins} {V.g:atbildētājs|atbildētāja} sarakstījās arī pēc izbraukšanas.\n\n`,
]);

const cvReasoning = story([
  `Motīvu daļa\n\n[4] Saskaņā ar {ART.acc} īpašums ir pilnīgas varas tiesība par lietu, bet tās robežas nosaka arī kaimiņu tiesības. Īpašnieks nevar izmantot savu īpašumu tā, ka kaimiņam tiek radīti būtiski traucējumi, kas pārsniedz vietējos apstākļos parasto mēru. Saskaņā ar {E.g:būvtehniskās ekspertīzes eksperta|būvtehniskās ekspertīzes ekspertes} {E.full.gen} atzinumu skursteņa augstums neatbilst ugunsdrošības prasībām, un grāvja aizbēršana ir pagraba applūšanas cēlonis. Tādēļ prasība šajā daļā pamatota. Zaudējumu apmēru {D.sur.nom} {D.g:pierādījis|pierādījusi} tikai daļēji.\n\n`,
  `Motīvu daļa\n\n[4] Atbilstoši {ART.dat} aizdevuma līgums ir tāds līgums, ar kuru viena puse nodod otrai atvietojamas lietas ar pienākumu atdot tādas pašas. Aizdevuma izsniegšanu un atmaksāto summu puses neapstrīd. Vērtējot līgumsodu, tiesa ņem vērā {LAW.Civillikuma 1716. pantu} un atzīst, ka līgumsods, kas pārsniedz pamatparāda apmēru, ir samazināms līdz {AMOUNT.penalty}. Lūgumu par samaksu pa daļām tiesa noraida, jo {V.g:atbildētājs|atbildētāja} nav {V.g:iesniedzis|iesniegusi} pierādījumus par savu mantisko stāvokli.\n\n`,
]);

const cvOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Civilprocesa likuma 190.–195. pantu}, tiesa\n\nnosprieda:\n\n{D.full.gen} prasību apmierināt daļēji. Uzlikt {V.full.dat} pienākumu trīs mēnešu laikā pēc sprieduma spēkā stāšanās pārbūvēt pirts skursteni atbilstoši būvnormatīviem un atjaunot meliorācijas grāvi gar robežu. Piedzīt no {V.sur.gen} par labu {D.sur.dat} zaudējumu atlīdzību {AMOUNT.damage} un tiesas izdevumus {AMOUNT.costs}. Pārējā daļā prasību noraidīt.\n\nPar spriedumu 20 dienu laikā var iesniegt apelācijas sūdzību {CT.appeal.dat} ar {COURT.gen} starpniecību.\n\n`,
    `Rezolutīvā daļa\n\nPrasību apmierināt daļēji.\n\nPiedzīt no {V.full.gen}, personas kods {V.code}, par labu {D.full.dat} aizdevuma parādu {AMOUNT.claim}, līgumsodu {AMOUNT.penalty} un tiesas izdevumus {AMOUNT.costs}. Pārējā daļā prasību noraidīt. Prasības nodrošinājums paliek spēkā līdz sprieduma izpildei.\n\nSpriedumu var pārsūdzēt apelācijas kārtībā {CT.appeal.loc} divdesmit dienu laikā, sūdzību iesniedzot {COURT.loc}.\n\n`,
  ],
  { fillersBefore: true },
);

// ---- administrative: an unemployment benefit refused, a mother's custody suspended -------------------

const adHeader: Section = {
  variants: [
    `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\nLieta Nr. {CASE}\n{ECLI}\n\n{SEAT}, {DATE.decision.loc}\n\n`,
    `Administratīvā lieta Nr. {CASE}\n{ECLI}\n\nSPRIEDUMS\nLATVIJAS REPUBLIKAS VĀRDĀ\n\n{DATE.decision.num}\t\t\t{SEAT}\n\n{COURT.nom}\n\n`,
  ],
};

const adIntro = story([
  `{COURT.nom} šādā sastāvā: {JUDGE.role.nom} {JUDGE.full.nom}, ar tiesas sēdes {SEC.g:sekretāru|sekretāri} {SEC.full.ins}, piedaloties {D.g:pieteicējam|pieteicējai} {D.full.dat} un iestādes pārstāvei pēc pilnvaras,\n\natklātā tiesas sēdē izskatīja administratīvo lietu, kas ierosināta pēc {D.full.gen} pieteikuma par {ORG.vsaa.gen} {DATE.decisionInst.gen} lēmuma atcelšanu.\n\n`,
  `{COURT.nom}, {JUDGE.g:tiesnesim|tiesnesei} {JUDGE.surgiven.dat} vadot tiesas sēdi, protokolējot {SEC.full.dat}, piedaloties {D.g:pieteicējam|pieteicējai} {D.full.dat}, {D.g:viņa|viņas} {ADV.g:pārstāvim|pārstāvei} {ADV.role.dat} {ADV.initns.dat}, trešajai personai {R.full.dat} un {ORG.orphans.gen} pārstāvim,\n\natklātā tiesas sēdē izskatīja administratīvo lietu sakarā ar {D.full.gen} pieteikumu par {ORG.orphans.gen} {DATE.decisionInst.gen} lēmuma atcelšanu.\n\n`,
]);

const adFacts = story([
  `Aprakstošā daļa\n\n[1] {D.g:Pieteicējs|Pieteicēja} {D.full.nom}, personas kods {D.code}, līdz {DATE.offence.num} strādāja {FIRM.employer}; darba attiecības izbeigtas pēc tam, kad uzņēmumam pasludināts maksātnespējas process, un izziņu par nodarbinātības periodu {D.g:viņam|viņai} izsniedza {ADMIN.role.nom} {ADMIN.full.nom}. {DATE.report.loc} {D.g:viņš|viņa} {D.g:reģistrējies|reģistrējusies} {ORG.nva.loc} {D.g:kā bezdarbnieks|kā bezdarbniece} un {D.g:pieprasījis|pieprasījusi} bezdarbnieka pabalstu, norādot deklarēto dzīvesvietu {D.fulladdr} un faktisko dzīvesvietu {D.fulladdr2}, e-pastu {D.email}.\n\n[2] Ar pārsūdzēto lēmumu pabalsta piešķiršana atteikta, jo pēdējo 16 mēnešu laikā {D.sur.gen} apdrošināšanas stāžs esot mazāks par 12 mēnešiem: vienu periodu {D.g:viņš|viņa} {D.g:strādājis|strādājusi} pie fiziskas personas {V.full.gen} mājsaimniecībā {V.addr.loc}{V.cityc.loc}, un par šo laiku sociālās apdrošināšanas iemaksas nav veiktas.\n\n`,
  `Aprakstošā daļa\n\n[1] {D.g:Pieteicējs|Pieteicēja} {D.full.nom} ({D.code}) ir {C.g:nepilngadīgā|nepilngadīgās} {C.full.gen}, personas kods {C.code}, {D.g:tēvs|māte}. Ar pārsūdzēto lēmumu {ORG.orphans.nom} pārtrauca {D.sur.dat} aizgādības tiesības un bērnu ievietoja pie {D.g:viņa|viņas} mātes {R.full.gen}, {R.g:kurš|kura} iecelta par aizbildni un dzīvo {R.addr.loc}{R.cityc.loc}.\n\n[2] Lēmums pamatots ar {ORG.social.gen} {W.g:sociālā darbinieka|sociālās darbinieces} {W.full.gen} ziņojumu, ka {D.sur.nom} atstāj bērnu vienu bez uzraudzības, dzīvoklī {D.addr.loc}{D.cityc.loc} nav apkures un ka bērns skolā ieradies izsalcis. Bāriņtiesa ņēma vērā arī {D.g:pieteicēja|pieteicējas} {X.g:līdzšinējā dzīvesbiedra|līdzšinējās dzīvesbiedres} {X.full.gen} paskaidrojumus par dzīvesvietā notikušajiem strīdiem.\n\n`,
]);

const adArgs = story([
  `[3] {D.g:Pieteicējs|Pieteicēja} norāda, ka pie {V.sur.gen} {D.g:strādājis kā mājkalpotājs|strādājusi kā mājkalpotāja} un ka {V.g:darba devējs|darba devēja} {V.g:apsolījis|apsolījusi} nokārtot visas iemaksas. {V.full.nom}, {V.g:uzklausīts kā liecinieks|uzklausīta kā lieciniece}, apstiprināja, ka {D.sur.acc} {V.g:nodarbinājis|nodarbinājusi}, maksājot {AMOUNT.salary} mēnesī, un ka iemaksas nav {V.g:veicis|veikusi}, jo {V.g:nezināja|nezināja}, ka tas jādara. Aģentūras pārstāve lūdz pieteikumu noraidīt, jo stāžu nosaka pēc Valsts ieņēmumu dienesta ziņām par veiktajām iemaksām.\n\n`,
  `[3] {D.g:Pieteicējs|Pieteicēja} uzskata, ka lēmums ir nesamērīgs: apkure dzīvoklī bija atslēgta tikai divas nedēļas parāda dēļ, kas jau samaksāts, un {D.g:viņš|viņa} strādā maiņās, tādēļ bērnu pieskatīja kaimiņiene. {R.full.nom} tiesā paskaidroja, ka {C.g:mazdēls|mazmeita} pie {R.g:viņa|viņas} jūtas labi, bet ļoti gaida tikšanos ar {D.g:tēvu|māti}; {R.g:viņš|viņa} neiebilst, ka bērns atgrieztos pie {D.sur.gen}, ja tiks nodrošināts atbalsts. Bērna viedokli uzklausīja {E.g:psihologs|psiholoģe} {E.full.nom}; atzinumā norādīts, ka bērnam {C.inits} ir cieša emocionāla saikne ar abiem.\n\n`,
]);

const adReasoning = story([
  `Motīvu daļa\n\n[4] Saskaņā ar {ART.acc} tiesības uz bezdarbnieka pabalstu ir personai, kurai apdrošināšanas stāžs ir vismaz 12 mēneši un par kuru pēdējo 16 mēnešu laikā veiktas sociālās apdrošināšanas iemaksas. Likums pabalsta tiesības saista ar faktiski veiktajām iemaksām, nevis ar darba faktu. Apstāklis, ka iemaksas nav veicis darba devējs, nav šķērslis atlīdzības prasījumam pret {V.sur.acc}, bet nerada {D.sur.dat} tiesības uz pabalstu. Tiesa atzīst, ka aģentūra lēmumu pieņēmusi pamatoti.\n\n`,
  `Motīvu daļa\n\n[4] Atbilstoši {ART.dat} bāriņtiesa var pārtraukt aizgādības tiesības, ja bērna veselība vai dzīvība ir apdraudēta vecāka vainas dēļ vai ja vecāks bērnu aprūpi nenodrošina. Aizgādības tiesību pārtraukšana ir galējs līdzeklis, un iestādei jāpārbauda, vai bērna intereses nevar aizsargāt ar mazāk ierobežojošiem līdzekļiem – ģimenes asistentu vai sociālo pakalpojumu. No lietas materiāliem neizriet, ka bāriņtiesa šādas iespējas būtu vērtējusi, tāpēc lēmums nav samērīgs.\n\n`,
]);

const adOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Administratīvā procesa likuma 294. un 307. pantu}, tiesa\n\nnosprieda:\n\n{D.full.gen} pieteikumu par {ORG.vsaa.gen} {DATE.decisionInst.gen} lēmuma atcelšanu noraidīt.\n\nSpriedumu var pārsūdzēt {CT.admappeal.loc} viena mēneša laikā pēc tā sastādīšanas, sūdzību iesniedzot ar {COURT.gen} starpniecību.\n\n`,
    `Rezolutīvā daļa\n\nPieteikumu apmierināt. Atcelt {ORG.orphans.gen} {DATE.decisionInst.gen} lēmumu par {D.sur.gen} aizgādības tiesību pārtraukšanu. Atmaksāt {D.full.dat} valsts nodevu {AMOUNT.costs}.\n\nSpriedumu viena mēneša laikā var pārsūdzēt {CT.admappeal.loc}, apelācijas sūdzību iesniedzot {COURT.dat}.\n\n`,
  ],
  { fillersBefore: true },
);

// ---- administrative offence: grass burnt in spring, an uninsured car driven from a police check ------

const aoHeader: Section = {
  variants: [
    `{ECLI}\n\n{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\n{SEAT}, {DATE.decision.nodot}\n\nLieta Nr. {CASE}\n\n`,
    `Administratīvā pārkāpuma lieta Nr. {CASE}\n\nSPRIEDUMS\nLATVIJAS REPUBLIKAS VĀRDĀ\n\n{COURT.nom}\t\t\t{DATE.decision.loc}\n{ECLI}\n\n`,
  ],
};

const aoIntro = story([
  `{COURT.nom} {JUDGE.role.gen} {JUDGE.full.gen} sastāvā, ar tiesas sēdes {SEC.g:sekretāru|sekretāri} {SEC.full.ins}, piedaloties {D.g:pārsūdzētājam|pārsūdzētājai} {D.full.dat} un {ORG.vugd.gen} pārstāvim {W.full.dat},\n\nizskatīja {D.full.gen} sūdzību par {ORG.vugd.gen} amatpersonas {DATE.report.gen} lēmumu administratīvā pārkāpuma lietā.\n\n`,
  `{COURT.nom} {JUDGE.role.gen} {JUDGE.full.gen} sastāvā, protokolējot tiesas sēdes {SEC.g:sekretāram|sekretārei} {SEC.surinit.dat}, piedaloties personai, pret kuru uzsākts administratīvā pārkāpuma process, {D.full.dat} un {I.g:tulkam|tulcei} {I.full.dat},\n\natklātā tiesas sēdē izskatīja administratīvā pārkāpuma lietu par {D.full.gen} sūdzību par {ORG.vp.gen} amatpersonas {DATE.report.gen} lēmumu.\n\n`,
]);

const aoFacts = story([
  `Aprakstošā daļa\n\n[1] Ar pārsūdzēto lēmumu {D.full.nom}, personas kods {D.code}, dzīvo {D.fulladdr}, {D.g:saukts|saukta} pie administratīvās atbildības pēc {ART.gen} un {D.g:viņam|viņai} uzlikts naudas sods {AMOUNT.fine}. Lēmumā norādīts, ka {DATE.offence.loc} ap plkst. 15.30 {D.sur.nom} savā īpašumā {D.addr2.loc} dedzināja pērno zāli aptuveni 0,4 hektāru platībā, un uguns izplatījās līdz {H.g:kaimiņa|kaimiņienes} {H.full.gen} meža malai. Ugunsgrēku pamanīja un zvanīja uz numuru 112 {V.full.nom}; {ORG.vugd.gen} {W.g:inspektors|inspektore} {W.surgiven.nom} ieradās notikuma vietā un sastādīja protokolu.\n\n`,
  `Aprakstošā daļa\n\n[1] Ar pārsūdzēto lēmumu {D.full.nom}, {D.g:dzimis|dzimusi} {D.birth.num}, {D.docword} Nr. {D.doc}, dzīvo {D.addr.loc}{D.cityc.loc}, tālr. {D.phone}, {D.g:sodīts|sodīta} pēc {ART.gen} ar naudas sodu {AMOUNT.fine} par to, ka {DATE.offence.loc} Rēzeknē, Atbrīvošanas alejā, {D.g:vadījis|vadījusi} automašīnu “Opel Astra” ar valsts reģistrācijas numuru {D.plate}, kurai nebija spēkā esošas OCTA polises.\n\n[2] Saskaņā ar {W.g:policijas darbinieka|policijas darbinieces} {W.full.gen} ziņojumu, pieprasot apstāties, {D.sur.nom} sākumā {D.g:palielinājis|palielinājusi} ātrumu un {D.g:apstājies|apstājusies} tikai pēc 2 kilometriem. Automašīnā atradās arī {X.full.nom}, Lietuvas {X.g:pilsonis|pilsone}, {X.docword} Nr. {X.doc}.\n\n`,
]);

const aoComplaint = story([
  `[2] Sūdzībā {D.g:pārsūdzētājs|pārsūdzētāja} norāda, ka zāli {D.g:dedzinājis|dedzinājusi} nevis {D.g:viņš|viņa}, bet nezināmas personas, un ka {D.g:viņš|viņa} tikai {D.g:mēģinājis|mēģinājusi} uguni apdzēst. {D.g:Viņa|Viņas} {R.role.nom} {R.full.nom} apliecināja, ka {D.sur.nom} visu pēcpusdienu {D.g:bijis|bijusi} kopā ar {R.g:viņu|viņu} pagalmā. Savukārt {V.sur.nom} tiesā liecināja, ka {V.g:redzējis|redzējusi}, kā {D.g:kaimiņš|kaimiņiene} ar grābekli izklāj degošo zāli, un {V.g:uzsaucis|uzsaukusi} {D.g:viņam|viņai}: “Ko tu dari, {D.given.voc}, mežs taču aizdegsies!”\n\n`,
  `[3] Sūdzībā {D.sur.nom} norāda, ka automašīnu {D.g:nopircis|nopirkusi} tikai nedēļu iepriekš no {H.full.gen} un {D.g:bijis|bijusi} {D.g:pārliecināts|pārliecināta}, ka apdrošināšana vēl ir spēkā; apstāties {D.g:nav varējis|nav varējusi} uzreiz satiksmes dēļ. {I.g:Tulks|Tulce} {I.surgiven.nom} tulkoja {X.sur.gen} paskaidrojumus, ka policijas signālu neviens automašīnā nav pamanījis. Saskaņā ar {ORG.octa.gen} datiem transportlīdzekļa apdrošināšana beigusies mēnesi pirms pārbaudes.\n\n`,
]);

const aoReasoning = story([
  `Motīvu daļa\n\n[3] Pēc {ART.gen} atbild par kūlas dedzināšanu vai ugunsdrošības prasību neievērošanu, kuras dēļ var izcelties ugunsgrēks. {R.sur.gen} liecību tiesa vērtē kritiski, jo tā ir pretrunā ar {V.sur.gen} liecību un ar inspektora uzņemtajām fotogrāfijām, kurās redzams, ka {D.sur.nom} stāv degošās platības vidū ar grābekli rokās. Tiesa tomēr ņem vērā, ka kaitējums mežam nav nodarīts, un sodu samazina.\n\n`,
  `Motīvu daļa\n\n[4] Transportlīdzekļa vadītāja pienākums ir pārliecināties, ka transportlīdzeklim ir spēkā esoša obligātā apdrošināšana; to var izdarīt jebkurā brīdī apdrošinātāju biroja tīmekļvietnē. Apgalvojums par pārliecību, ka polise ir spēkā, no atbildības neatbrīvo. Nav arī pamata apšaubīt policijas darbinieka ziņojumu par apstāšanos tikai pēc 2 kilometriem, jo to apstiprina videoieraksts.\n\n`,
]);

const aoOperative = story(
  [
    `Rezolutīvā daļa\n\nTiesa nosprieda: {ORG.vugd.gen} amatpersonas {DATE.report.gen} lēmumu grozīt un samazināt {D.full.dat} uzlikto naudas sodu līdz {AMOUNT.penalty}. Lēmumu pārējā daļā atstāt spēkā.\n\nSpriedums nav pārsūdzams.\n\n`,
    `Rezolutīvā daļa\n\n{D.capsur.gen} sūdzību noraidīt, {ORG.vp.gen} amatpersonas {DATE.report.gen} lēmumu atstāt negrozītu.\n\nSpriedums nav pārsūdzams un ir galīgs.\n\n`,
  ],
  { fillersBefore: true },
);

export const VERIFY: TemplateSet = {
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
    signature,
  ],
  criminal_appeal: [apHeader, apIntro, apFacts, apArgs, apReasoning, apOperative, apSignature],
  civil: [cvHeader, cvIntro, cvFacts, cvArgs, cvReasoning, cvOperative, signature],
  administrative: [adHeader, adIntro, adFacts, adArgs, adReasoning, adOperative, signature],
  administrative_offence: [aoHeader, aoIntro, aoFacts, aoComplaint, aoReasoning, aoOperative, signature],
};
