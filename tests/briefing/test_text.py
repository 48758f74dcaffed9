"""Long texts: paragraphs and bullets, and nothing interpreted as markup."""

from briefing.text import BulletList, Paragraph, text_blocks


def test_paragraphs_and_bullets() -> None:
    text = (
        "Some initiatives include:\n\n- Networks;\n- Trade association responses\n"
        "  to attacks.\n• Policies.\nAfter the list.\n\n\nLast <b>&</b> *paragraph*.\nSame one."
    )
    assert text_blocks(text) == (
        Paragraph("Some initiatives include:"),
        BulletList(("Networks;", "Trade association responses to attacks.", "Policies.")),
        Paragraph("After the list."),
        Paragraph("Last <b>&</b> *paragraph*.\nSame one."),
    )


def test_empty_and_dash_without_space() -> None:
    assert text_blocks("") == ()
    assert text_blocks("  \n\n") == ()
    assert text_blocks("-5 degrees\n27-29 November") == (Paragraph("-5 degrees\n27-29 November"),)
