"""Sign in with an email address or a phone number, whichever the person has."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ValidationError

from accounts.phones import normalise_phone


def find_user_by_login(login: str):
    User = get_user_model()
    login = (login or "").strip()
    if not login:
        return None
    if "@" in login:
        return User.objects.filter(email__iexact=login).first()
    try:
        phone = normalise_phone(login)
    except ValidationError:
        return None
    return User.objects.filter(phone=phone).first()


class EmailOrPhoneBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        username = username or kwargs.get(get_user_model().USERNAME_FIELD)
        if username is None or password is None:
            return None
        user = find_user_by_login(username)
        if user is None:
            # Same cost as a real check, so timing does not reveal which logins exist.
            get_user_model()().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
