"""Triggers: which verbs and nouns name an event, and of which PLOVER type and mode.

A lemma of the event lexicon, a light verb made an event by its object, a verb whose condition
holds (a person object, a threatening warning), recoded by an abstract object; a talk verb that
is a meeting's purpose is that meeting. Also what a threat announces. Does not find
participants beyond what these tests need.
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.events.participants import (
    actor_of,
    argument_participants,
    borrowed_subject,
    noun_participants,
    prep_participants,
    verb_participants,
)
from transforms.events.spans import Participant
from transforms.grammar import active_subject, first_pobj, is_to_infinitive
from transforms.lexicons.events.actors import PERSON_ROLE_NOUNS
from transforms.lexicons.events.objects import (
    OBJECT_RECODED,
    OBJECT_SENSITIVE,
    PERSON_OBJECT_NOUNS,
    PERSON_OBJECT_VERBS,
    PERSON_PRONOUNS,
)
from transforms.lexicons.events.senses import (
    LABOUR_STRIKE_MODIFIERS,
    MARKET_SENSE_VERBS,
    MARKET_SUBJECT_NOUNS,
    MEETING_PURPOSE_VERBS,
    TARGET_REQUIRED_VERBS,
    UNDOING_PARTICLES,
    WORKER_NOUNS,
)
from transforms.lexicons.events.threats import (
    ANNOUNCING_TYPES,
    CLAUSE_THREAT_NOUNS,
    THREAT_MODALS,
    THREAT_REACTION_VERBS,
    THREAT_WARNING_NOUNS,
    WARNER_PRONOUNS,
    WARNING_TOPIC_PREPOSITIONS,
    WARNING_VERBS,
)
from transforms.lexicons.events.triggers import NOUN_TRIGGERS, VERB_TRIGGERS
from transforms.mentions import MentionIndex
from transforms.types import ACTOR_TYPES


def _person_object(verb: Token, mentions: MentionIndex) -> bool:
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "nsubjpass"):
            mention = mentions.at(child)
            if mention is not None and mention.type == "PERSON":
                return True
            if child.lemma_.lower() in PERSON_OBJECT_NOUNS | PERSON_ROLE_NOUNS:
                return True
            if child.lower_ in PERSON_PRONOUNS:
                return True
    return False


def _warning_topic(verb: Token) -> Token | None:
    """What a warning is about, in an "of"/"about" phrase: "retaliation" in "warned of
    retaliation against Ukraine"."""
    prepositions = (
        c for c in verb.children if c.dep_ == "prep" and c.lower_ in WARNING_TOPIC_PREPOSITIONS
    )
    return next((pobj for p in prepositions if (pobj := first_pobj(p)) is not None), None)


def _warners_own_threat(clause: Token, warner: Token | None, mentions: MentionIndex) -> bool:
    """Whether a warning's that-clause threatens the warner's own action: its subject is the
    warner, a modal puts the action ahead, and the action is against someone ("warned that it
    would retaliate", "... strike Kyiv"; not "warned that it might run out of money")."""
    subject = active_subject(clause)
    if subject is None or not any(
        c.dep_ == "aux" and c.lemma_.lower() in THREAT_MODALS for c in clause.children
    ):
        return False
    against_someone = (
        clause.lemma_.lower() in THREAT_REACTION_VERBS
        or _classify_verb(clause, mentions) is not None
        or any(p.role == "target" for p in verb_participants(clause, mentions))
    )
    if not against_someone:
        return False
    if subject.lower_ in WARNER_PRONOUNS:
        return True
    warner_actor = actor_of(warner, mentions) if warner is not None else None
    subject_actor = actor_of(subject, mentions)
    return (
        warner_actor is not None
        and subject_actor is not None
        and warner_actor.mention.entity_id == subject_actor.mention.entity_id
    )


def _threatening_warning(verb: Token, mentions: MentionIndex) -> bool:
    """Whether a warning is a threat, by the rule documented at WARNING_VERBS: what its
    that-clause, else its "of"/"about" phrase, else its recipient says."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is not None:
        warner = active_subject(verb)
        # "warned that such a bill would provoke retaliation": the threat named in the clause
        names_a_threat = any(t.lemma_.lower() in CLAUSE_THREAT_NOUNS for t in clause.subtree)
        return names_a_threat or _warners_own_threat(clause, warner, mentions)
    if (topic := _warning_topic(verb)) is not None:
        return topic.lemma_.lower() in THREAT_WARNING_NOUNS
    recipients = (c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass"))
    return any(
        p.role == "target" and p.mention.type in ACTOR_TYPES
        for recipient in recipients
        for p in argument_participants(recipient, mentions)
    )


def _in_another_sense(verb: Token, lemma: str) -> bool:
    """'charged off its loans' (UNDOING_PARTICLES), 'stocks rallied' (MARKET_SENSE_VERBS): the
    trigger word, but not the event it names."""
    particles = UNDOING_PARTICLES.get(lemma, frozenset())
    if any(child.dep_ == "prt" and child.lower_ in particles for child in verb.children):
        return True
    return lemma in MARKET_SENSE_VERBS and any(
        child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in MARKET_SUBJECT_NOUNS
        for child in verb.children
    )


def lacks_required_target(token: Token, participants: list[Participant]) -> bool:
    """A TARGET_REQUIRED_VERBS verb whose object is a common noun and that is aimed at no one
    named: no event. A proper-noun object the model left untagged ("blamed Kyiv") keeps it."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in TARGET_REQUIRED_VERBS:
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    aimed_at_a_thing = bool(objects) and all(obj.pos_ == "NOUN" for obj in objects)
    return aimed_at_a_thing and not any(p.role == "target" for p in participants)


def _labour_strike(verb: Token, obj: Token) -> bool:
    """'a nationwide strike', 'bank workers voted to launch a strike': a stoppage of work."""
    if obj.lemma_.lower() != "strike":
        return False
    if any(c.lower_ in LABOUR_STRIKE_MODIFIERS for c in obj.children if c.dep_ != "det"):
        return True
    subject = active_subject(verb) or borrowed_subject(verb)
    return subject is not None and subject.lemma_.lower() in WORKER_NOUNS


def _classify_verb(
    token: Token, mentions: MentionIndex
) -> tuple[tuple[str, str | None], Token | None] | None:
    """The verb's (type, mode), and the object that made a light verb an event."""
    lemma = token.lemma_.lower()
    if _in_another_sense(token, lemma):
        return None
    if lemma in OBJECT_SENSITIVE:
        for child in token.children:
            if child.dep_ in ("dobj", "obj"):
                hit = OBJECT_SENSITIVE[lemma].get(child.lemma_.lower())
                if hit:
                    return (("PROTEST", "strike") if _labour_strike(token, child) else hit), child
    # Verbs that are events only when a condition on their arguments holds.
    for lexicon, holds in (
        (PERSON_OBJECT_VERBS, _person_object),
        (WARNING_VERBS, _threatening_warning),
    ):
        if lemma in lexicon:
            return (lexicon[lemma], None) if holds(token, mentions) else None
    coded = VERB_TRIGGERS.get(lemma)
    return (coded, None) if coded else None


def meeting_of_purpose(verb: Token, mentions: MentionIndex) -> Token | None:
    """The meeting verb (a CONSULT trigger) a talk verb is the purpose of: "met" in "Putin met
    Macron in Paris to discuss the war", where the discussing is that meeting, not another."""
    if verb.lemma_.lower() not in MEETING_PURPOSE_VERBS or not is_to_infinitive(verb):
        return None
    # Meeting verbs take no infinitive complement, so an xcomp "to discuss" is a misparsed
    # purpose ("visited Paris to discuss trade with Macron").
    if verb.dep_ not in ("advcl", "xcomp"):
        return None
    governor = verb.head
    if governor.i == verb.i or governor.pos_ != "VERB":
        return None
    classified = _classify_verb(governor, mentions)
    coded = _recoded_by_object(governor, classified[0]) if classified else None
    return governor if coded is not None and coded[0] == "CONSULT" else None


def purpose_interlocutors(meeting: Token, mentions: MentionIndex) -> list[Participant]:
    """Whom a meeting's purpose says it is with: "visited Paris to discuss the war with Macron"
    (only "with": what is discussed is a topic, not a participant). The parser often hangs the
    "with" on the topic, so it is looked for there too."""
    purposes = [c for c in meeting.children if meeting_of_purpose(c, mentions) is not None]
    heads = [
        head
        for purpose in purposes
        for head in (purpose, *(c for c in purpose.children if c.dep_ in ("dobj", "obj")))
    ]
    return [
        participant
        for head in heads
        for preposition in head.children
        if preposition.dep_ == "prep" and preposition.lower_ == "with"
        for participant in prep_participants(preposition, mentions)
        if participant.role == "target"
    ]


def classify_trigger(
    token: Token, light_objects: set[int], mentions: MentionIndex
) -> tuple[str, str | None] | None:
    if token.pos_ == "VERB":
        classified = _classify_verb(token, mentions)
        if classified is None:
            return None
        if classified[1] is not None:
            light_objects.add(classified[1].i)
        return _recoded_by_object(token, classified[0])
    if token.pos_ == "NOUN" and token.i not in light_objects:
        coded = NOUN_TRIGGERS.get(token.lemma_.lower())
        return _recoded_by_object(token, coded) if coded else None
    return None


def _abstract_objects(trigger: Token) -> list[Token]:
    """A verb's direct objects, or a noun's "on"/"against" objects ("his attack on the plans")."""
    if trigger.pos_ == "VERB":
        return [child for child in trigger.children if child.dep_ in ("dobj", "obj")]
    return [
        pobj
        for child in trigger.children
        if child.dep_ == "prep" and child.lower_ in ("on", "against")
        for pobj in child.children
        if pobj.dep_ == "pobj"
    ]


def _recoded_by_object(
    trigger: Token, coded: tuple[str, str | None]
) -> tuple[str, str | None] | None:
    """`coded`, unless the trigger's object is an idea or a requirement (OBJECT_RECODED):
    "attacked Tory plans" is ACCUSE, "will meet the golden rule" no event."""
    recoding = OBJECT_RECODED.get(trigger.lemma_.lower())
    if recoding is None:
        return coded
    nouns, recoded = recoding
    if any(obj.lemma_.lower() in nouns for obj in _abstract_objects(trigger)):
        return recoded
    return coded


def announced_action(trigger: Token, event_type: str) -> Token | None:
    """The action a trigger of ANNOUNCING_TYPES announces: the verb of "threatened to impose
    ..." or "threatened that it would cut ..." (a complement clause), of "Iran's threat to
    impose ..." (a to-infinitive on the noun), or of a threatening warning's that-clause, else
    the noun it warns of ("warned of retaliation against Ukraine"). Not a warning's infinitive:
    in "warned Kyiv not to attack Crimea" that is what the warned should not do. None for other
    types or without one."""
    if event_type not in ANNOUNCING_TYPES:
        return None
    warning = trigger.lemma_.lower() in WARNING_VERBS
    if trigger.pos_ != "VERB":
        clauses: tuple[str, ...] = ("acl",)
    else:
        clauses = ("ccomp",) if warning else ("xcomp", "ccomp")
    clause = next(
        (c for c in trigger.children if c.dep_ in clauses and c.pos_ in ("VERB", "AUX")), None
    )
    return _warning_topic(trigger) if clause is None and warning else clause


def with_announced_targets(
    participants: list[Participant], announced: Token, event_type: str, mentions: MentionIndex
) -> list[Participant]:
    """A threat with no target of its own is aimed at the announced action's targets: "Iran
    threatened to impose sanctions on Israel" targets Israel, "warned of retaliation against
    Ukraine" Ukraine. One that names its target keeps it: "Russia warned Ukraine that it would
    strike Kyiv" targets Ukraine."""
    if any(p.role == "target" for p in participants):
        return participants
    if announced.pos_ == "VERB":
        found = verb_participants(announced, mentions)
    else:
        found = noun_participants(announced, event_type, mentions)
    return participants + [p for p in found if p.role == "target"]
