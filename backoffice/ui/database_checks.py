"""What the shell checks before opening a database: the demo database (created, seeded,
upgraded or rebuilt), whether a shop database is at this version's schema, and why one
could not be opened (in French).

Blocking functions, run off the GUI thread (``in_thread``); their French texts keep the
shell's translation context.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from sqlalchemy.engine import Engine, make_url

from backoffice import migrations, schema_profile
from backoffice.db import make_engine
from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.ui.errors import is_connection_error, user_message

log = logging.getLogger(__name__)


# Marked so that lupdate extracts it (translated in database_label).
DEMO_LABEL = QT_TRANSLATE_NOOP("Shell", "démo")


def database_label(url: str, *, demo: bool = False) -> str:
    """``démo``, ``host/database`` for a server, the file name for SQLite."""
    if demo:
        return QCoreApplication.translate("Shell", DEMO_LABEL)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return Path(parsed.database or "").name or "sqlite"
    return f"{parsed.host or 'localhost'}/{parsed.database or ''}"


# --- demo database --------------------------------------------------------------------


def demo_media_dir(path: Path) -> Path:
    """The demo's product pictures, next to the demo database ``path``."""
    return path.parent / "demo-media"


def use_demo_media(settings: QSettings, path: Path) -> None:
    """Points the « media base » preference at the demo's pictures when it is unset.

    A media base the member chose (a web address or another folder) is left alone.
    """
    from backoffice.ui.preferences import preferences_for

    preferences = preferences_for(settings)
    folder = demo_media_dir(path)
    if not preferences.media_base and folder.is_dir():
        preferences.update(media_base=str(folder))


def create_demo_database(path: Path, out: Callable[[str], None]) -> None:
    """Migrate and seed a new demo database (worker thread).

    Built under a temporary name and renamed at the end, so that an interrupted first run
    never leaves a half-filled demo database that would be opened next time.
    """
    from backoffice.services.demo import seed_demo
    from backoffice.services.demo.media import product_tiles
    from backoffice.ui.demo_media import draw_demo_media

    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(path.name + ".creating")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    url = f"sqlite:///{building}"
    out(QCoreApplication.translate("Shell", "Création du schéma…"))
    migrations.upgrade(url)
    engine = make_engine(url, statement_timeout_ms=None)
    try:
        out(
            QCoreApplication.translate(
                "Shell", "Ajout des produits, clients et commandes de démonstration…"
            )
        )
        seed_demo(engine, scale="small", out=lambda line: log.info("demo: %s", line))
        out(QCoreApplication.translate("Shell", "Dessin des images des produits…"))
        draw_demo_media(demo_media_dir(path), product_tiles(engine))
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    os.replace(building, path)


def delete_demo_database(path: Path) -> None:
    """Removes the demo database file and its WAL side files (worker thread)."""
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def demo_upgrade_failure_text(exc: BaseException) -> str:
    """Why the demo database cannot be brought up to date, in French."""
    from alembic.util import CommandError

    if isinstance(exc, CommandError) and "locate revision" in str(exc):
        # alembic_version names a revision this version does not know.
        return QCoreApplication.translate(
            "Shell",
            "La base de démonstration a été créée par une version plus récente du "
            "back-office : cette version ne peut pas l'ouvrir.",
        )
    return QCoreApplication.translate(
        "Shell", "La base de démonstration n'a pas pu être mise à jour pour cette version."
    )


class SchemaError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def check_schema(engine: Engine) -> None:
    """Raises SchemaError (French) when the database is not at this version's revision."""
    from backoffice.migrations.schema_state import DbState, detect_state

    with engine.connect() as connection:
        status = detect_state(connection)
    if status.up_to_date:
        schema_profile.refresh(engine)  # tables made since the engine first connected
        return
    if status.state is DbState.WEBSITE:
        raise SchemaError(
            QCoreApplication.translate(
                "Shell",
                "Cette base est celle du site de la boutique, mais le back-office ne l'a pas "
                "encore adoptée. Un administrateur doit lancer « backoffice-cli db upgrade "
                "--dry-run » (pour voir ce qui sera ajouté), puis « backoffice-cli db "
                "upgrade » sur cette base : rien du site n'est modifié.",
            )
        )
    if status.state is DbState.EMPTY:
        raise SchemaError(
            QCoreApplication.translate(
                "Shell",
                "Cette base de données est vide. Un administrateur doit d'abord lancer "
                "« backoffice-cli db upgrade » sur cette base.",
            )
        )
    if status.state is DbState.FOREIGN:
        raise SchemaError(
            QCoreApplication.translate(
                "Shell",
                "Cette base ne contient pas le schéma de la boutique (tables absentes : {0}). "
                "Vérifiez le nom de la base dans la connexion.",
            ).format(", ".join(status.missing_seed_tables))
        )
    if status.state is DbState.NEWER:
        raise SchemaError(
            QCoreApplication.translate(
                "Shell",
                "Cette base (révision {0}) a été mise à jour par une version plus récente du "
                "back-office. Installez la dernière version du back-office.",
            ).format(status.revision)
        )
    raise SchemaError(
        QCoreApplication.translate(
            "Shell",
            "Le schéma de cette base (révision {0}) ne correspond pas à cette version du "
            "back-office (révision {1}). Un administrateur doit lancer « backoffice-cli db "
            "upgrade », ou installez la version du back-office qui correspond à la base.",
        ).format(status.revision, status.head)
    )


def open_failure_text(exc: BaseException) -> str:
    """Why a database could not be opened, in French (schema, connection, other)."""
    if isinstance(exc, SchemaError):
        return exc.message
    from backoffice.ui.connection_dialog import describe_connection_error

    # PyMySQL: "Can't connect to MySQL server on 'db' (timed out)".
    if is_connection_error(exc) or "connect" in str(exc).lower():
        return describe_connection_error(exc)
    return user_message(exc)


def probe_database(url: str) -> None:
    """Opens ``url`` once and checks its schema, then lets it go (worker thread); raises
    SchemaError or the connection's error."""
    engine = make_engine(url)
    try:
        check_schema(engine)
    finally:
        engine.dispose()
