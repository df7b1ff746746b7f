"""The back-office for conversations: inquiries, the products they ask about and their messages.

Moderators read threads, add translations between Japanese and Lao, and close or mark spam; they do
not write in someone else's name, so messages are read-only here except for their translation.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.utils import get_translation_fields

from accounts.admin import bulk_change
from orders.models import Inquiry, InquiryItem, Message

TRANSLATION_FIELDS = ("translation", "translation_language")


class InquiryItemInline(admin.TabularInline):
    model = InquiryItem
    extra = 0
    autocomplete_fields = ("product",)


class MessageInline(admin.StackedInline):
    model = Message
    extra = 0
    can_delete = False
    fields = ("author", "created_at", "language", "body", "from_buyer", *TRANSLATION_FIELDS, "translated_by")
    readonly_fields = ("author", "created_at", "language", "body", "from_buyer", "translated_by")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Message]:
        return super().get_queryset(request).select_related("author", "translated_by")

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


def record_translators(request: HttpRequest, forms) -> None:
    """Credit the moderator who wrote or corrected a message's translation."""
    for form in forms:
        if set(TRANSLATION_FIELDS) & set(form.changed_data):
            form.instance.translated_by = request.user


@admin.register(Inquiry)
class InquiryAdmin(admin.ModelAdmin):
    list_display = (
        "id",
        "subject",
        "buyer",
        "producer",
        "status",
        "outcome",
        "language",
        "sample_requested",
        "delivered",
        "created_at",
    )
    list_display_links = ("id", "subject")
    list_filter = (
        "status",
        "outcome",
        ("delivered_at", admin.EmptyFieldListFilter),
        "language",
        "sample_requested",
        "currency",
        "created_at",
    )
    search_fields = (
        "id__exact",
        "subject",
        "destination",
        "buyer__email",
        "buyer__full_name",
        "buyer__buyer_profile__company",
        *(f"producer__{name}" for name in get_translation_fields("name")),
    )
    list_select_related = ("buyer", "producer")
    autocomplete_fields = ("buyer", "producer")
    readonly_fields = (
        "created_at",
        "updated_at",
        "delivered_at",
        "last_message_at",
        "buyer_read_at",
        "producer_read_at",
        "closed_at",
        "closed_by",
    )
    date_hierarchy = "created_at"
    inlines = (InquiryItemInline, MessageInline)
    actions = ("mark_spam", "close")
    fieldsets = (
        (None, {"fields": ("buyer", "producer", "subject", "language", "status")}),
        (_("Buyer's requirements"), {"fields": ("wanted_by", "destination", "sample_requested", "currency")}),
        (
            _("Outcome"),
            {
                "fields": (
                    "outcome",
                    ("ordered_quantity", "ordered_value", "ordered_currency"),
                    "no_deal_reason",
                    "outcome_note",
                    "closed_at",
                    "closed_by",
                )
            },
        ),
        (
            None,
            {
                "fields": (
                    "created_at",
                    "delivered_at",
                    "last_message_at",
                    ("buyer_read_at", "producer_read_at"),
                    "updated_at",
                )
            },
        ),
    )

    @admin.display(description=_("delivered"), boolean=True, ordering="delivered_at")
    def delivered(self, inquiry: Inquiry) -> bool:
        # Not delivered: held until the buyer confirms her email address.
        return inquiry.delivered_at is not None

    def save_formset(self, request: HttpRequest, form, formset, change: bool) -> None:
        if formset.model is Message:
            record_translators(request, formset.forms)
        super().save_formset(request, form, formset, change)

    @admin.action(description=_("Mark selected inquiries as spam"), permissions=["change"])
    def mark_spam(self, request: HttpRequest, queryset: QuerySet[Inquiry]) -> None:
        count = bulk_change(request, queryset, status=Inquiry.Status.SPAM)
        self.message_user(
            request,
            ngettext("%(count)d inquiry marked as spam.", "%(count)d inquiries marked as spam.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Close selected inquiries"), permissions=["change"])
    def close(self, request: HttpRequest, queryset: QuerySet[Inquiry]) -> None:
        count = bulk_change(request, queryset, status=Inquiry.Status.CLOSED)
        self.message_user(
            request,
            ngettext("%(count)d inquiry closed.", "%(count)d inquiries closed.", count) % {"count": count},
            messages.SUCCESS,
        )


@admin.register(InquiryItem)
class InquiryItemAdmin(admin.ModelAdmin):
    list_display = ("inquiry", "product", "quantity", "target_unit_price")
    search_fields = ("inquiry__subject", *(f"product__{name}" for name in get_translation_fields("title")))
    list_select_related = ("inquiry", "product")
    autocomplete_fields = ("inquiry", "product")


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    list_display = (
        "excerpt",
        "inquiry",
        "author",
        "language",
        "translation_language",
        "created_at",
    )
    list_filter = ("language", "translation_language", "created_at")
    search_fields = ("body", "translation", "inquiry__subject", "author__email", "author__full_name")
    list_select_related = ("inquiry", "author")
    date_hierarchy = "created_at"
    fields = (
        "inquiry",
        "author",
        "created_at",
        "language",
        "body",
        "from_buyer",
        *TRANSLATION_FIELDS,
        "translated_by",
    )
    readonly_fields = ("inquiry", "author", "created_at", "language", "body", "from_buyer", "translated_by")

    @admin.display(description=_("message"))
    def excerpt(self, message: Message) -> str:
        # Truncates by characters: Lao and Japanese have no spaces between words.
        return Truncator(message.body).chars(60)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def save_model(self, request: HttpRequest, obj: Message, form, change: bool) -> None:
        record_translators(request, [form])
        super().save_model(request, obj, form, change)
