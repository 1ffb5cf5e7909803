"""The French wording of stored values and of fields, one home for each: roles; the
statuses of orders, quotes, conversations and reviews; the catalogue's field labels. No
Qt: services, documents and the UI all read it.

Every label is marked with :func:`QT_TRANSLATE_NOOP` in the context :data:`CONTEXT`, so
``pyside6-lupdate`` extracts it; the UI shows ``QCoreApplication.translate(CONTEXT,
label)`` (the French text itself until a translation is installed).

A value without a label is shown as stored rather than hidden.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models.enums import (
    RoleName,
    StatutAvis,
    StatutCommande,
    StatutConversation,
    StatutDevis,
    TypeConversation,
)

CONTEXT = "Labels"


def _labels(values: dict[str, str]) -> Mapping[str, str]:
    return MappingProxyType(values)


ROLE_LABELS: Mapping[str, str] = _labels(
    {
        RoleName.ADMIN: QT_TRANSLATE_NOOP("Labels", "Administrateur"),
        RoleName.MANAGER: QT_TRANSLATE_NOOP("Labels", "Responsable"),
        RoleName.EMPLOYE: QT_TRANSLATE_NOOP("Labels", "Employé"),
        RoleName.SUPPORT: QT_TRANSLATE_NOOP("Labels", "Support client"),
        RoleName.CLIENT: QT_TRANSLATE_NOOP("Labels", "Client"),
    }
)

# commandes.statut
ORDER_STATUS_LABELS: Mapping[str, str] = _labels(
    {
        StatutCommande.EN_ATTENTE: QT_TRANSLATE_NOOP("Labels", "En attente"),
        StatutCommande.VALIDEE: QT_TRANSLATE_NOOP("Labels", "Validée"),
        StatutCommande.EN_PREPARATION: QT_TRANSLATE_NOOP("Labels", "En préparation"),
        StatutCommande.EXPEDIEE: QT_TRANSLATE_NOOP("Labels", "Expédiée"),
        StatutCommande.LIVREE: QT_TRANSLATE_NOOP("Labels", "Livrée"),
        StatutCommande.ANNULEE: QT_TRANSLATE_NOOP("Labels", "Annulée"),
    }
)

# devis.statut
QUOTE_STATUS_LABELS: Mapping[str, str] = _labels(
    {
        StatutDevis.EN_ATTENTE: QT_TRANSLATE_NOOP("Labels", "En attente"),
        StatutDevis.EN_COURS: QT_TRANSLATE_NOOP("Labels", "En cours"),
        StatutDevis.TERMINE: QT_TRANSLATE_NOOP("Labels", "Terminé"),
        StatutDevis.REJETE: QT_TRANSLATE_NOOP("Labels", "Rejeté"),
    }
)

# conversations.type
CONVERSATION_TYPE_LABELS: Mapping[str, str] = _labels(
    {
        TypeConversation.GENERAL: QT_TRANSLATE_NOOP("Labels", "Question générale"),
        TypeConversation.COMMANDE: QT_TRANSLATE_NOOP("Labels", "Commande"),
        TypeConversation.DEVIS: QT_TRANSLATE_NOOP("Labels", "Devis"),
        TypeConversation.SUPPORT: QT_TRANSLATE_NOOP("Labels", "Support"),
    }
)

# conversations.statut
CONVERSATION_STATUS_LABELS: Mapping[str, str] = _labels(
    {
        StatutConversation.OUVERT: QT_TRANSLATE_NOOP("Labels", "Ouverte"),
        StatutConversation.EN_ATTENTE: QT_TRANSLATE_NOOP("Labels", "En attente du client"),
        StatutConversation.RESOLU: QT_TRANSLATE_NOOP("Labels", "Résolue"),
        StatutConversation.FERME: QT_TRANSLATE_NOOP("Labels", "Fermée"),
    }
)

# avis.statut
REVIEW_STATUS_LABELS: Mapping[str, str] = _labels(
    {
        StatutAvis.EN_ATTENTE: QT_TRANSLATE_NOOP("Labels", "En attente de modération"),
        StatutAvis.APPROUVE: QT_TRANSLATE_NOOP("Labels", "Approuvé"),
        StatutAvis.REJETE: QT_TRANSLATE_NOOP("Labels", "Rejeté"),
    }
)

# An invoice's credit state (services.invoices.snapshot.CreditState), in the Factures tab.
INVOICE_STATE_LABELS: Mapping[str, str] = _labels(
    {
        "emise": QT_TRANSLATE_NOOP("Labels", "Émise"),
        "partiellement_creditee": QT_TRANSLATE_NOOP("Labels", "Partiellement créditée"),
        "creditee": QT_TRANSLATE_NOOP("Labels", "Créditée"),
    }
)

# The enum behind each table of labels (tests check every value has its label).
LABELLED_ENUMS: Mapping[type[StrEnum], Mapping[str, str]] = _labels(
    {  # type: ignore[dict-item]
        RoleName: ROLE_LABELS,
        StatutCommande: ORDER_STATUS_LABELS,
        StatutDevis: QUOTE_STATUS_LABELS,
        TypeConversation: CONVERSATION_TYPE_LABELS,
        StatutConversation: CONVERSATION_STATUS_LABELS,
        StatutAvis: REVIEW_STATUS_LABELS,
    }
)

# produits: the form's fields, the list's columns, conflicts, audits and CSV messages.
PRODUCT_FIELD_LABELS: Mapping[str, str] = _labels(
    {
        "nom": QT_TRANSLATE_NOOP("Labels", "Nom"),
        "slug": QT_TRANSLATE_NOOP("Labels", "Slug"),
        "prix": QT_TRANSLATE_NOOP("Labels", "Prix"),
        "prix_promo": QT_TRANSLATE_NOOP("Labels", "Prix promotionnel"),
        "stock": QT_TRANSLATE_NOOP("Labels", "Stock"),
        "id_categorie": QT_TRANSLATE_NOOP("Labels", "Catégorie"),
        "description_courte": QT_TRANSLATE_NOOP("Labels", "Description courte"),
        "description": QT_TRANSLATE_NOOP("Labels", "Description"),
        "image_url": QT_TRANSLATE_NOOP("Labels", "Image"),
        "images_supplementaires": QT_TRANSLATE_NOOP("Labels", "Images supplémentaires"),
        "caracteristiques": QT_TRANSLATE_NOOP("Labels", "Caractéristiques"),
        "est_actif": QT_TRANSLATE_NOOP("Labels", "Actif"),
        "est_featured": QT_TRANSLATE_NOOP("Labels", "Mis en avant"),
    }
)

# categories
CATEGORY_FIELD_LABELS: Mapping[str, str] = _labels(
    {
        "nom": QT_TRANSLATE_NOOP("Labels", "Nom"),
        "slug": QT_TRANSLATE_NOOP("Labels", "Slug"),
        "description": QT_TRANSLATE_NOOP("Labels", "Description"),
        "image_url": QT_TRANSLATE_NOOP("Labels", "Image"),
        "est_actif": QT_TRANSLATE_NOOP("Labels", "Active"),
        "parent_id": QT_TRANSLATE_NOOP("Labels", "Catégorie parente"),
    }
)


# utilisateurs (a customer's own fields) and adresses: the customer forms, conflicts, audits.
CUSTOMER_FIELD_LABELS: Mapping[str, str] = _labels(
    {
        "nom": QT_TRANSLATE_NOOP("Labels", "Nom"),
        "prenom": QT_TRANSLATE_NOOP("Labels", "Prénom"),
        "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
        "telephone": QT_TRANSLATE_NOOP("Labels", "Téléphone"),
        "adresse": QT_TRANSLATE_NOOP("Labels", "Adresse"),
        "code_postal": QT_TRANSLATE_NOOP("Labels", "Code postal"),
        "ville": QT_TRANSLATE_NOOP("Labels", "Ville"),
    }
)
ADDRESS_FIELD_LABELS: Mapping[str, str] = _labels(
    {
        "nom_adresse": QT_TRANSLATE_NOOP("Labels", "Nom de l'adresse"),
        "nom_complet": QT_TRANSLATE_NOOP("Labels", "Destinataire"),
        "rue": QT_TRANSLATE_NOOP("Labels", "Rue"),
        "complement": QT_TRANSLATE_NOOP("Labels", "Complément"),
        "code_postal": QT_TRANSLATE_NOOP("Labels", "Code postal"),
        "ville": QT_TRANSLATE_NOOP("Labels", "Ville"),
        "pays": QT_TRANSLATE_NOOP("Labels", "Pays"),
        "telephone": QT_TRANSLATE_NOOP("Labels", "Téléphone"),
        "is_default": QT_TRANSLATE_NOOP("Labels", "Adresse par défaut"),
    }
)


class SignInReason(StrEnum):
    """Why a sign-in attempt failed, as stored in ``connexions_motifs.motif``."""

    WRONG_PASSWORD = "wrong_password"  # noqa: S105 - a reason code, not a password
    UNKNOWN_ACCOUNT = "unknown_account"
    LOCKED = "locked"
    WRONG_CODE = "wrong_code"
    CUSTOMER_ACCOUNT = "customer_account"
    UNSUPPORTED_HASH = "unsupported_hash"
    CHALLENGE_EXPIRED = "challenge_expired"
    DUPLICATE_ACCOUNT = "duplicate_account"
    ACCOUNT_GONE = "account_gone"
    # Secured database: the member has no active database identity (Sécurité → Personnel).
    NO_DATABASE_IDENTITY = "no_database_identity"


# connexions_motifs.motif: what the Sécurité tab shows (never the person signing in).
SIGN_IN_REASONS: Mapping[str, str] = _labels(
    {
        SignInReason.WRONG_PASSWORD: QT_TRANSLATE_NOOP("Labels", "Mot de passe incorrect"),
        SignInReason.UNKNOWN_ACCOUNT: QT_TRANSLATE_NOOP("Labels", "Compte inconnu"),
        SignInReason.LOCKED: QT_TRANSLATE_NOOP("Labels", "Compte bloqué (trop d'échecs)"),
        SignInReason.WRONG_CODE: QT_TRANSLATE_NOOP("Labels", "Code de vérification incorrect"),
        SignInReason.CUSTOMER_ACCOUNT: QT_TRANSLATE_NOOP(
            "Labels", "Compte client (sans accès au back-office)"
        ),
        SignInReason.UNSUPPORTED_HASH: QT_TRANSLATE_NOOP(
            "Labels", "Mot de passe enregistré dans un format non pris en charge"
        ),
        SignInReason.CHALLENGE_EXPIRED: QT_TRANSLATE_NOOP(
            "Labels", "Vérification expirée ou déjà utilisée"
        ),
        SignInReason.DUPLICATE_ACCOUNT: QT_TRANSLATE_NOOP(
            "Labels", "Adresse partagée par plusieurs comptes"
        ),
        SignInReason.ACCOUNT_GONE: QT_TRANSLATE_NOOP("Labels", "Compte supprimé entre-temps"),
        SignInReason.NO_DATABASE_IDENTITY: QT_TRANSLATE_NOOP(
            "Labels", "Sans accès à la base (identité absente ou retirée)"
        ),
    }
)


def label(labels: Mapping[str, str], value: str) -> str:
    """``value``'s label in ``labels``; an unknown value as stored."""
    return labels.get(value, value)


def role_label(role: str) -> str:
    """``"employe"`` → « Employé »; an unknown role as stored."""
    return ROLE_LABELS.get(role, role)


def sign_in_reason_label(reason: str) -> str:
    """``"wrong_password"`` → « Mot de passe incorrect »; an unknown code as stored."""
    return SIGN_IN_REASONS.get(reason, reason)


def order_status_label(status: str) -> str:
    """``"en_preparation"`` → « En préparation »; an unknown status as stored."""
    return ORDER_STATUS_LABELS.get(status, status)


__all__ = [
    "ADDRESS_FIELD_LABELS",
    "CATEGORY_FIELD_LABELS",
    "CONTEXT",
    "CONVERSATION_STATUS_LABELS",
    "CONVERSATION_TYPE_LABELS",
    "CUSTOMER_FIELD_LABELS",
    "INVOICE_STATE_LABELS",
    "LABELLED_ENUMS",
    "ORDER_STATUS_LABELS",
    "PRODUCT_FIELD_LABELS",
    "QT_TRANSLATE_NOOP",
    "QUOTE_STATUS_LABELS",
    "REVIEW_STATUS_LABELS",
    "ROLE_LABELS",
    "SIGN_IN_REASONS",
    "SignInReason",
    "label",
    "order_status_label",
    "role_label",
    "sign_in_reason_label",
]
