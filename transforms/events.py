"""Events: who did what to whom, where and when, coded to PLOVER types.

A trigger is a verb whose lemma is in the event lexicon (`transforms.lexicons.events`), or a light
verb whose object makes it one ("surged military aid" is AID, "released the hostages" is CONCEDE
but "released a statement" is nothing), or a nominalisation from the noun
lexicon ("Monday's meeting", "a Jan. 9 dinner", "Putin's demands"). A warning is THREATEN only
when it threatens the warner's own action, by the rule documented at `WARNING_VERBS`: "Russia
warned Ukraine that it would retaliate", "warned of retaliation", "warned NATO" are threats; "the
mayor warned that the city could run out of water" is no event. Each trigger token gives at
most one event; a noun that is a light verb's object ("imposed sanctions") is not a second event,
nor is a talk verb (`MEETING_PURPOSE_VERBS`) that is the purpose of a meeting verb: "Putin met
Macron in Paris to discuss the war" is one CONSULT, "met", which also takes whom the purpose is
"with" ("visited Paris to discuss the war with Macron"); "Putin and Macron will discuss the war",
with no meeting verb, is one CONSULT, "discuss".
Participants come from the dependency parse and must be entity mentions:
- actor: the subject (or the passive "by" agent); for nouns, a possessor. A subject-less verb
  borrows the subject of the verb it is a conjunct, complement or adverbial clause of ("Putin said
  he welcomed ... and praised ..."), except that a directive's (`DIRECTIVE_VERBS`) to-infinitive
  borrows the addressee: in "Germany urged Iran to release Weber" Iran would release him.
  Pronoun subjects ("he", "she") and definite descriptions ("the president", "the Russian
  leader", "the company") are resolved to the most recent earlier mention of a fitting type (a
  person first named with the description's modifier, "Russian President X", is preferred), as
  speaker resolution in `transforms/quotes.py` does; such a participant has `method` "pronoun"
  or "description" and the surface phrase's offsets. A relative pronoun subject is the noun its
  clause modifies ("Macron, who visited Kyiv");
- target: the direct object or the passive subject (a pronoun or description resolved as for
  actors: "he was charged"; a relative pronoun: "Weber, who was arrested"), the noun a passive
  participle modifies ("Weber, arrested on Monday"), or the object of "with/to/against/on/for".
  A passive clause never borrows the subject of the clause it hangs on ("Weber stayed in prison
  as he was charged"). A threat (`ANNOUNCING_TYPES`) with no target of its own takes the targets
  of the action it announces: "Iran threatened to impose sanctions on Israel" targets Israel;
- coordinated subjects and objects each count ("Russia and China vetoed", "arrested A and B"),
  and a common-noun subject or object is named by its apposition ("its ally, France", "the
  journalist Karl Brandt"; not one run on after a line break, a misparse of captions);
- for noun triggers, the actor is also a "by" phrase ("an attack by Hamas") and the target the
  object of the prepositions in `NOUN_TARGET_PREPOSITIONS`, or of "on" for the types in
  `ON_TARGET_TYPES` ("the attack on Kyiv", but "talks on trade" has a topic, not a target);
- location: a place mention (GPE, LOC, FAC) in an "in/at/near" phrase attached to the trigger,
  looking through nested phrases ("at Mar-a-Lago in Palm Beach, Florida"), also inside a time
  phrase or a venue tagged as an organisation ("on 13 May at the Hotel Astoria in Madrid").
A verb event needs a named participant: an actor, target or location that is an entity mention
(a person, organisation or place, named or resolved from a pronoun or description). "Soldiers
attacked a border post" names no one and gives no event, rather than an event with no one in it
("... a border post in Kharkiv" is one, located); this is a deliberate precision choice, not a gap
to fill with common nouns. A noun event needs a date, place or participant ("the Jan. 9 dinner").

The date is the time expression attached to the trigger (the first verb above it in the parse is
the trigger, or it hangs on the noun trigger: "on Jan. 20", "Monday's"), `date_source` "timex";
for a threat, else the one attached to the action it announces, unless after publication
("threatened to impose sanctions last week" is dated last week, "... next week" is not); else the
only day-level date in the sentence, "sentence"; else, when a publication date is given,
the publication day for simple-present or present-progressive verbs that are neither negated nor
hypothetical ("Apple releases ...", "Putin is meeting ..."), "publication". Past and
present-perfect events without a date stay undated: news reports them days or years later.

Flags: `negated` marks "did not", "never" (such events ARE emitted, flagged: "Canada did not sign
the treaty" is news; filter on the flag); `hypothetical` marks modals including the future
("will", "would"), conditionals and complements of "promise/plan/threaten to" ("has promised to
end the war": the promise is an AGREE fact, the ending is hypothetical), of directives ("urged
Iran to release") and of the nouns in `IRREALIS_NOUNS` ("Iran's threat to impose sanctions",
whose possessor is the imposer); `future` marks events
presented as still to come when reported: a future auxiliary ("will meet", also up a chain of
to-infinitives: "will try to impose"), a to-infinitive after "is to / is going to / is set, due,
expected to / plans, promised, agreed to", or a date after the publication day ("meets Xi next
Tuesday"). A future event is usually also hypothetical, but not always: "Modi meets Xi on
Friday", published on Wednesday, is scheduled (future) and stated as fact. Counterfactuals
("would have never happened", modal + "have" + participle) say the event did NOT happen and are
not emitted at all.

Does not: resolve object pronouns ("him", "her") or "we/they", link first-person pronouns in
quotes to the speaker, merge repeated reports of one event, or code sub-types beyond the
lexicon's mode.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from spacy.tokens import Doc, Token

from transforms.dateline import dateline_end
from transforms.doctext import doc_text
from transforms.entities import EntityMentionSpan
from transforms.grammar import (
    active_subject,
    first_pobj,
    is_passive_clause,
    is_to_infinitive,
    relative_antecedent,
)
from transforms.lexicons.events import (
    ACTOR_PRONOUNS,
    ANNOUNCING_TYPES,
    CLAUSE_THREAT_NOUNS,
    COUNTERFACTUAL_MODALS,
    DIRECTIVE_ADDRESSEE_PREPOSITIONS,
    DIRECTIVE_VERBS,
    FUTURE_AUXILIARIES,
    FUTURE_GOVERNORS,
    GROUP_MEMBER_NOUNS,
    GROUP_PREPOSITIONS,
    HYPOTHETICAL_MARKERS,
    IRREALIS_GOVERNORS,
    IRREALIS_NOUNS,
    LABOUR_STRIKE_MODIFIERS,
    MARKET_SENSE_VERBS,
    MARKET_SUBJECT_NOUNS,
    MEETING_PURPOSE_VERBS,
    NEGATING_GOVERNORS,
    NOUN_AGENT_PREPOSITIONS,
    NOUN_TARGET_PREPOSITIONS,
    NOUN_TRIGGERS,
    OBJECT_RECODED,
    OBJECT_SENSITIVE,
    ON_TARGET_TYPES,
    ORG_ROLE_NOUNS,
    PERSON_OBJECT_NOUNS,
    PERSON_OBJECT_VERBS,
    PERSON_PRONOUNS,
    PERSON_ROLE_NOUNS,
    POSSESSIVE_PRONOUNS,
    SPEAKER_SELF_PRONOUNS,
    TARGET_REQUIRED_VERBS,
    THREAT_MODALS,
    THREAT_REACTION_VERBS,
    THREAT_WARNING_NOUNS,
    UNDOING_PARTICLES,
    VERB_TRIGGERS,
    WARNER_PRONOUNS,
    WARNING_TOPIC_PREPOSITIONS,
    WARNING_VERBS,
    WORKER_NOUNS,
)
from transforms.mentions import ACTOR_REFERENTS, MentionIndex, pronoun_gender
from transforms.timex import TimexSpan

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
_TIME_ENTITY_TYPES = frozenset({"DATE", "TIME"})
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_TARGET_PREPOSITIONS = frozenset({"with", "to", "against", "on", "for"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside"})
_ATTENDANCE_PREPOSITIONS = frozenset({"at", "during"})
#: Quote kinds that give the speaker's own words (an indirect report is the writer's words).
_OWN_WORDS_KINDS = frozenset({"direct", "mixed"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: A noun trigger's roles in a clause whose verb can govern it: "any meeting had been planned".
_CLAUSE_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
#: Clauses whose missing subject is the governing verb's: "..., saying", "promised to end".
_SUBJECT_SHARING = frozenset({"xcomp", "advcl", "conj"})
# Dependencies that open a clause of its own: a day named inside one dates that clause, not the
# sentence ("Mustapha, who leaves for Moscow on Tuesday, met Mubarak" did not meet on Tuesday).
# An adverbial clause is not one: "When the Air Force chose Northrop on February 29, Boeing
# protested" dates the protest by it.
_SEPARATE_CLAUSES = frozenset({"relcl", "acl", "conj", "ccomp", "parataxis"})
_NESTING_DEPTH = 3


class ReportedSpeech(Protocol):
    """What events read of a quote (a `transforms.quotes.QuoteSpan` is one): its kind, its
    offsets and its speaker's entity."""

    @property
    def kind(self) -> str: ...
    @property
    def start_char(self) -> int: ...
    @property
    def end_char(self) -> int: ...
    @property
    def speaker_entity_id(self) -> str | None: ...


@dataclass(frozen=True)
class Participant:
    """An entity in a role. `method` says how it was found: the mention itself ("mention"), or a
    pronoun / description resolved to `mention`, whose own offsets are `start_char`/`end_char`."""

    role: str
    mention: EntityMentionSpan
    method: str = "mention"
    start_char: int | None = None
    end_char: int | None = None


@dataclass(frozen=True)
class EventSpan:
    """One event trigger with its type, participants and date."""

    event_type: str
    mode: str | None
    trigger: str
    trigger_lemma: str
    start_char: int
    end_char: int
    sentence_index: int
    negated: bool
    hypothetical: bool
    future: bool
    event_date: date | None
    timex: TimexSpan | None
    date_source: str | None
    quote: ReportedSpeech | None = None  # the quote or reported speech that contains the trigger
    participants: tuple[Participant, ...] = field(default=())


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
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if lemma in PERSON_ROLE_NOUNS:
        person = frozenset({"PERSON"})
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


def _actor(subject: Token, mentions: MentionIndex) -> Participant | None:
    """The actor a subject names: a mention, a resolved pronoun or description, or the noun a
    relative pronoun subject stands for."""
    if (antecedent := relative_antecedent(subject)) is not None:
        subject = antecedent
    referred = _referred(subject, "actor", mentions)
    if referred is not None or subject.lower_ in ACTOR_PRONOUNS:  # an unresolved "he" is no one
        return referred
    mention = mentions.named(subject) or _group_named_by(subject, mentions)
    if mention is None or mention.type not in _ACTOR_TYPES:
        return None
    return Participant("actor", mention)


def _group_named_by(subject: Token, mentions: MentionIndex) -> EntityMentionSpan | None:
    """The group a member noun acts for: "Members of Hamas", "Thousands of supporters of the
    Alliance" (a chain of such nouns), "troops from Veridia"."""
    current = subject
    for _ in range(3):
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
        or any(p.role == "target" for p in _verb_participants(clause, mentions))
    )
    if not against_someone:
        return False
    if subject.lower_ in WARNER_PRONOUNS:
        return True
    warner_actor = _actor(warner, mentions) if warner is not None else None
    subject_actor = _actor(subject, mentions)
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
        p.role == "target" and p.mention.type in _ACTOR_TYPES
        for recipient in recipients
        for p in _argument(recipient, mentions)
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


def _lacks_required_target(token: Token, participants: list[Participant]) -> bool:
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
    subject = active_subject(verb) or _borrowed_subject(verb)
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


def _clause_governors(token: Token) -> list[Token]:
    """The verbs whose complement the trigger's clause is, nearest first: for "denied that any
    meeting had been planned", the noun "meeting" gives [planned, denied]."""
    governors: list[Token] = []
    current = token
    if token.pos_ == "NOUN" and token.dep_ in _CLAUSE_NOUN_ROLES and token.head.i != token.i:
        current = token.head
        governors.append(current)
    while current.dep_ in ("xcomp", "ccomp", "conj") and current.head.i != current.i:
        current = current.head
        governors.append(current)
    return governors


def _negated(token: Token) -> bool:
    if any(child.dep_ == "neg" for child in token.children):
        return True
    if any(child.lower_ in ("never", "no") for child in token.children):
        return True
    return any(g.lemma_.lower() in NEGATING_GOVERNORS for g in _clause_governors(token))


def _counterfactual(token: Token) -> bool:
    """ "would have (never) invaded": modal + "have" + participle, so it did not happen."""
    auxiliaries = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    has_modal = any(a in COUNTERFACTUAL_MODALS for a in auxiliaries)
    return has_modal and "have" in auxiliaries and token.tag_ == "VBN"


def _purpose_of(verb: Token) -> Token | None:
    """The verb a to-infinitive of purpose hangs on: "visit" in "will visit Paris to meet X",
    whose mood and time the purpose shares."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    return verb.head if is_to_infinitive(verb) else None


def _meeting_of_purpose(verb: Token, mentions: MentionIndex) -> Token | None:
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


def _purpose_interlocutors(meeting: Token, mentions: MentionIndex) -> list[Participant]:
    """Whom a meeting's purpose says it is with: "visited Paris to discuss the war with Macron"
    (only "with": what is discussed is a topic, not a participant). The parser often hangs the
    "with" on the topic, so it is looked for there too."""
    purposes = [c for c in meeting.children if _meeting_of_purpose(c, mentions) is not None]
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
        for participant in _prep_participants(preposition, mentions)
        if participant.role == "target"
    ]


def _hypothetical(token: Token) -> bool:
    if (governor := _purpose_of(token)) is not None and _hypothetical(governor):
        return True
    # "Iran's threat to impose sanctions": what is threatened is not done.
    irrealis_noun = token.head.lemma_.lower() in IRREALIS_NOUNS
    if token.dep_ == "acl" and is_to_infinitive(token) and irrealis_noun:
        return True
    for child in token.children:
        if child.dep_ not in ("aux", "auxpass", "mark"):
            continue
        # The lemma catches contractions: the "wo" of "won't" is "will".
        if child.lower_ in HYPOTHETICAL_MARKERS or child.lemma_.lower() in HYPOTHETICAL_MARKERS:
            return True
    current = token
    while current.dep_ in ("xcomp", "ccomp", "conj") and current.head.i != current.i:
        lemma = current.head.lemma_.lower()
        if lemma in IRREALIS_GOVERNORS:
            return True
        # Only a directive's to-infinitive: "told reporters that he met Macron" is a report.
        if current.dep_ == "xcomp" and lemma in DIRECTIVE_VERBS:
            return True
        current = current.head
    return False


def _future_by_grammar(token: Token) -> bool:
    """Whether the grammar presents the event as still to come: a future auxiliary, also up a
    chain of to-infinitives, or a FUTURE_GOVERNORS word above it (see the module docstring)."""
    verb = token
    while True:
        if any(
            child.dep_ in ("aux", "auxpass") and child.lemma_.lower() in FUTURE_AUXILIARIES
            for child in verb.children
        ):
            return True
        if (purpose_of := _purpose_of(verb)) is not None:
            verb = purpose_of
            continue
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        governor = verb.head
        lemma = governor.lemma_.lower()
        # "go" only as "is going to": "went to see" is past.
        if lemma in FUTURE_GOVERNORS and (lemma != "go" or governor.tag_ == "VBG"):
            return True
        verb = governor


def _after(day: date | None, published: date | None) -> bool:
    """A date after the publication day: "meets Xi on Friday" in Wednesday's paper."""
    return day is not None and published is not None and day > published


def _prep_target(noun: Token, mentions: MentionIndex) -> EntityMentionSpan | None:
    """The entity in "sanctions on Iran" / "aid to Haiti": a target hung on the object noun."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _TARGET_PREPOSITIONS:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and (mention := mentions.at(grandchild)):
                    return mention
    return None


def _places(phrase: Token, mentions: MentionIndex, depth: int = 0) -> list[EntityMentionSpan]:
    """Places named by a prepositional object and the place phrases nested in it: "at
    Mar-a-Lago in Palm Beach, Florida" gives Palm Beach and Florida. A venue tagged as an
    organisation is not a place, but the places nested in it are: "at the Hotel Astoria in
    Madrid" gives Madrid."""
    found: list[EntityMentionSpan] = []
    mention = mentions.at(phrase)
    if mention is not None and mention.type not in _PLACE_TYPES:
        mention = None  # its appositions and conjuncts are not places either
    if mention is not None:
        found.append(mention)
    if depth >= _NESTING_DEPTH:
        return found
    for child in phrase.children:
        if child.dep_ in ("appos", "conj") and mention is not None:
            found.extend(_places(child, mentions, depth + 1))
        elif child.dep_ == "prep" and child.lower_ in _PLACE_PREPOSITIONS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.extend(_places(pobj, mentions, depth + 1))
    return found


def _locating(preposition: Token, pobj: Token) -> bool:
    """Whether a prepositional phrase may name where the event happened: a place preposition,
    or a time phrase with a place phrase inside it ("on 13 September at the Hotel Astoria")."""
    return preposition.lower_ in _PLACE_PREPOSITIONS or pobj.ent_type_ in _TIME_ENTITY_TYPES


def _prep_participants(preposition: Token, mentions: MentionIndex) -> list[Participant]:
    """Location or target of a verb's prepositional phrase (or dative)."""
    pobj = first_pobj(preposition)
    if pobj is None:
        return []
    word = preposition.lower_
    if _locating(preposition, pobj):
        places = _places(pobj, mentions)
        if places:
            return [Participant("location", place) for place in places]
    if word not in _TARGET_PREPOSITIONS and preposition.dep_ != "dative":
        return []
    named = (mentions.named(phrase) for phrase in _coordinated(pobj))
    return [Participant("target", mention) for mention in named if mention is not None]


def _borrowed_subject(verb: Token) -> Token | None:
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
    return _borrowed_subject(head) if head.dep_ == "conj" else None


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
            if pobj is not None and pobj.ent_type_ not in _TIME_ENTITY_TYPES:
                return pobj
    return None


def _coordinated(token: Token) -> list[Token]:
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


def _argument(child: Token, mentions: MentionIndex) -> list[Participant]:
    """The participants one dependent of a verb names (each of a coordination)."""
    if child.dep_ == "agent":
        pobj = first_pobj(child)
        child, dep = (pobj, "nsubj") if pobj is not None else (child, "")
    else:
        dep = child.dep_
    found: list[Participant] = []
    for phrase in _coordinated(child):
        if dep == "nsubj":
            participant = _actor(phrase, mentions)
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


def _verb_participants(verb: Token, mentions: MentionIndex) -> list[Participant]:
    """Actor (subject or "by" agent), target (object, passive subject), prepositional targets
    and places; coordinated subjects and objects each count ("Russia and China vetoed")."""
    found: list[Participant] = []
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # A participle modifying a noun is passive and the noun its target: "Weber, arrested
        # on Monday", "a journalist detained by Iran".
        found.extend(p for p in [_passive_target(verb.head, mentions)] if p is not None)
    for child in verb.children:
        if child.dep_ in ("prep", "dative"):
            found.extend(_prep_participants(child, mentions))
        else:
            found.extend(_argument(child, mentions))
    # A passive clause's missing agent is not the subject of the clause it hangs on: in "Weber
    # stayed in prison as he was charged", Weber did not charge anyone.
    if not any(p.role == "actor" for p in found) and not is_passive_clause(verb):
        subject = _borrowed_subject(verb)
        actor = _actor(subject, mentions) if subject is not None else None
        if actor is not None:
            found.append(actor)
    if not any(p.role == "target" for p in found):
        actors = {p.mention.entity_id for p in found if p.role == "actor"}
        found.extend(p for p in [_possessor_target(verb, actors, mentions)] if p is not None)
    if not any(p.role == "location" for p in found):
        found.extend(_argument_places(verb, mentions))
    return found


def _argument_places(verb: Token, mentions: MentionIndex) -> list[Participant]:
    """Where the event happened when the parser hung the place on an argument instead of the
    verb: "met Tomas Berg in Lisbon", "Police in Nairobi arrested ..."."""
    for argument in verb.children:
        if argument.dep_ not in ("nsubj", "dobj", "obj"):
            continue
        # on the argument, or on a name in apposition to it ("her counterpart Brekke in Geneva")
        named = [argument, *(c for c in argument.children if c.dep_ == "appos")]
        for preposition in (child for phrase in named for child in phrase.children):
            if preposition.dep_ != "prep" or preposition.lower_ not in _PLACE_PREPOSITIONS:
                continue
            pobj = first_pobj(preposition)
            places = _places(pobj, mentions) if pobj is not None else []
            if places:
                return [Participant("location", place) for place in places]
    return []


def _noun_prep_role(preposition: str, event_type: str) -> str | None:
    """The role a noun trigger's prepositional object plays: "an attack by Hamas on Sderot"."""
    if preposition in NOUN_AGENT_PREPOSITIONS:
        return "actor"
    if preposition in NOUN_TARGET_PREPOSITIONS:
        return "target"
    if preposition == "on" and event_type in ON_TARGET_TYPES:
        return "target"
    return None


def _noun_participants(noun: Token, event_type: str, mentions: MentionIndex) -> list[Participant]:
    """Actor (possessor, "by" phrase), targets (see `_noun_prep_role`) and places of a noun
    trigger; each of a coordination counts ("talks between Chile and Peru")."""
    found: list[Participant] = []
    for child in noun.children:
        if child.dep_ == "poss":
            mention = mentions.at(child)
            if mention is not None and mention.type in _ACTOR_TYPES:
                found.append(Participant("actor", mention))
        elif child.dep_ == "prep":
            pobj = first_pobj(child)
            if pobj is None:
                continue
            if _locating(child, pobj):
                places = _places(pobj, mentions)
                found.extend(Participant("location", place) for place in places)
                if places:
                    continue
            if (role := _noun_prep_role(child.lower_, event_type)) is None:
                continue
            for phrase in _coordinated(pobj):
                mention = mentions.named(phrase)
                if mention is not None and (role == "target" or mention.type in _ACTOR_TYPES):
                    found.append(Participant(role, mention))
    return found


def _attendee(noun: Token, mentions: MentionIndex) -> Participant | None:
    """Who was at a meeting the sentence places them at: "Trump said during a Jan. 9 dinner",
    "Putin spoke at the summit". Only for gatherings: "said after the attack" makes no one the
    attacker."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in _ATTENDANCE_PREPOSITIONS:
        return None
    verb = preposition.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = active_subject(verb)
    return _actor(subject, mentions) if subject is not None else None


def _governing_trigger(token: Token, trigger: Token) -> bool:
    """Whether `token` hangs on `trigger`: the first verb (or the trigger) above it is it."""
    current = token
    for _ in range(8):
        if current.i == trigger.i:
            return True
        if current.pos_ in ("VERB", "AUX") and current.i != token.i:
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _is_day(timex: TimexSpan) -> bool:
    return timex.begin_date is not None and timex.begin_date == timex.end_date


def _timex_on(trigger: Token, candidates: list[TimexSpan]) -> TimexSpan | None:
    """The time expression attached to the trigger: a day-level one first, else a coarser date
    such as "next month"."""
    attached = [
        t
        for t in candidates
        if any(
            _governing_trigger(trigger.doc[i], trigger) for i in range(t.token_start, t.token_end)
        )
    ]
    for timex in attached:
        if _is_day(timex):
            return timex
    for timex in attached:
        if timex.resolution.type == "DATE" and timex.begin_date is not None:
            return timex
    return None


def _attached_timex(
    trigger: Token,
    candidates: list[TimexSpan],
    sentence_fallback: bool,
    announced: Token | None = None,
    published: date | None = None,
) -> tuple[TimexSpan | None, str | None]:
    """The time expression attached to the trigger, else the one attached to the action it
    `announced` unless that is after `published` (the parser hangs "last week" in "threatened to
    impose sanctions last week" on "impose", but it dates the threat; "... next week" dates the
    sanctions only), else, with `sentence_fallback`, the sentence's only day-level date.
    The caller turns the fallback off for future and hypothetical events: in "Merz plans to
    visit Beijing next month, his office said on Tuesday", Tuesday dates the saying. For a
    reported past event the saying's day is kept: "Putin said at Monday's meeting he welcomed
    Trump's willingness" welcomed on Monday (verbal events happen as they are said)."""
    timex = _timex_on(trigger, candidates)
    if timex is None and announced is not None:
        borrowed = _timex_on(announced, candidates)
        timex = borrowed if borrowed and not _after(borrowed.begin_date, published) else None
    if timex is not None:
        return timex, "timex"
    days = [t for t in candidates if _is_day(t) and not _in_another_clause(t, trigger)]
    if not sentence_fallback or len(days) != 1:
        return None, None
    return days[0], "sentence"


def _in_another_clause(timex: TimexSpan, trigger: Token) -> bool:
    """Whether the time expression sits in a clause of its own that does not hold the trigger:
    a relative clause on its subject, a second conjunct, a clause the trigger reports. A clause
    on the trigger itself describes it ("a deal that will be finalized by June 10")."""
    doc = trigger.doc
    ancestors = {trigger.i, *(token.i for token in trigger.ancestors)}
    current = doc[timex.token_start : timex.token_end].root
    for _ in range(len(doc)):
        if current.i in ancestors or current.head.i == current.i:
            return False
        if current.dep_ in _SEPARATE_CLAUSES:
            describes_trigger = current.dep_ in ("relcl", "acl") and current.head.i == trigger.i
            return not describes_trigger
        current = current.head
    return False


def _with_speaker_as_actor(
    verb: Token, participants: list[Participant], quote: ReportedSpeech, mentions: MentionIndex
) -> list[Participant]:
    """In a speaker's own words, an "I"/"we" subject is the quote's speaker (method
    "quote_speaker", with the pronoun's offsets), and a "he"/"she" is somebody else: a speaker
    talking of themselves says "I"."""
    if quote.kind not in _OWN_WORDS_KINDS or quote.speaker_entity_id is None:
        return participants
    participants = [
        p
        for p in participants
        if not (p.method == "pronoun" and p.mention.entity_id == quote.speaker_entity_id)
    ]
    if any(p.role == "actor" for p in participants):
        return participants
    subject = active_subject(verb)
    if subject is None or subject.lower_ not in SPEAKER_SELF_PRONOUNS:
        return participants
    speaker = mentions.of_entity(quote.speaker_entity_id)
    if speaker is None:
        return participants
    start, end = subject.idx, subject.idx + len(subject.text)
    return [Participant("actor", speaker, "quote_speaker", start, end), *participants]


def _with_visited_place(
    participants: list[Participant], coded: tuple[str, str | None]
) -> list[Participant]:
    """A visited place is where the visit happens as well as whom it is to: "Tusk visited Kyiv"
    gives Kyiv as target (the host) and as location, so "where do things happen" counts it."""
    if coded[1] != "visit" or any(p.role == "location" for p in participants):
        return participants
    places = [
        Participant("location", p.mention)
        for p in participants
        if p.role == "target" and p.method == "mention" and p.mention.type in _PLACE_TYPES
    ]
    return participants + places


def _publication_safe(token: Token) -> bool:
    """Simple present ("Apple releases") or present progressive ("is meeting"): today's news."""
    if token.pos_ != "VERB":
        return False
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries:
        return token.tag_ in _PRESENT_TAGS
    return token.tag_ == "VBG" and all(a.tag_ in _PRESENT_TAGS for a in auxiliaries)


@dataclass(frozen=True)
class _Context:
    doc: Doc
    sentence_index: list[int]
    mentions: MentionIndex
    timexes: dict[int, list[TimexSpan]]
    published: date | None
    quotes: tuple[ReportedSpeech, ...] = ()

    def quote_at(self, offset: int) -> ReportedSpeech | None:
        for quote in self.quotes:
            if quote.start_char <= offset < quote.end_char:
                return quote
        return None


def _trigger(
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


def _participants(
    token: Token,
    coded: tuple[str, str | None],
    context: _Context,
    quote: ReportedSpeech | None,
    announced: Token | None,
) -> list[Participant]:
    """Who and where: the parse's verb or noun participants, then what the wider sentence adds
    (a CONSULT noun's attendee, whom a meeting's purpose is with, the quote speaker behind
    "I"/"we", a threat's target taken from the action it `announced`, a visited place)."""
    is_verb = token.pos_ == "VERB"
    mentions = context.mentions
    if is_verb:
        participants = _verb_participants(token, mentions)
        if coded[0] == "CONSULT":
            participants += _purpose_interlocutors(token, mentions)
        if quote is not None:
            participants = _with_speaker_as_actor(token, participants, quote, mentions)
    else:
        participants = _noun_participants(token, coded[0], mentions)
        if coded[0] == "CONSULT" and not any(p.role == "actor" for p in participants):
            attendee = _attendee(token, mentions)
            participants = [attendee, *participants] if attendee else participants
    if announced is not None:
        participants = _with_announced_targets(participants, announced, coded[0], mentions)
    return _with_visited_place(participants, coded)


def _announced_action(trigger: Token, event_type: str) -> Token | None:
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


def _with_announced_targets(
    participants: list[Participant], announced: Token, event_type: str, mentions: MentionIndex
) -> list[Participant]:
    """A threat with no target of its own is aimed at the announced action's targets: "Iran
    threatened to impose sanctions on Israel" targets Israel, "warned of retaliation against
    Ukraine" Ukraine. One that names its target keeps it: "Russia warned Ukraine that it would
    strike Kyiv" targets Ukraine."""
    if any(p.role == "target" for p in participants):
        return participants
    if announced.pos_ == "VERB":
        found = _verb_participants(announced, mentions)
    else:
        found = _noun_participants(announced, event_type, mentions)
    return participants + [p for p in found if p.role == "target"]


@dataclass(frozen=True)
class _Dating:
    """When: the attached time expression (`anchor`), the day the event gets, its source, and
    whether the event is still to come when reported."""

    anchor: TimexSpan | None
    event_date: date | None
    source: str | None
    future: bool


def _dating(
    token: Token,
    context: _Context,
    quote: ReportedSpeech | None,
    flags: tuple[bool, bool],
    announced: Token | None,
) -> _Dating:
    """The event's date: an attached time expression (also the `announced` action's, see
    `_attached_timex`), else the sentence's only day (not for future or hypothetical events),
    else the publication day where the tense makes it safe. `flags` is (negated, hypothetical)."""
    negated, hypothetical = flags
    future_by_grammar = _future_by_grammar(token)
    sentence = context.sentence_index[token.i]
    fallback = not (hypothetical or future_by_grammar)
    candidates = context.timexes.get(sentence, [])
    anchor, source = _attached_timex(token, candidates, fallback, announced, context.published)
    # A coarser anchor ("next month") is linked through timex_id but gives no day.
    event_date = anchor.begin_date if anchor and _is_day(anchor) else None
    # In a speaker's own words the present tense is the speaker's day, not the paper's.
    in_own_words = quote is not None and quote.kind in _OWN_WORDS_KINDS
    dated_by_publication = anchor is None and context.published is not None and not in_own_words
    if dated_by_publication and not (negated or hypothetical) and _publication_safe(token):
        event_date, source = context.published, "publication"
    anchor_day = anchor.begin_date if anchor else event_date
    future = future_by_grammar or _after(anchor_day, context.published)
    return _Dating(anchor, event_date, source, future)


def _names_a_day(token: Token, context: _Context) -> bool:
    """Whether the trigger's sentence names a day: a bare noun trigger ("the bombing") in a
    sentence that dates something is likely an event mention, even when the day belongs to
    another clause and so does not date it."""
    days = context.timexes.get(context.sentence_index[token.i], [])
    return any(_is_day(timex) for timex in days)


def _event(token: Token, coded: tuple[str, str | None], context: _Context) -> EventSpan | None:
    """The event a trigger gives, or None: a counterfactual, the purpose of a meeting (that
    meeting's event has it), a verb without participants, or a noun with neither participants
    nor a day in its sentence."""
    is_verb = token.pos_ == "VERB"
    if is_verb and (_counterfactual(token) or _meeting_of_purpose(token, context.mentions)):
        return None
    quote = context.quote_at(token.idx)
    announced = _announced_action(token, coded[0])
    participants = _participants(token, coded, context, quote, announced)
    if is_verb and not participants:
        return None
    if _lacks_required_target(token, participants):
        return None
    negated, hypothetical = _negated(token), _hypothetical(token)
    dating = _dating(token, context, quote, (negated, hypothetical), announced)
    if (
        not is_verb
        and not participants
        and dating.anchor is None
        and not _names_a_day(token, context)
    ):
        return None
    return EventSpan(
        event_type=coded[0],
        mode=coded[1],
        trigger=token.text,
        trigger_lemma=token.lemma_.lower(),
        start_char=token.idx,
        end_char=token.idx + len(token.text),
        sentence_index=context.sentence_index[token.i],
        negated=negated,
        hypothetical=hypothetical,
        future=dating.future,
        event_date=dating.event_date,
        timex=dating.anchor,
        date_source=dating.source,
        quote=quote,
        participants=tuple(dict.fromkeys(participants)),
    )


def extract_events(
    doc: Doc,
    sentence_index: list[int],
    mentions: list[EntityMentionSpan],
    timexes: list[TimexSpan],
    published: date | None = None,
    quotes: Sequence[ReportedSpeech] = (),
) -> list[EventSpan]:
    """Events in `doc` with participants (entity mentions) and dates (from time expressions,
    or `published` where the tense makes that safe). `quotes` marks the events reported in
    someone's words (partial quotes, mere fragments, do not count)."""
    # The dateline says where and when the report was filed: its place is no participant and
    # its date dates no event.
    opening = dateline_end(doc_text(doc))
    by_sentence: dict[int, list[TimexSpan]] = {}
    for timex in timexes:
        if timex.start_char >= opening:
            by_sentence.setdefault(timex.sentence_index, []).append(timex)
    quoted = tuple(q for q in quotes if q.kind != "partial")
    context = _Context(
        doc,
        sentence_index,
        MentionIndex(doc, [m for m in mentions if m.start_char >= opening], sentence_index),
        by_sentence,
        published,
        quoted,
    )
    light_objects: set[int] = set()
    events: list[EventSpan] = []
    for token in doc:
        coded = _trigger(token, light_objects, context.mentions)
        if coded is None:
            continue
        event = _event(token, coded, context)
        if event is not None:
            events.append(event)
    return events
