"""Environment-driven settings, production's refusals and migrations."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

ROOT = Path(settings.BASE_DIR)
STRONG_KEY = "k7#Qp2!vL9x@Rz4&Tn8$Wm1^Yb6*Hc3(Jd5)Fg0_Se-Ua+Xo=Ei~Ny"


def run_manage(*args, **env):
    # The browser tests' DJANGO_ALLOW_ASYNC_UNSAFE must not reach a deployment check.
    unset = {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {key: value for key, value in os.environ.items() if key not in unset}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="website.settings.production", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_a_weak_secret_key():
    result = run_manage(
        "check", DJANGO_SETTINGS_MODULE="website.settings.production", SECRET_KEY="short", ALLOWED_HOSTS="example.org"
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_passes_the_deployment_check_without_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="experience-experts.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stdout + result.stderr


def test_database_and_cache_come_from_the_environment():
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='website.settings.dev'; django.setup(); "
        "from django.conf import settings as s; "
        "csp = s.CONTENT_SECURITY_POLICY['DIRECTIVES']; "
        "print(s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'], s.EMAIL_HOST, s.STORAGES['default']['BACKEND'], "
        "*csp['img-src'][2:], *csp['media-src'][1:])"
    )
    env = {
        **os.environ,
        "DATABASE_URL": "postgres://user:pw@db.example:5432/site",
        "CACHE_URL": "redis://cache.example:6379/1",
        "EMAIL_HOST": "smtp.example",
        "AWS_STORAGE_BUCKET_NAME": "media-bucket",
        "AWS_S3_CUSTOM_DOMAIN": "media.example",
    }
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "django_redis.cache.RedisCache",
        "smtp.example",
        "storages.backends.s3.S3Storage",
        # Images and videos may then come from the media host, and from nowhere else.
        "https://media.example",
        "https://media.example",
    ], result.stderr


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_machine_translation_uses_deepl_once_its_key_is_set_and_the_dummy_in_development():
    show = "from django.conf import settings; print(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', {}).get('CLASS'))"
    production = {"DJANGO_SETTINGS_MODULE": "website.settings.production", "SECRET_KEY": STRONG_KEY, "ALLOWED_HOSTS": "example.org"}

    def translator(**env):
        result = run_manage("shell", "--no-imports", "-c", show, **env)
        return result.stdout.strip() or result.stderr

    assert translator(DEEPL_AUTH_KEY="abc:fx", **production) == "wagtail_localize.machine_translators.deepl.DeepLTranslator"
    assert translator(**production) == "None"
    assert translator(DJANGO_SETTINGS_MODULE="website.settings.dev") == "wagtail_localize.machine_translators.dummy.DummyTranslator"
