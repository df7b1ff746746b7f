"""A Japanese buyer finds a product and asks its maker; the maker answers from her phone in Lao.

Issue 4's journey end to end in Debian's chromium: Sato-san, in Japanese on a laptop, filters the
catalogue, opens a product, sends an inquiry with a sample request; Khamla, in Lao on a 360 px phone,
is told, reads it and answers; Sato-san sees the answer marked new. Each side got an email in their
language with a link to the thread.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone, translation

from orders.models import Inquiry
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)

NO_HORIZONTAL_SCROLL = "document.documentElement.scrollWidth <= window.innerWidth"
PASSWORD = "correct horse battery"
QUESTION = "はじめまして。京都の雑貨店です。藍染めストールを30枚、1枚3,300円程度で検討しています。まずサンプルを1枚お願いできますか。"
ANSWER = "ສະບາຍດີ. ເຮັດໄດ້ 30 ຜືນ ພາຍໃນ 45 ມື້. ຕົວຢ່າງ 1 ຜືນ ສົ່ງໄດ້ອາທິດໜ້າ."


def gettext_in(language: str, message: str) -> str:
    with translation.override(language):
        return translation.gettext(message)


def sign_in(page, base: str, language: str, login: str) -> None:
    page.goto(f"{base}/{language}/accounts/login/")
    page.fill("input[name=username]", login)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.locator("form button[type=submit]").click()


def test_a_japanese_buyer_asks_for_a_sample_and_the_lao_maker_answers(live_server, browser, phone):
    scarves = factories.CategoryFactory(name_en="Scarves", name_ja="ストール", name_lo="ຜ້າພັນຄໍ")
    baskets = factories.CategoryFactory(name_en="Baskets", name_ja="かご", name_lo="ກະຕ່າ")
    khamla = factories.ArtisanFactory(full_name="ຄຳລາ", email="khamla@example.la", preferred_language="lo")
    producer = factories.ProducerFactory(owner=khamla, name_ja="バーンパノム織物グループ")
    scarf = factories.ProductFactory(
        producer=producer,
        category=scarves,
        title_ja="藍染めナーガ柄シルクストール",
        title_lo="ຜ້າພັນຄໍໄໝຍ້ອມຄາມ ລາຍນາກ",
        min_order_qty=10,
        sample_available=True,
        price_lak=300_000,  # 2,000 yen at 150 kip to the yen
    )
    factories.PhotoFactory(product=scarf)
    factories.ProductFactory(producer=producer, category=baskets, title_ja="竹かご")
    # Scarves the filters leave out: too dear, a minimum order too large, no samples.
    factories.ProductFactory(
        category=scarves, title_ja="金糸のストール", price_lak=900_000, sample_available=True
    )
    factories.ProductFactory(
        category=scarves, title_ja="卸専用ストール", min_order_qty=500, sample_available=True
    )
    factories.ProductFactory(category=scarves, title_ja="サンプルなしのストール", sample_available=False)
    factories.ExchangeRateFactory(currency="JPY", rate_to_lak="150")
    sato = factories.BuyerFactory(
        full_name="佐藤 由紀", email="sato@example.jp", email_confirmed_at=timezone.now()
    )
    base = live_server.url

    # 1. Sato-san, on a laptop in Japanese, filters the catalogue and opens the scarf.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP")
    laptop = context.new_page()
    laptop.set_default_timeout(10_000)
    sign_in(laptop, base, "ja", "sato@example.jp")
    laptop.goto(f"{base}/ja/products/")
    with laptop.expect_navigation():
        laptop.get_by_role("link", name="ストール").first.click()
    assert laptop.get_by_text("竹かご").count() == 0
    assert laptop.get_by_text("金糸のストール").count() == 1
    # Up to 3,000 yen a piece, a minimum order of 50 at most, samples available: all at once.
    # On a wide screen the panel stays open; on a narrow one it folds away behind its summary.
    if not laptop.locator("input[name=price_max]").is_visible():
        laptop.locator("details.filter-panel > summary").click()
    laptop.fill("input[name=price_max]", "3000")
    laptop.select_option("select[name=cur]", "JPY")
    laptop.fill("input[name=moq_max]", "50")
    laptop.check("input[name=samples]")
    with laptop.expect_navigation():
        laptop.get_by_role("button", name="商品を表示").click()
    titles = laptop.locator(".cards .t").all_inner_texts()
    assert titles == ["藍染めナーガ柄シルクストール"]
    for left_out in ("金糸のストール", "卸専用ストール", "サンプルなしのストール", "竹かご"):
        assert laptop.get_by_text(left_out).count() == 0, left_out
    chips = laptop.locator(".chips.applied")
    assert chips.get_by_text("ストール").count() == 1 and chips.get_by_text("サンプル提供可").count() == 1
    with laptop.expect_navigation():
        laptop.get_by_role("link", name="藍染めナーガ柄シルクストール").click()

    # 2. She sends an inquiry: 30 pieces at 3,300 yen, needed in three months, a sample first.
    with laptop.expect_navigation():
        laptop.get_by_role("link", name="問い合わせる", exact=True).click()
    assert laptop.locator(f"input[name=qty_{scarf.pk}]").input_value() == "10"  # the minimum order
    laptop.fill(f"input[name=qty_{scarf.pk}]", "30")
    laptop.fill(f"input[name=price_{scarf.pk}]", "3,300")
    laptop.fill("input[name=wanted_by]", (timezone.localdate() + dt.timedelta(days=90)).isoformat())
    laptop.fill("input[name=destination]", "京都")
    laptop.check("input[name=sample_requested]")
    laptop.fill("textarea[name=body]", QUESTION)
    with laptop.expect_navigation():
        laptop.get_by_role("button", name="問い合わせを送信").click()
    assert laptop.locator(".messages").inner_text().startswith("お問い合わせを送信しました")
    inquiry = Inquiry.objects.get()
    assert (inquiry.buyer, inquiry.sample_requested, inquiry.currency) == (sato, True, "JPY")
    assert inquiry.items.get().quantity == 30

    # 3. Khamla, on her phone in Lao, sees the inquiry in her inbox and answers it.
    sign_in(phone, base, "lo", khamla.phone)
    with phone.expect_navigation():
        phone.get_by_role("link", name=gettext_in("lo", "Inquiries"), exact=True).click()
    assert phone.evaluate(NO_HORIZONTAL_SCROLL)
    with phone.expect_navigation():
        phone.locator(".inquiry-list a").first.click()
    assert QUESTION in phone.locator(".messages-list").inner_text()
    assert phone.get_by_text(gettext_in("lo", "The buyer would like a sample first")).is_visible()
    assert phone.evaluate(NO_HORIZONTAL_SCROLL)
    phone.fill("textarea[name=body]", ANSWER)
    with phone.expect_navigation():
        phone.get_by_role("button", name=gettext_in("lo", "Send"), exact=True).click()
    assert ANSWER in phone.locator(".messages-list").inner_text()
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.ANSWERED

    # 4. Sato-san sees the answer, marked new, in her list and in the thread.
    with laptop.expect_navigation():
        laptop.get_by_role("link", name="お問い合わせ履歴", exact=True).click()
    assert laptop.locator(".inquiry-list li.unread").count() == 1
    with laptop.expect_navigation():
        laptop.locator(".inquiry-list a").first.click()
    assert ANSWER in laptop.locator(".messages-list").inner_text()
    assert laptop.locator(".message .count").count() == 1
    context.close()

    # 5. One email to each side, in their language, with a link to the thread in that language.
    to_khamla, to_sato = mail.outbox
    assert to_khamla.to == ["khamla@example.la"] and to_sato.to == ["sato@example.jp"]
    assert "ຜ້າພັນຄໍໄໝຍ້ອມຄາມ ລາຍນາກ" in to_khamla.subject
    assert f"/lo/inquiries/{inquiry.pk}/" in to_khamla.body and QUESTION in to_khamla.body
    assert "藍染めナーガ柄シルクストール" in to_sato.subject
    assert f"/ja/inquiries/{inquiry.pk}/" in to_sato.body and "返信" in to_sato.body
    assert to_khamla.alternatives and to_sato.alternatives  # HTML beside the plain text
