"""Demo organisation: Kokemuskaari, a fictional Finnish experience-expert network in Jyväskylä.

Fictional people and organisations; facts about the Finnish titles kokemusasiantuntija,
kokemustoimija and kehittäjäasiakas drawn from public sources, written afresh in each language.
Data only: the loader in organisations/demo.py reads ORGANISATION.
"""

ORGANISATION = {
    "key": "fi-expert-network",
    "source_language": "fi",
    "country": "FI",
    "logo": {
        "initials": "KK",
        "colour": "#34456f",
    },
    "contact_email": "info@kokemuskaari.example",
    "contact_phone": "+358 40 555 0142",
    "website": "",
    "coordinator_email": "tilaukset@kokemuskaari.example",
    "images": {},
    "content": {
        "fi": {
            "title": "Kokemuskaari",
            "slug": "kokemuskaari",
            "intro": "Kokemuskaari on jyväskyläläinen kokemustoiminnan verkosto, joka kouluttaa kokemusasiantuntijoita ja välittää heitä sosiaali- ja terveysalan, oppilaitosten ja järjestöjen tehtäviin. Meidän kauttamme oma toipumistarina muuttuu osaamiseksi, josta hyötyvät sekä palvelujen käyttäjät että ammattilaiset.",
            "address": "Kaarnakuja 4 B 12\n40100 Jyväskylä",
            "body": [
                ["heading", {"text": "Kun oma kokemus muuttuu osaamiseksi", "anchor": ""}],
                [
                    "text",
                    "<p>Kokemustieto syntyy, kun ihminen on elänyt läpi jotakin raskasta – pitkän sairauden, vamman, riippuvuuden, köyhyyden, pakolaisuuden tai syrjinnän – ja käyttänyt palveluja sen keskellä. Hän tietää omasta elämästään, mikä auttoi eteenpäin ja mikä jarrutti toipumista.</p><p>Ammattilaisten koulutus ja tutkimus kertovat paljon, mutta eivät kaikkea. Kokemusasiantuntija tuo niiden rinnalle näkökulman, jonka voi saada vain palvelun toiselta puolelta. Siksi kutsumme kokemusosaajia mukaan opetukseen, palvelujen kehittämiseen ja päätöksentekoon.</p>",
                ],
                [
                    "definitions",
                    [
                        {
                            "term": "Kokemusasiantuntija",
                            "definition": "<p>Koulutettu kokemusasiantuntija on toipunut sairaudesta, vammasta tai vaikeasta elämäntilanteesta ja haluaa käyttää kokemustaan työssä toisten hyväksi. Hän on käynyt taustaorganisaationsa järjestämän valmennuksen, joka kestää vähintään 50 tuntia noin neljän kuukauden aikana. Kokemusasiantuntija voi luennoida, kouluttaa, ohjata vertaisryhmää tai toimia ammattilaisen työparina.</p>",
                        },
                        {
                            "term": "Kokemustoimija",
                            "definition": "<p>Kokemustoimijalla on oma tai läheisen kokemus pitkäaikaisesta sairaudesta, vammaisuudesta tai muusta vaikeasta tilanteesta. Hän on suorittanut vähintään 45 tunnin valmennuksen, ja hänen taustajärjestönsä vastaa toiminnasta. Kokemustoimija puhuu useimmiten ammattilaisille ja opiskelijoille, esimerkiksi ensitietoluennoilla tai kehittämishankkeissa.</p>",
                        },
                        {
                            "term": "Kehittäjäasiakas",
                            "definition": "<p>Kehittäjäasiakkaalla on tuore kokemus palvelujen käyttäjänä, ja hän voi olla asiakkaana juuri nyt. Koulutusta ei vaadita. Kehittäjäasiakas osallistuu paneeleihin, kehittämistyöpajoihin, asiakasraateihin ja haastatteluihin, mutta ei koskaan asiakastyöhön yksilö- tai ryhmätilanteissa.</p>",
                        },
                    ],
                ],
                ["heading", {"text": "Mitä voit tilata?", "anchor": ""}],
                [
                    "text",
                    "<p>Räätälöimme jokaisen tehtävän tilaajan tarpeen mukaan. Tavallisimpia toimeksiantoja ovat:</p><ul><li>luennot ja alustukset seminaareissa tai oppitunneilla</li><li>koulutukset henkilöstölle ja opiskelijoille</li><li>paneelikeskustelut</li><li>kehittämistyöpajat</li><li>asiakasraadit</li><li>vertaistukitapaamiset ja vertaisryhmien ohjaus</li><li>haastattelut esimerkiksi selvityksiin ja tutkimuksiin</li><li>työparityöskentely ammattilaisen kanssa</li></ul><p>Valitsemme tehtävään sopivan henkilön: kokemusasiantuntijan, kokemustoimijan tai kehittäjäasiakkaan. Kerro meille myös, jos toivot tiettyä kokemustaustaa, esimerkiksi mielenterveyden, päihteiden tai lastensuojelun alueelta.</p>",
                ],
                ["heading", {"text": "Tilaa kokemusasiantuntija – näin se käy", "anchor": ""}],
                [
                    "text",
                    "<ol><li>Lähetä meille sähköpostia vähintään kolme viikkoa ennen tilaisuutta. Kerro päivämäärä, kesto, paikka tai etäyhteys, kohderyhmä ja aihe.</li><li>Koordinaattorimme soittaa tai vastaa viestiin kahden arkipäivän kuluessa ja ehdottaa sopivaa kokemusasiantuntijaa.</li><li>Sovimme yhdessä tehtävän sisällöstä ja palkkiosta. Saat vahvistuksen kirjallisesti.</li><li>Kokemusasiantuntija valmistautuu tehtävään ja on tarvittaessa yhteydessä sinuun etukäteen.</li><li>Tilaisuuden jälkeen pyydämme lyhyen palautteen ja lähetämme laskun.</li></ol><p>Laskutamme tilaajaa, ja kokemusasiantuntija saa palkkionsa verkoston kautta. Näin tilaajan ei tarvitse huolehtia palkanmaksusta eikä sopimuksista.</p>",
                ],
                [
                    "quote",
                    {
                        "text": "Ennen ensimmäistä luentoani pelkäsin, ettei kukaan kuuntele. Lopuksi eräs sairaanhoitajaopiskelija tuli sanomaan, että hän kohtaa nyt potilaansa toisin.",
                        "who": "Sanni",
                        "role": "kokemusasiantuntija vuodesta 2023",
                    },
                ],
                [
                    "faq",
                    [
                        {
                            "question": "Mitä eroa on kokemusasiantuntijalla ja kehittäjäasiakkaalla?",
                            "answer": "<p>Kokemusasiantuntija on käynyt pitkän valmennuksen ja voi toimia myös asiakastyössä, esimerkiksi ammattilaisen työparina tai vertaisryhmän ohjaajana. Kehittäjäasiakas tuo tuoreen asiakaskokemuksensa kehittämistyöhön, mutta ei osallistu asiakastyöhön.</p>",
                        },
                        {
                            "question": "Voiko tehtävän hoitaa etänä?",
                            "answer": "<p>Voi. Luennot, paneelit ja haastattelut sujuvat hyvin myös verkossa. Etätehtävien hinnat löydät hinnastosta.</p>",
                        },
                        {
                            "question": "Kuinka aikaisin tilaus kannattaa tehdä?",
                            "answer": "<p>Suosittelemme vähintään kolmea viikkoa. Kiireellisessäkin tilanteessa kannattaa kysyä, sillä joskus sopiva henkilö löytyy muutamassa päivässä.</p>",
                        },
                    ],
                ],
                [
                    "call_to_action",
                    {
                        "title": "Tilaa kokemusasiantuntija",
                        "text": "Kirjoita meille lyhyesti, millaiseen tilaisuuteen ja milloin tarvitset kokemusosaajaa. Vastaamme kahden arkipäivän kuluessa.",
                        "link_text": "Lähetä tilaus",
                        "page": None,
                        "url": "mailto:info@kokemuskaari.example",
                    },
                ],
            ],
            "partners": [
                ["badge", {"text": "Kokemustoiminnan valtakunnallisen verkoston jäsen"}],
                ["partner", {"name": "Harjuseudun hyvinvointialue", "url": ""}],
                ["partner", {"name": "Sarastus-ammattikorkeakoulu", "url": ""}],
                ["partner", {"name": "Tuulikorven kuntoutussäätiö", "url": ""}],
            ],
            "price_list": [
                {
                    "caption": "Hinnasto",
                    "rows": [
                        {"service": "Luento tai alustus", "format": "in_person", "duration_minutes": 60, "price": "160", "currency": "EUR"},
                        {"service": "Luento tai alustus", "format": "remote", "duration_minutes": 60, "price": "130", "currency": "EUR"},
                        {"service": "Paneeli tai asiakasraati", "format": "in_person", "duration_minutes": 90, "price": "190", "currency": "EUR"},
                        {"service": "Paneeli tai asiakasraati", "format": "remote", "duration_minutes": 90, "price": "160", "currency": "EUR"},
                        {"service": "Kehittämistyöpaja tai koulutus", "format": "in_person", "duration_minutes": 180, "price": "380", "currency": "EUR"},
                        {"service": "Haastattelu", "format": "remote", "duration_minutes": 60, "price": "90", "currency": "EUR"},
                    ],
                    "note": "Hinnat koskevat yhtä kokemusasiantuntijaa ja sisältävät valmistautumisen. Lähitehtävien matkakulut laskutetaan erikseen. Hintoihin ei lisätä arvonlisäveroa.",
                },
            ],
            "cancellation_terms": "<p>Voit perua tilauksen maksutta viimeistään 14 vuorokautta ennen tilaisuutta. Jos peruutus tehdään 13–3 vuorokautta ennen, laskutamme puolet sovitusta hinnasta, ja sitä myöhemmin koko hinnan.</p><p>Jos kokemusasiantuntija sairastuu, etsimme hänelle sijaisen. Jos sijaista ei löydy, tilaisuus perutaan ilman kuluja tilaajalle.</p>",
        },
        "et": {
            "title": "Kokemuskaari",
            "slug": "kokemuskaari-kogemusekspertide-vorgustik",
            "intro": "Kokemuskaari on Jyväskylas tegutsev kogemustöö võrgustik, mis koolitab kogemuseksperte ja vahendab neid sotsiaal- ja tervishoiuasutustele, õppeasutustele ja vabaühendustele. Meie kaudu saab isiklikust taastumisloost oskus, millest on kasu nii teenuste kasutajatele kui ka spetsialistidele.",
            "address": "Kaarnakuja 4 B 12\n40100 Jyväskylä, Soome",
            "body": [
                ["heading", {"text": "Kui isiklikust kogemusest saab oskus", "anchor": ""}],
                [
                    "text",
                    "<p>Kogemusteadmine sünnib siis, kui inimene on elanud läbi midagi rasket – pika haiguse, puude, sõltuvuse, vaesuse, põgenikuks olemise või diskrimineerimise – ja kasutanud samal ajal teenuseid. Ta teab omast elust, mis aitas edasi ja mis taastumist pidurdas.</p><p>Spetsialistide väljaõpe ja teadusuuringud annavad palju, kuid mitte kõike. Kogemusekspert toob nende kõrvale vaatenurga, mida saab ainult teenuse teiselt poolelt. Seepärast kaasame kogemusteadmisega inimesi õpetamisse, teenuste arendamisse ja otsuste tegemisse.</p>",
                ],
                [
                    "definitions",
                    [
                        {
                            "term": "Kogemusekspert (kokemusasiantuntija)",
                            "definition": "<p>Koolitatud kogemusekspert on taastunud haigusest, puudest või raskest eluolukorrast ja soovib oma kogemust töös teiste heaks kasutada. Ta on läbinud oma taustaorganisatsiooni korraldatud koolituse, mis kestab vähemalt 50 tundi umbes nelja kuu jooksul. Kogemusekspert võib pidada loenguid, koolitada, juhtida tugigruppi või töötada spetsialisti paarilisena.</p>",
                        },
                        {
                            "term": "Kogemustegija (kokemustoimija)",
                            "definition": "<p>Kogemustegijal on isiklik või lähedase kogemus kroonilise haiguse, puude või mõne muu raske olukorraga. Ta on läbinud vähemalt 45-tunnise koolituse ning tema tegevuse eest vastutab taustaorganisatsioon. Kogemustegija räägib enamasti spetsialistidele ja üliõpilastele, näiteks esmase teabe loengutel või arendusprojektides.</p>",
                        },
                        {
                            "term": "Kaasarendav klient (kehittäjäasiakas)",
                            "definition": "<p>Kaasarendaval kliendil on värske kogemus teenuste kasutajana ja ta võib olla klient ka praegu. Koolitust ei nõuta. Kaasarendav klient osaleb paneelides, arendustöötubades, kliendinõukogudes ja intervjuudes, kuid mitte kunagi klienditöös, ei individuaalselt ega grupis.</p>",
                        },
                    ],
                ],
                ["heading", {"text": "Mida saab tellida?", "anchor": ""}],
                [
                    "text",
                    "<p>Kohandame iga ülesande tellija vajaduste järgi. Kõige sagedamini tellitakse:</p><ul><li>loenguid ja ettekandeid seminaridel või tundides</li><li>koolitusi töötajatele ja üliõpilastele</li><li>paneelarutelusid</li><li>arendustöötubasid</li><li>kliendinõukogusid</li><li>kaaslaste toe kohtumisi ja tugigruppide juhtimist</li><li>intervjuusid näiteks uuringute ja analüüside jaoks</li><li>paaristööd koos spetsialistiga</li></ul><p>Valime ülesandele sobiva inimese: kogemuseksperdi (kokemusasiantuntija), kogemustegija (kokemustoimija) või kaasarendava kliendi (kehittäjäasiakas). Andke meile teada, kui soovite kindla taustaga inimest, näiteks vaimse tervise, sõltuvuste või lastekaitse valdkonnast.</p>",
                ],
                ["heading", {"text": "Telli kogemusekspert (tilaa kokemusasiantuntija) – nii see käib", "anchor": ""}],
                [
                    "text",
                    "<ol><li>Saatke meile e-kiri vähemalt kolm nädalat enne üritust. Märkige kuupäev, kestus, koht või veebiühendus, sihtrühm ja teema.</li><li>Meie koordinaator helistab või vastab kirjale kahe tööpäeva jooksul ja pakub välja sobiva kogemuseksperdi.</li><li>Lepime koos kokku ülesande sisu ja tasu. Kinnituse saate kirjalikult.</li><li>Kogemusekspert valmistub ülesandeks ja võtab vajaduse korral teiega eelnevalt ühendust.</li><li>Pärast üritust palume lühikest tagasisidet ja saadame arve.</li></ol><p>Arve esitame tellijale ning kogemusekspert saab tasu võrgustiku kaudu. Nii ei pea tellija tegelema tasu väljamaksmise ega lepingutega.</p>",
                ],
                [
                    "quote",
                    {
                        "text": "Enne oma esimest loengut kartsin, et keegi ei kuula. Lõpus tuli üks õendusüliõpilane ütlema, et ta kohtleb nüüd oma patsiente teisiti.",
                        "who": "Sanni",
                        "role": "kogemusekspert aastast 2023",
                    },
                ],
                [
                    "faq",
                    [
                        {
                            "question": "Mille poolest erineb kogemusekspert kaasarendavast kliendist?",
                            "answer": "<p>Kogemusekspert on läbinud pika koolituse ja võib osaleda ka klienditöös, näiteks spetsialisti paarilisena või tugigrupi juhina. Kaasarendav klient toob arendustöösse oma värske kliendikogemuse, kuid klienditöös ta ei osale.</p>",
                        },
                        {
                            "question": "Kas ülesande saab teha veebis?",
                            "answer": "<p>Jah. Loengud, paneelid ja intervjuud sobivad hästi ka veebi. Veebiülesannete hinnad leiate hinnakirjast.</p>",
                        },
                        {
                            "question": "Kui varakult tasub tellida?",
                            "answer": "<p>Soovitame tellida vähemalt kolm nädalat ette. Ka kiirel juhul tasub küsida, sest mõnikord leiame sobiva inimese paari päevaga.</p>",
                        },
                    ],
                ],
                [
                    "call_to_action",
                    {
                        "title": "Telli kogemusekspert",
                        "text": "Kirjutage meile lühidalt, millisele üritusele ja millal kogemusteadmisega inimest vajate. Vastame kahe tööpäeva jooksul.",
                        "link_text": "Saada tellimus",
                        "page": None,
                        "url": "mailto:info@kokemuskaari.example",
                    },
                ],
            ],
            "partners": [
                ["badge", {"text": "Soome üleriigilise kogemustöö võrgustiku liige"}],
                ["partner", {"name": "Harjuseudun hyvinvointialue", "url": ""}],
                ["partner", {"name": "Sarastus-ammattikorkeakoulu", "url": ""}],
                ["partner", {"name": "Tuulikorven kuntoutussäätiö", "url": ""}],
            ],
            "price_list": [
                {
                    "caption": "Hinnakiri",
                    "rows": [
                        {"service": "Loeng või ettekanne", "format": "in_person", "duration_minutes": 60, "price": "160", "currency": "EUR"},
                        {"service": "Loeng või ettekanne", "format": "remote", "duration_minutes": 60, "price": "130", "currency": "EUR"},
                        {"service": "Paneel või kliendinõukogu", "format": "in_person", "duration_minutes": 90, "price": "190", "currency": "EUR"},
                        {"service": "Paneel või kliendinõukogu", "format": "remote", "duration_minutes": 90, "price": "160", "currency": "EUR"},
                        {"service": "Arendustöötuba või koolitus", "format": "in_person", "duration_minutes": 180, "price": "380", "currency": "EUR"},
                        {"service": "Intervjuu", "format": "remote", "duration_minutes": 60, "price": "90", "currency": "EUR"},
                    ],
                    "note": "Hinnad kehtivad ühe kogemuseksperdi kohta ja sisaldavad ettevalmistust. Kohapealsete ülesannete sõidukulud arveldatakse eraldi. Hindadele ei lisandu käibemaksu.",
                },
            ],
            "cancellation_terms": "<p>Tellimuse saab tasuta tühistada kuni 14 päeva enne üritust. Kui tühistate 13 kuni 3 päeva enne, arveldame poole kokkulepitud hinnast, hilisema tühistamise korral kogu hinna.</p><p>Kui kogemusekspert haigestub, otsime talle asendaja. Kui asendajat ei leidu, jääb üritus ära ja tellijale kulusid ei teki.</p>",
        },
        "lv": {
            "title": "Kokemuskaari",
            "slug": "kokemuskaari-pieredzes-ekspertu-tikls",
            "intro": "Kokemuskaari ir pieredzes darba tīkls Jiveskilē, kas apmāca pieredzes ekspertus un piesaista viņus sociālās un veselības aprūpes iestādēm, izglītības iestādēm un nevalstiskajām organizācijām. Ar mūsu palīdzību personīgais atveseļošanās stāsts kļūst par prasmi, no kuras iegūst gan pakalpojumu lietotāji, gan speciālisti.",
            "address": "Kaarnakuja 4 B 12\n40100 Jyväskylä, Somija",
            "body": [
                ["heading", {"text": "Kad personīgā pieredze kļūst par prasmi", "anchor": ""}],
                [
                    "text",
                    "<p>Pieredzes zināšanas rodas, kad cilvēks ir pārdzīvojis kaut ko smagu – ilgstošu slimību, invaliditāti, atkarību, nabadzību, bēgļa gaitas vai diskrimināciju – un tajā laikā izmantojis pakalpojumus. Viņš no savas dzīves zina, kas palīdzēja virzīties uz priekšu un kas atveseļošanos kavēja.</p><p>Speciālistu izglītība un pētījumi sniedz daudz, taču ne visu. Pieredzes eksperts tiem līdzās ienes skatpunktu, ko var iegūt tikai no pakalpojuma otras puses. Tāpēc mēs iesaistām cilvēkus ar pieredzes zināšanām mācīšanā, pakalpojumu attīstīšanā un lēmumu pieņemšanā.</p>",
                ],
                [
                    "definitions",
                    [
                        {
                            "term": "Pieredzes eksperts (kokemusasiantuntija)",
                            "definition": "<p>Apmācīts pieredzes eksperts ir atlabis no slimības, invaliditātes vai smagas dzīves situācijas un vēlas savu pieredzi izmantot darbā citu labā. Viņš ir pabeidzis savas pamatorganizācijas rīkotas mācības, kas ilgst vismaz 50 stundas aptuveni četru mēnešu laikā. Pieredzes eksperts var lasīt lekcijas, vadīt apmācības un atbalsta grupas vai strādāt pārī ar speciālistu.</p>",
                        },
                        {
                            "term": "Pieredzes darbotājs (kokemustoimija)",
                            "definition": "<p>Pieredzes darbotājam ir paša vai tuvinieka pieredze ar hronisku slimību, invaliditāti vai citu smagu situāciju. Viņš ir pabeidzis vismaz 45 stundu mācības, un par viņa darbību atbild pamatorganizācija. Pieredzes darbotājs visbiežāk uzstājas speciālistiem un studentiem, piemēram, informatīvās lekcijās pēc diagnozes noteikšanas vai attīstības projektos.</p>",
                        },
                        {
                            "term": "Klients līdzveidotājs (kehittäjäasiakas)",
                            "definition": "<p>Klientam līdzveidotājam ir nesena pakalpojumu lietotāja pieredze, un viņš var būt klients arī pašlaik. Mācības nav nepieciešamas. Klients līdzveidotājs piedalās paneļos, attīstības darbnīcās, klientu padomēs un intervijās, taču nekad nepiedalās darbā ar klientiem ne individuāli, ne grupās.</p>",
                        },
                    ],
                ],
                ["heading", {"text": "Ko var pasūtīt?", "anchor": ""}],
                [
                    "text",
                    "<p>Katru uzdevumu pielāgojam pasūtītāja vajadzībām. Visbiežāk pie mums pasūta:</p><ul><li>lekcijas un uzstāšanos semināros vai nodarbībās</li><li>apmācības darbiniekiem un studentiem</li><li>paneļdiskusijas</li><li>attīstības darbnīcas</li><li>klientu padomes</li><li>vienaudžu atbalsta tikšanās un atbalsta grupu vadīšanu</li><li>intervijas, piemēram, pētījumiem un izvērtējumiem</li><li>darbu pārī ar speciālistu</li></ul><p>Uzdevumam izvēlamies piemērotu cilvēku: pieredzes ekspertu (kokemusasiantuntija), pieredzes darbotāju (kokemustoimija) vai klientu līdzveidotāju (kehittäjäasiakas). Pastāstiet mums, ja vēlaties cilvēku ar noteiktu pieredzi, piemēram, garīgās veselības, atkarību vai bērnu aizsardzības jomā.</p>",
                ],
                ["heading", {"text": "Pasūtiet pieredzes ekspertu (tilaa kokemusasiantuntija) – kā tas notiek", "anchor": ""}],
                [
                    "text",
                    "<ol><li>Nosūtiet mums e-pastu vismaz trīs nedēļas pirms pasākuma. Norādiet datumu, ilgumu, vietu vai tiešsaistes platformu, mērķauditoriju un tēmu.</li><li>Mūsu koordinators divu darba dienu laikā piezvanīs vai atbildēs uz vēstuli un ieteiks piemērotu pieredzes ekspertu.</li><li>Kopā vienojamies par uzdevuma saturu un atlīdzību. Apstiprinājumu saņemsiet rakstiski.</li><li>Pieredzes eksperts sagatavojas uzdevumam un vajadzības gadījumā sazinās ar jums iepriekš.</li><li>Pēc pasākuma lūdzam īsu atgriezenisko saiti un nosūtām rēķinu.</li></ol><p>Rēķinu izrakstām pasūtītājam, bet pieredzes eksperts atlīdzību saņem ar tīkla starpniecību. Tā pasūtītājam nav jārūpējas ne par atlīdzības izmaksu, ne par līgumiem.</p>",
                ],
                [
                    "quote",
                    {
                        "text": "Pirms savas pirmās lekcijas baidījos, ka neviens neklausīsies. Beigās pie manis pienāca kāda māszinību studente un teica, ka tagad izturēsies pret saviem pacientiem citādi.",
                        "who": "Sanni",
                        "role": "pieredzes eksperte kopš 2023. gada",
                    },
                ],
                [
                    "faq",
                    [
                        {
                            "question": "Kā pieredzes eksperts atšķiras no klienta līdzveidotāja?",
                            "answer": "<p>Pieredzes eksperts ir pabeidzis ilgas mācības un var piedalīties arī darbā ar klientiem, piemēram, pārī ar speciālistu vai kā atbalsta grupas vadītājs. Klients līdzveidotājs attīstības darbā ienes savu svaigo klienta pieredzi, taču darbā ar klientiem nepiedalās.</p>",
                        },
                        {
                            "question": "Vai uzdevumu var veikt attālināti?",
                            "answer": "<p>Jā. Lekcijas, paneļdiskusijas un intervijas labi izdodas arī tiešsaistē. Attālināto uzdevumu cenas atradīsiet cenrādī.</p>",
                        },
                        {
                            "question": "Cik laicīgi ieteicams pasūtīt?",
                            "answer": "<p>Iesakām pasūtīt vismaz trīs nedēļas iepriekš. Arī steidzamos gadījumos ir vērts jautāt, jo dažreiz piemērotu cilvēku atrodam dažu dienu laikā.</p>",
                        },
                    ],
                ],
                [
                    "call_to_action",
                    {
                        "title": "Pasūtiet pieredzes ekspertu",
                        "text": "Īsi uzrakstiet mums, kādam pasākumam un kad jums vajadzīgs cilvēks ar pieredzes zināšanām. Atbildēsim divu darba dienu laikā.",
                        "link_text": "Nosūtīt pasūtījumu",
                        "page": None,
                        "url": "mailto:info@kokemuskaari.example",
                    },
                ],
            ],
            "partners": [
                ["badge", {"text": "Somijas nacionālā pieredzes darba tīkla dalībnieks"}],
                ["partner", {"name": "Harjuseudun hyvinvointialue", "url": ""}],
                ["partner", {"name": "Sarastus-ammattikorkeakoulu", "url": ""}],
                ["partner", {"name": "Tuulikorven kuntoutussäätiö", "url": ""}],
            ],
            "price_list": [
                {
                    "caption": "Cenrādis",
                    "rows": [
                        {"service": "Lekcija vai uzstāšanās", "format": "in_person", "duration_minutes": 60, "price": "160", "currency": "EUR"},
                        {"service": "Lekcija vai uzstāšanās", "format": "remote", "duration_minutes": 60, "price": "130", "currency": "EUR"},
                        {"service": "Paneļdiskusija vai klientu padome", "format": "in_person", "duration_minutes": 90, "price": "190", "currency": "EUR"},
                        {"service": "Paneļdiskusija vai klientu padome", "format": "remote", "duration_minutes": 90, "price": "160", "currency": "EUR"},
                        {"service": "Attīstības darbnīca vai apmācība", "format": "in_person", "duration_minutes": 180, "price": "380", "currency": "EUR"},
                        {"service": "Intervija", "format": "remote", "duration_minutes": 60, "price": "90", "currency": "EUR"},
                    ],
                    "note": "Cenas attiecas uz vienu pieredzes ekspertu un ietver sagatavošanos. Ceļa izdevumus klātienes uzdevumiem aprēķinām atsevišķi. Cenām netiek pieskaitīts PVN.",
                },
            ],
            "cancellation_terms": "<p>Pasūtījumu var atcelt bez maksas ne vēlāk kā 14 dienas pirms pasākuma. Ja atceļat 13 līdz 3 dienas iepriekš, izrakstām rēķinu par pusi no norunātās cenas, bet vēlākas atcelšanas gadījumā – par visu cenu.</p><p>Ja pieredzes eksperts saslimst, meklējam aizvietotāju. Ja aizvietotāju neizdodas atrast, pasākums tiek atcelts bez izmaksām pasūtītājam.</p>",
        },
        "nb": {
            "title": "Kokemuskaari",
            "slug": "kokemuskaari-nettverk-for-erfaringseksperter",
            "intro": "Kokemuskaari er et nettverk for erfaringsarbeid i Jyväskylä. Vi utdanner erfaringseksperter og formidler dem til helse- og sosialtjenester, utdanningsinstitusjoner og organisasjoner, slik at en personlig bedringshistorie blir til kompetanse som kommer både tjenestebrukere og fagfolk til gode.",
            "address": "Kaarnakuja 4 B 12\n40100 Jyväskylä, Finland",
            "body": [
                ["heading", {"text": "Når egen erfaring blir kompetanse", "anchor": ""}],
                [
                    "text",
                    "<p>Erfaringskunnskap oppstår når et menneske har gått gjennom noe tungt – langvarig sykdom, funksjonsnedsettelse, avhengighet, fattigdom, flukt eller diskriminering – og har brukt tjenester underveis. Vedkommende vet fra eget liv hva som hjalp videre, og hva som bremset bedringen.</p><p>Fagutdanning og forskning gir mye, men ikke alt. En erfaringsekspert tilfører et perspektiv som bare kan hentes fra den andre siden av tjenesten. Derfor trekker vi personer med erfaringskompetanse inn i undervisning, tjenesteutvikling og beslutningsprosesser.</p>",
                ],
                [
                    "definitions",
                    [
                        {
                            "term": "Erfaringsekspert (kokemusasiantuntija)",
                            "definition": "<p>En utdannet erfaringsekspert har kommet seg gjennom sykdom, funksjonsnedsettelse eller en vanskelig livssituasjon og ønsker å bruke erfaringen sin i arbeid for andre. Vedkommende har fullført et kurs i regi av sin bakgrunnsorganisasjon på minst 50 timer fordelt over omtrent fire måneder. En erfaringsekspert kan holde foredrag, undervise, lede en støttegruppe eller arbeide i par med en fagperson.</p>",
                        },
                        {
                            "term": "Erfaringsaktør (kokemustoimija)",
                            "definition": "<p>En erfaringsaktør har erfaring, enten selv eller som pårørende, med langvarig sykdom, funksjonsnedsettelse eller en annen vanskelig situasjon. Vedkommende har fullført et kurs på minst 45 timer, og bakgrunnsorganisasjonen har ansvaret for virksomheten. Erfaringsaktøren snakker oftest til fagfolk og studenter, for eksempel på informasjonsmøter for nydiagnostiserte eller i utviklingsprosjekter.</p>",
                        },
                        {
                            "term": "Brukerrepresentant i utvikling (kehittäjäasiakas)",
                            "definition": "<p>En brukerrepresentant i utvikling har fersk erfaring som tjenestebruker og kan også være bruker av tjenesten akkurat nå. Det kreves ingen opplæring. Brukerrepresentanten deltar i paneler, utviklingsverksteder, brukerråd og intervjuer, men aldri i klientarbeid, verken med enkeltpersoner eller grupper.</p>",
                        },
                    ],
                ],
                ["heading", {"text": "Hva kan du bestille?", "anchor": ""}],
                [
                    "text",
                    "<p>Vi tilpasser hvert oppdrag til behovene til den som bestiller. Dette bestilles oftest:</p><ul><li>foredrag og innlegg på seminarer eller i undervisning</li><li>kurs for ansatte og studenter</li><li>paneldebatter</li><li>utviklingsverksteder</li><li>brukerråd</li><li>likepersonsmøter og ledelse av støttegrupper</li><li>intervjuer, for eksempel til utredninger og forskning</li><li>arbeid i par med en fagperson</li></ul><p>Vi velger riktig person for oppdraget: en erfaringsekspert (kokemusasiantuntija), en erfaringsaktør (kokemustoimija) eller en brukerrepresentant i utvikling (kehittäjäasiakas). Si gjerne fra om du ønsker en bestemt erfaringsbakgrunn, for eksempel innen psykisk helse, rus eller barnevern.</p>",
                ],
                ["heading", {"text": "Bestill en erfaringsekspert (tilaa kokemusasiantuntija) – slik gjør du", "anchor": ""}],
                [
                    "text",
                    "<ol><li>Send oss en e-post minst tre uker før arrangementet. Oppgi dato, varighet, sted eller nettplattform, målgruppe og tema.</li><li>Koordinatoren vår ringer eller svarer innen to virkedager og foreslår en passende erfaringsekspert.</li><li>Sammen blir vi enige om innholdet i oppdraget og honoraret. Du får en skriftlig bekreftelse.</li><li>Erfaringseksperten forbereder seg og tar ved behov kontakt med deg på forhånd.</li><li>Etter arrangementet ber vi om en kort tilbakemelding og sender faktura.</li></ol><p>Vi fakturerer bestilleren, og erfaringseksperten får honoraret sitt gjennom nettverket. Da slipper du å tenke på utbetaling og kontrakter.</p>",
                ],
                [
                    "quote",
                    {
                        "text": "Før mitt første foredrag var jeg redd for at ingen ville lytte. Etterpå kom en sykepleierstudent bort og sa at hun nå kommer til å møte pasientene sine annerledes.",
                        "who": "Sanni",
                        "role": "erfaringsekspert siden 2023",
                    },
                ],
                [
                    "faq",
                    [
                        {
                            "question": "Hva er forskjellen på en erfaringsekspert og en brukerrepresentant i utvikling?",
                            "answer": "<p>En erfaringsekspert har tatt et lengre kurs og kan også delta i klientarbeid, for eksempel i par med en fagperson eller som leder av en støttegruppe. En brukerrepresentant i utvikling bidrar med fersk brukererfaring i utviklingsarbeid, men deltar ikke i klientarbeid.</p>",
                        },
                        {
                            "question": "Kan oppdraget gjøres digitalt?",
                            "answer": "<p>Ja. Foredrag, paneler og intervjuer fungerer godt også på nett. Prisene for digitale oppdrag finner du i prislisten.</p>",
                        },
                        {
                            "question": "Hvor tidlig bør vi bestille?",
                            "answer": "<p>Vi anbefaler å bestille minst tre uker i forveien. Det lønner seg likevel å spørre når det haster, for noen ganger finner vi rett person i løpet av få dager.</p>",
                        },
                    ],
                ],
                [
                    "call_to_action",
                    {
                        "title": "Bestill en erfaringsekspert",
                        "text": "Skriv kort til oss hva slags arrangement det gjelder, og når du trenger en person med erfaringskompetanse. Vi svarer innen to virkedager.",
                        "link_text": "Send bestilling",
                        "page": None,
                        "url": "mailto:info@kokemuskaari.example",
                    },
                ],
            ],
            "partners": [
                ["badge", {"text": "Medlem av det nasjonale finske nettverket for erfaringsarbeid"}],
                ["partner", {"name": "Harjuseudun hyvinvointialue", "url": ""}],
                ["partner", {"name": "Sarastus-ammattikorkeakoulu", "url": ""}],
                ["partner", {"name": "Tuulikorven kuntoutussäätiö", "url": ""}],
            ],
            "price_list": [
                {
                    "caption": "Prisliste",
                    "rows": [
                        {"service": "Foredrag eller innlegg", "format": "in_person", "duration_minutes": 60, "price": "160", "currency": "EUR"},
                        {"service": "Foredrag eller innlegg", "format": "remote", "duration_minutes": 60, "price": "130", "currency": "EUR"},
                        {"service": "Panel eller brukerråd", "format": "in_person", "duration_minutes": 90, "price": "190", "currency": "EUR"},
                        {"service": "Panel eller brukerråd", "format": "remote", "duration_minutes": 90, "price": "160", "currency": "EUR"},
                        {"service": "Utviklingsverksted eller kurs", "format": "in_person", "duration_minutes": 180, "price": "380", "currency": "EUR"},
                        {"service": "Intervju", "format": "remote", "duration_minutes": 60, "price": "90", "currency": "EUR"},
                    ],
                    "note": "Prisene gjelder én erfaringsekspert og inkluderer forberedelse. Reiseutgifter ved oppdrag på stedet faktureres særskilt. Det kommer ikke merverdiavgift i tillegg.",
                },
            ],
            "cancellation_terms": "<p>Du kan avbestille kostnadsfritt senest 14 døgn før arrangementet. Ved avbestilling 13 til 3 døgn før fakturerer vi halvparten av avtalt pris, og ved senere avbestilling hele prisen.</p><p>Hvis erfaringseksperten blir syk, finner vi en stedfortreder. Finnes det ingen, avlyses arrangementet uten kostnad for bestilleren.</p>",
        },
    },
    "programmes": [
        {
            "key": "fi-expert-training",
            "start_date": "2026-09-14",
            "end_date": "2027-01-29",
            "events": [
                {"start_date": "2026-09-17", "end_date": "2026-09-18", "online": False},
                {"start_date": "2026-10-22", "end_date": "2026-10-22", "online": True},
                {"start_date": "2026-12-03", "end_date": "2026-12-03", "online": False},
                {"start_date": "2027-01-28", "end_date": "2027-01-29", "online": False},
            ],
            "content": {
                "fi": {
                    "title": "Kokemusasiantuntijakoulutus 2026–2027",
                    "slug": "kokemusasiantuntijakoulutus",
                    "summary": "Noin neljän kuukauden valmennus, jossa omasta toipumiskokemuksesta tulee osaamista. Kurssin laajuus on yhteensä 52 tuntia, ja opiskelupaikkoja on 16.",
                    "body": [
                        ["heading", {"text": "Mitä kurssilla opitaan?", "anchor": ""}],
                        [
                            "text",
                            "<p>Kurssi on tarkoitettu ihmisille, joiden oma toipuminen on kantanut jo jonkin aikaa ja jotka haluavat käyttää kokemustaan toisten hyväksi. Lähipäivien välissä tehdään pieniä tehtäviä ja tavataan pienryhmissä.</p><ul><li>oman tarinan jäsentäminen ja rajaaminen</li><li>esiintyminen, luennointi ja vuorovaikutus</li><li>palvelujärjestelmän ja kehittämistyön perusteet</li><li>työparityö ammattilaisen kanssa</li><li>palkkiot, sopimukset ja oma jaksaminen</li></ul><p>Hyväksytysti suoritetusta kurssista saa todistuksen, ja valmistuneet pääsevät mukaan Kokemuskaaren tehtävärekisteriin.</p>",
                        ],
                        [
                            "quote",
                            {
                                "text": "Kurssilla opin, että tarinaani saa rajata. Kerron vain sen, mikä palvelee kuulijaa.",
                                "who": "Jari",
                                "role": "kevään 2026 kurssin osallistuja",
                            },
                        ],
                        [
                            "call_to_action",
                            {
                                "title": "Hae seuraavalle kurssille",
                                "text": "Seuraava kurssi alkaa syksyllä 2027. Voit ilmoittaa kiinnostuksesi jo nyt, niin lähetämme hakuohjeet sinulle ensimmäisten joukossa.",
                                "link_text": "Ilmoita kiinnostuksesi",
                                "page": None,
                                "url": "mailto:info@kokemuskaari.example",
                            },
                        ],
                    ],
                    "partners": [
                        ["partner", {"name": "Sarastus-ammattikorkeakoulu", "url": ""}],
                    ],
                    "evaluation": "<p>Kevään 2026 kurssin aloitti 16 ja suoritti loppuun 14 osallistujaa. Palautekyselyssä kurssin kokonaisarvosana oli 4,6 asteikolla 1–5, ja kaikki vastaajat suosittelisivat kurssia muille.</p><p>Puolen vuoden kuluttua 11 valmistunutta oli tehnyt vähintään yhden toimeksiannon. Palautteen perusteella lisäsimme kurssiin harjoituksia työpajan ohjaamisesta.</p>",
                    "events": [
                        {
                            "title": "Aloituspäivät: oma tarina ja ryhmään tutustuminen",
                            "place": "Jyväskylä, Kokemuskaaren koulutustila",
                            "audience": "Kurssin osallistujat",
                            "description": "Kaksi päivää, joiden aikana osallistujat tutustuvat toisiinsa ja alkavat jäsentää omaa toipumistarinaansa.",
                        },
                        {
                            "title": "Verkkopäivä: kokemuksen jakaminen turvallisesti",
                            "place": "Verkossa (Teams)",
                            "audience": "Kurssin osallistujat",
                            "description": "Pohdimme, mitä omasta elämästä kannattaa kertoa ja mihin vetää raja, jotta kertominen ei kuormita.",
                        },
                        {
                            "title": "Lähipäivä: esiintyminen ja työpajan ohjaaminen",
                            "place": "Jyväskylä, Sarastus-ammattikorkeakoulu",
                            "audience": "Kurssin osallistujat ja ammattikorkeakoulun sosionomiopiskelijat",
                            "description": "Harjoittelemme lyhyitä puheenvuoroja ja saamme palautetta opiskelijoilta, joista tulee tulevaisuudessa työpareja.",
                        },
                        {
                            "title": "Päätöspäivät ja todistusten jako",
                            "place": "Jyväskylä, Kokemuskaaren koulutustila",
                            "audience": "Kurssin osallistujat, heidän läheisensä ja yhteistyökumppanit",
                            "description": "Osallistujat pitävät harjoitusluennon, saavat palautetta ja vastaanottavat todistuksen. Ohjelman päättää yhteinen juhlahetki.",
                        },
                    ],
                },
                "et": {
                    "title": "Kogemuseksperdi koolitus 2026–2027",
                    "slug": "kogemuseksperdi-koolitus",
                    "summary": "Umbes neljakuine koolitus, kus isiklikust taastumiskogemusest saab oskus. Kursuse kogumaht on 52 tundi ja õppekohti on 16.",
                    "body": [
                        ["heading", {"text": "Mida kursusel õpitakse?", "anchor": ""}],
                        [
                            "text",
                            "<p>Kursus on mõeldud inimestele, kelle taastumine on juba mõnda aega püsinud ja kes soovivad oma kogemust teiste heaks kasutada. Kontaktpäevade vahel tehakse väikesi ülesandeid ja kohtutakse väikestes rühmades.</p><ul><li>oma loo mõtestamine ja piiritlemine</li><li>esinemine, loengu pidamine ja suhtlemine</li><li>teenussüsteemi ja arendustöö alused</li><li>paaristöö spetsialistiga</li><li>tasud, lepingud ja enda eest hoolitsemine</li></ul><p>Kursuse edukalt lõpetanud saavad tunnistuse ja nad lisatakse Kokemuskaari ülesannete registrisse.</p>",
                        ],
                        [
                            "quote",
                            {
                                "text": "Kursusel õppisin, et oma lugu tohib piiritleda. Räägin ainult seda, mis kuulajat teenib.",
                                "who": "Jari",
                                "role": "2026. aasta kevadkursuse osaleja",
                            },
                        ],
                        [
                            "call_to_action",
                            {
                                "title": "Kandideeri järgmisele kursusele",
                                "text": "Järgmine kursus algab 2027. aasta sügisel. Andke oma huvist juba praegu teada, siis saadame kandideerimisjuhised teile esimeste seas.",
                                "link_text": "Anna huvist teada",
                                "page": None,
                                "url": "mailto:info@kokemuskaari.example",
                            },
                        ],
                    ],
                    "partners": [
                        ["partner", {"name": "Sarastus-ammattikorkeakoulu", "url": ""}],
                    ],
                    "evaluation": "<p>2026. aasta kevadkursust alustas 16 ja lõpetas 14 osalejat. Tagasisideküsitluses oli kursuse üldhinne 4,6 skaalal 1–5 ning kõik vastajad soovitaksid kursust teistele.</p><p>Pool aastat hiljem oli 11 lõpetanut täitnud vähemalt ühe tellimuse. Tagasiside põhjal lisasime kursusele harjutusi töötoa juhtimiseks.</p>",
                    "events": [
                        {
                            "title": "Avapäevad: oma lugu ja rühmaga tutvumine",
                            "place": "Jyväskylä, Kokemuskaari koolitusruum",
                            "audience": "Kursuse osalejad",
                            "description": "Kaks päeva, mille jooksul osalejad tutvuvad üksteisega ja hakkavad oma taastumislugu mõtestama.",
                        },
                        {
                            "title": "Veebipäev: kuidas jagada kogemust turvaliselt",
                            "place": "Veebis (Teams)",
                            "audience": "Kursuse osalejad",
                            "description": "Arutame, mida oma elust tasub rääkida ja kuhu tõmmata piir, et jagamine ei kurnaks.",
                        },
                        {
                            "title": "Kontaktpäev: esinemine ja töötoa juhtimine",
                            "place": "Jyväskylä, Sarastus-ammattikorkeakoulu",
                            "audience": "Kursuse osalejad ja rakenduskõrgkooli sotsiaaltöö üliõpilased",
                            "description": "Harjutame lühikesi sõnavõtte ja saame tagasisidet üliõpilastelt, kellest saavad tulevikus meie paarilised.",
                        },
                        {
                            "title": "Lõpupäevad ja tunnistuste üleandmine",
                            "place": "Jyväskylä, Kokemuskaari koolitusruum",
                            "audience": "Kursuse osalejad, nende lähedased ja koostööpartnerid",
                            "description": "Osalejad peavad harjutusloengu, saavad tagasisidet ja võtavad vastu tunnistuse. Programmi lõpetab ühine pidulik hetk.",
                        },
                    ],
                },
                "lv": {
                    "title": "Pieredzes ekspertu mācības 2026–2027",
                    "slug": "pieredzes-ekspertu-macibas",
                    "summary": "Aptuveni četrus mēnešus ilgas mācības, kurās personīgā atveseļošanās pieredze kļūst par prasmi. Kursa kopējais apjoms ir 52 stundas, un tajā ir 16 mācību vietas.",
                    "body": [
                        ["heading", {"text": "Ko kursā apgūst?", "anchor": ""}],
                        [
                            "text",
                            "<p>Kurss ir paredzēts cilvēkiem, kuru atveseļošanās jau kādu laiku ir noturīga un kuri vēlas izmantot savu pieredzi citu labā. Starp klātienes dienām dalībnieki pilda nelielus uzdevumus un tiekas mazās grupās.</p><ul><li>sava stāsta izpratne un robežu noteikšana</li><li>uzstāšanās, lekciju vadīšana un saskarsme</li><li>pakalpojumu sistēmas un attīstības darba pamati</li><li>darbs pārī ar speciālistu</li><li>atlīdzība, līgumi un rūpes par sevi</li></ul><p>Sekmīgi pabeidzot kursu, dalībnieki saņem apliecību un tiek iekļauti Kokemuskaari uzdevumu reģistrā.</p>",
                        ],
                        [
                            "quote",
                            {
                                "text": "Kursā iemācījos, ka savu stāstu drīkst ierobežot. Es stāstu tikai to, kas noder klausītājam.",
                                "who": "Jari",
                                "role": "2026. gada pavasara kursa dalībnieks",
                            },
                        ],
                        [
                            "call_to_action",
                            {
                                "title": "Piesakieties nākamajam kursam",
                                "text": "Nākamais kurss sāksies 2027. gada rudenī. Paziņojiet par savu interesi jau tagad, un pieteikšanās norādījumus nosūtīsim jums starp pirmajiem.",
                                "link_text": "Paziņot par interesi",
                                "page": None,
                                "url": "mailto:info@kokemuskaari.example",
                            },
                        ],
                    ],
                    "partners": [
                        ["partner", {"name": "Sarastus-ammattikorkeakoulu", "url": ""}],
                    ],
                    "evaluation": "<p>2026. gada pavasara kursu sāka 16 un pabeidza 14 dalībnieki. Atsauksmju aptaujā kursa kopvērtējums bija 4,6 skalā no 1 līdz 5, un visi respondenti ieteiktu kursu citiem.</p><p>Pēc pusgada 11 absolventi bija izpildījuši vismaz vienu pasūtījumu. Ņemot vērā atsauksmes, kursam pievienojām vingrinājumus darbnīcu vadīšanā.</p>",
                    "events": [
                        {
                            "title": "Atklāšanas dienas: savs stāsts un iepazīšanās ar grupu",
                            "place": "Jiveskile, Kokemuskaari mācību telpa",
                            "audience": "Kursa dalībnieki",
                            "description": "Divas dienas, kuru laikā dalībnieki iepazīst cits citu un sāk izprast savu atveseļošanās stāstu.",
                        },
                        {
                            "title": "Tiešsaistes diena: kā droši dalīties pieredzē",
                            "place": "Tiešsaistē (Teams)",
                            "audience": "Kursa dalībnieki",
                            "description": "Pārrunājam, ko no savas dzīves ir vērts stāstīt un kur novilkt robežu, lai stāstīšana nenogurdinātu.",
                        },
                        {
                            "title": "Klātienes diena: uzstāšanās un darbnīcas vadīšana",
                            "place": "Jiveskile, Sarastus-ammattikorkeakoulu",
                            "audience": "Kursa dalībnieki un augstskolas sociālā darba studenti",
                            "description": "Trenējamies īsās uzstāšanās un saņemam atgriezenisko saiti no studentiem, kas nākotnē būs mūsu darba pāru partneri.",
                        },
                        {
                            "title": "Noslēguma dienas un apliecību pasniegšana",
                            "place": "Jiveskile, Kokemuskaari mācību telpa",
                            "audience": "Kursa dalībnieki, viņu tuvinieki un sadarbības partneri",
                            "description": "Dalībnieki vada mēģinājuma lekciju, saņem atgriezenisko saiti un apliecību. Programmu noslēdz kopīgs svinīgs brīdis.",
                        },
                    ],
                },
                "nb": {
                    "title": "Kurs for erfaringseksperter 2026–2027",
                    "slug": "kurs-for-erfaringseksperter",
                    "summary": "Et kurs over omtrent fire måneder der egen bedringserfaring blir til kompetanse. Kurset har et samlet omfang på 52 timer og 16 studieplasser.",
                    "body": [
                        ["heading", {"text": "Hva lærer du på kurset?", "anchor": ""}],
                        [
                            "text",
                            "<p>Kurset er for personer som har stått stødig i egen bedring en stund, og som ønsker å bruke erfaringen sin til beste for andre. Mellom samlingene gjør deltakerne små oppgaver og møtes i smågrupper.</p><ul><li>å sette ord på og avgrense egen historie</li><li>formidling, foredrag og samhandling</li><li>grunnleggende om tjenesteapparatet og utviklingsarbeid</li><li>arbeid i par med en fagperson</li><li>honorarer, kontrakter og egen helse</li></ul><p>De som fullfører kurset, får kursbevis og blir tatt opp i oppdragsregisteret til Kokemuskaari.</p>",
                        ],
                        [
                            "quote",
                            {
                                "text": "På kurset lærte jeg at jeg har lov til å avgrense historien min. Jeg forteller bare det som er til nytte for tilhørerne.",
                                "who": "Jari",
                                "role": "deltaker på vårkurset 2026",
                            },
                        ],
                        [
                            "call_to_action",
                            {
                                "title": "Søk på neste kurs",
                                "text": "Neste kurs starter høsten 2027. Meld interesse allerede nå, så sender vi deg søknadsinformasjonen blant de første.",
                                "link_text": "Meld interesse",
                                "page": None,
                                "url": "mailto:info@kokemuskaari.example",
                            },
                        ],
                    ],
                    "partners": [
                        ["partner", {"name": "Sarastus-ammattikorkeakoulu", "url": ""}],
                    ],
                    "evaluation": "<p>Vårkurset 2026 ble påbegynt av 16 og fullført av 14 deltakere. I tilbakemeldingsundersøkelsen fikk kurset en samlet karakter på 4,6 på en skala fra 1 til 5, og alle som svarte, ville anbefale kurset til andre.</p><p>Et halvt år senere hadde 11 av dem som fullførte, hatt minst ett oppdrag. På bakgrunn av tilbakemeldingene har vi lagt inn flere øvelser i å lede verksteder.</p>",
                    "events": [
                        {
                            "title": "Oppstartsdager: egen historie og bli kjent med gruppen",
                            "place": "Jyväskylä, kurslokalet til Kokemuskaari",
                            "audience": "Kursdeltakerne",
                            "description": "To dager der deltakerne blir kjent med hverandre og begynner å sette ord på sin egen bedringshistorie.",
                        },
                        {
                            "title": "Nettdag: å dele erfaring på en trygg måte",
                            "place": "På nett (Teams)",
                            "audience": "Kursdeltakerne",
                            "description": "Vi drøfter hva det er verdt å fortelle fra eget liv, og hvor grensen bør gå, slik at det ikke blir en belastning å dele.",
                        },
                        {
                            "title": "Samling: formidling og ledelse av verksteder",
                            "place": "Jyväskylä, Sarastus-ammattikorkeakoulu",
                            "audience": "Kursdeltakerne og sosionomstudenter fra høgskolen",
                            "description": "Vi øver på korte innlegg og får tilbakemelding fra studenter som vi senere kan komme til å arbeide i par med.",
                        },
                        {
                            "title": "Avslutningsdager og utdeling av kursbevis",
                            "place": "Jyväskylä, kurslokalet til Kokemuskaari",
                            "audience": "Kursdeltakerne, deres pårørende og samarbeidspartnere",
                            "description": "Deltakerne holder et øvingsforedrag, får tilbakemelding og mottar kursbevis. Programmet avsluttes med en felles festlig stund.",
                        },
                    ],
                },
            },
        },
    ],
}
