"""What every renderer offers, the options each takes, and the registry of renderers by name.

A renderer is made once per build with the build's PDF note library (each PDF note is opened
once, whatever uses it) and its own typed options; it draws a pack document into one file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from briefing.pack import document as d
from briefing.pack.pdf_notes import PdfNoteLibrary
from briefing.progress import Monitor


@dataclass
class RenderResult:
    """What a render wrote: the file, its page count (0: unknown), warnings for the report."""

    path: Path
    pages: int
    warnings: list[str] = field(default_factory=list)


class Renderer(Protocol):
    """What every renderer offers: a format name, a file suffix, and render()."""

    name: str
    suffix: str

    def render(
        self, doc: d.PackDocument, path: Path, monitor: Monitor | None = None
    ) -> RenderResult:
        """Write ``doc`` to ``path``."""
        ...


@dataclass(frozen=True)
class PackPasswords:
    """The passwords of a restricted PDF pack: ``open`` is asked for to open it; ``owner``
    lifts the restriction on editing (printing stays allowed). Never stored, never shown."""

    open: str = field(default="", repr=False)
    owner: str = field(default="", repr=False)

    def __bool__(self) -> bool:
        return bool(self.open or self.owner)


@dataclass(frozen=True)
class PdfOptions:
    """How the PDF renderer draws: whether an undrawable character stops it, the passwords."""

    allow_missing_glyphs: bool = False
    passwords: PackPasswords = field(default_factory=PackPasswords)

    @classmethod
    def of(cls, request: Any) -> PdfOptions:
        """The options a build request asks for."""
        return cls(request.allow_missing_glyphs, request.passwords)


@dataclass(frozen=True)
class DocxOptions:
    """How the DOCX renderer draws (nothing to choose yet)."""

    @classmethod
    def of(cls, _request: Any) -> DocxOptions:
        """The options a build request asks for."""
        return cls()


class BlockDispatch:
    """Calls the method a renderer names after each block type (``heading`` for ``Heading``,
    ``list_block`` for ``ListBlock``…, after ``handler_prefix``): one dispatch for every
    renderer, and a renderer that lacks a block type's method fails when it is defined."""

    handler_prefix = ""
    _handlers: dict[type, str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._handlers = {kind: cls.handler_prefix + _method_name(kind) for kind in d.BLOCK_TYPES}
        missing = [name for name in cls._handlers.values() if not hasattr(cls, name)]
        if missing:
            raise TypeError(f"{cls.__name__} draws no {', '.join(missing)}")

    def dispatch(self, block: d.Block) -> Any:
        """Draw one block with the method named for its type."""
        return getattr(self, self._handlers[type(block)])(block)


def _method_name(kind: type) -> str:
    """``ListBlock`` → ``list_block``."""
    name = kind.__name__
    return "".join(f"_{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))


def make_renderer(name: str, library: PdfNoteLibrary, request: Any) -> Renderer:
    """The renderer of format ``name`` for a build, with the options ``request`` asks for."""
    renderer, options = _registry()[name]()
    return renderer(library, options.of(request))


def _pdf() -> tuple[Callable[[PdfNoteLibrary, Any], Renderer], Any]:
    from briefing.render.pdf import PdfRenderer

    return PdfRenderer, PdfOptions


def _docx() -> tuple[Callable[[PdfNoteLibrary, Any], Renderer], Any]:
    from briefing.render.docx import DocxRenderer

    return DocxRenderer, DocxOptions


def _registry() -> dict[str, Callable[[], tuple[Callable[[PdfNoteLibrary, Any], Renderer], Any]]]:
    """Every renderer by format name (``model.PACK_FORMATS``), with its options class; each
    renderer's module (and its libraries) is imported only when a build asks for it."""
    return {"pdf": _pdf, "docx": _docx}
