/**
 * The generator's own name lists, in two disjoint halves: `tune` (the part the anonymiser was tuned
 * on) and `heldout` (the part quality is measured on). The held-out half deliberately holds names
 * the anonymiser's lexicon does not list (Namejs, Raivo, Everita, Ķiploks…), indeclinable foreign
 * surnames (Kovaļenko), double surnames and surnames with rarer endings, so that it measures
 * detection from context, not only lexicon look-up. Irregular genitives are written after a colon.
 * A third half, `sealed`, was written after the anonymiser had been tuned and measured, by someone who
 * had not seen its failures: it is for measuring only, and nobody may tune on it (./templates-sealed.ts).
 * A fourth half, `final`, was written after the anonymiser had been tuned and looked at on all three,
 * by someone who has not seen the anonymiser: it is used only for the final measurement
 * (./templates-final.ts). A fifth half, `blind`, was written after the anonymiser had been tuned on all
 * four, by someone who has not seen the anonymiser: nobody tunes on it, it is used only for the last
 * measurement (./templates-blind.ts). A sixth half, `audit`, was written after the anonymiser had been
 * tuned on all five, by someone who has not seen the anonymiser: nobody tunes on it, it is used only
 * for the last measurement (./templates-audit.ts). A seventh half, `probe`, was written after the
 * anonymiser had been tuned on all six (on `audit` at category level), by someone who has not seen the
 * anonymiser: nobody tunes on it, it is used only for the last measurement (./templates-probe.ts). An
 * eighth half, `exam`, was written after the anonymiser had been measured on all seven and was being
 * tuned on `probe`, by someone who has not seen the anonymiser: nobody tunes on it, it is used only for
 * the last measurement (./templates-exam.ts). A ninth half, `verify`, was written while the anonymiser was
 * being tuned on `exam`, by someone who has not seen the anonymiser: nobody tunes on it, it is used only
 * for the last measurement (./templates-verify.ts).
 * "Nom|Fem" gives a feminine surname that is not derived regularly.
 */
export type Split = 'tune' | 'heldout' | 'sealed' | 'final' | 'blind' | 'audit' | 'probe' | 'exam' | 'verify';

export const GIVEN: Record<Split, { m: string[]; f: string[] }> = {
  tune: {
    m: `Jānis:Jāņa Andris Pēteris Kārlis:Kārļa Mārtiņš Edgars Raimonds Aivars Uldis Guntis Valdis Aleksandrs Sergejs Artūrs
      Kristaps Roberts Oskars Ivars Normunds Gatis Dmitrijs Mikus Juris Toms Māris Kaspars Armands Vitālijs Romāns Ģirts`
      .trim()
      .split(/\s+/),
    f: `Anna Ilze Inga Liene Kristīne Dace Sandra Laura Zane Baiba Inese Līga Tatjana Olga Jeļena Marija Evija Agnese Ieva Santa
      Ilona Iveta Vija Anita Ruta Jana Diāna Linda`
      .trim()
      .split(/\s+/),
  },
  heldout: {
    m: `Krišjānis:Krišjāņa Ojārs Ansis Reinis Dāvis:Dāvja Ēriks Rihards Matīss Viesturs Egils Vladimirs Igors Nikita Oto Namejs
      Elmārs Didzis Uģis Linards Markuss Jurģis Ingus Raivo Gunvaldis:Gunvalža Kirils Arvīds Ēvalds Haralds Žanis Leonīds`
      .trim()
      .split(/\s+/),
    f: `Madara Elīna Signe Gunta Rūta Dzintra Skaidrīte Natālija Svetlana Everita Aiva Lāsma Kitija Undīne Gundega Jolanta
      Ligita Sarmīte Velta Mirdza Daiga Solvita Anete Ksenija Ērika Ņina Terēze`
      .trim()
      .split(/\s+/),
  },
  sealed: {
    m: `Valters Ainārs Emīls Dainis:Daiņa Viktors Andrejs Renārs Agris Indulis:Induļa Edvīns Ričards Ralfs Aleksejs Vadims
      Pāvels Maksims Gustavs Ādams Krists Klāvs Alvis Artis Jēkabs Vilis:Viļa Ilgvars Gunārs Voldemārs Teodors Džeimss
      Frīdrihs Andžejs Mihails`
      .trim()
      .split(/\s+/),
    f: `Aija Benita Dārta Elza Gunita Ilga Karīna Laila Marta Nora Patrīcija Ramona Renāte Sintija Una Vita Zaiga Alise
      Beāte Estere Kristiāna Lolita Maija Silvija Valentīna Žanete Džesika Gaida`
      .trim()
      .split(/\s+/),
  },
  final: {
    m: `Rūdolfs Hugo Ernests Oļģerts Niklāvs Vents Gvido Alfrēds Bruno Dzintars Edijs Gundars Harijs Konstantīns Leons
      Miķelis:Miķeļa Nauris Olafs Pauls Sandis Tālis:Tāļa Uvis Valērijs Zigurds Arnolds Ints Staņislavs Genādijs Anatolijs
      Boriss Eduards Fricis:Frica Helmuts Jevgeņijs Dāniels Mārcis:Mārča Raitis Ritvars Džons Žans`
      .trim()
      .split(/\s+/),
    f: `Ance Dita Edīte Agita Ginta Jūlija Līva Marika Megija Nellija Paula Rasa Rita Sabīne Tamāra Vaira Zenta Aina
      Dagmāra Elvīra Helēna Irma Laima Lūcija Regīna Valda Viktorija Žanna Anastasija Larisa Ludmila Galina Emīlija Gerda
      Ilva Iluta Šarlote Džuljeta`
      .trim()
      .split(/\s+/),
  },
  blind: {
    m: `Alberts Arvis:Arvja Dagnis:Dagņa Elvijs Ģederts Hermanis:Hermaņa Ilvars Mareks Nils Reinholds Vitauts
      Vladislavs Aivis:Aivja Edmunds Eižens Artjoms Deniss Jaroslavs Ruslans Timurs Visvaldis:Visvalža Ivo
      Aleksis:Alekša Andrievs Emanuels Edvards Valdemārs Kristofers Bogdans`
      .trim()
      .split(/\s+/),
    f: `Alīna Dzidra Egija Elita Evelīna Gunda Inita Jautrīte Lilita Nadežda Olita Vanda Zelma Antonija Lidija
      Veronika Agate Ārija Irīna Margarita Anžela Austra Velga Sniedze Kamila Elīza Rebeka Amanda Jevgēnija
      Broņislava`
      .trim()
      .split(/\s+/),
  },
  audit: {
    m: `Egons Ainis:Aiņa Almants Ilgonis:Ilgoņa Sigurds Fjodors Grigorijs Anrijs Rainers Ronalds Raimis Tenis Tomass
      Vasilijs Nikolajs Stefans Filips Henrijs Ingmārs Krišs Madis Georgs Vitolds Leopolds Aivo Džeks`
      .trim()
      .split(/\s+/),
    f: `Agnija Annija Astra Aurēlija Elga Elvita Ilma Irita Kintija Kristela Lauma Liāna Mairita Milda Monta Samanta
      Tija Vilma Zanda Zita Ženija Oksana Viola Juta Ineta Katrīna Tekla Alla Dzelde Džeina`
      .trim()
      .split(/\s+/),
  },
  probe: {
    m: `Alfons Benedikts Dainārs Elgars Vilhelms Ludvigs Boļeslavs Vjačeslavs Romualds Bertrams Atvars Raivis:Raivja
      Einārs Hardijs Dairis:Daira Valts Žoržs Aldons Džastins Ansgars`
      .trim()
      .split(/\s+/),
    f: `Eva Lilija Sindija Taisija Valija Zinaīda Airita Daila Sanija Marianna Sigrida Aira Vivita Dana Loreta Margita
      Lija Ella Paulīne Emma Adēle Helga Vēra Džuliāna`
      .trim()
      .split(/\s+/),
  },
  exam: {
    m: `Ādolfs Arkādijs Bernhards Dailis:Daiļa Janeks Meinhards Zigismunds Marks Miroslavs Arsenijs Gļebs Vsevolods
      Zahars Ilgmārs Tālrīts Visvaris:Visvara Rūsiņš Helmārs Georgijs Daniils Antons Ernijs Džordžs`
      .trim()
      .split(/\s+/),
    f: `Janīna Leontīne Melānija Almīra Lienīte Madlēna Raisa Klinta Marga Beatrise Laine Frīda Arita Elizabete
      Ligija Olīvija Pārsla Sofija Annele Džūlija`
      .trim()
      .split(/\s+/),
  },
  verify: {
    m: `Alfs Almārs Innokentijs Glebs Gotfrīds Juhans Kārlēns Rūtanis Nikolass Pāvils Verners Vikentijs Gennādijs
      Rostislavs Trofims Aksels Dominiks Gabriels Kasimirs Matvejs Pjotrs Bernards Felikss Svjatoslavs Mariuss`
      .trim()
      .split(/\s+/),
    f: `Adele Alvīne Erna Ildze Karlīna Klāra Kornēlija Lība Rēzija Selma Taisa Agrita Grieta Justīne Katrīne Varvara
      Kseņija Stella Amālija Alīda Irisa Sendija Tīna`
      .trim()
      .split(/\s+/),
  },
};

/** Masculine surnames; the feminine form is derived (Bērziņš → Bērziņa, Eglītis → Eglīte). */
export const SURNAMES: Record<Split, string[]> = {
  tune: `Bērziņš Kalniņš Ozoliņš Jansons Ozols Liepiņš Krūmiņš Balodis:Baloža Eglītis:Eglīša Zariņš Pētersons Vītols Kļaviņš Vanags
    Lācis:Lāča Zeltiņš Siliņš Kalējs Ābele Strautiņš Skujiņš Zālītis:Zālīša Āboliņš Ivanovs Petrovs Kuzņecovs Smirnovs Popovs
    Sokolovs Volkovs Lapiņš Rudzītis:Rudzīša Gailis:Gaiļa Briedis:Brieža Celms Auziņš Birznieks Dzenis:Dzeņa Grīnbergs`
    .trim()
    .split(/\s+/),
  heldout:
    `Dzirkstiņš Ķiploks Mucenieks Sprūdžs Grīnvalds Birkavs Štāls Kovaļenko Ševčuks Vasiļjevs Zeļenskis Millers Smits
    Ziediņš Krastiņš Purviņš Vilciņš Meldris:Meldra Sausiņš Strazdiņš Dūmiņš Cīrulis:Cīruļa Putniņš Jaunzems Vecumnieks Arājs
    Rozenbergs Fjodorovs Jakovļevs Grigorjevs Lūsis:Lūša Graudiņš Akmentiņš Pūliņš Sīpols Ķēniņš Lazdiņš Upenieks`
      .trim()
      .split(/\s+/),
  sealed:
    `Kārkliņš Zvirbulis:Zvirbuļa Bite Kurzemnieks Gulbis:Gulbja Lauva Irbe Avotiņš Robežnieks Bumbieris Kažoks
    Līcis:Līča Mežulis:Mežuļa Stepiņš Leimanis:Leimaņa Apinis:Apiņa Šults Baumanis:Baumaņa Circenis:Circeņa Žīgurs
    Ziemelis:Ziemeļa Rubīns Puriņš Bluķis:Bluķa Dāboliņš Lagzdiņš Misiņš Ģērmanis:Ģērmaņa Kuzmins Novikovs Morozovs
    Pavlovs Orlovs Ostapenko Šmits Vāgners Novaks Zaharovs`
      .trim()
      .split(/\s+/),
  final:
    `Freibergs Ločmelis:Ločmeļa Jurēvičs Mednis:Medņa Zaķis:Zaķa Kalnietis:Kalnieša Paegle Dombrovskis|Dombrovska
    Jankovskis|Jankovska Vīksna Pūce Tiltiņš Vēveris Mālnieks|Mālniece Sniķeris Kociņš Rācenis:Rāceņa
    Treimanis:Treimaņa Ūdris Podnieks|Podniece Grava Salmiņš Šteinbergs Kozlovs Lebedevs Jegorovs Mironovs Tihonovs
    Beļajevs Bondarenko Kravčenko Andersons|Andersone Lapsa Krasovskis|Krasovska Tauriņš Puķītis:Puķīša Cukurs Mazurs
    Sietiņš Brūveris Zunda Skudra Tīrelis:Tīreļa Sausais|Sausā Petrausks Kalvāns|Kalvāne`
      .trim()
      .split(/\s+/),
  blind: `Bisenieks Cālītis:Cālīša Dambītis:Dambīša Eihmanis:Eihmaņa Feldmanis:Feldmaņa Gailītis:Gailīša
    Indriksons|Indriksone Kviesis:Kvieša Lūkins Miezis:Mieža Nīmanis:Nīmaņa Tomsons|Tomsone Upītis:Upīša
    Vilmanis:Vilmaņa Šķēle Ņikitins Šiškins Solovjovs Fedotovs Gusevs Kiseļovs Makarovs Ševčenko Tkačenko
    Melņiks Kovalevskis|Kovalevska Višņevskis|Višņevska Jankausks Hofmanis:Hofmaņa Akerbergs Bušs Dzelme
    Jēgers Klētnieks|Klētniece Lejnieks|Lejniece Ģībietis:Ģībieša Priekulis:Priekuļa Skuja Strods Ķikuts
    Dukurs Ezeriņš Krūze Plūme Trops Vītiņš Čakste Melnais|Melnā`
    .trim()
    .split(/\s+/),
  audit:
    `Alksnis:Alkšņa Bērzkalns Cielava Daukšts Dzērve Ezernieks|Ezerniece Galviņš Gredzens Jurka Lielais|Lielā
    Niedra Pelše Pujāts Ratnieks|Ratniece Rieksts Roze Šīmanis:Šīmaņa Tamužs Vārna Veiss Zvejnieks|Zvejniece Žagars
    Belovs Baranovs Vinogradovs Bogdanovs Vorobjovs Zaicevs Medvedevs Stepanovs Kovalčuks Savčenko Lisenko
    Butkevičs Stankevičs Leščinskis|Leščinska Bergmanis:Bergmaņa Šneiders Grosvalds Ieviņš Kalvis:Kalvja
    Laukmanis:Laukmaņa Ozolnieks|Ozolniece Dimza`
      .trim()
      .split(/\s+/),
  probe: `Apsītis:Apsīša Ābeltiņš Bebris:Bebra Jēkabsons|Jēkabsone Krieviņš Lazdāns|Lazdāne Mežals Pakalns
    Priedītis:Priedīša Pumpurs Sedlenieks|Sedleniece Teivāns|Teivāne Vaivods Vētra Zemzaris:Zemzara Zīle Zutis:Zuša
    Sidorovs Nikolajevs Jermakovs Gromovs Dmitrijevs Žukovs Tarasovs Jaroševičs Mickevičs Bušmanis:Bušmaņa Petrovskis|Petrovska
    Romanovs Ponomarjovs Marčenko Tkačuks Zaļeskis|Zaļeska Kalnačs Skrīveris:Skrīvera Dambergs Strēlnieks|Strēlniece
    Kukainis:Kukaiņa`
    .trim()
    .split(/\s+/),
  exam: `Ceplis:Cepļa Drēziņš Ērglītis:Ērglīša Grundulis:Grunduļa Jaunups Lauberts Liepnieks|Liepniece Pudāns|Pudāne
    Rozenfelds Skābardis:Skābarža Šņore Treijs Upmanis:Upmaņa Vaivars Vecozols Žeimots Korņilovs Semjonovs Gerasimovs
    Ščerbakovs Latkovskis|Latkovska Kozlovskis|Kozlovska Strazds Lejiņš Miķelsons|Miķelsone Šulcs Plaudis:Plauža Keišs
    Dimants Bokums Ķirsis:Ķirša Auniņš Ūsiņš Grāvītis:Grāvīša Pavļučenko Bogdanovičs Jakubovskis|Jakubovska`
    .trim()
    .split(/\s+/),
  verify: `Ābolkalns Bišofs Blūms Brūvelis:Brūveļa Garančs Indāns|Indāne Irbītis:Irbīša Karps Purmals
    Smiltnieks|Smiltniece Stūrmanis:Stūrmaņa Sūna Dārziņš Kupčs Meiers Ošenieks|Ošeniece Pīlāgs Sprūds Sviķis:Sviķa
    Kazāks Dumpis:Dumpja Eihe Kancāns|Kancāne Lipsbergs Šusts Urbāns|Urbāne Viļums Abramovs Nikitins Podgornijs
    Rižovs Šapovalovs Titovs Ostrovskis|Ostrovska Belousovs Meldrājs Pūpols Baltiņš Ķeņģis:Ķeņģa Laizāns|Laizāne
    Naglis:Nagļa Riekstiņš Trubačs Zemītis:Zemīša`
    .trim()
    .split(/\s+/),
};

/** Double surnames, held-out only (feminine). */
export const DOUBLE_SURNAMES_F: string[] = ['Kalniņa-Ozola', 'Liepa-Bērziņa', 'Krastiņa-Vilka'];

export const OFFICIAL_NAMES: Record<Split, { m: string[]; f: string[]; surnames: string[] }> = {
  tune: {
    m: ['Aldis', 'Jurijs', 'Imants', 'Gints', 'Intars', 'Arnis'],
    f: ['Irēna', 'Solveiga', 'Vineta', 'Maruta', 'Gita', 'Ingūna'],
    surnames: [
      'Krauze',
      'Vītums',
      'Vītoliņš',
      'Rozītis:Rozīša',
      'Saulītis:Saulīša',
      'Kronbergs',
      'Zvaigzne',
      'Birkenfelds',
    ],
  },
  heldout: {
    m: ['Guntars', 'Aigars', 'Ilmārs', 'Modris', 'Zigmārs', 'Laimonis'],
    f: ['Astrīda', 'Dagnija', 'Ingrīda', 'Rasma', 'Lelde', 'Vizma'],
    surnames: [
      'Briņķis:Briņķa',
      'Dreimanis:Dreimaņa',
      'Sproģis:Sproģa',
      'Neilands',
      'Ķuze',
      'Grundmanis:Grundmaņa',
      'Freimanis:Freimaņa',
      'Rubenis:Rubeņa',
    ],
  },
  sealed: {
    m: ['Vilnis:Viļņa', 'Ervīns', 'Rolands', 'Vairis', 'Egīls', 'Oļegs'],
    f: ['Sanita', 'Antra', 'Dina', 'Ināra', 'Aelita', 'Ilvija'],
    surnames: [
      'Bērtulsons',
      'Krēsliņš',
      'Daugulis:Dauguļa',
      'Sīlis:Sīļa',
      'Timofejevs',
      'Eglājs',
      'Ulmanis:Ulmaņa',
      'Zīverts',
    ],
  },
  final: {
    m: ['Andis', 'Jāzeps', 'Agnis', 'Rinalds', 'Aldris', 'Kristers'],
    f: ['Daina', 'Rudīte', 'Zinta', 'Vēsma', 'Brigita', 'Anda'],
    surnames: [
      'Vilsons|Vilsone',
      'Grīnfelds',
      'Kursītis:Kursīša',
      'Legzdiņš',
      'Skrastiņš',
      'Laganovskis|Laganovska',
      'Ērglis:Ērgļa',
      'Spriņģis:Spriņģa',
    ],
  },
  blind: {
    m: ['Indriķis:Indriķa', 'Zigfrīds', 'Leonards', 'Mintauts', 'Tālivaldis:Tālivalža', 'Osvalds'],
    f: ['Aiga', 'Līvija', 'Mārīte', 'Sigita', 'Evita', 'Marita'],
    surnames: [
      'Cinītis:Cinīša',
      'Jurjāns',
      'Mežaraups',
      'Ruņģis:Ruņģa',
      'Vanadziņš',
      'Amoliņš',
      'Beķeris:Beķera',
      'Teteris:Tetera',
      'Brencis:Brenča',
      'Dūdiņš',
      'Gaujenieks|Gaujeniece',
      'Lūsēns',
      'Rudzāts',
      'Stabulnieks|Stabulniece',
      'Upmalis:Upmaļa',
      'Zommers',
    ],
  },
  audit: {
    m: ['Varis', 'Sigvards', 'Atis', 'Mairis', 'Armīns', 'Egmonts'],
    f: ['Ausma', 'Guna', 'Skaidra', 'Aldzīte', 'Mudīte', 'Sarma'],
    surnames: [
      'Ansons',
      'Bičevskis|Bičevska',
      'Caune',
      'Dravnieks|Dravniece',
      'Ēcis:Ēča',
      'Gobiņš',
      'Jaunsleinis:Jaunsleiņa',
      'Kolāts',
      'Lapsiņš',
      'Mūrnieks|Mūrniece',
      'Pērkons',
      'Rancāns|Rancāne',
      'Strautmanis:Strautmaņa',
      'Tīdemanis:Tīdemaņa',
      'Vējonis:Vējoņa',
      'Zeidmanis:Zeidmaņa',
    ],
  },
  probe: {
    m: ['Rimants', 'Arvils', 'Sigmunds', 'Konrāds', 'Fēlikss', 'Ringolds'],
    f: ['Ritma', 'Zigrīda', 'Judīte', 'Marlēna', 'Silva', 'Nadīna'],
    surnames: [
      'Bukšs',
      'Cimdiņš',
      'Dreijers',
      'Ēķis:Ēķa',
      'Grīviņš',
      'Kampars',
      'Neimanis:Neimaņa',
      'Pīrāgs',
      'Sējāns|Sējāne',
      'Veinbergs',
      'Ruskulis:Ruskuļa',
      'Birzulis:Birzuļa',
      'Vārpa',
      'Mazjānis:Mazjāņa',
      'Hāzners',
      'Tilgass',
    ],
  },
  exam: {
    m: ['Vidvuds', 'Ziedonis:Ziedoņa', 'Alvils', 'Druvis:Druvja', 'Alnis:Alņa', 'Raimo'],
    f: ['Laimdota', 'Līna', 'Indra', 'Aīda', 'Baņuta', 'Rota'],
    surnames: [
      'Kalnbērzs',
      'Brīvkalns',
      'Osis:Oša',
      'Mierkalns',
      'Saulgozis:Saulgoža',
      'Ķesteris:Ķestera',
      'Sedols',
      'Dzelzītis:Dzelzīša',
      'Pilsētnieks|Pilsētniece',
      'Gailums',
      'Stikāns|Stikāne',
      'Žagata',
      'Tērauds',
      'Lielmanis:Lielmaņa',
      'Bumbulis:Bumbuļa',
      'Čaklais|Čaklā',
    ],
  },
  verify: {
    m: ['Valfrīds', 'Mstislavs', 'Platons', 'Jurgis', 'Dāgs', 'Severīns'],
    f: ['Ulrika', 'Hedviga', 'Genovefa', 'Otīlija', 'Vilhelmīne', 'Mētra'],
    surnames: [
      'Priede',
      'Grāvis:Grāvja',
      'Ieleja',
      'Gorbunovs',
      'Davidovs',
      'Reinfelds',
      'Vējiņš',
      'Tīrums',
      'Kiršteins',
      'Mežgailis:Mežgaiļa',
      'Zujevs',
      'Ustinovs',
      'Sergejevs',
      'Rītiņš',
      'Pāže',
      'Čerņavskis|Čerņavska',
    ],
  },
};
