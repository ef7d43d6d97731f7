"""Demo organisation: Atspēriens, a fictional youth movement of lived-experience experts in Latvia.

Fictional people and organisations; facts about the movement's aims drawn from public sources,
written afresh in each language. Data only: the loader in organisations/demo.py reads ORGANISATION.
"""

ORGANISATION = {
    "key": "lv-youth-movement",
    "source_language": "lv",
    "country": "LV",
    "logo": {"initials": "A", "colour": "#5a2d6e"},
    "contact_email": "info@atsperiens.example",
    "contact_phone": "+371 2000 0101",
    "website": "",
    "coordinator_email": "koordinators@atsperiens.example",
    "images": {"hero": {"colour": "#e6dcef"}},
    "content": {
        "lv": {
            "title": "Jauniešu kustība „Atspēriens”",
            "slug": "atsperiens",
            "intro": "„Atspēriens” ir pieredzes ekspertu kustība jauniešiem vecumā no 13 līdz 25 gadiem. Mēs esam jaunieši, kuri paši ir tikuši pāri grūtiem laikiem, un tagad ar savu stāstu atbalstām tos, kuri šobrīd ir līdzīgā situācijā.",
            "address": "Kastaņu iela 21, 2. stāvs\nJelgava, LV-3001",
            "body": [
                ["heading", {"text": "Kas mēs esam?", "anchor": ""}],
                [
                    "text",
                    "<p>Pieredzes eksperts ir cilvēks, kurš ir pārdzīvojis smagu dzīves posmu – piemēram, atstumtību, diskrimināciju, atkarību vai depresiju –, ir to pārvarējis un tagad izmanto savu pieredzi, lai palīdzētu citiem. Šī ideja nāk no starptautiskās „lived experience experts” pieejas, kurā līdzīgu ceļu gājuši cilvēki gan atbalsta viens otru, gan aizstāv savas grupas intereses sabiedrībā.</p><p>Mūsu jaunieši tiekas vairākas reizes mēnesī. Mēs stāstām savus stāstus, sarunājamies par to, kur jaunieši visbiežāk saskaras ar neiecietību, un kopā domājam, kā tādās situācijās var palīdzēt. Katram dalībniekam ir pieejams arī individuāls atbalsts, lai stiprinātu savu garīgo veselību un mierīgi pārdomātu savu pieredzi.</p>",
                ],
                ["heading", {"text": "Vīzija", "anchor": ""}],
                [
                    "text",
                    "<p>Mēs redzam sabiedrību, kurā jaunieti nevērtē pēc viņa pagātnes, kurā ir vieta iecietībai un kurā lūgt un sniegt palīdzību ir dabiski.</p>",
                ],
                ["heading", {"text": "Misija", "anchor": ""}],
                [
                    "text",
                    "<p>Mēs sagatavojam un atbalstām jauniešus, lai viņi varētu droši un atbildīgi dalīties savā pieredzē, iedrošināt vienaudžus, kuriem šobrīd ir grūti, un palīdzēt pieaugušajiem labāk saprast, kas jauniešiem patiešām ir vajadzīgs.</p>",
                ],
                [
                    "image",
                    {
                        "image": "@hero",
                        "alt_text": "Abstrakts attēls: mīkstas, noapaļotas gaiši ceriņkrāsas formas, kas daļēji pārklājas",
                        "decorative": False,
                        "caption": "Katram ir savs ceļš, bet mērķis mums ir kopīgs.",
                        "credit": "Ilustrācija: „Atspēriens”",
                    },
                ],
                [
                    "goals",
                    [
                        {
                            "title": "Atkarība",
                            "text": "Palīdzam mazināt atkarības ietekmi un atrast ceļu uz dzīvi bez tās.",
                            "icon": "shield",
                        },
                        {
                            "title": "Attiecības",
                            "text": "Atbalstām tos, kuri vēlas izkļūt no vardarbīgām attiecībām, un palīdzam saprast, kā šādas attiecības izveidojas.",
                            "icon": "people",
                        },
                        {
                            "title": "Depresija",
                            "text": "Mācāmies pamanīt depresijas pazīmes sevī un citos un kopā meklējam ceļu ārā.",
                            "icon": "sun",
                        },
                        {
                            "title": "Pašpārliecinātība",
                            "text": "Palīdzam paskatīties uz sevi labvēlīgāk un atrast savas stiprās puses, lai ikdienu nenoteiktu dusmas un skumjas.",
                            "icon": "star",
                        },
                        {
                            "title": "Dzīvesspēks",
                            "text": "Palīdzam atrast iekšējos un ārējos resursus, kas dod spēku risināt savas problēmas.",
                            "icon": "spark",
                        },
                        {
                            "title": "Virziens",
                            "text": "Palīdzam tev iepazīt sevi, saprast, ko tu vēlies, un soli pa solim īstenot savus mērķus.",
                            "icon": "compass",
                        },
                    ],
                ],
                [
                    "values",
                    [
                        {
                            "name": "Atvērtība",
                            "description": "Mēs runājam atklāti un uzklausām bez nosodījuma.",
                        },
                        {
                            "name": "Godīgums",
                            "description": "Mēs stāstām patiesību par savu ceļu – arī par kļūdām un atkritieniem.",
                        },
                        {
                            "name": "Pieņemšana",
                            "description": "Mēs pieņemam sevi un citus tādus, kādi esam, ar visu savu pagātni.",
                        },
                        {
                            "name": "Vēlme palīdzēt",
                            "description": "Mūsu pieredze iegūst jēgu, kad tā palīdz kādam citam spert nākamo soli.",
                        },
                        {
                            "name": "Pārmaiņas",
                            "description": "Mēs ticam, ka mainīties var ikviens un ka atveseļošanās ir iespējama.",
                        },
                    ],
                ],
                [
                    "quote",
                    {
                        "text": "Pieredzes eksperts nav cilvēks, kuram viss ir izdevies. Tas ir cilvēks, kurš ir kritis, piecēlies un tagad zina, kā pastiept roku citam.",
                        "who": "Elīza",
                        "role": "17 gadi",
                    },
                ],
                [
                    "quote",
                    {
                        "text": "Agrāk man šķita, ka savs stāsts ir jāslēpj. Tagad redzu, ka tieši tas man palīdz saprast jaunākos dalībniekus.",
                        "who": "Roberts",
                        "role": "21 gads",
                    },
                ],
                [
                    "call_to_action",
                    {
                        "title": "Pievienojies kustībai",
                        "text": "Ja tev ir 13–25 gadi un tu gribi runāt, klausīties vai dalīties savā pieredzē, uzraksti mums. Mēs atbildēsim un uzaicināsim tevi uz iepazīšanās tikšanos.",
                        "link_text": "Uzrakstīt mums",
                        "page": None,
                        "url": "mailto:info@atsperiens.example",
                    },
                ],
            ],
            "partners": [["partner", {"name": "Biedrība „Stiprie pleci”", "url": ""}]],
            "price_list": [],
            "cancellation_terms": "",
        },
        "et": {
            "title": "Noorteliikumine Atspēriens",
            "slug": "noorteliikumine-atsperiens",
            "intro": "Atspēriens on kogemusekspertide liikumine 13–25-aastastele noortele. Oleme noored, kes on ise rasketest aegadest üle saanud, ja toetame nüüd oma looga neid, kes on praegu sarnases olukorras.",
            "address": "Kastaņu iela 21, 2. stāvs\nJelgava, LV-3001",
            "body": [
                ["heading", {"text": "Kes me oleme?", "anchor": ""}],
                [
                    "text",
                    "<p>Kogemusekspert on inimene, kes on läbi elanud raske eluetapi – näiteks tõrjutuse, diskrimineerimise, sõltuvuse või depressiooni –, sellest üle saanud ja kasutab nüüd oma kogemust, et teisi aidata. Idee pärineb rahvusvahelisest lähenemisest „lived experience experts”, kus sarnase tee läbinud inimesed nii toetavad üksteist kui ka seisavad ühiskonnas oma rühma huvide eest.</p><p>Meie noored kohtuvad mitu korda kuus. Jagame oma lugusid, räägime sellest, kus noored kõige sagedamini sallimatusega kokku puutuvad, ja mõtleme koos, kuidas sellistes olukordades aidata. Igal osalejal on võimalus saada ka individuaalset tuge, et hoida oma vaimset tervist ja oma kogemust rahulikult mõtestada.</p>",
                ],
                ["heading", {"text": "Visioon", "anchor": ""}],
                [
                    "text",
                    "<p>Näeme ühiskonda, kus noort ei hinnata tema mineviku järgi, kus on ruumi sallivusele ning kus abi küsimine ja pakkumine on loomulik.</p>",
                ],
                ["heading", {"text": "Missioon", "anchor": ""}],
                [
                    "text",
                    "<p>Valmistame noori ette ja toetame neid, et nad saaksid oma kogemust turvaliselt ja vastutustundlikult jagada, julgustada eakaaslasi, kellel on praegu raske, ning aidata täiskasvanutel paremini mõista, mida noored tegelikult vajavad.</p>",
                ],
                [
                    "image",
                    {
                        "image": "@hero",
                        "alt_text": "Abstraktne pilt: pehmed ümarad helelillad kujundid, mis osaliselt kattuvad",
                        "decorative": False,
                        "caption": "Igaühel on oma tee, kuid eesmärk on meil ühine.",
                        "credit": "Illustratsioon: Atspēriens",
                    },
                ],
                [
                    "goals",
                    [
                        {
                            "title": "Sõltuvus",
                            "text": "Aitame vähendada sõltuvuse mõju ja leida tee sõltuvusvaba eluni.",
                            "icon": "shield",
                        },
                        {
                            "title": "Suhted",
                            "text": "Toetame neid, kes soovivad vägivaldsest suhtest välja pääseda, ja aitame mõista, kuidas sellised suhted kujunevad.",
                            "icon": "people",
                        },
                        {
                            "title": "Depressioon",
                            "text": "Õpime märkama depressiooni märke endas ja teistes ning otsime koos teed välja.",
                            "icon": "sun",
                        },
                        {
                            "title": "Enesekindlus",
                            "text": "Aitame vaadata ennast heatahtlikuma pilguga ja leida oma tugevused, et igapäevaelu ei juhiks viha ja kurbus.",
                            "icon": "star",
                        },
                        {
                            "title": "Elujõud",
                            "text": "Aitame leida sisemisi ja väliseid ressursse, mis annavad jõudu oma muredega toime tulla.",
                            "icon": "spark",
                        },
                        {
                            "title": "Suund",
                            "text": "Aitame sul ennast tundma õppida, mõista, mida sa tahad, ja samm-sammult oma eesmärke ellu viia.",
                            "icon": "compass",
                        },
                    ],
                ],
                [
                    "values",
                    [
                        {"name": "Avatus", "description": "Räägime avameelselt ja kuulame hukka mõistmata."},
                        {
                            "name": "Ausus",
                            "description": "Räägime oma teekonnast tõtt – ka vigadest ja tagasilöökidest.",
                        },
                        {
                            "name": "Aktsepteerimine",
                            "description": "Võtame ennast ja teisi vastu sellistena, nagu oleme, koos kogu oma minevikuga.",
                        },
                        {
                            "name": "Soov aidata",
                            "description": "Meie kogemus saab mõtte, kui see aitab kellelgi teisel järgmise sammu astuda.",
                        },
                        {
                            "name": "Muutus",
                            "description": "Usume, et muutuda saab igaüks ja et taastumine on võimalik.",
                        },
                    ],
                ],
                [
                    "quote",
                    {
                        "text": "Kogemusekspert ei ole inimene, kellel on kõik õnnestunud. See on inimene, kes on kukkunud, uuesti püsti tõusnud ja teab nüüd, kuidas teisele kätt ulatada.",
                        "who": "Elīza",
                        "role": "17-aastane",
                    },
                ],
                [
                    "quote",
                    {
                        "text": "Varem tundus mulle, et pean oma lugu varjama. Nüüd näen, et just see aitab mul nooremaid osalejaid mõista.",
                        "who": "Roberts",
                        "role": "21-aastane",
                    },
                ],
                [
                    "call_to_action",
                    {
                        "title": "Liitu liikumisega",
                        "text": "Kui oled 13–25-aastane ja tahad rääkida, kuulata või oma kogemust jagada, kirjuta meile. Vastame ja kutsume sind tutvumiskohtumisele.",
                        "link_text": "Kirjuta meile",
                        "page": None,
                        "url": "mailto:info@atsperiens.example",
                    },
                ],
            ],
            "partners": [["partner", {"name": "Biedrība „Stiprie pleci”", "url": ""}]],
            "price_list": [],
            "cancellation_terms": "",
        },
        "fi": {
            "title": "Nuorisoliike Atspēriens",
            "slug": "nuorisoliike-atsperiens",
            "intro": "Atspēriens on kokemusasiantuntijoiden liike 13–25-vuotiaille nuorille. Olemme nuoria, jotka ovat itse selvinneet vaikeista ajoista ja tukevat nyt tarinallaan niitä, jotka ovat juuri nyt samankaltaisessa tilanteessa.",
            "address": "Kastaņu iela 21, 2. stāvs\nJelgava, LV-3001",
            "body": [
                ["heading", {"text": "Keitä me olemme?", "anchor": ""}],
                [
                    "text",
                    "<p>Kokemusasiantuntija on ihminen, joka on elänyt läpi vaikean elämänvaiheen – esimerkiksi syrjinnän, ulkopuolisuuden, riippuvuuden tai masennuksen –, päässyt siitä yli ja käyttää nyt kokemustaan muiden auttamiseen. Ajatus on peräisin kansainvälisestä ”lived experience experts” -lähestymistavasta, jossa samankaltaisen polun kulkeneet ihmiset sekä tukevat toisiaan että puolustavat ryhmänsä etuja yhteiskunnassa.</p><p>Nuoremme tapaavat useita kertoja kuukaudessa. Kerromme tarinoitamme, keskustelemme siitä, missä nuoret useimmiten kohtaavat suvaitsemattomuutta, ja mietimme yhdessä, miten tällaisissa tilanteissa voi auttaa. Jokainen osallistuja voi saada myös henkilökohtaista tukea mielenterveytensä vahvistamiseen ja kokemuksensa rauhalliseen pohtimiseen.</p>",
                ],
                ["heading", {"text": "Visio", "anchor": ""}],
                [
                    "text",
                    "<p>Näemme yhteiskunnan, jossa nuorta ei arvioida hänen menneisyytensä perusteella, jossa suvaitsevaisuudelle on tilaa ja jossa avun pyytäminen ja antaminen on luontevaa.</p>",
                ],
                ["heading", {"text": "Missio", "anchor": ""}],
                [
                    "text",
                    "<p>Valmennamme ja tuemme nuoria, jotta he voivat jakaa kokemustaan turvallisesti ja vastuullisesti, rohkaista ikätovereitaan, joilla on juuri nyt vaikeaa, ja auttaa aikuisia ymmärtämään paremmin, mitä nuoret todella tarvitsevat.</p>",
                ],
                [
                    "image",
                    {
                        "image": "@hero",
                        "alt_text": "Abstrakti kuva: pehmeitä, pyöreitä vaaleanliloja muotoja, jotka menevät osittain päällekkäin",
                        "decorative": False,
                        "caption": "Jokaisella on oma polkunsa, mutta tavoite on meille yhteinen.",
                        "credit": "Kuvitus: Atspēriens",
                    },
                ],
                [
                    "goals",
                    [
                        {
                            "title": "Riippuvuus",
                            "text": "Autamme vähentämään riippuvuuden vaikutusta ja löytämään tien elämään ilman sitä.",
                            "icon": "shield",
                        },
                        {
                            "title": "Ihmissuhteet",
                            "text": "Tuemme niitä, jotka haluavat päästä irti väkivaltaisesta suhteesta, ja autamme ymmärtämään, miten tällaiset suhteet syntyvät.",
                            "icon": "people",
                        },
                        {
                            "title": "Masennus",
                            "text": "Opettelemme tunnistamaan masennuksen merkit itsessämme ja muissa ja etsimme yhdessä tietä ulos.",
                            "icon": "sun",
                        },
                        {
                            "title": "Itsevarmuus",
                            "text": "Autamme sinua katsomaan itseäsi lempeämmin ja löytämään vahvuutesi, jotta viha ja suru eivät ohjaisi arkeasi.",
                            "icon": "star",
                        },
                        {
                            "title": "Elinvoima",
                            "text": "Autamme löytämään sisäisiä ja ulkoisia voimavaroja, jotka antavat voimia omien ongelmien ratkaisemiseen.",
                            "icon": "spark",
                        },
                        {
                            "title": "Suunta",
                            "text": "Autamme sinua tutustumaan itseesi, ymmärtämään, mitä haluat, ja toteuttamaan tavoitteesi askel kerrallaan.",
                            "icon": "compass",
                        },
                    ],
                ],
                [
                    "values",
                    [
                        {"name": "Avoimuus", "description": "Puhumme avoimesti ja kuuntelemme tuomitsematta."},
                        {
                            "name": "Rehellisyys",
                            "description": "Kerromme polustamme totuudenmukaisesti – myös virheistä ja takapakeista.",
                        },
                        {
                            "name": "Hyväksyntä",
                            "description": "Hyväksymme itsemme ja toiset sellaisina kuin olemme, koko menneisyytemme kanssa.",
                        },
                        {
                            "name": "Halu auttaa",
                            "description": "Kokemuksemme saa merkityksen, kun se auttaa jotakuta toista ottamaan seuraavan askeleen.",
                        },
                        {
                            "name": "Muutos",
                            "description": "Uskomme, että kuka tahansa voi muuttua ja että toipuminen on mahdollista.",
                        },
                    ],
                ],
                [
                    "quote",
                    {
                        "text": "Kokemusasiantuntija ei ole ihminen, jolle kaikki on onnistunut. Hän on ihminen, joka on kaatunut, noussut ylös ja tietää nyt, miten ojentaa kätensä toiselle.",
                        "who": "Elīza",
                        "role": "17-vuotias",
                    },
                ],
                [
                    "quote",
                    {
                        "text": "Ennen ajattelin, että minun täytyy salata tarinani. Nyt näen, että juuri se auttaa minua ymmärtämään nuorempia osallistujia.",
                        "who": "Roberts",
                        "role": "21-vuotias",
                    },
                ],
                [
                    "call_to_action",
                    {
                        "title": "Liity liikkeeseen",
                        "text": "Jos olet 13–25-vuotias ja haluat puhua, kuunnella tai jakaa kokemustasi, kirjoita meille. Vastaamme ja kutsumme sinut tutustumistapaamiseen.",
                        "link_text": "Kirjoita meille",
                        "page": None,
                        "url": "mailto:info@atsperiens.example",
                    },
                ],
            ],
            "partners": [["partner", {"name": "Biedrība „Stiprie pleci”", "url": ""}]],
            "price_list": [],
            "cancellation_terms": "",
        },
        "nb": {
            "title": "Ungdomsbevegelsen Atspēriens",
            "slug": "ungdomsbevegelsen-atsperiens",
            "intro": "Atspēriens er en bevegelse av erfaringseksperter for unge mellom 13 og 25 år. Vi er unge som selv har kommet oss gjennom vanskelige perioder, og som nå bruker historiene våre til å støtte andre som står i noe lignende.",
            "address": "Kastaņu iela 21, 2. stāvs\nJelgava, LV-3001",
            "body": [
                ["heading", {"text": "Hvem er vi?", "anchor": ""}],
                [
                    "text",
                    "<p>En erfaringsekspert er en person som har gått gjennom en tung livsfase – for eksempel utenforskap, diskriminering, avhengighet eller depresjon –, har kommet seg gjennom den og nå bruker erfaringen sin til å hjelpe andre. Ideen kommer fra den internasjonale tilnærmingen «lived experience experts», der mennesker som har gått en lignende vei, både støtter hverandre og taler gruppens sak i samfunnet.</p><p>Ungdommene våre møtes flere ganger i måneden. Vi deler historiene våre, snakker om hvor unge oftest møter intoleranse, og tenker sammen ut hvordan man kan hjelpe i slike situasjoner. Alle deltakerne kan også få individuell støtte for å ta vare på sin psykiske helse og reflektere over erfaringene sine i ro og fred.</p>",
                ],
                ["heading", {"text": "Visjon", "anchor": ""}],
                [
                    "text",
                    "<p>Vi ser for oss et samfunn der unge ikke blir vurdert ut fra fortiden sin, der det er rom for toleranse, og der det er naturlig både å be om og å gi hjelp.</p>",
                ],
                ["heading", {"text": "Oppdrag", "anchor": ""}],
                [
                    "text",
                    "<p>Vi lærer opp og støtter unge slik at de kan dele erfaringene sine trygt og ansvarlig, oppmuntre jevnaldrende som har det vanskelig akkurat nå, og hjelpe voksne til å forstå bedre hva unge faktisk trenger.</p>",
                ],
                [
                    "image",
                    {
                        "image": "@hero",
                        "alt_text": "Abstrakt bilde: myke, runde former i lys lilla som delvis overlapper hverandre",
                        "decorative": False,
                        "caption": "Alle har sin egen vei, men målet er felles.",
                        "credit": "Illustrasjon: Atspēriens",
                    },
                ],
                [
                    "goals",
                    [
                        {
                            "title": "Avhengighet",
                            "text": "Vi hjelper deg å redusere virkningene av avhengighet og finne veien til et liv uten den.",
                            "icon": "shield",
                        },
                        {
                            "title": "Relasjoner",
                            "text": "Vi støtter dem som vil komme seg ut av voldelige forhold, og hjelper dem å forstå hvordan slike forhold oppstår.",
                            "icon": "people",
                        },
                        {
                            "title": "Depresjon",
                            "text": "Vi lærer å kjenne igjen tegn på depresjon hos oss selv og andre, og leter sammen etter en vei ut.",
                            "icon": "sun",
                        },
                        {
                            "title": "Selvtillit",
                            "text": "Vi hjelper deg å se deg selv med mildere øyne og finne styrkene dine, slik at sinne og tristhet ikke styrer hverdagen.",
                            "icon": "star",
                        },
                        {
                            "title": "Livskraft",
                            "text": "Vi hjelper deg å finne indre og ytre ressurser som gir krefter til å løse problemene dine.",
                            "icon": "spark",
                        },
                        {
                            "title": "Retning",
                            "text": "Vi hjelper deg å bli kjent med deg selv, forstå hva du vil, og nå målene dine steg for steg.",
                            "icon": "compass",
                        },
                    ],
                ],
                [
                    "values",
                    [
                        {"name": "Åpenhet", "description": "Vi snakker åpent og lytter uten å dømme."},
                        {
                            "name": "Ærlighet",
                            "description": "Vi forteller sannheten om veien vår – også om feil og tilbakefall.",
                        },
                        {
                            "name": "Aksept",
                            "description": "Vi tar imot oss selv og andre slik vi er, med hele fortiden vår.",
                        },
                        {
                            "name": "Ønsket om å hjelpe",
                            "description": "Erfaringen vår får mening når den hjelper noen andre å ta neste steg.",
                        },
                        {
                            "name": "Endring",
                            "description": "Vi tror at alle kan endre seg, og at bedring er mulig.",
                        },
                    ],
                ],
                [
                    "quote",
                    {
                        "text": "En erfaringsekspert er ikke en som har lyktes med alt. Det er en som har falt, reist seg igjen og nå vet hvordan man rekker ut en hånd til andre.",
                        "who": "Elīza",
                        "role": "17 år",
                    },
                ],
                [
                    "quote",
                    {
                        "text": "Før trodde jeg at jeg måtte skjule historien min. Nå ser jeg at det er nettopp den som hjelper meg å forstå de yngre deltakerne.",
                        "who": "Roberts",
                        "role": "21 år",
                    },
                ],
                [
                    "call_to_action",
                    {
                        "title": "Bli med i bevegelsen",
                        "text": "Er du mellom 13 og 25 år og har lyst til å snakke, lytte eller dele erfaringene dine, så skriv til oss. Vi svarer og inviterer deg til et bli-kjent-møte.",
                        "link_text": "Skriv til oss",
                        "page": None,
                        "url": "mailto:info@atsperiens.example",
                    },
                ],
            ],
            "partners": [["partner", {"name": "Biedrība „Stiprie pleci”", "url": ""}]],
            "price_list": [],
            "cancellation_terms": "",
        },
    },
    "programmes": [
        {
            "key": "lv-peer-mentoring",
            "start_date": "2026-01-15",
            "end_date": "2027-08-31",
            "events": [
                {"start_date": "2026-04-18", "end_date": None, "online": False},
                {"start_date": "2026-07-20", "end_date": "2026-07-24", "online": False},
                {"start_date": "2026-12-10", "end_date": None, "online": True},
                {"start_date": "2027-03-20", "end_date": None, "online": False},
            ],
            "content": {
                "lv": {
                    "title": "Vienaudžu mentorings un vasaras skola",
                    "slug": "vienaudzu-mentorings",
                    "summary": "Projektā kustības pieredzējušākie dalībnieki kļūst par mentoriem jaunākiem jauniešiem. Gada laikā mentoru pāri regulāri tiekas, bet vasarā visi kopā piedalās piecu dienu vasaras skolā.",
                    "body": [
                        ["heading", {"text": "Kā notiek mentorings?", "anchor": ""}],
                        [
                            "text",
                            "<p>Katram jaunietim, kurš pievienojas projektam, piedāvājam mentoru – nedaudz vecāku kustības dalībnieku, kurš pats ir pārvarējis līdzīgas grūtības. Pāris tiekas vismaz divas reizes mēnesī, un mentori reizi mēnesī saņem supervīziju no mūsu komandas speciālista.</p><ul><li>Mentori ir vismaz 18 gadus veci un ir izgājuši sagatavošanas darbnīcu.</li><li>Tikšanās notiek drošā vidē – mūsu telpās vai sabiedriskās vietās.</li><li>Jauniešiem dalība ir bez maksas.</li></ul>",
                        ],
                        [
                            "quote",
                            {
                                "text": "Mans mentors nekad neteica, kas man jādara. Viņš vienkārši bija blakus, kad man to vajadzēja.",
                                "who": "Kārlis",
                                "role": "15 gadi",
                            },
                        ],
                        [
                            "call_to_action",
                            {
                                "title": "Vairāk par kustību",
                                "text": "Uzzini, kas ir „Atspēriens” un kā tam pievienoties.",
                                "link_text": "Uz kustības lapu",
                                "page": "@page:lv-youth-movement",
                                "url": "",
                            },
                        ],
                    ],
                    "partners": [["partner", {"name": "Biedrība „Stiprie pleci”", "url": ""}]],
                    "evaluation": "<p>Pēc vasaras skolas anketu aizpildīja 24 no 27 dalībniekiem. 20 no viņiem norādīja, ka tagad jūtas drošāk, runājot par savām grūtībām, un 17 – ka pēc skolas ir izvirzījuši vismaz vienu konkrētu mērķi nākamajam pusgadam.</p><p>Kā lielāko izaicinājumu mentori minēja laika plānošanu līdzās mācībām, tāpēc ziemā tikties var arī tiešsaistē.</p>",
                    "events": [
                        {
                            "title": "Mentoru sagatavošanas darbnīca",
                            "place": "Jelgava, „Atspēriena” telpas",
                            "audience": "Topošie mentori (18–25 gadi)",
                            "description": "Praktiskas mācības par klausīšanos, robežām un to, kā droši dalīties ar savu stāstu.",
                        },
                        {
                            "title": "Vasaras skola „Mans stāsts, mans spēks”",
                            "place": "Tukuma novads, viesu nams „Upmalas”",
                            "audience": "Mentori un mentorējamie (13–25 gadi)",
                            "description": "Piecas dienas ar darbnīcām, pārgājieniem un vakara sarunām pie ugunskura par to, kas palīdz tikt pāri grūtiem brīžiem.",
                        },
                        {
                            "title": "Ziemas tiešsaistes saruna ar vecākiem",
                            "place": "Tiešsaistē (Zoom)",
                            "audience": "Dalībnieku vecāki un citi tuvinieki",
                            "description": "Jaunieši stāsta, kāds pieaugušo atbalsts viņiem ir palīdzējis visvairāk, un atbild uz jautājumiem.",
                        },
                        {
                            "title": "Jauno mentoru pāru tikšanās",
                            "place": "Jelgava, „Atspēriena” telpas",
                            "audience": "Jaunie mentori un mentorējamie",
                            "description": "Jaunie pāri iepazīstas, kopā izvirza mērķus pavasarim un vienojas, cik bieži tiksies.",
                        },
                    ],
                },
                "et": {
                    "title": "Eakaaslaste mentorlus ja suvekool",
                    "slug": "eakaaslaste-mentorlus",
                    "summary": "Projektis saavad liikumise kogenumad liikmed nooremate mentoriteks. Aasta jooksul kohtuvad mentoripaarid regulaarselt ja suvel osalevad kõik koos viiepäevases suvekoolis.",
                    "body": [
                        ["heading", {"text": "Kuidas mentorlus käib?", "anchor": ""}],
                        [
                            "text",
                            "<p>Igale projektiga liituvale noorele pakume mentorit – veidi vanemat liikumise liiget, kes on ise sarnastest raskustest üle saanud. Paar kohtub vähemalt kaks korda kuus ja mentorid saavad kord kuus supervisiooni meie meeskonna spetsialistilt.</p><ul><li>Mentorid on vähemalt 18-aastased ja on läbinud ettevalmistava töötoa.</li><li>Kohtumised toimuvad turvalises keskkonnas – meie ruumides või avalikes kohtades.</li><li>Noortele on osalemine tasuta.</li></ul>",
                        ],
                        [
                            "quote",
                            {
                                "text": "Minu mentor ei öelnud kunagi, mida ma tegema pean. Ta oli lihtsalt olemas, kui mul teda vaja oli.",
                                "who": "Kārlis",
                                "role": "15-aastane",
                            },
                        ],
                        [
                            "call_to_action",
                            {
                                "title": "Lähemalt liikumisest",
                                "text": "Loe, mis on Atspēriens ja kuidas sellega liituda.",
                                "link_text": "Liikumise lehele",
                                "page": "@page:lv-youth-movement",
                                "url": "",
                            },
                        ],
                    ],
                    "partners": [["partner", {"name": "Biedrība „Stiprie pleci”", "url": ""}]],
                    "evaluation": "<p>Pärast suvekooli täitis küsimustiku 24 osalejat 27-st. Neist 20 ütles, et tunneb end nüüd oma raskustest rääkides kindlamalt, ja 17, et on pärast suvekooli seadnud vähemalt ühe konkreetse eesmärgi järgmiseks poolaastaks.</p><p>Suurimaks väljakutseks pidasid mentorid aja planeerimist õpingute kõrvalt, seepärast saab talvel kohtuda ka veebis.</p>",
                    "events": [
                        {
                            "title": "Mentorite ettevalmistuse töötuba",
                            "place": "Jelgava, Atspēriensi ruumid",
                            "audience": "Tulevased mentorid (18–25-aastased)",
                            "description": "Praktiline õpe kuulamisest, piiridest ja sellest, kuidas oma lugu turvaliselt jagada.",
                        },
                        {
                            "title": "Suvekool „Minu lugu, minu jõud”",
                            "place": "Tukumsi piirkond, külalistemaja Upmalas",
                            "audience": "Mentorid ja mentiid (13–25-aastased)",
                            "description": "Viis päeva töötubade, matkade ja lõkkeõhtutega, kus räägime sellest, mis aitab rasketest hetkedest üle saada.",
                        },
                        {
                            "title": "Talvine veebivestlus lapsevanematega",
                            "place": "Veebis (Zoom)",
                            "audience": "Osalejate vanemad ja teised lähedased",
                            "description": "Noored räägivad, milline täiskasvanute tugi on neid kõige rohkem aidanud, ja vastavad küsimustele.",
                        },
                        {
                            "title": "Uute mentoripaaride kohtumine",
                            "place": "Jelgava, Atspēriensi ruumid",
                            "audience": "Uued mentorid ja mentiid",
                            "description": "Uued paarid tutvuvad, seavad koos kevadeks eesmärgid ja lepivad kokku, kui tihti nad kohtuvad.",
                        },
                    ],
                },
                "fi": {
                    "title": "Vertaismentorointi ja kesäkoulu",
                    "slug": "vertaismentorointi",
                    "summary": "Projektissa liikkeen kokeneemmat jäsenet ryhtyvät nuorempien mentoreiksi. Vuoden aikana mentoriparit tapaavat säännöllisesti, ja kesällä kaikki osallistuvat yhdessä viisipäiväiseen kesäkouluun.",
                    "body": [
                        ["heading", {"text": "Miten mentorointi toimii?", "anchor": ""}],
                        [
                            "text",
                            "<p>Jokaiselle projektiin liittyvälle nuorelle tarjoamme mentorin – hieman vanhemman liikkeen jäsenen, joka on itse selvinnyt samankaltaisista vaikeuksista. Pari tapaa vähintään kahdesti kuukaudessa, ja mentorit saavat kerran kuukaudessa työnohjausta tiimimme ammattilaiselta.</p><ul><li>Mentorit ovat vähintään 18-vuotiaita ja ovat käyneet valmentavan työpajan.</li><li>Tapaamiset järjestetään turvallisessa ympäristössä – tiloissamme tai julkisilla paikoilla.</li><li>Osallistuminen on nuorille maksutonta.</li></ul>",
                        ],
                        [
                            "quote",
                            {
                                "text": "Mentorini ei koskaan sanonut, mitä minun pitää tehdä. Hän oli vain läsnä, kun tarvitsin häntä.",
                                "who": "Kārlis",
                                "role": "15-vuotias",
                            },
                        ],
                        [
                            "call_to_action",
                            {
                                "title": "Lisää liikkeestä",
                                "text": "Lue, mikä Atspēriens on ja miten siihen voi liittyä.",
                                "link_text": "Liikkeen sivulle",
                                "page": "@page:lv-youth-movement",
                                "url": "",
                            },
                        ],
                    ],
                    "partners": [["partner", {"name": "Biedrība „Stiprie pleci”", "url": ""}]],
                    "evaluation": "<p>Kesäkoulun jälkeen kyselyyn vastasi 24 osallistujaa 27:stä. Heistä 20 kertoi puhuvansa vaikeuksistaan nyt varmemmin, ja 17 oli kesäkoulun jälkeen asettanut vähintään yhden konkreettisen tavoitteen seuraavalle puolelle vuodelle.</p><p>Mentorit pitivät suurimpana haasteena ajankäytön suunnittelua opiskelun ohessa, joten talvella tapaamiset voivat olla myös verkossa.</p>",
                    "events": [
                        {
                            "title": "Mentoreiden valmennustyöpaja",
                            "place": "Jelgava, Atspēriensin tilat",
                            "audience": "Tulevat mentorit (18–25-vuotiaat)",
                            "description": "Käytännön harjoituksia kuuntelemisesta, rajoista ja siitä, miten oman tarinan voi jakaa turvallisesti.",
                        },
                        {
                            "title": "Kesäkoulu ”Minun tarinani, minun voimani”",
                            "place": "Tukumsin seutu, Upmalas-vierastalo",
                            "audience": "Mentorit ja mentoroitavat (13–25-vuotiaat)",
                            "description": "Viisi päivää työpajoja, retkiä ja nuotioiltoja, joissa puhumme siitä, mikä auttaa selviämään vaikeista hetkistä.",
                        },
                        {
                            "title": "Talven verkkokeskustelu vanhemmille",
                            "place": "Verkossa (Zoom)",
                            "audience": "Osallistujien vanhemmat ja muut läheiset",
                            "description": "Nuoret kertovat, millainen aikuisten tuki on auttanut heitä eniten, ja vastaavat kysymyksiin.",
                        },
                        {
                            "title": "Uusien mentoriparien tapaaminen",
                            "place": "Jelgava, Atspēriensin tilat",
                            "audience": "Uudet mentorit ja mentoroitavat",
                            "description": "Uudet parit tutustuvat, asettavat yhdessä tavoitteet keväälle ja sopivat, kuinka usein tapaavat.",
                        },
                    ],
                },
                "nb": {
                    "title": "Likepersonsmentoring og sommerskole",
                    "slug": "likepersonsmentoring",
                    "summary": "I prosjektet blir de mer erfarne medlemmene i bevegelsen mentorer for yngre ungdommer. Gjennom året møtes mentorparene jevnlig, og om sommeren deltar alle sammen på en sommerskole over fem dager.",
                    "body": [
                        ["heading", {"text": "Hvordan foregår mentoringen?", "anchor": ""}],
                        [
                            "text",
                            "<p>Alle unge som blir med i prosjektet, får tilbud om en mentor – et litt eldre medlem av bevegelsen som selv har kommet seg gjennom lignende vansker. Paret møtes minst to ganger i måneden, og mentorene får veiledning av en fagperson i teamet vårt én gang i måneden.</p><ul><li>Mentorene er minst 18 år og har gjennomført et forberedende verksted.</li><li>Møtene foregår i trygge omgivelser – i lokalene våre eller på offentlige steder.</li><li>Det er gratis for de unge å delta.</li></ul>",
                        ],
                        [
                            "quote",
                            {
                                "text": "Mentoren min sa aldri hva jeg skulle gjøre. Han var bare der når jeg trengte det.",
                                "who": "Kārlis",
                                "role": "15 år",
                            },
                        ],
                        [
                            "call_to_action",
                            {
                                "title": "Mer om bevegelsen",
                                "text": "Les om hva Atspēriens er, og hvordan du kan bli med.",
                                "link_text": "Til bevegelsens side",
                                "page": "@page:lv-youth-movement",
                                "url": "",
                            },
                        ],
                    ],
                    "partners": [["partner", {"name": "Biedrība „Stiprie pleci”", "url": ""}]],
                    "evaluation": "<p>Etter sommerskolen svarte 24 av 27 deltakere på et spørreskjema. 20 av dem sa at de nå føler seg tryggere når de snakker om det som er vanskelig, og 17 hadde etter sommerskolen satt seg minst ett konkret mål for det neste halvåret.</p><p>Mentorene nevnte det å få tiden til å strekke til ved siden av skolen som den største utfordringen, så om vinteren kan møtene også foregå på nett.</p>",
                    "events": [
                        {
                            "title": "Forberedende verksted for mentorer",
                            "place": "Jelgava, lokalene til Atspēriens",
                            "audience": "Kommende mentorer (18–25 år)",
                            "description": "Praktisk opplæring i å lytte, sette grenser og dele sin egen historie på en trygg måte.",
                        },
                        {
                            "title": "Sommerskolen «Min historie, min styrke»",
                            "place": "Tukums-området, gjestehuset Upmalas",
                            "audience": "Mentorer og adepter (13–25 år)",
                            "description": "Fem dager med verksteder, turer og bålkvelder der vi snakker om hva som hjelper oss gjennom vanskelige tider.",
                        },
                        {
                            "title": "Digital vintersamtale med foreldre",
                            "place": "På nett (Zoom)",
                            "audience": "Foreldre og andre nærstående til deltakerne",
                            "description": "De unge forteller hvilken støtte fra voksne som har hjulpet dem mest, og svarer på spørsmål.",
                        },
                        {
                            "title": "Møte for nye mentorpar",
                            "place": "Jelgava, lokalene til Atspēriens",
                            "audience": "Nye mentorer og adepter",
                            "description": "De nye parene blir kjent, setter seg mål for våren sammen og avtaler hvor ofte de skal møtes.",
                        },
                    ],
                },
            },
        },
    ],
}
