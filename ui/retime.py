"""Moving the rest of a day's programme: the "Move Following Items…" dialog.

The dialog asks by how many minutes, and whether the selected item moves too, and lists what
will move as the user chooses, from :func:`briefing.edit.shift_following` itself, so what it
shows is exactly what applying does. Applying is one undo step for every item moved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefing.edit import Moved, shift_following
from briefing.errors import ValidationError
from briefing.formatting import format_slot
from briefing.model import Meeting
from ui import text
from ui.document import Focus, MeetingDocument
from ui.editors.base import ErrorLine, quoted
from ui.i18n import core_text, translate, window_language
from ui.rich import plain_tooltip

DEFAULT_MINUTES = 5
MAX_MINUTES = 12 * 60


def signed_minutes(minutes: int) -> str:
    """``+5 min``, ``-10 min``: which way the items move, always said."""
    return translate("MoveFollowingDialog", "{minutes} min").format(minutes=f"{minutes:+d}")


def move_text(moves: list[Moved], minutes: int) -> str:
    """The undo text: ``Move 4 items by +5 min``, or ``Move ‘Wrap-up’ by -10 min``."""
    by, count = signed_minutes(minutes), len(moves)
    if count == 1:
        return translate("MoveFollowingDialog", "Move {title} by {minutes}").format(
            title=quoted(moves[0].title), minutes=by
        )
    # Two or more items (one is named above).
    return translate("MoveFollowingDialog", "Move %n items by {minutes}", None, count).format(
        minutes=by
    )


def move_button_text(moves: list[Moved], minutes: int) -> str:
    """The dialog's button: the same words as the undo text in English, but a verb in every
    language (some name their undo steps with a noun)."""
    by, count = signed_minutes(minutes), len(moves)
    if count == 1:
        return translate("MoveFollowingDialog", "Move {title} by {minutes}", "button").format(
            title=quoted(moves[0].title), minutes=by
        )
    return translate("MoveFollowingDialog", "Move %n items by {minutes}", "button", count).format(
        minutes=by
    )


def moved_line(meeting: Meeting, move: Moved) -> str:
    """``10:00–11:30 → 10:05–11:35  S2 · Title`` (a break has no number)."""
    before = format_slot(move.start, move.end, window_language())
    after = format_slot(move.new_start, move.new_end, window_language())
    return f"{before} → {after}  {text.numbered_title(meeting, meeting.item(move.item_id))}"


class SignedMinutesBox(QSpinBox):
    """Minutes with their sign shown: ``+5 min`` later, ``-5 min`` earlier."""

    def textFromValue(self, value: int) -> str:
        """``+5``, ``0``, ``-5`` (the suffix adds `` min``)."""
        return f"{value:+d}" if value else "0"


class MoveFollowingDialog(QDialog):
    """Asks how far to move an item and the items after it on its day, showing what moves."""

    def __init__(self, meeting: Meeting, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting, self.item_id = meeting, item_id
        self.after: Meeting = meeting
        self.moves: list[Moved] = []
        self.setWindowTitle(translate("MoveFollowingDialog", "Move Following Items"))
        self._build()
        self.minutes_box.valueChanged.connect(self.update_preview)
        self.include_check.toggled.connect(self.update_preview)
        self.update_preview()

    def _build(self) -> None:
        item = self.meeting.item(self.item_id)
        intro = QLabel(
            translate(
                "MoveFollowingDialog",
                "Move {title} and every item after it the same day, in every room, keeping their "
                "lengths. A negative number moves them earlier.",
            ).format(title=quoted(item.title))
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.minutes_box = SignedMinutesBox()
        self.minutes_box.setRange(-MAX_MINUTES, MAX_MINUTES)
        suffix = translate("MoveFollowingDialog", " min", "the unit after the number of minutes")
        self.minutes_box.setSuffix(suffix)
        self.minutes_box.setValue(DEFAULT_MINUTES)
        self.minutes_box.setAccessibleName(translate("MoveFollowingDialog", "Minutes to move by"))
        self.minutes_box.setMinimumWidth(
            self.minutes_box.fontMetrics().horizontalAdvance(f"-{MAX_MINUTES}{suffix}") + 40
        )
        self.minutes_box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.include_check = QCheckBox(
            translate("MoveFollowingDialog", "&Include the selected item")
        )
        self.include_check.setChecked(True)
        self.include_check.setToolTip(
            translate(
                "MoveFollowingDialog",
                "Untick to move only what comes after it (when the selected item runs longer)",
            )
        )
        self.preview_list = QListWidget()
        self.preview_list.setAccessibleName(translate("MoveFollowingDialog", "What will move"))
        self.preview_list.setMinimumSize(560, 160)
        # one line per item, a long title cut with … (its tooltip has it whole)
        self.preview_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.preview_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview_list.setUniformItemSizes(True)
        self.error_line = ErrorLine()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(intro)

    def _lay_out(self, intro: QLabel) -> None:
        form = QFormLayout()
        form.addRow(translate("MoveFollowingDialog", "&Move by:"), self.minutes_box)
        form.addRow("", self.include_check)
        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_line)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.preview_list, 1)
        layout.addWidget(self.buttons)

    def update_preview(self, *_args: object) -> None:
        """Work out what the choice moves and list it; a refused move says why."""
        minutes = self.minutes_box.value()
        include = self.include_check.isChecked()
        try:
            self.after, self.moves = shift_following(
                self.meeting, self.item_id, minutes, include_item=include
            )
            problem = ""
        except ValidationError as exc:
            problem = translate("MoveFollowingDialog", "Cannot move: {problem}.").format(
                problem=core_text(exc.problem)
            )
            self.after, self.moves = self.meeting, []
        self.error_line.show_problem(problem)
        self.preview_list.clear()
        for move in self.moves:
            line = moved_line(self.meeting, move)
            self.preview_list.addItem(line)
            self.preview_list.item(self.preview_list.count() - 1).setToolTip(plain_tooltip(line))
        self.summary_label.setText(self._summary(minutes, problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.moves))
        ok.setText(
            move_button_text(self.moves, minutes)
            if self.moves
            else translate("MoveFollowingDialog", "Move")
        )

    def _summary(self, minutes: int, problem: str) -> str:
        if problem:
            return ""
        if not minutes:
            return translate("MoveFollowingDialog", "Nothing moves by 0 min.")
        if not self.moves:
            return translate("MoveFollowingDialog", "No item follows it that day.")
        count = len(self.moves)
        return translate("MoveFollowingDialog", "What will move (%n item(s)):", None, count)


def apply_move(document: MeetingDocument, dialog: MoveFollowingDialog) -> list[Moved]:
    """Apply what an accepted ``dialog`` worked out, as one undo step; return what moved.

    Nothing is applied if the meeting changed since the dialog opened (what it showed is no
    longer what would happen).
    """
    if not dialog.moves or document.meeting is not dialog.meeting:
        return []
    minutes = dialog.minutes_box.value()
    document.apply(dialog.after, move_text(dialog.moves, minutes), Focus("agenda", dialog.item_id))
    return dialog.moves


def moved_message(moves: list[Moved], minutes: int) -> str:
    """``Moved 4 items by +5 min: Opening 10:05, Coffee break 11:35, … and 1 more``."""
    separator = core_text(", ")  # the language's own: "、" in Chinese, "، " in Arabic
    shown = separator.join(f"{quoted(m.title, 30)} {m.new_start:%H:%M}" for m in moves[:3])
    count, more = len(moves), len(moves) - 3
    if more > 0:
        shown = translate("MoveFollowingDialog", "{moved} and %n more", None, more).format(
            moved=shown
        )
    moved = translate("MoveFollowingDialog", "Moved %n item(s) by {minutes}: {moved}", None, count)
    return moved.format(minutes=signed_minutes(minutes), moved=shown)
