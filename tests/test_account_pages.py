"""Account pages: a maker signs up and in with a phone number or an email, in Lao; lockout, rate limits,
password reset in the recipient's language, and settings."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from accounts import lockout
from accounts.models import User
from tests import factories

LANGUAGES = ["lo", "en", "ja"]
PASSWORD = "correct horse battery"
NEW_PASSWORD = "indigo loom 2026 silk"


def url(lang: str, name: str, **kwargs) -> str:
    with translation.override(lang):
        return reverse(name, kwargs=kwargs or None)


def tr(lang: str, text: str) -> str:
    """`text` as the page in `lang` shows it."""
    with translation.override(lang):
        return translation.gettext(text)


def signed_in_user_id(client) -> str | None:
    return client.session.get(SESSION_KEY)


def signup_data(**overrides) -> dict:
    data = {
        "full_name": "Khamla Phommavong",
        "login": "020 5551 2345",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        "preferred_language": "lo",
        "website": "",
    }
    return {**data, **overrides}


def page(response) -> str:
    return response.content.decode()


@pytest.fixture(autouse=True)
def _empty_cache():
    # Lockouts and sign-up counts live in the cache: every test starts with none.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def clock(monkeypatch):
    """Move the lockout's clock forward: clock.advance(seconds)."""

    class Clock:
        offset = 0.0

        def advance(self, seconds: float) -> None:
            self.offset += seconds

    state = Clock()
    real_now = lockout.now
    monkeypatch.setattr(lockout, "now", lambda: real_now() + state.offset)
    return state


@pytest.fixture
def artisan(db):
    return factories.ArtisanFactory(phone="+8562055512345", full_name="Khamla")


# --- Sign-up ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_signup_with_a_lao_phone_typed_locally_makes_a_signed_in_lao_artisan(client):
    response = client.post(url("lo", "accounts:signup"), signup_data())
    user = User.objects.get()
    assert user.phone == "+8562055512345"
    assert user.email is None
    assert user.role == User.Role.ARTISAN
    assert user.preferred_language == "lo"
    assert user.full_name == "Khamla Phommavong"
    assert user.check_password(NEW_PASSWORD)
    assert signed_in_user_id(client) == str(user.pk)
    assert response.status_code == 302
    assert response["Location"] == "/lo/my/producer/"


@pytest.mark.django_db
def test_signup_offers_lao_first_even_on_an_english_page(client):
    # Many phones in Laos have no Lao system language: the browser says English, the maker reads Lao.
    html = page(client.get(url("en", "accounts:signup")))
    assert re.search(r'<input type="radio" name="preferred_language" value="lo"[^>]*checked', html)
    response = client.post(url("en", "accounts:signup"), signup_data())
    assert User.objects.get().preferred_language == "lo"
    assert response["Location"] == "/lo/my/producer/"


@pytest.mark.django_db
def test_signup_in_another_language_goes_on_in_it(client):
    response = client.post(
        url("lo", "accounts:signup"), signup_data(login="Khamla@Example.LA", preferred_language="ja")
    )
    user = User.objects.get()
    assert user.email == "khamla@example.la"
    assert user.phone is None
    assert user.preferred_language == "ja"
    assert response["Location"] == "/ja/my/producer/"


@pytest.mark.django_db
def test_signup_with_a_phone_already_used_offers_to_sign_in_and_keeps_what_was_typed(client, artisan):
    response = client.post(url("en", "accounts:signup"), signup_data(login="+856 20 5551 2345"))
    assert response.status_code == 200
    assert User.objects.count() == 1
    html = page(response)
    assert "An account with this phone number already exists." in html
    assert "Sign in instead?" in html
    assert "/en/accounts/login/?login=%2B856%2020%205551%202345" in html
    assert 'value="Khamla Phommavong"' in html and 'value="+856 20 5551 2345"' in html
    assert NEW_PASSWORD not in html  # passwords are never sent back


@pytest.mark.django_db
def test_signup_with_an_email_already_used_in_another_case_is_refused(client):
    factories.BuyerFactory(email="sato@example.jp")
    response = client.post(url("en", "accounts:signup"), signup_data(login="SATO@example.jp"))
    assert "An account with this email address already exists." in page(response)
    assert User.objects.filter(role=User.Role.ARTISAN).count() == 0


@pytest.mark.django_db
def test_signup_with_an_invalid_phone_says_how_to_type_it(client):
    response = client.post(url("en", "accounts:signup"), signup_data(login="12"))
    assert "Enter a valid phone number" in page(response)
    assert not User.objects.exists()


@pytest.mark.django_db
def test_signup_with_the_honeypot_filled_creates_no_user(client):
    response = client.post(url("en", "accounts:signup"), signup_data(website="http://spam.example"))
    assert response.status_code == 200
    assert not User.objects.exists()
    assert signed_in_user_id(client) is None
    html = page(response)
    assert "Your sign-up could not be accepted." in html
    assert "spam.example" not in html  # the trap is shown empty again, so a person can retry


@pytest.mark.django_db
def test_signups_are_limited_per_address_per_hour(client):
    for number in range(lockout.SIGNUP_MAX_PER_HOUR):
        client.post(url("en", "accounts:signup"), signup_data(login=f"020 5551 23{number:02d}"))
        client.logout()
    assert User.objects.count() == lockout.SIGNUP_MAX_PER_HOUR

    response = client.post(url("en", "accounts:signup"), signup_data(login="020 5551 2399"))
    assert response.status_code == 429
    assert "Too many accounts were created from this connection." in page(response)
    assert User.objects.count() == lockout.SIGNUP_MAX_PER_HOUR

    response = client.post(
        url("en", "accounts:signup"), signup_data(login="020 5551 2399"), REMOTE_ADDR="10.0.0.9"
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_a_weak_password_is_refused_with_a_lao_message_on_the_lao_page(client):
    response = client.post(
        url("lo", "accounts:signup"), signup_data(password1="12345678", password2="12345678")
    )
    assert not User.objects.exists()
    html = page(response)
    lao = tr("lo", "This password is too common.")
    assert lao != "This password is too common."
    assert lao in html
    assert "This password is too common." not in html


@pytest.mark.django_db
def test_passwords_that_differ_are_refused(client):
    response = client.post(url("en", "accounts:signup"), signup_data(password2="another password 1"))
    assert not User.objects.exists()
    assert "The two password fields didn’t match." in page(response)


def test_a_signed_in_artisan_is_sent_from_signup_to_her_producer(client, artisan):
    client.force_login(artisan)
    response = client.get(url("lo", "accounts:signup"))
    assert response["Location"] == "/lo/my/producer/"


# --- Sign-in ---------------------------------------------------------------------------------------


def sign_in(client, login: str, password: str = PASSWORD, lang: str = "en", ip: str = "127.0.0.1", **fields):
    data = {"username": login, "password": password, **fields}
    return client.post(url(lang, "accounts:login"), data, REMOTE_ADDR=ip)


def test_an_artisan_signs_in_with_her_phone_typed_locally_and_lands_in_lao(client, artisan):
    response = sign_in(client, "020 5551 2345", lang="en")
    assert signed_in_user_id(client) == str(artisan.pk)
    assert response["Location"] == "/lo/my/producer/"


def test_a_buyer_signs_in_with_an_email_and_lands_in_japanese(client, buyer):
    response = sign_in(client, "sato@example.jp", lang="en")
    assert signed_in_user_id(client) == str(buyer.pk)
    assert response["Location"] == "/ja/"


def test_a_wrong_password_is_refused_with_a_message(client, artisan):
    response = sign_in(client, "020 5551 2345", "wrong password")
    assert response.status_code == 200
    assert signed_in_user_id(client) is None
    html = page(response)
    assert "do not match an account" in html
    assert 'value="020 5551 2345"' in html


def test_the_login_box_is_prefilled_from_the_signup_page_link(client):
    response = client.get(url("en", "accounts:login") + "?login=%2B856%2020%205551%202345")
    assert 'value="+856 20 5551 2345"' in page(response)


def test_five_wrong_passwords_lock_the_pair_for_fifteen_minutes_then_it_opens(client, artisan, clock):
    for _attempt in range(lockout.LOGIN_MAX_FAILURES - 1):
        response = sign_in(client, "020 5551 2345", "wrong password")
        assert "do not match an account" in page(response)
    response = sign_in(client, "+8562055512345", "wrong password")  # any spelling counts for the same login
    assert "try again in 15 minutes" in page(response)

    # Locked: even the right password is not tried.
    response = sign_in(client, "020 5551 2345")
    assert signed_in_user_id(client) is None
    assert "try again in 15 minutes" in page(response)

    # The pair is locked, not the person: from another address she can still sign in.
    sign_in(client, "020 5551 2345", ip="10.1.2.3")
    assert signed_in_user_id(client) == str(artisan.pk)
    client.logout()

    clock.advance(lockout.LOGIN_LOCK_SECONDS - 60)
    assert "try again in 1 minute." in page(sign_in(client, "020 5551 2345"))

    clock.advance(61)
    sign_in(client, "020 5551 2345")
    assert signed_in_user_id(client) == str(artisan.pk)


def test_the_lockout_message_is_translated(client, artisan):
    for _attempt in range(lockout.LOGIN_MAX_FAILURES):
        response = sign_in(client, "020 5551 2345", "wrong password", lang="lo")
    with translation.override("lo"):
        expected = translation.ngettext(
            "Too many wrong passwords. For your safety, sign-in is paused: try again in %(minutes)s minute.",
            "Too many wrong passwords. For your safety, sign-in is paused: try again in %(minutes)s minutes.",
            15,
        ) % {"minutes": 15}
    assert expected in page(response)


def test_a_successful_sign_in_forgets_earlier_failures(client, artisan):
    for _attempt in range(lockout.LOGIN_MAX_FAILURES - 1):
        sign_in(client, "020 5551 2345", "wrong password")
    sign_in(client, "020 5551 2345")
    client.logout()
    response = sign_in(client, "020 5551 2345", "wrong password")
    assert "do not match an account" in page(response)


def test_next_is_honoured_in_the_persons_language(client, artisan):
    response = sign_in(client, "020 5551 2345", next="/en/producers/?page=2")
    assert response["Location"] == "/lo/producers/?page=2"


def test_next_is_honoured_as_is_when_the_language_already_matches(client, buyer):
    response = sign_in(client, "sato@example.jp", lang="ja", next="/ja/producers/")
    assert response["Location"] == "/ja/producers/"


@pytest.mark.parametrize("unsafe", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"])
def test_an_unsafe_next_is_ignored(client, buyer, unsafe):
    response = sign_in(client, "sato@example.jp", lang="ja", next=unsafe)
    assert response["Location"] == "/ja/"


def test_the_login_page_carries_next_into_its_form(client):
    response = client.get(url("en", "accounts:login") + "?next=/en/producers/")
    assert 'name="next" value="/en/producers/"' in page(response)


# --- Sign-out --------------------------------------------------------------------------------------


def test_sign_out_needs_a_post(client, artisan):
    client.force_login(artisan)
    response = client.get(url("lo", "accounts:logout"))
    assert response.status_code == 405
    assert signed_in_user_id(client) == str(artisan.pk)

    response = client.post(url("lo", "accounts:logout"))
    assert response.status_code == 302
    assert response["Location"] == "/lo/"
    assert signed_in_user_id(client) is None


def test_the_header_shows_sign_in_and_join_to_visitors(client, db):
    html = page(client.get(url("en", "accounts:login")))
    assert 'href="/en/accounts/login/"' in html and 'href="/en/accounts/signup/"' in html
    assert "Sign out" not in html


def test_the_header_shows_account_and_a_sign_out_button_when_signed_in(client, artisan):
    client.force_login(artisan)
    html = page(client.get(url("lo", "accounts:settings")))
    assert 'href="/lo/accounts/settings/"' in html
    assert 'action="/lo/accounts/logout/"' in html
    assert 'href="/lo/accounts/signup/"' not in html


def test_the_header_links_makers_to_their_producer_and_no_one_else(client, artisan, buyer):
    client.force_login(artisan)
    assert 'href="/lo/my/producer/"' in page(client.get(url("lo", "accounts:settings")))
    client.force_login(buyer)
    assert 'href="/ja/my/producer/"' not in page(client.get(url("ja", "accounts:settings")))


# --- Password reset and change -----------------------------------------------------------------------


def test_password_reset_sends_the_email_in_the_recipients_language(client, db):
    user = factories.ArtisanFactory(email="khamla@example.la", preferred_language="lo")
    response = client.post(url("en", "accounts:password_reset"), {"email": "Khamla@example.la"})
    assert response["Location"] == url("en", "accounts:password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["khamla@example.la"]
    assert message.subject == tr("lo", "Choose a new password for Hatthakam")
    link = re.search(r"http\S+/lo/accounts/password/reset/\S+/\S+/", message.body).group(0)

    # The link works: it leads to the form, and the new password signs her in.
    response = client.get(link, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0]
    response = client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response["Location"] == url("lo", "accounts:password_reset_complete")
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_password_reset_for_an_unknown_email_says_the_same_and_sends_nothing(client, db):
    response = client.post(url("en", "accounts:password_reset"), {"email": "nobody@example.la"})
    assert response["Location"] == url("en", "accounts:password_reset_done")
    assert mail.outbox == []


def test_password_reset_emails_are_limited_per_address_and_per_address_of_the_caller(client, db):
    from accounts import lockout

    factories.ArtisanFactory(email="khamla@example.la")
    for _ in range(lockout.RESET_MAX_PER_LOGIN + 2):
        response = client.post(url("en", "accounts:password_reset"), {"email": "khamla@example.la"})
        # The same answer every time: it tells no one that a limit was reached for this address.
        assert response["Location"] == url("en", "accounts:password_reset_done")
    assert len(mail.outbox) == lockout.RESET_MAX_PER_LOGIN

    # One caller cycling through many addresses is held back too.
    mail.outbox.clear()
    for n in range(lockout.RESET_MAX_PER_ADDRESS + 3):
        factories.ArtisanFactory(email=f"maker{n}@example.la")
        client.post(url("en", "accounts:password_reset"), {"email": f"maker{n}@example.la"})
    assert len(mail.outbox) == lockout.RESET_MAX_PER_ADDRESS - lockout.RESET_MAX_PER_LOGIN - 2
    # Someone else, from another address, still gets her email.
    factories.ArtisanFactory(email="noy@example.la")
    client.post(url("en", "accounts:password_reset"), {"email": "noy@example.la"}, REMOTE_ADDR="10.9.8.7")
    assert mail.outbox[-1].to == ["noy@example.la"]


def test_the_reset_page_tells_phone_only_makers_to_ask_the_association(client, db):
    html = page(client.get(url("lo", "accounts:password_reset")))
    text = (
        "If you signed up with a phone number only, we cannot send you a message: there is no SMS. "
        "Contact the Luang Prabang Handicraft Association: a moderator will check that it is you and "
        "give you a temporary password. Change it after you sign in."
    )
    assert tr("lo", text) in html


def test_a_signed_in_person_changes_her_password(client, artisan):
    client.force_login(artisan)
    response = client.post(
        url("lo", "accounts:password_change"),
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response["Location"] == url("lo", "accounts:password_change_done")
    artisan.refresh_from_db()
    assert artisan.check_password(NEW_PASSWORD)
    assert signed_in_user_id(client) == str(artisan.pk)  # still signed in on this phone


# --- Settings --------------------------------------------------------------------------------------


def settings_data(user: User, **overrides) -> dict:
    data = {
        "full_name": user.full_name,
        "preferred_language": user.preferred_language,
        "phone": user.phone or "",
        "email": user.email or "",
        "current_password": "",
    }
    return {**data, **overrides}


def test_changing_the_language_switches_the_interface(client, artisan):
    client.force_login(artisan)
    response = client.post(url("lo", "accounts:settings"), settings_data(artisan, preferred_language="ja"))
    assert response["Location"] == "/ja/accounts/settings/"
    artisan.refresh_from_db()
    assert artisan.preferred_language == "ja"
    html = page(client.get(response["Location"]))
    assert tr("ja", "Your settings are saved.") in html


def test_the_name_changes_without_a_password(client, artisan):
    client.force_login(artisan)
    client.post(url("lo", "accounts:settings"), settings_data(artisan, full_name="Khamla S."))
    artisan.refresh_from_db()
    assert artisan.full_name == "Khamla S."


def test_the_settings_form_shows_the_phone_grouped_and_keeps_it_when_resent(client, artisan):
    client.force_login(artisan)
    html = page(client.get(url("en", "accounts:settings")))
    assert 'value="+856 20 55 512 345"' in html
    response = client.post(url("en", "accounts:settings"), settings_data(artisan, phone="+856 20 55 512 345"))
    assert response.status_code == 302  # the same number, typed another way: no password asked


def test_changing_the_phone_asks_for_the_current_password_and_normalises_it(client, artisan):
    client.force_login(artisan)
    response = client.post(url("en", "accounts:settings"), settings_data(artisan, phone="020 9999 8888"))
    assert response.status_code == 200
    assert "Enter your current password to change your phone number or email." in page(response)
    assert 'value="020 9999 8888"' in page(response)
    artisan.refresh_from_db()
    assert artisan.phone == "+8562055512345"

    response = client.post(
        url("en", "accounts:settings"),
        settings_data(artisan, phone="020 9999 8888", current_password=PASSWORD),
    )
    assert response.status_code == 302
    artisan.refresh_from_db()
    assert artisan.phone == "+8562099998888"


def test_settings_refuse_an_invalid_or_taken_phone_or_email(client, artisan, buyer):
    client.force_login(artisan)
    other = factories.ArtisanFactory(phone="+8562077776666")
    for overrides, message in [
        ({"phone": "12"}, "Enter a valid phone number"),
        ({"phone": "020 7777 6666"}, "Another account already uses this phone number."),
        ({"email": "SATO@example.jp"}, "Another account already uses this email address."),
        ({"email": "not an email"}, "Enter a valid email address."),
        ({"phone": "", "email": ""}, "Keep a phone number or an email: it is how you sign in."),
    ]:
        data = settings_data(artisan, current_password=PASSWORD, **overrides)
        response = client.post(url("en", "accounts:settings"), data)
        assert response.status_code == 200, overrides
        assert message in page(response), overrides
    artisan.refresh_from_db()
    other.refresh_from_db()
    assert (artisan.phone, artisan.email) == ("+8562055512345", None)
    assert other.phone == "+8562077776666"


def test_an_email_can_be_added_with_the_password(client, artisan):
    client.force_login(artisan)
    response = client.post(
        url("en", "accounts:settings"),
        settings_data(artisan, email="Khamla@Example.LA", current_password=PASSWORD),
    )
    assert response.status_code == 302
    artisan.refresh_from_db()
    assert artisan.email == "khamla@example.la"


def test_settings_change_only_the_signed_in_persons_account(client, buyer, other_artisan):
    client.force_login(buyer)
    client.post(url("ja", "accounts:settings"), settings_data(buyer, full_name="佐藤 由紀"))
    buyer.refresh_from_db()
    other_artisan.refresh_from_db()
    assert buyer.full_name == "佐藤 由紀"
    assert other_artisan.full_name == "Bounmy"


@pytest.mark.parametrize("name", ["accounts:settings", "accounts:password_change"])
def test_personal_pages_send_visitors_to_sign_in_and_back(client, db, name):
    target = url("lo", name)
    response = client.get(target)
    assert response.status_code == 302
    assert response["Location"] == f"/lo/accounts/login/?next={target}"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    "name",
    [
        "accounts:signup",
        "accounts:login",
        "accounts:password_reset",
        "accounts:password_reset_done",
        "accounts:password_reset_complete",
    ],
)
def test_public_account_pages_answer_in_every_language(client, db, lang, name):
    response = client.get(url(lang, name))
    assert response.status_code == 200
    assert f'<html lang="{lang}">' in page(response)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("persona", ["owner", "buyer", "moderator"])
def test_personal_account_pages_answer_for_every_persona(client, request, lang, persona):
    client.force_login(request.getfixturevalue(persona))
    for name in ["accounts:settings", "accounts:password_change", "accounts:password_change_done"]:
        assert client.get(url(lang, name)).status_code == 200, name


def test_an_invalid_reset_link_says_to_ask_for_a_new_one(client, db):
    response = client.get(url("en", "accounts:password_reset_confirm", uidb64="MQ", token="bad-token"))
    assert response.status_code == 200
    assert "This link does not work any more" in page(response)


def test_form_inputs_bring_the_right_phone_keyboard_and_autofill(client, artisan):
    signup = page(client.get(url("lo", "accounts:signup")))
    assert 'autocomplete="username"' in signup and 'autocomplete="new-password"' in signup
    assert 'autocomplete="name"' in signup
    assert "<script" not in signup
    client.force_login(artisan)
    settings_page = page(client.get(url("lo", "accounts:settings")))
    assert 'type="tel"' in settings_page and 'inputmode="tel"' in settings_page
    assert 'type="email"' in settings_page and 'autocomplete="current-password"' in settings_page
