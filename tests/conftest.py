"""Shared fixtures. Personas for permission tests: anonymous, a buyer, another artisan, the owner and
a moderator (and an admin for the back-office)."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.utils import translation

from multilingual.catalogues import compile_catalogues
from tests import factories


def pytest_configure(config):
    # Lao is only "supported" by Django's LocaleMiddleware once a compiled catalogue exists; compile
    # them so that a bare `pytest` works on a fresh clone.
    compile_catalogues(settings.LOCALE_PATHS)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Tests build their own shelves: the categories and materials of the data migration are removed
    after the test database is made (tests/test_reference_data.py checks the migration itself).

    Browser tests with serialized_rollback get them back, as a real site has them.
    """
    from catalogue.models import Category, Material

    with django_db_blocker.unblock():
        Category.objects.filter(parent__isnull=False).delete()
        Category.objects.all().delete()
        Material.objects.all().delete()


@pytest.fixture(autouse=True)
def _empty_cache():
    # Cached figures (e.g. the home page's category counts) must not leak from one test to the next.
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _english_by_default():
    # Tests that need another language activate it themselves; leaking one between tests hides bugs.
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture
def owner(db):
    return factories.ArtisanFactory(full_name="Khamla")


@pytest.fixture
def producer(owner):
    return factories.ProducerFactory(owner=owner)


@pytest.fixture
def other_artisan(db):
    artisan = factories.ArtisanFactory(full_name="Bounmy")
    factories.ProducerFactory(owner=artisan, name_en="Ban Chan Potters")
    return artisan


@pytest.fixture
def buyer(db):
    return factories.BuyerFactory(full_name="Sato Yuki", email="sato@example.jp")


@pytest.fixture
def moderator(db):
    from django.contrib.auth.models import Group

    from accounts.services import MODERATORS_GROUP

    user = factories.ModeratorFactory(full_name="Noy", email="noy@example.la")
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


@pytest.fixture
def admin_user(db):
    from accounts.models import User

    return User.objects.create_superuser(email="admin@example.la", password="correct horse battery")
