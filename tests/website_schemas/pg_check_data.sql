-- Data of the website-made fixture "pg_check" (load after pg_check.sql).
--
-- Every time is Paris wall-clock time, as the PHP site writes it (date('Y-m-d H:i:s')
-- with date.timezone = Europe/Paris). Passwords are PHP password_hash() bcrypt ($2y$10$);
-- the clear passwords and the expected local times are listed in tests/website_db.py
-- (WEBSITE_PASSWORDS, WEBSITE_EXPECTED_TIMES). pg_check_data.sql and mariadb_data.sql hold
-- the same rows; only the dialect details differ (here: idRole unquoted, UTC offsets on
-- the two timestamptz columns).

INSERT INTO roles (id, libelle, created_at) VALUES
    (1, 'admin', '2025-01-10 09:00:00'),
    (2, 'manager', '2025-01-10 09:00:00'),
    (3, 'employe', '2025-01-10 09:00:00'),
    (4, 'support', '2025-01-10 09:00:00'),
    (5, 'client', '2025-01-10 09:00:00');

INSERT INTO utilisateurs (id, email, username, password, nom, prenom, adresse, code_postal,
        ville, telephone, idRole, date_inscription, derniere_connexion, two_factor_enabled,
        points_fidelite) VALUES
    (1, 'admin@site.test', 'admin', '$2y$10$bAPzaKwuGzvOAtP8ImJWpOusS2C1Jxb.mD6XFy0YUmnLKptMPSOG2',
        'Admin', 'Site', NULL, NULL, NULL, NULL, 1,
        '2025-01-10 09:05:00', '2026-03-02 08:30:00', FALSE, 0),
    (2, 'manager@site.test', 'manager', '$2y$10$swaq5Uf3EGqUhljyk9lgTupWxnqp0qW/hTt5a.XAdVTPvSf.3TUOe',
        'Moreau', 'Julie', NULL, NULL, 'Lyon', '0472000002', 2,
        '2025-01-12 10:00:00', '2026-03-02 09:00:00', FALSE, 0),
    (3, 'employe@site.test', 'employe', '$2y$10$knZJT.UemONGn3lkK0pzoeUrcsJMDwsmHvRKp5Yb0eCknOJI70Rqu',
        'Garcia', 'Lucas', NULL, NULL, 'Lyon', '0472000003', 3,
        '2025-02-03 14:20:00', NULL, FALSE, 0),
    (4, 'support@site.test', 'support', '$2y$10$7JjOWVg/V3OVs1V30mDIOu3K2p66cM197ZW.IelfY4QhfFoch7pF.',
        'Roux', 'Sarah', NULL, NULL, 'Lyon', '0472000004', 4,
        '2025-02-03 14:25:00', '2026-03-30 11:00:00', FALSE, 0),
    (5, 'alice.martin@site.test', 'alice', '$2y$10$jupsmZAdQouR3En2jlw3DOsU29pAKXLP.s7t7C0FSmhESAG4n3Jg6',
        'Martin', 'Alice', '12 rue des Lilas', '69003', 'Lyon', '0601020305', 5,
        '2026-02-28 23:59:00', '2026-04-02 09:25:00', FALSE, 120),
    (6, 'bruno.durand@site.test', 'bruno', '$2y$10$kInfQzOOJb1WW0KMfgjDWeyV04Jz.4Na9aU.T1wsbyJ8rTY3DmYBO',
        'Durand', 'Bruno', '3 place Bellecour', '69002', 'Lyon', '0601020306', 5,
        '2026-03-28 23:30:00', '2026-05-12 18:00:00', FALSE, 40),
    (7, 'chloe.bernard@site.test', 'chloe', '$2y$10$9I.R68j8Cqx/Y8q3ieXzNO.nAjOzP1bFUmZ1w1AqQ58tWR0BKcnv6',
        'Bernard', 'Chloé', '8 avenue Jean Jaurès', '13001', 'Marseille', '0601020307', 5,
        '2026-03-29 03:30:00', '2026-03-29 03:31:00', FALSE, 0),
    (8, 'david.petit@site.test', 'david', '$2y$10$NiS7Zu2hClaSP70AZVoMY.1uE0lhEMIsgjMQ5hiSxEdy3AK/1sVY.',
        'Petit', 'David', '21 rue Nationale', '59000', 'Lille', '0601020308', 5,
        '2026-10-25 01:30:00', NULL, FALSE, 0),
    (9, 'emma.robert@site.test', 'emma', '$2y$10$D/FueQqrzTT8K.buwz9wmu0I3aOJvZP4eLzBSRSIGA1empDlIuoG.',
        'Robert', 'Emma', '5 quai de la Fosse', '44000', 'Nantes', '0601020309', 5,
        '2026-10-25 03:30:00', NULL, FALSE, 0),
    (10, 'francois.leroy@site.test', 'francois', '$2y$10$.2nDaTQztOWzWjtN.h.g0eFtLfpT8..5sSyDd4phLpHTRPVUYLT.6',
        'Leroy', 'François', '40 cours de l''Intendance', '33000', 'Bordeaux', '0601020310', 5,
        '2026-01-15 10:00:00', '2026-01-20 13:55:00', FALSE, 300);

INSERT INTO adresses (id, id_utilisateur, nom_adresse, type_adresse, nom_complet, rue,
        complement, code_postal, ville, pays, telephone, is_default, date_creation,
        date_modification) VALUES
    (1, 5, 'Maison', 'livraison', 'Alice Martin', '12 rue des Lilas', 'Bât. B', '69003',
        'Lyon', 'France', '0601020305', TRUE, '2026-03-01 10:00:00', NULL),
    (2, 6, 'Bureau', 'facturation', 'Bruno Durand', '3 place Bellecour', NULL, '69002',
        'Lyon', 'France', '0601020306', TRUE, '2026-03-28 23:40:00', '2026-05-12 17:58:00'),
    (3, 10, 'Maison', 'livraison', 'François Leroy', '40 cours de l''Intendance', NULL,
        '33000', 'Bordeaux', 'France', '0601020310', TRUE, '2026-01-15 10:05:00', NULL);

-- A small tree: two roots with children, and an inactive root.
INSERT INTO categories (id, nom, description, parent_id, image_url, est_actif, slug,
        created_at, updated_at) VALUES
    (1, 'Informatique', 'Ordinateurs et accessoires', NULL, NULL, TRUE, 'informatique',
        '2025-01-15 10:00:00', '2025-01-15 10:00:00'),
    (2, 'Ordinateurs portables', NULL, 1, NULL, TRUE, 'ordinateurs-portables',
        '2025-01-15 10:01:00', '2025-06-01 12:00:00'),
    (3, 'Périphériques', 'Claviers, souris, écrans', 1, NULL, TRUE, 'peripheriques',
        '2025-01-15 10:02:00', '2025-01-15 10:02:00'),
    (4, 'Maison', NULL, NULL, NULL, TRUE, 'maison',
        '2025-01-15 10:03:00', '2025-01-15 10:03:00'),
    (5, 'Cuisine', 'Petit électroménager', 4, NULL, TRUE, 'cuisine',
        '2025-01-15 10:04:00', '2025-01-15 10:04:00'),
    (6, 'Ancienne collection', NULL, NULL, NULL, FALSE, 'ancienne-collection',
        '2024-06-01 09:00:00', '2025-12-31 18:00:00');

-- Product 2 has a promo price, product 4 is out of stock, product 10 is inactive.
INSERT INTO produits (id, nom, description, description_courte, prix, prix_promo, stock,
        id_categorie, image_url, images_supplementaires, caracteristiques, est_actif,
        est_featured, slug, created_at, updated_at) VALUES
    (1, 'Portable Pro 14', 'Ordinateur portable 14 pouces, 16 Go de mémoire.', 'Portable 14"',
        1299.00, NULL, 12, 2, 'uploads/produits/portable-pro-14.jpg',
        '["uploads/produits/portable-pro-14-2.jpg"]', '{"ram": "16 Go", "ssd": "512 Go"}',
        TRUE, TRUE, 'portable-pro-14', '2025-02-01 10:00:00', '2026-01-05 16:30:00'),
    (2, 'Portable Air 13', 'Ordinateur portable léger.', 'Portable 13" léger',
        999.00, 899.00, 5, 2, 'uploads/produits/portable-air-13.jpg', NULL,
        '{"ram": "8 Go"}', TRUE, TRUE, 'portable-air-13',
        '2025-02-01 10:05:00', '2026-03-01 08:00:00'),
    (3, 'Souris sans fil', 'Souris optique sans fil.', NULL,
        29.90, NULL, 150, 3, NULL, NULL, NULL, TRUE, FALSE, 'souris-sans-fil',
        '2025-02-02 09:00:00', '2025-02-02 09:00:00'),
    (4, 'Clavier mécanique', 'Clavier mécanique AZERTY.', NULL,
        89.00, NULL, 0, 3, NULL, NULL, NULL, TRUE, FALSE, 'clavier-mecanique',
        '2025-02-02 09:10:00', '2026-04-02 10:00:00'),
    (5, 'Écran 27 pouces', 'Écran IPS 27 pouces.', NULL,
        329.00, NULL, 8, 3, NULL, NULL, NULL, TRUE, FALSE, 'ecran-27-pouces',
        '2025-02-02 09:20:00', '2025-02-02 09:20:00'),
    (6, 'Cafetière filtre', 'Cafetière programmable 12 tasses.', NULL,
        49.90, NULL, 30, 5, NULL, NULL, NULL, TRUE, FALSE, 'cafetiere-filtre',
        '2025-03-01 11:00:00', '2025-03-01 11:00:00'),
    (7, 'Bouilloire inox', 'Bouilloire 1,7 L.', NULL,
        39.00, NULL, 25, 5, NULL, NULL, NULL, TRUE, FALSE, 'bouilloire-inox',
        '2025-03-01 11:05:00', '2025-03-01 11:05:00'),
    (8, 'Robot pâtissier', 'Robot pâtissier 1000 W.', NULL,
        449.00, NULL, 3, 5, NULL, NULL, NULL, TRUE, TRUE, 'robot-patissier',
        '2025-03-01 11:10:00', '2025-03-01 11:10:00'),
    (9, 'Lampe de bureau', 'Lampe LED orientable.', NULL,
        34.50, NULL, 40, 4, NULL, NULL, NULL, TRUE, FALSE, 'lampe-de-bureau',
        '2025-03-02 15:00:00', '2025-03-02 15:00:00'),
    (10, 'Souris filaire (ancien modèle)', NULL, NULL,
        9.90, NULL, 7, 6, NULL, NULL, NULL, FALSE, FALSE, 'souris-filaire-ancien-modele',
        '2024-06-01 09:30:00', '2025-12-31 18:00:00');

-- montant_total = lines + frais_livraison; tva = the VAT (20 %) included in the total.
-- Orders 2/3 fall on both sides of the spring DST change, 4/5 of the autumn one.
INSERT INTO commandes (id, id_utilisateur, date_commande, statut, montant_total,
        frais_livraison, tva, pays_livraison, mode_livraison, point_relais_id,
        point_relais_nom, instructions_livraison, adresse_livraison, adresse_facturation,
        methode_paiement, reference, notes, motif_annulation, commentaire_annulation,
        note_client, commentaire_client) VALUES
    (1, 5, '2026-03-01 10:15:00', 'livree', 99.20, 4.90, 16.53, 'France', 'domicile',
        NULL, NULL, 'Sonner deux fois', '12 rue des Lilas, 69003 Lyon',
        '12 rue des Lilas, 69003 Lyon', 'carte', 'CMD-2026-0001', NULL, NULL, NULL, NULL, NULL),
    (2, 6, '2026-03-29 01:45:00', 'expediee', 899.00, 0.00, 149.83, 'France', 'point_relais',
        'PR-69002-17', 'Tabac de la Place', NULL, 'Tabac de la Place, 69002 Lyon',
        '3 place Bellecour, 69002 Lyon', 'carte', 'CMD-2026-0002', NULL, NULL, NULL, NULL, NULL),
    (3, 7, '2026-03-29 03:15:00', 'en_preparation', 93.80, 4.90, 15.63, 'France', 'domicile',
        NULL, NULL, NULL, '8 avenue Jean Jaurès, 13001 Marseille',
        '8 avenue Jean Jaurès, 13001 Marseille', 'paypal', 'CMD-2026-0003', NULL, NULL, NULL,
        NULL, NULL),
    (4, 8, '2026-10-25 01:50:00', 'validee', 329.00, 0.00, 54.83, 'France', 'domicile',
        NULL, NULL, NULL, '21 rue Nationale, 59000 Lille', '21 rue Nationale, 59000 Lille',
        'carte', 'CMD-2026-0004', NULL, NULL, NULL, NULL, NULL),
    (5, 9, '2026-10-25 03:40:00', 'en_attente', 449.00, 0.00, 74.83, 'France', 'domicile',
        NULL, NULL, NULL, '5 quai de la Fosse, 44000 Nantes', '5 quai de la Fosse, 44000 Nantes',
        'virement', 'CMD-2026-0005', 'En attente du virement', NULL, NULL, NULL, NULL),
    (6, 10, '2026-01-20 14:00:00', 'livree', 1328.90, 0.00, 221.48, 'France', 'domicile',
        NULL, NULL, NULL, '40 cours de l''Intendance, 33000 Bordeaux',
        '40 cours de l''Intendance, 33000 Bordeaux', 'carte', 'CMD-2026-0006', NULL, NULL,
        NULL, 4, 'Livraison rapide.'),
    (7, 5, '2026-04-02 09:30:00', 'annulee', 93.90, 4.90, 15.65, 'France', 'domicile',
        NULL, NULL, NULL, '12 rue des Lilas, 69003 Lyon', '12 rue des Lilas, 69003 Lyon',
        'carte', 'CMD-2026-0007', NULL, 'rupture_stock', 'Clavier plus disponible.', NULL, NULL),
    (8, 6, '2026-05-12 18:05:00', 'livree', 73.90, 4.90, 12.32, 'France', 'domicile',
        NULL, NULL, NULL, '3 place Bellecour, 69002 Lyon', '3 place Bellecour, 69002 Lyon',
        'carte', 'CMD-2026-0008', NULL, NULL, NULL, 5, 'Parfait, merci !');

INSERT INTO commande_produit (id, id_commande, id_produit, quantite, prix_unitaire) VALUES
    (1, 1, 3, 2, 29.90),
    (2, 1, 9, 1, 34.50),
    (3, 2, 2, 1, 899.00),
    (4, 3, 6, 1, 49.90),
    (5, 3, 7, 1, 39.00),
    (6, 4, 5, 1, 329.00),
    (7, 5, 8, 1, 449.00),
    (8, 6, 1, 1, 1299.00),
    (9, 6, 3, 1, 29.90),
    (10, 7, 4, 1, 89.00),
    (11, 8, 9, 2, 34.50);

INSERT INTO factures (id, id_commande, numero_facture, date_emission, montant_ht,
        montant_tva, montant_ttc, date_creation) VALUES
    (1, 1, 'FAC-2026-0001', '2026-03-01 10:20:00', 82.67, 16.53, 99.20,
        '2026-03-01 10:20:00');

INSERT INTO paiements (id, id_commande, payment_intent_id, statut, montant, details,
        date_paiement) VALUES
    (1, 1, 'pi_site_0001', 'succeeded', 99.20, '{"brand": "visa", "last4": "4242"}',
        '2026-03-01 10:16:00'),
    (2, 2, 'pi_site_0002', 'succeeded', 899.00, '{"brand": "mastercard", "last4": "4444"}',
        '2026-03-29 01:46:00'),
    (3, 3, 'PAYID-SITE-0003', 'succeeded', 93.80, '{"provider": "paypal"}',
        '2026-03-29 03:16:00'),
    (4, 4, 'pi_site_0004', 'succeeded', 329.00, '{"brand": "visa", "last4": "1881"}',
        '2026-10-25 01:51:00'),
    (5, 5, NULL, 'pending', 449.00, '{"provider": "virement"}', '2026-10-25 03:40:00'),
    (6, 6, 'pi_site_0006', 'succeeded', 1328.90, '{"brand": "visa", "last4": "4242"}',
        '2026-01-20 14:01:00'),
    (7, 7, 'pi_site_0007', 'refunded', 93.90, '{"brand": "visa", "last4": "4242"}',
        '2026-04-02 09:31:00'),
    (8, 8, 'pi_site_0008', 'succeeded', 73.90, '{"brand": "mastercard", "last4": "4444"}',
        '2026-05-12 18:06:00');

INSERT INTO historique_commande (id, id_commande, id_utilisateur, action, details,
        date_action) VALUES
    (1, 1, 5, 'creation', 'Commande passée', '2026-03-01 10:15:00'),
    (2, 1, 3, 'statut', 'en_attente -> validee', '2026-03-01 10:16:00'),
    (3, 1, 3, 'statut', 'validee -> expediee', '2026-03-02 14:00:00'),
    (4, 1, 3, 'statut', 'expediee -> livree', '2026-03-04 11:30:00'),
    (5, 2, 6, 'creation', 'Commande passée', '2026-03-29 01:45:00'),
    (6, 2, 2, 'statut', 'validee -> expediee', '2026-03-30 09:00:00'),
    (7, 3, 7, 'creation', 'Commande passée', '2026-03-29 03:15:00'),
    (8, 3, 3, 'statut', 'validee -> en_preparation', '2026-03-30 09:10:00'),
    (9, 4, 8, 'creation', 'Commande passée', '2026-10-25 01:50:00'),
    (10, 5, 9, 'creation', 'Commande passée', '2026-10-25 03:40:00'),
    (11, 6, 10, 'creation', 'Commande passée', '2026-01-20 14:00:00'),
    (12, 6, 3, 'statut', 'expediee -> livree', '2026-01-23 16:45:00'),
    (13, 7, 5, 'creation', 'Commande passée', '2026-04-02 09:30:00'),
    (14, 7, 2, 'annulation', 'Motif : rupture_stock', '2026-04-02 10:00:00'),
    (15, 8, 6, 'creation', 'Commande passée', '2026-05-12 18:05:00'),
    (16, 8, 3, 'statut', 'expediee -> livree', '2026-05-14 12:00:00');

INSERT INTO services (id, nom, description, prix_base, image_url, est_actif, created_at,
        updated_at) VALUES
    (1, 'Installation à domicile', 'Installation et configuration de votre matériel.',
        59.00, NULL, TRUE, '2025-01-20 10:00:00', '2025-01-20 10:00:00'),
    (2, 'Réparation', 'Diagnostic et réparation.', 39.00, NULL, TRUE,
        '2025-01-20 10:05:00', '2025-09-01 09:00:00');

INSERT INTO devis (id, id_utilisateur, id_service, description_demande, statut, date_demande,
        date_reponse, montant_estime, notes_admin) VALUES
    (1, 6, 1, 'Installer un écran et un portable.', 'en_cours', '2026-03-29 03:05:00',
        '2026-03-30 10:00:00', 89.00, 'Rendez-vous à fixer'),
    (2, 10, 2, 'Écran du portable fissuré.', 'termine', '2026-01-25 09:00:00',
        '2026-01-26 15:00:00', 120.00, NULL);

INSERT INTO conversations (id, id_utilisateur, sujet, type, reference_commande,
        reference_devis, statut, date_creation, date_derniere_activite) VALUES
    (1, 6, 'Où en est ma commande ?', 'commande', 2, NULL, 'resolu',
        '2026-03-29 10:00:00', '2026-03-30 09:05:00'),
    (2, 6, 'Question sur le devis', 'devis', NULL, 1, 'ouvert',
        '2026-03-30 10:30:00', '2026-03-30 10:30:00'),
    (3, 5, 'Compte client', 'support', NULL, NULL, 'en_attente',
        '2026-04-02 11:00:00', '2026-04-02 11:20:00');

INSERT INTO messages (id, id_conversation, id_utilisateur, contenu, is_client, lu,
        date_creation) VALUES
    (1, 1, 6, 'Bonjour, quand ma commande sera-t-elle expédiée ?', TRUE, TRUE,
        '2026-03-29 10:00:00'),
    (2, 1, 4, 'Elle part demain matin.', FALSE, TRUE, '2026-03-30 09:05:00'),
    (3, 2, 6, 'Le devis comprend-il le déplacement ?', TRUE, FALSE, '2026-03-30 10:30:00'),
    (4, 3, 5, 'Je n''arrive plus à me connecter.', TRUE, TRUE, '2026-04-02 11:00:00'),
    (5, 3, 4, 'Pouvez-vous réinitialiser votre mot de passe ?', FALSE, FALSE,
        '2026-04-02 11:20:00');

INSERT INTO pieces_jointes (id, id_message, id_conversation, nom_fichier, chemin_fichier,
        date_creation) VALUES
    (1, 3, 2, 'plan.pdf', 'uploads/conversations/2/plan.pdf', '2026-03-30 10:30:00');

INSERT INTO panier (id, id_utilisateur, id_produit, quantite, date_ajout,
        date_modification) VALUES
    (1, 7, 3, 1, '2026-03-29 03:35:00', '2026-03-29 03:35:00'),
    (2, 9, 6, 2, '2026-10-25 03:45:00', '2026-10-25 03:50:00');

INSERT INTO panier_temp (id, session_id, id_produit, quantite, date_ajout,
        date_modification) VALUES
    (1, 'sess_9f1c2a7e5b', 9, 1, '2026-03-15 16:00:00', '2026-03-15 16:00:00');

INSERT INTO historique_actions (id, id_utilisateur, type_action, details, date_action) VALUES
    (1, 1, 'produit_modifie', 'Produit 2 : prix promo 899.00', '2026-03-01 08:00:00'),
    (2, 2, 'commande_annulee', 'Commande CMD-2026-0007', '2026-04-02 10:00:00');

-- date_connexion and last_activity are timestamptz in this variant: the literals carry
-- Paris's UTC offset so they mean the same instant whatever the loading session's TimeZone.
INSERT INTO historique_connexions (id, id_utilisateur, ip, user_agent, succes,
        date_connexion) VALUES
    (1, 1, '192.0.2.10', 'Mozilla/5.0 (X11; Linux x86_64)', TRUE, '2026-03-02 08:30:00+01'),
    (2, 7, '198.51.100.7', 'Mozilla/5.0 (iPhone)', TRUE, '2026-03-29 03:31:00+02'),
    (3, 5, '203.0.113.5', 'Mozilla/5.0 (Windows NT 10.0)', FALSE, '2026-04-02 09:20:00+02');

INSERT INTO sessions (id, id_utilisateur, session_token, user_agent, ip, last_activity) VALUES
    (1, 6, 'tok_5d0c3b1e8a7f4c2d9e6b', 'Mozilla/5.0 (Macintosh)', '198.51.100.6',
        '2026-05-12 18:07:00+02');

-- Explicit ids were inserted: move the sequences past them, as a dump restore would.
SELECT setval(pg_get_serial_sequence('roles', 'id'), (SELECT max(id) FROM roles));
SELECT setval(pg_get_serial_sequence('utilisateurs', 'id'), (SELECT max(id) FROM utilisateurs));
SELECT setval(pg_get_serial_sequence('adresses', 'id'), (SELECT max(id) FROM adresses));
SELECT setval(pg_get_serial_sequence('categories', 'id'), (SELECT max(id) FROM categories));
SELECT setval(pg_get_serial_sequence('produits', 'id'), (SELECT max(id) FROM produits));
SELECT setval(pg_get_serial_sequence('commandes', 'id'), (SELECT max(id) FROM commandes));
SELECT setval(pg_get_serial_sequence('commande_produit', 'id'),
    (SELECT max(id) FROM commande_produit));
SELECT setval(pg_get_serial_sequence('factures', 'id'), (SELECT max(id) FROM factures));
SELECT setval(pg_get_serial_sequence('paiements', 'id'), (SELECT max(id) FROM paiements));
SELECT setval(pg_get_serial_sequence('historique_commande', 'id'),
    (SELECT max(id) FROM historique_commande));
SELECT setval(pg_get_serial_sequence('services', 'id'), (SELECT max(id) FROM services));
SELECT setval(pg_get_serial_sequence('devis', 'id'), (SELECT max(id) FROM devis));
SELECT setval(pg_get_serial_sequence('conversations', 'id'), (SELECT max(id) FROM conversations));
SELECT setval(pg_get_serial_sequence('messages', 'id'), (SELECT max(id) FROM messages));
SELECT setval(pg_get_serial_sequence('pieces_jointes', 'id'), (SELECT max(id) FROM pieces_jointes));
SELECT setval(pg_get_serial_sequence('panier', 'id'), (SELECT max(id) FROM panier));
SELECT setval(pg_get_serial_sequence('panier_temp', 'id'), (SELECT max(id) FROM panier_temp));
SELECT setval(pg_get_serial_sequence('historique_actions', 'id'),
    (SELECT max(id) FROM historique_actions));
SELECT setval(pg_get_serial_sequence('historique_connexions', 'id'),
    (SELECT max(id) FROM historique_connexions));
SELECT setval(pg_get_serial_sequence('sessions', 'id'), (SELECT max(id) FROM sessions));
