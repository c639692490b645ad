"""Quote fixtures: the quotes of a text, extracted as the pipeline does (entities first)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from transforms.entities import extract_entities
from transforms.extract import sentence_indices
from transforms.quotes import QuoteSpan, extract_quotes

QuotesOf = Callable[[str], tuple[list[QuoteSpan], dict[str, str]]]


@pytest.fixture(scope="session")
def quotes_in(parse: Callable[[str], Doc]) -> QuotesOf:
    """The quotes of a text, and the names of its entities by id."""

    def _quotes(text: str) -> tuple[list[QuoteSpan], dict[str, str]]:
        doc = parse(text)
        sentences = sentence_indices(doc)
        mentions, entities = extract_entities(doc, sentences)
        names = {e.entity_id: e.name for e in entities}
        return extract_quotes(doc, sentences, mentions), names

    return _quotes
