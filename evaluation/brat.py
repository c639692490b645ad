"""Parse brat standoff annotation files (`.ann`) into text-bound spans and event records.

Handles what PolNeAR actually contains: discontinuous spans (`start end;start end`), span text that
runs over several physical lines, and note/attribute records that are skipped. Does not check the
copied span text against the document (callers should re-derive text from offsets) and does not
interpret annotation types; that is the corpus loader's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

Span = tuple[int, int]

# A record line starts with an id (T1, E1, A1, R1, M1, N1, #1, *) and a tab. Anything else is a
# continuation of the previous record's copied text: checking only the first letter is not enough,
# because a continuation line can itself start with "T" (ordinary prose such as "The ...").
_RECORD_START = re.compile(r"^(?:[TEARMN]\d+|#\d*|\*)\t")


@dataclass(frozen=True)
class TextBound:
    """A `T` record: an annotated span, possibly discontinuous, with fragments in file order."""

    id: str
    type: str
    fragments: list[Span]
    copied_text: str

    @property
    def start(self) -> int:
        return min(start for start, _ in self.fragments)

    @property
    def end(self) -> int:
        return max(end for _, end in self.fragments)


@dataclass(frozen=True)
class EventRecord:
    """An `E` record: a trigger plus (role, text-bound id) arguments, roles exactly as written."""

    id: str
    trigger_type: str
    trigger_id: str
    arguments: list[tuple[str, str]]


@dataclass(frozen=True)
class Standoff:
    text_bounds: dict[str, TextBound]
    events: list[EventRecord]


def split_records(ann_content: str) -> list[str]:
    """Group physical lines into logical records, gluing continuation lines back with newlines."""
    records: list[str] = []
    for line in ann_content.split("\n"):
        if _RECORD_START.match(line):
            records.append(line)
        elif records:
            records[-1] += "\n" + line
        # Text before the first record cannot belong to anything; drop it.
    return records


def parse_fragments(offsets: str) -> list[Span]:
    """'12 20;25 30' -> [(12, 20), (25, 30)], validating that each fragment is non-inverted."""
    fragments: list[Span] = []
    for piece in offsets.split(";"):
        start_text, end_text = piece.split()
        start, end = int(start_text), int(end_text)
        if start > end:
            raise ValueError(f"inverted fragment {piece!r}")
        fragments.append((start, end))
    return fragments


def parse_text_bound(record: str) -> TextBound:
    identifier, type_and_offsets, *rest = record.split("\t", 2)
    annotation_type, offsets = type_and_offsets.split(" ", 1)
    return TextBound(
        id=identifier,
        type=annotation_type,
        fragments=parse_fragments(offsets),
        copied_text=rest[0] if rest else "",
    )


def parse_event(record: str) -> EventRecord:
    identifier, body = record.split("\t", 1)
    trigger, *argument_fields = body.split()
    trigger_type, trigger_id = trigger.split(":", 1)
    arguments: list[tuple[str, str]] = []
    for argument in argument_fields:
        role, target = argument.split(":", 1)
        arguments.append((role, target))
    return EventRecord(
        id=identifier, trigger_type=trigger_type, trigger_id=trigger_id, arguments=arguments
    )


def parse_standoff(ann_content: str) -> Standoff:
    """Parse a whole `.ann` file; attributes, relations and notes are ignored."""
    text_bounds: dict[str, TextBound] = {}
    events: list[EventRecord] = []
    for record in split_records(ann_content):
        if record.startswith("T"):
            text_bound = parse_text_bound(record)
            text_bounds[text_bound.id] = text_bound
        elif record.startswith("E"):
            events.append(parse_event(record))
    return Standoff(text_bounds=text_bounds, events=events)
