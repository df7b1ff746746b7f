"""Root URLs: every page under a language prefix (/lo/, /en/, /ja/); the admin and API outside."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.i18n import set_language
from django.views.static import serve

from catalogue.sitemaps import SITEMAPS
from catalogue.views_seo import robots_txt

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/setlang/", set_language, name="set_language"),
    path("robots.txt", robots_txt, name="robots"),
    # An index of the sections, each split into pages by Django when it grows (catalogue/sitemaps.py).
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
]

urlpatterns += i18n_patterns(
    path("", include("catalogue.urls_home")),
    path("products/", include("catalogue.urls")),
    path("producers/", include("producers.urls")),
    path("accounts/", include("accounts.urls")),
    path("my/producer/", include("producers.urls_my")),
    path("my/products/", include("catalogue.urls_my")),
    path("my/inquiries/", include("orders.urls_my")),
    path("", include("orders.urls")),
    prefix_default_language=True,
)

if settings.SERVE_MEDIA:
    urlpatterns += [
        path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})
    ]
