"""Writes on producers: the artisan creates, edits, submits and shares; a moderator approves or sends back.

Each service is one transaction. Views call them with data a form has already parsed; the services still
check the rules that protect other people (who may do what, which status may change into which), because
a form is not the only way in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from accounts.backends import find_user_by_login
from accounts.models import Notice, User
from accounts.notices import notice_send
from multilingual.context import language
from multilingual.fields import language_codes, translated
from producers.models import OdopTag, Producer, ProducerMembership

# What an artisan may change. Status, verification, slug, photo and memberships are never among them.
TRANSLATED_FIELDS = ("name", "story", "village")
PROFILE_FIELDS = (
    "kind",
    "district",
    "founded_year",
    "members_count",
    "monthly_capacity",
    "export_experience",
    "languages_spoken",
    "contact_name",
    "contact_phone",
    "contact_email",
    "address",
)
RELATED_FIELDS = ("crafts", "odop_tags")


def editable_fields() -> list[str]:
    """The model fields an artisan edits, with one column per language for the translated ones."""
    translated = [f"{field}_{code}" for field in TRANSLATED_FIELDS for code in language_codes()]
    return [*translated, *PROFILE_FIELDS, *RELATED_FIELDS]


# A story this short tells a buyer nothing; Lao and Japanese say a lot in 40 characters, English a sentence.
STORY_MIN_LENGTH = 40

SUBMITTABLE = {Producer.Status.DRAFT, Producer.Status.REJECTED}


def _text_in_any_language(producer: Producer, field: str) -> str:
    texts = [(getattr(producer, f"{field}_{code}", None) or "").strip() for code in language_codes()]
    return max(texts, key=len)


def producer_missing(producer: Producer) -> list[str]:
    """What must still be filled in before `producer` can be sent for review, as sentences to show.

    Reads `producer.crafts.all()`, so a page that prefetched the crafts pays no extra query.
    """
    missing = []
    if not _text_in_any_language(producer, "name"):
        missing.append(_("Write the name of your producer."))
    if not producer.district_id:
        missing.append(_("Choose your district."))
    if not producer.pk or not producer.crafts.all():
        missing.append(_("Choose at least one craft."))
    if len(_text_in_any_language(producer, "story")) < STORY_MIN_LENGTH:
        missing.append(
            _("Tell your story in a few sentences (at least %(count)s characters).")
            % {"count": STORY_MIN_LENGTH}
        )
    return missing


def _check_odop_tags(tags: Iterable[OdopTag], district_id: int | None) -> None:
    """ODOP tags belong to a district: a producer carries only the tags of its own district."""
    foreign = [tag for tag in tags if tag.district_id != district_id]
    if foreign:
        raise ValidationError(
            {
                "odop_tags": [
                    ValidationError(
                        _(
                            "“%(tag)s” is an ODOP product of another district. Untick it, or choose that district."
                        ),
                        code="odop_other_district",
                        params={"tag": translated(tag, "name")},
                    )
                    for tag in foreign
                ]
            }
        )


def _apply(producer: Producer, data: Mapping[str, Any]) -> list[str]:
    """Copy the editable fields present in `data` onto `producer`; return the columns that were set."""
    changed = []
    for code in language_codes():
        for field in TRANSLATED_FIELDS:
            name = f"{field}_{code}"
            if name in data:
                # modeltranslation columns are nullable; an emptied box is stored as empty, not NULL.
                setattr(producer, name, data[name] or "")
                changed.append(name)
    for name in PROFILE_FIELDS:
        if name in data:
            setattr(producer, name, data[name])
            changed.append(name)
    if "odop_tags" in data:
        _check_odop_tags(data["odop_tags"] or [], producer.district_id)
    elif "district" in data and producer.pk:
        _check_odop_tags(producer.odop_tags.all(), producer.district_id)
    if not _text_in_any_language(producer, "name"):
        raise ValidationError(_("Write the name of your producer in at least one language."), code="no_name")
    return changed


def _apply_related(producer: Producer, data: Mapping[str, Any]) -> None:
    for name in RELATED_FIELDS:
        if name in data:
            getattr(producer, name).set(data[name] or [])


@transaction.atomic
def producer_create(*, owner: User, data: Mapping[str, Any]) -> Producer:
    """A new producer in draft, owned by `owner`. One producer per person on this side of the site.

    `data` holds editable fields (see `editable_fields`) and may hold `original_language`, the language
    the artisan writes in (the interface language of the page she used).
    """
    if owner.role != User.Role.ARTISAN:
        raise ValidationError(_("Only a maker's account can create a producer."), code="not_artisan")
    # Two taps on "Save" over a slow link arrive as two requests: the lock makes the second one wait
    # and then find the producer the first one created.
    User.objects.select_for_update().filter(pk=owner.pk).exists()
    if ProducerMembership.objects.filter(user=owner).exists():
        raise ValidationError(
            _("You already have a producer. You can edit it from your producer page."), code="has_producer"
        )
    language = data.get("original_language")
    producer = Producer(
        status=Producer.Status.DRAFT,
        original_language=language if language in language_codes() else owner.preferred_language,
    )
    _apply(producer, data)
    if not producer.district_id:
        raise ValidationError({"district": ValidationError(_("Choose your district."), code="required")})
    producer.save()
    _apply_related(producer, data)
    ProducerMembership.objects.create(producer=producer, user=owner, role=ProducerMembership.Role.OWNER)
    return producer


@transaction.atomic
def producer_update(*, producer: Producer, data: Mapping[str, Any]) -> Producer:
    """Save the artisan's changes to the profile. The status stays as it is: an approved producer stays
    public with its new text (moderators see `updated_at`); a draft or a rejected one is sent again with
    `producer_submit`."""
    changed = _apply(producer, data)
    # Only the artisan's columns: a moderator's decision saved meanwhile (status) must not be overwritten.
    # The base columns of translated fields follow their languages, as a full save would.
    producer.save(update_fields=[*changed, *TRANSLATED_FIELDS, "updated_at"])
    _apply_related(producer, data)
    return producer


@transaction.atomic
def producer_submit(*, producer: Producer) -> Producer:
    """Send a draft (or a rejected producer, once changed) to the association: draft/rejected → pending."""
    locked = Producer.objects.select_for_update().get(pk=producer.pk)
    if locked.status == Producer.Status.PENDING:
        raise ValidationError(
            _("Your producer is already waiting for the association's review."), code="pending"
        )
    if locked.status == Producer.Status.APPROVED:
        raise ValidationError(_("Your producer is already visible to buyers."), code="approved")
    if locked.status not in SUBMITTABLE:
        raise ValidationError(
            _("Your producer is hidden by the association. Please contact the association."), code="suspended"
        )
    missing = producer_missing(locked)
    if missing:
        raise ValidationError([ValidationError(text, code="missing") for text in missing])
    locked.status = Producer.Status.PENDING
    locked.save(update_fields=["status", "updated_at"])
    producer.status, producer.updated_at = locked.status, locked.updated_at
    return locked


def _require_owner(producer: Producer, by: User) -> None:
    if not ProducerMembership.objects.filter(
        producer=producer, user=by, role=ProducerMembership.Role.OWNER
    ).exists():
        raise ValidationError(_("Only the owner can add or remove members."), code="not_owner")


@transaction.atomic
def producer_member_add(*, producer: Producer, by: User, login: str) -> ProducerMembership:
    """The owner lets another maker edit the producer, found by the phone number or email she signed up with."""
    # Serialises concurrent additions to the same producer.
    Producer.objects.select_for_update().filter(pk=producer.pk).exists()
    _require_owner(producer, by)
    user = find_user_by_login(login)
    if user is None or not user.is_active:
        raise ValidationError(
            _(
                "No maker's account uses this phone number or email. Ask the person to join Hatthakam "
                "first, then add them here."
            ),
            code="unknown",
        )
    if user.role != User.Role.ARTISAN:
        raise ValidationError(
            _("This is not a maker's account. Only makers can be added to a producer."), code="not_artisan"
        )
    memberships = ProducerMembership.objects.filter(user=user)
    if memberships.filter(producer=producer).exists():
        raise ValidationError(
            _("%(name)s can already edit this producer."), code="already_member", params={"name": user}
        )
    # The artisan's pages work on one producer per person.
    if memberships.exists():
        raise ValidationError(
            _("%(name)s already belongs to another producer."), code="other_producer", params={"name": user}
        )
    try:
        with transaction.atomic():
            return ProducerMembership.objects.create(
                producer=producer, user=user, role=ProducerMembership.Role.MEMBER
            )
    except IntegrityError as error:
        # The checks above raced another request: one membership per person (a database constraint),
        # so the person has just joined this producer or another one.
        if ProducerMembership.objects.filter(user=user, producer=producer).exists():
            raise ValidationError(
                _("%(name)s can already edit this producer."), code="already_member", params={"name": user}
            ) from error
        raise ValidationError(
            _("%(name)s already belongs to another producer."), code="other_producer", params={"name": user}
        ) from error


@transaction.atomic
def producer_member_remove(*, producer: Producer, by: User, membership: ProducerMembership) -> None:
    """The owner takes a member off the producer. The owner herself cannot be removed."""
    Producer.objects.select_for_update().filter(pk=producer.pk).exists()
    _require_owner(producer, by)
    if membership.producer_id != producer.pk:
        raise ValidationError(_("This person is not a member of your producer."), code="not_member")
    if membership.role == ProducerMembership.Role.OWNER:
        raise ValidationError(_("The owner cannot be removed."), code="owner")
    membership.delete()


# --- The moderator's side -----------------------------------------------------------------------------


class ProducerStateError(ValidationError):
    """The decision does not fit the producer's status (e.g. approving one nobody sent for review)."""

    def __str__(self) -> str:
        return str(self.messages[0])


def moderator_check(user: User) -> None:
    if not (user and user.is_authenticated and user.is_moderator):
        raise PermissionDenied("Only moderators decide on producers.")


def _locked_pending(producer: Producer) -> Producer:
    """The producer's row, locked until the transaction ends; refused unless it waits for review.

    The lock makes two moderators deciding at once take turns: the second finds the decision made and
    gets an error instead of sending the makers a second, contradicting notice.
    """
    locked = Producer.objects.select_for_update().get(pk=producer.pk)
    if locked.status != Producer.Status.PENDING:
        raise ProducerStateError(_("This producer is not waiting for review."), code="not_waiting")
    return locked


@transaction.atomic
def producer_approve(*, producer: Producer, by: User) -> Producer:
    """Make a producer waiting for review public (pending → approved) and tell its members."""
    moderator_check(by)
    locked = _locked_pending(producer)
    locked.status = Producer.Status.APPROVED
    locked.rejection_reason = ""
    locked.save(update_fields=["status", "rejection_reason", "updated_at"])
    members_notify(producer=locked, kind=Notice.Kind.PRODUCER_APPROVED)
    return locked


@transaction.atomic
def producer_reject(*, producer: Producer, by: User, reason: str) -> Producer:
    """Send a producer back to its makers with a reason (pending → rejected).

    The reason stays on the producer, where the makers read it on their producer page until they send
    it again; a rejected producer can be edited and sent again (`producer_submit`).
    """
    moderator_check(by)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            _("Write the reason: the maker reads it to know what to change."), code="reason_required"
        )
    locked = _locked_pending(producer)
    locked.status = Producer.Status.REJECTED
    locked.rejection_reason = reason
    locked.save(update_fields=["status", "rejection_reason", "updated_at"])
    members_notify(producer=locked, kind=Notice.Kind.PRODUCER_REJECTED, reason=reason)
    return locked


def members_notify(*, producer: Producer, kind: str, reason: str = "") -> None:
    """Tell every active member of `producer` about a decision, each in their own language.

    An approval links to the public page, anything else to the makers' own producer page.
    """
    subject = {code: text for code in language_codes() if (text := getattr(producer, f"name_{code}") or "")}
    members = User.objects.filter(producer_memberships__producer=producer, is_active=True)
    for user in members:
        with language(user.preferred_language):
            if kind == Notice.Kind.PRODUCER_APPROVED and producer.is_public:
                url = producer.get_absolute_url()
            else:
                url = reverse("my_producer:home")
        notice_send(user=user, kind=kind, subject=subject, reason=reason, url=url)
