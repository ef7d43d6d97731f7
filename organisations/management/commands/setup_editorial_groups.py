from django.core.management.base import BaseCommand

from organisations.editorial import setup_editorial_groups


class Command(BaseCommand):
    help = (
        "Create or update the site-wide moderators, each language's moderation workflow, and every "
        "organisation's editors, coordinators and translators with its own collection. Safe to run again."
    )

    def handle(self, *args, **options):
        for organisation, groups in setup_editorial_groups().items():
            self.stdout.write(f"{organisation}: " + ", ".join(group.name for group in groups))
