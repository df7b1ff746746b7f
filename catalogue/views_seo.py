"""robots.txt: crawl the catalogue, leave people's own pages alone, and find the sitemap."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

# The areas under each language prefix that belong to one signed-in person (config/urls.py): nothing
# there is for a search engine, and crawling them only costs redirects to the login page.
PRIVATE_AREAS = ("my", "accounts", "inquiries", "shortlist")
# Outside the language prefixes: the back-office, the language switch (a POST) and the future API.
PRIVATE_ROOTS = ("/admin/", "/i18n/", "/api/")


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *"]
    lines += [f"Disallow: {root}" for root in PRIVATE_ROOTS]
    lines += [f"Disallow: /{code}/{area}/" for code, _name in settings.LANGUAGES for area in PRIVATE_AREAS]
    # Last: crawlers that take the first matching line (not the longest) still skip the areas above.
    lines += ["Allow: /", "", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
