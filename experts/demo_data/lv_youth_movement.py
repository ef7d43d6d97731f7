"""Demo experts of Jauniešu kustība „Atspēriens”: eight fictional people, in four languages.

Data only: experts/demo.py reads ORGANISATION_KEY and EXPERTS.
"""

ORGANISATION_KEY = "lv-youth-movement"

EXPERTS = [
    {
        "key": "lv-youth-movement-laura-kalnina",
        "name": "Laura Kalniņa",
        "slug": "laura-kalnina",
        "is_pseudonym": False,
        "photo": True,
        "role": "lv-pieredzes-eksperts",
        "availability": "available",
        "training_hours": 48,
        "training_year": 2022,
        "themes": ["theme-leaving-care", "theme-poverty-debt"],
        "withdrawn_themes": [],
        "assignment_types": ["lecture", "panel", "workshop", "training"],
        "audiences": ["professionals", "students", "decision_makers", "young_people"],
        "languages": ["lv", "en"],
        "formats": ["in_person", "remote"],
        "regions": ["lv-riga"],
        "content": {
            "lv": {
                "summary": "Uzaugu bērnunamā un audžuģimenē, un astoņpadsmit gados paliku viena ar īres līgumu un tukšu ledusskapi. Stāstu speciālistiem un lēmumu pieņēmējiem, kas jaunietim palīdz pirmajos patstāvīgās dzīves gados.",
                "own_words": "<p>No astoņu gadu vecuma dzīvoju bērnunamā, vēlāk audžuģimenē. Kad man palika astoņpadsmit, viss beidzās vienā dienā: saņēmu dzīvokli pilsētas nomalē, nelielu pabalstu un labus vēlējumus ceļā. Neviens man nebija iemācījis samaksāt rēķinus vai pierakstīties pie ārsta, un pirmajā ziemā sakrāju parādus, no kuriem tiku vaļā tikai pēc trim gadiem.</p><p>Palīdzēja sociālā darbiniece, kura mani nenosodīja, bet apsēdās blakus un kopā ar mani sarakstīja visus maksājumus. Palīdzēja arī „Atspēriena” jaunieši, starp kuriem pirmo reizi sajutu, ka par savu stāstu nav jākaunas.</p><p>Lekcijās un diskusijās stāstu, kā pāreja uz patstāvīgu dzīvi izskatās no jaunieša puses un kas šajā ceļā tiešām noder. Man patīk strādāt ar tiem, kuri veido pakalpojumus jauniešiem pēc ārpusģimenes aprūpes, jo tur katra maza detaļa var atvieglot ceļu nākamajam.</p>",
                "training_programme": "„Atspēriena” pieredzes ekspertu sagatavošanas programma",
                "services": [
                    {
                        "caption": "Pakalpojumi un cenas",
                        "rows": [
                            {"service": "Lekcija speciālistiem vai studentiem", "format": "in_person", "duration_minutes": 90, "price": "120", "currency": "EUR"},
                            {"service": "Dalība diskusijā tiešsaistē", "format": "remote", "duration_minutes": 60, "price": "70", "currency": "EUR"},
                            {"service": "Darbnīca pakalpojumu veidotājiem kopā ar koordinatoru", "format": "in_person", "duration_minutes": 180, "price": "220", "currency": "EUR"},
                        ],
                        "note": "Skolām un jauniešu organizācijām cenu varam samazināt. Ceļa izdevumus ārpus Rīgas sedz pasūtītājs.",
                    }
                ],
            },
            "et": {
                "summary": "Kasvasin lastekodus ja kasuperes ning kaheksateistaastaselt jäin üksi üürilepingu ja tühja külmkapiga. Räägin spetsialistidele ja otsustajatele, mis aitab noort esimestel iseseisva elu aastatel.",
                "own_words": "<p>Alates kaheksandast eluaastast elasin lastekodus, hiljem kasuperes. Kui sain kaheksateist, lõppes kõik ühe päevaga: sain korteri linna servas, väikese toetuse ja head soovid teele kaasa. Keegi polnud mulle õpetanud, kuidas arveid maksta või arsti juurde aega panna, ja esimesel talvel kogusin võlgu, millest vabanesin alles kolme aasta pärast.</p><p>Aitas sotsiaaltöötaja, kes ei mõistnud mind hukka, vaid istus mu kõrvale ja pani koos minuga kõik maksed kirja. Aitasid ka Atspēriensi noored, kelle seas tundsin esimest korda, et oma loo pärast ei pea häbenema.</p><p>Loengutes ja aruteludel räägin, kuidas iseseisvasse ellu minek paistab noore vaatenurgast ja mis sellel teel päriselt aitab. Mulle meeldib töötada nendega, kes kujundavad teenuseid asendushoolduselt lahkuvatele noortele, sest seal võib iga väike üksikasi järgmise noore teed kergemaks teha.</p>",
                "training_programme": "Atspēriensi kogemusekspertide koolitusprogramm",
                "services": [
                    {
                        "caption": "Teenused ja hinnad",
                        "rows": [
                            {"service": "Loeng spetsialistidele või üliõpilastele", "format": "in_person", "duration_minutes": 90, "price": "120", "currency": "EUR"},
                            {"service": "Osalemine veebiarutelus", "format": "remote", "duration_minutes": 60, "price": "70", "currency": "EUR"},
                            {"service": "Töötuba teenuste arendajatele koos koordinaatoriga", "format": "in_person", "duration_minutes": 180, "price": "220", "currency": "EUR"},
                        ],
                        "note": "Koolidele ja noorteorganisatsioonidele saame hinda alandada. Sõidukulud väljaspool Riiat katab tellija.",
                    }
                ],
            },
            "fi": {
                "summary": "Kasvoin lastenkodissa ja sijaisperheessä, ja 18-vuotiaana jäin yksin vuokrasopimuksen ja tyhjän jääkaapin kanssa. Kerron ammattilaisille ja päättäjille, mikä auttaa nuorta itsenäisen elämän ensimmäisinä vuosina.",
                "own_words": "<p>Asuin kahdeksanvuotiaasta lastenkodissa ja myöhemmin sijaisperheessä. Kun täytin kahdeksantoista, kaikki päättyi yhdessä päivässä: sain asunnon kaupungin laidalta, pienen tuen ja hyvän matkan toivotukset. Kukaan ei ollut opettanut minulle, miten laskut maksetaan tai lääkäriaika varataan, ja ensimmäisenä talvena minulle kertyi velkoja, joista pääsin eroon vasta kolmen vuoden päästä.</p><p>Apua sain sosiaalityöntekijältä, joka ei tuominnut vaan istui viereeni ja kirjasi kanssani kaikki maksut ylös. Apua sain myös Atspēriensin nuorilta, joiden joukossa tunsin ensimmäistä kertaa, ettei tarinaani tarvitse hävetä.</p><p>Luennoilla ja keskusteluissa kerron, miltä siirtyminen omaan elämään näyttää nuoren silmin ja mikä siinä oikeasti auttaa. Teen mielelläni työtä niiden kanssa, jotka kehittävät palveluja sijaishuollosta itsenäistyville, koska siellä jokainen pieni yksityiskohta voi helpottaa seuraavan nuoren matkaa.</p>",
                "training_programme": "Atspēriensin kokemusasiantuntijakoulutus",
                "services": [
                    {
                        "caption": "Palvelut ja hinnat",
                        "rows": [
                            {"service": "Luento ammattilaisille tai opiskelijoille", "format": "in_person", "duration_minutes": 90, "price": "120", "currency": "EUR"},
                            {"service": "Osallistuminen verkkokeskusteluun", "format": "remote", "duration_minutes": 60, "price": "70", "currency": "EUR"},
                            {"service": "Työpaja palvelujen kehittäjille yhdessä koordinaattorin kanssa", "format": "in_person", "duration_minutes": 180, "price": "220", "currency": "EUR"},
                        ],
                        "note": "Kouluille ja nuorisojärjestöille voimme alentaa hintaa. Riian ulkopuolisista matkakuluista vastaa tilaaja.",
                    }
                ],
            },
            "nb": {
                "summary": "Jeg vokste opp på barnehjem og i fosterfamilie, og som attenåring sto jeg alene med en leiekontrakt og et tomt kjøleskap. Jeg forteller fagfolk og beslutningstakere hva som hjelper unge de første årene på egen hånd.",
                "own_words": "<p>Fra jeg var åtte, bodde jeg på barnehjem og senere i en fosterfamilie. Da jeg fylte atten, tok alt slutt på én dag: Jeg fikk en leilighet i utkanten av byen, en liten stønad og noen lykkeønskninger på veien. Ingen hadde lært meg å betale regninger eller bestille legetime, og den første vinteren fikk jeg gjeld som det tok tre år å bli kvitt.</p><p>Det som hjalp, var en sosialarbeider som ikke dømte meg, men satte seg ved siden av meg og skrev opp alle betalingene sammen med meg. Ungdommene i Atspēriens hjalp også – blant dem kjente jeg for første gang at jeg ikke trengte å skamme meg over historien min.</p><p>I foredrag og samtaler forteller jeg hvordan overgangen til et selvstendig liv ser ut fra den unges side, og hva som faktisk hjelper underveis. Jeg liker å jobbe med dem som utformer tjenester for unge som flytter ut fra barnevernet, for der kan hver lille detalj gjøre veien lettere for den neste.</p>",
                "training_programme": "Atspēriens' opplæringsprogram for erfaringseksperter",
                "services": [
                    {
                        "caption": "Tjenester og priser",
                        "rows": [
                            {"service": "Foredrag for fagfolk eller studenter", "format": "in_person", "duration_minutes": 90, "price": "120", "currency": "EUR"},
                            {"service": "Deltakelse i samtale på nett", "format": "remote", "duration_minutes": 60, "price": "70", "currency": "EUR"},
                            {"service": "Verksted for dem som utvikler tjenester, sammen med en koordinator", "format": "in_person", "duration_minutes": 180, "price": "220", "currency": "EUR"},
                        ],
                        "note": "For skoler og ungdomsorganisasjoner kan vi sette ned prisen. Reiseutgifter utenfor Riga dekkes av oppdragsgiveren.",
                    }
                ],
            },
        },
    },
    {
        "key": "lv-youth-movement-zile",
        "name": "Zīle",
        "slug": "zile",
        "is_pseudonym": True,
        "photo": False,
        "role": "lv-pieredzes-eksperts",
        "availability": "limited",
        "training_hours": 40,
        "training_year": 2024,
        "themes": ["theme-mental-health-recovery"],
        "withdrawn_themes": ["theme-close-one"],
        "assignment_types": ["peer_support", "interview", "panel"],
        "audiences": ["young_people", "peers", "students"],
        "languages": ["lv", "ru"],
        "formats": ["remote"],
        "regions": ["lv-latgale"],
        "content": {
            "lv": {
                "summary": "Vidusskolas gados piedzīvoju ilgu garīgās veselības krīzi un mēnešiem gandrīz neizgāju no savas istabas. Tiešsaistē sarunājos ar vienaudžiem, kuriem šobrīd ir smagi. Studiju dēļ mans laiks ir ierobežots.",
                "own_words": "<p>Sešpadsmit gados mana pasaule sašaurinājās līdz vienai istabai. Skolā nebiju gandrīz pusgadu, telefons bija izslēgts, un vecāki nezināja, kā pie manis piekļūt. Mani bija pārņēmis nogurums, kuram nebija vārda, un kauns par to, ka nespēju paveikt pat visvienkāršākās lietas.</p><p>Pagrieziens nāca lēni. Skolas psiholoģe man sūtīja īsas ziņas, neko negaidot pretī, un kādu dienu es piekritu aiziet līdz viņas kabinetam. Vēlāk palīdzēja dienas ritms, suns, ar kuru bija jāiet ārā, un vienaudžu grupa, kurā neviens nebrīnījās par maniem klusajiem vakariem.</p><p>Tagad studēju un vakaros tiešsaistē sarunājos ar jauniešiem, kuri ir tur, kur reiz biju es. Nevienam nesolu ātru risinājumu, bet varu pastāstīt, ka atveseļošanās notiek maziem solīšiem un ka arī atkāpšanās ir daļa no ceļa.</p>",
                "training_programme": "Vienaudžu atbalsta sagatavošanas kurss „Atspērienā”",
                "services": [],
            },
            "et": {
                "summary": "Keskkooliaastatel elasin läbi pika vaimse tervise kriisi ega lahkunud kuude kaupa peaaegu oma toast. Vestlen veebis eakaaslastega, kellel on praegu raske. Õpingute tõttu on mu aeg piiratud.",
                "own_words": "<p>Kuueteistaastaselt kahanes mu maailm üheks toaks. Koolis ei käinud ma peaaegu pool aastat, telefon oli välja lülitatud ja vanemad ei teadnud, kuidas minuni jõuda. Mind oli vallanud väsimus, millele polnud nime, ja häbi, et ma ei suuda teha isegi kõige lihtsamaid asju.</p><p>Pööre tuli aeglaselt. Kooli psühholoog saatis mulle lühikesi sõnumeid, ootamata midagi vastu, ja ühel päeval olin nõus tema kabinetini minema. Hiljem aitasid päevarütm, koer, kellega tuli õue minna, ja eakaaslaste rühm, kus keegi ei imestanud mu vaiksete õhtute üle.</p><p>Nüüd õpin ülikoolis ja vestlen õhtuti veebis noortega, kes on seal, kus kunagi olin mina. Ma ei luba kellelegi kiiret lahendust, aga võin rääkida, et taastumine käib väikeste sammudega ja et ka tagasilöögid kuuluvad teekonna juurde.</p>",
                "training_programme": "Atspēriensi eakaaslaste toe ettevalmistuskursus",
                "services": [],
            },
            "fi": {
                "summary": "Kouluvuosinani elin läpi pitkän mielenterveyskriisin enkä kuukausiin juuri poistunut huoneestani. Keskustelen verkossa ikätovereiden kanssa, joilla on nyt raskasta. Opintojen vuoksi aikani on rajallinen.",
                "own_words": "<p>Kuusitoistavuotiaana maailmani kutistui yhdeksi huoneeksi. En käynyt koulussa melkein puoleen vuoteen, puhelin oli kiinni, eivätkä vanhempani tienneet, miten tavoittaa minut. Minut oli vallannut väsymys, jolle ei ollut nimeä, ja häpeä siitä, etten pystynyt tekemään edes yksinkertaisimpia asioita.</p><p>Käänne tuli hitaasti. Koulupsykologi lähetti minulle lyhyitä viestejä odottamatta mitään takaisin, ja eräänä päivänä suostuin menemään hänen huoneeseensa asti. Myöhemmin auttoivat päivärytmi, koira, jonka kanssa oli pakko lähteä ulos, ja vertaisryhmä, jossa kukaan ei ihmetellyt hiljaisia iltojani.</p><p>Nyt opiskelen ja keskustelen iltaisin verkossa nuorten kanssa, jotka ovat siellä, missä minä kerran olin. En lupaa kenellekään nopeaa ratkaisua, mutta voin kertoa, että toipuminen etenee pienin askelin ja että myös takapakit kuuluvat matkaan.</p>",
                "training_programme": "Atspēriensin vertaistuen valmennuskurssi",
                "services": [],
            },
            "nb": {
                "summary": "På videregående gikk jeg gjennom en lang psykisk krise og var knapt utenfor rommet mitt på flere måneder. Jeg snakker på nett med jevnaldrende som har det tungt nå. På grunn av studiene har jeg begrenset tid.",
                "own_words": "<p>Da jeg var seksten, krympet verden min til ett rom. Jeg var nesten ikke på skolen på et halvt år, telefonen var slått av, og foreldrene mine visste ikke hvordan de skulle nå inn til meg. Jeg var fylt av en tretthet uten navn og av skam over at jeg ikke klarte selv de enkleste tingene.</p><p>Vendepunktet kom langsomt. Skolepsykologen sendte meg korte meldinger uten å vente noe tilbake, og en dag gikk jeg med på å komme bort til kontoret hennes. Senere hjalp faste rutiner, en hund som måtte luftes, og en gruppe jevnaldrende der ingen undret seg over de stille kveldene mine.</p><p>Nå studerer jeg, og om kveldene snakker jeg på nett med unge som er der jeg en gang var. Jeg lover ingen en rask løsning, men jeg kan fortelle at bedring skjer i små steg, og at tilbakeslag også hører med på veien.</p>",
                "training_programme": "Forberedende kurs i likepersonsstøtte i Atspēriens",
                "services": [],
            },
        },
    },
    {
        "key": "lv-youth-movement-arturs-liepa",
        "name": "Artūrs Liepa",
        "slug": "arturs-liepa",
        "is_pseudonym": False,
        "photo": True,
        "role": "lv-pieredzes-eksperts",
        "availability": "available",
        "training_hours": 60,
        "training_year": 2021,
        "themes": ["theme-discrimination"],
        "withdrawn_themes": [],
        "assignment_types": ["training", "lecture", "workshop", "panel"],
        "audiences": ["professionals", "students", "young_people"],
        "languages": ["lv", "en", "ru"],
        "formats": ["in_person"],
        "regions": ["lv-vidzeme", "lv-riga"],
        "content": {
            "lv": {
                "summary": "Skolas gadus mazā Vidzemes pilsētiņā pavadīju, slēpjot, kas esmu, un vēlāk – izturot apsaukāšanos. Vadu mācības skolotājiem un jaunatnes darbiniekiem par to, kā pamanīt un apturēt neiecietību.",
                "own_words": "<p>Uzaugu nelielā Vidzemes pilsētiņā, kur visi cits citu pazīst. Kad klasesbiedri uzzināja, ka man patīk puiši, sākās apsaukāšanās, izsmiekls sociālajos tīklos un klusums skolotāju istabā. Visvairāk sāpēja nevis vārdi, bet tas, ka pieaugušie izlikās neko nemanām.</p><p>Mani izglāba divas lietas: vecmāmiņa, kura teica, ka viņas mājās es vienmēr būšu gaidīts, un jauniešu centrs, kura vadītāja skaidri pateica, ka tur nevienu neaizskar. Pēc skolas pārcēlos uz Rīgu, sāku studēt un pamazām iemācījos runāt par sevi bez bailēm.</p><p>Tagad vadu nodarbības skolotājiem, jaunatnes darbiniekiem un studentiem. Kopā pārrunājam īstas situācijas no skolu gaiteņiem un meklējam vārdus, ar kuriem pieaugušais var iejaukties. Mans mērķis ir, lai neviens jaunietis vairs nejustos tik vientuļš kā es toreiz.</p>",
                "training_programme": "„Atspēriena” pieredzes ekspertu sagatavošanas programma",
                "services": [
                    {
                        "caption": "Pakalpojumi un cenas",
                        "rows": [
                            {"service": "Mācības skolotājiem vai jaunatnes darbiniekiem (līdz 25 dalībniekiem)", "format": "in_person", "duration_minutes": 180, "price": "200", "currency": "EUR"},
                            {"service": "Lekcija studentiem", "format": "in_person", "duration_minutes": 90, "price": "110", "currency": "EUR"},
                            {"service": "Darbnīca vidusskolēniem", "format": "in_person", "duration_minutes": 90, "price": "90", "currency": "EUR"},
                        ],
                        "note": "Ārpus Rīgas un Vidzemes ceļa izdevumus rēķinām atsevišķi.",
                    }
                ],
            },
            "et": {
                "summary": "Veetsin kooliaastad väikeses Vidzeme linnas, varjates, kes ma olen, ja hiljem mõnitamist taludes. Juhin õpetajatele ja noorsootöötajatele koolitusi sellest, kuidas sallimatust märgata ja peatada.",
                "own_words": "<p>Kasvasin üles väikeses Vidzeme linnas, kus kõik tunnevad üksteist. Kui klassikaaslased said teada, et mulle meeldivad poisid, algasid sõimamine, pilkamine sotsiaalmeedias ja vaikus õpetajate toas. Kõige rohkem ei teinud haiget sõnad, vaid see, et täiskasvanud teesklesid, nagu nad ei märkaks midagi.</p><p>Mind päästsid kaks asja: vanaema, kes ütles, et tema kodus olen ma alati oodatud, ja noortekeskus, mille juhataja ütles selgelt, et seal ei solvata kedagi. Pärast kooli kolisin Riiga, alustasin õpinguid ja õppisin vähehaaval endast ilma hirmuta rääkima.</p><p>Nüüd juhin tunde õpetajatele, noorsootöötajatele ja üliõpilastele. Arutame koos päris olukordi koolikoridoridest ja otsime sõnu, millega täiskasvanu saab vahele astuda. Minu eesmärk on, et ükski noor ei tunneks end enam nii üksikuna kui mina tollal.</p>",
                "training_programme": "Atspēriensi kogemusekspertide koolitusprogramm",
                "services": [
                    {
                        "caption": "Teenused ja hinnad",
                        "rows": [
                            {"service": "Koolitus õpetajatele või noorsootöötajatele (kuni 25 osalejat)", "format": "in_person", "duration_minutes": 180, "price": "200", "currency": "EUR"},
                            {"service": "Loeng üliõpilastele", "format": "in_person", "duration_minutes": 90, "price": "110", "currency": "EUR"},
                            {"service": "Töötuba gümnaasiumiõpilastele", "format": "in_person", "duration_minutes": 90, "price": "90", "currency": "EUR"},
                        ],
                        "note": "Väljaspool Riiat ja Vidzemet arvestame sõidukulud eraldi.",
                    }
                ],
            },
            "fi": {
                "summary": "Vietin kouluvuoteni pienessä vidzemeläisessä kaupungissa salaten, kuka olen, ja myöhemmin pilkkaa kestäen. Koulutan opettajia ja nuorisotyöntekijöitä huomaamaan suvaitsemattomuuden ja puuttumaan siihen.",
                "own_words": "<p>Kasvoin pienessä kaupungissa Vidzemessä, jossa kaikki tuntevat toisensa. Kun luokkatoverit saivat tietää, että pidän pojista, alkoivat nimittely, pilkka sosiaalisessa mediassa ja hiljaisuus opettajanhuoneessa. Eniten eivät satuttaneet sanat vaan se, että aikuiset teeskentelivät, etteivät huomaa mitään.</p><p>Minut pelastivat kaksi asiaa: isoäiti, joka sanoi, että hänen kotiinsa olen aina tervetullut, ja nuorisotalo, jonka johtaja sanoi selvästi, ettei siellä loukata ketään. Koulun jälkeen muutin Riikaan, aloitin opinnot ja opin vähitellen puhumaan itsestäni ilman pelkoa.</p><p>Nyt vedän koulutuksia opettajille, nuorisotyöntekijöille ja opiskelijoille. Käymme yhdessä läpi todellisia tilanteita koulujen käytäviltä ja etsimme sanoja, joilla aikuinen voi puuttua tilanteeseen. Tavoitteeni on, ettei yksikään nuori enää tuntisi itseään yhtä yksinäiseksi kuin minä silloin.</p>",
                "training_programme": "Atspēriensin kokemusasiantuntijakoulutus",
                "services": [
                    {
                        "caption": "Palvelut ja hinnat",
                        "rows": [
                            {"service": "Koulutus opettajille tai nuorisotyöntekijöille (enintään 25 osallistujaa)", "format": "in_person", "duration_minutes": 180, "price": "200", "currency": "EUR"},
                            {"service": "Luento opiskelijoille", "format": "in_person", "duration_minutes": 90, "price": "110", "currency": "EUR"},
                            {"service": "Työpaja toisen asteen opiskelijoille", "format": "in_person", "duration_minutes": 90, "price": "90", "currency": "EUR"},
                        ],
                        "note": "Riian ja Vidzemen ulkopuolella laskutamme matkakulut erikseen.",
                    }
                ],
            },
            "nb": {
                "summary": "Jeg gikk på skole i en liten by i Vidzeme, der jeg først skjulte hvem jeg var og senere måtte tåle hets. Jeg holder kurs for lærere og ungdomsarbeidere om hvordan de kan oppdage og stoppe intoleranse.",
                "own_words": "<p>Jeg vokste opp i en liten by i Vidzeme der alle kjenner alle. Da klassekameratene fant ut at jeg liker gutter, begynte kallenavnene, hånen i sosiale medier og tausheten på lærerværelset. Det som gjorde mest vondt, var ikke ordene, men at de voksne lot som om de ikke merket noe.</p><p>To ting reddet meg: bestemor, som sa at jeg alltid ville være velkommen hjemme hos henne, og ungdomsklubben, der lederen sa tydelig fra om at ingen skulle krenkes der. Etter skolen flyttet jeg til Riga, begynte å studere og lærte meg gradvis å snakke om meg selv uten frykt.</p><p>Nå holder jeg undervisning for lærere, ungdomsarbeidere og studenter. Sammen går vi gjennom virkelige situasjoner fra skolekorridorene og leter etter ord de voksne kan bruke når de griper inn. Målet mitt er at ingen ung skal føle seg så alene som jeg gjorde den gangen.</p>",
                "training_programme": "Atspēriens' opplæringsprogram for erfaringseksperter",
                "services": [
                    {
                        "caption": "Tjenester og priser",
                        "rows": [
                            {"service": "Kurs for lærere eller ungdomsarbeidere (opptil 25 deltakere)", "format": "in_person", "duration_minutes": 180, "price": "200", "currency": "EUR"},
                            {"service": "Foredrag for studenter", "format": "in_person", "duration_minutes": 90, "price": "110", "currency": "EUR"},
                            {"service": "Verksted for elever i videregående skole", "format": "in_person", "duration_minutes": 90, "price": "90", "currency": "EUR"},
                        ],
                        "note": "Utenfor Riga og Vidzeme beregner vi reiseutgifter separat.",
                    }
                ],
            },
        },
    },
    {
        "key": "lv-youth-movement-marta-jansone",
        "name": "Marta Jansone",
        "slug": "marta-jansone",
        "is_pseudonym": False,
        "photo": True,
        "role": "lv-pieredzes-eksperts",
        "availability": "paused",
        "training_hours": 48,
        "training_year": 2023,
        "themes": ["theme-close-one"],
        "withdrawn_themes": [],
        "assignment_types": ["panel", "workshop", "peer_support"],
        "audiences": ["young_people", "families", "professionals"],
        "languages": ["lv", "en"],
        "formats": ["in_person", "remote"],
        "regions": ["lv-vidzeme"],
        "content": {
            "lv": {
                "summary": "Uzaugu ģimenē, kurā tēva dzeršana noteica visu mājas dzīvi, un agri kļuvu par pieaugušo saviem jaunākajiem brāļiem. Šobrīd studēju apmaiņas programmā ārzemēs un uz laiku esmu pārtraukusi darbu.",
                "own_words": "<p>Bērnībā iemācījos jau pēc atslēgas skaņas durvīs saprast, kāds būs vakars. Tēvs dzēra, mamma strādāja divās maiņās, un es, vecākā no trim bērniem, gatavoju vakariņas, pārbaudīju brāļu mājasdarbus un skolā stāstīju, ka mājās viss ir kārtībā.</p><p>Pirmo reizi par to skaļi runāju piecpadsmit gados jauniešu atbalsta grupā, kur sapratu, ka neesmu vienīgā un ka tēva izvēles nav mana vaina. Tur arī iemācījos, ka drīkstu rūpēties par sevi, nevis tikai par citiem.</p><p>Sarunās ar jauniešiem un ģimenēm stāstu, kā pieaugušo dzeršana izskatās no bērna skatpunkta un kādu atbalstu bērns spēj pieņemt, nejūtoties kā nodevējs. Šobrīd studēju ārzemēs, tāpēc pie darba atgriezīšos nākamā gada rudenī.</p>",
                "training_programme": "„Atspēriena” mentoru sagatavošanas darbnīca",
                "services": [],
            },
            "et": {
                "summary": "Kasvasin peres, kus isa joomine määras kogu koduse elu, ja minust sai vara oma noorematele vendadele täiskasvanu. Praegu õpin vahetusüliõpilasena välismaal ja olen töö ajutiselt peatanud.",
                "own_words": "<p>Lapsena õppisin juba võtme kõlast ukses aru saama, milline tuleb õhtu. Isa jõi, ema töötas kahes vahetuses ja mina kui kolmest lapsest vanim tegin õhtusööki, kontrollisin vendade koduseid töid ning rääkisin koolis, et kodus on kõik korras.</p><p>Esimest korda rääkisin sellest valjult viieteistaastaselt noorte tugirühmas, kus mõistsin, et ma pole ainus ja et isa valikud pole minu süü. Seal õppisin ka, et tohin hoolitseda enda eest, mitte ainult teiste eest.</p><p>Vestlustes noorte ja peredega räägin, kuidas täiskasvanute joomine paistab lapse silmis ja millist tuge suudab laps vastu võtta, ilma et tunneks end reeturina. Praegu õpin välismaal, seega naasen töö juurde järgmise aasta sügisel.</p>",
                "training_programme": "Atspēriensi mentorite ettevalmistuse töötuba",
                "services": [],
            },
            "fi": {
                "summary": "Kasvoin perheessä, jossa isän juominen määräsi koko kodin elämän, ja minusta tuli varhain aikuinen nuoremmille veljilleni. Opiskelen nyt vaihdossa ulkomailla ja pidän taukoa tehtävistä.",
                "own_words": "<p>Lapsena opin tunnistamaan jo avaimen äänestä ovessa, millainen ilta oli tulossa. Isä joi, äiti teki kahta vuoroa, ja minä kolmesta lapsesta vanhimpana laitoin iltaruoan, tarkistin veljieni läksyt ja kerroin koulussa, että kotona kaikki on hyvin.</p><p>Ensimmäisen kerran puhuin siitä ääneen viisitoistavuotiaana nuorten tukiryhmässä, jossa ymmärsin, etten ole ainoa ja etteivät isän valinnat ole minun syytäni. Siellä opin myös, että saan pitää huolta itsestäni enkä vain muista.</p><p>Keskusteluissa nuorten ja perheiden kanssa kerron, miltä aikuisten juominen näyttää lapsen silmin ja millaista tukea lapsi pystyy ottamaan vastaan tuntematta itseään petturiksi. Opiskelen nyt ulkomailla, joten palaan tehtäviin ensi vuoden syksyllä.</p>",
                "training_programme": "Atspēriensin mentoreiden valmennustyöpaja",
                "services": [],
            },
            "nb": {
                "summary": "Jeg vokste opp i en familie der fars drikking styrte hele hjemmet, og ble tidlig den voksne for lillebrødrene mine. Nå er jeg på utveksling i utlandet og har tatt en pause fra oppdrag.",
                "own_words": "<p>Som barn lærte jeg å høre allerede på lyden av nøkkelen i døra hvordan kvelden kom til å bli. Far drakk, mor jobbet dobbeltskift, og jeg, den eldste av tre, lagde middag, sjekket leksene til brødrene mine og sa på skolen at alt var i orden hjemme.</p><p>Første gang jeg snakket høyt om det, var som femtenåring i en støttegruppe for unge, der jeg forsto at jeg ikke var den eneste, og at fars valg ikke var min skyld. Der lærte jeg også at jeg har lov til å ta vare på meg selv, ikke bare på andre.</p><p>I samtaler med unge og familier forteller jeg hvordan voksnes drikking ser ut fra barnets side, og hvilken støtte et barn klarer å ta imot uten å føle seg som en forræder. Nå studerer jeg i utlandet, så jeg kommer tilbake til oppdragene neste høst.</p>",
                "training_programme": "Forberedende verksted for mentorer i Atspēriens",
                "services": [],
            },
        },
    },
    {
        "key": "lv-youth-movement-kristians-ivanovs",
        "name": "Kristiāns Ivanovs",
        "slug": "kristians-ivanovs",
        "is_pseudonym": False,
        "photo": True,
        "role": "lv-pieredzes-eksperts",
        "availability": "limited",
        "training_hours": 72,
        "training_year": 2020,
        "themes": ["theme-substance-use", "theme-homelessness"],
        "withdrawn_themes": [],
        "assignment_types": ["working_pair", "peer_support", "workshop", "client_panel"],
        "audiences": ["young_people", "peers", "professionals"],
        "languages": ["lv", "ru"],
        "formats": ["in_person"],
        "regions": ["lv-riga", "lv-latgale"],
        "content": {
            "lv": {
                "summary": "Pusaudža gados vairākus gadus lietoju vielas, un vienu ziemu nakšņoju pie draugiem un kāpņu telpās. Strādāju pārī ar speciālistiem un atbalstu jauniešus, kuri meklē ceļu ārā. Pamatdarba dēļ mans laiks ir ierobežots.",
                "own_words": "<p>Pirmo reizi pamēģināju četrpadsmit gados, lai tiktu vecāko pagalma puišu kompānijā. Pēc dažiem gadiem vielas jau bija kļuvušas par manas dienas centru. Mājās bija nemitīgi strīdi, līdz kādā rudenī es vienkārši vairs neatgriezos, un ziemu pavadīju, pārnakšņojot pie paziņām un kāpņu telpās.</p><p>Pārmaiņas sākās ar ielu sociālo darbinieku, kurš katru nedēļu atnāca uz to pašu vietu un nekad neaizgāja, kamēr es nebiju paēdis. Vēlāk bija rehabilitācijas programma, atkritiens un otrs mēģinājums. Jau piekto gadu dzīvoju bez vielām, un darbs jauniešu centrā man dod to, kā agrāk pietrūka, – piederības sajūtu.</p><p>Kā pieredzes eksperts visbiežāk strādāju pārī ar sociālo darbinieku vai psihologu. Jaunieši man bieži uzticas ātrāk, jo zina, ka es to visu neesmu izlasījis grāmatā. Palīdzu arī speciālistiem saprast, kāpēc jaunietis, kurš šodien atsakās no palīdzības, rīt to var pieņemt.</p>",
                "training_programme": "„Atspēriena” pieredzes ekspertu sagatavošanas programma",
                "services": [],
            },
            "et": {
                "summary": "Teismelisena tarvitasin mitu aastat aineid ja ühe talve ööbisin sõprade juures ja trepikodades. Töötan spetsialistidega paaris ja toetan noori, kes otsivad teed välja. Põhitöö tõttu on mu aeg piiratud.",
                "own_words": "<p>Esimest korda proovisin neljateistaastaselt, et pääseda hoovi vanemate poiste seltskonda. Mõne aasta pärast olid ained muutunud mu päeva keskpunktiks. Kodus oli pidev tüli, kuni ühel sügisel ma lihtsalt enam tagasi ei läinud, ja talve veetsin tuttavate juures ja trepikodades ööbides.</p><p>Muutus algas tänavasotsiaaltöötajaga, kes tuli igal nädalal samasse kohta ega lahkunud kunagi enne, kui ma olin söönud. Hiljem tulid taastusprogramm, tagasilangus ja teine katse. Nüüd elan juba viiendat aastat ilma aineteta ning töö noortekeskuses annab mulle seda, mis varem puudu oli – kuuluvustunnet.</p><p>Kogemuseksperdina töötan enamasti paaris sotsiaaltöötaja või psühholoogiga. Noored usaldavad mind sageli kiiremini, sest teavad, et ma pole seda kõike raamatust lugenud. Aitan ka spetsialistidel mõista, miks noor, kes täna abist keeldub, võib homme selle vastu võtta.</p>",
                "training_programme": "Atspēriensi kogemusekspertide koolitusprogramm",
                "services": [],
            },
            "fi": {
                "summary": "Teini-iässä käytin päihteitä useita vuosia, ja yhden talven yövyin kavereiden luona ja rappukäytävissä. Teen työtä parina ammattilaisten kanssa ja tuen nuoria, jotka etsivät tietä ulos. Päivätyön vuoksi aikani on rajallinen.",
                "own_words": "<p>Kokeilin ensimmäisen kerran neljätoistavuotiaana, jotta pääsisin pihan vanhempien poikien porukkaan. Muutamassa vuodessa päihteistä oli tullut päivieni keskipiste. Kotona riideltiin jatkuvasti, kunnes eräänä syksynä en yksinkertaisesti enää palannut, ja talven yövyin tuttujen luona ja rappukäytävissä.</p><p>Muutos alkoi kadulla työskentelevästä sosiaalityöntekijästä, joka tuli joka viikko samaan paikkaan eikä koskaan lähtenyt ennen kuin olin syönyt. Myöhemmin tulivat kuntoutusohjelma, retkahdus ja toinen yritys. Nyt elän jo viidettä vuotta ilman päihteitä, ja työ nuorisokeskuksessa antaa minulle sen, mikä ennen puuttui – tunteen siitä, että kuulun joukkoon.</p><p>Kokemusasiantuntijana teen useimmiten työtä parina sosiaalityöntekijän tai psykologin kanssa. Nuoret luottavat minuun usein nopeammin, koska tietävät, etten ole lukenut tätä kaikkea kirjasta. Autan myös ammattilaisia ymmärtämään, miksi nuori, joka tänään kieltäytyy avusta, voi ottaa sen vastaan huomenna.</p>",
                "training_programme": "Atspēriensin kokemusasiantuntijakoulutus",
                "services": [],
            },
            "nb": {
                "summary": "Som tenåring brukte jeg rusmidler i flere år, og én vinter sov jeg hos venner og i oppganger. Jeg jobber i par med fagfolk og støtter unge som leter etter en vei ut. På grunn av jobben min har jeg begrenset tid.",
                "own_words": "<p>Første gang jeg prøvde, var jeg fjorten og ville bli med i gjengen til de eldre guttene i gården. Noen år senere var rusen blitt midtpunktet i dagene mine. Hjemme var det krangling hele tiden, helt til jeg en høst rett og slett ikke kom hjem igjen, og den vinteren sov jeg hos bekjente og i oppganger.</p><p>Endringen begynte med en sosialarbeider på gata som kom til samme sted hver uke og aldri gikk før jeg hadde fått i meg mat. Senere kom et behandlingsprogram, et tilbakefall og et nytt forsøk. Nå er jeg inne i mitt femte år uten rus, og jobben på et ungdomssenter gir meg det jeg manglet før – følelsen av å høre til.</p><p>Som erfaringsekspert jobber jeg oftest i par med en sosialarbeider eller psykolog. De unge stoler ofte raskere på meg fordi de vet at jeg ikke har lest alt dette i en bok. Jeg hjelper også fagfolk å forstå hvorfor en ung person som avslår hjelp i dag, kan ta imot den i morgen.</p>",
                "training_programme": "Atspēriens' opplæringsprogram for erfaringseksperter",
                "services": [],
            },
        },
    },
    {
        "key": "lv-youth-movement-marite-s",
        "name": "Mārīte S.",
        "slug": "marite-s",
        "is_pseudonym": True,
        "photo": False,
        "role": "lv-pieredzes-eksperts",
        "availability": "paused",
        "training_hours": 40,
        "training_year": 2023,
        "themes": ["theme-violence"],
        "withdrawn_themes": ["theme-homelessness"],
        "assignment_types": ["interview", "panel", "lecture"],
        "audiences": ["students", "professionals", "young_people"],
        "languages": ["lv", "en"],
        "formats": ["remote", "in_person"],
        "regions": ["lv-riga"],
        "content": {
            "lv": {
                "summary": "Septiņpadsmit gados nonācu attiecībās, kurās kontrole pamazām pārauga vardarbībā. Stāstu, kā pamanīt pirmās pazīmes un kā atbalstīt draugu. Šobrīd esmu paņēmusi pārtraukumu un jaunus uzdevumus nepieņemu.",
                "own_words": "<p>Viņš bija vecāks, uzmanīgs un sākumā šķita ideāls. Pēc dažiem mēnešiem viņš jau lasīja manas īsziņas, noteica, ar ko drīkstu tikties, un dusmojās, ja neatbildēju uzreiz. Kad viņš mani pirmo reizi pagrūda, es sev iestāstīju, ka pati esmu vainīga.</p><p>Aiziet man palīdzēja draudzene, kura nepārstāja zvanīt arī tad, kad es viņu atgrūdu, un krīzes centra darbiniece, kas ticēja katram manam vārdam. Pēc tam vēl ilgi mācījos no jauna uzticēties gan citiem, gan savām sajūtām.</p><p>Uzstājos ar pseidonīmu, jo mana drošība joprojām ir svarīgāka par manu seju. Studentiem un speciālistiem stāstu, kā vardarbīgas attiecības izskatās no iekšpuses, bet jauniešiem – kā atpazīt kontroli un kā būt blakus draugam. Pašlaik esmu paņēmusi pārtraukumu, lai pabeigtu studijas.</p>",
                "training_programme": "„Atspēriena” pieredzes ekspertu sagatavošanas programma",
                "services": [],
            },
            "et": {
                "summary": "Seitsmeteistaastaselt sattusin suhtesse, kus kontroll kasvas vähehaaval üle vägivallaks. Räägin, kuidas märgata esimesi märke ja kuidas sõpra toetada. Praegu pean pausi ega võta uusi ülesandeid vastu.",
                "own_words": "<p>Ta oli vanem, tähelepanelik ja tundus alguses täiuslik. Mõne kuu pärast luges ta juba mu sõnumeid, otsustas, kellega ma tohin kohtuda, ja vihastas, kui ma kohe ei vastanud. Kui ta mind esimest korda tõukas, veensin ennast, et olen ise süüdi.</p><p>Lahkuda aitasid mul sõbranna, kes ei lõpetanud helistamist ka siis, kui ma teda eemale tõukasin, ja kriisikeskuse töötaja, kes uskus iga mu sõna. Pärast seda õppisin veel kaua uuesti usaldama nii teisi kui ka oma tundeid.</p><p>Esinen varjunime all, sest minu turvalisus on endiselt tähtsam kui minu nägu. Üliõpilastele ja spetsialistidele räägin, milline näeb vägivaldne suhe välja seestpoolt, noortele aga sellest, kuidas kontrolli ära tunda ja kuidas sõbra kõrval olla. Praegu olen võtnud pausi, et õpingud lõpetada.</p>",
                "training_programme": "Atspēriensi kogemusekspertide koolitusprogramm",
                "services": [],
            },
            "fi": {
                "summary": "Seitsemäntoistavuotiaana päädyin suhteeseen, jossa kontrolli muuttui vähitellen väkivallaksi. Kerron, miten ensimmäiset merkit voi huomata ja miten ystävää voi tukea. Pidän nyt taukoa enkä ota vastaan uusia tehtäviä.",
                "own_words": "<p>Hän oli vanhempi, huomaavainen ja vaikutti aluksi täydelliseltä. Muutaman kuukauden päästä hän jo luki viestejäni, päätti, keitä saan tavata, ja suuttui, jos en vastannut heti. Kun hän ensimmäisen kerran tönäisi minua, uskottelin itselleni, että vika oli minussa.</p><p>Lähtemään minua auttoivat ystävä, joka ei lakannut soittamasta silloinkaan, kun työnsin hänet pois, ja kriisikeskuksen työntekijä, joka uskoi jokaisen sanani. Sen jälkeen opettelin vielä pitkään luottamaan uudelleen sekä muihin että omiin tunteisiini.</p><p>Esiinnyn nimimerkillä, koska turvallisuuteni on yhä tärkeämpää kuin kasvoni. Opiskelijoille ja ammattilaisille kerron, miltä väkivaltainen suhde näyttää sisältäpäin, ja nuorille, miten kontrollin tunnistaa ja miten ystävän rinnalla voi olla. Olen nyt tauolla, jotta saan opintoni päätökseen.</p>",
                "training_programme": "Atspēriensin kokemusasiantuntijakoulutus",
                "services": [],
            },
            "nb": {
                "summary": "Som syttenåring havnet jeg i et forhold der kontrollen gradvis gikk over i vold. Jeg forteller hvordan man kan se de første tegnene, og hvordan man kan støtte en venn. Akkurat nå har jeg pause og tar ikke imot nye oppdrag.",
                "own_words": "<p>Han var eldre, oppmerksom og virket perfekt i begynnelsen. Etter noen måneder leste han allerede meldingene mine, bestemte hvem jeg fikk treffe, og ble sint hvis jeg ikke svarte med en gang. Første gang han dyttet meg, overbeviste jeg meg selv om at det var min skyld.</p><p>Det som hjalp meg å gå, var en venninne som ikke sluttet å ringe selv når jeg skjøv henne unna, og en ansatt på krisesenteret som trodde på hvert ord jeg sa. Etterpå brukte jeg lang tid på å lære å stole på både andre og mine egne følelser igjen.</p><p>Jeg står fram under et annet navn fordi sikkerheten min fortsatt er viktigere enn ansiktet mitt. For studenter og fagfolk forteller jeg hvordan et voldelig forhold ser ut innenfra, og for unge hvordan de kan kjenne igjen kontroll og være der for en venn. Nå har jeg tatt en pause for å fullføre studiene.</p>",
                "training_programme": "Atspēriens' opplæringsprogram for erfaringseksperter",
                "services": [],
            },
        },
    },
    {
        "key": "lv-youth-movement-olena-hrytsenko",
        "name": "Olena Hrytsenko",
        "slug": "olena-hrytsenko",
        "is_pseudonym": False,
        "photo": True,
        "role": "lv-pieredzes-eksperts",
        "availability": "available",
        "training_hours": 32,
        "training_year": 2025,
        "themes": ["theme-migration"],
        "withdrawn_themes": [],
        "assignment_types": ["workshop", "peer_support", "panel", "interview"],
        "audiences": ["young_people", "students", "professionals", "public"],
        "languages": ["lv", "uk", "ru", "en"],
        "formats": ["in_person", "remote"],
        "regions": ["lv-riga"],
        "content": {
            "lv": {
                "summary": "Astoņpadsmit gados kopā ar mammu un māsu atbraucu uz Latviju no Harkivas, katra ar vienu čemodānu. Atbalstu jauniešus, kuri sāk dzīvi jaunā valstī, un stāstu skolām, kas palīdz iedzīvoties jaunā vidē.",
                "own_words": "<p>2022. gada pavasarī es, mamma un jaunākā māsa atbraucām uz Rīgu ar trim čemodāniem un bez jebkāda plāna. Tētis palika mājās. Pirmajos mēnešos dzīvoju it kā divās vietās vienlaikus: ķermenis bija šeit, bet domas – ziņās no Harkivas.</p><p>Vislielākais atbalsts bija latviešu valodas kursi, kuros satiku tādus pašus jauniešus kā es, un kursabiedre, kas mani vienkārši paņēma līdzi uz koncertu. Tieši šādi mazi žesti man lika sajust, ka šeit drīkstu ne tikai izdzīvot, bet arī dzīvot.</p><p>„Atspērienā” vadu sarunu grupas jauniešiem, kuri nesen pārcēlušies uz Latviju, un stāstu skolotājiem, ko nozīmē sākt visu no jauna svešā valodā. Runāju ukrainiski, krieviski, latviski un angliski, tāpēc bieži kļūstu par tiltu starp jaunieti un pieaugušajiem.</p>",
                "training_programme": "Vienaudžu atbalsta sagatavošanas kurss „Atspērienā”",
                "services": [],
            },
            "et": {
                "summary": "Kaheksateistaastaselt tulin koos ema ja õega Harkivist Lätti, igaühel üks kohver. Toetan noori, kes alustavad elu uues riigis, ja räägin koolidele, mis aitab uues keskkonnas kohaneda.",
                "own_words": "<p>2022. aasta kevadel jõudsime mina, ema ja noorem õde kolme kohvri ja ilma igasuguse plaanita Riiga. Isa jäi koju. Esimestel kuudel elasin justkui kahes kohas korraga: keha oli siin, mõtted aga Harkivi uudistes.</p><p>Kõige suuremaks toeks olid läti keele kursused, kus kohtasin endasuguseid noori, ja kursusekaaslane, kes kutsus mind lihtsalt kaasa kontserdile. Just sellised väikesed žestid panid mind tundma, et tohin siin mitte ainult ellu jääda, vaid ka elada.</p><p>Atspēriensis juhin vestlusrühmi noortele, kes on hiljuti Lätti kolinud, ja räägin õpetajatele, mida tähendab kõike otsast alustada võõras keeles. Räägin ukraina, vene, läti ja inglise keelt, seepärast saab minust sageli sild noore ja täiskasvanute vahel.</p>",
                "training_programme": "Atspēriensi eakaaslaste toe ettevalmistuskursus",
                "services": [],
            },
            "fi": {
                "summary": "Tulin 18-vuotiaana äitini ja siskoni kanssa Harkovasta Latviaan, kullakin yksi matkalaukku. Tuen nuoria, jotka aloittavat elämän uudessa maassa, ja kerron kouluille, mikä auttaa asettumaan uuteen ympäristöön.",
                "own_words": "<p>Keväällä 2022 minä, äitini ja pikkusiskoni saavuimme Riikaan kolmen matkalaukun kanssa ilman minkäänlaista suunnitelmaa. Isä jäi kotiin. Ensimmäisinä kuukausina elin kuin kahdessa paikassa yhtä aikaa: keho oli täällä, ajatukset Harkovan uutisissa.</p><p>Suurin tuki olivat latvian kielen kurssit, joilla tapasin kaltaisiani nuoria, ja kurssikaveri, joka yksinkertaisesti pyysi minut mukaan konserttiin. Juuri tällaiset pienet eleet saivat minut tuntemaan, että täällä saan paitsi selviytyä myös elää.</p><p>Atspēriensissä vedän keskusteluryhmiä nuorille, jotka ovat hiljattain muuttaneet Latviaan, ja kerron opettajille, mitä tarkoittaa aloittaa kaikki alusta vieraalla kielellä. Puhun ukrainaa, venäjää, latviaa ja englantia, joten minusta tulee usein silta nuoren ja aikuisten välille.</p>",
                "training_programme": "Atspēriensin vertaistuen valmennuskurssi",
                "services": [],
            },
            "nb": {
                "summary": "Som attenåring kom jeg fra Kharkiv til Latvia sammen med mor og søster, med én koffert hver. Jeg støtter unge som begynner livet i et nytt land, og forteller skoler hva som gjør det lettere å finne seg til rette.",
                "own_words": "<p>Våren 2022 kom jeg, mamma og lillesøsteren min til Riga med tre kofferter og uten noen plan. Pappa ble igjen hjemme. De første månedene levde jeg liksom på to steder samtidig: Kroppen var her, men tankene var i nyhetene fra Kharkiv.</p><p>Den største støtten var latviskkursene, der jeg møtte unge i samme situasjon som meg, og en medstudent som rett og slett ba meg med på en konsert. Nettopp slike små gester fikk meg til å kjenne at jeg her har lov til ikke bare å overleve, men også å leve.</p><p>I Atspēriens leder jeg samtalegrupper for unge som nylig har flyttet til Latvia, og forteller lærere hva det vil si å begynne på nytt på et fremmed språk. Jeg snakker ukrainsk, russisk, latvisk og engelsk, så jeg blir ofte en bro mellom den unge og de voksne.</p>",
                "training_programme": "Forberedende kurs i likepersonsstøtte i Atspēriens",
                "services": [],
            },
        },
    },
    {
        "key": "lv-youth-movement-edgars-vitols",
        "name": "Edgars Vītols",
        "slug": "edgars-vitols",
        "is_pseudonym": False,
        "photo": False,
        "role": "lv-pieredzes-eksperts",
        "availability": "available",
        "training_hours": None,
        "training_year": None,
        "themes": ["theme-grief", "theme-return-to-work"],
        "withdrawn_themes": [],
        "assignment_types": ["lecture", "panel", "interview", "client_panel"],
        "audiences": ["students", "professionals", "decision_makers", "young_people"],
        "languages": ["lv", "ru", "en"],
        "formats": ["in_person"],
        "regions": ["lv-latgale"],
        "content": {
            "lv": {
                "summary": "Sešpadsmit gados pēkšņi zaudēju mammu un uz diviem gadiem izkritu gan no mācībām, gan no dzīves. Stāstu, kā jaunietis pēc zaudējuma var atgriezties skolā un darbā un kas šajā ceļā palīdz.",
                "own_words": "<p>Mamma nomira pēkšņi, kādā februāra naktī, kad man bija sešpadsmit. Pārcēlos pie vecmāmiņas uz Rēzekni, pārtraucu mācības arodskolā un divus gadus lielākoties nosēdēju pie datora. Skumjas neizrādīju; tās pārvērtās vienaldzībā pret visu.</p><p>Ceļu atpakaļ atradu jauniešu garantijas programmā, kur konsultante nelika man izvēlēties profesiju, bet jautāja, ko es mīlēju darīt kopā ar mammu. Atbilde bija – strādāt ar koku. Pabeidzu galdnieka mācības un tagad strādāju mēbeļu darbnīcā.</p><p>Diskusijās un lekcijās runāju par sērām, kuras jaunietis bieži pat neprot nosaukt vārdā, un par to, cik svarīgi ir, lai skola vai darbavieta viņu pieņem atpakaļ bez pārmetumiem. Vislabprātāk tiekos ar topošajiem skolotājiem un karjeras konsultantiem.</p>",
                "training_programme": "",
                "services": [],
            },
            "et": {
                "summary": "Kuueteistaastaselt kaotasin ootamatult ema ja kukkusin kaheks aastaks välja nii õpingutest kui ka elust. Räägin, kuidas noor saab pärast kaotust kooli ja tööle naasta ning mis sellel teel aitab.",
                "own_words": "<p>Ema suri ootamatult ühel veebruariööl, kui olin kuusteist. Kolisin vanaema juurde Rēzeknesse, katkestasin õpingud kutsekoolis ja veetsin kaks aastat enamasti arvuti taga. Kurbust ma välja ei näidanud; see muutus ükskõiksuseks kõige vastu.</p><p>Tee tagasi leidsin noortegarantii programmi kaudu, kus nõustaja ei sundinud mind ametit valima, vaid küsis, mida mulle meeldis emaga koos teha. Vastus oli – puuga töötada. Lõpetasin tisleriõppe ja töötan nüüd mööblitöökojas.</p><p>Aruteludel ja loengutel räägin leinast, mida noor sageli nimetadagi ei oska, ja sellest, kui oluline on, et kool või töökoht võtaks ta etteheideteta tagasi. Kõige meelsamini kohtun tulevaste õpetajate ja karjäärinõustajatega.</p>",
                "training_programme": "",
                "services": [],
            },
            "fi": {
                "summary": "Menetin 16-vuotiaana äitini yllättäen ja putosin kahdeksi vuodeksi sekä opinnoista että elämästä. Kerron, miten nuori voi menetyksen jälkeen palata kouluun ja töihin ja mikä matkalla auttaa.",
                "own_words": "<p>Äiti kuoli yllättäen eräänä helmikuun yönä, kun olin kuusitoista. Muutin isoäidin luo Rēzekneen, keskeytin ammattikoulun ja vietin kaksi vuotta enimmäkseen tietokoneen ääressä. Surua en näyttänyt; se muuttui välinpitämättömyydeksi kaikkea kohtaan.</p><p>Tien takaisin löysin nuorisotakuuohjelman kautta, jossa ohjaaja ei pakottanut minua valitsemaan ammattia vaan kysyi, mitä olin rakastanut tehdä yhdessä äidin kanssa. Vastaus oli puutyöt. Suoritin puusepän opinnot ja työskentelen nyt huonekalupajassa.</p><p>Keskusteluissa ja luennoilla puhun surusta, jota nuori ei usein osaa edes nimetä, ja siitä, kuinka tärkeää on, että koulu tai työpaikka ottaa hänet takaisin ilman moitteita. Tapaan mieluiten tulevia opettajia ja uraohjaajia.</p>",
                "training_programme": "",
                "services": [],
            },
            "nb": {
                "summary": "Som sekstenåring mistet jeg plutselig mamma og falt i to år ut av både skolen og livet. Jeg forteller hvordan unge kan komme tilbake til skole og arbeid etter et tap, og hva som hjelper på veien.",
                "own_words": "<p>Mamma døde brått en natt i februar da jeg var seksten. Jeg flyttet til bestemor i Rēzekne, sluttet på yrkesskolen og satt stort sett foran datamaskinen i to år. Sorgen viste jeg ikke; den ble til likegyldighet overfor alt.</p><p>Veien tilbake fant jeg gjennom et ungdomsgarantiprogram, der veilederen ikke presset meg til å velge yrke, men spurte hva jeg hadde elsket å gjøre sammen med mamma. Svaret var å arbeide med tre. Jeg fullførte snekkerutdanningen og jobber nå på et møbelverksted.</p><p>I samtaler og foredrag snakker jeg om sorg som unge ofte ikke engang klarer å sette ord på, og om hvor viktig det er at skolen eller arbeidsplassen tar dem imot igjen uten bebreidelser. Aller helst møter jeg lærerstudenter og kommende karriereveiledere.</p>",
                "training_programme": "",
                "services": [],
            },
        },
    },
]
