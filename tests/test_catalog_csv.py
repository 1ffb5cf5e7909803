"""CSV export/import of products: format, round trip, formula injection, all-or-nothing."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backoffice.models import HistoriqueAction, Produit, RoleName
from backoffice.services.catalog import get_product, list_products
from backoffice.services.catalog.csv_export import export_products_csv
from backoffice.services.catalog.csv_format import COLUMNS, neutralize, unneutralize
from backoffice.services.catalog.csv_import import apply_import, preview_import
from backoffice.services.errors import ConflictError, PermissionDenied, ValidationError
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Staff
from tests.factories import make_category, make_product, make_staff

HEADER = ";".join(COLUMNS)
DANGEROUS = ["=1+1", "+33 6 12 34 56 78", "-2", "@SUM(A1:A2)", "\tx", "\rx"]


@pytest.fixture
def admin(db_session: Session) -> Staff:
    return make_staff(db_session, RoleName.ADMIN)


def export(session: Session, actor: Staff, query: ListQuery | None = None) -> bytes:
    out = io.BytesIO()
    export_products_csv(session, actor, query or ListQuery(), out)
    return out.getvalue()


def rows_of(raw: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def csv_bytes(*lines: str) -> io.BytesIO:
    return io.BytesIO(("\ufeff" + "\r\n".join((HEADER, *lines)) + "\r\n").encode("utf-8"))


def audit_count(session: Session, type_action: str | None = None) -> int:
    session.flush()
    stmt = select(func.count()).select_from(HistoriqueAction)
    if type_action:
        stmt = stmt.where(HistoriqueAction.type_action == type_action)
    return int(session.scalar(stmt) or 0)


@pytest.mark.parametrize("cell", DANGEROUS)
def test_neutralize_round_trip(cell: str) -> None:
    assert neutralize(cell) == "'" + cell
    assert unneutralize(neutralize(cell)) == cell


@pytest.mark.parametrize("cell", ["'=x", "''-x", "'texte", "a=b", "", "'", "don't"])
def test_neutralize_is_exactly_invertible(cell: str) -> None:
    assert unneutralize(neutralize(cell)) == cell
    assert not neutralize(cell).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_export_format(db_session: Session, admin: Staff) -> None:
    category = make_category(db_session, "Cuisine")
    make_product(
        db_session,
        "Poêle; «24 cm»",
        slug="poele-24",
        categorie=category,
        prix=Decimal("1234.50"),
        prix_promo=Decimal("999.99"),
        stock=3,
        est_featured=True,
        description_courte='Ligne 1\nLigne "2"',
    )
    make_product(db_session, "Autre", slug="autre", est_actif=False)
    raw = export(db_session, admin, ListQuery(filters={"categorie": category.id}))
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = rows_of(raw)
    assert rows[0] == list(COLUMNS)
    assert rows[1:] == [
        [
            "poele-24", "Poêle; «24 cm»", category.slug, "1234,50", "999,99", "3", "oui",
            "oui", 'Ligne 1\nLigne "2"', "",
        ]
    ]  # fmt: skip
    assert b"\r\n" in raw
    everything = rows_of(export(db_session, admin, ListQuery(sort="nom")))
    assert [r[0] for r in everything[1:]] == ["autre", "poele-24"]
    assert everything[1][3:8] == ["10,00", "", "10", "non", "non"]


def test_round_trip_is_unchanged(db_session: Session, admin: Staff) -> None:
    category = make_category(db_session, "Déco")
    for n, dangerous in enumerate(DANGEROUS):
        make_product(
            db_session,
            f"{dangerous} nom",
            slug=f"danger-{n}",
            description_courte=dangerous,
            image_url=dangerous,
            categorie=category if n % 2 else None,
            prix=Decimal("19.99"),
            prix_promo=Decimal("0.05") if n % 3 else None,
        )
    raw = export(db_session, admin)
    for row in rows_of(raw)[1:]:
        # Every dangerous cell is neutralised: nothing starts with a formula character.
        assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in row)
        assert row[1].startswith("'") and row[8].startswith("'") and row[9].startswith("'")
    preview = preview_import(db_session, admin, io.BytesIO(raw))
    assert preview.ok, preview.error_summary()
    assert [line.action for line in preview.lines] == ["unchanged"] * len(DANGEROUS)
    before = audit_count(db_session)
    result = apply_import(db_session, admin, preview)
    assert (result.created, result.updated, result.unchanged) == (0, 0, len(DANGEROUS))
    assert audit_count(db_session) == before


def test_import_stores_formulas_as_text(db_session: Session, admin: Staff) -> None:
    rows = [
        [f"import-{n}", f"'{cell} nom", "", "12,5", "", "1", "oui", "non", f"'{cell}", ""]
        for n, cell in enumerate(DANGEROUS)
    ]
    # A cell not neutralised by us (typed in a spreadsheet) is stored as typed, too.
    rows.append(["import-brut", '=HYPERLINK("x")', "", "1", "", "0", "oui", "non", "@brut", ""])
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    preview = preview_import(db_session, admin, io.BytesIO(buffer.getvalue().encode()))
    assert preview.ok, preview.error_summary()
    assert [line.action for line in preview.lines] == ["create"] * (len(DANGEROUS) + 1)
    progress: list[tuple[int, int]] = []
    result = apply_import(db_session, admin, preview, lambda d, t: progress.append((d, t)))
    assert result.created == len(DANGEROUS) + 1
    assert progress[-1] == (len(DANGEROUS) + 1, len(DANGEROUS) + 1)
    stored = dict(
        db_session.execute(
            select(Produit.slug, Produit.description_courte).where(Produit.slug.like("import-%"))
        ).all()
    )
    for n, cell in enumerate(DANGEROUS):
        # Stored as text; surrounding whitespace (tab, CR) is trimmed, as the form does.
        assert stored[f"import-{n}"] == cell.strip()
    assert stored["import-brut"] == "@brut"
    product_id = db_session.scalar(select(Produit.id).where(Produit.slug == "import-0"))
    assert product_id is not None
    data = get_product(db_session, admin, product_id)
    assert (data.nom, data.prix, data.stock) == ("=1+1 nom", Decimal("12.50"), 1)
    assert audit_count(db_session, "produit.creation") == len(DANGEROUS) + 1
    details = json.loads(
        db_session.scalars(
            select(HistoriqueAction.details).where(
                HistoriqueAction.type_action == "produit.creation"
            )
        ).first()
        or "{}"
    )
    assert details["source"] == "import_csv" and details["ligne"] == 2


def test_import_updates_and_creates(db_session: Session, admin: Staff) -> None:
    category = make_category(db_session, "Jardin")
    existing = make_product(db_session, "Tondeuse", slug="tondeuse", prix=Decimal("199.00"))
    preview = preview_import(
        db_session,
        admin,
        csv_bytes(
            f"tondeuse;Tondeuse;{category.slug};189,00;;10;oui;oui;Électrique;",
            "nouveau;Nouveau;;5.5;4,99;;non;non;;",
        ),
    )
    assert preview.ok, preview.error_summary()
    update_line, create_line = preview.lines
    assert update_line.action == "update"
    assert update_line.changes == {
        "id_categorie": (None, category.id),
        "prix": (Decimal("199.00"), Decimal("189.00")),
        "est_featured": (False, True),
        "description_courte": (None, "Électrique"),
    }
    assert create_line.action == "create"
    result = apply_import(db_session, admin, preview)
    assert (result.created, result.updated) == (1, 1)
    data = get_product(db_session, admin, existing.id)
    assert (data.prix, data.categorie, data.est_featured) == (Decimal("189.00"), "Jardin", True)
    (modified,) = [
        json.loads(d or "{}")
        for d in db_session.scalars(
            select(HistoriqueAction.details).where(
                HistoriqueAction.type_action == "produit.modification"
            )
        )
    ]
    assert modified["avant"]["prix"] == "199.00" and modified["apres"]["prix"] == "189.00"


def test_partial_columns_and_windows_1252(db_session: Session, admin: Staff) -> None:
    make_product(db_session, "Théière", slug="theiere", prix=Decimal("30.00"), stock=8)
    raw = "slug;prix;nom\r\ntheiere;25,00;Théière en fonte\r\n".encode("cp1252")
    preview = preview_import(db_session, admin, io.BytesIO(raw))
    assert preview.ok, preview.error_summary()
    (line,) = preview.lines
    assert line.changes == {
        "nom": ("Théière", "Théière en fonte"),
        "prix": (Decimal("30.00"), Decimal("25.00")),
    }


def test_one_bad_line_changes_nothing(db_session: Session, admin: Staff) -> None:
    make_product(db_session, "Existant", slug="existant", prix=Decimal("10.00"))
    preview = preview_import(
        db_session,
        admin,
        csv_bytes(
            "bon;Bon;;3,00;;1;oui;non;;",
            "existant;Existant;;11,00;;1;oui;non;;",
            "mauvais;Mauvais;;-4;;1;oui;non;;",
            "Slug Faux;X;inconnue;abc;;deux;peut-être;non;;",
            "bon;Doublon;;3,00;;1;oui;non;;",
            "court;;",
        ),
    )
    assert not preview.ok
    assert [line.action for line in preview.lines] == [
        "create", "update", "error", "error", "error", "error",
    ]  # fmt: skip
    assert preview.lines[2].errors == {"prix": "Le prix ne peut pas être négatif."}
    assert set(preview.lines[3].errors) == {"id_categorie", "prix", "stock", "est_actif"}
    assert preview.lines[4].errors == {"slug": "Ce slug figure déjà ligne 2."}
    assert "colonnes au lieu de 10" in preview.lines[5].errors["ligne"]
    before = audit_count(db_session)
    with pytest.raises(ValidationError) as caught:
        apply_import(db_session, admin, preview)
    assert set(caught.value.errors) == {"ligne 4", "ligne 5", "ligne 6", "ligne 7"}
    assert "Lignes en erreur : 4, 5, 6, 7" in caught.value.message
    assert db_session.scalar(select(func.count()).where(Produit.slug == "bon")) == 0
    assert db_session.scalar(select(Produit.prix).where(Produit.slug == "existant")) == Decimal(
        "10.00"
    )
    assert audit_count(db_session) == before


def test_change_after_preview_is_a_conflict(db_session: Session, admin: Staff) -> None:
    existing = make_product(db_session, "Existant", slug="existant", stock=5)
    preview = preview_import(
        db_session, admin, csv_bytes("existant;Existant;;10,00;;7;oui;non;;", "neuf;Neuf;;1;;1;oui;non;;")
    )  # fmt: skip
    assert preview.ok
    # The website sells one in between (stock changes, updated_at does not).
    db_session.execute(Produit.__table__.update().where(Produit.id == existing.id).values(stock=4))
    with pytest.raises(ConflictError) as caught:
        apply_import(db_session, admin, preview)
    assert "modifié depuis l'aperçu" in caught.value.message
    # The same data as any compare-and-set conflict.
    assert caught.value.current["stock"] == 4
    assert caught.value.differences == ["stock"]
    # The creation of the other line was rolled back with it.
    assert db_session.scalar(select(func.count()).where(Produit.slug == "neuf")) == 0


def test_file_errors(db_session: Session, admin: Staff) -> None:
    preview = preview_import(db_session, admin, io.BytesIO(b"nom;prixx\r\nA;1\r\n"))
    assert not preview.ok
    assert any("Colonnes inconnues : prixx" in e for e in preview.file_errors)
    assert any("slug" in e for e in preview.file_errors)
    assert not preview_import(db_session, admin, io.BytesIO(b"")).ok


def test_export_then_list_use_same_filters(db_session: Session, admin: Staff) -> None:
    for n in range(25):
        make_product(db_session, f"Série {n:02d}", slug=f"serie-{n:02d}", stock=n)
    query = ListQuery(search="série", filters={"stock": "faible"}, sort="stock", limit=3)
    listed = [r["slug"] for r in list_products(db_session, admin, query).rows]
    exported = [r[0] for r in rows_of(export(db_session, admin, query))[1:]]
    assert listed == ["serie-01", "serie-02", "serie-03"]
    # The export ignores paging: all 5 "faible" products, same order.
    assert exported == ["serie-01", "serie-02", "serie-03", "serie-04", "serie-05"]


def test_support_can_export_but_not_import(db_session: Session) -> None:
    support = make_staff(db_session, RoleName.SUPPORT)
    make_product(db_session, "Visible", slug="visible")
    assert len(rows_of(export(db_session, support))) == 2
    with pytest.raises(PermissionDenied):
        preview_import(db_session, support, csv_bytes("visible;Changé;;1;;1;oui;non;;"))
    admin = make_staff(db_session, RoleName.ADMIN)
    preview = preview_import(db_session, admin, csv_bytes("visible;Changé;;1;;1;oui;non;;"))
    with pytest.raises(PermissionDenied):
        apply_import(db_session, support, preview)
    assert db_session.scalar(select(Produit.nom).where(Produit.slug == "visible")) == "Visible"


def test_preview_carries_current_and_new_values(db_session: Session, admin: Staff) -> None:
    """An old export re-imported would lower today's stock: the preview says 10 → 0."""
    cuisine = make_category(db_session, "Cuisine")
    jardin = make_category(db_session, "Jardin")
    make_product(
        db_session, "Bol en grès", slug="bol", prix=Decimal("12.00"), stock=10, categorie=cuisine
    )
    preview = preview_import(
        db_session, admin, csv_bytes(f"bol;Bol en grès;{jardin.slug};12,50;;0;oui;non;;")
    )
    assert preview.ok, preview.error_summary()
    (line,) = preview.lines
    assert line.action == "update"
    assert line.changes["stock"] == (10, 0)
    assert line.changes["prix"] == (Decimal("12.00"), Decimal("12.50"))
    assert line.changes["id_categorie"] == (cuisine.id, jardin.id)
    # The categories' slugs travel with the preview, so it can name them.
    assert preview.category_slugs[cuisine.id] == cuisine.slug
    assert preview.category_slugs[jardin.id] == jardin.slug
