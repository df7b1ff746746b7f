"""Product services: a maker creates, edits, copies, archives and submits listings; a moderator decides.

The listing lifecycle (DESIGN.md §6): draft → pending → published, or rejected with a reason; archived
at any time. An edit of a published product does not touch the columns buyers read: the changed values
wait in `Product.pending_changes` (JSON) until a moderator approves them, so the public keeps seeing the
approved version. Values in `pending_changes` are JSON-safe: decimals as strings, the category as its
id, materials as a sorted list of ids. Photos the maker adds to a published product wait in the same way
(`Photo.awaiting_review`), so "changes waiting" means either (`changes_waiting`); deleting and reordering
photos take effect at once.

Each service locks the product row (`select_for_update`) because a maker and a moderator can act on it
at the same moment: a decision is never lost, never made twice and never applied to a half-saved edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import IO, Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from accounts.models import Notice, User
from accounts.notices import notice_send
from catalogue.models import Category, Material, Photo, Product
from catalogue.photos import (
    photo_add,
    photo_delete,
    photo_make_cover,
    photo_move,
    photos_copy,
    photos_reorder,
)
from multilingual.context import language
from multilingual.fields import language_codes
from multilingual.text import truncate
from producers.models import Producer

# Text a maker writes, stored once per language (catalogue/translation.py).
TRANSLATED_FIELDS = (
    "title",
    "description",
    "material_details",
    "techniques",
    "colours",
    "customisation_notes",
    "care_instructions",
)
# Everything else a maker may set. Status, producer, dates and the moderator's reason are never here.
PLAIN_FIELDS = (
    "category",
    "materials",
    "price_lak",
    "availability",
    "wholesale_price",
    "wholesale_currency",
    "min_order_qty",
    "lead_time_days",
    "monthly_capacity",
    "sample_available",
    "sample_price_lak",
    "customisable",
    "length_cm",
    "width_cm",
    "height_cm",
    "weight_g",
    "hs_code",
    "trade_term",
    "trade_term_place",
)


def editable_fields() -> list[str]:
    """The names a maker's `data` may hold: title_lo, title_en, …, then the plain fields."""
    localized = [
        build_localized_fieldname(name, code) for name in TRANSLATED_FIELDS for code in language_codes()
    ]
    return [*localized, *PLAIN_FIELDS]


class ProductStateError(ValidationError):
    """The action does not fit the product's status (e.g. sending an archived product for review)."""

    def __str__(self) -> str:
        return str(self.messages[0])


# --- Values between form, columns and JSON ------------------------------------------------------------


def json_value(name: str, value: Any) -> Any:
    """`value` of field `name` as stored in `pending_changes`, normalised so equal values compare equal."""
    if name == "materials":
        return sorted(item.pk if isinstance(item, models.Model) else int(item) for item in value or [])
    if name == "category":
        return value.pk if isinstance(value, models.Model) else (int(value) if value else None)
    field = Product._meta.get_field(name)
    if value is None or value == "":
        # A text nobody wrote is "" whether the column holds NULL (modeltranslation) or "".
        return "" if isinstance(field, (models.CharField, models.TextField)) else None
    if isinstance(field, models.DecimalField):
        return str(Decimal(value).quantize(Decimal(1).scaleb(-field.decimal_places)))
    return field.to_python(value)


def column_json(product: Product, name: str) -> Any:
    """The value buyers see now, as `json_value` would store it."""
    if name == "materials":
        return json_value(name, product.materials.values_list("pk", flat=True))
    if name == "category":
        return product.category_id
    return json_value(name, getattr(product, name))


def column_value(name: str, value: Any) -> Any:
    """A JSON value turned back into what the column holds (Decimal, int, NULL for an unwritten text)."""
    field = Product._meta.get_field(name)
    if value == "" and field.null:
        return None
    return field.to_python(value)


def values_apply(product: Product, values: Mapping[str, Any]) -> list[int] | None:
    """Write JSON `values` onto `product` in memory; returns the material ids to set after saving.

    A category or material deleted since the values were stored is skipped rather than breaking the save.
    """
    material_ids = None
    allowed = set(editable_fields())
    for name, value in values.items():
        if name == "materials":
            material_ids = list(Material.objects.filter(pk__in=value).values_list("pk", flat=True))
        elif name == "category":
            if value and Category.objects.filter(pk=value).exists():
                product.category_id = value
        elif name in allowed:
            setattr(product, name, column_value(name, value))
    if any(name.startswith("title_") for name in values):
        product.slug = ""  # Product.save() makes a new one from the new title (it is only cosmetic)
    return material_ids


def maker_values(product: Product) -> dict[str, Any]:
    """What the maker last wrote: the columns with her pending changes on top (JSON values)."""
    values = {name: column_json(product, name) for name in editable_fields()}
    values.update({k: v for k, v in (product.pending_changes or {}).items() if k in values})
    return values


def locked(product: Product) -> Product:
    """The product's row, locked until the transaction ends (the producer is read, not locked)."""
    return Product.objects.select_for_update(of=("self",)).select_related("producer").get(pk=product.pk)


def photos_waiting() -> Exists:
    """An annotation (`.annotate(photos_waiting=photos_waiting())`): whether new photos wait for review.

    A list of products then knows it without a query per product.
    """
    return Exists(Photo.objects.awaiting_review().filter(product=OuterRef("pk")))


def changes_waiting(product: Product) -> bool:
    """Whether a published product has an edit or new photos that buyers do not see yet.

    Reads the `photos_waiting` annotation when the product has it, else asks the database.
    """
    if product.pending_changes:
        return True
    waiting = getattr(product, "photos_waiting", None)
    if waiting is None:
        waiting = product.photos.awaiting_review().exists()
    return bool(waiting)


# --- The maker's side -----------------------------------------------------------------------------------


@transaction.atomic
def product_create(*, producer: Producer, data: Mapping[str, Any]) -> Product:
    """A new draft of `producer`, written in `data["original_language"]` (default: the active language)."""
    original = data.get("original_language")
    if original not in language_codes():
        original = translation_language()
    product = Product(producer=producer, status=Product.Status.DRAFT, original_language=original)
    values = {name: json_value(name, data[name]) for name in editable_fields() if name in data}
    material_ids = values_apply(product, values)
    product.save()
    if material_ids:
        product.materials.set(material_ids)
    return product


@transaction.atomic
def product_update(*, product: Product, data: Mapping[str, Any], by: User) -> Product:
    """Save a maker's edit. `by` is the member who edits (for the audit log).

    Drafts, pending and rejected products change in place (a pending one stays in the review queue with
    its new text). A published product keeps its columns: the values that differ from them are stored in
    `pending_changes`, and a value changed back to the published one leaves it.
    """
    product = locked(product)
    if product.status == Product.Status.ARCHIVED:
        raise ProductStateError(
            _("This product is archived and cannot be changed. Make a copy to sell it again."),
            code="archived",
        )
    values = {name: json_value(name, data[name]) for name in editable_fields() if name in data}
    if product.status == Product.Status.PUBLISHED:
        pending = dict(product.pending_changes or {})
        for name, value in values.items():
            if value == column_json(product, name):
                pending.pop(name, None)
            else:
                pending[name] = value
        product.pending_changes = pending
        if not changes_waiting(product):
            product.changes_submitted_at = None  # nothing left to review
        product.save(update_fields=["pending_changes", "changes_submitted_at", "updated_at"])
        return product
    material_ids = values_apply(product, values)
    product.save()
    if material_ids is not None:
        product.materials.set(material_ids)
    return product


@transaction.atomic
def product_submit(*, product: Product) -> Product:
    """Send a draft or rejected product for review, or a published product's changes.

    Sending again what already waits changes nothing (a double tap on a slow connection is harmless).
    """
    product = locked(product)
    status = product.status
    if status in (Product.Status.DRAFT, Product.Status.REJECTED):
        if not product.photos.exists():
            # Buyers pass over a listing without a photo, and the association cannot judge it.
            raise ProductStateError(
                _("Add at least one photo first: buyers do not look at a product without one."),
                code="no_photo",
            )
        product.status = Product.Status.PENDING
        product.save(update_fields=["status", "updated_at"])
    elif status == Product.Status.PUBLISHED and changes_waiting(product):
        if product.changes_submitted_at is None:
            product.changes_submitted_at = timezone.now()
            product.save(update_fields=["changes_submitted_at", "updated_at"])
    elif status == Product.Status.PUBLISHED:
        raise ProductStateError(
            _("There is nothing to send: buyers already see this version."), code="no_changes"
        )
    elif status == Product.Status.ARCHIVED:
        raise ProductStateError(_("This product is archived. Make a copy to sell it again."), code="archived")
    return product


@transaction.atomic
def product_duplicate(*, product: Product) -> Product:
    """A draft copy of `product` as its maker last wrote it, its titles marked "(copy)", with its photos.

    A copy is usually another colour or size: most photos (the making, the pattern, the detail) still
    fit, and a maker on a paid connection deletes the few that differ rather than uploading all again.
    The photos get files of their own (`photos_copy`), copied last: nothing after them can fail and
    leave copied files without rows.
    """
    source = Product.objects.get(pk=product.pk)
    values = maker_values(source)
    copy = Product(
        producer_id=source.producer_id,
        status=Product.Status.DRAFT,
        original_language=source.original_language,
    )
    material_ids = values_apply(copy, values)
    max_length = Product._meta.get_field("title").max_length
    for code in language_codes():
        name = build_localized_fieldname("title", code)
        if title := getattr(copy, name):
            setattr(copy, name, copy_title(title, code, max_length))
    copy.slug = ""
    copy.save()
    if material_ids:
        copy.materials.set(material_ids)
    photos_copy(source=source, target=copy)
    return copy


def copy_title(title: str, code: str, max_length: int) -> str:
    """`title` marked as a copy in its own language, shortened (never mid-letter) to fit the column."""
    with language(code):
        marked = gettext("%(title)s (copy)") % {"title": title}
        overflow = len(marked) - max_length
        if overflow > 0:
            marked = gettext("%(title)s (copy)") % {"title": truncate(title, len(title) - overflow)}
    return marked


@transaction.atomic
def product_archive(*, product: Product) -> Product:
    """Take a product off the catalogue for good; any changes waiting for review are dropped."""
    product = locked(product)
    if product.status != Product.Status.ARCHIVED:
        product.status = Product.Status.ARCHIVED
        product.pending_changes = {}
        product.changes_submitted_at = None
        product.save(update_fields=["status", "pending_changes", "changes_submitted_at", "updated_at"])
    return product


# --- The maker's photos ---------------------------------------------------------------------------------


def photos_editable_check(product: Product) -> None:
    """An archived product's photos stay as they are, like the rest of it."""
    if product.status == Product.Status.ARCHIVED:
        raise ProductStateError(
            _("This product is archived and cannot be changed. Make a copy to sell it again."),
            code="archived",
        )


def product_photo_add(*, product: Product, uploaded_file: IO[bytes]) -> Photo:
    """A maker adds a photo (catalogue/photos.py does the files and the limit).

    On a published product the photo waits for review, as an edit does: buyers see it once a moderator
    approves the product's changes, which the maker sends for review when she is ready (`product_submit`);
    if changes were already sent, the photo joins them. Raises `RejectedImage`, `PhotoLimitReached` or
    `ProductStateError`, each with a message for the maker.
    """
    photos_editable_check(product)
    return photo_add(product=product, uploaded_file=uploaded_file, by_maker=True)


@transaction.atomic
def product_photo_delete(*, photo: Photo) -> None:
    """Delete a photo at once (buyers stop seeing it now); its files go when the deletion is committed.

    When it was the last thing waiting for review, the product leaves the review queue: a moderator has
    nothing left to look at.
    """
    product = locked(photo.product)
    photos_editable_check(product)
    photo_delete(photo=photo)
    if product.changes_submitted_at is not None and not changes_waiting(product):
        product.changes_submitted_at = None
        product.save(update_fields=["changes_submitted_at"])


def product_photos_reorder(*, product: Product, photo_ids: Sequence[int]) -> None:
    """Put the photos in this order (at once); ids of other products' photos change nothing."""
    photos_editable_check(product)
    photos_reorder(product=product, photo_ids=photo_ids)


def product_photo_move(*, photo: Photo, offset: int) -> None:
    """Move a photo earlier (negative `offset`) or later, at once."""
    photos_editable_check(photo.product)
    photo_move(photo=photo, offset=offset)


def product_photo_make_cover(*, photo: Photo) -> None:
    """Make a photo the cover, at once (a cover still waiting for review shows once it is approved)."""
    photos_editable_check(photo.product)
    photo_make_cover(photo=photo)


# --- The moderator's side -----------------------------------------------------------------------------


def moderator_check(user: User) -> None:
    if not (user and user.is_authenticated and user.is_moderator):
        raise PermissionDenied("Only moderators decide on products.")


@transaction.atomic
def product_approve(*, product: Product, by: User) -> Product:
    """Publish a pending product, or apply a published product's changes to what buyers see."""
    moderator_check(by)
    product = locked(product)
    if product.status == Product.Status.PENDING:
        kind = Notice.Kind.PRODUCT_APPROVED
        product.status = Product.Status.PUBLISHED
        product.published_at = timezone.now()
        material_ids = None
    elif product.status == Product.Status.PUBLISHED and product.changes_submitted_at is not None:
        kind = Notice.Kind.CHANGES_APPROVED
        material_ids = values_apply(product, product.pending_changes or {})
    else:
        raise ProductStateError(_("Nothing on this product is waiting for review."), code="not_waiting")
    product.rejection_reason = ""
    product.pending_changes = {}
    product.changes_submitted_at = None
    product.save()
    if material_ids is not None:
        product.materials.set(material_ids)
    # The new photos the moderator has seen go public with the rest of the changes.
    product.photos.awaiting_review().update(awaiting_review=False)
    makers_notify(product=product, kind=kind)
    return product


@transaction.atomic
def product_reject(*, product: Product, by: User, reason: str) -> Product:
    """Send a pending product back with a reason; or refuse a published product's changes.

    Refused changes stay in `pending_changes` so the maker can fix them instead of typing them again,
    and refused new photos stay waiting (the maker deletes those that were the problem); buyers keep
    seeing the published version.
    """
    moderator_check(by)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            _("Write the reason: the maker reads it to know what to change."), code="reason_required"
        )
    product = locked(product)
    if product.status == Product.Status.PENDING:
        kind = Notice.Kind.PRODUCT_REJECTED
        product.status = Product.Status.REJECTED
    elif product.status == Product.Status.PUBLISHED and product.changes_submitted_at is not None:
        kind = Notice.Kind.CHANGES_REJECTED
        product.changes_submitted_at = None
    else:
        raise ProductStateError(_("Nothing on this product is waiting for review."), code="not_waiting")
    product.rejection_reason = reason
    product.save(update_fields=["status", "rejection_reason", "changes_submitted_at", "updated_at"])
    makers_notify(product=product, kind=kind, reason=reason)
    return product


def makers_notify(*, product: Product, kind: str, reason: str = "") -> None:
    """Tell every member of the product's producer about a decision, each in their own language."""
    subject = {
        code: text
        for code in language_codes()
        if (text := getattr(product, build_localized_fieldname("title", code)) or "")
    }
    for user in makers_of(product.producer_id):
        with language(user.preferred_language):
            if kind in (Notice.Kind.PRODUCT_APPROVED, Notice.Kind.CHANGES_APPROVED) and product.is_public:
                url = product.get_absolute_url()
            else:
                url = reverse("my_products:edit", kwargs={"pk": product.pk})
        notice_send(user=user, kind=kind, subject=subject, reason=reason, url=url)


def makers_of(producer_id: int) -> Iterable[User]:
    return User.objects.filter(producer_memberships__producer_id=producer_id, is_active=True)


def translation_language() -> str:
    """The active language if it is one of ours, else the site's default."""
    code = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in language_codes() else settings.LANGUAGE_CODE
