"""Entities: mention spans, within-article clustering, label repair and canonical names."""

from __future__ import annotations

import pytest

from transforms.entities import extract_entities, extract_roles
from transforms.extract import sentence_indices
from transforms.normalise import _entity_row


def _entities(parse, text: str):  # type: ignore[no-untyped-def]
    doc = parse(text)
    return extract_entities(doc, sentence_indices(doc))


def test_surname_joins_the_full_name_and_titles_are_dropped(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Prime Minister Elena Marchetti arrived in Rome on Monday. "
        "Marchetti said the talks went well. Later, President Marchetti left for Paris."
    )
    mentions, entities = _entities(parse, text)
    people = [e for e in entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Elena Marchetti"]
    marchetti = people[0].entity_id
    assert sum(1 for m in mentions if m.entity_id == marchetti) >= 2
    for m in mentions:
        assert text[m.start_char : m.end_char] == m.text


def test_mislabelled_surname_is_repaired_to_the_person(seed_text, seed_people, parse) -> None:  # type: ignore[no-untyped-def]
    mentions, entities = _entities(parse, seed_text)
    by_name = {e.name: e for e in entities}
    for name in seed_people:
        assert by_name[name].type == "PERSON"
    trump = by_name["Donald Trump"].entity_id
    trump_mentions = [m for m in mentions if m.entity_id == trump]
    # spaCy tags some bare "Trump" as ORG; every one of them belongs to the person.
    assert {m.ner_label for m in trump_mentions} >= {"PERSON", "ORG"}
    assert all(m.type == "PERSON" for m in trump_mentions)
    assert not any(e.name == "Trump" for e in entities)


def test_leading_determiner_is_not_part_of_the_name(parse) -> None:  # type: ignore[no-untyped-def]
    _, entities = _entities(parse, "Officials from the United States visited the United Nations.")
    names = {e.name for e in entities}
    assert "United States" in names
    assert not any(n.lower().startswith("the ") for n in names)


def test_same_name_and_type_in_two_articles_is_one_entity(parse) -> None:  # type: ignore[no-untyped-def]
    _, first = _entities(parse, "Angela Ruiz spoke in Madrid on Tuesday.")
    _, second = _entities(parse, "Yesterday Angela Ruiz visited Seville with her team.")
    ids_first = {e.name: e.entity_id for e in first}
    ids_second = {e.name: e.entity_id for e in second}
    assert ids_first["Angela Ruiz"] == ids_second["Angela Ruiz"]


def test_seed_people_are_one_person_each_and_kyiv_is_a_place(seed_text, seed_people, parse) -> None:  # type: ignore[no-untyped-def]
    mentions, entities = _entities(parse, seed_text)
    for name in seed_people:
        matching = [e for e in entities if e.name == name]
        assert len(matching) == 1, name
        assert matching[0].type == "PERSON"
    # spaCy tags "Kyiv" as PERSON here; the place gazetteer repairs it.
    kyiv = [m for m in mentions if m.text == "Kyiv"]
    assert kyiv and all(m.type == "GPE" for m in kyiv)
    assert not any(e.name == "Kyiv" and e.type == "PERSON" for e in entities)


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


def _roles(parse, text: str) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    """Person name -> the roles written beside their mentions."""
    doc = parse(text)
    sentences = sentence_indices(doc)
    mentions, entities = extract_entities(doc, sentences)
    names = {e.entity_id: e.name for e in entities}
    found: dict[str, set[str]] = {}
    for role in extract_roles(doc, mentions, sentences):
        assert text[role.start_char : role.end_char] == role.text
        found.setdefault(names[role.mention.entity_id], set()).add(role.text)
    return found


def test_seed_people_keep_the_roles_written_beside_them(seed_text, parse) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(parse, seed_text)
    assert "Russian President" in roles["Vladimir Putin"]
    assert "Ukrainian President" in roles["Volodymyr Zelenskyy"]
    assert {"retired Gen.", "special envoy"} <= roles["Keith Kellogg"]
    assert "President" in roles["Joe Biden"]


def test_appositions_are_roles_and_other_names_are_not(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Keith Kellogg, the special envoy, arrived on Monday. Anna Berg, a spokesperson for "
        "the ministry, declined to comment. Kremlin spokesman Dmitry Peskov met Ana Silva, "
        "and Finland's agriculture minister."
    )
    roles = _roles(parse, text)
    assert roles["Keith Kellogg"] == {"special envoy"}
    assert roles["Anna Berg"] == {"spokesperson"}
    assert roles["Dmitry Peskov"] == {"spokesman"}
    assert "Ana Silva" not in roles


def _entity_rows(parse, text: str) -> dict[str, dict[str, object]]:  # type: ignore[no-untyped-def]
    """Mention text -> the warehouse row of the entity it resolves to."""
    mentions, entities = _entities(parse, text)
    rows = {e.entity_id: _entity_row(e) for e in entities}
    return {m.text: rows[m.entity_id] for m in mentions}


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


def test_a_place_other_than_the_most_populous_of_its_name_is_another_entity(parse) -> None:  # type: ignore[no-untyped-def]
    _, florida = _entities(parse, "Trump flew to Palm Beach, Florida, on Friday.")
    _, australia = _entities(parse, "Palm Beach police said the beach would reopen on Monday.")
    ids = {e.entity_id for e in florida if e.name == "Palm Beach"}
    ids |= {e.entity_id for e in australia if e.name == "Palm Beach"}
    assert len(ids) == 2


def test_seed_palm_beach_is_in_florida(seed_text, parse) -> None:  # type: ignore[no-untyped-def]
    row = _entity_rows(parse, seed_text)["Palm Beach"]
    assert (row["country_code"], row["place_kind"]) == ("US", "city")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ANKARA — Turkey's parliament met on Tuesday. In Ankara the vote was close.",
            {"Ankara"},
        ),
        (
            "ANKARA, March 3 (Testwire) - Officials said on Monday that Ankara would host talks.",
            {"Ankara"},
        ),
        ("ROME — Officials said on Monday that talks would resume.", {"Rome"}),
        (
            "LONDON (Reuters) - NATO, the BBC, UNESCO and the UN met in London.",
            {"London", "BBC", "UNESCO", "UN"},
        ),
        (
            "SOCCER - TITLE FOR OKAFOR\nLAGOS 2024-03-02\nMohamed OKAFOR won the title.",
            {"Lagos", "Mohamed Okafor"},
        ),
    ],
)
def test_canonical_names_are_not_shouted(parse, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    _, entities = _entities(parse, text)
    names = {e.name for e in entities}
    assert expected <= names
    assert not any(n.isupper() and len(n) > 4 and n != "UNESCO" for n in names)


def test_a_dateline_and_a_plain_mention_are_one_entity_across_articles(parse) -> None:  # type: ignore[no-untyped-def]
    _, dateline = _entities(parse, "ANKARA — Turkey's parliament met on Tuesday.")
    _, plain = _entities(parse, "Officials in Ankara said the vote was close.")
    assert {(e.entity_id, e.name) for e in dateline if e.type == "GPE" and e.name != "Turkey"} == {
        (e.entity_id, e.name) for e in plain if e.type == "GPE"
    }


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


def test_secretary_of_state_is_a_role(parse) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(parse, "Secretary of State Marco Rubio arrived in Kyiv on Monday.")
    assert roles["Marco Rubio"] == {"Secretary of State"}


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


def _entity_of_last(parse, text: str, word: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """(name, type) of the entity that the last mention written `word` resolves to."""
    mentions, entities = _entities(parse, text)
    by_id = {e.entity_id: e for e in entities}
    last = [m for m in mentions if m.text == word][-1]
    return by_id[last.entity_id].name, by_id[last.entity_id].type


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the model's label on a lone surname is no evidence against the person named before
        (
            "Maria Delgado arrived in Lima on Monday. Delgado threatened Berg.",
            "Delgado",
            ("Maria Delgado", "PERSON"),
        ),  # ORG
        (
            "Maria Delgado met Lars Berg. After the meeting Delgado and Berg signed the deal.",
            "Delgado",
            ("Maria Delgado", "PERSON"),
        ),  # FAC
        (
            "Michael Jordan scored 30. Jordan said he was tired.",
            "Jordan",
            ("Michael Jordan", "PERSON"),
        ),  # GPE: a country's name, but not where a place stands
        (
            "George Washington led the army. Washington crossed the river.",
            "Washington",
            ("George Washington", "PERSON"),
        ),
        (
            "In Washington's view, John Washington said, the plan failed.",
            "Washington",
            ("John Washington", "PERSON"),
        ),
        # a place written where a place stands stays the place
        (
            "John Washington, a lawyer, said the ruling was wrong. He flew to Washington on "
            "Monday.",
            "Washington",
            ("Washington", "GPE"),
        ),
        (
            "Kevin Houston, the coach, was fired. The team returns to Houston next week.",
            "Houston",
            ("Houston", "GPE"),
        ),
        ("Ana Lima arrived. Delegates met in Lima on Monday.", "Lima", ("Lima", "GPE")),
        # an untagged surname after a person's title is a repeat of the person's name
        (
            "Mike Trainor spoke in Paris. “It is what the industry has to deliver,” Mr Trainor "
            "said.",
            "Trainor",
            ("Mike Trainor", "PERSON"),
        ),
        (
            "Ed Balls said Gordon Brown would not raise taxes. Mr Balls said he was sure Mr "
            "Brown's Budget would not put the economy at risk.",
            "Brown",
            ("Gordon Brown", "PERSON"),
        ),
    ],
)
def test_a_surname_is_the_person_named_in_the_article_unless_it_stands_as_a_place(  # type: ignore[no-untyped-def]
    parse, text: str, word: str, expected: tuple[str, str]
) -> None:
    assert _entity_of_last(parse, text, word) == expected
