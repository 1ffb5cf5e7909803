"""Timing helpers shared by the tab benchmarks (run as scripts from this folder)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def until(predicate: Callable[[], bool], timeout: float = 120.0) -> None:
    """Waits for ``predicate`` (every 5 ms); never used for an end time: see :class:`Stamp`."""
    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("benchmark step timed out")
        await asyncio.sleep(0.005)


class Stamp:
    """The moment ``predicate`` became true, checked in slots of the model's own signals.

    The slot runs on the GUI thread right when the model changes, so the time is the event
    itself, not when a poller (1 000 wake-ups a second on the GUI thread, competing with
    the worker it times) noticed it after the repaint. Create it before the timed action.
    """

    def __init__(self, signals: list[Any], predicate: Callable[[], bool]) -> None:
        self.predicate = predicate
        self.signals = signals
        self.at: float | None = None
        self.future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        for signal in signals:
            signal.connect(self._check)
        self._check()

    def _check(self, *_args: Any) -> None:
        if self.at is None and self.predicate():
            self.at = time.perf_counter()
            if not self.future.done():
                self.future.set_result(self.at)

    async def wait(self, timeout: float = 120.0) -> float:
        try:
            return await asyncio.wait_for(asyncio.shield(self.future), timeout)
        finally:
            for signal in self.signals:
                signal.disconnect(self._check)
