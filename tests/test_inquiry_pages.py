"""The conversation's pages as each person sees them: the inquiry form (anonymous, buyer, artisan), bad
input, spam brakes, threads, the buyer's list, the maker's inbox in Lao, closing, the shortlist, and the
query budgets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from urllib.parse import unquote, urlencode

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import Notice
from orders.models import Inquiry, ShortlistItem
from orders.services import ItemRequest, inquiry_create, message_reply
from tests import factories
from tests.test_lao_pages import english_words

pytestmark = pytest.mark.django_db


@pytest.fixture
def buyer(buyer):
    buyer.email_confirmed_at = timezone.now()
    buyer.save(update_fields=["email_confirmed_at"])
    return buyer


@pytest.fixture
def product(producer):
    product = factories.ProductFactory(
        producer=producer, title_en="Indigo scarf", title_lo="ຜ້າພັນຄໍຍ້ອມຄາມ", title_ja="藍染めストール"
    )
    factories.PhotoFactory(product=product)
    return product


def form_url(product, lang="ja"):
    return f"/{lang}/inquiries/new/?product={product.pk}"


def valid_post(product, **overrides):
    data = {
        f"qty_{product.pk}": "30",
        f"price_{product.pk}": "3,300",
        "currency": "JPY",
        "wanted_by": (timezone.localdate() + dt.timedelta(days=90)).isoformat(),
        "destination": "京都",
        "sample_requested": "on",
        "body": "30枚のお見積もりと、サンプル1枚をお願いします。",
        "homepage": "",
    }
    data.update(overrides)
    return data


def inquiry_for(buyer, product, body="30枚お願いします。"):
    return inquiry_create(
        buyer=buyer,
        producer=product.producer,
        items=[ItemRequest(product=product, quantity=30)],
        body=body,
        body_language="ja",
        currency="JPY",
    )


def count_queries(client, path: str) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries), response


# --- The inquiry form -------------------------------------------------------------------------------


def test_a_buyer_sends_an_inquiry_with_a_sample_request_and_lands_on_the_thread(
    client, buyer, product, owner
):
    client.force_login(buyer)
    response = client.get(form_url(product))
    assert response.status_code == 200
    html = response.content.decode()
    assert "藍染めストール" in html and f'name="qty_{product.pk}" value="10"' in html  # the minimum order

    response = client.post(form_url(product), valid_post(product))

    inquiry = Inquiry.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/ja/inquiries/{inquiry.pk}/"
    item = inquiry.items.get()
    assert (item.quantity, item.target_unit_price, inquiry.currency) == (30, Decimal("3300.00"), "JPY")
    assert inquiry.sample_requested and inquiry.destination == "京都"
    assert inquiry.messages.get().language == "ja"
    assert Notice.objects.filter(user=owner, kind=Notice.Kind.INQUIRY_RECEIVED).exists()
    page = client.get(response["Location"]).content.decode()
    assert "サンプル1枚" in page


def test_several_products_of_one_maker_in_one_inquiry(client, buyer, product, producer):
    other = factories.ProductFactory(producer=producer, title_en="Cotton bag")
    client.force_login(buyer)
    url = f"/en/inquiries/new/?product={product.pk}&product={other.pk}"
    response = client.post(url, valid_post(product, **{f"qty_{other.pk}": "50"}))
    assert response.status_code == 302
    assert {(i.product_id, i.quantity) for i in Inquiry.objects.get().items.all()} == {
        (product.pk, 30),
        (other.pk, 50),
    }


def test_from_the_producer_page_the_buyer_picks_products_and_quantities(client, buyer, product, producer):
    client.force_login(buyer)
    url = f"/en/inquiries/new/?producer={producer.pk}"
    assert client.get(url).status_code == 200
    response = client.post(url, valid_post(product, body="Hello"))
    assert response.status_code == 302
    # Nothing asked: a clear message, nothing stored.
    response = client.post(url, valid_post(product, **{f"qty_{product.pk}": "", f"price_{product.pk}": ""}))
    assert response.status_code == 200
    assert "Write how many pieces you need of at least one product." in response.content.decode()
    assert Inquiry.objects.count() == 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("qty", "-5", "This must be at least 1."),
        ("qty", "0", "This must be at least 1."),
        ("qty", "5000000", "This cannot be more than 1,000,000. Please check the number."),
        ("qty", "thirty", "Write a whole number with digits only"),
        ("price", "-1", "This cannot be a negative number."),
        ("price", "abc", "Write a price with digits"),
        ("wanted_by", "2020-01-01", "This date has passed. Choose a date after today."),
        ("wanted_by", "2099-01-01", "Please choose a date within the next 3 years."),
        ("wanted_by", "next spring", "Choose a date, for example 2027-03-31."),
        ("body", "", "Please write a message."),
        ("body", "あ" * 100_000, "A message can have at most 5000 characters (this one has 100000)."),
        ("currency", "BTC", "Select a valid choice."),
    ],
)
def test_bad_input_gets_a_clear_message_and_keeps_what_was_typed(
    client, buyer, product, field, value, message
):
    client.force_login(buyer)
    name = f"{field}_{product.pk}" if field in ("qty", "price") else field
    data = valid_post(product, **{name: value})
    response = client.post(f"/en/inquiries/new/?product={product.pk}", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "30枚のお見積もりと" in html or field == "body"  # the message typed is kept
    assert not Inquiry.objects.exists()


def test_html_in_a_message_is_shown_as_text(client, buyer, product):
    client.force_login(buyer)
    body = '<script>alert("x")</script><b>bold</b>'
    client.post(form_url(product, "en"), valid_post(product, body=body))
    html = client.get(Inquiry.objects.get().get_absolute_url()).content.decode()
    assert "<script>alert" not in html and "<b>bold" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


@pytest.mark.parametrize("status", ["draft", "pending", "rejected", "archived"])
def test_no_form_for_an_unpublished_product(client, buyer, product, status):
    product.status = status
    product.save()
    client.force_login(buyer)
    assert client.get(form_url(product)).status_code == 404
    assert client.post(form_url(product), valid_post(product)).status_code == 404
    assert not Inquiry.objects.exists()


def test_no_form_for_a_suspended_producer(client, buyer, product, producer):
    producer.status = "suspended"
    producer.save()
    client.force_login(buyer)
    assert client.get(form_url(product)).status_code == 404
    assert client.get(f"/ja/inquiries/new/?producer={producer.pk}").status_code == 404


def test_products_of_two_makers_or_nonsense_are_a_404(client, buyer, product, other_artisan):
    foreign = factories.ProductFactory(producer=other_artisan.producer_memberships.get().producer)
    client.force_login(buyer)
    assert client.get(f"/ja/inquiries/new/?product={product.pk}&product={foreign.pk}").status_code == 404
    assert client.get("/ja/inquiries/new/").status_code == 404
    assert client.get("/ja/inquiries/new/?product=abc").status_code == 404


def test_anonymous_buyers_are_asked_to_sign_in_and_come_back_to_what_they_typed(client, buyer, product):
    response = client.get(form_url(product))
    assert response.status_code == 200
    assert "/ja/accounts/login/?next=" in response.content.decode()

    response = client.post(form_url(product), valid_post(product, body="サンプルを先にお願いします。"))
    assert response.status_code == 302
    assert response["Location"].startswith("/ja/accounts/login/?next=")
    assert not Inquiry.objects.exists()

    response = client.post(
        response["Location"], {"username": "sato@example.jp", "password": "correct horse battery"}
    )
    assert response.status_code == 302
    form_page = client.get(response["Location"])
    html = form_page.content.decode()
    assert "サンプルを先にお願いします。" in html
    assert 'value="3,300"' in html
    # She checks it and sends it.
    response = client.post(form_url(product), valid_post(product, body="サンプルを先にお願いします。"))
    assert response.status_code == 302
    assert Inquiry.objects.get().messages.get().body == "サンプルを先にお願いします。"


def test_a_new_buyer_signs_up_from_the_form_and_her_inquiry_waits_for_her(
    client, product, django_capture_on_commit_callbacks
):
    page = client.get(form_url(product)).content.decode()
    assert "/ja/accounts/signup/buyer/?next=" in page
    response = client.post(form_url(product), valid_post(product, body="初めての問い合わせです。"))
    login_page = client.get(response["Location"]).content.decode()
    # The sign-in page offers the buyers' sign-up, still carrying the way back to the form.
    next_url = unquote(response["Location"].split("?next=")[1])
    assert next_url == form_url(product)
    signup_url = "/ja/accounts/signup/buyer/?" + urlencode({"next": next_url})
    assert f'href="{signup_url}"' in login_page

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            signup_url,
            {
                "full_name": "高橋 葵",
                "email": "aoi@washi-shop.jp",
                "company-company": "和紙ショップ",
                "company-business_type": "retailer",
                "company-country": "JP",
                "company-city": "金沢",
                "company-website": "",
                "preferred_language": "ja",
                "password1": "indigo loom 2026 silk",
                "password2": "indigo loom 2026 silk",
                "homepage": "",
            },
        )
    assert response.status_code == 302
    assert response["Location"] == form_url(product)
    html = client.get(response["Location"]).content.decode()
    assert "初めての問い合わせです。" in html
    response = client.post(form_url(product), valid_post(product, body="初めての問い合わせです。"))
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    # Stored, but held for the maker until she confirms the address we just wrote to.
    assert inquiry.buyer.email == "aoi@washi-shop.jp" and inquiry.delivered_at is None
    assert [m.to for m in mail.outbox] == [["aoi@washi-shop.jp"]]


@pytest.mark.parametrize("person", ["owner", "other_artisan", "moderator"])
def test_makers_and_moderators_do_not_send_inquiries(client, request, product, person):
    client.force_login(request.getfixturevalue(person))
    response = client.get(form_url(product, "en"))
    assert response.status_code == 403
    assert "Inquiries are sent by buyers" in response.content.decode()
    assert client.post(form_url(product, "en"), valid_post(product)).status_code == 403
    assert not Inquiry.objects.exists()


def test_the_honeypot_refuses_a_script(client, buyer, product):
    client.force_login(buyer)
    response = client.post(form_url(product, "en"), valid_post(product, homepage="http://spam.example"))
    assert response.status_code == 200
    assert "Your inquiry could not be accepted" in response.content.decode()
    assert not Inquiry.objects.exists()


def test_too_many_inquiries_in_an_hour_are_refused_politely(client, buyer, product):
    client.force_login(buyer)
    for _ in range(10):
        assert client.post(form_url(product, "en"), valid_post(product)).status_code == 302
    response = client.post(form_url(product, "en"), valid_post(product))
    assert response.status_code == 429
    assert "You have sent many inquiries in the last hour" in response.content.decode()
    assert Inquiry.objects.count() == 10


def test_an_unconfirmed_buyer_is_told_her_inquiry_waits_for_her_email(client, buyer, product, owner):
    buyer.email_confirmed_at = None
    buyer.save()
    client.force_login(buyer)
    response = client.post(form_url(product, "en"), valid_post(product), follow=True)
    assert "It will reach the maker as soon as you confirm your email address" in response.content.decode()
    assert Inquiry.objects.get().is_held
    client.force_login(owner)
    assert client.get(Inquiry.objects.get().get_absolute_url()).status_code == 404


# --- Threads: who sees what ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("person", "status"),
    [("buyer", 200), ("owner", 200), ("moderator", 200), ("other_artisan", 404), ("other_buyer", 404)],
)
def test_a_thread_is_seen_only_by_its_buyer_its_makers_and_moderators(
    client, request, buyer, product, person, status
):
    inquiry = inquiry_for(buyer, product)
    user = factories.BuyerFactory() if person == "other_buyer" else request.getfixturevalue(person)
    client.force_login(user)
    assert client.get(inquiry.get_absolute_url()).status_code == status
    response = client.post(inquiry.get_absolute_url(), {"body": "hello"})
    if person in ("other_artisan", "other_buyer"):
        assert response.status_code == 404
    assert inquiry.messages.count() == (2 if person in ("buyer", "owner") else 1)


def test_anonymous_visitors_are_sent_to_sign_in_for_a_thread(client, buyer, product):
    inquiry = inquiry_for(buyer, product)
    response = client.get(inquiry.get_absolute_url())
    assert response.status_code == 302 and "/accounts/login/?next=" in response["Location"]


def test_the_maker_answers_in_lao_and_the_buyer_sees_the_answer_marked_new(client, buyer, owner, product):
    inquiry = inquiry_for(buyer, product)
    client.force_login(owner)
    page = client.get(f"/lo/inquiries/{inquiry.pk}/").content.decode()
    assert "30枚お願いします。" in page
    response = client.post(f"/lo/inquiries/{inquiry.pk}/", {"body": "ໄດ້, ເຮັດໄດ້ 30 ຜືນ ພາຍໃນ 45 ມື້."})
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.ANSWERED
    assert inquiry.messages.last().language == "lo"

    client.force_login(buyer)
    listing = client.get("/ja/inquiries/").content.decode()
    assert 'class="unread"' in listing
    page = client.get(inquiry.get_absolute_url()).content.decode()
    assert "ເຮັດໄດ້ 30 ຜືນ" in page and 'class="count"' in page
    # Read now: the next visit marks nothing new.
    assert 'class="unread"' not in client.get("/ja/inquiries/").content.decode()


def test_a_moderator_reads_a_thread_but_does_not_write_in_it(client, buyer, moderator, product):
    inquiry = inquiry_for(buyer, product)
    client.force_login(moderator)
    html = client.get(inquiry.get_absolute_url()).content.decode()
    assert 'name="body"' not in html
    client.post(inquiry.get_absolute_url(), {"body": "hi"})
    assert inquiry.messages.count() == 1


def test_a_translation_is_shown_beside_the_original(client, buyer, owner, moderator, product):
    inquiry = inquiry_for(buyer, product)
    message = inquiry.messages.get()
    message.translation, message.translation_language = "ຂໍ 30 ຜືນ", "lo"
    message.save()
    client.force_login(owner)
    html = client.get(f"/lo/inquiries/{inquiry.pk}/").content.decode()
    assert "30枚お願いします。" in html and "ຂໍ 30 ຜືນ" in html


# --- Closing ------------------------------------------------------------------------------------------


def test_closing_with_an_order_needs_its_figures_then_records_them(client, buyer, owner, product):
    inquiry = inquiry_for(buyer, product)
    client.force_login(owner)
    url = f"/lo/inquiries/{inquiry.pk}/close/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"outcome": "ordered", "ordered_currency": "JPY"})
    assert response.status_code == 200
    inquiry.refresh_from_db()
    assert inquiry.is_open
    response = client.post(
        url,
        {
            "outcome": "ordered",
            "ordered_quantity": "30",
            "ordered_value": "99,000",
            "ordered_currency": "JPY",
        },
    )
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert (inquiry.status, inquiry.ordered_quantity, inquiry.ordered_value) == (
        "closed",
        30,
        Decimal("99000"),
    )
    # Closed: no more replies, and the close page says so.
    client.force_login(buyer)
    assert 'name="body"' not in client.get(inquiry.get_absolute_url()).content.decode()
    assert client.get(f"/ja/inquiries/{inquiry.pk}/close/").status_code == 302


def test_no_deal_needs_a_reason(client, buyer, product):
    inquiry = inquiry_for(buyer, product)
    client.force_login(buyer)
    response = client.post(f"/en/inquiries/{inquiry.pk}/close/", {"outcome": "no_deal"})
    assert "Choose the main reason." in response.content.decode()
    client.post(f"/en/inquiries/{inquiry.pk}/close/", {"outcome": "no_deal", "no_deal_reason": "price"})
    inquiry.refresh_from_db()
    assert (inquiry.outcome, inquiry.no_deal_reason) == ("no_deal", "price")


@pytest.mark.parametrize("person", ["other_artisan", "moderator"])
def test_only_the_two_sides_close(client, request, buyer, product, person):
    inquiry = inquiry_for(buyer, product)
    client.force_login(request.getfixturevalue(person))
    assert client.get(f"/en/inquiries/{inquiry.pk}/close/").status_code == 404
    client.post(f"/en/inquiries/{inquiry.pk}/close/", {"outcome": "samples"})
    inquiry.refresh_from_db()
    assert inquiry.is_open


# --- Lists ------------------------------------------------------------------------------------------


def test_each_buyer_sees_only_her_inquiries_and_each_maker_only_her_producers(
    client, buyer, owner, other_artisan, product
):
    mine = inquiry_for(buyer, product)
    other_producer = other_artisan.producer_memberships.get().producer
    theirs = inquiry_for(
        factories.BuyerFactory(email_confirmed_at=timezone.now()),
        factories.ProductFactory(producer=other_producer),
    )

    client.force_login(buyer)
    html = client.get("/en/inquiries/").content.decode()
    assert f"/en/inquiries/{mine.pk}/" in html and f"/en/inquiries/{theirs.pk}/" not in html
    client.force_login(owner)
    html = client.get("/lo/my/inquiries/").content.decode()
    assert f"/lo/inquiries/{mine.pk}/" in html and f"/lo/inquiries/{theirs.pk}/" not in html
    client.force_login(other_artisan)
    html = client.get("/lo/my/inquiries/").content.decode()
    assert f"/lo/inquiries/{theirs.pk}/" in html and f"/lo/inquiries/{mine.pk}/" not in html


def test_the_list_pages_send_others_where_they_belong(client, owner, moderator, product):
    assert client.get("/en/inquiries/").status_code == 302
    assert client.get("/en/my/inquiries/").status_code == 302
    client.force_login(owner)
    assert client.get("/en/inquiries/")["Location"] == "/en/my/inquiries/"
    client.force_login(moderator)
    assert client.get("/en/inquiries/").status_code == 403
    assert client.get("/en/my/inquiries/")["Location"] == "/en/my/producer/"


def test_the_inbox_tabs_and_unread_count(client, buyer, owner, product):
    open_one = inquiry_for(buyer, product)
    closed = inquiry_for(buyer, product)
    Inquiry.objects.filter(pk=closed.pk).update(status="closed", outcome="samples")
    client.force_login(owner)
    html = client.get("/en/my/inquiries/").content.decode()
    assert f"/en/inquiries/{open_one.pk}/" in html and f"/en/inquiries/{closed.pk}/" not in html
    assert "2 buyers are waiting for your answer." in html
    html = client.get("/en/my/inquiries/?show=closed").content.decode()
    assert f"/en/inquiries/{closed.pk}/" in html and f"/en/inquiries/{open_one.pk}/" not in html
    assert client.get("/en/my/inquiries/?show=nonsense").status_code == 200


# --- Lao pages ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["inbox", "thread", "close"])
def test_the_makers_inquiry_pages_in_lao_have_no_english(client, buyer, owner, product, page):
    inquiry = inquiry_for(buyer, product)
    client.force_login(owner)
    path = {
        "inbox": "/lo/my/inquiries/",
        "thread": f"/lo/inquiries/{inquiry.pk}/",
        "close": f"/lo/inquiries/{inquiry.pk}/close/",
    }[page]
    response = client.get(path)
    assert response.status_code == 200
    # The buyer's company and city are her own words (content), not the interface.
    assert english_words(response.content.decode()) - {"Zakka", "Import", "K", "Kyoto"} == set()


# --- Shortlist ----------------------------------------------------------------------------------------


def test_a_buyer_saves_products_and_asks_their_maker_about_them_together(client, buyer, product, producer):
    other = factories.ProductFactory(producer=producer)
    client.force_login(buyer)
    for p in (product, other):
        response = client.post(f"/ja/shortlist/{p.pk}/", {"next": p.get_absolute_url()})
        assert response.status_code == 302
    assert ShortlistItem.objects.filter(user=buyer).count() == 2
    html = client.get("/ja/shortlist/").content.decode()
    assert f"product={product.pk}" in html and f"product={other.pk}" in html
    # Saved shows on the product page; a second press takes it off.
    assert 'aria-pressed="true"' in client.get(f"/ja{product.get_absolute_url()[3:]}").content.decode()
    client.post(f"/ja/shortlist/{product.pk}/", {"next": "https://evil.example/"})
    assert ShortlistItem.objects.filter(user=buyer).count() == 1


def test_the_shortlist_needs_an_account_and_only_takes_public_products(client, buyer, product):
    response = client.post(f"/en/shortlist/{product.pk}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client.get("/en/shortlist/").status_code == 302
    product.status = "draft"
    product.save()
    client.force_login(buyer)
    assert client.post(f"/en/shortlist/{product.pk}/").status_code == 404


def test_the_shortlist_costs_the_same_queries_for_1_and_9_products_of_3_makers(client, buyer, product):
    client.force_login(buyer)
    ShortlistItem.objects.create(user=buyer, product=product)
    one, _ = count_queries(client, "/ja/shortlist/")
    for maker in factories.ProducerFactory.create_batch(2):
        for saved in factories.ProductFactory.create_batch(4, producer=maker):
            factories.PhotoFactory(product=saved)
            ShortlistItem.objects.create(user=buyer, product=saved)
    many, response = count_queries(client, "/ja/shortlist/")
    assert many == one
    assert response.content.decode().count('class="card"') == 9


# --- Query budgets ------------------------------------------------------------------------------------


def test_the_inbox_and_the_buyers_list_cost_the_same_queries_for_1_and_12_inquiries(
    client, buyer, owner, product
):
    inquiry_for(buyer, product)
    client.force_login(owner)
    inbox_one, _ = count_queries(client, "/lo/my/inquiries/?show=all")
    client.force_login(buyer)
    list_one, _ = count_queries(client, "/ja/inquiries/")
    for _ in range(11):
        other = factories.ProductFactory(producer=product.producer)
        inquiry = inquiry_for(factories.BuyerFactory(email_confirmed_at=timezone.now()), other)
        inquiry_for(buyer, other)
        message_reply(inquiry=inquiry, author=owner, body="ໄດ້", body_language="lo")
    client.force_login(owner)
    assert count_queries(client, "/lo/my/inquiries/?show=all")[0] == inbox_one
    client.force_login(buyer)
    assert count_queries(client, "/ja/inquiries/")[0] == list_one


def test_a_thread_costs_the_same_queries_for_1_and_many_messages_and_products(client, buyer, owner, product):
    small = inquiry_for(buyer, product)
    products = [factories.ProductFactory(producer=product.producer) for _ in range(6)]
    for p in products:
        factories.PhotoFactory(product=p)
    big = inquiry_create(
        buyer=buyer,
        producer=product.producer,
        items=[ItemRequest(product=p, quantity=5) for p in products],
        body="many",
        body_language="en",
        currency="USD",
    )
    for i in range(8):
        message_reply(inquiry=big, author=owner if i % 2 else buyer, body=f"message {i}", body_language="en")
    client.force_login(owner)
    client.get(small.get_absolute_url())
    client.get(big.get_absolute_url())  # both read once: the next visits write nothing
    assert (
        count_queries(client, small.get_absolute_url())[0] == count_queries(client, big.get_absolute_url())[0]
    )


def test_the_form_costs_the_same_queries_for_1_and_20_products_of_the_maker(client, buyer, product):
    client.force_login(buyer)
    one, _ = count_queries(client, form_url(product))
    for _ in range(19):
        factories.PhotoFactory(product=factories.ProductFactory(producer=product.producer))
    assert count_queries(client, form_url(product))[0] == one


def test_the_product_page_stays_within_6_queries_for_a_signed_in_buyer(client, buyer, product):
    client.force_login(buyer)
    queries, response = count_queries(client, product.get_absolute_url())
    # The session, the user and the header's count of unread notices are the three extra queries of any
    # signed-in page; the page's own (with "saved to the shortlist?") stay within the budget of 6.
    assert queries <= 6 + 3
    assert "Send an inquiry" in response.content.decode()


def test_outbox_each_side_gets_one_email_in_their_language(client, buyer, owner, product):
    owner.email = "khamla@example.la"
    owner.save()
    client.force_login(buyer)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.db.transaction.on_commit", lambda f, using=None, robust=False: f())
        client.post(form_url(product), valid_post(product))
        inquiry = Inquiry.objects.get()
        client.force_login(owner)
        client.post(f"/lo/inquiries/{inquiry.pk}/", {"body": "ໄດ້ເລີຍ"})
    assert [m.to for m in mail.outbox] == [["khamla@example.la"], ["sato@example.jp"]]
    assert f"/lo/inquiries/{inquiry.pk}/" in mail.outbox[0].body
    assert f"/ja/inquiries/{inquiry.pk}/" in mail.outbox[1].body
