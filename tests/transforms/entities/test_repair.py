"""Mention repair: trimming, cutting, dropping, adding and relabelling the NER model's mentions."""

from __future__ import annotations

import pytest

from transforms.entities import extract_entities
from transforms.extract import sentence_indices


def _entities(parse, text: str):  # type: ignore[no-untyped-def]
    doc = parse(text)
    return extract_entities(doc, sentence_indices(doc))


def test_leading_determiner_is_not_part_of_the_name(parse) -> None:  # type: ignore[no-untyped-def]
    _, entities = _entities(parse, "Officials from the United States visited the United Nations.")
    names = {e.name for e in entities}
    assert "United States" in names
    assert not any(n.lower().startswith("the ") for n in names)


def test_dateline_in_capitals_is_a_place(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Storm closes port .\nHALIFAX 2024-03-02\nThe port of Halifax closed on Saturday ."
    mentions, _ = _entities(parse, text)
    first = next(m for m in mentions if m.text == "HALIFAX")
    assert first.type == "GPE"


def test_names_do_not_run_over_numbers_or_separators(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Results on Sunday :\nRomania - Cosmin Petrescu scored twice .\nHouston 10 Denver 4 ."
    mentions, _ = _entities(parse, text)
    texts = {m.text for m in mentions}
    assert not any(" - " in t or any(c.isdigit() for c in t) for t in texts)
    assert "Romania" in texts


def test_initial_and_surname_is_a_person(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Bowling : D. Okonkwo 4-43 , R. Tamsin 2-10 ."
    mentions, _ = _entities(parse, text)
    people = {m.text for m in mentions if m.type == "PERSON"}
    assert {"D. Okonkwo", "R. Tamsin"} <= people


def test_repeated_name_missed_by_the_model_is_found(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Analysts at Velmora Holdings expect growth. Velmora Holdings said profits rose. "
        "Shares of Velmora Holdings fell."
    )
    mentions, _ = _entities(parse, text)
    found = [m for m in mentions if m.text == "Velmora Holdings"]
    assert len(found) == 3
    assert len({m.entity_id for m in found}) == 1


def test_teams_in_match_results_are_organisations(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Division two results :\nHalworth 2 Dunmere Rovers 1 Kelby 0 Tarnside 3 ."
    mentions, _ = _entities(parse, text)
    orgs = {m.text for m in mentions if m.type == "ORG"}
    assert {"Halworth", "Dunmere Rovers", "Kelby", "Tarnside"} <= orgs


def test_company_suffix_makes_an_organisation(parse) -> None:  # type: ignore[no-untyped-def]
    mentions, _ = _entities(parse, "Shares in Vantorio SpA rose after Vantorio SpA met targets.")
    found = [m for m in mentions if m.text == "Vantorio SpA"]
    assert found and all(m.type == "ORG" for m in found)


def test_person_mention_drops_a_leading_role(parse) -> None:  # type: ignore[no-untyped-def]
    mentions, _ = _entities(parse, "Broker Tomas Varga said prices fell on Monday.")
    assert "Tomas Varga" in {m.text for m in mentions if m.type == "PERSON"}


def test_city_tagged_as_a_person_is_repaired(parse) -> None:  # type: ignore[no-untyped-def]
    # spaCy tags this "Lisbon" as PERSON; a city of 100,000+ people that is no one's name is GPE.
    mentions, _ = _entities(parse, "Prince Charles visited Lisbon on Monday.")
    assert {m.text: m.type for m in mentions}.get("Lisbon") == "GPE"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "The State Department said on Monday that talks would resume.",
            {("State Department", "ORG")},
            {"Department"},
        ),
        (
            "A Defense Department official declined to comment.",
            {("Defense Department", "ORG")},
            {"Department"},
        ),
        (
            "The Department of State issued a travel warning on Friday.",
            {("Department of State", "ORG")},
            set(),
        ),
        (
            "Secretary of State Marco Rubio arrived in Kyiv on Monday.",
            {("Marco Rubio", "PERSON")},
            {"State"},
        ),
        # a portfolio before the title is part of the title, not an organisation
        (
            "The plan is fair, Home Secretary David Blunkett told the Home Office staff.",
            {("David Blunkett", "PERSON"), ("Home Office", "ORG")},
            {"Home"},
        ),
        # a capitalised common noun after "the" is no one's name
        (
            "MPs will debate the Bill next week, Home Secretary David Blunkett said.",
            {("David Blunkett", "PERSON")},
            {"Bill"},
        ),
        # initials alone are an organisation's
        ("Airports operator BAA said the terminal would open in 2008.", {("BAA", "ORG")}, set()),
        # a nationality is what is left of an ORG span once its lowercase words are trimmed
        (
            "“We will respond,” the Ukrainian defence ministry said.",
            {("Ukrainian", "NORP")},
            set(),
        ),
        # one-word parties the model takes for surnames
        (
            "Charles Kennedy said Labour and the Conservatives relied on fear.",
            {("Charles Kennedy", "PERSON"), ("Labour", "ORG")},
            set(),
        ),
        # a name in apposition to a role, or whose surname has "Mr", is a person's
        (
            "The Prime Minister, Declan Moyes, has said the bill will pass.",
            {("Declan Moyes", "PERSON")},
            set(),
        ),
        (
            "Declan Moyes has said the bill will pass. Mr Moyes told MPs on Wednesday.",
            {("Declan Moyes", "PERSON")},
            set(),
        ),
        ("Mr Washington told MPs the bill was wrong.", {("Washington", "PERSON")}, set()),
    ],
)
def test_organisations_titles_and_common_nouns_are_told_apart(  # type: ignore[no-untyped-def]
    parse, text: str, present: set[tuple[str, str]], absent: set[str]
) -> None:
    _, entities = _entities(parse, text)
    assert present <= {(e.name, e.type) for e in entities}
    assert not absent & {e.name for e in entities}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Moses Otieno said the harvest was poor. Farmers are worried, Otieno said on Tuesday.",
            {"Moses Otieno"},
        ),
        (
            "Yesterday Otieno said the harvest was poor. Otieno said on Tuesday it rained.",
            {"Otieno"},
        ),
        ("Kenyan Otieno said the harvest was poor. Otieno said on Tuesday it rained.", {"Otieno"}),
        ("On Tuesday Otieno said the harvest was poor. Otieno said it rained.", {"Otieno"}),
        ("Officials said Moses Otieno had left. Otieno declined to comment.", {"Moses Otieno"}),
    ],
)
def test_a_surname_links_to_the_full_name_the_model_missed(
    parse, text: str, people: set[str]
) -> None:  # type: ignore[no-untyped-def]
    mentions, entities = _entities(parse, text)
    assert {e.name for e in entities if e.type == "PERSON"} == people
    person_ids = {m.entity_id for m in mentions if m.type == "PERSON"}
    assert len(person_ids) == 1


def _mention_texts(parse, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    doc = parse(text)
    return {m.text for m in extract_entities(doc, sentence_indices(doc))[0]}


TABLE = (
    "Acme Corp said fourth quarter profits rose.\n"
    "    Shr 34 cts vs 1.19 dlrs\n"
    "    Revs 337.3 mln vs 315.2 mln\n"
    "    Avg shrs 12.1 mln vs 11.8 mln\n"
    "    Brazil 12.5 vs 13.0\n"
)


def test_row_labels_and_figures_of_a_table_are_not_names(parse) -> None:  # type: ignore[no-untyped-def]
    found = _mention_texts(parse, TABLE)
    assert not found & {"Shr", "Revs", "Avg", "Revs 337.3 mln"}
    assert not any(any(ch.isdigit() for ch in text) for text in found)
    assert "Brazil" in found  # a place the gazetteer knows stays


def test_a_name_in_a_sentence_with_figures_stays(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Revs Brown said sales rose 12 pct to 1.5 mln dlrs.\n"
    assert "Revs Brown" in _mention_texts(parse, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chancellor of the Exchequer Nigel Lawson said rates would fall.", "Nigel Lawson"),
        ("The Secretary of State George Shultz met the envoy.", "George Shultz"),
    ],
)
def test_a_titles_portfolio_is_not_part_of_the_name(parse, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    doc = parse(text)
    _, entities = extract_entities(doc, sentence_indices(doc))
    assert name in {e.name for e in entities if e.type == "PERSON"}
