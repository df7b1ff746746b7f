"""No English on a Lao page: every page an artisan sees, read as she reads it.

The artisan's pages are rendered in Lao with Lao content and every visible text — and the texts a
screen reader or a browser shows: placeholder, title, aria-label, alt, the button values — is checked for
Latin words. A string someone forgot to mark for translation, or translated and forgot to compile, shows
up here with the page and the words.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from django.utils import timezone

from accounts.models import Notice
from accounts.notices import notice_send
from catalogue.models import Product
from producers.models import Producer
from tests import factories

pytestmark = pytest.mark.django_db

# What may stay in Latin letters on a Lao page: the brand, trade terms and units used as they are in
# Lao business, language names written in their own script (the switcher), and file formats.
ALLOWED = {
    "Hatthakam",
    "English",
    "ODOP",
    "HS",
    "EXW",
    "FCA",
    "CPT",
    "DAP",
    "FOB",
    "JPEG",
    "PNG",
    "WebP",
    "HEIC",
    "kg",
    "cm",
    "g",
    "MB",
    "KB",
    "px",
    "LAK",
    "JPY",
    "USD",
    "THB",
    "EUR",
    "CNY",
}
SKIPPED_TAGS = {"script", "style", "code"}
TEXT_ATTRIBUTES = ("placeholder", "title", "aria-label", "alt")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


class VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.skipping = 0
        self.foreign = 0  # inside an element whose lang is not Lao (e.g. the language switcher)
        self.stack: list[tuple[str, bool, bool]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        skipped = tag in SKIPPED_TAGS
        foreign = "lang" in attributes and attributes["lang"] not in ("lo", "")
        if tag not in ("input", "img", "br", "meta", "link", "source", "hr"):
            self.stack.append((tag, skipped, foreign))
            self.skipping += skipped
            self.foreign += foreign
        if self.skipping or self.foreign or foreign or tag in ("meta", "link"):
            return
        self.texts.extend(attributes[name] for name in TEXT_ATTRIBUTES if attributes.get(name))
        if tag == "input" and attributes.get("type") in ("submit", "button") and attributes.get("value"):
            self.texts.append(attributes["value"])

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            name, skipped, foreign = self.stack.pop()
            self.skipping -= skipped
            self.foreign -= foreign
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if not (self.skipping or self.foreign):
            self.texts.append(data)


def english_words(html: str) -> set[str]:
    parser = VisibleText()
    parser.feed(html)
    text = " ".join(parser.texts)
    text = re.sub(r"\S+@\S+|https?://\S+|/\S*", " ", text)  # addresses and paths are not words
    return {word for word in LATIN_WORD.findall(text) if word not in ALLOWED}


@pytest.fixture
def khamla(db):
    return factories.ArtisanFactory(
        full_name="ນາງ ຄຳລາ", email=None, phone="+8562055510101", preferred_language="lo"
    )


@pytest.fixture
def lao_producer(khamla):
    producer = factories.ProducerFactory(
        owner=khamla,
        name_en=None,
        story_en=None,
        village_en=None,
        name_lo="ກຸ່ມທໍຜ້າບ້ານພະນົມ",
        story_lo="ພວກເຮົາທໍຜ້າໄໝດ້ວຍມືມາສາມລຸ້ນແລ້ວ ຢູ່ໃຕ້ຖຸນເຮືອນຂອງພວກເຮົາ.",
        village_lo="ບ້ານພະນົມ",
        contact_name="ນາງ ຄຳລາ",
    )
    producer.crafts.add(factories.craft())
    return producer


def lao_product(producer: Producer, **fields) -> Product:
    category = factories.CategoryFactory(name_lo="ຜ້າພັນຄໍ", name_en="Scarves")
    values = {
        "producer": producer,
        "category": category,
        "title_en": None,
        "description_en": None,
        "title_lo": "ຜ້າພັນຄໍໄໝ ລາຍນາກ",
        "description_lo": "ທໍດ້ວຍມື ຍ້ອມສີຄາມທຳມະຊາດ.",
        "original_language": "lo",
        **fields,
    }
    product = factories.ProductFactory(**values)
    factories.PhotoFactory(product=product)
    return product


@pytest.fixture
def shelf(lao_producer):
    published = lao_product(lao_producer)
    Product.objects.filter(pk=published.pk).update(
        pending_changes={"price_lak": 500000}, changes_submitted_at=timezone.now()
    )
    draft = lao_product(lao_producer, status=Product.Status.DRAFT, published_at=None)
    rejected = lao_product(
        lao_producer,
        status=Product.Status.REJECTED,
        published_at=None,
        rejection_reason="ກະລຸນາຖ່າຍຮູບໃໝ່ ໃຫ້ແຈ້ງກວ່ານີ້.",
    )
    lao_product(lao_producer, status=Product.Status.ARCHIVED)
    return {"published": published, "draft": draft, "rejected": rejected}


ARTISAN_PAGES = [
    "/lo/my/producer/",
    "/lo/my/producer/edit/",
    "/lo/my/producer/members/",
    "/lo/my/products/",
    "/lo/my/products/?archived=1",
    "/lo/my/products/new/",
    "/lo/my/products/{published}/",
    "/lo/my/products/{draft}/",
    "/lo/my/products/{rejected}/",
    "/lo/my/products/{published}/photos/",
    "/lo/my/products/{draft}/photos/",
    "/lo/my/products/{draft}/archive/",
    "/lo/accounts/notices/",
    "/lo/accounts/settings/",
    "/lo/accounts/password/change/",
]
VISITOR_PAGES = [
    "/lo/accounts/signup/",
    "/lo/accounts/login/",
    "/lo/accounts/password/reset/",
    "/lo/accounts/password/reset/sent/",
    "/lo/accounts/signup/buyer/",
    "/lo/accounts/confirm/bad-token/",
]


@pytest.mark.parametrize("path", ARTISAN_PAGES)
def test_an_artisans_page_in_lao_has_no_english(client, khamla, shelf, path):
    for kind in (Notice.Kind.PRODUCT_APPROVED, Notice.Kind.PRODUCT_REJECTED):
        notice_send(user=khamla, kind=kind, subject={"lo": "ຜ້າພັນຄໍໄໝ"}, reason="ກະລຸນາແກ້ໄຂ.")
    client.force_login(khamla)
    response = client.get(path.format(**{name: product.pk for name, product in shelf.items()}))
    assert response.status_code == 200
    assert english_words(response.content.decode()) == set()


@pytest.mark.parametrize("path", VISITOR_PAGES)
def test_a_visitors_account_page_in_lao_has_no_english(client, db, path):
    response = client.get(path)
    assert response.status_code == 200
    assert english_words(response.content.decode()) == set()


def test_a_form_with_errors_in_lao_has_no_english(client, khamla, lao_producer):
    client.force_login(khamla)
    response = client.post("/lo/my/products/new/", {"title_lo": "", "price_lak": "ສອງແສນ"})
    assert response.status_code == 200
    assert english_words(response.content.decode()) == set()
    response = client.post("/lo/accounts/signup/", {"login": "hello", "password1": "1", "password2": "2"})
    assert english_words(response.content.decode()) == set()


def test_the_check_finds_english():
    assert english_words('<p>ສະບາຍດີ <button title="Save">ບັນທຶກ</button> Send</p>') == {"Save", "Send"}
    assert english_words('<p lang="ja">日本語</p><a lang="en">English only</a>') == set()
