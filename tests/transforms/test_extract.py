"""`extract_article`: every extractor over one parsed article, and its sentence and date helpers."""

from __future__ import annotations

from datetime import date

from transforms.extract import extract_article, publication_date, sentence_indices
from transforms.records import RawRecord, ValidArticle, validate_record

TEXT = (
    "Angela Merkel arrived in Berlin on Monday. "
    '"We will not give in," Merkel told reporters after the talks.'
)


def _article(payload: dict[str, object]) -> ValidArticle:
    valid = validate_record(RawRecord("t.jsonl", "line 1", payload))
    assert isinstance(valid, ValidArticle)
    return valid


def test_sentence_indices_number_every_token(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    indices = sentence_indices(doc)
    assert len(indices) == len(doc)
    assert indices[0] == 0 and indices[-1] == len(list(doc.sents)) - 1
    assert indices == sorted(indices)


def test_publication_date_is_the_local_day_or_none() -> None:
    dated = _article({"id": "a", "text": TEXT, "published_at": "2025-01-20T23:30:00-05:00"})
    assert publication_date(dated) == date(2025, 1, 20)
    assert publication_date(_article({"id": "b", "text": TEXT})) is None


def test_extract_article_runs_every_extractor(nlp) -> None:  # type: ignore[no-untyped-def]
    article = _article({"id": "a", "text": TEXT, "published_at": "2025-01-21"})
    result = extract_article(nlp(TEXT), article)
    assert result.article is article
    assert {m.text for m in result.mentions} >= {"Angela Merkel", "Berlin", "Merkel"}
    assert [t.resolution.value for t in result.timexes] == ["2025-01-20"]
    assert len(result.quotes) == 1
    assert result.word_count == sum(1 for t in nlp(TEXT) if not (t.is_punct or t.is_space))
    for mention in result.mentions:
        assert TEXT[mention.start_char : mention.end_char] == mention.text
