"""Notices: tell a person something (a moderator's decision, a buyer's inquiry, a reply) in the app and
by email, in their language.

The notice is stored with the change that causes it; its email goes out after the transaction commits,
so a mail server that is down never loses or undoes anything. A failed email is logged and stays
"pending": `manage.py send_notice_emails` (run every few minutes by cron or a systemd timer) retries it
with growing pauses, and gives up after MAX_EMAIL_ATTEMPTS — the notice itself is always in the app.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q, QuerySet
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils import timezone

from accounts.models import Notice, User
from multilingual.context import language
from multilingual.fields import language_codes

logger = logging.getLogger(__name__)

# Pause after the n-th failed attempt before the next one; after the last, the email is given up.
RETRY_PAUSES = (
    dt.timedelta(minutes=5),
    dt.timedelta(minutes=30),
    dt.timedelta(hours=2),
    dt.timedelta(hours=12),
)
MAX_EMAIL_ATTEMPTS = len(RETRY_PAUSES) + 1


def notice_send(*, user: User, kind: str, subject: dict[str, str], reason: str = "", url: str = "") -> Notice:
    """Store a notice for `user` and, after the transaction commits, email it if they have an email.

    The email never blocks or undoes what caused it: a mail failure is logged and retried later.
    """
    wants_email = bool(user.email and user.is_active)
    notice = Notice.objects.create(
        user=user,
        kind=kind,
        subject=subject,
        reason=reason,
        url=url,
        email_state=Notice.EmailState.PENDING if wants_email else Notice.EmailState.NONE,
    )
    if wants_email:
        transaction.on_commit(lambda: notice_email(notice=notice))
    return notice


def notice_email(*, notice: Notice) -> bool:
    """Send the notice's email now and record the outcome on the notice; True when it went out."""
    user = notice.user
    link = (
        settings.SITE_URL.rstrip("/") + url_in_language(notice.url, user.preferred_language)
        if notice.url
        else ""
    )
    with language(user.preferred_language):
        ctx = {"notice": notice, "user": user, "name": notice.subject_name(), "link": link}
        subject = " ".join(render_to_string("accounts/email/notice_subject.txt", ctx).split())
        text = render_to_string("accounts/email/notice.txt", ctx)
        html = render_to_string("accounts/email/notice.html", ctx)
    message = EmailMultiAlternatives(subject, text, to=[user.email])
    message.attach_alternative(html, "text/html")
    attempts = notice.email_attempts + 1
    now = timezone.now()
    try:
        message.send()
    except Exception:  # any mail failure: the notice stays in the app; the email is retried later
        state = Notice.EmailState.PENDING if attempts < MAX_EMAIL_ATTEMPTS else Notice.EmailState.FAILED
        logger.exception(
            "notice %s: email to user %s failed (attempt %s of %s)",
            notice.pk,
            user.pk,
            attempts,
            MAX_EMAIL_ATTEMPTS,
        )
        sent = False
    else:
        state = Notice.EmailState.SENT
        sent = True
    Notice.objects.filter(pk=notice.pk).update(email_state=state, email_attempts=attempts, email_tried_at=now)
    notice.email_state, notice.email_attempts, notice.email_tried_at = state, attempts, now
    return sent


def url_in_language(url: str, code: str) -> str:
    """`url` (a path under any language prefix) under `code`'s prefix.

    Django's translate_url only resolves a path in the active language, so it is resolved in its own.
    """
    prefix = url.split("/")[1] if url.startswith("/") and url.count("/") > 1 else ""
    with language(prefix if prefix in language_codes() else None):
        return translate_url(url, code)


def notices_due(now: dt.datetime | None = None) -> QuerySet[Notice]:
    """Pending emails whose pause after the last failure is over (or never tried: the commit hook died)."""
    now = now or timezone.now()
    due = Q(email_tried_at__isnull=True)
    for attempts, pause in enumerate(RETRY_PAUSES, start=1):
        due |= Q(email_attempts=attempts, email_tried_at__lte=now - pause)
    return (
        Notice.objects.filter(email_state=Notice.EmailState.PENDING)
        .filter(due)
        .select_related("user")
        .order_by("created_at")
    )


def notices_email_due(*, now: dt.datetime | None = None, limit: int = 200) -> tuple[int, int]:
    """Send the emails that are due; returns (sent, failed)."""
    sent = failed = 0
    for notice in notices_due(now)[:limit]:
        if not (notice.user.email and notice.user.is_active):
            Notice.objects.filter(pk=notice.pk).update(email_state=Notice.EmailState.NONE)
            continue
        if notice_email(notice=notice):
            sent += 1
        else:
            failed += 1
    return sent, failed
