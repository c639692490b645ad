"""Attribution of direct quotes: cue positions, signatures, the seed article."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“We will rebuild the port within a year,” Mayor Ana Silva said.", "Ana Silva", "said"),
        ("“We will rebuild the port within a year,” said Ana Silva.", "Ana Silva", "said"),
        (
            "Ana Silva told reporters: “We will rebuild the port within a year.”",
            "Ana Silva",
            "told",
        ),
    ],
)
def test_direct_quote_speaker_positions(quotes_in, text: str, speaker: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    quotes, names = quotes_in(text)
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert quote.text.startswith("We will rebuild the port")
    assert quote.cue == cue
    assert names[quote.speaker_entity_id or ""] == speaker
    assert text[quote.start_char : quote.end_char] == quote.text


def test_quote_signed_with_a_dash_names_its_speaker(quotes_in) -> None:  # type: ignore[no-untyped-def]
    text = "Readers wrote to us.\n“The new bridge has changed how we live here.” ― Marta Lopes."
    quotes, names = quotes_in(text)
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert names[quote.speaker_entity_id or ""] == "Marta Lopes"
    assert quote.speaker_method == "signature"


def test_seed_article_direct_quotes_have_speakers(quotes_in, seed_text) -> None:  # type: ignore[no-untyped-def]
    quotes, names = quotes_in(seed_text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) >= 6
    assert all(q.speaker_entity_id for q in direct)
    by_start = {q.text[:20]: names[q.speaker_entity_id or ""] for q in direct}
    assert by_start["We congratulate Dona"] == "Vladimir Putin"
    assert by_start["Moscow is open for di"[:20]] == "Vladimir Putin"  # continuation paragraph
    assert by_start["That’s a war that wo"] == "Donald Trump"
    assert by_start["We have to get that "] == "Donald Trump"
    # "he said" right after Trump's quote: the next paragraph's "The Russian leader added"
    # shows it is Putin, not the most recent person.
    assert by_start["The most important t"] == "Vladimir Putin"
    assert by_start["We also hear his sta"] == "Vladimir Putin"
    mixed = [q for q in quotes if q.kind == "mixed"]
    assert [names[q.speaker_entity_id or ""] for q in mixed] == ["Vladimir Putin"]
    partial = {q.text for q in quotes if q.kind == "partial"}
    assert partial == {"staggering", "demilitarization"}
