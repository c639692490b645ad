"""Shared fixtures: the real spaCy pipeline, a session-wide Prefect test server, shared data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

TESTS_DIR = Path(__file__).resolve().parent
DATA_DIR = TESTS_DIR / "data"
REPO_ROOT = TESTS_DIR.parent
SHARED_DIR = Path(os.environ.get("NEWSETL_SHARED", REPO_ROOT.parent / "shared"))
SEED_ARTICLE = SHARED_DIR / "seeds" / "000_61461637a8545d5f.txt"
#: The people the seed article names, each of whom must be one PERSON entity.
SEED_PEOPLE = (
    "Vladimir Putin",
    "Donald Trump",
    "Keith Kellogg",
    "Joe Biden",
    "Volodymyr Zelenskyy",
)


@pytest.fixture(scope="session")
def nlp() -> Language:
    from flows.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def parse(nlp: Language):  # type: ignore[no-untyped-def]
    """Parse text once per session (the same sentence is often used by several tests)."""
    cache: dict[str, Doc] = {}

    def _parse(text: str) -> Doc:
        if text not in cache:
            cache[text] = nlp(text)
        return cache[text]

    return _parse


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED_ARTICLE.exists():
        pytest.skip(
            f"{SEED_ARTICLE} not found: the seed article lives in ../shared, beside the "
            "repository, on development and CI machines only"
        )
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_people() -> tuple[str, ...]:
    return SEED_PEOPLE


@pytest.fixture(scope="session")
def prefect_server() -> Iterator[None]:
    """One Prefect test server for the whole session (it takes seconds to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield
