"""My products: an artisan lists, creates, edits, copies, archives and submits her products; an edit of a
published product waits for review while buyers keep seeing the approved version."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import dateformat, translation

from accounts.models import Notice
from catalogue import services
from catalogue.forms import ProductForm
from catalogue.models import Product
from producers.models import ProducerMembership
from tests import factories

LANGUAGES = ["lo", "en", "ja"]


def url(name: str, lang: str = "en", **kwargs) -> str:
    with translation.override(lang):
        return reverse(name, kwargs=kwargs or None)


def public_url(product: Product, lang: str = "en") -> str:
    with translation.override(lang):
        return product.get_absolute_url()


@pytest.fixture
def scarves(db):
    textiles = factories.CategoryFactory(slug="textiles", name_en="Textiles", name_lo="ແຜ່ນແພ")
    return factories.CategoryFactory(slug="scarves", name_en="Scarves and stoles", parent=textiles)


@pytest.fixture
def silk(db):
    return factories.MaterialFactory(slug="silk", name_en="Silk", name_lo="ໄໝ")


@pytest.fixture
def draft(producer, scarves):
    product = factories.ProductFactory(
        producer=producer,
        category=scarves,
        title_en="Indigo silk scarf",
        status=Product.Status.DRAFT,
        published_at=None,
    )
    factories.PhotoFactory(product=product)  # a product is sent for review with at least one photo
    return product


@pytest.fixture
def published(producer, scarves, silk):
    product = factories.ProductFactory(
        producer=producer, category=scarves, title_en="Indigo silk scarf", price_lak=450_000
    )
    product.materials.set([silk])
    return product


@pytest.fixture
def member(producer):
    """A second member of the owner's producer (added by the owner)."""
    user = factories.ArtisanFactory(full_name="Noi")
    ProducerMembership.objects.create(producer=producer, user=user, role=ProducerMembership.Role.MEMBER)
    return user


@pytest.fixture
def others_product(other_artisan, scarves):
    producer = other_artisan.producers.get()
    return factories.ProductFactory(
        producer=producer,
        category=scarves,
        title_en="Bounmy's jar",
        status=Product.Status.DRAFT,
        published_at=None,
    )


def form_post(product: Product, **changes) -> dict:
    """What the browser sends back for the edit form shown for `product`, with `changes` typed in."""
    form = ProductForm(instance=product, initial=dict(product.pending_changes or {}), language="en")
    data: dict = {}
    for name in form.fields:
        value = form[name].value()
        if value in (None, False, "", []):
            continue
        if value is True:
            data[name] = "on"
        elif isinstance(value, list):
            data[name] = [str(item) for item in value]
        else:
            data[name] = str(value)
    data.update(changes)
    return data


def new_product_post(category, **changes) -> dict:
    data = {
        "title_en": "Naga pattern stole",
        "category": str(category.pk),
        "price_lak": "450000",
        "availability": "made_to_order",
        "min_order_qty": "10",
        "wholesale_currency": "LAK",
    }
    data.update(changes)
    return data


# --- Who may come in --------------------------------------------------------------------------------

ACTIONS = [
    ("GET", "my_products:list", False),
    ("GET", "my_products:create", False),
    ("GET", "my_products:edit", True),
    ("POST", "my_products:submit", True),
    ("POST", "my_products:duplicate", True),
    ("GET", "my_products:archive", True),
    ("POST", "my_products:archive", True),
]


def request(client, method: str, name: str, product: Product | None):
    target = url(name, pk=product.pk) if product is not None else url(name)
    return client.post(target) if method == "POST" else client.get(target)


@pytest.mark.parametrize(("method", "name", "needs_pk"), ACTIONS)
def test_anonymous_people_are_sent_to_sign_in_and_back(client, draft, method, name, needs_pk):
    response = request(client, method, name, draft if needs_pk else None)
    assert response.status_code == 302
    login = url("accounts:login")
    assert response["Location"].startswith(login + "?next=")
    assert Product.objects.get(pk=draft.pk).status == Product.Status.DRAFT


@pytest.mark.parametrize("persona", ["buyer", "moderator"])
@pytest.mark.parametrize(("method", "name", "needs_pk"), ACTIONS)
def test_buyers_and_moderators_are_refused(client, request_persona, draft, persona, method, name, needs_pk):
    client.force_login(request_persona(persona))
    response = request(client, method, name, draft if needs_pk else None)
    assert response.status_code == 403
    assert Product.objects.get(pk=draft.pk).status == Product.Status.DRAFT
    assert Product.objects.count() == 1


@pytest.fixture
def request_persona(request):
    return lambda name: request.getfixturevalue(name)


@pytest.mark.parametrize(("method", "name", "needs_pk"), [a for a in ACTIONS if a[2]])
def test_another_artisan_gets_404_for_the_owners_product(
    client, other_artisan, draft, method, name, needs_pk
):
    client.force_login(other_artisan)
    response = request(client, method, name, draft)
    assert response.status_code == 404
    draft.refresh_from_db()
    assert draft.status == Product.Status.DRAFT
    assert Product.objects.filter(producer=draft.producer).count() == 1  # no copy made


def test_another_artisan_cannot_change_the_owners_product_by_posting_to_it(client, other_artisan, draft):
    client.force_login(other_artisan)
    response = client.post(url("my_products:edit", pk=draft.pk), form_post(draft, title_en="Hacked"))
    assert response.status_code == 404
    draft.refresh_from_db()
    assert draft.title_en == "Indigo silk scarf"


def test_the_list_shows_only_the_artisans_own_products(client, owner, draft, others_product):
    client.force_login(owner)
    page = client.get(url("my_products:list")).content.decode()
    assert "Indigo silk scarf" in page
    assert "Bounmy" not in page


@pytest.mark.parametrize(("method", "name", "needs_pk"), ACTIONS)
def test_the_owner_may_do_everything(client, owner, draft, method, name, needs_pk):
    client.force_login(owner)
    response = request(client, method, name, draft if needs_pk else None)
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert "/my/products/" in response["Location"]


def test_a_member_of_the_same_producer_may_list_and_edit(client, member, draft):
    client.force_login(member)
    assert "Indigo silk scarf" in client.get(url("my_products:list")).content.decode()
    response = client.post(url("my_products:edit", pk=draft.pk), form_post(draft, title_en="Indigo stole"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.title_en == "Indigo stole"


def test_an_artisan_without_a_producer_is_sent_to_create_one(client, db):
    artisan = factories.ArtisanFactory()
    client.force_login(artisan)
    expected = url("my_producer:home")
    for name in ("my_products:list", "my_products:create"):
        response = client.get(url(name))
        assert response.status_code == 302
        assert response["Location"] == expected


# --- Every page, every language -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_pages_answer_in_each_language(client, owner, published, lang):
    client.force_login(owner)
    for target in (
        url("my_products:list", lang),
        url("my_products:create", lang),
        url("my_products:edit", lang, pk=published.pk),
        url("my_products:archive", lang, pk=published.pk),
    ):
        response = client.get(target)
        assert response.status_code == 200, target
        assert f'<html lang="{lang}">' in response.content.decode()


def test_the_form_pages_keep_typed_text_in_the_browser(client, owner, published):
    client.force_login(owner)
    page = client.get(url("my_products:edit", pk=published.pk)).content.decode()
    version = dateformat.format(published.updated_at, "U")
    assert f'data-keep="product:{published.pk}:{version}"' in page
    assert 'data-keep-group="product"' in page
    assert "data-keep-notice" in page
    assert "js/keep-form.js" in page
    page = client.get(url("my_products:create")).content.decode()
    assert 'data-keep="product:new:"' in page


def test_categories_are_grouped_under_their_parent(client, owner, producer, scarves):
    factories.CategoryFactory(slug="pottery", name_en="Pottery")  # a top category without subcategories
    client.force_login(owner)
    page = client.get(url("my_products:create")).content.decode()
    assert '<optgroup label="Textiles">' in page
    assert f'<option value="{scarves.pk}">Scarves and stoles</option>' in page
    assert ">Pottery</option>" in page
    # A top category that has subcategories is a heading, not a choice.
    response = client.post(url("my_products:create"), new_product_post(scarves.parent))
    assert response.status_code == 200
    assert not Product.objects.exists()


# --- Create and edit ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["lo", "ja"])
def test_create_makes_a_draft_of_the_artisans_producer_in_the_interface_language(
    client, owner, producer, scarves, silk, lang
):
    client.force_login(owner)
    data = new_product_post(
        scarves,
        **{f"title_{lang}": "ຜ້າພັນຄໍ" if lang == "lo" else "ストール", "materials": [str(silk.pk)]},
        title_en="",
        producer="999",
        status="published",
    )
    response = client.post(url("my_products:create", lang), data)
    product = Product.objects.get()
    assert response.status_code == 302
    # Straight on to the photos: a listing without a photo sells nothing.
    assert response["Location"] == url("my_products:photos", lang, pk=product.pk)
    assert product.producer == producer
    assert product.status == Product.Status.DRAFT
    assert product.original_language == lang
    assert getattr(product, f"title_{lang}")
    assert list(product.materials.all()) == [silk]
    assert product.price_lak == 450_000


def test_numbers_are_read_as_people_type_them(client, owner, producer, scarves):
    client.force_login(owner)
    data = new_product_post(scarves, price_lak="1,250,000", min_order_qty="໑໐", length_cm="180,5")
    response = client.post(url("my_products:create"), data)
    assert response.status_code == 302
    product = Product.objects.get()
    assert product.price_lak == 1_250_000
    assert product.min_order_qty == 10
    assert str(product.length_cm) == "180.5"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("price_lak", "-5", "This must be at least 1."),
        ("price_lak", "45000000000", "This cannot be more than 1,000,000,000. Please check the number."),
        ("min_order_qty", "0", "This must be at least 1."),
        ("lead_time_days", "-3", "This cannot be a negative number."),
        ("weight_g", "abc", "Write a whole number with digits only, for example 450000."),
        ("length_cm", "-1", "This must be at least 0.1."),
        ("sample_price_lak", "-100", "This cannot be a negative number."),
        ("hs_code", "6214.10", "An HS code has 6, 8 or 10 digits, without dots or spaces."),
        ("title_en", "", "Give the product a name."),
    ],
)
def test_bad_values_are_refused_with_a_message_and_typed_values_kept(
    client, owner, producer, scarves, field, value, message
):
    client.force_login(owner)
    data = new_product_post(
        scarves, description_en="Woven by my mother", colours_en="indigo", **{field: value}
    )
    response = client.post(url("my_products:create"), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert "Woven by my mother" in page and 'value="indigo"' in page
    assert not Product.objects.exists()


def test_edit_keeps_typed_values_on_errors_and_changes_nothing(client, owner, draft):
    client.force_login(owner)
    data = form_post(draft, title_en="Indigo stole, long", price_lak="-1", monthly_capacity="200")
    response = client.post(url("my_products:edit", pk=draft.pk), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="Indigo stole, long"' in page and 'value="-1"' in page and 'value="200"' in page
    draft.refresh_from_db()
    assert draft.title_en == "Indigo silk scarf"
    assert draft.price_lak == 450_000


def test_b2b_details_with_errors_unfold_their_step(client, owner, draft):
    client.force_login(owner)
    page = client.get(url("my_products:edit", pk=draft.pk)).content.decode()
    assert '<details class="step">' in page  # folded while nothing is wrong
    response = client.post(url("my_products:edit", pk=draft.pk), form_post(draft, monthly_capacity="-4"))
    assert '<details class="step" open>' in response.content.decode()


def test_a_sample_price_needs_a_sample(client, owner, draft):
    client.force_login(owner)
    response = client.post(url("my_products:edit", pk=draft.pk), form_post(draft, sample_price_lak="50000"))
    assert "Tick “sample available”, or leave the sample price empty." in response.content.decode()
    data = form_post(draft, sample_price_lak="50000", sample_available="on")
    assert client.post(url("my_products:edit", pk=draft.pk), data).status_code == 302
    draft.refresh_from_db()
    assert draft.sample_available and draft.sample_price_lak == 50_000


def test_edit_of_a_draft_writes_the_columns(client, owner, draft, silk):
    client.force_login(owner)
    data = form_post(
        draft, title_en="Indigo stole", price_lak="500000", materials=[str(silk.pk)], hs_code="621410"
    )
    response = client.post(url("my_products:edit", pk=draft.pk), data)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.title_en, draft.price_lak, draft.hs_code) == ("Indigo stole", 500_000, "621410")
    assert list(draft.materials.all()) == [silk]
    assert draft.pending_changes == {}


def test_save_and_send_for_review_in_one_tap(client, owner, draft):
    client.force_login(owner)
    client.post(url("my_products:edit", pk=draft.pk), form_post(draft, action="submit"))
    draft.refresh_from_db()
    assert draft.status == Product.Status.PENDING


def test_a_product_without_a_photo_is_not_sent_for_review_and_the_maker_is_told_why(client, owner, draft):
    draft.photos.all().delete()
    client.force_login(owner)
    response = client.post(url("my_products:submit", pk=draft.pk), follow=True)
    draft.refresh_from_db()
    assert draft.status == Product.Status.DRAFT
    assert "Add at least one photo first" in response.content.decode()
    with pytest.raises(services.ProductStateError) as error:
        services.product_submit(product=draft)
    assert error.value.code == "no_photo"


def test_an_archived_product_cannot_be_edited(client, owner, draft):
    services.product_archive(product=draft)
    client.force_login(owner)
    response = client.get(url("my_products:edit", pk=draft.pk))
    assert response.status_code == 302 and response["Location"] == url("my_products:list")
    with pytest.raises(services.ProductStateError):
        services.product_update(product=draft, data={"title_en": "x"}, by=owner)


# --- Submit, duplicate, archive -----------------------------------------------------------------------


@pytest.mark.parametrize("status", ["draft", "rejected"])
def test_submit_sends_a_draft_or_rejected_product_for_review(client, owner, draft, status):
    Product.objects.filter(pk=draft.pk).update(status=status, rejection_reason="Photo too dark")
    client.force_login(owner)
    response = client.post(url("my_products:submit", pk=draft.pk))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Product.Status.PENDING
    assert draft in Product.objects.awaiting_review()


def test_submit_twice_is_harmless(owner, draft):
    services.product_submit(product=draft)
    services.product_submit(product=draft)
    assert Product.objects.get(pk=draft.pk).status == Product.Status.PENDING


def test_submit_refuses_what_has_nothing_to_review(client, owner, published, draft):
    client.force_login(owner)
    response = client.post(url("my_products:submit", pk=published.pk), follow=True)
    assert "There is nothing to send: buyers already see this version." in response.content.decode()
    published.refresh_from_db()
    assert published.changes_submitted_at is None
    services.product_archive(product=draft)
    with pytest.raises(services.ProductStateError):
        services.product_submit(product=draft)


def test_submit_only_by_post(client, owner, draft):
    client.force_login(owner)
    assert client.get(url("my_products:submit", pk=draft.pk)).status_code == 405


def test_duplicate_makes_a_draft_copy_with_copies_of_the_photos(client, owner, published, silk):
    Product.objects.filter(pk=published.pk).update(title_lo="ຜ້າພັນຄໍ", colours_en="indigo", lead_time_days=45)
    factories.PhotoFactory(product=published)
    client.force_login(owner)
    response = client.post(url("my_products:duplicate", pk=published.pk), follow=True)
    copy = Product.objects.exclude(pk=published.pk).get()
    assert response.redirect_chain[-1][0] == url("my_products:edit", pk=copy.pk)
    assert "A copy was made as a draft, with the same photos." in response.content.decode()
    assert copy.status == Product.Status.DRAFT and copy.published_at is None
    assert copy.producer_id == published.producer_id
    assert copy.title_en == "Indigo silk scarf (copy)"
    assert copy.title_lo.startswith("ຜ້າພັນຄໍ") and copy.title_lo != "ຜ້າພັນຄໍ"
    assert copy.title_ja is None  # no title in Japanese, none made up
    assert (copy.colours_en, copy.lead_time_days, copy.price_lak) == ("indigo", 45, 450_000)
    assert list(copy.materials.all()) == [silk]
    [photo] = copy.photos.all()
    assert photo.image.name != published.photos.get().image.name  # files of its own
    assert Product.objects.get(pk=published.pk).status == Product.Status.PUBLISHED


def test_a_copy_of_a_long_title_still_fits(owner, draft):
    Product.objects.filter(pk=draft.pk).update(title_en="x" * 200)
    copy = services.product_duplicate(product=draft)
    assert len(copy.title_en) == 200 and copy.title_en.endswith("(copy)")


def test_archive_asks_first_then_hides_the_product(client, owner, published):
    client.force_login(owner)
    page = client.get(url("my_products:archive", pk=published.pk)).content.decode()
    assert "Indigo silk scarf" in page and "<form" in page
    published.refresh_from_db()
    assert published.status == Product.Status.PUBLISHED  # the question changed nothing
    response = client.post(url("my_products:archive", pk=published.pk))
    assert response.status_code == 302
    published.refresh_from_db()
    assert published.status == Product.Status.ARCHIVED
    assert client.get(public_url(published)).status_code == 404
    listing = client.get(url("my_products:list")).content.decode()
    assert "Archived: 1 product" in listing


def test_archiving_drops_changes_waiting_for_review(owner, published):
    services.product_update(product=published, data={"price_lak": 1}, by=owner)
    services.product_submit(product=published)
    services.product_archive(product=published)
    published.refresh_from_db()
    assert published.pending_changes == {} and published.changes_submitted_at is None
    assert published not in Product.objects.awaiting_review()


# --- The published-while-edited flow ------------------------------------------------------------------


def edit_published(client, owner, product: Product) -> None:
    client.force_login(owner)
    data = form_post(product, title_en="Naga pattern stole", price_lak="520,000")
    response = client.post(url("my_products:edit", pk=product.pk), data)
    assert response.status_code == 302


def assert_public_shows(client, product: Product, title: str, price: str, hidden: str) -> None:
    page = client.get(public_url(product)).content.decode()
    assert title in page and price in page
    assert hidden not in page
    listing = client.get(url("catalogue:list")).content.decode()
    assert title in listing and hidden not in listing


def test_an_edit_of_a_published_product_waits_while_buyers_see_the_approved_version(
    client, owner, published, moderator
):
    edit_published(client, owner, published)
    published.refresh_from_db()
    assert published.title_en == "Indigo silk scarf" and published.price_lak == 450_000
    assert published.pending_changes == {"title_en": "Naga pattern stole", "price_lak": 520_000}
    assert_public_shows(client, published, "Indigo silk scarf", "450,000", hidden="Naga pattern stole")

    # The maker continues where she left off: the form shows her changes, not the public version.
    form_page = client.get(url("my_products:edit", pk=published.pk)).content.decode()
    assert 'value="Naga pattern stole"' in form_page and 'value="520000"' in form_page
    assert "not sent for review yet" in client.get(url("my_products:list")).content.decode()

    client.post(url("my_products:submit", pk=published.pk))
    assert "Changes waiting for review" in client.get(url("my_products:list")).content.decode()
    assert published in Product.objects.awaiting_review()
    assert_public_shows(client, published, "Indigo silk scarf", "450,000", hidden="Naga pattern stole")

    services.product_approve(product=published, by=moderator)
    published.refresh_from_db()
    assert published.title_en == "Naga pattern stole" and published.price_lak == 520_000
    assert published.pending_changes == {} and published.changes_submitted_at is None
    assert published.status == Product.Status.PUBLISHED
    assert published not in Product.objects.awaiting_review()
    client.logout()
    assert_public_shows(client, published, "Naga pattern stole", "520,000", hidden="Indigo silk scarf")
    assert owner.notices.get().kind == Notice.Kind.CHANGES_APPROVED


def test_rejected_changes_keep_the_public_version_and_tell_the_maker_why(client, owner, published, moderator):
    edit_published(client, owner, published)
    client.post(url("my_products:submit", pk=published.pk))
    services.product_reject(
        product=published, by=moderator, reason="The new price needs a reason in the text."
    )
    published.refresh_from_db()
    assert published.status == Product.Status.PUBLISHED
    assert published.title_en == "Indigo silk scarf" and published.price_lak == 450_000
    assert published.changes_submitted_at is None
    assert published.pending_changes["title_en"] == "Naga pattern stole"  # kept, to fix rather than retype
    assert published not in Product.objects.awaiting_review()
    assert_public_shows(client, published, "Indigo silk scarf", "450,000", hidden="Naga pattern stole")

    listing = client.get(url("my_products:list")).content.decode()
    assert "Your changes were not accepted: The new price needs a reason in the text." in listing
    assert (
        'value="Naga pattern stole"' in client.get(url("my_products:edit", pk=published.pk)).content.decode()
    )
    notice = owner.notices.get()
    assert notice.kind == Notice.Kind.CHANGES_REJECTED
    assert notice.reason == "The new price needs a reason in the text."

    # Fixed and sent again, it is back in the queue.
    client.post(
        url("my_products:edit", pk=published.pk), form_post(published, price_lak="480000", action="submit")
    )
    published.refresh_from_db()
    assert published.pending_changes["price_lak"] == 480_000
    assert published in Product.objects.awaiting_review()


def test_changing_a_value_back_removes_it_from_the_changes(owner, published):
    services.product_update(product=published, data={"price_lak": 520_000, "title_en": "New"}, by=owner)
    services.product_update(product=published, data={"price_lak": 450_000}, by=owner)
    assert Product.objects.get(pk=published.pk).pending_changes == {"title_en": "New"}
    services.product_submit(product=published)
    services.product_update(product=published, data={"title_en": "Indigo silk scarf"}, by=owner)
    published.refresh_from_db()
    assert published.pending_changes == {} and published.changes_submitted_at is None


def test_pending_changes_are_json_and_apply_every_kind_of_field(owner, published, moderator, silk):
    cotton = factories.MaterialFactory(slug="cotton", name_en="Cotton")
    other = factories.CategoryFactory(slug="bags", name_en="Bags")
    data = {
        "materials": [silk, cotton],
        "category": other,
        "length_cm": Decimal("180.5"),
        "sample_available": True,
        "description_ja": "手織り",
    }
    services.product_update(product=published, data=data, by=owner)
    published.refresh_from_db()
    assert published.pending_changes == {
        "materials": sorted([silk.pk, cotton.pk]),
        "category": other.pk,
        "length_cm": "180.5",
        "sample_available": True,
        "description_ja": "手織り",
    }
    assert list(published.materials.all()) == [silk]
    services.product_submit(product=published)
    services.product_approve(product=published, by=moderator)
    published.refresh_from_db()
    assert set(published.materials.all()) == {silk, cotton}
    assert published.category == other
    assert str(published.length_cm) == "180.5"
    assert published.sample_available and published.description_ja == "手織り"


# --- The moderator's decisions ------------------------------------------------------------------------


def test_approve_publishes_a_pending_product_and_tells_every_member(owner, member, draft, moderator):
    services.product_submit(product=draft)
    services.product_approve(product=draft, by=moderator)
    draft.refresh_from_db()
    assert draft.status == Product.Status.PUBLISHED and draft.published_at is not None
    assert draft in Product.objects.published()
    for user in (owner, member):
        notice = user.notices.get()
        assert notice.kind == Notice.Kind.PRODUCT_APPROVED
        assert notice.subject["en"] == "Indigo silk scarf"
        assert notice.url == public_url(draft, "lo")  # artisans read Lao by default


def test_reject_needs_a_reason_and_sends_it_to_the_maker(owner, draft, moderator):
    services.product_submit(product=draft)
    with pytest.raises(ValidationError):
        services.product_reject(product=draft, by=moderator, reason="  ")
    services.product_reject(product=draft, by=moderator, reason="Please add the size.")
    draft.refresh_from_db()
    assert draft.status == Product.Status.REJECTED and draft.rejection_reason == "Please add the size."
    notice = owner.notices.get()
    assert notice.kind == Notice.Kind.PRODUCT_REJECTED and notice.reason == "Please add the size."
    assert notice.url == url("my_products:edit", "lo", pk=draft.pk)


def test_the_maker_reads_the_rejection_reason_in_her_list(client, owner, draft, moderator):
    services.product_submit(product=draft)
    services.product_reject(product=draft, by=moderator, reason="Please add the size.")
    client.force_login(owner)
    assert "Rejected: Please add the size." in client.get(url("my_products:list")).content.decode()


def test_a_decision_is_never_made_twice(draft, moderator):
    services.product_submit(product=draft)
    services.product_approve(product=draft, by=moderator)
    with pytest.raises(services.ProductStateError):
        services.product_approve(product=draft, by=moderator)
    with pytest.raises(services.ProductStateError):
        services.product_reject(product=draft, by=moderator, reason="Too late")
    assert Product.objects.get(pk=draft.pk).status == Product.Status.PUBLISHED


def test_only_moderators_decide(owner, draft):
    services.product_submit(product=draft)
    with pytest.raises(PermissionDenied):
        services.product_approve(product=draft, by=owner)
    with pytest.raises(PermissionDenied):
        services.product_reject(product=draft, by=owner, reason="mine")
    assert Product.objects.get(pk=draft.pk).status == Product.Status.PENDING


# --- Statuses in plain words and the query budget ------------------------------------------------------


def test_the_list_says_each_status_in_plain_words(client, owner, producer, scarves):
    def make(title, **fields):
        return factories.ProductFactory(producer=producer, category=scarves, title_en=title, **fields)

    make("A draft", status="draft", published_at=None)
    make("A pending one", status="pending", published_at=None)
    make("A public one")
    make("A refused one", status="rejected", published_at=None, rejection_reason="Blurry photo")
    make("An old one", status="archived")
    client.force_login(owner)
    page = client.get(url("my_products:list")).content.decode()
    for words in ("Draft", "Waiting for review", "Visible to buyers", "Rejected: Blurry photo", "Archived"):
        assert words in page


def test_the_list_costs_the_same_queries_for_1_and_20_products(client, owner, producer, scarves):
    client.force_login(owner)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url("my_products:list")).status_code == 200
        return len(queries)

    def add(n: int) -> None:
        for _ in range(n):
            product = factories.ProductFactory(producer=producer, category=scarves)
            factories.PhotoFactory(product=product)

    add(1)
    one = count()
    add(19)
    assert count() == one
    # session, user, unread notices, producer, counts of both groups, the page of products, their covers
    assert one <= 7


def test_the_list_pages_through_many_products_and_keeps_archived_ones_apart(client, owner, producer, scarves):
    from catalogue.views_my import MY_PRODUCTS_PER_PAGE

    for n in range(MY_PRODUCTS_PER_PAGE + 2):
        factories.ProductFactory(producer=producer, category=scarves, title_en=f"Scarf {n:02d}")
    factories.ProductFactory(
        producer=producer, category=scarves, title_en="Old basket", status=Product.Status.ARCHIVED
    )
    client.force_login(owner)
    first = client.get(url("my_products:list")).content.decode()
    assert first.count('class="row"') == MY_PRODUCTS_PER_PAGE
    assert "Page 1 of 2" in first and "Old basket" not in first
    assert 'href="?archived=1"' in first and "Archived: 1 product" in first
    second = client.get(url("my_products:list"), {"page": 2}).content.decode()
    assert second.count('class="row"') == 2
    archived = client.get(url("my_products:list"), {"archived": "1"}).content.decode()
    assert "Old basket" in archived and "Scarf 00" not in archived
    assert client.get(url("my_products:list"), {"page": "ສອງ"}).status_code == 200  # a bad page is page 1


def test_the_list_asks_for_photos_before_offering_to_send_a_draft(client, owner, draft):
    client.force_login(owner)
    html = client.get(url("my_products:list")).content.decode()
    assert url("my_products:submit", pk=draft.pk) in html
    draft.photos.all().delete()
    html = client.get(url("my_products:list")).content.decode()
    assert url("my_products:submit", pk=draft.pk) not in html
    assert f'href="{url("my_products:photos", pk=draft.pk)}"' in html
