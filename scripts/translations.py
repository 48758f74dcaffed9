"""The window's translations: bring the catalogs up to date with the code, compile, check them.

    python scripts/translations.py update    # ui/**/*.py and main.py → resources/translations/*.ts
    python scripts/translations.py compile   # each briefing_<lang>.ts → briefing_<lang>.qm
    python scripts/translations.py check     # what is left to translate; broken placeholders

``update`` runs Qt's lupdate (kept translations, obsolete ones dropped), then does what lupdate
does not do for Python's ``translate(context, text, None, n)``: it marks each message with ``%n``
as a plural (numerus) message with as many forms as the language has, and it keeps the plural
forms already translated (lupdate would cut them to one). English is filled in here: a message's
translation is its source, and a plural's two forms come from its ``(s)``, ``(es)`` or ``(ies)``
(``%n change(s)`` → ``%n change`` / ``%n changes``); a plural written otherwise is left
unfinished for a person to write.

``check`` exits 1 if a message is missing, empty or unfinished in a language, or if its
translation does not keep the source's ``{name}`` placeholders and ``%n``.

Only the standard library and the lupdate and lrelease of the PySide6 in this Python are used.
"""

from __future__ import annotations

import argparse
import copy
import re
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FOLDER = ROOT / "resources" / "translations"
CATALOG = "briefing"
SOURCE_LANGUAGE = "en"
LANGUAGES = (
    "ar",
    "en",
    "es",
    "fr",
    "ru",
    "zh",
)  # ui.i18n.WINDOW_LANGUAGES (a test holds them equal)
PLURAL_FORMS = {"ar": 6, "en": 2, "es": 2, "fr": 2, "ru": 3, "zh": 1}
"""How many plural forms Qt's rules give each language (Qt Linguist shows them by name)."""
COUNT_OPTIONAL = {"ar": frozenset({0, 1, 2})}
"""Plural forms that stand for one number only (Arabic: zero, one, two) and may say it in
words instead of ``%n``."""
PLURAL_MARK = re.compile(r"%L?n")  # %n, or %Ln for a count in the locale's digits


def has_count(text: str) -> bool:
    """Whether ``text`` shows a count (``%n`` or ``%Ln``): its message is a plural."""
    return PLURAL_MARK.search(text) is not None


TS_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'

Key = tuple[str, str, str]
"""A message's identity: (context, source, disambiguation)."""


class ToolError(Exception):
    """A Qt Linguist tool is missing or failed."""


# --------------------------------------------------------------------------- files and tools


def ts_path(language: str, folder: Path = TS_FOLDER) -> Path:
    """The catalog of the window's strings in ``language``."""
    return folder / f"{CATALOG}_{language}.ts"


def qm_path(language: str, folder: Path = TS_FOLDER) -> Path:
    """The compiled catalog the window loads."""
    return folder / f"{CATALOG}_{language}.qm"


def sources(root: Path = ROOT) -> list[Path]:
    """The Python files whose strings the window shows: ``ui/**/*.py`` and ``main.py``."""
    files = sorted((root / "ui").rglob("*.py"))
    main = root / "main.py"
    return [*files, main] if main.is_file() else files


def tool(name: str) -> str:
    """The path of Qt's ``lupdate`` or ``lrelease`` that comes with this Python's PySide6."""
    folder = Path(sys.executable).parent
    candidates = [folder / f"pyside6-{name}", folder / f"pyside6-{name}.exe"]
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        candidates += [package / name, package / f"{name}.exe"]
    except ImportError:
        pass
    found = next((str(c) for c in candidates if c.is_file()), None)
    found = found or shutil.which(f"pyside6-{name}")
    if found is None:
        raise ToolError(f"Qt's {name} was not found: is PySide6 installed in {sys.executable}?")
    return found


def run(command: Sequence[str]) -> None:
    """Run a tool; a failure raises ToolError with what it said."""
    done = subprocess.run(list(command), capture_output=True, text=True)
    if done.returncode != 0:
        raise ToolError(f"{Path(command[0]).name} failed:\n{done.stdout}{done.stderr}")


def read_ts(path: Path) -> ET.ElementTree:
    """A .ts file's XML."""
    return ET.parse(path)


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write a .ts file byte for byte as Qt's own tools write them, so that an update after a
    translator's save in Qt Linguist changes only what changed."""
    root = tree.getroot()
    body = "".join(f"{ts_element(child, 0)}\n" for child in root)
    opening = f"<{root.tag}{ts_attributes(root)}>"
    path.write_text(f"{TS_HEADER}{opening}\n{body}</{root.tag}>\n", encoding="utf-8")


_SELF_CLOSING = frozenset({"location", "byte"})


def ts_element(element: ET.Element, level: int) -> str:
    """One element on lines of its own at ``level``: its children each on a line, or its text."""
    pad = "    " * level
    children = list(element)
    if children and not (element.text or "").strip():
        inner = "".join(f"\n{ts_element(child, level + 1)}" for child in children)
        return f"{pad}<{element.tag}{ts_attributes(element)}>{inner}\n{pad}</{element.tag}>"
    return pad + ts_inline(element)


def ts_inline(element: ET.Element) -> str:
    """An element with its text and any inline children (Qt writes odd characters as
    ``<byte value="x1"/>``)."""
    opening = f"<{element.tag}{ts_attributes(element)}"
    content = ts_escape(element.text or "") + "".join(
        ts_inline(child) + ts_escape(child.tail or "") for child in element
    )
    if not content and element.tag in _SELF_CLOSING:
        return opening + "/>"
    return f"{opening}>{content}</{element.tag}>"


def ts_attributes(element: ET.Element) -> str:
    """An element's attributes as Qt writes them."""
    return "".join(f' {name}="{ts_escape(value)}"' for name, value in element.attrib.items())


def ts_escape(text: str) -> str:
    """Text escaped as Qt's tools escape it (quotes too)."""
    for char, entity in (
        ("&", "&amp;"),
        ("<", "&lt;"),
        (">", "&gt;"),
        ('"', "&quot;"),
        ("'", "&apos;"),
    ):
        text = text.replace(char, entity)
    return text


def messages(root: ET.Element) -> Iterator[tuple[Key, ET.Element]]:
    """Each message of a catalog, with its identity."""
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            yield (name, source, message.findtext("comment") or ""), message


def translation_of(message: ET.Element) -> ET.Element:
    """A message's ``<translation>`` element (made if it has none)."""
    translation = message.find("translation")
    return translation if translation is not None else ET.SubElement(message, "translation")


def is_plural(message: ET.Element) -> bool:
    """Whether a message has plural forms."""
    return message.get("numerus") == "yes"


def forms(message: ET.Element) -> list[str]:
    """A message's translation: its plural forms, or the one text."""
    translation = translation_of(message)
    if is_plural(message):
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def is_finished(message: ET.Element) -> bool:
    """Whether a translator marked the message done (and it is not left over from old code)."""
    return translation_of(message).get("type") is None


# --------------------------------------------------------------------------- update


def update(
    root: Path = ROOT, folder: Path = TS_FOLDER, languages: Iterable[str] = LANGUAGES
) -> list[Path]:
    """Bring each language's catalog up to date with the code under ``root``."""
    folder.mkdir(parents=True, exist_ok=True)
    files = sources(root)
    written = []
    for language in languages:
        path = ts_path(language, folder)
        plurals = plural_translations(path) if path.is_file() else {}
        run_lupdate(files, path, language)
        tree = read_ts(path)
        tidy(tree.getroot(), language, plurals)
        write_ts(tree, path)
        written.append(path)
    return written


def run_lupdate(files: Sequence[Path], path: Path, language: str) -> None:
    """Extract the strings of ``files`` into the catalog at ``path`` (obsolete ones dropped)."""
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "sources.lst"  # no command line grows too long for Windows
        listing.write_text("".join(f"{f}\n" for f in files), encoding="utf-8")
        command = [tool("lupdate"), "-silent", "-no-obsolete", f"@{listing}", "-ts", str(path)]
        run([*command, "-source-language", SOURCE_LANGUAGE, "-target-language", language])


def plural_translations(path: Path) -> dict[Key, ET.Element]:
    """The translations of the plural messages of a catalog, before lupdate cuts them."""
    return {
        key: copy.deepcopy(translation_of(message))
        for key, message in messages(read_ts(path).getroot())
        if is_plural(message)
    }


def tidy(root: ET.Element, language: str, plurals: dict[Key, ET.Element]) -> None:
    """Set the catalog's languages, mark its plurals (their translations kept), fill English."""
    root.set("language", language)
    root.set("sourcelanguage", SOURCE_LANGUAGE)
    for key, message in messages(root):
        if has_count(key[1]):
            make_plural(message, PLURAL_FORMS[language], plurals.get(key))
        if language == SOURCE_LANGUAGE:
            fill_english(message, key[1])


def make_plural(message: ET.Element, count: int, kept: ET.Element | None) -> None:
    """Make ``message`` a plural message with ``count`` forms: the ``kept`` translation, else
    the one lupdate gave as the first form."""
    old = translation_of(message)
    if kept is None and is_plural(message):
        kept = old
    new = copy.deepcopy(kept) if kept is not None else plural_from_text(old)
    fit_forms(new, count)
    message.set("numerus", "yes")
    message[list(message).index(old)] = new


def plural_from_text(old: ET.Element) -> ET.Element:
    """An unfinished plural translation whose first form is a text lupdate carried over."""
    new = ET.Element("translation", type="unfinished")
    ET.SubElement(new, "numerusform").text = old.text or ""
    return new


def fit_forms(translation: ET.Element, count: int) -> None:
    """Give a plural translation exactly ``count`` forms; new empty ones leave it unfinished."""
    if not list(translation):  # a translation of one text: its text is the first form
        ET.SubElement(translation, "numerusform").text = (translation.text or "").strip()
    translation.text = None
    present = list(translation.iter("numerusform"))
    for extra in present[count:]:
        translation.remove(extra)
    for _ in range(count - len(present)):
        ET.SubElement(translation, "numerusform").text = ""
        translation.set("type", "unfinished")


def fill_english(message: ET.Element, source: str) -> None:
    """Write the English of a message not yet finished: its source, or its two plural forms."""
    translation = translation_of(message)
    if is_finished(message) and any(forms(message)):
        return
    if not is_plural(message):
        translation.text = source
        translation.attrib.pop("type", None)
        return
    english = english_plural(source)
    one, many = english if english is not None else (source, source)
    for form, text in zip(translation.iter("numerusform"), (one, many), strict=True):
        form.text = text
    if english is not None:
        translation.attrib.pop("type", None)
    else:
        translation.set("type", "unfinished")  # "%n people": a person writes "%n person"


_PLURAL_ENDING = re.compile(r"(\w)\((ies|es|s)\)")
_IRREGULAR = {"person(s)": ("person", "people")}  # English plurals no ending makes


def english_plural(source: str) -> tuple[str, str] | None:
    """The singular and plural of ``%n change(s)``, ``%n match(es)``, ``%n entry(ies)``; None
    for a source written otherwise."""
    one, many = source, source
    for word, (singular, plural) in _IRREGULAR.items():
        one, many = one.replace(word, singular), many.replace(word, plural)
    if one == source and not _PLURAL_ENDING.search(source):
        return None
    return _PLURAL_ENDING.sub(r"\1", one), _PLURAL_ENDING.sub(_plural_ending, many)


def _plural_ending(match: re.Match[str]) -> str:
    letter, ending = match.groups()
    return "ies" if ending == "ies" and letter == "y" else letter + ending


# --------------------------------------------------------------------------- compile


def compile_catalogs(folder: Path = TS_FOLDER, languages: Iterable[str] = LANGUAGES) -> list[Path]:
    """Compile each language's catalog into the ``.qm`` the window loads (finished
    translations only: an unfinished one shows in English)."""
    made = []
    for language in languages:
        source = ts_path(language, folder)
        if not source.is_file():
            print(f"{language}: no {source.name}; run 'update' first", file=sys.stderr)
            continue
        target = qm_path(language, folder)
        run([tool("lrelease"), "-silent", "-nounfinished", str(source), "-qm", str(target)])
        made.append(target)
    return made


# --------------------------------------------------------------------------- check


@dataclass(frozen=True)
class Problem:
    """Something a translator still has to do in one language."""

    language: str
    kind: str  # missing, empty, unfinished, placeholders
    context: str = ""
    source: str = ""
    detail: str = ""

    def __str__(self) -> str:
        where = f"{self.context}: {self.source!r}" if self.context or self.source else ""
        return "  ".join(part for part in (self.kind, where, self.detail) if part)


def check(folder: Path = TS_FOLDER, languages: Sequence[str] = LANGUAGES) -> list[Problem]:
    """Every problem of the catalogs in ``folder``, language by language."""
    catalogs = {
        lang: read_ts(ts_path(lang, folder)).getroot()
        for lang in languages
        if ts_path(lang, folder).is_file()
    }
    everywhere = {key for root in catalogs.values() for key, _message in messages(root)}
    problems = []
    for language in languages:
        if language not in catalogs:
            problems.append(
                Problem(language, "missing", detail=f"no {ts_path(language, folder).name}")
            )
            continue
        problems += check_catalog(catalogs[language], language, everywhere)
    return problems


def check_catalog(root: ET.Element, language: str, expected: set[Key]) -> list[Problem]:
    """The problems of one language's catalog; ``expected`` is every message of all of them."""
    found = dict(messages(root))
    problems = [
        Problem(language, "missing", key[0], key[1], "not in this catalog")
        for key in sorted(expected - found.keys())
    ]
    for key, message in found.items():
        if translation_of(message).get("type") in ("obsolete", "vanished"):
            continue
        problems += check_message(message, language, key)
    return problems


def check_message(message: ET.Element, language: str, key: Key) -> list[Problem]:
    """What is wrong with one message's translation, if anything."""
    context, source, _comment = key
    texts = forms(message)
    problems = []
    if has_count(source) and (not is_plural(message) or len(texts) != PLURAL_FORMS[language]):
        detail = (
            f"{len(texts) if is_plural(message) else 0} of {PLURAL_FORMS[language]} plural forms"
        )
        problems.append(Problem(language, "missing", context, source, detail))
    if not all(texts):
        problems.append(Problem(language, "empty", context, source))
    elif not is_finished(message):
        problems.append(Problem(language, "unfinished", context, source))
    for index, text in enumerate(texts):
        detail = placeholder_mismatch(source, text, index in COUNT_OPTIONAL.get(language, ()))
        if text and detail:
            problems.append(
                Problem(language, "placeholders", context, source, f"{text!r}: {detail}")
            )
    return problems


def placeholder_mismatch(source: str, text: str, count_optional: bool = False) -> str:
    """How ``text`` fails to keep the ``{name}`` placeholders and ``%n`` of ``source``, or ""."""
    wanted, given = fields(source), fields(text)
    if given is None:
        return "unbalanced { }"
    if wanted is not None and wanted != given:
        lost = ", ".join(f"{{{n}}}" for n in sorted(wanted - given))
        added = ", ".join(f"{{{n}}}" for n in sorted(given - wanted))
        return "; ".join(p for p in (lost and f"lost {lost}", added and f"added {added}") if p)
    if has_count(source) != has_count(text) and not (count_optional and not has_count(text)):
        return "lost %n" if has_count(source) else "added %n"
    return ""


def fields(text: str) -> frozenset[str] | None:
    """The names of a text's ``{name}`` placeholders; None if its braces do not pair up."""
    try:
        return frozenset(
            name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None
        )
    except ValueError:
        return None


def report(problems: Sequence[Problem], languages: Sequence[str] = LANGUAGES) -> str:
    """The problems as a person reads them: a count per language, then one line each."""
    lines = []
    for language in languages:
        own = [p for p in problems if p.language == language]
        kinds = sorted({p.kind for p in own})
        summary = ", ".join(f"{sum(p.kind == k for p in own)} {k}" for k in kinds) or "complete"
        lines.append(f"{language}: {summary}")
        lines += [f"    {p}" for p in own]
    return "\n".join(lines)


# --------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``update``, ``compile`` or ``check``; 0 when done (and, for check, complete)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "compile", "check"))
    parser.add_argument("--folder", type=Path, default=TS_FOLDER, help="where the .ts files are")
    parser.add_argument("--root", type=Path, default=ROOT, help="the source tree (for update)")
    args = parser.parse_args(argv)
    try:
        if args.command == "update":
            for path in update(args.root, args.folder):
                print(f"updated {path}")
        elif args.command == "compile":
            for path in compile_catalogs(args.folder):
                print(f"compiled {path}")
        else:
            problems = check(args.folder)
            print(report(problems))
            return 1 if problems else 0
    except (ToolError, OSError, ET.ParseError) as error:
        print(error, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
