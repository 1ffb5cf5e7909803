"""Demo vocabulary, continued: what each kind of product is like, tile colours, cities.

Apart from :mod:`vocabulary` only to keep modules short; data, not code.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    """What a leaf's products are like: weight range (g), one characteristic, selling points."""

    grams: tuple[int, int]
    spec: tuple[str, tuple[str, ...]]
    features: tuple[str, ...]


P = Kind  # short alias for the table below
KINDS: dict[str, Kind] = {
    "Ordinateurs portables": P(
        (990, 2600),
        ("Écran", ("14 pouces", "15,6 pouces", "13,3 pouces")),
        (
            "processeur rapide et silencieux",
            "autonomie d'une journée",
            "clavier rétroéclairé",
            "SSD de 512 Go",
        ),
    ),
    "PC de bureau": P(
        (1800, 12000),
        ("Mémoire", ("8 Go", "16 Go", "32 Go")),
        ("ventilation silencieuse", "nombreux ports USB", "évolutif facilement", "Wi-Fi 6 intégré"),
    ),
    "Claviers": P(
        (400, 1200),
        ("Disposition", ("AZERTY", "AZERTY français")),
        (
            "frappe douce et précise",
            "touches rétroéclairées",
            "batterie longue durée",
            "repose-poignets intégré",
        ),
    ),
    "Souris": P(
        (60, 140),
        ("Résolution", ("1 600 dpi", "4 000 dpi", "16 000 dpi")),
        (
            "prise en main confortable",
            "capteur optique précis",
            "clic silencieux",
            "récepteur USB compact",
        ),
    ),
    "Écrans": P(
        (3200, 7500),
        ("Définition", ("Full HD", "QHD", "4K UHD")),
        (
            "dalle IPS aux couleurs fidèles",
            "pied réglable en hauteur",
            "filtre de lumière bleue",
            "bords fins",
        ),
    ),
    "Stockage": P(
        (10, 350),
        ("Capacité", ("128 Go", "512 Go", "1 To", "2 To")),
        (
            "transferts rapides en USB 3.2",
            "boîtier résistant aux chocs",
            "compatible Mac et PC",
            "format de poche",
        ),
    ),
    "Smartphones": P(
        (150, 230),
        ("Stockage", ("64 Go", "128 Go", "256 Go")),
        ("écran lumineux", "double capteur photo", "batterie de 5 000 mAh", "charge rapide"),
    ),
    "Coques et protections": P(
        (15, 80),
        ("Compatibilité", ("iPhone 15", "Galaxy S24", "Pixel 8")),
        (
            "protège des chutes et des rayures",
            "découpes précises",
            "toucher agréable",
            "pose sans bulles",
        ),
    ),
    "Chargeurs et câbles": P(
        (30, 400),
        ("Puissance", ("20 W", "45 W", "65 W")),
        (
            "charge rapide et sûre",
            "câble tressé résistant",
            "protection contre la surchauffe",
            "format compact",
        ),
    ),
    "Téléviseurs": P(
        (6500, 24000),
        ("Diagonale", ("43 pouces", "55 pouces", "65 pouces")),
        ("image 4K HDR", "applications intégrées", "son Dolby Audio", "mode jeu à faible latence"),
    ),
    "Casques et écouteurs": P(
        (40, 320),
        ("Autonomie", ("20 h", "30 h", "40 h")),
        (
            "réduction de bruit active",
            "son clair et équilibré",
            "coussinets à mémoire de forme",
            "micro pour les appels",
        ),
    ),
    "Enceintes": P(
        (300, 4500),
        ("Puissance", ("10 W", "40 W", "120 W")),
        (
            "son ample et précis",
            "connexion Bluetooth stable",
            "résistante aux éclaboussures",
            "basses profondes",
        ),
    ),
    "Petit électroménager": P(
        (700, 6500),
        ("Puissance", ("1 200 W", "1 800 W", "2 200 W")),
        (
            "prise en main facile",
            "arrêt automatique",
            "pièces lavables au lave-vaisselle",
            "finition inox",
        ),
    ),
    "Ustensiles": P(
        (150, 2800),
        ("Dimension", ("24 cm", "28 cm", "32 cm")),
        (
            "fond épais pour une chaleur homogène",
            "compatible induction",
            "lame en acier inoxydable",
            "poignée ergonomique",
        ),
    ),
    "Luminaires": P(
        (400, 6000),
        ("Ampoule", ("E27 LED", "E14 LED", "LED intégrée")),
        ("lumière chaude et douce", "intensité réglable", "abat-jour en lin", "pied stable"),
    ),
    "Linge de maison": P(
        (300, 1800),
        ("Matière", ("coton bio", "lin lavé", "polaire douce")),
        (
            "doux au toucher",
            "lavable en machine à 40 °C",
            "coutures renforcées",
            "teinte qui ne passe pas",
        ),
    ),
    "Rangement": P(
        (400, 9000),
        ("Dimension", ("30 × 30 cm", "40 × 30 cm", "80 × 30 cm")),
        ("montage sans outil", "matériaux durables", "s'intègre à toutes les pièces", "empilable"),
    ),
    "Outillage électroportatif": P(
        (1100, 3200),
        ("Alimentation", ("batterie 18 V", "secteur 750 W", "batterie 12 V")),
        (
            "moteur puissant",
            "poignée antidérapante",
            "livrée avec coffret",
            "éclairage LED de la zone de travail",
        ),
    ),
    "Outillage à main": P(
        (150, 1200),
        ("Matière", ("acier chrome-vanadium", "acier trempé", "aluminium")),
        (
            "manche bi-matière confortable",
            "robuste pour un usage intensif",
            "précision professionnelle",
            "rangement pratique",
        ),
    ),
    "Mobilier de jardin": P(
        (3000, 28000),
        ("Matière", ("aluminium", "acacia FSC", "résine tressée")),
        (
            "résiste aux intempéries",
            "se replie facilement",
            "entretien minimal",
            "assise confortable",
        ),
    ),
    "Arrosage": P(
        (300, 9000),
        ("Longueur", ("15 m", "25 m", "50 m")),
        ("raccords rapides étanches", "résiste aux UV", "réglage du débit", "économise l'eau"),
    ),
}
del P

# Tile colours of the demo's product pictures, by root category.
ROOT_COLOURS: dict[str, str] = {
    "Informatique": "#2f6db5",
    "Téléphonie": "#7a4fb0",
    "Image et son": "#c0392b",
    "Maison": "#c7772b",
    "Jardin et bricolage": "#3c8d4f",
}

# Real French cities with a matching postal code (customer addresses).
CITIES: tuple[tuple[str, str], ...] = (
    ("75011", "Paris"), ("75015", "Paris"), ("75018", "Paris"), ("69003", "Lyon"),
    ("69007", "Lyon"), ("13001", "Marseille"), ("13008", "Marseille"), ("31000", "Toulouse"),
    ("06000", "Nice"), ("44000", "Nantes"), ("67000", "Strasbourg"), ("34000", "Montpellier"),
    ("33000", "Bordeaux"), ("59000", "Lille"), ("35000", "Rennes"), ("51100", "Reims"),
    ("83000", "Toulon"), ("42000", "Saint-Étienne"), ("76600", "Le Havre"), ("38000", "Grenoble"),
    ("21000", "Dijon"), ("49000", "Angers"), ("30000", "Nîmes"), ("63000", "Clermont-Ferrand"),
    ("72000", "Le Mans"), ("13100", "Aix-en-Provence"), ("29200", "Brest"), ("37000", "Tours"),
    ("80000", "Amiens"), ("87000", "Limoges"), ("74000", "Annecy"), ("66000", "Perpignan"),
    ("57000", "Metz"), ("25000", "Besançon"), ("45000", "Orléans"), ("76000", "Rouen"),
    ("14000", "Caen"), ("54000", "Nancy"), ("68100", "Mulhouse"), ("64000", "Pau"),
    ("17000", "La Rochelle"), ("86000", "Poitiers"), ("56000", "Vannes"), ("84000", "Avignon"),
)  # fmt: skip
