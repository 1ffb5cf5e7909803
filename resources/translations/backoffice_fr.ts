<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>About</name>
    <message>
        <location filename="../../backoffice/ui/about.py" line="+26"/>
        <source>aucun onglet</source>
        <translation>aucun onglet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>À propos du back-office</source>
        <translation>À propos du back-office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Back-office de la boutique&lt;/b&gt; — version {0}</source>
        <translation>&lt;b&gt;Back-office de la boutique&lt;/b&gt; — version {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application du personnel de la boutique.
Vos onglets : {0}
Base : {1}
Connecté : {2}
Journal : {3}
Système : {4}</source>
        <translation>Application du personnel de la boutique.
Vos onglets : {0}
Base : {1}
Connecté : {2}
Journal : {3}
Système : {4}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ouvrir le dossier du journal</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../backoffice/views/orders/dialogs.py" line="+81"/>
        <source>Annuler la commande {ref}</source>
        <translation>Annuler la commande {ref}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler {n} commandes</source>
        <translation>Annuler {n} commandes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les articles de la commande seront remis en stock. Une commande déjà facturée ne s&apos;annule que par un avoir. Un paiement déjà reçu se rembourse chez le prestataire de paiement : l&apos;annulation ne le rembourse pas.</source>
        <translation>Les articles de la commande seront remis en stock. Une commande déjà facturée ne s&apos;annule que par un avoir. Un paiement déjà reçu se rembourse chez le prestataire de paiement : l&apos;annulation ne le rembourse pas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choisissez un motif…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Facultatif</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Motif :</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commentaire :</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuler la commande</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne pas annuler</source>
        <translation>Ne pas annuler</translation>
    </message>
</context>
<context>
    <name>CannedRepliesDialog</name>
    <message>
        <location filename="../../backoffice/views/conversations/canned_dialog.py" line="+51"/>
        <source>Remplacés à l&apos;insertion : {names}. « {{{{ » écrit une accolade.</source>
        <translation>Remplacés à l&apos;insertion : {names}. « {{{{ » écrit une accolade.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Réponses types</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Proposée dans les réponses</source>
        <translation>Proposée dans les réponses</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nouvelle</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supprimer…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Titre :</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texte :</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Réponse type non enregistrée</source>
        <translation>Réponse type non enregistrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Réponse type ajoutée.</source>
        <translation>Réponse type ajoutée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Réponse type enregistrée.</source>
        <translation>Réponse type enregistrée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supprimer la réponse type</source>
        <translation>Supprimer la réponse type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer « {title} » pour toute l&apos;équipe ?</source>
        <translation>Supprimer « {title} » pour toute l&apos;équipe ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supprimer</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Réponse type non supprimée</source>
        <translation>Réponse type non supprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réponse type supprimée.</source>
        <translation>Réponse type supprimée.</translation>
    </message>
</context>
<context>
    <name>CatalogFields</name>
    <message>
        <location filename="../../backoffice/ui/catalog_fields.py" line="+27"/>
        <source> (inactive)</source>
        <translation> (inactive)</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../backoffice/views/categories/form.py" line="+50"/>
        <source>Désactiver la catégorie</source>
        <translation>Désactiver la catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Désactiver quand même</source>
        <translation>Désactiver quand même</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Non enregistré : la catégorie est restée active.</source>
        <translation>Non enregistré : la catégorie est restée active.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../backoffice/views/categories/tree.py" line="+60"/>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../backoffice/views/categories/tree.py" line="+4"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adresse de la catégorie sur le site ; proposé à partir du nom.</source>
        <translation>Adresse de la catégorie sur le site ; proposé à partir du nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active (visible sur le site)</source>
        <translation>Active (visible sur le site)</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/categories/operations.py" line="+49"/>
        <source>Déplacement refusé</source>
        <translation>Déplacement refusé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {nom} » déplacée.</source>
        <translation>« {nom} » déplacée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Déplacée.</source>
        <translation>Déplacée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Déplacer « {nom} »</source>
        <translation>Déplacer « {nom} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle catégorie parente de « {nom} » :</source>
        <translation>Nouvelle catégorie parente de « {nom} » :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune : en faire une catégorie principale</source>
        <translation>Aucune : en faire une catégorie principale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Déplacer</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Supprimer</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Supprimer la catégorie « {nom} » ?</source>
        <translation>Supprimer la catégorie « {nom} » ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suppression refusée</source>
        <translation>Suppression refusée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>« {nom} » supprimée.</source>
        <translation>« {nom} » supprimée.</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/categories/tree.py" line="-3"/>
        <source>Produits</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actifs</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>CategoriesScreen</name>
    <message>
        <location filename="../../backoffice/views/categories/screen.py" line="+105"/>
        <location line="+212"/>
        <source>Nouvelle catégorie</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+211"/>
        <source>Nouvelle sous-catégorie</source>
        <translation>Nouvelle sous-catégorie</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Modifier…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ouvrir</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Déplacer vers…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Actualiser</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Les nombres de produits comptent aussi les sous-catégories. Glissez-déposez une catégorie sur une autre pour l&apos;y ranger, ou dans le vide pour en faire une catégorie principale.</source>
        <translation>Les nombres de produits comptent aussi les sous-catégories. Glissez-déposez une catégorie sur une autre pour l&apos;y ranger, ou dans le vide pour en faire une catégorie principale.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les nombres de produits comptent aussi les sous-catégories.</source>
        <translation>Les nombres de produits comptent aussi les sous-catégories.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Catégories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lecture seule — votre rôle ne permet pas de modifier les catégories</source>
        <translation>Lecture seule — votre rôle ne permet pas de modifier les catégories</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cette catégorie a été modifiée ailleurs pendant que vous la modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</source>
        <translation>Cette catégorie a été modifiée ailleurs pendant que vous la modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Catégorie — {nom}</source>
        <translation>Catégorie — {nom}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {nom} » enregistrée.</source>
        <translation>« {nom} » enregistrée.</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <location filename="../../backoffice/views/categories/tree.py" line="+155"/>
        <source>Produits de la catégorie et de toutes ses sous-catégories</source>
        <translation>Produits de la catégorie et de toutes ses sous-catégories</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Catégorie inactive (masquée sur le site).</source>
        <translation>Catégorie inactive (masquée sur le site).</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <location filename="../../backoffice/views/clients.py" line="+69"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ville</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inscription</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Points fidélité</source>
        <translation>Points fidélité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commandes</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rechercher un client (nom, e-mail, ville)…</source>
        <translation>Rechercher un client (nom, e-mail, ville)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ouvrir la fiche</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../backoffice/ui/forms/conflict.py" line="+59"/>
        <source>Modifié par quelqu&apos;un d&apos;autre</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Champ</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vos valeurs</source>
        <translation>Vos valeurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valeurs actuelles</source>
        <translation>Valeurs actuelles</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vous n&apos;avez pas modifié ce champ : la valeur actuelle sera gardée.</source>
        <translation>Vous n&apos;avez pas modifié ce champ : la valeur actuelle sera gardée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{v} (non modifié)</source>
        <translation>{v} (non modifié)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Garder mes valeurs</source>
        <translation>Garder mes valeurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer vos valeurs par-dessus la version actuelle</source>
        <translation>Enregistrer vos valeurs par-dessus la version actuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prendre les valeurs actuelles</source>
        <translation>Prendre les valeurs actuelles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recharger le formulaire avec la version actuelle</source>
        <translation>Recharger le formulaire avec la version actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenir au formulaire sans rien enregistrer</source>
        <translation>Revenir au formulaire sans rien enregistrer</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="+64"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MariaDB ou MySQL</source>
        <translation>MariaDB ou MySQL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Désactivé (réseau local de confiance uniquement)</source>
        <translation>Désactivé (réseau local de confiance uniquement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autorisé (si le serveur l&apos;exige)</source>
        <translation>Autorisé (si le serveur l&apos;exige)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Préféré (chiffré si possible)</source>
        <translation>Préféré (chiffré si possible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exigé (chiffré, certificat non vérifié)</source>
        <translation>Exigé (chiffré, certificat non vérifié)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vérifier l&apos;autorité (CA)</source>
        <translation>Vérifier l&apos;autorité (CA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifier l&apos;autorité et le nom du serveur</source>
        <translation>Vérifier l&apos;autorité et le nom du serveur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MariaDB/MySQL : « Préféré » chiffre si le serveur le permet, « Exigé » refuse un serveur sans chiffrement ; les modes « Vérifier » demandent le certificat de l&apos;autorité (souvent ca.pem), fourni par l&apos;hébergeur.</source>
        <translation>MariaDB/MySQL : « Préféré » chiffre si le serveur le permet, « Exigé » refuse un serveur sans chiffrement ; les modes « Vérifier » demandent le certificat de l&apos;autorité (souvent ca.pem), fourni par l&apos;hébergeur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PostgreSQL : « Préféré » chiffre si le serveur le permet ; les modes « Vérifier » demandent le certificat de l&apos;autorité (souvent root.crt), fourni par l&apos;hébergeur.</source>
        <translation>PostgreSQL : « Préféré » chiffre si le serveur le permet ; les modes « Vérifier » demandent le certificat de l&apos;autorité (souvent root.crt), fourni par l&apos;hébergeur.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Back-office — Connexion à la base de données</source>
        <translation>Back-office — Connexion à la base de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recherche du trousseau…</source>
        <translation>Recherche du trousseau…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indiquez le serveur de base de données de la boutique (PostgreSQL, MariaDB ou MySQL). Ces réglages sont enregistrés sur cet ordinateur ; le mot de passe ne l&apos;est que dans le trousseau sécurisé du système.</source>
        <translation>Indiquez le serveur de base de données de la boutique (PostgreSQL, MariaDB ou MySQL). Ces réglages sont enregistrés sur cet ordinateur ; le mot de passe ne l&apos;est que dans le trousseau sécurisé du système.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nom de la connexion</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type de serveur</source>
        <translation>Type de serveur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serveur</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>db.boutique.fr ou 192.168.1.10</source>
        <translation>db.boutique.fr ou 192.168.1.10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base de données</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utilisateur de la base de données</source>
        <translation>Utilisateur de la base de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mot de passe de la base de données</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chiffrement TLS</source>
        <translation>Chiffrement TLS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fichier de l&apos;autorité de certification</source>
        <translation>Fichier de l&apos;autorité de certification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcourir…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enregistrer le mot de passe</source>
        <translation>Enregistrer le mot de passe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Nom de la connexion :</source>
        <translation>&amp;Nom de la connexion :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type de serveur :</source>
        <translation>&amp;Type de serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Serveur :</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort :</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Base de données :</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Utilisateur :</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Chiffrement (TLS) :</source>
        <translation>&amp;Chiffrement (TLS) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificat &amp;CA :</source>
        <translation>Certificat &amp;CA :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fuseau horaire de la boutique :</source>
        <translation>&amp;Fuseau horaire de la boutique :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plusieurs postes :</source>
        <translation>Plusieurs postes :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tester la connexion</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Le trousseau du système est inutilisable ({0}).</source>
        <translation>Le trousseau du système est inutilisable ({0}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le mot de passe est gardé dans le trousseau sécurisé du système, jamais dans un fichier.</source>
        <translation>Le mot de passe est gardé dans le trousseau sécurisé du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Obligatoire pour ce mode</source>
        <translation>Obligatoire pour ce mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inutile pour ce mode</source>
        <translation>Inutile pour ce mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facultatif</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificat de l&apos;autorité de certification</source>
        <translation>Certificat de l&apos;autorité de certification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Corrigez le fuseau horaire de la boutique.</source>
        <translation>Corrigez le fuseau horaire de la boutique.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connexion en cours…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connexion réussie ({0}).</source>
        <translation>Connexion réussie ({0}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connexion non vérifiée</source>
        <translation>Connexion non vérifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer quand même</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Impossible d&apos;enregistrer la connexion sur cet ordinateur : vérifiez l&apos;espace disque et les droits sur le dossier de configuration.</source>
        <translation>Impossible d&apos;enregistrer la connexion sur cet ordinateur : vérifiez l&apos;espace disque et les droits sur le dossier de configuration.</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../backoffice/views/conversations/operations.py" line="+31"/>
        <source>Réponse non envoyée</source>
        <translation>Réponse non envoyée</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Réponse envoyée.</source>
        <translation>Réponse envoyée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note interne ajoutée.</source>
        <translation>Note interne ajoutée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note non enregistrée</source>
        <translation>Note non enregistrée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conversation assignée à vous.</source>
        <translation>Conversation assignée à vous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assignation impossible</source>
        <translation>Assignation impossible</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Statut changé.</source>
        <translation>Statut changé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut non changé</source>
        <translation>Statut non changé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pièce jointe illisible</source>
        <translation>Pièce jointe illisible</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/conversations/sections.py" line="+49"/>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/conversations/specs.py" line="+56"/>
        <source>à l&apos;instant</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il y a {n} min</source>
        <translation>il y a {n} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il y a {n} h</source>
        <translation>il y a {n} h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hier</source>
        <translation>hier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il y a {n} j</source>
        <translation>il y a {n} j</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/conversations/background.py" line="+37"/>
        <source>Conversations ({n})</source>
        <translation>Conversations ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../backoffice/views/conversations/specs.py" line="+77"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back-office</source>
        <translation>Back-office</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nouveau message de {name}</source>
        <translation>Nouveau message de {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>et {n} autres messages</source>
        <translation>et {n} autres messages</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/conversations/specs.py" line="-69"/>
        <source>Devis {numero}</source>
        <translation>Devis {numero}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demande de devis n° {id}</source>
        <translation>Demande de devis n° {id}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Sujet</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>Commande / devis</source>
        <translation>Commande / devis</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Dernière activité</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Non lus</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tous</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Période</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Toutes</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Aujourd&apos;hui</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 derniers jours</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 derniers jours</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce mois-ci</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entre deux dates…</source>
        <translation>Entre deux dates…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rechercher (sujet, client, e-mail, référence, mots des messages)…</source>
        <translation>Rechercher (sujet, client, e-mail, référence, mots des messages)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>conversation</source>
        <translation>conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversations</source>
        <translation>conversations</translation>
    </message>
</context>
<context>
    <name>ConversationsScreen</name>
    <message>
        <location filename="../../backoffice/views/conversations/screen.py" line="+46"/>
        <source>Préférences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Réponses types…</source>
        <translation>Réponses types…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Conversations ({n})</source>
        <translation>Conversations ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../backoffice/ui/crash.py" line="+65"/>
        <source>Back-office — erreur inattendue</source>
        <translation>Back-office — erreur inattendue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le détail est aussi dans le journal : {0}</source>
        <translation>Le détail est aussi dans le journal : {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copier les détails</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ouvrir le dossier du journal</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Une erreur inattendue s&apos;est produite ({0}). Ce qui était enregistré l&apos;est toujours ; vous pouvez continuer, ou quitter puis relancer le back-office s&apos;il ne répond plus normalement. Pour le support, copiez les détails.</source>
        <translation>Une erreur inattendue s&apos;est produite ({0}). Ce qui était enregistré l&apos;est toujours ; vous pouvez continuer, ou quitter puis relancer le back-office s&apos;il ne répond plus normalement. Pour le support, copiez les détails.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} erreurs inattendues se sont produites (la dernière : {1}). Quittez puis relancez le back-office ; pour le support, copiez les détails.</source>
        <translation>{0} erreurs inattendues se sont produites (la dernière : {1}). Quittez puis relancez le back-office ; pour le support, copiez les détails.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Détails copiés</source>
        <translation>Détails copiés</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../backoffice/views/clients.py" line="-261"/>
        <location line="+37"/>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Inscription</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernière connexion</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points fidélité</source>
        <translation>Points fidélité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commandes</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dernières commandes</source>
        <translation>Dernières commandes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Montant</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aucune commande.</source>
        <translation>Aucune commande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destinataire</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Défaut</source>
        <translation>Défaut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aucune adresse.</source>
        <translation>Aucune adresse.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Modifier…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Client — {name}</source>
        <translation>Client — {name}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Ce client a été modifié ailleurs pendant que vous le modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</source>
        <translation>Ce client a été modifié ailleurs pendant que vous le modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Adresse — {name}</source>
        <translation>Adresse — {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cette adresse a été modifiée ailleurs pendant que vous la modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</source>
        <translation>Cette adresse a été modifiée ailleurs pendant que vous la modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lecture seule — votre rôle ne permet pas de modifier les clients</source>
        <translation>Lecture seule — votre rôle ne permet pas de modifier les clients</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitch</name>
    <message>
        <location filename="../../backoffice/ui/database_switch.py" line="+101"/>
        <source>Enregistrez ou annulez d&apos;abord les modifications en cours : changer de base fermerait ces fenêtres.
{0}</source>
        <translation>Enregistrez ou annulez d&apos;abord les modifications en cours : changer de base fermerait ces fenêtres.
{0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Modifications non enregistrées</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>La fenêtre ouverte sera fermée (rien n&apos;y est en cours de saisie).</source>
        <translation>La fenêtre ouverte sera fermée (rien n&apos;y est en cours de saisie).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les {0} fenêtres ouvertes seront fermées (rien n&apos;y est en cours de saisie).</source>
        <translation>Les {0} fenêtres ouvertes seront fermées (rien n&apos;y est en cours de saisie).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changer de base vous déconnecte de « {0} » : il faudra vous connecter à « {1} ».</source>
        <translation>Changer de base vous déconnecte de « {0} » : il faudra vous connecter à « {1} ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changer de base</source>
        <translation>Changer de base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se déconnecter et changer de base</source>
        <translation>Se déconnecter et changer de base</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Connexion à une base</source>
        <translation>Connexion à une base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous êtes déjà connecté à cette base : rien ne change.</source>
        <translation>Vous êtes déjà connecté à cette base : rien ne change.</translation>
    </message>
</context>
<context>
    <name>Devis</name>
    <message>
        <location filename="../../backoffice/views/quotes/operations.py" line="+36"/>
        <source>Action refusée</source>
        <translation>Action refusée</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+1"/>
        <source>devis pris en charge</source>
        <translation>devis pris en charge</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/quotes/specs.py" line="+42"/>
        <source>Toutes</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 derniers jours</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 derniers jours</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 derniers mois</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 derniers mois</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Plus de {n} jours</source>
        <translation>Plus de {n} jours</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Devis</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+8"/>
        <source>Tous</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Période</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sans réponse</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peu importe</source>
        <translation>Peu importe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rechercher (client, e-mail, service, mots de la demande)…</source>
        <translation>Rechercher (client, e-mail, service, mots de la demande)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>devis</source>
        <comment>singular</comment>
        <translation>devis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>devis</source>
        <comment>plural</comment>
        <translation>devis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ouvrir…</source>
        <translation>Ouvrir…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../backoffice/ui/dialogs.py" line="+111"/>
        <location line="+93"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+57"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../backoffice/ui/document_output.py" line="+85"/>
        <location line="+254"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-251"/>
        <location filename="../../backoffice/ui/document_preview.py" line="+216"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+23"/>
        <source>Imprimer</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impression…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Enregistrer le fichier CSV</source>
        <translation>Enregistrer le fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer le PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dossier où enregistrer les PDF</source>
        <translation>Dossier où enregistrer les PDF</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+17"/>
        <location filename="../../backoffice/ui/document_preview.py" line="+66"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="-16"/>
        <location filename="../../backoffice/ui/document_preview.py" line="+1"/>
        <source>Le fichier n&apos;a pas pu être écrit : {error}</source>
        <translation>Le fichier n&apos;a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enregistré : {name}</source>
        <translation>Enregistré : {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enregistrer {documents} :</source>
        <translation>Enregistrer {documents} :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Un seul PDF</source>
        <translation>Un seul PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un fichier par document</source>
        <translation>Un fichier par document</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/document_preview.py" line="-188"/>
        <source>Imprimer…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Réduire</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agrandir</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pleine largeur</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Laissés de côté :</source>
        <translation>Laissés de côté :</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Préparation de {n}…</source>
        <translation>Préparation de {n}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Annulé.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Enregistrement de {n}…</source>
        <translation>Enregistrement de {n}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>fichier PDF enregistré</source>
        <translation>fichier PDF enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fichiers PDF enregistrés</source>
        <translation>fichiers PDF enregistrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{files} dans {folder}.</source>
        <translation>{files} dans {folder}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annulé avant la fin.</source>
        <translation>Annulé avant la fin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laissés de côté : {n}.</source>
        <translation>Laissés de côté : {n}.</translation>
    </message>
</context>
<context>
    <name>FieldKinds</name>
    <message>
        <location filename="../../backoffice/ui/forms/kinds_basic.py" line="+73"/>
        <source>aucun</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} doit être un montant (ex. 19,99).</source>
        <translation>{label} doit être un montant (ex. 19,99).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{label} doit être un nombre entier.</source>
        <translation>{label} doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} doit être au moins {n}.</source>
        <translation>{label} doit être au moins {n}.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/forms/kinds_rich.py" line="+57"/>
        <source>Choisissez une valeur dans la liste proposée (ou videz le champ).</source>
        <translation>Choisissez une valeur dans la liste proposée (ou videz le champ).</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Chaque ligne doit avoir une clé.</source>
        <translation>Chaque ligne doit avoir une clé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clé en double : {keys}.</source>
        <translation>Clé en double : {keys}.</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../backoffice/ui/forms/screen.py" line="+166"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+279"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>* champ obligatoire</source>
        <translation>* champ obligatoire</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Chargement…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Ce champ est obligatoire.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} caractères au maximum (actuellement {m}).</source>
        <translation>{n} caractères au maximum (actuellement {m}).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Utiliser « {v} »</source>
        <translation>Utiliser « {v} »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Une valeur est à corriger.</source>
        <translation>Une valeur est à corriger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} valeurs sont à corriger.</source>
        <translation>{n} valeurs sont à corriger.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enregistrement…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Les valeurs actuelles ont été rechargées.</source>
        <translation>Les valeurs actuelles ont été rechargées.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Modifications non enregistrées</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandonner les modifications non enregistrées ?</source>
        <translation>Abandonner les modifications non enregistrées ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandonner</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuer la saisie</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="+379"/>
        <source>Saisissez votre mot de passe.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mot de passe incorrect.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
</context>
<context>
    <name>ImageUrlEditor</name>
    <message>
        <location filename="../../backoffice/ui/forms/editors.py" line="+229"/>
        <location line="+29"/>
        <source>https://… ou chemin relatif (ex. produits/photo.jpg)</source>
        <translation>https://… ou chemin relatif (ex. produits/photo.jpg)</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+38"/>
        <source>Aucune image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aperçu indisponible</source>
        <translation>Aperçu indisponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chargement…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Image introuvable</source>
        <translation>Image introuvable</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../backoffice/views/products/dialogs.py" line="+229"/>
        <source>Importer « {f} » — aperçu</source>
        <translation>Importer « {f} » — aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{c} · {u} · {s} · {e}</source>
        <translation>{c} · {u} · {s} · {e}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>création</source>
        <translation>création</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>créations</source>
        <translation>créations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mise à jour</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mises à jour</source>
        <translation>mises à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inchangé</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inchangés</source>
        <translation>inchangés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erreur</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>erreurs</source>
        <translation>erreurs</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Corrigez les lignes en erreur dans le fichier puis relancez l&apos;import : rien ne sera importé tant qu&apos;il en reste.</source>
        <translation>Corrigez les lignes en erreur dans le fichier puis relancez l&apos;import : rien ne sera importé tant qu&apos;il en reste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>L&apos;import enregistre toutes les lignes en une fois, ou aucune.</source>
        <translation>L&apos;import enregistre toutes les lignes en une fois, ou aucune.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ligne</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <location filename="../../backoffice/views/invoices/specs.py" line="+77"/>
        <source>Période</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toutes</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce mois-ci</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le mois dernier</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce trimestre</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le trimestre dernier</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cette année</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;année dernière</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+52"/>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Tous</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Numéro</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commande</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HT</source>
        <translation>HT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TVA</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TTC</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Facture créditée</source>
        <translation>Facture créditée</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Aperçu</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les documents choisis, tels qu&apos;ils ont été émis</source>
        <translation>Les documents choisis, tels qu&apos;ils ont été émis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imprimer…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enregistrer en PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un seul PDF, ou un fichier par document dans un dossier</source>
        <translation>Un seul PDF, ou un fichier par document dans un dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../backoffice/views/invoices/window.py" line="+46"/>
        <source>Voir la commande</source>
        <translation>Voir la commande</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../backoffice/views/invoices/window.py" line="+6"/>
        <source>Avoir partiel…</source>
        <translation>Avoir partiel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Créditer des lignes (un article retourné) ou un montant</source>
        <translation>Créditer des lignes (un article retourné) ou un montant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Journal des ventes…</source>
        <translation>Journal des ventes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les factures et avoirs d&apos;une période, en CSV pour le comptable</source>
        <translation>Les factures et avoirs d&apos;une période, en CSV pour le comptable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paramètres de la boutique…</source>
        <translation>Paramètres de la boutique…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Avoirs</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>avoir</source>
        <translation>avoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avoirs</source>
        <translation>avoirs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Numéro d&apos;avoir ou de facture, commande, client…</source>
        <translation>Numéro d&apos;avoir ou de facture, commande, client…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Factures</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>facture</source>
        <translation>facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>factures</source>
        <translation>factures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numéro de facture, commande, client…</source>
        <translation>Numéro de facture, commande, client…</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/invoices/settings.py" line="+58"/>
        <source>Paramètres de la boutique</source>
        <translation>Paramètres de la boutique</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chemin complet d&apos;une image PNG ou JPEG de cet ordinateur (rien n&apos;est téléchargé).</source>
        <translation>Chemin complet d&apos;une image PNG ou JPEG de cet ordinateur (rien n&apos;est téléchargé).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Numéros de facture</source>
        <translation>Numéros de facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{année} et {numéro:06} : FA-2026-000001, repart à 1 chaque année.</source>
        <translation>{année} et {numéro:06} : FA-2026-000001, repart à 1 chaque année.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Numéros d&apos;avoir</source>
        <translation>Numéros d&apos;avoir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facturer au statut</source>
        <translation>Facturer au statut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taux de TVA (%)</source>
        <translation>Taux de TVA (%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nature de l&apos;opération</source>
        <translation>Nature de l&apos;opération</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conditions de paiement</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pénalités de retard</source>
        <translation>Pénalités de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imprimé « … exigibles au taux de » suivi de ce texte.</source>
        <translation>Imprimé « … exigibles au taux de » suivi de ce texte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indemnité de 40 €</source>
        <translation>Indemnité de 40 €</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La mention de l&apos;indemnité forfaitaire (clients professionnels).</source>
        <translation>La mention de l&apos;indemnité forfaitaire (clients professionnels).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exonération de TVA</source>
        <translation>Exonération de TVA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vide si la boutique facture la TVA ; sinon la mention exacte, par exemple « TVA non applicable, art. 293 B du CGI ».</source>
        <translation>Vide si la boutique facture la TVA ; sinon la mention exacte, par exemple « TVA non applicable, art. 293 B du CGI ».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lecture seule — seuls les administrateurs modifient les paramètres de la boutique.</source>
        <translation>Lecture seule — seuls les administrateurs modifient les paramètres de la boutique.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ces paramètres viennent d&apos;être modifiés ailleurs.</source>
        <translation>Ces paramètres viennent d&apos;être modifiés ailleurs.</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/invoices/operations.py" line="+64"/>
        <source>Votre rôle ne donne pas accès aux commandes.</source>
        <translation>Votre rôle ne donne pas accès aux commandes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Avoir partiel</source>
        <translation>Avoir partiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La facture {numero} est déjà entièrement créditée.</source>
        <translation>La facture {numero} est déjà entièrement créditée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Avoir émis.</source>
        <translation>Avoir émis.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Journal des ventes du {first} au {last}</source>
        <translation>Journal des ventes du {first} au {last}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Journal des ventes</source>
        <translation>Journal des ventes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le fichier n&apos;a pas pu être écrit : {error}</source>
        <translation>Le fichier n&apos;a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal des ventes enregistré ({documents}) : {name}</source>
        <translation>Journal des ventes enregistré ({documents}) : {name}</translation>
    </message>
</context>
<context>
    <name>InvoicesScreen</name>
    <message>
        <location filename="../../backoffice/views/invoices/screen.py" line="+67"/>
        <source>Factures</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avoirs</source>
        <translation>Avoirs</translation>
    </message>
</context>
<context>
    <name>JournalPeriodDialog</name>
    <message>
        <location filename="../../backoffice/views/invoices/operations.py" line="-87"/>
        <source>Journal des ventes</source>
        <translation>Journal des ventes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une ligne par facture et par avoir émis sur la période (avoirs en négatif), HT et TVA par taux, TTC, avec les totaux : un CSV pour le tableur du comptable.</source>
        <translation>Une ligne par facture et par avoir émis sur la période (avoirs en négatif), HT et TVA par taux, TTC, avec les totaux : un CSV pour le tableur du comptable.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Du :</source>
        <translation>Du :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au :</source>
        <translation>Au :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporter…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>KeyValueEditor</name>
    <message>
        <location filename="../../backoffice/ui/forms/editors.py" line="-161"/>
        <source>Clé</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valeur</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ajouter une caractéristique</source>
        <translation>Ajouter une caractéristique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer la ligne sélectionnée</source>
        <translation>Supprimer la ligne sélectionnée</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../backoffice/labels.py" line="+37"/>
        <source>Administrateur</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employé</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support client</source>
        <translation>Support client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location filename="../../backoffice/labels_conversations.py" line="+25"/>
        <location filename="../../backoffice/labels_orders.py" line="+57"/>
        <location line="+2"/>
        <location line="+29"/>
        <source>En attente</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Validée</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../backoffice/labels_orders.py" line="+2"/>
        <source>En préparation</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expédiée</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livrée</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulée</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../backoffice/labels_orders.py" line="-32"/>
        <source>En cours</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminé</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Rejeté</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Question générale</source>
        <translation>Question générale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commande</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devis</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ouverte</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En attente du client</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résolue</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermée</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>En attente de modération</source>
        <translation>En attente de modération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approuvé</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Émise</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partiellement créditée</source>
        <translation>Partiellement créditée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créditée</source>
        <translation>Créditée</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+19"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Prix</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prix promotionnel</source>
        <translation>Prix promotionnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description courte</source>
        <translation>Description courte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Images supplémentaires</source>
        <translation>Images supplémentaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caractéristiques</source>
        <translation>Caractéristiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actif</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mis en avant</source>
        <translation>Mis en avant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catégorie parente</source>
        <translation>Catégorie parente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Code postal</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Ville</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Nom de l&apos;adresse</source>
        <translation>Nom de l&apos;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinataire</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rue</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complément</source>
        <translation>Complément</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pays</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse par défaut</source>
        <translation>Adresse par défaut</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mot de passe incorrect</source>
        <translation>Mot de passe incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte inconnu</source>
        <translation>Compte inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte bloqué (trop d&apos;échecs)</source>
        <translation>Compte bloqué (trop d&apos;échecs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code de vérification incorrect</source>
        <translation>Code de vérification incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte client (sans accès au back-office)</source>
        <translation>Compte client (sans accès au back-office)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mot de passe enregistré dans un format non pris en charge</source>
        <translation>Mot de passe enregistré dans un format non pris en charge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vérification expirée ou déjà utilisée</source>
        <translation>Vérification expirée ou déjà utilisée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adresse partagée par plusieurs comptes</source>
        <translation>Adresse partagée par plusieurs comptes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compte supprimé entre-temps</source>
        <translation>Compte supprimé entre-temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sans accès à la base (identité absente ou retirée)</source>
        <translation>Sans accès à la base (identité absente ou retirée)</translation>
    </message>
    <message>
        <location filename="../../backoffice/labels_conversations.py" line="-4"/>
        <source>À traiter</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mes conversations</source>
        <translation>Mes conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non assignées</source>
        <translation>Non assignées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvertes</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Résolues</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermées</source>
        <translation>Fermées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toutes</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prénom du client</source>
        <translation>Prénom du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom du client</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Référence de la commande ou du devis</source>
        <translation>Référence de la commande ou du devis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sujet de la conversation</source>
        <translation>Sujet de la conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre prénom</source>
        <translation>Votre prénom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Titre</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texte</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposée</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../../backoffice/labels_orders.py" line="-32"/>
        <source>Colissimo</source>
        <translation>Colissimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point relais</source>
        <translation>Point relais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronopost</source>
        <translation>Chronopost</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Carte bancaire</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Virement</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Carte</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Réglé</source>
        <translation>Réglé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remboursé</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remboursé en partie</source>
        <translation>Remboursé en partie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Échoué</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulé</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>réglé</source>
        <translation>réglé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remboursé</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en attente</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valider</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Préparer</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expédier…</source>
        <translation>Expédier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marquer livrée</source>
        <translation>Marquer livrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Validées</source>
        <translation>Validées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expédiées</source>
        <translation>Expédiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livrées</source>
        <translation>Livrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulées</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paiement refusé</source>
        <translation>Paiement refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commande non réglée dans les délais</source>
        <translation>Commande non réglée dans les délais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demande du client</source>
        <translation>Demande du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produit en rupture de stock</source>
        <translation>Produit en rupture de stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse de livraison invalide</source>
        <translation>Adresse de livraison invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commande en double</source>
        <translation>Commande en double</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commande passée</source>
        <translation>Commande passée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changement de statut</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note interne</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes internes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif d&apos;annulation</source>
        <translation>Motif d&apos;annulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commentaire d&apos;annulation</source>
        <translation>Commentaire d&apos;annulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transporteur</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numéro de suivi</source>
        <translation>Numéro de suivi</translation>
    </message>
</context>
<context>
    <name>LabelsQuotes</name>
    <message>
        <location filename="../../backoffice/labels_quotes.py" line="+22"/>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prix de base</source>
        <translation>Prix de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actif</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Numéro</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demandé le</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demande</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimation TTC</source>
        <translation>Estimation TTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Âge</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Répondu le</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réponse au client</source>
        <translation>Réponse au client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prendre en charge</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminer</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejeter…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marquer comme envoyé</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>il y a {n} jour</source>
        <translation>il y a {n} jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il y a {n} jours</source>
        <translation>il y a {n} jours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>il y a {n} heure</source>
        <translation>il y a {n} heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il y a {n} heures</source>
        <translation>il y a {n} heures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>il y a {n} minute</source>
        <translation>il y a {n} minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il y a {n} minutes</source>
        <translation>il y a {n} minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>à l&apos;instant</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/quotes/data.py" line="+94"/>
        <source>Envoi au client</source>
        <translation>Envoi au client</translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="+84"/>
        <source>Cet onglet n&apos;a pas pu s&apos;ouvrir : {0}</source>
        <translation>Cet onglet n&apos;a pas pu s&apos;ouvrir : {0}</translation>
    </message>
</context>
<context>
    <name>LinkedConversations</name>
    <message>
        <location filename="../../backoffice/views/conversations/sections.py" line="+23"/>
        <source>Sujet</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dernière activité</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Aucune conversation.</source>
        <translation>Aucune conversation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle conversation…</source>
        <translation>Nouvelle conversation…</translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <location filename="../../backoffice/ui/list_columns.py" line="+180"/>
        <source>Largeurs automatiques</source>
        <translation>Largeurs automatiques</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <location filename="../../backoffice/ui/list_filters.py" line="+86"/>
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{0} :</source>
        <translation>{0} :</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/list_screen.py" line="+143"/>
        <source>Actualiser (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+266"/>
        <source>Chargement…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/specs.py" line="+117"/>
        <source>Tous</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="-306"/>
        <source>Session verrouillée</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code de vérification</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>123456 ou code de secours</source>
        <translation>123456 ou code de secours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mot de &amp;passe :</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code :</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+39"/>
        <source>Déverrouiller</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Se déconnecter</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Vérification…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vous avez verrouillé le back-office. {0}, saisissez votre mot de passe pour reprendre là où vous en étiez.</source>
        <translation>Vous avez verrouillé le back-office. {0}, saisissez votre mot de passe pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le back-office a été verrouillé après une période d&apos;inactivité. {0}, saisissez votre mot de passe pour reprendre là où vous en étiez.</source>
        <translation>Le back-office a été verrouillé après une période d&apos;inactivité. {0}, saisissez votre mot de passe pour reprendre là où vous en étiez.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../backoffice/ui/login.py" line="+41"/>
        <source>Compte ou mot de passe oublié : adressez-vous à l&apos;administrateur du back-office.</source>
        <translation>Compte ou mot de passe oublié : adressez-vous à l&apos;administrateur du back-office.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base de démonstration, comptes (e-mail — mot de passe) :</source>
        <translation>Base de démonstration, comptes (e-mail — mot de passe) :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Code de {0} : « backoffice-cli demo totp ».</source>
        <translation>Code de {0} : « backoffice-cli demo totp ».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Back-office — Connexion</source>
        <translation>Back-office — Connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connexion au back-office</source>
        <translation>Connexion au back-office</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Adresse e-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prenom.nom@boutique.fr</source>
        <translation>prenom.nom@boutique.fr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;E-mail :</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de &amp;passe :</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code de vérification</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saisissez le code à 6 chiffres affiché par votre application d&apos;authentification, ou votre code de secours.</source>
        <translation>Saisissez le code à 6 chiffres affiché par votre application d&apos;authentification, ou votre code de secours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← Changer de compte</source>
        <translation>← Changer de compte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Code :</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Message de connexion</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <location line="+60"/>
        <source>Se connecter</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Base : {0}</source>
        <translation>Base : {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Vérification…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valider le code</source>
        <translation>Valider le code</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Double authentification : saisissez votre code.</source>
        <translation>Double authentification : saisissez votre code.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saisissez le code de vérification.</source>
        <translation>Saisissez le code de vérification.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saisissez votre e-mail et votre mot de passe.</source>
        <translation>Saisissez votre e-mail et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="+32"/>
        <source>Back-office — {0}</source>
        <translation>Back-office — {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vérifier la connexion</source>
        <translation>Vérifier la connexion</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Votre rôle ne donne accès à aucun onglet. Contactez un administrateur.</source>
        <translation>Votre rôle ne donne accès à aucun onglet. Contactez un administrateur.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Fichier</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connexion à une base…</source>
        <translation>&amp;Connexion à une base…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verrouiller</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se &amp;déconnecter</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paramètres de la &amp;boutique…</source>
        <translation>Paramètres de la &amp;boutique…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Aide</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À &amp;propos…</source>
        <translation>À &amp;propos…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Base : {0}</source>
        <translation>Base : {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opération en cours</source>
        <translation>Opération en cours</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>● Connecté</source>
        <translation>● Connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La base de données répond.</source>
        <translation>La base de données répond.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Connexion perdue</source>
        <translation>● Connexion perdue</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connexion à la base perdue. Vérifiez le réseau ; la prochaine action tentera de se reconnecter.</source>
        <translation>Connexion à la base perdue. Vérifiez le réseau ; la prochaine action tentera de se reconnecter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connexion à la base rétablie.</source>
        <translation>Connexion à la base rétablie.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../backoffice/views/quotes/conversation.py" line="+63"/>
        <source>Sujet :</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message :</source>
        <translation>Message :</translation>
    </message>
</context>
<context>
    <name>MoreMenu</name>
    <message>
        <location filename="../../backoffice/ui/list_more.py" line="+25"/>
        <location line="+1"/>
        <source>Autres actions</source>
        <translation>Autres actions</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <location filename="../../backoffice/views/conversations/sections.py" line="+61"/>
        <source>Nouvelle conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sujet :</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message :</source>
        <translation>Message :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conversation non créée</source>
        <translation>Conversation non créée</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../backoffice/ui/operations.py" line="+53"/>
        <source>Aucun changement.</source>
        <translation>Aucun changement.</translation>
    </message>
</context>
<context>
    <name>OrderWindow</name>
    <message>
        <location filename="../../backoffice/views/orders/window.py" line="+115"/>
        <source>Client :</source>
        <translation>Client :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bon de préparation</source>
        <translation>Bon de préparation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Livraison</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>Adresse :</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Mode :</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point relais :</source>
        <translation>Point relais :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions :</source>
        <translation>Instructions :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expédition :</source>
        <translation>Expédition :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facturation</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voir la facture</source>
        <translation>Voir la facture</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paiement :</source>
        <translation>Paiement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facture :</source>
        <translation>Facture :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Produit</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prix unitaire</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantité</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-cliquez sur un produit pour ouvrir sa fiche</source>
        <translation>Double-cliquez sur un produit pour ouvrir sa fiche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paiements</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Montant</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Aucun paiement enregistré.</source>
        <translation>Aucun paiement enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Historique</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Par</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quoi</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avis du client</source>
        <translation>Avis du client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note :</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Commentaire :</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Annulation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Motif :</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes internes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visibles du personnel seulement</source>
        <translation>Visibles du personnel seulement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer les notes</source>
        <translation>Enregistrer les notes</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Commande {reference}</source>
        <translation>Commande {reference}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client inconnu</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>suivi {n}</source>
        <translation>suivi {n}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{number} du {date}</source>
        <translation>{number} du {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>avoir {number} du {date} ({amount})</source>
        <translation>avoir {number} du {date} ({amount})</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/orders/window_parts.py" line="+119"/>
        <source>Sous-total : {v}</source>
        <translation>Sous-total : {v}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frais de livraison : {v}</source>
        <translation>Frais de livraison : {v}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dont TVA : {v}</source>
        <translation>dont TVA : {v}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Montant total : {v}</source>
        <translation>Montant total : {v}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attention : les articles et les frais de livraison font {expected}, mais le montant total enregistré est de {total}.</source>
        <translation>Attention : les articles et les frais de livraison font {expected}, mais le montant total enregistré est de {total}.</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/orders/window.py" line="+34"/>
        <source>Les notes ont été modifiées ailleurs pendant votre saisie : enregistrer vous proposera de garder les vôtres ou de prendre les leurs.</source>
        <translation>Les notes ont été modifiées ailleurs pendant votre saisie : enregistrer vous proposera de garder les vôtres ou de prendre les leurs.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Notes modifiées ailleurs</source>
        <translation>Notes modifiées ailleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Garder mes notes</source>
        <translation>Garder mes notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prendre les notes actuelles</source>
        <translation>Prendre les notes actuelles</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/orders/window_parts.py" line="+74"/>
        <source>Le site</source>
        <translation>Le site</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Produit supprimé</source>
        <translation>Produit supprimé</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../../backoffice/views/orders/operations.py" line="+38"/>
        <location filename="../../backoffice/views/orders/specs.py" line="+244"/>
        <source>Commandes</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../backoffice/views/orders/specs.py" line="+12"/>
        <source>commande</source>
        <translation>commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../backoffice/views/orders/specs.py" line="+1"/>
        <source>commandes</source>
        <translation>commandes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reference} : {status}.</source>
        <translation>{reference} : {status}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{orders} passée à « {status} ».</source>
        <translation>{orders} passée à « {status} ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{orders} passées à « {status} ».</source>
        <translation>{orders} passées à « {status} ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{moved} Sans changement : {n}.</source>
        <translation>{moved} Sans changement : {n}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Changement de statut refusé</source>
        <translation>Changement de statut refusé</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Notes enregistrées.</source>
        <translation>Notes enregistrées.</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/orders/specs.py" line="-181"/>
        <source>Point relais : {name}</source>
        <translation>Point relais : {name}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tous</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Période</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <location line="+129"/>
        <source>Toutes</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Aujourd&apos;hui</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 jours</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 jours</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce mois-ci</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Montant min.</source>
        <translation>Montant min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Montant max.</source>
        <translation>Montant max.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Livraison</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Pays</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+45"/>
        <source>Paiement</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Retard</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>En retard</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Montant</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facture</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ouvrir</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bon de préparation</source>
        <translation>Bon de préparation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le bon de préparation des commandes validées ou en préparation</source>
        <translation>Le bon de préparation des commandes validées ou en préparation</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rechercher une commande (référence, client, e-mail)…</source>
        <translation>Rechercher une commande (référence, client, e-mail)…</translation>
    </message>
</context>
<context>
    <name>PartialCreditDialog</name>
    <message>
        <location filename="../../backoffice/views/invoices/credit_dialog.py" line="+55"/>
        <source>Avoir partiel — facture {numero}</source>
        <translation>Avoir partiel — facture {numero}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facture {numero} : {total} TTC, déjà crédité {credited}, reste {left}.</source>
        <translation>Facture {numero} : {total} TTC, déjà crédité {credited}, reste {left}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Créditer des lignes (article retourné)</source>
        <translation>Créditer des lignes (article retourné)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Créditer un montant TTC</source>
        <translation>Créditer un montant TTC</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Désignation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facturé</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Déjà crédité</source>
        <translation>Déjà crédité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À créditer</source>
        <translation>À créditer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ex. 12,50</source>
        <translation>ex. 12,50</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ex. article retourné, geste commercial…</source>
        <translation>ex. article retourné, geste commercial…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Motif * :</source>
        <translation>Motif * :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Émettre l&apos;avoir</source>
        <translation>Émettre l&apos;avoir</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Indiquez le motif de l&apos;avoir.</source>
        <translation>Indiquez le motif de l&apos;avoir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indiquez le montant TTC à créditer.</source>
        <translation>Indiquez le montant TTC à créditer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choisissez au moins une quantité à créditer.</source>
        <translation>Choisissez au moins une quantité à créditer.</translation>
    </message>
</context>
<context>
    <name>PercentDialog</name>
    <message>
        <location filename="../../backoffice/views/products/dialogs.py" line="-141"/>
        <source>Appliquer une promotion</source>
        <translation>Appliquer une promotion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remise en pourcentage sur le prix de {n} :</source>
        <translation>Remise en pourcentage sur le prix de {n} :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produit</source>
        <translation>produit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>produits</source>
        <translation>produits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ex. 15 ou 12,5</source>
        <translation>ex. 15 ou 12,5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le prix promo est arrondi au centime ; le prix normal ne change pas.</source>
        <translation>Le prix promo est arrondi au centime ; le prix normal ne change pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appliquer</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Indiquez un pourcentage strictement entre 0 et 100.</source>
        <translation>Indiquez un pourcentage strictement entre 0 et 100.</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <location filename="../../backoffice/ui/forms/picker.py" line="+205"/>
        <source>Valider</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choisissez une valeur dans la liste proposée.</source>
        <translation>Choisissez une valeur dans la liste proposée.</translation>
    </message>
</context>
<context>
    <name>PickerEdit</name>
    <message>
        <location line="-165"/>
        <source>Tapez pour chercher…</source>
        <translation>Tapez pour chercher…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../backoffice/ui/preferences.py" line="+140"/>
        <source>Préférences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> unités</source>
        <translation> unités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un stock de 1 à ce seuil s&apos;affiche en orange ; 0 en rouge (rupture).</source>
        <translation>Un stock de 1 à ce seuil s&apos;affiche en orange ; 0 en rouge (rupture).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>https://boutique.example/uploads/ ou un dossier</source>
        <translation>https://boutique.example/uploads/ ou un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Les images dont l&apos;adresse est relative (ex. « produits/tasse.jpg ») sont cherchées à partir de cette adresse web ou de ce dossier.</source>
        <translation>Les images dont l&apos;adresse est relative (ex. « produits/tasse.jpg ») sont cherchées à partir de cette adresse web ou de ce dossier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Langue du système ({0})</source>
        <translation>Langue du système ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La langue choisie s&apos;appliquera au prochain démarrage du back-office.</source>
        <translation>La langue choisie s&apos;appliquera au prochain démarrage du back-office.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seuil de stock faible :</source>
        <translation>Seuil de stock faible :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (adresse ou dossier) :</source>
        <translation>Images (adresse ou dossier) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langue :</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Dossier des images</source>
        <translation>Dossier des images</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/conversations/prefs.py" line="+40"/>
        <source>Préférences des conversations</source>
        <translation>Préférences des conversations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dossier partagé, ou https://… (lecture seule)</source>
        <translation>Dossier partagé, ou https://… (lecture seule)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcourir…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prévenir d&apos;un nouveau message client (notification)</source>
        <translation>Prévenir d&apos;un nouveau message client (notification)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pièces jointes :</source>
        <translation>Pièces jointes :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dossier des pièces jointes</source>
        <translation>Dossier des pièces jointes</translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message>
        <location filename="../../backoffice/views/products/screen.py" line="+93"/>
        <source>Ouvrir</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Nouveau produit</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Produit</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lecture seule — votre rôle ne permet pas de modifier les produits</source>
        <translation>Lecture seule — votre rôle ne permet pas de modifier les produits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ce produit a été modifié ailleurs pendant que vous le modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</source>
        <translation>Ce produit a été modifié ailleurs pendant que vous le modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Produit — {nom}</source>
        <translation>Produit — {nom}</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>« {nom} » enregistré.</source>
        <translation>« {nom} » enregistré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Activer</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactiver</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mettre en avant</source>
        <translation>Mettre en avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retirer de la mise en avant</source>
        <translation>Retirer de la mise en avant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appliquer une promotion (%)…</source>
        <translation>Appliquer une promotion (%)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retirer la promotion</source>
        <translation>Retirer la promotion</translation>
    </message>
</context>
<context>
    <name>Produits</name>
    <message>
        <location filename="../../backoffice/views/products/csv_flow.py" line="+44"/>
        <source>Fichiers CSV (*.csv);;Tous les fichiers (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporter les produits</source>
        <translation>Exporter les produits</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export en cours…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} exportés dans {file}.</source>
        <translation>{n} exportés dans {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../backoffice/views/products/operations.py" line="+36"/>
        <location filename="../../backoffice/views/products/specs.py" line="+214"/>
        <source>produit</source>
        <translation>produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../backoffice/views/products/operations.py" line="+1"/>
        <location filename="../../backoffice/views/products/specs.py" line="+1"/>
        <source>produits</source>
        <translation>produits</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importer des produits</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import en cours…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import refusé</source>
        <translation>Import refusé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import terminé : {c}, {u}, {s}.</source>
        <translation>Import terminé : {c}, {u}, {s}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>création</source>
        <translation>création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>créations</source>
        <translation>créations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mise à jour</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mises à jour</source>
        <translation>mises à jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inchangé</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inchangés</source>
        <translation>inchangés</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/products/dialogs.py" line="+7"/>
        <source>Création</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mise à jour</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inchangé</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreur</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/products/import_changes.py" line="+40"/>
        <source>« {text} »</source>
        <translation>« {text} »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field} : {old} → {new}</source>
        <translation>{field} : {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/products/operations.py" line="+14"/>
        <source>Aucun changement : les produits étaient déjà ainsi.</source>
        <translation>Aucun changement : les produits étaient déjà ainsi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>produit activé</source>
        <translation>produit activé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits activés</source>
        <translation>produits activés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>produit désactivé</source>
        <translation>produit désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits désactivés</source>
        <translation>produits désactivés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>produit mis en avant</source>
        <translation>produit mis en avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits mis en avant</source>
        <translation>produits mis en avant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>produit retiré de la mise en avant</source>
        <translation>produit retiré de la mise en avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits retirés de la mise en avant</source>
        <translation>produits retirés de la mise en avant</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Déplacer vers une catégorie</source>
        <translation>Déplacer vers une catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catégorie de destination pour {n} :</source>
        <translation>Catégorie de destination pour {n} :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune catégorie (retirer de leur catégorie)</source>
        <translation>Aucune catégorie (retirer de leur catégorie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Déplacer</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>produit déplacé</source>
        <translation>produit déplacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits déplacés</source>
        <translation>produits déplacés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Déplacement refusé</source>
        <translation>Déplacement refusé</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>prix promo appliqué</source>
        <translation>prix promo appliqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prix promo appliqués</source>
        <translation>prix promo appliqués</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promotion refusée</source>
        <translation>Promotion refusée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>promotion retirée</source>
        <translation>promotion retirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promotions retirées</source>
        <translation>promotions retirées</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>le produit « {nom} »</source>
        <translation>le produit « {nom} »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supprimer définitivement {what} ? Cette action est irréversible.</source>
        <translation>Supprimer définitivement {what} ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Supprimer</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>produit supprimé</source>
        <translation>produit supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits supprimés</source>
        <translation>produits supprimés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ces {n} produits</source>
        <translation>ces {n} produits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ce produit</source>
        <translation>ce produit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppression refusée</source>
        <translation>Suppression refusée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Désactiver {n} à la place ?</source>
        <translation>Désactiver {n} à la place ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactiver</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stock de « {nom} » : {stock}.</source>
        <translation>Stock de « {nom} » : {stock}.</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/products/specs.py" line="-142"/>
        <source>Produit</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adresse de la fiche sur le site ; proposé à partir du nom.</source>
        <translation>Adresse de la fiche sur le site ; proposé à partir du nom.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prix TTC</source>
        <translation>Prix TTC</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tapez pour chercher une catégorie…</source>
        <translation>Tapez pour chercher une catégorie…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actif (visible sur le site)</source>
        <translation>Actif (visible sur le site)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Une adresse par ligne ; double-cliquez pour modifier.</source>
        <translation>Une adresse par ligne ; double-cliquez pour modifier.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tous</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupture</source>
        <translation>Rupture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faible</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suffisant</source>
        <translation>Suffisant</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Produits</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mis à jour</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toutes</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actif</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mis en avant</source>
        <translation>Mis en avant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>En promo</source>
        <translation>En promo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rechercher (nom, slug, description courte)…</source>
        <translation>Rechercher (nom, slug, description courte)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nouveau produit</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Modifier…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ajuster le stock…</source>
        <translation>Ajuster le stock…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activer / Désactiver ▾</source>
        <translation>Activer / Désactiver ▾</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mise en avant ▾</source>
        <translation>Mise en avant ▾</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Déplacer vers…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Déplacer vers une catégorie…</source>
        <translation>Déplacer vers une catégorie…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promotion ▾</source>
        <translation>Promotion ▾</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supprimer…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporter CSV…</source>
        <translation>Exporter CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporter la liste filtrée actuelle (fichier pour Excel)</source>
        <translation>Exporter la liste filtrée actuelle (fichier pour Excel)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importer CSV…</source>
        <translation>Importer CSV…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Préférences…</source>
        <translation>Préférences…</translation>
    </message>
</context>
<context>
    <name>QuoteWindow</name>
    <message>
        <location filename="../../backoffice/views/quotes/window.py" line="+93"/>
        <source>La demande</source>
        <translation>La demande</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demandé le :</source>
        <translation>Demandé le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client :</source>
        <translation>Client :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail :</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service :</source>
        <translation>Service :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>La réponse</source>
        <translation>La réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ex. 450,00</source>
        <translation>ex. 450,00</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ce que le client lira : détail, délais, conditions…</source>
        <translation>Ce que le client lira : détail, délais, conditions…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Montant estimé TTC :</source>
        <translation>Montant estimé TTC :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Réponse au client :</source>
        <translation>Réponse au client :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enregistrer la réponse</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Lecture seule — votre rôle ne permet pas de répondre aux devis</source>
        <translation>Lecture seule — votre rôle ne permet pas de répondre aux devis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discuter avec le client</source>
        <translation>Discuter avec le client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Envoyer au client…</source>
        <translation>Envoyer au client…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Aperçu PDF…</source>
        <translation>Aperçu PDF…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Devis n° {numero}</source>
        <translation>Devis n° {numero}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demande de devis n° {id}</source>
        <translation>Demande de devis n° {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Devis — {client}</source>
        <translation>Devis — {client}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(aucun service)</source>
        <translation>(aucun service)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prix de base {prix}</source>
        <translation>prix de base {prix}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Envoyé au client le {date}.</source>
        <translation>Envoyé au client le {date}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pas encore envoyé au client.</source>
        <translation>Pas encore envoyé au client.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>HT {ht} · TVA {taux} % {tva} · TTC {ttc}</source>
        <translation>HT {ht} · TVA {taux} % {tva} · TTC {ttc}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Réponse enregistrée.</source>
        <translation>Réponse enregistrée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Devis pris en charge.</source>
        <translation>Devis pris en charge.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devis envoyé au client.</source>
        <translation>Devis envoyé au client.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Devis terminé.</source>
        <translation>Devis terminé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demande rejetée.</source>
        <translation>Demande rejetée.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ce devis a été modifié ailleurs pendant que vous répondiez. Enregistrer comparera votre réponse à la nouvelle version.</source>
        <translation>Ce devis a été modifié ailleurs pendant que vous répondiez. Enregistrer comparera votre réponse à la nouvelle version.</translation>
    </message>
</context>
<context>
    <name>RecordSections</name>
    <message>
        <location filename="../../backoffice/views/conversations/__init__.py" line="+37"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../backoffice/views/quotes/reject_dialog.py" line="+16"/>
        <source>Rejeter la demande</source>
        <translation>Rejeter la demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Motif du refus (le client le lira, il est ajouté à la réponse) :</source>
        <translation>Motif du refus (le client le lira, il est ajouté à la réponse) :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejeter</source>
        <translation>Rejeter</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../backoffice/views/conversations/reply_box.py" line="+60"/>
        <source>Votre réponse au client… (Ctrl+Entrée pour envoyer)</source>
        <translation>Votre réponse au client… (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Insérer une réponse type</source>
        <translation>Insérer une réponse type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réponses types…</source>
        <translation>Réponses types…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statut de la conversation après l&apos;envoi</source>
        <translation>Statut de la conversation après l&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joindre un fichier…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note interne</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer le texte comme note de l&apos;équipe (jamais vue du client)</source>
        <translation>Enregistrer le texte comme note de l&apos;équipe (jamais vue du client)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envoyer</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envoyer la réponse (Ctrl+Entrée)</source>
        <translation>Envoyer la réponse (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Statut après envoi :</source>
        <translation>Statut après envoi :</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Joindre des fichiers</source>
        <translation>Joindre des fichiers</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../backoffice/views/security_members.py" line="+48"/>
        <source>Rôle et accès à la base</source>
        <translation>Rôle et accès à la base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} reçoit ce rôle et les droits de son groupe dans la base. Ses sessions ouvertes sont fermées : il ou elle se reconnecte avec ses nouveaux droits.</source>
        <translation>{name} reçoit ce rôle et les droits de son groupe dans la base. Ses sessions ouvertes sont fermées : il ou elle se reconnecte avec ses nouveaux droits.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rôle</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Rôle :</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliquer</source>
        <translation>Appliquer</translation>
    </message>
</context>
<context>
    <name>Securite</name>
    <message>
        <location filename="../../backoffice/views/security.py" line="+56"/>
        <location filename="../../backoffice/views/security_attempts.py" line="+118"/>
        <location line="+9"/>
        <source>Tous</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Révoquer votre propre session ?</source>
        <translation>Révoquer votre propre session ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&apos;est la session de ce poste : l&apos;application vous déconnectera aussitôt et il faudra vous reconnecter.</source>
        <translation>C&apos;est la session de ce poste : l&apos;application vous déconnectera aussitôt et il faudra vous reconnecter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Révoquer la session de {name} ?</source>
        <translation>Révoquer la session de {name} ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le poste concerné sera déconnecté à sa prochaine action.{where}</source>
        <translation>Le poste concerné sera déconnecté à sa prochaine action.{where}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Révoquer la session</source>
        <translation>Révoquer la session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Révoquer</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sessions actives</source>
        <translation>Sessions actives</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+141"/>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+138"/>
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+25"/>
        <location line="+110"/>
        <source>Rôle</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Dernière activité</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../backoffice/views/security_attempts.py" line="-46"/>
        <source>Adresse IP</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../backoffice/views/security_attempts.py" line="+4"/>
        <source>Poste</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>votre session</source>
        <translation>votre session</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../backoffice/views/security_attempts.py" line="+49"/>
        <source>Rechercher (e-mail, adresse IP)…</source>
        <translation>Rechercher (e-mail, adresse IP)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Révoquer…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fermer la session choisie : le poste devra se reconnecter</source>
        <translation>Fermer la session choisie : le poste devra se reconnecter</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+80"/>
        <source>Double authentification</source>
        <translation>Double authentification</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>La double authentification n&apos;est pas activée pour {name}.</source>
        <translation>La double authentification n&apos;est pas activée pour {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} se connectera de nouveau avec son seul mot de passe, et la clé actuelle de son application d&apos;authentification ne servira plus.</source>
        <translation>{name} se connectera de nouveau avec son seul mot de passe, et la clé actuelle de son application d&apos;authentification ne servira plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Il s&apos;agit de votre propre compte.</source>
        <translation>Il s&apos;agit de votre propre compte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Désactiver la double authentification</source>
        <translation>Désactiver la double authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactiver la double authentification de {name} ?</source>
        <translation>Désactiver la double authentification de {name} ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Désactiver</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Personnel</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dernière connexion</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activée</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactivée</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rechercher (nom, prénom, e-mail)…</source>
        <translation>Rechercher (nom, prénom, e-mail)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>membre</source>
        <translation>membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>membres</source>
        <translation>membres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activer la double authentification…</source>
        <translation>Activer la double authentification…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Associer l&apos;application d&apos;authentification du membre (QR code) ; remplace la clé actuelle si elle est déjà activée</source>
        <translation>Associer l&apos;application d&apos;authentification du membre (QR code) ; remplace la clé actuelle si elle est déjà activée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Désactiver la double authentification…</source>
        <translation>Désactiver la double authentification…</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security_attempts.py" line="-62"/>
        <source>Tentatives de connexion</source>
        <translation>Tentatives de connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Compte</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Résultat</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Réussie</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échec</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>inconnu</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Réussies</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échecs</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>tentative</source>
        <translation>tentative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tentatives</source>
        <translation>tentatives</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security_members.py" line="-35"/>
        <source>Accès à la base</source>
        <translation>Accès à la base</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actif</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactivé</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name} : rôle et accès à la base mis à jour.</source>
        <translation>{name} : rôle et accès à la base mis à jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rôle et accès à la base</source>
        <translation>Rôle et accès à la base</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <source>Retirer l&apos;accès à la base</source>
        <translation>Retirer l&apos;accès à la base</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Retirer l&apos;accès à la base de {name} ?</source>
        <translation>Retirer l&apos;accès à la base de {name} ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retirer l&apos;accès</source>
        <translation>Retirer l&apos;accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ses connexions ouvertes sont fermées tout de suite et la connexion lui est refusée jusqu&apos;à ce qu&apos;un administrateur lui redonne un rôle.</source>
        <translation>Ses connexions ouvertes sont fermées tout de suite et la connexion lui est refusée jusqu&apos;à ce qu&apos;un administrateur lui redonne un rôle.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} n&apos;a plus accès à la base.</source>
        <translation>{name} n&apos;a plus accès à la base.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rôle et accès à la base…</source>
        <translation>Rôle et accès à la base…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retirer l&apos;accès à la base…</source>
        <translation>Retirer l&apos;accès à la base…</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../backoffice/views/services_tab/operations.py" line="+31"/>
        <source>service activé</source>
        <translation>service activé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services activés</source>
        <translation>services activés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>service désactivé</source>
        <translation>service désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services désactivés</source>
        <translation>services désactivés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucun changement : ils l&apos;étaient déjà.</source>
        <translation>Aucun changement : ils l&apos;étaient déjà.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Supprimer définitivement {n} ? Cette action est irréversible.</source>
        <translation>Supprimer définitivement {n} ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>le service « {nom} »</source>
        <translation>le service « {nom} »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} services</source>
        <translation>{n} services</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Supprimer</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>service supprimé</source>
        <translation>service supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services supprimés</source>
        <translation>services supprimés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suppression refusée</source>
        <translation>Suppression refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../backoffice/views/services_tab/specs.py" line="+143"/>
        <source>Désactiver</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/services_tab/specs.py" line="-90"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prix de base TTC</source>
        <translation>Prix de base TTC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le prix indicatif affiché sur le site ; chaque devis a le sien.</source>
        <translation>Le prix indicatif affiché sur le site ; chaque devis a le sien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actif (proposé sur le site)</source>
        <translation>Actif (proposé sur le site)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devis</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mis à jour</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Actif</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rechercher un service (nom, description)…</source>
        <translation>Rechercher un service (nom, description)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nouveau service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Modifier…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activer</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Supprimer…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <location filename="../../backoffice/views/services_tab/screen.py" line="+74"/>
        <source>Ouvrir</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>« {nom} » enregistré.</source>
        <translation>« {nom} » enregistré.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../backoffice/ui/app.py" line="+247"/>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+79"/>
        <source>Base de démonstration</source>
        <translation>Base de démonstration</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Recréer la base de démonstration</source>
        <translation>Recréer la base de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitter</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vous pouvez la recréer : les données de démonstration d&apos;origine seront reconstruites et les changements faits dans la démonstration seront perdus. Ou quittez, puis ouvrez-la avec la version du back-office qui l&apos;a créée.</source>
        <translation>Vous pouvez la recréer : les données de démonstration d&apos;origine seront reconstruites et les changements faits dans la démonstration seront perdus. Ou quittez, puis ouvrez-la avec la version du back-office qui l&apos;a créée.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+12"/>
        <source>Création de la base de démonstration…</source>
        <translation>Création de la base de démonstration…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Back-office — démonstration</source>
        <translation>Back-office — démonstration</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>La base de démonstration n&apos;a pas pu être créée : {0}</source>
        <translation>La base de démonstration n&apos;a pas pu être créée : {0}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/database_checks.py" line="+28"/>
        <source>démo</source>
        <translation>démo</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Création du schéma…</source>
        <translation>Création du schéma…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ajout des produits, clients et commandes de démonstration…</source>
        <translation>Ajout des produits, clients et commandes de démonstration…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dessin des images des produits…</source>
        <translation>Dessin des images des produits…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>La base de démonstration a été créée par une version plus récente du back-office : cette version ne peut pas l&apos;ouvrir.</source>
        <translation>La base de démonstration a été créée par une version plus récente du back-office : cette version ne peut pas l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La base de démonstration n&apos;a pas pu être mise à jour pour cette version.</source>
        <translation>La base de démonstration n&apos;a pas pu être mise à jour pour cette version.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cette base est celle du site de la boutique, mais le back-office ne l&apos;a pas encore adoptée. Un administrateur doit lancer « backoffice-cli db upgrade --dry-run » (pour voir ce qui sera ajouté), puis « backoffice-cli db upgrade » sur cette base : rien du site n&apos;est modifié.</source>
        <translation>Cette base est celle du site de la boutique, mais le back-office ne l&apos;a pas encore adoptée. Un administrateur doit lancer « backoffice-cli db upgrade --dry-run » (pour voir ce qui sera ajouté), puis « backoffice-cli db upgrade » sur cette base : rien du site n&apos;est modifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cette base de données est vide. Un administrateur doit d&apos;abord lancer « backoffice-cli db upgrade » sur cette base.</source>
        <translation>Cette base de données est vide. Un administrateur doit d&apos;abord lancer « backoffice-cli db upgrade » sur cette base.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cette base ne contient pas le schéma de la boutique (tables absentes : {0}). Vérifiez le nom de la base dans la connexion.</source>
        <translation>Cette base ne contient pas le schéma de la boutique (tables absentes : {0}). Vérifiez le nom de la base dans la connexion.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cette base (révision {0}) a été mise à jour par une version plus récente du back-office. Installez la dernière version du back-office.</source>
        <translation>Cette base (révision {0}) a été mise à jour par une version plus récente du back-office. Installez la dernière version du back-office.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le schéma de cette base (révision {0}) ne correspond pas à cette version du back-office (révision {1}). Un administrateur doit lancer « backoffice-cli db upgrade », ou installez la version du back-office qui correspond à la base.</source>
        <translation>Le schéma de cette base (révision {0}) ne correspond pas à cette version du back-office (révision {1}). Un administrateur doit lancer « backoffice-cli db upgrade », ou installez la version du back-office qui correspond à la base.</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../../backoffice/views/orders/dialogs.py" line="-80"/>
        <source>Expédier la commande</source>
        <translation>Expédier la commande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Facultatif</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transporteur :</source>
        <translation>Transporteur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numéro de suivi :</source>
        <translation>Numéro de suivi :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expédier</source>
        <translation>Expédier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Indiquez le transporteur.</source>
        <translation>Indiquez le transporteur.</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../backoffice/views/products/dialogs.py" line="-155"/>
        <source>Ajuster le stock</source>
        <translation>Ajuster le stock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {nom} » — stock actuel : {stock}</source>
        <translation>« {nom} » — stock actuel : {stock}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nouvelle quantité</source>
        <translation>Nouvelle quantité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variation (+ entrée, − sortie)</source>
        <translation>Variation (+ entrée, − sortie)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ex. réception fournisseur, inventaire, casse…</source>
        <translation>ex. réception fournisseur, inventaire, casse…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Motif * :</source>
        <translation>Motif * :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Indiquez le motif de l&apos;ajustement de stock.</source>
        <translation>Indiquez le motif de l&apos;ajustement de stock.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La variation est nulle : rien à enregistrer.</source>
        <translation>La variation est nulle : rien à enregistrer.</translation>
    </message>
</context>
<context>
    <name>StringListEditor</name>
    <message>
        <location filename="../../backoffice/ui/forms/editors.py" line="-87"/>
        <source>Ajouter une ligne</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer la ligne sélectionnée</source>
        <translation>Supprimer la ligne sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monter</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descendre</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../backoffice/views/conversations/thread.py" line="+145"/>
        <source>M&apos;assigner</source>
        <translation>M&apos;assigner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Me confier cette conversation (Ctrl+M)</source>
        <translation>Me confier cette conversation (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changer le statut (Ctrl+Maj+S)</source>
        <translation>Changer le statut (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>← Boîte de réception</source>
        <translation>← Boîte de réception</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenir à la liste (Échap)</source>
        <translation>Revenir à la liste (Échap)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Choisissez le dossier des pièces jointes (Conversations → Préférences…) pour joindre des fichiers.</source>
        <translation>Choisissez le dossier des pièces jointes (Conversations → Préférences…) pour joindre des fichiers.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Agent : {name}</source>
        <translation>Agent : {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non assignée</source>
        <translation>Non assignée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Équipe</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note interne (jamais vue du client)</source>
        <translation>Note interne (jamais vue du client)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non lu</source>
        <translation>non lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher les {n} messages précédents</source>
        <translation>Afficher les {n} messages précédents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pièce jointe :</source>
        <translation>Pièce jointe :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Conversation — {subject}</source>
        <translation>Conversation — {subject}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commande {ref}</source>
        <translation>Commande {ref}</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Fichier dangereux</source>
        <translation>Fichier dangereux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {name} » est un programme ou un script : il ne sera pas ouvert. Vous pouvez l&apos;enregistrer, mais ne l&apos;ouvrez pas sans l&apos;avoir fait analyser.</source>
        <translation>« {name} » est un programme ou un script : il ne sera pas ouvert. Vous pouvez l&apos;enregistrer, mais ne l&apos;ouvrez pas sans l&apos;avoir fait analyser.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enregistrer sous…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enregistrer la pièce jointe</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pièce jointe enregistrée.</source>
        <translation>Pièce jointe enregistrée.</translation>
    </message>
</context>
<context>
    <name>TimezoneField</name>
    <message>
        <location filename="../../backoffice/ui/timezone_field.py" line="+54"/>
        <source>Fuseau horaire de la boutique</source>
        <translation>Fuseau horaire de la boutique</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Heure des dates enregistrées par le site, en général Europe/Paris.</source>
        <translation>Heure des dates enregistrées par le site, en général Europe/Paris.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Indiquez le fuseau horaire de la boutique, par exemple Europe/Paris.</source>
        <translation>Indiquez le fuseau horaire de la boutique, par exemple Europe/Paris.</translation>
    </message>
</context>
<context>
    <name>TopologyFields</name>
    <message>
        <location filename="../../backoffice/ui/topology_fields.py" line="+25"/>
        <source>Passer par PgBouncer en mode transaction</source>
        <translation>Passer par PgBouncer en mode transaction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>À cocher quand ce poste joint la base à travers un PgBouncer en mode « transaction » : l&apos;application ne compte alors sur aucun réglage de session et remplace l&apos;écoute des nouveaux messages par une vérification toutes les 30 s.</source>
        <translation>À cocher quand ce poste joint la base à travers un PgBouncer en mode « transaction » : l&apos;application ne compte alors sur aucun réglage de session et remplace l&apos;écoute des nouveaux messages par une vérification toutes les 30 s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hôte:port (facultatif)</source>
        <translation>hôte:port (facultatif)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une réplique PostgreSQL en flux (même base, même utilisateur) : les listes, les comptes et les recherches y sont lus, tout le reste va au serveur principal.</source>
        <translation>Une réplique PostgreSQL en flux (même base, même utilisateur) : les listes, les comptes et les recherches y sont lus, tout le reste va au serveur principal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Réplique en lecture :</source>
        <translation>&amp;Réplique en lecture :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pour les boutiques à nombreux postes, sur les indications de l&apos;administrateur de la base.</source>
        <translation>Pour les boutiques à nombreux postes, sur les indications de l&apos;administrateur de la base.</translation>
    </message>
</context>
<context>
    <name>TotpEnrolmentDialog</name>
    <message>
        <location filename="../../backoffice/views/security_widgets.py" line="+141"/>
        <source>Double authentification — {name}</source>
        <translation>Double authentification — {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;1.&lt;/b&gt; Dans l&apos;application d&apos;authentification de &lt;b&gt;{name}&lt;/b&gt; (Google Authenticator, Microsoft Authenticator, FreeOTP…), ajoutez un compte en scannant ce QR code, ou en saisissant la clé à la main.</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Dans l&apos;application d&apos;authentification de &lt;b&gt;{name}&lt;/b&gt; (Google Authenticator, Microsoft Authenticator, FreeOTP…), ajoutez un compte en scannant ce QR code, ou en saisissant la clé à la main.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La double authentification est déjà activée pour ce compte : une fois le code confirmé, cette nouvelle clé remplacera l&apos;ancienne.</source>
        <translation>La double authentification est déjà activée pour ce compte : une fois le code confirmé, cette nouvelle clé remplacera l&apos;ancienne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Préparation de la clé…</source>
        <translation>Préparation de la clé…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Clé à saisir dans l&apos;application (espaces facultatifs)</source>
        <translation>Clé à saisir dans l&apos;application (espaces facultatifs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copier la clé</source>
        <translation>Copier la clé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clé :</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compte :</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;2.&lt;/b&gt; Saisissez le code à 6 chiffres que l&apos;application affiche maintenant pour ce compte.</source>
        <translation>&lt;b&gt;2.&lt;/b&gt; Saisissez le code à 6 chiffres que l&apos;application affiche maintenant pour ce compte.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Code de vérification :</source>
        <translation>Code de vérification :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Activer</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>À scanner avec l&apos;application d&apos;authentification</source>
        <translation>À scanner avec l&apos;application d&apos;authentification</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clé indisponible</source>
        <translation>Clé indisponible</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Vérification du code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clé copiée dans le presse-papiers.</source>
        <translation>Clé copiée dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../backoffice/views/categories/__init__.py" line="+23"/>
        <source>Catégories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/clients.py" line="+88"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/products/__init__.py" line="+32"/>
        <source>Produits</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security.py" line="+58"/>
        <source>Sécurité</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/services_tab/__init__.py" line="+28"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/conversations/__init__.py" line="-14"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/orders/__init__.py" line="+42"/>
        <source>Commandes</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/quotes/__init__.py" line="+28"/>
        <source>Devis</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/invoices/__init__.py" line="+24"/>
        <source>Factures</source>
        <translation>Factures</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../backoffice/services/attachments/store.py" line="+83"/>
        <source>Ce fichier dépasse la taille maximale de {limit} Mo.</source>
        <translation>Ce fichier dépasse la taille maximale de {limit} Mo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le chemin de cette pièce jointe sort du dossier des pièces jointes : elle n&apos;est pas ouverte.</source>
        <translation>Le chemin de cette pièce jointe sort du dossier des pièces jointes : elle n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Les pièces jointes sont lues depuis une adresse web, en lecture seule : choisissez un dossier des pièces jointes dans les préférences pour en ajouter.</source>
        <translation>Les pièces jointes sont lues depuis une adresse web, en lecture seule : choisissez un dossier des pièces jointes dans les préférences pour en ajouter.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Aucun dossier ni adresse des pièces jointes n&apos;est choisi dans les préférences.</source>
        <translation>Aucun dossier ni adresse des pièces jointes n&apos;est choisi dans les préférences.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/conversations/files.py" line="+33"/>
        <source>Cette pièce jointe n&apos;existe plus.</source>
        <translation>Cette pièce jointe n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>auth</name>
    <message>
        <location filename="../../backoffice/services/sign_in_results.py" line="+17"/>
        <source>Adresse e-mail ou mot de passe incorrect.</source>
        <translation>Adresse e-mail ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trop de tentatives de connexion échouées pour ce compte : par sécurité, la connexion est bloquée pendant encore {minutes} minutes. Réessayez plus tard ou demandez à un administrateur.</source>
        <translation>Trop de tentatives de connexion échouées pour ce compte : par sécurité, la connexion est bloquée pendant encore {minutes} minutes. Réessayez plus tard ou demandez à un administrateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trop de tentatives de connexion échouées pour ce compte : par sécurité, la connexion est bloquée pendant encore {minutes} minute. Réessayez plus tard ou demandez à un administrateur.</source>
        <translation>Trop de tentatives de connexion échouées pour ce compte : par sécurité, la connexion est bloquée pendant encore {minutes} minute. Réessayez plus tard ou demandez à un administrateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code de vérification incorrect ou déjà utilisé. Saisissez le code à 6 chiffres affiché par votre application d&apos;authentification, ou votre code de secours.</source>
        <translation>Code de vérification incorrect ou déjà utilisé. Saisissez le code à 6 chiffres affiché par votre application d&apos;authentification, ou votre code de secours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La vérification a expiré ou n&apos;est plus valable. Reconnectez-vous avec votre mot de passe.</source>
        <translation>La vérification a expiré ou n&apos;est plus valable. Reconnectez-vous avec votre mot de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mot de passe ou code de vérification incorrect.</source>
        <translation>Mot de passe ou code de vérification incorrect.</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="../../backoffice/services/catalog/bulk.py" line="+52"/>
        <source>{count} des produits sélectionnés n&apos;existent plus (n° {ids}). Rien n&apos;a été modifié ; actualisez la liste.</source>
        <translation>{count} des produits sélectionnés n&apos;existent plus (n° {ids}). Rien n&apos;a été modifié ; actualisez la liste.</translation>
    </message>
    <message>
        <location line="+91"/>
        <location filename="../../backoffice/services/catalog/products.py" line="+141"/>
        <source>Cette catégorie n&apos;existe plus.</source>
        <translation>Cette catégorie n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Le pourcentage doit être un nombre (ex. 15).</source>
        <translation>Le pourcentage doit être un nombre (ex. 15).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le pourcentage doit être strictement compris entre 0 et 100.</source>
        <translation>Le pourcentage doit être strictement compris entre 0 et 100.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prix trop bas pour cette remise (le prix promotionnel ne serait pas inférieur au prix) : {names}.</source>
        <translation>Prix trop bas pour cette remise (le prix promotionnel ne serait pas inférieur au prix) : {names}.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/catalog/csv_import.py" line="+133"/>
        <source>{label} : « {cell} » n&apos;est pas « oui » ou « non ».</source>
        <translation>{label} : « {cell} » n&apos;est pas « oui » ou « non ».</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Catégorie « {slug} » inconnue.</source>
        <translation>Catégorie « {slug} » inconnue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le prix est obligatoire.</source>
        <translation>Le prix est obligatoire.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Le prix doit être un nombre décimal (ex. 19,99).</source>
        <translation>Le prix doit être un nombre décimal (ex. 19,99).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le prix promotionnel doit être un nombre décimal (ex. 19,99).</source>
        <translation>Le prix promotionnel doit être un nombre décimal (ex. 19,99).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../backoffice/services/catalog/validation.py" line="+114"/>
        <source>Le stock doit être un nombre entier.</source>
        <translation>Le stock doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Le fichier est vide.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colonnes inconnues : {unknown}. Colonnes possibles : {columns}.</source>
        <translation>Colonnes inconnues : {unknown}. Colonnes possibles : {columns}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La colonne « slug » est obligatoire.</source>
        <translation>La colonne « slug » est obligatoire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Une colonne apparaît deux fois dans l&apos;en-tête.</source>
        <translation>Une colonne apparaît deux fois dans l&apos;en-tête.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{count} colonnes au lieu de {expected} (vérifiez les « ; » et les guillemets).</source>
        <translation>{count} colonnes au lieu de {expected} (vérifiez les « ; » et les guillemets).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Le prix est obligatoire pour créer un produit.</source>
        <translation>Le prix est obligatoire pour créer un produit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le nom est obligatoire pour créer un produit.</source>
        <translation>Le nom est obligatoire pour créer un produit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ce slug figure déjà ligne {line}.</source>
        <translation>Ce slug figure déjà ligne {line}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../backoffice/services/catalog/data.py" line="+98"/>
        <source>Le produit « {name} »</source>
        <translation>Le produit « {name} »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le produit « {slug} » (ligne {line}) a été modifié depuis l&apos;aperçu. Rien n&apos;a été importé ; relancez l&apos;aperçu.</source>
        <translation>Le produit « {slug} » (ligne {line}) a été modifié depuis l&apos;aperçu. Rien n&apos;a été importé ; relancez l&apos;aperçu.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import refusé, rien n&apos;a été modifié. Lignes en erreur : {lines}{more}</source>
        <translation>Import refusé, rien n&apos;a été modifié. Lignes en erreur : {lines}{more}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Un des slugs à créer vient d&apos;être pris ; relancez l&apos;aperçu.</source>
        <translation>Un des slugs à créer vient d&apos;être pris ; relancez l&apos;aperçu.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Enregistrement refusé par la base de données.</source>
        <translation>Enregistrement refusé par la base de données.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/catalog/products.py" line="-42"/>
        <source>Le produit n° {id} n&apos;existe plus (il a peut-être été supprimé).</source>
        <translation>Le produit n° {id} n&apos;existe plus (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ce slug vient d&apos;être pris par un autre produit.</source>
        <translation>Ce slug vient d&apos;être pris par un autre produit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>L&apos;enregistrement a été refusé par la base de données.</source>
        <translation>L&apos;enregistrement a été refusé par la base de données.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Impossible de supprimer « {name} » : ce produit figure dans {count} commande ; vous pouvez le désactiver.</source>
        <translation>Impossible de supprimer « {name} » : ce produit figure dans {count} commande ; vous pouvez le désactiver.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impossible de supprimer « {name} » : ce produit figure dans {count} commandes ; vous pouvez le désactiver.</source>
        <translation>Impossible de supprimer « {name} » : ce produit figure dans {count} commandes ; vous pouvez le désactiver.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impossible de supprimer « {name} » : ce produit a {count} avis client ; vous pouvez le désactiver.</source>
        <translation>Impossible de supprimer « {name} » : ce produit a {count} avis client ; vous pouvez le désactiver.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impossible de supprimer « {name} » : ce produit a {count} avis clients ; vous pouvez le désactiver.</source>
        <translation>Impossible de supprimer « {name} » : ce produit a {count} avis clients ; vous pouvez le désactiver.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Impossible de supprimer « {name} » : il vient d&apos;être commandé ; vous pouvez le désactiver.</source>
        <translation>Impossible de supprimer « {name} » : il vient d&apos;être commandé ; vous pouvez le désactiver.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/catalog/stock.py" line="+76"/>
        <source>Indiquez le motif de l&apos;ajustement de stock.</source>
        <translation>Indiquez le motif de l&apos;ajustement de stock.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indiquez soit la nouvelle quantité, soit la variation du stock.</source>
        <translation>Indiquez soit la nouvelle quantité, soit la variation du stock.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La nouvelle quantité doit être un nombre entier positif ou nul.</source>
        <translation>La nouvelle quantité doit être un nombre entier positif ou nul.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La variation doit être un nombre entier.</source>
        <translation>La variation doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le stock attendu doit être un nombre entier.</source>
        <translation>Le stock attendu doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Le stock de « {name} »</source>
        <translation>Le stock de « {name} »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le stock de « {name} » a changé depuis que vous l&apos;avez consulté (par exemple une vente sur le site) : il est maintenant de {current}, et non plus de {expected}. Vérifiez la nouvelle quantité puis réessayez.</source>
        <translation>Le stock de « {name} » a changé depuis que vous l&apos;avez consulté (par exemple une vente sur le site) : il est maintenant de {current}, et non plus de {expected}. Vérifiez la nouvelle quantité puis réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le stock ne peut pas devenir négatif : il est de {current} et vous retirez {removed}.</source>
        <translation>Le stock ne peut pas devenir négatif : il est de {current} et vous retirez {removed}.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/catalog/validation.py" line="-82"/>
        <source>{label} est obligatoire.</source>
        <translation>{label} est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} doit être un nombre décimal (ex. 19,99).</source>
        <translation>{label} doit être un nombre décimal (ex. 19,99).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} ne peut pas être négatif.</source>
        <translation>{label} ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} ne peut pas avoir plus de 2 décimales.</source>
        <translation>{label} ne peut pas avoir plus de 2 décimales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} ne peut pas dépasser 99 999 999,99 €.</source>
        <translation>{label} ne peut pas dépasser 99 999 999,99 €.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label} ne doit pas dépasser {limit} caractères (actuellement {length}).</source>
        <translation>{label} ne doit pas dépasser {limit} caractères (actuellement {length}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Le nom est obligatoire.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le nom</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le slug est obligatoire.</source>
        <translation>Le slug est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le slug</source>
        <translation>Le slug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le slug ne peut contenir que des lettres minuscules sans accents, des chiffres et des tirets, sans tiret au début ni à la fin (ex. « creme-brulee-500g »).</source>
        <translation>Le slug ne peut contenir que des lettres minuscules sans accents, des chiffres et des tirets, sans tiret au début ni à la fin (ex. « creme-brulee-500g »).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ce slug est déjà utilisé par le produit « {name} ». Slug libre proposé : « {free} ».</source>
        <translation>Ce slug est déjà utilisé par le produit « {name} ». Slug libre proposé : « {free} ».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le prix</source>
        <translation>Le prix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le prix promotionnel</source>
        <translation>Le prix promotionnel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le prix promotionnel doit être inférieur au prix ({price} €).</source>
        <translation>Le prix promotionnel doit être inférieur au prix ({price} €).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le stock ne peut pas être négatif.</source>
        <translation>Le stock ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le stock est trop grand.</source>
        <translation>Le stock est trop grand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;adresse de l&apos;image</source>
        <translation>L&apos;adresse de l&apos;image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La description courte</source>
        <translation>La description courte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chaque adresse d&apos;image supplémentaire</source>
        <translation>Chaque adresse d&apos;image supplémentaire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cette catégorie n&apos;existe plus ; choisissez-en une autre.</source>
        <translation>Cette catégorie n&apos;existe plus ; choisissez-en une autre.</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <location filename="../../backoffice/services/categories/data.py" line="+71"/>
        <source>La catégorie « {name} » et ses sous-catégories contiennent {count} produit actif. Il ne sera plus visible dans cette catégorie sur le site. Confirmez-vous la désactivation ?</source>
        <translation>La catégorie « {name} » et ses sous-catégories contiennent {count} produit actif. Il ne sera plus visible dans cette catégorie sur le site. Confirmez-vous la désactivation ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La catégorie « {name} » et ses sous-catégories contiennent {count} produits actifs. Ils ne seront plus visibles dans cette catégorie sur le site. Confirmez-vous la désactivation ?</source>
        <translation>La catégorie « {name} » et ses sous-catégories contiennent {count} produits actifs. Ils ne seront plus visibles dans cette catégorie sur le site. Confirmez-vous la désactivation ?</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/categories/edit.py" line="+61"/>
        <source>Le nom est obligatoire.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le nom ne doit pas dépasser 150 caractères (actuellement {length}).</source>
        <translation>Le nom ne doit pas dépasser 150 caractères (actuellement {length}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le slug est obligatoire.</source>
        <translation>Le slug est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le slug ne doit pas dépasser {limit} caractères.</source>
        <translation>Le slug ne doit pas dépasser {limit} caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le slug ne peut contenir que des lettres minuscules sans accents, des chiffres et des tirets, sans tiret au début ni à la fin (ex. « petit-electromenager »).</source>
        <translation>Le slug ne peut contenir que des lettres minuscules sans accents, des chiffres et des tirets, sans tiret au début ni à la fin (ex. « petit-electromenager »).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ce slug est déjà utilisé par la catégorie « {name} ». Slug libre proposé : « {free} ».</source>
        <translation>Ce slug est déjà utilisé par la catégorie « {name} ». Slug libre proposé : « {free} ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>L&apos;adresse de l&apos;image ne doit pas dépasser 500 caractères (actuellement {length}).</source>
        <translation>L&apos;adresse de l&apos;image ne doit pas dépasser 500 caractères (actuellement {length}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>La catégorie parente n&apos;existe plus.</source>
        <translation>La catégorie parente n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Une catégorie ne peut pas être placée sous elle-même ni sous l&apos;une de ses sous-catégories.</source>
        <translation>Une catégorie ne peut pas être placée sous elle-même ni sous l&apos;une de ses sous-catégories.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ce slug vient d&apos;être pris par une autre catégorie.</source>
        <translation>Ce slug vient d&apos;être pris par une autre catégorie.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>La catégorie « {name} »</source>
        <translation>La catégorie « {name} »</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>contient {count} produits</source>
        <translation>contient {count} produits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contient {count} produit</source>
        <translation>contient {count} produit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a {count} sous-catégories</source>
        <translation>a {count} sous-catégories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {count} sous-catégorie</source>
        <translation>a {count} sous-catégorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{first} et {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impossible de supprimer « {name} » : elle {reasons}. Déplacez-les ou supprimez-les d&apos;abord.</source>
        <translation>Impossible de supprimer « {name} » : elle {reasons}. Déplacez-les ou supprimez-les d&apos;abord.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Impossible de supprimer « {name} » : un produit ou une sous-catégorie vient d&apos;y être ajouté.</source>
        <translation>Impossible de supprimer « {name} » : un produit ou une sous-catégorie vient d&apos;y être ajouté.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/categories/tree.py" line="+117"/>
        <source>La catégorie n° {id} n&apos;existe plus (elle a peut-être été supprimée).</source>
        <translation>La catégorie n° {id} n&apos;existe plus (elle a peut-être été supprimée).</translation>
    </message>
</context>
<context>
    <name>connections</name>
    <message>
        <location filename="../../backoffice/connections.py" line="+137"/>
        <source>Donnez un nom à cette connexion.</source>
        <translation>Donnez un nom à cette connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indiquez le serveur (nom ou adresse IP).</source>
        <translation>Indiquez le serveur (nom ou adresse IP).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le port doit être un nombre entre 1 et 65535.</source>
        <translation>Le port doit être un nombre entre 1 et 65535.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indiquez le nom de la base de données.</source>
        <translation>Indiquez le nom de la base de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type de serveur inconnu : {kind}.</source>
        <translation>Type de serveur inconnu : {kind}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indiquez l&apos;utilisateur de la base de données.</source>
        <translation>Indiquez l&apos;utilisateur de la base de données.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le mode TLS « {mode} » n&apos;existe pas pour {kind} : choisissez « prefer », « require » ou un mode « verify ».</source>
        <translation>Le mode TLS « {mode} » n&apos;existe pas pour {kind} : choisissez « prefer », « require » ou un mode « verify ».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le mode TLS « {mode} » vérifie le certificat du serveur : choisissez le fichier de l&apos;autorité de certification (CA).</source>
        <translation>Le mode TLS « {mode} » vérifie le certificat du serveur : choisissez le fichier de l&apos;autorité de certification (CA).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le fichier de l&apos;autorité de certification est introuvable : {path}</source>
        <translation>Le fichier de l&apos;autorité de certification est introuvable : {path}</translation>
    </message>
</context>
<context>
    <name>conversations</name>
    <message>
        <location filename="../../backoffice/services/conversations/canned.py" line="+89"/>
        <source>Donnez un titre.</source>
        <translation>Donnez un titre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Titre trop long (100 caractères).</source>
        <translation>Titre trop long (100 caractères).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écrivez le texte de la réponse.</source>
        <translation>Écrivez le texte de la réponse.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Une réponse type porte déjà ce titre.</source>
        <translation>Une réponse type porte déjà ce titre.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cette réponse type n&apos;existe plus.</source>
        <translation>Cette réponse type n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>La réponse type</source>
        <translation>La réponse type</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/conversations/reply.py" line="+63"/>
        <source>Écrivez un message.</source>
        <translation>Écrivez un message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le message dépasse {n} caractères.</source>
        <translation>Le message dépasse {n} caractères.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statut inconnu.</source>
        <translation>Statut inconnu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+158"/>
        <source>La conversation</source>
        <translation>La conversation</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ce membre du personnel ne répond pas aux conversations.</source>
        <translation>Ce membre du personnel ne répond pas aux conversations.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Donnez un sujet.</source>
        <translation>Donnez un sujet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sujet trop long.</source>
        <translation>Sujet trop long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type inconnu.</source>
        <translation>Type inconnu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ce client n&apos;existe pas ou plus.</source>
        <translation>Ce client n&apos;existe pas ou plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cette commande n&apos;est pas celle de ce client.</source>
        <translation>Cette commande n&apos;est pas celle de ce client.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ce devis n&apos;est pas celui de ce client.</source>
        <translation>Ce devis n&apos;est pas celui de ce client.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/conversations/thread.py" line="+36"/>
        <source>Cette conversation n&apos;existe pas ou plus.</source>
        <translation>Cette conversation n&apos;existe pas ou plus.</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message>
        <location filename="../../backoffice/services/customers/edit.py" line="+64"/>
        <source>{count} caractères au plus.</source>
        <translation>{count} caractères au plus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>L&apos;e-mail est obligatoire.</source>
        <translation>L&apos;e-mail est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cet e-mail n&apos;est pas valide (exemple : nom@domaine.fr).</source>
        <translation>Cet e-mail n&apos;est pas valide (exemple : nom@domaine.fr).</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../backoffice/services/customers/listing.py" line="+159"/>
        <source>Ce client n&apos;existe pas ou plus.</source>
        <translation>Ce client n&apos;existe pas ou plus.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cet e-mail est déjà celui d&apos;un autre compte.</source>
        <translation>Cet e-mail est déjà celui d&apos;un autre compte.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Le client « {name} »</source>
        <translation>Le client « {name} »</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cette adresse n&apos;existe pas ou plus.</source>
        <translation>Cette adresse n&apos;existe pas ou plus.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>L&apos;adresse « {name} »</source>
        <translation>L&apos;adresse « {name} »</translation>
    </message>
</context>
<context>
    <name>db_role</name>
    <message>
        <location filename="../../backoffice/services/db_role/__init__.py" line="+70"/>
        <source>L&apos;option --host ne vaut que pour MariaDB/MySQL : sur PostgreSQL, les machines autorisées se règlent dans pg_hba.conf.</source>
        <translation>L&apos;option --host ne vaut que pour MariaDB/MySQL : sur PostgreSQL, les machines autorisées se règlent dans pg_hba.conf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le compte à privilèges minimaux n&apos;existe que pour PostgreSQL, MariaDB et MySQL.</source>
        <translation>Le compte à privilèges minimaux n&apos;existe que pour PostgreSQL, MariaDB et MySQL.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/db_role/mysql.py" line="+174"/>
        <source>Machine invalide : un nom, une adresse IP ou un motif avec « % » (par exemple « % », « 192.168.1.% » ou « localhost »).</source>
        <translation>Machine invalide : un nom, une adresse IP ou un motif avec « % » (par exemple « % », « 192.168.1.% » ou « localhost »).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sur MariaDB/MySQL, le mot de passe doit être non vide et en caractères ASCII (lettres sans accents, chiffres, ponctuation, espace) : les autres ne sont pas envoyés de la même façon par tous les logiciels de connexion.</source>
        <translation>Sur MariaDB/MySQL, le mot de passe doit être non vide et en caractères ASCII (lettres sans accents, chiffres, ponctuation, espace) : les autres ne sont pas envoyés de la même façon par tous les logiciels de connexion.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>L&apos;adresse de la base doit nommer la base de la boutique (mysql://utilisateur@serveur:3306/boutique).</source>
        <translation>L&apos;adresse de la base doit nommer la base de la boutique (mysql://utilisateur@serveur:3306/boutique).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Le compte {admin} ne peut pas créer ni modifier d&apos;utilisateurs : il lui faut le privilège global CREATE USER (et, sur les tables de la base « {database} », SELECT, INSERT, UPDATE, DELETE avec GRANT OPTION). Lancez « backoffice db grant » avec root ou le compte d&apos;administration du serveur.</source>
        <translation>Le compte {admin} ne peut pas créer ni modifier d&apos;utilisateurs : il lui faut le privilège global CREATE USER (et, sur les tables de la base « {database} », SELECT, INSERT, UPDATE, DELETE avec GRANT OPTION). Lancez « backoffice db grant » avec root ou le compte d&apos;administration du serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le compte {admin} ne peut pas accorder les privilèges sur la base « {database} » : il lui faut SELECT, INSERT, UPDATE, DELETE sur ses tables avec GRANT OPTION. L&apos;utilisateur {who} existe mais n&apos;a plus aucun droit ; relancez la commande avec root ou le compte d&apos;administration du serveur.</source>
        <translation>Le compte {admin} ne peut pas accorder les privilèges sur la base « {database} » : il lui faut SELECT, INSERT, UPDATE, DELETE sur ses tables avec GRANT OPTION. L&apos;utilisateur {who} existe mais n&apos;a plus aucun droit ; relancez la commande avec root ou le compte d&apos;administration du serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&apos;utilisateur {who} n&apos;existe pas encore : indiquez son mot de passe avec « --password-from-env VARIABLE ».</source>
        <translation>L&apos;utilisateur {who} n&apos;existe pas encore : indiquez son mot de passe avec « --password-from-env VARIABLE ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le serveur refuse ce mot de passe (règles de mots de passe du serveur) : choisissez-en un plus long et plus varié.</source>
        <translation>Le serveur refuse ce mot de passe (règles de mots de passe du serveur) : choisissez-en un plus long et plus varié.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/db_role/policy.py" line="+87"/>
        <source>Le nombre maximal de connexions doit être entre 1 et 10 000 (chaque poste en ouvre jusqu&apos;à 6).</source>
        <translation>Le nombre maximal de connexions doit être entre 1 et 10 000 (chaque poste en ouvre jusqu&apos;à 6).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Le schéma de la base n&apos;est pas à jour (tables absentes : {tables}). Lancez d&apos;abord « backoffice db upgrade » avec le compte propriétaire.</source>
        <translation>Le schéma de la base n&apos;est pas à jour (tables absentes : {tables}). Lancez d&apos;abord « backoffice db upgrade » avec le compte propriétaire.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nom de rôle invalide : lettres, chiffres et « _ » seulement ({max_length} au plus), sans commencer par un chiffre.</source>
        <translation>Nom de rôle invalide : lettres, chiffres et « _ » seulement ({max_length} au plus), sans commencer par un chiffre.</translation>
    </message>
</context>
<context>
    <name>db_security</name>
    <message>
        <location filename="../../backoffice/services/db_security/mysql_install.py" line="+296"/>
        <location filename="../../backoffice/services/db_security/pg_install.py" line="+291"/>
        <source>Le schéma de la base n&apos;est pas à jour (tables absentes : {tables}). Lancez d&apos;abord « backoffice-cli db upgrade ».</source>
        <translation>Le schéma de la base n&apos;est pas à jour (tables absentes : {tables}). Lancez d&apos;abord « backoffice-cli db upgrade ».</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Les identités en base demandent MariaDB (10.4 ou plus) : MySQL n&apos;a pas les mêmes routines ni les mêmes rôles.</source>
        <translation>Les identités en base demandent MariaDB (10.4 ou plus) : MySQL n&apos;a pas les mêmes routines ni les mêmes rôles.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Le serveur a refusé une étape ({error}) : lancez la commande avec root ou le compte d&apos;administration du serveur.</source>
        <translation>Le serveur a refusé une étape ({error}) : lancez la commande avec root ou le compte d&apos;administration du serveur.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/db_security/policy.py" line="+46"/>
        <source>Règles de session incohérentes : il faut 1 ≤ verrouillage ≤ verrouillage maximal ≤ inactivité ≤ durée maximale (7 jours au plus).</source>
        <translation>Règles de session incohérentes : il faut 1 ≤ verrouillage ≤ verrouillage maximal ≤ inactivité ≤ durée maximale (7 jours au plus).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Préfixe invalide : lettres minuscules, chiffres et « _ », {max} caractères au plus, commençant par une lettre.</source>
        <translation>Préfixe invalide : lettres minuscules, chiffres et « _ », {max} caractères au plus, commençant par une lettre.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/db_security/install.py" line="+41"/>
        <source>Les identités en base n&apos;existent que pour PostgreSQL et MariaDB.</source>
        <translation>Les identités en base n&apos;existent que pour PostgreSQL et MariaDB.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Aucun compte unique avec l&apos;adresse « {email} ».</source>
        <translation>Aucun compte unique avec l&apos;adresse « {email} ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rôle inconnu : {role} (admin, manager, employe ou support).</source>
        <translation>Rôle inconnu : {role} (admin, manager, employe ou support).</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/db_security/members.py" line="+24"/>
        <source>Cette base ne donne pas d&apos;identité en base au personnel (elle n&apos;a pas été sécurisée par « backoffice-cli db secure », ou la connexion n&apos;utilise pas le compte portail).</source>
        <translation>Cette base ne donne pas d&apos;identité en base au personnel (elle n&apos;a pas été sécurisée par « backoffice-cli db secure », ou la connexion n&apos;utilise pas le compte portail).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ce compte n&apos;existe pas (ou plus).</source>
        <translation>Ce compte n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votre propre accès se change par un autre administrateur : il fermerait la session avec laquelle vous faites la modification.</source>
        <translation>Votre propre accès se change par un autre administrateur : il fermerait la session avec laquelle vous faites la modification.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>choisissez un rôle du personnel</source>
        <translation>choisissez un rôle du personnel</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/db_security/pg_install.py" line="+51"/>
        <source>« backoffice-cli db secure » doit être lancé avec un compte superutilisateur PostgreSQL (il crée le rôle propriétaire des routines, avec CREATEROLE).</source>
        <translation>« backoffice-cli db secure » doit être lancé avec un compte superutilisateur PostgreSQL (il crée le rôle propriétaire des routines, avec CREATEROLE).</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../backoffice/services/demo/seed.py" line="+73"/>
        <source>des commandes</source>
        <translation>des commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>des produits</source>
        <translation>des produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>des comptes utilisateurs</source>
        <translation>des comptes utilisateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La base contient déjà {what} : les données de démonstration ne peuvent être chargées que dans une base vide (créez une nouvelle base puis « backoffice db upgrade »).</source>
        <translation>La base contient déjà {what} : les données de démonstration ne peuvent être chargées que dans une base vide (créez une nouvelle base puis « backoffice db upgrade »).</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../backoffice/services/documents/packing.py" line="+81"/>
        <source>Commande n° {id} : introuvable</source>
        <translation>Commande n° {id} : introuvable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{reference} : {status}, rien à préparer</source>
        <translation>{reference} : {status}, rien à préparer</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Aucune de ces commandes n&apos;est à préparer : un bon de préparation se fait pour une commande validée ou en préparation.</source>
        <translation>Aucune de ces commandes n&apos;est à préparer : un bon de préparation se fait pour une commande validée ou en préparation.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>bon de préparation</source>
        <translation>bon de préparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bons de préparation</source>
        <translation>bons de préparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bons de préparation</source>
        <translation>Bons de préparation</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/quotes/pdf.py" line="+90"/>
        <location line="+1"/>
        <source>devis</source>
        <translation>devis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devis</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/documents/invoices.py" line="+86"/>
        <source>Avoir n° {id} : introuvable</source>
        <translation>Avoir n° {id} : introuvable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{numero} : pas encore d&apos;instantané (« backoffice invoices verify » l&apos;adopte)</source>
        <translation>{numero} : pas encore d&apos;instantané (« backoffice invoices verify » l&apos;adopte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facture n° {id} : introuvable</source>
        <translation>Facture n° {id} : introuvable</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Aucun document à imprimer.</source>
        <translation>Aucun document à imprimer.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>facture</source>
        <translation>facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>factures</source>
        <translation>factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factures</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>avoir</source>
        <translation>avoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avoirs</source>
        <translation>avoirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoirs</source>
        <translation>Avoirs</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../backoffice/services/concurrency.py" line="+69"/>
        <source>{entity} a été modifiée par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouverte. Champs qui diffèrent de vos valeurs : {fields}. Choisissez de garder vos valeurs ou les valeurs actuelles.</source>
        <translation>{entity} a été modifiée par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouverte. Champs qui diffèrent de vos valeurs : {fields}. Choisissez de garder vos valeurs ou les valeurs actuelles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{entity} a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert. Champs qui diffèrent de vos valeurs : {fields}. Choisissez de garder vos valeurs ou les valeurs actuelles.</source>
        <translation>{entity} a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert. Champs qui diffèrent de vos valeurs : {fields}. Choisissez de garder vos valeurs ou les valeurs actuelles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>aucun champ</source>
        <translation>aucun champ</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/errors.py" line="+119"/>
        <source>Certaines valeurs sont invalides : {errors}</source>
        <translation>Certaines valeurs sont invalides : {errors}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/errors.py" line="+126"/>
        <source>Connexion à la base perdue. Vérifiez le réseau ; la prochaine action tentera de se reconnecter.</source>
        <translation>Connexion à la base perdue. Vérifiez le réseau ; la prochaine action tentera de se reconnecter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Une erreur inattendue s&apos;est produite (détails dans le journal).</source>
        <translation>Une erreur inattendue s&apos;est produite (détails dans le journal).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cet enregistrement est en cours de modification ailleurs (sur le site ou par un collègue). Rien n&apos;a été enregistré ; réessayez dans un instant, votre saisie est conservée.</source>
        <translation>Cet enregistrement est en cours de modification ailleurs (sur le site ou par un collègue). Rien n&apos;a été enregistré ; réessayez dans un instant, votre saisie est conservée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La base de données a mis trop de temps à répondre. Affinez la recherche ou réessayez.</source>
        <translation>La base de données a mis trop de temps à répondre. Affinez la recherche ou réessayez.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Erreur</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../backoffice/views/services_tab/screen.py" line="-46"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lecture seule — votre rôle ne permet pas de modifier les services</source>
        <translation>Lecture seule — votre rôle ne permet pas de modifier les services</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ce service a été modifié ailleurs pendant que vous le modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</source>
        <translation>Ce service a été modifié ailleurs pendant que vous le modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service — {nom}</source>
        <translation>Service — {nom}</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../backoffice/ui/formatting.py" line="+28"/>
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>invoices</name>
    <message>
        <location filename="../../backoffice/services/invoices/documents.py" line="+32"/>
        <source>Cette facture n&apos;existe pas (ou plus).</source>
        <translation>Cette facture n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cet avoir n&apos;existe pas (ou plus).</source>
        <translation>Cet avoir n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/invoices/numbering.py" line="+55"/>
        <source>Le format « {format} » doit contenir {{numéro}} (par exemple FA-{{année}}-{{numéro:06}}) et aucun autre champ que {{année}}.</source>
        <translation>Le format « {format} » doit contenir {{numéro}} (par exemple FA-{{année}}-{{numéro:06}}) et aucun autre champ que {{année}}.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/invoices/from_order.py" line="+102"/>
        <source>Cette commande n&apos;existe pas (ou plus).</source>
        <translation>Cette commande n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/invoices/credit_notes.py" line="+57"/>
        <source>Cette facture n&apos;existe pas, ou n&apos;a pas encore été adoptée par le back-office (lancez « backoffice invoices verify »).</source>
        <translation>Cette facture n&apos;existe pas, ou n&apos;a pas encore été adoptée par le back-office (lancez « backoffice invoices verify »).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cette facture a plusieurs taux de TVA : créditez des lignes plutôt qu&apos;un montant.</source>
        <translation>Cette facture a plusieurs taux de TVA : créditez des lignes plutôt qu&apos;un montant.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>La ligne {n} n&apos;existe pas sur la facture.</source>
        <translation>La ligne {n} n&apos;existe pas sur la facture.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>« {designation} » : {asked} demandé(s), il en reste {left} à créditer.</source>
        <translation>« {designation} » : {asked} demandé(s), il en reste {left} à créditer.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Indiquez le motif de l&apos;avoir.</source>
        <translation>Indiquez le motif de l&apos;avoir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Motif trop long (255 caractères au plus).</source>
        <translation>Motif trop long (255 caractères au plus).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Le montant doit être positif.</source>
        <translation>Le montant doit être positif.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choisissez au moins une ligne à créditer.</source>
        <translation>Choisissez au moins une ligne à créditer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&apos;avoir ({amount}) dépasse ce qui reste à créditer sur la facture {numero} ({left}).</source>
        <translation>L&apos;avoir ({amount}) dépasse ce qui reste à créditer sur la facture {numero} ({left}).</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Créditez des lignes ou un montant, pas les deux.</source>
        <translation>Créditez des lignes ou un montant, pas les deux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rien à créditer.</source>
        <translation>Rien à créditer.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/invoices/hooks.py" line="+62"/>
        <source>Cette commande est déjà expédiée : elle ne peut plus être annulée. Un retour se traite par un avoir partiel, depuis sa facture.</source>
        <translation>Cette commande est déjà expédiée : elle ne peut plus être annulée. Un retour se traite par un avoir partiel, depuis sa facture.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/invoices/issuing.py" line="+70"/>
        <source>La commande {reference} a déjà une facture.</source>
        <translation>La commande {reference} a déjà une facture.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Aucun numéro de facture libre : réessayez.</source>
        <translation>Aucun numéro de facture libre : réessayez.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>La commande {reference} n&apos;a pas encore atteint le statut de facturation : sa facture sera émise automatiquement à ce moment-là.</source>
        <translation>La commande {reference} n&apos;a pas encore atteint le statut de facturation : sa facture sera émise automatiquement à ce moment-là.</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <location filename="../../backoffice/money.py" line="+56"/>
        <source>« {text} » n&apos;est pas un montant (ex. {example}).</source>
        <translation>« {text} » n&apos;est pas un montant (ex. {example}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Un montant doit être donné en texte ou en Decimal, jamais en float.</source>
        <translation>Un montant doit être donné en texte ou en Decimal, jamais en float.</translation>
    </message>
</context>
<context>
    <name>orders</name>
    <message>
        <location filename="../../backoffice/services/orders/detail.py" line="+64"/>
        <location filename="../../backoffice/services/orders/workflow.py" line="+134"/>
        <source>La commande n°{id} n&apos;existe pas ou plus.</source>
        <translation>La commande n°{id} n&apos;existe pas ou plus.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>La commande {reference}</source>
        <translation>La commande {reference}</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/orders/listing.py" line="+162"/>
        <source>Montant illisible : « {text} ».</source>
        <translation>Montant illisible : « {text} ».</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/orders/workflow.py" line="+6"/>
        <source>La commande {reference} est « {status} » : elle ne change plus de statut.</source>
        <translation>La commande {reference} est « {status} » : elle ne change plus de statut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Une commande « {old} » ne peut pas passer à « {new} » ({reference}).</source>
        <translation>Une commande « {old} » ne peut pas passer à « {new} » ({reference}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>La commande {reference} est maintenant « {current} » (et non plus « {expected} ») : quelqu&apos;un d&apos;autre ou le site l&apos;a modifiée entre-temps. Rien n&apos;a été appliqué.</source>
        <translation>La commande {reference} est maintenant « {current} » (et non plus « {expected} ») : quelqu&apos;un d&apos;autre ou le site l&apos;a modifiée entre-temps. Rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/orders/batch.py" line="+90"/>
        <location filename="../../backoffice/services/orders/workflow.py" line="+103"/>
        <source>Une annulation passe par « Annuler… ».</source>
        <translation>Une annulation passe par « Annuler… ».</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/orders/workflow.py" line="-27"/>
        <source>Indiquez le transporteur.</source>
        <translation>Indiquez le transporteur.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choisissez le motif d&apos;annulation.</source>
        <translation>Choisissez le motif d&apos;annulation.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../backoffice/views/services_tab/screen.py" line="-21"/>
        <source>Nouveau service</source>
        <translation>Nouveau service</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <location filename="../../backoffice/services/errors.py" line="-48"/>
        <source>Vous n&apos;avez pas le droit d&apos;effectuer cette action.</source>
        <translation>Vous n&apos;avez pas le droit d&apos;effectuer cette action.</translation>
    </message>
</context>
<context>
    <name>quotes</name>
    <message>
        <location filename="../../backoffice/services/quotes/data.py" line="+24"/>
        <source>Le devis n° {id}</source>
        <translation>Le devis n° {id}</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/quotes/detail.py" line="+84"/>
        <source>Le devis n° {id} n&apos;existe plus.</source>
        <translation>Le devis n° {id} n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/quotes/numbering.py" line="+70"/>
        <source>Impossible d&apos;attribuer un numéro au devis pour l&apos;instant ; réessayez.</source>
        <translation>Impossible d&apos;attribuer un numéro au devis pour l&apos;instant ; réessayez.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/quotes/workflow.py" line="+83"/>
        <source>Ce devis est clos ({status}) : il ne peut plus être modifié.</source>
        <translation>Ce devis est clos ({status}) : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cette action n&apos;est pas possible sur un devis au statut « {status} ».</source>
        <translation>Cette action n&apos;est pas possible sur un devis au statut « {status} ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indiquez d&apos;abord le montant estimé et enregistrez la réponse.</source>
        <translation>Indiquez d&apos;abord le montant estimé et enregistrez la réponse.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Le montant estimé doit être un nombre décimal (ex. 450,00).</source>
        <translation>Le montant estimé doit être un nombre décimal (ex. 450,00).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le montant estimé doit être positif ou nul.</source>
        <translation>Le montant estimé doit être positif ou nul.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le montant estimé ne peut pas avoir plus de 2 décimales.</source>
        <translation>Le montant estimé ne peut pas avoir plus de 2 décimales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le montant estimé ne peut pas dépasser 99 999 999,99 €.</source>
        <translation>Le montant estimé ne peut pas dépasser 99 999 999,99 €.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La réponse doit être du texte.</source>
        <translation>La réponse doit être du texte.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Indiquez le motif du refus.</source>
        <translation>Indiquez le motif du refus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le motif ne doit pas dépasser {limit} caractères.</source>
        <translation>Le motif ne doit pas dépasser {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/quotes/sending.py" line="+46"/>
        <source>Votre devis n° {numero}</source>
        <translation>Votre devis n° {numero}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre demande de devis n° {id}</source>
        <translation>Votre demande de devis n° {id}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Le devis n° {numero} en pièce jointe.</source>
        <translation>Le devis n° {numero} en pièce jointe.</translation>
    </message>
</context>
<context>
    <name>services_catalogue</name>
    <message>
        <location filename="../../backoffice/services/prestations/data.py" line="+57"/>
        <source>Le nom est obligatoire.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le nom ne doit pas dépasser 255 caractères.</source>
        <translation>Le nom ne doit pas dépasser 255 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le prix de base est obligatoire.</source>
        <translation>Le prix de base est obligatoire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Le prix de base doit être un nombre décimal (ex. 89,00).</source>
        <translation>Le prix de base doit être un nombre décimal (ex. 89,00).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le prix de base ne peut pas être négatif.</source>
        <translation>Le prix de base ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le prix de base ne peut pas avoir plus de 2 décimales.</source>
        <translation>Le prix de base ne peut pas avoir plus de 2 décimales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le prix de base ne peut pas dépasser 99 999 999,99 €.</source>
        <translation>Le prix de base ne peut pas dépasser 99 999 999,99 €.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&apos;adresse de l&apos;image ne doit pas dépasser 500 caractères.</source>
        <translation>L&apos;adresse de l&apos;image ne doit pas dépasser 500 caractères.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Le service « {name} »</source>
        <translation>Le service « {name} »</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/prestations/edit.py" line="+76"/>
        <source>Le service n° {id} n&apos;existe plus (il a peut-être été supprimé).</source>
        <translation>Le service n° {id} n&apos;existe plus (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Impossible de supprimer « {name} » : {count} devis le demande, et chaque devis garde le service demandé par le client ; vous pouvez le désactiver (il ne sera plus proposé sur le site).</source>
        <translation>Impossible de supprimer « {name} » : {count} devis le demande, et chaque devis garde le service demandé par le client ; vous pouvez le désactiver (il ne sera plus proposé sur le site).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Impossible de supprimer « {name} » : {count} devis le demandent, et chaque devis garde le service demandé par le client ; vous pouvez le désactiver (il ne sera plus proposé sur le site).</source>
        <translation>Impossible de supprimer « {name} » : {count} devis le demandent, et chaque devis garde le service demandé par le client ; vous pouvez le désactiver (il ne sera plus proposé sur le site).</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <location filename="../../backoffice/services/db_security/gate.py" line="+24"/>
        <location filename="../../backoffice/services/sessions.py" line="+34"/>
        <source>Votre session a été fermée (déconnexion depuis un autre poste ou par un administrateur). Veuillez vous reconnecter.</source>
        <translation>Votre session a été fermée (déconnexion depuis un autre poste ou par un administrateur). Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/sessions.py" line="+5"/>
        <source>Vos droits d&apos;accès ont été modifiés par un administrateur. Veuillez vous reconnecter pour continuer.</source>
        <translation>Vos droits d&apos;accès ont été modifiés par un administrateur. Veuillez vous reconnecter pour continuer.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Cette session n&apos;existe plus (déjà fermée).</source>
        <translation>Cette session n&apos;existe plus (déjà fermée).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cette session est déjà terminée.</source>
        <translation>Cette session est déjà terminée.</translation>
    </message>
</context>
<context>
    <name>shop_settings</name>
    <message>
        <location filename="../../backoffice/services/shop_settings/edit.py" line="+38"/>
        <source>raison sociale</source>
        <translation>raison sociale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forme juridique</source>
        <translation>forme juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capital social</source>
        <translation>capital social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adresse du siège</source>
        <translation>adresse du siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ville du RCS</source>
        <translation>ville du RCS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n° de TVA intracommunautaire</source>
        <translation>n° de TVA intracommunautaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail de contact</source>
        <translation>e-mail de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>téléphone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format des numéros de facture</source>
        <translation>format des numéros de facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format des numéros d&apos;avoir</source>
        <translation>format des numéros d&apos;avoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statut de facturation</source>
        <translation>statut de facturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taux de TVA</source>
        <translation>taux de TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nature de l&apos;opération</source>
        <translation>nature de l&apos;opération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conditions de paiement</source>
        <translation>conditions de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pénalités de retard</source>
        <translation>pénalités de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mention de l&apos;indemnité de recouvrement</source>
        <translation>mention de l&apos;indemnité de recouvrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mention d&apos;exonération de TVA</source>
        <translation>mention d&apos;exonération de TVA</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Impossible d&apos;émettre la facture : l&apos;identité de la boutique est incomplète ({fields}). Un administrateur la complète dans « Paramètres de la boutique ».</source>
        <translation>Impossible d&apos;émettre la facture : l&apos;identité de la boutique est incomplète ({fields}). Un administrateur la complète dans « Paramètres de la boutique ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Obligatoire sur une facture.</source>
        <translation>Obligatoire sur une facture.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paramètre inconnu.</source>
        <translation>Paramètre inconnu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choisissez un de ces statuts : {choices}.</source>
        <translation>Choisissez un de ces statuts : {choices}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Un taux en pour cent, de 0 à 99,99.</source>
        <translation>Un taux en pour cent, de 0 à 99,99.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Les paramètres de la boutique</source>
        <translation>Les paramètres de la boutique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les paramètres de la boutique ont été modifiés par quelqu&apos;un d&apos;autre depuis que vous les avez ouverts ({fields}). Choisissez de garder vos valeurs ou les valeurs actuelles.</source>
        <translation>Les paramètres de la boutique ont été modifiés par quelqu&apos;un d&apos;autre depuis que vous les avez ouverts ({fields}). Choisissez de garder vos valeurs ou les valeurs actuelles.</translation>
    </message>
</context>
<context>
    <name>shop_time</name>
    <message>
        <location filename="../../backoffice/shop_time.py" line="+27"/>
        <source>Fuseau horaire inconnu : « {name} ». Indiquez un nom IANA, par exemple « Europe/Paris » ou « America/Martinique ».</source>
        <translation>Fuseau horaire inconnu : « {name} ». Indiquez un nom IANA, par exemple « Europe/Paris » ou « America/Martinique ».</translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <location filename="../../backoffice/tls.py" line="+68"/>
        <source>Mode TLS inconnu : « {mode} ». Modes possibles : {modes}.</source>
        <translation>Mode TLS inconnu : « {mode} ». Modes possibles : {modes}.</translation>
    </message>
</context>
<context>
    <name>totp</name>
    <message>
        <location filename="../../backoffice/services/totp.py" line="+159"/>
        <source>Ce compte n&apos;existe pas (ou plus).</source>
        <translation>Ce compte n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>la double authentification se gère ici pour le personnel seulement</source>
        <translation>la double authentification se gère ici pour le personnel seulement</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>code incorrect : vérifiez l&apos;heure du téléphone et saisissez le code affiché</source>
        <translation>code incorrect : vérifiez l&apos;heure du téléphone et saisissez le code affiché</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../backoffice/views/quotes/conversation.py" line="+22"/>
        <source>Aucune conversation sur ce devis.</source>
        <translation>Aucune conversation sur ce devis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonjour {nom},

</source>
        <translation>Bonjour {nom},

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discuter avec le client</source>
        <translation>Discuter avec le client</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Envoyer</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Conversation ouverte avec le client.</source>
        <translation>Conversation ouverte avec le client.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bonjour {nom},

Veuillez trouver ci-joint notre devis pour votre demande. Il est valable {jours} jours{depuis}.

Cordialement,</source>
        <translation>Bonjour {nom},

Veuillez trouver ci-joint notre devis pour votre demande. Il est valable {jours} jours{depuis}.

Cordialement,</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> à compter du {date}</source>
        <translation> à compter du {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envoyer le devis au client</source>
        <translation>Envoyer le devis au client</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Devis envoyé au client dans sa conversation.</source>
        <translation>Devis envoyé au client dans sa conversation.</translation>
    </message>
</context>
</TS>
