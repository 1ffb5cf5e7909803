<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../backoffice/ui/app.py" line="110"/>
        <source>Création du schéma…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/app.py" line="114"/>
        <source>Ajout des produits, clients et commandes de démonstration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/app.py" line="140"/>
        <source>Cette base de données ne contient pas le schéma du back-office. Un administrateur doit d&apos;abord lancer « backoffice db upgrade » sur cette base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/app.py" line="147"/>
        <source>Le schéma de cette base (révision {0}) ne correspond pas à cette version du back-office (révision {1}). Un administrateur doit lancer « backoffice db upgrade », ou installez la version du back-office qui correspond à la base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/app.py" line="224"/>
        <location filename="../../backoffice/ui/app.py" line="300"/>
        <source>Base de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/app.py" line="278"/>
        <location filename="../../backoffice/ui/app.py" line="290"/>
        <source>Création de la base de démonstration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/app.py" line="280"/>
        <source>Back-office — démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/app.py" line="301"/>
        <source>La base de démonstration n&apos;a pas pu être créée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/app.py" line="327"/>
        <source>Base de démonstration : le mot de passe de {0} est {1} (les autres comptes sont dans le README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="46"/>
        <source>Désactivé (réseau local de confiance uniquement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="47"/>
        <source>Autorisé (si le serveur l&apos;exige)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="48"/>
        <source>Préféré (chiffré si possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="49"/>
        <source>Exigé (chiffré, certificat non vérifié)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="50"/>
        <source>Vérifier l&apos;autorité (CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="51"/>
        <source>Vérifier l&apos;autorité et le nom du serveur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="106"/>
        <source>Back-office — Connexion à la base de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="116"/>
        <source>Indiquez le serveur PostgreSQL de la boutique. Ces réglages sont enregistrés sur cet ordinateur ; le mot de passe ne l&apos;est que dans le trousseau sécurisé du système.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="125"/>
        <source>Nom de la connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="128"/>
        <source>Serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="129"/>
        <source>db.boutique.fr ou 192.168.1.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="132"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="138"/>
        <source>Base de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="141"/>
        <source>Utilisateur PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="144"/>
        <source>Mot de passe PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="154"/>
        <source>Chiffrement TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="161"/>
        <source>Fichier de l&apos;autorité de certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="162"/>
        <source>root.crt (pour les modes « Vérifier »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="163"/>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="171"/>
        <source>Enregistrer le mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="180"/>
        <source>Le mot de passe est gardé dans le trousseau sécurisé du système, jamais dans un fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="192"/>
        <source>&amp;Nom de la connexion :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="193"/>
        <source>&amp;Serveur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="194"/>
        <source>P&amp;ort :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="195"/>
        <source>&amp;Base de données :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="196"/>
        <source>&amp;Utilisateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="197"/>
        <source>&amp;Mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="200"/>
        <source>&amp;Chiffrement (TLS) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="201"/>
        <source>Certificat &amp;CA :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="211"/>
        <source>Tester la connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="216"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="264"/>
        <source>Obligatoire pour ce mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="264"/>
        <source>Facultatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="271"/>
        <source>Certificat de l&apos;autorité de certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="273"/>
        <source>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="308"/>
        <source>Connexion en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="322"/>
        <source>Connexion réussie (PostgreSQL {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/connection_dialog.py" line="335"/>
        <source>Impossible d&apos;enregistrer la connexion : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="315"/>
        <source>Saisissez votre mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="328"/>
        <source>Mot de passe incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="90"/>
        <source>Cet onglet n&apos;a pas pu s&apos;ouvrir : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="85"/>
        <source>Session verrouillée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="93"/>
        <source>Le back-office a été verrouillé après une période d&apos;inactivité. {0}, saisissez votre mot de passe pour reprendre là où vous en étiez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="101"/>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="105"/>
        <source>Code de vérification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="106"/>
        <source>123456 ou code de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="109"/>
        <source>Mot de &amp;passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="111"/>
        <source>&amp;Code :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="119"/>
        <location filename="../../backoffice/ui/lock.py" line="158"/>
        <source>Déverrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="122"/>
        <source>Se déconnecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/lock.py" line="158"/>
        <source>Vérification…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../backoffice/ui/login.py" line="63"/>
        <source>Back-office — Connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="66"/>
        <source>Connexion au back-office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="87"/>
        <source>Adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="88"/>
        <source>prenom.nom@boutique.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="92"/>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="97"/>
        <source>&amp;E-mail :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="98"/>
        <source>Mot de &amp;passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="103"/>
        <source>Code de vérification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="104"/>
        <source>123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="109"/>
        <source>Saisissez le code à 6 chiffres affiché par votre application d&apos;authentification, ou l&apos;un de vos codes de secours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="114"/>
        <source>← Changer de compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="122"/>
        <source>&amp;Code :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="132"/>
        <source>Message de connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="137"/>
        <location filename="../../backoffice/ui/login.py" line="139"/>
        <location filename="../../backoffice/ui/login.py" line="199"/>
        <source>Se connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="172"/>
        <source>Base : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="195"/>
        <source>Vérification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="199"/>
        <source>Valider le code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="216"/>
        <source>Double authentification : saisissez votre code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="227"/>
        <source>Saisissez le code de vérification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/login.py" line="236"/>
        <source>Saisissez votre e-mail et votre mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="120"/>
        <source>Back-office — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="129"/>
        <source>Vérifier la connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="149"/>
        <source>Votre rôle ne donne accès à aucun onglet. Contactez un administrateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="188"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="189"/>
        <source>&amp;Connexion à une base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="191"/>
        <source>&amp;Verrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="194"/>
        <source>Se &amp;déconnecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="196"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="207"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="208"/>
        <source>À &amp;propos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="220"/>
        <source>Base : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="230"/>
        <source>Opération en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="311"/>
        <source>● Connecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="312"/>
        <source>La base de données répond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="314"/>
        <source>● Connexion perdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="329"/>
        <source>Connexion à la base perdue. Vérifiez le réseau ; la prochaine action tentera de se reconnecter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="339"/>
        <source>Connexion à la base rétablie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="365"/>
        <source>À propos du back-office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="367"/>
        <source>&lt;b&gt;Back-office de la boutique&lt;/b&gt; — version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="370"/>
        <source>Application du personnel : catalogue, commandes, factures, devis, clients et messages.
Base : {0}
Connecté : {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
