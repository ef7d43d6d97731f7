"""Demo youth videos: a gallery per language and three short videos, each recorded in its
organisation's language and translated into the other three, with captions in all four languages,
a transcript and the consent of everyone in them. The texts live in videos/demo_data.py; the video
files in videos/demo_media/ (made by scripts/make_demo_videos.py), so loading needs no network.
"""

import datetime
from pathlib import Path

from django.core.files import File
from django.core.files.base import ContentFile
from django.utils.html import escape
from wagtail.models import Collection
from wagtailmedia.models import Media

from home.demo import demo_key, draw_image, ensure_locales
from home.models import HomePage
from organisations.demo import DemoTree, organisation_page

from .demo_data import ON_SCREEN, VIDEOS
from .models import VideoCaptions, VideoConsent, VideoGalleryPage, VideoPage

DEMO_MEDIA = Path(__file__).resolve().parent / "demo_media"

GALLERY = {
    "et": {
        "title": "Noorte videod",
        "slug": "videod",
        "intro": "Noored kogemusnõustajad räägivad lühikestes videotes, mida kogemus on neile õpetanud. Igal videol on subtiitrid ja kirjalik tekst.",
    },
    "fi": {
        "title": "Nuorten videot",
        "slug": "videot",
        "intro": "Nuoret kokemusasiantuntijat kertovat lyhyissä videoissa, mitä kokemus on heille opettanut. Jokaisessa videossa on tekstitys ja tekstivastine.",
    },
    "lv": {
        "title": "Jauniešu video",
        "slug": "video",
        "intro": "Jaunie pieredzes eksperti īsos video stāsta, ko pieredze viņiem ir iemācījusi. Katram video ir subtitri un teksta versija.",
    },
    "nb": {
        "title": "Ungdomsvideoer",
        "slug": "videoer",
        "intro": "Unge erfaringseksperter forteller i korte videoer hva erfaringen har lært dem. Alle videoene har teksting og en skriftlig versjon.",
    },
}


def timestamp(seconds):
    minutes, seconds = divmod(seconds, 60)
    return f"00:{int(minutes):02d}:{seconds:06.3f}"


def webvtt(video, lines):
    cues = [
        f"{timestamp(start)} --> {timestamp(end)}\n<v {video['speakers'][speaker]}>{line}"
        for (start, end, speaker), line in zip(video["cues"], lines)
    ]
    return "WEBVTT\n\n" + "\n\n".join(cues) + "\n"


def transcript(video, code, content):
    """What is seen, then what each speaker says, one paragraph per turn."""
    turns = []
    for (_start, _end, speaker), line in zip(video["cues"], content["lines"]):
        if turns and turns[-1][0] == speaker:
            turns[-1][1].append(line)
        else:
            turns.append((speaker, [line]))
    paragraphs = [f"<p><i>{escape(ON_SCREEN[code])}</i></p>"] + [
        f"<p><b>{escape(video['speakers'][speaker])}:</b> {escape(' '.join(lines))}</p>" for speaker, lines in turns
    ]
    return "".join(paragraphs)


def video_file(video, collection):
    title = f"{video['content'][video['source_language']]['title']} ({video['key']})"
    media = Media.objects.filter(title=title).first()
    if media is None:
        with open(DEMO_MEDIA / f"{video['key']}.mp4", "rb") as source:
            media = Media.objects.create(
                title=title,
                file=File(source, name=f"{video['key']}.mp4"),
                type="video",
                duration=video["cues"][-1][1] + 1,
                width=640,
                height=360,
                collection=collection,
            )
    return media


def record_consents(video):
    def record(page):
        for consent in video["consents"]:
            VideoConsent.objects.create(
                video=page,
                person=consent["person"],
                minor=consent["minor"],
                guardian=consent["guardian"],
                consented_on=datetime.date.fromisoformat(consent["date"]),
                scope=consent["scope"],
            )

    return record


def load_video(tree, gallery, video):
    organisation = organisation_page(video["organisation"], tree.locales)
    collection = Collection.objects.filter(name=organisation.title).first()
    source_texts = video["content"][video["source_language"]]
    shared = {
        "date": datetime.date.fromisoformat(video["date"]),
        "organisation": organisation,
        "video": video_file(video, collection),
        "poster": draw_image(source_texts["title"], (1280, 720), video["colour"], collection=collection),
        "captions": lambda: [
            VideoCaptions(
                language=code,
                file=ContentFile(webvtt(video, content["lines"]).encode(), name=f"{video['key']}-{code}.vtt"),
            )
            for code, content in video["content"].items()
        ],
        "show_in_menus": False,
    }
    texts = {
        code: {
            "title": content["title"],
            "slug": content["slug"],
            "lead": content["lead"],
            "content_notes": content["content_notes"],
            "transcript": transcript(video, code, content),
        }
        for code, content in video["content"].items()
    }
    tree.ensure(
        gallery, VideoPage, f"video:{video['key']}", video["source_language"], texts, shared,
        before_publish=record_consents(video),
    )


def load():
    locales = ensure_locales()
    tree = DemoTree(locales)
    home = HomePage.objects.get(translation_key=demo_key("home"), locale=locales["fi"])
    gallery = tree.ensure(home, VideoGalleryPage, "videos", "fi", GALLERY, {"show_in_menus": True})
    tree.translate()
    for video in VIDEOS:
        load_video(tree, gallery, video)
    tree.translate()
