"""Search engines and link previews: titles and descriptions per page and language, alternates, Open
Graph, JSON-LD, the sitemap and robots.txt."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from catalogue.models import Product
from catalogue.sitemaps import PageSitemap, ProductSitemap
from tests import factories

LANGUAGES = ["lo", "en", "ja"]
PAGES = ["home", "list", "product", "producers", "producer", "district"]
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def url(lang: str, name_or_obj, **kwargs) -> str:
    with translation.override(lang):
        if isinstance(name_or_obj, str):
            return reverse(name_or_obj, kwargs=kwargs or None)
        return name_or_obj.get_absolute_url()


def absolute(path: str) -> str:
    return f"http://testserver{path}"


@pytest.fixture
def category(db):
    return factories.CategoryFactory(slug="textiles", name_en="Textiles", name_lo="ແຜ່ນແພ", name_ja="織物")


@pytest.fixture
def producer(db):
    return factories.ProducerFactory(
        name_en="Ban Phanom Weavers",
        name_lo="ກຸ່ມທໍຜ້າບ້ານພະນົມ",
        name_ja="バーンパノム織物グループ",
        story_en="We weave silk on wooden looms under our houses.",
        story_lo="ພວກເຮົາທໍຜ້າໄໝຢູ່ກ້ອງເຮືອນ",
        story_ja="高床式の家の下の木の織機でシルクを織っています。",
        contact_phone="+8562055512345",
        contact_email="khamla@example.la",
        address="House 12, Ban Phanom",
    )


@pytest.fixture
def product(category, producer):
    product = factories.ProductFactory(
        category=category,
        producer=producer,
        title_en="Indigo silk scarf",
        title_ja="藍染めシルクスカーフ",
        title_lo="ຜ້າພັນຄໍໄໝຍ້ອມຄາມ",
        description_ja="手織りのシルク。",
        description_lo="ຜ້າໄໝທໍມື",
    )
    factories.PhotoFactory(product=product, alt_text_ja="たたんだスカーフ")
    return product


@pytest.fixture
def odop_tag(producer):
    tag = factories.OdopTagFactory(
        name_en="Ban Phanom silk",
        name_lo="ຜ້າໄໝບ້ານພະນົມ",
        name_ja="バーンパノムのシルク",
        district=producer.district,
    )
    producer.odop_tags.add(tag)
    return tag


def page_url(lang: str, page: str, product) -> str:
    targets = {
        "home": "home",
        "list": "catalogue:list",
        "product": product,
        "producers": "producers:list",
        "producer": product.producer,
        "district": product.producer.district,
    }
    return url(lang, targets[page])


def head(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200
    page = response.content.decode()
    return page[: page.index("</head>")]


def title(page: str) -> str:
    return html.unescape(re.search(r"<title>(.*?) · Hatthakam</title>", page).group(1))


def meta(page: str, name: str) -> str | None:
    """The content of <meta name=…> or <meta property=…>, unescaped; None when there is none."""
    found = re.search(rf'<meta (?:name|property)="{re.escape(name)}" content="([^"]*)">', page)
    return html.unescape(found.group(1)) if found else None


def json_ld(page: str) -> dict:
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert len(scripts) == 1
    return json.loads(scripts[0])


# --- Titles and descriptions --------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_public_page_has_its_own_title_and_description_in_every_language(
    client, product, odop_tag, lang
):
    heads = {page: head(client, page_url(lang, page, product)) for page in PAGES}
    titles = {page: title(text) for page, text in heads.items()}
    descriptions = {page: meta(text, "description") for page, text in heads.items()}
    assert all(titles.values()) and all(descriptions.values())
    assert len(set(titles.values())) == len(PAGES)
    assert len(set(descriptions.values())) == len(PAGES)
    for page, text in heads.items():
        # Link previews say what search results say.
        assert meta(text, "og:title") == titles[page]
        assert meta(text, "og:description") == descriptions[page]


def test_the_product_title_names_the_product_and_its_maker_and_the_description_is_its_text(client, product):
    page = head(client, url("ja", product))
    assert "藍染めシルクスカーフ" in title(page)
    assert "バーンパノム織物グループ" in title(page)
    assert meta(page, "description") == "手織りのシルク。"
    lao = head(client, url("lo", product))
    assert "ຜ້າພັນຄໍໄໝຍ້ອມຄາມ" in title(lao)
    assert "ກຸ່ມທໍຜ້າບ້ານພະນົມ" in title(lao)
    assert meta(lao, "description") == "ຜ້າໄໝທໍມື"


def test_a_long_japanese_description_is_cut_by_characters_not_at_spaces(client, category):
    text = "天然の藍で染めた手織りのシルクです" * 20
    product = factories.ProductFactory(category=category, description_ja=text)
    description = meta(head(client, url("ja", product)), "description")
    assert description.endswith("…")
    assert 100 < len(description) <= 150
    assert text.startswith(description[:-1])


def test_a_product_without_description_is_described_by_its_title_maker_and_district(client, category):
    product = factories.ProductFactory(
        category=category, title_en="Saa paper lantern", description_en="", producer__name_en="Ban Xang Hai"
    )
    description = meta(head(client, url("en", product)), "description")
    assert "Saa paper lantern" in description
    assert "Ban Xang Hai" in description
    assert "Luang Prabang" in description


def test_the_producer_title_names_its_district_and_the_description_starts_its_story(client, producer):
    page = head(client, url("ja", producer))
    assert "バーンパノム織物グループ" in title(page)
    assert "ルアンパバーン" in title(page)
    assert meta(page, "description") == "高床式の家の下の木の織機でシルクを織っています。"
    lao = head(client, url("lo", producer))
    assert "ຫຼວງພະບາງ" in title(lao)
    assert meta(lao, "description") == "ພວກເຮົາທໍຜ້າໄໝຢູ່ກ້ອງເຮືອນ"


@pytest.mark.parametrize(
    ("lang", "district", "tag"),
    [("ja", "ルアンパバーン", "バーンパノムのシルク"), ("lo", "ຫຼວງພະບາງ", "ຜ້າໄໝບ້ານພະນົມ")],
)
def test_the_district_page_is_described_by_its_odop_products(client, odop_tag, lang, district, tag):
    page = head(client, url(lang, odop_tag.district))
    assert district in title(page)
    assert district in meta(page, "description")
    assert tag in meta(page, "description")


def test_odop_products_are_listed_with_the_languages_separator(client, odop_tag):
    factories.OdopTagFactory(name_en="Saa paper", district=odop_tag.district)
    description = meta(head(client, url("en", odop_tag.district)), "description")
    assert "Ban Phanom silk, Saa paper" in description


def test_a_category_page_of_the_list_has_its_own_description(client, product):
    everything = meta(head(client, url("ja", "catalogue:list")), "description")
    textiles = meta(head(client, url("ja", "catalogue:list") + "?category=textiles"), "description")
    assert textiles != everything
    assert "織物" in textiles


# --- Alternates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_every_public_page_names_its_english_version_as_x_default(client, product, odop_tag, page):
    text = head(client, page_url("ja", page, product))
    english = absolute(page_url("en", page, product))
    assert f'<link rel="alternate" hreflang="x-default" href="{english}">' in text
    for lang in LANGUAGES:
        assert (
            f'<link rel="alternate" hreflang="{lang}" href="{absolute(page_url(lang, page, product))}">'
            in text
        )


def test_alternates_leave_out_tracking_parameters(client, product):
    text = head(client, url("ja", "catalogue:list") + "?category=textiles&utm_source=line")
    assert f'hreflang="x-default" href="{absolute(url("en", "catalogue:list"))}?category=textiles"' in text
    assert "utm_source" not in text


# --- Open Graph ---------------------------------------------------------------------------------


def test_the_product_page_shares_its_cover_photo_as_a_product(client, product):
    last = product.photos.get().position
    factories.PhotoFactory(product=product, position=last + 1, alt_text_en="The back")
    page = head(client, url("ja", product))
    cover = product.photos.order_by("position", "id").first()
    assert meta(page, "og:type") == "product"
    assert meta(page, "og:url") == absolute(url("ja", product))
    assert meta(page, "og:image") == absolute(cover.image.url)
    assert meta(page, "og:image:type") == "image/jpeg"
    assert (meta(page, "og:image:width"), meta(page, "og:image:height")) == ("64", "48")
    assert meta(page, "og:image:alt") == "たたんだスカーフ"
    assert meta(page, "og:site_name") == "Hatthakam"
    assert meta(page, "twitter:card") == "summary_large_image"


@pytest.mark.parametrize(
    ("lang", "locale", "others"), [("ja", "ja_JP", {"lo_LA", "en_US"}), ("lo", "lo_LA", {"ja_JP", "en_US"})]
)
def test_link_previews_name_the_pages_locale_and_the_others(client, product, lang, locale, others):
    page = head(client, url(lang, product))
    assert meta(page, "og:locale") == locale
    assert set(re.findall(r'<meta property="og:locale:alternate" content="([^"]+)">', page)) == others


def test_a_photo_waiting_for_review_is_never_shared(client, category):
    product = factories.ProductFactory(category=category)
    factories.PhotoFactory(product=product, awaiting_review=True)
    page = head(client, url("en", product))
    assert meta(page, "og:image") is None
    assert meta(page, "twitter:card") == "summary"
    assert "image" not in json_ld(page)


def test_the_producer_page_shares_the_producers_photo_as_a_profile(client, producer):
    producer.photo = "producers/7/portrait.jpg"
    producer.photo_width, producer.photo_height = 1600, 1200
    producer.save()
    page = head(client, url("lo", producer))
    assert meta(page, "og:type") == "profile"
    assert meta(page, "og:image") == absolute(producer.photo.url)
    assert (meta(page, "og:image:width"), meta(page, "og:image:height")) == ("1600", "1200")
    assert meta(page, "twitter:card") == "summary_large_image"


def test_directory_pages_are_shared_as_a_website(client, product, odop_tag):
    for page in ("home", "list", "producers", "district"):
        text = head(client, page_url("lo", page, product))
        assert meta(text, "og:type") == "website"
        assert meta(text, "og:url") == absolute(page_url("lo", page, product))
        assert meta(text, "twitter:card") == "summary"


def test_private_pages_carry_no_link_preview(client, db):
    page = client.get("/en/products/999999-nothing/").content.decode()
    assert '<meta name="robots" content="noindex">' in page
    assert "og:title" not in page


# --- JSON-LD ------------------------------------------------------------------------------------


def test_the_product_page_describes_the_product_for_search_engines_in_lao(client, product):
    product.materials.add(factories.MaterialFactory(name_en="Silk", name_lo="ໄໝ"))
    data = json_ld(head(client, url("lo", product)))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Product"
    assert data["name"] == "ຜ້າພັນຄໍໄໝຍ້ອມຄາມ"
    assert data["description"] == "ຜ້າໄໝທໍມື"
    assert data["sku"] == str(product.pk)
    assert data["url"] == absolute(url("lo", product))
    assert data["image"] == [absolute(product.photos.get().image.url)]
    assert data["category"] == "ແຜ່ນແພ"
    assert data["material"] == ["ໄໝ"]
    assert data["brand"] == {"@type": "Brand", "name": "ກຸ່ມທໍຜ້າບ້ານພະນົມ"}
    assert data["manufacturer"]["name"] == "ກຸ່ມທໍຜ້າບ້ານພະນົມ"
    assert data["manufacturer"]["url"] == absolute(url("lo", product.producer))
    offer = data["offers"]
    assert offer["price"] == 450_000
    assert offer["priceCurrency"] == "LAK"
    assert offer["availability"] == "https://schema.org/MadeToOrder"
    assert offer["eligibleQuantity"]["minValue"] == 10


def test_a_product_in_stock_says_so_in_japanese(client, product):
    product.availability = Product.Availability.IN_STOCK
    product.save()
    data = json_ld(head(client, url("ja", product)))
    assert data["name"] == "藍染めシルクスカーフ"
    assert data["brand"]["name"] == "バーンパノム織物グループ"
    assert data["offers"]["availability"] == "https://schema.org/InStock"


def test_a_title_with_a_closing_script_tag_cannot_break_out_of_the_json_ld(client, category):
    sneaky = '</script><script>alert("x")</script> & <!-- silk'
    product = factories.ProductFactory(category=category, title_en=sneaky, description_en=sneaky)
    page = client.get(url("en", product)).content.decode()
    assert "<script>alert" not in page
    assert "<!--" not in page
    data = json_ld(page)
    assert data["name"] == sneaky
    assert data["description"] == sneaky


def test_the_producer_page_describes_an_organization_with_its_district_but_no_contacts(client, producer):
    producer.founded_year = 1998
    producer.save()
    page = head(client, url("ja", producer))
    data = json_ld(page)
    assert data["@type"] == "Organization"
    assert data["name"] == "バーンパノム織物グループ"
    assert data["url"] == absolute(url("ja", producer))
    assert data["foundingDate"] == "1998"
    assert data["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "ルアンパバーン",
        "addressRegion": "ルアンパバーン県",
        "addressCountry": "LA",
    }
    for private in ("+8562055512345", "khamla@example.la", "House 12"):
        assert private not in page


def test_the_lao_producer_page_gives_the_lao_district_and_province(client, producer):
    address = json_ld(head(client, url("lo", producer)))["address"]
    assert address["addressLocality"] == "ຫຼວງພະບາງ"
    assert address["addressRegion"] == "ແຂວງຫຼວງພະບາງ"


# --- Budgets ------------------------------------------------------------------------------------


def count_queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_the_product_page_stays_within_6_queries_with_its_link_preview_and_json_ld(client, product):
    factories.ExchangeRateFactory()
    product.materials.add(*factories.MaterialFactory.create_batch(3))
    factories.PhotoFactory.create_batch(4, product=product)
    factories.ProductFactory.create_batch(5, producer=product.producer, category=product.category)
    for lang in LANGUAGES:
        assert count_queries(client, url(lang, product)) <= 6


def test_the_producer_and_district_pages_cost_no_more_with_a_photo(client, producer, odop_tag):
    client.get(url("ja", producer))  # the exchange rates for the cards' prices in yen are cached
    before = count_queries(client, url("ja", producer)), count_queries(client, url("ja", producer.district))
    producer.photo, producer.photo_width, producer.photo_height = "producers/7/p.jpg", 800, 600
    producer.save()
    after = count_queries(client, url("ja", producer)), count_queries(client, url("ja", producer.district))
    assert before == after


# --- Sitemap ------------------------------------------------------------------------------------


def sitemap(client, path: str = "/sitemap.xml") -> ET.Element:
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def entries(client, section: str) -> dict[str, dict[str, str]]:
    """{location: {hreflang: href}} of every part of a sitemap section."""
    found: dict[str, dict[str, str]] = {}
    for part in sitemap(client).findall("s:sitemap/s:loc", SITEMAP_NS):
        if f"/sitemap-{section}.xml" not in part.text:
            continue
        for entry in sitemap(client, part.text.removeprefix("http://testserver")).findall(
            "s:url", SITEMAP_NS
        ):
            alternates = {
                link.get("hreflang"): link.get("href") for link in entry.findall("x:link", SITEMAP_NS)
            }
            found[entry.findtext("s:loc", namespaces=SITEMAP_NS)] = alternates
    return found


def test_the_sitemap_lies_outside_the_language_prefixes_and_indexes_its_sections(client, db):
    parts = [loc.text for loc in sitemap(client).findall("s:sitemap/s:loc", SITEMAP_NS)]
    assert parts == [
        absolute(f"/sitemap-{name}.xml") for name in ("pages", "products", "producers", "districts")
    ]


def test_the_sitemap_lists_every_public_product_in_every_language_with_alternates(client, product):
    products = entries(client, "products")
    pages = {absolute(url(lang, product)) for lang in LANGUAGES}
    assert set(products) == pages
    for alternates in products.values():
        assert alternates == {
            "lo": absolute(url("lo", product)),
            "en": absolute(url("en", product)),
            "ja": absolute(url("ja", product)),
            "x-default": absolute(url("en", product)),
        }


def test_the_sitemap_gives_the_date_a_product_last_changed(client, product):
    response = client.get("/sitemap-products.xml")
    assert f"<lastmod>{product.updated_at:%Y-%m-%d}</lastmod>" in response.content.decode()


@pytest.mark.parametrize("status", ["draft", "pending", "rejected", "archived"])
def test_the_sitemap_never_lists_an_unpublished_product(client, product, status):
    hidden = factories.ProductFactory(category=product.category, status=status)
    assert not any(f"/products/{hidden.pk}-" in location for location in entries(client, "products"))


@pytest.mark.parametrize("status", ["draft", "pending", "rejected", "suspended"])
def test_the_sitemap_never_lists_a_producer_not_approved_nor_its_products(client, product, status):
    hidden = factories.ProductFactory(category=product.category, producer__status=status)
    assert not any(f"/products/{hidden.pk}-" in location for location in entries(client, "products"))
    assert not any(
        f"/producers/{hidden.producer.pk}-" in location for location in entries(client, "producers")
    )
    assert absolute(url("ja", product.producer)) in entries(client, "producers")


def test_the_sitemap_lists_the_home_lists_and_district_pages_in_every_language(client, db):
    pages = entries(client, "pages")
    for lang in LANGUAGES:
        for name in ("home", "catalogue:list", "producers:list"):
            assert absolute(url(lang, name)) in pages
    districts = entries(client, "districts")
    assert absolute(url("lo", factories.district(601))) in districts
    assert len(districts) == 12 * len(LANGUAGES)
    assert pages[absolute("/ja/")]["x-default"] == absolute("/en/")


def test_a_long_section_is_split_into_parts_each_listed_once_in_the_index(client, category, monkeypatch):
    # 4 entries a part does not divide the 3 languages of a product: parts cut products in two.
    monkeypatch.setattr(ProductSitemap, "limit", 4)
    products = factories.ProductFactory.create_batch(5, category=category)
    parts = [
        loc.text for loc in sitemap(client).findall("s:sitemap/s:loc", SITEMAP_NS) if "products" in loc.text
    ]
    assert parts == [absolute("/sitemap-products.xml")] + [
        absolute(f"/sitemap-products.xml?p={n}") for n in (2, 3, 4)
    ]
    listed = []
    for part in parts:
        root = sitemap(client, part.removeprefix("http://testserver"))
        listed += [loc.text for loc in root.findall("s:url/s:loc", SITEMAP_NS)]
    assert sorted(listed) == sorted(absolute(url(lang, p)) for p in products for lang in LANGUAGES)
    assert client.get("/sitemap-products.xml?p=5").status_code == 404


def test_a_sitemap_part_costs_the_same_queries_for_one_product_and_many(client, category):
    factories.ProductFactory(category=category)
    one = count_queries(client, "/sitemap-products.xml")
    factories.ProductFactory.create_batch(30, category=category)
    assert count_queries(client, "/sitemap-products.xml") == one <= 2
    assert count_queries(client, "/sitemap.xml") <= 8


def test_the_pages_section_is_the_three_directories():
    assert PageSitemap().items() == ["home", "catalogue:list", "producers:list"]


# --- robots.txt ---------------------------------------------------------------------------------


def test_robots_txt_keeps_crawlers_out_of_private_areas_and_names_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    for lang in LANGUAGES:
        for area in ("my", "accounts", "inquiries"):
            assert f"Disallow: /{lang}/{area}/" in lines
    assert "Allow: /" in lines
    # The catalogue itself stays open to crawlers.
    assert not any(line.startswith("Disallow") and "products" in line for line in lines)
    assert lines[-1] == "Sitemap: http://testserver/sitemap.xml"


def test_robots_txt_names_the_sitemap_on_the_host_it_is_asked_on(client, db, settings):
    settings.ALLOWED_HOSTS = ["hatthakam.la"]
    response = client.get("/robots.txt", headers={"host": "hatthakam.la"}, secure=True)
    assert response.content.decode().splitlines()[-1] == "Sitemap: https://hatthakam.la/sitemap.xml"


def test_robots_txt_refuses_a_post(client, db):
    assert client.post("/robots.txt").status_code == 405
