-- Website-made schema, PostgreSQL variant 1 ("pg_enum").
--
-- Written by hand from the shop's ER diagram (shared seed 000), the way the shop's PHP
-- website could have created its database: ENUM types, SERIAL keys, a quoted "idRole",
-- naive timestamps holding Paris wall-clock time, a trigger keeping updated_at current.
-- Not generated from backoffice.models: tests use it to check that the back-office adopts
-- a schema it did not create. No seed-003 tables (avis, listes_souhaits...) and no
-- back-office table (totp_etapes, alembic_version).
-- Data: pg_enum_data.sql (loaded after this file).

CREATE TYPE statut_commande AS ENUM (
    'en_attente', 'validee', 'en_preparation', 'expediee', 'livree', 'annulee'
);
CREATE TYPE statut_devis AS ENUM ('en_attente', 'en_cours', 'termine', 'rejete');
CREATE TYPE type_conversation AS ENUM ('general', 'commande', 'devis', 'support');
CREATE TYPE statut_conversation AS ENUM ('ouvert', 'en_attente', 'resolu', 'ferme');

-- The site keeps updated_at current in the database rather than in PHP.
CREATE FUNCTION maj_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at = now();
    RETURN NEW;
END;
$$;

CREATE TABLE roles (
    id SERIAL PRIMARY KEY,
    libelle VARCHAR(50) NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now()
);

CREATE TABLE utilisateurs (
    id SERIAL PRIMARY KEY,
    email VARCHAR(255) NOT NULL UNIQUE,
    username VARCHAR(100),
    password VARCHAR(255) NOT NULL,
    nom VARCHAR(100),
    prenom VARCHAR(100),
    adresse TEXT,
    code_postal VARCHAR(20),
    ville VARCHAR(100),
    telephone VARCHAR(30),
    "idRole" INTEGER NOT NULL DEFAULT 5 REFERENCES roles (id),
    date_inscription TIMESTAMP WITHOUT TIME ZONE DEFAULT now(),
    derniere_connexion TIMESTAMP WITHOUT TIME ZONE,
    two_factor_secret VARCHAR(64),
    two_factor_enabled BOOLEAN DEFAULT FALSE,
    backup_code VARCHAR(255),
    notif_new_connexion BOOLEAN DEFAULT TRUE,
    notif_password_change BOOLEAN DEFAULT TRUE,
    notif_failed_attempts BOOLEAN DEFAULT TRUE,
    remember_devices BOOLEAN DEFAULT FALSE,
    extended_session BOOLEAN DEFAULT FALSE,
    confirm_order_by_email BOOLEAN DEFAULT TRUE,
    points_fidelite INTEGER DEFAULT 0,
    profile_picture VARCHAR(255)
);

CREATE TABLE adresses (
    id SERIAL PRIMARY KEY,
    id_utilisateur INTEGER NOT NULL REFERENCES utilisateurs (id) ON DELETE CASCADE,
    nom_adresse VARCHAR(100),
    type_adresse VARCHAR(30) DEFAULT 'livraison',
    nom_complet VARCHAR(200),
    rue VARCHAR(255),
    complement VARCHAR(255),
    code_postal VARCHAR(20),
    ville VARCHAR(100),
    pays VARCHAR(100) DEFAULT 'France',
    telephone VARCHAR(30),
    is_default BOOLEAN DEFAULT FALSE,
    date_creation TIMESTAMP WITHOUT TIME ZONE DEFAULT now(),
    date_modification TIMESTAMP WITHOUT TIME ZONE
);

CREATE TABLE categories (
    id SERIAL PRIMARY KEY,
    nom VARCHAR(150) NOT NULL,
    description TEXT,
    parent_id INTEGER REFERENCES categories (id) ON DELETE SET NULL,
    image_url VARCHAR(500),
    est_actif BOOLEAN DEFAULT TRUE,
    slug VARCHAR(191) NOT NULL UNIQUE,
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now()
);

CREATE TRIGGER categories_maj_updated_at
    BEFORE UPDATE ON categories
    FOR EACH ROW EXECUTE FUNCTION maj_updated_at();

CREATE TABLE produits (
    id SERIAL PRIMARY KEY,
    nom VARCHAR(255) NOT NULL,
    description TEXT,
    description_courte VARCHAR(500),
    prix DECIMAL(10, 2) NOT NULL,
    prix_promo DECIMAL(10, 2),
    stock INTEGER NOT NULL DEFAULT 0,
    id_categorie INTEGER REFERENCES categories (id) ON DELETE SET NULL,
    image_url VARCHAR(500),
    images_supplementaires TEXT,
    caracteristiques TEXT,
    est_actif BOOLEAN DEFAULT TRUE,
    est_featured BOOLEAN DEFAULT FALSE,
    slug VARCHAR(191) NOT NULL UNIQUE,
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now()
);

CREATE TRIGGER produits_maj_updated_at
    BEFORE UPDATE ON produits
    FOR EACH ROW EXECUTE FUNCTION maj_updated_at();

CREATE TABLE commandes (
    id SERIAL PRIMARY KEY,
    id_utilisateur INTEGER NOT NULL REFERENCES utilisateurs (id),
    date_commande TIMESTAMP WITHOUT TIME ZONE DEFAULT now(),
    statut statut_commande NOT NULL DEFAULT 'en_attente',
    montant_total DECIMAL(10, 2) NOT NULL,
    frais_livraison DECIMAL(10, 2) DEFAULT 0.00,
    tva DECIMAL(10, 2) DEFAULT 0.00,
    pays_livraison VARCHAR(100),
    mode_livraison VARCHAR(50),
    point_relais_id VARCHAR(50),
    point_relais_nom VARCHAR(255),
    instructions_livraison TEXT,
    adresse_livraison TEXT,
    adresse_facturation TEXT,
    methode_paiement VARCHAR(50),
    reference VARCHAR(50) NOT NULL UNIQUE,
    notes TEXT,
    motif_annulation VARCHAR(255),
    commentaire_annulation TEXT,
    note_client INTEGER,
    commentaire_client TEXT
);

CREATE TABLE commande_produit (
    id SERIAL PRIMARY KEY,
    id_commande INTEGER NOT NULL REFERENCES commandes (id) ON DELETE CASCADE,
    id_produit INTEGER NOT NULL REFERENCES produits (id),
    quantite INTEGER NOT NULL DEFAULT 1,
    prix_unitaire DECIMAL(10, 2) NOT NULL
);

CREATE TABLE factures (
    id SERIAL PRIMARY KEY,
    id_commande INTEGER NOT NULL REFERENCES commandes (id),
    numero_facture VARCHAR(50) NOT NULL UNIQUE,
    date_emission TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    montant_ht DECIMAL(10, 2) NOT NULL,
    montant_tva DECIMAL(10, 2) NOT NULL,
    montant_ttc DECIMAL(10, 2) NOT NULL,
    date_creation TIMESTAMP WITHOUT TIME ZONE DEFAULT now()
);

CREATE TABLE paiements (
    id SERIAL PRIMARY KEY,
    id_commande INTEGER NOT NULL REFERENCES commandes (id),
    payment_intent_id VARCHAR(255),
    statut VARCHAR(50) NOT NULL,
    montant DECIMAL(10, 2) NOT NULL,
    details TEXT,
    date_paiement TIMESTAMP WITHOUT TIME ZONE DEFAULT now()
);

CREATE TABLE historique_commande (
    id SERIAL PRIMARY KEY,
    id_commande INTEGER NOT NULL REFERENCES commandes (id) ON DELETE CASCADE,
    id_utilisateur INTEGER REFERENCES utilisateurs (id),
    action VARCHAR(100) NOT NULL,
    details TEXT,
    date_action TIMESTAMP WITHOUT TIME ZONE DEFAULT now()
);

CREATE TABLE services (
    id SERIAL PRIMARY KEY,
    nom VARCHAR(255) NOT NULL,
    description TEXT,
    prix_base DECIMAL(10, 2),
    image_url VARCHAR(500),
    est_actif BOOLEAN DEFAULT TRUE,
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now()
);

CREATE TABLE devis (
    id SERIAL PRIMARY KEY,
    id_utilisateur INTEGER NOT NULL REFERENCES utilisateurs (id),
    id_service INTEGER NOT NULL REFERENCES services (id),
    description_demande TEXT,
    statut statut_devis NOT NULL DEFAULT 'en_attente',
    date_demande TIMESTAMP WITHOUT TIME ZONE DEFAULT now(),
    date_reponse TIMESTAMP WITHOUT TIME ZONE,
    montant_estime DECIMAL(10, 2),
    notes_admin TEXT
);

CREATE TABLE conversations (
    id SERIAL PRIMARY KEY,
    id_utilisateur INTEGER NOT NULL REFERENCES utilisateurs (id),
    sujet VARCHAR(255) NOT NULL,
    type type_conversation NOT NULL DEFAULT 'general',
    reference_commande INTEGER REFERENCES commandes (id),
    reference_devis INTEGER REFERENCES devis (id),
    statut statut_conversation NOT NULL DEFAULT 'ouvert',
    date_creation TIMESTAMP WITHOUT TIME ZONE DEFAULT now(),
    date_derniere_activite TIMESTAMP WITHOUT TIME ZONE DEFAULT now()
);

CREATE TABLE messages (
    id SERIAL PRIMARY KEY,
    id_conversation INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    id_utilisateur INTEGER REFERENCES utilisateurs (id),
    contenu TEXT NOT NULL,
    is_client BOOLEAN DEFAULT TRUE,
    lu BOOLEAN DEFAULT FALSE,
    date_creation TIMESTAMP WITHOUT TIME ZONE DEFAULT now()
);

CREATE TABLE pieces_jointes (
    id SERIAL PRIMARY KEY,
    id_message INTEGER REFERENCES messages (id) ON DELETE CASCADE,
    id_conversation INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    nom_fichier VARCHAR(255) NOT NULL,
    chemin_fichier VARCHAR(500) NOT NULL,
    date_creation TIMESTAMP WITHOUT TIME ZONE DEFAULT now()
);

CREATE TABLE panier (
    id SERIAL PRIMARY KEY,
    id_utilisateur INTEGER NOT NULL REFERENCES utilisateurs (id) ON DELETE CASCADE,
    id_produit INTEGER NOT NULL REFERENCES produits (id) ON DELETE CASCADE,
    quantite INTEGER NOT NULL DEFAULT 1,
    date_ajout TIMESTAMP WITHOUT TIME ZONE DEFAULT now(),
    date_modification TIMESTAMP WITHOUT TIME ZONE DEFAULT now()
);

CREATE TABLE panier_temp (
    id SERIAL PRIMARY KEY,
    session_id VARCHAR(255) NOT NULL,
    id_produit INTEGER NOT NULL REFERENCES produits (id) ON DELETE CASCADE,
    quantite INTEGER NOT NULL DEFAULT 1,
    date_ajout TIMESTAMP WITHOUT TIME ZONE DEFAULT now(),
    date_modification TIMESTAMP WITHOUT TIME ZONE DEFAULT now()
);

CREATE TABLE historique_actions (
    id SERIAL PRIMARY KEY,
    id_utilisateur INTEGER REFERENCES utilisateurs (id) ON DELETE SET NULL,
    type_action VARCHAR(100) NOT NULL,
    details TEXT,
    date_action TIMESTAMP WITHOUT TIME ZONE DEFAULT now()
);

CREATE TABLE historique_connexions (
    id SERIAL PRIMARY KEY,
    id_utilisateur INTEGER REFERENCES utilisateurs (id) ON DELETE CASCADE,
    ip VARCHAR(45),
    user_agent TEXT,
    succes BOOLEAN DEFAULT FALSE,
    date_connexion TIMESTAMP WITHOUT TIME ZONE DEFAULT now()
);

CREATE TABLE sessions (
    id SERIAL PRIMARY KEY,
    id_utilisateur INTEGER NOT NULL REFERENCES utilisateurs (id) ON DELETE CASCADE,
    session_token VARCHAR(255) NOT NULL,
    user_agent TEXT,
    ip VARCHAR(45),
    last_activity TIMESTAMP WITHOUT TIME ZONE DEFAULT now()
);
