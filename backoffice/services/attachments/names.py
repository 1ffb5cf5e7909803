"""What a customer's file name and content may be trusted with: nothing.

* :func:`display_name` — the original name made harmless for ``nom_fichier`` and as the
  suggested name of a « Enregistrer sous… » (no directory, no control character, no NUL,
  no reserved Windows name, 255 characters at most, its extension kept);
* :func:`is_executable_name` — a name that runs something when opened (``.exe``, ``.js``,
  ``.lnk``…), including double extensions (``facture.pdf.exe``), Windows' trailing dots
  and spaces (``facture.exe.``), alternate data streams (``a.exe::$DATA``) and
  right-to-left overrides that disguise an extension;
* :func:`sniff` — what the first bytes say the file is (``"image"``, ``"pdf"``,
  ``"executable"`` or ``None``), whatever its name;
* :func:`open_policy` — what the app may do with a file: preview an image or a PDF inside
  the app, or only save it (with a warning for an executable). Nothing is ever handed to
  the operating system to open.

Qt-free.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from typing import Literal

MAX_NAME = 255
# Extensions that run code when a desktop opens the file (Windows, macOS, Linux).
EXECUTABLE_EXTENSIONS = frozenset(
    {
        "exe", "com", "bat", "cmd", "ps1", "psm1", "psd1", "vbs", "vbe", "js", "jse", "wsf",
        "wsh", "hta", "msi", "msp", "scr", "pif", "cpl", "lnk", "url", "reg", "inf", "dll",
        "sys", "jar", "app", "command", "desktop", "sh", "bash", "zsh", "csh", "run", "bin",
        "elf", "py", "pyw", "pl", "rb", "php", "apk", "appimage", "deb", "rpm", "dmg", "pkg",
        "gadget", "application", "scf", "xll", "iso", "img", "vhd", "vhdx", "chm", "library-ms",
        "settingcontent-ms", "mst", "ws", "action", "workflow", "xbap", "xpi",
    }
)  # fmt: skip
# Windows refuses these as file names, with any extension (« CON.txt » is the console).
RESERVED_WINDOWS = frozenset(
    {"con", "prn", "aux", "nul", "clock$", "conin$", "conout$"}
    | {f"com{i}" for i in "123456789¹²³"}
    | {f"lpt{i}" for i in "123456789¹²³"}
)
# Bidirectional controls: « facture\u202efdp.exe » shows as « facture exe.pdf ».
_BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
_UNSAFE_CHARS = re.compile(r'[<>:"/\\|?*]')

Kind = Literal["image", "pdf", "executable"]
Policy = Literal["image", "pdf", "save", "dangerous"]


def _strip_controls(text: str) -> str:
    return "".join(
        ch for ch in text if ch not in _BIDI and unicodedata.category(ch) not in ("Cc", "Cf")
    )


def base_name(name: str) -> str:
    """The last component of ``name`` whatever the separators (``/``, ``\\``), without a
    drive letter or an alternate data stream."""
    name = name.replace("\x00", "")
    name = re.split(r"[/\\]", name)[-1]
    if re.match(r"^[A-Za-z]:", name):
        name = name[2:]
    return name.split(":", 1)[0]


def _windows_trimmed(name: str) -> str:
    # Windows drops trailing dots and spaces: « facture.exe. » is « facture.exe ».
    return name.rstrip(" .")


def extensions(name: str) -> list[str]:
    """Every extension of ``name``, lowercase, last one last (``a.PDF.exe`` → pdf, exe)."""
    cleaned = _windows_trimmed(_strip_controls(base_name(name)))
    parts = cleaned.split(".")
    return [p.strip().lower() for p in parts[1:] if p.strip()]


def is_executable_name(name: str) -> bool:
    """Whether opening a file of this name could run something (see the module doc)."""
    if any(ch in _BIDI for ch in name):
        return True  # a disguised extension is a lie: treat the file as hostile
    exts = extensions(name)
    return bool(exts) and exts[-1] in EXECUTABLE_EXTENSIONS


def display_name(name: str) -> str:
    """``name`` made harmless to store in ``nom_fichier`` and to suggest when saving."""
    cleaned = _windows_trimmed(_strip_controls(base_name(unicodedata.normalize("NFC", name))))
    cleaned = _UNSAFE_CHARS.sub("_", cleaned).strip()
    if cleaned in ("", ".", ".."):
        cleaned = "fichier"
    stem, dot, ext = cleaned.rpartition(".")
    if not dot:
        stem, ext = cleaned, ""
    if stem.split(".")[0].lower() in RESERVED_WINDOWS or cleaned.lower() in RESERVED_WINDOWS:
        cleaned = "_" + cleaned
        stem = "_" + stem if dot else cleaned
    if len(cleaned) > MAX_NAME:
        ext = ext[:20]
        keep = MAX_NAME - (len(ext) + 1 if dot else 0)
        cleaned = (stem if dot else cleaned)[:keep] + ("." + ext if dot else "")
    return cleaned


def safe_extension(name: str) -> str:
    """The extension the stored copy gets: the original's when short, alphanumeric and not
    executable; ``bin`` otherwise (the share's own users never double-click a program)."""
    exts = extensions(name)
    ext = exts[-1] if exts else ""
    if not re.fullmatch(r"[a-z0-9]{1,10}", ext) or ext in EXECUTABLE_EXTENSIONS:
        return "bin"
    return ext


def sniff(head: bytes, data: bytes | None = None) -> Kind | None:
    """What the content is, from its first bytes (``data``: the whole file, to look inside
    a zip for a Java archive)."""
    if head.startswith((b"MZ", b"\x7fELF", b"#!")):
        return "executable"
    macho = (b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe")
    if head.startswith((*macho, b"\xca\xfe\xba\xbe")):  # Mach-O, fat binaries, Java classes
        return "executable"
    if head.startswith(b"L\x00\x00\x00\x01\x14\x02\x00"):  # a Windows shortcut (.lnk)
        return "executable"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")):
        return "image"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image"
    if head.startswith(b"PK\x03\x04") and data is not None and _is_java_archive(data):
        return "executable"
    return None


def _is_java_archive(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return False
    return any(n.upper() == "META-INF/MANIFEST.MF" or n.endswith(".class") for n in names)


def open_policy(name: str, head: bytes, data: bytes | None = None) -> Policy:
    """What the app may do with the file ``name`` whose content starts with ``head``:
    ``"dangerous"`` (an executable by name or content: save-as only, with a warning),
    ``"image"`` / ``"pdf"`` (previewed inside the app, by content — never by name alone),
    ``"save"`` (anything else: saved, never opened)."""
    kind = sniff(head, data)
    if kind == "executable" or is_executable_name(name):
        return "dangerous"
    if kind == "image":
        return "image"
    if kind == "pdf":
        return "pdf"
    return "save"


__all__ = [
    "EXECUTABLE_EXTENSIONS",
    "RESERVED_WINDOWS",
    "base_name",
    "display_name",
    "extensions",
    "is_executable_name",
    "open_policy",
    "safe_extension",
    "sniff",
]
