"""Every registered field kind, through the same protocol the form screen uses: a new kind
is tested here without writing a test (it only declares ``example`` and ``bad_input``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.forms import EditorHost, FieldKind, FieldSpec, all_kinds, kind_of
from backoffice.ui.tasks import DbRunner
from tests import ui_helpers

qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context

ACTOR = Staff(id=1, email="admin@boutique.test", role="admin")
KINDS = sorted(all_kinds())


class FakeSession:
    def commit(self) -> None: ...
    def rollback(self) -> None: ...
    def close(self) -> None: ...


def test_the_built_in_kinds_are_registered() -> None:
    assert set(KINDS) >= {
        "text",
        "multiline",
        "money",
        "int",
        "bool",
        "choice",
        "picker",
        "image_url",
        "string_list",
        "key_value",
    }


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown field kind 'colour'"):
        kind_of(FieldSpec("teinte", "Teinte", "colour"))


@pytest.fixture
def host(
    qtbot: Any,
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> tuple[EditorHost, list[int], QWidget]:
    changes: list[int] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    context = app_context(make_runner(FakeSession), ACTOR)
    return EditorHost(context, None, lambda: changes.append(1)), changes, parent


def _spec(kind: FieldKind) -> FieldSpec:
    return FieldSpec("champ", "Le champ", kind.name, **dict(kind.example_spec))


@pytest.mark.parametrize("name", KINDS)
def test_every_kind_round_trips_its_example(
    name: str, host: tuple[EditorHost, list[int], QWidget]
) -> None:
    editor_host, changes, parent = host
    kind = all_kinds()[name]
    spec = _spec(kind)
    editor = kind.create(spec, editor_host, parent)
    empty_state = kind.state(editor)

    kind.write(spec, editor, kind.example)
    assert changes, "writing a value announces a change (the dirty flag follows)"
    value = kind.parse(spec, kind.read(editor))
    assert value == kind.example
    assert kind.same(value, kind.example)
    assert kind.state(editor) != empty_state
    assert kind.check(spec, editor) is None
    assert not kind.is_empty(value)
    assert kind.display(spec, value).strip()
    assert kind.describe(spec, editor).strip()

    # Writing the value of a missing field gives the editor back as it was created.
    kind.write(spec, editor, kind.empty)
    assert kind.state(editor) == empty_state

    kind.set_read_only(editor, True)
    kind.set_read_only(editor, False)


@pytest.mark.parametrize("name", [n for n in KINDS if all_kinds()[n].bad_input is not None])
def test_bad_input_gives_a_french_message_naming_the_field(
    name: str, host: tuple[EditorHost, list[int], QWidget]
) -> None:
    editor_host, _changes, parent = host
    kind = all_kinds()[name]
    spec = _spec(kind)
    editor = kind.create(spec, editor_host, parent)
    kind.write(spec, editor, kind.bad_input)
    raw = kind.read(editor)
    with pytest.raises(ValueError) as caught:
        kind.parse(spec, raw)
    message = str(caught.value)
    assert message.startswith("Le champ doit être")
    # Unparsable input still reads as typed (the conflict table shows it).
    assert kind.describe(spec, editor) == str(kind.bad_input)


def test_money_and_int_messages() -> None:
    money = kind_of(FieldSpec("prix", "Le prix", "money"))
    with pytest.raises(ValueError, match=r"Le prix doit être un montant \(ex\. 19,99\)\."):
        money.parse(FieldSpec("prix", "Le prix", "money"), "douze")
    spec = FieldSpec("stock", "Le stock", "int", minimum=0)
    number = kind_of(spec)
    assert number.parse(spec, "1 250") == 1250
    with pytest.raises(ValueError, match=r"Le stock doit être au moins 0\."):
        number.parse(spec, "-1")
