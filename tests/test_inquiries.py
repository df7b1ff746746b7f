"""Inquiry services: stored before anything is sent, held until the buyer's email is confirmed, threads
with per-side unread state, closing with an outcome, spam, translations, and notices to the other side."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from unittest import mock

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import Notice
from accounts.signals import email_confirmed
from orders.models import Inquiry, Message, ShortlistItem
from orders.services import (
    InquiryError,
    ItemRequest,
    inquiries_release,
    inquiry_close,
    inquiry_create,
    inquiry_mark_spam,
    message_reply,
    message_translate,
    shortlist_toggle,
    thread_mark_read,
)
from tests import factories


@pytest.fixture
def buyer(buyer):
    buyer.email_confirmed_at = timezone.now()
    buyer.save(update_fields=["email_confirmed_at"])
    return buyer


@pytest.fixture
def owner(owner):
    # Makers with an email get the notices by email too.
    owner.email = "khamla@example.la"
    owner.save(update_fields=["email"])
    return owner


@pytest.fixture
def product(producer):
    return factories.ProductFactory(producer=producer, title_en="Indigo scarf", title_lo="ຜ້າພັນຄໍຍ້ອມຄາມ")


def send(buyer, product, **overrides):
    values = {
        "buyer": buyer,
        "producer": product.producer,
        "items": [ItemRequest(product=product, quantity=30, target_unit_price=Decimal("3300"))],
        "body": "30枚のお見積もりをお願いします。",
        "body_language": "ja",
        "currency": "JPY",
        "wanted_by": timezone.localdate() + dt.timedelta(days=60),
        "destination": "Kyoto, Japan",
        "sample_requested": True,
    }
    with mock.patch("django.db.transaction.on_commit", side_effect=lambda f, using=None, robust=False: f()):
        return inquiry_create(**{**values, **overrides})


def test_an_inquiry_is_stored_with_its_items_and_first_message_and_the_maker_is_told_in_lao(
    buyer, owner, product
):
    inquiry = send(buyer, product)

    assert inquiry.status == Inquiry.Status.NEW
    assert inquiry.delivered_at is not None
    assert [(i.product, i.quantity, i.target_unit_price) for i in inquiry.items.all()] == [
        (product, 30, Decimal("3300.00"))
    ]
    (message,) = inquiry.messages.all()
    assert (message.author, message.from_buyer, message.language) == (buyer, True, "ja")
    notice = Notice.objects.get(user=owner)
    assert notice.kind == Notice.Kind.INQUIRY_RECEIVED
    assert notice.subject_name("lo") == "ຜ້າພັນຄໍຍ້ອມຄາມ"
    assert notice.url == inquiry.get_absolute_url()
    (email,) = mail.outbox
    assert email.to == ["khamla@example.la"]
    assert "ຜ້າພັນຄໍຍ້ອມຄາມ" in email.subject
    assert "/lo/inquiries/" in email.body
    assert email.alternatives and "ຜ້າພັນຄໍຍ້ອມຄາມ" in email.alternatives[0][0]


def test_a_failing_mail_server_loses_nothing_the_inquiry_is_stored_and_the_email_retried(
    buyer, owner, product
):
    with mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=OSError("down")):
        inquiry = send(buyer, product)

    assert Inquiry.objects.filter(pk=inquiry.pk).exists()
    notice = Notice.objects.get(user=owner)
    assert (notice.email_state, notice.email_attempts) == (Notice.EmailState.PENDING, 1)


def test_the_email_goes_out_only_after_the_transaction_commits(
    buyer, owner, product, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        inquiry_create(
            buyer=buyer,
            producer=product.producer,
            items=[ItemRequest(product=product, quantity=5)],
            body="Hello",
            body_language="en",
            currency="USD",
        )
    assert mail.outbox == []
    assert len(callbacks) == 1


def test_an_unconfirmed_buyers_inquiry_is_held_until_she_confirms_her_email(buyer, owner, product):
    buyer.email_confirmed_at = None
    buyer.save()
    inquiry = send(buyer, product)

    assert inquiry.is_held
    assert not Notice.objects.filter(user=owner).exists()
    assert not Inquiry.objects.for_producer_member(owner).exists()

    buyer.email_confirmed_at = timezone.now()
    buyer.save()
    with mock.patch("django.db.transaction.on_commit", side_effect=lambda f, using=None, robust=False: f()):
        email_confirmed.send(sender=type(buyer), user=buyer)

    inquiry.refresh_from_db()
    assert not inquiry.is_held
    assert list(Inquiry.objects.for_producer_member(owner)) == [inquiry]
    assert Notice.objects.filter(user=owner, kind=Notice.Kind.INQUIRY_RECEIVED).count() == 1
    # A second confirmation (an old link clicked again) delivers nothing twice.
    assert inquiries_release(buyer) == 0


def test_only_buyers_send_inquiries(owner, other_artisan, moderator, product):
    for person in (other_artisan, moderator):
        with pytest.raises(PermissionDenied):
            send(person, product)


@pytest.mark.parametrize("status", ["draft", "pending", "rejected", "archived"])
def test_no_inquiry_about_an_unpublished_product(buyer, product, status):
    product.status = status
    product.save()
    with pytest.raises(InquiryError) as caught:
        send(buyer, product)
    assert caught.value.code == "product_hidden"
    assert not Inquiry.objects.exists()


@pytest.mark.parametrize("status", ["suspended", "pending", "rejected"])
def test_no_inquiry_to_a_producer_the_public_cannot_see(buyer, product, status):
    product.producer.status = status
    product.producer.save()
    with pytest.raises(InquiryError) as caught:
        send(buyer, product)
    assert caught.value.code == "producer_hidden"


def test_no_inquiry_about_another_makers_product(buyer, product, other_artisan):
    foreign = factories.ProductFactory(producer=other_artisan.producer_memberships.get().producer)
    with pytest.raises(InquiryError):
        send(
            buyer,
            product,
            items=[ItemRequest(product=product, quantity=1), ItemRequest(product=foreign, quantity=1)],
        )


def test_the_maker_answers_the_status_becomes_answered_and_the_buyer_is_told_in_japanese(
    buyer, owner, product
):
    inquiry = send(buyer, product)
    mail.outbox.clear()
    assert inquiry.unread_for_producer() and not inquiry.unread_for_buyer()

    with mock.patch("django.db.transaction.on_commit", side_effect=lambda f, using=None, robust=False: f()):
        message_reply(inquiry=inquiry, author=owner, body="ໄດ້ ເຮັດໄດ້ 30 ຜືນ", body_language="lo")

    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.ANSWERED
    assert inquiry.unread_for_buyer() and not inquiry.unread_for_producer()
    notice = Notice.objects.get(user=buyer)
    assert notice.kind == Notice.Kind.INQUIRY_REPLIED
    (email,) = mail.outbox
    assert email.to == ["sato@example.jp"]
    assert "返信" in email.subject or "返信" in email.body

    thread_mark_read(inquiry=inquiry, as_buyer=True)
    inquiry.refresh_from_db()
    assert not inquiry.unread_for_buyer()
    assert list(Inquiry.objects.filter(pk=inquiry.pk).unread_by_buyer()) == []


def test_only_the_buyer_and_the_makers_members_write_in_a_thread(
    buyer, owner, other_artisan, moderator, product
):
    inquiry = send(buyer, product)
    stranger = factories.BuyerFactory()
    for person in (other_artisan, moderator, stranger):
        with pytest.raises(PermissionDenied):
            message_reply(inquiry=inquiry, author=person, body="hi", body_language="en")
    assert inquiry.messages.count() == 1


def test_a_held_inquiry_cannot_be_answered_by_the_maker(buyer, owner, product):
    buyer.email_confirmed_at = None
    buyer.save()
    inquiry = send(buyer, product)
    with pytest.raises(PermissionDenied):
        message_reply(inquiry=inquiry, author=owner, body="ສະບາຍດີ", body_language="lo")


def test_closing_records_the_order_and_tells_the_other_side(buyer, owner, product):
    inquiry = send(buyer, product)
    inquiry_close(
        inquiry=inquiry,
        by=owner,
        outcome=Inquiry.Outcome.ORDERED,
        ordered_quantity=30,
        ordered_value=Decimal("99000"),
        ordered_currency="JPY",
        note="ຂອບໃຈ",
    )
    inquiry.refresh_from_db()
    assert (inquiry.status, inquiry.outcome, inquiry.ordered_quantity, inquiry.ordered_value) == (
        Inquiry.Status.CLOSED,
        "ordered",
        30,
        Decimal("99000.00"),
    )
    assert (inquiry.closed_by, inquiry.ordered_currency) == (owner, "JPY")
    assert Notice.objects.filter(user=buyer, kind=Notice.Kind.INQUIRY_CLOSED).exists()
    with pytest.raises(InquiryError):
        message_reply(inquiry=inquiry, author=buyer, body="One more thing", body_language="en")
    with pytest.raises(InquiryError):
        inquiry_close(inquiry=inquiry, by=buyer, outcome=Inquiry.Outcome.NO_DEAL, no_deal_reason="price")


def test_a_no_deal_keeps_no_order_figures(buyer, product):
    inquiry = send(buyer, product)
    inquiry_close(
        inquiry=inquiry,
        by=buyer,
        outcome=Inquiry.Outcome.NO_DEAL,
        ordered_quantity=5,
        ordered_value=Decimal(1),
        ordered_currency="JPY",
        no_deal_reason="price",
    )
    inquiry.refresh_from_db()
    assert (inquiry.ordered_quantity, inquiry.ordered_value, inquiry.ordered_currency) == (None, None, "")
    assert inquiry.no_deal_reason == "price"


def test_the_database_refuses_an_order_without_figures_and_an_outcome_on_an_open_inquiry(buyer, product):
    inquiry = send(buyer, product)
    with pytest.raises(IntegrityError), transaction.atomic():
        Inquiry.objects.filter(pk=inquiry.pk).update(outcome="samples")
    with pytest.raises(IntegrityError), transaction.atomic():
        Inquiry.objects.filter(pk=inquiry.pk).update(status="closed", outcome="ordered")


def test_spam_leaves_the_makers_inbox_and_only_moderators_mark_it(buyer, owner, moderator, product):
    inquiry = send(buyer, product)
    with pytest.raises(PermissionDenied):
        inquiry_mark_spam(inquiry=inquiry, by=owner)
    inquiry_mark_spam(inquiry=inquiry, by=moderator)
    assert not Inquiry.objects.for_producer_member(owner).exists()
    assert list(Inquiry.objects.for_buyer(buyer)) == [inquiry]


def test_a_moderator_adds_a_translation_and_the_original_is_kept(buyer, moderator, owner, product):
    inquiry = send(buyer, product)
    message = inquiry.messages.get()
    with pytest.raises(PermissionDenied):
        message_translate(message=message, by=owner, text="ຂໍລາຄາ", text_language="lo")
    message_translate(message=message, by=moderator, text="ຂໍລາຄາ 30 ຜືນ", text_language="lo")
    message = Message.objects.get(pk=message.pk)
    assert (message.body, message.translation, message.translated_by) == (
        "30枚のお見積もりをお願いします。",
        "ຂໍລາຄາ 30 ຜືນ",
        moderator,
    )


def test_visible_to_scopes_each_person(buyer, owner, other_artisan, moderator, product):
    inquiry = send(buyer, product)
    assert list(Inquiry.objects.visible_to(buyer)) == [inquiry]
    assert list(Inquiry.objects.visible_to(owner)) == [inquiry]
    assert list(Inquiry.objects.visible_to(moderator)) == [inquiry]
    assert not Inquiry.objects.visible_to(other_artisan).exists()
    assert not Inquiry.objects.visible_to(factories.BuyerFactory()).exists()


def test_the_shortlist_toggles(buyer, product):
    assert shortlist_toggle(user=buyer, product=product) is True
    assert ShortlistItem.objects.filter(user=buyer, product=product).exists()
    assert shortlist_toggle(user=buyer, product=product) is False
    assert not ShortlistItem.objects.exists()
