"""A concept note's prose sorted into the meeting's fields: background, aims, logistics,
acknowledgements, organiser, contacts' roles, linked events and further reading.

Sections are found by their headings in English, French and Spanish (``Background:``,
``Objectifs``, ``Antecedentes``…); text under no heading is sorted by what it says (thanks go to
the acknowledgements, coffee and badges to the logistics). What is guessed is said so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from briefing.importers.concept_text import (
    Link,
    acronyms,
    capitalised,
    clipped,
    day_range,
    sentences,
    unlink,
)
from briefing.messages import M_
from briefing.model import LinkedEvent, Reference
from briefing.validation import MAX_LINE_CHARS, fold


class Section(Enum):
    """Where a paragraph of prose goes."""

    BACKGROUND = "background"
    AIMS = "aims"
    LOGISTICS = "logistics"
    ACKNOWLEDGEMENTS = "acknowledgements"
    CONTACT = "contact"
    REFERENCES = "references"


# Headings, folded; the longest heading a label starts with wins ("more background information"
# is further reading, "background" is background).
_HEADINGS: dict[str, Section] = {
    **dict.fromkeys(
        ("background", "context", "contexte", "antecedentes", "contexto", "introduction",
         "introduccion", "rationale", "justification", "justificacion", "overview"),
        Section.BACKGROUND,
    ),
    **dict.fromkeys(
        ("aims", "aim", "objectives", "objective", "purpose", "goals", "expected outcomes",
         "objectifs", "objectif", "buts", "resultats attendus", "objetivos", "objetivo",
         "proposito", "resultados esperados"),
        Section.AIMS,
    ),
    **dict.fromkeys(
        ("logistics", "logistical information", "practical information", "practical arrangements",
         "venue and registration", "logistique", "informations pratiques",
         "informations logistiques", "logistica", "informacion practica",
         "informacion logistica"),
        Section.LOGISTICS,
    ),
    **dict.fromkeys(
        ("acknowledgements", "acknowledgments", "acknowledgement", "sponsors", "sponsorship",
         "with thanks", "remerciements", "partenaires", "agradecimientos", "patrocinadores",
         "patrocinio"),
        Section.ACKNOWLEDGEMENTS,
    ),
    **dict.fromkeys(
        ("contact", "contacts", "contact person", "contact information", "contact details",
         "contact us", "personne de contact", "contacto", "contactos", "persona de contacto"),
        Section.CONTACT,
    ),
    **dict.fromkeys(
        ("further reading", "references", "reference documents", "background documents",
         "background documentation", "more background information", "more information",
         "further information", "resources", "documentation", "bibliography", "reading",
         "pour en savoir plus", "documents de reference", "references utiles", "lectures",
         "documentation de reference", "bibliographie", "documentos de referencia",
         "referencias", "lecturas", "bibliografia", "mas informacion", "documentacion"),
        Section.REFERENCES,
    ),
}  # fmt: skip
# Sections a single paragraph makes; the others run on until the next heading.
_ONE_PARAGRAPH = (Section.CONTACT, Section.REFERENCES)
_PLAIN_REFERENCE_HEADINGS = {k for k, v in _HEADINGS.items() if v is Section.REFERENCES} - {
    "more background information",
    "more information",
    "further information",
    "mas informacion",
}
_ORG_WORDS = re.compile(
    r"\b(?:working group|office|commission|committee|council|ministry|mission|organi[sz]ation|"
    r"secretariat|agency|institute|foundation|network|united nations|nations unies|"
    r"naciones unidas|un|ohchr|unesco|ilo|unece|unctad|undp|oit|oms|who|department|division|"
    r"bureau|association|alliance|coalition|programme|comite|ministere|ministerio|secretaria|"
    r"organisation|organizacion|oficina|haut-commissariat|alto comisionado|rapporteur)\b"
)
_ORGANISED_BY = re.compile(
    r"^(?:(?:this|the) [\w -]{1,40}? (?:is|will be|was|are) )?"
    r"(?:co-?)?(?:organi[sz]ed|organis[eé]e?s?|organizad[oa]s?|convened|convoqu[eé]e?s?|"
    r"hosted)\s+(?:by|par|por)\s+(?P<org>[^.;:]+)",
    re.IGNORECASE,
)
_THANKS = re.compile(
    r"\b(?:with (?:many |our |special )?thanks to|thanks to|courtesy of|sponsored by|"
    r"with the (?:generous |kind )?support of|avec (?:nos )?remerciements a|"
    r"avec le (?:genereux )?soutien de|grace au soutien de|con el (?:generoso )?apoyo de|"
    r"gracias a|con el agradecimiento a|patrocinado por)\b"
)
# Words of a sentence that says where and when to come, eat or register.
_LOGISTICS_WORDS = re.compile(
    r"\b(?:coffee|tea|lunch|snack|refreshments|badge|registration|register|registered|"
    r"interpretation|security|access|wifi|visa|cafe|collation|dejeuner|inscription|inscrit|"
    r"interpretation|acces|almuerzo|refrigerio|inscripcion|inscritos|interpretacion|acceso)\b"
)
# The verb after the thing served or offered: "Coffee and a snack served outside…".
_PARTICIPLE = re.compile(
    r"\s(?:served|offered|provided|available|hosted|sponsored|servi|servie|servis|offert|offerte|"
    r"offerts|servido|servida|servidos|ofrecido|ofrecida|ofrecidos)\b",
    re.IGNORECASE,
)
_EVENT_CUES = re.compile(
    r"\b(?:held during|during|on the occasion of|in the margins? of|on the margins? of|alongside|"
    r"linked to|in conjunction with|as part of|ahead of|a l'occasion de|en marge de|lors de|"
    r"dans le cadre de|en el marco de|con ocasion de|al margen de|durante)\s+"
    r"(?:(?:a|an|the|la|le|les|l'|du|de la|el|los|las|del|un|una|une)\s+)?",
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_QUERIES = re.compile(r"\b(?:quer(?:y|ies)|questions?|informations?|preguntas|consultas)\b")
_REGISTER = re.compile(r"\b(?:regist\w*|inscri\w*)\b")
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "will", "with", "for", "is"},
    "fr": {"le", "la", "les", "des", "et", "du", "une", "pour", "avec", "est"},
    "es": {"el", "los", "las", "del", "y", "una", "para", "con", "por", "es"},
}


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of prose (bullets kept together), its first line, and its links."""

    line: int
    text: str
    links: tuple[Link, ...]


@dataclass(frozen=True)
class Guess:
    """Something the reading took from the text without the text saying so outright."""

    line: int | None
    message: str  # a message (briefing.messages), without "guessed"


@dataclass(frozen=True)
class ContactRole:
    """What the note says about an email address: whose it is and what to write to it for."""

    name: str
    role: str


@dataclass
class ConceptText:
    """The meeting's fields read from a concept note's prose."""

    texts: dict[Section, list[str]] = field(default_factory=dict)
    organiser: str = ""
    short_title: str = ""
    language: str = "en"
    linked_events: list[LinkedEvent] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    contacts: dict[str, ContactRole] = field(default_factory=dict)
    guesses: list[Guess] = field(default_factory=list)

    def text(self, section: Section) -> str:
        """A section's paragraphs, one blank line apart."""
        return "\n\n".join(self.texts.get(section, []))

    def add(self, section: Section, text: str) -> None:
        """Add a paragraph to a section."""
        if text.strip():
            self.texts.setdefault(section, []).append(text.strip())


@dataclass(frozen=True)
class Context:
    """What the header already said: the title, the kind of meeting, its year and city."""

    title: str
    meeting_type: str
    year: int | None
    city: str


# --------------------------------------------------------------------------- paragraphs


def paragraphs(lines: list[tuple[int, str]]) -> list[Paragraph]:
    """Lines to paragraphs: each line one, except that a run of bullets stays together."""
    found: list[Paragraph] = []
    for number, raw in lines:
        if not raw.strip():
            continue
        text, links = unlink(raw.strip())
        if _is_bullet(text) and found and _is_bullet(found[-1].text.rsplit("\n", 1)[-1]):
            last = found.pop()
            shift = len(last.text) + 1
            moved = tuple(Link(k.text, k.url, k.start + shift, k.end + shift) for k in links)
            found.append(Paragraph(last.line, f"{last.text}\n{text}", last.links + moved))
        else:
            found.append(Paragraph(number, text, tuple(links)))
    return found


def _is_bullet(text: str) -> bool:
    """A list line (``- …``, ``• …``)."""
    return text.lstrip()[:2] in ("- ", "• ", "* ", "– ")


def is_heading(text: str) -> bool:
    """Whether a line opens a section of prose (``Background:``, ``Informations pratiques``)."""
    return _heading(unlink(text)[0]) is not None


def _heading(text: str) -> tuple[Section, str, str] | None:
    """(section, label, text after it) when a paragraph opens with a heading."""
    label, sep, rest = text.partition(":")
    key = " ".join(fold(label).strip(" *#").split())
    if (sep and len(key.split()) > 6) or (not sep and text.rstrip().endswith(".")):
        return None
    best = max((h for h in _HEADINGS if key == h or key.startswith(h + " ")), key=len, default="")
    if not best or (not sep and key != best):
        return None
    return _HEADINGS[best], label.strip(" *#"), rest.strip()


# --------------------------------------------------------------------------- reading


def read_prose(lines: list[tuple[int, str]], context: Context) -> ConceptText:
    """The meeting's fields from the prose lines (numbered, links still written)."""
    result = ConceptText()
    found = paragraphs(lines)
    current: Section | None = None
    for paragraph in found:
        current = _read_paragraph(paragraph, current, context, result)
    everything = "\n".join(p.text for p in found)
    _read_events_and_links(found, context, result)
    result.short_title = _short_title(context.title, everything)
    result.language = _language(everything)
    return result


def _read_paragraph(
    paragraph: Paragraph, current: Section | None, context: Context, result: ConceptText
) -> Section | None:
    """File one paragraph; the section the next paragraph continues (``None``: none)."""
    heading = _heading(paragraph.text)
    if heading is not None:
        section, label, rest = heading
        _file(section, label, Paragraph(paragraph.line, rest, paragraph.links), context, result)
        return None if section in _ONE_PARAGRAPH else section
    if _organiser_line(paragraph, result):
        return None
    if current is not None:
        _file(current, "", paragraph, context, result)
        return current
    _unlabelled(paragraph, context, result)
    return None


def _file(
    section: Section, label: str, paragraph: Paragraph, context: Context, result: ConceptText
) -> None:
    """Put a paragraph under a heading where it belongs."""
    if section is Section.CONTACT:
        _contact_paragraph(paragraph, context, result)
    elif section is Section.REFERENCES:
        _reference_paragraph(paragraph, label, result)
    elif section is Section.ACKNOWLEDGEMENTS:
        result.add(section, paragraph.text)
    else:
        _explicit_organiser(paragraph, result)
        result.add(section, paragraph.text)


def _unlabelled(paragraph: Paragraph, context: Context, result: ConceptText) -> None:
    """A paragraph under no heading: thanks, logistics, or else background."""
    if _EMAIL.search(paragraph.text):
        _contact_paragraph(paragraph, context, result)
        return
    _explicit_organiser(paragraph, result)
    folded = fold(paragraph.text)
    if _THANKS.search(folded):
        _thanks(paragraph, result)
    elif _LOGISTICS_WORDS.search(folded) and len(paragraph.text) < 400:
        result.add(Section.LOGISTICS, paragraph.text)
    else:
        result.add(Section.BACKGROUND, paragraph.text)


# --------------------------------------------------------------------------- organiser


def _organiser_line(paragraph: Paragraph, result: ConceptText) -> bool:
    """A short line alone that names an organisation: the organiser (a guess)."""
    text = paragraph.text.strip()
    words = text.split()
    if "\n" in text or not 2 <= len(words) <= 14 or text.endswith((".", ":", ";", "?")):
        return False
    if ":" in text or re.match(r"^(?:[IVX]{1,4}|\d{1,2})[.)]\s", text):
        return False  # "Chair: …", "I. Programme of meetings": a label or a numbered heading
    if not _ORG_WORDS.search(fold(text)) or not words[0][:1].isupper():
        return False
    if not result.organiser:
        result.organiser = text
        result.guesses.append(
            Guess(
                paragraph.line,
                M_("organiser taken from a line that names it alone: '{text}'", text=text),
            )
        )
    return True


def _explicit_organiser(paragraph: Paragraph, result: ConceptText) -> None:
    """``Organised by X`` / ``This workshop is co-organised by X`` at a sentence's start."""
    if result.organiser:
        return
    for sentence in sentences(paragraph.text):
        match = _ORGANISED_BY.match(sentence)
        if match is not None:
            result.organiser = match.group("org").strip(" ,")
            return


# --------------------------------------------------------------------------- thanks


def _thanks(paragraph: Paragraph, result: ConceptText) -> None:
    """``Coffee served … with thanks to X.``: what is served goes to logistics, with the thanks
    (naming what was served) to the acknowledgements."""
    logistics: list[str] = []
    thanks: list[str] = []
    for sentence in sentences(paragraph.text):
        match = _THANKS.search(fold(sentence))
        if match is None:
            logistics.append(sentence)
            continue
        before = sentence[: match.start()].strip(" ,;")
        after = sentence[match.start() :]
        if before:
            logistics.append(before.rstrip(".") + ".")
            thing = _PARTICIPLE.split(before, maxsplit=1)[0].strip(" ,")
            thanks.append(f"{thing} {after}")
        else:
            thanks.append(capitalised(after))
    result.add(Section.LOGISTICS, " ".join(logistics))
    result.add(Section.ACKNOWLEDGEMENTS, " ".join(thanks))


# --------------------------------------------------------------------------- contacts


def _contact_paragraph(paragraph: Paragraph, context: Context, result: ConceptText) -> None:
    """Emails with their roles; the paragraph's other sentences are logistics."""
    others: list[str] = []
    for sentence in sentences(paragraph.text):
        if not _EMAIL.search(sentence):
            others.append(sentence)
            continue
        for match in _EMAIL.finditer(sentence):
            _contact_role(sentence, match, paragraph.line, context, result)
    result.add(Section.LOGISTICS, " ".join(others))


def _contact_role(
    sentence: str, match: re.Match[str], line: int, context: Context, result: ConceptText
) -> None:
    """The role (and name, when written) of one email address in a sentence."""
    email = match.group().rstrip(".")
    before = sentence[: match.start()]
    cc = re.search(r"\bcc\b\s*:?\s*$", before, re.IGNORECASE) is not None
    topic = _topic(fold(sentence), context)
    role = (f"In copy (cc) of {topic[1]}" if topic else "In copy (cc)") if cc else topic[0]
    name = _name_before(before)
    if not name and not cc and result.organiser and not result.contacts:
        name = result.organiser
        result.guesses.append(
            Guess(line, M_("{email} taken as the organiser's address", email=email))
        )
    result.contacts.setdefault(fold(email), ContactRole(name, role))


def _topic(folded: str, context: Context) -> tuple[str, str]:
    """(role, its short form) a contact sentence gives: queries, registration; ("", "")."""
    noun = fold(context.meeting_type).split()[-1:] or ["meeting"]
    if _QUERIES.search(folded):
        return f"Queries about the {noun[0]}", "queries"
    if _REGISTER.search(folded):
        return "Registration", "registration"
    return "", ""


def _name_before(before: str) -> str:
    """A name written just before an address: ``Jane Doe (``, ``Jane Doe, ``, ``Jane Doe at ``."""
    match = re.search(
        r"((?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}[A-ZÀ-Ý][\w'’-]+)\s*(?:\(|,|:|at|a|en)?\s*$", before
    )
    return match.group(1) if match else ""


# --------------------------------------------------------------------------- reading list


def _reference_paragraph(paragraph: Paragraph, label: str, result: ConceptText) -> None:
    """A further-reading paragraph: each linked or quoted title becomes a reference."""
    titles = [(k.text, k.web_address) for k in paragraph.links]
    if not titles:
        titles = [(q, "") for q in re.findall(r"[“\"«]([^”\"»]{3,})[”\"»]", paragraph.text)]
    if not titles:
        result.add(Section.BACKGROUND, paragraph.text)
        return
    for title, url in titles:
        described = _reference_description(paragraph.text, title, label)
        result.references.append(
            Reference(
                clipped(title.strip(), MAX_LINE_CHARS), clipped(described, MAX_LINE_CHARS), url
            )
        )


def _reference_description(text: str, title: str, label: str) -> str:
    """What the paragraph says of a reading besides its title (``see the note on …``)."""
    rest = re.sub(rf"\s*,?\s*[“\"«]?{re.escape(title)}[”\"»]?", "", text).strip(" .,:;")
    rest = re.sub(r"^(?:see|voir|vease|ver)\s+", "", rest, flags=re.IGNORECASE)
    if not rest:
        return ""
    described = capitalised(rest)
    if label and fold(label) not in _PLAIN_REFERENCE_HEADINGS:
        described += f" ({label[:1].lower()}{label[1:]})"
    return described + "."


# --------------------------------------------------------------------------- links


def _read_events_and_links(found: list[Paragraph], context: Context, result: ConceptText) -> None:
    """Linked events (``during the X``) and the names of documents linked in the text."""
    events = {fold(e.title) for e in result.linked_events}
    for paragraph in found:
        for sentence_event in _events_in(paragraph, context, result):
            if fold(sentence_event.title) not in events:
                events.add(fold(sentence_event.title))
                result.linked_events.append(sentence_event)
    titles = {fold(r.title) for r in result.references}
    for paragraph in found:
        for reference in _linked_documents(paragraph):
            if fold(reference.title) not in titles | events and not _is_event(reference, events):
                titles.add(fold(reference.title))
                result.references.append(reference)


def _is_event(reference: Reference, events: set[str]) -> bool:
    """Whether a linked name is (the start of) a linked event's title."""
    return any(fold(reference.title).startswith(e) for e in events)


def _events_in(paragraph: Paragraph, context: Context, result: ConceptText) -> list[LinkedEvent]:
    """The events a paragraph says the meeting is held during or linked to."""
    found: list[LinkedEvent] = []
    offset = 0
    for sentence in sentences(paragraph.text):
        start = paragraph.text.find(sentence, offset)
        offset = start + len(sentence)
        for cue in _EVENT_CUES.finditer(fold(sentence)):
            event = _event_at(paragraph, sentence, start, cue.end(), context, result)
            if event is not None:
                found.append(event)
    return found


def _event_at(
    paragraph: Paragraph,
    sentence: str,
    start: int,
    at: int,
    context: Context,
    result: ConceptText,
) -> LinkedEvent | None:
    """The event named at ``at`` in a sentence: a link, or a run of capitalised words."""
    link = next((k for k in paragraph.links if k.start == start + at), None)
    url = ""
    if link is not None:
        title, end, url = link.text, link.end - start, link.web_address
    else:
        title = _capitalised_run(sentence[at:])
        end = at + len(title)
        if not title:
            return None
    after = sentence[end:]
    days = day_range(after[:60], context.year)
    venue = _venue_after(after)
    if not venue and context.city:
        venue = context.city
        result.guesses.append(
            Guess(
                paragraph.line,
                M_("the linked event '{title}' taken to be in {venue}", title=title, venue=venue),
            )
        )
    first, last = days if days else (None, None)
    title, relation = clipped(capitalised(title.strip()), MAX_LINE_CHARS), sentence
    return LinkedEvent(title, first, last, clipped(relation, MAX_LINE_CHARS), venue[:200], url)


def _capitalised_run(text: str) -> str:
    """The name that opens ``text``: capitalised words (and small words between them)."""
    small = {"on", "of", "and", "for", "the", "de", "la", "des", "du", "del", "y", "et", "sur"}
    words: list[str] = []
    for word in text.split():
        bare = word.strip(",.;:()")
        if bare != word and words and (bare[:1].isupper() or bare[:1].isdigit()):
            words.append(bare)
            break
        if bare[:1].isupper() or bare[:1].isdigit() or (words and bare in small):
            words.append(bare)
        else:
            break
    while words and words[-1] in small:
        words.pop()
    capitals = [w for w in words if w[:1].isupper()]
    return " ".join(words) if len(capitals) >= 2 else ""


def _venue_after(after: str) -> str:
    """The place in ``(Geneva, 27-29 November)`` right after an event's name."""
    match = re.match(r"\s*\(([^),]+),", after)
    return match.group(1).strip() if match and not any(c.isdigit() for c in match.group(1)) else ""


def _linked_documents(paragraph: Paragraph) -> list[Reference]:
    """Links whose text is a document's name (most words capitalised), with its acronym."""
    found: list[Reference] = []
    for link in paragraph.links:
        words = [w for w in link.text.split() if len(w) > 3]
        capitals = [w for w in words if w[:1].isupper()]
        if len(words) < 2 or len(capitals) * 4 < len(words) * 3:
            continue
        acronym = re.match(r"\s*(\([A-Z][A-Za-z]{1,9}\))", paragraph.text[link.end :])
        title = link.text + (f" {acronym.group(1)}" if acronym else "")
        found.append(
            Reference(clipped(title, MAX_LINE_CHARS), "", link.web_address[:MAX_LINE_CHARS])
        )
    return found


# --------------------------------------------------------------------------- title, language


def _short_title(title: str, text: str) -> str:
    """The title with a phrase the text abbreviates replaced by its acronym, or empty."""
    short = title
    for phrase, acronym in acronyms(text).items():
        short = re.sub(re.escape(phrase), acronym, short, flags=re.IGNORECASE)
    return short if short != title else ""


def _language(text: str) -> str:
    """The language most of the text's common small words belong to (English by default)."""
    words = re.findall(r"\w+", text.lower())
    counts = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] > counts["en"] else "en"
