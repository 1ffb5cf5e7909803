"""What each staff group may do to each table, derived from the permission matrix.

``backoffice db secure`` gives every group role (admin, manager, employe, support) exactly
these privileges, table by table and column by column; nothing else. A table's rule says
which permissions of :mod:`backoffice.services.permissions` let a group read it, and which
let it write it (and with which privileges). A group holds a privilege when its back-office
role holds one of the listed permissions.

How a tab declares its grants: add one line to :data:`TABLE_RULES` for each table it
adds, e.g. ``"factures": TableRule(read=_INVOICES_VIEW, write={P.INVOICES_ISSUE},
privileges=("INSERT",))``, then re-run ``backoffice db secure`` after the upgrade. A table
without a line gets :data:`DEFAULT_RULE` (read by every group, written by admin and
manager), so a new table is never left open to all nor closed to all; ``tests/
test_db_security_policy.py`` lists the tables relying on the default.

:data:`VALUE_RULES` are the rights a table privilege cannot express (employe may advance
an order but not set it to « annulée »): a trigger refuses the value to a group without
the permission.

:data:`SYSTEM_TABLES` are written only by the owner-rights routines (sign-in, sessions,
two-factor, throttling, the database's own journal): no group may write them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from backoffice.models.enums import STAFF_ROLES, StatutCommande
from backoffice.services.permissions import Permission as P  # noqa: N817 - short rules
from backoffice.services.permissions import permissions_for

WRITE: tuple[str, ...] = ("INSERT", "UPDATE", "DELETE")
EVERY_STAFF: frozenset[P] = frozenset(P)  # any permission at all: every group


@dataclass(frozen=True)
class TableRule:
    """``read``: permissions giving SELECT; ``write``: permissions giving ``privileges``.
    ``hidden``: columns no login may read; ``update_columns``: UPDATE limited to these."""

    read: frozenset[P]
    write: frozenset[P] = frozenset()
    privileges: tuple[str, ...] = WRITE
    hidden: frozenset[str] = frozenset()
    update_columns: tuple[str, ...] | None = None


@dataclass(frozen=True)
class ValueRule:
    """Writing ``value`` into ``table.column`` needs ``permission``."""

    table: str
    column: str
    value: str
    permission: P


def _r(*permissions: P) -> frozenset[P]:
    return frozenset(permissions)


_ORDERS_READ = _r(P.ORDERS_VIEW, P.INVOICES_VIEW)
_ORDERS_WRITE = _r(P.ORDERS_ADVANCE, P.ORDERS_CANCEL)
_INVOICES = _r(P.INVOICES_VIEW)
_INVOICING = _r(P.INVOICES_ISSUE, P.ORDERS_ADVANCE)
_CREDITING = _r(P.INVOICES_ISSUE, P.ORDERS_CANCEL)
_CONVERSATIONS = _r(P.CONVERSATIONS_VIEW)
# Held by admin and manager only: the default writers of a table nobody declared.
MANAGERS = frozenset(permissions_for("manager")) - frozenset(
    permissions_for("employe") | permissions_for("support")
)

SECRET_COLUMNS = frozenset({"password", "two_factor_secret", "backup_code"})
# The customer's own fields, as the customer sheet edits them (services/customers).
CUSTOMER_COLUMNS = ("nom", "prenom", "email", "telephone", "adresse", "code_postal", "ville")

TABLE_RULES: dict[str, TableRule] = {
    # Catalogue.
    "categories": TableRule(_r(P.CATALOG_VIEW), _r(P.CATALOG_EDIT)),
    "produits": TableRule(_r(P.CATALOG_VIEW, P.ORDERS_VIEW), _r(P.CATALOG_EDIT)),
    "services": TableRule(_r(P.CATALOG_VIEW, P.QUOTES_VIEW), _r(P.CATALOG_EDIT)),
    "avis": TableRule(_r(P.REVIEWS_MODERATE, P.CATALOG_VIEW), _r(P.REVIEWS_MODERATE), ("UPDATE",)),
    # Orders: the website creates them; staff move them on (cancelling: VALUE_RULES).
    "commandes": TableRule(_ORDERS_READ | _r(P.CUSTOMERS_VIEW), _ORDERS_WRITE, ("UPDATE",)),
    "commande_produit": TableRule(_ORDERS_READ, _r(P.ORDERS_CANCEL)),
    "historique_commande": TableRule(
        _ORDERS_READ, _ORDERS_WRITE | _r(P.INVOICES_ISSUE), ("INSERT",)
    ),
    "paiements": TableRule(_ORDERS_READ, _r(P.ORDERS_CANCEL), ("INSERT", "UPDATE")),
    # Invoices: issued, never changed (credit notes instead). The order workflow issues them
    # too: reaching the shop's invoicing status issues the invoice in the same transaction
    # (orders.advance), cancelling an invoiced order its credit note (orders.cancel); the
    # order list and window show their numbers (orders.view).
    "factures": TableRule(_ORDERS_READ, _INVOICING, ("INSERT",)),
    "factures_instantanes": TableRule(_ORDERS_READ, _INVOICING, ("INSERT",)),
    "avoirs": TableRule(_ORDERS_READ, _CREDITING, ("INSERT",)),
    "avoirs_lignes": TableRule(_ORDERS_READ, _CREDITING, ("INSERT",)),
    "compteurs_documents": TableRule(_INVOICES, _INVOICING | _CREDITING, ("INSERT", "UPDATE")),
    "chaines_documents": TableRule(_INVOICES, _INVOICING | _CREDITING, ("INSERT", "UPDATE")),
    # Quotes.
    "devis": TableRule(_r(P.QUOTES_VIEW), _r(P.QUOTES_ANSWER), ("UPDATE",)),
    "devis_numeros": TableRule(_r(P.QUOTES_VIEW), _r(P.QUOTES_ANSWER), ("INSERT",)),
    # Conversations.
    "conversations": TableRule(_CONVERSATIONS, _r(P.CONVERSATIONS_REPLY), ("INSERT", "UPDATE")),
    "messages": TableRule(_CONVERSATIONS, _r(P.CONVERSATIONS_REPLY), ("INSERT", "UPDATE")),
    "pieces_jointes": TableRule(_CONVERSATIONS, _r(P.CONVERSATIONS_REPLY), ("INSERT",)),
    "conversations_assignations": TableRule(_CONVERSATIONS, _r(P.CONVERSATIONS_REPLY)),
    "conversations_notes": TableRule(_CONVERSATIONS, _r(P.CONVERSATIONS_REPLY)),
    "reponses_types": TableRule(_CONVERSATIONS, _r(P.CONVERSATIONS_REPLY)),
    # Customers: their own fields only, never a staff row (a trigger), never the secrets.
    "utilisateurs": TableRule(
        EVERY_STAFF,
        _r(P.CUSTOMERS_EDIT),
        ("UPDATE",),
        hidden=SECRET_COLUMNS,
        update_columns=CUSTOMER_COLUMNS,
    ),
    "adresses": TableRule(_r(P.CUSTOMERS_VIEW, P.ORDERS_VIEW), _r(P.CUSTOMERS_EDIT)),
    "listes_souhaits": TableRule(_r(P.CUSTOMERS_VIEW)),
    "listes_souhaits_produits": TableRule(_r(P.CUSTOMERS_VIEW)),
    "panier": TableRule(_r(P.CUSTOMERS_VIEW)),
    "panier_temp": TableRule(_r(P.CUSTOMERS_VIEW)),
    # Reference data.
    "roles": TableRule(EVERY_STAFF),
    "securite_base": TableRule(EVERY_STAFF),
    "alembic_version": TableRule(EVERY_STAFF),
    # The app's audit rows: written by everyone (member and date stamped by a trigger),
    # read by the security admin.
    "historique_actions": TableRule(_r(P.SECURITY_ADMIN), EVERY_STAFF, ("INSERT",)),
}

# Written by the routines only; the admin reads them in the Sécurité tab.
SYSTEM_TABLES: dict[str, TableRule] = {
    "sessions": TableRule(_r(P.SECURITY_ADMIN), hidden=frozenset({"session_token"})),
    "historique_connexions": TableRule(_r(P.SECURITY_ADMIN)),
    "connexions_motifs": TableRule(_r(P.SECURITY_ADMIN)),
    "journal_base": TableRule(_r(P.SECURITY_ADMIN)),
    "identites_base": TableRule(_r(P.SECURITY_ADMIN)),
    "sessions_base": TableRule(_r(P.SECURITY_ADMIN)),
    "totp_etapes": TableRule(frozenset()),
    "tentatives_inconnues": TableRule(frozenset()),
    "defis_connexion": TableRule(frozenset()),
}

DEFAULT_RULE = TableRule(EVERY_STAFF, MANAGERS)

VALUE_RULES: tuple[ValueRule, ...] = (
    ValueRule("commandes", "statut", str(StatutCommande.ANNULEE), P.ORDERS_CANCEL),
)

# Tables whose writes the database journals (journal_base): all but the routines' own
# bookkeeping and the website's carts.
UNJOURNALED = frozenset(SYSTEM_TABLES) | {"panier", "panier_temp", "alembic_version"}


def rule_for(table: str) -> TableRule:
    return SYSTEM_TABLES.get(table) or TABLE_RULES.get(table) or DEFAULT_RULE


@dataclass(frozen=True)
class GroupGrant:
    """One table's privileges for one group: ``select`` None means no SELECT, else the
    columns (empty tuple: the whole table); ``update_columns`` likewise for UPDATE."""

    table: str
    select: tuple[str, ...] | None
    privileges: tuple[str, ...] = ()  # INSERT, DELETE (and UPDATE when whole-table)
    update_columns: tuple[str, ...] = field(default=())


def group_grants(role: str, tables: dict[str, list[str]]) -> list[GroupGrant]:
    """What the group of ``role`` gets on ``tables`` (name → columns as the database
    spells them). Columns are matched case-insensitively (a website's ``idrole``)."""
    held = permissions_for(role)
    grants: list[GroupGrant] = []
    for table in sorted(tables):
        rule = rule_for(table)
        columns = tables[table]
        hidden = {name.lower() for name in rule.hidden}
        select: tuple[str, ...] | None = None
        if held & rule.read:
            select = tuple(c for c in columns if c.lower() not in hidden) if hidden else ()
        privileges: tuple[str, ...] = ()
        update_columns: tuple[str, ...] = ()
        if held & rule.write:
            privileges = tuple(p for p in rule.privileges if p != "UPDATE")
            if "UPDATE" in rule.privileges:
                if rule.update_columns is None:
                    privileges = (*privileges, "UPDATE")
                else:
                    wanted = {name.lower() for name in rule.update_columns}
                    update_columns = tuple(c for c in columns if c.lower() in wanted)
        if select is None and not privileges and not update_columns:
            continue
        if select is None and "INSERT" in privileges:
            # INSERT … RETURNING id (how the ORM learns a new row's key) needs SELECT on it.
            select = tuple(c for c in columns if c.lower() == "id")
            select = select or None
        grants.append(GroupGrant(table, select, privileges, update_columns))
    return grants


def value_rule_groups(rule: ValueRule) -> list[str]:
    """The staff roles allowed to write the rule's value."""
    return sorted(str(r) for r in STAFF_ROLES if rule.permission in permissions_for(r))
