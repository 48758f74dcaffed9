"""Concept-note import: every field of the meeting from the sample's concept note, and the rules
behind them (headings in English, French and Spanish, organiser, thanks, links, guesses)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from briefing.importers import read_concept_note
from briefing.model import AgendaItem, ItemKind, Meeting
from briefing.sample import RESOURCES, sample_meeting

NOTE = RESOURCES / "sample" / "concept-note.txt"
# Fields the note cannot give: the sample's bios are PLACEHOLDER stand-ins (the note has none);
# the sample holds no notes or packs (checked below, so a sample that gains some fails here).
_NOT_IN_NOTE = ("people", "agenda")


def _imported() -> Meeting:
    return read_concept_note(NOTE.read_bytes(), "concept-note.txt").meeting


def _item_view(meeting: Meeting, item: AgendaItem) -> tuple[object, ...]:
    """An item by content: its people by name, not by id."""
    order = [(s.label, meeting.person(s.person_id).name if s.person_id else "", s.speaker)
             for s in item.running_order]  # fmt: skip
    people = [(meeting.person(p.person_id).name, p.role) for p in item.participants]
    fields = dataclasses.replace(item, id="item", participants=(), running_order=())
    return fields, people, order


def test_every_meeting_field_equals_the_sample() -> None:
    imported, sample = _imported(), sample_meeting()
    assert sample.notes == () and sample.packs == ()
    for f in dataclasses.fields(Meeting):
        if f.name not in _NOT_IN_NOTE:
            assert getattr(imported, f.name) == getattr(sample, f.name), f.name
    assert len(imported.linked_events) == 2 and len(imported.references) >= 1


def test_agenda_and_people_equal_the_sample_by_content_bios_aside() -> None:
    imported, sample = _imported(), sample_meeting()
    assert [_item_view(imported, i) for i in imported.agenda] == [
        _item_view(sample, i) for i in sample.agenda
    ]
    assert all(p.bio == "" for p in imported.people)
    assert all(p.bio.startswith("PLACEHOLDER:") for p in sample.people)
    without_bio = [dataclasses.replace(p, bio="") for p in sample.people]
    assert list(imported.people) == without_bio


def test_guesses_are_marked_unsure() -> None:
    findings = read_concept_note(NOTE.read_bytes(), "concept-note.txt").findings
    assert findings and all(f.unsure and f.severity == "warning" for f in findings)
    said = " ".join(f.message for f in findings)
    assert "organiser" in said and "wg-business@ohchr.org" in said and "Geneva" in said


FRENCH = """Atelier régional sur la protection sociale
Atelier
Mardi 3 mars 2020
Palais des Nations, Salle XVII
Genève, Suisse

Contexte : La protection sociale est un droit. Ce texte présente le contexte de l'atelier.

Objectifs
L'atelier vise à partager les pratiques des États.
Il aura lieu en marge de la [43e session du Conseil des droits de l'homme](https://www.ohchr.org/hrc43) (Genève, 24 février-20 mars 2020).

Organisé par le Haut-Commissariat aux droits de l'homme et l'OIT.

Programme
10:00-10:30 Ouverture
Mme Claire Martin, OIT

Informations pratiques : L'interprétation sera assurée en anglais et en français.

Pour en savoir plus : [Rapport du Secrétaire général sur la protection sociale](https://undocs.org/A/75/1)

Contact : Marie Dubois (marie.dubois@example.org) pour toute question.

Café offert avec nos remerciements à la Mission permanente de la Suisse.
"""


def test_french_note_sections() -> None:
    result = read_concept_note(FRENCH.encode(), "note.txt")
    meeting = result.meeting
    assert meeting.language == "fr"
    assert meeting.background.startswith("La protection sociale est un droit.")
    assert meeting.aims.startswith("L'atelier vise")
    assert meeting.organiser == "le Haut-Commissariat aux droits de l'homme et l'OIT"
    assert meeting.logistics.startswith("L'interprétation sera assurée")
    assert meeting.logistics.endswith("\n\nCafé offert.")
    assert meeting.acknowledgements == (
        "Café avec nos remerciements à la Mission permanente de la Suisse."
    )
    (event,) = meeting.linked_events
    assert event.title == "43e session du Conseil des droits de l'homme"
    assert (event.venue, event.first_date) == ("Genève", dt.date(2020, 2, 24))
    assert event.url == "https://www.ohchr.org/hrc43"  # its link target is kept
    (reference,) = meeting.references
    assert reference.title == "Rapport du Secrétaire général sur la protection sociale"
    assert reference.url == "https://undocs.org/A/75/1"
    (contact,) = meeting.contacts
    assert (contact.name, contact.email) == ("Marie Dubois", "marie.dubois@example.org")
    assert not any(f.unsure for f in result.findings)


SPANISH = """Taller sobre datos abiertos
Antecedentes: La CEPAL organiza este taller.
Objetivos: Compartir experiencias.
Logística: Se ofrecerá interpretación simultánea.
Agradecimientos: Con el apoyo del Gobierno de Chile.
Programa
09:00-09:30 Registro de participantes
09:30-11:00 Panel de apertura
Moderadora: Lucía Pérez, CEPAL
"""


def test_spanish_note_sections_and_kinds() -> None:
    meeting = read_concept_note(SPANISH.encode(), "nota.txt").meeting
    assert meeting.language == "es"
    assert meeting.background == "La CEPAL organiza este taller."
    assert meeting.aims == "Compartir experiencias."
    assert meeting.logistics == "Se ofrecerá interpretación simultánea."
    assert meeting.acknowledgements == "Con el apoyo del Gobierno de Chile."
    assert [i.kind for i in meeting.agenda] == [ItemKind.REGISTRATION, ItemKind.SESSION]


def test_no_organiser_line_means_no_organiser_and_no_guess() -> None:
    text = "Consultation on water\nBackground: Water matters.\nAgenda\n10:00-11:00 Opening\n"
    result = read_concept_note(text.encode(), "note.txt")
    assert result.meeting.organiser == ""
    assert not any(f.unsure for f in result.findings)


def test_a_linked_events_link_that_is_no_web_address_is_left_out() -> None:
    text = FRENCH.replace("https://www.ohchr.org/hrc43", "javascript:alert(1)")
    (event,) = read_concept_note(text.encode(), "note.md").meeting.linked_events
    assert event.title == "43e session du Conseil des droits de l'homme" and event.url == ""
