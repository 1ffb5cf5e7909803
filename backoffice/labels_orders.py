"""The French wording of the orders' stored values and fields (the Commandes tab, the order
window, the workflow's messages). The statuses themselves are
:data:`backoffice.labels.ORDER_STATUS_LABELS`. No Qt.

Every label is marked with :func:`QT_TRANSLATE_NOOP` in the context ``Labels``
(:data:`backoffice.labels.CONTEXT`); the UI shows ``QCoreApplication.translate("Labels",
label)``. A value without a label is shown as stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.labels import ORDER_STATUS_LABELS, order_status_label


def _labels(values: dict[str, str]) -> Mapping[str, str]:
    return MappingProxyType(values)


# commandes.mode_livraison: the values the shop uses (others are shown as stored).
SHIPPING_MODE_LABELS: Mapping[str, str] = _labels(
    {
        "colissimo": QT_TRANSLATE_NOOP("Labels", "Colissimo"),
        "point_relais": QT_TRANSLATE_NOOP("Labels", "Point relais"),
        "chronopost": QT_TRANSLATE_NOOP("Labels", "Chronopost"),
    }
)

# commandes.methode_paiement
PAYMENT_METHOD_LABELS: Mapping[str, str] = _labels(
    {
        "carte": QT_TRANSLATE_NOOP("Labels", "Carte bancaire"),
        "paypal": QT_TRANSLATE_NOOP("Labels", "PayPal"),
        "virement": QT_TRANSLATE_NOOP("Labels", "Virement"),
    }
)

# The same, short, for the list's « Paiement » column.
PAYMENT_METHOD_SHORT_LABELS: Mapping[str, str] = _labels(
    {
        "carte": QT_TRANSLATE_NOOP("Labels", "Carte"),
        "paypal": QT_TRANSLATE_NOOP("Labels", "PayPal"),
        "virement": QT_TRANSLATE_NOOP("Labels", "Virement"),
    }
)

# paiements.statut, as the payment provider writes it.
PAYMENT_STATUS_LABELS: Mapping[str, str] = _labels(
    {
        "succeeded": QT_TRANSLATE_NOOP("Labels", "Réglé"),
        "paid": QT_TRANSLATE_NOOP("Labels", "Réglé"),
        "refunded": QT_TRANSLATE_NOOP("Labels", "Remboursé"),
        "partially_refunded": QT_TRANSLATE_NOOP("Labels", "Remboursé en partie"),
        "pending": QT_TRANSLATE_NOOP("Labels", "En attente"),
        "processing": QT_TRANSLATE_NOOP("Labels", "En cours"),
        "requires_payment_method": QT_TRANSLATE_NOOP("Labels", "En attente"),
        "failed": QT_TRANSLATE_NOOP("Labels", "Échoué"),
        "canceled": QT_TRANSLATE_NOOP("Labels", "Annulé"),
    }
)

# The state of an order's payments in the list (services.orders.listing.payment_state).
PAYMENT_STATE_LABELS: Mapping[str, str] = _labels(
    {
        "regle": QT_TRANSLATE_NOOP("Labels", "réglé"),
        "rembourse": QT_TRANSLATE_NOOP("Labels", "remboursé"),
        "en_attente": QT_TRANSLATE_NOOP("Labels", "en attente"),
    }
)

# The buttons of the workflow, by target status.
ORDER_ACTION_LABELS: Mapping[str, str] = _labels(
    {
        "validee": QT_TRANSLATE_NOOP("Labels", "Valider"),
        "en_preparation": QT_TRANSLATE_NOOP("Labels", "Préparer"),
        "expediee": QT_TRANSLATE_NOOP("Labels", "Expédier…"),
        "livree": QT_TRANSLATE_NOOP("Labels", "Marquer livrée"),
        "annulee": QT_TRANSLATE_NOOP("Labels", "Annuler…"),
    }
)

# The status buttons above the list (plural, as the counts read: « Validées 3 344 »).
ORDER_STATUS_PLURAL_LABELS: Mapping[str, str] = _labels(
    {
        "en_attente": QT_TRANSLATE_NOOP("Labels", "En attente"),
        "validee": QT_TRANSLATE_NOOP("Labels", "Validées"),
        "en_preparation": QT_TRANSLATE_NOOP("Labels", "En préparation"),
        "expediee": QT_TRANSLATE_NOOP("Labels", "Expédiées"),
        "livree": QT_TRANSLATE_NOOP("Labels", "Livrées"),
        "annulee": QT_TRANSLATE_NOOP("Labels", "Annulées"),
    }
)

# commandes.motif_annulation: the reasons offered (the demo's; any text is accepted).
CANCEL_REASONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Labels", "Paiement refusé"),
    QT_TRANSLATE_NOOP("Labels", "Commande non réglée dans les délais"),
    QT_TRANSLATE_NOOP("Labels", "Demande du client"),
    QT_TRANSLATE_NOOP("Labels", "Produit en rupture de stock"),
    QT_TRANSLATE_NOOP("Labels", "Adresse de livraison invalide"),
    QT_TRANSLATE_NOOP("Labels", "Commande en double"),
)

# historique_commande.action
HISTORY_ACTION_LABELS: Mapping[str, str] = _labels(
    {
        "creation": QT_TRANSLATE_NOOP("Labels", "Commande passée"),
        "changement_statut": QT_TRANSLATE_NOOP("Labels", "Changement de statut"),
        "note": QT_TRANSLATE_NOOP("Labels", "Note interne"),
    }
)

# The fields of the order window and of conflicts.
ORDER_FIELD_LABELS: Mapping[str, str] = _labels(
    {
        "reference": QT_TRANSLATE_NOOP("Labels", "Référence"),
        "date_commande": QT_TRANSLATE_NOOP("Labels", "Date"),
        "statut": QT_TRANSLATE_NOOP("Labels", "Statut"),
        "notes": QT_TRANSLATE_NOOP("Labels", "Notes internes"),
        "motif_annulation": QT_TRANSLATE_NOOP("Labels", "Motif d'annulation"),
        "commentaire_annulation": QT_TRANSLATE_NOOP("Labels", "Commentaire d'annulation"),
        "transporteur": QT_TRANSLATE_NOOP("Labels", "Transporteur"),
        "numero_suivi": QT_TRANSLATE_NOOP("Labels", "Numéro de suivi"),
    }
)

# The carriers offered by « Expédier… » (any text is accepted).
CARRIERS: tuple[str, ...] = ("Colissimo", "Chronopost", "Mondial Relay", "DPD", "GLS", "UPS")


def status_change_message(old: str, new: str) -> str:
    """« Statut passé de « En attente » à « Validée » », the history's ``message`` (French:
    the website shows it as stored)."""
    return f"Statut passé de « {order_status_label(old)} » à « {order_status_label(new)} »"


__all__ = [
    "CANCEL_REASONS",
    "CARRIERS",
    "HISTORY_ACTION_LABELS",
    "ORDER_ACTION_LABELS",
    "ORDER_FIELD_LABELS",
    "ORDER_STATUS_LABELS",
    "ORDER_STATUS_PLURAL_LABELS",
    "PAYMENT_METHOD_LABELS",
    "PAYMENT_METHOD_SHORT_LABELS",
    "PAYMENT_STATE_LABELS",
    "PAYMENT_STATUS_LABELS",
    "SHIPPING_MODE_LABELS",
    "status_change_message",
]
