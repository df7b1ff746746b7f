"""The conversation between a buyer and a maker: inquiries about products and their message threads."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from catalogue.models import Product
from multilingual.fields import language_choices
from producers.models import Producer


class InquiryQuerySet(models.QuerySet):
    def for_buyer(self, user) -> InquiryQuerySet:
        """The buyer's own inquiries, held ones included (she sees what she sent)."""
        return self.filter(buyer=user) if user.is_authenticated else self.none()

    def for_producer_member(self, user) -> InquiryQuerySet:
        """What the members of the person's producer may read: delivered inquiries, never spam."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            producer__in=Producer.objects.managed_by(user), delivered_at__isnull=False
        ).exclude(status=Inquiry.Status.SPAM)

    def visible_to(self, user) -> InquiryQuerySet:
        """Every inquiry the person may open: as its buyer, as a member of its producer, as a moderator."""
        if not user.is_authenticated:
            return self.none()
        if user.is_moderator:
            return self.all()
        return self.filter(
            Q(buyer=user)
            | Q(
                producer__in=Producer.objects.managed_by(user),
                delivered_at__isnull=False,
                status__in=["new", "answered", "closed"],
            )
        )

    def unread_by_buyer(self) -> InquiryQuerySet:
        """The maker side wrote after the buyer last opened the thread."""
        return self.filter(producer_wrote_at__isnull=False).filter(
            Q(buyer_read_at__isnull=True) | Q(producer_wrote_at__gt=F("buyer_read_at"))
        )

    def unread_by_producer(self) -> InquiryQuerySet:
        """The buyer wrote after a member of the producer last opened the thread."""
        return self.filter(buyer_wrote_at__isnull=False).filter(
            Q(producer_read_at__isnull=True) | Q(buyer_wrote_at__gt=F("producer_read_at"))
        )


class Inquiry(models.Model):
    """A buyer asks a producer about one or more of its products."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        ANSWERED = "answered", _("Answered")
        CLOSED = "closed", _("Closed")
        SPAM = "spam", _("Spam")

    class Outcome(models.TextChoices):
        ORDERED = "ordered", _("Ordered")
        SAMPLES = "samples", _("Samples only")
        NO_DEAL = "no_deal", _("No deal")

    class NoDealReason(models.TextChoices):
        PRICE = "price", _("Price")
        QUANTITY = "quantity", _("Quantity or minimum order")
        LEAD_TIME = "lead_time", _("Lead time")
        PRODUCT = "product", _("The product did not fit")
        SHIPPING = "shipping", _("Shipping or paperwork")
        NO_REPLY = "no_reply", _("No answer")
        OTHER = "other", _("Other")

    class Currency(models.TextChoices):
        LAK = "LAK", _("Lao kip (LAK)")
        JPY = "JPY", _("Japanese yen (JPY)")
        USD = "USD", _("US dollar (USD)")
        THB = "THB", _("Thai baht (THB)")

    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="inquiries", verbose_name=_("buyer")
    )
    producer = models.ForeignKey(
        Producer, on_delete=models.PROTECT, related_name="inquiries", verbose_name=_("producer")
    )
    products = models.ManyToManyField(
        Product, through="InquiryItem", related_name="inquiries", verbose_name=_("products")
    )
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    wanted_by = models.DateField(_("needed by"), null=True, blank=True)
    destination = models.CharField(
        _("destination"), max_length=200, blank=True, help_text=_("City and country the goods go to.")
    )
    sample_requested = models.BooleanField(_("sample requested"), default=False)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.JPY)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.NEW)
    language = models.CharField(_("language"), max_length=8, choices=language_choices, default="ja")
    # Held until the buyer confirms her email address; the maker sees it only once delivered.
    delivered_at = models.DateTimeField(_("delivered to the maker on"), null=True, blank=True)
    # Who wrote last on each side and when each side last opened the thread: unread counts.
    buyer_wrote_at = models.DateTimeField(_("buyer last wrote on"), null=True, blank=True)
    producer_wrote_at = models.DateTimeField(_("maker last wrote on"), null=True, blank=True)
    buyer_read_at = models.DateTimeField(_("buyer last read on"), null=True, blank=True)
    producer_read_at = models.DateTimeField(_("maker last read on"), null=True, blank=True)
    last_message_at = models.DateTimeField(_("last message on"), null=True, blank=True)
    # How it ended: what the association reports, as the province reports its exports.
    closed_at = models.DateTimeField(_("closed on"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("closed by"),
    )
    outcome = models.CharField(_("outcome"), max_length=16, choices=Outcome.choices, blank=True)
    ordered_quantity = models.PositiveIntegerField(_("pieces ordered"), null=True, blank=True)
    ordered_value = models.DecimalField(
        _("order value"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    ordered_currency = models.CharField(
        _("order currency"), max_length=3, choices=Currency.choices, blank=True
    )
    no_deal_reason = models.CharField(_("reason"), max_length=16, choices=NoDealReason.choices, blank=True)
    outcome_note = models.TextField(_("note on the outcome"), max_length=2000, blank=True)
    created_at = models.DateTimeField(_("sent on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    objects = InquiryQuerySet.as_manager()

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["new", "answered", "closed", "spam"]), name="inquiry_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(outcome="") | Q(status="closed"), name="inquiry_outcome_only_closed"
            ),
            models.CheckConstraint(
                condition=~Q(outcome="ordered")
                | (Q(ordered_quantity__gte=1, ordered_value__gte=0) & ~Q(ordered_currency="")),
                name="inquiry_order_has_figures",
            ),
        ]
        indexes = [
            models.Index(fields=["producer", "status", "-created_at"], name="inquiry_producer_status"),
            models.Index(fields=["buyer", "-created_at"], name="inquiry_buyer_created"),
            models.Index(fields=["producer", "-last_message_at"], name="inquiry_producer_activity"),
        ]

    def __str__(self) -> str:
        return self.subject or _("Inquiry %(number)s") % {"number": self.pk}

    def get_absolute_url(self) -> str:
        return reverse("orders:thread", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.status in {self.Status.NEW, self.Status.ANSWERED}

    @property
    def is_held(self) -> bool:
        """Waiting for the buyer to confirm her email address before the maker sees it."""
        return self.delivered_at is None

    def unread_for_buyer(self) -> bool:
        return self.producer_wrote_at is not None and (
            self.buyer_read_at is None or self.producer_wrote_at > self.buyer_read_at
        )

    def unread_for_producer(self) -> bool:
        return self.buyer_wrote_at is not None and (
            self.producer_read_at is None or self.buyer_wrote_at > self.producer_read_at
        )


class InquiryItem(models.Model):
    """One product asked about, with the quantity and the price the buyer has in mind."""

    inquiry = models.ForeignKey(
        Inquiry, on_delete=models.CASCADE, related_name="items", verbose_name=_("inquiry")
    )
    product = models.ForeignKey(
        Product, on_delete=models.PROTECT, related_name="inquiry_items", verbose_name=_("product")
    )
    quantity = models.PositiveIntegerField(_("quantity"))
    target_unit_price = models.DecimalField(
        _("target unit price"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("In the inquiry's currency."),
    )

    class Meta:
        verbose_name = _("inquiry item")
        verbose_name_plural = _("inquiry items")
        constraints = [
            models.UniqueConstraint(fields=["inquiry", "product"], name="inquiry_item_unique_product"),
            models.CheckConstraint(condition=Q(quantity__gte=1), name="inquiry_item_quantity_positive"),
            models.CheckConstraint(
                condition=Q(target_unit_price__isnull=True) | Q(target_unit_price__gte=0),
                name="inquiry_item_price_not_negative",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.quantity} × {self.product}"


class Message(models.Model):
    """A message in an inquiry's thread, with an optional translation added by the association."""

    inquiry = models.ForeignKey(
        Inquiry, on_delete=models.CASCADE, related_name="messages", verbose_name=_("inquiry")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="inquiry_messages",
        verbose_name=_("author"),
    )
    body = models.TextField(_("message"), max_length=10000)
    language = models.CharField(_("language"), max_length=8, choices=language_choices)
    translation = models.TextField(_("translation"), blank=True)
    translation_language = models.CharField(
        _("translation language"), max_length=8, choices=language_choices, blank=True
    )
    translated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("translated by"),
    )
    # Written by the buyer, or by a member of the producer: the side, even if the person changes role.
    from_buyer = models.BooleanField(_("from the buyer"), default=True)
    created_at = models.DateTimeField(_("sent on"), auto_now_add=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(translation="") | ~Q(translation_language=""),
                name="message_translation_has_language",
            ),
        ]
        indexes = [models.Index(fields=["inquiry", "created_at"], name="message_inquiry_created")]

    def __str__(self) -> str:
        return self.body[:60]


class ShortlistItem(models.Model):
    """A product a buyer saved to compare and ask about later."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="shortlist", verbose_name=_("user")
    )
    product = models.ForeignKey(
        Product, on_delete=models.CASCADE, related_name="shortlisted", verbose_name=_("product")
    )
    created_at = models.DateTimeField(_("saved on"), auto_now_add=True)

    class Meta:
        verbose_name = _("shortlisted product")
        verbose_name_plural = _("shortlist")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "product"], name="shortlist_unique_product"),
        ]

    def __str__(self) -> str:
        return str(self.product)
