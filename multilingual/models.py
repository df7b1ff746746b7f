"""Abstract bases for models whose content is written in one language and translated into others."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from multilingual.fields import Translated, language_choices, translated


class TranslatedContent(models.Model):
    """Content written by a person in one language (`original_language`), translated per field."""

    original_language = models.CharField(
        _("written in"),
        max_length=8,
        choices=language_choices,
        default="lo",
        help_text=_("The language the text was first written in."),
    )

    class Meta:
        abstract = True

    def translated(self, field: str, language: str | None = None) -> Translated:
        return translated(self, field, language)
