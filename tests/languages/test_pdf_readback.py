"""The PDF pack of each language's meeting, read back with poppler: fonts, names, lines, words."""

from __future__ import annotations

import re
import unicodedata

import pytest

from briefing.scripts import has_cjk, has_rtl
from tests.languages.conftest import NAMES, Built
from tests.languages.meetings import NBHY, NBSP, TEXTS, typed_roles
from tests.languages.readback import (
    canonical,
    cjk_text,
    cjk_words_holding,
    find_run,
    logical,
    pdf_fonts,
    word_stream,
    words_of,
)

pytestmark = pytest.mark.slow

FOREIGN = [name for name in NAMES if name != "en"]

# The pack's own English words: headings, labels, the roles the app knows, the footer, the
# pack's default name, and the month names. None may show in a pack in another language.
ENGLISH_LABELS = (
    "Contents",
    "Overview",
    "Meeting",
    "Dates",
    "Time",
    "Venue",
    "Organiser",
    "Background",
    "Aims",
    "Linked events",
    "Further reading",
    "Acknowledgements",
    "Programme",
    "Item",
    "People",
    "Sessions",
    "Session",
    "Role",
    "Who",
    "Running order",
    "When",
    "Step",
    "Background notes",
    "Speaker bios",
    "Contacts and logistics",
    "Contacts",
    "Contact",
    "Email",
    "Phone",
    "Logistics",
    "Full pack",
    "Page",
    "Moderator brief",
    "moderator brief",
    "No bio has been provided",
    "Opening remarks",
    "Welcome",
    "Chair",
    "Kick-off remarks",
    "Keynote",
    "Moderator",
    "Panellist",
    "Speaker",
    "Discussant",
    "Rapporteur",
    "Closing remarks",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Words spelled the same in English and in the pack's language, which that language's pack
# may well use (French "Programme" is the term UN documents use).
SAME_WORD = {
    "fr": {
        "Programme",
        "Dates",
        "Sessions",
        "Session",
        "Contact",
        "Contacts",
        "Rapporteur",
        "Page",
    },
}
PAGE_OF = re.compile(r"\bPage \d+ of \d+\b")

# With the forms poppler's text may come in after NFKC (full-width "，" is ",").
CLOSING_CJK = "、。，）」：；！？" + unicodedata.normalize("NFKC", "，）：；！？")
OPENING_CJK = "（「" + unicodedata.normalize("NFKC", "（")
FRENCH_CLOSING = "?;:!»"


def _rtl(name: str) -> bool:
    return name == "ar"


def _text(pack: Built) -> str:
    """The whole pack's words in reading order, one space between each, lines included."""
    return " ".join(
        " ".join(unicodedata.normalize("NFKC", w.text) for w in logical(line, _rtl(pack.name)))
        for line in pack.lines
    )


@pytest.mark.parametrize("name", NAMES)
def test_every_font_is_embedded(built: dict[str, Built], name: str) -> None:
    fonts = pdf_fonts(built[name].pdf)
    assert fonts
    assert [font for font, embedded in fonts if not embedded] == []


def test_chinese_is_drawn_in_a_regular_weight(built: dict[str, Built]) -> None:
    fonts = [font for font, _ in pdf_fonts(built["zh"].pdf)]
    chinese = [f for f in fonts if "SC" in f or "CJK" in f]
    assert chinese, fonts
    assert not [f for f in chinese if re.search("Thin|ExtraLight|Light", f)], chinese


@pytest.mark.parametrize("name", NAMES)
def test_every_word_of_every_name_is_drawn(built: dict[str, Built], name: str) -> None:
    pack = built[name]
    missing = []
    for person in pack.meeting.people:
        if has_cjk(person.name):
            holders = [cjk_words_holding(line, person.name) for line in pack.lines]
            found = [words for words in holders if words]
            if not found or not any(all(w.visible for w in words) for words in found):
                missing.append(person.name)
            continue
        for part in words_of(person.name):
            words = [
                w
                for line in pack.lines
                for w in line.words
                if canonical(w.text, pack.known) == part
            ]
            if not any(w.visible for w in words):
                missing.append(f"{part} (of {person.name})")
    assert missing == []


@pytest.mark.parametrize("name", ["ar", "en"])
def test_an_arabic_name_reads_right_to_left(built: dict[str, Built], name: str) -> None:
    pack = built[name]
    arabic = [p.name for p in pack.meeting.people if has_rtl(p.name)]
    assert arabic
    for full_name in arabic:
        first, second = words_of(full_name)[:2]
        both = []
        for line in pack.lines:
            words = {canonical(w.text, pack.known): w for w in line.words}
            if first in words and second in words:
                both.append((words[first], words[second]))
        assert both, f"{full_name}: its words are never on one line"
        wrong = [(a.page, a.y0) for a, b in both if not a.x0 > b.x1 - 0.5]
        assert wrong == [], f"{full_name}: first word left of the second (page, y): {wrong}"


def test_no_chinese_line_starts_with_closing_or_ends_with_opening_punctuation(
    built: dict[str, Built],
) -> None:
    pack = built["zh"]
    assert has_cjk(cjk_text(pack.lines))
    bad, wrapped = [], 0
    for line in pack.lines:
        text = cjk_text([line])
        if text and (text[0] in CLOSING_CJK or text[-1] in OPENING_CJK):
            bad.append((line.page, text))
        wrapped += bool(text) and unicodedata.name(text[-1]).startswith("CJK UNIFIED")
    assert bad == []
    # Lines do break between characters, mid-sentence: the rule had places to apply.
    assert wrapped >= 10


def test_french_lines_keep_punctuation_with_its_words(built: dict[str, Built]) -> None:
    pack = built["fr"]
    bad = []
    for line in pack.lines:
        words = line.visual
        first, last = words[0].text, words[-1].text
        if first[0] in FRENCH_CLOSING or last[-1] == "«":
            bad.append((line.page, " ".join(w.text for w in words)))
    assert bad == []
    # The text does wrap next to its narrow no-break spaces: the test sees such places.
    assert sum(1 for line in pack.lines if line.visual[-1].text[-1] in FRENCH_CLOSING) >= 3


def test_french_lines_never_break_at_a_no_break_space_or_hyphen(built: dict[str, Built]) -> None:
    pack = built["fr"]
    texts = [TEXTS["fr"].background, TEXTS["fr"].aims, TEXTS["fr"].note]
    # The words on either side of each U+00A0 in the typed text ("4 700", "3 langues").
    joined = {(a, b) for t in texts for a, b in re.findall(rf"(\S+){NBSP}(\S+)", t)}
    assert joined
    broken = []
    for line, after in zip(pack.lines, pack.lines[1:], strict=False):
        last, first = line.visual[-1].text, after.visual[0].text
        if last.endswith(NBHY) or first.startswith(NBHY) or (last, first) in joined:
            broken.append(f"{last} | {first}")
    assert broken == []
    assert any(NBHY in w.text for line in pack.lines for w in line.words)


@pytest.mark.parametrize("name", FOREIGN)
def test_no_english_label_or_month_in_the_pack(built: dict[str, Built], name: str) -> None:
    text = _text(built[name])
    allowed = SAME_WORD.get(name, set())
    found = [
        label
        for label in (*ENGLISH_LABELS, *MONTHS)
        if label not in allowed and re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text)
    ]
    found += PAGE_OF.findall(text)
    assert found == []


@pytest.mark.parametrize("name", FOREIGN)
def test_no_english_words_in_the_file_names(built: dict[str, Built], name: str) -> None:
    names = [path.name for path in built[name].files]
    assert len(names) >= 2 + 5  # the full pack in two formats, one PDF per session
    assert [n for n in names if re.search("Full pack|moderator brief", n, re.IGNORECASE)] == []


@pytest.mark.parametrize("name", NAMES)
def test_typed_roles_print_as_typed(built: dict[str, Built], name: str) -> None:
    pack = built[name]
    missing = []
    for role in sorted(typed_roles(name)):
        if has_cjk(role):
            if role not in cjk_text(pack.lines):
                missing.append(role)
        elif find_run(word_stream(pack.lines, _rtl(name), pack.known), words_of(role)) < 0:
            missing.append(role)
    assert missing == []


@pytest.mark.parametrize("name", NAMES)
def test_the_pack_holds_its_meetings_words(built: dict[str, Built], name: str) -> None:
    """Every word of the meeting's title and each session title is in the pack, in order."""
    pack = built[name]
    text = TEXTS[name]
    for phrase in (text.title, *text.items):
        if has_cjk(phrase):
            assert unicodedata.normalize("NFKC", phrase) in cjk_text(pack.lines), phrase
        else:
            stream = word_stream(pack.lines, _rtl(name), pack.known)
            assert find_run(stream, words_of(phrase)) >= 0, phrase


def test_an_arabic_bio_in_an_english_pack_reads_right_to_left(built: dict[str, Built]) -> None:
    pack = built["en"]
    bios = [p.bio for p in pack.meeting.people if has_rtl(p.bio)]
    assert bios
    # Read every line as right to left: the English lines come out scrambled, the Arabic
    # paragraph's lines in order only if they were laid out right to left.
    stream = word_stream(pack.lines, True, pack.known)
    for bio in bios:
        assert find_run(stream, words_of(bio)) >= 0, bio[:40]
