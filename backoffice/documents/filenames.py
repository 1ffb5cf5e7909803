"""Safe file names for saving documents: ``safe_filename("FA-2026-000123 Dupont/S&P")``.

A name comes from data (an invoice number, a customer's name): it must never leave the
chosen folder (``../``, ``/``, ``\\``), hit a name Windows reserves (``CON``, ``NUL``,
``COM1``…), contain what Windows, macOS or Linux refuse (``<>:"/\\|?*``, control
characters), end with a dot or a space (Windows drops them), or be too long for a path.
Accents and spaces are kept: every platform stores them.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

MAX_STEM = 120  # characters: leaves room for the folder within Windows' 260
FALLBACK = "document"
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f]')
_SPACES = re.compile(r"\s+")
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(10)),
    *(f"LPT{i}" for i in range(10)),
    "CONIN$",
    "CONOUT$",
}


def safe_stem(text: object) -> str:
    """``text`` as a file name without extension, safe on every platform."""
    stem = unicodedata.normalize("NFC", str(text or ""))
    stem = _FORBIDDEN.sub("_", stem)
    stem = _SPACES.sub(" ", stem).strip()
    stem = stem.lstrip(".").rstrip(". ")  # no hidden file, no trailing dot or space
    stem = stem[:MAX_STEM].rstrip(". ")
    if not stem or set(stem) <= {"_", " "}:
        return FALLBACK
    if stem.split(".")[0].strip().upper() in _RESERVED:
        stem = f"_{stem}"
    return stem


def safe_filename(text: object, extension: str = ".pdf") -> str:
    """``safe_stem(text)`` plus ``extension`` (``".pdf"``)."""
    return safe_stem(text) + extension


def unique_path(folder: Path, file_name: str) -> Path:
    """``folder / file_name``, or ``name (2).pdf``, ``name (3).pdf``… when it exists
    (saving one file per document into a folder never overwrites one)."""
    candidate = folder / file_name
    stem, suffix = Path(file_name).stem, Path(file_name).suffix
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({n}){suffix}"
        n += 1
    return candidate


__all__ = ["safe_filename", "safe_stem", "unique_path"]
