"""Which column of a list of people holds which field, and what one row's cells say.

Columns are recognised by their header, case- and accent-insensitively, in English, French and
Spanish, and as Indico's registrants export names them (``ID``, ``Name``, ``First Name``, ``Last
Name``, ``Email Address``, ``Affiliation``, ``Position``, ``Title``, ``Country``, ``Registration
state``…, from ``generate_spreadsheet_from_registrations`` and the personal-data fields every
Indico registration form has). A mapping is one field (or ``None``: not imported) per column; a
user may change it, and the plan is made again from it.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from briefing.countries import find_country
from briefing.i18n import N_
from briefing.messages import M_, Message
from briefing.model import CATEGORY_LABELS, ParticipantCategory
from briefing.validation import fold

__all__ = [
    "FIELD_LABELS",
    "Mapping",
    "PeopleField",
    "RowValues",
    "guess_mapping",
    "has_name_column",
    "mapping_problems",
]


class PeopleField(StrEnum):
    """A field a column of a list of people can give."""

    NAME = "name"
    FIRST = "first"
    LAST = "last"
    HONORIFIC = "honorific"
    POSITION = "position"
    ORGANISATION = "organisation"
    EMAIL = "email"
    BIO = "bio"
    COUNTRY = "country"
    CATEGORY = "category"
    STATE = "state"


FIELD_LABELS: dict[PeopleField, str] = {
    PeopleField.NAME: N_("Full name"),
    PeopleField.FIRST: N_("First name"),
    PeopleField.LAST: N_("Last name"),
    PeopleField.HONORIFIC: N_("Honorific (Mr, Dr…)"),
    PeopleField.POSITION: N_("Position"),
    PeopleField.ORGANISATION: N_("Organisation"),
    PeopleField.EMAIL: N_("Email"),
    PeopleField.BIO: N_("Bio"),
    PeopleField.COUNTRY: N_("Country"),
    PeopleField.CATEGORY: N_("Participant category"),
    PeopleField.STATE: N_("Registration state"),
}

Mapping = tuple[PeopleField | None, ...]
"""The field each column gives, in the columns' order; ``None`` where it is not imported."""

_NAME_FIELDS = (PeopleField.NAME, PeopleField.FIRST, PeopleField.LAST)
EXPECTED_NAMES = "Name, Full name, First name, Last name, Prénom, Nom, Nombre, Apellido"

# Each field and the headers that name it, written as header_key writes them.
_FIELD_HEADERS: dict[PeopleField, tuple[str, ...]] = {
    PeopleField.NAME: (
        "name",
        "fullname",
        "participant",
        "participantname",
        "nomcomplet",
        "nometprenom",
        "prenometnom",
        "nombrecompleto",
        "nombreyapellido",
        "nombreyapellidos",
    ),
    PeopleField.FIRST: (
        "firstname",
        "givenname",
        "forename",
        "first",
        "prenom",
        "nombre",
        "nombres",
    ),
    PeopleField.LAST: (
        "lastname",
        "surname",
        "familyname",
        "last",
        "nom",
        "nomdefamille",
        "apellido",
        "apellidos",
    ),
    PeopleField.HONORIFIC: ("honorific", "salutation", "prefix", "civilite", "tratamiento"),
    PeopleField.POSITION: (
        "title",
        "position",
        "jobtitle",
        "function",
        "fonction",
        "titre",
        "poste",
        "cargo",
        "puesto",
    ),
    PeopleField.ORGANISATION: (
        "affiliation",
        "organisation",
        "organization",
        "institution",
        "company",
        "organisme",
        "organizacion",
        "institucion",
        "entidad",
    ),
    PeopleField.EMAIL: (
        "email",
        "emailaddress",
        "mail",
        "courriel",
        "adresseelectronique",
        "correo",
        "correoelectronico",
    ),
    PeopleField.BIO: ("bio", "biography", "shortbio", "biographie", "biografia"),
    PeopleField.COUNTRY: ("country", "pays", "pais", "countryarea", "nationality", "nationalite"),
    PeopleField.CATEGORY: (
        "category",
        "participantcategory",
        "participanttype",
        "typeofparticipant",
        "categorie",
        "categoria",
        "typedeparticipant",
        "tipodeparticipante",
    ),
    PeopleField.STATE: ("registrationstate", "registrationstatus", "etatdelinscription"),
}
_HEADER_FIELDS: dict[str, PeopleField] = {
    key: field for field, keys in _FIELD_HEADERS.items() for key in keys
}
# Honorifics written before a full name (or alone in a "Title" column), folded, without dots.
# ("He" without dots is a Chinese family name, so only "H.E." counts.)
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "dra", "prof", "professor", "amb", "ambassador"}
    | {"mme", "mlle", "sr", "sra", "srta"}
)
_HIS_EXCELLENCY = re.compile(r"^H\.\s?E\.$", re.IGNORECASE)
# Registration states (Indico's, in English, French and Spanish) of someone who will not come.
_NOT_COMING = frozenset(
    {"rejected", "withdrawn", "cancelled", "canceled", "rejete", "retire", "annule"}
    | {"rechazado", "retirado", "cancelado", "anulado"}
)
# Words naming each category, folded; the first category with a phrase in the cell wins, so
# "NGO observer" is an NGO, "Non-member observer State" an observer State, and
# "Non-governmental" no government.
_CATEGORY_WORDS: tuple[tuple[ParticipantCategory, tuple[str, ...]], ...] = (
    (
        ParticipantCategory.NGO,
        (
            "ngo",
            "ngos",
            "ong",
            "non governmental",
            "nongovernmental",
            "non gouvernementale",
            "no gubernamental",
            "civil society",
            "societe civile",
            "sociedad civil",
            "cso",
        ),
    ),
    (
        ParticipantCategory.IGO,
        (
            "igo",
            "intergovernmental",
            "intergouvernementale",
            "intergubernamental",
            "regional organization",
            "regional organisation",
        ),
    ),
    (
        ParticipantCategory.OBSERVER_STATE,
        ("observer", "observateur", "observatrice", "observador", "observadora"),
    ),
    (
        ParticipantCategory.UN_ENTITY,
        (
            "un",
            "united nations",
            "nations unies",
            "naciones unidas",
            "onu",
            "un agency",
            "specialized agency",
            "institution specialisee",
            "organismo especializado",
        ),
    ),
    (
        ParticipantCategory.MEMBER_STATE,
        (
            "member state",
            "member states",
            "etat membre",
            "etats membres",
            "estado miembro",
            "estados miembros",
            "government",
            "gouvernement",
            "gobierno",
            "state",
            "etat",
        ),
    ),
    (ParticipantCategory.OTHER, ("other", "others", "autre", "autres", "otro", "otros", "otra")),
)


def header_key(text: str) -> str:
    """A header reduced to folded letters and digits: ``E-mail`` → ``email``."""
    return "".join(c for c in fold(text) if c.isalnum())


def guess_mapping(header: Sequence[str], samples: Sequence[Sequence[str]] = ()) -> Mapping:
    """The field each column most likely gives, from its header (and, for a "Title" column,
    from its values: ``Mr``, ``Dr``… make it the honorific); each field at most once."""
    keys = [header_key(cell) for cell in header]
    fields = [_HEADER_FIELDS.get(key) for key in keys]
    if "title" in keys:
        index = keys.index("title")
        column = [row[index] for row in samples if index < len(row)]
        if _title_is_honorific(fields, column):
            fields[index] = PeopleField.HONORIFIC
    return _first_of_each(fields)


def _title_is_honorific(fields: list[PeopleField | None], column: list[str]) -> bool:
    """Whether a "Title" column holds honorifics: registration systems (Indico among them) use
    it so beside a position column, and its values (``Mr``, ``Prof.``) say so too."""
    if PeopleField.HONORIFIC in fields:
        return False
    if fields.count(PeopleField.POSITION) > 1:
        return True
    filled = [value for value in column if value.strip()]
    return bool(filled) and sum(is_honorific(v) for v in filled) * 2 > len(filled)


def _first_of_each(fields: list[PeopleField | None]) -> Mapping:
    """The fields with each one kept on its first column only."""
    seen: set[PeopleField] = set()
    kept: list[PeopleField | None] = []
    for field in fields:
        kept.append(None if field in seen else field)
        if field is not None:
            seen.add(field)
    return tuple(kept)


def has_name_column(mapping: Mapping) -> bool:
    """Whether some column gives a name (full, first or last)."""
    return any(field in _NAME_FIELDS for field in mapping)


def mapping_problems(header: Sequence[str], mapping: Mapping) -> list[Message]:
    """What a user should know about a mapping: columns left out, a field given twice."""
    problems: list[Message] = []
    seen: set[PeopleField] = set()
    for title, field in zip(header, mapping, strict=False):
        if field in seen:
            label = M_(FIELD_LABELS[field])
            problems.append(
                M_("column '{title}' repeats '{field}'; not used", title=title, field=label)
            )
        elif field is not None:
            seen.add(field)
    unused = [title for title, field in zip(header, mapping, strict=False) if title and not field]
    if unused:
        problems.append(M_("columns not imported: {columns}", columns=tuple(unused)))
    return problems


# --------------------------------------------------------------------------- one row


@dataclass(frozen=True)
class RowValues:
    """What one row says about a person, stripped; empty where the row says nothing."""

    name: str = ""
    honorific: str = ""
    position: str = ""
    organisation: str = ""
    bio: str = ""
    email: str = ""
    country: str = ""  # the text of the cell; :func:`country_code` reads it
    category: str = ""
    state: str = ""

    def person_values(self) -> dict[str, object]:
        """The values a person is made from (country and category not yet read)."""
        values = dataclasses.asdict(self)
        del values["country"], values["category"], values["state"]
        return values


def row_values(cells: Sequence[str], mapping: Mapping) -> RowValues:
    """The row's values by field: a full name, else first and last names joined; honorifics
    written before a full name are taken off it when no column gives them."""
    found: dict[PeopleField, str] = {}
    for cell, field in zip(cells, mapping, strict=False):
        if field is not None and field not in found:
            found[field] = cell.strip()
    honorific = found.get(PeopleField.HONORIFIC, "")
    name = found.get(PeopleField.NAME, "")
    if name and not honorific:
        honorific, name = split_honorific(name)
    if not name:
        parts = (found.get(PeopleField.FIRST, ""), found.get(PeopleField.LAST, ""))
        name = " ".join(part for part in parts if part)
    return RowValues(
        name=" ".join(name.split()),
        honorific=honorific,
        position=found.get(PeopleField.POSITION, ""),
        organisation=found.get(PeopleField.ORGANISATION, ""),
        bio=found.get(PeopleField.BIO, ""),
        email=found.get(PeopleField.EMAIL, ""),
        country=found.get(PeopleField.COUNTRY, ""),
        category=found.get(PeopleField.CATEGORY, ""),
        state=found.get(PeopleField.STATE, ""),
    )


def split_honorific(name: str) -> tuple[str, str]:
    """Take honorifics such as ``Dr.`` or ``H.E. Ms.`` off the front of a full name."""
    words = name.split()
    taken = 0
    while taken < len(words) - 1 and is_honorific(words[taken]):
        taken += 1
    return " ".join(words[:taken]), " ".join(words[taken:])


def is_honorific(word: str) -> bool:
    """Whether one word is an honorific (``Mr``, ``Mme.``, ``H.E.``…)."""
    word = word.strip()
    if word == "M.":  # Monsieur; without its dot, "M" may be an initial
        return True
    return bool(_HIS_EXCELLENCY.match(word)) or fold(word).rstrip(".") in _HONORIFICS


def is_not_coming(state: str) -> bool:
    """Whether a registration state says the person will not come (rejected, withdrawn…)."""
    return header_key(state) in _NOT_COMING


@functools.lru_cache(maxsize=1024)  # a list names the same few countries again and again
def country_code(text: str) -> str | None:
    """The ISO code of the country a cell names (in a UN language, or by code), or None."""
    return find_country(text)


@functools.lru_cache(maxsize=256)  # and the same few categories
def category_of(text: str) -> ParticipantCategory | None:
    """The participant category a cell names (``État membre``, ``NGO``, ``UN agency``…)."""
    words = " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())
    for category, label in CATEGORY_LABELS.items():
        if words == " ".join(re.sub(r"[^\w]+", " ", fold(label)).split()):
            return category
    padded = f" {words} "
    for category, phrases in _CATEGORY_WORDS:
        if any(f" {phrase} " in padded for phrase in phrases):
            return category
    return None
