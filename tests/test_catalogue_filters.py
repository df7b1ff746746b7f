"""The product list's filters, sorting and chips: what a Japanese importer narrows a catalogue by.

Every filter alone and combined, the sort orders, the chips that remove one filter, pagination that
keeps them, bad input that is shown and ignored (never a 500), prices typed in yen or dollars, and the
query budget with the filter options cached.
"""

from __future__ import annotations

import datetime as dt
import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from catalogue.filters import FILTER_OPTIONS_KEY, keyword_condition
from catalogue.models import Product
from producers.models import Producer
from tests import factories
from tests.test_lao_pages import english_words

pytestmark = pytest.mark.django_db

LIST = "/en/products/"


def titles(response) -> list[str]:
    """The card titles of a list page, in order."""
    assert response.status_code == 200, response.status_code
    return re.findall(r'<span class="t"[^>]*>([^<]+)</span>', response.content.decode())


def chips(response) -> dict[str, str]:
    """{chip text: its link} of the applied filters."""
    html = response.content.decode()
    block = re.search(r'<ul class="chips applied".*?</ul>', html, re.S)
    if not block:
        return {}
    found = re.findall(r'<li><a href="([^"]*)"><span[^>]*>([^<]*)</span>', block.group(0))
    return {unescape(text): unescape(href) for href, text in found}


def params(link: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(link).query)


def errors(response) -> dict[str, str]:
    """{field name: its message} of the fields the form refused."""
    html = response.content.decode()
    return {name: unescape(text) for name, text in re.findall(r'id="id_(\w+)_error"><li>([^<]*)</li>', html)}


@pytest.fixture
def textiles(db):
    return factories.CategoryFactory(
        slug="textiles", name_en="Textiles", name_lo="ຜ້າ", name_ja="織物", craft=factories.craft("weaving")
    )


@pytest.fixture
def scarves(textiles):
    return factories.CategoryFactory(
        slug="scarves", name_en="Scarves", name_lo="ຜ້າພັນຄໍ", name_ja="ストール", parent=textiles
    )


@pytest.fixture
def baskets(db):
    return factories.CategoryFactory(
        slug="baskets",
        name_en="Baskets",
        name_lo="ກະຕ່າ",
        name_ja="かご",
        craft=factories.craft("bamboo-rattan"),
    )


@pytest.fixture
def tableware(db):
    """A category of no particular craft: its products belong to the crafts their makers practise."""
    return factories.CategoryFactory(slug="tableware", name_en="Tableware", name_lo="ຖ້ວຍຈານ", name_ja="食器")


@pytest.fixture
def silk(db):
    return factories.MaterialFactory(slug="silk", name_en="Silk", name_lo="ໄໝ", name_ja="シルク")


@pytest.fixture
def odop_tag(db):
    return factories.OdopTagFactory(
        slug="ban-phanom-silk",
        name_en="Ban Phanom silk",
        name_lo="ຜ້າໄໝບ້ານພະນົມ",
        district=factories.district(601),
    )


def product(title: str, **fields) -> Product:
    return factories.ProductFactory(title_en=title, **fields)


# --- Each filter alone --------------------------------------------------------------------------


def test_without_filters_every_public_product_is_listed_newest_first(client, textiles):
    now = timezone.now()
    product("Old scarf", category=textiles, published_at=now - dt.timedelta(days=3))
    product("New scarf", category=textiles, published_at=now)
    assert titles(client.get(LIST)) == ["New scarf", "Old scarf"]


@pytest.mark.parametrize(
    "keyword",
    ["indigo", "INDIGO", "藍染め", "ຍ້ອມຄາມ", "Phanom Weavers", "ບ້ານພະນົມ"],
    ids=["en", "case", "ja", "lo", "producer", "producer-lo"],
)
def test_the_keyword_finds_titles_in_every_language_and_the_makers_name(client, textiles, keyword):
    maker = factories.ProducerFactory(name_en="Phanom Weavers", name_lo="ກຸ່ມທໍຜ້າບ້ານພະນົມ")
    factories.ProductFactory(
        producer=maker,
        category=textiles,
        title_en="Indigo silk scarf",
        title_ja="藍染めシルクストール",
        title_lo="ຜ້າພັນຄໍໄໝຍ້ອມຄາມ",
    )
    product("Bamboo basket", category=textiles, producer__name_en="Basket makers", producer__name_lo="ກຸ່ມສານ")
    assert titles(client.get(LIST, {"q": keyword})) == ["Indigo silk scarf"]


def test_the_keyword_looks_in_every_title_column_modeltranslation_made():
    sql = str(Product.objects.filter(keyword_condition("x")).query)
    where = sql.split(" WHERE ", 1)[1].split(" ORDER BY ")[0]
    for column in ("title_lo", "title_en", "title_ja", "name_lo", "name_en", "name_ja"):
        # SQLite: "title_lo" LIKE %x% ESCAPE …; PostgreSQL: UPPER("title_lo"::text) LIKE UPPER(%x%)
        assert re.search(rf'"{column}"(::text\))? LIKE', where), column


def test_a_top_level_category_includes_its_children_and_a_child_only_itself(
    client, textiles, scarves, baskets
):
    product("Fabric", category=textiles)
    product("Scarf", category=scarves)
    product("Basket", category=baskets)
    assert sorted(titles(client.get(LIST, {"category": "textiles"}))) == ["Fabric", "Scarf"]
    assert titles(client.get(LIST, {"category": "scarves"})) == ["Scarf"]


def test_the_craft_follows_the_category_then_the_makers_crafts(client, scarves, baskets, tableware):
    weavers = factories.ProducerFactory()
    weavers.crafts.add(factories.craft("weaving"))
    potters = factories.ProducerFactory()
    potters.crafts.add(factories.craft("pottery"))
    product("Scarf", category=scarves, producer=potters)  # its parent category is weaving
    product("Basket", category=baskets, producer=weavers)  # bamboo work, whoever makes it
    product("Woven place mats", category=tableware, producer=weavers)
    product("Clay bowl", category=tableware, producer=potters)
    assert sorted(titles(client.get(LIST, {"craft": "weaving"}))) == ["Scarf", "Woven place mats"]
    assert titles(client.get(LIST, {"craft": "pottery"})) == ["Clay bowl"]
    assert titles(client.get(LIST, {"craft": "bamboo-rattan"})) == ["Basket"]


def test_a_maker_with_several_crafts_lists_each_product_once(client, tableware):
    maker = factories.ProducerFactory()
    maker.crafts.add(factories.craft("weaving"), factories.craft("pottery"), factories.craft("bamboo-rattan"))
    product("Plate", category=tableware, producer=maker)
    assert titles(client.get(LIST, {"craft": "pottery"})) == ["Plate"]


def test_the_district_filter(client, textiles):
    product("From Luang Prabang", category=textiles, producer__district=factories.district(601))
    product("From Nambak", category=textiles, producer__district=factories.district(605))
    assert titles(client.get(LIST, {"district": "nambak"})) == ["From Nambak"]


def test_the_odop_filter_finds_the_products_of_producers_with_the_tag(client, textiles, odop_tag):
    tagged = factories.ProducerFactory()
    tagged.odop_tags.add(odop_tag)
    product("ODOP scarf", category=textiles, producer=tagged)
    product("Other scarf", category=textiles)
    assert titles(client.get(LIST, {"odop": "ban-phanom-silk"})) == ["ODOP scarf"]


def test_the_material_filter_lists_a_product_of_several_materials_once(client, textiles, silk):
    cotton = factories.MaterialFactory(slug="cotton", name_en="Cotton")
    mixed = product("Silk and cotton", category=textiles)
    mixed.materials.add(silk, cotton)
    product("Cotton only", category=textiles).materials.add(cotton)
    assert titles(client.get(LIST, {"material": "silk"})) == ["Silk and cotton"]


def test_prices_in_kip(client, textiles):
    for price in (100_000, 300_000, 900_000):
        product(f"At {price}", category=textiles, price_lak=price)
    found = titles(
        client.get(LIST, {"cur": "LAK", "price_min": "200000", "price_max": "900,000", "sort": "price"})
    )
    assert found == ["At 300000", "At 900000"]


def test_prices_in_yen_are_converted_at_the_latest_rate(client, textiles):
    factories.ExchangeRateFactory(
        currency="JPY", rate_to_lak="100", date=timezone.localdate() - dt.timedelta(30)
    )
    factories.ExchangeRateFactory(currency="JPY", rate_to_lak="150", date=timezone.localdate())
    factories.ExchangeRateFactory(
        currency="JPY", rate_to_lak="999", date=timezone.localdate() + dt.timedelta(1)
    )
    product("450,000 kip", category=textiles, price_lak=450_000)  # ¥3,000 at 150
    product("450,001 kip", category=textiles, price_lak=450_001)
    response = client.get(LIST, {"price_max": "3000", "cur": "JPY"})
    assert titles(response) == ["450,000 kip"]
    assert set(chips(response)) == {"Up to ¥3,000"}
    assert "missing-rate" not in response.content.decode()
    # Yen is the Japanese page's currency: no need to choose it.
    assert titles(client.get("/ja/products/", {"price_max": "3000"})) == ["450,000 kip"]


def test_each_card_shows_its_price_in_the_buyers_currency_too(client, textiles):
    factories.ExchangeRateFactory(currency="JPY", rate_to_lak="150")
    factories.ExchangeRateFactory(currency="USD", rate_to_lak="20000")
    product("Scarf", category=textiles, price_lak=450_000)
    assert "約3,000円" in client.get("/ja/products/").content.decode()
    assert "≈ US$22.50" in client.get(LIST).content.decode()
    assert "≈ ¥3,000" in client.get(LIST, {"cur": "JPY"}).content.decode()
    # In kip, on the Lao page or when asked for: the kip price alone.
    assert "≈" not in client.get("/lo/products/").content.decode()
    assert "≈" not in client.get(LIST, {"cur": "LAK"}).content.decode()


def test_a_card_without_a_rate_for_the_currency_shows_kip_alone(client, textiles):
    product("Scarf", category=textiles, price_lak=450_000)
    html = client.get("/ja/products/").content.decode()
    assert "450,000" in html and "約" not in html


def test_the_currency_follows_the_page_language_unless_chosen(client, textiles):
    factories.ExchangeRateFactory(currency="USD", rate_to_lak="20000")
    product("Scarf", category=textiles, price_lak=450_000)  # US$22.50
    assert titles(client.get(LIST, {"price_max": "23"})) == ["Scarf"]  # dollars on the English page
    assert titles(client.get(LIST, {"price_max": "22"})) == []
    assert titles(client.get(LIST, {"price_max": "23", "cur": "LAK"})) == []
    # An unknown currency is said so, and the page's currency, listed first, is used.
    unknown = client.get(LIST, {"price_max": "23", "cur": "EUR"})
    assert titles(unknown) == ["Scarf"]
    assert re.search(
        r'<select name="cur"[^>]*aria-invalid="true"[^>]*><option value="USD">', unknown.content.decode()
    )
    assert 'value="LAK" selected' in client.get("/lo/products/").content.decode()
    assert 'value="JPY" selected' in client.get("/ja/products/").content.decode()
    assert 'value="USD" selected' in client.get(LIST).content.decode()


def test_without_a_rate_the_prices_are_read_as_kip_and_the_page_says_so(client, textiles):
    product("Cheap", category=textiles, price_lak=2_000)
    product("Dear", category=textiles, price_lak=450_000)
    response = client.get(LIST, {"price_max": "3000", "cur": "JPY"})
    assert titles(response) == ["Cheap"]
    html = response.content.decode()
    assert "There is no exchange rate for JPY yet, so the prices you typed are read as kip." in html
    assert "Up to 3,000 kip" in chips(response)
    assert '<details class="filter-panel" open>' in html


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"moq_max": "10"}, ["MOQ 5, 20 days", "MOQ 10, no lead time"]),
        ({"lead_max": "20"}, ["MOQ 5, 20 days", "In stock"]),
        ({"lead_max": "0"}, ["In stock"]),
        ({"samples": "on"}, ["MOQ 5, 20 days"]),
        ({"customisable": "on"}, ["MOQ 10, no lead time"]),
        ({"verified": "on"}, ["In stock"]),
    ],
)
def test_b2b_filters(client, textiles, query, expected):
    now = timezone.now()
    product("MOQ 5, 20 days", category=textiles, min_order_qty=5, lead_time_days=20, sample_available=True)
    product(
        "MOQ 10, no lead time", category=textiles, lead_time_days=None, customisable=True, published_at=now
    )
    product(
        "In stock",
        category=textiles,
        min_order_qty=50,
        lead_time_days=0,
        producer__verified_at=now,
        published_at=now,
    )
    assert sorted(titles(client.get(LIST, query))) == sorted(expected)


# --- Filters combined, sorting ------------------------------------------------------------------


def test_filters_combine(client, scarves, baskets, silk):
    factories.ExchangeRateFactory(currency="JPY", rate_to_lak="150")
    verified = factories.ProducerFactory(verified_at=timezone.now(), name_en="Trusted weavers")
    match = product(
        "The one",
        category=scarves,
        producer=verified,
        price_lak=300_000,
        min_order_qty=5,
        sample_available=True,
    )
    match.materials.add(silk)
    product(
        "Too dear", category=scarves, producer=verified, price_lak=900_000, sample_available=True
    ).materials.add(silk)
    product("No sample", category=scarves, producer=verified, price_lak=300_000).materials.add(silk)
    product("Not silk", category=scarves, producer=verified, price_lak=300_000, sample_available=True)
    product("Unverified", category=scarves, price_lak=300_000, sample_available=True).materials.add(silk)
    product("Other category", category=baskets, producer=verified, sample_available=True).materials.add(silk)
    query = {
        "q": "trusted",
        "category": "textiles",
        "material": "silk",
        "price_max": "5000",
        "moq_max": "10",
        "samples": "on",
        "verified": "on",
    }
    response = client.get("/ja/products/", query)
    assert titles(response) == ["The one"]
    assert len(chips(response)) == 7


@pytest.mark.parametrize(
    "sort, expected",
    [
        ("newest", ["C", "B", "A"]),
        ("price", ["B", "A", "C"]),
        ("-price", ["C", "A", "B"]),
        ("moq", ["A", "C", "B"]),
        ("lead", ["C", "B", "A"]),
    ],
)
def test_sort_orders(client, textiles, sort, expected):
    now = timezone.now()
    product("A", category=textiles, price_lak=200, min_order_qty=1, lead_time_days=None, published_at=now)
    product(
        "B",
        category=textiles,
        price_lak=100,
        min_order_qty=30,
        lead_time_days=20,
        published_at=now + dt.timedelta(1),
    )
    product(
        "C",
        category=textiles,
        price_lak=300,
        min_order_qty=5,
        lead_time_days=10,
        published_at=now + dt.timedelta(2),
    )
    assert titles(client.get(LIST, {"sort": sort})) == expected


# --- Chips, clear all, pagination ---------------------------------------------------------------


def test_each_chip_links_to_the_same_list_without_its_filter(client, scarves, silk, odop_tag):
    product("Scarf", category=scarves)
    query = {
        "q": "scarf",
        "category": "scarves",
        "material": "silk",
        "odop": "ban-phanom-silk",
        "cur": "LAK",
        "price_min": "1000",
        "lead_max": "30",
        "verified": "on",
        "sort": "price",
        "page": "1",
        "district": "",
    }
    response = client.get(LIST, query)
    found = chips(response)
    expected_chips = {
        "Keyword: scarf": "q",
        "Scarves": "category",
        "Silk": "material",
        "Ban Phanom silk": "odop",
        "From 1,000 kip": "price_min",
        "Ready within 30 days": "lead_max",
        "Verified producers only": "verified",
    }
    assert set(found) == set(expected_chips)
    for text, removed in expected_chips.items():
        link = found[text]
        assert link.startswith("/en/products/?")
        kept = params(link)
        assert removed not in kept
        assert "page" not in kept and "district" not in kept  # no page number, no empty field
        assert kept["sort"] == ["price"]
        assert len(kept) == len(query) - 3  # less this filter, the page and the empty district
    html = response.content.decode()
    assert '<a class="clear" href="/en/products/?sort=price">Clear all filters</a>' in html


def test_no_chips_and_no_clear_link_without_filters(client, textiles):
    product("Scarf", category=textiles)
    response = client.get(LIST, {"sort": "price", "q": " "})
    assert chips(response) == {}
    assert "Clear all filters" not in response.content.decode()


def test_no_results_offers_to_clear_the_filters(client, textiles):
    product("Scarf", category=textiles, sample_available=False)
    html = client.get(LIST, {"samples": "on"}).content.decode()
    assert "No products match these filters." in html
    assert "0 products" in html


def test_pagination_keeps_every_filter_and_drops_empty_fields(client, textiles, silk):
    for product_ in factories.ProductFactory.create_batch(30, category=textiles, sample_available=True):
        product_.materials.add(silk)
    product("Without samples", category=textiles)
    query = {"q": "", "material": "silk", "samples": "on", "sort": "price", "district": "", "cur": "LAK"}
    first = client.get(LIST, query)
    html = first.content.decode()
    assert len(titles(first)) == 24
    assert "30 products" in html
    next_link = unescape(re.search(r'rel="next" href="([^"]+)"', html).group(1))
    assert params(next_link) == {
        "material": ["silk"],
        "samples": ["on"],
        "sort": ["price"],
        "cur": ["LAK"],
        "page": ["2"],
    }
    second = client.get(LIST + next_link)
    assert len(titles(second)) == 6
    previous = unescape(re.search(r'rel="prev" href="([^"]+)"', second.content.decode()).group(1))
    assert params(previous)["page"] == ["1"] and params(previous)["material"] == ["silk"]


def test_category_links_keep_the_other_filters(client, textiles, baskets):
    product("Scarf", category=textiles)
    html = unescape(client.get(LIST, {"samples": "on", "category": "baskets", "page": "2"}).content.decode())
    assert 'href="?samples=on&category=textiles"' in html
    assert 'href="/en/products/?samples=on">All</a>' in html


# --- Bad input: shown next to the field, ignored, never a 500 -----------------------------------


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("price_min", "abc", "Write a price with digits, for example 3300 or 12.50."),
        ("price_min", "-5", "This cannot be a negative number."),
        ("price_max", "1e40", "This cannot be more than 1,000,000,000,000. Please check the number."),
        ("price_max", "NaN", "Write a price with digits, for example 3300 or 12.50."),
        ("moq_max", "0", "This must be at least 1."),
        ("moq_max", "ten", "Write a whole number with digits, for example 30."),
        ("lead_max", "-1", "This cannot be a negative number."),
        ("lead_max", "99999999999999999999999", "This cannot be more than 3,650. Please check the number."),
        ("district", "atlantis", "“atlantis” is not one of the choices, so it is not used."),
        ("odop", "nothing", "“nothing” is not one of the choices, so it is not used."),
        ("material", "unobtainium", "“unobtainium” is not one of the choices, so it is not used."),
        ("sort", "random", "“random” is not one of the choices, so it is not used."),
        ("cur", "EUR", "“EUR” is not one of the choices, so it is not used."),
    ],
)
def test_bad_input_is_shown_next_to_its_field_and_ignored(client, textiles, silk, field, value, message):
    kept = product("Silk scarf", category=textiles, sample_available=True)
    kept.materials.add(silk)
    product("Cotton scarf", category=textiles)
    response = client.get(LIST, {field: value, "samples": "on"})
    assert response.status_code == 200
    assert errors(response) == {field: message}
    assert titles(response) == ["Silk scarf"]  # the other filter still applies
    html = unescape(response.content.decode())
    assert f'name="{field}"' in html
    if field not in ("district", "odop", "material", "sort", "cur"):
        assert f'value="{value}"' in html  # kept as typed
    assert '<details class="filter-panel" open>' in html
    assert set(chips(response)) == {"Samples available"}


def test_a_highest_price_below_the_lowest_is_ignored(client, textiles):
    product("Scarf", category=textiles, price_lak=5_000)
    response = client.get(LIST, {"cur": "LAK", "price_min": "1000", "price_max": "10"})
    assert titles(response) == ["Scarf"]
    assert errors(response) == {"price_max": "The highest price is below the lowest, so it is not used."}


@pytest.mark.parametrize("slug", ["nope", "craft-that-is-not"])
def test_an_unknown_category_or_craft_answers_404_but_still_lists_with_its_message(client, textiles, slug):
    product("Scarf", category=textiles)
    field = "category" if slug == "nope" else "craft"
    response = client.get(LIST, {field: slug})
    assert response.status_code == 404
    html = unescape(response.content.decode())
    assert f"“{slug}” is not one of the choices, so it is not used." in html
    assert "Scarf" in html


@pytest.mark.parametrize(
    "query",
    [
        {"q": "a\x00b"},
        {"q": "%_\\'\""},
        {"q": "x" * 5000},
        {"page": "abc"},
        {"page": "99999"},
        {"price_min": "１２,０００"},
        {"lead_max": "1.5"},
        {"samples": "yes-please"},
        {"district": "../../etc"},
        {"price_min": "1" * 400},
    ],
)
def test_odd_input_never_breaks_the_page(client, textiles, query):
    product("Scarf", category=textiles)
    assert client.get(LIST, query).status_code == 200


def test_numbers_typed_with_a_japanese_keyboard_or_separators_are_understood(client, textiles):
    product("Dear", category=textiles, price_lak=5_000_000)
    product("Cheap", category=textiles, price_lak=10_000)
    response = client.get(LIST, {"cur": "LAK", "price_min": "１，０００，０００"})
    assert titles(response) == ["Dear"]
    assert errors(response) == {}


def test_a_long_keyword_is_cut_not_refused(client, textiles):
    product("Scarf", category=textiles)
    response = client.get(LIST, {"q": "scarf" + " " * 3 + "x" * 200})
    assert errors(response) == {}
    assert titles(response) == []


# --- Only public products, for everyone ---------------------------------------------------------


@pytest.mark.parametrize("status", ["draft", "pending", "rejected", "archived"])
def test_filters_never_reveal_unpublished_products(client, textiles, silk, status):
    hidden = product("Hidden scarf", category=textiles, status=status, sample_available=True)
    hidden.materials.add(silk)
    query = {"q": "hidden", "material": "silk", "samples": "on", "category": "textiles", "sort": "price"}
    assert titles(client.get(LIST, query)) == []


@pytest.mark.parametrize("status", ["draft", "pending", "rejected", "suspended"])
def test_filters_never_reveal_products_of_producers_not_approved(client, textiles, odop_tag, status):
    maker = factories.ProducerFactory(status=status, name_en="Hidden weavers", verified_at=timezone.now())
    maker.odop_tags.add(odop_tag)
    product("Hidden scarf", category=textiles, producer=maker)
    query = {"q": "hidden", "odop": "ban-phanom-silk", "verified": "on", "district": "luang-prabang"}
    response = client.get(LIST, query)
    assert titles(response) == []
    assert "Hidden weavers" not in response.content.decode()


@pytest.mark.parametrize("persona", ["anonymous", "buyer", "other_artisan", "owner", "moderator"])
def test_everyone_sees_the_same_public_list(client, request, persona, producer, textiles):
    product("Published", category=textiles, producer=producer)
    product("Draft of the owner", category=textiles, producer=producer, status="draft")
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    assert titles(client.get(LIST, {"category": "textiles"})) == ["Published"]


# --- Languages ----------------------------------------------------------------------------------


def lao_catalogue(textiles, silk, odop_tag) -> None:
    maker = factories.ProducerFactory(name_en=None, name_lo="ກຸ່ມທໍຜ້າບ້ານພະນົມ", verified_at=timezone.now())
    maker.odop_tags.add(odop_tag)
    for i in range(3):
        item = factories.ProductFactory(
            producer=maker,
            category=textiles,
            title_en=None,
            title_lo=f"ຜ້າພັນຄໍໄໝ {i}",
            title_ja=f"シルクストール {i}",
            original_language="lo",
            sample_available=True,
        )
        item.materials.add(silk)


def test_the_japanese_page_renders_its_filters_in_japanese(client, textiles, silk, odop_tag):
    lao_catalogue(textiles, silk, odop_tag)
    factories.ExchangeRateFactory(currency="JPY", rate_to_lak="150")
    response = client.get("/ja/products/", {"material": "silk", "price_max": "5000", "samples": "on"})
    html = response.content.decode()
    assert len(titles(response)) == 3
    assert '<html lang="ja">' in html
    assert "シルク" in chips(response)
    assert '<option value="silk" selected>シルク</option>' in html


def test_the_lao_page_has_no_english_even_with_filters_errors_and_chips(client, textiles, silk, odop_tag):
    lao_catalogue(textiles, silk, odop_tag)
    query = {
        "q": "ໄໝ",
        "material": "silk",
        "odop": "ban-phanom-silk",
        "price_max": "900000",
        "moq_max": "20",
        "lead_max": "40",
        "samples": "on",
        "customisable": "",
        "verified": "on",
        "price_min": "abc",
        "sort": "price",
    }
    response = client.get("/lo/products/", query)
    assert len(titles(response)) == 3
    assert english_words(response.content.decode()) == set()
    no_rate = client.get("/lo/products/", {"cur": "JPY", "price_max": "3000", "district": "ບໍ່ມີ"})
    assert english_words(no_rate.content.decode()) == set()


# --- Queries: the budget, with the filter options cached ----------------------------------------


def list_queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


FILTERED = (
    "/ja/products/?q=silk&category=textiles&craft=weaving&district=luang-prabang&odop=ban-phanom-silk"
    "&material=silk&price_min=10&price_max=5000&moq_max=50&lead_max=60&samples=on&customisable=on"
    "&verified=on&sort=lead"
)


def catalogue_of(count: int, textiles, silk, odop_tag) -> None:
    maker = factories.ProducerFactory(name_en="Silk weavers", verified_at=timezone.now())
    maker.odop_tags.add(odop_tag)
    maker.crafts.add(factories.craft("weaving"))
    for item in factories.ProductFactory.create_batch(
        count, producer=maker, category=textiles, sample_available=True, customisable=True, price_lak=300_000
    ):
        item.materials.add(silk)
        factories.PhotoFactory.create_batch(2, product=item)


@pytest.mark.parametrize("path", [LIST, "/ja/products/?page=2", FILTERED])
def test_a_warm_list_costs_three_queries_for_1_24_and_48_products(
    client, django_assert_num_queries, textiles, silk, odop_tag, path
):
    factories.ExchangeRateFactory(currency="JPY", rate_to_lak="150")
    catalogue_of(1, textiles, silk, odop_tag)
    counts = []
    for more in (0, 23, 24):
        if more:
            catalogue_of(more, textiles, silk, odop_tag)
        client.get(path)  # fills the cache of filter options
        with django_assert_num_queries(3):
            client.get(path)
        counts.append(len(titles(client.get(path))))
    assert counts == [1, 24, 24]  # page 2 of a one-page list shows its last page


def test_a_cold_list_costs_a_few_more_queries_whatever_its_size(client, textiles, silk, odop_tag):
    factories.ExchangeRateFactory(currency="JPY", rate_to_lak="150")
    catalogue_of(1, textiles, silk, odop_tag)
    cache.clear()
    small = list_queries(client, FILTERED)
    catalogue_of(47, textiles, silk, odop_tag)
    cache.clear()
    # The options: categories, crafts, districts, ODOP tags, materials and rates, one query each.
    assert list_queries(client, FILTERED) == small == 3 + 6
    assert list_queries(client, FILTERED) == 3
    assert len(titles(client.get(FILTERED))) == 24


def test_saving_an_option_forgets_the_cached_options(client, textiles):
    product("Scarf", category=textiles)
    client.get(LIST)
    assert cache.get(FILTER_OPTIONS_KEY) is not None
    textiles.name_en = "Woven things"
    textiles.save()
    assert cache.get(FILTER_OPTIONS_KEY) is None
    assert "Woven things" in client.get(LIST).content.decode()


@pytest.mark.parametrize("make", ["rate", "material", "odop", "craft-delete"])
def test_every_option_model_forgets_the_cache(client, textiles, make):
    client.get(LIST)
    if make == "rate":
        factories.ExchangeRateFactory(currency="USD", rate_to_lak="20000")
    elif make == "material":
        factories.MaterialFactory(slug="hemp", name_en="Hemp")
    elif make == "odop":
        factories.OdopTagFactory()
    else:
        factories.craft("other").delete()
    assert cache.get(FILTER_OPTIONS_KEY) is None


def test_a_new_rate_applies_at_once(client, textiles):
    product("Scarf", category=textiles, price_lak=450_000)
    assert titles(client.get(LIST, {"cur": "USD", "price_max": "30"})) == []  # no rate: 30 kip
    factories.ExchangeRateFactory(currency="USD", rate_to_lak="20000")
    assert titles(client.get(LIST, {"cur": "USD", "price_max": "30"})) == ["Scarf"]


def test_producer_status_changes_apply_at_once(client, textiles):
    scarf = product("Scarf", category=textiles)
    assert titles(client.get(LIST)) == ["Scarf"]
    Producer.objects.filter(pk=scarf.producer_id).update(status=Producer.Status.SUSPENDED)
    assert titles(client.get(LIST)) == []


@pytest.mark.parametrize(
    "value, attrs",
    [
        (None, None),
        ("", {"id": "id_qty"}),
        (30, {"id": "id_qty", "aria-invalid": "true", "required": True, "disabled": False}),
        ('3,300 "<b>"', {"aria-describedby": "id_qty_error"}),
    ],
)
def test_the_quick_input_writes_what_djangos_input_writes(value, attrs):
    from django import forms as django_forms

    from catalogue.forms import QuickTextInput

    options = {"inputmode": "numeric", "autocomplete": "off"}
    expected = django_forms.TextInput(attrs=options).render("qty", value, attrs)
    assert QuickTextInput(attrs=options).render("qty", value, attrs) == expected
