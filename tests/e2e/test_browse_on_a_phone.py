"""A visitor browses the catalogue on a 360 px phone, in Lao, then switches to Japanese."""

from __future__ import annotations

import pytest

from catalogue.models import Product
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)

NO_HORIZONTAL_SCROLL = "document.documentElement.scrollWidth <= window.innerWidth"


@pytest.fixture
def catalogue(db):
    producer = factories.ProducerFactory(
        name_lo="ກຸ່ມທໍຜ້າໄໝບ້ານພະນົມ", name_en="Ban Phanom Silk Weavers", verified_at=None
    )
    products = [
        factories.ProductFactory(
            producer=producer,
            title_lo=f"ຜ້າພັນຄໍໄໝຍ້ອມສີທຳມະຊາດລາຍນາກ ຂະໜາດໃຫຍ່ {n}",
            title_en=f"Naga pattern silk scarf {n}",
            title_ja=f"ナーガ文様のシルクスカーフ {n}",
            original_language="lo",
        )
        for n in range(6)
    ]
    for product in products[:3]:
        factories.PhotoFactory(product=product, position=0)
    return products


def test_a_visitor_browses_in_lao_on_a_phone_and_switches_to_japanese(live_server, phone, catalogue):
    product: Product = catalogue[0]
    phone.goto(f"{live_server.url}/lo/")
    assert phone.locator("html").get_attribute("lang") == "lo"
    assert phone.evaluate(NO_HORIZONTAL_SCROLL)

    phone.goto(f"{live_server.url}/lo/products/")
    assert phone.locator(".card").count() == len(catalogue)
    assert phone.evaluate(NO_HORIZONTAL_SCROLL)
    for link in phone.locator("header a").all():
        box = link.bounding_box()
        assert box is not None and box["height"] >= 44, (link.inner_text(), box)

    phone.get_by_text(product.title_lo).click()
    phone.wait_for_url(f"**/lo/products/{product.pk}-*/")
    assert phone.locator("h1").inner_text().startswith("ຜ້າພັນຄໍໄໝ")
    assert phone.evaluate(NO_HORIZONTAL_SCROLL)

    phone.locator("nav.langs a[hreflang=ja]").click()
    phone.wait_for_url(f"**/ja/products/{product.pk}-*/")
    assert phone.locator("html").get_attribute("lang") == "ja"
    assert phone.locator("h1").inner_text().startswith("ナーガ文様")
    assert phone.evaluate(NO_HORIZONTAL_SCROLL)
