"""Alphabetical order of people's names, in any script.

Latin, Cyrillic, Greek and Arabic names sort by the Unicode Collation Algorithm (accents and
case only break ties), family name first: the last word of the name. A Chinese name is written
family name first, so it sorts by the pinyin of the whole name, among the Latin names.
"""

from __future__ import annotations

import functools
import re

from pyuca import Collator

_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")

SortKey = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]


@functools.cache
def _collator() -> Collator:
    return Collator()  # reads the Unicode collation table once


def _pinyin(name: str, tones: bool = False) -> list[str]:
    # imported here: its dictionaries take 0.3 s to load, which the window's start must not pay
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(name, style=Style.TONE3) if tones else lazy_pinyin(name)


def is_chinese_name(name: str) -> bool:
    """Whether ``name`` is written in Chinese characters."""
    return _HAN.search(name) is not None


def sort_form(name: str) -> str:
    """What a name sorts as: ``wang xiao ming`` for 王小明, ``Doe Jane`` for Jane Doe."""
    if is_chinese_name(name):
        return " ".join(part.strip() for part in _pinyin(name) if part.strip())
    words = name.split()
    return " ".join(words[-1:] + words[:-1])


def name_sort_key(name: str) -> SortKey:
    """The key that puts names in alphabetical order (see the module's docstring)."""
    collator = _collator()
    tones = " ".join(_pinyin(name, tones=True)) if is_chinese_name(name) else ""
    return (
        collator.sort_key(sort_form(name)),
        collator.sort_key(tones),  # 李 (li3) before 利 (li4)
        collator.sort_key(name),
    )


def text_sort_key(text: str) -> SortKey:
    """The key that puts names of places and organisations in alphabetical order: as
    :func:`name_sort_key`, but in the order the words are written (a Chinese name by pinyin)."""
    collator = _collator()
    chinese = is_chinese_name(text)
    form = " ".join(p.strip() for p in _pinyin(text) if p.strip()) if chinese else text
    tones = " ".join(_pinyin(text, tones=True)) if chinese else ""
    return (collator.sort_key(form), collator.sort_key(tones), collator.sort_key(text))
