#!/usr/bin/env python3
"""Server time, SQL queries and bytes of the public pages at a realistic catalogue size.

    .venv/bin/python bench/pages.py [--products 10000] [--requests 200]

Uses DATABASE_URL when set, otherwise an SQLite file in /tmp (kept between runs, so the catalogue is
built once). Requests go through Django's full stack in-process (middleware, templates, database), as
gunicorn would run them, with DEBUG off. Prints one line per page and ends with one JSON line.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/hatthakam-bench.sqlite3")
os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-not-for-production-0123456789abcdef")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("STATIC_ROOT", "/tmp/hatthakam-bench-static")
os.environ.setdefault("MEDIA_ROOT", "/tmp/hatthakam-bench-media")
os.environ["DEBUG"] = ""

import django  # noqa: E402

django.setup()

from django.core.files.base import ContentFile  # noqa: E402
from django.core.files.storage import default_storage  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.utils import timezone, translation  # noqa: E402
from PIL import Image  # noqa: E402

from catalogue.models import Category, ExchangeRate, Photo, Product  # noqa: E402
from producers.models import District, Producer  # noqa: E402

# The product list with filters combined as a buyer would: a price in yen and a minimum order, by price;
# a price in kip, by price downwards, further down; district, minimum order and lead time, by lead time;
# a keyword (a full scan until the search index replaces it) in a category; category and district, by
# minimum order.
LIST_WITH_FILTERS = [
    "/ja/products/?price_max=2400&moq_max=20&sort=price",
    "/ja/products/?cur=LAK&price_min=355000&samples=&sort=-price&page=5",
    "/lo/products/?district=luang-prabang&moq_max=20&lead_max=30&sort=lead&page=3",
    "/ja/products/?q=scarf+12&category=bench-scarves&lead_max=45",
    "/en/products/?category=bench-scarves&district=luang-prabang&moq_max=50&sort=moq",
]


def build_catalogue(target: int) -> None:
    """Add products (with one photo row each, sharing one file) until there are `target` published."""
    call_command("migrate", verbosity=0)
    # Production serves hashed, compressed static files: build them as a deployment would.
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("compiletranslations", verbosity=0)
    # The list's price filter reads yen at the association's rate.
    ExchangeRate.objects.get_or_create(currency="JPY", date="2026-01-01", defaults={"rate_to_lak": "150"})
    existing = Product.objects.published().count()
    if existing >= target:
        return
    district = District.objects.get(code=601)
    producers = [
        Producer.objects.get_or_create(
            name_en=f"Bench weavers {i}",
            defaults={
                "name": f"Bench weavers {i}",
                "name_lo": f"ກຸ່ມທໍຜ້າ {i}",
                "district": district,
                "status": "approved",
            },
        )[0]
        for i in range(50)
    ]
    category, _ = Category.objects.get_or_create(
        slug="bench-scarves", defaults={"name": "Scarves", "name_en": "Scarves"}
    )
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (120, 60, 90)).save(buffer, "JPEG", quality=70)
    shared_name = default_storage.save("bench/cover.jpg", ContentFile(buffer.getvalue()))
    now = timezone.now()
    batch: list[Product] = []
    for n in range(existing, target):
        batch.append(
            Product(
                producer=producers[n % len(producers)],
                category=category,
                title=f"Silk scarf {n}",
                title_en=f"Indigo silk scarf {n}",
                title_lo=f"ຜ້າພັນຄໍໄໝ {n}",
                title_ja=f"藍染めシルクスカーフ {n}",
                description_en="Hand-woven silk, natural indigo.",
                slug=f"indigo-silk-scarf-{n}",
                original_language="lo",
                price_lak=350_000 + n,
                min_order_qty=10,
                lead_time_days=30,
                status="published",
                published_at=now - timezone.timedelta(minutes=n),
            )
        )
        if len(batch) == 1000:
            Product.objects.bulk_create(batch)
            batch.clear()
    Product.objects.bulk_create(batch)
    Photo.objects.bulk_create(
        Photo(product=p, image=shared_name, position=0, width=800, height=600, alt_text_en="Scarf")
        for p in Product.objects.filter(photos__isnull=True).only("id")
    )


def analyse() -> None:
    """Refresh the planner's statistics, as autovacuum would after a bulk load (else PostgreSQL plans
    for an empty table: 70 ms instead of 5 ms for the list's count)."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def measure(client: Client, path: str, requests: int) -> dict:
    for _ in range(5):
        client.get(path)
    timings = []
    for _ in range(requests):
        start = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - start) * 1000)
    assert response.status_code == 200, (path, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    timings.sort()
    return {
        "path": path,
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 2),
        "queries": len(queries),
        "html_bytes": len(response.content),
        "html_gzip_bytes": len(gzip.compress(response.content, 6)),
    }


def report(result: dict) -> dict:
    print(
        f"{result['path']:<48} p50 {result['p50_ms']:>6} ms  p95 {result['p95_ms']:>6} ms  "
        f"{result['queries']} queries  {result['html_gzip_bytes']} B gzip"
    )
    return result


def artisan_pages(producer: Producer, requests: int) -> list[dict]:
    """The maker's own pages, signed in as the owner of a producer with hundreds of products."""
    from accounts.models import User
    from accounts.notices import notice_send
    from producers.models import ProducerMembership

    owner, created = User.objects.get_or_create(
        phone="+8562099990001",
        defaults={"role": User.Role.ARTISAN, "full_name": "ນາງ ທົດສອບ", "preferred_language": "lo"},
    )
    if created:
        ProducerMembership.objects.create(producer=producer, user=owner, role=ProducerMembership.Role.OWNER)
        for _ in range(30):
            notice_send(user=owner, kind="product_approved", subject={"lo": "ຜ້າພັນຄໍໄໝ"})
    product = Product.objects.of_producer(producer).order_by("-updated_at").first()
    client = Client()
    client.force_login(owner)
    paths = [
        "/lo/my/products/",
        f"/lo/my/products/{product.pk}/",
        f"/lo/my/products/{product.pk}/photos/",
        "/lo/my/producer/",
        "/lo/accounts/notices/",
    ]
    print(f"artisan pages ({Product.objects.of_producer(producer).count()} products of one producer)")
    with override_settings(DEBUG=False):
        results = [report(measure(client, path, requests)) for path in paths]
    return results


def inquiry_pages(producer: Producer, requests: int, inquiries: int = 300, messages: int = 40) -> list[dict]:
    """The conversation's pages with a busy buyer and a busy maker: `inquiries` threads between them
    (three products each), one of them `messages` long, and a shortlist of 100 products."""
    from accounts.models import User
    from orders.models import Inquiry, InquiryItem, Message, ShortlistItem

    buyer, created = User.objects.get_or_create(
        email="bench-buyer@example.jp",
        defaults={
            "role": User.Role.BUYER,
            "full_name": "佐藤 ベンチ",
            "preferred_language": "ja",
            "email_confirmed_at": timezone.now(),
        },
    )
    owner = producer.memberships.get(role="owner").user
    products = list(Product.objects.of_producer(producer).published().order_by("pk")[:3])
    if created:
        now = timezone.now()
        threads = Inquiry.objects.bulk_create(
            Inquiry(
                buyer=buyer,
                producer=producer,
                subject="藍染めシルクスカーフ",
                language="ja",
                status=Inquiry.Status.ANSWERED if n % 2 else Inquiry.Status.NEW,
                delivered_at=now,
                buyer_wrote_at=now,
                last_message_at=now - timezone.timedelta(minutes=n),
            )
            for n in range(inquiries)
        )
        InquiryItem.objects.bulk_create(
            InquiryItem(inquiry=inquiry, product=product, quantity=30)
            for inquiry in threads
            for product in products
        )
        Message.objects.bulk_create(
            Message(inquiry=inquiry, author=buyer, body="30枚のお見積もりをお願いします。", language="ja")
            for inquiry in threads
        )
        Message.objects.bulk_create(
            Message(
                inquiry=threads[0],
                author=owner if n % 2 else buyer,
                from_buyer=not n % 2,
                body="ໄດ້, ເຮັດໄດ້ 30 ຜືນ ພາຍໃນ 45 ມື້." if n % 2 else "サンプルの送料はいくらですか。",
                language="lo" if n % 2 else "ja",
            )
            for n in range(messages - 1)
        )
        ShortlistItem.objects.bulk_create(
            ShortlistItem(user=buyer, product=product)
            for product in Product.objects.published().order_by("-published_at")[:100]
        )
    busiest = Inquiry.objects.filter(buyer=buyer).order_by("-last_message_at").first()
    item_query = "&".join(f"product={product.pk}" for product in products)
    buyer_client, maker_client = Client(), Client()
    buyer_client.force_login(buyer)
    maker_client.force_login(owner)
    pages = [
        (buyer_client, "/ja/inquiries/"),
        (buyer_client, f"/ja/inquiries/{busiest.pk}/"),
        (buyer_client, f"/ja/inquiries/new/?{item_query}"),
        (buyer_client, "/ja/shortlist/"),
        (maker_client, "/lo/my/inquiries/"),
        (maker_client, "/lo/my/inquiries/?show=all"),
        (maker_client, f"/lo/inquiries/{busiest.pk}/"),
    ]
    print(f"inquiry pages ({inquiries} threads of one buyer with one maker, one of {messages} messages)")
    with override_settings(DEBUG=False):
        results = [report(measure(client, path, requests)) for client, path in pages]
    return results


def static_sizes() -> dict[str, int]:
    """Bytes on the wire (gzip) of the stylesheet and the scripts."""
    sizes = {}
    for name in ("css/site.css", "js/keep-form.js", "js/photo-upload.js"):
        sizes[name] = len(gzip.compress((ROOT / "static" / name).read_bytes(), 6))
    print("static, gzip: " + ", ".join(f"{name} {size} B" for name, size in sizes.items()))
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--only", default="", help="only the public pages whose path contains this")
    args = parser.parse_args()
    build_catalogue(args.products)
    analyse()
    product = Product.objects.published().order_by("-published_at").first()
    producer = product.producer
    client = Client()
    with translation.override("ja"):
        product_path = product.get_absolute_url()
    with translation.override("lo"):
        producer_path = producer.get_absolute_url()
    paths = [
        "/ja/",
        "/ja/products/",
        "/ja/products/?page=20",
        product_path,
        "/lo/products/",
        producer_path,
        *LIST_WITH_FILTERS,
    ]
    if args.only:
        paths = [path for path in paths if args.only in path]
    with override_settings(DEBUG=False):
        results = [report(measure(client, path, args.requests)) for path in paths]
    artisan = [] if args.only else artisan_pages(producer, args.requests)
    conversation = [] if args.only else inquiry_pages(producer, args.requests)
    summary = {
        "bench": "pages",
        "database": connection.vendor,
        "products": Product.objects.published().count(),
        "requests_per_page": args.requests,
        "worst_p95_ms": max(r["p95_ms"] for r in results),
        "max_queries": max(r["queries"] for r in results),
        "max_html_gzip_bytes": max(r["html_gzip_bytes"] for r in results),
        "pages": results,
        "artisan_pages": artisan,
        "inquiry_pages": conversation,
        "static_gzip_bytes": static_sizes(),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
