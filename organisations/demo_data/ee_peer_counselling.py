"""Demo organisation: Kogemussild, a fictional peer-counselling practice in Tartu, Estonia.

Fictional people and organisations; facts about peer counselling drawn from public sources,
written afresh in each language. Data only: the loader in organisations/demo.py reads ORGANISATION.
"""

ORGANISATION = {
    "key": "ee-peer-counselling",
    "source_language": "et",
    "country": "EE",
    "logo": {"initials": "KS", "colour": "#1f5f5b"},
    "contact_email": "info@kogemussild.example",
    "contact_phone": "+372 5555 0101",
    "website": "",
    "coordinator_email": "tellimused@kogemussild.example",
    "images": {},
    "content": {
        "et": {
            "title": "Kogemussild",
            "slug": "kogemussild",
            "intro": "Kogemussild on Tartus tegutsev kogemusnõustamise praktika. Meie nõustajad on ise läbi elanud raske eluetapi, oma taastumise läbi töötanud ja õppinud seda kogemust teiste toetamiseks kasutama.",
            "address": "Kastani põik 7, II korrus\n51004 Tartu",
            "body": [
                ["heading", {"text": "Mis on kogemusnõustamine?", "anchor": ""}],
                [
                    "text",
                    "<p>Kogemusnõustamine on toetav vestlus kahe inimese vahel, kes on elus kogenud midagi sarnast. Nõustaja ei paku valmis vastuseid, vaid kuulab, jagab sobival hetkel oma lugu ja aitab teil endal selgust leida, mida te praegu kõige rohkem vajate.</p><p>Tugi võib olla emotsionaalne, sotsiaalne või täiesti praktiline: kuidas rääkida lähedastega, kuidas asjaajamisega toime tulla, kust leida järgmine samm. Kohtumise lõpus paneme koos kirja väikese ja jõukohase tegevuskava.</p>",
                ],
                [
                    "definitions",
                    [
                        {
                            "term": "Kogemusnõustaja",
                            "definition": "<p>Inimene, kes on oma taastumise läbi töötanud, läbinud kogemusnõustaja väljaõppe ja kasutab oma lugu teadlikult töövahendina, et toetada teisi sarnases olukorras.</p>",
                        },
                        {
                            "term": "Taastumiskogemus",
                            "definition": "<p>Isiklik teekond läbi haiguse, sõltuvuse, kriisi või mõne muu raske perioodi, mida inimene on mõtestanud ja millest ta oskab rääkida nii, et see teist toetab.</p>",
                        },
                        {
                            "term": "Kovisioon",
                            "definition": "<p>Regulaarne kohtumine teiste kogemusnõustajatega, kus arutatakse keerulisi olukordi, jagatakse vastutust ja hoitakse töö kvaliteeti.</p>",
                        },
                        {
                            "term": "Eneseabigrupp",
                            "definition": "<p>Võrdsete kohtumine, kus kõigil on sarnane kogemus ja keegi ei ole teistest suurem asjatundja. See on väärtuslik, kuid ei asenda professionaalset kogemusnõustamist.</p>",
                        },
                    ],
                ],
                ["heading", {"text": "Kes on professionaalne kogemusnõustaja?", "anchor": ""}],
                [
                    "text",
                    "<p>Meie jaoks on professionaalne kogemusnõustaja inimene, kellel on korraga olemas kolm asja:</p><ul><li>läbi töötatud isiklik taastumiskogemus;</li><li>läbitud kogemusnõustaja väljaõpe;</li><li>kuulumine meeskonda või kovisioonigruppi, kust ta saab tuge ja tagasisidet.</li></ul><p>Ainult kogemusest ei piisa: see teeb inimesest väärtusliku kaaslase, kuid mitte nõustaja. Samuti ei ole kogemusnõustaja see, kes on õppinud nõustamist, kuid ei toetu oma töös enda taastumisloole. Kõik Kogemussilla nõustajad vastavad kõigile kolmele tingimusele.</p>",
                ],
                ["heading", {"text": "Kuidas kohtumine käib?", "anchor": ""}],
                [
                    "text",
                    "<ol><li>Kirjutate meile või helistate ja lepime kokku aja ning vormi: kohtumine Tartus kohapeal või telefoni, Zoomi või Skype'i teel.</li><li>Kohtumise alguses räägime, mis teid praegu muretsema paneb ja mida te kohtumiselt ootate.</li><li>Nõustaja kuulab, esitab küsimusi ja jagab vajaduse korral oma kogemust, et te ei jääks oma murega üksi.</li><li>Lõpus võtame kokku, mis sai selgemaks, ja lepime kokku järgmised sammud. Soovi korral broneerime uue aja.</li></ol><p>Kõik, mida kohtumisel räägite, jääb meie vahele. Ainus erand on olukord, kus kellegi elu või tervis on otseses ohus.</p>",
                ],
                [
                    "values",
                    [
                        {
                            "name": "Võrdsus",
                            "description": "Kohtume kui kaks inimest, mitte kui ekspert ja abivajaja.",
                        },
                        {
                            "name": "Usaldus",
                            "description": "Hoiame konfidentsiaalsust ja räägime ausalt ka sellest, mida me ei tea.",
                        },
                        {
                            "name": "Lootus",
                            "description": "Meie endi lood näitavad, et taastumine on võimalik, isegi kui see võtab aega.",
                        },
                        {
                            "name": "Vastutus",
                            "description": "Osaleme regulaarselt kovisioonis ja õpime pidevalt juurde.",
                        },
                    ],
                ],
                [
                    "faq",
                    [
                        {
                            "question": "Kas mul peab olema diagnoos?",
                            "answer": "<p>Ei. Meie poole võib pöörduda igaüks, kes soovib tuge inimeselt, kes on ise midagi sarnast läbi elanud. Diagnoosi ega saatekirja pole vaja.</p>",
                        },
                        {
                            "question": "Kas kogemusnõustamine asendab psühholoogi või arsti?",
                            "answer": "<p>Ei asenda. Kogemusnõustamine täiendab teisi teenuseid. Kui näeme, et teile tuleks kasuks mõni teine spetsialist, aitame sobiva kontakti leida.</p>",
                        },
                        {
                            "question": "Kas saan nõustaja ise valida?",
                            "answer": "<p>Jah. Kirjutage meile, millise teemaga soovite tuge, ja pakume nõustajat, kelle kogemus on teie olukorrale kõige lähemal.</p>",
                        },
                        {
                            "question": "Kas töötukassa võib nõustamise eest tasuda?",
                            "answer": "<p>Oleme riikliku töötukassa koostööpartner. Kui olete töötukassas arvel, küsige oma kontaktisikult, kas kogemusnõustamise kulu saab katta teie tegevuskava osana.</p>",
                        },
                    ],
                ],
                [
                    "call_to_action",
                    {
                        "title": "Broneeri aeg",
                        "text": "Kirjutage meile paari lausega, millega soovite tuge ja kas eelistate kohtumist kohapeal või veebis. Vastame tavaliselt kahe tööpäeva jooksul.",
                        "link_text": "Kirjuta meile",
                        "page": None,
                        "url": "mailto:info@kogemussild.example",
                    },
                ],
            ],
            "partners": [
                ["badge", {"text": "Riikliku töötukassa koostööpartner"}],
                ["partner", {"name": "MTÜ Kaaslaste Ring", "url": ""}],
                ["partner", {"name": "Pihlaka Perekeskus", "url": ""}],
            ],
            "price_list": [
                {
                    "caption": "Hinnakiri",
                    "rows": [
                        {
                            "service": "Individuaalne nõustamine",
                            "format": "in_person",
                            "duration_minutes": 60,
                            "price": "35",
                            "currency": "EUR",
                        },
                        {
                            "service": "Individuaalne nõustamine",
                            "format": "in_person",
                            "duration_minutes": 90,
                            "price": "45",
                            "currency": "EUR",
                        },
                        {
                            "service": "Nõustamine telefoni, Zoomi või Skype'i teel",
                            "format": "remote",
                            "duration_minutes": 60,
                            "price": "25",
                            "currency": "EUR",
                        },
                        {
                            "service": "Nõustamine telefoni, Zoomi või Skype'i teel",
                            "format": "remote",
                            "duration_minutes": 90,
                            "price": "35",
                            "currency": "EUR",
                        },
                    ],
                    "note": "Tasumine toimub pärast kohtumist e-postiga saadetava arve alusel.",
                },
            ],
            "cancellation_terms": "<p>Kui aeg siiski ei sobi, saab kohtumise tasuta tühistada või edasi lükata kuni 24 tundi enne selle algust.</p><p>Hiljem tühistatud või ette teatamata ärajäänud kohtumise eest küsime poole teenuse hinnast. Haigestumise või ootamatu kriisi korral otsime alati koos lahenduse.</p>",
        },
        "fi": {
            "title": "Kogemussild",
            "slug": "kogemussild-vertaisneuvonta",
            "intro": "Kogemussild on Tartossa toimiva vertaisneuvonnan vastaanotto. Neuvojamme ovat itse eläneet läpi vaikean elämänvaiheen, työstäneet oman toipumisensa ja oppineet käyttämään tätä kokemusta toisten tukemiseen.",
            "address": "Kastani põik 7, II korrus\n51004 Tartu",
            "body": [
                ["heading", {"text": "Mitä vertaisneuvonta on?", "anchor": ""}],
                [
                    "text",
                    "<p>Vertaisneuvonta on tukea antava keskustelu kahden ihmisen välillä, jotka ovat kokeneet elämässään jotakin samankaltaista. Neuvoja ei tarjoa valmiita vastauksia, vaan kuuntelee, kertoo sopivalla hetkellä omasta tarinastaan ja auttaa sinua itse selvittämään, mitä juuri nyt eniten tarvitset.</p><p>Tuki voi olla emotionaalista, sosiaalista tai aivan käytännöllistä: miten puhua läheisten kanssa, miten selviytyä asioinnista, mistä löytyy seuraava askel. Tapaamisen lopuksi kirjaamme yhdessä pienen ja realistisen toimintasuunnitelman.</p>",
                ],
                [
                    "definitions",
                    [
                        {
                            "term": "Vertaisneuvoja",
                            "definition": "<p>Ihminen, joka on työstänyt oman toipumisensa, käynyt vertaisneuvojan koulutuksen ja käyttää tarinaansa tietoisesti työvälineenä tukeakseen muita samankaltaisessa tilanteessa.</p>",
                        },
                        {
                            "term": "Toipumiskokemus",
                            "definition": "<p>Henkilökohtainen matka sairauden, riippuvuuden, kriisin tai muun vaikean ajanjakson läpi. Ihminen on löytänyt sille merkityksen ja osaa kertoa siitä toista tukevalla tavalla.</p>",
                        },
                        {
                            "term": "Kollegiaalinen työnohjaus (kovisio)",
                            "definition": "<p>Säännöllinen tapaaminen muiden vertaisneuvojien kanssa. Siinä pohditaan vaikeita tilanteita, jaetaan vastuuta ja pidetään huolta työn laadusta.</p>",
                        },
                        {
                            "term": "Oma-apuryhmä",
                            "definition": "<p>Tasavertaisten kohtaaminen, jossa kaikilla on samankaltainen kokemus eikä kukaan ole muita suurempi asiantuntija. Se on arvokasta, mutta ei korvaa ammatillista vertaisneuvontaa.</p>",
                        },
                    ],
                ],
                ["heading", {"text": "Kuka on ammatillinen vertaisneuvoja?", "anchor": ""}],
                [
                    "text",
                    "<p>Meille ammatillinen vertaisneuvoja on ihminen, jolla on yhtä aikaa kolme asiaa:</p><ul><li>työstetty henkilökohtainen toipumiskokemus;</li><li>suoritettu vertaisneuvojan koulutus;</li><li>kuuluminen tiimiin tai kollegiaaliseen työnohjausryhmään, josta hän saa tukea ja palautetta.</li></ul><p>Pelkkä kokemus ei riitä: se tekee ihmisestä arvokkaan kulkijakumppanin, mutta ei neuvojaa. Vertaisneuvoja ei myöskään ole se, joka on opiskellut neuvontaa mutta ei nojaa työssään omaan toipumistarinaansa. Kaikki Kogemussildin neuvojat täyttävät nämä kolme ehtoa.</p>",
                ],
                ["heading", {"text": "Miten tapaaminen etenee?", "anchor": ""}],
                [
                    "text",
                    "<ol><li>Kirjoitat tai soitat meille, ja sovimme ajan ja tavan: tapaaminen paikan päällä Tartossa tai puhelimitse, Zoomissa tai Skypessä.</li><li>Tapaamisen alussa puhumme siitä, mikä sinua nyt huolettaa ja mitä toivot tapaamiselta.</li><li>Neuvoja kuuntelee, kysyy ja kertoo tarvittaessa omasta kokemuksestaan, jotta et jäisi huolesi kanssa yksin.</li><li>Lopuksi kokoamme, mikä selkeni, ja sovimme seuraavista askelista. Halutessasi varaamme uuden ajan.</li></ol><p>Kaikki, mitä tapaamisessa kerrot, jää meidän välillemme. Ainoa poikkeus on tilanne, jossa jonkun henki tai terveys on välittömässä vaarassa.</p>",
                ],
                [
                    "values",
                    [
                        {
                            "name": "Tasavertaisuus",
                            "description": "Kohtaamme toisemme kahtena ihmisenä, emme asiantuntijana ja avun tarvitsijana.",
                        },
                        {
                            "name": "Luottamus",
                            "description": "Huolehdimme luottamuksellisuudesta ja puhumme rehellisesti myös siitä, mitä emme tiedä.",
                        },
                        {
                            "name": "Toivo",
                            "description": "Omat tarinamme osoittavat, että toipuminen on mahdollista, vaikka se vie aikaa.",
                        },
                        {
                            "name": "Vastuullisuus",
                            "description": "Osallistumme säännöllisesti kollegiaaliseen työnohjaukseen ja opimme jatkuvasti lisää.",
                        },
                    ],
                ],
                [
                    "faq",
                    [
                        {
                            "question": "Tarvitsenko diagnoosin?",
                            "answer": "<p>Et. Meihin voi ottaa yhteyttä kuka tahansa, joka kaipaa tukea ihmiseltä, joka on itse kokenut jotakin samankaltaista. Diagnoosia tai lähetettä ei tarvita.</p>",
                        },
                        {
                            "question": "Korvaako vertaisneuvonta psykologin tai lääkärin?",
                            "answer": "<p>Ei korvaa. Vertaisneuvonta täydentää muita palveluja. Jos huomaamme, että sinua auttaisi jokin toinen ammattilainen, autamme löytämään sopivan yhteyden.</p>",
                        },
                        {
                            "question": "Voinko valita neuvojan itse?",
                            "answer": "<p>Voit. Kerro meille, missä asiassa toivot tukea, niin ehdotamme neuvojaa, jonka kokemus on lähimpänä tilannettasi.</p>",
                        },
                        {
                            "question": "Voiko työttömyysvakuutusrahasto maksaa neuvonnan?",
                            "answer": "<p>Olemme kansallisen työttömyysvakuutusrahaston yhteistyökumppani. Jos olet rahaston asiakas, kysy yhteyshenkilöltäsi, voidaanko vertaisneuvonnan kulut kattaa osana suunnitelmaasi.</p>",
                        },
                    ],
                ],
                [
                    "call_to_action",
                    {
                        "title": "Varaa aika",
                        "text": "Kirjoita meille muutamalla lauseella, mihin toivot tukea ja tapaisitko mieluummin paikan päällä vai verkossa. Vastaamme yleensä kahden arkipäivän kuluessa.",
                        "link_text": "Kirjoita meille",
                        "page": None,
                        "url": "mailto:info@kogemussild.example",
                    },
                ],
            ],
            "partners": [
                ["badge", {"text": "Kansallisen työttömyysvakuutusrahaston yhteistyökumppani"}],
                ["partner", {"name": "MTÜ Kaaslaste Ring", "url": ""}],
                ["partner", {"name": "Pihlaka Perekeskus", "url": ""}],
            ],
            "price_list": [
                {
                    "caption": "Hinnasto",
                    "rows": [
                        {
                            "service": "Yksilöneuvonta",
                            "format": "in_person",
                            "duration_minutes": 60,
                            "price": "35",
                            "currency": "EUR",
                        },
                        {
                            "service": "Yksilöneuvonta",
                            "format": "in_person",
                            "duration_minutes": 90,
                            "price": "45",
                            "currency": "EUR",
                        },
                        {
                            "service": "Neuvonta puhelimitse, Zoomissa tai Skypessä",
                            "format": "remote",
                            "duration_minutes": 60,
                            "price": "25",
                            "currency": "EUR",
                        },
                        {
                            "service": "Neuvonta puhelimitse, Zoomissa tai Skypessä",
                            "format": "remote",
                            "duration_minutes": 90,
                            "price": "35",
                            "currency": "EUR",
                        },
                    ],
                    "note": "Maksu suoritetaan tapaamisen jälkeen sähköpostitse lähetettävällä laskulla.",
                },
            ],
            "cancellation_terms": "<p>Jos aika ei sovikaan, tapaamisen voi perua tai siirtää maksutta viimeistään 24 tuntia ennen sen alkua.</p><p>Myöhemmin perutusta tai ilman ilmoitusta väliin jääneestä tapaamisesta perimme puolet palvelun hinnasta. Sairastuessa tai äkillisen kriisin sattuessa etsimme aina yhdessä ratkaisun.</p>",
        },
        "lv": {
            "title": "Kogemussild",
            "slug": "kogemussild-pieredzes-konsultacijas",
            "intro": "„Kogemussild” ir pieredzes konsultāciju prakse Tartu. Mūsu konsultanti paši ir pārdzīvojuši smagu dzīves posmu, apzināti izgājuši savu atveseļošanās ceļu un iemācījušies šo pieredzi izmantot citu atbalstam.",
            "address": "Kastani põik 7, II korrus\n51004 Tartu",
            "body": [
                ["heading", {"text": "Kas ir pieredzes konsultēšana?", "anchor": ""}],
                [
                    "text",
                    "<p>Pieredzes konsultēšana ir atbalstoša saruna starp diviem cilvēkiem, kuri dzīvē piedzīvojuši kaut ko līdzīgu. Konsultants nepiedāvā gatavas atbildes, bet klausās, piemērotā brīdī pastāsta savu stāstu un palīdz jums pašiem saprast, kas jums šobrīd vajadzīgs visvairāk.</p><p>Atbalsts var būt emocionāls, sociāls vai pavisam praktisks: kā runāt ar tuviniekiem, kā tikt galā ar formalitātēm, kur atrast nākamo soli. Tikšanās beigās mēs kopā pierakstām nelielu un paveicamu rīcības plānu.</p>",
                ],
                [
                    "definitions",
                    [
                        {
                            "term": "Pieredzes konsultants",
                            "definition": "<p>Cilvēks, kurš ir apzināti izgājis savu atveseļošanās ceļu, apguvis pieredzes konsultanta apmācību un mērķtiecīgi izmanto savu stāstu kā darba instrumentu, lai atbalstītu citus līdzīgā situācijā.</p>",
                        },
                        {
                            "term": "Atveseļošanās pieredze",
                            "definition": "<p>Personīgs ceļš cauri slimībai, atkarībai, krīzei vai citam grūtam periodam, ko cilvēks ir izpratis un par ko prot runāt tā, lai tas stiprinātu otru.</p>",
                        },
                        {
                            "term": "Kovīzija",
                            "definition": "<p>Regulāras tikšanās ar citiem pieredzes konsultantiem, kurās tiek pārrunātas sarežģītas situācijas, dalīta atbildība un uzturēta darba kvalitāte.</p>",
                        },
                        {
                            "term": "Pašpalīdzības grupa",
                            "definition": "<p>Līdzvērtīgu cilvēku tikšanās, kurā visiem ir līdzīga pieredze un neviens nav lielāks eksperts par citiem. Tā ir vērtīga, taču neaizstāj profesionālu pieredzes konsultēšanu.</p>",
                        },
                    ],
                ],
                ["heading", {"text": "Kas ir profesionāls pieredzes konsultants?", "anchor": ""}],
                [
                    "text",
                    "<p>Mūsuprāt, profesionālam pieredzes konsultantam vienlaikus ir trīs lietas:</p><ul><li>pārdomāta un apzināta personīgā atveseļošanās pieredze;</li><li>pabeigta pieredzes konsultanta apmācība;</li><li>piederība komandai vai kovīzijas grupai, kur viņš saņem atbalstu un atgriezenisko saiti.</li></ul><p>Ar pieredzi vien nepietiek: tā padara cilvēku par vērtīgu ceļabiedru, bet ne par konsultantu. Tāpat par pieredzes konsultantu nevar saukt cilvēku, kurš ir mācījies konsultēšanu, bet savā darbā nebalstās uz paša atveseļošanās stāstu. Visi „Kogemussild” konsultanti atbilst visiem trim nosacījumiem.</p>",
                ],
                ["heading", {"text": "Kā notiek tikšanās?", "anchor": ""}],
                [
                    "text",
                    "<ol><li>Jūs mums uzrakstāt vai piezvanāt, un mēs vienojamies par laiku un veidu: klātienē Tartu vai attālināti – pa tālruni, Zoom vai Skype.</li><li>Tikšanās sākumā runājam par to, kas jūs šobrīd satrauc un ko jūs no tikšanās sagaidāt.</li><li>Konsultants klausās, uzdod jautājumus un vajadzības gadījumā dalās savā pieredzē, lai jūs ar savām rūpēm nepaliktu vieni.</li><li>Noslēgumā apkopojam, kas kļuvis skaidrāks, un vienojamies par nākamajiem soļiem. Ja vēlaties, rezervējam nākamo laiku.</li></ol><p>Viss, ko jūs tikšanās laikā stāstāt, paliek starp mums. Vienīgais izņēmums ir situācija, kad kāda cilvēka dzīvība vai veselība ir tiešās briesmās.</p>",
                ],
                [
                    "values",
                    [
                        {
                            "name": "Līdzvērtība",
                            "description": "Mēs tiekamies kā divi cilvēki, nevis kā eksperts un palīdzības lūdzējs.",
                        },
                        {
                            "name": "Uzticēšanās",
                            "description": "Mēs ievērojam konfidencialitāti un godīgi runājam arī par to, ko nezinām.",
                        },
                        {
                            "name": "Cerība",
                            "description": "Mūsu pašu stāsti rāda, ka atveseļoties ir iespējams, pat ja tas prasa laiku.",
                        },
                        {
                            "name": "Atbildība",
                            "description": "Mēs regulāri piedalāmies kovīzijā un nepārtraukti mācāmies.",
                        },
                    ],
                ],
                [
                    "faq",
                    [
                        {
                            "question": "Vai man ir nepieciešama diagnoze?",
                            "answer": "<p>Nē. Pie mums var vērsties ikviens, kurš vēlas atbalstu no cilvēka, kas pats ir pārdzīvojis kaut ko līdzīgu. Diagnoze vai nosūtījums nav vajadzīgs.</p>",
                        },
                        {
                            "question": "Vai pieredzes konsultēšana aizstāj psihologu vai ārstu?",
                            "answer": "<p>Neaizstāj. Pieredzes konsultēšana papildina citus pakalpojumus. Ja redzam, ka jums noderētu cits speciālists, palīdzam atrast piemērotu kontaktu.</p>",
                        },
                        {
                            "question": "Vai varu pats izvēlēties konsultantu?",
                            "answer": "<p>Jā. Uzrakstiet mums, kādā jautājumā vēlaties atbalstu, un mēs ieteiksim konsultantu, kura pieredze ir vistuvāk jūsu situācijai.</p>",
                        },
                        {
                            "question": "Vai konsultācijas var apmaksāt bezdarba apdrošināšanas fonds?",
                            "answer": "<p>Mēs esam valsts bezdarba apdrošināšanas fonda sadarbības partneris. Ja esat reģistrējies fondā, jautājiet savai kontaktpersonai, vai pieredzes konsultēšanas izmaksas var segt kā daļu no jūsu rīcības plāna.</p>",
                        },
                    ],
                ],
                [
                    "call_to_action",
                    {
                        "title": "Piesakieties uz tikšanos",
                        "text": "Uzrakstiet mums dažos teikumos, kādā jautājumā vēlaties atbalstu un vai dodat priekšroku tikšanās reizei klātienē vai tiešsaistē. Parasti atbildam divu darba dienu laikā.",
                        "link_text": "Rakstīt mums",
                        "page": None,
                        "url": "mailto:info@kogemussild.example",
                    },
                ],
            ],
            "partners": [
                ["badge", {"text": "Valsts bezdarba apdrošināšanas fonda sadarbības partneris"}],
                ["partner", {"name": "MTÜ Kaaslaste Ring", "url": ""}],
                ["partner", {"name": "Pihlaka Perekeskus", "url": ""}],
            ],
            "price_list": [
                {
                    "caption": "Cenrādis",
                    "rows": [
                        {
                            "service": "Individuāla konsultācija",
                            "format": "in_person",
                            "duration_minutes": 60,
                            "price": "35",
                            "currency": "EUR",
                        },
                        {
                            "service": "Individuāla konsultācija",
                            "format": "in_person",
                            "duration_minutes": 90,
                            "price": "45",
                            "currency": "EUR",
                        },
                        {
                            "service": "Konsultācija pa tālruni, Zoom vai Skype",
                            "format": "remote",
                            "duration_minutes": 60,
                            "price": "25",
                            "currency": "EUR",
                        },
                        {
                            "service": "Konsultācija pa tālruni, Zoom vai Skype",
                            "format": "remote",
                            "duration_minutes": 90,
                            "price": "35",
                            "currency": "EUR",
                        },
                    ],
                    "note": "Samaksa pēc tikšanās, pamatojoties uz rēķinu, ko nosūtām e-pastā.",
                },
            ],
            "cancellation_terms": "<p>Ja laiks tomēr neder, tikšanos var bez maksas atcelt vai pārcelt līdz 24 stundām pirms tās sākuma.</p><p>Par vēlāk atceltu vai bez brīdinājuma neapmeklētu tikšanos mēs lūdzam samaksāt pusi no pakalpojuma cenas. Slimības vai negaidītas krīzes gadījumā mēs vienmēr kopā meklējam risinājumu.</p>",
        },
        "nb": {
            "title": "Kogemussild",
            "slug": "kogemussild-erfaringsradgivning",
            "intro": "Kogemussild er en praksis for erfaringsbasert rådgivning i Tartu. Rådgiverne våre har selv gått gjennom en vanskelig livsfase, bearbeidet sin egen bedringsprosess og lært å bruke denne erfaringen til å støtte andre.",
            "address": "Kastani põik 7, II korrus\n51004 Tartu",
            "body": [
                ["heading", {"text": "Hva er erfaringsbasert rådgivning?", "anchor": ""}],
                [
                    "text",
                    "<p>Erfaringsbasert rådgivning er en støttende samtale mellom to mennesker som har opplevd noe lignende i livet. Rådgiveren kommer ikke med ferdige svar, men lytter, deler sin egen historie når det passer, og hjelper deg å finne ut hva du trenger mest akkurat nå.</p><p>Støtten kan være følelsesmessig, sosial eller helt praktisk: hvordan du snakker med dine nærmeste, hvordan du får ordnet det praktiske, og hvor du finner neste steg. Mot slutten av samtalen skriver vi sammen ned en liten og overkommelig handlingsplan.</p>",
                ],
                [
                    "definitions",
                    [
                        {
                            "term": "Erfaringsrådgiver",
                            "definition": "<p>En person som har bearbeidet sin egen bedringsprosess, fullført opplæring som erfaringsrådgiver og bevisst bruker historien sin som arbeidsverktøy for å støtte andre i en lignende situasjon.</p>",
                        },
                        {
                            "term": "Bedringserfaring",
                            "definition": "<p>En personlig vei gjennom sykdom, avhengighet, krise eller en annen vanskelig periode, som personen har funnet mening i og kan fortelle om på en måte som styrker andre.</p>",
                        },
                        {
                            "term": "Kollegaveiledning",
                            "definition": "<p>Faste møter med andre erfaringsrådgivere der vi drøfter vanskelige situasjoner, deler ansvar og ivaretar kvaliteten på arbeidet.</p>",
                        },
                        {
                            "term": "Selvhjelpsgruppe",
                            "definition": "<p>Et møte mellom likeverdige der alle har lignende erfaring og ingen er mer ekspert enn de andre. Det er verdifullt, men erstatter ikke profesjonell erfaringsbasert rådgivning.</p>",
                        },
                    ],
                ],
                ["heading", {"text": "Hvem er en profesjonell erfaringsrådgiver?", "anchor": ""}],
                [
                    "text",
                    "<p>For oss er en profesjonell erfaringsrådgiver en person som har tre ting på plass samtidig:</p><ul><li>en bearbeidet personlig bedringserfaring;</li><li>fullført opplæring som erfaringsrådgiver;</li><li>tilhørighet i et team eller en kollegaveiledningsgruppe der hun eller han får støtte og tilbakemeldinger.</li></ul><p>Erfaring alene er ikke nok: den gjør en person til en verdifull medvandrer, men ikke til rådgiver. På samme måte er den som har lært rådgivning, men ikke bygger arbeidet sitt på sin egen bedringshistorie, heller ikke erfaringsrådgiver. Alle rådgiverne i Kogemussild oppfyller alle tre kravene.</p>",
                ],
                ["heading", {"text": "Hvordan foregår en samtale?", "anchor": ""}],
                [
                    "text",
                    "<ol><li>Du skriver eller ringer til oss, og vi avtaler tid og form: oppmøte i Tartu eller samtale på telefon, Zoom eller Skype.</li><li>I begynnelsen snakker vi om hva som bekymrer deg nå, og hva du ønsker å få ut av samtalen.</li><li>Rådgiveren lytter, stiller spørsmål og deler ved behov sin egen erfaring, slik at du ikke blir stående alene med det som er vanskelig.</li><li>Til slutt oppsummerer vi hva som har blitt klarere, og avtaler de neste stegene. Om du ønsker det, setter vi opp en ny time.</li></ol><p>Alt du forteller i samtalen, blir mellom oss. Det eneste unntaket er hvis noens liv eller helse er i umiddelbar fare.</p>",
                ],
                [
                    "values",
                    [
                        {
                            "name": "Likeverd",
                            "description": "Vi møtes som to mennesker, ikke som ekspert og hjelpetrengende.",
                        },
                        {
                            "name": "Tillit",
                            "description": "Vi overholder taushetsplikten og snakker ærlig også om det vi ikke vet.",
                        },
                        {
                            "name": "Håp",
                            "description": "Våre egne historier viser at bedring er mulig, selv om det tar tid.",
                        },
                        {
                            "name": "Ansvar",
                            "description": "Vi deltar jevnlig i kollegaveiledning og lærer hele tiden mer.",
                        },
                    ],
                ],
                [
                    "faq",
                    [
                        {
                            "question": "Må jeg ha en diagnose?",
                            "answer": "<p>Nei. Alle som ønsker støtte fra en som selv har opplevd noe lignende, kan ta kontakt med oss. Du trenger verken diagnose eller henvisning.</p>",
                        },
                        {
                            "question": "Erstatter erfaringsbasert rådgivning psykolog eller lege?",
                            "answer": "<p>Nei. Erfaringsbasert rådgivning er et supplement til andre tjenester. Ser vi at du kan ha nytte av en annen fagperson, hjelper vi deg å finne riktig kontakt.</p>",
                        },
                        {
                            "question": "Kan jeg velge rådgiver selv?",
                            "answer": "<p>Ja. Skriv til oss hva du ønsker støtte til, så foreslår vi en rådgiver med erfaring som ligger nærmest din situasjon.</p>",
                        },
                        {
                            "question": "Kan arbeidsledighetsforsikringsfondet betale for samtalene?",
                            "answer": "<p>Vi er samarbeidspartner for det nasjonale arbeidsledighetsforsikringsfondet. Er du registrert der, kan du spørre kontaktpersonen din om kostnadene kan dekkes som en del av planen din.</p>",
                        },
                    ],
                ],
                [
                    "call_to_action",
                    {
                        "title": "Bestill time",
                        "text": "Skriv noen setninger om hva du ønsker støtte til, og om du helst vil møtes fysisk eller på nett. Vi svarer vanligvis innen to virkedager.",
                        "link_text": "Skriv til oss",
                        "page": None,
                        "url": "mailto:info@kogemussild.example",
                    },
                ],
            ],
            "partners": [
                ["badge", {"text": "Samarbeidspartner for det nasjonale arbeidsledighetsforsikringsfondet"}],
                ["partner", {"name": "MTÜ Kaaslaste Ring", "url": ""}],
                ["partner", {"name": "Pihlaka Perekeskus", "url": ""}],
            ],
            "price_list": [
                {
                    "caption": "Prisliste",
                    "rows": [
                        {
                            "service": "Individuell samtale",
                            "format": "in_person",
                            "duration_minutes": 60,
                            "price": "35",
                            "currency": "EUR",
                        },
                        {
                            "service": "Individuell samtale",
                            "format": "in_person",
                            "duration_minutes": 90,
                            "price": "45",
                            "currency": "EUR",
                        },
                        {
                            "service": "Samtale på telefon, Zoom eller Skype",
                            "format": "remote",
                            "duration_minutes": 60,
                            "price": "25",
                            "currency": "EUR",
                        },
                        {
                            "service": "Samtale på telefon, Zoom eller Skype",
                            "format": "remote",
                            "duration_minutes": 90,
                            "price": "35",
                            "currency": "EUR",
                        },
                    ],
                    "note": "Du betaler etter samtalen mot faktura som sendes på e-post.",
                },
            ],
            "cancellation_terms": "<p>Passer ikke tidspunktet likevel, kan du avbestille eller flytte timen kostnadsfritt inntil 24 timer før den begynner.</p><p>Ved senere avbestilling, eller hvis du uteblir uten å gi beskjed, tar vi halvparten av prisen. Ved sykdom eller en uventet krise finner vi alltid en løsning sammen.</p>",
        },
    },
    "programmes": [
        {
            "key": "ee-recovery-support-group",
            "start_date": "2026-02-01",
            "end_date": "2027-06-30",
            "events": [
                {"start_date": "2026-03-14", "end_date": None, "online": False},
                {"start_date": "2026-09-24", "end_date": None, "online": True},
                {"start_date": "2026-12-05", "end_date": None, "online": False},
                {"start_date": "2027-03-06", "end_date": "2027-03-07", "online": False},
            ],
            "content": {
                "et": {
                    "title": "Taastumise tugigrupp",
                    "slug": "taastumise-tugigrupp",
                    "summary": "Kogemusnõustajate juhitud tugigrupp inimestele, kelle taastumine on alles alguses või poolel teel. Grupp kohtub kogu programmi vältel kaks korda kuus ning lisaks korraldame ühiseid teemapäevi.",
                    "body": [
                        ["heading", {"text": "Kellele grupp on mõeldud?", "anchor": ""}],
                        [
                            "text",
                            "<p>Grupp sobib inimestele, kes on läbi elanud sõltuvuse, depressiooni, läbipõlemise või mõne muu raske perioodi ja soovivad kohtuda teistega, kes mõistavad seda omast käest.</p><p>Igas grupis on kuni kümme osalejat ja kaks kogemusnõustajat. Kohtumised kestavad 90 minutit ja osalemine on tasuta.</p>",
                        ],
                        [
                            "quote",
                            {
                                "text": "Esimest korda ei pidanud ma midagi seletama. Teised lihtsalt teadsid, millest ma räägin.",
                                "who": "Maarja",
                                "role": "tugigrupi osaleja",
                            },
                        ],
                        [
                            "call_to_action",
                            {
                                "title": "Tule gruppi",
                                "text": "Järgmisse gruppi saab registreeruda e-posti teel. Enne esimest kohtumist helistame teile ja räägime lühidalt, kas grupp teile sobib.",
                                "link_text": "Registreeru",
                                "page": None,
                                "url": "mailto:info@kogemussild.example",
                            },
                        ],
                    ],
                    "partners": [["partner", {"name": "MTÜ Kaaslaste Ring", "url": ""}]],
                    "evaluation": "<p>Kevadise tsükli lõpus täitis tagasisidelehe 15 osalejat 18-st. Neist 13 ütles, et tunneb end oma murega vähem üksi, ja 11 oli grupi toel astunud vähemalt ühe uue sammu, näiteks pöördunud arsti poole või naasnud tööle.</p><p>Osalejad soovisid rohkem aega vabaks vestluseks, seepärast kestavad kohtumised alates sügisest senise 75 minuti asemel 90 minutit.</p>",
                    "events": [
                        {
                            "title": "Kevadtsükli avakohtumine",
                            "place": "Tartu, Kogemussilla ruumid",
                            "audience": "Uued grupiliikmed",
                            "description": "Tutvume, lepime kokku grupi reeglid ja räägime, mida igaüks grupilt ootab.",
                        },
                        {
                            "title": "Veebiõhtu: kuidas rääkida oma taastumisest lähedastele",
                            "place": "Veebis (Zoom)",
                            "audience": "Grupiliikmed ja nende lähedased",
                            "description": "Kaks kogemusnõustajat jagavad oma kogemusi ja vastavad küsimustele.",
                        },
                        {
                            "title": "Aastalõpu kogukonnaõhtu",
                            "place": "Tartu, Kogemussilla ruumid",
                            "audience": "Praegused ja endised grupiliikmed",
                            "description": "Rahulik teeõhtu, kus vaatame aastale tagasi ja märkame, kui palju on muutunud.",
                        },
                        {
                            "title": "Kevadtsükli laager",
                            "place": "Otepää, Metsaserva puhkemaja",
                            "audience": "Uued ja jätkavad grupiliikmed",
                            "description": "Kahepäevane kokkusaamine looduses, kus räägime taastumisest, puhkamisest ja toetavatest harjumustest.",
                        },
                    ],
                },
                "fi": {
                    "title": "Toipumisen vertaistukiryhmä",
                    "slug": "toipumisen-vertaistukiryhma",
                    "summary": "Vertaisneuvojien ohjaama tukiryhmä ihmisille, joiden toipuminen on vasta alussa tai puolivälissä. Ryhmä kokoontuu koko ohjelman ajan kahdesti kuukaudessa, ja lisäksi järjestämme yhteisiä teemapäiviä.",
                    "body": [
                        ["heading", {"text": "Kenelle ryhmä on tarkoitettu?", "anchor": ""}],
                        [
                            "text",
                            "<p>Ryhmä sopii ihmisille, jotka ovat kokeneet riippuvuuden, masennuksen, uupumuksen tai muun vaikean jakson ja haluavat tavata muita, jotka ymmärtävät sen omasta kokemuksesta.</p><p>Kussakin ryhmässä on enintään kymmenen osallistujaa ja kaksi vertaisneuvojaa. Tapaamiset kestävät 90 minuuttia, ja osallistuminen on maksutonta.</p>",
                        ],
                        [
                            "quote",
                            {
                                "text": "Ensimmäistä kertaa minun ei tarvinnut selittää mitään. Muut yksinkertaisesti tiesivät, mistä puhun.",
                                "who": "Maarja",
                                "role": "tukiryhmän osallistuja",
                            },
                        ],
                        [
                            "call_to_action",
                            {
                                "title": "Liity ryhmään",
                                "text": "Seuraavaan ryhmään voi ilmoittautua sähköpostitse. Ennen ensimmäistä tapaamista soitamme sinulle ja juttelemme hetken, sopiiko ryhmä sinulle.",
                                "link_text": "Ilmoittaudu",
                                "page": None,
                                "url": "mailto:info@kogemussild.example",
                            },
                        ],
                    ],
                    "partners": [["partner", {"name": "MTÜ Kaaslaste Ring", "url": ""}]],
                    "evaluation": "<p>Kevään jakson lopussa palautelomakkeen täytti 15 osallistujaa 18:sta. Heistä 13 kertoi tuntevansa olonsa huolensa kanssa vähemmän yksinäiseksi, ja 11 oli ryhmän tuella ottanut ainakin yhden uuden askeleen, esimerkiksi hakeutunut lääkäriin tai palannut töihin.</p><p>Osallistujat toivoivat enemmän aikaa vapaalle keskustelulle, joten syksystä alkaen tapaamiset kestävät aiemman 75 minuutin sijaan 90 minuuttia.</p>",
                    "events": [
                        {
                            "title": "Kevätjakson aloitustapaaminen",
                            "place": "Tartto, Kogemussildin tilat",
                            "audience": "Uudet ryhmäläiset",
                            "description": "Tutustumme toisiimme, sovimme ryhmän säännöistä ja kerromme, mitä kukin ryhmältä toivoo.",
                        },
                        {
                            "title": "Verkkoilta: miten kertoa toipumisestaan läheisille",
                            "place": "Verkossa (Zoom)",
                            "audience": "Ryhmäläiset ja heidän läheisensä",
                            "description": "Kaksi vertaisneuvojaa kertoo omista kokemuksistaan ja vastaa kysymyksiin.",
                        },
                        {
                            "title": "Vuoden päättävä yhteisöilta",
                            "place": "Tartto, Kogemussildin tilat",
                            "audience": "Nykyiset ja entiset ryhmäläiset",
                            "description": "Rauhallinen teeilta, jossa katsomme vuotta taaksepäin ja huomaamme, kuinka paljon on muuttunut.",
                        },
                        {
                            "title": "Kevätjakson leiri",
                            "place": "Otepää, Metsaserva-lomamaja",
                            "audience": "Uudet ja jatkavat ryhmäläiset",
                            "description": "Kahden päivän tapaaminen luonnossa. Puhumme toipumisesta, levosta ja tukea antavista tavoista.",
                        },
                    ],
                },
                "lv": {
                    "title": "Atveseļošanās atbalsta grupa",
                    "slug": "atveselosanas-atbalsta-grupa",
                    "summary": "Pieredzes konsultantu vadīta atbalsta grupa cilvēkiem, kuru atveseļošanās ceļš ir tikko sācies vai ir pusē. Visas programmas laikā grupa tiekas divreiz mēnesī, un papildus mēs rīkojam kopīgas tematiskās dienas.",
                    "body": [
                        ["heading", {"text": "Kam grupa ir paredzēta?", "anchor": ""}],
                        [
                            "text",
                            "<p>Grupa ir piemērota cilvēkiem, kuri ir pārdzīvojuši atkarību, depresiju, izdegšanu vai citu smagu periodu un vēlas satikt citus, kas to saprot no savas pieredzes.</p><p>Katrā grupā ir ne vairāk kā desmit dalībnieku un divi pieredzes konsultanti. Tikšanās ilgst 90 minūtes, un dalība ir bez maksas.</p>",
                        ],
                        [
                            "quote",
                            {
                                "text": "Pirmo reizi man nekas nebija jāskaidro. Pārējie vienkārši zināja, par ko es runāju.",
                                "who": "Maarja",
                                "role": "atbalsta grupas dalībniece",
                            },
                        ],
                        [
                            "call_to_action",
                            {
                                "title": "Pievienojieties grupai",
                                "text": "Nākamajai grupai var pieteikties pa e-pastu. Pirms pirmās tikšanās mēs jums piezvanīsim un īsi aprunāsimies, vai grupa jums ir piemērota.",
                                "link_text": "Pieteikties",
                                "page": None,
                                "url": "mailto:info@kogemussild.example",
                            },
                        ],
                    ],
                    "partners": [["partner", {"name": "MTÜ Kaaslaste Ring", "url": ""}]],
                    "evaluation": "<p>Pavasara cikla beigās atsauksmju anketu aizpildīja 15 no 18 dalībniekiem. No viņiem 13 atzina, ka ar savām rūpēm jūtas mazāk vieni, un 11 ar grupas atbalstu bija spēruši vismaz vienu jaunu soli, piemēram, vērsušies pie ārsta vai atgriezušies darbā.</p><p>Dalībnieki vēlējās vairāk laika brīvai sarunai, tāpēc kopš rudens tikšanās ilgst 90 minūtes iepriekšējo 75 minūšu vietā.</p>",
                    "events": [
                        {
                            "title": "Pavasara cikla atklāšanas tikšanās",
                            "place": "Tartu, „Kogemussild” telpas",
                            "audience": "Jaunie grupas dalībnieki",
                            "description": "Iepazīstamies, vienojamies par grupas noteikumiem un runājam par to, ko katrs no grupas sagaida.",
                        },
                        {
                            "title": "Tiešsaistes vakars: kā runāt par savu atveseļošanos ar tuviniekiem",
                            "place": "Tiešsaistē (Zoom)",
                            "audience": "Grupas dalībnieki un viņu tuvinieki",
                            "description": "Divi pieredzes konsultanti dalās savā pieredzē un atbild uz jautājumiem.",
                        },
                        {
                            "title": "Gada noslēguma kopienas vakars",
                            "place": "Tartu, „Kogemussild” telpas",
                            "audience": "Esošie un bijušie grupas dalībnieki",
                            "description": "Mierīgs vakars pie tējas, kurā atskatāmies uz aizvadīto gadu un pamanām, cik daudz ir mainījies.",
                        },
                        {
                            "title": "Pavasara cikla nometne",
                            "place": "Otepē, viesu māja „Metsaserva”",
                            "audience": "Jaunie un esošie grupas dalībnieki",
                            "description": "Divu dienu tikšanās dabā, kurā runājam par atveseļošanos, atpūtu un atbalstošiem ieradumiem.",
                        },
                    ],
                },
                "nb": {
                    "title": "Støttegruppe for bedring",
                    "slug": "stottegruppe-for-bedring",
                    "summary": "En støttegruppe ledet av erfaringsrådgivere for mennesker som er i starten av eller midt i bedringsprosessen sin. Gruppen møtes to ganger i måneden gjennom hele programmet, og i tillegg arrangerer vi felles temadager.",
                    "body": [
                        ["heading", {"text": "Hvem er gruppen for?", "anchor": ""}],
                        [
                            "text",
                            "<p>Gruppen passer for mennesker som har opplevd avhengighet, depresjon, utbrenthet eller en annen tung periode, og som ønsker å møte andre som forstår det av egen erfaring.</p><p>Hver gruppe har høyst ti deltakere og to erfaringsrådgivere. Møtene varer i 90 minutter, og det er gratis å delta.</p>",
                        ],
                        [
                            "quote",
                            {
                                "text": "For første gang trengte jeg ikke å forklare noe. De andre visste rett og slett hva jeg snakket om.",
                                "who": "Maarja",
                                "role": "deltaker i støttegruppen",
                            },
                        ],
                        [
                            "call_to_action",
                            {
                                "title": "Bli med i gruppen",
                                "text": "Du kan melde deg på neste gruppe per e-post. Før første møte ringer vi deg og tar en kort prat om gruppen passer for deg.",
                                "link_text": "Meld deg på",
                                "page": None,
                                "url": "mailto:info@kogemussild.example",
                            },
                        ],
                    ],
                    "partners": [["partner", {"name": "MTÜ Kaaslaste Ring", "url": ""}]],
                    "evaluation": "<p>Ved slutten av vårsemesteret fylte 15 av 18 deltakere ut et tilbakemeldingsskjema. 13 av dem sa at de føler seg mindre alene med det de strever med, og 11 hadde med støtte fra gruppen tatt minst ett nytt steg, for eksempel oppsøkt lege eller gått tilbake til jobb.</p><p>Deltakerne ønsket mer tid til fri samtale, så fra høsten varer møtene 90 minutter i stedet for 75.</p>",
                    "events": [
                        {
                            "title": "Oppstartsmøte for vårsemesteret",
                            "place": "Tartu, lokalene til Kogemussild",
                            "audience": "Nye gruppedeltakere",
                            "description": "Vi blir kjent, avtaler regler for gruppen og snakker om hva hver enkelt ønsker seg av gruppen.",
                        },
                        {
                            "title": "Nettkveld: hvordan fortelle dine nærmeste om bedringsprosessen",
                            "place": "På nett (Zoom)",
                            "audience": "Gruppedeltakere og deres pårørende",
                            "description": "To erfaringsrådgivere deler egne erfaringer og svarer på spørsmål.",
                        },
                        {
                            "title": "Fellesskapskveld ved årets slutt",
                            "place": "Tartu, lokalene til Kogemussild",
                            "audience": "Nåværende og tidligere gruppedeltakere",
                            "description": "En rolig kveld med te der vi ser tilbake på året og legger merke til hvor mye som har endret seg.",
                        },
                        {
                            "title": "Vårsamling i naturen",
                            "place": "Otepää, feriehuset Metsaserva",
                            "audience": "Nye og fortsettende gruppedeltakere",
                            "description": "To dager sammen i naturen der vi snakker om bedring, hvile og gode vaner som gir støtte i hverdagen.",
                        },
                    ],
                },
            },
        },
    ],
}
