"""Static French vocabulary of the demo shop: category tree, product words, services, texts
(the order statuses' wording is :data:`backoffice.labels.ORDER_STATUS_LABELS`).

Kept apart from the generator so that the generator reads as an algorithm and this file as
data; every user-facing string here is French because the staff sees it in the application.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Leaf:
    """A category that holds products: the nouns that name them and their price range (€)."""

    nom: str
    nouns: tuple[str, ...]
    prix_min: int
    prix_max: int


# Three levels: root → sub-category → leaf. A sub-category given as a Leaf has no children
# and holds products itself, so the tree is irregular like a real shop's.
CATEGORY_TREE: tuple[tuple[str, tuple[tuple[str, tuple[Leaf, ...]] | Leaf, ...]], ...] = (
    (
        "Informatique",
        (
            (
                "Ordinateurs",
                (
                    Leaf(
                        "Ordinateurs portables", ("Ordinateur portable", "Ultraportable"), 349, 1899
                    ),
                    Leaf("PC de bureau", ("PC de bureau", "Mini PC", "Tour gaming"), 299, 2299),
                ),
            ),
            (
                "Périphériques",
                (
                    Leaf("Claviers", ("Clavier sans fil", "Clavier mécanique"), 19, 159),
                    Leaf(
                        "Souris", ("Souris sans fil", "Souris ergonomique", "Souris gaming"), 9, 99
                    ),
                    Leaf(
                        "Écrans", ("Écran 24 pouces", "Écran 27 pouces", "Écran incurvé"), 119, 699
                    ),
                ),
            ),
            Leaf("Stockage", ("Disque SSD", "Disque dur externe", "Clé USB"), 9, 249),
        ),
    ),
    (
        "Téléphonie",
        (
            Leaf("Smartphones", ("Smartphone", "Smartphone reconditionné"), 129, 1199),
            (
                "Accessoires téléphone",
                (
                    Leaf(
                        "Coques et protections",
                        ("Coque silicone", "Verre trempé", "Étui folio"),
                        5,
                        39,
                    ),
                    Leaf(
                        "Chargeurs et câbles",
                        ("Chargeur rapide", "Câble USB-C", "Batterie externe"),
                        7,
                        69,
                    ),
                ),
            ),
        ),
    ),
    (
        "Image et son",
        (
            Leaf("Téléviseurs", ("Téléviseur LED", "Téléviseur OLED"), 249, 1999),
            (
                "Audio",
                (
                    Leaf(
                        "Casques et écouteurs", ("Casque Bluetooth", "Écouteurs sans fil"), 15, 349
                    ),
                    Leaf(
                        "Enceintes",
                        ("Enceinte portable", "Barre de son", "Enceinte connectée"),
                        29,
                        499,
                    ),
                ),
            ),
        ),
    ),
    (
        "Maison",
        (
            (
                "Cuisine",
                (
                    Leaf(
                        "Petit électroménager",
                        ("Bouilloire", "Grille-pain", "Robot pâtissier", "Cafetière"),
                        19,
                        399,
                    ),
                    Leaf(
                        "Ustensiles",
                        ("Poêle antiadhésive", "Set de couteaux", "Planche à découper"),
                        8,
                        129,
                    ),
                ),
            ),
            (
                "Décoration",
                (
                    Leaf("Luminaires", ("Lampe de chevet", "Suspension", "Lampadaire"), 19, 249),
                    Leaf("Linge de maison", ("Plaid", "Housse de couette", "Coussin"), 12, 119),
                ),
            ),
            Leaf("Rangement", ("Boîte de rangement", "Étagère", "Panier tressé"), 9, 149),
        ),
    ),
    (
        "Jardin et bricolage",
        (
            (
                "Outillage",
                (
                    Leaf(
                        "Outillage électroportatif",
                        ("Perceuse-visseuse", "Ponceuse", "Scie sauteuse"),
                        39,
                        299,
                    ),
                    Leaf(
                        "Outillage à main",
                        ("Coffret de tournevis", "Marteau", "Niveau à bulle"),
                        6,
                        89,
                    ),
                ),
            ),
            (
                "Jardin",
                (
                    Leaf(
                        "Mobilier de jardin",
                        ("Salon de jardin", "Chaise pliante", "Parasol"),
                        29,
                        899,
                    ),
                    Leaf(
                        "Arrosage",
                        ("Tuyau d'arrosage", "Arroseur oscillant", "Récupérateur d'eau"),
                        9,
                        179,
                    ),
                ),
            ),
        ),
    ),
)

# Invented brands: demo data must not look like it endorses or defames a real company.
BRANDS: tuple[str, ...] = (
    "Arvel",
    "Bornéo",
    "Calyx",
    "Dorval",
    "Élysa",
    "Fennec",
    "Galon",
    "Hélio",
    "Ivora",
    "Jorane",
    "Kestrel",
    "Lumen",
    "Mistral",
    "Norvège",
    "Orcal",
    "Pavo",
    "Quartz",
    "Rivéo",
    "Solène",
    "Tramontane",
    "Ubaye",
    "Vercors",
    "Wazo",
    "Xylo",
    "Yonne",
    "Zéphyr",
)
COLOURS: tuple[str, ...] = (
    "Noir",
    "Blanc",
    "Gris anthracite",
    "Bleu nuit",
    "Rouge",
    "Vert sauge",
    "Beige",
)
QUALIFIERS: tuple[str, ...] = (
    "compact et robuste",
    "idéal pour un usage quotidien",
    "garanti 2 ans",
    "finition soignée",
    "excellent rapport qualité-prix",
    "nouvelle génération",
    "économe en énergie",
    "conçu en France",
    "livré avec accessoires",
)

SERVICES: tuple[tuple[str, str, int | None], ...] = (
    (
        "Installation à domicile",
        "Un technicien installe et configure votre matériel chez vous.",
        79,
    ),
    (
        "Réparation de smartphone",
        "Remplacement d'écran, de batterie ou de connecteur de charge.",
        49,
    ),
    ("Récupération de données", "Récupération des fichiers d'un disque endommagé.", 149),
    ("Montage de PC sur mesure", "Assemblage et test d'un ordinateur selon vos besoins.", 99),
    ("Configuration réseau", "Installation d'un réseau Wi-Fi domestique ou professionnel.", 89),
    (
        "Nettoyage et optimisation d'ordinateur",
        "Dépoussiérage, pâte thermique, nettoyage logiciel.",
        59,
    ),
    ("Extension de garantie", "Deux années de garantie supplémentaires sur votre achat.", None),
    ("Formation informatique", "Séance individuelle pour prendre en main votre matériel.", 45),
    ("Livraison et installation d'électroménager", "Livraison à l'étage et mise en service.", 39),
    ("Aménagement de jardin", "Étude et devis pour l'aménagement de votre extérieur.", None),
)

DEVIS_REQUESTS: tuple[str, ...] = (
    "Bonjour, pourriez-vous me faire un devis pour cette prestation ?",
    "J'aurais besoin d'une intervention la semaine prochaine si possible.",
    "Pouvez-vous me donner un prix pour deux appareils ?",
    "Intervention souhaitée un samedi matin, est-ce possible ?",
    "Mon appareil ne s'allume plus depuis hier, que proposez-vous ?",
    "Je souhaite un devis détaillé pour mon entreprise (5 postes).",
)
DEVIS_NOTES: tuple[str, ...] = (
    "Pièces à commander, délai de 5 jours ouvrés.",
    "Client rappelé, intervention planifiée.",
    "Devis envoyé par courriel.",
    "Prestation hors zone d'intervention.",
    "Demande incomplète, précisions demandées au client.",
)

# The first two only make sense before payment (see the order generator).
CANCEL_REASONS: tuple[str, ...] = (
    "Paiement refusé",
    "Commande non réglée dans les délais",
    "Demande du client",
    "Produit en rupture de stock",
    "Adresse de livraison invalide",
    "Commande en double",
)
CANCEL_COMMENTS: tuple[str | None, ...] = (
    None,
    None,
    "Le client a été prévenu par courriel.",
    "Remboursement effectué sur le moyen de paiement d'origine.",
)
DELIVERY_INSTRUCTIONS: tuple[str, ...] = (
    "Laisser le colis chez le gardien.",
    "Sonner à l'interphone, 2e étage.",
    "Livraison après 18 h de préférence.",
    "Code du portail : 4521B.",
)
ORDER_NOTES: tuple[str, ...] = (
    "Emballage cadeau demandé.",
    "Client fidèle : geste commercial accordé.",
    "Vérifier l'adresse avant expédition.",
)
ORDER_FEEDBACK: tuple[tuple[int, str], ...] = (
    (5, "Livraison rapide, produit conforme."),
    (5, "Parfait, je recommande."),
    (4, "Très bien, emballage un peu abîmé."),
    (3, "Correct mais délai un peu long."),
    (2, "Colis arrivé en retard."),
    (1, "Produit défectueux à la réception."),
)
RELAY_POINTS: tuple[str, ...] = (
    "Tabac de la Mairie",
    "Librairie du Centre",
    "Pressing des Lilas",
    "Épicerie Saint-Michel",
    "Fleuriste Les Capucines",
    "Bureau de presse de la Gare",
)

REVIEW_TEXTS: dict[int, tuple[str, ...]] = {
    5: ("Excellent produit, je recommande vivement.", "Parfait, conforme à la description."),
    4: ("Très bon produit, quelques petits défauts.", "Bon rapport qualité-prix."),
    3: ("Correct sans plus.", "Fait le travail mais la finition est moyenne."),
    2: ("Déçu par la qualité.", "Ne correspond pas tout à fait à la description."),
    1: ("Produit tombé en panne au bout d'une semaine.", "À éviter."),
}
REVIEW_REJECT_REASONS: tuple[str, ...] = (
    "Propos injurieux",
    "Avis sans rapport avec le produit",
    "Contient des coordonnées personnelles",
    "Publicité pour un concurrent",
)

CONVERSATION_SUBJECTS: dict[str, tuple[str, ...]] = {
    "general": ("Question sur un produit", "Horaires du magasin", "Disponibilité d'un article"),
    "commande": ("Suivi de ma commande", "Colis non reçu", "Modifier mon adresse de livraison"),
    "devis": ("Question sur mon devis", "Précisions sur la prestation", "Date d'intervention"),
    "support": ("Problème de connexion", "Produit défectueux", "Demande de retour"),
}
CLIENT_MESSAGES: tuple[str, ...] = (
    "Bonjour, j'ai une question à ce sujet.",
    "Merci pour votre réponse rapide.",
    "Pouvez-vous me tenir informé s'il vous plaît ?",
    "Je n'ai toujours pas de nouvelles, pouvez-vous vérifier ?",
    "C'est noté, merci beaucoup.",
    "Est-il possible d'avoir une date plus précise ?",
)
STAFF_MESSAGES: tuple[str, ...] = (
    "Bonjour, merci pour votre message. Nous regardons cela tout de suite.",
    "Votre demande a bien été transmise au service concerné.",
    "Nous revenons vers vous sous 48 heures.",
    "Le problème est résolu, n'hésitez pas à nous recontacter.",
    "Pourriez-vous nous envoyer une photo du produit ?",
    "Bonne journée et merci de votre confiance.",
)
WISHLIST_NAMES: tuple[str, ...] = (
    "Mes envies",
    "Noël",
    "Anniversaire",
    "Pour la maison",
    "Plus tard",
)
