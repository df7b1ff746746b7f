"""Lao is a first-class language; translated content falls back requested → English → original → any."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import formats, translation
from django.utils.translation import get_language_info

from multilingual.catalogues import CatalogueError, compile_catalogues
from multilingual.fields import fallback_chain, translated
from tests import factories

ROOT = Path(__file__).resolve().parent.parent


def test_the_three_languages_are_lao_english_and_japanese():
    assert [code for code, _name in settings.LANGUAGES] == ["lo", "en", "ja"]


def test_lao_is_registered_with_its_own_name():
    info = get_language_info("lo")
    assert info["name_local"] == "ລາວ"
    assert info["bidi"] is False


def test_lao_has_date_formats():
    with translation.override("lo"):
        assert formats.get_format("SHORT_DATE_FORMAT") == "d/m/Y"


def test_lao_catalogue_declares_a_single_plural_form():
    header = (ROOT / "locale/lo/LC_MESSAGES/django.po").read_text(encoding="utf-8")
    assert "Plural-Forms: nplurals=1; plural=0;" in header


def test_django_form_errors_are_shown_in_lao():
    from django import forms

    class Form(forms.Form):
        name = forms.CharField()

    with translation.override("lo"):
        errors = list(Form(data={}).errors["name"])
    assert len(errors) == 1
    assert errors[0] != "This field is required."
    assert any("\u0e80" <= char <= "\u0eff" for char in errors[0]), errors  # Lao script block


@pytest.mark.parametrize(
    ("requested", "original", "chain"),
    [
        ("ja", "lo", ["ja", "en", "lo"]),
        ("lo", "ja", ["lo", "en", "ja"]),
        ("en", "lo", ["en", "lo", "ja"]),
        ("ja-jp", None, ["ja", "en", "lo"]),
    ],
)
def test_fallback_chain_is_requested_then_english_then_original_then_any(requested, original, chain):
    assert fallback_chain(requested, original) == chain


@pytest.mark.django_db
def test_text_in_the_requested_language_is_not_a_fallback():
    product = factories.ProductFactory(
        title_en="Silk scarf", title_ja="シルクスカーフ", original_language="en"
    )
    title = translated(product, "title", "ja")
    assert (str(title), title.language, title.is_fallback) == ("シルクスカーフ", "ja", False)


@pytest.mark.django_db
def test_english_comes_before_the_original_language():
    product = factories.ProductFactory(title_en="Silk scarf", title_lo="ຜ້າພັນຄໍໄໝ", original_language="lo")
    title = translated(product, "title", "ja")
    assert (str(title), title.language, title.is_fallback) == ("Silk scarf", "en", True)


@pytest.mark.django_db
def test_the_original_language_comes_before_any_other():
    product = factories.ProductFactory(
        title_en="", title_lo="ຜ້າພັນຄໍໄໝ", title_ja="シルク", original_language="lo"
    )
    assert translated(product, "title", "en").language == "lo"


@pytest.mark.django_db
def test_any_language_is_better_than_nothing():
    product = factories.ProductFactory(title_en="", title_lo="", title_ja="シルク", original_language="lo")
    title = translated(product, "title", "lo")
    assert (str(title), title.language) == ("シルク", "ja")


@pytest.mark.django_db
def test_the_active_language_is_the_default_request():
    product = factories.ProductFactory(title_en="Silk scarf", title_lo="ຜ້າພັນຄໍໄໝ")
    with translation.override("lo"):
        assert str(product.translated("title")) == "ຜ້າພັນຄໍໄໝ"


def test_a_broken_placeholder_stops_the_compilation(tmp_path):
    po = tmp_path / "lo/LC_MESSAGES/django.po"
    po.parent.mkdir(parents=True)
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=1; plural=0;\\n"\n\n'
        '#, python-format\nmsgid "%(count)s products"\nmsgstr "%(number)s ລາຍການ"\n',
        encoding="utf-8",
    )
    with pytest.raises(CatalogueError, match="count"):
        compile_catalogues([tmp_path])
    assert not po.with_suffix(".mo").exists()


def test_adding_a_language_is_a_settings_change_and_a_generated_migration(tmp_path):
    """With Thai added to LANGUAGES, makemigrations only adds the *_th columns of translated fields."""
    settings_module = tmp_path / "settings_with_thai.py"
    settings_module.write_text(
        "from tests.settings import *\n"
        "LANGUAGES = [*LANGUAGES, ('th', 'Thai')]\n"
        "MODELTRANSLATION_LANGUAGES = tuple(code for code, _ in LANGUAGES)\n",
        encoding="utf-8",
    )
    env = dict(
        os.environ, PYTHONPATH=f"{tmp_path}{os.pathsep}{ROOT}", DJANGO_SETTINGS_MODULE="settings_with_thai"
    )
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "makemigrations", "--dry-run", "-v", "3"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    operations = [
        line.strip() for line in result.stdout.splitlines() if line.strip().startswith("migrations.")
    ]
    assert operations, result.stdout
    assert all(op.startswith("migrations.AddField(") for op in operations), operations
    added = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("name=")]
    assert added and all(name.endswith("_th',") for name in added), added
    assert "name='title_th'" in result.stdout
    assert "name='story_th'" in result.stdout


@pytest.mark.django_db
def test_the_language_last_read_is_remembered_for_the_next_visit(client):
    response = client.get("/ja/products/")
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ja"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == "/ja/"


@pytest.mark.django_db
def test_the_language_cookie_is_not_rewritten_when_it_is_already_right(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "lo"
    response = client.get("/lo/products/")
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30枚のお見積もりをお願いします。", "ja"),
        ("サンプル", "ja"),
        ("ໄດ້, ເຮັດໄດ້ 30 ຜືນ", "lo"),
        ("ລາຄາ FCA Vientiane 120.000 ກີບ", "lo"),
        ("Could you make 30 pieces by March?", "en"),
        ("1234 !!", "ja"),
    ],
)
def test_the_language_of_a_message_is_read_from_its_script(text, expected):
    from multilingual.text import script_language

    assert script_language(text, default="ja") == expected
