"""The pack's fonts: static instances of pip-shipped variable fonts, made at set-up (or cached
on disk), registered with reportlab once per process, and the per-character choice of the
family that draws a text.

Fonts never come from the system. The variable TTFs that ship in pip packages are instanced
with fontTools (reportlab cannot use variable axes); that takes about a minute in all (the
Chinese font alone ~24 s a weight), so no build should do it. Set-up makes every instance
into ``static_fonts/`` beside this module (``python -m briefing.render.fonts --prepare``, run by
``make setup``): package data, so an installer bundle carries the folder as it is. A build
reads that folder first; an install that skipped set-up makes what is missing once, into
``BRIEFING_FONT_CACHE`` or the user's cache folder, written atomically. Both folders hold one
subfolder per family named by :func:`cache_key`, so fonts made for other package versions are
never used. Instancing is deterministic, so a PDF is byte-identical whichever process made the
fonts.
"""

from __future__ import annotations

import argparse
import copy
import functools
import hashlib
import io
import logging
import os
import re
import shutil
import struct
import sys
import tempfile
import threading
import time
import unicodedata
import weakref
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import fontTools
from fontTools.ttLib import TTFont as ToolsFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFError, TTFont

from briefing.atomic import atomic_path
from briefing.errors import BuildError
from briefing.render.font_sources import (
    ARABIC,
    CHINESE,
    PRIMARY,
    FamilySource,
    package_file,
)

log = logging.getLogger(__name__)

CACHE_ENV = "BRIEFING_FONT_CACHE"
APP_FOLDER = "briefing-pack-assembler"
_CACHE_FORMAT = "1"  # bump when the way instances are made changes
_FINGERPRINT_BYTES = 1 << 20  # the table directory (with every table's checksum) is in here
NORMAL_WIDTH = 100.0
# What reading a damaged (truncated, overwritten) font file raises in reportlab
_DAMAGED = (TTFError, ValueError, IndexError, KeyError, struct.error)
REGULAR_WEIGHT, BOLD_WEIGHT = 400, 700
SHIPPED_ROOT = Path(__file__).with_name("static_fonts")
"""Where set-up puts the static instances: inside the package, read before the user's cache."""
_KEY_FOLDER = re.compile(r"[A-Za-z]+-[0-9a-f]{12}")  # a folder named by cache_key()


FALLBACKS: tuple[FamilySource, ...] = (ARABIC, CHINESE)

# (suffix of the registered name, bold, italic), in FontFamily's field order
STYLES = (
    ("", False, False),
    ("-Bold", True, False),
    ("-Italic", False, True),
    ("-BoldItalic", True, True),
)


@dataclass(frozen=True)
class FontFamily:
    """One family's four registered reportlab font names and the code points all four draw."""

    name: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    coverage: frozenset[int] = field(default=frozenset(), repr=False, compare=False)

    def face(self, bold: bool, italic: bool) -> str:
        """The registered font name for a style."""
        return ((self.regular, self.italic), (self.bold, self.bold_italic))[bold][italic]

    def covers(self, char: str) -> bool:
        """Whether every face of the family has a glyph for ``char``."""
        return ord(char) in self.coverage

    def loaded(self) -> FontFamily:
        """The family, its faces registered with reportlab (read now if they were not)."""
        return self


@dataclass(frozen=True)
class FontSet:
    """The primary family and the fallbacks tried, in order, for what it cannot draw."""

    primary: FontFamily
    fallbacks: tuple[FontFamily, ...] = ()

    @property
    def families(self) -> tuple[FontFamily, ...]:
        """Every family, primary first."""
        return (self.primary, *self.fallbacks)

    def family_for(self, char: str) -> FontFamily | None:
        """The first family that draws ``char``; whitespace and controls go to the primary."""
        known = self._families_of_chars
        if char in known:
            return known[char]
        if _is_neutral(char):
            family: FontFamily | None = self.primary
        else:
            family = next((f for f in self.families if f.covers(char)), None)
        if len(known) < 100_000:  # a bound, whatever the text
            known[char] = family
        return family

    @functools.cached_property
    def _families_of_chars(self) -> dict[str, FontFamily | None]:
        return {}

    @functools.cached_property
    def _primary_chars(self) -> frozenset[str]:
        return frozenset(map(chr, self.primary.coverage))

    def runs(self, text: str) -> list[tuple[FontFamily | None, str]]:
        """``text`` split into maximal segments by the family that draws them (None: none can)."""
        if all(_is_neutral(c) for c in set(text) - self._primary_chars):
            return [(self.primary, text)] if text else []  # the common case, in one set test
        runs: list[tuple[FontFamily | None, list[str]]] = []
        for char in text:
            family = self.family_for(char)
            if runs and _continues(runs[-1][0], family, char):
                runs[-1][1].append(char)
            else:
                runs.append((family, [char]))
        return [(family, "".join(chars)) for family, chars in runs]

    def missing(self, text: str) -> frozenset[str]:
        """The characters of ``text`` that no family can draw."""
        return frozenset(c for c in set(text) if self.family_for(c) is None)

    def undrawable(self, text: str) -> frozenset[str]:
        """The visible characters of ``text`` that no family can draw: what a PDF would lose.
        Format characters (bidi marks, joiners, soft hyphens) show nothing anyway."""
        return frozenset(c for c in self.missing(text) if unicodedata.category(c) != "Cf")


def _is_neutral(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) == "Cc"


def _continues(current: FontFamily | None, family: FontFamily | None, char: str) -> bool:
    # A space between two words of a fallback script stays in their run when that font has it.
    if family == current:
        return True
    return current is not None and _is_neutral(char) and current.covers(char)


_LOCK = threading.Lock()


def pack_fonts() -> FontSet:
    """The pack's fonts, made or loaded from the cache and registered with reportlab once."""
    with _LOCK:
        return _load_font_set()


@functools.cache
def _load_font_set() -> FontSet:
    primary = _load_family(PRIMARY)
    fallbacks = tuple(
        _FamilyOnFirstUse.of(s) if s.on_first_use else _load_family(s) for s in FALLBACKS
    )
    return FontSet(primary, fallbacks)


@dataclass(frozen=True)
class _FamilyOnFirstUse(FontFamily):
    """A fallback family read and registered with reportlab when a pack is first asked whether
    it draws a character (a character goes to a fallback only after that question)."""

    source: FamilySource | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, source: FamilySource) -> _FamilyOnFirstUse:
        names = (source.name + suffix for suffix, _bold, _italic in STYLES)
        return cls(source.name, *names, source=source)

    def covers(self, char: str) -> bool:
        return ord(char) in self.loaded_coverage()

    def loaded(self) -> FontFamily:
        self.loaded_coverage()
        return self

    def face(self, bold: bool, italic: bool) -> str:
        self.loaded_coverage()
        return super().face(bold, italic)

    def loaded_coverage(self) -> frozenset[int]:
        """The family's coverage, once it is read and registered (once per process, however
        many threads ask at once)."""
        found: frozenset[int] | None = self.__dict__.get("_loaded")
        if found is None:
            with _LOCK:
                found = self.__dict__.get("_loaded")
                if found is None:
                    assert self.source is not None
                    found = _load_family(self.source).coverage
                    self.__dict__["_loaded"] = found  # frozen: set as the dataclass cannot
        return found


def font_coverage() -> FontSet:
    """What the pack's fonts can draw, for the checks: read from the packaged fonts' own
    character maps, without making (or even loading) the faces a build needs.

    Making static instances of the variable fonts changes no character map, so this is what a
    build draws; it takes a fraction of a second where the first :func:`pack_fonts` takes 16 s.
    The families it returns have no registered face names: they can only be asked what they
    cover.
    """
    with _LOCK:
        return _coverage_set()


@functools.cache
def _coverage_set() -> FontSet:
    def family(source: FamilySource) -> FontFamily:
        files = {package_file(source, source.upright), package_file(source, source.italic)}
        coverage = frozenset.intersection(*(_character_map(path) for path in files))
        return FontFamily(source.name, "", "", "", "", coverage)

    return FontSet(family(PRIMARY), tuple(family(s) for s in FALLBACKS))


def _character_map(path: Path) -> frozenset[int]:
    with ToolsFont(path, lazy=True) as font:
        return frozenset(font.getBestCmap())


def _load_family(source: FamilySource) -> FontFamily:
    fonts = load_faces(source)
    for font in fonts:
        pdfmetrics.registerFont(font)
    regular, bold, italic, bold_italic = (font.fontName for font in fonts)
    pdfmetrics.registerFontFamily(
        source.name, normal=regular, bold=bold, italic=italic, boldItalic=bold_italic
    )
    coverage = frozenset.intersection(*(frozenset(f.face.charToGlyph) for f in fonts))
    return FontFamily(source.name, regular, bold, italic, bold_italic, coverage)


def load_faces(source: FamilySource) -> tuple[TTFont, ...]:
    """The family's regular, bold, italic and bold italic reportlab fonts (not registered)."""
    key = cache_key(source)
    try:
        return _load_faces(source, SHIPPED_ROOT / key, cache_root() / key)
    except (OSError, RuntimeError) as exc:  # unwritable, or no home folder: never fail a build
        log.warning("Font cache not usable (%s); using a temporary folder", exc)
        return _load_faces(source, SHIPPED_ROOT / key, _temp_root() / key)


def _load_faces(source: FamilySource, shipped: Path, cached: Path) -> tuple[TTFont, ...]:
    loaded: dict[tuple[Path, int], TTFont] = {}
    faces = []
    for suffix, bold, italic in STYLES:
        file = _face_source(source, bold, italic)
        if file in loaded:  # a family without italics: its upright faces again, read once
            faces.append(_twin(loaded[file], source.name + suffix))
        else:
            loaded[file] = _load_face(source.name + suffix, shipped, cached, *file)
            faces.append(loaded[file])
    return tuple(faces)


def _twin(font: TTFont, name: str) -> TTFont:
    """``font`` under another name: the same parsed font file (reading the Chinese one takes
    a tenth of a second), its own subsets in each document."""
    twin = copy.copy(font)
    twin.fontName = name
    twin.encoding = TTEncoding()
    twin.state = weakref.WeakKeyDictionary()
    return twin


def fonts_to_make() -> bool:
    """Whether the next :func:`pack_fonts` has font instances to make (set-up was skipped and
    this computer has not built a PDF yet: about a minute)."""
    loaded = _load_font_set.cache_info().currsize
    return not loaded and instances_missing(SHIPPED_ROOT, cache_root())


def instances_missing(*roots: Path) -> bool:
    """Whether an instance the pack's fonts need is in none of the font folders ``roots``."""
    return any(
        not any(_instance_path(root / key, file, weight).is_file() for root in roots)
        for key, file, weight in _instances()
    )


def _instances() -> Iterator[tuple[str, Path, int]]:
    """(cache key, variable source file, weight) of each static instance the pack's fonts use."""
    for source in (PRIMARY, *FALLBACKS):
        key = cache_key(source)
        faces = {_face_source(source, bold, italic) for _suffix, bold, italic in STYLES}
        for file, weight in sorted(faces):
            if _is_variable(file):
                yield key, file, weight


def prepare(root: Path | None = None, workers: int | None = None) -> list[Path]:
    """Make every static instance the pack's fonts need under ``root`` (the shipped folder by
    default), ``workers`` at a time (default: one per core); instances already there are kept
    and folders made for other versions removed. Returns the files made."""
    root = root or SHIPPED_ROOT
    needed = [
        (_instance_path(root / key, file, weight), file, weight)
        for key, file, weight in _instances()
    ]
    _remove_stale(root, {path.parent.name for path, _file, _weight in needed})
    jobs = sorted(
        ((path, file, weight) for path, file, weight in needed if not path.is_file()),
        key=lambda job: -job[1].stat().st_size,  # the largest first: the pool ends sooner
    )
    for (path, _file, _weight), data in zip(jobs, _instance_data(jobs, workers), strict=True):
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_shared(path, data)
    return [path for path, _file, _weight in jobs]


def _instance_data(jobs: list[tuple[Path, Path, int]], workers: int | None) -> Iterator[bytes]:
    files, weights = [file for _p, file, _w in jobs], [weight for _p, _f, weight in jobs]
    count = min(len(jobs), workers or os.cpu_count() or 1)
    if count <= 1:
        yield from map(instance_bytes, files, weights)
        return
    with ProcessPoolExecutor(count) as pool:  # each instance is pure Python: one core each
        yield from pool.map(instance_bytes, files, weights)


def _remove_stale(root: Path, keep: set[str]) -> None:
    # Instances for other versions of the font packages (or of fontTools) are never read again.
    if root.is_dir():
        for folder in root.iterdir():
            if folder.is_dir() and _KEY_FOLDER.fullmatch(folder.name) and folder.name not in keep:
                shutil.rmtree(folder)


def _instance_path(folder: Path, source: Path, weight: int) -> Path:
    return folder / f"{source.stem.split('[')[0]}-{weight}.ttf"


def _face_source(source: FamilySource, bold: bool, italic: bool) -> tuple[Path, int]:
    file = package_file(source, source.italic if italic else source.upright)
    return file, BOLD_WEIGHT if bold else REGULAR_WEIGHT


def _load_face(name: str, shipped: Path, cached: Path, source: Path, weight: int) -> TTFont:
    if not _is_variable(source):
        return TTFont(name, os.fspath(source))  # already static: read from the package
    made_at_setup = _instance_path(shipped, source, weight)
    if made_at_setup.is_file():
        try:
            return TTFont(name, os.fspath(made_at_setup), validate=1)
        except _DAMAGED as exc:
            log.warning(
                "Font %s made at set-up is damaged (%s); using the cache", made_at_setup, exc
            )
    path = _instance_path(cached, source, weight)
    if not path.is_file():
        _make_instance(path, source, weight)
    try:
        return TTFont(name, os.fspath(path), validate=1)  # checks every table's checksum
    except _DAMAGED as exc:
        log.warning("Cached font %s is damaged (%s); making it again", path, exc)
        _make_instance(path, source, weight)
        return TTFont(name, os.fspath(path), validate=1)


def _make_instance(path: Path, source: Path, weight: int) -> None:
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_shared(path, instance_bytes(source, weight))
    log.info("Made %s in %.1f s", path.name, time.perf_counter() - started)


def _write_shared(path: Path, data: bytes) -> None:
    # Atomic, so a process building at the same time never reads a half-written font.
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
        tmp.chmod(0o644)  # readable by all, like any installed font (mkstemp makes it 0600)


def _is_variable(path: Path) -> bool:
    with ToolsFont(path, lazy=True) as font:
        return "fvar" in font


def instance_bytes(source: Path, weight: int) -> bytes:
    """A static instance of a variable font at ``weight`` and normal width: same bytes each time."""
    from fontTools.varLib import instancer  # only the first build makes instances: not at start

    font = ToolsFont(source, recalcTimestamp=False)
    modified = font["head"].modified
    instancer.instantiateVariableFont(
        font, _location(font, weight), inplace=True, updateFontNames="STAT" in font
    )
    font["head"].modified = modified  # the source's date, never the clock
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


def _location(font: ToolsFont, weight: int) -> dict[str, float]:
    # Pin every axis: weight and width as asked (within the font's range), others at default.
    wanted = {"wght": weight, "wdth": NORMAL_WIDTH}
    return {
        a.axisTag: min(max(wanted.get(a.axisTag, a.defaultValue), a.minValue), a.maxValue)
        for a in font["fvar"].axes
    }


def cache_key(source: FamilySource) -> str:
    """The cache folder name of a family: changes with its files, fontTools and the instances."""
    parts = [_CACHE_FORMAT, fontTools.version, f"{REGULAR_WEIGHT},{BOLD_WEIGHT},{NORMAL_WIDTH}"]
    for name in sorted({source.upright, source.italic}):
        parts.append(_fingerprint(package_file(source, name)))
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
    return f"{source.name}-{digest}"


def _fingerprint(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(_FINGERPRINT_BYTES)
    return f"{path.name} {path.stat().st_size} {hashlib.sha256(head).hexdigest()}"


def cache_root() -> Path:
    """Where the static fonts are cached: ``$BRIEFING_FONT_CACHE`` or the user's cache folder."""
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    return _user_cache_dir() / APP_FOLDER / "fonts"


def _user_cache_dir() -> Path:
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        return Path(local) if local else Path.home() / "AppData" / "Local"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"


_TEMP_DIRS: list[tempfile.TemporaryDirectory[str]] = []


def _temp_root() -> Path:
    # One per process, removed at exit: reportlab has read the fonts into memory by then.
    if not _TEMP_DIRS:
        _TEMP_DIRS.append(tempfile.TemporaryDirectory(prefix="briefing-fonts-"))
    return Path(_TEMP_DIRS[0].name)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m briefing.render.fonts --prepare``: make the static fonts at set-up."""
    parser = argparse.ArgumentParser(
        prog="python -m briefing.render.fonts",
        description="Make the static instances of the pack's fonts, so that no build waits.",
    )
    parser.add_argument(
        "--prepare", action="store_true", required=True, help="make the missing instances"
    )
    parser.add_argument(
        "--folder", type=Path, default=SHIPPED_ROOT, help=f"where to (default: {SHIPPED_ROOT})"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        made = prepare(args.folder)
    except (OSError, BuildError) as exc:
        print(f"briefing fonts: {exc}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    kept = sum(1 for _ in _instances()) - len(made)
    print(f"Fonts in {args.folder}: {len(made)} made in {seconds:.0f} s, {kept} already there")
    return 0


if __name__ == "__main__":
    sys.exit(main())
