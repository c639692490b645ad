"""The quote extractor's numeric thresholds and its referent policy, in one place.

Word lists are in `transforms.lexicons.quotes`; this module holds only numbers and settings.
"""

from __future__ import annotations

from transforms.mentions import ReferentPolicy

#: Quotes with at most this many words are scare quotes or fragments: kind `partial`.
PARTIAL_QUOTE_MAX_WORDS = 3

#: A reported statement is `mixed` when at least this share of its words is quoted verbatim;
#: one that only borrows a few quoted words ("he did “great” in the debate") is `indirect`.
MIXED_MIN_QUOTED_SHARE = 0.8

#: A short quote (at most PARTIAL_QUOTE_MAX_WORDS words) is an utterance, not a scare quote, when
#: its cue is this close: “Denver,” he answered. Words between quote and cue verb, at most.
ADJACENT_CUE_MAX_WORDS = 4

#: A quote with no cue of its own continues the speaker of a reporting verb found this many
#: sentences back (when no other quote comes between), else the previous quote's speaker.
LOOKBACK_SENTENCES = 2

#: A reported clause or object shorter than this many tokens is not kept as a quote.
MIN_CONTENT_TOKENS = 1

#: A paragraph opened by a short label and a colon is a transcript turn or a headline claim
#: ("SILVA: We will rebuild.", "Reis: Harbour plan has failed"): at most this many tokens before
#: the colon, and at least MIN_LABELLED_CONTENT_WORDS words after it.
LABEL_MAX_TOKENS = 4
MIN_LABELLED_CONTENT_WORDS = 3

#: How many dependency links a subjectless cue climbs to find the clause that has its subject.
MAX_CLIMB = 3

#: How many sentences back a previous speaker still counts for "it"/"they".
PREVIOUS_SPEAKER_REACH = 2

#: Speakers of quotes: any earlier mention; a title inside a name ("Mayor Ana Silva") counts;
#: only a definite singular description points back.
SPEAKER_REFERENTS = ReferentPolicy(
    "speaker", sentence_window=None, title_inside_name=True, descriptions="definite_singular"
)
