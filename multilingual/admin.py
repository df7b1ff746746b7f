"""The admin base for translated models: one tab per language."""

from __future__ import annotations

from modeltranslation import settings as mt_settings
from modeltranslation.admin import TranslationAdmin


class TabbedTranslationAdmin(TranslationAdmin):
    """A translated model's admin with one tab per language instead of three stacked inputs.

    The tabs script needs jQuery UI on top of the admin's own jQuery (force_jquery.js exposes
    django.jQuery as jQuery). Where jQuery UI comes from is modeltranslation's JQUERY_UI_URL setting
    (a CDN by default); without it the fields are simply shown one under the other.
    """

    class Media:
        js = (
            "admin/js/jquery.init.js",
            "modeltranslation/js/force_jquery.js",
            mt_settings.JQUERY_UI_URL,
            "modeltranslation/js/tabbed_translation_fields.js",
        )
        css = {"all": ("modeltranslation/css/tabbed_translation_fields.css",)}
