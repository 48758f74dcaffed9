"""The domain model: a meeting, its agenda, people, notes, contacts and pack definitions.

Every class is a frozen dataclass: edits make a new value with :func:`dataclasses.replace` or the
``with_*`` methods of :class:`Meeting`, so a build can work on a snapshot while the user edits on,
and undo only needs the old value. Each class checks its own rules in ``__post_init__`` and raises
:class:`~briefing.errors.ValidationError` naming the field; text fields are cleaned of characters
no document can hold, and otherwise kept exactly as typed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import mimetypes
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePath
from typing import TypeVar

from briefing.errors import ValidationError
from briefing.filenames import safe_filename
from briefing.i18n import N_, TRANSLATED, pack_words
from briefing.messages import M_, Message
from briefing.scripts import is_language_tag
from briefing.validation import (
    MAX_AGENDA_ITEMS,
    MAX_BIO_CHARS,
    MAX_DESCRIPTION_CHARS,
    MAX_LINE_CHARS,
    MAX_LIST_ENTRIES,
    MAX_NAME_CHARS,
    MAX_NOTES,
    MAX_PEOPLE,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    check_count,
    check_email,
    check_length,
    check_web_link,
    clean_text,
    fold,
)

_T = TypeVar("_T")


def new_id(prefix: str) -> str:
    """Return a fresh identifier such as ``person-3f9a1c2e``."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def _clean_strings(obj: object, **limits: int) -> None:
    """Check the length of every ``str`` field of a frozen dataclass, then clean it in place
    (used in ``__post_init__``). ``limits`` gives a field's longest length; any other field is
    a line of at most :data:`~briefing.validation.MAX_LINE_CHARS`."""
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        if type(value) is str:  # not StrEnum members, which must stay enum members
            check_length(value, f.name, limits.get(f.name, MAX_LINE_CHARS), _owner(obj))
            object.__setattr__(obj, f.name, clean_text(value))


# What a message calls an entry of each class, so that it can say whose field is too long.
_KINDS = {
    "Person": N_("person"),
    "AgendaItem": N_("agenda item"),
    "Segment": N_("running-order step"),
    "Note": N_("note"),
    "Contact": N_("contact"),
    "LinkedEvent": N_("linked event"),
    "Reference": N_("reference"),
    "PackDefinition": N_("pack"),
    "Attachment": N_("file"),
    "Role": N_("role"),
}
_LABEL_CHARS = 50


def _owner(obj: object) -> str:
    """``person 'Jane Doe'``: the kind of entry and its name, cut short; "" if unknown."""
    if type(obj).__name__ == "Meeting":
        return M_("the meeting")
    word = _KINDS.get(type(obj).__name__)
    if word is None:
        return ""
    for name in ("name", "title", "label", "filename"):
        label = getattr(obj, name, None)
        if isinstance(label, str) and label.strip():
            short = " ".join(label[: _LABEL_CHARS * 2].split())
            shown = short[:_LABEL_CHARS] + ("…" if len(short) > _LABEL_CHARS else "")
            return M_("{kind} '{name}'", kind=M_(word), name=shown)
    return M_(word)


def _require(value: str, field_name: str, problem: Message) -> None:
    """Raise ``problem`` (``A person's name must not be empty``) if ``value`` is blank."""
    if not value.strip():
        raise ValidationError(field_name, problem)


# --------------------------------------------------------------------------- roles


def _role_key(text: str) -> str:
    return " ".join(fold(text).replace("–", "-").strip(" :.").split())


class RoleKind(StrEnum):
    """The roles a person can have in an agenda item; ``OTHER`` carries free text."""

    OPENING = "opening"
    WELCOME = "welcome"
    CHAIR = "chair"
    KICK_OFF = "kick-off remarks"
    KEYNOTE = "keynote"
    MODERATOR = "moderator"
    PANELLIST = "panellist"
    SPEAKER = "speaker"
    DISCUSSANT = "discussant"
    RAPPORTEUR = "rapporteur"
    CLOSING = "closing"
    OTHER = "other"


# The role names the app knows, in English; a pack prints them in its own language.
ROLE_LABELS: dict[RoleKind, str] = {
    RoleKind.OPENING: N_("Opening remarks"),
    RoleKind.WELCOME: N_("Welcome"),
    RoleKind.CHAIR: N_("Chair"),
    RoleKind.KICK_OFF: N_("Kick-off remarks"),
    RoleKind.KEYNOTE: N_("Keynote"),
    RoleKind.MODERATOR: N_("Moderator"),
    RoleKind.PANELLIST: N_("Panellist"),
    RoleKind.SPEAKER: N_("Speaker"),
    RoleKind.DISCUSSANT: N_("Discussant"),
    RoleKind.RAPPORTEUR: N_("Rapporteur"),
    RoleKind.CLOSING: N_("Closing remarks"),
}

# Ways programmes write each role, folded (lower case, no accents, no Arabic vowel marks), in
# the six official UN languages: English, French, Spanish, Russian, Arabic, Chinese (simplified
# and traditional). Feminine forms and the usual variants are included.
_ROLE_WORDS: dict[RoleKind, tuple[str, ...]] = {
    RoleKind.OPENING: (
        "opening",
        "opening remarks",
        "opening statement",
        "opening address",
        "ouverture",
        "allocution d'ouverture",
        "discours d'ouverture",
        "declaration liminaire",
        "apertura",
        "palabras de apertura",
        "discurso de apertura",
        "declaracion de apertura",
        "открытие",
        "вступительное слово",
        "вступительное заявление",
        "افتتاح",
        "الافتتاح",
        "كلمة افتتاحية",
        "الكلمة الافتتاحية",
        "ملاحظات افتتاحية",
        "开幕",
        "开幕式",
        "开幕词",
        "开幕致辞",
        "開幕",
        "開幕致辭",
        "开场致辞",
    ),
    RoleKind.WELCOME: (
        "welcome",
        "welcome remarks",
        "welcome and introduction",
        "welcoming remarks",
        "bienvenue",
        "mot de bienvenue",
        "bienvenida",
        "palabras de bienvenida",
        "приветствие",
        "приветственное слово",
        "ترحيب",
        "الترحيب",
        "كلمة ترحيب",
        "كلمة ترحيبية",
        "欢迎",
        "欢迎词",
        "欢迎致辞",
        "致欢迎词",
        "歡迎致辭",
    ),
    RoleKind.CHAIR: (
        "chair",
        "chairperson",
        "chairman",
        "chairwoman",
        "chaired by",
        "co-chair",
        "co-chairs",
        "president",
        "presidente",
        "presidenta",
        "presidence",
        "presidencia",
        "co-president",
        "co-presidente",
        "copresidente",
        "copresidenta",
        "председатель",
        "сопредседатель",
        "председательствующий",
        "председательствующая",
        "رئيس",
        "الرئيس",
        "رئيسة",
        "الرئيسة",
        "رئيس الجلسة",
        "رئيسة الجلسة",
        "الرئيس المشارك",
        "主席",
        "联合主席",
        "共同主席",
        "會議主席",
        "会议主席",
    ),
    RoleKind.KICK_OFF: (
        "kick-off remarks",
        "kick-off",
        "kickoff",
        "kickoff remarks",
        "kick off remarks",
        "introductory remarks",
        "remarques introductives",
        "observations liminaires",
        "propos introductifs",
        "palabras introductorias",
        "observaciones introductorias",
        "вводное слово",
        "вводные замечания",
        "вступительные замечания",
        "ملاحظات استهلالية",
        "كلمة استهلالية",
        "ملاحظات تمهيدية",
        "引导性发言",
        "引导发言",
        "介绍性发言",
    ),
    RoleKind.KEYNOTE: (
        "keynote",
        "keynote speaker",
        "keynote address",
        "discours liminaire",
        "discurso principal",
        "основной доклад",
        "основной докладчик",
        "الكلمة الرئيسية",
        "المتحدث الرئيسي",
        "المتحدثة الرئيسية",
        "主旨发言",
        "主旨演讲",
        "主旨發言",
    ),
    RoleKind.MODERATOR: (
        "moderator",
        "moderators",
        "moderated by",
        "facilitator",
        "moderation",
        "moderateur",
        "moderatrice",
        "moderateur/moderatrice",
        "moderador",
        "moderadora",
        "animateur",
        "animatrice",
        "модератор",
        "модераторы",
        "ведущий",
        "ведущая",
        "مدير الحوار",
        "مديرة الحوار",
        "مدير حوار",
        "مديرة حوار",
        "مدير النقاش",
        "مديرة النقاش",
        "ميسر",
        "الميسر",
        "الميسرة",
        "主持人",
        "主持",
        "主持者",
    ),
    RoleKind.PANELLIST: (
        "panellist",
        "panelist",
        "panellists",
        "panelists",
        "panel",
        "paneliste",
        "panelistes",
        "panelista",
        "panelistas",
        "участник дискуссии",
        "участница дискуссии",
        "участники дискуссии",
        "участник обсуждения",
        "участники обсуждения",
        "عضو فريق المناقشة",
        "عضوة فريق المناقشة",
        "أعضاء فريق المناقشة",
        "عضو حلقة النقاش",
        "عضوة حلقة النقاش",
        "أعضاء حلقة النقاش",
        "المشارك في حلقة النقاش",
        "小组成员",
        "讨论嘉宾",
        "小组讨论嘉宾",
        "小組成員",
    ),
    RoleKind.SPEAKER: (
        "speaker",
        "speakers",
        "orateur",
        "oratrice",
        "orateurs",
        "intervenant",
        "intervenante",
        "intervenants",
        "ponente",
        "ponentes",
        "orador",
        "oradora",
        "oradores",
        "выступающий",
        "выступающая",
        "выступающие",
        "оратор",
        "ораторы",
        "спикер",
        "متحدث",
        "المتحدث",
        "متحدثة",
        "المتحدثة",
        "المتحدثون",
        "发言人",
        "发言者",
        "演讲人",
        "演讲者",
        "發言人",
        "發言者",
    ),
    RoleKind.DISCUSSANT: (
        "discussant",
        "discussants",
        "respondent",
        "commentateur",
        "commentatrice",
        "comentarista",
        "дискуссант",
        "содокладчик",
        "معقب",
        "المعقب",
        "معقبة",
        "المعقبة",
        "المناقش",
        "评论员",
        "评论人",
        "点评人",
        "評論員",
    ),
    RoleKind.RAPPORTEUR: (
        "rapporteur",
        "rapporteuse",
        "relator",
        "relatora",
        "докладчик",
        "докладчица",
        "مقرر",
        "المقرر",
        "مقررة",
        "المقررة",
        "报告员",
        "報告員",
    ),
    RoleKind.CLOSING: (
        "closing",
        "closing remarks",
        "closing statement",
        "cloture",
        "remarques de cloture",
        "allocution de cloture",
        "observations finales",
        "clausura",
        "palabras de clausura",
        "discurso de clausura",
        "закрытие",
        "заключительное слово",
        "заключительные замечания",
        "اختتام",
        "الاختتام",
        "كلمة ختامية",
        "الكلمة الختامية",
        "ملاحظات ختامية",
        "闭幕",
        "闭幕式",
        "闭幕词",
        "闭幕致辞",
        "閉幕致辭",
        "结束语",
    ),
}


@functools.cache
def _role_lookup() -> dict[str, RoleKind]:
    """Every known wording of each role, folded: the words above, and the app's own name of
    each role in every pack language (so "Modérateur/Modératrice" typed is the moderator)."""
    lookup = {
        _role_key(word): kind
        for kind, words in _ROLE_WORDS.items()
        for word in (kind.value, *words)
    }
    for language in TRANSLATED:
        for kind, label in ROLE_LABELS.items():
            lookup.setdefault(_role_key(pack_words(language).gettext(label)), kind)
    return lookup


# The app's own names of each role: a role written so is the canonical one, with no typed text.
_CANONICAL: dict[str, RoleKind] = {
    _role_key(word): kind for kind, label in ROLE_LABELS.items() for word in (kind.value, label)
}


@dataclass(frozen=True)
class Role:
    """A role in an agenda item: a known kind, its wording as typed (kept exactly, "" for the
    app's own name of the kind), or ``OTHER`` with the text the user wrote."""

    kind: RoleKind
    text: str = ""

    def __post_init__(self) -> None:
        _clean_strings(self)
        key = _role_key(self.text)
        if self.kind is RoleKind.OTHER:
            _require(self.text, "role", M_("A free-text role must not be empty"))
            # "Modératrice" typed as free text is the moderator role, still printed as typed
            object.__setattr__(self, "kind", _role_lookup().get(key, RoleKind.OTHER))
        if _CANONICAL.get(key) is self.kind:  # "Moderator": the app's own name, translated
            object.__setattr__(self, "text", "")

    @classmethod
    def parse(cls, text: str) -> Role:
        """Recognise a role in any usual wording; unknown wording becomes a free-text role."""
        return cls(RoleKind.OTHER, " ".join(text.split()).strip(" :"))

    @property
    def label(self) -> str:
        """The role as typed, else the app's English name of it, e.g. ``Kick-off remarks``."""
        return self.text or ROLE_LABELS.get(self.kind, "")

    def label_in(self, language: str) -> str:
        """The role as a pack in ``language`` prints it: as typed, else the app's name of the
        kind in that language (``Modérateur/Modératrice``)."""
        return self.text or pack_words(language).gettext(ROLE_LABELS[self.kind])

    def __str__(self) -> str:
        return self.label


# --------------------------------------------------------------------------- kinds of entry


class ItemKind(StrEnum):
    """What a programme entry is: a session, or an entry that is not one (no number, no page,
    no brief): a break, a meal, a reception, registration or a side event."""

    SESSION = "session"
    BREAK = "break"
    MEAL = "meal"
    RECEPTION = "reception"
    REGISTRATION = "registration"
    SIDE_EVENT = "side-event"


ITEM_KIND_LABELS: dict[ItemKind, str] = {
    ItemKind.SESSION: N_("Session"),
    ItemKind.BREAK: N_("Break"),
    ItemKind.MEAL: N_("Lunch or dinner"),
    ItemKind.RECEPTION: N_("Reception"),
    ItemKind.REGISTRATION: N_("Registration"),
    ItemKind.SIDE_EVENT: N_("Side event"),
}

# How programmes name entries that are not sessions, folded, in the six official UN languages.
_KIND_WORDS: dict[ItemKind, tuple[str, ...]] = {
    ItemKind.BREAK: (
        "break",
        "coffee break",
        "tea break",
        "networking coffee",
        "welcome coffee",
        "coffee and networking",
        "health break",
        "coffee",
        "coffee and tea",
        "networking break",
        "short break",
        "pause",
        "pause cafe",
        "pause-cafe",
        "pause sante",
        "cafe",
        "receso",
        "pausa",
        "pausa cafe",
        "pausa para el cafe",
        "descanso",
        "перерыв",
        "перерыв на кофе",
        "кофе-брейк",
        "кофе-пауза",
        "استراحة",
        "استراحة قهوة",
        "استراحة لتناول القهوة",
        "茶歇",
        "休息",
        "茶點",
        "茶点",
    ),
    ItemKind.MEAL: (
        "lunch",
        "lunch break",
        "working lunch",
        "breakfast",
        "working breakfast",
        "ministerial breakfast",
        "informal dinner",
        "official dinner",
        "gala dinner",
        "working dinner",
        "petit-dejeuner",
        "desayuno",
        "desayuno de trabajo",
        "networking lunch",
        "dinner",
        "dejeuner",
        "pause dejeuner",
        "pause-dejeuner",
        "pause de midi",
        "diner",
        "almuerzo",
        "pausa para el almuerzo",
        "comida",
        "cena",
        "обед",
        "обеденный перерыв",
        "ужин",
        "غداء",
        "الغداء",
        "استراحة غداء",
        "استراحة الغداء",
        "عشاء",
        "午餐",
        "午休",
        "晚餐",
        "午宴",
    ),
    ItemKind.RECEPTION: (
        "reception",
        "welcome reception",
        "cocktail",
        "cocktail reception",
        "cocktail dinatoire",
        "recepcion",
        "coctel",
        "vino de honor",
        "прием",
        "приём",
        "фуршет",
        "حفل استقبال",
        "استقبال",
        "招待会",
        "酒会",
        "歡迎酒會",
    ),
    ItemKind.REGISTRATION: (
        "registration",
        "arrival and registration",
        "arrival",
        "arrival of participants",
        "arrivee",
        "arrivee des participants",
        "llegada",
        "llegada de participantes",
        "registration and coffee",
        "registration of participants",
        "accreditation",
        "inscription",
        "inscriptions",
        "accueil et inscription",
        "accueil et inscription des participants",
        "accueil des participants",
        "enregistrement",
        "enregistrement des participants",
        "accreditation des participants",
        "registro",
        "registro de participantes",
        "inscripcion",
        "acreditacion",
        "регистрация",
        "регистрация участников",
        "تسجيل",
        "التسجيل",
        "تسجيل المشاركين",
        "注册",
        "报到",
        "登记",
        "註冊",
    ),
    ItemKind.SIDE_EVENT: (
        "side event",
        "side-event",
        "side events",
        "evenement parallele",
        "evenements paralleles",
        "evenements paralleles de haut niveau",
        "high-level side event",
        "high-level side events",
        "eventos paralelos",
        "eventos paralelos de alto nivel",
        "manifestation parallele",
        "evento paralelo",
        "actividad paralela",
        "параллельное мероприятие",
        "сопутствующее мероприятие",
        "حدث جانبي",
        "فعالية جانبية",
        "会外活动",
        "边会",
        "週邊活動",
    ),
}

# What may follow the word that opens a title and still leave it naming the entry:
# "Coffee break (hosted by …)", "Lunch – Restaurant", "Side event: …", "Pause-café et …".
_AFTER_KIND_WORD = re.compile(r"^(?:$|\s*[:(–—\-,/;.（：，；、]|\s+(?:and|et|y|и|و|&)(?:\s|$))")


@functools.cache
def _kind_lookup() -> tuple[tuple[str, ItemKind], ...]:
    """Every wording of each kind, longest first (so "lunch break" wins over "break")."""
    words = {(" ".join(fold(w).split()), kind) for kind, ws in _KIND_WORDS.items() for w in ws}
    return tuple(sorted(words, key=lambda pair: -len(pair[0])))


def item_kind_of(title: str) -> ItemKind:
    """The kind of entry a programme's title names, in any official UN language:
    ``BREAK`` for "Coffee break", ``MEAL`` for "Pause déjeuner", else ``SESSION``."""
    text = " ".join(fold(title).replace("’", "'").split()).strip(" *•-–—")
    for word, kind in _kind_lookup():
        if text.startswith(word) and _AFTER_KIND_WORD.match(text[len(word) :]):
            return kind
    return ItemKind.SESSION


# --------------------------------------------------------------------------- files

NOTE_FORMATS: dict[str, str] = {
    ".docx": "docx",
    ".docm": "docx",
    ".pdf": "pdf",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
}

MAX_NOTE_BYTES = 200 * 1024 * 1024
"""The largest note file taken in: a note is kept inside the meeting file."""


_IMAGE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def sniff_image(data: bytes) -> str | None:
    """Return the media type of PNG, JPEG or GIF bytes, or ``None`` for anything else."""
    for magic, media_type in _IMAGE_MAGIC:
        if data.startswith(magic):
            return media_type
    return None


@dataclass(frozen=True)
class Attachment:
    """A file kept inside the meeting: its original name, its bytes and their media type."""

    filename: str
    data: bytes = field(repr=False)
    media_type: str = ""

    def __post_init__(self) -> None:
        _clean_strings(self)
        if not isinstance(self.data, bytes | bytearray):
            raise ValidationError("data", M_("file content must be bytes"))
        object.__setattr__(self, "data", bytes(self.data))
        name = PurePath(self.filename.replace("\\", "/")).name
        _require(name, "filename", M_("A file name must not be empty"))
        object.__setattr__(self, "filename", name)
        if not self.media_type:
            guessed = sniff_image(self.data) or mimetypes.guess_type(name)[0]
            object.__setattr__(self, "media_type", guessed or "application/octet-stream")

    @functools.cached_property
    def sha256(self) -> str:
        """Hex digest of the content; the store keeps each distinct content once.

        Worked out once per value: every autosave asks for it.
        """
        return hashlib.sha256(self.data).hexdigest()

    @property
    def suffix(self) -> str:
        """The file name's extension in lower case, e.g. ``.docx``."""
        return PurePath(self.filename).suffix.lower()

    @property
    def size(self) -> int:
        """Size in bytes."""
        return len(self.data)


class StoredAttachment(Attachment):
    """An attachment whose bytes stay where they are kept (the meeting file) and are read
    each time they are asked for: a build from the command line reads each note once, and a
    meeting's notes can be hundreds of megabytes. Equal to an attachment of the same name,
    media type and content."""

    def __init__(
        self, filename: str, media_type: str, sha256: str, size: int, read: Callable[[str], bytes]
    ) -> None:
        object.__setattr__(self, "filename", filename)
        object.__setattr__(self, "media_type", media_type)
        object.__setattr__(self, "_size", size)
        object.__setattr__(self, "_read", read)
        self.__dict__["sha256"] = sha256

    @property  # type: ignore[override]
    def data(self) -> bytes:
        """The bytes, read now (never kept)."""
        return self._read(self.sha256)  # type: ignore[attr-defined,no-any-return]

    @property
    def size(self) -> int:
        """Size in bytes."""
        return self._size  # type: ignore[attr-defined,no-any-return]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Attachment):
            return NotImplemented
        return _identity(self) == _identity(other)

    def __hash__(self) -> int:
        return hash(_identity(self))


def _identity(attachment: Attachment) -> tuple[str, str, str]:
    return attachment.filename, attachment.media_type, attachment.sha256


def _check_image(photo: Attachment | None, field_name: str) -> None:
    if photo is not None and sniff_image(photo.data) is None:
        problem = M_("'{file}' is not a PNG, JPEG or GIF image", file=photo.filename)
        raise ValidationError(field_name, problem)


# --------------------------------------------------------------------------- people & agenda

# A text starting with this mark is a stand-in that must be replaced before a pack is sent.
PLACEHOLDER_MARK = "PLACEHOLDER:"


class ParticipantCategory(StrEnum):
    """Whom a participant represents, as a list of participants groups them."""

    MEMBER_STATE = "member-state"
    OBSERVER_STATE = "observer-state"
    UN_ENTITY = "un-entity"
    IGO = "igo"
    NGO = "ngo"
    OTHER = "other"


# A list of participants' heading for each group, in its order; a pack prints it in its language.
CATEGORY_HEADINGS: dict[ParticipantCategory, str] = {
    ParticipantCategory.MEMBER_STATE: N_("Member States"),
    ParticipantCategory.OBSERVER_STATE: N_("Non-member observer States"),
    ParticipantCategory.UN_ENTITY: N_("United Nations entities"),
    ParticipantCategory.IGO: N_("Intergovernmental organizations"),
    ParticipantCategory.NGO: N_("Non-governmental organizations"),
    ParticipantCategory.OTHER: N_("Other participants"),
}
CATEGORY_LABELS: dict[ParticipantCategory, str] = {
    ParticipantCategory.MEMBER_STATE: N_("Member State"),
    ParticipantCategory.OBSERVER_STATE: N_("Observer State"),
    ParticipantCategory.UN_ENTITY: N_("United Nations entity"),
    ParticipantCategory.IGO: N_("Intergovernmental organization"),
    ParticipantCategory.NGO: N_("Non-governmental organization"),
    ParticipantCategory.OTHER: N_("Other"),
}
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Person:
    """Someone who appears in the meeting: speaker, moderator, chair, rapporteur…"""

    id: str
    name: str
    honorific: str = ""
    position: str = ""
    organisation: str = ""
    bio: str = ""
    email: str = ""
    photo: Attachment | None = None
    category: ParticipantCategory | None = None
    country: str = ""  # ISO 3166 code of the country they represent or come from, e.g. "CH"

    def __post_init__(self) -> None:
        _clean_strings(
            self,
            name=MAX_NAME_CHARS,
            honorific=MAX_NAME_CHARS,
            position=MAX_NAME_CHARS,
            organisation=MAX_NAME_CHARS,
            bio=MAX_BIO_CHARS,
        )
        _require(self.id, "id", M_("A person's id must not be empty"))
        _require(self.name, "name", M_("A person's name must not be empty"))
        object.__setattr__(self, "email", check_email(self.email))
        _check_image(self.photo, "photo")
        if self.category is not None and not isinstance(self.category, ParticipantCategory):
            problem = M_("'{value}' is not a category", value=str(self.category)[:40])
            raise ValidationError("category", problem)
        country = self.country.strip().upper()
        if country and not _COUNTRY_CODE.match(country):
            problem = M_(
                "'{value}' is not a two-letter country code such as CH", value=self.country[:40]
            )
            raise ValidationError("country", problem)
        object.__setattr__(self, "country", country)

    @property
    def has_placeholder_bio(self) -> bool:
        """True while the bio is still a placeholder to be replaced before sending."""
        return self.bio.lstrip().upper().startswith(PLACEHOLDER_MARK)

    @property
    def display_name(self) -> str:
        """Name with honorific, e.g. ``H.E. Ms. Jane Doe``."""
        return f"{self.honorific} {self.name}".strip()

    @property
    def affiliation(self) -> str:
        """Position and organisation joined, e.g. ``Senior Advisor, Know the Chain``."""
        return ", ".join(part for part in (self.position, self.organisation) if part)


@dataclass(frozen=True)
class Participant:
    """A person in a role within one agenda item."""

    person_id: str
    role: Role


@dataclass(frozen=True)
class Segment:
    """One step of an item's running order: a label, who speaks (a person, or a description
    such as "a human rights defender, to be named") and an optional length in minutes."""

    label: str
    person_id: str | None = None
    speaker: str = ""
    minutes: int | None = None

    def __post_init__(self) -> None:
        _clean_strings(self)
        _require(self.label, "label", M_("A running-order step must not be empty"))
        if self.minutes is not None and (
            isinstance(self.minutes, bool) or not isinstance(self.minutes, int) or self.minutes < 0
        ):
            problem = M_("'{value}' is not a whole number of minutes", value=str(self.minutes)[:40])
            raise ValidationError("minutes", problem)


@dataclass(frozen=True)
class AgendaItem:
    """An entry of the programme: a session, or a break, meal, reception, registration or
    side event (``kind``); its time slot, room, title, people and running order."""

    id: str
    title: str
    start: dt.time
    end: dt.time
    date: dt.date | None = None
    description: str = ""
    participants: tuple[Participant, ...] = ()
    running_order: tuple[Segment, ...] = ()
    kind: ItemKind = ItemKind.SESSION
    room: str = ""
    link: str = ""  # a webcast or the online meeting, http(s) only

    def __post_init__(self) -> None:
        _clean_strings(self, title=MAX_TITLE_CHARS, description=MAX_DESCRIPTION_CHARS)
        _require(self.id, "id", M_("An agenda item's id must not be empty"))
        _require(self.title, "title", M_("An agenda item's title must not be empty"))
        if not isinstance(self.kind, ItemKind):
            problem = M_("'{value}' is not a kind of programme entry", value=str(self.kind)[:40])
            raise ValidationError("kind", problem)
        object.__setattr__(self, "link", check_web_link(self.link))
        object.__setattr__(self, "participants", tuple(self.participants))
        object.__setattr__(self, "running_order", tuple(self.running_order))
        check_count(self.participants, "participants", MAX_PEOPLE, "people")
        check_count(self.running_order, "running_order", MAX_LIST_ENTRIES, "steps")
        if self.end <= self.start:
            problem = M_(
                "the item ends at {end}, which is not after its start at {start}",
                end=self.end.strftime("%H:%M"),
                start=self.start.strftime("%H:%M"),
            )
            raise ValidationError("end", problem)

    @property
    def is_session(self) -> bool:
        """True for a session: it has a number, a page, a brief; a break has none of them."""
        return self.kind is ItemKind.SESSION

    @property
    def minutes(self) -> int:
        """Length of the slot in minutes."""
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)

    def people_in(self, kind: RoleKind) -> tuple[str, ...]:
        """Ids of the people who have a role of ``kind`` in this item."""
        return tuple(p.person_id for p in self.participants if p.role.kind is kind)


# --------------------------------------------------------------------------- notes & contacts


@dataclass(frozen=True)
class Note:
    """A background note: its own text, or an attached DOCX, PDF, Markdown or text file."""

    id: str
    title: str
    body: str = ""
    attachment: Attachment | None = None
    session_ids: tuple[str, ...] = ()
    internal: bool = False

    def __post_init__(self) -> None:
        _clean_strings(self, title=MAX_TITLE_CHARS, body=MAX_TEXT_CHARS)
        _require(self.id, "id", M_("A note's id must not be empty"))
        _require(self.title, "title", M_("A note's title must not be empty"))
        object.__setattr__(self, "session_ids", tuple(self.session_ids))
        if self.attachment is not None and self.attachment.suffix not in NOTE_FORMATS:
            problem = M_(
                "'{file}' is not a note file the app can read; use DOCX, PDF, Markdown (.md) or "
                "text (.txt)",
                file=self.attachment.filename,
            )
            raise ValidationError("attachment", problem)

    @property
    def format(self) -> str:
        """``docx``, ``pdf``, ``markdown`` or ``text`` (a note without a file is text)."""
        if self.attachment is None:
            return "text"
        return NOTE_FORMATS[self.attachment.suffix]


@dataclass(frozen=True)
class Contact:
    """A contact for queries: a person or an office, with a role; ``cc`` ones are copied in."""

    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    cc: bool = False

    def __post_init__(self) -> None:
        _clean_strings(self)
        if not (self.name.strip() or self.email.strip()):
            raise ValidationError("name", M_("A contact needs a name or an email"))
        object.__setattr__(self, "email", check_email(self.email))


@dataclass(frozen=True)
class LinkedEvent:
    """An event the meeting belongs to or builds on, e.g. the Forum it is held during."""

    title: str
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    relation: str = ""
    venue: str = ""
    url: str = ""  # the event's page, http(s) only

    def __post_init__(self) -> None:
        _clean_strings(self, title=MAX_TITLE_CHARS)
        _require(self.title, "title", M_("A linked event's title must not be empty"))
        _check_date_range(self.first_date, self.last_date)
        object.__setattr__(self, "url", check_web_link(self.url, "url"))


@dataclass(frozen=True)
class Reference:
    """A document or page to read for background; ``url`` may be empty when none is known."""

    title: str
    description: str = ""
    url: str = ""

    def __post_init__(self) -> None:
        _clean_strings(self, title=MAX_TITLE_CHARS, description=MAX_DESCRIPTION_CHARS)
        _require(self.title, "title", M_("A reference's title must not be empty"))


def _check_date_range(first: dt.date | None, last: dt.date | None) -> None:
    if first is not None and last is not None and last < first:
        problem = M_("{last} is before {first}", last=last.isoformat(), first=first.isoformat())
        raise ValidationError("last_date", problem)


# --------------------------------------------------------------------------- packs


class PackKind(StrEnum):
    """A full pack, or one pack per session for its moderator and speakers."""

    FULL = "full"
    PER_SESSION = "per-session"


class BioOrder(StrEnum):
    """Order of the speaker bios in a pack."""

    APPEARANCE = "appearance"
    ALPHABETICAL = "alphabetical"


class PaperSize(StrEnum):
    """Paper the pack is laid out on."""

    A4 = "A4"
    LETTER = "Letter"


PACK_FORMATS = ("pdf", "docx")
"""The formats a pack can be built in, in the order they are listed."""


@dataclass(frozen=True)
class PackOptions:
    """How a pack is printed: paper, distribution mark, version/status line, formats, and
    whether merged PDF pages are shrunk to leave room for the running header and footer."""

    paper: PaperSize = PaperSize.A4
    distribution_mark: str = ""
    version_line: str = ""
    include_internal: bool = False
    formats: tuple[str, ...] = PACK_FORMATS
    # False stamps the header and footer over a merged page at its full size (for notes whose
    # margins are free); True, the default, shrinks the page so nothing overlaps.
    shrink_merged_pages: bool = True
    participants_list: bool = False  # a "List of participants" section
    participants_emails: bool = True  # the list shows each participant's email

    def __post_init__(self) -> None:
        _clean_strings(self)
        formats = tuple(self.formats)
        unknown = [f for f in formats if f not in PACK_FORMATS]
        if unknown:
            problem = M_("'{value}' is not one of pdf, docx", value=str(unknown[0])[:40])
            raise ValidationError("formats", problem)
        if not formats:
            problem = M_("a pack needs at least one format (PDF or DOCX)")
            raise ValidationError("formats", problem)
        object.__setattr__(self, "formats", tuple(f for f in PACK_FORMATS if f in formats))


@dataclass(frozen=True)
class PackDefinition:
    """What goes into one pack, in which order, and how it is printed."""

    id: str
    name: str
    kind: PackKind = PackKind.FULL
    item_ids: tuple[str, ...] = ()
    bio_ids: tuple[str, ...] = ()
    note_ids: tuple[str, ...] = ()
    bio_order: BioOrder = BioOrder.APPEARANCE
    options: PackOptions = PackOptions()

    def __post_init__(self) -> None:
        _clean_strings(self, name=MAX_TITLE_CHARS)
        _require(self.id, "id", M_("A pack's id must not be empty"))
        _require(self.name, "name", M_("A pack's name must not be empty"))
        for name in ("item_ids", "bio_ids", "note_ids"):
            ids = tuple(getattr(self, name))
            object.__setattr__(self, name, ids)
            if len(set(ids)) != len(ids):
                raise ValidationError(name, M_("lists the same entry twice"))

    def name_in(self, language: str) -> str:
        """The pack's name as a pack in ``language`` prints it: as typed, but the app's default
        name (``Full pack``) in that language."""
        if self.name == DEFAULT_PACK_NAME:
            return pack_words(language).gettext(DEFAULT_PACK_NAME)
        return self.name


DEFAULT_PACK_ID = "default"
DEFAULT_PACK_NAME = N_("Full pack")
"""The name of the pack a meeting has when none is defined; a pack prints it in its language."""


# --------------------------------------------------------------------------- meeting


# A duplicate id's message, by what the id names.
_DUPLICATE_IDS = {
    "person": N_("person id '{id}' is used twice"),
    "agenda item": N_("agenda item id '{id}' is used twice"),
    "note": N_("note id '{id}' is used twice"),
    "pack": N_("pack id '{id}' is used twice"),
}


def _unique(ids: Iterable[str], what: str, field_name: str) -> None:
    seen: set[str] = set()
    for index, ident in enumerate(ids):
        if ident in seen:
            problem = Message(_DUPLICATE_IDS[what], args={"id": ident})
            raise ValidationError(f"{field_name}[{index}].id", problem)
        seen.add(ident)


@dataclass(frozen=True)
class Meeting:
    """A whole meeting: everything a pack is built from, in one immutable value."""

    title: str
    short_title: str = ""
    meeting_type: str = ""
    organiser: str = ""
    logo: Attachment | None = None
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    venue: str = ""
    room: str = ""
    city: str = ""
    country: str = ""
    language: str = "en"
    background: str = ""
    aims: str = ""
    logistics: str = ""
    acknowledgements: str = ""
    linked_events: tuple[LinkedEvent, ...] = ()
    references: tuple[Reference, ...] = ()
    contacts: tuple[Contact, ...] = ()
    people: tuple[Person, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    notes: tuple[Note, ...] = ()
    packs: tuple[PackDefinition, ...] = ()

    def __post_init__(self) -> None:
        long_text = MAX_TEXT_CHARS
        _clean_strings(
            self,
            title=MAX_TITLE_CHARS,
            short_title=MAX_TITLE_CHARS,
            background=long_text,
            aims=long_text,
            logistics=long_text,
            acknowledgements=long_text,
        )
        _require(self.title, "title", M_("The meeting's title must not be empty"))
        if not is_language_tag(self.language):
            problem = M_(
                "'{value}' is not a language code such as en, fr or ar", value=self.language[:40]
            )
            raise ValidationError("language", problem)
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, list):
                object.__setattr__(self, f.name, tuple(value))
        self._check_counts()
        _check_image(self.logo, "logo")
        _check_date_range(self.first_date, self.last_date)
        if self.start is not None and self.end is not None and self.end <= self.start:
            problem = M_(
                "the meeting ends at {end}, not after its start at {start}",
                end=self.end.strftime("%H:%M"),
                start=self.start.strftime("%H:%M"),
            )
            raise ValidationError("end", problem)
        self._check_references()

    def _check_counts(self) -> None:
        check_count(self.agenda, "agenda", MAX_AGENDA_ITEMS, "items")
        check_count(self.people, "people", MAX_PEOPLE, "people")
        check_count(self.notes, "notes", MAX_NOTES, "notes")
        for name in ("contacts", "linked_events", "references", "packs"):
            check_count(getattr(self, name), name, MAX_LIST_ENTRIES, "entries")

    def _check_references(self) -> None:
        _unique((p.id for p in self.people), "person", "people")
        _unique((i.id for i in self.agenda), "agenda item", "agenda")
        _unique((n.id for n in self.notes), "note", "notes")
        _unique((p.id for p in self.packs), "pack", "packs")
        people = {p.id for p in self.people}
        items = {i.id for i in self.agenda}
        notes = {n.id for n in self.notes}
        for index, item in enumerate(self.agenda):
            for j, participant in enumerate(item.participants):
                _known(participant.person_id, people, f"agenda[{index}].participants[{j}]")
            for j, segment in enumerate(item.running_order):
                if segment.person_id is not None:
                    _known(segment.person_id, people, f"agenda[{index}].running_order[{j}]")
        for index, note in enumerate(self.notes):
            for ident in note.session_ids:
                _known(ident, items, f"notes[{index}].session_ids")
        for index, pack in enumerate(self.packs):
            for ident in pack.item_ids:
                _known(ident, items, f"packs[{index}].item_ids")
            for ident in pack.bio_ids:
                _known(ident, people, f"packs[{index}].bio_ids")
            for ident in pack.note_ids:
                _known(ident, notes, f"packs[{index}].note_ids")

    @property
    def display_title(self) -> str:
        """The name the meeting goes by in headers, windows and file names: its short title,
        else its title."""
        return self.short_title or self.title

    @property
    def file_stem(self) -> str:
        """The meeting's name as a file or folder name safe on every OS (``Meeting`` if none)."""
        return safe_filename(self.display_title, 80, "Meeting")

    # -- look-ups

    # Each look-up by id is a dictionary made once per meeting value (the value never changes):
    # a pack of 1,000 people and 300 items looks people up thousands of times.

    @functools.cached_property
    def _positions(self) -> dict[str, dict[str, int]]:
        return {
            "person": {p.id: n for n, p in enumerate(self.people)},
            "agenda item": {i.id: n for n, i in enumerate(self.agenda)},
            "note": {n.id: k for k, n in enumerate(self.notes)},
        }

    def position(self, what: str, ident: str) -> int:
        """The 0-based place of the ``what`` (``person``, ``agenda item``, ``note``) with id
        ``ident`` in its list; raises ``KeyError`` if there is none."""
        try:
            return self._positions[what][ident]
        except KeyError:
            raise KeyError(f"no {what} with id {ident!r}") from None

    def person(self, person_id: str) -> Person:
        """The person with this id."""
        return self.people[self.position("person", person_id)]

    def item(self, item_id: str) -> AgendaItem:
        """The agenda item with this id."""
        return self.agenda[self.position("agenda item", item_id)]

    def note(self, note_id: str) -> Note:
        """The note with this id."""
        return self.notes[self.position("note", note_id)]

    @functools.cached_property
    def _session_numbers(self) -> dict[str, int]:
        numbers: dict[str, int] = {}
        for item in self.agenda:
            if item.is_session:
                numbers[item.id] = len(numbers) + 1
        return numbers

    def session_number(self, item: AgendaItem) -> int | None:
        """An item's session number: its place among the agenda's sessions, from 1; ``None``
        for an entry that is not a session (a break has no number)."""
        return self._session_numbers.get(item.id)

    @property
    def sessions(self) -> tuple[AgendaItem, ...]:
        """The agenda's sessions, in order (its entries that are not breaks, meals…)."""
        return tuple(item for item in self.agenda if item.is_session)

    def item_date(self, item: AgendaItem) -> dt.date | None:
        """The day an item takes place: its own date, else the meeting's first day."""
        return item.date or self.first_date

    def people_in_order_of_appearance(self) -> tuple[Person, ...]:
        """Everyone who appears in the agenda, first appearance first (each once)."""
        seen: dict[str, None] = {}
        for item in self.agenda:
            for participant in item.participants:
                seen.setdefault(participant.person_id, None)
            for segment in item.running_order:
                if segment.person_id:
                    seen.setdefault(segment.person_id, None)
        return tuple(self.person(pid) for pid in seen)

    @functools.cached_property
    def _appearances(self) -> dict[str, list[tuple[AgendaItem, Role]]]:
        found: dict[str, list[tuple[AgendaItem, Role]]] = {}
        for item in self.agenda:
            for participant in item.participants:
                found.setdefault(participant.person_id, []).append((item, participant.role))
        return found

    def appearances(self, person_id: str) -> Iterator[tuple[AgendaItem, Role]]:
        """Each (item, role) in which a person appears."""
        yield from self._appearances.get(person_id, ())

    def pack_definitions(self) -> tuple[PackDefinition, ...]:
        """The meeting's packs, or the default full pack when none is defined."""
        return self.packs or (default_pack(self),)

    # -- edits that keep references whole

    def without_person(self, person_id: str) -> Meeting:
        """The meeting with a person removed, and every reference to them."""
        agenda = tuple(
            dataclasses.replace(
                item,
                participants=tuple(p for p in item.participants if p.person_id != person_id),
                running_order=tuple(
                    dataclasses.replace(s, person_id=None) if s.person_id == person_id else s
                    for s in item.running_order
                ),
            )
            for item in self.agenda
        )
        people = _without(self.people, person_id)
        packs = _without_in_each(self.packs, "bio_ids", person_id)
        return dataclasses.replace(self, people=people, agenda=agenda, packs=packs)

    def without_item(self, item_id: str) -> Meeting:
        """The meeting with an agenda item removed, and every reference to it."""
        return dataclasses.replace(
            self,
            agenda=_without(self.agenda, item_id),
            notes=_without_in_each(self.notes, "session_ids", item_id),
            packs=_without_in_each(self.packs, "item_ids", item_id),
        )

    def without_note(self, note_id: str) -> Meeting:
        """The meeting with a note removed, and every reference to it."""
        return dataclasses.replace(
            self,
            notes=_without(self.notes, note_id),
            packs=_without_in_each(self.packs, "note_ids", note_id),
        )


def _without(entries: tuple[_T, ...], ident: str) -> tuple[_T, ...]:
    """``entries`` less the one whose id is ``ident``."""
    return tuple(e for e in entries if e.id != ident)  # type: ignore[attr-defined]


def _without_in_each(entries: tuple[_T, ...], ids_field: str, ident: str) -> tuple[_T, ...]:
    """Each entry with ``ident`` removed from its tuple of ids named ``ids_field``."""
    return tuple(
        dataclasses.replace(e, **{ids_field: tuple(i for i in getattr(e, ids_field) if i != ident)})  # type: ignore[type-var]
        for e in entries
    )


def _known(ident: str, known: set[str], field_name: str) -> None:
    if ident not in known:
        problem = M_("refers to '{id}', which is not in the meeting", id=ident)
        raise ValidationError(field_name, problem)


def default_pack(meeting: Meeting) -> PackDefinition:
    """The pack a meeting has when none is defined: everything not internal, in agenda order."""
    appearing = meeting.people_in_order_of_appearance()
    appearing_ids = {p.id for p in appearing}
    bios = [p.id for p in appearing] + [p.id for p in meeting.people if p.id not in appearing_ids]
    return PackDefinition(
        id=DEFAULT_PACK_ID,
        name=DEFAULT_PACK_NAME,
        kind=PackKind.FULL,
        item_ids=tuple(i.id for i in meeting.agenda),
        bio_ids=tuple(bios),
        note_ids=tuple(n.id for n in meeting.notes if not n.internal),
    )


def new_meeting(title: str = "Untitled meeting") -> Meeting:
    """A blank meeting, ready to fill in."""
    return Meeting(title=title)
