"""« Aide → À propos… »: the version (the package's, as everywhere), the member's tabs, the
database, and where the log file is, with a button that opens its folder."""

from __future__ import annotations

import html
import platform
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from backoffice import __version__, logs
from backoffice.ui.crash import open_log_folder
from backoffice.ui.dialogs import inform
from backoffice.ui.errors import translated

if TYPE_CHECKING:
    from backoffice.ui.context import AppContext
    from backoffice.views.registry import ViewSpec


def show_about(parent: QWidget, specs: Sequence[ViewSpec], context: AppContext) -> QMessageBox:
    # What the app offers is what is registered, so the text follows the tabs as they land.
    tabs = ", ".join(translated(spec.title) for spec in specs) or QCoreApplication.translate(
        "About", "aucun onglet"
    )
    # A rich-text box: every value it quotes is escaped.
    box = inform(
        parent,
        QCoreApplication.translate("About", "À propos du back-office"),
        QCoreApplication.translate(
            "About", "<b>Back-office de la boutique</b> — version {0}"
        ).format(html.escape(__version__)),
        informative=QCoreApplication.translate(
            "About",
            "Application du personnel de la boutique.\nVos onglets : {0}\n"
            "Base : {1}\nConnecté : {2}\nJournal : {3}\nSystème : {4}",
        )
        .format(
            html.escape(tabs),
            html.escape(context.database_label),
            html.escape(context.actor.email),
            html.escape(str(logs.log_path())),
            html.escape(
                f"{platform.system()} {platform.release()}, Python {platform.python_version()}"
            ),
        )
        .replace("\n", "<br>"),
        rich=True,
        object_name="aboutBox",
    )
    folder = box.addButton(
        QCoreApplication.translate("About", "Ouvrir le dossier du journal"),
        QMessageBox.ButtonRole.ActionRole,
    )
    folder.setObjectName("openLogFolderButton")
    folder.clicked.connect(open_log_folder)
    return box
