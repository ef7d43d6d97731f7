"""Demo experts of Lysning kompetansesenter: eight fictional people, in four languages.

Data only: experts/demo.py reads ORGANISATION_KEY and EXPERTS.
"""

ORGANISATION_KEY = "no-competence-centre"

EXPERTS = [
    {
        "key": "no-competence-centre-ingrid-solberg",
        "name": "Ingrid Solberg",
        "slug": "ingrid-solberg",
        "is_pseudonym": False,
        "photo": True,
        "role": "no-erfaringskonsulent",
        "availability": "available",
        "training_hours": 120,
        "training_year": 2017,
        "themes": ["theme-mental-health-recovery", "theme-return-to-work"],
        "withdrawn_themes": [],
        "assignment_types": ["lecture", "training", "workshop", "working_pair"],
        "audiences": ["professionals", "students", "decision_makers"],
        "languages": ["nb", "en"],
        "formats": ["in_person", "remote"],
        "regions": ["no-trondelag"],
        "content": {
            "nb": {
                "summary": (
                    "Ingrid har vært erfaringskonsulent i et ambulant team siden 2017. Hun holder foredrag om veien "
                    "tilbake til jobb etter en lang psykisk krise, og om hvordan arbeidsgivere kan gjøre overgangen "
                    "lettere."
                ),
                "own_words": (
                    "<p>Jeg var sykmeldt i nesten tre år etter en lang psykisk krise. Jeg hadde jobbet som sykepleier "
                    "i femten år, og plutselig klarte jeg ikke å svare på en eneste e-post. Det som hjalp, var ikke én "
                    "stor løsning, men mange små: en fastlege som ringte meg tilbake, en kollega som aldri sluttet å "
                    "spørre hvordan jeg hadde det, og en arbeidsgiver som lot meg begynne med to timer i uka.</p>"
                    "<p>I dag jobber jeg i et ambulant team i Trondheim. Jeg blir ofte spurt om hva en arbeidsplass "
                    "kan gjøre når noen har vært lenge borte. Svaret mitt er at det viktigste skjer de første ukene: "
                    "at man blir tatt godt imot, får ansvar litt etter litt og slipper å forklare seg på nytt hver "
                    "dag.</p>"
                    "<p>I foredrag og på kurs deler jeg konkrete erfaringer fra begge sider av bordet, og jeg tar "
                    "gjerne oppdrag i arbeidspar sammen med en fagperson.</p>"
                ),
                "training_programme": "Videreutdanning i erfaringsbasert praksis, Fagskolen Elvebredd",
                "services": [
                    {
                        "caption": "Ingrids foredrag og kurs",
                        "rows": [
                            {"service": "Foredrag: Tilbake i jobb etter en psykisk krise", "format": "in_person", "duration_minutes": 60, "price": "3500", "currency": "NOK"},
                            {"service": "Nettforedrag for ledere og personalansvarlige", "format": "remote", "duration_minutes": 60, "price": "2800", "currency": "NOK"},
                            {"service": "Kursdag i arbeidspar med en fagperson", "format": "in_person", "duration_minutes": 360, "price": "16000", "currency": "NOK"},
                        ],
                        "note": (
                            "Kursdagen planlegges sammen med oppdragsgiveren. Reise utenfor Trøndelag faktureres i "
                            "tillegg."
                        ),
                    },
                ],
            },
            "et": {
                "summary": (
                    "Ingrid töötab alates 2017. aastast kogemuskonsultandina mobiilses meeskonnas. Loengutes räägib "
                    "ta sellest, kuidas pärast pikka vaimse tervise kriisi tööle naasta ja kuidas tööandja saab seda "
                    "üleminekut kergendada."
                ),
                "own_words": (
                    "<p>Pärast pikka vaimse tervise kriisi olin peaaegu kolm aastat haiguslehel. Olin töötanud "
                    "viisteist aastat õena ja äkki ei suutnud ma vastata ühelegi e-kirjale. Mind ei aidanud üks suur "
                    "lahendus, vaid palju väikeseid: perearst, kes mulle tagasi helistas, kolleeg, kes ei lakanud "
                    "küsimast, kuidas mul läheb, ja tööandja, kes lubas mul alustada kahe tunniga nädalas.</p>"
                    "<p>Praegu töötan Trondheimis mobiilses meeskonnas. Minult küsitakse sageli, mida saab töökoht "
                    "teha, kui keegi on olnud kaua eemal. Vastan, et kõige tähtsam juhtub esimestel nädalatel: "
                    "inimene võetakse hästi vastu, ta saab vastutust järk-järgult juurde ega pea end iga päev uuesti "
                    "selgitama.</p>"
                    "<p>Loengutel ja koolitustel jagan konkreetseid kogemusi laua mõlemalt poolelt ning töötan "
                    "meelsasti ka paaris mõne erialaspetsialistiga.</p>"
                ),
                "training_programme": "Kogemuspõhise töö täiendkoolitus, Fagskolen Elvebredd",
                "services": [
                    {
                        "caption": "Ingridi loengud ja koolitused",
                        "rows": [
                            {"service": "Loeng: tööle naasmine pärast vaimse tervise kriisi", "format": "in_person", "duration_minutes": 60, "price": "3500", "currency": "NOK"},
                            {"service": "Veebiloeng juhtidele ja personalitöötajatele", "format": "remote", "duration_minutes": 60, "price": "2800", "currency": "NOK"},
                            {"service": "Koolituspäev paaris erialaspetsialistiga", "format": "in_person", "duration_minutes": 360, "price": "16000", "currency": "NOK"},
                        ],
                        "note": (
                            "Koolituspäeva kavandame koos tellijaga. Sõidukulud väljapoole Trøndelagi lisanduvad "
                            "arvele eraldi."
                        ),
                    },
                ],
            },
            "fi": {
                "summary": (
                    "Ingrid on työskennellyt kokemuskonsulttina liikkuvassa tiimissä vuodesta 2017. Hän luennoi "
                    "siitä, miten töihin palataan pitkän mielenterveyskriisin jälkeen ja miten työnantaja voi "
                    "helpottaa paluuta."
                ),
                "own_words": (
                    "<p>Olin pitkän mielenterveyskriisin jälkeen sairauslomalla lähes kolme vuotta. Olin tehnyt "
                    "sairaanhoitajan työtä viisitoista vuotta, ja yhtäkkiä en pystynyt vastaamaan yhteenkään "
                    "sähköpostiin. Minua ei auttanut yksi suuri ratkaisu vaan monta pientä: lääkäri, joka soitti "
                    "takaisin, työkaveri, joka ei lakannut kysymästä kuulumisiani, ja työnantaja, joka antoi minun "
                    "aloittaa kahdella tunnilla viikossa.</p>"
                    "<p>Nykyään työskentelen liikkuvassa tiimissä Trondheimissa. Minulta kysytään usein, mitä "
                    "työpaikka voi tehdä, kun joku on ollut pitkään poissa. Vastaan, että tärkeimmät asiat tapahtuvat "
                    "ensimmäisinä viikkoina: ihminen otetaan hyvin vastaan, hän saa vastuuta vähitellen eikä hänen "
                    "tarvitse selittää itseään joka päivä uudelleen.</p>"
                    "<p>Luennoilla ja koulutuksissa kerron konkreettisia kokemuksia pöydän kummaltakin puolelta, ja "
                    "teen mielelläni tehtäviä myös työparina jonkun ammattilaisen kanssa.</p>"
                ),
                "training_programme": "Kokemukseen perustuvan työn täydennyskoulutus, Fagskolen Elvebredd",
                "services": [
                    {
                        "caption": "Ingridin luennot ja koulutukset",
                        "rows": [
                            {"service": "Luento: töihin paluu mielenterveyskriisin jälkeen", "format": "in_person", "duration_minutes": 60, "price": "3500", "currency": "NOK"},
                            {"service": "Verkkoluento esihenkilöille ja henkilöstöasiantuntijoille", "format": "remote", "duration_minutes": 60, "price": "2800", "currency": "NOK"},
                            {"service": "Koulutuspäivä työparina ammattilaisen kanssa", "format": "in_person", "duration_minutes": 360, "price": "16000", "currency": "NOK"},
                        ],
                        "note": (
                            "Koulutuspäivä suunnitellaan yhdessä tilaajan kanssa. Matkat Trøndelagin ulkopuolelle "
                            "laskutetaan erikseen."
                        ),
                    },
                ],
            },
            "lv": {
                "summary": (
                    "Ingrida kopš 2017. gada strādā par pieredzes konsultanti mobilajā komandā. Lekcijās viņa stāsta, "
                    "kā atgriezties darbā pēc ilgas garīgās veselības krīzes un kā darba devējs var šo pāreju "
                    "atvieglot."
                ),
                "own_words": (
                    "<p>Pēc ilgas garīgās veselības krīzes es gandrīz trīs gadus atrados uz slimības lapas. "
                    "Piecpadsmit gadus biju strādājusi par medmāsu, un pēkšņi vairs nespēju atbildēt pat uz vienu "
                    "e-pastu. Man palīdzēja nevis viens liels risinājums, bet daudzi mazi: ģimenes ārsts, kurš man "
                    "atzvanīja, kolēģe, kura nebeidza jautāt, kā man klājas, un darba devējs, kurš ļāva sākt ar divām "
                    "stundām nedēļā.</p>"
                    "<p>Tagad es strādāju mobilajā komandā Tronheimā. Man bieži jautā, ko darba vieta var darīt, ja "
                    "kāds ilgi bijis prom. Es atbildu, ka vissvarīgākais notiek pirmajās nedēļās: cilvēku labi "
                    "uzņem, atbildību viņš saņem pamazām un viņam nav katru dienu no jauna sevi jāskaidro.</p>"
                    "<p>Lekcijās un mācībās es dalos ar konkrētu pieredzi no abām galda pusēm un labprāt strādāju "
                    "arī pārī ar kādu speciālistu.</p>"
                ),
                "training_programme": "Tālākizglītība pieredzē balstītā darbā, Fagskolen Elvebredd",
                "services": [
                    {
                        "caption": "Ingridas lekcijas un mācības",
                        "rows": [
                            {"service": "Lekcija: atgriešanās darbā pēc garīgās veselības krīzes", "format": "in_person", "duration_minutes": 60, "price": "3500", "currency": "NOK"},
                            {"service": "Tiešsaistes lekcija vadītājiem un personāla speciālistiem", "format": "remote", "duration_minutes": 60, "price": "2800", "currency": "NOK"},
                            {"service": "Mācību diena pārī ar speciālistu", "format": "in_person", "duration_minutes": 360, "price": "16000", "currency": "NOK"},
                        ],
                        "note": (
                            "Mācību dienu plānojam kopā ar pasūtītāju. Ceļa izdevumus ārpus Trēndelāgas iekļaujam "
                            "rēķinā atsevišķi."
                        ),
                    },
                ],
            },
        },
    },
    {
        "key": "no-competence-centre-risten-guttorm",
        "name": "Risten Guttorm",
        "slug": "risten-guttorm",
        "is_pseudonym": False,
        "photo": True,
        "role": "no-erfaringskonsulent",
        "availability": "limited",
        "training_hours": 40,
        "training_year": 2021,
        "themes": ["theme-discrimination", "theme-mental-health-recovery"],
        "withdrawn_themes": [],
        "assignment_types": ["lecture", "workshop", "panel", "peer_support"],
        "audiences": ["professionals", "students", "young_people", "peers"],
        "languages": ["nb", "se", "en"],
        "formats": ["in_person", "remote"],
        "regions": ["no-trondelag", "no-oslo"],
        "content": {
            "nb": {
                "summary": (
                    "Risten vokste opp i Finnmark og snakker nordsamisk. Hun forteller hvordan det er å møte "
                    "helsetjenester som ikke forstår språket og kulturen din, og hva som skal til for at samiske "
                    "pasienter skal føle seg trygge."
                ),
                "own_words": (
                    "<p>Jeg vokste opp i en reindriftsfamilie i Finnmark og flyttet til Trondheim for å studere. Der "
                    "havnet jeg i en krise som varte i flere år. Ensomheten, hjemlengselen og følelsen av aldri helt å "
                    "høre til vokste meg over hodet. Da jeg endelig søkte hjelp, måtte jeg først forklare hva joik og "
                    "reindrift er, før vi kunne snakke om hvordan jeg hadde det.</p>"
                    "<p>Vendepunktet kom da jeg møtte en terapeut som spurte om familien min, om språket og om "
                    "landskapet jeg lengtet etter, og som lot meg snakke samisk når norsken ikke strakk til. Da kjente "
                    "jeg meg sett som et helt menneske.</p>"
                    "<p>Som erfaringskonsulent underviser jeg helsepersonell og studenter om hvordan samiske brukere "
                    "opplever møtet med tjenestene. Jeg leder også samtalegrupper for unge samer, både på norsk og på "
                    "nordsamisk.</p>"
                ),
                "training_programme": "Grunnkurs for erfaringskonsulenter, Lysning kompetansesenter",
                "services": [
                    {
                        "caption": "Ristens foredrag",
                        "rows": [
                            {"service": "Foredrag om samiske brukeres møte med tjenestene", "format": "in_person", "duration_minutes": 90, "price": "4000", "currency": "NOK"},
                            {"service": "Nettforedrag på norsk eller nordsamisk", "format": "remote", "duration_minutes": 60, "price": "3000", "currency": "NOK"},
                        ],
                        "note": (
                            "Foredragene kan holdes på norsk eller nordsamisk. Risten har lite ledig tid for tiden, så "
                            "send forespørselen i god tid."
                        ),
                    },
                ],
            },
            "et": {
                "summary": (
                    "Risten kasvas üles Finnmarkis ja räägib põhjasaami keelt. Ta jutustab, milline on kokkupuude "
                    "tervishoiuga, mis ei mõista sinu keelt ega kultuuri, ning mida on vaja, et saami patsiendid "
                    "tunneksid end turvaliselt."
                ),
                "own_words": (
                    "<p>Kasvasin üles põhjapõdrakasvatajate peres Finnmarkis ja kolisin õppima Trondheimi. Seal tabas "
                    "mind kriis, mis kestis mitu aastat. Üksindus, koduigatsus ja tunne, et ma ei kuulu päriselt "
                    "kuhugi, kasvasid mulle üle pea. Kui ma lõpuks abi otsisin, pidin enne oma enesetundest rääkimist "
                    "selgitama, mis on joik ja põhjapõdrakasvatus.</p>"
                    "<p>Pöördepunkt saabus, kui kohtasin terapeuti, kes küsis mu pere, keele ja selle maastiku kohta, "
                    "mida ma igatsesin, ning lubas mul rääkida saami keeles, kui norra keelest jäi puudu. Siis tundsin, "
                    "et mind nähakse tervikliku inimesena.</p>"
                    "<p>Kogemuskonsultandina õpetan tervishoiutöötajaid ja üliõpilasi mõistma, kuidas saami "
                    "teenusekasutajad teenustega kohtumist kogevad. Juhin ka vestlusrühmi noortele saamidele nii norra "
                    "kui ka põhjasaami keeles.</p>"
                ),
                "training_programme": "Kogemuskonsultantide baaskoolitus, kompetentsikeskus Lysning",
                "services": [
                    {
                        "caption": "Risteni loengud",
                        "rows": [
                            {"service": "Loeng saami teenusekasutajate kogemustest teenustega", "format": "in_person", "duration_minutes": 90, "price": "4000", "currency": "NOK"},
                            {"service": "Veebiloeng norra või põhjasaami keeles", "format": "remote", "duration_minutes": 60, "price": "3000", "currency": "NOK"},
                        ],
                        "note": (
                            "Loengu saab pidada norra või põhjasaami keeles. Ristenil on praegu vähe vaba aega, seega "
                            "saatke päring aegsasti."
                        ),
                    },
                ],
            },
            "fi": {
                "summary": (
                    "Risten on kasvanut Finnmarkissa ja puhuu pohjoissaamea. Hän kertoo, millaista on kohdata "
                    "terveyspalveluja, jotka eivät ymmärrä omaa kieltä ja kulttuuria, ja mitä tarvitaan, jotta "
                    "saamelaiset potilaat tuntisivat olonsa turvalliseksi."
                ),
                "own_words": (
                    "<p>Kasvoin poronhoitajaperheessä Finnmarkissa ja muutin Trondheimiin opiskelemaan. Siellä "
                    "ajauduin kriisiin, joka kesti useita vuosia. Yksinäisyys, koti-ikävä ja tunne siitä, etten "
                    "koskaan oikein kuulu joukkoon, kasvoivat ylivoimaisiksi. Kun lopulta hain apua, minun piti ensin "
                    "selittää, mitä joiku ja poronhoito ovat, ennen kuin pääsimme puhumaan siitä, miten voin.</p>"
                    "<p>Käänne tuli, kun tapasin terapeutin, joka kysyi perheestäni, kielestäni ja maisemasta, jota "
                    "kaipasin, ja antoi minun puhua saamea silloin, kun norja ei riittänyt. Silloin tunsin, että minut "
                    "nähtiin kokonaisena ihmisenä.</p>"
                    "<p>Kokemuskonsulttina opetan terveydenhuollon ammattilaisille ja opiskelijoille, millaisena "
                    "saamelaiset asiakkaat kokevat kohtaamisen palveluissa. Ohjaan myös keskusteluryhmiä nuorille "
                    "saamelaisille sekä norjaksi että pohjoissaameksi.</p>"
                ),
                "training_programme": "Kokemuskonsulttien peruskurssi, Osaamiskeskus Lysning",
                "services": [
                    {
                        "caption": "Ristenin luennot",
                        "rows": [
                            {"service": "Luento saamelaisten asiakkaiden kokemuksista palveluissa", "format": "in_person", "duration_minutes": 90, "price": "4000", "currency": "NOK"},
                            {"service": "Verkkoluento norjaksi tai pohjoissaameksi", "format": "remote", "duration_minutes": 60, "price": "3000", "currency": "NOK"},
                        ],
                        "note": (
                            "Luennon voi pitää norjaksi tai pohjoissaameksi. Ristenillä on nyt vain vähän vapaata "
                            "aikaa, joten lähettäkää pyyntö hyvissä ajoin."
                        ),
                    },
                ],
            },
            "lv": {
                "summary": (
                    "Ristena uzauga Finnmarkā un runā ziemeļsāmu valodā. Viņa stāsta, kā ir saskarties ar veselības "
                    "aprūpi, kas nesaprot tavu valodu un kultūru, un kas vajadzīgs, lai sāmu pacienti justos droši."
                ),
                "own_words": (
                    "<p>Es uzaugu ziemeļbriežu audzētāju ģimenē Finnmarkā un pārcēlos uz Tronheimu studēt. Tur mani "
                    "piemeklēja krīze, kas ilga vairākus gadus. Vientulība, ilgas pēc mājām un sajūta, ka nekur īsti "
                    "neiederos, kļuva nepanesamas. Kad beidzot meklēju palīdzību, man vispirms bija jāpaskaidro, kas "
                    "ir joiks un ziemeļbriežu audzēšana, un tikai tad varējām runāt par to, kā es jūtos.</p>"
                    "<p>Pagrieziena punkts pienāca, kad satiku terapeitu, kas jautāja par manu ģimeni, valodu un "
                    "ainavu, pēc kuras ilgojos, un ļāva man runāt sāmiski, kad norvēģu valodā pietrūka vārdu. Tad es "
                    "jutu, ka mani redz kā veselu cilvēku.</p>"
                    "<p>Kā pieredzes konsultante es mācu veselības aprūpes darbiniekiem un studentiem, kā sāmu "
                    "pakalpojumu lietotāji piedzīvo saskarsmi ar dienestiem. Vadu arī sarunu grupas jauniem sāmiem "
                    "gan norvēģu, gan ziemeļsāmu valodā.</p>"
                ),
                "training_programme": "Pieredzes konsultantu pamatkurss, kompetences centrs “Lysning”",
                "services": [
                    {
                        "caption": "Ristenas lekcijas",
                        "rows": [
                            {"service": "Lekcija par sāmu pakalpojumu lietotāju pieredzi ar dienestiem", "format": "in_person", "duration_minutes": 90, "price": "4000", "currency": "NOK"},
                            {"service": "Tiešsaistes lekcija norvēģu vai ziemeļsāmu valodā", "format": "remote", "duration_minutes": 60, "price": "3000", "currency": "NOK"},
                        ],
                        "note": (
                            "Lekciju var noturēt norvēģu vai ziemeļsāmu valodā. Ristenai pašlaik ir maz brīva laika, "
                            "tāpēc sūtiet pieprasījumu laikus."
                        ),
                    },
                ],
            },
        },
    },
    {
        "key": "no-competence-centre-morten-b",
        "name": "Morten B.",
        "slug": "morten-b",
        "is_pseudonym": True,
        "photo": False,
        "role": "no-erfaringskonsulent",
        "availability": "available",
        "training_hours": 30,
        "training_year": 2014,
        "themes": ["theme-substance-use", "theme-homelessness", "theme-poverty-debt"],
        "withdrawn_themes": [],
        "assignment_types": ["peer_support", "interview", "client_panel", "panel"],
        "audiences": ["peers", "professionals", "decision_makers"],
        "languages": ["nb", "en"],
        "formats": ["remote"],
        "regions": ["no-oslo"],
        "content": {
            "nb": {
                "summary": (
                    "Morten levde i mange år med rus og gjeld og uten fast bopel. Han tar oppdrag på nett, blant annet "
                    "samtaler med mennesker i en lignende situasjon og intervjuer om bolig og gjeld."
                ),
                "own_words": (
                    "<p>I nesten ti år hadde jeg ikke noe fast sted å bo. Jeg sov hos kjente, på hospits og i perioder "
                    "ute. Rusen gjorde dagene kortere, og gjelden vokste i samme takt som skammen. I flere år åpnet jeg "
                    "ikke et eneste brev.</p>"
                    "<p>Det som snudde det, var at jeg fikk en kommunal leilighet uten krav om å være rusfri først. Med "
                    "nøkkelen i lomma klarte jeg å tenke lenger enn til neste natt. Etter hvert fikk jeg hjelp til å "
                    "rydde opp i økonomien, og i dag har jeg betalt ned det meste av gjelden.</p>"
                    "<p>Jeg bruker pseudonym fordi familien min ønsker det, og jeg tar bare oppdrag på nett. Dette "
                    "bidrar jeg gjerne med:</p>"
                    "<ul>"
                    "<li>Jeg forteller kommuner hvordan «Bolig først» oppleves fra innsiden.</li>"
                    "<li>Jeg snakker med mennesker som står der jeg en gang sto.</li>"
                    "<li>Jeg stiller til intervju om bolig, rus og gjeld.</li>"
                    "</ul>"
                ),
                "training_programme": "Kurs for erfaringskonsulenter i regi av Brukerforeningen Stifinner",
                "services": [],
            },
            "et": {
                "summary": (
                    "Morten elas aastaid sõltuvuse ja võlgadega ning ilma püsiva elukohata. Ta võtab vastu "
                    "veebitellimusi, näiteks vestlusi sarnases olukorras inimestega ja intervjuusid eluaseme ja "
                    "võlgade teemal."
                ),
                "own_words": (
                    "<p>Ligi kümme aastat ei olnud mul püsivat elukohta. Ööbisin tuttavate juures, varjupaigas ja vahel "
                    "ka õues. Alkohol ja uimastid tegid päevad lühemaks ning võlad kasvasid sama kiiresti kui häbi. "
                    "Mitu aastat ei avanud ma ühtegi kirja.</p>"
                    "<p>Pöörde tõi see, et sain omavalitsuselt korteri, ilma et oleksin pidanud enne kaineks jääma. "
                    "Võti taskus, suutsin mõelda kaugemale kui järgmine öö. Aja jooksul sain abi oma rahaasjade "
                    "korda ajamisel ja praeguseks olen suurema osa võlgadest tagasi maksnud.</p>"
                    "<p>Kasutan varjunime, sest mu pere soovib nii, ja võtan vastu ainult veebitellimusi. Meelsasti "
                    "aitan nii:</p>"
                    "<ul>"
                    "<li>Räägin omavalitsustele, milline on põhimõte „kõigepealt kodu” seestpoolt vaadates.</li>"
                    "<li>Vestlen inimestega, kes on praegu seal, kus mina kunagi olin.</li>"
                    "<li>Annan intervjuusid eluaseme, sõltuvuse ja võlgade teemal.</li>"
                    "</ul>"
                ),
                "training_programme": "Kogemuskonsultantide kursus, kasutajate ühing Brukerforeningen Stifinner",
                "services": [],
            },
            "fi": {
                "summary": (
                    "Morten eli vuosia päihteiden ja velkojen keskellä ilman vakituista asuntoa. Hän tekee tehtäviä "
                    "verkossa, esimerkiksi keskusteluja samassa tilanteessa olevien kanssa ja haastatteluja asumisesta "
                    "ja veloista."
                ),
                "own_words": (
                    "<p>Minulla ei ollut lähes kymmeneen vuoteen vakituista asuntoa. Nukuin tuttavien luona, "
                    "tilapäismajoituksessa ja välillä ulkona. Päihteet lyhensivät päiviä, ja velat kasvoivat samaa "
                    "tahtia kuin häpeä. Moneen vuoteen en avannut yhtäkään kirjettä.</p>"
                    "<p>Käänne tuli, kun sain kunnalta asunnon ilman vaatimusta, että minun pitäisi ensin olla "
                    "päihteettä. Kun avain oli taskussa, pystyin ajattelemaan pidemmälle kuin seuraavaan yöhön. "
                    "Vähitellen sain apua raha-asioiden järjestämiseen, ja nyt olen maksanut suurimman osan "
                    "veloistani.</p>"
                    "<p>Käytän nimimerkkiä, koska perheeni toivoo niin, ja teen tehtäviä vain etänä. Osallistun "
                    "mielelläni näin:</p>"
                    "<ul>"
                    "<li>Kerron kunnille, miltä Asunto ensin -malli tuntuu sisältä päin.</li>"
                    "<li>Keskustelen ihmisten kanssa, jotka ovat nyt siinä tilanteessa, jossa minä kerran olin.</li>"
                    "<li>Annan haastatteluja asumisesta, päihteistä ja veloista.</li>"
                    "</ul>"
                ),
                "training_programme": "Kokemuskonsulttien kurssi, käyttäjäyhdistys Brukerforeningen Stifinner",
                "services": [],
            },
            "lv": {
                "summary": (
                    "Mortens daudzus gadus dzīvoja ar atkarību un parādiem, bez pastāvīgas dzīvesvietas. Viņš uzņemas "
                    "uzdevumus tiešsaistē, piemēram, sarunas ar cilvēkiem līdzīgā situācijā un intervijas par mājokli "
                    "un parādiem."
                ),
                "own_words": (
                    "<p>Gandrīz desmit gadus man nebija pastāvīgas dzīvesvietas. Es gulēju pie paziņām, patversmē un "
                    "brīžiem arī uz ielas. Alkohols un narkotikas padarīja dienas īsākas, un parādi auga tikpat ātri kā "
                    "kauns. Vairākus gadus es neatvēru nevienu vēstuli.</p>"
                    "<p>Pavērsiens notika, kad saņēmu pašvaldības dzīvokli bez prasības vispirms pārtraukt lietošanu. "
                    "Ar atslēgu kabatā es spēju domāt tālāk par nākamo nakti. Laika gaitā man palīdzēja sakārtot "
                    "finanses, un šobrīd lielāko daļu parādu esmu atmaksājis.</p>"
                    "<p>Es izmantoju pseidonīmu, jo to vēlas mana ģimene, un strādāju tikai attālināti. Labprāt "
                    "palīdzu šādi:</p>"
                    "<ul>"
                    "<li>Pastāstu pašvaldībām, kā pieeja “Mājoklis vispirms” izskatās no iekšpuses.</li>"
                    "<li>Runāju ar cilvēkiem, kuri šobrīd ir tur, kur kādreiz biju es.</li>"
                    "<li>Sniedzu intervijas par mājokli, atkarību un parādiem.</li>"
                    "</ul>"
                ),
                "training_programme": "Kurss pieredzes konsultantiem, lietotāju biedrība Brukerforeningen Stifinner",
                "services": [],
            },
        },
    },
    {
        "key": "no-competence-centre-varsol",
        "name": "Vårsol",
        "slug": "varsol",
        "is_pseudonym": True,
        "photo": False,
        "role": "no-erfaringskonsulent",
        "availability": "available",
        "training_hours": None,
        "training_year": None,
        "themes": ["theme-child-welfare-parent", "theme-violence"],
        "withdrawn_themes": [],
        "assignment_types": ["peer_support", "client_panel", "lecture", "working_pair"],
        "audiences": ["families", "professionals", "students"],
        "languages": ["nb"],
        "formats": ["in_person"],
        "regions": ["no-vestland"],
        "content": {
            "nb": {
                "summary": (
                    "Vårsol er mor til to barn som i flere år bodde i fosterhjem. Hun snakker med foreldre i samme "
                    "situasjon og forteller ansatte i barnevernet hva som gjorde samarbeidet lettere."
                ),
                "own_words": (
                    "<p>Da barna mine ble flyttet i fosterhjem, bodde jeg fortsatt sammen med en mann som slo meg. Jeg "
                    "skammet meg over begge deler og turte ikke fortelle noen hvordan det egentlig var hjemme. I "
                    "møtene med barnevernet satt jeg stille og nikket.</p>"
                    "<p>Det første som hjalp, var en saksbehandler som sa at hun ville jobbe sammen med meg, ikke mot "
                    "meg. Senere fikk jeg plass på et krisesenter, og der fant jeg styrken til å bryte ut. I dag har "
                    "jeg god kontakt med barna, og den yngste bor hos meg igjen.</p>"
                    "<p>Jeg bruker pseudonym for å beskytte barna. Jeg møter helst folk ansikt til ansikt, enten det er "
                    "foreldre som trenger noen å snakke med, eller ansatte som vil forstå hvordan et møte med "
                    "barnevernet kan oppleves.</p>"
                ),
                "training_programme": "",
                "services": [],
            },
            "et": {
                "summary": (
                    "Vårsoli kaks last elasid mitu aastat hoolduperes. Ta vestleb samas olukorras "
                    "vanematega ja räägib lastekaitsetöötajatele, mis muutis koostöö lihtsamaks."
                ),
                "own_words": (
                    "<p>Kui mu lapsed paigutati hooldusperesse, elasin ikka veel koos mehega, kes mind peksis. Häbenesin "
                    "mõlemat ega julgenud kellelegi rääkida, milline elu kodus tegelikult oli. Lastekaitse kohtumistel "
                    "istusin vaikselt ja noogutasin.</p>"
                    "<p>Esimesena aitas mind ametnik, kes ütles, et tahab teha minuga koostööd, mitte töötada minu "
                    "vastu. Hiljem sain koha turvakodus ja seal leidsin jõu lahkuda. Praegu on mul lastega hea side ja "
                    "noorem elab jälle minu juures.</p>"
                    "<p>Kasutan varjunime, et kaitsta oma lapsi. Eelistan kohtuda inimestega silmast silma – olgu need "
                    "vanemad, kes vajavad kedagi, kellega rääkida, või töötajad, kes tahavad mõista, milline võib "
                    "kohtumine lastekaitsega tunduda.</p>"
                ),
                "training_programme": "",
                "services": [],
            },
            "fi": {
                "summary": (
                    "Vårsol on kahden lapsen äiti, ja lapset asuivat useita vuosia sijaisperheessä. Hän keskustelee "
                    "samassa tilanteessa olevien vanhempien kanssa ja kertoo lastensuojelun työntekijöille, mikä "
                    "helpotti yhteistyötä."
                ),
                "own_words": (
                    "<p>Kun lapseni sijoitettiin sijaisperheeseen, asuin yhä miehen kanssa, joka löi minua. Häpesin "
                    "molempia asioita enkä uskaltanut kertoa kenellekään, millaista kotona todella oli. Lastensuojelun "
                    "tapaamisissa istuin hiljaa ja nyökkäilin.</p>"
                    "<p>Ensimmäinen apu oli sosiaalityöntekijä, joka sanoi haluavansa tehdä yhteistyötä kanssani eikä "
                    "minua vastaan. Myöhemmin pääsin turvakotiin, ja siellä löysin voimaa lähteä. Nykyään välini "
                    "lapsiin ovat hyvät, ja nuorempi asuu taas luonani.</p>"
                    "<p>Käytän nimimerkkiä suojellakseni lapsiani. Tapaan ihmisiä mieluiten kasvokkain, olivatpa he "
                    "vanhempia, jotka tarvitsevat jonkun, jolle puhua, tai työntekijöitä, jotka haluavat ymmärtää, "
                    "miltä lastensuojelun tapaaminen voi tuntua.</p>"
                ),
                "training_programme": "",
                "services": [],
            },
            "lv": {
                "summary": (
                    "Vårsol ir divu bērnu māte, un viņas bērni vairākus gadus dzīvoja audžuģimenē. Viņa sarunājas ar "
                    "vecākiem līdzīgā situācijā un stāsta bērnu aizsardzības dienesta darbiniekiem, kas atviegloja "
                    "sadarbību."
                ),
                "own_words": (
                    "<p>Kad manus bērnus ievietoja audžuģimenē, es joprojām dzīvoju kopā ar vīrieti, kurš mani sita. Es "
                    "kaunējos par abām lietām un neuzdrošinājos nevienam pastāstīt, kā mājās patiesībā bija. Tikšanās "
                    "reizēs bērnu aizsardzības dienestā es sēdēju klusi un māju ar galvu.</p>"
                    "<p>Pirmā, kas man palīdzēja, bija sociālā darbiniece, kura teica, ka vēlas sadarboties ar mani, "
                    "nevis strādāt pret mani. Vēlāk es dabūju vietu krīzes centrā un tur atradu spēku aiziet. Tagad man "
                    "ar bērniem ir labas attiecības, un jaunākais atkal dzīvo pie manis.</p>"
                    "<p>Es izmantoju pseidonīmu, lai pasargātu bērnus. Visvairāk man patīk tikties ar cilvēkiem "
                    "klātienē – gan ar vecākiem, kuriem vajag kādu, ar ko parunāt, gan ar darbiniekiem, kuri vēlas "
                    "saprast, kā var justies cilvēks, tiekoties ar bērnu aizsardzības dienestu.</p>"
                ),
                "training_programme": "",
                "services": [],
            },
        },
    },
    {
        "key": "no-competence-centre-jonas-lindqvist",
        "name": "Jonas Lindqvist",
        "slug": "jonas-lindqvist",
        "is_pseudonym": False,
        "photo": True,
        "role": "no-erfaringskonsulent",
        "availability": "paused",
        "training_hours": 40,
        "training_year": 2016,
        "themes": ["theme-substance-use", "theme-return-to-work"],
        "withdrawn_themes": [],
        "assignment_types": ["lecture", "training", "panel", "working_pair"],
        "audiences": ["professionals", "students", "public"],
        "languages": ["nb", "sv", "en"],
        "formats": ["in_person", "remote"],
        "regions": ["no-oslo"],
        "content": {
            "nb": {
                "summary": (
                    "Jonas tar en pause fra oppdrag for tiden. Han har lang erfaring som erfaringskonsulent i "
                    "rusomsorgen og holder foredrag om rus, arbeid og det å finne en ny plass i livet."
                ),
                "own_words": (
                    "<p>Jeg er svensk og kom til Oslo som tjueåring for å jobbe på byggeplass. Alkohol og etter hvert "
                    "andre rusmidler ble en måte å holde ut på, helt til jeg mistet både jobben og de fleste vennene "
                    "mine. Jeg var i behandling tre ganger før noe endret seg.</p>"
                    "<p>Den fjerde gangen møtte jeg en erfaringskonsulent som hadde gått den samme veien. Han lovet meg "
                    "ingenting, men fortalte hvordan han hadde bygd opp hverdagen sin igjen, bit for bit. Det var "
                    "første gang jeg trodde at det kunne gjelde meg også.</p>"
                    "<p>Jeg har jobbet som erfaringskonsulent i rusomsorgen i mange år. Akkurat nå har jeg pause for å "
                    "studere, men jeg håper å komme tilbake med foredrag og kurs på norsk og svensk.</p>"
                ),
                "training_programme": "Grunnkurs for erfaringskonsulenter, Lysning kompetansesenter",
                "services": [],
            },
            "et": {
                "summary": (
                    "Jonas teeb praegu tellimustes pausi. Tal on pikaajaline kogemus kogemuskonsultandina "
                    "sõltuvusravis ning ta peab loenguid sõltuvusest, tööst ja sellest, kuidas leida elus uus koht."
                ),
                "own_words": (
                    "<p>Olen rootslane ja tulin kahekümneaastasena Oslosse ehitusele tööle. Alkohol ja hiljem ka muud "
                    "ained said minu viisiks vastu pidada, kuni kaotasin nii töö kui ka enamiku sõpradest. Käisin kolm "
                    "korda ravil, enne kui midagi muutus.</p>"
                    "<p>Neljandal korral kohtasin kogemuskonsultanti, kes oli käinud sama teed. Ta ei lubanud mulle "
                    "midagi, kuid rääkis, kuidas ta oli oma igapäevaelu samm-sammult uuesti üles ehitanud. See oli "
                    "esimene kord, kui uskusin, et see võib kehtida ka minu kohta.</p>"
                    "<p>Olen töötanud kogemuskonsultandina sõltuvusravis palju aastaid. Praegu teen õpingute tõttu "
                    "pausi, kuid loodan naasta loengute ja koolitustega norra ja rootsi keeles.</p>"
                ),
                "training_programme": "Kogemuskonsultantide baaskoolitus, kompetentsikeskus Lysning",
                "services": [],
            },
            "fi": {
                "summary": (
                    "Jonas pitää tällä hetkellä taukoa tehtävistä. Hänellä on pitkä kokemus kokemuskonsultin työstä "
                    "päihdepalveluissa, ja hän luennoi päihteistä, työstä ja siitä, miten elämässä löytää uuden "
                    "paikan."
                ),
                "own_words": (
                    "<p>Olen ruotsalainen ja tulin kaksikymppisenä Osloon rakennustöihin. Alkoholista ja myöhemmin "
                    "muista päihteistä tuli keino jaksaa, kunnes menetin sekä työni että useimmat ystäväni. Kävin "
                    "hoidossa kolme kertaa ennen kuin mikään muuttui.</p>"
                    "<p>Neljännellä kerralla tapasin kokemuskonsultin, joka oli kulkenut saman tien. Hän ei luvannut "
                    "minulle mitään, mutta kertoi, miten oli rakentanut arkensa uudelleen pala palalta. Ensimmäistä "
                    "kertaa uskoin, että sama voisi koskea minuakin.</p>"
                    "<p>Olen työskennellyt kokemuskonsulttina päihdepalveluissa monta vuotta. Juuri nyt pidän taukoa "
                    "opiskelujen vuoksi, mutta toivon palaavani luennoimaan ja kouluttamaan norjaksi ja ruotsiksi.</p>"
                ),
                "training_programme": "Kokemuskonsulttien peruskurssi, Osaamiskeskus Lysning",
                "services": [],
            },
            "lv": {
                "summary": (
                    "Jonass pašlaik ir paņēmis pārtraukumu. Viņam ir ilggadēja pieredze pieredzes konsultanta darbā "
                    "atkarību ārstēšanā, un viņš lasa lekcijas par atkarību, darbu un to, kā atrast dzīvē jaunu vietu."
                ),
                "own_words": (
                    "<p>Esmu zviedrs un divdesmit gadu vecumā atbraucu uz Oslo strādāt būvniecībā. Alkohols un vēlāk "
                    "arī citas vielas kļuva par veidu, kā izturēt, līdz es zaudēju gan darbu, gan lielāko daļu draugu. "
                    "Trīs reizes biju ārstēšanā, pirms kaut kas mainījās.</p>"
                    "<p>Ceturtajā reizē satiku pieredzes konsultantu, kurš bija gājis to pašu ceļu. Viņš man neko "
                    "nesolīja, bet pastāstīja, kā soli pa solim no jauna bija veidojis savu ikdienu. Pirmo reizi es "
                    "noticēju, ka tas varētu attiekties arī uz mani.</p>"
                    "<p>Daudzus gadus esmu strādājis par pieredzes konsultantu atkarību ārstēšanā. Šobrīd studiju dēļ "
                    "esmu paņēmis pārtraukumu, taču ceru atgriezties ar lekcijām un mācībām norvēģu un zviedru "
                    "valodā.</p>"
                ),
                "training_programme": "Pieredzes konsultantu pamatkurss, kompetences centrs “Lysning”",
                "services": [],
            },
        },
    },
    {
        "key": "no-competence-centre-olena-kovalenko",
        "name": "Olena Kovalenko",
        "slug": "olena-kovalenko",
        "is_pseudonym": False,
        "photo": True,
        "role": "no-erfaringskonsulent",
        "availability": "limited",
        "training_hours": 40,
        "training_year": 2023,
        "themes": ["theme-migration", "theme-grief"],
        "withdrawn_themes": [],
        "assignment_types": ["lecture", "peer_support", "workshop", "interview"],
        "audiences": ["professionals", "peers", "public"],
        "languages": ["nb", "uk", "ru", "en"],
        "formats": ["in_person", "remote"],
        "regions": ["no-vestland"],
        "content": {
            "nb": {
                "summary": (
                    "Olena kom fra Ukraina til Bergen i 2015 og mistet faren sin kort tid etter. Hun snakker om sorg på "
                    "avstand og om å begynne på nytt i et fremmed land, og møter gjerne andre som har flyttet til "
                    "Norge."
                ),
                "own_words": (
                    "<p>Jeg kom til Bergen sammen med mannen min og datteren vår i 2015. Et halvt år senere døde faren "
                    "min i Donetsk, og jeg kunne ikke reise hjem til begravelsen. Sorgen ble liggende i meg uten noe "
                    "sted å gå. Jeg klarte meg på norskkurset og i jobben som renholder, men om kveldene kjente jeg meg "
                    "helt tom.</p>"
                    "<p>Etter to år fikk jeg time hos en psykolog som brukte tolk. Å få snakke om faren min på mitt "
                    "eget språk var som å puste ut etter lang tid. Senere begynte jeg i en samtalegruppe for "
                    "innvandrerkvinner, og der forsto jeg at mange bar på det samme.</p>"
                    "<p>Nå møter jeg nyankomne fra Ukraina, både i grupper og én og én, på ukrainsk eller russisk. Jeg "
                    "forteller også ansatte i kommunen hvordan sorg og flukt kan se ut fra innsiden. Ved siden av "
                    "studiene rekker jeg bare noen få oppdrag i måneden.</p>"
                ),
                "training_programme": "Grunnkurs for erfaringskonsulenter, Lysning kompetansesenter",
                "services": [],
            },
            "et": {
                "summary": (
                    "Olena tuli 2015. aastal Ukrainast Bergenisse ja kaotas peagi oma isa. Ta räägib leinast kodust "
                    "kaugel ja uuest algusest võõral maal ning kohtub meelsasti teistega, kes on Norrasse kolinud."
                ),
                "own_words": (
                    "<p>Tulin Bergenisse koos abikaasa ja tütrega 2015. aastal. Pool aastat hiljem suri Donetskis mu isa "
                    "ja ma ei saanud matustele koju sõita. Lein jäi minusse, ilma et tal oleks olnud kuhugi minna. "
                    "Norra keele kursusel ja koristajatööl sain hakkama, kuid õhtuti tundsin end täiesti tühjana.</p>"
                    "<p>Kahe aasta pärast sain aja psühholoogi juurde, kes töötas koos tõlgiga. Võimalus rääkida isast "
                    "oma emakeeles oli nagu pärast pikka aega välja hingata. Hiljem liitusin sisserännanud naiste "
                    "vestlusrühmaga ja mõistsin seal, et paljud kannavad sama koormat.</p>"
                    "<p>Nüüd kohtun Ukrainast äsja saabunutega nii rühmades kui ka individuaalselt, ukraina või vene "
                    "keeles. Räägin ka omavalitsuse töötajatele, milline võib lein ja põgenemine seestpoolt olla. "
                    "Õpingute kõrvalt jõuan võtta vaid mõne tellimuse kuus.</p>"
                ),
                "training_programme": "Kogemuskonsultantide baaskoolitus, kompetentsikeskus Lysning",
                "services": [],
            },
            "fi": {
                "summary": (
                    "Olena muutti Ukrainasta Bergeniin vuonna 2015 ja menetti pian sen jälkeen isänsä. Hän puhuu "
                    "surusta kaukana kotoa ja uudesta alusta vieraassa maassa ja tapaa mielellään muita Norjaan "
                    "muuttaneita."
                ),
                "own_words": (
                    "<p>Tulin Bergeniin mieheni ja tyttäremme kanssa vuonna 2015. Puoli vuotta myöhemmin isäni kuoli "
                    "Donetskissa, enkä päässyt kotiin hautajaisiin. Suru jäi sisälleni, eikä sillä ollut minnekään "
                    "mennä. Selvisin norjan kurssista ja siivoojan työstä, mutta iltaisin tunsin itseni aivan "
                    "tyhjäksi.</p>"
                    "<p>Kahden vuoden kuluttua sain ajan psykologille, joka käytti tulkkia. Kun sain puhua isästäni "
                    "omalla kielelläni, tuntui kuin olisin pitkästä aikaa saanut hengittää ulos. Myöhemmin liityin "
                    "maahanmuuttajanaisten keskusteluryhmään ja ymmärsin siellä, että moni kantoi samaa taakkaa.</p>"
                    "<p>Nykyään tapaan Ukrainasta äskettäin tulleita sekä ryhmissä että kahden kesken, ukrainaksi tai "
                    "venäjäksi. Kerron myös kunnan työntekijöille, miltä suru ja pakolaisuus voivat näyttää sisältä "
                    "päin. Opintojen ohella ehdin ottaa vain muutaman tehtävän kuukaudessa.</p>"
                ),
                "training_programme": "Kokemuskonsulttien peruskurssi, Osaamiskeskus Lysning",
                "services": [],
            },
            "lv": {
                "summary": (
                    "Olena 2015. gadā no Ukrainas ieradās Bergenā un drīz pēc tam zaudēja tēvu. Viņa runā par sērām "
                    "tālu no mājām un jaunu sākumu svešā zemē un labprāt tiekas ar citiem, kas pārcēlušies uz "
                    "Norvēģiju."
                ),
                "own_words": (
                    "<p>Es ierados Bergenā kopā ar vīru un meitu 2015. gadā. Pēc pusgada Doņeckā nomira mans tēvs, un "
                    "es nevarēju aizbraukt mājās uz bērēm. Sēras palika manī, un tām nebija kur likties. Norvēģu "
                    "valodas kursos un apkopējas darbā es tiku galā, bet vakaros jutos pilnīgi tukša.</p>"
                    "<p>Pēc diviem gadiem es tiku pie psihologa, kurš strādāja ar tulku. Runāt par tēvu savā valodā "
                    "bija kā beidzot izelpot pēc ilga laika. Vēlāk es pievienojos imigrantu sieviešu sarunu grupai un "
                    "tur sapratu, ka daudzas nes to pašu nastu.</p>"
                    "<p>Tagad es tiekos ar cilvēkiem, kuri nesen ieradušies no Ukrainas, gan grupās, gan individuāli, "
                    "ukraiņu vai krievu valodā. Es arī stāstu pašvaldības darbiniekiem, kā sēras un bēgšana no kara "
                    "var izskatīties no iekšpuses. Līdztekus studijām varu uzņemties tikai dažus uzdevumus "
                    "mēnesī.</p>"
                ),
                "training_programme": "Pieredzes konsultantu pamatkurss, kompetences centrs “Lysning”",
                "services": [],
            },
        },
    },
    {
        "key": "no-competence-centre-kari-brekke-moe",
        "name": "Kari Brekke Moe",
        "slug": "kari-brekke-moe",
        "is_pseudonym": False,
        "photo": False,
        "role": "no-erfaringskonsulent",
        "availability": "paused",
        "training_hours": 24,
        "training_year": 2019,
        "themes": ["theme-close-one"],
        "withdrawn_themes": ["theme-grief"],
        "assignment_types": ["lecture", "panel", "peer_support", "workshop"],
        "audiences": ["families", "professionals", "decision_makers"],
        "languages": ["nb", "sv"],
        "formats": ["in_person", "remote"],
        "regions": ["no-trondelag"],
        "content": {
            "nb": {
                "summary": (
                    "Kari tar en pause fra oppdrag i år. Hun har i mange år vært pårørende til en bror med store "
                    "psykiske plager, og forteller hva pårørende trenger fra tjenestene."
                ),
                "own_words": (
                    "<p>Broren min hadde store psykiske plager i mange år, og i lange perioder var det jeg som var "
                    "kontaktpersonen hans. Jeg ringte legevakten om natten, fylte ut skjemaer og satt på venterom. "
                    "Samtidig skulle jeg være mor, kollega og venn, og jeg glemte helt å spørre hvordan jeg selv hadde "
                    "det.</p>"
                    "<p>Det som hjalp meg, var en pårørendegruppe der ingen trengte å forklare seg. Der lærte jeg å "
                    "sette grenser uten å føle at jeg sviktet ham, og at det er lov å ha et eget liv selv om noen man "
                    "er glad i, har det vondt.</p>"
                    "<p>Som erfaringskonsulent har jeg holdt kurs for ansatte om samarbeid med pårørende og ledet "
                    "samtalegrupper for pårørende. I år tar jeg en pause, men jeg svarer gjerne på spørsmål om "
                    "pårørendearbeid.</p>"
                ),
                "training_programme": "Kurs i pårørendearbeid for erfaringskonsulenter, Lysning kompetansesenter",
                "services": [],
            },
            "et": {
                "summary": (
                    "Kari teeb tänavu tellimustes pausi. Ta on aastaid olnud lähedasena toeks vennale, kellel olid "
                    "suured psüühilised raskused, ning räägib, mida lähedased teenustelt vajavad."
                ),
                "own_words": (
                    "<p>Mu vennal olid aastaid suured psüühilised raskused ja pikkadel perioodidel olin just mina tema "
                    "kontaktisik. Helistasin öösiti valvearstile, täitsin blankette ja istusin ooteruumides. Samal ajal "
                    "pidin olema ema, kolleeg ja sõber ning unustasin täiesti küsida, kuidas mul endal läheb.</p>"
                    "<p>Mind aitas lähedaste tugirühm, kus keegi ei pidanud end selgitama. Seal õppisin seadma piire, "
                    "tundmata, et jätan venna hätta, ja mõistsin, et mul on õigus oma elule ka siis, kui kellelgi "
                    "armsal on raske.</p>"
                    "<p>Kogemuskonsultandina olen koolitanud töötajaid lähedastega koostööd tegema ja juhtinud "
                    "lähedaste vestlusrühmi. Sel aastal teen pausi, kuid vastan meelsasti küsimustele lähedastega "
                    "tehtava töö kohta.</p>"
                ),
                "training_programme": "Lähedastega töö koolitus kogemuskonsultantidele, kompetentsikeskus Lysning",
                "services": [],
            },
            "fi": {
                "summary": (
                    "Kari pitää tänä vuonna taukoa tehtävistä. Hän on vuosia ollut läheisenä tukena veljelleen, jolla "
                    "oli suuria psyykkisiä vaikeuksia, ja kertoo, mitä läheiset tarvitsevat palveluilta."
                ),
                "own_words": (
                    "<p>Veljelläni oli vuosia suuria psyykkisiä vaikeuksia, ja pitkiä aikoja juuri minä olin hänen "
                    "yhteyshenkilönsä. Soitin öisin päivystykseen, täytin lomakkeita ja istuin odotushuoneissa. "
                    "Samaan aikaan minun piti olla äiti, työkaveri ja ystävä, ja unohdin kokonaan kysyä, miten itse "
                    "voin.</p>"
                    "<p>Minua auttoi läheisten vertaisryhmä, jossa kenenkään ei tarvinnut selittää itseään. Siellä opin "
                    "asettamaan rajoja tuntematta, että jätän veljeni pulaan, ja ymmärsin, että saan elää omaa "
                    "elämääni, vaikka joku rakas voi huonosti.</p>"
                    "<p>Kokemuskonsulttina olen kouluttanut työntekijöitä yhteistyöhön läheisten kanssa ja ohjannut "
                    "läheisten keskusteluryhmiä. Tänä vuonna pidän taukoa, mutta vastaan mielelläni kysymyksiin "
                    "läheistyöstä.</p>"
                ),
                "training_programme": "Läheistyön kurssi kokemuskonsulteille, Osaamiskeskus Lysning",
                "services": [],
            },
            "lv": {
                "summary": (
                    "Kari šogad ir paņēmusi pārtraukumu. Viņa daudzus gadus atbalstīja brāli, kuram bija smagas "
                    "psihiskas grūtības, un stāsta, kas tuviniekiem vajadzīgs no dienestiem."
                ),
                "own_words": (
                    "<p>Manam brālim daudzus gadus bija smagas psihiskas grūtības, un ilgus laika posmus tieši es biju "
                    "viņa kontaktpersona. Naktīs zvanīju neatliekamajai palīdzībai, pildīju veidlapas un sēdēju "
                    "uzgaidāmajās telpās. Tajā pašā laikā man bija jābūt mātei, kolēģei un draudzenei, un es pavisam "
                    "aizmirsu pajautāt, kā jūtos pati.</p>"
                    "<p>Man palīdzēja tuvinieku atbalsta grupa, kurā nevienam nebija sevi jāskaidro. Tur es iemācījos "
                    "novilkt robežas, nejūtot, ka pievilu brāli, un sapratu, ka drīkstu dzīvot savu dzīvi arī tad, ja "
                    "kādam tuvam cilvēkam ir grūti.</p>"
                    "<p>Kā pieredzes konsultante esmu mācījusi darbiniekiem sadarboties ar tuviniekiem un vadījusi "
                    "tuvinieku sarunu grupas. Šogad esmu paņēmusi pārtraukumu, taču labprāt atbildu uz jautājumiem "
                    "par darbu ar tuviniekiem.</p>"
                ),
                "training_programme": "Kurss pieredzes konsultantiem par darbu ar tuviniekiem, kompetences centrs “Lysning”",
                "services": [],
            },
        },
    },
    {
        "key": "no-competence-centre-henrik-aas",
        "name": "Henrik Aas",
        "slug": "henrik-aas",
        "is_pseudonym": False,
        "photo": True,
        "role": "no-erfaringskonsulent",
        "availability": "available",
        "training_hours": 40,
        "training_year": 2022,
        "themes": ["theme-leaving-care", "theme-substance-use"],
        "withdrawn_themes": ["theme-violence"],
        "assignment_types": ["lecture", "workshop", "peer_support", "client_panel", "working_pair"],
        "audiences": ["young_people", "professionals", "students"],
        "languages": ["nb", "en"],
        "formats": ["in_person"],
        "regions": ["no-vestland", "no-trondelag"],
        "content": {
            "nb": {
                "summary": (
                    "Henrik bodde på barnevernsinstitusjon fra han var fjorten. Han møter ungdom som snart skal flytte "
                    "for seg selv, og hjelper ansatte å se overgangen til voksenlivet med ungdommens øyne."
                ),
                "own_words": (
                    "<p>Jeg flyttet på institusjon da jeg var fjorten, og den dagen jeg fylte atten, sto jeg på egne "
                    "ben med en søppelsekk full av klær og en liten leilighet i en by der jeg ikke kjente noen. Ingen "
                    "hadde lært meg å betale regninger eller lage middag, og rusen fylte tomrommet fort.</p>"
                    "<p>Det som hjalp, var en tidligere miljøterapeut som ringte meg hver søndag i to år, uten at noen "
                    "betalte henne for det. Hun ga ikke opp, og til slutt sa jeg ja til ettervern. I dag jobber jeg som "
                    "erfaringskonsulent i et ungdomsteam i Bergen.</p>"
                    "<p>Jeg tar helst oppdrag der jeg kan møte folk ansikt til ansikt:</p>"
                    "<ul>"
                    "<li>Jeg leder samtalegrupper for ungdom som bor på institusjon eller i fosterhjem.</li>"
                    "<li>Jeg holder foredrag for ansatte og studenter om overgangen fra barnevern til voksenliv.</li>"
                    "<li>Jeg deltar i utviklingsverksteder når kommunen planlegger ettervern.</li>"
                    "</ul>"
                ),
                "training_programme": "Grunnkurs for erfaringskonsulenter, Lysning kompetansesenter",
                "services": [],
            },
            "et": {
                "summary": (
                    "Henrik elas asenduskodus alates neljateistkümnendast eluaastast. Ta kohtub noortega, kes hakkavad "
                    "peagi iseseisvalt elama, ja aitab töötajatel näha täiskasvanuellu üleminekut noore pilguga."
                ),
                "own_words": (
                    "<p>Kolisin asenduskodusse neljateistkümneaastasena ja päeval, mil sain kaheksateist, jäin "
                    "omapäi: prügikotitäis riideid ja väike korter linnas, kus ma kedagi ei tundnud. Keegi polnud "
                    "mulle õpetanud, kuidas arveid maksta või õhtusööki teha, ning alkohol ja uimastid täitsid "
                    "tühimiku kiiresti.</p>"
                    "<p>Mind aitas endine kasvataja, kes helistas mulle kaks aastat igal pühapäeval, ilma et keegi "
                    "oleks talle selle eest maksnud. Ta ei andnud alla ja lõpuks olin nõus järelhooldusega. Praegu "
                    "töötan kogemuskonsultandina Bergenis noorte meeskonnas.</p>"
                    "<p>Eelistan tellimusi, kus saan inimestega silmast silma kohtuda:</p>"
                    "<ul>"
                    "<li>Juhin vestlusrühmi noortele, kes elavad asenduskodus või hoolduperes.</li>"
                    "<li>Pean töötajatele ja üliõpilastele loenguid üleminekust lastekaitsest täiskasvanuellu.</li>"
                    "<li>Osalen arendusseminaridel, kui omavalitsus kavandab järelhooldust.</li>"
                    "</ul>"
                ),
                "training_programme": "Kogemuskonsultantide baaskoolitus, kompetentsikeskus Lysning",
                "services": [],
            },
            "fi": {
                "summary": (
                    "Henrik asui lastensuojelulaitoksessa neljätoistavuotiaasta asti. Hän tapaa nuoria, jotka muuttavat "
                    "pian omilleen, ja auttaa työntekijöitä näkemään siirtymän aikuisuuteen nuoren silmin."
                ),
                "own_words": (
                    "<p>Muutin laitokseen neljätoistavuotiaana, ja sinä päivänä, kun täytin kahdeksantoista, olin "
                    "omillani: jätesäkillinen vaatteita ja pieni asunto kaupungissa, jossa en tuntenut ketään. Kukaan "
                    "ei ollut opettanut minulle laskujen maksamista tai ruoanlaittoa, ja päihteet täyttivät tyhjiön "
                    "nopeasti.</p>"
                    "<p>Minua auttoi entinen ohjaaja, joka soitti minulle joka sunnuntai kahden vuoden ajan, vaikka "
                    "kukaan ei maksanut hänelle siitä. Hän ei luovuttanut, ja lopulta suostuin jälkihuoltoon. Nykyään "
                    "työskentelen kokemuskonsulttina nuorten tiimissä Bergenissä.</p>"
                    "<p>Teen mieluiten tehtäviä, joissa voin tavata ihmisiä kasvokkain:</p>"
                    "<ul>"
                    "<li>Ohjaan keskusteluryhmiä nuorille, jotka asuvat laitoksessa tai sijaisperheessä.</li>"
                    "<li>Luennoin työntekijöille ja opiskelijoille siirtymästä lastensuojelusta aikuisuuteen.</li>"
                    "<li>Osallistun kehittämistyöpajoihin, kun kunta suunnittelee jälkihuoltoa.</li>"
                    "</ul>"
                ),
                "training_programme": "Kokemuskonsulttien peruskurssi, Osaamiskeskus Lysning",
                "services": [],
            },
            "lv": {
                "summary": (
                    "Henriks no četrpadsmit gadu vecuma dzīvoja bērnu aprūpes iestādē. Viņš tiekas ar jauniešiem, kuri "
                    "drīz sāks dzīvot patstāvīgi, un palīdz darbiniekiem ieraudzīt pāreju uz pieaugušo dzīvi jaunieša "
                    "acīm."
                ),
                "own_words": (
                    "<p>Četrpadsmit gadu vecumā es nonācu bērnu aprūpes iestādē, un dienā, kad man palika astoņpadsmit, "
                    "es paliku viens pats: atkritumu maiss ar drēbēm un mazs dzīvoklis pilsētā, kurā nevienu "
                    "nepazinu. Neviens man nebija iemācījis maksāt rēķinus vai gatavot vakariņas, un alkohols un "
                    "narkotikas ātri aizpildīja tukšumu.</p>"
                    "<p>Man palīdzēja bijusī audzinātāja, kura divus gadus katru svētdienu man zvanīja, lai gan "
                    "neviens viņai par to nemaksāja. Viņa nepadevās, un beigās es piekritu pēcaprūpei. Tagad strādāju "
                    "par pieredzes konsultantu jauniešu komandā Bergenā.</p>"
                    "<p>Visvairāk man patīk uzdevumi, kuros varu tikties ar cilvēkiem klātienē:</p>"
                    "<ul>"
                    "<li>Vadu sarunu grupas jauniešiem, kuri dzīvo aprūpes iestādē vai audžuģimenē.</li>"
                    "<li>Lasu lekcijas darbiniekiem un studentiem par pāreju no bērnu aizsardzības sistēmas uz "
                    "pieaugušo dzīvi.</li>"
                    "<li>Piedalos attīstības darbnīcās, kad pašvaldība plāno pēcaprūpi.</li>"
                    "</ul>"
                ),
                "training_programme": "Pieredzes konsultantu pamatkurss, kompetences centrs “Lysning”",
                "services": [],
            },
        },
    },
]
