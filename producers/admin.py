"""The back-office for places and makers: reference data, producers and who manages them.

Moderators approve a producer or send it back with a reason through producers/services.py, so that its
makers are told (accounts/admin_decisions.py).
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminFileWidget
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import get_translation_fields

from accounts.admin import bulk_change
from accounts.admin_decisions import DecisionsMixin, WaitingForReviewFilter, reason_form
from catalogue.images import ProcessedImage, process_image
from multilingual.admin import TabbedTranslationAdmin
from producers.models import Craft, District, OdopTag, Producer, ProducerMembership, Province
from producers.photos import (
    files_delete_on_commit,
    producer_photo_files,
    producer_photo_remove,
    producer_photo_set_processed,
)
from producers.services import ProducerStateError, producer_approve, producer_reject


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


class ProducerWaitingFilter(WaitingForReviewFilter):
    def waiting(self, queryset: QuerySet[Producer]) -> QuerySet[Producer]:
        return queryset.filter(status=Producer.Status.PENDING)


class ProducerAdminForm(forms.ModelForm):
    # A JSON list in the database; checkboxes for the moderator, not a text box to type JSON into.
    languages_spoken = forms.MultipleChoiceField(
        label=_("languages spoken"),
        choices=Producer.LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    # The photo goes through the same pipeline as on the maker's page (catalogue/images.py): a plain
    # FileField keeps Pillow's unrestricted opening away from the upload, and a refused file is an
    # ordinary form error with its translated reason.
    photo = forms.FileField(
        label=_("photo"),
        required=False,
        widget=AdminFileWidget(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/heic,image/heif,.heic"}
        ),
    )

    class Meta:
        model = Producer
        # ProducerAdmin passes the fields of its fieldsets; this form changes two widgets.
        fields = ("languages_spoken", "photo")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.processed: ProcessedImage | None = None

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if isinstance(photo, UploadedFile):  # a new upload, not the file already stored
            self.processed = process_image(photo)
        return photo


class ProducerMembershipInline(admin.TabularInline):
    model = ProducerMembership
    extra = 0
    autocomplete_fields = ("user",)
    readonly_fields = ("created_at",)


@admin.register(Producer)
class ProducerAdmin(DecisionsMixin, TabbedTranslationAdmin):
    form = ProducerAdminForm
    list_display = ("name", "kind", "district", "village", "status", "verified", "created_at")
    list_filter = (
        ProducerWaitingFilter,
        "status",
        "kind",
        VerifiedFilter,
        "export_experience",
        "district",
        "crafts",
    )
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
    # Once a producer exists its status moves only through the actions above, which tell its members.
    decision_fields = ("status", "rejection_reason")
    inlines = (ProducerMembershipInline,)
    actions = ("approve", "send_back", "suspend", "mark_verified")

    def get_readonly_fields(self, request: HttpRequest, obj: Producer | None = None) -> tuple[str, ...]:
        fields = tuple(super().get_readonly_fields(request, obj))
        return fields if obj is None else (*fields, *self.decision_fields)

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

    def is_waiting(self, producer: Producer) -> bool:
        return producer.status == Producer.Status.PENDING

    @admin.action(description=_("Approve selected producers"), permissions=["moderate"])
    def approve(self, request: HttpRequest, queryset: QuerySet[Producer]) -> None:
        def decide(producer: Producer) -> list[str]:
            producer_approve(producer=producer, by=request.user)
            return ["status", "rejection_reason"]

        approved, skipped = self.decide_each(request, queryset, decide, skip=ProducerStateError)
        self.decisions_report(
            request,
            approved,
            skipped,
            ngettext("%(count)d producer approved.", "%(count)d producers approved.", approved)
            % {"count": approved},
        )

    @admin.action(description=_("Send selected producers back with a reason"), permissions=["moderate"])
    def send_back(self, request: HttpRequest, queryset: QuerySet[Producer]) -> TemplateResponse | None:
        if not any(self.is_waiting(producer) for producer in queryset):
            self.message_user(
                request, gettext("None of the selected producers is waiting for review."), messages.WARNING
            )
            return None
        form = reason_form(request)
        if not form.is_valid():
            return self.reason_page(
                request,
                queryset,
                form=form,
                action="send_back",
                title=gettext("Send producers back with a reason"),
            )
        reason = form.cleaned_data["reason"]

        def decide(producer: Producer) -> list[str]:
            producer_reject(producer=producer, by=request.user, reason=reason)
            return ["status", "rejection_reason"]

        sent_back, skipped = self.decide_each(request, queryset, decide, skip=ProducerStateError)
        self.decisions_report(
            request,
            sent_back,
            skipped,
            ngettext(
                "%(count)d producer sent back to its makers with your reason.",
                "%(count)d producers sent back to their makers with your reason.",
                sent_back,
            )
            % {"count": sent_back},
        )
        return None

    def skipped_text(self, count: int) -> str:
        return ngettext(
            "%(count)d producer was not waiting for review and was left as it was.",
            "%(count)d producers were not waiting for review and were left as they were.",
            count,
        ) % {"count": count}

    def save_model(self, request: HttpRequest, obj: Producer, form: ProducerAdminForm, change: bool) -> None:
        photo_changed = "photo" in form.changed_data
        if photo_changed:
            # The form put the raw upload (or nothing, for "clear") on the object: keep the stored photo
            # until the services replace or remove it with its renditions.
            obj.photo = form.initial.get("photo") or ""
        super().save_model(request, obj, form, change)
        if photo_changed and form.processed is not None:
            producer_photo_set_processed(producer=obj, processed=form.processed)
        elif photo_changed and form.cleaned_data.get("photo") is False:
            producer_photo_remove(producer=obj)

    def delete_model(self, request: HttpRequest, obj: Producer) -> None:
        producers_delete(Producer.objects.filter(pk=obj.pk))

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Producer]) -> None:
        producers_delete(queryset)

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


def producers_delete(producers: QuerySet[Producer]) -> None:
    """Delete producers with their products, and every file they used once the deletion is committed.

    The database cascades to products and photos but knows nothing of files: catalogue/photos.py
    removes the product photos' files, producers/photos.py names the producer's own photo files (master
    and renditions). A deletion that fails (a producer with inquiries is protected) rolls back and
    keeps every file.
    """
    # Imported here: producers sit below catalogue, only the back-office deletes across both.
    from catalogue.models import Product
    from catalogue.photos import products_delete

    with transaction.atomic():
        selected = Producer.objects.filter(pk__in=list(producers.values_list("pk", flat=True)))
        names = [name for producer in selected for name in producer_photo_files(producer)]
        products_delete(products=Product.objects.filter(producer__in=selected))
        selected.delete()
        files_delete_on_commit(names)


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
