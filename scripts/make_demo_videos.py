"""Draws the demo's youth videos frame by frame and encodes them with ffmpeg into videos/demo_media/.

Run once by a developer when videos/demo_data.py changes (needs ffmpeg): the encoded files are
committed, so loading the demo never needs ffmpeg or a network. Each video shows its speakers in
turn, as the captions name them; the words themselves are in the captions.
"""

import random
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from videos.demo_data import VIDEOS  # noqa: E402

SIZE = (640, 360)
# Pillow's built-in font has no Latvian or Estonian letters; Debian's fonts-dejavu-core has them.
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FPS = 10


def hex_colour(value):
    return tuple(int(value[i : i + 2], 16) for i in (1, 3, 5))


def frame(video, seconds, shapes):
    width, height = SIZE
    base = hex_colour(video["colour"])
    image = Image.new("RGB", SIZE, base)
    draw = ImageDraw.Draw(image, "RGBA")
    for x, y, radius, speed, shade in shapes:
        cx = (x + speed * seconds) % (width + 2 * radius) - radius
        draw.ellipse((cx - radius, y - radius, cx + radius, y + radius), fill=(*shade, 70))
    speaker = next((index for start, end, index in video["cues"] if start <= seconds < end), None)
    if speaker is not None:
        name = video["speakers"][speaker]
        draw.ellipse((width / 2 - 70, 70, width / 2 + 70, 210), fill=(255, 255, 255, 230))
        draw.text((width / 2, 140), name[0], fill=base, font=ImageFont.truetype(FONT, 80), anchor="mm")
        draw.text((width / 2, 250), name, fill="white", font=ImageFont.truetype(FONT, 34), anchor="mm")
    return image


def encode(video):
    duration = video["cues"][-1][1] + 1.0
    shades = random.Random(video["key"])
    base = hex_colour(video["colour"])
    shapes = [
        (
            shades.randint(0, SIZE[0]),
            shades.randint(0, SIZE[1]),
            shades.randint(40, 140),
            shades.uniform(4, 14),
            tuple(min(255, channel + shades.randint(20, 80)) for channel in base),
        )
        for _shape in range(6)
    ]
    target = ROOT / "videos" / "demo_media" / f"{video['key']}.mp4"
    ffmpeg = subprocess.Popen(
        [
            "ffmpeg", "-y", "-loglevel", "error",
            "-f", "image2pipe", "-framerate", str(FPS), "-i", "-",
            "-c:v", "libx264", "-preset", "veryslow", "-crf", "34", "-pix_fmt", "yuv420p",
            "-movflags", "+faststart", str(target),
        ],
        stdin=subprocess.PIPE,
    )
    for index in range(int(duration * FPS)):
        frame(video, index / FPS, shapes).save(ffmpeg.stdin, format="PNG")
    ffmpeg.stdin.close()
    if ffmpeg.wait():
        raise SystemExit(f"ffmpeg failed for {target}")
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KB")


if __name__ == "__main__":
    for video in VIDEOS:
        encode(video)
