<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>About</name>
    <message>
        <location filename="../../backoffice/ui/about.py" line="+26"/>
        <source>aucun onglet</source>
        <translation>no tab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>À propos du back-office</source>
        <translation>About the back office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Back-office de la boutique&lt;/b&gt; — version {0}</source>
        <translation>&lt;b&gt;The shop&apos;s back office&lt;/b&gt; — version {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application du personnel de la boutique.
Vos onglets : {0}
Base : {1}
Connecté : {2}
Journal : {3}
Système : {4}</source>
        <translation>The shop staff&apos;s application.
Your tabs: {0}
Database: {1}
Signed in: {2}
Log: {3}
System: {4}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ouvrir le dossier du journal</source>
        <translation>Open the log folder</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../backoffice/views/orders/dialogs.py" line="+81"/>
        <source>Annuler la commande {ref}</source>
        <translation>Cancel the order {ref}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler {n} commandes</source>
        <translation>Cancel {n} orders</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les articles de la commande seront remis en stock. Une commande déjà facturée ne s&apos;annule que par un avoir. Un paiement déjà reçu se rembourse chez le prestataire de paiement : l&apos;annulation ne le rembourse pas.</source>
        <translation>The order&apos;s items will be put back in stock. An order already invoiced can only be cancelled by a credit note. A payment already received is refunded at the payment provider: cancelling does not refund it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choisissez un motif…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Facultatif</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Motif :</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commentaire :</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuler la commande</source>
        <translation>Cancel the order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne pas annuler</source>
        <translation>Do not cancel</translation>
    </message>
</context>
<context>
    <name>CannedRepliesDialog</name>
    <message>
        <location filename="../../backoffice/views/conversations/canned_dialog.py" line="+51"/>
        <source>Remplacés à l&apos;insertion : {names}. « {{{{ » écrit une accolade.</source>
        <translation>Replaced on insertion: {names}. “{{{{” writes a brace.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Réponses types</source>
        <translation>Canned answers</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Proposée dans les réponses</source>
        <translation>Offered in answers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nouvelle</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Titre :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texte :</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Réponse type non enregistrée</source>
        <translation>Canned answer not saved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Réponse type ajoutée.</source>
        <translation>Canned answer added.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Réponse type enregistrée.</source>
        <translation>Canned answer saved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supprimer la réponse type</source>
        <translation>Delete the canned answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer « {title} » pour toute l&apos;équipe ?</source>
        <translation>Delete “{title}” for the whole team?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Réponse type non supprimée</source>
        <translation>Canned answer not deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réponse type supprimée.</source>
        <translation>Canned answer deleted.</translation>
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
        <translation>Deactivate the category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Désactiver quand même</source>
        <translation>Deactivate anyway</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Non enregistré : la catégorie est restée active.</source>
        <translation>Not saved: the category is still active.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../backoffice/views/categories/tree.py" line="+60"/>
        <source>Nom</source>
        <translation>Name</translation>
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
        <translation>The category&apos;s address on the website; suggested from the name.</translation>
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
        <translation>Active (visible on the website)</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/categories/operations.py" line="+49"/>
        <source>Déplacement refusé</source>
        <translation>Move refused</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {nom} » déplacée.</source>
        <translation>“{nom}” moved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Déplacée.</source>
        <translation>Moved.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Déplacer « {nom} »</source>
        <translation>Move “{nom}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle catégorie parente de « {nom} » :</source>
        <translation>New parent category of “{nom}”:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune : en faire une catégorie principale</source>
        <translation>None: make it a top-level category</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Déplacer</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Supprimer la catégorie « {nom} » ?</source>
        <translation>Delete the category “{nom}”?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suppression refusée</source>
        <translation>Deletion refused</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>« {nom} » supprimée.</source>
        <translation>“{nom}” deleted.</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/categories/tree.py" line="-3"/>
        <source>Produits</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actifs</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CategoriesScreen</name>
    <message>
        <location filename="../../backoffice/views/categories/screen.py" line="+105"/>
        <location line="+212"/>
        <source>Nouvelle catégorie</source>
        <translation>New category</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+211"/>
        <source>Nouvelle sous-catégorie</source>
        <translation>New subcategory</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Déplacer vers…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Les nombres de produits comptent aussi les sous-catégories. Glissez-déposez une catégorie sur une autre pour l&apos;y ranger, ou dans le vide pour en faire une catégorie principale.</source>
        <translation>Product counts include the subcategories. Drag a category onto another to file it there, or onto empty space to make it a top-level category.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les nombres de produits comptent aussi les sous-catégories.</source>
        <translation>Product counts include the subcategories.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Catégories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lecture seule — votre rôle ne permet pas de modifier les catégories</source>
        <translation>Read-only — your role does not allow editing categories</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cette catégorie a été modifiée ailleurs pendant que vous la modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</source>
        <translation>This category was changed elsewhere while you were editing it. Saving will compare your values with the new ones.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Catégorie — {nom}</source>
        <translation>Category — {nom}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {nom} » enregistrée.</source>
        <translation>“{nom}” saved.</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <location filename="../../backoffice/views/categories/tree.py" line="+155"/>
        <source>Produits de la catégorie et de toutes ses sous-catégories</source>
        <translation>Products of the category and all its subcategories</translation>
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
        <translation>Inactive category (hidden on the website).</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <location filename="../../backoffice/views/clients.py" line="+69"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inscription</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Points fidélité</source>
        <translation>Loyalty points</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commandes</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rechercher un client (nom, e-mail, ville)…</source>
        <translation>Search for a customer (name, email, city)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client</source>
        <translation>customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clients</source>
        <translation>customers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ouvrir la fiche</source>
        <translation>Open the record</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../backoffice/ui/forms/conflict.py" line="+59"/>
        <source>Modifié par quelqu&apos;un d&apos;autre</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vos valeurs</source>
        <translation>Your values</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valeurs actuelles</source>
        <translation>Current values</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vous n&apos;avez pas modifié ce champ : la valeur actuelle sera gardée.</source>
        <translation>You did not change this field: the current value will be kept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{v} (non modifié)</source>
        <translation>{v} (unchanged)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Garder mes valeurs</source>
        <translation>Keep my values</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer vos valeurs par-dessus la version actuelle</source>
        <translation>Save your values over the current version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prendre les valeurs actuelles</source>
        <translation>Take the current values</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recharger le formulaire avec la version actuelle</source>
        <translation>Reload the form with the current version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenir au formulaire sans rien enregistrer</source>
        <translation>Go back to the form without saving anything</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="+131"/>
        <source>Back-office — Connexion à la base de données</source>
        <translation>Back office — Database connection</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nom de la connexion</source>
        <translation>Connection name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Serveur</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>db.boutique.fr ou 192.168.1.10</source>
        <translation>db.boutique.fr or 192.168.1.10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base de données</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chiffrement TLS</source>
        <translation>TLS encryption</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fichier de l&apos;autorité de certification</source>
        <translation>Certificate authority file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enregistrer le mot de passe</source>
        <translation>Save the password</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Le mot de passe est gardé dans le trousseau sécurisé du système, jamais dans un fichier.</source>
        <translation>The password is kept in the system&apos;s secure keyring, never in a file.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>&amp;Nom de la connexion :</source>
        <translation>Connection &amp;name:</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MariaDB ou MySQL</source>
        <translation>MariaDB or MySQL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Désactivé (réseau local de confiance uniquement)</source>
        <translation>Disabled (trusted local network only)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autorisé (si le serveur l&apos;exige)</source>
        <translation>Allowed (if the server requires it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Préféré (chiffré si possible)</source>
        <translation>Preferred (encrypted when possible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exigé (chiffré, certificat non vérifié)</source>
        <translation>Required (encrypted, certificate not checked)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vérifier l&apos;autorité (CA)</source>
        <translation>Verify the authority (CA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifier l&apos;autorité et le nom du serveur</source>
        <translation>Verify the authority and the server&apos;s name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MariaDB/MySQL : « Préféré » chiffre si le serveur le permet, « Exigé » refuse un serveur sans chiffrement ; les modes « Vérifier » demandent le certificat de l&apos;autorité (souvent ca.pem), fourni par l&apos;hébergeur.</source>
        <translation>MariaDB/MySQL: “Preferred” encrypts if the server allows it, “Required” refuses a server without encryption; the “Verify” modes need the authority&apos;s certificate (often ca.pem), supplied by the hosting provider.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PostgreSQL : « Préféré » chiffre si le serveur le permet ; les modes « Vérifier » demandent le certificat de l&apos;autorité (souvent root.crt), fourni par l&apos;hébergeur.</source>
        <translation>PostgreSQL: “Preferred” encrypts if the server allows it; the “Verify” modes need the authority&apos;s certificate (often root.crt), supplied by the hosting provider.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Recherche du trousseau…</source>
        <translation>Looking for the keyring…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indiquez le serveur de base de données de la boutique (PostgreSQL, MariaDB ou MySQL). Ces réglages sont enregistrés sur cet ordinateur ; le mot de passe ne l&apos;est que dans le trousseau sécurisé du système.</source>
        <translation>Enter the shop&apos;s database server (PostgreSQL, MariaDB or MySQL). These settings are saved on this computer; the password only in the system&apos;s secure keyring.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type de serveur</source>
        <translation>Server type</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Utilisateur de la base de données</source>
        <translation>Database user</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mot de passe de la base de données</source>
        <translation>Database password</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Type de serveur :</source>
        <translation>Server &amp;type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Serveur :</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort :</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Base de données :</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Utilisateur :</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Chiffrement (TLS) :</source>
        <translation>&amp;Encryption (TLS):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificat &amp;CA :</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fuseau horaire de la boutique :</source>
        <translation>Shop&apos;s time &amp;zone:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plusieurs postes :</source>
        <translation>Several desks:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tester la connexion</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Le trousseau du système est inutilisable ({0}).</source>
        <translation>The system&apos;s keyring cannot be used ({0}).</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Obligatoire pour ce mode</source>
        <translation>Required for this mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inutile pour ce mode</source>
        <translation>Not needed for this mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facultatif</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificat de l&apos;autorité de certification</source>
        <translation>Certificate authority&apos;s certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Corrigez le fuseau horaire de la boutique.</source>
        <translation>Correct the shop&apos;s time zone.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connexion en cours…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connexion réussie ({0}).</source>
        <translation>Connected ({0}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connexion non vérifiée</source>
        <translation>Unverified connection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer quand même</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Impossible d&apos;enregistrer la connexion sur cet ordinateur : vérifiez l&apos;espace disque et les droits sur le dossier de configuration.</source>
        <translation>The connection could not be saved on this computer: check the disk space and the permissions on the configuration folder.</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../backoffice/views/conversations/operations.py" line="+31"/>
        <source>Réponse non envoyée</source>
        <translation>Answer not sent</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Réponse envoyée.</source>
        <translation>Answer sent.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note interne ajoutée.</source>
        <translation>Internal note added.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note non enregistrée</source>
        <translation>Note not saved</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conversation assignée à vous.</source>
        <translation>Conversation assigned to you.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assignation impossible</source>
        <translation>Cannot assign</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Statut changé.</source>
        <translation>Status changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut non changé</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pièce jointe illisible</source>
        <translation>Unreadable attachment</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/conversations/sections.py" line="+49"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/conversations/specs.py" line="+56"/>
        <source>à l&apos;instant</source>
        <translation>just now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il y a {n} min</source>
        <translation>{n} min ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il y a {n} h</source>
        <translation>{n} h ago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hier</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il y a {n} j</source>
        <translation>{n} d ago</translation>
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
        <translation>Back office</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nouveau message de {name}</source>
        <translation>New message from {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>et {n} autres messages</source>
        <translation>and {n} other messages</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/conversations/specs.py" line="-69"/>
        <source>Devis {numero}</source>
        <translation>Quote {numero}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demande de devis n° {id}</source>
        <translation>Quote request no. {id}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Sujet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Customer</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>Commande / devis</source>
        <translation>Order / quote</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Dernière activité</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Non lus</source>
        <translation>Unread</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 derniers jours</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 derniers jours</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce mois-ci</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entre deux dates…</source>
        <translation>Between two dates…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rechercher (sujet, client, e-mail, référence, mots des messages)…</source>
        <translation>Search (subject, customer, email, reference, words of the messages)…</translation>
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
        <translation>Preferences…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Réponses types…</source>
        <translation>Canned answers…</translation>
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
        <translation>Back office — unexpected error</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le détail est aussi dans le journal : {0}</source>
        <translation>The details are also in the log: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copier les détails</source>
        <translation>Copy the details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ouvrir le dossier du journal</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Une erreur inattendue s&apos;est produite ({0}). Ce qui était enregistré l&apos;est toujours ; vous pouvez continuer, ou quitter puis relancer le back-office s&apos;il ne répond plus normalement. Pour le support, copiez les détails.</source>
        <translation>An unexpected error occurred ({0}). What was saved is still saved; you can go on, or quit and restart the back office if it no longer responds normally. For support, copy the details.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} erreurs inattendues se sont produites (la dernière : {1}). Quittez puis relancez le back-office ; pour le support, copiez les détails.</source>
        <translation>{0} unexpected errors occurred (the last one: {1}). Quit and restart the back office; for support, copy the details.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Détails copiés</source>
        <translation>Details copied</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../backoffice/views/clients.py" line="-261"/>
        <location line="+37"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Inscription</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernière connexion</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points fidélité</source>
        <translation>Loyalty points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commandes</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dernières commandes</source>
        <translation>Latest orders</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aucune commande.</source>
        <translation>No orders.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Défaut</source>
        <translation>Default</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aucune adresse.</source>
        <translation>No addresses.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Client — {name}</source>
        <translation>Customer — {name}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Ce client a été modifié ailleurs pendant que vous le modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</source>
        <translation>This customer was changed elsewhere while you were editing them. Saving will compare your values with the new ones.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Adresse — {name}</source>
        <translation>Address — {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cette adresse a été modifiée ailleurs pendant que vous la modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</source>
        <translation>This address was changed elsewhere while you were editing it. Saving will compare your values with the new ones.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lecture seule — votre rôle ne permet pas de modifier les clients</source>
        <translation>Read-only — your role does not allow editing customers</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitch</name>
    <message>
        <location filename="../../backoffice/ui/database_switch.py" line="+101"/>
        <source>Enregistrez ou annulez d&apos;abord les modifications en cours : changer de base fermerait ces fenêtres.
{0}</source>
        <translation>First save or cancel the changes in progress: changing the database would close these windows.
{0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>La fenêtre ouverte sera fermée (rien n&apos;y est en cours de saisie).</source>
        <translation>The open window will be closed (nothing is being typed in it).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les {0} fenêtres ouvertes seront fermées (rien n&apos;y est en cours de saisie).</source>
        <translation>The {0} open windows will be closed (nothing is being typed in them).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changer de base vous déconnecte de « {0} » : il faudra vous connecter à « {1} ».</source>
        <translation>Changing the database signs you out of “{0}”: you will have to sign in to “{1}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changer de base</source>
        <translation>Change database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se déconnecter et changer de base</source>
        <translation>Sign out and change database</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Connexion à une base</source>
        <translation>Connect to a database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous êtes déjà connecté à cette base : rien ne change.</source>
        <translation>You are already connected to this database: nothing changes.</translation>
    </message>
</context>
<context>
    <name>Devis</name>
    <message>
        <location filename="../../backoffice/views/quotes/operations.py" line="+36"/>
        <source>Action refusée</source>
        <translation>Action refused</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+1"/>
        <source>devis pris en charge</source>
        <translation>quotes taken on</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/quotes/specs.py" line="+42"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 derniers jours</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 derniers jours</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 derniers mois</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 derniers mois</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Plus de {n} jours</source>
        <translation>More than {n} days</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Devis</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+8"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sans réponse</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peu importe</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rechercher (client, e-mail, service, mots de la demande)…</source>
        <translation>Search (customer, email, service, words of the request)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>devis</source>
        <comment>singular</comment>
        <translation>quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>devis</source>
        <comment>plural</comment>
        <translation>quotes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ouvrir…</source>
        <translation>Open…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../backoffice/ui/dialogs.py" line="+111"/>
        <location line="+93"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
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
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../backoffice/ui/document_output.py" line="+85"/>
        <location line="+254"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
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
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impression…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Enregistrer le fichier CSV</source>
        <translation>Save the CSV file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dossier où enregistrer les PDF</source>
        <translation>Folder to save the PDFs in</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+17"/>
        <location filename="../../backoffice/ui/document_preview.py" line="+66"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-16"/>
        <location filename="../../backoffice/ui/document_preview.py" line="+1"/>
        <source>Le fichier n&apos;a pas pu être écrit : {error}</source>
        <translation>The file could not be written: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enregistré : {name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enregistrer {documents} :</source>
        <translation>Save {documents}:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Un seul PDF</source>
        <translation>One PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un fichier par document</source>
        <translation>One file per document</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/document_preview.py" line="-188"/>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Réduire</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agrandir</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pleine largeur</source>
        <translation>Full width</translation>
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
        <translation>Close</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Laissés de côté :</source>
        <translation>Left out:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Préparation de {n}…</source>
        <translation>Preparing {n}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Annulé.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Enregistrement de {n}…</source>
        <translation>Saving {n}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>fichier PDF enregistré</source>
        <translation>PDF file saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fichiers PDF enregistrés</source>
        <translation>PDF files saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{files} dans {folder}.</source>
        <translation>{files} in {folder}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annulé avant la fin.</source>
        <translation>Cancelled before the end.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laissés de côté : {n}.</source>
        <translation>Left out: {n}.</translation>
    </message>
</context>
<context>
    <name>FieldKinds</name>
    <message>
        <location filename="../../backoffice/ui/forms/kinds_basic.py" line="+73"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} doit être un montant (ex. 19,99).</source>
        <translation>{label} must be an amount (e.g. 19.99).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{label} doit être un nombre entier.</source>
        <translation>{label} must be a whole number.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} doit être au moins {n}.</source>
        <translation>{label} must be at least {n}.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/forms/kinds_rich.py" line="+57"/>
        <source>Choisissez une valeur dans la liste proposée (ou videz le champ).</source>
        <translation>Choose a value from the list (or clear the field).</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Chaque ligne doit avoir une clé.</source>
        <translation>Every line must have a key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clé en double : {keys}.</source>
        <translation>Duplicate key: {keys}.</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../backoffice/ui/forms/screen.py" line="+166"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+279"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>* champ obligatoire</source>
        <translation>* required field</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Ce champ est obligatoire.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} caractères au maximum (actuellement {m}).</source>
        <translation>{n} characters at most (currently {m}).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Utiliser « {v} »</source>
        <translation>Use “{v}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Une valeur est à corriger.</source>
        <translation>One value needs correcting.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} valeurs sont à corriger.</source>
        <translation>{n} values need correcting.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Les valeurs actuelles ont été rechargées.</source>
        <translation>The current values have been reloaded.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandonner les modifications non enregistrées ?</source>
        <translation>Discard the unsaved changes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandonner</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuer la saisie</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="+379"/>
        <source>Saisissez votre mot de passe.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mot de passe incorrect.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>ImageUrlEditor</name>
    <message>
        <location filename="../../backoffice/ui/forms/editors.py" line="+229"/>
        <location line="+29"/>
        <source>https://… ou chemin relatif (ex. produits/photo.jpg)</source>
        <translation>https://… or relative path (e.g. products/photo.jpg)</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+38"/>
        <source>Aucune image</source>
        <translation>No image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aperçu indisponible</source>
        <translation>Preview unavailable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Image introuvable</source>
        <translation>Image not found</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../backoffice/views/products/dialogs.py" line="+229"/>
        <source>Importer « {f} » — aperçu</source>
        <translation>Import “{f}” — preview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{c} · {u} · {s} · {e}</source>
        <translation>{c} · {u} · {s} · {e}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>création</source>
        <translation>creation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>créations</source>
        <translation>creations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mise à jour</source>
        <translation>update</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mises à jour</source>
        <translation>updates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inchangé</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inchangés</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erreur</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>erreurs</source>
        <translation>errors</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Corrigez les lignes en erreur dans le fichier puis relancez l&apos;import : rien ne sera importé tant qu&apos;il en reste.</source>
        <translation>Correct the lines in error in the file, then run the import again: nothing will be imported while any remain.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>L&apos;import enregistre toutes les lignes en une fois, ou aucune.</source>
        <translation>The import saves all the lines at once, or none.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ligne</source>
        <translation>Line</translation>
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
        <translation>Details</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <location filename="../../backoffice/views/invoices/specs.py" line="+77"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce mois-ci</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le mois dernier</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce trimestre</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le trimestre dernier</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cette année</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;année dernière</source>
        <translation>Last year</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HT</source>
        <translation>Excl. VAT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TTC</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Facture créditée</source>
        <translation>Credited invoice</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les documents choisis, tels qu&apos;ils ont été émis</source>
        <translation>The chosen documents, as they were issued</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enregistrer en PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un seul PDF, ou un fichier par document dans un dossier</source>
        <translation>One PDF, or one file per document in a folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../backoffice/views/invoices/window.py" line="+46"/>
        <source>Voir la commande</source>
        <translation>View the order</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../backoffice/views/invoices/window.py" line="+6"/>
        <source>Avoir partiel…</source>
        <translation>Partial credit note…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Créditer des lignes (un article retourné) ou un montant</source>
        <translation>Credit lines (a returned item) or an amount</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Journal des ventes…</source>
        <translation>Sales journal…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les factures et avoirs d&apos;une période, en CSV pour le comptable</source>
        <translation>A period&apos;s invoices and credit notes, as CSV for the accountant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paramètres de la boutique…</source>
        <translation>Shop settings…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Avoirs</source>
        <translation>Credit notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>avoir</source>
        <translation>credit note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avoirs</source>
        <translation>credit notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Numéro d&apos;avoir ou de facture, commande, client…</source>
        <translation>Credit note or invoice number, order, customer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Factures</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>facture</source>
        <translation>invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>factures</source>
        <translation>invoices</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numéro de facture, commande, client…</source>
        <translation>Invoice number, order, customer…</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/invoices/settings.py" line="+58"/>
        <source>Paramètres de la boutique</source>
        <translation>Shop settings</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chemin complet d&apos;une image PNG ou JPEG de cet ordinateur (rien n&apos;est téléchargé).</source>
        <translation>Full path of a PNG or JPEG picture on this computer (nothing is downloaded).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Numéros de facture</source>
        <translation>Invoice numbers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{année} et {numéro:06} : FA-2026-000001, repart à 1 chaque année.</source>
        <translation>{année} and {numéro:06}: FA-2026-000001, back to 1 every year.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Numéros d&apos;avoir</source>
        <translation>Credit note numbers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facturer au statut</source>
        <translation>Invoice at status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taux de TVA (%)</source>
        <translation>VAT rate (%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nature de l&apos;opération</source>
        <translation>Nature of the transaction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conditions de paiement</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pénalités de retard</source>
        <translation>Late payment penalties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imprimé « … exigibles au taux de » suivi de ce texte.</source>
        <translation>Printed on the (French) invoice after “… exigibles au taux de”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indemnité de 40 €</source>
        <translation>€40 recovery fee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La mention de l&apos;indemnité forfaitaire (clients professionnels).</source>
        <translation>The fixed recovery fee statement (business customers).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exonération de TVA</source>
        <translation>VAT exemption</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vide si la boutique facture la TVA ; sinon la mention exacte, par exemple « TVA non applicable, art. 293 B du CGI ».</source>
        <translation>Empty if the shop charges VAT; otherwise the exact statement printed on the (French) invoice, for example “TVA non applicable, art. 293 B du CGI”.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lecture seule — seuls les administrateurs modifient les paramètres de la boutique.</source>
        <translation>Read-only — only administrators change the shop settings.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ces paramètres viennent d&apos;être modifiés ailleurs.</source>
        <translation>These settings have just been changed elsewhere.</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/invoices/operations.py" line="+64"/>
        <source>Votre rôle ne donne pas accès aux commandes.</source>
        <translation>Your role gives no access to orders.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Avoir partiel</source>
        <translation>Partial credit note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La facture {numero} est déjà entièrement créditée.</source>
        <translation>Invoice {numero} is already fully credited.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Avoir émis.</source>
        <translation>Credit note issued.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Journal des ventes du {first} au {last}</source>
        <translation>Sales journal from {first} to {last}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Journal des ventes</source>
        <translation>Sales journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le fichier n&apos;a pas pu être écrit : {error}</source>
        <translation>The file could not be written: {error}</translation>
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
        <translation>Sales journal saved ({documents}): {name}</translation>
    </message>
</context>
<context>
    <name>InvoicesScreen</name>
    <message>
        <location filename="../../backoffice/views/invoices/screen.py" line="+67"/>
        <source>Factures</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avoirs</source>
        <translation>Credit notes</translation>
    </message>
</context>
<context>
    <name>JournalPeriodDialog</name>
    <message>
        <location filename="../../backoffice/views/invoices/operations.py" line="-87"/>
        <source>Journal des ventes</source>
        <translation>Sales journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une ligne par facture et par avoir émis sur la période (avoirs en négatif), HT et TVA par taux, TTC, avec les totaux : un CSV pour le tableur du comptable.</source>
        <translation>One line per invoice and per credit note issued in the period (credit notes negative), excl. VAT and VAT per rate, incl. VAT, with the totals: a CSV for the accountant&apos;s spreadsheet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Du :</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au :</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>KeyValueEditor</name>
    <message>
        <location filename="../../backoffice/ui/forms/editors.py" line="-161"/>
        <source>Clé</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ajouter une caractéristique</source>
        <translation>Add a feature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer la ligne sélectionnée</source>
        <translation>Delete the selected line</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../backoffice/labels.py" line="+37"/>
        <source>Administrateur</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employé</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support client</source>
        <translation>Customer support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location filename="../../backoffice/labels_conversations.py" line="+25"/>
        <location filename="../../backoffice/labels_orders.py" line="+57"/>
        <location line="+2"/>
        <location line="+29"/>
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Validée</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../backoffice/labels_orders.py" line="+2"/>
        <source>En préparation</source>
        <translation>Being prepared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expédiée</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livrée</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../backoffice/labels_orders.py" line="-32"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminé</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Rejeté</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Question générale</source>
        <translation>General question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devis</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ouverte</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En attente du client</source>
        <translation>Waiting for the customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résolue</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermée</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>En attente de modération</source>
        <translation>Awaiting moderation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approuvé</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Émise</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partiellement créditée</source>
        <translation>Partly credited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créditée</source>
        <translation>Credited</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>Nom</source>
        <translation>Name</translation>
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
        <translation>Price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prix promotionnel</source>
        <translation>Sale price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description courte</source>
        <translation>Short description</translation>
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
        <translation>Additional images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caractéristiques</source>
        <translation>Features</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mis en avant</source>
        <translation>Featured</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catégorie parente</source>
        <translation>Parent category</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Nom de l&apos;adresse</source>
        <translation>Address name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rue</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complément</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse par défaut</source>
        <translation>Default address</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mot de passe incorrect</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte inconnu</source>
        <translation>Unknown account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte bloqué (trop d&apos;échecs)</source>
        <translation>Account locked (too many failures)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code de vérification incorrect</source>
        <translation>Wrong verification code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte client (sans accès au back-office)</source>
        <translation>Customer account (no back-office access)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mot de passe enregistré dans un format non pris en charge</source>
        <translation>Password stored in an unsupported format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vérification expirée ou déjà utilisée</source>
        <translation>Verification expired or already used</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adresse partagée par plusieurs comptes</source>
        <translation>Address shared by several accounts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compte supprimé entre-temps</source>
        <translation>Account deleted in the meantime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sans accès à la base (identité absente ou retirée)</source>
        <translation>No database access (identity missing or removed)</translation>
    </message>
    <message>
        <location filename="../../backoffice/labels_conversations.py" line="-4"/>
        <source>À traiter</source>
        <translation>To handle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mes conversations</source>
        <translation>My conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non assignées</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvertes</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Résolues</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermées</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prénom du client</source>
        <translation>Customer&apos;s first name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom du client</source>
        <translation>Customer&apos;s last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Référence de la commande ou du devis</source>
        <translation>Order or quote reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sujet de la conversation</source>
        <translation>Conversation subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre prénom</source>
        <translation>Your first name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposée</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <location filename="../../backoffice/labels_orders.py" line="-32"/>
        <source>Colissimo</source>
        <translation>Colissimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point relais</source>
        <translation>Pick-up point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronopost</source>
        <translation>Chronopost</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Carte bancaire</source>
        <translation>Bank card</translation>
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
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Carte</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Réglé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remboursé</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remboursé en partie</source>
        <translation>Partly refunded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Échoué</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>réglé</source>
        <translation>paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remboursé</source>
        <translation>refunded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en attente</source>
        <translation>pending</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Préparer</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expédier…</source>
        <translation>Ship…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marquer livrée</source>
        <translation>Mark as delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Validées</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expédiées</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livrées</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulées</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paiement refusé</source>
        <translation>Payment refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commande non réglée dans les délais</source>
        <translation>Order not paid in time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demande du client</source>
        <translation>Customer&apos;s request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produit en rupture de stock</source>
        <translation>Product out of stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse de livraison invalide</source>
        <translation>Invalid delivery address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commande en double</source>
        <translation>Duplicate order</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commande passée</source>
        <translation>Order placed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changement de statut</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note interne</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes internes</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif d&apos;annulation</source>
        <translation>Cancellation reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commentaire d&apos;annulation</source>
        <translation>Cancellation comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transporteur</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numéro de suivi</source>
        <translation>Tracking number</translation>
    </message>
</context>
<context>
    <name>LabelsQuotes</name>
    <message>
        <location filename="../../backoffice/labels_quotes.py" line="+22"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prix de base</source>
        <translation>Base price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demandé le</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demande</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimation TTC</source>
        <translation>Estimate incl. VAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Âge</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Répondu le</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réponse au client</source>
        <translation>Answer to the customer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prendre en charge</source>
        <translation>Take on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminer</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejeter…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marquer comme envoyé</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>il y a {n} jour</source>
        <translation>{n} day ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il y a {n} jours</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>il y a {n} heure</source>
        <translation>{n} hour ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il y a {n} heures</source>
        <translation>{n} hours ago</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>il y a {n} minute</source>
        <translation>{n} minute ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il y a {n} minutes</source>
        <translation>{n} minutes ago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>à l&apos;instant</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/quotes/data.py" line="+94"/>
        <source>Envoi au client</source>
        <translation>Sent to the customer</translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="+84"/>
        <source>Cet onglet n&apos;a pas pu s&apos;ouvrir : {0}</source>
        <translation>This tab could not open: {0}</translation>
    </message>
</context>
<context>
    <name>LinkedConversations</name>
    <message>
        <location filename="../../backoffice/views/conversations/sections.py" line="+23"/>
        <source>Sujet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dernière activité</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Aucune conversation.</source>
        <translation>No conversations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle conversation…</source>
        <translation>New conversation…</translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <location filename="../../backoffice/ui/list_columns.py" line="+180"/>
        <source>Largeurs automatiques</source>
        <translation>Automatic widths</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <location filename="../../backoffice/ui/list_filters.py" line="+86"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{0} :</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/list_screen.py" line="+143"/>
        <source>Actualiser (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+266"/>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/specs.py" line="+117"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="-306"/>
        <source>Session verrouillée</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Vous avez verrouillé le back-office. {0}, saisissez votre mot de passe pour reprendre là où vous en étiez.</source>
        <translation>You locked the back office. {0}, enter your password to pick up where you left off.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le back-office a été verrouillé après une période d&apos;inactivité. {0}, saisissez votre mot de passe pour reprendre là où vous en étiez.</source>
        <translation>The back office was locked after a period of inactivity. {0}, enter your password to pick up where you left off.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code de vérification</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>123456 ou code de secours</source>
        <translation>123456 or backup code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mot de &amp;passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code :</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+39"/>
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Se déconnecter</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Vérification…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../backoffice/ui/login.py" line="+96"/>
        <source>Back-office — Connexion</source>
        <translation>Back office — Sign in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connexion au back-office</source>
        <translation>Sign in to the back office</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Adresse e-mail</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prenom.nom@boutique.fr</source>
        <translation>firstname.lastname@boutique.fr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;E-mail :</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de &amp;passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code de vérification</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Compte ou mot de passe oublié : adressez-vous à l&apos;administrateur du back-office.</source>
        <translation>Forgotten account or password: ask the back-office administrator.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base de démonstration, comptes (e-mail — mot de passe) :</source>
        <translation>Demo database, accounts (email — password):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Code de {0} : « backoffice-cli demo totp ».</source>
        <translation>Code for {0}: “backoffice-cli demo totp”.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Saisissez le code à 6 chiffres affiché par votre application d&apos;authentification, ou votre code de secours.</source>
        <translation>Enter the 6-digit code shown by your authenticator app, or your backup code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← Changer de compte</source>
        <translation>← Change account</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Code :</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Message de connexion</source>
        <translation>Sign-in message</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <location line="+60"/>
        <source>Se connecter</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Base : {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Vérification…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valider le code</source>
        <translation>Confirm the code</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Double authentification : saisissez votre code.</source>
        <translation>Two-factor authentication: enter your code.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saisissez le code de vérification.</source>
        <translation>Enter the verification code.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saisissez votre e-mail et votre mot de passe.</source>
        <translation>Enter your email and your password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="+32"/>
        <source>Back-office — {0}</source>
        <translation>Back office — {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vérifier la connexion</source>
        <translation>Check the connection</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Votre rôle ne donne accès à aucun onglet. Contactez un administrateur.</source>
        <translation>Your role gives access to no tab. Contact an administrator.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connexion à une base…</source>
        <translation>&amp;Connect to a database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verrouiller</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se &amp;déconnecter</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paramètres de la &amp;boutique…</source>
        <translation>&amp;Shop settings…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À &amp;propos…</source>
        <translation>&amp;About…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Base : {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opération en cours</source>
        <translation>Operation in progress</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>● Connecté</source>
        <translation>● Connected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La base de données répond.</source>
        <translation>The database is responding.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Connexion perdue</source>
        <translation>● Connection lost</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connexion à la base perdue. Vérifiez le réseau ; la prochaine action tentera de se reconnecter.</source>
        <translation>Connection to the database lost. Check the network; the next action will try to reconnect.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connexion à la base rétablie.</source>
        <translation>Connection to the database restored.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../backoffice/views/quotes/conversation.py" line="+63"/>
        <source>Sujet :</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message :</source>
        <translation>Message:</translation>
    </message>
</context>
<context>
    <name>MoreMenu</name>
    <message>
        <location filename="../../backoffice/ui/list_more.py" line="+25"/>
        <location line="+1"/>
        <source>Autres actions</source>
        <translation>More actions</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <location filename="../../backoffice/views/conversations/sections.py" line="+61"/>
        <source>Nouvelle conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sujet :</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message :</source>
        <translation>Message:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conversation non créée</source>
        <translation>Conversation not created</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../backoffice/ui/operations.py" line="+53"/>
        <source>Aucun changement.</source>
        <translation>No change.</translation>
    </message>
</context>
<context>
    <name>OrderWindow</name>
    <message>
        <location filename="../../backoffice/views/orders/window.py" line="+115"/>
        <source>Client :</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bon de préparation</source>
        <translation>Picking slip</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Livraison</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>Adresse :</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Mode :</source>
        <translation>Method:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point relais :</source>
        <translation>Pick-up point:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions :</source>
        <translation>Instructions:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expédition :</source>
        <translation>Shipping:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facturation</source>
        <translation>Invoicing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voir la facture</source>
        <translation>View the invoice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paiement :</source>
        <translation>Payment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facture :</source>
        <translation>Invoice:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Produit</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prix unitaire</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-cliquez sur un produit pour ouvrir sa fiche</source>
        <translation>Double-click a product to open its page</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paiements</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Montant</source>
        <translation>Amount</translation>
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
        <translation>No payment recorded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avis du client</source>
        <translation>Customer&apos;s review</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note :</source>
        <translation>Rating:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Commentaire :</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Annulation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Motif :</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes internes</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visibles du personnel seulement</source>
        <translation>Visible to staff only</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer les notes</source>
        <translation>Save the notes</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Commande {reference}</source>
        <translation>Order {reference}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client inconnu</source>
        <translation>Unknown customer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>suivi {n}</source>
        <translation>tracking {n}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{number} du {date}</source>
        <translation>{number} of {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>avoir {number} du {date} ({amount})</source>
        <translation>credit note {number} of {date} ({amount})</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/orders/window_parts.py" line="+119"/>
        <source>Sous-total : {v}</source>
        <translation>Subtotal: {v}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frais de livraison : {v}</source>
        <translation>Delivery charge: {v}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dont TVA : {v}</source>
        <translation>of which VAT: {v}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Montant total : {v}</source>
        <translation>Total amount: {v}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attention : les articles et les frais de livraison font {expected}, mais le montant total enregistré est de {total}.</source>
        <translation>Warning: the items and the delivery charge come to {expected}, but the recorded total amount is {total}.</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/orders/window.py" line="+34"/>
        <source>Les notes ont été modifiées ailleurs pendant votre saisie : enregistrer vous proposera de garder les vôtres ou de prendre les leurs.</source>
        <translation>The notes were changed elsewhere while you were typing: saving will offer to keep yours or take theirs.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Notes modifiées ailleurs</source>
        <translation>Notes changed elsewhere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Garder mes notes</source>
        <translation>Keep my notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prendre les notes actuelles</source>
        <translation>Take the current notes</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/orders/window_parts.py" line="+74"/>
        <source>Le site</source>
        <translation>The website</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Produit supprimé</source>
        <translation>Deleted product</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../../backoffice/views/orders/operations.py" line="+38"/>
        <location filename="../../backoffice/views/orders/specs.py" line="+244"/>
        <source>Commandes</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../backoffice/views/orders/specs.py" line="+12"/>
        <source>commande</source>
        <translation>order</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../backoffice/views/orders/specs.py" line="+1"/>
        <source>commandes</source>
        <translation>orders</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reference} : {status}.</source>
        <translation>{reference}: {status}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{orders} passée à « {status} ».</source>
        <translation>{orders} moved to “{status}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{orders} passées à « {status} ».</source>
        <translation>{orders} moved to “{status}”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{moved} Sans changement : {n}.</source>
        <translation>{moved} Unchanged: {n}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Changement de statut refusé</source>
        <translation>Status change refused</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Notes enregistrées.</source>
        <translation>Notes saved.</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/orders/specs.py" line="-181"/>
        <source>Point relais : {name}</source>
        <translation>Pick-up point: {name}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <location line="+129"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 jours</source>
        <translation>7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 jours</source>
        <translation>30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce mois-ci</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Montant min.</source>
        <translation>Min. amount</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Montant max.</source>
        <translation>Max. amount</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Livraison</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+45"/>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Retard</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>En retard</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Articles</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bon de préparation</source>
        <translation>Picking slip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le bon de préparation des commandes validées ou en préparation</source>
        <translation>The picking slip of the orders confirmed or being prepared</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rechercher une commande (référence, client, e-mail)…</source>
        <translation>Search for an order (reference, customer, email)…</translation>
    </message>
</context>
<context>
    <name>PartialCreditDialog</name>
    <message>
        <location filename="../../backoffice/views/invoices/credit_dialog.py" line="+55"/>
        <source>Avoir partiel — facture {numero}</source>
        <translation>Partial credit note — invoice {numero}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facture {numero} : {total} TTC, déjà crédité {credited}, reste {left}.</source>
        <translation>Invoice {numero}: {total} incl. VAT, already credited {credited}, {left} left.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Créditer des lignes (article retourné)</source>
        <translation>Credit lines (returned item)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Créditer un montant TTC</source>
        <translation>Credit an amount incl. VAT</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facturé</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Déjà crédité</source>
        <translation>Already credited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À créditer</source>
        <translation>To credit</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ex. 12,50</source>
        <translation>e.g. 12.50</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ex. article retourné, geste commercial…</source>
        <translation>e.g. returned item, goodwill gesture…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Motif * :</source>
        <translation>Reason *:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Émettre l&apos;avoir</source>
        <translation>Issue the credit note</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Indiquez le motif de l&apos;avoir.</source>
        <translation>Give the reason for the credit note.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indiquez le montant TTC à créditer.</source>
        <translation>Give the amount incl. VAT to credit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choisissez au moins une quantité à créditer.</source>
        <translation>Choose at least one quantity to credit.</translation>
    </message>
</context>
<context>
    <name>PercentDialog</name>
    <message>
        <location filename="../../backoffice/views/products/dialogs.py" line="-141"/>
        <source>Appliquer une promotion</source>
        <translation>Apply a discount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remise en pourcentage sur le prix de {n} :</source>
        <translation>Percentage off the price of {n}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produit</source>
        <translation>product</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>produits</source>
        <translation>products</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ex. 15 ou 12,5</source>
        <translation>e.g. 15 or 12.5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le prix promo est arrondi au centime ; le prix normal ne change pas.</source>
        <translation>The sale price is rounded to the cent; the regular price does not change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Indiquez un pourcentage strictement entre 0 et 100.</source>
        <translation>Enter a percentage strictly between 0 and 100.</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <location filename="../../backoffice/ui/forms/picker.py" line="+205"/>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choisissez une valeur dans la liste proposée.</source>
        <translation>Choose a value from the list.</translation>
    </message>
</context>
<context>
    <name>PickerEdit</name>
    <message>
        <location line="-165"/>
        <source>Tapez pour chercher…</source>
        <translation>Type to search…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../backoffice/ui/preferences.py" line="+140"/>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> unités</source>
        <translation> units</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un stock de 1 à ce seuil s&apos;affiche en orange ; 0 en rouge (rupture).</source>
        <translation>A stock from 1 to this threshold shows in orange; 0 in red (out of stock).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>https://boutique.example/uploads/ ou un dossier</source>
        <translation>https://boutique.example/uploads/ or a folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Les images dont l&apos;adresse est relative (ex. « produits/tasse.jpg ») sont cherchées à partir de cette adresse web ou de ce dossier.</source>
        <translation>Images with a relative address (e.g. “products/mug.jpg”) are looked for from this web address or this folder.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Langue du système ({0})</source>
        <translation>System language ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La langue choisie s&apos;appliquera au prochain démarrage du back-office.</source>
        <translation>The chosen language will apply the next time the back office starts.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seuil de stock faible :</source>
        <translation>Low stock threshold:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (adresse ou dossier) :</source>
        <translation>Images (address or folder):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langue :</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Dossier des images</source>
        <translation>Images folder</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/conversations/prefs.py" line="+40"/>
        <source>Préférences des conversations</source>
        <translation>Conversation preferences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dossier partagé, ou https://… (lecture seule)</source>
        <translation>Shared folder, or https://… (read-only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prévenir d&apos;un nouveau message client (notification)</source>
        <translation>Notify me of a new customer message (notification)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pièces jointes :</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dossier des pièces jointes</source>
        <translation>Attachments folder</translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message>
        <location filename="../../backoffice/views/products/screen.py" line="+93"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Nouveau produit</source>
        <translation>New product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Produit</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lecture seule — votre rôle ne permet pas de modifier les produits</source>
        <translation>Read-only — your role does not allow editing products</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ce produit a été modifié ailleurs pendant que vous le modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</source>
        <translation>This product was changed elsewhere while you were editing it. Saving will compare your values with the new ones.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Produit — {nom}</source>
        <translation>Product — {nom}</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>« {nom} » enregistré.</source>
        <translation>“{nom}” saved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Activer</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactiver</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mettre en avant</source>
        <translation>Feature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retirer de la mise en avant</source>
        <translation>Unfeature</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appliquer une promotion (%)…</source>
        <translation>Apply a discount (%)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retirer la promotion</source>
        <translation>Remove the discount</translation>
    </message>
</context>
<context>
    <name>Produits</name>
    <message>
        <location filename="../../backoffice/views/products/csv_flow.py" line="+44"/>
        <source>Fichiers CSV (*.csv);;Tous les fichiers (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporter les produits</source>
        <translation>Export the products</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} exportés dans {file}.</source>
        <translation>{n} exported to {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../backoffice/views/products/operations.py" line="+36"/>
        <location filename="../../backoffice/views/products/specs.py" line="+214"/>
        <source>produit</source>
        <translation>product</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../backoffice/views/products/operations.py" line="+1"/>
        <location filename="../../backoffice/views/products/specs.py" line="+1"/>
        <source>produits</source>
        <translation>products</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importer des produits</source>
        <translation>Import products</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import CSV</source>
        <translation>CSV import</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import refusé</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import terminé : {c}, {u}, {s}.</source>
        <translation>Import finished: {c}, {u}, {s}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>création</source>
        <translation>creation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>créations</source>
        <translation>creations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mise à jour</source>
        <translation>update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mises à jour</source>
        <translation>updates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inchangé</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inchangés</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/products/dialogs.py" line="+7"/>
        <source>Création</source>
        <translation>Creation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mise à jour</source>
        <translation>Update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inchangé</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/products/operations.py" line="+14"/>
        <source>Aucun changement : les produits étaient déjà ainsi.</source>
        <translation>No change: the products were already so.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>produit activé</source>
        <translation>product activated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits activés</source>
        <translation>products activated</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>produit désactivé</source>
        <translation>product deactivated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits désactivés</source>
        <translation>products deactivated</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>produit mis en avant</source>
        <translation>product featured</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits mis en avant</source>
        <translation>products featured</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>produit retiré de la mise en avant</source>
        <translation>product unfeatured</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits retirés de la mise en avant</source>
        <translation>products unfeatured</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Déplacer vers une catégorie</source>
        <translation>Move to a category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catégorie de destination pour {n} :</source>
        <translation>Destination category for {n}:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune catégorie (retirer de leur catégorie)</source>
        <translation>No category (remove from their category)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Déplacer</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>produit déplacé</source>
        <translation>product moved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits déplacés</source>
        <translation>products moved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Déplacement refusé</source>
        <translation>Move refused</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>prix promo appliqué</source>
        <translation>sale price applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prix promo appliqués</source>
        <translation>sale prices applied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promotion refusée</source>
        <translation>Discount refused</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>promotion retirée</source>
        <translation>discount removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promotions retirées</source>
        <translation>discounts removed</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>le produit « {nom} »</source>
        <translation>the product “{nom}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supprimer définitivement {what} ? Cette action est irréversible.</source>
        <translation>Permanently delete {what}? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>produit supprimé</source>
        <translation>product deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produits supprimés</source>
        <translation>products deleted</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ces {n} produits</source>
        <translation>these {n} products</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ce produit</source>
        <translation>this product</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppression refusée</source>
        <translation>Deletion refused</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Désactiver {n} à la place ?</source>
        <translation>Deactivate {n} instead?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactiver</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stock de « {nom} » : {stock}.</source>
        <translation>Stock of “{nom}”: {stock}.</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/products/specs.py" line="-142"/>
        <source>Produit</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adresse de la fiche sur le site ; proposé à partir du nom.</source>
        <translation>The product page&apos;s address on the website; suggested from the name.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prix TTC</source>
        <translation>Price incl. VAT</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tapez pour chercher une catégorie…</source>
        <translation>Type to search for a category…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actif (visible sur le site)</source>
        <translation>Active (visible on the website)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Une adresse par ligne ; double-cliquez pour modifier.</source>
        <translation>One address per line; double-click to edit.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupture</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faible</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suffisant</source>
        <translation>Sufficient</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Produits</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mis à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mis en avant</source>
        <translation>Featured</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>En promo</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rechercher (nom, slug, description courte)…</source>
        <translation>Search (name, slug, short description)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nouveau produit</source>
        <translation>New product</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ajuster le stock…</source>
        <translation>Adjust the stock…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activer / Désactiver ▾</source>
        <translation>Activate / Deactivate ▾</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mise en avant ▾</source>
        <translation>Featured ▾</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Déplacer vers…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Déplacer vers une catégorie…</source>
        <translation>Move to a category…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promotion ▾</source>
        <translation>Discount ▾</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporter CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporter la liste filtrée actuelle (fichier pour Excel)</source>
        <translation>Export the current filtered list (a file for Excel)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importer CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Préférences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/products/import_changes.py" line="+40"/>
        <source>« {text} »</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field} : {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>QuoteWindow</name>
    <message>
        <location filename="../../backoffice/views/quotes/window.py" line="+93"/>
        <source>La demande</source>
        <translation>The request</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demandé le :</source>
        <translation>Requested on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client :</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail :</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service :</source>
        <translation>Service:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>La réponse</source>
        <translation>The answer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ex. 450,00</source>
        <translation>e.g. 450.00</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ce que le client lira : détail, délais, conditions…</source>
        <translation>What the customer will read: details, lead times, terms…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Montant estimé TTC :</source>
        <translation>Estimated amount incl. VAT:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Réponse au client :</source>
        <translation>Answer to the customer:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enregistrer la réponse</source>
        <translation>Save the answer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Lecture seule — votre rôle ne permet pas de répondre aux devis</source>
        <translation>Read-only — your role does not allow answering quotes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discuter avec le client</source>
        <translation>Talk to the customer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Envoyer au client…</source>
        <translation>Send to the customer…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Aperçu PDF…</source>
        <translation>PDF preview…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Devis n° {numero}</source>
        <translation>Quote no. {numero}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demande de devis n° {id}</source>
        <translation>Quote request no. {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Devis — {client}</source>
        <translation>Quote — {client}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(aucun service)</source>
        <translation>(no service)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prix de base {prix}</source>
        <translation>base price {prix}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Envoyé au client le {date}.</source>
        <translation>Sent to the customer on {date}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pas encore envoyé au client.</source>
        <translation>Not sent to the customer yet.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>HT {ht} · TVA {taux} % {tva} · TTC {ttc}</source>
        <translation>Excl. VAT {ht} · VAT {taux}% {tva} · Incl. VAT {ttc}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Réponse enregistrée.</source>
        <translation>Answer saved.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Devis pris en charge.</source>
        <translation>Quote taken on.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devis envoyé au client.</source>
        <translation>Quote sent to the customer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Devis terminé.</source>
        <translation>Quote completed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demande rejetée.</source>
        <translation>Request rejected.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ce devis a été modifié ailleurs pendant que vous répondiez. Enregistrer comparera votre réponse à la nouvelle version.</source>
        <translation>This quote was changed elsewhere while you were answering. Saving will compare your answer with the new version.</translation>
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
        <translation>Reject the request</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Motif du refus (le client le lira, il est ajouté à la réponse) :</source>
        <translation>Reason for the refusal (the customer will read it, it is added to the answer):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejeter</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../backoffice/views/conversations/reply_box.py" line="+60"/>
        <source>Votre réponse au client… (Ctrl+Entrée pour envoyer)</source>
        <translation>Your answer to the customer… (Ctrl+Enter to send)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Insérer une réponse type</source>
        <translation>Insert a canned answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réponses types…</source>
        <translation>Canned answers…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statut de la conversation après l&apos;envoi</source>
        <translation>The conversation&apos;s status after sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joindre un fichier…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note interne</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer le texte comme note de l&apos;équipe (jamais vue du client)</source>
        <translation>Save the text as a team note (never seen by the customer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envoyer la réponse (Ctrl+Entrée)</source>
        <translation>Send the answer (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Statut après envoi :</source>
        <translation>Status after sending:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Joindre des fichiers</source>
        <translation>Attach files</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../backoffice/views/security_members.py" line="+48"/>
        <source>Rôle et accès à la base</source>
        <translation>Role and database access</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} reçoit ce rôle et les droits de son groupe dans la base. Ses sessions ouvertes sont fermées : il ou elle se reconnecte avec ses nouveaux droits.</source>
        <translation>{name} gets this role and its group&apos;s rights in the database. Their open sessions are closed: they sign in again with the new rights.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Rôle :</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>Securite</name>
    <message>
        <location filename="../../backoffice/views/security.py" line="+56"/>
        <location filename="../../backoffice/views/security_attempts.py" line="+118"/>
        <location line="+9"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security_attempts.py" line="-55"/>
        <source>Tentatives de connexion</source>
        <translation>Sign-in attempts</translation>
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
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security.py" line="+118"/>
        <location filename="../../backoffice/views/security_attempts.py" line="-32"/>
        <source>Adresse IP</source>
        <translation>IP address</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../backoffice/views/security_attempts.py" line="+4"/>
        <source>Poste</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security_attempts.py" line="+7"/>
        <location line="+24"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Réussie</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échec</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Réussies</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échecs</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security.py" line="+15"/>
        <location filename="../../backoffice/views/security_attempts.py" line="+14"/>
        <source>Rechercher (e-mail, adresse IP)…</source>
        <translation>Search (email, IP address)…</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security_attempts.py" line="+4"/>
        <source>tentative</source>
        <translation>attempt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tentatives</source>
        <translation>attempts</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security.py" line="-107"/>
        <source>Révoquer votre propre session ?</source>
        <translation>Revoke your own session?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&apos;est la session de ce poste : l&apos;application vous déconnectera aussitôt et il faudra vous reconnecter.</source>
        <translation>It is this desk&apos;s session: the application will sign you out at once and you will have to sign in again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Révoquer la session de {name} ?</source>
        <translation>Revoke {name}&apos;s session?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le poste concerné sera déconnecté à sa prochaine action.{where}</source>
        <translation>The desk concerned will be signed out at its next action.{where}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Révoquer la session</source>
        <translation>Revoke the session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Révoquer</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sessions actives</source>
        <translation>Active sessions</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+141"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+138"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+25"/>
        <location line="+110"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Dernière activité</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>votre session</source>
        <translation>your session</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <translation>Revoke…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fermer la session choisie : le poste devra se reconnecter</source>
        <translation>Close the chosen session: the desk will have to sign in again</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+80"/>
        <source>Double authentification</source>
        <translation>Two-factor authentication</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>La double authentification n&apos;est pas activée pour {name}.</source>
        <translation>Two-factor authentication is not enabled for {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} se connectera de nouveau avec son seul mot de passe, et la clé actuelle de son application d&apos;authentification ne servira plus.</source>
        <translation>{name} will sign in with their password alone again, and the current key of their authenticator app will no longer work.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Il s&apos;agit de votre propre compte.</source>
        <translation>This is your own account.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Désactiver la double authentification</source>
        <translation>Disable two-factor authentication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactiver la double authentification de {name} ?</source>
        <translation>Disable two-factor authentication for {name}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Désactiver</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Personnel</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dernière connexion</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activée</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactivée</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rechercher (nom, prénom, e-mail)…</source>
        <translation>Search (last name, first name, email)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>membre</source>
        <translation>staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>membres</source>
        <translation>staff members</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activer la double authentification…</source>
        <translation>Enable two-factor authentication…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Associer l&apos;application d&apos;authentification du membre (QR code) ; remplace la clé actuelle si elle est déjà activée</source>
        <translation>Pair the staff member&apos;s authenticator app (QR code); replaces the current key if already enabled</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Désactiver la double authentification…</source>
        <translation>Disable two-factor authentication…</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security_members.py" line="-35"/>
        <source>Accès à la base</source>
        <translation>Database access</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactivé</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name} : rôle et accès à la base mis à jour.</source>
        <translation>{name}: role and database access updated.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rôle et accès à la base</source>
        <translation>Role and database access</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <source>Retirer l&apos;accès à la base</source>
        <translation>Remove the database access</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Retirer l&apos;accès à la base de {name} ?</source>
        <translation>Remove {name}&apos;s database access?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retirer l&apos;accès</source>
        <translation>Remove the access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ses connexions ouvertes sont fermées tout de suite et la connexion lui est refusée jusqu&apos;à ce qu&apos;un administrateur lui redonne un rôle.</source>
        <translation>Their open connections are closed at once and signing in is refused until an administrator gives them a role again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} n&apos;a plus accès à la base.</source>
        <translation>{name} no longer has access to the database.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rôle et accès à la base…</source>
        <translation>Role and database access…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retirer l&apos;accès à la base…</source>
        <translation>Remove the database access…</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../backoffice/views/services_tab/operations.py" line="+31"/>
        <source>service activé</source>
        <translation>service activated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services activés</source>
        <translation>services activated</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>service désactivé</source>
        <translation>service deactivated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services désactivés</source>
        <translation>services deactivated</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucun changement : ils l&apos;étaient déjà.</source>
        <translation>No change: they already were.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Supprimer définitivement {n} ? Cette action est irréversible.</source>
        <translation>Permanently delete {n}? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>le service « {nom} »</source>
        <translation>the service “{nom}”</translation>
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
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>service supprimé</source>
        <translation>service deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services supprimés</source>
        <translation>services deleted</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suppression refusée</source>
        <translation>Deletion refused</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../backoffice/views/services_tab/specs.py" line="+143"/>
        <source>Désactiver</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/services_tab/specs.py" line="-90"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prix de base TTC</source>
        <translation>Base price incl. VAT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le prix indicatif affiché sur le site ; chaque devis a le sien.</source>
        <translation>The guide price shown on the website; each quote has its own.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actif (proposé sur le site)</source>
        <translation>Active (offered on the website)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devis</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mis à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rechercher un service (nom, description)…</source>
        <translation>Search for a service (name, description)…</translation>
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
        <translation>New service</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activer</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <location filename="../../backoffice/views/services_tab/screen.py" line="+74"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>« {nom} » enregistré.</source>
        <translation>“{nom}” saved.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../backoffice/ui/database_checks.py" line="+28"/>
        <source>démo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Création du schéma…</source>
        <translation>Creating the schema…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ajout des produits, clients et commandes de démonstration…</source>
        <translation>Adding the demo products, customers and orders…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dessin des images des produits…</source>
        <translation>Drawing the product pictures…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>La base de démonstration a été créée par une version plus récente du back-office : cette version ne peut pas l&apos;ouvrir.</source>
        <translation>The demo database was created by a newer version of the back office: this version cannot open it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La base de démonstration n&apos;a pas pu être mise à jour pour cette version.</source>
        <translation>The demo database could not be upgraded for this version.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cette base est celle du site de la boutique, mais le back-office ne l&apos;a pas encore adoptée. Un administrateur doit lancer « backoffice-cli db upgrade --dry-run » (pour voir ce qui sera ajouté), puis « backoffice-cli db upgrade » sur cette base : rien du site n&apos;est modifié.</source>
        <translation>This is the shop website&apos;s database, but the back office has not adopted it yet. An administrator must run “backoffice-cli db upgrade --dry-run” (to see what will be added), then “backoffice-cli db upgrade” on this database: nothing of the website is changed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cette base de données est vide. Un administrateur doit d&apos;abord lancer « backoffice-cli db upgrade » sur cette base.</source>
        <translation>This database is empty. An administrator must first run “backoffice-cli db upgrade” on it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cette base ne contient pas le schéma de la boutique (tables absentes : {0}). Vérifiez le nom de la base dans la connexion.</source>
        <translation>This database does not hold the shop&apos;s schema (missing tables: {0}). Check the database name in the connection.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cette base (révision {0}) a été mise à jour par une version plus récente du back-office. Installez la dernière version du back-office.</source>
        <translation>This database (revision {0}) was upgraded by a newer version of the back office. Install the latest version of the back office.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le schéma de cette base (révision {0}) ne correspond pas à cette version du back-office (révision {1}). Un administrateur doit lancer « backoffice-cli db upgrade », ou installez la version du back-office qui correspond à la base.</source>
        <translation>This database&apos;s schema (revision {0}) does not match this version of the back office (revision {1}). An administrator must run “backoffice-cli db upgrade”, or install the version of the back office that matches the database.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/app.py" line="+247"/>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+79"/>
        <source>Base de démonstration</source>
        <translation>Demo database</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Recréer la base de démonstration</source>
        <translation>Re-create the demo database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vous pouvez la recréer : les données de démonstration d&apos;origine seront reconstruites et les changements faits dans la démonstration seront perdus. Ou quittez, puis ouvrez-la avec la version du back-office qui l&apos;a créée.</source>
        <translation>You can re-create it: the original demo data will be rebuilt and the changes made in the demo will be lost. Or quit, then open it with the version of the back office that created it.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+12"/>
        <source>Création de la base de démonstration…</source>
        <translation>Creating the demo database…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Back-office — démonstration</source>
        <translation>Back office — demo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>La base de démonstration n&apos;a pas pu être créée : {0}</source>
        <translation>The demo database could not be created: {0}</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../../backoffice/views/orders/dialogs.py" line="-80"/>
        <source>Expédier la commande</source>
        <translation>Ship the order</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Facultatif</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transporteur :</source>
        <translation>Carrier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numéro de suivi :</source>
        <translation>Tracking number:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expédier</source>
        <translation>Ship</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Indiquez le transporteur.</source>
        <translation>Give the carrier.</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../backoffice/views/products/dialogs.py" line="-155"/>
        <source>Ajuster le stock</source>
        <translation>Adjust the stock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {nom} » — stock actuel : {stock}</source>
        <translation>“{nom}” — current stock: {stock}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nouvelle quantité</source>
        <translation>New quantity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variation (+ entrée, − sortie)</source>
        <translation>Change (+ in, − out)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ex. réception fournisseur, inventaire, casse…</source>
        <translation>e.g. supplier delivery, stocktaking, breakage…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Motif * :</source>
        <translation>Reason *:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Indiquez le motif de l&apos;ajustement de stock.</source>
        <translation>Give the reason for the stock adjustment.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La variation est nulle : rien à enregistrer.</source>
        <translation>The change is zero: nothing to save.</translation>
    </message>
</context>
<context>
    <name>StringListEditor</name>
    <message>
        <location filename="../../backoffice/ui/forms/editors.py" line="-87"/>
        <source>Ajouter une ligne</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer la ligne sélectionnée</source>
        <translation>Delete the selected line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../backoffice/views/conversations/thread.py" line="+145"/>
        <source>M&apos;assigner</source>
        <translation>Assign to me</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Me confier cette conversation (Ctrl+M)</source>
        <translation>Take this conversation (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changer le statut (Ctrl+Maj+S)</source>
        <translation>Change the status (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>← Boîte de réception</source>
        <translation>← Inbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenir à la liste (Échap)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Choisissez le dossier des pièces jointes (Conversations → Préférences…) pour joindre des fichiers.</source>
        <translation>Choose the attachments folder (Conversations → Preferences…) to attach files.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Agent : {name}</source>
        <translation>Agent: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non assignée</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note interne (jamais vue du client)</source>
        <translation>Internal note (never seen by the customer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non lu</source>
        <translation>unread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher les {n} messages précédents</source>
        <translation>Show the {n} previous messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pièce jointe :</source>
        <translation>Attachment:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Conversation — {subject}</source>
        <translation>Conversation — {subject}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commande {ref}</source>
        <translation>Order {ref}</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Fichier dangereux</source>
        <translation>Dangerous file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {name} » est un programme ou un script : il ne sera pas ouvert. Vous pouvez l&apos;enregistrer, mais ne l&apos;ouvrez pas sans l&apos;avoir fait analyser.</source>
        <translation>“{name}” is a program or a script: it will not be opened. You may save it, but do not open it without having it scanned.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enregistrer sous…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enregistrer la pièce jointe</source>
        <translation>Save the attachment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pièce jointe enregistrée.</source>
        <translation>Attachment saved.</translation>
    </message>
</context>
<context>
    <name>TimezoneField</name>
    <message>
        <location filename="../../backoffice/ui/timezone_field.py" line="+54"/>
        <source>Fuseau horaire de la boutique</source>
        <translation>Shop&apos;s time zone</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Heure des dates enregistrées par le site, en général Europe/Paris.</source>
        <translation>The time of the dates the website records, usually Europe/Paris.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Indiquez le fuseau horaire de la boutique, par exemple Europe/Paris.</source>
        <translation>Enter the shop&apos;s time zone, for example Europe/Paris.</translation>
    </message>
</context>
<context>
    <name>TopologyFields</name>
    <message>
        <location filename="../../backoffice/ui/topology_fields.py" line="+25"/>
        <source>Passer par PgBouncer en mode transaction</source>
        <translation>Go through PgBouncer in transaction mode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>À cocher quand ce poste joint la base à travers un PgBouncer en mode « transaction » : l&apos;application ne compte alors sur aucun réglage de session et remplace l&apos;écoute des nouveaux messages par une vérification toutes les 30 s.</source>
        <translation>Tick it when this desk reaches the database through a PgBouncer in “transaction” mode: the application then relies on no session setting and replaces listening for new messages with a check every 30 s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hôte:port (facultatif)</source>
        <translation>host:port (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une réplique PostgreSQL en flux (même base, même utilisateur) : les listes, les comptes et les recherches y sont lus, tout le reste va au serveur principal.</source>
        <translation>A PostgreSQL streaming replica (same database, same user): lists, counts and searches are read from it, everything else goes to the primary server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Réplique en lecture :</source>
        <translation>Read &amp;replica:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pour les boutiques à nombreux postes, sur les indications de l&apos;administrateur de la base.</source>
        <translation>For shops with many desks, as the database administrator says.</translation>
    </message>
</context>
<context>
    <name>TotpEnrolmentDialog</name>
    <message>
        <location filename="../../backoffice/views/security_widgets.py" line="+141"/>
        <source>Double authentification — {name}</source>
        <translation>Two-factor authentication — {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;1.&lt;/b&gt; Dans l&apos;application d&apos;authentification de &lt;b&gt;{name}&lt;/b&gt; (Google Authenticator, Microsoft Authenticator, FreeOTP…), ajoutez un compte en scannant ce QR code, ou en saisissant la clé à la main.</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; In &lt;b&gt;{name}&lt;/b&gt;&apos;s authenticator app (Google Authenticator, Microsoft Authenticator, FreeOTP…), add an account by scanning this QR code, or by typing the key by hand.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La double authentification est déjà activée pour ce compte : une fois le code confirmé, cette nouvelle clé remplacera l&apos;ancienne.</source>
        <translation>Two-factor authentication is already enabled for this account: once the code is confirmed, this new key will replace the old one.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Préparation de la clé…</source>
        <translation>Preparing the key…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Clé à saisir dans l&apos;application (espaces facultatifs)</source>
        <translation>Key to type in the app (spaces optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copier la clé</source>
        <translation>Copy the key</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clé :</source>
        <translation>Key:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compte :</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;2.&lt;/b&gt; Saisissez le code à 6 chiffres que l&apos;application affiche maintenant pour ce compte.</source>
        <translation>&lt;b&gt;2.&lt;/b&gt; Enter the 6-digit code the app now shows for this account.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Code de vérification :</source>
        <translation>Verification code:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Activer</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>À scanner avec l&apos;application d&apos;authentification</source>
        <translation>To scan with the authenticator app</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clé indisponible</source>
        <translation>Key unavailable</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Vérification du code…</source>
        <translation>Checking the code…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clé copiée dans le presse-papiers.</source>
        <translation>Key copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../backoffice/views/categories/__init__.py" line="+23"/>
        <source>Catégories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/clients.py" line="+88"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/products/__init__.py" line="+32"/>
        <source>Produits</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/security.py" line="+58"/>
        <source>Sécurité</source>
        <translation>Security</translation>
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
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/quotes/__init__.py" line="+28"/>
        <source>Devis</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../backoffice/views/invoices/__init__.py" line="+24"/>
        <source>Factures</source>
        <translation>Invoices</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../backoffice/services/attachments/store.py" line="+83"/>
        <source>Ce fichier dépasse la taille maximale de {limit} Mo.</source>
        <translation>This file exceeds the maximum size of {limit} MB.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le chemin de cette pièce jointe sort du dossier des pièces jointes : elle n&apos;est pas ouverte.</source>
        <translation>This attachment&apos;s path leads out of the attachments folder: it is not opened.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Les pièces jointes sont lues depuis une adresse web, en lecture seule : choisissez un dossier des pièces jointes dans les préférences pour en ajouter.</source>
        <translation>Attachments are read from a web address, read-only: choose an attachments folder in the preferences to add some.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Aucun dossier ni adresse des pièces jointes n&apos;est choisi dans les préférences.</source>
        <translation>No attachments folder or address is chosen in the preferences.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/conversations/files.py" line="+33"/>
        <source>Cette pièce jointe n&apos;existe plus.</source>
        <translation>This attachment no longer exists.</translation>
    </message>
</context>
<context>
    <name>auth</name>
    <message>
        <location filename="../../backoffice/services/sign_in_results.py" line="+17"/>
        <source>Adresse e-mail ou mot de passe incorrect.</source>
        <translation>Wrong email address or password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trop de tentatives de connexion échouées pour ce compte : par sécurité, la connexion est bloquée pendant encore {minutes} minutes. Réessayez plus tard ou demandez à un administrateur.</source>
        <translation>Too many failed sign-in attempts for this account: for safety, signing in is blocked for another {minutes} minutes. Try again later or ask an administrator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trop de tentatives de connexion échouées pour ce compte : par sécurité, la connexion est bloquée pendant encore {minutes} minute. Réessayez plus tard ou demandez à un administrateur.</source>
        <translation>Too many failed sign-in attempts for this account: for safety, signing in is blocked for another {minutes} minute. Try again later or ask an administrator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code de vérification incorrect ou déjà utilisé. Saisissez le code à 6 chiffres affiché par votre application d&apos;authentification, ou votre code de secours.</source>
        <translation>Wrong or already used verification code. Enter the 6-digit code shown by your authenticator app, or your backup code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La vérification a expiré ou n&apos;est plus valable. Reconnectez-vous avec votre mot de passe.</source>
        <translation>The verification has expired or is no longer valid. Sign in again with your password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mot de passe ou code de vérification incorrect.</source>
        <translation>Wrong password or verification code.</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="../../backoffice/services/catalog/bulk.py" line="+52"/>
        <source>{count} des produits sélectionnés n&apos;existent plus (n° {ids}). Rien n&apos;a été modifié ; actualisez la liste.</source>
        <translation>{count} of the selected products no longer exist (no. {ids}). Nothing was changed; refresh the list.</translation>
    </message>
    <message>
        <location line="+91"/>
        <location filename="../../backoffice/services/catalog/products.py" line="+141"/>
        <source>Cette catégorie n&apos;existe plus.</source>
        <translation>This category no longer exists.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Le pourcentage doit être un nombre (ex. 15).</source>
        <translation>The percentage must be a number (e.g. 15).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le pourcentage doit être strictement compris entre 0 et 100.</source>
        <translation>The percentage must be strictly between 0 and 100.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prix trop bas pour cette remise (le prix promotionnel ne serait pas inférieur au prix) : {names}.</source>
        <translation>Price too low for this discount (the sale price would not be below the price): {names}.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/catalog/csv_import.py" line="+133"/>
        <source>{label} : « {cell} » n&apos;est pas « oui » ou « non ».</source>
        <translation>{label}: “{cell}” is not “oui” or “non”.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Catégorie « {slug} » inconnue.</source>
        <translation>Unknown category “{slug}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le prix est obligatoire.</source>
        <translation>The price is required.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Le prix doit être un nombre décimal (ex. 19,99).</source>
        <translation>The price must be a decimal number (e.g. 19.99).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le prix promotionnel doit être un nombre décimal (ex. 19,99).</source>
        <translation>The sale price must be a decimal number (e.g. 19.99).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../backoffice/services/catalog/validation.py" line="+114"/>
        <source>Le stock doit être un nombre entier.</source>
        <translation>The stock must be a whole number.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Le fichier est vide.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colonnes inconnues : {unknown}. Colonnes possibles : {columns}.</source>
        <translation>Unknown columns: {unknown}. Possible columns: {columns}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La colonne « slug » est obligatoire.</source>
        <translation>The “slug” column is required.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Une colonne apparaît deux fois dans l&apos;en-tête.</source>
        <translation>A column appears twice in the header.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{count} colonnes au lieu de {expected} (vérifiez les « ; » et les guillemets).</source>
        <translation>{count} columns instead of {expected} (check the “;” and the quotes).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Le prix est obligatoire pour créer un produit.</source>
        <translation>The price is required to create a product.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le nom est obligatoire pour créer un produit.</source>
        <translation>The name is required to create a product.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ce slug figure déjà ligne {line}.</source>
        <translation>This slug is already on line {line}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../backoffice/services/catalog/data.py" line="+98"/>
        <source>Le produit « {name} »</source>
        <translation>The product “{name}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le produit « {slug} » (ligne {line}) a été modifié depuis l&apos;aperçu. Rien n&apos;a été importé ; relancez l&apos;aperçu.</source>
        <translation>The product “{slug}” (line {line}) was changed since the preview. Nothing was imported; run the preview again.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import refusé, rien n&apos;a été modifié. Lignes en erreur : {lines}{more}</source>
        <translation>Import refused, nothing was changed. Lines in error: {lines}{more}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Un des slugs à créer vient d&apos;être pris ; relancez l&apos;aperçu.</source>
        <translation>One of the slugs to create has just been taken; run the preview again.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Enregistrement refusé par la base de données.</source>
        <translation>Saving refused by the database.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/catalog/products.py" line="-42"/>
        <source>Le produit n° {id} n&apos;existe plus (il a peut-être été supprimé).</source>
        <translation>Product no. {id} no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ce slug vient d&apos;être pris par un autre produit.</source>
        <translation>This slug has just been taken by another product.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>L&apos;enregistrement a été refusé par la base de données.</source>
        <translation>The database refused to save it.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Impossible de supprimer « {name} » : ce produit figure dans {count} commande ; vous pouvez le désactiver.</source>
        <translation>“{name}” cannot be deleted: this product is in {count} order; you can deactivate it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impossible de supprimer « {name} » : ce produit figure dans {count} commandes ; vous pouvez le désactiver.</source>
        <translation>“{name}” cannot be deleted: this product is in {count} orders; you can deactivate it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impossible de supprimer « {name} » : ce produit a {count} avis client ; vous pouvez le désactiver.</source>
        <translation>“{name}” cannot be deleted: this product has {count} customer review; you can deactivate it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impossible de supprimer « {name} » : ce produit a {count} avis clients ; vous pouvez le désactiver.</source>
        <translation>“{name}” cannot be deleted: this product has {count} customer reviews; you can deactivate it.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Impossible de supprimer « {name} » : il vient d&apos;être commandé ; vous pouvez le désactiver.</source>
        <translation>“{name}” cannot be deleted: it has just been ordered; you can deactivate it.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/catalog/stock.py" line="+76"/>
        <source>Indiquez le motif de l&apos;ajustement de stock.</source>
        <translation>Give the reason for the stock adjustment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indiquez soit la nouvelle quantité, soit la variation du stock.</source>
        <translation>Give either the new quantity or the change in stock.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La nouvelle quantité doit être un nombre entier positif ou nul.</source>
        <translation>The new quantity must be a whole number, zero or more.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La variation doit être un nombre entier.</source>
        <translation>The change must be a whole number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le stock attendu doit être un nombre entier.</source>
        <translation>The expected stock must be a whole number.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Le stock de « {name} »</source>
        <translation>The stock of “{name}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le stock de « {name} » a changé depuis que vous l&apos;avez consulté (par exemple une vente sur le site) : il est maintenant de {current}, et non plus de {expected}. Vérifiez la nouvelle quantité puis réessayez.</source>
        <translation>The stock of “{name}” changed since you looked at it (a sale on the website, for example): it is now {current}, no longer {expected}. Check the new quantity, then try again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le stock ne peut pas devenir négatif : il est de {current} et vous retirez {removed}.</source>
        <translation>The stock cannot become negative: it is {current} and you are removing {removed}.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/catalog/validation.py" line="-82"/>
        <source>{label} est obligatoire.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} doit être un nombre décimal (ex. 19,99).</source>
        <translation>{label} must be a decimal number (e.g. 19.99).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} ne peut pas être négatif.</source>
        <translation>{label} cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} ne peut pas avoir plus de 2 décimales.</source>
        <translation>{label} cannot have more than 2 decimal places.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} ne peut pas dépasser 99 999 999,99 €.</source>
        <translation>{label} cannot exceed €99,999,999.99.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label} ne doit pas dépasser {limit} caractères (actuellement {length}).</source>
        <translation>{label} must not exceed {limit} characters (currently {length}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Le nom est obligatoire.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le nom</source>
        <translation>The name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le slug est obligatoire.</source>
        <translation>The slug is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le slug</source>
        <translation>The slug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le slug ne peut contenir que des lettres minuscules sans accents, des chiffres et des tirets, sans tiret au début ni à la fin (ex. « creme-brulee-500g »).</source>
        <translation>The slug may only hold lower-case letters without accents, digits and hyphens, with no hyphen at the start or the end (e.g. “creme-brulee-500g”).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ce slug est déjà utilisé par le produit « {name} ». Slug libre proposé : « {free} ».</source>
        <translation>This slug is already used by the product “{name}”. Suggested free slug: “{free}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le prix</source>
        <translation>The price</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le prix promotionnel</source>
        <translation>The sale price</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le prix promotionnel doit être inférieur au prix ({price} €).</source>
        <translation>The sale price must be below the price (€{price}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le stock ne peut pas être négatif.</source>
        <translation>The stock cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le stock est trop grand.</source>
        <translation>The stock is too large.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;adresse de l&apos;image</source>
        <translation>The image address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La description courte</source>
        <translation>The short description</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chaque adresse d&apos;image supplémentaire</source>
        <translation>Each additional image address</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cette catégorie n&apos;existe plus ; choisissez-en une autre.</source>
        <translation>This category no longer exists; choose another one.</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <location filename="../../backoffice/services/categories/data.py" line="+71"/>
        <source>La catégorie « {name} » et ses sous-catégories contiennent {count} produit actif. Il ne sera plus visible dans cette catégorie sur le site. Confirmez-vous la désactivation ?</source>
        <translation>The category “{name}” and its subcategories hold {count} active product. It will no longer be visible in this category on the website. Do you confirm the deactivation?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La catégorie « {name} » et ses sous-catégories contiennent {count} produits actifs. Ils ne seront plus visibles dans cette catégorie sur le site. Confirmez-vous la désactivation ?</source>
        <translation>The category “{name}” and its subcategories hold {count} active products. They will no longer be visible in this category on the website. Do you confirm the deactivation?</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/categories/edit.py" line="+61"/>
        <source>Le nom est obligatoire.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le nom ne doit pas dépasser 150 caractères (actuellement {length}).</source>
        <translation>The name must not exceed 150 characters (currently {length}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le slug est obligatoire.</source>
        <translation>The slug is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le slug ne doit pas dépasser {limit} caractères.</source>
        <translation>The slug must not exceed {limit} characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le slug ne peut contenir que des lettres minuscules sans accents, des chiffres et des tirets, sans tiret au début ni à la fin (ex. « petit-electromenager »).</source>
        <translation>The slug may only hold lower-case letters without accents, digits and hyphens, with no hyphen at the start or the end (e.g. “petit-electromenager”).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ce slug est déjà utilisé par la catégorie « {name} ». Slug libre proposé : « {free} ».</source>
        <translation>This slug is already used by the category “{name}”. Suggested free slug: “{free}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>L&apos;adresse de l&apos;image ne doit pas dépasser 500 caractères (actuellement {length}).</source>
        <translation>The image address must not exceed 500 characters (currently {length}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>La catégorie parente n&apos;existe plus.</source>
        <translation>The parent category no longer exists.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Une catégorie ne peut pas être placée sous elle-même ni sous l&apos;une de ses sous-catégories.</source>
        <translation>A category cannot be placed under itself or under one of its subcategories.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ce slug vient d&apos;être pris par une autre catégorie.</source>
        <translation>This slug has just been taken by another category.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>La catégorie « {name} »</source>
        <translation>The category “{name}”</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>contient {count} produits</source>
        <translation>holds {count} products</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contient {count} produit</source>
        <translation>holds {count} product</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a {count} sous-catégories</source>
        <translation>has {count} subcategories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {count} sous-catégorie</source>
        <translation>has {count} subcategory</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{first} et {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impossible de supprimer « {name} » : elle {reasons}. Déplacez-les ou supprimez-les d&apos;abord.</source>
        <translation>“{name}” cannot be deleted: it {reasons}. Move or delete them first.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Impossible de supprimer « {name} » : un produit ou une sous-catégorie vient d&apos;y être ajouté.</source>
        <translation>“{name}” cannot be deleted: a product or a subcategory has just been added to it.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/categories/tree.py" line="+117"/>
        <source>La catégorie n° {id} n&apos;existe plus (elle a peut-être été supprimée).</source>
        <translation>Category no. {id} no longer exists (it may have been deleted).</translation>
    </message>
</context>
<context>
    <name>connections</name>
    <message>
        <location filename="../../backoffice/connections.py" line="+137"/>
        <source>Donnez un nom à cette connexion.</source>
        <translation>Give this connection a name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indiquez le serveur (nom ou adresse IP).</source>
        <translation>Enter the server (name or IP address).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le port doit être un nombre entre 1 et 65535.</source>
        <translation>The port must be a number between 1 and 65535.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indiquez le nom de la base de données.</source>
        <translation>Enter the database name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type de serveur inconnu : {kind}.</source>
        <translation>Unknown server type: {kind}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indiquez l&apos;utilisateur de la base de données.</source>
        <translation>Enter the database user.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le mode TLS « {mode} » n&apos;existe pas pour {kind} : choisissez « prefer », « require » ou un mode « verify ».</source>
        <translation>The TLS mode “{mode}” does not exist for {kind}: choose “prefer”, “require” or a “verify” mode.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le mode TLS « {mode} » vérifie le certificat du serveur : choisissez le fichier de l&apos;autorité de certification (CA).</source>
        <translation>The TLS mode “{mode}” checks the server&apos;s certificate: choose the certificate authority (CA) file.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le fichier de l&apos;autorité de certification est introuvable : {path}</source>
        <translation>The certificate authority file cannot be found: {path}</translation>
    </message>
</context>
<context>
    <name>conversations</name>
    <message>
        <location filename="../../backoffice/services/conversations/canned.py" line="+89"/>
        <source>Donnez un titre.</source>
        <translation>Give a title.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Titre trop long (100 caractères).</source>
        <translation>Title too long (100 characters).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écrivez le texte de la réponse.</source>
        <translation>Write the text of the answer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Une réponse type porte déjà ce titre.</source>
        <translation>A canned answer already has this title.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cette réponse type n&apos;existe plus.</source>
        <translation>This canned answer no longer exists.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>La réponse type</source>
        <translation>The canned answer</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/conversations/reply.py" line="+63"/>
        <source>Écrivez un message.</source>
        <translation>Write a message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le message dépasse {n} caractères.</source>
        <translation>The message exceeds {n} characters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statut inconnu.</source>
        <translation>Unknown status.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+158"/>
        <source>La conversation</source>
        <translation>The conversation</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ce membre du personnel ne répond pas aux conversations.</source>
        <translation>This staff member does not answer conversations.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Donnez un sujet.</source>
        <translation>Give a subject.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sujet trop long.</source>
        <translation>Subject too long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type inconnu.</source>
        <translation>Unknown type.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ce client n&apos;existe pas ou plus.</source>
        <translation>This customer does not exist (or no longer exists).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cette commande n&apos;est pas celle de ce client.</source>
        <translation>This order is not this customer&apos;s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ce devis n&apos;est pas celui de ce client.</source>
        <translation>This quote is not this customer&apos;s.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/conversations/thread.py" line="+36"/>
        <source>Cette conversation n&apos;existe pas ou plus.</source>
        <translation>This conversation does not exist (or no longer exists).</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message>
        <location filename="../../backoffice/services/customers/edit.py" line="+64"/>
        <source>{count} caractères au plus.</source>
        <translation>{count} characters at most.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>L&apos;e-mail est obligatoire.</source>
        <translation>The email is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cet e-mail n&apos;est pas valide (exemple : nom@domaine.fr).</source>
        <translation>This email is not valid (example: name@domain.com).</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../backoffice/services/customers/listing.py" line="+159"/>
        <source>Ce client n&apos;existe pas ou plus.</source>
        <translation>This customer does not exist (or no longer exists).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cet e-mail est déjà celui d&apos;un autre compte.</source>
        <translation>This email already belongs to another account.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Le client « {name} »</source>
        <translation>The customer “{name}”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cette adresse n&apos;existe pas ou plus.</source>
        <translation>This address does not exist (or no longer exists).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>L&apos;adresse « {name} »</source>
        <translation>The address “{name}”</translation>
    </message>
</context>
<context>
    <name>db_role</name>
    <message>
        <location filename="../../backoffice/services/db_role/__init__.py" line="+70"/>
        <source>L&apos;option --host ne vaut que pour MariaDB/MySQL : sur PostgreSQL, les machines autorisées se règlent dans pg_hba.conf.</source>
        <translation>The --host option applies to MariaDB/MySQL only: on PostgreSQL, the allowed machines are set in pg_hba.conf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le compte à privilèges minimaux n&apos;existe que pour PostgreSQL, MariaDB et MySQL.</source>
        <translation>The least-privilege account exists for PostgreSQL, MariaDB and MySQL only.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/db_role/mysql.py" line="+174"/>
        <source>Machine invalide : un nom, une adresse IP ou un motif avec « % » (par exemple « % », « 192.168.1.% » ou « localhost »).</source>
        <translation>Invalid host: a name, an IP address or a pattern with “%” (for example “%”, “192.168.1.%” or “localhost”).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sur MariaDB/MySQL, le mot de passe doit être non vide et en caractères ASCII (lettres sans accents, chiffres, ponctuation, espace) : les autres ne sont pas envoyés de la même façon par tous les logiciels de connexion.</source>
        <translation>On MariaDB/MySQL, the password must be non-empty and in ASCII characters (letters without accents, digits, punctuation, space): other characters are not sent the same way by every client library.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>L&apos;adresse de la base doit nommer la base de la boutique (mysql://utilisateur@serveur:3306/boutique).</source>
        <translation>The database address must name the shop&apos;s database (mysql://user@server:3306/shop).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Le compte {admin} ne peut pas créer ni modifier d&apos;utilisateurs : il lui faut le privilège global CREATE USER (et, sur les tables de la base « {database} », SELECT, INSERT, UPDATE, DELETE avec GRANT OPTION). Lancez « backoffice db grant » avec root ou le compte d&apos;administration du serveur.</source>
        <translation>The account {admin} cannot create or alter users: it needs the global CREATE USER privilege (and, on the tables of the database “{database}”, SELECT, INSERT, UPDATE, DELETE with GRANT OPTION). Run “backoffice db grant” as root or the server&apos;s administration account.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le compte {admin} ne peut pas accorder les privilèges sur la base « {database} » : il lui faut SELECT, INSERT, UPDATE, DELETE sur ses tables avec GRANT OPTION. L&apos;utilisateur {who} existe mais n&apos;a plus aucun droit ; relancez la commande avec root ou le compte d&apos;administration du serveur.</source>
        <translation>The account {admin} cannot grant the privileges on the database “{database}”: it needs SELECT, INSERT, UPDATE, DELETE on its tables with GRANT OPTION. The user {who} exists but no longer has any privilege; run the command again as root or the server&apos;s administration account.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&apos;utilisateur {who} n&apos;existe pas encore : indiquez son mot de passe avec « --password-from-env VARIABLE ».</source>
        <translation>The user {who} does not exist yet: give its password with “--password-from-env VARIABLE”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le serveur refuse ce mot de passe (règles de mots de passe du serveur) : choisissez-en un plus long et plus varié.</source>
        <translation>The server refuses this password (the server&apos;s password rules): choose a longer, more varied one.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/db_role/policy.py" line="+87"/>
        <source>Le nombre maximal de connexions doit être entre 1 et 10 000 (chaque poste en ouvre jusqu&apos;à 6).</source>
        <translation>The maximum number of connections must be between 1 and 10,000 (each desk opens up to 6).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Le schéma de la base n&apos;est pas à jour (tables absentes : {tables}). Lancez d&apos;abord « backoffice db upgrade » avec le compte propriétaire.</source>
        <translation>The database schema is not up to date (missing tables: {tables}). First run “backoffice db upgrade” with the owner account.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nom de rôle invalide : lettres, chiffres et « _ » seulement ({max_length} au plus), sans commencer par un chiffre.</source>
        <translation>Invalid role name: letters, digits and “_” only ({max_length} at most), not starting with a digit.</translation>
    </message>
</context>
<context>
    <name>db_security</name>
    <message>
        <location filename="../../backoffice/services/db_security/mysql_install.py" line="+296"/>
        <location filename="../../backoffice/services/db_security/pg_install.py" line="+291"/>
        <source>Le schéma de la base n&apos;est pas à jour (tables absentes : {tables}). Lancez d&apos;abord « backoffice-cli db upgrade ».</source>
        <translation>The database schema is not up to date (missing tables: {tables}). First run “backoffice-cli db upgrade”.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Les identités en base demandent MariaDB (10.4 ou plus) : MySQL n&apos;a pas les mêmes routines ni les mêmes rôles.</source>
        <translation>Database identities need MariaDB (10.4 or later): MySQL does not have the same routines or roles.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Le serveur a refusé une étape ({error}) : lancez la commande avec root ou le compte d&apos;administration du serveur.</source>
        <translation>The server refused a step ({error}): run the command as root or the server&apos;s administration account.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/db_security/policy.py" line="+46"/>
        <source>Règles de session incohérentes : il faut 1 ≤ verrouillage ≤ verrouillage maximal ≤ inactivité ≤ durée maximale (7 jours au plus).</source>
        <translation>Inconsistent session rules: it must be 1 ≤ lock ≤ maximum lock ≤ inactivity ≤ maximum length (7 days at most).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Préfixe invalide : lettres minuscules, chiffres et « _ », {max} caractères au plus, commençant par une lettre.</source>
        <translation>Invalid prefix: lower-case letters, digits and “_”, {max} characters at most, starting with a letter.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/db_security/install.py" line="+41"/>
        <source>Les identités en base n&apos;existent que pour PostgreSQL et MariaDB.</source>
        <translation>Database identities exist for PostgreSQL and MariaDB only.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Aucun compte unique avec l&apos;adresse « {email} ».</source>
        <translation>No single account with the address “{email}”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rôle inconnu : {role} (admin, manager, employe ou support).</source>
        <translation>Unknown role: {role} (admin, manager, employe or support).</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/db_security/members.py" line="+24"/>
        <source>Cette base ne donne pas d&apos;identité en base au personnel (elle n&apos;a pas été sécurisée par « backoffice-cli db secure », ou la connexion n&apos;utilise pas le compte portail).</source>
        <translation>This database gives staff no database identity (it was not secured by “backoffice-cli db secure”, or the connection does not use the gateway account).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ce compte n&apos;existe pas (ou plus).</source>
        <translation>This account does not exist (or no longer exists).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votre propre accès se change par un autre administrateur : il fermerait la session avec laquelle vous faites la modification.</source>
        <translation>Your own access is changed by another administrator: it would close the session you are making the change with.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>choisissez un rôle du personnel</source>
        <translation>choose a staff role</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/db_security/pg_install.py" line="+51"/>
        <source>« backoffice-cli db secure » doit être lancé avec un compte superutilisateur PostgreSQL (il crée le rôle propriétaire des routines, avec CREATEROLE).</source>
        <translation>“backoffice-cli db secure” must be run with a PostgreSQL superuser account (it creates the role that owns the routines, with CREATEROLE).</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../backoffice/services/demo/seed.py" line="+73"/>
        <source>des commandes</source>
        <translation>orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>des produits</source>
        <translation>products</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>des comptes utilisateurs</source>
        <translation>user accounts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La base contient déjà {what} : les données de démonstration ne peuvent être chargées que dans une base vide (créez une nouvelle base puis « backoffice db upgrade »).</source>
        <translation>The database already holds {what}: the demo data can only be loaded into an empty database (create a new database, then run “backoffice db upgrade”).</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../backoffice/services/documents/packing.py" line="+81"/>
        <source>Commande n° {id} : introuvable</source>
        <translation>Order no. {id}: not found</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{reference} : {status}, rien à préparer</source>
        <translation>{reference}: {status}, nothing to prepare</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Aucune de ces commandes n&apos;est à préparer : un bon de préparation se fait pour une commande validée ou en préparation.</source>
        <translation>None of these orders is to be prepared: a picking slip is made for a confirmed order or one being prepared.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>bon de préparation</source>
        <translation>picking slip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bons de préparation</source>
        <translation>picking slips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bons de préparation</source>
        <translation>Picking slips</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/quotes/pdf.py" line="+90"/>
        <location line="+1"/>
        <source>devis</source>
        <translation>quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devis</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/documents/invoices.py" line="+86"/>
        <source>Avoir n° {id} : introuvable</source>
        <translation>Credit note no. {id}: not found</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{numero} : pas encore d&apos;instantané (« backoffice invoices verify » l&apos;adopte)</source>
        <translation>{numero}: no snapshot yet (“backoffice invoices verify” adopts it)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facture n° {id} : introuvable</source>
        <translation>Invoice no. {id}: not found</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Aucun document à imprimer.</source>
        <translation>No document to print.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>facture</source>
        <translation>invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>factures</source>
        <translation>invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factures</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>avoir</source>
        <translation>credit note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avoirs</source>
        <translation>credit notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoirs</source>
        <translation>Credit notes</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../backoffice/services/errors.py" line="+119"/>
        <source>Certaines valeurs sont invalides : {errors}</source>
        <translation>Some values are invalid: {errors}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/errors.py" line="+126"/>
        <source>Connexion à la base perdue. Vérifiez le réseau ; la prochaine action tentera de se reconnecter.</source>
        <translation>Connection to the database lost. Check the network; the next action will try to reconnect.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Une erreur inattendue s&apos;est produite (détails dans le journal).</source>
        <translation>An unexpected error occurred (details in the log).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cet enregistrement est en cours de modification ailleurs (sur le site ou par un collègue). Rien n&apos;a été enregistré ; réessayez dans un instant, votre saisie est conservée.</source>
        <translation>This record is being changed elsewhere (on the website or by a colleague). Nothing was saved; try again in a moment, what you typed is kept.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La base de données a mis trop de temps à répondre. Affinez la recherche ou réessayez.</source>
        <translation>The database took too long to answer. Narrow the search or try again.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/concurrency.py" line="+69"/>
        <source>{entity} a été modifiée par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouverte. Champs qui diffèrent de vos valeurs : {fields}. Choisissez de garder vos valeurs ou les valeurs actuelles.</source>
        <translation>{entity} was changed by someone else since you opened it. Fields that differ from your values: {fields}. Choose to keep your values or the current ones.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{entity} a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert. Champs qui diffèrent de vos valeurs : {fields}. Choisissez de garder vos valeurs ou les valeurs actuelles.</source>
        <translation>{entity} was changed by someone else since you opened it. Fields that differ from your values: {fields}. Choose to keep your values or the current ones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>aucun champ</source>
        <translation>no field</translation>
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
        <translation>Read-only — your role does not allow editing services</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ce service a été modifié ailleurs pendant que vous le modifiiez. Enregistrer comparera vos valeurs aux nouvelles.</source>
        <translation>This service was changed elsewhere while you were editing it. Saving will compare your values with the new ones.</translation>
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
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>invoices</name>
    <message>
        <location filename="../../backoffice/services/invoices/documents.py" line="+32"/>
        <source>Cette facture n&apos;existe pas (ou plus).</source>
        <translation>This invoice does not exist (or no longer exists).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cet avoir n&apos;existe pas (ou plus).</source>
        <translation>This credit note does not exist (or no longer exists).</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/invoices/numbering.py" line="+55"/>
        <source>Le format « {format} » doit contenir {{numéro}} (par exemple FA-{{année}}-{{numéro:06}}) et aucun autre champ que {{année}}.</source>
        <translation>The format “{format}” must contain {{numéro}} (for example FA-{{année}}-{{numéro:06}}) and no field other than {{année}}.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/invoices/from_order.py" line="+102"/>
        <source>Cette commande n&apos;existe pas (ou plus).</source>
        <translation>This order does not exist (or no longer exists).</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/invoices/credit_notes.py" line="+57"/>
        <source>Cette facture n&apos;existe pas, ou n&apos;a pas encore été adoptée par le back-office (lancez « backoffice invoices verify »).</source>
        <translation>This invoice does not exist, or has not been adopted by the back office yet (run “backoffice invoices verify”).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cette facture a plusieurs taux de TVA : créditez des lignes plutôt qu&apos;un montant.</source>
        <translation>This invoice has several VAT rates: credit lines rather than an amount.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>La ligne {n} n&apos;existe pas sur la facture.</source>
        <translation>Line {n} does not exist on the invoice.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>« {designation} » : {asked} demandé(s), il en reste {left} à créditer.</source>
        <translation>“{designation}”: {asked} asked for, {left} left to credit.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Indiquez le motif de l&apos;avoir.</source>
        <translation>Give the reason for the credit note.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Motif trop long (255 caractères au plus).</source>
        <translation>Reason too long (255 characters at most).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Le montant doit être positif.</source>
        <translation>The amount must be positive.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choisissez au moins une ligne à créditer.</source>
        <translation>Choose at least one line to credit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&apos;avoir ({amount}) dépasse ce qui reste à créditer sur la facture {numero} ({left}).</source>
        <translation>The credit note ({amount}) exceeds what is left to credit on invoice {numero} ({left}).</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Créditez des lignes ou un montant, pas les deux.</source>
        <translation>Credit lines or an amount, not both.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rien à créditer.</source>
        <translation>Nothing to credit.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/invoices/hooks.py" line="+62"/>
        <source>Cette commande est déjà expédiée : elle ne peut plus être annulée. Un retour se traite par un avoir partiel, depuis sa facture.</source>
        <translation>This order has already been shipped: it can no longer be cancelled. A return is handled by a partial credit note, from its invoice.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/invoices/issuing.py" line="+70"/>
        <source>La commande {reference} a déjà une facture.</source>
        <translation>The order {reference} already has an invoice.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Aucun numéro de facture libre : réessayez.</source>
        <translation>No free invoice number: try again.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>La commande {reference} n&apos;a pas encore atteint le statut de facturation : sa facture sera émise automatiquement à ce moment-là.</source>
        <translation>The order {reference} has not reached the invoicing status yet: its invoice will be issued automatically then.</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <location filename="../../backoffice/money.py" line="+56"/>
        <source>« {text} » n&apos;est pas un montant (ex. {example}).</source>
        <translation>“{text}” is not an amount (e.g. {example}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Un montant doit être donné en texte ou en Decimal, jamais en float.</source>
        <translation>An amount must be given as text or a Decimal, never as a float.</translation>
    </message>
</context>
<context>
    <name>orders</name>
    <message>
        <location filename="../../backoffice/services/orders/detail.py" line="+64"/>
        <location filename="../../backoffice/services/orders/workflow.py" line="+134"/>
        <source>La commande n°{id} n&apos;existe pas ou plus.</source>
        <translation>Order no. {id} does not exist (or no longer exists).</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>La commande {reference}</source>
        <translation>The order {reference}</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/orders/listing.py" line="+162"/>
        <source>Montant illisible : « {text} ».</source>
        <translation>Unreadable amount: “{text}”.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/orders/workflow.py" line="+6"/>
        <source>La commande {reference} est « {status} » : elle ne change plus de statut.</source>
        <translation>The order {reference} is “{status}”: its status no longer changes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Une commande « {old} » ne peut pas passer à « {new} » ({reference}).</source>
        <translation>An order “{old}” cannot become “{new}” ({reference}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>La commande {reference} est maintenant « {current} » (et non plus « {expected} ») : quelqu&apos;un d&apos;autre ou le site l&apos;a modifiée entre-temps. Rien n&apos;a été appliqué.</source>
        <translation>The order {reference} is now “{current}” (no longer “{expected}”): someone else or the website changed it in the meantime. Nothing was applied.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/orders/batch.py" line="+90"/>
        <location filename="../../backoffice/services/orders/workflow.py" line="+103"/>
        <source>Une annulation passe par « Annuler… ».</source>
        <translation>A cancellation goes through “Cancel…”.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/orders/workflow.py" line="-27"/>
        <source>Indiquez le transporteur.</source>
        <translation>Give the carrier.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choisissez le motif d&apos;annulation.</source>
        <translation>Choose the cancellation reason.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../backoffice/views/services_tab/screen.py" line="-21"/>
        <source>Nouveau service</source>
        <translation>New service</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <location filename="../../backoffice/services/errors.py" line="-48"/>
        <source>Vous n&apos;avez pas le droit d&apos;effectuer cette action.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
</context>
<context>
    <name>quotes</name>
    <message>
        <location filename="../../backoffice/services/quotes/data.py" line="+24"/>
        <source>Le devis n° {id}</source>
        <translation>Quote no. {id}</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/quotes/detail.py" line="+84"/>
        <source>Le devis n° {id} n&apos;existe plus.</source>
        <translation>Quote no. {id} no longer exists.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/quotes/numbering.py" line="+70"/>
        <source>Impossible d&apos;attribuer un numéro au devis pour l&apos;instant ; réessayez.</source>
        <translation>The quote cannot be given a number right now; try again.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/quotes/workflow.py" line="+83"/>
        <source>Ce devis est clos ({status}) : il ne peut plus être modifié.</source>
        <translation>This quote is closed ({status}): it can no longer be changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cette action n&apos;est pas possible sur un devis au statut « {status} ».</source>
        <translation>This action is not possible on a quote whose status is “{status}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indiquez d&apos;abord le montant estimé et enregistrez la réponse.</source>
        <translation>First give the estimated amount and save the answer.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Le montant estimé doit être un nombre décimal (ex. 450,00).</source>
        <translation>The estimated amount must be a decimal number (e.g. 450.00).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le montant estimé doit être positif ou nul.</source>
        <translation>The estimated amount must be zero or more.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le montant estimé ne peut pas avoir plus de 2 décimales.</source>
        <translation>The estimated amount cannot have more than 2 decimal places.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le montant estimé ne peut pas dépasser 99 999 999,99 €.</source>
        <translation>The estimated amount cannot exceed €99,999,999.99.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La réponse doit être du texte.</source>
        <translation>The answer must be text.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Indiquez le motif du refus.</source>
        <translation>Give the reason for the refusal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le motif ne doit pas dépasser {limit} caractères.</source>
        <translation>The reason must not exceed {limit} characters.</translation>
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
        <translation>The name is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le nom ne doit pas dépasser 255 caractères.</source>
        <translation>The name must not exceed 255 characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le prix de base est obligatoire.</source>
        <translation>The base price is required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Le prix de base doit être un nombre décimal (ex. 89,00).</source>
        <translation>The base price must be a decimal number (e.g. 89.00).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le prix de base ne peut pas être négatif.</source>
        <translation>The base price cannot be negative.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le prix de base ne peut pas avoir plus de 2 décimales.</source>
        <translation>The base price cannot have more than 2 decimal places.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le prix de base ne peut pas dépasser 99 999 999,99 €.</source>
        <translation>The base price cannot exceed €99,999,999.99.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&apos;adresse de l&apos;image ne doit pas dépasser 500 caractères.</source>
        <translation>The image address must not exceed 500 characters.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Le service « {name} »</source>
        <translation>The service “{name}”</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/prestations/edit.py" line="+76"/>
        <source>Le service n° {id} n&apos;existe plus (il a peut-être été supprimé).</source>
        <translation>Service no. {id} no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Impossible de supprimer « {name} » : {count} devis le demande, et chaque devis garde le service demandé par le client ; vous pouvez le désactiver (il ne sera plus proposé sur le site).</source>
        <translation>“{name}” cannot be deleted: {count} quote asks for it, and every quote keeps the service the customer asked for; you can deactivate it (it will no longer be offered on the website).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Impossible de supprimer « {name} » : {count} devis le demandent, et chaque devis garde le service demandé par le client ; vous pouvez le désactiver (il ne sera plus proposé sur le site).</source>
        <translation>“{name}” cannot be deleted: {count} quotes ask for it, and every quote keeps the service the customer asked for; you can deactivate it (it will no longer be offered on the website).</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <location filename="../../backoffice/services/db_security/gate.py" line="+24"/>
        <location filename="../../backoffice/services/sessions.py" line="+34"/>
        <source>Votre session a été fermée (déconnexion depuis un autre poste ou par un administrateur). Veuillez vous reconnecter.</source>
        <translation>Your session was closed (signed out from another desk or by an administrator). Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../backoffice/services/sessions.py" line="+5"/>
        <source>Vos droits d&apos;accès ont été modifiés par un administrateur. Veuillez vous reconnecter pour continuer.</source>
        <translation>Your access rights were changed by an administrator. Please sign in again to continue.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Cette session n&apos;existe plus (déjà fermée).</source>
        <translation>This session no longer exists (already closed).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cette session est déjà terminée.</source>
        <translation>This session has already ended.</translation>
    </message>
</context>
<context>
    <name>shop_settings</name>
    <message>
        <location filename="../../backoffice/services/shop_settings/edit.py" line="+38"/>
        <source>raison sociale</source>
        <translation>company name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forme juridique</source>
        <translation>legal form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capital social</source>
        <translation>share capital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adresse du siège</source>
        <translation>registered office address</translation>
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
        <translation>RCS registration city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n° de TVA intracommunautaire</source>
        <translation>EU VAT number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail de contact</source>
        <translation>contact email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>téléphone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format des numéros de facture</source>
        <translation>invoice number format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format des numéros d&apos;avoir</source>
        <translation>credit note number format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statut de facturation</source>
        <translation>invoicing status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taux de TVA</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nature de l&apos;opération</source>
        <translation>nature of the transaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conditions de paiement</source>
        <translation>payment terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pénalités de retard</source>
        <translation>late payment penalties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mention de l&apos;indemnité de recouvrement</source>
        <translation>recovery fee statement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mention d&apos;exonération de TVA</source>
        <translation>VAT exemption statement</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Impossible d&apos;émettre la facture : l&apos;identité de la boutique est incomplète ({fields}). Un administrateur la complète dans « Paramètres de la boutique ».</source>
        <translation>The invoice cannot be issued: the shop&apos;s identity is incomplete ({fields}). An administrator completes it in “Shop settings”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Obligatoire sur une facture.</source>
        <translation>Required on an invoice.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paramètre inconnu.</source>
        <translation>Unknown setting.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choisissez un de ces statuts : {choices}.</source>
        <translation>Choose one of these statuses: {choices}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Un taux en pour cent, de 0 à 99,99.</source>
        <translation>A percentage rate, from 0 to 99.99.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Les paramètres de la boutique</source>
        <translation>The shop settings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les paramètres de la boutique ont été modifiés par quelqu&apos;un d&apos;autre depuis que vous les avez ouverts ({fields}). Choisissez de garder vos valeurs ou les valeurs actuelles.</source>
        <translation>The shop settings were changed by someone else since you opened them ({fields}). Choose to keep your values or the current ones.</translation>
    </message>
</context>
<context>
    <name>shop_time</name>
    <message>
        <location filename="../../backoffice/shop_time.py" line="+27"/>
        <source>Fuseau horaire inconnu : « {name} ». Indiquez un nom IANA, par exemple « Europe/Paris » ou « America/Martinique ».</source>
        <translation>Unknown time zone: “{name}”. Enter an IANA name, for example “Europe/Paris” or “America/Martinique”.</translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <location filename="../../backoffice/tls.py" line="+68"/>
        <source>Mode TLS inconnu : « {mode} ». Modes possibles : {modes}.</source>
        <translation>Unknown TLS mode: “{mode}”. Possible modes: {modes}.</translation>
    </message>
</context>
<context>
    <name>totp</name>
    <message>
        <location filename="../../backoffice/services/totp.py" line="+159"/>
        <source>Ce compte n&apos;existe pas (ou plus).</source>
        <translation>This account does not exist (or no longer exists).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>la double authentification se gère ici pour le personnel seulement</source>
        <translation>two-factor authentication is managed here for staff only</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>code incorrect : vérifiez l&apos;heure du téléphone et saisissez le code affiché</source>
        <translation>wrong code: check the phone&apos;s clock and enter the code shown</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../backoffice/views/quotes/conversation.py" line="+22"/>
        <source>Aucune conversation sur ce devis.</source>
        <translation>No conversation about this quote.</translation>
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
        <translation>Talk to the customer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Conversation ouverte avec le client.</source>
        <translation>Conversation with the customer opened.</translation>
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
        <translation>Send the quote to the customer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Devis envoyé au client dans sa conversation.</source>
        <translation>Quote sent to the customer in their conversation.</translation>
    </message>
</context>
</TS>
