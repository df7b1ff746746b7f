"""Text helpers that do not assume spaces between words (Lao and Japanese have none).

Lao writes vowels and tone marks as combining characters; Django's slugify drops them (they are not
`\\w`), which turns ຜ້າພັນຄໍ into an unreadable ຜາພນຄ. These helpers keep marks with their letters.
"""

from __future__ import annotations

import re
import unicodedata


def is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def truncate(text: str, length: int) -> str:
    """Cut `text` to at most `length` characters, never between a letter and its combining marks."""
    if len(text) <= length:
        return text
    cut = length
    while cut > 0 and is_mark(text[cut]):
        cut -= 1
    return text[:cut]


def slugify_any(text: str, max_length: int = 80, default: str = "item") -> str:
    """A URL slug from text in any script: letters, digits and their marks, joined by hyphens."""
    text = unicodedata.normalize("NFKC", str(text or "")).lower()
    kept = "".join(c if c.isalnum() or is_mark(c) else "-" for c in text)
    slug = re.sub(r"-{2,}", "-", kept).strip("-")
    slug = truncate(slug, max_length).strip("-")
    return slug or default
