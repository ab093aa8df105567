/**
 * Ruling templates of the `sealed` split, written after the anonymiser had been tuned on `tune` and
 * adjusted after looking at `heldout` failures, by someone who had not seen those failures. For
 * measuring only: never read its misses to add rules (that would unseal it).
 *
 * Differs from the other halves in sentence structure and section order (parties listed before the
 * composition, the operative part before the reasoning in appeal decisions), in how people are
 * introduced ("SURNAME Given" lists, "Surname G.", "Surname Given", "Bērziņa kungs/kundze",
 * possessives, definitions "(turpmāk – …)" in other words), in relatives who share a surname with
 * the defendant (R is a brother or sister with the same family name in most sealed rulings), and in
 * identifier formats (en-dash codes, 4-4 and 2-2-2-2 phones, village addresses, slash house numbers).
 * Placeholders: see ./generate.ts (`placeholder`).
 */
import type { TemplateSet } from './templates.ts';

const header = [
  `{SEAT}, {DATE.decision.num}\n\n{COURT.nom}\n{SPEC}\n\nLietas numurs: {CASE}\nNolēmuma ECLI: {ECLI}\n\n`,
  `Lieta {CASE}\n{ECLI}\n\n{SPEC}\n(Latvijas Republikas vārdā)\n\n{COURT.nom} {DATE.decision.loc} {SEAT}\n\n`,
  `{COURT.nom}\n\n{SPEC}\n\n{DATE.decision.loc}\nTiesas sēžu zālē {SEAT}\nLieta {CASE} / {ECLI}\n\n`,
];

// ---- first-instance criminal ---------------------------------------------------------------------

const crParties = [
  `Apsūdzētais (apsūdzētā):\n{D.capsur.nom}, personas kods {D.code}, deklarētā adrese – {D.fulladdr}, tālr. {D.phone}.\n\nCietušais (cietusī): {V.surgiven.nom}, personas kods {V.code}.\n\n`,
  `Lietā apsūdzēts {D.full.nom}, {D.g:dzimis|dzimusi} {D.birth.num}., personas kods {D.code}, bez noteiktas nodarbošanās, dzīvo {D.addr.loc}. Apsūdzība celta pēc {ART.gen}.\n\n`,
  `{D.caps.nom} ({D.code}), {D.birth.loc} {D.g:dzimušais|dzimusī}, Latvijas nepilsonis, neprecējies, {D.g:deklarējies|deklarējusies}: {D.fulladdr} – apsūdzībā pēc {ART.gen}.\n\n`,
];

const crComposition = [
  `Lietu izskata {JUDGE.role.nom} {JUDGE.surgiven.nom}; protokolē {SEC.surinit.nom}; apsūdzību uztur {PROS.role.nom} {PROS.surgiven.nom}; {D.sur.gen} interešu aizstāvis – {ADV.role.nom} {ADV.full.nom}.\n\n`,
  `Sēdi vada {JUDGE.role.nom} {JUDGE.full.nom}. Sēdē piedalās {PROS.role.nom} {PROS.init.nom}, {ADV.role.nom} {ADV.init.nom} un apsūdzētais personīgi. {SEC.role.nom} – {SEC.full.nom}.\n\n`,
];

const crFacts = [
  `Faktiskie apstākļi\n\nNakts laikā uz {DATE.offence.gen} {D.full.nom} ieradās pie {V.full.gen} dzīvokļa {V.addr.loc} un, izmantojot atslēgu, ko {V.g:viņš agrāk bija atstājis|viņa agrāk bija atstājusi} pie kaimiņiem, iekļuva iekšā. No dzīvokļa {D.sur.nom} paņēma klēpjdatoru un rokaspulksteni, kopā {AMOUNT.damage} vērtībā.\n\n`,
  `Faktiskie apstākļi\n\n{DATE.offence.loc} {D.sur.nom} ar {D.g:savu|savu} {R.role.acc} {R.full.acc} ieradās veikalā {COMPANY}. Kamēr {R.given.nom} novērsa pārdevējas uzmanību, {D.given.nom} paslēpa jakas kabatā divas smaržu pudeles. Pie izejas {D.caps.acc} aizturēja apsardze.\n\n`,
  `Faktiskie apstākļi\n\nPolicijas ekipāža {DATE.offence.loc} apturēja vieglo automobili ar reģistrācijas numuru {D.plate}. Pie stūres sēdēja {D.surgiven.nom}, {D.g:kuram|kurai} alkometrs uzrādīja 1,8 promiles. Automobilis reģistrēts uz {D.g:viņa|viņas} {R.role.gen} {R.full.gen} vārda, {R.g:kurš|kura} tobrīd atradās blakussēdeklī.\n\n`,
];

const crDefendant = [
  `Apsūdzētā nostāja\n\nTiesas sēdē {D.surinit.nom} vainu noliedza. Pēc {D.g:viņa|viņas} vārdiem, mantas {D.g:viņam|viņai} {V.g:iedevis pats|iedevusi pati} {V.sur.nom}, lai atmaksātu veco parādu. {D.capsonly.nom} lūdza attaisnot.\n\n`,
  `Apsūdzētā nostāja\n\n{D.sur.gen} {D.g:kungs|kundze} atzina vainu un tiesai apliecināja, ka nožēlo notikušo. Tiesai {D.g:viņš|viņa} stāstīja, ka nupat {D.g:zaudējis|zaudējusi} darbu un {D.g:viņam|viņai} nebija naudas.\n\n`,
];

const crVictim = [
  `{V.surgiven.nom} ({V.role.nom}) tiesai skaidroja, ka zaudējums nav atlīdzināts. Kompensāciju {V.g:viņš|viņa} lūdz pārskaitīt uz norēķinu kontu {V.iban}; saziņai norādīts {V.email}.\n\n`,
  `Cietušās personas liecība: {V.full.nom} pamanīja, ka no mājām pazudušas mantas, tikai nākamajā rītā. {V.sur.gen} kaimiņš, pensionārs, redzējis, ka naktī pie durvīm stāvējis kāds vīrietis.\n\n`,
];

const crWitness = [
  `{W.g:Liecinieka statusā nopratinātais|Liecinieces statusā nopratinātā} {W.full.nom} (tālr. {W.phone}) pastāstīja, ka {D.caps.acc} pazīst no skolas laikiem. Par notikumu {W.g:viņš|viņa} zina tikai no {D.sur.gen} stāstītā.\n\n`,
  `Policijas darbinieks liecināja, ka apturēšanas brīdī {D.sur.nom} izturējies mierīgi. Savukārt {X.surgiven.nom}, kas dzīvo {X.addr.loc}, apgalvoja, ka apsūdzētais tajā vakarā bijis kopā ar {X.g:viņu|viņu}.\n\n`,
  `{^R.role.nom} {R.full.nom}, no liecības sniegšanas {R.g:neatteicies|neatteikusies}, tiesai apstiprināja, ka {D.given.nom} tajā dienā {D.g:lietojis|lietojusi} alkoholu. {R.given.nom} norādīja, ka dzīvo atsevišķi – {R.addr.loc}.\n\n`,
];

const crEvidence = [
  `Rakstveida pierādījumi\n\nTiesa iepazinās ar {INST.gen} {DATE.report.gen} uzziņu, mantu apskates protokolu un {D.g:apsūdzētā|apsūdzētās} personas apliecības (Nr. {D.doc}) kopiju. Telefona {D.phone} sarunu izdrukā redzams, ka {D.sur.nom} tajā naktī {D.g:atradies|atradusies} notikuma vietas tuvumā.\n\n`,
  `Rakstveida pierādījumi\n\nLietā pievienots transportlīdzekļa {D.plate} tehniskās apskates dokuments un {INST.gen} {DATE.report.gen} vēstule. Tajā norādīts, ka {D.full.dat} vadīšanas tiesības iepriekš nav atņemtas.\n\n`,
];

const crAssessment = [
  `Tiesas apsvērumi\n\nApsūdzētā darbības pareizi kvalificētas pēc {ART.gen}. Soda mēru tiesa nosaka, vērtējot to, ka {D.surinit.nom} ir {D.g:strādājis|strādājusi} gadījuma darbos, ka {D.g:viņam|viņai} apgādībā ir māte un ka kaitējums līdz šim nav atlīdzināts. Atbildību mīkstinošu apstākļu nav.\n\n`,
  `Tiesas apsvērumi\n\nSankcija, kas ietverta {ART.loc}, ļauj piemērot arī sabiedrisko darbu. Ievērojot, ka {D.caps.nom} pirmo reizi {D.g:stājies|stājusies} tiesas priekšā, tiesa izvēlas vieglāko no soda veidiem.\n\n`,
];

const crFiller = [
  `Pierādījumu pietiekamību tiesa vērtē, ņemot vērā pierādīšanas priekšmetu konkrētajā lietā. Ja iegūtās ziņas ļauj izdarīt vienīgo loģisko secinājumu par personas vainu, pierādījumi atzīstami par pietiekamiem. Ja iespējami vairāki vienlīdz ticami secinājumi, šaubas nav novērstas un tās interpretējamas par labu apsūdzētajam.\n\n`,
  `Sods nav tikai atmaksa par nodarīto; tam jāveicina arī personas atgriešanās sabiedrībā. Tāpēc soda izvēlē tiesa raugās uz to, vai personai ir stabila dzīvesvieta, darbs un sociālās saites, un vai sods nepasliktinās apgādājamo stāvokli nesamērīgi.\n\n`,
];

const crOperative = [
  `Nolēmuma daļa\n\nVadoties no Kriminālprocesa likuma 511.–513. panta, tiesa nosprieda:\natzīt {D.capsur.acc} par {D.g:vainīgu|vainīgu} {ART.loc} paredzētajā noziedzīgajā nodarījumā; noteikt sodu – sabiedrisko darbu uz 160 stundām;\nno {D.caps.gen} piedzīt {V.caps.dat} {AMOUNT.damage}.\n\n`,
  `Nolēmuma daļa\n\nTiesa, pamatojoties uz Kriminālprocesa likuma 511. un 512. pantu, nosprieda {D.surgiven.acc} atzīt par vainīgu un sodīt ar brīvības atņemšanu uz 6 mēnešiem, sodu neizpildot, ja {D.g:notiesātais|notiesātā} 1 gada laikā neizdara jaunu nodarījumu. Procesa izdevumi {AMOUNT.costs}.\n\n`,
];

const crNotice = [
  `Nolēmums stājas likumīgā spēkā pēc pārsūdzības termiņa beigām. Sūdzība iesniedzama ar tās tiesas starpniecību, kas taisījusi spriedumu, līdz {DATE.appeal.gen}.\n\n`,
  `Par spriedumu var iesniegt apelācijas sūdzību desmit dienās. Pilns teksts dalībniekiem būs pieejams {DATE.appeal.loc} tiesas kancelejā.\n\n`,
];

const signature = [
  `{^JUDGE.role.nom}:\t(personiskais paraksts)\t{JUDGE.surgiven.nom}\n`,
  `Tiesnesis\t\t{JUDGE.surinit.nom}\n`,
  `Spriedumu taisīja {JUDGE.role.nom} {JUDGE.full.nom}.\n`,
];

// ---- criminal appeal -----------------------------------------------------------------------------

const apParties = [
  `Apelācijas instances tiesas sastāvs: {JUDGE.surgiven.nom} (sēdes vadītājs), {JUDGE2.surgiven.nom}, {JUDGE3.surgiven.nom}.\nApsūdzētais: {D.capsur.nom}, p.k. {D.code}.\nApsūdzētā aizstāvis: {ADV.role.nom} {ADV.surgiven.nom}.\nProkurors: {PROS.surgiven.nom}.\n\n`,
  `Apgabaltiesas kolēģija ({JUDGE.surinit.nom}, {JUDGE2.surinit.nom}, {JUDGE3.surinit.nom}) rakstveida procesā izskatīja apsūdzētā {D.full.gen} un {D.g:viņa|viņas} aizstāvja iesniegto sūdzību.\n\n`,
];

const apOperativeFirst = [
  `Kolēģija nolēma:\n\n{LOWER.gen} {DATE.lower.loc} taisīto spriedumu {D.caps.gen} lietā atstāt spēkā, bet sūdzību – bez apmierinājuma.\n\nMotīvi\n\n`,
  `Kolēģija nolēma:\n\nsamazināt {D.surgiven.dat} noteikto sodu līdz naudas sodam {AMOUNT.fine}; pārējā daļā {LOWER.gen} spriedumu nemainīt.\n\nMotīvi\n\n`,
];

const apLower = [
  `[1] Ar pirmās instances spriedumu {D.surinit.nom} ({D.birth.loc} {D.g:dzimis|dzimusi}) {D.g:atzīts|atzīta} par vainīgu {ART.loc} paredzētajā nodarījumā. Par cietušo lietā {V.g:atzīts|atzīta} {V.full.nom}.\n\n`,
  `[1] Pirmās instances tiesa konstatēja, ka {D.full.nom} {DATE.offence.loc} ar nodomu sabojāja {V.sur.gen} automašīnu {V.plate}, nodarot zaudējumus {AMOUNT.damage} apmērā.\n\n`,
];

const apArgs = [
  `[2] Sūdzības iesniedzējs apgalvo, ka pirmās instances tiesa nav ņēmusi vērā {D.g:viņa|viņas} {R.role.gen} {R.full.gen} liecību, kas apstiprina alibi. {R.given.nom} tiesai paskaidroja, ka visu vakaru {D.given.nom} {D.g:pavadījis|pavadījusi} kopā ar {R.g:viņu|viņu} {R.addr.loc}.\n\n`,
  `[2] Aizstāvis lūdz ņemt vērā, ka {D.sur.nom} jau {D.g:atlīdzinājis|atlīdzinājusi} daļu zaudējumu, pārskaitot {V.sur.dat} naudu uz kontu {V.iban}. Sūdzībai pievienots maksājuma uzdevums.\n\n`,
];

const apReasoning = [
  `[3] Kolēģija atzīst, ka {R.full.gen} liecība ir pretrunā ar {W.surgiven.gen} liecību, {W.g:kurš|kura} apsūdzēto {DATE.offence.loc} {W.g:redzējis|redzējusi} pie notikuma vietas. Pirmās instances tiesa šo pretrunu izvērtējusi pietiekami.\n\n`,
  `[3] Apstāklis, ka zaudējumi daļēji atlīdzināti, atzīstams par atbildību mīkstinošu. {V.surgiven.nom} {V.g:pats|pati} tiesā norādīja, ka pret {D.sur.acc} pretenziju vairs nav.\n\n`,
];

const apProsecutor = [
  `[4] {^PROS.role.nom} iebilda, ka sūdzība ir nepamatota, un norādīja, ka {D.capsonly.nom} nav {D.g:ieradies|ieradusies} uz vairākām sēdēm.\n\n`,
  `[4] Apsūdzības uzturētājs neiebilda pret soda samazināšanu.\n\n`,
];

const apClosing = [
  `Lēmums nav pārsūdzams kasācijas kārtībā.\n\n`,
  `Par lēmumu var iesniegt kasācijas sūdzību Augstākajā tiesā 10 dienu laikā no tā pieejamības dienas – {DATE.appeal.gen}.\n\n`,
];

// ---- civil ---------------------------------------------------------------------------------------

const cvParties = [
  `Prasītājs: {D.surgiven.nom}, personas kods {D.code}, adrese: {D.fulladdr}.\nAtbildētājs: {V.surgiven.nom}, personas kods {V.code}, tālrunis {V.phone}.\nPrasības priekšmets: parāda piedziņa.\n\n`,
  `{COURT.nom} {JUDGE.role.gen} {JUDGE.surgiven.gen} personā izskatīja {D.full.gen} (turpmāk tekstā – Prasītājs) prasību pret {V.full.acc} (turpmāk tekstā – Atbildētājs) par aizdevuma atmaksu.\n\n`,
];

const cvComposition = [
  `Tiesas sēdē piedalās: prasītāja pārstāve {ADV.role.nom} {ADV.surgiven.nom}; atbildētājs ieradies personīgi; sēdes sekretāre {SEC.surinit.nom}. Lietu izskata {JUDGE.role.nom} {JUDGE.full.nom}.\n\n`,
  `Rakstveida procesā lietu izskatīja {JUDGE.role.nom} {JUDGE.init.nom}.\n\n`,
];

const cvClaim = [
  `Prasības pieteikums\n\nPrasītājs norāda, ka {DATE.contract.loc} aizdevis {V.surinit.dat} {AMOUNT.debt}, pārskaitot naudu no sava konta {D.iban}. Atbildētājs apņēmies naudu atdot gada laikā, taču nav to izdarījis. {D.sur.gen} {D.g:kungs vairākkārt sūtījis|kundze vairākkārt sūtījusi} atgādinājumus uz e-pastu {V.email}.\n\n`,
  `Prasības pieteikums\n\n{D.capsur.nom} pieder nekustamais īpašums {D.addr.loc} (kadastra numurs {D.cad}). Atbildētājs, {D.g:viņa|viņas} kaimiņš, bez atļaujas nozāģējis robežā augošos kokus. Prasītājs lūdz piedzīt zaudējumus {AMOUNT.debt} un līgumsodu {AMOUNT.penalty}.\n\n`,
];

const cvDefence = [
  `Atbildētāja paskaidrojumi\n\n{V.caps.nom} prasību atzīst daļēji. Aizdevumu {V.g:viņš saņēmis|viņa saņēmusi}, taču daļu jau {V.g:atdevis|atdevusi} skaidrā naudā, ko redzējis arī {D.g:prasītāja|prasītājas} {R.role.nom} {R.full.nom}.\n\n`,
  `Atbildētāja paskaidrojumi\n\nAtbildētājs apgalvo, ka koki atradušies uz {V.g:viņa|viņas} zemes (kadastra numurs {V.cad}) un ka {D.surinit.nom} robežu ir {D.g:pārpratis|pārpratusi}.\n\n`,
];

const cvWitness = [
  `Tiesā {W.g:uzklausītais|uzklausītā} {W.role.nom} {W.surgiven.nom} paskaidroja, ka {W.g:bijis|bijusi} klāt, kad {V.sur.nom} {V.g:solījis|solījusi} naudu atdot līdz gada beigām. {X.full.nom}, {X.g:kurš|kura} ir {D.sur.gen} {X.g:kolēģis|kolēģe}, to apstiprināja.\n\n`,
  `Mērnieks {X.full.nom} (e-pasts {X.email}) sniedza atzinumu, ka robeža dabā atbilst kadastra kartei.\n\n`,
];

const cvReasoning = [
  `Tiesas secinājumi\n\nSaskaņā ar {ART.acc} aizņēmējam jāatdod saņemtais. Atbildētājs nav iesniedzis pierādījumus par atmaksu; {R.full.gen} liecība to nepierāda, jo {R.g:viņš naudas nodošanā nav piedalījies|viņa naudas nodošanā nav piedalījusies}. Prasība apmierināma pilnībā.\n\n`,
  `Tiesas secinājumi\n\nPiemērojot {ART.acc}, tiesa secina, ka ar atbildētāja darbību nodarīti zaudējumi. {D.surgiven.gen} prasījums par zaudējumu atlīdzību ir pamatots; līgumsods nav piedzenams, jo līguma starp pusēm nav.\n\n`,
];

const cvFiller = [
  `Civilprocesa likums uzliek tiesai pienākumu novērtēt pierādījumus pēc savas iekšējās pārliecības. Pušu paskaidrojumi ir pierādīšanas līdzeklis tikpat lielā mērā kā rakstveida pierādījumi, tomēr tie jāvērtē kritiski, jo pusēm ir personiska interese lietas iznākumā.\n\n`,
  `Parādnieks, kurš nav izpildījis saistību laikā, atbild par kreditoram radītajiem zaudējumiem. Ja saistības izpildes termiņš nav noteikts, tas iestājas ar kreditora prasījumu, un no šā brīža parādnieks uzskatāms par nokavējušu.\n\n`,
];

const cvOperative = [
  `Tiesa nosprieda\n\nprasību apmierināt; piedzīt no {V.capsur.gen} par labu {D.capsur.dat} {AMOUNT.debt}, kā arī tiesas izdevumus {AMOUNT.costs}. Piedzenamo summu ieskaitīt {D.sur.gen} kontā {D.iban}.\n\n`,
  `Tiesa nosprieda\n\nprasību apmierināt daļēji; noraidīt prasījumu par līgumsodu. Spriedumu var pārsūdzēt apelācijas kārtībā 20 dienu laikā.\n\n`,
];

// ---- administrative ------------------------------------------------------------------------------

const adParties = [
  `Pieteicējs: {D.capsur.nom} (personas kods {D.code}), pasta adrese {D.fulladdr}, e-pasts {D.email}.\nAtbildētāja: Latvijas Republika {INST.gen} personā.\n\n`,
  `Pieteikumu par {INST.gen} lēmumu tiesā {D.g:iesniedzis|iesniegusi} {D.full.nom}, {D.birth.loc} {D.g:dzimis|dzimusi} (turpmāk – Pieteicējs).\n\n`,
];

const adComposition = [
  `Lieta izskatīta mutvārdu procesā; tiesa – {JUDGE.role.nom} {JUDGE.surgiven.nom}; iestādes pārstāve – juriskonsulte; sēdi protokolē {SEC.full.nom}.\n\n`,
  `Lieta izskatīta rakstveida procesā. {^JUDGE.role.nom} {JUDGE.full.nom}.\n\n`,
];

const adFacts = [
  `[1] {D.surgiven.nom} vērsās iestādē ar iesniegumu piešķirt pabalstu, norādot, ka dzīvo vienā mājsaimniecībā ar {D.g:savu|savu} {R.role.acc} {R.full.acc} {D.addr.loc}. Iestāde pabalstu atteica, jo {R.given.nom} gūstot ienākumus.\n\n`,
  `[1] Pieteicējam piederošajā zemes vienībā ar kadastra apzīmējumu {D.cad} bez būvatļaujas uzcelta nojume. Pārbaudes aktā, ko sastādīja iestādes inspektore, norādīts, ka nojumi {R.g:uzcēluši|uzcēluši} {D.full.nom} un {D.g:viņa|viņas} {R.role.nom} {R.full.nom}.\n\n`,
];

const adArgs = [
  `[2] Pieteicēja ieskatā iestāde nav ņēmusi vērā, ka {R.full.nom} ar {D.surinit.acc} kopš {DATE.contract.gen} nedzīvo kopā. To var apstiprināt {W.g:kaimiņš|kaimiņiene} {W.surgiven.nom}, tālrunis {W.phone}.\n\n`,
  `[2] {D.sur.nom} uzskata, ka nojume ir vienkāršota būve, kurai būvatļauja nav vajadzīga. Iestādes pārstāvis tam nepiekrīt.\n\n`,
];

const adReasoning = [
  `[3] Tiesa, pārbaudot lēmuma tiesiskumu pēc {ART.gen}, konstatē, ka iestāde nav noskaidrojusi, kur faktiski dzīvo {R.full.nom}. {W.sur.gen} liecība par to, ka {R.g:viņš pārcēlies|viņa pārcēlusies} uz dzīvi {R.addr.loc}, nav pārbaudīta. Lēmums atceļams.\n\n`,
  `[3] Iestāde pamatoti konstatējusi, ka būve neatbilst vienkāršotas būves pazīmēm. {ART.nom} šādā gadījumā paredz pienākumu būvi nojaukt, un pieteicēja argumenti to neatspēko.\n\n`,
];

const adFiller = [
  `Izmeklēšanas princips administratīvajā procesā nozīmē, ka iestādei un tiesai pašām jānoskaidro lietas apstākļi, nevis jāpaļaujas tikai uz privātpersonas iesniegtajām ziņām. Tas īpaši svarīgi lietās par sociālo palīdzību, kurās privātpersonai bieži trūkst līdzekļu pierādījumu iegūšanai.\n\n`,
  `Labas pārvaldības princips ietver prasību, lai iestāde izskatītu lietu bez liekiem kavējumiem, informētu personu par tās tiesībām un paskaidrotu savas rīcības iemeslus. Ja iestāde šīs prasības nav ievērojusi, tas var būt pamats lēmuma atcelšanai.\n\n`,
];

const adOperative = [
  `Tiesa nosprieda: apmierināt {D.caps.gen} pieteikumu un atcelt iestādes lēmumu; uzlikt iestādei pienākumu mēneša laikā pieņemt jaunu lēmumu. Atmaksāt pieteicējam valsts nodevu {AMOUNT.costs}.\n\n`,
  `Tiesa nosprieda: pieteikumu noraidīt. Spriedumu var pārsūdzēt mēneša laikā, iesniedzot apelācijas sūdzību {COURT.dat}.\n\n`,
];

// ---- administrative offence ----------------------------------------------------------------------

const aoParties = [
  `Administratīvā pārkāpuma lieta\nSaucamā pie atbildības persona: {D.capsur.nom}, personas kods {D.code}, deklarētā dzīvesvieta {D.fulladdr}.\n\n`,
  `Izskatīta {D.surgiven.gen} (dzim. {D.birth.num}.) sūdzība par {INST.gen} amatpersonas {DATE.report.loc} pieņemto lēmumu.\n\n`,
];

const aoComposition = [
  `{^JUDGE.role.nom} {JUDGE.surgiven.nom} izskatīja lietu bez mutvārdu uzklausīšanas.\n\n`,
  `Sēdē piedalās sūdzības iesniedzējs un {D.g:viņa|viņas} pārstāvis {ADV.role.nom} {ADV.surinit.nom}. Iestādi pārstāv {W.role.nom} {W.surgiven.nom}.\n\n`,
];

const aoFacts = [
  `Konstatētais\n\n{DATE.offence.loc} plkst. 7.40 automobilis ar valsts numura zīmi {D.plate} pārsniedza atļauto braukšanas ātrumu par 32 km/h. Transportlīdzekļa turētājs ir {D.full.nom}. Par to {D.g:viņam|viņai} uzlikts naudas sods {AMOUNT.fine}.\n\n`,
  `Konstatētais\n\n{^W.role.nom} {W.full.nom} {DATE.offence.loc} apturēja {D.surgiven.acc}, {D.g:kurš|kura} vadīja automobili {D.plate}, neievērojot luksofora signālu. Personas identitāte noskaidrota pēc {D.docwordgen} Nr. {D.doc}.\n\n`,
];

const aoExplanation = [
  `Sūdzības iesniedzēja paskaidrojumi\n\n{D.surinit.nom} apgalvo, ka automobili tajā dienā vadīja {D.g:viņa|viņas} {R.role.nom} {R.full.nom}, {R.g:kura|kuras} tālrunis ir {R.phone}. {R.given.nom} esot automobili {R.g:aizņēmies|aizņēmusies} uz nedēļu.\n\n`,
  `Sūdzības iesniedzēja paskaidrojumi\n\n{D.caps.nom} neapstrīd pārkāpumu, taču lūdz samazināt soda apmēru, jo {D.g:viņš|viņa} ir vientuļš vecāks.\n\n`,
];

const aoReasoning = [
  `Tiesas vērtējums\n\nSaskaņā ar {ART.acc} atbildībai pakļauts transportlīdzekļa turētājs, ja tas nenorāda personu, kura vadījusi transportlīdzekli. {D.sur.nom} šādu personu {D.g:norādījis|norādījusi}, tādēļ lēmums attiecībā uz {D.g:viņu|viņu} atceļams, bet lieta par {R.full.gen} atbildību nosūtāma iestādei.\n\n`,
  `Tiesas vērtējums\n\nPārkāpums ir pierādīts ar {W.sur.gen} sastādīto protokolu un fotoattēliem. Sods noteikts sankcijas minimumā, tāpēc to samazināt nav pamata.\n\n`,
];

const aoOperative = [
  `Tiesa nolēma: {INST.gen} amatpersonas lēmumu attiecībā uz {D.capsur.acc} atcelt un lietvedību izbeigt. Šis tiesas nolēmums ir galīgs un izpildāms nekavējoties.\n\n`,
  `Tiesa nolēma: sūdzību noraidīt, lēmumu par naudas soda {AMOUNT.fine} uzlikšanu {D.surgiven.dat} atstāt negrozītu. Lēmums nav pārsūdzams.\n\n`,
];

const spec = (s: string): string[] => header.map((h) => h.replace('{SPEC}', s));

export const SEALED: TemplateSet = {
  criminal_first: [
    { variants: spec('S P R I E D U M S') },
    { variants: crParties },
    { variants: crComposition },
    { variants: crFacts },
    { variants: crWitness },
    { variants: crDefendant },
    { variants: crVictim },
    { variants: crWitness, optional: 0.7 },
    { variants: crFiller },
    { variants: crEvidence },
    { variants: crAssessment },
    { variants: crFiller, optional: 0.5 },
    { variants: crOperative },
    { variants: crNotice },
    { variants: signature },
  ],
  criminal_appeal: [
    { variants: spec('L Ē M U M S') },
    { variants: apParties },
    { variants: apOperativeFirst },
    { variants: apLower },
    { variants: apArgs },
    { variants: apProsecutor },
    { variants: crFiller },
    { variants: apReasoning },
    { variants: apClosing },
    { variants: signature },
  ],
  civil: [
    { variants: spec('S P R I E D U M S') },
    { variants: cvParties },
    { variants: cvComposition },
    { variants: cvClaim },
    { variants: cvDefence },
    { variants: cvWitness },
    { variants: cvFiller },
    { variants: cvReasoning },
    { variants: cvFiller, optional: 0.6 },
    { variants: cvOperative },
    { variants: signature },
  ],
  administrative: [
    { variants: spec('S P R I E D U M S') },
    { variants: adParties },
    { variants: adComposition },
    { variants: adFacts },
    { variants: adArgs },
    { variants: adFiller },
    { variants: adReasoning },
    { variants: adFiller, optional: 0.6 },
    { variants: adOperative },
    { variants: signature },
  ],
  administrative_offence: [
    { variants: spec('L Ē M U M S') },
    { variants: aoParties },
    { variants: aoComposition },
    { variants: aoFacts },
    { variants: aoExplanation },
    { variants: aoReasoning },
    { variants: crFiller, optional: 0.5 },
    { variants: aoOperative },
    { variants: signature },
  ],
};
