"""Demo stories of Majakkamäen perhekuntoutuskeskus: six fictional blog posts in four languages.

Data only: stories/demo.py reads ORGANISATION_KEY, AUTHORS and STORIES.
"""

ORGANISATION_KEY = "fi-family-rehabilitation"

AUTHORS = [
    {
        "key": "fi-family-rehabilitation-riikka-makela",
        "name": "Riikka Mäkelä",
        "photo": True,
        "role": {
            "et": "kogemuspartner",
            "fi": "kokemuskumppani",
            "lv": "pieredzes partnere",
            "nb": "erfaringspartner",
        },
    },
    {
        "key": "fi-family-rehabilitation-jari-nieminen",
        "name": "Jari Nieminen",
        "photo": False,
        "role": {
            "et": "kogemuspartner",
            "fi": "kokemuskumppani",
            "lv": "pieredzes partneris",
            "nb": "erfaringspartner",
        },
    },
    {
        "key": "fi-family-rehabilitation-aleksi-heinonen",
        "name": "Aleksi Heinonen",
        "photo": True,
        "role": {
            "et": "kogemuspartner ja sotsiaaltöö üliõpilane",
            "fi": "kokemuskumppani ja sosionomiopiskelija",
            "lv": "pieredzes partneris un sociālā darba students",
            "nb": "erfaringspartner og sosionomstudent",
        },
    },
    {
        "key": "fi-family-rehabilitation-hanna-lehtonen",
        "name": "Hanna Lehtonen",
        "photo": False,
        "role": {
            "et": "koolituse koordinaator",
            "fi": "koulutuksen koordinaattori",
            "lv": "apmācības koordinatore",
            "nb": "opplæringskoordinator",
        },
    },
]

STORIES = [
    # 1 ------------------------------------------------------------------
    {
        "key": "fi-family-rehabilitation-takaisin-opiskelijana",
        "slug": "takaisin-majakkamaelle-opiskelijana",
        "author": "fi-family-rehabilitation-riikka-makela",
        "date": "2025-09-04",
        "topics": ["topic-training", "topic-peer-support"],
        "related": ["fi-family-rehabilitation-isa-pienryhmassa"],
        "hero_colour": "#2f5d7c",
        "content": {
            "fi": {
                "title": "Takaisin Majakkamäelle – tällä kertaa opiskelijana",
                "lead": "Elokuussa istuin taas Majakkamäen juhlasalissa, mutta en enää asiakkaana vaan kokemuskumppanikoulutuksen opiskelijana. Kirjasin ylös, mitä kahtena ensimmäisenä päivänä tapahtui.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Viimeksi kävelin Majakkamäen ulko-ovesta sisään kolme vuotta sitten kahden matkalaukun ja kahden väsyneen lapsen kanssa. Silloin en olisi uskonut, että palaisin samaan taloon vapaaehtoisesti ja vielä innoissani. Elokuun lopussa istuin kuitenkin juhlasalin tuolilla nimilappu rinnassa ja kahvikuppi kädessä, ja käteni tärisivät ihan yhtä paljon kuin silloin.</p><p>Meitä oli kolmetoista: äitejä, isiä ja muutama nuori aikuinen, joka oli itse kasvanut sijaishuollossa. Ensimmäiseksi kerroimme vieruskaverille, miksi olimme tulleet. En kertonut tarinaani vaan sen, että toivon jonkun toisen äidin pääsevän häpeästään nopeammin kuin minä pääsin.</p><p>Kahvitauolla huomasin, että moni muukin piti kuppiaan molemmin käsin. Joku nauroi ääneen, että tämä on ensimmäinen kerta vuosiin, kun hän tulee sosiaalialan taloon pelkäämättä, mitä hänestä kirjoitetaan paperiin. Nauroimme kaikki, vähän liian kovaa, ja jännitys alkoi hellittää. Siitä hetkestä lähtien en ollut enää yksinäinen entinen asiakas vaan yksi ryhmästä.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Luulin, että minun pitää olla jotenkin valmis ennen kuin saan tulla tänne. Tänään tajusin, että kaikki muutkin ovat vielä matkalla, ja se on ihan hyvä.",
                            "who": "Tero",
                            "role": "koulutukseen osallistuva isä",
                        },
                    ],
                    ["heading", {"text": "Mitä kahdessa päivässä ehti tapahtua", "anchor": ""}],
                    [
                        "text",
                        "<p>Aloituspäivät olivat tiiviit, mutta kouluttajat pitivät huolen siitä, että taukoja oli tarpeeksi ja että ulos sai lähteä hengittämään. Illalla kirjoitin vihkooni nämä asiat:</p><ul><li>Sovimme ryhmän pelisäännöistä: mitä täällä kerrotaan, jää tänne, eikä kenenkään tarvitse puhua enempää kuin haluaa.</li><li>Kuulimme, että koulutus kestää jouluun asti ja että oma pienryhmä kokoontuu joka viikko, välillä paikan päällä ja välillä verkossa.</li><li>Harjoittelimme ensimmäistä kertaa kertomaan kokemuksestamme kolmessa minuutissa niin, että yksityiskohdat pysyvät omina.</li><li>Saimme tietää, että valmistumisen jälkeen jokaisella on oikeus säännölliseen työnohjaukseen.</li></ul><p>Kolmen minuutin harjoitus oli minulle vaikein. Huomasin, että osaan kertoa tarinani joko kokonaan tai en ollenkaan. Kouluttaja sanoi, että juuri tätä koulutuksessa opetellaan: valitsemaan, mikä osa omasta kokemuksesta palvelee kuulijaa juuri siinä tilanteessa.</p><p>Iltapäivällä kävimme läpi syksyn ohjelman. Luvassa on muun muassa lastensuojelun lainsäädäntöä, etiikkaa, palvelujärjestelmän toimintaa ja sitä, miten vanhemman jaksaminen heijastuu koko perheeseen. Eniten odotan tarinatyöskentelyä, koska haluan oppia kertomaan omasta polustani niin, että kuulija näkee siinä toivoa eikä pelkkää kurjuutta.</p>",
                    ],
                    ["heading", {"text": "Mitä otan mukaan syksyyn", "anchor": ""}],
                    [
                        "text",
                        "<p>Toisen päivän lopuksi jokainen kirjoitti paperille yhden toiveen itselleen. Minä kirjoitin, että haluan oppia kieltäytymään silloin, kun tehtävä ei sovi minulle. Se kuulostaa pieneltä, mutta ihmiselle, joka on koko ikänsä yrittänyt miellyttää muita, se on iso asia. Paperi on nyt jääkaapin ovessa.</p><p>Ajoin kotiin väsyneenä ja onnellisena. Lapset kysyivät, miten koulussa meni. Vastasin, että hyvin ja että äidillä on nyt kotiläksyjä. Nuorempi lupasi auttaa, jos tulee vaikeita sanoja. Syksystä tulee pitkä, mutta ensimmäistä kertaa pitkään aikaan odotan sitä.</p>",
                    ],
                ],
            },
            "et": {
                "title": "Tagasi Majakkamäele – seekord õppijana",
                "lead": "Augustis istusin jälle Majakkamäki saalis, kuid enam mitte kliendina, vaid kogemuspartnerite koolituse õppijana. Panin kirja, mis kahel esimesel päeval juhtus.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Viimati astusin Majakkamäki välisuksest sisse kolm aastat tagasi, kaks kohvrit ja kaks väsinud last kaasas. Siis poleks ma uskunud, et tulen samasse majja tagasi vabatahtlikult ja veel rõõmuga. Augusti lõpus istusin aga saalis toolil, nimesilt rinnas ja kohvitass käes, ning mu käed värisesid täpselt samamoodi nagu toona.</p><p>Meid oli kolmteist: emad, isad ja mõned noored täiskasvanud, kes olid ise kasvanud asendushoolduses. Kõigepealt rääkisime kõrvalistujale, miks me tulnud olime. Ma ei rääkinud oma lugu, vaid seda, et loodan, et mõni teine ema pääseb oma häbist kiiremini, kui mina pääsesin.</p><p>Kohvipausil märkasin, et paljud teisedki hoidsid tassi kahe käega. Keegi naeris valjult, et see on esimene kord aastate jooksul, kui ta astub sotsiaalvaldkonna majja kartmata, mida tema kohta paberile kirjutatakse. Naersime kõik, natuke liiga valjult, ja pinge hakkas taanduma. Sellest hetkest peale polnud ma enam üksildane endine klient, vaid üks rühmast.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Arvasin, et pean olema kuidagi valmis, enne kui tohin siia tulla. Täna sain aru, et ka kõik teised on alles teel, ja nii ongi hea.",
                            "who": "Tero",
                            "role": "koolitusel osalev isa",
                        },
                    ],
                    ["heading", {"text": "Mis kahe päevaga juhtuda jõudis", "anchor": ""}],
                    [
                        "text",
                        "<p>Avapäevad olid tihedad, kuid koolitajad hoolitsesid selle eest, et pause oleks piisavalt ja et õue võiks minna hinge tõmbama. Õhtul kirjutasin vihikusse need asjad:</p><ul><li>Leppisime kokku rühma reeglid: mida siin räägitakse, jääb siia, ja keegi ei pea rääkima rohkem, kui ise soovib.</li><li>Kuulsime, et koolitus kestab jõuludeni ja et oma väikerühm saab kokku iga nädal, vahel kohapeal ja vahel veebis.</li><li>Harjutasime esimest korda, kuidas rääkida oma kogemusest kolme minutiga nii, et üksikasjad jäävad endale.</li><li>Saime teada, et pärast lõpetamist on igaühel õigus regulaarsele supervisioonile.</li></ul><p>Kolme minuti harjutus oli minu jaoks kõige raskem. Märkasin, et oskan oma lugu rääkida kas tervenisti või üldse mitte. Koolitaja ütles, et just seda koolitusel õpitaksegi: valima, milline osa oma kogemusest teenib kuulajat just selles olukorras.</p><p>Pärastlõunal vaatasime läbi sügise programmi. Ees ootavad muu hulgas lastekaitse õigusaktid, eetika, teenussüsteemi toimimine ja see, kuidas vanema toimetulek kogu perele mõjub. Kõige rohkem ootan lugudega töötamist, sest tahan õppida rääkima oma teekonnast nii, et kuulaja näeks selles lootust, mitte ainult viletsust.</p>",
                    ],
                    ["heading", {"text": "Mida sügisesse kaasa võtan", "anchor": ""}],
                    [
                        "text",
                        "<p>Teise päeva lõpus kirjutas igaüks paberile ühe soovi iseendale. Mina kirjutasin, et tahan õppida ära ütlema, kui ülesanne mulle ei sobi. See kõlab tühiselt, aga inimesele, kes on terve elu püüdnud teistele meele järele olla, on see suur asi. Paber on nüüd külmkapi uksel.</p><p>Sõitsin koju väsinuna ja õnnelikuna. Lapsed küsisid, kuidas koolis läks. Vastasin, et hästi ja et emal on nüüd kodused ülesanded. Noorem lubas aidata, kui tuleb raskeid sõnu. Sügis tuleb pikk, aga esimest korda ammu ootan seda.</p>",
                    ],
                ],
            },
            "lv": {
                "title": "Atpakaļ „Majakkamäki” – šoreiz kā mācību dalībniece",
                "lead": "Augustā es atkal sēdēju „Majakkamäki” zālē, taču vairs ne kā kliente, bet kā pieredzes partneru apmācības dalībniece. Pierakstīju, kas notika pirmajās divās dienās.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Pēdējo reizi pa „Majakkamäki” ārdurvīm ienācu pirms trim gadiem ar diviem čemodāniem un diviem nogurušiem bērniem. Toreiz nebūtu ticējusi, ka atgriezīšos tajā pašā mājā brīvprātīgi un turklāt ar prieku. Tomēr augusta beigās sēdēju zālē uz krēsla ar vārda uzlīmi uz krūtīm un kafijas krūzi rokā, un rokas man trīcēja tieši tāpat kā toreiz.</p><p>Mūs bija trīspadsmit: mātes, tēvi un daži jauni pieaugušie, kuri paši bija uzauguši ārpusģimenes aprūpē. Vispirms katrs pastāstījām blakussēdētājam, kāpēc esam atnākuši. Es nestāstīju savu stāstu, bet to, ka ceru – kāda cita māte tiks vaļā no sava kauna ātrāk, nekā tiku es.</p><p>Kafijas pauzē pamanīju, ka arī daudzi citi tur krūzi ar abām rokām. Kāda dalībniece skaļi pasmējās, ka šī ir pirmā reize pēc daudziem gadiem, kad viņa ienāk sociālās jomas iestādē, nebaidoties, ko par viņu ierakstīs papīros. Smējāmies visi, mazliet par skaļu, un saspringums sāka atslābt. No tā brīža es vairs nebiju vientuļa bijusī kliente, bet viena no grupas.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Domāju, ka man vispirms kaut kā jābūt gatavam, pirms drīkstu šeit nākt. Šodien sapratu, ka arī visi pārējie vēl ir ceļā, un tas ir pilnīgi normāli.",
                            "who": "Tero",
                            "role": "tēvs, apmācības dalībnieks",
                        },
                    ],
                    ["heading", {"text": "Kas paguva notikt divās dienās", "anchor": ""}],
                    [
                        "text",
                        "<p>Ievada dienas bija piesātinātas, taču pasniedzēji parūpējās, lai būtu pietiekami daudz pārtraukumu un lai varētu iziet ārā ievilkt elpu. Vakarā burtnīcā ierakstīju šīs lietas:</p><ul><li>Vienojāmies par grupas noteikumiem: tas, kas šeit tiek stāstīts, paliek šeit, un nevienam nav jārunā vairāk, nekā viņš pats vēlas.</li><li>Uzzinājām, ka apmācība ilgs līdz Ziemassvētkiem un ka katra mazā grupa tiksies ik nedēļu, dažreiz klātienē, dažreiz tiešsaistē.</li><li>Pirmo reizi mācījāmies trīs minūtēs pastāstīt par savu pieredzi tā, lai detaļas paliktu pašu ziņā.</li><li>Uzzinājām, ka pēc apmācības beigšanas ikvienam ir tiesības uz regulāru supervīziju.</li></ul><p>Trīs minūšu vingrinājums man bija visgrūtākais. Pamanīju, ka savu stāstu protu izstāstīt vai nu pilnībā, vai nemaz. Pasniedzēja teica, ka tieši to apmācībā arī mācās: izvēlēties, kura savas pieredzes daļa noder klausītājam tieši konkrētajā situācijā.</p><p>Pēcpusdienā izgājām cauri rudens programmai. Mūs gaida, piemēram, bērnu aizsardzības tiesību akti, ētika, pakalpojumu sistēmas darbība un tas, kā vecāka spēki ietekmē visu ģimeni. Visvairāk gaidu darbu ar stāstiem, jo gribu iemācīties stāstīt par savu ceļu tā, lai klausītājs tajā saskatītu cerību, nevis tikai postu.</p>",
                    ],
                    ["heading", {"text": "Ko ņemu līdzi rudenī", "anchor": ""}],
                    [
                        "text",
                        "<p>Otrās dienas noslēgumā katrs uz papīra uzrakstīja vienu vēlējumu sev. Es uzrakstīju, ka gribu iemācīties atteikt, ja uzdevums man nav piemērots. Tas izklausās sīkums, bet cilvēkam, kurš visu mūžu centies izpatikt citiem, tā ir liela lieta. Papīrs tagad karājas uz ledusskapja durvīm.</p><p>Braucu mājās nogurusi un laimīga. Bērni jautāja, kā gāja skolā. Atbildēju, ka labi un ka mammai tagad ir mājasdarbi. Jaunākais apsolīja palīdzēt, ja gadīsies grūti vārdi. Rudens būs garš, bet pirmo reizi ilgā laikā es to gaidu.</p>",
                    ],
                ],
            },
            "nb": {
                "title": "Tilbake på Majakkamäki – denne gangen som kursdeltaker",
                "lead": "I august satt jeg igjen i salen på Majakkamäki, men ikke lenger som klient – nå som deltaker på opplæringen for erfaringspartnere. Jeg skrev ned hva som skjedde de to første dagene.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Sist jeg gikk inn hoveddøra på Majakkamäki, var for tre år siden, med to kofferter og to slitne barn. Den gangen ville jeg aldri trodd at jeg skulle komme tilbake til det samme huset frivillig, og attpåtil glad. Likevel satt jeg i slutten av august på en stol i salen med navnelapp på brystet og kaffekopp i hånda, og hendene mine skalv akkurat like mye som da.</p><p>Vi var tretten: mødre, fedre og noen unge voksne som selv hadde vokst opp i fosterhjem eller på institusjon. Først fortalte vi sidemannen hvorfor vi hadde kommet. Jeg fortalte ikke historien min, men at jeg håper en annen mor skal komme seg ut av skammen raskere enn jeg gjorde.</p><p>I kaffepausen la jeg merke til at mange andre også holdt koppen med begge hender. En av deltakerne lo høyt og sa at det var første gang på mange år at hun gikk inn i et hus for sosiale tjenester uten å være redd for hva som ble skrevet ned om henne. Vi lo alle sammen, litt for høyt, og spenningen begynte å slippe taket. Fra det øyeblikket var jeg ikke lenger en ensom tidligere klient, men en av gruppa.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Jeg trodde jeg måtte være ferdig på en måte før jeg fikk komme hit. I dag skjønte jeg at alle de andre også fortsatt er underveis, og det er helt greit.",
                            "who": "Tero",
                            "role": "far og kursdeltaker",
                        },
                    ],
                    ["heading", {"text": "Hva vi rakk på to dager", "anchor": ""}],
                    [
                        "text",
                        "<p>Oppstartsdagene var tettpakket, men kursholderne passet på at det var nok pauser og at vi kunne gå ut og trekke pusten. Om kvelden skrev jeg dette i notatboka:</p><ul><li>Vi ble enige om reglene i gruppa: Det som blir fortalt her, blir her, og ingen trenger å si mer enn de selv vil.</li><li>Vi fikk høre at opplæringen varer til jul, og at hver smågruppe møtes hver uke, noen ganger på stedet og noen ganger på nett.</li><li>Vi øvde for første gang på å fortelle om erfaringen vår på tre minutter, slik at detaljene forblir våre egne.</li><li>Vi fikk vite at alle har rett til jevnlig veiledning etter at de er ferdige.</li></ul><p>Treminuttersøvelsen var den vanskeligste for meg. Jeg merket at jeg kan fortelle historien min enten helt eller ikke i det hele tatt. Kursholderen sa at det er nettopp dette vi skal lære: å velge hvilken del av egen erfaring som er til nytte for tilhørerne i akkurat den situasjonen.</p><p>Om ettermiddagen gikk vi gjennom programmet for høsten. Vi skal blant annet lære om barnevernsloven, etikk, hvordan tjenestesystemet fungerer og hvordan foreldrenes krefter påvirker hele familien. Mest gleder jeg meg til arbeidet med fortellinger, fordi jeg vil lære å fortelle om veien min slik at tilhørerne ser håp i den og ikke bare elendighet.</p>",
                    ],
                    ["heading", {"text": "Dette tar jeg med meg inn i høsten", "anchor": ""}],
                    [
                        "text",
                        "<p>På slutten av andre dag skrev alle ett ønske til seg selv på et ark. Jeg skrev at jeg vil lære å si nei når et oppdrag ikke passer for meg. Det høres lite ut, men for en som hele livet har prøvd å gjøre andre til lags, er det stort. Arket henger nå på kjøleskapsdøra.</p><p>Jeg kjørte hjem sliten og lykkelig. Barna spurte hvordan det hadde gått på skolen. Jeg svarte at det gikk fint, og at mamma nå har lekser. Den yngste lovet å hjelpe hvis det kom vanskelige ord. Høsten blir lang, men for første gang på lenge gleder jeg meg til den.</p>",
                    ],
                ],
            },
        },
    },
    # 2 ------------------------------------------------------------------
    {
        "key": "fi-family-rehabilitation-isa-pienryhmassa",
        "slug": "isa-pienryhmassa",
        "author": "fi-family-rehabilitation-jari-nieminen",
        "date": "2025-10-21",
        "topics": ["topic-training", "topic-family"],
        "related": ["fi-family-rehabilitation-takaisin-opiskelijana"],
        "hero_colour": "#5b6e4f",
        "content": {
            "fi": {
                "title": "Isä pienryhmässä: mitä opin tiistai-illoista",
                "lead": "Kokemuskumppanikoulutuksen tärkein osa ei minulle ole ollut luentosali vaan viikoittainen pienryhmä. Kerron, miksi yksinhuoltajaisä alkoi odottaa tiistai-iltoja.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Kun hain kokemuskumppanikoulutukseen, kuvittelin istuvani luennoilla ja tekeväni muistiinpanoja. Luentojakin on ollut, ja niistä on ollut hyötyä: lastensuojelulaki on minulle nyt paljon selkeämpi kuin silloin, kun sen pykäliä luettiin minulle ääneen omassa asiakkuudessani. Syksyn tärkeimmät hetket ovat silti tapahtuneet viiden hengen pienryhmässä.</p><p>Ryhmämme kokoontuu tiistaisin kello kuusi, joka toinen viikko Majakkamäessä ja joka toinen verkossa. Verkkokerroilla näen ruudulla neljä keittiötä ja yhden olohuoneen. Jonkun taustalla pyörii pyykkikone, jonkun sylissä nukkuu kissa. Tavallisen arjen keskellä on jotenkin helpompi puhua isoista asioista.</p><p>Ryhmää vetää Majakkamäen sosiaaliohjaaja, mutta hän puhuu illan aikana vähiten. Hänen tehtävänsä on huolehtia siitä, että jokainen saa puheenvuoron ja ettei kukaan jää raskaankaan illan jälkeen yksin ajatustensa kanssa. Lopuksi jokainen sanoo yhden sanan, joka kuvaa oloa juuri nyt. Useimmiten olen sanonut: kevyempi.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Kun Jari kertoi avaamattomista kirjeistä, ymmärsin, etten ollut ainoa, joka pelkäsi omaa postilaatikkoaan. Se yksi lause teki minulle enemmän kuin moni luento.",
                            "who": "Sari",
                            "role": "pienryhmän jäsen",
                        },
                    ],
                    ["heading", {"text": "Kysymyksiä, joita emme olisi kysyneet yksin", "anchor": ""}],
                    [
                        "text",
                        "<p>Pienryhmässä pohdimme joka viikko yhtä kysymystä. Muutama niistä on jäänyt mieleeni erityisen hyvin:</p><ul><li>Millainen ihminen olisi ollut minulle hyvä kokemuskumppani silloin, kun asiat olivat pahimmillaan?</li><li>Mistä tunnistan, että kerron tarinaani itseni enkä kuulijan vuoksi?</li><li>Mitä teen, jos joku kysyy asiaa, johon en halua vastata?</li><li>Miten puhun työntekijöistä reilusti silloinkin, kun kokemukseni heistä on huono?</li></ul><p>Viimeinen kysymys oli minulle vaikein. Muistan yhden sosiaalityöntekijän, jolle olen yhä vähän vihainen. Ryhmä auttoi minua erottamaan, mikä oli yksittäisen ihmisen kiirettä ja mikä sellaista järjestelmän vikaa, josta kannattaa puhua kehittämisryhmissä. Ero on tärkeä, koska yksittäisestä ihmisestä valittaminen ei muuta mitään, mutta järjestelmän vikoihin voi vaikuttaa.</p>",
                    ],
                    ["heading", {"text": "Ainoa isä ryhmässä", "anchor": ""}],
                    [
                        "text",
                        "<p>Pienryhmässämme olen ainoa isä. Ensimmäisellä kerralla mietin, kuunnellaanko minua lainkaan. Kuunneltiin, ja minulta kysyttiin paljon siitä, miltä lastensuojelu näyttää isän silmin. Keskusteluissa huomasin, että ennen eroa koulun ja neuvolan yhteydenotot olivat aina menneet lasten äidille. Minut oli totuttu näkemään sivuhenkilönä, ja lopulta olin alkanut nähdä itseni samoin.</p><p>Eräänä iltana Sari kysyi minulta, mitä olisin toivonut työntekijän sanovan ensimmäisessä tapaamisessamme. Mietin pitkään ja vastasin lopulta, että olisin halunnut kuulla, että minua tarvitaan lasteni elämässä. Kukaan ei sanonut sitä minulle silloin, mutta ehkä voin nyt auttaa siinä, että joku toinen isä kuulee sen ajoissa.</p><p>Tästä aion puhua, kun pääsen harjoittelemaan asiakasraatiin. Pienryhmä on antanut minulle rohkeutta mutta myös sanoja. Ennen sanoin vain, että minua kohdeltiin huonosti. Nyt osaan kertoa, mitä olisin tarvinnut ja mitä työntekijä olisi voinut tehdä toisin.</p>",
                    ],
                ],
            },
            "et": {
                "title": "Isa väikerühmas: mida õppisin teisipäevaõhtutest",
                "lead": "Kogemuspartnerite koolituse kõige olulisem osa pole minu jaoks olnud loengusaal, vaid iganädalane väikerühm. Räägin, miks üksikisa hakkas teisipäevaõhtuid ootama.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Kui kandideerisin kogemuspartnerite koolitusele, kujutasin ette, et istun loengutes ja teen märkmeid. Loenguid on ka olnud ja neist on olnud kasu: lastekaitseseadus on mulle nüüd palju selgem kui siis, kui selle paragrahve mulle omaenda kliendiks olemise ajal ette loeti. Sügise tähtsaimad hetked on aga toimunud viieliikmelises väikerühmas.</p><p>Meie rühm saab kokku teisipäeviti kell kuus, üle nädala Majakkamäel ja üle nädala veebis. Veebikohtumistel näen ekraanil nelja kööki ja ühte elutuba. Kellegi taustal käib pesumasin, kellegi süles magab kass. Tavalise argielu keskel on kuidagi lihtsam rääkida suurtest asjadest.</p><p>Rühma juhib Majakkamäki sotsiaaltöötaja, kuid tema räägib õhtu jooksul kõige vähem. Tema ülesanne on hoolitseda selle eest, et igaüks saaks sõna ja et keegi ei jääks ka raske õhtu järel oma mõtetega üksi. Lõpuks ütleb igaüks ühe sõna, mis kirjeldab tema enesetunnet just praegu. Enamasti olen öelnud: kergem.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Kui Jari rääkis avamata kirjadest, sain aru, et ma polnud ainus, kes kartis oma postkasti. See üks lause andis mulle rohkem kui mõni loeng.",
                            "who": "Sari",
                            "role": "väikerühma liige",
                        },
                    ],
                    ["heading", {"text": "Küsimused, mida me üksi poleks küsinud", "anchor": ""}],
                    [
                        "text",
                        "<p>Väikerühmas arutame igal nädalal üht küsimust. Mõned neist on mul eriti hästi meelde jäänud:</p><ul><li>Milline inimene oleks olnud mulle hea kogemuspartner siis, kui asjad olid kõige halvemad?</li><li>Millest ma ära tunnen, et räägin oma lugu enda, mitte kuulaja pärast?</li><li>Mida teen, kui keegi küsib midagi, millele ma ei taha vastata?</li><li>Kuidas rääkida töötajatest õiglaselt ka siis, kui minu kogemus nendega on halb?</li></ul><p>Viimane küsimus oli minu jaoks kõige raskem. Mäletan üht sotsiaaltöötajat, kelle peale olen siiani natuke vihane. Rühm aitas mul eristada, mis oli ühe inimese kiire ja mis selline süsteemi viga, millest tasub arendusrühmades rääkida. See vahe on oluline, sest ühe inimese üle kurtmine ei muuda midagi, aga süsteemi vigu saab mõjutada.</p>",
                    ],
                    ["heading", {"text": "Ainus isa rühmas", "anchor": ""}],
                    [
                        "text",
                        "<p>Meie väikerühmas olen ainus isa. Esimesel korral mõtlesin, kas mind üldse kuulatakse. Kuulati, ja minult küsiti palju selle kohta, milline paistab lastekaitse isa silmis. Vestlustes märkasin, et enne lahutust olid kooli ja pereõe teated alati läinud laste emale. Kõik olid harjunud mind nägema kõrvalise tegelasena, ja lõpuks hakkasin ka ise end nii nägema.</p><p>Ühel õhtul küsis Sari minult, mida ma oleksin tahtnud, et töötaja meie esimesel kohtumisel ütleks. Mõtlesin kaua ja vastasin lõpuks, et oleksin tahtnud kuulda, et mind on mu laste elus vaja. Keegi ei öelnud mulle seda toona, aga võib-olla saan nüüd aidata kaasa sellele, et mõni teine isa kuuleb seda õigel ajal.</p><p>Sellest kavatsen rääkida, kui pääsen kliendikogusse praktikale. Väikerühm on andnud mulle julgust, aga ka sõnu. Varem ütlesin lihtsalt, et minuga käituti halvasti. Nüüd oskan öelda, mida ma oleksin vajanud ja mida töötaja oleks võinud teisiti teha.</p>",
                    ],
                ],
            },
            "lv": {
                "title": "Tēvs mazajā grupā: ko iemācījos otrdienu vakaros",
                "lead": "Man svarīgākā pieredzes partneru apmācības daļa nav bijusi lekciju zāle, bet gan iknedēļas mazā grupa. Pastāstīšu, kāpēc tēvs, kurš viens audzina bērnus, sāka gaidīt otrdienu vakarus.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Kad pieteicos pieredzes partneru apmācībai, iztēlojos, ka sēdēšu lekcijās un rakstīšu piezīmes. Lekcijas arī ir bijušas, un tās ir nākušas par labu: bērnu aizsardzības likums man tagad ir daudz skaidrāks nekā toreiz, kad tā pantus man lasīja priekšā, kamēr pats biju klients. Tomēr rudens svarīgākie brīži ir notikuši piecu cilvēku mazajā grupā.</p><p>Mūsu grupa tiekas otrdienās pulksten sešos, vienu nedēļu „Majakkamäki”, otru – tiešsaistē. Tiešsaistes tikšanās reizēs ekrānā redzu četras virtuves un vienu dzīvojamo istabu. Kādam fonā griežas veļasmašīna, kādam klēpī guļ kaķis. Parastas ikdienas vidū kaut kā ir vieglāk runāt par lielām lietām.</p><p>Grupu vada „Majakkamäki” sociālā darbiniece, taču vakara gaitā viņa runā vismazāk. Viņas uzdevums ir gādāt, lai katrs tiktu pie vārda un lai neviens pat pēc smaga vakara nepaliktu viens ar savām domām. Beigās katrs pasaka vienu vārdu, kas raksturo viņa pašsajūtu tieši tagad. Visbiežāk esmu teicis: vieglāk.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Kad Jari stāstīja par neatvērtajām vēstulēm, sapratu, ka neesmu vienīgā, kas baidījās no savas pastkastītes. Šis viens teikums man deva vairāk nekā daudzas lekcijas.",
                            "who": "Sari",
                            "role": "mazās grupas dalībniece",
                        },
                    ],
                    ["heading", {"text": "Jautājumi, ko vieni paši nebūtu uzdevuši", "anchor": ""}],
                    [
                        "text",
                        "<p>Mazajā grupā katru nedēļu pārrunājam vienu jautājumu. Daži no tiem man īpaši palikuši atmiņā:</p><ul><li>Kāds cilvēks man būtu bijis labs pieredzes partneris tad, kad viss bija visļaunāk?</li><li>Kā es pamanu, ka stāstu savu stāstu sevis, nevis klausītāja dēļ?</li><li>Ko darīt, ja kāds jautā kaut ko, uz ko negribu atbildēt?</li><li>Kā runāt par darbiniekiem godīgi arī tad, ja mana pieredze ar viņiem ir slikta?</li></ul><p>Pēdējais jautājums man bija visgrūtākais. Atceros kādu sociālo darbinieci, uz kuru joprojām mazliet dusmojos. Grupa man palīdzēja nošķirt, kas bija viena cilvēka steiga un kas – tāda sistēmas kļūda, par kuru vērts runāt attīstības grupās. Šī atšķirība ir svarīga, jo sūdzēšanās par vienu cilvēku neko nemaina, bet sistēmas kļūdas var ietekmēt.</p>",
                    ],
                    ["heading", {"text": "Vienīgais tēvs grupā", "anchor": ""}],
                    [
                        "text",
                        "<p>Mūsu mazajā grupā esmu vienīgais tēvs. Pirmajā reizē prātoju, vai mani vispār uzklausīs. Uzklausīja, un daudz jautāja, kā bērnu aizsardzība izskatās tēva acīm. Sarunās pamanīju, ka pirms šķiršanās skolas un bērnu veselības aprūpes māsas ziņas vienmēr bija nonākušas pie bērnu mātes. Visi bija pieraduši redzēt mani kā otrā plāna tēlu, un galu galā es pats sāku sevi tā redzēt.</p><p>Kādā vakarā Sari man pajautāja, ko es būtu gribējis, lai darbinieks pasaka mūsu pirmajā tikšanās reizē. Ilgi domāju un beigās atbildēju, ka būtu gribējis dzirdēt, ka esmu vajadzīgs savu bērnu dzīvē. Toreiz neviens man to neteica, bet varbūt tagad varu palīdzēt, lai kāds cits tēvs to izdzird laikus.</p><p>Par to gribu runāt, kad tikšu praksē klientu padomē. Mazā grupa man ir devusi drosmi, bet arī vārdus. Agrāk teicu tikai to, ka pret mani izturējās slikti. Tagad protu pateikt, kas man būtu bijis vajadzīgs un ko darbinieks būtu varējis darīt citādi.</p>",
                    ],
                ],
            },
            "nb": {
                "title": "Far i smågruppa: hva jeg lærte av tirsdagskveldene",
                "lead": "Den viktigste delen av opplæringen for erfaringspartnere har for meg ikke vært forelesningssalen, men den ukentlige smågruppa. Her forteller jeg hvorfor en alenefar begynte å glede seg til tirsdagskveldene.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Da jeg søkte på opplæringen for erfaringspartnere, så jeg for meg at jeg skulle sitte på forelesninger og ta notater. Det har vært forelesninger også, og de har vært nyttige: Barnevernsloven er mye klarere for meg nå enn da paragrafene ble lest høyt for meg mens jeg selv hadde en sak i barnevernet. Likevel har høstens viktigste øyeblikk skjedd i smågruppa vår på fem.</p><p>Gruppa møtes tirsdager klokka seks, annenhver uke på Majakkamäki og annenhver uke på nett. På nettmøtene ser jeg fire kjøkken og én stue på skjermen. Hos én går vaskemaskinen i bakgrunnen, hos en annen sover katten i fanget. Midt i den vanlige hverdagen er det på en måte lettere å snakke om store ting.</p><p>Gruppa ledes av en sosionom på Majakkamäki, men hun er den som snakker minst i løpet av kvelden. Oppgaven hennes er å passe på at alle slipper til, og at ingen blir sittende alene med tankene sine etter en tung kveld. Til slutt sier hver av oss ett ord som beskriver hvordan vi har det akkurat nå. Som oftest har jeg sagt: lettere.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Da Jari fortalte om brevene han aldri åpnet, skjønte jeg at jeg ikke var den eneste som var redd for sin egen postkasse. Den ene setningen betydde mer for meg enn mange forelesninger.",
                            "who": "Sari",
                            "role": "medlem av smågruppa",
                        },
                    ],
                    ["heading", {"text": "Spørsmål vi ikke ville stilt alene", "anchor": ""}],
                    [
                        "text",
                        "<p>I smågruppa tar vi for oss ett spørsmål hver uke. Noen av dem har festet seg særlig godt:</p><ul><li>Hva slags person ville vært en god erfaringspartner for meg da ting var på sitt verste?</li><li>Hvordan merker jeg at jeg forteller historien min for min egen skyld og ikke for tilhørernes?</li><li>Hva gjør jeg hvis noen spør om noe jeg ikke vil svare på?</li><li>Hvordan snakker jeg rettferdig om de ansatte også når erfaringen min med dem er dårlig?</li></ul><p>Det siste spørsmålet var det vanskeligste for meg. Jeg husker én saksbehandler som jeg fortsatt er litt sint på. Gruppa hjalp meg å skille mellom det som var travelheten til ett menneske, og det som var en systemfeil det er verdt å ta opp i utviklingsgrupper. Det skillet er viktig, for å klage på ett menneske forandrer ingenting, men feil i systemet kan man gjøre noe med.</p>",
                    ],
                    ["heading", {"text": "Eneste far i gruppa", "anchor": ""}],
                    [
                        "text",
                        "<p>I smågruppa vår er jeg den eneste faren. Første gang lurte jeg på om noen i det hele tatt ville høre på meg. Det gjorde de, og jeg fikk mange spørsmål om hvordan barnevernet ser ut med en fars øyne. I samtalene merket jeg at henvendelsene fra skolen og helsestasjonen før bruddet alltid hadde gått til barnas mor. Alle var vant til å se meg som en bifigur, og til slutt begynte jeg å se meg selv slik også.</p><p>En kveld spurte Sari meg hva jeg skulle ønske saksbehandleren hadde sagt på vårt første møte. Jeg tenkte lenge og svarte til slutt at jeg ville hørt at jeg trengs i livet til barna mine. Ingen sa det til meg den gangen, men kanskje kan jeg nå bidra til at en annen far får høre det i tide.</p><p>Dette skal jeg snakke om når jeg får praksis i et brukerpanel. Smågruppa har gitt meg mot, men også ord. Før sa jeg bare at jeg ble dårlig behandlet. Nå kan jeg fortelle hva jeg hadde trengt, og hva den ansatte kunne ha gjort annerledes.</p>",
                    ],
                ],
            },
        },
    },
    # 3 ------------------------------------------------------------------
    {
        "key": "fi-family-rehabilitation-ensimmainen-harjoittelutehtava",
        "slug": "ensimmainen-harjoittelutehtava-lastenkodissa",
        "author": "fi-family-rehabilitation-aleksi-heinonen",
        "date": "2025-11-18",
        "topics": ["topic-youth", "topic-services", "topic-training"],
        "related": ["fi-family-rehabilitation-ensimmainen-ryhma-valmistui"],
        "hero_colour": "#7a5c4d",
        "content": {
            "fi": {
                "title": "Ensimmäinen harjoittelutehtäväni: nuorena lastenkodin kehittämispäivässä",
                "lead": "Harjoittelun ensimmäinen tehtävä vei minut lastenkodin työntekijöiden kehittämispäivään. Pelkäsin puhuvani liikaa tai liian vähän – ja kävi vähän molempia.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Kokemuskumppanikoulutukseen kuuluu harjoittelu: jokainen meistä tekee syksyn aikana vähintään kolme tehtävää vertaisena tai kehittäjänä. Ensimmäinen tehtäväni oli lokakuussa, kun eräs keskisuomalainen lastenkoti pyysi nuorta kokemuskumppania mukaan henkilökunnan kehittämispäivään. Aiheena oli se, miten nuoren ensimmäisestä viikosta uudessa yksikössä saataisiin turvallisempi.</p><p>Olen itse muuttanut yksiköstä toiseen kolme kertaa, joten aihe oli tuttu. Juuri siksi jännitti. Pelkäsin, että kun pääsen vauhtiin, kerron kaiken, myös sen, mitä en ole päättänyt kertoa kenellekään vieraalle.</p><p>Koska asun Oulussa, matkustin Jyväskylään jo edellisenä iltana ja yövyin kaverin sohvalla. Aamulla aamupala ei oikein maistunut, ja kävin mielessäni läpi ensimmäisiä lauseitani. Lastenkodin pihalla tajusin, että olin viimeksi seissyt tällaisen rakennuksen ovella viisitoistavuotiaana, reppu selässä ja vihaisena koko maailmalle.</p>",
                    ],
                    ["heading", {"text": "Valmistautuminen pienryhmän kanssa", "anchor": ""}],
                    [
                        "text",
                        "<p>Kävimme tehtävän läpi etukäteen pienryhmässä. Päätin kolme asiaa, joista pidän kiinni:</p><ul><li>Kerron vain yhdestä muutosta, en kaikista kolmesta.</li><li>Puhun siitä, mitä tarvitsin, enkä siitä, kuka teki väärin.</li><li>Jos kysymys tuntuu liian henkilökohtaiselta, sanon sen ääneen ja palaan aiheeseen yleisellä tasolla.</li></ul><p>Lisäksi sovin koulutuksen ohjaajan kanssa, että soitan hänelle heti tehtävän jälkeen. Se puhelu osoittautui tärkeämmäksi kuin arvasin.</p><p>Pienryhmässä harjoittelimme myös tilanteita, joissa kuulija reagoi voimakkaasti. Yksi ryhmäläinen esitti työntekijää, joka alkaa puolustautua, ja minä harjoittelin vastaamaan rauhallisesti. Aluksi se tuntui hölmöltä näytelmältä, mutta kehittämispäivänä huomasin käyttäväni juuri niitä sanoja, joita olimme harjoitelleet.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Olemme kirjoittaneet tulovaiheen ohjeita vuosia, mutta kukaan meistä ei ollut tullut ajatelleeksi, ettei nuori ensimmäisenä iltana ehkä tiedä, saako hän ottaa jääkaapista ruokaa. Sellainen jää paperilta aina pois.",
                            "who": "Mervi",
                            "role": "lastenkodin vastaava ohjaaja",
                        },
                    ],
                    ["heading", {"text": "Mitä jäi käteen", "anchor": ""}],
                    [
                        "text",
                        "<p>Kerroin ensimmäisestä illastani uudessa yksikössä: olin nälkäinen, mutten uskaltanut kysyä, saako keittiöstä ottaa mitään. Huoneessa oli hetken hiljaista, ja sitten työntekijät alkoivat kirjoittaa seinällä olevalle paperitaululle. Päivän lopussa heillä oli lista pienistä asioista, jotka jokaiselle nuorelle kerrotaan ensimmäisen tunnin aikana: missä on ruoka, kenelle voi soittaa yöllä ja milloin saa olla omassa rauhassa.</p><p>Kaikki ei mennyt täydellisesti. Kun yksi työntekijä kysyi perheestäni, vastasin pidemmin kuin olin suunnitellut, ja kotimatkalla junassa harmitti. Puhelu ohjaajan kanssa auttoi. Hän muistutti, että omien rajojen pitäminen on taito, joka kehittyy tekemällä, eikä yksi pitkä vastaus tee tehtävästä epäonnistunutta. Seuraavassa tehtävässä osasin jo pysähtyä ajoissa ja sanoa, että tästä en halua puhua enempää.</p><p>Muutamaa viikkoa myöhemmin lastenkodin vastaava ohjaaja lähetti viestin, että uusi tulovaiheen lista on nyt jokaisen yksikön seinällä. Luin viestin bussissa kahteen kertaan. Tuntui oudolta ajatella, että yksi nälkäinen ilta vuosia sitten voi nyt tehdä jonkun toisen ensimmäisestä illasta vähän helpomman.</p>",
                    ],
                ],
            },
            "et": {
                "title": "Minu esimene praktikaülesanne: noorena lastekodu arenduspäeval",
                "lead": "Praktika esimene ülesanne viis mind lastekodu töötajate arenduspäevale. Kartsin, et räägin liiga palju või liiga vähe – ja juhtus natuke mõlemat.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Kogemuspartnerite koolitusse kuulub praktika: igaüks meist teeb sügise jooksul vähemalt kolm ülesannet kas kaaslase või arendajana. Minu esimene ülesanne oli oktoobris, kui üks Kesk-Soome lastekodu kutsus noore kogemuspartneri töötajate arenduspäevale. Teemaks oli, kuidas muuta noore esimene nädal uues üksuses turvalisemaks.</p><p>Olen ise kolinud ühest üksusest teise kolm korda, nii et teema oli tuttav. Just seepärast olin närvis. Kartsin, et kui hoo sisse saan, räägin kõik ära, ka selle, mida ma pole otsustanud ühelegi võõrale rääkida.</p><p>Kuna elan Oulus, sõitsin Jyväskylässe juba eelmisel õhtul ja ööbisin sõbra diivanil. Hommikul hommikusöök eriti ei maitsenud ja kordasin mõttes oma esimesi lauseid. Lastekodu hoovis taipasin, et viimati seisin sellise maja ukse ees viieteistaastasena, seljakott seljas ja vihane kogu maailma peale.</p>",
                    ],
                    ["heading", {"text": "Ettevalmistus koos väikerühmaga", "anchor": ""}],
                    [
                        "text",
                        "<p>Käisime ülesande eelnevalt väikerühmas läbi. Otsustasin kolm asja, millest kinni pean:</p><ul><li>Räägin ainult ühest kolimisest, mitte kõigist kolmest.</li><li>Räägin sellest, mida ma vajasin, mitte sellest, kes tegi valesti.</li><li>Kui küsimus tundub liiga isiklik, ütlen seda valjult välja ja tulen teema juurde tagasi üldisemalt.</li></ul><p>Lisaks leppisin koolituse juhendajaga kokku, et helistan talle kohe pärast ülesannet. See kõne osutus tähtsamaks, kui oskasin arvata.</p><p>Väikerühmas harjutasime ka olukordi, kus kuulaja reageerib tugevalt. Üks rühmakaaslane mängis töötajat, kes hakkab end kaitsma, ja mina harjutasin rahulikult vastamist. Alguses tundus see rumala näitemänguna, aga arenduspäeval märkasin, et kasutan just neid sõnu, mida olime harjutanud.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Oleme aastaid kirjutanud saabumisjärgu juhiseid, aga keegi meist polnud tulnud selle peale, et esimesel õhtul ei pruugi noor teada, kas ta tohib külmkapist toitu võtta. Selline asi jääb paberilt alati välja.",
                            "who": "Mervi",
                            "role": "lastekodu vastutav kasvataja",
                        },
                    ],
                    ["heading", {"text": "Mis kätte jäi", "anchor": ""}],
                    [
                        "text",
                        "<p>Rääkisin oma esimesest õhtust uues üksuses: olin näljane, aga ei julgenud küsida, kas köögist tohib midagi võtta. Ruumis oli hetk vaikus ja siis hakkasid töötajad seinal olevale paberitahvlile kirjutama. Päeva lõpuks oli neil nimekiri väikestest asjadest, mis igale noorele esimese tunni jooksul räägitakse: kus on toit, kellele saab öösel helistada ja millal võib olla omaette.</p><p>Kõik ei läinud täiuslikult. Kui üks töötaja küsis mu pere kohta, vastasin pikemalt, kui olin plaaninud, ja kojusõidul rongis tegi see meele mõruks. Kõne juhendajaga aitas. Ta tuletas meelde, et oma piiride hoidmine on oskus, mis areneb tehes, ja et üks pikk vastus ei muuda ülesannet ebaõnnestunuks. Järgmisel ülesandel oskasin juba õigel ajal peatuda ja öelda, et sellest ma rohkem rääkida ei taha.</p><p>Mõne nädala pärast saatis lastekodu vastutav kasvataja sõnumi, et uus saabumisjärgu nimekiri on nüüd iga üksuse seinal. Lugesin sõnumit bussis kaks korda. Tundus imelik mõelda, et üks näljane õhtu aastaid tagasi võib nüüd teha kellegi teise esimese õhtu natuke kergemaks.</p>",
                    ],
                ],
            },
            "lv": {
                "title": "Mans pirmais prakses uzdevums: jaunietis bērnu nama attīstības dienā",
                "lead": "Pirmais prakses uzdevums mani aizveda uz bērnu nama darbinieku attīstības dienu. Baidījos, ka runāšu par daudz vai par maz – un gadījās mazliet no abiem.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Pieredzes partneru apmācībā ietilpst prakse: katrs no mums rudens laikā veic vismaz trīs uzdevumus kā līdzinieks vai attīstītājs. Mans pirmais uzdevums bija oktobrī, kad kāds Centrālsomijas bērnu nams uzaicināja jaunu pieredzes partneri uz darbinieku attīstības dienu. Tēma bija tā, kā padarīt jaunieša pirmo nedēļu jaunā iestādē drošāku.</p><p>Es pats esmu trīs reizes pārcēlies no vienas iestādes uz citu, tāpēc tēma bija pazīstama. Tieši tāpēc biju satraucies. Baidījos, ka, tiklīdz iešu vaļā, izstāstīšu visu, arī to, ko neesmu nolēmis stāstīt nevienam svešam.</p><p>Tā kā dzīvoju Oulu, uz Jiveskili aizbraucu jau iepriekšējā vakarā un pārnakšņoju pie drauga uz dīvāna. No rīta brokastis īsti negāja pie sirds, un domās atkārtoju savus pirmos teikumus. Bērnu nama pagalmā aptvēru, ka pēdējo reizi pie šādas ēkas durvīm biju stāvējis piecpadsmit gadu vecumā, ar mugursomu plecos un dusmīgs uz visu pasauli.</p>",
                    ],
                    ["heading", {"text": "Gatavošanās kopā ar mazo grupu", "anchor": ""}],
                    [
                        "text",
                        "<p>Uzdevumu iepriekš izrunājām mazajā grupā. Nolēmu trīs lietas, pie kurām turēšos:</p><ul><li>Stāstīšu tikai par vienu pārcelšanos, nevis par visām trim.</li><li>Runāšu par to, kas man bija vajadzīgs, nevis par to, kurš rīkojās nepareizi.</li><li>Ja jautājums šķitīs pārāk personisks, pateikšu to skaļi un atgriezīšos pie tēmas vispārīgākā līmenī.</li></ul><p>Turklāt ar apmācības vadītāju vienojos, ka piezvanīšu viņai uzreiz pēc uzdevuma. Šī saruna izrādījās svarīgāka, nekā biju domājis.</p><p>Mazajā grupā vingrinājāmies arī situācijās, kad klausītājs reaģē spēcīgi. Viens grupas biedrs tēloja darbinieku, kurš sāk aizstāvēties, un es mācījos atbildēt mierīgi. Sākumā tas šķita muļķīga izrāde, bet attīstības dienā pamanīju, ka lietoju tieši tos vārdus, kurus bijām trenējuši.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Gadiem ilgi esam rakstījuši norādījumus jauniešu uzņemšanai, bet nevienam no mums nebija ienācis prātā, ka pirmajā vakarā jaunietis varbūt nezina, vai drīkst ņemt ēdienu no ledusskapja. Tādas lietas uz papīra vienmēr paliek nepierakstītas.",
                            "who": "Mervi",
                            "role": "bērnu nama vecākā audzinātāja",
                        },
                    ],
                    ["heading", {"text": "Kas palika atmiņā", "anchor": ""}],
                    [
                        "text",
                        "<p>Pastāstīju par savu pirmo vakaru jaunajā iestādē: biju izsalcis, bet neuzdrošinājos pajautāt, vai no virtuves drīkst kaut ko paņemt. Telpā uz brīdi iestājās klusums, un tad darbinieki sāka rakstīt uz pie sienas piestiprinātās papīra tāfeles. Dienas beigās viņiem bija saraksts ar sīkām lietām, ko katram jaunietim pastāsta jau pirmajā stundā: kur ir ēdiens, kam var piezvanīt naktī un kad drīkst pabūt vienatnē.</p><p>Ne viss izdevās ideāli. Kad kāda darbiniece jautāja par manu ģimeni, atbildēju garāk, nekā biju plānojis, un, braucot mājās vilcienā, man bija žēl. Saruna ar vadītāju palīdzēja. Viņa atgādināja, ka savu robežu ievērošana ir prasme, kas attīstās darot, un ka viena gara atbilde nepadara uzdevumu par neizdevušos. Nākamajā uzdevumā jau pratu laikus apstāties un pateikt, ka par to vairāk runāt negribu.</p><p>Pēc dažām nedēļām bērnu nama vecākā audzinātāja atsūtīja ziņu, ka jaunais uzņemšanas saraksts tagad karājas pie sienas katrā nodaļā. Autobusā ziņu izlasīju divreiz. Bija dīvaini domāt, ka viens izsalcis vakars pirms daudziem gadiem tagad var padarīt kāda cita pirmo vakaru mazliet vieglāku.</p>",
                    ],
                ],
            },
            "nb": {
                "title": "Mitt første praksisoppdrag: ung stemme på utviklingsdag i en barnevernsinstitusjon",
                "lead": "Det første praksisoppdraget mitt var en utviklingsdag for de ansatte på en barnevernsinstitusjon. Jeg var redd for å snakke for mye eller for lite – og det ble litt av begge deler.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Opplæringen for erfaringspartnere har en praksisdel: I løpet av høsten gjør hver av oss minst tre oppdrag som likeperson eller utvikler. Mitt første oppdrag var i oktober, da en barnevernsinstitusjon i Mellom-Finland ba om en ung erfaringspartner til de ansattes utviklingsdag. Temaet var hvordan den første uka i en ny avdeling kan bli tryggere for ungdommen.</p><p>Selv har jeg flyttet fra én avdeling til en annen tre ganger, så temaet var kjent. Nettopp derfor var jeg nervøs. Jeg var redd for at jeg, når jeg først kom i gang, skulle fortelle alt, også det jeg ikke har bestemt meg for å fortelle noen fremmede.</p><p>Siden jeg bor i Oulu, reiste jeg til Jyväskylä allerede kvelden før og sov på sofaen til en kompis. Om morgenen fikk jeg knapt ned frokosten, og i hodet gikk jeg gjennom de første setningene mine. I gården utenfor institusjonen gikk det opp for meg at sist jeg sto foran døra til et slikt hus, var jeg femten, med sekk på ryggen og sint på hele verden.</p>",
                    ],
                    ["heading", {"text": "Forberedelser med smågruppa", "anchor": ""}],
                    [
                        "text",
                        "<p>Vi gikk gjennom oppdraget i smågruppa på forhånd. Jeg bestemte meg for tre ting jeg skulle holde meg til:</p><ul><li>Jeg forteller bare om én flytting, ikke alle tre.</li><li>Jeg snakker om hva jeg trengte, ikke om hvem som gjorde feil.</li><li>Hvis et spørsmål føles for personlig, sier jeg det høyt og går tilbake til temaet på et mer generelt plan.</li></ul><p>I tillegg avtalte jeg med veilederen på opplæringen at jeg skulle ringe henne rett etter oppdraget. Den samtalen viste seg å være viktigere enn jeg hadde trodd.</p><p>I smågruppa øvde vi også på situasjoner der tilhørerne reagerer sterkt. En i gruppa spilte en ansatt som går i forsvar, og jeg øvde på å svare rolig. Først føltes det som et tåpelig skuespill, men på utviklingsdagen merket jeg at jeg brukte akkurat de ordene vi hadde øvd på.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Vi har skrevet rutiner for innkomst i årevis, men ingen av oss hadde tenkt på at ungdommen kanskje ikke vet om det er lov å ta mat fra kjøleskapet den første kvelden. Slikt kommer aldri med på papiret.",
                            "who": "Mervi",
                            "role": "avdelingsleder på barnevernsinstitusjon",
                        },
                    ],
                    ["heading", {"text": "Hva jeg satt igjen med", "anchor": ""}],
                    [
                        "text",
                        "<p>Jeg fortalte om min første kveld i den nye avdelingen: Jeg var sulten, men turte ikke spørre om jeg fikk ta noe fra kjøkkenet. Det ble stille i rommet en stund, og så begynte de ansatte å skrive på blokkarket på veggen. Ved slutten av dagen hadde de en liste over små ting som hver ungdom skal få vite i løpet av den første timen: hvor maten er, hvem man kan ringe om natta, og når man kan få være i fred.</p><p>Ikke alt gikk perfekt. Da en av de ansatte spurte om familien min, svarte jeg lenger enn jeg hadde planlagt, og på toget hjem angret jeg. Samtalen med veilederen hjalp. Hun minnet meg på at det å holde egne grenser er en ferdighet som utvikles gjennom praksis, og at ett langt svar ikke gjør oppdraget mislykket. På neste oppdrag klarte jeg å stoppe i tide og si at dette vil jeg ikke snakke mer om.</p><p>Noen uker senere sendte avdelingslederen en melding om at den nye innkomstlista nå henger på veggen i alle avdelinger. Jeg leste meldingen to ganger på bussen. Det var rart å tenke på at én sulten kveld for mange år siden nå kan gjøre den første kvelden litt lettere for noen andre.</p>",
                    ],
                ],
            },
        },
    },
    # 4 ------------------------------------------------------------------
    {
        "key": "fi-family-rehabilitation-vastassa-kun-perhe-saapuu",
        "slug": "vastassa-kun-perhe-saapuu",
        "author": "fi-family-rehabilitation-riikka-makela",
        "date": "2026-02-10",
        "topics": ["topic-peer-support", "topic-family", "topic-recovery"],
        "related": [
            "fi-family-rehabilitation-takaisin-opiskelijana",
            "fi-family-rehabilitation-ensimmainen-ryhma-valmistui",
        ],
        "hero_colour": "#6b5876",
        "content": {
            "fi": {
                "title": "Ensimmäinen tehtäväni: vastassa, kun perhe saapuu kuntoutukseen",
                "lead": "Tammikuussa olin ensimmäistä kertaa vastassa perhettä, joka saapui Majakkamäkeen kuntoutukseen. Muistin oman tulopäiväni ja sen, mitä olisin silloin halunnut kuulla.",
                "content_notes": "Kertoo päihteiden käytöstä ja lasten huostaanotosta.",
                "body": [
                    [
                        "text",
                        "<p>Valmistuimme joulukuussa, ja jo tammikuun toisella viikolla puhelin soi. Majakkamäen perheterapeutti kysyi, voisinko olla mukana, kun uusi perhe saapuu laitosmuotoiseen kuntoutukseen. Äiti oli toivonut, että tulopäivänä paikalla olisi joku, joka on itse kulkenut saman tien.</p><p>Oma tulopäiväni on yhä kirkkaana mielessäni. Lapseni olivat olleet sijoitettuina kaksi vuotta, ja kuntoutusjakso oli osa heidän kotiinpaluunsa valmistelua. Olin ollut päihteettä puolitoista vuotta, mutta sinä aamuna tunsin olevani koe-eläin, jota kaikki tarkkailevat. Muistan laskeneeni portaita, jotta minun ei tarvitsisi katsoa ketään silmiin.</p><p>Ennen tehtävää mietin pitkään, mitä pukisin päälleni. En liian siistiä, etten näyttäisi työntekijältä, enkä liian rentoa, ettei äiti luulisi minun tulleen vain ohimennen juttelemaan. Lopulta valitsin saman villatakin, jota pidin omalla kuntoutusjaksollani. Se tuntui sopivalta tavalta kantaa menneisyyttä mukana ilman, että siitä tarvitsi puhua.</p>",
                    ],
                    ["heading", {"text": "Kahvit ilman kansiota", "anchor": ""}],
                    [
                        "text",
                        "<p>Sovimme perheterapeutin kanssa etukäteen selkeän työnjaon. Hän hoiti käytännön asiat ja kuntoutussuunnitelman, minä istuin äidin kanssa kahvilla sillä välin, kun lapset tutustuivat leikkihuoneeseen ohjaajan kanssa. Minulla ei ollut kansiota eikä lomaketta, ja niin oli tarkoituskin.</p><p>Äiti kysyi ensimmäiseksi, tarkkaillaanko häntä täällä koko ajan. Vastasin rehellisesti, että työntekijät kyllä seuraavat perheen arkea, mutta että minulle se alkoi jossain vaiheessa tuntua enemmän tuelta kuin valvonnalta. Kerroin myös, että itkin ensimmäisellä viikolla joka ilta ja että sekin kuului asiaan.</p><p>Kesken kahvittelun perheen vanhempi lapsi tuli kurkkaamaan, kenen kanssa äiti istuu. Kerroin, että minullakin on kaksi lasta, jotka asuivat kerran täällä kanssani. Hän katsoi minua pitkään ja kysyi, pääsivätkö he kotiin. Kun sanoin, että pääsivät, hän juoksi takaisin leikkihuoneeseen kertomaan sen pikkuveljelleen.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Olen käynyt tulokeskusteluja viisitoista vuotta, mutta nyt näin ensimmäistä kertaa, kuinka äidin hartiat laskeutuivat jo ennen kuin olimme ehtineet sanoa mitään. Kokemuskumppani avasi oven, johon minulla ei ole avainta.",
                            "who": "Leena",
                            "role": "perheterapeutti",
                        },
                    ],
                    ["heading", {"text": "Mitä opin ensimmäisestä tehtävästä", "anchor": ""}],
                    [
                        "text",
                        "<p>Kotimatkalla kirjoitin puhelimeen muistiinpanoja, jotka kävin myöhemmin läpi työnohjauksessa:</p><ul><li>Oma tarina ei ole pääosassa. Kerroin siitä ehkä viisi lausetta, ja loput ajasta kuuntelin.</li><li>Työnjako kannattaa sopia etukäteen, jotta perhe tietää, kuka on kuka ja kenelle voi puhua mistäkin.</li><li>Saa olla liikuttunut, kunhan perheen ei tarvitse alkaa kannatella minua.</li></ul><p>Tapasin saman äidin vielä kaksi kertaa hänen jaksonsa aikana. Viimeisellä kerralla hän kertoi tulleensa aamupalalle ensimmäisenä eikä ollut enää miettinyt, kuka häntä katsoo. Minulle se oli koko talven paras uutinen.</p><p>Työnohjauksessa puhuimme myös siitä, miten pidän huolta itsestäni tällaisen päivän jälkeen. Minua auttaa pitkä kävely ja se, että kirjoitan illalla muutaman rivin siitä, mikä meni hyvin.</p>",
                    ],
                ],
            },
            "et": {
                "title": "Minu esimene ülesanne: vastas, kui pere rehabilitatsiooni saabub",
                "lead": "Jaanuaris olin esimest korda vastas perel, kes saabus Majakkamäele rehabilitatsiooni. Meenus mu enda saabumispäev ja see, mida oleksin siis tahtnud kuulda.",
                "content_notes": "Räägib sõltuvusainete tarvitamisest ja laste perest eraldamisest.",
                "body": [
                    [
                        "text",
                        "<p>Lõpetasime detsembris ja juba jaanuari teisel nädalal helises telefon. Majakkamäki pereterapeut küsis, kas saaksin olla kohal, kui uus pere saabub statsionaarsesse rehabilitatsiooni. Ema oli soovinud, et saabumispäeval oleks kohal keegi, kes on ise sama teed käinud.</p><p>Minu enda saabumispäev on mul siiani eredalt meeles. Mu lapsed olid olnud kaks aastat asendushooldusel ja rehabilitatsioon oli osa nende koju naasmise ettevalmistusest. Olin poolteist aastat olnud meelemürkideta, kuid sel hommikul tundsin end katsejänesena, keda kõik jälgivad. Mäletan, et lugesin treppe, et ei peaks kellelegi silma vaatama.</p><p>Enne ülesannet mõtlesin kaua, mida selga panna. Mitte liiga viisakat, et ma ei paistaks töötajana, ega liiga vaba, et ema ei arvaks, et tulin lihtsalt möödaminnes juttu ajama. Lõpuks valisin sama villase kampsuni, mida kandsin oma rehabilitatsiooni ajal. See tundus sobiv viis minevikku kaasas kanda, ilma et sellest peaks rääkima.</p>",
                    ],
                    ["heading", {"text": "Kohv ilma kaustata", "anchor": ""}],
                    [
                        "text",
                        "<p>Leppisime pereterapeudiga eelnevalt kokku selge tööjaotuse. Tema tegeles praktiliste asjade ja rehabilitatsiooniplaaniga, mina jõin emaga kohvi, samal ajal kui lapsed koos juhendajaga mängutoaga tutvusid. Mul polnud kausta ega ankeeti, ja nii oligi mõeldud.</p><p>Ema küsis kõigepealt, kas teda jälgitakse siin kogu aeg. Vastasin ausalt, et töötajad jälgivad küll pere igapäevaelu, aga et minu jaoks hakkas see mingil hetkel tunduma rohkem toe kui valvena. Rääkisin ka, et esimesel nädalal nutsin igal õhtul ja et ka see käis asja juurde.</p><p>Kohvi joomise ajal tuli pere vanem laps piiluma, kellega ema istub. Rääkisin, et mul on samuti kaks last, kes elasid kunagi siin koos minuga. Ta vaatas mind kaua ja küsis, kas nad said koju. Kui ütlesin, et said, jooksis ta tagasi mängutuppa, et seda oma väikevennale rääkida.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Olen pidanud saabumisvestlusi viisteist aastat, aga nüüd nägin esimest korda, kuidas ema õlad langesid juba enne, kui olime jõudnud midagi öelda. Kogemuspartner avas ukse, mille võtit mul ei ole.",
                            "who": "Leena",
                            "role": "pereterapeut",
                        },
                    ],
                    ["heading", {"text": "Mida ma esimesest ülesandest õppisin", "anchor": ""}],
                    [
                        "text",
                        "<p>Kojusõidul kirjutasin telefoni märkmeid, mille hiljem supervisioonis läbi arutasin:</p><ul><li>Minu enda lugu ei ole peaosas. Rääkisin sellest ehk viis lauset ja ülejäänud aja kuulasin.</li><li>Tööjaotus tasub eelnevalt kokku leppida, et pere teaks, kes on kes ja kellega millest rääkida saab.</li><li>Liigutatud võib olla, kui pere ei pea hakkama mind toetama.</li></ul><p>Kohtusin sama emaga tema rehabilitatsiooniperioodi jooksul veel kaks korda. Viimasel korral rääkis ta, et oli tulnud hommikusöögile esimesena ega olnud enam mõelnud, kes teda vaatab. Minu jaoks oli see kogu talve parim uudis.</p><p>Supervisioonis rääkisime ka sellest, kuidas ma pärast sellist päeva enda eest hoolitsen. Mind aitab pikk jalutuskäik ja see, et kirjutan õhtul paar rida sellest, mis läks hästi.</p>",
                    ],
                ],
            },
            "lv": {
                "title": "Mans pirmais uzdevums: sagaidīt ģimeni, kas ierodas rehabilitācijā",
                "lead": "Janvārī es pirmo reizi sagaidīju ģimeni, kas ieradās rehabilitācijā „Majakkamäki”. Atcerējos savu ierašanās dienu un to, ko toreiz būtu gribējusi dzirdēt.",
                "content_notes": "Stāstīts par apreibinošu vielu lietošanu un bērnu izņemšanu no ģimenes.",
                "body": [
                    [
                        "text",
                        "<p>Apmācību beidzām decembrī, un jau janvāra otrajā nedēļā iezvanījās telefons. „Majakkamäki” ģimenes terapeite jautāja, vai es varētu būt klāt, kad jauna ģimene ieradīsies stacionārajā rehabilitācijā. Māte bija vēlējusies, lai ierašanās dienā klāt būtu kāds, kurš pats gājis to pašu ceļu.</p><p>Savu ierašanās dienu joprojām atceros ļoti spilgti. Mani bērni divus gadus bija dzīvojuši ārpusģimenes aprūpē, un rehabilitācija bija daļa no gatavošanās viņu atgriešanai mājās. Pusotru gadu nebiju lietojusi apreibinošas vielas, taču tajā rītā jutos kā izmēģinājuma trusis, ko visi vēro. Atceros, ka skaitīju kāpnes, lai nevienam nebūtu jāskatās acīs.</p><p>Pirms uzdevuma ilgi prātoju, ko vilkt mugurā. Ne pārāk oficiāli, lai neizskatītos pēc darbinieces, un ne pārāk brīvi, lai māte nedomātu, ka esmu atnākusi vienkārši garāmejot papļāpāt. Beigās izvēlējos to pašu vilnas jaku, ko valkāju savas rehabilitācijas laikā. Tas šķita piemērots veids, kā nest pagātni sev līdzi, par to nerunājot.</p>",
                    ],
                    ["heading", {"text": "Kafija bez mapes", "anchor": ""}],
                    [
                        "text",
                        "<p>Ar ģimenes terapeiti iepriekš skaidri sadalījām pienākumus. Viņa kārtoja praktiskās lietas un rehabilitācijas plānu, bet es dzēru kafiju ar māti, kamēr bērni kopā ar audzinātāju iepazina rotaļu istabu. Man nebija ne mapes, ne veidlapas, un tā arī bija iecerēts.</p><p>Māte vispirms jautāja, vai viņu te visu laiku novēros. Godīgi atbildēju, ka darbinieki gan seko līdzi ģimenes ikdienai, bet man kādā brīdī tas sāka šķist vairāk atbalsts nekā uzraudzība. Pastāstīju arī, ka pirmajā nedēļā raudāju katru vakaru un ka arī tas bija daļa no procesa.</p><p>Kafijas dzeršanas vidū ģimenes vecākais bērns atnāca paskatīties, ar ko māte sēž. Pastāstīju, ka man arī ir divi bērni, kuri reiz šeit dzīvoja kopā ar mani. Zēns ilgi skatījās uz mani un jautāja, vai viņi tika mājās. Kad atbildēju, ka tika, viņš aizskrēja atpakaļ uz rotaļu istabu to pastāstīt mazajam brālim.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Piecpadsmit gadus vadu uzņemšanas sarunas, bet tagad pirmo reizi redzēju, kā mātes pleci atslāba, vēl pirms bijām paspējuši kaut ko pateikt. Pieredzes partnere atvēra durvis, kurām man nav atslēgas.",
                            "who": "Leena",
                            "role": "ģimenes terapeite",
                        },
                    ],
                    ["heading", {"text": "Ko iemācījos no pirmā uzdevuma", "anchor": ""}],
                    [
                        "text",
                        "<p>Braucot mājās, telefonā pierakstīju piezīmes, kuras vēlāk pārrunāju supervīzijā:</p><ul><li>Mans stāsts nav galvenajā lomā. Par to pateicu varbūt piecus teikumus, pārējo laiku klausījos.</li><li>Pienākumu sadalījumu vērts norunāt iepriekš, lai ģimene zina, kas ir kas un ar ko par ko var runāt.</li><li>Drīkst būt aizkustinātai, ja vien ģimenei nav jāsāk mani mierināt.</li></ul><p>Ar to pašu māti viņas rehabilitācijas laikā tikos vēl divas reizes. Pēdējā reizē viņa pastāstīja, ka uz brokastīm bija atnākusi pirmā un vairs nebija domājusi par to, kas uz viņu skatās. Man tā bija visas ziemas labākā ziņa.</p><p>Supervīzijā runājām arī par to, kā pēc šādas dienas parūpēties par sevi. Man palīdz gara pastaiga un tas, ka vakarā uzrakstu dažas rindiņas par to, kas izdevās labi.</p>",
                    ],
                ],
            },
            "nb": {
                "title": "Mitt første oppdrag: til stede når familien kommer",
                "lead": "I januar tok jeg for første gang imot en familie som kom til rehabilitering på Majakkamäki. Jeg husket min egen første dag og hva jeg skulle ønske noen hadde sagt til meg da.",
                "content_notes": "Omtaler rusbruk og omsorgsovertakelse.",
                "body": [
                    [
                        "text",
                        "<p>Vi ble ferdige med opplæringen i desember, og allerede i andre uke av januar ringte telefonen. En familieterapeut på Majakkamäki spurte om jeg kunne være med når en ny familie skulle begynne på et døgnopphold. Moren hadde ønsket at det var noen til stede den første dagen som selv hadde gått den samme veien.</p><p>Min egen første dag husker jeg fortsatt godt. Barna mine hadde bodd i fosterhjem i to år, og rehabiliteringsoppholdet var en del av forberedelsene til at de skulle flytte hjem. Jeg hadde vært rusfri i halvannet år, men den morgenen følte jeg meg som et forsøksdyr som alle holdt øye med. Jeg husker at jeg telte trappetrinn for å slippe å se noen i øynene.</p><p>Før oppdraget tenkte jeg lenge på hva jeg skulle ha på meg. Ikke for pent, så jeg ikke så ut som en ansatt, og ikke for avslappet, så moren ikke skulle tro at jeg bare var innom for en prat. Til slutt valgte jeg den samme ullkofta som jeg gikk med under mitt eget opphold. Det føltes som en passende måte å ha fortiden med seg på uten å måtte snakke om den.</p>",
                    ],
                    ["heading", {"text": "Kaffe uten perm", "anchor": ""}],
                    [
                        "text",
                        "<p>Familieterapeuten og jeg hadde avtalt en tydelig arbeidsdeling på forhånd. Hun tok seg av det praktiske og rehabiliteringsplanen, og jeg drakk kaffe med moren mens barna ble kjent med lekerommet sammen med en miljøarbeider. Jeg hadde verken perm eller skjema, og det var meningen.</p><p>Det første moren spurte om, var om hun ble overvåket hele tiden her. Jeg svarte ærlig at de ansatte riktignok følger med på hverdagen til familien, men at det etter hvert begynte å føles mer som støtte enn som kontroll for meg. Jeg fortalte også at jeg gråt hver kveld den første uka, og at det også hørte med.</p><p>Midt i kaffen kom den eldste gutten i familien for å kikke på hvem mamma satt sammen med. Jeg fortalte at jeg også har to barn, og at de en gang bodde her sammen med meg. Han så lenge på meg og spurte om de fikk komme hjem. Da jeg sa at de fikk det, løp han tilbake til lekerommet for å fortelle det til lillebroren.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Jeg har hatt innkomstsamtaler i femten år, men nå så jeg for første gang hvordan skuldrene til moren senket seg før vi i det hele tatt hadde rukket å si noe. Erfaringspartneren åpnet en dør jeg ikke har nøkkel til.",
                            "who": "Leena",
                            "role": "familieterapeut",
                        },
                    ],
                    ["heading", {"text": "Dette lærte jeg av det første oppdraget", "anchor": ""}],
                    [
                        "text",
                        "<p>På veien hjem skrev jeg notater på telefonen, som jeg senere gikk gjennom i veiledning:</p><ul><li>Min egen historie har ikke hovedrollen. Jeg sa kanskje fem setninger om den, resten av tiden lyttet jeg.</li><li>Arbeidsdelingen bør avtales på forhånd, slik at familien vet hvem som er hvem, og hvem de kan snakke med om hva.</li><li>Det er lov å bli rørt, så lenge familien ikke må begynne å ta vare på meg.</li></ul><p>Jeg møtte den samme moren to ganger til i løpet av oppholdet hennes. Siste gang fortalte hun at hun hadde vært den første ved frokostbordet og ikke lenger hadde tenkt på hvem som så på henne. For meg var det vinterens beste nyhet.</p><p>I veiledningen snakket vi også om hvordan jeg tar vare på meg selv etter en slik dag. Det som hjelper meg, er en lang tur og å skrive noen linjer om kvelden om hva som gikk bra.</p>",
                    ],
                ],
            },
        },
    },
    # 5 ------------------------------------------------------------------
    {
        "key": "fi-family-rehabilitation-ensimmainen-ryhma-valmistui",
        "slug": "ensimmainen-ryhma-valmistui",
        "author": "fi-family-rehabilitation-hanna-lehtonen",
        "date": "2026-01-22",
        "topics": ["topic-projects", "topic-training"],
        "related": [
            "fi-family-rehabilitation-ensimmainen-harjoittelutehtava",
            "fi-family-rehabilitation-vastassa-kun-perhe-saapuu",
        ],
        "hero_colour": "#4d6b6b",
        "content": {
            "fi": {
                "title": "Ensimmäinen ryhmä valmistui – mitä palaute kertoi meille?",
                "lead": "Joulukuussa valmistui kaksitoista kokemuskumppania. Kokoan yhteen, mitä osallistujat ja harjoittelupaikkojen työntekijät kertoivat ja mitä muutamme toista ryhmää varten.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Kun aloitimme kokemuskumppanikoulutuksen suunnittelun, meillä oli paljon toiveita ja vähän varmuutta. Tiesimme, että lastensuojelun asiakkaina olleilla vanhemmilla ja nuorilla on tietoa, joka ammattilaisilta puuttuu. Emme tienneet, miten viiden kuukauden koulutus kannattaisi rakentaa niin, että se tukee osallistujia eikä kuormita heitä liikaa.</p><p>Elokuussa aloitti kolmetoista ihmistä, ja joulukuun juhlassa todistuksen sai kaksitoista. Yksi osallistuja päätti keskeyttää elämäntilanteensa vuoksi, ja pidämme sitäkin hyvänä ratkaisuna: kokemuskumppanuuteen kuuluu myös taito tunnistaa oma jaksaminen.</p><p>Koulutus koostui kymmenestä lähiopetuspäivästä, viikoittaisista pienryhmistä ja harjoittelusta oikeissa työtilanteissa. Harjoittelupaikkoja oli yhdeksän: lastenkoteja, sosiaalityön tiimejä, oma perhekuntoutuksemme ja yksi ammattiopiston sosiaalialan opiskelijaryhmä. Jokainen osallistuja teki vähintään kolme tehtävää, ja moni teki enemmänkin.</p>",
                    ],
                    ["heading", {"text": "Mitä luvut kertovat", "anchor": ""}],
                    [
                        "text",
                        "<p>Keräsimme palautetta sekä osallistujilta että harjoittelupaikkojen työntekijöiltä. Muutama tulos on jäänyt erityisesti mieleen:</p><ul><li>Yksitoista valmistuneista sanoi, että rohkenee nyt kertoa kokemuksestaan ammattilaisille.</li><li>Jokainen osallistuja nimesi viikoittaisen pienryhmän koulutuksen tärkeimmäksi osaksi.</li><li>Seitsemäntoista harjoittelupaikkojen yhdeksästätoista työntekijästä kertoi, että kokemuskumppanin tapaaminen muutti sitä, miten he puhuvat perheiden kanssa.</li></ul><p>Lukujen takana on tarinoita. Eräs lastenkoti muutti tulovaiheen käytäntöjään nuoren kokemuskumppanin kertoman perusteella, ja oma perhekuntoutuksen työryhmämme ottaa nyt kokemuskumppanin mukaan perheiden tulopäiviin aina, kun perhe sitä toivoo.</p><p>Avovastauksissa osallistujat kuvasivat, että pienryhmässä sai harjoitella rajojen vetämistä turvallisesti ennen kuin sitä tarvittiin oikeissa tehtävissä. Moni kertoi myös, että oli tärkeää kuulla toisten kokemuksia: samankaltaisesta taustasta huolimatta jokaisen polku oli erilainen. Eräs isä kirjoitti, että ryhmä oli ensimmäinen paikka, jossa hänen ei tarvinnut selitellä menneisyyttään.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Ensin ajattelin, että kokemuskumppani tulee arvioimaan työtämme. Sitten huomasin, että hän tuli auttamaan meitä näkemään sen, mikä arjen kiireessä on jäänyt meiltä huomaamatta.",
                            "who": "Pekka",
                            "role": "sosiaalityöntekijä, harjoittelupaikan ohjaaja",
                        },
                    ],
                    ["heading", {"text": "Mitä muutamme toista ryhmää varten", "anchor": ""}],
                    [
                        "text",
                        "<p>Palautteessa toistui yksi toive: harjoittelutehtävien väliin tarvitaan enemmän aikaa. Kun tehtäviä oli monta peräkkäin, kokemuksia ei ehditty käsitellä pienryhmässä, ja osa osallistujista kertoi kantaneensa niitä yksin kotiin. Toisessa ryhmässä harjoittelukertoja on enemmän, mutta ne jaetaan tasaisemmin koko syksylle.</p><p>Lisäksi koulutukseen tulee päivä, jossa puhutaan palkkioista, verotuksesta ja siitä, miten kokemuskumppanin tehtävät sovitetaan yhteen muun työn, opintojen tai etuuksien kanssa. Moni kysyi tätä valmistumisen kynnyksellä, eikä meillä ollut siihen vielä riittävän selkeää vastausta.</p><p>Pyydämme myös jokaista harjoittelupaikkaa nimeämään yhteyshenkilön, jonka kanssa kokemuskumppani suunnittelee tehtävän etukäteen ja purkaa sen jälkikäteen. Toinen ryhmä aloittaa elokuussa, ja ensimmäisen ryhmän valmistuneet ovat lupautuneet kertomaan uusille, mitä heidän olisi ollut hyvä tietää syksyn alussa. Heidän kokemuksensa on meille yhtä arvokasta kuin yhdenkään kouluttajan luento. Kiitos kaikille, jotka uskalsivat lähteä kanssamme kokeilemaan.</p>",
                    ],
                ],
            },
            "et": {
                "title": "Esimene rühm lõpetas – mida tagasiside meile ütles?",
                "lead": "Detsembris lõpetas koolituse kaksteist kogemuspartnerit. Võtan kokku, mida rääkisid osalejad ja praktikakohtade töötajad ning mida teise rühma jaoks muudame.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Kui hakkasime kogemuspartnerite koolitust kavandama, oli meil palju lootusi ja vähe kindlust. Teadsime, et lastekaitse kliendiks olnud vanematel ja noortel on teadmisi, mis spetsialistidel puuduvad. Me ei teadnud, kuidas viiekuine koolitus üles ehitada nii, et see toetaks osalejaid ega koormaks neid üle.</p><p>Augustis alustas kolmteist inimest ja detsembri lõpupeol sai tunnistuse kaksteist. Üks osaleja otsustas oma eluolukorra tõttu koolituse katkestada ja peame sedagi heaks otsuseks: kogemuspartnerlusse kuulub ka oskus oma jõuvarusid ära tunda.</p><p>Koolitus koosnes kümnest kontaktõppepäevast, iganädalastest väikerühmadest ja praktikast päris tööolukordades. Praktikakohti oli üheksa: lastekodud, sotsiaaltöö meeskonnad, meie enda pererehabilitatsioon ja üks kutsekooli sotsiaalvaldkonna õpperühm. Iga osaleja tegi vähemalt kolm ülesannet ja paljud tegid rohkemgi.</p>",
                    ],
                    ["heading", {"text": "Mida arvud räägivad", "anchor": ""}],
                    [
                        "text",
                        "<p>Kogusime tagasisidet nii osalejatelt kui ka praktikakohtade töötajatelt. Mõni tulemus on eriti meelde jäänud:</p><ul><li>Üksteist lõpetanut ütlesid, et julgevad nüüd spetsialistidele oma kogemusest rääkida.</li><li>Iga osaleja nimetas iganädalase väikerühma koolituse kõige tähtsamaks osaks.</li><li>Seitseteist praktikakohtade üheksateistkümnest töötajast ütles, et kogemuspartneriga kohtumine muutis seda, kuidas nad peredega räägivad.</li></ul><p>Arvude taga on lood. Üks lastekodu muutis noore kogemuspartneri jutu põhjal oma saabumisjärgu tavasid ja meie enda pererehabilitatsiooni töörühm kaasab nüüd kogemuspartneri perede saabumispäevadele alati, kui pere seda soovib.</p><p>Vabavastustes kirjeldasid osalejad, et väikerühmas sai piiride seadmist turvaliselt harjutada enne, kui seda päris ülesannetel vaja läks. Paljud ütlesid ka, et oli oluline kuulda teiste kogemusi: sarnasest taustast hoolimata oli igaühe tee erinev. Üks isa kirjutas, et rühm oli esimene koht, kus ta ei pidanud oma minevikku õigustama.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Alguses arvasin, et kogemuspartner tuleb meie tööd hindama. Siis märkasin, et ta tuli aitama meil näha seda, mis on igapäevases kiires meie tähelepanu alt välja jäänud.",
                            "who": "Pekka",
                            "role": "sotsiaaltöötaja, praktikakoha juhendaja",
                        },
                    ],
                    ["heading", {"text": "Mida teise rühma jaoks muudame", "anchor": ""}],
                    [
                        "text",
                        "<p>Tagasisides kordus üks soov: praktikaülesannete vahele on vaja rohkem aega. Kui ülesandeid oli mitu järjest, ei jõutud kogemusi väikerühmas läbi arutada ja mõni osaleja rääkis, et kandis neid üksi koju. Teises rühmas on praktikakordi rohkem, kuid need jaotatakse kogu sügisele ühtlasemalt.</p><p>Lisaks tuleb koolitusse päev, kus räägime tasudest, maksudest ja sellest, kuidas kogemuspartneri ülesandeid muu töö, õpingute või toetustega ühitada. Paljud küsisid seda lõpetamise eel ja meil polnud veel piisavalt selget vastust.</p><p>Samuti palume igal praktikakohal määrata kontaktisiku, kellega kogemuspartner ülesande eelnevalt kavandab ja pärast läbi arutab. Teine rühm alustab augustis ning esimese rühma lõpetanud on lubanud uutele rääkida, mida neil oleks sügise alguses hea olnud teada. Nende kogemus on meile sama väärtuslik kui ükskõik millise koolitaja loeng. Aitäh kõigile, kes julgesid meiega koos katsetama hakata.</p>",
                    ],
                ],
            },
            "lv": {
                "title": "Pirmā grupa ir beigusi apmācību – ko mums pastāstīja atsauksmes?",
                "lead": "Decembrī apmācību pabeidza divpadsmit pieredzes partneri. Apkopoju, ko stāstīja dalībnieki un prakses vietu darbinieki un ko mainīsim otrajai grupai.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Kad sākām plānot pieredzes partneru apmācību, mums bija daudz cerību un maz pārliecības. Zinājām, ka vecākiem un jauniešiem, kuri bijuši bērnu aizsardzības klienti, ir zināšanas, kuru trūkst speciālistiem. Nezinājām, kā piecu mēnešu apmācību veidot tā, lai tā atbalstītu dalībniekus un tos nepārslogotu.</p><p>Augustā sāka trīspadsmit cilvēki, un decembra svētkos apliecību saņēma divpadsmit. Viens dalībnieks savas dzīves situācijas dēļ nolēma apmācību pārtraukt, un arī to uzskatām par labu lēmumu: pieredzes partnerībā ietilpst arī prasme novērtēt savus spēkus.</p><p>Apmācību veidoja desmit klātienes mācību dienas, iknedēļas mazās grupas un prakse īstās darba situācijās. Prakses vietu bija deviņas: bērnu nami, sociālā darba komandas, mūsu pašu ģimeņu rehabilitācija un viena profesionālās skolas sociālās jomas studentu grupa. Katrs dalībnieks veica vismaz trīs uzdevumus, un daudzi – vēl vairāk.</p>",
                    ],
                    ["heading", {"text": "Ko stāsta skaitļi", "anchor": ""}],
                    [
                        "text",
                        "<p>Atsauksmes vācām gan no dalībniekiem, gan no prakses vietu darbiniekiem. Daži rezultāti īpaši palikuši prātā:</p><ul><li>Vienpadsmit no beidzējiem teica, ka tagad uzdrošinās stāstīt speciālistiem par savu pieredzi.</li><li>Katrs dalībnieks iknedēļas mazo grupu nosauca par apmācības svarīgāko daļu.</li><li>Septiņpadsmit no deviņpadsmit prakses vietu darbiniekiem teica, ka tikšanās ar pieredzes partneri mainījusi to, kā viņi sarunājas ar ģimenēm.</li></ul><p>Aiz skaitļiem slēpjas stāsti. Kāds bērnu nams pēc jaunā pieredzes partnera stāstītā mainīja savu jauniešu uzņemšanas praksi, un mūsu pašu ģimeņu rehabilitācijas darba grupa tagad aicina pieredzes partneri uz ģimeņu ierašanās dienām vienmēr, kad ģimene to vēlas.</p><p>Brīvajās atbildēs dalībnieki rakstīja, ka mazajā grupā varēja droši mācīties novilkt robežas, pirms tas bija vajadzīgs īstos uzdevumos. Daudzi arī minēja, ka bija svarīgi dzirdēt citu pieredzi: lai gan fons bija līdzīgs, katra ceļš bija atšķirīgs. Kāds tēvs rakstīja, ka grupa bija pirmā vieta, kur viņam nevajadzēja attaisnoties par savu pagātni.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Sākumā domāju, ka pieredzes partnere nāk vērtēt mūsu darbu. Tad pamanīju, ka viņa atnāca palīdzēt mums ieraudzīt to, kas ikdienas steigā mums bija paslīdējis garām.",
                            "who": "Pekka",
                            "role": "sociālais darbinieks, prakses vietas vadītājs",
                        },
                    ],
                    ["heading", {"text": "Ko mainīsim otrajai grupai", "anchor": ""}],
                    [
                        "text",
                        "<p>Atsauksmēs atkārtojās viena vēlme: starp prakses uzdevumiem vajag vairāk laika. Kad uzdevumi bija vairāki pēc kārtas, pieredzi nepaguva pārrunāt mazajā grupā, un daži dalībnieki stāstīja, ka nesuši to vieni paši uz mājām. Otrajā grupā prakses reižu būs vairāk, bet tās tiks vienmērīgāk sadalītas pa visu rudeni.</p><p>Turklāt apmācībā būs diena, kurā runāsim par atlīdzību, nodokļiem un to, kā pieredzes partnera uzdevumus savienot ar citu darbu, studijām vai pabalstiem. Daudzi par to jautāja apmācības noslēgumā, un mums vēl nebija pietiekami skaidras atbildes.</p><p>Tāpat lūgsim katrai prakses vietai nozīmēt kontaktpersonu, ar kuru pieredzes partneris uzdevumu iepriekš saplāno un pēc tam izrunā. Otrā grupa sāks augustā, un pirmās grupas beidzēji ir apsolījuši jaunajiem pastāstīt, ko viņiem būtu noderējis zināt rudens sākumā. Viņu pieredze mums ir tikpat vērtīga kā jebkura pasniedzēja lekcija. Paldies visiem, kuri uzdrošinājās kopā ar mums izmēģināt ko jaunu.</p>",
                    ],
                ],
            },
            "nb": {
                "title": "Det første kullet er ferdig – hva sa tilbakemeldingene?",
                "lead": "I desember ble tolv erfaringspartnere ferdige med opplæringen. Her oppsummerer jeg hva deltakerne og de ansatte på praksisstedene fortalte, og hva vi endrer til neste kull.",
                "content_notes": "",
                "body": [
                    [
                        "text",
                        "<p>Da vi begynte å planlegge opplæringen for erfaringspartnere, hadde vi mange forhåpninger og lite visshet. Vi visste at foreldre og unge som har hatt kontakt med barnevernet, har kunnskap som fagfolk mangler. Vi visste ikke hvordan en opplæring på fem måneder burde bygges opp for at den skulle støtte deltakerne uten å belaste dem for mye.</p><p>Tretten personer begynte i august, og tolv fikk kursbevis på avslutningsfesten i desember. Én deltaker valgte å avbryte på grunn av livssituasjonen sin, og også det ser vi som en god avgjørelse: Å være erfaringspartner handler også om å kjenne sine egne krefter.</p><p>Opplæringen besto av ti samlingsdager, ukentlige smågrupper og praksis i virkelige arbeidssituasjoner. Vi hadde ni praksissteder: barnevernsinstitusjoner, team i sosialtjenesten, vår egen familierehabilitering og en klasse på sosialfag ved en yrkesskole. Hver deltaker gjorde minst tre oppdrag, og mange gjorde flere.</p>",
                    ],
                    ["heading", {"text": "Hva tallene forteller", "anchor": ""}],
                    [
                        "text",
                        "<p>Vi samlet inn tilbakemeldinger både fra deltakerne og fra de ansatte på praksisstedene. Noen resultater har festet seg særlig:</p><ul><li>Elleve av dem som fullførte, sa at de nå våger å fortelle fagfolk om erfaringen sin.</li><li>Hver eneste deltaker pekte på den ukentlige smågruppa som den viktigste delen av opplæringen.</li><li>Sytten av de nitten ansatte på praksisstedene opplevde at møtet med en erfaringspartner forandret hvordan de snakker med familiene.</li></ul><p>Bak tallene finnes historier. En barnevernsinstitusjon endret rutinene sine for innkomst etter det en ung erfaringspartner fortalte, og vårt eget team i familierehabiliteringen tar nå med en erfaringspartner på familienes første dag hver gang familien ønsker det.</p><p>I de åpne svarene beskrev deltakerne at smågruppa ga dem en trygg plass til å øve på å sette grenser før de trengte det i virkelige oppdrag. Mange skrev også at det var viktig å høre de andres erfaringer: Selv med lignende bakgrunn hadde alle gått hver sin vei. En far skrev at gruppa var det første stedet der han ikke trengte å forsvare fortiden sin.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Først tenkte jeg at erfaringspartneren kom for å vurdere arbeidet vårt. Så merket jeg at hun kom for å hjelpe oss å se det som hadde gått oss hus forbi i en travel hverdag.",
                            "who": "Pekka",
                            "role": "sosialarbeider og praksisveileder",
                        },
                    ],
                    ["heading", {"text": "Dette endrer vi til neste kull", "anchor": ""}],
                    [
                        "text",
                        "<p>Ett ønske gikk igjen i tilbakemeldingene: Det trengs mer tid mellom praksisoppdragene. Når det var flere oppdrag på rad, rakk vi ikke å bearbeide erfaringene i smågruppa, og noen deltakere fortalte at de bar dem med seg hjem alene. Det andre kullet får flere praksisoppdrag, men de fordeles jevnere over hele høsten.</p><p>I tillegg får opplæringen en dag om honorarer, skatt og hvordan oppdragene som erfaringspartner kan kombineres med annen jobb, studier eller trygdeytelser. Mange spurte om dette da de nærmet seg slutten, og vi hadde ennå ikke et tydelig nok svar.</p><p>Vi ber også hvert praksissted om å utpeke en kontaktperson som erfaringspartneren planlegger oppdraget med på forhånd og går gjennom det med i etterkant. Det andre kullet begynner i august, og de som ble ferdige i første kull, har lovet å fortelle de nye hva de skulle ønske de hadde visst ved starten av høsten. Erfaringene deres er like verdifulle for oss som en hvilken som helst forelesning. Takk til alle som turte å prøve noe nytt sammen med oss.</p>",
                    ],
                ],
            },
        },
    },
    # 6 ------------------------------------------------------------------
    {
        "key": "fi-family-rehabilitation-asiakasraati-kirjeet",
        "slug": "asiakasraati-kirjoitti-kirjeet-uudelleen",
        "author": "fi-family-rehabilitation-jari-nieminen",
        "date": "2026-06-02",
        "topics": ["topic-services", "topic-inclusion"],
        "related": ["fi-family-rehabilitation-isa-pienryhmassa"],
        "hero_colour": "#8a6f45",
        "content": {
            "fi": {
                "title": "Asiakasraadissa luettiin lastensuojelun kirjeitä – ja kirjoitettiin ne uudelleen",
                "lead": "Kevään asiakasraadissa vanhemmat lukivat ääneen lastensuojelun kirjeitä. Moni lause näytti aivan toiselta, kun sen lukee ihminen, jonka eteisessä odottaa jo kymmenen avaamatonta kuorta.",
                "content_notes": "Kertoo velkakierteestä ja lastensuojeluilmoituksesta.",
                "body": [
                    [
                        "text",
                        "<p>Kun velkani olivat pahimmillaan, en avannut kirjekuoria. Pinosin ne eteisen lipaston laatikkoon, ja pian laatikko oli niin täynnä, ettei se mennyt kiinni. Sinne päätyi myös lastensuojelun kirje, jossa minut kutsuttiin tapaamiseen sen jälkeen, kun koulu oli tehnyt ilmoituksen poikani poissaoloista. Löysin kirjeen vasta, kun sosiaalityöntekijä soitti ja kysyi, miksi en ollut tullut.</p><p>Velkojen kanssa on nyt helpompaa. Velkaneuvonnan avulla sain maksusuunnitelman, ja avaan postini joka perjantai, kun pojat ovat lähteneet harrastuksiinsa. Se on pieni rutiini, mutta se muistuttaa minua siitä, kuinka pitkä matka on kuljettu siitä laatikosta, joka ei mennyt kiinni.</p><p>Siksi innostuin, kun hyvinvointialueen lastensuojelu kutsui kokemuskumppaneita asiakasraatiin käymään läpi perheille lähteviä kirjeitä. Raati kokoontui verkossa kolmena iltana huhti- ja toukokuussa. Mukana oli neljä vanhempaa, kaksi sosiaalityöntekijää ja yksi viestinnän asiantuntija.</p>",
                    ],
                    ["heading", {"text": "Kirje, jota ei uskalla avata", "anchor": ""}],
                    [
                        "text",
                        "<p>Ensimmäisenä iltana luimme ääneen kutsun lastensuojelutarpeen selvitykseen. Kirje oli virheetön ja lain mukainen, mutta sen ensimmäinen kappale koostui pykälänumeroista, ja tapaamisen aika ja paikka löytyivät vasta toiselta sivulta. Kerroin, että minulle riitti aikanaan pelkkä kuori: näin lähettäjän nimen ja laitoin kirjeen laatikkoon muiden joukkoon.</p><p>Työstimme kirjeitä yhdessä kolmen illan ajan, ja lopulta sovimme muutamasta periaatteesta:</p><ul><li>Tärkein tieto eli aika, paikka ja yhteyshenkilön puhelinnumero on heti ensimmäisessä kappaleessa.</li><li>Kirjeessä kerrotaan yhdellä lauseella, miksi tapaamista ehdotetaan ja mitä siinä tapahtuu.</li><li>Lakiviittaukset siirretään kirjeen loppuun, mutta niitä ei poisteta.</li><li>Kirjeessä sanotaan suoraan, että ajan voi siirtää soittamalla.</li></ul><p>Sosiaalityöntekijät kertoivat, että osa lauseista oli peräisin vanhoista pohjista, joita kukaan ei ollut vuosiin kyseenalaistanut. Kun vanhemmat kertoivat, miltä ne tuntuivat, niiden muuttaminen oli yllättävän helppoa. Lopuksi viestinnän asiantuntija kokosi uudet pohjat ja lähetti ne meille vielä kerran kommentoitaviksi.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Olen lähettänyt näitä kirjeitä kymmenen vuotta enkä ole koskaan ajatellut, että vastaanottaja voi pelätä jo kuorta. Nyt luen jokaisen kirjeen ääneen ennen kuin lähetän sen.",
                            "who": "Satu",
                            "role": "sosiaalityöntekijä",
                        },
                    ],
                    ["heading", {"text": "Illat sopivat työssäkäyvälle isälle", "anchor": ""}],
                    [
                        "text",
                        "<p>Raadin tapaamiset oli tarkoituksella sovittu iltaan. Teen päivätyötä, enkä olisi voinut osallistua kello kymmeneltä aamulla. Osallistujille maksettiin palkkio, ja ilta päättyi aina sovittuun aikaan, joten ehdin vielä syödä iltapalaa poikien kanssa. Tällaiset pienet asiat kertovat, otetaanko asiakkaiden osallisuus tosissaan vai onko se vain kaunis sana hankesuunnitelmassa.</p><p>Uudet kirjepohjat otetaan käyttöön syksyllä. En tiedä, avaako joku isä nyt kirjeensä helpommin. Toivon sitä. Raadin jälkeen minua pyydettiin mukaan myös työryhmään, joka uudistaa lastensuojelun verkkosivuja. Ainakin tiedän, että seuraavan kirjeen ensimmäisessä kappaleessa on puhelinnumero, johon voi soittaa.</p>",
                    ],
                ],
            },
            "et": {
                "title": "Kliendikogus loeti lastekaitse kirju – ja kirjutati need ümber",
                "lead": "Kevadises kliendikogus lugesid vanemad lastekaitse kirju valjult ette. Paljud laused paistsid hoopis teistsugused, kui neid loeb inimene, kelle esikus ootab juba kümme avamata ümbrikku.",
                "content_notes": "Räägib võlgadesse sattumisest ja lastekaitseteatest.",
                "body": [
                    [
                        "text",
                        "<p>Kui mu võlad olid kõige hullemad, ei avanud ma ümbrikke. Ladusin need esiku kummuti sahtlisse ja peagi oli sahtel nii täis, et ei läinud enam kinni. Sinna sattus ka lastekaitse kiri, milles mind kutsuti kohtumisele pärast seda, kui kool oli teatanud mu poja puudumistest. Leidsin kirja alles siis, kui sotsiaaltöötaja helistas ja küsis, miks ma ei tulnud.</p><p>Võlgadega on nüüd lihtsam. Võlanõustamise abil sain maksegraafiku ja avan oma posti igal reedel, kui pojad on trenni läinud. See on väike harjumus, aga see tuletab mulle meelde, kui pika tee olen läbi käinud sellest sahtlist, mis kinni ei läinud.</p><p>Seepärast läksin õhinasse, kui heaolupiirkonna lastekaitse kutsus kogemuspartnereid kliendikogusse, et vaadata läbi peredele saadetavad kirjad. Kliendikogu sai kokku veebis kolmel õhtul aprillis ja mais. Kaasas olid neli lapsevanemat, kaks sotsiaaltöötajat ja üks kommunikatsioonispetsialist.</p>",
                    ],
                    ["heading", {"text": "Kiri, mida ei julge avada", "anchor": ""}],
                    [
                        "text",
                        "<p>Esimesel õhtul lugesime valjult ette kutse lastekaitsevajaduse hindamisele. Kiri oli veatu ja seadusega kooskõlas, kuid selle esimene lõik koosnes paragrahvinumbritest ning kohtumise aeg ja koht leidusid alles teiselt leheküljelt. Rääkisin, et minule piisas omal ajal pelgalt ümbrikust: nägin saatja nime ja panin kirja teiste hulka sahtlisse.</p><p>Töötasime kirjadega koos kolm õhtut ja lõpuks leppisime kokku mõnes põhimõttes:</p><ul><li>Kõige tähtsam teave ehk aeg, koht ja kontaktisiku telefoninumber on kohe esimeses lõigus.</li><li>Kirjas öeldakse ühe lausega, miks kohtumist pakutakse ja mis seal toimub.</li><li>Viited seadusele viiakse kirja lõppu, kuid neid ei kustutata.</li><li>Kirjas öeldakse otse, et aega saab helistades muuta.</li></ul><p>Sotsiaaltöötajad rääkisid, et osa lauseid pärines vanadest põhjadest, mida keegi polnud aastaid kahtluse alla seadnud. Kui vanemad ütlesid, kuidas need mõjuvad, oli neid üllatavalt lihtne muuta. Lõpuks pani kommunikatsioonispetsialist uued põhjad kokku ja saatis need meile veel kord kommenteerimiseks.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Olen neid kirju saatnud kümme aastat ega ole kunagi mõelnud, et saaja võib karta juba ümbrikku. Nüüd loen iga kirja enne saatmist valjult ette.",
                            "who": "Satu",
                            "role": "sotsiaaltöötaja",
                        },
                    ],
                    ["heading", {"text": "Õhtud sobivad töötavale isale", "anchor": ""}],
                    [
                        "text",
                        "<p>Kliendikogu kohtumised olid meelega õhtusse pandud. Käin päevatööl ega oleks saanud osaleda kell kümme hommikul. Osalejatele maksti tasu ja õhtu lõppes alati kokkulepitud ajal, nii et jõudsin veel poegadega õhtust süüa. Sellised väikesed asjad näitavad, kas klientide kaasamist võetakse tõsiselt või on see lihtsalt ilus sõna projektikavas.</p><p>Uued kirjapõhjad võetakse kasutusele sügisel. Ma ei tea, kas mõni isa avab nüüd oma kirja kergemini. Loodan seda. Pärast kliendikogu kutsuti mind ka töörühma, mis uuendab lastekaitse veebilehte. Vähemalt tean, et järgmise kirja esimeses lõigus on telefoninumber, kuhu saab helistada.</p>",
                    ],
                ],
            },
            "lv": {
                "title": "Klientu padomē lasīja bērnu aizsardzības vēstules – un uzrakstīja tās no jauna",
                "lead": "Pavasara klientu padomē vecāki skaļi lasīja bērnu aizsardzības vēstules. Daudzi teikumi izskatījās pavisam citādi, kad tos lasa cilvēks, kura priekšnamā jau gaida desmit neatvērtu aplokšņu.",
                "content_notes": "Stāstīts par parādu krīzi un ziņojumu bērnu aizsardzībai.",
                "body": [
                    [
                        "text",
                        "<p>Kad mani parādi bija visļaunākajā stāvoklī, es neatvēru aploksnes. Krāvu tās priekšnama kumodes atvilktnē, un drīz atvilktne bija tik pilna, ka vairs neaizvērās. Tur nonāca arī bērnu aizsardzības vēstule, kurā mani aicināja uz tikšanos pēc tam, kad skola bija ziņojusi par mana dēla kavējumiem. Vēstuli atradu tikai tad, kad sociālā darbiniece piezvanīja un jautāja, kāpēc neesmu atnācis.</p><p>Ar parādiem tagad ir vieglāk. Ar parādu konsultanta palīdzību tiku pie maksājumu grafika, un savu pastu atveru katru piektdienu, kad dēli aizgājuši uz treniņiem. Tas ir mazs ieradums, taču tas man atgādina, cik garu ceļu esmu nogājis kopš tās atvilktnes, kas neaizvērās.</p><p>Tāpēc ļoti iedegos, kad labklājības reģiona bērnu aizsardzības dienests aicināja pieredzes partnerus klientu padomē izskatīt ģimenēm sūtāmās vēstules. Padome tikās tiešsaistē trīs vakarus aprīlī un maijā. Piedalījās četri vecāki, divas sociālās darbinieces un viens komunikācijas speciālists.</p>",
                    ],
                    ["heading", {"text": "Vēstule, kuru bail atvērt", "anchor": ""}],
                    [
                        "text",
                        "<p>Pirmajā vakarā skaļi nolasījām uzaicinājumu uz bērna aizsardzības vajadzību izvērtēšanu. Vēstule bija nevainojama un atbilda likumam, taču tās pirmā rindkopa sastāvēja no pantu numuriem, un tikšanās laiks un vieta bija atrodami tikai otrajā lappusē. Pastāstīju, ka man savulaik pietika ar aploksni vien: ieraudzīju sūtītāja nosaukumu un ieliku vēstuli atvilktnē pie pārējām.</p><p>Trīs vakarus kopā strādājām ar vēstulēm, un beigās vienojāmies par dažiem principiem:</p><ul><li>Svarīgākā informācija – laiks, vieta un kontaktpersonas tālruņa numurs – ir jau pirmajā rindkopā.</li><li>Vēstulē vienā teikumā paskaidro, kāpēc tiek piedāvāta tikšanās un kas tajā notiks.</li><li>Atsauces uz likumu pārceļ uz vēstules beigām, taču tās neizdzēš.</li><li>Vēstulē skaidri pasaka, ka laiku var pārcelt, piezvanot.</li></ul><p>Sociālās darbinieces stāstīja, ka daļa teikumu nākusi no vecām veidnēm, kuras gadiem ilgi neviens nebija apšaubījis. Kad vecāki pastāstīja, kā tie iedarbojas, tos mainīt izrādījās pārsteidzoši viegli. Beigās komunikācijas speciālists apkopoja jaunās veidnes un vēlreiz atsūtīja tās mums komentāriem.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Desmit gadus sūtu šādas vēstules un nekad nebiju iedomājusies, ka saņēmējs var baidīties jau no aploksnes. Tagad katru vēstuli pirms nosūtīšanas nolasu skaļi.",
                            "who": "Satu",
                            "role": "sociālā darbiniece",
                        },
                    ],
                    ["heading", {"text": "Vakari der strādājošam tēvam", "anchor": ""}],
                    [
                        "text",
                        "<p>Padomes tikšanās apzināti bija ieplānotas vakaros. Strādāju dienas darbā un nebūtu varējis piedalīties desmitos no rīta. Dalībniekiem maksāja atlīdzību, un vakars vienmēr beidzās norunātajā laikā, tāpēc paguvu vēl kopā ar dēliem paēst vakariņas. Šādi sīkumi parāda, vai klientu līdzdalību uztver nopietni vai tas ir tikai skaists vārds projekta plānā.</p><p>Jaunās vēstuļu veidnes sāks lietot rudenī. Nezinu, vai kāds tēvs tagad vieglāk atvērs savu vēstuli. Ceru uz to. Pēc padomes mani uzaicināja arī darba grupā, kas atjauno bērnu aizsardzības tīmekļa vietni. Vismaz zinu, ka nākamās vēstules pirmajā rindkopā būs tālruņa numurs, uz kuru var piezvanīt.</p>",
                    ],
                ],
            },
            "nb": {
                "title": "Brukerpanelet leste brev fra barnevernet – og skrev dem om",
                "lead": "I vårens brukerpanel leste foreldre brev fra barnevernet høyt. Mange setninger så helt annerledes ut når de ble lest av noen som allerede har ti uåpnede konvolutter liggende i gangen.",
                "content_notes": "Omtaler gjeldsproblemer og en bekymringsmelding til barnevernet.",
                "body": [
                    [
                        "text",
                        "<p>Da gjelden min var på sitt verste, åpnet jeg ikke konvolutter. Jeg stablet dem i skuffen i kommoden i gangen, og snart var skuffen så full at den ikke gikk igjen. Der havnet også brevet fra barnevernet, der jeg ble innkalt til et møte etter at skolen hadde sendt bekymringsmelding om fraværet til sønnen min. Jeg fant brevet først da saksbehandleren ringte og spurte hvorfor jeg ikke hadde kommet.</p><p>Gjelden er lettere å håndtere nå. Med hjelp fra gjeldsrådgivningen fikk jeg en nedbetalingsplan, og jeg åpner posten hver fredag når guttene har dratt på trening. Det er en liten vane, men den minner meg om hvor langt jeg har kommet siden skuffen som ikke gikk igjen.</p><p>Derfor ble jeg ivrig da barnevernet i velferdsområdet inviterte erfaringspartnere til et brukerpanel for å gå gjennom brevene som sendes til familier. Panelet møttes på nett tre kvelder i april og mai. Med var fire foreldre, to saksbehandlere og en kommunikasjonsrådgiver.</p>",
                    ],
                    ["heading", {"text": "Brevet man ikke tør å åpne", "anchor": ""}],
                    [
                        "text",
                        "<p>Den første kvelden leste vi høyt en innkalling til undersøkelse av barnevernsbehov. Brevet var feilfritt og i tråd med loven, men første avsnitt besto av paragrafnumre, og tid og sted for møtet sto først på side to. Jeg fortalte at for meg var konvolutten i sin tid nok: Jeg så avsenderen og la brevet i skuffen sammen med de andre.</p><p>Vi arbeidet med brevene sammen i tre kvelder, og til slutt ble vi enige om noen prinsipper:</p><ul><li>Den viktigste informasjonen, altså tid, sted og telefonnummeret til kontaktpersonen, står i første avsnitt.</li><li>Brevet forklarer i én setning hvorfor det foreslås et møte, og hva som skjer der.</li><li>Lovhenvisningene flyttes til slutten av brevet, men de fjernes ikke.</li><li>Brevet sier rett ut at man kan flytte tidspunktet ved å ringe.</li></ul><p>Saksbehandlerne fortalte at noen av setningene stammet fra gamle maler som ingen hadde stilt spørsmål ved på årevis. Da foreldrene fortalte hvordan de virket, var det overraskende lett å endre dem. Til slutt satte kommunikasjonsrådgiveren sammen de nye malene og sendte dem til oss for en siste runde med kommentarer.</p>",
                    ],
                    [
                        "quote",
                        {
                            "text": "Jeg har sendt slike brev i ti år og aldri tenkt på at mottakeren kan være redd allerede for konvolutten. Nå leser jeg hvert brev høyt før jeg sender det.",
                            "who": "Satu",
                            "role": "saksbehandler i barnevernet",
                        },
                    ],
                    ["heading", {"text": "Kveldene passer for en far i jobb", "anchor": ""}],
                    [
                        "text",
                        "<p>Møtene i panelet var med vilje lagt til kveldstid. Jeg har dagjobb og kunne ikke ha deltatt klokka ti om formiddagen. Deltakerne fikk honorar, og kvelden sluttet alltid til avtalt tid, så jeg rakk kveldsmat med guttene. Slike små ting viser om brukermedvirkning blir tatt på alvor, eller om det bare er et fint ord i en prosjektplan.</p><p>De nye brevmalene tas i bruk til høsten. Jeg vet ikke om en far nå åpner brevet sitt lettere. Jeg håper det. Etter panelet ble jeg også spurt om å være med i en arbeidsgruppe som fornyer nettsidene til barnevernet. I hvert fall vet jeg at neste brev har et telefonnummer man kan ringe, allerede i første avsnitt.</p>",
                    ],
                ],
            },
        },
    },
]
