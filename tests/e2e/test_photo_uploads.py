"""Photos from a phone on a village connection, in Chromium at 360×740, in Lao.

Several photos at once, each shrunk in the browser and sent with its own progress; a connection that
fails is retried on its own; a file that is no photo shows the server's reason; and without JavaScript
the plain form still adds the photos.
"""

from __future__ import annotations

import pytest
from django.utils import translation

from catalogue.images import RejectedImage
from catalogue.models import Product
from tests import factories
from tests.photo_corpus import pdf, phone_photo

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "ທໍຜ້າໄໝ-2026-weave"


def lao(message) -> str:
    """A message (a plain msgid or a lazy translation) as the Lao page shows it."""
    with translation.override("lo"):
        return translation.gettext(message) if isinstance(message, str) else str(message)


@pytest.fixture
def draft(owner, producer):
    owner.set_password(PASSWORD)
    owner.save()
    return factories.ProductFactory(
        producer=producer, status=Product.Status.DRAFT, published_at=None, title_lo="ຜ້າພັນຄໍໄໝ"
    )


def sign_in(page, live_server, user) -> None:
    page.goto(f"{live_server.url}/lo/accounts/login/")
    page.fill("input[name=username]", user.email or user.phone)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()


def test_several_photos_are_shrunk_and_sent_and_a_failing_connection_is_retried(
    live_server, phone, owner, draft, tmp_path
):
    files = []
    for n in range(2):
        path = tmp_path / f"IMG_0{n}.jpg"
        path.write_bytes(phone_photo(2400, 1800, orientation=1, seed=n))
        files.append(str(path))
    sign_in(phone, live_server, owner)
    sent: list[int] = []

    def flaky(route):
        # The first two sends die on the way (the village link drops); the next ones arrive.
        sent.append(len(route.request.post_data_buffer or b""))
        if len(sent) <= 2:
            route.fulfill(status=503, body="")
        else:
            route.continue_()

    phone.route("**/photos/upload/", flaky)
    phone.goto(f"{live_server.url}/lo/my/products/{draft.pk}/photos/")
    assert phone.locator("form.photo-add.js").count() == 1
    with phone.expect_file_chooser() as chooser:
        phone.locator("input[type=file][name=photos]").click()
    chooser.value.set_files(files)

    phone.locator(".uploads li[data-state=retrying]").first.wait_for()
    assert lao("The connection was lost. Trying again…") in phone.locator(".uploads").inner_text()
    phone.locator("li.photo-item[data-photo-id]").nth(1).wait_for(timeout=20_000)
    assert draft.photos.count() == 2
    assert len(sent) == 4
    # Shrunk before sending: the camera files were about 1 MB, each send is a 2048 px JPEG.
    assert all(size < 600_000 for size in sent)
    assert {max(photo.width, photo.height) for photo in draft.photos.all()} <= {1536, 2048}
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_file_that_is_not_a_photo_shows_the_reason_and_can_be_removed(
    live_server, phone, owner, draft, tmp_path
):
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(pdf())
    sign_in(phone, live_server, owner)
    phone.goto(f"{live_server.url}/lo/my/products/{draft.pk}/photos/")
    with phone.expect_file_chooser() as chooser:
        phone.locator("input[type=file][name=photos]").click()
    chooser.value.set_files(str(fake))

    row = phone.locator(".uploads li[data-state=failed]")
    row.wait_for()
    reason = lao(RejectedImage.MESSAGES["unsupported"]).split("%")[0][:30]
    assert reason in row.inner_text()
    assert draft.photos.count() == 0
    row.locator("[data-upload-remove]").click()
    assert phone.locator(".uploads li").count() == 0


def test_without_javascript_the_plain_form_adds_the_photos(browser, live_server, owner, draft, tmp_path):
    good = tmp_path / "IMG_1.jpg"
    good.write_bytes(phone_photo(1600, 1200, orientation=6))
    bad = tmp_path / "scan.jpg"
    bad.write_bytes(pdf())
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    sign_in(page, live_server, owner)
    page.goto(f"{live_server.url}/lo/my/products/{draft.pk}/photos/")
    page.set_input_files("input[type=file][name=photos]", [str(good), str(bad)])
    with page.expect_navigation():
        page.get_by_role("button", name=lao("Add these photos")).click()

    assert draft.photos.count() == 1
    assert page.locator("li.photo-item[data-photo-id]").count() == 1
    assert "scan.jpg" in page.locator(".messages").inner_text()
    photo = draft.photos.get()
    assert photo.height > photo.width  # the camera's orientation applied on the server
    context.close()
