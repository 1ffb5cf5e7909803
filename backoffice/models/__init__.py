"""SQLAlchemy models of the shop database (exact seed table and column names)."""

from backoffice.models.base import Base, utcnow
from backoffice.models.carts import Panier, PanierTemp
from backoffice.models.catalog import Categorie, Produit
from backoffice.models.enums import (
    STAFF_ROLES,
    RoleName,
    StatutAvis,
    StatutCommande,
    StatutConversation,
    StatutDevis,
    TypeConversation,
)
from backoffice.models.invoicing import (
    Avoir,
    AvoirLigne,
    ChaineDocument,
    CompteurDocument,
    FactureInstantane,
)
from backoffice.models.messaging import Conversation, Message, PieceJointe
from backoffice.models.orders import (
    Commande,
    CommandeProduit,
    Facture,
    HistoriqueCommande,
    Paiement,
)
from backoffice.models.quotes import Devis, DevisNumero, Service
from backoffice.models.reviews import Avis, ListeSouhaits, ListeSouhaitsProduit
from backoffice.models.security import ConnexionMotif, TentativeInconnue, TotpEtape
from backoffice.models.settings import ParametreBoutique
from backoffice.models.support import AssignationConversation, NoteConversation, ReponseType
from backoffice.models.users import (
    Adresse,
    HistoriqueAction,
    HistoriqueConnexion,
    Role,
    SessionUtilisateur,
    Utilisateur,
)

__all__ = [
    "STAFF_ROLES",
    "Adresse",
    "AssignationConversation",
    "Avis",
    "Avoir",
    "AvoirLigne",
    "Base",
    "Categorie",
    "ChaineDocument",
    "Commande",
    "CommandeProduit",
    "CompteurDocument",
    "ConnexionMotif",
    "Conversation",
    "Devis",
    "DevisNumero",
    "Facture",
    "FactureInstantane",
    "HistoriqueAction",
    "HistoriqueCommande",
    "HistoriqueConnexion",
    "ListeSouhaits",
    "ListeSouhaitsProduit",
    "Message",
    "NoteConversation",
    "Paiement",
    "Panier",
    "PanierTemp",
    "ParametreBoutique",
    "PieceJointe",
    "Produit",
    "ReponseType",
    "Role",
    "RoleName",
    "Service",
    "SessionUtilisateur",
    "StatutAvis",
    "StatutCommande",
    "StatutConversation",
    "StatutDevis",
    "TentativeInconnue",
    "TotpEtape",
    "TypeConversation",
    "Utilisateur",
    "utcnow",
]
