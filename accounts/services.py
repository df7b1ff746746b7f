"""Writes that touch accounts: new artisans, and the moderators' group and its permissions."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from accounts.models import User
from multilingual.fields import language_codes

MODERATORS_GROUP = "Moderators"
# What a moderator of the association manages in the back-office: everything but users' passwords
# and Django's own tables.
MODERATED_APPS = ("producers", "catalogue", "orders")


def moderators_group_sync(sender=None, **kwargs) -> Group | None:
    """Create the moderators' group and give it every permission of the moderated apps."""
    if sender is not None and getattr(sender, "label", None) != "orders":
        # Run once, after the last of our apps has migrated and its permissions exist.
        return None
    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    permissions = Permission.objects.filter(content_type__app_label__in=MODERATED_APPS)
    view_users = Permission.objects.filter(
        content_type__app_label="accounts", codename__in=["view_user", "view_buyerprofile", "change_user"]
    )
    group.permissions.set([*permissions, *view_users])
    return group


def artisan_signup(
    *, full_name: str, email: str | None, phone: str | None, password: str, language: str | None
) -> User:
    """Create an artisan's account; `language` is the page's language, Lao when it is none of ours.

    Raises IntegrityError when the email or phone was taken meanwhile (two sign-ups at the same moment).
    """
    if language not in language_codes():
        language = "lo"
    with transaction.atomic():
        return User.objects.create_user(
            email=email,
            phone=phone,
            password=password,
            full_name=full_name,
            role=User.Role.ARTISAN,
            preferred_language=language,
        )
