"""Account pages: a maker's sign-up, sign-in and sign-out, password reset and change, settings."""

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
from django.utils.translation import get_language, gettext
from django.views.decorators.debug import sensitive_post_parameters

from accounts import lockout
from accounts.forms import (
    DUPLICATE_EMAIL,
    DUPLICATE_PHONE,
    AccountSettingsForm,
    EmailPasswordResetForm,
    SignInForm,
    SignUpForm,
)
from accounts.models import User
from accounts.services import artisan_signup

logger = logging.getLogger(__name__)


def home_url_for(user: User) -> str:
    """Where a person starts once signed in: a maker at her producer page, anyone else at the catalogue."""
    if user.role == User.Role.ARTISAN:
        return reverse("my_producer:home")
    return reverse("home")


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
        elif form.has_error("__all__", "honeypot"):
            # A bot's attempt counts towards the hourly limit of its address.
            lockout.signup_record(ip)
        elif form.has_error("__all__", "rate_limited"):
            status = 429
    ctx = {"form": form}
    return render(request, "accounts/signup.html", ctx, status=status)


class SignInView(auth_views.LoginView):
    """Django's sign-in (safe `next` only), then the person's own language and starting page."""

    form_class = SignInForm
    template_name = "accounts/login.html"

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


@login_required
@sensitive_post_parameters("current_password")
def account_settings(request: HttpRequest) -> HttpResponse:
    form = AccountSettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        # The next page is in the chosen language, and so is the message shown on it.
        with translation.override(user.preferred_language):
            messages.success(request, gettext("Your settings are saved."))
            return redirect(reverse("accounts:settings"))
    ctx = {"form": form}
    return render(request, "accounts/settings.html", ctx)
