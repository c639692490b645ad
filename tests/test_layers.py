"""Imports follow the data: `schemas/` imports nothing of ours, `transforms/` and `warehouse/`
only `schemas/` (and never each other), `flows/` joins them and never imports `duckdb`. Every
import in a module counts, also one inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
OURS = {"schemas", "transforms", "warehouse", "flows", "benchmarks", "evaluation"}
#: package -> (our packages it may import, third-party packages it must not import)
RULES: dict[str, tuple[set[str], set[str]]] = {
    "schemas": ({"schemas"}, {"duckdb", "prefect", "spacy", "dask", "distributed"}),
    "transforms": ({"schemas", "transforms"}, {"duckdb", "prefect", "dask", "distributed"}),
    "warehouse": ({"schemas", "warehouse"}, {"prefect", "spacy", "dask", "distributed"}),
    "flows": ({"schemas", "transforms", "warehouse", "flows"}, {"duckdb"}),
}


def _imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("package", sorted(RULES))
def test_a_layer_imports_only_what_it_may(package: str) -> None:
    allowed, forbidden = RULES[package]
    broken = {}
    for path in sorted((REPO / package).rglob("*.py")):
        roots = _imported_roots(path)
        wrong = (roots & OURS - allowed) | (roots & forbidden)
        if wrong:
            broken[str(path.relative_to(REPO))] = sorted(wrong)
    assert broken == {}
