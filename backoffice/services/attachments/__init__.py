"""Attachments (``pieces_jointes``): the safe file store and what a file may be trusted with.

``store`` writes under generated names inside the root, ``read``/``resolve`` refuse a
``chemin_fichier`` outside it, ``names`` says what a file is and whether it may be
previewed (never executed). Qt-free.
"""

from backoffice.services.attachments.names import (
    display_name,
    is_executable_name,
    open_policy,
    safe_extension,
    sniff,
)
from backoffice.services.attachments.store import (
    AttachmentRefused,
    AttachmentRoot,
    StoredFile,
    check_size,
    file_size,
    no_folder_message,
    read,
    relative_parts,
    remove,
    resolve,
    size_limit_bytes,
    store,
    url_for,
)

__all__ = [
    "AttachmentRefused",
    "AttachmentRoot",
    "StoredFile",
    "check_size",
    "display_name",
    "file_size",
    "is_executable_name",
    "no_folder_message",
    "open_policy",
    "read",
    "relative_parts",
    "remove",
    "resolve",
    "safe_extension",
    "size_limit_bytes",
    "sniff",
    "store",
    "url_for",
]
