<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>CatalogFields</name>
    <message>
        <location filename="../../backoffice/ui/catalog_fields.py" line="+27"/>
        <source> (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../backoffice/views/categories/form.py" line="+50"/>
        <source>Désactiver la catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Désactiver quand même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Non enregistré : la catégorie est restée active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../backoffice/views/categories/tree.py" line="+60"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../backoffice/views/categories/tree.py" line="+4"/>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adresse de la catégorie sur le site ; proposé à partir du nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active (visible sur le site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/views/categories/operations.py" line="+49"/>
        <source>Déplacement refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {nom} » déplacée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Déplacée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Déplacer « {nom} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle catégorie parente de « {nom} » :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune : en faire une catégorie principale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Déplacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Supprimer la catégorie « {nom} » ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suppression refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>« {nom} » supprimée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/views/categories/tree.py" line="-3"/>
        <source>Produits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesScreen</name>
    <message>
        <location filename="../../backoffice/views/categories/screen.py" line="+105"/>
        <location line="+212"/>
        <source>Nouvelle catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+211"/>
        <source>Nouvelle sous-catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Déplacer vers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Les nombres de produits comptent aussi les sous-catégories. Glissez-déposez une catégorie sur une autre pour l&apos;y ranger, ou dans le vide pour en faire une catégorie principale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les nombres de produits comptent aussi les sous-catégories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lecture seule — votre rôle ne permet pas de modifier les catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cette catégorie a été modifiée ailleurs pendant que vous la modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Catégorie — {nom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {nom} » enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <location filename="../../backoffice/views/categories/tree.py" line="+155"/>
        <source>Produits de la catégorie et de toutes ses sous-catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Catégorie inactive (masquée sur le site).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <location filename="../../backoffice/views/clients.py" line="+68"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Points fidélité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rechercher un client (nom, e-mail, ville)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+289"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../backoffice/ui/forms/conflict.py" line="+59"/>
        <source>Modifié par quelqu&apos;un d&apos;autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vos valeurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valeurs actuelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vous n&apos;avez pas modifié ce champ : la valeur actuelle sera gardée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{v} (non modifié)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Garder mes valeurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer vos valeurs par-dessus la version actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prendre les valeurs actuelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recharger le formulaire avec la version actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenir au formulaire sans rien enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="+128"/>
        <source>Back-office — Connexion à la base de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nom de la connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>db.boutique.fr ou 192.168.1.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chiffrement TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fichier de l&apos;autorité de certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enregistrer le mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Le mot de passe est gardé dans le trousseau sécurisé du système, jamais dans un fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-97"/>
        <source>&amp;Nom de la connexion :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-159"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MariaDB ou MySQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Désactivé (réseau local de confiance uniquement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autorisé (si le serveur l&apos;exige)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Préféré (chiffré si possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exigé (chiffré, certificat non vérifié)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vérifier l&apos;autorité (CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifier l&apos;autorité et le nom du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MariaDB/MySQL : « Préféré » chiffre si le serveur le permet, « Exigé » refuse un serveur sans chiffrement ; les modes « Vérifier » demandent le certificat de l&apos;autorité (souvent ca.pem), fourni par l&apos;hébergeur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PostgreSQL : « Préféré » chiffre si le serveur le permet ; les modes « Vérifier » demandent le certificat de l&apos;autorité (souvent root.crt), fourni par l&apos;hébergeur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Recherche du trousseau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Indiquez le serveur de base de données de la boutique (PostgreSQL, MariaDB ou MySQL). Ces réglages sont enregistrés sur cet ordinateur ; le mot de passe ne l&apos;est que dans le trousseau sécurisé du système.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type de serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Utilisateur de la base de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mot de passe de la base de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Type de serveur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Serveur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Base de données :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Utilisateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Chiffrement (TLS) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificat &amp;CA :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fuseau horaire de la boutique :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tester la connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Le trousseau du système est inutilisable ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Obligatoire pour ce mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inutile pour ce mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facultatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificat de l&apos;autorité de certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Corrigez le fuseau horaire de la boutique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connexion en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connexion réussie ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connexion non vérifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer quand même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Impossible d&apos;enregistrer la connexion sur cet ordinateur : vérifiez l&apos;espace disque et les droits sur le dossier de configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../backoffice/views/clients.py" line="-261"/>
        <location line="+37"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernière connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points fidélité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dernières commandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aucune commande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aucune adresse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Client — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Ce client a été modifié ailleurs pendant que vous le modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Adresse — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cette adresse a été modifiée ailleurs pendant que vous la modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lecture seule — votre rôle ne permet pas de modifier les clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSwitch</name>
    <message>
        <location filename="../../backoffice/ui/database_switch.py" line="+101"/>
        <source>Enregistrez ou annulez d&apos;abord les modifications en cours : changer de base fermerait ces fenêtres.
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Modifications non enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>La fenêtre ouverte sera fermée (rien n&apos;y est en cours de saisie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les {0} fenêtres ouvertes seront fermées (rien n&apos;y est en cours de saisie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changer de base vous déconnecte de « {0} » : il faudra vous connecter à « {1} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changer de base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se déconnecter et changer de base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Connexion à une base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous êtes déjà connecté à cette base : rien ne change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../backoffice/ui/dialogs.py" line="+111"/>
        <location line="+93"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+57"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldKinds</name>
    <message>
        <location filename="../../backoffice/ui/forms/kinds_basic.py" line="+71"/>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} doit être un montant (ex. 19,99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{label} doit être un nombre entier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} doit être au moins {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/forms/kinds_rich.py" line="+57"/>
        <source>Choisissez une valeur dans la liste proposée (ou videz le champ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Chaque ligne doit avoir une clé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clé en double : {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../backoffice/ui/forms/screen.py" line="+166"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+279"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-276"/>
        <source>* champ obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Ce champ est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} caractères au maximum (actuellement {m}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Utiliser « {v} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Une valeur est à corriger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} valeurs sont à corriger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enregistrement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Les valeurs actuelles ont été rechargées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Modifications non enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandonner les modifications non enregistrées ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandonner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuer la saisie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="+360"/>
        <source>Saisissez votre mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mot de passe incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageUrlEditor</name>
    <message>
        <location filename="../../backoffice/ui/forms/editors.py" line="+229"/>
        <location line="+29"/>
        <source>https://… ou chemin relatif (ex. produits/photo.jpg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+38"/>
        <source>Aucune image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aperçu indisponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Image introuvable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../backoffice/views/products/dialogs.py" line="+229"/>
        <source>Importer « {f} » — aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{c} · {u} · {s} · {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>création</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>créations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mise à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mises à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inchangé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inchangés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>erreurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Corrigez les lignes en erreur dans le fichier puis relancez l&apos;import : rien ne sera importé tant qu&apos;il en reste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>L&apos;import enregistre toutes les lignes en une fois, ou aucune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyValueEditor</name>
    <message>
        <location filename="../../backoffice/ui/forms/editors.py" line="-161"/>
        <source>Clé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ajouter une caractéristique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer la ligne sélectionnée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../backoffice/labels.py" line="+37"/>
        <source>Administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>En attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Validée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En préparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expédiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>En cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Rejeté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Question générale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ouverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En attente du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résolue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>En attente de modération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approuvé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+19"/>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Prix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prix promotionnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description courte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Images supplémentaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caractéristiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mis en avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catégorie parente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Nom de l&apos;adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complément</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse par défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Mot de passe incorrect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte bloqué (trop d&apos;échecs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code de vérification incorrect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte client (sans accès au back-office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mot de passe enregistré dans un format non pris en charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vérification expirée ou déjà utilisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adresse partagée par plusieurs comptes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compte supprimé entre-temps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="+85"/>
        <source>Cet onglet n&apos;a pas pu s&apos;ouvrir : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <location filename="../../backoffice/ui/list_columns.py" line="+179"/>
        <source>Largeurs automatiques</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <location filename="../../backoffice/ui/list_filters.py" line="+31"/>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/list_screen.py" line="+138"/>
        <source>Actualiser (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+272"/>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="-287"/>
        <source>Session verrouillée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Vous avez verrouillé le back-office. {0}, saisissez votre mot de passe pour reprendre là où vous en étiez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le back-office a été verrouillé après une période d&apos;inactivité. {0}, saisissez votre mot de passe pour reprendre là où vous en étiez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code de vérification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>123456 ou code de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mot de &amp;passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+39"/>
        <source>Déverrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Se déconnecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Vérification…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../backoffice/ui/login.py" line="+96"/>
        <source>Back-office — Connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connexion au back-office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prenom.nom@boutique.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;E-mail :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de &amp;passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code de vérification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Compte ou mot de passe oublié : adressez-vous à l&apos;administrateur du back-office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base de démonstration, comptes (e-mail — mot de passe) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Code de {0} : « backoffice-cli demo totp ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Saisissez le code à 6 chiffres affiché par votre application d&apos;authentification, ou votre code de secours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← Changer de compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Code :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Message de connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <location line="+60"/>
        <source>Se connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Base : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Vérification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valider le code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Double authentification : saisissez votre code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saisissez le code de vérification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saisissez votre e-mail et votre mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="+32"/>
        <source>Back-office — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vérifier la connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Votre rôle ne donne accès à aucun onglet. Contactez un administrateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connexion à une base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se &amp;déconnecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À &amp;propos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Application du personnel de la boutique.
Vos onglets : {0}
Base : {1}
Connecté : {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Base : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opération en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>● Connecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La base de données répond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Connexion perdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connexion à la base perdue. Vérifiez le réseau ; la prochaine action tentera de se reconnecter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connexion à la base rétablie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>aucun onglet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>À propos du back-office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Back-office de la boutique&lt;/b&gt; — version {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoreMenu</name>
    <message>
        <location filename="../../backoffice/ui/list_more.py" line="+25"/>
        <location line="+1"/>
        <source>Autres actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../backoffice/ui/operations.py" line="+53"/>
        <source>Aucun changement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PercentDialog</name>
    <message>
        <location filename="../../backoffice/views/products/dialogs.py" line="-141"/>
        <source>Appliquer une promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remise en pourcentage sur le prix de {n} :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>produits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ex. 15 ou 12,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le prix promo est arrondi au centime ; le prix normal ne change pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Indiquez un pourcentage strictement entre 0 et 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <location filename="../../backoffice/ui/forms/picker.py" line="+205"/>
        <source>Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choisissez une valeur dans la liste proposée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickerEdit</name>
    <message>
        <location line="-165"/>
        <source>Tapez pour chercher…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../backoffice/ui/preferences.py" line="+125"/>
        <source>Préférences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> unités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un stock de 1 à ce seuil s&apos;affiche en orange ; 0 en rouge (rupture).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>https://boutique.example/uploads/ ou un dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Les images dont l&apos;adresse est relative (ex. « produits/tasse.jpg ») sont cherchées à partir de cette adresse web ou de ce dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Seuil de stock faible :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (adresse ou dossier) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dossier des images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message>
        <location filename="../../backoffice/views/products/screen.py" line="+93"/>
        <source>Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nouveau produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lecture seule — votre rôle ne permet pas de modifier les produits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ce produit a été modifié ailleurs pendant que vous le modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Produit — {nom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {nom} » enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Activer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mettre en avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retirer de la mise en avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appliquer une promotion (%)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retirer la promotion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Produits</name>
    <message>
        <location filename="../../backoffice/views/products/csv_flow.py" line="+44"/>
        <source>Fichiers CSV (*.csv);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporter les produits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} exportés dans {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../backoffice/views/products/operations.py" line="+36"/>
        <location filename="../../backoffice/views/products/specs.py" line="+214"/>
        <source>produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../backoffice/views/products/operations.py" line="+1"/>
        <location filename="../../backoffice/views/products/specs.py" line="+1"/>
        <source>produits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importer des produits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import terminé : {c}, {u}, {s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>création</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>créations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mise à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mises à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inchangé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inchangés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/views/products/dialogs.py" line="+7"/>
        <source>Création</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mise à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inchangé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/views/products/operations.py" line="+14"/>
        <source>Aucun changement : les produits étaient déjà ainsi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>produit activé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits activés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>produit désactivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits désactivés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>produit mis en avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits mis en avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>produit retiré de la mise en avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits retirés de la mise en avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Déplacer vers une catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catégorie de destination pour {n} :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune catégorie (retirer de leur catégorie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Déplacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>produit déplacé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits déplacés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Déplacement refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>prix promo appliqué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prix promo appliqués</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promotion refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>promotion retirée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promotions retirées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>le produit « {nom} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supprimer définitivement {what} ? Cette action est irréversible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>produit supprimé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits supprimés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ces {n} produits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ce produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppression refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Désactiver {n} à la place ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stock de « {nom} » : {stock}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/views/products/specs.py" line="-142"/>
        <source>Produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adresse de la fiche sur le site ; proposé à partir du nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prix TTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tapez pour chercher une catégorie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actif (visible sur le site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Une adresse par ligne ; double-cliquez pour modifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suffisant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Produits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mis à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mis en avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>En promo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rechercher (nom, slug, description courte)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nouveau produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ajuster le stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activer / Désactiver ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mise en avant ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Déplacer vers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Déplacer vers une catégorie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promotion ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporter CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporter la liste filtrée actuelle (fichier pour Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importer CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Préférences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/views/products/import_changes.py" line="+40"/>
        <source>« {text} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field} : {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Securite</name>
    <message>
        <location filename="../../backoffice/views/security.py" line="+55"/>
        <location filename="../../backoffice/views/security_attempts.py" line="+118"/>
        <location line="+9"/>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security_attempts.py" line="-55"/>
        <source>Tentatives de connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security.py" line="+118"/>
        <location filename="../../backoffice/views/security_attempts.py" line="-32"/>
        <source>Adresse IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../backoffice/views/security_attempts.py" line="+4"/>
        <source>Poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security_attempts.py" line="+7"/>
        <location line="+24"/>
        <source>Résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Réussie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Réussies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échecs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security.py" line="+15"/>
        <location filename="../../backoffice/views/security_attempts.py" line="+14"/>
        <source>Rechercher (e-mail, adresse IP)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security_attempts.py" line="+4"/>
        <source>tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tentatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security.py" line="-107"/>
        <source>Révoquer votre propre session ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&apos;est la session de ce poste : l&apos;application vous déconnectera aussitôt et il faudra vous reconnecter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Révoquer la session de {name} ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le poste concerné sera déconnecté à sa prochaine action.{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Révoquer la session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Révoquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sessions actives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+139"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+136"/>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+25"/>
        <location line="+108"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Dernière activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>votre session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Révoquer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fermer la session choisie : le poste devra se reconnecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+78"/>
        <source>Double authentification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-77"/>
        <source>La double authentification n&apos;est pas activée pour {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} se connectera de nouveau avec son seul mot de passe, et la clé actuelle de son application d&apos;authentification ne servira plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Il s&apos;agit de votre propre compte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Désactiver la double authentification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactiver la double authentification de {name} ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Désactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dernière connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactivée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rechercher (nom, prénom, e-mail)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>membres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activer la double authentification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Associer l&apos;application d&apos;authentification du membre (QR code) ; remplace la clé actuelle si elle est déjà activée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Désactiver la double authentification…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../backoffice/ui/database_checks.py" line="+75"/>
        <source>Création du schéma…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ajout des produits, clients et commandes de démonstration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dessin des images des produits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>La base de démonstration a été créée par une version plus récente du back-office : cette version ne peut pas l&apos;ouvrir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La base de démonstration n&apos;a pas pu être mise à jour pour cette version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cette base est celle du site de la boutique, mais le back-office ne l&apos;a pas encore adoptée. Un administrateur doit lancer « backoffice-cli db upgrade --dry-run » (pour voir ce qui sera ajouté), puis « backoffice-cli db upgrade » sur cette base : rien du site n&apos;est modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cette base de données est vide. Un administrateur doit d&apos;abord lancer « backoffice-cli db upgrade » sur cette base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cette base ne contient pas le schéma de la boutique (tables absentes : {0}). Vérifiez le nom de la base dans la connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cette base (révision {0}) a été mise à jour par une version plus récente du back-office. Installez la dernière version du back-office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le schéma de cette base (révision {0}) ne correspond pas à cette version du back-office (révision {1}). Un administrateur doit lancer « backoffice-cli db upgrade », ou installez la version du back-office qui correspond à la base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/app.py" line="+246"/>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+79"/>
        <source>Base de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Recréer la base de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vous pouvez la recréer : les données de démonstration d&apos;origine seront reconstruites et les changements faits dans la démonstration seront perdus. Ou quittez, puis ouvrez-la avec la version du back-office qui l&apos;a créée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+12"/>
        <source>Création de la base de démonstration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Back-office — démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>La base de démonstration n&apos;a pas pu être créée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../backoffice/views/products/dialogs.py" line="-155"/>
        <source>Ajuster le stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {nom} » — stock actuel : {stock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nouvelle quantité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variation (+ entrée, − sortie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ex. réception fournisseur, inventaire, casse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Motif * :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Indiquez le motif de l&apos;ajustement de stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La variation est nulle : rien à enregistrer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StringListEditor</name>
    <message>
        <location filename="../../backoffice/ui/forms/editors.py" line="-87"/>
        <source>Ajouter une ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer la ligne sélectionnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimezoneField</name>
    <message>
        <location filename="../../backoffice/ui/timezone_field.py" line="+54"/>
        <source>Fuseau horaire de la boutique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Heure des dates enregistrées par le site, en général Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Indiquez le fuseau horaire de la boutique, par exemple Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotpEnrolmentDialog</name>
    <message>
        <location filename="../../backoffice/views/security_widgets.py" line="+141"/>
        <source>Double authentification — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;1.&lt;/b&gt; Dans l&apos;application d&apos;authentification de &lt;b&gt;{name}&lt;/b&gt; (Google Authenticator, Microsoft Authenticator, FreeOTP…), ajoutez un compte en scannant ce QR code, ou en saisissant la clé à la main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La double authentification est déjà activée pour ce compte : une fois le code confirmé, cette nouvelle clé remplacera l&apos;ancienne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Préparation de la clé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Clé à saisir dans l&apos;application (espaces facultatifs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copier la clé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compte :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;2.&lt;/b&gt; Saisissez le code à 6 chiffres que l&apos;application affiche maintenant pour ce compte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Code de vérification :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Activer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>À scanner avec l&apos;application d&apos;authentification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clé indisponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Vérification du code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clé copiée dans le presse-papiers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../backoffice/views/categories/__init__.py" line="+23"/>
        <source>Catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/views/clients.py" line="+88"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/views/products/__init__.py" line="+31"/>
        <source>Produits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security.py" line="+57"/>
        <source>Sécurité</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>auth</name>
    <message>
        <location filename="../../backoffice/services/auth.py" line="+103"/>
        <source>Adresse e-mail ou mot de passe incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trop de tentatives de connexion échouées pour ce compte : par sécurité, la connexion est bloquée pendant encore {minutes} minutes. Réessayez plus tard ou demandez à un administrateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trop de tentatives de connexion échouées pour ce compte : par sécurité, la connexion est bloquée pendant encore {minutes} minute. Réessayez plus tard ou demandez à un administrateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code de vérification incorrect ou déjà utilisé. Saisissez le code à 6 chiffres affiché par votre application d&apos;authentification, ou votre code de secours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La vérification a expiré ou n&apos;est plus valable. Reconnectez-vous avec votre mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mot de passe ou code de vérification incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="../../backoffice/services/catalog/bulk.py" line="+52"/>
        <source>{count} des produits sélectionnés n&apos;existent plus (n° {ids}). Rien n&apos;a été modifié ; actualisez la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <location filename="../../backoffice/services/catalog/products.py" line="+141"/>
        <source>Cette catégorie n&apos;existe plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Le pourcentage doit être un nombre (ex. 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le pourcentage doit être strictement compris entre 0 et 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prix trop bas pour cette remise (le prix promotionnel ne serait pas inférieur au prix) : {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/services/catalog/csv_import.py" line="+133"/>
        <source>{label} : « {cell} » n&apos;est pas « oui » ou « non ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Catégorie « {slug} » inconnue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le prix est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Le prix doit être un nombre décimal (ex. 19,99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le prix promotionnel doit être un nombre décimal (ex. 19,99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../backoffice/services/catalog/validation.py" line="+114"/>
        <source>Le stock doit être un nombre entier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Le fichier est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colonnes inconnues : {unknown}. Colonnes possibles : {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La colonne « slug » est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Une colonne apparaît deux fois dans l&apos;en-tête.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{count} colonnes au lieu de {expected} (vérifiez les « ; » et les guillemets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Le prix est obligatoire pour créer un produit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le nom est obligatoire pour créer un produit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ce slug figure déjà ligne {line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../backoffice/services/catalog/data.py" line="+98"/>
        <source>Le produit « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le produit « {slug} » (ligne {line}) a été modifié depuis l&apos;aperçu. Rien n&apos;a été importé ; relancez l&apos;aperçu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import refusé, rien n&apos;a été modifié. Lignes en erreur : {lines}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Un des slugs à créer vient d&apos;être pris ; relancez l&apos;aperçu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Enregistrement refusé par la base de données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/services/catalog/products.py" line="-42"/>
        <source>Le produit n° {id} n&apos;existe plus (il a peut-être été supprimé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ce slug vient d&apos;être pris par un autre produit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>L&apos;enregistrement a été refusé par la base de données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Impossible de supprimer « {name} » : ce produit figure dans {count} commande ; vous pouvez le désactiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impossible de supprimer « {name} » : ce produit figure dans {count} commandes ; vous pouvez le désactiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impossible de supprimer « {name} » : ce produit a {count} avis client ; vous pouvez le désactiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impossible de supprimer « {name} » : ce produit a {count} avis clients ; vous pouvez le désactiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Impossible de supprimer « {name} » : il vient d&apos;être commandé ; vous pouvez le désactiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/services/catalog/stock.py" line="+76"/>
        <source>Indiquez le motif de l&apos;ajustement de stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indiquez soit la nouvelle quantité, soit la variation du stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La nouvelle quantité doit être un nombre entier positif ou nul.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La variation doit être un nombre entier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le stock attendu doit être un nombre entier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Le stock de « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le stock de « {name} » a changé depuis que vous l&apos;avez consulté (par exemple une vente sur le site) : il est maintenant de {current}, et non plus de {expected}. Vérifiez la nouvelle quantité puis réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le stock ne peut pas devenir négatif : il est de {current} et vous retirez {removed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/services/catalog/validation.py" line="-82"/>
        <source>{label} est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} doit être un nombre décimal (ex. 19,99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} ne peut pas être négatif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} ne peut pas avoir plus de 2 décimales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} ne peut pas dépasser 99 999 999,99 €.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label} ne doit pas dépasser {limit} caractères (actuellement {length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Le nom est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le slug est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le slug ne peut contenir que des lettres minuscules sans accents, des chiffres et des tirets, sans tiret au début ni à la fin (ex. « creme-brulee-500g »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ce slug est déjà utilisé par le produit « {name} ». Slug libre proposé : « {free} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le prix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le prix promotionnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le prix promotionnel doit être inférieur au prix ({price} €).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le stock ne peut pas être négatif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le stock est trop grand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;adresse de l&apos;image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La description courte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chaque adresse d&apos;image supplémentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cette catégorie n&apos;existe plus ; choisissez-en une autre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <location filename="../../backoffice/services/categories/data.py" line="+71"/>
        <source>La catégorie « {name} » et ses sous-catégories contiennent {count} produit actif. Il ne sera plus visible dans cette catégorie sur le site. Confirmez-vous la désactivation ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La catégorie « {name} » et ses sous-catégories contiennent {count} produits actifs. Ils ne seront plus visibles dans cette catégorie sur le site. Confirmez-vous la désactivation ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/services/categories/edit.py" line="+61"/>
        <source>Le nom est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le nom ne doit pas dépasser 150 caractères (actuellement {length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le slug est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le slug ne doit pas dépasser {limit} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le slug ne peut contenir que des lettres minuscules sans accents, des chiffres et des tirets, sans tiret au début ni à la fin (ex. « petit-electromenager »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ce slug est déjà utilisé par la catégorie « {name} ». Slug libre proposé : « {free} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>L&apos;adresse de l&apos;image ne doit pas dépasser 500 caractères (actuellement {length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>La catégorie parente n&apos;existe plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Une catégorie ne peut pas être placée sous elle-même ni sous l&apos;une de ses sous-catégories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ce slug vient d&apos;être pris par une autre catégorie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+113"/>
        <source>La catégorie « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>contient {count} produits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contient {count} produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a {count} sous-catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {count} sous-catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{first} et {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impossible de supprimer « {name} » : elle {reasons}. Déplacez-les ou supprimez-les d&apos;abord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Impossible de supprimer « {name} » : un produit ou une sous-catégorie vient d&apos;y être ajouté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/services/categories/tree.py" line="+117"/>
        <source>La catégorie n° {id} n&apos;existe plus (elle a peut-être été supprimée).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connections</name>
    <message>
        <location filename="../../backoffice/connections.py" line="+123"/>
        <source>Donnez un nom à cette connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indiquez le serveur (nom ou adresse IP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le port doit être un nombre entre 1 et 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indiquez le nom de la base de données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type de serveur inconnu : {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indiquez l&apos;utilisateur de la base de données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le mode TLS « {mode} » n&apos;existe pas pour {kind} : choisissez « prefer », « require » ou un mode « verify ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le mode TLS « {mode} » vérifie le certificat du serveur : choisissez le fichier de l&apos;autorité de certification (CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le fichier de l&apos;autorité de certification est introuvable : {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message>
        <location filename="../../backoffice/services/customers/edit.py" line="+64"/>
        <source>{count} caractères au plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>L&apos;e-mail est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cet e-mail n&apos;est pas valide (exemple : nom@domaine.fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../backoffice/services/customers/listing.py" line="+159"/>
        <source>Ce client n&apos;existe pas ou plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cet e-mail est déjà celui d&apos;un autre compte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Le client « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cette adresse n&apos;existe pas ou plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>L&apos;adresse « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>db_role</name>
    <message>
        <location filename="../../backoffice/services/db_role/__init__.py" line="+70"/>
        <source>L&apos;option --host ne vaut que pour MariaDB/MySQL : sur PostgreSQL, les machines autorisées se règlent dans pg_hba.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le compte à privilèges minimaux n&apos;existe que pour PostgreSQL, MariaDB et MySQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/services/db_role/mysql.py" line="+174"/>
        <source>Machine invalide : un nom, une adresse IP ou un motif avec « % » (par exemple « % », « 192.168.1.% » ou « localhost »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sur MariaDB/MySQL, le mot de passe doit être non vide et en caractères ASCII (lettres sans accents, chiffres, ponctuation, espace) : les autres ne sont pas envoyés de la même façon par tous les logiciels de connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>L&apos;adresse de la base doit nommer la base de la boutique (mysql://utilisateur@serveur:3306/boutique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Le compte {admin} ne peut pas créer ni modifier d&apos;utilisateurs : il lui faut le privilège global CREATE USER (et, sur les tables de la base « {database} », SELECT, INSERT, UPDATE, DELETE avec GRANT OPTION). Lancez « backoffice db grant » avec root ou le compte d&apos;administration du serveur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le compte {admin} ne peut pas accorder les privilèges sur la base « {database} » : il lui faut SELECT, INSERT, UPDATE, DELETE sur ses tables avec GRANT OPTION. L&apos;utilisateur {who} existe mais n&apos;a plus aucun droit ; relancez la commande avec root ou le compte d&apos;administration du serveur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&apos;utilisateur {who} n&apos;existe pas encore : indiquez son mot de passe avec « --password-from-env VARIABLE ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le serveur refuse ce mot de passe (règles de mots de passe du serveur) : choisissez-en un plus long et plus varié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/services/db_role/policy.py" line="+70"/>
        <source>Le nombre maximal de connexions doit être entre 1 et 10 000 (chaque poste en ouvre jusqu&apos;à 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Le schéma de la base n&apos;est pas à jour (tables absentes : {tables}). Lancez d&apos;abord « backoffice db upgrade » avec le compte propriétaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nom de rôle invalide : lettres, chiffres et « _ » seulement ({max_length} au plus), sans commencer par un chiffre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../backoffice/services/demo/seed.py" line="+71"/>
        <source>des commandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>des produits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>des comptes utilisateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La base contient déjà {what} : les données de démonstration ne peuvent être chargées que dans une base vide (créez une nouvelle base puis « backoffice db upgrade »).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../backoffice/services/errors.py" line="+119"/>
        <source>Certaines valeurs sont invalides : {errors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/errors.py" line="+116"/>
        <source>Connexion à la base perdue. Vérifiez le réseau ; la prochaine action tentera de se reconnecter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Une erreur inattendue s&apos;est produite (détails dans le journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cet enregistrement est en cours de modification ailleurs (sur le site ou par un collègue). Rien n&apos;a été enregistré ; réessayez dans un instant, votre saisie est conservée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La base de données a mis trop de temps à répondre. Affinez la recherche ou réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/services/concurrency.py" line="+69"/>
        <source>{entity} a été modifiée par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouverte. Champs qui diffèrent de vos valeurs : {fields}. Choisissez de garder vos valeurs ou les valeurs actuelles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{entity} a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert. Champs qui diffèrent de vos valeurs : {fields}. Choisissez de garder vos valeurs ou les valeurs actuelles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>aucun champ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <location filename="../../backoffice/money.py" line="+51"/>
        <source>« {text} » n&apos;est pas un montant (ex. {example}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Un montant doit être donné en texte ou en Decimal, jamais en float.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <location filename="../../backoffice/services/errors.py" line="-48"/>
        <source>Vous n&apos;avez pas le droit d&apos;effectuer cette action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <location filename="../../backoffice/services/sessions.py" line="+32"/>
        <source>Votre session a été fermée (déconnexion depuis un autre poste ou par un administrateur). Veuillez vous reconnecter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vos droits d&apos;accès ont été modifiés par un administrateur. Veuillez vous reconnecter pour continuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Cette session n&apos;existe plus (déjà fermée).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cette session est déjà terminée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shop_time</name>
    <message>
        <location filename="../../backoffice/shop_time.py" line="+27"/>
        <source>Fuseau horaire inconnu : « {name} ». Indiquez un nom IANA, par exemple « Europe/Paris » ou « America/Martinique ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <location filename="../../backoffice/tls.py" line="+68"/>
        <source>Mode TLS inconnu : « {mode} ». Modes possibles : {modes}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>totp</name>
    <message>
        <location filename="../../backoffice/services/totp.py" line="+145"/>
        <source>Ce compte n&apos;existe pas (ou plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>la double authentification se gère ici pour le personnel seulement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>code incorrect : vérifiez l&apos;heure du téléphone et saisissez le code affiché</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
