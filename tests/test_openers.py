"""Opening another tab's record through the registry, and sections added to a window."""

import asyncio
from types import SimpleNamespace

from backoffice.services.permissions import Permission, Staff
from backoffice.ui import openers


def _ctx(role: str) -> SimpleNamespace:
    return SimpleNamespace(actor=Staff(id=1, email="a@b.fr", role=role))


def test_open_record_calls_the_registered_opener_and_respects_permissions():
    opened: list[int] = []
    openers.register_opener(
        "essai_kind", lambda ctx, rid: opened.append(rid), Permission.ORDERS_VIEW
    )
    assert openers.can_open(_ctx("employe"), "essai_kind")
    openers.open_record(_ctx("employe"), "essai_kind", 7)
    assert opened == [7]
    assert not openers.can_open(_ctx("client"), "essai_kind")
    assert openers.open_record(_ctx("client"), "essai_kind", 8) is None
    assert opened == [7]
    assert not openers.can_open(_ctx("admin"), "unregistered_kind")


def test_coroutine_openers_are_scheduled():
    seen: list[int] = []

    async def opener(ctx, rid):
        seen.append(rid)

    openers.register_opener("essai_async", opener)

    async def run() -> None:
        task = openers.open_record(_ctx("admin"), "essai_async", 3)
        assert task is not None
        await task

    asyncio.run(run())
    assert seen == [3]


def test_sections_are_filtered_and_ordered():
    def make(ctx, rid):
        return None

    openers.register_section(openers.RecordSection("essai_win", "b", "B", make, order=2))
    openers.register_section(
        openers.RecordSection("essai_win", "a", "A", make, Permission.SECURITY_ADMIN, order=1)
    )
    assert [s.key for s in openers.sections_for(_ctx("admin"), "essai_win")] == ["a", "b"]
    assert [s.key for s in openers.sections_for(_ctx("manager"), "essai_win")] == ["b"]
