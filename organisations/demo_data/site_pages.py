# Demo content: site-wide pages of the Experience Experts site, in four languages.

SITE_PAGES = [
    {
        "key": "what-is-an-experience-expert",
        "source_language": "fi",
        "show_in_menus": True,
        "content": {
            "fi": {
                "title": "Kuka on kokemusasiantuntija?",
                "slug": "kuka-on-kokemusasiantuntija",
                "intro": (
                    "Kokemusasiantuntija tekee omasta toipumisestaan osaamista, josta on apua toisille. Neljässä "
                    "maassa roolilla on eri nimet ja hieman erilaiset vaatimukset, ja tällä sivulla esittelemme ne "
                    "rinnakkain."
                ),
                "body": [
                    ["text", (
                        "<p>Kaikissa sivuston neljässä maassa on ihmisiä, jotka ovat selvinneet vaikeasta "
                        "elämänvaiheesta ja käyttävät kokemustaan toisten tukemiseen. Sama ajatus on saanut kussakin "
                        "maassa oman nimensä, koulutuspolkunsa ja työtapansa.</p>"
                        "<p>Käytämme roolien alkuperäisiä nimiä kaikilla kielillä, jotta on aina selvää, mistä "
                        "roolista puhutaan.</p>"
                    )],
                    ["expert_roles", {
                        "heading": "Roolit rinnakkain",
                        "intro": "Tässä ovat neljän maan roolit niin kuin organisaatiot ne kuvaavat: mihin rooli kuuluu, millaista koulutusta se edellyttää ja mitä siihen kuuluu ja mitä ei.",
                    }],
                    ["heading", {"text": "Mikä heitä yhdistää", "anchor": ""}],
                    ["text", (
                        "<p>Nimet ja vaatimukset vaihtelevat, mutta perusajatus on sama kaikissa neljässä maassa.</p>"
                        "<ul>"
                        "<li>Oma kokemus on käsitelty niin, että sitä voi käyttää turvallisesti toisen hyväksi.</li>"
                        "<li>Kokemustieto täydentää ammattilaisten tietoa eikä korvaa sitä.</li>"
                        "<li>Työtä tukevat työnohjaus, kovisio tai oma tiimi.</li>"
                        "</ul>"
                    )],
                    ["heading", {"text": "Usein kysyttyä", "anchor": ""}],
                    ["faq", [
                        {
                            "question": "Voiko kuka tahansa toimia kokemusasiantuntijana?",
                            "answer": (
                                "<p>Kokemuksia on monella, mutta useimmissa rooleissa edellytetään, että oma kokemus "
                                "on käsitelty ja että henkilö on käynyt valmennuksen. Poikkeus on kehittäjäasiakas, "
                                "jolta koulutusta ei vaadita.</p>"
                            ),
                        },
                        {
                            "question": "Miksi käytätte alkuperäisiä nimikkeitä?",
                            "answer": (
                                "<p>Roolit eivät ole eri maissa täysin samoja. Kun alkuperäinen sana säilyy, lukija "
                                "näkee heti, mihin maahan ja millaisiin vaatimuksiin rooli liittyy.</p>"
                            ),
                        },
                        {
                            "question": "Saako kokemusasiantuntija palkkaa?",
                            "answer": (
                                "<p>Se riippuu roolista ja maasta. Norjassa erfaringskonsulent on palkattu "
                                "työntekijä, kun taas monissa muissa rooleissa yksittäisistä tehtävistä maksetaan "
                                "palkkio.</p>"
                            ),
                        },
                        {
                            "question": "Miten voin tilata kokemusasiantuntijan?",
                            "answer": (
                                "<p>Valitse organisaatio Organisaatiot-sivulta ja täytä sen tilauslomake. "
                                "Organisaation koordinaattori ottaa sinuun yhteyttä ja sopii kanssasi tehtävän "
                                "yksityiskohdista.</p>"
                            ),
                        },
                    ]],
                ],
            },
            "et": {
                "title": "Kes on kogemusekspert?",
                "slug": "kes-on-kogemusekspert",
                "intro": (
                    "Kogemusekspert muudab oma taastumise teadmisteks ja oskusteks, millest on abi teistele. Neljas "
                    "riigis on sel rollil erinevad nimed ja veidi erinevad nõuded – sellel lehel tutvustame neid "
                    "kõrvuti."
                ),
                "body": [
                    ["text", (
                        "<p>Kõigis neljas riigis, mida see veebileht hõlmab, on inimesi, kes on tulnud toime raske "
                        "eluetapiga ja kasutavad oma kogemust teiste toetamiseks. Sama mõte on igas riigis saanud oma "
                        "nime, koolitustee ja töövormid.</p>"
                        "<p>Kasutame rollide algupäraseid nimetusi kõigis keeltes, et oleks alati selge, millisest "
                        "rollist jutt käib.</p>"
                    )],
                    ["expert_roles", {
                        "heading": "Rollid kõrvuti",
                        "intro": "Siin on nelja riigi rollid nii, nagu organisatsioonid neid kirjeldavad: kuhu roll kuulub, millist väljaõpet see eeldab ning mida see hõlmab ja mida mitte.",
                    }],
                    ["heading", {"text": "Mis neid ühendab", "anchor": ""}],
                    ["text", (
                        "<p>Nimetused ja nõuded erinevad, kuid põhimõte on kõigis neljas riigis sama.</p>"
                        "<ul>"
                        "<li>Oma kogemus on läbi töötatud nii, et seda saab teise heaks turvaliselt kasutada.</li>"
                        "<li>Kogemusteadmine täiendab spetsialistide teadmisi, mitte ei asenda neid.</li>"
                        "<li>Tööd toetavad supervisioon, kovisioon või oma meeskond.</li>"
                        "</ul>"
                    )],
                    ["heading", {"text": "Korduma kippuvad küsimused", "anchor": ""}],
                    ["faq", [
                        {
                            "question": "Kas igaüks võib olla kogemusekspert?",
                            "answer": (
                                "<p>Kogemusi on paljudel, kuid enamik rolle eeldab, et oma kogemus on läbi töötatud ja "
                                "inimene on läbinud koolituse. Erand on kehittäjäasiakas, kellelt koolitust ei "
                                "nõuta.</p>"
                            ),
                        },
                        {
                            "question": "Miks te kasutate algupäraseid nimetusi?",
                            "answer": (
                                "<p>Rollid ei ole eri riikides täpselt samad. Kui algne sõna säilib, näeb lugeja "
                                "kohe, millise riigi ja milliste nõuetega rolliga on tegu.</p>"
                            ),
                        },
                        {
                            "question": "Kas kogemusekspert saab töö eest tasu?",
                            "answer": (
                                "<p>See sõltub rollist ja riigist. Norras on erfaringskonsulent palgaline töötaja, "
                                "paljudes teistes rollides makstakse aga tasu üksikute ülesannete eest.</p>"
                            ),
                        },
                        {
                            "question": "Kuidas kogemuseksperti tellida?",
                            "answer": (
                                "<p>Valige organisatsioon lehelt „Organisatsioonid“ ja täitke selle tellimisvorm. "
                                "Organisatsiooni koordinaator võtab teiega ühendust ja lepib kokku ülesande "
                                "üksikasjad.</p>"
                            ),
                        },
                    ]],
                ],
            },
            "lv": {
                "title": "Kas ir pieredzes eksperts?",
                "slug": "kas-ir-pieredzes-eksperts",
                "intro": (
                    "Pieredzes eksperts savu atveseļošanos pārvērš zināšanās un prasmēs, kas palīdz citiem. Četrās "
                    "valstīs šai lomai ir dažādi nosaukumi un nedaudz atšķirīgas prasības, un šajā lapā tās "
                    "aplūkojam līdzās."
                ),
                "body": [
                    ["text", (
                        "<p>Visās četrās valstīs, ko aptver šī vietne, ir cilvēki, kuri ir pārvarējuši grūtu dzīves "
                        "posmu un izmanto savu pieredzi, lai atbalstītu citus. Katrā valstī šai idejai ir savs "
                        "nosaukums, savs mācību ceļš un savi darba veidi.</p>"
                        "<p>Visās valodās lietojam lomu oriģinālos nosaukumus, lai vienmēr būtu skaidrs, par kuru "
                        "lomu ir runa.</p>"
                    )],
                    ["expert_roles", {
                        "heading": "Lomas līdzās",
                        "intro": "Šeit ir četru valstu lomas tā, kā tās apraksta organizācijas: kur loma pieder, kādu sagatavotību tā prasa un ko tā ietver un neietver.",
                    }],
                    ["heading", {"text": "Kas viņus vieno", "anchor": ""}],
                    ["text", (
                        "<p>Nosaukumi un prasības atšķiras, taču pamatideja visās četrās valstīs ir tā pati.</p>"
                        "<ul>"
                        "<li>Sava pieredze ir pārstrādāta tā, lai to varētu droši izmantot cita cilvēka labā.</li>"
                        "<li>Pieredzē balstītas zināšanas papildina speciālistu zināšanas, nevis tās aizstāj.</li>"
                        "<li>Darbu atbalsta supervīzija, kovīzija vai sava komanda.</li>"
                        "</ul>"
                    )],
                    ["heading", {"text": "Biežāk uzdotie jautājumi", "anchor": ""}],
                    ["faq", [
                        {
                            "question": "Vai ikviens var būt pieredzes eksperts?",
                            "answer": (
                                "<p>Pieredze ir daudziem, taču vairumā lomu prasa, lai sava pieredze būtu pārstrādāta "
                                "un cilvēks būtu apguvis apmācību. Izņēmums ir kehittäjäasiakas, no kura apmācību "
                                "neprasa.</p>"
                            ),
                        },
                        {
                            "question": "Kāpēc jūs lietojat oriģinālos nosaukumus?",
                            "answer": (
                                "<p>Dažādās valstīs lomas nav pilnīgi vienādas. Ja saglabājam oriģinālo vārdu, "
                                "lasītājs uzreiz redz, ar kuru valsti un kādām prasībām loma ir saistīta.</p>"
                            ),
                        },
                        {
                            "question": "Vai pieredzes eksperts saņem samaksu?",
                            "answer": (
                                "<p>Tas ir atkarīgs no lomas un valsts. Norvēģijā erfaringskonsulent ir algots "
                                "darbinieks, savukārt daudzās citās lomās samaksu saņem par atsevišķiem "
                                "uzdevumiem.</p>"
                            ),
                        },
                        {
                            "question": "Kā pasūtīt pieredzes ekspertu?",
                            "answer": (
                                "<p>Izvēlieties organizāciju lapā “Organizācijas” un aizpildiet tās pasūtījuma "
                                "veidlapu. Organizācijas koordinators ar jums sazināsies un vienosies par uzdevuma "
                                "detaļām.</p>"
                            ),
                        },
                    ]],
                ],
            },
            "nb": {
                "title": "Hva er en erfaringsekspert?",
                "slug": "hva-er-en-erfaringsekspert",
                "intro": (
                    "En erfaringsekspert gjør sin egen bedringsprosess om til kompetanse som kan hjelpe andre. I de "
                    "fire landene har rollen ulike navn og litt ulike krav, og på denne siden ser vi dem side om "
                    "side."
                ),
                "body": [
                    ["text", (
                        "<p>I alle de fire landene på dette nettstedet finnes det mennesker som har kommet seg gjennom "
                        "en vanskelig periode i livet og bruker erfaringen sin til å støtte andre. Den samme tanken "
                        "har fått sitt eget navn, sin egen opplæring og sine egne arbeidsformer i hvert land.</p>"
                        "<p>Vi bruker rollenes opprinnelige navn på alle språk, slik at det alltid er tydelig hvilken "
                        "rolle vi snakker om.</p>"
                    )],
                    ["expert_roles", {
                        "heading": "Rollene side om side",
                        "intro": "Her er rollene fra de fire landene slik organisasjonene beskriver dem: hvor rollen hører hjemme, hvilken opplæring den krever, og hva den omfatter og ikke omfatter.",
                    }],
                    ["heading", {"text": "Hva de har felles", "anchor": ""}],
                    ["text", (
                        "<p>Navn og krav varierer, men grunntanken er den samme i alle de fire landene.</p>"
                        "<ul>"
                        "<li>Egen erfaring er bearbeidet slik at den kan brukes trygt til beste for andre.</li>"
                        "<li>Erfaringskunnskap utfyller fagfolks kunnskap, den erstatter den ikke.</li>"
                        "<li>Arbeidet støttes av veiledning, kovisjon eller et eget team.</li>"
                        "</ul>"
                    )],
                    ["heading", {"text": "Ofte stilte spørsmål", "anchor": ""}],
                    ["faq", [
                        {
                            "question": "Kan hvem som helst bli erfaringsekspert?",
                            "answer": (
                                "<p>Mange har erfaringer, men de fleste rollene forutsetter at man har bearbeidet egen "
                                "erfaring og gjennomført opplæring. Unntaket er kehittäjäasiakas, der det ikke kreves "
                                "opplæring.</p>"
                            ),
                        },
                        {
                            "question": "Hvorfor bruker dere de opprinnelige rollenavnene?",
                            "answer": (
                                "<p>Rollene er ikke helt like i de ulike landene. Når vi beholder det opprinnelige "
                                "ordet, ser leseren med en gang hvilket land og hvilke krav rollen hører til.</p>"
                            ),
                        },
                        {
                            "question": "Får en erfaringsekspert betalt?",
                            "answer": (
                                "<p>Det kommer an på rollen og landet. I Norge er erfaringskonsulenten en lønnet "
                                "ansatt, mens det i mange andre roller betales honorar for enkeltoppdrag.</p>"
                            ),
                        },
                        {
                            "question": "Hvordan bestiller jeg en erfaringsekspert?",
                            "answer": (
                                "<p>Velg en organisasjon på siden «Organisasjoner» og fyll ut bestillingsskjemaet. "
                                "Koordinatoren i organisasjonen tar kontakt med deg og avtaler detaljene i "
                                "oppdraget.</p>"
                            ),
                        },
                    ]],
                ],
            },
        },
    },
    {
        "key": "organisations",
        "source_language": "fi",
        "show_in_menus": True,
        "content": {
            "fi": {
                "title": "Organisaatiot",
                "slug": "organisaatiot",
                "intro": (
                    "Näissä organisaatioissa toimii kokemusasiantuntijoita, joita voit tilata luennoille, "
                    "koulutuksiin ja kehittämistyöhön. Valitse organisaatio, niin näet sen palvelut, hinnat ja tulevat "
                    "tapahtumat."
                ),
                "body": [],
            },
            "et": {
                "title": "Organisatsioonid",
                "slug": "organisatsioonid",
                "intro": (
                    "Nendes organisatsioonides töötavad kogemuseksperdid, keda saate tellida loenguid pidama, "
                    "koolitama ja arendustöösse. Valige organisatsioon, et näha selle teenuseid, hindu ja tulevasi "
                    "sündmusi."
                ),
                "body": [],
            },
            "lv": {
                "title": "Organizācijas",
                "slug": "organizacijas",
                "intro": (
                    "Šajās organizācijās darbojas pieredzes eksperti, kurus varat pasūtīt lekcijām, mācībām un "
                    "attīstības darbam. Izvēlieties organizāciju, lai redzētu tās pakalpojumus, cenas un gaidāmos "
                    "pasākumus."
                ),
                "body": [],
            },
            "nb": {
                "title": "Organisasjoner",
                "slug": "organisasjoner",
                "intro": (
                    "Disse organisasjonene har erfaringseksperter som du kan bestille til foredrag, kurs og "
                    "utviklingsarbeid. Velg en organisasjon for å se tjenestene, prisene og de kommende "
                    "arrangementene."
                ),
                "body": [],
            },
        },
    },
    {
        "key": "privacy-notice",
        "source_language": "fi",
        "show_in_menus": False,
        "content": {
            "fi": {
                "title": "Tietosuojaseloste",
                "slug": "tietosuojaseloste",
                "intro": (
                    "Tässä selosteessa kerromme, mitä henkilötietoja sivusto kerää, miksi niitä kerätään ja kuinka "
                    "kauan niitä säilytetään. Keräämme vain sen, mitä tilauksen tai kommentin käsittelyyn tarvitaan."
                ),
                "body": [
                    ["heading", {"text": "Mitä tietoja keräämme", "anchor": ""}],
                    ["text", (
                        "<p>Kun lähetät tilauslomakkeen, pyydämme seuraavat tiedot:</p>"
                        "<ul>"
                        "<li>nimesi</li>"
                        "<li>yhteystietosi eli sähköpostiosoitteen ja halutessasi puhelinnumeron</li>"
                        "<li>laskutustiedot, kuten organisaation nimen ja laskutusosoitteen</li>"
                        "<li>kuvauksen tehtävästä, esimerkiksi aiheen, ajankohdan, paikan ja kohderyhmän</li>"
                        "</ul>"
                        "<p>Kun kirjoitat kommentin, tallennamme nimesi tai nimimerkkisi, sähköpostiosoitteesi ja "
                        "kommentin tekstin. Emme kysy terveystietoja, emmekä toivo, että kirjoitat niitä "
                        "lomakkeisiin.</p>"
                    )],
                    ["heading", {"text": "Miksi tietoja käsitellään", "anchor": ""}],
                    ["text", (
                        "<p>Käytämme tilauksen tietoja vain tilauksen käsittelyyn: tehtävästä sopimiseen, "
                        "yhteydenpitoon ja laskutukseen. Kommenttien tietoja käytämme keskustelun julkaisemiseen ja "
                        "tarvittaessa yhteydenottoon kommentin kirjoittajaan.</p>"
                    )],
                    ["heading", {"text": "Kuka tiedot näkee", "anchor": ""}],
                    ["text", (
                        "<p>Tilauksen näkevät vain sen organisaation koordinaattorit, jolta tilaus tehtiin. Muut "
                        "sivuston organisaatiot eivät näe tilaustasi, emmekä luovuta tietoja kenellekään markkinointia "
                        "varten.</p>"
                    )],
                    ["heading", {"text": "Kuinka kauan tietoja säilytetään", "anchor": ""}],
                    ["text", (
                        "<p>Kun tilaus on käsitelty ja suljettu, sitä säilytetään määrätyn ajan kirjanpitoa ja "
                        "mahdollisia kysymyksiä varten. Sen jälkeen tilaus anonymisoidaan, eikä siitä voi enää "
                        "tunnistaa ketään.</p>"
                    )],
                    ["heading", {"text": "Evästeet ja ulkopuolinen sisältö", "anchor": ""}],
                    ["text", (
                        "<p>Sivusto ei käytä seuranta- eikä analytiikkaevästeitä. Käytössä ovat vain evästeet, joita "
                        "sivuston toiminta välttämättä vaatii, esimerkiksi lomakkeiden suojaamiseen.</p>"
                        "<p>Ulkopuolisten palvelujen sisältöä, kuten videoita, ei ladata ennen kuin napsautat sitä. "
                        "Vasta silloin selaimesi ottaa yhteyden kyseiseen palveluun.</p>"
                    )],
                    ["heading", {"text": "Oikeutesi", "anchor": ""}],
                    ["text", (
                        "<p>Sinulla on oikeus:</p>"
                        "<ul>"
                        "<li>saada tietää, mitä tietoja sinusta on tallennettu</li>"
                        "<li>pyytää virheellisten tietojen korjaamista</li>"
                        "<li>pyytää tietojesi poistamista</li>"
                        "</ul>"
                        "<p>Lähetä pyyntösi sähköpostitse osoitteeseen privacy@experience-experts.example. Vastaamme "
                        "kuukauden kuluessa.</p>"
                    )],
                    ["call_to_action", {
                        "title": "Kysyttävää tietosuojasta?",
                        "text": "Kirjoita meille, niin selvitämme asian.",
                        "link_text": "Lähetä sähköpostia",
                        "page": None,
                        "url": "mailto:privacy@experience-experts.example",
                    }],
                ],
            },
            "et": {
                "title": "Privaatsusteade",
                "slug": "privaatsusteade",
                "intro": (
                    "Selles teates selgitame, milliseid isikuandmeid veebileht kogub, miks seda tehakse ja kui kaua "
                    "andmeid säilitatakse. Kogume ainult seda, mida on vaja tellimuse või kommentaari käsitlemiseks."
                ),
                "body": [
                    ["heading", {"text": "Milliseid andmeid me kogume", "anchor": ""}],
                    ["text", (
                        "<p>Kui saadate tellimisvormi, küsime järgmisi andmeid:</p>"
                        "<ul>"
                        "<li>teie nimi</li>"
                        "<li>teie kontaktandmed ehk e-posti aadress ja soovi korral telefoninumber</li>"
                        "<li>arveldusandmed, näiteks organisatsiooni nimi ja arveldusaadress</li>"
                        "<li>ülesande kirjeldus, näiteks teema, aeg, koht ja sihtrühm</li>"
                        "</ul>"
                        "<p>Kui kirjutate kommentaari, salvestame teie nime või varjunime, e-posti aadressi ja "
                        "kommentaari teksti. Me ei küsi terviseandmeid ja palume neid ka vormidesse mitte "
                        "kirjutada.</p>"
                    )],
                    ["heading", {"text": "Miks me andmeid töötleme", "anchor": ""}],
                    ["text", (
                        "<p>Tellimuse andmeid kasutame ainult tellimuse täitmiseks: ülesandes kokkuleppimiseks, "
                        "suhtlemiseks ja arve esitamiseks. Kommentaaride andmeid kasutame arutelu avaldamiseks ja "
                        "vajaduse korral kommentaari autoriga ühenduse võtmiseks.</p>"
                    )],
                    ["heading", {"text": "Kes andmeid näeb", "anchor": ""}],
                    ["text", (
                        "<p>Tellimust näevad ainult selle organisatsiooni koordinaatorid, kellelt tellimus tehti. "
                        "Teised veebilehel esitletud organisatsioonid teie tellimust ei näe ja me ei anna andmeid "
                        "kellelegi turunduse eesmärgil.</p>"
                    )],
                    ["heading", {"text": "Kui kaua andmeid säilitatakse", "anchor": ""}],
                    ["text", (
                        "<p>Kui tellimus on täidetud ja suletud, säilitatakse seda kindlaksmääratud aja "
                        "raamatupidamise ja võimalike küsimuste tarbeks. Seejärel tellimus anonüümitakse ja selle "
                        "põhjal ei ole enam võimalik kedagi tuvastada.</p>"
                    )],
                    ["heading", {"text": "Küpsised ja väline sisu", "anchor": ""}],
                    ["text", (
                        "<p>Veebileht ei kasuta jälgimis- ega analüüsiküpsiseid. Kasutame ainult küpsiseid, mida "
                        "veebilehe toimimine tingimata vajab, näiteks vormide kaitsmiseks.</p>"
                        "<p>Väliste teenuste sisu, näiteks videoid, ei laadita enne, kui te sellel klõpsate. Alles "
                        "siis võtab teie brauser selle teenusega ühendust.</p>"
                    )],
                    ["heading", {"text": "Teie õigused", "anchor": ""}],
                    ["text", (
                        "<p>Teil on õigus:</p>"
                        "<ul>"
                        "<li>saada teada, milliseid andmeid teie kohta on salvestatud</li>"
                        "<li>nõuda ebatäpsete andmete parandamist</li>"
                        "<li>nõuda oma andmete kustutamist</li>"
                        "</ul>"
                        "<p>Saatke oma taotlus e-posti aadressile privacy@experience-experts.example. Vastame ühe kuu "
                        "jooksul.</p>"
                    )],
                    ["call_to_action", {
                        "title": "Küsimusi andmekaitse kohta?",
                        "text": "Kirjutage meile, küll me aitame.",
                        "link_text": "Saada e-kiri",
                        "page": None,
                        "url": "mailto:privacy@experience-experts.example",
                    }],
                ],
            },
            "lv": {
                "title": "Privātuma paziņojums",
                "slug": "privatuma-pazinojums",
                "intro": (
                    "Šajā paziņojumā skaidrojam, kādus personas datus vietne vāc, kāpēc tas tiek darīts un cik ilgi "
                    "datus glabā. Mēs vācam tikai to, kas nepieciešams pasūtījuma vai komentāra apstrādei."
                ),
                "body": [
                    ["heading", {"text": "Kādus datus mēs vācam", "anchor": ""}],
                    ["text", (
                        "<p>Kad nosūtāt pasūtījuma veidlapu, mēs lūdzam šādus datus:</p>"
                        "<ul>"
                        "<li>jūsu vārdu un uzvārdu</li>"
                        "<li>jūsu kontaktinformāciju, t. i., e-pasta adresi un, ja vēlaties, tālruņa numuru</li>"
                        "<li>norēķinu datus, piemēram, organizācijas nosaukumu un rēķina adresi</li>"
                        "<li>uzdevuma aprakstu, piemēram, tēmu, laiku, vietu un mērķauditoriju</li>"
                        "</ul>"
                        "<p>Kad rakstāt komentāru, mēs saglabājam jūsu vārdu vai segvārdu, e-pasta adresi un "
                        "komentāra tekstu. Mēs neprasām veselības datus un lūdzam tos veidlapās arī nerakstīt.</p>"
                    )],
                    ["heading", {"text": "Kāpēc mēs apstrādājam datus", "anchor": ""}],
                    ["text", (
                        "<p>Pasūtījuma datus mēs izmantojam tikai pasūtījuma izpildei: lai vienotos par uzdevumu, "
                        "sazinātos ar jums un izrakstītu rēķinu. Komentāru datus izmantojam diskusijas publicēšanai "
                        "un, ja nepieciešams, lai sazinātos ar komentāra autoru.</p>"
                    )],
                    ["heading", {"text": "Kas redz datus", "anchor": ""}],
                    ["text", (
                        "<p>Pasūtījumu redz tikai tās organizācijas koordinatori, kurai pasūtījums veikts. Citas "
                        "vietnē pārstāvētās organizācijas jūsu pasūtījumu neredz, un mēs nevienam nenododam datus "
                        "mārketinga nolūkos.</p>"
                    )],
                    ["heading", {"text": "Cik ilgi dati tiek glabāti", "anchor": ""}],
                    ["text", (
                        "<p>Kad pasūtījums ir izpildīts un slēgts, to glabā noteiktu laiku grāmatvedības vajadzībām un "
                        "iespējamiem jautājumiem. Pēc tam pasūtījumu anonimizē, un pēc tā vairs nevar identificēt "
                        "nevienu personu.</p>"
                    )],
                    ["heading", {"text": "Sīkdatnes un ārējs saturs", "anchor": ""}],
                    ["text", (
                        "<p>Vietne neizmanto izsekošanas vai analītikas sīkdatnes. Mēs izmantojam tikai tās "
                        "sīkdatnes, kas vietnes darbībai ir obligāti nepieciešamas, piemēram, veidlapu "
                        "aizsardzībai.</p>"
                        "<p>Ārējo pakalpojumu saturs, piemēram, video, netiek ielādēts, pirms jūs uz tā "
                        "noklikšķināt. Tikai tad jūsu pārlūks sazinās ar attiecīgo pakalpojumu.</p>"
                    )],
                    ["heading", {"text": "Jūsu tiesības", "anchor": ""}],
                    ["text", (
                        "<p>Jums ir tiesības:</p>"
                        "<ul>"
                        "<li>uzzināt, kādi dati par jums ir saglabāti</li>"
                        "<li>lūgt labot neprecīzus datus</li>"
                        "<li>lūgt dzēst savus datus</li>"
                        "</ul>"
                        "<p>Nosūtiet savu pieprasījumu uz e-pasta adresi privacy@experience-experts.example. Mēs "
                        "atbildēsim viena mēneša laikā.</p>"
                    )],
                    ["call_to_action", {
                        "title": "Jautājumi par datu aizsardzību?",
                        "text": "Rakstiet mums, un mēs palīdzēsim to noskaidrot.",
                        "link_text": "Sūtīt e-pastu",
                        "page": None,
                        "url": "mailto:privacy@experience-experts.example",
                    }],
                ],
            },
            "nb": {
                "title": "Personvernerklæring",
                "slug": "personvernerklaering",
                "intro": (
                    "Her forklarer vi hvilke personopplysninger nettstedet samler inn, hvorfor vi gjør det, og hvor "
                    "lenge opplysningene blir lagret. Vi samler bare inn det som trengs for å behandle en bestilling "
                    "eller en kommentar."
                ),
                "body": [
                    ["heading", {"text": "Hvilke opplysninger vi samler inn", "anchor": ""}],
                    ["text", (
                        "<p>Når du sender bestillingsskjemaet, ber vi om disse opplysningene:</p>"
                        "<ul>"
                        "<li>navnet ditt</li>"
                        "<li>kontaktopplysningene dine, det vil si e-postadresse og eventuelt telefonnummer</li>"
                        "<li>fakturaopplysninger, for eksempel organisasjonens navn og fakturaadresse</li>"
                        "<li>en beskrivelse av oppdraget, for eksempel tema, tidspunkt, sted og målgruppe</li>"
                        "</ul>"
                        "<p>Når du skriver en kommentar, lagrer vi navnet eller kallenavnet ditt, e-postadressen din og "
                        "teksten i kommentaren. Vi spør ikke etter helseopplysninger, og vi ber deg om ikke å skrive "
                        "slike opplysninger i skjemaene.</p>"
                    )],
                    ["heading", {"text": "Hvorfor vi behandler opplysningene", "anchor": ""}],
                    ["text", (
                        "<p>Opplysningene i en bestilling bruker vi bare til å behandle bestillingen: til å avtale "
                        "oppdraget, holde kontakt og sende faktura. Opplysningene i kommentarer bruker vi til å "
                        "publisere samtalen og om nødvendig til å kontakte den som skrev kommentaren.</p>"
                    )],
                    ["heading", {"text": "Hvem som ser opplysningene", "anchor": ""}],
                    ["text", (
                        "<p>Bestillingen kan bare ses av koordinatorene i den organisasjonen du har bestilt fra. Andre "
                        "organisasjoner på nettstedet ser ikke bestillingen din, og vi gir ikke opplysningene videre "
                        "til noen for markedsføring.</p>"
                    )],
                    ["heading", {"text": "Hvor lenge opplysningene lagres", "anchor": ""}],
                    ["text", (
                        "<p>Når en bestilling er behandlet og avsluttet, lagres den i en fastsatt periode av hensyn til "
                        "regnskap og eventuelle spørsmål. Deretter blir bestillingen anonymisert, slik at ingen lenger "
                        "kan identifiseres ut fra den.</p>"
                    )],
                    ["heading", {"text": "Informasjonskapsler og innhold fra andre", "anchor": ""}],
                    ["text", (
                        "<p>Nettstedet bruker ikke informasjonskapsler for sporing eller analyse. Vi bruker bare "
                        "informasjonskapsler som er helt nødvendige for at nettstedet skal fungere, for eksempel for å "
                        "beskytte skjemaene.</p>"
                        "<p>Innhold fra andre tjenester, for eksempel videoer, lastes ikke inn før du klikker på det. "
                        "Først da kobler nettleseren din seg til den aktuelle tjenesten.</p>"
                    )],
                    ["heading", {"text": "Dine rettigheter", "anchor": ""}],
                    ["text", (
                        "<p>Du har rett til å:</p>"
                        "<ul>"
                        "<li>få vite hvilke opplysninger som er lagret om deg</li>"
                        "<li>be om at feil opplysninger blir rettet</li>"
                        "<li>be om at opplysningene dine blir slettet</li>"
                        "</ul>"
                        "<p>Send forespørselen din på e-post til privacy@experience-experts.example. Vi svarer innen "
                        "én måned.</p>"
                    )],
                    ["call_to_action", {
                        "title": "Spørsmål om personvern?",
                        "text": "Skriv til oss, så finner vi ut av det sammen.",
                        "link_text": "Send e-post",
                        "page": None,
                        "url": "mailto:privacy@experience-experts.example",
                    }],
                ],
            },
        },
    },
    {
        "key": "accessibility-statement",
        "source_language": "fi",
        "show_in_menus": False,
        "content": {
            "fi": {
                "title": "Saavutettavuusseloste",
                "slug": "saavutettavuusseloste",
                "intro": (
                    "Haluamme, että kaikki voivat käyttää sivustoa. Tässä selosteessa kerromme, miten sivusto on "
                    "toteutettu, mitä puutteita tiedämme ja miten voit antaa palautetta."
                ),
                "body": [
                    ["heading", {"text": "Tavoitteemme", "anchor": ""}],
                    ["text", (
                        "<p>Sivusto pyrkii täyttämään WCAG 2.1 -ohjeiden AA-tason vaatimukset. Arvioimme sivustoa "
                        "säännöllisesti ja korjaamme havaitut ongelmat.</p>"
                        "<p>Tämä seloste on laadittu marraskuussa 2026.</p>"
                    )],
                    ["heading", {"text": "Mikä toimii", "anchor": ""}],
                    ["text", (
                        "<ul>"
                        "<li>Sivusto toimii myös ilman JavaScriptiä.</li>"
                        "<li>Sisältö pysyy luettavana, kun näkymä suurennetaan 200 prosenttiin.</li>"
                        "<li>Sivut mukautuvat pienille näytöille, kuten puhelimiin.</li>"
                        "</ul>"
                    )],
                    ["heading", {"text": "Tunnetut puutteet", "anchor": ""}],
                    ["text", (
                        "<ul>"
                        "<li>Osasta organisaatioiden lataamista videoista puuttuu tekstitys joillakin kielillä.</li>"
                        "<li>Kaikki organisaatioiden lataamat PDF-tiedostot eivät ole täysin saavutettavia.</li>"
                        "</ul>"
                        "<p>Korjaamme puutteita yhdessä organisaatioiden kanssa.</p>"
                    )],
                    ["heading", {"text": "Anna palautetta", "anchor": ""}],
                    ["text", (
                        "<p>Jos huomaat saavutettavuusongelman tai et pääse käsiksi johonkin sisältöön, kerro siitä "
                        "meille osoitteeseen accessibility@experience-experts.example. Vastaamme kahden viikon "
                        "kuluessa.</p>"
                    )],
                    ["call_to_action", {
                        "title": "Huomasitko ongelman?",
                        "text": "Palautteesi auttaa meitä tekemään sivustosta paremman kaikille.",
                        "link_text": "Lähetä palautetta",
                        "page": None,
                        "url": "mailto:accessibility@experience-experts.example",
                    }],
                ],
            },
            "et": {
                "title": "Ligipääsetavuse teatis",
                "slug": "ligipaasetavuse-teatis",
                "intro": (
                    "Soovime, et veebilehte saaksid kasutada kõik. Selles teatises kirjeldame, kuidas veebileht on "
                    "üles ehitatud, milliseid puudusi me teame ja kuidas saate tagasisidet anda."
                ),
                "body": [
                    ["heading", {"text": "Meie eesmärk", "anchor": ""}],
                    ["text", (
                        "<p>Veebileht püüab täita WCAG 2.1 juhiste AA-taseme nõudeid. Hindame veebilehte regulaarselt "
                        "ja parandame leitud probleemid.</p>"
                        "<p>See teatis on koostatud 2026. aasta novembris.</p>"
                    )],
                    ["heading", {"text": "Mis toimib", "anchor": ""}],
                    ["text", (
                        "<ul>"
                        "<li>Veebileht töötab ka ilma JavaScriptita.</li>"
                        "<li>Sisu jääb loetavaks, kui vaadet suurendada 200 protsendini.</li>"
                        "<li>Lehed kohanduvad väikeste ekraanidega, näiteks telefonidega.</li>"
                        "</ul>"
                    )],
                    ["heading", {"text": "Teadaolevad puudused", "anchor": ""}],
                    ["text", (
                        "<ul>"
                        "<li>Mõnel organisatsioonide üles laaditud videol puuduvad mõnes keeles subtiitrid.</li>"
                        "<li>Kõik organisatsioonide üles laaditud PDF-failid ei ole täielikult ligipääsetavad.</li>"
                        "</ul>"
                        "<p>Parandame puudusi koostöös organisatsioonidega.</p>"
                    )],
                    ["heading", {"text": "Andke tagasisidet", "anchor": ""}],
                    ["text", (
                        "<p>Kui märkate ligipääsetavuse probleemi või ei pääse mingile sisule ligi, andke meile teada "
                        "aadressil accessibility@experience-experts.example. Vastame kahe nädala jooksul.</p>"
                    )],
                    ["call_to_action", {
                        "title": "Märkasite probleemi?",
                        "text": "Teie tagasiside aitab meil muuta veebilehe kõigi jaoks paremaks.",
                        "link_text": "Saada tagasisidet",
                        "page": None,
                        "url": "mailto:accessibility@experience-experts.example",
                    }],
                ],
            },
            "lv": {
                "title": "Piekļūstamības paziņojums",
                "slug": "pieklustamibas-pazinojums",
                "intro": (
                    "Mēs vēlamies, lai vietni varētu izmantot ikviens. Šajā paziņojumā stāstām, kā vietne ir veidota, "
                    "kādus trūkumus zinām un kā jūs varat sniegt atsauksmes."
                ),
                "body": [
                    ["heading", {"text": "Mūsu mērķis", "anchor": ""}],
                    ["text", (
                        "<p>Vietne tiecas atbilst WCAG 2.1 vadlīniju AA līmeņa prasībām. Mēs regulāri izvērtējam "
                        "vietni un novēršam atklātās problēmas.</p>"
                        "<p>Šis paziņojums sagatavots 2026. gada novembrī.</p>"
                    )],
                    ["heading", {"text": "Kas darbojas", "anchor": ""}],
                    ["text", (
                        "<ul>"
                        "<li>Vietne darbojas arī bez JavaScript.</li>"
                        "<li>Saturs paliek salasāms, ja skatu palielina līdz 200 procentiem.</li>"
                        "<li>Lapas pielāgojas maziem ekrāniem, piemēram, tālruņiem.</li>"
                        "</ul>"
                    )],
                    ["heading", {"text": "Zināmie trūkumi", "anchor": ""}],
                    ["text", (
                        "<ul>"
                        "<li>Dažiem organizāciju augšupielādētajiem video dažās valodās nav subtitru.</li>"
                        "<li>Ne visi organizāciju augšupielādētie PDF faili ir pilnībā piekļūstami.</li>"
                        "</ul>"
                        "<p>Mēs novēršam trūkumus sadarbībā ar organizācijām.</p>"
                    )],
                    ["heading", {"text": "Sniedziet atsauksmi", "anchor": ""}],
                    ["text", (
                        "<p>Ja pamanāt piekļūstamības problēmu vai nevarat piekļūt kādam saturam, lūdzu, informējiet "
                        "mūs, rakstot uz accessibility@experience-experts.example. Mēs atbildēsim divu nedēļu "
                        "laikā.</p>"
                    )],
                    ["call_to_action", {
                        "title": "Pamanījāt problēmu?",
                        "text": "Jūsu atsauksme palīdz mums uzlabot vietni visiem.",
                        "link_text": "Sūtīt atsauksmi",
                        "page": None,
                        "url": "mailto:accessibility@experience-experts.example",
                    }],
                ],
            },
            "nb": {
                "title": "Tilgjengelighetserklæring",
                "slug": "tilgjengelighetserklaering",
                "intro": (
                    "Vi ønsker at alle skal kunne bruke nettstedet. I denne erklæringen forteller vi hvordan "
                    "nettstedet er laget, hvilke mangler vi kjenner til, og hvordan du kan gi tilbakemelding."
                ),
                "body": [
                    ["heading", {"text": "Målet vårt", "anchor": ""}],
                    ["text", (
                        "<p>Nettstedet har som mål å oppfylle kravene på nivå AA i WCAG 2.1. Vi vurderer nettstedet "
                        "jevnlig og retter problemene vi finner.</p>"
                        "<p>Denne erklæringen ble utarbeidet i november 2026.</p>"
                    )],
                    ["heading", {"text": "Dette fungerer", "anchor": ""}],
                    ["text", (
                        "<ul>"
                        "<li>Nettstedet fungerer også uten JavaScript.</li>"
                        "<li>Innholdet kan fortsatt leses når visningen forstørres til 200 prosent.</li>"
                        "<li>Sidene tilpasser seg små skjermer, for eksempel på mobiltelefoner.</li>"
                        "</ul>"
                    )],
                    ["heading", {"text": "Kjente mangler", "anchor": ""}],
                    ["text", (
                        "<ul>"
                        "<li>Noen av videoene som organisasjonene har lastet opp, mangler teksting på enkelte "
                        "språk.</li>"
                        "<li>Ikke alle PDF-filene som organisasjonene har lastet opp, er fullt ut tilgjengelige.</li>"
                        "</ul>"
                        "<p>Vi retter manglene i samarbeid med organisasjonene.</p>"
                    )],
                    ["heading", {"text": "Gi tilbakemelding", "anchor": ""}],
                    ["text", (
                        "<p>Hvis du oppdager et tilgjengelighetsproblem eller ikke får tilgang til noe innhold, kan du "
                        "si fra til oss på accessibility@experience-experts.example. Vi svarer innen to uker.</p>"
                    )],
                    ["call_to_action", {
                        "title": "Har du funnet et problem?",
                        "text": "Tilbakemeldingen din hjelper oss med å gjøre nettstedet bedre for alle.",
                        "link_text": "Send tilbakemelding",
                        "page": None,
                        "url": "mailto:accessibility@experience-experts.example",
                    }],
                ],
            },
        },
    },
]
