"""The wrapping toolbar layout: buttons never overlap nor get squeezed on a narrow window."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from backoffice.ui.flow_layout import flow_container

Toolbar = tuple[QWidget, QWidget, QLineEdit, list[QPushButton]]


def _toolbar(qtbot: Any, width: int) -> Toolbar:
    # The caller keeps the window: qtbot holds only a weak reference to it.
    window = QWidget()
    qtbot.addWidget(window)
    container, flow = flow_container(window)
    search = QLineEdit(container)
    search.setMinimumWidth(200)
    search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    flow.addWidget(search)
    buttons = [QPushButton(f"Action numéro {i} …", container) for i in range(6)]
    for button in buttons:
        flow.addWidget(button)
    QVBoxLayout(window).addWidget(container)
    window.resize(width, 300)
    window.show()
    qtbot.waitExposed(window)
    return window, container, search, buttons


def test_wraps_without_overlap_or_squeezing(qtbot: Any) -> None:
    _window, container, search, buttons = _toolbar(qtbot, 420)
    rects = [w.geometry() for w in (search, *buttons)]
    assert len({r.y() for r in rects}) >= 3  # several lines
    for i, a in enumerate(rects):
        assert a.right() <= container.width()
        for b in rects[i + 1 :]:
            assert not a.intersects(b)
    for button in buttons:  # full label width, never cut
        assert button.width() >= button.sizeHint().width()
    assert container.height() >= max(r.bottom() for r in rects)


def test_expanding_item_takes_the_spare_width_of_its_line(qtbot: Any) -> None:
    _window, container, search, buttons = _toolbar(qtbot, 1600)
    assert len({w.geometry().y() for w in (search, *buttons)}) == 1
    last = buttons[-1].geometry()
    assert container.width() - last.right() <= 2  # the line is filled to the right edge
    assert search.width() > search.sizeHint().width()
