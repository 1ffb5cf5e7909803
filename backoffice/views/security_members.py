"""Sécurité → Personnel: each member's database identity (secured databases).

« Accès à la base » shows whether the member has an identity of their own (« Actif »),
had one disabled (« Désactivé ») or none (« Aucun »). « Rôle et accès… » gives a role
(and so a group) and re-enables the identity; « Retirer l'accès… » disables it, which ends
the member's open connections at once. The services (and the database) check everything.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from backoffice.services.db_security.members import disable_member, role_choices, set_member_role
from backoffice.services.permissions import Permission
from backoffice.ui.dialogs import button_box, run_dialog
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.operations import run_operation
from backoffice.ui.specs import ActionSpec, ColumnSpec, Row
from backoffice.views.security_widgets import ask_confirmation


def _name(row: Row) -> str:
    name = " ".join(str(p) for p in (row.get("prenom"), row.get("nom")) if p)
    return name or str(row.get("email") or "")


def identity_column() -> ColumnSpec:
    return ColumnSpec(
        "identite",
        QCoreApplication.translate("Securite", "Accès à la base"),
        kind="enum",
        width=120,
        enum_labels={
            "actif": QCoreApplication.translate("Securite", "Actif"),
            "inactif": QCoreApplication.translate("Securite", "Désactivé"),
            "aucun": QCoreApplication.translate("Securite", "Aucun"),
        },
    )


class RoleDialog(QDialog):
    """The role to give a member; ``role`` once accepted."""

    def __init__(self, row: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberRoleDialog")
        self.setWindowTitle(self.tr("Rôle et accès à la base"))
        intro = QLabel(
            self.tr(
                "{name} reçoit ce rôle et les droits de son groupe dans la base. Ses sessions "
                "ouvertes sont fermées : il ou elle se reconnecte avec ses nouveaux droits."
            ).format(name=_name(row))
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.roles = QComboBox()
        self.roles.setObjectName("memberRole")
        self.roles.setAccessibleName(self.tr("Rôle"))
        for value, label in role_choices():
            self.roles.addItem(label, value)
        current = self.roles.findData(row.get("role"))
        self.roles.setCurrentIndex(max(0, current))
        form = QFormLayout()
        form.addRow(self.tr("&Rôle :"), self.roles)
        box, ok, cancel = button_box(self, self.tr("Appliquer"), ok_name="memberRoleOk")
        ok.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(box)
        self.setMinimumWidth(420)

    @property
    def role(self) -> str:
        return str(self.roles.currentData())


async def change_role(screen: ListScreen, rows: list[Row]) -> None:
    if not rows:
        return
    row = rows[0]
    dialog = RoleDialog(row, screen)
    if await run_dialog(dialog) != QDialog.DialogCode.Accepted.value:
        return
    role = dialog.role
    await run_operation(
        screen,
        set_member_role,
        int(row["id"]),
        role,
        done=lambda _r: QCoreApplication.translate(
            "Securite", "{name} : rôle et accès à la base mis à jour."
        ).format(name=_name(row)),
        refused=QCoreApplication.translate("Securite", "Rôle et accès à la base"),
    )


async def remove_access(screen: ListScreen, rows: list[Row]) -> None:
    if not rows:
        return
    row = rows[0]
    confirmed = await ask_confirmation(
        screen,
        QCoreApplication.translate("Securite", "Retirer l'accès à la base"),
        QCoreApplication.translate("Securite", "Retirer l'accès à la base de {name} ?").format(
            name=_name(row)
        ),
        QCoreApplication.translate("Securite", "Retirer l'accès"),
        informative=QCoreApplication.translate(
            "Securite",
            "Ses connexions ouvertes sont fermées tout de suite et la connexion lui est "
            "refusée jusqu'à ce qu'un administrateur lui redonne un rôle.",
        ),
        warning=True,
        object_name="confirmRemoveAccess",
    )
    if not confirmed:
        return
    await run_operation(
        screen,
        disable_member,
        int(row["id"]),
        done=lambda _r: QCoreApplication.translate(
            "Securite", "{name} n'a plus accès à la base."
        ).format(name=_name(row)),
        refused=QCoreApplication.translate("Securite", "Retirer l'accès à la base"),
    )


def member_actions() -> tuple[ActionSpec, ...]:
    return (
        ActionSpec(
            "role_acces",
            QCoreApplication.translate("Securite", "Rôle et accès à la base…"),
            change_role,
            permission=Permission.SECURITY_ADMIN,
            overflow=True,
        ),
        ActionSpec(
            "retirer_acces",
            QCoreApplication.translate("Securite", "Retirer l'accès à la base…"),
            remove_access,
            permission=Permission.SECURITY_ADMIN,
            overflow=True,
            enabled=lambda rows: any(row.get("identite") == "actif" for row in rows),
        ),
    )
