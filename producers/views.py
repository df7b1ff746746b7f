"""Public producer and district pages: approved producers only; anything else is a 404."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language

from catalogue.filters import buyer_rate
from catalogue.views import product_cards
from producers.models import Craft, District, Producer

PAGE_SIZE = 24
# Verified makers first, then the newest. Not by name: names are in three scripts, and a name missing in
# the page's language would sort as empty.
DIRECTORY_ORDER = (F("verified_at").desc(nulls_last=True), "-created_at", "-pk")


def producer_list(request: HttpRequest) -> HttpResponse:
    producers = Producer.objects.public().select_related("district").prefetch_related("crafts")
    producers = producers.order_by(*DIRECTORY_ORDER)
    craft = None
    if slug := request.GET.get("craft"):
        craft = get_object_or_404(Craft, slug=slug)
        producers = producers.filter(crafts=craft)
    page = Paginator(producers, PAGE_SIZE).get_page(request.GET.get("page"))
    ctx = {"page": page, "producers": page.object_list, "craft": craft}
    return render(request, "producers/producer_list.html", ctx)


def producer_detail(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    producer = get_object_or_404(
        Producer.objects.public()
        .select_related("district", "district__province")
        .prefetch_related("crafts", "odop_tags"),
        pk=pk,
    )
    if slug != producer.slug:
        return redirect(producer, permanent=True)
    products = product_cards().filter(producer=producer)
    page = Paginator(products, PAGE_SIZE).get_page(request.GET.get("page"))
    ctx = {
        "producer": producer,
        "page": page,
        "products": page.object_list,
        "card_rate": buyer_rate(get_language()),
    }
    return render(request, "producers/producer_detail.html", ctx)


def district_detail(request: HttpRequest, slug: str) -> HttpResponse:
    district = get_object_or_404(
        District.objects.select_related("province").prefetch_related("odop_tags"), slug=slug
    )
    producers = (
        Producer.objects.public()
        .filter(district=district)
        .select_related("district")
        .prefetch_related("crafts")
        .order_by(*DIRECTORY_ORDER)
    )
    ctx = {"district": district, "producers": producers}
    return render(request, "producers/district_detail.html", ctx)
