"""Settings shared by every environment; each environment module imports and adjusts them."""

from pathlib import Path

import dj_database_url

from .env import env_bool, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY", "insecure-development-key-never-use-in-production")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "organisations",
    "experts",
    "stories",
    "django_comments",
    "videos",
    "orders",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtailmedia",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.sites",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "website.urls"
WSGI_APPLICATION = "website.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "website" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(env_str("DATABASE_CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

_cache_url = env_str("CACHE_URL")
if _cache_url:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": _cache_url,
            "KEY_PREFIX": "experience-experts",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. The default language is where "/" sends a visitor whose browser asks
# for none of ours, and the language whose home stands in for a missing one.
LANGUAGE_CODE = env_str("DEFAULT_LANGUAGE", "fi")
LANGUAGES = [
    ("et", "Eesti"),
    ("fi", "Suomi"),
    ("lv", "Latviešu"),
    ("nb", "Norsk bokmål"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("TIME_ZONE", "Europe/Helsinki")
# The site's own strings, then the admin strings Wagtail and its add-ons lack upstream for our
# languages (website/admin_locale), so that an editor can work in the admin in their language.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "website" / "admin_locale"]

# The country whose crisis lines a page shows first, by the page's language.
LANGUAGE_COUNTRIES = {"et": "EE", "fi": "FI", "lv": "LV", "nb": "NO"}

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "website" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
_s3_bucket = env_str("AWS_STORAGE_BUCKET_NAME")
if _s3_bucket:
    # S3-compatible storage for uploads; the credentials and endpoint come from the
    # AWS_* variables that django-storages reads itself.
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": _s3_bucket,
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL"),
            "region_name": env_str("AWS_S3_REGION_NAME"),
            "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN"),
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env_str("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "noreply@experience-experts.example")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work (order mail). "immediate" runs a task at once, in the request; "database"
# queues it for `manage.py db_worker`, which retries mail while the mail server is down.
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[env_str("TASKS_BACKEND", "immediate")]
    }
}

# Orders one client may send: a school booking a week of lectures fits, a script does not.
ORDER_RATE_LIMIT = env_str("ORDER_RATE_LIMIT", "10/h")
# How long an order stays whole after it is closed; then `anonymise_orders` removes personal data.
ORDER_RETENTION_DAYS = int(env_str("ORDER_RETENTION_DAYS", str(2 * 365)))
# Comments on stories: django-contrib-comments stores them against django.contrib.sites' one site.
SITE_ID = 1
COMMENT_MAX_LENGTH = 3000
# Comments one client may post; a lively discussion fits, a flood does not.
COMMENT_RATE_LIMIT = env_str("COMMENT_RATE_LIMIT", "5/10m")
# django-ratelimit counts per client address; behind a proxy, name the header that carries it.
RATELIMIT_IP_META_KEY = env_str("RATELIMIT_IP_META_KEY", "REMOTE_ADDR")

WAGTAIL_SITE_NAME = "Experience Experts"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database search: SQLite's full-text index here, PostgreSQL's full-text search in
# production. PostgreSQL's "simple" configuration stems no words, so no language's text is read
# as English; each language is searched separately anyway.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}}
# Machine translation in wagtail-localize's translation editor: DeepL once DEEPL_AUTH_KEY is set
# (a key ending in ":fx" uses DeepL's free API). Development and tests use the dummy translator,
# which needs no network.
_deepl_auth_key = env_str("DEEPL_AUTH_KEY")
if _deepl_auth_key:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": _deepl_auth_key},
    }
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES + [("en", "English")]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"gif": "webp", "bmp": "webp", "tiff": "webp"}

# Nothing but our own host: no third-party script, style, font or frame. Uploads may come from
# the media host of AWS_S3_CUSTOM_DOMAIN; a video page kept on YouTube or Vimeo adds that one
# player to frame-src. The Wagtail admin uses inline scripts and styles of its own; the policy
# guards the public site.
_media_origins = [f"https://{env_str('AWS_S3_CUSTOM_DOMAIN')}"] if _s3_bucket and env_str("AWS_S3_CUSTOM_DOMAIN") else []
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:", *_media_origins],
        "media-src": ["'self'", *_media_origins],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "font-src": ["'self'"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "SAMEORIGIN"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}

SITE_HOSTNAME = env_str("SITE_HOSTNAME", "127.0.0.1")
SITE_PORT = int(env_str("SITE_PORT", "8000"))
