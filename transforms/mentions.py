"""The one index of an article's entity mentions, and the policy for what an earlier mention a
pronoun or description may stand for.

Quotes resolve speakers and events resolve actors through the same `MentionIndex`: mentions by
token, the mention a noun phrase names, and the most recent mention of some types before a
token. Where the two extractors still differ (how far back a referent may be, where a title
that introduced a person may sit) a `ReferentPolicy` says so by name. It does not decide which
words are pronouns or descriptions: the extractors do, from their lexicons.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Span, Token

from transforms.entities import EntityMentionSpan, title_genders
from transforms.lexicons.grammar import DEFINITE_DETERMINERS, PRONOUN_GENDERS
from transforms.places import country_for_demonym, lookup_place

#: Punctuation that sets off a true apposition: "its ally, France", "the envoy (Ana Silva)".
_APPOSITION_MARKS = frozenset({",", "(", "-", "--", "\u2013", "\u2014"})
#: How many tokens before a name a title or modifier that introduced it may sit.
_TITLE_REACH = 3

#: Which descriptions point back at an earlier mention: any with "the" ("the leaders"), or only
#: a singular one with one definite determiner ("the leader", "this leader").
DescriptionTest = Literal["with_the", "definite_singular"]


@dataclass(frozen=True)
class ReferentPolicy:
    """Where a pronoun or description may find its referent.

    `sentence_window`: how many sentences back the referent may be (None: anywhere before).
    `title_inside_name`: whether the word that introduced a person may be part of the name
    ("Mayor Ana Silva" as one mention) as well as right before it ("Russian President X").
    `descriptions`: which descriptions point back at all (see `points_back`).
    """

    name: str
    sentence_window: int | None
    title_inside_name: bool
    descriptions: DescriptionTest


def pronoun_gender(word: str) -> str | None:
    """The gender a pronoun agrees with ("he": singular_male), None for any other word."""
    return PRONOUN_GENDERS.get(word.lower())


def points_back(noun: Token, policy: ReferentPolicy) -> bool:
    """Whether a description headed by `noun` stands for someone already named, by the policy:
    "the Russian leader" does; "a spokeswoman", "two officials" and "his lawyer" do not."""
    if policy.descriptions == "with_the":
        return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    if noun.tag_ in ("NNS", "NNPS"):
        return False
    determiners = [c for c in noun.children if c.dep_ in ("det", "poss", "nummod")]
    return len(determiners) == 1 and determiners[0].lower_ in DEFINITE_DETERMINERS


def true_apposition(apposition: Token) -> bool:
    """Whether an apposition is set off by a comma, dash or bracket ("its ally, France") or
    follows its noun directly ("the journalist Karl Brandt"). Anything else, such as a name
    after a line break, is a misparse of run-on text (captions, headlines)."""
    start = apposition.left_edge.i
    if start == apposition.head.i + 1:
        return True
    return start > 0 and apposition.doc[start - 1].text in _APPOSITION_MARKS


def country_named(words: Span) -> str | None:
    """The country of the first nationality or country word in `words` ("Ukrainian", "Ukraine")."""
    for token in words:
        if not token.is_title:
            continue
        code = country_for_demonym(token.text)
        if code is not None:
            return code
        place = lookup_place(token.text)
        if place is not None and place.kind == "country":
            return place.country_code
    return None


class MentionIndex:
    """Entity mentions by token, and lookups of the earlier mentions pronouns and descriptions
    refer to."""

    def __init__(
        self, doc: Doc, mentions: list[EntityMentionSpan], sentence_index: list[int]
    ) -> None:
        self.doc = doc
        self.lower = [token.lower_ for token in doc]
        self.sentence_index = sentence_index
        self.ordered = sorted(mentions, key=lambda m: m.token_start)
        self.by_token: dict[int, EntityMentionSpan] = {}
        for mention in self.ordered:
            for i in range(mention.token_start, mention.token_end):
                self.by_token[i] = mention
        self.gender = title_genders(doc, self.ordered)

    def at(self, token: Token) -> EntityMentionSpan | None:
        """The mention a noun phrase headed by `token` names (its head, or a compound inside)."""
        if token.i in self.by_token:
            return self.by_token[token.i]
        for child in token.children:
            if child.dep_ in ("compound", "poss", "amod", "nmod") and child.i in self.by_token:
                return self.by_token[child.i]
        return None

    def named(self, token: Token) -> EntityMentionSpan | None:
        """Like `at`, or else the mention in an apposition: "its closest ally, France". A name
        in apposition beats a nationality modifying the noun: "her Veridian counterpart Tomas
        Brekke" is Brekke."""
        own = self.at(token)
        if own is not None and (token.i in self.by_token or own.type != "NORP"):
            return own
        appositions = (c for c in token.children if c.dep_ == "appos" and true_apposition(c))
        return next((m for c in appositions if (m := self.at(c))), None) or own

    def overlapping(
        self, start: int, end: int, head: int, types: frozenset[str]
    ) -> EntityMentionSpan | None:
        """The mention at the phrase's head token, else the first in it of `types`."""
        if head in self.by_token:
            return self.by_token[head]
        found = [self.by_token[i] for i in range(start, end) if i in self.by_token]
        return next((m for m in found if m.type in types), None)

    def of_entity(self, entity_id: str) -> EntityMentionSpan | None:
        """The first named mention of an entity in the article."""
        return next((m for m in self.ordered if m.entity_id == entity_id), None)

    def most_recent(
        self,
        before: int,
        types: frozenset[str],
        policy: ReferentPolicy,
        *,
        gender: str | None = None,
        modifier: str | None = None,
        heads_only: bool = False,
        exclude: Collection[str] = (),
    ) -> EntityMentionSpan | None:
        """The latest mention of `types` before token `before`, within the policy's window: not
        of an entity in `exclude`, nor of a person a title gives another `gender`; with
        `heads_only`, not one that only modifies a noun ("Latin American debt"); with
        `modifier`, only a person introduced by that word ("Russian President X")."""
        sentence = self.sentence_index[before] if policy.sentence_window is not None else 0
        for mention in reversed(self.ordered):
            if mention.token_end > before or mention.type not in types:
                continue
            if mention.entity_id in exclude or (heads_only and self._is_modifier(mention)):
                continue
            if not self._agrees(gender, mention):
                continue
            window = policy.sentence_window
            if window is not None and sentence - mention.sentence_index > window:
                return None
            if modifier is None or self._introduced_by(mention, modifier, policy):
                return mention
        return None

    def _agrees(self, gender: str | None, mention: EntityMentionSpan) -> bool:
        known = self.gender.get(mention.entity_id)
        return gender is None or known is None or known == gender

    def _introduced_by(
        self, mention: EntityMentionSpan, modifier: str, policy: ReferentPolicy
    ) -> bool:
        end = mention.token_end - 1 if policy.title_inside_name else mention.token_start
        window = range(max(0, mention.token_start - _TITLE_REACH), end)
        return any(self.lower[i] == modifier for i in window)

    def _is_modifier(self, mention: EntityMentionSpan) -> bool:
        root = self.doc[mention.token_start : mention.token_end].root
        return root.dep_ in ("amod", "compound") and root.head.i >= mention.token_end

    def most_recent_named(
        self, before: int, types: frozenset[str], word: str, country: str | None = None
    ) -> EntityMentionSpan | None:
        """The most recent mention of `types` whose name contains `word` ("Dockworkers Union");
        with a `country`, not one the text gives another country ("Russia's Defence Ministry"
        is not "the Ukrainian defence ministry")."""
        for mention in reversed(self.ordered):
            if mention.token_end > before or mention.type not in types:
                continue
            if word not in mention.text.lower().split():
                continue
            if country is None or self.country_of(mention) in (None, country):
                return mention
        return None

    def country_of(self, mention: EntityMentionSpan) -> str | None:
        """The country a mention's words, or the two words before it, name ("Ukraine 's")."""
        start = max(0, mention.token_start - 2)
        return country_named(self.doc[start : mention.token_end])
