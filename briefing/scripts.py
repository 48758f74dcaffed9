"""Which way a text runs and which scripts it holds: the one place both renderers ask."""

from __future__ import annotations

import re
import unicodedata

# Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, ... and their presentation forms)
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
# Han ideographs, kana, Hangul, and the CJK punctuation and full-width forms
_CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff"
    "\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]"
)
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})
# A language tag (BCP 47 in its common shapes: en, fr-CH, zh-Hans, pt_BR): it names the pack's
# words, its direction and the PDF's and DOCX's language, so nothing else is let through.
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}")
MAX_LANGUAGE_TAG_CHARS = 35


def is_language_tag(tag: str) -> bool:
    """Whether ``tag`` is shaped like a language tag (``en``, ``fr-CH``, ``zh-Hans``)."""
    return len(tag) <= MAX_LANGUAGE_TAG_CHARS and _LANGUAGE_TAG.fullmatch(tag) is not None


def primary_language(tag: str) -> str:
    """``ar`` for ``ar-SA``, ``zh`` for ``zh_Hans``: the language part of a tag, lower case."""
    return re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower()


def is_rtl_language(tag: str) -> bool:
    """Whether a pack in this language reads right to left."""
    return primary_language(tag) in RTL_LANGUAGES


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a letter of a right-to-left script."""
    return _RTL.search(text) is not None


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a Chinese, Japanese or Korean character or punctuation mark."""
    return _CJK.search(text) is not None


def first_strong_direction(text: str) -> str | None:
    """``"R"`` or ``"L"``: the direction of the first letter with one (rule P2 of the Unicode
    bidirectional algorithm), or None when the text has none (digits, punctuation)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return None
