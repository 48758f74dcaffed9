"""The people import's preview: which column is which field, who is new, what would change.

The dialog reads nothing and changes nothing: it is given a table already read
(:mod:`briefing.importers.spreadsheet`) and the open meeting, shows the plan the core makes of
them (:func:`briefing.importers.people_plan.plan_people_import`), makes it again whenever the
user changes a column's field, and lets the user untick any new person or any changed field.
:meth:`PeopleImportDialog.meeting_after` is the meeting with what stayed ticked; the caller
applies it as one undo step.

Everything shown comes from the file, so it is shown only in plain-text labels, item views and
combo boxes, never as rich text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.countries import country_name
from briefing.errors import BriefingError
from briefing.importers.people_mapping import FIELD_LABELS, Mapping, PeopleField, guess_mapping
from briefing.importers.people_plan import (
    FieldChange,
    NewPerson,
    PeoplePlan,
    PersonChange,
    PlanKey,
    apply_plan,
    plan_people_import,
)
from briefing.importers.spreadsheet import RowProblem, Table, merged_problems
from briefing.model import CATEGORY_LABELS, Meeting, ParticipantCategory, Person
from ui import text
from ui.editors.base import quoted
from ui.i18n import QT_TRANSLATE_NOOP, core_text, translate, window_language
from ui.rich import plain_tooltip
from ui.widgets import plain_label, theme_icon

NOT_IMPORTED = QT_TRANSLATE_NOOP("PeopleImportDialog", "Not imported")
SAMPLE_CHARS = 60  # an example value is cut here: it shows what a column holds, not all of it
VALUE_CHARS = 120  # a bio in the lists is cut here, on one line
_ROLE_KEY = Qt.ItemDataRole.UserRole
Mode = QHeaderView.ResizeMode
_FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("PeopleImportDialog", "Name"),
    "honorific": QT_TRANSLATE_NOOP("PeopleImportDialog", "Honorific"),
    "position": QT_TRANSLATE_NOOP("PeopleImportDialog", "Position"),
    "organisation": QT_TRANSLATE_NOOP("PeopleImportDialog", "Organisation"),
    "email": QT_TRANSLATE_NOOP("PeopleImportDialog", "Email"),
    "bio": QT_TRANSLATE_NOOP("PeopleImportDialog", "Bio"),
    "country": QT_TRANSLATE_NOOP("PeopleImportDialog", "Country"),
    "category": QT_TRANSLATE_NOOP("PeopleImportDialog", "Category"),
}

StableKey = tuple[str, int] | tuple[str, str]
"""What a tick is remembered by across a new mapping: ("new", line) or (person id, field)."""


def shown_value(field: str, value: str | ParticipantCategory | None) -> str:
    """A person's value as the preview shows it: a country by its name, on one line, cut."""
    if value is None or value == "":
        return "—"
    if isinstance(value, ParticipantCategory):
        return core_text(CATEGORY_LABELS[value])
    if field == "country":
        return f"{country_name(value, window_language())} ({value})"
    flat = " ".join(value.split())
    return flat if len(flat) <= VALUE_CHARS else flat[: VALUE_CHARS - 1] + "…"


def _sample(table: Table, column: int) -> str:
    """The first value a column has, on one line and cut short."""
    for row in table.rows:
        value = " ".join(row.cells[column].split()) if column < len(row.cells) else ""
        if value:
            return value if len(value) <= SAMPLE_CHARS else value[: SAMPLE_CHARS - 1] + "…"
    return ""


def _checkable(values: Sequence[str], checked: bool) -> QTreeWidgetItem:
    """A tree row with a tick box in its first column."""
    item = QTreeWidgetItem(list(values))
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _tree(name: str, headers: Sequence[str]) -> QTreeWidget:
    """A list of the preview: plain text, one line a row, in the file's order."""
    tree = QTreeWidget()
    tree.setAccessibleName(name)
    tree.setHeaderLabels(list(headers))
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
    tree.header().setStretchLastSection(True)
    return tree


def _empty(tree: QTreeWidget) -> None:
    """Remove every row (taking them out at once: clear() is slow on thousands of rows)."""
    tree.invisibleRootItem().takeChildren()


def _size(
    tree: QTreeWidget, modes: Sequence[QHeaderView.ResizeMode], widths: Sequence[int] = ()
) -> None:
    """Give a list's first columns resize modes (and widths); the rest fit their contents, so
    the file's long values share the width instead of pushing a scroll bar."""
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(tree.columnCount()):
        mode = modes[column] if column < len(modes) else Mode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    for column, width in enumerate(widths):
        if width:
            header.resizeSection(column, width)


class PeopleImportDialog(QDialog):
    """What a list of people would add and change, with the columns' fields to choose."""

    def __init__(self, table: Table, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.meeting = meeting
        self.plan: PeoplePlan | None = None
        self.plan_error = ""
        self._unticked: set[StableKey] = set()
        self._filling = False  # ticks set while the lists are filled are not the user's
        self.setWindowTitle(
            translate("PeopleImportDialog", "Import people — {file}").format(file=table.name)
        )
        self.mapping: Mapping = guess_mapping(table.header, [row.cells for row in table.rows[:50]])
        layout = QVBoxLayout(self)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._mapping_box())
        splitter.addWidget(self._lists())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([400, 840])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._buttons())
        self._replan()
        self.resize(QSize(1260, 680).expandedTo(self.minimumSizeHint()))

    # -- what the user chose

    def field_of(self, column: int) -> PeopleField | None:
        """The field column ``column`` is imported as."""
        return self.mapping[column]

    def set_field(self, column: int, field: PeopleField | None) -> None:
        """Import column ``column`` as ``field``, as choosing it in its combo box does."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field.value if field else ""))

    def accepted_keys(self) -> set[PlanKey]:
        """The plan's keys whose rows are ticked."""
        if self.plan is None:
            return set()
        keys: set[PlanKey] = {
            entry.person.id for entry in self.plan.new if ("new", entry.line) not in self._unticked
        }
        for change in self.plan.changed:
            keys.update(key for key in change.plan_keys() if key not in self._unticked)
        return keys

    def accepted_count(self) -> int:
        """How many new people and changed fields are ticked."""
        return len(self.accepted_keys())

    def meeting_after(self) -> Meeting:
        """The meeting with the ticked new people and changes."""
        if self.plan is None:
            return self.meeting
        return apply_plan(self.meeting, self.plan, self.accepted_keys())

    # -- the mapping

    def _mapping_box(self) -> QGroupBox:
        box = QGroupBox(translate("PeopleImportDialog", "&Columns of the file"))
        layout = QVBoxLayout(box)
        hint = plain_label(
            translate(
                "PeopleImportDialog",
                "Choose what each column holds; the lists on the right follow.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.mapping_table = QTableWidget(len(self.table.header), 3)
        self.mapping_table.setAccessibleName(translate("PeopleImportDialog", "Columns of the file"))
        self.mapping_table.setHorizontalHeaderLabels(
            [
                translate("PeopleImportDialog", "Column"),
                translate("PeopleImportDialog", "Example"),
                translate("PeopleImportDialog", "Imported as"),
            ]
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setAlternatingRowColors(True)
        self.mapping_table.setWordWrap(False)
        self.mapping_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mapping_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.combos: list[QComboBox] = []
        for column, title in enumerate(self.table.header):
            self._mapping_row(column, title)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(0, 130)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        rows = self.mapping_table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        if self.combos:  # each row as tall as its combo box, so the rows line up evenly
            rows.setDefaultSectionSize(self.combos[0].sizeHint().height() + 2)
        layout.addWidget(self.mapping_table, 1)
        return box

    def _mapping_row(self, column: int, title: str) -> None:
        untitled = translate("PeopleImportDialog", "(column {number})").format(number=column + 1)
        for index, value in enumerate((title or untitled, _sample(self.table, column))):
            item = QTableWidgetItem(value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping_table.setItem(column, index, item)
        combo = QComboBox()
        combo.setAccessibleName(
            translate("PeopleImportDialog", "Imported as, for column {column}").format(
                column=title or column + 1
            )
        )
        combo.addItem(translate("PeopleImportDialog", NOT_IMPORTED), "")
        for field, label in FIELD_LABELS.items():
            combo.addItem(core_text(label), field.value)
        field = self.mapping[column]
        combo.setCurrentIndex(combo.findData(field.value if field else ""))
        combo.currentIndexChanged.connect(lambda _i, c=column: self._remapped(c))
        self.mapping_table.setCellWidget(column, 2, combo)
        self.combos.append(combo)

    def _remapped(self, column: int) -> None:
        value = self.combos[column].currentData()
        fields = list(self.mapping)
        fields[column] = PeopleField(value) if value else None
        self.mapping = tuple(fields)
        self._replan()

    # -- the plan

    def _replan(self) -> None:
        """Make the plan again from the current mapping and show it."""
        try:
            self.plan = plan_people_import(
                self.meeting,
                self.table.rows,
                self.table.header,
                self.mapping,
                self.table.name,
                self.table.header_line,
            )
            self.plan_error = ""
        except BriefingError:
            self.plan = None
            self.plan_error = translate(
                "PeopleImportDialog",
                "Choose which column holds the names: Full name, or First name and Last name.",
            )
        self._fill()

    def _fill(self) -> None:
        plan = self.plan
        self._filling = True
        self._fill_new(plan.new if plan else ())
        self._fill_changes(plan.changed if plan else ())
        problems = merged_problems(self.table.problems, plan.problems if plan else ())
        self._fill_problems(problems)
        self._filling = False
        self._set_tab_titles(len(problems))
        self._update_summary()
        self._update_apply()

    def _fill_new(self, new: Sequence[NewPerson]) -> None:
        _empty(self.new_tree)
        rows = []
        for entry in new:
            key = ("new", entry.line)
            item = _checkable(
                self._person_values(entry.person, entry.line), key not in self._unticked
            )
            item.setData(0, _ROLE_KEY, key)
            rows.append(item)
        self.new_tree.addTopLevelItems(rows)

    @staticmethod
    def _person_values(person: Person, line: int) -> list[str]:
        return [
            person.display_name,
            person.position,
            person.organisation,
            person.email,
            shown_value("country", person.country) if person.country else "",
            core_text(CATEGORY_LABELS[person.category]) if person.category else "",
            str(line),
        ]

    def _fill_changes(self, changed: Sequence[PersonChange]) -> None:
        _empty(self.changes_tree)
        rows = [self._person_row(change) for change in changed]
        self.changes_tree.addTopLevelItems(rows)
        self.changes_tree.expandAll()

    def _person_row(self, change: PersonChange) -> QTreeWidgetItem:
        line = translate("PeopleImportDialog", "line {line}").format(line=change.line)
        item = QTreeWidgetItem([change.name, "", "", line])
        item.setFlags(
            item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
        )
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        for field_change in change.changes:
            item.addChild(self._change_row(change.person_id, field_change))
        return item

    def _change_row(self, person_id: str, change: FieldChange) -> QTreeWidgetItem:
        key = (person_id, change.field)
        item = _checkable(
            [
                translate("PeopleImportDialog", _FIELD_NAMES[change.field]),
                shown_value(change.field, change.old),
                shown_value(change.field, change.new),
                "",
            ],
            key not in self._unticked,
        )
        item.setData(0, _ROLE_KEY, key)
        for column, value in ((1, change.old), (2, change.new)):
            if isinstance(value, str) and item.text(column) != value:
                item.setToolTip(column, plain_tooltip(value))  # the whole bio, as written
        return item

    def _fill_problems(self, problems: Sequence[RowProblem]) -> None:
        _empty(self.problems_tree)
        rows = [
            QTreeWidgetItem([core_text(p.where), text.sentence(core_text(p.message))])
            for p in problems
        ]
        self.problems_tree.addTopLevelItems(rows)

    def _ticked(self, item: QTreeWidgetItem, column: int) -> None:
        """Remember a tick or an untick by what it stands for, so a new mapping keeps it."""
        if column != 0 or self._filling:
            return
        key = item.data(0, _ROLE_KEY)
        if key is None:
            return
        key = tuple(key)
        if item.checkState(0) == Qt.CheckState.Checked:
            self._unticked.discard(key)
        else:
            self._unticked.add(key)
        self._update_apply()

    # -- layout

    def _lists(self) -> QWidget:
        """The tabs, and the buttons that tick or untick every row of the one shown."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._tabs(), 1)
        row = QHBoxLayout()
        self.tick_all_button = QPushButton(translate("PeopleImportDialog", "&Tick all"))
        self.untick_all_button = QPushButton(translate("PeopleImportDialog", "&Untick all"))
        self.tick_all_button.clicked.connect(lambda: self.tick_all(True))
        self.untick_all_button.clicked.connect(lambda: self.tick_all(False))
        row.addWidget(self.tick_all_button)
        row.addWidget(self.untick_all_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.tabs.currentChanged.connect(self._update_tick_buttons)
        return box

    def tick_all(self, ticked: bool) -> None:
        """Tick (or untick) every new person, or every change, as the tab shown lists them."""
        if self.plan is None or self.tabs.currentIndex() > 1:
            return
        if self.tabs.currentIndex() == 0:
            keys: list[StableKey] = [("new", entry.line) for entry in self.plan.new]
            tree = self.new_tree
        else:
            keys = [key for change in self.plan.changed for key in change.plan_keys()]  # type: ignore[misc]
            tree = self.changes_tree
        if ticked:
            self._unticked.difference_update(keys)
        else:
            self._unticked.update(keys)
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self._filling = True  # one count at the end, not one per row
        for index in range(tree.topLevelItemCount()):
            tree.topLevelItem(index).setCheckState(0, state)
        self._filling = False
        self._update_apply()

    def _update_tick_buttons(self) -> None:
        listed = self.tabs.currentIndex() < 2
        self.tick_all_button.setEnabled(listed)
        self.untick_all_button.setEnabled(listed)

    def _tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self.new_tree = _tree(
            translate("PeopleImportDialog", "New people"),
            (
                translate("PeopleImportDialog", "Name"),
                translate("PeopleImportDialog", "Position"),
                translate("PeopleImportDialog", "Organisation"),
                translate("PeopleImportDialog", "Email"),
                translate("PeopleImportDialog", "Country"),
                translate("PeopleImportDialog", "Category"),
                translate("PeopleImportDialog", "Line"),
            ),
        )
        self.changes_tree = _tree(
            translate("PeopleImportDialog", "Changes"),
            (
                translate("PeopleImportDialog", "Person and field"),
                translate("PeopleImportDialog", "Now"),
                translate("PeopleImportDialog", "From the file"),
                translate("PeopleImportDialog", "Line"),
            ),
        )
        self.changes_tree.setRootIsDecorated(True)
        self.problems_tree = _tree(
            translate("PeopleImportDialog", "Problems"),
            (translate("PeopleImportDialog", "Where"), translate("PeopleImportDialog", "Problem")),
        )
        for tree in (self.new_tree, self.changes_tree):
            tree.itemChanged.connect(self._ticked)
        self.tabs.addTab(self.new_tree, "")
        self.tabs.addTab(self.changes_tree, "")
        self.tabs.addTab(self.problems_tree, "")
        interactive, stretch = Mode.Interactive, Mode.Stretch
        _size(
            self.new_tree,
            (interactive, stretch, stretch, interactive, interactive, interactive),
            (170, 0, 0, 170, 120, 150),
        )
        _size(self.changes_tree, (Mode.Interactive, Mode.Stretch, Mode.Stretch), (200,))
        _size(self.problems_tree, (Mode.ResizeToContents, Mode.Stretch))
        return self.tabs

    def _set_tab_titles(self, problems: int) -> None:
        plan = self.plan
        new = len(plan.new) if plan else 0
        changed = len(plan.changed) if plan else 0
        self.tabs.setTabText(
            0, translate("PeopleImportDialog", "&New people ({count})").format(count=new)
        )
        self.tabs.setTabText(
            1, translate("PeopleImportDialog", "C&hanges ({count})").format(count=changed)
        )
        self.tabs.setTabText(
            2, translate("PeopleImportDialog", "P&roblems ({count})").format(count=problems)
        )
        warning = theme_icon(self, "dialog-warning", QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.tabs.setTabIcon(2, warning if problems else QIcon())

    def _update_summary(self) -> None:
        table, plan = self.table, self.plan
        source = {"file": quoted(table.name, 60), "format": core_text(table.read_as)}
        rows = len(table.rows)
        if plan is None:
            summary = translate(
                "PeopleImportDialog",
                "From {file} (read as {format}), %n row(s): {problem}",
                None,
                rows,
            )
            self.summary.setText(summary.format(**source, problem=self.plan_error))
            return
        summary = translate(
            "PeopleImportDialog",
            "From {file} (read as {format}), %n row(s): {new}, {changed}, {unchanged}. Untick "
            "what should not change; nothing changes in the meeting until you click Apply.",
            None,
            rows,
        )
        new, changed, unchanged = len(plan.new), len(plan.changed), plan.unchanged
        self.summary.setText(
            summary.format(
                **source,
                new=translate("PeopleImportDialog", "%n new person(s)", None, new),
                changed=translate("PeopleImportDialog", "%n person(s) with changes", None, changed),
                unchanged=translate("PeopleImportDialog", "%n already up to date", None, unchanged),
            )
        )

    def _update_apply(self) -> None:
        count = self.accepted_count()
        self.apply_button.setEnabled(count > 0)
        self.apply_button.setText(
            translate("PeopleImportDialog", "&Apply %n change(s)", None, count)
            if count
            else translate("PeopleImportDialog", "Nothing to apply")
        )

    def _buttons(self) -> QDialogButtonBox:
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = QPushButton(translate("PeopleImportDialog", "&Apply"))
        self.apply_button.setDefault(True)
        self.button_box.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        return self.button_box
