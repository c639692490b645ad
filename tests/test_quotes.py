"""Quotes: quotation-mark pairing, kinds, cues and speakers."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from transforms.entities import extract_entities
from transforms.extract import sentence_indices
from transforms.quotes import QuoteSpan, extract_quotes, find_quoted_spans

QUOTE_MARK_CHARS = ("“", "”", "«", "»", "„", '"', "'", "`")


def _quotes(parse, text: str) -> tuple[list[QuoteSpan], dict[str, str]]:  # type: ignore[no-untyped-def]
    doc = parse(text)
    sentences = sentence_indices(doc)
    mentions, entities = extract_entities(doc, sentences)
    names = {e.entity_id: e.name for e in entities}
    return extract_quotes(doc, sentences, mentions), names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “yes, we will” today.", ["yes, we will"]),
        ('She said "we will go," and left.', ["we will go"]),
        ("«Nous partons» dit-il.", ["Nous partons"]),
        ("“First part,” he said. “Second part.”", ["First part", "Second part."]),
        ("A stray “mark with no end.\nNext paragraph.", []),
        (
            "“Opening paragraph of a quote\n“and its continuation.”",
            ["Opening paragraph of a quote\n“and its continuation."],
        ),
        (
            "“A block quotation that never closes\nNext paragraph.",
            ["A block quotation that never closes"],
        ),
        ("He said ``we will go'' and ''we will stay.''", ["we will go", "we will stay."]),
        (
            "“I prefer what he calls “chaos” to his order.”",
            ["I prefer what he calls “chaos” to his order."],
        ),
        ("It's the company's plan, not 'theirs'.", []),
        ('<tweet author="@AnaSilva" date="May 1, 2016">We sail at noon.</tweet>', []),
    ],
)
def test_find_quoted_spans(text: str, expected: list[str]) -> None:
    assert [text[q.start_char : q.end_char] for q in find_quoted_spans(text)] == expected


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
def test_direct_quote_speaker_positions(parse, text: str, speaker: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    quotes, names = _quotes(parse, text)
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert quote.text.startswith("We will rebuild the port")
    assert quote.cue == cue
    assert names[quote.speaker_entity_id or ""] == speaker
    assert text[quote.start_char : quote.end_char] == quote.text


def test_quote_broken_by_its_cue_gives_two_rows_with_one_speaker(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Health Minister Ana Tembe visited Beira on Thursday.\n"
        "“Nobody will be left without clean water,” she said. “We are working every day.”"
    )
    quotes, names = _quotes(parse, text)
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


def test_evaluation_joins_a_broken_quote_into_one_span(parse) -> None:  # type: ignore[no-untyped-def]
    from evaluation.predictors import join_resumed_quotes

    text = "“Nobody will be left without water,” she said. “We are working every day.”"
    quotes, _ = _quotes(parse, text)
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
    parse, text: str, expected: list[str]
) -> None:  # type: ignore[no-untyped-def]
    from evaluation.predictors import join_resumed_quotes

    quotes, _ = _quotes(parse, text)
    assert [q.text for q in join_resumed_quotes(text, quotes) if q.kind == "direct"] == expected


def test_a_date_after_the_cue_is_not_the_speaker(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials met on Friday.\n“We are ready to reopen the harbour,” announced Tuesday the "
        "port authority of Beira."
    )
    quotes, _ = _quotes(parse, text)
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert quote.speaker_text == "the port authority"


def test_a_quoted_word_is_never_the_speaker_of_a_mis_attached_cue(parse) -> None:  # type: ignore[no-untyped-def]
    # The parser hangs "asserting" on the quoted "makes", whose subject is the quoted "That".
    text = (
        "Tomas Reis hardly explained the matter, treating her remark first as praise -- “That "
        "makes me smart” -- and, when asked after the debate, asserting, “Of course, I pay my "
        "taxes.”"
    )
    quotes, _ = _quotes(parse, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert direct
    for quote in direct:
        assert all(
            not (other.start_char <= (quote.speaker_start_char or -1) < other.end_char)
            for other in direct
        )


@pytest.mark.parametrize(
    "text",
    [
        "Ana Silva said that “we will rebuild the harbour before the winter.”",
        "Ana Silva wrote that, “For those who doubt me, we will rebuild the harbour this year!”",
        "Ana Silva said on Monday that “We will rebuild the harbour before the winter.”",
    ],
)
def test_quote_filling_a_reported_that_clause_is_mixed(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    quotes, names = _quotes(parse, text)
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
    parse, text: str, expected: list[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = _quotes(parse, text)
    assert [(q.kind, q.text) for q in quotes if q.kind != "partial"] == expected


def test_resumed_quote_that_the_writer_continues_is_partial(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“This is simply not right,” Ana Silva said. “You blamed the harbour staff” for the "
        "losses of the whole year."
    )
    quotes, _ = _quotes(parse, text)
    quoted = [(q.text, q.kind) for q in quotes if q.kind in ("direct", "partial")]
    assert quoted == [
        ("This is simply not right", "direct"),
        ("You blamed the harbour staff", "partial"),
    ]


def test_quotes_with_their_own_cues_stay_apart(parse) -> None:  # type: ignore[no-untyped-def]
    text = "“The bridge is safe,” said Ana Silva. “It is not safe at all,” said Tomas Reis."
    quotes, names = _quotes(parse, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [names[q.speaker_entity_id or ""] for q in direct] == ["Ana Silva", "Tomas Reis"]


def test_pronoun_is_named_by_an_added_statement_that_follows(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Rui Costa met Governor Tomas Reis on Friday.\n"
        "“We will rebuild the harbour before the winter storms,” he said.\n"
        "The mayor added that the city would pay half of the cost."
    )
    quotes, names = _quotes(parse, text)
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert quote.speaker_text == "he" and names[quote.speaker_entity_id or ""] == "Rui Costa"


def test_quote_signed_with_a_dash_names_its_speaker(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Readers wrote to us.\n“The new bridge has changed how we live here.” ― Marta Lopes."
    quotes, names = _quotes(parse, text)
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert names[quote.speaker_entity_id or ""] == "Marta Lopes"
    assert quote.speaker_method == "signature"


def test_a_cue_in_the_next_paragraph_is_not_the_quotes_cue(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We have rebuilt every school in the valley,” said Ana Silva.\n"
        "“The roads come next and they will be finished by spring.”\n"
        "Tomas Reis said the budget would not allow it."
    )
    quotes, names = _quotes(parse, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [names[q.speaker_entity_id or ""] for q in direct] == ["Ana Silva", "Ana Silva"]


def test_parenthetical_cue_reports_its_host_clause(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The new harbour, Ana Silva said, will open to ships in the spring of next year."
    quotes, names = _quotes(parse, text)
    [quote] = [q for q in quotes if q.kind == "indirect"]
    assert quote.text.startswith("The new harbour") and quote.text.endswith("next year")
    assert quote.cue == "said" and names[quote.speaker_entity_id or ""] == "Ana Silva"


def test_statement_nouns_report_their_complement(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Silva made the claim that the harbour will open to ships next spring."
    quotes, names = _quotes(parse, text)
    noun_row = next(q for q in quotes if q.cue == "claim")
    assert noun_row.kind == "indirect"
    assert noun_row.text == "the harbour will open to ships next spring"
    assert names[noun_row.speaker_entity_id or ""] == "Ana Silva"


def test_a_question_is_attributed_across_the_parsers_sentence_break(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Tomas Reis spoke first.\n“Who will pay for the new harbour?” Ana Silva asked."
    quotes, names = _quotes(parse, text)
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert quote.cue == "asked" and names[quote.speaker_entity_id or ""] == "Ana Silva"


def test_pronoun_skips_a_person_whose_title_gives_another_gender(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mrs. Ana Silva met Mr. Tomas Reis at the harbour. He spoke after Mr. Reis.\n"
        "“The port will reopen in the spring,” she said."
    )
    quotes, names = _quotes(parse, text)
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert names[quote.speaker_entity_id or ""] == "Ana Silva"


def test_scare_quotes_are_partial_without_speaker(parse) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = _quotes(parse, "The plan looked “reckless” on Monday.")
    assert [(q.kind, q.text, q.speaker_text) for q in quotes] == [("partial", "reckless", None)]


def test_scare_quote_inside_a_report_stays_partial(parse) -> None:  # type: ignore[no-untyped-def]
    quotes, names = _quotes(parse, "Senator Ana Silva called the plan “reckless” on Monday.")
    by_kind = {q.kind: q for q in quotes}
    assert by_kind["partial"].text == "reckless"
    assert by_kind["indirect"].text.startswith("the plan “reckless”")
    assert names[by_kind["indirect"].speaker_entity_id or ""] == "Ana Silva"


def test_indirect_and_according_to(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Union leader Tomas Reis said the strike would continue until Friday.\n"
        "The talks collapsed after midnight, according to the Transport Ministry."
    )
    quotes, names = _quotes(parse, text)
    indirect = {q.text: q for q in quotes}
    strike = indirect["the strike would continue until Friday"]
    assert strike.kind == "indirect" and names[strike.speaker_entity_id or ""] == "Tomas Reis"
    talks = next(q for q in quotes if q.cue == "according to")
    assert talks.text == "The talks collapsed after midnight"
    assert names[talks.speaker_entity_id or ""] == "Transport Ministry"


def test_seed_article_direct_quotes_have_speakers(seed_text, parse) -> None:  # type: ignore[no-untyped-def]
    quotes, names = _quotes(parse, seed_text)
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


@given(st.text(alphabet=st.sampled_from(list("ab “”\"'«»\n.,`")), max_size=60))
@example('```\n\n"`')
def test_quoted_spans_are_in_bounds_and_cross_paragraphs_only_into_reopened_quotes(
    text: str,
) -> None:
    for span in find_quoted_spans(text):
        assert 0 <= span.start_char < span.end_char <= len(text)
        content = text[span.start_char : span.end_char]
        # a blank line is no paragraph (a quote carries on across it); any other line must
        # reopen the quote
        for later_paragraph in content.split("\n")[1:]:
            if later_paragraph.strip():
                assert later_paragraph.lstrip()[:1] in QUOTE_MARK_CHARS


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
def test_fragment_or_utterance(parse, text: str, expected_kind: str) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = _quotes(parse, text)
    quoted = [q for q in quotes if q.kind in ("direct", "partial", "mixed")]
    assert [q.kind for q in quoted][-1:] == [expected_kind]


def test_quote_broken_by_its_cue_is_not_a_mixed_report(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Tomas Reis spoke first.\n“My hope,” Ana Silva said, “is that the harbour opens in May.”"
    quotes, names = _quotes(parse, text)
    assert not [q for q in quotes if q.kind == "mixed"]
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["My hope", "is that the harbour opens in May."]
    assert {names[q.speaker_entity_id or ""] for q in direct} == {"Ana Silva"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A word inside the quote is never the cue's subject.
        (
            "Tomas Reis spoke first.\n“I make you this promise: We will rebuild the harbour,” "
            "Mayor Ana Silva said Monday.",
            "Ana Silva",
        ),
        # A participle describing a noun: the noun is who speaks.
        (
            "The new video shows Mayor Ana Silva saying, “We will rebuild the harbour by spring.”",
            "Ana Silva",
        ),
        (
            "Tomas Reis spoke first. According to Ana Silva, “The harbour will reopen in May.”",
            "Ana Silva",
        ),
        # No cue verb, but the clause before the colon names who said it.
        (
            "Tomas Reis spoke first.\nAna Silva made one promise: “We will rebuild the harbour.”",
            "Ana Silva",
        ),
        (
            "Tomas Reis spoke first.\n“Who will pay for the harbour?” Ana Silva demanded.",
            "Ana Silva",
        ),
        # Verbs of the manner of speaking, and phrasal ones, cue direct quotes.
        (
            "Tomas Reis spoke first.\n“Nobody will ever buy the harbour,” Ana Silva scoffed.",
            "Ana Silva",
        ),
        (
            "Tomas Reis spoke first.\n“The harbour is not for sale at any price,” Ana Silva shot "
            "back.",
            "Ana Silva",
        ),
        (
            "Tomas Reis spoke first. As Ana Silva put it, “The harbour is the heart of this town.”",
            "Ana Silva",
        ),
        # A cue the parser leaves without a subject: the first name of its clause.
        (
            "Officials met on Friday. In a call with reporters on May 2, Col. Ana Silva, a "
            "military spokeswoman in Beira, said, “The harbour will reopen next week. There is no "
            "reason to wait.”",
            "Ana Silva",
        ),
        # A verbless label before a colon names who is quoted.
        (
            "Tomas Reis spoke first.\nMore from Ana Silva: “The harbour will reopen next week.”",
            "Ana Silva",
        ),
        (
            "Tomas Reis spoke first.\nHARBOUR TO REOPEN SOON - Ana Silva: “The harbour will reopen "
            "next week.”",
            "Ana Silva",
        ),
    ],
)
def test_direct_quote_speaker_without_a_plain_subject(parse, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    quotes, names = _quotes(parse, text)
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert names[quote.speaker_entity_id or ""] == speaker


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
def test_indirect_cues_and_their_content(parse, text: str, cue: str, content: str) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = _quotes(parse, text)
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
def test_indirect_content_boundaries(parse, text: str, cue: str, content: str) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = _quotes(parse, text)
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
def test_statement_object_cues(parse, text: str, cue: str, content: str) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = _quotes(parse, text)
    assert (cue, content) in {(q.cue, q.text) for q in quotes}


def test_a_verb_of_regard_without_an_as_phrase_reports_nothing(parse) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = _quotes(parse, "Tomas Reis saw the mayor at the harbour on Monday.")
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
    parse, text: str, cue: str, content: str, speaker: str
) -> None:
    quotes, _ = _quotes(parse, text)
    assert (cue, content, speaker) in {(q.cue, q.text, q.speaker_text) for q in quotes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A transcript turn or a headline claim: a short name and a colon open the paragraph.
        (
            "The debate went on.\n\nSILVA: We will rebuild the harbour before the winter storms."
            "\n\nREIS: The council has no money for it.",
            [
                ("We will rebuild the harbour before the winter storms", "SILVA"),
                ("The council has no money for it", "REIS"),
            ],
        ),
        (
            "Ana Silva: Harbour plan has failed\n\nThe mayor spoke.",
            [("Harbour plan has failed", "Ana Silva")],
        ),
        # Headings and places are not speakers.
        ("Update: The harbour will reopen on Monday.\n\nThe mayor spoke.", []),
        ("Ohio: Ana Silva, Tomas Reis, Maria Costa and Joao Pinto.\n\nMore.", []),
    ],
)
def test_paragraphs_opened_by_a_name_and_a_colon(
    parse, text: str, expected: list[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = _quotes(parse, text)
    assert [(q.text, q.speaker_text) for q in quotes if q.cue == ":"] == expected


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # A lowercase quote after "said that" is no utterance of its own (it stays partial), but
        # the report that embeds it is: a mixed quote with the reporting verb's subject.
        (
            "Tomas Reis said that “as a town, we have to do better.”",
            "as a town, we have to do better.",
            "Tomas Reis",
        ),
        (
            "Ana Silva says that “the harbour belongs to everyone.”",
            "the harbour belongs to everyone.",
            "Ana Silva",
        ),
    ],
)
def test_report_of_a_partial_quote_is_mixed(parse, text: str, content: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = _quotes(parse, text)
    assert [(q.kind, q.text, q.speaker_text) for q in quotes] == [("mixed", content, speaker)]


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
    parse, text: str, content: str, speaker: str | None
) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = _quotes(parse, text)
    assert [(q.text, q.speaker_text) for q in quotes] == [(content, speaker)]


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
def test_quote_continued_by_the_writer_is_partial(parse, text: str, expected_kind: str) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = _quotes(parse, text)
    [quote] = [q for q in quotes if q.kind in ("direct", "partial")]
    assert quote.kind == expected_kind


@pytest.mark.parametrize(
    ("text", "speaker_text", "speaker"),
    [
        # A spokesperson is the organisation they speak for.
        (
            "Ingrid Halvorsen accused Nordvik Energy of delays. A spokesperson for Nordvik Energy "
            "said the claims were false.",
            "A spokesperson",
            "Nordvik Energy",
        ),
        (
            "Lars Berg criticised the Foreign Ministry. The ministry's spokesman said the visit "
            "would go ahead.",
            "The ministry's spokesman",
            "Foreign Ministry",
        ),
        # Plural, indefinite and someone else's: nobody in particular, never the last name seen.
        ("Felix Aubert was charged on Monday. Prosecutors said he had lied.", "Prosecutors", None),
        (
            "Felix Aubert was charged on Monday. His lawyer said he would appeal.",
            "His lawyer",
            None,
        ),
        (
            "Donald Tusk met Olaf Scholz. Two diplomats said the talks went well.",
            "Two diplomats",
            None,
        ),
        (
            "Felix Aubert was charged on Monday. A spokeswoman said he would appeal.",
            "A spokeswoman",
            None,
        ),
        # "the union" is an organisation named as a union, not the employer named last.
        ("Bahari Terminal Services cut wages. The union said it would strike.", "The union", None),
        (
            "The Dockworkers Union met Bahari Terminal Services. The union said it would strike.",
            "The union",
            "Dockworkers Union",
        ),
        # A general noun for the organisation the story is about.
        (
            "Acme Industries reported a loss. The company said sales fell.",
            "The company",
            "Acme Industries",
        ),
        # Definite and singular: the person introduced with that role.
        (
            "Mayor Ana Silva opened the port. The mayor said it would create jobs.",
            "The mayor",
            "Ana Silva",
        ),
        # An organisation noun that a nationality modifies is the organisation, not the
        # nationality: it keeps its words, and takes the entity of that organisation if the
        # article names it, never one the text gives another country.
        (
            "“We will respond,” the Ukrainian defence ministry said.",
            "the Ukrainian defence ministry",
            None,
        ),
        (
            '"We will respond," the Ukrainian defence ministry said.',
            "the Ukrainian defence ministry",
            None,
        ),
        ("“We will not retreat,” the Israeli army said on Sunday.", "the Israeli army", None),
        (
            "Ukraine's Defence Ministry said the drones were shot down. The Ukrainian defence "
            "ministry said it would respond.",
            "The Ukrainian defence ministry",
            "Defence Ministry",
        ),
        (
            "Russia's Defence Ministry said the drones were shot down. The Ukrainian defence "
            "ministry said it would respond.",
            "The Ukrainian defence ministry",
            None,
        ),
        # An organ of a named organisation speaks for it, as its spokesperson does.
        (
            "The Nordvik Energy board said the merger would go ahead.",
            "The Nordvik Energy board",
            "Nordvik Energy",
        ),
    ],
)
def test_description_speakers_resolve_only_when_they_point_back(  # type: ignore[no-untyped-def]
    parse, text: str, speaker_text: str, speaker: str | None
) -> None:
    quotes, names = _quotes(parse, text)
    [quote] = [q for q in quotes if q.speaker_text == speaker_text]
    assert quote.speaker_method == "description"
    assert names.get(quote.speaker_entity_id or "") == speaker


@pytest.mark.parametrize("break_", ["\n", "\n\n", "\r\n\r\n", "\n \n"])
def test_a_quote_runs_on_across_paragraphs_whatever_separates_them(parse, break_: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Intro.{break_}“When I started, it was broke.{break_}“But we did it,” Ada Okafor said."
    quotes, _ = _quotes(parse, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker_text for q in direct] == ["Ada Okafor"]
    assert direct[0].text.startswith("When I started") and direct[0].text.endswith("we did it")


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
def test_actions_are_not_reported_speech(parse, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = _quotes(parse, text)
    assert [q.text for q in quotes] == expected


def test_two_cues_on_the_same_words_give_one_row(parse) -> None:  # type: ignore[no-untyped-def]
    # A noun cue ("decision to …") and a postposed verb cue ("…, he said") claim the same span;
    # the warehouse keys quotes by their offsets, so there must be one row.
    text = (
        "Lars Berg heads the Commission. The rise is due to the Commission's decision\n"
        "to hold special export tenders for French maize, he said."
    )
    quotes, _ = _quotes(parse, text)
    spans = [(q.start_char, q.end_char) for q in quotes]
    assert len(spans) == len(set(spans))
    assert any(q.text.startswith("to hold special export tenders") for q in quotes)


def test_a_party_the_model_takes_for_a_surname_is_not_the_pronouns_speaker(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In his New Year message Charles Kennedy said Labour and the Conservatives were united "
        "in relying on fear. He said his party was the one of hope."
    )
    quotes, names = _quotes(parse, text)
    [quote] = [q for q in quotes if q.text.startswith("his party")]
    assert names[quote.speaker_entity_id or ""] == "Charles Kennedy"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“He is innocent,” her lawyer, Peter Kamau, said.", "Peter Kamau"),
        ('"He is innocent," her lawyer, Peter Kamau, said.', "Peter Kamau"),
        ("Her lawyer, Peter Kamau, said the charges were false.", "Peter Kamau"),
        ("“He is innocent,” said her lawyer, Peter Kamau.", "Peter Kamau"),
        ("The regulator, Ofcom, said the merger would be reviewed.", "Ofcom"),
        # the name first and the description in apposition, as before
        ("Peter Kamau, her lawyer, said the charges were false.", "Peter Kamau"),
    ],
)
def test_a_name_in_apposition_to_a_description_is_the_speaker(  # type: ignore[no-untyped-def]
    parse, text: str, speaker: str
) -> None:
    quotes, names = _quotes(parse, text)
    [quote] = [q for q in quotes if q.kind in ("direct", "indirect")]
    assert quote.speaker_text == speaker
    assert names[quote.speaker_entity_id or ""] == speaker


def test_names_in_apposition_to_a_plural_are_not_one_speaker(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Two officials, Ana Silva and Lars Berg, said the talks had stalled."
    quotes, _ = _quotes(parse, text)
    [quote] = quotes
    assert (quote.speaker_text, quote.speaker_entity_id) == ("Two officials", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality that only modifies a noun is nobody "they" can stand for
        (
            "Traders said Latin American debt issues fell. They said the spread widened.",
            None,
        ),
        ("Dutch stocks rose on Monday. They said the rise would last.", None),
        # a named organisation still is
        ("Volkswagen cut 5,000 jobs on Monday. They said sales had fallen.", "Volkswagen"),
    ],
)
def test_they_does_not_stand_for_a_name_that_only_modifies_a_noun(  # type: ignore[no-untyped-def]
    parse, text: str, expected: str | None
) -> None:
    quotes, names = _quotes(parse, text)
    [said] = [q for q in quotes if q.speaker_text == "They"]
    assert names.get(said.speaker_entity_id or "") == expected


@pytest.mark.parametrize(
    ("text", "speaker_text", "expected"),
    [
        # "it" stands for the organisation or country last named, unless it is a placeholder
        (
            "Volkswagen said it had found fraud. It said it had dismissed its currency chief.",
            "It",
            "Volkswagen",
        ),
        ("Volkswagen cut 5,000 jobs. It seems the talks will fail.", "It", None),
        # ... and right after another attribution it continues that group, or that description
        (
            "ZIM Energy said it had bought a stake in Jaguar Petroleum Corp. It said the deal "
            "would close in May.",
            "It",
            "ZIM Energy",
        ),
        (
            "Tehran radio said Khomeini spoke to Parliament. It said he warned of dissent.",
            "It",
            None,
        ),
        # "they" is never one person
        ("Ana Silva and Lars Berg met on Monday. They said the talks went well.", "They", None),
        # a relative pronoun keeps its words and stands for the noun its clause modifies
        ("Ana Silva, who said the plan would fail, resigned on Monday.", "who", "Ana Silva"),
    ],
)
def test_it_and_relative_pronouns_stand_for_whom_they_refer_to(  # type: ignore[no-untyped-def]
    parse, text: str, speaker_text: str, expected: str | None
) -> None:
    quotes, names = _quotes(parse, text)
    [said] = [q for q in quotes if q.speaker_text == speaker_text]
    assert said.speaker_method == "pronoun"
    assert names.get(said.speaker_entity_id or "") == expected


def test_a_cue_reproduces_its_offsets_as_written(parse) -> None:  # type: ignore[no-untyped-def]
    text = "According to the union, the strike will last a week."
    quotes, _ = _quotes(parse, text)
    [row] = quotes
    assert row.cue_start_char is not None and row.cue_end_char is not None
    assert (row.cue, text[row.cue_start_char : row.cue_end_char]) == ("According to",) * 2


@pytest.mark.parametrize(
    "text",
    [
        'The spokesman told reporters the operation was "limited and temporary".',
        "Lena Vogt said the arrest was “a grave step backwards”.",
    ],
)
def test_reported_speech_keeps_the_mark_closing_its_quoted_words(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = _quotes(parse, text)
    [reported] = [q for q in quotes if q.kind in ("indirect", "mixed")]
    assert reported.text[-1] in '”"'
    assert text[reported.start_char : reported.end_char] == reported.text


def test_a_dateline_is_not_part_of_the_reported_words(parse) -> None:  # type: ignore[no-untyped-def]
    text = "KORVALA, March 11 (Wire) - Veridian troops seized a customs post, the ministry said."
    quotes, _ = _quotes(parse, text)
    [reported] = quotes
    assert reported.text.startswith("Veridian troops")


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("The Ostrian government recalled its ambassador from Korvala.", None),
        ("Ana Silva recalled her first campaign.", "her first campaign"),
    ],
)
def test_recalling_an_ambassador_says_nothing(parse, text: str, reported: str | None) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = _quotes(parse, text)
    assert [q.text for q in quotes] == ([reported] if reported else [])
