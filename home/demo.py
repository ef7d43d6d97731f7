"""Demo content of the site-wide parts: the locales, the four home pages and the crisis lines.

Every object has a stable translation key, so loading twice changes nothing, and a load that
stopped half-way finishes when run again. Translations are made through wagtail-localize, so
the admin shows them as translations of their source. The loaders run outside one big
transaction on purpose: wagtail-localize publishes a translated page when its transaction
commits, and that page must be published before demo pages are added below it.
"""

import io
import random
import re
import uuid

from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.blocks import StreamValue
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import String, StringTranslation, Translation, TranslationContext, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from .models import CrisisLine, HomePage, SiteSettings

DEMO_NAMESPACE = uuid.UUID("6f1d8a52-3c0e-4f7b-9a51-2b8d0c4e7a19")


def demo_key(name):
    """A translation key that stays the same from one load to the next."""
    return uuid.uuid5(DEMO_NAMESPACE, name)


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


def translate(source_object, locale, translated_copy):
    """Make `source_object`'s translation into `locale` through wagtail-localize.

    `translated_copy` is an unsaved instance of the same model, built with the same
    structure as the source but holding the text of the target language. Its strings
    become the translation's strings, as if a translator had typed them in the
    translation editor, and the translation is then published.
    """
    source, _created = TranslationSource.get_or_create_from_instance(source_object)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)

    def strings(instance):
        return [segment for segment in extract_segments(instance) if isinstance(segment, StringSegmentValue)]

    source_strings, target_strings = strings(source_object), strings(translated_copy)
    if len(source_strings) != len(target_strings):
        raise ValueError(
            f"{source_object!r} has {len(source_strings)} strings, its {locale} copy {len(target_strings)}."
        )
    for source_segment, target_segment in zip(source_strings, target_strings):
        StringTranslation.objects.update_or_create(
            translation_of=String.from_value(source.locale, source_segment.string),
            locale=locale,
            context=TranslationContext.objects.get(object_id=source.object_id, path=source_segment.path),
            defaults={
                "data": target_segment.string.data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation.save_target(publish=True)
    return source_object.get_translation(locale)


def ensure_snippet(model, key, source_language, locales, texts, shared=None):
    """A translatable snippet in its source language and its translations, each made once."""
    shared = shared or {}
    source = model.objects.filter(translation_key=demo_key(key), locale=locales[source_language]).first()
    if source is None:
        source = model.objects.create(
            translation_key=demo_key(key), locale=locales[source_language], **texts[source_language], **shared
        )
    for code, locale in locales.items():
        if code != source_language and not source.has_translation(locale):
            translate(source, locale, model(**texts[code], **shared))
    return source


def stream(items):
    """StreamField data from `[type, value]` pairs, each block with an id so it can be translated."""
    return [{"type": block_type, "value": value, "id": str(uuid.uuid4())} for block_type, value in items]


def stream_with_ids(stream_block, items):
    """Like `stream`, but with an id on the items of nested lists as well.

    wagtail-localize translates a list item only when it has a stored id; without one, each
    load of the source would give the item a new id, and its translation would be lost.
    """
    value = stream_block.to_python(stream(items))
    bound = StreamValue(stream_block, [(child.block_type, child.value, child.id) for child in value])
    return stream_block.get_prep_value(bound)


def draw_image(title, size, colour, initials="", collection=None):
    """An image drawn here, never downloaded: initials on a disc, or soft overlapping shapes."""
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    width, height = size
    base = PILImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(base, "RGBA")
    if initials:
        font = ImageFont.load_default(size=height * 2 // 5)
        draw.text((width / 2, height / 2), initials, fill="white", font=font, anchor="mm")
    else:
        shapes = random.Random(title)
        for _shape in range(7):
            radius = shapes.randint(height // 5, height // 2)
            x, y = shapes.randint(0, width), shapes.randint(0, height)
            shade = tuple(max(0, channel - shapes.randint(20, 90)) for channel in base.getpixel((0, 0)))
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(*shade, 90))
    buffer = io.BytesIO()
    base.save(buffer, format="PNG")
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return Image.objects.create(
        title=title,
        file=ImageFile(buffer, name=f"{slug}.png"),
        collection=collection or Collection.get_first_root_node(),
    )


HOME_PAGES = {
    "fi": {
        "title": "Kokemus, josta tulee ammatti",
        "slug": "etusivu",
        "intro": (
            "Kokemusasiantuntija on toipunut ihminen, joka tekee omasta kokemuksestaan ammattitaitoa "
            "ja tukee sillä muita. Tällä sivustolla neljän maan järjestöt kertovat työstään, "
            "julkaisevat tarinoita ja ottavat vastaan tilauksia."
        ),
        "sections": [
            ("Mitä täältä löytyy", [
                "Selitykset siitä, mitä kokemusasiantuntijan ja hänen lähinimikkeidensä työ on eri maissa.",
                "Järjestöjen esittelyt, hinnastot ja ohjelmat.",
                "Tarinoita toipumisesta omin sanoin kerrottuna.",
                "Asiantuntijoiden esittelyt ja lomake, jolla heidät voi tilata luennolle, koulutukseen tai paneeliin.",
            ]),
            ("Kun apua tarvitaan heti", [
                "Jos olet itse kriisissä, sinun ei tarvitse selviytyä yksin. Sivun alalaidasta löydät "
                "oman maasi kriisipuhelimet, ja hätätilanteessa numero on aina 112.",
            ]),
        ],
    },
    "et": {
        "title": "Kogemus, millest saab elukutse",
        "slug": "avaleht",
        "intro": (
            "Kogemusnõustaja on taastunud inimene, kes muudab oma kogemuse oskuseks ja toetab sellega "
            "teisi. Sellel lehel räägivad nelja riigi organisatsioonid oma tööst, avaldavad lugusid "
            "ja võtavad vastu tellimusi."
        ),
        "sections": [
            ("Mida siit leiab", [
                "Selgitused selle kohta, mida kogemusnõustaja ja tema lähedased ametid eri riikides teevad.",
                "Organisatsioonide tutvustused, hinnakirjad ja programmid.",
                "Lugusid taastumisest, jutustatud oma sõnadega.",
                "Ekspertide tutvustused ja vorm, millega neid saab tellida loengule, koolitusele või paneelile.",
            ]),
            ("Kui abi on vaja kohe", [
                "Kui oled ise kriisis, ei pea sa sellega üksi toime tulema. Lehe allosast leiad oma "
                "riigi kriisitelefonid ning hädaolukorras on number alati 112.",
            ]),
        ],
    },
    "lv": {
        "title": "Pieredze, kas kļūst par profesiju",
        "slug": "sakums",
        "intro": (
            "Pieredzes eksperts ir cilvēks, kurš ir atveseļojies un savu pieredzi pārvērš prasmē, "
            "lai atbalstītu citus. Šajā vietnē četru valstu organizācijas stāsta par savu darbu, "
            "publicē stāstus un pieņem pasūtījumus."
        ),
        "sections": [
            ("Ko šeit var atrast", [
                "Skaidrojumus par to, ko pieredzes eksperts un līdzīgas lomas dara dažādās valstīs.",
                "Organizāciju aprakstus, cenrāžus un programmas.",
                "Stāstus par atveseļošanos, pašu cilvēku vārdiem.",
                "Ekspertu profilus un veidlapu, ar kuru viņus var pasūtīt lekcijai, apmācībai vai diskusijai.",
            ]),
            ("Ja palīdzība vajadzīga tūlīt", [
                "Ja pats esi krīzē, tev nav jātiek galā vienam. Lapas apakšā atradīsi savas valsts "
                "krīzes tālruņus, un ārkārtas gadījumā numurs vienmēr ir 112.",
            ]),
        ],
    },
    "nb": {
        "title": "Erfaring som blir et yrke",
        "slug": "forside",
        "intro": (
            "En erfaringskonsulent er en person som har kommet seg gjennom egne vansker og bruker "
            "erfaringen profesjonelt for å støtte andre. Her forteller organisasjoner i fire land om "
            "arbeidet sitt, publiserer historier og tar imot bestillinger."
        ),
        "sections": [
            ("Dette finner du her", [
                "Forklaringer på hva en erfaringskonsulent og beslektede roller gjør i de ulike landene.",
                "Presentasjoner av organisasjonene, prislister og programmer.",
                "Historier om å bli frisk, fortalt med egne ord.",
                "Presentasjoner av fagfolkene og et skjema for å bestille dem til foredrag, kurs eller panel.",
            ]),
            ("Når du trenger hjelp med en gang", [
                "Står du selv i en krise, trenger du ikke klare det alene. Nederst på siden finner du "
                "krisetelefonene i ditt land, og ved nødstilfeller er nummeret alltid 112.",
            ]),
        ],
    },
}


def _home_fields(content):
    body = []
    for heading, paragraphs in content["sections"]:
        body.append(["heading", {"text": heading, "anchor": ""}])
        if len(paragraphs) > 1:
            body.append(["text", "<ul>" + "".join(f"<li>{item}</li>" for item in paragraphs) + "</ul>"])
        else:
            body.append(["text", f"<p>{paragraphs[0]}</p>"])
    return {"title": content["title"], "slug": content["slug"], "intro": content["intro"], "body": stream(body)}


def load_home_pages(locales):
    source_language = settings.LANGUAGE_CODE
    key = demo_key("home")
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(translation_key=key, locale=locales[source_language]).first()
    if home is None:
        home = HomePage(translation_key=key, locale=locales[source_language], **_home_fields(HOME_PAGES[source_language]))
        root.add_child(instance=home)
        home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port = settings.SITE_HOSTNAME, settings.SITE_PORT
    site.site_name, site.root_page = settings.WAGTAIL_SITE_NAME, home
    site.save()
    # Wagtail's placeholder "Welcome" page has no place in the tree once our home exists.
    Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
    # The tree's root heads every breadcrumb in the admin: the site's name instead of Wagtail's English "Root".
    Page.objects.filter(pk=root.pk).update(title=settings.WAGTAIL_SITE_NAME, draft_title=settings.WAGTAIL_SITE_NAME)

    for code, locale in locales.items():
        if code != source_language and not home.has_translation(locale):
            translate(home, locale, HomePage(**_home_fields(HOME_PAGES[code])))
    return home


# The crisis lines of each country, written in that country's language and translated into
# the other three. (name, number, details) per line, in the order the box lists them.
CRISIS_LINES = {
    "EE": ("et", {
        "et": [
            ("Emotsionaalse toe ja hingehoiu liin", "116 123", "Ööpäev läbi"),
            ("Eluliin", "655 8088", "Eesti keeles, kell 19–07; vene keeles 655 5688"),
            ("Lasteabi", "116 111", "Lastele ja noortele, ööpäev läbi"),
            ("Ohvriabi kriisitelefon", "116 006", "Ööpäev läbi"),
            ("Hädaabinumber", "112", "Kiirabi, pääste ja politsei"),
        ],
        "fi": [
            ("Tunnetuen ja sielunhoidon linja", "116 123", "Ympäri vuorokauden"),
            ("Eluliin-kriisipuhelin", "655 8088", "Viroksi klo 19–07; venäjäksi 655 5688"),
            ("Lasten auttava puhelin", "116 111", "Lapsille ja nuorille, ympäri vuorokauden"),
            ("Rikosuhrien kriisipuhelin", "116 006", "Ympäri vuorokauden"),
            ("Hätänumero", "112", "Ambulanssi, pelastus ja poliisi"),
        ],
        "lv": [
            ("Emocionāla atbalsta un garīgās aprūpes līnija", "116 123", "Visu diennakti"),
            ("Eluliin krīzes tālrunis", "655 8088", "Igauņu valodā no 19 līdz 07; krievu valodā 655 5688"),
            ("Bērnu palīdzības tālrunis", "116 111", "Bērniem un jauniešiem, visu diennakti"),
            ("Cietušo atbalsta krīzes tālrunis", "116 006", "Visu diennakti"),
            ("Ārkārtas palīdzības numurs", "112", "Ātrā palīdzība, glābēji un policija"),
        ],
        "nb": [
            ("Linje for følelsesmessig støtte og sjelesorg", "116 123", "Hele døgnet"),
            ("Eluliin krisetelefon", "655 8088", "På estisk kl. 19–07; på russisk 655 5688"),
            ("Hjelpetelefon for barn", "116 111", "For barn og unge, hele døgnet"),
            ("Krisetelefon for voldsutsatte", "116 006", "Hele døgnet"),
            ("Nødnummer", "112", "Ambulanse, brann og politi"),
        ],
    }),
    "FI": ("fi", {
        "fi": [
            ("Valtakunnallinen kriisipuhelin", "09 2525 0111", "Suomeksi ympäri vuorokauden"),
            ("Kriisipuhelin ruotsiksi", "09 2525 0112", "Ruotsiksi"),
            ("Kriisipuhelin englanniksi ja arabiaksi", "09 2525 0113", "Rajattuina aikoina"),
            ("Sekasin-chat", "", "Verkossa keskusteleva tuki 12–29-vuotiaille"),
            ("Lasten ja nuorten puhelin", "116 111", "Lapsille ja nuorille"),
            ("Hätänumero", "112", "Ambulanssi, pelastus ja poliisi"),
        ],
        "et": [
            ("Üleriigiline kriisitelefon", "09 2525 0111", "Soome keeles, ööpäev läbi"),
            ("Kriisitelefon rootsi keeles", "09 2525 0112", "Rootsi keeles"),
            ("Kriisitelefon inglise ja araabia keeles", "09 2525 0113", "Kindlatel kellaaegadel"),
            ("Sekasin vestlus", "", "Veebivestlus 12–29-aastastele"),
            ("Laste ja noorte telefon", "116 111", "Lastele ja noortele"),
            ("Hädaabinumber", "112", "Kiirabi, pääste ja politsei"),
        ],
        "lv": [
            ("Valsts krīzes tālrunis", "09 2525 0111", "Somu valodā, visu diennakti"),
            ("Krīzes tālrunis zviedru valodā", "09 2525 0112", "Zviedru valodā"),
            ("Krīzes tālrunis angļu un arābu valodā", "09 2525 0113", "Noteiktos laikos"),
            ("Sekasin tērzēšana", "", "Tiešsaistes atbalsts 12–29 gadus veciem"),
            ("Bērnu un jauniešu tālrunis", "116 111", "Bērniem un jauniešiem"),
            ("Ārkārtas palīdzības numurs", "112", "Ātrā palīdzība, glābēji un policija"),
        ],
        "nb": [
            ("Nasjonal krisetelefon", "09 2525 0111", "På finsk, hele døgnet"),
            ("Krisetelefon på svensk", "09 2525 0112", "På svensk"),
            ("Krisetelefon på engelsk og arabisk", "09 2525 0113", "Til faste tider"),
            ("Sekasin-chat", "", "Chat for unge mellom 12 og 29 år"),
            ("Telefon for barn og unge", "116 111", "For barn og unge"),
            ("Nødnummer", "112", "Ambulanse, brann og politi"),
        ],
    }),
    "LV": ("lv", {
        "lv": [
            ("Krīzes tālrunis", "116 123", "Visu diennakti; latviešu, krievu un angļu valodā"),
            ("Bērnu un pusaudžu uzticības tālrunis", "116 111", "Bērniem un pusaudžiem"),
            ("Ārkārtas palīdzības numurs", "112", "Ātrā palīdzība, glābēji un policija"),
        ],
        "et": [
            ("Kriisitelefon", "116 123", "Ööpäev läbi; läti, vene ja inglise keeles"),
            ("Laste ja noorte usaldustelefon", "116 111", "Lastele ja noortele"),
            ("Hädaabinumber", "112", "Kiirabi, pääste ja politsei"),
        ],
        "fi": [
            ("Kriisipuhelin", "116 123", "Ympäri vuorokauden; latviaksi, venäjäksi ja englanniksi"),
            ("Lasten ja nuorten luottamuspuhelin", "116 111", "Lapsille ja nuorille"),
            ("Hätänumero", "112", "Ambulanssi, pelastus ja poliisi"),
        ],
        "nb": [
            ("Krisetelefon", "116 123", "Hele døgnet; på latvisk, russisk og engelsk"),
            ("Hjelpetelefon for barn og ungdom", "116 111", "For barn og ungdom"),
            ("Nødnummer", "112", "Ambulanse, brann og politi"),
        ],
    }),
    "NO": ("nb", {
        "nb": [
            ("Hjelpetelefon for psykisk helse", "116 123", "Hele døgnet"),
            ("Kirkelig samtaletelefon", "22 40 00 40", "Hele døgnet"),
            ("Alarmtelefonen for barn og unge", "116 111", "For barn og unge"),
            ("Legevakt", "116 117", "Når det haster, men ikke er livstruende"),
            ("Medisinsk nødhjelp", "113", "Ved fare for liv"),
            ("Nødnummer", "112", "Politi"),
        ],
        "et": [
            ("Vaimse tervise abitelefon", "116 123", "Ööpäev läbi"),
            ("Kiriku vestlustelefon", "22 40 00 40", "Ööpäev läbi"),
            ("Laste ja noorte häiretelefon", "116 111", "Lastele ja noortele"),
            ("Valvearst", "116 117", "Kiire, kuid mitte eluohtlik olukord"),
            ("Meditsiiniline hädaabi", "113", "Kui elu on ohus"),
            ("Hädaabinumber", "112", "Politsei"),
        ],
        "fi": [
            ("Mielenterveyden auttava puhelin", "116 123", "Ympäri vuorokauden"),
            ("Kirkon keskustelupuhelin", "22 40 00 40", "Ympäri vuorokauden"),
            ("Lasten ja nuorten hätäpuhelin", "116 111", "Lapsille ja nuorille"),
            ("Päivystävä lääkäri", "116 117", "Kiireelliset, ei henkeä uhkaavat tilanteet"),
            ("Lääkinnällinen hätäapu", "113", "Kun henki on vaarassa"),
            ("Hätänumero", "112", "Poliisi"),
        ],
        "lv": [
            ("Garīgās veselības palīdzības tālrunis", "116 123", "Visu diennakti"),
            ("Baznīcas sarunu tālrunis", "22 40 00 40", "Visu diennakti"),
            ("Trauksmes tālrunis bērniem un jauniešiem", "116 111", "Bērniem un jauniešiem"),
            ("Dežūrārsts", "116 117", "Steidzami, bet ne dzīvībai bīstami gadījumi"),
            ("Neatliekamā medicīniskā palīdzība", "113", "Ja dzīvība ir apdraudēta"),
            ("Ārkārtas palīdzības numurs", "112", "Policija"),
        ],
    }),
}


def load_crisis_lines(locales):
    for country, (source_language, texts) in CRISIS_LINES.items():
        for order, (name, number, details) in enumerate(texts[source_language]):
            key = demo_key(f"crisis-line-{country}-{order}")
            line = CrisisLine.objects.filter(translation_key=key, locale=locales[source_language]).first()
            if line is None:
                line = CrisisLine.objects.create(
                    translation_key=key,
                    locale=locales[source_language],
                    country=country,
                    name=name,
                    number=number,
                    details=details,
                    sort_order=order,
                )
            for code, locale in locales.items():
                if code == source_language or line.has_translation(locale):
                    continue
                name_t, _number, details_t = texts[code][order]
                translate(line, locale, CrisisLine(country=country, name=name_t, number=number, details=details_t))


def load_sharing_image(home):
    """The image link previews show for pages without one of their own, unless an editor chose one."""
    site_settings = SiteSettings.for_site(home.get_site())
    if site_settings.sharing_image is None:
        site_settings.sharing_image = draw_image("Experience Experts", (1200, 630), "#1f5a57")
        site_settings.save()


def load():
    locales = ensure_locales()
    home = load_home_pages(locales)
    load_crisis_lines(locales)
    load_sharing_image(home)
