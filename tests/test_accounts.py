"""People sign in with an email or a phone number; Lao numbers may be typed without +856."""

from __future__ import annotations

import pytest
from django.contrib.auth import authenticate
from django.core.exceptions import ValidationError

from accounts.phones import format_phone, normalise_phone
from tests import factories


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("020 5551 2345", "+8562055512345"),
        ("02055512345", "+8562055512345"),
        ("+856 20 5551 2345", "+8562055512345"),
        ("2055512345", "+8562055512345"),
        ("+81 90-1234-5678", "+819012345678"),
    ],
)
def test_phone_numbers_are_stored_in_e164(typed, stored):
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize("typed", ["", "12", "hello", "+856 99"])
def test_invalid_phone_numbers_are_refused_with_a_message(typed):
    with pytest.raises(ValidationError) as error:
        normalise_phone(typed)
    assert error.value.messages


def test_phone_numbers_are_shown_grouped():
    assert format_phone("+8562055512345") == "+856 20 55 512 345"


@pytest.mark.django_db
def test_an_artisan_signs_in_with_a_phone_number_typed_the_lao_way():
    artisan = factories.ArtisanFactory(phone="+8562055512345")
    assert authenticate(username="020 5551 2345", password="correct horse battery") == artisan
    assert authenticate(username="020 5551 2345", password="wrong") is None


@pytest.mark.django_db
def test_a_buyer_signs_in_with_an_email_in_any_case():
    buyer = factories.BuyerFactory(email="sato@example.jp")
    assert authenticate(username="Sato@Example.JP", password="correct horse battery") == buyer


@pytest.mark.django_db
def test_an_inactive_user_cannot_sign_in():
    factories.BuyerFactory(email="gone@example.jp", is_active=False)
    assert authenticate(username="gone@example.jp", password="correct horse battery") is None


@pytest.mark.django_db
def test_the_moderators_group_gets_the_moderated_apps_permissions(moderator):
    assert moderator.has_perm("catalogue.change_product")
    assert moderator.has_perm("producers.change_producer")
    assert moderator.has_perm("orders.view_inquiry")
    assert not moderator.has_perm("auth.change_group")
