"""Where an entry takes place, as programmes write it: ``Room XX``, ``Salle 5, Palais``,
``(Room A) Opening session``, ``Opening session (Plenary: Hotel X, level 2)``, ``Venue: …``."""

from __future__ import annotations

import re

from briefing.validation import fold

# Words that name a room (folded); a place naming one of them once is a room.
_ROOM_WORDS = (
    r"room|rooms|salle|salles|sala|salas|auditorium|auditorio|hall|hemicycle|amphitheatre|"
    r"amphitheater|amphi|aula|chamber|pavilion|pavillon"
)
# Words that name a place only with a number beside them: "Hotel X, level 2", "4th floor".
_PLACE_WORDS = r"level|floor|etage|piso|planta|hotel|building|batiment|edificio|wing|aile|ala"
_ROOM_WORD = re.compile(rf"\b(?:{_ROOM_WORDS})\b")
_PLACE_WORD = re.compile(rf"\b(?:{_PLACE_WORDS})\b")
_OPENS_WITH_ROOM = re.compile(
    rf"^(?:(?:conference|meeting|press|main|banquet|plenary|assembly|council)\s+)?(?:{_ROOM_WORDS})\b"
)
_VENUE_LABEL = re.compile(r"^(?:venue|location|place|lieu|lugar|room|salle|sala)\s*:\s*", re.I)
# A comma part that says something else than where: "Interpretation FR/EN".
_NOT_PLACE = re.compile(r"\b(?:interpretation|interpretacion|webcast|online|en ligne|en linea)\b")
_MAX_WORDS = 8
_LEADING = re.compile(r"^\s*[(\[]([^()\[\]]{2,80})[)\]]\s*")
_TRAILING = re.compile(r"\s*(?:[(\[]([^()\[\]]{2,80})[)\]]|\s[–—|-]\s+([^–—|()]{2,60}))\s*$")


def room_of(text: str, labelled: bool = False) -> str:
    """The room a piece of text names on its own (``Room XX``, ``(Salle de conférence 2)``,
    ``Venue: Palais Wilson``, ``Council of Europe Hemicycle``); empty when it names none.
    ``labelled``: a label may come first (``Plenary: Hotel X, level 2`` in brackets)."""
    text = text.strip()
    if text[:1] in "([" and text[-1:] in ")]":
        text = text[1:-1].strip()
    venue = _VENUE_LABEL.match(text)
    if venue is not None:
        place = text[venue.end() :].strip(" .;")
        return place if 0 < len(place) <= 80 else ""
    if labelled:
        text = re.sub(r"^[\w ]{2,20}:\s*", "", text)  # "Plenary: Radisson Blu Plaza Hotel"
    elif ":" in text:
        return ""
    parts = [p.strip() for p in text.split(",") if p.strip() and not _NOT_PLACE.search(fold(p))]
    place = ", ".join(parts).strip(" .;")
    folded = fold(place)
    if not place or ";" in place or len(place.split()) > _MAX_WORDS:
        return ""
    words = _ROOM_WORD.findall(folded)
    if any(c.isdigit() for c in folded):
        words += _PLACE_WORD.findall(folded)
    if not words or len(words) != len(set(words)):  # "Room A, … Room B-1": several rooms
        return ""
    opens = _OPENS_WITH_ROOM.match(folded) is not None
    first_names_it = set(words) & set(re.findall(r"\w+", fold(parts[0])))
    return place if opens or first_names_it or len(parts) == 1 else ""


def title_and_room(title: str) -> tuple[str, str]:
    """A title less the room that opens or ends it (``(Room A) Opening``, ``Lunch – Salle 3``)."""
    leading = _LEADING.match(title)
    if leading is not None and room_of(leading.group(1)):
        return title[leading.end() :].strip(), room_of(leading.group(1))
    trailing = _TRAILING.search(title)
    if trailing is None:
        return title, ""
    room = room_of(trailing.group(1) or trailing.group(2) or "", labelled=True)
    return (title[: trailing.start()].rstrip(), room) if room else (title, "")
