"""The pack's own words: every msgid of the code is translated in every catalog, and the
catalogs load compiled or not."""

from __future__ import annotations

import gettext
import os
import re
import shutil
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from briefing import i18n
from briefing.i18n import (
    TRANSLATED,
    compile_catalogs,
    extract_messages,
    pack_language,
    pack_words,
    read_catalog,
)

_FIELD = re.compile(r"\{([^{}]*)\}")  # the whole placeholder: {count[0]} is not {count}


@pytest.fixture(scope="module")
def messages() -> dict[str, tuple[str, ...]]:
    return extract_messages()


@pytest.fixture(scope="module", params=TRANSLATED)
def catalog(request: pytest.FixtureRequest) -> Catalog:
    return read_catalog(request.param)


def test_the_code_marks_the_pack_words(messages: dict[str, tuple[str, ...]]) -> None:
    # a sample of the words the issue names, to prove the extraction finds the calls
    for msgid in ("Contents", "Speaker bios", "Page {page} of {total}", "Full pack", "Moderator"):
        assert msgid in messages
    assert messages["{count} page"] == ("{count} page", "{count} pages")


def test_every_msgid_is_translated_in_every_catalog(
    catalog: Catalog, messages: dict[str, tuple[str, ...]]
) -> None:
    for msgid, ids in messages.items():
        message = catalog.get(msgid)
        assert message is not None, f"{catalog.locale}: {msgid!r} is missing"
        assert not message.fuzzy, f"{catalog.locale}: {msgid!r} is fuzzy"
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if len(ids) > 1:
            assert len(strings) == catalog.num_plurals, f"{catalog.locale}: {msgid!r} plurals"
        assert all(s.strip() for s in strings), f"{catalog.locale}: {msgid!r} is empty"


def test_translations_keep_their_placeholders(
    catalog: Catalog, messages: dict[str, tuple[str, ...]]
) -> None:
    for msgid, ids in messages.items():
        message = catalog.get(msgid)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(_FIELD.findall(ids[-1]))
        for text in strings:
            found = set(_FIELD.findall(text))
            # a plural form may write its number in words ("ساعتان": two hours)
            ok = found <= wanted if len(ids) > 1 else found == wanted
            assert ok, f"{catalog.locale}: {msgid!r} → {text!r}"


def test_no_catalog_holds_words_the_code_no_longer_uses(
    catalog: Catalog, messages: dict[str, tuple[str, ...]]
) -> None:
    stale = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id} - set(messages)
    assert not stale, f"{catalog.locale}: {sorted(stale)}"


def test_the_template_lists_every_msgid(messages: dict[str, tuple[str, ...]]) -> None:
    from babel.messages.pofile import read_po

    with (i18n.LOCALE_DIR / "briefing.pot").open("rb") as handle:
        template = read_po(handle)
    assert {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id} == set(messages)


def test_page_x_of_y_can_be_split_at_the_total() -> None:
    # the PDF draws the total later: everything before "{total}" holds the page number
    for language in (*TRANSLATED, "en"):
        text = pack_words(language).gettext("Page {page} of {total}")
        assert text.count("{total}") == 1 and "{page}" in text.split("{total}")[0], language


def test_tags_name_their_language_and_unknown_ones_are_english() -> None:
    assert pack_language("fr-CH") == "fr"
    assert pack_language("zh_Hans") == "zh"
    assert pack_language("zh-CN") == "zh"
    assert pack_language("ar-SA") == "ar"
    assert pack_language("de") == "en"
    assert pack_language("") == "en"
    assert pack_words("fr-CH").gettext("Contents") == "Table des matières"
    assert pack_words("ar-SA").gettext("Contents") == "المحتويات"
    assert pack_words("de").gettext("Contents") == "Contents"
    assert pack_words("zh-CN") is pack_words("zh-CN")  # cached


def test_the_usual_un_terms() -> None:
    expected = {
        "fr": ("Table des matières", "Programme", "Notices biographiques", "Page 3 sur 11"),
        "es": ("Índice", "Programa", "Reseñas biográficas", "Página 3 de 11"),
        "ru": ("Содержание", "Программа", "Биографические справки", "Стр. 3 из 11"),
        "ar": ("المحتويات", "البرنامج", "نبذات عن السير الذاتية", "الصفحة 3 من 11"),
        "zh": ("目录", "日程", "发言者简历", "第 3 页，共 11 页"),
    }
    for language, (contents, programme, bios, page) in expected.items():
        words = pack_words(language)
        assert words.gettext("Contents") == contents
        assert words.gettext("Programme") == programme
        assert words.gettext("Speaker bios") == bios
        assert words.gettext("Page {page} of {total}").format(page=3, total=11) == page


def test_plurals_follow_each_language() -> None:
    def pages(language: str, n: int) -> str:
        return pack_words(language).ngettext("{count} page", "{count} pages", n).format(count=n)

    assert [pages("en", n) for n in (1, 2)] == ["1 page", "2 pages"]
    assert [pages("ru", n) for n in (1, 3, 5, 21)] == [
        "1 страница",
        "3 страницы",
        "5 страниц",
        "21 страница",
    ]
    assert [pages("ar", n) for n in (1, 2, 3, 11)] == [
        "صفحة واحدة",
        "صفحتان",
        "3 صفحات",
        "11 صفحة",
    ]
    assert pages("fr", 0) == "0 page" and pages("fr", 2) == "2 pages"


def _copy_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "locale"
    shutil.copytree(i18n.LOCALE_DIR, root, ignore=shutil.ignore_patterns("*.mo"))
    monkeypatch.setattr(i18n, "LOCALE_DIR", root)
    i18n._words.cache_clear()  # cleared again when the test ends
    return root


def test_a_checkout_never_set_up_reads_the_po(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _copy_locale(tmp_path, monkeypatch)
    try:
        assert not list(root.rglob("*.mo"))
        words = pack_words("es")
        assert isinstance(words, gettext.GNUTranslations)
        assert words.gettext("Speaker bios") == "Reseñas biográficas"
        assert words.ngettext("{count} page", "{count} pages", 2) == "{count} páginas"
    finally:
        i18n._words.cache_clear()


def test_compiled_catalogs_say_what_the_po_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _copy_locale(tmp_path, monkeypatch)
    try:
        written = compile_catalogs()
        assert sorted(p.parent.parent.name for p in written) == sorted(TRANSLATED)
        for language in TRANSLATED:
            with (root / language / "LC_MESSAGES" / "briefing.mo").open("rb") as handle:
                compiled = gettext.GNUTranslations(handle)
            for message in read_catalog(language):
                if message.id and isinstance(message.id, str):
                    assert compiled.gettext(message.id) == message.string
    finally:
        i18n._words.cache_clear()


def test_an_older_mo_gives_way_to_an_edited_po(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _copy_locale(tmp_path, monkeypatch)
    try:
        compile_catalogs(["fr"])
        po = root / "fr" / "LC_MESSAGES" / "briefing.po"
        po.write_text(
            po.read_text(encoding="utf-8").replace("Table des matières", "Sommaire"),
            encoding="utf-8",
        )
        mo = po.with_suffix(".mo")
        stamp = mo.stat().st_mtime
        os.utime(po, (stamp + 10, stamp + 10))
        assert pack_words("fr").gettext("Contents") == "Sommaire"
    finally:
        i18n._words.cache_clear()


def test_every_tag_of_a_language_shares_its_catalog() -> None:
    # however many ways meeting files write a tag, one catalog per pack language is kept
    assert i18n.pack_words("fr-CH") is i18n.pack_words("FR_fr") is i18n.pack_words("fr")
    for n in range(50):
        i18n.pack_words(f"x-private-{n}")
    assert i18n._words.cache_info().currsize <= len(i18n.PACK_LANGUAGES)
