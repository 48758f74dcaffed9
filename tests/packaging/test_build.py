"""The pure pieces of ``packaging/build.py``: what the bundle carries and leaves out, its
manifest, its package, and the entry points that make a frozen program's children work."""

from __future__ import annotations

import datetime as dt
import importlib.util
import multiprocessing
import multiprocessing.spawn
import os
import runpy
import stat
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

from briefing import app_version
from briefing.render import fonts
from tests.packaging.conftest import ROOT, load_build

build = load_build()


def _dests(data: list[tuple[str, str]]) -> set[str]:
    return {(Path(dest) / Path(src).name).as_posix() for src, dest in data}


# =========================================================================== what it carries


def test_the_core_data_has_the_static_fonts_and_the_compiled_catalogs() -> None:
    dests = _dests(build.core_data())
    for key, file, weight in fonts._instances():
        instance = fonts._instance_path(Path("briefing/render/static_fonts") / key, file, weight)
        assert instance.as_posix() in dests, "run python -m briefing.render.fonts --prepare"
    for po in sorted((ROOT / "briefing" / "locale").glob("*/LC_MESSAGES/*.po")):
        relative = po.relative_to(ROOT)
        assert relative.as_posix() in dests  # the core compares the .mo's date with it
        assert relative.with_suffix(".mo").as_posix() in dests, "run python -m briefing.i18n"
    assert "briefing/data/un_states.json" in dests
    assert "briefing/pack/note_fonts/OFL.txt" in dests


def test_the_resources_come_whole_less_the_translators_sources(tmp_path: Path) -> None:
    (tmp_path / "resources" / "sample").mkdir(parents=True)
    (tmp_path / "resources" / "translations").mkdir()
    (tmp_path / "resources" / "help" / "fr").mkdir(parents=True)
    for name in ("sample/m.json", "translations/app_fr.ts", "translations/app_fr.qm"):
        (tmp_path / "resources" / name).write_text("x")
    (tmp_path / "resources" / "help" / "fr" / "index.html").write_text("x")

    assert _dests(build.resources_data(tmp_path)) == {
        "resources/sample/m.json",
        "resources/translations/app_fr.qm",
        "resources/help/fr/index.html",
    }


def test_the_font_packages_files_are_the_ones_the_core_reads() -> None:
    data = build.font_package_data()
    dests = _dests(data)
    for source in (fonts.PRIMARY, *fonts.FALLBACKS):
        for name in {source.upright, source.italic}:
            assert f"{source.package}/{source.folder}/{name}" in dests
        licences = [
            d for d in dests if d.startswith(source.package) and ("OFL" in d or "LICENSE" in d)
        ]
        assert licences, f"no licence of {source.package}"
    assert all(Path(src).is_file() for src, _dest in data)


def test_the_libraries_data_files_are_found() -> None:
    dests = _dests(build.library_data())
    assert any(d.startswith("docx/templates/") for d in dests)
    assert any(d.startswith("docxcompose/templates/") for d in dests)
    from pyuca import Collator

    assert f"pyuca/allkeys-{Collator.UCA_VERSION}.txt" in dests


def test_a_bundle_without_fonts_catalogs_or_manifest_is_refused(tmp_path: Path) -> None:
    manifest = tmp_path / build.MANIFEST_NAME
    manifest.write_text("{}")
    assert build.missing_data(build.bundle_data(ROOT, manifest)) == []
    assert len(build.missing_data([])) == 5
    without = [(s, d) for s, d in build.bundle_data(ROOT, manifest) if not s.endswith(".mo")]
    assert build.missing_data(without) == [
        "compiled catalogs (run python -m briefing.i18n --compile)"
    ]


def test_the_accelerator_is_a_hidden_import_and_is_what_reportlab_loads() -> None:
    """reportlab imports its C accelerator with exec(): PyInstaller must be told its name."""
    from reportlab.lib import rl_accel

    assert "_rl_accel" in build.hidden_imports()
    assert importlib.util.find_spec("_rl_accel") is not None
    assert not rl_accel._py_funcs  # here, every function is the C one
    for source in (fonts.PRIMARY, *fonts.FALLBACKS):
        assert source.package in build.hidden_imports()


# =========================================================================== what it leaves out


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6PdfWidgets.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6\\Qt6Pdf.dll",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "libpython3.11.so.1.0",
    ],
)
def test_what_the_app_loads_is_kept(dest: str) -> None:
    assert build.keep_binary(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6QmlModels.so.6",
        "PySide6/Qt/lib/libQt6PdfQuick.so.6",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqwayland-generic.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6\\Qt6Quick.dll",
        "PySide6\\Qt6Qml.dll",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
        "PySide6/Qt/qml/QtQuick/Pdf/libpdfquickplugin.so",
    ],
)
def test_what_the_app_never_loads_is_left_out(dest: str) -> None:
    assert not build.keep_binary(dest)


def test_of_qts_translations_only_the_windows_languages_stay() -> None:
    folder = "PySide6/Qt/translations"
    kept = [f"{folder}/qtbase_{lang}.qm" for lang in ("ar", "en", "es", "fr", "ru", "zh_CN")]
    assert all(build.keep_data(name) for name in kept)
    for name in ("qtbase_de.qm", "qt_help_fr.qm", "qtdeclarative_fr.qm", "assistant_fr.qm"):
        assert not build.keep_data(f"{folder}/{name}")
    assert build.keep_data("resources/translations/app_fr.qm")  # the window's own
    assert not build.keep_data("libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "SYMLINK")
    assert build.keep_data("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK")


def test_libraries_only_a_left_out_plugin_needed_go_too() -> None:
    links = {
        "plugins/xcb.so": ["libQt6Gui.so.6", "libxcb.so.1"],
        "PySide6/Qt/lib/libQt6Gui.so.6": ["libfontconfig.so.1"],
        "libfontconfig.so.1": ["libexpat.so.1"],
        "libexpat.so.1": [],
        "libxcb.so.1": [],
        "libcairo.so.2": ["libfontconfig.so.1", "libpixman.so.0"],  # the GTK theme's, left out
        "libpixman.so.0": [],
        "libpango.so.0": ["libcairo.so.2"],
        "_sqlite3.cpython-311-x86_64-linux-gnu.so": ["libsqlite3.so.0"],
        "libsqlite3.so.0": [],
        "libpython3.11.so.1.0": [],  # the bootloader loads it
    }
    unneeded = build.unneeded_libraries([(d, d) for d in links], lambda src: links[src])
    assert unneeded == {"libcairo.so.2", "libpixman.so.0", "libpango.so.0"}


# =========================================================================== manifest, package


def test_the_manifest_names_the_version_of_pyproject_and_what_it_runs_on() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = build.versions()
    content = build.manifest(
        app_version(), "0123abc", runtime, dt.datetime(2026, 12, 4, 9, 30, tzinfo=dt.UTC)
    )
    assert content["version"] == project["version"]
    assert content["app"] == "Briefing Pack Assembler"
    assert content["commit"] == "0123abc"
    assert content["built"] == "2026-12-04T09:30:00Z"
    assert content["python"] == ".".join(map(str, sys.version_info[:3]))
    assert content["reportlab"].count(".") == 2 and content["qt"].startswith("6.")
    assert content["rl_accel"] != "not installed"
    assert content["platform"].startswith(("linux-", "windows-", "macos-"))
    assert content["executables"]["command"].startswith("briefing")


def test_the_commit_is_gits_or_unknown(tmp_path: Path) -> None:
    commit = build.git_commit()
    assert commit == "unknown" or len(commit.removesuffix("+dirty")) == 40
    assert build.git_commit(tmp_path) == "unknown"  # not a repository


def test_compiled_catalogs_are_dated_no_earlier_than_their_sources(tmp_path: Path) -> None:
    folder = tmp_path / "briefing" / "locale" / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    mo, po = folder / "briefing.mo", folder / "briefing.po"
    mo.write_bytes(b"mo")
    po.write_text("po")
    os.utime(mo, (1_000, 1_000))
    os.utime(po, (2_000, 2_000))

    assert build.date_catalogs(tmp_path) == [mo]
    assert mo.stat().st_mtime == po.stat().st_mtime
    assert build.date_catalogs(tmp_path) == []


def test_the_tarball_has_one_top_folder_and_keeps_executables(tmp_path: Path) -> None:
    bundle = tmp_path / "briefing-pack-assembler"
    (bundle / "_internal").mkdir(parents=True)
    program = bundle / "briefing"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    (bundle / "_internal" / "data.txt").write_text("x")
    out = tmp_path / f"{build.archive_name('1.2.3', 'linux-x86_64')}.tar.gz"

    build.make_tarball(bundle, out)

    assert out.name == "briefing-pack-assembler-1.2.3-linux-x86_64.tar.gz"
    with tarfile.open(out) as tar:
        names = tar.getnames()
        mode = tar.getmember("briefing-pack-assembler-1.2.3-linux-x86_64/briefing").mode
    assert {n.split("/")[0] for n in names} == {"briefing-pack-assembler-1.2.3-linux-x86_64"}
    assert mode & stat.S_IXUSR


# =========================================================================== child processes


def test_a_frozen_programs_children_are_the_program_itself_with_an_argument(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What multiprocessing starts for a child (``spawn``) once frozen: the executable, not
    ``python -m`` or a script. The entry points must then turn that start into the child."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    line = multiprocessing.spawn.get_command_line(pipe_handle=7)
    assert os.fsdecode(line[0]) == os.fsdecode(multiprocessing.spawn.get_executable())
    assert line[1] == "--multiprocessing-fork"
    assert line[2:] == ["pipe_handle=7"]


@pytest.mark.parametrize(
    ("script", "argv", "started"),
    [
        (ROOT / "main.py", ["main.py"], "ui.app.main"),
        (ROOT / "main.py", ["main.py", "--self-test"], "ui.self_test.main"),
        (ROOT / "packaging" / "briefing_command.py", ["briefing", "show"], "briefing.cli.main"),
    ],
)
def test_each_entry_point_lets_a_child_start_before_anything_else(
    monkeypatch: pytest.MonkeyPatch, script: Path, argv: list[str], started: str
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(multiprocessing, "freeze_support", lambda: calls.append("freeze_support"))
    module_name, function = started.rsplit(".", 1)
    module = pytest.importorskip(module_name)
    monkeypatch.setattr(module, function, lambda *args: calls.append(started) or 0)
    monkeypatch.setattr(sys, "argv", argv)

    with pytest.raises(SystemExit) as stop:
        runpy.run_path(str(script), run_name="__main__")

    assert stop.value.code == 0
    assert calls == ["freeze_support", started]
