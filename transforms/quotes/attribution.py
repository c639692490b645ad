"""Attribution of a direct quote: its cue and speaker, or the other ways a text names who speaks.

In order: the nearest cue and its subject; a dash signature; "according to X"; a name in a
verbless label before a colon; the subject of a clause ending in a colon; the subject of a
reporting verb just before; the previous quote's speaker. Does not decide the quote's kind.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from transforms.grammar import subjects_of
from transforms.lexicons.quotes.marks import LABEL_STOPS, SIGNATURE_DASHES
from transforms.mentions import MentionIndex
from transforms.quotes.cues import cue_for_quote, cue_subject, is_continuation_cue, is_cue
from transforms.quotes.marks import QUOTE_MARK, QuotedSpan, inside_quotes
from transforms.quotes.rows import QuoteSpan, Speaker, continue_speaker, with_speaker
from transforms.quotes.settings import LOOKBACK_SENTENCES
from transforms.quotes.speakers import speaker_from_subject
from transforms.types import SPEAKER_TYPES


def attributed_to(
    cue: Token, row: QuoteSpan, quoted: list[QuotedSpan], mentions: MentionIndex
) -> QuoteSpan:
    """`row` with `cue` and its subject as the speaker (if it has one)."""
    row = replace(row, cue=cue.text, cue_start_char=cue.idx, cue_end_char=cue.idx + len(cue.text))
    subject = cue_subject(cue, quoted)
    return row if subject is None else with_speaker(row, speaker_from_subject(subject, mentions))


def attribute_direct_quote(
    doc: Doc,
    span: Span,
    quoted: list[QuotedSpan],
    base: QuoteSpan,
    previous: QuoteSpan | None,
    mentions: MentionIndex,
) -> QuoteSpan:
    cue = cue_for_quote(doc, span, quoted)
    if cue is not None:
        with_cue = replace(
            base, cue=cue.text, cue_start_char=cue.idx, cue_end_char=cue.idx + len(cue.text)
        )
        subject = cue_subject(cue, quoted)
        if subject is not None:
            speaker = speaker_from_subject(subject, mentions)
            method = "postposed" if subject.i > cue.i and speaker.method == "subject" else None
            return with_speaker(with_cue, speaker, method)
        if is_continuation_cue(cue) and previous is not None:
            return continue_speaker(with_cue, previous)
        return with_cue
    signed = _signature_after(doc, span, mentions)
    if signed is not None:
        return with_speaker(base, signed)
    source = _according_to_before(doc, span)
    if source is not None:
        return with_speaker(base, speaker_from_subject(source, mentions), "according_to")
    label = _name_labelling_colon(doc, span, mentions)
    if label is not None:
        return with_speaker(base, label)
    introducer = _subject_before_colon(doc, span, quoted)
    if introducer is not None:
        return with_speaker(base, speaker_from_subject(introducer, mentions))
    after = previous.end_char if previous is not None else 0
    reporter = _reporting_clause_before(doc, span, quoted, after)
    if reporter is not None:
        return with_speaker(base, speaker_from_subject(reporter, mentions), "continuation")
    if previous is not None and previous.speaker_method is not None:
        return continue_speaker(base, previous)
    return base


def _according_to_before(doc: Doc, quote: Span) -> Token | None:
    """The source of "According to X, “…”": the object of "according to" in the quote's
    sentence, before the quote."""
    sentence = doc[quote.start].sent
    for token in doc[sentence.start : max(sentence.start, quote.start - 1)]:
        if token.lower_ == "according" and doc[token.i + 1].lower_ == "to":
            objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
            if objects and objects[0].i < quote.start:
                return objects[0]
    return None


def colon_before(doc: Doc, quote: Span) -> Token | None:
    """The colon that introduces a quote (She made one promise: “…”), if one does."""
    index = quote.start - 1
    while index >= 0 and (QUOTE_MARK.fullmatch(doc[index].text) or doc[index].is_space):
        index -= 1
    return doc[index] if index >= 1 and doc[index].text == ":" else None


def _name_labelling_colon(doc: Doc, quote: Span, mentions: MentionIndex) -> Speaker | None:
    """The person or organisation named in a verbless label before a colon that introduces a
    quote: "- Ana Tembe: “…”", "More from Ana Tembe: “…”", "From the ministry's report: “…”"."""
    colon = colon_before(doc, quote)
    if colon is None:
        return None
    named = None
    for token in reversed(doc[colon.sent.start : colon.i]):
        if token.pos_ == "VERB" or token.text in LABEL_STOPS or "\n" in token.text_with_ws:
            break
        mention = mentions.by_token.get(token.i)
        if mention is not None and mention.type in SPEAKER_TYPES and named is None:
            named = mention
    if named is None:
        return None
    return Speaker(named.text, named.start_char, named.end_char, named.entity_id, "subject")


def _subject_before_colon(doc: Doc, quote: Span, quoted: list[QuotedSpan]) -> Token | None:
    """Who introduces a quote with a colon and no cue verb: "She made one promise: “…”"."""
    colon = colon_before(doc, quote)
    if colon is None:
        return None
    root = doc[colon.i - 1].sent.root
    subjects = [s for s in subjects_of(root) if not inside_quotes(s, quoted)]
    return subjects[0] if subjects else None


def _signature_after(doc: Doc, quote: Span, mentions: MentionIndex) -> Speaker | None:
    """A name signed after the quote with a dash: “…” ― Karen Lee."""
    index = quote.end
    while index < len(doc) and (doc[index].is_space or QUOTE_MARK.fullmatch(doc[index].text)):
        index += 1
    if index >= len(doc) or doc[index].text.strip("”\"'") not in SIGNATURE_DASHES:
        return None
    index += 1
    while index < len(doc) and doc[index].is_space:
        index += 1
    mention = mentions.by_token.get(index)
    if mention is not None and mention.token_start == index:
        return Speaker(
            mention.text, mention.start_char, mention.end_char, mention.entity_id, "signature"
        )
    end = index
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    if end == index:
        return None
    name = doc[index:end]
    return Speaker(name.text, name.start_char, name.end_char, None, "signature")


def _reporting_clause_before(
    doc: Doc, quote: Span, quoted: list[QuotedSpan], after_char: int
) -> Token | None:
    """The subject of the last reporting verb in the sentences just before a cueless quote,
    when it comes after the previous quote: the quote continues what that speaker said."""
    first_sentence = max(0, quote.start - 1)
    for _ in range(LOOKBACK_SENTENCES):
        first_sentence = doc[first_sentence].sent.start
        if first_sentence == 0:
            break
        first_sentence -= 1
    for token in reversed(doc[first_sentence : quote.start]):
        if token.idx < after_char:
            return None
        if is_cue(token) and not inside_quotes(token, quoted):
            return cue_subject(token, quoted)
    return None
