"""Every call of the window's translation is one that Qt's extractor can read.

``pyside6-lupdate`` silently leaves out a call whose context, text or disambiguation is not a
literal string, or whose count is an expression (``len(x)``, ``self.n``): the message is then
in no catalog and shows in English in every language, and the catalogs' own tests cannot see
it. This test reads the code as the extractor would and names each such call.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "ui").rglob("*.py"))


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _problem(call: ast.Call) -> str:
    """Why the extractor would miss ``call`` (``translate`` or ``QT_TRANSLATE_NOOP``), or ""."""
    args = call.args
    if len(args) < 2:
        return "a context and a text are needed"
    if isinstance(args[1], ast.JoinedStr | ast.BinOp):
        return "the text is built at run time: translate a literal, then .format() it"
    if not _is_text(args[1]):
        return ""  # a value marked elsewhere with QT_TRANSLATE_NOOP, shown here
    if not _is_text(args[0]):
        return "the context of a literal text must be a literal string"
    if len(args) > 2 and not isinstance(args[2], ast.Constant):
        return "the disambiguation must be a literal string or None"
    if len(args) > 3 and not isinstance(args[3], ast.Name | ast.Constant):
        return "the count must be a plain name (put the expression in a variable first)"
    if call.keywords:
        return "arguments must be given by position"
    return ""


def _calls(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name in ("translate", "QT_TRANSLATE_NOOP") and (problem := _problem(node)):
            found.append((node.lineno, problem))
    return found


def test_every_translation_call_can_be_extracted() -> None:
    problems = [
        f"{path.relative_to(ROOT)}:{line}: {problem}"
        for path in SOURCES
        for line, problem in _calls(path)
    ]
    assert not problems, "\n".join(problems)


def test_the_check_finds_what_the_extractor_misses(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "translate('A', f'Saved {name}')\n"
        "translate('A', '%n item(s)', None, len(items))\n"
        "translate('A', 'Move', kind)\n"
        "translate('A', 'Fine', None, count)\n"
        "translate('A', LABELS[kind])\n"
        "translate(context, 'Saved')\n",
        encoding="utf-8",
    )
    assert [line for line, _problem in _calls(bad)] == [1, 2, 3, 6]
