"""Compile every gettext catalog of the project (locale/ and website/admin_locale/) with Babel,
so that no GNU gettext is needed.

pybabel's own compile command refuses Latvian plural entries whose first form (used for 1, 21,
31…) names the count while the English singular doesn't; Django formats them correctly, so the
catalogs are written as they are.
"""

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent

for po_path in [*ROOT.glob("locale/*/LC_MESSAGES/*.po"), *ROOT.glob("website/admin_locale/*/LC_MESSAGES/*.po")]:
    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, locale=po_path.parent.parent.name, abort_invalid=True)
    with po_path.with_suffix(".mo").open("wb") as mo_file:
        write_mo(mo_file, catalog)
