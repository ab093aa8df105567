/**
 * Ruling templates of the `probe` split, written after the anonymiser had been tuned on the `tune`,
 * `heldout`, `sealed`, `final` and `blind` splits and on the `audit` split's category-level figures, by
 * someone who has not seen the anonymiser. Nobody tunes on this split; it is used only for the last
 * measurement. Never read its misses to add rules.
 *
 * Each ruling type tells one of two stories (the `scenario` key; the story is drawn before the
 * persons, see ./generate.ts):
 * - criminal_first: 0 laundering a phone fraud's proceeds through one's own account (a "money mule"),
 *   1 cigarette smuggling in a lorry (an interpreter, the haulier's insolvency administrator);
 * - criminal_appeal: 0 an appeal against a conviction for breaching a protection order against
 *   violence (former spouses, their child), 1 a prosecutor's protest in a case of consumer loans taken
 *   in an acquaintance's name (a sworn bailiff);
 * - civil: 0 a compulsory share of an inheritance claimed from the widow named in a will (a sworn
 *   notary, a valuer, the claimant's sibling), 1 damages from a driver after a road accident (the
 *   insurer, an auto-technical expert, a representative who is not an advocate);
 * - administrative: 0 neighbours contest a building permit, 1 the customs value of a car bought at an
 *   auction abroad through an intermediary;
 * - administrative_offence: 0 cigarettes over the allowance at the border, 1 felling without a felling
 *   certificate.
 * People appear by role in all seven cases, by full name, surname alone, capitals, initials (a minor
 * by given name or initials), spouses, parents, children and siblings sharing a surname. Officials
 * acting in office (judges, prosecutors, court staff, sworn advocates, a sworn notary, a sworn bailiff,
 * an insolvency administrator) are must-keep; interpreters, experts, witnesses, a valuer, a surveyor,
 * an intermediary, representatives who are not advocates are private persons. Placeholders: see
 * ./generate.ts (`placeholder`); persons D, V, W, X, R, T, I, E, C, H, M (M: a deceased testator);
 * officials JUDGE, JUDGE2, JUDGE3, PROS, SEC, ADV, ADV2, ASSIST, NOT, BAIL, ADMIN; other courts
 * {CT.appeal|admappeal.case}; {FIRM.insurer} an insurer (a company).
 */
import type { Section, TemplateSet } from './templates.ts';

const story = (variants: string[], extra: Partial<Section> = {}): Section => ({
  variants,
  align: 'scenario',
  ...extra,
});

const judgeSignature: Section = {
  variants: [
    `{^JUDGE.role.nom}\t\t\t(personiskais paraksts)\t\t\t{JUDGE.surinit.nom}\n`,
    `{^JUDGE.role.nom}\t\t\t\t{JUDGE.full.nom}\n\nNoraksts pareizs\n{^ASSIST.role.nom}\t\t{ASSIST.init.nom}\n{SEAT}, {DATE.appeal.num}\n`,
    `{JUDGE.g:Tiesnesis|Tiesnese} {JUDGE.capsur.nom}\n`,
  ],
};

// ---- first-instance criminal: a money mule, cigarette smuggling ------------------------------------

const crHeader: Section = {
  variants: [
    `{COURT.nom}\n\nSPRIEDUMS\nLATVIJAS REPUBLIKAS VĀRDĀ\n\n{SEAT}\t\t\t\t\t{DATE.decision.loc}\n\nKrimināllietas Nr. {CASE}\nECLI: {ECLI}\n\n`,
    `Lieta Nr. {CASE} ({ECLI})\n\n{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\n{DATE.decision.num} {SEAT}\n\n`,
  ],
};

const crIntro = story([
  `{COURT.nom} atklātā tiesas sēdē šādā sastāvā: {JUDGE.role.nom} {JUDGE.full.nom}, protokolējot {SEC.role.dat} {SEC.surgiven.dat}, piedaloties valsts apsūdzības {PROS.g:uzturētājam|uzturētājai} – {ORG.prosoff.gen} {PROS.role.dat} {PROS.full.dat}, {D.g:apsūdzētajam|apsūdzētajai} {D.full.dat}, {D.g:viņa|viņas} {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.surinit.dat}, {V.g:cietušā|cietušās} {V.full.gen} {T.g:pārstāvim|pārstāvei} {T.full.dat},\n\nizskatīja krimināllietu, kurā\n\n`,
  `{^JUDGE.role.nom} {JUDGE.capssur.nom} {SEAT} atklātā tiesas sēdē, kuru protokolēja {SEC.role.nom} {SEC.full.nom} un kurā piedalījās {PROS.role.nom} {PROS.initns.nom}, {D.g:apsūdzētais|apsūdzētā} {D.surgiven.nom}, {D.g:viņa|viņas} {ADV2.g:aizstāvis|aizstāve} {ADV2.role.nom} {ADV2.full.nom} un {I.g:tulks|tulce} {I.full.nom}, izskatīja šādu krimināllietu:\n\n`,
]);

const crAccused = story([
  `{D.capsur.nom} (personas kods {D.code}), {D.g:dzimis|dzimusi} {D.birth.loc}, deklarētā dzīvesvieta: {D.fulladdr}, faktiskā dzīvesvieta: {D.fulladdr2}, tālrunis {D.phone}, {D.g:strādā|strādā} {COMPANY} par noliktavas {D.g:darbinieku|darbinieci}, {D.g:neprecējies|neprecējusies}, iepriekš {D.g:nesodīts|nesodīta},\n\n{D.g:tiek apsūdzēts|tiek apsūdzēta} noziedzīgā nodarījumā, kas paredzēts {ART.loc}.\n\n`,
  `{D.full.nom}, personas kods {D.code}, {D.g:dzimis|dzimusi} {D.birth.num}., {D.docword} Nr. {D.doc}, reģistrētā dzīvesvieta {D.addr.loc}{D.cityc.loc}, e-pasts {D.email}, {D.g:kravas automašīnas vadītājs|kravas automašīnas vadītāja}, apcietinājumā nav {D.g:turēts|turēta},\n\n– apsūdzībā pēc {ART.gen}.\n\n`,
]);

const crCharge = story([
  `Aprakstošā daļa\n\n1. {D.full.nom} izdarīja noziedzīgi iegūtu līdzekļu legalizēšanu šādos apstākļos.\n\nNenoskaidrota persona {DATE.offence.loc}, zvanot {V.g:cietušajam|cietušajai} {V.full.dat} uz tālruni {V.phone} un uzdodoties par bankas drošības dienesta darbinieku, pierunāja {V.g:viņu|viņu} apstiprināt maksājumus internetbankā, kā rezultātā no {V.sur.gen} konta {V.iban} tika pārskaitīti {AMOUNT.damage}. Nauda tika ieskaitīta {D.g:apsūdzētajam|apsūdzētajai} piederošajā kontā {D.iban} {BANK}, un {D.sur.nom} to tajā pašā dienā izņēma skaidrā naudā bankomātā un nodeva {D.g:viņam|viņai} nezināmai personai, par to saņemot atlīdzību {AMOUNT.fine}.\n\n`,
  `Aprakstošā daļa\n\n1. {D.surgiven.nom} {D.g:apsūdzēts|apsūdzēta} tajā, ka {DATE.offence.loc} ap plkst. 3.40, vadot kravas automašīnu ar valsts reģistrācijas numuru {D.plate}, caur robežšķērsošanas vietu “Terehova” no Krievijas Federācijas uz Latviju pārvietoja 48 000 cigarešu bez Latvijas akcīzes nodokļa markām, tās noslēpjot kravas nodalījumā zem kokskaidu granulām un nedeklarējot muitas iestādei. Kontrabandas preču muitas vērtība ir {AMOUNT.damage}, bet valsts budžetam nenomaksāto nodokļu summa – {AMOUNT.debt}.\n\n`,
]);

const crTestimony = story([
  `Motīvu daļa\n\n2. {D.g:Apsūdzētais|Apsūdzētā} vainu atzina daļēji un liecināja, ka sociālajā tīklā {D.g:atsaucies|atsaukusies} uz sludinājumu par viegli nopelnāmu naudu. {D.g:Viņš|Viņa} {D.g:nav zinājis|nav zinājusi}, no kurienes nauda nāk, un {D.g:ticējis|ticējusi}, ka palīdz kādam uzņēmumam norēķināties ar piegādātājiem; norādījumus, cik naudas izņemt un kur to atstāt, {D.g:viņš|viņa} saņēma sarakstē ar personu, kas sevi sauca par menedžeri.\n\n{^V.role.nom} {V.full.nom} tiesā liecināja, ka zvanītājs runājis pieklājīgi un pārliecinoši un sarunu sācis ar vārdiem: “Labdien, {V.given.voc}! Jūsu kontā notiek aizdomīgas darbības.” {T.full.nom}, {V.sur.gen} {T.g:dēls|meita}, paskaidroja, ka krāpšanu {T.g:atklājis pats|atklājusi pati}, pārbaudot {V.g:tēva|mātes} konta izrakstu.\n\n`,
  `Motīvu daļa\n\n2. {D.g:Apsūdzētais|Apsūdzētā} ar {I.g:tulka|tulces} {I.surgiven.gen} starpniecību liecināja, ka kravu {D.g:pieņēmis|pieņēmusi} Pleskavā jau noplombētā piekabē un par cigaretēm nav {D.g:zinājis|zinājusi}. {W.g:Liecinieks|Lieciniece} {W.full.nom}, {COMPANY} {W.g:loģistikas speciālists|loģistikas speciāliste}, liecināja, ka pasūtījumu granulu pārvadājumam {W.g:saņēmis|saņēmusi} nevis no pasūtītāja, bet no {D.sur.gen} personīgās e-pasta adreses {D.email}. Pārvadātāja {ADMIN.role.nom} {ADMIN.full.nom} paskaidroja, ka uzņēmuma dokumentos ziņu par šādu reisu nav.\n\n`,
]);

const crEvidence = story(
  [
    `3. No {BANK} izziņas redzams, ka konts {D.iban} atvērts neilgi pirms notikuma un ka izmaksas veiktas trīs reizes vienas stundas laikā. Ekspertīzes atzinumā, ko {E.g:sniedzis eksperts|sniegusi eksperte} {E.full.nom}, konstatēts, ka {D.g:apsūdzētā|apsūdzētās} tālrunī saglabāta sarakste ar norādījumiem par naudas nodošanu. {D.g:Apsūdzētā|Apsūdzētās} {R.role.nom} {R.full.nom} liecināja, ka {D.sur.nom} tajā laikā bija bez darba un {R.g:viņš|viņa} {D.g:viņam|viņai} aizdeva naudu īres maksai.\n\n`,
    `3. Saskaņā ar muitas kontroles aktu cigaretes atrastas, kravu skenējot rentgena iekārtā. {R.surgiven.nom}, {D.g:apsūdzētā|apsūdzētās} {R.role.nom} un vilcēja {R.g:īpašnieks|īpašniece}, liecināja, ka par braucienu uz Pleskavu {R.g:uzzinājis|uzzinājusi} tikai pēc aizturēšanas un ka {D.sur.dat} transportlīdzekli {R.g:aizdevis|aizdevusi} tikai darba braucieniem Latvijā.\n\n`,
  ],
  { optional: 0.9 },
);

const crAssessment = story([
  `4. Tiesas ieskatā {D.full.gen} nodarījuma kvalifikācija pēc {ART.gen} ir pareiza. Legalizēšanas sastāvs neprasa, lai persona zinātu, kāds tieši noziedzīgs nodarījums izdarīts; pietiek ar to, ka tā apzinājās, ka līdzekļi varētu būt iegūti noziedzīgā ceļā. Atlīdzība par naudas izņemšanu, norādījumi no nepazīstamas personas un steiga liecina, ka šāda apziņa {D.sur.loc} bija.\n\n`,
  `4. {D.g:Apsūdzētā|Apsūdzētās} versiju, ka {D.g:viņš|viņa} par kravas saturu nav {D.g:zinājis|zinājusi}, atspēko {W.sur.gen} liecība un sarakste, no kuras redzams, ka maršrutu un robežšķērsošanas laiku {D.sur.nom} {D.g:izvēlējies|izvēlējusies} {D.g:pats|pati}. Tiesa nesaskata pamata apšaubīt {I.sur.gen} tulkojuma pareizību, un nodarījums pareizi kvalificēts pēc {ART.gen}.\n\n`,
]);

const crOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Kriminālprocesa likuma 511. un 512. pantu}, tiesa\n\nnosprieda:\n\n{D.caps.acc} atzīt par {D.g:vainīgu|vainīgu} {ART.loc} paredzētajā noziedzīgajā nodarījumā un noteikt {D.g:viņam|viņai} sodu – brīvības atņemšanu uz 1 (vienu) gadu un 6 (sešiem) mēnešiem; saskaņā ar {LAW.Krimināllikuma 55. panta pirmo daļu} sodu noteikt nosacīti ar pārbaudes laiku uz 2 (diviem) gadiem.\n\nKaitējuma kompensāciju {AMOUNT.damage} piedzīt no {D.full.gen} {V.full.gen} labā.\n\nNoziedzīgi iegūtos līdzekļus {AMOUNT.fine}, kas arestēti kontā {D.iban}, konfiscēt.\n\n`,
    `Rezolutīvā daļa\n\nVadoties no {LAW.Kriminālprocesa likuma 511.–514. panta}, tiesa\n\nNOSPRIEDA:\n\n{D.surgiven.acc} atzīt par vainīgu pēc {ART.gen}, nosakot sodu – brīvības atņemšana uz 2 (diviem) gadiem.\n\nLietiskos pierādījumus – 48 000 cigarešu – iznīcināt. Kravas automašīnu {D.plate}, kas pieder {R.full.dat}, atdot īpašniekam.\n\nPiedzīt no {D.sur.gen} valsts labā procesuālos izdevumus {AMOUNT.costs}.\n\n`,
  ],
  { fillersBefore: true },
);

const crNotice: Section = {
  variants: [
    `Spriedumu var pārsūdzēt {CT.appeal.loc} desmit dienu laikā no dienas, kad pilns spriedums kļuvis pieejams, iesniedzot apelācijas sūdzību {COURT.dat}. Ar pilnu spriedumu var iepazīties tiesas kancelejā, sākot ar {DATE.appeal.loc}.\n\n`,
    `Apelācijas sūdzību vai protestu var iesniegt 10 dienu laikā no pilna sprieduma pieejamības dienas ({DATE.appeal.num}).\n\n`,
  ],
};

// ---- criminal appeal: a protection order breached, loans in another's name -------------------------

const apHeader: Section = {
  variants: [
    `{COURT.nom}\nKrimināllietu tiesas kolēģija\n\nLĒMUMS\n\n{SEAT}\t\t\t\t\t{DATE.decision.tight}\n\nLieta Nr. {CASE}\n{ECLI}\n\n`,
    `LĒMUMS\nLatvijas Republikas vārdā\n\n{DATE.decision.loc}\n\n{COURT.nom}, lietas Nr. {CASE}, {ECLI}\n\n`,
  ],
};

const apIntro = story([
  `{COURT.nom} šādā sastāvā: tiesas sēdes {JUDGE.g:priekšsēdētājs|priekšsēdētāja} {JUDGE.full.nom}, {JUDGE2.role.nom} {JUDGE2.surgiven.nom} un {JUDGE3.role.nom} {JUDGE3.full.nom}, ar {SEC.role.ins} {SEC.init.ins}, piedaloties {PROS.role.dat} {PROS.full.dat}, {D.g:apsūdzētajam|apsūdzētajai} {D.capssur.dat}, {D.g:viņa|viņas} {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.full.dat} un {V.g:cietušajam|cietušajai} {V.full.dat}, atklātā tiesas sēdē izskatīja krimināllietu sakarā ar {D.full.gen} apelācijas sūdzību par {LOWER.gen} {DATE.lower.gen} spriedumu.\n\n`,
  `{COURT.nom} rakstveida procesā, kolēģijas sastāvā: {JUDGE.full.nom} ({JUDGE.g:referents|referente}), {JUDGE2.init.nom} un {JUDGE3.capssur.nom}, izskatīja krimināllietu sakarā ar {ORG.prosoff.gen} {PROS.role.gen} {PROS.full.gen} apelācijas protestu par {LOWER.gen} {DATE.lower.gen} spriedumu, ar kuru {D.full.nom}, personas kods {D.code}, {D.g:atzīts|atzīta} par vainīgu pēc {ART.gen}.\n\n`,
]);

const apFacts = story([
  `Aprakstošā daļa\n\n[1] Ar {LOWER.gen} {DATE.lower.gen} spriedumu {D.full.nom}, personas kods {D.code}, {D.g:dzimis|dzimusi} {D.birth.loc}, {D.g:atzīts|atzīta} par vainīgu pēc {ART.gen} un {D.g:sodīts|sodīta} ar īslaicīgu brīvības atņemšanu uz 2 (diviem) mēnešiem.\n\n[2] Ar tiesneša {DATE.decisionInst.gen} lēmumu par pagaidu aizsardzību pret vardarbību {D.sur.dat} bija aizliegts tuvoties {V.g:bijušajam vīram|bijušajai sievai} {V.full.dat} tuvāk par 50 metriem un uzturēties {V.g:viņa|viņas} dzīvesvietā {V.addr.loc}{V.cityc.loc}. Neskatoties uz to, {D.sur.nom} {DATE.offence.loc} ap plkst. 18.00 ieradās pie {V.sur.gen} dzīvokļa durvīm un pieprasīja ļaut satikt nepilngadīgo {C.g:dēlu|meitu} {C.given.acc}, bet vēlāk tajā pašā vakarā nosūtīja {V.sur.dat} četrpadsmit īsziņas uz tālruni {V.phone}.\n\n`,
  `Aprakstošā daļa\n\n1. {D.capsur.nom} {D.g:atzīts|atzīta} par vainīgu tajā, ka laikā no {DATE.contract.num} līdz {DATE.offence.num}, izmantojot {D.g:viņam|viņai} uzticētu {H.g:paziņas|paziņas} {H.full.gen} {H.docwordgen} Nr. {H.doc} kopiju un {H.g:viņa|viņas} personas kodu {H.code}, tiešsaistē noslēdza {H.sur.gen} vārdā trīs patērētāja kreditēšanas līgumus ar {BANK}, kopumā saņemot {AMOUNT.claim}, ko pārskaitīja uz savu kontu {D.iban}. Kredīti netika atmaksāti, un parāda piedziņa tika vērsta pret {H.sur.acc}.\n\n2. Ar pirmās instances tiesas spriedumu {D.sur.dat} noteikts sods – piespiedu darbs uz 240 stundām.\n\n`,
]);

const apArgs = story([
  `[3] Apelācijas sūdzībā {D.g:apsūdzētais|apsūdzētā} lūdz spriedumu atcelt un kriminālprocesu izbeigt, norādot, ka pie {V.sur.gen} {D.g:ieradies|ieradusies} vienīgi tāpēc, lai nodotu {C.given.dat} dzimšanas dienas dāvanu, jo citas iespējas bērnu satikt {D.g:viņam|viņai} neesot bijis. {^R.role.nom} {R.full.nom} apstiprināja, ka dāvanu {D.sur.nom} {D.g:bija iegādājies|bija iegādājusies} kopā ar {R.g:viņu|viņu}.\n\n`,
  `3. Apelācijas protestā prokurors norāda, ka pirmās instances tiesa nav ņēmusi vērā, ka noziedzīgais nodarījums izdarīts mantkārīgā nolūkā un {H.sur.dat} nodarītais kaitējums joprojām nav atlīdzināts. {H.surgiven.nom} rakstveida paskaidrojumā norādīja, ka par kredītiem {H.g:uzzinājis|uzzinājusi} tikai tad, kad {BAIL.role.nom} {BAIL.full.nom} uzsāka piedziņu no {H.g:viņa|viņas} darba algas.\n\n`,
]);

const apReasoning = story([
  `Motīvu daļa\n\n[4] Atbildība pēc {ART.gen} iestājas par tiesas nolēmuma par pagaidu aizsardzību pret vardarbību apzinātu nepildīšanu. No lietas materiāliem redzams, ka lēmums {D.sur.dat} bija paziņots un {D.g:viņš|viņa} to {D.g:bija parakstījis|bija parakstījusi}. Vēlme satikt bērnu neatbrīvo no pienākuma ievērot tuvošanās aizliegumu; saskarsmes jautājumu {D.full.nom} varēja risināt, vēršoties {ORG.bt.dat} vai tiesā. Apelācijas sūdzība ir noraidāma.\n\n`,
  `Motīvu daļa\n\n4. Kolēģija atzīst, ka pirmās instances tiesa, nosakot sodu, nav pietiekami novērtējusi kaitējuma apmēru un to, ka {H.sur.dat} bija jāvēršas tiesā, lai apstrīdētu kredītlīgumus. Tomēr {D.sur.gen} atzīšanās un tas, ka {D.g:viņš|viņa} iepriekš nav {D.g:sodīts|sodīta}, ļauj brīvības atņemšanu noteikt nosacīti.\n\n`,
]);

const apOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Kriminālprocesa likuma 564. panta ceturto daļu}, tiesa\n\nnolēma:\n\n{LOWER.gen} {DATE.lower.gen} spriedumu atstāt bez grozījumiem, bet {D.full.gen} apelācijas sūdzību noraidīt.\n\nLēmumu var pārsūdzēt kasācijas kārtībā 10 dienu laikā no dienas, kad tas kļuvis pieejams.\n\n`,
    `Rezolutīvā daļa\n\nProkurora apelācijas protestu apmierināt. {LOWER.gen} {DATE.lower.gen} spriedumu atcelt daļā par sodu un {D.initns.acc} sodīt pēc {ART.gen} ar brīvības atņemšanu uz 1 (vienu) gadu nosacīti ar pārbaudes laiku uz 18 (astoņpadsmit) mēnešiem. Kaitējuma kompensāciju {AMOUNT.claim} piedzīt no {D.sur.gen} {H.full.gen} labā.\n\nLēmums kasācijas kārtībā pārsūdzams 10 dienu laikā.\n\n`,
  ],
  { fillersBefore: true },
);

const apSignature: Section = {
  variants: [
    `{JUDGE.full.nom}\t\t{JUDGE2.full.nom}\t\t{JUDGE3.full.nom}\n`,
    `Tiesas sēdes {JUDGE.g:priekšsēdētājs|priekšsēdētāja}\t{JUDGE.surinit.nom}\n{JUDGE2.g:Tiesnesis|Tiesnese}\t\t\t{JUDGE2.surinit.nom}\n{JUDGE3.g:Tiesnesis|Tiesnese}\t\t\t{JUDGE3.surinit.nom}\n`,
  ],
};

// ---- civil: a compulsory share of an inheritance, damages after a road accident --------------------

const cvHeader: Section = {
  variants: [
    `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\nCivillieta Nr. {CASE}\nNolēmuma identifikators: {ECLI}\n\n{SEAT}, {DATE.decision.loc}\n\n`,
    `{ECLI}\n\nSPRIEDUMS\nLATVIJAS REPUBLIKAS VĀRDĀ\n\n{COURT.nom}\t\t\t\t{DATE.decision.tight}\nLieta Nr. {CASE}\n\n`,
  ],
};

const cvIntro = story([
  `{COURT.nom} šādā sastāvā: {JUDGE.role.nom} {JUDGE.full.nom}, {SEC.role.nom} {SEC.full.nom}, piedaloties {D.g:prasītājam|prasītājai} {D.full.dat}, {D.g:viņa|viņas} {ADV.g:pārstāvim|pārstāvei} {ADV.role.dat} {ADV.full.dat}, {V.g:atbildētājam|atbildētājai} {V.full.dat} un {V.g:viņa|viņas} {ADV2.g:pārstāvim|pārstāvei} {ADV2.role.dat} {ADV2.surgiven.dat}, kā arī trešajai personai {R.full.dat}, atklātā tiesas sēdē izskatīja civillietu {D.full.gen} prasībā pret {V.full.acc} par neatņemamās daļas izprasīšanu no mantojuma.\n\n`,
  `{COURT.nom} {JUDGE.role.gen} {JUDGE.initns.gen} sastāvā, ar {SEC.role.ins} {SEC.capssur.ins}, piedaloties {D.g:prasītājam|prasītājai} {D.surgiven.dat} un {D.g:viņa|viņas} {T.g:pārstāvim|pārstāvei} pēc pilnvaras {T.full.dat}, {V.g:atbildētājam|atbildētājai} {V.full.dat}, atklātā tiesas sēdē izskatīja civillietu {D.full.gen} prasībā pret {V.full.acc} par zaudējumu un morālā kaitējuma atlīdzības piedziņu, kas nodarīti ceļu satiksmes negadījumā.\n\n`,
]);

const cvFacts = story([
  `Aprakstošā daļa\n\n[1] {DATE.death.loc} mira {M.full.nom}, personas kods {M.code}, pēdējā deklarētā dzīvesvieta {M.fulladdr}. Mantojuma lietu vada {NOT.role.nom} {NOT.full.nom}.\n\n[2] Ar {DATE.will.gen} notariālu testamentu {M.sur.nom} visu savu mantu, arī nekustamo īpašumu {M.addr2.loc} (kadastra Nr. {M.cad}, īpašuma tiesības nostiprinātas zemesgrāmatas nodalījumā Nr. {M.folio}), novēlēja laulātajai {V.full.dat}, ar kuru bija laulībā kopš 2009. gada. {^D.role.nom} {D.full.nom}, {M.role.gen} {D.g:dēls|meita} no pirmās laulības, testamentā nav {D.g:minēts|minēta}, un, {D.g:būdams lejupējais|būdama lejupējā}, {D.g:viņš|viņa} prasa neatņemamo daļu.\n\n`,
  `Aprakstošā daļa\n\n[1] {DATE.offence.loc} ap plkst. 17.20 {V.full.nom}, vadot automašīnu “Škoda Octavia” ar valsts reģistrācijas numuru {V.plate}, pagriežoties pa kreisi krustojumā, nedeva ceļu {D.g:velosipēdistam|velosipēdistei} {D.full.dat}, kā rezultātā {D.sur.nom} guva kājas lūzumu. Ar {ORG.police.gen} {DATE.report.gen} lēmumu administratīvā pārkāpuma lietā {V.sur.nom} {V.g:atzīts|atzīta} par vainīgu ceļu satiksmes noteikumu pārkāpšanā.\n\n[2] {FIRM.insurer} kā transportlīdzekļa apdrošinātājs izmaksāja {D.g:prasītājam|prasītājai} atlīdzību {AMOUNT.damage}, bet atteicās atlīdzināt negūtos ienākumus. Prasībā {D.sur.nom} lūdz piedzīt no {V.g:atbildētāja|atbildētājas} negūtos ienākumus {AMOUNT.claim} un morālā kaitējuma atlīdzību.\n\n`,
]);

const cvArgs = story([
  `[3] {^V.role.nom} prasību neatzina, norādot, ka {M.sur.nom} pēdējos desmit dzīves gadus ar {D.g:prasītāju|prasītāju} nesazinājās un ka laulībā ar {M.full.ins} {V.g:viņš|viņa} {V.g:pats|pati} uzturēja arī mantojamo īpašumu. {W.g:Liecinieks|Lieciniece} {W.full.nom}, mantojuma atstājēja {W.g:kaimiņš|kaimiņiene}, liecināja, ka {M.given.nom} par {D.g:dēlu|meitu} runājis ar rūgtumu. {R.full.nom}, {D.g:prasītāja|prasītājas} {R.role.nom}, paskaidroja, ka {R.g:viņš|viņa} savu neatņemamo daļu neprasa.\n\n`,
  `[3] {^V.role.nom} {V.surgiven.nom} prasību atzina daļā par morālo kaitējumu, bet apstrīdēja negūtos ienākumus, norādot, ka {D.sur.nom} arī pirms negadījuma nestrādāja. {D.g:Prasītāja|Prasītājas} {T.g:pārstāvis|pārstāve} {T.sur.nom} iesniedza izrakstu no {D.g:prasītāja|prasītājas} konta {D.iban}, kurā redzami regulāri maksājumi par sezonas darbiem, un {W.g:darba devēja|darba devējas} {W.full.gen} apliecinājumu. Autotehniskās ekspertīzes {E.g:eksperts|eksperte} {E.full.nom} secināja, ka, braucot ar atļauto ātrumu, {V.sur.nom} sadursmi varēja novērst.\n\n`,
]);

const cvReasoning = story([
  `Motīvu daļa\n\n[4] Saskaņā ar {ART.acc} mantojuma atstājēja lejupējiem ir tiesības uz neatņemamo daļu, kas ir puse no tā, ko viņi saņemtu, mantojot pēc likuma. Tas, ka {D.full.nom} ar tēvu nav {D.g:uzturējis|uzturējusi} ciešas attiecības, nav pamats neatņemamās daļas atņemšanai, jo mantinieka atstumšanas pamati likumā uzskaitīti izsmeļoši un testamentā nav minēti. Nekustamā īpašuma vērtību tiesa nosaka pēc {E.g:vērtētāja|vērtētājas} {E.surgiven.gen} atzinuma.\n\n`,
  `Motīvu daļa\n\n[4] Atbilstoši {ART.dat} transportlīdzekļa valdītājam jāatlīdzina zaudējumi, kas radušies no paaugstinātas bīstamības avota, ja tas nepierāda, ka zaudējumi radušies nepārvaramas varas vai cietušā paša rupjas neuzmanības dēļ. Tādu apstākļu nav. Negūtos ienākumus tiesa atzīst par pierādītiem daļā, ko apliecina konta izraksts, proti, {AMOUNT.salary} mēnesī par darbnespējas laiku.\n\n`,
]);

const cvOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Civilprocesa likuma 190.–195. pantu}, tiesa\n\nnosprieda:\n\n{D.full.gen} prasību apmierināt. Atzīt {D.caps.dat} tiesības uz neatņemamo daļu – 1/4 domājamo daļu no {M.full.gen} mantojuma, un šo spriedumu pēc tā stāšanās likumīgā spēkā iesniegt zemesgrāmatu nodaļai ierakstīšanai nodalījumā Nr. {M.folio}. Piedzīt no {V.full.gen} par labu {D.sur.dat} tiesāšanās izdevumus {AMOUNT.costs}.\n\nSpriedumu var pārsūdzēt {CT.appeal.loc} divdesmit dienu laikā no sprieduma sastādīšanas dienas.\n\n`,
    `Rezolutīvā daļa\n\nPrasību apmierināt daļēji. Piedzīt no {V.capssur.gen} par labu {D.full.dat} negūtos ienākumus {AMOUNT.claim} un morālā kaitējuma atlīdzību {AMOUNT.debt}, kā arī tiesāšanās izdevumus {AMOUNT.costs}. Pārējā daļā prasību noraidīt.\n\nSpriedums pārsūdzams {CT.appeal.loc} 20 dienu laikā no dienas, kad pilns spriedums kļuvis pieejams.\n\n`,
  ],
  { fillersBefore: true },
);

// ---- administrative: a building permit, the customs value of a car ---------------------------------

const adHeader: Section = {
  variants: [
    `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\n{SEAT}, {DATE.decision.loc}\n\nAdministratīvā lieta Nr. {CASE}\n{ECLI}\n\n`,
    `SPRIEDUMS\nLatvijas Republikas vārdā\n\n{COURT.nom}\nLieta Nr. {CASE}; {ECLI}\n{DATE.decision.num}\n\n`,
  ],
};

const adIntro = story([
  `{COURT.nom}, {JUDGE.role.gen} {JUDGE.full.gen} vadībā, ar {SEC.role.ins} {SEC.full.ins}, piedaloties {D.g:pieteicējam|pieteicējai} {D.full.dat} un {D.g:viņa|viņas} {R.role.dat} {R.full.dat}, atbildētājas – {ORG.muni.gen} – pārstāvim, kā arī trešajai personai {V.full.dat}, mutvārdu procesā izskatīja administratīvo lietu, kas ierosināta pēc {D.full.gen} un {R.full.gen} pieteikuma par {ORG.build.gen} {DATE.decisionInst.gen} lēmuma par būvatļaujas izdošanu atcelšanu.\n\n`,
  `{^JUDGE.role.nom} {JUDGE.surgiven.nom}, rakstveida procesā {JUDGE.g:izskatījis|izskatījusi} administratīvo lietu sakarā ar {D.caps.gen} (personas kods {D.code}, deklarētā adrese {D.fulladdr}, tālrunis {D.phone}) pieteikumu par {ORG.customs.gen} {DATE.decisionInst.gen} lēmuma atcelšanu, ar kuru {D.g:viņam|viņai} uzlikts pienākums maksāt papildu ievedmuitas nodokli un pievienotās vērtības nodokli,\n\nkonstatēja:\n\n`,
]);

const adFacts = story([
  `Aprakstošā daļa\n\n[1] {ORG.build.nom} ar {DATE.decisionInst.gen} lēmumu izsniedza {V.full.dat} būvatļauju divstāvu dzīvojamās mājas ar garāžu būvniecībai zemes vienībā ar kadastra apzīmējumu {V.cad}, kas robežojas ar pieteicējiem piederošo īpašumu {D.addr.nom}{D.cityc.nom}.\n\n[2] Pieteicēji būvatļauju apstrīdēja, norādot, ka paredzētā māja atradīsies pusotra metra attālumā no robežas un aizēnos viņu dārzu. {ORG.muni.nom} apstrīdēšanas iesniegumu noraidīja.\n\n`,
  `Aprakstošā daļa\n\n[1] {D.g:Pieteicējs|Pieteicēja} ar {H.g:starpnieka|starpnieces} {H.full.gen} palīdzību izsolē Amerikas Savienotajās Valstīs iegādājās lietotu automašīnu par {AMOUNT.damage}. {ORG.customs.nom}, pārbaudot muitas deklarāciju, konstatēja, ka deklarētā darījuma vērtība ir ievērojami zemāka par līdzīgu transportlīdzekļu vērtību, un noteica muitas vērtību pēc rezerves metodes, aprēķinot papildu maksājumus {AMOUNT.debt}. Pēc muitošanas automašīna reģistrēta ar valsts reģistrācijas numuru {D.plate}.\n\n`,
]);

const adArgs = story([
  `[3] Tiesas sēdē {D.g:pieteicējs|pieteicēja} paskaidroja, ka par būvniecības ieceri kaimiņi netika informēti. Trešā persona {V.surgiven.nom} iebilda, ka būvprojektu izstrādājis sertificēts arhitekts un attālums līdz robežai atbilst apbūves noteikumiem. Ar {E.g:mērnieka|mērnieces} {E.full.gen} sagatavoto situācijas plānu konstatēts, ka attālums no ēkas stūra līdz robežai ir 1,6 metri.\n\n`,
  `[3] {D.g:Pieteicējs|Pieteicēja} norāda, ka automašīna iegādāta pēc avārijas ar bojātu virsbūvi, tādēļ tās cena bija zema, un to apliecina izsoles fotoattēli un {H.sur.gen} sarakste ar izsoles namu. {H.full.nom} rakstveida liecībā apstiprināja, ka maksājums izsoles namam veikts no {D.g:pieteicēja|pieteicējas} konta {D.iban} tieši deklarētajā apmērā.\n\n`,
]);

const adReasoning = story([
  `Motīvu daļa\n\n[4] Saskaņā ar {ART.acc} būvatļauju izdod, ja būvniecības iecere atbilst teritorijas plānojumam un būvnormatīviem. Ja ēka paredzēta tuvāk par četriem metriem no robežas, nepieciešama kaimiņa rakstveida piekrišana. No {E.sur.gen} situācijas plāna izriet, ka šis attālums nav ievērots, bet {D.sur.gen} un {R.sur.gen} piekrišana nav saņemta, tādēļ būvatļauja izdota prettiesiski.\n\n`,
  `Motīvu daļa\n\n[4] Saskaņā ar {ART.acc} muitas vērtība pirmām kārtām ir darījuma vērtība, proti, cena, kas par precēm faktiski samaksāta. Iestāde to var noraidīt tikai tad, ja tai ir pamatotas šaubas par deklarētās vērtības atbilstību faktiski samaksātajai summai. Iestāde nav vērtējusi {H.sur.gen} liecību un maksājuma dokumentus, un tās šaubas nav pamatotas.\n\n`,
]);

const adOperative = story(
  [
    `Rezolutīvā daļa\n\nPamatojoties uz {LAW.Administratīvā procesa likuma 305. un 307. pantu}, tiesa\n\nnosprieda:\n\npieteikumu apmierināt. Atcelt {ORG.build.gen} {DATE.decisionInst.gen} lēmumu par būvatļaujas izdošanu {V.surgiven.dat}. Atmaksāt {D.full.dat} valsts nodevu {AMOUNT.costs}.\n\nSpriedumu var pārsūdzēt {CT.admappeal.loc} mēneša laikā no tā sastādīšanas dienas.\n\n`,
    `Rezolutīvā daļa\n\n{D.capsur.gen} pieteikumu apmierināt un atcelt {ORG.customs.gen} {DATE.decisionInst.gen} lēmumu. Uzlikt {ORG.customs.dat} pienākumu atmaksāt {D.sur.dat} nepamatoti iekasētos maksājumus {AMOUNT.debt}, pārskaitot tos uz kontu {D.iban}.\n\nSpriedums pārsūdzams {CT.admappeal.loc} viena mēneša laikā no tā sastādīšanas.\n\n`,
  ],
  { fillersBefore: true },
);

const adSignature: Section = {
  variants: [`{^JUDGE.role.nom}\t\t\t\t{JUDGE.initns.nom}\n`, `{^JUDGE.role.nom}:\t{JUDGE.caps.nom}\n`],
};

// ---- administrative offence: cigarettes at the border, felling without a certificate ---------------

const aoHeader: Section = {
  variants: [
    `{COURT.nom}\n\nSPRIEDUMS\nLatvijas Republikas vārdā\n\nLieta Nr. {CASE}\n{ECLI}\n\n{DATE.decision.loc}\t\t\t{SEAT}\n\n`,
    `SPRIEDUMS\nLatvijas Republikas vārdā\n\n{SEAT}, {DATE.decision.num}\n{COURT.nom}, administratīvā pārkāpuma lieta Nr. {CASE}\nECLI: {ECLI}\n\n`,
  ],
};

const aoIntro = story([
  `{COURT.nom} {JUDGE.role.gen} {JUDGE.surgiven.gen} personā, ar {SEC.role.ins} {SEC.full.ins}, piedaloties administratīvā pārkāpuma procesā iesaistītajai personai {D.full.dat} un {D.g:viņa|viņas} {ADV.g:aizstāvim|aizstāvei} {ADV.role.dat} {ADV.surinit.dat}, izskatīja {D.sur.gen} pieteikumu par {ORG.customs.gen} {DATE.report.gen} lēmuma administratīvā pārkāpuma lietā pārsūdzēšanu.\n\n`,
  `{COURT.nom}, kuras sastāvā ir {JUDGE.role.nom} {JUDGE.capssur.nom}, piedaloties {D.g:pieteicējam|pieteicējai} {D.full.dat} un {ORG.vmd.gen} pārstāvim, atklātā tiesas sēdē izskatīja {D.full.gen} pieteikumu par {ORG.vmd.gen} {DATE.report.gen} lēmumu, ar kuru {D.g:viņam|viņai} piemērots naudas sods par koku ciršanu bez ciršanas apliecinājuma.\n\n`,
]);

const aoFacts = story([
  `Aprakstošā daļa\n\n1. {DATE.offence.loc} ap plkst. 22.15 robežšķērsošanas vietā “Grebņeva” {D.full.nom}, iebraucot Latvijā ar automašīnu ar valsts reģistrācijas numuru {D.plate}, nedeklarēja muitas iestādei 1600 cigarešu, kas par 1400 gabaliem pārsniedz noteikto atbrīvojuma normu. Automašīnā kopā ar {D.g:viņu|viņu} atradās {D.g:viņa|viņas} {R.role.nom} {R.full.nom} un paziņa {W.full.nom}.\n\n2. Ar pārsūdzēto lēmumu {D.sur.dat} piemērots naudas sods {AMOUNT.fine} un cigaretes konfiscētas.\n\n`,
  `Aprakstošā daļa\n\n1. {ORG.vmd.nom}, veicot pārbaudi {D.g:pieteicējam|pieteicējai} piederošajā meža īpašumā {D.addr2.loc} (kadastra numurs {D.cad}), konstatēja, ka 1,2 hektāru platībā veikta kailcirte, kurai nav saņemts ciršanas apliecinājums. Cirsmu izstrādāja {W.full.nom}, ar kuru {D.sur.nom} {D.g:bija noslēdzis|bija noslēgusi} mutisku vienošanos.\n\n2. Par šo pārkāpumu {D.sur.dat} uzlikts naudas sods {AMOUNT.fine}.\n\n`,
]);

const aoComplaint = story([
  `3. Pieteikumā {D.sur.nom} norāda, ka lielākā daļa cigarešu nepiederot {D.g:viņam|viņai}, bet {W.sur.dat}, kas tās {W.g:iegādājies|iegādājusies} sev. {W.sur.nom} tiesā to apstiprināja, bet {R.surgiven.nom} izmantoja tiesības neliecināt pret {R.g:savu|savu} {D.g:vīru|sievu}.\n\n`,
  `3. {D.g:Pieteicējs|Pieteicēja} norāda, ka ciršanas apliecinājuma saņemšanu bija {D.g:uzticējis|uzticējusi} {W.sur.dat}, un iesniedz {E.g:taksatora|taksatores} {E.full.gen} meža inventarizācijas izziņu, pēc kuras audze bija sasniegusi ciršanas vecumu. {W.surgiven.nom} tiesā liecināja, ka iesniegumu {W.g:nosūtījis|nosūtījusi} no sava e-pasta {W.email}, taču tas acīmredzot nav saņemts.\n\n`,
]);

const aoReasoning = story([
  `Motīvu daļa\n\n4. Atbildība pēc {ART.gen} iestājas personai, kas pārvieto preces pāri robežai, tās nedeklarējot. Preces atradās automašīnā, kuru vadīja {D.sur.nom} un kura reģistrēta uz {D.g:viņa|viņas} vārda, tādēļ {D.g:viņam|viņai} bija pienākums tās deklarēt. Tomēr, ņemot vērā {W.sur.gen} liecību, tiesa naudas sodu samazina.\n\n`,
  `Motīvu daļa\n\n4. Pienākums saņemt ciršanas apliecinājumu ir meža īpašniekam. Tas, ka ar dokumentiem nodarbojās {W.sur.nom}, {D.sur.acc} no atbildības neatbrīvo, tomēr tiesa ņem vērā, ka audze bija ciršanas vecumā un mežam kaitējums nav nodarīts. Pārkāpums pareizi kvalificēts pēc {ART.gen}.\n\n`,
]);

const aoOperative = story(
  [
    `Rezolutīvā daļa\n\nTiesa nosprieda: {ORG.customs.gen} {DATE.report.gen} lēmumu grozīt un samazināt {D.full.dat} piemēroto naudas sodu līdz {AMOUNT.penalty}; pārējā daļā lēmumu atstāt negrozītu.\n\nSpriedums nav pārsūdzams.\n\n`,
    `Rezolutīvā daļa\n\n{D.capsur.gen} pieteikumu noraidīt, {ORG.vmd.gen} {DATE.report.gen} lēmumu atstāt negrozītu.\n\nŠis spriedums nav pārsūdzams; tas stājas likumīgā spēkā pēc pasludināšanas.\n\n`,
  ],
  { fillersBefore: true },
);

export const PROBE: TemplateSet = {
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
