"""Local development and the demo: SQLite, local media, mail to the console, no secrets needed."""

from .base import *  # noqa: F403

# Static files straight from the source folders, so the demo needs no collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG  # noqa: F405
# Uploaded media is served by Django itself; production serves it from object storage.
SERVE_MEDIA = True

WAGTAILLOCALIZE_MACHINE_TRANSLATOR = globals().get(
    "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
)

# Keep the console readable: each background task and publication would otherwise log two lines.
LOGGING["loggers"] = {  # noqa: F405
    "django_tasks": {"level": "WARNING"},
    "wagtail": {"level": "WARNING"},
}
