"""``backoffice invoices export`` and ``backoffice invoices verify``: for the accountant
and for scripts (see README « Factures »).

The console has no signed-in member: it acts with the rights of the database account in
its URL (reading the documents; ``verify`` also chains the invoices it adopts), as the
``db`` commands do.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from backoffice.models.enums import RoleName
from backoffice.services.permissions import Staff

CONSOLE = Staff(id=0, email="backoffice-cli", role=RoleName.ADMIN)


def _date(text: str) -> date:
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"date invalide : « {text} » (AAAA-MM-JJ ou JJ/MM/AAAA)")


def add_parsers(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    with_url: Callable[[argparse.ArgumentParser], argparse.ArgumentParser],
) -> None:
    invoices = sub.add_parser("invoices", help="factures et avoirs : export, vérification")
    invoices_sub = invoices.add_subparsers(dest="invoices_command")
    export = with_url(
        invoices_sub.add_parser(
            "export",
            help="exporter les factures et avoirs d'une période (PDF et journal des ventes)",
        )
    )
    export.add_argument("--from", dest="start", type=_date, required=True, metavar="DATE")
    export.add_argument("--to", dest="end", type=_date, required=True, metavar="DATE")
    export.add_argument("--output", required=True, metavar="DOSSIER", help="dossier de sortie")
    export.add_argument(
        "--journal-only", action="store_true", help="seulement le journal des ventes (CSV)"
    )
    verify = with_url(
        invoices_sub.add_parser(
            "verify",
            help="vérifier les chaînes de factures et d'avoirs (altération, suppression, "
            "insertion) et adopter les factures pas encore chaînées",
        )
    )
    verify.add_argument(
        "--no-adopt", action="store_true", help="vérifier sans adopter (aucune écriture)"
    )
    verify.add_argument("--quiet", action="store_true", help="sans progression")


def run(args: argparse.Namespace) -> int:
    from backoffice.cli_common import _engine, _url_for_db_command
    from backoffice.cli_errors import db_error_message

    if args.invoices_command is None:
        print("Sous-commande attendue : export ou verify.", file=sys.stderr)
        return 2
    url = None
    try:
        url = _url_for_db_command(args)
        engine = _engine(url)
        if args.invoices_command == "verify":
            return _verify(engine, adopt=not args.no_adopt, quiet=args.quiet)
        return _export(engine, args.start, args.end, Path(args.output), args.journal_only)
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 130
    except Exception as exc:
        print(db_error_message(exc, url), file=sys.stderr)
        return 1


def _verify(engine: object, *, adopt: bool, quiet: bool) -> int:
    from sqlalchemy.orm import Session

    from backoffice.services.invoices.snapshot import DocumentKind
    from backoffice.services.invoices.verify import verify_documents

    started = time.perf_counter()
    words = {DocumentKind.FACTURE: "factures", DocumentKind.AVOIR: "avoirs"}
    if adopt:
        _install_triggers(engine)

    def progress(kind: DocumentKind, done: int, total: int) -> None:
        if not quiet:
            print(
                f"\r{words[kind].capitalize()} : {done:,} / {total:,}".replace(",", "\u202f"),
                end="",
                file=sys.stderr,
                flush=True,
            )
            if done >= total:
                print(file=sys.stderr)

    with Session(engine) as session:  # type: ignore[call-overload]
        report = verify_documents(session, adopt=adopt, progress=progress)
        session.commit()
    seconds = time.perf_counter() - started
    if report.adopted:
        print(
            f"{report.adopted} facture(s) émise(s) hors du back-office adoptée(s) : instantané "
            "reconstitué depuis la commande, ajoutées à la chaîne."
        )
    for kind, count in report.checked.items():
        rank, digest = report.heads.get(kind, (0, ""))
        print(f"{count} {words[kind]} vérifié(e)s ; dernière empreinte (rang {rank}) : {digest}")
    print(f"Vérification en {seconds:.1f} s.")
    if report.ok:
        print("Chaînes intactes : numérotation continue, aucun document altéré ni supprimé.")
        return 0
    first = report.problems[0]
    print(f"PREMIER PROBLÈME : {first.message}", file=sys.stderr)
    for problem in report.problems[1:20]:
        print(f"  puis : {problem.message}", file=sys.stderr)
    if len(report.problems) > 20:
        print(f"  … et {len(report.problems) - 20} autre(s).", file=sys.stderr)
    return 1


def _install_triggers(engine: object) -> None:
    """A base adopted from the website got our document tables without their triggers:
    the owner's first ``verify`` installs them (a desk's account cannot: it says so)."""
    from sqlalchemy.exc import DBAPIError

    from backoffice.migrations.immutable import install_missing
    from backoffice.models.invoicing import IMMUTABLE_TABLES

    try:
        with engine.begin() as connection:  # type: ignore[attr-defined]
            done = install_missing(connection, IMMUTABLE_TABLES)
    except DBAPIError:
        print(
            "Attention : déclencheurs d'immuabilité absents et impossibles à créer avec ce "
            "compte (lancez « invoices verify » avec le compte propriétaire de la base).",
            file=sys.stderr,
        )
        return
    if done:
        print(f"Déclencheurs d'immuabilité installés sur : {', '.join(done)}.")


def _export(engine: object, start: date, end: date, output: Path, journal_only: bool) -> int:
    from sqlalchemy.orm import Session

    from backoffice.services.invoices.documents import documents_in_period, get_stored_document
    from backoffice.services.invoices.journal import journal_rows, write_journal_csv

    if end < start:
        print("La date de fin précède la date de début.", file=sys.stderr)
        return 2
    output.mkdir(parents=True, exist_ok=True)
    render = None if journal_only else _renderer()
    started = time.perf_counter()
    with Session(engine) as session:  # type: ignore[call-overload]
        documents = documents_in_period(session, CONSOLE, start, end)
        written = 0
        if render is not None:
            from backoffice.documents.filenames import safe_filename

            for kind, document_id, numero in documents:
                snapshot = get_stored_document(session, CONSOLE, kind, document_id).snapshot
                (output / safe_filename(numero)).write_bytes(render([snapshot]))
                written += 1
                if written % 100 == 0:
                    print(f"\r{written} / {len(documents)} PDF", end="", file=sys.stderr)
            if documents:
                print(f"\r{written} / {len(documents)} PDF", file=sys.stderr)
        journal = output / f"journal-des-ventes_{start:%Y-%m-%d}_{end:%Y-%m-%d}.csv"
        with journal.open("w", encoding="utf-8", newline="") as stream:
            write_journal_csv(journal_rows(session, CONSOLE, start, end), stream)
    seconds = time.perf_counter() - started
    print(
        f"{len(documents)} document(s) du {start:%d/%m/%Y} au {end:%d/%m/%Y} : {written} PDF et "
        f"le journal des ventes ({journal.name}) dans {output} en {seconds:.1f} s."
    )
    if render is None and not journal_only:
        print("Les PDF ne sont pas disponibles dans cette version : journal seul.", file=sys.stderr)
    return 0


def _renderer() -> Callable[..., bytes] | None:
    try:
        from backoffice.documents.invoice import render
    except ImportError:
        return None
    return render
