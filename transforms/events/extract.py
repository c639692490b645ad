"""The event extractor's entry point: triggers, then each event's participants, modality, date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc, Token

from transforms.dateline import dateline_end
from transforms.doctext import doc_text
from transforms.entities import EntityMentionSpan
from transforms.events.dating import date_event, names_a_day
from transforms.events.locations import with_visited_place
from transforms.events.modality import is_counterfactual, is_hypothetical, is_negated
from transforms.events.participants import attendee_of, noun_participants, verb_participants
from transforms.events.spans import OWN_WORDS_KINDS, Context, EventSpan, Participant, ReportedSpeech
from transforms.events.triggers import (
    announced_action,
    classify_trigger,
    lacks_required_target,
    meeting_of_purpose,
    purpose_interlocutors,
    with_announced_targets,
)
from transforms.grammar import active_subject
from transforms.lexicons.events.actors import SPEAKER_SELF_PRONOUNS
from transforms.mentions import MentionIndex
from transforms.timex import TimexSpan


def _with_speaker_as_actor(
    verb: Token, participants: list[Participant], quote: ReportedSpeech, mentions: MentionIndex
) -> list[Participant]:
    """In a speaker's own words, an "I"/"we" subject is the quote's speaker (method
    "quote_speaker", with the pronoun's offsets), and a "he"/"she" is somebody else: a speaker
    talking of themselves says "I"."""
    if quote.kind not in OWN_WORDS_KINDS or quote.speaker_entity_id is None:
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


def _participants(
    token: Token,
    coded: tuple[str, str | None],
    context: Context,
    quote: ReportedSpeech | None,
    announced: Token | None,
) -> list[Participant]:
    """Who and where: the parse's verb or noun participants, then what the wider sentence adds
    (a CONSULT noun's attendee, whom a meeting's purpose is with, the quote speaker behind
    "I"/"we", a threat's target taken from the action it `announced`, a visited place)."""
    is_verb = token.pos_ == "VERB"
    mentions = context.mentions
    if is_verb:
        participants = verb_participants(token, mentions)
        if coded[0] == "CONSULT":
            participants += purpose_interlocutors(token, mentions)
        if quote is not None:
            participants = _with_speaker_as_actor(token, participants, quote, mentions)
    else:
        participants = noun_participants(token, coded[0], mentions)
        if coded[0] == "CONSULT" and not any(p.role == "actor" for p in participants):
            attendee = attendee_of(token, mentions)
            participants = [attendee, *participants] if attendee else participants
    if announced is not None:
        participants = with_announced_targets(participants, announced, coded[0], mentions)
    return with_visited_place(participants, coded)


def _event(token: Token, coded: tuple[str, str | None], context: Context) -> EventSpan | None:
    """The event a trigger gives, or None: a counterfactual, the purpose of a meeting (that
    meeting's event has it), a verb without participants, or a noun with neither participants
    nor a day in its sentence."""
    is_verb = token.pos_ == "VERB"
    if is_verb and (is_counterfactual(token) or meeting_of_purpose(token, context.mentions)):
        return None
    quote = context.quote_at(token.idx)
    announced = announced_action(token, coded[0])
    participants = _participants(token, coded, context, quote, announced)
    if is_verb and not participants:
        return None
    if lacks_required_target(token, participants):
        return None
    negated, hypothetical = is_negated(token), is_hypothetical(token)
    dating = date_event(token, context, quote, (negated, hypothetical), announced)
    if (
        not is_verb
        and not participants
        and dating.anchor is None
        and not names_a_day(token, context)
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
    context = Context(
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
        coded = classify_trigger(token, light_objects, context.mentions)
        if coded is None:
            continue
        event = _event(token, coded, context)
        if event is not None:
            events.append(event)
    return events
