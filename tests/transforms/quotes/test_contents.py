"""Contents: what verb, noun and adjective cues report."""

from __future__ import annotations

import pytest


def test_parenthetical_cue_reports_its_host_clause(quotes_in) -> None:  # type: ignore[no-untyped-def]
    text = "The new harbour, Ana Silva said, will open to ships in the spring of next year."
    quotes, names = quotes_in(text)
    [quote] = [q for q in quotes if q.kind == "indirect"]
    assert quote.text.startswith("The new harbour") and quote.text.endswith("next year")
    assert quote.cue == "said" and names[quote.speaker_entity_id or ""] == "Ana Silva"


def test_statement_nouns_report_their_complement(quotes_in) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Silva made the claim that the harbour will open to ships next spring."
    quotes, names = quotes_in(text)
    noun_row = next(q for q in quotes if q.cue == "claim")
    assert noun_row.kind == "indirect"
    assert noun_row.text == "the harbour will open to ships next spring"
    assert names[noun_row.speaker_entity_id or ""] == "Ana Silva"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # Stances with an infinitive, and a lemma the small model gets wrong ("hoping" -> "hop").
        (
            "Ana Silva seems to favour a longer harbour wall.",
            "seems",
            "to favour a longer harbour wall",
        ),
        (
            "Tomas Reis is hoping to finish the harbour by May.",
            "hoping",
            "to finish the harbour by May",
        ),
        (
            "Ana Silva sees that the harbour needs a new crane.",
            "sees",
            "the harbour needs a new crane",
        ),
        ("Tomas Reis mentioned the unpaid harbour fees.", "mentioned", "the unpaid harbour fees"),
        # Verbs whose content is the object of a preposition.
        (
            "Ana Silva talked about the cost of the new harbour.",
            "talked",
            "the cost of the new harbour",
        ),
        # Nouns of stance with a prepositional content.
        ("Tomas Reis voiced strong support for the harbour plan.", "support", "the harbour plan"),
        # A second report coordinated after the first is not the first one's content.
        (
            "Six in 10 voters said Silva is honest and trustworthy, and three-quarters said she "
            "is decisive.",
            "said",
            "Silva is honest and trustworthy",
        ),
    ],
)
def test_indirect_cues_and_their_content(quotes_in, text: str, cue: str, content: str) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = quotes_in(text)
    assert (cue, content) in {(q.cue, q.text) for q in quotes}


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # An object's content stops at what a comma sets off or an adverbial clause adds.
        (
            "Ana Silva backed the harbour plan, putting her at odds with the mayor.",
            "backed",
            "the harbour plan",
        ),
        (
            "Tomas Reis endorsed Ana Silva because she had built the harbour.",
            "endorsed",
            "Ana Silva",
        ),
        # A clause the parser takes for an open complement (a gerund subject) is the content.
        (
            "Yet economists, like their rivals, say taxing consumption encourages savings, "
            "investment and greater growth.",
            "say",
            "taxing consumption encourages savings, investment and greater growth",
        ),
        # A relative clause a comma sets off at the end of a reported clause is the writer's aside.
        (
            "Tomas Reis said the new crane helped Ana Silva, who had asked for it in May.",
            "said",
            "the new crane helped Ana Silva",
        ),
        # A content never runs over a paragraph break the parser did not see as a sentence end.
        (
            "Tomas Reis said the harbour would open\n\nin May, the crane arrives",
            "said",
            "the harbour would open",
        ),
    ],
)
def test_indirect_content_boundaries(quotes_in, text: str, cue: str, content: str) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = quotes_in(text)
    assert (cue, content) in {(q.cue, q.text) for q in quotes}


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("A new poll shows Ana Silva with a wide lead.", "shows", "Ana Silva with a wide lead"),
        ("Tomas Reis mocked the mayor's harbour plan.", "mocked", "the mayor's harbour plan"),
        (
            "Ana Silva recalled her first harbour campaign.",
            "recalled",
            "her first harbour campaign",
        ),
        ("The mayor listed three reasons for the delay.", "listed", "three reasons for the delay"),
        ("Tomas Reis prefers the cheaper harbour design.", "prefers", "the cheaper harbour design"),
        # Verbs of regard take their object with its "as" phrase.
        (
            "Voters saw the mayor as a credible agent of change.",
            "saw",
            "the mayor as a credible agent of change",
        ),
        ("Tomas Reis cast himself as an outsider.", "cast", "himself as an outsider"),
    ],
)
def test_statement_object_cues(quotes_in, text: str, cue: str, content: str) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = quotes_in(text)
    assert (cue, content) in {(q.cue, q.text) for q in quotes}


def test_a_verb_of_regard_without_an_as_phrase_reports_nothing(quotes_in) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = quotes_in("Tomas Reis saw the mayor at the harbour on Monday.")
    assert quotes == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # Verbs and nouns whose content is a preposition's object.
        (
            "Tomas Reis vouched for the new harbour manager.",
            "vouched",
            "the new harbour manager",
            "Tomas Reis",
        ),
        (
            "Ana Silva has doubts about the harbour budget.",
            "doubts",
            "the harbour budget",
            "Ana Silva",
        ),
        # Adjectives of stance: a preposition's object, a that-clause or an infinitive.
        (
            "Ana Silva was critical of the harbour budget.",
            "critical",
            "the harbour budget",
            "Ana Silva",
        ),
        (
            "The mayor is confident that the harbour will open in May.",
            "confident",
            "the harbour will open in May",
            "The mayor",
        ),
        (
            "Tomas Reis is eager to rebuild the harbour.",
            "eager",
            "to rebuild the harbour",
            "Tomas Reis",
        ),
        (
            "Fishermen wary of the new harbour rules met on Monday.",
            "wary",
            "the new harbour rules",
            "Fishermen",
        ),
    ],
)
def test_stance_cues_with_a_preposition_clause_or_infinitive(  # type: ignore[no-untyped-def]
    quotes_in,
    parse,
    text: str,
    cue: str,
    content: str,
    speaker: str,
) -> None:
    quotes, _ = quotes_in(text)
    assert (cue, content, speaker) in {(q.cue, q.text, q.speaker_text) for q in quotes}


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # What a passive reports is the whole clause; its subject holds nothing, an agent does.
        (
            "The council is expected to approve the harbour budget on Monday.",
            "The council is expected to approve the harbour budget on Monday",
            None,
        ),
        (
            "The harbour is expected by analysts to reopen in May.",
            "The harbour is expected by analysts to reopen in May",
            "analysts",
        ),
    ],
)
def test_passive_report_with_an_infinitive(
    quotes_in, text: str, content: str, speaker: str | None
) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = quotes_in(text)
    assert [(q.text, q.speaker_text) for q in quotes] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friedrich Merz will meet Emmanuel Macron on Friday to discuss defence spending.", []),
        (
            "Two officials, who declined to be named, said the talks had stalled.",
            ["the talks had stalled"],
        ),
        ("Pyongyang attacked the South's navy on Tuesday.", []),
        ("Rebels attacked the convoy near the border.", []),
        ("Hamas fighters attacked an Israeli convoy near Gaza on Monday.", []),
        ("Veldonian troops attacked Karsk on Sunday.", []),
        ("Ana Silva's party attacked the police station in Beira.", []),
        # The same verbs report statements when people use them on words or records.
        ("Ana Silva attacked the mayor's budget plan.", ["the mayor's budget plan"]),
        ("Ana Silva refused to discuss the budget plan.", ["to discuss the budget plan"]),
    ],
)
def test_actions_are_not_reported_speech(quotes_in, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = quotes_in(text)
    assert [q.text for q in quotes] == expected


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("The Ostrian government recalled its ambassador from Korvala.", None),
        ("Ana Silva recalled her first campaign.", "her first campaign"),
    ],
)
def test_recalling_an_ambassador_says_nothing(quotes_in, text: str, reported: str | None) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = quotes_in(text)
    assert [q.text for q in quotes] == ([reported] if reported else [])
