"""The core's messages to a user (check findings, build problems, errors), translatable.

A :class:`Message` *is* its English text (a ``str``), so ``str(finding.message)``, the CLI and
every ``in``/``==`` test read as before; it also keeps its msgid (the English template with
``{name}`` placeholders) and its arguments, so the window can show it in its own language:

    M_("{person} has no bio", person=person.name)
    Mn_("gap of {count} min", "gap of {count} min", minutes)          # plural by count
    M_("{file}: {problem}", file=name, problem=M_("the file is empty"))  # a message inside

``message.translated("fr")`` renders the template the pack catalogs give for the language
(:func:`briefing.i18n.pack_words`), with arguments that are messages translated too and a
tuple of them listed with the language's separator. Arguments that are plain values (names,
titles, times, file names) are the user's data and are never translated.

A message stays a message only as long as it is passed on whole: slicing, concatenating or
formatting it into an f-string gives a plain English ``str``. Build a sentence as one message
with its parts as arguments instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from babel.numbers import format_decimal

from briefing.i18n import pack_language, pack_words

Arg = Any
"""A message's argument: a value shown as it is, a :class:`Message`, or a tuple of them."""


class Message(str):
    """A message in English, with the msgid, plural and arguments that translate it."""

    msgid: str
    plural: str | None
    count: int | None
    args: tuple[tuple[str, Arg], ...]

    def __new__(
        cls,
        msgid: str,
        plural: str | None = None,
        count: int | None = None,
        args: Mapping[str, Arg] | tuple[tuple[str, Arg], ...] = (),
    ) -> Message:
        """The message of ``msgid`` (or of its ``plural`` for ``count``) with ``args``."""
        pairs = tuple(sorted(dict(args).items()))
        source = msgid if plural is None or count == 1 else plural  # English needs no catalog
        english = _render(source, pairs, "en") or msgid
        self = super().__new__(cls, english)
        self.msgid, self.plural, self.count, self.args = msgid, plural, count, pairs
        return self

    def translated(self, language: str) -> str:
        """This message in ``language`` (any tag); English where the catalog has no text."""
        template = _template(self.msgid, self.plural, self.count, language)
        return _render(template, self.args, language) or str(self)

    def arguments(self) -> dict[str, Arg]:
        """The arguments by name."""
        return dict(self.args)

    def __reduce__(self) -> tuple[Any, ...]:
        # findings and errors cross into (and out of) the child build process
        return (Message, (self.msgid, self.plural, self.count, self.args))

    def __repr__(self) -> str:
        return f"Message({str(self)!r})"


def M_(msgid: str, /, **args: Arg) -> Message:
    """The message ``msgid`` with its ``{name}`` placeholders filled from ``args``."""
    return Message(msgid, args=args)


def Mn_(singular: str, plural: str, count: int, /, **args: Arg) -> Message:
    """The message ``singular`` or ``plural`` as ``count`` asks in each language; ``{count}``
    is filled with ``count`` unless ``args`` gives it (e.g. already written as "1,500")."""
    return Message(singular, plural, count, {"count": count, **args})


class Number(int):
    """A whole number in a message, written as each language groups its thousands: ``1,500`` in
    English, ``1\u202f500`` in French."""

    def __format__(self, spec: str) -> str:
        return format(int(self), spec or ",")

    def __str__(self) -> str:
        return format(self)

    def __repr__(self) -> str:
        return f"Number({int(self)})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Number, (int(self),))


def grouped(value: float) -> Number:
    """``value`` (rounded to a whole number) to be shown with its thousands grouped."""
    return Number(round(value))


class Tenths(float):
    """A number with one decimal in a message (a size in MB), written as each language writes
    it: ``1,234.5`` in English, ``1\u202f234,5`` in French."""

    def __format__(self, spec: str) -> str:
        return format(float(self), spec or ",.1f")

    def __str__(self) -> str:
        return format(self)

    def __repr__(self) -> str:
        return f"Tenths({float(self)})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Tenths, (float(self),))


def one_decimal(value: float) -> Tenths:
    """``value`` to be shown with one decimal and its thousands grouped."""
    return Tenths(value)


def place(unit: str, number: int) -> Message:
    """``line 12``, ``paragraph 3`` or ``page 2``: where in a file something was found."""
    if unit == "paragraph":
        return M_("paragraph {number}", number=number)
    if unit == "page":
        return M_("page {number}", number=number)
    return M_("line {number}", number=number)


def translated(text: str, language: str) -> str:
    """``text`` in ``language`` when it is a :class:`Message`; any other text as it is."""
    return text.translated(language) if isinstance(text, Message) else text


def _template(msgid: str, plural: str | None, count: int | None, language: str) -> str:
    words = pack_words(language)
    if plural is None:
        return words.gettext(msgid)
    return words.ngettext(msgid, plural, count if count is not None else 1)


def _render(template: str, args: tuple[tuple[str, Arg], ...], language: str) -> str:
    """``template`` with its arguments in ``language``; "" when a translation's placeholders
    do not match the arguments (the English text is shown then, never an exception)."""
    values = {name: _argument(value, language) for name, value in args}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return ""


def _argument(value: Arg, language: str) -> Arg:
    if isinstance(value, Message):
        return value.translated(language)
    if isinstance(value, Number):
        return format_decimal(int(value), locale=pack_language(language))
    if isinstance(value, Tenths):
        return format_decimal(float(value), format="#,##0.0", locale=pack_language(language))
    if isinstance(value, tuple):
        separator = pack_words(language).gettext(", ")
        return separator.join(str(_argument(part, language)) for part in value)
    return value
