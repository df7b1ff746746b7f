"""The back-office for what makers sell: categories, materials, products and photos, exchange rates.

Built to stay fast at 10,000 products: producers are picked by autocomplete, every changelist selects
the rows it shows a foreign key of, and no list filter offers one choice per producer or product.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminFileWidget
from django.core.files.uploadedfile import UploadedFile
from django.db.models import QuerySet, Value
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationTabularInline
from modeltranslation.utils import get_translation_fields

from accounts.admin import bulk_change
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
    fields = ("thumbnail", "image", "position", "alt_text")
    readonly_fields = ("thumbnail",)

    def get_formset(self, request: HttpRequest, obj=None, **kwargs):
        # The limit is checked with the other errors, before anything is saved.
        return super().get_formset(request, obj, validate_max=True, **kwargs)

    @admin.display(description=_("preview"))
    def thumbnail(self, photo: Photo) -> str:
        return photo_thumbnail(photo)


@admin.register(Product)
class ProductAdmin(TabbedTranslationAdmin):
    list_display = ("title", "producer", "category", "price_lak", "min_order_qty", "status", "published_at")
    list_filter = (
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
    readonly_fields = ("created_at", "updated_at")
    inlines = (PhotoInline,)
    actions = ("publish", "archive")
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

    @admin.action(description=_("Publish selected products"), permissions=["change"])
    def publish(self, request: HttpRequest, queryset: QuerySet[Product]) -> None:
        # A product published before keeps its first publication date.
        count = bulk_change(
            request,
            queryset,
            status=Product.Status.PUBLISHED,
            rejection_reason="",
            published_at=Coalesce("published_at", Value(timezone.now())),
        )
        self.message_user(
            request,
            ngettext("%(count)d product published.", "%(count)d products published.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    # There is no "reject" action on purpose: a rejection needs a reason the maker can read, which is
    # written on the product's own page.
    @admin.action(description=_("Archive selected products"), permissions=["change"])
    def archive(self, request: HttpRequest, queryset: QuerySet[Product]) -> None:
        count = bulk_change(request, queryset, status=Product.Status.ARCHIVED)
        self.message_user(
            request,
            ngettext("%(count)d product archived.", "%(count)d products archived.", count) % {"count": count},
            messages.SUCCESS,
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
