"""The sitemap: every public page in each language with its alternates (config/urls.py serves it).

/sitemap.xml is an index of the sections in SITEMAPS; a section longer than `limit` entries (an entry is
one page in one language) is split into ?p=2, ?p=3, … and the index lists each part. Only what the
public may see is listed: Product.objects.published() and Producer.objects.public().
"""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Max, Q, QuerySet
from django.urls import reverse
from django.utils.translation import get_language

from catalogue.models import Product
from producers.models import District, Producer


class InLanguages(Sequence):
    """The (object, language) pairs of a queryset, every object in every language, fetched one page at a
    time.

    Django's i18n sitemap lists the pairs of all objects in memory for every part it serves, and again
    to count the parts for the index: at 10,000 products the index took 300 ms. This counts with
    COUNT(*) and reads only the objects of the part asked for.
    """

    def __init__(self, objects: QuerySet, languages: list[str]) -> None:
        self.objects = objects
        self.languages = languages
        self.total: int | None = None

    def __len__(self) -> int:
        if self.total is None:
            self.total = self.objects.count() * len(self.languages)
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice):
            position = index + len(self) if index < 0 else index
            if not 0 <= position < len(self):
                raise IndexError(index)
            return self[position : position + 1][0]
        start, stop, _step = index.indices(len(self))
        per_object = len(self.languages)
        first = start // per_object
        objects = self.objects[first : -(-stop // per_object)]
        pairs = [(obj, language) for obj in objects for language in self.languages]
        return pairs[start - first * per_object : stop - first * per_object]


class I18nSitemap(Sitemap):
    """Each page once per language, with its alternates and an x-default.

    Django's x-default is the address without a language prefix, which redirects by the browser's
    language; the pages' <head> (catalogue/templatetags/seo.py) names the default language's page, and a
    search engine must read the same alternates in both places, so the sitemap says that too.
    """

    i18n = True
    alternates = True
    x_default = True
    # Every part stays quick to build (about 0.5 s on SQLite): 3,000 entries are 1,000 objects in three
    # languages. Django splits a longer section and the index lists each part.
    limit = 3_000

    def __init__(self) -> None:
        self.addresses: dict[tuple, str] = {}

    def location(self, item) -> str:
        # Django asks for each address five times an entry (the entry, its three alternates, x-default),
        # and the three entries of an object share their alternates: reverse() once per language.
        key = (item, get_language())
        if key not in self.addresses:
            self.addresses[key] = self.address(item)
        return self.addresses[key]

    def address(self, item) -> str:
        """The page of `item` in the active language."""
        return item.get_absolute_url()

    @property
    def paginator(self) -> Paginator:
        items = self.items()
        if not isinstance(items, QuerySet):
            return super().paginator
        languages = self.languages or [code for code, _name in settings.LANGUAGES]
        return Paginator(InLanguages(items, languages), self.limit)

    def get_urls(self, page=1, site=None, protocol=None) -> list[dict]:
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            by_language = {alternate["lang_code"]: alternate for alternate in url["alternates"]}
            if "x-default" in by_language and settings.LANGUAGE_CODE in by_language:
                by_language["x-default"]["location"] = by_language[settings.LANGUAGE_CODE]["location"]
        return urls


class ProducerSitemap(I18nSitemap):
    """Approved producers (never suspended, pending or drafts: Producer.objects.public())."""

    def items(self) -> QuerySet[Producer]:
        return Producer.objects.public().only("pk", "slug", "updated_at").order_by("pk")

    def lastmod(self, producer: Producer):
        return producer.updated_at

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class DistrictSitemap(I18nSitemap):
    """Every district page: each shows its ODOP products, and its makers once there are some."""

    def items(self) -> QuerySet[District]:
        # A district page changes when one of its public producers does; without any, nobody knows when.
        public = Q(producers__status=Producer.Status.APPROVED)
        return District.objects.annotate(lastmod=Max("producers__updated_at", filter=public)).order_by("code")

    def lastmod(self, district: District):
        return district.lastmod


class PageSitemap(I18nSitemap):
    """The pages that are not one object: home and the two directories."""

    def items(self) -> list[str]:
        return ["home", "catalogue:list", "producers:list"]

    def address(self, name: str) -> str:
        return reverse(name)


class ProductSitemap(I18nSitemap):
    """Published products of approved producers (Product.objects.published()), nothing else."""

    def items(self) -> QuerySet[Product]:
        return Product.objects.published().only("pk", "slug", "updated_at").order_by("pk")

    def lastmod(self, product: Product):
        return product.updated_at

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


SITEMAPS = {
    "pages": PageSitemap,
    "products": ProductSitemap,
    "producers": ProducerSitemap,
    "districts": DistrictSitemap,
}
