"""How a website-made schema compares with the models (the adoption report's findings).

``compare_schema`` reflects the base and compares every model table it holds with
``backoffice.models.Base.metadata``: columns (names equal up to case), type classes,
lengths, nullability, allowed values, indexes (by columns and expressions, not by name)
and PK / UNIQUE / FK constraints. It only reads; ``backoffice.migrations.adopt`` decides
what to add. The state of the base is ``schema_state``'s business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, Connection, Index, Table, inspect, text
from sqlalchemy import types as sqltypes
from sqlalchemy.engine import Dialect, Inspector
from sqlalchemy.types import TypeDecorator, TypeEngine

from backoffice.migrations.schema_state import INSERTED_TABLES
from backoffice.migrations.trigram import SearchIndex, expected_search_indexes
from backoffice.models import Base


class TypeClass(StrEnum):
    INTEGER = "entier"
    TEXT = "texte"
    NUMERIC = "décimal"
    DATETIME = "date et heure"
    DATE = "date"
    BOOLEAN = "booléen"
    OTHER = "autre"


def type_class(type_: TypeEngine[Any]) -> TypeClass:
    """The family a column type belongs to; the app can read and write within a family."""
    if isinstance(type_, TypeDecorator):
        type_ = type_.impl_instance
    if isinstance(type_, sqltypes.Boolean):
        return TypeClass.BOOLEAN
    if type(type_).__name__ == "TINYINT" and getattr(type_, "display_width", None) == 1:
        return TypeClass.BOOLEAN  # MySQL/MariaDB BOOLEAN is TINYINT(1)
    if isinstance(type_, sqltypes.Integer):
        return TypeClass.INTEGER
    if isinstance(type_, sqltypes.Numeric):  # DECIMAL, NUMERIC, and FLOAT (noted apart)
        return TypeClass.NUMERIC
    if isinstance(type_, sqltypes.DateTime):
        return TypeClass.DATETIME
    if isinstance(type_, sqltypes.Date):
        return TypeClass.DATE
    if isinstance(type_, sqltypes.String):  # VARCHAR, CHAR, TEXT, and ENUM on both servers
        return TypeClass.TEXT
    return TypeClass.OTHER


class Severity(StrEnum):
    BLOCKING = "bloquant"
    WARNING = "attention"
    NOTE = "note"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    table: str
    message: str  # French, names the column or object
    column: str | None = None


@dataclass
class TableReport:
    name: str
    present: bool
    matching: list[str] = field(default_factory=list)  # model columns found, compatible
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # model name -> name in the base
    findings: list[Finding] = field(default_factory=list)

    @property
    def conforming(self) -> bool:
        return self.present and not self.findings


@dataclass(frozen=True)
class IndexNeed:
    """An index of the models (or a search index) the base lacks."""

    table: str
    name: str
    index: Index | None  # None for a search index, then in ``search``
    description: str
    # Plain columns instead of the model's lower(column) (MySQL/MariaDB, as migration ddl's
    # create_lower_index does: no expression indexes, case-insensitive collations).
    plain_columns: tuple[str, ...] | None = None
    search: SearchIndex | None = None  # trigram, French sort or FULLTEXT (migrations.trigram)


@dataclass
class SchemaReport:
    dialect: str
    tables: dict[str, TableReport]
    missing_indexes: list[IndexNeed] = field(default_factory=list)
    taken_index_names: frozenset[str] = frozenset()

    @property
    def findings(self) -> list[Finding]:
        return [f for t in self.tables.values() for f in t.findings]

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.BLOCKING]

    @property
    def absent_tables(self) -> list[str]:
        return [name for name, t in self.tables.items() if not t.present]


def compare_schema(connection: Connection) -> SchemaReport:
    """Compare every model table the base holds with the models (reads only)."""
    inspector = inspect(connection)
    dialect = connection.dialect
    existing = set(inspector.get_table_names())
    report = SchemaReport(dialect.name, {})
    taken: set[str] = set()
    searched = expected_search_indexes(connection)
    for table in Base.metadata.sorted_tables:
        if table.name not in existing:
            report.tables[table.name] = TableReport(table.name, present=False)
            continue
        table_report, site_indexes = _compare_table(inspector, dialect, table)
        report.tables[table.name] = table_report
        taken |= {i["name"] for i in inspector.get_indexes(table.name) if i.get("name")}
        report.missing_indexes += _missing_indexes(
            dialect, table, table_report, site_indexes, searched
        )
    if dialect.name == "postgresql":
        taken |= set(
            connection.execute(
                text(
                    "SELECT c.relname FROM pg_class c JOIN pg_namespace n"
                    " ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
                )
            ).scalars()
        )
    report.taken_index_names = frozenset(taken)
    return report


def _compare_table(
    inspector: Inspector, dialect: Dialect, table: Table
) -> tuple[TableReport, list[tuple[str, tuple[str, ...]]]]:
    name = table.name
    report = TableReport(name, present=True)
    site_columns = {c["name"]: c for c in inspector.get_columns(name)}
    by_lower = {n.lower(): n for n in site_columns}
    checks = inspector.get_check_constraints(name) if dialect.name != "sqlite" else []
    naive: list[str] = []
    for column in table.columns:
        site_name = (
            column.name if column.name in site_columns else by_lower.get(column.name.lower())
        )
        if site_name is None:
            report.missing.append(column.name)
            report.findings.append(
                Finding(
                    Severity.BLOCKING,
                    name,
                    f"colonne « {column.name} » absente : l'application lit chaque colonne "
                    f"de {name}. Ajoutez-la sur le site (même nom, type "
                    f"{type_class(column.type)}) puis relancez.",
                    column.name,
                )
            )
            continue
        report.columns[column.name] = site_name
        if site_name != column.name:
            report.findings.append(
                Finding(
                    Severity.NOTE,
                    name,
                    f"colonne « {site_name} » au lieu de « {column.name} » (casse différente) : "
                    "l'application s'adapte.",
                    column.name,
                )
            )
        site = site_columns[site_name]
        if _compare_column(report, column, site, checks, naive):
            report.matching.append(column.name)
    if naive:
        report.findings.append(
            Finding(
                Severity.NOTE,
                name,
                "date et heure sans fuseau horaire (heure locale du site) : "
                + ", ".join(naive)
                + " ; lues et écrites dans le fuseau de la boutique.",
            )
        )
    model_names = {c.name.lower() for c in table.columns}
    for site_name, site in site_columns.items():
        if site_name.lower() in model_names:
            continue
        report.extra.append(site_name)
        required = (
            not site["nullable"]
            and site.get("default") is None
            and not site.get("identity")
            and not site.get("computed")
            and site.get("autoincrement") is not True
        )
        if required and name in INSERTED_TABLES:
            report.findings.append(
                Finding(
                    Severity.WARNING,
                    name,
                    f"colonne du site « {site_name} » obligatoire (NOT NULL) sans valeur par "
                    "défaut : le back-office ne la connaît pas et ne pourra pas ajouter de "
                    f"ligne dans {name}. Donnez-lui une valeur par défaut sur le site.",
                    site_name,
                )
            )
    if report.extra:
        report.findings.append(
            Finding(
                Severity.NOTE,
                name,
                "colonnes du site inconnues du back-office (laissées telles quelles) : "
                + ", ".join(report.extra),
            )
        )
    site_indexes = _compare_constraints(inspector, table, report)
    return report, site_indexes


def _compare_column(
    report: TableReport,
    column: Column[Any],
    site: dict[str, Any],
    checks: list[dict[str, Any]],
    naive: list[str],
) -> bool:
    """Adds the column's findings; True when it is usable as is."""
    table = report.name
    label = f"{table}.{column.name}"
    model_type = (
        column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type
    )
    site_type = site["type"]
    wanted, found = type_class(model_type), type_class(site_type)
    if wanted is not found:
        report.findings.append(
            Finding(
                Severity.BLOCKING,
                table,
                f"{label} est de type {_type_sql(site_type)} ({found}) ; l'application "
                f"attend un type {wanted}. Convertissez la colonne sur le site "
                "(ou sauvegardez-la puis changez son type) avant d'adopter la base.",
                column.name,
            )
        )
        return False

    def add(severity: Severity, message: str) -> None:
        report.findings.append(Finding(severity, table, f"{label} : {message}", column.name))

    if wanted is TypeClass.DATETIME and not getattr(site_type, "timezone", False):
        naive.append(column.name)
    if wanted is TypeClass.TEXT:
        _compare_text(add, column, model_type, site_type, checks, site["name"])
    if wanted is TypeClass.NUMERIC:
        if isinstance(site_type, sqltypes.Float):
            add(Severity.WARNING, "nombre à virgule flottante : les centimes peuvent s'arrondir.")
        else:
            precision, scale = site_type.precision, site_type.scale
            if scale is not None and scale != model_type.scale:
                add(Severity.WARNING, f"{scale} décimales (l'application en gère 2).")
            if precision is not None and precision < (model_type.precision or 0):
                add(
                    Severity.WARNING,
                    f"{precision} chiffres au plus ({model_type.precision} attendus).",
                )
    if not column.primary_key:
        if not column.nullable and site["nullable"]:
            add(
                Severity.WARNING,
                "peut être vide (NULL) sur le site ; l'application attend une valeur.",
            )
        elif column.nullable and not site["nullable"] and site.get("default") is None:
            add(
                Severity.NOTE,
                "obligatoire sur le site (NOT NULL) ; l'application doit la renseigner.",
            )
        elif (
            column.server_default is not None
            and not site["nullable"]
            and site.get("default") is None
            and table in INSERTED_TABLES
        ):
            add(Severity.WARNING, "pas de valeur par défaut sur le site (le modèle en a une).")
    elif table in INSERTED_TABLES and len(column.table.primary_key.columns) == 1:
        generated = site.get("autoincrement") is True or site.get("identity") or site.get("default")
        if not generated and not column.foreign_keys:
            add(
                Severity.WARNING,
                "la clé n'est pas générée par la base (ni SERIAL, ni IDENTITY, ni "
                "AUTO_INCREMENT) : l'application ne pourra pas ajouter de ligne.",
            )
    return True


def _compare_text(
    add: Any,
    column: Column[Any],
    model_type: TypeEngine[Any],
    site_type: TypeEngine[Any],
    checks: list[dict[str, Any]],
    site_name: str,
) -> None:
    allowed = _model_allowed_values(column)
    site_values: list[str] | None = None
    if isinstance(site_type, sqltypes.Enum):
        site_values = list(site_type.enums)
        add(Severity.NOTE, f"type ENUM {_type_sql(site_type)} ({', '.join(site_values)}).")
    else:
        wanted_length = getattr(model_type, "length", None)
        length = getattr(site_type, "length", None)
        if wanted_length and length and length < wanted_length:
            add(
                Severity.WARNING,
                f"{length} caractères au plus sur le site ({wanted_length} dans le back-office) :"
                " une valeur plus longue sera refusée par la base.",
            )
        elif wanted_length and length != wanted_length:
            shown = f"{length} caractères" if length else "texte sans limite"
            add(Severity.NOTE, f"longueur différente : {shown} ({wanted_length} attendus).")
        pattern = re.compile(rf"\b{re.escape(site_name)}\b", re.IGNORECASE)
        for check in checks:
            sqltext = str(check.get("sqltext") or "")
            if pattern.search(sqltext) and "'" in sqltext:
                site_values = re.findall(r"'([^']*)'", sqltext)
                break
    if allowed is None or site_values is None:
        return
    refused = [v for v in allowed if v not in site_values]
    unknown = [v for v in site_values if v not in allowed]
    if refused:
        add(Severity.WARNING, f"valeurs refusées par le site : {', '.join(refused)}.")
    if unknown:
        add(Severity.WARNING, f"valeurs inconnues du back-office : {', '.join(unknown)}.")


def _model_allowed_values(column: Column[Any]) -> list[str] | None:
    for constraint in column.table.constraints:
        sqltext = getattr(constraint, "sqltext", None)
        if sqltext is None:
            continue
        match = re.fullmatch(rf"{re.escape(column.name)} IN \((.*)\)", str(sqltext))
        if match:
            return re.findall(r"'([^']*)'", match.group(1))
    return None


def _type_sql(type_: TypeEngine[Any]) -> str:
    if isinstance(type_, sqltypes.Enum) and type_.name:
        return type_.name
    try:
        return str(type_)
    except Exception:  # a type without a generic rendering
        return type(type_).__name__


def _compare_constraints(
    inspector: Inspector, table: Table, report: TableReport
) -> list[tuple[str, tuple[str, ...]]]:
    """Reports missing PK / UNIQUE / FK constraints; returns the base's usable indexes."""
    name = table.name

    def lowered(columns: list[str | None]) -> tuple[str, ...]:
        return tuple((c or "").lower() for c in columns)

    def note(severity: Severity, message: str) -> None:
        report.findings.append(Finding(severity, name, message))

    pk = lowered(inspector.get_pk_constraint(name).get("constrained_columns") or [])
    indexes: list[tuple[str, tuple[str, ...]]] = []
    uniques: set[frozenset[str]] = set()
    if pk:
        indexes.append(("btree", pk))
        uniques.add(frozenset(pk))
    for unique in inspector.get_unique_constraints(name):
        columns = lowered(unique["column_names"])
        indexes.append(("btree", columns))
        uniques.add(frozenset(columns))
    collated = _collated_indexes(inspector, name)
    for index in inspector.get_indexes(name):
        options = index.get("dialect_options") or {}
        if index.get("type") == "FULLTEXT":
            indexes.append(("fulltext", tuple(sorted(lowered(index["column_names"])))))
            continue
        if options.get("postgresql_where") or index.get("type") == "SPATIAL":
            continue
        elements = collated.get(index["name"]) or index.get("expressions") or index["column_names"]
        key = tuple(normalize_expression(str(e)) for e in elements)
        indexes.append((options.get("postgresql_using") or "btree", key))
        if index.get("unique") and not index.get("expressions"):
            uniques.add(frozenset(key))
    model_pk = lowered([c.name for c in table.primary_key.columns])
    if not pk:
        note(
            Severity.WARNING, f"pas de clé primaire sur {name} (attendue : {', '.join(model_pk)})."
        )
    elif frozenset(pk) != frozenset(model_pk):
        note(
            Severity.WARNING, f"clé primaire ({', '.join(pk)}) au lieu de ({', '.join(model_pk)})."
        )
    for constraint in table.constraints:
        columns = [c.name for c in getattr(constraint, "columns", [])]
        if (
            type(constraint).__name__ == "UniqueConstraint"
            and frozenset(lowered(columns)) not in uniques
        ):
            note(
                Severity.NOTE,
                f"contrainte d'unicité absente sur {name} ({', '.join(columns)}) : signalée, "
                "jamais ajoutée ; l'application vérifie elle-même les doublons qu'elle crée.",
            )
    site_fks = {
        (lowered(fk["constrained_columns"]), fk["referred_table"], lowered(fk["referred_columns"]))
        for fk in inspector.get_foreign_keys(name)
    }
    for fk in table.foreign_key_constraints:
        key = (
            lowered([c.name for c in fk.columns]),
            fk.referred_table.name,
            lowered([e.column.name for e in fk.elements]),
        )
        if key not in site_fks:
            note(
                Severity.NOTE,
                f"clé étrangère absente : {name}.{', '.join(c.name for c in fk.columns)} → "
                f"{fk.referred_table.name} (signalée, jamais ajoutée).",
            )
    return indexes


def _collated_indexes(inspector: Inspector, table: str) -> dict[str, list[str]]:
    """PostgreSQL indexes with a COLLATE (French sort indexes), by name, with their
    elements as written: the reflected expressions leave the collation out."""
    if inspector.dialect.name != "postgresql":
        return {}
    rows = inspector.bind.execute(
        text(
            "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i"
            " JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = CAST(:t AS regclass)"
        ),
        {"t": table},
    )
    return {
        str(name): [definition.split(" USING btree (", 1)[1][:-1]]
        for name, definition in rows
        if " COLLATE " in definition and " USING btree (" in definition
    }


_CAST = re.compile(
    r"::\s*(?:character varying|double precision|timestamp with(?:out)? time zone|\w+)(?:\[\])?"
)


def normalize_expression(expression: str) -> str:
    """An index element as comparable text: no casts, parentheses, quotes, spaces or case."""
    without_casts = _CAST.sub("", expression)
    return re.sub(r"[()\s\"`]", "", without_casts).lower()


def _model_index_key(index: Index, dialect: Dialect) -> tuple[str, ...]:
    key = []
    for element in index.expressions:
        if isinstance(element, Column):
            key.append(element.name.lower())
        else:
            compiled = element.compile(dialect=dialect, compile_kwargs={"literal_binds": True})
            key.append(normalize_expression(str(compiled)))
    return tuple(key)


def _covered(method: str, key: tuple[str, ...], site: list[tuple[str, tuple[str, ...]]]) -> bool:
    for site_method, site_key in site:
        if site_method != method:
            continue
        if site_key == key or (method == "btree" and site_key[: len(key)] == key):
            return True
    return False


def _missing_indexes(
    dialect: Dialect,
    table: Table,
    report: TableReport,
    site: list[tuple[str, tuple[str, ...]]],
    searched: list[SearchIndex],
) -> list[IndexNeed]:
    if report.missing:
        return []  # blocked anyway; the trigram expressions would not compile
    needs: list[IndexNeed] = []
    for index in sorted(table.indexes, key=lambda i: str(i.name)):
        key = _model_index_key(index, dialect)
        plain: tuple[str, ...] | None = None
        if dialect.name in ("mysql", "mariadb") and any(
            not isinstance(e, Column) for e in index.expressions
        ):
            lowered = [re.fullmatch(r"lower(\w+)", k) for k in key]
            if not all(lowered):
                continue
            plain = tuple(m.group(1) for m in lowered if m)
            key = plain
        if _covered("btree", key, site):
            continue
        shown = (
            ", ".join(plain)
            if plain
            else ", ".join(
                e.name
                if isinstance(e, Column)
                else str(e.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
                for e in index.expressions
            )
        )
        needs.append(
            IndexNeed(table.name, str(index.name), index, f"{table.name} ({shown})", plain)
        )
    for wanted in (s for s in searched if s.table == table.name):
        key = (
            tuple(sorted(c.strip() for c in wanted.expression.split(",")))
            if wanted.method == "fulltext"
            else (normalize_expression(wanted.expression),)
        )
        if not _covered(wanted.method, key, site):
            description = f"{wanted.table} ({wanted.expression})"
            needs.append(IndexNeed(wanted.table, wanted.name, None, description, search=wanted))
    return needs
