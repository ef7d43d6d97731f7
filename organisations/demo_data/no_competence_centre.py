# Demo organisation: a fictional Norwegian competence centre employing erfaringskonsulenter.

ORGANISATION = {
    "key": "no-competence-centre",
    "source_language": "nb",
    "country": "NO",
    "logo": {"initials": "LK", "colour": "#24506b"},
    "contact_email": "post@lysning.example",
    "contact_phone": "+47 5550 0101",
    "website": "",
    "coordinator_email": "oppdrag@lysning.example",
    "images": {
        "hero": {"colour": "#dbe8ef"},
    },
    "content": {
        "nb": {
            "title": "Lysning kompetansesenter",
            "slug": "lysning-kompetansesenter",
            "intro": (
                "Lysning kompetansesenter ansetter, lærer opp og veileder erfaringskonsulenter: mennesker som selv "
                "har fått hjelp for psykiske plager eller rusproblemer, og som nå bruker denne erfaringen i arbeidet "
                "sitt. Vi samarbeider med kommuner og distriktspsykiatriske sentre om tjenester der brukernes stemme "
                "blir hørt."
            ),
            "address": "Kaiveien 12\n7042 Trondheim\nNorge",
            "body": [
                ["heading", {"text": "Hvem vi er", "anchor": ""}],
                ["text", (
                    "<p>Lysning ble startet i 2015 av tre erfaringskonsulenter og en psykiatrisk sykepleier som ønsket "
                    "et fagmiljø der brukererfaring ble tatt like alvorlig som annen kunnskap. I dag er vi elleve "
                    "ansatte, og sju av oss arbeider som erfaringskonsulenter.</p>"
                    "<p>Vi holder til i Trondheim, men oppdragene kommer fra hele landet. Vi tilbyr foredrag, kurs og "
                    "veiledning, vi evaluerer hvordan erfaringskonsulentrollen fungerer i praksis, og vi leder "
                    "utviklingsprosjekter sammen med kommuner og spesialisthelsetjenesten.</p>"
                )],
                ["image", {
                    "image": "@hero",
                    "alt_text": "Myke, avrundede former i lyst blågrønt som glir over i hverandre.",
                    "decorative": False,
                    "caption": "Et rom for erfaring, fagkunnskap og samtale.",
                    "credit": "Illustrasjon: Lysning kompetansesenter",
                }],
                ["heading", {"text": "Hva er en erfaringskonsulent?", "anchor": ""}],
                ["definitions", [
                    {
                        "term": "Erfaringskonsulent",
                        "definition": (
                            "<p>En fast eller midlertidig ansatt i helse- eller velferdstjenestene som er rekruttert "
                            "nettopp fordi hun eller han selv har fått hjelp for psykiske plager eller rusproblemer. "
                            "Oppgaven er å gjøre brukernes erfaringer til en fast og planlagt del av tjenesten, ikke "
                            "noe som dukker opp tilfeldig.</p>"
                        ),
                    },
                    {
                        "term": "Erfaringskompetanse",
                        "definition": (
                            "<p>Kunnskap som vokser fram når en person har bearbeidet sine egne erfaringer, ser dem i "
                            "en større sammenheng og kan bruke dem bevisst til beste for andre. Erfaring alene er ikke "
                            "nok – det er refleksjonen som gjør den til kompetanse.</p>"
                        ),
                    },
                    {
                        "term": "Brukermedvirkning",
                        "definition": (
                            "<p>Retten brukere og pårørende har til å påvirke tjenestene, både i egen behandling og når "
                            "tjenester planlegges og evalueres. En erfaringskonsulent er en av flere måter å styrke "
                            "denne medvirkningen på.</p>"
                        ),
                    },
                    {
                        "term": "Recovery (bedringsprosess)",
                        "definition": (
                            "<p>En personlig prosess der man finner mening, mestring og et godt liv, med eller uten "
                            "symptomer. En erfaringskonsulent kan med sin egen historie vise at bedring er mulig.</p>"
                        ),
                    },
                ]],
                ["heading", {"text": "Slik arbeider vi", "anchor": ""}],
                ["text", (
                    "<p>Erfaringskonsulentene våre er ansatt i team på lik linje med andre yrkesgrupper. De deltar i "
                    "personalmøter, følger brukere i hverdagen og løfter fram brukerperspektivet når teamet drøfter "
                    "hvordan arbeidet skal gjøres.</p>"
                    "<ul>"
                    "<li>Vi snakker med brukere om hva som har hjulpet oss selv, og om hvilke veier som finnes "
                    "videre.</li>"
                    "<li>Vi bidrar i personalmøter og fagutvikling med erfaringer fra den andre siden av bordet.</li>"
                    "<li>Vi underviser ansatte, studenter og ledere om erfaringskonsulentrollen.</li>"
                    "<li>Alle erfaringskonsulenter hos oss får jevnlig veiledning, både individuelt og i gruppe.</li>"
                    "</ul>"
                )],
                ["quote", {
                    "text": (
                        "Jeg forteller ikke hele historien min til alle. Jeg velger ut det som kan gi den andre litt "
                        "håp, og så lytter jeg mer enn jeg snakker."
                    ),
                    "who": "Siri",
                    "role": "erfaringskonsulent i et ambulant team",
                }],
                ["heading", {"text": "Våre verdier", "anchor": ""}],
                ["values", [
                    {"name": "Håp", "description": "Vi tror at bedring er mulig, og vi viser det gjennom egne erfaringer."},
                    {"name": "Likeverd", "description": "Brukere, erfaringskonsulenter og fagfolk møtes som likeverdige parter med ulik kunnskap."},
                    {"name": "Åpenhet", "description": "Vi snakker om egne erfaringer med omtanke og respekterer at hver enkelt selv bestemmer hva de vil dele."},
                    {"name": "Faglighet", "description": "Erfaring blir kompetanse gjennom opplæring, veiledning og refleksjon, og det tar vi på alvor."},
                ]],
                ["heading", {"text": "Ofte stilte spørsmål", "anchor": ""}],
                ["faq", [
                    {
                        "question": "Må en erfaringskonsulent ha utdanning?",
                        "answer": (
                            "<p>Det viktigste er egne erfaringer som bruker av tjenester, og at man har bearbeidet dem. "
                            "Hos oss tar alle nyansatte et grunnkurs, og mange tar senere videreutdanning i "
                            "erfaringsbasert praksis.</p>"
                        ),
                    },
                    {
                        "question": "Er en erfaringskonsulent det samme som en likeperson?",
                        "answer": (
                            "<p>Ikke helt. En likeperson gir ofte støtte som frivillig, mens en erfaringskonsulent er "
                            "ansatt med lønn og er en del av et team, med samme ansvar og taushetsplikt som andre "
                            "ansatte.</p>"
                        ),
                    },
                    {
                        "question": "Kan vi ansette en erfaringskonsulent selv?",
                        "answer": (
                            "<p>Ja. Vi hjelper gjerne med stillingsbeskrivelse, rekruttering og opplæring, og vi kan "
                            "veilede både den nyansatte og lederen gjennom det første året.</p>"
                        ),
                    },
                    {
                        "question": "Hvordan bestiller vi et foredrag?",
                        "answer": (
                            "<p>Send oss en e-post med ønsket dato, sted og målgruppe. Vi svarer innen fem virkedager og "
                            "foreslår en erfaringskonsulent som passer til oppdraget.</p>"
                        ),
                    },
                ]],
                ["call_to_action", {
                    "title": "Vil dere vite mer?",
                    "text": "Vi forteller gjerne hvordan en erfaringskonsulent kan styrke tjenestene hos dere.",
                    "link_text": "Skriv til oss",
                    "page": None,
                    "url": "mailto:post@lysning.example",
                }],
            ],
            "partners": [
                ["partner", {"name": "Nordfjell DPS", "url": ""}],
                ["partner", {"name": "Brukerforeningen Stifinner", "url": ""}],
                ["partner", {"name": "Fagskolen Elvebredd", "url": ""}],
                ["badge", {"text": "Samarbeidspartner for det regionale helseforetaket"}],
            ],
            "price_list": [
                {
                    "caption": "Priser for oppdrag i 2026",
                    "rows": [
                        {"service": "Foredrag om erfaringskonsulentrollen", "format": "in_person", "duration_minutes": 60, "price": "3500", "currency": "NOK"},
                        {"service": "Kursdag for ansatte og erfaringskonsulenter", "format": "in_person", "duration_minutes": 360, "price": "14500", "currency": "NOK"},
                        {"service": "Teamveiledning på arbeidsplassen", "format": "in_person", "duration_minutes": 90, "price": "2400", "currency": "NOK"},
                        {"service": "Nettveiledning for erfaringskonsulenter", "format": "remote", "duration_minutes": 60, "price": "355", "currency": "NOK"},
                    ],
                    "note": (
                        "Nettveiledning har redusert pris fordi den er ment for erfaringskonsulenter som betaler selv. "
                        "Reise og opphold utenfor Trondheim faktureres etter avtale."
                    ),
                },
            ],
            "cancellation_terms": (
                "<p>Et oppdrag kan avbestilles uten kostnad inntil 14 dager før avtalt dato. Ved avbestilling 7–13 "
                "dager før fakturerer vi halvparten av honoraret, og ved avbestilling senere enn 7 dager før "
                "fakturerer vi hele honoraret.</p>"
                "<p>Hvis erfaringskonsulenten vår blir syk, finner vi en ny dato sammen med dere uten ekstra kostnad. "
                "Nettveiledning kan flyttes kostnadsfritt inntil 24 timer før avtalt time.</p>"
            ),
        },
        "et": {
            "title": "Kompetentsikeskus Lysning",
            "slug": "kompetentsikeskus-lysning",
            "intro": (
                "Kompetentsikeskus Lysning võtab tööle, koolitab ja juhendab kogemuskonsultante (norra keeles "
                "erfaringskonsulent) – inimesi, kes on ise saanud abi psüühiliste murede või sõltuvusprobleemide "
                "tõttu ja kasutavad seda kogemust nüüd oma töös. Teeme koostööd omavalitsuste ja piirkondlike "
                "psühhiaatriakeskustega, et teenustes kostaks kasutajate hääl."
            ),
            "address": "Kaiveien 12\n7042 Trondheim\nNorra",
            "body": [
                ["heading", {"text": "Kes me oleme", "anchor": ""}],
                ["text", (
                    "<p>Lysningu asutasid 2015. aastal kolm kogemuskonsultanti ja üks psühhiaatriaõde, kes soovisid "
                    "luua erialase keskkonna, kus teenusekasutaja kogemust võetakse sama tõsiselt kui muid teadmisi. "
                    "Praegu on meil üksteist töötajat, kellest seitse töötab kogemuskonsultandina.</p>"
                    "<p>Asume Trondheimis, kuid tellimusi saame üle kogu Norra. Pakume loenguid, koolitusi ja "
                    "supervisiooni, hindame, kuidas kogemuskonsultandi roll praktikas toimib, ning juhime "
                    "arendusprojekte koos omavalitsuste ja eriarstiabiga.</p>"
                )],
                ["image", {
                    "image": "@hero",
                    "alt_text": "Pehmed ümarad kujundid heledas sinakasrohelises toonis, mis sulanduvad üksteisesse.",
                    "decorative": False,
                    "caption": "Ruum kogemusele, erialateadmistele ja vestlusele.",
                    "credit": "Illustratsioon: kompetentsikeskus Lysning",
                }],
                ["heading", {"text": "Kes on kogemuskonsultant?", "anchor": ""}],
                ["definitions", [
                    {
                        "term": "Kogemuskonsultant (erfaringskonsulent)",
                        "definition": (
                            "<p>Tervise- või hoolekandeteenuste alaline või ajutine töötaja, kes on tööle võetud just "
                            "seetõttu, et ta on ise saanud abi psüühiliste murede või sõltuvusprobleemide tõttu. Tema "
                            "ülesanne on muuta teenusekasutajate kogemus teenuse püsivaks ja kavandatud osaks, mitte "
                            "millekski juhuslikuks.</p>"
                        ),
                    },
                    {
                        "term": "Kogemuspädevus",
                        "definition": (
                            "<p>Teadmine, mis kasvab välja siis, kui inimene on oma kogemused läbi töötanud, mõistab "
                            "neid laiemas seoses ja oskab neid teadlikult teiste heaks kasutada. Ainult kogemusest ei "
                            "piisa – pädevuseks muudab selle järelemõtlemine.</p>"
                        ),
                    },
                    {
                        "term": "Teenusekasutajate kaasamine",
                        "definition": (
                            "<p>Teenusekasutajate ja nende lähedaste õigus mõjutada teenuseid nii oma ravis kui ka siis, "
                            "kui teenuseid kavandatakse ja hinnatakse. Kogemuskonsultant on üks mitmest viisist seda "
                            "kaasamist tugevdada.</p>"
                        ),
                    },
                    {
                        "term": "Taastumine (recovery)",
                        "definition": (
                            "<p>Isiklik protsess, mille käigus inimene leiab mõtte, toimetuleku ja hea elu – "
                            "sümptomitega või ilma. Kogemuskonsultant saab oma looga näidata, et paranemine on "
                            "võimalik.</p>"
                        ),
                    },
                ]],
                ["heading", {"text": "Kuidas me töötame", "anchor": ""}],
                ["text", (
                    "<p>Meie kogemuskonsultandid töötavad meeskondades teiste erialade esindajatega võrdsetel alustel. "
                    "Nad osalevad töötajate koosolekutel, toetavad teenusekasutajaid igapäevaelus ja toovad esile "
                    "kasutaja vaatenurga, kui meeskond arutab, kuidas tööd teha.</p>"
                    "<ul>"
                    "<li>Räägime teenusekasutajatega sellest, mis on meid ennast aidanud ja millised teed viivad "
                    "edasi.</li>"
                    "<li>Toome töötajate koosolekutele ja erialasesse arendustöösse kogemuse, mis pärineb laua teiselt "
                    "poolelt.</li>"
                    "<li>Koolitame töötajaid, üliõpilasi ja juhte kogemuskonsultandi rollist.</li>"
                    "<li>Kõik meie kogemuskonsultandid saavad regulaarselt supervisiooni nii individuaalselt kui ka "
                    "grupis.</li>"
                    "</ul>"
                )],
                ["quote", {
                    "text": (
                        "Ma ei räägi kõigile kogu oma lugu. Valin välja selle, mis võib teisele natuke lootust anda, "
                        "ja siis kuulan rohkem, kui räägin."
                    ),
                    "who": "Siri",
                    "role": "kogemuskonsultant mobiilses meeskonnas",
                }],
                ["heading", {"text": "Meie väärtused", "anchor": ""}],
                ["values", [
                    {"name": "Lootus", "description": "Usume, et paranemine on võimalik, ja näitame seda oma kogemuste kaudu."},
                    {"name": "Võrdväärsus", "description": "Teenusekasutajad, kogemuskonsultandid ja spetsialistid kohtuvad võrdsete partneritena, kellel on erinevad teadmised."},
                    {"name": "Avatus", "description": "Räägime oma kogemustest hoolivalt ja austame seda, et igaüks otsustab ise, mida ta jagada soovib."},
                    {"name": "Professionaalsus", "description": "Kogemus muutub pädevuseks koolituse, supervisiooni ja järelemõtlemise kaudu ning me võtame seda tõsiselt."},
                ]],
                ["heading", {"text": "Korduma kippuvad küsimused", "anchor": ""}],
                ["faq", [
                    {
                        "question": "Kas kogemuskonsultandil peab olema eriharidus?",
                        "answer": (
                            "<p>Kõige olulisem on isiklik kogemus teenusekasutajana ja see, et inimene on selle läbi "
                            "töötanud. Meil läbivad kõik uued töötajad baaskoolituse ja paljud omandavad hiljem "
                            "kogemuspõhise töö täiendkoolituse.</p>"
                        ),
                    },
                    {
                        "question": "Kas kogemuskonsultant on sama mis vabatahtlik tugiisik?",
                        "answer": (
                            "<p>Mitte päris. Vabatahtlik tugiisik pakub tuge sageli tasuta, kogemuskonsultant aga on "
                            "palgaline töötaja ja meeskonna liige, kellel on teiste töötajatega sama vastutus ja "
                            "konfidentsiaalsuskohustus.</p>"
                        ),
                    },
                    {
                        "question": "Kas saame kogemuskonsultandi ise tööle võtta?",
                        "answer": (
                            "<p>Jah. Aitame hea meelega ametijuhendi, värbamise ja väljaõppega ning saame esimese aasta "
                            "jooksul juhendada nii uut töötajat kui ka tema juhti.</p>"
                        ),
                    },
                    {
                        "question": "Kuidas loengut tellida?",
                        "answer": (
                            "<p>Saatke meile e-kiri, kus on kirjas soovitud kuupäev, koht ja sihtrühm. Vastame viie "
                            "tööpäeva jooksul ja pakume välja kogemuskonsultandi, kes tellimusega hästi sobib.</p>"
                        ),
                    },
                ]],
                ["call_to_action", {
                    "title": "Soovite rohkem teada?",
                    "text": "Räägime hea meelega, kuidas kogemuskonsultant saaks teie teenuseid tugevdada.",
                    "link_text": "Kirjutage meile",
                    "page": None,
                    "url": "mailto:post@lysning.example",
                }],
            ],
            "partners": [
                ["partner", {"name": "Nordfjell DPS", "url": ""}],
                ["partner", {"name": "Brukerforeningen Stifinner", "url": ""}],
                ["partner", {"name": "Fagskolen Elvebredd", "url": ""}],
                ["badge", {"text": "Piirkondliku tervishoiuasutuse koostööpartner"}],
            ],
            "price_list": [
                {
                    "caption": "Tellimuste hinnad 2026. aastal",
                    "rows": [
                        {"service": "Loeng kogemuskonsultandi rollist", "format": "in_person", "duration_minutes": 60, "price": "3500", "currency": "NOK"},
                        {"service": "Koolituspäev töötajatele ja kogemuskonsultantidele", "format": "in_person", "duration_minutes": 360, "price": "14500", "currency": "NOK"},
                        {"service": "Meeskonna supervisioon töökohas", "format": "in_person", "duration_minutes": 90, "price": "2400", "currency": "NOK"},
                        {"service": "Veebisupervisioon kogemuskonsultantidele", "format": "remote", "duration_minutes": 60, "price": "355", "currency": "NOK"},
                    ],
                    "note": (
                        "Veebisupervisioon on soodushinnaga, sest see on mõeldud kogemuskonsultantidele, kes maksavad "
                        "ise. Reisi- ja majutuskulud väljaspool Trondheimi lepime kokku eraldi."
                    ),
                },
            ],
            "cancellation_terms": (
                "<p>Tellimuse saab tasuta tühistada kuni 14 päeva enne kokkulepitud kuupäeva. Kui tühistate 7–13 "
                "päeva varem, esitame arve poole tasu eest, ja kui tühistate hiljem kui 7 päeva enne, esitame arve "
                "kogu tasu eest.</p>"
                "<p>Kui meie kogemuskonsultant jääb haigeks, leiame koos teiega uue kuupäeva ilma lisatasuta. "
                "Veebisupervisiooni saab tasuta edasi lükata kuni 24 tundi enne kokkulepitud aega.</p>"
            ),
        },
        "fi": {
            "title": "Osaamiskeskus Lysning",
            "slug": "osaamiskeskus-lysning",
            "intro": (
                "Osaamiskeskus Lysning palkkaa, kouluttaa ja ohjaa kokemuskonsultteja (norjaksi erfaringskonsulent), "
                "eli ihmisiä, jotka ovat itse saaneet apua mielenterveys- tai päihdeongelmiin ja käyttävät nyt tätä "
                "kokemusta työssään. Teemme yhteistyötä kuntien ja psykiatristen aluekeskusten kanssa, jotta "
                "palvelunkäyttäjien ääni kuuluisi palveluissa."
            ),
            "address": "Kaiveien 12\n7042 Trondheim\nNorja",
            "body": [
                ["heading", {"text": "Keitä olemme", "anchor": ""}],
                ["text", (
                    "<p>Lysningin perustivat vuonna 2015 kolme kokemuskonsulttia ja psykiatrinen sairaanhoitaja, jotka "
                    "halusivat luoda työyhteisön, jossa palvelunkäyttäjän kokemusta arvostetaan yhtä paljon kuin muuta "
                    "tietoa. Nyt meitä on yksitoista työntekijää, ja seitsemän meistä työskentelee "
                    "kokemuskonsultteina.</p>"
                    "<p>Toimimme Trondheimissa, mutta tehtäviä tulee eri puolilta Norjaa. Tarjoamme luentoja, "
                    "koulutuksia ja työnohjausta, arvioimme, miten kokemuskonsultin rooli toimii käytännössä, ja "
                    "johdamme kehittämishankkeita yhdessä kuntien ja erikoissairaanhoidon kanssa.</p>"
                )],
                ["image", {
                    "image": "@hero",
                    "alt_text": "Pehmeitä, pyöreitä muotoja vaalean sinivihreän sävyissä, jotka sulautuvat toisiinsa.",
                    "decorative": False,
                    "caption": "Tilaa kokemukselle, ammattitiedolle ja keskustelulle.",
                    "credit": "Kuvitus: Osaamiskeskus Lysning",
                }],
                ["heading", {"text": "Kuka on kokemuskonsultti?", "anchor": ""}],
                ["definitions", [
                    {
                        "term": "Kokemuskonsultti (erfaringskonsulent)",
                        "definition": (
                            "<p>Terveys- tai hyvinvointipalveluissa vakituisesti tai määräaikaisesti työskentelevä "
                            "henkilö, joka on palkattu juuri siksi, että hän on itse saanut apua mielenterveys- tai "
                            "päihdeongelmiin. Hänen tehtävänsä on tehdä palvelunkäyttäjien kokemuksesta pysyvä ja "
                            "suunnitelmallinen osa palvelua eikä sattumanvaraista lisää.</p>"
                        ),
                    },
                    {
                        "term": "Kokemusosaaminen",
                        "definition": (
                            "<p>Tietoa, joka syntyy, kun ihminen on käsitellyt omat kokemuksensa, näkee ne laajemmassa "
                            "yhteydessä ja osaa käyttää niitä tietoisesti toisten hyväksi. Pelkkä kokemus ei riitä – "
                            "vasta pohdinta tekee siitä osaamista.</p>"
                        ),
                    },
                    {
                        "term": "Palvelunkäyttäjien osallisuus",
                        "definition": (
                            "<p>Palvelunkäyttäjien ja heidän läheistensä oikeus vaikuttaa palveluihin sekä omassa "
                            "hoidossaan että silloin, kun palveluja suunnitellaan ja arvioidaan. Kokemuskonsultti on "
                            "yksi monista tavoista vahvistaa tätä osallisuutta.</p>"
                        ),
                    },
                    {
                        "term": "Toipuminen (recovery)",
                        "definition": (
                            "<p>Henkilökohtainen prosessi, jossa ihminen löytää merkityksen, keinoja pärjätä ja hyvän "
                            "elämän oireiden kanssa tai ilman niitä. Kokemuskonsultti voi omalla tarinallaan näyttää, "
                            "että toipuminen on mahdollista.</p>"
                        ),
                    },
                ]],
                ["heading", {"text": "Näin työskentelemme", "anchor": ""}],
                ["text", (
                    "<p>Kokemuskonsulttimme työskentelevät tiimeissä samalla tavalla kuin muutkin ammattiryhmät. He "
                    "osallistuvat henkilökunnan kokouksiin, kulkevat palvelunkäyttäjien rinnalla arjessa ja nostavat "
                    "esiin käyttäjän näkökulman, kun tiimi pohtii työtapojaan.</p>"
                    "<ul>"
                    "<li>Keskustelemme palvelunkäyttäjien kanssa siitä, mikä on auttanut meitä itseämme ja mitä "
                    "vaihtoehtoja eteenpäin on.</li>"
                    "<li>Tuomme henkilökunnan kokouksiin ja kehittämistyöhön kokemusta pöydän toiselta puolelta.</li>"
                    "<li>Koulutamme työntekijöitä, opiskelijoita ja esihenkilöitä kokemuskonsultin roolista.</li>"
                    "<li>Kaikki kokemuskonsulttimme saavat säännöllistä työnohjausta sekä yksin että ryhmässä.</li>"
                    "</ul>"
                )],
                ["quote", {
                    "text": (
                        "En kerro koko tarinaani kaikille. Valitsen siitä ne osat, jotka voivat antaa toiselle vähän "
                        "toivoa, ja sitten kuuntelen enemmän kuin puhun."
                    ),
                    "who": "Siri",
                    "role": "kokemuskonsultti liikkuvassa tiimissä",
                }],
                ["heading", {"text": "Arvomme", "anchor": ""}],
                ["values", [
                    {"name": "Toivo", "description": "Uskomme, että toipuminen on mahdollista, ja näytämme sen omien kokemustemme kautta."},
                    {"name": "Tasavertaisuus", "description": "Palvelunkäyttäjät, kokemuskonsultit ja ammattilaiset kohtaavat tasavertaisina, ja jokaisella on oma tietonsa."},
                    {"name": "Avoimuus", "description": "Puhumme omista kokemuksistamme harkiten ja kunnioitamme sitä, että jokainen päättää itse, mitä haluaa jakaa."},
                    {"name": "Ammatillisuus", "description": "Kokemuksesta tulee osaamista koulutuksen, työnohjauksen ja pohdinnan kautta, ja suhtaudumme siihen vakavasti."},
                ]],
                ["heading", {"text": "Usein kysyttyä", "anchor": ""}],
                ["faq", [
                    {
                        "question": "Tarvitseeko kokemuskonsultilla olla koulutus?",
                        "answer": (
                            "<p>Tärkeintä on oma kokemus palvelujen käyttäjänä ja se, että kokemus on käsitelty. "
                            "Meillä kaikki uudet työntekijät käyvät peruskurssin, ja moni suorittaa myöhemmin "
                            "kokemukseen perustuvan työn täydennyskoulutuksen.</p>"
                        ),
                    },
                    {
                        "question": "Onko kokemuskonsultti sama asia kuin vapaaehtoinen vertaistukija?",
                        "answer": (
                            "<p>Ei aivan. Vertaistukija antaa tukea usein vapaaehtoisena, kun taas kokemuskonsultti on "
                            "palkattu työntekijä ja osa tiimiä, ja hänellä on sama vastuu ja vaitiolovelvollisuus kuin "
                            "muillakin työntekijöillä.</p>"
                        ),
                    },
                    {
                        "question": "Voimmeko palkata kokemuskonsultin itse?",
                        "answer": (
                            "<p>Kyllä. Autamme mielellämme tehtävänkuvan, rekrytoinnin ja perehdytyksen kanssa, ja "
                            "voimme ohjata sekä uutta työntekijää että hänen esihenkilöään ensimmäisen vuoden ajan.</p>"
                        ),
                    },
                    {
                        "question": "Miten tilaamme luennon?",
                        "answer": (
                            "<p>Lähettäkää meille sähköpostia ja kertokaa toivottu päivä, paikka ja kohderyhmä. "
                            "Vastaamme viiden arkipäivän kuluessa ja ehdotamme tehtävään sopivaa kokemuskonsulttia.</p>"
                        ),
                    },
                ]],
                ["call_to_action", {
                    "title": "Haluatteko tietää lisää?",
                    "text": "Kerromme mielellämme, miten kokemuskonsultti voi vahvistaa teidän palvelujanne.",
                    "link_text": "Kirjoittakaa meille",
                    "page": None,
                    "url": "mailto:post@lysning.example",
                }],
            ],
            "partners": [
                ["partner", {"name": "Nordfjell DPS", "url": ""}],
                ["partner", {"name": "Brukerforeningen Stifinner", "url": ""}],
                ["partner", {"name": "Fagskolen Elvebredd", "url": ""}],
                ["badge", {"text": "Alueellisen terveysyhtymän yhteistyökumppani"}],
            ],
            "price_list": [
                {
                    "caption": "Tehtävien hinnat vuonna 2026",
                    "rows": [
                        {"service": "Luento kokemuskonsultin roolista", "format": "in_person", "duration_minutes": 60, "price": "3500", "currency": "NOK"},
                        {"service": "Koulutuspäivä työntekijöille ja kokemuskonsulteille", "format": "in_person", "duration_minutes": 360, "price": "14500", "currency": "NOK"},
                        {"service": "Tiimin työnohjaus työpaikalla", "format": "in_person", "duration_minutes": 90, "price": "2400", "currency": "NOK"},
                        {"service": "Etätyönohjaus kokemuskonsulteille", "format": "remote", "duration_minutes": 60, "price": "355", "currency": "NOK"},
                    ],
                    "note": (
                        "Etätyönohjaus on edullisempi, koska se on tarkoitettu kokemuskonsulteille, jotka maksavat sen "
                        "itse. Trondheimin ulkopuolisten tehtävien matka- ja majoituskuluista sovitaan erikseen."
                    ),
                },
            ],
            "cancellation_terms": (
                "<p>Tehtävän voi perua maksutta viimeistään 14 päivää ennen sovittua päivää. Jos perutte 7–13 päivää "
                "ennen, laskutamme puolet palkkiosta, ja jos perutte myöhemmin kuin 7 päivää ennen, laskutamme koko "
                "palkkion.</p>"
                "<p>Jos kokemuskonsulttimme sairastuu, sovimme kanssanne uuden ajan ilman lisäkustannuksia. "
                "Etätyönohjauksen voi siirtää maksutta viimeistään 24 tuntia ennen sovittua aikaa.</p>"
            ),
        },
        "lv": {
            "title": "Kompetences centrs “Lysning”",
            "slug": "kompetences-centrs-lysning",
            "intro": (
                "Kompetences centrs “Lysning” pieņem darbā, apmāca un atbalsta pieredzes konsultantus (norvēģiski "
                "erfaringskonsulent) – cilvēkus, kuri paši ir saņēmuši palīdzību psihiskās veselības vai atkarības "
                "problēmu dēļ un tagad šo pieredzi izmanto savā darbā. Mēs sadarbojamies ar pašvaldībām un "
                "reģionālajiem psihiatrijas centriem, lai pakalpojumos tiktu sadzirdēta lietotāju balss."
            ),
            "address": "Kaiveien 12\n7042 Trondheim\nNorvēģija",
            "body": [
                ["heading", {"text": "Kas mēs esam", "anchor": ""}],
                ["text", (
                    "<p>Centru “Lysning” 2015. gadā dibināja trīs pieredzes konsultanti un psihiatrijas māsa, kuri "
                    "vēlējās izveidot profesionālu vidi, kurā pakalpojumu lietotāja pieredzi uztver tikpat nopietni kā "
                    "citas zināšanas. Šobrīd mums ir vienpadsmit darbinieki, no kuriem septiņi strādā par pieredzes "
                    "konsultantiem.</p>"
                    "<p>Mēs atrodamies Tronheimā, taču pasūtījumus saņemam no visas Norvēģijas. Piedāvājam lekcijas, "
                    "mācības un supervīziju, izvērtējam, kā pieredzes konsultanta loma darbojas praksē, un vadām "
                    "attīstības projektus kopā ar pašvaldībām un specializēto veselības aprūpi.</p>"
                )],
                ["image", {
                    "image": "@hero",
                    "alt_text": "Maigas, noapaļotas formas gaišos zilganzaļos toņos, kas saplūst cita ar citu.",
                    "decorative": False,
                    "caption": "Vieta pieredzei, profesionālām zināšanām un sarunai.",
                    "credit": "Ilustrācija: kompetences centrs “Lysning”",
                }],
                ["heading", {"text": "Kas ir pieredzes konsultants?", "anchor": ""}],
                ["definitions", [
                    {
                        "term": "Pieredzes konsultants (erfaringskonsulent)",
                        "definition": (
                            "<p>Veselības vai sociālās labklājības pakalpojumu pastāvīgs vai pagaidu darbinieks, kas "
                            "pieņemts darbā tieši tāpēc, ka pats ir saņēmis palīdzību psihiskās veselības vai "
                            "atkarības problēmu dēļ. Viņa uzdevums ir padarīt pakalpojumu lietotāju pieredzi par "
                            "pastāvīgu un plānotu pakalpojuma daļu, nevis par kaut ko nejaušu.</p>"
                        ),
                    },
                    {
                        "term": "Pieredzes kompetence",
                        "definition": (
                            "<p>Zināšanas, kas rodas, kad cilvēks ir pārstrādājis savu pieredzi, redz to plašākā "
                            "kontekstā un prot to apzināti izmantot citu labā. Ar pieredzi vien nepietiek – par "
                            "kompetenci to padara pārdomas.</p>"
                        ),
                    },
                    {
                        "term": "Pakalpojumu lietotāju līdzdalība",
                        "definition": (
                            "<p>Pakalpojumu lietotāju un viņu tuvinieku tiesības ietekmēt pakalpojumus gan savā "
                            "ārstēšanā, gan tad, kad pakalpojumi tiek plānoti un vērtēti. Pieredzes konsultants ir viens "
                            "no vairākiem veidiem, kā šo līdzdalību stiprināt.</p>"
                        ),
                    },
                    {
                        "term": "Atveseļošanās (recovery)",
                        "definition": (
                            "<p>Personisks process, kurā cilvēks atrod jēgu, spēju tikt galā un labu dzīvi – ar "
                            "simptomiem vai bez tiem. Pieredzes konsultants ar savu stāstu var parādīt, ka "
                            "atveseļošanās ir iespējama.</p>"
                        ),
                    },
                ]],
                ["heading", {"text": "Kā mēs strādājam", "anchor": ""}],
                ["text", (
                    "<p>Mūsu pieredzes konsultanti strādā komandās līdzvērtīgi citu profesiju pārstāvjiem. Viņi "
                    "piedalās darbinieku sanāksmēs, atbalsta pakalpojumu lietotājus ikdienā un izceļ lietotāja "
                    "skatījumu, kad komanda apspriež, kā veikt darbu.</p>"
                    "<ul>"
                    "<li>Mēs runājam ar pakalpojumu lietotājiem par to, kas ir palīdzējis mums pašiem, un par to, "
                    "kādi ceļi ved tālāk.</li>"
                    "<li>Darbinieku sanāksmēs un profesionālajā attīstībā mēs ienesam pieredzi no galda otras "
                    "puses.</li>"
                    "<li>Mēs apmācām darbiniekus, studentus un vadītājus par pieredzes konsultanta lomu.</li>"
                    "<li>Visi mūsu pieredzes konsultanti regulāri saņem supervīziju – gan individuāli, gan "
                    "grupā.</li>"
                    "</ul>"
                )],
                ["quote", {
                    "text": (
                        "Es nestāstu visiem visu savu stāstu. Es izvēlos to, kas otram var dot mazliet cerības, un tad "
                        "vairāk klausos nekā runāju."
                    ),
                    "who": "Siri",
                    "role": "pieredzes konsultante mobilajā komandā",
                }],
                ["heading", {"text": "Mūsu vērtības", "anchor": ""}],
                ["values", [
                    {"name": "Cerība", "description": "Mēs ticam, ka atveseļošanās ir iespējama, un parādām to ar savu pieredzi."},
                    {"name": "Līdzvērtība", "description": "Pakalpojumu lietotāji, pieredzes konsultanti un speciālisti tiekas kā līdzvērtīgi partneri ar atšķirīgām zināšanām."},
                    {"name": "Atklātība", "description": "Mēs runājam par savu pieredzi ar rūpību un cienām to, ka katrs pats izlemj, ar ko vēlas dalīties."},
                    {"name": "Profesionalitāte", "description": "Pieredze kļūst par kompetenci ar apmācību, supervīziju un pārdomām, un mēs to uztveram nopietni."},
                ]],
                ["heading", {"text": "Biežāk uzdotie jautājumi", "anchor": ""}],
                ["faq", [
                    {
                        "question": "Vai pieredzes konsultantam ir vajadzīga izglītība?",
                        "answer": (
                            "<p>Vissvarīgākā ir paša pieredze kā pakalpojumu lietotājam un tas, ka šī pieredze ir "
                            "pārstrādāta. Pie mums visi jaunie darbinieki apgūst pamatkursu, un daudzi vēlāk turpina "
                            "mācības pieredzē balstīta darba tālākizglītībā.</p>"
                        ),
                    },
                    {
                        "question": "Vai pieredzes konsultants ir tas pats, kas brīvprātīgais atbalsta sniedzējs?",
                        "answer": (
                            "<p>Ne gluži. Brīvprātīgais atbalsta sniedzējs bieži palīdz bez atlīdzības, bet pieredzes "
                            "konsultants ir algots darbinieks un komandas loceklis ar tādu pašu atbildību un "
                            "konfidencialitātes pienākumu kā citiem darbiniekiem.</p>"
                        ),
                    },
                    {
                        "question": "Vai mēs paši varam pieņemt darbā pieredzes konsultantu?",
                        "answer": (
                            "<p>Jā. Mēs labprāt palīdzam ar amata aprakstu, atlasi un apmācību, un pirmajā gadā varam "
                            "sniegt atbalstu gan jaunajam darbiniekam, gan viņa vadītājam.</p>"
                        ),
                    },
                    {
                        "question": "Kā pasūtīt lekciju?",
                        "answer": (
                            "<p>Nosūtiet mums e-pastu, norādot vēlamo datumu, vietu un mērķauditoriju. Mēs atbildēsim "
                            "piecu darba dienu laikā un ieteiksim uzdevumam piemērotu pieredzes konsultantu.</p>"
                        ),
                    },
                ]],
                ["call_to_action", {
                    "title": "Vēlaties uzzināt vairāk?",
                    "text": "Mēs labprāt pastāstīsim, kā pieredzes konsultants var stiprināt jūsu pakalpojumus.",
                    "link_text": "Rakstiet mums",
                    "page": None,
                    "url": "mailto:post@lysning.example",
                }],
            ],
            "partners": [
                ["partner", {"name": "Nordfjell DPS", "url": ""}],
                ["partner", {"name": "Brukerforeningen Stifinner", "url": ""}],
                ["partner", {"name": "Fagskolen Elvebredd", "url": ""}],
                ["badge", {"text": "Reģionālā veselības uzņēmuma sadarbības partneris"}],
            ],
            "price_list": [
                {
                    "caption": "Pakalpojumu cenas 2026. gadā",
                    "rows": [
                        {"service": "Lekcija par pieredzes konsultanta lomu", "format": "in_person", "duration_minutes": 60, "price": "3500", "currency": "NOK"},
                        {"service": "Mācību diena darbiniekiem un pieredzes konsultantiem", "format": "in_person", "duration_minutes": 360, "price": "14500", "currency": "NOK"},
                        {"service": "Komandas supervīzija darba vietā", "format": "in_person", "duration_minutes": 90, "price": "2400", "currency": "NOK"},
                        {"service": "Attālināta supervīzija pieredzes konsultantiem", "format": "remote", "duration_minutes": 60, "price": "355", "currency": "NOK"},
                    ],
                    "note": (
                        "Attālinātajai supervīzijai ir samazināta cena, jo tā paredzēta pieredzes konsultantiem, kuri "
                        "par to maksā paši. Par ceļa un naktsmītņu izdevumiem ārpus Tronheimas vienojamies atsevišķi."
                    ),
                },
            ],
            "cancellation_terms": (
                "<p>Pasūtījumu var atcelt bez maksas līdz 14 dienām pirms norunātā datuma. Ja atceļat 7–13 dienas "
                "iepriekš, mēs izrakstām rēķinu par pusi no honorāra, bet, ja atceļat vēlāk nekā 7 dienas iepriekš, "
                "– par visu honorāru.</p>"
                "<p>Ja mūsu pieredzes konsultants saslimst, mēs kopā ar jums atradīsim jaunu datumu bez papildu "
                "maksas. Attālināto supervīziju var bez maksas pārcelt līdz 24 stundām pirms norunātā laika.</p>"
            ),
        },
    },
    "programmes": [
        {
            "key": "no-project-ambulant-teams",
            "start_date": "2022-01-01",
            "end_date": "2024-12-31",
            "events": [
                {"start_date": "2022-09-15", "end_date": "2022-09-16", "online": False},
                {"start_date": "2023-03-09", "end_date": None, "online": True},
                {"start_date": "2023-10-02", "end_date": "2023-10-03", "online": False},
                {"start_date": "2024-11-21", "end_date": None, "online": False},
            ],
            "content": {
                "nb": {
                    "title": "Erfaringskonsulenter i ambulante team",
                    "slug": "erfaringskonsulenter-i-ambulante-team",
                    "summary": (
                        "Et treårig prosjekt der fire erfaringskonsulenter ble ansatt i to ambulante team ved "
                        "distriktspsykiatriske sentre. Målet var å utvikle både praksis og holdninger i teamene ved "
                        "hjelp av brukererfaring."
                    ),
                    "body": [
                        ["heading", {"text": "Bakgrunn", "anchor": ""}],
                        ["text", (
                            "<p>Ambulante team møter mennesker i deres eget hjem, ofte i perioder da livet er vanskelig. "
                            "Flere brukere hadde sagt til oss at de ønsket å snakke med noen som selv hadde vært i en "
                            "lignende situasjon.</p>"
                            "<p>Sammen med to distriktspsykiatriske sentre ansatte vi derfor fire erfaringskonsulenter i "
                            "stillinger på 50–80 prosent, to i hvert team.</p>"
                        )],
                        ["heading", {"text": "Hva vi gjorde", "anchor": ""}],
                        ["text", (
                            "<ul>"
                            "<li>Erfaringskonsulentene var med på hjemmebesøk sammen med andre i teamet, og etter hvert "
                            "også alene etter avtale med brukeren.</li>"
                            "<li>De deltok i de ukentlige personalmøtene og i behandlingsmøter når brukeren ønsket "
                            "det.</li>"
                            "<li>Teamene fikk felles veiledning hver måned, der de drøftet roller, taushetsplikt og "
                            "samarbeid.</li>"
                            "</ul>"
                        )],
                        ["quote", {
                            "text": (
                                "Hun var den første som ikke så på meg som en diagnose. Det gjorde at jeg turte å "
                                "prøve igjen."
                            ),
                            "who": "Jonas",
                            "role": "tidligere bruker av et ambulant team",
                        }],
                    ],
                    "partners": [
                        ["partner", {"name": "Nordfjell DPS", "url": ""}],
                        ["partner", {"name": "Elvetun DPS", "url": ""}],
                        ["badge", {"text": "Delfinansiert av det regionale helseforetaket"}],
                    ],
                    "evaluation": (
                        "<p>Prosjektet ble evaluert gjennom intervjuer med 31 brukere og 24 ansatte og gjennom en logg "
                        "over 1 260 kontakter mellom erfaringskonsulenter og brukere.</p>"
                        "<ul>"
                        "<li>Brukerne beskrev erfaringskonsulentene som noen som ga dem håp, og som delte konkrete "
                        "måter å mestre hverdagen på.</li>"
                        "<li>De ansatte merket at språket i personalmøtene endret seg: det ble snakket mer om hva "
                        "brukeren selv ønsket, og mindre om hva brukeren ikke fikk til.</li>"
                        "<li>Andelen brukere som avbrøt oppfølgingen i løpet av det første halvåret, gikk ned fra 22 "
                        "til 14 prosent.</li>"
                        "<li>Tre av de fire erfaringskonsulentene fikk fast stilling da prosjektet ble avsluttet.</li>"
                        "</ul>"
                    ),
                    "events": [
                        {
                            "title": "Å være profesjonell som erfaringskonsulent",
                            "place": "Trondheim, Lysnings kurslokaler",
                            "audience": "Nyansatte erfaringskonsulenter og lederne deres",
                            "description": (
                                "To kursdager om rolle, grenser og taushetsplikt, og om hvordan man bruker egen "
                                "erfaring på en trygg måte."
                            ),
                        },
                        {
                            "title": "Erfaringskonsulenten i teammøtet",
                            "place": "På nett (Teams)",
                            "audience": "Ansatte i ambulante team",
                            "description": (
                                "Et webinar om hvordan teamet kan gi plass til brukerperspektivet i de daglige "
                                "møtene."
                            ),
                        },
                        {
                            "title": "Erfaringskonsulentens rolle i psykisk helse- og rustjenester",
                            "place": "Tromsø, konferansesal i sentrum",
                            "audience": "Erfaringskonsulenter og fagfolk fra Nord-Norge",
                            "description": (
                                "Kurs om hvordan rollen kan utformes i kommuner og i spesialisthelsetjenesten, med god "
                                "tid til erfaringsutveksling."
                            ),
                        },
                        {
                            "title": "Sluttkonferanse: Hva lærte vi?",
                            "place": "Trondheim, Lysnings kurslokaler",
                            "audience": "Ledere, ansatte, brukere og samarbeidspartnere",
                            "description": (
                                "Vi la fram evalueringen av prosjektet og drøftet sammen hvordan erfaringene kan tas "
                                "videre."
                            ),
                        },
                    ],
                },
                "et": {
                    "title": "Kogemuskonsultandid mobiilsetes meeskondades",
                    "slug": "kogemuskonsultandid-mobiilsetes-meeskondades",
                    "summary": (
                        "Kolmeaastane projekt, mille raames võeti kahe piirkondliku psühhiaatriakeskuse mobiilsetesse "
                        "meeskondadesse tööle neli kogemuskonsultanti. Eesmärk oli arendada meeskondade tööviise ja "
                        "hoiakuid teenusekasutajate kogemuse abil."
                    ),
                    "body": [
                        ["heading", {"text": "Taust", "anchor": ""}],
                        ["text", (
                            "<p>Mobiilsed meeskonnad kohtuvad inimestega nende oma kodus, sageli ajal, mil elu on "
                            "raske. Mitu teenusekasutajat oli meile öelnud, et nad tahaksid rääkida kellegagi, kes on ise "
                            "olnud sarnases olukorras.</p>"
                            "<p>Seepärast võtsime koos kahe piirkondliku psühhiaatriakeskusega tööle neli "
                            "kogemuskonsultanti 50–80-protsendilise koormusega, kaks kummassegi meeskonda.</p>"
                        )],
                        ["heading", {"text": "Mida me tegime", "anchor": ""}],
                        ["text", (
                            "<ul>"
                            "<li>Kogemuskonsultandid käisid koos teiste meeskonnaliikmetega kodukülastustel ja aja "
                            "jooksul kasutajaga kokkuleppel ka üksi.</li>"
                            "<li>Nad osalesid iganädalastel töötajate koosolekutel ja kasutaja soovil ka "
                            "raviaruteludel.</li>"
                            "<li>Meeskonnad said kord kuus ühist supervisiooni, kus arutati rolle, konfidentsiaalsust "
                            "ja koostööd.</li>"
                            "</ul>"
                        )],
                        ["quote", {
                            "text": (
                                "Ta oli esimene, kes ei näinud minus ainult diagnoosi. Tänu sellele julgesin uuesti "
                                "proovida."
                            ),
                            "who": "Jonas",
                            "role": "mobiilse meeskonna endine teenusekasutaja",
                        }],
                    ],
                    "partners": [
                        ["partner", {"name": "Nordfjell DPS", "url": ""}],
                        ["partner", {"name": "Elvetun DPS", "url": ""}],
                        ["badge", {"text": "Kaasrahastaja: piirkondlik tervishoiuasutus"}],
                    ],
                    "evaluation": (
                        "<p>Projekti hinnati 31 teenusekasutaja ja 24 töötajaga tehtud intervjuude ning 1260 "
                        "kogemuskonsultandi ja kasutaja kohtumist hõlmava logi põhjal.</p>"
                        "<ul>"
                        "<li>Teenusekasutajad kirjeldasid kogemuskonsultante kui inimesi, kes andsid neile lootust ja "
                        "jagasid konkreetseid viise igapäevaeluga toimetulekuks.</li>"
                        "<li>Töötajad märkasid, et koosolekute keel muutus: räägiti rohkem sellest, mida kasutaja ise "
                        "soovib, ja vähem sellest, mis tal ei õnnestu.</li>"
                        "<li>Nende teenusekasutajate osakaal, kes katkestasid toe esimese poolaasta jooksul, langes 22 "
                        "protsendilt 14 protsendile.</li>"
                        "<li>Projekti lõppedes said neljast kogemuskonsultandist kolm alalise töökoha.</li>"
                        "</ul>"
                    ),
                    "events": [
                        {
                            "title": "Kogemuskonsultant kui professionaal",
                            "place": "Trondheim, Lysningu koolitusruumid",
                            "audience": "Äsja tööle asunud kogemuskonsultandid ja nende juhid",
                            "description": (
                                "Kaks koolituspäeva rollist, piiridest ja konfidentsiaalsusest ning sellest, kuidas "
                                "oma kogemust turvaliselt kasutada."
                            ),
                        },
                        {
                            "title": "Kogemuskonsultant meeskonna koosolekul",
                            "place": "Veebis (Teams)",
                            "audience": "Mobiilsete meeskondade töötajad",
                            "description": (
                                "Veebiseminar sellest, kuidas meeskond saab igapäevastel koosolekutel teha ruumi "
                                "teenusekasutaja vaatenurgale."
                            ),
                        },
                        {
                            "title": "Kogemuskonsultandi roll vaimse tervise ja sõltuvusteenustes",
                            "place": "Tromsø, konverentsisaal kesklinnas",
                            "audience": "Põhja-Norra kogemuskonsultandid ja spetsialistid",
                            "description": (
                                "Koolitus sellest, kuidas rolli kujundada omavalitsustes ja eriarstiabis, ning "
                                "rohkelt aega kogemuste vahetamiseks."
                            ),
                        },
                        {
                            "title": "Lõpukonverents: mida me õppisime?",
                            "place": "Trondheim, Lysningu koolitusruumid",
                            "audience": "Juhid, töötajad, teenusekasutajad ja koostööpartnerid",
                            "description": (
                                "Tutvustasime projekti hindamise tulemusi ja arutasime üheskoos, kuidas kogemusi "
                                "edasi kanda."
                            ),
                        },
                    ],
                },
                "fi": {
                    "title": "Kokemuskonsultit liikkuvissa tiimeissä",
                    "slug": "kokemuskonsultit-liikkuvissa-tiimeissa",
                    "summary": (
                        "Kolmivuotinen hanke, jossa kahden psykiatrisen aluekeskuksen liikkuviin tiimeihin palkattiin "
                        "neljä kokemuskonsulttia. Tavoitteena oli kehittää tiimien käytäntöjä ja asenteita "
                        "palvelunkäyttäjien kokemuksen avulla."
                    ),
                    "body": [
                        ["heading", {"text": "Tausta", "anchor": ""}],
                        ["text", (
                            "<p>Liikkuvat tiimit tapaavat ihmisiä heidän omissa kodeissaan, usein elämän vaikeina "
                            "aikoina. Moni palvelunkäyttäjä oli kertonut meille haluavansa puhua jonkun kanssa, joka on "
                            "itse ollut samankaltaisessa tilanteessa.</p>"
                            "<p>Siksi palkkasimme yhdessä kahden psykiatrisen aluekeskuksen kanssa neljä "
                            "kokemuskonsulttia 50–80 prosentin työaikaan, kaksi kumpaankin tiimiin.</p>"
                        )],
                        ["heading", {"text": "Mitä teimme", "anchor": ""}],
                        ["text", (
                            "<ul>"
                            "<li>Kokemuskonsultit tekivät kotikäyntejä yhdessä muiden tiimiläisten kanssa ja myöhemmin "
                            "myös yksin, kun siitä oli sovittu palvelunkäyttäjän kanssa.</li>"
                            "<li>He osallistuivat viikoittaisiin henkilökunnan kokouksiin ja palvelunkäyttäjän niin "
                            "toivoessa myös hoitoneuvotteluihin.</li>"
                            "<li>Tiimit saivat kerran kuukaudessa yhteistä työnohjausta, jossa pohdittiin rooleja, "
                            "vaitiolovelvollisuutta ja yhteistyötä.</li>"
                            "</ul>"
                        )],
                        ["quote", {
                            "text": (
                                "Hän oli ensimmäinen, joka ei nähnyt minua pelkkänä diagnoosina. Sen ansiosta "
                                "uskalsin yrittää uudelleen."
                            ),
                            "who": "Jonas",
                            "role": "liikkuvan tiimin entinen asiakas",
                        }],
                    ],
                    "partners": [
                        ["partner", {"name": "Nordfjell DPS", "url": ""}],
                        ["partner", {"name": "Elvetun DPS", "url": ""}],
                        ["badge", {"text": "Osarahoittaja: alueellinen terveysyhtymä"}],
                    ],
                    "evaluation": (
                        "<p>Hanketta arvioitiin haastattelemalla 31 palvelunkäyttäjää ja 24 työntekijää sekä "
                        "kokoamalla loki 1 260 tapaamisesta kokemuskonsulttien ja palvelunkäyttäjien välillä.</p>"
                        "<ul>"
                        "<li>Palvelunkäyttäjät kuvasivat kokemuskonsultteja ihmisiksi, jotka antoivat heille toivoa ja "
                        "jakoivat konkreettisia keinoja arjesta selviytymiseen.</li>"
                        "<li>Työntekijät huomasivat, että kokousten kieli muuttui: puhuttiin enemmän siitä, mitä "
                        "palvelunkäyttäjä itse toivoo, ja vähemmän siitä, mikä häneltä ei onnistu.</li>"
                        "<li>Niiden palvelunkäyttäjien osuus, jotka keskeyttivät tuen ensimmäisen puolen vuoden "
                        "aikana, laski 22 prosentista 14 prosenttiin.</li>"
                        "<li>Hankkeen päättyessä kolme neljästä kokemuskonsultista sai vakituisen työpaikan.</li>"
                        "</ul>"
                    ),
                    "events": [
                        {
                            "title": "Kokemuskonsultti ammattilaisena",
                            "place": "Trondheim, Lysningin koulutustilat",
                            "audience": "Vastikään aloittaneet kokemuskonsultit ja heidän esihenkilönsä",
                            "description": (
                                "Kaksi koulutuspäivää roolista, rajoista ja vaitiolovelvollisuudesta sekä siitä, "
                                "miten omaa kokemusta käytetään turvallisesti."
                            ),
                        },
                        {
                            "title": "Kokemuskonsultti tiimipalaverissa",
                            "place": "Verkossa (Teams)",
                            "audience": "Liikkuvien tiimien työntekijät",
                            "description": (
                                "Webinaari siitä, miten tiimi voi antaa tilaa palvelunkäyttäjän näkökulmalle "
                                "päivittäisissä palavereissa."
                            ),
                        },
                        {
                            "title": "Kokemuskonsultin rooli mielenterveys- ja päihdepalveluissa",
                            "place": "Tromssa, kokoussali keskustassa",
                            "audience": "Pohjois-Norjan kokemuskonsultit ja ammattilaiset",
                            "description": (
                                "Koulutus siitä, miten roolia voi rakentaa kunnissa ja erikoissairaanhoidossa, ja "
                                "runsaasti aikaa kokemusten vaihtoon."
                            ),
                        },
                        {
                            "title": "Loppuseminaari: mitä opimme?",
                            "place": "Trondheim, Lysningin koulutustilat",
                            "audience": "Esihenkilöt, työntekijät, palvelunkäyttäjät ja yhteistyökumppanit",
                            "description": (
                                "Esittelimme hankkeen arvioinnin tulokset ja pohdimme yhdessä, miten kokemuksia "
                                "voidaan viedä eteenpäin."
                            ),
                        },
                    ],
                },
                "lv": {
                    "title": "Pieredzes konsultanti mobilajās komandās",
                    "slug": "pieredzes-konsultanti-mobilajas-komandas",
                    "summary": (
                        "Trīs gadu projekts, kurā divu reģionālo psihiatrijas centru mobilajās komandās darbā pieņēma "
                        "četrus pieredzes konsultantus. Mērķis bija ar pakalpojumu lietotāju pieredzes palīdzību "
                        "attīstīt komandu praksi un attieksmi."
                    ),
                    "body": [
                        ["heading", {"text": "Priekšvēsture", "anchor": ""}],
                        ["text", (
                            "<p>Mobilās komandas tiekas ar cilvēkiem viņu pašu mājās, bieži vien laikā, kad dzīve ir "
                            "grūta. Vairāki pakalpojumu lietotāji mums bija teikuši, ka vēlētos parunāt ar kādu, kurš "
                            "pats ir bijis līdzīgā situācijā.</p>"
                            "<p>Tāpēc kopā ar diviem reģionālajiem psihiatrijas centriem mēs pieņēmām darbā četrus "
                            "pieredzes konsultantus uz 50–80 procentu slodzi, pa diviem katrā komandā.</p>"
                        )],
                        ["heading", {"text": "Ko mēs darījām", "anchor": ""}],
                        ["text", (
                            "<ul>"
                            "<li>Pieredzes konsultanti kopā ar citiem komandas locekļiem devās mājas vizītēs, bet ar "
                            "laiku, vienojoties ar pakalpojuma lietotāju, arī vieni paši.</li>"
                            "<li>Viņi piedalījās iknedēļas darbinieku sanāksmēs un, ja lietotājs to vēlējās, arī "
                            "ārstēšanas sanāksmēs.</li>"
                            "<li>Komandas reizi mēnesī saņēma kopīgu supervīziju, kurā pārrunāja lomas, "
                            "konfidencialitāti un sadarbību.</li>"
                            "</ul>"
                        )],
                        ["quote", {
                            "text": (
                                "Viņa bija pirmā, kas manī neredzēja tikai diagnozi. Tāpēc es uzdrošinājos mēģināt "
                                "vēlreiz."
                            ),
                            "who": "Jonas",
                            "role": "bijušais mobilās komandas pakalpojumu lietotājs",
                        }],
                    ],
                    "partners": [
                        ["partner", {"name": "Nordfjell DPS", "url": ""}],
                        ["partner", {"name": "Elvetun DPS", "url": ""}],
                        ["badge", {"text": "Līdzfinansētājs: reģionālais veselības uzņēmums"}],
                    ],
                    "evaluation": (
                        "<p>Projekts tika izvērtēts, intervējot 31 pakalpojumu lietotāju un 24 darbiniekus, kā arī "
                        "analizējot žurnālu par 1260 pieredzes konsultantu un lietotāju tikšanās reizēm.</p>"
                        "<ul>"
                        "<li>Pakalpojumu lietotāji raksturoja pieredzes konsultantus kā cilvēkus, kas viņiem deva "
                        "cerību un dalījās ar konkrētiem veidiem, kā tikt galā ar ikdienu.</li>"
                        "<li>Darbinieki pamanīja, ka sanāksmēs mainījās valoda: vairāk runāja par to, ko lietotājs "
                        "pats vēlas, un mazāk par to, kas viņam neizdodas.</li>"
                        "<li>To lietotāju īpatsvars, kuri pirmā pusgada laikā pārtrauca atbalstu, samazinājās no 22 "
                        "līdz 14 procentiem.</li>"
                        "<li>Projektam beidzoties, trīs no četriem pieredzes konsultantiem ieguva pastāvīgu darbu.</li>"
                        "</ul>"
                    ),
                    "events": [
                        {
                            "title": "Pieredzes konsultants kā profesionālis",
                            "place": "Tronheima, centra “Lysning” mācību telpas",
                            "audience": "Nesen darbā pieņemti pieredzes konsultanti un viņu vadītāji",
                            "description": (
                                "Divas mācību dienas par lomu, robežām un konfidencialitāti, kā arī par to, kā droši "
                                "izmantot savu pieredzi."
                            ),
                        },
                        {
                            "title": "Pieredzes konsultants komandas sanāksmē",
                            "place": "Tiešsaistē (Teams)",
                            "audience": "Mobilo komandu darbinieki",
                            "description": (
                                "Vebinārs par to, kā komanda ikdienas sanāksmēs var dot vietu pakalpojumu lietotāja "
                                "skatījumam."
                            ),
                        },
                        {
                            "title": "Pieredzes konsultanta loma garīgās veselības un atkarību pakalpojumos",
                            "place": "Tromse, konferenču zāle pilsētas centrā",
                            "audience": "Pieredzes konsultanti un speciālisti no Ziemeļnorvēģijas",
                            "description": (
                                "Mācības par to, kā veidot šo lomu pašvaldībās un specializētajā veselības aprūpē, ar "
                                "plašām iespējām apmainīties pieredzē."
                            ),
                        },
                        {
                            "title": "Noslēguma konference: ko mēs iemācījāmies?",
                            "place": "Tronheima, centra “Lysning” mācību telpas",
                            "audience": "Vadītāji, darbinieki, pakalpojumu lietotāji un sadarbības partneri",
                            "description": (
                                "Mēs iepazīstinājām ar projekta izvērtējuma rezultātiem un kopīgi pārrunājām, kā gūto "
                                "pieredzi izmantot arī turpmāk."
                            ),
                        },
                    ],
                },
            },
        },
        {
            "key": "no-project-municipal-services",
            "start_date": "2025-01-01",
            "end_date": None,
            "events": [
                {"start_date": "2025-05-20", "end_date": "2025-05-21", "online": False},
                {"start_date": "2026-03-12", "end_date": None, "online": True},
                {"start_date": "2026-12-03", "end_date": "2026-12-04", "online": False},
                {"start_date": "2027-01-28", "end_date": None, "online": True},
                {"start_date": "2027-03-16", "end_date": "2027-03-17", "online": False},
            ],
            "content": {
                "nb": {
                    "title": "Erfaringskonsulenter i kommunale tjenester",
                    "slug": "erfaringskonsulenter-i-kommunale-tjenester",
                    "summary": (
                        "Prosjektet utvikler erfaringskonsulentrollen der folk bor og møtes: i kommunale boliger, på "
                        "treffsteder og i oppsøkende arbeid. Fjellvik kommune har ansatt tre erfaringskonsulenter "
                        "gjennom prosjektet."
                    ),
                    "body": [
                        ["heading", {"text": "Om prosjektet", "anchor": ""}],
                        ["text", (
                            "<p>Mange som strever med psykiske plager eller rus, har mest kontakt med kommunen og ikke "
                            "med sykehuset. Derfor ville vi prøve ut erfaringskonsulentrollen der hverdagen "
                            "foregår.</p>"
                            "<p>Én erfaringskonsulent arbeider i kommunens recoveryteam, én i en bolig med personalbase, "
                            "og én deler tiden mellom to treffsteder.</p>"
                        )],
                        ["heading", {"text": "Dette undersøker vi", "anchor": ""}],
                        ["text", (
                            "<ul>"
                            "<li>Hvordan rollen tar form i samspillet mellom beboere, besøkende og ansatte.</li>"
                            "<li>Hva erfaringskonsulentene selv trenger av opplæring og veiledning.</li>"
                            "<li>Hvordan kommunen kan gjøre stillingene varige når prosjektperioden er over.</li>"
                            "</ul>"
                        )],
                        ["call_to_action", {
                            "title": "Meld deg på kurs",
                            "text": "Kursene i prosjektet er åpne for erfaringskonsulenter og ansatte fra hele landet.",
                            "link_text": "Meld deg på per e-post",
                            "page": None,
                            "url": "mailto:kurs@lysning.example",
                        }],
                    ],
                    "partners": [
                        ["partner", {"name": "Fjellvik kommune", "url": ""}],
                        ["partner", {"name": "Treffstedet Brygga", "url": ""}],
                        ["partner", {"name": "Brukerforeningen Stifinner", "url": ""}],
                    ],
                    "evaluation": (
                        "<p>En midtveisevaluering sommeren 2026 bygger på en spørreundersøkelse blant 64 beboere og "
                        "besøkende og på gruppeintervjuer med 18 ansatte.</p>"
                        "<ul>"
                        "<li>52 av 64 svarte at det var lettere å ta opp vanskelige temaer med en erfaringskonsulent "
                        "enn med andre ansatte.</li>"
                        "<li>Treffstedene har fått flere faste besøkende, fra rundt 40 til 58 i uken.</li>"
                        "<li>De ansatte i boligen forteller om færre konflikter og mer samarbeid om beboernes egne "
                        "mål.</li>"
                        "</ul>"
                    ),
                    "events": [
                        {
                            "title": "Å være profesjonell som erfaringskonsulent",
                            "place": "Trondheim, Lysnings kurslokaler",
                            "audience": "Erfaringskonsulenter i kommunale tjenester",
                            "description": (
                                "Grunnkurs om rolle, etikk, taushetsplikt og bruk av egen historie, med øvelser i små "
                                "grupper."
                            ),
                        },
                        {
                            "title": "Erfaringskonsulent på treffstedet",
                            "place": "På nett (Zoom)",
                            "audience": "Ansatte og frivillige på treffsteder",
                            "description": (
                                "Et kort webinar om hvordan erfaringskonsulenter kan bidra til trygge møteplasser."
                            ),
                        },
                        {
                            "title": "Nettverkssamling for erfaringskonsulenter",
                            "place": "Bodø, kurssal i sentrum",
                            "audience": "Erfaringskonsulenter fra hele landet",
                            "description": (
                                "To dager med erfaringsutveksling, faglige innlegg og tid til å bygge nettverk."
                            ),
                        },
                        {
                            "title": "Webinar: Å ansette en erfaringskonsulent",
                            "place": "På nett (Zoom)",
                            "audience": "Ledere i kommunale tjenester",
                            "description": (
                                "Om stillingsbeskrivelse, rekruttering og opplæring, og om hvordan teamet kan ta godt "
                                "imot en ny erfaringskonsulent."
                            ),
                        },
                        {
                            "title": "Å være profesjonell som erfaringskonsulent",
                            "place": "Tromsø, kurssal i sentrum",
                            "audience": "Nye erfaringskonsulenter og lederne deres",
                            "description": (
                                "Grunnkurset vårt for første gang i Nord-Norge: rolle, grenser, etikk og bruk av egen "
                                "erfaring."
                            ),
                        },
                    ],
                },
                "et": {
                    "title": "Kogemuskonsultandid omavalitsuse teenustes",
                    "slug": "kogemuskonsultandid-omavalitsuse-teenustes",
                    "summary": (
                        "Projekt arendab kogemuskonsultandi rolli seal, kus inimesed elavad ja kohtuvad: omavalitsuse "
                        "eluasemetes, kohtumispaikades ja tänavatöös. Fjellviki vald on projekti kaudu tööle võtnud "
                        "kolm kogemuskonsultanti."
                    ),
                    "body": [
                        ["heading", {"text": "Projektist", "anchor": ""}],
                        ["text", (
                            "<p>Paljud inimesed, kellel on psüühilisi muresid või sõltuvusprobleeme, puutuvad kõige "
                            "rohkem kokku omavalitsuse, mitte haiglaga. Seepärast soovisime katsetada "
                            "kogemuskonsultandi rolli seal, kus toimub igapäevaelu.</p>"
                            "<p>Üks kogemuskonsultant töötab omavalitsuse taastumismeeskonnas, teine personaliga "
                            "toetatud eluasemes ja kolmas jagab oma aega kahe kohtumispaiga vahel.</p>"
                        )],
                        ["heading", {"text": "Mida me uurime", "anchor": ""}],
                        ["text", (
                            "<ul>"
                            "<li>Kuidas roll kujuneb elanike, külastajate ja töötajate omavahelises suhtluses.</li>"
                            "<li>Millist koolitust ja supervisiooni kogemuskonsultandid ise vajavad.</li>"
                            "<li>Kuidas saab omavalitsus muuta ametikohad püsivaks ka pärast projekti lõppu.</li>"
                            "</ul>"
                        )],
                        ["call_to_action", {
                            "title": "Registreeru koolitusele",
                            "text": "Projekti koolitused on avatud kogemuskonsultantidele ja töötajatele üle kogu Norra.",
                            "link_text": "Registreeru e-kirjaga",
                            "page": None,
                            "url": "mailto:kurs@lysning.example",
                        }],
                    ],
                    "partners": [
                        ["partner", {"name": "Fjellvik kommune", "url": ""}],
                        ["partner", {"name": "Treffstedet Brygga", "url": ""}],
                        ["partner", {"name": "Brukerforeningen Stifinner", "url": ""}],
                    ],
                    "evaluation": (
                        "<p>2026. aasta suvel tehtud vahehindamine põhineb 64 elaniku ja külastaja küsitlusel ning 18 "
                        "töötajaga tehtud rühmaintervjuudel.</p>"
                        "<ul>"
                        "<li>64 vastajast 52 ütles, et raskeid teemasid on kergem tõstatada kogemuskonsultandiga kui "
                        "teiste töötajatega.</li>"
                        "<li>Kohtumispaikade püsikülastajate arv on kasvanud umbes 40-lt 58-le nädalas.</li>"
                        "<li>Eluaseme töötajad räägivad vähematest konfliktidest ja tihedamast koostööst elanike endi "
                        "eesmärkide nimel.</li>"
                        "</ul>"
                    ),
                    "events": [
                        {
                            "title": "Kogemuskonsultant kui professionaal",
                            "place": "Trondheim, Lysningu koolitusruumid",
                            "audience": "Omavalitsuse teenustes töötavad kogemuskonsultandid",
                            "description": (
                                "Baaskoolitus rollist, eetikast, konfidentsiaalsusest ja oma loo kasutamisest, "
                                "harjutustega väikestes rühmades."
                            ),
                        },
                        {
                            "title": "Kogemuskonsultant kohtumispaigas",
                            "place": "Veebis (Zoom)",
                            "audience": "Kohtumispaikade töötajad ja vabatahtlikud",
                            "description": (
                                "Lühike veebiseminar sellest, kuidas kogemuskonsultandid saavad aidata luua turvalisi "
                                "kohtumiskohti."
                            ),
                        },
                        {
                            "title": "Kogemuskonsultantide võrgustikukohtumine",
                            "place": "Bodø, koolitussaal kesklinnas",
                            "audience": "Kogemuskonsultandid üle kogu Norra",
                            "description": (
                                "Kaks päeva kogemuste vahetamist, erialaseid ettekandeid ja aega võrgustiku loomiseks."
                            ),
                        },
                        {
                            "title": "Veebiseminar: kogemuskonsultandi töölevõtmine",
                            "place": "Veebis (Zoom)",
                            "audience": "Omavalitsuse teenuste juhid",
                            "description": (
                                "Ametijuhendist, värbamisest ja väljaõppest ning sellest, kuidas meeskond saab uue "
                                "kogemuskonsultandi hästi vastu võtta."
                            ),
                        },
                        {
                            "title": "Kogemuskonsultant kui professionaal",
                            "place": "Tromsø, koolitussaal kesklinnas",
                            "audience": "Uued kogemuskonsultandid ja nende juhid",
                            "description": (
                                "Meie baaskoolitus esimest korda Põhja-Norras: roll, piirid, eetika ja oma kogemuse "
                                "kasutamine."
                            ),
                        },
                    ],
                },
                "fi": {
                    "title": "Kokemuskonsultit kunnallisissa palveluissa",
                    "slug": "kokemuskonsultit-kunnallisissa-palveluissa",
                    "summary": (
                        "Hanke kehittää kokemuskonsultin roolia siellä, missä ihmiset asuvat ja kohtaavat: kunnan "
                        "asumispalveluissa, kohtaamispaikoissa ja etsivässä työssä. Fjellvikin kunta on palkannut "
                        "hankkeen kautta kolme kokemuskonsulttia."
                    ),
                    "body": [
                        ["heading", {"text": "Hankkeesta", "anchor": ""}],
                        ["text", (
                            "<p>Moni mielenterveys- tai päihdeongelmien kanssa elävä on eniten tekemisissä kunnan eikä "
                            "sairaalan kanssa. Siksi halusimme kokeilla kokemuskonsultin roolia siellä, missä arki "
                            "tapahtuu.</p>"
                            "<p>Yksi kokemuskonsultti työskentelee kunnan toipumistiimissä, toinen tuetun asumisen "
                            "yksikössä ja kolmas jakaa aikansa kahden kohtaamispaikan kesken.</p>"
                        )],
                        ["heading", {"text": "Mitä selvitämme", "anchor": ""}],
                        ["text", (
                            "<ul>"
                            "<li>Miten rooli muotoutuu asukkaiden, kävijöiden ja työntekijöiden välisessä "
                            "vuorovaikutuksessa.</li>"
                            "<li>Millaista koulutusta ja työnohjausta kokemuskonsultit itse tarvitsevat.</li>"
                            "<li>Miten kunta voi vakinaistaa tehtävät hankkeen päätyttyä.</li>"
                            "</ul>"
                        )],
                        ["call_to_action", {
                            "title": "Ilmoittaudu koulutukseen",
                            "text": "Hankkeen koulutukset ovat avoimia kokemuskonsulteille ja työntekijöille eri puolilta Norjaa.",
                            "link_text": "Ilmoittaudu sähköpostilla",
                            "page": None,
                            "url": "mailto:kurs@lysning.example",
                        }],
                    ],
                    "partners": [
                        ["partner", {"name": "Fjellvik kommune", "url": ""}],
                        ["partner", {"name": "Treffstedet Brygga", "url": ""}],
                        ["partner", {"name": "Brukerforeningen Stifinner", "url": ""}],
                    ],
                    "evaluation": (
                        "<p>Kesällä 2026 tehty väliarviointi perustuu 64 asukkaalle ja kävijälle tehtyyn kyselyyn sekä "
                        "18 työntekijän ryhmähaastatteluihin.</p>"
                        "<ul>"
                        "<li>64 vastaajasta 52 kertoi, että vaikeista asioista on helpompi puhua kokemuskonsultin kuin "
                        "muiden työntekijöiden kanssa.</li>"
                        "<li>Kohtaamispaikkojen vakituisten kävijöiden määrä on kasvanut noin 40:stä 58:aan "
                        "viikossa.</li>"
                        "<li>Asumisyksikön työntekijät kertovat, että ristiriitoja on vähemmän ja asukkaiden omien "
                        "tavoitteiden eteen tehdään enemmän yhteistyötä.</li>"
                        "</ul>"
                    ),
                    "events": [
                        {
                            "title": "Kokemuskonsultti ammattilaisena",
                            "place": "Trondheim, Lysningin koulutustilat",
                            "audience": "Kunnallisissa palveluissa työskentelevät kokemuskonsultit",
                            "description": (
                                "Peruskurssi roolista, etiikasta, vaitiolovelvollisuudesta ja oman tarinan käytöstä; "
                                "mukana harjoituksia pienryhmissä."
                            ),
                        },
                        {
                            "title": "Kokemuskonsultti kohtaamispaikassa",
                            "place": "Verkossa (Zoom)",
                            "audience": "Kohtaamispaikkojen työntekijät ja vapaaehtoiset",
                            "description": (
                                "Lyhyt webinaari siitä, miten kokemuskonsultit voivat auttaa luomaan turvallisia "
                                "kohtaamispaikkoja."
                            ),
                        },
                        {
                            "title": "Kokemuskonsulttien verkostotapaaminen",
                            "place": "Bodø, koulutussali keskustassa",
                            "audience": "Kokemuskonsultit eri puolilta Norjaa",
                            "description": (
                                "Kaksi päivää kokemusten vaihtoa, asiantuntijapuheenvuoroja ja aikaa "
                                "verkostoitumiseen."
                            ),
                        },
                        {
                            "title": "Webinaari: kokemuskonsultin palkkaaminen",
                            "place": "Verkossa (Zoom)",
                            "audience": "Kunnallisten palvelujen esihenkilöt",
                            "description": (
                                "Tehtävänkuvasta, rekrytoinnista ja perehdytyksestä sekä siitä, miten tiimi voi ottaa "
                                "uuden kokemuskonsultin hyvin vastaan."
                            ),
                        },
                        {
                            "title": "Kokemuskonsultti ammattilaisena",
                            "place": "Tromssa, koulutussali keskustassa",
                            "audience": "Uudet kokemuskonsultit ja heidän esihenkilönsä",
                            "description": (
                                "Peruskurssimme ensimmäistä kertaa Pohjois-Norjassa: rooli, rajat, etiikka ja oman "
                                "kokemuksen käyttö."
                            ),
                        },
                    ],
                },
                "lv": {
                    "title": "Pieredzes konsultanti pašvaldību pakalpojumos",
                    "slug": "pieredzes-konsultanti-pasvaldibu-pakalpojumos",
                    "summary": (
                        "Projekts attīsta pieredzes konsultanta lomu tur, kur cilvēki dzīvo un satiekas: pašvaldības "
                        "mājokļos, tikšanās vietās un ielu darbā. Fjelvikas pašvaldība projekta ietvaros ir pieņēmusi "
                        "darbā trīs pieredzes konsultantus."
                    ),
                    "body": [
                        ["heading", {"text": "Par projektu", "anchor": ""}],
                        ["text", (
                            "<p>Daudzi cilvēki, kuriem ir psihiskas grūtības vai atkarības problēmas, visvairāk "
                            "saskaras ar pašvaldību, nevis ar slimnīcu. Tāpēc mēs vēlējāmies izmēģināt pieredzes "
                            "konsultanta lomu tur, kur notiek ikdiena.</p>"
                            "<p>Viens pieredzes konsultants strādā pašvaldības atveseļošanās komandā, otrs – mājoklī ar "
                            "personāla atbalstu, bet trešais sadala savu laiku starp divām tikšanās vietām.</p>"
                        )],
                        ["heading", {"text": "Ko mēs pētām", "anchor": ""}],
                        ["text", (
                            "<ul>"
                            "<li>Kā loma veidojas iemītnieku, apmeklētāju un darbinieku savstarpējā mijiedarbībā.</li>"
                            "<li>Kādas mācības un kāda supervīzija ir vajadzīga pašiem pieredzes konsultantiem.</li>"
                            "<li>Kā pašvaldība var padarīt šīs amata vietas pastāvīgas arī pēc projekta beigām.</li>"
                            "</ul>"
                        )],
                        ["call_to_action", {
                            "title": "Piesakies mācībām",
                            "text": "Projekta mācības ir atvērtas pieredzes konsultantiem un darbiniekiem no visas Norvēģijas.",
                            "link_text": "Pieteikties e-pastā",
                            "page": None,
                            "url": "mailto:kurs@lysning.example",
                        }],
                    ],
                    "partners": [
                        ["partner", {"name": "Fjellvik kommune", "url": ""}],
                        ["partner", {"name": "Treffstedet Brygga", "url": ""}],
                        ["partner", {"name": "Brukerforeningen Stifinner", "url": ""}],
                    ],
                    "evaluation": (
                        "<p>2026. gada vasarā veiktais starpposma izvērtējums balstās uz 64 iemītnieku un apmeklētāju "
                        "aptauju un grupu intervijām ar 18 darbiniekiem.</p>"
                        "<ul>"
                        "<li>52 no 64 respondentiem atbildēja, ka par grūtām tēmām ir vieglāk runāt ar pieredzes "
                        "konsultantu nekā ar citiem darbiniekiem.</li>"
                        "<li>Tikšanās vietās ir vairāk pastāvīgo apmeklētāju – to skaits pieaudzis no aptuveni 40 līdz "
                        "58 nedēļā.</li>"
                        "<li>Mājokļa darbinieki stāsta par mazāk konfliktiem un ciešāku sadarbību, lai sasniegtu pašu "
                        "iemītnieku mērķus.</li>"
                        "</ul>"
                    ),
                    "events": [
                        {
                            "title": "Pieredzes konsultants kā profesionālis",
                            "place": "Tronheima, centra “Lysning” mācību telpas",
                            "audience": "Pieredzes konsultanti, kas strādā pašvaldību pakalpojumos",
                            "description": (
                                "Pamatkurss par lomu, ētiku, konfidencialitāti un sava stāsta izmantošanu, ar "
                                "vingrinājumiem mazās grupās."
                            ),
                        },
                        {
                            "title": "Pieredzes konsultants tikšanās vietā",
                            "place": "Tiešsaistē (Zoom)",
                            "audience": "Tikšanās vietu darbinieki un brīvprātīgie",
                            "description": (
                                "Īss vebinārs par to, kā pieredzes konsultanti var palīdzēt veidot drošas tikšanās "
                                "vietas."
                            ),
                        },
                        {
                            "title": "Pieredzes konsultantu tīkla tikšanās",
                            "place": "Bude, mācību zāle pilsētas centrā",
                            "audience": "Pieredzes konsultanti no visas Norvēģijas",
                            "description": (
                                "Divas dienas pieredzes apmaiņai, profesionāliem priekšlasījumiem un kontaktu "
                                "veidošanai."
                            ),
                        },
                        {
                            "title": "Vebinārs: kā pieņemt darbā pieredzes konsultantu",
                            "place": "Tiešsaistē (Zoom)",
                            "audience": "Pašvaldību pakalpojumu vadītāji",
                            "description": (
                                "Par amata aprakstu, atlasi un apmācību, kā arī par to, kā komanda var labi uzņemt "
                                "jaunu pieredzes konsultantu."
                            ),
                        },
                        {
                            "title": "Pieredzes konsultants kā profesionālis",
                            "place": "Tromse, mācību zāle pilsētas centrā",
                            "audience": "Jaunie pieredzes konsultanti un viņu vadītāji",
                            "description": (
                                "Mūsu pamatkurss pirmo reizi Ziemeļnorvēģijā: loma, robežas, ētika un savas pieredzes "
                                "izmantošana."
                            ),
                        },
                    ],
                },
            },
        },
    ],
}
