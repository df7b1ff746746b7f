"""The back-office for what makers sell: categories, materials, products and photos, exchange rates.

Built to stay fast at 10,000 products: producers are picked by autocomplete, every changelist selects
the rows it shows a foreign key of, and no list filter offers one choice per producer or product.
Moderators approve a product (or its changes) or send it back with a reason through
catalogue/services.py, so that its makers are told (accounts/admin_decisions.py).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminFileWidget
from django.core.files.uploadedfile import UploadedFile
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline
from modeltranslation.utils import get_translation_fields

from accounts.admin_decisions import DecisionsMixin, WaitingForReviewFilter, reason_form
from catalogue.images import ProcessedImage, process_image
from catalogue.models import Category, ExchangeRate, Material, Photo, Product
from catalogue.photos import (
    MAX_PHOTOS_PER_PRODUCT,
    PhotoLimitReached,
    photo_add_processed,
    photo_delete,
    photo_replace_image,
    photos_delete,
    product_delete,
    products_delete,
)
from catalogue.services import (
    ProductStateError,
    column_json,
    editable_fields,
    product_approve,
    product_archive,
    product_reject,
)
from multilingual.admin import TabbedTranslationAdmin

THUMBNAIL_WIDTH = 80


def photo_thumbnail(photo: Photo) -> str:
    """A small lazy-loaded <img> of the photo; its height keeps the page from jumping as it loads.

    alt is empty: the preview only illustrates the row, whose fields already say what the photo is.
    """
    if not photo.image:
        return ""
    # The narrowest rendition (320 px, a few KB) rather than the master: a list shows many photos.
    renditions = sorted((int(width), name) for width, name in (photo.renditions or {}).items())
    url = photo.image.storage.url(renditions[0][1]) if renditions else photo.image.url
    if not (photo.width and photo.height):
        return format_html('<img src="{}" width="{}" alt="" loading="lazy">', url, THUMBNAIL_WIDTH)
    return format_html(
        '<img src="{}" width="{}" height="{}" alt="" loading="lazy">',
        url,
        THUMBNAIL_WIDTH,
        round(THUMBNAIL_WIDTH * photo.height / photo.width),
    )


class PhotoAdminForm(forms.ModelForm):
    """Runs a newly uploaded file through the photo pipeline while validating.

    A refused file is then an ordinary form error with its translated message, and the admin stores
    what was processed through the photo services (server-made names, renditions, no metadata).
    The plain FileField (not ImageField) keeps Pillow's unrestricted opening away from the upload:
    catalogue/images.py, with its allow-list, is the only decoder that sees it.
    """

    image = forms.FileField(
        label=_("image"),
        widget=AdminFileWidget(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/heic,image/heif,.heic"}
        ),
    )

    class Meta:
        model = Photo
        fields = ("image", "position")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.processed: ProcessedImage | None = None

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if isinstance(image, UploadedFile):  # a new upload, not the file already stored
            self.processed = process_image(image)
        return image


class PhotoPageAdminForm(PhotoAdminForm):
    """The photo's own admin page, where no formset counts the product's photos: the form does."""

    def clean(self):
        cleaned = super().clean()
        product = cleaned.get("product")
        if (
            self.instance.pk is None
            and product is not None
            and product.photos.count() >= MAX_PHOTOS_PER_PRODUCT
        ):
            raise PhotoLimitReached()
        return cleaned


def photo_form_save(photo_form: PhotoAdminForm, product: Product) -> Photo:
    """Save one photo form through the services: new files are written with their renditions."""
    photo = photo_form.instance
    if photo_form.processed is None:
        photo.save()
        return photo
    if photo.pk is None:
        return photo_add_processed(product=product, processed=photo_form.processed, photo=photo)
    return photo_replace_image(photo=photo, processed=photo_form.processed)


@admin.register(Category)
class CategoryAdmin(TabbedTranslationAdmin):
    list_display = ("name", "parent", "craft", "position", "slug")
    list_editable = ("position",)
    list_filter = (("parent", admin.EmptyFieldListFilter), "craft")
    search_fields = ("slug", *get_translation_fields("name"))
    list_select_related = ("parent", "craft")
    prepopulated_fields = {"slug": ("name",)}

    def formfield_for_foreignkey(self, db_field, request: HttpRequest, **kwargs):
        if db_field.name == "parent":
            # Categories have two levels, so only a top-level category can be a parent.
            kwargs["queryset"] = Category.objects.filter(parent__isnull=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Material)
class MaterialAdmin(TabbedTranslationAdmin):
    list_display = ("name", "slug")
    search_fields = ("slug", *get_translation_fields("name"))
    prepopulated_fields = {"slug": ("name",)}


class PhotoInline(TranslationTabularInline):
    model = Photo
    form = PhotoAdminForm
    extra = 0
    max_num = MAX_PHOTOS_PER_PRODUCT
    fields = ("thumbnail", "review", "image", "position", "alt_text")
    readonly_fields = ("thumbnail", "review")

    @admin.display(description=_("review"))
    def review(self, photo: Photo) -> str:
        # A photo the maker added to a published product: buyers see it once the product is approved.
        return gettext("New: waiting for review") if photo.awaiting_review else ""

    def get_formset(self, request: HttpRequest, obj=None, **kwargs):
        # The limit is checked with the other errors, before anything is saved.
        return super().get_formset(request, obj, validate_max=True, **kwargs)

    @admin.display(description=_("preview"))
    def thumbnail(self, photo: Photo) -> str:
        return photo_thumbnail(photo)


class ProductWaitingFilter(WaitingForReviewFilter):
    def waiting(self, queryset: QuerySet[Product]) -> QuerySet[Product]:
        return queryset.awaiting_review()


@admin.register(Product)
class ProductAdmin(DecisionsMixin, TabbedTranslationAdmin):
    list_display = (
        "title",
        "producer",
        "category",
        "price_lak",
        "min_order_qty",
        "status",
        "waiting_for_review",
        "published_at",
    )
    list_filter = (
        ProductWaitingFilter,
        "status",
        "category",
        "producer__district",
        "sample_available",
        "customisable",
        "availability",
        "original_language",
    )
    search_fields = (
        *get_translation_fields("title"),
        *(f"producer__{name}" for name in get_translation_fields("name")),
    )
    list_select_related = ("producer", "category")
    autocomplete_fields = ("producer",)
    filter_horizontal = ("materials",)
    readonly_fields = ("created_at", "updated_at", "changes_panel")
    # Once a product exists its status moves only through the actions above, which tell the makers:
    # a status typed into the form would publish or hide it without a word to them.
    decision_fields = ("status", "published_at", "rejection_reason")
    inlines = (PhotoInline,)
    actions = ("approve", "send_back", "archive")

    def get_readonly_fields(self, request: HttpRequest, obj: Product | None = None) -> tuple[str, ...]:
        fields = tuple(super().get_readonly_fields(request, obj))
        return fields if obj is None else (*fields, *self.decision_fields)

    fieldsets = (
        (
            _("Essentials"),
            {
                "fields": (
                    "producer",
                    "category",
                    "original_language",
                    "title",
                    "description",
                    "price_lak",
                    ("wholesale_price", "wholesale_currency"),
                )
            },
        ),
        (
            _("Materials and size"),
            {
                "fields": (
                    "materials",
                    "material_details",
                    "techniques",
                    "colours",
                    ("length_cm", "width_cm", "height_cm"),
                    "weight_g",
                    "care_instructions",
                )
            },
        ),
        (
            _("Trade details"),
            {
                "fields": (
                    "min_order_qty",
                    "lead_time_days",
                    "monthly_capacity",
                    ("sample_available", "sample_price_lak"),
                    ("customisable", "customisation_notes"),
                    "availability",
                    "hs_code",
                    ("trade_term", "trade_term_place"),
                )
            },
        ),
        (
            _("Moderation"),
            {"fields": ("status", "rejection_reason", "published_at", "created_at", "updated_at")},
        ),
    )

    def save_formset(self, request: HttpRequest, form, formset, change: bool) -> None:
        if formset.model is not Photo:
            return super().save_formset(request, form, formset, change)
        # commit=False only sorts the forms into new, changed and deleted (the change message needs
        # them); the photo services then write rows and files together, deletions first so that
        # replacing a photo at the limit works.
        formset.save(commit=False)
        for photo in formset.deleted_objects:
            photo_delete(photo=photo)
        for photo_form in formset.forms:
            if photo_form in formset.deleted_forms or not photo_form.has_changed():
                continue
            photo_form_save(photo_form, form.instance)
        return None

    def delete_model(self, request: HttpRequest, obj: Product) -> None:
        product_delete(product=obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Product]) -> None:
        products_delete(products=queryset)

    def is_waiting(self, product: Product) -> bool:
        # As the services decide: a new listing, or a published one whose changes were sent.
        return product.status == Product.Status.PENDING or (
            product.status == Product.Status.PUBLISHED and product.changes_submitted_at is not None
        )

    @admin.display(description=_("Waiting for review"), boolean=True)
    def waiting_for_review(self, product: Product) -> bool:
        return self.is_waiting(product)

    @admin.action(description=_("Approve selected products"), permissions=["moderate"])
    def approve(self, request: HttpRequest, queryset: QuerySet[Product]) -> None:
        def decide(product: Product) -> list[str]:
            if product.status == Product.Status.PENDING:
                fields = ["status", "published_at"]
            else:
                fields = ["pending_changes", *(product.pending_changes or {})]
            product_approve(product=product, by=request.user)
            return fields

        approved, skipped = self.decide_each(request, queryset, decide, skip=ProductStateError)
        self.decisions_report(
            request,
            approved,
            skipped,
            ngettext("%(count)d product approved.", "%(count)d products approved.", approved)
            % {"count": approved},
        )

    @admin.action(description=_("Send selected products back with a reason"), permissions=["moderate"])
    def send_back(self, request: HttpRequest, queryset: QuerySet[Product]) -> TemplateResponse | None:
        if not any(self.is_waiting(product) for product in queryset):
            self.message_user(
                request, gettext("None of the selected products is waiting for review."), messages.WARNING
            )
            return None
        form = reason_form(request)
        if not form.is_valid():
            return self.reason_page(
                request,
                queryset,
                form=form,
                action="send_back",
                title=gettext("Send products back with a reason"),
            )
        reason = form.cleaned_data["reason"]

        def decide(product: Product) -> list[str]:
            if product.status == Product.Status.PENDING:
                fields = ["status", "rejection_reason"]
            else:
                fields = ["rejection_reason", "changes_submitted_at"]
            product_reject(product=product, by=request.user, reason=reason)
            return fields

        sent_back, skipped = self.decide_each(request, queryset, decide, skip=ProductStateError)
        self.decisions_report(
            request,
            sent_back,
            skipped,
            ngettext(
                "%(count)d product sent back to its makers with your reason.",
                "%(count)d products sent back to their makers with your reason.",
                sent_back,
            )
            % {"count": sent_back},
        )
        return None

    def skipped_text(self, count: int) -> str:
        return ngettext(
            "%(count)d product was not waiting for review and was left as it was.",
            "%(count)d products were not waiting for review and were left as they were.",
            count,
        ) % {"count": count}

    # Archiving goes through the service too: it drops changes waiting for review, so an archived
    # product leaves the moderators' queue. The makers are not notified: nothing was refused.
    @admin.action(description=_("Archive selected products"), permissions=["change"])
    def archive(self, request: HttpRequest, queryset: QuerySet[Product]) -> None:
        def decide(product: Product) -> list[str]:
            fields = ["status", *(["pending_changes"] if product.pending_changes else [])]
            product_archive(product=product)
            return fields

        count, _skipped = self.decide_each(
            request, queryset.exclude(status=Product.Status.ARCHIVED), decide, skip=()
        )
        self.message_user(
            request,
            ngettext("%(count)d product archived.", "%(count)d products archived.", count) % {"count": count},
            messages.SUCCESS,
        )

    # --- The change page: what the maker proposes -------------------------------------------------

    def get_fieldsets(self, request: HttpRequest, obj: Product | None = None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and (obj.pending_changes or obj.photos.awaiting_review().exists()):
            # First on the page: it is what the moderator came to decide on.
            return [(_("Changes waiting for review"), {"fields": ("changes_panel",)}), *fieldsets]
        return fieldsets

    @admin.display(description=_("proposed changes"))
    def changes_panel(self, product: Product) -> str:
        """What buyers see now and what the maker proposes, field by field, in the admin's language."""
        return render_to_string(
            "admin/catalogue/product/changes_panel.html",
            {
                "product": product,
                "rows": self.change_rows(product),
                "new_photos": product.photos.awaiting_review().count(),
            },
        )

    def change_rows(self, product: Product) -> list[dict[str, Any]]:
        pending = product.pending_changes or {}
        rows = [
            {"name": name, "current": column_json(product, name), "proposed": pending[name]}
            for name in editable_fields()
            if name in pending
        ]
        # The names of the categories and materials on either side, one query each.
        ids: dict[str, set[int]] = {"category": set(), "materials": set()}
        for row in rows:
            if row["name"] == "category":
                ids["category"].update(pk for pk in (row["current"], row["proposed"]) if pk)
            elif row["name"] == "materials":
                ids["materials"].update([*(row["current"] or []), *(row["proposed"] or [])])
        names = {
            "category": Category.objects.in_bulk(ids["category"]) if ids["category"] else {},
            "materials": Material.objects.in_bulk(ids["materials"]) if ids["materials"] else {},
        }
        for row in rows:
            field = Product._meta.get_field(row["name"])
            row["label"] = change_label(field)
            row["lang"] = getattr(field, "language", "")
            row["current"] = self.change_value(field, row["current"], names)
            row["proposed"] = self.change_value(field, row["proposed"], names)
        return rows

    def change_value(self, field: models.Field, value: Any, names: dict[str, dict[int, Any]]) -> str:
        """A JSON value of `pending_changes` (or of the column, alike) as a moderator reads it."""
        if value is None or value == "" or value == []:
            return self.get_empty_value_display()
        if field.name == "category":
            return str(names["category"].get(value, value))
        if field.name == "materials":
            return ", ".join(str(names["materials"][pk]) for pk in value if pk in names["materials"])
        if isinstance(field, models.BooleanField):
            return gettext("Yes") if value else gettext("No")
        if field.choices:
            return str(dict(field.flatchoices).get(value, value))
        return str(value)


def change_label(field: models.Field) -> str:
    """A field's name for the moderator: "Title (Lao)" rather than modeltranslation's "title [lo]"."""
    translated_field = getattr(field, "translated_field", None)
    if translated_field is None:
        return capfirst(field.verbose_name)
    language_name = dict(settings.LANGUAGES).get(field.language, field.language)
    return capfirst(
        gettext("%(field)s (%(language)s)")
        % {"field": translated_field.verbose_name, "language": language_name}
    )


@admin.register(Photo)
class PhotoAdmin(TabbedTranslationAdmin):
    list_display = ("thumbnail", "product", "position", "width", "height", "created_at")
    list_display_links = ("thumbnail", "product")
    search_fields = (
        *(f"product__{name}" for name in get_translation_fields("title")),
        *get_translation_fields("alt_text"),
    )
    list_select_related = ("product",)
    autocomplete_fields = ("product",)
    fields = ("product", "thumbnail", "image", "position", "alt_text", "width", "height", "created_at")
    readonly_fields = ("thumbnail", "width", "height", "created_at")
    form = PhotoPageAdminForm

    @admin.display(description=_("preview"))
    def thumbnail(self, photo: Photo) -> str:
        return photo_thumbnail(photo)

    def save_model(self, request: HttpRequest, obj: Photo, form: PhotoAdminForm, change: bool) -> None:
        photo_form_save(form, obj.product)

    def delete_model(self, request: HttpRequest, obj: Photo) -> None:
        photo_delete(photo=obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Photo]) -> None:
        photos_delete(photos=queryset)


@admin.register(ExchangeRate)
class ExchangeRateAdmin(admin.ModelAdmin):
    list_display = ("currency", "rate_to_lak", "date")
    list_filter = ("currency",)
    date_hierarchy = "date"
