"""The generic form with fake services: editors, checks, errors, dirty flag, conflicts."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableWidget

from backoffice.services.concurrency import conflict
from backoffice.services.errors import ValidationError
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.forms import (
    ConflictDialog,
    FieldSpec,
    FormDialog,
    FormScreen,
    FormSpec,
    money_text,
    parse_money_text,
)
from backoffice.ui.tasks import DbRunner
from tests import ui_helpers
from tests.ui_helpers import wait_for

qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context

ACTOR = Staff(id=1, email="admin@boutique.test", role="admin")


class FakeSession:
    """What DbRunner needs of a Session; the fake services ignore it."""

    def commit(self) -> None: ...
    def rollback(self) -> None: ...
    def close(self) -> None: ...


class Store:
    """A record "in the database", a version counter and what save received."""

    def __init__(self) -> None:
        self.record: dict[str, Any] = {
            "nom": "Tasse",
            "prix": Decimal("12.50"),
            "stock": 4,
            "actif": True,
            "couleur": "bleu",
            "images": ["a.jpg", "b.jpg"],
            "details": {"Matière": "Grès"},
            "categorie_id": 7,
            "categorie": "Cuisine",
            "version": 1,
        }
        self.saves: list[dict[str, Any]] = []
        self.fail_with: BaseException | None = None

    def load(self, session: Any, actor: Staff, record_id: int) -> dict[str, Any]:
        return dict(self.record)

    def save(
        self, session: Any, actor: Staff, record_id: int, values: dict[str, Any], loaded: Any
    ) -> dict[str, Any]:
        if self.fail_with is not None:
            raise self.fail_with
        if loaded["version"] != self.record["version"]:
            fields = [k for k in values if k != "version"]
            raise conflict("L'article", dict(self.record), values, fields)
        self.saves.append(values)
        self.record = {**self.record, **values, "version": self.record["version"] + 1}
        return dict(self.record)


def search(session: Any, actor: Staff, text: str) -> list[tuple[int, str]]:
    rows = [(7, "Maison › Cuisine"), (8, "Maison › Salon"), (9, "Jardin")]
    return [(v, label) for v, label in rows if text.lower() in label.lower()]


def spec_for(store: Store) -> FormSpec:
    return FormSpec(
        title="Article",
        fields=(
            FieldSpec("nom", "Nom", required=True, max_length=20),
            FieldSpec("prix", "Prix", "money", required=True),
            FieldSpec("stock", "Stock", "int", minimum=0),
            FieldSpec("actif", "Actif", "bool"),
            FieldSpec("couleur", "Couleur", "choice", choices=(("bleu", "Bleu"), ("vert", "Vert"))),
            FieldSpec("images", "Images", "string_list"),
            FieldSpec("details", "Détails", "key_value"),
            FieldSpec(
                "categorie_id", "Catégorie", "picker", search=search, display_key="categorie"
            ),
            FieldSpec("notes", "Notes", "multiline"),
        ),
        load=store.load,
        save=store.save,
    )


@pytest.fixture
def store() -> Store:
    return Store()


@pytest.fixture
def context(
    make_runner: Callable[..., DbRunner], app_context: Callable[[DbRunner, Staff], AppContext]
) -> AppContext:
    return app_context(make_runner(FakeSession), ACTOR)


@pytest.fixture
def form(qtbot: Any, context: AppContext, store: Store) -> Iterator[FormScreen]:
    widget = FormScreen(context, spec_for(store), record_id=1)
    qtbot.addWidget(widget)
    widget.show()
    wait_for(qtbot, widget.load())
    yield widget


def test_money_text_round_trip() -> None:
    assert parse_money_text("1 234,50 €") == Decimal("1234.50")
    assert parse_money_text("\u202f19.9") == Decimal("19.9")
    assert parse_money_text("  ") is None
    with pytest.raises(ValueError):
        parse_money_text("douze")
    assert money_text(Decimal("1234.5")) == "1234,50"


def test_editors_show_loaded_values_with_object_names(form: FormScreen) -> None:
    for key in ("nom", "prix", "stock", "actif", "couleur", "images", "details", "categorie_id"):
        assert form.findChild(object, f"field_{key}") is form.editor(key)
    assert form.findChild(QPushButton, "formSave") is form.save_button
    assert form.findChild(QPushButton, "formCancel") is form.cancel_button
    assert form.editor("prix").text() == "12,50"
    assert form.editor("images").values() == ["a.jpg", "b.jpg"]
    assert form.editor("details").values() == {"Matière": "Grès"}
    assert form.editor("categorie_id").edit.text() == "Cuisine"
    values, errors = form.collect()
    assert errors == {}
    assert values["prix"] == Decimal("12.50") and values["categorie_id"] == 7
    assert values["notes"] == "" and not form.dirty


def test_dirty_flag_follows_edits(form: FormScreen) -> None:
    form.editor("nom").setText("Tasse XL")
    assert form.dirty
    form.editor("nom").setText("Tasse")
    assert not form.dirty
    form.editor("images").set_values(["a.jpg"])
    assert form.dirty


def test_local_errors_next_to_fields_and_nothing_saved(
    qtbot: Any, form: FormScreen, store: Store
) -> None:
    form.editor("nom").setText("")
    form.editor("prix").setText("douze")
    form.editor("stock").setText("-1")
    details = form.editor("details")
    details.set_values({"Matière": "Grès"})
    details._append("Matière", "Porcelaine")  # the same key twice
    assert wait_for(qtbot, form.submit()) is False
    assert store.saves == []
    assert form.errors["nom"] == "Ce champ est obligatoire."
    assert "montant" in form.errors["prix"]
    assert "au moins 0" in form.errors["stock"]
    assert "Matière" in form.errors["details"]
    assert form.findChild(QLabel, "error_prix").isVisible()
    assert form.editor("prix").text() == "douze"  # the typed text stays
    assert form.general_error == "4 valeurs sont à corriger."


def test_service_validation_error_keeps_input(qtbot: Any, form: FormScreen, store: Store) -> None:
    store.fail_with = ValidationError(
        {"prix": "Le prix ne peut pas être négatif.", "autre": "Refusé par la base."}
    )
    form.editor("nom").setText("Tasse XL")
    form.editor("images").set_values(["c.jpg"])
    assert wait_for(qtbot, form.submit()) is False
    assert form.findChild(QLabel, "error_prix").text() == "Le prix ne peut pas être négatif."
    assert form.general_error == "Refusé par la base."
    assert form.editor("nom").text() == "Tasse XL"
    assert form.editor("images").values() == ["c.jpg"]
    assert form.dirty
    # Fixed: the next save goes through with the same input.
    store.fail_with = None
    assert wait_for(qtbot, form.submit()) is True
    assert store.saves[-1]["nom"] == "Tasse XL" and not form.dirty
    assert not form.findChild(QLabel, "error_prix").isVisible()


def test_unexpected_failure_keeps_input(qtbot: Any, form: FormScreen, store: Store) -> None:
    store.fail_with = RuntimeError("boom")
    form.editor("nom").setText("Tasse rouge")
    assert wait_for(qtbot, form.submit()) is False
    assert "inattendue" in form.general_error
    assert form.editor("nom").text() == "Tasse rouge" and form.dirty


@pytest.mark.parametrize(
    "message",
    [
        "Ce slug est déjà utilisé. Slug libre proposé : « tasse-2 ».",
        # Any wording: the suggestion is data, never read from the prose.
        "Already taken, try another one.",
        "Slug libre proposé : « ne-pas-prendre »",
    ],
)
def test_suggestion_link_comes_from_the_error_data(
    qtbot: Any, form: FormScreen, store: Store, message: str
) -> None:
    store.fail_with = ValidationError({"nom": message}, suggestions={"nom": "tasse-2"})
    assert wait_for(qtbot, form.submit()) is False
    label = form.findChild(QLabel, "error_nom")
    assert "Utiliser « tasse-2 »" in label.text()
    assert "Utiliser « ne-pas-prendre »" not in label.text()
    label.linkActivated.emit(label.text().split('href="')[1].split('"')[0])
    assert form.editor("nom").text() == "tasse-2"
    assert "nom" not in form.errors and not label.isVisible()


def test_no_suggestion_no_link(qtbot: Any, form: FormScreen, store: Store) -> None:
    store.fail_with = ValidationError({"nom": "Slug libre proposé : « tasse-2 »."})
    assert wait_for(qtbot, form.submit()) is False
    assert "href" not in form.findChild(QLabel, "error_nom").text()


def test_picker_searches_and_picks(qtbot: Any, form: FormScreen) -> None:
    picker = form.editor("categorie_id")
    assert wait_for(qtbot, picker.search_now("maison")) == ["Maison › Cuisine", "Maison › Salon"]
    assert picker.value() is None and picker.pending()
    values, errors = form.collect()
    assert "categorie_id" in errors  # typed text without a pick names nothing
    picker.pick("Maison › Salon")
    assert picker.value() == 8 and form.dirty
    picker.edit.clear()
    assert picker.value() is None
    values, errors = form.collect()
    assert values["categorie_id"] is None and "categorie_id" not in errors


def test_conflict_keep_mine_merges_untouched_fields(
    qtbot: Any, form: FormScreen, store: Store
) -> None:
    # Someone else changes the stock meanwhile; the member changes the name.
    store.record = {**store.record, "stock": 1, "version": 2}
    form.editor("nom").setText("Tasse XL")
    task = asyncio.ensure_future(form.submit())
    qtbot.waitUntil(lambda: form.findChild(ConflictDialog) is not None, timeout=5000)
    dialog = form.findChild(ConflictDialog)
    table = dialog.findChild(QTableWidget, "conflictTable")
    rows = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    assert rows == {"Nom": ("Tasse XL", "Tasse"), "Stock": ("4 (non modifié)", "1")}
    dialog.findChild(QPushButton, "keepMine").click()
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() is True
    assert store.record["nom"] == "Tasse XL"
    assert store.record["stock"] == 1  # their change kept: the member never touched it
    assert store.record["version"] == 3


def test_conflict_cancel_keeps_input_unsaved(qtbot: Any, form: FormScreen, store: Store) -> None:
    store.record = {**store.record, "version": 2}
    form.editor("nom").setText("Tasse XL")
    task = asyncio.ensure_future(form.submit())
    qtbot.waitUntil(lambda: form.findChild(ConflictDialog) is not None, timeout=5000)
    form.findChild(ConflictDialog).findChild(QPushButton, "conflictCancel").click()
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() is False and store.saves == []
    assert form.editor("nom").text() == "Tasse XL" and form.dirty


def test_dialog_closes_on_save_and_asks_before_discarding(
    qtbot: Any, context: AppContext, store: Store
) -> None:
    dialog = FormDialog(FormScreen(context, spec_for(store), 1))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for(qtbot, dialog.form.load())
    dialog.form.editor("nom").setText("Tasse XL")
    assert dialog.windowTitle() == "Article *"
    dialog.form.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "discardBox") is not None, timeout=2000)
    box = dialog.findChild(QMessageBox, "discardBox")
    box.findChild(QPushButton, "askNo").click()  # "Continuer la saisie"
    qtbot.wait(50)
    assert dialog.isVisible() and dialog.form.editor("nom").text() == "Tasse XL"
    dialog.form.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert store.record["nom"] == "Tasse XL"


def test_picker_keyboard_flow(qtbot: Any, form: FormScreen) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    picker = form.editor("categorie_id")
    form.activateWindow()
    picker.edit.setFocus()
    picker.edit.clear()
    QTest.keyClicks(picker.edit, "mais")  # debounced search through the runner
    qtbot.waitUntil(lambda: len(picker.results()) == 2, timeout=3000)
    popup = picker.completer.popup()
    popup.setCurrentIndex(picker.completer.completionModel().index(1, 0))
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.value() == 8, timeout=2000)
    assert picker.edit.text() == "Maison › Salon"
