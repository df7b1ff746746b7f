"""The public catalogue: home, product list and product pages. Only public products are ever shown.

Query budgets (DESIGN.md §7): the list costs 3 queries once its filter options are cached (4 is the
budget) and the product page 6, whatever the number of products and photos; tests/test_public_pages.py
and tests/test_catalogue_filters.py pin them.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language

from catalogue.filters import ProductFilterForm, buyer_rate, filter_options, list_query, url_without
from catalogue.models import Category, ExchangeRate, Photo, Product
from multilingual.fields import language_codes
from producers.models import Craft, District, Producer

PAGE_SIZE = 24
# The currencies a Japanese buyer reads an approximate price in, in this order.
APPROXIMATE_CURRENCIES = ("JPY", "USD")


def cover_photos(*, public: bool = True) -> Prefetch:
    """Prefetch the photos of each product in order; the first is the cover (one query for a page).

    Public pages get only the photos buyers may see: a photo added to a published product waits for a
    moderator. The maker's own pages ask for all of them (`public=False`).
    """
    photos = Photo.objects.order_by("position", "id")
    return Prefetch("photos", queryset=photos.public() if public else photos)


def card_fields() -> list[str]:
    """The columns a product card reads (catalogue/templatetags/catalogue.py, product_card) and the
    heading of a maker's group on the shortlist: title, slug, price, minimum order; the maker's name and
    slug (for its link); the district's name. A column missing here costs a query per card: the query
    counts of tests/test_public_pages.py and tests/test_inquiry_pages.py catch it."""
    codes = language_codes()
    return [
        "slug",
        "original_language",
        "price_lak",
        "min_order_qty",
        "published_at",
        *(f"title_{code}" for code in codes),
        "producer",
        "producer__slug",
        "producer__original_language",
        *(f"producer__name_{code}" for code in codes),
        "producer__district",
        *(f"producer__district__name_{code}" for code in codes),
    ]


def product_cards() -> QuerySet[Product]:
    """Public products with what a product card shows: maker, district and photos.

    Only the card's columns are loaded: a product row holds its descriptions and specifications in three
    languages, and building 24 whole products with their makers cost a quarter of the list's time.
    """
    return (
        Product.objects.published()
        .select_related("producer", "producer__district")
        .only(*card_fields())
        .prefetch_related(cover_photos())
        .order_by("-published_at", "-id")
    )


def home(request: HttpRequest) -> HttpResponse:
    ctx = {
        "categories": Category.objects.top_level_with_counts(),
        "crafts": Craft.objects.all(),
        "districts": District.objects.filter(province__code=6).prefetch_related("odop_tags"),
        "recent_products": product_cards()[:8],
        "verified_producers": Producer.objects.public()
        .filter(verified_at__isnull=False)
        .select_related("district")
        .order_by("-verified_at")[:6],
        "new_producers": Producer.objects.public()
        .select_related("district")
        .order_by("-created_at", "-id")[:6],
        "card_rate": buyer_rate(get_language()),
    }
    return render(request, "catalogue/home.html", ctx)


def product_list(request: HttpRequest) -> HttpResponse:
    """Public products, narrowed by the filters of catalogue/filters.py and sorted as the buyer asks.

    Three queries when the filter options are cached (the count, the page, its photos), whatever the
    filters and the page size; the options cost their own few queries once every few minutes.
    """
    options = filter_options()
    form = ProductFilterForm(request.GET, options=options, language=get_language())
    page = Paginator(form.filter(product_cards()), PAGE_SIZE).get_page(request.GET.get("page"))
    query = list_query(request.GET)
    category = form.selected_category
    top = category and options.top_of(category)
    chips = form.chips(request.path, query)
    ctx = {
        "page": page,
        "products": page.object_list,
        "form": form,
        "chips": chips,
        "list_query": query,
        "clear_url": url_without(request.path, query, *(name for name in query if name != "sort")),
        "category": category,
        "categories": options.top_categories,
        "subcategories": options.children(top) if top else [],
        "top_category": top,
        # Each card also shows its price in the buyer's currency, at the association's rate (cached).
        "card_rate": options.rates.get(form.currency) if form.currency != "LAK" else None,
    }
    return render(request, "catalogue/product_list.html", ctx, status=404 if form.names_missing_page else 200)


def product_detail(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    product = get_object_or_404(
        Product.objects.published()
        .select_related("producer", "producer__district", "category", "category__parent")
        .prefetch_related(cover_photos(), "materials"),
        pk=pk,
    )
    if slug != (product.slug or "-"):
        # Looked up by pk: a stale or foreign-script slug still finds the page, at its canonical URL.
        return redirect(product, permanent=True)
    rates = ExchangeRate.objects.latest_by_currency(on=timezone.localdate())
    approximate_prices = [
        (rate.currency, rate.convert_from_lak(product.price_lak), rate.date)
        for code in APPROXIMATE_CURRENCIES
        if (rate := rates.get(code))
    ]
    ctx = {
        "product": product,
        "photos": list(product.photos.all()),
        "approximate_prices": approximate_prices,
        "more_from_maker": product_cards().filter(producer=product.producer).exclude(pk=product.pk)[:4],
        "card_rate": buyer_rate(get_language(), rates),
    }
    return render(request, "catalogue/product_detail.html", ctx)
