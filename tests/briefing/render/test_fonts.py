"""The pack's fonts: four static faces made from a pip package, cached, embedded as subsets."""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from xml.sax.saxutils import escape

import fontTools
import pytest
from fontTools.ttLib import TTFont as ToolsFont
from pypdf import PdfReader
from reportlab.lib.fonts import tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate

from briefing.errors import BuildError
from briefing.render import fonts
from briefing.render.fonts import FamilySource, FontFamily, FontSet, pack_fonts

SAMPLE = "Smith & <Co> “R&D” Кузнецов"
STYLES = [(False, False), (True, False), (False, True), (True, True)]


@pytest.fixture(scope="module")
def font_set() -> FontSet:
    """The pack's fonts, from the folder set-up made (or the shared cache, made on first use)."""
    return pack_fonts()


@pytest.fixture
def no_setup_fonts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """As if set-up had not made the static fonts: only the cache can hold them."""
    absent = tmp_path / "no-static-fonts"
    monkeypatch.setattr(fonts, "SHIPPED_ROOT", absent)
    return absent


def _file(face: str) -> Path:
    return Path(pdfmetrics.getFont(face).face.filename)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _real_instances(font_set: FontSet) -> dict[tuple[str, int], bytes]:
    """The loaded instances of every family by (variable source file name, weight)."""
    found = {}
    families = [family.loaded() for family in font_set.families]
    for family, source in zip(families, (fonts.PRIMARY, *fonts.FALLBACKS), strict=True):
        for bold, italic in STYLES:
            file = source.italic if italic else source.upright
            weight = fonts.BOLD_WEIGHT if bold else fonts.REGULAR_WEIGHT
            found[(file, weight)] = _file(family.face(bold, italic)).read_bytes()
    return found


def _fake_instancer(monkeypatch, font_set: FontSet) -> list[tuple[str, int]]:
    """Replace the slow instancing by the loaded fonts' bytes; returns the calls made."""
    real, calls = _real_instances(font_set), []

    def instance(source: Path, weight: int) -> bytes:
        calls.append((source.name, weight))
        return real[(source.name, weight)]

    monkeypatch.setattr(fonts, "instance_bytes", instance)
    return calls


# --- the four faces ---------------------------------------------------------------------------


def test_the_four_faces_are_registered_as_one_family(font_set: FontSet) -> None:
    family = font_set.primary
    faces = [family.face(bold, italic) for bold, italic in STYLES]
    assert faces == [family.regular, family.bold, family.italic, family.bold_italic]
    assert len(set(faces)) == 4
    assert set(faces) <= set(pdfmetrics.getRegisteredFontNames())
    for bold, italic in STYLES:  # what <b> and <i> in a Paragraph resolve to
        assert tt2ps(family.name, bold, italic) == family.face(bold, italic)


def test_the_faces_are_distinct_static_fonts(font_set: FontSet) -> None:
    family = font_set.primary
    paths = [_file(family.face(bold, italic)) for bold, italic in STYLES]
    assert len({_sha(p) for p in paths}) == 4
    for path in paths:
        with ToolsFont(path, lazy=True) as font:
            assert "fvar" not in font and "gvar" not in font

    def width(face: str) -> float:
        return pdfmetrics.stringWidth("Human rights in Geneva", face, 10)

    assert width(family.bold) > width(family.regular) * 1.03
    assert width(family.bold_italic) > width(family.italic) * 1.03
    angles = [ToolsFont(p, lazy=True)["post"].italicAngle for p in paths]
    assert angles[0] == angles[1] == 0
    assert angles[2] < 0 and angles[3] < 0


def test_later_calls_return_the_same_fonts(font_set: FontSet) -> None:
    assert pack_fonts() is font_set


# --- which family draws which character -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The quick brown fox jumps over the lazy dog. 0123456789 (a) [b] {c} @ # % &",
        "é à è ç œ Œ ê ë î ï ô ù û ü ÿ É À Ç « Genève » n° 1",
        "ñ Ñ ¿ ¡ á é í ó ú ü ª º",
        "Права человека: Кузнецов, ЁЖЩЪЫЬЭЮЯ ёжщъыьэюя",
        "Ελληνικά: αβγδεζηθ ΑΒΓΔΩΣ άέήίόύώ",
        "– — ‘ ’ “ ” „ • … € £ ¥ ° § ¶ © ® ™ × ÷ ± ‰ ′ ″",
        "tab\there\nnew line\r\u00a0nbsp\u2009thin\u202fnarrow",
    ],
    ids=["english", "french", "spanish", "russian", "greek", "punctuation", "whitespace"],
)
def test_the_primary_draws_the_latin_cyrillic_and_greek_scripts(
    font_set: FontSet, text: str
) -> None:
    assert font_set.missing(text) == frozenset()
    assert {font_set.family_for(c) for c in text} == {font_set.primary}
    assert font_set.runs(text) == [(font_set.primary, text)]


def test_arabic_and_chinese_are_drawn_by_their_own_families(font_set: FontSet) -> None:
    arabic, chinese = font_set.fallbacks
    assert font_set.missing("مرحبا 人权、。") == frozenset()
    assert {font_set.family_for(c) for c in "مرحبا"} == {arabic}
    assert {font_set.family_for(c) for c in "人权、。"} == {chinese}
    assert font_set.missing("Hi தமிழ்!") == set("தமிழ்")  # a script the pack has no font for


def test_runs_split_text_where_the_drawing_family_changes(font_set: FontSet) -> None:
    primary, chinese = font_set.primary, font_set.fallbacks[1]
    assert font_set.runs("Hi 人权!") == [(primary, "Hi "), (chinese, "人权"), (primary, "!")]
    assert font_set.runs("Hi தமி!") == [(primary, "Hi "), (None, "தமி"), (primary, "!")]
    assert font_set.runs("") == []
    assert font_set.missing("") == frozenset()


def _family(name: str, chars: str) -> FontFamily:
    return FontFamily(
        name, name, f"{name}-B", f"{name}-I", f"{name}-BI", frozenset(map(ord, chars))
    )


def test_fallbacks_are_tried_in_order_and_keep_their_spaces() -> None:
    latin, cjk, extra = _family("L", "abHi !"), _family("C", "人权 !"), _family("X", "人z")
    fs = FontSet(latin, (cjk, extra))
    assert [fs.family_for(c) for c in "a人z\nq"] == [latin, cjk, extra, latin, None]
    assert fs.runs("a 人 权 b!") == [(latin, "a "), (cjk, "人 权 "), (latin, "b!")]
    assert fs.runs("人z q") == [(cjk, "人"), (extra, "z"), (latin, " "), (None, "q")]
    assert fs.missing("a人zq\tQ") == {"q", "Q"}


def test_a_family_is_drawn_in_the_face_of_the_style() -> None:
    family = _family("F", "")
    assert [family.face(b, i) for b, i in STYLES] == ["F", "F-B", "F-I", "F-BI"]


# --- a real PDF -------------------------------------------------------------------------------


def _pdf(family: FontFamily) -> bytes:
    """SAMPLE in the four faces, through <b> and <i> markup like the renderer's."""
    buffer = io.BytesIO()
    # initialFontName: else the canvas starts in Helvetica, a font the PDF would not embed
    doc = SimpleDocTemplate(buffer, invariant=1, title="Fonts", initialFontName=family.regular)
    style = ParagraphStyle("body", fontName=family.regular, fontSize=11, leading=15)
    text = escape(SAMPLE)
    markup = [text, f"<b>{text}</b>", f"<i>{text}</i>", f"<b><i>{text}</i></b>"]
    doc.build([Paragraph(m, style) for m in markup])
    return buffer.getvalue()


def _base_fonts(reader: PdfReader) -> dict[str, int]:
    """Each font's /BaseFont and the size of its embedded file."""
    found = {}
    for ref in reader.pages[0]["/Resources"]["/Font"].values():
        font = ref.get_object()
        found[str(font["/BaseFont"])] = len(font["/FontDescriptor"]["/FontFile2"].get_data())
    return found


def test_a_pdf_keeps_the_text_and_embeds_the_four_faces_as_subsets(font_set: FontSet) -> None:
    reader = PdfReader(io.BytesIO(_pdf(font_set.primary)))
    lines = reader.pages[0].extract_text().splitlines()
    assert lines == [SAMPLE] * 4
    embedded = _base_fonts(reader)
    assert len(embedded) == 4
    assert all(re.fullmatch(r"/[A-Z]{6}\+NotoSans\S*", name) for name in embedded)
    assert len({name.split("+")[1] for name in embedded}) == 4  # one per face
    full_size = _file(font_set.primary.regular).stat().st_size
    assert all(size < full_size / 10 for size in embedded.values())  # subsets, not whole fonts


def test_the_same_content_gives_the_same_pdf_bytes(font_set: FontSet) -> None:
    assert _pdf(font_set.primary) == _pdf(font_set.primary)


# --- the cache --------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_fresh_cache_holds_the_same_bytes_as_the_shared_one(
    font_set: FontSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_setup_fonts: Path
) -> None:
    # Two independent instancings (set-up's, or the shared cache's, and this one) agree byte
    # for byte.
    shared = [_file(font_set.primary.face(b, i)) for b, i in STYLES]
    monkeypatch.setenv(fonts.CACHE_ENV, str(tmp_path))
    fresh = [Path(f.face.filename) for f in fonts.load_faces(fonts.PRIMARY)]
    folder = tmp_path / fonts.cache_key(fonts.PRIMARY)
    assert all(path.parent == folder for path in fresh)
    assert [_sha(p) for p in fresh] == [_sha(p) for p in shared]
    assert sorted(p.suffix for p in folder.iterdir()) == [".ttf"] * 4  # no temp files left


def test_an_unwritable_cache_falls_back_to_a_temporary_folder(
    font_set: FontSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_setup_fonts: Path
) -> None:
    calls = _fake_instancer(monkeypatch, font_set)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(fonts.CACHE_ENV, str(blocker / "cache"))
    monkeypatch.setattr(fonts, "_TEMP_DIRS", [])
    loaded = fonts.load_faces(fonts.PRIMARY)
    temp = Path(fonts._TEMP_DIRS[0].name)
    assert temp.parent == Path(tempfile.gettempdir())
    assert all(Path(f.face.filename).is_relative_to(temp) for f in loaded)
    assert len(calls) == 4
    assert blocker.read_text() == "not a folder"


def test_a_damaged_cached_font_is_made_again(
    font_set: FontSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_setup_fonts: Path
) -> None:
    calls = _fake_instancer(monkeypatch, font_set)
    monkeypatch.setenv(fonts.CACHE_ENV, str(tmp_path))
    paths = [Path(f.face.filename) for f in fonts.load_faces(fonts.PRIMARY)]
    assert len(calls) == 4
    paths[1].write_bytes(paths[1].read_bytes()[:1000])  # a truncated bold
    again = [Path(f.face.filename) for f in fonts.load_faces(fonts.PRIMARY)]
    assert again == paths and len(calls) == 5
    assert _sha(paths[1]) == _sha(_file(font_set.primary.bold))


def test_the_cache_key_follows_the_source_files_and_fonttools(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = fonts.cache_key(fonts.PRIMARY)
    assert re.fullmatch(r"NotoSans-[0-9a-f]{12}", key)
    upright_only = FamilySource("NotoSans", "fontpkg_noto_sans", *[fonts.PRIMARY.upright] * 2)
    assert fonts.cache_key(upright_only) != key
    monkeypatch.setattr(fontTools, "version", "0.0.0")
    assert fonts.cache_key(fonts.PRIMARY) != key


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("linux", {"XDG_CACHE_HOME": "{tmp}/xdg"}, "{tmp}/xdg"),
        ("linux", {"XDG_CACHE_HOME": "relative"}, "{tmp}/home/.cache"),
        ("darwin", {}, "{tmp}/home/Library/Caches"),
        ("win32", {"LOCALAPPDATA": "{tmp}/local"}, "{tmp}/local"),
    ],
)
def test_the_cache_lives_in_the_platforms_user_cache_folder(
    platform: str, env: dict[str, str], expected: str, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.delenv(fonts.CACHE_ENV, raising=False)
    for name in ("XDG_CACHE_HOME", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value.format(tmp=tmp_path))
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path / "home"))
    monkeypatch.setattr(sys, "platform", platform)
    expected_root = Path(expected.format(tmp=tmp_path)) / "briefing-pack-assembler" / "fonts"
    assert fonts.cache_root() == expected_root
    monkeypatch.setenv(fonts.CACHE_ENV, str(tmp_path / "mine"))
    assert fonts.cache_root() == tmp_path / "mine"


def test_a_missing_font_package_is_a_clear_build_error() -> None:
    absent = FamilySource("Absent", "fontpkg_absent_family", "A.ttf", "A.ttf")
    with pytest.raises(BuildError, match="fontpkg-absent-family is not installed"):
        fonts.load_faces(absent)


def test_threads_asking_at_once_share_one_font_set(monkeypatch: pytest.MonkeyPatch) -> None:
    loads, results = [], []
    real_load = fonts._load_family
    monkeypatch.setattr(fonts, "_load_family", lambda s: loads.append(s) or real_load(s))
    fonts._load_font_set.cache_clear()
    threads = [threading.Thread(target=lambda: results.append(pack_fonts())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8 and all(r is results[0] for r in results)
    eager = [s for s in fonts.FALLBACKS if not s.on_first_use]
    assert loads == [fonts.PRIMARY, *eager]  # the Chinese font is read when first needed
    asked: list[FontFamily | None] = []
    threads = [
        threading.Thread(target=lambda: asked.append(results[0].family_for("中"))) for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert {f.name if f else None for f in asked} == {fonts.CHINESE.name}
    assert loads[len(eager) + 1 :] == [fonts.CHINESE]  # read once, registered with reportlab
    assert pdfmetrics.getFont(results[0].family_for("中").bold).fontName == "NotoSansSC-Bold"


def test_the_checks_know_what_the_fonts_draw_without_making_them(
    font_set: FontSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app runs the checks as it opens: they must not wait 16 s for the font instances."""
    from briefing.checks import check_meeting
    from briefing.model import Meeting, Person

    assert fonts.font_coverage().primary.coverage == font_set.primary.coverage
    empty_cache = tmp_path / "fonts"
    monkeypatch.setenv("BRIEFING_FONT_CACHE", str(empty_cache))
    monkeypatch.setattr(fonts, "instance_bytes", _refuse_instancing)
    monkeypatch.setattr(fonts, "pack_fonts", _refuse_instancing)
    meeting = Meeting(title="Réunion", people=(Person("p", "Ли 李 ก", bio="Bio."),))
    findings = check_meeting(meeting)
    [undrawable] = [f for f in findings if f.rule == "undrawable-characters"]
    drawn_or_not = undrawable.message.split(":")[-1]
    assert "ก" in drawn_or_not and "Ли" not in drawn_or_not and "李" not in drawn_or_not
    assert not empty_cache.exists() or not any(empty_cache.rglob("*"))


def _refuse_instancing(*args: object) -> object:
    raise AssertionError("the checks made or loaded the pack's fonts")


def test_a_cache_without_the_instances_is_known_before_a_build(
    font_set: FontSet, tmp_path: Path
) -> None:
    assert fonts.instances_missing(tmp_path / "empty")
    # made by set-up, or by the font_set fixture
    assert not fonts.instances_missing(fonts.SHIPPED_ROOT, fonts.cache_root())
    assert not fonts.fonts_to_make()  # and loaded in this process already


# --- the static fonts made at set-up ----------------------------------------------------------


def _setup_ran() -> None:
    assert not fonts.instances_missing(fonts.SHIPPED_ROOT), (
        f"set-up has not made the static fonts in {fonts.SHIPPED_ROOT}: run make setup"
    )


def _every_instance(root: Path) -> set[Path]:
    return {
        fonts._instance_path(root / key, file, weight) for key, file, weight in fonts._instances()
    }


def test_setup_makes_every_instance_once_and_removes_other_versions(
    font_set: FontSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _fake_instancer(monkeypatch, font_set)
    root = tmp_path / "static_fonts"
    stale = root / "NotoSans-000000000000"
    stale.mkdir(parents=True)
    (stale / "NotoSans-400.ttf").write_bytes(b"made for another version")
    (root / "README").write_text("not a font folder: kept")
    made = fonts.prepare(root, workers=1)
    assert set(made) == _every_instance(root) and len(made) == 8  # 4 Latin, 2 Arabic, 2 Chinese
    assert sorted(calls) == sorted(
        [(fonts.PRIMARY.upright, w) for w in (400, 700)]
        + [(fonts.PRIMARY.italic, w) for w in (400, 700)]
        + [(fonts.ARABIC.upright, w) for w in (400, 700)]
        + [(fonts.CHINESE.upright, w) for w in (400, 700)]
    )
    assert not stale.exists() and (root / "README").exists()
    assert fonts.prepare(root, workers=1) == [] and len(calls) == 8  # nothing made twice
    assert not fonts.instances_missing(root)


def test_a_build_after_setup_makes_no_instance(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first build on a new computer, in a fresh process, as the app runs it: with an empty
    font cache it reads the fonts set-up made, and the cache stays empty."""
    from briefing.build import BuildRequest
    from briefing.build_process import build_in_process
    from briefing.progress import Monitor
    from briefing.sample import sample_meeting

    _setup_ran()
    cache = tmp_path / "cache"
    monkeypatch.setenv(fonts.CACHE_ENV, str(cache))  # the child process inherits it
    meeting = sample_meeting()
    steps: list[str] = []
    request = BuildRequest(meeting.pack_definitions()[0], tmp_path / "out", ("pdf",))
    report = build_in_process(meeting, request, Monitor(on_step=lambda t, *_: steps.append(t)))
    assert report.files and report.files[0].path.is_file()
    assert not any(step.startswith("Preparing fonts") for step in steps)
    assert not cache.exists() or not any(cache.rglob("*"))


def test_the_families_load_from_the_setup_folder_without_instancing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _setup_ran()
    monkeypatch.setenv(fonts.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(fonts, "instance_bytes", _refuse_instancing)
    for source in (fonts.PRIMARY, *fonts.FALLBACKS):
        loaded = fonts.load_faces(source)
        assert all(Path(f.face.filename).is_relative_to(fonts.SHIPPED_ROOT) for f in loaded)
    assert not (tmp_path / "cache").exists()


def test_chinese_and_arabic_are_regular_and_bold_with_the_upright_for_italic(
    font_set: FontSet,
) -> None:
    for family in font_set.fallbacks:
        assert _file(family.italic) == _file(family.regular)
        assert _file(family.bold_italic) == _file(family.bold)
        for face, weight in ((family.regular, 400), (family.bold, 700)):
            with ToolsFont(_file(face), lazy=True) as font:
                assert "fvar" not in font and font["OS/2"].usWeightClass == weight


def test_the_setup_command_makes_what_is_missing_with_the_same_bytes(tmp_path: Path) -> None:
    """``python -m briefing.render.fonts --prepare``, for real, on a copy of set-up's folder
    without its Arabic bold (the quickest instance to make)."""
    _setup_ran()
    root = tmp_path / "static_fonts"
    shutil.copytree(fonts.SHIPPED_ROOT, root)
    source = fonts.package_file(fonts.ARABIC, fonts.ARABIC.upright)
    bold = fonts._instance_path(root / fonts.cache_key(fonts.ARABIC), source, fonts.BOLD_WEIGHT)
    original = bold.read_bytes()
    bold.unlink()
    done = subprocess.run(
        [sys.executable, "-m", "briefing.render.fonts", "--prepare", "--folder", str(root)],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert done.returncode == 0, done.stderr
    assert "1 made" in done.stdout
    assert bold.read_bytes() == original  # deterministic: byte-identical PDFs
    assert not fonts.instances_missing(root)
