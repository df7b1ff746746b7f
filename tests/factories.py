"""factory_boy factories for models with many fields; defaults make a public, publishable object."""

from __future__ import annotations

import factory
from django.utils import timezone

from accounts.models import BuyerProfile, User
from catalogue.models import Category, ExchangeRate, Material, Photo, Product
from orders.models import Inquiry, InquiryItem, Message
from producers.models import Craft, District, OdopTag, Producer, ProducerMembership


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    full_name = factory.Sequence(lambda n: f"User {n}")
    role = User.Role.BUYER
    preferred_language = "en"
    password = factory.django.Password("correct horse battery")


class ArtisanFactory(UserFactory):
    role = User.Role.ARTISAN
    preferred_language = "lo"
    email = None
    phone = factory.Sequence(lambda n: f"+856205{n:07d}")


class BuyerFactory(UserFactory):
    class Meta:
        skip_postgeneration_save = True

    role = User.Role.BUYER
    preferred_language = "ja"
    buyer_profile = factory.RelatedFactory("tests.factories.BuyerProfileFactory", factory_related_name="user")


class BuyerProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BuyerProfile

    user = factory.SubFactory(UserFactory)
    company = factory.Sequence(lambda n: f"Zakka Import {n} K.K.")
    country = "JP"
    city = "Kyoto"


class ModeratorFactory(UserFactory):
    role = User.Role.MODERATOR
    is_staff = True


def district(code: int = 601) -> District:
    return District.objects.get(code=code)


def craft(slug: str = "weaving") -> Craft:
    return Craft.objects.get(slug=slug)


class OdopTagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OdopTag

    slug = factory.Sequence(lambda n: f"odop-{n}")
    name_en = factory.Sequence(lambda n: f"ODOP product {n}")
    district = factory.LazyFunction(district)
    stars = 3


class ProducerFactory(factory.django.DjangoModelFactory):
    class Meta:
        skip_postgeneration_save = True
        model = Producer

    name_en = factory.Sequence(lambda n: f"Weavers of Ban Phanom {n}")
    name_lo = factory.Sequence(lambda n: f"ກຸ່ມທໍຜ້າບ້ານພະນົມ {n}")
    story_en = "We weave silk on wooden looms under our houses."
    village_en = "Ban Phanom"
    original_language = "lo"
    kind = Producer.Kind.GROUP
    district = factory.LazyFunction(district)
    status = Producer.Status.APPROVED

    @factory.post_generation
    def owner(self, create, extracted, **kwargs):
        if create and extracted is not None:
            ProducerMembership.objects.create(
                producer=self, user=extracted, role=ProducerMembership.Role.OWNER
            )


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    slug = factory.Sequence(lambda n: f"category-{n}")
    name_en = factory.Sequence(lambda n: f"Category {n}")


class MaterialFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Material

    slug = factory.Sequence(lambda n: f"material-{n}")
    name_en = factory.Sequence(lambda n: f"Material {n}")


class ProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Product

    producer = factory.SubFactory(ProducerFactory)
    category = factory.SubFactory(CategoryFactory)
    title_en = factory.Sequence(lambda n: f"Silk scarf {n}")
    description_en = "Hand-woven silk scarf dyed with indigo."
    original_language = "en"
    price_lak = 450_000
    min_order_qty = 10
    lead_time_days = 30
    status = Product.Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)


class PhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Photo

    product = factory.SubFactory(ProductFactory)
    image = factory.django.ImageField(width=64, height=48, color="teal", format="JPEG")
    position = factory.Sequence(int)
    alt_text_en = "A folded silk scarf"


class ExchangeRateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExchangeRate

    currency = "JPY"
    rate_to_lak = "150.0000"
    date = factory.LazyFunction(timezone.localdate)


class InquiryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Inquiry

    buyer = factory.SubFactory(BuyerFactory)
    producer = factory.SubFactory(ProducerFactory)
    subject = "Silk scarves for our Kyoto shop"
    language = "ja"


class InquiryItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InquiryItem

    inquiry = factory.SubFactory(InquiryFactory)
    product = factory.SubFactory(ProductFactory, producer=factory.SelfAttribute("..inquiry.producer"))
    quantity = 30


class MessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Message

    inquiry = factory.SubFactory(InquiryFactory)
    author = factory.SelfAttribute("inquiry.buyer")
    body = "30枚の見積もりをお願いします。"
    language = "ja"
