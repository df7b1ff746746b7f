"""Run code in a given language, e.g. an email in its recipient's language."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.utils import translation


@contextmanager
def language(code: str | None) -> Iterator[None]:
    """Activate `code` (or keep the current language when None) and restore the previous one after."""
    if not code:
        yield
        return
    with translation.override(code):
        yield
