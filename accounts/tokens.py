"""The token in the link that confirms an email address: /<lang>/accounts/confirm/<token>/.

Signed (django.core.signing, its own salt) and dated: it carries the person's pk and a keyed digest of the
address it was sent to, so it confirms that address only — once she changes her email, a link sent to the
old one no longer confirms anything. The digest, not the address, is in the link: a URL ends up in logs
and browser histories, an email address is personal data.
"""

from __future__ import annotations

import datetime as dt

from django.core import signing
from django.utils.crypto import salted_hmac

from accounts.models import User

SALT = "accounts.email_confirmation"
MAX_AGE = dt.timedelta(days=7)


class BadToken(Exception):
    """The link is tampered with, older than MAX_AGE, or for another address or account."""


def _email_digest(email: str) -> str:
    return salted_hmac(SALT, email.lower()).hexdigest()[:24]


def email_confirmation_token(user: User) -> str:
    """A token that confirms `user`'s current email address within MAX_AGE."""
    if not user.email:
        raise ValueError("Only an account with an email address can confirm it.")
    return signing.dumps({"u": user.pk, "e": _email_digest(user.email)}, salt=SALT, compress=True)


def email_confirmation_user(token: str) -> User:
    """The active account whose current email address `token` confirms; raises BadToken otherwise."""
    try:
        payload = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature as error:  # SignatureExpired is a BadSignature too
        raise BadToken from error
    try:
        user = User.objects.get(pk=payload["u"], is_active=True)
    except (User.DoesNotExist, KeyError, TypeError, ValueError) as error:
        raise BadToken from error
    if not user.email or _email_digest(user.email) != payload.get("e"):
        raise BadToken
    return user
