"""The shared mention index: lookups by token, and referents under each policy."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from transforms.entities import extract_entities
from transforms.events.settings import ACTOR_REFERENTS
from transforms.extract import sentence_indices
from transforms.mentions import MentionIndex, points_back, pronoun_gender
from transforms.quotes.settings import SPEAKER_REFERENTS
from transforms.types import PERSON_TYPES

Parse = Callable[[str], Doc]


def _index(parse: Parse, text: str) -> MentionIndex:
    doc = parse(text)
    sentences = sentence_indices(doc)
    mentions, _ = extract_entities(doc, sentences)
    return MentionIndex(doc, mentions, sentences)


def test_a_name_in_apposition_names_its_noun(parse: Parse) -> None:
    index = _index(parse, "Russia criticised its closest ally, France, on Monday.")
    ally = next(token for token in index.doc if token.text == "ally")
    named = index.named(ally)
    assert named is not None and named.text == "France"


def test_the_actor_policy_looks_back_three_sentences_and_the_speaker_policy_further(
    parse: Parse,
) -> None:
    text = (
        "Ana Silva arrived in Lisbon. The port was closed. Ships waited. Crews slept. "
        "Traders left. She spoke."
    )
    index = _index(parse, text)
    she = next(token for token in index.doc if token.text == "She")
    gender = pronoun_gender(she.text)
    speaker = index.most_recent(she.i, PERSON_TYPES, SPEAKER_REFERENTS, gender=gender)
    actor = index.most_recent(she.i, PERSON_TYPES, ACTOR_REFERENTS, gender=gender)
    assert speaker is not None and speaker.text == "Ana Silva"
    assert actor is None


def test_a_pronoun_skips_a_person_a_title_gives_another_gender(parse: Parse) -> None:
    index = _index(parse, "Mrs. Ana Silva met Mr. Tom Reed. She spoke.")
    she = next(token for token in index.doc if token.text == "She")
    for policy in (SPEAKER_REFERENTS, ACTOR_REFERENTS):
        found = index.most_recent(she.i, PERSON_TYPES, policy, gender=pronoun_gender("she"))
        assert found is not None and found.text == "Ana Silva"


def test_a_modifier_picks_the_person_it_introduced(parse: Parse) -> None:
    index = _index(parse, "Russian President Vladimir Putin met Tom Reed. The leader spoke.")
    leader = next(token for token in index.doc if token.text == "leader")
    for policy in (SPEAKER_REFERENTS, ACTOR_REFERENTS):
        found = index.most_recent(leader.i, PERSON_TYPES, policy, modifier="russian")
        assert found is not None and found.text == "Vladimir Putin"


def test_pronoun_gender() -> None:
    assert pronoun_gender("He") == "singular_male"
    assert pronoun_gender("they") is None


@pytest.mark.parametrize(
    ("text", "noun", "as_speaker", "as_actor"),
    [
        ("The leader spoke.", "leader", True, True),
        ("This leader spoke.", "leader", True, False),
        ("The leaders spoke.", "leaders", False, True),
        ("A spokeswoman spoke.", "spokeswoman", False, False),
        ("His lawyer spoke.", "lawyer", False, False),
    ],
)
def test_which_descriptions_point_back_under_each_policy(
    parse: Parse, text: str, noun: str, as_speaker: bool, as_actor: bool
) -> None:
    token = next(t for t in parse(text) if t.text == noun)
    found = (points_back(token, SPEAKER_REFERENTS), points_back(token, ACTOR_REFERENTS))
    assert found == (as_speaker, as_actor)
