"""Demo stories of Lysning kompetansesenter: six fictional blog posts in four languages.

Data only: stories/demo.py reads ORGANISATION_KEY, AUTHORS and STORIES.
"""

ORGANISATION_KEY = "no-competence-centre"

AUTHORS = [
    {
        "key": "no-competence-centre-tone-hegstad",
        "name": "Tone Hegstad",
        "photo": False,
        "role": {
            "et": "projektijuht",
            "fi": "projektipäällikkö",
            "lv": "projekta vadītāja",
            "nb": "prosjektleder",
        },
    },
    {
        "key": "no-competence-centre-ingrid-solberg",
        "name": "Ingrid Solberg",
        "photo": True,
        "role": {
            "et": "kogemuskonsultant mobiilses meeskonnas",
            "fi": "kokemuskonsultti liikkuvassa tiimissä",
            "lv": "pieredzes konsultante mobilajā komandā",
            "nb": "erfaringskonsulent i et ambulant team",
        },
    },
    {
        "key": "no-competence-centre-henrik-aas",
        "name": "Henrik Aas",
        "photo": True,
        "role": {
            "et": "kogemuskonsultant noorte meeskonnas",
            "fi": "kokemuskonsultti nuorten tiimissä",
            "lv": "pieredzes konsultants jauniešu komandā",
            "nb": "erfaringskonsulent i et ungdomsteam",
        },
    },
    {
        "key": "no-competence-centre-marius-l",
        "name": "Marius L.",
        "photo": False,
        "role": {
            "et": "baaskoolitusel osaleja",
            "fi": "peruskurssin osallistuja",
            "lv": "pamatkursa dalībnieks",
            "nb": "deltaker på grunnkurset",
        },
    },
]

STORIES = [
    # 1 ------------------------------------------------------------------------------------------
    {
        "key": "no-competence-centre-tre-ar-i-ambulante-team",
        "slug": "tre-ar-med-erfaringskonsulenter-i-ambulante-team",
        "author": "no-competence-centre-tone-hegstad",
        "date": "2025-02-11",
        "topics": ["topic-projects", "topic-services"],
        "related": ["no-competence-centre-midtveis-i-fjellvik"],
        "hero_colour": "#2f5d7c",
        "content": {
            "nb": {
                "title": "Tre år med erfaringskonsulenter i ambulante team: dette lærte vi",
                "lead": (
                    "Prosjektet i to ambulante team ble avsluttet ved nyttår. Prosjektleder Tone Hegstad oppsummerer "
                    "hva evalueringen viste, og hva som overrasket oss underveis."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Da vi startet prosjektet i januar 2022, visste vi ikke helt hva vi gikk til. Vi hadde "
                        "fire "
                        "erfaringskonsulenter, to distriktspsykiatriske sentre og en plan som fikk plass på to "
                        "sider. "
                        "Tre år senere sitter vi igjen med en evaluering, en bunke loggbøker og mange historier om "
                        "hva "
                        "som skjer når noen i teamet selv har sittet på den andre siden av bordet.</p>"
                        "<p>Evalueringen bygger på intervjuer med 31 brukere og 24 ansatte og på en logg over 1 260 "
                        "kontakter mellom erfaringskonsulentene og brukerne. Her er det jeg mener er viktigst å ta "
                        "med "
                        "seg.</p>"
                    )],
                    ["heading", {"text": "Tallene som betyr noe", "anchor": ""}],
                    ["text", (
                        "<p>Noen resultater kan måles, og de er verdt å nevne, selv om tall aldri forteller hele "
                        "historien:</p>"
                        "<ul>"
                        "<li>Færre brukere avbrøt oppfølgingen det første halvåret: andelen falt fra 22 til 14 "
                        "prosent.</li>"
                        "<li>Tre av de fire erfaringskonsulentene har fått fast stilling i teamene sine.</li>"
                        "<li>Brukerne fortalte at de fikk konkrete råd for hverdagen, ikke bare oppmuntrende "
                        "ord.</li>"
                        "</ul>"
                    )],
                    ["quote", {
                        "text": (
                            "Før snakket vi mest om hva pasienten ikke fikk til. Nå er det nesten umulig å si en "
                            "slik "
                            "setning uten at noen rundt bordet spør hva hun selv ønsker."
                        ),
                        "who": "Arne Haugland",
                        "role": "psykiatrisk sykepleier i et ambulant team",
                    }],
                    ["heading", {"text": "Det som var vanskeligere enn vi trodde", "anchor": ""}],
                    ["text", (
                        "<p>Ikke alt gikk like lett. Det første året var det uklart når erfaringskonsulentene skulle "
                        "skrive i journalen, og hva de kunne bringe videre til teamet av det brukerne fortalte. Det "
                        "tok "
                        "flere runder med veiledning før vi fant en praksis som både brukerne og de ansatte følte "
                        "seg "
                        "trygge på. Til slutt landet vi på en enkel regel: erfaringskonsulenten avtaler med brukeren "
                        "på "
                        "forhånd hva som skal deles, og sier det åpent i møtet.</p>"
                        "<p>Vi undervurderte også hvor slitsomt det kan være å være den eneste i rommet med en "
                        "bestemt "
                        "type erfaring. Erfaringskonsulentene ba selv om å få møtes på tvers av teamene, og de "
                        "månedlige samlingene ble etter hvert en av de viktigste delene av hele prosjektet.</p>"
                    )],
                    ["heading", {"text": "Veien videre", "anchor": ""}],
                    ["text", (
                        "<p>På sluttkonferansen i november var salen full av ledere, ansatte, brukere og "
                        "samarbeidspartnere. Flere kommuner spurte hvordan de kunne gjøre noe lignende. Det er "
                        "nettopp "
                        "det vi nå prøver ut i Fjellvik, der erfaringskonsulentene skal arbeide i boliger, på "
                        "treffsteder og i oppsøkende arbeid.</p>"
                        "<p>Mitt viktigste råd til andre som vil i gang, er enkelt: ansett mer enn én "
                        "erfaringskonsulent om gangen, og sett av tid til veiledning fra første dag. Rollen vokser "
                        "best "
                        "når den ikke må bæres alene.</p>"
                    )],
                ],
            },
            "et": {
                "title": "Kolm aastat kogemuskonsultantidega mobiilsetes meeskondades: mida me õppisime",
                "lead": (
                    "Projekt kahes mobiilses meeskonnas lõppes aastavahetusel. Projektijuht Tone Hegstad võtab "
                    "kokku, "
                    "mida hindamine näitas ja mis meid teel üllatas."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Kui alustasime projektiga 2022. aasta jaanuaris, ei teadnud me päris täpselt, mis meid "
                        "ees "
                        "ootab. Meil oli neli kogemuskonsultanti, kaks piirkondlikku psühhiaatriakeskust ja plaan, "
                        "mis "
                        "mahtus kahele leheküljele. Kolm aastat hiljem on meil hindamisaruanne, virn töölogisid ja "
                        "hulk "
                        "lugusid sellest, mis juhtub, kui keegi meeskonnas on ise istunud laua teisel pool.</p>"
                        "<p>Hindamine põhineb intervjuudel 31 teenusekasutaja ja 24 töötajaga ning logil, kuhu on "
                        "kirja "
                        "pandud 1260 kohtumist kogemuskonsultantide ja teenusekasutajate vahel. Siin on see, mida "
                        "pean "
                        "kõige olulisemaks kaasa võtta.</p>"
                    )],
                    ["heading", {"text": "Arvud, millel on tähendus", "anchor": ""}],
                    ["text", (
                        "<p>Mõningaid tulemusi saab mõõta ja neid tasub mainida, ehkki arvud ei räägi kunagi kogu "
                        "lugu:</p>"
                        "<ul>"
                        "<li>Vähem teenusekasutajaid katkestas toe esimese poolaasta jooksul: nende osakaal langes "
                        "22 "
                        "protsendilt 14 protsendile.</li>"
                        "<li>Kolm neljast kogemuskonsultandist said oma meeskonnas alalise töökoha.</li>"
                        "<li>Teenusekasutajad rääkisid, et said igapäevaeluks konkreetseid nõuandeid, mitte ainult "
                        "julgustavaid sõnu.</li>"
                        "</ul>"
                    )],
                    ["quote", {
                        "text": (
                            "Varem rääkisime peamiselt sellest, mis patsiendil välja ei tule. Nüüd on peaaegu "
                            "võimatu "
                            "sellist lauset öelda, ilma et keegi laua ääres küsiks, mida ta ise soovib."
                        ),
                        "who": "Arne Haugland",
                        "role": "psühhiaatriaõde mobiilses meeskonnas",
                    }],
                    ["heading", {"text": "Mis osutus raskemaks, kui arvasime", "anchor": ""}],
                    ["text", (
                        "<p>Kõik ei läinud sama libedalt. Esimesel aastal oli ebaselge, millal peaksid "
                        "kogemuskonsultandid patsiendi toimikusse kirjutama ja mida nad tohivad teenusekasutajate "
                        "juttudest meeskonnale edasi anda. Kulus mitu supervisiooniringi, enne kui leidsime tava, "
                        "mille "
                        "suhtes tundsid end kindlalt nii teenusekasutajad kui ka töötajad. Lõpuks jõudsime lihtsa "
                        "reeglini: "
                        "kogemuskonsultant lepib teenusekasutajaga eelnevalt kokku, mida jagatakse, ja ütleb selle "
                        "koosolekul avameelselt välja.</p>"
                        "<p>Alahindasime ka seda, kui kurnav võib olla olla ainus inimene ruumis, kellel on teatud "
                        "laadi "
                        "kogemus. Kogemuskonsultandid palusid ise võimalust kohtuda üle meeskondade piiride, ja "
                        "igakuised kokkusaamised said aja jooksul kogu projekti üheks tähtsamaks osaks.</p>"
                    )],
                    ["heading", {"text": "Edasine tee", "anchor": ""}],
                    ["text", (
                        "<p>Novembris toimunud lõpukonverentsil oli saal täis juhte, töötajaid, teenusekasutajaid ja "
                        "koostööpartnereid. Mitu omavalitsust küsis, kuidas nad saaksid midagi sarnast teha. Just "
                        "seda "
                        "katsetame nüüd Fjellvikis, kus kogemuskonsultandid hakkavad töötama eluasemetes, "
                        "kohtumispaikades ja tänavatöös.</p>"
                        "<p>Minu kõige tähtsam nõuanne neile, kes tahavad alustada, on lihtne: võtke tööle rohkem "
                        "kui "
                        "üks kogemuskonsultant korraga ja leidke juba esimesest päevast aega supervisiooniks. Roll "
                        "kasvab kõige paremini siis, kui seda ei pea üksi kandma.</p>"
                    )],
                ],
            },
            "fi": {
                "title": "Kolme vuotta kokemuskonsultteja liikkuvissa tiimeissä: tätä opimme",
                "lead": (
                    "Kahden liikkuvan tiimin hanke päättyi vuodenvaihteessa. Projektipäällikkö Tone Hegstad kokoaa "
                    "yhteen, mitä arviointi osoitti ja mikä yllätti meidät matkan varrella."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Kun aloitimme hankkeen tammikuussa 2022, emme aivan tienneet, mihin ryhdyimme. Meillä "
                        "oli "
                        "neljä kokemuskonsulttia, kaksi psykiatrista aluekeskusta ja suunnitelma, joka mahtui "
                        "kahdelle "
                        "sivulle. Kolme vuotta myöhemmin käsissämme on arviointi, pino työpäiväkirjoja ja paljon "
                        "tarinoita siitä, mitä tapahtuu, kun joku tiimissä on itse istunut pöydän toisella "
                        "puolella.</p>"
                        "<p>Arviointi perustuu 31 palvelunkäyttäjän ja 24 työntekijän haastatteluihin sekä lokiin, "
                        "johon kirjattiin 1 260 kokemuskonsulttien ja palvelunkäyttäjien välistä tapaamista. Tässä "
                        "on "
                        "se, mitä pidän tärkeimpänä ottaa opiksi.</p>"
                    )],
                    ["heading", {"text": "Luvut, joilla on merkitystä", "anchor": ""}],
                    ["text", (
                        "<p>Joitakin tuloksia voi mitata, ja ne ovat mainitsemisen arvoisia, vaikka luvut eivät "
                        "koskaan "
                        "kerro koko tarinaa:</p>"
                        "<ul>"
                        "<li>Aiempaa harvempi palvelunkäyttäjä keskeytti tuen ensimmäisen puolen vuoden aikana: "
                        "osuus "
                        "laski 22 prosentista 14 prosenttiin.</li>"
                        "<li>Kolme neljästä kokemuskonsultista sai vakituisen paikan omasta tiimistään.</li>"
                        "<li>Palvelunkäyttäjät kertoivat saaneensa konkreettisia neuvoja arkeen eivätkä pelkkiä "
                        "kannustavia sanoja.</li>"
                        "</ul>"
                    )],
                    ["quote", {
                        "text": (
                            "Ennen puhuimme lähinnä siitä, mihin potilas ei pystynyt. Nyt sellaista lausetta on "
                            "lähes "
                            "mahdoton sanoa ilman, että joku pöydän ääressä kysyy, mitä hän itse haluaa."
                        ),
                        "who": "Arne Haugland",
                        "role": "psykiatrinen sairaanhoitaja liikkuvassa tiimissä",
                    }],
                    ["heading", {"text": "Mikä oli vaikeampaa kuin luulimme", "anchor": ""}],
                    ["text", (
                        "<p>Kaikki ei sujunut yhtä helposti. Ensimmäisenä vuonna oli epäselvää, milloin "
                        "kokemuskonsulttien piti kirjoittaa potilaskertomukseen ja mitä he saivat kertoa tiimille "
                        "palvelunkäyttäjien puheista. Tarvittiin useita työnohjauskierroksia, ennen kuin löysimme "
                        "käytännön, johon sekä palvelunkäyttäjät että työntekijät saattoivat luottaa. Lopulta "
                        "päädyimme "
                        "yksinkertaiseen sääntöön: kokemuskonsultti sopii palvelunkäyttäjän kanssa etukäteen, mitä "
                        "kerrotaan eteenpäin, ja sanoo sen avoimesti palaverissa.</p>"
                        "<p>Aliarvioimme myös sen, kuinka raskasta voi olla olla huoneen ainoa, jolla on "
                        "tietynlainen "
                        "kokemus. Kokemuskonsultit pyysivät itse saada tavata toisiaan tiimirajojen yli, ja "
                        "kuukausittaisista tapaamisista tuli vähitellen koko hankkeen tärkeimpiä osia.</p>"
                    )],
                    ["heading", {"text": "Miten tästä eteenpäin", "anchor": ""}],
                    ["text", (
                        "<p>Marraskuun loppuseminaarissa sali oli täynnä johtajia, työntekijöitä, palvelunkäyttäjiä "
                        "ja "
                        "yhteistyökumppaneita. Useampi kunta kysyi, miten ne voisivat tehdä jotain vastaavaa. Juuri "
                        "sitä "
                        "kokeilemme nyt Fjellvikissä, jossa kokemuskonsultit työskentelevät asumisyksiköissä, "
                        "kohtaamispaikoissa ja etsivässä työssä.</p>"
                        "<p>Tärkein neuvoni muille aloittaville on yksinkertainen: palkatkaa useampi kuin yksi "
                        "kokemuskonsultti kerralla ja varatkaa aikaa työnohjaukseen ensimmäisestä päivästä lähtien. "
                        "Rooli kasvaa parhaiten, kun sitä ei tarvitse kantaa yksin.</p>"
                    )],
                ],
            },
            "lv": {
                "title": "Trīs gadi ar pieredzes konsultantiem mobilajās komandās: ko mēs iemācījāmies",
                "lead": (
                    "Projekts divās mobilajās komandās noslēdzās gadu mijā. Projekta vadītāja Tone Hegstad apkopo, "
                    "ko "
                    "parādīja izvērtējums un kas mūs pārsteidza pa ceļam."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Kad 2022. gada janvārī sākām projektu, mēs īsti nezinājām, kam ejam pretī. Mums bija "
                        "četri "
                        "pieredzes konsultanti, divi reģionālie psihiatrijas centri un plāns, kas ietilpa divās "
                        "lapās. "
                        "Pēc trim gadiem mums ir izvērtējums, kaudze darba žurnālu un daudz stāstu par to, kas "
                        "notiek, "
                        "ja kāds komandā pats ir sēdējis otrā galda pusē.</p>"
                        "<p>Izvērtējuma pamatā ir intervijas ar 31 pakalpojumu lietotāju un 24 darbiniekiem, kā arī "
                        "žurnāls, kurā reģistrēti 1260 pieredzes konsultantu un lietotāju kontakti. Lūk, ko es "
                        "uzskatu "
                        "par svarīgāko, ko paņemt līdzi.</p>"
                    )],
                    ["heading", {"text": "Skaitļi, kuriem ir nozīme", "anchor": ""}],
                    ["text", (
                        "<p>Dažus rezultātus var izmērīt, un tos ir vērts pieminēt, lai gan skaitļi nekad neizstāsta "
                        "visu stāstu:</p>"
                        "<ul>"
                        "<li>Mazāk lietotāju pārtrauca atbalstu pirmajā pusgadā: viņu īpatsvars samazinājās no 22 "
                        "līdz "
                        "14 procentiem.</li>"
                        "<li>Trīs no četriem pieredzes konsultantiem saņēma pastāvīgu darba vietu savā komandā.</li>"
                        "<li>Lietotāji stāstīja, ka saņēmuši konkrētus padomus ikdienai, nevis tikai uzmundrinošus "
                        "vārdus.</li>"
                        "</ul>"
                    )],
                    ["quote", {
                        "text": (
                            "Agrāk mēs galvenokārt runājām par to, kas pacientam neizdodas. Tagad gandrīz nav "
                            "iespējams "
                            "pateikt šādu teikumu, lai kāds pie galda nepajautātu, ko viņa pati vēlas."
                        ),
                        "who": "Arne Haugland",
                        "role": "psihiatrijas medbrālis mobilajā komandā",
                    }],
                    ["heading", {"text": "Kas izrādījās grūtāk, nekā domājām", "anchor": ""}],
                    ["text", (
                        "<p>Ne viss gāja tik gludi. Pirmajā gadā nebija skaidrs, kad pieredzes konsultantiem jāveic "
                        "ieraksti pacienta dokumentācijā un ko no lietotāju stāstītā viņi drīkst nodot tālāk "
                        "komandai. "
                        "Bija vajadzīgas vairākas supervīzijas kārtas, līdz atradām praksi, kurā droši jutās gan "
                        "lietotāji, gan darbinieki. Beigās vienojāmies par vienkāršu noteikumu: pieredzes "
                        "konsultants jau "
                        "iepriekš saskaņo ar lietotāju, ko drīkst nodot tālāk, un sanāksmē to pasaka atklāti.</p>"
                        "<p>Mēs arī par zemu novērtējām, cik nogurdinoši var būt, ja esi vienīgais telpā ar noteikta "
                        "veida pieredzi. Pieredzes konsultanti paši lūdza iespēju tikties ar kolēģiem no otras "
                        "komandas, un ikmēneša tikšanās ar laiku kļuva par vienu no svarīgākajām visa projekta "
                        "daļām.</p>"
                    )],
                    ["heading", {"text": "Ceļš uz priekšu", "anchor": ""}],
                    ["text", (
                        "<p>Novembra noslēguma konferencē zāle bija pilna ar vadītājiem, darbiniekiem, lietotājiem "
                        "un "
                        "sadarbības partneriem. Vairākas pašvaldības jautāja, kā tās varētu darīt ko līdzīgu. Tieši "
                        "to "
                        "mēs tagad izmēģinām Fjelvikā, kur pieredzes konsultanti strādās mājokļos, tikšanās vietās "
                        "un "
                        "ielu darbā.</p>"
                        "<p>Mans svarīgākais padoms citiem, kas vēlas sākt, ir vienkāršs: pieņemiet darbā vairāk "
                        "nekā "
                        "vienu pieredzes konsultantu vienlaikus un jau no pirmās dienas atvēliet laiku supervīzijai. "
                        "Loma aug vislabāk, ja tā nav jānes vienam pašam.</p>"
                    )],
                ],
            },
        },
    },
    # 2 ------------------------------------------------------------------------------------------
    {
        "key": "no-competence-centre-hva-jeg-velger-a-fortelle",
        "slug": "hva-jeg-velger-a-fortelle",
        "author": "no-competence-centre-ingrid-solberg",
        "date": "2025-06-03",
        "topics": ["topic-peer-support", "topic-recovery"],
        "related": [],
        "hero_colour": "#5b6e58",
        "content": {
            "nb": {
                "title": "Hva jeg velger å fortelle – og hva jeg holder for meg selv",
                "lead": (
                    "Etter åtte år som erfaringskonsulent i et ambulant team har Ingrid Solberg lært at egen "
                    "historie er "
                    "et verktøy som må brukes med omhu. Her forteller hun hva hun tenker gjennom før hun deler."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Den første tiden som erfaringskonsulent fortalte jeg for mye. Jeg satt i stua hos en "
                        "mann "
                        "som ikke hadde vært ute på flere uker, og snakket i nesten en halvtime om mine egne år som "
                        "sykmeldt. Han var høflig og nikket, men da jeg gikk, visste jeg nesten ingenting om ham.</p>"
                        "<p>På veiledningen etterpå stilte veilederen min et enkelt spørsmål: «Hvem var den samtalen "
                        "for?» Det ærlige svaret var: for meg selv. Jeg ble flau, men spørsmålet har fulgt meg inn i "
                        "hvert eneste hjemmebesøk siden.</p>"
                    )],
                    ["heading", {"text": "Tre spørsmål før jeg deler", "anchor": ""}],
                    ["text", (
                        "<p>I dag stiller jeg meg selv noen spørsmål før jeg forteller noe fra mitt eget liv:</p>"
                        "<ul>"
                        "<li>Kan dette gi den andre litt mer håp, eller handler det mest om meg?</li>"
                        "<li>Er dette en erfaring jeg har bearbeidet, eller er den fortsatt sår?</li>"
                        "<li>Hva ønsker jeg at personen skal sitte igjen med når jeg har gått?</li>"
                        "</ul>"
                    )],
                    ["text", (
                        "<p>Ofte ender jeg med å si bare én setning, for eksempel at også jeg en gang lot brevene "
                        "fra "
                        "banken ligge uåpnet i månedsvis. Det er nok til at den andre skjønner at jeg vet hvordan "
                        "det "
                        "kjennes, og så kan samtalen handle om ham eller henne igjen. Resten av historien min ligger "
                        "der hvis den trengs, men den skal ikke ta plassen fra den som sitter foran meg.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Hun sa ikke så mye om seg selv. Men det lille hun sa, gjorde at jeg sluttet å skamme "
                            "meg "
                            "over at jeg lå på sofaen hele dagen."
                        ),
                        "who": "Sander",
                        "role": "bruker av det ambulante teamet",
                    }],
                    ["heading", {"text": "Samarbeidet med resten av teamet", "anchor": ""}],
                    ["text", (
                        "<p>Å velge hva jeg deler, gjelder ikke bare i møte med brukerne. I teammøtene bruker jeg "
                        "erfaringen min på en annen måte. Der forteller jeg sjelden hva jeg selv har opplevd, men "
                        "jeg "
                        "spør hvordan et vedtak, et brev eller en plan vil kjennes for den som mottar det.</p>"
                        "<p>Sykepleierne og psykologene i teamet har blitt flinke til å spørre meg tilbake. En av "
                        "dem "
                        "fortalte nylig at hun nå leser sine egne notater med nye øyne, fordi hun vet at brukeren "
                        "kan be "
                        "om å få lese dem. Slike små endringer er kanskje det viktigste jeg har bidratt med.</p>"
                        "<p>Åtte år etter det første hjemmebesøket tenker jeg at erfaringskompetanse ikke handler om "
                        "å "
                        "ha den mest dramatiske historien. Den handler om å vite hvilken bit av historien som kan "
                        "være "
                        "til hjelp akkurat nå, og om å tåle at resten blir liggende.</p>"
                    )],
                ],
            },
            "et": {
                "title": "Mida ma otsustan rääkida – ja mida hoian endale",
                "lead": (
                    "Kaheksa aastat kogemuskonsultandina mobiilses meeskonnas on õpetanud Ingrid Solbergile, et oma "
                    "lugu "
                    "on tööriist, mida tuleb kasutada hoolikalt. Siin räägib ta, mida ta enne jagamist kaalub."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Kogemuskonsultandina töötamise alguses rääkisin liiga palju. Istusin elutoas mehega, kes "
                        "polnud mitu nädalat kodust väljas käinud, ja rääkisin peaaegu pool tundi oma haiguslehel "
                        "veedetud aastatest. Ta oli viisakas ja noogutas, kuid kui ma lahkusin, ei teadnud ma temast "
                        "peaaegu midagi.</p>"
                        "<p>Hiljem supervisioonis esitas mu supervisor lihtsa küsimuse: „Kelle jaoks see vestlus "
                        "oli?“ Aus vastus oleks olnud: minu enda jaoks. "
                        "Mul oli piinlik, kuid see küsimus on mind saatnud igal kodukülastusel sellest ajast "
                        "peale.</p>"
                    )],
                    ["heading", {"text": "Kolm küsimust enne jagamist", "anchor": ""}],
                    ["text", (
                        "<p>Nüüd esitan endale mõned küsimused, enne kui oma elust midagi räägin:</p>"
                        "<ul>"
                        "<li>Kas see võib anda teisele natuke rohkem lootust või räägib see eelkõige minust?</li>"
                        "<li>Kas see on kogemus, mille olen läbi töötanud, või teeb see veel valu?</li>"
                        "<li>Mis peaks inimesele meelde jääma, kui ma olen lahkunud?</li>"
                        "</ul>"
                    )],
                    ["text", (
                        "<p>Sageli ütlen lõpuks vaid ühe lause, näiteks et ka mina jätsin kunagi pangakirjad kuude "
                        "kaupa "
                        "avamata. Sellest piisab, et teine mõistaks, et ma tean, mis tunne see on, ning siis saab "
                        "vestlus "
                        "jälle tema juurde naasta. Ülejäänud lugu on alles, kui seda vaja läheb, kuid see ei tohi "
                        "võtta ruumi inimeselt, kes istub minu vastas.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Ta ei rääkinud endast palju. Aga see vähene, mida ta ütles, aitas mul lõpetada "
                            "häbenemise "
                            "selle pärast, et lamasin terve päeva diivanil."
                        ),
                        "who": "Sander",
                        "role": "mobiilse meeskonna teenusekasutaja",
                    }],
                    ["heading", {"text": "Koostöö ülejäänud meeskonnaga", "anchor": ""}],
                    ["text", (
                        "<p>Valik, mida jagada, ei puuduta ainult kohtumisi teenusekasutajatega. Meeskonna "
                        "koosolekutel "
                        "kasutan oma kogemust teisiti. Seal räägin harva sellest, mida olen ise läbi elanud, kuid "
                        "küsin, "
                        "kuidas mõni otsus, kiri või plaan tundub sellele, kes selle saab.</p>"
                        "<p>Meeskonna õed ja psühholoogid on õppinud mulle vastu küsima. Üks neist rääkis hiljuti, "
                        "et "
                        "loeb nüüd oma märkmeid uue pilguga, sest teab, et teenusekasutaja võib paluda neid lugeda. "
                        "Sellised väikesed muutused on ehk kõige tähtsam, millele olen kaasa aidanud.</p>"
                        "<p>Kaheksa aastat pärast esimest kodukülastust arvan, et kogemuspädevus ei tähenda kõige "
                        "dramaatilisemat lugu. See tähendab teadmist, milline tükk loost võib just praegu abiks "
                        "olla, ja "
                        "valmisolekut jätta ülejäänu rääkimata.</p>"
                    )],
                ],
            },
            "fi": {
                "title": "Mitä kerron – ja mitä pidän omana tietonani",
                "lead": (
                    "Kahdeksan vuotta kokemuskonsulttina liikkuvassa tiimissä on opettanut Ingrid Solbergille, että "
                    "oma "
                    "tarina on työväline, jota pitää käyttää harkiten. Tässä hän kertoo, mitä miettii ennen kuin "
                    "jakaa "
                    "jotain omastaan."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Kokemuskonsulttiurani alussa kerroin liikaa. Istuin sellaisen miehen olohuoneessa, joka "
                        "ei "
                        "ollut käynyt ulkona viikkoihin, ja puhuin lähes puoli tuntia omista sairauslomavuosistani. "
                        "Hän "
                        "oli kohtelias ja nyökkäili, mutta kun lähdin, en tiennyt hänestä juuri mitään.</p>"
                        "<p>Jälkikäteen työnohjauksessa työnohjaajani esitti yksinkertaisen kysymyksen: ”Kenen "
                        "vuoksi "
                        "se keskustelu käytiin?” Rehellinen vastaus olisi ollut: minun itseni vuoksi. Nolotti, mutta "
                        "kysymys on kulkenut mukanani jokaisella kotikäynnillä "
                        "siitä lähtien.</p>"
                    )],
                    ["heading", {"text": "Kolme kysymystä ennen kuin kerron", "anchor": ""}],
                    ["text", (
                        "<p>Nykyään kysyn itseltäni muutaman kysymyksen, ennen kuin kerron jotain omasta "
                        "elämästäni:</p>"
                        "<ul>"
                        "<li>Voiko tämä antaa toiselle vähän lisää toivoa, vai kertooko se lähinnä minusta?</li>"
                        "<li>Olenko käsitellyt tämän kokemuksen, vai onko se yhä kipeä?</li>"
                        "<li>Mitä toivon ihmisen jäävän miettimään, kun olen lähtenyt?</li>"
                        "</ul>"
                    )],
                    ["text", (
                        "<p>Usein sanon lopulta vain yhden lauseen, esimerkiksi että minäkin jätin aikoinaan pankin "
                        "kirjeet avaamatta kuukausiksi. Se riittää siihen, että toinen ymmärtää minun tietävän, "
                        "miltä se "
                        "tuntuu, ja sitten keskustelu voi taas palata häneen. Muu tarinani on tallessa, jos sitä "
                        "tarvitaan, mutta se ei saa viedä tilaa ihmiseltä, joka istuu edessäni.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Hän ei puhunut itsestään paljon. Mutta se vähä, minkä hän sanoi, sai minut lakkaamaan "
                            "häpeämästä sitä, että makasin sohvalla koko päivän."
                        ),
                        "who": "Sander",
                        "role": "liikkuvan tiimin asiakas",
                    }],
                    ["heading", {"text": "Yhteistyö muun tiimin kanssa", "anchor": ""}],
                    ["text", (
                        "<p>Valinta siitä, mitä jaan, ei koske vain asiakkaiden kohtaamista. Tiimipalavereissa "
                        "käytän "
                        "kokemustani toisella tavalla. Niissä kerron harvoin omista kokemuksistani, mutta kysyn, "
                        "miltä "
                        "jokin päätös, kirje tai suunnitelma tuntuu sen vastaanottajasta.</p>"
                        "<p>Tiimin sairaanhoitajat ja psykologit ovat oppineet kysymään minulta takaisin. Yksi "
                        "heistä "
                        "kertoi äskettäin lukevansa nykyään omia merkintöjään uusin silmin, koska tietää, että "
                        "asiakas "
                        "voi pyytää saada lukea ne. Tällaiset pienet muutokset ovat ehkä tärkein asia, jonka olen "
                        "saanut "
                        "aikaan.</p>"
                        "<p>Kahdeksan vuotta ensimmäisen kotikäynnin jälkeen ajattelen, ettei kokemusosaaminen "
                        "tarkoita "
                        "dramaattisinta tarinaa. Se tarkoittaa sen tietämistä, mikä osa tarinasta voi auttaa juuri "
                        "nyt, "
                        "ja kykyä jättää loput kertomatta.</p>"
                    )],
                ],
            },
            "lv": {
                "title": "Ko es izvēlos stāstīt – un ko paturu pie sevis",
                "lead": (
                    "Astoņos gados, strādājot par pieredzes konsultanti mobilajā komandā, Ingrida ir sapratusi, ka "
                    "savs "
                    "stāsts ir darba rīks, kas jālieto apdomīgi. Šeit viņa stāsta, ko apsver, pirms ar kaut ko dalās."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Pirmajā laikā, strādājot par pieredzes konsultanti, es stāstīju par daudz. Sēdēju "
                        "viesistabā "
                        "pie vīrieša, kurš vairākas nedēļas nebija izgājis no mājas, un gandrīz pusstundu runāju par "
                        "saviem gadiem uz slimības lapas. Viņš bija pieklājīgs un māja ar galvu, bet, kad aizgāju, "
                        "es "
                        "par viņu nezināju gandrīz neko.</p>"
                        "<p>Vēlāk supervīzijā mana supervizore uzdeva vienkāršu jautājumu: “Kam bija domāta šī "
                        "saruna?” Godīga atbilde būtu bijusi: man pašai. Man bija kauns, taču šis jautājums kopš tā "
                        "laika mani pavada katrā mājas vizītē.</p>"
                    )],
                    ["heading", {"text": "Trīs jautājumi, pirms dalos", "anchor": ""}],
                    ["text", (
                        "<p>Tagad, pirms stāstu kaut ko no savas dzīves, es sev uzdodu dažus jautājumus:</p>"
                        "<ul>"
                        "<li>Vai tas var dot otram mazliet vairāk cerības, vai arī tas galvenokārt ir par mani?</li>"
                        "<li>Vai esmu šo pieredzi jau izsāpējusi, vai tā joprojām ir sāpīga?</li>"
                        "<li>Kas lai cilvēkam paliek prātā, kad būšu aizgājusi?</li>"
                        "</ul>"
                    )],
                    ["text", (
                        "<p>Bieži vien beigās pasaku tikai vienu teikumu, piemēram, ka arī es kādreiz mēnešiem ilgi "
                        "neatvēru bankas vēstules. Ar to pietiek, lai otrs saprastu, ka zinu, kā tas ir, un tad "
                        "saruna "
                        "atkal var atgriezties pie viņa. Pārējais mans stāsts ir pieejams, ja tas vajadzīgs, taču "
                        "tas nedrīkst atņemt vietu cilvēkam, kurš sēž man pretī.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Viņa par sevi daudz nerunāja. Bet tas nedaudzais, ko viņa pateica, palīdzēja man "
                            "pārstāt "
                            "kaunēties par to, ka visu dienu gulēju uz dīvāna."
                        ),
                        "who": "Sander",
                        "role": "mobilās komandas klients",
                    }],
                    ["heading", {"text": "Sadarbība ar pārējo komandu", "anchor": ""}],
                    ["text", (
                        "<p>Izvēle, ar ko dalīties, attiecas ne tikai uz tikšanos ar klientiem. Komandas sanāksmēs "
                        "es "
                        "savu pieredzi izmantoju citādi. Tur es reti stāstu par to, ko pati esmu piedzīvojusi, bet "
                        "jautāju, kā kāds lēmums, vēstule vai plāns jutīsies tam, kurš to saņems.</p>"
                        "<p>Komandas medmāsas un psihologi ir iemācījušies man jautāt pretī. Viena no viņām nesen "
                        "pastāstīja, ka tagad lasa savas piezīmes ar citām acīm, jo zina, ka klients var lūgt tās "
                        "izlasīt. Šādas nelielas pārmaiņas, iespējams, ir pats svarīgākais, ko esmu devusi.</p>"
                        "<p>Astoņus gadus pēc pirmās mājas vizītes es domāju, ka pieredzes kompetence nenozīmē "
                        "visdramatiskāko stāstu. Tā nozīmē zināt, kura stāsta daļa var palīdzēt tieši tagad, un spēt "
                        "atstāt pārējo nepateiktu.</p>"
                    )],
                ],
            },
        },
    },
    # 3 ------------------------------------------------------------------------------------------
    {
        "key": "no-competence-centre-dagbok-fra-grunnkurset",
        "slug": "dagbok-fra-grunnkurset",
        "author": "no-competence-centre-marius-l",
        "date": "2025-05-27",
        "topics": ["topic-training"],
        "related": ["no-competence-centre-hva-jeg-velger-a-fortelle"],
        "hero_colour": "#4f5d75",
        "content": {
            "nb": {
                "title": "Dagbok fra grunnkurset: to dager om rolle, grenser og taushetsplikt",
                "lead": (
                    "Marius L. skal begynne som erfaringskonsulent i bedringsteamet i Fjellvik kommune. Her er "
                    "notatene "
                    "hans fra grunnkurset hos Lysning i Trondheim."
                ),
                "content_notes": "Nevner rusbruk.",
                "body": [
                    ["heading", {"text": "Tirsdag morgen", "anchor": ""}],
                    ["text", (
                        "<p>Jeg kom en halvtime for tidlig og ble stående lenge utenfor inngangen. For åtte år siden "
                        "ville ingen ha trodd at jeg skulle på kurs for å jobbe i psykisk helse- og rusarbeid. Jeg "
                        "hadde "
                        "brukt rusmidler i over ti år, og det siste jeg ønsket, var å snakke om det foran "
                        "fremmede.</p>"
                        "<p>Inne i kurslokalet satt fjorten deltakere i en ring. Noen skulle begynne i kommunale "
                        "boliger, andre i ambulante team, og tre av oss skulle til Fjellvik. Kurslederen ba oss "
                        "fortelle "
                        "hvorfor vi var der, men ikke hvordan vi hadde havnet der. Det likte jeg. Da det ble min "
                        "tur, sa jeg bare at jeg ville bli den personen jeg selv hadde trengt. Flere nikket.</p>"
                    )],
                    ["heading", {"text": "Øvelsen som satt igjen", "anchor": ""}],
                    ["text", (
                        "<p>Etter lunsj jobbet vi to og to med rollespill. Den ene spilte en beboer som var sint på "
                        "personalet, den andre skulle være erfaringskonsulent. Jeg merket at jeg straks tok parti "
                        "med "
                        "«beboeren» og begynte å snakke nedsettende om de ansatte. Det ble stille, og så sa "
                        "kurslederen "
                        "at det å forstå sinnet ikke betyr at man skal forsterke det.</p>"
                        "<p>Det var ubehagelig å høre, men hun hadde rett. Jeg skal være en del av personalgruppen, "
                        "ikke "
                        "en motstander av den, og likevel kan jeg fortsatt stå på beboerens side.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Vi er ikke ansatt for å være enige med alle. Vi er ansatt for å gjøre det lettere for "
                            "folk "
                            "å si hva de egentlig mener."
                        ),
                        "who": "Randi",
                        "role": "kursdeltaker og erfaringskonsulent i en kommunal bolig",
                    }],
                    ["heading", {"text": "Onsdag: taushetsplikt og egne grenser", "anchor": ""}],
                    ["text", (
                        "<p>Den andre dagen handlet mye om taushetsplikt. Jeg hadde trodd at den bare gjaldt det "
                        "brukerne forteller, men vi snakket også om hva jeg selv skal si om min egen historie, og "
                        "til "
                        "hvem. Vi fikk også høre at vi alltid kan ta med oss vanskelige situasjoner til veiledning, "
                        "og at ingen forventer at vi skal løse alt alene. Hver av oss lagde tre lister:</p>"
                        "<ul>"
                        "<li>Det jeg gjerne forteller til alle.</li>"
                        "<li>Det jeg bare forteller når det kan hjelpe en annen.</li>"
                        "<li>Det jeg holder for meg selv, uansett hvem som spør.</li>"
                        "</ul>"
                    )],
                    ["text", (
                        "<p>Den siste listen ble kortest, men den tok lengst tid å skrive.</p>"
                        "<p>På toget hjem tenkte jeg at jeg hadde gruet meg til feil ting. Jeg trodde det "
                        "vanskeligste "
                        "ville være å fortelle om rusen. Det vanskeligste var å innse at erfaringen min ikke er nok "
                        "alene. Den må brukes med omtanke, og det skal jeg lære i årene som kommer, sammen med "
                        "veilederen min og de andre erfaringskonsulentene i Fjellvik.</p>"
                    )],
                ],
            },
            "et": {
                "title": "Baaskoolituse päevik: kaks päeva rollist, piiridest ja konfidentsiaalsusest",
                "lead": (
                    "Marius L. asub peagi tööle kogemuskonsultandina Fjellviki valla taastumismeeskonnas. Siin on "
                    "tema "
                    "märkmed Lysningu baaskoolituselt Trondheimis."
                ),
                "content_notes": "Juttu on uimastite tarvitamisest.",
                "body": [
                    ["heading", {"text": "Teisipäeva hommik", "anchor": ""}],
                    ["text", (
                        "<p>Jõudsin kohale pool tundi liiga vara ja seisin kaua ukse taga. Kaheksa aastat tagasi "
                        "poleks "
                        "keegi uskunud, et lähen koolitusele, et hakata tööle vaimse tervise ja sõltuvuste "
                        "valdkonnas. "
                        "Olin tarvitanud uimasteid üle kümne aasta ja viimane asi, mida tahtsin, oli sellest "
                        "võõraste ees "
                        "rääkida.</p>"
                        "<p>Koolitusruumis istus ringis neliteist osalejat. Mõned pidid alustama omavalitsuse "
                        "eluasemetes, teised mobiilsetes meeskondades ja kolm meist Fjellvikis. Koolitaja palus meil "
                        "rääkida, miks me seal oleme, aga mitte seda, kuidas me sinna jõudsime. See meeldis mulle. "
                        "Kui minu kord tuli, ütlesin lihtsalt, et tahan saada selleks inimeseks, keda ma ise kunagi "
                        "vajasin. Mitu inimest noogutas.</p>"
                    )],
                    ["heading", {"text": "Harjutus, mis meelde jäi", "anchor": ""}],
                    ["text", (
                        "<p>Pärast lõunat tegime paarides rollimänge. Üks mängis elanikku, kes oli personali peale "
                        "vihane, teine pidi olema kogemuskonsultant. Märkasin, et asusin kohe „elaniku“ poolele ja "
                        "hakkasin töötajatest halvustavalt rääkima. Tekkis vaikus ja siis ütles koolitaja, et viha "
                        "mõistmine ei tähenda selle võimendamist.</p>"
                        "<p>Seda oli ebamugav kuulda, kuid tal oli õigus. Ma pean olema osa töötajaskonnast, mitte "
                        "selle "
                        "vastane, ja ometi võin ma endiselt elaniku poolel seista.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Meid ei ole palgatud kõigiga nõustuma. Meid on palgatud selleks, et inimestel oleks "
                            "lihtsam "
                            "öelda, mida nad tegelikult mõtlevad."
                        ),
                        "who": "Randi",
                        "role": "koolitusel osaleja ja kogemuskonsultant omavalitsuse eluasemes",
                    }],
                    ["heading", {"text": "Kolmapäev: konfidentsiaalsus ja oma piirid", "anchor": ""}],
                    ["text", (
                        "<p>Teine päev keskendus suuresti konfidentsiaalsusele. Olin arvanud, et see puudutab ainult "
                        "seda, mida teenusekasutajad räägivad, kuid arutasime ka seda, mida ma ise oma loost räägin "
                        "ja "
                        "kellele. Kuulsime ka, et raskeid olukordi võime alati supervisiooni kaasa võtta ja keegi ei "
                        "oota, et lahendaksime kõik üksi. Igaüks meist koostas kolm nimekirja:</p>"
                        "<ul>"
                        "<li>Mida räägin meelsasti kõigile.</li>"
                        "<li>Mida räägin ainult siis, kui see võib teist aidata.</li>"
                        "<li>Mida hoian endale, ükskõik kes küsib.</li>"
                        "</ul>"
                    )],
                    ["text", (
                        "<p>Viimane nimekiri jäi kõige lühemaks, kuid selle kirjutamine võttis kõige rohkem aega.</p>"
                        "<p>Rongiga koju sõites mõtlesin, et olin kartnud valesid asju. Arvasin, et kõige raskem on "
                        "rääkida uimastitest. Kõige raskem oli aga mõista, et ainuüksi minu kogemusest ei piisa. "
                        "Seda "
                        "tuleb kasutada kaalutletult ja seda õpin ma järgnevatel aastatel koos oma supervisori ja "
                        "teiste "
                        "Fjellviki kogemuskonsultantidega.</p>"
                    )],
                ],
            },
            "fi": {
                "title": "Päiväkirja peruskurssilta: kaksi päivää roolista, rajoista ja vaitiolosta",
                "lead": (
                    "Marius L. aloittaa pian kokemuskonsulttina Fjellvikin kunnan toipumistiimissä. Tässä ovat hänen "
                    "muistiinpanonsa Lysningin peruskurssilta Trondheimista."
                ),
                "content_notes": "Tekstissä mainitaan päihteiden käyttö.",
                "body": [
                    ["heading", {"text": "Tiistaiaamu", "anchor": ""}],
                    ["text", (
                        "<p>Tulin puoli tuntia liian aikaisin ja seisoin pitkään oven ulkopuolella. Kahdeksan vuotta "
                        "sitten kukaan ei olisi uskonut, että lähtisin kurssille valmistautumaan mielenterveys- ja "
                        "päihdetyöhön. Olin käyttänyt päihteitä yli kymmenen vuotta, ja viimeinen asia, jota "
                        "halusin, "
                        "oli puhua siitä vieraiden edessä.</p>"
                        "<p>Kurssitilassa istui piirissä neljätoista osallistujaa. Osa aloittaisi kunnan "
                        "asumisyksiköissä, osa liikkuvissa tiimeissä, ja meistä kolme oli menossa Fjellvikiin. "
                        "Kouluttaja pyysi meitä kertomaan, miksi olimme siellä, mutta ei sitä, miten olimme sinne "
                        "päätyneet. Siitä pidin. Kun oli minun vuoroni, sanoin vain haluavani olla se ihminen, jota "
                        "itse olisin tarvinnut. Moni nyökkäsi.</p>"
                    )],
                    ["heading", {"text": "Harjoitus, joka jäi mieleen", "anchor": ""}],
                    ["text", (
                        "<p>Lounaan jälkeen teimme pareittain roolileikkejä. Toinen esitti asukasta, joka oli "
                        "vihainen "
                        "henkilökunnalle, ja toinen kokemuskonsulttia. Huomasin asettuvani heti ”asukkaan” puolelle "
                        "ja "
                        "puhuvani työntekijöistä halveksuvasti. Tuli hiljaista, ja sitten kouluttaja sanoi, ettei "
                        "vihan "
                        "ymmärtäminen tarkoita sen lietsomista.</p>"
                        "<p>Sitä oli epämukava kuulla, mutta hän oli oikeassa. Minun kuuluu olla osa henkilökuntaa "
                        "eikä "
                        "sen vastustaja, ja silti voin edelleen olla asukkaan puolella.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Meitä ei ole palkattu olemaan kaikkien kanssa samaa mieltä. Meidät on palkattu siksi, "
                            "että "
                            "ihmisten olisi helpompi sanoa, mitä he oikeasti ajattelevat."
                        ),
                        "who": "Randi",
                        "role": "kurssin osallistuja ja kokemuskonsultti kunnan asumisyksikössä",
                    }],
                    ["heading", {"text": "Keskiviikko: vaitiolovelvollisuus ja omat rajat", "anchor": ""}],
                    ["text", (
                        "<p>Toinen päivä käsitteli paljolti vaitiolovelvollisuutta. Olin luullut, että se koskee "
                        "vain "
                        "sitä, mitä asiakkaat kertovat, mutta puhuimme myös siitä, mitä itse kerron omasta "
                        "tarinastani "
                        "ja kenelle. Kuulimme myös, että vaikeat tilanteet voi aina viedä työnohjaukseen eikä kukaan "
                        "odota meidän ratkaisevan kaikkea yksin. Jokainen meistä kirjoitti kolme listaa:</p>"
                        "<ul>"
                        "<li>Mitä kerron mielelläni kaikille.</li>"
                        "<li>Mitä kerron vain, jos se voi auttaa toista.</li>"
                        "<li>Mitä pidän omana tietonani, kysyi kuka tahansa.</li>"
                        "</ul>"
                    )],
                    ["text", (
                        "<p>Viimeinen lista jäi lyhyimmäksi, mutta sen kirjoittaminen vei eniten aikaa.</p>"
                        "<p>Junassa kotimatkalla ajattelin, että olin jännittänyt vääriä asioita. Luulin, että "
                        "vaikeinta "
                        "olisi kertoa päihteistä. Vaikeinta oli kuitenkin myöntää, ettei kokemukseni yksinään riitä. "
                        "Sitä on käytettävä harkiten, ja sitä opettelen tulevina vuosina yhdessä työnohjaajani ja "
                        "muiden Fjellvikin kokemuskonsulttien kanssa.</p>"
                    )],
                ],
            },
            "lv": {
                "title": "Pamatkursa dienasgrāmata: divas dienas par lomu, robežām un konfidencialitāti",
                "lead": (
                    "Mariuss L. drīz sāks strādāt par pieredzes konsultantu Fjelvikas pašvaldības atveseļošanās "
                    "komandā. Lūk, viņa piezīmes no “Lysning” pamatkursa Tronheimā."
                ),
                "content_notes": "Tekstā minēta apreibinošu vielu lietošana.",
                "body": [
                    ["heading", {"text": "Otrdienas rīts", "anchor": ""}],
                    ["text", (
                        "<p>Ierados pusstundu par agru un ilgi stāvēju pie ieejas. Pirms astoņiem gadiem neviens "
                        "nebūtu "
                        "ticējis, ka es braukšu uz kursiem, lai strādātu garīgās veselības un atkarību jomā. Vairāk "
                        "nekā "
                        "desmit gadus biju lietojis apreibinošas vielas, un pēdējais, ko vēlējos, bija par to runāt "
                        "svešinieku priekšā.</p>"
                        "<p>Mācību telpā aplī sēdēja četrpadsmit dalībnieki. Daži gatavojās sākt darbu pašvaldības "
                        "mājokļos, citi mobilajās komandās, bet trīs no mums devās uz Fjelviku. Kursa vadītāja lūdza "
                        "mūs pastāstīt, kāpēc esam šeit, bet ne to, kā šeit nonācām. Tas man patika. Kad pienāca "
                        "mana kārta, es vienkārši pateicu, ka gribu kļūt par to cilvēku, kurš man pašam bija "
                        "vajadzīgs. Vairāki pamāja ar galvu.</p>"
                    )],
                    ["heading", {"text": "Vingrinājums, kas palika atmiņā", "anchor": ""}],
                    ["text", (
                        "<p>Pēc pusdienām mēs pa pāriem spēlējām lomu spēles. Viens attēloja iemītnieku, kurš "
                        "dusmojās "
                        "uz personālu, otrs bija pieredzes konsultants. Es pamanīju, ka uzreiz nostājos “iemītnieka” "
                        "pusē un sāku nievājoši runāt par darbiniekiem. Iestājās klusums, un tad kursa vadītāja "
                        "teica, "
                        "ka saprast dusmas nenozīmē tās pastiprināt.</p>"
                        "<p>To nebija patīkami dzirdēt, taču viņai bija taisnība. Man jābūt daļai no personāla, "
                        "nevis "
                        "tā pretiniekam, un tomēr es joprojām varu būt iemītnieka pusē.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Mūs nepieņem darbā, lai mēs visiem piekristu. Mūs pieņem darbā, lai cilvēkiem būtu "
                            "vieglāk "
                            "pateikt, ko viņi patiesībā domā."
                        ),
                        "who": "Randi",
                        "role": "kursa dalībniece un pieredzes konsultante pašvaldības mājoklī",
                    }],
                    ["heading", {"text": "Trešdiena: konfidencialitāte un savas robežas", "anchor": ""}],
                    ["text", (
                        "<p>Otrā diena lielā mērā bija veltīta konfidencialitātei. Biju domājis, ka tā attiecas "
                        "tikai "
                        "uz to, ko stāsta klienti, taču runājām arī par to, ko es pats stāstu par savu pieredzi un "
                        "kam. "
                        "Mēs arī dzirdējām, ka sarežģītas situācijas vienmēr varam ņemt līdzi uz supervīziju un "
                        "neviens negaida, ka visu atrisināsim vieni paši. Katrs no mums uzrakstīja trīs "
                        "sarakstus:</p>"
                        "<ul>"
                        "<li>Ko labprāt stāstu visiem.</li>"
                        "<li>Ko stāstu tikai tad, ja tas var palīdzēt kādam citam.</li>"
                        "<li>Ko paturu pie sevis, lai kurš arī jautātu.</li>"
                        "</ul>"
                    )],
                    ["text", (
                        "<p>Pēdējais saraksts sanāca visīsākais, taču tā rakstīšana prasīja visvairāk laika.</p>"
                        "<p>Vilcienā ceļā uz mājām domāju, ka biju baidījies no nepareizām lietām. Domāju, ka "
                        "visgrūtāk "
                        "būs stāstīt par vielu lietošanu. Visgrūtāk tomēr bija atzīt, ka ar manu pieredzi vien "
                        "nepietiek. Tā jāizmanto apdomīgi, un to es mācīšos nākamajos gados kopā ar savu supervizoru "
                        "un "
                        "pārējiem Fjelvikas pieredzes konsultantiem.</p>"
                    )],
                ],
            },
        },
    },
    # 4 ------------------------------------------------------------------------------------------
    {
        "key": "no-competence-centre-forste-samtalegruppe",
        "slug": "mitt-forste-oppdrag-samtalegruppe-for-ungdom",
        "author": "no-competence-centre-henrik-aas",
        "date": "2025-10-14",
        "topics": ["topic-youth", "topic-peer-support"],
        "related": ["no-competence-centre-dagbok-fra-grunnkurset"],
        "hero_colour": "#7a5c4f",
        "content": {
            "nb": {
                "title": "Mitt første oppdrag: samtalegruppe for ungdom som snart skal flytte for seg selv",
                "lead": (
                    "I høst ledet Henrik Aas sin første samtalegruppe for ungdom på institusjon. Han skriver om "
                    "pizza, "
                    "stillhet og spørsmålet ingen voksne stilte ham da han selv var sytten."
                ),
                "content_notes": "Nevner rusbruk og oppvekst på barnevernsinstitusjon.",
                "body": [
                    ["text", (
                        "<p>Vi var fire ungdommer, en miljøterapeut og meg rundt et bord med to pizzaer. Planen var "
                        "at vi "
                        "skulle snakke om hvordan det er å flytte for seg selv når man har bodd på institusjon. De "
                        "første "
                        "tjue minuttene snakket vi om fotball og om hvilken pizza som var best.</p>"
                        "<p>Jeg husket hvordan jeg selv satt i slike grupper som sekstenåring, med armene i kors og "
                        "blikket i bordet. Ungdom merker fort om en voksen kommer med en ferdig plan, eller om han "
                        "faktisk er der for å lytte. Derfor bestemte jeg meg for ikke å skynde på noe.</p>"
                    )],
                    ["heading", {"text": "Da stillheten snudde", "anchor": ""}],
                    ["text", (
                        "<p>Det var en jente på sytten som brøt isen. Hun spurte meg rett ut hvordan den første "
                        "natten i "
                        "min egen leilighet hadde vært. Jeg svarte ærlig: at jeg ikke hadde gardiner, at kjøleskapet "
                        "var "
                        "tomt, og at jeg ringte en kompis fordi jeg ikke orket å være alene. Jeg fortalte ikke om "
                        "alt som "
                        "skjedde senere, med rusen og årene etterpå, for det var ikke det hun spurte om.</p>"
                        "<p>Etter det begynte de andre å snakke. Om frykten for å bli glemt når de fyller atten. Om "
                        "at "
                        "ingen har lært dem å søke om bostøtte. Om at de ikke vet hvem de skal ringe når noe går "
                        "galt en "
                        "søndag kveld.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Det er første gang en voksen spør oss hva vi er redde for, og ikke bare hva vi skal "
                            "gjøre."
                        ),
                        "who": "Amalie",
                        "role": "17 år, bor på institusjon",
                    }],
                    ["heading", {"text": "Det jeg tok med meg tilbake", "anchor": ""}],
                    ["text", (
                        "<p>Etterpå satte miljøterapeuten og jeg oss ned og skrev ned det ungdommene hadde sagt, "
                        "uten "
                        "navn. Sammen med avdelingslederen laget vi en liste over ting institusjonen kan begynne med "
                        "allerede nå:</p>"
                        "<ul>"
                        "<li>Øve på praktiske ting som regninger, søknader og matlaging i god tid før "
                        "flyttingen.</li>"
                        "<li>Sørge for at hver ungdom har et navn og et telefonnummer å ringe etter at de har "
                        "flyttet.</li>"
                        "<li>Invitere tidligere beboere til å fortelle hvordan det gikk, både det som var fint og "
                        "det som "
                        "var vanskelig.</li>"
                        "</ul>"
                    )],
                    ["text", (
                        "<p>Jeg gikk hjem den kvelden sliten, men glad. Da jeg selv bodde på institusjon, trodde jeg "
                        "at "
                        "ingen brydde seg om hva som skjedde med meg etter atten. Nå sitter jeg på den andre siden "
                        "av "
                        "bordet og kan være den voksne jeg selv trengte den gangen.</p>"
                        "<p>Gruppen møtes annenhver uke fram til jul. Neste gang kommer en tidligere beboer for å "
                        "fortelle om sitt første år i egen leilighet. Pizzaen er fortsatt en viktig del av "
                        "opplegget.</p>"
                    )],
                ],
            },
            "et": {
                "title": "Minu esimene ülesanne: vestlusrühm noortele, kes asuvad peagi iseseisvalt elama",
                "lead": (
                    "Sel sügisel juhtis Henrik Aas oma esimest vestlusrühma asenduskodu noortele. Ta kirjutab "
                    "pitsast, "
                    "vaikusest ja küsimusest, mida ükski täiskasvanu temalt seitsmeteistaastasena ei küsinud."
                ),
                "content_notes": "Juttu on uimastite tarvitamisest ja asenduskodus üleskasvamisest.",
                "body": [
                    ["text", (
                        "<p>Laua ümber istusime neli noort, üks kasvataja ja mina ning laual oli kaks pitsat. Plaan "
                        "oli "
                        "rääkida sellest, mis tunne on iseseisvalt elama asuda, kui oled elanud asenduskodus. "
                        "Esimesed "
                        "kakskümmend minutit rääkisime jalgpallist ja sellest, milline pitsa on parim.</p>"
                        "<p>Mäletasin, kuidas ma ise kuueteistaastasena sellistes rühmades istusin, käed rinnal "
                        "risti ja "
                        "pilk laual. Noored tajuvad kiiresti, kas täiskasvanu tuleb valmis plaaniga või on ta tõesti "
                        "kohal, et kuulata. Seepärast otsustasin mitte midagi kiirustada.</p>"
                    )],
                    ["heading", {"text": "Kui vaikus murdus", "anchor": ""}],
                    ["text", (
                        "<p>Jää murdis seitsmeteistaastane tüdruk. Ta küsis minult otse, milline oli esimene öö minu "
                        "enda korteris. Vastasin ausalt: mul polnud kardinaid, külmkapp oli tühi ja helistasin "
                        "sõbrale, "
                        "sest ei suutnud üksi olla. Ma ei rääkinud kõigest, mis hiljem juhtus, uimastitest ja "
                        "järgnevatest aastatest, sest seda ta ei küsinud.</p>"
                        "<p>Pärast seda hakkasid ka teised rääkima. Hirmust, et kaheksateistaastaseks saades "
                        "unustatakse "
                        "nad ära. Sellest, et keegi pole neile õpetanud, kuidas eluasemetoetust taotleda. Sellest, "
                        "et "
                        "nad ei tea, kellele helistada, kui pühapäeva õhtul midagi viltu läheb.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "See on esimene kord, kui mõni täiskasvanu küsib meilt, mida me kardame, ja mitte ainult "
                            "seda, mida me tegema peame."
                        ),
                        "who": "Amalie",
                        "role": "17-aastane, elab asenduskodus",
                    }],
                    ["heading", {"text": "Mida ma endaga kaasa võtsin", "anchor": ""}],
                    ["text", (
                        "<p>Hiljem istusime kasvatajaga maha ja panime nimesid mainimata kirja, mida noored olid "
                        "öelnud. Koos osakonna juhatajaga koostasime nimekirja asjadest, millega asenduskodu saab "
                        "kohe "
                        "alustada:</p>"
                        "<ul>"
                        "<li>Harjutada aegsasti enne kolimist praktilisi asju, nagu arvete maksmine, taotluste "
                        "täitmine ja toiduvalmistamine.</li>"
                        "<li>Hoolitseda selle eest, et igal noorel oleks pärast kolimist olemas nimi ja "
                        "telefoninumber, kuhu helistada.</li>"
                        "<li>Kutsuda endisi elanikke rääkima, kuidas neil läks – nii sellest, mis oli hea, kui ka "
                        "sellest, mis oli raske.</li>"
                        "</ul>"
                    )],
                    ["text", (
                        "<p>Läksin sel õhtul koju väsinult, kuid rõõmsalt. Kui ma ise asenduskodus elasin, arvasin, "
                        "et "
                        "kedagi ei huvita, mis minust pärast kaheksateistkümnendat sünnipäeva saab. Nüüd istun laua "
                        "teisel pool ja võin olla see täiskasvanu, keda ma toona ise vajasin.</p>"
                        "<p>Rühm kohtub üle nädala kuni jõuludeni. Järgmisel korral tuleb üks endine elanik rääkima "
                        "oma esimesest aastast omaette korteris. Pitsa on endiselt tähtis osa kavast.</p>"
                    )],
                ],
            },
            "fi": {
                "title": "Ensimmäinen tehtäväni: keskusteluryhmä pian omilleen muuttaville nuorille",
                "lead": (
                    "Tänä syksynä Henrik Aas ohjasi ensimmäisen keskusteluryhmänsä laitoksessa asuville nuorille. "
                    "Hän "
                    "kirjoittaa pizzasta, hiljaisuudesta ja kysymyksestä, jota kukaan aikuinen ei esittänyt hänelle, "
                    "kun hän itse oli seitsemäntoista."
                ),
                "content_notes": "Tekstissä mainitaan päihteiden käyttö ja lastensuojelulaitoksessa kasvaminen.",
                "body": [
                    ["text", (
                        "<p>Istuimme pöydän ääressä neljä nuorta, yksi ohjaaja ja minä, ja pöydällä oli kaksi "
                        "pizzaa. "
                        "Tarkoitus oli puhua siitä, millaista on muuttaa omilleen, kun on asunut laitoksessa. "
                        "Ensimmäiset kaksikymmentä minuuttia puhuimme jalkapallosta ja siitä, mikä pizza oli "
                        "paras.</p>"
                        "<p>Muistin, miten itse istuin kuusitoistavuotiaana samanlaisissa ryhmissä kädet puuskassa "
                        "ja "
                        "katse pöydässä. Nuoret huomaavat nopeasti, tuleeko aikuinen valmiin suunnitelman kanssa vai "
                        "onko hän oikeasti paikalla kuuntelemassa. Siksi päätin olla hoputtamatta mitään.</p>"
                    )],
                    ["heading", {"text": "Kun hiljaisuus murtui", "anchor": ""}],
                    ["text", (
                        "<p>Jään rikkoi seitsemäntoistavuotias tyttö. Hän kysyi minulta suoraan, millainen oli "
                        "ensimmäinen yö omassa asunnossani. Vastasin rehellisesti: minulla ei ollut verhoja, "
                        "jääkaappi "
                        "oli tyhjä ja soitin kaverille, koska en jaksanut olla yksin. En kertonut kaikesta, mitä "
                        "myöhemmin tapahtui, päihteistä ja niitä seuranneista vuosista, koska hän ei kysynyt "
                        "sitä.</p>"
                        "<p>Sen jälkeen muutkin alkoivat puhua. Pelosta, että heidät unohdetaan, kun he täyttävät "
                        "kahdeksantoista. Siitä, ettei kukaan ole opettanut heitä hakemaan asumistukea. Siitä, "
                        "etteivät "
                        "he tiedä, kenelle soittaa, jos jokin menee pieleen sunnuntai-iltana.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Tämä on ensimmäinen kerta, kun joku aikuinen kysyy meiltä, mitä me pelkäämme, eikä vain "
                            "sitä, mitä meidän pitää tehdä."
                        ),
                        "who": "Amalie",
                        "role": "17-vuotias, asuu lastensuojelulaitoksessa",
                    }],
                    ["heading", {"text": "Mitä otin mukaani", "anchor": ""}],
                    ["text", (
                        "<p>Jälkeenpäin istuimme ohjaajan kanssa alas ja kirjasimme ilman nimiä, mitä nuoret olivat "
                        "sanoneet. Yksikön esihenkilön kanssa teimme listan asioista, joilla laitos voi aloittaa "
                        "heti:</p>"
                        "<ul>"
                        "<li>Harjoitellaan käytännön asioita, kuten laskujen maksamista, hakemusten täyttämistä ja "
                        "ruoanlaittoa, hyvissä ajoin ennen muuttoa.</li>"
                        "<li>Huolehditaan siitä, että jokaisella nuorella on muuton jälkeen nimi ja puhelinnumero, "
                        "johon soittaa.</li>"
                        "<li>Kutsutaan entisiä asukkaita kertomaan, miten heillä meni – sekä hyvistä että vaikeista "
                        "asioista.</li>"
                        "</ul>"
                    )],
                    ["text", (
                        "<p>Lähdin sinä iltana kotiin väsyneenä mutta iloisena. Kun itse asuin laitoksessa, luulin, "
                        "ettei ketään kiinnostanut, mitä minulle tapahtuisi täysi-ikäisyyden jälkeen. Nyt istun "
                        "pöydän "
                        "toisella puolella ja voin olla se aikuinen, jota itse silloin tarvitsin.</p>"
                        "<p>Ryhmä kokoontuu joka toinen viikko jouluun asti. Ensi kerralla eräs entinen asukas tulee "
                        "kertomaan ensimmäisestä vuodestaan omassa asunnossa. Pizza on yhä tärkeä osa ohjelmaa.</p>"
                    )],
                ],
            },
            "lv": {
                "title": "Mans pirmais uzdevums: sarunu grupa jauniešiem, kuri drīz sāks dzīvot patstāvīgi",
                "lead": (
                    "Šoruden Henriks vadīja savu pirmo sarunu grupu jauniešiem aprūpes iestādē. Viņš raksta par "
                    "picu, "
                    "klusumu un jautājumu, ko neviens pieaugušais viņam neuzdeva, kad viņam pašam bija septiņpadsmit."
                ),
                "content_notes": "Tekstā minēta apreibinošu vielu lietošana un uzaugšana bērnu aprūpes iestādē.",
                "body": [
                    ["text", (
                        "<p>Pie galda sēdējām četri jaunieši, viena audzinātāja un es, un uz galda bija divas picas. "
                        "Bija iecerēts runāt par to, kā ir sākt dzīvot patstāvīgi, ja esi dzīvojis aprūpes iestādē. "
                        "Pirmās divdesmit minūtes mēs runājām par futbolu un par to, kura pica ir labākā.</p>"
                        "<p>Atcerējos, kā pats sešpadsmit gadu vecumā sēdēju šādās grupās ar sakrustotām rokām un "
                        "skatienu galdā. Jaunieši ātri pamana, vai pieaugušais ir atnācis ar gatavu plānu vai tiešām "
                        "ir šeit, lai klausītos. Tāpēc nolēmu neko nesteidzināt.</p>"
                    )],
                    ["heading", {"text": "Kad klusums pārlūza", "anchor": ""}],
                    ["text", (
                        "<p>Ledu salauza septiņpadsmitgadīga meitene. Viņa man tieši pajautāja, kāda bija pirmā "
                        "nakts "
                        "manā paša dzīvoklī. Atbildēju godīgi: man nebija aizkaru, ledusskapis bija tukšs, un es "
                        "piezvanīju draugam, jo nespēju palikt viens. Es nestāstīju par visu, kas notika vēlāk, par "
                        "vielu lietošanu un turpmākajiem gadiem, jo to viņa nejautāja.</p>"
                        "<p>Pēc tam sāka runāt arī pārējie. Par bailēm, ka viņus aizmirsīs, tiklīdz viņiem apritēs "
                        "astoņpadsmit. Par to, ka neviens viņiem nav iemācījis pieteikties mājokļa pabalstam. Par "
                        "to, ka "
                        "viņi nezina, kam zvanīt, ja svētdienas vakarā kaut kas noiet greizi.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Šī ir pirmā reize, kad kāds pieaugušais mums jautā, no kā mēs baidāmies, nevis tikai "
                            "to, "
                            "kas mums jādara."
                        ),
                        "who": "Amalie",
                        "role": "17 gadi, dzīvo aprūpes iestādē",
                    }],
                    ["heading", {"text": "Ko es paņēmu līdzi", "anchor": ""}],
                    ["text", (
                        "<p>Pēc tam mēs ar audzinātāju apsēdāmies un anonīmi pierakstījām, ko jaunieši bija teikuši. "
                        "Kopā ar nodaļas vadītāju sastādījām sarakstu ar lietām, ko iestāde var sākt darīt jau "
                        "tagad:</p>"
                        "<ul>"
                        "<li>Laikus pirms pārcelšanās vingrināties praktiskās lietās, piemēram, rēķinu apmaksā, "
                        "iesniegumu rakstīšanā un ēst gatavošanā.</li>"
                        "<li>Parūpēties, lai katram jaunietim pēc pārcelšanās būtu vārds un tālruņa numurs, kur "
                        "zvanīt.</li>"
                        "<li>Aicināt bijušos iemītniekus pastāstīt, kā viņiem gāja, – gan par to, kas bija labs, gan "
                        "par to, kas bija grūts.</li>"
                        "</ul>"
                    )],
                    ["text", (
                        "<p>Tajā vakarā devos mājās noguris, bet priecīgs. Kad pats dzīvoju aprūpes iestādē, domāju, "
                        "ka "
                        "nevienam nerūp, kas ar mani notiks pēc astoņpadsmit. Tagad es sēžu otrā galda pusē un varu "
                        "būt "
                        "tas pieaugušais, kas man pašam toreiz bija vajadzīgs.</p>"
                        "<p>Grupa tiekas reizi divās nedēļās līdz Ziemassvētkiem. Nākamreiz kāds bijušais iemītnieks "
                        "atnāks pastāstīt par savu pirmo gadu pašam savā dzīvoklī. Pica joprojām ir svarīga "
                        "programmas "
                        "daļa.</p>"
                    )],
                ],
            },
        },
    },
    # 5 ------------------------------------------------------------------------------------------
    {
        "key": "no-competence-centre-midtveis-i-fjellvik",
        "slug": "midtveis-i-fjellvik",
        "author": "no-competence-centre-tone-hegstad",
        "date": "2026-08-25",
        "topics": ["topic-projects", "topic-services", "topic-inclusion"],
        "related": ["no-competence-centre-tre-ar-i-ambulante-team"],
        "hero_colour": "#5f7470",
        "content": {
            "nb": {
                "title": "Midtveis i Fjellvik: dette sier beboere og ansatte om erfaringskonsulentene",
                "lead": (
                    "Halvveis i prosjektet i Fjellvik kommune har vi spurt beboere, besøkende og ansatte hvordan det "
                    "fungerer med erfaringskonsulenter i bolig og på treffsted. Svarene gir både glede og nye "
                    "spørsmål."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>I løpet av 2025 begynte tre erfaringskonsulenter i Fjellvik kommune: én i "
                        "bedringsteamet, én "
                        "i en bolig med personalbase og én som deler tiden mellom to treffsteder. I sommer "
                        "gjennomførte "
                        "vi en midtveisevaluering. I alt 64 beboere og besøkende svarte på en spørreundersøkelse, og "
                        "vi "
                        "hadde gruppeintervjuer med 18 ansatte.</p>"
                        "<p>Vi ville vite om rollen gjør en forskjell i hverdagen, ikke bare på papiret. Derfor "
                        "spurte vi ikke bare om folk var fornøyde, men om de hadde fått snakket om noe de ellers "
                        "ville holdt for seg selv, og om de hadde møtt noen som ga dem tro på at ting kan bli "
                        "bedre.</p>"
                    )],
                    ["heading", {"text": "Hva svarene viser", "anchor": ""}],
                    ["text", (
                        "<p>Vi ser tre tydelige tendenser:</p>"
                        "<ul>"
                        "<li>Hele 52 av de 64 som svarte, sier at det er lettere å ta opp vanskelige temaer med en "
                        "erfaringskonsulent enn med andre ansatte.</li>"
                        "<li>Treffstedene har fått flere faste besøkende: fra rundt 40 til 58 i uka.</li>"
                        "<li>Personalet i boligen merker færre konflikter og mer samarbeid om beboernes egne "
                        "mål.</li>"
                        "</ul>"
                    )],
                    ["quote", {
                        "text": (
                            "Når hun sier at det går an å komme seg, så tror jeg på det. Hun har jo sittet på den "
                            "samme "
                            "trappa som meg."
                        ),
                        "who": "Geir",
                        "role": "beboer i en bolig med personalbase",
                    }],
                    ["heading", {"text": "Det vi fortsatt må løse", "anchor": ""}],
                    ["text", (
                        "<p>Evalueringen peker også på noen utfordringer. Erfaringskonsulenten på treffstedene deler "
                        "tiden mellom to steder og sier at hun aldri helt rekker å bli kjent med folk noen av "
                        "stedene. "
                        "Flere ansatte i boligen er fortsatt usikre på hva de kan be erfaringskonsulenten om, og hva "
                        "som "
                        "ligger utenfor rollen.</p>"
                        "<p>Det største spørsmålet handler om penger. Stillingene er finansiert ut prosjektperioden, "
                        "og "
                        "kommunen har ennå ikke bestemt hva som skjer etterpå. Fra prosjektet i de ambulante teamene "
                        "vet "
                        "vi at det blir lettere å få faste stillinger når ledere og ansatte selv har sett hva rollen "
                        "betyr i praksis.</p>"
                    )],
                    ["heading", {"text": "Neste steg", "anchor": ""}],
                    ["text", (
                        "<p>I høst skal vi bruke resultatene til å skrive en tydeligere rollebeskrivelse sammen med "
                        "erfaringskonsulentene og lederne deres. Vi har også invitert lokalpolitikerne i Fjellvik "
                        "til å "
                        "besøke treffstedet Brygga en helt vanlig tirsdag, ikke bare når noe nytt skal åpnes. Vi "
                        "tror rollen viser seg best i det helt vanlige: ved kaffebordet, i en samtale på trappa og i "
                        "en rolig beskjed til personalet om at noe er i ferd med å gå galt.</p>"
                        "<p>I desember samles erfaringskonsulenter fra hele landet til nettverkssamling i Bodø. Der "
                        "skal "
                        "de tre fra Fjellvik fortelle om sitt første halvannet år, med egne ord og uten at "
                        "prosjektlederen står ved siden av.</p>"
                    )],
                ],
            },
            "et": {
                "title": "Poolel teel Fjellvikis: mida elanikud ja töötajad kogemuskonsultantidest arvavad",
                "lead": (
                    "Fjellviki valla projekti keskel küsisime elanikelt, külastajatelt ja töötajatelt, kuidas toimib "
                    "kogemuskonsultantide töö eluasemes ja kohtumispaigas. Vastused toovad nii rõõmu kui ka uusi "
                    "küsimusi."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>2025. aasta jooksul asus Fjellviki vallas tööle kolm kogemuskonsultanti: üks "
                        "taastumismeeskonnas, üks personaliga toetatud eluasemes ja üks, kes jagab oma aega kahe "
                        "kohtumispaiga vahel. Sel suvel viisime läbi vahehindamise. Küsitlusele vastas kokku 64 "
                        "elanikku "
                        "ja külastajat ning lisaks korraldasime rühmaintervjuud 18 töötajaga.</p>"
                        "<p>Tahtsime teada, kas roll muudab midagi igapäevaelus, mitte ainult paberil. Seepärast ei "
                        "küsinud me ainult, kas inimesed on rahul, vaid ka seda, kas nad on saanud rääkida "
                        "millestki, mida nad muidu oleksid endale hoidnud, ja kas nad on kohanud kedagi, kes on "
                        "andnud neile usku, et asjad võivad paremaks minna.</p>"
                    )],
                    ["heading", {"text": "Mida vastused näitavad", "anchor": ""}],
                    ["text", (
                        "<p>Näeme kolme selget suundumust:</p>"
                        "<ul>"
                        "<li>Koguni 52 vastajat 64-st ütlevad, et raskeid teemasid on lihtsam tõstatada "
                        "kogemuskonsultandiga kui teiste töötajatega.</li>"
                        "<li>Kohtumispaikadel on rohkem püsikülastajaid: umbes 40-lt 58-le nädalas.</li>"
                        "<li>Eluaseme töötajad märkavad vähem konflikte ja rohkem koostööd elanike endi eesmärkide "
                        "nimel.</li>"
                        "</ul>"
                    )],
                    ["quote", {
                        "text": (
                            "Kui tema ütleb, et sellest on võimalik välja tulla, siis ma usun seda. Ta on ju istunud "
                            "samal trepil nagu mina."
                        ),
                        "who": "Geir",
                        "role": "personaliga toetatud eluaseme elanik",
                    }],
                    ["heading", {"text": "Mis on veel lahendamata", "anchor": ""}],
                    ["text", (
                        "<p>Hindamine toob esile ka mõned probleemid. Kohtumispaikade kogemuskonsultant jagab oma "
                        "aega "
                        "kahe koha vahel ja ütleb, et ei jõua kummaski inimestega päriselt tuttavaks saada. Mitu "
                        "eluaseme töötajat on endiselt ebakindlad, mida nad võivad kogemuskonsultandilt paluda ja "
                        "mis jääb "
                        "tema rollist väljapoole.</p>"
                        "<p>Suurim küsimus puudutab raha. Ametikohad on rahastatud projekti lõpuni ja vald ei ole "
                        "veel "
                        "otsustanud, mis saab edasi. Mobiilsete meeskondade projektist teame, et püsivaid ametikohti "
                        "on "
                        "lihtsam saavutada, kui juhid ja töötajad on ise näinud, mida roll praktikas tähendab.</p>"
                    )],
                    ["heading", {"text": "Järgmised sammud", "anchor": ""}],
                    ["text", (
                        "<p>Sel sügisel kasutame tulemusi selleks, et kirjutada koos kogemuskonsultantide ja nende "
                        "juhtidega selgem rollikirjeldus. Oleme kutsunud ka Fjellviki kohalikke poliitikuid "
                        "külastama "
                        "kohtumispaika Brygga ühel täiesti tavalisel teisipäeval, mitte ainult siis, kui midagi uut "
                        "avatakse. Usume, et roll paistab kõige paremini silma täiesti tavalistes olukordades: "
                        "kohvilaua ääres, vestluses trepil ja rahulikus märkuses töötajatele, et midagi hakkab viltu "
                        "minema.</p>"
                        "<p>Detsembris kogunevad kogemuskonsultandid üle kogu Norra Bodøsse võrgustikukohtumisele. "
                        "Seal "
                        "räägivad kolm Fjellviki kogemuskonsultanti oma esimesest poolteisest aastast oma sõnadega "
                        "ja "
                        "ilma, et projektijuht nende kõrval seisaks.</p>"
                    )],
                ],
            },
            "fi": {
                "title": "Puolivälissä Fjellvikissä: mitä asukkaat ja työntekijät sanovat kokemuskonsulteista",
                "lead": (
                    "Fjellvikin kunnan hankkeen puolivälissä kysyimme asukkailta, kävijöiltä ja työntekijöiltä, "
                    "miten "
                    "kokemuskonsulttien työ toimii asumisyksikössä ja kohtaamispaikassa. Vastaukset tuovat sekä iloa "
                    "että uusia kysymyksiä."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Vuoden 2025 aikana Fjellvikin kunnassa aloitti kolme kokemuskonsulttia: yksi "
                        "toipumistiimissä, yksi tuetun asumisen yksikössä ja yksi, joka jakaa aikansa kahden "
                        "kohtaamispaikan kesken. Tänä kesänä teimme väliarvioinnin. Kyselyyn vastasi kaikkiaan 64 "
                        "asukasta ja kävijää, ja lisäksi haastattelimme ryhmissä 18 työntekijää.</p>"
                        "<p>Halusimme tietää, muuttaako rooli jotain arjessa eikä vain paperilla. Siksi emme "
                        "kysyneet vain, ovatko ihmiset tyytyväisiä, vaan myös sitä, ovatko he saaneet puhua jostain, "
                        "minkä olisivat muuten pitäneet omana tietonaan, ja ovatko he tavanneet jonkun, joka on "
                        "antanut heille uskoa siihen, että asiat voivat muuttua paremmiksi.</p>"
                    )],
                    ["heading", {"text": "Mitä vastaukset kertovat", "anchor": ""}],
                    ["text", (
                        "<p>Näemme kolme selvää suuntausta:</p>"
                        "<ul>"
                        "<li>Peräti 52 vastaajaa 64:stä sanoo, että vaikeista asioista on helpompi puhua "
                        "kokemuskonsultin kuin muiden työntekijöiden kanssa.</li>"
                        "<li>Kohtaamispaikoilla on aiempaa enemmän vakiokävijöitä: noin 40:stä 58:aan viikossa.</li>"
                        "<li>Asumisyksikön henkilökunta huomaa vähemmän ristiriitoja ja enemmän yhteistyötä "
                        "asukkaiden "
                        "omien tavoitteiden eteen.</li>"
                        "</ul>"
                    )],
                    ["quote", {
                        "text": (
                            "Kun hän sanoo, että tästä voi päästä jaloilleen, minä uskon sitä. Hänhän on istunut "
                            "samoilla portailla kuin minä."
                        ),
                        "who": "Geir",
                        "role": "tuetun asumisen yksikön asukas",
                    }],
                    ["heading", {"text": "Mitä meidän on vielä ratkaistava", "anchor": ""}],
                    ["text", (
                        "<p>Arviointi tuo esiin myös haasteita. Kohtaamispaikkojen kokemuskonsultti jakaa aikansa "
                        "kahden "
                        "paikan kesken ja kertoo, ettei ehdi kunnolla tutustua ihmisiin kummassakaan. Useat "
                        "asumisyksikön työntekijät ovat yhä epävarmoja siitä, mitä he voivat pyytää "
                        "kokemuskonsultilta "
                        "ja mikä jää roolin ulkopuolelle.</p>"
                        "<p>Suurin kysymys koskee rahaa. Tehtävät on rahoitettu hankekauden loppuun, eikä kunta ole "
                        "vielä päättänyt, mitä sen jälkeen tapahtuu. Liikkuvien tiimien hankkeesta tiedämme, että "
                        "vakinaistaminen on helpompaa, kun johtajat ja työntekijät ovat itse nähneet, mitä rooli "
                        "käytännössä merkitsee.</p>"
                    )],
                    ["heading", {"text": "Seuraavat askeleet", "anchor": ""}],
                    ["text", (
                        "<p>Tänä syksynä käytämme tuloksia selkeämmän roolikuvauksen laatimiseen yhdessä "
                        "kokemuskonsulttien ja heidän esihenkilöidensä kanssa. Olemme myös kutsuneet Fjellvikin "
                        "paikallispoliitikot vierailemaan Brygga-kohtaamispaikassa ihan tavallisena tiistaina eikä "
                        "vain "
                        "silloin, kun jotain uutta avataan. Uskomme, että rooli näkyy parhaiten aivan tavallisissa "
                        "hetkissä: kahvipöydän ääressä, portailla käydyssä keskustelussa ja rauhallisessa vihjeessä "
                        "henkilökunnalle siitä, että jokin on menossa pieleen.</p>"
                        "<p>Joulukuussa kokemuskonsultit eri puolilta Norjaa kokoontuvat verkostotapaamiseen "
                        "Bodøhön. "
                        "Siellä kolme Fjellvikin kokemuskonsulttia kertoo ensimmäisestä puolestatoista vuodestaan "
                        "omin "
                        "sanoin ja ilman, että projektipäällikkö seisoo vieressä.</p>"
                    )],
                ],
            },
            "lv": {
                "title": "Pusceļā Fjelvikā: ko iemītnieki un darbinieki saka par pieredzes konsultantiem",
                "lead": (
                    "Fjelvikas pašvaldības projekta vidū mēs jautājām iemītniekiem, apmeklētājiem un darbiniekiem, "
                    "kā "
                    "mājoklī un tikšanās vietā sokas pieredzes konsultantu darbs. Atbildes sniedz gan prieku, gan "
                    "jaunus "
                    "jautājumus."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>2025. gada laikā Fjelvikas pašvaldībā darbu sāka trīs pieredzes konsultanti: viens "
                        "atveseļošanās komandā, viens mājoklī ar personāla atbalstu un viena konsultante, kura "
                        "sadala "
                        "savu laiku starp divām tikšanās vietām. Šovasar mēs veicām starpposma izvērtējumu. Aptaujā "
                        "kopumā atbildēja 64 iemītnieki un apmeklētāji, un mēs rīkojām arī grupu intervijas ar 18 "
                        "darbiniekiem.</p>"
                        "<p>Mēs gribējām uzzināt, vai šī loma kaut ko maina ikdienā, nevis tikai uz papīra. Tāpēc "
                        "mēs jautājām ne tikai to, vai cilvēki ir apmierināti, bet arī to, vai viņi ir varējuši "
                        "izrunāt kaut ko, ko citādi būtu paturējuši pie sevis, un vai ir satikuši kādu, kas viņiem "
                        "devis ticību, ka lietas var mainīties uz labo pusi.</p>"
                    )],
                    ["heading", {"text": "Ko rāda atbildes", "anchor": ""}],
                    ["text", (
                        "<p>Mēs redzam trīs skaidras tendences:</p>"
                        "<ul>"
                        "<li>Pat 52 no 64 respondentiem saka, ka par grūtām tēmām ir vieglāk runāt ar pieredzes "
                        "konsultantu nekā ar citiem darbiniekiem.</li>"
                        "<li>Tikšanās vietām ir vairāk pastāvīgo apmeklētāju: no aptuveni 40 līdz 58 nedēļā.</li>"
                        "<li>Mājokļa personāls novēro mazāk konfliktu un vairāk sadarbības iemītnieku pašu mērķu "
                        "labā.</li>"
                        "</ul>"
                    )],
                    ["quote", {
                        "text": (
                            "Kad viņa saka, ka ir iespējams atkal tikt uz kājām, es viņai ticu. Viņa taču ir "
                            "sēdējusi uz "
                            "tām pašām kāpnēm, kur es."
                        ),
                        "who": "Geir",
                        "role": "mājokļa ar personāla atbalstu iemītnieks",
                    }],
                    ["heading", {"text": "Kas vēl jāatrisina", "anchor": ""}],
                    ["text", (
                        "<p>Izvērtējums atklāj arī dažas grūtības. Tikšanās vietu pieredzes konsultante sadala laiku "
                        "starp divām vietām un saka, ka nevienā no tām īsti nepaspēj iepazīt cilvēkus. Vairāki "
                        "mājokļa "
                        "darbinieki joprojām nav droši, ko viņi var lūgt pieredzes konsultantam un kas ir ārpus šīs "
                        "lomas.</p>"
                        "<p>Lielākais jautājums ir par naudu. Amata vietas ir finansētas līdz projekta beigām, un "
                        "pašvaldība vēl nav izlēmusi, kas notiks pēc tam. No mobilo komandu projekta zinām, ka "
                        "pastāvīgas darba vietas izdodas panākt vieglāk, ja vadītāji un darbinieki paši ir "
                        "redzējuši, ko "
                        "šī loma nozīmē praksē.</p>"
                    )],
                    ["heading", {"text": "Nākamie soļi", "anchor": ""}],
                    ["text", (
                        "<p>Šoruden mēs izmantosim rezultātus, lai kopā ar pieredzes konsultantiem un viņu "
                        "vadītājiem "
                        "uzrakstītu skaidrāku lomas aprakstu. Esam arī uzaicinājuši Fjelvikas vietējos politiķus "
                        "apmeklēt tikšanās vietu “Brygga” pavisam parastā otrdienā, nevis tikai tad, kad tiek "
                        "atklāts "
                        "kaut kas jauns. Mēs uzskatām, ka šī loma vislabāk atklājas pavisam ikdienišķās situācijās: "
                        "pie kafijas galda, sarunā uz kāpnēm un mierīgā norādē personālam, ka kaut kas sāk iet "
                        "greizi.</p>"
                        "<p>Decembrī pieredzes konsultanti no visas Norvēģijas pulcēsies uz tīkla tikšanos Bodē. Tur "
                        "trīs Fjelvikas pieredzes konsultanti saviem vārdiem pastāstīs par savu pirmo pusotru gadu "
                        "darbā, bez projekta vadītājas līdzās.</p>"
                    )],
                ],
            },
        },
    },
    # 6 ------------------------------------------------------------------------------------------
    {
        "key": "no-competence-centre-tilbake-pa-jobb",
        "slug": "de-forste-ukene-tilbake-pa-jobb",
        "author": "no-competence-centre-ingrid-solberg",
        "date": "2026-02-17",
        "topics": ["topic-working-life", "topic-recovery"],
        "related": ["no-competence-centre-hva-jeg-velger-a-fortelle"],
        "hero_colour": "#8a6f4e",
        "content": {
            "nb": {
                "title": "De første ukene tilbake på jobb: dette forteller jeg arbeidsgivere",
                "lead": (
                    "Ingrid Solberg var sykmeldt i nesten tre år etter en lang psykisk krise. Nå holder hun foredrag "
                    "for "
                    "ledere om hvordan de kan ta imot en medarbeider som har vært lenge borte."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Jeg husker fortsatt pipet fra adgangskortet da døra ikke gikk opp. Etter nesten tre år "
                        "borte "
                        "var kortet mitt sperret, og jeg sto utenfor avdelingen og ventet på at noen skulle slippe "
                        "meg "
                        "inn. Det tok fire minutter. Det føltes som en time.</p>"
                        "<p>Når jeg holder foredrag for ledere, begynner jeg ofte med denne historien. Ikke fordi "
                        "adgangskort er viktige i seg selv, men fordi de første minuttene og ukene sier mye om "
                        "hvorvidt "
                        "man er ventet.</p>"
                    )],
                    ["heading", {"text": "Små ting som betyr mye", "anchor": ""}],
                    ["text", (
                        "<p>Jeg blir ofte spurt om hva en arbeidsplass konkret kan gjøre. Svaret mitt er sjelden "
                        "store "
                        "tiltak. Det handler mest om å tenke gjennom den første tiden:</p>"
                        "<ul>"
                        "<li>Ring før første arbeidsdag og avtal hvem som tar imot, og hvor.</li>"
                        "<li>Gi kollegene en kort og ærlig beskjed, etter avtale med den som kommer tilbake.</li>"
                        "<li>Begynn med få timer og faste oppgaver, og øk i et tempo som kjennes trygt.</li>"
                        "<li>Sett av tid til en samtale hver uke den første måneden, også når alt ser ut til å gå "
                        "bra.</li>"
                        "</ul>"
                    )],
                    ["quote", {
                        "text": (
                            "Jeg trodde det var mest hensynsfullt å la henne være i fred. Etter foredraget skjønte "
                            "jeg at "
                            "hun hadde ventet på at jeg skulle spørre."
                        ),
                        "who": "Bjørn Eide",
                        "role": "avdelingsleder i en kommune",
                    }],
                    ["heading", {"text": "Når det butter", "anchor": ""}],
                    ["text", (
                        "<p>Ikke alle tilbakeføringer går som planlagt. For meg kom det et tilbakeslag etter fem "
                        "uker, "
                        "da jeg gikk opp fra halv til hel dag for tidlig. Det som hjalp, var en kollega som la merke "
                        "til "
                        "at jeg var stille i lunsjen, og som spurte om vi skulle ta en tur ut.</p>"
                        "<p>Jeg sier til lederne at et tilbakeslag ikke betyr at noe har gått galt. Det betyr at "
                        "planen "
                        "må justeres. Og det er mye lettere å si fra når man vet at det er lov.</p>"
                    )],
                    ["heading", {"text": "Hvorfor jeg forteller dette", "anchor": ""}],
                    ["text", (
                        "<p>Som erfaringskonsulent i et ambulant team møter jeg mange som drømmer om å komme tilbake "
                        "til "
                        "jobb, men som gruer seg til møtet med arbeidsplassen. Foredragene er min måte å jobbe med "
                        "den "
                        "andre siden av saken på. Hvis én leder går hjem og endrer én ting i hvordan de tar imot "
                        "folk, "
                        "har det vært verdt det.</p>"
                        "<p>Selv tenker jeg ofte på den kollegaen som foreslo en tur. Hun hadde ingen opplæring i å "
                        "hjelpe noen tilbake i arbeid. Hun hadde bare lagt merke til meg, og det var nok.</p>"
                    )],
                ],
            },
            "et": {
                "title": "Esimesed nädalad tööl tagasi: mida ma tööandjatele räägin",
                "lead": (
                    "Ingrid Solberg oli pärast pikka vaimse tervise kriisi peaaegu kolm aastat haiguslehel. Nüüd "
                    "peab ta "
                    "juhtidele loenguid sellest, kuidas võtta vastu töötajat, kes on olnud kaua eemal."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Mäletan siiani pääsukaardi piiksu, kui uks lahti ei läinud. Peaaegu kolmeaastase "
                        "eemaloleku "
                        "järel oli mu kaart blokeeritud ning seisin osakonna ukse taga ja ootasin, et keegi mind "
                        "sisse "
                        "laseks. See võttis neli minutit. Tundus nagu terve tund.</p>"
                        "<p>Kui pean juhtidele loengut, alustan sageli selle looga. Mitte sellepärast, et "
                        "pääsukaardid "
                        "oleksid iseenesest tähtsad, vaid seetõttu, et esimesed minutid ja nädalad ütlevad palju "
                        "selle "
                        "kohta, kas sind oodatakse.</p>"
                    )],
                    ["heading", {"text": "Väikesed asjad, millel on suur tähendus", "anchor": ""}],
                    ["text", (
                        "<p>Minult küsitakse sageli, mida töökoht saab konkreetselt teha. Minu vastus on harva mõni "
                        "suur "
                        "meede. Enamasti on küsimus selles, et esimene aeg oleks läbi mõeldud:</p>"
                        "<ul>"
                        "<li>Helistage enne esimest tööpäeva ja leppige kokku, kes inimese vastu võtab ja kus.</li>"
                        "<li>Andke kolleegidele lühike ja aus teade, nii nagu tagasitulijaga on kokku lepitud.</li>"
                        "<li>Alustage väheste tundide ja kindlate ülesannetega ning suurendage koormust tempos, mis "
                        "tundub turvaline.</li>"
                        "<li>Leidke esimesel kuul igal nädalal aega vestluseks, ka siis, kui kõik näib hästi "
                        "minevat.</li>"
                        "</ul>"
                    )],
                    ["quote", {
                        "text": (
                            "Arvasin, et kõige hoolivam on jätta ta rahule. Pärast loengut sain aru, et ta oli "
                            "oodanud, "
                            "millal ma küsin."
                        ),
                        "who": "Bjørn Eide",
                        "role": "osakonnajuhataja omavalitsuses",
                    }],
                    ["heading", {"text": "Kui asjad takerduvad", "anchor": ""}],
                    ["text", (
                        "<p>Kõik tööle naasmised ei lähe plaanipäraselt. Minul tuli tagasilöök viie nädala pärast, "
                        "kui "
                        "läksin poolelt tööpäevalt liiga vara täisajale üle. Mind aitas kolleeg, kes märkas, et olin "
                        "lõunalauas vaikne, ja küsis, kas läheme korraks jalutama.</p>"
                        "<p>Ütlen juhtidele, et tagasilöök ei tähenda, et midagi on läinud valesti. See tähendab, et "
                        "plaani tuleb kohendada. Ja sellest on palju lihtsam märku anda, kui tead, et see on "
                        "lubatud.</p>"
                    )],
                    ["heading", {"text": "Miks ma sellest räägin", "anchor": ""}],
                    ["text", (
                        "<p>Kogemuskonsultandina mobiilses meeskonnas kohtan paljusid, kes unistavad tööle "
                        "naasmisest, "
                        "kuid kardavad kohtumist töökohaga. Loengud on minu viis tegeleda asja teise poolega. Kui "
                        "kasvõi "
                        "üks juht läheb koju ja muudab ühe asja selles, kuidas inimesi vastu võetakse, on see olnud "
                        "seda "
                        "väärt.</p>"
                        "<p>Ise mõtlen sageli sellele kolleegile, kes pakkus jalutuskäiku. Tal polnud mingit "
                        "koolitust "
                        "tööle naasjate toetamiseks. Ta oli mind lihtsalt märganud, ja sellest piisas.</p>"
                    )],
                ],
            },
            "fi": {
                "title": "Ensimmäiset viikot takaisin töissä: tätä kerron työnantajille",
                "lead": (
                    "Ingrid Solberg oli pitkän mielenterveyskriisin jälkeen sairauslomalla lähes kolme vuotta. Nyt "
                    "hän "
                    "luennoi esihenkilöille siitä, miten ottaa vastaan työntekijä, joka on ollut pitkään poissa."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Muistan yhä kulkukortin piippauksen, kun ovi ei auennut. Lähes kolmen vuoden poissaolon "
                        "jälkeen korttini oli suljettu, ja seisoin osaston oven takana odottamassa, että joku "
                        "päästäisi "
                        "minut sisään. Siihen meni neljä minuuttia. Se tuntui tunnilta.</p>"
                        "<p>Kun luennoin esihenkilöille, aloitan usein tällä tarinalla. En siksi, että kulkukortit "
                        "olisivat sinänsä tärkeitä, vaan siksi, että ensimmäiset minuutit ja viikot kertovat paljon "
                        "siitä, odotetaanko sinua.</p>"
                    )],
                    ["heading", {"text": "Pienet asiat, joilla on iso merkitys", "anchor": ""}],
                    ["text", (
                        "<p>Minulta kysytään usein, mitä työpaikka voi konkreettisesti tehdä. Vastaukseni on harvoin "
                        "mikään suuri toimenpide. Kyse on lähinnä siitä, että ensimmäinen aika mietitään "
                        "etukäteen:</p>"
                        "<ul>"
                        "<li>Soittakaa ennen ensimmäistä työpäivää ja sopikaa, kuka ottaa vastaan ja missä.</li>"
                        "<li>Kertokaa työkavereille lyhyesti ja rehellisesti, kuten palaajan kanssa on sovittu.</li>"
                        "<li>Aloittakaa muutamalla tunnilla ja selkeillä tehtävillä, ja lisätkää työaikaa tahdissa, "
                        "joka "
                        "tuntuu turvalliselta.</li>"
                        "<li>Varatkaa ensimmäisen kuukauden ajan joka viikko aikaa keskustelulle, silloinkin kun "
                        "kaikki "
                        "näyttää sujuvan.</li>"
                        "</ul>"
                    )],
                    ["quote", {
                        "text": (
                            "Luulin, että hienotunteisinta oli antaa hänen olla rauhassa. Luennon jälkeen ymmärsin, "
                            "että "
                            "hän oli odottanut minun kysyvän."
                        ),
                        "who": "Bjørn Eide",
                        "role": "osastonjohtaja kunnassa",
                    }],
                    ["heading", {"text": "Kun asiat takkuavat", "anchor": ""}],
                    ["text", (
                        "<p>Kaikki työhönpaluut eivät mene suunnitellusti. Minulle tuli takapakki viiden viikon "
                        "jälkeen, "
                        "kun siirryin puolikkaista päivistä kokopäiviin liian aikaisin. Minua auttoi työkaveri, joka "
                        "huomasi, että olin lounaalla hiljaa, ja kysyi, lähtisimmekö pienelle kävelylle.</p>"
                        "<p>Sanon esihenkilöille, että takapakki ei tarkoita, että jotain olisi mennyt pieleen. Se "
                        "tarkoittaa, että suunnitelmaa pitää säätää. Ja siitä on paljon helpompi sanoa, kun tietää, "
                        "että "
                        "se on sallittua.</p>"
                    )],
                    ["heading", {"text": "Miksi kerron tästä", "anchor": ""}],
                    ["text", (
                        "<p>Kokemuskonsulttina liikkuvassa tiimissä tapaan monia, jotka haaveilevat töihin paluusta "
                        "mutta "
                        "jännittävät kohtaamista työpaikan kanssa. Luennot ovat minun tapani tehdä työtä asian "
                        "toisella "
                        "puolella. Jos yksikin esihenkilö lähtee kotiin ja muuttaa yhden asian siinä, miten ihmisiä "
                        "otetaan vastaan, se on ollut sen arvoista.</p>"
                        "<p>Itse ajattelen usein sitä työkaveria, joka ehdotti kävelyä. Hänellä ei ollut mitään "
                        "koulutusta työhönpaluun tukemiseen. Hän oli vain huomannut minut, ja se riitti.</p>"
                    )],
                ],
            },
            "lv": {
                "title": "Pirmās nedēļas pēc atgriešanās darbā: ko es stāstu darba devējiem",
                "lead": (
                    "Ingrida pēc ilgas garīgās veselības krīzes gandrīz trīs gadus bija uz slimības lapas. Tagad "
                    "viņa "
                    "lasa lekcijas vadītājiem par to, kā uzņemt darbinieku, kurš ilgi bijis prom."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Joprojām atceros caurlaides kartes pīkstienu, kad durvis neatvērās. Pēc gandrīz trīs "
                        "gadu "
                        "prombūtnes mana karte bija bloķēta, un es stāvēju pie nodaļas durvīm un gaidīju, kad kāds "
                        "mani "
                        "ielaidīs. Tas ilga četras minūtes. Likās, ka pagājusi vesela stunda.</p>"
                        "<p>Kad lasu lekcijas vadītājiem, bieži sāku ar šo stāstu. Nevis tāpēc, ka caurlaides kartes "
                        "pašas par sevi būtu svarīgas, bet tāpēc, ka pirmās minūtes un nedēļas daudz pasaka par to, "
                        "vai "
                        "tevi gaida.</p>"
                    )],
                    ["heading", {"text": "Sīkumi, kam ir liela nozīme", "anchor": ""}],
                    ["text", (
                        "<p>Man bieži jautā, ko darba vieta var konkrēti darīt. Mana atbilde reti ir kāds liels "
                        "pasākums. Galvenokārt runa ir par to, lai pirmais laiks būtu pārdomāts:</p>"
                        "<ul>"
                        "<li>Piezvaniet pirms pirmās darba dienas un vienojieties, kurš sagaidīs un kur.</li>"
                        "<li>Sniedziet kolēģiem īsu un godīgu ziņu, kā tas saskaņots ar atgriezušos darbinieku.</li>"
                        "<li>Sāciet ar nedaudzām stundām un skaidriem uzdevumiem, un palieliniet slodzi tādā tempā, "
                        "kas "
                        "šķiet drošs.</li>"
                        "<li>Pirmajā mēnesī katru nedēļu atvēliet laiku sarunai, arī tad, ja šķiet, ka viss norit "
                        "labi.</li>"
                        "</ul>"
                    )],
                    ["quote", {
                        "text": (
                            "Domāju, ka visiejūtīgāk būs likt viņu mierā. Pēc lekcijas sapratu, ka viņa bija "
                            "gaidījusi, "
                            "kad es pajautāšu."
                        ),
                        "who": "Bjørn Eide",
                        "role": "nodaļas vadītājs pašvaldībā",
                    }],
                    ["heading", {"text": "Kad kaut kas iestrēgst", "anchor": ""}],
                    ["text", (
                        "<p>Ne katra atgriešanās darbā notiek pēc plāna. Man atkāpšanās pienāca pēc piecām nedēļām, "
                        "kad "
                        "pārāk agri pārgāju no pusslodzes uz pilnu slodzi. Man palīdzēja kolēģe, kura pamanīja, ka "
                        "pusdienās esmu klusa, un pajautāja, vai neiziesim mazliet pastaigāties.</p>"
                        "<p>Es saku vadītājiem, ka atkāpšanās nenozīmē, ka kaut kas ir nogājis greizi. Tā nozīmē, ka "
                        "plāns jāpielāgo. Un par to ir daudz vieglāk pateikt, ja zini, ka tas ir atļauts.</p>"
                    )],
                    ["heading", {"text": "Kāpēc es to stāstu", "anchor": ""}],
                    ["text", (
                        "<p>Strādājot par pieredzes konsultanti mobilajā komandā, es satieku daudzus, kuri sapņo "
                        "atgriezties darbā, bet baidās no tikšanās ar darba vietu. Lekcijas ir mans veids, kā "
                        "strādāt ar "
                        "lietas otru pusi. Ja kaut viens vadītājs aiziet mājās un izmaina vienu lietu tajā, kā tiek "
                        "uzņemti cilvēki, tas ir bijis tā vērts.</p>"
                        "<p>Pati bieži domāju par to kolēģi, kura piedāvāja pastaigu. Viņai nebija nekādu mācību par "
                        "to, kā atbalstīt cilvēkus, kas atgriežas darbā. Viņa vienkārši bija mani pamanījusi, un ar to "
                        "pietika.</p>"
                    )],
                ],
            },
        },
    },
]
