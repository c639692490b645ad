"""Resumption: a quote broken by its cue, or going on in the next paragraph."""

from __future__ import annotations

import pytest


def test_quote_broken_by_its_cue_gives_two_rows_with_one_speaker(quotes_in) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Health Minister Ana Tembe visited Beira on Thursday.\n"
        "“Nobody will be left without clean water,” she said. “We are working every day.”"
    )
    quotes, names = quotes_in(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == [
        "Nobody will be left without clean water",
        "We are working every day.",
    ]
    assert {names[q.speaker_entity_id or ""] for q in direct} == {"Ana Tembe"}
    assert [q.speaker_method for q in direct] == ["pronoun", "continuation"]
    assert direct[0].speaker_start_char == direct[1].speaker_start_char
    assert [q.resumes_previous for q in direct] == [False, True]
    assert direct[1].cue_start_char == direct[0].cue_start_char


def test_evaluation_joins_a_broken_quote_into_one_span(quotes_in) -> None:  # type: ignore[no-untyped-def]
    from evaluation.predictors import join_resumed_quotes

    text = "“Nobody will be left without water,” she said. “We are working every day.”"
    quotes, _ = quotes_in(text)
    [joined] = [q for q in join_resumed_quotes(text, quotes) if q.kind == "direct"]
    assert joined.text == text[1:-1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A cue-less quote paragraph right after a quote goes on with the same speaker.
        (
            "“We have rebuilt every school in the valley,” said Ana Silva.\n"
            "“The roads come next and they will be finished by spring.”",
            [
                "We have rebuilt every school in the valley,” said Ana Silva.\n"
                "“The roads come next and they will be finished by spring."
            ],
        ),
        (
            "Ana Silva spoke on Monday: “We have rebuilt every school in the valley.”\n"
            "“The roads come next and they will be finished by spring.”",
            [
                "We have rebuilt every school in the valley.”\n"
                "“The roads come next and they will be finished by spring."
            ],
        ),
        # A short reply in its own paragraph is someone else's (or a scare quote).
        (
            "“Will you rebuild the roads before the winter?” Ana Silva asked.\n“Never!”",
            ["Will you rebuild the roads before the winter?"],
        ),
        # A sentence of the writer's between two quotes ends the first one.
        (
            "“We have rebuilt every school,” Ana Silva said on Monday. The roads were “the next "
            "step,” she added. “They will be finished by spring.”",
            ["We have rebuilt every school", "They will be finished by spring."],
        ),
        # Period of an abbreviation inside the cue clause is no sentence break.
        (
            "“We have rebuilt every school,” said Ana Silva, the mayor of Tampa, Fla., on Monday. "
            "“The roads come next and they will be finished by spring.”",
            [
                "We have rebuilt every school,” said Ana Silva, the mayor of Tampa, Fla., on "
                "Monday. “The roads come next and they will be finished by spring."
            ],
        ),
        # A cue that introduces the second quote does not join it to the first.
        (
            "“Keep your hands where I can see them,” Ana Silva sings to the crowd before asking, "
            "“Where do we go from here?”",
            ["Keep your hands where I can see them", "Where do we go from here?"],
        ),
    ],
)
def test_evaluation_joins_quotes_one_speaker_goes_on_with(
    quotes_in, text: str, expected: list[str]
) -> None:  # type: ignore[no-untyped-def]
    from evaluation.predictors import join_resumed_quotes

    quotes, _ = quotes_in(text)
    assert [q.text for q in join_resumed_quotes(text, quotes) if q.kind == "direct"] == expected


def test_quotes_with_their_own_cues_stay_apart(quotes_in) -> None:  # type: ignore[no-untyped-def]
    text = "“The bridge is safe,” said Ana Silva. “It is not safe at all,” said Tomas Reis."
    quotes, names = quotes_in(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [names[q.speaker_entity_id or ""] for q in direct] == ["Ana Silva", "Tomas Reis"]


def test_quote_broken_by_its_cue_is_not_a_mixed_report(quotes_in) -> None:  # type: ignore[no-untyped-def]
    text = "Tomas Reis spoke first.\n“My hope,” Ana Silva said, “is that the harbour opens in May.”"
    quotes, names = quotes_in(text)
    assert not [q for q in quotes if q.kind == "mixed"]
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["My hope", "is that the harbour opens in May."]
    assert {names[q.speaker_entity_id or ""] for q in direct} == {"Ana Silva"}
