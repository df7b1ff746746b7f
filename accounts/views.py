"""Account pages: sign-up for makers and for buyers, email confirmation, sign-in and sign-out, password
reset and change, settings."""

from __future__ import annotations

import logging

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy, translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import get_language, gettext
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from accounts import lockout
from accounts.forms import (
    DUPLICATE_EMAIL,
    DUPLICATE_PHONE,
    AccountSettingsForm,
    BuyerProfileForm,
    BuyerSignUpForm,
    EmailPasswordResetForm,
    NewAccountForm,
    SignInForm,
    SignUpForm,
)
from accounts.models import BuyerProfile, User
from accounts.services import (
    account_settings_save,
    artisan_signup,
    buyer_signup,
    email_confirm,
    email_confirmation_resend_allowed,
    email_confirmation_send,
)
from accounts.tokens import MAX_AGE, BadToken

logger = logging.getLogger(__name__)


def home_url_for(user: User) -> str:
    """Where a person starts once signed in: a maker at her producer page, anyone else at the catalogue."""
    if user.role == User.Role.ARTISAN:
        return reverse("my_producer:home")
    return reverse("home")


def safe_next(request: HttpRequest) -> str:
    """The `next` address of the form or the link when it stays on this site, else ""."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return ""


def with_next(url: str, next_url: str) -> str:
    """`url` carrying `next_url` on: from a sign-in page to a sign-up page and back, she keeps her way."""
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def signup_refused_status(form: NewAccountForm, ip: str) -> int:
    """The status of a sign-up page sent back with errors; a bot's attempt counts towards its address's
    hourly limit, and a caller over that limit is told so (429)."""
    if form.has_error("__all__", "honeypot"):
        lockout.signup_record(ip)
    elif form.has_error("__all__", "rate_limited"):
        return 429
    return 200


@sensitive_post_parameters("password1", "password2")
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect(home_url_for(request.user))
    ip = lockout.client_ip(request)
    form = SignUpForm(request.POST or None, ip=ip)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                user = artisan_signup(
                    full_name=data["full_name"],
                    email=data["email"],
                    phone=data["phone"],
                    password=data["password1"],
                    language=data["preferred_language"],
                )
            except IntegrityError:
                # Someone took this login between the check and the insert.
                form.add_error("login", DUPLICATE_EMAIL if data["email"] else DUPLICATE_PHONE)
            else:
                lockout.signup_record(ip)
                login(request, user)
                # She goes on in the language she chose.
                with translation.override(user.preferred_language):
                    return redirect(home_url_for(user))
        else:
            status = signup_refused_status(form, ip)
    # For the link to the buyers' sign-up only: a buyer who landed here keeps her way back.
    ctx = {"form": form, "buyer_signup_url": with_next(reverse("accounts:signup_buyer"), safe_next(request))}
    return render(request, "accounts/signup.html", ctx, status=status)


@sensitive_post_parameters("password1", "password2")
def signup_buyer(request: HttpRequest) -> HttpResponse:
    """A buyer's account and company in one form; then back to `next` (e.g. the inquiry she typed)."""
    next_url = safe_next(request)
    if request.user.is_authenticated:
        return redirect(next_url or home_url_for(request.user))
    ip = lockout.client_ip(request)
    form = BuyerSignUpForm(request.POST or None, ip=ip)
    company_form = BuyerProfileForm(request.POST or None)
    status = 200
    if request.method == "POST":
        # Both forms are checked (no short circuit), so every mistake is shown at once.
        if all([form.is_valid(), company_form.is_valid()]):
            data, company = form.cleaned_data, company_form.cleaned_data
            try:
                user = buyer_signup(
                    full_name=data["full_name"],
                    email=data["email"],
                    password=data["password1"],
                    language=data["preferred_language"],
                    company=company["company"],
                    business_type=company["business_type"],
                    country=company["country"],
                    city=company["city"],
                    website=company["website"],
                )
            except IntegrityError:
                # Someone took this email between the check and the insert.
                form.add_error("email", DUPLICATE_EMAIL)
            else:
                lockout.signup_record(ip)
                login(request, user)
                with translation.override(user.preferred_language):
                    messages.success(
                        request,
                        gettext(
                            "Welcome to Hatthakam! We have emailed a link to %(email)s: please open it to "
                            "confirm your address."
                        )
                        % {"email": user.email},
                    )
                    # `next` exactly as it came: an inquiry she typed before signing up waits at that
                    # address. Without one she starts in the language she chose.
                    return redirect(next_url or home_url_for(user))
        else:
            status = signup_refused_status(form, ip)
    ctx = {
        "form": form,
        "company_form": company_form,
        "next": next_url,
        "sign_in_url": with_next(reverse("accounts:login"), next_url),
    }
    return render(request, "accounts/signup_buyer.html", ctx, status=status)


def confirm_email(request: HttpRequest, token: str) -> HttpResponse:
    """The link we emailed: confirms the address, whether or not its owner is signed in on this device.

    A GET, so that one tap in any mail app works; a mail scanner that follows the link first only proves
    what the link is for, that the address receives our mail.
    """
    try:
        confirmed = email_confirm(token)
    except BadToken:
        user = request.user
        ctx = {
            "can_resend": user.is_authenticated and bool(user.email) and user.email_confirmed_at is None,
            "days": MAX_AGE.days,
        }
        return render(request, "accounts/confirm_email_invalid.html", ctx)
    ctx = {
        "confirmed": confirmed,
        "is_buyer": confirmed.role == User.Role.BUYER,
        "signed_in_as_them": request.user.is_authenticated and request.user.pk == confirmed.pk,
    }
    return render(request, "accounts/confirm_email_done.html", ctx)


@login_required
@require_POST
def confirm_resend(request: HttpRequest) -> HttpResponse:
    """A new confirmation link for the signed-in person, a few times an hour at most."""
    user = request.user
    if not user.email:
        messages.error(request, gettext("Add an email address first: the link is sent to it."))
    elif user.email_confirmed_at is not None:
        messages.info(request, gettext("Your email address is already confirmed."))
    elif not email_confirmation_resend_allowed(user):
        messages.error(
            request,
            gettext(
                "You have asked for several links in the last hour. Please wait a little, and look in "
                "your spam folder too."
            ),
        )
    elif email_confirmation_send(user):
        messages.success(
            request,
            gettext(
                "We have sent a new link to %(email)s. It can take a few minutes; look in the spam folder too."
            )
            % {"email": user.email},
        )
    else:
        messages.error(
            request, gettext("The email could not be sent just now. Please try again in a few minutes.")
        )
    return redirect(safe_next(request) or reverse("accounts:settings"))


class SignInView(auth_views.LoginView):
    """Django's sign-in (safe `next` only), then the person's own language and starting page."""

    form_class = SignInForm
    template_name = "accounts/login.html"

    def get_context_data(self, **kwargs) -> dict:
        ctx = super().get_context_data(**kwargs)
        # A visitor sent here from an inquiry form may have no account yet: she signs up and comes back.
        ctx["buyer_signup_url"] = with_next(reverse("accounts:signup_buyer"), ctx.get("next", ""))
        return ctx

    def get_initial(self) -> dict:
        # "Sign in instead?" from the sign-up page brings the phone number or email already typed.
        return {"username": self.request.GET.get("login", "")}

    def get_default_redirect_url(self) -> str:
        user = self.request.user
        if user.is_authenticated:
            return home_url_for(user)
        return super().get_default_redirect_url()

    def get_success_url(self) -> str:
        url = super().get_success_url()
        preferred = self.request.user.preferred_language
        if preferred and preferred != get_language():
            # A maker who signs in from the English page still lands in Lao, on the same page.
            url = translate_url(url, preferred)
        return url


class SignOutView(auth_views.LogoutView):
    """POST only (Django's view): a link or a prefetch must not sign a shared phone out."""


class PasswordResetView(auth_views.PasswordResetView):
    form_class = EmailPasswordResetForm
    template_name = "accounts/password_reset_form.html"
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        # Past the limit nothing is sent, but the page says the same as always: it must not tell
        # anyone whether an address has an account, nor that a limit was reached for it.
        email = form.cleaned_data["email"]
        if not lockout.password_reset_allowed(email, lockout.client_ip(self.request)):
            logger.warning("password reset: limit reached, no email sent")
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change_form.html"
    success_url = reverse_lazy("accounts:password_change_done")


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "accounts/password_change_done.html"


def buyer_profile_of(user: User) -> BuyerProfile | None:
    """A buyer's company (a new, unsaved one if the back-office made her without); None for anyone else."""
    if user.role != User.Role.BUYER:
        return None
    try:
        return user.buyer_profile
    except BuyerProfile.DoesNotExist:
        return BuyerProfile(user=user)


@login_required
@sensitive_post_parameters("current_password")
def account_settings(request: HttpRequest) -> HttpResponse:
    """The person's account and, for a buyer, her company: two forms on one page, each saved on its own."""
    user = request.user
    # Read before a form is bound: a bound form writes what was typed into the user object.
    email, email_confirmed_at = user.email, user.email_confirmed_at
    profile = buyer_profile_of(user)
    posted = request.POST if request.method == "POST" else None
    company_posted = posted is not None and posted.get("section") == "company"
    form = AccountSettingsForm(None if company_posted else posted, instance=user)
    company_form = None
    if profile is not None:
        company_form = BuyerProfileForm(posted if company_posted else None, instance=profile)
    if company_form is not None and company_form.is_bound and company_form.is_valid():
        company_form.save()
        messages.success(request, gettext("Your company details are saved."))
        return redirect(reverse("accounts:settings"))
    if form.is_bound and form.is_valid():
        email_changed = account_settings_save(user=form.save(commit=False), previous_email=email)
        # The next page is in the chosen language, and so are the messages shown on it.
        with translation.override(user.preferred_language):
            messages.success(request, gettext("Your settings are saved."))
            if email_changed:
                messages.info(
                    request,
                    gettext(
                        "We have emailed a link to %(email)s: please open it to confirm your new address."
                    )
                    % {"email": user.email},
                )
            return redirect(reverse("accounts:settings"))
    ctx = {
        "form": form,
        "company_form": company_form,
        "account_email": email,
        "email_confirmed": email_confirmed_at is not None,
        "is_buyer": user.role == User.Role.BUYER,
    }
    return render(request, "accounts/settings.html", ctx)
