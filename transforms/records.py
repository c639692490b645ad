"""Input records: validation, rejection reasons and article identity.

A raw record (a parsed JSON object, a CSV row, a text file with its sidecar) either becomes a
`ValidArticle` with a deterministic `article_id`, or a `Rejection` with a reason a person can act
on. What makes two records the same article, in order of precedence:
1. the same `source` and `id` (the publisher's own identifier), else
2. the same `url` (compared without a trailing slash or fragment, scheme and host lowercased), else
3. the same text (SHA-256 of the exact text).
So a corrected article re-sent under the same id replaces the old version, while id-less copies
of the same text collapse into one.

Does not read files (`flows/sources.py` does) or check the warehouse for what is already loaded.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from pydantic import ValidationError

from schemas.records import ArticleRecord
from transforms.ids import content_hash, stable_id

#: The longest raw excerpt kept with a rejection.
RAW_EXCERPT_CHARS = 500
#: Longer texts are rejected: parsing one needs memory in proportion to its length (about 1 GB
#: per million characters with the small English model), and no news article is this long.
DEFAULT_MAX_TEXT_CHARS = 1_000_000


@dataclass(frozen=True)
class RawRecord:
    """A record as read from a source: a mapping of fields, or the reason it could not be read."""

    source_file: str
    locator: str
    payload: Mapping[str, object] | None
    problem: str | None = None
    raw_excerpt: str | None = None


@dataclass(frozen=True)
class ValidArticle:
    article_id: str
    record: ArticleRecord
    content_hash: str
    source_file: str
    locator: str


@dataclass(frozen=True)
class Rejection:
    source_file: str
    locator: str
    reason: str
    raw_excerpt: str | None

    @property
    def reject_id(self) -> str:
        return stable_id("rej", self.source_file, self.locator, self.reason)

    @property
    def locator_number(self) -> int | None:
        """The N of "line N", "row N" or "index N"; None for a whole file."""
        found = _TRAILING_NUMBER.search(self.locator)
        return int(found[0]) if found else None


_TRAILING_NUMBER = re.compile(r"\d+$")


def normalise_url(url: str) -> str:
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def article_identity(record: ArticleRecord, text_hash: str) -> str:
    """The deterministic article_id (see the module docstring for the rule)."""
    if record.id is not None and record.id.strip():
        return stable_id("art", "id", record.source or "", record.id.strip())
    if record.url:
        return stable_id("art", "url", normalise_url(record.url))
    return stable_id("art", "text", text_hash)


def _describe(error: ValidationError) -> str:
    problems = []
    for item in error.errors():
        field = ".".join(str(part) for part in item["loc"]) or "record"
        if item["type"] == "missing":
            problems.append(f"missing required field '{field}'")
            continue
        message = str(item["msg"]).removeprefix("Value error, ")
        # Our own validators name the field in their message; pydantic's do not.
        problems.append(message if f"'{field}'" in message else f"{field}: {message}")
    return "; ".join(problems)


def validate_record(
    raw: RawRecord, max_text_chars: int = DEFAULT_MAX_TEXT_CHARS
) -> ValidArticle | Rejection:
    """Turn a raw record into a valid article, or a rejection that says why not."""
    if raw.payload is None:
        reason = raw.problem or "record could not be read"
        return Rejection(raw.source_file, raw.locator, reason, raw.raw_excerpt)
    try:
        record = ArticleRecord.model_validate(dict(raw.payload))
    except ValidationError as error:
        excerpt = raw.raw_excerpt or repr(dict(raw.payload))[:RAW_EXCERPT_CHARS]
        return Rejection(raw.source_file, raw.locator, _describe(error), excerpt)
    if len(record.text) > max_text_chars:
        reason = (
            f"text too long: {len(record.text):,} characters, more than the limit of "
            f"{max_text_chars:,} (NEWSETL_MAX_TEXT_CHARS)"
        )
        return Rejection(raw.source_file, raw.locator, reason, record.text[:RAW_EXCERPT_CHARS])
    text_hash = content_hash(record.text)
    return ValidArticle(
        article_identity(record, text_hash), record, text_hash, raw.source_file, raw.locator
    )
