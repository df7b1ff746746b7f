"""Inquiry services: a buyer asks, the maker answers, either side closes; moderators mark spam and
translate.

Every write is stored in one transaction before anything is sent: the notices (in-app, and their emails
after the commit, retried by `send_notice_emails`) can never lose or undo an inquiry or a reply. State
that two people can race on — the status, the outcome — is changed on a locked row
(`select_for_update`), so a reply and a close at the same moment both land in a consistent order.

A buyer whose email address is not confirmed yet can send an inquiry: it is stored and shown to her,
but held from the maker until she follows the link we emailed (`inquiries_release`, connected to the
`email_confirmed` signal in orders/apps.py). Spam from throwaway addresses never reaches a maker's phone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.utils import build_localized_fieldname

from accounts.models import Notice, User
from accounts.notices import notice_send
from catalogue.models import Product
from multilingual.context import language
from multilingual.fields import language_codes
from multilingual.text import truncate
from orders.models import Inquiry, InquiryItem, Message, ShortlistItem
from producers.models import Producer

# The start of a message shown in a notice and its email (the whole message is one tap away).
NOTICE_EXCERPT = 300


class InquiryError(ValidationError):
    """What a person tried cannot be done in the inquiry's present state; the message says why."""


@dataclass(frozen=True)
class ItemRequest:
    product: Product
    quantity: int
    target_unit_price: Decimal | None = None


def makers_of(producer_id: int) -> list[User]:
    return list(User.objects.filter(producer_memberships__producer_id=producer_id, is_active=True))


def is_member(user: User, producer_id: int) -> bool:
    return user.is_authenticated and user.producer_memberships.filter(producer_id=producer_id).exists()


def inquiry_subject_names(inquiry: Inquiry, products: Sequence[Product] | None = None) -> dict[str, str]:
    """The inquiry's name in every language: its first product's title, "+ 2 more" for the others.

    Notices show it to each person in their own language, so a maker reads the product's Lao title
    whatever language the buyer wrote in.
    """
    products = list(products if products is not None else inquiry.products.order_by("inquiry_items__id"))
    if not products:
        return {inquiry.language: inquiry.subject}
    names = {}
    for code in language_codes():
        title = getattr(products[0], build_localized_fieldname("title", code)) or ""
        if not title:
            continue
        with language(code):
            more = len(products) - 1
            names[code] = (
                title
                if not more
                else ngettext("%(title)s and %(count)d more", "%(title)s and %(count)d more", more)
                % {"title": title, "count": more}
            )
    return names


def inquiry_create(
    *,
    buyer: User,
    producer: Producer,
    items: Sequence[ItemRequest],
    body: str,
    body_language: str,
    currency: str,
    wanted_by: dt.date | None = None,
    destination: str = "",
    sample_requested: bool = False,
) -> Inquiry:
    """Store a buyer's inquiry with its items and first message; deliver it if her email is confirmed."""
    if buyer.role != User.Role.BUYER:
        raise PermissionDenied("Only buyers send inquiries.")
    producer = Producer.objects.public().filter(pk=producer.pk).first()
    if producer is None:
        raise InquiryError(_("This maker is not taking inquiries at the moment."), code="producer_hidden")
    if not items:
        raise InquiryError(_("Choose at least one product."), code="no_items")
    product_ids = [item.product.pk for item in items]
    public = set(
        Product.objects.published().filter(producer=producer, pk__in=product_ids).values_list("pk", flat=True)
    )
    if len(public) != len(product_ids) or len(set(product_ids)) != len(product_ids):
        raise InquiryError(
            _("One of these products is no longer available from this maker. Please check the list."),
            code="product_hidden",
        )
    now = timezone.now()
    with transaction.atomic():
        names = inquiry_subject_names(Inquiry(language=body_language), [item.product for item in items])
        inquiry = Inquiry.objects.create(
            buyer=buyer,
            producer=producer,
            subject=truncate(names.get(body_language) or next(iter(names.values()), ""), 200),
            wanted_by=wanted_by,
            destination=destination,
            sample_requested=sample_requested,
            currency=currency,
            language=body_language,
            buyer_wrote_at=now,
            buyer_read_at=now,
            last_message_at=now,
        )
        InquiryItem.objects.bulk_create(
            InquiryItem(
                inquiry=inquiry,
                product=item.product,
                quantity=item.quantity,
                target_unit_price=item.target_unit_price,
            )
            for item in items
        )
        Message.objects.create(
            inquiry=inquiry, author=buyer, body=body, language=body_language, from_buyer=True
        )
        if buyer.email_confirmed_at is not None:
            inquiry_deliver(inquiry=inquiry, subject=names, body=body)
    return inquiry


def inquiry_deliver(
    *, inquiry: Inquiry, subject: dict[str, str] | None = None, body: str | None = None
) -> None:
    """Show a held inquiry to the maker and tell every member of the producer."""
    Inquiry.objects.filter(pk=inquiry.pk).update(delivered_at=timezone.now())
    inquiry.delivered_at = timezone.now()
    if subject is None:
        subject = inquiry_subject_names(inquiry)
    if body is None:
        first = inquiry.messages.order_by("created_at", "id").first()
        body = first.body if first else ""
    for user in makers_of(inquiry.producer_id):
        notice_send(
            user=user,
            kind=Notice.Kind.INQUIRY_RECEIVED,
            subject=subject,
            reason=truncate(body, NOTICE_EXCERPT),
            url=inquiry.get_absolute_url(),
        )


def inquiries_release(user: User) -> int:
    """Deliver the inquiries a buyer sent before she confirmed her email; returns how many.

    An inquiry to a maker that was suspended or a product withdrawn meanwhile is still delivered if
    the producer is public: the conversation can say what changed.
    """
    released = 0
    with transaction.atomic():
        held = (
            Inquiry.objects.select_for_update()
            .filter(buyer=user, delivered_at__isnull=True, producer__in=Producer.objects.public())
            .exclude(status=Inquiry.Status.SPAM)
        )
        for inquiry in held:
            inquiry_deliver(inquiry=inquiry)
            released += 1
    return released


def locked(inquiry: Inquiry) -> Inquiry:
    return Inquiry.objects.select_for_update(of=("self",)).select_related("producer").get(pk=inquiry.pk)


def message_reply(*, inquiry: Inquiry, author: User, body: str, body_language: str) -> Message:
    """Add a message to the thread from the buyer or a member of the producer; tell the other side."""
    with transaction.atomic():
        inquiry = locked(inquiry)
        from_buyer = author.pk == inquiry.buyer_id
        if not from_buyer and not is_member(author, inquiry.producer_id):
            raise PermissionDenied("Only the buyer and the maker write in a thread.")
        if not from_buyer and inquiry.is_held:
            raise PermissionDenied("The maker cannot see a held inquiry.")
        if not inquiry.is_open:
            raise InquiryError(
                _("This conversation is closed. Send a new inquiry to talk again."), code="closed"
            )
        now = timezone.now()
        message = Message.objects.create(
            inquiry=inquiry, author=author, body=body, language=body_language, from_buyer=from_buyer
        )
        fields = ["last_message_at", "updated_at"]
        inquiry.last_message_at = now
        if from_buyer:
            inquiry.buyer_wrote_at = inquiry.buyer_read_at = now
            fields += ["buyer_wrote_at", "buyer_read_at"]
        else:
            inquiry.producer_wrote_at = inquiry.producer_read_at = now
            fields += ["producer_wrote_at", "producer_read_at"]
            if inquiry.status == Inquiry.Status.NEW:
                inquiry.status = Inquiry.Status.ANSWERED
                fields.append("status")
        inquiry.save(update_fields=fields)
        if not inquiry.is_held:
            other_side_notify(
                inquiry=inquiry,
                by=author,
                kind=Notice.Kind.INQUIRY_REPLIED,
                reason=truncate(body, NOTICE_EXCERPT),
            )
    return message


def other_side_notify(*, inquiry: Inquiry, by: User, kind: str, reason: str = "") -> None:
    """Tell the buyer, or every member of the producer, whichever side `by` is not on."""
    if by.pk == inquiry.buyer_id:
        recipients: Iterable[User] = [u for u in makers_of(inquiry.producer_id) if u.pk != by.pk]
    else:
        recipients = [inquiry.buyer]
    subject = inquiry_subject_names(inquiry)
    for user in recipients:
        notice_send(user=user, kind=kind, subject=subject, reason=reason, url=inquiry.get_absolute_url())


def inquiry_close(
    *,
    inquiry: Inquiry,
    by: User,
    outcome: str,
    ordered_quantity: int | None = None,
    ordered_value: Decimal | None = None,
    ordered_currency: str = "",
    no_deal_reason: str = "",
    note: str = "",
) -> Inquiry:
    """Either side closes the conversation and records how it ended."""
    with transaction.atomic():
        inquiry = locked(inquiry)
        if by.pk != inquiry.buyer_id and not is_member(by, inquiry.producer_id):
            raise PermissionDenied("Only the buyer and the maker close a thread.")
        if not inquiry.is_open:
            raise InquiryError(_("This conversation is already closed."), code="closed")
        ordered = outcome == Inquiry.Outcome.ORDERED
        inquiry.status = Inquiry.Status.CLOSED
        inquiry.closed_at = timezone.now()
        inquiry.closed_by = by
        inquiry.outcome = outcome
        inquiry.ordered_quantity = ordered_quantity if ordered else None
        inquiry.ordered_value = ordered_value if ordered else None
        inquiry.ordered_currency = ordered_currency if ordered else ""
        inquiry.no_deal_reason = no_deal_reason if outcome == Inquiry.Outcome.NO_DEAL else ""
        inquiry.outcome_note = note
        inquiry.save()
        if not inquiry.is_held:
            other_side_notify(inquiry=inquiry, by=by, kind=Notice.Kind.INQUIRY_CLOSED, reason=note)
    return inquiry


def inquiry_mark_spam(*, inquiry: Inquiry, by: User) -> Inquiry:
    """A moderator takes an inquiry out of the maker's inbox for good."""
    if not by.is_moderator:
        raise PermissionDenied("Only moderators mark spam.")
    with transaction.atomic():
        inquiry = locked(inquiry)
        inquiry.status = Inquiry.Status.SPAM
        inquiry.save(update_fields=["status", "updated_at"])
    return inquiry


def thread_mark_read(*, inquiry: Inquiry, as_buyer: bool) -> None:
    """Record that the buyer's side, or the maker's, opened the thread now (one UPDATE, only if unread)."""
    now = timezone.now()
    if as_buyer and (inquiry.unread_for_buyer() or inquiry.buyer_read_at is None):
        Inquiry.objects.filter(pk=inquiry.pk).update(buyer_read_at=now)
    elif not as_buyer and (inquiry.unread_for_producer() or inquiry.producer_read_at is None):
        Inquiry.objects.filter(pk=inquiry.pk).update(producer_read_at=now)


def message_translate(*, message: Message, by: User, text: str, text_language: str) -> Message:
    """A moderator adds (or corrects) a translation; the original is never changed."""
    if not by.is_moderator:
        raise PermissionDenied("Only moderators translate messages.")
    message.translation = text
    message.translation_language = text_language if text else ""
    message.translated_by = by if text else None
    message.save(update_fields=["translation", "translation_language", "translated_by"])
    return message


def shortlist_toggle(*, user: User, product: Product) -> bool:
    """Save the product to the person's shortlist, or take it off; returns True when it is now saved."""
    deleted, _rows = ShortlistItem.objects.filter(user=user, product=product).delete()
    if deleted:
        return False
    ShortlistItem.objects.get_or_create(user=user, product=product)
    return True
