"""Demo stories of Kogemussild: six fictional blog posts in four languages.

Data only: stories/demo.py reads ORGANISATION_KEY, AUTHORS and STORIES.
"""

ORGANISATION_KEY = "ee-peer-counselling"

AUTHORS = [
    {
        "key": "ee-peer-counselling-maris-kask",
        "name": "Maris Kask",
        "photo": True,
        "role": {
            "et": "kogemusnõustaja",
            "fi": "vertaisneuvoja",
            "lv": "pieredzes konsultante",
            "nb": "erfaringsrådgiver",
        },
    },
    {
        "key": "ee-peer-counselling-kristel-parn",
        "name": "Kristel Pärn",
        "photo": True,
        "role": {
            "et": "kogemusnõustaja",
            "fi": "vertaisneuvoja",
            "lv": "pieredzes konsultante",
            "nb": "erfaringsrådgiver",
        },
    },
    {
        "key": "ee-peer-counselling-helen-t",
        "name": "Helen T.",
        "photo": False,
        "role": {
            "et": "kogemusnõustaja väljaõppel",
            "fi": "vertaisneuvojakoulutuksen opiskelija",
            "lv": "pieredzes konsultantu apmācību dalībniece",
            "nb": "erfaringsrådgiver under opplæring",
        },
    },
    {
        "key": "ee-peer-counselling-kadri-mets",
        "name": "Kadri Mets",
        "photo": False,
        "role": {
            "et": "koordinaator",
            "fi": "koordinaattori",
            "lv": "koordinatore",
            "nb": "koordinator",
        },
    },
]

STORIES = [
    # 1 ------------------------------------------------------------------------------------------
    {
        "key": "ee-peer-counselling-esimene-aasta",
        "slug": "minu-esimene-aasta-kogemusnoustajana",
        "author": "ee-peer-counselling-maris-kask",
        "date": "2025-02-18",
        "topics": ["topic-peer-support", "topic-recovery"],
        "related": [],
        "hero_colour": "#2f5d7c",
        "content": {
            "et": {
                "title": "Mida õppisin oma esimesel aastal kogemusnõustajana",
                "lead": (
                    "Aasta tagasi istusin esimest korda nõustaja toolil ja kartsin, et minu lugu ei ole kellelegi "
                    "vajalik. Nüüd tean, et kõige olulisem töö juhtub siis, kui ma ise vähem räägin."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Kui ma eelmise aasta veebruaris Kogemussillas oma esimese kohtumise kokku leppisin, olid "
                        "mu peopesad higised nagu enne eksamit. Olin väljaõppe läbinud, kovisioonis käinud ja oma loo "
                        "mitu korda paberile pannud. Ometi tundus, et kõik see võib ukse taga kaduda, kui vastas istub "
                        "päris inimene oma päris murega.</p>"
                        "<p>Esimene külastaja oli minuealine naine, kes oli pool aastat kodus olnud ega osanud öelda, "
                        "kas ta üldse tahab kunagi tööle tagasi minna. Tundsin tema väsimuse kohe ära. Just seepärast "
                        "oleksin tahtnud talle kohe kõike rääkida: kuidas mina oma tee leidsin, mis aitas ja mis mitte. "
                        "Õnneks meenus mulle õigel ajal koolitaja lause, et minu lugu on tööriist, mitte kohtumise "
                        "peateema. Jäin vait ja lasin tal rääkida.</p>"
                        "<p>Tunni lõpuks oli ta ise jõudnud mõtteni, et alustuseks võiks ta iga päev korra õue minna ja järgmisel nädalal helistada endisele kolleegile, kellega oli kunagi hästi läbi saanud. See ei olnud suur plaan, aga see oli tema plaan. Kui ta kolm nädalat hiljem tagasi tuli, ütles ta, et oli teinud mõlemat ja et kolleeg oli kutsunud ta kohvile. Mina olin sel hetkel vist rohkem rõõmus kui tema ise.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Mulle ei antud nõu. Mulle anti luba oma tempos edasi minna, ja just seda oli mul kõige "
                            "rohkem vaja."
                        ),
                        "who": "Tiina",
                        "role": "nõustamisel käija",
                    }],
                    ["heading", {"text": "Mida ma selle aasta jooksul õppisin", "anchor": ""}],
                    ["text", (
                        "<p>Aasta lõpus kirjutasin üles mõned tähelepanekud, mis on mu tööd kõige rohkem muutnud:</p>"
                        "<ul>"
                        "<li>Vaikus ei ole viga. Kui lasen pausil kesta, ütleb inimene sageli just selle, mille pärast "
                        "ta tuli.</li>"
                        "<li>Oma loost piisab tavaliselt ühest lõigust. Jagan seda, mis aitab teisel oma olukorda "
                        "selgemalt näha, ja jätan ülejäänu endale.</li>"
                        "<li>Väike samm on päris samm. Tegevuskava, kus on kirjas üks jalutuskäik ja üks telefonikõne, "
                        "on parem kui pikk nimekiri, mis jääb sahtlisse.</li>"
                        "<li>Tagasilöökidest tuleb rääkida. Kui keegi tuleb teisele kohtumisele ja ütleb, et miski ei "
                        "õnnestunud, on see hea märk: ta julges tagasi tulla.</li>"
                        "</ul>"
                    )],
                    ["heading", {"text": "Kes hoiab nõustajat?", "anchor": ""}],
                    ["text", (
                        "<p>Kõige rohkem üllatas mind see, kui palju vajan ma ise tuge. Mõni kohtumine tõi mu vanad "
                        "mälestused nii lähedale, et pidin õhtul pikalt jalutama, enne kui uni tuli. Kovisioonigrupp, "
                        "mis kohtub kord kuus, ei ole meie jaoks formaalsus. Seal saan öelda, et mõni vestlus läks mulle "
                        "hinge, ja kuulda, kuidas kolleegid sarnaste olukordadega toime tulevad. Õppisin ka seda, et pärast rasket kohtumist ei pea ma kohe järgmist inimest vastu võtma. Nüüd jätan kohtumiste vahele alati pool tundi, et teed juua ja mõtted korda seada.</p>"
                        "<p>Teist aastat alustan rahulikuma südamega. Ma ei pea olema eeskuju, kes on kõigest jäljetult "
                        "üle saanud. Piisab, kui olen inimene, kes on sellel teel veidi kauem käinud ja oskab teise "
                        "kõrval kõndida.</p>"
                    )],
                ],
            },
            "fi": {
                "title": "Mitä opin ensimmäisenä vuotenani vertaisneuvojana",
                "lead": (
                    "Vuosi sitten istuin ensimmäistä kertaa neuvojan tuolilla ja pelkäsin, ettei tarinaani tarvitse "
                    "kukaan. Nyt tiedän, että tärkein työ tapahtuu silloin, kun itse puhun vähemmän."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Kun sovin viime vuoden helmikuussa ensimmäisen tapaamiseni Kogemussildissa, kämmeneni "
                        "hikoilivat kuin ennen tenttiä. Olin käynyt koulutuksen, osallistunut kollegiaaliseen "
                        "työnohjaukseen ja kirjoittanut tarinani monta kertaa paperille. Silti tuntui, että kaikki se "
                        "voisi kadota oven takana, kun vastapäätä istuu oikea ihminen oikean huolensa kanssa.</p>"
                        "<p>Ensimmäinen asiakas oli ikäiseni nainen, joka oli ollut puoli vuotta kotona eikä osannut "
                        "sanoa, haluaako hän ylipäätään koskaan palata töihin. Tunnistin hänen väsymyksensä heti. Juuri "
                        "siksi olisin halunnut kertoa hänelle saman tien kaiken: miten itse löysin tieni, mikä auttoi ja "
                        "mikä ei. Onneksi muistin ajoissa kouluttajan sanat: tarinani on työväline, ei tapaamisen "
                        "pääaihe. Olin hiljaa ja annoin hänen puhua.</p>"
                        "<p>Tunnin loppuun mennessä hän oli itse päätynyt ajatukseen, että aluksi hän voisi käydä joka päivä kerran ulkona ja soittaa seuraavalla viikolla entiselle työtoverille, jonka kanssa oli aikoinaan tullut hyvin toimeen. Se ei ollut suuri suunnitelma, mutta se oli hänen oma suunnitelmansa. Kun hän tuli kolmen viikon päästä takaisin, hän kertoi tehneensä molemmat ja työtoverin kutsuneen hänet kahville. Taisin olla sillä hetkellä iloisempi kuin hän itse.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Minulle ei annettu neuvoja. Minulle annettiin lupa edetä omaan tahtiini, ja juuri sitä "
                            "tarvitsin eniten."
                        ),
                        "who": "Tiina",
                        "role": "neuvonnan asiakas",
                    }],
                    ["heading", {"text": "Mitä opin tämän vuoden aikana", "anchor": ""}],
                    ["text", (
                        "<p>Vuoden lopussa kirjoitin ylös muutamia havaintoja, jotka ovat muuttaneet työtäni "
                        "eniten:</p>"
                        "<ul>"
                        "<li>Hiljaisuus ei ole virhe. Kun annan tauon jatkua, ihminen sanoo usein juuri sen, minkä "
                        "vuoksi hän tuli.</li>"
                        "<li>Omasta tarinasta riittää yleensä yksi kappale. Kerron sen, mikä auttaa toista näkemään "
                        "oman tilanteensa selkeämmin, ja pidän loput itselläni.</li>"
                        "<li>Pieni askel on oikea askel. Toimintasuunnitelma, johon on kirjattu yksi kävelylenkki ja "
                        "yksi puhelu, on parempi kuin pitkä lista, joka jää laatikkoon.</li>"
                        "<li>Takaiskuista pitää puhua. Jos joku tulee toiseen tapaamiseen ja sanoo, ettei mikään "
                        "onnistunut, se on hyvä merkki: hän uskalsi tulla takaisin.</li>"
                        "</ul>"
                    )],
                    ["heading", {"text": "Kuka pitää huolta neuvojasta?", "anchor": ""}],
                    ["text", (
                        "<p>Eniten minua yllätti se, kuinka paljon tarvitsen itse tukea. Jotkin tapaamiset toivat vanhat "
                        "muistoni niin lähelle, että jouduin illalla kävelemään pitkään ennen kuin sain unta. Kerran "
                        "kuussa kokoontuva työnohjausryhmä ei ole meille muodollisuus. Siellä voin sanoa, että jokin "
                        "keskustelu kävi sydämelle, ja kuulla, miten kollegat selviävät samankaltaisista "
                        "tilanteista. Opin myös, ettei minun tarvitse raskaan tapaamisen jälkeen ottaa heti vastaan seuraavaa ihmistä. Nykyään jätän tapaamisten väliin aina puoli tuntia, jotta ehdin juoda teetä ja järjestellä ajatukseni.</p>"
                        "<p>Toisen vuoden aloitan rauhallisemmin mielin. Minun ei tarvitse olla esikuva, joka on päässyt "
                        "kaikesta yli jälkiä jättämättä. Riittää, että olen ihminen, joka on kulkenut tätä tietä vähän "
                        "pidempään ja osaa kävellä toisen rinnalla.</p>"
                    )],
                ],
            },
            "lv": {
                "title": "Ko es iemācījos savā pirmajā pieredzes konsultantes darba gadā",
                "lead": (
                    "Pirms gada es pirmo reizi apsēdos konsultantes krēslā un baidījos, ka mans stāsts nevienam nav "
                    "vajadzīgs. Tagad zinu, ka svarīgākais darbs notiek tad, kad es pati runāju mazāk."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Kad pagājušā gada februārī praksē „Kogemussild” norunāju savu pirmo tikšanos, manas plaukstas "
                        "svīda kā pirms eksāmena. Biju pabeigusi apmācību, piedalījusies kovīzijā un vairākkārt "
                        "uzrakstījusi savu stāstu uz papīra. Tomēr šķita, ka tas viss var pazust aiz durvīm, kad pretī "
                        "sēž īsts cilvēks ar savām īstajām raizēm.</p>"
                        "<p>Pirmā apmeklētāja bija manā vecumā esoša sieviete, kura pusgadu bija pavadījusi mājās un "
                        "nespēja pateikt, vai vispār kādreiz vēlas atgriezties darbā. Viņas nogurumu es atpazinu uzreiz. "
                        "Tieši tāpēc man gribējās nekavējoties izstāstīt viņai visu: kā es atradu savu ceļu, kas "
                        "palīdzēja un kas ne. Par laimi, laikus atcerējos apmācītājas teikto, ka mans stāsts ir darba "
                        "instruments, nevis tikšanās galvenā tēma. Es apklusu un ļāvu runāt viņai.</p>"
                        "<p>Līdz stundas beigām viņa pati nonāca pie domas, ka sākumā varētu katru dienu vienu reizi iziet ārā un nākamajā nedēļā piezvanīt bijušajai kolēģei, ar kuru savulaik labi sapratās. Tas nebija liels plāns, bet tas bija viņas plāns. Kad pēc trim nedēļām viņa atnāca atkal, viņa pastāstīja, ka izdarījusi abus un kolēģe esot uzaicinājusi viņu uz kafiju. Es tajā brīdī laikam priecājos vairāk nekā viņa pati.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Man nedeva padomus. Man deva atļauju virzīties uz priekšu savā tempā, un tieši to man "
                            "vajadzēja visvairāk."
                        ),
                        "who": "Tiina",
                        "role": "konsultāciju apmeklētāja",
                    }],
                    ["heading", {"text": "Ko es iemācījos šī gada laikā", "anchor": ""}],
                    ["text", (
                        "<p>Gada beigās pierakstīju dažus novērojumus, kas visvairāk mainījuši manu darbu:</p>"
                        "<ul>"
                        "<li>Klusums nav kļūda. Ja ļauju pauzei ieilgt, cilvēks bieži pasaka tieši to, kā dēļ viņš "
                        "atnāca.</li>"
                        "<li>No sava stāsta parasti pietiek ar vienu rindkopu. Dalos ar to, kas palīdz otram skaidrāk "
                        "ieraudzīt savu situāciju, un pārējo paturu pie sevis.</li>"
                        "<li>Mazs solis ir īsts solis. Rīcības plāns, kurā ierakstīta viena pastaiga un viens telefona "
                        "zvans, ir labāks par garu sarakstu, kas paliek atvilktnē.</li>"
                        "<li>Par neveiksmēm ir jārunā. Ja kāds atnāk uz otro tikšanos un saka, ka nekas neizdevās, tā "
                        "ir laba zīme: viņš uzdrošinājās atgriezties.</li>"
                        "</ul>"
                    )],
                    ["heading", {"text": "Kas atbalsta konsultantu?", "anchor": ""}],
                    ["text", (
                        "<p>Visvairāk mani pārsteidza tas, cik ļoti atbalsts vajadzīgs man pašai. Dažas tikšanās manas "
                        "vecās atmiņas atnesa tik tuvu, ka vakarā bija ilgi jāstaigā, pirms nāca miegs. Kovīzijas grupa, "
                        "kas tiekas reizi mēnesī, mums nav formalitāte. Tur varu pateikt, ka kāda saruna mani dziļi "
                        "aizkustināja, un uzzināt, kā kolēģi tiek galā ar līdzīgām situācijām. Iemācījos arī to, ka pēc smagas tikšanās man nav uzreiz jāpieņem nākamais cilvēks. Tagad starp tikšanās reizēm vienmēr atstāju pusstundu, lai iedzertu tēju un sakārtotu domas.</p>"
                        "<p>Otro gadu sāku ar mierīgāku sirdi. Man nav jābūt paraugam, kas visu pārvarējis bez pēdām. "
                        "Pietiek, ja esmu cilvēks, kurš pa šo ceļu iet nedaudz ilgāk un prot iet otram blakus.</p>"
                    )],
                ],
            },
            "nb": {
                "title": "Dette lærte jeg mitt første år som erfaringsrådgiver",
                "lead": (
                    "For et år siden satt jeg for første gang i rådgiverstolen og var redd for at ingen trengte "
                    "historien min. Nå vet jeg at det viktigste arbeidet skjer når jeg selv snakker mindre."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Da jeg avtalte min første samtale hos Kogemussild i februar i fjor, var håndflatene mine "
                        "svette som før en eksamen. Jeg hadde fullført opplæringen, vært med på kollegaveiledning og "
                        "skrevet ned historien min flere ganger. Likevel føltes det som om alt dette kunne forsvinne "
                        "utenfor døra når det satt et virkelig menneske med en virkelig bekymring foran meg.</p>"
                        "<p>Den første som kom, var en kvinne på min alder som hadde vært hjemme i et halvt år og ikke "
                        "kunne si om hun i det hele tatt ville tilbake i jobb en gang. Jeg kjente igjen trettheten hennes "
                        "med en gang. Nettopp derfor hadde jeg lyst til å fortelle henne alt på stedet: hvordan jeg fant "
                        "min vei, hva som hjalp og hva som ikke gjorde det. Heldigvis husket jeg i tide det kurslederen "
                        "hadde sagt, at historien min er et verktøy og ikke hovedtemaet i samtalen. Jeg tidde og lot "
                        "henne snakke.</p>"
                        "<p>Mot slutten av timen hadde hun selv kommet fram til at hun til å begynne med kunne gå ut én gang hver dag og neste uke ringe en tidligere kollega hun alltid hadde kommet godt overens med. Det var ingen stor plan, men det var hennes plan. Da hun kom tilbake tre uker senere, fortalte hun at hun hadde gjort begge deler, og at kollegaen hadde invitert henne på kaffe. Jeg tror jeg var enda gladere enn hun selv i det øyeblikket.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Jeg fikk ingen råd. Jeg fikk lov til å gå videre i mitt eget tempo, og det var akkurat "
                            "det jeg trengte mest."
                        ),
                        "who": "Tiina",
                        "role": "rådsøker",
                    }],
                    ["heading", {"text": "Dette lærte jeg i løpet av året", "anchor": ""}],
                    ["text", (
                        "<p>På slutten av året skrev jeg ned noen observasjoner som har forandret arbeidet mitt "
                        "mest:</p>"
                        "<ul>"
                        "<li>Stillhet er ikke en feil. Når jeg lar pausen vare, sier folk ofte akkurat det de kom for å "
                        "si.</li>"
                        "<li>Av min egen historie holder det som regel med ett avsnitt. Jeg deler det som hjelper den "
                        "andre å se sin egen situasjon klarere, og beholder resten for meg selv.</li>"
                        "<li>Et lite steg er et ekte steg. En plan med én gåtur og én telefonsamtale er bedre enn en lang "
                        "liste som blir liggende i skuffen.</li>"
                        "<li>Tilbakeslag må vi snakke om. Når noen kommer til den andre samtalen og sier at ingenting "
                        "gikk, er det et godt tegn: Vedkommende turte å komme tilbake.</li>"
                        "</ul>"
                    )],
                    ["heading", {"text": "Hvem tar vare på rådgiveren?", "anchor": ""}],
                    ["text", (
                        "<p>Det som overrasket meg mest, var hvor mye støtte jeg trenger selv. Noen samtaler førte gamle "
                        "minner så tett inntil meg at jeg måtte gå lange turer om kvelden før søvnen kom. "
                        "Veiledningsgruppen som møtes én gang i måneden, er ingen formalitet for oss. Der kan jeg si at "
                        "en samtale gikk innpå meg, og høre hvordan kollegene takler lignende situasjoner. Jeg har også lært at jeg ikke må ta imot neste person rett etter en tung samtale. Nå setter jeg alltid av en halvtime mellom samtalene til en kopp te og til å samle tankene.</p>"
                        "<p>Det andre året begynner jeg med roligere sinn. Jeg trenger ikke være et forbilde som har "
                        "kommet seg gjennom alt uten merker. Det holder at jeg er et menneske som har gått denne veien "
                        "litt lenger og kan gå ved siden av en annen.</p>"
                    )],
                ],
            },
        },
    },
    # 2 ------------------------------------------------------------------------------------------
    {
        "key": "ee-peer-counselling-valjaoppe-paevik",
        "slug": "valjaoppe-paevik",
        "author": "ee-peer-counselling-helen-t",
        "date": "2025-05-07",
        "topics": ["topic-training", "topic-recovery"],
        "related": ["ee-peer-counselling-esimene-aasta"],
        "hero_colour": "#5b6e4f",
        "content": {
            "et": {
                "title": "Väljaõppe päevik: kolm kuud teel kogemusnõustajaks",
                "lead": (
                    "Kevadel alustasin MTÜ Kaaslaste Ringi kogemusnõustajate väljaõppega. Panin kolme kuu jooksul "
                    "kirja, mis mind üllatas, mis oli raske ja miks tahtsin vahepeal pooleli jätta."
                ),
                "content_notes": "Mainib aastaid kestnud ainete tarvitamist.",
                "body": [
                    ["text", (
                        "<p>Minu taastumise algusest on möödas kuus aastat. Enne seda olid aastad, mil ainete "
                        "tarvitamine otsustas, kellega ma suhtlen, kus ma elan ja kas ma jõuan hommikul tööle. Kui "
                        "kuulsin, et Kaaslaste Ring otsib uusi õppijaid, mõtlesin terve nädala, kas mul on üldse õigus "
                        "kandideerida. Lõpuks saatsin avalduse südaöösel, et ei jõuaks enam ümber mõelda.</p>"
                        "<p>Väljaõpe kestab neli kuud: kord nädalas õppepäev Tartus, vahepeal kodused ülesanded ja iga "
                        "kuu lõpus praktika Kogemussillas kogenud nõustaja kõrval. Siin on mõned lehed minu "
                        "päevikust.</p>"
                    )],
                    ["heading", {"text": "Märts: oma loo lahtiharutamine", "anchor": ""}],
                    ["text", (
                        "<p>Esimestel nädalatel joonistasime paberile oma elukaare. Mina tegin seda kolm korda, sest "
                        "esimene versioon meenutas ametlikku aruannet ja teine oli liiga valus. Koolitaja küsis, milline "
                        "osa minu loost võiks kedagi teist aidata. See küsimus muutis kõike: ma ei pea jutustama kõike, "
                        "vaid võin valida.</p>"
                        "<p>Meie rühmas on kaksteist väga erineva taustaga inimest. Ühel on selja taga lein, teisel "
                        "võlad, kolmandal kodutud talved. Imestasin, kui sarnased on meie lugude pöördepunktid: peaaegu "
                        "igaühe teel oli keegi, kes temast ei loobunud.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Teie kogemus on väärtuslik, kuid professionaaliks teeb teid oskus kasutada seda teise "
                            "inimese huvides."
                        ),
                        "who": "Aili Roosmaa",
                        "role": "väljaõppe koolitaja",
                    }],
                    ["heading", {"text": "Aprill: esimene praktika", "anchor": ""}],
                    ["text", (
                        "<p>Esimesel praktikapäeval istusin kliendi loal Liis R.-i kõrval videokohtumisel ja tohtisin "
                        "ainult kuulata. Pärast küsis ta, mida ma märkasin. Olin täis kirjutanud terve lehekülje, aga "
                        "kõige olulisem oli üks rida: nõustaja ei kiirustanud kordagi.</p>"
                        "<p>Teisel praktikapäeval juhtisin vestlust ise. Pärast panin kirja, mida järgmisel korral "
                        "teisiti teen:</p>"
                        "<ul>"
                        "<li>küsin enne, kui oma kogemust jagan;</li>"
                        "<li>ei paku lahendust, kui inimene pole seda palunud;</li>"
                        "<li>lõpetan kohtumise kokkuvõttega, mitte uue teemaga.</li>"
                        "</ul>"
                    )],
                    ["heading", {"text": "Mai: miks ma jätkan", "anchor": ""}],
                    ["text", (
                        "<p>Aprilli lõpus oli nädal, mil tahtsin kõik pooleli jätta. Üks harjutus tõi meelde asju, "
                        "millele ma polnud aastaid mõelnud, ja mitu ööd magasin halvasti. Rääkisin sellest kovisioonis "
                        "ja sain aru, et see ei ole nõrkuse märk, vaid osa tööst. Nõustaja peab teadma, kus on tema enda "
                        "valukohad.</p>"
                        "<p>Kovisioonis ütles üks kaasõppija midagi, mis jäi mulle meelde: kogemusnõustaja ei pea olema kõigega valmis, ta peab olema ausalt teel. Sain aru, et ma ei pea oma halbu öid varjama. Pigem aitavad need mul tulevikus paremini mõista inimest, kelle jaoks iga päev on veel võitlus. Panin päevikusse kirja ka selle, mis mind neil päevil aitas: hommikused jalutuskäigud koeraga, telefonikõne õele ja teadmine, et järgmisel õppepäeval ootab mind rühm, kes ei imestaks, kui ma räägiksin ausalt.</p>"
                        "<p>Nüüd on jäänud viimane kuu. Ma ei tea veel, kas hakkan inimestega kohtuma telefoni teel või "
                        "kohapeal, aga tean, et tahan olla see inimene, keda ma omal ajal ise otsisin.</p>"
                    )],
                ],
            },
            "fi": {
                "title": "Koulutuspäiväkirja: kolme kuukautta matkalla vertaisneuvojaksi",
                "lead": (
                    "Keväällä aloitin MTÜ Kaaslaste Ringin vertaisneuvojakoulutuksen. Kirjasin kolmen kuukauden ajan "
                    "ylös, mikä yllätti, mikä oli vaikeaa ja miksi välillä teki mieli lopettaa kesken."
                ),
                "content_notes": "Mainitsee vuosia jatkuneen päihteidenkäytön.",
                "body": [
                    ["text", (
                        "<p>Toipumiseni alusta on kulunut kuusi vuotta. Sitä ennen oli vuosia, jolloin päihteet "
                        "ratkaisivat, kenen kanssa olin tekemisissä, missä asuin ja jaksoinko aamulla töihin. Kun kuulin, "
                        "että Kaaslaste Ring etsii uusia opiskelijoita, mietin kokonaisen viikon, onko minulla edes "
                        "oikeutta hakea. Lopulta lähetin hakemuksen keskellä yötä, etten ehtisi enää muuttaa "
                        "mieltäni.</p>"
                        "<p>Koulutus kestää neljä kuukautta: kerran viikossa opintopäivä Tartossa, välillä kotitehtäviä "
                        "ja jokaisen kuukauden lopussa harjoittelu Kogemussildissa kokeneen neuvojan rinnalla. Tässä "
                        "muutama sivu päiväkirjastani.</p>"
                    )],
                    ["heading", {"text": "Maaliskuu: oman tarinan purkaminen", "anchor": ""}],
                    ["text", (
                        "<p>Ensimmäisinä viikkoina piirsimme paperille oman elämänkaaremme. Minä tein sen kolme kertaa, "
                        "koska ensimmäinen versio muistutti virallista raporttia ja toinen oli liian kipeä. Kouluttaja "
                        "kysyi, mikä osa tarinastani voisi auttaa jotakuta toista. Kysymys muutti kaiken: minun ei "
                        "tarvitse kertoa kaikkea, vaan saan valita.</p>"
                        "<p>Ryhmässämme on kaksitoista hyvin erilaisista taustoista tulevaa ihmistä. Yhdellä on takanaan "
                        "suru, toisella velat, kolmannella asunnottomat talvet. Ihmettelin, miten samankaltaisia "
                        "tarinoidemme käännekohdat ovat: lähes jokaisen matkalla oli joku, joka ei luopunut "
                        "hänestä.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Kokemuksenne on arvokas, mutta ammattilaisen teistä tekee taito käyttää sitä toisen "
                            "ihmisen hyväksi."
                        ),
                        "who": "Aili Roosmaa",
                        "role": "koulutuksen kouluttaja",
                    }],
                    ["heading", {"text": "Huhtikuu: ensimmäinen harjoittelu", "anchor": ""}],
                    ["text", (
                        "<p>Ensimmäisenä harjoittelupäivänä istuin asiakkaan luvalla Liis R.:n vieressä "
                        "videotapaamisessa ja sain vain kuunnella. Jälkeenpäin hän kysyi, mitä huomasin. Olin "
                        "kirjoittanut täyteen kokonaisen sivun, mutta tärkein oli yksi rivi: neuvoja ei kertaakaan "
                        "kiirehtinyt.</p>"
                        "<p>Toisena harjoittelupäivänä ohjasin keskustelua itse. Sen jälkeen kirjoitin ylös, mitä teen "
                        "ensi kerralla toisin:</p>"
                        "<ul>"
                        "<li>kysyn ennen kuin kerron omasta kokemuksestani;</li>"
                        "<li>en tarjoa ratkaisua, jos ihminen ei ole sitä pyytänyt;</li>"
                        "<li>lopetan tapaamisen yhteenvetoon enkä uuteen aiheeseen.</li>"
                        "</ul>"
                    )],
                    ["heading", {"text": "Toukokuu: miksi jatkan", "anchor": ""}],
                    ["text", (
                        "<p>Huhtikuun lopussa oli viikko, jolloin halusin lopettaa kaiken kesken. Eräs harjoitus toi "
                        "mieleen asioita, joita en ollut ajatellut vuosiin, ja nukuin monta yötä huonosti. Puhuin siitä "
                        "työnohjausryhmässä ja ymmärsin, ettei se ole heikkouden merkki vaan osa työtä. Neuvojan on "
                        "tiedettävä, missä hänen omat kipukohtansa ovat.</p>"
                        "<p>Työnohjauksessa eräs opiskelutoveri sanoi jotain, mikä jäi mieleeni: vertaisneuvojan ei tarvitse olla valmis kaiken kanssa, hänen pitää olla rehellisesti matkalla. Ymmärsin, ettei minun tarvitse salata huonoja öitäni. Pikemminkin ne auttavat minua tulevaisuudessa ymmärtämään paremmin ihmistä, jolle jokainen päivä on vielä taistelua. Kirjoitin päiväkirjaan myös sen, mikä minua noina päivinä auttoi: aamukävelyt koiran kanssa, puhelu siskolle ja tieto siitä, että seuraavana opintopäivänä minua odottaa ryhmä, joka ei ihmettelisi, vaikka puhuisin suoraan.</p>"
                        "<p>Nyt jäljellä on viimeinen kuukausi. En vielä tiedä, alanko tavata ihmisiä puhelimitse vai "
                        "kasvokkain, mutta tiedän haluavani olla se ihminen, jota itse aikoinani etsin.</p>"
                    )],
                ],
            },
            "lv": {
                "title": "Apmācību dienasgrāmata: trīs mēneši ceļā uz pieredzes konsultantes darbu",
                "lead": (
                    "Pavasarī sāku pieredzes konsultantu apmācību biedrībā „Kaaslaste Ring”. Trīs mēnešus pierakstīju, "
                    "kas mani pārsteidza, kas bija grūti un kāpēc brīžiem gribējās visu pamest."
                ),
                "content_notes": "Pieminēta gadiem ilga vielu lietošana.",
                "body": [
                    ["text", (
                        "<p>Kopš mana atveseļošanās ceļa sākuma pagājuši seši gadi. Pirms tam bija gadi, kad vielu "
                        "lietošana noteica, ar ko es satiekos, kur dzīvoju un vai no rīta aizkļūstu līdz darbam. Kad "
                        "uzzināju, ka „Kaaslaste Ring” meklē jaunus dalībniekus, veselu nedēļu domāju, vai man vispār ir "
                        "tiesības pieteikties. Beigās pieteikumu nosūtīju nakts vidū, lai nepaspētu pārdomāt.</p>"
                        "<p>Apmācība ilgst četrus mēnešus: reizi nedēļā mācību diena Tartu, starplaikā mājasdarbi un "
                        "katra mēneša beigās prakse „Kogemussild” pie pieredzējušas konsultantes. Šeit ir dažas "
                        "lappuses no manas dienasgrāmatas.</p>"
                    )],
                    ["heading", {"text": "Marts: sava stāsta izšķetināšana", "anchor": ""}],
                    ["text", (
                        "<p>Pirmajās nedēļās zīmējām uz papīra savu dzīves līkni. Es to darīju trīs reizes, jo pirmā "
                        "versija atgādināja oficiālu atskaiti, bet otrā bija pārāk sāpīga. Apmācītāja jautāja, kura "
                        "mana stāsta daļa varētu palīdzēt kādam citam. Šis jautājums mainīja visu: man nav jāizstāsta "
                        "viss, es drīkstu izvēlēties.</p>"
                        "<p>Mūsu grupā ir divpadsmit cilvēku ar ļoti atšķirīgu pieredzi. Vienam aiz muguras ir sēras, "
                        "citam parādi, vēl kādam ziemas bez pajumtes. Brīnījos, cik līdzīgi ir mūsu stāstu pagrieziena "
                        "punkti: gandrīz katra ceļā bija kāds, kurš no viņa neatteicās.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Jūsu pieredze ir vērtīga, taču par profesionāli jūs padara prasme to izmantot otra "
                            "cilvēka labā."
                        ),
                        "who": "Aili Roosmaa",
                        "role": "apmācību vadītāja",
                    }],
                    ["heading", {"text": "Aprīlis: pirmā prakse", "anchor": ""}],
                    ["text", (
                        "<p>Pirmajā prakses dienā ar klienta atļauju sēdēju blakus Liisai R. video tikšanās laikā un "
                        "drīkstēju tikai klausīties. Pēc tam viņa jautāja, ko es pamanīju. Biju aprakstījusi veselu "
                        "lappusi, bet svarīgākā bija viena rinda: konsultante ne reizi nesteidzās.</p>"
                        "<p>Otrajā prakses dienā sarunu vadīju pati. Pēc tam pierakstīju, ko nākamreiz darīšu "
                        "citādi:</p>"
                        "<ul>"
                        "<li>jautāšu, pirms dalīšos ar savu pieredzi;</li>"
                        "<li>nepiedāvāšu risinājumu, ja cilvēks to nav lūdzis;</li>"
                        "<li>tikšanos beigšu ar kopsavilkumu, nevis ar jaunu tēmu.</li>"
                        "</ul>"
                    )],
                    ["heading", {"text": "Maijs: kāpēc turpinu", "anchor": ""}],
                    ["text", (
                        "<p>Aprīļa beigās bija nedēļa, kad gribēju visu pamest. Kāds vingrinājums atsauca atmiņā lietas, "
                        "par kurām nebiju domājusi gadiem, un vairākas naktis slikti gulēju. Pastāstīju par to kovīzijā "
                        "un sapratu, ka tā nav vājuma pazīme, bet daļa no darba. Konsultantam jāzina, kur ir viņa paša "
                        "sāpīgās vietas.</p>"
                        "<p>Kovīzijā kāda kursabiedrene pateica kaut ko, kas man palika prātā: pieredzes konsultantam nav jābūt visu jau atrisinājušam, viņam jābūt godīgi ceļā. Sapratu, ka savas sliktās naktis man nav jāslēpj. Drīzāk nākotnē tās man palīdzēs labāk saprast cilvēku, kuram katra diena vēl ir cīņa. Dienasgrāmatā ierakstīju arī to, kas mani tajās dienās turēja: rīta pastaigas ar suni, zvans māsai un apziņa, ka nākamajā mācību dienā mani gaida grupa, kas nebrīnītos, ja es runātu atklāti.</p>"
                        "<p>Tagad atlicis pēdējais mēnesis. Vēl nezinu, vai sākšu tikties ar cilvēkiem pa tālruni vai "
                        "klātienē, bet zinu, ka gribu būt tas cilvēks, kuru savulaik meklēju pati.</p>"
                    )],
                ],
            },
            "nb": {
                "title": "Opplæringsdagbok: tre måneder på vei mot å bli erfaringsrådgiver",
                "lead": (
                    "I vår begynte jeg på opplæringen for erfaringsrådgivere hos MTÜ Kaaslaste Ring. I tre måneder "
                    "skrev jeg ned hva som overrasket meg, hva som var vanskelig, og hvorfor jeg innimellom hadde lyst "
                    "til å gi opp."
                ),
                "content_notes": "Nevner mange års rusbruk.",
                "body": [
                    ["text", (
                        "<p>Det er seks år siden bedringen min begynte. Før det kom år der rusen bestemte hvem jeg "
                        "omgikks, hvor jeg bodde og om jeg kom meg på jobb om morgenen. Da jeg hørte at Kaaslaste Ring "
                        "søkte nye deltakere, grublet jeg en hel uke på om jeg i det hele tatt hadde rett til å søke. "
                        "Til slutt sendte jeg søknaden midt på natta, så jeg ikke skulle rekke å ombestemme meg.</p>"
                        "<p>Opplæringen varer i fire måneder: en kursdag i Tartu hver uke, hjemmeoppgaver innimellom og "
                        "praksis hos Kogemussild sammen med en erfaren rådgiver på slutten av hver måned. Her er noen "
                        "sider fra dagboka mi.</p>"
                    )],
                    ["heading", {"text": "Mars: å nøste opp min egen historie", "anchor": ""}],
                    ["text", (
                        "<p>De første ukene tegnet vi livslinjen vår på papir. Jeg gjorde det tre ganger, for den første "
                        "versjonen lignet en offentlig rapport og den andre var for vond. Kurslederen spurte hvilken del "
                        "av historien min som kunne hjelpe noen andre. Det spørsmålet forandret alt: Jeg trenger ikke "
                        "fortelle alt, jeg kan velge.</p>"
                        "<p>I gruppen vår er det tolv mennesker med svært ulik bakgrunn. En har sorg bak seg, en annen "
                        "gjeld, en tredje vintre uten bolig. Jeg ble overrasket over hvor like vendepunktene i "
                        "historiene våre er: Nesten alle hadde møtt noen som ikke ga dem opp.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Erfaringen deres er verdifull, men det som gjør dere profesjonelle, er evnen til å bruke "
                            "den til beste for et annet menneske."
                        ),
                        "who": "Aili Roosmaa",
                        "role": "kursleder",
                    }],
                    ["heading", {"text": "April: min første praksis", "anchor": ""}],
                    ["text", (
                        "<p>Den første praksisdagen satt jeg, med klientens tillatelse, ved siden av Liis R. i en "
                        "videosamtale og fikk bare lytte. Etterpå spurte hun hva jeg hadde lagt merke til. Jeg hadde "
                        "fylt en hel side, men det viktigste var én linje: Rådgiveren hadde ikke hastverk en eneste "
                        "gang.</p>"
                        "<p>Den andre praksisdagen ledet jeg samtalen selv. Etterpå skrev jeg ned hva jeg skal gjøre "
                        "annerledes neste gang:</p>"
                        "<ul>"
                        "<li>spørre før jeg deler min egen erfaring;</li>"
                        "<li>ikke komme med løsninger når ingen har bedt om det;</li>"
                        "<li>avslutte samtalen med en oppsummering, ikke med et nytt tema.</li>"
                        "</ul>"
                    )],
                    ["heading", {"text": "Mai: hvorfor jeg fortsetter", "anchor": ""}],
                    ["text", (
                        "<p>I slutten av april var det en uke da jeg ville gi opp alt sammen. En øvelse vekket minner jeg "
                        "ikke hadde tenkt på på mange år, og jeg sov dårlig flere netter på rad. Jeg tok det opp i "
                        "kollegaveiledningen og forsto at det ikke er et tegn på svakhet, men en del av jobben. En "
                        "rådgiver må kjenne sine egne ømme punkter.</p>"
                        "<p>I kollegaveiledningen sa en av de andre deltakerne noe som ble sittende i meg: En erfaringsrådgiver trenger ikke ha kommet helt i mål, men må være ærlig om hvor en selv står. Jeg skjønte at jeg ikke trenger å skjule de dårlige nettene mine. Tvert imot kan de hjelpe meg å forstå et menneske som fortsatt må kjempe seg gjennom hver dag. I dagboka skrev jeg også ned hva som holdt meg oppe de dagene: morgenturer med hunden, en telefon til søsteren min og vissheten om at det på neste kursdag ventet en gruppe som ikke ville bli overrasket om jeg snakket åpent.</p>"
                        "<p>Nå gjenstår den siste måneden. Jeg vet ennå ikke om jeg skal møte folk på telefon eller "
                        "ansikt til ansikt, men jeg vet at jeg vil være det mennesket jeg selv lette etter den "
                        "gangen.</p>"
                    )],
                ],
            },
        },
    },
    # 3 ------------------------------------------------------------------------------------------
    {
        "key": "ee-peer-counselling-esimene-loeng",
        "slug": "esimene-loeng-noorsootootajatele",
        "author": "ee-peer-counselling-kristel-parn",
        "date": "2025-10-02",
        "topics": ["topic-youth", "topic-inclusion"],
        "related": [],
        "hero_colour": "#7a5c61",
        "content": {
            "et": {
                "title": "Minu esimene loeng tulevastele noorsootöötajatele",
                "lead": (
                    "Septembris seisin esimest korda kõrgkooli auditooriumi ees ja rääkisin sellest, kuidas "
                    "asenduskodust iseseisvasse ellu astuda. Kirjutan üles, kuidas ma valmistusin ja mida tudengid "
                    "minult küsisid."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Kui Kogemussilla koordinaator küsis, kas võtaksin vastu kutse rääkida noorsootöö eriala "
                        "esmakursuslastele, ütlesin kohe jah. Alles kodus jõudis mulle kohale, et pean poolteist tundi "
                        "rääkima kolmekümnele võõrale inimesele oma lapsepõlvest ja kõigest, mis sellele järgnes. Mõtlesin ka sellele, et paljud neist tudengitest töötavad mõne aasta pärast just selliste noortega, nagu mina kunagi olin.</p>"
                        "<p>Valmistusin kaks nädalat. Kirjutasin loengu kolm korda ümber ja proovisin seda ette oma "
                        "kassile, kes jäi kümne minuti pärast magama. Suurim küsimus oli, kui palju endast avada. "
                        "Otsustasin keskenduda sellele, mis juhtus pärast asenduskodust lahkumist, ja jätta varasemad "
                        "aastad lühikeseks.</p>"
                        "<p>Abiks olid ka kaks nõuannet, mille sain kogenumatelt kolleegidelt. Esiteks: räägi loost, mis "
                        "on juba lõppenud, mitte sellest, mis veel valutab. Teiseks: lepi õppejõuga eelnevalt kokku, mida "
                        "teha, kui mõnel tudengil endal peaks loengu ajal raske hakkama.</p>"
                    )],
                    ["heading", {"text": "Mida ma tudengitele rääkisin", "anchor": ""}],
                    ["text", (
                        "<p>Ehitasin loengu üles kolme hetke ümber, mis on minu elus kõige rohkem tähendanud:</p>"
                        "<ul>"
                        "<li>päev, mil seisin kaheksateistkümneaastasena ühe kotiga uue kodu ukse taga ega teadnud, "
                        "kuidas elektriarvet maksta;</li>"
                        "<li>esimene kord, kui keegi koolis ütles mu nahavärvi kohta midagi, mida ma pole tänini "
                        "unustanud, ja ükski täiskasvanu ei sekkunud;</li>"
                        "<li>õhtu, mil järelhoolduse tugiisik vastas pühapäeval telefonile ja lubas järgmisel hommikul "
                        "kohale tulla.</li>"
                        "</ul>"
                        "<p>Iga loo järel küsisin tudengitelt, mida nemad oleksid sel hetkel teinud. Vastused olid ausad "
                        "ja mõnikord ebamugavad, kuid just neist sündis kõige parem arutelu.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Seni arvasin, et noorele tuleb kõigepealt õpetada eelarve koostamist. Nüüd saan aru, et "
                            "enne seda peab tal olema keegi, kellele helistada."
                        ),
                        "who": "Marten",
                        "role": "noorsootöö tudeng",
                    }],
                    ["heading", {"text": "Mida ma ise õppisin", "anchor": ""}],
                    ["text", (
                        "<p>Kõige raskem küsimus tuli päris lõpus: kas ma olen oma vanematele andestanud. Tundsin, et mul "
                        "on õigus sellele mitte vastata, ja ütlesin seda rahulikult välja. Hiljem kovisioonis arutasime, "
                        "et ka piiride hoidmine on osa loost, mida kuulajatele näitame.</p>"
                        "<p>Teine asi, mida märkasin, oli see, kui palju tähendab kuulajate vaikus. Kui rääkisin sellest, kuidas ükski täiskasvanu ei sekkunud, jäi saal täiesti vaikseks. Hetkeks tahtsin kiiresti edasi minna ja õhkkonda naljaga leevendada. Jäin siiski paigale ja lasin vaikusel mõjuda. Pärast loengut tuli minu juurde üks tudeng ja ütles vaikselt, et tal oli koolis sarnane kogemus ja et ta polnud sellest kunagi kellelegi rääkinud. Andsin talle Kogemussilla kontakti ja ütlesin, et ta võib alati kirjutada.</p>"
                        "<p>Nädal hiljem saatis õppejõud mulle tudengite tagasiside. Mitu neist kirjutas, et hakkavad "
                        "praktikal noortelt teistmoodi küsima ja neid teistmoodi kuulama. Sellest piisab, et järgmisele "
                        "loengule julgemalt vastu minna.</p>"
                    )],
                ],
            },
            "fi": {
                "title": "Ensimmäinen luentoni tuleville nuorisotyöntekijöille",
                "lead": (
                    "Syyskuussa seisoin ensimmäistä kertaa korkeakoulun luentosalin edessä ja kerroin, miten "
                    "lastenkodista siirrytään itsenäiseen elämään. Kirjoitan ylös, miten valmistauduin ja mitä "
                    "opiskelijat minulta kysyivät."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Kun Kogemussildin koordinaattori kysyi, ottaisinko vastaan kutsun puhua nuorisotyön "
                        "ensimmäisen vuoden opiskelijoille, vastasin heti kyllä. Vasta kotona tajusin, että minun pitää "
                        "puhua puolitoista tuntia kolmellekymmenelle vieraalle ihmiselle lapsuudestani ja kaikesta, mitä "
                        "sen jälkeen tapahtui. Ajattelin myös sitä, että moni näistä opiskelijoista työskentelee muutaman vuoden päästä juuri sellaisten nuorten kanssa, jollainen minä itse olin.</p>"
                        "<p>Valmistauduin kaksi viikkoa. Kirjoitin luennon kolme kertaa uudelleen ja harjoittelin sitä "
                        "kissalleni, joka nukahti kymmenen minuutin jälkeen. Suurin kysymys oli, kuinka paljon itsestäni "
                        "kertoisin. Päätin keskittyä siihen, mitä tapahtui lastenkodista lähtemisen jälkeen, ja pitää "
                        "aiemmat vuodet lyhyinä.</p>"
                        "<p>Apuna oli myös kaksi neuvoa, jotka sain kokeneemmilta kollegoilta. Ensinnäkin: kerro "
                        "tarinasta, joka on jo päättynyt, äläkä siitä, mikä vielä sattuu. Toiseksi: sovi opettajan kanssa "
                        "etukäteen, mitä tehdään, jos jollekulle opiskelijalle itselleen tulee luennon aikana "
                        "vaikeaa.</p>"
                    )],
                    ["heading", {"text": "Mitä kerroin opiskelijoille", "anchor": ""}],
                    ["text", (
                        "<p>Rakensin luennon kolmen hetken ympärille, jotka ovat merkinneet elämässäni eniten:</p>"
                        "<ul>"
                        "<li>päivä, jolloin seisoin kahdeksantoistavuotiaana yhden kassin kanssa uuden kodin ovella enkä "
                        "tiennyt, miten sähkölasku maksetaan;</li>"
                        "<li>ensimmäinen kerta, kun joku koulussa sanoi ihonväristäni jotain, mitä en ole unohtanut "
                        "tähän päivään mennessä, eikä yksikään aikuinen puuttunut asiaan;</li>"
                        "<li>ilta, jolloin jälkihuollon tukihenkilö vastasi sunnuntaina puhelimeen ja lupasi tulla "
                        "seuraavana aamuna paikalle.</li>"
                        "</ul>"
                        "<p>Jokaisen tarinan jälkeen kysyin opiskelijoilta, mitä he olisivat tehneet siinä hetkessä. "
                        "Vastaukset olivat rehellisiä ja joskus epämukavia, mutta juuri niistä syntyi paras "
                        "keskustelu.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Ajattelin tähän asti, että nuorelle pitää ensin opettaa budjetin tekemistä. Nyt ymmärrän, "
                            "että ennen sitä hänellä pitää olla joku, jolle soittaa."
                        ),
                        "who": "Marten",
                        "role": "nuorisotyön opiskelija",
                    }],
                    ["heading", {"text": "Mitä itse opin", "anchor": ""}],
                    ["text", (
                        "<p>Vaikein kysymys tuli aivan lopussa: olenko antanut vanhemmilleni anteeksi. Tunsin, että "
                        "minulla on oikeus olla vastaamatta siihen, ja sanoin sen rauhallisesti ääneen. Myöhemmin "
                        "työnohjausryhmässä pohdimme, että myös rajojen pitäminen on osa sitä tarinaa, jota näytämme "
                        "kuulijoille.</p>"
                        "<p>Toinen asia, jonka huomasin, oli kuulijoiden hiljaisuuden merkitys. Kun kerroin siitä, ettei yksikään aikuinen puuttunut asiaan, sali hiljeni täysin. Hetken teki mieli jatkaa nopeasti eteenpäin ja keventää tunnelmaa vitsillä. Pysyin kuitenkin paikallani ja annoin hiljaisuuden vaikuttaa. Luennon jälkeen luokseni tuli yksi opiskelija ja sanoi hiljaa, että hänellä oli koulussa samanlainen kokemus, eikä hän ollut koskaan kertonut siitä kenellekään. Annoin hänelle Kogemussildin yhteystiedot ja sanoin, että hän voi kirjoittaa milloin tahansa.</p>"
                        "<p>Viikkoa myöhemmin opettaja lähetti minulle opiskelijoiden palautteen. Moni heistä kirjoitti "
                        "aikovansa harjoittelussa kysyä nuorilta ja kuunnella heitä toisella tavalla. Se riittää siihen, "
                        "että menen seuraavaan luentoon rohkeammin.</p>"
                    )],
                ],
            },
            "lv": {
                "title": "Mana pirmā lekcija topošajiem jaunatnes darbiniekiem",
                "lead": (
                    "Septembrī es pirmo reizi stāvēju augstskolas auditorijas priekšā un stāstīju, kā no bērnunama "
                    "ieiet patstāvīgā dzīvē. Pierakstu, kā gatavojos un ko studenti man jautāja."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Kad prakses „Kogemussild” koordinatore jautāja, vai pieņemšu uzaicinājumu uzstāties "
                        "jaunatnes darba studiju programmas pirmā kursa studentiem, es uzreiz piekritu. Tikai mājās man "
                        "pielēca, ka pusotru stundu būs jārunā trīsdesmit svešiem cilvēkiem par savu bērnību un visu, "
                        "kas tai sekoja. Domāju arī par to, ka daudzi no šiem studentiem pēc dažiem gadiem strādās tieši ar tādiem jauniešiem, kāda savulaik biju es.</p>"
                        "<p>Gatavojos divas nedēļas. Trīs reizes pārrakstīju lekciju un izmēģināju to uz sava kaķa, kurš "
                        "pēc desmit minūtēm aizmiga. Lielākais jautājums bija, cik daudz no sevis atklāt. Nolēmu "
                        "koncentrēties uz to, kas notika pēc aiziešanas no bērnunama, un agrākos gadus pieminēt "
                        "īsi.</p>"
                        "<p>Palīdzēja arī divi padomi, ko saņēmu no pieredzējušākiem kolēģiem. Pirmkārt: stāsti par to, "
                        "kas jau ir beidzies, nevis par to, kas vēl sāp. Otrkārt: iepriekš vienojies ar pasniedzēju, ko "
                        "darīt, ja kādam studentam pašam lekcijas laikā kļūst grūti.</p>"
                    )],
                    ["heading", {"text": "Ko es stāstīju studentiem", "anchor": ""}],
                    ["text", (
                        "<p>Lekciju veidoju ap trim brīžiem, kas manā dzīvē nozīmējuši visvairāk:</p>"
                        "<ul>"
                        "<li>dienu, kad astoņpadsmit gadu vecumā stāvēju ar vienu somu pie jaunās mājas durvīm un "
                        "nezināju, kā samaksāt elektrības rēķinu;</li>"
                        "<li>pirmo reizi, kad kāds skolā pateica par manu ādas krāsu kaut ko, ko neesmu aizmirsusi līdz "
                        "šai dienai, un neviens no pieaugušajiem neiejaucās;</li>"
                        "<li>vakaru, kad pēcaprūpes atbalsta persona svētdienā pacēla telefonu un apsolīja nākamajā "
                        "rītā atbraukt.</li>"
                        "</ul>"
                        "<p>Pēc katra stāsta jautāju studentiem, ko viņi tajā brīdī būtu darījuši. Atbildes bija godīgas "
                        "un dažkārt neērtas, taču tieši no tām izveidojās labākā diskusija.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Līdz šim domāju, ka jaunietim vispirms jāiemāca sastādīt budžetu. Tagad saprotu, ka pirms "
                            "tam viņam jābūt kādam, kam piezvanīt."
                        ),
                        "who": "Marten",
                        "role": "jaunatnes darba students",
                    }],
                    ["heading", {"text": "Ko iemācījos pati", "anchor": ""}],
                    ["text", (
                        "<p>Grūtākais jautājums izskanēja pašās beigās: vai esmu piedevusi saviem vecākiem. Sajutu, ka "
                        "man ir tiesības uz to neatbildēt, un mierīgi to pateicu. Vēlāk kovīzijā pārrunājām, ka arī "
                        "savu robežu sargāšana ir daļa no stāsta, ko rādām klausītājiem.</p>"
                        "<p>Vēl es pamanīju, cik daudz nozīmē klausītāju klusums. Kad stāstīju, ka neviens pieaugušais neiejaucās, auditorijā iestājās pilnīgs klusums. Uz brīdi man gribējās ātri turpināt un atslābināt gaisotni ar joku. Tomēr paliku uz vietas un ļāvu klusumam iedarboties. Pēc lekcijas pie manis pienāca kāds students un klusi pateica, ka viņam skolā bijusi līdzīga pieredze un ka viņš par to nekad nevienam nav stāstījis. Iedevu viņam „Kogemussild” kontaktus un teicu, ka viņš var rakstīt jebkurā laikā.</p>"
                        "<p>Pēc nedēļas pasniedzēja man atsūtīja studentu atsauksmes. Vairāki rakstīja, ka praksē "
                        "jauniešiem jautās un viņos klausīsies citādi. Ar to pietiek, lai uz nākamo lekciju dotos "
                        "drosmīgāk.</p>"
                    )],
                ],
            },
            "nb": {
                "title": "Mitt første foredrag for kommende ungdomsarbeidere",
                "lead": (
                    "I september sto jeg for første gang foran et auditorium på en høyskole og fortalte om overgangen "
                    "fra barnehjem til et selvstendig liv. Her skriver jeg om hvordan jeg forberedte meg, og hva "
                    "studentene spurte meg om."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Da koordinatoren i Kogemussild spurte om jeg ville ta imot en invitasjon til å snakke for "
                        "førsteårsstudenter i ungdomsarbeid, sa jeg ja med en gang. Først hjemme gikk det opp for meg at "
                        "jeg skulle snakke i halvannen time for tretti fremmede om barndommen min og alt som fulgte "
                        "etter. Jeg tenkte også på at mange av disse studentene om noen år kommer til å jobbe med akkurat slike unge som jeg selv en gang var.</p>"
                        "<p>Jeg forberedte meg i to uker. Jeg skrev om foredraget tre ganger og prøvde det ut på katten "
                        "min, som sovnet etter ti minutter. Det største spørsmålet var hvor mye jeg skulle åpne meg. Jeg "
                        "bestemte meg for å konsentrere meg om det som skjedde etter at jeg flyttet fra barnehjemmet, og "
                        "holde de tidligere årene korte.</p>"
                        "<p>Jeg hadde også god hjelp av to råd fra mer erfarne kolleger. For det første: Fortell om noe "
                        "som er over, ikke om det som fortsatt gjør vondt. For det andre: Avtal på forhånd med "
                        "foreleseren hva dere gjør hvis en av studentene selv får det tungt underveis.</p>"
                    )],
                    ["heading", {"text": "Dette fortalte jeg studentene", "anchor": ""}],
                    ["text", (
                        "<p>Jeg bygde opp foredraget rundt tre øyeblikk som har betydd mest i livet mitt:</p>"
                        "<ul>"
                        "<li>dagen da jeg som attenåring sto med én sekk utenfor døra til mitt nye hjem og ikke visste "
                        "hvordan jeg skulle betale strømregningen;</li>"
                        "<li>første gang noen på skolen sa noe om hudfargen min som jeg ikke har glemt den dag i dag, "
                        "uten at en eneste voksen grep inn;</li>"
                        "<li>kvelden da støttekontakten fra ettervernet tok telefonen en søndag og lovet å komme neste "
                        "morgen.</li>"
                        "</ul>"
                        "<p>Etter hver historie spurte jeg studentene hva de ville ha gjort i det øyeblikket. Svarene var "
                        "ærlige og noen ganger ubehagelige, men det var nettopp de som ga den beste diskusjonen.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Hittil har jeg tenkt at unge først og fremst må lære å sette opp et budsjett. Nå forstår "
                            "jeg at de før det trenger noen å ringe til."
                        ),
                        "who": "Marten",
                        "role": "student i ungdomsarbeid",
                    }],
                    ["heading", {"text": "Dette lærte jeg selv", "anchor": ""}],
                    ["text", (
                        "<p>Det vanskeligste spørsmålet kom helt til slutt: om jeg har tilgitt foreldrene mine. Jeg "
                        "kjente at jeg hadde rett til å la være å svare, og sa det rolig. Senere i kollegaveiledningen "
                        "snakket vi om at det å holde på grensene sine også er en del av historien vi viser "
                        "tilhørerne.</p>"
                        "<p>Noe annet jeg la merke til, var hvor mye stillheten blant tilhørerne betyr. Da jeg fortalte at ingen voksne grep inn, ble det helt stille i salen. Et øyeblikk fikk jeg lyst til å skynde meg videre og lette på stemningen med en spøk. Men jeg ble stående og lot stillheten virke. Etter foredraget kom en av studentene bort til meg og sa lavt at han hadde opplevd noe lignende på skolen og aldri fortalt det til noen. Jeg ga ham kontaktinformasjonen til Kogemussild og sa at han kunne skrive når som helst.</p>"
                        "<p>En uke senere sendte foreleseren meg tilbakemeldingene fra studentene. Flere skrev at de skal "
                        "spørre og lytte til ungdommene på en annen måte når de er ute i praksis. Det er nok til at jeg "
                        "går modigere inn i neste foredrag.</p>"
                    )],
                ],
            },
        },
    },
    # 4 ------------------------------------------------------------------------------------------
    {
        "key": "ee-peer-counselling-paaristoo-narvas",
        "slug": "paaristoo-narvas",
        "author": "ee-peer-counselling-kadri-mets",
        "date": "2025-11-25",
        "topics": ["topic-services", "topic-projects", "topic-peer-support"],
        "related": ["ee-peer-counselling-tugigrupi-kevad"],
        "hero_colour": "#4e6a72",
        "content": {
            "et": {
                "title": "Paaristöö Narvas: kogemusnõustaja ja sotsiaaltöötaja ühel teel",
                "lead": (
                    "Juba aasta on Andrei Volkov käinud koos Narva sotsiaaltöötajatega kohtumas inimestega, kes "
                    "elavad varjupaigas või ajutisel pinnal. Vaatame tagasi, mis on muutunud ja mida oleme õppinud."
                ),
                "content_notes": "Mainib ainete tarvitamist ja kodutust.",
                "body": [
                    ["text", (
                        "<p>Eelmise aasta sügisel pöördus meie poole Narva linna sotsiaalabiosakond. Neil oli mitu "
                        "klienti, kes keeldusid igasugusest abist ja kelle usaldust ei olnud aastate jooksul õnnestunud "
                        "võita. Küsimus oli lihtne: kas kogemusnõustaja võiks tulla nendega kohtuma koos "
                        "sotsiaaltöötajaga? Linnas on tänaval või varjupaigas elavaid inimesi rohkem, kui statistikast välja paistab, ja paljud neist on ametiasutustes juba ammu pettunud.</p>"
                        "<p>Nii sündis katseprojekt, kus Andrei Volkov töötab kaks päeva nädalas paaris linna "
                        "sotsiaaltöötajaga. Andrei on ise aastaid aineid tarvitanud ja veetnud kaks talve kodutuna. Ta "
                        "räägib inimestega vene või eesti keeles ja kohtub nendega ainult silmast silma: varjupaigas, "
                        "päevakeskuses või seal, kus inimene parajasti on.</p>"
                    )],
                    ["heading", {"text": "Kuidas paaristöö käib", "anchor": ""}],
                    ["text", (
                        "<p>Paar kohtub enne iga väljasõitu pooleks tunniks ja lepib kokku rollid. Sotsiaaltöötaja "
                        "vastutab dokumentide, toetuste ja kokkulepete eest. Andrei ülesanne on luua kontakt ja seda "
                        "hoida ka siis, kui asjad ei liigu. Esimese aasta jooksul oleme märganud kolme asja:</p>"
                        "<ul>"
                        "<li>inimesed tulevad kohtumisele sagedamini, kui teavad, et kohal on ka Andrei;</li>"
                        "<li>sotsiaaltöötaja saab tagasisidet selle kohta, kuidas tema küsimused ja paberid teisel pool "
                        "lauda mõjuvad;</li>"
                        "<li>mõni klient, kes varem ametiasutusse ei läinud, on nüüd ise helistanud ja vastuvõtuaja "
                        "kokku leppinud.</li>"
                        "</ul>"
                        "<p>Üks näide: mees, kes oli kolm talve elanud mahajäetud suvilas, ei tahtnud kuuldagi varjupaigast ega ravist. Andrei ei hakanud teda veenma. Ta käis kuu aega igal nädalal lihtsalt juttu ajamas, tõi kaasa sooja toitu ja rääkis, kuidas möödus tema enda esimene talv toetatud eluasemes. Viiendal kohtumisel küsis mees ise, kas ka tema jaoks võiks kusagil tuba olla. Praegu elab ta ajutisel pinnal ja käib kord nädalas sotsiaaltöötaja vastuvõtul.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Olin selle mehega kaks aastat rääkinud ja ta vaatas alati minust mööda. Andreiga jõi ta "
                            "juba esimesel kohtumisel teed ja rääkis oma tütrest."
                        ),
                        "who": "Svetlana",
                        "role": "Narva linna sotsiaaltöötaja",
                    }],
                    ["heading", {"text": "Mis on olnud raske", "anchor": ""}],
                    ["text", (
                        "<p>Paaristöö ei ole alati sujunud. Alguses ei olnud selge, kas Andrei võib sotsiaaltöötaja "
                        "otsustega mitte nõustuda ja kuidas seda teha nii, et klient ei jääks kahe tule vahele. "
                        "Leppisime kokku, et erimeelsused arutatakse läbi pärast kohtumist, mitte kliendi "
                        "juuresolekul.</p>"
                        "<p>Teine mure oli Andrei enda koormus. Linnas on palju inimesi, kes tunnevad teda varasemast "
                        "ajast, ja mõni kohtumine viis ta tagasi paikadesse, kus ta ise kunagi ööbis. Seepärast käib ta "
                        "nüüd kord kuus individuaalsel supervisioonil ja meil kehtib reegel, et ühe päeva jooksul ei "
                        "tehta rohkem kui neli külastust.</p>"
                        "<p>Järgmisel aastal soovime kaasata veel ühe vene keelt kõneleva kogemusnõustaja, sest huvi on "
                        "suurem, kui üks inimene suudab kanda. Praegu otsime selleks koos linnaga rahastust.</p>"
                    )],
                ],
            },
            "fi": {
                "title": "Työparina Narvassa: vertaisneuvoja ja sosiaalityöntekijä samalla tiellä",
                "lead": (
                    "Jo vuoden ajan Andrei Volkov on käynyt Narvan sosiaalityöntekijöiden kanssa tapaamassa ihmisiä, "
                    "jotka asuvat yömajassa tai tilapäisasunnossa. Katsomme taaksepäin: mikä on muuttunut ja mitä "
                    "olemme oppineet?"
                ),
                "content_notes": "Mainitsee päihteidenkäytön ja asunnottomuuden.",
                "body": [
                    ["text", (
                        "<p>Viime vuoden syksyllä Narvan kaupungin sosiaalihuollon osasto otti meihin yhteyttä. Heillä "
                        "oli useita asiakkaita, jotka kieltäytyivät kaikesta avusta ja joiden luottamusta ei ollut vuosien "
                        "mittaan onnistuttu voittamaan. Kysymys oli yksinkertainen: voisiko vertaisneuvoja tulla "
                        "tapaamaan heitä yhdessä sosiaalityöntekijän kanssa? Kaupungissa on kadulla tai yömajassa eläviä ihmisiä enemmän kuin tilastoista näkyy, ja moni heistä on pettynyt viranomaisiin jo kauan sitten.</p>"
                        "<p>Näin syntyi kokeiluhanke, jossa Andrei Volkov työskentelee kaksi päivää viikossa työparina "
                        "kaupungin sosiaalityöntekijän kanssa. Andrei on itse käyttänyt päihteitä vuosia ja viettänyt "
                        "kaksi talvea asunnottomana. Hän puhuu ihmisten kanssa venäjää tai viroa ja tapaa heitä vain "
                        "kasvokkain: yömajassa, päiväkeskuksessa tai siellä, missä ihminen kulloinkin on.</p>"
                    )],
                    ["heading", {"text": "Miten työparityö toimii", "anchor": ""}],
                    ["text", (
                        "<p>Työpari tapaa ennen jokaista käyntiä puolen tunnin ajan ja sopii rooleista. "
                        "Sosiaalityöntekijä vastaa asiakirjoista, etuuksista ja sopimuksista. Andrein tehtävä on luoda "
                        "yhteys ja pitää siitä kiinni silloinkin, kun asiat eivät etene. Ensimmäisen vuoden aikana olemme "
                        "huomanneet kolme asiaa:</p>"
                        "<ul>"
                        "<li>ihmiset tulevat tapaamisiin useammin, kun he tietävät Andreinkin olevan paikalla;</li>"
                        "<li>sosiaalityöntekijä saa palautetta siitä, miltä hänen kysymyksensä ja paperinsa tuntuvat "
                        "pöydän toisella puolella;</li>"
                        "<li>jotkut asiakkaat, jotka eivät aiemmin menneet virastoon, ovat nyt itse soittaneet ja "
                        "varanneet ajan.</li>"
                        "</ul>"
                        "<p>Yksi esimerkki: mies, joka oli asunut kolme talvea hylätyssä kesämökissä, ei halunnut kuulla yömajasta eikä hoidosta. Andrei ei ryhtynyt suostuttelemaan häntä. Hän kävi kuukauden ajan joka viikko vain juttelemassa, toi mukanaan lämmintä ruokaa ja kertoi, miten hänen oma ensimmäinen talvensa tuetussa asumisessa meni. Viidennellä tapaamisella mies kysyi itse, voisiko hänellekin löytyä jostain huone. Nyt hän asuu tilapäisasunnossa ja käy kerran viikossa sosiaalityöntekijän vastaanotolla.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Olin puhunut sen miehen kanssa kaksi vuotta, ja hän katsoi aina ohitseni. Andrein kanssa "
                            "hän joi teetä jo ensimmäisellä tapaamisella ja kertoi tyttärestään."
                        ),
                        "who": "Svetlana",
                        "role": "Narvan kaupungin sosiaalityöntekijä",
                    }],
                    ["heading", {"text": "Mikä on ollut vaikeaa", "anchor": ""}],
                    ["text", (
                        "<p>Työparityö ei ole aina sujunut. Alussa ei ollut selvää, saako Andrei olla eri mieltä "
                        "sosiaalityöntekijän päätöksistä ja miten sen voi tehdä niin, ettei asiakas jää kahden tulen "
                        "väliin. Sovimme, että erimielisyydet käydään läpi tapaamisen jälkeen eikä asiakkaan "
                        "kuullen.</p>"
                        "<p>Toinen huoli oli Andrein oma kuormitus. Kaupungissa on paljon ihmisiä, jotka tuntevat hänet "
                        "entisiltä ajoilta, ja jotkin käynnit veivät hänet takaisin paikkoihin, joissa hän itse aikoinaan "
                        "yöpyi. Siksi hän käy nyt kerran kuussa yksilötyönohjauksessa, ja meillä on sääntö, ettei yhden "
                        "päivän aikana tehdä enempää kuin neljä käyntiä.</p>"
                        "<p>Ensi vuonna haluamme ottaa mukaan vielä yhden venäjää puhuvan vertaisneuvojan, sillä "
                        "kiinnostus on suurempaa kuin yksi ihminen jaksaa kantaa. Etsimme siihen parhaillaan rahoitusta "
                        "yhdessä kaupungin kanssa.</p>"
                    )],
                ],
            },
            "lv": {
                "title": "Darbs pārī Narvā: pieredzes konsultants un sociālā darbiniece kopīgā ceļā",
                "lead": (
                    "Jau gadu Andrejs Volkovs kopā ar Narvas sociālajiem darbiniekiem dodas tikties ar cilvēkiem, kuri "
                    "dzīvo patversmē vai pagaidu mājoklī. Atskatāmies, kas ir mainījies un ko esam iemācījušies."
                ),
                "content_notes": "Pieminēta vielu lietošana un bezpajumtniecība.",
                "body": [
                    ["text", (
                        "<p>Pagājušā gada rudenī pie mums vērsās Narvas pilsētas sociālās palīdzības nodaļa. Viņiem bija "
                        "vairāki klienti, kuri atteicās no jebkādas palīdzības un kuru uzticību gadu gaitā nebija izdevies "
                        "iegūt. Jautājums bija vienkāršs: vai pieredzes konsultants varētu nākt uz tikšanos ar viņiem "
                        "kopā ar sociālo darbinieku? Pilsētā uz ielas vai patversmē dzīvo vairāk cilvēku, nekā redzams statistikā, un daudzi no viņiem iestādēs ir vīlušies jau sen.</p>"
                        "<p>Tā radās izmēģinājuma projekts, kurā Andrejs Volkovs divas dienas nedēļā strādā pārī ar "
                        "pilsētas sociālo darbinieku. Andrejs pats gadiem ilgi ir lietojis vielas un divas ziemas "
                        "pavadījis bez pajumtes. Ar cilvēkiem viņš runā krieviski vai igauniski un tiekas ar viņiem tikai "
                        "klātienē: patversmē, dienas centrā vai tur, kur cilvēks tobrīd atrodas.</p>"
                    )],
                    ["heading", {"text": "Kā notiek darbs pārī", "anchor": ""}],
                    ["text", (
                        "<p>Pirms katra izbraukuma pāris uz pusstundu satiekas un vienojas par lomām. Sociālais "
                        "darbinieks atbild par dokumentiem, pabalstiem un vienošanām. Andreja uzdevums ir nodibināt "
                        "kontaktu un to noturēt arī tad, kad lietas nevirzās uz priekšu. Pirmā gada laikā esam "
                        "pamanījuši trīs lietas:</p>"
                        "<ul>"
                        "<li>cilvēki biežāk ierodas uz tikšanos, ja zina, ka klāt būs arī Andrejs;</li>"
                        "<li>sociālais darbinieks saņem atgriezenisko saiti par to, kā viņa jautājumi un papīri "
                        "iedarbojas uz cilvēku galda otrā pusē;</li>"
                        "<li>daži klienti, kuri agrāk iestādē negāja, tagad paši ir piezvanījuši un pieteikušies uz "
                        "pieņemšanu.</li>"
                        "</ul>"
                        "<p>Viens piemērs: vīrietis, kurš trīs ziemas bija nodzīvojis pamestā vasarnīcā, negribēja ne dzirdēt par patversmi vai ārstēšanos. Andrejs viņu nepārliecināja. Mēnesi viņš katru nedēļu vienkārši brauca parunāties, atveda siltu ēdienu un stāstīja, kā pagāja viņa paša pirmā ziema atbalstītajā mājoklī. Piektajā tikšanās reizē vīrietis pats pajautāja, vai arī viņam kaut kur varētu atrasties istaba. Tagad viņš dzīvo pagaidu mājoklī un reizi nedēļā apmeklē sociālo darbinieku.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Ar šo vīrieti biju runājusi divus gadus, un viņš vienmēr skatījās man garām. Ar Andreju "
                            "viņš jau pirmajā tikšanās reizē dzēra tēju un stāstīja par savu meitu."
                        ),
                        "who": "Svetlana",
                        "role": "Narvas pilsētas sociālā darbiniece",
                    }],
                    ["heading", {"text": "Kas ir bijis grūti", "anchor": ""}],
                    ["text", (
                        "<p>Darbs pārī ne vienmēr ir ritējis gludi. Sākumā nebija skaidrs, vai Andrejs drīkst nepiekrist "
                        "sociālā darbinieka lēmumiem un kā to izdarīt tā, lai klients nenonāktu starp divām ugunīm. "
                        "Vienojāmies, ka domstarpības tiek pārrunātas pēc tikšanās, nevis klienta klātbūtnē.</p>"
                        "<p>Otrs satraukums bija par paša Andreja slodzi. Pilsētā ir daudz cilvēku, kas viņu pazīst no "
                        "agrākiem laikiem, un dažas tikšanās viņu aizveda atpakaļ uz vietām, kur viņš pats savulaik "
                        "nakšņoja. Tāpēc tagad viņš reizi mēnesī apmeklē individuālo supervīziju, un mums ir noteikums, "
                        "ka vienā dienā netiek veikti vairāk par četriem apmeklējumiem.</p>"
                        "<p>Nākamgad vēlamies piesaistīt vēl vienu krievvalodīgu pieredzes konsultantu, jo interese ir "
                        "lielāka, nekā viens cilvēks spēj panest. Pašlaik kopā ar pilsētu meklējam tam finansējumu.</p>"
                    )],
                ],
            },
            "nb": {
                "title": "Arbeid i par i Narva: erfaringsrådgiver og sosialarbeider på samme vei",
                "lead": (
                    "I et år har Andrei Volkov sammen med sosialarbeidere i Narva oppsøkt mennesker som bor på "
                    "herberge eller i midlertidig bolig. Vi ser tilbake på hva som har endret seg, og hva vi har lært."
                ),
                "content_notes": "Nevner rusbruk og bostedsløshet.",
                "body": [
                    ["text", (
                        "<p>I fjor høst tok sosialavdelingen i Narva kommune kontakt med oss. De hadde flere klienter som "
                        "takket nei til all hjelp, og som de i årevis ikke hadde klart å vinne tilliten til. Spørsmålet "
                        "var enkelt: Kunne en erfaringsrådgiver bli med sosialarbeideren på møtene med dem? Det bor flere mennesker på gata eller på herberge i byen enn statistikken viser, og mange av dem mistet tilliten til det offentlige for lenge siden.</p>"
                        "<p>Slik ble et prøveprosjekt til, der Andrei Volkov jobber to dager i uka i par med en "
                        "sosialarbeider i kommunen. Andrei har selv brukt rusmidler i mange år og levd to vintre uten "
                        "bolig. Han snakker med folk på russisk eller estisk og møter dem bare ansikt til ansikt: på "
                        "herberget, på dagsenteret eller der personen befinner seg akkurat da.</p>"
                    )],
                    ["heading", {"text": "Slik foregår arbeidet i par", "anchor": ""}],
                    ["text", (
                        "<p>Før hvert besøk møtes paret en halvtime og avtaler hvem som gjør hva. Sosialarbeideren har "
                        "ansvaret for dokumenter, stønader og avtaler. Andreis oppgave er å få kontakt og holde på den "
                        "også når ting står stille. I løpet av det første året har vi lagt merke til tre ting:</p>"
                        "<ul>"
                        "<li>folk møter oftere opp når de vet at Andrei også er der;</li>"
                        "<li>sosialarbeideren får tilbakemelding på hvordan spørsmålene og skjemaene oppleves på den "
                        "andre siden av bordet;</li>"
                        "<li>noen klienter som tidligere aldri gikk til et offentlig kontor, har nå selv ringt og "
                        "bestilt time.</li>"
                        "</ul>"
                        "<p>Et eksempel: En mann som hadde bodd tre vintre i en forlatt hytte, ville ikke høre snakk om herberge eller behandling. Andrei prøvde ikke å overtale ham. I en måned kom han innom hver uke bare for å prate, hadde med varm mat og fortalte hvordan hans egen første vinter i en bolig med oppfølging hadde vært. På det femte møtet spurte mannen selv om det kanskje fantes et rom til ham også. Nå bor han i en midlertidig bolig og går til sosialarbeideren én gang i uka.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Jeg hadde snakket med den mannen i to år, og han så alltid forbi meg. Med Andrei drakk han "
                            "te allerede på det første møtet og fortalte om datteren sin."
                        ),
                        "who": "Svetlana",
                        "role": "sosialarbeider i Narva kommune",
                    }],
                    ["heading", {"text": "Dette har vært vanskelig", "anchor": ""}],
                    ["text", (
                        "<p>Samarbeidet har ikke alltid gått knirkefritt. I starten var det uklart om Andrei kunne være "
                        "uenig i sosialarbeiderens beslutninger, og hvordan han i så fall skulle si det uten at klienten "
                        "havnet i kryssilden. Vi ble enige om at uenigheter tas etter møtet, ikke mens klienten hører "
                        "på.</p>"
                        "<p>En annen bekymring var Andreis egen belastning. Mange i byen kjenner ham fra før, og noen "
                        "besøk førte ham tilbake til steder der han selv en gang overnattet. Derfor går han nå i "
                        "individuell veiledning én gang i måneden, og vi har en regel om at det ikke gjøres mer enn fire "
                        "besøk på én dag.</p>"
                        "<p>Neste år vil vi gjerne få med enda en russisktalende erfaringsrådgiver, for interessen er "
                        "større enn én person klarer å bære. Nå leter vi etter finansiering til dette sammen med "
                        "kommunen.</p>"
                    )],
                ],
            },
        },
    },
    # 5 ------------------------------------------------------------------------------------------
    {
        "key": "ee-peer-counselling-tootukassa-koostoo",
        "slug": "tootukassa-ja-kogemusnoustaja",
        "author": "ee-peer-counselling-maris-kask",
        "date": "2026-03-31",
        "topics": ["topic-working-life", "topic-services"],
        "related": ["ee-peer-counselling-esimene-aasta"],
        "hero_colour": "#6b5b3e",
        "content": {
            "et": {
                "title": "Töötukassa konsultant ja kogemusnõustaja ühe laua taga",
                "lead": (
                    "Kogemussild on riikliku töötukassa koostööpartner. Kirjutan, kuidas see koostöö minu "
                    "igapäevatöös välja näeb ja miks tööle naasmine algab harva tööpakkumisest."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Kui inimene on pärast pikka kriisi töötukassas arvel, võib tema konsultant pakkuda "
                        "kogemusnõustamist tegevuskava osana. Nii jõuab minuni igal kuul paar inimest, kes pole "
                        "kogemusnõustajast varem kuulnudki. Sageli tulevad nad esimesele kohtumisele umbusklikult, sest "
                        "arvavad, et olen järjekordne ametnik, kes kontrollib, kas nad on piisavalt aktiivsed.</p>"
                        "<p>Seepärast räägin esimese kümne minuti jooksul alati, kes ma olen. Olin ise kaks aastat töölt "
                        "eemal ja alustasin tagasiteed neljast töötunnist nädalas. Pärast seda lauset muutub ruumis "
                        "midagi: õlad lasevad lahti ja jutt läheb teisele rajale.</p>"
                        "<p>Reinuga kulus kolm kuud, enne kui jõudsime töö teemani. Kõigepealt rääkisime unest, siis sellest, kuidas päevale rütmi anda, ja alles seejärel sellest, mida ta oskab ja mida ta tegelikult teha tahaks. Täna töötab ta kolm päeva nädalas raamatukogu laos ja ütleb, et see on esimene töökoht, kuhu ta hommikul hea meelega läheb.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Konsultant küsis minult, mis ametit ma otsin. Maris küsis, millal ma viimati hästi "
                            "magasin. Sellest küsimusest algas minu tee tagasi."
                        ),
                        "who": "Rein",
                        "role": "tööotsija, kes käis kogemusnõustamisel",
                    }],
                    ["heading", {"text": "Kuidas koostöö välja näeb", "anchor": ""}],
                    ["text", (
                        "<p>Koostöö ei tähenda, et annaksin töötukassale aru, millest kohtumistel räägitakse. Vestlused "
                        "jäävad meie vahele. Inimese loal lepime aga kolmekesi kokku, millised sammud lähevad "
                        "tegevuskavasse ja millises tempos. Kõige paremini on toiminud need kokkulepped:</p>"
                        "<ul>"
                        "<li>esimene kolmepoolne kohtumine toimub alles siis, kui inimene on minuga vähemalt kaks korda "
                        "kohtunud;</li>"
                        "<li>eesmärgid sõnastame inimese enda sõnadega, isegi kui need ei kõla nagu ametlik "
                        "dokument;</li>"
                        "<li>osaajaga töö või vabatahtlik tegevus on täisväärtuslik samm, mitte läbikukkumine.</li>"
                        "</ul>"
                        "<p>Kui inimene soovib, lähen temaga kaasa ka konsultandi vastuvõtule. Mõnikord piisab juba sellest, et keegi istub kõrval, et julgeda oma muret välja öelda. Pärast sellist kohtumist arutame inimesega alati eraldi, kuidas see talle tundus ja kas midagi tuleks järgmisel korral teisiti teha.</p>"
                    )],
                    ["heading", {"text": "Mida olen õppinud konsultantidelt", "anchor": ""}],
                    ["text", (
                        "<p>Alguses arvasin, et minu roll on kaitsta inimest süsteemi eest. Üsna pea sain aru, et paljud "
                        "konsultandid tahavad sama mida minagi: et inimene leiaks töö, milles ta püsib. Neil on aga vähe "
                        "aega ja palju kliente. Ühe konsultandiga, Üllega, oleme tänaseks kohtunud kümmekond korda ja "
                        "tema sõnul on meie vestlused muutnud seda, kuidas ta esimesel kohtumisel küsimusi esitab.</p>"
                        "<p>Ka mina olen õppinud. Tean nüüd, millised toetused ja koolitused on olemas ja kuidas neid "
                        "taotleda, et inimene ei peaks kõike üksi välja uurima. Minu kogemus ja konsultandi teadmised "
                        "annavad koos rohkem kui kumbki eraldi. Konsultandid on omakorda minult õppinud, et mõnikord on kõige kasulikum küsimus see, mis tööga üldse seotud ei ole.</p>"
                    )],
                ],
            },
            "fi": {
                "title": "Työvoimaneuvoja ja vertaisneuvoja saman pöydän ääressä",
                "lead": (
                    "Kogemussild on kansallisen työttömyysvakuutusrahaston yhteistyökumppani. Kerron, miltä yhteistyö "
                    "näyttää arjessani ja miksi töihin paluu alkaa harvoin työtarjouksesta."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Kun ihminen on pitkän kriisin jälkeen rahaston asiakkaana, hänen työvoimaneuvojansa voi "
                        "tarjota vertaisneuvontaa osana toimintasuunnitelmaa. Näin luokseni tulee joka kuukausi pari "
                        "ihmistä, jotka eivät ole aiemmin edes kuulleet vertaisneuvojista. Usein he tulevat ensimmäiseen "
                        "tapaamiseen epäluuloisina, koska luulevat minua taas yhdeksi virkailijaksi, joka tarkistaa, "
                        "ovatko he tarpeeksi aktiivisia.</p>"
                        "<p>Siksi kerron aina ensimmäisten kymmenen minuutin aikana, kuka olen. Olin itse kaksi vuotta "
                        "poissa töistä ja aloitin paluun neljällä työtunnilla viikossa. Tuon lauseen jälkeen huoneessa "
                        "muuttuu jotakin: hartiat laskeutuvat ja keskustelu lähtee toiseen suuntaan.</p>"
                        "<p>Reinin kanssa kului kolme kuukautta ennen kuin pääsimme työasioihin. Ensin puhuimme unesta, sitten siitä, miten päivälle saa rytmin, ja vasta sen jälkeen siitä, mitä hän osaa ja mitä hän oikeasti haluaisi tehdä. Nyt hän työskentelee kolme päivää viikossa kirjaston varastossa ja sanoo, että se on ensimmäinen työpaikka, jonne hän lähtee aamulla mielellään.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Työvoimaneuvoja kysyi, millaista työtä etsin. Maris kysyi, milloin olin viimeksi nukkunut "
                            "hyvin. Siitä kysymyksestä alkoi tieni takaisin."
                        ),
                        "who": "Rein",
                        "role": "vertaisneuvonnassa käynyt työnhakija",
                    }],
                    ["heading", {"text": "Miltä yhteistyö näyttää", "anchor": ""}],
                    ["text", (
                        "<p>Yhteistyö ei tarkoita, että raportoisin rahastolle, mistä tapaamisissa puhutaan. Keskustelut "
                        "jäävät meidän kahden välille. Ihmisen luvalla sovimme kuitenkin kolmestaan, mitkä askeleet "
                        "kirjataan toimintasuunnitelmaan ja missä tahdissa. Parhaiten ovat toimineet nämä "
                        "sopimukset:</p>"
                        "<ul>"
                        "<li>ensimmäinen kolmikantatapaaminen järjestetään vasta, kun ihminen on tavannut minut "
                        "vähintään kaksi kertaa;</li>"
                        "<li>tavoitteet muotoillaan ihmisen omin sanoin, vaikka ne eivät kuulostaisi viralliselta "
                        "asiakirjalta;</li>"
                        "<li>osa-aikatyö tai vapaaehtoistoiminta on täysiarvoinen askel eikä epäonnistuminen.</li>"
                        "</ul>"
                        "<p>Jos ihminen haluaa, lähden hänen mukaansa myös työvoimaneuvojan tapaamiseen. Joskus jo se, että joku istuu vieressä, riittää siihen, että uskaltaa sanoa huolensa ääneen. Tällaisen tapaamisen jälkeen käymme ihmisen kanssa aina erikseen läpi, miltä se hänestä tuntui ja pitäisikö jotain tehdä ensi kerralla toisin.</p>"
                    )],
                    ["heading", {"text": "Mitä olen oppinut työvoimaneuvojilta", "anchor": ""}],
                    ["text", (
                        "<p>Aluksi ajattelin, että tehtäväni on suojella ihmistä järjestelmältä. Melko pian ymmärsin, "
                        "että moni työvoimaneuvoja haluaa samaa kuin minäkin: että ihminen löytäisi työn, jossa hän "
                        "pysyy. Heillä on kuitenkin vähän aikaa ja paljon asiakkaita. Erään neuvojan, Üllen, kanssa olemme "
                        "tähän mennessä tavanneet kymmenkunta kertaa, ja hänen mukaansa keskustelumme ovat muuttaneet "
                        "tapaa, jolla hän esittää kysymyksiä ensimmäisellä tapaamisella.</p>"
                        "<p>Myös minä olen oppinut. Tiedän nyt, millaisia tukia ja koulutuksia on olemassa ja miten niitä "
                        "haetaan, jottei ihmisen tarvitse selvittää kaikkea yksin. Minun kokemukseni ja neuvojan tiedot "
                        "antavat yhdessä enemmän kuin kumpikaan erikseen. Työvoimaneuvojat puolestaan ovat oppineet minulta, että joskus hyödyllisin kysymys on sellainen, joka ei liity työhön lainkaan.</p>"
                    )],
                ],
            },
            "lv": {
                "title": "Fonda konsultants un pieredzes konsultante pie viena galda",
                "lead": (
                    "„Kogemussild” ir valsts bezdarba apdrošināšanas fonda sadarbības partneris. Rakstu par to, kā šī "
                    "sadarbība izskatās manā ikdienas darbā un kāpēc atgriešanās darbā reti sākas ar darba "
                    "piedāvājumu."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Ja cilvēks pēc ilgas krīzes ir reģistrējies bezdarba apdrošināšanas fondā, viņa konsultants "
                        "var piedāvāt pieredzes konsultācijas kā daļu no rīcības plāna. Tā pie manis katru mēnesi nonāk "
                        "pāris cilvēku, kuri līdz tam par pieredzes konsultantiem nav pat dzirdējuši. Bieži vien uz pirmo "
                        "tikšanos viņi nāk neuzticīgi, jo domā, ka esmu kārtējā ierēdne, kas pārbauda, vai viņi ir "
                        "pietiekami aktīvi.</p>"
                        "<p>Tāpēc pirmajās desmit minūtēs es vienmēr pastāstu, kas esmu. Pati divus gadus biju prom no "
                        "darba un atpakaļceļu sāku ar četrām darba stundām nedēļā. Pēc šī teikuma telpā kaut kas mainās: "
                        "pleci atslābst, un saruna ievirzās citā gultnē.</p>"
                        "<p>Ar Reinu pagāja trīs mēneši, līdz nonācām līdz darba tēmai. Vispirms runājām par miegu, tad par to, kā dienai piešķirt ritmu, un tikai pēc tam par to, ko viņš prot un ko patiesībā vēlētos darīt. Šodien viņš trīs dienas nedēļā strādā bibliotēkas krātuvē un saka, ka tā ir pirmā darbavieta, uz kuru no rīta iet ar prieku.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Konsultants man jautāja, kādu darbu es meklēju. Maris jautāja, kad es pēdējo reizi biju "
                            "labi izgulējies. Ar šo jautājumu sākās mans ceļš atpakaļ."
                        ),
                        "who": "Rein",
                        "role": "darba meklētājs, kurš apmeklēja pieredzes konsultācijas",
                    }],
                    ["heading", {"text": "Kā izskatās sadarbība", "anchor": ""}],
                    ["text", (
                        "<p>Sadarbība nenozīmē, ka es atskaitos fondam par to, par ko runājam tikšanās reizēs. Sarunas "
                        "paliek starp mums. Taču ar cilvēka atļauju mēs trijatā vienojamies, kādi soļi tiks iekļauti "
                        "rīcības plānā un kādā tempā. Vislabāk ir darbojušās šādas vienošanās:</p>"
                        "<ul>"
                        "<li>pirmā trīspusējā tikšanās notiek tikai tad, kad cilvēks ar mani ir ticies vismaz divas "
                        "reizes;</li>"
                        "<li>mērķus formulējam paša cilvēka vārdiem, pat ja tie neizklausās pēc oficiāla "
                        "dokumenta;</li>"
                        "<li>nepilna laika darbs vai brīvprātīgais darbs ir pilnvērtīgs solis, nevis neveiksme.</li>"
                        "</ul>"
                        "<p>Ja cilvēks vēlas, dodos viņam līdzi arī pie fonda konsultanta. Dažreiz jau tas vien, ka kāds sēž blakus, palīdz sadūšoties un izteikt savas raizes. Pēc šādas tikšanās mēs ar cilvēku vienmēr atsevišķi pārrunājam, kā viņš to izjuta un vai nākamreiz kaut kas būtu jādara citādi.</p>"
                    )],
                    ["heading", {"text": "Ko esmu iemācījusies no fonda konsultantiem", "anchor": ""}],
                    ["text", (
                        "<p>Sākumā domāju, ka mana loma ir aizsargāt cilvēku no sistēmas. Diezgan drīz sapratu, ka daudzi "
                        "konsultanti vēlas to pašu, ko es: lai cilvēks atrastu darbu, kurā viņš noturas. Taču viņiem ir "
                        "maz laika un daudz klientu. Ar vienu konsultanti, Ülli, esam tikušās jau kādas desmit reizes, un, "
                        "pēc viņas teiktā, mūsu sarunas ir mainījušas to, kā viņa uzdod jautājumus pirmajā tikšanās "
                        "reizē.</p>"
                        "<p>Arī es esmu mācījusies. Tagad zinu, kādi pabalsti un kursi ir pieejami un kā tos pieprasīt, "
                        "lai cilvēkam nebūtu viss jānoskaidro vienam pašam. Mana pieredze un konsultantes zināšanas kopā "
                        "dod vairāk nekā katra atsevišķi. Savukārt konsultanti no manis ir iemācījušies, ka dažreiz visnoderīgākais ir jautājums, kam ar darbu nav nekāda sakara.</p>"
                    )],
                ],
            },
            "nb": {
                "title": "Veilederen fra fondet og erfaringsrådgiveren ved samme bord",
                "lead": (
                    "Kogemussild er samarbeidspartner for det nasjonale arbeidsledighetsforsikringsfondet. Jeg skriver "
                    "om hvordan samarbeidet ser ut i hverdagen min, og hvorfor veien tilbake til jobb sjelden begynner "
                    "med et stillingstilbud."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Når noen er registrert i fondet etter en lang krise, kan veilederen deres tilby "
                        "erfaringsbasert rådgivning som en del av planen. Slik kommer det et par mennesker til meg hver "
                        "måned som aldri har hørt om erfaringsrådgivere før. Ofte kommer de mistenksomme til den første "
                        "samtalen, fordi de tror at jeg er enda en saksbehandler som skal sjekke om de er aktive "
                        "nok.</p>"
                        "<p>Derfor forteller jeg alltid i løpet av de første ti minuttene hvem jeg er. Jeg var selv borte "
                        "fra jobb i to år og begynte veien tilbake med fire arbeidstimer i uka. Etter den setningen skjer "
                        "det noe i rommet: Skuldrene senker seg, og samtalen tar en annen retning.</p>"
                        "<p>Med Rein tok det tre måneder før vi i det hele tatt kom inn på jobb. Først snakket vi om søvn, så om hvordan han kunne få rytme i dagene, og først etter det om hva han kan og hva han egentlig har lyst til å gjøre. I dag jobber han tre dager i uka på lageret til et bibliotek og sier at det er den første arbeidsplassen han går glad til om morgenen.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Veilederen spurte meg hva slags jobb jeg så etter. Maris spurte når jeg sist hadde sovet "
                            "godt. Det var med det spørsmålet veien min tilbake begynte."
                        ),
                        "who": "Rein",
                        "role": "arbeidssøker som har gått til erfaringsrådgiver",
                    }],
                    ["heading", {"text": "Slik ser samarbeidet ut", "anchor": ""}],
                    ["text", (
                        "<p>Samarbeid betyr ikke at jeg rapporterer til fondet om hva vi snakker om. Samtalene blir mellom "
                        "oss. Men med personens samtykke blir vi tre enige om hvilke steg som skal inn i planen, og i "
                        "hvilket tempo. Disse avtalene har fungert best:</p>"
                        "<ul>"
                        "<li>det første trepartsmøtet holdes først når personen har møtt meg minst to ganger;</li>"
                        "<li>målene formuleres med personens egne ord, selv om de ikke høres ut som et offentlig "
                        "dokument;</li>"
                        "<li>deltidsarbeid eller frivillig innsats er et fullverdig steg, ikke et nederlag.</li>"
                        "</ul>"
                        "<p>Hvis personen ønsker det, blir jeg også med til veilederen. Noen ganger er det nok at noen sitter ved siden av, for at man skal tørre å si hva man strever med. Etter et slikt møte snakker jeg alltid med personen alene om hvordan det opplevdes, og om noe bør gjøres annerledes neste gang.</p>"
                    )],
                    ["heading", {"text": "Dette har jeg lært av veilederne", "anchor": ""}],
                    ["text", (
                        "<p>Først trodde jeg at rollen min var å beskytte folk mot systemet. Ganske snart forsto jeg at "
                        "mange veiledere vil det samme som meg: at personen finner en jobb som varer. Men de har lite tid "
                        "og mange å følge opp. Med én av dem, Ülle, har jeg nå hatt et titall samtaler, og hun sier at "
                        "samtalene våre har endret måten hun stiller spørsmål på i det første møtet.</p>"
                        "<p>Jeg har også lært mye. Nå vet jeg hvilke stønader og kurs som finnes, og hvordan man søker om "
                        "dem, så folk slipper å finne ut av alt på egen hånd. Min erfaring og veilederens kunnskap gir "
                        "mer sammen enn hver for seg. Og veilederne har lært av meg at det nyttigste spørsmålet av og til ikke handler om jobb i det hele tatt.</p>"
                    )],
                ],
            },
        },
    },
    # 6 ------------------------------------------------------------------------------------------
    {
        "key": "ee-peer-counselling-tugigrupi-kevad",
        "slug": "tugigrupi-esimene-kevad",
        "author": "ee-peer-counselling-kadri-mets",
        "date": "2026-06-16",
        "topics": ["topic-projects", "topic-peer-support", "topic-recovery"],
        "related": ["ee-peer-counselling-esimene-aasta", "ee-peer-counselling-valjaoppe-paevik"],
        "hero_colour": "#3f5a4a",
        "content": {
            "et": {
                "title": "Taastumise tugigrupi esimene kevad: mida osalejad meile ütlesid",
                "lead": (
                    "Märtsis kohtus Kogemussillas esimest korda taastumise tugigrupp, mida juhivad kaks "
                    "kogemusnõustajat. Kevadtsükli lõpus kogusime osalejatelt tagasisidet ja teeme selle põhjal "
                    "sügiseks mõned muudatused."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Tugigrupi mõte sündis meie nõustajate igapäevatööst. Paljud, kes käivad individuaalsel "
                        "nõustamisel, on küsinud, kas on mõni koht, kus kohtuda teistega, kes on samal teel. Veebruaris "
                        "avasime registreerimise ja märtsi keskel said kaks gruppi esimest korda kokku. Kummaski on kuni "
                        "kümme osalejat ja kaks kogemusnõustajat, kohtumised toimuvad kaks korda kuus ja osalemine on "
                        "tasuta.</p>"
                        "<p>Avakohtumisel panime üheskoos paika grupi reeglid. Kõige olulisemaks pidasid osalejad seda, "
                        "et grupis räägitu jääb gruppi ja et kellelgi pole kohustust rääkida, kui ta seda ei soovi. Lisasime veel ühe reegli, mille pakkus välja üks osaleja: keegi ei anna teisele nõu, kui seda ei ole küsitud. See lihtne kokkulepe on aidanud hoida vestlused turvalisena.</p>"
                        "<p>Kohtumise ülesehitus on lihtne. Alustame ringiga, kus igaüks ütleb paari lausega, kuidas tal läinud on. Seejärel tutvustab üks grupijuhtidest päeva teemat, näiteks unerütmi, lähedastega suhtlemist või tagasilööke, ja jagab oma kogemust. Lõpus on aega vabaks vestluseks ja igaüks võib soovi korral nimetada ühe väikese sammu, mille ta enne järgmist kohtumist astuda tahab.</p>"
                    )],
                    ["heading", {"text": "Mida tagasiside näitas", "anchor": ""}],
                    ["text", (
                        "<p>Juuni alguses palusime osalejatel täita lühikese anonüümse küsimustiku. Vastas viisteist "
                        "inimest kaheksateistkümnest. Kokkuvõttes:</p>"
                        "<ul>"
                        "<li>kolmteist vastajat ütles, et tunneb end oma murega vähem üksi;</li>"
                        "<li>üksteist vastajat oli grupi toel astunud vähemalt ühe uue sammu, näiteks pöördunud arsti "
                        "poole või naasnud tööle;</li>"
                        "<li>peaaegu kõik soovisid, et kohtumistel jääks rohkem aega vabaks vestluseks.</li>"
                        "</ul>"
                        "<p>Viimane soov oli meile eriti oluline. Seni kestis kohtumine 75 minutit ja suur osa ajast "
                        "kulus sissejuhatusele ja teemaarutelule. Alates sügisest pikeneb kohtumine 90 minutini. Kaks vastajat soovis ka hilisemat algusaega, nii et sügisel hakkab üks gruppidest kogunema alles kell kuus õhtul.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Alguses tulin ainult kuulama. Kolmandal korral avastasin, et räägin ise, ja keegi ei "
                            "vaadanud mind imestunult."
                        ),
                        "who": "Jaanus",
                        "role": "tugigrupi osaleja",
                    }],
                    ["heading", {"text": "Mida grupijuhid õppisid", "anchor": ""}],
                    ["text", (
                        "<p>Kahe nõustajaga grupi juhtimine nõuab häid kokkuleppeid. Enne igat kohtumist arutavad "
                        "grupijuhid läbi, kes alustab, kes jälgib aega ja kes märkab, kui keegi vajab pärast kohtumist "
                        "eraldi vestlust. Pärast kohtumist jäävad nad veel pooleks tunniks, et rääkida, mis läks hästi ja "
                        "mis jäi hinge kripeldama. Kord kuus viivad nad oma küsimused ka kovisioonigruppi. Üks grupijuhtidest kirjutas kevade lõpus, et kõige raskem oli jätta teiste probleemid nende eest lahendamata, sest grupp ise leidis sageli parema vastuse.</p>"
                        "<p>Sügisel on grupis ruumi ka uutele liikmetele. Septembri lõpus toimub veebiõhtu, kus räägime, "
                        "kuidas oma taastumisest lähedastele rääkida, ja detsembris kogukonnaõhtu kõigile praegustele ja "
                        "endistele osalejatele. Kui tunnete, et grupp võiks teile sobida, kirjutage meile.</p>"
                    )],
                ],
            },
            "fi": {
                "title": "Toipumisen vertaistukiryhmän ensimmäinen kevät: mitä osallistujat kertoivat",
                "lead": (
                    "Maaliskuussa Kogemussildissa kokoontui ensimmäistä kertaa toipumisen vertaistukiryhmä, jota ohjaa "
                    "kaksi vertaisneuvojaa. Kevätjakson lopussa keräsimme osallistujilta palautetta, ja sen perusteella "
                    "teemme syksyksi muutamia muutoksia."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Ajatus ryhmästä syntyi neuvojiemme arkityöstä. Moni yksilöneuvonnassa käyvä on kysynyt, onko "
                        "olemassa paikkaa, jossa voisi tavata muita samaa tietä kulkevia. Helmikuussa avasimme "
                        "ilmoittautumisen, ja maaliskuun puolivälissä kaksi ryhmää kokoontui ensimmäistä kertaa. "
                        "Kummassakin on enintään kymmenen osallistujaa ja kaksi vertaisneuvojaa, ryhmä tapaa kahdesti "
                        "kuukaudessa ja osallistuminen on maksutonta.</p>"
                        "<p>Aloitustapaamisessa sovimme yhdessä ryhmän säännöistä. Tärkeimpänä osallistujat pitivät sitä, "
                        "että ryhmässä puhuttu jää ryhmään ja ettei kenenkään ole pakko puhua, jos ei halua. Lisäsimme vielä yhden säännön, jota eräs osallistuja ehdotti: kukaan ei anna toiselle neuvoja pyytämättä. Tämä yksinkertainen sopimus on auttanut pitämään keskustelut turvallisina.</p>"
                        "<p>Tapaamisen rakenne on yksinkertainen. Aloitamme kierroksella, jossa jokainen kertoo parilla lauseella, miten hänellä on mennyt. Sen jälkeen toinen ohjaajista esittelee päivän aiheen, esimerkiksi unirytmin, läheisten kanssa puhumisen tai takaiskut, ja kertoo omasta kokemuksestaan. Lopuksi on aikaa vapaalle keskustelulle, ja jokainen voi halutessaan nimetä yhden pienen askeleen, jonka hän haluaa ottaa ennen seuraavaa tapaamista.</p>"
                    )],
                    ["heading", {"text": "Mitä palaute kertoi", "anchor": ""}],
                    ["text", (
                        "<p>Kesäkuun alussa pyysimme osallistujia täyttämään lyhyen nimettömän kyselyn. Siihen vastasi "
                        "viisitoista kahdeksastatoista. Yhteenvetona:</p>"
                        "<ul>"
                        "<li>kolmetoista vastaajaa kertoi olevansa huolensa kanssa vähemmän yksin;</li>"
                        "<li>yksitoista oli ryhmän tuella ottanut vähintään yhden uuden askeleen, esimerkiksi hakeutunut "
                        "lääkäriin tai palannut töihin;</li>"
                        "<li>lähes kaikki toivoivat, että tapaamisissa jäisi enemmän aikaa vapaalle keskustelulle.</li>"
                        "</ul>"
                        "<p>Viimeinen toive oli meille erityisen tärkeä. Tähän asti tapaaminen kesti 75 minuuttia, ja "
                        "suuri osa ajasta kului alkuun ja teemakeskusteluun. Syksystä alkaen tapaaminen pitenee 90 "
                        "minuuttiin. Kaksi vastaajaa toivoi myös myöhäisempää aloitusaikaa, joten syksyllä toinen ryhmistä alkaa kokoontua vasta kuudelta illalla.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Aluksi tulin vain kuuntelemaan. Kolmannella kerralla huomasin puhuvani itse, eikä kukaan "
                            "katsonut minua ihmeissään."
                        ),
                        "who": "Jaanus",
                        "role": "vertaistukiryhmän osallistuja",
                    }],
                    ["heading", {"text": "Mitä ryhmänohjaajat oppivat", "anchor": ""}],
                    ["text", (
                        "<p>Kahden neuvojan ohjaama ryhmä vaatii hyviä sopimuksia. Ennen jokaista tapaamista ohjaajat "
                        "käyvät läpi, kuka aloittaa, kuka seuraa aikaa ja kuka huomaa, jos joku tarvitsee tapaamisen "
                        "jälkeen erillisen keskustelun. Tapaamisen jälkeen he jäävät vielä puoleksi tunniksi puhumaan "
                        "siitä, mikä meni hyvin ja mikä jäi vaivaamaan mieltä. Kerran kuussa he vievät kysymyksensä myös "
                        "kollegiaaliseen työnohjausryhmään. Yksi ohjaajista kirjoitti kevään lopussa, että vaikeinta oli olla ratkaisematta muiden ongelmia heidän puolestaan, koska ryhmä löysi usein itse paremman vastauksen.</p>"
                        "<p>Syksyllä ryhmään mahtuu myös uusia jäseniä. Syyskuun lopussa järjestetään verkkoilta, jossa "
                        "puhumme siitä, miten toipumisesta voi kertoa läheisille, ja joulukuussa yhteisöilta kaikille "
                        "nykyisille ja entisille osallistujille. Jos tunnet, että ryhmä voisi sopia sinulle, kirjoita "
                        "meille.</p>"
                    )],
                ],
            },
            "lv": {
                "title": "Atveseļošanās atbalsta grupas pirmais pavasaris: ko mums pastāstīja dalībnieki",
                "lead": (
                    "Martā praksē „Kogemussild” pirmo reizi sanāca atveseļošanās atbalsta grupa, ko vada divi "
                    "pieredzes konsultanti. Pavasara cikla beigās apkopojām dalībnieku atsauksmes un, balstoties uz "
                    "tām, rudenī ieviesīsim dažas pārmaiņas."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Ideja par grupu radās mūsu konsultantu ikdienas darbā. Daudzi, kas apmeklē individuālās "
                        "konsultācijas, ir jautājuši, vai ir kāda vieta, kur satikt citus, kuri iet līdzīgu ceļu. "
                        "Februārī atvērām pieteikšanos, un marta vidū divas grupas sanāca pirmo reizi. Katrā ir ne vairāk "
                        "kā desmit dalībnieku un divi pieredzes konsultanti, tikšanās notiek divreiz mēnesī, un dalība ir "
                        "bez maksas.</p>"
                        "<p>Atklāšanas tikšanās reizē kopīgi vienojāmies par grupas noteikumiem. Par svarīgāko "
                        "dalībnieki uzskatīja to, ka grupā runātais paliek grupā un ka nevienam nav pienākuma runāt, ja "
                        "viņš to nevēlas. Pievienojām vēl vienu noteikumu, ko ierosināja kāds dalībnieks: neviens nedod otram padomus, ja tie nav prasīti. Šī vienkāršā vienošanās ir palīdzējusi sarunām palikt drošām.</p>"
                        "<p>Tikšanās uzbūve ir vienkārša. Sākam ar apli, kurā katrs pāris teikumos pastāsta, kā viņam klājies. Pēc tam viens no vadītājiem iepazīstina ar dienas tēmu, piemēram, miega ritmu, sarunām ar tuviniekiem vai neveiksmēm, un dalās ar savu pieredzi. Beigās ir laiks brīvai sarunai, un katrs, ja vēlas, var nosaukt vienu mazu soli, ko grib spert līdz nākamajai tikšanās reizei.</p>"
                    )],
                    ["heading", {"text": "Ko parādīja atsauksmes", "anchor": ""}],
                    ["text", (
                        "<p>Jūnija sākumā lūdzām dalībniekiem aizpildīt īsu anonīmu aptauju. Atbildes sniedza "
                        "piecpadsmit no astoņpadsmit. Kopsavilkumā:</p>"
                        "<ul>"
                        "<li>trīspadsmit atbildētāji teica, ka ar savām raizēm jūtas mazāk vieni;</li>"
                        "<li>vienpadsmit ar grupas atbalstu bija spēruši vismaz vienu jaunu soli, piemēram, vērsušies pie "
                        "ārsta vai atgriezušies darbā;</li>"
                        "<li>gandrīz visi vēlējās, lai tikšanās reizēs paliktu vairāk laika brīvai sarunai.</li>"
                        "</ul>"
                        "<p>Pēdējā vēlme mums bija īpaši svarīga. Līdz šim tikšanās ilga 75 minūtes, un liela daļa laika "
                        "aizgāja ievadam un tematiskajai diskusijai. No rudens tikšanās ilgs 90 minūtes. Divi atbildētāji vēlējās arī vēlāku sākuma laiku, tāpēc rudenī viena no grupām sāks tikties tikai sešos vakarā.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "Sākumā nācu tikai paklausīties. Trešajā reizē pamanīju, ka runāju pats, un neviens uz mani "
                            "neskatījās izbrīnīti."
                        ),
                        "who": "Jaanus",
                        "role": "atbalsta grupas dalībnieks",
                    }],
                    ["heading", {"text": "Ko iemācījās grupas vadītāji", "anchor": ""}],
                    ["text", (
                        "<p>Ja grupu vada divi konsultanti, vajadzīgas labas vienošanās. Pirms katras tikšanās vadītāji "
                        "pārrunā, kurš sāks, kurš sekos laikam un kurš pamanīs, ja kādam pēc tikšanās vajadzīga atsevišķa "
                        "saruna. Pēc tikšanās viņi paliek vēl uz pusstundu, lai pārrunātu, kas izdevās labi un kas vēl "
                        "nedod mieru. Reizi mēnesī savus jautājumus viņi aiznes arī uz kovīzijas grupu. Kāds no vadītājiem pavasara beigās rakstīja, ka visgrūtāk bija nerisināt citu problēmas viņu vietā, jo grupa pati bieži atrada labāku atbildi.</p>"
                        "<p>Rudenī grupā būs vieta arī jauniem dalībniekiem. Septembra beigās notiks tiešsaistes vakars, "
                        "kurā runāsim par to, kā pastāstīt tuviniekiem par savu atveseļošanos, bet decembrī – kopienas "
                        "vakars visiem esošajiem un bijušajiem dalībniekiem. Ja jūtat, ka grupa varētu jums derēt, "
                        "rakstiet mums.</p>"
                    )],
                ],
            },
            "nb": {
                "title": "Den første våren i støttegruppen for bedring: dette fortalte deltakerne oss",
                "lead": (
                    "I mars møttes støttegruppen for bedring hos Kogemussild for første gang, ledet av to "
                    "erfaringsrådgivere. Da vårsemesteret var over, samlet vi inn tilbakemeldinger fra deltakerne, og ut "
                    "fra dem gjør vi noen endringer til høsten."
                ),
                "content_notes": "",
                "body": [
                    ["text", (
                        "<p>Ideen om en gruppe vokste fram av rådgivernes daglige arbeid. Mange som kommer til "
                        "individuelle samtaler, har spurt om det finnes et sted der de kan møte andre som går den samme "
                        "veien. I februar åpnet vi for påmelding, og i midten av mars møttes to grupper for første gang. "
                        "Hver gruppe har høyst ti deltakere og to erfaringsrådgivere, den møtes to ganger i måneden, og "
                        "det er gratis å delta.</p>"
                        "<p>På oppstartsmøtet lagde vi gruppereglene sammen. Det viktigste for deltakerne var at det som "
                        "blir sagt i gruppen, blir i gruppen, og at ingen har plikt til å snakke hvis de ikke vil. Vi la også til en regel som en av deltakerne foreslo: Ingen gir andre råd uten å bli spurt. Den enkle avtalen har bidratt til å holde samtalene trygge.</p>"
                        "<p>Møtene er enkelt bygd opp. Vi begynner med en runde der alle sier med et par setninger hvordan de har hatt det. Deretter presenterer en av gruppelederne dagens tema, for eksempel søvnrytme, samtaler med de nærmeste eller tilbakeslag, og deler sin egen erfaring. Til slutt er det tid til fri samtale, og den som vil, kan nevne ett lite steg vedkommende ønsker å ta før neste møte.</p>"
                    )],
                    ["heading", {"text": "Dette viste tilbakemeldingene", "anchor": ""}],
                    ["text", (
                        "<p>I begynnelsen av juni ba vi deltakerne fylle ut et kort, anonymt spørreskjema. Femten av "
                        "atten svarte. Kort oppsummert:</p>"
                        "<ul>"
                        "<li>tretten svarte at de føler seg mindre alene med det de strever med;</li>"
                        "<li>elleve hadde med støtte fra gruppen tatt minst ett nytt steg, for eksempel oppsøkt lege "
                        "eller kommet tilbake i jobb;</li>"
                        "<li>nesten alle ønsket mer tid til fri samtale på møtene.</li>"
                        "</ul>"
                        "<p>Det siste ønsket var særlig viktig for oss. Hittil har møtene vart i 75 minutter, og mye av "
                        "tiden har gått med til innledning og temasamtale. Fra høsten blir møtene utvidet til 90 "
                        "minutter. To av dem som svarte, ønsket også et senere starttidspunkt, så fra høsten begynner den ene gruppen først klokka seks om kvelden.</p>"
                    )],
                    ["quote", {
                        "text": (
                            "I starten kom jeg bare for å lytte. Tredje gangen oppdaget jeg at jeg snakket selv, og "
                            "ingen så forundret på meg."
                        ),
                        "who": "Jaanus",
                        "role": "deltaker i støttegruppen",
                    }],
                    ["heading", {"text": "Dette lærte gruppelederne", "anchor": ""}],
                    ["text", (
                        "<p>Når to rådgivere leder en gruppe sammen, trengs det gode avtaler. Før hvert møte går "
                        "gruppelederne gjennom hvem som begynner, hvem som holder styr på tiden, og hvem som følger med på "
                        "om noen trenger en egen samtale etterpå. Etter møtet blir de sittende en halvtime til og snakker "
                        "om hva som gikk bra, og hva som fortsatt skaver. En gang i måneden tar de også med seg "
                        "spørsmålene sine til kollegaveiledningsgruppen. En av gruppelederne skrev i slutten av våren at det vanskeligste var å la være å løse andres problemer for dem, for gruppen fant ofte et bedre svar selv.</p>"
                        "<p>Til høsten er det plass til nye medlemmer i gruppen. I slutten av september holder vi en "
                        "nettkveld om hvordan man kan fortelle sine nærmeste om bedringsprosessen, og i desember en "
                        "fellesskapskveld for alle nåværende og tidligere deltakere. Kjenner du at gruppen kan passe for "
                        "deg, så skriv til oss.</p>"
                    )],
                ],
            },
        },
    },
]
