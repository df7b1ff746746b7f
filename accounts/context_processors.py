"""What every page's header needs to know about the signed-in person."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject


def notices(request: HttpRequest) -> dict:
    """`unread_notices`: how many notices the person has not opened yet.

    Lazy: the count (one indexed query) runs only when a template shows it, which base.html does for
    signed-in people; anonymous visitors never cost a query.
    """
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread_notices": 0}
    return {"unread_notices": SimpleLazyObject(lambda: user.notices.unread().count())}
