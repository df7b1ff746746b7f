"""A fresh site has the association's categories and materials, in three languages, without the demo."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps

from catalogue.models import Category, Material
from multilingual.fields import language_codes

pytestmark = pytest.mark.django_db

shelf = importlib.import_module("catalogue.migrations.0005_categories_and_materials")


def test_the_migration_creates_every_category_and_material_in_every_language():
    shelf.create(apps, None)
    assert Category.objects.count() == len(shelf.CATEGORIES)
    assert Material.objects.count() == len(shelf.MATERIALS)
    scarves = Category.objects.select_related("parent", "craft").get(slug="scarves-stoles")
    assert scarves.parent.slug == "textiles" and scarves.craft.slug == "weaving"
    for category in Category.objects.all():
        assert all(getattr(category, f"name_{code}") for code in language_codes()), category.slug
    assert not Category.objects.filter(parent__parent__isnull=False).exists()  # two levels only


def test_running_it_again_keeps_what_moderators_renamed():
    shelf.create(apps, None)
    Category.objects.filter(slug="textiles").update(name_en="Woven textiles")
    shelf.create(apps, None)
    assert Category.objects.get(slug="textiles").name_en == "Woven textiles"
    assert Category.objects.count() == len(shelf.CATEGORIES)
