"""Phone numbers: stored in E.164 (+8562055512345); Lao numbers may be typed without +856."""

from __future__ import annotations

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DEFAULT_REGION = "LA"


def normalise_phone(raw: str, region: str = DEFAULT_REGION) -> str:
    """Return `raw` in E.164 or raise ValidationError with a message a person can act on."""
    text = (raw or "").strip()
    if not text:
        raise ValidationError(_("Enter a phone number."), code="required")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as error:
        raise ValidationError(
            _("Enter a valid phone number, for example 020 5551 2345 or +81 90 1234 5678."), code="invalid"
        ) from error
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(
            _("Enter a valid phone number, for example 020 5551 2345 or +81 90 1234 5678."), code="invalid"
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def validate_e164(value: str) -> None:
    if value and normalise_phone(value) != value:
        raise ValidationError(
            _("Store phone numbers in international form, e.g. +8562055512345."), code="e164"
        )


def format_phone(value: str) -> str:
    """A stored E.164 number in international form for display: +856 20 5551 2345."""
    try:
        return phonenumbers.format_number(
            phonenumbers.parse(value, None), phonenumbers.PhoneNumberFormat.INTERNATIONAL
        )
    except phonenumbers.NumberParseException:
        return value
