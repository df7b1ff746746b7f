"""A person's notices: decisions of the association about their producer and products."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

NOTICES_SHOWN = 50


@login_required
def notice_list(request: HttpRequest) -> HttpResponse:
    notices = list(request.user.notices.all()[:NOTICES_SHOWN])
    unread_ids = [notice.pk for notice in notices if notice.read_at is None]
    ctx = {"notices": notices, "unread_ids": set(unread_ids)}
    response = render(request, "accounts/notice_list.html", ctx)
    if unread_ids:
        # Read once shown: the list itself still marks them as new this time.
        request.user.notices.filter(pk__in=unread_ids).update(read_at=timezone.now())
    return response
