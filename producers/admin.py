"""The back-office for places and makers: reference data, producers and who manages them."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.utils import get_translation_fields

from accounts.admin import bulk_change
from multilingual.admin import TabbedTranslationAdmin
from producers.models import Craft, District, OdopTag, Producer, ProducerMembership, Province


@admin.register(Province)
class ProvinceAdmin(TabbedTranslationAdmin):
    list_display = ("code", *get_translation_fields("name"))
    search_fields = ("code__exact", *get_translation_fields("name"))


@admin.register(District)
class DistrictAdmin(TabbedTranslationAdmin):
    list_display = ("code", *get_translation_fields("name"), "province")
    list_filter = ("province",)
    search_fields = ("code__exact", "slug", *get_translation_fields("name"))
    list_select_related = ("province",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Craft)
class CraftAdmin(TabbedTranslationAdmin):
    list_display = ("name", "slug", "position")
    list_editable = ("position",)
    search_fields = ("slug", *get_translation_fields("name"))
    prepopulated_fields = {"slug": ("name",)}


@admin.register(OdopTag)
class OdopTagAdmin(TabbedTranslationAdmin):
    list_display = ("name", "district", "craft", "stars")
    list_filter = ("stars", "craft", "district")
    search_fields = ("slug", *get_translation_fields("name"))
    list_select_related = ("district", "craft")
    prepopulated_fields = {"slug": ("name",)}


class VerifiedFilter(admin.SimpleListFilter):
    title = _("verified")
    parameter_name = "verified"

    def lookups(self, request, model_admin):
        return (("yes", _("Yes")), ("no", _("No")))

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(verified_at__isnull=False)
        if self.value() == "no":
            return queryset.filter(verified_at__isnull=True)
        return queryset


class ProducerAdminForm(forms.ModelForm):
    # A JSON list in the database; checkboxes for the moderator, not a text box to type JSON into.
    languages_spoken = forms.MultipleChoiceField(
        label=_("languages spoken"),
        choices=Producer.LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Producer
        # ProducerAdmin passes the fields of its fieldsets; this form only changes one widget.
        fields = ("languages_spoken",)


class ProducerMembershipInline(admin.TabularInline):
    model = ProducerMembership
    extra = 0
    autocomplete_fields = ("user",)
    readonly_fields = ("created_at",)


@admin.register(Producer)
class ProducerAdmin(TabbedTranslationAdmin):
    form = ProducerAdminForm
    list_display = ("name", "kind", "district", "village", "status", "verified", "created_at")
    list_filter = ("status", "kind", VerifiedFilter, "export_experience", "district", "crafts")
    search_fields = (
        *get_translation_fields("name", "village"),
        "contact_phone",
        "contact_email",
        "contact_name",
    )
    list_select_related = ("district",)
    date_hierarchy = "created_at"
    filter_horizontal = ("crafts", "odop_tags")
    readonly_fields = ("verified_at", "verified_by", "created_at", "updated_at")
    inlines = (ProducerMembershipInline,)
    actions = ("approve", "suspend", "mark_verified")
    fieldsets = (
        (None, {"fields": ("kind", "name", "original_language", "story", "photo")}),
        (_("Location"), {"fields": ("district", "village", "address")}),
        (
            _("Craft and capacity"),
            {
                "fields": (
                    "crafts",
                    "odop_tags",
                    "founded_year",
                    "members_count",
                    "monthly_capacity",
                    "export_experience",
                    "languages_spoken",
                )
            },
        ),
        (_("Contact"), {"fields": ("contact_name", "contact_phone", "contact_email")}),
        (
            _("Moderation"),
            {
                "fields": (
                    "status",
                    "rejection_reason",
                    "verified_at",
                    "verified_by",
                    "created_at",
                    "updated_at",
                )
            },
        ),
    )

    @admin.display(description=_("verified"), boolean=True, ordering="verified_at")
    def verified(self, producer: Producer) -> bool:
        return producer.is_verified

    @admin.action(description=_("Approve selected producers"), permissions=["change"])
    def approve(self, request: HttpRequest, queryset: QuerySet[Producer]) -> None:
        count = bulk_change(request, queryset, status=Producer.Status.APPROVED, rejection_reason="")
        self.message_user(
            request,
            ngettext("%(count)d producer approved.", "%(count)d producers approved.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Suspend selected producers"), permissions=["change"])
    def suspend(self, request: HttpRequest, queryset: QuerySet[Producer]) -> None:
        count = bulk_change(request, queryset, status=Producer.Status.SUSPENDED)
        self.message_user(
            request,
            ngettext("%(count)d producer suspended.", "%(count)d producers suspended.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(
        description=_("Mark selected producers as verified (after a visit)"), permissions=["change"]
    )
    def mark_verified(self, request: HttpRequest, queryset: QuerySet[Producer]) -> None:
        count = bulk_change(request, queryset, verified_at=timezone.now(), verified_by=request.user)
        self.message_user(
            request,
            ngettext(
                "%(count)d producer marked as verified.", "%(count)d producers marked as verified.", count
            )
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(ProducerMembership)
class ProducerMembershipAdmin(admin.ModelAdmin):
    list_display = ("producer", "user", "role", "created_at")
    list_filter = ("role",)
    search_fields = (
        *(f"producer__{name}" for name in get_translation_fields("name")),
        "user__email",
        "user__phone",
        "user__full_name",
    )
    autocomplete_fields = ("producer", "user")
    list_select_related = ("producer", "user")
    readonly_fields = ("created_at",)
