"""The conversation between a buyer and a maker: inquiries about products and their message threads."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from catalogue.models import Product
from multilingual.fields import language_choices
from producers.models import Producer


class InquiryQuerySet(models.QuerySet):
    def for_buyer(self, user) -> InquiryQuerySet:
        return self.filter(buyer=user) if user.is_authenticated else self.none()

    def for_producer_member(self, user) -> InquiryQuerySet:
        if not user.is_authenticated:
            return self.none()
        return self.filter(producer__memberships__user=user)


class Inquiry(models.Model):
    """A buyer asks a producer about one or more of its products."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        ANSWERED = "answered", _("Answered")
        CLOSED = "closed", _("Closed")
        SPAM = "spam", _("Spam")

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
        ]
        indexes = [
            models.Index(fields=["producer", "status", "-created_at"], name="inquiry_producer_status"),
            models.Index(fields=["buyer", "-created_at"], name="inquiry_buyer_created"),
        ]

    def __str__(self) -> str:
        return self.subject or _("Inquiry %(number)s") % {"number": self.pk}


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
    read_at = models.DateTimeField(_("read on"), null=True, blank=True)
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
