"""The maker's photo page: who may come in, no id reaches another producer's photos, uploads with and
without the script, the limit, cover, moves and deletions, and new photos of a published product that
wait for review before buyers see them (issue 3, item 4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from catalogue import services
from catalogue.models import Photo, Product
from catalogue.photos import MAX_PHOTOS_PER_PRODUCT, photo_add
from tests import factories, photo_corpus

LIMIT_TEXT = "A product can have up to 10 photos. Delete one before adding another."
UNREADABLE_TEXT = "This file is not a photo we can read. Please choose a JPEG, PNG, WebP or HEIC photo."


def url(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(name, kwargs=kwargs or None)


def jpeg(name: str = "IMG_0001.jpg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, photo_corpus.tiny_jpeg(), "image/jpeg")


def not_a_photo(name: str = "invoice.jpg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, photo_corpus.pdf(), "image/jpeg")


def stored_files() -> set[str]:
    root = Path(default_storage.location)
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()} if root.exists() else set()


def order(product: Product) -> list[int]:
    return list(product.photos.order_by("position", "id").values_list("pk", flat=True))


def texts(response) -> list[str]:
    return [str(message) for message in response.context["messages"]] if response.context else []


@pytest.fixture
def draft(producer):
    return factories.ProductFactory(
        producer=producer, title_en="Indigo silk scarf", status=Product.Status.DRAFT, published_at=None
    )


@pytest.fixture
def published(producer):
    return factories.ProductFactory(producer=producer, title_en="Naga stole")


@pytest.fixture
def photos(draft):
    return factories.PhotoFactory.create_batch(3, product=draft)


@pytest.fixture
def others_photo(other_artisan):
    product = factories.ProductFactory(producer=other_artisan.producers.get(), title_en="Bounmy's jar")
    return factories.PhotoFactory(product=product, position=0)


@pytest.fixture
def request_persona(request):
    return lambda name: request.getfixturevalue(name)


# --- Who may come in ----------------------------------------------------------------------------------

# (method, URL name, needs a photo id, what the owner gets)
ENDPOINTS = [
    ("GET", "my_products:photos", False, 200),
    ("POST", "my_products:photos", False, 302),
    ("POST", "my_products:photo_upload", False, 201),
    ("POST", "my_products:photos_reorder", False, 302),
    ("POST", "my_products:photo_cover", True, 302),
    ("POST", "my_products:photo_move", True, 302),
    ("POST", "my_products:photo_delete", True, 302),
]


def hit(client, method: str, name: str, product: Product, photo: Photo | None):
    kwargs = {"pk": product.pk, **({"photo_pk": photo.pk} if photo is not None else {})}
    target = url(name, **kwargs)
    if method == "GET":
        return client.get(target)
    data = {
        "my_products:photos": {"photos": [jpeg()]},
        "my_products:photo_upload": {"photo": jpeg()},
        "my_products:photos_reorder": {"photo": [str(photo.pk) for photo in product.photos.all()][::-1]},
        "my_products:photo_move": {"direction": "later"},
    }.get(name, {})
    return client.post(target, data)


def snapshot(product: Product) -> list[tuple[int, int]]:
    return list(Photo.objects.filter(product=product).values_list("pk", "position").order_by("pk"))


@pytest.mark.parametrize(("method", "name", "needs_photo", "_ok"), ENDPOINTS)
def test_anonymous_people_are_sent_to_sign_in_and_back(client, draft, photos, method, name, needs_photo, _ok):
    before = snapshot(draft)
    response = hit(client, method, name, draft, photos[0] if needs_photo else None)
    assert response.status_code == 302
    assert response["Location"].startswith(url("accounts:login") + "?next=")
    assert snapshot(draft) == before


@pytest.mark.parametrize("persona", ["buyer", "moderator"])
@pytest.mark.parametrize(("method", "name", "needs_photo", "_ok"), ENDPOINTS)
def test_buyers_and_moderators_are_refused(
    client, request_persona, draft, photos, persona, method, name, needs_photo, _ok
):
    client.force_login(request_persona(persona))
    before = snapshot(draft)
    response = hit(client, method, name, draft, photos[0] if needs_photo else None)
    assert response.status_code == 403
    assert snapshot(draft) == before


@pytest.mark.parametrize(("method", "name", "needs_photo", "_ok"), ENDPOINTS)
def test_another_artisan_gets_404_and_changes_nothing(
    client, other_artisan, draft, photos, method, name, needs_photo, _ok
):
    client.force_login(other_artisan)
    before = snapshot(draft)
    response = hit(client, method, name, draft, photos[0] if needs_photo else None)
    assert response.status_code == 404
    assert snapshot(draft) == before


@pytest.mark.parametrize(("method", "name", "needs_photo", "ok"), ENDPOINTS)
def test_the_owner_may(client, owner, draft, photos, method, name, needs_photo, ok):
    client.force_login(owner)
    response = hit(client, method, name, draft, photos[1] if needs_photo else None)
    assert response.status_code == ok
    if ok == 302:
        assert response["Location"].startswith(url("my_products:photos", pk=draft.pk))


def test_a_member_of_the_producer_may_too(client, producer, draft, photos):
    from producers.models import ProducerMembership

    member = factories.ArtisanFactory()
    ProducerMembership.objects.create(producer=producer, user=member, role=ProducerMembership.Role.MEMBER)
    client.force_login(member)
    assert client.get(url("my_products:photos", pk=draft.pk)).status_code == 200


@pytest.mark.parametrize("name", ["my_products:photos_reorder", "my_products:photo_upload"])
def test_actions_are_post_only(client, owner, draft, name):
    client.force_login(owner)
    assert client.get(url(name, pk=draft.pk)).status_code == 405


@pytest.mark.parametrize(
    "name", ["my_products:photo_cover", "my_products:photo_move", "my_products:photo_delete"]
)
def test_photo_actions_are_post_only(client, owner, draft, photos, name):
    client.force_login(owner)
    assert client.get(url(name, pk=draft.pk, photo_pk=photos[1].pk)).status_code == 405
    assert order(draft) == [photo.pk for photo in photos]


def test_actions_need_the_csrf_token(owner, draft, photos):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    response = client.post(url("my_products:photo_delete", pk=draft.pk, photo_pk=photos[0].pk))
    assert response.status_code == 403
    assert Photo.objects.filter(pk=photos[0].pk).exists()


# --- No id reaches another producer's photos ----------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["my_products:photo_cover", "my_products:photo_move", "my_products:photo_delete"]
)
def test_another_producers_photo_id_under_the_owners_product_is_404(
    client, owner, draft, photos, others_photo, name
):
    client.force_login(owner)
    before = snapshot(others_photo.product)
    response = client.post(url(name, pk=draft.pk, photo_pk=others_photo.pk), {"direction": "earlier"})
    assert response.status_code == 404
    assert snapshot(others_photo.product) == before
    assert order(draft) == [photo.pk for photo in photos]


def test_a_photo_of_the_makers_other_product_cannot_be_reached_through_this_one(client, owner, draft, photos):
    other = factories.ProductFactory(producer=draft.producer)
    elsewhere = factories.PhotoFactory(product=other)
    client.force_login(owner)
    response = client.post(url("my_products:photo_delete", pk=draft.pk, photo_pk=elsewhere.pk))
    assert response.status_code == 404
    assert Photo.objects.filter(pk=elsewhere.pk).exists()


def test_reorder_with_a_foreign_photo_id_does_nothing_to_it(client, owner, draft, photos, others_photo):
    client.force_login(owner)
    first, second, third = photos
    others_before = snapshot(others_photo.product)
    ids = [str(third.pk), str(others_photo.pk), "not-a-number", str(first.pk)]
    response = client.post(url("my_products:photos_reorder", pk=draft.pk), {"photo": ids})
    assert response.status_code == 302
    assert order(draft) == [third.pk, first.pk, second.pk]
    assert snapshot(others_photo.product) == others_before
    assert others_photo.product.photos.get().product_id == others_photo.product_id


def test_an_upload_to_another_producers_product_stores_nothing(client, owner, others_photo):
    client.force_login(owner)
    product = others_photo.product
    files_before = stored_files()
    response = client.post(url("my_products:photo_upload", pk=product.pk), {"photo": jpeg()})
    assert response.status_code == 404
    assert product.photos.count() == 1
    assert stored_files() == files_before


# --- The page ---------------------------------------------------------------------------------------


def test_the_page_shows_the_photos_in_order_with_the_cover_marked(client, owner, draft, photos):
    first, second, third = photos
    services.product_photos_reorder(product=draft, photo_ids=[third.pk, first.pk, second.pk])
    client.force_login(owner)
    page = client.get(url("my_products:photos", pk=draft.pk)).content.decode()
    positions = [page.index(f'id="photo-{photo.pk}"') for photo in (third, first, second)]
    assert positions == sorted(positions)
    assert page.count("Cover: buyers see this photo first") == 1
    assert page.index("Cover: buyers see") > positions[0] and page.index("Cover: buyers see") < positions[1]
    # The cover cannot be made the cover or moved earlier; the others can.
    assert url("my_products:photo_cover", pk=draft.pk, photo_pk=third.pk) not in page
    assert url("my_products:photo_cover", pk=draft.pk, photo_pk=first.pk) in page
    # The upload works without the script: a multi-file input that opens the camera or the gallery.
    assert 'enctype="multipart/form-data"' in page
    assert '<input type="file" id="id_photos" name="photos" accept="image/*" multiple' in page
    assert "up to 10 photos" in page
    assert 'src="/static/js/photo-upload.js" defer' in page
    assert "3 of 10 photos" in page


def test_the_page_costs_the_same_queries_with_one_or_ten_photos(client, owner, draft):
    client.force_login(owner)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url("my_products:photos", pk=draft.pk)).status_code == 200
        return len(captured)

    factories.PhotoFactory(product=draft)
    one = queries()
    factories.PhotoFactory.create_batch(9, product=draft, awaiting_review=True)
    assert queries() == one <= 5


def test_a_full_product_explains_the_limit_instead_of_the_upload_form(client, owner, draft):
    factories.PhotoFactory.create_batch(MAX_PHOTOS_PER_PRODUCT, product=draft)
    client.force_login(owner)
    page = client.get(url("my_products:photos", pk=draft.pk)).content.decode()
    assert "This product has 10 photos, the most it can have. Delete one to add another." in page
    assert 'class="form photo-add"' in page and "data-limit" in page
    form_tag = page[page.index('class="form photo-add"') :].split(">", 1)[0]
    assert " hidden" in form_tag


def test_an_archived_product_is_read_only(client, owner, draft, photos):
    services.product_archive(product=draft)
    client.force_login(owner)
    page = client.get(url("my_products:photos", pk=draft.pk)).content.decode()
    assert "This product is archived and cannot be changed" in page
    assert 'type="file"' not in page
    assert url("my_products:photo_delete", pk=draft.pk, photo_pk=photos[0].pk) not in page
    response = client.post(url("my_products:photos", pk=draft.pk), {"photos": [jpeg()]}, follow=True)
    assert any("archived" in text for text in texts(response))
    response = client.post(url("my_products:photo_upload", pk=draft.pk), {"photo": jpeg()})
    assert response.status_code == 400
    assert "archived" in response.json()["error"]
    response = client.post(url("my_products:photo_delete", pk=draft.pk, photo_pk=photos[0].pk))
    assert response.status_code == 302
    client.post(url("my_products:photo_cover", pk=draft.pk, photo_pk=photos[2].pk))
    assert order(draft) == [photo.pk for photo in photos]


# --- Uploads --------------------------------------------------------------------------------------------


def test_without_the_script_good_files_are_kept_and_each_refused_one_is_named(client, owner, draft):
    client.force_login(owner)
    response = client.post(
        url("my_products:photos", pk=draft.pk),
        {"photos": [jpeg("IMG_0001.jpg"), not_a_photo("invoice.jpg"), jpeg("IMG_0002.jpg")]},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == url("my_products:photos", pk=draft.pk)
    assert draft.photos.count() == 2
    messages = texts(response)
    assert f"“invoice.jpg” was not added: {UNREADABLE_TEXT}" in messages
    assert "2 photos added." in messages
    page = response.content.decode()
    for photo in draft.photos.all():
        assert f'id="photo-{photo.pk}"' in page
        assert not photo.awaiting_review  # a draft is reviewed as a whole
    assert stored_files() == {
        name for photo in draft.photos.all() for name in [photo.image.name, *photo.renditions.values()]
    }


def test_without_the_script_the_files_over_the_limit_are_named_with_the_limit(client, owner, draft):
    factories.PhotoFactory.create_batch(MAX_PHOTOS_PER_PRODUCT - 1, product=draft)
    client.force_login(owner)
    response = client.post(
        url("my_products:photos", pk=draft.pk),
        {"photos": [jpeg("a.jpg"), jpeg("b.jpg"), jpeg("c.jpg")]},
        follow=True,
    )
    assert draft.photos.count() == MAX_PHOTOS_PER_PRODUCT
    assert f"Not added: “b.jpg”, “c.jpg”. {LIMIT_TEXT}" in texts(response)
    assert "1 photo added." in texts(response)


def test_posting_the_form_without_a_file_says_what_to_do(client, owner, draft):
    client.force_login(owner)
    response = client.post(url("my_products:photos", pk=draft.pk), {}, follow=True)
    assert "Choose one or more photos first." in texts(response)


def test_the_script_endpoint_answers_201_with_the_list_item(client, owner, draft, photos):
    client.force_login(owner)
    response = client.post(url("my_products:photo_upload", pk=draft.pk), {"photo": jpeg()})
    assert response.status_code == 201
    data = response.json()
    photo = draft.photos.get(pk=data["id"])
    assert order(draft) == [*(p.pk for p in photos), photo.pk]  # last
    assert data["html"].startswith(
        f'<li class="photo-item" id="photo-{photo.pk}" data-photo-id="{photo.pk}">'
    )
    assert url("my_products:photo_delete", pk=draft.pk, photo_pk=photo.pk) in data["html"]
    assert "csrfmiddlewaretoken" in data["html"]
    assert (data["count"], data["count_text"], data["full"]) == (4, "4 of 10 photos", False)
    assert data["awaiting_review"] is False and data["messages"] == []


def test_the_first_photo_sent_by_the_script_is_marked_as_the_cover(client, owner, draft):
    client.force_login(owner)
    data = client.post(url("my_products:photo_upload", pk=draft.pk), {"photo": jpeg()}).json()
    assert "is-cover" in data["html"] and "Cover: buyers see this photo first" in data["html"]


@pytest.mark.parametrize(
    ("upload", "error"),
    [
        (lambda: {"photo": not_a_photo()}, UNREADABLE_TEXT),
        (lambda: {"photo": SimpleUploadedFile("empty.jpg", b"", "image/jpeg")}, "This file is empty."),
        (lambda: {}, "Choose a photo to add."),
    ],
)
def test_the_script_endpoint_answers_400_with_the_reason(client, owner, draft, upload, error):
    client.force_login(owner)
    response = client.post(url("my_products:photo_upload", pk=draft.pk), upload())
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"].startswith(error)
    assert not draft.photos.exists()
    assert stored_files() == set()


def test_the_script_endpoint_refuses_an_eleventh_photo_with_400(client, owner, draft):
    factories.PhotoFactory.create_batch(MAX_PHOTOS_PER_PRODUCT - 1, product=draft)
    client.force_login(owner)
    response = client.post(url("my_products:photo_upload", pk=draft.pk), {"photo": jpeg()})
    assert response.status_code == 201 and response.json()["full"] is True
    response = client.post(url("my_products:photo_upload", pk=draft.pk), {"photo": jpeg()})
    assert response.status_code == 400
    assert json.loads(response.content) == {"error": LIMIT_TEXT}
    assert draft.photos.count() == MAX_PHOTOS_PER_PRODUCT


def test_the_error_is_in_the_makers_language(client, owner, draft):
    client.force_login(owner)
    with translation.override("lo"):
        target = reverse("my_products:photo_upload", kwargs={"pk": draft.pk})
    assert target.startswith("/lo/")
    error = client.post(target, {"photo": not_a_photo()}).json()["error"]
    with translation.override("lo"):
        from catalogue.images import RejectedImage

        assert error == str(RejectedImage("unsupported"))


# --- Cover, moves, deletion ---------------------------------------------------------------------------


def test_make_cover_puts_the_photo_first(client, owner, draft, photos):
    first, second, third = photos
    client.force_login(owner)
    response = client.post(url("my_products:photo_cover", pk=draft.pk, photo_pk=third.pk), follow=True)
    assert order(draft) == [third.pk, first.pk, second.pk]
    assert response.redirect_chain[-1][0] == url("my_products:photos", pk=draft.pk) + f"#photo-{third.pk}"
    assert "This photo is now the cover." in texts(response)


def test_photos_move_one_place_and_stay_at_the_ends(client, owner, draft, photos):
    first, second, third = photos
    client.force_login(owner)
    move = lambda photo, direction: client.post(  # noqa: E731
        url("my_products:photo_move", pk=draft.pk, photo_pk=photo.pk), {"direction": direction}
    )
    move(third, "earlier")
    assert order(draft) == [first.pk, third.pk, second.pk]
    move(first, "later")
    assert order(draft) == [third.pk, first.pk, second.pk]
    move(third, "earlier")
    move(second, "later")
    move(first, "sideways")
    assert order(draft) == [third.pk, first.pk, second.pk]


def test_delete_removes_the_photo_and_its_files(client, owner, draft, django_capture_on_commit_callbacks):
    kept = photo_add(product=draft, uploaded_file=jpeg())
    gone = photo_add(product=draft, uploaded_file=jpeg())
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("my_products:photo_delete", pk=draft.pk, photo_pk=gone.pk), follow=True)
    assert "Photo deleted." in texts(response)
    assert order(draft) == [kept.pk]
    assert stored_files() == {kept.image.name, *kept.renditions.values()}


def test_delete_asks_first_in_a_fold_that_needs_no_script(client, owner, draft, photos):
    client.force_login(owner)
    page = client.get(url("my_products:photos", pk=draft.pk)).content.decode()
    item = page[page.index(f'id="photo-{photos[0].pk}"') : page.index(f'id="photo-{photos[1].pk}"')]
    fold = item[item.index('<details class="confirm">') : item.index("</details>")]
    assert "Delete this photo?" in fold
    assert f'action="{url("my_products:photo_delete", pk=draft.pk, photo_pk=photos[0].pk)}"' in fold


# --- New photos of a published product wait for review -------------------------------------------------


def public_pages(client, product: Product) -> str:
    """The product page, the catalogue and the producer's page, as a buyer sees them."""
    client.logout()
    with translation.override("en"):
        pages = [product.get_absolute_url(), reverse("catalogue:list"), product.producer.get_absolute_url()]
    html = ""
    for page in pages:
        response = client.get(page, follow=True)
        assert response.status_code == 200
        html += response.content.decode()
    return html


def stem(photo: Photo) -> str:
    """What every URL of the photo's files contains."""
    return photo.image.name.rsplit(".", 1)[0]


def test_a_new_photo_of_a_published_product_waits_until_a_moderator_approves(
    client, owner, moderator, published
):
    approved = photo_add(product=published, uploaded_file=jpeg())
    client.force_login(owner)
    response = client.post(url("my_products:photo_upload", pk=published.pk), {"photo": jpeg()})
    assert response.status_code == 201
    data = response.json()
    new = Photo.objects.get(pk=data["id"])
    assert new.awaiting_review and data["awaiting_review"] is True
    assert "Waiting for review" in data["html"]
    assert data["messages"] == [
        "Buyers will see the new photos once the association accepts them. Send them for review when you are ready."
    ]
    # Buyers see the approved photo only, even when the new one is made the cover.
    services.product_photo_make_cover(photo=new)
    html = public_pages(client, published)
    assert stem(approved) in html and stem(new) not in html
    # The maker is told and sends it like an edit; the moderator's approval makes it public.
    client.force_login(owner)
    page = client.get(url("my_products:photos", pk=published.pk)).content.decode()
    assert "Visible to buyers. Your changes are not sent for review yet." in page
    assert "Send for review" in page and "data-review-unsent hidden" not in page
    response = client.post(
        url("my_products:submit", pk=published.pk),
        {"next": url("my_products:photos", pk=published.pk)},
    )
    assert response["Location"] == url("my_products:photos", pk=published.pk)
    published.refresh_from_db()
    assert published.changes_submitted_at is not None
    assert Product.objects.awaiting_review().filter(pk=published.pk).exists()
    services.product_approve(product=published, by=moderator)
    assert not Photo.objects.filter(awaiting_review=True).exists()
    html = public_pages(client, published)
    assert stem(new) in html
    assert html.index(stem(new)) < html.index(stem(approved))  # the new cover


def test_rejected_changes_leave_the_new_photos_waiting_for_the_maker_to_delete(
    client, owner, moderator, published
):
    client.force_login(owner)
    client.post(url("my_products:photos", pk=published.pk), {"photos": [jpeg()]})
    new = published.photos.get()
    services.product_submit(product=published)
    services.product_reject(product=published, by=moderator, reason="The photo is blurry")
    new.refresh_from_db()
    assert new.awaiting_review
    assert stem(new) not in public_pages(client, published)
    client.force_login(owner)
    page = client.get(url("my_products:photos", pk=published.pk)).content.decode()
    assert "Your changes were not accepted: The photo is blurry" in page
    client.post(url("my_products:photo_delete", pk=published.pk, photo_pk=new.pk))
    page = client.get(url("my_products:photos", pk=published.pk)).content.decode()
    assert "Visible to buyers" in page and "not sent for review" not in page


def test_deleting_the_last_waiting_photo_takes_the_product_out_of_the_review_queue(client, owner, published):
    client.force_login(owner)
    client.post(url("my_products:photos", pk=published.pk), {"photos": [jpeg()]})
    services.product_submit(product=published)
    assert Product.objects.awaiting_review().filter(pk=published.pk).exists()
    client.post(url("my_products:photo_delete", pk=published.pk, photo_pk=published.photos.get().pk))
    assert not Product.objects.awaiting_review().filter(pk=published.pk).exists()


def test_photos_of_drafts_and_pending_products_do_not_wait_on_their_own(client, owner, draft):
    client.force_login(owner)
    client.post(url("my_products:photo_upload", pk=draft.pk), {"photo": jpeg()})
    services.product_submit(product=draft)
    client.post(url("my_products:photo_upload", pk=draft.pk), {"photo": jpeg()})
    assert not draft.photos.filter(awaiting_review=True).exists()


def test_deleting_and_reordering_published_photos_is_immediate(client, owner, published):
    one = photo_add(product=published, uploaded_file=jpeg())
    two = photo_add(product=published, uploaded_file=jpeg())
    client.force_login(owner)
    client.post(url("my_products:photo_cover", pk=published.pk, photo_pk=two.pk))
    html = public_pages(client, published)
    assert html.index(stem(two)) < html.index(stem(one))
    client.force_login(owner)
    client.post(url("my_products:photo_delete", pk=published.pk, photo_pk=two.pk))
    assert stem(two) not in public_pages(client, published)
    published.refresh_from_db()
    assert published.changes_submitted_at is None and not published.pending_changes


def test_the_makers_list_shows_her_new_photos_and_what_waits(client, owner, published):
    client.force_login(owner)
    client.post(url("my_products:photo_upload", pk=published.pk), {"photo": jpeg()})
    new = published.photos.get()
    page = client.get(url("my_products:list")).content.decode()
    assert stem(new) in page
    assert "Visible to buyers. Your changes are not sent for review yet." in page
    assert url("my_products:submit", pk=published.pk) in page


# --- Duplicate, the edit page's strip, a new product -------------------------------------------------


def test_a_copy_has_the_photos_with_files_of_its_own(
    client, owner, published, django_capture_on_commit_callbacks
):
    first = photo_add(product=published, uploaded_file=jpeg())
    second = photo_add(product=published, uploaded_file=jpeg(), by_maker=True)  # still waiting for review
    client.force_login(owner)
    response = client.post(url("my_products:duplicate", pk=published.pk), follow=True)
    copy = Product.objects.exclude(pk=published.pk).get()
    assert response.redirect_chain[-1][0] == url("my_products:edit", pk=copy.pk)
    assert "A copy was made as a draft, with the same photos." in " ".join(texts(response))
    copies = list(copy.photos.order_by("position", "id"))
    assert [(p.width, p.height) for p in copies] == [
        (first.width, first.height),
        (second.width, second.height),
    ]
    assert all(p.image.name.startswith(f"products/{copy.pk}/") for p in copies)
    assert not any(p.awaiting_review for p in copies)  # a draft is reviewed as a whole
    # The maker deletes what differs in the copy; the original keeps its files.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("my_products:photo_delete", pk=copy.pk, photo_pk=copies[1].pk))
    assert default_storage.exists(second.image.name)
    assert order(published) == [first.pk, second.pk]


def test_the_edit_page_shows_a_photo_strip_at_the_top(client, owner, published):
    photo_add(product=published, uploaded_file=jpeg())
    photo_add(product=published, uploaded_file=jpeg(), by_maker=True)
    client.force_login(owner)
    page = client.get(url("my_products:edit", pk=published.pk)).content.decode()
    strip = page[
        page.index('<a class="photo-strip"') : page.index("</a>", page.index('<a class="photo-strip"'))
    ]
    assert f'href="{url("my_products:photos", pk=published.pk)}"' in strip
    assert "2 photos" in strip and "1 waiting for review" in strip and "Add or change photos" in strip
    assert stem(published.photos.order_by("position").first()) in strip
    assert page.index('class="photo-strip"') < page.index('<form method="post" class="form pform"')


def test_the_edit_page_of_a_product_without_photos_says_so(client, owner, draft):
    client.force_login(owner)
    page = client.get(url("my_products:edit", pk=draft.pk)).content.decode()
    assert "No photo yet" in page and "0 photos" in page


def test_a_new_product_goes_on_to_its_photos(client, owner, producer):
    category = factories.CategoryFactory()
    client.force_login(owner)
    response = client.post(
        url("my_products:create"),
        {
            "title_en": "Naga pattern stole",
            "category": str(category.pk),
            "price_lak": "450000",
            "availability": "made_to_order",
            "min_order_qty": "10",
            "wholesale_currency": "LAK",
        },
        follow=True,
    )
    product = Product.objects.get()
    assert response.redirect_chain[-1][0] == url("my_products:photos", pk=product.pk)
    assert "Saved as a draft. Add photos, then send it for review." in texts(response)
    # The page tells keep-form.js that the product is saved, so it forgets the new-product draft.
    page = response.content.decode()
    assert f'data-keep="product:{product.pk}:' in page and 'data-keep-group="product"' in page


def test_sending_for_review_goes_back_only_to_this_site(client, owner, published):
    photo_add(product=published, uploaded_file=jpeg(), by_maker=True)
    client.force_login(owner)
    response = client.post(url("my_products:submit", pk=published.pk), {"next": "https://evil.example/"})
    assert response["Location"] == url("my_products:list")
