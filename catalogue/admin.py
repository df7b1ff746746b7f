"""The back-office for what makers sell: categories, materials, products and photos, exchange rates.

Built to stay fast at 10,000 products: producers are picked by autocomplete, every changelist selects
the rows it shows a foreign key of, and no list filter offers one choice per producer or product.
"""

from __future__ import annotations

from django.contrib import admin, messages
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
from catalogue.models import Category, ExchangeRate, Material, Photo, Product
from multilingual.admin import TabbedTranslationAdmin

THUMBNAIL_WIDTH = 80


def photo_thumbnail(photo: Photo) -> str:
    """A small lazy-loaded <img> of the photo; its height keeps the page from jumping as it loads.

    alt is empty: the preview only illustrates the row, whose fields already say what the photo is.
    """
    if not photo.image:
        return ""
    if not (photo.width and photo.height):
        return format_html(
            '<img src="{}" width="{}" alt="" loading="lazy">', photo.image.url, THUMBNAIL_WIDTH
        )
    return format_html(
        '<img src="{}" width="{}" height="{}" alt="" loading="lazy">',
        photo.image.url,
        THUMBNAIL_WIDTH,
        round(THUMBNAIL_WIDTH * photo.height / photo.width),
    )


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
    extra = 0
    fields = ("thumbnail", "image", "position", "alt_text")
    readonly_fields = ("thumbnail",)

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

    @admin.display(description=_("preview"))
    def thumbnail(self, photo: Photo) -> str:
        return photo_thumbnail(photo)


@admin.register(ExchangeRate)
class ExchangeRateAdmin(admin.ModelAdmin):
    list_display = ("currency", "rate_to_lak", "date")
    list_filter = ("currency",)
    date_hierarchy = "date"
