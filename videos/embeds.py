"""Videos kept on YouTube or Vimeo: recognised from the address an editor pastes, played only on request.

Nothing is fetched from the provider to build the page (no oEmbed lookup): the player's address is
derived from the video's id, and the visitor's browser contacts the provider only after they click.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^[0-9]{6,12}$")


@dataclass(frozen=True)
class ExternalVideo:
    provider: str
    video_id: str

    @property
    def player_url(self):
        if self.provider == "YouTube":
            # The privacy-enhanced host sets no cookies until the video plays.
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?autoplay=1&rel=0"
        return f"https://player.vimeo.com/video/{self.video_id}?autoplay=1&dnt=1"

    @property
    def player_origin(self):
        return "https://www.youtube-nocookie.com" if self.provider == "YouTube" else "https://player.vimeo.com"

    @property
    def watch_url(self):
        if self.provider == "YouTube":
            return f"https://www.youtube.com/watch?v={self.video_id}"
        return f"https://vimeo.com/{self.video_id}"


def parse_external_video(url):
    """The YouTube or Vimeo video an address points at, or None for any other address."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    segments = [segment for segment in parts.path.split("/") if segment]
    candidate = None
    if host in ("youtube.com", "youtube-nocookie.com"):
        if segments == ["watch"]:
            candidate = parse_qs(parts.query).get("v", [""])[0]
        elif len(segments) == 2 and segments[0] in ("embed", "shorts", "live"):
            candidate = segments[1]
        if candidate and YOUTUBE_ID.match(candidate):
            return ExternalVideo("YouTube", candidate)
    elif host == "youtu.be" and len(segments) == 1 and YOUTUBE_ID.match(segments[0]):
        return ExternalVideo("YouTube", segments[0])
    elif host in ("vimeo.com", "player.vimeo.com"):
        candidate = segments[-1] if segments else ""
        if VIMEO_ID.match(candidate):
            return ExternalVideo("Vimeo", candidate)
    return None
