"""Build an installable bundle: one folder holding the app and the ``briefing`` command.

Run it from the project root with the project's environment, the ``dist`` extra installed
(``pip install -e '.[dist]'``)::

    python packaging/build.py               # the bundle, then this system's package, in dist/
    python packaging/build.py --no-package  # the bundle folder only

The steps are the same on Linux, Windows and macOS; only the last one differs:

1. compile the pack's gettext catalogs and the window's Qt translations (when their sources
   exist) and make the static fonts (``briefing.render.fonts --prepare``; kept when present);
2. write the build manifest (``build-manifest.json``: app name and version, git commit,
   Python, Qt and reportlab versions, platform), which the bundle carries;
3. run PyInstaller with ``packaging/briefing.spec`` (one folder, both executables sharing
   its libraries; on macOS a ``.app``);
4. date each compiled catalog no earlier than its source, as the core expects;
5. the package: a ``.tar.gz`` on Linux, an Inno Setup installer on Windows
   (``packaging/windows/briefing.iss``), a ``.dmg`` on macOS (``packaging/macos/make-dmg.sh``).

The spec imports the pure pieces of this file (what the bundle carries, what it leaves out),
so the rule for each is written once; ``tests/packaging/`` tests them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "briefing.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
MANIFEST_NAME = "build-manifest.json"
MANIFEST = WORK / MANIFEST_NAME
"""Where the manifest is written before PyInstaller runs (the spec's ``--manifest``)."""

BUNDLE_NAME = "briefing-pack-assembler"
"""The bundle's folder, and the app's executable in it (``.exe`` on Windows)."""
COMMAND_NAME = "briefing"
"""The command line's executable, beside the app's."""
MAC_APP_NAME = "Briefing Pack Assembler"
MAC_BUNDLE_ID = "org.briefing-pack-assembler.app"

UN_LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh_CN")
"""The window's languages: Qt's own words (buttons of standard dialogs) are kept for these."""
QT_TRANSLATIONS = tuple(f"qtbase_{lang}.qm" for lang in UN_LANGUAGES)

HIDDEN_IMPORTS = (
    # reportlab's C accelerator (the rl_accel package): reportlab imports it with exec(), so
    # PyInstaller cannot see it, and without it reportlab silently runs its slow Python twins.
    "_rl_accel",
)

EXCLUDED_MODULES = (
    # Nothing the app or the command runs: test tools, the Tk and other Qt bindings, the
    # packager itself; PyInstaller would otherwise follow optional imports into them.
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "PyInstaller",
    "pip",
    "setuptools",
    "pkg_resources",
    "IPython",
    "numpy",
    "matplotlib",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtMultimedia",
)

PRUNED_QT_MODULES = (
    # Qt's libraries the app never loads. QtPdf's hook brings QML's and QtQuick's (for
    # PdfQuick); the others come with plugins left out below.
    "Qml",
    "QmlMeta",
    "QmlModels",
    "QmlWorkerScript",
    "Quick",
    "PdfQuick",
    "OpenGL",
    "VirtualKeyboard",
    "VirtualKeyboardQml",
    "WaylandClient",
    "WaylandEglClientHwIntegration",
    "WlShellIntegration",
    "EglFSDeviceIntegration",
    "EglFsKmsSupport",
    "EglFsKmsGbmSupport",
)
PRUNED_PLUGINS = (
    # The GTK platform theme brings GTK's cairo, pango and glib (half a desktop, which would
    # clash with the system's own GTK); the Wayland, EGL and GLX integrations and the other
    # platforms are for what the app does not do: it shows its window through xcb (XWayland
    # on a Wayland desktop), Windows' or macOS' own platform, or offscreen.
    "/qml/",
    "/platforms/libqwayland",
    "/platforms/libqeglfs",
    "/platforms/libqlinuxfb",
    "/platforms/libqminimalegl",
    "/platforms/libqvnc",
    "/platforms/libqvkkhrdisplay",
    "/platformthemes/libqgtk3",
    "/wayland-",
    "/egldeviceintegrations/",
    "/xcbglintegrations/",
    "/platforminputcontexts/libqtvirtualkeyboard",
    "/networkinformation/",
    "/tls/",
    "/generic/",
    "/sqldrivers/",
)
PRUNED_BINARIES = (
    *(f"qt6{module.lower()}." for module in PRUNED_QT_MODULES),  # libQt6Qml.so.6, Qt6Qml.dll
    *(f"qt{module.lower()}.framework/" for module in PRUNED_QT_MODULES),  # macOS
    *PRUNED_PLUGINS,
)
"""Parts of the paths (in lower case) of what the bundle leaves out."""


# =========================================================================== what the bundle holds


def package_dir(name: str) -> Path:
    """The folder of an installed package (``fontpkg_noto_sans``), without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"the package {name} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _files(folder: Path, patterns: Iterable[str]) -> Iterator[Path]:
    for pattern in patterns:
        yield from sorted(p for p in folder.glob(pattern) if p.is_file())


def _placed(files: Iterable[Path], base: Path, dest: str) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for each file, keeping its place under ``base``."""
    return [(str(f), str(Path(dest) / f.parent.relative_to(base))) for f in files]


def core_data(root: Path = ROOT) -> list[tuple[str, str]]:
    """The core's own data: the static fonts made at set-up, the note fonts, the catalogs (the
    compiled ``.mo`` and its ``.po``, whose date the core compares) and the UN states' names."""
    base = root / "briefing"
    patterns = (
        "render/static_fonts/*/*.ttf",
        "pack/note_fonts/*.ttf",
        "pack/note_fonts/OFL.txt",
        "locale/*/LC_MESSAGES/*.mo",
        "locale/*/LC_MESSAGES/*.po",
        "data/*.json",
        "data/README.md",
    )
    return _placed(_files(base, patterns), base, "briefing")


def resources_data(root: Path = ROOT) -> list[tuple[str, str]]:
    """The whole ``resources/`` folder at the bundle's root (the sample, the window's compiled
    translations, the help), less the translators' ``.ts`` sources."""
    base = root / "resources"
    files = (
        p
        for p in sorted(base.rglob("*"))
        if p.is_file() and p.suffix != ".ts" and "__pycache__" not in p.parts
    )
    return _placed(files, base, "resources")


def font_sources() -> tuple:
    """The pack's font families (:mod:`briefing.render.fonts`): each names its pip package."""
    from briefing.render import fonts

    return (fonts.PRIMARY, *fonts.FALLBACKS)


def font_package_data() -> list[tuple[str, str]]:
    """The variable fonts the pack's fonts are made from, from their pip packages, with their
    licences: the core reads their character maps and fingerprints them to find the static
    instances, and makes an instance from them if one is missing."""
    found: list[tuple[str, str]] = []
    for source in font_sources():
        base = package_dir(source.package)
        folder = base / source.folder
        fonts = [folder / name for name in sorted({source.upright, source.italic})]
        missing = [f for f in fonts if not f.is_file()]
        if missing:
            raise FileNotFoundError(f"font file missing: {missing[0]}")
        licences = {*_files(base, _LICENCES), *_files(folder, _LICENCES)}
        found += _placed([*fonts, *sorted(licences)], base, source.package)
    return found


_LICENCES = ("LICENSE*", "OFL.txt")


def hidden_imports() -> list[str]:
    """Modules the bundle needs that PyInstaller cannot see imported: reportlab's accelerator,
    and the font packages, which the core only reads files from (without their ``__init__``
    a package is a namespace package, which ``importlib.resources`` reads differently)."""
    return [*HIDDEN_IMPORTS, *sorted({source.package for source in font_sources()})]


def library_data() -> list[tuple[str, str]]:
    """Data files the libraries read that their PyInstaller hooks do not collect: python-docx's
    and docxcompose's templates, and the collation table pyuca reads."""
    from pyuca import Collator

    found: list[tuple[str, str]] = []
    for package, patterns in (
        ("docx", ("templates/*",)),
        ("docxcompose", ("templates/*",)),
        ("pyuca", (f"allkeys-{Collator.UCA_VERSION}.txt",)),
    ):
        base = package_dir(package)
        files = list(_files(base, patterns))
        if not files:
            raise FileNotFoundError(f"no data files of {package} in {base}")
        found += _placed(files, base, package)
    return found


def bundle_data(root: Path = ROOT, manifest: Path = MANIFEST) -> list[tuple[str, str]]:
    """Every data file the bundle carries, as PyInstaller's ``datas``: (source, folder)."""
    data = core_data(root) + resources_data(root) + font_package_data() + library_data()
    if manifest.is_file():
        data.append((str(manifest), "."))
    return data


def missing_data(data: Sequence[tuple[str, str]]) -> list[str]:
    """What a bundle made from ``data`` would lack that the app needs at run time."""
    dests = [str(Path(dest) / Path(src).name) for src, dest in data]
    wanted = {
        "static fonts (run python -m briefing.render.fonts --prepare)": "static_fonts",
        "compiled catalogs (run python -m briefing.i18n --compile)": ".mo",
        "the sample meeting": "hrd-consultation",
        "the UN states' names": "un_states.json",
        "the build manifest": MANIFEST_NAME,
    }
    return [what for what, part in wanted.items() if not any(part in d for d in dests)]


def keep_binary(dest: str) -> bool:
    """Whether a library or plugin PyInstaller found goes into the bundle (see
    :data:`PRUNED_BINARIES`)."""
    name = "/" + dest.replace("\\", "/").lower()
    return not any(part in name for part in PRUNED_BINARIES)


def keep_data(dest: str, source: str = "", kind: str = "DATA") -> bool:
    """Whether a data file (or a link) PyInstaller's hooks found goes into the bundle: of
    Qt's own translations only the window's languages' ``qtbase`` files; no QML; no link to
    a library left out."""
    name = "/" + dest.replace("\\", "/")
    if kind == "SYMLINK":
        return keep_binary(dest) and keep_binary(source)
    if "/translations/" in name and "/PySide6/" in name:
        return name.rsplit("/", 1)[-1] in QT_TRANSLATIONS
    return "/qml/" not in name.lower()


def unneeded_libraries(
    binaries: Sequence[tuple[str, str]], imports: Callable[[str], Iterable[str]]
) -> set[str]:
    """The shared libraries at the bundle's top that nothing kept loads any more: what only a
    left-out plugin needed (the GTK theme's cairo, pango, glib…).

    ``binaries`` are (place in the bundle, source file); ``imports`` gives the names of the
    libraries a file links to. Python's extension modules, Qt's plugins and libpython are
    what is loaded at run time, so they stay, with every library they need, however deep."""
    source = dict(binaries)
    candidates = {dest for dest in source if _plain_library(dest)}
    kept = set(source)
    while True:
        needed = {Path(name).name for dest in kept for name in imports(source[dest])}
        unused = {dest for dest in candidates & kept if Path(dest).name not in needed}
        if not unused:
            return candidates - kept
        kept -= unused


def _plain_library(dest: str) -> bool:
    """A library at the bundle's top that is only there because another file links to it."""
    name = dest.replace("\\", "/")
    return (
        "/" not in name
        and name.startswith("lib")
        and ".so" in name
        and not name.startswith("libpython")
    )


# =========================================================================== the manifest


def git_commit(root: Path = ROOT) -> str:
    """The commit the bundle is built from (``+dirty`` with uncommitted changes), or ``unknown``."""
    try:
        head = _git(root, "rev-parse", "HEAD")
        dirty = _git(root, "status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def _git(root: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=root, capture_output=True, text=True, check=True, timeout=30
    )
    return done.stdout.strip()


def versions() -> dict[str, str]:
    """The versions of what the bundle runs on: Python, Qt (and PySide6), reportlab."""
    import PySide6
    import reportlab
    from PySide6.QtCore import qVersion

    return {
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "reportlab": reportlab.Version,
        "rl_accel": _distribution_version("rl_accel"),
    }


def _distribution_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def platform_tag() -> str:
    """``linux-x86_64``, ``windows-amd64``, ``macos-arm64``…: the package's name says it."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower() or 'unknown'}"


def manifest(
    version: str, commit: str, runtime: dict[str, str], built: dt.datetime | None = None
) -> dict[str, object]:
    """The build manifest: what an IT service reads to know what is installed."""
    from briefing import APP_NAME

    built = built or dt.datetime.now(dt.UTC)
    return {
        "app": APP_NAME,
        "version": version,
        "commit": commit,
        "built": built.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        **runtime,
        "platform": platform_tag(),
        "system": f"{platform.system()} {platform.release()}",
        "executables": {"app": executable_name(BUNDLE_NAME), "command": executable_name()},
    }


def write_manifest(path: Path = MANIFEST, root: Path = ROOT) -> dict[str, object]:
    """Write this build's manifest to ``path`` (the spec puts it into the bundle)."""
    from briefing import app_version

    content = manifest(app_version(), git_commit(root), versions())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(content, indent=2) + "\n", encoding="utf-8")
    return content


def executable_name(stem: str = COMMAND_NAME) -> str:
    """An executable's file name on this system."""
    return stem + (".exe" if sys.platform == "win32" else "")


# =========================================================================== the steps


def run(*command: str | Path) -> None:
    """Run one step, showing it; a failing step stops the build."""
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], cwd=ROOT, check=True)


def compile_translations(root: Path = ROOT) -> None:
    """The pack's catalogs (``.po`` → ``.mo``) and the window's (``.ts`` → ``.qm``)."""
    if any((root / "briefing" / "locale").glob("*/LC_MESSAGES/*.po")):
        run(sys.executable, "-m", "briefing.i18n", "--compile")
    if any((root / "resources" / "translations").glob("*.ts")):
        # the set-up's own step: finished translations only, lrelease found in PySide6 too
        run(sys.executable, root / "scripts" / "translations.py", "compile")


def prepare_fonts() -> None:
    """The static fonts, made once (about a minute); kept when they are there."""
    run(sys.executable, "-m", "briefing.render.fonts", "--prepare")


def pyinstaller(dist: Path = DIST, work: Path = WORK, manifest: Path = MANIFEST) -> Path:
    """Run PyInstaller with the spec; returns the bundle folder (or the ``.app`` on macOS)."""
    run(
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        "--distpath",
        dist,
        "--workpath",
        work,
        SPEC,
        "--",
        "--manifest",
        manifest,
    )
    if sys.platform == "darwin":
        return dist / f"{MAC_APP_NAME}.app"
    return dist / BUNDLE_NAME


def date_catalogs(bundle: Path) -> list[Path]:
    """Date each compiled catalog (``.mo``) in ``bundle`` no earlier than its ``.po``.

    The core reads a ``.mo`` only when it is as new as its ``.po`` (else it compiles the
    ``.po`` again, at every start); PyInstaller copies files without their dates."""
    dated = []
    for mo in sorted(bundle.rglob("LC_MESSAGES/*.mo")):
        po = mo.with_suffix(".po")
        if po.is_file() and mo.stat().st_mtime < po.stat().st_mtime:
            stamp = po.stat().st_mtime
            os.utime(mo, (stamp, stamp))
            dated.append(mo)
    return dated


def archive_name(version: str, tag: str | None = None) -> str:
    """The package's file name, without its extension: name, version, system and machine."""
    return f"{BUNDLE_NAME}-{version}-{tag or platform_tag()}"


def make_tarball(bundle: Path, out: Path) -> Path:
    """``bundle`` as a ``.tar.gz`` whose one top folder is named as ``out`` (without .tar.gz)."""
    top = out.name.removesuffix(".tar.gz")
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top)
    return out


def make_installer(bundle: Path, version: str, dist: Path = DIST) -> Path:
    """The Windows installer, with Inno Setup's compiler (``iscc``)."""
    iscc = shutil.which("iscc") or _inno_default()
    name = archive_name(version) + "-setup"
    run(
        iscc,
        f"/DAppVersion={version}",
        f"/DSourceDir={bundle}",
        f"/DOutputDir={dist}",
        f"/DOutputName={name}",
        PACKAGING / "windows" / "briefing.iss",
    )
    return dist / f"{name}.exe"


def _inno_default() -> str:
    program_files = os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")
    path = Path(program_files) / "Inno Setup 6" / "ISCC.exe"
    if not path.is_file():
        raise FileNotFoundError("Inno Setup 6 (iscc) not found: install it first")
    return str(path)


def make_dmg(app: Path, version: str, dist: Path = DIST) -> Path:
    """The macOS disk image, with ``hdiutil`` (through ``packaging/macos/make-dmg.sh``)."""
    out = dist / f"{archive_name(version)}.dmg"
    run("sh", PACKAGING / "macos" / "make-dmg.sh", app, out, MAC_APP_NAME)
    return out


def package(bundle: Path, version: str, dist: Path = DIST) -> Path:
    """This system's last step."""
    if sys.platform == "win32":
        return make_installer(bundle, version, dist)
    if sys.platform == "darwin":
        return make_dmg(bundle, version, dist)
    return make_tarball(bundle, dist / f"{archive_name(version)}.tar.gz")


def build(dist: Path = DIST, work: Path = WORK, with_package: bool = True) -> Path:
    """Every step; returns the package made (or the bundle folder without one)."""
    compile_translations()
    prepare_fonts()
    manifest_path = work / MANIFEST_NAME
    content = write_manifest(manifest_path)
    bundle = pyinstaller(dist, work, manifest_path)
    date_catalogs(bundle)
    print(f"Bundle: {bundle}", flush=True)
    if not with_package:
        return bundle
    made = package(bundle, str(content["version"]), dist)
    print(f"Package: {made}", flush=True)
    return made


def main(argv: Sequence[str] | None = None) -> int:
    """Build the bundle and this system's package."""
    parser = argparse.ArgumentParser(prog="python packaging/build.py", description=main.__doc__)
    parser.add_argument("--dist", type=Path, default=DIST, help="where to (default: dist/)")
    parser.add_argument(
        "--work", type=Path, default=WORK, help="PyInstaller's work folder (build/pyinstaller)"
    )
    parser.add_argument(
        "--no-package", action="store_true", help="the bundle folder only, no package"
    )
    args = parser.parse_args(argv)
    try:
        build(args.dist.resolve(), args.work.resolve(), not args.no_package)
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))  # the briefing package, when run as a file from anywhere
    sys.exit(main())
