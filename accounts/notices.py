"""Notices: tell a person about a moderator's decision, in the app and by email, in their language."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import translate_url

from accounts.models import Notice, User
from multilingual.context import language

logger = logging.getLogger(__name__)


def notice_send(*, user: User, kind: str, subject: dict[str, str], reason: str = "", url: str = "") -> Notice:
    """Store a notice for `user` and, after the transaction commits, email it if they have an email.

    The email never blocks or undoes the decision: a mail failure is logged, the notice stays in the app.
    """
    notice = Notice.objects.create(user=user, kind=kind, subject=subject, reason=reason, url=url)
    if user.email and user.is_active:
        transaction.on_commit(lambda: notice_email(notice=notice))
    return notice


def notice_email(*, notice: Notice) -> bool:
    user = notice.user
    with language(user.preferred_language):
        link = (
            settings.SITE_URL.rstrip("/") + translate_url(notice.url, user.preferred_language)
            if notice.url
            else ""
        )
        ctx = {"notice": notice, "user": user, "name": notice.subject_name(), "link": link}
        subject = " ".join(render_to_string("accounts/email/notice_subject.txt", ctx).split())
        text = render_to_string("accounts/email/notice.txt", ctx)
        html = render_to_string("accounts/email/notice.html", ctx)
    message = EmailMultiAlternatives(subject, text, to=[user.email])
    message.attach_alternative(html, "text/html")
    try:
        message.send()
    except Exception:  # any mail failure: keep the decision, log it; the app still shows the notice
        logger.exception("notice email to user %s failed", user.pk)
        return False
    return True
