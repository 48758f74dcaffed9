"""Briefing Pack Assembler: the core (model, meeting files, importers, checks, packs), no Qt."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Briefing Pack Assembler"


def app_version() -> str:
    """The installed version of the app (``pyproject.toml``'s), or ``dev`` from a bare tree."""
    try:
        return version("briefing-pack-assembler")
    except PackageNotFoundError:
        return "dev"
