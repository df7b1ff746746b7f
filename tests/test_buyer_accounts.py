"""Buyer accounts: a buyer signs up with her company, confirms her email with the link we send in her
language, asks for a new one a few times an hour, and edits her company on her settings page."""

from __future__ import annotations

import re
import time

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail, signing
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation

from accounts import lockout, services
from accounts.models import BuyerProfile, Notice, User
from accounts.signals import email_confirmed
from accounts.tokens import email_confirmation_token
from tests import factories

pytestmark = pytest.mark.django_db

LANGUAGES = ["lo", "en", "ja"]
PASSWORD = "correct horse battery"
NEW_PASSWORD = "indigo loom 2026 silk"
LINK = re.compile(r"http\S+/(lo|en|ja)/accounts/confirm/[^/\s]+/")


def url(lang: str, name: str, **kwargs) -> str:
    with translation.override(lang):
        return reverse(name, kwargs=kwargs or None)


def tr(lang: str, text: str) -> str:
    with translation.override(lang):
        return translation.gettext(text)


def page(response) -> str:
    return response.content.decode()


def signed_in_user_id(client) -> str | None:
    return client.session.get(SESSION_KEY)


def buyer_data(**overrides) -> dict:
    data = {
        "full_name": "佐藤 由紀",
        "email": "Sato@Zakka-Kyoto.JP",
        "company-company": "Zakka Kyoto K.K.",
        "company-business_type": "retailer",
        "company-country": "JP",
        "company-city": "Kyoto",
        "company-website": "zakka-kyoto.jp",
        "preferred_language": "ja",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        "website": "",
    }
    return {**data, **overrides}


def link_in(message) -> str:
    return LINK.search(message.body).group(0)


@pytest.fixture(autouse=True)
def _empty_cache():
    # Sign-up counts and resend counts live in the cache: every test starts with none.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def confirmations():
    """Every `email_confirmed` signal sent during the test, as the list of users it was about."""
    sent: list[User] = []

    def receiver(sender, user, **kwargs):
        sent.append(user)

    email_confirmed.connect(receiver, dispatch_uid="tests.confirmations")
    yield sent
    email_confirmed.disconnect(dispatch_uid="tests.confirmations")


@pytest.fixture
def unconfirmed_buyer(buyer):
    assert buyer.email_confirmed_at is None
    return buyer


# --- Sign-up ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_buyer_signs_up_with_her_company_in_the_pages_language(
    client, lang, django_capture_on_commit_callbacks
):
    html = page(client.get(url(lang, "accounts:signup_buyer")))
    # The page's language is chosen, Japan is the first and chosen country.
    assert re.search(rf'<input type="radio" name="preferred_language" value="{lang}"[^>]*checked', html)
    assert re.search(r'<select name="company-country"[^>]*>\s*<option value="JP" selected>', html)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(lang, "accounts:signup_buyer"), buyer_data(preferred_language=lang))

    user = User.objects.get()
    assert (user.role, user.email, user.full_name) == (User.Role.BUYER, "sato@zakka-kyoto.jp", "佐藤 由紀")
    assert user.preferred_language == lang
    assert user.check_password(NEW_PASSWORD)
    assert user.email_confirmed_at is None
    profile = BuyerProfile.objects.get(user=user)
    assert (profile.company, profile.business_type, profile.country, profile.city) == (
        "Zakka Kyoto K.K.",
        "retailer",
        "JP",
        "Kyoto",
    )
    assert profile.website == "https://zakka-kyoto.jp"
    assert signed_in_user_id(client) == str(user.pk)
    assert response.status_code == 302
    assert response["Location"] == f"/{lang}/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["sato@zakka-kyoto.jp"]
    assert f"/{lang}/accounts/confirm/" in link_in(mail.outbox[0])


def test_the_confirmation_email_is_in_the_language_she_chose_not_the_pages(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("en", "accounts:signup_buyer"), buyer_data(preferred_language="ja"))
    message = mail.outbox[0]
    hello = tr("ja", "Hello %(name)s,") % {"name": "佐藤 由紀"}
    assert hello != "Hello 佐藤 由紀,"
    assert hello in message.body
    assert message.subject == tr("ja", "Hatthakam: please confirm your email address")
    assert "/ja/accounts/confirm/" in link_in(message)
    # Plain text and HTML, both with the link.
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert link_in(message) in html
    assert '<html lang="ja">' in html


def test_the_email_goes_out_only_after_the_account_is_committed(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(url("ja", "accounts:signup_buyer"), buyer_data())
    assert mail.outbox == []
    assert len(callbacks) == 1


def test_errors_keep_what_was_typed_but_not_the_passwords(client):
    response = client.post(
        url("en", "accounts:signup_buyer"),
        buyer_data(**{"company-company": "", "company-city": "", "password2": "another password 1"}),
    )
    assert response.status_code == 200
    assert not User.objects.exists()
    html = page(response)
    # Every mistake at once: the company's and the account's.
    assert html.count("This field is required.") == 2
    assert "The two password fields didn’t match." in html
    assert 'value="佐藤 由紀"' in html and 'value="Sato@Zakka-Kyoto.JP"' in html
    assert 'value="zakka-kyoto.jp"' in html
    assert '<option value="retailer" selected>' in html
    assert NEW_PASSWORD not in html


def test_an_email_is_required_for_a_buyer(client):
    response = client.post(url("en", "accounts:signup_buyer"), buyer_data(email=""))
    assert "This field is required." in page(response)
    response = client.post(url("en", "accounts:signup_buyer"), buyer_data(email="020 5551 2345"))
    assert "Enter a valid email address." in page(response)
    assert not User.objects.exists()


def test_an_email_already_used_gets_the_same_message_and_an_offer_to_sign_in(client, buyer):
    response = client.post(
        url("en", "accounts:signup_buyer") + "?next=/en/products/",
        buyer_data(email="SATO@example.jp", next="/en/products/"),
    )
    assert response.status_code == 200
    html = page(response)
    assert "An account with this email address already exists." in html
    assert "/en/accounts/login/?login=sato%40example.jp&amp;next=/en/products/" in html
    assert User.objects.count() == 1


def test_the_honeypot_creates_no_account_and_counts_towards_the_limit(client):
    response = client.post(url("en", "accounts:signup_buyer"), buyer_data(website="http://spam.example"))
    assert response.status_code == 200
    assert not User.objects.exists() and not BuyerProfile.objects.exists()
    assert signed_in_user_id(client) is None
    html = page(response)
    assert "Your sign-up could not be accepted." in html
    assert "spam.example" not in html
    assert cache.get(lockout._signup_key("127.0.0.1")) == 1


def test_makers_and_buyers_share_the_hourly_limit_of_an_address(client):
    for number in range(lockout.SIGNUP_MAX_PER_HOUR):
        client.post(
            url("en", "accounts:signup"),
            {
                "full_name": "Khamla",
                "login": f"020 5551 23{number:02d}",
                "password1": NEW_PASSWORD,
                "password2": NEW_PASSWORD,
                "preferred_language": "lo",
                "website": "",
            },
        )
        client.logout()
    assert User.objects.count() == lockout.SIGNUP_MAX_PER_HOUR

    response = client.post(url("en", "accounts:signup_buyer"), buyer_data())
    assert response.status_code == 429
    assert "Too many accounts were created from this connection." in page(response)
    assert not User.objects.filter(role=User.Role.BUYER).exists()

    response = client.post(url("en", "accounts:signup_buyer"), buyer_data(), REMOTE_ADDR="10.0.0.9")
    assert response.status_code == 302


def test_a_buyer_sign_up_counts_towards_the_limit(client):
    client.post(url("en", "accounts:signup_buyer"), buyer_data())
    assert cache.get(lockout._signup_key("127.0.0.1")) == 1


# --- next: from an inquiry form to the sign-up and back ----------------------------------------------


def test_next_is_kept_through_errors_and_honoured_after_sign_up(client):
    target = "/ja/inquiries/new/?product=12"
    response = client.get(url("ja", "accounts:signup_buyer") + "?next=" + target)
    assert f'name="next" value="{target}"' in page(response)

    response = client.post(url("ja", "accounts:signup_buyer"), buyer_data(password2="nope", next=target))
    assert f'name="next" value="{target}"' in page(response)

    response = client.post(url("ja", "accounts:signup_buyer"), buyer_data(next=target))
    # Exactly as it came, even in another language: the inquiry she typed waits at that address.
    assert response["Location"] == target


@pytest.mark.parametrize("unsafe", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"])
def test_an_unsafe_next_is_refused(client, unsafe):
    html = page(client.get(url("ja", "accounts:signup_buyer"), {"next": unsafe}))
    # (The language switcher keeps the query string as it is: it is not followed.)
    assert 'name="next"' not in html
    assert 'href="/ja/accounts/login/"' in html
    response = client.post(url("ja", "accounts:signup_buyer"), buyer_data(next=unsafe))
    assert response["Location"] == "/ja/"


def test_the_login_page_and_the_makers_sign_up_link_to_the_buyers_sign_up_keeping_next(client):
    html = page(client.get(url("en", "accounts:login"), {"next": "/en/products/?q=silk"}))
    assert 'href="/en/accounts/signup/buyer/?next=%2Fen%2Fproducts%2F%3Fq%3Dsilk"' in html
    html = page(client.get(url("en", "accounts:signup"), {"next": "/en/products/"}))
    assert 'href="/en/accounts/signup/buyer/?next=%2Fen%2Fproducts%2F"' in html
    html = page(client.get(url("en", "accounts:signup"), {"next": "https://evil.example/"}))
    assert 'href="/en/accounts/signup/buyer/"' in html
    # And back: a maker who landed on the buyers' page.
    html = page(client.get(url("en", "accounts:signup_buyer"), {"next": "/en/products/"}))
    assert "I make handicrafts:" in html and 'href="/en/accounts/signup/"' in html
    assert 'href="/en/accounts/login/?next=%2Fen%2Fproducts%2F"' in html


def test_a_signed_in_person_is_sent_on_from_the_buyers_sign_up(client, buyer):
    client.force_login(buyer)
    response = client.get(url("ja", "accounts:signup_buyer"), {"next": "/ja/products/"})
    assert response["Location"] == "/ja/products/"
    response = client.get(url("ja", "accounts:signup_buyer"))
    assert response["Location"] == "/ja/"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_buyers_sign_up_answers_in_every_language(client, lang):
    response = client.get(url(lang, "accounts:signup_buyer"))
    assert response.status_code == 200
    assert f'<html lang="{lang}">' in page(response)
    assert 'autocomplete="organization"' in page(response) and 'type="email"' in page(response)


# --- Confirmation --------------------------------------------------------------------------------------


def test_the_emailed_link_confirms_the_address_once_even_signed_out(
    client, confirmations, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("ja", "accounts:signup_buyer"), buyer_data())
    client.logout()
    link = link_in(mail.outbox[0])

    response = client.get(link)
    assert response.status_code == 200
    assert tr("ja", "Your email address is confirmed") in page(response)
    user = User.objects.get()
    assert user.email_confirmed_at is not None
    assert confirmations == [user]

    # Clicked again: still fine, nothing confirmed or sent twice.
    first = user.email_confirmed_at
    response = client.get(link)
    assert response.status_code == 200
    user.refresh_from_db()
    assert user.email_confirmed_at == first
    assert len(confirmations) == 1


def test_confirming_delivers_the_inquiries_she_sent_meanwhile(
    client, unconfirmed_buyer, owner, producer, django_capture_on_commit_callbacks
):
    inquiry = factories.InquiryFactory(buyer=unconfirmed_buyer, producer=producer)
    factories.MessageFactory(inquiry=inquiry)
    assert inquiry.is_held
    with django_capture_on_commit_callbacks(execute=True):
        client.get(url("ja", "accounts:confirm_email", token=email_confirmation_token(unconfirmed_buyer)))
    inquiry.refresh_from_db()
    assert not inquiry.is_held
    assert Notice.objects.filter(user=owner, kind=Notice.Kind.INQUIRY_RECEIVED).count() == 1


def old_token(user: User, days: float, monkeypatch) -> str:
    with monkeypatch.context() as patch:
        patch.setattr(
            signing.TimestampSigner,
            "timestamp",
            lambda self: signing.b62_encode(int(time.time() - days * 24 * 3600)),
        )
        return email_confirmation_token(user)


def test_a_link_works_for_seven_days_then_asks_for_a_new_one(
    client, unconfirmed_buyer, monkeypatch, confirmations
):
    client.force_login(unconfirmed_buyer)
    response = client.get(
        url("ja", "accounts:confirm_email", token=old_token(unconfirmed_buyer, 7.1, monkeypatch))
    )
    html = page(response)
    assert tr("ja", "This link does not work any more") in html
    assert 'action="/ja/accounts/confirm/resend/"' in html  # she is signed in: a new link is one tap away
    unconfirmed_buyer.refresh_from_db()
    assert unconfirmed_buyer.email_confirmed_at is None
    assert confirmations == []

    client.get(url("ja", "accounts:confirm_email", token=old_token(unconfirmed_buyer, 6.9, monkeypatch)))
    unconfirmed_buyer.refresh_from_db()
    assert unconfirmed_buyer.email_confirmed_at is not None


@pytest.mark.parametrize("change", ["last", "first", "garbage"])
def test_a_tampered_link_is_refused(client, unconfirmed_buyer, confirmations, change):
    token = email_confirmation_token(unconfirmed_buyer)
    token = {
        "last": token[:-1] + ("A" if token[-1] != "A" else "B"),
        "first": ("A" if token[0] != "A" else "B") + token[1:],
        "garbage": "not-a-token",
    }[change]
    response = client.get(url("en", "accounts:confirm_email", token=token))
    assert response.status_code == 200
    html = page(response)
    assert "This link does not work any more" in html
    # Signed out: told to sign in, and brought to her account page where the new link is.
    assert 'href="/en/accounts/login/?next=/en/accounts/settings/"' in html
    unconfirmed_buyer.refresh_from_db()
    assert unconfirmed_buyer.email_confirmed_at is None
    assert confirmations == []


def test_a_link_for_an_old_address_does_not_confirm_the_new_one(client, unconfirmed_buyer, confirmations):
    old_link = url("en", "accounts:confirm_email", token=email_confirmation_token(unconfirmed_buyer))
    unconfirmed_buyer.email = "yuki@new-shop.jp"
    unconfirmed_buyer.save()
    response = client.get(old_link)
    assert "This link does not work any more" in page(response)
    unconfirmed_buyer.refresh_from_db()
    assert unconfirmed_buyer.email_confirmed_at is None

    client.get(url("en", "accounts:confirm_email", token=email_confirmation_token(unconfirmed_buyer)))
    unconfirmed_buyer.refresh_from_db()
    assert unconfirmed_buyer.email_confirmed_at is not None
    assert confirmations == [unconfirmed_buyer]


def test_a_link_of_another_deactivated_account_is_refused(client, unconfirmed_buyer):
    token = email_confirmation_token(unconfirmed_buyer)
    unconfirmed_buyer.is_active = False
    unconfirmed_buyer.save()
    assert "This link does not work any more" in page(
        client.get(url("en", "accounts:confirm_email", token=token))
    )


def test_a_mail_server_failure_is_logged_and_the_sign_up_still_succeeds(
    client, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def down(self, fail_silently=False):
        raise ConnectionRefusedError("smtp down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", down)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("ja", "accounts:signup_buyer"), buyer_data())
    assert response.status_code == 302
    assert User.objects.filter(role=User.Role.BUYER).count() == 1
    assert "email confirmation: email to user" in caplog.text


# --- Asking for a new link ---------------------------------------------------------------------------


def test_a_new_link_is_sent_a_few_times_an_hour(client, unconfirmed_buyer):
    client.force_login(unconfirmed_buyer)
    for _ in range(services.CONFIRMATION_RESEND_MAX_PER_HOUR):
        response = client.post(url("en", "accounts:confirm_resend"))
        assert response["Location"] == "/en/accounts/settings/"
    assert len(mail.outbox) == services.CONFIRMATION_RESEND_MAX_PER_HOUR
    assert mail.outbox[0].to == ["sato@example.jp"]

    response = client.post(url("en", "accounts:confirm_resend"), follow=True)
    assert len(mail.outbox) == services.CONFIRMATION_RESEND_MAX_PER_HOUR
    assert "You have asked for several links in the last hour." in page(response)

    # The last link sent works.
    client.get(link_in(mail.outbox[-1]))
    unconfirmed_buyer.refresh_from_db()
    assert unconfirmed_buyer.email_confirmed_at is not None


def test_the_resend_goes_back_to_a_safe_next(client, unconfirmed_buyer):
    client.force_login(unconfirmed_buyer)
    response = client.post(url("ja", "accounts:confirm_resend"), {"next": "/ja/inquiries/"})
    assert response["Location"] == "/ja/inquiries/"
    response = client.post(url("ja", "accounts:confirm_resend"), {"next": "https://evil.example/"})
    assert response["Location"] == "/ja/accounts/settings/"
    html = page(client.get(response["Location"]))
    assert "sato@example.jp" in html


def test_the_resend_is_a_post_for_a_signed_in_person(client, unconfirmed_buyer):
    response = client.post(url("en", "accounts:confirm_resend"))
    assert response["Location"].startswith("/en/accounts/login/")
    client.force_login(unconfirmed_buyer)
    assert client.get(url("en", "accounts:confirm_resend")).status_code == 405
    assert mail.outbox == []


def test_no_link_for_a_confirmed_address(client, buyer):
    buyer.email_confirmed_at = timezone.now()
    buyer.save()
    client.force_login(buyer)
    response = client.post(url("en", "accounts:confirm_resend"), follow=True)
    assert mail.outbox == []
    assert "Your email address is already confirmed." in page(response)


def test_a_mail_failure_on_resend_is_a_message_not_an_error(client, unconfirmed_buyer, monkeypatch, caplog):
    monkeypatch.setattr(
        "django.core.mail.EmailMultiAlternatives.send",
        lambda self, fail_silently=False: (_ for _ in ()).throw(OSError("down")),
    )
    client.force_login(unconfirmed_buyer)
    response = client.post(url("en", "accounts:confirm_resend"), follow=True)
    assert response.status_code == 200
    assert "The email could not be sent just now." in page(response)
    assert "email confirmation: email to user" in caplog.text


# --- Settings ----------------------------------------------------------------------------------------


def settings_data(user: User, **overrides) -> dict:
    data = {
        "full_name": user.full_name,
        "preferred_language": user.preferred_language,
        "phone": user.phone or "",
        "email": user.email or "",
        "current_password": "",
    }
    return {**data, **overrides}


def company_data(**overrides) -> dict:
    data = {
        "section": "company",
        "company-company": "Kyoto Folk Crafts Ltd.",
        "company-business_type": "importer",
        "company-country": "JP",
        "company-city": "Kyoto",
        "company-website": "",
    }
    return {**data, **overrides}


def test_a_buyer_sees_her_company_and_whether_her_email_is_confirmed(client, unconfirmed_buyer):
    client.force_login(unconfirmed_buyer)
    html = page(client.get(url("en", "accounts:settings")))
    assert f'value="{unconfirmed_buyer.buyer_profile.company}"' in html
    assert "Please open the link we emailed to sato@example.jp." in html
    assert 'action="/en/accounts/confirm/resend/"' in html

    unconfirmed_buyer.email_confirmed_at = timezone.now()
    unconfirmed_buyer.save()
    html = page(client.get(url("en", "accounts:settings")))
    assert "Your email address sato@example.jp is confirmed." in html
    assert 'action="/en/accounts/confirm/resend/"' not in html


def test_a_buyer_edits_her_company(client, buyer):
    client.force_login(buyer)
    response = client.post(
        url("ja", "accounts:settings"), company_data(**{"company-website": "kyoto-folk.jp"})
    )
    assert response["Location"] == "/ja/accounts/settings/"
    profile = BuyerProfile.objects.get(user=buyer)
    assert (profile.company, profile.business_type, profile.website) == (
        "Kyoto Folk Crafts Ltd.",
        "importer",
        "https://kyoto-folk.jp",
    )
    buyer.refresh_from_db()
    assert buyer.full_name == "Sato Yuki"  # the account form was not touched


def test_company_errors_keep_what_was_typed(client, buyer):
    client.force_login(buyer)
    response = client.post(
        url("en", "accounts:settings"), company_data(**{"company-company": "", "company-city": "Osaka"})
    )
    assert response.status_code == 200
    assert "This field is required." in page(response)
    assert 'value="Osaka"' in page(response)
    assert BuyerProfile.objects.get(user=buyer).city == "Kyoto"


def test_a_buyer_made_without_a_company_can_add_one(client, db):
    buyer = factories.UserFactory(role=User.Role.BUYER, email="new@example.jp")
    client.force_login(buyer)
    assert client.get(url("en", "accounts:settings")).status_code == 200
    client.post(url("en", "accounts:settings"), company_data())
    assert BuyerProfile.objects.get(user=buyer).company == "Kyoto Folk Crafts Ltd."


def test_changing_the_email_asks_for_a_new_confirmation(client, buyer, django_capture_on_commit_callbacks):
    buyer.email_confirmed_at = timezone.now()
    buyer.save()
    client.force_login(buyer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("en", "accounts:settings"),
            settings_data(buyer, email="Yuki@New-Shop.jp", current_password=PASSWORD),
        )
    assert response.status_code == 302
    buyer.refresh_from_db()
    assert buyer.email == "yuki@new-shop.jp"
    assert buyer.email_confirmed_at is None
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["yuki@new-shop.jp"]
    assert "/ja/accounts/confirm/" in link_in(mail.outbox[0])  # her language, not the page's
    html = page(client.get(response["Location"]))
    sent = "We have emailed a link to %(email)s: please open it to confirm your new address."
    assert tr("ja", sent) % {"email": "yuki@new-shop.jp"} in html  # the page of her language

    client.get(link_in(mail.outbox[0]))
    buyer.refresh_from_db()
    assert buyer.email_confirmed_at is not None


def test_other_settings_keep_the_confirmation(client, buyer, django_capture_on_commit_callbacks):
    confirmed_at = timezone.now()
    buyer.email_confirmed_at = confirmed_at
    buyer.save()
    client.force_login(buyer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url("en", "accounts:settings"),
            settings_data(buyer, full_name="佐藤 由紀", email="SATO@example.jp"),
        )
    buyer.refresh_from_db()
    assert buyer.full_name == "佐藤 由紀"
    assert buyer.email_confirmed_at == confirmed_at
    assert mail.outbox == []


def test_a_refused_email_change_shows_the_stored_address_as_it_is(client, unconfirmed_buyer):
    client.force_login(unconfirmed_buyer)
    response = client.post(
        url("en", "accounts:settings"), settings_data(unconfirmed_buyer, email="other@example.jp")
    )
    html = page(response)
    assert "Enter your current password to change your phone number or email." in html
    assert "Please open the link we emailed to sato@example.jp." in html


def test_an_artisan_has_no_company_form(client, owner):
    client.force_login(owner)
    html = page(client.get(url("lo", "accounts:settings")))
    assert 'name="company-company"' not in html
    response = client.post(url("lo", "accounts:settings"), company_data())
    assert response.status_code == 200
    assert not BuyerProfile.objects.exists()


def test_a_moderator_has_no_company_form(client, moderator):
    client.force_login(moderator)
    assert 'name="company-company"' not in page(client.get(url("en", "accounts:settings")))


def test_settings_send_visitors_to_sign_in(client, db):
    response = client.post(url("ja", "accounts:settings"), company_data())
    assert response["Location"] == "/ja/accounts/login/?next=/ja/accounts/settings/"
    assert not BuyerProfile.objects.exists()


def test_a_buyer_edits_only_her_own_company(client, buyer):
    other = factories.BuyerFactory(email="other@example.jp")
    client.force_login(buyer)
    client.post(url("en", "accounts:settings"), company_data())
    assert BuyerProfile.objects.get(user=other).company != "Kyoto Folk Crafts Ltd."
    assert BuyerProfile.objects.get(user=buyer).company == "Kyoto Folk Crafts Ltd."
