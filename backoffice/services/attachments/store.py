"""The attachments' file store, shared with the website: a folder (a network share's mount)
or, read-only, a web address — the same pattern as the product media base.

A file is written under a **generated** name inside the root
(``pieces-jointes/2026/12/<32 hex>.<safe extension>``): what the customer or an agent
called it never reaches the file system (``nom_fichier`` keeps it, made harmless by
:func:`~.names.display_name`), so no name — ``..``, an absolute path, a drive letter,
``CON``, a NUL byte, 300 characters — can write outside the root or collide. Reading a
``chemin_fichier`` (written by anyone: the website, psql) resolves it and refuses any path
that would leave the root (``../../etc/passwd``, an absolute path, a symbolic link out of
it). Files bigger than the shop's limit (``taille_max_piece_jointe_mo``, 10 Mo by default)
are refused before anything is written.

Qt-free; runs on the worker threads (a share can be slow).
"""

from __future__ import annotations

import contextlib
import os
import posixpath
import re
import secrets
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.attachments.names import display_name, safe_extension
from backoffice.services.errors import ServiceError, ValidationError

SUBFOLDER = "pieces-jointes"
URL_TIMEOUT_S = 10
HEAD_BYTES = 4096


class AttachmentRefused(ServiceError):
    """A ``chemin_fichier`` outside the root, a store without a folder, a file too big."""


@dataclass(frozen=True)
class StoredFile:
    nom_fichier: str  # the original name, made harmless
    chemin_fichier: str  # relative to the root, with "/" separators
    size: int


@dataclass(frozen=True)
class AttachmentRoot:
    """Where attachments live: ``folder`` (read and write) or ``base_url`` (read-only)."""

    folder: str = ""
    base_url: str = ""

    @classmethod
    def parse(cls, text: str) -> AttachmentRoot:
        """A preference's text: ``http(s)://…`` is a base URL, anything else a folder."""
        text = (text or "").strip()
        if re.match(r"^https?://", text, re.IGNORECASE):
            return cls(base_url=text)
        return cls(folder=text)

    @property
    def can_upload(self) -> bool:
        return bool(self.folder)

    @property
    def configured(self) -> bool:
        return bool(self.folder or self.base_url)


def size_limit_bytes(limit_mo: int) -> int:
    return max(0, int(limit_mo)) * 1024 * 1024


def check_size(size: int, limit_mo: int) -> None:
    """Raises ``ValidationError`` (field ``fichier``) above the shop's limit."""
    if size > size_limit_bytes(limit_mo):
        raise ValidationError(
            {
                "fichier": QT_TRANSLATE_NOOP(
                    "attachments", "Ce fichier dépasse la taille maximale de {limit} Mo."
                ).format(limit=limit_mo)
            }
        )


def _refused() -> AttachmentRefused:
    return AttachmentRefused(
        QT_TRANSLATE_NOOP(
            "attachments",
            "Le chemin de cette pièce jointe sort du dossier des pièces jointes : "
            "elle n'est pas ouverte.",
        )
    )


def relative_parts(chemin_fichier: str) -> list[str]:
    """The components of a stored relative path; raises :class:`AttachmentRefused` for an
    absolute path, a drive letter, a UNC path, ``..``, NUL or control characters."""
    text = chemin_fichier or ""
    if not text or any(ord(ch) < 32 for ch in text):
        raise _refused()
    normalized = text.replace("\\", "/")
    if normalized.startswith("/") or re.match(r"^[A-Za-z]:", normalized):
        raise _refused()
    parts = [p for p in normalized.split("/") if p not in ("", ".")]
    if not parts or any(p == ".." or ":" in p for p in parts):
        raise _refused()
    return parts


def resolve(root: AttachmentRoot, chemin_fichier: str) -> Path:
    """The file of ``chemin_fichier`` inside the root folder, or :class:`AttachmentRefused`
    if it is not inside it (symbolic links followed before the check)."""
    if not root.folder:
        raise AttachmentRefused(no_folder_message())
    base = Path(root.folder).resolve()
    target = base.joinpath(*relative_parts(chemin_fichier)).resolve()
    if target != base and base not in target.parents:
        raise _refused()
    return target


def url_for(root: AttachmentRoot, chemin_fichier: str) -> str:
    """The web address of ``chemin_fichier`` under the base URL (each part quoted)."""
    parts = relative_parts(chemin_fichier)
    base = root.base_url if root.base_url.endswith("/") else root.base_url + "/"
    return base + "/".join(urllib.parse.quote(p, safe="") for p in parts)


def no_folder_message() -> str:
    return QT_TRANSLATE_NOOP(
        "attachments",
        "Les pièces jointes sont lues depuis une adresse web, en lecture seule : "
        "choisissez un dossier des pièces jointes dans les préférences pour en ajouter.",
    )


def store(
    root: AttachmentRoot,
    original_name: str,
    data: bytes,
    *,
    limit_mo: int,
    now: datetime | None = None,
) -> StoredFile:
    """Writes ``data`` under a generated name inside the root folder (never overwriting
    anything: exclusive create) and gives what the ``pieces_jointes`` row holds."""
    if not root.can_upload:
        raise AttachmentRefused(no_folder_message())
    check_size(len(data), limit_mo)
    when = (now or datetime.now(UTC)).astimezone(UTC)
    name = f"{secrets.token_hex(16)}.{safe_extension(original_name)}"
    relative = posixpath.join(SUBFOLDER, f"{when:%Y}", f"{when:%m}", name)
    target = resolve(root, relative)
    target.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(target, flags, 0o640)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return StoredFile(display_name(original_name), relative, len(data))


def remove(root: AttachmentRoot, chemin_fichier: str) -> None:
    """Deletes a file this desk just stored (its transaction failed): never a file the
    root does not contain."""
    with contextlib.suppress(AttachmentRefused, OSError):
        resolve(root, chemin_fichier).unlink(missing_ok=True)


def read(root: AttachmentRoot, chemin_fichier: str, *, limit_mo: int) -> bytes:
    """The content of a stored file, from the folder or the base URL; refuses a path out
    of the root and a file above the limit (read no further than it)."""
    limit = size_limit_bytes(limit_mo) + 1
    if root.folder:
        path = resolve(root, chemin_fichier)
        with open(path, "rb") as stream:
            data = stream.read(limit)
    elif root.base_url:
        url = url_for(root, chemin_fichier)
        if not re.match(r"^https?://", url, re.IGNORECASE):
            raise _refused()
        # http(s) only, checked above (AttachmentRoot.parse makes no other base URL).
        request = urllib.request.Request(url, headers={"User-Agent": "Back-office"})  # noqa: S310
        with urllib.request.urlopen(request, timeout=URL_TIMEOUT_S) as response:  # noqa: S310
            data = response.read(limit)
    else:
        raise AttachmentRefused(
            QT_TRANSLATE_NOOP(
                "attachments",
                "Aucun dossier ni adresse des pièces jointes n'est choisi dans les préférences.",
            )
        )
    check_size(len(data), limit_mo)
    return data


def file_size(root: AttachmentRoot, chemin_fichier: str) -> int | None:
    """The stored file's size in bytes (folder only; ``None`` when unknown or refused)."""
    if not root.folder:
        return None
    try:
        return resolve(root, chemin_fichier).stat().st_size
    except (AttachmentRefused, OSError):
        return None


__all__ = [
    "AttachmentRefused",
    "AttachmentRoot",
    "StoredFile",
    "check_size",
    "file_size",
    "no_folder_message",
    "read",
    "relative_parts",
    "remove",
    "resolve",
    "size_limit_bytes",
    "store",
    "url_for",
]
