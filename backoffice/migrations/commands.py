"""``backoffice db upgrade`` and ``db current``: what to do with the database found.

An empty base or one this application manages gets the migrations; a website-made schema
is adopted (``adopt``); a newer or a foreign one is refused with a French message. An
adopted base at head gets what an earlier adoption could not add (an index refused for
lack of privilege), nothing else.
"""

from __future__ import annotations

from sqlalchemy import Engine

from backoffice import migrations
from backoffice.migrations.adopt import (
    Output,
    SchemaRefused,
    adopt,
    execute_plan,
    plan_adoption,
    summary,
)
from backoffice.migrations.schema_state import DatabaseStatus, DbState, detect_state


def refusal_for(status: DatabaseStatus) -> str | None:
    """Why ``db upgrade`` must not touch this database, or None."""
    if status.state is DbState.NEWER:
        return (
            f"Cette base est plus récente que cette version du back-office (révision "
            f"{status.revision}, celle-ci connaît jusqu'à {status.head}). Installez la "
            "dernière version du back-office ; rien n'a été modifié."
        )
    if status.state is DbState.FOREIGN:
        missing = ", ".join(status.missing_seed_tables)
        return (
            "Cette base contient des tables mais pas le schéma de la boutique (tables "
            f"absentes : {missing}). Vérifiez la base indiquée (--database-url) ; rien n'a "
            "été modifié."
        )
    return None


def run_upgrade(engine: Engine, *, dry_run: bool = False, out: Output = print) -> DatabaseStatus:
    """``db upgrade``: migrations on an empty or managed base, adoption of a site's schema."""
    with engine.connect() as connection:
        status = detect_state(connection)
    refusal = refusal_for(status)
    if refusal:
        raise SchemaRefused(refusal)
    if status.state is DbState.WEBSITE:
        adopt(engine, dry_run=dry_run, out=out)
        return status
    pending = migrations.pending_revisions(status.revision)
    if not pending:
        if status.adopted:
            _complete_adoption(engine, status, dry_run=dry_run, out=out)
        else:
            out(f"Schéma à jour (révision {status.revision}) : rien à faire.")
        return status
    if dry_run:
        what = "Base vide : " if status.state is DbState.EMPTY else ""
        out(
            f"{what}migrations à appliquer : {', '.join(pending)}. Essai à blanc : rien "
            "n'a été modifié."
        )
        return status
    migrations.upgrade(engine.url.render_as_string(hide_password=False), engine=engine)
    out(f"Schéma à jour (révision {status.head}).")
    return status


def _complete_adoption(
    engine: Engine, status: DatabaseStatus, *, dry_run: bool, out: Output
) -> None:
    """An adopted base at head: add what an earlier adoption could not (an index refused
    to a user who did not own the site's tables, the extension), nothing else."""
    with engine.connect() as connection:
        plan = plan_adoption(connection, status)
    if not plan.additions:
        out(f"Base déjà adoptée, révision {status.revision} : schéma à jour, rien à faire.")
        return
    out(f"Base déjà adoptée, révision {status.revision} ; restent à ajouter :")
    out("\n".join(f"  + {a.description}" for a in plan.additions))
    if dry_run:
        out("SQL qui serait exécuté :")
        out("\n".join(plan.sql(engine.dialect)))
        out("Essai à blanc : rien n'a été modifié.")
        return
    result = execute_plan(engine, plan, out)
    for warning in result.warnings():
        out(f"Attention : {warning}")


def describe_current(engine: Engine) -> str:
    """``db current``: the database's state, in French."""
    with engine.connect() as connection:
        status = detect_state(connection)
        if status.state is DbState.WEBSITE:
            plan = plan_adoption(connection, status)
            return (
                "Schéma du site, pas encore adopté : " + summary(plan) + "\n"
                "« backoffice db upgrade --dry-run » montre le rapport complet."
            )
    if status.state is DbState.EMPTY:
        return "Base vide (aucune table) : « backoffice db upgrade » créera le schéma."
    if status.state is DbState.NEWER or status.state is DbState.FOREIGN:
        if status.state is DbState.NEWER:
            return f"Plus récente que cette version (révision {status.revision})."
        return refusal_for(status) or ""
    prefix = "Base adoptée, " if status.adopted else ""
    if status.up_to_date:
        return f"{prefix}à jour, révision {status.revision}."
    return (
        f"{prefix}en retard : révision {status.revision}, dernière {status.head} "
        "(lancez « backoffice db upgrade »)."
    )
