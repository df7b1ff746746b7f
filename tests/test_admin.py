"""The back-office: every page opens, moderators can do their work, actions record what they did."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from catalogue.models import Product
from orders.models import Inquiry, Message
from producers.models import Producer
from tests import factories

# Read at collection time (admin autodiscovery has run), so a newly registered model gets its own test.
REGISTERED_MODELS = sorted(admin.site._registry, key=lambda model: model._meta.label)

TEMPORARY_PASSWORD = "Pakbeng-loom-2025"


def admin_url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def run_action(client, model, action: str, objects) -> object:
    return client.post(
        admin_url(model, "changelist"),
        {"action": action, "_selected_action": [obj.pk for obj in objects]},
        follow=True,
    )


@pytest.fixture
def one_of_everything(producer, buyer):
    """A row in every table the back-office shows (districts, crafts and the groups come from migrate)."""
    product = factories.ProductFactory(producer=producer, title_en="Silk scarf with naga pattern")
    factories.PhotoFactory(product=product)
    item = factories.InquiryItemFactory(inquiry__buyer=buyer, inquiry__producer=producer, product=product)
    factories.MessageFactory(inquiry=item.inquiry)
    factories.ExchangeRateFactory()
    factories.MaterialFactory()
    factories.OdopTagFactory(craft=factories.craft())


@pytest.mark.parametrize("model", REGISTERED_MODELS, ids=lambda model: model._meta.label)
def test_every_admin_page_opens_for_a_superuser(client, rf, admin_user, one_of_everything, model):
    client.force_login(admin_user)

    assert client.get(admin_url(model, "changelist")).status_code == 200
    assert client.get(admin_url(model, "changelist"), {"q": "silk"}).status_code == 200

    request = rf.get("/")
    request.user = admin_user
    can_add = admin.site._registry[model].has_add_permission(request)
    # Messages are written by buyers and makers on the site, never in their name from the back-office.
    assert client.get(admin_url(model, "add")).status_code == (200 if can_add else 403)

    obj = model._default_manager.first()
    if obj is not None:
        assert client.get(admin_url(model, "change", obj.pk)).status_code == 200


def test_translated_models_get_language_tabs(client, admin_user, producer):
    client.force_login(admin_user)

    page = client.get(admin_url(Producer, "change", producer.pk)).content.decode()

    assert "modeltranslation/js/tabbed_translation_fields.js" in page
    assert "modeltranslation/css/tabbed_translation_fields.css" in page
    assert 'name="name_lo"' in page
    assert 'name="name_ja"' in page


def test_the_back_office_is_titled_for_hatthakam(client, admin_user):
    client.force_login(admin_user)

    page = client.get(reverse("admin:index")).content.decode()

    assert "Hatthakam back-office" in page


def test_producers_are_found_by_their_lao_name(client, admin_user, producer, other_artisan):
    client.force_login(admin_user)

    response = client.get(admin_url(Producer, "changelist"), {"q": producer.name_lo})

    assert list(response.context["cl"].result_list) == [producer]


def test_product_photos_show_a_small_lazy_thumbnail(client, admin_user):
    photo = factories.PhotoFactory()
    client.force_login(admin_user)

    page = client.get(admin_url(Product, "change", photo.product.pk)).content.decode()

    assert f'<img src="{photo.image.url}" width="80" height="60" alt="" loading="lazy">' in page


@pytest.mark.parametrize("persona", ["owner", "buyer"])
def test_people_without_staff_status_are_sent_to_the_admin_login(client, request, persona):
    client.force_login(request.getfixturevalue(persona))

    response = client.get(admin_url(Producer, "changelist"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_a_moderator_opens_the_producer_and_product_lists(client, moderator, producer):
    factories.ProductFactory(producer=producer)
    client.force_login(moderator)

    assert client.get(admin_url(Producer, "changelist")).status_code == 200
    assert client.get(admin_url(Product, "changelist")).status_code == 200


def test_a_moderator_approves_producers_waiting_for_review(client, moderator):
    waiting = factories.ProducerFactory.create_batch(2, status=Producer.Status.PENDING)
    client.force_login(moderator)

    response = run_action(client, Producer, "approve", waiting)

    assert {p.status for p in Producer.objects.filter(pk__in=[p.pk for p in waiting])} == {"approved"}
    assert "2 producers approved." in response.content.decode()
    assert LogEntry.objects.filter(user=moderator, object_id__in=[str(p.pk) for p in waiting]).count() == 2


def test_approving_from_a_list_filtered_on_status_still_logs_every_producer(client, moderator):
    waiting = factories.ProducerFactory(status=Producer.Status.PENDING)
    client.force_login(moderator)

    client.post(
        admin_url(Producer, "changelist") + "?status__exact=pending",
        {"action": "approve", "_selected_action": [waiting.pk]},
    )

    assert LogEntry.objects.filter(object_id=str(waiting.pk), user=moderator).exists()


def test_a_moderator_suspends_a_producer(client, moderator, producer):
    client.force_login(moderator)

    response = run_action(client, Producer, "suspend", [producer])

    producer.refresh_from_db()
    assert producer.status == Producer.Status.SUSPENDED
    assert "1 producer suspended." in response.content.decode()


def test_marking_a_producer_verified_records_who_and_when(client, moderator, producer):
    assert producer.verified_at is None
    client.force_login(moderator)

    response = run_action(client, Producer, "mark_verified", [producer])

    producer.refresh_from_db()
    assert producer.verified_by == moderator
    assert producer.verified_at is not None
    assert "1 producer marked as verified." in response.content.decode()


def test_producers_filter_on_verification(client, admin_user, producer, other_artisan):
    Producer.objects.filter(pk=producer.pk).update(verified_at="2025-01-15T10:00:00Z")
    client.force_login(admin_user)

    verified = client.get(admin_url(Producer, "changelist"), {"verified": "yes"}).context["cl"].result_list
    unverified = client.get(admin_url(Producer, "changelist"), {"verified": "no"}).context["cl"].result_list

    assert list(verified) == [producer]
    assert producer not in list(unverified)


def test_archiving_takes_products_off_the_catalogue(client, moderator):
    product = factories.ProductFactory()
    client.force_login(moderator)

    run_action(client, Product, "archive", [product])

    product.refresh_from_db()
    assert product.status == Product.Status.ARCHIVED


def test_the_product_list_costs_the_same_queries_for_1_or_20_products(client, admin_user):
    factories.PhotoFactory()
    client.force_login(admin_user)
    url = admin_url(Product, "changelist")
    client.get(url)  # the first request caches content types and loads the session

    with CaptureQueriesContext(connection) as one_product:
        assert client.get(url).status_code == 200
    factories.PhotoFactory.create_batch(19)
    with CaptureQueriesContext(connection) as twenty_products:
        response = client.get(url)

    assert response.context["cl"].result_count == 20
    assert len(twenty_products) == len(one_product)


def test_a_superuser_sets_a_temporary_password_for_a_phone_only_artisan(client, admin_user):
    artisan = factories.ArtisanFactory(full_name="")
    url = reverse("admin:auth_user_password_change", args=[artisan.pk])
    client.force_login(admin_user)

    page = client.get(url).content.decode()
    response = client.post(
        url,
        {
            "usable_password": "true",
            "password1": TEMPORARY_PASSWORD,
            "password2": TEMPORARY_PASSWORD,
            "set-password": "1",
        },
    )

    # The page names the artisan by phone, not "None" (she has no email, Django's username here).
    assert f"Change password: {artisan.display_phone}" in page
    assert response.status_code == 302
    client.logout()
    assert client.login(username=artisan.phone, password=TEMPORARY_PASSWORD)


def test_a_superuser_adds_a_phone_only_artisan_typed_the_lao_way(client, admin_user):
    client.force_login(admin_user)

    response = client.post(
        admin_url(User, "add"),
        {
            "email": "",
            "phone": "020 5551 2345",
            "full_name": "Vanh",
            "role": User.Role.ARTISAN,
            "preferred_language": "lo",
            "usable_password": "true",
            "password1": TEMPORARY_PASSWORD,
            "password2": TEMPORARY_PASSWORD,
        },
    )

    assert response.status_code == 302
    artisan = User.objects.get(full_name="Vanh")
    assert artisan.phone == "+8562055512345"
    assert artisan.email is None


def test_a_user_needs_an_email_or_a_phone(client, admin_user):
    client.force_login(admin_user)

    response = client.post(
        admin_url(User, "add"),
        {
            "email": "",
            "phone": "",
            "role": User.Role.BUYER,
            "preferred_language": "ja",
            "usable_password": "false",
        },
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["email"] == [
        "Enter an email address or a phone number (or both)."
    ]
    assert not User.objects.filter(role=User.Role.BUYER).exists()


def test_users_are_found_by_a_phone_number_typed_as_spoken(client, admin_user, owner, buyer):
    client.force_login(admin_user)
    national = "0" + owner.phone.removeprefix("+856")
    spoken = f"{national[:3]} {national[3:7]} {national[7:]}"

    response = client.get(admin_url(User, "changelist"), {"q": spoken})

    assert list(response.context["cl"].result_list) == [owner]


def test_a_moderator_helps_an_artisan_but_cannot_grant_back_office_rights(
    client, moderator, owner, admin_user
):
    client.force_login(moderator)

    artisan_page = client.get(admin_url(User, "change", owner.pk))
    password_page = client.get(reverse("admin:auth_user_password_change", args=[owner.pk]))
    admin_password_page = client.get(reverse("admin:auth_user_password_change", args=[admin_user.pk]))

    assert artisan_page.status_code == 200
    form = artisan_page.context["adminform"].form
    assert "is_staff" not in form.fields
    assert "groups" not in form.fields
    assert User.Role.MODERATOR not in dict(form.fields["role"].choices)
    assert password_page.status_code == 200
    assert admin_password_page.status_code == 403


def test_a_moderator_marks_inquiries_as_spam_and_closes_them(client, moderator):
    spam, answered = factories.InquiryFactory.create_batch(2)
    client.force_login(moderator)

    run_action(client, Inquiry, "mark_spam", [spam])
    response = run_action(client, Inquiry, "close", [answered])

    spam.refresh_from_db()
    answered.refresh_from_db()
    assert spam.status == Inquiry.Status.SPAM
    assert answered.status == Inquiry.Status.CLOSED
    assert "1 inquiry closed." in response.content.decode()


def test_a_moderator_translates_a_message_and_is_credited(client, moderator):
    message = factories.MessageFactory()
    client.force_login(moderator)

    response = client.post(
        admin_url(Message, "change", message.pk),
        {"translation": "ກະລຸນາສົ່ງລາຄາສຳລັບ 30 ຜືນ.", "translation_language": "lo"},
    )

    message.refresh_from_db()
    assert response.status_code == 302
    assert message.translation_language == "lo"
    assert message.translated_by == moderator
    assert message.body == "30枚の見積もりをお願いします。"


def test_an_email_is_taken_whatever_its_case(client, admin_user, buyer):
    client.force_login(admin_user)

    response = client.post(
        admin_url(User, "add"),
        {
            "email": "SATO@example.jp",
            "role": User.Role.BUYER,
            "preferred_language": "ja",
            "usable_password": "false",
        },
    )

    form = response.context["adminform"].form
    assert form.errors == {"email": ["User with this Email address already exists."]}
