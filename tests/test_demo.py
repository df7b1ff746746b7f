"""The demo data: `load_demo` fills a believable catalogue, and a second run changes nothing.

Drawing some 300 pictures takes seconds, so the command runs twice for the whole module (inside a
transaction rolled back at the end) and each test reads what it needs from that one load.
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth import authenticate
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.db.models import Max
from django.test import override_settings

from accounts.services import MODERATORS_GROUP
from catalogue.models import Photo, Product
from orders.demo import DemoDataError, content, demo_validate
from orders.models import Message
from producers.models import Producer

DEMO_APPS = ("accounts", "producers", "catalogue", "orders")


@dataclass
class Load:
    output: str
    seconds: float
    state: dict


@dataclass
class DemoRuns:
    first: Load
    second: Load


def database_and_media_state(media: Path) -> dict:
    """Row counts of every model of our apps, the newest edits, and every media file with its mtime."""
    counts = {
        model._meta.label: model.objects.count()
        for label in DEMO_APPS
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
    }
    return {
        "counts": counts,
        "producers_updated": Producer.objects.aggregate(last=Max("updated_at"))["last"],
        "products_updated": Product.objects.aggregate(last=Max("updated_at"))["last"],
        "files": {
            (str(path.relative_to(media)), path.stat().st_mtime_ns)
            for path in media.rglob("*")
            if path.is_file()
        },
    }


def load_demo(media: Path) -> Load:
    out = io.StringIO()
    started = time.perf_counter()
    call_command("load_demo", stdout=out)
    return Load(out.getvalue(), time.perf_counter() - started, database_and_media_state(media))


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory) -> DemoRuns:
    media = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        first = load_demo(media)
        second = load_demo(media)
        yield DemoRuns(first, second)
        # Other test modules expect an empty database.
        transaction.set_rollback(True)


def test_a_second_load_changes_nothing(demo, db):
    assert demo.first.state["counts"]["producers.Producer"] >= 25
    assert demo.second.state == demo.first.state
    assert "(created 0, updated 0, unchanged " in demo.second.output


def test_the_summary_line_counts_what_was_loaded(demo, db):
    summary = demo.first.output
    assert summary.startswith(f"demo data: 25 producers, {len(content.PRODUCTS)} products, ")
    assert f"{len(content.INQUIRIES)} inquiries (created " in summary


def test_the_public_catalogue_is_full(demo, db):
    assert Producer.objects.public().count() >= 20
    assert Product.objects.published().count() >= 120


def test_some_products_are_only_in_lao_and_some_only_in_english(demo, db):
    assert Product.objects.filter(original_language="lo", title_en="", title_ja="").exists()
    assert Product.objects.filter(original_language="en", title_lo="", title_ja="").exists()


def test_hidden_producers_keep_their_products_out_of_the_catalogue(demo, db):
    hidden = Producer.objects.exclude(status=Producer.Status.APPROVED)
    assert set(hidden.values_list("status", flat=True)) == {"pending", "draft", "suspended"}
    assert Product.objects.filter(producer__in=hidden).exists()
    assert not Product.objects.published().filter(producer__in=hidden).exists()


def test_every_published_product_has_a_photo(demo, db):
    assert not Product.objects.published().filter(photos__isnull=True).exists()
    photo = Photo.objects.order_by("id").first()
    assert (photo.width, photo.height) == (800, 600)


def test_the_demo_artisan_signs_in_with_a_local_phone_number(demo, db):
    user = authenticate(username="020 5551 0101", password="hatthakam-demo")
    assert user is not None
    assert user.full_name == "Khamla Phommachanh"
    assert Producer.objects.managed_by(user).get().slug == "ban-phanom-weavers"


def test_the_moderator_and_buyers_are_ready_to_use(demo, db):
    noy = authenticate(username="noy@hatthakam.la", password="hatthakam-demo")
    assert noy.is_moderator and noy.is_staff
    assert noy.groups.filter(name=MODERATORS_GROUP).exists()
    assert Group.objects.get(name=MODERATORS_GROUP).permissions.exists()
    sato = authenticate(username="sato@example.jp", password="hatthakam-demo")
    assert sato.buyer_profile.company == "Kyoto Zakka Trading"


def test_buyers_write_in_japanese_and_makers_answer_in_lao(demo, db):
    messages = Message.objects.select_related("author")
    assert {m.language for m in messages if m.author.role == "buyer"} == {"ja"}
    assert {m.language for m in messages if m.author.role == "artisan"} == {"lo"}
    translated = messages.exclude(translation="")
    assert translated.exists()
    assert all(m.translated_by.email == "noy@hatthakam.la" for m in translated)


def test_a_product_with_a_bad_hs_code_is_refused_by_its_key(db):
    broken = {**content.PRODUCTS[0], "key": "broken-scarf", "hs_code": "6214.10"}
    bad = SimpleNamespace(**{name: getattr(content, name) for name in content.__all__})
    bad.PRODUCTS = [*content.PRODUCTS, broken]
    with pytest.raises(DemoDataError, match="broken-scarf"):
        demo_validate(bad)
