"""The group privileges derived from the permission matrix (no server needed): secrets are
never readable, the routines' tables never writable, every group gets exactly what its
role's permissions allow, and a table nobody declared falls back to a safe default."""

from __future__ import annotations

import pytest

from backoffice.models import Base
from backoffice.services.db_role.matrix import (
    DEFAULT_RULE,
    SECRET_COLUMNS,
    SYSTEM_TABLES,
    TABLE_RULES,
    VALUE_RULES,
    group_grants,
    rule_for,
    value_rule_groups,
)
from backoffice.services.db_security.policy import GROUP_ROLES, SessionPolicy, check_prefix
from backoffice.services.errors import ServiceError
from backoffice.services.permissions import Permission, permissions_for

TABLES = {t.name: [c.name for c in t.columns] for t in Base.metadata.sorted_tables}


@pytest.mark.parametrize("role", GROUP_ROLES)
def test_no_group_reads_a_secret_or_writes_the_routines_tables(role: str) -> None:
    for grant in group_grants(role, TABLES):
        if grant.table == "utilisateurs":
            assert grant.select and not SECRET_COLUMNS & set(grant.select)
            assert not grant.privileges  # no INSERT/DELETE/whole-table UPDATE
            assert not {"idRole", "email"} - set(TABLES["utilisateurs"])
            assert "idRole" not in grant.update_columns
            assert not {"two_factor_enabled", "password"} & set(grant.update_columns)
        if grant.table in SYSTEM_TABLES:
            assert not grant.privileges and not grant.update_columns, grant
        if grant.table == "sessions":
            assert "session_token" not in (grant.select or ())


def test_each_group_gets_what_its_permissions_allow() -> None:
    def writes(role: str, table: str) -> bool:
        return any(
            g.table == table and (g.privileges or g.update_columns)
            for g in group_grants(role, TABLES)
        )

    assert not writes("support", "produits") and writes("employe", "produits")
    # Advancing an order to the invoicing status issues its invoice (never a credit note).
    assert writes("employe", "factures") and not writes("employe", "avoirs")
    assert not writes("support", "factures") and writes("manager", "avoirs")
    assert writes("employe", "commandes")  # advancing; cancelling is a value rule
    assert not writes("employe", "utilisateurs") and writes("manager", "utilisateurs")
    assert not any(writes(role, "roles") for role in GROUP_ROLES)
    [cancel] = [r for r in VALUE_RULES if r.table == "commandes"]
    assert value_rule_groups(cancel) == ["admin", "manager"]


def test_a_table_nobody_declared_gets_the_default() -> None:
    assert rule_for("une_table_future") is DEFAULT_RULE
    held = {role: permissions_for(role) for role in GROUP_ROLES}
    writers = [role for role in GROUP_ROLES if held[role] & DEFAULT_RULE.write]
    assert writers == ["admin", "manager"]
    readers = [role for role in GROUP_ROLES if held[role] & DEFAULT_RULE.read]
    assert readers == list(GROUP_ROLES)
    on_default = sorted(set(TABLES) - set(TABLE_RULES) - set(SYSTEM_TABLES))
    print("tables on the default rule:", on_default)  # declare yours in db_role/matrix.py


def test_the_security_admin_reads_the_security_tables() -> None:
    for table in ("sessions", "historique_connexions", "journal_base", "identites_base"):
        assert Permission.SECURITY_ADMIN in SYSTEM_TABLES[table].read


def test_prefix_and_policy_are_checked() -> None:
    assert check_prefix("bo").session(12) == "bo_s_12"
    for bad in ("", "1bo", "Bo", "bo-x", "a" * 13, 'x"; drop'):
        with pytest.raises(ServiceError):
            check_prefix(bad)
    SessionPolicy().check()
    with pytest.raises(ServiceError):
        SessionPolicy(lock_minutes=45).check()  # above the 30-minute maximum
    with pytest.raises(ServiceError):
        SessionPolicy(idle_minutes=600, lifetime_minutes=60).check()
