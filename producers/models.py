"""Where things are made and by whom: provinces, districts, crafts, ODOP tags and producers."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from multilingual.models import TranslatedContent
from multilingual.text import slugify_any


class Province(models.Model):
    """A province of Laos; Luang Prabang is 06. Names are translated (name_lo, name_en, name_ja)."""

    code = models.PositiveSmallIntegerField(_("code"), unique=True, help_text=_("Official province code."))
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        verbose_name = _("province")
        verbose_name_plural = _("provinces")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class District(models.Model):
    """A district (muang); Luang Prabang's are 601–612, loaded by a data migration."""

    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="districts", verbose_name=_("province")
    )
    code = models.PositiveSmallIntegerField(
        _("code"), unique=True, help_text=_("Official district code, e.g. 601.")
    )
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta:
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("producers:district", kwargs={"slug": self.slug})


class Craft(models.Model):
    """A kind of handicraft: weaving, saa paper, pottery, …"""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=100)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("craft")
        verbose_name_plural = _("crafts")
        ordering = ["position", "slug"]

    def __str__(self) -> str:
        return self.name


class OdopTag(models.Model):
    """One District One Product: a district's designated product, with its optional 1–5 star level."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=150)
    district = models.ForeignKey(
        District, on_delete=models.PROTECT, related_name="odop_tags", verbose_name=_("district")
    )
    craft = models.ForeignKey(
        Craft,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="odop_tags",
        verbose_name=_("craft"),
    )
    stars = models.PositiveSmallIntegerField(
        _("star level"),
        null=True,
        blank=True,
        help_text=_("1 to 5 stars, as awarded by the Lao ODOP programme."),
    )

    class Meta:
        verbose_name = _("ODOP tag")
        verbose_name_plural = _("ODOP tags")
        ordering = ["district__code", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(stars__isnull=True) | Q(stars__gte=1, stars__lte=5), name="odop_stars_1_to_5"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class ProducerQuerySet(models.QuerySet):
    def public(self) -> ProducerQuerySet:
        """Producers the public may see: approved ones (suspended, pending and drafts stay hidden)."""
        return self.filter(status=Producer.Status.APPROVED)

    def managed_by(self, user) -> ProducerQuerySet:
        if not user.is_authenticated:
            return self.none()
        return self.filter(memberships__user=user)


class Producer(TranslatedContent):
    """A maker: an individual, a workshop, a village group or cooperative, or an enterprise."""

    class Kind(models.TextChoices):
        INDIVIDUAL = "individual", _("Individual artisan")
        WORKSHOP = "workshop", _("Workshop")
        GROUP = "group", _("Village group or cooperative")
        ENTERPRISE = "enterprise", _("Enterprise")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        SUSPENDED = "suspended", _("Suspended")

    class ExportExperience(models.TextChoices):
        NONE = "none", _("No exports yet")
        INDIRECT = "indirect", _("Through traders or shops")
        DIRECT = "direct", _("Exports directly")

    LANGUAGE_CHOICES = [
        ("lo", _("Lao")),
        ("en", _("English")),
        ("ja", _("Japanese")),
        ("th", _("Thai")),
        ("fr", _("French")),
        ("zh", _("Chinese")),
        ("vi", _("Vietnamese")),
    ]

    kind = models.CharField(
        _("type of producer"), max_length=16, choices=Kind.choices, default=Kind.INDIVIDUAL
    )
    name = models.CharField(_("name"), max_length=150)
    # Not a SlugField: its validator refuses the combining marks that Lao words need.
    slug = models.CharField(_("slug"), max_length=160, blank=True, editable=False)
    story = models.TextField(
        _("story"), blank=True, help_text=_("Who you are, how you work, what makes your craft special.")
    )
    district = models.ForeignKey(
        District, on_delete=models.PROTECT, related_name="producers", verbose_name=_("district")
    )
    village = models.CharField(_("village"), max_length=120, blank=True)
    crafts = models.ManyToManyField(Craft, related_name="producers", blank=True, verbose_name=_("crafts"))
    odop_tags = models.ManyToManyField(
        OdopTag, related_name="producers", blank=True, verbose_name=_("ODOP tags")
    )
    founded_year = models.PositiveSmallIntegerField(_("founded in"), null=True, blank=True)
    members_count = models.PositiveIntegerField(
        _("number of makers"), default=1, help_text=_("How many people make the products.")
    )
    monthly_capacity = models.PositiveIntegerField(
        _("monthly capacity"),
        null=True,
        blank=True,
        help_text=_("About how many pieces you can make in a month."),
    )
    export_experience = models.CharField(
        _("export experience"), max_length=16, choices=ExportExperience.choices, default=ExportExperience.NONE
    )
    languages_spoken = models.JSONField(_("languages spoken"), default=list, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=20, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    # Stored by producers/photos.py through the photo pipeline, under a name the server makes; no
    # width_field/height_field: those make Django open the file to measure it when they are empty.
    photo = models.ImageField(_("photo"), upload_to="producers/%Y/%m/", blank=True)
    photo_width = models.PositiveIntegerField(_("width"), null=True, blank=True, editable=False)
    photo_height = models.PositiveIntegerField(_("height"), null=True, blank=True, editable=False)
    # As Photo.renditions: {"320": "producers/7/<random>-320.webp", …}. Empty without a photo, or for a
    # photo stored another way: pages then fall back to `photo` itself.
    photo_renditions = models.JSONField(
        _("renditions"),
        default=dict,
        blank=True,
        editable=False,
        help_text=_("The WebP copies of the photo in several widths, for phones and large screens."),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    verified_at = models.DateTimeField(_("verified on"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("verified by"),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="ProducerMembership",
        related_name="producers",
        verbose_name=_("members"),
    )
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    objects = ProducerQuerySet.as_manager()

    class Meta:
        verbose_name = _("producer")
        verbose_name_plural = _("producers")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "pending", "approved", "rejected", "suspended"]),
                name="producer_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["individual", "workshop", "group", "enterprise"]),
                name="producer_kind_valid",
            ),
            models.CheckConstraint(condition=Q(members_count__gte=1), name="producer_members_at_least_one"),
            models.CheckConstraint(
                condition=Q(founded_year__isnull=True) | Q(founded_year__gte=1900, founded_year__lte=2100),
                name="producer_founded_year_plausible",
            ),
            # A verification is recorded with its date; "verified" is never a bare flag.
            models.CheckConstraint(
                condition=Q(verified_by__isnull=True) | Q(verified_at__isnull=False),
                name="producer_verified_has_date",
            ),
        ]
        indexes = [models.Index(fields=["status", "district"], name="producer_status_district")]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify_any(self.name_en or self.name or "", max_length=80, default="producer")
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("producers:detail", kwargs={"pk": self.pk, "slug": self.slug})

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.APPROVED

    @property
    def is_verified(self) -> bool:
        return self.verified_at is not None


class ProducerMembership(models.Model):
    """A user who manages a producer: its owner, or a member the owner added. A person belongs to one
    producer at most."""

    class Role(models.TextChoices):
        OWNER = "owner", _("Owner")
        MEMBER = "member", _("Member")

    producer = models.ForeignKey(
        Producer, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("producer")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="producer_memberships",
        verbose_name=_("user"),
    )
    role = models.CharField(_("role"), max_length=8, choices=Role.choices, default=Role.MEMBER)
    created_at = models.DateTimeField(_("added on"), auto_now_add=True)

    class Meta:
        verbose_name = _("producer membership")
        verbose_name_plural = _("producer memberships")
        constraints = [
            # One producer per person: the artisan's pages ("my producer") work on exactly one.
            models.UniqueConstraint(fields=["user"], name="membership_one_producer_per_user"),
            models.UniqueConstraint(
                fields=["producer"], condition=Q(role="owner"), name="membership_one_owner"
            ),
            models.CheckConstraint(condition=Q(role__in=["owner", "member"]), name="membership_role_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.producer} ({self.get_role_display()})"
