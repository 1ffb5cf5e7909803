"""The import graph of ``backoffice/``, read statically: no cycle, and the layers hold.

Every module is parsed with ``ast``; ``import x`` and ``from x import y`` (relative ones
too) are resolved to backoffice modules, wherever they are written: at the top of the
module or inside a function (a deferred import still runs, and still closes a cycle).
Only imports under ``if TYPE_CHECKING:`` are left out of the run-time graph: they never run.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = "backoffice"
ROOT = Path(__file__).resolve().parents[1] / PACKAGE
# View modules that gather the tabs: they may import the other view modules.
VIEW_AGGREGATORS = {"backoffice.views.registry", "backoffice.views.all"}
# Cycles known and reported, each with the way out; any other cycle fails the suite, and so
# does this one growing. Remove an entry once fixed (test_known_cycles_are_still_there).
KNOWN_CYCLES: set[frozenset[str]] = set()


@dataclass(frozen=True)
class Edge:
    source: str
    target: str  # a backoffice module, or the top-level name of an outside one
    line: int
    deferred: bool  # written inside a function
    type_checking: bool  # under ``if TYPE_CHECKING:``: never runs


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def discover() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(ROOT.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(
    node: ast.AST, *, deferred: bool = False, type_checking: bool = False
) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool, bool]]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child, deferred, type_checking
        elif isinstance(child, ast.If) and _is_type_checking(child.test):
            for stmt in child.body:
                yield from _imports(
                    ast.Module(body=[stmt], type_ignores=[]),
                    deferred=deferred,
                    type_checking=True,
                )
            for stmt in child.orelse:
                yield from _imports(
                    ast.Module(body=[stmt], type_ignores=[]),
                    deferred=deferred,
                    type_checking=type_checking,
                )
        else:
            inner = deferred or isinstance(
                child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
            )
            yield from _imports(child, deferred=inner, type_checking=type_checking)


def _resolve(name: str, modules: dict[str, Path]) -> str:
    """The longest known backoffice module that ``name`` is or lies in."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in modules:
            return candidate
        parts.pop()
    return name


def edges_of(module: str, path: Path, modules: dict[str, Path]) -> list[Edge]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    found: list[Edge] = []
    for node, deferred, type_checking in _imports(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            if node.level:
                base = module.split(".")
                if not is_package:
                    base = base[:-1]
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join([*base, node.module] if node.module else base)
            else:
                prefix = node.module or ""
            # ``from pkg import name``: name may be a submodule or an attribute of pkg.
            targets = [
                f"{prefix}.{alias.name}" if f"{prefix}.{alias.name}" in modules else prefix
                for alias in node.names
            ]
        for target in targets:
            if target == PACKAGE or target.startswith(PACKAGE + "."):
                resolved = _resolve(target, modules)
            else:
                resolved = target.split(".")[0]
            edge = Edge(module, resolved, node.lineno, deferred, type_checking)
            if resolved != module and edge not in found:
                found.append(edge)
    return found


@pytest.fixture(scope="module")
def graph() -> dict[str, list[Edge]]:
    modules = discover()
    return {name: edges_of(name, path, modules) for name, path in modules.items()}


def _internal(edges: list[Edge]) -> list[Edge]:
    return [e for e in edges if e.target.startswith(PACKAGE) and not e.type_checking]


def find_cycles(graph: dict[str, list[Edge]]) -> list[tuple[frozenset[str], list[Edge]]]:
    """Every strongly connected component with more than one module (the modules that
    import one another, directly or not) and a shortest cycle through it."""
    adjacency = {name: _internal(edges) for name, edges in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def connect(node: str) -> None:  # Tarjan
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for edge in adjacency.get(node, []):
            if edge.target not in index:
                connect(edge.target)
                low[node] = min(low[node], low[edge.target])
            elif edge.target in on_stack:
                low[node] = min(low[node], index[edge.target])
        if low[node] == index[node]:
            component: set[str] = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(component)

    for name in sorted(adjacency):
        if name not in index:
            connect(name)

    cycles = []
    for component in components:
        start = min(component)
        # Breadth-first from start back to start, within the component: a shortest cycle.
        paths: dict[str, list[Edge]] = {start: []}
        queue = [start]
        cycle: list[Edge] | None = None
        while queue and cycle is None:
            node = queue.pop(0)
            for edge in adjacency[node]:
                if edge.target not in component:
                    continue
                if edge.target == start:
                    cycle = [*paths[node], edge]
                    break
                if edge.target not in paths:
                    paths[edge.target] = [*paths[node], edge]
                    queue.append(edge.target)
        assert cycle is not None
        cycles.append((frozenset(component), cycle))
    return cycles


def _describe(component: frozenset[str], cycle: list[Edge]) -> str:
    steps = [f"{len(component)} modules: {', '.join(sorted(component))}", cycle[0].source]
    for edge in cycle:
        where = f"{graph_path(edge.source)}:{edge.line}"
        kind = ", in a function" if edge.deferred else ""
        steps.append(f"→ {edge.target}  ({where}{kind})")
    return "\n    ".join(steps)


def graph_path(module: str) -> str:
    return str(discover()[module].relative_to(ROOT.parent))


def test_graph_sees_relative_and_deferred_imports(tmp_path: Path) -> None:
    """The parser itself: relative imports resolve, imports in functions count."""
    modules = {
        "backoffice": tmp_path / "__init__.py",
        "backoffice.ui": tmp_path / "ui" / "__init__.py",
        "backoffice.ui.a": tmp_path / "ui" / "a.py",
        "backoffice.ui.b": tmp_path / "ui" / "b.py",
        "backoffice.views": tmp_path / "views" / "__init__.py",
        "backoffice.views.c": tmp_path / "views" / "c.py",
    }
    source = tmp_path / "ui" / "a.py"
    source.parent.mkdir()
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "from . import b\n"
        "from ..views import c\n"
        "if TYPE_CHECKING:\n"
        "    from backoffice.views.c import X\n"
        "def f():\n"
        "    import backoffice.ui.b\n"
        "    from PySide6.QtCore import Qt\n",
        encoding="utf-8",
    )
    edges = edges_of("backoffice.ui.a", source, modules)
    seen = {(e.target, e.deferred, e.type_checking) for e in edges}
    assert ("backoffice.ui.b", False, False) in seen
    assert ("backoffice.views.c", False, False) in seen
    assert ("backoffice.views.c", False, True) in seen
    assert ("backoffice.ui.b", True, False) in seen
    assert ("PySide6", True, False) in seen
    cycle_graph = {
        "backoffice.ui.a": [Edge("backoffice.ui.a", "backoffice.ui.b", 1, True, False)],
        "backoffice.ui.b": [Edge("backoffice.ui.b", "backoffice.ui.a", 2, False, False)],
    }
    assert len(find_cycles(cycle_graph)) == 1


def test_no_import_cycle(graph: dict[str, list[Edge]]) -> None:
    cycles = find_cycles(graph)
    print("\n".join(f"  cycle: {_describe(*c)}" for c in cycles))
    new = [c for c in cycles if c[0] not in KNOWN_CYCLES]
    report = "\n".join(f"  cycle: {_describe(*c)}" for c in new)
    assert not new, f"{len(new)} import cycle(s) in backoffice/:\n{report}"


def test_known_cycles_are_still_there(graph: dict[str, list[Edge]]) -> None:
    """A known cycle that was fixed leaves KNOWN_CYCLES, so it cannot come back unseen."""
    components = {component for component, _ in find_cycles(graph)}
    assert components >= KNOWN_CYCLES, KNOWN_CYCLES - components


@pytest.mark.parametrize("layer", ["backoffice.models", "backoffice.services"])
def test_models_and_services_know_no_qt(graph: dict[str, list[Edge]], layer: str) -> None:
    forbidden = ("PySide6", "shiboken6", "qasync", "backoffice.ui", "backoffice.views")
    bad = [
        f"{graph_path(e.source)}:{e.line} imports {e.target}"
        for name, edges in graph.items()
        if name == layer or name.startswith(layer + ".")
        for e in edges
        if any(e.target == f or e.target.startswith(f + ".") for f in forbidden)
    ]
    assert not bad, "\n".join(bad)


def _tab(module: str) -> str | None:
    """``backoffice.views.products.screen`` → ``products`` (a tab module or package)."""
    parts = module.split(".")
    if len(parts) < 3 or parts[:2] != ["backoffice", "views"]:
        return None
    return parts[2]


def test_views_do_not_import_each_other(graph: dict[str, list[Edge]]) -> None:
    bad = []
    for name, edges in graph.items():
        tab = _tab(name)
        if tab is None or name in VIEW_AGGREGATORS:
            continue
        for e in edges:
            other = _tab(e.target)
            if other is None or e.target in VIEW_AGGREGATORS or e.target == "backoffice.views":
                continue
            # security.py and its security_widgets.py helper are one tab.
            if other != tab and other.split("_")[0] != tab.split("_")[0]:
                bad.append(f"{graph_path(name)}:{e.line} imports {e.target}")
    assert not bad, "\n".join(bad)


def test_only_the_app_imports_the_main_window(graph: dict[str, list[Edge]]) -> None:
    bad = [
        f"{graph_path(name)}:{e.line} imports backoffice.ui.main_window"
        for name, edges in graph.items()
        if name != "backoffice.ui.app"
        for e in edges
        if e.target == "backoffice.ui.main_window"
    ]
    assert not bad, "\n".join(bad)


def test_main_window_does_not_import_the_registry(graph: dict[str, list[Edge]]) -> None:
    """The application hands the registered views to the main window."""
    bad = [
        e.line
        for e in _internal(graph["backoffice.ui.main_window"])
        if e.target.startswith("backoffice.views")
    ]
    assert not bad, f"backoffice/ui/main_window.py imports a view module at lines {bad}"
