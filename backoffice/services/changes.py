"""What an operation changed: tables and, where known, row ids (Anki's ``OpChanges``).

A mutating service reports nothing by hand. Every write that goes through a
:class:`~sqlalchemy.orm.Session` is seen by two Session events installed when this module
is imported (``services.permissions`` imports it, so every ``@mutation`` module has it):

* ``after_flush``: the unit of work, i.e. objects added, modified or deleted through the
  ORM (``session.add(...)``, attribute changes, ``session.delete(...)``), with their
  primary keys (known after the flush, new rows included);
* ``do_orm_execute``: every statement given to ``Session.execute``, ORM or Core alike, so
  the catalogue's ``update(Produit).where(...)`` / ``delete(...)`` with
  ``synchronize_session=False``, bulk UPDATEs by primary key (a list of parameter dicts)
  and ``insert(...)`` are caught. Ids are read from the statement when it names its rows by
  primary key (``id == x``, ``id IN (...)``, ANDed with anything) or from the bulk
  parameters; otherwise the table is reported with *unknown* rows (``None``).

Why here rather than in ``@mutation`` or ``audit()``: the decorator only sees arguments,
not what the body wrote, and an audit row carries neither a table nor an id (and some
writes, a bulk move, are audited once per batch or not at all). The Session sees every
write whoever wrote the service, including the ones added later by the next tabs.
Writes made on ``session.connection()`` directly bypass both events; services do not do
that (``tests/test_changes.py`` runs the catalogue's mutations and checks what they
report).

The runner (``ui/tasks.py``) clears what its session guard wrote, reads :func:`pending`
after the commit and announces it; a rollback of the whole transaction forgets
everything. A rolled-back savepoint is still reported (an extra refresh, never a missed
one).

Qt-free: plain data, usable by the services' tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression, BindParameter, BooleanClauseList

INFO_KEY = "backoffice.changes"

# ids of one table: a set of ids, or None when any row may have changed.
RowIds = frozenset[Any] | None


def _ids(value: Iterable[Any] | None) -> RowIds:
    return None if value is None else frozenset(value)


@dataclass(frozen=True, eq=True)
class Changes:
    """Tables touched by an operation and, per table, the ids of the rows changed.

    ``Changes(tables={"produits": {12, 13}})``: two products; ``{"produits": None}``: some
    products, which ones unknown (a statement that names no ids); ``{"produits": set()}``:
    rows added whose ids are unknown (no existing row changed). Falsy when empty.
    """

    tables: Mapping[str, RowIds] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "tables", {name: _ids(ids) for name, ids in dict(self.tables).items()}
        )

    __hash__ = None  # type: ignore[assignment]  # a mapping inside: not hashable

    def __bool__(self) -> bool:
        return bool(self.tables)

    def merge(self, other: Changes) -> Changes:
        """Both operations' changes (unknown rows win over known ones)."""
        merged: dict[str, RowIds] = dict(self.tables)
        for name, ids in other.tables.items():
            if name not in merged:
                merged[name] = ids
            else:
                mine = merged[name]
                merged[name] = None if mine is None or ids is None else mine | ids
        return Changes(merged)

    def touches(self, *tables: str) -> bool:
        """Whether any of ``tables`` changed (rows added, modified or deleted)."""
        return any(name in self.tables for name in tables)

    def touches_row(self, table: str, row_id: Any) -> bool:
        """Whether the row ``row_id`` of ``table`` may have changed."""
        if table not in self.tables:
            return False
        ids = self.tables[table]
        return ids is None or row_id in ids

    def ids(self, table: str) -> RowIds:
        """The ids changed in ``table`` (``None``: unknown; empty: none or table untouched)."""
        return self.tables.get(table, frozenset())


NO_CHANGES = Changes()


# --- recording ------------------------------------------------------------------------


def record(session: Session, table: str, ids: Iterable[Any] | None = None) -> None:
    """Notes that ``table`` changed in ``session`` (``ids=None``: rows unknown).

    Called by the Session events below; a service writing in a way they cannot see (raw
    DBAPI) calls it itself.
    """
    current: Changes = session.info.get(INFO_KEY, NO_CHANGES)
    session.info[INFO_KEY] = current.merge(Changes({table: ids}))


def pending(session: Session) -> Changes:
    """What ``session`` has written so far (committed or not)."""
    info = getattr(session, "info", None)  # a test's stand-in Session may have none
    return info.get(INFO_KEY, NO_CHANGES) if info is not None else NO_CHANGES


def discard(session: Session) -> None:
    """Forgets what ``session`` wrote so far (e.g. the runner's session heartbeat)."""
    info = getattr(session, "info", None)
    if info is not None:
        info.pop(INFO_KEY, None)


def _primary_key(mapper: Any, obj: Any) -> Any:
    key = inspect(obj).key  # persistent and deleted rows: no attribute read at all
    values = key[1] if key is not None else mapper.primary_key_from_instance(obj)
    if len(values) == 1:
        return values[0]
    return tuple(values)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _flush_context: Any) -> None:
    dirty = [o for o in session.dirty if session.is_modified(o, include_collections=False)]
    for obj in (*session.new, *dirty, *session.deleted):
        mapper = inspect(obj).mapper
        key = _primary_key(mapper, obj)
        for table in mapper.tables:
            record(session, table.name, () if key is None else (key,))


@event.listens_for(Session, "do_orm_execute")
def _do_orm_execute(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    statement: Any = state.statement
    table = getattr(statement, "table", None)
    name = getattr(table, "name", None)
    if not name:
        return
    if state.is_insert:
        # New rows: their ids come back only from the database; no existing row changed.
        record(state.session, name, _bulk_ids(table, state.parameters) or ())
        return
    ids = _bulk_ids(table, state.parameters)
    if ids is None:
        ids = _where_ids(table, getattr(statement, "whereclause", None))
    record(state.session, name, ids)


@event.listens_for(Session, "after_soft_rollback")
def _after_rollback(session: Session, previous: SessionTransaction) -> None:
    if previous.parent is None:  # the whole transaction, not a savepoint
        discard(session)


def _pk_names(table: Any) -> set[str]:
    return {column.key for column in getattr(table, "primary_key", ())}


def _bulk_ids(table: Any, parameters: Any) -> set[Any] | None:
    """Ids of a bulk statement by primary key (a list of parameter dicts carrying it)."""
    if not isinstance(parameters, list | tuple) or not parameters:
        return None
    names = _pk_names(table)
    if len(names) != 1:
        return None
    (pk,) = names
    ids = set()
    for params in parameters:
        if not isinstance(params, Mapping) or params.get(pk) is None:
            return None
        ids.add(params[pk])
    return ids


def _where_ids(table: Any, where: Any) -> set[Any] | None:
    """Ids named by ``where``: ``pk == x`` or ``pk IN (...)``, alone or ANDed; else None."""
    if where is None:
        return None
    names = _pk_names(table)
    if len(names) != 1:
        return None
    clauses = (
        list(where.clauses)
        if isinstance(where, BooleanClauseList) and where.operator is operators.and_
        else [where]
    )
    for clause in clauses:
        ids = _pk_condition(clause, names)
        if ids is not None:
            return ids
    return None


def _pk_condition(clause: Any, pk_names: set[str]) -> set[Any] | None:
    if not isinstance(clause, BinaryExpression):
        return None
    column, value = clause.left, clause.right
    if getattr(column, "key", None) not in pk_names or not getattr(column, "primary_key", False):
        return None
    if not isinstance(value, BindParameter) or value.callable is not None:
        return None
    if clause.operator is operators.eq and value.value is not None:
        return {value.value}
    if clause.operator is operators.in_op and isinstance(value.value, list | tuple):
        return set(value.value)
    return None


__all__ = ["NO_CHANGES", "Changes", "discard", "pending", "record"]
