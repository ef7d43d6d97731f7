"""The shared vocabulary of the demo: expert roles of all four countries, themes of lived
experience and regions, in four languages. Data only: experts/demo.py reads it.
"""

ROLES = [
    {
        "key": "ee-kogemusnoustaja",
        "country": "EE",
        "source_language": "et",
        "training_hours": None,
        "sort_order": 1,
        "content": {
            "et": {
                "title": "Kogemusnõustaja",
                "organisation_type": (
                    "Vabaühendus, tugikeskus või sotsiaal- ja tervishoiuasutuse meeskond, mis pakub "
                    "kogemusnõustamist"
                ),
                "training": (
                    "Kogemusnõustaja väljaõpe ja isiklik, põhjalikult läbi töötatud taastumiskogemus; töö käib "
                    "meeskonnas või kovisioonigrupis"
                ),
                "does": (
                    "<p>Kogemusnõustaja toetab inimest, kes on praegu samas olukorras, kust ta ise on kunagi välja "
                    "tulnud. Oma taastumislugu kasutab ta teadlikult töövahendina ja kohtub abivajajaga kui võrdne "
                    "võrdsega.</p><ul><li>Kuulab ja vestleb, et koos selgitada välja, mis inimest praegu kõige "
                    "rohkem aitaks.</li><li>Jagab oma kogemust just nii palju, kui see teisele kasuks "
                    "tuleb.</li><li>Aitab koostada väikeste sammudega plaani ja leida tee ametiasutuste ning "
                    "teenusteni.</li><li>Arutab keerulisi olukordi oma meeskonnas või kovisioonigrupis.</li></ul>"
                ),
                "does_not": (
                    "<p>Kogemusnõustaja ei hinda terviseseisundit, ei määra ravi ega asenda arsti, psühholoogi või "
                    "sotsiaaltöötajat. Üksnes isiklik kogemus ilma väljaõppeta või üksnes nõustamiskoolitus ilma "
                    "läbi töötatud taastumiskogemuseta ei tee kellestki kogemusnõustajat.</p>"
                ),
            },
            "fi": {
                "title": "Kogemusnõustaja (Viro)",
                "organisation_type": (
                    "Virolainen järjestö, tukikeskus tai sosiaali- ja terveyspalvelujen työryhmä, joka tarjoaa "
                    "kokemukseen perustuvaa neuvontaa"
                ),
                "training": (
                    "Kogemusnõustaja-koulutus ja oma, perusteellisesti työstetty toipumiskokemus; työ tehdään "
                    "tiimissä tai kovisioryhmässä"
                ),
                "does": (
                    "<p>Kogemusnõustaja tukee ihmistä, joka on nyt samassa tilanteessa, josta hän itse on aikanaan "
                    "päässyt eteenpäin. Omaa toipumistarinaansa hän käyttää harkiten työvälineenä ja kohtaa "
                    "tuettavansa tasavertaisena.</p><ul><li>Kuuntelee ja keskustelee, jotta yhdessä selviää, mikä "
                    "ihmistä juuri nyt auttaisi eniten.</li><li>Kertoo omasta kokemuksestaan juuri sen verran kuin "
                    "siitä on toiselle hyötyä.</li><li>Auttaa laatimaan pienin askelin etenevän suunnitelman ja "
                    "löytämään tien virastoihin ja palvelujen piiriin.</li><li>Käy vaikeat tilanteet läpi oman "
                    "tiiminsä tai kovisioryhmänsä kanssa.</li></ul>"
                ),
                "does_not": (
                    "<p>Kogemusnõustaja ei arvioi terveydentilaa, ei määrää hoitoa eikä korvaa lääkäriä, psykologia "
                    "tai sosiaalityöntekijää. Pelkkä omakohtainen kokemus ilman koulutusta tai pelkkä "
                    "neuvontakoulutus ilman työstettyä toipumiskokemusta ei vielä riitä kogemusnõustajan "
                    "tehtävään.</p>"
                ),
            },
            "lv": {
                "title": "Kogemusnõustaja (Igaunija)",
                "organisation_type": (
                    "Nevalstiska organizācija, atbalsta centrs vai sociālo un veselības pakalpojumu komanda "
                    "Igaunijā, kas sniedz konsultācijas, balstoties uz pieredzi"
                ),
                "training": (
                    "Kogemusnõustaja apmācība un paša rūpīgi pārstrādāta atveseļošanās pieredze; darbs notiek "
                    "komandā vai kovīzijas grupā"
                ),
                "does": (
                    "<p>Kogemusnõustaja atbalsta cilvēku, kurš tagad ir tādā pašā situācijā, no kuras viņš pats "
                    "savulaik ir izkļuvis. Savu atveseļošanās stāstu viņš apzināti izmanto kā darba instrumentu un "
                    "tiekas ar cilvēku kā līdzīgs ar līdzīgu.</p><ul><li>Uzklausa un sarunājas, lai kopā "
                    "noskaidrotu, kas cilvēkam šobrīd palīdzētu visvairāk.</li><li>Dalās savā pieredzē tieši tik "
                    "daudz, cik tas otram nāk par labu.</li><li>Palīdz sastādīt plānu ar maziem soļiem un atrast "
                    "ceļu pie iestādēm un pakalpojumiem.</li><li>Sarežģītas situācijas pārrunā savā komandā vai "
                    "kovīzijas grupā.</li></ul>"
                ),
                "does_not": (
                    "<p>Kogemusnõustaja nevērtē veselības stāvokli, nenosaka ārstēšanu un neaizstāj ārstu, psihologu "
                    "vai sociālo darbinieku. Ar personīgo pieredzi vien bez apmācības vai ar konsultēšanas apmācību "
                    "vien bez rūpīgi pārstrādātas atveseļošanās pieredzes nepietiek, lai kļūtu par "
                    "kogemusnõustaja.</p>"
                ),
            },
            "nb": {
                "title": "Kogemusnõustaja (Estland)",
                "organisation_type": (
                    "Frivillig organisasjon, støttesenter eller fagmiljø i helse- og sosialtjenesten i Estland som "
                    "tilbyr erfaringsbasert rådgivning"
                ),
                "training": (
                    "Opplæring som kogemusnõustaja og en egen, grundig bearbeidet bedringserfaring; arbeidet skjer i "
                    "et arbeidslag eller en kovisjonsgruppe"
                ),
                "does": (
                    "<p>En kogemusnõustaja støtter et menneske som nå står i den samme situasjonen som hun eller han "
                    "selv en gang kom seg ut av. Egen bedringshistorie brukes bevisst som arbeidsverktøy, og de "
                    "møtes som likeverdige.</p><ul><li>Lytter og samtaler for sammen å finne ut hva som ville hjelpe "
                    "mest akkurat nå.</li><li>Deler av egen erfaring akkurat så mye som den andre har nytte "
                    "av.</li><li>Hjelper med å lage en plan med små steg og å finne fram til offentlige kontorer og "
                    "tjenester.</li><li>Drøfter vanskelige situasjoner i arbeidslaget eller kovisjonsgruppen "
                    "sin.</li></ul>"
                ),
                "does_not": (
                    "<p>En kogemusnõustaja vurderer ikke helsetilstanden, bestemmer ikke behandling og erstatter "
                    "verken lege, psykolog eller sosialarbeider. Egen erfaring uten opplæring, eller "
                    "rådgivningsopplæring uten en bearbeidet bedringserfaring, er ikke nok til å bli "
                    "kogemusnõustaja.</p>"
                ),
            },
        },
    },
    {
        "key": "fi-kokemusasiantuntija",
        "country": "FI",
        "source_language": "fi",
        "training_hours": 50,
        "sort_order": 1,
        "content": {
            "fi": {
                "title": "Kokemusasiantuntija",
                "organisation_type": (
                    "Mielenterveys-, päihde- tai potilasjärjestö, joka valmentaa kokemusasiantuntijoita ja välittää "
                    "heitä tehtäviin"
                ),
                "training": "Vähintään 50 tuntia taustaorganisaation valmennusta noin neljän kuukauden aikana",
                "does": (
                    "<p>Kokemusasiantuntijalla on omakohtainen kokemus sairaudesta, vammasta tai raskaasta "
                    "elämänvaiheesta, josta hän on toipunut tai jonka kanssa hän on oppinut elämään. Valmennuksessa "
                    "hän on jäsentänyt kokemuksensa ja osaa kertoa siitä niin, että kuulijat saavat työhönsä uutta "
                    "ymmärrystä.</p><ul><li>Luennoi ja kouluttaa ammattilaisia ja alan opiskelijoita.</li><li>Ohjaa "
                    "vertaistukiryhmiä ja toimii tukihenkilönä.</li><li>Työskentelee asiakastyössä työparina "
                    "ammattilaisen kanssa.</li><li>Osallistuu palvelujen kehittämiseen sekä paneeleihin ja "
                    "keskusteluihin päättäjien kanssa.</li></ul>"
                ),
                "does_not": (
                    "<p>Kokemusasiantuntija ei toimi hoitavana ammattilaisena eikä korvaa henkilöstöä. Hän päättää "
                    "itse, mitä tarinastaan kertoo, ja tehtävät sekä palkkio sovitaan aina etukäteen "
                    "taustaorganisaation kanssa.</p>"
                ),
            },
            "et": {
                "title": "Kokemusasiantuntija (Soome)",
                "organisation_type": (
                    "Vaimse tervise, sõltuvuse või patsientide organisatsioon Soomes, mis valmistab rolli täitjaid "
                    "ette ja vahendab neile ülesandeid"
                ),
                "training": "Vähemalt 50 tundi taustaorganisatsiooni ettevalmistust umbes nelja kuu jooksul",
                "does": (
                    "<p>Kokemusasiantuntijal on isiklik kogemus haiguse, puude või raske eluetapiga, millest ta on "
                    "taastunud või millega ta on õppinud elama. Ettevalmistuse käigus on ta oma kogemuse läbi "
                    "mõtestanud ja oskab sellest rääkida nii, et kuulajad saavad oma tööks uue "
                    "arusaama.</p><ul><li>Peab loenguid ja koolitusi spetsialistidele ja "
                    "erialaüliõpilastele.</li><li>Juhendab tugirühmi ja on tugiisik.</li><li>Töötab klienditöös "
                    "paarilisena koos spetsialistiga.</li><li>Osaleb teenuste arendamises ning paneelides ja "
                    "aruteludes otsustajatega.</li></ul>"
                ),
                "does_not": (
                    "<p>Kokemusasiantuntija ei tööta raviva spetsialistina ega asenda personali. Ta otsustab ise, "
                    "mida oma loost jagab, ning ülesanded ja tasu lepitakse alati eelnevalt kokku "
                    "taustaorganisatsiooniga.</p>"
                ),
            },
            "lv": {
                "title": "Kokemusasiantuntija (Somija)",
                "organisation_type": (
                    "Garīgās veselības, atkarību vai pacientu organizācija Somijā, kas sagatavo šīs lomas pārstāvjus "
                    "un piedāvā viņiem uzdevumus"
                ),
                "training": (
                    "Vismaz 50 stundu sagatavošanas programma aptuveni četru mēnešu laikā, ko rīko organizācija, "
                    "kurā viņš darbojas"
                ),
                "does": (
                    "<p>Kokemusasiantuntija ir pats pieredzējis slimību, invaliditāti vai smagu dzīves posmu un ir "
                    "atveseļojies vai iemācījies ar to dzīvot. Sagatavošanas laikā viņš ir savu pieredzi pārdomājis "
                    "un prot par to stāstīt tā, lai klausītāji gūtu jaunu izpratni savam darbam.</p><ul><li>Lasa "
                    "lekcijas un vada mācības speciālistiem un studentiem.</li><li>Vada atbalsta grupas un ir "
                    "atbalsta persona.</li><li>Darbā ar klientiem strādā pārī ar speciālistu.</li><li>Piedalās "
                    "pakalpojumu attīstīšanā, kā arī paneļdiskusijās un sarunās ar lēmumu pieņēmējiem.</li></ul>"
                ),
                "does_not": (
                    "<p>Kokemusasiantuntija nestrādā kā ārstējošais speciālists un neaizstāj darbiniekus. Viņš pats "
                    "izlemj, ko no sava stāsta atklāt, un uzdevumi un atlīdzība vienmēr tiek saskaņoti iepriekš ar "
                    "organizāciju, kurā viņš darbojas.</p>"
                ),
            },
            "nb": {
                "title": "Kokemusasiantuntija (Finland)",
                "organisation_type": (
                    "Organisasjon innen psykisk helse, rus eller pasientarbeid i Finland som gir opplæring i rollen "
                    "og formidler oppdrag"
                ),
                "training": "Minst 50 timer opplæring i regi av organisasjonen, fordelt over omtrent fire måneder",
                "does": (
                    "<p>En kokemusasiantuntija har selv levd med sykdom, funksjonsnedsettelse eller en krevende "
                    "livsfase og har kommet seg, eller lært å leve med det. I opplæringen har erfaringen blitt "
                    "bearbeidet, og hun eller han kan fortelle om den slik at tilhørerne får ny forståelse til bruk "
                    "i eget arbeid.</p><ul><li>Holder foredrag og underviser fagfolk og studenter.</li><li>Leder "
                    "likepersonsgrupper og er støtteperson.</li><li>Arbeider i par med en fagperson i "
                    "klientarbeidet.</li><li>Deltar i tjenesteutvikling og i paneler og samtaler med "
                    "beslutningstakere.</li></ul>"
                ),
                "does_not": (
                    "<p>En kokemusasiantuntija er ikke behandler og erstatter ikke ansatte. Hun eller han bestemmer "
                    "selv hva som deles av egen historie, og oppgaver og honorar avtales alltid på forhånd med "
                    "organisasjonen.</p>"
                ),
            },
        },
    },
    {
        "key": "fi-kokemustoimija",
        "country": "FI",
        "source_language": "fi",
        "training_hours": 45,
        "sort_order": 2,
        "content": {
            "fi": {
                "title": "Kokemustoimija",
                "organisation_type": "Kokemustoiminnan verkostoon kuuluva potilas-, vammais- tai omaisjärjestö",
                "training": "Taustajärjestön valmennus, laajuudeltaan vähintään 45 tuntia",
                "does": (
                    "<p>Kokemustoimija tuntee pitkäaikaisen sairauden, vamman tai muun vaikean elämäntilanteen joko "
                    "omasta elämästään tai läheisenä. Tämän tiedon hän tuo ammattilaisten ja tulevien ammattilaisten "
                    "käyttöön.</p><ul><li>Kertoo kokemuksestaan eri alojen ammattilaisille ja "
                    "opiskelijoille.</li><li>Pitää ensitietoluentoja vasta sairastuneille ja heidän "
                    "läheisilleen.</li><li>Osallistuu paneeleihin ja kehittämistyöpajoihin.</li><li>Antaa palautetta "
                    "palveluista ja tuo niiden suunnitteluun käyttäjän näkökulman.</li></ul>"
                ),
                "does_not": (
                    "<p>Kokemustoimija ei tee asiakastyötä ammattilaisen sijasta eikä anna hoitoon liittyviä "
                    "neuvoja. Hän kertoo omasta kokemuksestaan eikä puhu kenenkään toisen puolesta.</p>"
                ),
            },
            "et": {
                "title": "Kokemustoimija (Soome)",
                "organisation_type": (
                    "Soome kogemustegevuse võrgustikku kuuluv patsientide, puuetega inimeste või lähedaste "
                    "organisatsioon"
                ),
                "training": "Taustaorganisatsiooni ettevalmistus mahuga vähemalt 45 tundi",
                "does": (
                    "<p>Kokemustoimija tunneb kroonilist haigust, puuet või muud rasket eluolukorda kas oma elust "
                    "või lähedasena. Neid teadmisi vahendab ta spetsialistidele ja tulevastele "
                    "spetsialistidele.</p><ul><li>Räägib oma kogemusest eri valdkondade spetsialistidele ja "
                    "üliõpilastele.</li><li>Peab sissejuhatavaid loenguid äsja haigestunutele ja nende "
                    "lähedastele.</li><li>Osaleb paneelides ja arendustöötubades.</li><li>Annab teenuste kohta "
                    "tagasisidet ja toob nende kavandamisse kasutaja vaatenurga.</li></ul>"
                ),
                "does_not": (
                    "<p>Kokemustoimija ei tee klienditööd spetsialisti asemel ega anna raviga seotud nõu. Ta räägib "
                    "oma kogemusest ega esine kellegi teise nimel.</p>"
                ),
            },
            "lv": {
                "title": "Kokemustoimija (Somija)",
                "organisation_type": (
                    "Pacientu, cilvēku ar invaliditāti vai tuvinieku organizācija, kas ir Somijas pieredzes darbības "
                    "tīkla dalībniece"
                ),
                "training": "Organizācijas rīkota sagatavošanas programma vismaz 45 stundu apjomā",
                "does": (
                    "<p>Kokemustoimija pazīst ilgstošu slimību, invaliditāti vai citu grūtu dzīves situāciju no "
                    "savas dzīves vai kā tuvinieks. Šīs zināšanas viņš nodod speciālistiem un topošajiem "
                    "speciālistiem.</p><ul><li>Stāsta par savu pieredzi dažādu jomu speciālistiem un "
                    "studentiem.</li><li>Vada ievadlekcijas tikko saslimušajiem un viņu "
                    "tuviniekiem.</li><li>Piedalās paneļdiskusijās un attīstības darbnīcās.</li><li>Sniedz "
                    "atsauksmes par pakalpojumiem un ienes to plānošanā lietotāja skatpunktu.</li></ul>"
                ),
                "does_not": (
                    "<p>Kokemustoimija neveic darbu ar klientiem speciālista vietā un nedod ar ārstēšanu saistītus "
                    "padomus. Viņš stāsta par savu pieredzi un nerunā kāda cita vārdā.</p>"
                ),
            },
            "nb": {
                "title": "Kokemustoimija (Finland)",
                "organisation_type": (
                    "Pasient-, funksjonshemmede- eller pårørendeorganisasjon i Finland som er med i nettverket for "
                    "erfaringsarbeid"
                ),
                "training": "Opplæring i regi av organisasjonen på minst 45 timer",
                "does": (
                    "<p>En kokemustoimija kjenner langvarig sykdom, funksjonsnedsettelse eller en annen vanskelig "
                    "livssituasjon fra eget liv eller som pårørende. Denne kunnskapen gjør hun eller han "
                    "tilgjengelig for fagfolk og kommende fagfolk.</p><ul><li>Forteller om egen erfaring til fagfolk "
                    "og studenter fra ulike fagfelt.</li><li>Holder innføringsforelesninger for dem som nettopp har "
                    "blitt syke, og for deres pårørende.</li><li>Deltar i paneler og "
                    "utviklingsverksteder.</li><li>Gir tilbakemeldinger på tjenester og bringer brukerens perspektiv "
                    "inn i planleggingen.</li></ul>"
                ),
                "does_not": (
                    "<p>En kokemustoimija gjør ikke klientarbeid i stedet for fagpersoner og gir ikke råd om "
                    "behandling. Hun eller han forteller om egen erfaring og uttaler seg ikke på vegne av andre.</p>"
                ),
            },
        },
    },
    {
        "key": "fi-kehittajaasiakas",
        "country": "FI",
        "source_language": "fi",
        "training_hours": None,
        "sort_order": 3,
        "content": {
            "fi": {
                "title": "Kehittäjäasiakas",
                "organisation_type": (
                    "Sosiaali- ja terveyspalvelujen järjestäjä tai tuottaja, joka ottaa asiakkaansa mukaan "
                    "palvelujen kehittämiseen"
                ),
                "training": (
                    "Koulutusta tai valmennusta ei edellytetä; riittää tuore oma kokemus palvelujen käyttäjänä"
                ),
                "does": (
                    "<p>Kehittäjäasiakas on palvelujen käyttäjä, jonka kokemus on tuore, ja hän voi olla yhä "
                    "asiakkaana. Hän kertoo, miltä palvelu näyttää käyttäjän silmin juuri nyt, ja auttaa näin "
                    "tekemään siitä paremman.</p><ul><li>Osallistuu haastatteluihin, joiden avulla palveluja "
                    "kehitetään.</li><li>Toimii asiakasraadeissa.</li><li>Osallistuu kehittämistyöpajoihin yhdessä "
                    "työntekijöiden kanssa.</li><li>On mukana paneelikeskusteluissa, joissa pohditaan palvelujen "
                    "tulevaisuutta.</li></ul>"
                ),
                "does_not": (
                    "<p>Kehittäjäasiakas ei koskaan osallistu asiakastyöhön, ei ryhmissä eikä kahden kesken. Hän ei "
                    "myöskään anna vertaistukea, toimi työparina eikä kouluta muita.</p>"
                ),
            },
            "et": {
                "title": "Kehittäjäasiakas (Soome)",
                "organisation_type": (
                    "Sotsiaal- ja tervishoiuteenuste korraldaja või osutaja Soomes, kes kaasab oma kliente teenuste "
                    "arendamisse"
                ),
                "training": (
                    "Koolitust ega ettevalmistust ei nõuta; piisab värskest isiklikust kogemusest teenuse kasutajana"
                ),
                "does": (
                    "<p>Kehittäjäasiakas on teenuse kasutaja, kelle kogemus on värske, ja ta võib olla praegugi "
                    "klient. Ta kirjeldab, milline teenus kasutaja silmis just praegu paistab, ning aitab nii seda "
                    "paremaks muuta.</p><ul><li>Osaleb intervjuudes, mille abil teenuseid "
                    "arendatakse.</li><li>Kuulub kliendinõukogudesse.</li><li>Osaleb koos töötajatega "
                    "arendustöötubades.</li><li>Võtab osa paneelaruteludest, kus mõeldakse teenuste tuleviku "
                    "üle.</li></ul>"
                ),
                "does_not": (
                    "<p>Kehittäjäasiakas ei osale kunagi klienditöös, ei rühmas ega individuaalselt. Ta ei paku ka "
                    "kogemustuge, ei tööta paarilisena ega koolita teisi.</p>"
                ),
            },
            "lv": {
                "title": "Kehittäjäasiakas (Somija)",
                "organisation_type": (
                    "Sociālo un veselības pakalpojumu organizētājs vai sniedzējs Somijā, kas iesaista savus klientus "
                    "pakalpojumu attīstīšanā"
                ),
                "training": (
                    "Apmācība vai sagatavošana nav nepieciešama; pietiek ar nesenu paša pieredzi pakalpojumu "
                    "lietošanā"
                ),
                "does": (
                    "<p>Kehittäjäasiakas ir pakalpojumu lietotājs ar nesenu pieredzi, un viņš var joprojām būt "
                    "klients. Viņš pastāsta, kā pakalpojums šobrīd izskatās lietotāja acīm, un tā palīdz to "
                    "uzlabot.</p><ul><li>Piedalās intervijās, kas palīdz attīstīt pakalpojumus.</li><li>Darbojas "
                    "klientu padomēs.</li><li>Kopā ar darbiniekiem piedalās attīstības darbnīcās.</li><li>Piedalās "
                    "paneļdiskusijās par pakalpojumu nākotni.</li></ul>"
                ),
                "does_not": (
                    "<p>Kehittäjäasiakas nekad nepiedalās darbā ar klientiem – ne grupās, ne individuāli. Viņš arī "
                    "nesniedz atbalstu cilvēkiem līdzīgā situācijā, nestrādā pārī ar speciālistu un nevada mācības "
                    "citiem.</p>"
                ),
            },
            "nb": {
                "title": "Kehittäjäasiakas (Finland)",
                "organisation_type": (
                    "Offentlig eller privat helse- og sosialtjeneste i Finland som trekker brukerne med i "
                    "utviklingsarbeidet"
                ),
                "training": "Ingen opplæring kreves; det holder med fersk egen erfaring som tjenestebruker",
                "does": (
                    "<p>En kehittäjäasiakas er en tjenestebruker med fersk erfaring og kan fortsatt motta tjenester. "
                    "Hun eller han forteller hvordan tjenesten ser ut med brukerens øyne akkurat nå, og bidrar slik "
                    "til å gjøre den bedre.</p><ul><li>Deltar i intervjuer som brukes til å utvikle "
                    "tjenestene.</li><li>Er med i brukerråd.</li><li>Deltar i utviklingsverksteder sammen med de "
                    "ansatte.</li><li>Er med i panelsamtaler om tjenestenes framtid.</li></ul>"
                ),
                "does_not": (
                    "<p>En kehittäjäasiakas deltar aldri i arbeid med klienter, verken i gruppe eller individuelt. "
                    "Hun eller han gir heller ikke likepersonsstøtte, arbeider ikke i par med fagpersoner og "
                    "underviser ikke andre.</p>"
                ),
            },
        },
    },
    {
        "key": "fi-kokemuskumppani",
        "country": "FI",
        "source_language": "fi",
        "training_hours": None,
        "sort_order": 4,
        "content": {
            "fi": {
                "title": "Kokemuskumppani",
                "organisation_type": "Perhekuntoutuskeskus tai lastensuojelun kanssa yhteistyötä tekevä järjestö",
                "training": (
                    "Perhekuntoutusta tarjoavan organisaation järjestämä kokemuskumppanikoulutus; työn tukena "
                    "säännöllinen työnohjaus"
                ),
                "does": (
                    "<p>Kokemuskumppani on äiti tai isä, jolla on omakohtainen kokemus lastensuojelun asiakkuudesta. "
                    "Koulutuksen jälkeen hän tukee vanhempia, jotka ovat nyt samassa tilanteessa, ja auttaa "
                    "ammattilaisia näkemään työnsä perheen silmin.</p><ul><li>Tapaa vanhempia perhekuntoutuksessa "
                    "heti alusta lähtien ja kulkee heidän rinnallaan.</li><li>Kertoo omasta kokemuksestaan "
                    "lastensuojelun ammattilaisten koulutuksissa.</li><li>Toimii työparina perhetyöntekijän tai "
                    "terapeutin kanssa.</li><li>Osallistuu lastensuojelun kehittämis- ja "
                    "vaikuttamistyöhön.</li></ul>"
                ),
                "does_not": (
                    "<p>Kokemuskumppani ei tee lastensuojelun päätöksiä eikä arvioi perheen tilannetta viranomaisen "
                    "puolesta. Hän ei ole perheen asianajaja vaan vertainen, joka täydentää ammattilaisten "
                    "työtä.</p>"
                ),
            },
            "et": {
                "title": "Kokemuskumppani (Soome)",
                "organisation_type": (
                    "Pererehabilitatsiooni keskus või lastekaitsega koostööd tegev organisatsioon Soomes"
                ),
                "training": (
                    "Pererehabilitatsiooni pakkuva organisatsiooni korraldatud koolitus; tööd toetab korrapärane "
                    "supervisioon"
                ),
                "does": (
                    "<p>Kokemuskumppani on ema või isa, kellel on isiklik kogemus lastekaitse kliendiks olemisest. "
                    "Pärast koolitust toetab ta vanemaid, kes on praegu samas olukorras, ning aitab spetsialistidel "
                    "näha oma tööd pere pilgu läbi.</p><ul><li>Kohtub pererehabilitatsioonis vanematega kohe "
                    "algusest peale ja on neile toeks kogu tee.</li><li>Räägib oma kogemusest lastekaitse "
                    "spetsialistide koolitustel.</li><li>Töötab paarilisena koos peretöötaja või "
                    "terapeudiga.</li><li>Osaleb lastekaitse arendus- ja huvikaitsetöös.</li></ul>"
                ),
                "does_not": (
                    "<p>Kokemuskumppani ei tee lastekaitseotsuseid ega hinda pere olukorda ametiasutuse eest. Ta ei "
                    "ole pere advokaat, vaid sarnase kogemusega kaaslane, kes täiendab spetsialistide tööd.</p>"
                ),
            },
            "lv": {
                "title": "Kokemuskumppani (Somija)",
                "organisation_type": (
                    "Ģimeņu rehabilitācijas centrs vai organizācija Somijā, kas sadarbojas ar bērnu aizsardzības "
                    "dienestiem"
                ),
                "training": (
                    "Apmācība, ko rīko ģimeņu rehabilitācijas organizācija; darbu atbalsta regulāra supervīzija"
                ),
                "does": (
                    "<p>Kokemuskumppani ir māte vai tēvs ar personīgu pieredzi bērnu aizsardzības sistēmā. Pēc "
                    "apmācības viņš atbalsta vecākus, kuri tagad ir tādā pašā situācijā, un palīdz speciālistiem "
                    "ieraudzīt savu darbu ģimenes acīm.</p><ul><li>Tiekas ar vecākiem ģimeņu rehabilitācijā jau no "
                    "paša sākuma un ir viņiem līdzās visu ceļu.</li><li>Stāsta par savu pieredzi bērnu aizsardzības "
                    "speciālistu mācībās.</li><li>Strādā pārī ar ģimenes darbinieku vai terapeitu.</li><li>Piedalās "
                    "bērnu aizsardzības attīstības un interešu aizstāvības darbā.</li></ul>"
                ),
                "does_not": (
                    "<p>Kokemuskumppani nepieņem lēmumus bērnu aizsardzības lietās un nevērtē ģimenes situāciju "
                    "iestādes vietā. Viņš nav ģimenes advokāts, bet cilvēks ar līdzīgu pieredzi, kas papildina "
                    "speciālistu darbu.</p>"
                ),
            },
            "nb": {
                "title": "Kokemuskumppani (Finland)",
                "organisation_type": (
                    "Familierehabiliteringssenter eller organisasjon i Finland som samarbeider med barnevernet"
                ),
                "training": (
                    "Opplæring i regi av organisasjonen som driver familierehabiliteringen; arbeidet støttes av "
                    "jevnlig veiledning"
                ),
                "does": (
                    "<p>En kokemuskumppani er en mor eller far med egen erfaring fra barnevernet. Etter opplæringen "
                    "støtter hun eller han foreldre som står i den samme situasjonen nå, og hjelper fagfolk å se "
                    "arbeidet sitt med familiens øyne.</p><ul><li>Møter foreldre i familierehabiliteringen helt fra "
                    "starten og følger dem hele veien.</li><li>Forteller om egen erfaring når ansatte i barnevernet "
                    "får opplæring.</li><li>Arbeider i par med en familieterapeut eller "
                    "familiearbeider.</li><li>Deltar i utviklings- og påvirkningsarbeid i barnevernet.</li></ul>"
                ),
                "does_not": (
                    "<p>En kokemuskumppani fatter ingen barnevernsvedtak og vurderer ikke familiens situasjon på "
                    "vegne av myndighetene. Hun eller han er ikke familiens advokat, men en likeperson som utfyller "
                    "fagfolkenes arbeid.</p>"
                ),
            },
        },
    },
    {
        "key": "lv-pieredzes-eksperts",
        "country": "LV",
        "source_language": "lv",
        "training_hours": None,
        "sort_order": 1,
        "content": {
            "lv": {
                "title": "Pieredzes eksperts",
                "organisation_type": (
                    "Jauniešu atbalsta centrs vai nevalstiska organizācija, kas strādā ar sociālā riska jauniešiem"
                ),
                "training": (
                    "Noteikts stundu skaits nav paredzēts; jaunieši sagatavojas regulārās grupas tikšanās reizēs un "
                    "saņem individuālu atbalstu"
                ),
                "does": (
                    "<p>Pieredzes eksperts ir jaunietis, kurš ir ticis galā ar diskrimināciju, atstumtību vai "
                    "grūtībām garīgās veselības jomā. Grupa satiekas vairākas reizes mēnesī, un katrs jaunietis "
                    "saņem arī individuālu atbalstu, lai kļūtu stiprāks un varētu pārdomāt savu "
                    "pieredzi.</p><ul><li>Dalās savā dzīvesstāstā ar citiem jauniešiem un "
                    "pieaugušajiem.</li><li>Uzmundrina un atbalsta vienaudžus, kam ir līdzīgas "
                    "grūtības.</li><li>Kopā ar grupu pārrunā, kā pamanīt diskriminācijas draudus un ko tad "
                    "darīt.</li><li>Pauž jauniešu viedokli sarunās ar lēmumu pieņēmējiem.</li></ul>"
                ),
                "does_not": (
                    "<p>Pieredzes eksperts nav psihologs vai sociālais darbinieks un neuzņemas atbildību par citu "
                    "jauniešu ārstēšanu. Ja kādam vajag vairāk palīdzības, viņš palīdz atrast ceļu pie "
                    "speciālista.</p>"
                ),
            },
            "et": {
                "title": "Pieredzes eksperts (Läti)",
                "organisation_type": "Noortekeskus või vabaühendus Lätis, mis töötab sotsiaalse riskiga noortega",
                "training": (
                    "Kindlat tundide arvu pole määratud; noored valmistuvad korrapärastel rühmakohtumistel ja saavad "
                    "individuaalset tuge"
                ),
                "does": (
                    "<p>Pieredzes eksperts on noor, kes on toime tulnud diskrimineerimise, tõrjutuse või vaimse "
                    "tervise raskustega. Rühm kohtub mitu korda kuus ning iga noor saab ka individuaalset tuge, et "
                    "end tugevamaks kasvatada ja oma kogemust mõtestada.</p><ul><li>Jagab oma elulugu teiste noorte "
                    "ja täiskasvanutega.</li><li>Julgustab ja toetab eakaaslasi, kellel on sarnased "
                    "raskused.</li><li>Arutab koos rühmaga, kuidas diskrimineerimise ohtu ära tunda ja mida siis "
                    "teha.</li><li>Toob noorte arvamuse esile vestlustes otsustajatega.</li></ul>"
                ),
                "does_not": (
                    "<p>Pieredzes eksperts ei ole psühholoog ega sotsiaaltöötaja ega võta vastutust teiste noorte "
                    "ravi eest. Kui kellelgi on vaja rohkem abi, aitab ta leida tee spetsialisti juurde.</p>"
                ),
            },
            "fi": {
                "title": "Pieredzes eksperts (Latvia)",
                "organisation_type": (
                    "Latvialainen nuorten tukikeskus tai järjestö, joka tekee työtä syrjäytymisvaarassa olevien "
                    "nuorten kanssa"
                ),
                "training": (
                    "Tuntimäärää ei ole määritelty; nuoret valmentautuvat säännöllisissä ryhmätapaamisissa ja saavat "
                    "henkilökohtaista tukea"
                ),
                "does": (
                    "<p>Pieredzes eksperts on nuori, joka on selvinnyt syrjinnästä, ulkopuolisuudesta tai "
                    "mielenterveyden vaikeuksista. Ryhmä kokoontuu useita kertoja kuukaudessa, ja jokainen nuori saa "
                    "myös henkilökohtaista tukea vahvistuakseen ja pohtiakseen omaa kokemustaan.</p><ul><li>Kertoo "
                    "elämäntarinaansa toisille nuorille ja aikuisille.</li><li>Rohkaisee ja tukee ikätovereita, "
                    "joilla on samanlaisia vaikeuksia.</li><li>Pohtii ryhmän kanssa, miten syrjinnän uhka "
                    "tunnistetaan ja mitä silloin voi tehdä.</li><li>Tuo nuorten näkemykset esiin keskusteluissa "
                    "päättäjien kanssa.</li></ul>"
                ),
                "does_not": (
                    "<p>Pieredzes eksperts ei ole psykologi eikä sosiaalityöntekijä, eikä hän vastaa toisten nuorten "
                    "hoidosta. Jos joku tarvitsee enemmän apua, hän auttaa löytämään tien ammattilaisen luo.</p>"
                ),
            },
            "nb": {
                "title": "Pieredzes eksperts (Latvia)",
                "organisation_type": (
                    "Ungdomssenter eller frivillig organisasjon i Latvia som arbeider med unge i en utsatt "
                    "livssituasjon"
                ),
                "training": (
                    "Det er ikke fastsatt noe timetall; ungdommene forbereder seg på faste gruppemøter og får "
                    "individuell støtte"
                ),
                "does": (
                    "<p>En pieredzes eksperts er et ungt menneske som har klart seg gjennom diskriminering, "
                    "utenforskap eller psykiske vansker. Gruppen møtes flere ganger i måneden, og hver enkelt får "
                    "også individuell støtte for å bli sterkere og reflektere over egne erfaringer.</p><ul><li>Deler "
                    "sin egen livshistorie med andre unge og voksne.</li><li>Oppmuntrer og støtter jevnaldrende som "
                    "har lignende vansker.</li><li>Drøfter med gruppen hvordan man kjenner igjen faren for "
                    "diskriminering, og hva man kan gjøre da.</li><li>Løfter fram unges synspunkter i samtaler med "
                    "beslutningstakere.</li></ul>"
                ),
                "does_not": (
                    "<p>En pieredzes eksperts er verken psykolog eller sosialarbeider og har ikke ansvar for "
                    "behandlingen av andre unge. Trenger noen mer hjelp, hjelper hun eller han med å finne fram til "
                    "en fagperson.</p>"
                ),
            },
        },
    },
    {
        "key": "no-erfaringskonsulent",
        "country": "NO",
        "source_language": "nb",
        "training_hours": None,
        "sort_order": 1,
        "content": {
            "nb": {
                "title": "Erfaringskonsulent",
                "organisation_type": (
                    "Kommunale og spesialiserte tjenester innen psykisk helse og rus, for eksempel oppsøkende "
                    "tjenester, boliger og treffsteder"
                ),
                "training": (
                    "Ansettes på grunnlag av egen brukererfaring; det finnes kurs om rollen, men ikke noe fastsatt "
                    "timetall"
                ),
                "does": (
                    "<p>En erfaringskonsulent er ansatt fordi hun eller han selv har mottatt tjenester innen psykisk "
                    "helse eller rus. Erfaringene brukes planmessig i tjenesten, både i møte med brukerne og i "
                    "samarbeidet med kollegaene.</p><ul><li>Møter brukere som en som selv har vært der, gir håp og "
                    "forteller hva som hjalp.</li><li>Tar brukernes perspektiv med inn i personalmøter og faglige "
                    "drøftinger.</li><li>Arbeider sammen med kollegaer for å utvikle kultur og praksis i "
                    "tjenesten.</li><li>Underviser og deltar i kurs og paneler om brukermedvirkning.</li></ul>"
                ),
                "does_not": (
                    "<p>En erfaringskonsulent er ikke behandler og har ikke ansvar for behandling eller "
                    "medisinering. Rollen er heller ikke et frivillig verv, men en lønnet stilling med de samme "
                    "rettighetene og pliktene som andre ansatte har.</p>"
                ),
            },
            "et": {
                "title": "Erfaringskonsulent (Norra)",
                "organisation_type": (
                    "Norra omavalitsuste ja eriarstiabi vaimse tervise ja sõltuvusteenused, näiteks väliteenused, "
                    "eluasemed ja kohtumispaigad"
                ),
                "training": (
                    "Tööle võetakse isikliku teenusekasutaja kogemuse alusel; rolli kohta on kursusi, kuid kindlat "
                    "tundide arvu pole"
                ),
                "does": (
                    "<p>Erfaringskonsulent on tööle võetud sellepärast, et ta on ise kasutanud vaimse tervise või "
                    "sõltuvusega seotud teenuseid. Oma kogemust kasutab ta teenuses plaanipäraselt nii kohtumistel "
                    "klientidega kui ka koostöös kolleegidega.</p><ul><li>Kohtub klientidega kui keegi, kes on ise "
                    "sama teed käinud, annab lootust ja räägib, mis teda aitas.</li><li>Toob kasutajate vaatenurga "
                    "personali koosolekutele ja erialastesse aruteludesse.</li><li>Arendab koos kolleegidega teenuse "
                    "töökultuuri ja tavasid.</li><li>Õpetab ning osaleb kursustel ja paneelides, mis käsitlevad "
                    "kasutajate kaasamist.</li></ul>"
                ),
                "does_not": (
                    "<p>Erfaringskonsulent ei ole raviarst ega terapeut ega vastuta ravi või ravimite eest. Roll ei "
                    "ole ka vabatahtlik ülesanne, vaid palgaline ametikoht samade õiguste ja kohustustega, mis "
                    "teistelgi töötajatel.</p>"
                ),
            },
            "fi": {
                "title": "Erfaringskonsulent (Norja)",
                "organisation_type": (
                    "Norjalaiset kuntien ja erikoissairaanhoidon mielenterveys- ja päihdepalvelut, esimerkiksi "
                    "jalkautuva työ, asumispalvelut ja kohtaamispaikat"
                ),
                "training": (
                    "Palkataan oman palvelunkäyttäjäkokemuksen perusteella; rooliin on tarjolla kursseja, mutta "
                    "tuntimäärää ei ole määritelty"
                ),
                "does": (
                    "<p>Erfaringskonsulent on palkattu, koska hän on itse käyttänyt mielenterveys- tai "
                    "päihdepalveluja. Kokemustaan hän käyttää palvelussa suunnitelmallisesti sekä asiakkaita "
                    "kohdatessaan että yhteistyössä työtovereiden kanssa.</p><ul><li>Kohtaa asiakkaita ihmisenä, "
                    "joka on itse kulkenut saman tien, tuo toivoa ja kertoo, mikä häntä auttoi.</li><li>Tuo "
                    "käyttäjien näkökulman henkilöstökokouksiin ja ammatillisiin keskusteluihin.</li><li>Kehittää "
                    "työtovereiden kanssa palvelun toimintakulttuuria ja käytäntöjä.</li><li>Opettaa ja osallistuu "
                    "kursseille ja paneeleihin, joissa käsitellään käyttäjien osallisuutta.</li></ul>"
                ),
                "does_not": (
                    "<p>Erfaringskonsulent ei ole hoitava lääkäri eikä terapeutti, eikä hän vastaa hoidosta tai "
                    "lääkityksestä. Tehtävä ei myöskään ole vapaaehtoistyötä vaan palkallinen työ, jossa on samat "
                    "oikeudet ja velvollisuudet kuin muillakin työntekijöillä.</p>"
                ),
            },
            "lv": {
                "title": "Erfaringskonsulent (Norvēģija)",
                "organisation_type": (
                    "Norvēģijas pašvaldību un specializētie garīgās veselības un atkarību pakalpojumi, piemēram, "
                    "izbraukuma darbs, mājokļi un tikšanās vietas"
                ),
                "training": (
                    "Darbā pieņem, pamatojoties uz paša pieredzi pakalpojumu lietošanā; par lomu ir kursi, bet "
                    "noteikta stundu skaita nav"
                ),
                "does": (
                    "<p>Erfaringskonsulent ir pieņemts darbā tāpēc, ka pats ir izmantojis garīgās veselības vai "
                    "atkarību pakalpojumus. Savu pieredzi viņš pakalpojumā izmanto plānveidīgi gan tiekoties ar "
                    "klientiem, gan sadarbojoties ar kolēģiem.</p><ul><li>Tiekas ar klientiem kā cilvēks, kurš pats "
                    "gājis to pašu ceļu, dod cerību un pastāsta, kas viņam palīdzēja.</li><li>Ienes lietotāju "
                    "skatpunktu darbinieku sanāksmēs un profesionālās diskusijās.</li><li>Kopā ar kolēģiem attīsta "
                    "pakalpojuma darba kultūru un praksi.</li><li>Māca un piedalās kursos un paneļdiskusijās par "
                    "lietotāju iesaisti.</li></ul>"
                ),
                "does_not": (
                    "<p>Erfaringskonsulent nav ārstējošais ārsts vai terapeits un neatbild par ārstēšanu vai "
                    "medikamentiem. Tas nav arī brīvprātīgs pienākums, bet gan apmaksāts darbs ar tādām pašām "
                    "tiesībām un pienākumiem kā citiem darbiniekiem.</p>"
                ),
            },
        },
    },
]

THEMES = [
    {
        "key": "theme-mental-health-recovery",
        "names": {
            "et": "Taastumine vaimse tervise kriisist",
            "fi": "Toipuminen mielenterveyden kriisistä",
            "lv": "Atveseļošanās pēc garīgās veselības krīzes",
            "nb": "Bedring etter en psykisk helsekrise",
        },
    },
    {
        "key": "theme-substance-use",
        "names": {
            "et": "Sõltuvus ja sellest vabanemine",
            "fi": "Päihteiden käyttö ja siitä irtautuminen",
            "lv": "Atkarība un atbrīvošanās no tās",
            "nb": "Rusbruk og veien ut",
        },
    },
    {
        "key": "theme-child-welfare-parent",
        "names": {
            "et": "Lapsevanema kogemus lastekaitsega",
            "fi": "Vanhempana lastensuojelun asiakkaana",
            "lv": "Vecāka pieredze bērnu aizsardzības sistēmā",
            "nb": "Forelder i møte med barnevernet",
        },
    },
    {
        "key": "theme-close-one",
        "names": {
            "et": "Lähedase kogemus",
            "fi": "Läheisen kokemus",
            "lv": "Tuvinieka pieredze",
            "nb": "Erfaring som pårørende",
        },
    },
    {
        "key": "theme-discrimination",
        "names": {
            "et": "Diskrimineerimine ja tõrjutus",
            "fi": "Syrjintä ja ulkopuolisuus",
            "lv": "Diskriminācija un atstumtība",
            "nb": "Diskriminering og utenforskap",
        },
    },
    {
        "key": "theme-grief",
        "names": {"et": "Lein ja kaotus", "fi": "Suru ja menetys", "lv": "Sēras un zaudējums", "nb": "Sorg og tap"},
    },
    {
        "key": "theme-homelessness",
        "names": {"et": "Kodutus", "fi": "Asunnottomuus", "lv": "Bezpajumtniecība", "nb": "Bostedsløshet"},
    },
    {
        "key": "theme-leaving-care",
        "names": {
            "et": "Asendushooldusest iseseisvasse ellu",
            "fi": "Sijaishuollosta omaan elämään",
            "lv": "No ārpusģimenes aprūpes patstāvīgā dzīvē",
            "nb": "Fra barnevernet til eget liv",
        },
    },
    {
        "key": "theme-return-to-work",
        "names": {
            "et": "Tööellu naasmine",
            "fi": "Paluu työelämään",
            "lv": "Atgriešanās darba dzīvē",
            "nb": "Tilbake til arbeidslivet",
        },
    },
    {
        "key": "theme-migration",
        "names": {
            "et": "Ränne ja pagulus",
            "fi": "Maahanmuutto ja pakolaisuus",
            "lv": "Migrācija un bēgļu gaitas",
            "nb": "Migrasjon og flukt",
        },
    },
    {
        "key": "theme-violence",
        "names": {
            "et": "Vägivallast toibumine",
            "fi": "Väkivallasta selviytyminen",
            "lv": "Dzīve pēc piedzīvotas vardarbības",
            "nb": "Livet etter vold",
        },
    },
    {
        "key": "theme-poverty-debt",
        "names": {
            "et": "Vaesus ja võlad",
            "fi": "Köyhyys ja velat",
            "lv": "Nabadzība un parādi",
            "nb": "Fattigdom og gjeld",
        },
    },
]

REGIONS = [
    {
        "key": "ee-tartumaa",
        "country": "EE",
        "names": {"et": "Tartumaa", "fi": "Tartonmaa", "lv": "Tartu apriņķis", "nb": "Tartumaa"},
    },
    {
        "key": "ee-harjumaa",
        "country": "EE",
        "names": {"et": "Harjumaa", "fi": "Harjumaa", "lv": "Harju apriņķis", "nb": "Harjumaa"},
    },
    {
        "key": "ee-ida-virumaa",
        "country": "EE",
        "names": {"et": "Ida-Virumaa", "fi": "Itä-Virumaa", "lv": "Austrumviru apriņķis", "nb": "Ida-Virumaa"},
    },
    {
        "key": "fi-uusimaa",
        "country": "FI",
        "names": {"et": "Uusimaa", "fi": "Uusimaa", "lv": "Ūsimā", "nb": "Uusimaa"},
    },
    {
        "key": "fi-keski-suomi",
        "country": "FI",
        "names": {"et": "Kesk-Soome", "fi": "Keski-Suomi", "lv": "Centrālā Somija", "nb": "Sentral-Finland"},
    },
    {
        "key": "fi-pirkanmaa",
        "country": "FI",
        "names": {"et": "Pirkanmaa", "fi": "Pirkanmaa", "lv": "Pirkanmā", "nb": "Pirkanmaa"},
    },
    {
        "key": "fi-pohjois-pohjanmaa",
        "country": "FI",
        "names": {
            "et": "Põhja-Pohjanmaa",
            "fi": "Pohjois-Pohjanmaa",
            "lv": "Ziemeļpohjanmā",
            "nb": "Nord-Østerbotten",
        },
    },
    {
        "key": "lv-riga",
        "country": "LV",
        "names": {"et": "Riia", "fi": "Riika", "lv": "Rīga", "nb": "Riga"},
    },
    {
        "key": "lv-vidzeme",
        "country": "LV",
        "names": {"et": "Vidzeme", "fi": "Vidzeme", "lv": "Vidzeme", "nb": "Vidzeme"},
    },
    {
        "key": "lv-latgale",
        "country": "LV",
        "names": {"et": "Latgale", "fi": "Latgale", "lv": "Latgale", "nb": "Latgale"},
    },
    {
        "key": "no-trondelag",
        "country": "NO",
        "names": {"et": "Trøndelag", "fi": "Trøndelag", "lv": "Trēndelāga", "nb": "Trøndelag"},
    },
    {
        "key": "no-oslo",
        "country": "NO",
        "names": {"et": "Oslo", "fi": "Oslo", "lv": "Oslo", "nb": "Oslo"},
    },
    {
        "key": "no-vestland",
        "country": "NO",
        "names": {"et": "Vestland", "fi": "Vestland", "lv": "Vestlanne", "nb": "Vestland"},
    },
]
