"""Speakers: the words and entity a cue's subject stands for, and the passes over finished rows
that carry speakers on ("It said" after a group's statement, "he" named by the next "added").

A name is its mention; a pronoun or a definite description takes an earlier mention through
the shared `MentionIndex` (policy `SPEAKER_REFERENTS`); a spokesperson or an organisation noun
speaks for its organisation. Gender comes only from titles. Does not find cues or subjects.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from transforms.entities import EntityMentionSpan
from transforms.grammar import first_pobj, relative_antecedent
from transforms.lexicons.quotes.speakers import (
    GENERIC_ORG_NOUNS,
    ORG_ROLE_NOUNS,
    PERSON_ROLE_NOUNS,
    PLACEHOLDER_IT_VERBS,
    SPEAKER_PRONOUNS,
    SPOKESPERSON_NOUNS,
)
from transforms.mentions import MentionIndex, country_named, points_back, pronoun_gender
from transforms.quotes.cues import is_continuation_cue
from transforms.quotes.marks import QUOTE_MARK
from transforms.quotes.rows import QuoteSpan, Speaker
from transforms.quotes.settings import PREVIOUS_SPEAKER_REACH, SPEAKER_REFERENTS
from transforms.types import GROUP_TYPES, NEUTER_TYPES, PERSON_TYPES, SPEAKER_TYPES

#: What a pronoun speaker can stand for, by its SPEAKER_PRONOUNS value (people otherwise).
#: "They" is never one person: after "Ana Silva and Lars Berg met", either alone is half wrong.
_PRONOUN_REFERENT_TYPES = {
    "plural": GROUP_TYPES,
    "neuter": NEUTER_TYPES,
}


def _noun_phrase(token: Token) -> Span:
    """The subject's phrase up to its head: "The Russian leader", "Kremlin aide Ivan Petrov"."""
    left = token.left_edge.i
    for i in range(token.i - 1, left - 1, -1):
        if token.doc[i].text in (",", ";", ":") or QUOTE_MARK.fullmatch(token.doc[i].text):
            left = i + 1  # a mis-parse reaching back into the quote: “… Or Ferguson,” Trump
            break
    right = token.i + 1
    # Keep flat name continuations ("Putin , Russia 's president") out: stop at the head.
    while right < len(token.doc) and token.doc[right].dep_ in ("compound", "flat"):
        right += 1
    return token.doc[left:right]


def speaker_from_subject(subject: Token, mentions: MentionIndex) -> Speaker:
    antecedent = relative_antecedent(subject)
    if antecedent is not None:
        # the words as written ("who"), standing for whom the antecedent names
        meant = speaker_from_subject(antecedent, mentions)
        end = subject.idx + len(subject.text)
        return Speaker(subject.text, subject.idx, end, meant.entity_id, "pronoun")
    phrase = _noun_phrase(subject)
    if subject.lower_ in SPEAKER_PRONOUNS:
        types = _PRONOUN_REFERENT_TYPES.get(SPEAKER_PRONOUNS[subject.lower_], PERSON_TYPES)
        if subject.lower_ == "it" and subject.head.lemma_.lower() in PLACEHOLDER_IT_VERBS:
            types = frozenset()  # "It seems ...": nobody
        # "he" skips a person a title marks as a woman, "she" one marked as a man.
        gender = pronoun_gender(subject.lower_)
        referent = mentions.most_recent(
            subject.i, types, SPEAKER_REFERENTS, gender=gender, heads_only=True
        )
        return Speaker(
            subject.text,
            subject.idx,
            subject.idx + len(subject.text),
            referent.entity_id if referent else None,
            "pronoun",
        )
    named = _named_in_apposition(subject, mentions)
    if named is not None:
        return _mention_speaker(named)
    mention = mentions.overlapping(phrase.start, phrase.end, subject.i, SPEAKER_TYPES)
    if (
        mention is not None
        and subject.lemma_.lower() not in PERSON_ROLE_NOUNS
        and not _describes_organisation(subject, mentions)
    ):
        return _mention_speaker(mention)
    referent = _description_referent(subject, phrase, mentions)
    return Speaker(
        phrase.text,
        phrase.start_char,
        phrase.end_char,
        referent.entity_id if referent else None,
        "description",
    )


def _mention_speaker(mention: EntityMentionSpan) -> Speaker:
    return Speaker(mention.text, mention.start_char, mention.end_char, mention.entity_id, "subject")


def _named_in_apposition(subject: Token, mentions: MentionIndex) -> EntityMentionSpan | None:
    """The person or organisation a singular description names in apposition: "her lawyer,
    Peter Kamau, said" is Peter Kamau speaking. Not for a subject that is itself a name
    ("Peter Kamau, her lawyer," already is the speaker), nor for a plural ("two officials, Ana
    Silva and Lars Berg,": no one of them is the speaker)."""
    if subject.i in mentions.by_token or subject.tag_ in ("NNS", "NNPS"):
        return None
    for child in subject.children:
        mention = mentions.by_token.get(child.i) if child.dep_ == "appos" else None
        if mention is not None and mention.type in SPEAKER_TYPES:
            return mention
    return None


def _description_referent(
    subject: Token, phrase: Span, mentions: MentionIndex
) -> EntityMentionSpan | None:
    """Whom a description speaker refers to, or None where the words name no one in particular.

    A spokesperson is the organisation they speak for. Otherwise only a definite, singular
    description points back ("the Russian leader"); "officials", "a spokeswoman", "two
    analysts" and "his lawyer" stay unresolved rather than given to whoever was named last.
    """
    head = subject.lemma_.lower()
    if head in SPOKESPERSON_NOUNS:
        represented = _represented_organisation(subject, mentions)
        if represented is not None:
            return represented
    if head in ORG_ROLE_NOUNS:
        owner = _organisation_in(phrase, mentions)
        if owner is not None:
            return owner
    if not points_back(subject, SPEAKER_REFERENTS):
        return None
    if head in PERSON_ROLE_NOUNS:
        # "the Russian leader" prefers the person introduced as "Russian President …".
        # "the mayor" prefers the person introduced as "Mayor …".
        modifiers = [t.lower_ for t in phrase if t.i != subject.i and t.pos_ in ("ADJ", "PROPN")]
        modifiers.append(subject.lower_)
        candidates = (
            mentions.most_recent(subject.i, PERSON_TYPES, SPEAKER_REFERENTS, modifier=m)
            for m in modifiers
        )
        referent = next((c for c in candidates if c is not None), None)
        return referent or mentions.most_recent(subject.i, PERSON_TYPES, SPEAKER_REFERENTS)
    if head in ORG_ROLE_NOUNS:
        return _organisation_described(head, subject.i, mentions, country_named(phrase))
    return None


def _describes_organisation(subject: Token, mentions: MentionIndex) -> bool:
    """ "the Ukrainian defence ministry", "the Trump administration": an organisation noun that
    no name covers, only its modifiers do. The speaker is the organisation described, not the
    nationality, person or place modifying it."""
    return subject.lemma_.lower() in ORG_ROLE_NOUNS and subject.i not in mentions.by_token


def _organisation_in(phrase: Span, mentions: MentionIndex) -> EntityMentionSpan | None:
    """The organisation a description names as its owner: "the Acme board" speaks for Acme, as
    "a spokesperson for Acme" does."""
    found = (mentions.by_token.get(i) for i in range(phrase.start, phrase.end))
    return next((m for m in found if m is not None and m.type == "ORG"), None)


def _organisation_described(
    noun: str, before_token: int, mentions: MentionIndex, country: str | None = None
) -> EntityMentionSpan | None:
    """The organisation "the union" or "the company" refers to (see GENERIC_ORG_NOUNS); of
    "the Ukrainian ministry", one named as a ministry and not given another country."""
    organisations = frozenset({"ORG"})
    named = mentions.most_recent_named(before_token, organisations, noun, country)
    if named is not None or noun not in GENERIC_ORG_NOUNS:
        return named
    return mentions.most_recent(before_token, organisations, SPEAKER_REFERENTS)


def _represented_organisation(
    spokesperson: Token, mentions: MentionIndex
) -> EntityMentionSpan | None:
    """The organisation in "a spokeswoman for the ministry" or "the ministry's spokesman"."""
    for child in spokesperson.children:
        if child.dep_ == "poss":
            owner: Token | None = child
        elif child.dep_ == "prep" and child.lower_ in ("for", "of", "at"):
            owner = first_pobj(child)
        else:
            continue
        if owner is None:
            continue
        mention = mentions.by_token.get(owner.i)
        if mention is not None and mention.type in GROUP_TYPES:
            return mention
        if mention is None and owner.lemma_.lower() in ORG_ROLE_NOUNS:
            return _organisation_described(owner.lemma_.lower(), spokesperson.i, mentions)
    return None


def group_pronouns_follow_the_previous_speaker(
    rows: list[QuoteSpan], entity_types: dict[str, str]
) -> list[QuoteSpan]:
    """ "It said"/"They said" right after another attribution continue that speaker when it is
    a group (an organisation, a country; for "they" also a nationality): "ZIM said ... It
    said" is ZIM, not the company last named in between. After a speaker named only by a
    description ("Tehran radio said ... It said", "Traders said ... They said") the pronoun
    stands for that description, so it gets no entity rather than the last name in between."""
    resolved = list(rows)
    previous: QuoteSpan | None = None
    for here, row in enumerate(rows):
        if row.speaker_method is None:
            continue
        if previous is not None and _continues_a_group(row, previous):
            group = previous.speaker_entity_id
            if group is None or _group_type(row, entity_types.get(group)):
                resolved[here] = replace(row, speaker_entity_id=group)
        elif previous is not None and _continues(row, previous):
            # a quote continuing the previous one keeps its (possibly re-resolved) speaker
            resolved[here] = replace(row, speaker_entity_id=previous.speaker_entity_id)
        previous = resolved[here]
    return resolved


def _continues(row: QuoteSpan, previous: QuoteSpan) -> bool:
    return row.speaker_method == "continuation" and (
        row.speaker_start_char == previous.speaker_start_char
    )


def _continues_a_group(row: QuoteSpan, previous: QuoteSpan) -> bool:
    """Whether `row` is an "it"/"they" attribution soon after `previous`, which names a group
    or gives only a description."""
    if row.speaker_method != "pronoun" or _group_pronoun_types(row) is None:
        return False
    if row.sentence_index - previous.sentence_index > PREVIOUS_SPEAKER_REACH:
        return False
    return previous.speaker_entity_id is not None or previous.speaker_method == "description"


def _group_pronoun_types(row: QuoteSpan) -> frozenset[str] | None:
    """What the row's "it"/"they" speaker can stand for; None for any other speaker words."""
    return _PRONOUN_REFERENT_TYPES.get(SPEAKER_PRONOUNS.get((row.speaker_text or "").lower(), ""))


def _group_type(row: QuoteSpan, entity_type: str | None) -> bool:
    return entity_type is not None and entity_type in (_group_pronoun_types(row) or frozenset())


def pronouns_named_by_next_statement(doc: Doc, rows: list[QuoteSpan]) -> list[QuoteSpan]:
    """“…,” he said. / The Russian leader added that … : an "added" statement right after a
    pronoun-attributed quote names who the pronoun was, overriding the most recent person."""
    resolved = list(rows)
    attributed = [i for i, row in enumerate(rows) if row.speaker_method is not None]
    for here, following in pairwise(attributed):
        row, next_row = rows[here], rows[following]
        if row.speaker_method != "pronoun" or next_row.speaker_entity_id is None:
            continue
        if next_row.speaker_method not in ("subject", "description", "postposed"):
            continue
        if next_row.cue_start_char is None or next_row.cue_end_char is None:
            continue
        cue = doc.char_span(next_row.cue_start_char, next_row.cue_end_char)
        if cue is not None and is_continuation_cue(cue.root):
            resolved[here] = replace(row, speaker_entity_id=next_row.speaker_entity_id)
    return resolved
