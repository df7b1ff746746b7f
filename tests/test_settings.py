"""Production settings refuse to start half-configured; development works with nothing set."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Variables that tests.settings or the browser tests put in this process's environment.
TEST_ONLY = {
    "SECRET_KEY",
    "DEBUG",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "SECURE_SSL_REDIRECT",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}


def load_settings(**env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "DATABASE_URL"}
    }
    clean.update(env)
    code = "import config.settings as s; print(s.DEBUG, s.DATABASES['default']['ENGINE'], s.EMAIL_BACKEND)"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True)


def test_production_refuses_to_start_without_a_secret_key():
    result = load_settings(ALLOWED_HOSTS="hatthakam.la")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = load_settings(SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_debug_is_off_unless_asked_for():
    result = load_settings(SECRET_KEY="x" * 50, ALLOWED_HOSTS="hatthakam.la")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "False"


def test_development_defaults_need_nothing_installed():
    result = load_settings(DEBUG="1")
    assert result.returncode == 0, result.stderr
    debug, engine, email = result.stdout.split()
    assert (debug, engine) == ("True", "django.db.backends.sqlite3")
    assert email == "django.core.mail.backends.console.EmailBackend"


def test_database_and_smtp_come_from_the_environment():
    result = load_settings(
        DEBUG="1", DATABASE_URL="postgres://u:p@db.example:5432/hatthakam", EMAIL_HOST="smtp.example"
    )
    assert result.returncode == 0, result.stderr
    _debug, engine, email = result.stdout.split()
    assert engine == "django.db.backends.postgresql"
    assert email == "django.core.mail.backends.smtp.EmailBackend"


def test_production_passes_the_deployment_checks():
    env = {k: v for k, v in os.environ.items() if k not in TEST_ONLY}
    env.update(
        SECRET_KEY="k" * 64 + "-production-only-Zq8",
        ALLOWED_HOSTS="hatthakam.la",
        DJANGO_SETTINGS_MODULE="config.settings",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
