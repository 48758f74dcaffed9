"""The built bundle works as installed: its app shows the sample and previews its pack,
its ``briefing`` command writes packs the usual read-back checks accept (Arabic and Chinese
included), and its child processes are the frozen programs themselves.

The bundle is built once for this module by ``packaging/build.py --no-package`` into a
temporary folder (a minute or two), or taken from ``BRIEFING_BUNDLE``: the folder holding the
two executables (on macOS the ``.app``'s ``Contents/MacOS``), e.g. the one a CI job built. Every run is a user who has never run the app:
an empty home, settings, data and font-cache folder.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import psutil
import pytest
from docx import Document
from pypdf import PdfReader

from briefing import app_version
from briefing.build import BuildRequest, find_pack, layout_worker_count
from briefing.model import Meeting
from briefing.pack.assemble import session_items
from briefing.sample import sample_meeting
from briefing.store import save_meeting
from tests.languages.meetings import make_meeting
from tests.packaging.conftest import BUILD_SCRIPT, ROOT, load_build

pytestmark = pytest.mark.slow

BUNDLE_VARIABLE = "BRIEFING_BUNDLE"
build = load_build()
APP = build.executable_name(build.BUNDLE_NAME)
COMMAND = build.executable_name(build.COMMAND_NAME)
TIMEOUT = 600


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle folder: given by ``BRIEFING_BUNDLE``, or built now."""
    given = os.environ.get(BUNDLE_VARIABLE)
    if given:
        folder = Path(given)
        assert (folder / COMMAND).is_file(), f"{BUNDLE_VARIABLE}={given} holds no {COMMAND}"
        return folder
    pytest.importorskip("PyInstaller", reason="pip install -e '.[dist]' to build the bundle")
    out = tmp_path_factory.mktemp("bundle")
    folders = ["--dist", str(out / "dist"), "--work", str(out / "work")]
    done = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--no-package", *folders],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    if sys.platform == "darwin":
        return out / "dist" / f"{build.MAC_APP_NAME}.app" / "Contents" / "MacOS"
    return out / "dist" / build.BUNDLE_NAME


def contents(bundle: Path) -> Path:
    """The bundle's folder of libraries and data (``_internal``; a .app's ``Resources``)."""
    for folder in (bundle / "_internal", bundle.parent / "Resources"):
        if (folder / build.MANIFEST_NAME).is_file():
            return folder
    raise AssertionError(f"no {build.MANIFEST_NAME} in {bundle}")


@pytest.fixture
def profile(tmp_path: Path) -> dict[str, str]:
    """The environment of a user who has never run the app, with no screen."""
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFING_", "XDG_"))}
    return {
        **env,
        "HOME": str(home),
        "USERPROFILE": str(home),
        "APPDATA": str(home / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(home / "AppData" / "Local"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }


def run(program: Path, args: list[str], env: dict[str, str], cwd: Path) -> str:
    """Run a program of the bundle; its output, after it exited 0."""
    cwd.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [str(program), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout


def pdf_text(path: Path) -> str:
    """The PDF's text as a reader copies it, with Arabic's joined forms made plain letters."""
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def outline_titles(path: Path) -> list[str]:
    """The PDF's top-level bookmarks."""
    return [entry.title for entry in PdfReader(path).outline if not isinstance(entry, list)]


def qpdf_check(path: Path) -> None:
    """qpdf finds nothing wrong with the file (when qpdf is installed)."""
    if shutil.which("qpdf") is None:
        return
    done = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def embedded_fonts(path: Path) -> set[str]:
    """The names of the fonts embedded in the PDF (subset prefixes removed)."""
    names = set()
    for page in PdfReader(path).pages:
        for font in (page.get("/Resources", {}).get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            for kid in font.get("/DescendantFonts") or []:
                descriptor = descriptor or kid.get_object().get("/FontDescriptor")
            if descriptor and any(k in descriptor for k in ("/FontFile", "/FontFile2")):
                names.add(str(font["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


# =========================================================================== the bundle itself


def test_the_bundle_carries_its_manifest_and_no_loose_ends(bundle: Path) -> None:
    internal = contents(bundle)
    manifest = json.loads((internal / build.MANIFEST_NAME).read_text(encoding="utf-8"))
    assert manifest["version"] == app_version()
    assert manifest["reportlab"] == build.versions()["reportlab"]
    assert [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()] == []
    assert not list(bundle.rglob("*Qt6Qml*")) and not list(bundle.rglob("*Qt6Quick*"))
    translations = {p.name for p in internal.rglob("*.qm") if "PySide6" in p.parts}
    assert translations == set(build.QT_TRANSLATIONS)
    assert not list((internal / "resources").rglob("*.ts"))
    assert (internal / "resources" / "sample").is_dir()
    for mo in internal.glob("briefing/locale/*/LC_MESSAGES/*.mo"):
        assert mo.stat().st_mtime >= mo.with_suffix(".po").stat().st_mtime


# =========================================================================== the app


def test_the_app_shows_the_sample_and_previews_its_pdf(
    bundle: Path, profile: dict[str, str], tmp_path: Path
) -> None:
    report_file = tmp_path / "self-test.json"
    out = run(bundle / APP, ["--self-test", "--report", str(report_file)], profile, tmp_path)

    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert not out.strip() or json.loads(out) == report  # Windows: a windowed app prints none
    assert report["ok"], report["problems"]
    assert report["frozen"] and report["platform"] == "offscreen"
    assert report["window"]["shown"]
    assert report["window"]["meeting"] == sample_meeting().title
    assert report["build"]["pages"] > 5
    assert report["preview"]["loaded"] and report["preview"]["page_shown"]
    assert report["preview"]["pages"] == report["build"]["pages"]
    assert report["fonts"] == {"shipped": True, "made_by_build": 0}
    # The child processes (the build's, the layout workers') are the frozen app itself.
    assert report["child_process"]["frozen"]
    assert report["child_process"]["executable"] == APP
    # reportlab's C accelerator, where packs are laid out, not its slow Python twins.
    assert report["accelerator"]["in_app"] and report["accelerator"]["in_child"]
    assert report["manifest"]["version"] == report["version"]
    assert not list(Path(profile["HOME"]).rglob("fonts"))  # no font cache made
    assert report["window"]["language"] == "en" and not report["window"]["right_to_left"]
    assert report["window"]["menus"] == ["File", "Edit", "View", "Help"]


@pytest.mark.parametrize(
    ("language", "menus", "right_to_left"),
    [
        ("ar", ["ملف", "تحرير", "عرض", "تعليمات"], True),
        ("zh", ["文件(F)", "编辑(E)", "视图(V)", "帮助(H)"], False),
        ("fr", ["Fichier", "Édition", "Affichage", "Aide"], False),
    ],
)
def test_the_app_speaks_the_language_asked_for(
    bundle: Path,
    profile: dict[str, str],
    tmp_path: Path,
    language: str,
    menus: list[str],
    right_to_left: bool,
) -> None:
    """The bundle carries the window's catalogs and Qt's, and lays Arabic out right to left."""
    report_file = tmp_path / "self-test.json"
    run(
        bundle / APP,
        ["--self-test", "--language", language, "--report", str(report_file)],
        profile,
        tmp_path,
    )
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert report["ok"], report["problems"]
    assert report["window"]["language"] == language
    assert report["window"]["menus"] == menus
    assert report["window"]["right_to_left"] is right_to_left


# =========================================================================== the command


def build_watching_children(
    command: Path, args: list[str], env: dict[str, str], cwd: Path
) -> list[list[str]]:
    """Run ``briefing`` (exit 0 expected) and note the command lines of its child processes."""
    cwd.mkdir(parents=True, exist_ok=True)
    process = psutil.Popen(
        [str(command), *args], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    seen: dict[int, list[str]] = {}
    deadline = time.monotonic() + TIMEOUT
    while process.poll() is None and time.monotonic() < deadline:
        try:
            for child in process.children(recursive=True):
                seen.setdefault(child.pid, child.cmdline())
        except psutil.Error:
            pass
        time.sleep(0.02)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, (out + err).decode(errors="replace")[-3000:]
    return list(seen.values())


def test_the_command_writes_the_samples_pdf_and_docx_packs(
    bundle: Path, profile: dict[str, str], tmp_path: Path
) -> None:
    packs = tmp_path / "packs"
    args = ["build", "-o", str(packs), "--format", "all", "--per-session"]

    run(bundle / COMMAND, [*args, "--build-date", "2017-11-28"], profile, tmp_path)
    assert not list(Path(profile["HOME"]).rglob("fonts"))  # the shipped fonts, none made

    meeting = sample_meeting()
    pdfs = sorted(packs.glob("*.pdf"))
    sessions = [p for p in pdfs if "Full pack" not in p.name]
    assert len(sessions) == len(session_items(meeting, find_pack(meeting, None)))
    full = next(p for p in pdfs if "Full pack" in p.name)
    text = pdf_text(full)
    for person in meeting.people:
        assert person.name in text
    assert outline_titles(full)[:2] == ["Overview", "Programme"]
    assert len(PdfReader(full).pages) > 5
    for pdf in pdfs:
        qpdf_check(pdf)
    document = Document(str(next(packs.glob("*Full pack.docx"))))
    words = " ".join(p.text for p in document.paragraphs)
    assert meeting.title in words and meeting.people[0].name in words


def test_the_layout_workers_are_the_frozen_command_itself(
    bundle: Path, profile: dict[str, str], tmp_path: Path
) -> None:
    """Enough sessions for the build to lay out its packs in worker processes (spawn)."""
    sample = sample_meeting()
    again = tuple(
        dataclasses.replace(item, id=f"{item.id}-again", title=f"{item.title} (again)")
        for item in sample.agenda
    )
    meeting = dataclasses.replace(sample, agenda=sample.agenda + again)
    request = BuildRequest(find_pack(meeting, None), tmp_path, per_session=True)
    assert layout_worker_count(meeting, request) > 0 or (os.cpu_count() or 1) < 2
    file = tmp_path / "twice.meeting"
    save_meeting(meeting, file)
    packs = tmp_path / "packs"

    children = build_watching_children(
        bundle / COMMAND, ["build", str(file), "-o", str(packs), "--per-session"], profile, tmp_path
    )

    if (os.cpu_count() or 1) >= 2:
        workers = [c for c in children if "--multiprocessing-fork" in c]
        assert workers, f"no layout worker started: {children}"
        assert all(Path(c[0]).name.lower() == COMMAND.lower() for c in workers)
    assert len(list(packs.glob("*.pdf"))) == 1 + len(session_items(meeting, request.pack))


@pytest.mark.parametrize(
    ("language", "words", "font"),
    [
        ("ar", ("جنيف", "قصر الأمم"), "NotoSansArabic"),
        ("zh", ("日内瓦", "万国宫"), "NotoSansSC"),
    ],
)
def test_arabic_and_chinese_meetings_are_drawn_in_their_fonts(
    bundle: Path,
    profile: dict[str, str],
    tmp_path: Path,
    language: str,
    words: tuple[str, ...],
    font: str,
) -> None:
    meeting: Meeting = make_meeting(language)
    file = tmp_path / f"{language}.meeting"
    save_meeting(meeting, file)
    packs = tmp_path / "packs"

    run(bundle / COMMAND, ["build", str(file), "-o", str(packs)], profile, tmp_path)

    (pdf,) = packs.glob("*.pdf")
    text = pdf_text(pdf)
    for word in words:
        assert word in text
    assert any(name.startswith(font) for name in embedded_fonts(pdf)), embedded_fonts(pdf)
    qpdf_check(pdf)
