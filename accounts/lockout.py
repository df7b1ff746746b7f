"""Brakes on guessing and on bulk sign-ups, kept in the cache (Redis in production, shared by servers).

Sign-in: a (login, address) pair is locked for a while after too many wrong passwords. Only a while, and
only that pair: a village shares one phone and one mobile address, and one cousin's typos must not lock
everyone out for good, nor lock the real owner out from her own connection elsewhere.

Sign-up: a few new accounts per address per hour, so that a script cannot fill the moderators' queue.

Password reset: a few emails per address and per login an hour, so that nobody can flood someone's
mailbox (or our mail server's reputation) from the reset form.
"""

from __future__ import annotations

import hashlib
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpRequest

from accounts.phones import normalise_phone

LOGIN_MAX_FAILURES = 5
LOGIN_LOCK_SECONDS = 15 * 60
SIGNUP_MAX_PER_HOUR = 5
SIGNUP_WINDOW_SECONDS = 60 * 60
RESET_MAX_PER_LOGIN = 3
RESET_MAX_PER_ADDRESS = 10
RESET_WINDOW_SECONDS = 60 * 60


def now() -> float:
    """The clock of this module; tests move it forward to see a lock expire."""
    return time.time()


def client_ip(request: HttpRequest) -> str:
    """The caller's address, by the same rule as the API throttles (REST_FRAMEWORK["NUM_PROXIES"]).

    Behind N trusted reverse proxies, the Nth address from the end of X-Forwarded-For is the one our
    first proxy saw; anything before it was written by the client and is not trusted.
    """
    num_proxies = getattr(settings, "REST_FRAMEWORK", {}).get("NUM_PROXIES") or 0
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if num_proxies and forwarded:
        addresses = [part.strip() for part in forwarded.split(",") if part.strip()]
        if addresses:
            return addresses[-min(num_proxies, len(addresses))]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _login_key(login: str) -> str:
    """The same key for every spelling of one login: "020 5551 2345" and "+8562055512345" alike."""
    text = (login or "").strip()
    if "@" not in text:
        try:
            return normalise_phone(text)
        except ValidationError:
            pass
    return text.lower()


def _digest(*parts: str) -> str:
    # Hashed: cache keys have a length limit and logins (emails, phones) are personal data.
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def _failures_key(login: str, ip: str) -> str:
    return f"lockout:failures:{_digest(_login_key(login), ip)}"


def _until_key(login: str, ip: str) -> str:
    return f"lockout:until:{_digest(_login_key(login), ip)}"


def login_locked_until(login: str, ip: str) -> float | None:
    """The time (epoch seconds) until which this pair may not sign in, or None when it may."""
    until = cache.get(_until_key(login, ip))
    if until is not None and until > now():
        return until
    return None


def login_failure_record(login: str, ip: str) -> float | None:
    """Count a wrong password; returns the end of the lock when this failure starts one."""
    key = _failures_key(login, ip)
    # add + incr are atomic in Redis and in locmem: two wrong passwords at once both count.
    cache.add(key, 0, timeout=LOGIN_LOCK_SECONDS)
    try:
        failures = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=LOGIN_LOCK_SECONDS)
        failures = 1
    if failures < LOGIN_MAX_FAILURES:
        return None
    until = now() + LOGIN_LOCK_SECONDS
    cache.set(_until_key(login, ip), until, timeout=LOGIN_LOCK_SECONDS)
    # The count starts again once the lock is over: five more tries, then another wait.
    cache.delete(key)
    return until


def login_failures_clear(login: str, ip: str) -> None:
    cache.delete(_failures_key(login, ip))


def minutes_left(until: float) -> int:
    """Whole minutes to wait, rounded up: "in 1 minute" rather than "in 0 minutes"."""
    return max(1, math.ceil((until - now()) / 60))


def _signup_key(ip: str) -> str:
    return f"signup:count:{_digest(ip)}"


def signup_allowed(ip: str) -> bool:
    return (cache.get(_signup_key(ip)) or 0) < SIGNUP_MAX_PER_HOUR


def signup_record(ip: str) -> None:
    """Count a sign-up (or a bot caught by the honeypot) from this address for the next hour."""
    key = _signup_key(ip)
    cache.add(key, 0, timeout=SIGNUP_WINDOW_SECONDS)
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=SIGNUP_WINDOW_SECONDS)


def _counter_incr(key: str, timeout: int) -> int:
    cache.add(key, 0, timeout=timeout)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=timeout)
        return 1


def password_reset_allowed(login: str, ip: str) -> bool:
    """Count a reset request; False once this login or this address asked too often this hour."""
    per_login = _counter_incr(f"reset:login:{_digest(_login_key(login))}", RESET_WINDOW_SECONDS)
    per_address = _counter_incr(f"reset:ip:{_digest(ip)}", RESET_WINDOW_SECONDS)
    return per_login <= RESET_MAX_PER_LOGIN and per_address <= RESET_MAX_PER_ADDRESS


# Hourly counters for other apps' limits (inquiries): the same atomic add + incr as above.
counter_incr = _counter_incr
digest = _digest


def counter_value(key: str) -> int:
    return cache.get(key) or 0
