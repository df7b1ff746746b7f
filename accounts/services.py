"""Writes that touch accounts: new artisans and buyers, email confirmation, settings, and the moderators'
group and its permissions.

A buyer's email address is confirmed by a link we email her (accounts/tokens.py). The email goes out after
the transaction commits and a mail server that is down is logged, never an error page: she can ask for the
link again from her account page. Confirming sends `accounts.signals.email_confirmed`, which orders listens
to (it delivers the inquiries she sent meanwhile) — accounts never imports orders.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts import lockout
from accounts.models import BuyerProfile, User
from accounts.signals import email_confirmed
from accounts.tokens import MAX_AGE, email_confirmation_token, email_confirmation_user
from multilingual.context import language
from multilingual.fields import language_codes

logger = logging.getLogger(__name__)

# New confirmation links a person may ask for in an hour: enough for a slow mailbox, too few to flood one.
CONFIRMATION_RESEND_MAX_PER_HOUR = 3
CONFIRMATION_RESEND_WINDOW_SECONDS = 60 * 60

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


def buyer_signup(
    *,
    full_name: str,
    email: str,
    password: str,
    language: str | None,
    company: str,
    business_type: str,
    country: str,
    city: str = "",
    website: str = "",
) -> User:
    """Create a buyer's account and her company profile together, then email her a confirmation link.

    `language` is the one she chose (the page's by default), English when it is none of ours. Raises
    IntegrityError when the email was taken meanwhile (two sign-ups at the same moment).
    """
    if language not in language_codes():
        language = "en"
    with transaction.atomic():
        user = User.objects.create_user(
            email=email,
            password=password,
            full_name=full_name,
            role=User.Role.BUYER,
            preferred_language=language,
        )
        BuyerProfile.objects.create(
            user=user,
            company=company,
            business_type=business_type,
            country=country,
            city=city,
            website=website,
        )
        # Only once the account exists for everyone: an early click on the link must find it.
        transaction.on_commit(lambda: email_confirmation_send(user))
    return user


def email_confirmation_send(user: User) -> bool:
    """Email `user` a link that confirms her current address, in her language; True when it went out.

    Sends at once: inside a transaction, call it from `transaction.on_commit`. A mail failure is logged
    and returns False; it never raises (she can ask for the link again).
    """
    if not (user.email and user.is_active):
        return False
    with language(user.preferred_language):
        path = reverse("accounts:confirm_email", kwargs={"token": email_confirmation_token(user)})
        ctx = {"user": user, "link": settings.SITE_URL.rstrip("/") + path, "days": MAX_AGE.days}
        subject = " ".join(render_to_string("accounts/email/confirm_email_subject.txt", ctx).split())
        text = render_to_string("accounts/email/confirm_email.txt", ctx)
        html = render_to_string("accounts/email/confirm_email.html", ctx)
    message = EmailMultiAlternatives(subject, text, to=[user.email])
    message.attach_alternative(html, "text/html")
    try:
        message.send()
    except Exception:  # any mail failure: logged, and the person can ask for a new link
        logger.exception("email confirmation: email to user %s failed", user.pk)
        return False
    return True


def email_confirmation_resend_allowed(user: User) -> bool:
    """Count a request for a new link; False once `user` asked too often this hour."""
    key = f"confirm:resend:{lockout.digest(str(user.pk))}"
    return lockout.counter_incr(key, CONFIRMATION_RESEND_WINDOW_SECONDS) <= CONFIRMATION_RESEND_MAX_PER_HOUR


def email_confirm(token: str) -> User:
    """Confirm the address a link was sent to; returns its account. Raises accounts.tokens.BadToken.

    The first confirmation sets `email_confirmed_at` and sends `email_confirmed` in the same transaction:
    if a receiver fails, nothing is confirmed and the link still works. A link followed again (or twice at
    the same moment: the update is conditional) confirms nothing more and sends no second signal.
    """
    user = email_confirmation_user(token)
    with transaction.atomic():
        now = timezone.now()
        first = User.objects.filter(pk=user.pk, email=user.email, email_confirmed_at__isnull=True).update(
            email_confirmed_at=now
        )
        if first:
            user.email_confirmed_at = now
            email_confirmed.send(sender=User, user=user)
        else:
            user.refresh_from_db(fields=["email_confirmed_at"])
    return user


def account_settings_save(*, user: User, previous_email: str | None) -> bool:
    """Save the settings form's changes to `user`; returns True when her email changed.

    A new address is not confirmed: `email_confirmed_at` is cleared (until then a buyer's new inquiries
    are held again) and a link goes to the new address after the commit.
    """
    email_changed = bool(user.email) and user.email != previous_email
    if user.email != previous_email:
        user.email_confirmed_at = None
    with transaction.atomic():
        user.save()
        if email_changed:
            transaction.on_commit(lambda: email_confirmation_send(user))
    return email_changed
