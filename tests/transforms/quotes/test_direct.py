"""Direct quotes: kinds (direct, mixed, partial) of quoted spans."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Ana Silva said that “we will rebuild the harbour before the winter.”",
        "Ana Silva wrote that, “For those who doubt me, we will rebuild the harbour this year!”",
        "Ana Silva said on Monday that “We will rebuild the harbour before the winter.”",
    ],
)
def test_quote_filling_a_reported_that_clause_is_mixed(quotes_in, text: str) -> None:  # type: ignore[no-untyped-def]
    quotes, names = quotes_in(text)
    [quote] = [q for q in quotes if q.kind != "partial"]
    assert quote.kind == "mixed"
    assert "rebuild the harbour" in quote.text
    assert names[quote.speaker_entity_id or ""] == "Ana Silva"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The quote opens on its verb; its subject is the writer's: one mixed report.
        (
            "Tomas Reis spoke first. The new harbour wall, Ana Silva said, “will be finished "
            "before the winter storms.”",
            [
                (
                    "mixed",
                    "The new harbour wall, Ana Silva said, “will be finished before the winter "
                    "storms.",
                )
            ],
        ),
        (
            "Tomas Reis spoke first. Freddy, as he was known to everyone in the port, “was caught "
            "in the middle of it,” Ana Silva said.",
            [
                (
                    "mixed",
                    "Freddy, as he was known to everyone in the port, “was caught in the middle "
                    "of it",
                )
            ],
        ),
        # An imperative has no subject of the writer's: a direct quote.
        (
            "Tomas Reis spoke first. Ana Silva said, “let us finish the harbour before the "
            "winter.”",
            [("direct", "let us finish the harbour before the winter.")],
        ),
    ],
)
def test_quote_completing_the_writers_clause_is_mixed(
    quotes_in, text: str, expected: list[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = quotes_in(text)
    assert [(q.kind, q.text) for q in quotes if q.kind != "partial"] == expected


def test_resumed_quote_that_the_writer_continues_is_partial(quotes_in) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“This is simply not right,” Ana Silva said. “You blamed the harbour staff” for the "
        "losses of the whole year."
    )
    quotes, _ = quotes_in(text)
    quoted = [(q.text, q.kind) for q in quotes if q.kind in ("direct", "partial")]
    assert quoted == [
        ("This is simply not right", "direct"),
        ("You blamed the harbour staff", "partial"),
    ]


def test_scare_quotes_are_partial_without_speaker(quotes_in) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = quotes_in("The plan looked “reckless” on Monday.")
    assert [(q.kind, q.text, q.speaker_text) for q in quotes] == [("partial", "reckless", None)]


def test_scare_quote_inside_a_report_stays_partial(quotes_in) -> None:  # type: ignore[no-untyped-def]
    quotes, names = quotes_in("Senator Ana Silva called the plan “reckless” on Monday.")
    by_kind = {q.kind: q for q in quotes}
    assert by_kind["partial"].text == "reckless"
    assert by_kind["indirect"].text.startswith("the plan “reckless”")
    assert names[by_kind["indirect"].speaker_entity_id or ""] == "Ana Silva"


@pytest.mark.parametrize(
    ("text", "expected_kind"),
    [
        # A quote opening on a lowercase word mid-sentence continues the writer's sentence.
        (
            "The mayor thanked volunteers who, “in the worst of the storm, kept shelters open.”",
            "partial",
        ),
        # ... unless a cue, a colon or "according to" presents it as an utterance.
        ("Ana Silva said, “and that is why we will rebuild the harbour.”", "direct"),
        ("Ana Silva made one promise: “we will rebuild the harbour before winter.”", "direct"),
        ("According to Ana Silva, “the harbour will reopen after the repairs.”", "direct"),
        # The period of a title between a short quote and its cue is no sentence break.
        ("Tomas Reis asked where to go. “Denver,” Mr. Reis answered.", "direct"),
        # A quote that ends its sentence after its cue: the next sentence does not continue it.
        (
            "Tomas Reis spoke first. Children ran along the pier yelling “Stop the ships now!” A "
            "video of the scene spread quickly.",
            "direct",
        ),
        # A fragment the writer's sentence runs on after is no utterance of its own, but the
        # report that carries it is: mixed, with the reporting verb's speaker.
        ("Ana Silva went on to shout “Stop the ships!” at the crowd on the pier.", "mixed"),
        # Only the cue's subject between a short quote and its cue: an utterance.
        ("Officials met on Friday. “We are ready,” Beira port Director Ana Tembe said.", "direct"),
        # A title, slogan or sign in title case is no utterance, unless a cue presents it.
        (
            "Ana Silva spoke at length about her memoir, “Harbour Lights Over the Old Town,” "
            "which sold well.",
            "partial",
        ),
        (
            "Supporters held signs that read “Rebuild the Harbour Now” at the rally on Monday.",
            "partial",
        ),
        ("Tomas Reis spoke first. “Rebuild the Harbour Now!” Ana Silva shouted.", "direct"),
    ],
)
def test_fragment_or_utterance(quotes_in, text: str, expected_kind: str) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = quotes_in(text)
    quoted = [q for q in quotes if q.kind in ("direct", "partial", "mixed")]
    assert [q.kind for q in quoted][-1:] == [expected_kind]


@pytest.mark.parametrize(
    ("text", "expected_kind"),
    [
        # The writer's sentence runs on after the quote: the quote is a piece of a paraphrase.
        (
            "Tomas Reis spoke first. Ana Silva said “the council blamed the harbour staff” for "
            "the losses of the whole year.",
            "partial",
        ),
        # Words naming the speaker after the quote are its attribution, not a continuation.
        (
            "Tomas Reis spoke first. “We will rebuild the harbour before the winter” Ana Silva, "
            "the mayor of the town since May, said on Monday.",
            "direct",
        ),
        # A nested quote's closing mark ends the quote's sentence: “… ‘how?’” Ana said.
        (
            "Tomas Reis spoke first. “Her first answer was, ‘What can we do to help?’” the mayor "
            "of the town said on Monday.",
            "direct",
        ),
    ],
)
def test_quote_continued_by_the_writer_is_partial(quotes_in, text: str, expected_kind: str) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = quotes_in(text)
    [quote] = [q for q in quotes if q.kind in ("direct", "partial")]
    assert quote.kind == expected_kind
