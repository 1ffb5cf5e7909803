"""The products of the list, as it is searched, filtered and sorted, to a CSV file
(format: :mod:`.csv_format`)."""

from __future__ import annotations

import csv
import io
from typing import IO, Any

from sqlalchemy.orm import Session

from backoffice.models import Categorie, Produit
from backoffice.money import money_text
from backoffice.services.catalog.csv_format import BOM, COLUMNS, DELIMITER, neutralize
from backoffice.services.catalog.listing import PRODUCTS, normalize_query
from backoffice.services.listing import ListQuery, ListSource, filtered, ordered
from backoffice.services.permissions import Permission, Staff, read_only, require

EXPORT_CHUNK = 1000


def _export_base() -> Any:
    return PRODUCTS.base().add_columns(
        Produit.description_courte.label("description_courte"),
        Categorie.slug.label("categorie_slug"),
    )


EXPORT_SOURCE = ListSource(
    base=_export_base,
    id_column=PRODUCTS.id_column,
    sortable=PRODUCTS.sortable,
    default_sort=PRODUCTS.default_sort,
    search=PRODUCTS.search,
    filters=PRODUCTS.filters,
)


def _bool_cell(value: bool | None) -> str:
    return "oui" if value else "non"


def _export_cells(row: Any) -> list[str]:
    cells = [
        row.slug,
        row.nom,
        row.categorie_slug or "",
        money_text(row.prix),
        money_text(row.prix_promo),
        str(row.stock),
        _bool_cell(row.est_actif),
        _bool_cell(row.est_featured),
        row.description_courte or "",
        row.image_url or "",
    ]
    return [neutralize(c) for c in cells]


@read_only
def export_products_csv(session: Session, actor: Staff, query: ListQuery, stream: IO[bytes]) -> int:
    """Write the products the list shows for ``query`` (its search, filters and sort; not
    its offset/limit) to the binary ``stream``; the number of products written.

    Rows are fetched :data:`EXPORT_CHUNK` at a time (a server-side cursor on PostgreSQL),
    so memory stays flat whatever the catalog size.
    """
    require(actor, Permission.CATALOG_VIEW)
    query = normalize_query(query)
    stmt = ordered(EXPORT_SOURCE, query, filtered(EXPORT_SOURCE, query))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    buffer.write(BOM)
    writer.writerow(COLUMNS)
    count = 0
    result = session.execute(stmt.execution_options(yield_per=EXPORT_CHUNK))
    for partition in result.partitions():
        for row in partition:
            writer.writerow(_export_cells(row))
            count += 1
        stream.write(buffer.getvalue().encode("utf-8"))
        buffer.seek(0)
        buffer.truncate()
    stream.write(buffer.getvalue().encode("utf-8"))
    return count


# ---------------------------------------------------------------------------------------
# Import
# ---------------------------------------------------------------------------------------


__all__ = ["EXPORT_CHUNK", "EXPORT_SOURCE", "export_products_csv"]
