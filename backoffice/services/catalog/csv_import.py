"""Products from a CSV file: a preview that writes nothing, then an import that writes
everything or nothing (format: :mod:`.csv_format`). Products are matched by ``slug``: an
unknown slug creates a product, a known one updates it; only the columns present in the
file are imported."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import IO, Any, Literal

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.labels import PRODUCT_FIELD_LABELS
from backoffice.models import Categorie, Produit, utcnow
from backoffice.money import parse_money
from backoffice.services.audit import audit, changed_fields
from backoffice.services.catalog.csv_format import BOM, COLUMNS, DELIMITER, unneutralize
from backoffice.services.catalog.data import EDITABLE_FIELDS, ProductData
from backoffice.services.catalog.products import (
    READ_COLUMNS,
    next_version,
    product_columns,
    product_from_row,
    unchanged_product,
)
from backoffice.services.catalog.validation import clean_product, validate_product
from backoffice.services.concurrency import conflict
from backoffice.services.errors import ConflictError, ValidationError
from backoffice.services.permissions import Permission, Staff, mutation, read_only, require
from backoffice.sql_compat import insert_returning_ids

_TRUE = {"oui", "o", "1", "vrai", "true", "yes", "y", "x"}
_FALSE = {"non", "n", "0", "faux", "false", "no"}
# The product fields each column fills.
_FIELD_OF = {
    "slug": "slug",
    "nom": "nom",
    "categorie_slug": "id_categorie",
    "prix": "prix",
    "prix_promo": "prix_promo",
    "stock": "stock",
    "est_actif": "est_actif",
    "est_featured": "est_featured",
    "description_courte": "description_courte",
    "image_url": "image_url",
}


Action = Literal["create", "update", "unchanged", "error"]


@dataclass
class ImportLine:
    """One data line of the file. ``line`` is the spreadsheet row number (header = 1).

    ``changes`` maps each changed field to ``(current, new)`` for an update (all the new
    values for a creation); ``errors`` maps a field (or ``"ligne"``) to a French message.
    """

    line: int
    slug: str
    action: Action
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    data: ProductData | None = None
    product_id: int | None = None
    # The product's row as the preview read it: the import is a compare-and-set on it.
    read_row: Any = None


@dataclass
class ImportPreview:
    """What :func:`apply_import` would do; ``file_errors`` are problems of the whole file."""

    lines: list[ImportLine]
    columns: list[str]
    file_errors: list[str] = field(default_factory=list)
    # Every category's slug by id: ``changes["id_categorie"]`` shown as slugs, not ids.
    category_slugs: dict[int, str] = field(default_factory=dict)

    def count(self, action: Action) -> int:
        return sum(1 for line in self.lines if line.action == action)

    @property
    def ok(self) -> bool:
        return not self.file_errors and self.count("error") == 0

    def error_summary(self) -> dict[str, str]:
        """``{"ligne 4": "Le prix …", …}`` plus ``{"fichier": …}`` for file errors."""
        summary = {"fichier": " ".join(self.file_errors)} if self.file_errors else {}
        for line in self.lines:
            if line.errors:
                summary[f"ligne {line.line}"] = " ".join(line.errors.values())
        return summary


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's "CSV (séparateur : point-virgule)" on Windows writes Windows-1252.
        return raw.decode("cp1252", errors="replace")


def _read_rows(stream: IO[bytes] | IO[str]) -> list[list[str]]:
    raw = stream.read()
    content = _decode(raw) if isinstance(raw, bytes) else raw.lstrip(BOM)
    first = content.split("\n", 1)[0]
    delimiter = DELIMITER if first.count(";") >= first.count(",") else ","
    return list(csv.reader(io.StringIO(content, newline=""), delimiter=delimiter))


def _parse_bool(cell: str, label: str) -> bool:
    value = cell.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError(
        QT_TRANSLATE_NOOP("catalog", "{label} : « {cell} » n'est pas « oui » ou « non ».").format(
            label=label, cell=cell
        )
    )


def _parse_cells(
    cells: dict[str, str], base: ProductData, categories: dict[str, int], creating: bool
) -> tuple[ProductData, dict[str, str]]:
    """Apply the file's cells onto ``base``; the result and the parse errors."""
    data = replace(base)
    errors: dict[str, str] = {}
    for column, cell in cells.items():
        text = unneutralize(cell)
        blank = not text.strip()
        try:
            if column in ("slug", "nom"):
                setattr(data, column, text.strip())
            elif column == "categorie_slug":
                if blank:
                    data.id_categorie = None
                elif text.strip() in categories:
                    data.id_categorie = categories[text.strip()]
                else:
                    errors["id_categorie"] = QT_TRANSLATE_NOOP(
                        "catalog", "Catégorie « {slug} » inconnue."
                    ).format(slug=text.strip())
            elif column in ("prix", "prix_promo"):
                value = parse_money(text)
                if value is None and column == "prix":
                    errors["prix"] = QT_TRANSLATE_NOOP("catalog", "Le prix est obligatoire.")
                else:
                    setattr(data, column, value)
            elif column == "stock":
                if not blank:
                    data.stock = int(text.strip().replace(" ", ""))
                elif creating:
                    data.stock = 0
            elif column in ("est_actif", "est_featured"):
                if not blank:
                    label = PRODUCT_FIELD_LABELS[column]
                    setattr(data, column, _parse_bool(text, label))
            else:
                setattr(data, column, None if blank else text)
        except ValueError as exc:
            messages = {
                "prix": QT_TRANSLATE_NOOP(
                    "catalog", "Le prix doit être un nombre décimal (ex. 19,99)."
                ),
                "prix_promo": QT_TRANSLATE_NOOP(
                    "catalog", "Le prix promotionnel doit être un nombre décimal (ex. 19,99)."
                ),
                "stock": QT_TRANSLATE_NOOP("catalog", "Le stock doit être un nombre entier."),
            }
            # The exception's own message (a marked one from _parse_bool), not str(exc).
            reason = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
            errors[_FIELD_OF[column]] = messages.get(column, reason)
    return data, errors


def _comparable(data: ProductData) -> dict[str, Any]:
    """The fields a CSV line can change, as they would be stored."""
    clean = clean_product(data)
    return {_FIELD_OF[c]: getattr(clean, _FIELD_OF[c]) for c in COLUMNS}


@read_only
def preview_import(session: Session, actor: Staff, stream: IO[bytes] | IO[str]) -> ImportPreview:
    """Read and check the whole file against the database; writes nothing.

    Each line gets an action: ``create`` (unknown slug), ``update`` (with the changed
    fields), ``unchanged``, or ``error`` (with the same messages as the product form).
    """
    require(actor, Permission.CATALOG_EDIT)
    rows = _read_rows(stream)
    if not rows:
        return ImportPreview([], [], [QT_TRANSLATE_NOOP("catalog", "Le fichier est vide.")])
    header = [h.strip().lstrip(BOM).lower() for h in rows[0]]
    preview = ImportPreview(lines=[], columns=header)
    unknown = [h for h in header if h and h not in COLUMNS]
    if unknown:
        preview.file_errors.append(
            QT_TRANSLATE_NOOP(
                "catalog", "Colonnes inconnues : {unknown}. Colonnes possibles : {columns}."
            ).format(unknown=", ".join(unknown), columns=", ".join(COLUMNS))
        )
    if "slug" not in header:
        preview.file_errors.append(
            QT_TRANSLATE_NOOP("catalog", "La colonne « slug » est obligatoire.")
        )
    if len(set(header)) != len(header):
        preview.file_errors.append(
            QT_TRANSLATE_NOOP("catalog", "Une colonne apparaît deux fois dans l'en-tête.")
        )
    if preview.file_errors:
        return preview

    categories = dict(session.execute(select(Categorie.slug, Categorie.id)).all())
    preview.category_slugs = {id_: slug for slug, id_ in categories.items()}
    body = [(n, r) for n, r in enumerate(rows[1:], start=2) if any(c.strip() for c in r)]
    slugs = [
        unneutralize(r[header.index("slug")]).strip() for _, r in body if len(r) == len(header)
    ]
    existing: dict[str, Any] = {}
    for start in range(0, len(slugs), 500):
        stmt = (
            select(*READ_COLUMNS)
            .outerjoin(Categorie, Categorie.id == Produit.id_categorie)
            .where(Produit.slug.in_(slugs[start : start + 500]))
        )
        existing.update({row.slug: row for row in session.execute(stmt)})

    first_line_of: dict[str, int] = {}
    for number, row in body:
        if len(row) != len(header):
            preview.lines.append(
                ImportLine(
                    number,
                    "",
                    "error",
                    errors={
                        "ligne": QT_TRANSLATE_NOOP(
                            "catalog",
                            "{count} colonnes au lieu de {expected} "
                            "(vérifiez les « ; » et les guillemets).",
                        ).format(count=len(row), expected=len(header))
                    },
                )
            )
            continue
        cells = dict(zip(header, row, strict=True))
        slug = unneutralize(cells["slug"]).strip()
        current_row = existing.get(slug)
        creating = current_row is None
        current = product_from_row(current_row) if current_row else None
        base = current if current is not None else ProductData(slug=slug)
        data, errors = _parse_cells(cells, base, categories, creating)
        if creating and "prix" not in header:
            errors.setdefault(
                "prix",
                QT_TRANSLATE_NOOP("catalog", "Le prix est obligatoire pour créer un produit."),
            )
        if creating and "nom" not in header:
            errors.setdefault(
                "nom", QT_TRANSLATE_NOOP("catalog", "Le nom est obligatoire pour créer un produit.")
            )
        if slug in first_line_of:
            errors["slug"] = QT_TRANSLATE_NOOP(
                "catalog", "Ce slug figure déjà ligne {line}."
            ).format(line=first_line_of[slug])
        else:
            first_line_of[slug] = number
        if not errors:
            errors = validate_product(data)
            if current is not None and data.slug == current.slug:
                # An old slug the website accepted stays usable as the key.
                errors.pop("slug", None)
        line = ImportLine(number, slug, "error", errors=errors, data=data)
        if not errors:
            if current is None:
                line.action = "create"
                line.changes = {k: (None, v) for k, v in _comparable(data).items()}
            else:
                before, after = changed_fields(_comparable(current), _comparable(data))
                line.action = "update" if after else "unchanged"
                line.changes = {k: (before[k], after[k]) for k in after}
                line.product_id = current.id
                line.read_row = current_row
        preview.lines.append(line)
    return preview


def _stale_line(session: Session, line: ImportLine, mine: ProductData) -> ConflictError:
    """The product of ``line`` changed since the preview: the conflict, with its values now."""
    latest = session.execute(
        select(*READ_COLUMNS)
        .outerjoin(Categorie, Categorie.id == Produit.id_categorie)
        .where(Produit.id == line.product_id)
    ).first()
    current = asdict(product_from_row(latest)) if latest is not None else {}
    fields = [n for n in EDITABLE_FIELDS if n != "stock" or "stock" in line.changes]
    return conflict(
        QT_TRANSLATE_NOOP("catalog", "Le produit « {name} »").format(name=line.slug),
        current,
        asdict(mine),
        fields,
        message=QT_TRANSLATE_NOOP(
            "catalog",
            "Le produit « {slug} » (ligne {line}) a été modifié depuis "
            "l'aperçu. Rien n'a été importé ; relancez l'aperçu.",
        ).format(slug=line.slug, line=line.line),
    )


@mutation(Permission.CATALOG_EDIT)
def apply_import(
    session: Session,
    actor: Staff,
    preview: ImportPreview,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Write the previewed creations and updates in one go: all or nothing.

    Raises :class:`ValidationError` (``errors`` maps ``"ligne N"`` to its messages) if any
    line is wrong, and :class:`ConflictError` if a product changed since the preview (run
    the preview again); in both cases nothing is written. ``progress(done, total)`` is
    called as lines are written. Each product created or updated gets its audit row
    (``produit.creation`` / ``produit.modification``, ``"source": "import_csv"``).
    """
    if not preview.ok:
        raise ValidationError(
            preview.error_summary(),
            message=QT_TRANSLATE_NOOP(
                "catalog", "Import refusé, rien n'a été modifié. Lignes en erreur : {lines}{more}"
            ).format(
                lines=", ".join(str(line.line) for line in preview.lines if line.action == "error"),
                more="." if not preview.file_errors else " ; " + " ".join(preview.file_errors),
            ),
        )
    work = [line for line in preview.lines if line.action in ("create", "update")]
    total = len(work)
    done = 0
    now = utcnow()
    with session.begin_nested():
        creates = [line for line in work if line.action == "create"]
        for start in range(0, len(creates), 500):
            chunk = creates[start : start + 500]
            values = []
            for line in chunk:
                assert line.data is not None
                clean = clean_product(line.data)
                values.append({**product_columns(clean), "created_at": now, "updated_at": now})
            try:
                ids = insert_returning_ids(
                    session,
                    Produit.__table__,  # type: ignore[arg-type]
                    values,
                    Produit.id,
                )
            except IntegrityError as exc:
                raise ValidationError(
                    {
                        "slug": QT_TRANSLATE_NOOP(
                            "catalog", "Un des slugs à créer vient d'être pris ; relancez l'aperçu."
                        )
                    },
                ) from exc
            for line, product_id, row in zip(chunk, ids, values, strict=True):
                audit(
                    session,
                    actor,
                    "produit.creation",
                    {
                        "id_produit": product_id,
                        "nom": row["nom"],
                        "source": "import_csv",
                        "ligne": line.line,
                    },
                    after={k: v for k, v in row.items() if k not in ("created_at", "updated_at")},
                )
            done += len(chunk)
            if progress:
                progress(done, total)
        for line in work:
            if line.action != "update":
                continue
            assert line.data is not None and line.product_id is not None
            clean = clean_product(line.data)
            columns = product_columns(clean)
            values = {name: columns[name] for name in line.changes}
            stmt = (
                update(Produit)
                .where(
                    Produit.id == line.product_id,
                    # Every field still as the preview showed it; the stock only when the
                    # file sets it (the website's sales change it all day).
                    *unchanged_product(line.read_row, stock_written="stock" in line.changes),
                )
                .values(**values, updated_at=next_version(line.read_row.updated_at))
                .execution_options(synchronize_session=False)
            )
            try:
                result = session.execute(stmt)
            except IntegrityError as exc:
                raise ValidationError(
                    {
                        f"ligne {line.line}": QT_TRANSLATE_NOOP(
                            "catalog", "Enregistrement refusé par la base de données."
                        )
                    }
                ) from exc
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise _stale_line(session, line, clean)
            audit(
                session,
                actor,
                "produit.modification",
                {
                    "id_produit": line.product_id,
                    "nom": clean.nom,
                    "source": "import_csv",
                    "ligne": line.line,
                },
                before={k: v[0] for k, v in line.changes.items()},
                after={k: v[1] for k, v in line.changes.items()},
            )
            done += 1
            if progress and (done % 100 == 0 or done == total):
                progress(done, total)
    if progress and total == 0:
        progress(0, 0)
    return ImportResult(
        created=preview.count("create"),
        updated=preview.count("update"),
        unchanged=preview.count("unchanged"),
    )


__all__ = [
    "ImportLine",
    "ImportPreview",
    "ImportResult",
    "apply_import",
    "preview_import",
]
