"""The conversations benchmark's volume: 100 000 conversations and 1 000 000 messages added
to a demo base (any scale), for ``benchmarks/conversations_tab.py``.

Rows are drawn from one seeded ``random.Random`` as the demo generator does, for the base's
own customers and support staff: about ten messages per conversation, alternating
customer and staff, the customer's last word unread in an open thread; conversation 1 of
the batch holds :data:`LONG_THREAD` messages (the 500-message thread the benchmark opens).
PostgreSQL loads with ``COPY`` (then ``ANALYZE``), the others with batched INSERTs.
Qt-free.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import Engine

from backoffice.models import Conversation, Message, Role, RoleName, Utilisateur
from backoffice.services.demo import vocabulary as cat

LONG_THREAD = 500
BATCH = 5_000
TYPES = ("general", "commande", "devis", "support")
CONVERSATION_COLUMNS = (
    "id",
    "id_utilisateur",
    "sujet",
    "type",
    "statut",
    "date_creation",
    "date_derniere_activite",
)
MESSAGE_COLUMNS = (
    "id",
    "id_conversation",
    "id_utilisateur",
    "contenu",
    "is_client",
    "lu",
    "date_creation",
)


def _ids(engine: Engine, role: str) -> list[int]:
    with engine.connect() as connection:
        return list(
            connection.execute(
                select(Utilisateur.id)
                .join(Role, Role.id == Utilisateur.idRole)
                .where(Role.libelle == role)
                .order_by(Utilisateur.id)
            ).scalars()
        )


def _next_id(engine: Engine, column: Any) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.coalesce(func.max(column), 0))).scalar_one()) + 1


# What customers write about: real inboxes are varied, so a search for a product or a
# number finds a few threads, not a sixth of them (the demo's six sentences alone would).
ITEMS = (
    "théière", "bouilloire", "casserole", "poêle", "cocotte", "saladier", "carafe", "tasse",
    "mug", "assiette", "couteau", "planche", "lampe", "coussin", "plaid", "rideau", "tapis",
    "vase", "miroir", "horloge", "étagère", "tabouret", "chaise", "fauteuil", "bougie",
    "panier", "boîte", "cadre", "parure", "serviette", "peignoir", "housse", "nappe",
    "torchon", "moulin", "balance", "passoire", "spatule", "fouet", "louche",
)  # fmt: skip
STATES = ("abîmé", "cassé", "rayé", "incomplet", "ébréché", "fendu", "décoloré", "trop petit")


def _text(rng: random.Random, from_client: bool) -> str:
    if not from_client:
        return rng.choice(cat.STAFF_MESSAGES)
    text = rng.choice(cat.CLIENT_MESSAGES)
    if rng.random() < 0.4:
        text += f" Le {rng.choice(ITEMS)} reçu est {rng.choice(STATES)}."
    if rng.random() < 0.3:
        text += f" Mon numéro de suivi : {rng.randrange(10**7, 10**8)}."
    return text


def generate_rows(
    conversations: int,
    messages: int,
    *,
    customers: list[int],
    staff: list[int],
    first_conversation: int,
    first_message: int,
    now: datetime,
    seed: int,
) -> tuple[list[tuple[Any, ...]], Iterator[tuple[Any, ...]]]:
    """The conversation rows, and the message rows as a stream (a million of them)."""
    rng = random.Random(seed)
    # Each conversation's message count: LONG_THREAD for the first, the rest spread so
    # that the total is ``messages`` (about ten each).
    rest = max(messages - LONG_THREAD, conversations - 1)
    counts = [LONG_THREAD] + [1] * (conversations - 1)
    for _ in range(rest - (conversations - 1)):
        counts[1 + rng.randrange(conversations - 1)] += 1
    rows: list[tuple[Any, ...]] = []
    plan: list[tuple[int, int, int, str, int]] = []
    for k in range(conversations):
        conv_id = first_conversation + k
        status = rng.choice(("ouvert", "ouvert", "en_attente", "resolu", "resolu", "ferme"))
        kind = TYPES[rng.randrange(4)]
        open_now = status in ("ouvert", "en_attente")
        started = now - timedelta(seconds=rng.randrange(3_600, (15 if open_now else 400) * 86_400))
        customer = customers[rng.randrange(len(customers))]
        # A thread lasts from a few minutes to two weeks, and ends before now.
        span = max(120, int((now - started).total_seconds()) - 60)
        duration = rng.randrange(60, min(span, 15 * 86_400))
        last = started + timedelta(seconds=duration)
        subject = rng.choice(cat.CONVERSATION_SUBJECTS[kind])
        rows.append((conv_id, customer, subject, kind, status, started, last))
        plan.append((conv_id, customer, counts[k], status, int(started.timestamp()), duration))

    def message_rows() -> Iterator[tuple[Any, ...]]:
        message_id = first_message
        for conv_id, customer, count, status, started, duration in plan:
            step = max(1, duration // max(count, 1))
            for j in range(count):
                from_client = j % 2 == 0 or (status == "ouvert" and j == count - 1)
                last = j == count - 1
                unread = last and from_client and status == "ouvert"
                when = datetime.fromtimestamp(started + step * (j + 1), UTC)
                yield (
                    message_id,
                    conv_id,
                    customer if from_client else staff[rng.randrange(len(staff))],
                    _text(rng, from_client),
                    from_client,
                    not unread,
                    when,
                )
                message_id += 1

    return rows, message_rows()


def add_conversation_volume(
    engine: Engine,
    *,
    conversations: int = 100_000,
    messages: int = 1_000_000,
    seed: int = 20261201,
    out: Callable[[str], None] = print,
) -> dict[str, int]:
    """Adds the volume to a demo base (its customers and support staff must exist)."""
    started = time.perf_counter()
    customers = _ids(engine, RoleName.CLIENT)
    staff = _ids(engine, RoleName.SUPPORT) or _ids(engine, RoleName.ADMIN)
    if not customers or not staff:
        raise ValueError("Chargez d'abord les données de démonstration (db seed-demo).")
    conv_rows, message_rows = generate_rows(
        conversations,
        messages,
        customers=customers,
        staff=staff,
        first_conversation=_next_id(engine, Conversation.id),
        first_message=_next_id(engine, Message.id),
        now=datetime.now(UTC).replace(microsecond=0),
        seed=seed,
    )
    if engine.dialect.name == "postgresql":
        written = _copy(engine, conv_rows, message_rows)
    else:
        written = _inserts(engine, conv_rows, message_rows)
    out(
        f"{written['conversations']} conversations et {written['messages']} messages ajoutés "
        f"en {time.perf_counter() - started:.0f} s."
    )
    return written


def _copy(
    engine: Engine, conv_rows: list[tuple[Any, ...]], message_rows: Iterator[tuple[Any, ...]]
) -> dict[str, int]:
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("SET LOCAL statement_timeout = 0")
        with cursor.copy(
            f"COPY conversations ({', '.join(CONVERSATION_COLUMNS)}) FROM STDIN"
        ) as copy:
            for row in conv_rows:
                copy.write_row(row)
        n = 0
        with cursor.copy(f"COPY messages ({', '.join(MESSAGE_COLUMNS)}) FROM STDIN") as copy:
            for row in message_rows:
                copy.write_row(row)
                n += 1
        for table in ("conversations", "messages"):
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), MAX(id)) FROM {table}"
            )
        raw.commit()
        raw.driver_connection.autocommit = True  # type: ignore[union-attr]
        cursor.execute("VACUUM (ANALYZE) conversations")
        cursor.execute("VACUUM (ANALYZE) messages")
        return {"conversations": len(conv_rows), "messages": n}
    except BaseException:
        raw.rollback()
        raise
    finally:
        raw.close()


def _inserts(
    engine: Engine, conv_rows: list[tuple[Any, ...]], message_rows: Iterator[tuple[Any, ...]]
) -> dict[str, int]:
    conversations = Conversation.__table__
    messages = Message.__table__
    n = 0
    with engine.begin() as connection:
        for i in range(0, len(conv_rows), BATCH):
            chunk = [
                dict(zip(CONVERSATION_COLUMNS, r, strict=True)) for r in conv_rows[i : i + BATCH]
            ]
            connection.execute(insert(conversations), chunk)
        batch: list[dict[str, Any]] = []
        for row in message_rows:
            batch.append(dict(zip(MESSAGE_COLUMNS, row, strict=True)))
            if len(batch) == BATCH:
                connection.execute(insert(messages), batch)
                n += len(batch)
                batch = []
        if batch:
            connection.execute(insert(messages), batch)
            n += len(batch)
        if engine.dialect.name != "sqlite":
            connection.execute(text("ANALYZE TABLE conversations, messages"))
    return {"conversations": len(conv_rows), "messages": n}


__all__ = ["LONG_THREAD", "add_conversation_volume", "generate_rows"]
