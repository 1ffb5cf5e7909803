"""Adoption of a website-made schema by ``backoffice db upgrade`` (see ``commands``).

A shop's database is usually created by its website, without ``alembic_version``. Running
the migrations there would fail on the first existing table, so ``db upgrade`` adopts it
instead: it compares the schema with the models (``schema_report``), refuses differences
the application cannot live with, then adds only what the back office needs and the site
lacks — its own tables, seed 003's tables, indexes, the ``pg_trgm`` extension — and records
the head revision so that later upgrades run migrations normally. It never alters or drops
anything of the website's.

The plan is computed from what exists, each addition runs in its own transaction, and the
revision is recorded last: an interrupted adoption (MariaDB commits DDL as it goes) is
completed by running it again. An addition refused for lack of privilege is reported and
skipped when the application can do without it (an index, the extension), and stops the
adoption when it cannot (a table).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, Connection, Engine, MetaData, Table, inspect, text
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.schema import CreateIndex, CreateTable, ExecutableDDLElement, Index
from sqlalchemy.sql.elements import TextClause

from backoffice import migrations
from backoffice.migrations import immutable
from backoffice.migrations.schema_report import IndexNeed, SchemaReport, Severity, compare_schema
from backoffice.migrations.schema_state import (
    ADOPTED_COMMENT,
    ALEMBIC_TABLE,
    COMMENT_DIALECTS,
    DatabaseStatus,
    detect_state,
)
from backoffice.migrations.trigram import (
    TRIGRAM_EXTENSION,
    UNACCENT_EXTENSION,
    create_unaccent_function_sql,
    extension_available,
    extension_schema,
    has_unaccent_function,
    trigram_index,
)
from backoffice.models import Base
from backoffice.services.errors import ServiceError
from backoffice.sql_text import UNACCENT_FUNCTION

Output = Callable[[str], None]

TABLE_PURPOSES = {
    "totp_etapes": "dernier pas TOTP accepté par compte (un code de double authentification "
    "ne sert qu'une fois)",
    "connexions_motifs": "motif de chaque connexion refusée (onglet Sécurité)",
    "parametres_boutique": "paramètres de la boutique partagés par tous les postes "
    "(identité, facturation, devis)",
    "devis_numeros": "numéro de chaque devis envoyé (D-année-numéro, continu par année)",
    "conversations_assignations": "agent chargé de chaque conversation (onglet Conversations)",
    "conversations_notes": "notes internes de l'équipe sur les conversations (jamais vues "
    "du client)",
    "reponses_types": "réponses types partagées par l'équipe du support",
    "avis": "avis des clients sur les produits (seed 003)",
    "listes_souhaits": "listes de souhaits des clients (seed 003)",
    "listes_souhaits_produits": "produits des listes de souhaits (seed 003)",
}
SEARCH_SUBJECTS = {
    "utilisateurs": "les clients",
    "produits": "les produits",
    "commandes": "les commandes",
    "devis": "les devis",
}
LOCK_TIMEOUT = "10s"  # a busy website table: give up and say so rather than block the site


class SchemaRefused(ServiceError):
    """``db upgrade`` will not touch this database (newer, foreign, blocking differences)."""


@dataclass(frozen=True)
class Addition:
    kind: str  # "table", "index", "extension", "function"
    name: str
    description: str  # French
    statements: tuple[ExecutableDDLElement | TextClause, ...]
    required: bool  # the application cannot work without it
    slower: str | None = None  # what is slower without it
    table: str = ""
    is_trigram: bool = False  # a search index (trigram or FULLTEXT): warned as such
    # Names of earlier additions this one needs; when one of them failed, ``fallback``
    # runs instead (if any), else this one is skipped.
    requires: tuple[str, ...] = ()
    fallback: tuple[ExecutableDDLElement | TextClause, ...] = ()


@dataclass
class AdoptionPlan:
    status: DatabaseStatus
    report: SchemaReport
    additions: list[Addition] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def sql(self, dialect: Dialect) -> list[str]:
        return [
            str(statement.compile(dialect=dialect)).strip() + ";"
            for addition in self.additions
            for statement in addition.statements
        ]


@dataclass
class AdoptionResult:
    done: list[Addition] = field(default_factory=list)
    skipped: list[tuple[Addition, str]] = field(default_factory=list)  # with the reason

    def warnings(self) -> list[str]:
        """French warnings, one per kind of refusal (not one per index)."""
        lines: list[str] = []
        search = [a for a, _ in self.skipped if a.kind == "extension" or a.is_trigram]
        for addition, reason in self.skipped:
            if addition.kind in ("extension", "function"):
                what = "extension" if addition.kind == "extension" else "fonction"
                effect = (
                    "la recherche tiendra compte des accents"
                    if addition.name != TRIGRAM_EXTENSION
                    else "la recherche sera plus lente"
                )
                lines.append(
                    f"{what} {addition.name} non créée ({reason}) : {effect} sur {addition.slower}."
                )
        trigram = [a for a in search if a.kind == "index"]
        if trigram:
            subjects = sorted({str(a.slower) for a in trigram})
            lines.append(
                f"{len(trigram)} index de recherche non créé(s) : la recherche sera plus lente "
                f"sur {', '.join(subjects)}."
            )
        by_reason: dict[str, list[Addition]] = {}
        for addition, reason in self.skipped:
            if addition.kind == "index" and not addition.is_trigram:
                by_reason.setdefault(re.sub(r"\b(table|relation) \S+", r"\1 …", reason), []).append(
                    addition
                )
        for reason, additions in by_reason.items():
            tables = sorted({a.table for a in additions})
            lines.append(
                f"{len(additions)} index non créé(s) ({reason}) : les listes et les tris seront "
                f"plus lents sur {', '.join(tables)} ({', '.join(a.name for a in additions)})."
            )
        if lines:
            lines.append(
                "Pour les ajouter plus tard, relancez « backoffice db upgrade » avec le compte "
                "propriétaire des tables du site."
            )
        return lines


def plan_adoption(connection: Connection, status: DatabaseStatus | None = None) -> AdoptionPlan:
    """What adoption would add to this website-made schema (reads only)."""
    status = status or detect_state(connection)
    report = compare_schema(connection)
    plan = AdoptionPlan(status, report)
    if report.blocking:
        return plan
    metadata = MetaData(naming_convention=dict(Base.metadata.naming_convention))
    _new_tables(connection, report, metadata, plan)
    for need in report.missing_indexes:
        if need.index is not None:
            _index_addition(report, need, plan)
    _trigram_additions(connection, report, plan)
    return plan


def _new_tables(
    connection: Connection, report: SchemaReport, metadata: MetaData, plan: AdoptionPlan
) -> None:
    inspector = inspect(connection)
    absent = [t for t in Base.metadata.sorted_tables if not report.tables[t.name].present]
    referred = {
        fk.referred_table.name
        for table in absent
        for fk in table.foreign_key_constraints
        if report.tables[fk.referred_table.name].present
    }
    keys: dict[str, set[str]] = {}
    for name in sorted(referred):
        # A stub with the site's own key type: a new table's foreign key column takes it
        # (INT UNSIGNED, BIGINT…), since MariaDB refuses a key of another type.
        pk = inspector.get_pk_constraint(name).get("constrained_columns") or []
        uniques = [u["column_names"] for u in inspector.get_unique_constraints(name)]
        keys[name] = {c.lower() for cols in [pk, *uniques] if len(cols) == 1 for c in cols}
        columns = {c["name"].lower(): c["type"] for c in inspector.get_columns(name)}
        Table(name, metadata, *[Column(n, t) for n, t in columns.items()])
    for table in absent:
        copy = table.to_metadata(metadata)
        for fk in list(copy.foreign_key_constraints):
            target = fk.referred_table.name
            if target not in keys:
                continue
            element = fk.elements[0]
            target_column = element.target_fullname.split(".")[-1].lower()
            if target_column not in keys[target]:
                copy.constraints.discard(fk)
                for column in fk.columns:
                    column.foreign_keys.clear()
                plan.notes.append(
                    f"{table.name} : pas de clé étrangère vers {target}.{target_column} "
                    "(ni clé primaire ni unique sur le site)."
                )
                continue
            for column in fk.columns:
                column.type = metadata.tables[target].c[target_column].type
        if metadata_dialect_is_mysql(connection):
            copy.dialect_kwargs["mysql_engine"] = "InnoDB"
            copy.dialect_kwargs["mysql_charset"] = "utf8mb4"
        # CreateTable leaves the indexes out: each is an addition of its own.
        indexes = sorted(copy.indexes, key=lambda i: str(i.name))
        purpose = TABLE_PURPOSES.get(table.name, "table du back-office")
        plan.additions.append(
            Addition(
                "table",
                table.name,
                f"table {table.name} : {purpose}",
                (CreateTable(copy),),
                required=True,
                table=table.name,
            )
        )
        if table.info.get("immutable"):
            # Issued documents: UPDATE and DELETE refused by the database from the start.
            statements = immutable.create_statements(connection.dialect.name, table.name)
            plan.additions.append(
                Addition(
                    "trigger",
                    f"{table.name}_immuable",
                    f"déclencheurs sur {table.name} : document émis, ni modifié ni supprimé",
                    tuple(text(sql) for sql in statements),
                    required=True,
                    table=table.name,
                    requires=(table.name,),
                )
            )
        for index in indexes:
            plan.additions.append(
                Addition(
                    "index",
                    str(index.name),
                    f"index {index.name} sur {table.name}",
                    (CreateIndex(index),),
                    required=False,
                    slower=f"les listes de {table.name}",
                    table=table.name,
                )
            )


def metadata_dialect_is_mysql(connection: Connection) -> bool:
    return connection.dialect.name in ("mysql", "mariadb")


def _index_addition(report: SchemaReport, need: IndexNeed, plan: AdoptionPlan) -> None:
    assert need.index is not None
    if need.name in report.taken_index_names:
        plan.notes.append(
            f"index {need.name} non ajouté : ce nom est déjà pris dans la base par un autre "
            f"objet ; les listes de {need.table} seront plus lentes."
        )
        return
    columns = report.tables[need.table].columns
    stub = Table(need.table, MetaData(), *[Column(site) for site in columns.values()])
    elements: list[Any]
    if need.plain_columns is not None:
        by_lower = {name.lower(): site for name, site in columns.items()}
        elements = [stub.c[by_lower[c]] for c in need.plain_columns]
    else:
        elements = [
            stub.c[columns[e.name]] if isinstance(e, Column) else e for e in need.index.expressions
        ]
    index = Index(need.name, *elements, _table=stub)
    plan.additions.append(
        Addition(
            "index",
            need.name,
            f"index {need.name} sur {need.description}",
            (CreateIndex(index),),
            required=False,
            slower=f"les listes et tris de {need.table}",
            table=need.table,
        )
    )


def _trigram_additions(connection: Connection, report: SchemaReport, plan: AdoptionPlan) -> None:
    """The search indexes (``migrations.trigram``): trigram ones with their extensions and
    the unaccent wrapper, French sort ones, FULLTEXT ones."""
    needs = [n for n in report.missing_indexes if n.search is not None]
    for need in needs:
        if need.name in report.taken_index_names:
            plan.notes.append(f"index {need.name} non ajouté : ce nom est déjà pris.")
    needs = [n for n in needs if n.name not in report.taken_index_names]
    for need in (n for n in needs if n.search and n.search.kind != "trigram"):
        assert need.search is not None
        what = "tri en français" if need.search.kind == "french" else "index FULLTEXT"
        plan.additions.append(
            Addition(
                "index",
                need.name,
                f"{what} {need.name} sur {need.description}",
                (text(need.search.create_sql()),),
                required=False,
                slower=f"les tris de {need.table}"
                if need.search.kind == "french"
                else SEARCH_SUBJECTS[need.table],
                table=need.table,
                is_trigram=need.search.kind == "fulltext",
            )
        )
    trigram = [n for n in needs if n.search and n.search.kind == "trigram"]
    if not trigram:
        return
    subjects = ", ".join(sorted({SEARCH_SUBJECTS[n.table] for n in trigram}))
    requires: tuple[str, ...] = ()
    if not extension_schema(connection, TRIGRAM_EXTENSION):
        if not extension_available(connection, TRIGRAM_EXTENSION):
            plan.notes.append(
                f"extension {TRIGRAM_EXTENSION} absente du serveur : la recherche sera plus "
                f"lente sur {subjects} (aucun index trigramme)."
            )
            return
        plan.additions.append(_extension(TRIGRAM_EXTENSION, subjects))
        requires = (TRIGRAM_EXTENSION,)
    unaccent = any(n.search and n.search.unaccent for n in trigram)
    if unaccent and not has_unaccent_function(connection):
        schema = extension_schema(connection, UNACCENT_EXTENSION)
        if schema is None:
            schema = str(connection.execute(text("SELECT current_schema()")).scalar())
            plan.additions.append(_extension(UNACCENT_EXTENSION, subjects, schema))
        plan.additions.append(
            Addition(
                "function",
                UNACCENT_FUNCTION,
                f"fonction {UNACCENT_FUNCTION} (recherche sans tenir compte des accents)",
                (text(create_unaccent_function_sql(schema)),),
                required=False,
                slower=subjects,
                requires=(UNACCENT_EXTENSION,),
            )
        )
    for need in trigram:
        plain = trigram_index(need.name, unaccent=False)
        plan.additions.append(
            Addition(
                "index",
                need.name,
                f"index trigramme {need.name} sur {need.description}",
                (text(need.search.create_sql() if need.search else plain.create_sql()),),
                required=False,
                slower=SEARCH_SUBJECTS[need.table],
                requires=requires + ((UNACCENT_FUNCTION,) if unaccent else ()),
                # Without the wrapper (refused): the accent-sensitive index, still fast.
                fallback=(text(plain.create_sql()),) if unaccent else (),
                table=need.table,
                is_trigram=True,
            )
        )


def _extension(name: str, subjects: str, schema: str | None = None) -> Addition:
    where = f' SCHEMA "{schema}"' if schema else ""
    purpose = "recherche rapide dans les textes" if name == TRIGRAM_EXTENSION else "accents"
    return Addition(
        "extension",
        name,
        f"extension {name} ({purpose})",
        (text(f"CREATE EXTENSION IF NOT EXISTS {name}{where}"),),
        required=False,
        slower=subjects,
    )


def render_report(plan: AdoptionPlan) -> str:
    """The French report: what matches, what differs, what adoption will add."""
    report = plan.report
    site_tables = [t for t in report.tables.values() if t.present]
    lines = [
        f"Schéma trouvé : celui du site de la boutique ({len(site_tables)} tables connues, "
        "pas de table alembic_version).",
        "",
        "Comparaison avec le back-office :",
    ]
    for table in site_tables:
        total = len(table.columns) + len(table.missing)
        state = "conforme" if table.conforming else "différences"
        lines.append(f"  {table.name} : {len(table.matching)}/{total} colonnes, {state}")
        order = (Severity.BLOCKING, Severity.WARNING, Severity.NOTE)
        for finding in sorted(table.findings, key=lambda f: order.index(f.severity)):
            lines.append(f"    - {finding.severity} : {finding.message}")
    lines.append("")
    if report.blocking:
        lines.append(f"Blocages ({len(report.blocking)}) : l'adoption est impossible.")
        for finding in report.blocking:
            lines.append(f"  - {finding.message}")
        return "\n".join(lines)
    lines.append("Blocages : aucun.")
    lines.append("")
    if plan.additions:
        lines.append(f"Le back-office ajoutera ({len(plan.additions)}) :")
        lines += [f"  + {a.description}" for a in plan.additions]
    else:
        lines.append("Le back-office n'a rien à ajouter.")
    for note in plan.notes:
        lines.append(f"  ! {note}")
    lines.append(
        "Rien d'autre n'est modifié : aucune colonne, aucun type, aucune contrainte et "
        "aucune donnée du site."
    )
    return "\n".join(lines)


def summary(plan: AdoptionPlan) -> str:
    report = plan.report
    site_tables = [t for t in report.tables.values() if t.present]
    conforming = sum(1 for t in site_tables if t.conforming)
    tables = sum(1 for a in plan.additions if a.kind == "table")
    indexes = sum(1 for a in plan.additions if a.kind == "index")
    text_ = (
        f"{len(site_tables)} tables : {conforming} conformes, "
        f"{len(site_tables) - conforming} avec des différences, "
        f"{len(report.blocking)} blocage(s)"
    )
    if not report.blocking:
        text_ += f" ; l'adoption ajoutera {tables} table(s) et {indexes} index"
    return text_ + "."


def adopt(engine: Engine, *, dry_run: bool = False, out: Output = print) -> AdoptionResult:
    """Adopt the website-made schema behind ``engine`` (see the module's docstring)."""
    with engine.connect() as connection:
        plan = plan_adoption(connection)
    out(render_report(plan))
    if plan.report.blocking:
        raise SchemaRefused(
            "Adoption impossible : "
            + " ; ".join(f.message for f in plan.report.blocking)
            + " Rien n'a été modifié."
        )
    if dry_run:
        out("")
        out("SQL qui serait exécuté :" if plan.additions else "Aucun SQL à exécuter.")
        for statement in plan.sql(engine.dialect):
            out(statement)
        out("")
        out(f"Essai à blanc : rien n'a été modifié (révision {plan.status.head} non inscrite).")
        return AdoptionResult()
    result = execute_plan(engine, plan, out)
    migrations.stamp(engine.url.render_as_string(hide_password=False), "head", engine=engine)
    _mark_adopted(engine)
    out(f"Base adoptée : révision {plan.status.head} inscrite.")
    for warning in result.warnings():
        out(f"Attention : {warning}")
    return result


def _mark_adopted(engine: Engine) -> None:
    dialect = engine.dialect.name
    if dialect not in COMMENT_DIALECTS:
        return
    comment = f"{ADOPTED_COMMENT} le {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    with engine.begin() as connection:
        if dialect == "postgresql":
            connection.execute(text(f"COMMENT ON TABLE {ALEMBIC_TABLE} IS '{comment}'"))
        else:
            connection.execute(text(f"ALTER TABLE {ALEMBIC_TABLE} COMMENT = '{comment}'"))


def execute_plan(engine: Engine, plan: AdoptionPlan, out: Output = print) -> AdoptionResult:
    result = AdoptionResult()
    failed: set[str] = set()
    for addition in plan.additions:
        statements = addition.statements
        if failed.intersection(addition.requires):
            if not addition.fallback or TRIGRAM_EXTENSION in failed:
                failed.add(addition.name)
                continue
            statements = addition.fallback
        try:
            with engine.begin() as connection:
                if engine.dialect.name == "postgresql":
                    connection.execute(text(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'"))
                for statement in statements:
                    connection.execute(statement)
        except DBAPIError as exc:
            reason = server_reason(exc)
            if addition.required:
                raise SchemaRefused(
                    f"Impossible de créer la {addition.description} : {reason}. "
                    "Aucune donnée du site n'a été modifiée ; relancez « backoffice db "
                    "upgrade » avec un compte qui peut créer des tables (le propriétaire de "
                    "la base) : il reprendra là où il s'est arrêté."
                ) from exc
            failed.add(addition.name)
            result.skipped.append((addition, reason))
            continue
        result.done.append(addition)
        out(f"  ajouté : {addition.description}")
    return result


def server_reason(exc: DBAPIError) -> str:
    """The server's own sentence (no statement, no values)."""
    diag = getattr(exc.orig, "diag", None)
    primary = getattr(diag, "message_primary", None)
    if primary:
        return str(primary)
    return str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
