"""The pack's own words in the meeting's language: gettext catalogs, English msgids as source.

Catalogs live in ``briefing/locale/<lang>/LC_MESSAGES/briefing.po``; set-up compiles each to a
``.mo`` beside it (``python -m briefing.i18n --compile``). A source checkout that was never set
up still works: a missing or older ``.mo`` is replaced by the ``.po`` read directly.
"""

from __future__ import annotations

import argparse
import functools
import gettext
import io
from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from briefing.scripts import primary_language

PACKAGE_DIR = Path(__file__).resolve().parent
LOCALE_DIR = PACKAGE_DIR / "locale"
DOMAIN = "briefing"
SOURCE_LANGUAGE = "en"
PACK_LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
"""The six official UN languages a pack's own words exist in."""
TRANSLATED = tuple(lang for lang in PACK_LANGUAGES if lang != SOURCE_LANGUAGE)


def N_(msgid: str) -> str:
    """Mark ``msgid`` as a pack word for the catalogs; it is translated where it is printed."""
    return msgid


def pack_language(tag: str) -> str:
    """The pack language for a tag (``fr-CH`` → ``fr``, ``zh_Hans`` → ``zh``); else English."""
    language = primary_language(tag or "")
    return language if language in PACK_LANGUAGES else SOURCE_LANGUAGE


def po_path(language: str) -> Path:
    """Where the catalog of ``language`` is kept."""
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def pack_words(language: str) -> gettext.NullTranslations:
    """The words of a pack in ``language`` (any tag): ``.gettext(msgid)``, ``.ngettext(...)``."""
    return _words(pack_language(language))


@functools.cache  # one per pack language, however many ways a meeting file writes its tag
def _words(language: str) -> gettext.NullTranslations:
    if language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    po = po_path(language)
    mo = po.with_suffix(".mo")
    if mo.is_file() and mo.stat().st_mtime >= po.stat().st_mtime:
        with mo.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    return gettext.GNUTranslations(io.BytesIO(_mo_bytes(read_catalog(language))))


def read_catalog(language: str) -> Catalog:
    """The ``.po`` catalog of ``language``, as Babel reads it."""
    with po_path(language).open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def _mo_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)  # fuzzy entries are left out, as msgfmt does
    return buffer.getvalue()


def compile_catalogs(languages: Iterable[str] = TRANSLATED) -> list[Path]:
    """Write each language's ``.mo`` next to its ``.po``; returns the files written."""
    written = []
    for language in languages:
        mo = po_path(language).with_suffix(".mo")
        mo.write_bytes(_mo_bytes(read_catalog(language)))
        written.append(mo)
    return written


KEYWORDS = {"M_": None, "Mn_": (1, 2)}
"""The markers of :mod:`briefing.messages` the extractor knows besides gettext's own."""


def extract_messages(root: Path = PACKAGE_DIR) -> dict[str, tuple[str, ...]]:
    """Every msgid the code of ``root`` marks (``gettext``, ``ngettext``, ``N_``, and the
    messages ``M_``, ``Mn_``), with its plural if any, as Babel's extractor finds them."""
    from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir

    found: dict[str, tuple[str, ...]] = {}
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(root), method_map=[("**.py", "python")], keywords={**DEFAULT_KEYWORDS, **KEYWORDS}
    ):
        messages = message if isinstance(message, tuple) else (message,)
        if messages and messages[0]:
            found[messages[0]] = messages
    return found


def write_template(path: Path | None = None) -> Path:
    """Write the ``.pot`` template of every msgid in the code."""
    path = path or LOCALE_DIR / f"{DOMAIN}.pot"
    catalog = Catalog(
        domain=DOMAIN,
        project="Briefing Pack Assembler",
        fuzzy=False,
        header_comment="# The words the Briefing Pack Assembler prints in its packs; the msgids are"
        " English.\n#",
    )
    for messages in extract_messages().values():
        catalog.add(messages if len(messages) > 1 else messages[0])
    with path.open("wb") as handle:
        write_po(handle, catalog, omit_header=False, width=100, no_location=True)
    return path


def main(argv: list[str] | None = None) -> int:
    """``--compile``: the ``.mo`` files; ``--template``: the ``.pot`` file."""
    parser = argparse.ArgumentParser(prog="python -m briefing.i18n", description=main.__doc__)
    parser.add_argument("--compile", action="store_true", help="compile the .po catalogs")
    parser.add_argument("--template", action="store_true", help="write the .pot template")
    args = parser.parse_args(argv)
    if args.template:
        print(write_template())
    if args.compile:
        for path in compile_catalogs():
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
