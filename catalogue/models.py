"""What makers sell: categories, products with their B2B facts, photos, and exchange rates."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from django.core.cache import cache
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from multilingual.models import TranslatedContent
from multilingual.text import slugify_any
from producers.models import Craft, Producer


class CategoryQuerySet(models.QuerySet):
    def top_level_with_counts(self) -> list[Category]:
        """Top-level categories, each with `product_count`: the public products in it or in its children.

        One query for the categories (a few dozen) and the counts from `public_counts_by_category`.
        """
        categories = list(self.all())
        counts = public_counts_by_category()
        totals: dict[int, int] = {}
        for category in categories:
            top = category.parent_id or category.pk
            totals[top] = totals.get(top, 0) + counts.get(category.pk, 0)
        tops = [category for category in categories if category.parent_id is None]
        for category in tops:
            category.product_count = totals.get(category.pk, 0)
        return tops


# Counts on the home page may be a few minutes old; they cost a pass over every public product.
CATEGORY_COUNTS_SECONDS = 300


def public_counts_by_category() -> dict[int, int]:
    """{category id: number of public products}, one GROUP BY over the products, cached for a while.

    A correlated count per top category ("category = x OR category.parent = x") scanned every product
    once per category: 60 ms at 10,000 products on SQLite against 11 ms for this, and then none while
    cached.
    """

    def count() -> dict[int, int]:
        rows = (
            Product.objects.published().order_by().values_list("category_id").annotate(n=models.Count("pk"))
        )
        return {category_id: n for category_id, n in rows if category_id is not None}

    return cache.get_or_set("catalogue:public-counts-by-category", count, CATEGORY_COUNTS_SECONDS)


class Category(models.Model):
    """Two levels: a top category (Textiles) and its subcategories (Scarves and stoles)."""

    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent"),
    )
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120)
    craft = models.ForeignKey(
        Craft,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="categories",
        verbose_name=_("craft"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = CategoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["position", "slug"]
        constraints = [
            models.CheckConstraint(condition=~Q(parent=models.F("id")), name="category_not_own_parent"),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.parent_id and self.parent and self.parent.parent_id:
            raise ValidationError({"parent": _("Categories have two levels: choose a top-level category.")})
        if self.parent_id and self.pk and self.children.exists():
            raise ValidationError(
                {"parent": _("This category has subcategories, so it must stay at the top level.")}
            )


class Material(models.Model):
    """A material buyers filter by: silk, cotton, bamboo, mulberry paper, silver, …"""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.name


class ProductQuerySet(models.QuerySet):
    def published(self) -> ProductQuerySet:
        """What the public may see: published products of approved producers."""
        return self.filter(status=Product.Status.PUBLISHED, producer__status=Producer.Status.APPROVED)

    def of_producer(self, producer: Producer) -> ProductQuerySet:
        return self.filter(producer=producer)

    def managed_by(self, user) -> ProductQuerySet:
        """Products of the producers `user` is a member of: all an artisan may see or change (any status)."""
        return self.filter(producer__in=Producer.objects.managed_by(user))

    def awaiting_review(self) -> ProductQuerySet:
        """New listings sent for review, and published ones whose edit waits for review."""
        return self.filter(Q(status=Product.Status.PENDING) | Q(changes_submitted_at__isnull=False))


hs_code_validator = RegexValidator(
    r"^\d{6}(\d{2}){0,2}$", _("An HS code has 6, 8 or 10 digits, without dots or spaces.")
)


class Product(TranslatedContent):
    """A product listing with the facts a Japanese importer asks for."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PENDING = "pending", _("Waiting for review")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Rejected")
        ARCHIVED = "archived", _("Archived")

    class Currency(models.TextChoices):
        LAK = "LAK", _("Lao kip (LAK)")
        USD = "USD", _("US dollar (USD)")
        JPY = "JPY", _("Japanese yen (JPY)")
        THB = "THB", _("Thai baht (THB)")

    class Availability(models.TextChoices):
        MADE_TO_ORDER = "made_to_order", _("Made to order")
        IN_STOCK = "in_stock", _("In stock")

    class TradeTerm(models.TextChoices):
        # Laos is landlocked: goods leave by road, rail or air, so FOB (a sea port term) rarely fits.
        EXW = "EXW", _("EXW – Ex works (buyer collects at the workshop)")
        FCA = "FCA", _("FCA – Free carrier (handed to the buyer's carrier)")
        CPT = "CPT", _("CPT – Carriage paid to (named destination)")
        DAP = "DAP", _("DAP – Delivered at place (named destination)")

    producer = models.ForeignKey(
        Producer, on_delete=models.CASCADE, related_name="products", verbose_name=_("producer")
    )
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="products", verbose_name=_("category")
    )
    title = models.CharField(_("title"), max_length=200)
    # Not a SlugField: its validator refuses the combining marks that Lao words need.
    slug = models.CharField(_("slug"), max_length=120, blank=True, editable=False)
    description = models.TextField(_("description"), blank=True)
    care_instructions = models.TextField(_("care instructions"), blank=True)
    materials = models.ManyToManyField(
        Material, related_name="products", blank=True, verbose_name=_("materials")
    )
    material_details = models.CharField(
        _("composition"),
        max_length=255,
        blank=True,
        help_text=_("For example: silk 100%, natural indigo dye."),
    )
    techniques = models.CharField(_("techniques"), max_length=255, blank=True)
    colours = models.CharField(_("colours"), max_length=255, blank=True)
    length_cm = models.DecimalField(_("length (cm)"), max_digits=7, decimal_places=1, null=True, blank=True)
    width_cm = models.DecimalField(_("width (cm)"), max_digits=7, decimal_places=1, null=True, blank=True)
    height_cm = models.DecimalField(_("height (cm)"), max_digits=7, decimal_places=1, null=True, blank=True)
    weight_g = models.PositiveIntegerField(_("weight (g)"), null=True, blank=True)
    price_lak = models.PositiveBigIntegerField(
        _("unit price (LAK)"), help_text=_("Price of one piece in kip.")
    )
    wholesale_price = models.DecimalField(
        _("wholesale unit price"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Price per piece at the minimum order, if different from the unit price."),
    )
    wholesale_currency = models.CharField(
        _("wholesale currency"), max_length=3, choices=Currency.choices, blank=True
    )
    min_order_qty = models.PositiveIntegerField(_("minimum order (pieces)"), default=1)
    lead_time_days = models.PositiveSmallIntegerField(
        _("lead time (days)"),
        null=True,
        blank=True,
        help_text=_("Days from a confirmed order to goods ready to ship."),
    )
    monthly_capacity = models.PositiveIntegerField(_("monthly capacity (pieces)"), null=True, blank=True)
    sample_available = models.BooleanField(_("sample available"), default=False)
    sample_price_lak = models.PositiveBigIntegerField(_("sample price (LAK)"), null=True, blank=True)
    customisable = models.BooleanField(_("customisation possible"), default=False)
    customisation_notes = models.CharField(
        _("customisation"), max_length=255, blank=True, help_text=_("For example: colours, sizes, labels.")
    )
    availability = models.CharField(
        _("availability"), max_length=16, choices=Availability.choices, default=Availability.MADE_TO_ORDER
    )
    hs_code = models.CharField(_("HS code"), max_length=10, blank=True, validators=[hs_code_validator])
    trade_term = models.CharField(_("trade term"), max_length=3, choices=TradeTerm.choices, blank=True)
    trade_term_place = models.CharField(
        _("named place"),
        max_length=120,
        blank=True,
        help_text=_("For example: Luang Prabang, or Vientiane airport."),
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.DRAFT)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    published_at = models.DateTimeField(_("published on"), null=True, blank=True)
    # An edit of a published product waits here for review while buyers keep seeing the approved
    # version; a moderator's approval applies it to the columns above.
    pending_changes = models.JSONField(
        _("changes waiting for review"), default=dict, blank=True, editable=False
    )
    changes_submitted_at = models.DateTimeField(_("changes sent for review on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    objects = ProductQuerySet.as_manager()

    class Meta:
        verbose_name = _("product")
        verbose_name_plural = _("products")
        ordering = ["-published_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "pending", "published", "rejected", "archived"]),
                name="product_status_valid",
            ),
            models.CheckConstraint(condition=Q(min_order_qty__gte=1), name="product_min_order_at_least_one"),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="product_published_has_date",
            ),
            models.CheckConstraint(
                condition=Q(wholesale_price__isnull=True)
                | (Q(wholesale_price__gte=0) & ~Q(wholesale_currency="")),
                name="product_wholesale_price_has_currency",
            ),
            models.CheckConstraint(
                condition=Q(length_cm__isnull=True) | Q(length_cm__gt=0), name="product_length_positive"
            ),
            models.CheckConstraint(
                condition=Q(width_cm__isnull=True) | Q(width_cm__gt=0), name="product_width_positive"
            ),
            models.CheckConstraint(
                condition=Q(height_cm__isnull=True) | Q(height_cm__gt=0), name="product_height_positive"
            ),
            models.CheckConstraint(
                condition=Q(trade_term="") | Q(trade_term__in=["EXW", "FCA", "CPT", "DAP"]),
                name="product_trade_term_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="product_status_published"),
            models.Index(fields=["producer", "status"], name="product_producer_status"),
            models.Index(fields=["category", "status"], name="product_category_status"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = make_slug(self.title_en or self.title or "")
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("catalogue:product", kwargs={"pk": self.pk, "slug": self.slug or "-"})

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.producer.status == Producer.Status.APPROVED

    @property
    def dimensions(self) -> list[Decimal]:
        return [d for d in (self.length_cm, self.width_cm, self.height_cm) if d is not None]


def make_slug(text: str) -> str:
    """A URL slug from a title in any script; pages are looked up by pk, so it is only cosmetic."""
    return slugify_any(text, max_length=80)


class PhotoQuerySet(models.QuerySet):
    def public(self) -> PhotoQuerySet:
        """Photos buyers may see: not those a maker added to a published product and a moderator has not
        seen yet."""
        return self.filter(awaiting_review=False)

    def awaiting_review(self) -> PhotoQuerySet:
        return self.filter(awaiting_review=True)


class Photo(models.Model):
    """A product photo; the first by position is the cover.

    A photo the maker adds to a published product waits for review (`awaiting_review`) like an edit of
    its text: buyers keep seeing the approved photos until a moderator approves the product's changes.
    """

    product = models.ForeignKey(
        Product, on_delete=models.CASCADE, related_name="photos", verbose_name=_("product")
    )
    image = models.ImageField(
        _("image"), upload_to="products/%Y/%m/", width_field="width", height_field="height"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    alt_text = models.CharField(
        _("description of the photo"),
        max_length=200,
        blank=True,
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    width = models.PositiveIntegerField(_("width"), null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(_("height"), null=True, blank=True, editable=False)
    # Written by catalogue/photos.py: {"320": "products/7/<random>-320.webp", …}, keys as strings (JSON).
    # Empty for a photo stored before renditions existed: pages then fall back to `image`.
    renditions = models.JSONField(
        _("renditions"),
        default=dict,
        blank=True,
        editable=False,
        help_text=_("The WebP copies of the photo in several widths, for phones and large screens."),
    )
    awaiting_review = models.BooleanField(
        _("waiting for review"),
        default=False,
        help_text=_("Added to a published product: buyers see it once a moderator approves the changes."),
    )
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)

    objects = PhotoQuerySet.as_manager()

    class Meta:
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        ordering = ["position", "id"]
        indexes = [models.Index(fields=["product", "position"], name="photo_product_position")]

    def __str__(self) -> str:
        return f"{self.product} #{self.position}"


class ExchangeRateQuerySet(models.QuerySet):
    def latest_by_currency(self, on: dt.date | None = None) -> dict[str, ExchangeRate]:
        """The newest rate of each currency on or before `on` (one query)."""
        rates = self.order_by("currency", "-date")
        if on is not None:
            rates = rates.filter(date__lte=on)
        latest: dict[str, ExchangeRate] = {}
        for rate in rates:
            latest.setdefault(rate.currency, rate)
        return latest


class ExchangeRate(models.Model):
    """How many kip one unit of a currency is worth, as set by the association on a date."""

    class Currency(models.TextChoices):
        JPY = "JPY", _("Japanese yen (JPY)")
        USD = "USD", _("US dollar (USD)")
        THB = "THB", _("Thai baht (THB)")

    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices)
    rate_to_lak = models.DecimalField(
        _("kip per unit"), max_digits=14, decimal_places=4, help_text=_("How many kip one unit is worth.")
    )
    date = models.DateField(_("date"))

    objects = ExchangeRateQuerySet.as_manager()

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        ordering = ["-date", "currency"]
        get_latest_by = "date"
        constraints = [
            models.UniqueConstraint(fields=["currency", "date"], name="exchange_rate_unique_per_day"),
            models.CheckConstraint(condition=Q(rate_to_lak__gt=0), name="exchange_rate_positive"),
        ]

    def __str__(self) -> str:
        return f"1 {self.currency} = {self.rate_to_lak} LAK ({self.date})"

    def convert_from_lak(self, amount_lak: int | Decimal) -> Decimal:
        """An approximate price in this currency; yen has no minor unit."""
        value = Decimal(amount_lak) / self.rate_to_lak
        quantum = Decimal("1") if self.currency == "JPY" else Decimal("0.01")
        return value.quantize(quantum, rounding=ROUND_HALF_UP)
