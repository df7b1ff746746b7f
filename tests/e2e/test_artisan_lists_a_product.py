"""A new artisan, alone on a 360 px phone in Lao, lists a product; the association approves it; buyers see it.

Issue 3's journey end to end in Debian's chromium: sign up with a Lao phone number, create the producer,
add a product with a photo from the file chooser (downscaled in the browser), send it for review; a
moderator approves the producer and the product in the back-office; the product is in the public
catalogue. A second test drops the connection while a form is being saved: nothing typed is lost.
"""

from __future__ import annotations

import re

import pytest
from django.utils import translation

from accounts.models import Notice, User
from catalogue.models import Product
from producers.models import Producer
from tests import factories
from tests.photo_corpus import phone_photo

pytestmark = pytest.mark.django_db(transaction=True)

NO_HORIZONTAL_SCROLL = "document.documentElement.scrollWidth <= window.innerWidth"
PASSWORD = "ທໍຜ້າໄໝ-2026-weave"
STORY = "ພວກເຮົາເປັນກຸ່ມແມ່ຍິງທໍຜ້າໄໝດ້ວຍມືຢູ່ບ້ານຜານົມ ມາສາມລຸ້ນແລ້ວ. ພວກເຮົາຍ້ອມສີດ້ວຍໃບໄມ້ ແລະ ເປືອກໄມ້."
TITLE = "ຜ້າພັນຄໍໄໝຍ້ອມສີຄາມ ລາຍນາກ"


def lao(message: str) -> str:
    with translation.override("lo"):
        return translation.gettext(message)


def submit(page, label: str) -> None:
    """Click the button with this (English) label as the Lao page shows it, and wait for the next page."""
    with page.expect_navigation():
        page.get_by_role("button", name=lao(label), exact=True).click()


def moderator_decides(browser, live_server, *, changelist: str, name: str, action: str) -> None:
    """A moderator, on a desktop, runs an admin action on the row called `name`."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"{live_server.url}/admin/login/?next={changelist}")
    page.fill("input[name=username]", "noy@example.la")
    page.fill("input[name=password]", "correct horse battery")
    with page.expect_navigation():
        page.locator("input[type=submit]").click()
    row = page.locator("#result_list tbody tr", has_text=name)
    row.locator("input.action-select").check()
    page.select_option("select[name=action]", action)
    with page.expect_navigation():
        page.locator("button[name=index]").click()
    assert page.locator("ul.messagelist li.success").count() == 1, page.content()
    context.close()


def test_a_new_artisan_lists_a_product_that_buyers_see_once_approved(
    live_server, browser, phone, moderator, tmp_path
):
    factories.CategoryFactory(name_en="Scarves", name_lo="ຜ້າພັນຄໍ")
    photo = tmp_path / "IMG_20261128_101500.jpg"
    photo.write_bytes(phone_photo(3000, 2250, orientation=6))

    # 1. Sign up in Lao with a local number (no +856).
    phone.goto(f"{live_server.url}/lo/accounts/signup/")
    assert phone.locator("html").get_attribute("lang") == "lo"
    phone.fill("input[name=full_name]", "ນາງ ແສງຈັນ")
    phone.fill("input[name=login]", "020 5551 2345")
    phone.fill("input[name=password1]", PASSWORD)
    phone.fill("input[name=password2]", PASSWORD)
    submit(phone, "Create my account")
    artisan = User.objects.get(phone="+8562055512345")
    assert artisan.role == User.Role.ARTISAN and artisan.preferred_language == "lo"
    assert phone.evaluate(NO_HORIZONTAL_SCROLL)

    # 2. Create the producer and send it for review.
    phone.get_by_role("link", name=lao("Create my producer")).click()
    phone.locator("input[name=kind][value=group]").check()
    phone.fill("input[name=name_lo]", "ກຸ່ມທໍຜ້າບ້ານຜານົມ")
    phone.select_option("select[name=district]", label="ຫຼວງພະບາງ")
    phone.fill("input[name=village_lo]", "ບ້ານຜານົມ")
    phone.locator("input[name=crafts]").first.check()
    phone.fill("textarea[name=story_lo]", STORY)
    assert phone.evaluate(NO_HORIZONTAL_SCROLL)
    submit(phone, "Save")
    producer = Producer.objects.get(memberships__user=artisan)
    assert producer.original_language == "lo"
    submit(phone, "Send for review")
    producer.refresh_from_db()
    assert producer.status == Producer.Status.PENDING
    assert phone.evaluate(NO_HORIZONTAL_SCROLL)

    # 3. A product: the essentials, then a photo from the file chooser, then review.
    phone.goto(f"{live_server.url}/lo/my/products/new/")
    phone.fill("input[name=title_lo]", TITLE)
    phone.select_option("select[name=category]", index=1)
    phone.fill("textarea[name=description_lo]", "ຜ້າໄໝທໍມື ຍ້ອມສີຄາມທຳມະຊາດ.")
    phone.fill("input[name=price_lak]", "450000")
    assert phone.evaluate(NO_HORIZONTAL_SCROLL)
    submit(phone, "Save")
    product = Product.objects.get(producer=producer)
    assert product.status == Product.Status.DRAFT

    phone.wait_for_url(re.compile(rf"/lo/my/products/{product.pk}/photos/$"))
    with phone.expect_file_chooser() as chooser:
        phone.locator("input[type=file][name=photos]").click()
    chooser.value.set_files(str(photo))
    phone.locator("[data-photo-id]").first.wait_for()
    stored = product.photos.get()
    # Downscaled in the browser before the upload, stored upright (the camera's orientation 6).
    assert max(stored.width, stored.height) <= 2048 and stored.height > stored.width
    assert phone.evaluate(NO_HORIZONTAL_SCROLL)

    phone.goto(f"{live_server.url}/lo/my/products/")
    submit(phone, "Send for review")
    product.refresh_from_db()
    assert product.status == Product.Status.PENDING

    # 4. Not public yet; the moderator approves the producer and the product in the back-office.
    assert TITLE not in phone.goto(f"{live_server.url}/lo/products/").text()
    moderator_decides(
        browser,
        live_server,
        changelist="/admin/producers/producer/",
        name="ກຸ່ມທໍຜ້າບ້ານຜານົມ",
        action="approve",
    )
    moderator_decides(
        browser, live_server, changelist="/admin/catalogue/product/", name=TITLE, action="approve"
    )
    product.refresh_from_db()
    assert product.status == Product.Status.PUBLISHED

    # 5. The artisan is told, in Lao; buyers find the product with its photo.
    assert artisan.notices.filter(kind=Notice.Kind.PRODUCT_APPROVED).exists()
    phone.goto(f"{live_server.url}/lo/accounts/notices/")
    assert TITLE in phone.locator("main").inner_text()
    phone.goto(f"{live_server.url}/lo/products/")
    card = phone.locator(".card", has_text=TITLE)
    assert card.locator("img[srcset]").count() == 1
    card.click()
    phone.wait_for_url(f"**/lo/products/{product.pk}-*/")
    assert phone.locator("h1").inner_text() == TITLE
    assert phone.evaluate(NO_HORIZONTAL_SCROLL)


def test_a_dropped_connection_while_saving_loses_nothing_typed(live_server, phone, producer, owner):
    factories.CategoryFactory(name_en="Scarves")
    owner.set_password(PASSWORD)
    owner.save()
    phone.goto(f"{live_server.url}/lo/accounts/login/")
    phone.fill("input[name=username]", owner.email or owner.phone)
    phone.fill("input[name=password]", PASSWORD)
    submit(phone, "Sign in")

    phone.goto(f"{live_server.url}/lo/my/products/new/")
    phone.fill("input[name=title_lo]", TITLE)
    phone.fill("textarea[name=description_lo]", "ທໍດ້ວຍມື.")
    phone.fill("input[name=price_lak]", "450000")

    # The signal drops as she taps Save: the browser shows its own error page.
    phone.context.set_offline(True)
    from playwright.sync_api import Error as BrowserError

    with pytest.raises(BrowserError, match="ERR_INTERNET_DISCONNECTED"), phone.expect_navigation():
        phone.get_by_role("button", name=lao("Save"), exact=True).click()
    assert not Product.objects.exists()

    # Back online, she opens the form again: what she typed is there, and saving works.
    phone.context.set_offline(False)
    phone.goto(f"{live_server.url}/lo/my/products/new/")
    assert phone.locator("[data-keep-notice]").is_visible()
    assert phone.input_value("input[name=title_lo]") == TITLE
    assert phone.input_value("input[name=price_lak]") == "450000"
    phone.select_option("select[name=category]", index=1)
    submit(phone, "Save")
    product = Product.objects.get()
    assert product.title_lo == TITLE and product.price_lak == 450000

    # The server has it: the copy in the browser is forgotten, the form shows no "restored" notice.
    phone.goto(f"{live_server.url}/lo/my/products/new/")
    assert not phone.locator("[data-keep-notice]").is_visible()
    assert phone.input_value("input[name=title_lo]") == ""
