"""Demo stories of Jauniešu kustība „Atspēriens”: six fictional blog posts in four languages.

Data only: stories/demo.py reads ORGANISATION_KEY, AUTHORS and STORIES.
"""

ORGANISATION_KEY = "lv-youth-movement"

AUTHORS = [
    {
        "key": "lv-youth-movement-laura-kalnina",
        "name": "Laura Kalniņa",
        "photo": True,
        "role": {
            "et": "kogemusekspert",
            "fi": "kokemusasiantuntija",
            "lv": "pieredzes eksperte",
            "nb": "erfaringsekspert",
        },
    },
    {
        "key": "lv-youth-movement-zile",
        "name": "Zīle",
        "photo": False,
        "role": {
            "et": "kogemusekspert",
            "fi": "kokemusasiantuntija",
            "lv": "pieredzes eksperte",
            "nb": "erfaringsekspert",
        },
    },
    {
        "key": "lv-youth-movement-arturs-liepa",
        "name": "Artūrs Liepa",
        "photo": True,
        "role": {
            "et": "kogemusekspert ja koolitaja",
            "fi": "kokemusasiantuntija ja kouluttaja",
            "lv": "pieredzes eksperts un mācību vadītājs",
            "nb": "erfaringsekspert og kursleder",
        },
    },
    {
        "key": "lv-youth-movement-ilze-berzina",
        "name": "Ilze Bērziņa",
        "photo": False,
        "role": {
            "et": "liikumise koordinaator",
            "fi": "liikkeen koordinaattori",
            "lv": "kustības koordinatore",
            "nb": "koordinator i bevegelsen",
        },
    },
]

STORIES = [
    # 1 ------------------------------------------------------------------------------------------
    {
        "key": "lv-youth-movement-kas-ir-pieredzes-eksperts-jauniesu-vardiem",
        "slug": "kas-ir-pieredzes-eksperts-jauniesu-vardiem",
        "author": "lv-youth-movement-ilze-berzina",
        "date": "2025-02-18",
        "topics": ["topic-youth", "topic-peer-support"],
        "related": ["lv-youth-movement-devini-jauniesi-32-stundas"],
        "hero_colour": "#6b4a7a",
        "content": {
            "lv": {
                "title": "Kas ir pieredzes eksperts? Atbild mūsu jaunieši",
                "lead": "Kādā februāra vakarā lūdzām jauniešiem uz kartītēm uzrakstīt, ko viņiem nozīmē būt pieredzes ekspertam. Atbildes bija tik dažādas un patiesas, ka gribam ar tām dalīties.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Katru gadu februārī „Atspērienā” ir viens vakars, kurā nerunājam par plāniem, projektiem vai grafikiem. Sēžam aplī uz spilveniem, dzeram tēju un atgriežamies pie jautājuma, no kura viss sākās: ko vispār nozīmē būt pieredzes ekspertam? Šogad bijām divpadsmit – daži tikko pienākuši, citi kustībā jau trešo gadu.</p>"
                        "<p>Šoreiz nolēmām nesākt ar sarunu. Katrs saņēma trīs tukšas kartītes un desmit minūtes laika. Kartītes varēja parakstīt vai atstāt bez vārda. Pēc tam tās salikām uz grīdas un lasījām skaļi, nevienu nelabojot un nevērtējot.</p><p>Kāpēc kartītes? Ne visi jūtas droši, runājot aplī, īpaši jaunākie dalībnieki, kuriem ir tikai trīspadsmit vai četrpadsmit gadi. Rakstot var padomāt ilgāk, izsvītrot un sākt no jauna. Un anonīma kartīte dažreiz pasaka to, ko skaļi neviens neuzdrošinātos teikt. Jau iepriekš norunājām, ka neviens nejautās, kurš ko uzrakstījis, un ka pēc tam katrs varēs savu kartīti paņemt atpakaļ, ja pārdomās.</p>",
                    ],
                    ["heading", {"text": "Ko jaunieši uzrakstīja", "anchor": ""}],
                    [
                        "text",
                        "<p>Daudzas domas atkārtojās, bet katrai bija sava nokrāsa. Šeit dažas no tām – ar autoru atļauju un viņu pašu vārdiem:</p>"
                        "<ul>"
                        "<li>„Tas ir cilvēks, kurš atceras, cik smagi bija, bet vairs nedzīvo tajā smagumā.”</li>"
                        "<li>„Kāds, kurš nesaka, ka zina, kā tev ir, bet vienkārši pajautā.”</li>"
                        "<li>„Cilvēks, kuram nav jābūt perfektam, lai būtu noderīgs.”</li>"
                        "<li>„Tas, kurš pirmais atver durvis, lai citiem nebūtu jāklauvē vieniem.”</li>"
                        "<li>„Draugs, kurš pats reiz apmaldījās un tāpēc zina, kur ir izeja.”</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Ilgi domāju, ka mans stāsts ir tikai mans kauns. Kartītē uzrakstīju, ka pieredzes eksperts ir cilvēks, kurš savu kaunu ir pārvērtis par karti citiem. Kad to nolasīja skaļi, sapratu, ka esmu rakstījusi par sevi.",
                            "who": "Keita",
                            "role": "16 gadi, kustībā pirmo gadu",
                        },
                    ],
                    ["heading", {"text": "Ko mēs no tā mācāmies", "anchor": ""}],
                    [
                        "text",
                        "<p>Pēc lasīšanas runājām par to, kas šīm atbildēm ir kopīgs. Gandrīz neviens nerakstīja par padomiem vai pareizām atbildēm. Daudz biežāk parādījās vārdi „blakus”, „klausīties” un „nebaidīties”. Šķiet, ka jauniešiem pieredzes eksperts vispirms ir klātbūtne un tikai pēc tam zināšanas.</p>"
                        "<p>Bija arī kritiskas kartītes. Viens dalībnieks uzrakstīja, ka negrib, lai viņu sauc par ekspertu, jo pats vēl tikai mācās dzīvot. No tā izvērtās garākā vakara saruna. Kopā secinājām, ka pieredzes eksperts nav gala punkts un ka atveseļošanās turpinās arī tad, kad esi sācis palīdzēt citiem. Tieši tāpēc mums ir svarīgs individuālais atbalsts un pārrunas pēc katra uzdevuma.</p><p>Vēl viena atziņa bija par vārdu „eksperts”. Vairākiem jauniešiem tas šķita pārāk liels un svinīgs. Kāds ierosināja runāt par „pieredzes biedru” vai „ceļabiedru”. Nosaukumu mēs nemainījām, jo tas palīdz pieaugušajiem saprast, ka jauniešu pieredze ir zināšanas, ko var izmantot. Taču savā starpā mēs biežāk sakām vienkārši – tie, kas šo ceļu jau ir gājuši.</p>"
                        "<p>Kartītes tagad karājas pie sienas mūsu telpās Jelgavā. Kad kāds jauns dalībnieks jautā, ar ko mēs te nodarbojamies, mēs vienkārši parādām uz sienu un iedodam viņam tukšu kartīti.</p>",
                    ],
                ],
            },
            "et": {
                "title": "Mis on kogemusekspert? Vastavad meie noored",
                "lead": "Ühel veebruariõhtul palusime noortel kirjutada kaartidele, mida tähendab nende jaoks olla kogemusekspert. Vastused olid nii erinevad ja siirad, et tahame neid teiega jagada.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Igal aastal veebruaris on Atspēriensis üks õhtu, mil me ei räägi plaanidest, projektidest ega ajakavadest. Istume ringis patjadel, joome teed ja pöördume tagasi küsimuse juurde, millest kõik alguse sai: mida üldse tähendab olla kogemusekspert? Tänavu oli meid kaksteist – mõned alles äsja liitunud, teised juba kolmandat aastat liikumises.</p>"
                        "<p>Seekord otsustasime mitte alustada vestlusega. Igaüks sai kolm tühja kaarti ja kümme minutit aega. Kaardid võis allkirjastada või jätta nimetuks. Seejärel laotasime need põrandale ja lugesime ette, kedagi parandamata ega hindamata.</p><p>Miks kaardid? Kõik ei tunne end ringis rääkides turvaliselt, eriti nooremad osalejad, kes on alles kolmteist- või neliteistaastased. Kirjutades saab kauem mõelda, maha tõmmata ja otsast alustada. Ja nimetu kaart ütleb mõnikord välja selle, mida keegi ei julgeks valjusti öelda. Leppisime juba eelnevalt kokku, et keegi ei küsi, kes mida kirjutas, ja et pärast võib igaüks oma kaardi tagasi võtta, kui ta meelt muudab.</p>",
                    ],
                    ["heading", {"text": "Mida noored kirjutasid", "anchor": ""}],
                    [
                        "text",
                        "<p>Paljud mõtted kordusid, kuid igal neist oli oma varjund. Siin on mõned neist – autorite loal ja nende endi sõnadega:</p>"
                        "<ul>"
                        "<li>„See on inimene, kes mäletab, kui raske oli, kuid ei ela enam selles raskuses.“</li>"
                        "<li>„Keegi, kes ei ütle, et teab, kuidas sul on, vaid lihtsalt küsib.“</li>"
                        "<li>„Inimene, kes ei pea olema täiuslik, et olla kasulik.“</li>"
                        "<li>„See, kes avab esimesena ukse, et teised ei peaks üksi koputama.“</li>"
                        "<li>„Sõber, kes on ise kunagi ära eksinud ja teab seepärast, kus on väljapääs.“</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Pikka aega arvasin, et minu lugu on ainult minu häbi. Kirjutasin kaardile, et kogemusekspert on inimene, kes on oma häbist teinud teistele kaardi. Kui seda valjusti ette loeti, sain aru, et olin kirjutanud iseendast.",
                            "who": "Keita",
                            "role": "16-aastane, esimest aastat liikumises",
                        },
                    ],
                    ["heading", {"text": "Mida me sellest õpime", "anchor": ""}],
                    [
                        "text",
                        "<p>Pärast lugemist rääkisime sellest, mis neid vastuseid ühendab. Peaaegu keegi ei kirjutanud nõuannetest ega õigetest vastustest. Palju sagedamini esinesid sõnad „kõrval“, „kuulama“ ja „mitte kartma“. Paistab, et noorte jaoks tähendab kogemusekspert eelkõige kohalolu ja alles seejärel teadmisi.</p>"
                        "<p>Oli ka kriitilisi kaarte. Üks osaleja kirjutas, et ta ei taha, et teda eksperdiks nimetataks, sest ta alles õpib ise elama. Sellest kasvas välja õhtu pikim vestlus. Jõudsime koos järeldusele, et kogemusekspert ei ole lõpp-punkt ja et taastumine jätkub ka siis, kui oled hakanud teisi aitama. Just seepärast on meile olulised individuaalne tugi ja vestlus pärast iga ülesannet.</p><p>Teine tähelepanek puudutas sõna „ekspert“. Mitmele noorele tundus see liiga suur ja pidulik. Keegi pakkus, et võiksime rääkida hoopis „kogemuskaaslasest“ või „teekaaslasest“. Nimetust me ei muutnud, sest see aitab täiskasvanutel mõista, et noorte kogemus on teadmine, mida saab kasutada. Omavahel ütleme aga sagedamini lihtsalt – need, kes on selle tee juba käinud.</p>"
                        "<p>Kaardid ripuvad nüüd meie ruumide seinal Jelgavas. Kui mõni uus osaleja küsib, millega me siin tegeleme, näitame lihtsalt seinale ja ulatame talle tühja kaardi.</p>",
                    ],
                ],
            },
            "fi": {
                "title": "Mikä on kokemusasiantuntija? Nuoremme vastaavat",
                "lead": "Eräänä helmikuun iltana pyysimme nuoria kirjoittamaan korteille, mitä kokemusasiantuntijana oleminen heille tarkoittaa. Vastaukset olivat niin erilaisia ja aitoja, että haluamme jakaa ne.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Joka vuosi helmikuussa Atspēriensissä on yksi ilta, jona emme puhu suunnitelmista, hankkeista emmekä aikatauluista. Istumme piirissä tyynyjen päällä, juomme teetä ja palaamme kysymykseen, josta kaikki alkoi: mitä kokemusasiantuntijana oleminen oikeastaan tarkoittaa? Tänä vuonna meitä oli kaksitoista – osa vasta mukaan tulleita, osa jo kolmatta vuotta liikkeessä.</p>"
                        "<p>Tällä kertaa päätimme olla aloittamatta keskustelulla. Jokainen sai kolme tyhjää korttia ja kymmenen minuuttia aikaa. Kortit sai allekirjoittaa tai jättää nimettömiksi. Sen jälkeen levitimme ne lattialle ja luimme ääneen ketään korjaamatta tai arvostelematta.</p><p>Miksi kortit? Kaikki eivät tunne oloaan turvalliseksi puhuessaan piirissä, etenkään nuorimmat osallistujat, jotka ovat vasta kolmen- tai neljäntoista. Kirjoittaessa voi miettiä pidempään, vetää yli ja aloittaa alusta. Ja nimetön kortti sanoo joskus sen, mitä kukaan ei uskaltaisi sanoa ääneen. Sovimme etukäteen, ettei kukaan kysy, kuka kirjoitti mitäkin, ja että jokainen saa jälkeenpäin ottaa korttinsa takaisin, jos muuttaa mielensä.</p>",
                    ],
                    ["heading", {"text": "Mitä nuoret kirjoittivat", "anchor": ""}],
                    [
                        "text",
                        "<p>Monet ajatukset toistuivat, mutta jokaisella oli oma sävynsä. Tässä muutama niistä – kirjoittajien luvalla ja heidän omin sanoin:</p>"
                        "<ul>"
                        "<li>”Se on ihminen, joka muistaa, kuinka raskasta oli, mutta ei enää elä sen raskauden keskellä.”</li>"
                        "<li>”Joku, joka ei sano tietävänsä, miltä sinusta tuntuu, vaan yksinkertaisesti kysyy.”</li>"
                        "<li>”Ihminen, jonka ei tarvitse olla täydellinen ollakseen hyödyksi.”</li>"
                        "<li>”Se, joka avaa oven ensimmäisenä, jotta muiden ei tarvitse koputtaa yksin.”</li>"
                        "<li>”Ystävä, joka on itse joskus eksynyt ja tietää siksi, missä uloskäynti on.”</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Ajattelin pitkään, että tarinani on pelkkää häpeääni. Kirjoitin korttiin, että kokemusasiantuntija on ihminen, joka on tehnyt häpeästään kartan muille. Kun se luettiin ääneen, tajusin kirjoittaneeni itsestäni.",
                            "who": "Keita",
                            "role": "16 vuotta, ensimmäistä vuotta mukana",
                        },
                    ],
                    ["heading", {"text": "Mitä opimme tästä", "anchor": ""}],
                    [
                        "text",
                        "<p>Lukemisen jälkeen puhuimme siitä, mikä vastauksia yhdistää. Melkein kukaan ei kirjoittanut neuvoista tai oikeista vastauksista. Paljon useammin toistuivat sanat ”vierellä”, ”kuunnella” ja ”ei pelätä”. Nuorille kokemusasiantuntija näyttää tarkoittavan ennen kaikkea läsnäoloa ja vasta sitten tietoa.</p>"
                        "<p>Joukossa oli myös kriittisiä kortteja. Yksi osallistuja kirjoitti, ettei halua tulla kutsutuksi asiantuntijaksi, koska opettelee itsekin vasta elämään. Siitä syntyi illan pisin keskustelu. Päädyimme yhdessä siihen, että kokemusasiantuntijuus ei ole päätepiste ja että toipuminen jatkuu silloinkin, kun on alkanut auttaa muita. Juuri siksi meille ovat tärkeitä yksilöllinen tuki ja purkukeskustelu jokaisen tehtävän jälkeen.</p><p>Toinen havainto koski sanaa ”asiantuntija”. Monen nuoren mielestä se kuulosti liian isolta ja juhlalliselta. Joku ehdotti, että puhuisimme mieluummin ”kokemuskaverista” tai ”matkakumppanista”. Nimitystä emme muuttaneet, koska se auttaa aikuisia ymmärtämään, että nuorten kokemus on tietoa, jota voi käyttää. Keskenämme sanomme kuitenkin useammin yksinkertaisesti: ne, jotka ovat jo kulkeneet tämän tien.</p>"
                        "<p>Kortit roikkuvat nyt tilojemme seinällä Jelgavassa. Kun joku uusi osallistuja kysyy, mitä täällä oikein tehdään, osoitamme vain seinää ja ojennamme hänelle tyhjän kortin.</p>",
                    ],
                ],
            },
            "nb": {
                "title": "Hva er en erfaringsekspert? Ungdommene våre svarer",
                "lead": "En kveld i februar ba vi ungdommene skrive på kort hva det betyr for dem å være erfaringsekspert. Svarene var så ulike og ærlige at vi vil dele dem.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Hvert år i februar har vi i Atspēriens en kveld der vi ikke snakker om planer, prosjekter eller timeplaner. Vi sitter i ring på puter, drikker te og vender tilbake til spørsmålet der alt begynte: Hva betyr det egentlig å være erfaringsekspert? I år var vi tolv – noen helt nye, andre på sitt tredje år i bevegelsen.</p>"
                        "<p>Denne gangen bestemte vi oss for ikke å begynne med en samtale. Alle fikk tre tomme kort og ti minutter. Kortene kunne signeres eller være uten navn. Etterpå la vi dem utover gulvet og leste dem høyt, uten å rette på eller vurdere noen.</p><p>Hvorfor kort? Ikke alle føler seg trygge når de skal snakke i ring, særlig ikke de yngste deltakerne, som bare er tretten eller fjorten år. Når man skriver, kan man tenke seg lenger om, stryke ut og begynne på nytt. Og et kort uten navn sier noen ganger det ingen ville våget å si høyt. Vi avtalte på forhånd at ingen skulle spørre hvem som hadde skrevet hva, og at alle etterpå kunne ta tilbake kortet sitt hvis de ombestemte seg.</p>",
                    ],
                    ["heading", {"text": "Hva ungdommene skrev", "anchor": ""}],
                    [
                        "text",
                        "<p>Mange av tankene gikk igjen, men hver hadde sin egen farge. Her er noen av dem – med forfatternes tillatelse og med deres egne ord:</p>"
                        "<ul>"
                        "<li>«Det er en som husker hvor tungt det var, men som ikke lever i det tunge lenger.»</li>"
                        "<li>«En som ikke påstår å vite hvordan du har det, men som bare spør.»</li>"
                        "<li>«Et menneske som ikke må være perfekt for å være til nytte.»</li>"
                        "<li>«Den som åpner døra først, så de andre slipper å banke på alene.»</li>"
                        "<li>«En venn som selv har gått seg vill en gang, og som derfor vet hvor utgangen er.»</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Lenge trodde jeg at historien min bare var min skam. På kortet skrev jeg at en erfaringsekspert er en som har gjort skammen sin om til et kart for andre. Da det ble lest høyt, skjønte jeg at jeg hadde skrevet om meg selv.",
                            "who": "Keita",
                            "role": "16 år, første år i bevegelsen",
                        },
                    ],
                    ["heading", {"text": "Hva vi lærer av dette", "anchor": ""}],
                    [
                        "text",
                        "<p>Etter opplesningen snakket vi om hva svarene hadde til felles. Nesten ingen skrev om råd eller riktige svar. Mye oftere dukket ordene «ved siden av», «lytte» og «ikke være redd» opp. For ungdommene ser en erfaringsekspert ut til først og fremst å handle om å være til stede, og først deretter om kunnskap.</p>"
                        "<p>Det kom også kritiske kort. En deltaker skrev at han ikke ville kalles ekspert, fordi han selv fortsatt holder på å lære å leve. Det ble kveldens lengste samtale. Sammen kom vi fram til at det å være erfaringsekspert ikke er et endepunkt, og at bedringen fortsetter også når man har begynt å hjelpe andre. Nettopp derfor er individuell støtte og en samtale etter hvert oppdrag så viktig for oss.</p><p>En annen innsikt handlet om ordet «ekspert». Flere av ungdommene syntes det var for stort og høytidelig. Noen foreslo at vi heller kunne si «erfaringsvenn» eller «veivenn». Vi beholdt navnet, fordi det hjelper voksne å forstå at de unges erfaring er kunnskap som kan brukes. Men oss imellom sier vi oftere bare: de som allerede har gått denne veien.</p>"
                        "<p>Kortene henger nå på veggen i lokalene våre i Jelgava. Når en ny deltaker spør hva vi egentlig driver med her, peker vi bare på veggen og gir vedkommende et tomt kort.</p>",
                    ],
                ],
            },
        },
    },
    # 2 ------------------------------------------------------------------------------------------
    {
        "key": "lv-youth-movement-mans-pirmais-uzdevums-konference",
        "slug": "mans-pirmais-uzdevums-konference",
        "author": "lv-youth-movement-laura-kalnina",
        "date": "2025-04-03",
        "topics": ["topic-services", "topic-youth"],
        "related": ["lv-youth-movement-pari-ar-socialo-darbinieci"],
        "hero_colour": "#4f6d7a",
        "content": {
            "lv": {
                "title": "Mans pirmais uzdevums: piecpadsmit minūtes zālē ar simt speciālistiem",
                "lead": "Pirmo reizi savu stāstu par dzīvi pēc bērnunama stāstīju konferencē sociālo dienestu un bāriņtiesu darbiniekiem. Par to, kā gatavojos, kas nogāja greizi un ko no tā iemācījos.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Kad koordinatore Ilze man piedāvāja uzstāties konferencē par jauniešiem, kuri pamet ārpusģimenes aprūpi, es vispirms atteicos. Tad piekritu. Tad divas naktis slikti gulēju. Man bija jārunā piecpadsmit minūtes, un zālē būtu ap simt cilvēku – sociālie darbinieki, bāriņtiesu pārstāvji, audžuģimeņu atbalsta centru speciālisti. Tieši tādi cilvēki, kuru rokās savulaik bija mana dzīve.</p>"
                        "<p>Ar Ilzi tikāmies trīs reizes, lai sagatavotos. Mēs nerakstījām runu, bet izvēlējāmies, ko stāstīšu un ko ne. Tā bija pirmā lieta, ko iemācījos: savu stāstu veidoju es pati, un man nav jāatdod viss.</p><p>Nolēmām, ka runāšu par pirmo gadu pēc astoņpadsmitās dzimšanas dienas: par dzīvokli pilsētas nomalē, par rēķiniem, ko nesapratu, un par cilvēkiem, kuri palīdzēja. Par bērnību bērnunamā izvēlējos teikt tikai dažus teikumus. Ne tāpēc, ka tas būtu noslēpums, bet tāpēc, ka konferencē gribēju runāt par to, ko speciālisti var mainīt jau rīt.</p>",
                    ],
                    ["heading", {"text": "Kā es gatavojos", "anchor": ""}],
                    [
                        "text",
                        "<p>Gatavojoties es sev uzdevu dažus jautājumus. Tagad tos iesaku katram, kurš gatavojas savam pirmajam uzdevumam:</p>"
                        "<ul>"
                        "<li>Ko es gribu, lai klausītāji paņem līdzi, izejot no zāles?</li>"
                        "<li>Kuras mana stāsta daļas vēl ir pārāk svaigas, lai tās stāstītu svešiem cilvēkiem?</li>"
                        "<li>Ko es darīšu, ja balss sāks trīcēt vai aizmirsīšu, ko gribēju teikt?</li>"
                        "<li>Kurš pēc uzstāšanās būs blakus, lai izrunātu piedzīvoto?</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Šajā darbā esmu divdesmit gadus, bet nekad nebiju iedomājusies, kā izskatās pirmā ziema pēc astoņpadsmitās dzimšanas dienas. Pirmdien sākšu ar to, ka piezvanīšu saviem jauniešiem.",
                            "who": "Gunta",
                            "role": "sociālā darbiniece, konferences dalībniece",
                        },
                    ],
                    ["heading", {"text": "Kas nogāja greizi – un kas izdevās", "anchor": ""}],
                    [
                        "text",
                        "<p>Runas vidū aizmirsu, ko gribēju teikt tālāk. Stāvēju klusumā varbūt piecas sekundes, kas man šķita kā minūte. Tad paskatījos uz Ilzi pirmajā rindā, viņa pamāja, un es vienkārši pateicu: „Atvainojiet, es uztraucos.” Zālē kāds sāka aplaudēt, un pēkšņi kļuva vieglāk.</p>"
                        "<p>Pēc uzstāšanās pie manis pienāca vairāki cilvēki. Viena sociālā darbiniece jautāja, ko viņa varēja darīt citādi ar savu jaunieti, kurš nesen pazuda no redzesloka. Es nezināju pareizo atbildi, bet mēs runājām pusstundu. Tobrīd sapratu, ka pieredzes eksperta uzdevums nav dot gatavas receptes. Mans uzdevums ir parādīt, kā lietas izskatās no otras galda puses.</p><p>Vēlāk uzzināju, ka vairākās pašvaldībās pēc konferences pārrunāja, kā palīdzēt jauniešiem pirmajos mēnešos pēc pārcelšanās uz savu dzīvokli. Varbūt tā ir sakritība, un Ilze smejoties atgādināja, ka šādas pārmaiņas parasti notiek lēnāk, nekā mēs gribētu. Tomēr man patīk domāt, ka arī manām piecpadsmit minūtēm tur bija sava daļa.</p>"
                        "<p>Vakarā ar Ilzi izrunājām visu dienu – arī to, kas bija grūti. Šī saruna man bija tikpat svarīga kā pati uzstāšanās. Nākamajā reizē es jau zināju, ka klusums zālē nav katastrofa, bet gan elpas vilciens.</p>",
                    ],
                ],
            },
            "et": {
                "title": "Minu esimene ülesanne: viisteist minutit saalis saja spetsialisti ees",
                "lead": "Esimest korda rääkisin oma lugu elust pärast lastekodu konverentsil sotsiaal- ja lastekaitsetöötajatele. Sellest, kuidas valmistusin, mis läks viltu ja mida sellest õppisin.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Kui koordinaator Ilze pakkus mulle võimalust esineda konverentsil, mis käsitles asendushoolduselt lahkuvaid noori, keeldusin ma kõigepealt. Siis nõustusin. Siis magasin kaks ööd halvasti. Pidin rääkima viisteist minutit ja saalis pidi olema umbes sada inimest – sotsiaaltöötajad, lastekaitsetöötajad, perehooldust toetavate keskuste spetsialistid. Just sellised inimesed, kelle kätes oli kunagi minu elu.</p>"
                        "<p>Ilzega kohtusime ettevalmistuseks kolm korda. Me ei kirjutanud kõnet, vaid valisime, mida ma räägin ja mida mitte. See oli esimene asi, mida õppisin: oma lugu kujundan ma ise ja ma ei pea kõike ära andma.</p><p>Otsustasime, et räägin esimesest aastast pärast kaheksateistkümnendat sünnipäeva: korterist linna ääres, arvetest, millest ma aru ei saanud, ja inimestest, kes aitasid. Lapsepõlvest lastekodus otsustasin öelda vaid mõne lause. Mitte sellepärast, et see oleks saladus, vaid sellepärast, et konverentsil tahtsin rääkida sellest, mida spetsialistid saavad muuta juba homme.</p>",
                    ],
                    ["heading", {"text": "Kuidas ma valmistusin", "anchor": ""}],
                    [
                        "text",
                        "<p>Valmistudes esitasin endale mõned küsimused. Nüüd soovitan neid igaühele, kes valmistub oma esimeseks ülesandeks:</p>"
                        "<ul>"
                        "<li>Mida ma tahan, et kuulajad saalist lahkudes endaga kaasa võtaksid?</li>"
                        "<li>Millised minu loo osad on veel liiga värsked, et neid võõrastele rääkida?</li>"
                        "<li>Mida ma teen, kui hääl hakkab värisema või ma unustan, mida tahtsin öelda?</li>"
                        "<li>Kes on pärast esinemist minu kõrval, et kogetu läbi rääkida?</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Olen selles töös olnud kakskümmend aastat, kuid ma polnud kunagi mõelnud, milline näeb välja esimene talv pärast kaheksateistkümnendat sünnipäeva. Esmaspäeval alustan sellest, et helistan oma noortele.",
                            "who": "Gunta",
                            "role": "sotsiaaltöötaja, konverentsil osaleja",
                        },
                    ],
                    ["heading", {"text": "Mis läks viltu – ja mis õnnestus", "anchor": ""}],
                    [
                        "text",
                        "<p>Kõne keskel unustasin, mida tahtsin edasi öelda. Seisin vaikuses võib-olla viis sekundit, mis tundusid mulle nagu minut. Siis vaatasin esimeses reas istuvat Ilzet, ta noogutas ja ma ütlesin lihtsalt: „Vabandage, ma olen närvis.“ Keegi saalis hakkas plaksutama ja äkki läks kergemaks.</p>"
                        "<p>Pärast esinemist tuli minu juurde mitu inimest. Üks sotsiaaltöötaja küsis, mida ta oleks võinud teisiti teha oma noorega, kes oli hiljuti silmist kadunud. Ma ei teadnud õiget vastust, kuid rääkisime pool tundi. Siis mõistsin, et kogemuseksperdi ülesanne ei ole jagada valmis retsepte. Minu ülesanne on näidata, kuidas asjad paistavad laua teiselt poolt.</p><p>Hiljem sain teada, et mitmes omavalitsuses arutati pärast konverentsi, kuidas aidata noori esimestel kuudel pärast oma korterisse kolimist. Võib-olla on see juhus ja Ilze tuletas naerdes meelde, et sellised muutused toimuvad tavaliselt aeglasemalt, kui me tahaksime. Siiski meeldib mulle mõelda, et ka minu viieteistkümnel minutil oli selles oma osa.</p>"
                        "<p>Õhtul arutasime Ilzega kogu päeva läbi – ka seda, mis oli raske. See vestlus oli minu jaoks sama tähtis kui esinemine ise. Järgmisel korral teadsin juba, et vaikus saalis ei ole katastroof, vaid hingetõmme.</p>",
                    ],
                ],
            },
            "fi": {
                "title": "Ensimmäinen tehtäväni: viisitoista minuuttia sadan ammattilaisen edessä",
                "lead": "Kerroin tarinani elämästä lastenkodin jälkeen ensimmäistä kertaa konferenssissa sosiaalitoimen ja lastensuojelun työntekijöille. Kirjoitan siitä, miten valmistauduin, mikä meni pieleen ja mitä opin.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Kun koordinaattori Ilze ehdotti, että puhuisin konferenssissa sijaishuollosta itsenäistyvistä nuorista, kieltäydyin ensin. Sitten suostuin. Sitten nukuin kaksi yötä huonosti. Minulla olisi viisitoista minuuttia puheaikaa, ja salissa olisi noin sata ihmistä – sosiaalityöntekijöitä, lastensuojelun edustajia, perhehoidon tukikeskusten asiantuntijoita. Juuri sellaisia ihmisiä, joiden käsissä elämäni oli aikoinaan ollut.</p>"
                        "<p>Tapasimme Ilzen kanssa kolme kertaa valmistautuaksemme. Emme kirjoittaneet puhetta, vaan valitsimme, mitä kerron ja mitä en. Se oli ensimmäinen asia, jonka opin: tarinani muokkaan minä itse, eikä minun tarvitse antaa siitä kaikkea.</p><p>Päätimme, että kerron ensimmäisestä vuodesta kahdeksantoista täyttämisen jälkeen: asunnosta kaupungin laidalla, laskuista, joita en ymmärtänyt, ja ihmisistä, jotka auttoivat. Lapsuudestani lastenkodissa päätin sanoa vain muutaman lauseen. En siksi, että se olisi salaisuus, vaan koska halusin konferenssissa puhua siitä, mitä ammattilaiset voivat muuttaa jo huomenna.</p>",
                    ],
                    ["heading", {"text": "Miten valmistauduin", "anchor": ""}],
                    [
                        "text",
                        "<p>Valmistautuessani esitin itselleni muutaman kysymyksen. Nyt suosittelen niitä jokaiselle, joka valmistautuu ensimmäiseen tehtäväänsä:</p>"
                        "<ul>"
                        "<li>Mitä haluan kuulijoiden vievän mukanaan, kun he lähtevät salista?</li>"
                        "<li>Mitkä tarinani osat ovat vielä liian tuoreita kerrottaviksi vieraille ihmisille?</li>"
                        "<li>Mitä teen, jos ääneni alkaa täristä tai unohdan, mitä aioin sanoa?</li>"
                        "<li>Kuka on vierelläni esiintymisen jälkeen, jotta voin purkaa kokemani?</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Olen tehnyt tätä työtä kaksikymmentä vuotta, mutta en ollut koskaan ajatellut, miltä ensimmäinen talvi kahdeksantenatoista syntymäpäivän jälkeen näyttää. Maanantaina aloitan soittamalla omille nuorilleni.",
                            "who": "Gunta",
                            "role": "sosiaalityöntekijä, konferenssin osallistuja",
                        },
                    ],
                    ["heading", {"text": "Mikä meni pieleen – ja mikä onnistui", "anchor": ""}],
                    [
                        "text",
                        "<p>Puheen puolivälissä unohdin, mitä aioin sanoa seuraavaksi. Seisoin hiljaa ehkä viisi sekuntia, jotka tuntuivat minuutilta. Sitten katsoin eturivissä istuvaa Ilzeä, hän nyökkäsi, ja sanoin yksinkertaisesti: ”Anteeksi, minua jännittää.” Joku salissa alkoi taputtaa, ja yhtäkkiä oli helpompaa.</p>"
                        "<p>Esityksen jälkeen luokseni tuli useita ihmisiä. Eräs sosiaalityöntekijä kysyi, mitä hän olisi voinut tehdä toisin nuoren kanssa, joka oli hiljattain kadonnut näköpiiristä. En tiennyt oikeaa vastausta, mutta puhuimme puoli tuntia. Silloin ymmärsin, ettei kokemusasiantuntijan tehtävä ole jakaa valmiita reseptejä. Minun tehtäväni on näyttää, miltä asiat näyttävät pöydän toiselta puolelta.</p><p>Myöhemmin kuulin, että useassa kunnassa keskusteltiin konferenssin jälkeen siitä, miten nuoria voisi tukea ensimmäisinä kuukausina omaan asuntoon muuton jälkeen. Ehkä se on sattumaa, ja Ilze muistutti nauraen, että tällaiset muutokset tapahtuvat yleensä hitaammin kuin toivoisimme. Haluan silti ajatella, että myös minun viidellätoista minuutillani oli siinä osansa.</p>"
                        "<p>Illalla kävimme Ilzen kanssa koko päivän läpi – myös sen, mikä oli vaikeaa. Tämä keskustelu oli minulle yhtä tärkeä kuin itse esiintyminen. Seuraavalla kerralla tiesin jo, ettei hiljaisuus salissa ole katastrofi vaan hengähdystauko.</p>",
                    ],
                ],
            },
            "nb": {
                "title": "Mitt første oppdrag: femten minutter foran hundre fagfolk",
                "lead": "Første gang jeg fortalte historien min om livet etter barnehjemmet, var på en konferanse for ansatte i sosialtjenesten og barnevernet. Her skriver jeg om hvordan jeg forberedte meg, hva som gikk galt, og hva jeg lærte.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Da koordinator Ilze spurte om jeg ville snakke på en konferanse om unge som flytter ut fra barnevernet, sa jeg først nei. Så sa jeg ja. Så sov jeg dårlig i to netter. Jeg skulle snakke i femten minutter, og i salen ville det sitte rundt hundre mennesker – sosialarbeidere, ansatte i barnevernet og fagfolk fra sentre som støtter fosterfamilier. Akkurat den typen mennesker som en gang hadde hatt livet mitt i hendene sine.</p>"
                        "<p>Ilze og jeg møttes tre ganger for å forberede oss. Vi skrev ingen tale, men valgte ut hva jeg skulle fortelle og hva jeg skulle holde for meg selv. Det var det første jeg lærte: Historien min former jeg selv, og jeg trenger ikke gi bort alt.</p><p>Vi bestemte at jeg skulle snakke om det første året etter attenårsdagen: om leiligheten i utkanten av byen, om regningene jeg ikke forsto, og om menneskene som hjalp meg. Om barndommen på barnehjemmet valgte jeg å si bare noen få setninger. Ikke fordi det er en hemmelighet, men fordi jeg på konferansen ville snakke om det fagfolk kan endre allerede i morgen.</p>",
                    ],
                    ["heading", {"text": "Hvordan jeg forberedte meg", "anchor": ""}],
                    [
                        "text",
                        "<p>Mens jeg forberedte meg, stilte jeg meg selv noen spørsmål. Nå anbefaler jeg dem til alle som gjør seg klare til sitt første oppdrag:</p>"
                        "<ul>"
                        "<li>Hva vil jeg at tilhørerne skal ta med seg når de går ut av salen?</li>"
                        "<li>Hvilke deler av historien min er fortsatt for ferske til å fortelle fremmede?</li>"
                        "<li>Hva gjør jeg hvis stemmen begynner å skjelve, eller jeg glemmer hva jeg skulle si?</li>"
                        "<li>Hvem er sammen med meg etterpå, så jeg kan snakke gjennom det jeg har opplevd?</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Jeg har jobbet med dette i tjue år, men jeg hadde aldri tenkt over hvordan den første vinteren etter attenårsdagen ser ut. På mandag begynner jeg med å ringe ungdommene mine.",
                            "who": "Gunta",
                            "role": "sosialarbeider, deltaker på konferansen",
                        },
                    ],
                    ["heading", {"text": "Hva som gikk galt – og hva som gikk bra", "anchor": ""}],
                    [
                        "text",
                        "<p>Midt i talen glemte jeg hva jeg skulle si videre. Jeg sto stille i kanskje fem sekunder, som føltes som et minutt. Så så jeg på Ilze på første rad, hun nikket, og jeg sa rett og slett: «Unnskyld, jeg er nervøs.» Noen i salen begynte å klappe, og plutselig ble det lettere.</p>"
                        "<p>Etterpå kom flere bort til meg. En sosialarbeider spurte hva hun kunne ha gjort annerledes med en ungdom som nylig hadde forsvunnet ut av syne. Jeg visste ikke det riktige svaret, men vi snakket i en halvtime. Da forsto jeg at en erfaringsekspert ikke er der for å dele ut ferdige oppskrifter. Min oppgave er å vise hvordan ting ser ut fra den andre siden av bordet.</p><p>Senere fikk jeg høre at flere kommuner etter konferansen hadde diskutert hvordan de kan hjelpe unge de første månedene etter at de har flyttet inn i egen leilighet. Kanskje er det en tilfeldighet, og Ilze minnet meg leende på at slike endringer som regel skjer langsommere enn vi skulle ønske. Likevel liker jeg å tenke at mine femten minutter også hadde sin del i det.</p>"
                        "<p>Om kvelden gikk Ilze og jeg gjennom hele dagen – også det som hadde vært vanskelig. Den samtalen var like viktig for meg som selve innlegget. Neste gang visste jeg allerede at stillhet i salen ikke er en katastrofe, bare et åndedrag.</p>",
                    ],
                ],
            },
        },
    },
    # 3 ------------------------------------------------------------------------------------------
    {
        "key": "lv-youth-movement-vakara-sarunas-tiessaiste",
        "slug": "vakara-sarunas-tiessaiste",
        "author": "lv-youth-movement-zile",
        "date": "2025-10-21",
        "topics": ["topic-peer-support", "topic-recovery"],
        "related": ["lv-youth-movement-kas-ir-pieredzes-eksperts-jauniesu-vardiem"],
        "hero_colour": "#5b5f86",
        "content": {
            "lv": {
                "title": "Ko iemācījos, vakaros sarunājoties ar vienaudžiem tiešsaistē",
                "lead": "Jau otro gadu dažus vakarus nedēļā atbildu jauniešiem, kuri raksta „Atspēriena” tiešsaistes sarunu telpā. Pierakstīju, ko šajā laikā esmu sapratusi par klausīšanos, robežām un cerību.",
                "content_notes": "Stāstā ir runa par ilgstošu garīgās veselības krīzi un izolēšanos.",
                "body": [
                    [
                        "text",
                        "<p>Kad pirms dažiem gadiem pati sēdēju savā istabā un mēnešiem neatbildēju uz ziņām, man šķita, ka neviens nespēj saprast, kā tas ir. Pieaugušie jautāja, kāpēc es nevaru vienkārši piecelties un aiziet uz skolu. Nezināju, ko atbildēt, tāpēc klusēju vēl vairāk.</p>"
                        "<p>Tagad dažus vakarus nedēļā esmu otrā pusē. Jaunieši raksta mūsu tiešsaistes sarunu telpā, bieži vēlu vakarā un bieži bez vārda. Es darbojos ar pseidonīmu, un arī viņi drīkst palikt anonīmi. Sarunas notiek tikai rakstiski, un man vienmēr ir iespēja sazināties ar dežurējošo psiholoģi.</p><p>Pirms sāku, man bija jāpabeidz „Atspēriena” sagatavošanas programma un jāaizvada vairāki vakari blakus pieredzējušākai kolēģei. Lasīju, kā viņa atbild, un pēc katras sarunas jautāju, kāpēc viņa izvēlējās tieši tādus vārdus. Pirmo reizi viena pati dežurēju tikai pēc diviem mēnešiem.</p>",
                    ],
                    ["heading", {"text": "Trīs lietas, ko sākumā nezināju", "anchor": ""}],
                    [
                        "text",
                        "<p>Pirmkārt, klusums ir daļa no sarunas. Sākumā steidzos aizpildīt katru pauzi ar jautājumiem vai padomiem. Tagad mēdzu uzrakstīt „esmu šeit” un pagaidīt. Dažreiz nākamā ziņa pienāk pēc desmit minūtēm, un tieši tā ir svarīgākā visā vakarā.</p>"
                        "<p>Otrkārt, mans stāsts nav galvenais. Par sevi pastāstu tikai tik daudz, lai otrs saprastu, ka nav viens. Ja pamanu, ka runāju par sevi pārāk ilgi, tas nozīmē, ka rakstu sev, nevis viņam. Tad apstājos un atkal pajautāju, kā viņam klājas.</p>"
                        "<p>Treškārt, es neesmu glābēja. Ja jaunietis raksta, ka nejūtas drošībā, es nekavējoties iesaistu psiholoģi, un mēs kopā palīdzam viņam sazināties ar krīzes palīdzību. To mēs trenējāmies sagatavošanas programmā, un tas mani atbrīvo no sajūtas, ka visu jānes vienai.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Zīle nesteidzas. Viņa prot palikt klusumā un nebaidās pateikt, ka par šo jautājumu jārunā ar mani. Tieši tāda sadarbība jauniešiem dod drošību – un arī man.",
                            "who": "Sandra",
                            "role": "psiholoģe, dežurē sarunu telpā",
                        },
                    ],
                    ["heading", {"text": "Kāpēc es to daru", "anchor": ""}],
                    [
                        "text",
                        "<p>Pēc katras maiņas man ir desmit minūtes, lai izrunātu vakaru ar psiholoģi. Reizi mēnesī notiek grupas pārrunas ar citiem pieredzes ekspertiem. Bez tā es šo darbu ilgi nevarētu darīt, jo dažas sarunas paliek prātā vēl vairākas dienas.</p><p>Šis darbs man ir iemācījis kaut ko arī par manu pašas atveseļošanos. Ir vakari, kad jūtu, ka man pašai nav spēka, un tad maiņu atceļu. Agrāk man šķita, ka tā būtu vājuma pazīme. Tagad zinu, ka tieši to es ieteiktu ikvienam, kurš man raksta: ieklausīties sevī un laikus apstāties.</p>"
                        "<p>Es to daru, jo atceros, cik daudz man nozīmēja skolas psiholoģes īsās ziņas, uz kurām toreiz neatbildēju. Viņa tās sūtīja vienalga. Varbūt kāds no tiem, kas šovakar raksta man un pēkšņi pazūd, arī kādreiz atcerēsies, ka otrā pusē kāds bija un gaidīja.</p>",
                    ],
                ],
            },
            "et": {
                "title": "Mida õppisin, kui vestlesin õhtuti eakaaslastega veebis",
                "lead": "Juba teist aastat vastan mõnel õhtul nädalas noortele, kes kirjutavad Atspēriensi veebivestlusesse. Panin kirja, mida olen selle ajaga mõistnud kuulamisest, piiridest ja lootusest.",
                "content_notes": "Loos räägitakse pikaajalisest vaimse tervise kriisist ja eraldatusest.",
                "body": [
                    [
                        "text",
                        "<p>Kui ma mõni aasta tagasi ise oma toas istusin ja kuude kaupa sõnumitele ei vastanud, tundus mulle, et keegi ei suuda mõista, milline see on. Täiskasvanud küsisid, miks ma ei saa lihtsalt üles tõusta ja kooli minna. Ma ei teadnud, mida vastata, ja vaikisin seepärast veelgi rohkem.</p>"
                        "<p>Nüüd olen mõnel õhtul nädalas teisel pool. Noored kirjutavad meie veebivestlusesse, sageli hilja õhtul ja sageli nimetult. Mina tegutsen varjunime all ja ka nemad võivad jääda anonüümseks. Vestlused käivad ainult kirjalikult ja mul on alati võimalus võtta ühendust valves oleva psühholoogiga.</p><p>Enne alustamist pidin läbima Atspēriensi ettevalmistusprogrammi ja veetma mitu õhtut kogenuma kolleegi kõrval. Lugesin, kuidas ta vastab, ja küsisin pärast iga vestlust, miks ta just need sõnad valis. Esimest korda olin üksi valves alles kahe kuu pärast.</p>",
                    ],
                    ["heading", {"text": "Kolm asja, mida ma alguses ei teadnud", "anchor": ""}],
                    [
                        "text",
                        "<p>Esiteks: vaikus on vestluse osa. Alguses kiirustasin iga pausi küsimuste või nõuannetega täitma. Nüüd kirjutan tavaliselt „olen siin“ ja ootan. Mõnikord tuleb järgmine sõnum kümne minuti pärast ja just see on kogu õhtu tähtsaim.</p>"
                        "<p>Teiseks: minu lugu ei ole peamine. Räägin endast ainult nii palju, et teine mõistaks, et ta pole üksi. Kui märkan, et räägin endast liiga kaua, tähendab see, et kirjutan iseendale, mitte temale. Siis peatun ja küsin uuesti, kuidas tal läheb.</p>"
                        "<p>Kolmandaks: ma ei ole päästja. Kui noor kirjutab, et ta ei tunne end turvaliselt, kaasan kohe psühholoogi ja me aitame tal koos kriisiabiga ühendust võtta. Harjutasime seda ettevalmistusprogrammis ja see vabastab mind tundest, et pean kõike üksi kandma.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Zīle ei kiirusta. Ta oskab vaikuses püsida ega karda öelda, et selle küsimuse pärast tuleb rääkida minuga. Just selline koostöö annab noortele turvatunde – ja ka mulle.",
                            "who": "Sandra",
                            "role": "psühholoog, valves veebivestluses",
                        },
                    ],
                    ["heading", {"text": "Miks ma seda teen", "anchor": ""}],
                    [
                        "text",
                        "<p>Pärast iga vahetust on mul kümme minutit, et psühholoogiga õhtu läbi rääkida. Kord kuus on meil grupiarutelu teiste kogemusekspertidega. Ilma selleta ei suudaks ma seda tööd kaua teha, sest mõned vestlused jäävad mõtetesse veel mitmeks päevaks.</p><p>See töö on mulle õpetanud midagi ka minu enda taastumise kohta. On õhtuid, mil tunnen, et mul endal pole jõudu, ja siis jätan vahetuse ära. Varem tundus mulle, et see oleks nõrkuse märk. Nüüd tean, et just seda soovitaksin igaühele, kes mulle kirjutab: kuulata ennast ja õigel ajal peatuda.</p>"
                        "<p>Teen seda, sest mäletan, kui palju tähendasid mulle koolipsühholoogi lühikesed sõnumid, millele ma tol ajal ei vastanud. Ta saatis neid ikkagi. Võib-olla mõni neist, kes täna õhtul mulle kirjutab ja äkki kaob, mäletab samuti kunagi, et teisel pool oli keegi, kes ootas.</p>",
                    ],
                ],
            },
            "fi": {
                "title": "Mitä opin iltaisin verkossa ikätovereiden kanssa keskustellessani",
                "lead": "Jo toista vuotta vastaan muutamana iltana viikossa nuorille, jotka kirjoittavat Atspēriensin verkkokeskusteluun. Kirjasin ylös, mitä olen tänä aikana ymmärtänyt kuuntelemisesta, rajoista ja toivosta.",
                "content_notes": "Tekstissä kerrotaan pitkästä mielenterveyden kriisistä ja eristäytymisestä.",
                "body": [
                    [
                        "text",
                        "<p>Kun muutama vuosi sitten istuin itse huoneessani enkä vastannut viesteihin kuukausiin, tuntui, ettei kukaan voi ymmärtää, millaista se on. Aikuiset kysyivät, miksen voi vain nousta ylös ja lähteä kouluun. En tiennyt, mitä vastata, joten vaikenin entistä enemmän.</p>"
                        "<p>Nyt olen muutamana iltana viikossa toisella puolella. Nuoret kirjoittavat verkkokeskusteluumme, usein myöhään illalla ja usein nimettöminä. Itse toimin nimimerkillä, ja hekin saavat pysyä tuntemattomina. Keskustelut käydään vain kirjoittamalla, ja voin aina ottaa yhteyttä päivystävään psykologiin.</p><p>Ennen aloittamista minun piti käydä Atspēriensin valmennusohjelma ja viettää useita iltoja kokeneemman kollegan vierellä. Luin, miten hän vastaa, ja kysyin jokaisen keskustelun jälkeen, miksi hän valitsi juuri ne sanat. Ensimmäisen kerran päivystin yksin vasta kahden kuukauden kuluttua.</p>",
                    ],
                    ["heading", {"text": "Kolme asiaa, joita en aluksi tiennyt", "anchor": ""}],
                    [
                        "text",
                        "<p>Ensinnäkin hiljaisuus on osa keskustelua. Aluksi kiirehdin täyttämään jokaisen tauon kysymyksillä tai neuvoilla. Nyt kirjoitan yleensä ”olen tässä” ja odotan. Joskus seuraava viesti tulee kymmenen minuutin päästä, ja juuri se on koko illan tärkein.</p>"
                        "<p>Toiseksi oma tarinani ei ole pääasia. Kerron itsestäni vain sen verran, että toinen ymmärtää, ettei ole yksin. Jos huomaan puhuvani itsestäni liian pitkään, kirjoitan silloin itselleni enkä hänelle. Silloin pysähdyn ja kysyn taas, miten hän voi.</p>"
                        "<p>Kolmanneksi en ole pelastaja. Jos nuori kirjoittaa, ettei tunne oloaan turvalliseksi, otan psykologin heti mukaan, ja autamme häntä yhdessä ottamaan yhteyttä kriisiapuun. Harjoittelimme tätä valmennusohjelmassa, ja se vapauttaa minut tunteesta, että minun pitäisi kantaa kaikki yksin.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Zīle ei kiirehdi. Hän osaa olla hiljaa eikä pelkää sanoa, että tästä asiasta pitää puhua minun kanssani. Juuri sellainen yhteistyö tuo nuorille turvaa – ja myös minulle.",
                            "who": "Sandra",
                            "role": "psykologi, päivystää verkkokeskustelussa",
                        },
                    ],
                    ["heading", {"text": "Miksi teen tätä", "anchor": ""}],
                    [
                        "text",
                        "<p>Jokaisen vuoron jälkeen minulla on kymmenen minuuttia aikaa käydä ilta läpi psykologin kanssa. Kerran kuussa on ryhmätyönohjaus muiden kokemusasiantuntijoiden kanssa. Ilman sitä en jaksaisi tehdä tätä työtä pitkään, sillä jotkin keskustelut pyörivät mielessä vielä monta päivää.</p><p>Tämä työ on opettanut minulle jotain myös omasta toipumisestani. On iltoja, jolloin tunnen, ettei minulla itselläni ole voimia, ja silloin peruutan vuoroni. Ennen luulin, että se olisi heikkouden merkki. Nyt tiedän, että juuri sitä neuvoisin jokaiselle, joka minulle kirjoittaa: kuuntelemaan itseään ja pysähtymään ajoissa.</p>"
                        "<p>Teen tätä, koska muistan, kuinka paljon koulupsykologin lyhyet viestit minulle merkitsivät, vaikken silloin vastannut niihin. Hän lähetti niitä silti. Ehkä joku niistä, jotka tänä iltana kirjoittavat minulle ja yhtäkkiä katoavat, muistaa myöhemmin hänkin, että toisella puolella oli joku, joka odotti.</p>",
                    ],
                ],
            },
            "nb": {
                "title": "Hva jeg lærte av kveldssamtaler med jevnaldrende på nett",
                "lead": "For andre år på rad svarer jeg noen kvelder i uka unge som skriver til Atspēriens’ samtaletjeneste på nett. Jeg har skrevet ned hva jeg har forstått om lytting, grenser og håp i denne tiden.",
                "content_notes": "Teksten handler om en langvarig psykisk krise og om å isolere seg.",
                "body": [
                    [
                        "text",
                        "<p>Da jeg for noen år siden selv satt på rommet mitt og lot være å svare på meldinger i månedsvis, føltes det som om ingen kunne forstå hvordan det var. De voksne spurte hvorfor jeg ikke bare kunne stå opp og gå på skolen. Jeg visste ikke hva jeg skulle svare, så jeg ble enda stillere.</p>"
                        "<p>Nå sitter jeg på den andre siden noen kvelder i uka. De unge skriver til samtaletjenesten vår på nett, ofte sent på kvelden og ofte uten navn. Selv bruker jeg et annet navn, og de kan også være anonyme. Samtalene foregår bare skriftlig, og jeg kan alltid kontakte psykologen som har vakt.</p><p>Før jeg begynte, måtte jeg fullføre opplæringsprogrammet i Atspēriens og tilbringe flere kvelder ved siden av en mer erfaren kollega. Jeg leste hvordan hun svarte, og spurte etter hver samtale hvorfor hun hadde valgt akkurat de ordene. Første gang jeg hadde vakt alene, var først etter to måneder.</p>",
                    ],
                    ["heading", {"text": "Tre ting jeg ikke visste i starten", "anchor": ""}],
                    [
                        "text",
                        "<p>For det første er stillhet en del av samtalen. I starten skyndte jeg meg å fylle hver pause med spørsmål eller råd. Nå pleier jeg å skrive «jeg er her» og vente. Noen ganger kommer neste melding først etter ti minutter, og akkurat den er kveldens viktigste.</p>"
                        "<p>For det andre er ikke min historie det viktigste. Jeg forteller bare så mye om meg selv at den andre skjønner at hun eller han ikke er alene. Merker jeg at jeg snakker for lenge om meg selv, betyr det at jeg skriver for min egen del og ikke for den andres. Da stopper jeg opp og spør igjen hvordan den andre har det.</p>"
                        "<p>For det tredje er det ikke jeg som skal redde noen. Hvis noen skriver at de ikke føler seg trygge, trekker jeg straks inn psykologen, og sammen hjelper vi vedkommende å få kontakt med krisehjelp. Dette øvde vi på i opplæringsprogrammet, og det fritar meg for følelsen av at jeg må bære alt alene.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Zīle har ikke hastverk. Hun tåler stillhet og er ikke redd for å si at dette må tas videre med meg. Akkurat den typen samarbeid gir de unge trygghet – og meg også.",
                            "who": "Sandra",
                            "role": "psykolog med vakt i samtaletjenesten",
                        },
                    ],
                    ["heading", {"text": "Hvorfor jeg gjør dette", "anchor": ""}],
                    [
                        "text",
                        "<p>Etter hver vakt har jeg ti minutter til å gå gjennom kvelden med psykologen. En gang i måneden har vi gruppeveiledning med andre erfaringseksperter. Uten det kunne jeg ikke ha holdt på lenge, for noen samtaler blir sittende i hodet i flere dager.</p><p>Dette arbeidet har også lært meg noe om min egen bedring. Noen kvelder kjenner jeg at jeg ikke har krefter selv, og da avlyser jeg vakten. Før trodde jeg at det ville være et tegn på svakhet. Nå vet jeg at det er akkurat det jeg ville rådet alle som skriver til meg: å lytte til seg selv og stoppe i tide.</p>"
                        "<p>Jeg gjør det fordi jeg husker hvor mye de korte meldingene fra skolepsykologen betydde for meg, selv om jeg ikke svarte på dem da. Hun sendte dem likevel. Kanskje en av dem som skriver til meg i kveld og plutselig blir borte, også en dag vil huske at det satt noen på den andre siden og ventet.</p>",
                    ],
                ],
            },
        },
    },
    # 4 ------------------------------------------------------------------------------------------
    {
        "key": "lv-youth-movement-gaiteni-nav-neitralu-vardu",
        "slug": "gaiteni-nav-neitralu-vardu",
        "author": "lv-youth-movement-arturs-liepa",
        "date": "2026-01-27",
        "topics": ["topic-training", "topic-inclusion"],
        "related": ["lv-youth-movement-devini-jauniesi-32-stundas"],
        "hero_colour": "#4d6b53",
        "content": {
            "lv": {
                "title": "Gaitenī nav neitrālu vārdu: mācību dienasgrāmata no Vidzemes",
                "lead": "Šoziem kopā ar skolas psiholoģi vadīju trīs nodarbības skolotājiem un jaunatnes darbiniekiem par to, kā pamanīt un apturēt neiecietību. Pierakstīju, kas notika katrā no tām.",
                "content_notes": "Stāstā minēta apsaukāšanās un izsmiekls skolā.",
                "body": [
                    [
                        "text",
                        "<p>Kad biju skolnieks, man visvairāk pietrūka viena pieaugušā, kurš gaitenī apstātos un pateiktu: „Tā mēs šeit nerunājam.” Tāpēc, kad kādas Vidzemes pilsētas izglītības pārvalde aicināja „Atspērienu” novadīt mācības skolotājiem, es piekritu uzreiz. Vienojāmies par trim nodarbībām ar nedēļas starplaiku, un tās vadīju kopā ar skolas psiholoģi Rutu.</p><p>Pirms pirmās tikšanās mēs ar Rutu aizbraucām uz skolu un parunājāmies ar direktori. Viņa godīgi atzina, ka skolā ir problēmas, bet skolotāji baidās, ka jebkura iejaukšanās tikai saasinās konfliktu. Tāpēc nolēmām, ka nevienu nepamācīsim un nenosodīsim. Mēs vienkārši kopā skatīsimies uz īstām situācijām un meklēsim, ko var darīt.</p>",
                    ],
                    ["heading", {"text": "Pirmā nodarbība: klusums", "anchor": ""}],
                    [
                        "text",
                        "<p>Sāku ar savu stāstu, bet īsu – ne ilgāk par desmit minūtēm. Pēc tam lūdzu dalībniekus atcerēties kādu situāciju savā skolā, kad viņi kaut ko dzirdēja, bet neiejaucās. Telpā iestājās ilgs klusums. Tad viena skolotāja pacēla roku un pastāstīja par zēnu, kuru klasesbiedri gadiem sauca iesaukā, ko visi uzskatīja par nevainīgu joku.</p>"
                        "<p>Šī nodarbība bija smagāka, nekā biju gaidījis. Vakarā ilgi runāju ar koordinatori pa telefonu. Sapratu, ka skolotāju kauns nav mazāks par to, ko kādreiz jutu es, un ka arī viņiem vajag vietu, kur par to runāt.</p>",
                    ],
                    ["heading", {"text": "Otrā nodarbība: vārdi", "anchor": ""}],
                    [
                        "text",
                        "<p>Otrajā reizē meklējām teikumus, ko pieaugušais var pateikt uzreiz, nevis pēc nedēļas sapulcē. Dalībnieki tos izspēlēja pāros, un dažus izrādījās daudz grūtāk izrunāt, nekā šķita uz papīra:</p>"
                        "<ul>"
                        "<li>„Es to dzirdēju, un tas nav pieņemami.”</li>"
                        "<li>„Vai tev viss kārtībā? Pēc stundas vari pie manis atnākt.”</li>"
                        "<li>„Pasmieties var, bet ne par cilvēku.”</li>"
                        "<li>„Es par to runāšu arī ar klases audzinātāju, un tu neesi vainīgs.”</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Vienmēr domāju, ka iejaukšanās tikai visu pasliktinās. Pēc otrās nodarbības pirmo reizi gaitenī skaļi pateicu, ka tā mēs nerunājam. Skolēns, kuru apsaukāja, pēc tam man vienkārši pamāja. Ar to pietika.",
                            "who": "Inese",
                            "role": "latviešu valodas skolotāja",
                        },
                    ],
                    ["heading", {"text": "Trešā nodarbība: ko darām tālāk", "anchor": ""}],
                    [
                        "text",
                        "<p>Pēdējā reizē skolotāji paši stāstīja, ko starplaikā bija izmēģinājuši. Ne viss izdevās. Kāds atzinās, ka apjucis un atkal paklusējis. Par to runājām bez pārmetumiem, jo arī es zinu, ka drosme neizaug vienā naktī. Beigās skola nolēma, ka katrā stāvā būs pieaugušais, pie kura skolēni var vērsties, un ka starpgadījumus pārrunās kopā, nevis katrs viens pats.</p><p>Nodarbību beigās palūdzu katram uz lapiņas uzrakstīt vienu teikumu, ko viņš paņems līdzi. Visbiežāk atkārtojās vārdi „pamanīt” un „nepalikt vienam”. Viena jaunatnes darbiniece uzrakstīja, ka pirmo reizi saprata, cik ilgi skolēns atceras pieaugušā klusēšanu.</p>"
                        "<p>Braucot mājās uz Rīgu, domāju par savu veco skolu. Tur neviens nerīkoja šādas mācības. Bet varbūt kādā citā mazpilsētā kāds puisis tagad gaitenī izdzirdēs teikumu, ko es toreiz tik ļoti gaidīju.</p>",
                    ],
                ],
            },
            "et": {
                "title": "Koolikoridoris pole neutraalseid sõnu: koolituspäevik Vidzemest",
                "lead": "Tänavu talvel juhtisin koos koolipsühholoogiga kolm õppekohtumist õpetajatele ja noorsootöötajatele sellest, kuidas sallimatust märgata ja peatada. Panin kirja, mis igaühes neist juhtus.",
                "content_notes": "Loos mainitakse koolis sõimamist ja väljanaermist.",
                "body": [
                    [
                        "text",
                        "<p>Kui olin koolipoiss, puudus mul kõige rohkem üks täiskasvanu, kes oleks koridoris seisma jäänud ja öelnud: „Nii me siin ei räägi.“ Seepärast, kui ühe Vidzeme linna haridusosakond kutsus Atspēriensi õpetajatele koolitust tegema, nõustusin kohe. Leppisime kokku kolmes kohtumises nädalase vahega ja juhtisin neid koos koolipsühholoog Rutaga.</p><p>Enne esimest kohtumist sõitsime Rutaga kooli ja rääkisime direktoriga. Ta tunnistas ausalt, et koolis on probleeme, kuid õpetajad kardavad, et iga sekkumine ainult süvendab konflikti. Seepärast otsustasime, et me ei hakka kedagi õpetama ega hukka mõistma. Vaatame lihtsalt koos päris olukordi ja otsime, mida saab teha.</p>",
                    ],
                    ["heading", {"text": "Esimene kohtumine: vaikus", "anchor": ""}],
                    [
                        "text",
                        "<p>Alustasin oma looga, kuid lühidalt – mitte üle kümne minuti. Seejärel palusin osalejatel meenutada mõnda olukorda oma koolist, kui nad kuulsid midagi, kuid ei sekkunud. Ruumis valitses pikk vaikus. Siis tõstis üks õpetaja käe ja rääkis poisist, keda klassikaaslased aastaid hüüdnimega kutsusid ja mida kõik pidasid süütuks naljaks.</p>"
                        "<p>See kohtumine oli raskem, kui olin oodanud. Õhtul rääkisin koordinaatoriga kaua telefonis. Mõistsin, et õpetajate häbi ei ole väiksem sellest, mida kunagi tundsin mina, ja et ka neil on vaja kohta, kus sellest rääkida.</p>",
                    ],
                    ["heading", {"text": "Teine kohtumine: sõnad", "anchor": ""}],
                    [
                        "text",
                        "<p>Teisel korral otsisime lauseid, mida täiskasvanu saab öelda kohe, mitte nädal hiljem koosolekul. Osalejad mängisid neid paarides läbi ja mõnda osutus palju raskem välja öelda, kui paberil tundus:</p>"
                        "<ul>"
                        "<li>„Ma kuulsin seda ja see ei ole vastuvõetav.“</li>"
                        "<li>„Kas sinuga on kõik korras? Tunni järel võid minu juurde tulla.“</li>"
                        "<li>„Naerda võib, aga mitte inimese üle.“</li>"
                        "<li>„Räägin sellest ka klassijuhatajaga, ja sina ei ole süüdi.“</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Arvasin alati, et sekkumine teeb kõik ainult hullemaks. Pärast teist kohtumist ütlesin esimest korda koridoris valjusti, et nii me ei räägi. Õpilane, keda sõimati, noogutas mulle pärast lihtsalt. Sellest piisas.",
                            "who": "Inese",
                            "role": "läti keele õpetaja",
                        },
                    ],
                    ["heading", {"text": "Kolmas kohtumine: mida teeme edasi", "anchor": ""}],
                    [
                        "text",
                        "<p>Viimasel korral rääkisid õpetajad ise, mida nad vahepeal olid proovinud. Kõik ei õnnestunud. Keegi tunnistas, et läks segadusse ja vaikis jälle. Rääkisime sellest etteheideteta, sest ka mina tean, et julgus ei kasva üleöö. Lõpuks otsustas kool, et igal korrusel on täiskasvanu, kelle poole õpilased saavad pöörduda, ja et juhtumeid arutatakse koos, mitte igaüks omaette.</p><p>Kohtumiste lõpus palusin igaühel kirjutada paberilehele üks lause, mille ta endaga kaasa võtab. Kõige sagedamini kordusid sõnad „märgata“ ja „mitte jääda üksi“. Üks noorsootöötaja kirjutas, et sai esimest korda aru, kui kaua õpilane täiskasvanu vaikimist mäletab.</p>"
                        "<p>Riiga koju sõites mõtlesin oma vanale koolile. Seal ei korraldanud keegi selliseid koolitusi. Kuid võib-olla kuuleb mõnes teises väikelinnas mõni poiss nüüd koridoris lauset, mida mina toona nii väga ootasin.</p>",
                    ],
                ],
            },
            "fi": {
                "title": "Koulun käytävällä ei ole neutraaleja sanoja: koulutuspäiväkirja Vidzemestä",
                "lead": "Tänä talvena vedin yhdessä koulupsykologin kanssa kolme koulutuskertaa opettajille ja nuorisotyöntekijöille siitä, miten suvaitsemattomuuden voi huomata ja pysäyttää. Kirjasin ylös, mitä kullakin kerralla tapahtui.",
                "content_notes": "Tekstissä mainitaan koulussa tapahtuvaa nimittelyä ja pilkkaamista.",
                "body": [
                    [
                        "text",
                        "<p>Koulupoikana kaipasin eniten yhtä aikuista, joka olisi pysähtynyt käytävällä ja sanonut: ”Täällä ei puhuta noin.” Siksi, kun erään vidzemeläisen kaupungin opetustoimi kutsui Atspēriensin kouluttamaan opettajia, suostuin heti. Sovimme kolmesta kerrasta viikon välein, ja vedin ne yhdessä koulupsykologi Rutan kanssa.</p><p>Ennen ensimmäistä kertaa kävimme Rutan kanssa koululla ja juttelimme rehtorin kanssa. Hän myönsi rehellisesti, että koulussa on ongelmia, mutta opettajat pelkäävät, että mikä tahansa puuttuminen vain kärjistää riitaa. Siksi päätimme, ettemme läksytä emmekä tuomitse ketään. Katsomme vain yhdessä todellisia tilanteita ja etsimme, mitä voi tehdä.</p>",
                    ],
                    ["heading", {"text": "Ensimmäinen kerta: hiljaisuus", "anchor": ""}],
                    [
                        "text",
                        "<p>Aloitin omalla tarinallani, mutta lyhyesti – korkeintaan kymmenen minuuttia. Sen jälkeen pyysin osallistujia muistelemaan tilannetta omasta koulustaan, jossa he kuulivat jotain mutta eivät puuttuneet. Huoneeseen laskeutui pitkä hiljaisuus. Sitten eräs opettaja nosti kätensä ja kertoi pojasta, jota luokkatoverit kutsuivat vuosia haukkumanimellä, jota kaikki pitivät viattomana vitsinä.</p>"
                        "<p>Tämä kerta oli raskaampi kuin olin odottanut. Illalla puhuin koordinaattorin kanssa pitkään puhelimessa. Ymmärsin, ettei opettajien häpeä ole pienempi kuin se, jota itse aikoinaan tunsin, ja että hekin tarvitsevat paikan, jossa siitä voi puhua.</p>",
                    ],
                    ["heading", {"text": "Toinen kerta: sanat", "anchor": ""}],
                    [
                        "text",
                        "<p>Toisella kerralla etsimme lauseita, jotka aikuinen voi sanoa heti eikä vasta viikon päästä palaverissa. Osallistujat harjoittelivat niitä pareittain, ja osa osoittautui paljon vaikeammiksi sanoa ääneen kuin paperilla näytti:</p>"
                        "<ul>"
                        "<li>”Kuulin tuon, eikä se ole hyväksyttävää.”</li>"
                        "<li>”Onko kaikki hyvin? Voit tulla luokseni tunnin jälkeen.”</li>"
                        "<li>”Nauraa saa, mutta ei toisen ihmisen kustannuksella.”</li>"
                        "<li>”Puhun tästä myös luokanvalvojan kanssa, eikä tämä ole sinun syytäsi.”</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Ajattelin aina, että puuttuminen vain pahentaa kaikkea. Toisen kerran jälkeen sanoin ensimmäistä kertaa käytävällä ääneen, ettei täällä puhuta noin. Oppilas, jota oli nimitelty, nyökkäsi minulle jälkeenpäin. Se riitti.",
                            "who": "Inese",
                            "role": "latvian kielen opettaja",
                        },
                    ],
                    ["heading", {"text": "Kolmas kerta: miten jatkamme", "anchor": ""}],
                    [
                        "text",
                        "<p>Viimeisellä kerralla opettajat kertoivat itse, mitä olivat välillä kokeilleet. Kaikki ei onnistunut. Joku myönsi hämmentyneensä ja vaienneensa taas. Puhuimme siitä moittimatta, sillä tiedän itsekin, ettei rohkeus kasva yhdessä yössä. Lopuksi koulu päätti, että jokaisessa kerroksessa on aikuinen, jonka puoleen oppilaat voivat kääntyä, ja että tapaukset käsitellään yhdessä eikä kukin yksin.</p><p>Lopuksi pyysin jokaista kirjoittamaan paperilapulle yhden lauseen, jonka hän ottaa mukaansa. Useimmin toistuivat sanat ”huomata” ja ”ei jäädä yksin”. Eräs nuorisotyöntekijä kirjoitti ymmärtäneensä ensimmäistä kertaa, kuinka kauan oppilas muistaa aikuisen vaikenemisen.</p>"
                        "<p>Ajaessani kotiin Riikaan ajattelin vanhaa kouluani. Siellä kukaan ei järjestänyt tällaisia koulutuksia. Mutta ehkä jossakin toisessa pikkukaupungissa joku poika kuulee nyt käytävällä lauseen, jota minä silloin niin kovasti odotin.</p>",
                    ],
                ],
            },
            "nb": {
                "title": "Ingen ord er nøytrale i skolegangen: dagbok fra et kurs i Vidzeme",
                "lead": "I vinter holdt jeg sammen med en skolepsykolog tre kurskvelder for lærere og ungdomsarbeidere om hvordan man kan legge merke til og stoppe intoleranse. Jeg skrev ned hva som skjedde hver gang.",
                "content_notes": "Teksten nevner kallenavn og latterliggjøring på skolen.",
                "body": [
                    [
                        "text",
                        "<p>Da jeg gikk på skolen, savnet jeg mest av alt én voksen som stoppet opp i gangen og sa: «Sånn snakker vi ikke her.» Derfor sa jeg ja med en gang da skoleetaten i en by i Vidzeme inviterte Atspēriens til å holde kurs for lærere. Vi ble enige om tre samlinger med en ukes mellomrom, og jeg ledet dem sammen med skolepsykolog Ruta.</p><p>Før første samling dro Ruta og jeg til skolen og snakket med rektor. Hun innrømmet ærlig at skolen hadde problemer, men at lærerne var redde for at enhver inngripen bare ville gjøre konflikten verre. Derfor bestemte vi oss for ikke å belære eller fordømme noen. Vi skulle rett og slett se på virkelige situasjoner sammen og finne ut hva som kan gjøres.</p>",
                    ],
                    ["heading", {"text": "Første samling: stillheten", "anchor": ""}],
                    [
                        "text",
                        "<p>Jeg begynte med historien min, men kort – ikke mer enn ti minutter. Så ba jeg deltakerne tenke tilbake på en situasjon fra sin egen skole der de hørte noe, men ikke grep inn. Det ble lenge stille i rommet. Så rakte en lærer opp hånda og fortalte om en gutt som klassekameratene i årevis hadde kalt ved et økenavn som alle anså som en uskyldig spøk.</p>"
                        "<p>Denne samlingen var tyngre enn jeg hadde ventet. Om kvelden snakket jeg lenge med koordinatoren på telefon. Jeg skjønte at lærernes skam ikke er mindre enn den jeg selv en gang kjente på, og at også de trenger et sted å snakke om den.</p>",
                    ],
                    ["heading", {"text": "Andre samling: ordene", "anchor": ""}],
                    [
                        "text",
                        "<p>Andre gang lette vi etter setninger en voksen kan si med en gang, ikke en uke senere på et møte. Deltakerne øvde på dem i par, og noen viste seg å være mye vanskeligere å si høyt enn de så ut på papiret:</p>"
                        "<ul>"
                        "<li>«Jeg hørte det, og det er ikke greit.»</li>"
                        "<li>«Går det bra med deg? Du kan komme til meg etter timen.»</li>"
                        "<li>«Det er lov å le, men ikke av et menneske.»</li>"
                        "<li>«Jeg kommer til å snakke med kontaktlæreren også, og dette er ikke din skyld.»</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Jeg har alltid trodd at det bare gjør vondt verre å gripe inn. Etter andre samling sa jeg for første gang høyt i gangen at sånn snakker vi ikke. Eleven som hadde blitt kalt stygge ting, nikket bare til meg etterpå. Det var nok.",
                            "who": "Inese",
                            "role": "lærer i latvisk",
                        },
                    ],
                    ["heading", {"text": "Tredje samling: veien videre", "anchor": ""}],
                    [
                        "text",
                        "<p>Den siste gangen fortalte lærerne selv hva de hadde prøvd ut i mellomtiden. Ikke alt gikk bra. En innrømmet at han hadde blitt forvirret og tidd igjen. Vi snakket om det uten bebreidelser, for jeg vet selv at mot ikke vokser fram over natta. Til slutt bestemte skolen at det skal være en voksen i hver etasje som elevene kan gå til, og at hendelser skal tas opp i fellesskap og ikke av hver enkelt alene.</p><p>Helt til slutt ba jeg alle skrive én setning de ville ta med seg, på en lapp. Ordene som gikk igjen oftest, var «legge merke til» og «ikke stå alene». En ungdomsarbeider skrev at hun for første gang forsto hvor lenge en elev husker at en voksen tidde.</p>"
                        "<p>På vei hjem til Riga tenkte jeg på min gamle skole. Der var det ingen som holdt slike kurs. Men kanskje en gutt i en annen småby nå får høre den setningen i gangen som jeg ventet så lenge på den gangen.</p>",
                    ],
                ],
            },
        },
    },
    # 5 ------------------------------------------------------------------------------------------
    {
        "key": "lv-youth-movement-devini-jauniesi-32-stundas",
        "slug": "devini-jauniesi-32-stundas",
        "author": "lv-youth-movement-ilze-berzina",
        "date": "2025-06-10",
        "topics": ["topic-training", "topic-projects", "topic-youth"],
        "related": [
            "lv-youth-movement-kas-ir-pieredzes-eksperts-jauniesu-vardiem",
            "lv-youth-movement-gaiteni-nav-neitralu-vardu",
        ],
        "hero_colour": "#7a5c4f",
        "content": {
            "lv": {
                "title": "Deviņi jaunieši, 32 stundas un viens kopīgs pavasaris",
                "lead": "Šopavasar mūsu sagatavošanas programmu pabeidza deviņi jauni pieredzes eksperti. Stāstām, ko programmā darījām, kas dalībniekiem šķita visnoderīgākais un ko nākamgad mainīsim.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Katru gadu „Atspēriens” uzņem jauniešus, kuri grib ne tikai piedalīties mūsu tikšanās reizēs, bet arī ar savu pieredzi strādāt skolās, pašvaldībās un kopā ar speciālistiem. Lai viņi to varētu darīt droši, rīkojam sagatavošanas programmu. Šogad tajā piedalījās deviņi jaunieši vecumā no septiņpadsmit līdz divdesmit četriem gadiem no Rīgas, Vidzemes un Latgales.</p><p>Dalībnieku pieredze bija ļoti dažāda. Vienā grupā satikās jaunieši, kuri uzauguši audžuģimenēs, pārcēlušies uz Latviju no citas valsts, piedzīvojuši vardarbību vai ilgus gadus rūpējušies par kādu tuvinieku. Tieši šī dažādība izrādījās viena no programmas lielākajām vērtībām, jo katrs ieraudzīja savu stāstu arī no cita skatpunkta.</p>"
                        "<p>Programma ilga no februāra līdz maijam, kopā 32 stundas. Tikāmies katru otro sestdienu, un starp nodarbībām katram dalībniekam bija individuāla saruna ar savu atbalsta personu – kādu no pieredzējušajiem kustības biedriem vai mūsu psiholoģi.</p>",
                    ],
                    ["heading", {"text": "Ko mēs apguvām", "anchor": ""}],
                    [
                        "text",
                        "<p>Programmas saturu veidojām kopā ar iepriekšējo gadu dalībniekiem, kuri jau strādā kā pieredzes eksperti. Tajā bija pieci lieli bloki:</p>"
                        "<ul>"
                        "<li>Savs stāsts: kā to izvēlēties, veidot un stāstīt dažādām klausītāju grupām.</li>"
                        "<li>Robežas: ko es stāstu, ko paturu sev un kā pateikt „nē”.</li>"
                        "<li>Drošība: ko darīt, ja saruna skar kaut ko bīstamu, un kā iesaistīt speciālistu.</li>"
                        "<li>Sadarbība: kā strādā sociālais dienests, skola un bāriņtiesa un kāda ir pieredzes eksperta vieta līdzās tiem.</li>"
                        "<li>Rūpes par sevi: kā atgūt spēkus pēc grūta uzdevuma un kāpēc pārruna pēc tā ir obligāta.</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Visvairāk man palīdzēja bloks par robežām. Līdz tam man šķita, ka godīgums nozīmē izstāstīt visu. Tagad zinu, ka varu būt godīgs un tomēr kaut ko paturēt sev.",
                            "who": "Markuss",
                            "role": "programmas dalībnieks, 19 gadi",
                        },
                    ],
                    ["heading", {"text": "Ko nākamgad mainīsim", "anchor": ""}],
                    [
                        "text",
                        "<p>Programmas beigās dalībnieki aizpildīja anketu, un pēc tam runājām arī grupā. Visaugstāk viņi novērtēja praktiskos vingrinājumus pāros un tikšanos ar sociālo darbinieci, kura pastāstīja, kā pieredzes ekspertu redz speciālisti. Mazāk noderīgas šķita garās teorijas daļas, tāpēc nākamgad tās saīsināsim un papildināsim ar piemēriem no dzīves.</p>"
                        "<p>Dalībnieki arī lūdza vairāk laika, lai pirmo reizi pamēģinātu uzstāties drošā vidē. Tāpēc nākamajā programmā katrs pirms pirmā īstā uzdevuma savu stāstu izstāstīs grupai un saņems atsauksmi no kāda, kurš jau strādā kā pieredzes eksperts.</p><p>Mācījāmies arī paši. Mums kā koordinatoriem kļuva skaidrs, ka atbalsta personām vajag vairāk laika un ka ne katru nedēļu jaunietis spēj runāt par grūtām lietām. Nākamgad grafiku veidosim elastīgāku, lai dalībnieks vajadzības gadījumā var nodarbību izlaist un to vēlāk atgūt.</p>"
                        "<p>Maija beigās kopā ar ģimenēm un draugiem svinējām programmas noslēgumu. Seši no deviņiem jau ir pieteikušies pirmajiem uzdevumiem, bet trīs vēl grib pagaidīt. Arī tas ir pareizi: katram savs laiks.</p>",
                    ],
                ],
            },
            "et": {
                "title": "Üheksa noort, 32 tundi ja üks ühine kevad",
                "lead": "Tänavu kevadel lõpetas meie ettevalmistusprogrammi üheksa uut kogemuseksperti. Räägime, mida programmis tegime, mida osalejad kõige kasulikumaks pidasid ja mida järgmisel aastal muudame.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Igal aastal võtab Atspēriens vastu noori, kes ei taha ainult meie kohtumistel osaleda, vaid soovivad oma kogemusega töötada ka koolides, omavalitsustes ja koos spetsialistidega. Et nad saaksid seda turvaliselt teha, korraldame ettevalmistusprogrammi. Tänavu osales selles üheksa 17–24-aastast noort Riiast, Vidzemest ja Latgalest.</p><p>Osalejate kogemused olid väga erinevad. Ühes rühmas kohtusid noored, kes on üles kasvanud hooldusperedes, kolinud Lätti teisest riigist, kogenud vägivalda või aastaid hoolitsenud mõne lähedase eest. Just see mitmekesisus osutus programmi üheks suurimaks väärtuseks, sest igaüks nägi oma lugu ka kellegi teise vaatenurgast.</p>"
                        "<p>Programm kestis veebruarist maini, kokku 32 tundi. Kohtusime igal teisel laupäeval ja kohtumiste vahel oli igal osalejal individuaalne vestlus oma tugiisikuga – kellegagi kogenud liikumisliikmetest või meie psühholoogiga.</p>",
                    ],
                    ["heading", {"text": "Mida me õppisime", "anchor": ""}],
                    [
                        "text",
                        "<p>Programmi sisu koostasime koos varasemate aastate osalejatega, kes juba töötavad kogemusekspertidena. Selles oli viis suurt plokki:</p>"
                        "<ul>"
                        "<li>Oma lugu: kuidas seda valida, kujundada ja eri kuulajarühmadele rääkida.</li>"
                        "<li>Piirid: mida ma räägin, mida jätan endale ja kuidas öelda „ei“.</li>"
                        "<li>Turvalisus: mida teha, kui vestlus puudutab midagi ohtlikku, ja kuidas kaasata spetsialisti.</li>"
                        "<li>Koostöö: kuidas töötavad sotsiaalosakond, kool ja lastekaitse ning milline on kogemuseksperdi koht nende kõrval.</li>"
                        "<li>Enese eest hoolitsemine: kuidas pärast rasket ülesannet jõudu koguda ja miks on järelvestlus kohustuslik.</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Kõige rohkem aitas mind piiride plokk. Seni arvasin, et ausus tähendab kõige ära rääkimist. Nüüd tean, et võin olla aus ja siiski midagi endale jätta.",
                            "who": "Markuss",
                            "role": "programmis osaleja, 19-aastane",
                        },
                    ],
                    ["heading", {"text": "Mida järgmisel aastal muudame", "anchor": ""}],
                    [
                        "text",
                        "<p>Programmi lõpus täitsid osalejad küsimustiku ja pärast seda arutasime asja ka grupis. Kõige kõrgemalt hindasid nad praktilisi paarisharjutusi ja kohtumist sotsiaaltöötajaga, kes rääkis, kuidas spetsialistid kogemuseksperti näevad. Vähem kasulikud tundusid pikad teoreetilised osad, seepärast lühendame neid järgmisel aastal ja lisame elulisi näiteid.</p>"
                        "<p>Osalejad palusid ka rohkem aega, et esimest korda turvalises keskkonnas esinemist proovida. Seepärast räägib järgmises programmis igaüks enne esimest päris ülesannet oma loo grupile ja saab tagasisidet kelleltki, kes juba töötab kogemuseksperdina.</p><p>Õppisime ka ise. Meile koordinaatoritena sai selgeks, et tugiisikutel on vaja rohkem aega ja et noor ei suuda igal nädalal rasketest asjadest rääkida. Järgmisel aastal teeme ajakava paindlikumaks, et osaleja saaks vajaduse korral kohtumise vahele jätta ja selle hiljem järele teha.</p>"
                        "<p>Mai lõpus tähistasime koos perede ja sõpradega programmi lõppu. Kuus üheksast on juba esimestele ülesannetele registreerunud, kolm tahavad aga veel oodata. Ka see on õige: igaühel on oma aeg.</p>",
                    ],
                ],
            },
            "fi": {
                "title": "Yhdeksän nuorta, 32 tuntia ja yksi yhteinen kevät",
                "lead": "Tänä keväänä valmennusohjelmamme kävi läpi yhdeksän uutta kokemusasiantuntijaa. Kerromme, mitä ohjelmassa teimme, mitä osallistujat pitivät hyödyllisimpänä ja mitä muutamme ensi vuonna.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Joka vuosi Atspēriens ottaa mukaan nuoria, jotka haluavat paitsi osallistua tapaamisiimme myös tehdä kokemuksellaan työtä kouluissa, kunnissa ja ammattilaisten rinnalla. Jotta he voisivat tehdä sitä turvallisesti, järjestämme valmennusohjelman. Tänä vuonna siihen osallistui yhdeksän 17–24-vuotiasta nuorta Riiasta, Vidzemestä ja Latgalesta.</p><p>Osallistujien kokemukset olivat hyvin erilaisia. Samassa ryhmässä kohtasivat nuoret, jotka ovat kasvaneet sijaisperheissä, muuttaneet Latviaan toisesta maasta, kokeneet väkivaltaa tai huolehtineet vuosia jostakusta läheisestään. Juuri tämä moninaisuus osoittautui yhdeksi ohjelman suurimmista ansioista, koska jokainen näki oman tarinansa myös toisen näkökulmasta.</p>"
                        "<p>Ohjelma kesti helmikuusta toukokuuhun, yhteensä 32 tuntia. Tapasimme joka toinen lauantai, ja tapaamisten välissä jokaisella osallistujalla oli henkilökohtainen keskustelu oman tukihenkilönsä kanssa – joko jonkun kokeneen liikkeen jäsenen tai psykologimme kanssa.</p>",
                    ],
                    ["heading", {"text": "Mitä opimme", "anchor": ""}],
                    [
                        "text",
                        "<p>Ohjelman sisällön suunnittelimme yhdessä aiempien vuosien osallistujien kanssa, jotka jo toimivat kokemusasiantuntijoina. Siinä oli viisi isoa kokonaisuutta:</p>"
                        "<ul>"
                        "<li>Oma tarina: miten sen valitsee, muotoilee ja kertoo erilaisille kuulijoille.</li>"
                        "<li>Rajat: mitä kerron, mitä pidän itselläni ja miten sanon ”ei”.</li>"
                        "<li>Turvallisuus: mitä tehdä, jos keskustelu koskettaa jotain vaarallista, ja miten ammattilainen otetaan mukaan.</li>"
                        "<li>Yhteistyö: miten sosiaalitoimi, koulu ja lastensuojelu toimivat ja mikä on kokemusasiantuntijan paikka niiden rinnalla.</li>"
                        "<li>Itsestä huolehtiminen: miten palautua raskaasta tehtävästä ja miksi purkukeskustelu sen jälkeen on pakollinen.</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Eniten minua auttoi rajoja käsittelevä osio. Siihen asti luulin, että rehellisyys tarkoittaa kaiken kertomista. Nyt tiedän, että voin olla rehellinen ja silti pitää jotain itselläni.",
                            "who": "Markuss",
                            "role": "ohjelman osallistuja, 19 vuotta",
                        },
                    ],
                    ["heading", {"text": "Mitä muutamme ensi vuonna", "anchor": ""}],
                    [
                        "text",
                        "<p>Ohjelman lopuksi osallistujat täyttivät kyselyn, ja sen jälkeen keskustelimme vielä ryhmässä. Parhaiten he arvioivat käytännön pariharjoitukset ja tapaamisen sosiaalityöntekijän kanssa, joka kertoi, miten ammattilaiset näkevät kokemusasiantuntijan. Vähemmän hyödyllisiltä tuntuivat pitkät teoriaosuudet, joten ensi vuonna lyhennämme niitä ja lisäämme esimerkkejä elämästä.</p>"
                        "<p>Osallistujat toivoivat myös enemmän aikaa, jotta he voisivat kokeilla esiintymistä ensin turvallisessa ympäristössä. Siksi seuraavassa ohjelmassa jokainen kertoo tarinansa ryhmälle ennen ensimmäistä varsinaista tehtäväänsä ja saa palautetta joltakulta, joka jo toimii kokemusasiantuntijana.</p><p>Opimme myös itse. Meille koordinaattoreille selvisi, että tukihenkilöt tarvitsevat enemmän aikaa ja ettei nuori jaksa joka viikko puhua vaikeista asioista. Ensi vuonna teemme aikataulusta joustavamman, jotta osallistuja voi tarvittaessa jättää kerran väliin ja korvata sen myöhemmin.</p>"
                        "<p>Toukokuun lopussa juhlimme ohjelman päättymistä perheiden ja ystävien kanssa. Kuusi yhdeksästä on jo ilmoittautunut ensimmäisiin tehtäviin, kolme haluaa vielä odottaa. Sekin on oikein: jokaisella on oma aikansa.</p>",
                    ],
                ],
            },
            "nb": {
                "title": "Ni unge, 32 timer og én felles vår",
                "lead": "I vår fullførte ni nye erfaringseksperter opplæringsprogrammet vårt. Her forteller vi hva vi gjorde, hva deltakerne syntes var mest nyttig, og hva vi endrer til neste år.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Hvert år tar Atspēriens imot unge som ikke bare vil være med på samlingene våre, men som også vil bruke erfaringen sin i skoler, kommuner og sammen med fagfolk. For at de skal kunne gjøre dette trygt, holder vi et opplæringsprogram. I år deltok ni unge mellom 17 og 24 år fra Riga, Vidzeme og Latgale.</p><p>Deltakerne hadde svært ulike erfaringer. I samme gruppe møttes unge som har vokst opp i fosterfamilier, flyttet til Latvia fra et annet land, opplevd vold eller i årevis tatt vare på en av sine nærmeste. Nettopp denne bredden viste seg å være en av programmets største styrker, for alle fikk se sin egen historie fra en annens ståsted også.</p>"
                        "<p>Programmet gikk fra februar til mai, til sammen 32 timer. Vi møttes annenhver lørdag, og mellom samlingene hadde hver deltaker en samtale på tomannshånd med sin støtteperson – en av de erfarne i bevegelsen eller psykologen vår.</p>",
                    ],
                    ["heading", {"text": "Hva vi lærte", "anchor": ""}],
                    [
                        "text",
                        "<p>Innholdet lagde vi sammen med deltakere fra tidligere år som allerede jobber som erfaringseksperter. Det besto av fem store deler:</p>"
                        "<ul>"
                        "<li>Egen historie: hvordan man velger den ut, former den og forteller den for ulike tilhørere.</li>"
                        "<li>Grenser: hva jeg forteller, hva jeg holder for meg selv, og hvordan jeg sier «nei».</li>"
                        "<li>Trygghet: hva man gjør hvis samtalen kommer inn på noe farlig, og hvordan man trekker inn en fagperson.</li>"
                        "<li>Samarbeid: hvordan sosialtjenesten, skolen og barnevernet jobber, og hvilken plass erfaringseksperten har ved siden av dem.</li>"
                        "<li>Egenomsorg: hvordan man henter seg inn igjen etter et tungt oppdrag, og hvorfor en samtale etterpå er obligatorisk.</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Det som hjalp meg mest, var delen om grenser. Før trodde jeg at å være ærlig betydde å fortelle alt. Nå vet jeg at jeg kan være ærlig og likevel holde noe for meg selv.",
                            "who": "Markuss",
                            "role": "deltaker i programmet, 19 år",
                        },
                    ],
                    ["heading", {"text": "Hva vi endrer til neste år", "anchor": ""}],
                    [
                        "text",
                        "<p>Til slutt fylte deltakerne ut et spørreskjema, og etterpå snakket vi også sammen i gruppa. Høyest rangerte de de praktiske øvelsene i par og møtet med en sosialarbeider som fortalte hvordan fagfolk ser på erfaringseksperter. De lange teoridelene opplevdes som mindre nyttige, så neste år korter vi dem ned og fyller på med eksempler fra virkeligheten.</p>"
                        "<p>Deltakerne ba også om mer tid til å prøve seg som foredragsholdere i trygge omgivelser. Derfor skal alle i neste program fortelle historien sin for gruppa før det første ordentlige oppdraget og få tilbakemelding fra en som allerede jobber som erfaringsekspert.</p><p>Vi lærte også selv. Vi koordinatorer så at støttepersonene trenger mer tid, og at unge ikke klarer å snakke om vanskelige ting hver uke. Neste år lager vi en mer fleksibel timeplan, slik at deltakerne ved behov kan stå over en samling og ta den igjen senere.</p>"
                        "<p>I slutten av mai feiret vi avslutningen sammen med familie og venner. Seks av de ni har allerede meldt seg til de første oppdragene, mens tre vil vente litt til. Det er også riktig: Alle har sin egen tid.</p>",
                    ],
                ],
            },
        },
    },
    # 6 ------------------------------------------------------------------------------------------
    {
        "key": "lv-youth-movement-pari-ar-socialo-darbinieci",
        "slug": "pari-ar-socialo-darbinieci",
        "author": "lv-youth-movement-laura-kalnina",
        "date": "2026-04-15",
        "topics": ["topic-services", "topic-youth"],
        "related": ["lv-youth-movement-mans-pirmais-uzdevums-konference"],
        "hero_colour": "#6e5a3c",
        "content": {
            "lv": {
                "title": "Pārī ar sociālo darbinieci: ko mēs iemācījāmies viena no otras",
                "lead": "Šoziem kopā ar sociālo darbinieci Daci vadīju sešas tikšanās jauniešiem, kuri nesen sākuši patstāvīgu dzīvi pēc ārpusģimenes aprūpes. Par to, kā ir strādāt pārī ar speciālisti.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Kad pirms sešiem gadiem aizgāju no audžuģimenes, man bija sociālā darbiniece, kura palīdzēja, bet starp mums vienmēr bija galds un mape ar manu vārdu. Šoziem es sēdēju tajā pašā galda pusē, kur sociālā darbiniece Dace, un mēs kopā vadījām grupu sešiem jauniešiem, kuri tikko sākuši dzīvot patstāvīgi.</p>"
                        "<p>Grupa tikās sešas reizes ceturtdienu vakaros kādā no Rīgas sociālā dienesta centriem. Runājām par naudu un rēķiniem, par dzīvokli un kaimiņiem, par ārstiem un darbu, kā arī par vientulību, kas parasti atnāk svētdienu vakaros.</p><p>Piekrītot šim darbam, es mazliet baidījos. Ko darīšu, ja kāds jaunietis mani atcerēsies no bērnunama laikiem? Ko, ja Dace gaidīs, ka runāšu speciālistu valodā? Pirms sākuma mēs ar „Atspēriena” koordinatori un Daci sēdējām kopā un norunājām, ka es drīkstu jebkurā brīdī pateikt, ka kāda tēma man ir par smagu.</p>",
                    ],
                    ["heading", {"text": "Kā sadalījām lomas", "anchor": ""}],
                    [
                        "text",
                        "<p>Jau pirms pirmās tikšanās ar Daci vienojāmies, kura ko dara. Tas izrādījās svarīgāk, nekā biju domājusi:</p>"
                        "<ul>"
                        "<li>Dace atbildēja par faktiem: pabalstiem, likumiem un to, kur vērsties.</li>"
                        "<li>Es stāstīju, kā tas viss izskatās no jaunieša puses, un atzinos arī savās kļūdās.</li>"
                        "<li>Pirms katras tikšanās pusstundu plānojām, bet pēc tās vēl pusstundu izrunājām notikušo.</li>"
                        "<li>Ja kāds jaunietis gribēja runāt tikai ar vienu no mums, mēs to pieņēmām bez aizvainojuma.</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Gadiem esmu jauniešiem stāstījusi, kā samaksāt rēķinus. Laura viņiem pastāstīja, kā viņai bija kauns, kad pirmo reizi atslēdza elektrību. Pēc tam viņi paši sāka man jautāt to, ko iepriekš slēpa.",
                            "who": "Dace",
                            "role": "sociālā darbiniece",
                        },
                    ],
                    ["heading", {"text": "Ko es iemācījos", "anchor": ""}],
                    [
                        "text",
                        "<p>Sākumā baidījos, ka būšu tikai „dzīvais piemērs”, ko speciālists parāda grupai. Tā nebija. Dace man jautāja padomu, kā formulēt lietas, lai jauniešiem nešķistu, ka viņus pārbauda. Savukārt es no viņas mācījos mierīgi pateikt: „To es nezinu, bet noskaidrošu.”</p>"
                        "<p>Grūtākais brīdis bija trešajā vakarā, kad kāds jaunietis dusmīgi teica, ka man ir viegli runāt, jo man taču viss izdevies. Nezināju, ko atbildēt. Dace neiejaucās, un pēc mirkļa es vienkārši pastāstīju par saviem parādiem un par to, cik ilgi tos atmaksāju. Vēlāk to izrunājām, un sapratu, ka arī neērts brīdis var kļūt par sarunas sākumu.</p><p>Pamanīju arī to, cik ļoti Dacei rūp šie jaunieši un cik maz laika viņai tam atliek starp pārskatiem un sēdēm. Agrāk domāju, ka sociālie darbinieki vienkārši negrib iedziļināties. Tagad redzu, ka viņiem bieži pietrūkst tieši tās stundas, ko mēs grupā varējām atļauties.</p>"
                        "<p>Pēc pēdējās tikšanās divi jaunieši palūdza manu tālruņa numuru. Sociālais dienests tagad plāno šādas grupas rīkot regulāri, un pieredzes eksperts tajās būs no paša sākuma, nevis kā viesis uz vienu vakaru.</p>",
                    ],
                ],
            },
            "et": {
                "title": "Paaris sotsiaaltöötajaga: mida me teineteiselt õppisime",
                "lead": "Tänavu talvel juhtisin koos sotsiaaltöötaja Dacega kuus kohtumist noortele, kes on hiljuti pärast asendushooldust iseseisvat elu alustanud. Sellest, milline on töö paaris spetsialistiga.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Kui ma kuus aastat tagasi hooldusperest lahkusin, oli mul sotsiaaltöötaja, kes aitas, kuid meie vahel oli alati laud ja kaust minu nimega. Tänavu talvel istusin laua samal poolel kui sotsiaaltöötaja Dace ja juhtisime koos rühma kuuele noorele, kes olid just hakanud iseseisvalt elama.</p>"
                        "<p>Rühm kohtus kuus korda neljapäevaõhtuti ühes Riia sotsiaalteenuste keskuses. Rääkisime rahast ja arvetest, korterist ja naabritest, arstidest ja tööst ning üksindusest, mis tavaliselt saabub pühapäeva õhtul.</p><p>Sellele tööle nõustudes kartsin veidi. Mida ma teen, kui mõni noor mäletab mind lastekodu ajast? Mis siis, kui Dace ootab, et räägin spetsialistide keeles? Enne algust istusime Atspēriensi koordinaatori ja Dacega koos ning leppisime kokku, et võin igal hetkel öelda, kui mõni teema on minu jaoks liiga raske.</p>",
                    ],
                    ["heading", {"text": "Kuidas me rollid jagasime", "anchor": ""}],
                    [
                        "text",
                        "<p>Juba enne esimest kohtumist leppisime Dacega kokku, kes mida teeb. See osutus olulisemaks, kui olin arvanud:</p>"
                        "<ul>"
                        "<li>Dace vastutas faktide eest: toetuste, seaduste ja selle eest, kuhu pöörduda.</li>"
                        "<li>Mina rääkisin, kuidas see kõik paistab noore vaatenurgast, ja tunnistasin ka oma vigu.</li>"
                        "<li>Enne iga kohtumist planeerisime pool tundi ja pärast seda arutasime veel pool tundi toimunut.</li>"
                        "<li>Kui mõni noor tahtis rääkida ainult ühega meist, võtsime seda solvumata.</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Olen aastaid noortele rääkinud, kuidas arveid maksta. Laura rääkis neile, kui häbi tal oli, kui tal esimest korda elekter välja lülitati. Pärast seda hakkasid nad ise minult küsima seda, mida nad varem varjasid.",
                            "who": "Dace",
                            "role": "sotsiaaltöötaja",
                        },
                    ],
                    ["heading", {"text": "Mida ma õppisin", "anchor": ""}],
                    [
                        "text",
                        "<p>Alguses kartsin, et olen vaid „elav näide“, keda spetsialist rühmale näitab. Nii see ei olnud. Dace küsis minult nõu, kuidas asju sõnastada nii, et noortele ei tunduks, nagu neid kontrollitaks. Mina omakorda õppisin temalt rahulikult ütlema: „Seda ma ei tea, aga ma uurin välja.“</p>"
                        "<p>Kõige raskem hetk oli kolmandal õhtul, kui üks noor ütles vihaselt, et mul on kerge rääkida, sest mul on ju kõik õnnestunud. Ma ei teadnud, mida vastata. Dace ei sekkunud ja hetke pärast rääkisin lihtsalt oma võlgadest ja sellest, kui kaua ma neid tagasi maksin. Hiljem arutasime seda ja ma mõistsin, et ka ebamugav hetk võib saada vestluse alguseks.</p><p>Märkasin ka seda, kui väga Dace neist noortest hoolib ja kui vähe aega jääb tal selleks aruannete ja koosolekute vahel. Varem arvasin, et sotsiaaltöötajad lihtsalt ei taha süveneda. Nüüd näen, et neil jääb sageli puudu just sellest tunnist, mida meie rühmas saime endale lubada.</p>"
                        "<p>Pärast viimast kohtumist palusid kaks noort minu telefoninumbrit. Sotsiaalosakond kavatseb nüüd selliseid rühmi korraldada regulaarselt ja kogemusekspert on neis algusest peale, mitte ühe õhtu külaline.</p>",
                    ],
                ],
            },
            "fi": {
                "title": "Työparina sosiaalityöntekijän kanssa: mitä opimme toisiltamme",
                "lead": "Tänä talvena vedin yhdessä sosiaalityöntekijä Dacen kanssa kuusi tapaamista nuorille, jotka ovat hiljattain itsenäistyneet sijaishuollosta. Kerron, millaista on tehdä työtä ammattilaisen työparina.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Kun kuusi vuotta sitten lähdin sijaisperheestä, minulla oli sosiaalityöntekijä, joka auttoi, mutta välissämme oli aina pöytä ja kansio, jossa luki nimeni. Tänä talvena istuin pöydän samalla puolella kuin sosiaalityöntekijä Dace, ja vedimme yhdessä ryhmää kuudelle nuorelle, jotka olivat juuri aloittaneet itsenäisen elämän.</p>"
                        "<p>Ryhmä kokoontui kuusi kertaa torstai-iltaisin eräässä Riian sosiaalipalvelukeskuksessa. Puhuimme rahasta ja laskuista, asunnosta ja naapureista, lääkäreistä ja työstä sekä yksinäisyydestä, joka tulee yleensä sunnuntai-iltaisin.</p><p>Kun suostuin tähän työhön, pelkäsin vähän. Mitä teen, jos joku nuorista muistaa minut lastenkotiajoilta? Entä jos Dace odottaa, että puhun ammattilaisten kieltä? Ennen aloittamista istuimme yhdessä Atspēriensin koordinaattorin ja Dacen kanssa ja sovimme, että saan milloin tahansa sanoa, jos jokin aihe on minulle liian raskas.</p>",
                    ],
                    ["heading", {"text": "Miten jaoimme roolit", "anchor": ""}],
                    [
                        "text",
                        "<p>Jo ennen ensimmäistä tapaamista sovimme Dacen kanssa, kumpi tekee mitäkin. Se osoittautui tärkeämmäksi kuin olin luullut:</p>"
                        "<ul>"
                        "<li>Dace vastasi tosiasioista: tuista, laeista ja siitä, minne kannattaa kääntyä.</li>"
                        "<li>Minä kerroin, miltä kaikki näyttää nuoren silmin, ja myönsin myös omat virheeni.</li>"
                        "<li>Ennen jokaista tapaamista suunnittelimme puoli tuntia ja sen jälkeen kävimme tapahtuneen läpi vielä puolen tunnin ajan.</li>"
                        "<li>Jos joku nuorista halusi puhua vain toisen meistä kanssa, hyväksyimme sen loukkaantumatta.</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Olen vuosia kertonut nuorille, miten laskut maksetaan. Laura kertoi heille, kuinka häpeällistä hänestä oli, kun häneltä katkaistiin sähköt ensimmäisen kerran. Sen jälkeen he alkoivat itse kysyä minulta asioita, joita olivat aiemmin salanneet.",
                            "who": "Dace",
                            "role": "sosiaalityöntekijä",
                        },
                    ],
                    ["heading", {"text": "Mitä opin", "anchor": ""}],
                    [
                        "text",
                        "<p>Aluksi pelkäsin, että olisin vain ”elävä esimerkki”, jota ammattilainen esittelee ryhmälle. Niin ei käynyt. Dace kysyi minulta neuvoa, miten asiat kannattaa sanoa, jotta nuorille ei tulisi tunne, että heitä tarkastetaan. Minä puolestani opin häneltä sanomaan rauhallisesti: ”Sitä en tiedä, mutta otan selvää.”</p>"
                        "<p>Vaikein hetki oli kolmantena iltana, kun eräs nuori sanoi vihaisesti, että minun on helppo puhua, koska minulla on kaikki mennyt hyvin. En tiennyt, mitä vastata. Dace ei puuttunut, ja hetken päästä kerroin yksinkertaisesti veloistani ja siitä, kuinka kauan niiden maksaminen kesti. Myöhemmin kävimme tilanteen läpi, ja ymmärsin, että kiusallinenkin hetki voi olla keskustelun alku.</p><p>Huomasin myös, kuinka paljon Dace välittää näistä nuorista ja kuinka vähän aikaa hänelle jää siihen raporttien ja kokousten välissä. Ennen luulin, että sosiaalityöntekijät eivät vain halua paneutua. Nyt näen, että heiltä puuttuu usein juuri se tunti, johon meillä ryhmässä oli varaa.</p>"
                        "<p>Viimeisen tapaamisen jälkeen kaksi nuorta pyysi puhelinnumeroani. Sosiaalitoimi aikoo nyt järjestää tällaisia ryhmiä säännöllisesti, ja kokemusasiantuntija on niissä mukana alusta asti eikä vain yhden illan vieraana.</p>",
                    ],
                ],
            },
            "nb": {
                "title": "I par med en sosialarbeider: hva vi lærte av hverandre",
                "lead": "I vinter ledet jeg sammen med sosialarbeider Dace seks samlinger for unge som nylig har flyttet for seg selv etter barnevernet. Her forteller jeg hvordan det er å jobbe i par med en fagperson.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Da jeg flyttet fra fosterfamilien for seks år siden, hadde jeg en sosialarbeider som hjalp meg, men mellom oss var det alltid et bord og en mappe med navnet mitt på. I vinter satt jeg på samme side av bordet som sosialarbeider Dace, og sammen ledet vi en gruppe for seks unge som akkurat hadde begynt å bo for seg selv.</p>"
                        "<p>Gruppa møttes seks torsdagskvelder på et av sosialtjenestens sentre i Riga. Vi snakket om penger og regninger, om leiligheten og naboene, om leger og jobb og om ensomheten som gjerne kommer på søndagskveldene.</p><p>Da jeg sa ja til dette, var jeg litt redd. Hva gjør jeg hvis en av ungdommene husker meg fra tiden på barnehjemmet? Hva om Dace forventer at jeg skal snakke som en fagperson? Før vi begynte, satt koordinatoren i Atspēriens, Dace og jeg sammen og ble enige om at jeg når som helst kan si fra hvis et tema blir for tungt for meg.</p>",
                    ],
                    ["heading", {"text": "Hvordan vi fordelte rollene", "anchor": ""}],
                    [
                        "text",
                        "<p>Allerede før første samling ble Dace og jeg enige om hvem som skulle gjøre hva. Det viste seg å være viktigere enn jeg hadde trodd:</p>"
                        "<ul>"
                        "<li>Dace hadde ansvaret for fakta: stønader, lover og hvor man skal henvende seg.</li>"
                        "<li>Jeg fortalte hvordan alt dette ser ut fra den unges side, og innrømmet også mine egne feil.</li>"
                        "<li>Før hver samling planla vi i en halvtime, og etterpå brukte vi en ny halvtime på å snakke gjennom det som hadde skjedd.</li>"
                        "<li>Hvis en av de unge bare ville snakke med én av oss, tok vi det ikke personlig.</li>"
                        "</ul>",
                    ],
                    [
                        "quote",
                        {
                            "text": "I årevis har jeg fortalt ungdommer hvordan man betaler regninger. Laura fortalte dem hvor flau hun var første gang strømmen ble stengt. Etterpå begynte de selv å spørre meg om ting de tidligere hadde holdt skjult.",
                            "who": "Dace",
                            "role": "sosialarbeider",
                        },
                    ],
                    ["heading", {"text": "Hva jeg lærte", "anchor": ""}],
                    [
                        "text",
                        "<p>I starten var jeg redd for at jeg bare skulle bli et «levende eksempel» som fagpersonen viste fram for gruppa. Slik ble det ikke. Dace spurte meg om råd om hvordan hun kunne si ting slik at de unge ikke følte seg kontrollert. Jeg lærte på min side av henne å si rolig: «Det vet jeg ikke, men jeg skal finne det ut.»</p>"
                        "<p>Det vanskeligste øyeblikket kom den tredje kvelden, da en ungdom sa sint at det var lett for meg å snakke, siden alt jo hadde gått bra for meg. Jeg visste ikke hva jeg skulle svare. Dace grep ikke inn, og etter et øyeblikk fortalte jeg rett og slett om gjelden min og hvor lang tid det tok å betale den ned. Senere snakket vi om det, og jeg forsto at også et ubehagelig øyeblikk kan bli starten på en samtale.</p><p>Jeg la også merke til hvor mye Dace bryr seg om disse ungdommene, og hvor lite tid hun har til det mellom rapporter og møter. Før trodde jeg at sosialarbeidere bare ikke ville sette seg inn i ting. Nå ser jeg at de ofte mangler nettopp den timen vi hadde råd til i gruppa.</p>"
                        "<p>Etter den siste samlingen ba to av ungdommene om telefonnummeret mitt. Sosialtjenesten planlegger nå å holde slike grupper fast, og en erfaringsekspert skal være med fra starten av, ikke bare som gjest en kveld.</p>",
                    ],
                ],
            },
        },
    },
]
