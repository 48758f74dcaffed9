"""People lines under an agenda item: ``Moderator: Name, Organisation``, ``Name, UNWG``…"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.model import Role, RoleKind
from briefing.validation import fold

_HONORIFIC = re.compile(
    r"^(?P<h>(?:(?:H\.\s?E\.?|S\.\s?E\.?)(?:\s+|(?=[A-Z]))|"
    r"(?:Mr|Ms|Mrs|Miss|Dr|Prof|Hon|Amb|Sir|Dame|M|Mme|Mlle|Sr|Sra|Srta|Dña|Don|Excmo|Excma)"
    r"(?:\.\s*|\s+))+)(?=\w)"
)
_PARTICLES = {"de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le", "du", "y"}
_POSITION_WORDS = [
    "rapporteur",
    "advisor",
    "adviser",
    "director",
    "directrice",
    "directeur",
    "directora",
    "head",
    "chief",
    "officer",
    "manager",
    "president",
    "minister",
    "ambassador",
    "ambassadeur",
    "embajador",
    "secretary",
    "representative",
    "coordinator",
    "coordinatrice",
    "coordinador",
    "professor",
    "member",
    "expert",
    "commissioner",
    "deputy",
    "ceo",
    "founder",
    "counsel",
    "consultant",
    "researcher",
    "fellow",
    "vice",
    "executive",
    "chair",
    "chairperson",
    "delegate",
    "envoy",
    "specialist",
    "analyst",
    "lead",
    "senior",
    "jefe",
    "jefa",
    "asesor",
    "asesora",
    "conseiller",
    "conseillere",
    "responsable",
    "charge",
    "presidente",
    "presidenta",
    "ministre",
    "ministro",
    "relator",
    "relatora",
    "coordinadora",
    "secretaria",
    "secretario",
    "secretaire",
    "ministra",
    "consejera",
    "consejero",
    "embajadora",
    "ambassadrice",
    "jefe",
    "gerente",
    "oficial",
    "consultora",
    "investigadora",
    "investigador",
    "profesora",
    "profesor",
    "professeur",
    "representante",
    "representant",
    "delegada",
    "delegado",
    "directeur",
    "chercheur",
    "chercheuse",
    "punto",
    "focal",
]
# A "name" that is a placeholder for someone not yet named, and how a pack says it.
_UNNAMED: dict[str, str] = {
    "hrd": "A human rights defender (to be named)",
    "hrds": "Human rights defenders (to be named)",
    "tbc": "To be confirmed",
    "tbd": "To be determined",
    "tba": "To be announced",
    "cso": "A civil society representative (to be named)",
    "ngo": "An NGO representative (to be named)",
}
_NOT_NAME = set(
    [
        "discussion",
        "debate",
        "break",
        "lunch",
        "session",
        "remarks",
        "questions",
        "answers",
        "panel",
        "coffee",
        "reception",
        "opening",
        "closing",
        "welcome",
        "introduction",
        "conclusion",
        "conclusions",
        "pause",
        "dejeuner",
        "almuerzo",
        "registration",
        "q&a",
        "open",
        "floor",
        "plenary",
        "networking",
        "wrap-up",
        "next",
        "steps",
        "agenda",
        "programme",
        # words of places and bodies, never of a person's name
        "hotel",
        "palais",
        "palace",
        "room",
        "salle",
        "sala",
        "hall",
        "building",
        "centre",
        "center",
        "university",
        "universite",
        "universidad",
        "ministry",
        "ministere",
        "ministerio",
        "commission",
        "committee",
        "council",
        "office",
        "organization",
        "organisation",
        "union",
        "nations",
        "group",
        "forum",
        "institute",
        "foundation",
        "association",
        "federation",
        "department",
        "division",
        "section",
        "branch",
        "agency",
        "secretariat",
        "embassy",
        "parliament",
        "assembly",
        "court",
        "fund",
        "network",
        "rights",
        "policies",
        "governments",
        "employers",
        "workers",
        "plenary",
        "plenaria",
        "seance",
        "sesion",
        "international",
        "national",
        "regional",
        "global",
        "initiative",
        "reform",
        "society",
        "justice",
        "board",
        "trust",
        "bank",
        "ombudsman",
    ]
)
_ONE_PAREN = re.compile(r"[^(),;]+\([^()]*\)\s*\.?")
_ORG_PREFIX = re.compile(r"^([A-Z]{2,8})\.\s+(?=[A-Z])")
_BY_ROLE = re.compile(r"^(?P<r>moderated|chaired|facilitated|presented|introduced)\s+by\s+", re.I)
# "Keynote address by Dr …", "Presentation of the report … by Ms …", "a cargo de …".
_LABEL_BY = re.compile(r"^(?P<label>.{2,120}?),?\s+(?:by|par|por|a cargo de)\s+(?P<rest>.+)$")
# Clauses that bring people into an entry, and the role each gives them.
_CUES = {
    "sponsor": r"parrain[ée]e? par|sponsored by|patrocinad[oa] por|co-?sponsored by",
    "participation": r"avec la participation de|with the participation of|"
    r"con la participaci[óo]n de|featuring|with contributions? (?:from|by)",
}
_CUE_ROLES = {"sponsor": Role.parse("Sponsor"), "participation": Role(RoleKind.SPEAKER)}
_CLAUSE_CUE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _CUES.items()), re.IGNORECASE)
_TITLE_CUE = re.compile(rf",?\s+(?:{'|'.join(_CUES.values())})\s", re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(rf";\s*|,?\s+(?=(?:{'|'.join(_CUES.values())})\s)", re.IGNORECASE)
# What a label's words say when the label is no role the app knows.
_LABEL_ROLES: dict[str, Role] = {
    **dict.fromkeys(
        ("presentation", "presentations", "presentacion", "presentaciones", "expose", "ponencia",
         "ponencias", "intervention", "interventions", "intervencion", "intervenciones",
         "statement", "statements", "remarks", "guest"),
        Role(RoleKind.SPEAKER),
    ),
    **dict.fromkeys(("lecture", "conference", "conferencia"), Role(RoleKind.KEYNOTE)),
    **dict.fromkeys(
        ("facilitation", "facilitacion", "moderacion", "animation"), Role(RoleKind.MODERATOR)
    ),
    **dict.fromkeys(("presidencia", "presidence", "presidency"), Role(RoleKind.CHAIR)),
}  # fmt: skip
# Bullets, including what PDF text extraction makes of some ("\x7f", private-use glyphs).
_BULLETS = "•·▪◦‣*-–—\x7f\uf0b7\uf0a7\uf076\uf0d8\uf0fc"


@dataclass(frozen=True)
class PersonRef:
    """A person as written on a line: name, honorific, position, organisation."""

    name: str
    honorific: str = ""
    position: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class PeopleLine:
    """What one line under an item says: a role (or none), people, or an unnamed segment."""

    label: str
    role: Role | None
    people: tuple[PersonRef, ...] = ()
    segment_speaker: str = ""


def strip_bullet(text: str) -> str:
    """``text`` without a leading bullet or list number."""
    text = text.strip()
    text = re.sub(r"^(?:\d{1,2}[.)]|[a-z][.)])\s+", "", text)
    return text.lstrip(_BULLETS + " \t").strip()


def split_honorific(text: str) -> tuple[str, str]:
    """(honorific, name) from ``H.E. Ms. Jane Doe``."""
    match = _HONORIFIC.match(text.strip())
    if match is None:
        return "", text.strip()
    return " ".join(match.group("h").split()), text.strip()[match.end() :].strip()


def looks_like_name(text: str) -> bool:
    """Whether ``text`` reads as a person's name (two to six capitalised words)."""
    words = text.replace("-", " ").split()
    if not 2 <= len(words) <= 6 or any(c.isdigit() for c in text):
        return False
    capitalised = [w for w in words if fold(w) not in _PARTICLES]
    if any(not w[0].isupper() for w in capitalised) or len(capitalised) < 2:
        return False
    if any(fold(w.strip(".,")) in _POSITION_WORDS or fold(w) in _NOT_NAME for w in words):
        return False
    return not all(w.isupper() and len(w) > 1 for w in capitalised)


def reads_as_position(text: str) -> bool:
    """Whether an affiliation part names a position rather than an organisation."""
    return any(fold(w.strip(".,()")) in _POSITION_WORDS for w in text.split())


def unnamed_speaker(text: str) -> str | None:
    """How a pack describes a placeholder "name" such as ``HRD`` or ``TBC``; ``None`` if named."""
    bare = text.strip(" .()")
    if fold(bare) in _UNNAMED:
        return _UNNAMED[fold(bare)]
    if re.fullmatch(r"[A-Z]{2,6}s?", bare):
        return f"{bare} (to be named)"
    return None


def parse_person(text: str) -> PersonRef | None:
    """``Name``, ``Name, Organisation`` or ``Name, Position, Organisation``; ``None`` if no name."""
    parts = [p.strip() for p in re.split(r",\s*", text.strip().rstrip(";.")) if p.strip()]
    if not parts:
        return None
    acronym = _ORG_PREFIX.match(parts[0])
    if acronym is not None:  # "OEA. Maria Camacho": the organisation before the name
        parts = [parts[0][acronym.end() :], *parts[1:], acronym.group(1)]
    honorific, name = split_honorific(parts[0])
    name = _strip_parenthesised(name, parts)
    if not looks_like_name(name):
        return None
    rest = parts[1:]
    if len(rest) >= 2:
        return PersonRef(name, honorific, rest[0], ", ".join(rest[1:]))
    if len(rest) == 1:
        if reads_as_position(rest[0]):
            return PersonRef(name, honorific, position=rest[0])
        return PersonRef(name, honorific, organisation=rest[0])
    return PersonRef(name, honorific)


def _strip_parenthesised(name: str, parts: list[str]) -> str:
    """``Jane Doe (OHCHR)`` → ``Jane Doe``, with ``OHCHR`` added to ``parts`` as organisation."""
    match = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if match is None:
        return name
    parts.insert(1, match.group(2).strip())
    return match.group(1).strip()


def parse_people(text: str) -> tuple[PersonRef, ...] | None:
    """Everyone named on one line (``;``, `` and ``, ``&`` or ``Name (Org), Name (Org)``)."""
    paren = re.findall(r"([^,;()]+?)\s*\(([^)]*)\)", text)
    if len(paren) >= 2 or (paren and _ONE_PAREN.fullmatch(text.strip())):
        bare = [re.sub(r"^\s*(?:and|et|y|&)\s+", "", n) for n, _ in paren]
        refs = [parse_person(f"{n}, {o}") for n, (_, o) in zip(bare, paren, strict=True)]
        return tuple(r for r in refs if r) if all(refs) else None
    pieces = [p for p in re.split(r"\s*;\s*", text) if p.strip()]
    if len(pieces) == 1 and "," not in text:
        pieces = re.split(r"\s+(?:and|et|y|&)\s+", text)
    if len(pieces) == 1:
        shared = _sharing_affiliation(pieces[0])
        if shared:
            return shared
    refs = [parse_person(p) for p in pieces]
    if not refs or not all(refs):
        return None
    return tuple(r for r in refs if r)


def _sharing_affiliation(text: str) -> tuple[PersonRef, ...]:
    """``Ana Gil, Luis Paz, Equipo X``: several names, then the affiliation they share."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    names = []
    for part in parts:
        honorific, name = split_honorific(part)
        if not looks_like_name(name):
            break
        names.append(PersonRef(name, honorific))
    if len(names) < 2 or len(names) == len(parts):
        return ()
    shared = ", ".join(parts[len(names) :])
    return tuple(PersonRef(r.name, r.honorific, organisation=shared) for r in names)


def parse_role(label: str) -> Role | None:
    """The role a label names (``Opening statements`` as ``Opening statement``), or ``None``
    when it is not a known role."""
    for wording in (label, _singular(label)):
        role = Role.parse(wording)
        if role.kind is not RoleKind.OTHER:
            return role
    return next((_LABEL_ROLES[w] for w in fold(label).split() if w in _LABEL_ROLES), None)


def _singular(label: str) -> str:
    """Each word without a plural ``s``: ``Opening statements`` → ``Opening statement``."""
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in label.split())


def parse_people_line(text: str) -> PeopleLine | None:
    """The role and people (or unnamed segment) a line gives, or ``None`` if it gives none."""
    text = strip_bullet(text)
    by = _BY_ROLE.match(text)
    if by is not None:
        text = f"{by.group('r')} by: {text[by.end() :]}"
    label, sep, rest = text.partition(":")
    if sep and rest.strip():
        return _labelled(label.strip(), rest.strip())
    by = _LABEL_BY.match(text)
    if by is not None and not sep:
        return _labelled(by.group("label").strip(), by.group("rest").strip())
    if sep:  # "Speakers:" / "Chair:" heading alone
        role = parse_role(label)
        return PeopleLine(label.strip(), role) if role is not None else None
    people = parse_people(text)
    return PeopleLine("", None, people) if people else None


def parse_people_lines(text: str) -> list[PeopleLine] | None:
    """Every role and people a line gives, clause by clause (``Guest speaker: Ms A; introduction
    by Mr B``, ``parrainé par X, avec la participation de Y``); ``None`` if a clause gives none."""
    clauses = [c for c in _CLAUSE_SPLIT.split(strip_bullet(text)) if c.strip(" ,;")]
    if len(clauses) == 1:
        single = _clause(strip_bullet(text))
        return [single] if single is not None else None
    lines = [_clause(c.strip(" ,;")) for c in clauses]
    return None if any(line is None for line in lines) else lines  # type: ignore[return-value]


def _clause(text: str) -> PeopleLine | None:
    """One clause: a cue (``avec la participation de``) and people, or a people line."""
    cue = _CLAUSE_CUE.match(text)
    if cue is None:
        return parse_people_line(text)
    people = parse_people(text[cue.end() :].strip())
    role = _CUE_ROLES[next(k for k, v in cue.groupdict().items() if v)]
    return PeopleLine(cue.group().strip(), role, people) if people else None


def split_title(title: str) -> tuple[str, list[PeopleLine]]:
    """A title less the people it names after it: ``Keynote address by Dr X`` (a role's label),
    ``Side event on …, sponsored by X, with the participation of Y``."""
    cue = _TITLE_CUE.search(title)
    if cue is not None:
        lines = parse_people_lines(title[cue.start() :].lstrip(" ,"))
        if lines:
            return title[: cue.start()].rstrip(" ,"), lines
    by = _LABEL_BY.match(title)
    role = parse_role(by.group("label")) if by is not None else None
    if by is not None and role is not None and role.kind is not RoleKind.OTHER:
        line = _labelled(by.group("label").strip(), by.group("rest").strip())
        if line is not None:
            return by.group("label").strip(), [line]
    return title, []


def _labelled(label: str, rest: str) -> PeopleLine | None:
    """``Label: people`` or ``Label: HRD`` (a segment whose speaker is not yet named)."""
    role = parse_role(label)
    unnamed = unnamed_speaker(rest)
    if unnamed is not None:
        return PeopleLine(label, role, segment_speaker=unnamed)
    people = parse_people(rest)
    if people is None:
        return None
    if role is None:
        if len(label.split()) > 6:
            return None
        role = Role.parse(label)
    return PeopleLine(label, role, people)
