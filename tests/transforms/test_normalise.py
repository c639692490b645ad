"""`batch_frames`: extractions to one frame per warehouse table; quarantining articles."""

from __future__ import annotations

from datetime import UTC, datetime

import polars as pl
import pytest

from transforms.extract import extract_article
from transforms.normalise import articles_with_duplicate_keys, batch_frames, without_articles
from transforms.records import RawRecord, ValidArticle, validate_record

NOW = datetime(2025, 3, 1, tzinfo=UTC)


def _article_id(source_id: str) -> str:
    valid = validate_record(RawRecord("t.jsonl", "line 1", {"id": source_id, "text": "x"}))
    assert isinstance(valid, ValidArticle)
    return valid.article_id


def _frames(parse, texts: dict[str, str]) -> dict[str, pl.DataFrame]:  # type: ignore[no-untyped-def]
    extractions = []
    for article_id, text in texts.items():
        valid = validate_record(RawRecord("t.jsonl", "line 1", {"id": article_id, "text": text}))
        assert isinstance(valid, ValidArticle)
        extractions.append(extract_article(parse(text), valid))
    return batch_frames(extractions, "run", "v", NOW)


def _entity_rows(parse, text: str) -> dict[str, dict[str, object]]:  # type: ignore[no-untyped-def]
    """Mention text -> the warehouse row of the entity it resolves to."""
    frames = _frames(parse, {"a": text})
    rows = {row["entity_id"]: row for row in frames["entities"].iter_rows(named=True)}
    return {
        m["text"]: rows[m["entity_id"]] for m in frames["entity_mentions"].iter_rows(named=True)
    }


@pytest.mark.parametrize(
    ("text", "mention", "code", "latitude"),
    [
        (
            "Trump hosted governors at Mar-a-Lago in Palm Beach, Florida, on Thursday.",
            "Palm Beach",
            "US",
            26.7,
        ),
        ("Officials in Palm Beach, Fla., said the storm passed.", "Palm Beach", "US", 26.7),
        ("The festival in Paris, Texas, drew 5,000 visitors.", "Paris", "US", 33.7),
        ("Palm Beach police said the beach would reopen on Monday.", "Palm Beach", "AU", -28.1),
        (
            "Police in Birmingham said the suspect fled. Alabama officials joined the search.",
            "Birmingham",
            "US",
            33.5,
        ),
        ("Canada's prime minister arrived in London on Monday.", "London", "GB", 51.5),
        ("The court in The Hague issued a warrant on Friday.", "The Hague", "NL", 52.1),
        ("The storm hit Atlanta, Georgia, on Sunday.", "Georgia", "US", 33.7),
        ("Officials in Tbilisi, Georgia, said on Sunday.", "Georgia", "GE", 41.7),
        ("Officials in Palm Beach, Fla., said the storm passed.", "Fla.", "US", 30.3),
    ],
)
def test_places_are_resolved_in_the_articles_context(  # type: ignore[no-untyped-def]
    parse, text: str, mention: str, code: str, latitude: float
) -> None:
    row = _entity_rows(parse, text)[mention]
    assert row["country_code"] == code
    assert row["latitude"] == pytest.approx(latitude, abs=0.2)


def test_seed_palm_beach_is_in_florida(seed_text, parse) -> None:  # type: ignore[no-untyped-def]
    row = _entity_rows(parse, seed_text)["Palm Beach"]
    assert (row["country_code"], row["place_kind"]) == ("US", "city")


def test_a_nationality_gets_its_country(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The Ukrainian delegation met French officials in Geneva on Monday."
    row = _entity_rows(parse, text)["Ukrainian"]
    assert (row["type"], row["country_code"]) == ("NORP", "UA")


def test_an_entity_named_by_two_articles_is_one_row(parse) -> None:  # type: ignore[no-untyped-def]
    frames = _frames(
        parse, {"a": "Angela Merkel spoke in Berlin.", "b": "Angela Merkel left Berlin on Friday."}
    )
    names = frames["entities"]["name"].to_list()
    assert sorted(names) == sorted(set(names))
    assert set(frames["entity_mentions"]["article_id"]) == {_article_id("a"), _article_id("b")}


def test_without_articles_drops_their_rows_and_the_entities_only_they_named(parse) -> None:  # type: ignore[no-untyped-def]
    frames = _frames(
        parse, {"a": "Angela Merkel spoke in Berlin.", "b": "Olaf Scholz spoke in Berlin."}
    )
    kept = without_articles(frames, [_article_id("b")])
    assert set(kept["articles"]["article_id"]) == {_article_id("a")}
    assert set(kept["entity_mentions"]["article_id"]) == {_article_id("a")}
    assert "Olaf Scholz" not in kept["entities"]["name"].to_list()
    assert {"Angela Merkel", "Berlin"} <= set(kept["entities"]["name"].to_list())


def test_a_clean_batch_has_no_duplicate_keys(parse) -> None:  # type: ignore[no-untyped-def]
    frames = _frames(parse, {"a": '"We will win," said Angela Merkel in Berlin on Monday.'})
    assert articles_with_duplicate_keys(frames) == {}


def test_a_quote_row_repeated_is_a_duplicate_key_of_its_article(parse) -> None:  # type: ignore[no-untyped-def]
    frames = _frames(parse, {"a": '"We will win," said Angela Merkel in Berlin on Monday.'})
    assert frames["quotes"].height == 1
    doubled = {**frames, "quotes": pl.concat([frames["quotes"], frames["quotes"]])}
    found = articles_with_duplicate_keys(doubled)
    assert list(found) == [_article_id("a")]
    assert "quotes" in found[_article_id("a")]


def test_event_types_rows_come_from_the_lexicon() -> None:
    from transforms.lexicons.events.plover import EVENT_TYPES
    from transforms.normalise import event_types_frame

    frame = event_types_frame()
    assert sorted(frame["event_type"].to_list()) == sorted(EVENT_TYPES)
    plover = frame.filter(pl.col("is_plover"))
    assert plover.height == 16  # PLOVER's own types, each with a quad class
    assert plover["quad_class"].null_count() == 0
    assert frame.filter(~pl.col("is_plover"))["quad_class"].null_count() == frame.height - 16


WRAPPED = (
    "Standard and Poor's Corp said it\n"
    "affirmed the ratings on the debt of the International\n"
    "Natural Rubber Organisation, citing strong cash flow and\n"
    "lower costs at its plants in Malaysia and Indonesia.\n"
    "    The organisation said it would not comment on the rating\n"
    "decision until the end of the month, a spokesman said.\n"
)
#: (table, text column, start column, end column) of every "as written" column.
AS_WRITTEN = [
    ("entity_mentions", "text", "start_char", "end_char"),
    ("entity_roles", "role", "start_char", "end_char"),
    ("quotes", "text", "start_char", "end_char"),
    ("quotes", "cue", "cue_start_char", "cue_end_char"),
    ("quotes", "speaker_text", "speaker_start_char", "speaker_end_char"),
    ("time_expressions", "text", "start_char", "end_char"),
    ("events", "trigger", "start_char", "end_char"),
]


def test_rows_of_wrapped_text_are_as_written_and_names_are_joined(parse) -> None:  # type: ignore[no-untyped-def]
    frames = _frames(parse, {"a": WRAPPED})
    for table, column, start, end in AS_WRITTEN:
        for row in frames[table].iter_rows(named=True):
            if row[start] is not None:
                assert row[column] == WRAPPED[row[start] : row[end]], (table, column)
    names = frames["entities"]["name"].to_list()
    assert "International Natural Rubber Organisation" in names
    mentions = frames["entity_mentions"]["text"].to_list()
    assert "International\nNatural Rubber Organisation" in mentions
    [quote] = [q for q in frames["quotes"].iter_rows(named=True) if q["cue"] == "said"][:1]
    assert quote["text"].startswith("it\naffirmed the ratings")
