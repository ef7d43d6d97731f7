"""Demo orders: a handful of fictional orders at different points of the workflow, each
written in its orderer's language, so coordinators have something to filter, move and export.
Made only while there are no orders at all, so a real order list is never touched.
"""

import datetime

from django.utils import timezone

from home.demo import demo_key
from organisations.models import OrganisationPage

from .models import Order

ORDERS = [
    {
        "organisation": "fi-expert-network",
        "expert": False,
        "language": "fi",
        "path": [],
        "fields": {
            "name": "Riikka Demo",
            "orderer_organisation": "Järvikylän ammattiopisto",
            "orderer_type": "education",
            "email": "riikka.demo@ammattiopisto.example",
            "assignment_type": "lecture",
            "theme": "Toipuminen ja opiskelu",
            "goals": "Sosiaalialan opiskelijat kuulevat, miltä palvelut näyttävät asiakkaan silmin.",
            "format": "in_person",
            "address": "Opistotie 3, Jyväskylä",
            "audience": "Sosionomiopiskelijat",
            "audience_size": 40,
            "audience_language": "fi",
            "duration_minutes": 60,
        },
        "days_ahead": 30,
    },
    {
        "organisation": "fi-expert-network",
        "expert": True,
        "language": "fi",
        "path": [("in_review", "Soitettu tilaajalle, tarkennetaan aikataulua.")],
        "fields": {
            "name": "Jussi Esimerkki",
            "orderer_organisation": "Keski-Suomen hyvinvointialue",
            "orderer_type": "public",
            "email": "jussi.esimerkki@hyvinvointialue.example",
            "billing_name": "Keski-Suomen hyvinvointialue",
            "e_invoice_address": "003712345678",
            "assignment_type": "panel",
            "goals": "Henkilöstö pohtii, miten asiakkaan ääni kuuluu palvelujen suunnittelussa.",
            "format": "remote",
            "audience": "Sosiaalityön esihenkilöt",
            "audience_size": 25,
            "audience_language": "fi",
            "duration_minutes": 90,
        },
        "days_ahead": 45,
    },
    {
        "organisation": "ee-peer-counselling",
        "expert": False,
        "language": "et",
        "path": [("in_review", ""), ("matching", "Otsime vene keelt kõnelevat nõustajat.")],
        "fields": {
            "name": "Mari Näidis",
            "orderer_organisation": "Tartu noortekeskus",
            "orderer_type": "ngo",
            "email": "mari.naidis@noortekeskus.example",
            "assignment_type": "training",
            "theme": "Toetav vestlus noortega",
            "format": "in_person",
            "address": "Rüütli 1, Tartu",
            "audience": "Noorsootöötajad",
            "audience_size": 15,
            "audience_language": "et",
            "duration_minutes": 180,
        },
        "days_ahead": 21,
    },
    {
        "organisation": "no-competence-centre",
        "expert": True,
        "language": "nb",
        "path": [("in_review", ""), ("matching", ""), ("offered", "Tilbud sendt på e-post."), ("confirmed", "Bekreftet av oppdragsgiver.")],
        "fields": {
            "name": "Kari Eksempel",
            "orderer_organisation": "Fjordbyen kommune",
            "orderer_type": "public",
            "email": "kari.eksempel@kommune.example",
            "business_id": "999 888 777",
            "assignment_type": "lecture",
            "theme": "Brukermedvirkning i praksis",
            "format": "hybrid",
            "address": "Rådhusgata 5, Trondheim",
            "audience": "Ansatte i psykisk helse- og rustjenesten",
            "audience_size": 60,
            "audience_language": "nb",
            "duration_minutes": 120,
            "recording": True,
        },
        "days_ahead": 14,
    },
    {
        "organisation": "lv-youth-movement",
        "expert": True,
        "language": "lv",
        "path": [("in_review", ""), ("declined", "Eksperts šajā datumā nav pieejams; piedāvājām citu datumu.")],
        "fields": {
            "name": "Anna Paraugs",
            "orderer_organisation": "Rīgas vidusskola",
            "orderer_type": "education",
            "email": "anna.paraugs@skola.example",
            "assignment_type": "workshop",
            "theme": "Iecietība klasē",
            "format": "in_person",
            "address": "Skolas iela 10, Rīga",
            "audience": "Vidusskolēni",
            "audience_size": 28,
            "minors_present": True,
            "audience_language": "lv",
            "duration_minutes": 90,
        },
        "days_ahead": 10,
    },
    {
        "organisation": "fi-family-rehabilitation",
        "expert": False,
        "language": "fi",
        "path": [("on_hold", "Tilaaja palaa asiaan budjetin varmistuttua.")],
        "fields": {
            "name": "Tiina Testinen",
            "orderer_organisation": "Perheneuvola Aalto",
            "orderer_type": "public",
            "email": "tiina.testinen@perheneuvola.example",
            "assignment_type": "working_pair",
            "goals": "Kokemuskumppani ja sosiaalityöntekijä tapaavat vanhempia yhdessä.",
            "format": "in_person",
            "address": "Puistokatu 2, Tampere",
            "audience": "Lastensuojelun asiakasvanhemmat",
            "audience_size": 6,
            "audience_language": "fi",
            "duration_minutes": 120,
        },
        "days_ahead": 60,
    },
]


def load():
    if Order.objects.exists():
        return
    now = timezone.now()
    for data in ORDERS:
        organisation = OrganisationPage.objects.get(
            translation_key=demo_key(data["organisation"]), locale__language_code=data["language"]
        )
        order = Order(
            organisation=organisation,
            # The organisation's first expert who can be ordered, or the coordinator's choice.
            expert=organisation.orderable_experts().first() if data["expert"] else None,
            language=data["language"],
            date=timezone.localdate() + datetime.timedelta(days=data["days_ahead"]),
            start_time=datetime.time(13, 0),
            accepts_terms=True,
            privacy_consent_at=now,
            coordinator_notified_at=now,
            orderer_notified_at=now,
            **data["fields"],
        )
        order.save_new()
        for status, note in data["path"]:
            order.change_status(status, note, user=None)
