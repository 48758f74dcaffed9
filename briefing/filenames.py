"""File names the app writes: safe on Windows, macOS and Linux alike."""

from __future__ import annotations

import unicodedata

# Forbidden on Windows (and "/" everywhere); control characters are never kept.
_FORBIDDEN = set('<>:"/\\|?*')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


def safe_filename(text: str, max_length: int = 120, fallback: str = "file") -> str:
    """Turn any text into a file name every OS accepts, keeping letters of any script.

    Forbidden characters become spaces, runs of spaces collapse, trailing dots and spaces go
    (Windows drops them), reserved device names get an underscore, and the name is cut to
    ``max_length`` characters without splitting a word where possible.
    """
    text = unicodedata.normalize("NFC", text)
    chars = [" " if (c in _FORBIDDEN or unicodedata.category(c)[0] == "C") else c for c in text]
    name = " ".join("".join(chars).split()).strip(" .")
    if len(name) > max_length:
        cut = name[:max_length]
        name = (cut.rsplit(" ", 1)[0] if " " in cut[max_length // 2 :] else cut).strip(" .")
    if not name:
        name = fallback
    stem = name.split(".", 1)[0].upper()
    if stem in _RESERVED:
        name = f"_{name}"
    return name
