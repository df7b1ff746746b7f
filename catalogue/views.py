"""The public catalogue: home, product list and product pages. Only public products are ever shown."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from catalogue.models import Category, ExchangeRate, Photo, Product
from producers.models import Craft, District, Producer

PAGE_SIZE = 24


def cover_photos() -> Prefetch:
    """Prefetch the photos of each product in order; the first is the cover (one query for a page)."""
    return Prefetch("photos", queryset=Photo.objects.order_by("position", "id"))


def product_cards():
    return (
        Product.objects.published()
        .select_related("producer", "producer__district", "category")
        .prefetch_related(cover_photos())
    )


def home(request: HttpRequest) -> HttpResponse:
    public_products = Product.objects.published()
    ctx = {
        "categories": Category.objects.filter(parent__isnull=True).annotate(
            product_count=Count("children__products", filter=Q(children__products__in=public_products))
        ),
        "crafts": Craft.objects.all(),
        "districts": District.objects.filter(province__code=6).prefetch_related("odop_tags"),
        "recent_products": product_cards().order_by("-published_at", "-id")[:8],
        "verified_producers": Producer.objects.public()
        .filter(verified_at__isnull=False)
        .select_related("district")
        .order_by("-verified_at")[:6],
    }
    return render(request, "catalogue/home.html", ctx)


def product_list(request: HttpRequest) -> HttpResponse:
    products = product_cards()
    category = None
    if slug := request.GET.get("category"):
        category = Category.objects.filter(slug=slug).first()
        if category is not None:
            products = products.filter(Q(category=category) | Q(category__parent=category))
    products = products.order_by("-published_at", "-id")
    page = Paginator(products, PAGE_SIZE).get_page(request.GET.get("page"))
    ctx = {
        "page": page,
        "products": page.object_list,
        "category": category,
        "categories": Category.objects.filter(parent__isnull=True),
    }
    return render(request, "catalogue/product_list.html", ctx)


def product_detail(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    product = get_object_or_404(
        Product.objects.published()
        .select_related("producer", "producer__district", "category", "category__parent")
        .prefetch_related(cover_photos(), "materials"),
        pk=pk,
    )
    if slug != product.slug:
        # Looked up by pk: a stale or foreign-script slug still finds the page, at its canonical URL.
        return redirect(product, permanent=True)
    rates = ExchangeRate.objects.latest_by_currency(on=timezone.localdate())
    approximate_prices = [
        (rate.currency, rate.convert_from_lak(product.price_lak), rate.date)
        for code in ("JPY", "USD")
        if (rate := rates.get(code))
    ]
    ctx = {
        "product": product,
        "photos": list(product.photos.all()),
        "approximate_prices": approximate_prices,
        "more_from_maker": product_cards()
        .filter(producer=product.producer)
        .exclude(pk=product.pk)
        .order_by("-published_at")[:4],
    }
    return render(request, "catalogue/product_detail.html", ctx)


def not_public(message: str = "") -> Http404:
    return Http404(message)
