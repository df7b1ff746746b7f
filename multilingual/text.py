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


def script_language(text: str, default: str) -> str:
    """The language a message is most likely written in, from its script: Lao letters → "lo", kana or
    kanji → "ja", else `default` (the page's language). Buyers and makers write in their own language
    whatever page they are on; the thread shows "written in …" and moderators translate by it.
    """
    lao = japanese = latin = 0
    for char in text:
        code = ord(char)
        if 0x0E80 <= code <= 0x0EFF:
            lao += 1
        elif 0x3040 <= code <= 0x30FF or 0x4E00 <= code <= 0x9FFF or 0xFF66 <= code <= 0xFF9F:
            japanese += 1
        elif char.isascii() and char.isalpha():
            latin += 1
    best = max((lao, "lo"), (japanese, "ja"), (latin, "en"))
    if best[0] == 0:
        return default
    # Latin letters appear in Lao and Japanese messages too (brand names, "FCA", sizes): only when
    # they clearly dominate is the message English.
    if best[1] == "en" and (lao or japanese) and latin < 4 * max(lao, japanese):
        return "lo" if lao >= japanese else "ja"
    return best[1]
