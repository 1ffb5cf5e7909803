"""The catalogue's CSV files on disk: the export written, the import read (Qt-free).

They run on the runner's worker thread with the rest of the operation, so the GUI thread
never waits on the disk either (a network share can be slow).
"""

from __future__ import annotations

import os

from sqlalchemy.orm import Session

from backoffice.services.catalog.csv_export import export_products_csv
from backoffice.services.catalog.csv_import import ImportPreview, preview_import
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Staff, read_only


@read_only
def export_products_file(session: Session, actor: Staff, query: ListQuery, path: str) -> int:
    """Writes the CSV next to ``path`` then renames it: a failed export leaves no half file.

    The number of products written."""
    partial = path + ".part"
    try:
        with open(partial, "wb") as stream:
            count = export_products_csv(session, actor, query, stream)
        os.replace(partial, path)
    finally:
        if os.path.exists(partial):
            os.remove(partial)
    return count


@read_only
def preview_import_file(session: Session, actor: Staff, path: str) -> ImportPreview:
    """What importing the file at ``path`` would do (nothing written)."""
    with open(path, "rb") as stream:
        return preview_import(session, actor, stream)


__all__ = ["export_products_file", "preview_import_file"]
