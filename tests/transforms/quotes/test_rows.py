"""Quote rows: one row per content span."""

from __future__ import annotations


def test_two_cues_on_the_same_words_give_one_row(quotes_in) -> None:  # type: ignore[no-untyped-def]
    # A noun cue ("decision to …") and a postposed verb cue ("…, he said") claim the same span;
    # the warehouse keys quotes by their offsets, so there must be one row.
    text = (
        "Lars Berg heads the Commission. The rise is due to the Commission's decision\n"
        "to hold special export tenders for French maize, he said."
    )
    quotes, _ = quotes_in(text)
    spans = [(q.start_char, q.end_char) for q in quotes]
    assert len(spans) == len(set(spans))
    assert any(q.text.startswith("to hold special export tenders") for q in quotes)
