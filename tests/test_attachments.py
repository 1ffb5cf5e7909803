"""The attachments' file store: hostile names never reach the file system, paths outside the
root are refused, executables are never opened (by name, double extension or content)."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from backoffice.services.attachments import (
    AttachmentRefused,
    AttachmentRoot,
    display_name,
    is_executable_name,
    open_policy,
    read,
    resolve,
    sniff,
    store,
    url_for,
)
from backoffice.services.errors import ValidationError

HOSTILE_NAMES = [
    "../../etc/passwd",
    "..\\..\\Windows\\System32\\drivers\\etc\\hosts",
    "/etc/shadow",
    "C:\\Windows\\win.ini",
    "C:relative.txt",
    "\\\\serveur\\partage\\x.pdf",
    "CON",
    "nul.txt",
    "COM1.pdf",
    "LPT9",
    "a\x00b.pdf",
    "bell\x07\x1b[31m.txt",
    "..",
    ".",
    "",
    "x" * 300 + ".pdf",
    "é" * 300,
    "dossier/sous dossier/facture.pdf",
    "a.pdf::$DATA",
    'guillemets"<>|?*.txt',
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_names_are_stored_inside_the_root_under_a_generated_name(
    tmp_path: Path, name: str
) -> None:
    root_dir = tmp_path / "share"
    root_dir.mkdir()
    root = AttachmentRoot(folder=str(root_dir))
    stored = store(root, name, b"contenu", limit_mo=10)
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(written) == 1
    assert root_dir.resolve() in written[0].resolve().parents
    assert written[0].read_bytes() == b"contenu"
    assert stored.chemin_fichier == written[0].relative_to(root_dir).as_posix()
    assert stored.chemin_fichier.startswith("pieces-jointes/")
    # The generated name: 32 hex digits and a short alphanumeric extension.
    stem, _, ext = written[0].name.partition(".")
    assert len(stem) == 32 and ext.isalnum() and len(ext) <= 10
    # The name kept for display: no directory, control character or NUL, 255 at most.
    kept = stored.nom_fichier
    assert kept and len(kept) <= 255
    assert not any(ch in kept for ch in '/\\\x00\x07\x1b:<>|?*"')
    assert kept.split(".")[0].lower() not in {"con", "nul", "com1", "lpt9"}
    assert read(root, stored.chemin_fichier, limit_mo=10) == b"contenu"


def test_display_name_keeps_what_is_harmless() -> None:
    assert display_name("Facture été 2026.pdf") == "Facture été 2026.pdf"
    assert display_name("../../etc/passwd") == "passwd"
    assert display_name("CON.txt") == "_CON.txt"
    assert display_name("x" * 300 + ".pdf").endswith(".pdf")
    assert len(display_name("x" * 300 + ".pdf")) == 255


@pytest.mark.parametrize(
    "chemin",
    [
        "../../etc/passwd",
        "pieces-jointes/../../etc/passwd",
        "/etc/passwd",
        "C:\\Windows\\win.ini",
        "..\\..\\secret.txt",
        "pieces-jointes/a\x00.pdf",
        "",
        "a/b:c",
    ],
)
def test_a_path_outside_the_root_is_refused(tmp_path: Path, chemin: str) -> None:
    root = AttachmentRoot(folder=str(tmp_path))
    with pytest.raises(AttachmentRefused):
        resolve(root, chemin)
    with pytest.raises(AttachmentRefused):
        read(root, chemin, limit_mo=10)


def test_a_symbolic_link_out_of_the_root_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    share = tmp_path / "share"
    share.mkdir()
    os.symlink(outside, share / "lien.txt")
    with pytest.raises(AttachmentRefused):
        read(AttachmentRoot(folder=str(share)), "lien.txt", limit_mo=10)


def test_size_limit(tmp_path: Path) -> None:
    root = AttachmentRoot(folder=str(tmp_path))
    with pytest.raises(ValidationError) as caught:
        store(root, "gros.pdf", b"0" * (2 * 1024 * 1024 + 1), limit_mo=2)
    assert "2 Mo" in caught.value.errors["fichier"]
    assert list(tmp_path.rglob("*")) == []
    store(root, "juste.pdf", b"0" * (2 * 1024 * 1024), limit_mo=2)


def test_a_base_url_is_read_only() -> None:
    root = AttachmentRoot.parse("https://boutique.example/uploads/")
    assert root.base_url and not root.can_upload
    with pytest.raises(AttachmentRefused):
        store(root, "a.pdf", b"%PDF-", limit_mo=10)
    assert (
        url_for(root, "2026/12/é t.pdf")
        == "https://boutique.example/uploads/2026/12/%C3%A9%20t.pdf"
    )
    with pytest.raises(AttachmentRefused):
        url_for(root, "../../admin")


@pytest.mark.parametrize(
    "name",
    [
        "setup.exe",
        "run.bat",
        "run.cmd",
        "script.ps1",
        "a.js",
        "a.vbs",
        "page.hta",
        "raccourci.lnk",
        "lanceur.desktop",
        "install.sh",
        "Programme.app",
        "outil.jar",
        "facture.pdf.exe",
        "FACTURE.PDF.EXE",
        "facture.exe.",
        "facture.exe ",
        "facture.exe::$DATA",
        "facture\u202efdp.exe",
        "photo\u202egpj.js",
    ],
)
def test_executable_names_are_never_opened(name: str) -> None:
    assert is_executable_name(name)
    assert open_policy(name, b"%PDF-1.4") == "dangerous"


@pytest.mark.parametrize(
    "content",
    [
        b"MZ\x90\x00\x03",  # Windows PE
        b"\x7fELF\x02\x01",  # Linux ELF
        b"\xcf\xfa\xed\xfe\x07",  # Mach-O 64
        b"\xca\xfe\xba\xbe\x00",  # fat binary / Java class
        b"#!/bin/sh\nrm -rf ~\n",  # a script
        b"L\x00\x00\x00\x01\x14\x02\x00\x00",  # Windows shortcut
    ],
)
def test_executable_content_is_never_opened_whatever_its_name(content: bytes) -> None:
    assert sniff(content) == "executable"
    for name in ("facture.pdf", "photo.jpg", "notes.txt"):
        assert open_policy(name, content) == "dangerous"


def test_a_java_archive_is_an_executable_a_zip_is_not() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("META-INF/MANIFEST.MF", "Main-Class: X\n")
    jar = buffer.getvalue()
    assert open_policy("documents.zip", jar[:4096], jar) == "dangerous"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("lisez-moi.txt", "bonjour")
    plain = buffer.getvalue()
    assert open_policy("documents.zip", plain[:4096], plain) == "save"


def test_images_and_pdfs_preview_by_content_only() -> None:
    assert open_policy("scan.pdf", b"%PDF-1.7\n") == "pdf"
    assert open_policy("photo.png", b"\x89PNG\r\n\x1a\n....") == "image"
    assert open_policy("photo.jpeg", b"\xff\xd8\xff\xe0") == "image"
    assert open_policy("photo.png", b"<html><script>") == "save"  # a name is not a content
    assert open_policy("lettre.docx", b"PK\x03\x04") == "save"
