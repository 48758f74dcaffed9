"""Where the pack's font families come from: pip packages that ship Noto's variable TTFs.

Kept apart from :mod:`briefing.render.fonts` (which needs reportlab and fontTools) so that the
window can find the same files for its own Arabic and Chinese text without loading a renderer.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from briefing.errors import BuildError
from briefing.messages import M_


@dataclass(frozen=True)
class FamilySource:
    """Where one family comes from: a pip package's upright and italic (variable) TTFs."""

    name: str  # the reportlab family name
    package: str  # the importable module of the pip package that ships the files
    upright: str  # file name under the package's ``folder``
    italic: str  # the upright file again when the family has no italic
    folder: str = "files"
    on_first_use: bool = False  # read only when a pack first needs one of its characters


PRIMARY = FamilySource(
    "NotoSans", "fontpkg_noto_sans", "NotoSans[wdth,wght].ttf", "NotoSans-Italic[wdth,wght].ttf"
)
# Tried in order for a character the primary cannot draw. Neither has an italic: its upright
# face stands in (Arabic and Chinese print no italics).
ARABIC = FamilySource(
    "NotoSansArabic",
    "fontpkg_noto_sans_arabic",
    "NotoSansArabic[wdth,wght].ttf",
    "NotoSansArabic[wdth,wght].ttf",
)
# TrueType outlines (reportlab cannot embed the CFF outlines most CJK fonts have)
CHINESE = FamilySource(
    "NotoSansSC",
    "justmytype_intl_cjk",
    "NotoSansSC[wght].ttf",
    "NotoSansSC[wght].ttf",
    folder="fonts/ofl/notosanssc",
    on_first_use=True,  # reading it takes a seventh of a second; most packs draw none of it
)


def package_file(source: FamilySource, name: str) -> Path:
    """The file ``name`` of ``source``'s package; a one-line error when the package is gone."""
    try:
        return Path(os.fspath(resources.files(source.package).joinpath(source.folder, name)))
    except ModuleNotFoundError as exc:
        pip_name = source.package.replace("_", "-")
        problem = M_(
            "The font package {package} is not installed; reinstall the app.", package=pip_name
        )
        raise BuildError([problem]) from exc


def script_font_files() -> dict[str, Path]:
    """The font files of the scripts the primary family lacks (``"arabic"``, ``"chinese"``),
    as shipped in their packages: the window draws with them where the system has none."""
    return {
        script: package_file(source, source.upright)
        for script, source in (("arabic", ARABIC), ("chinese", CHINESE))
    }
