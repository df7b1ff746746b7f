"""Browser tests: Debian's chromium driven by Playwright (never a downloaded browser).

Skipped, with the reason shown, where no chromium is installed, so the test command passes on a bare
machine; .ci/run installs Debian's chromium so CI always runs them.
"""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def pytest_collection_modifyitems(config, items):
    reason = None
    if CHROMIUM is None:
        reason = "no chromium installed (apt-get install chromium); browser tests skipped"
    else:
        try:
            import playwright  # noqa: F401
        except ImportError:
            reason = "playwright is not installed (pip install -e '.[dev]'); browser tests skipped"
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
            if reason:
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # Django refuses synchronous ORM calls from a thread that runs an event loop; Playwright's sync API
    # runs one, and the tests create data while it is open. Only for the browser tests' lifetime.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def phone(browser):
    """A page in a 360×740 phone-sized window with a touch screen."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture(autouse=True)
def _reference_data(transactional_db):
    """The districts, crafts, categories and materials of the data migrations, as a real site has them.

    Browser tests are transactional (the live server must see their data), and a transactional test
    empties every table when it ends. serialized_rollback cannot bring them back here: while Playwright
    runs, Django hands out another connection object, one without the serialized copy.
    """
    import importlib

    from django.apps import apps

    from producers.models import District

    if not District.objects.exists():
        importlib.import_module("producers.migrations.0002_luang_prabang_districts_and_crafts").load(
            apps, None
        )
    importlib.import_module("catalogue.migrations.0005_categories_and_materials").create(apps, None)
