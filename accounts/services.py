"""Writes that touch accounts: the moderators' group and its permissions."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission

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
