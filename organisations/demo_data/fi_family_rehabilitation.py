"""Demo organisation: Majakkamäki, a fictional family-rehabilitation centre in Jyväskylä, Finland.

It trains experience partners (kokemuskumppani) in child protection. Fictional people and
organisations; facts about experience partnership drawn from public sources, written afresh
in each language. Data only: the loader in organisations/demo.py reads ORGANISATION.
"""

ORGANISATION = {
    "key": "fi-family-rehabilitation",
    "source_language": "fi",
    "country": "FI",
    "logo": {
        "initials": "MM",
        "colour": "#2f4a6d",
    },
    "contact_email": "info@majakkamaki.example",
    "contact_phone": "+358 40 555 0142",
    "website": "",
    "coordinator_email": "tilaukset@majakkamaki.example",
    "images": {},
    "content": {
        "fi": {
            "title": "Majakkamäen perhekuntoutuskeskus",
            "slug": "majakkamaen-perhekuntoutuskeskus",
            "intro": "Majakkamäki on jyväskyläläinen perhekuntoutuskeskus, joka tukee lapsiperheitä vaikeissa elämänvaiheissa. Koulutamme myös kokemuskumppaneita: vanhempia ja nuoria, joilla on omakohtainen kokemus lastensuojelusta ja jotka haluavat kehittää palveluja yhdessä ammattilaisten kanssa.",
            "address": "Majakkamäentie 4\n40520 Jyväskylä",
            "body": [
                [
                    "text",
                    "<p>Majakkamäessä asuu ja kuntoutuu vuosittain noin 80 perhettä. Perheterapeutit, sosiaaliohjaajat ja ohjaajat työskentelevät perheiden kanssa sekä keskuksessa että heidän kotonaan.</p><p>Olemme oppineet, että palvelut paranevat, kun niitä suunnittelevat myös ne, jotka ovat itse olleet niiden asiakkaina. Siksi kokemuskumppanit kuuluvat työryhmiimme ja osallistuvat kehittämispäiviin ja koulutuksiin.</p>",
                ],
                [
                    "goals",
                    [
                        {
                            "title": "Visiomme",
                            "text": "Lastensuojelu, jossa jokainen perhe kohdataan kunnioittavasti ja jossa asiakkaiden kokemus on luonteva osa palvelujen suunnittelua.",
                            "icon": "compass",
                        },
                        {
                            "title": "Tehtävämme",
                            "text": "Tuemme perheitä kuntoutumisessa ja koulutamme kokemuskumppaneita, jotka tuovat asiakkaan näkökulman ammattilaisten rinnalle.",
                            "icon": "hand",
                        },
                        {
                            "title": "Kokemuksesta osaamiseksi",
                            "text": "Uskomme, että vaikeista kokemuksista voi kasvaa osaamista, josta on hyötyä sekä toisille perheille että työntekijöille.",
                            "icon": "spark",
                        },
                    ],
                ],
                [
                    "heading",
                    {
                        "text": "Mitä kokemuskumppani tekee?",
                        "anchor": "",
                    },
                ],
                [
                    "text",
                    "<p>Kokemuskumppani on vanhempi tai nuori, joka on ollut lastensuojelun asiakkaana, on käsitellyt kokemustaan ja käyttää sitä harkiten yhteiseksi hyväksi. Hän ei korvaa ammattilaista, vaan tuo työryhmään näkökulman, jota mikään koulutus ei voi antaa.</p><ul><li>Hän tukee vertaisena vanhempia, jotka ovat lastensuojelun asiakkaina juuri nyt ja kamppailevat esimerkiksi syyllisyyden tai häpeän kanssa.</li><li>Hän kertoo omasta polustaan ammattilaisten koulutuksissa ja toimintaa esittelevissä tilaisuuksissa.</li><li>Hän osallistuu kehittäjäyhteisöihin ja työryhmien kehittämispäiviin, joissa suunnitellaan menetelmiä ja käytäntöjä.</li><li>Hän voi olla mukana laitosmuotoisessa perhekuntoutuksessa jo siitä hetkestä, kun perhe saapuu keskukseen.</li></ul><p>Jokainen kokemuskumppani saa säännöllistä työnohjausta ja sitoutuu yhdessä kirjattuihin eettisiin periaatteisiin.</p>",
                ],
                [
                    "heading",
                    {
                        "text": "Miten koulutus valmistaa tehtävään?",
                        "anchor": "",
                    },
                ],
                [
                    "text",
                    "<p>Koulutus kestää noin viisi kuukautta, elokuusta joulukuuhun. Siinä yhdistyvät lähiopetuspäivät, viikoittaiset pienryhmät ja harjoittelu todellisissa työtilanteissa.</p><ul><li>Arvot, etiikka ja palvelujärjestelmän toiminta</li><li>Lastensuojelu ja lastensuojelulaki</li><li>Vanhemman mielenterveyden haasteet ja niiden vaikutus perheeseen</li><li>Tarinatyöskentely ja mentalisaatio</li><li>Kokemusasiantuntijuus ja oman tarinan rajaaminen</li></ul><p>Pienryhmissä pohditaan, millaisia ominaisuuksia, taitoja ja asenteita kokemuskumppanin työ vaatii. Koulutuksen päätteeksi osallistujat saavat todistuksen, ja heitä voi tilata tehtäviin keskuksen kautta.</p>",
                ],
                [
                    "quote",
                    {
                        "text": "Kun kerroin tarinani ensimmäistä kertaa työntekijöille, pelkäsin, että he näkevät minussa vain entisen asiakkaan. Huoneesta lähti kuitenkin ihmisiä, jotka kysyivät, miten he voisivat kohdata seuraavan perheen paremmin. Silloin tiesin, että kokemuksellani on käyttöä.",
                        "who": "Riikka",
                        "role": "kokemuskumppani, kahden lapsen äiti",
                    },
                ],
                [
                    "values",
                    [
                        {
                            "name": "Hyvä tahto",
                            "description": "Lähdemme jokaiseen yhteistyöhön luottaen siihen, että kaikki osapuolet haluavat lapselle parasta.",
                        },
                        {
                            "name": "Halu auttaa",
                            "description": "Kokemuksemme on arvokasta silloin, kun se auttaa toista perhettä tai työntekijää eteenpäin.",
                        },
                        {
                            "name": "Tavoitteellisuus",
                            "description": "Sovimme jokaiselle tehtävälle selkeän tavoitteen ja arvioimme yhdessä, miten siihen päästiin.",
                        },
                        {
                            "name": "Vertaisuus",
                            "description": "Tiedämme omasta kokemuksesta, miltä asiakkuus tuntuu, ja kohtaamme perheet arvostelematta.",
                        },
                    ],
                ],
                [
                    "faq",
                    [
                        {
                            "question": "Kuka voi hakea kokemuskumppanikoulutukseen?",
                            "answer": "<p>Vanhemmat sekä vähintään 18-vuotiaat nuoret, joilla on omakohtainen kokemus lastensuojelun asiakkuudesta. Aiempaa koulutusta tai työkokemusta ei vaadita, ja ryhmissämme on ihmisiä hyvin erilaisista taustoista.</p>",
                        },
                        {
                            "question": "Pitääkö oman lastensuojeluasiakkuuden olla päättynyt?",
                            "answer": "<p>Ei välttämättä, mutta oman elämäntilanteen on hyvä olla riittävän vakaa. Haastattelussa pohdimme jokaisen hakijan kanssa, onko nyt oikea aika lähteä mukaan.</p>",
                        },
                        {
                            "question": "Maksaako koulutus osallistujalle jotakin?",
                            "answer": "<p>Ei maksa. Koulutus rahoitetaan kehittämishankkeen kautta, ja korvaamme osallistujien matkakulut lähiopetuspäiviin.</p>",
                        },
                        {
                            "question": "Saako kokemuskumppani tehtävistään palkkion?",
                            "answer": "<p>Kyllä. Valmistuneille kokemuskumppaneille maksetaan palkkio jokaisesta tilatusta tehtävästä, ja heillä on oikeus säännölliseen työnohjaukseen.</p>",
                        },
                        {
                            "question": "Miten kokemuskumppanin voi tilata?",
                            "answer": "<p>Lähetä meille sähköpostia ja kerro, millaiseen tilaisuuteen tai työryhmään tarvitsette kokemuskumppania. Etsimme joukostamme henkilön, jonka kokemus sopii tilanteeseen parhaiten.</p>",
                        },
                    ],
                ],
                [
                    "call_to_action",
                    {
                        "title": "Kiinnostaako kokemuskumppanuus?",
                        "text": "Kerro meille lyhyesti itsestäsi tai siitä, millaista yhteistyötä toivot. Vastaamme viikon kuluessa.",
                        "link_text": "Ota yhteyttä",
                        "page": None,
                        "url": "mailto:kokemuskumppanit@majakkamaki.example",
                    },
                ],
            ],
            "partners": [
                ["badge", {"text": "Hyvinvointialueen lastensuojelun yhteistyökumppani"}],
                ["partner", {"name": "Sinisiipi ry", "url": ""}],
                ["partner", {"name": "Koivuharjun ammattiopisto", "url": ""}],
            ],
            "price_list": [
                {
                    "caption": "Kokemuskumppanin tilaaminen",
                    "rows": [
                        {
                            "service": "Toiminnan esittely tai kokemuspuheenvuoro",
                            "format": "in_person",
                            "duration_minutes": 60,
                            "price": "150",
                            "currency": "EUR",
                        },
                        {
                            "service": "Toiminnan esittely tai kokemuspuheenvuoro",
                            "format": "remote",
                            "duration_minutes": 60,
                            "price": "110",
                            "currency": "EUR",
                        },
                        {
                            "service": "Osallistuminen kehittämispäivään tai työryhmään",
                            "format": "in_person",
                            "duration_minutes": 180,
                            "price": "320",
                            "currency": "EUR",
                        },
                    ],
                    "note": "Hintoihin sisältyvät kokemuskumppanin palkkio ja valmistelu. Jos tehtävä on Jyväskylän ulkopuolella, laskutamme lisäksi matkakulut.",
                },
            ],
            "cancellation_terms": "<p>Tilauksen voi perua maksutta viimeistään seitsemän päivää ennen sovittua päivää.</p><p>Myöhemmin perutusta tilauksesta laskutamme puolet hinnasta. Jos kokemuskumppani sairastuu, tarjoamme tilalle toisen kokemuskumppanin tai uuden ajan, eikä siitä peritä maksua.</p>",
        },
        "et": {
            "title": "Majakkamäki perede rehabilitatsioonikeskus",
            "slug": "majakkamaki-perede-rehabilitatsioonikeskus",
            "intro": "Majakkamäki on Jyväskyläs tegutsev perede rehabilitatsioonikeskus, mis toetab lastega peresid rasketel eluperioodidel. Samuti koolitame kogemuspartnereid (soome keeles kokemuskumppani): lapsevanemaid ja noori, kes on ise olnud lastekaitse kliendid ja soovivad koos spetsialistidega teenuseid paremaks muuta.",
            "address": "Majakkamäentie 4\n40520 Jyväskylä\nSoome",
            "body": [
                [
                    "text",
                    "<p>Majakkamäel elab ja läbib rehabilitatsiooni igal aastal umbes 80 peret. Pereterapeudid, sotsiaaltöötajad ja juhendajad töötavad peredega nii keskuses kui ka nende kodus.</p><p>Oleme õppinud, et teenused muutuvad paremaks, kui nende kavandamisel osalevad ka need, kes on ise olnud nende kasutajad. Seepärast kuuluvad kogemuspartnerid meie töörühmadesse ning osalevad arenduspäevadel ja koolitustel.</p>",
                ],
                [
                    "goals",
                    [
                        {
                            "title": "Meie visioon",
                            "text": "Lastekaitse, kus iga peret koheldakse lugupidavalt ja kus klientide kogemus on teenuste kavandamise loomulik osa.",
                            "icon": "compass",
                        },
                        {
                            "title": "Meie missioon",
                            "text": "Toetame peresid taastumisel ja koolitame kogemuspartnereid, kes toovad kliendi vaatenurga spetsialistide kõrvale.",
                            "icon": "hand",
                        },
                        {
                            "title": "Kogemusest oskuseks",
                            "text": "Usume, et rasketest kogemustest võivad kasvada oskused, millest on kasu nii teistele peredele kui ka töötajatele.",
                            "icon": "spark",
                        },
                    ],
                ],
                [
                    "heading",
                    {
                        "text": "Mida kogemuspartner teeb?",
                        "anchor": "",
                    },
                ],
                [
                    "text",
                    "<p>Kogemuspartner (kokemuskumppani) on lapsevanem või noor, kes on olnud lastekaitse klient, on oma kogemuse läbi töötanud ja kasutab seda kaalutletult ühise hüvangu nimel. Ta ei asenda spetsialisti, vaid toob töörühma vaatenurga, mida ükski koolitus anda ei suuda.</p><ul><li>Ta toetab kaaslasena vanemaid, kes on praegu lastekaitse kliendid ja maadlevad näiteks süü- või häbitundega.</li><li>Ta räägib oma teekonnast spetsialistide koolitustel ja tegevust tutvustavatel üritustel.</li><li>Ta osaleb arenduskogukondades ja töörühmade arenduspäevadel, kus kavandatakse meetodeid ja tööviise.</li><li>Ta võib statsionaarses pererehabilitatsioonis kaasas olla juba hetkest, mil pere keskusesse saabub.</li></ul><p>Iga kogemuspartner saab regulaarselt supervisiooni ja järgib ühiselt kirja pandud eetikapõhimõtteid.</p>",
                ],
                [
                    "heading",
                    {
                        "text": "Kuidas koolitus tööks ette valmistab?",
                        "anchor": "",
                    },
                ],
                [
                    "text",
                    "<p>Koolitus kestab umbes viis kuud, augustist detsembrini. Selles on ühendatud kontaktõppepäevad, iganädalased väikerühmad ja praktika päris tööolukordades.</p><ul><li>Väärtused, eetika ja teenussüsteemi toimimine</li><li>Lastekaitse ja Soome lastekaitseseadus</li><li>Vanema vaimse tervise mured ja nende mõju perele</li><li>Lugudega töötamine ja mentaliseerimine</li><li>Kogemusekspertsus ja oma loo piiride seadmine</li></ul><p>Väikerühmades arutame, milliseid omadusi, oskusi ja hoiakuid kogemuspartneri töö nõuab. Koolituse lõpus saavad osalejad tunnistuse ning neid saab keskuse kaudu ülesannetele tellida.</p>",
                ],
                [
                    "quote",
                    {
                        "text": "Kui ma esimest korda töötajatele oma lugu rääkisin, kartsin, et nad näevad minus ainult endist klienti. Ruumist lahkusid aga inimesed, kes küsisid, kuidas nad järgmist peret paremini vastu võtta saaksid. Siis ma teadsin, et minu kogemusest on kasu.",
                        "who": "Riikka",
                        "role": "kogemuspartner, kahe lapse ema",
                    },
                ],
                [
                    "values",
                    [
                        {
                            "name": "Hea tahe",
                            "description": "Alustame iga koostööd usus, et kõik osapooled soovivad lapsele parimat.",
                        },
                        {
                            "name": "Soov aidata",
                            "description": "Meie kogemus on väärtuslik siis, kui see aitab teist peret või töötajat edasi.",
                        },
                        {
                            "name": "Eesmärgipärasus",
                            "description": "Lepime iga ülesande jaoks kokku selge eesmärgi ja hindame koos, kuidas see täitus.",
                        },
                        {
                            "name": "Kaaslus",
                            "description": "Teame omast kogemusest, mis tunne on olla klient, ja kohtume peredega neid hukka mõistmata.",
                        },
                    ],
                ],
                [
                    "faq",
                    [
                        {
                            "question": "Kes saab kogemuspartneri koolitusele kandideerida?",
                            "answer": "<p>Lapsevanemad ja vähemalt 18-aastased noored, kellel on isiklik kogemus lastekaitse kliendiks olemisest. Varasemat haridust ega töökogemust ei nõuta ning meie rühmades on väga erineva taustaga inimesi.</p>",
                        },
                        {
                            "question": "Kas minu enda lastekaitsejuhtum peab olema lõppenud?",
                            "answer": "<p>Mitte tingimata, kuid teie enda elukorraldus peaks olema piisavalt stabiilne. Vestlusel arutame iga kandidaadiga, kas praegu on õige aeg alustada.</p>",
                        },
                        {
                            "question": "Kas koolitus on osalejale tasuline?",
                            "answer": "<p>Ei ole. Koolitust rahastatakse arendusprojekti kaudu ja me hüvitame osalejate sõidukulud kontaktõppepäevadele.</p>",
                        },
                        {
                            "question": "Kas kogemuspartner saab oma ülesannete eest tasu?",
                            "answer": "<p>Jah. Koolituse lõpetanud kogemuspartneritele makstakse iga tellitud ülesande eest tasu ning neil on õigus regulaarsele supervisioonile.</p>",
                        },
                        {
                            "question": "Kuidas kogemuspartnerit tellida?",
                            "answer": "<p>Saatke meile e-kiri ja kirjutage, millisele üritusele või millisesse töörühma kogemuspartnerit vajate. Leiame oma ridadest inimese, kelle kogemus sobib olukorraga kõige paremini.</p>",
                        },
                    ],
                ],
                [
                    "call_to_action",
                    {
                        "title": "Kas kogemuspartnerlus pakub huvi?",
                        "text": "Kirjutage meile paar sõna endast või sellest, millist koostööd soovite. Vastame nädala jooksul.",
                        "link_text": "Võta ühendust",
                        "page": None,
                        "url": "mailto:kokemuskumppanit@majakkamaki.example",
                    },
                ],
            ],
            "partners": [
                ["badge", {"text": "Heaolupiirkonna lastekaitse koostööpartner"}],
                ["partner", {"name": "Sinisiipi ry", "url": ""}],
                ["partner", {"name": "Koivuharju kutsekool", "url": ""}],
            ],
            "price_list": [
                {
                    "caption": "Kogemuspartneri tellimine",
                    "rows": [
                        {
                            "service": "Tegevuse tutvustus või kogemuslugu",
                            "format": "in_person",
                            "duration_minutes": 60,
                            "price": "150",
                            "currency": "EUR",
                        },
                        {
                            "service": "Tegevuse tutvustus või kogemuslugu",
                            "format": "remote",
                            "duration_minutes": 60,
                            "price": "110",
                            "currency": "EUR",
                        },
                        {
                            "service": "Osalemine arenduspäeval või töörühmas",
                            "format": "in_person",
                            "duration_minutes": 180,
                            "price": "320",
                            "currency": "EUR",
                        },
                    ],
                    "note": "Hinnad sisaldavad kogemuspartneri tasu ja ettevalmistust. Kui ülesanne toimub mujal kui Jyväskyläs, lisanduvad arvele sõidukulud.",
                },
            ],
            "cancellation_terms": "<p>Tellimuse saab tasuta tühistada kuni seitse päeva enne kokkulepitud kuupäeva.</p><p>Hiljem tühistatud tellimuse eest arveldame poole hinnast. Kui kogemuspartner haigestub, pakume asendajat või uut aega ning selle eest tasu ei võeta.</p>",
        },
        "lv": {
            "title": "Ģimeņu rehabilitācijas centrs „Majakkamäki”",
            "slug": "gimenu-rehabilitacijas-centrs-majakkamaki",
            "intro": "„Majakkamäki” ir ģimeņu rehabilitācijas centrs Jiveskilē, kas atbalsta ģimenes ar bērniem grūtos dzīves posmos. Mēs arī apmācām pieredzes partnerus (somu valodā kokemuskumppani) – vecākus un jauniešus, kuri paši ir bijuši bērnu aizsardzības sistēmas klienti un vēlas kopā ar speciālistiem pilnveidot pakalpojumus.",
            "address": "Majakkamäentie 4\n40520 Jyväskylä\nSomija",
            "body": [
                [
                    "text",
                    "<p>Centrā „Majakkamäki” katru gadu dzīvo un rehabilitāciju iziet aptuveni 80 ģimeņu. Ģimenes terapeiti, sociālie darbinieki un atbalsta speciālisti strādā ar ģimenēm gan centrā, gan viņu mājās.</p><p>Esam pārliecinājušies, ka pakalpojumi kļūst labāki, ja to plānošanā piedalās arī tie, kuri paši tos ir saņēmuši. Tāpēc pieredzes partneri ir mūsu darba grupu dalībnieki un piedalās attīstības dienās un apmācībās.</p>",
                ],
                [
                    "goals",
                    [
                        {
                            "title": "Mūsu vīzija",
                            "text": "Bērnu aizsardzība, kurā pret katru ģimeni izturas ar cieņu un kurā klientu pieredze ir dabiska pakalpojumu plānošanas daļa.",
                            "icon": "compass",
                        },
                        {
                            "title": "Mūsu misija",
                            "text": "Mēs atbalstām ģimenes atveseļošanās ceļā un apmācām pieredzes partnerus, kuri līdzās speciālistiem ienes klienta skatījumu.",
                            "icon": "hand",
                        },
                        {
                            "title": "No pieredzes līdz prasmēm",
                            "text": "Mēs ticam, ka no smagas pieredzes var izaugt prasmes, kas noder gan citām ģimenēm, gan darbiniekiem.",
                            "icon": "spark",
                        },
                    ],
                ],
                [
                    "heading",
                    {
                        "text": "Ko dara pieredzes partneris?",
                        "anchor": "",
                    },
                ],
                [
                    "text",
                    "<p>Pieredzes partneris (kokemuskumppani) ir vecāks vai jaunietis, kurš ir bijis bērnu aizsardzības sistēmas klients, ir pārdomājis un izvērtējis savu pieredzi un apdomīgi izmanto to kopējam labumam. Viņš neaizstāj speciālistu, bet ienes darba grupā skatījumu, ko nevar sniegt neviena apmācība.</p><ul><li>Viņš kā līdzinieks atbalsta vecākus, kuri pašlaik ir bērnu aizsardzības klienti un cīnās, piemēram, ar vainas vai kauna sajūtu.</li><li>Viņš stāsta par savu ceļu speciālistu apmācībās un pasākumos, kuros tiek iepazīstināts ar mūsu darbu.</li><li>Viņš piedalās attīstības kopienās un darba grupu attīstības dienās, kurās tiek plānotas metodes un prakses.</li><li>Viņš var tikt iesaistīts stacionārajā ģimeņu rehabilitācijā jau no brīža, kad ģimene ierodas centrā.</li></ul><p>Katrs pieredzes partneris regulāri saņem supervīziju un ievēro kopīgi pierakstītus ētikas principus.</p>",
                ],
                [
                    "heading",
                    {
                        "text": "Kā apmācība sagatavo šim darbam?",
                        "anchor": "",
                    },
                ],
                [
                    "text",
                    "<p>Apmācība ilgst aptuveni piecus mēnešus, no augusta līdz decembrim. Tajā apvienotas klātienes mācību dienas, iknedēļas mazās grupas un prakse reālās darba situācijās.</p><ul><li>Vērtības, ētika un pakalpojumu sistēmas darbība</li><li>Bērnu aizsardzība un Somijas Bērnu aizsardzības likums</li><li>Vecāku garīgās veselības grūtības un to ietekme uz ģimeni</li><li>Darbs ar stāstiem un mentalizācija</li><li>Pieredzes ekspertība un sava stāsta robežu noteikšana</li></ul><p>Mazajās grupās pārrunājam, kādas īpašības, prasmes un attieksmi prasa pieredzes partnera darbs. Apmācības noslēgumā dalībnieki saņem apliecību, un ar centra starpniecību viņus var pieaicināt dažādiem uzdevumiem.</p>",
                ],
                [
                    "quote",
                    {
                        "text": "Kad pirmo reizi stāstīju savu stāstu darbiniekiem, baidījos, ka viņi manī redzēs tikai bijušo klienti. Taču no telpas izgāja cilvēki, kuri jautāja, kā viņi varētu labāk uzņemt nākamo ģimeni. Tad es sapratu, ka mana pieredze ir noderīga.",
                        "who": "Riikka",
                        "role": "pieredzes partnere, divu bērnu māte",
                    },
                ],
                [
                    "values",
                    [
                        {
                            "name": "Labā griba",
                            "description": "Katru sadarbību sākam ar pārliecību, ka visas puses vēlas bērnam to labāko.",
                        },
                        {
                            "name": "Vēlme palīdzēt",
                            "description": "Mūsu pieredze ir vērtīga tad, kad tā palīdz citai ģimenei vai darbiniekam virzīties uz priekšu.",
                        },
                        {
                            "name": "Mērķtiecība",
                            "description": "Katram uzdevumam vienojamies par skaidru mērķi un kopā izvērtējam, kā tas tika sasniegts.",
                        },
                        {
                            "name": "Līdzinieku atbalsts",
                            "description": "No savas pieredzes zinām, kā jūtas klients, un uzņemam ģimenes bez nosodījuma.",
                        },
                    ],
                ],
                [
                    "faq",
                    [
                        {
                            "question": "Kas var pieteikties pieredzes partneru apmācībai?",
                            "answer": "<p>Vecāki un jaunieši no 18 gadu vecuma, kuriem ir personīga pieredze kā bērnu aizsardzības sistēmas klientiem. Iepriekšēja izglītība vai darba pieredze nav nepieciešama, un mūsu grupās ir cilvēki ar ļoti dažādām dzīves gaitām.</p>",
                        },
                        {
                            "question": "Vai manai bērnu aizsardzības lietai jābūt slēgtai?",
                            "answer": "<p>Ne obligāti, taču jūsu dzīves situācijai vajadzētu būt pietiekami stabilai. Pārrunās ar katru kandidātu kopīgi izvērtējam, vai tagad ir īstais brīdis sākt.</p>",
                        },
                        {
                            "question": "Vai dalībniekam par apmācību jāmaksā?",
                            "answer": "<p>Nē. Apmācību finansē attīstības projekts, un mēs atlīdzinām dalībnieku ceļa izdevumus uz klātienes mācību dienām.</p>",
                        },
                        {
                            "question": "Vai pieredzes partneris saņem atlīdzību par saviem uzdevumiem?",
                            "answer": "<p>Jā. Apmācību beigušajiem pieredzes partneriem maksā atlīdzību par katru pasūtīto uzdevumu, un viņiem ir tiesības uz regulāru supervīziju.</p>",
                        },
                        {
                            "question": "Kā pasūtīt pieredzes partneri?",
                            "answer": "<p>Uzrakstiet mums e-pastu un pastāstiet, kādam pasākumam vai darba grupai jums nepieciešams pieredzes partneris. Mēs atradīsim savā vidū cilvēku, kura pieredze situācijai atbilst vislabāk.</p>",
                        },
                    ],
                ],
                [
                    "call_to_action",
                    {
                        "title": "Vai jūs interesē pieredzes partnerība?",
                        "text": "Uzrakstiet mums dažus vārdus par sevi vai par to, kādu sadarbību vēlaties. Atbildēsim nedēļas laikā.",
                        "link_text": "Sazinieties ar mums",
                        "page": None,
                        "url": "mailto:kokemuskumppanit@majakkamaki.example",
                    },
                ],
            ],
            "partners": [
                ["badge", {"text": "Labklājības pakalpojumu reģiona bērnu aizsardzības sadarbības partneris"}],
                ["partner", {"name": "Sinisiipi ry", "url": ""}],
                ["partner", {"name": "Koivuharju profesionālā skola", "url": ""}],
            ],
            "price_list": [
                {
                    "caption": "Pieredzes partnera pasūtīšana",
                    "rows": [
                        {
                            "service": "Darbības prezentācija vai pieredzes stāsts",
                            "format": "in_person",
                            "duration_minutes": 60,
                            "price": "150",
                            "currency": "EUR",
                        },
                        {
                            "service": "Darbības prezentācija vai pieredzes stāsts",
                            "format": "remote",
                            "duration_minutes": 60,
                            "price": "110",
                            "currency": "EUR",
                        },
                        {
                            "service": "Dalība attīstības dienā vai darba grupā",
                            "format": "in_person",
                            "duration_minutes": 180,
                            "price": "320",
                            "currency": "EUR",
                        },
                    ],
                    "note": "Cenā ietilpst pieredzes partnera atlīdzība un sagatavošanās. Ja uzdevums notiek ārpus Jiveskiles, rēķinā papildus iekļaujam ceļa izdevumus.",
                },
            ],
            "cancellation_terms": "<p>Pasūtījumu var bez maksas atcelt ne vēlāk kā septiņas dienas pirms norunātā datuma.</p><p>Ja pasūtījums tiek atcelts vēlāk, izrakstām rēķinu par pusi no cenas. Ja pieredzes partneris saslimst, piedāvājam citu pieredzes partneri vai jaunu laiku, un par to maksa netiek ņemta.</p>",
        },
        "nb": {
            "title": "Majakkamäki familierehabiliteringssenter",
            "slug": "majakkamaki-familierehabiliteringssenter",
            "intro": "Majakkamäki er et familierehabiliteringssenter i Jyväskylä som støtter barnefamilier gjennom vanskelige perioder i livet. Vi utdanner også erfaringspartnere (på finsk kokemuskumppani): foreldre og unge som selv har hatt kontakt med barnevernet, og som vil utvikle tjenestene sammen med fagfolk.",
            "address": "Majakkamäentie 4\n40520 Jyväskylä\nFinland",
            "body": [
                [
                    "text",
                    "<p>Hvert år bor og rehabiliteres rundt 80 familier hos oss på Majakkamäki. Familieterapeuter, sosionomer og miljøarbeidere arbeider med familiene både på senteret og hjemme hos dem.</p><p>Vi har lært at tjenestene blir bedre når de som selv har brukt dem, er med på å planlegge dem. Derfor er erfaringspartnerne en del av arbeidsgruppene våre og deltar på utviklingsdager og kurs.</p>",
                ],
                [
                    "goals",
                    [
                        {
                            "title": "Vår visjon",
                            "text": "Et barnevern der hver familie blir møtt med respekt, og der brukernes erfaringer er en naturlig del av planleggingen av tjenestene.",
                            "icon": "compass",
                        },
                        {
                            "title": "Vårt oppdrag",
                            "text": "Vi støtter familier i rehabiliteringen og utdanner erfaringspartnere som bringer brukerperspektivet inn ved siden av fagfolkene.",
                            "icon": "hand",
                        },
                        {
                            "title": "Fra erfaring til kompetanse",
                            "text": "Vi tror at vonde erfaringer kan bli til kunnskap som kommer både andre familier og ansatte til gode.",
                            "icon": "spark",
                        },
                    ],
                ],
                [
                    "heading",
                    {
                        "text": "Hva gjør en erfaringspartner?",
                        "anchor": "",
                    },
                ],
                [
                    "text",
                    "<p>En erfaringspartner (kokemuskumppani) er en forelder eller ung person som har hatt kontakt med barnevernet, har bearbeidet erfaringen sin og bruker den med omtanke til felles beste. Erfaringspartneren erstatter ikke fagpersonen, men gir arbeidsgruppen et perspektiv som ingen utdanning kan gi.</p><ul><li>Gir likepersonsstøtte til foreldre som har kontakt med barnevernet nå, og som for eksempel strever med skyld eller skam.</li><li>Forteller om sin egen vei på kurs for fagfolk og når arbeidet vårt presenteres.</li><li>Deltar i utviklingsfellesskap og på utviklingsdager for arbeidsgrupper der metoder og rutiner blir planlagt.</li><li>Kan være med i døgnbasert familierehabilitering helt fra det øyeblikket familien kommer til senteret.</li></ul><p>Alle erfaringspartnere får jevnlig veiledning og følger felles nedskrevne etiske retningslinjer.</p>",
                ],
                [
                    "heading",
                    {
                        "text": "Hvordan forbereder opplæringen til oppgaven?",
                        "anchor": "",
                    },
                ],
                [
                    "text",
                    "<p>Opplæringen varer i omtrent fem måneder, fra august til desember. Den kombinerer samlingsdager, ukentlige smågrupper og praksis i virkelige arbeidssituasjoner.</p><ul><li>Verdier, etikk og hvordan tjenestesystemet fungerer</li><li>Barnevern og den finske barnevernsloven</li><li>Psykiske helseutfordringer hos foreldre og hvordan de påvirker familien</li><li>Fortellingsarbeid og mentalisering</li><li>Erfaringskompetanse og hvordan man setter grenser for sin egen historie</li></ul><p>I smågruppene reflekterer vi over hvilke egenskaper, ferdigheter og holdninger arbeidet som erfaringspartner krever. Ved avslutningen får deltakerne kursbevis, og de kan deretter bestilles til oppdrag gjennom senteret.</p>",
                ],
                [
                    "quote",
                    {
                        "text": "Første gang jeg fortalte historien min til ansatte, var jeg redd for at de bare skulle se en tidligere bruker i meg. Men de som gikk ut av rommet, spurte hvordan de kunne ta imot neste familie bedre. Da visste jeg at erfaringen min var til nytte.",
                        "who": "Riikka",
                        "role": "erfaringspartner, mor til to",
                    },
                ],
                [
                    "values",
                    [
                        {
                            "name": "God vilje",
                            "description": "Vi går inn i hvert samarbeid i tillit til at alle parter vil barnets beste.",
                        },
                        {
                            "name": "Ønske om å hjelpe",
                            "description": "Erfaringen vår er verdifull når den hjelper en annen familie eller en ansatt videre.",
                        },
                        {
                            "name": "Målrettethet",
                            "description": "Vi avtaler et tydelig mål for hvert oppdrag og vurderer sammen hvordan vi nådde det.",
                        },
                        {
                            "name": "Likeverd",
                            "description": "Vi vet av egen erfaring hvordan det føles å være bruker, og møter familiene uten å dømme.",
                        },
                    ],
                ],
                [
                    "faq",
                    [
                        {
                            "question": "Hvem kan søke på opplæringen til erfaringspartner?",
                            "answer": "<p>Foreldre og unge over 18 år som selv har erfaring som brukere av barnevernet. Vi krever ingen tidligere utdanning eller arbeidserfaring, og i gruppene våre er det mennesker med svært ulik bakgrunn.</p>",
                        },
                        {
                            "question": "Må min egen sak i barnevernet være avsluttet?",
                            "answer": "<p>Ikke nødvendigvis, men livssituasjonen din bør være stabil nok. I en samtale går vi sammen med hver søker gjennom om dette er riktig tidspunkt å begynne.</p>",
                        },
                        {
                            "question": "Koster opplæringen noe for deltakerne?",
                            "answer": "<p>Nei. Opplæringen finansieres gjennom et utviklingsprosjekt, og vi dekker deltakernes reiseutgifter til samlingsdagene.</p>",
                        },
                        {
                            "question": "Får erfaringspartnere betalt for oppdragene sine?",
                            "answer": "<p>Ja. Ferdig utdannede erfaringspartnere får honorar for hvert bestilte oppdrag, og de har rett til jevnlig veiledning.</p>",
                        },
                        {
                            "question": "Hvordan bestiller vi en erfaringspartner?",
                            "answer": "<p>Send oss en e-post og fortell hva slags arrangement eller arbeidsgruppe dere trenger en erfaringspartner til. Vi finner en person blant oss som har erfaring som passer best til situasjonen.</p>",
                        },
                    ],
                ],
                [
                    "call_to_action",
                    {
                        "title": "Nysgjerrig på erfaringspartnerskap?",
                        "text": "Skriv noen ord om deg selv eller om hva slags samarbeid du ønsker deg. Vi svarer innen en uke.",
                        "link_text": "Ta kontakt",
                        "page": None,
                        "url": "mailto:kokemuskumppanit@majakkamaki.example",
                    },
                ],
            ],
            "partners": [
                ["badge", {"text": "Samarbeidspartner for barnevernet i velferdsområdet"}],
                ["partner", {"name": "Sinisiipi ry", "url": ""}],
                ["partner", {"name": "Koivuharju yrkesskole", "url": ""}],
            ],
            "price_list": [
                {
                    "caption": "Bestilling av erfaringspartner",
                    "rows": [
                        {
                            "service": "Presentasjon av arbeidet eller erfaringsinnlegg",
                            "format": "in_person",
                            "duration_minutes": 60,
                            "price": "150",
                            "currency": "EUR",
                        },
                        {
                            "service": "Presentasjon av arbeidet eller erfaringsinnlegg",
                            "format": "remote",
                            "duration_minutes": 60,
                            "price": "110",
                            "currency": "EUR",
                        },
                        {
                            "service": "Deltakelse på utviklingsdag eller i arbeidsgruppe",
                            "format": "in_person",
                            "duration_minutes": 180,
                            "price": "320",
                            "currency": "EUR",
                        },
                    ],
                    "note": "Prisene omfatter honorar til erfaringspartneren og forberedelse. Foregår oppdraget utenfor Jyväskylä, kommer reiseutgifter i tillegg.",
                },
            ],
            "cancellation_terms": "<p>En bestilling kan avbestilles kostnadsfritt senest sju dager før avtalt dato.</p><p>Ved senere avbestilling fakturerer vi halve prisen. Blir erfaringspartneren syk, tilbyr vi en annen erfaringspartner eller et nytt tidspunkt uten ekstra kostnad.</p>",
        },
    },
    "programmes": [
        {
            "key": "fi-experience-partner-training",
            "start_date": "2025-08-01",
            "end_date": "2027-06-30",
            "events": [
                {"start_date": "2025-08-20", "end_date": "2025-08-21", "online": False},
                {"start_date": "2025-12-10", "end_date": None, "online": False},
                {"start_date": "2026-12-09", "end_date": None, "online": False},
                {"start_date": "2027-02-11", "end_date": None, "online": True},
                {"start_date": "2027-04-21", "end_date": "2027-04-22", "online": False},
            ],
            "content": {
                "fi": {
                    "title": "Kokemuskumppanikoulutus lastensuojelussa",
                    "slug": "kokemuskumppanikoulutus-lastensuojelussa",
                    "summary": "Kaksivuotinen ohjelma, jossa koulutamme lastensuojelun asiakkaina olleista vanhemmista ja nuorista kokemuskumppaneita. Ohjelmaan kuuluu kaksi koulutusryhmää, harjoittelu työryhmissä sekä yhteisiä kehittämispäiviä ammattilaisten kanssa.",
                    "body": [
                        ["heading", {"text": "Kenelle koulutus on tarkoitettu?", "anchor": ""}],
                        [
                            "text",
                            "<p>Koulutus on suunnattu vanhemmille ja vähintään 18-vuotiaille nuorille, jotka ovat olleet lastensuojelun asiakkaina ja haluavat käyttää kokemustaan palvelujen kehittämiseen.</p><p>Kuhunkin ryhmään otetaan enintään 14 osallistujaa. Kaikki hakijat haastatellaan, ja valinnassa pyrimme siihen, että ryhmässä on erilaisia kokemuksia ja elämäntilanteita.</p>",
                        ],
                        ["heading", {"text": "Koulutuksen rakenne", "anchor": ""}],
                        [
                            "text",
                            "<ul><li>Kymmenen lähiopetuspäivää Jyväskylässä elokuusta joulukuuhun</li><li>Viikoittainen pienryhmä, joka kokoontuu vuorotellen paikan päällä ja verkossa</li><li>Harjoittelu: vähintään kolme tehtävää vertaisena tai kehittäjänä työryhmissä</li><li>Valmistumisen jälkeen säännöllinen työnohjaus ja mahdollisuus ottaa vastaan tehtäviä</li></ul><p>Ensimmäinen ryhmä valmistui joulukuussa 2025, ja toinen ryhmä valmistuu joulukuussa 2026.</p>",
                        ],
                        [
                            "call_to_action",
                            {
                                "title": "Kysy lisää koulutuksesta",
                                "text": "Kerromme mielellämme lisää koulutuksesta, harjoittelupaikoista ja tulevista kehittämispäivistä. Ammattilaiset voivat myös tarjota omaa työryhmäänsä harjoittelupaikaksi.",
                                "link_text": "Lähetä viesti",
                                "page": None,
                                "url": "mailto:kokemuskumppanit@majakkamaki.example",
                            },
                        ],
                    ],
                    "partners": [
                        ["badge", {"text": "Hyvinvointialueen rahoittama kehittämishanke"}],
                        ["partner", {"name": "Sinisiipi ry", "url": ""}],
                    ],
                    "evaluation": "<p>Ensimmäisessä ryhmässä koulutuksen aloitti 13 ja suoritti 12 osallistujaa. Loppukyselyssä heistä 11 kertoi uskaltavansa nyt puhua omasta kokemuksestaan ammattilaisille, ja kaikki pitivät viikoittaisia pienryhmiä koulutuksen tärkeimpänä osana.</p><p>Harjoittelupaikkojen 19 työntekijästä 17 arvioi, että kohtaaminen kokemuskumppanin kanssa muutti heidän tapaansa puhua perheiden kanssa. Palautteen perusteella toiselle ryhmälle lisättiin harjoittelukertoja, jotta tapaamisten välissä ehtii pohtia kuultua.</p>",
                    "events": [
                        {
                            "title": "Ensimmäisen ryhmän aloituspäivät",
                            "place": "Jyväskylä, Majakkamäen perhekuntoutuskeskus",
                            "audience": "Ensimmäisen koulutusryhmän osallistujat",
                            "description": "Kahden päivän aloitus, jossa tutustumme toisiimme, sovimme ryhmän pelisäännöistä ja puhumme siitä, miksi kukin haluaa kokemuskumppaniksi.",
                        },
                        {
                            "title": "Ensimmäisen ryhmän valmistujaiset",
                            "place": "Jyväskylä, Majakkamäen juhlasali",
                            "audience": "Valmistuvat kokemuskumppanit, heidän läheisensä ja yhteistyökumppanit",
                            "description": "Todistusten jako, kakkukahvit ja kokemuskumppaneiden omia puheenvuoroja koulutuksen ajalta.",
                        },
                        {
                            "title": "Toisen ryhmän valmistujaiset",
                            "place": "Jyväskylä, Majakkamäen juhlasali",
                            "audience": "Valmistuvat kokemuskumppanit, heidän läheisensä ja yhteistyökumppanit",
                            "description": "Juhlistamme toisen ryhmän valmistumista. Ensimmäisen ryhmän kokemuskumppanit kertovat, millaista työ on ollut käytännössä.",
                        },
                        {
                            "title": "Verkkoinfo: kokemuskumppani osaksi työryhmää",
                            "place": "Verkossa (Teams)",
                            "audience": "Lastensuojelun ja perhepalvelujen ammattilaiset",
                            "description": "Tunnin mittainen katsaus siihen, miten kokemuskumppanin voi ottaa mukaan työryhmään ja mitä yhteistyöstä kannattaa sopia etukäteen.",
                        },
                        {
                            "title": "Kehittämispäivät: perheen ensimmäiset päivät kuntoutuksessa",
                            "place": "Tampere, Pyynikinrinteen kokouskeskus",
                            "audience": "Kokemuskumppanit ja ammattilaiset",
                            "description": "Kaksi päivää työpajoja, joissa kokemuskumppanit ja työntekijät kehittävät yhdessä käytäntöjä perheen tulovaiheeseen.",
                        },
                    ],
                },
                "et": {
                    "title": "Kogemuspartnerite koolitus lastekaitses",
                    "slug": "kogemuspartnerite-koolitus-lastekaitses",
                    "summary": "Kaheaastane programm, milles koolitame lastekaitse kliendiks olnud lapsevanematest ja noortest kogemuspartnereid (kokemuskumppani). Programmi kuuluvad kaks koolitusrühma, praktika töörühmades ja ühised arenduspäevad spetsialistidega.",
                    "body": [
                        ["heading", {"text": "Kellele koolitus on mõeldud?", "anchor": ""}],
                        [
                            "text",
                            "<p>Koolitus on mõeldud lapsevanematele ja vähemalt 18-aastastele noortele, kes on olnud lastekaitse kliendid ja soovivad oma kogemust teenuste arendamisel kasutada.</p><p>Igasse rühma võetakse kuni 14 osalejat. Kõigi kandidaatidega tehakse vestlus ning valikul püüame, et rühmas oleks erinevaid kogemusi ja eluolukordi.</p>",
                        ],
                        ["heading", {"text": "Koolituse ülesehitus", "anchor": ""}],
                        [
                            "text",
                            "<ul><li>Kümme kontaktõppepäeva Jyväskyläs augustist detsembrini</li><li>Iganädalane väikerühm, mis kohtub vaheldumisi kohapeal ja veebis</li><li>Praktika: vähemalt kolm ülesannet kaaslase või arendajana töörühmades</li><li>Pärast lõpetamist regulaarne supervisioon ja võimalus ülesandeid vastu võtta</li></ul><p>Esimene rühm lõpetas 2025. aasta detsembris ja teine rühm lõpetab 2026. aasta detsembris.</p>",
                        ],
                        [
                            "call_to_action",
                            {
                                "title": "Küsi koolituse kohta lähemalt",
                                "text": "Räägime hea meelega lähemalt koolitusest, praktikakohtadest ja eelseisvatest arenduspäevadest. Spetsialistid saavad pakkuda ka oma töörühma praktikakohaks.",
                                "link_text": "Saada kiri",
                                "page": None,
                                "url": "mailto:kokemuskumppanit@majakkamaki.example",
                            },
                        ],
                    ],
                    "partners": [
                        ["badge", {"text": "Heaolupiirkonna rahastatud arendusprojekt"}],
                        ["partner", {"name": "Sinisiipi ry", "url": ""}],
                    ],
                    "evaluation": "<p>Esimeses rühmas alustas koolitust 13 ja lõpetas 12 osalejat. Lõpuküsitluses ütles neist 11, et julgevad nüüd spetsialistidele oma kogemusest rääkida, ning kõik pidasid iganädalasi väikerühmi koolituse kõige olulisemaks osaks.</p><p>Praktikakohtade 19 töötajast 17 leidis, et kohtumine kogemuspartneriga muutis seda, kuidas nad peredega räägivad. Tagasiside põhjal lisati teisele rühmale praktikakordi, et kohtumiste vahele jääks aega kuuldu üle järele mõelda.</p>",
                    "events": [
                        {
                            "title": "Esimese rühma avapäevad",
                            "place": "Jyväskylä, Majakkamäki perede rehabilitatsioonikeskus",
                            "audience": "Esimese koolitusrühma osalejad",
                            "description": "Kahepäevane algus, kus tutvume üksteisega, lepime kokku rühma reeglites ja räägime, miks keegi soovib kogemuspartneriks saada.",
                        },
                        {
                            "title": "Esimese rühma lõpupidu",
                            "place": "Jyväskylä, Majakkamäki saal",
                            "audience": "Lõpetavad kogemuspartnerid, nende lähedased ja koostööpartnerid",
                            "description": "Tunnistuste üleandmine, kohvilaud ja kogemuspartnerite endi sõnavõtud koolitusajast.",
                        },
                        {
                            "title": "Teise rühma lõpupidu",
                            "place": "Jyväskylä, Majakkamäki saal",
                            "audience": "Lõpetavad kogemuspartnerid, nende lähedased ja koostööpartnerid",
                            "description": "Tähistame teise rühma lõpetamist. Esimese rühma kogemuspartnerid räägivad, milline on töö olnud praktikas.",
                        },
                        {
                            "title": "Veebiinfo: kogemuspartner töörühma liikmeks",
                            "place": "Veebis (Teams)",
                            "audience": "Lastekaitse ja pereteenuste spetsialistid",
                            "description": "Tunnipikkune ülevaade sellest, kuidas kaasata töörühma kogemuspartner ja mida tasub koostöö kohta eelnevalt kokku leppida.",
                        },
                        {
                            "title": "Arenduspäevad: pere esimesed päevad rehabilitatsioonis",
                            "place": "Tampere, Pyynikinrinne konverentsikeskus",
                            "audience": "Kogemuspartnerid ja spetsialistid",
                            "description": "Kaks päeva töötubasid, kus kogemuspartnerid ja töötajad arendavad koos pere saabumisetapi tööviise.",
                        },
                    ],
                },
                "lv": {
                    "title": "Pieredzes partneru apmācība bērnu aizsardzībā",
                    "slug": "pieredzes-partneru-apmaciba-bernu-aizsardziba",
                    "summary": "Divu gadu programma, kurā mēs apmācām vecākus un jauniešus ar bērnu aizsardzības klientu pieredzi par pieredzes partneriem (kokemuskumppani). Programmā ir divas mācību grupas, prakse darba grupās un kopīgas attīstības dienas ar speciālistiem.",
                    "body": [
                        ["heading", {"text": "Kam apmācība ir paredzēta?", "anchor": ""}],
                        [
                            "text",
                            "<p>Apmācība ir paredzēta vecākiem un jauniešiem no 18 gadu vecuma, kuri ir bijuši bērnu aizsardzības sistēmas klienti un vēlas izmantot savu pieredzi pakalpojumu pilnveidē.</p><p>Katrā grupā uzņemam ne vairāk kā 14 dalībniekus. Ar visiem kandidātiem notiek pārrunas, un atlasē cenšamies, lai grupā būtu dažāda pieredze un dzīves situācijas.</p>",
                        ],
                        ["heading", {"text": "Apmācības uzbūve", "anchor": ""}],
                        [
                            "text",
                            "<ul><li>Desmit klātienes mācību dienas Jiveskilē no augusta līdz decembrim</li><li>Iknedēļas mazā grupa, kas pārmaiņus tiekas klātienē un tiešsaistē</li><li>Prakse: vismaz trīs uzdevumi darba grupās līdzinieka vai attīstītāja lomā</li><li>Pēc apmācības beigšanas regulāra supervīzija un iespēja uzņemties uzdevumus</li></ul><p>Pirmā grupa apmācību pabeidza 2025. gada decembrī, bet otrā grupa to pabeigs 2026. gada decembrī.</p>",
                        ],
                        [
                            "call_to_action",
                            {
                                "title": "Uzziniet vairāk par apmācību",
                                "text": "Labprāt pastāstīsim vairāk par apmācību, prakses vietām un gaidāmajām attīstības dienām. Speciālisti var arī piedāvāt savu darba grupu kā prakses vietu.",
                                "link_text": "Rakstiet mums",
                                "page": None,
                                "url": "mailto:kokemuskumppanit@majakkamaki.example",
                            },
                        ],
                    ],
                    "partners": [
                        ["badge", {"text": "Labklājības pakalpojumu reģiona finansēts attīstības projekts"}],
                        ["partner", {"name": "Sinisiipi ry", "url": ""}],
                    ],
                    "evaluation": "<p>Pirmajā grupā apmācību sāka 13 un pabeidza 12 dalībnieki. Noslēguma aptaujā 11 no viņiem atzina, ka tagad uzdrošinās runāt ar speciālistiem par savu pieredzi, un visi uzskatīja iknedēļas mazās grupas par apmācības svarīgāko daļu.</p><p>No 19 darbiniekiem prakses vietās 17 atzina, ka tikšanās ar pieredzes partneri mainīja to, kā viņi runā ar ģimenēm. Ņemot vērā atsauksmes, otrajai grupai tika pievienotas prakses reizes, lai starp tikšanās reizēm paliktu laiks pārdomāt dzirdēto.</p>",
                    "events": [
                        {
                            "title": "Pirmās grupas ievada dienas",
                            "place": "Jiveskile, ģimeņu rehabilitācijas centrs „Majakkamäki”",
                            "audience": "Pirmās mācību grupas dalībnieki",
                            "description": "Divu dienu ievads, kurā iepazīstamies, vienojamies par grupas noteikumiem un runājam par to, kāpēc katrs vēlas kļūt par pieredzes partneri.",
                        },
                        {
                            "title": "Pirmās grupas izlaidums",
                            "place": "Jiveskile, centra „Majakkamäki” zāle",
                            "audience": "Jaunie pieredzes partneri, viņu tuvinieki un sadarbības partneri",
                            "description": "Apliecību pasniegšana, kafijas galds un pašu pieredzes partneru stāsti par mācību laiku.",
                        },
                        {
                            "title": "Otrās grupas izlaidums",
                            "place": "Jiveskile, centra „Majakkamäki” zāle",
                            "audience": "Jaunie pieredzes partneri, viņu tuvinieki un sadarbības partneri",
                            "description": "Svinam otrās grupas izlaidumu. Pirmās grupas pieredzes partneri stāsta, kāds darbs ir bijis praksē.",
                        },
                        {
                            "title": "Tiešsaistes informatīvā sesija: pieredzes partneris darba grupā",
                            "place": "Tiešsaistē (Teams)",
                            "audience": "Bērnu aizsardzības un ģimeņu pakalpojumu speciālisti",
                            "description": "Stundu ilgs pārskats par to, kā iesaistīt pieredzes partneri darba grupā un par ko sadarbībā vērts vienoties jau iepriekš.",
                        },
                        {
                            "title": "Attīstības dienas: ģimenes pirmās dienas rehabilitācijā",
                            "place": "Tampere, konferenču centrs „Pyynikinrinne”",
                            "audience": "Pieredzes partneri un speciālisti",
                            "description": "Divas darbnīcu dienas, kurās pieredzes partneri un darbinieki kopā pilnveido darba praksi ģimenes ierašanās posmā.",
                        },
                    ],
                },
                "nb": {
                    "title": "Opplæring av erfaringspartnere i barnevernet",
                    "slug": "opplaering-av-erfaringspartnere-i-barnevernet",
                    "summary": "Et toårig program der vi utdanner foreldre og unge med erfaring fra barnevernet til erfaringspartnere (kokemuskumppani). Programmet omfatter to kursgrupper, praksis i arbeidsgrupper og felles utviklingsdager med fagfolk.",
                    "body": [
                        ["heading", {"text": "Hvem er opplæringen for?", "anchor": ""}],
                        [
                            "text",
                            "<p>Opplæringen er for foreldre og unge over 18 år som har vært brukere av barnevernet, og som vil bruke erfaringen sin til å utvikle tjenestene.</p><p>Hver gruppe tar opp høyst 14 deltakere. Alle søkere blir intervjuet, og ved opptaket legger vi vekt på at gruppen skal romme ulike erfaringer og livssituasjoner.</p>",
                        ],
                        ["heading", {"text": "Slik er opplæringen bygd opp", "anchor": ""}],
                        [
                            "text",
                            "<ul><li>Ti samlingsdager i Jyväskylä fra august til desember</li><li>Ukentlig smågruppe som møtes annenhver gang fysisk og på nett</li><li>Praksis: minst tre oppdrag som likeperson eller utvikler i arbeidsgrupper</li><li>Jevnlig veiledning og mulighet til å ta oppdrag etter fullført opplæring</li></ul><p>Den første gruppen ble ferdig i desember 2025, og den andre gruppen blir ferdig i desember 2026.</p>",
                        ],
                        [
                            "call_to_action",
                            {
                                "title": "Spør oss om opplæringen",
                                "text": "Vi forteller gjerne mer om opplæringen, praksisplassene og de kommende utviklingsdagene. Fagfolk kan også tilby arbeidsgruppen sin som praksisplass.",
                                "link_text": "Send en melding",
                                "page": None,
                                "url": "mailto:kokemuskumppanit@majakkamaki.example",
                            },
                        ],
                    ],
                    "partners": [
                        ["badge", {"text": "Utviklingsprosjekt finansiert av velferdsområdet"}],
                        ["partner", {"name": "Sinisiipi ry", "url": ""}],
                    ],
                    "evaluation": "<p>I den første gruppen begynte 13 deltakere, og 12 fullførte. I sluttundersøkelsen sa 11 av dem at de nå tør å fortelle fagfolk om sin egen erfaring, og alle mente at de ukentlige smågruppene var den viktigste delen av opplæringen.</p><p>Av de 19 ansatte på praksisstedene mente 17 at møtet med en erfaringspartner endret måten de snakker med familier på. På bakgrunn av tilbakemeldingene fikk den andre gruppen flere praksisoppdrag, slik at det blir tid til å tenke over det man har hørt mellom møtene.</p>",
                    "events": [
                        {
                            "title": "Oppstartsdager for første gruppe",
                            "place": "Jyväskylä, Majakkamäki familierehabiliteringssenter",
                            "audience": "Deltakerne i første kursgruppe",
                            "description": "To dager der vi blir kjent, avtaler regler for gruppen og snakker om hvorfor hver enkelt vil bli erfaringspartner.",
                        },
                        {
                            "title": "Avslutningsfest for første gruppe",
                            "place": "Jyväskylä, festsalen på Majakkamäki",
                            "audience": "Nyutdannede erfaringspartnere, deres nærmeste og samarbeidspartnere",
                            "description": "Utdeling av kursbevis, kaffe og kake og innlegg fra erfaringspartnerne selv om tiden på kurset.",
                        },
                        {
                            "title": "Avslutningsfest for andre gruppe",
                            "place": "Jyväskylä, festsalen på Majakkamäki",
                            "audience": "Nyutdannede erfaringspartnere, deres nærmeste og samarbeidspartnere",
                            "description": "Vi feirer at den andre gruppen er ferdig. Erfaringspartnere fra første gruppe forteller hvordan arbeidet har vært i praksis.",
                        },
                        {
                            "title": "Nettmøte: erfaringspartneren som del av arbeidsgruppen",
                            "place": "På nett (Teams)",
                            "audience": "Fagfolk i barnevernet og familietjenestene",
                            "description": "En times gjennomgang av hvordan man tar med en erfaringspartner i arbeidsgruppen, og hva det lønner seg å avtale på forhånd.",
                        },
                        {
                            "title": "Utviklingsdager: familiens første dager i rehabiliteringen",
                            "place": "Tampere, Pyynikinrinne konferansesenter",
                            "audience": "Erfaringspartnere og fagfolk",
                            "description": "To dager med verksteder der erfaringspartnere og ansatte sammen utvikler rutinene for tiden rett etter at familien har kommet til senteret.",
                        },
                    ],
                },
            },
        },
    ],
}
