"""Reading translated content with our fallback chain.

modeltranslation stores one column per language (`title_lo`, `title_en`, `title_ja`). A maker writes in
one language; the rest may be empty. `translated(obj, "title")` picks the text to show for the active
language: requested → English → the object's original language → any language that has text, and says
which language it came from.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def language_choices() -> list[tuple[str, str]]:
    """Choices for a field that holds one of our languages.

    A callable, so migrations store a reference to it and adding a language changes no existing field.
    """
    return list(settings.LANGUAGES)


def fallback_chain(requested: str | None, original: str | None = None) -> list[str]:
    """The order in which languages are tried for a text asked for in `requested`."""
    chain: list[str] = []
    codes = language_codes()
    for code in (requested, "en", original, *codes):
        code = (code or "").split("-")[0]
        if code in codes and code not in chain:
            chain.append(code)
    return chain


@dataclass(frozen=True)
class Translated:
    """A text and the language it is written in; renders as the text."""

    text: str
    language: str
    requested: str

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)

    @property
    def is_fallback(self) -> bool:
        """True when the text is shown in another language than the one asked for."""
        return bool(self.text) and self.language != self.requested


def translated(obj: object, field: str, language: str | None = None) -> Translated:
    requested = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    original = getattr(obj, "original_language", None)
    for code in fallback_chain(requested, original):
        text = getattr(obj, f"{field}_{code}", None)
        if text:
            return Translated(text=text, language=code, requested=requested)
    return Translated(text="", language=requested, requested=requested)
