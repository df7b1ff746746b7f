"""The public face: pages in three languages, only public content, fallback notes, prices and budgets."""

from __future__ import annotations

import gzip
import re
import unicodedata
from decimal import Decimal

import pytest
from django.db import connection
from django.template.loader import get_template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from catalogue.filters import filter_options
from catalogue.models import Product
from catalogue.templatetags.catalogue import kip, money
from producers.models import Producer
from tests import factories

LANGUAGES = ["lo", "en", "ja"]
HIDDEN_PRODUCT_STATUSES = ["draft", "pending", "rejected", "archived"]
HIDDEN_PRODUCER_STATUSES = ["draft", "pending", "rejected", "suspended"]


def url(lang: str, name_or_obj, **kwargs) -> str:
    """A URL under a language prefix: a URL name with kwargs, or a model instance."""
    with translation.override(lang):
        if isinstance(name_or_obj, str):
            return reverse(name_or_obj, kwargs=kwargs or None)
        return name_or_obj.get_absolute_url()


def html_lang(response) -> str:
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


@pytest.fixture
def category(db):
    return factories.CategoryFactory(slug="textiles", name_en="Textiles", name_lo="ແຜ່ນແພ", name_ja="織物")


@pytest.fixture
def product(category):
    product = factories.ProductFactory(
        category=category,
        title_en="Indigo silk scarf",
        title_ja="藍染めシルクスカーフ",
        title_lo="ຜ້າພັນຄໍໄໝຍ້ອມຄາມ",
        description_ja="手織りのシルク。",
        description_lo="ຜ້າໄໝທໍມື",
    )
    factories.PhotoFactory(product=product)
    return product


@pytest.fixture
def odop_tag(db):
    return factories.OdopTagFactory(name_en="Ban Phanom silk", district=factories.district(601))


def public_pages(product) -> dict[str, tuple]:
    producer = product.producer
    return {
        "home": ("home", {}),
        "list": ("catalogue:list", {}),
        "product": (product, {}),
        "producers": ("producers:list", {}),
        "producer": (producer, {}),
        "district": (producer.district, {}),
    }


# --- Every page, every language -----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", ["home", "list", "product", "producers", "producer", "district"])
def test_public_pages_answer_in_each_language(client, product, odop_tag, lang, page):
    target, kwargs = public_pages(product)[page]
    response = client.get(url(lang, target, **kwargs))
    assert response.status_code == 200
    assert html_lang(response) == lang


def test_the_root_redirects_to_a_language_prefix(client, db):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] in {"/lo/", "/en/", "/ja/"}


def test_the_root_follows_the_browsers_language(client, db):
    response = client.get("/", headers={"accept-language": "ja,en;q=0.5"})
    assert response["Location"] == "/ja/"


def test_the_language_switcher_keeps_you_on_the_same_page(client, product):
    page = client.get(url("en", product)).content.decode()
    for lang in LANGUAGES:
        link = f'<a href="{url(lang, product)}" hreflang="{lang}" lang="{lang}"'
        assert link in page
        assert (
            f'<link rel="alternate" hreflang="{lang}" href="http://testserver{url(lang, product)}">' in page
        )
    assert 'lang="en" aria-current="true">English</a>' in page
    assert ">ລາວ</a>" in page
    assert ">日本語</a>" in page


def test_the_language_switcher_keeps_the_query_string(client, product, category):
    page = client.get(url("en", "catalogue:list") + "?category=textiles").content.decode()
    assert 'href="/ja/products/?category=textiles" hreflang="ja"' in page


def test_pages_link_their_canonical_address_without_stray_parameters(client, product):
    page = client.get(url("en", "catalogue:list") + "?utm_source=x&page=1").content.decode()
    assert '<link rel="canonical" href="http://testserver/en/products/">' in page


# --- Only public content ------------------------------------------------------------------------


@pytest.mark.parametrize("status", HIDDEN_PRODUCT_STATUSES)
def test_unpublished_products_are_hidden(client, product, status):
    hidden = factories.ProductFactory(title_en="Secret scarf", status=status, producer=product.producer)
    listing = client.get(url("en", "catalogue:list")).content.decode()
    assert "Secret scarf" not in listing
    assert "Indigo silk scarf" in listing
    assert client.get(url("en", hidden)).status_code == 404
    assert "Secret scarf" not in client.get(url("en", product.producer)).content.decode()
    assert "Secret scarf" not in client.get(url("en", "home")).content.decode()


@pytest.mark.parametrize("status", HIDDEN_PRODUCER_STATUSES)
def test_products_and_pages_of_producers_not_approved_are_hidden(client, product, status):
    producer = factories.ProducerFactory(name_en="Hidden Weavers", status=status)
    hidden = factories.ProductFactory(title_en="Secret scarf", producer=producer)
    for page in ("catalogue:list", "home", "producers:list"):
        content = client.get(url("en", page)).content.decode()
        assert "Secret scarf" not in content
        assert "Hidden Weavers" not in content
    district = client.get(url("en", producer.district)).content.decode()
    assert "Hidden Weavers" not in district
    assert client.get(url("en", hidden)).status_code == 404
    assert client.get(url("en", producer)).status_code == 404


def test_a_missing_page_uses_the_friendly_404(client, db):
    response = client.get("/ja/products/999999-nothing/")
    assert response.status_code == 404
    assert html_lang(response) == "ja"
    assert 'href="/ja/products/"' in response.content.decode()


def test_the_500_page_renders_without_a_request_or_database():
    # No `db` fixture: pytest-django makes any query fail here.
    with translation.override("lo"):
        html = get_template("500.html").render()
    assert '<html lang="lo">' in html


# --- Canonical URLs -----------------------------------------------------------------------------


def test_a_wrong_slug_redirects_permanently_to_the_canonical_url(client, product):
    response = client.get(f"/ja/products/{product.pk}-old-name/")
    assert response.status_code == 301
    assert response["Location"] == url("ja", product)


def test_a_lao_slug_is_a_valid_canonical_url(client, category):
    product = factories.ProductFactory(category=category, title_en="", title_lo="ຜ້າພັນຄໍໄໝ")
    assert product.slug.startswith("ຜ້າພັນຄໍ")
    assert client.get(url("lo", product)).status_code == 200


def test_a_producer_with_a_wrong_slug_redirects(client, product):
    producer = product.producer
    response = client.get(f"/en/producers/{producer.pk}-elsewhere/")
    assert response.status_code == 301
    assert response["Location"] == url("en", producer)


# --- Translated content and its fallback --------------------------------------------------------


def test_a_lao_only_product_says_it_is_shown_in_lao_on_the_japanese_page(client, category):
    product = factories.ProductFactory(
        category=category,
        title_en="",
        title_lo="ຜ້າພັນຄໍໄໝຍ້ອມຄາມ",
        description_en="",
        description_lo="ຜ້າໄໝທໍມື",
        original_language="lo",
    )
    page = client.get(url("ja", product)).content.decode()
    assert 'class="fallback-note"' in page
    assert '<h1 lang="lo">ຜ້າພັນຄໍໄໝຍ້ອມຄາມ</h1>' in page


def test_a_product_written_in_the_pages_language_has_no_fallback_note(client, product):
    page = client.get(url("ja", product)).content.decode()
    assert "fallback-note" not in page
    assert "<h1>藍染めシルクスカーフ</h1>" in page


def test_a_card_marks_the_language_of_a_fallback_title(client, category):
    factories.ProductFactory(category=category, title_en="", title_lo="ກະຕ່າໄມ້ໄຜ່", original_language="lo")
    listing = client.get(url("en", "catalogue:list")).content.decode()
    assert '<span class="t" lang="lo">ກະຕ່າໄມ້ໄຜ່</span>' in listing


def test_category_names_are_translated_everywhere(client, product):
    listing = client.get(url("lo", "catalogue:list")).content.decode()
    assert "ແຜ່ນແພ" in listing
    assert "織物" in client.get(url("ja", product)).content.decode()


def test_the_photo_alt_text_is_translated(client, product):
    photo = product.photos.get()
    photo.alt_text_ja = "たたんだスカーフ"
    photo.save()
    assert 'alt="たたんだスカーフ"' in client.get(url("ja", "catalogue:list")).content.decode()
    assert 'alt="A folded silk scarf"' in client.get(url("en", "catalogue:list")).content.decode()


# --- Listing, filters, pagination ---------------------------------------------------------------


def test_cards_show_the_cover_photo_with_its_size_and_lazy_loading_below_the_first(client, product):
    factories.PhotoFactory(product=factories.ProductFactory(category=product.category))
    listing = client.get(url("en", "catalogue:list")).content.decode()
    first, second = re.findall(r'<img src="/media/products/[^"]+"[^>]*>', listing)
    assert 'width="64" height="48"' in first
    assert 'fetchpriority="high"' in first
    assert 'loading="lazy"' in second
    assert 'decoding="async"' in second
    assert "450,000 kip" in listing
    assert "Minimum order: 10 pieces" in listing


def test_a_meta_description_never_splits_a_lao_letter_from_its_marks(client, category):
    product = factories.ProductFactory(category=category, description_en="", description_lo="ຜ້າໄໝ" * 60)
    page = client.get(url("lo", product)).content.decode()
    description = re.search(r'<meta name="description" content="([^"]*)"', page).group(1)
    assert description.endswith("…")
    assert len(description) <= 150
    kept, original = description[:-1], "ຜ້າໄໝ" * 60
    assert original.startswith(kept)
    assert not unicodedata.category(original[len(kept)]).startswith("M")


def test_the_category_filter_includes_subcategories(client, category):
    scarves = factories.CategoryFactory(slug="scarves", name_en="Scarves", parent=category)
    factories.ProductFactory(category=scarves, title_en="Scarf in a subcategory")
    factories.ProductFactory(title_en="Basket elsewhere")
    listing = client.get(url("en", "catalogue:list") + "?category=textiles").content.decode()
    assert "Scarf in a subcategory" in listing
    assert "Basket elsewhere" not in listing


def test_an_unknown_category_is_a_404(client, db):
    assert client.get(url("en", "catalogue:list") + "?category=nope").status_code == 404


def test_the_list_is_paginated_by_24_with_prev_and_next_links(client, category):
    factories.ProductFactory.create_batch(25, category=category)
    first = client.get(url("en", "catalogue:list")).content.decode()
    assert first.count('class="card"') == 24
    assert "Page 1 of 2" in first
    assert 'rel="next" href="?page=2"' in first
    second = client.get(url("en", "catalogue:list") + "?page=2").content.decode()
    assert second.count('class="card"') == 1
    assert 'rel="prev" href="?page=1"' in second


def test_home_counts_the_public_products_of_each_top_category(client, category):
    scarves = factories.CategoryFactory(slug="scarves", parent=category)
    factories.ProductFactory(category=category)
    factories.ProductFactory.create_batch(2, category=scarves)
    factories.ProductFactory(category=scarves, status=Product.Status.DRAFT)
    factories.ProductFactory(category=scarves, producer__status=Producer.Status.SUSPENDED)
    home = client.get(url("en", "home")).content.decode()
    assert re.search(r'\?category=textiles"><span>Textiles</span> <span class="count">3</span>', home)


def test_home_shows_the_districts_with_their_odop_tags(client, odop_tag):
    home = client.get(url("en", "home")).content.decode()
    assert 'href="/en/producers/districts/luang-prabang/"' in home
    assert "Ban Phanom silk" in home


def test_the_district_page_shows_its_odop_tags_and_approved_producers(client, product, odop_tag):
    page = client.get(url("ja", product.producer.district)).content.decode()
    assert "ルアンパバーン" in page
    assert "Ban Phanom silk" in page
    assert product.producer.name_en in page


def test_the_producer_page_shows_the_verification_date(client, product):
    producer = product.producer
    producer.verified_at = "2026-11-20T10:00:00+07:00"
    producer.save()
    page = client.get(url("en", producer)).content.decode()
    assert "Verified" in page
    assert "Nov. 20, 2026" in page


# --- Prices -------------------------------------------------------------------------------------


def test_prices_are_formatted_per_currency():
    assert kip(1_250_000) == "1,250,000 kip"
    assert money(Decimal("3100.4"), "JPY") == "¥3,100"
    assert money(Decimal("1234.5"), "USD") == "US$1,234.50"
    with translation.override("lo"):
        assert "1,250,000" in kip(1_250_000)


def test_the_product_page_shows_approximate_yen_and_dollars_with_the_rate_date(client, product):
    factories.ExchangeRateFactory(currency="JPY", rate_to_lak="150", date="2026-11-01")
    factories.ExchangeRateFactory(currency="USD", rate_to_lak="20000", date="2026-11-01")
    page = client.get(url("en", product)).content.decode()
    assert "450,000 kip" in page
    assert "≈ ¥3,000 at the association's rate of Nov. 1, 2026" in page
    assert "≈ US$22.50" in page


def test_without_exchange_rates_there_is_no_approximate_price(client, product):
    assert "≈" not in client.get(url("en", product)).content.decode()


# --- Budgets: queries and bytes -----------------------------------------------------------------


def count_queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def make_products(count: int, category, producer=None, photos: int = 2) -> list[Product]:
    producer = producer or factories.ProducerFactory()
    products = factories.ProductFactory.create_batch(count, category=category, producer=producer)
    for product in products:
        factories.PhotoFactory.create_batch(photos, product=product)
    return products


def test_the_product_list_costs_the_same_few_queries_for_1_and_24_products(client, category):
    make_products(1, category)
    client.get(url("en", "catalogue:list"))  # the reference lists (categories, crafts, districts) are cached
    one = count_queries(client, url("en", "catalogue:list"))
    make_products(47, category, photos=3)
    many = count_queries(client, url("en", "catalogue:list"))
    filtered = count_queries(client, url("en", "catalogue:list") + "?category=textiles&page=2")
    assert one == many == filtered
    assert many <= 4


def test_the_product_page_costs_at_most_6_queries_whatever_its_photos_and_siblings(client, category):
    factories.ExchangeRateFactory()
    lonely = make_products(1, category, photos=0)[0]
    small = make_products(2, category, photos=1)[0]
    busy = make_products(9, category, photos=5)[0]
    busy.materials.add(*factories.MaterialFactory.create_batch(3))
    alone, few, many = (count_queries(client, url("ja", p)) for p in (lonely, small, busy))
    assert few == many
    assert alone <= many <= 6


def test_the_producer_page_costs_the_same_queries_whatever_its_products(client, category, odop_tag):
    small = make_products(1, category, photos=1)[0].producer
    big = make_products(30, category, photos=3)[0].producer
    for producer in (small, big):
        producer.crafts.add(factories.craft("weaving"), factories.craft("pottery"))
        producer.odop_tags.add(odop_tag)
    client.get(url("en", small))  # the exchange rates for the cards' prices in dollars are cached
    assert count_queries(client, url("en", small)) == count_queries(client, url("en", big))


def test_cards_show_the_price_in_yen_on_japanese_pages_and_in_kip_alone_on_lao_ones(client, category):
    from django.core.cache import cache

    factories.ExchangeRateFactory(currency="JPY", rate_to_lak="150")
    first, second = make_products(2, category, photos=1)
    Product.objects.filter(pk__in=[first.pk, second.pk]).update(price_lak=450_000)
    buyer = factories.BuyerFactory()
    for product in (first, second):
        buyer.shortlist.create(product=product)
    cache.clear()  # a rate set a moment ago is in the cached options from the next visit
    client.force_login(buyer)
    for page in ("home", "product", "producer", "shortlist"):
        for lang, expected in (("ja", "約3,000円"), ("lo", None)):
            path = {
                "home": url(lang, "home"),
                "product": url(lang, first),  # the maker's other product is a card
                "producer": url(lang, first.producer),
                "shortlist": url(lang, "orders:shortlist"),
            }[page]
            html = client.get(path).content.decode()
            cards = html.split('<ul class="cards">', 1)[1].split("</ul>", 1)[0]
            if expected:
                assert expected in cards, (page, lang)
            else:
                assert "approx-inline" not in cards, (page, lang)


def test_the_home_page_shows_the_newest_and_the_verified_producers(client, category):
    old = factories.ProducerFactory(name_en="Old weavers", verified_at="2026-01-01T00:00:00+07:00")
    factories.ProducerFactory(name_en="Hidden potters", status="pending")
    newest = factories.ProducerFactory(name_en="Newest paper makers")
    html = client.get(url("en", "home")).content.decode()
    new_section = html.split("New producers", 1)[1].split("</section>", 1)[0]
    verified_section = html.split("Verified producers", 1)[1].split("</section>", 1)[0]
    assert new_section.index(newest.name_en) < new_section.index(old.name_en)
    assert "Hidden potters" not in html
    assert old.name_en in verified_section and newest.name_en not in verified_section


def test_the_home_page_costs_the_same_queries_whatever_its_content(client, category, odop_tag):
    from django.core.cache import cache

    make_products(1, category)
    cache.clear()
    few = count_queries(client, url("en", "home"))
    make_products(12, category)
    factories.ProducerFactory.create_batch(8, verified_at="2026-11-01T00:00:00+07:00")
    cache.clear()
    with CaptureQueriesContext(connection) as options:
        filter_options()
    cache.clear()
    assert count_queries(client, url("en", "home")) == few
    # The category counts and the options of the list (with the exchange rates of the cards' prices) are
    # cached for a few minutes: the next visitors pay for neither.
    assert count_queries(client, url("en", "home")) == few - 1 - len(options)


def test_a_catalogue_page_of_24_products_gzips_under_14_kb(client, category):
    producer = factories.ProducerFactory(
        name_lo="ກຸ່ມແມ່ຍິງທໍຜ້າບ້ານຊຽງແມນ", name_ja="シェンメーン村の女性機織りグループ"
    )
    products = make_products(24, category, producer=producer, photos=2)
    for i, product in enumerate(products):
        product.title_lo = f"ຜ້າພັນຄໍໄໝທໍມືຍ້ອມຄາມທຳມະຊາດ ລາຍນາກ ແບບດັ້ງເດີມ {i}"
        product.title_ja = f"天然藍染め手織りシルクストール ナーガ文様 伝統柄 {i}"
        product.save()
    for lang in LANGUAGES:
        html = client.get(url(lang, "catalogue:list")).content
        assert len(gzip.compress(html)) <= 14 * 1024, lang
