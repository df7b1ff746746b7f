"""Compile .po catalogues into .mo files with Babel, so no system gettext is needed.

Babel's catalogue check also catches broken placeholders (a msgstr that drops or renames a
`%(name)s`), which would otherwise raise at render time in that language only.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po


class CatalogueError(Exception):
    pass


def compile_catalogues(locale_dirs: Iterable[Path], *, force: bool = False) -> list[Path]:
    """Compile every `<dir>/<lang>/LC_MESSAGES/*.po` whose .mo is missing or older; return those written."""
    written: list[Path] = []
    problems: list[str] = []
    for locale_dir in locale_dirs:
        for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
            mo_path = po_path.with_suffix(".mo")
            if not force and mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            locale = po_path.parent.parent.name
            with po_path.open("rb") as f:
                catalog = read_po(f, locale=locale.replace("-", "_"))
            for message, errors in catalog.check():
                for error in errors:
                    problems.append(f"{po_path}: {message.id!r}: {error}")
            if problems:
                continue
            tmp = mo_path.with_suffix(".mo.tmp")
            with tmp.open("wb") as f:
                write_mo(f, catalog)
            tmp.replace(mo_path)
            written.append(mo_path)
    if problems:
        raise CatalogueError("\n".join(problems))
    return written
