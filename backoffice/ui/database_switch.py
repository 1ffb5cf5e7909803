"""« Fichier → Connexion à une base… » while signed in: choosing another database without
losing anything until the member confirms.

:func:`offer_database_switch` opens the connection dialog over the working window (modal
to it); the new database is checked off the GUI thread while the session goes on. Annuler,
a base that does not open, the same base, a declined question or a form with unsaved
changes leave everything as it was: still signed in, the same tabs and windows, what was
typed. Only a confirmed switch ends the session (the shell then signs out and opens the
sign-in on the new base). Its pieces:

* :class:`DatabaseChoice`: which database a session runs on (the demo, or a URL and the
  saved profile it came from);
* :func:`refuse_if_unsaved`: a form with unsaved changes is never lost silently — the
  switch is refused and the box names each such form;
* :func:`confirm_switch`: « Changer de base vous déconnecte… », with the number of windows
  that will close;
* :class:`ProfilesSnapshot`: the connection dialog saves the profile as the default when
  it is accepted; a switch that does not happen in the end (refused, declined, the base
  could not be opened) puts the saved profiles back as they were, so the next start opens
  the database the member is still working on.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.engine import make_url

from backoffice.ui.database_checks import (
    SchemaError,
    database_label,
    open_failure_text,
    probe_database,
)
from backoffice.ui.dialogs import ask, tell

if TYPE_CHECKING:
    from backoffice.connections import ConnectionProfile
    from backoffice.ui.app import Shell

T = TypeVar("T")


class WorkWindow(Protocol):
    """What the switch asks of the main window (which only the shell imports)."""

    def unsaved_forms(self) -> list[str]: ...

    def open_windows(self) -> list[QWidget]: ...


def _work(window: QWidget) -> WorkWindow:
    if not (hasattr(window, "unsaved_forms") and hasattr(window, "open_windows")):
        raise TypeError("the main window is expected")
    return window  # type: ignore[return-value]  # checked just above


log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DatabaseChoice:
    """The database a session runs on: the demo one, or ``url`` (and the saved profile it
    comes from, whose shop time zone applies; None for a URL given directly)."""

    url: str
    profile: ConnectionProfile | None = None
    demo: bool = False

    @property
    def shop_timezone(self) -> str | None:
        return self.profile.shop_timezone if self.profile is not None else None

    def same_database(self, other: DatabaseChoice) -> bool:
        """The same server, database and user, read in the same shop time zone (so that
        nothing would change by switching); the password does not count."""
        if self.demo or other.demo:
            return self.demo and other.demo
        mine, theirs = make_url(self.url), make_url(other.url)
        return (
            mine.get_backend_name() == theirs.get_backend_name()
            and (mine.host or "", mine.port, mine.database, mine.username)
            == (theirs.host or "", theirs.port, theirs.database, theirs.username)
            and self.shop_timezone == other.shop_timezone
        )


async def refuse_if_unsaved(window: QWidget) -> bool:
    """True (and a box naming them) when open forms hold unsaved changes."""
    forms = _work(window).unsaved_forms()
    if not forms:
        return False
    names = "\n".join(f"• {title}" for title in forms)
    text = QCoreApplication.translate(
        "DatabaseSwitch",
        "Enregistrez ou annulez d'abord les modifications en cours : changer de base "
        "fermerait ces fenêtres.\n{0}",
    ).format(names)
    await tell(
        window,
        QCoreApplication.translate("DatabaseSwitch", "Modifications non enregistrées"),
        text,
        warning=True,
        object_name="unsavedFormsBox",
    )
    return True


async def confirm_switch(window: QWidget, current_label: str, new_label: str) -> bool:
    """« Changer de base vous déconnecte… »; True when the member confirms."""
    windows = len(_work(window).open_windows())
    if windows == 1:
        closing = QCoreApplication.translate(
            "DatabaseSwitch", "La fenêtre ouverte sera fermée (rien n'y est en cours de saisie)."
        )
    elif windows > 1:
        closing = QCoreApplication.translate(
            "DatabaseSwitch",
            "Les {0} fenêtres ouvertes seront fermées (rien n'y est en cours de saisie).",
        ).format(windows)
    else:
        closing = ""
    text = QCoreApplication.translate(
        "DatabaseSwitch",
        "Changer de base vous déconnecte de « {0} » : il faudra vous connecter à « {1} ».",
    ).format(current_label, new_label)
    return await ask(
        window,
        QCoreApplication.translate("DatabaseSwitch", "Changer de base"),
        text,
        QCoreApplication.translate("DatabaseSwitch", "Se déconnecter et changer de base"),
        warning=True,
        informative=closing,
        object_name="switchDatabaseBox",
        yes_name="switchDatabaseYes",
        no_name="switchDatabaseNo",
    )


class ProfilesSnapshot:
    """The saved connection profiles (``connections.json``) as they were, to put back.

    Blocking file access: ``take`` and ``restore`` run off the GUI thread."""

    def __init__(self, path: Path, content: bytes | None) -> None:
        self.path = path
        self.content = content

    @classmethod
    def take(cls) -> ProfilesSnapshot:
        from backoffice import connections

        path = connections.profiles_path()
        try:
            return cls(path, path.read_bytes())
        except FileNotFoundError:
            return cls(path, None)

    def restore(self) -> None:
        """Puts the file back as it was (removes it if there was none); best effort."""
        try:
            current = self.path.read_bytes() if self.path.exists() else None
            if current == self.content:
                return
            if self.content is None:
                self.path.unlink(missing_ok=True)
            else:
                self.path.write_bytes(self.content)
        except OSError as exc:
            log.warning("Could not restore the connection profiles: %s", exc)


async def _in_thread(fn: Callable[..., T], *args: Any) -> T:
    return await asyncio.get_running_loop().run_in_executor(None, fn, *args)


async def offer_database_switch(shell: Shell, window: QWidget, label: str) -> bool:
    """The whole flow; True once the member chose another database that opens and
    confirmed leaving ``label`` (``shell.next_database`` is then set)."""
    if await refuse_if_unsaved(window):
        return False
    snapshot = await _in_thread(ProfilesSnapshot.take)
    switching = False
    try:
        chosen = await ask_reachable_database(shell, window)
        if chosen is None:
            return False
        current = shell.current_database
        if current is not None and chosen.same_database(current):
            await tell(
                window,
                QCoreApplication.translate("DatabaseSwitch", "Connexion à une base"),
                QCoreApplication.translate(
                    "DatabaseSwitch", "Vous êtes déjà connecté à cette base : rien ne change."
                ),
                object_name="sameDatabaseBox",
            )
            return False
        # Forms may have been edited while the dialog was open (it is modal to the main
        # window only), and while the question is up.
        if await refuse_if_unsaved(window):
            return False
        if not await confirm_switch(window, label, database_label(chosen.url)):
            return False
        if await refuse_if_unsaved(window):
            return False
        shell.next_database = chosen
        switching = True
        return True
    finally:
        if not switching:
            await _in_thread(snapshot.restore)


async def ask_reachable_database(shell: Shell, window: QWidget) -> DatabaseChoice | None:
    """The connection dialog until it names a database that opens at this version's
    schema (checked off the GUI thread, the session untouched), or None (Annuler)."""
    from backoffice import shop_time

    notice = ""
    failed_url: str | None = None
    failed_profile: ConnectionProfile | None = None
    while True:
        asked = await shell.ask_connection(notice, failed_url, failed_profile, parent=window)
        if asked is None:
            return None
        url, profile = asked
        try:
            shop_time.load_zone(profile.shop_timezone)  # checked; applied by the shell later
            await _in_thread(probe_database, url)
        except Exception as exc:
            if not isinstance(exc, SchemaError | ValueError):
                log.warning("Cannot open the chosen database: %s", exc)
            text = str(exc) if isinstance(exc, ValueError) else open_failure_text(exc)
            notice, failed_url, failed_profile = text, url, profile
            continue
        return DatabaseChoice(url, profile)


__all__ = [
    "DatabaseChoice",
    "ProfilesSnapshot",
    "ask_reachable_database",
    "confirm_switch",
    "offer_database_switch",
    "refuse_if_unsaved",
]
