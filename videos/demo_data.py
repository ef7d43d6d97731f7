"""Demo youth videos: three fictional short videos with captions and transcripts in et, fi, lv and nb."""

# What the demo videos show (scripts/make_demo_videos.py draws them), for the transcripts.
ON_SCREEN = {
    "et": "Pildil liiguvad aeglaselt värvilised ringid. Keskel on parajasti rääkiva inimese nimi ja selle esitäht.",
    "fi": "Kuvassa liikkuu hitaasti värillisiä ympyröitä. Keskellä näkyy kulloisenkin puhujan nimi ja sen alkukirjain.",
    "lv": "Attēlā lēni slīd krāsaini apļi. Vidū redzams tā cilvēka vārds un tā pirmais burts, kurš tobrīd runā.",
    "nb": "I bildet glir fargede sirkler sakte forbi. I midten står navnet og forbokstaven til den som snakker.",
}

VIDEOS = [
    # 1 ------------------------------------------------------------------------------------------
    {
        "key": "lv-what-is-an-expert",
        "organisation": "lv-youth-movement",
        "source_language": "lv",
        "date": "2025-11-20",
        "colour": "#3b2f6b",
        "speakers": ["Evelīna", "Dāvis", "Anete", "Rihards"],
        "cues": [
            (0.5, 5.5, 0),
            (6.0, 10.0, 0),
            (10.6, 15.1, 1),
            (15.6, 20.6, 1),
            (21.2, 26.4, 2),
            (27.0, 31.5, 3),
            (32.0, 36.8, 3),
        ],
        "consents": [
            {"person": "Evelīna Zariņa", "minor": True, "guardian": "Sandra Zariņa", "date": "2025-10-28",
             "scope": "site"},
            {"person": "Dāvis Ozols", "minor": False, "guardian": "", "date": "2025-10-28",
             "scope": "site_events_social"},
            {"person": "Anete Liepiņa", "minor": False, "guardian": "", "date": "2025-10-30",
             "scope": "site_and_events"},
            {"person": "Rihards Krūmiņš", "minor": True, "guardian": "Gints Krūmiņš", "date": "2025-11-03",
             "scope": "site"},
        ],
        "content": {
            "lv": {
                "title": "Ko mums nozīmē pieredzes eksperts",
                "slug": "ko-nozime-pieredzes-eksperts",
                "lead": "Četri jaunieši no mūsu pieredzes ekspertu kustības saviem vārdiem stāsta, ko viņiem "
                        "nozīmē pieredzes eksperts. Katram atbilde ir sava, bet tajās ir daudz kopīga.",
                "content_notes": "",
                "lines": [
                    "Man pieredzes eksperts ir cilvēks, kurš pats ir izgājis cauri kaut kam grūtam,",
                    "un tagad to, ko tur iemācījies, izmanto, lai palīdzētu citiem.",
                    "Manuprāt, tas ir kāds, kurš prot vienkārši klausīties un nenosoda.",
                    "Tu vari pateikt jebko, un neviens nesaka, ka tev vajadzēja rīkoties citādi.",
                    "Tas, ko piedzīvoju, mani izmainīja. Tagad esmu stiprāka nekā toreiz.",
                    "Un nav jābūt perfektam. Arī es joprojām kļūdos un mācos.",
                    "Galvenais ir būt patiesam un būt blakus, kad kādam tas ir vajadzīgs.",
                ],
            },
            "et": {
                "title": "Mida tähendab meile kogemusekspert",
                "slug": "mida-tahendab-kogemusekspert",
                "lead": "Neli noort Läti kogemusekspertide liikumisest räägivad oma sõnadega, mida tähendab "
                        "nende jaoks kogemusekspert. Igaühe vastus on isemoodi, aga neis on palju ühist.",
                "content_notes": "",
                "lines": [
                    "Minu jaoks on kogemusekspert inimene, kes on ise millestki raskest läbi tulnud",
                    "ja kasutab nüüd seda, mida ta sealt õppis, et teisi aidata.",
                    "Minu meelest on see keegi, kes oskab lihtsalt kuulata ega mõista hukka.",
                    "Võid öelda mida tahes ja keegi ei ütle, et oleksid pidanud teisiti tegema.",
                    "See, mida ma läbi elasin, muutis mind. Nüüd olen tugevam kui toona.",
                    "Ja täiuslik ei pea olema. Ka mina teen ikka vigu ja õpin.",
                    "Peaasi on olla aus ja olla olemas, kui kellelgi seda vaja on.",
                ],
            },
            "fi": {
                "title": "Mitä kokemusasiantuntija meille tarkoittaa",
                "slug": "mita-kokemusasiantuntija-tarkoittaa",
                "lead": "Neljä nuorta latvialaisesta kokemusasiantuntijoiden liikkeestä kertoo omin sanoin, mitä "
                        "kokemusasiantuntija heille tarkoittaa. Jokaisen vastaus on omanlaisensa, mutta niissä on "
                        "paljon yhteistä.",
                "content_notes": "",
                "lines": [
                    "Minulle kokemusasiantuntija on ihminen, joka on itse selvinnyt jostain vaikeasta",
                    "ja käyttää nyt sitä, mitä siitä oppi, toisten auttamiseen.",
                    "Minusta se on joku, joka osaa vain kuunnella eikä tuomitse.",
                    "Voit sanoa mitä vain, eikä kukaan sano, että sinun olisi pitänyt toimia toisin.",
                    "Se, mitä koin, muutti minua. Nyt olen vahvempi kuin silloin.",
                    "Eikä tarvitse olla täydellinen. Minäkin teen yhä virheitä ja opin.",
                    "Tärkeintä on olla rehellinen ja läsnä, kun joku sitä tarvitsee.",
                ],
            },
            "nb": {
                "title": "Hva en erfaringsekspert betyr for oss",
                "slug": "hva-en-erfaringsekspert-betyr",
                "lead": "Fire unge fra en latvisk bevegelse av erfaringseksperter forteller med egne ord hva en "
                        "erfaringsekspert er for dem. Svarene er forskjellige, men de har mye til felles.",
                "content_notes": "",
                "lines": [
                    "For meg er en erfaringsekspert en som selv har kommet seg gjennom noe vanskelig,",
                    "og som nå bruker lærdommen fra det til å hjelpe andre.",
                    "Jeg tenker at det er en som bare kan lytte, uten å dømme.",
                    "Du kan si hva som helst, og ingen sier at du burde ha gjort det annerledes.",
                    "Det jeg opplevde, forandret meg. Nå er jeg sterkere enn jeg var da.",
                    "Og du trenger ikke være perfekt. Jeg gjør fortsatt feil og lærer.",
                    "Det viktigste er å være ærlig og være der når noen trenger det.",
                ],
            },
        },
    },
    # 2 ------------------------------------------------------------------------------------------
    {
        "key": "nb-youth-council",
        "organisation": "no-competence-centre",
        "source_language": "nb",
        "date": "2026-02-10",
        "colour": "#1f5a5a",
        "speakers": ["Ida", "Jonas"],
        "cues": [
            (0.4, 5.4, 0),
            (5.9, 10.9, 1),
            (11.5, 16.0, 1),
            (16.6, 21.4, 0),
            (21.9, 27.1, 0),
            (27.7, 33.2, 1),
            (33.8, 39.3, 0),
        ],
        "consents": [
            {"person": "Ida Haugen", "minor": False, "guardian": "", "date": "2026-01-19",
             "scope": "site_and_events"},
            {"person": "Jonas Lie Bakken", "minor": False, "guardian": "", "date": "2026-01-19",
             "scope": "site_events_social"},
        ],
        "content": {
            "nb": {
                "title": "Unge gir kommunen gode råd",
                "slug": "unge-gir-kommunen-rad",
                "lead": "Ida (18) og Jonas (20) sitter i et ungdomsråd der unge med egen erfaring fra tjenestene "
                        "gir kommunen råd. Her forteller de hva rådet har fått endret så langt.",
                "content_notes": "Nevner frafall fra skolen og ensomhet.",
                "lines": [
                    "Vi sitter i et ungdomsråd som gir kommunen råd om hvordan de møter unge.",
                    "Alle i rådet har selv fått hjelp fra kommunen, så vi vet hvordan det føles.",
                    "Jeg droppet ut av videregående, og en stund var jeg ganske ensom.",
                    "Det første vi endret, var et brev som nesten ingen unge forsto.",
                    "Nå er det skrevet i klart språk, og du ser med en gang hva det gjelder.",
                    "Venterommet var kaldt og grått. Nå er det lyst, med planter og gode stoler.",
                    "Og nå kan du møte veilederen på en kafé eller på tur, ikke bare på et kontor.",
                ],
            },
            "et": {
                "title": "Noored annavad vallale nõu",
                "slug": "noored-annavad-vallale-nou",
                "lead": "Ida (18) ja Jonas (20) on noortenõukogus, kus teenustega ise kokku puutunud noored "
                        "annavad vallale nõu. Nad räägivad, mida nõukogu on seni muuta saanud.",
                "content_notes": "Juttu tuleb koolist väljalangemisest ja üksildusest.",
                "lines": [
                    "Oleme noortenõukogus, mis annab vallale nõu, kuidas noori paremini vastu võtta.",
                    "Kõik nõukogus on ise vallalt abi saanud, nii et me teame, mis tunne see on.",
                    "Mina jätsin gümnaasiumi pooleli ja olin mõnda aega päris üksik.",
                    "Esimesena muutsime kirja, millest peaaegu ükski noor aru ei saanud.",
                    "Nüüd on see kirjutatud lihtsas keeles ja kohe on näha, millega on tegu.",
                    "Ooteruum oli külm ja hall. Nüüd on see hele, taimede ja mugavate toolidega.",
                    "Ja nüüd saab nõustajaga kohtuda kohvikus või jalutades, mitte ainult kontoris.",
                ],
            },
            "fi": {
                "title": "Nuoret neuvovat kuntaa",
                "slug": "nuoret-neuvovat-kuntaa",
                "lead": "Ida (18) ja Jonas (20) ovat nuorten neuvostossa, jossa nuoret, joilla on omaa kokemusta "
                        "palveluista, neuvovat kuntaa. He kertovat, mitä neuvosto on tähän mennessä saanut muutettua.",
                "content_notes": "Mainitaan koulun keskeyttäminen ja yksinäisyys.",
                "lines": [
                    "Olemme nuorten neuvostossa, joka neuvoo kuntaa nuorten kohtaamisessa.",
                    "Kaikki neuvostossa ovat itse saaneet apua kunnalta, joten tiedämme, miltä se tuntuu.",
                    "Minä jätin lukion kesken, ja jonkin aikaa olin aika yksinäinen.",
                    "Ensimmäiseksi muutimme kirjeen, jota lähes kukaan nuori ei ymmärtänyt.",
                    "Nyt se on kirjoitettu selkeällä kielellä, ja heti näkee, mistä on kyse.",
                    "Odotushuone oli kylmä ja harmaa. Nyt siellä on valoa, kasveja ja hyvät tuolit.",
                    "Ja nyt ohjaajan voi tavata kahvilassa tai kävelyllä, eikä vain toimistolla.",
                ],
            },
            "lv": {
                "title": "Jaunieši dod padomu pašvaldībai",
                "slug": "jauniesi-dod-padomu-pasvaldibai",
                "lead": "Ida (18) un Jonass (20) darbojas jauniešu padomē, kur jaunieši, kuriem pašiem ir pieredze "
                        "ar pakalpojumiem, dod padomus pašvaldībai. Viņi stāsta, ko padomei līdz šim ir izdevies mainīt.",
                "content_notes": "Minēta skolas pamešana un vientulība.",
                "lines": [
                    "Mēs esam jauniešu padomē, kas pašvaldībai iesaka, kā labāk uzņemt jauniešus.",
                    "Visi padomē paši ir saņēmuši palīdzību no pašvaldības, tāpēc zinām, kā tas ir.",
                    "Es pametu vidusskolu, un kādu laiku biju diezgan vientuļš.",
                    "Pirmais, ko mainījām, bija vēstule, ko gandrīz neviens jaunietis nesaprata.",
                    "Tagad tā ir uzrakstīta vienkāršā valodā, un uzreiz var saprast, par ko tā ir.",
                    "Uzgaidāmā telpa bija pelēka un auksta. Tagad tur ir gaišs, augi un ērti krēsli.",
                    "Un tagad ar konsultantu var satikties kafejnīcā vai pastaigā, ne tikai birojā.",
                ],
            },
        },
    },
    # 3 ------------------------------------------------------------------------------------------
    {
        "key": "ee-first-talk",
        "organisation": "ee-peer-counselling",
        "source_language": "et",
        "date": "2026-04-22",
        "colour": "#7a2e3b",
        "speakers": ["Kertu"],
        "cues": [
            (0.6, 6.0, 0),
            (6.5, 11.3, 0),
            (11.9, 17.4, 0),
            (18.0, 23.8, 0),
            (24.4, 29.4, 0),
            (30.0, 35.6, 0),
        ],
        "consents": [
            {"person": "Kertu Saar", "minor": False, "guardian": "", "date": "2026-03-30",
             "scope": "site_and_events"},
        ],
        "content": {
            "et": {
                "title": "Minu esimene esinemine koolis",
                "slug": "minu-esimene-esinemine-koolis",
                "lead": "Kogemusnõustaja Kertu (19) räägib oma esimesest esinemisest koolis: mida ta otsustas "
                        "jagada, mida endale jättis ja mida üks õpilane pärast küsis.",
                "content_notes": "Videos mainitakse kiusamist.",
                "lines": [
                    "Enne esimest esinemist koolis olin nii närvis, et ei saanud eelmisel ööl magada.",
                    "Ma rääkisin, kuidas mind kiusati ja kes mind lõpuks päriselt aitas.",
                    "Mõned asjad jätsin endale. Ma ei pea jagama kõike, et mu lugu oleks aus.",
                    "Pärast tuli üks poiss ja küsis vaikselt: „Kuidas sa teadsid, et läheb paremaks?”",
                    "Ma ütlesin, et mitte ühe päevaga, vaid väikeste sammudega ja koos teistega.",
                    "Kui sul on esimene esinemine ees: sina otsustad, mida räägid. Sellest piisab.",
                ],
            },
            "fi": {
                "title": "Ensimmäinen puheeni koulussa",
                "slug": "ensimmainen-puheeni-koulussa",
                "lead": "Vertaisneuvoja Kertu (19) kertoo ensimmäisestä puheestaan koulussa: mitä hän päätti "
                        "kertoa, mitä piti itsellään ja mitä eräs oppilas kysyi jälkeenpäin.",
                "content_notes": "Mainitaan kiusaaminen.",
                "lines": [
                    "Jännitin ensimmäistä puhettani koulussa niin, etten saanut edellisenä yönä unta.",
                    "Kerroin, miten minua kiusattiin ja kuka minua lopulta oikeasti auttoi.",
                    "Osan pidin itselläni. Kaikkea ei tarvitse jakaa, jotta tarinani olisi rehellinen.",
                    "Jälkeenpäin yksi poika tuli ja kysyi hiljaa: ”Mistä tiesit, että asiat paranevat?”",
                    "Sanoin, ettei yhdessä päivässä, vaan pienin askelin ja yhdessä muiden kanssa.",
                    "Jos sinulla on ensimmäinen puhe edessä: sinä päätät, mitä kerrot. Se riittää.",
                ],
            },
            "lv": {
                "title": "Mana pirmā uzstāšanās skolā",
                "slug": "mana-pirma-uzstasanas-skola",
                "lead": "Pieredzes konsultante Kertu (19) stāsta par savu pirmo uzstāšanos skolā: ko viņa izvēlējās "
                        "pastāstīt, ko paturēja pie sevis un ko pēc tam pajautāja kāds skolēns.",
                "content_notes": "Minēta apcelšana.",
                "lines": [
                    "Pirms pirmās uzstāšanās skolā tā uztraucos, ka iepriekšējā naktī nevarēju aizmigt.",
                    "Es stāstīju, kā mani apcēla un kurš man beigās patiešām palīdzēja.",
                    "Dažas lietas paturēju pie sevis. Nav jāstāsta viss, lai mans stāsts būtu godīgs.",
                    "Pēc tam pienāca kāds puisis un klusi pajautāja: „Kā tu zināji, ka kļūs labāk?”",
                    "Es teicu, ka ne vienā dienā, bet maziem soļiem un kopā ar citiem.",
                    "Ja tev priekšā pirmā uzstāšanās: tu pats izlem, ko stāstīt. Ar to pietiek.",
                ],
            },
            "nb": {
                "title": "Mitt første foredrag på en skole",
                "slug": "mitt-forste-foredrag-pa-en-skole",
                "lead": "Erfaringsrådgiver Kertu (19) forteller om sitt første foredrag på en skole: hva hun valgte "
                        "å dele, hva hun holdt for seg selv, og hva en elev spurte om etterpå.",
                "content_notes": "Nevner mobbing.",
                "lines": [
                    "Før mitt første foredrag på en skole var jeg så nervøs at jeg ikke sov natta før.",
                    "Jeg fortalte hvordan jeg ble mobbet, og hvem som til slutt virkelig hjalp meg.",
                    "Noe beholdt jeg for meg selv. Historien min er ærlig uten at jeg deler alt.",
                    "Etterpå kom en gutt bort og spurte lavt: «Hvordan visste du at det ble bedre?»",
                    "Jeg sa at det ikke skjedde på én dag, men i små steg, sammen med andre.",
                    "Skal du holde ditt første foredrag? Du bestemmer selv hva du forteller. Det holder.",
                ],
            },
        },
    },
]
