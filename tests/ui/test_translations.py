"""scripts/translations.py: the window's catalogs brought up to date, compiled and checked."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ui.i18n import WINDOW_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "translations.py"

pytestmark = pytest.mark.usefixtures("qapp")


def load_script() -> ModuleType:
    """The script as a module (scripts/ is no package)."""
    spec = importlib.util.spec_from_file_location("translations_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tr = load_script()

CODE = """
from ui.i18n import QT_TRANSLATE_NOOP, translate

KIND = QT_TRANSLATE_NOOP("Kinds", "Break")


class Window:
    def show(self, n, path):
        translate("Window", "Saved {file}").format(file=path)
        translate("Window", "%n change(s)", None, n)
        translate("Window", "Apply %n match(es)", None, n)
        translate("Window", "%n entry(ies) found", None, n)
        translate("Window", "%n people", None, n)
"""


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A source tree with a few of the window's strings, plurals among them."""
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "window.py").write_text(textwrap.dedent(CODE), encoding="utf-8")
    (tmp_path / "main.py").write_text('print("not the window")\n', encoding="utf-8")
    return tmp_path


def catalog(path: Path) -> dict[str, ET.Element]:
    """The messages of a .ts file by source."""
    return {key[1]: message for key, message in tr.messages(ET.parse(path).getroot())}


def numerus_forms(message: ET.Element) -> list[str]:
    return [form.text or "" for form in message.iter("numerusform")]


def test_the_script_speaks_the_window_s_languages() -> None:
    assert tr.LANGUAGES == WINDOW_LANGUAGES
    assert set(tr.PLURAL_FORMS) == set(WINDOW_LANGUAGES)


def test_update_writes_each_language_with_plurals_marked(tree: Path) -> None:
    folder = tree / "resources" / "translations"
    written = tr.update(tree, folder)
    assert [p.name for p in written] == [f"briefing_{lang}.ts" for lang in WINDOW_LANGUAGES]
    for language, count in tr.PLURAL_FORMS.items():
        path = folder / f"briefing_{language}.ts"
        root = ET.parse(path).getroot()
        assert (root.get("language"), root.get("sourcelanguage")) == (language, "en")
        messages = catalog(path)
        assert set(messages) == {
            "Break",
            "Saved {file}",
            "%n change(s)",
            "Apply %n match(es)",
            "%n entry(ies) found",
            "%n people",
        }
        assert messages["Saved {file}"].get("numerus") is None
        plural = messages["%n change(s)"]
        assert plural.get("numerus") == "yes"
        assert len(numerus_forms(plural)) == count, language


def test_update_writes_english_itself(tree: Path) -> None:
    folder = tree / "ts"
    tr.update(tree, folder, ["en"])
    messages = catalog(folder / "briefing_en.ts")
    saved = messages["Saved {file}"].find("translation")
    assert saved is not None and saved.text == "Saved {file}" and saved.get("type") is None
    assert numerus_forms(messages["%n change(s)"]) == ["%n change", "%n changes"]
    assert numerus_forms(messages["Apply %n match(es)"]) == ["Apply %n match", "Apply %n matches"]
    assert numerus_forms(messages["%n entry(ies) found"]) == ["%n entry found", "%n entries found"]
    people = messages["%n people"].find("translation")
    assert people is not None and people.get("type") == "unfinished"  # a person writes "%n person"
    problems = tr.check(folder, ["en"])
    assert [(p.kind, p.source) for p in problems] == [("unfinished", "%n people")]


def test_update_keeps_translations_and_plural_forms_and_drops_obsolete_ones(tree: Path) -> None:
    folder = tree / "ts"
    path = folder / "briefing_fr.ts"
    tr.update(tree, folder, ["fr"])
    translate_fr(
        path,
        {"Saved {file}": "{file} enregistré"},
        {"%n change(s)": ["%n modification", "%n modifications"]},
    )
    code = tree / "ui" / "window.py"
    code.write_text(code.read_text(encoding="utf-8").replace("Break", "Lunch"), encoding="utf-8")
    tr.update(tree, folder, ["fr"])
    messages = catalog(path)
    assert "Break" not in messages and "Lunch" in messages
    assert messages["Saved {file}"].findtext("translation") == "{file} enregistré"
    plural = messages["%n change(s)"]
    assert numerus_forms(plural) == ["%n modification", "%n modifications"]
    assert plural.find("translation").get("type") is None  # type: ignore[union-attr]


def test_update_then_compile_gives_the_window_its_plurals(tree: Path) -> None:
    folder = tree / "ts"
    tr.update(tree, folder, ["fr", "ru"])
    translate_fr(
        folder / "briefing_fr.ts", {}, {"%n change(s)": ["%n modification", "%n modifications"]}
    )
    [qm] = tr.compile_catalogs(folder, ["fr"])
    assert qm == folder / "briefing_fr.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        said = [QCoreApplication.translate("Window", "%n change(s)", None, n) for n in (0, 1, 2, 5)]
        assert said == ["0 modification", "1 modification", "2 modifications", "5 modifications"]
        untranslated = QCoreApplication.translate("Window", "Apply %n match(es)", None, 3)
        assert untranslated == "Apply 3 match(es)"  # unfinished: the English source
    finally:
        QCoreApplication.removeTranslator(translator)


def translate_fr(path: Path, texts: dict[str, str], plurals: dict[str, list[str]]) -> None:
    """Translate some messages of a catalog as a translator would, marking them finished."""
    tree = ET.parse(path)
    for (_context, source, _comment), message in tr.messages(tree.getroot()):
        translation = message.find("translation")
        assert translation is not None
        if source in texts:
            translation.text = texts[source]
        elif source in plurals:
            for form, text in zip(translation.iter("numerusform"), plurals[source], strict=True):
                form.text = text
        else:
            continue
        translation.attrib.pop("type", None)
    tr.write_ts(tree, path)


def test_write_ts_writes_a_catalog_as_qt_s_tools_do(tree: Path) -> None:
    """A translator's save in Qt Linguist and an update leave the same bytes: no noisy diffs."""
    (tree / "ui" / "window.py").write_text(
        'translate("W", "Quote \\"x\\" & \'y\' <b>")\ntranslate("W", "Two\\nlines", "menu")\n',
        encoding="utf-8",
    )
    path = tree / "briefing_fr.ts"
    tr.run_lupdate(tr.sources(tree), path, "fr")
    written_by_qt = path.read_bytes()
    tr.write_ts(ET.parse(path), path)
    assert path.read_bytes() == written_by_qt


# --------------------------------------------------------------------------- check

CATALOG = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}" sourcelanguage="en">
<context>
    <name>Window</name>
    {messages}
</context>
</TS>
"""


def message(source: str, *translations: str, unfinished: bool = False) -> str:
    """A message of a .ts file (a plural one when given several translations)."""
    kind = ' type="unfinished"' if unfinished else ""
    if len(translations) == 1 and "%n" not in source:
        return f"<message><source>{source}</source><translation{kind}>{translations[0]}</translation></message>"
    forms = "".join(f"<numerusform>{t}</numerusform>" for t in translations)
    return f'<message numerus="yes"><source>{source}</source><translation{kind}>{forms}</translation></message>'


def write_catalogs(folder: Path, catalogs: dict[str, list[str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for lang, messages in catalogs.items():
        text = CATALOG.format(lang=lang, messages="\n    ".join(messages))
        (folder / f"briefing_{lang}.ts").write_text(text, encoding="utf-8")
    return folder


def test_check_passes_complete_catalogs(tmp_path: Path) -> None:
    folder = write_catalogs(
        tmp_path,
        {
            "fr": [
                message("Saved {file}", "{file} enregistré"),
                message("%n file(s)", "%n fichier", "%n fichiers"),
            ],
            "zh": [message("Saved {file}", "已保存 {file}"), message("%n file(s)", "%n 个文件")],
            "ar": [
                message("Saved {file}", "تم حفظ {file}"),
                message(
                    "%n file(s)", "لا ملفات", "ملف واحد", "ملفان", "%n ملفات", "%n ملفًا", "%n ملف"
                ),
            ],
        },
    )
    assert tr.check(folder, ["ar", "fr", "zh"]) == []
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "check", "--folder", str(folder)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1  # the other three languages have no catalog here
    assert "fr: complete" in run.stdout and "es: 1 missing" in run.stdout


def test_check_finds_what_is_left_to_do(tmp_path: Path) -> None:
    folder = write_catalogs(
        tmp_path,
        {
            "fr": [
                message("Saved {file}", "Enregistré"),  # the file is lost
                message("Open", "Ouvrir", unfinished=True),
                message("Close", ""),
                message(
                    "%n file(s)", "un fichier", "%n fichiers"
                ),  # 0 and 1: "un fichier" lies for 0
                message("Undo", "Annuler"),
            ],
            "ru": [
                message("Saved {file}", "Сохранено {file}"),
                message("%n file(s)", "%n файл", "%n файла"),
            ],
        },
    )
    problems = {(p.kind, p.source) for p in tr.check(folder, ["fr", "ru"])}
    assert problems == {
        ("placeholders", "Saved {file}"),
        ("unfinished", "Open"),
        ("empty", "Close"),
        ("placeholders", "%n file(s)"),
        ("missing", "%n file(s)"),  # Russian has three forms
        ("missing", "Open"),
        ("missing", "Close"),
        ("missing", "Undo"),
    }
    text = tr.report(tr.check(folder, ["fr", "ru"]), ["fr", "ru"])
    assert "'Enregistré': lost {file}" in text and "'un fichier': lost %n" in text
    assert "2 of 3 plural forms" in text


def test_check_finds_a_placeholder_added_renamed_or_broken() -> None:
    assert (
        tr.placeholder_mismatch("Saved {file}", "{fichier} enregistré")
        == "lost {file}; added {fichier}"
    )
    assert tr.placeholder_mismatch("Saved", "Enregistré {file}") == "added {file}"
    assert tr.placeholder_mismatch("Saved {file}", "Enregistré {file") == "unbalanced { }"
    assert tr.placeholder_mismatch("%n file(s)", "%n fichier") == ""
    assert tr.placeholder_mismatch("%n file(s)", "ملفان", count_optional=True) == ""
    assert tr.placeholder_mismatch("Files", "%n fichiers") == "added %n"


def test_check_of_a_missing_folder_says_every_catalog_is_missing(tmp_path: Path) -> None:
    problems = tr.check(tmp_path / "nowhere")
    assert [(p.language, p.kind) for p in problems] == [
        (lang, "missing") for lang in WINDOW_LANGUAGES
    ]


def test_the_window_s_catalogs_are_complete() -> None:
    problems = tr.check(tr.TS_FOLDER)
    assert problems == [], tr.report(problems)


def test_the_catalogs_hold_every_string_of_the_window(tmp_path: Path) -> None:
    """A string added to the window without `make translations` is a missing message: the
    catalogs must list exactly what the code asks for."""
    fresh = tmp_path / "translations"
    fresh.mkdir()
    committed = tr.ts_path("en")
    (fresh / committed.name).write_bytes(committed.read_bytes())
    tr.update(ROOT, fresh, ["en"])
    wanted = {key for key, _message in tr.messages(tr.read_ts(fresh / committed.name).getroot())}
    held = {key for key, _message in tr.messages(tr.read_ts(committed).getroot())}
    missing = sorted(wanted - held)
    stale = sorted(held - wanted)
    assert not missing and not stale, (
        "run `make translations`: "
        f"{len(missing)} missing, e.g. {missing[:5]}; {len(stale)} no longer used, e.g. {stale[:5]}"
    )
