"""Retry the notice emails that failed (and any whose after-commit send never ran).

Run every few minutes, e.g. from cron: `*/5 * * * * cd /srv/hatthakam && .venv/bin/python manage.py
send_notice_emails`. Safe to run twice at once only in the sense that an email may go out twice; run it
from one place.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from accounts.notices import notices_email_due


class Command(BaseCommand):
    help = "Send the notice emails that are due (retries after a failure, with growing pauses)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--limit", type=int, default=200, help="at most this many emails per run")

    def handle(self, *args, limit: int, **options) -> None:
        sent, failed = notices_email_due(limit=limit)
        self.stdout.write(f"notice emails: {sent} sent, {failed} failed")
