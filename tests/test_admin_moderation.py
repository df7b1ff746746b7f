"""Moderators decide in the back-office, and every decision reaches the makers through the services.

Approve, or send back with a reason, for products (new, or published with changes) and producers: the
object changes, each member gets a notice in the app (and an email when they have one) in their own
language, the decision is in the history, and nothing is decided or told twice.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.db.models import ProtectedError
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image

from accounts.models import Notice
from catalogue.models import Product
from catalogue.photos import photo_add
from producers.admin import producers_delete
from producers.models import Producer, ProducerMembership
from producers.photos import producer_photo_set
from producers.services import ProducerStateError, producer_approve, producer_reject
from tests import factories

REASON = "Please add the size of the scarf and a photo in daylight."
LAO_REASON = "ກະລຸນາໃສ່ຂະໜາດຂອງຜ້າ ແລະ ຮູບທີ່ຖ່າຍໃນແສງແດດ."


def admin_url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def run_action(client, model, action: str, objects, query: str = ""):
    """Choose the action in the changelist's menu and press "Go", as a browser does."""
    return client.post(
        admin_url(model, "changelist") + query,
        {
            "action": action,
            "select_across": "0",
            "index": "0",
            "_selected_action": [obj.pk for obj in objects],
        },
    )


def send_back(client, model, objects, reason: str):
    """Post the reason page: back to the changelist with the action, the selection and `post`."""
    return client.post(
        admin_url(model, "changelist"),
        {
            "action": "send_back",
            "_selected_action": [obj.pk for obj in objects],
            "post": "yes",
            "reason": reason,
        },
    )


def messages_of(response) -> list[str]:
    return [str(message) for message in response.wsgi_request._messages]


@pytest.fixture
def english_member(producer):
    """A member who reads English and has an email (the owner, Khamla, reads Lao and has none)."""
    member = factories.ArtisanFactory(full_name="Dara", email="dara@example.la", preferred_language="en")
    ProducerMembership.objects.create(producer=producer, user=member, role=ProducerMembership.Role.MEMBER)
    return member


@pytest.fixture
def new_product(producer, english_member):
    return factories.ProductFactory(
        producer=producer, status=Product.Status.PENDING, published_at=None, title_en="Naga silk scarf"
    )


@pytest.fixture
def changed_product(producer, english_member):
    """A published product whose maker changed the title and price and sent the changes for review."""
    return factories.ProductFactory(
        producer=producer,
        title_en="Naga silk scarf",
        price_lak=450_000,
        pending_changes={"title_en": "Indigo naga silk scarf", "price_lak": 520_000},
        changes_submitted_at=timezone.now(),
    )


@pytest.fixture
def pending_producer(owner, english_member):
    producer = owner.producer_memberships.get().producer
    Producer.objects.filter(pk=producer.pk).update(status=Producer.Status.PENDING)
    producer.refresh_from_db()
    return producer


# --- Products: approve --------------------------------------------------------------------------------


def test_approving_a_new_product_publishes_it_and_tells_every_maker_in_their_language(
    client, moderator, owner, english_member, new_product, django_capture_on_commit_callbacks
):
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = run_action(client, Product, "approve", [new_product])

    new_product.refresh_from_db()
    assert response.status_code == 302
    assert new_product.status == Product.Status.PUBLISHED
    assert new_product.published_at is not None
    assert messages_of(response) == ["1 product approved."]
    # Khamla reads Lao and has no email: a notice in the app, linked in her language.
    [lao_notice] = owner.notices.all()
    assert lao_notice.kind == Notice.Kind.PRODUCT_APPROVED
    assert lao_notice.url.startswith(f"/lo/products/{new_product.pk}-")
    # Dara reads English and has an email.
    [notice] = english_member.notices.all()
    assert notice.kind == Notice.Kind.PRODUCT_APPROVED
    [email] = mail.outbox
    assert email.to == ["dara@example.la"]
    assert email.subject == "Hatthakam: “Naga silk scarf” was approved"
    assert "Your product “Naga silk scarf” was approved. Buyers can now see it." in email.body
    assert f"/en/products/{new_product.pk}-" in email.body


def test_approving_changes_shows_them_to_buyers(
    client, moderator, english_member, changed_product, django_capture_on_commit_callbacks
):
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        run_action(client, Product, "approve", [changed_product])

    changed_product.refresh_from_db()
    assert changed_product.title_en == "Indigo naga silk scarf"
    assert changed_product.price_lak == 520_000
    assert changed_product.pending_changes == {}
    assert changed_product.changes_submitted_at is None
    assert english_member.notices.get().kind == Notice.Kind.CHANGES_APPROVED
    assert "Buyers now see the new version." in mail.outbox[0].body


def test_approve_skips_products_not_waiting_for_review_and_counts_them(client, moderator, producer):
    draft = factories.ProductFactory(producer=producer, status=Product.Status.DRAFT, published_at=None)
    published = factories.ProductFactory(producer=producer)
    unsent_changes = factories.ProductFactory(producer=producer, pending_changes={"price_lak": 1})
    waiting = factories.ProductFactory(producer=producer, status=Product.Status.PENDING, published_at=None)
    client.force_login(moderator)

    response = run_action(client, Product, "approve", [draft, published, unsent_changes, waiting])

    assert messages_of(response) == [
        "1 product approved.",
        "3 products were not waiting for review and were left as they were.",
    ]
    draft.refresh_from_db()
    unsent_changes.refresh_from_db()
    assert draft.status == Product.Status.DRAFT
    assert unsent_changes.pending_changes == {"price_lak": 1}
    assert Notice.objects.count() == 1  # the owner's, for the one approved product
    assert LogEntry.objects.filter(user=moderator).count() == 1


def test_approving_twice_tells_the_makers_once(
    client, moderator, owner, english_member, new_product, django_capture_on_commit_callbacks
):
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        first = run_action(client, Product, "approve", [new_product])
        client.get(first.url)  # the moderator reads the first message
        second = run_action(client, Product, "approve", [new_product])

    assert messages_of(second) == ["1 product was not waiting for review and was left as it was."]
    assert owner.notices.count() == english_member.notices.count() == 1
    assert len(mail.outbox) == 1


def test_each_decision_is_in_the_products_history(client, moderator, new_product, changed_product):
    client.force_login(moderator)

    run_action(client, Product, "approve", [new_product, changed_product])

    new_entry = LogEntry.objects.get(object_id=str(new_product.pk), user=moderator)
    changes_entry = LogEntry.objects.get(object_id=str(changed_product.pk), user=moderator)
    with translation.override("en"):
        assert new_entry.get_change_message() == "Changed status and published on."
        assert "title [en]" in changes_entry.get_change_message()
        assert "unit price (LAK)" in changes_entry.get_change_message()


def test_the_old_publish_action_is_gone(client, moderator, new_product):
    client.force_login(moderator)

    page = client.get(admin_url(Product, "changelist"))

    actions = dict(page.context["action_form"].fields["action"].choices)
    assert {"approve", "send_back", "archive"} <= set(actions)
    assert "publish" not in actions


# --- Products: send back with a reason ----------------------------------------------------------------


def test_send_back_first_asks_for_the_reason_and_keeps_the_selection(
    client, moderator, new_product, changed_product
):
    published = factories.ProductFactory(title_en="Bamboo basket")
    client.force_login(moderator)

    response = run_action(client, Product, "send_back", [new_product, changed_product, published])

    assert response.status_code == 200
    assert response.template_name == "admin/send_back_with_reason.html"
    page = response.content.decode()
    assert '<textarea name="reason"' in page
    assert "Reason for the makers" in page
    for product in (new_product, changed_product, published):
        assert f'name="_selected_action" value="{product.pk}"' in page
    assert '<input type="hidden" name="action" value="send_back">' in page
    assert '<input type="hidden" name="post" value="yes">' in page
    assert '"index"' not in page  # the changelist would read the post as a new choice of action
    assert set(response.context["waiting"]) == {new_product, changed_product}
    assert response.context["skipped"] == [published]
    new_product.refresh_from_db()
    assert new_product.status == Product.Status.PENDING
    assert Notice.objects.count() == 0


def test_sending_back_a_new_product_tells_the_makers_why(
    client, moderator, owner, english_member, new_product, django_capture_on_commit_callbacks
):
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = send_back(client, Product, [new_product], LAO_REASON)

    new_product.refresh_from_db()
    assert response.status_code == 302
    assert messages_of(response) == ["1 product sent back to its makers with your reason."]
    assert new_product.status == Product.Status.REJECTED
    assert new_product.rejection_reason == LAO_REASON
    lao_notice = owner.notices.get()
    assert (lao_notice.kind, lao_notice.reason) == (Notice.Kind.PRODUCT_REJECTED, LAO_REASON)
    with translation.override("lo"):
        assert lao_notice.url == reverse("my_products:edit", kwargs={"pk": new_product.pk})
    [email] = mail.outbox
    assert email.to == ["dara@example.la"]
    assert email.subject == "Hatthakam: “Naga silk scarf” needs changes"
    assert "The association's note:" in email.body and LAO_REASON in email.body
    entry = LogEntry.objects.get(object_id=str(new_product.pk))
    with translation.override("en"):
        assert entry.get_change_message() == "Changed status and reason for rejection."


def test_sending_back_changes_keeps_the_published_version_and_the_makers_work(
    client, moderator, english_member, changed_product, django_capture_on_commit_callbacks
):
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        send_back(client, Product, [changed_product], REASON)

    changed_product.refresh_from_db()
    assert changed_product.status == Product.Status.PUBLISHED
    assert changed_product.title_en == "Naga silk scarf"
    assert changed_product.pending_changes == {"title_en": "Indigo naga silk scarf", "price_lak": 520_000}
    assert changed_product.changes_submitted_at is None
    assert changed_product.rejection_reason == REASON
    notice = english_member.notices.get()
    assert (notice.kind, notice.reason) == (Notice.Kind.CHANGES_REJECTED, REASON)
    assert "Buyers still see the previous version." in mail.outbox[0].body


@pytest.mark.parametrize("reason", ["", "   \n  "])
def test_an_empty_reason_shows_the_page_again_and_changes_nothing(client, moderator, new_product, reason):
    client.force_login(moderator)

    response = send_back(client, Product, [new_product], reason)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Write the reason: the maker reads it to know what to change." in page
    assert f'name="_selected_action" value="{new_product.pk}"' in page
    new_product.refresh_from_db()
    assert new_product.status == Product.Status.PENDING
    assert new_product.rejection_reason == ""
    assert Notice.objects.count() == 0
    assert not LogEntry.objects.exists()


def test_sending_back_twice_tells_the_makers_once(client, moderator, owner, new_product):
    client.force_login(moderator)

    first = send_back(client, Product, [new_product], REASON)
    client.get(first.url)
    second = send_back(client, Product, [new_product], "Another reason")

    assert messages_of(second) == ["None of the selected products is waiting for review."]
    assert owner.notices.get().reason == REASON


def test_send_back_with_nothing_waiting_says_so_without_a_page(client, moderator, producer):
    published = factories.ProductFactory(producer=producer)
    client.force_login(moderator)

    response = run_action(client, Product, "send_back", [published])

    assert response.status_code == 302
    assert messages_of(response) == ["None of the selected products is waiting for review."]


def test_the_reason_page_costs_the_same_queries_for_1_or_10_products(client, moderator, producer):
    client.force_login(moderator)
    one = factories.ProductFactory.create_batch(1, producer=producer, status=Product.Status.PENDING)
    ten = factories.ProductFactory.create_batch(10, producer=producer, status=Product.Status.PENDING)
    run_action(client, Product, "send_back", one)  # caches content types and loads the session

    with CaptureQueriesContext(connection) as for_one:
        assert run_action(client, Product, "send_back", one).status_code == 200
    with CaptureQueriesContext(connection) as for_ten:
        response = run_action(client, Product, "send_back", ten)

    assert len(response.context["waiting"]) == 10
    assert len(for_ten) == len(for_one)


# --- Producers ----------------------------------------------------------------------------------------


def test_approving_a_producer_makes_it_public_and_tells_its_members(
    client, moderator, owner, english_member, pending_producer, django_capture_on_commit_callbacks
):
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = run_action(client, Producer, "approve", [pending_producer])

    pending_producer.refresh_from_db()
    assert messages_of(response) == ["1 producer approved."]
    assert pending_producer.status == Producer.Status.APPROVED
    lao_notice = owner.notices.get()
    assert lao_notice.kind == Notice.Kind.PRODUCER_APPROVED
    assert lao_notice.url.startswith(f"/lo/producers/{pending_producer.pk}-")
    assert lao_notice.subject["lo"] == pending_producer.name_lo
    [email] = mail.outbox
    assert email.to == ["dara@example.la"]
    assert f"Your producer “{pending_producer.name_en}” was approved." in email.body
    assert f"/en/producers/{pending_producer.pk}-" in email.body
    assert LogEntry.objects.filter(object_id=str(pending_producer.pk), user=moderator).count() == 1


def test_sending_a_producer_back_shows_the_reason_on_the_makers_page(
    client, moderator, owner, english_member, pending_producer, django_capture_on_commit_callbacks
):
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = send_back(client, Producer, [pending_producer], LAO_REASON)

    pending_producer.refresh_from_db()
    assert messages_of(response) == ["1 producer sent back to its makers with your reason."]
    assert pending_producer.status == Producer.Status.REJECTED
    assert pending_producer.rejection_reason == LAO_REASON
    lao_notice = owner.notices.get()
    assert (lao_notice.kind, lao_notice.reason) == (Notice.Kind.PRODUCER_REJECTED, LAO_REASON)
    assert lao_notice.url == "/lo/my/producer/"
    [email] = mail.outbox
    assert "needs changes" in email.subject and LAO_REASON in email.body
    client.force_login(owner)
    with translation.override("lo"):
        page = client.get(reverse("my_producer:home")).content.decode()
    assert LAO_REASON in page


def test_an_empty_reason_leaves_the_producer_waiting(client, moderator, pending_producer):
    client.force_login(moderator)

    response = send_back(client, Producer, [pending_producer], " ")

    assert response.status_code == 200
    assert "Write the reason: the maker reads it to know what to change." in response.content.decode()
    pending_producer.refresh_from_db()
    assert pending_producer.status == Producer.Status.PENDING
    assert Notice.objects.count() == 0


def test_producers_not_waiting_are_skipped_and_told_nothing(client, moderator, producer, owner):
    client.force_login(moderator)

    approve = run_action(client, Producer, "approve", [producer])
    client.get(approve.url)
    again = run_action(client, Producer, "approve", [producer])

    assert messages_of(again) == ["1 producer was not waiting for review and was left as it was."]
    assert owner.notices.count() == 0


def test_the_producer_services_check_the_moderator_the_status_and_the_reason(owner, moderator, producer):
    Producer.objects.filter(pk=producer.pk).update(status=Producer.Status.PENDING)

    with pytest.raises(PermissionDenied):
        producer_approve(producer=producer, by=owner)
    with pytest.raises(ValidationError) as empty:
        producer_reject(producer=producer, by=moderator, reason="  ")
    assert empty.value.code == "reason_required"
    producer_approve(producer=producer, by=moderator)
    with pytest.raises(ProducerStateError):
        producer_reject(producer=producer, by=moderator, reason=REASON)
    producer.refresh_from_db()
    assert producer.status == Producer.Status.APPROVED
    assert owner.notices.count() == 1


# --- Who may decide -----------------------------------------------------------------------------------


@pytest.fixture
def staff_without_permission(db):
    return factories.UserFactory(is_staff=True, full_name="Intern")


@pytest.fixture
def staff_editor(db):
    """Staff who may change products and producers (e.g. a translator) but is not a moderator."""
    user = factories.UserFactory(is_staff=True, full_name="Translator")
    user.user_permissions.set(
        Permission.objects.filter(
            codename__in=["view_product", "change_product", "view_producer", "change_producer"]
        )
    )
    return user


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("anonymous", 302),
        ("buyer", 302),
        ("other_artisan", 302),
        ("owner", 302),
        ("staff_without_permission", 403),
        ("staff_editor", 302),
    ],
)
@pytest.mark.parametrize("model", [Product, Producer], ids=["product", "producer"])
def test_only_moderators_can_approve_or_send_back(client, request, persona, status, model, producer):
    if model is Product:
        target = factories.ProductFactory(producer=producer, status=Product.Status.PENDING, published_at=None)
    else:
        Producer.objects.filter(pk=producer.pk).update(status=Producer.Status.PENDING)
        target = producer
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))

    approve = run_action(client, model, "approve", [target])
    rejected = send_back(client, model, [target], REASON)

    assert approve.status_code == rejected.status_code == status
    if status == 302 and persona != "staff_editor":
        assert approve.url.startswith(reverse("admin:login"))
    target.refresh_from_db()
    assert target.status == "pending"
    assert Notice.objects.count() == 0


def test_the_decisions_are_not_offered_to_staff_who_are_not_moderators(client, staff_editor, moderator):
    client.force_login(staff_editor)
    editor_actions = dict(
        client.get(admin_url(Product, "changelist")).context["action_form"].fields["action"].choices
    )
    client.force_login(moderator)
    moderator_actions = dict(
        client.get(admin_url(Product, "changelist")).context["action_form"].fields["action"].choices
    )

    assert "approve" not in editor_actions and "send_back" not in editor_actions
    assert "approve" in moderator_actions and "send_back" in moderator_actions


# --- What the moderator reads -------------------------------------------------------------------------


def test_the_product_page_shows_each_proposed_change_next_to_what_buyers_see(client, moderator, producer):
    cotton, silk = factories.MaterialFactory(name_en="Cotton"), factories.MaterialFactory(name_en="Silk")
    scarves = factories.CategoryFactory(name_en="Scarves")
    product = factories.ProductFactory(
        producer=producer,
        title_en="Naga silk scarf",
        title_lo="ຜ້າພັນຄໍ",
        price_lak=450_000,
        sample_available=False,
        rejection_reason="The price looks too high.",
    )
    product.materials.set([cotton])
    Product.objects.filter(pk=product.pk).update(
        pending_changes={
            "title_en": "Indigo naga silk scarf",
            "price_lak": 520_000,
            "sample_available": True,
            "trade_term": "FCA",
            "category": scarves.pk,
            "materials": [silk.pk],
        },
        changes_submitted_at=timezone.now(),
    )
    client.force_login(moderator)

    response = client.get(admin_url(Product, "change", product.pk))

    page = response.content.decode()
    assert "Changes waiting for review" in page
    product.refresh_from_db()
    rows = {
        row["label"]: (row["current"], row["proposed"])
        for row in admin.site._registry[Product].change_rows(product)
    }
    assert rows["Title (English)"] == ("Naga silk scarf", "Indigo naga silk scarf")
    assert rows["Unit price (LAK)"] == ("450000", "520000")
    assert rows["Sample available"] == ("No", "Yes")
    assert rows["Trade term"] == ("-", "FCA – Free carrier (handed to the buyer's carrier)")
    assert rows["Category"][1] == "Scarves"
    assert rows["Materials"] == ("Cotton", "Silk")
    assert "Title (Lao)" not in rows  # unchanged fields are not listed
    assert "Indigo naga silk scarf" in page and "FCA – Free carrier" in page
    assert "The price looks too high." in page


def test_a_product_without_changes_has_no_changes_panel(client, moderator, producer):
    product = factories.ProductFactory(producer=producer)
    client.force_login(moderator)

    page = client.get(admin_url(Product, "change", product.pk)).content.decode()

    assert "Changes waiting for review" not in page


def test_the_waiting_for_review_filter_lists_the_product_queue(client, moderator, producer):
    new = factories.ProductFactory(producer=producer, status=Product.Status.PENDING, published_at=None)
    sent_changes = factories.ProductFactory(
        producer=producer, pending_changes={"price_lak": 1}, changes_submitted_at=timezone.now()
    )
    factories.ProductFactory(producer=producer)  # published, nothing to review
    factories.ProductFactory(producer=producer, pending_changes={"price_lak": 1})  # changes not sent yet
    factories.ProductFactory(producer=producer, status=Product.Status.DRAFT, published_at=None)
    client.force_login(moderator)

    response = client.get(admin_url(Product, "changelist"), {"review": "waiting"})

    assert set(response.context["cl"].result_list) == {new, sent_changes}
    assert "Waiting for review" in response.content.decode()


def test_the_waiting_for_review_filter_lists_the_producer_queue(client, moderator, producer, other_artisan):
    waiting = factories.ProducerFactory(status=Producer.Status.PENDING)
    factories.ProducerFactory(status=Producer.Status.DRAFT)
    client.force_login(moderator)

    response = client.get(admin_url(Producer, "changelist"), {"review": "waiting"})

    assert list(response.context["cl"].result_list) == [waiting]


def test_archiving_drops_changes_so_the_product_leaves_the_queue(client, moderator, changed_product):
    client.force_login(moderator)

    response = run_action(client, Product, "archive", [changed_product])

    changed_product.refresh_from_db()
    assert messages_of(response) == ["1 product archived."]
    assert changed_product.status == Product.Status.ARCHIVED
    assert changed_product.pending_changes == {}
    assert not Product.objects.awaiting_review().exists()
    assert Notice.objects.count() == 0


# --- Deleting producers removes their files ----------------------------------------------------------


def stored_files() -> set[str]:
    root = Path(default_storage.location)
    return (
        {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}
        if root.exists()
        else set()
    )


def jpeg(width: int = 800, height: int = 600) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (40, 90, 160)).save(buffer, "JPEG")
    return SimpleUploadedFile("scarf.jpg", buffer.getvalue(), "image/jpeg")


@pytest.fixture
def producer_with_files(db):
    producer = factories.ProducerFactory()
    producer_photo_set(producer=producer, uploaded_file=jpeg())
    product = factories.ProductFactory(producer=producer)
    photo_add(product=product, uploaded_file=jpeg())
    photo_add(product=product, uploaded_file=jpeg())
    return producer


def test_a_producer_photo_and_its_products_photos_are_stored_as_files(producer_with_files):
    files = stored_files()
    # The producer's photo and each product photo: a master and its renditions.
    assert producer_with_files.photo.name in files
    assert set(producer_with_files.photo_renditions.values()) <= files
    assert len([name for name in files if name.startswith("producers/")]) >= 2
    assert len([name for name in files if name.startswith("products/")]) >= 4


def test_deleting_a_producer_removes_its_files_once_committed(
    client, moderator, producer_with_files, django_capture_on_commit_callbacks
):
    keep = factories.ProductFactory()
    photo_add(product=keep, uploaded_file=jpeg())
    kept_files = {name for name in stored_files() if name.startswith(f"products/{keep.pk}/")}
    assert kept_files and len(stored_files()) > len(kept_files) + 4
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(admin_url(Producer, "delete", producer_with_files.pk), {"post": "yes"})

    assert response.status_code == 302
    assert not Producer.objects.filter(pk=producer_with_files.pk).exists()
    assert stored_files() == kept_files


def test_deleting_selected_producers_removes_their_files(
    client, moderator, producer_with_files, django_capture_on_commit_callbacks
):
    other = factories.ProducerFactory()
    producer_photo_set(producer=other, uploaded_file=jpeg())
    assert other.photo.name in stored_files()
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            admin_url(Producer, "changelist"),
            {
                "action": "delete_selected",
                "_selected_action": [producer_with_files.pk, other.pk],
                "post": "yes",
            },
        )

    assert response.status_code == 302
    assert not Producer.objects.filter(pk__in=[producer_with_files.pk, other.pk]).exists()
    assert stored_files() == set()


def test_a_failed_deletion_keeps_every_file(producer_with_files, buyer, django_capture_on_commit_callbacks):
    # An inquiry protects its producer: the deletion fails and rolls back, products and files stay.
    factories.InquiryFactory(producer=producer_with_files, buyer=buyer)
    before = stored_files()

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ProtectedError):
        producers_delete(Producer.objects.filter(pk=producer_with_files.pk))

    assert stored_files() == before
    assert producer_with_files.products.count() == 1


def test_a_lao_moderator_reads_the_changes_and_the_reason_page_in_lao(client, moderator, changed_product):
    client.force_login(moderator)
    lao = {"HTTP_ACCEPT_LANGUAGE": "lo"}

    change_page = client.get(admin_url(Product, "change", changed_product.pk), **lao)
    reason_page = client.post(
        admin_url(Product, "changelist"),
        {"action": "send_back", "index": "0", "_selected_action": [changed_product.pk]},
        **lao,
    )

    assert change_page.status_code == reason_page.status_code == 200
    assert change_page.wsgi_request.LANGUAGE_CODE == "lo"
    page = change_page.content.decode()
    assert "Indigo naga silk scarf" in page
    # The labels are built from translated names: "title" (ຊື່ສິນຄ້າ) and the language's name.
    with translation.override("lo"):
        english = str(dict(settings.LANGUAGES)["en"])
    assert english != "English"
    assert f'<th scope="row">ຊື່ສິນຄ້າ ({english})</th>' in page
    assert "Title (English)" not in page
    assert f'name="_selected_action" value="{changed_product.pk}"' in reason_page.content.decode()


def test_the_status_of_an_existing_product_or_producer_changes_only_through_the_actions(client, moderator):
    # A status typed into the change form would publish or hide without a word to the makers.
    product = factories.ProductFactory(status=Product.Status.PENDING, published_at=None)
    client.force_login(moderator)
    form = client.get(reverse("admin:catalogue_product_change", args=[product.pk])).context["adminform"]
    assert {"status", "published_at", "rejection_reason"} <= set(form.readonly_fields)
    form = client.get(reverse("admin:producers_producer_change", args=[product.producer.pk])).context[
        "adminform"
    ]
    assert {"status", "rejection_reason"} <= set(form.readonly_fields)
    assert (
        "status"
        not in client.get(reverse("admin:catalogue_product_add")).context["adminform"].readonly_fields
    )


def test_the_moderator_sees_which_new_photos_wait_for_review(client, moderator):
    product = factories.ProductFactory(status=Product.Status.PUBLISHED)
    factories.PhotoFactory(product=product, position=0)
    factories.PhotoFactory(product=product, position=1, awaiting_review=True)
    Product.objects.filter(pk=product.pk).update(changes_submitted_at=timezone.now())
    client.force_login(moderator)
    html = client.get(reverse("admin:catalogue_product_change", args=[product.pk])).content.decode()
    assert "1 new photo waits for review" in html
    assert html.count("New: waiting for review") == 1
