"""People who use Hatthakam: artisans, buyers and the association's moderators."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.phones import format_phone, validate_e164
from multilingual.fields import language_choices


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str | None, phone: str | None, password: str | None, **extra):
        email = self.normalize_email(email).lower() if email else None
        user = self.model(email=email, phone=phone or None, **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, *, phone=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, phone, password, **extra)

    def create_superuser(self, email=None, password=None, *, phone=None, **extra):
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        extra.setdefault("role", User.Role.MODERATOR)
        return self._create_user(email, phone, password, **extra)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """Signs in with an email or a phone number (many artisans have no email)."""

    class Role(models.TextChoices):
        ARTISAN = "artisan", _("Artisan")
        BUYER = "buyer", _("Buyer")
        MODERATOR = "moderator", _("Moderator")

    email = models.EmailField(_("email address"), blank=True, null=True, unique=True)
    phone = models.CharField(
        _("phone number"),
        max_length=20,
        blank=True,
        null=True,
        unique=True,
        validators=[validate_e164],
        help_text=_("International form, e.g. +8562055512345. Lao numbers may be typed without +856."),
    )
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.BUYER)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=language_choices,
        default="lo",
        help_text=_("Emails and notices are sent in this language."),
    )
    is_staff = models.BooleanField(
        _("staff status"), default=False, help_text=_("Can sign in to the back-office.")
    )
    is_active = models.BooleanField(_("active"), default=True)
    # When the person followed the link we emailed: a buyer's inquiries reach makers only after it.
    email_confirmed_at = models.DateTimeField(_("email confirmed on"), null=True, blank=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["-date_joined"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(email__isnull=False) & ~models.Q(email=""))
                | (models.Q(phone__isnull=False) & ~models.Q(phone="")),
                name="user_has_email_or_phone",
            ),
            models.CheckConstraint(
                condition=models.Q(role__in=["artisan", "buyer", "moderator"]), name="user_role_valid"
            ),
            models.UniqueConstraint(Lower("email"), name="user_email_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.full_name or self.email or format_phone(self.phone or "")

    def clean(self) -> None:
        super().clean()
        if self.email:
            self.email = self.__class__.objects.normalize_email(self.email).lower()
        self.email = self.email or None
        self.phone = self.phone or None

    @property
    def display_phone(self) -> str:
        return format_phone(self.phone) if self.phone else ""

    @property
    def is_moderator(self) -> bool:
        return self.is_active and (self.is_superuser or self.role == self.Role.MODERATOR)

    def get_full_name(self) -> str:
        return str(self)

    def get_short_name(self) -> str:
        return str(self)


class WebsiteField(models.URLField):
    """A URL field whose forms read "example.jp" as https://example.jp (Django 6's default, today)."""

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})


class BuyerProfile(models.Model):
    """The company a buyer imports or sells for."""

    class BusinessType(models.TextChoices):
        IMPORTER = "importer", _("Importer")
        WHOLESALER = "wholesaler", _("Wholesaler")
        RETAILER = "retailer", _("Retailer or shop")
        DESIGNER = "designer", _("Designer or brand")
        OTHER = "other", _("Other")

    class Country(models.TextChoices):
        # The markets we serve first; "Other" keeps the form honest for everyone else.
        JAPAN = "JP", _("Japan")
        LAOS = "LA", _("Laos")
        THAILAND = "TH", _("Thailand")
        VIETNAM = "VN", _("Vietnam")
        CHINA = "CN", _("China")
        KOREA = "KR", _("South Korea")
        TAIWAN = "TW", _("Taiwan")
        SINGAPORE = "SG", _("Singapore")
        AUSTRALIA = "AU", _("Australia")
        FRANCE = "FR", _("France")
        GERMANY = "DE", _("Germany")
        UNITED_KINGDOM = "GB", _("United Kingdom")
        UNITED_STATES = "US", _("United States")
        OTHER = "ZZ", _("Other country")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="buyer_profile",
        verbose_name=_("user"),
    )
    company = models.CharField(_("company"), max_length=200)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, default=Country.JAPAN)
    city = models.CharField(_("city or prefecture"), max_length=120, blank=True)
    website = WebsiteField(_("website"), blank=True)
    business_type = models.CharField(
        _("business type"), max_length=16, choices=BusinessType.choices, default=BusinessType.IMPORTER
    )

    class Meta:
        verbose_name = _("buyer profile")
        verbose_name_plural = _("buyer profiles")

    def __str__(self) -> str:
        return self.company


class NoticeQuerySet(models.QuerySet):
    def unread(self) -> NoticeQuerySet:
        return self.filter(read_at__isnull=True)


class Notice(models.Model):
    """Something a person should know: a moderator's decision about their producer or product.

    The sentence is rendered when it is read, in the reader's language at that moment, from `kind`,
    the subject's name (kept in every language it had) and the moderator's reason.
    """

    class Kind(models.TextChoices):
        PRODUCER_APPROVED = "producer_approved", _("Producer approved")
        PRODUCER_REJECTED = "producer_rejected", _("Producer not approved")
        PRODUCT_APPROVED = "product_approved", _("Product published")
        PRODUCT_REJECTED = "product_rejected", _("Product not published")
        CHANGES_APPROVED = "changes_approved", _("Product changes published")
        CHANGES_REJECTED = "changes_rejected", _("Product changes not published")
        INQUIRY_RECEIVED = "inquiry_received", _("New inquiry")
        INQUIRY_REPLIED = "inquiry_replied", _("New reply to an inquiry")
        INQUIRY_CLOSED = "inquiry_closed", _("Inquiry closed")

    class EmailState(models.TextChoices):
        NONE = "none", _("No email to send")
        PENDING = "pending", _("To send")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed, not retried")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notices", verbose_name=_("user")
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    subject = models.JSONField(
        _("subject"),
        default=dict,
        blank=True,
        help_text=_("The name of the producer or product, per language."),
    )
    reason = models.TextField(_("reason"), blank=True)
    url = models.CharField(_("link"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    read_at = models.DateTimeField(_("read on"), null=True, blank=True)
    # The email of the notice: sent after the transaction commits, retried by `send_notice_emails`.
    email_state = models.CharField(
        _("email"), max_length=8, choices=EmailState.choices, default=EmailState.NONE
    )
    email_attempts = models.PositiveSmallIntegerField(_("email attempts"), default=0)
    email_tried_at = models.DateTimeField(_("email last tried on"), null=True, blank=True)

    objects = NoticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["user", "read_at"], name="notice_user_unread"),
            models.Index(
                fields=["email_tried_at"],
                condition=models.Q(email_state="pending"),
                name="notice_email_pending",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} – {self.subject_name()}"

    def subject_name(self, language: str | None = None) -> str:
        """The subject's name in `language` (default: active), else English, else any."""
        from django.utils.translation import get_language

        from multilingual.fields import fallback_chain

        for code in fallback_chain(language or get_language(), None):
            if self.subject.get(code):
                return self.subject[code]
        return next((text for text in self.subject.values() if text), "")

    @property
    def is_rejection(self) -> bool:
        return self.kind in {
            self.Kind.PRODUCER_REJECTED,
            self.Kind.PRODUCT_REJECTED,
            self.Kind.CHANGES_REJECTED,
        }

    @property
    def is_inquiry(self) -> bool:
        """About a conversation with a buyer: `reason` then holds the start of the message."""
        return self.kind in {self.Kind.INQUIRY_RECEIVED, self.Kind.INQUIRY_REPLIED, self.Kind.INQUIRY_CLOSED}
