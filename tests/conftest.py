import os

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Collection, Locale, Page, Site

from tests.factories import HomePageFactory

LANGUAGES = [code for code, _name in settings.LANGUAGES]

# Home page titles per language, so tests can tell the versions apart.
HOME_TITLES = {"et": "Avaleht EE", "fi": "Etusivu FI", "lv": "Sākums LV", "nb": "Forside NO"}


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache, so rate limits counted by one never hold back the next."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


@pytest.fixture
def homes(locales):
    """A live home page in each language, translations of the default language's home."""
    # Transactional tests flush the trees that Wagtail's migrations create; plant the roots again.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales[settings.LANGUAGE_CODE])
    )
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    # wagtail-localize makes its permission in a data migration, which a flush removes.
    Permission.objects.get_or_create(
        codename="submit_translation",
        content_type=ContentType.objects.get_or_create(app_label="wagtail_localize", model="translation")[0],
        defaults={"name": "Can submit translations"},
    )
    Page.objects.filter(depth=2).delete()
    source = HomePageFactory(parent=root, title=HOME_TITLES[settings.LANGUAGE_CODE], slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=source, is_default_site=True, site_name="Test")
    pages = {settings.LANGUAGE_CODE: source}
    for code, locale in locales.items():
        if code == settings.LANGUAGE_CODE:
            continue
        translation = source.copy_for_translation(locale)
        translation.title = HOME_TITLES[code]
        translation.save_revision().publish()
        translation.refresh_from_db()
        pages[code] = translation
    return pages


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright; skipped where it is not installed, except in CI."""
    if not os.path.exists(CHROMIUM):
        message = "Chromium is missing: install it with 'sudo apt-get install chromium' to run the browser tests."
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; the tests use the ORM only
    # to prepare data, never at the same time as a browser call.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def browser_page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
