"""Database constraints back the invariants of the domain, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import User
from catalogue.models import ExchangeRate, Product, make_slug
from producers.models import District, OdopTag, Producer, ProducerMembership
from tests import factories

pytestmark = pytest.mark.django_db


def violates(create) -> bool:
    try:
        with transaction.atomic():
            create()
    except IntegrityError:
        return True
    return False


def test_luang_prabang_has_its_twelve_districts_in_three_languages():
    districts = District.objects.filter(province__code=6)
    assert sorted(d.code for d in districts) == list(range(601, 613))
    chomphet = districts.get(code=609)
    assert (chomphet.name_lo, chomphet.name_en, chomphet.name_ja) == ("ຈອມເພັດ", "Chomphet", "チョムペット")
    assert all(d.name_lo and d.name_en and d.name_ja for d in districts)


def test_a_user_needs_an_email_or_a_phone():
    assert violates(lambda: User.objects.create(email=None, phone=None))
    assert not violates(lambda: User.objects.create(phone="+8562055599999"))


def test_emails_are_unique_whatever_their_case():
    User.objects.create_user(email="khamla@example.la", password="x")
    assert violates(lambda: User.objects.create(email="Khamla@Example.LA"))


def test_a_producer_has_one_owner():
    producer = factories.ProducerFactory(owner=factories.ArtisanFactory())
    second = factories.ArtisanFactory()
    assert violates(
        lambda: ProducerMembership.objects.create(
            producer=producer, user=second, role=ProducerMembership.Role.OWNER
        )
    )
    assert not violates(
        lambda: ProducerMembership.objects.create(
            producer=producer, user=second, role=ProducerMembership.Role.MEMBER
        )
    )


def test_a_verification_has_a_date():
    moderator = factories.ModeratorFactory()
    assert violates(lambda: factories.ProducerFactory(verified_by=moderator, verified_at=None))


def test_producer_status_must_be_known():
    assert violates(lambda: factories.ProducerFactory(status="famous"))


def test_odop_stars_are_between_one_and_five():
    assert violates(
        lambda: OdopTag.objects.create(slug="x", name_en="X", district_id=factories.district().pk, stars=6)
    )


def test_a_published_product_has_a_publication_date():
    assert violates(lambda: factories.ProductFactory(status=Product.Status.PUBLISHED, published_at=None))


def test_minimum_order_is_at_least_one():
    assert violates(lambda: factories.ProductFactory(min_order_qty=0))


def test_a_wholesale_price_has_a_currency():
    assert violates(lambda: factories.ProductFactory(wholesale_price=Decimal("12.50"), wholesale_currency=""))
    assert not violates(
        lambda: factories.ProductFactory(wholesale_price=Decimal("12.50"), wholesale_currency="USD")
    )


def test_dimensions_are_positive():
    assert violates(lambda: factories.ProductFactory(length_cm=Decimal("0")))


def test_one_exchange_rate_per_currency_and_day():
    factories.ExchangeRateFactory(currency="JPY")
    assert violates(lambda: factories.ExchangeRateFactory(currency="JPY"))
    assert violates(lambda: factories.ExchangeRateFactory(currency="USD", rate_to_lak="0"))


def test_an_inquiry_item_asks_for_at_least_one_piece():
    assert violates(lambda: factories.InquiryItemFactory(quantity=0))


def test_an_inquiry_asks_about_a_product_once():
    item = factories.InquiryItemFactory()
    assert violates(lambda: factories.InquiryItemFactory(inquiry=item.inquiry, product=item.product))


def test_a_translation_says_its_language():
    assert violates(lambda: factories.MessageFactory(translation="ຂໍລາຄາ 30 ຜືນ", translation_language=""))


def test_published_means_published_product_of_an_approved_producer():
    visible = factories.ProductFactory()
    factories.ProductFactory(status=Product.Status.PENDING, published_at=None)
    factories.ProductFactory(producer=factories.ProducerFactory(status=Producer.Status.SUSPENDED))
    factories.ProductFactory(producer=factories.ProducerFactory(status=Producer.Status.PENDING))
    assert list(Product.objects.published()) == [visible]


def test_yen_prices_have_no_minor_unit():
    rate = ExchangeRate(currency="JPY", rate_to_lak=Decimal("145.5"), date=timezone.localdate())
    assert rate.convert_from_lak(450_000) == Decimal("3093")
    usd = ExchangeRate(currency="USD", rate_to_lak=Decimal("21800"), date=timezone.localdate())
    assert usd.convert_from_lak(450_000) == Decimal("20.64")


def test_latest_rate_per_currency_in_one_query(django_assert_num_queries):
    today = timezone.localdate()
    factories.ExchangeRateFactory(currency="JPY", rate_to_lak="140", date=today - timezone.timedelta(days=7))
    factories.ExchangeRateFactory(currency="JPY", rate_to_lak="145", date=today)
    factories.ExchangeRateFactory(currency="USD", rate_to_lak="21800", date=today)
    with django_assert_num_queries(1):
        latest = ExchangeRate.objects.latest_by_currency(on=today)
    assert latest["JPY"].rate_to_lak == Decimal("145")
    assert set(latest) == {"JPY", "USD"}


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Indigo silk scarf", "indigo-silk-scarf"),
        ("ຜ້າພັນຄໍ ໄໝ", "ຜ້າພັນຄໍ-ໄຫມ"),
        ("藍染めシルクスカーフ", "藍染めシルクスカーフ"),
        ("!!!", "item"),
        ("Ｓｉｌｋ　Scarf", "silk-scarf"),
    ],
)
def test_slugs_work_in_any_script(text, slug):
    assert make_slug(text) == slug


def test_long_lao_slugs_are_not_cut_between_a_letter_and_its_marks():
    from multilingual.text import truncate

    assert truncate("ຜ້າ", 1) == ""  # ຜ + mai tho: cutting after ຜ would orphan the tone mark
    assert truncate("ຜ້າ", 2) == "ຜ້"
    assert truncate("ຜ້າ", 3) == "ຜ້າ"
