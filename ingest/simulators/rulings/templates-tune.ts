/**
 * Ruling templates of the `tune` split. Placeholders: see ./generate.ts (`placeholder`). Persons:
 * D (defendant / claimant / applicant / offender), V (victim / respondent), W and X (witnesses),
 * R (a relative). Officials: JUDGE, JUDGE2, JUDGE3, PROS, SEC, ADV.
 */
import type { TemplateSet } from './templates.ts';

const criminalHeader = [
  `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\n{SEAT} {DATE.decision.loc}\nLieta Nr. {CASE}\n{ECLI}\n\n`,
  `SPRIEDUMS\nLATVIJAS REPUBLIKAS VĀRDĀ\n\nLietas Nr. {CASE}\n{SEAT}, {DATE.decision.loc}\n{ECLI}\n\n`,
];

const criminalComposition = [
  `{COURT.nom} šādā sastāvā: {JUDGE.role.nom} {JUDGE.full.nom}, ar {SEC.role.acc} {SEC.full.acc}, piedaloties {PROS.role.dat} {PROS.full.dat}, {D.role.dat} {D.full.dat} un {D.g:viņa|viņas} aizstāvim {ADV.role.dat} {ADV.full.dat},\natklātā tiesas sēdē izskatīja krimināllietu, kurā\n\n`,
  `{COURT.nom}, {JUDGE.role.gen} {JUDGE.full.gen} vadībā, piedaloties {PROS.role.dat} {PROS.full.dat}, {D.role.dat} {D.full.dat}, aizstāvim {ADV.role.dat} {ADV.full.dat}, ar {SEC.role.acc} {SEC.full.acc}, izskatīja atklātā tiesas sēdē krimināllietu, kurā\n\n`,
];

const criminalIntro = [
  `{D.full.nom}, personas kods {D.code}, dzimis {D.birth.loc}, deklarētā dzīvesvieta: {D.fulladdr}, Latvijas pilsonis, iepriekš nesodīts,\napsūdzēts pēc {ART.gen}.\n\n`,
  `{D.caps.nom}, personas kods {D.code}, {D.g:dzimis|dzimusi} {D.birth.loc}, dzīvo {D.addr.loc}, tālrunis {D.phone},\napsūdzēta pēc {ART.gen},\n\n`,
];

const criminalFacts = [
  `Tiesa\nkonstatēja:\n\n{D.role.nom} {D.full.nom} izdarīja noziedzīgu nodarījumu šādos apstākļos.\n{DATE.offence.loc} ap plkst. 14.30 {D.full.nom}, atrodoties {COMPANY} veikalā, kas atrodas {SEAT}, no tirdzniecības plaukta paņēma preces par kopējo summu {AMOUNT.damage}, tās noslēpa savā somā un, nesamaksājot par precēm, izgāja no veikala. Ar savām darbībām {D.sur.nom} nodarīja {COMPANY} mantisku zaudējumu {AMOUNT.damage} apmērā.\n\n`,
  `Tiesa konstatēja:\n\n{DATE.offence.loc} {D.full.nom}, atrodoties alkohola reibumā pie dzīvojamās mājas {V.addr.loc}, izcēla konfliktu ar {V.role.acc} {V.full.acc} un, rīkodamies ar nodomu, vairākas reizes iesita {V.sur.dat} ar dūri pa seju, nodarot {V.g:viņam|viņai} miesas bojājumus. Notikuma vietā ieradās policijas darbinieki, kuri {D.sur.acc} aizturēja.\n\n`,
  `Tiesa konstatēja:\n\n{D.full.nom} {DATE.offence.loc}, vadot transportlīdzekli ar valsts reģistrācijas numuru {D.plate}, {SEAT} tika apturēts policijas kontrolē. Pārbaudē konstatēts, ka {D.sur.nom} transportlīdzekli vadīja alkohola reibumā. Transportlīdzeklis pieder {D.g:viņa|viņas} {R.role.dat} {R.full.dat}.\n\n`,
];

const criminalDefendant = [
  `Tiesas sēdē {D.role.nom} {D.sur.nom} savu vainu atzina pilnībā un paskaidroja, ka notikušo nožēlo. {D.sur.nom} norādīja, ka {D.g:viņam|viņai} bija finansiālas grūtības un ka {D.g:viņš|viņa} ir gatavs atlīdzināt zaudējumus.\n\n`,
  `{^D.role.nom} {D.sur.nom} tiesas sēdē vainu atzina daļēji. {D.g:Viņš|Viņa} paskaidroja, ka konfliktu izraisīja {V.sur.nom}, un ka {D.g:viņš|viņa} tikai aizstāvējās. Tiesa {D.sur.gen} liecības vērtē kritiski.\n\n`,
];

const criminalVictim = [
  `{^V.role.nom} {V.full.nom} tiesas sēdē liecināja, ka {D.sur.acc} pazīst jau vairākus gadus. {V.sur.nom} apstiprināja, ka {DATE.offence.loc} {D.full.nom} {V.g:viņam|viņai} iesita. {^V.role.nom} lūdza piedzīt no {D.role.gen} kompensāciju {AMOUNT.damage} apmērā, pārskaitot to uz {V.g:viņa|viņas} kontu {V.iban}.\n\n`,
  `Cietušās puses pārstāvis paskaidroja, ka zaudējumi nodarīti {COMPANY}. {^V.role.nom} {V.full.nom}, veikala vadītājs, tiesai apliecināja, ka videonovērošanas ierakstā redzams, kā {D.sur.nom} paņem preces. Ar {V.sur.acc} iespējams sazināties pa tālruni {V.phone}.\n\n`,
];

const criminalWitness = [
  `{^W.role.nom} {W.full.nom} liecināja, ka notikuma laikā atradās blakus un redzēja, ka {D.sur.nom} rīkojās agresīvi. {W.sur.nom} norādīja, ka pēc tam izsaukusi policiju.\n\n`,
  `{^W.role.nom} {W.full.nom}, personas kods {W.code}, liecināja, ka {D.full.acc} {W.g:redzējis|redzējusi} tikai vienu reizi. {W.sur.nom} liecības ir konsekventas un saskan ar citiem pierādījumiem.\n\n`,
  `Tiesa nopratināja {X.role.acc} {X.full.acc}, {X.g:kurš|kura} paskaidroja, ka {D.init.nom} tobrīd atradās mājās kopā ar {D.g:savu|savu} {R.role.acc} {R.full.acc}. Tiesa {X.sur.gen} liecības vērtē kritiski, jo tās ir pretrunā ar lietā esošajiem pierādījumiem.\n\n`,
];

const criminalEvidence = [
  `{D.sur.gen} vainu apstiprina arī rakstveida pierādījumi: {DATE.report.gen} notikuma vietas apskates protokols, {INST.gen} iesniegtā informācija un videoieraksts. Lietas materiālos ir {D.g:apsūdzētā|apsūdzētās} mobilā tālruņa {D.phone} sarunu izdruka un e-pasta {D.email} sarakste.\n\n`,
  `Lietā esošie pierādījumi – {INST.gen} izziņa, liecinieku liecības un {DATE.report.gen} ekspertīzes atzinums – ir savstarpēji saistīti un pietiekami, lai atzītu, ka {D.full.nom} {D.g:izdarījis|izdarījusi} {D.g:viņam|viņai} inkriminēto noziedzīgo nodarījumu.\n\n`,
];

const criminalAssessment = [
  `Tiesa atzīst, ka {D.sur.gen} darbības pareizi kvalificētas pēc {ART.gen}. Nosakot sodu, tiesa ņem vērā, ka {D.sur.nom} vainu {D.g:atzinis|atzinusi}, nožēlo izdarīto, iepriekš nav {D.g:sodīts|sodīta}, raksturojas pozitīvi. Atbildību mīkstinošs apstāklis ir aktīva noziedzīga nodarījuma atklāšanas veicināšana. Atbildību pastiprinoši apstākļi nav konstatēti.\n\n`,
  `Izvērtējot lietā esošos pierādījumus kopumā un savstarpējā sakarībā, tiesa atzīst, ka apsūdzētā vaina noziedzīgā nodarījumā, kas paredzēts {ART.loc}, ir pierādīta. Saskaņā ar {LAW.Krimināllikuma 46. panta otro daļu} tiesa, nosakot soda veidu un mēru, ņem vērā izdarītā noziedzīgā nodarījuma raksturu un radīto kaitējumu, kā arī apsūdzētā personību.\n\n`,
];

const criminalFiller = [
  `Kriminālprocesa likuma 124. panta sestā daļa noteic, ka neviens pierādījums tiesai nav ar iepriekš noteiktu spēku. Tiesa pierādījumus vērtē pēc savas iekšējās pārliecības, kas pamatota uz vispusīgi, pilnīgi un objektīvi izvērtētu pierādījumu kopumu, vadoties no loģikas likumiem, zinātnes atziņām un dzīves pieredzes. Pierādījumu vērtēšanā tiesa ievēro arī nevainīguma prezumpciju, kas nostiprināta Latvijas Republikas Satversmes 92. pantā, un visas saprātīgās šaubas par vainīgumu tulko par labu apsūdzētajam.\n\n`,
  `Saskaņā ar Krimināllikuma 35. panta otro daļu soda mērķis ir sodīt vainīgo personu par izdarīto noziedzīgo nodarījumu, atjaunot taisnīgumu, aizsargāt sabiedrību, resocializēt sodīto personu un panākt, lai notiesātais un citas personas ievērotu likumus un atturētos no noziedzīgu nodarījumu izdarīšanas. Tiesa uzskata, ka šos mērķus var sasniegt, piemērojot sodu, kas nav saistīts ar brīvības atņemšanu, jo lietā nav konstatēti apstākļi, kas liecinātu par pretējo.\n\n`,
  `Tiesa ņem vērā Augstākās tiesas judikatūrā paustās atziņas par to, ka pierādījumu pietiekamība ir jāvērtē kopsakarā ar visiem lietas apstākļiem. Lietā nav strīda par faktiskajiem apstākļiem, un aizstāvība nav apšaubījusi pierādījumu attiecināmību un pieļaujamību. Līdz ar to tiesa atzīst, ka nav nepieciešams izvērtēt pierādījumus plašāk, nekā tas darīts iepriekš.\n\n`,
];

const criminalDecision = [
  `Pamatojoties uz Kriminālprocesa likuma 511.–515. pantu, tiesa\n\nnosprieda:\n\n{D.full.acc}, personas kods {D.code}, atzīt par {D.g:vainīgu|vainīgu} noziedzīgā nodarījumā, kas paredzēts {ART.loc}, un sodīt ar naudas sodu {AMOUNT.fine} apmērā.\nPiedzīt no {D.full.gen} par labu {V.full.dat} kompensāciju {AMOUNT.damage}.\nProcesuālo izdevumu {AMOUNT.costs} apmērā segt no valsts līdzekļiem.\n\n`,
  `Pamatojoties uz Kriminālprocesa likuma 511. pantu, tiesa\nnosprieda:\n\natzīt {D.caps.acc} par vainīgu {ART.loc} paredzētajā noziedzīgajā nodarījumā un sodīt ar piespiedu darbu uz 200 stundām.\nDrošības līdzekli {D.sur.dat} – dzīvesvietas maiņas paziņošanu – atcelt.\nLietiskos pierādījumus, kas glabājas {INST.dat}, iznīcināt.\n\n`,
];

const criminalAppealNotice = [
  `Spriedumu var pārsūdzēt {LOWER.dat} apelācijas kārtībā 10 dienu laikā, apelācijas sūdzību iesniedzot {COURT.dat}. Pilns spriedums sastādīts {DATE.appeal.loc}.\n\n`,
  `Spriedums stājas spēkā, ja tas netiek pārsūdzēts līdz {DATE.appeal.gen} beigām. Apelācijas sūdzību var iesniegt, izmantojot e-lietas portālu.\n\n`,
];

const signature = [
  `{^JUDGE.role.nom}\t\t\t\t{JUDGE.init.nom}\n`,
  `{^JUDGE.role.nom}  (paraksts)  {JUDGE.full.nom}\n`,
];

// ---- criminal appeal -----------------------------------------------------------------------------

const appealHeader = [
  `{COURT.nom}\nKrimināllietu tiesu kolēģija\n\nLĒMUMS\n\n{SEAT} {DATE.decision.loc}\nLieta Nr. {CASE}\n{ECLI}\n\n`,
];
const appealComposition = [
  `{COURT.nom} šādā sastāvā: {JUDGE.role.nom} {JUDGE.full.nom} (sēdes {JUDGE.g:priekšsēdētājs|priekšsēdētāja}), {JUDGE2.role.nom} {JUDGE2.full.nom} un {JUDGE3.role.nom} {JUDGE3.full.nom}, piedaloties {PROS.role.dat} {PROS.full.dat}, {D.role.dat} {D.full.dat} un aizstāvim {ADV.role.dat} {ADV.full.dat}, rakstveida procesā izskatīja krimināllietu sakarā ar {D.role.gen} {D.full.gen} apelācijas sūdzību par {LOWER.gen} {DATE.lower.gen} spriedumu.\n\n`,
  `Tiesnešu kolēģija {JUDGE.init.nom}, {JUDGE2.init.nom} un {JUDGE3.init.nom} sastāvā, piedaloties {PROS.role.dat} {PROS.init.dat}, atklātā tiesas sēdē izskatīja krimināllietu sakarā ar apsūdzētā {D.full.gen} aizstāvja {ADV.role.gen} {ADV.full.gen} apelācijas sūdzību par {LOWER.gen} {DATE.lower.gen} spriedumu.\n\n`,
];
const appealLower = [
  `Ar {LOWER.gen} {DATE.lower.gen} spriedumu\n{D.full.nom}, personas kods {D.code}, atzīts par vainīgu pēc {ART.gen} un sodīts ar brīvības atņemšanu uz 1 gadu. Ar to pašu spriedumu no {D.sur.gen} par labu {V.role.dat} {V.full.dat} piedzīta kompensācija {AMOUNT.damage}.\n\n`,
  `Ar pirmās instances tiesas spriedumu {D.caps.nom} atzīts par vainīgu {ART.loc} paredzētajā noziedzīgajā nodarījumā. Pirmās instances tiesa konstatēja, ka {D.sur.nom} {DATE.offence.loc} {V.addr.loc} nodarīja {V.sur.dat} miesas bojājumus.\n\n`,
];
const appealArgs = [
  `Apelācijas sūdzībā {D.role.nom} {D.sur.nom} lūdz spriedumu atcelt un lietu izbeigt. Sūdzībā norādīts, ka tiesa nepamatoti atzinusi par ticamām {W.role.gen} {W.full.gen} liecības un nav ņēmusi vērā, ka {W.sur.nom} ir {V.sur.gen} draugs.\n\n`,
  `{^ADV.g:Aizstāvis|Aizstāve} {ADV.role.nom} {ADV.full.nom} apelācijas sūdzībā norāda, ka pirmās instances tiesa nepareizi novērtējusi pierādījumus. {D.full.nom} notikuma laikā atradies pie {D.g:sava|savas} {R.role.gen} {R.full.gen} {R.addr.loc}, ko apstiprina {X.role.nom} {X.full.nom}.\n\n`,
];
const appealProsecutor = [
  `{^PROS.role.nom} {PROS.full.nom} tiesas sēdē lūdza apelācijas sūdzību noraidīt un pirmās instances tiesas spriedumu atstāt negrozītu, norādot, ka {D.sur.gen} vaina ir pierādīta.\n\n`,
  `{^PROS.role.nom} {PROS.init.nom} iebilda pret apelācijas sūdzības apmierināšanu, jo pirmās instances tiesa pierādījumus izvērtējusi atbilstoši Kriminālprocesa likuma prasībām.\n\n`,
];
const appealReasoning = [
  `Apelācijas instances tiesa atzīst, ka pirmās instances tiesa pareizi konstatējusi faktiskos apstākļus. {W.sur.gen} liecības saskan ar {X.full.gen} liecībām un rakstveida pierādījumiem. Apstāklis, ka {W.sur.nom} pazīst {V.sur.acc}, pats par sevi nemazina liecību ticamību.\n\n`,
  `Tiesas kolēģija nekonstatē, ka pirmās instances tiesa būtu pieļāvusi Kriminālprocesa likuma pārkāpumus. Apsūdzētā {D.sur.gen} versija, ka {D.g:viņš|viņa} notikuma laikā atradās citur, ir atspēkota ar {W.full.gen} liecībām.\n\n`,
];
const appealDecision = [
  `Pamatojoties uz Kriminālprocesa likuma 564. panta ceturto daļu, tiesa\n\nnolēma:\n\n{LOWER.gen} {DATE.lower.gen} spriedumu atstāt negrozītu, bet {D.full.gen} apelācijas sūdzību noraidīt.\nLēmums nav pārsūdzams.\n\n`,
  `Tiesa nolēma:\n{LOWER.gen} spriedumu daļā par {D.sur.dat} noteikto sodu grozīt, nosakot naudas sodu {AMOUNT.fine}. Pārējā daļā spriedumu atstāt negrozītu.\nLēmumu var pārsūdzēt kasācijas kārtībā Augstākajā tiesā.\n\n`,
];

// ---- civil ----------------------------------------------------------------------------------------

const civilHeader = [
  `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\nLieta Nr. {CASE}\n{SEAT} {DATE.decision.loc}\n{ECLI}\n\n`,
];
const civilComposition = [
  `{COURT.nom} šādā sastāvā: {JUDGE.role.nom} {JUDGE.full.nom}, ar {SEC.role.acc} {SEC.full.acc}, piedaloties {D.role.dat} {D.full.dat}, {D.g:viņa|viņas} pārstāvim {ADV.role.dat} {ADV.full.dat} un {V.role.dat} {V.full.dat},\natklātā tiesas sēdē izskatīja civillietu {D.role.gen} {D.full.gen} prasībā pret {V.role.acc} {V.full.acc} par parāda piedziņu.\n\n`,
  `{COURT.nom}, {JUDGE.role.nom} {JUDGE.full.nom}, rakstveida procesā izskatīja civillietu {D.full.gen} (personas kods {D.code}) prasībā pret {V.full.acc} (personas kods {V.code}) par zaudējumu piedziņu.\n\n`,
];
const civilClaim = [
  `{^D.role.nom} {D.full.nom}, deklarētā adrese {D.fulladdr}, cēlis tiesā prasību, lūdzot piedzīt no {V.role.gen} {V.full.gen} parādu {AMOUNT.debt}. Prasība pamatota ar to, ka {DATE.contract.loc} starp {D.sur.acc} un {V.sur.acc} noslēgts aizdevuma līgums, saskaņā ar kuru {D.sur.nom} aizdeva {V.sur.dat} naudu, pārskaitot to uz kontu {V.iban}. {^V.role.nom} aizdevumu nav atmaksājis.\n\n`,
  `{^D.role.nom} {D.full.nom} prasības pieteikumā norāda, ka {D.g:viņam|viņai} pieder nekustamais īpašums ar kadastra numuru {D.cad}, kas atrodas {D.addr.loc}. {V.role.nom} {V.full.nom}, dzīvojot kaimiņos, {DATE.offence.loc} bojāja īpašuma žogu, nodarot zaudējumus {AMOUNT.debt} apmērā.\n\n`,
];
const civilDefence = [
  `{^V.role.nom} {V.sur.nom} prasību neatzina un paskaidroja, ka naudu saņēmis kā dāvinājumu. {V.sur.nom} norādīja, ka ar {D.sur.acc} viņu saistīja draudzīgas attiecības.\n\n`,
  `{^V.role.nom} {V.sur.nom} paskaidrojumā prasību atzina daļēji, norādot, ka parāda summa ir mazāka. {V.sur.gen} kontaktinformācija: e-pasts {V.email}, tālrunis {V.phone}.\n\n`,
];
const civilWitness = [
  `{^X.role.nom} {X.full.nom} liecināja, ka bija klāt, kad {D.sur.nom} nodeva {V.sur.dat} naudu, un ka runa bija par aizdevumu.\n\n`,
  `{^W.role.nom} {W.full.nom} apliecināja, ka {V.full.nom} vairākkārt solījis parādu atdot. Tiesai nav pamata apšaubīt {W.sur.gen} liecību.\n\n`,
];
const civilReasoning = [
  `Saskaņā ar {ART.acc} aizņēmējam ir pienākums atdot aizdoto. Tiesa atzīst, ka prasītājs ir pierādījis aizdevuma līguma noslēgšanu un naudas nodošanu. Atbildētāja iebildumi nav pamatoti ar pierādījumiem, tādēļ prasība apmierināma. Saskaņā ar Civilprocesa likuma 41. panta pirmo daļu no atbildētāja piedzenami tiesāšanās izdevumi {AMOUNT.costs}.\n\n`,
  `Izvērtējot lietā esošos pierādījumus, tiesa atzīst, ka zaudējumu nodarīšanas fakts ir pierādīts. Atbilstoši {ART.dat} zaudējumi atlīdzināmi pilnā apmērā. Civilprocesa likuma 97. panta pirmā daļa noteic, ka tiesa novērtē pierādījumus pēc savas iekšējās pārliecības.\n\n`,
];
const civilFiller = [
  `Civilprocesa likuma 93. panta pirmā daļa noteic, ka katrai pusei jāpierāda tie fakti, uz kuriem tā pamato savus prasījumus vai iebildumus. Pierādījumus iesniedz puses un citi lietas dalībnieki. Tiesa novērtē pierādījumus pēc savas iekšējās pārliecības, kas pamatota uz tiesas sēdē vispusīgi, pilnīgi un objektīvi pārbaudītiem pierādījumiem, vadoties pēc loģikas likumiem, zinātnes atziņām un dzīvē gūtajiem novērojumiem. Nevienam pierādījumam tiesai nav iepriekš noteikta spēka.\n\n`,
  `Civillikuma 1415. pants noteic, ka neatļauts un tāpēc spēkā neesošs ir darījums, kam ir neatļauts vai netikls mērķis. Tiesa nekonstatē, ka pušu darījumam būtu šāds mērķis. Līgumu slēdzēju gribas izpausmes ir skaidras, un līgums ir noslēgts rakstveidā, ievērojot likumā noteikto formu.\n\n`,
];
const civilDecision = [
  `Pamatojoties uz Civilprocesa likuma 189.–195. pantu, tiesa\n\nnosprieda:\n\nPrasību apmierināt. Piedzīt no {V.full.gen}, personas kods {V.code}, par labu {D.full.dat}, personas kods {D.code}, parādu {AMOUNT.debt} un tiesāšanās izdevumus {AMOUNT.costs}.\n\nSpriedumu var pārsūdzēt {LOWER.dat} 20 dienu laikā.\n\n`,
  `Tiesa nosprieda:\nprasību apmierināt daļēji, piedzīt no {V.caps.gen} par labu {D.caps.dat} {AMOUNT.debt}. Pārējā daļā prasību noraidīt.\nSpriedumu var pārsūdzēt 20 dienu laikā no sprieduma sastādīšanas dienas.\n\n`,
];

// ---- administrative -------------------------------------------------------------------------------

const adminHeader = [
  `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\n{SEAT} {DATE.decision.loc}\nLieta Nr. {CASE}\n{ECLI}\n\n`,
];
const adminComposition = [
  `{COURT.nom} šādā sastāvā: {JUDGE.role.nom} {JUDGE.full.nom}, ar {SEC.role.acc} {SEC.full.acc}, piedaloties {D.role.dat} {D.full.dat} un atbildētājas {INST.gen} pārstāvim, izskatīja administratīvo lietu, kas ierosināta pēc {D.full.gen} pieteikuma par {INST.gen} {DATE.report.gen} lēmuma atcelšanu.\n\n`,
  `Administratīvā rajona tiesa rakstveida procesā izskatīja administratīvo lietu, kas ierosināta pēc {D.role.gen} {D.full.gen} (personas kods {D.code}) pieteikuma par labvēlīga administratīvā akta izdošanu. {^JUDGE.role.nom} {JUDGE.full.nom}.\n\n`,
];
const adminFacts = [
  `Ar {INST.gen} {DATE.report.gen} lēmumu {D.full.dat} atteikts izsniegt atļauju. {^D.role.dat} pieder nekustamais īpašums ar kadastra numuru {D.cad}, {D.addr.loc}. {^D.role.nom} lūdz tiesu lēmumu atcelt, jo tas pieņemts, nepamatoti neņemot vērā {D.sur.gen} iesniegtos dokumentus.\n\n`,
  `{^D.role.nom} {D.full.nom}, dzīvesvieta {D.fulladdr}, {DATE.report.loc} vērsās {INST.dat} ar iesniegumu, lūdzot piešķirt pabalstu. Iestāde iesniegumu noraidīja. {D.sur.nom} uzskata, ka lēmums ir prettiesisks, un lūdz atlīdzību pārskaitīt uz kontu {D.iban}.\n\n`,
];
const adminInstitution = [
  `Atbildētāja {INST.nom} paskaidrojumos pieteikumu neatzīst, norādot, ka {D.sur.nom} nav iesniedzis visus nepieciešamos dokumentus. Iestāde {D.full.dat} vairākkārt zvanīja pa tālruni {D.phone} un rakstīja uz e-pastu {D.email}, taču atbildi nesaņēma.\n\n`,
  `{INST.nom} uzskata, ka pieteikums ir noraidāms, jo {D.role.nom} neatbilst tiesību normās noteiktajiem kritērijiem. Iestāde norāda, ka {D.sur.gen} kaimiņš {W.full.nom} apliecinājis, ka {D.sur.nom} īpašumā faktiski nedzīvo.\n\n`,
];
const adminReasoning = [
  `Tiesa atzīst, ka iestāde nav pietiekami noskaidrojusi lietas apstākļus. Saskaņā ar {ART.acc} tiesa, izskatot lietu, pārbauda administratīvā akta tiesiskumu. Iestādei bija pienākums ņemt vērā {D.sur.gen} iesniegtos pierādījumus. {W.sur.gen} apliecinājums nav pietiekams, lai atzītu, ka pieteicējs īpašumā nedzīvo.\n\n`,
  `Administratīvā procesa likuma 103. panta pirmā daļa noteic, ka tiesa objektīvi noskaidro lietas apstākļus. Ņemot vērā lietas materiālus, tiesa atzīst, ka iestādes lēmums ir pamatots un pieteikums noraidāms.\n\n`,
];
const adminFiller = [
  `Saskaņā ar Administratīvā procesa likuma 65. panta pirmo daļu iestāde, izdodot administratīvo aktu, izvērtē lietderības apsvērumus un nodrošina, ka administratīvais akts ir vajadzīgs, piemērots un samērīgs leģitīmā mērķa sasniegšanai. Tiesa pārbauda, vai iestāde šos apsvērumus ir izdarījusi un vai tie ir atspoguļoti lēmuma pamatojumā, jo tikai tad adresāts var izprast iestādes rīcības motīvus un attiecīgi tos apstrīdēt.\n\n`,
  `Labas pārvaldības princips, kas nostiprināts Valsts pārvaldes iekārtas likuma 10. panta piektajā daļā, prasa, lai iestāde rīkotos atklāti pret privātpersonām un sabiedrību, aizsargātu personas datus, lietas izskatītu bez liekas vilcināšanās un veiktu citas darbības, lai valsts pārvalde būtu efektīva un pieejama.\n\n`,
];
const adminDecision = [
  `Pamatojoties uz Administratīvā procesa likuma 307. pantu, tiesa\n\nnosprieda:\n\n{D.full.gen} pieteikumu apmierināt, atcelt {INST.gen} {DATE.report.gen} lēmumu. Atmaksāt {D.sur.dat} valsts nodevu {AMOUNT.costs}.\nSpriedumu var pārsūdzēt Administratīvajā apgabaltiesā mēneša laikā.\n\n`,
  `Tiesa nosprieda:\nnoraidīt {D.full.gen} pieteikumu. Spriedumu var pārsūdzēt apelācijas kārtībā mēneša laikā no tā sastādīšanas dienas.\n\n`,
];

// ---- administrative offence --------------------------------------------------------------------------

const apHeader = [
  `{COURT.nom}\n\nLĒMUMS\nadministratīvā pārkāpuma lietā\n\n{SEAT} {DATE.decision.loc}\nLieta Nr. {CASE}\n{ECLI}\n\n`,
];
const apComposition = [
  `{COURT.nom} {JUDGE.role.nom} {JUDGE.full.nom}, piedaloties personai, kuru sauc pie administratīvās atbildības, {D.full.dat}, izskatīja administratīvā pārkāpuma lietu par {D.full.gen}, personas kods {D.code}, dzīvo {D.addr.loc}, saukšanu pie administratīvās atbildības pēc {ART.gen}.\n\n`,
  `{^JUDGE.role.nom} {JUDGE.full.nom} izskatīja {D.full.gen} pieteikumu par {INST.gen} amatpersonas {DATE.report.gen} lēmumu administratīvā pārkāpuma lietā, ar kuru {D.sur.dat} uzlikts naudas sods {AMOUNT.fine}.\n\n`,
];
const apFacts = [
  `No lietas materiāliem izriet, ka {DATE.offence.loc} plkst. 22.15 {D.full.nom}, vadot automašīnu ar valsts reģistrācijas numuru {D.plate}, pārsniedza atļauto braukšanas ātrumu. Transportlīdzekli apturēja policijas {W.role.nom} {W.full.nom}, {W.g:kurš|kura} sastādīja administratīvā pārkāpuma protokolu. {D.sur.nom} uzrādīja {D.docword} Nr. {D.doc}.\n\n`,
  `Administratīvā pārkāpuma protokolā norādīts, ka {D.full.nom} {DATE.offence.loc} vadīja transportlīdzekli {D.plate}, nelietojot drošības jostu. Protokolu sastādīja {W.role.nom} {W.full.nom}. Personas tālrunis {D.phone}.\n\n`,
];
const apExplanation = [
  `{^D.role.nom} {D.sur.nom} tiesas sēdē paskaidroja, ka ātrumu nav pārsniedzis un ka mērījums veikts nepareizi. {D.sur.nom} lūdza lietu izbeigt.\n\n`,
  `Persona, kuru sauc pie administratīvās atbildības, {D.sur.nom}, pārkāpumu atzina un lūdza samazināt naudas sodu, jo {D.g:viņam|viņai} ir apgādībā divi bērni.\n\n`,
];
const apReasoning = [
  `Tiesa atzīst, ka {D.sur.gen} vaina ir pierādīta ar administratīvā pārkāpuma protokolu, {W.role.gen} {W.sur.gen} liecību un fotoattēliem. Nosakot sodu, tiesa ņem vērā, ka {D.sur.nom} iepriekš nav {D.g:sodīts|sodīta} par līdzīgiem pārkāpumiem.\n\n`,
  `Saskaņā ar {ART.acc} par šādu pārkāpumu paredzēts naudas sods. Tiesa neredz pamata atbrīvot {D.sur.acc} no atbildības.\n\n`,
];
const apDecision = [
  `Pamatojoties uz Administratīvās atbildības likuma 284. pantu, tiesa\n\nnolēma:\n\n{D.full.acc}, personas kods {D.code}, atzīt par vainīgu un uzlikt naudas sodu {AMOUNT.fine}.\nLēmums nav pārsūdzams.\n\n`,
  `Tiesa nolēma:\n{INST.gen} lēmumu atstāt negrozītu, bet {D.full.gen} sūdzību noraidīt. Lēmums stājas spēkā tā pasludināšanas brīdī.\n\n`,
];

export const TUNE: TemplateSet = {
  criminal_first: [
    { variants: criminalHeader },
    { variants: criminalComposition },
    { variants: criminalIntro },
    { variants: criminalFacts },
    { variants: criminalDefendant },
    { variants: criminalVictim },
    { variants: criminalWitness },
    { variants: criminalWitness, optional: 0.6 },
    { variants: criminalEvidence },
    { variants: criminalFiller },
    { variants: criminalAssessment },
    { variants: criminalFiller, optional: 0.5 },
    { variants: criminalDecision },
    { variants: criminalAppealNotice },
    { variants: signature },
  ],
  criminal_appeal: [
    { variants: appealHeader },
    { variants: appealComposition },
    { variants: appealLower },
    { variants: appealArgs },
    { variants: appealProsecutor },
    { variants: criminalFiller },
    { variants: appealReasoning },
    { variants: criminalFiller, optional: 0.6 },
    { variants: appealReasoning, optional: 0.5 },
    { variants: appealDecision },
    { variants: signature },
  ],
  civil: [
    { variants: civilHeader },
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
    { variants: adminHeader },
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
    { variants: apHeader },
    { variants: apComposition },
    { variants: apFacts },
    { variants: apExplanation },
    { variants: apReasoning },
    { variants: criminalFiller, optional: 0.5 },
    { variants: apDecision },
    { variants: signature },
  ],
};
