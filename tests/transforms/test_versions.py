"""Which version of an article a run keeps, and which articles it extracts."""

from __future__ import annotations

import pytest

from transforms.records import RawRecord, Rejection, ValidArticle, validate_record
from transforms.versions import latest_versions, replaced_ids, to_extract


def _article(article_id: str, text: str, line: int = 1) -> ValidArticle:
    valid = validate_record(RawRecord("a.jsonl", f"line {line}", {"id": article_id, "text": text}))
    assert isinstance(valid, ValidArticle)
    return valid


def _bad(line: int) -> Rejection:
    rejection = validate_record(RawRecord("a.jsonl", f"line {line}", {"id": "x"}))
    assert isinstance(rejection, Rejection)
    return rejection


def test_a_repeat_of_the_same_text_is_skipped() -> None:
    first, again = _article("a", "Same text."), _article("a", "Same text.", 2)
    batch = latest_versions([first, again], {})
    assert (batch.latest, batch.repeats) == ([first], 1)


def test_the_last_version_read_wins_and_keeps_reading_order() -> None:
    a1, b, a2 = _article("a", "Old."), _article("b", "Other.", 2), _article("a", "New.", 3)
    batch = latest_versions([a1, b, a2], {})
    assert batch.latest == [b, a2]
    assert batch.repeats == 0


def test_an_article_met_in_an_earlier_batch_is_a_repeat_only_with_the_same_text() -> None:
    same, changed = _article("a", "Text."), _article("b", "Changed.")
    seen = {
        same.article_id: same.content_hash,
        changed.article_id: _article("b", "Original.").content_hash,
    }
    batch = latest_versions([same, changed], seen)
    assert (batch.latest, batch.repeats) == ([changed], 1)
    # that batch may still be loading
    assert replaced_ids(batch.latest, {}, seen) == [changed.article_id]


def test_rejections_pass_through_in_order() -> None:
    bad1, good, bad2 = _bad(1), _article("a", "Fine.", 2), _bad(3)
    batch = latest_versions([bad1, good, bad2], {})
    assert (batch.latest, batch.rejections) == ([good], [bad1, bad2])


@pytest.mark.parametrize(
    ("held", "version", "reprocess", "extracted"),
    [
        (None, "1", False, True),  # new
        (("HASH", "1"), "1", False, False),  # loaded unchanged
        (("HASH", "0"), "1", False, True),  # an older extractor
        (("other", "1"), "1", False, True),  # new text
        (("HASH", "1"), "1", True, True),  # --reprocess
    ],
)
def test_what_is_extracted(
    held: tuple[str, str] | None, version: str, reprocess: bool, extracted: bool
) -> None:
    article = _article("a", "Text.")
    known = {}
    if held is not None:
        text_hash, held_version = held
        text_hash = article.content_hash if text_hash == "HASH" else text_hash
        known[article.article_id] = (text_hash, held_version)
    assert to_extract([article], known, version, reprocess) == ([article] if extracted else [])
    assert replaced_ids([article], known, {}) == ([article.article_id] if known else [])
