"""Importers: bring meetings, people and notes in from the documents staff already have."""

from briefing.importers.agenda import AgendaImport, ImportFinding, merge_into, read_concept_note
from briefing.importers.agenda_source import ConceptNoteError

__all__ = ["AgendaImport", "ConceptNoteError", "ImportFinding", "merge_into", "read_concept_note"]
