"""Orders: validation, storage before mail, mail retried until sent once, coordinators' view, retention."""

import datetime
import json
import smtplib
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core import mail, signing
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from orders.forms import STARTED_SALT
from home.demo import stream
from orders.models import Order, OrderEvent, OrderStatus
from orders.tasks import send_order_mail
from tests.factories import (
    ExpertProfilePageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    member_of,
    price_table,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisations(homes):
    index = OrganisationIndexPageFactory(parent=homes["fi"])
    first = OrganisationPageFactory(parent=index, title="Verkosto", coordinator_email="coordinator@first.example")
    second = OrganisationPageFactory(parent=index, title="Keskus", coordinator_email="coordinator@second.example")
    expert = ExpertProfilePageFactory(parent=first, title="Aino")
    return {"first": first, "second": second, "expert": expert}


def valid_data(**changes):
    data = {
        "name": "Maija Tilaaja",
        "orderer_type": "public",
        "email": "maija@example.fi",
        "assignment_type": "lecture",
        "date": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        "start_time": "10:00",
        "duration_minutes": "60",
        "format": "remote",
        "audience": "Sosiaalityön opiskelijat",
        "audience_size": "40",
        "audience_language": "fi",
        "accepts_terms": "on",
        "privacy_consent": "on",
        "website": "",
        "started": signing.dumps(time.time() - 60, salt=STARTED_SALT),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_an_order_is_stored_confirmed_and_mailed(client, organisations, django_capture_on_commit_callbacks):
    expert = organisations["expert"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(expert.order_url(), valid_data())
    assert response.status_code == 302
    order = Order.objects.get()
    assert order.expert == expert and order.organisation == organisations["first"] and order.language == "fi"
    assert order.status == OrderStatus.RECEIVED and order.events.count() == 1
    confirmation = BeautifulSoup(client.get(response["Location"]).content.decode(), "html.parser")
    assert confirmation.select_one(".reference").get_text() == order.reference
    assert confirmation.html["lang"] == "fi"
    assert sorted(message.to[0] for message in mail.outbox) == ["coordinator@first.example", "maija@example.fi"]
    coordinator_mail = next(message for message in mail.outbox if message.to == ["coordinator@first.example"])
    assert coordinator_mail.body.strip().endswith(reverse("orders:inspect", args=[order.pk]))
    assert coordinator_mail.reply_to == ["maija@example.fi"]
    order.refresh_from_db()
    assert not order.mail_pending


def test_the_confirmation_shows_nothing_to_another_visitor(client, organisations):
    client.post(organisations["expert"].order_url(), valid_data())
    other = type(client)()
    response = other.get(organisations["expert"].route_url("order_received"))
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"email": "not-an-address"}, "email"),
        ({"date": "2020-01-01"}, "date"),
        ({"date": "31.02.2027"}, "date"),
        ({"format": "in_person", "address": ""}, "address"),
        ({"audience_size": "0"}, "audience_size"),
        ({"duration_minutes": "100000"}, "duration_minutes"),
        ({"accepts_terms": None}, "accepts_terms"),
        ({"privacy_consent": None}, "privacy_consent"),
        ({"goals": "x" * 20000}, "goals"),
        ({"website": "http://spam.example"}, "website"),
        ({"started": "just now"}, "started"),
        ({"started": "forged"}, "started"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_is_stored(client, organisations, changes, field):
    if changes.get("started") == "just now":
        changes = {"started": signing.dumps(time.time(), salt=STARTED_SALT)}
    response = client.post(organisations["first"].order_url(), valid_data(**changes))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert BeautifulSoup(response.content.decode(), "html.parser").select_one(".form-error")
    assert Order.objects.count() == 0 and not mail.outbox


def test_markup_is_stored_as_text_and_never_rendered(client, organisations):
    response = client.post(organisations["first"].order_url(), valid_data(name="<script>alert(1)</script>"))
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "<script>alert(1)</script>" not in page


def test_a_general_order_may_leave_the_expert_to_the_coordinator(client, organisations):
    assert client.post(organisations["first"].order_url(), valid_data()).status_code == 302
    assert Order.objects.get().expert is None


@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_mail_server_down_keeps_the_orders_and_sends_each_mail_once_when_it_returns(client, organisations, django_capture_on_commit_callbacks):
    from django_tasks_db.models import DBTaskResult

    for number in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(organisations["first"].order_url(), valid_data(email=f"o{number}@example.fi"))
        assert response.status_code == 302
    # Each order queued its mail in the database; the worker runs the tasks (here, one by one).
    # (Wagtail queues tasks of its own too; count only the order mail.)
    mail_tasks = DBTaskResult.objects.filter(task_path="orders.tasks.send_order_mail")
    assert mail_tasks.count() == 3
    with mock.patch("django.core.mail.backends.locmem.EmailBackend.send_messages", side_effect=smtplib.SMTPConnectError(421, "down")):
        for order in Order.objects.all():
            with django_capture_on_commit_callbacks(execute=True):
                send_order_mail.call(order.pk)
    assert Order.objects.count() == 3
    assert Order.objects.with_unsent_mail().count() == 3
    assert all(order.mail_attempts == 1 and order.mail_error for order in Order.objects.all())
    assert not mail.outbox
    # Each failure queued a retry for later.
    assert mail_tasks.count() == 6

    # The server is back; the retries run (here at once, instead of after their delay).
    for order in Order.objects.all():
        send_order_mail.call(order.pk)
        send_order_mail.call(order.pk)  # A duplicate run sends nothing more.
    assert Order.objects.with_unsent_mail().count() == 0
    assert len(mail.outbox) == 6


def coordinator_of(organisation, username):
    return member_of(organisation, username, ["view_order", "change_order"])


def make_order(organisation, **fields):
    defaults = {
        "language": "fi", "name": "N", "orderer_type": "public", "email": "n@example.fi", "assignment_type": "lecture",
        "date": timezone.localdate(), "start_time": "10:00", "duration_minutes": 60, "format": "remote",
        "audience": "A", "audience_size": 10, "audience_language": "fi", "accepts_terms": True,
        "privacy_consent_at": timezone.now(),
    }
    order = Order(organisation=organisation, **{**defaults, **fields})
    order.save_new()
    return order


def test_a_coordinator_sees_and_changes_only_their_organisations_orders(client, organisations):
    own, other = make_order(organisations["first"]), make_order(organisations["second"])
    client.force_login(coordinator_of(organisations["first"], "coordinator"))
    listing = client.get(reverse("orders:index")).content.decode()
    assert own.reference in listing and other.reference not in listing
    # (Django's LocaleMiddleware first tries the address with a language prefix; follow it.)
    assert client.get(reverse("orders:edit", args=[other.pk]), follow=True).status_code == 404
    assert client.get(reverse("orders:inspect", args=[other.pk]), follow=True).status_code == 404
    assert client.post(reverse("orders:edit", args=[other.pk]), {"status": "in_review"}).status_code in (302, 404)
    other.refresh_from_db()
    assert other.status == "received"
    response = client.post(reverse("orders:edit", args=[own.pk]), {"status": "in_review", "note": "Soitin tilaajalle."})
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.status == "in_review"
    assert list(own.events.values_list("status", "note")) == [("received", ""), ("in_review", "Soitin tilaajalle.")]
    export = b"".join(client.get(reverse("orders:index") + "?export=csv").streaming_content).decode()
    assert own.reference in export and other.reference not in export


def test_statuses_follow_the_workflow(organisations):
    order = make_order(organisations["first"])
    with pytest.raises(ValueError):
        order.change_status("delivered", "", None)
    for status in ("in_review", "matching", "offered", "confirmed", "delivered", "closed"):
        order.change_status(status, "", None)
    assert order.next_statuses == []


def test_retention_anonymises_old_finished_orders_and_deletes_on_request(organisations):
    old = make_order(organisations["first"], name="Vanha Tilaaja")
    old.change_status("declined", "Ei sopivaa aikaa", None)
    Order.objects.filter(pk=old.pk).update(status_changed_at=timezone.now() - datetime.timedelta(days=3 * 365))
    recent = make_order(organisations["first"], name="Uusi Tilaaja")
    call_command("anonymise_orders", verbosity=0)
    old.refresh_from_db(), recent.refresh_from_db()
    assert old.name == "" and old.anonymised_at and "n@example.fi" != old.email
    assert not old.events.exclude(note="").exists()
    assert recent.name == "Uusi Tilaaja"
    call_command("anonymise_orders", "--delete-for", "N@example.fi", verbosity=0)
    assert not Order.objects.filter(pk=recent.pk).exists()


@override_settings(ORDER_RATE_LIMIT="2/h")
def test_too_many_orders_from_one_client_get_a_friendly_429(client, organisations):
    url = organisations["first"].order_url()
    assert [client.post(url, valid_data()).status_code for _ in range(2)] == [302, 302]
    response = client.post(url, valid_data())
    assert response.status_code == 429
    assert BeautifulSoup(response.content.decode(), "html.parser").html["lang"] == "fi"
    assert Order.objects.count() == 2


def shown_estimate(response):
    """The one price-estimate message the page shows: (its state, its text)."""
    box = BeautifulSoup(response.content.decode(), "html.parser").select_one("[data-price-estimate]")
    (shown,) = [message for message in box.select("[data-state]") if not message.has_attr("hidden")]
    return shown["data-state"], shown.get_text(" ", strip=True)


def test_the_form_estimates_the_price_of_the_chosen_format_and_duration(client, organisations):
    organisation, expert = organisations["first"], organisations["expert"]
    organisation.price_list = stream(
        [["price_table", price_table(("Luento", "remote", 60, "130", "EUR"), ("Paneeli", "in_person", 90, "190", "EUR"))]]
    )
    organisation.save_revision().publish()
    expert.services = stream([["price_table", price_table(("Oma luento", "remote", 60, "150", "EUR"))]])
    expert.save_revision().publish()

    assert shown_estimate(client.get(expert.order_url()))[0] == "ask"
    # A form sent back for correction keeps the estimate; the expert's own price comes first.
    state, text = shown_estimate(client.post(expert.order_url(), valid_data(name="")))
    assert state == "found" and "150" in text
    state, text = shown_estimate(
        client.post(organisation.order_url(), valid_data(name="", format="in_person", duration_minutes="90", address="Katu 1"))
    )
    assert state == "found" and "190" in text
    assert shown_estimate(client.post(organisation.order_url(), valid_data(name="", duration_minutes="45")))[0] == "missing"
    # The script that updates the estimate as the orderer chooses reads the same prices.
    html = BeautifulSoup(client.get(organisation.order_url()).content.decode(), "html.parser")
    listed = json.loads(html.select_one("#listed-prices").string)
    assert {(row["format"], row["duration_minutes"]) for row in listed} == {("remote", 60), ("in_person", 90)}


@pytest.mark.django_db(transaction=True)
def test_fifty_orders_sent_at_once_are_all_stored_each_with_its_own_reference(organisations, settings):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite takes one writer at a time; the PostgreSQL pass runs this test.")
    settings.ORDER_RATE_LIMIT = "1000/h"
    url = organisations["expert"].order_url()
    start_together = threading.Barrier(50)

    def send(number):
        try:
            start_together.wait(timeout=30)
            return Client().post(url, valid_data(email=f"orderer{number}@example.fi")).status_code
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=50) as pool:
        statuses = list(pool.map(send, range(50)))

    assert statuses == [302] * 50
    assert set(Order.objects.values_list("email", flat=True)) == {f"orderer{number}@example.fi" for number in range(50)}
    assert len(set(Order.objects.values_list("reference", flat=True))) == 50
    assert OrderEvent.objects.count() == 50
    assert Order.objects.with_unsent_mail().count() == 0
    assert len(mail.outbox) == 100


def test_radio_choices_start_unchosen_and_offer_no_empty_option(client, organisations):
    html = BeautifulSoup(client.get(organisations["first"].order_url()).content.decode(), "html.parser")
    for name in ("orderer_type", "format"):
        radios = html.select(f"input[type=radio][name={name}]")
        assert radios and all(radio["value"] for radio in radios)
        assert not any(radio.has_attr("checked") for radio in radios)
