"""The read-back helpers themselves: they must see a right pack as right and a wrong one as
wrong, or the language tests prove nothing."""

from __future__ import annotations

from tests.languages.readback import Line, Vocabulary, Word, canonical, logical, normal

KNOWN = Vocabulary(["الإنسان", "حقوق", "UNGPs", "2011", "إلى", "بيّن"])


def _line(*texts: str, width: float = 30) -> Line:
    """Words placed left to right in the order given, as they would stand on a page."""
    return Line(
        tuple(
            Word(t, n * (width + 5), 100, n * (width + 5) + width, 112, 1)
            for n, t in enumerate(texts)
        ),
        1,
    )


def test_a_word_given_glyph_by_glyph_right_to_left_is_recognised() -> None:
    # The lam-alef ligature is one glyph: its letters stay in typed order in a reversed word.
    assert canonical("ناسنلإا", KNOWN) == "الإنسان"
    assert canonical("ناسنإلا", KNOWN) == "الإنسان"  # reversed letter by letter
    assert canonical("نيّب", KNOWN) == "بيّن"  # the shadda stays after its letter
    assert canonical("نّيب", KNOWN) == "بيّن"


def test_presentation_forms_read_as_letters() -> None:
    assert canonical("\ufe8d\ufef9\ufee7\ufeb4\ufe8e\ufee5", KNOWN) == "الإنسان"
    assert normal("«\u202fmot\u202f»") == "mot" and normal("：主持人，") == "主持人"


def test_an_unknown_word_stays_as_poppler_gave_it() -> None:
    assert canonical("قوقحلا", KNOWN) == "قوقحلا"


def test_a_right_to_left_line_reads_from_the_right_with_latin_runs_left_to_right() -> None:
    # "حقوق الإنسان (UNGPs 2011) إلى" laid out right to left.
    line = _line("إلى", "(UNGPs", "2011)", "الإنسان", "حقوق")
    assert [canonical(w.text, KNOWN) for w in logical(line, rtl=True)] == [
        "حقوق",
        "الإنسان",
        "UNGPs",
        "2011",
        "إلى",
    ]
    # Drawn left to right in typed order (the fault the tests look for), it reads otherwise.
    wrong = _line("حقوق", "الإنسان", "(UNGPs", "2011)", "إلى")
    assert [canonical(w.text, KNOWN) for w in logical(wrong, rtl=True)][:2] == ["إلى", "UNGPs"]


def test_an_arabic_name_inside_an_english_line_reads_right_to_left() -> None:
    line = _line("Moderator:", "الإنسان", "حقوق", "(UN)")
    assert [w.text for w in logical(line, rtl=False)] == ["Moderator:", "حقوق", "الإنسان", "(UN)"]


def test_a_word_without_width_is_not_visible() -> None:
    assert Word("abc", 10, 100, 30, 112, 1).visible
    assert not Word("abc", 10, 100, 10, 112, 1).visible
    assert not Word("abcdefghij", 10, 100, 13, 112, 1).visible  # glyphs missing inside
