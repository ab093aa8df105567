/**
 * Ruling templates of the `exam` split, written after the anonymiser had been measured on all seven
 * earlier splits (and while it was being tuned on `probe`), by someone who has not seen the anonymiser.
 * Nobody tunes on this split; it is used only for the last measurement. Never read its misses to add
 * rules.
 *
 * Each ruling type tells one of two stories (the `scenario` key; the story is drawn before the
 * persons, see ./generate.ts):
 * - criminal_first: 0 a theft from a farm company's barn by two accused (one a foreign citizen with an
 *   interpreter; the company's insolvency administrator for the victim), 1 an employer who is a natural
 *   person (a sole proprietor) breaching labour protection rules, a worker falling from a roof;
 * - criminal_appeal: 0 a decision on the appeal against a conviction for selling a grandparent's car
 *   with a forged power of attorney (a sworn notary's certification forged), 1 a judgment on a
 *   prosecutor's protest against an acquittal for cruelty to farm animals;
 * - civil: 0 defamation in a social-network post (honour and dignity), 1 maintenance of an elderly
 *   parent claimed from an adult child who works abroad (a sworn bailiff);
 * - administrative: 0 a firearms permit annulled after a call to the police, 1 a place in a municipal
 *   kindergarten refused for doubts about the family's declared residence;
 * - administrative_offence: 0 a quad bike driven in the coastal dune protection zone, 1 passenger
 *   transport for payment through a ride-hailing app without a licence (an interpreter).
 * People appear by role in all seven cases, by full name, surname alone, capitals, initials (a minor by
 * given name or initials), spouses, parents, children, grandparents and siblings sharing a surname.
 * Officials acting in office (judges, prosecutors, court staff, sworn advocates, a sworn notary, a sworn
 * bailiff, an insolvency administrator) are must-keep; interpreters, experts, witnesses, inspectors, a
 * buyer, a client whose house was being roofed, representatives who are not advocates are private
 * persons. Placeholders: see ./generate.ts (`placeholder`); persons D, V, W, X, R, T, I, E, C, H;
 * officials JUDGE, JUDGE2, JUDGE3, PROS, SEC, ADV, ADV2, ASSIST, NOT, BAIL, ADMIN; other courts
 * {CT.appeal|admappeal|supreme.case}; companies {FIRM.victim|scrap|ik|assoc|platform}; {PROC} the
 * criminal proceeding's number.
 */
import type { Section, TemplateSet } from './templates.ts';

const story = (variants: string[], extra: Partial<Section> = {}): Section => ({
  variants,
  align: 'scenario',
  ...extra,
});

const judgeSignature: Section = {
  variants: [
    `{^JUDGE.role.nom}\t\t\t\t\t{JUDGE.surgiven.nom}\n`,
    `{^JUDGE.role.nom}\t\t(paraksts)\t\t{JUDGE.initns.nom}\n\nNORAKSTS PAREIZS\n{^ASSIST.role.nom}\t\t\t{ASSIST.full.nom}\n{DATE.appeal.nodot}\n`,
    `{JUDGE.g:Tiesnesis|Tiesnese}:\t\t{JUDGE.capssur.nom}\n`,
  ],
};

// ---- first-instance criminal: a barn broken into by two, a fall from a roof ---------------------------

const crHeader: Section = {
  variants: [
    `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\nLietas arhīva Nr. {CASE}\nKriminālprocesa Nr. {PROC}\n{ECLI}\n\n{SEAT}, {DATE.decision.nodot}\n\n`,
    `{ECLI}\n{COURT.nom}\n\nSPRIEDUMS\nLATVIJAS REPUBLIKAS VĀRDĀ\n\n{DATE.decision.loc}\t\t\t\t\t{SEAT}\n\nLieta Nr. {CASE} (kriminālprocess Nr. {PROC})\n\n`,
  ],
};

const crIntro = story([
  `{COURT.nom} šādā sastāvā: tiesas sēdes {JUDGE.g:priekšsēdētājs|priekšsēdētāja} {JUDGE.full.nom}, {SEC.role.nom} {SEC.full.nom}, piedaloties {ORG.prosoff.gen} {PROS.role.dat} {PROS.full.dat}, apsūdzētajiem {D.full.dat} un {X.full.dat}, {D.sur.gen} {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.full.dat}, {X.sur.gen} {ADV2.g:aizstāvim|aizstāvei} {ADV2.role.dat} {ADV2.surinit.dat}, {I.g:tulkam|tulcei} {I.full.dat} un cietušās {FIRM.victim} {ADMIN.role.dat} {ADMIN.full.dat},\n\natklātā tiesas sēdē izskatīja krimināllietu, kurā apsūdzēti:\n\n`,
  `{COURT.nom}, {JUDGE.role.gen} {JUDGE.surgiven.gen} vadībā, protokolējot {SEC.role.dat} {SEC.initns.dat}, ar {PROS.role.gen} {PROS.full.gen} piedalīšanos, klātesot {D.g:apsūdzētajam|apsūdzētajai} {D.full.dat}, {D.g:viņa|viņas} {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.full.dat}, {V.g:cietušajam|cietušajai} {V.full.dat} un {V.g:viņa|viņas} {T.g:pārstāvim|pārstāvei} {T.surgiven.dat},\n\natklātā tiesas sēdē izskatīja krimināllietu par {D.full.gen} apsūdzību noziedzīgā nodarījumā, kas paredzēts {ART.loc}.\n\n`,
]);

const crAccused = story([
  `1) {D.capsur.nom}, personas kods {D.code}, {D.g:dzimis|dzimusi} {D.birth.loc}, Latvijas {D.g:pilsonis|pilsone}, deklarētā dzīvesvieta {D.fulladdr}, faktiskā dzīvesvieta {D.fulladdr2}, {D.g:neprecējies|neprecējusies}, apgādībā {C.g:nepilngadīgs dēls|nepilngadīga meita}, strādā gadījuma darbus, iepriekš {D.g:sodīts|sodīta};\n\n2) {X.capsur.nom}, personas kods {X.code}, {X.g:dzimis|dzimusi} {X.birth.num}., Lietuvas Republikas {X.g:pilsonis|pilsone}, {X.docword} Nr. {X.doc}, dzīvo {X.addr.loc}{X.cityc.loc}, tālr. {X.phone}, iepriekš {X.g:nesodīts|nesodīta},\n\n– abi apsūdzēti pēc {ART.gen}.\n\n`,
  `{D.full.nom} (p.k. {D.code}), {D.g:dzimis|dzimusi} {D.birth.loc}, individuālā komersanta {FIRM.ik} {D.g:īpašnieks|īpašniece}, deklarētā adrese: {D.fulladdr}; darbnīca: {D.addr2.nom}{D.cityc2.nom}; e-pasts {D.email}, {D.g:precējies|precējusies}, iepriekš {D.g:nesodīts|nesodīta}.\n\n`,
]);

const crCharge = story([
  `Aprakstošā daļa\n\n[1] {D.full.nom} un {X.full.nom} izdarīja zādzību personu grupā pēc iepriekšējas vienošanās, iekļūstot glabātavā, šādos apstākļos.\n\n{DATE.offence.loc} ap plkst. 1.30 {D.sur.nom} un {X.sur.nom}, iepriekš vienojušies par zādzību, ar {D.g:viņa|viņas} {R.role.dat} {R.full.dat} piederošo automašīnu “Volkswagen Transporter” ar valsts reģistrācijas numuru {R.plate} ieradās pie {FIRM.victim} lopkopības kompleksa šķūņa, ar līdzpaņemtu leņķa slīpmašīnu nozāģēja durvju piekaramo slēdzeni un iekļuva šķūnī. No turienes viņi paņēma 180 metrus kapara kabeļa, metināšanas aparātu un motorzāģi, kopā {AMOUNT.damage} vērtībā, iekrāva tos automašīnā un aizbrauca. Nākamajā dienā kabeli, iepriekš nodedzinot izolāciju, {X.sur.nom} nodeva metāllūžņu pieņemšanas punktā {FIRM.scrap}, saņemot {AMOUNT.fine}.\n\n`,
  `Aprakstošā daļa\n\n[1] {D.full.nom}, {D.g:būdams|būdama} individuālā komersanta {FIRM.ik} {D.g:īpašnieks|īpašniece} un {D.g:darba devējs|darba devēja}, {D.g:kuram|kurai} bija pienākums nodrošināt darba aizsardzības prasību ievērošanu, {DATE.offence.loc} uzdeva {V.g:darbiniekam|darbiniecei} {V.full.dat} nomainīt skārda jumta segumu {H.full.gen} dzīvojamai mājai {H.addr2.loc}{H.cityc2.loc}, nenodrošinot {V.sur.dat} individuālos aizsardzības līdzekļus darbam augstumā un neveicot {V.g:viņa|viņas} instruktāžu. Strādājot uz jumta bez drošības jostas, {V.sur.nom} aptuveni 5,5 metru augstumā paslīdēja un nokrita uz bruģa, gūstot mugurkaula lūzumu un galvas traumu.\n\n`,
]);

const crTestimony = story([
  `Motīvu daļa\n\n[2] {D.g:Apsūdzētais|Apsūdzētā} {D.sur.nom} vainu atzina pilnībā un paskaidroja, ka doma par kabeļa paņemšanu radusies {X.sur.dat}, {X.g:kurš zinājis|kura zinājusi}, ka kopš uzņēmuma maksātnespējas šķūnis netiek apsargāts. Automašīnu {D.g:viņš|viņa} {D.g:bija aizņēmies|bija aizņēmusies} no {R.g:sava|savas} {R.role.gen} {R.given.gen}, nepasakot, kādam nolūkam. {X.g:Apsūdzētais|Apsūdzētā} {X.surgiven.nom} ar {I.g:tulka|tulces} {I.full.gen} palīdzību liecināja, ka vainu atzīst daļēji: kabeli {X.g:viņš|viņa} tiešām {X.g:nodevis|nodevusi} metāllūžņos, taču {X.g:uzskatījis|uzskatījusi}, ka tas ir pamests un nevienam nepieder.\n\n`,
  `Motīvu daļa\n\n[2] {D.g:Apsūdzētais|Apsūdzētā} vainu neatzina un paskaidroja, ka {V.sur.nom} pie {D.g:viņa|viņas} {V.g:strādājis|strādājusi} bez darba līguma, pēc mutiskas vienošanās par konkrētu darbu, tādēļ {D.g:viņš|viņa} sevi par {V.sur.gen} darba devēju neuzskata; drošības jostas esot bijušas automašīnā, un {V.sur.nom} {V.g:pats varējis|pati varējusi} tās paņemt.\n\n{^V.role.nom} {V.full.nom} liecināja, ka pie {D.sur.gen} {V.g:strādājis|strādājusi} vairāk nekā gadu, saņemot {AMOUNT.salary} mēnesī skaidrā naudā, un ka uzdevumus un darba laiku katru dienu noteica {D.g:apsūdzētais|apsūdzētā}. {W.g:Liecinieks|Lieciniece} {W.full.nom}, kas tajā dienā strādāja uz sastatnēm pie mājas gala, dzirdēja, kā {D.sur.nom} no apakšas uzsauca: “{V.given.voc}, pasteidzies, līdz vakaram jāpabeidz!” {T.full.nom}, {V.g:cietušā sieva|cietušās vīrs}, paskaidroja, ka ārstēšanās ilgusi četrus mēnešus un {V.sur.nom} joprojām nespēj atgriezties darbā.\n\n`,
]);

const crEvidence = story(
  [
    `[3] {^V.role.nom} {V.full.nom}, kompleksa sargs, liecināja, ka naktī {V.g:dzirdējis|dzirdējusi} motora troksni, bet no rīta {V.g:pamanījis|pamanījusi} nozāģēto slēdzeni un par to {V.g:ziņojis|ziņojusi} {ADMIN.role.dat} {ADMIN.surgiven.dat}. {W.full.nom}, {FIRM.scrap} {W.g:pieņēmējs|pieņēmēja}, apstiprināja, ka kabeli {W.g:pieņēmis|pieņēmusi} no {X.sur.gen}, {X.g:kurš|kura} uzrādīja {X.docwordgen} Nr. {X.doc}; pieņemšanas aktā ierakstīti dokumenta dati un izmaksātā summa.\n\n`,
    `[3] Saskaņā ar {E.g:tiesu medicīnas eksperta|tiesu medicīnas ekspertes} {E.full.gen} atzinumu {V.sur.dat} nodarītie miesas bojājumi pēc sava rakstura ir smagi, jo bīstami dzīvībai. {ORG.vdi.gen} nelaimes gadījuma izmeklēšanas aktā konstatēts, ka darba vietā nebija ne sastatņu pie jumta kores, ne drošības tīkla. {H.full.nom}, mājas {H.g:īpašnieks|īpašniece}, liecināja, ka darbus ar {D.sur.ins} {H.g:saskaņojis|saskaņojusi} telefoniski, zvanot uz numuru {D.phone}, un samaksu {H.g:pārskaitījis|pārskaitījusi} uz {D.g:apsūdzētā|apsūdzētās} kontu {D.iban}.\n\n`,
  ],
  { optional: 0.9 },
);

const crAssessment = story([
  `[4] Tiesa atzīst, ka {D.sur.gen} un {X.sur.gen} darbības pareizi kvalificētas pēc {ART.gen}. Par pamestu nevar uzskatīt mantu, kas atrodas slēgtā ēkā un kuras īpašnieks ir zināms; tas, ka uzņēmumam pasludināts maksātnespējas process, nenozīmē, ka tā manta kļuvusi bezsaimnieka. No {D.sur.gen} liecības izriet, ka nodoms paņemt kabeli radās {X.sur.loc}, bet abi apsūdzētie rīkojās kopīgi un saskaņoti.\n\n`,
  `[4] Atbildība pēc {ART.gen} iestājas personai, kurai bija pienākums ievērot darba aizsardzības noteikumus, ja to pārkāpšana izraisījusi smagu miesas bojājumu. Tas, ka starp pusēm nebija noslēgts rakstveida darba līgums, {D.sur.acc} no šā pienākuma neatbrīvo: darba tiesiskās attiecības nosaka faktiskie apstākļi – darba izpilde pēc darba devēja norādījumiem un par atlīdzību –, un tos apstiprina {W.sur.gen} liecība.\n\n`,
]);

const crOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Kriminālprocesa likuma 511., 512. un 513. pantu}, tiesa\n\nnosprieda:\n\n{D.full.acc} atzīt par vainīgu {ART.loc} paredzētajā noziedzīgajā nodarījumā un sodīt ar brīvības atņemšanu uz 1 (vienu) gadu, ko saskaņā ar {LAW.Krimināllikuma 55. pantu} noteikt nosacīti ar pārbaudes laiku uz 1 (vienu) gadu un 6 (sešiem) mēnešiem.\n\n{X.capssur.acc} atzīt par vainīgu {ART.loc} paredzētajā noziedzīgajā nodarījumā un sodīt ar sabiedrisko darbu uz 200 (divi simti) stundām.\n\nPiedzīt no {D.sur.gen} un {X.sur.gen} solidāri {FIRM.victim} labā mantiskā kaitējuma kompensāciju {AMOUNT.damage}.\n\nLietisko pierādījumu – automašīnu {R.plate} – atdot {R.full.dat}.\n\n`,
    `Rezolutīvā daļa\n\nVadoties pēc {LAW.Kriminālprocesa likuma 511. un 512. panta}, tiesa\n\nNOSPRIEDA:\n\n{D.caps.acc} atzīt par vainīgu pēc {ART.gen} un sodīt ar naudas sodu {AMOUNT.debt}, atņemot tiesības veikt uzņēmējdarbību būvniecības jomā uz 2 (diviem) gadiem.\n\nPiedzīt no {D.full.gen} {V.full.gen} labā morālā kaitējuma kompensāciju {AMOUNT.claim}.\n\n`,
  ],
  { fillersBefore: true },
);

const crNotice: Section = {
  variants: [
    `Spriedumu var pārsūdzēt apelācijas kārtībā {CT.appeal.loc} 10 dienu laikā no pilna sprieduma pieejamības dienas, iesniedzot apelācijas sūdzību vai protestu šajā tiesā. Pilns spriedums būs pieejams {DATE.appeal.loc}.\n\n`,
    `Ja spriedums netiek pārsūdzēts, tas stājas likumīgā spēkā. Apelācijas sūdzību var iesniegt desmit dienu laikā pēc {DATE.appeal.gen}.\n\n`,
  ],
};

// ---- criminal appeal: a forged power of attorney, cruelty to farm animals ----------------------------

const apHeader = story([
  `{COURT.nom}\nKrimināllietu tiesas kolēģija\n\nLĒMUMS\n\n{SEAT}, {DATE.decision.loc}\n\nLieta Nr. {CASE}, kriminālprocess Nr. {PROC}\n{ECLI}\n\n`,
  `SPRIEDUMS\nLATVIJAS REPUBLIKAS VĀRDĀ\n\n{DATE.decision.num}\t\t\t\t{SEAT}\n\n{COURT.nom}\nKrimināllieta Nr. {CASE}\nECLI: {ECLI}\n\n`,
]);

const apIntro = story([
  `{COURT.nom} šādā sastāvā: tiesas sēdes {JUDGE.g:priekšsēdētājs|priekšsēdētāja} {JUDGE.full.nom}, {JUDGE2.role.nom} {JUDGE2.capssur.nom} un {JUDGE3.role.nom} {JUDGE3.init.nom}, ar {SEC.role.ins} {SEC.full.ins}, piedaloties {PROS.role.dat} {PROS.full.dat}, {D.g:apsūdzētajam|apsūdzētajai} {D.full.dat}, {D.g:viņa|viņas} {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.full.dat} un {V.g:cietušajam|cietušajai} {V.full.dat}, atklātā tiesas sēdē izskatīja krimināllietu, kas nonākusi apelācijas instancē pēc {D.g:apsūdzētā|apsūdzētās} {D.surgiven.gen} sūdzības par {LOWER.gen} {DATE.lower.gen} spriedumu.\n\n`,
  `{COURT.nom} atklātā tiesas sēdē kolēģijas sastāvā: {JUDGE.full.nom} (sēdes {JUDGE.g:priekšsēdētājs|priekšsēdētāja}), {JUDGE2.surinit.nom} un {JUDGE3.full.nom}, protokolējot {SEC.role.dat} {SEC.full.dat}, piedaloties {ORG.prosoff.gen} {PROS.role.dat} {PROS.surgiven.dat} un {D.g:apsūdzētajam|apsūdzētajai} {D.caps.dat}, izskatīja krimināllietu sakarā ar {PROS.role.gen} apelācijas protestu par {LOWER.gen} {DATE.lower.gen} spriedumu, ar kuru {D.full.nom}, personas kods {D.code}, {D.g:attaisnots|attaisnota} apsūdzībā pēc {ART.gen}.\n\n`,
]);

const apFacts = story([
  `Aprakstošā daļa\n\n[1] Ar {LOWER.gen} {DATE.lower.gen} spriedumu {D.full.nom}, personas kods {D.code}, {D.g:dzimis|dzimusi} {D.birth.num}, deklarētā dzīvesvieta {D.fulladdr}, {D.g:atzīts|atzīta} par vainīgu pēc {ART.gen} un {D.g:sodīts|sodīta} ar brīvības atņemšanu uz 1 (vienu) gadu un 3 (trim) mēnešiem.\n\n[2] Pirmās instances tiesa atzina par pierādītu, ka {D.sur.nom} {DATE.offence.loc} {ORG.csdd.gen} klientu apkalpošanas centrā uzrādīja pilnvaru, ar kuru {D.g:viņa|viņas} {V.g:vectēvs|vecmāte} {V.full.nom}, personas kods {V.code}, it kā {V.g:pilnvarojis|pilnvarojusi} mazbērnu pārdot {V.g:viņam|viņai} piederošo automašīnu “Toyota Avensis” ar valsts reģistrācijas numuru {V.plate}. Pilnvarā norādīts, ka to {NOT.g:apliecinājis|apliecinājusi} {NOT.role.nom} {NOT.full.nom}, taču notariālo aktu reģistrā šāda ieraksta nav. Izmantojot pilnvaru, {D.sur.nom} pārdeva automašīnu {H.full.dat} par {AMOUNT.damage}, naudu saņemot savā kontā {D.iban}.\n\n`,
  `Aprakstošā daļa\n\n[1] {D.full.nom} tika {D.g:apsūdzēts|apsūdzēta} tajā, ka laikā no {DATE.contract.num} līdz {DATE.offence.num} savā saimniecībā {D.addr2.loc} turēja trīs zirgus un divus suņus, nenodrošinot tiem barību, ūdeni un pajumti, kā rezultātā viens zirgs nobeidzās, bet pārējie dzīvnieki bija novārguši. Dzīvniekus izņēma {ORG.pvd.gen} {H.role.nom} {H.full.nom} kopā ar dzīvnieku patversmes brīvprātīgo {V.full.acc}.\n\n[2] Pirmās instances tiesa {D.sur.acc} attaisnoja, atzīstot, ka nav pierādīts, ka tieši {D.g:viņš|viņa} bija dzīvnieku turētājs, jo lauksaimniecības dzīvnieku reģistrā zirgi reģistrēti uz {D.g:viņa|viņas} {R.role.gen} {R.full.gen} vārda, {R.g:kurš|kura} ar {D.g:sievu|vīru} dzīvo šķirti.\n\n`,
]);

const apArgs = story([
  `[3] Savā apelācijas sūdzībā {D.g:apsūdzētais|apsūdzētā} lūdz pirmās instances spriedumu atcelt un taisīt attaisnojošu spriedumu. {D.g:Viņš|Viņa} norāda, ka {V.g:vectēvs|vecmāte} automašīnas pārdošanai {V.g:bija piekritis|bija piekritusi} mutiski, bet pilnvaru noformēt palīdzējis kāds paziņa, kura vārdu {D.g:viņš|viņa} neatceras. {R.full.nom}, {D.g:apsūdzētā|apsūdzētās} {R.role.nom} un {V.full.gen} {R.g:dēls|meita}, apelācijas instances tiesā liecināja, ka {V.g:tēvs|māte} pēdējos gadus slimo ar demenci un nekādus dokumentus parakstīt nespēja.\n\n`,
  `[3] Apelācijas protestā {PROS.role.nom} lūdz attaisnojošo spriedumu atcelt, norādot, ka pirmās instances tiesa nepamatoti nav ņēmusi vērā {W.g:liecinieka|liecinieces} {W.full.gen} liecību, ka dzīvnieki gadiem ilgi bija {D.sur.gen} pārziņā un ka tieši {D.g:viņš|viņa} tos {D.g:bija iegādājies|bija iegādājusies}. {R.surgiven.nom} apelācijas instancē liecināja, ka saimniecībā nav {R.g:dzīvojis|dzīvojusi} kopš 2020. gada, zirgus {R.g:reģistrējis|reģistrējusi} uz sava vārda tikai {D.g:vīra|sievas} lūgumā un dzīvniekus nekad nav {R.g:kopis|kopusi}.\n\n`,
]);

const apReasoning = story([
  `Motīvu daļa\n\n[4] Kolēģija atzīst, ka pirmās instances tiesa pierādījumus novērtējusi pareizi. Saskaņā ar {E.g:rokraksta eksperta|rokraksta ekspertes} {E.full.gen} atzinumu parakstu pilnvarā nav {V.g:izdarījis|izdarījusi} {V.full.nom}, bet {NOT.role.nom} {NOT.surinit.nom} apliecināja, ka šādu pilnvaru nav {NOT.g:apliecinājis|apliecinājusi} un zīmoga nospiedums pilnvarā neatbilst {NOT.g:viņa|viņas} zīmogam. {^H.role.nom} {H.full.nom} liecināja, ka automašīnu {H.g:iegādājies|iegādājusies} labticīgi un par to {H.g:samaksājis|samaksājusi} ar pārskaitījumu no sava konta {H.iban}. {D.full.gen} apgalvojums par mutisku piekrišanu ir pretrunā ar {R.full.gen} liecību un medicīniskajiem dokumentiem.\n\n`,
  `Motīvu daļa\n\n[4] Atbildība pēc {ART.gen} par nežēlīgu izturēšanos pret dzīvnieku iestājas arī tad, ja dzīvnieka turētājs, nenodrošinot tam barību un kopšanu, rīkojas ar bezdarbību. Saskaņā ar veterinārās ekspertīzes atzinumu, ko {E.g:sniedzis|sniegusi} {E.full.nom}, zirgi bija ilgstoši badināti. Kolēģija atzīst, ka ar {W.sur.gen} un {R.full.gen} liecībām pierādīts, ka dzīvnieku turētājs bija {D.full.nom}; apstāklis, ka zirgi reģistrēti uz {R.given.gen} vārda, nav izšķirošs. Tādēļ attaisnojošais spriedums ir atceļams.\n\n`,
]);

const apOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Kriminālprocesa likuma 564. panta ceturto daļu}, tiesa\n\nnolēma:\n\n{LOWER.gen} {DATE.lower.gen} spriedumu atstāt spēkā, {D.g:apsūdzētā|apsūdzētās} {D.capssur.gen} apelācijas sūdzību noraidot.\n\nLēmumu var pārsūdzēt kasācijas kārtībā {CT.supreme.loc} 10 dienu laikā no dienas, kad pilns lēmums kļuvis pieejams ({DATE.appeal.nodot}).\n\n`,
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Kriminālprocesa likuma 564. panta otro daļu}, tiesa\n\nnosprieda:\n\natcelt {LOWER.gen} {DATE.lower.gen} spriedumu pilnībā un taisīt jaunu spriedumu.\n\n{D.full.acc} atzīt par vainīgu pēc {ART.gen} un sodīt ar probācijas uzraudzību uz 1 (vienu) gadu, atņemot tiesības turēt dzīvniekus uz 3 (trim) gadiem.\n\nPiedzīt no {D.sur.gen} valsts labā procesuālos izdevumus par dzīvnieku uzturēšanu patversmē {AMOUNT.costs}.\n\nSpriedums pārsūdzams kasācijas kārtībā {CT.supreme.loc} 10 dienu laikā no pilna sprieduma pieejamības dienas.\n\n`,
  ],
  { fillersBefore: true },
);

const apSignature: Section = {
  variants: [
    `Tiesas sēdes {JUDGE.g:priekšsēdētājs|priekšsēdētāja}\t\t{JUDGE.surinit.nom}\n{^JUDGE2.role.nom}\t\t\t\t{JUDGE2.surinit.nom}\n{^JUDGE3.role.nom}\t\t\t\t{JUDGE3.surinit.nom}\n`,
    `Tiesneši:\t{JUDGE.initns.nom}\n\t\t{JUDGE2.initns.nom}\n\t\t{JUDGE3.initns.nom}\n`,
  ],
};

// ---- civil: defamation, maintenance of an elderly parent ---------------------------------------------

const cvHeader: Section = {
  variants: [
    `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\nLieta Nr. {CASE}\n{ECLI}\n\n{SEAT}, {DATE.decision.num}\n\n`,
    `Civillieta Nr. {CASE}\nECLI: {ECLI}\n\nSPRIEDUMS\nLATVIJAS REPUBLIKAS VĀRDĀ\n\n{DATE.decision.loc}\t\t\t\t{SEAT}\n\n{COURT.nom}\n\n`,
  ],
};

const cvIntro = story([
  `{COURT.nom} šādā sastāvā: {JUDGE.role.nom} {JUDGE.full.nom}, protokolējot {SEC.role.dat} {SEC.surgiven.dat}, piedaloties {D.g:prasītājam|prasītājai} {D.full.dat} un {D.g:viņa|viņas} {T.g:pilnvarotajam pārstāvim|pilnvarotajai pārstāvei} {T.full.dat}, {V.g:atbildētājam|atbildētājai} {V.full.dat} un {V.g:viņa|viņas} {ADV.g:pārstāvim|pārstāvei} {ADV.role.dat} {ADV.full.dat}, atklātā tiesas sēdē izskatīja civillietu {D.full.gen} prasībā pret {V.full.acc} par goda un cieņas aizskārumu, atsaukuma publicēšanu un morālā kaitējuma kompensācijas piedziņu.\n\n`,
  `{COURT.nom}, {JUDGE.role.gen} {JUDGE.initns.gen} sastāvā, ar {SEC.role.ins} {SEC.capssur.ins}, piedaloties {D.g:prasītājam|prasītājai} {D.full.dat}, {D.g:viņa|viņas} {T.g:pārstāvim|pārstāvei} pēc pilnvaras {T.surgiven.dat} un {V.g:atbildētājam|atbildētājai} {V.caps.dat}, kas sēdē piedalījās attālināti, izskatīja civillietu {D.full.gen} prasībā pret {V.full.acc} par uzturlīdzekļu piedziņu vecākam.\n\n`,
]);

const cvFacts = story([
  `Aprakstošā daļa\n\n[1] {D.g:Prasītājs|Prasītāja} ir {FIRM.assoc} valdes {D.g:priekšsēdētājs|priekšsēdētāja} un dzīvo {D.addr.loc}{D.cityc.loc}. {DATE.post.loc} {V.g:atbildētājs, kas ir tās pašas biedrības biedrs|atbildētāja, kas ir tās pašas biedrības biedre}, sociālā tīkla “Facebook” grupā “Mūsu apkaime” publicēja ierakstu: “{D.surinit.nom} jau trešo gadu zog mūsu remontu naudu un brauc ar jaunu auto, par ko samaksājām mēs.” Ierakstam pievienota {D.g:prasītāja|prasītājas} automašīnas fotogrāfija, kurā redzama valsts reģistrācijas numura zīme {D.plate}. Pirms ieraksta dzēšanas to bija komentējuši vairāk nekā 60 lietotāju.\n\n[2] {D.g:Prasītājs|Prasītāja} lūdz atzīt, ka ziņas neatbilst patiesībai un aizskar {D.g:viņa|viņas} godu un cieņu, uzlikt {V.g:atbildētājam|atbildētājai} pienākumu publicēt atsaukumu tajā pašā grupā un piedzīt morālā kaitējuma kompensāciju {AMOUNT.claim}.\n\n`,
  `Aprakstošā daļa\n\n[1] {D.g:Prasītājs|Prasītāja}, {D.g:dzimis|dzimusi} {D.birth.loc}, saņem vecuma pensiju {AMOUNT.monthly} mēnesī un dzīvo {D.g:viens|viena} sev piederošajā nekustamajā īpašumā {D.addr.loc}{D.cityc.loc} (kadastra Nr. {D.cad}; īpašums ierakstīts zemesgrāmatas nodalījumā Nr. {D.folio}). {D.g:Viņam|Viņai} ir divi pieauguši bērni – {V.g:dēls|meita} {V.full.nom}, kas kopš 2016. gada strādā un dzīvo {V.abroad.loc}, un {R.g:dēls|meita} {R.full.nom}, kas dzīvo {R.addr.loc}{R.cityc.loc} un {D.g:prasītājam|prasītājai} palīdz ikdienā. Pēc insulta {D.g:prasītājam|prasītājai} nepieciešama pastāvīga aprūpe, kuras izmaksas kopā ar medikamentiem sasniedz {AMOUNT.salary} mēnesī.\n\n[2] {D.g:Prasītājs|Prasītāja} lūdz piedzīt no {V.g:dēla|meitas} uzturlīdzekļus {AMOUNT.support} mēnesī, ieskaitot tos {D.g:viņa|viņas} kontā {D.iban}.\n\n`,
]);

const cvArgs = story([
  `[3] {^V.role.nom} prasību neatzina. {V.g:Viņš|Viņa} norāda, ka ierakstā {V.g:paudis|paudusi} savu viedokli par biedrības finanšu pārvaldību, ko, {V.g:viņaprāt|viņasprāt}, pamato biedrības revīzijas ziņojums, un ka {D.sur.nom} kā valdes {D.g:loceklis|locekle} savas mājas kopienā ir publiska persona, kurai jāpacieš kritika. Vienā no komentāriem zem ieraksta {V.sur.nom} {V.g:rakstījis|rakstījusi}: “{D.given.voc}, atdod naudu!”\n\n{W.g:Liecinieks|Lieciniece} {W.full.nom}, biedrības {W.g:revidents|revidente}, liecināja, ka revīzijā konstatēti vairāki maksājumi bez attaisnojuma dokumentiem, taču nav konstatēts, ka nauda būtu izlietota personīgām vajadzībām. {X.full.nom}, {D.g:prasītāja|prasītājas} {X.g:kaimiņš|kaimiņiene}, apstiprināja, ka ierakstu {X.g:redzējis|redzējusi} un pēc tam {D.sur.dat} vairs {X.g:neuzticējies|neuzticējusies}.\n\n`,
  `[3] {^V.role.nom} prasību atzina daļēji, lūdzot uzturlīdzekļu apmēru samazināt līdz {AMOUNT.penalty} mēnesī. {V.g:Viņš|Viņa} paskaidroja, ka {V.g:viņa|viņas} apgādībā ir {C.g:nepilngadīgais dēls|nepilngadīgā meita} {C.given.nom}, {C.g:dzimis|dzimusi} {C.birth.nodot}, un ka no {V.g:viņa|viņas} darba samaksas jau tiek ieturēti maksājumi par kredītu, ko piedzen {BAIL.role.nom} {BAIL.full.nom}. {V.g:Atbildētājs|Atbildētāja} iesniedza darba devēja izziņu par ienākumiem un norādīja, ka uzturlīdzekļus var pārskaitīt no sava konta {V.iban}.\n\n{R.full.nom} tiesā liecināja, ka {D.g:tēvu|māti} apmeklē katru dienu, bet {R.g:viņa paša|viņas pašas} ienākumi ir nelieli un {R.g:viņš|viņa} apmaksā medikamentus. {T.full.nom}, kas {D.g:prasītāju|prasītāju} pārstāv pēc pilnvaras, norādīja, ka {V.given.nom} pēdējos trīs gadus {D.g:tēvu|māti} nav {V.g:apmeklējis|apmeklējusi}.\n\n`,
]);

const cvReasoning = story([
  `Motīvu daļa\n\n[4] Saskaņā ar {ART.acc} personai, kuras gods un cieņa aizskarti ar nepatiesām ziņām, ir tiesības prasīt to atsaukšanu un kompensāciju. Jānošķir faktu apgalvojumi, kuru patiesumu var pārbaudīt, no vērtējumiem; apgalvojums, ka persona zog naudu, ir faktu apgalvojums, un pienākums pierādīt tā patiesumu gulstas uz {V.g:atbildētāju|atbildētāju}. {W.sur.gen} liecība un revīzijas ziņojums to nepierāda. Tiesa ņem vērā arī to, ka ierakstā bija redzama {D.sur.gen} automašīna ar numura zīmi, tādēļ {D.g:prasītājs bija viegli identificējams|prasītāja bija viegli identificējama}.\n\n`,
  `Motīvu daļa\n\n[4] Saskaņā ar {ART.acc} bērnu pienākums ir uzturēt savus vecākus, ja tie paši sevi uzturēt nespēj, un šis pienākums gulstas uz visiem bērniem atbilstoši viņu mantiskajam stāvoklim. {D.full.gen} pensija nesedz aprūpes izdevumus, un īpašums, kurā {D.g:viņš|viņa} dzīvo, nav uzskatāms par līdzekli, kas {D.g:viņam|viņai} būtu jāpārdod, lai sevi uzturētu. Tiesa ņem vērā, ka {R.given.nom} jau sniedz ieguldījumu natūrā, ka {V.full.gen} ienākumi ir ievērojami lielāki, taču arī to, ka {V.g:viņa|viņas} apgādībā ir {C.inits.nom}.\n\n`,
]);

const cvOperative = story(
  [
    `Rezolutīvā daļa\n\nSaskaņā ar {LAW.Civilprocesa likuma 189., 190. un 193. pantu} tiesa\n\nnosprieda:\n\nprasību apmierināt daļēji.\n\nAtzīt, ka {V.full.gen} {DATE.post.gen} publicētajā ierakstā ietvertās ziņas par {D.full.acc} neatbilst patiesībai un aizskar {D.g:viņa|viņas} godu un cieņu. Uzlikt {V.sur.dat} pienākumu 10 dienu laikā pēc sprieduma stāšanās spēkā publicēt atsaukumu grupā “Mūsu apkaime”. Piedzīt no {V.full.gen} {D.full.dat} morālā kaitējuma kompensāciju {AMOUNT.debt} un tiesāšanās izdevumus {AMOUNT.costs}. Pārējā daļā prasību noraidīt.\n\nSpriedumu var pārsūdzēt {CT.appeal.loc} 20 dienu laikā no sprieduma sastādīšanas dienas, apelācijas sūdzību iesniedzot {COURT.loc}.\n\n`,
    `Rezolutīvā daļa\n\nPrasību apmierināt daļēji.\n\nPiedzīt no {V.full.gen}, personas kods {V.code}, par labu {D.full.dat}, personas kods {D.code}, uzturlīdzekļus {AMOUNT.support} mēnesī no {DATE.filed.gen}, maksājumus izdarot līdz katra mēneša 15. datumam. Pārējā daļā prasību noraidīt. Piedzīt no {V.full.gen} valsts labā valsts nodevu {AMOUNT.costs}.\n\nSpriedumu uzturlīdzekļu piedziņas daļā izpildīt nekavējoties. Apelācijas sūdzību par spriedumu var iesniegt {CT.appeal.dat} 20 dienu laikā.\n\n`,
  ],
  { fillersBefore: true },
);

// ---- administrative: a firearms permit annulled, a kindergarten place refused ------------------------

const adHeader: Section = {
  variants: [
    `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\nAdministratīvā lieta Nr. {CASE}\nECLI: {ECLI}\n\n{SEAT}\t\t\t\t{DATE.decision.nodot}\n\n`,
    `{ECLI}\n\nSPRIEDUMS\nLATVIJAS REPUBLIKAS VĀRDĀ\n\n{COURT.nom}, {DATE.decision.loc}\nLieta Nr. {CASE}\n\n`,
  ],
};

const adIntro = story([
  `{COURT.nom} {JUDGE.role.gen} {JUDGE.full.gen} personā, ar {SEC.role.ins} {SEC.surinit.ins}, piedaloties {D.g:pieteicējam|pieteicējai} {D.full.dat}, {D.g:viņa|viņas} {ADV.g:pārstāvim|pārstāvei} {ADV.role.dat} {ADV.initns.dat} un atbildētājas Latvijas Republikas {ORG.vp.gen} personā pārstāvei, mutvārdu procesā izskatīja administratīvo lietu, kas ierosināta ar {D.full.gen} pieteikumu par {ORG.vp.gen} {DATE.decisionInst.gen} lēmuma, ar kuru anulēta {D.g:viņam|viņai} izsniegtā ieroču glabāšanas atļauja, atcelšanu.\n\n`,
  `{COURT.nom}, {JUDGE.role.nom} {JUDGE.capssur.nom}, rakstveida procesā izskatīja administratīvo lietu, kas ierosināta pēc {D.full.gen} pieteikuma, ko {D.g:viņš|viņa} {D.g:iesniedzis|iesniegusi} savā un {C.g:sava nepilngadīgā dēla|savas nepilngadīgās meitas} {C.full.gen} vārdā, par pienākuma uzlikšanu {ORG.edu.dat} nodrošināt bērnam vietu pašvaldības pirmsskolas izglītības iestādē tuvu dzīvesvietai.\n\n`,
]);

const adFacts = story([
  `Aprakstošā daļa\n\n[1] {D.g:Pieteicējam|Pieteicējai} {D.full.dat}, personas kods {D.code}, deklarētā dzīvesvieta {D.fulladdr}, kopš 2012. gada bija izsniegta atļauja medību gludstobra un vītņstobra ieroča glabāšanai. {DATE.offence.loc} policija ieradās {D.g:pieteicēja|pieteicējas} dzīvesvietā pēc {D.g:viņa|viņas} {R.role.gen} {R.full.gen} izsaukuma: {R.g:viņš|viņa} pa tālruni {R.phone} ziņoja, ka {D.g:vīrs|sieva} alkohola reibumā skaļi strīdas un draud. Vardarbība notikuma vietā netika konstatēta, taču {ORG.vp.nom}, pamatojoties uz šo notikumu, ar {DATE.decisionInst.gen} lēmumu atļauju anulēja un ieročus izņēma.\n\n`,
  `Aprakstošā daļa\n\n[1] {D.g:Pieteicējs|Pieteicēja} {DATE.filed.loc} reģistrēja {C.g:dēlu|meitu} {C.full.acc}, personas kods {C.code}, rindā uz vietu pašvaldības pirmsskolas izglītības iestādē, norādot deklarēto dzīvesvietu {D.fulladdr}. {ORG.edu.nom} ar {DATE.decisionInst.gen} lēmumu atteica vietu piešķirt prioritārā kārtībā, jo pēc tās rīcībā esošām ziņām ģimene faktiski dzīvojot citā novadā – {D.addr2.loc}, kur bērnu pieskata {D.g:viņa|viņas} {R.role.nom} {R.full.nom}.\n\n`,
]);

const adArgs = story([
  `[2] Pieteikumā {D.sur.nom} norāda, ka strīds ar {D.g:sievu|vīru} bija vārdisks, ieroči glabājās seifā, kura atslēga bija tikai {D.g:viņam|viņai}, un iepriekš {D.g:viņš|viņa} nekad nav {D.g:sodīts|sodīta}. {R.full.nom} tiesā apliecināja, ka policiju {R.g:izsaucis|izsaukusi} aizvainojumā un ka {D.g:vīrs|sieva} {R.g:viņam|viņai} ar ieroci nav {D.g:draudējis|draudējusi}. {W.g:Kaimiņš|Kaimiņiene} {W.full.nom} liecināja, ka tajā vakarā {W.g:dzirdējis|dzirdējusi} skaļas balsis, bet neko vairāk.\n\n`,
  `[2] {D.g:Pieteicējs|Pieteicēja} norāda, ka ģimene dzīvo deklarētajā dzīvesvietā, bet lauku māja {D.addr2.loc} pieder {D.g:sievas|vīra} vecākiem un tur viņi uzturas tikai vasarā; to apliecina darba devēja izziņa un komunālo maksājumu rēķini. Iestādes pārstāve norādīja, ka vietu gaida 412 bērni un ka priekšroka dodama tiem, kuru deklarētā dzīvesvieta atbilst faktiskajai.\n\n`,
]);

const adReasoning = story([
  `Motīvu daļa\n\n[3] Saskaņā ar {ART.acc} atļauju anulē, ja ir pamats uzskatīt, ka persona var apdraudēt sevi vai citus. Lai gan iestādei šajā jautājumā ir plaša rīcības brīvība, tai jānoskaidro faktiskie apstākļi, nevis jābalstās tikai uz izsaukuma faktu. Iestāde nav uzklausījusi ne {R.full.acc}, ne {W.full.acc} un nav vērtējusi {D.g:pieteicēja|pieteicējas} iepriekšējo uzvedību, tādēļ lēmums nav pietiekami pamatots.\n\n`,
  `Motīvu daļa\n\n[3] Atbilstoši {ART.dat} pašvaldībai jānodrošina bērnam, kura dzīvesvieta deklarēta tās teritorijā, iespēja apgūt pirmsskolas izglītības programmu tuvu dzīvesvietai. Deklarētā dzīvesvieta ir pamats, no kura jāvadās, kamēr deklarētās ziņas nav anulētas. {ORG.edu.nom} nav rosinājusi to anulēšanu, un šaubas par {D.sur.gen} ģimenes faktisko dzīvesvietu nav pamatotas ar pierādījumiem.\n\n`,
]);

const adOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Administratīvā procesa likuma 303. un 304. pantu}, tiesa\n\nnosprieda:\n\n{D.full.gen} pieteikumu apmierināt, {ORG.vp.gen} {DATE.decisionInst.gen} lēmumu atcelt. Atmaksāt {D.sur.dat} valsts nodevu {AMOUNT.costs}, pārskaitot to uz kontu {D.iban}.\n\nSpriedumu mēneša laikā no tā sastādīšanas var pārsūdzēt {CT.admappeal.loc}, apelācijas sūdzību iesniedzot {COURT.loc}.\n\n`,
    `Rezolutīvā daļa\n\nPieteikumu apmierināt. Uzlikt {ORG.edu.dat} pienākumu viena mēneša laikā no sprieduma spēkā stāšanās nodrošināt {C.given.dat} vietu pirmsskolas izglītības iestādē ne tālāk kā trīs kilometru attālumā no deklarētās dzīvesvietas. Piedzīt no atbildētājas par labu {D.full.dat} samaksāto valsts nodevu {AMOUNT.costs}.\n\nSpriedumu viena mēneša laikā var pārsūdzēt {CT.admappeal.loc}.\n\n`,
  ],
  { fillersBefore: true },
);

const adSignature: Section = {
  variants: [`{^JUDGE.role.nom}\t\t\t{JUDGE.surinit.nom}\n`, `{^JUDGE.role.nom}\t\t\t\t\t{JUDGE.caps.nom}\n`],
};

// ---- administrative offence: a quad bike in the dunes, an unlicensed ride-hailing driver --------------

const aoHeader: Section = {
  variants: [
    `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\n{SEAT}, {DATE.decision.loc}\n\nLieta Nr. {CASE}\n{ECLI}\n\n`,
    `SPRIEDUMS\nLatvijas Republikas vārdā\n\nAdministratīvā pārkāpuma lieta Nr. {CASE}\n{ECLI}\n{COURT.nom}\t\t\t\t{DATE.decision.num}\n\n`,
  ],
};

const aoIntro = story([
  `{^JUDGE.role.nom} {JUDGE.full.nom}, ar {SEC.role.ins} {SEC.full.ins}, piedaloties sūdzības {D.g:iesniedzējam|iesniedzējai} {D.surgiven.dat} un {ORG.vvd.gen} pārstāvei, atklātā tiesas sēdē izskatīja administratīvā pārkāpuma lietu sakarā ar {D.full.gen} sūdzību par {ORG.vvd.gen} {DATE.report.gen} lēmumu, ar kuru {D.g:viņam|viņai} uzlikts naudas sods par pārvietošanos ar mehānisko transportlīdzekli krasta kāpu aizsargjoslā.\n\n`,
  `{COURT.nom} {JUDGE.role.gen} {JUDGE.surinit.gen} vadībā, ar {SEC.role.ins} {SEC.capssur.ins}, piedaloties administratīvā pārkāpuma procesā iesaistītajai personai {D.full.dat}, {D.g:viņa|viņas} {I.g:tulkam|tulcei} {I.full.dat} un {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.full.dat}, izskatīja {D.sur.gen} sūdzību par {ORG.vp.gen} amatpersonas {DATE.report.gen} lēmumu administratīvā pārkāpuma lietā par pasažieru komercpārvadājumu veikšanu bez speciālās atļaujas (licences).\n\n`,
]);

const aoFacts = story([
  `Aprakstošā daļa\n\n[1] {DATE.offence.loc} ap plkst. 16.40 {ORG.vvd.gen} {W.role.nom} {W.full.nom} konstatēja, ka {D.full.nom}, {D.g:dzimis|dzimusi} {D.birth.loc}, {D.g:kura|kuras} identitāte noskaidrota pēc {D.g:viņa|viņas} uzrādītās {D.docwordgen} Nr. {D.doc}, vada kvadriciklu ar valsts reģistrācijas numura zīmi {D.plate} pa priekškāpu Baltijas jūras krasta kāpu aizsargjoslā, kur pārvietoties ar mehāniskajiem transportlīdzekļiem ārpus ceļiem aizliegts. Aiz {D.sur.gen} sēdēja {D.g:viņa|viņas} {R.role.nom} {R.full.nom}.\n\n[2] Ar {ORG.vvd.gen} {DATE.report.gen} lēmumu {D.sur.dat} uzlikts naudas sods {AMOUNT.fine}. Lēmums {D.g:viņam|viņai} paziņots elektroniski uz e-pasta adresi {D.email}.\n\n`,
  `Aprakstošā daļa\n\n[1] No administratīvā pārkāpuma protokola izriet, ka {DATE.offence.loc} plkst. 23.10 {D.full.nom}, {D.docword} Nr. {D.doc}, ar {D.g:viņam|viņai} piederošu automašīnu “Toyota Prius” ar valsts reģistrācijas numuru {D.plate}, izmantojot {FIRM.platform} mobilo lietotni, par samaksu pārvadāja pasažieri {V.full.acc} no Vecrīgas uz lidostu “Rīga”, {D.g:nebūdams reģistrēts|nebūdama reģistrēta} kā pārvadātājs un bez taksometra licences kartītes. Pārbaudi veica {ORG.vp.gen} amatpersonas, kuras {V.sur.acc} nopratināja notikuma vietā.\n\n[2] Par šo pārkāpumu {D.sur.dat} piemērots naudas sods {AMOUNT.fine} un papildsods – transportlīdzekļa vadīšanas tiesību atņemšana uz sešiem mēnešiem.\n\n`,
]);

const aoComplaint = story([
  `[3] Sūdzībā {D.sur.nom} norāda, ka par aizliegumu nav {D.g:zinājis|zinājusi}, jo brīdinājuma zīmju tur nebija, un ka pa kāpu {D.g:braucis|braukusi} vien dažus metrus, lai apgrieztos. {R.surgiven.nom} tiesā apstiprināja, ka zīmju nebija. {^W.role.nom} {W.surgiven.nom} iesniedza fotogrāfijas, kurās redzamas kvadricikla riepu pēdas aptuveni 400 metru garumā, un paskaidroja, ka informatīvā zīme atrodas pie meža ceļa, pa kuru {D.sur.nom} {D.g:iebraucis|iebraukusi} kāpās.\n\n`,
  `[3] {D.sur.nom} ar {I.g:tulka|tulces} {I.surgiven.gen} palīdzību paskaidroja, ka pasažieri {D.g:vedis|vedusi} bez maksas kā paziņu. {V.g:Liecinieks|Lieciniece} {V.full.nom} tiesā liecināja, ka {D.sur.acc} iepriekš nav {V.g:pazinis|pazinusi}, braucienu {V.g:pasūtījis|pasūtījusi} lietotnē un par to {V.g:samaksājis|samaksājusi} ar bankas karti; {V.g:viņš|viņa} iesniedza ekrānuzņēmumu ar maksājuma apstiprinājumu un vadītāja tālruņa numuru {D.phone}.\n\n`,
]);

const aoReasoning = story([
  `Motīvu daļa\n\n[4] Atbildība pēc {ART.gen} iestājas par pārvietošanos ar mehānisko transportlīdzekli krasta kāpu aizsargjoslā ārpus ceļiem, un aizliegums ir spēkā neatkarīgi no tā, vai tas vietā norādīts ar zīmi. Likuma nezināšana no atbildības neatbrīvo. Tiesa tomēr ņem vērā, ka {D.sur.nom} pārkāpumu izdarīja pirmo reizi un ka kāpu veģetācijai būtisks kaitējums nav nodarīts, tādēļ sods samazināms.\n\n`,
  `Motīvu daļa\n\n[4] Tiesa atzīst, ka pasažieru pārvadājums par maksu bez licences kartītes ir pierādīts ar {V.full.gen} liecību un maksājuma apstiprinājumu. {D.full.gen} apgalvojums, ka {V.g:pasažieris bijis|pasažiere bijusi} paziņa, ir pretrunā ar lietotnes datiem. Pārkāpums pareizi kvalificēts pēc {ART.gen}, un piemērotais sods atbilst sankcijas minimumam.\n\n`,
]);

const aoOperative = story(
  [
    `Rezolutīvā daļa\n\nTiesa nosprieda: {ORG.vvd.gen} {DATE.report.gen} lēmumu grozīt daļā par sodu un samazināt {D.caps.dat} uzlikto naudas sodu līdz {AMOUNT.penalty}. Citā daļā lēmums paliek negrozīts.\n\nSpriedums nav pārsūdzams un stājas spēkā tā pasludināšanas dienā.\n\n`,
    `Rezolutīvā daļa\n\n{D.capssur.gen} sūdzību noraidīt un {ORG.vp.gen} amatpersonas {DATE.report.gen} lēmumu atstāt negrozītu.\n\nSpriedums stājas spēkā pēc tā pasludināšanas un nav pārsūdzams.\n\n`,
  ],
  { fillersBefore: true },
);

export const EXAM: TemplateSet = {
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
