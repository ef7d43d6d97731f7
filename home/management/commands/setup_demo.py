import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from experts import demo as experts_demo
from home import demo as site_demo
from orders import demo as orders_demo
from organisations import demo as organisations_demo
from organisations.editorial import setup_editorial_groups
from stories import demo as stories_demo
from videos import demo as videos_demo

DEMO_ADMIN_USERNAME = "admin"


class Command(BaseCommand):
    help = "Load the demo content in all four languages and create the demo admin account. Safe to run again."

    def handle(self, *args, **options):
        site_demo.load()
        organisations_demo.load()
        experts_demo.load()
        stories_demo.load()
        videos_demo.load()
        orders_demo.load()
        setup_editorial_groups()
        editor_password = os.environ.get("DEMO_EDITOR_PASSWORD", "demo-editor-2026")
        accounts = organisations_demo.load_accounts(editor_password)
        password = os.environ.get("DEMO_ADMIN_PASSWORD", "demo-admin-2026")
        user_model = get_user_model()
        if not user_model.objects.filter(username=DEMO_ADMIN_USERNAME).exists():
            user_model.objects.create_superuser(DEMO_ADMIN_USERNAME, "admin@experience-experts.example", password)
        self.stdout.write(
            "\nDemo content is ready.\n"
            "  Site:  http://127.0.0.1:8000/  (et, fi, lv, nb)\n"
            f"  Admin: http://127.0.0.1:8000/admin/  user {DEMO_ADMIN_USERNAME!r}, password {password!r}\n"
            f"  Demo editors, coordinators and translators, each with password {editor_password!r}:\n"
        )
        for username, group in accounts:
            self.stdout.write(f"    {username:<42} {group}\n")
