"""Forms of the account pages: sign-up (makers and buyers), sign-in, password reset and the person's
settings, with a buyer's company.

Typed for a cheap phone: one "phone number or email" box (an "@" tells which), the right keyboard for each
field, and messages a maker can act on. Passwords are the only thing not shown again after an error.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordMixin
from django.core.exceptions import ValidationError
from django.utils.translation import get_language, get_language_info, ngettext
from django.utils.translation import gettext_lazy as _

from accounts import lockout
from accounts.models import BuyerProfile, User
from accounts.phones import normalise_phone
from multilingual.context import language
from multilingual.fields import language_codes

# Letters and digits both: an artisan may type a phone number or an email into the same box. "username"
# lets password managers pair it with the password.
LOGIN_ATTRS = {
    "autocomplete": "username",
    "autocapitalize": "none",
    "autocorrect": "off",
    "spellcheck": "false",
}

DUPLICATE_PHONE = _("An account with this phone number already exists.")
DUPLICATE_EMAIL = _("An account with this email address already exists.")


def split_login(text: str) -> tuple[str | None, str | None]:
    """(email, phone) from what was typed in the "phone number or email" box; raises ValidationError."""
    text = (text or "").strip()
    if "@" in text:
        email = forms.EmailField().clean(text)
        return User.objects.normalize_email(email).lower(), None
    return None, normalise_phone(text)


def email_taken(email: str, exclude: User | None = None) -> bool:
    users = User.objects.filter(email__iexact=email)
    return users.exclude(pk=exclude.pk).exists() if exclude else users.exists()


def phone_taken(phone: str, exclude: User | None = None) -> bool:
    users = User.objects.filter(phone=phone)
    return users.exclude(pk=exclude.pk).exists() if exclude else users.exists()


def language_radio_choices() -> list[tuple[str, str]]:
    # Each language in its own script: a Lao reader on the Japanese page still finds "ລາວ".
    return [(code, get_language_info(code)["name_local"]) for code in language_codes()]


class NewAccountForm(SetPasswordMixin, forms.Form):
    """What every sign-up asks and checks: a name, a language, the password twice, the honeypot and the
    hourly limit per address. `ip` is the caller's address, for that limit."""

    full_name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    preferred_language = forms.ChoiceField(
        label=_("Language of the site, emails and notices"),
        choices=language_radio_choices,
        widget=forms.RadioSelect,
    )
    password1, password2 = SetPasswordMixin.create_password_fields()
    # The honeypot: hidden from people by the template; scripts that fill every box fill it too.
    website = forms.CharField(label=_("Leave this box empty"), required=False)

    error_messages = {
        **SetPasswordMixin.error_messages,
        "honeypot": _("Your sign-up could not be accepted. Please check the form and send it again."),
        "rate_limited": _(
            "Too many accounts were created from this connection. Please try again in an hour."
        ),
    }

    def __init__(self, *args, ip: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.ip = ip
        self.fields["preferred_language"].initial = self.default_language()
        # Set when the phone number or email has an account already, so the page offers to sign in.
        self.existing_login = ""

    # Lao unless she picks another: many phones in Laos have no Lao system language, so the browser
    # (and the page she signed up on) often says English when the maker reads Lao.
    def default_language(self) -> str:
        return "lo"

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("website"):
            raise ValidationError(self.error_messages["honeypot"], code="honeypot")
        if not lockout.signup_allowed(self.ip):
            raise ValidationError(self.error_messages["rate_limited"], code="rate_limited")
        self.validate_passwords()
        # The password is checked against the person it will belong to ("too similar to the email").
        user = User(
            full_name=cleaned_data.get("full_name", ""),
            email=cleaned_data.get("email"),
            phone=cleaned_data.get("phone"),
        )
        self.validate_password_for_user(user)
        return cleaned_data


class SignUpForm(NewAccountForm):
    """A maker's new account, with a phone number or an email."""

    login = forms.CharField(
        label=_("Phone number or email"),
        max_length=254,
        help_text=_("A Lao number may be typed without +856, for example 020 5551 2345."),
        widget=forms.TextInput(attrs=LOGIN_ATTRS),
    )

    def clean_login(self) -> str:
        email, phone = split_login(self.cleaned_data["login"])
        if email and email_taken(email):
            self.existing_login = email
            raise ValidationError(DUPLICATE_EMAIL, code="duplicate")
        if phone and phone_taken(phone):
            self.existing_login = self.cleaned_data["login"]
            raise ValidationError(DUPLICATE_PHONE, code="duplicate")
        self.cleaned_data["email"], self.cleaned_data["phone"] = email, phone
        return self.cleaned_data["login"]


class BuyerSignUpForm(NewAccountForm):
    """A buyer's new account: an email is required (the link that confirms it lets her inquiries reach
    the makers). Her company is asked by BuyerProfileForm on the same page."""

    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        help_text=_("We will email you a link to confirm it."),
        widget=forms.EmailInput(
            attrs={"autocomplete": "email", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )

    # The language of the page she signs up on: a Japanese buyer on the Japanese page goes on in Japanese.
    def default_language(self) -> str:
        return get_language() if get_language() in language_codes() else "en"

    def clean_email(self) -> str:
        email = User.objects.normalize_email(self.cleaned_data["email"]).lower()
        if email_taken(email):
            self.existing_login = email
            raise ValidationError(DUPLICATE_EMAIL, code="duplicate")
        return email


class BuyerProfileForm(forms.ModelForm):
    """The company a buyer works for: asked at sign-up, changed on her settings page.

    Its boxes are prefixed ("company-website"): the sign-up page has the honeypot named "website".
    """

    prefix = "company"

    class Meta:
        model = BuyerProfile
        fields = ("company", "business_type", "country", "city", "website")
        help_texts = {"website": _("Optional.")}
        widgets = {
            "company": forms.TextInput(attrs={"autocomplete": "organization"}),
            "country": forms.Select(attrs={"autocomplete": "country"}),
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "website": forms.URLInput(attrs={"autocomplete": "url", "autocapitalize": "none"}),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Makers want to know where an inquiry comes from; the database allows a blank one for accounts
        # made in the back-office.
        self.fields["city"].required = True


class SignInForm(AuthenticationForm):
    """Django's sign-in with a phone number or an email, and a lock after repeated wrong passwords."""

    username = forms.CharField(label=_("Phone number or email"), max_length=254, widget=forms.TextInput())

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "This phone number or email and password do not match an account. Check them and try again."
        ),
    }

    def __init__(self, request=None, *args, **kwargs) -> None:
        super().__init__(request, *args, **kwargs)
        self.fields["username"].widget.attrs.update({**LOGIN_ATTRS, "autofocus": True})

    def clean(self):
        login = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if login and password:
            ip = lockout.client_ip(self.request) if self.request else ""
            until = lockout.login_locked_until(login, ip)
            # While locked, even the right password is not tried: that is what stops the guessing.
            if until:
                raise self.locked_error(until)
            self.user_cache = authenticate(self.request, username=login, password=password)
            if self.user_cache is None:
                until = lockout.login_failure_record(login, ip)
                raise self.locked_error(until) if until else self.get_invalid_login_error()
            self.confirm_login_allowed(self.user_cache)
            lockout.login_failures_clear(login, ip)
        return self.cleaned_data

    def get_invalid_login_error(self) -> ValidationError:
        return ValidationError(self.error_messages["invalid_login"], code="invalid_login")

    def locked_error(self, until: float) -> ValidationError:
        minutes = lockout.minutes_left(until)
        message = ngettext(
            "Too many wrong passwords. For your safety, sign-in is paused: try again in %(minutes)s minute.",
            "Too many wrong passwords. For your safety, sign-in is paused: try again in %(minutes)s minutes.",
            minutes,
        ) % {"minutes": minutes}
        return ValidationError(message, code="locked")


class EmailPasswordResetForm(PasswordResetForm):
    """Django's reset form; the email goes out in the recipient's language, with our site address."""

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs) -> None:
        user = context["user"]
        context = {**context, "site_url": settings.SITE_URL.rstrip("/")}
        with language(user.preferred_language):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)


class AccountSettingsForm(forms.ModelForm):
    """Name, language, email and phone. Changing how one signs in asks for the current password: on a
    shared phone left signed in, someone else must not be able to take the account over."""

    preferred_language = forms.ChoiceField(
        label=_("Language of the site, emails and notices"),
        choices=language_radio_choices,
        widget=forms.RadioSelect,
    )
    phone = forms.CharField(
        label=_("Phone number"),
        required=False,
        max_length=30,
        help_text=_("A Lao number may be typed without +856, for example 020 5551 2345."),
        widget=forms.TextInput(attrs={"type": "tel", "inputmode": "tel", "autocomplete": "tel"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autocapitalize": "none"}),
    )
    current_password = forms.CharField(
        label=_("Current password"),
        required=False,
        strip=False,
        help_text=_("Needed only to change your phone number or email."),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    class Meta:
        model = User
        fields = ("full_name", "preferred_language", "phone", "email")
        labels = {"full_name": _("Your name")}
        widgets = {"full_name": forms.TextInput(attrs={"autocomplete": "name"})}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Shown grouped as people read it out (+856 20 55 512 345), stored in E.164.
        if self.instance.phone and "phone" not in (kwargs.get("initial") or {}):
            self.initial["phone"] = self.instance.display_phone

    def clean_email(self) -> str | None:
        email = self.cleaned_data.get("email")
        if not email:
            return None
        email = User.objects.normalize_email(email).lower()
        if email_taken(email, exclude=self.instance):
            raise ValidationError(_("Another account already uses this email address."), code="duplicate")
        return email

    def clean_phone(self) -> str | None:
        phone = self.cleaned_data.get("phone")
        if not phone:
            return None
        phone = normalise_phone(phone)
        if phone_taken(phone, exclude=self.instance):
            raise ValidationError(_("Another account already uses this phone number."), code="duplicate")
        return phone

    def clean(self):
        cleaned_data = super().clean()
        if "email" in self.errors or "phone" in self.errors:
            return cleaned_data
        email, phone = cleaned_data.get("email"), cleaned_data.get("phone")
        if not email and not phone:
            # One of the two is how this person signs in; the database refuses an account with neither.
            self.add_error("phone", _("Keep a phone number or an email: it is how you sign in."))
            return cleaned_data
        # The instance still holds the stored values here (the form copies its data in afterwards).
        if (
            email != self.instance.email or phone != self.instance.phone
        ) and not self.instance.check_password(cleaned_data.get("current_password") or ""):
            self.add_error(
                "current_password",
                _("Enter your current password to change your phone number or email."),
            )
        return cleaned_data
