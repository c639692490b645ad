"""Participants: the entity mentions that are an event's actor and targets.

From the dependency parse: subject or "by" agent (a subject-less clause borrows its governor's,
or a directive's addressee), object, passive subject, prepositional targets, a noun trigger's
possessor and prepositions; coordinations each count. Pronouns and definite descriptions are
resolved through the shared `MentionIndex` (policy `ACTOR_REFERENTS`). Places are `locations`'.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from transforms.entities import EntityMentionSpan
from transforms.events.locations import argument_places, is_locating, places_in
from transforms.events.settings import ACTOR_REFERENTS, GROUP_CHAIN_MAX
from transforms.events.spans import Participant
from transforms.grammar import (
    active_subject,
    first_pobj,
    is_passive_clause,
    is_to_infinitive,
    relative_antecedent,
)
from transforms.lexicons.events.actors import (
    ACTOR_PRONOUNS,
    ORG_ROLE_NOUNS,
    PERSON_ROLE_NOUNS,
    POSSESSIVE_PRONOUNS,
)
from transforms.lexicons.events.modality import DIRECTIVE_ADDRESSEE_PREPOSITIONS, DIRECTIVE_VERBS
from transforms.lexicons.events.participants import (
    ATTENDANCE_PREPOSITIONS,
    GROUP_MEMBER_NOUNS,
    GROUP_PREPOSITIONS,
    NOUN_AGENT_PREPOSITIONS,
    NOUN_TARGET_PREPOSITIONS,
    ON_TARGET_TYPES,
    TARGET_PREPOSITIONS,
)
from transforms.mentions import MentionIndex, points_back, pronoun_gender
from transforms.types import ACTOR_TYPES, PERSON_TYPES, TIME_TYPES

_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Clauses whose missing subject is the governing verb's: "..., saying", "promised to end".
_SUBJECT_SHARING = frozenset({"xcomp", "advcl", "conj"})


def _referent(
    token: Token,
    types: frozenset[str],
    mentions: MentionIndex,
    modifier: str | None = None,
    exclude: Collection[str] = (),
) -> EntityMentionSpan | None:
    """The earlier mention a pronoun or description `token` stands for (see ACTOR_REFERENTS)."""
    gender = pronoun_gender(token.lower_)
    return mentions.most_recent(
        token.i, types, ACTOR_REFERENTS, gender=gender, modifier=modifier, exclude=exclude
    )


def _description_referent(head: Token, mentions: MentionIndex) -> EntityMentionSpan | None:
    """ "the (Russian) leader" -> a person; "the company" -> an organisation."""
    lemma = head.lemma_.lower()
    if not points_back(head, ACTOR_REFERENTS):
        return None
    if lemma in PERSON_ROLE_NOUNS:
        person = PERSON_TYPES
        modifiers = [c.lower_ for c in head.children if c.dep_ in ("amod", "compound")]
        for modifier in modifiers:
            if (found := _referent(head, person, mentions, modifier=modifier)) is not None:
                return found
        return _referent(head, person, mentions)
    if lemma in ORG_ROLE_NOUNS:
        return _referent(head, frozenset({"ORG"}), mentions)
    return None


def _referred(token: Token, role: str, mentions: MentionIndex) -> Participant | None:
    """A pronoun or definite description resolved to an earlier mention, or None."""
    if token.lower_ in ACTOR_PRONOUNS:
        referent = _referent(token, ACTOR_PRONOUNS[token.lower_], mentions)
        return _resolved(role, referent, "pronoun", token, token)
    if token.i not in mentions.by_token and (referent := _description_referent(token, mentions)):
        return _resolved(role, referent, "description", token.left_edge, token)
    return None


def actor_of(subject: Token, mentions: MentionIndex) -> Participant | None:
    """The actor a subject names: a mention, a resolved pronoun or description, or the noun a
    relative pronoun subject stands for."""
    if (antecedent := relative_antecedent(subject)) is not None:
        subject = antecedent
    referred = _referred(subject, "actor", mentions)
    if referred is not None or subject.lower_ in ACTOR_PRONOUNS:  # an unresolved "he" is no one
        return referred
    mention = mentions.named(subject) or _group_named_by(subject, mentions)
    if mention is None or mention.type not in ACTOR_TYPES:
        return None
    return Participant("actor", mention)


def _group_named_by(subject: Token, mentions: MentionIndex) -> EntityMentionSpan | None:
    """The group a member noun acts for: "Members of Hamas", "Thousands of supporters of the
    Alliance" (a chain of such nouns), "troops from Veridia"."""
    current = subject
    for _ in range(GROUP_CHAIN_MAX):
        if current.lemma_.lower() not in GROUP_MEMBER_NOUNS:
            return None
        pobj = next(
            (
                p
                for prep in current.children
                if prep.dep_ == "prep" and prep.lower_ in GROUP_PREPOSITIONS
                for p in prep.children
                if p.dep_ == "pobj"
            ),
            None,
        )
        if pobj is None:
            return None
        if (named := mentions.named(pobj)) is not None:
            return named
        current = pobj
    return None


def _passive_target(subject: Token, mentions: MentionIndex) -> Participant | None:
    """The target a passive subject names: "Weber was arrested", "he was charged", "the former
    minister was detained" (pronouns and descriptions resolved as for actors), "Weber, who was
    arrested" (a relative pronoun stands for the noun its clause modifies)."""
    if (antecedent := relative_antecedent(subject)) is not None:
        subject = antecedent
    referred = _referred(subject, "target", mentions)
    if referred is not None or subject.lower_ in ACTOR_PRONOUNS:
        return referred
    target = mentions.named(subject) or _prep_target(subject, mentions)
    return Participant("target", target) if target else None


def _resolved(
    role: str, referent: EntityMentionSpan | None, method: str, first: Token, last: Token
) -> Participant | None:
    if referent is None:
        return None
    return Participant(role, referent, method, first.idx, last.idx + len(last.text))


def _prep_target(noun: Token, mentions: MentionIndex) -> EntityMentionSpan | None:
    """The entity in "sanctions on Iran" / "aid to Haiti": a target hung on the object noun."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and (mention := mentions.at(grandchild)):
                    return mention
    return None


def prep_participants(preposition: Token, mentions: MentionIndex) -> list[Participant]:
    """Location or target of a verb's prepositional phrase (or dative)."""
    pobj = first_pobj(preposition)
    if pobj is None:
        return []
    word = preposition.lower_
    if is_locating(preposition, pobj):
        places = places_in(pobj, mentions)
        if places:
            return [Participant("location", place) for place in places]
    if word not in TARGET_PREPOSITIONS and preposition.dep_ != "dative":
        return []
    named = (mentions.named(phrase) for phrase in coordinated(pobj))
    return [Participant("target", mention) for mention in named if mention is not None]


def borrowed_subject(verb: Token) -> Token | None:
    """The subject a subject-less clause shares with the verb it depends on. A finite conjunct
    hung on a non-finite verb ("welcomed X's willingness to restore ... and praised") is a
    misattachment: it shares the subject of the nearest finite verb above it."""
    if verb.dep_ == "acl" and is_to_infinitive(verb):
        # A noun's to-infinitive is its possessor's action: "Iran's threat to impose sanctions".
        return next((c for c in verb.head.children if c.dep_ == "poss"), None)
    if verb.dep_ not in _SUBJECT_SHARING or verb.head.i == verb.i:
        return None
    head = verb.head
    if verb.dep_ == "xcomp" and (addressee := _addressee(head)) is not None:
        return addressee
    if verb.dep_ == "conj" and verb.tag_ in _FINITE_TAGS and head.tag_ not in _FINITE_TAGS:
        head = next((a for a in verb.ancestors if a.tag_ in _FINITE_TAGS), head)
    for child in head.children:
        if child.dep_ == "nsubj":
            return child
    return borrowed_subject(head) if head.dep_ == "conj" else None


def _addressee(directive: Token) -> Token | None:
    """Whom a directive verb (DIRECTIVE_VERBS) tells to act, the actor of its to-infinitive:
    "urged Iran to release ...", "called on Iran to release ..."; None for other verbs."""
    if directive.lemma_.lower() not in DIRECTIVE_VERBS:
        return None
    for child in directive.children:
        if child.dep_ in ("dobj", "obj"):
            return child
        # The parser tags the "on" of "called on" as a preposition or a particle.
        if child.dep_ in ("prep", "prt") and child.lower_ in DIRECTIVE_ADDRESSEE_PREPOSITIONS:
            pobj = first_pobj(child)
            # "called on Monday to ..." names a day, not an addressee.
            if pobj is not None and pobj.ent_type_ not in TIME_TYPES:
                return pobj
    return None


def coordinated(token: Token) -> list[Token]:
    """A noun phrase and the noun phrases coordinated with it: "Russia and China" gives both.
    A conjunct must follow a coordinator or a comma, with no line break inside it: otherwise it
    is a misparse of text run together (captions, headlines, datelines)."""
    return [token, *(c for c in token.conjuncts if c.pos_ in _NOMINAL_POS and _linked(c))]


def _linked(conjunct: Token) -> bool:
    start = conjunct.left_edge.i
    before = conjunct.doc[start - 1] if start > 0 else None
    if before is None or not (before.dep_ == "cc" or before.is_punct):
        return False
    return not any("\n" in token.text for token in conjunct.doc[start : conjunct.i])


def argument_participants(child: Token, mentions: MentionIndex) -> list[Participant]:
    """The participants one dependent of a verb names (each of a coordination)."""
    if child.dep_ == "agent":
        pobj = first_pobj(child)
        child, dep = (pobj, "nsubj") if pobj is not None else (child, "")
    else:
        dep = child.dep_
    found: list[Participant] = []
    for phrase in coordinated(child):
        if dep == "nsubj":
            participant = actor_of(phrase, mentions)
        elif dep == "nsubjpass":
            participant = _passive_target(phrase, mentions)
        elif dep in ("dobj", "obj"):
            target = mentions.named(phrase) or _prep_target(phrase, mentions)
            participant = Participant("target", target) if target else None
        else:
            participant = None
        if participant is not None:
            found.append(participant)
    return found


def _possessor_target(verb: Token, actors: set[str], mentions: MentionIndex) -> Participant | None:
    """Whose thing the object is, when a pronoun says so: "praised his focus" targets him,
    the latest person named other than the actor ("his own army" is the actor's: no target)."""
    objects = (c for c in verb.children if c.dep_ in ("dobj", "obj"))
    pronoun = next(
        (
            c
            for o in objects
            for c in o.children
            if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS
        ),
        None,
    )
    if pronoun is None or pronoun.nbor(1).lower_ == "own":
        return None
    referent = _referent(pronoun, POSSESSIVE_PRONOUNS[pronoun.lower_], mentions, exclude=actors)
    return _resolved("target", referent, "pronoun", pronoun, pronoun)


def verb_participants(verb: Token, mentions: MentionIndex) -> list[Participant]:
    """Actor (subject or "by" agent), target (object, passive subject), prepositional targets
    and places; coordinated subjects and objects each count ("Russia and China vetoed")."""
    found: list[Participant] = []
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # A participle modifying a noun is passive and the noun its target: "Weber, arrested
        # on Monday", "a journalist detained by Iran".
        found.extend(p for p in [_passive_target(verb.head, mentions)] if p is not None)
    for child in verb.children:
        if child.dep_ in ("prep", "dative"):
            found.extend(prep_participants(child, mentions))
        else:
            found.extend(argument_participants(child, mentions))
    # A passive clause's missing agent is not the subject of the clause it hangs on: in "Weber
    # stayed in prison as he was charged", Weber did not charge anyone.
    if not any(p.role == "actor" for p in found) and not is_passive_clause(verb):
        subject = borrowed_subject(verb)
        actor = actor_of(subject, mentions) if subject is not None else None
        if actor is not None:
            found.append(actor)
    if not any(p.role == "target" for p in found):
        actors = {p.mention.entity_id for p in found if p.role == "actor"}
        found.extend(p for p in [_possessor_target(verb, actors, mentions)] if p is not None)
    if not any(p.role == "location" for p in found):
        found.extend(argument_places(verb, mentions))
    return found


def _noun_prep_role(preposition: str, event_type: str) -> str | None:
    """The role a noun trigger's prepositional object plays: "an attack by Hamas on Sderot"."""
    if preposition in NOUN_AGENT_PREPOSITIONS:
        return "actor"
    if preposition in NOUN_TARGET_PREPOSITIONS:
        return "target"
    if preposition == "on" and event_type in ON_TARGET_TYPES:
        return "target"
    return None


def noun_participants(noun: Token, event_type: str, mentions: MentionIndex) -> list[Participant]:
    """Actor (possessor, "by" phrase), targets (see `_noun_prep_role`) and places of a noun
    trigger; each of a coordination counts ("talks between Chile and Peru")."""
    found: list[Participant] = []
    for child in noun.children:
        if child.dep_ == "poss":
            mention = mentions.at(child)
            if mention is not None and mention.type in ACTOR_TYPES:
                found.append(Participant("actor", mention))
        elif child.dep_ == "prep":
            pobj = first_pobj(child)
            if pobj is None:
                continue
            if is_locating(child, pobj):
                places = places_in(pobj, mentions)
                found.extend(Participant("location", place) for place in places)
                if places:
                    continue
            if (role := _noun_prep_role(child.lower_, event_type)) is None:
                continue
            for phrase in coordinated(pobj):
                mention = mentions.named(phrase)
                if mention is not None and (role == "target" or mention.type in ACTOR_TYPES):
                    found.append(Participant(role, mention))
    return found


def attendee_of(noun: Token, mentions: MentionIndex) -> Participant | None:
    """Who was at a meeting the sentence places them at: "Trump said during a Jan. 9 dinner",
    "Putin spoke at the summit". Only for gatherings: "said after the attack" makes no one the
    attacker."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in ATTENDANCE_PREPOSITIONS:
        return None
    verb = preposition.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = active_subject(verb)
    return actor_of(subject, mentions) if subject is not None else None
