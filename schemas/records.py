"""The input record: one news article as a user hands it to `newsetl run`.

Only `text` is required. Metadata is validated strictly enough that a wrong type or an
impossible date is rejected with a message naming the field, but loosely enough that common
real-world forms (a bare date, a date-time with a zone, a numeric id) are accepted.

This module does not read files (see `flows/sources.py`) and does not decide article identity
(see `transforms/records.py`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from email.utils import parsedate_to_datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

#: Record fields a user may supply; anything else in a record is ignored (and reported once).
RECORD_FIELDS = ("text", "id", "title", "url", "source", "published_at", "author", "language")


class ArticleRecord(BaseModel):
    """One article as received. `text` is kept exactly as decoded: offsets index into it."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False, frozen=True)

    text: str = Field(description="Full article text exactly as received (after decoding).")
    id: str | None = Field(default=None, description="The publisher's or user's own identifier.")
    title: str | None = None
    url: str | None = None
    source: str | None = Field(default=None, description="Publisher or outlet name.")
    published_at: datetime | None = Field(
        default=None,
        description="Publication time, with the offset given (none means UTC); the warehouse "
        "stores it in UTC. A bare ISO date means midnight UTC of that day.",
    )
    author: str | None = None
    language: str | None = None

    @field_validator("text", mode="before")
    @classmethod
    def _text_must_be_non_blank_string(cls, value: object) -> object:
        if value is None:
            raise ValueError("missing required field 'text'")
        if not isinstance(value, str):
            raise ValueError(f"'text' must be a string, got {type(value).__name__}")
        if not value.strip():
            raise ValueError("'text' is empty or whitespace only")
        return value

    @field_validator("id", mode="before")
    @classmethod
    def _id_accepts_integers(cls, value: object) -> object:
        # CSV and JSON producers often emit numeric ids; they identify the article all the same.
        if isinstance(value, bool):
            raise ValueError("'id' must be a string or an integer, got a boolean")
        if isinstance(value, int):
            return str(value)
        return value

    @field_validator("title", "url", "source", "author", "language", mode="before")
    @classmethod
    def _blank_metadata_is_missing(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("published_at", mode="before")
    @classmethod
    def _parse_iso_date_or_datetime(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, datetime):
            return value
        if isinstance(value, date):
            return datetime.combine(value, time.min, tzinfo=UTC)
        if not isinstance(value, str):
            raise ValueError(
                f"'published_at' must be an ISO 8601 date or date-time string, "
                f"got {type(value).__name__}"
            )
        raw = value.strip()
        try:
            if len(raw) == 10:
                return datetime.combine(date.fromisoformat(raw), time.min, tzinfo=UTC)
            return datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            pass
        try:  # RSS and e-mail dates: "Wed, 15 Jan 2025 09:30:00 GMT"
            return parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            raise ValueError(
                f"'published_at' is not a valid ISO 8601 or RFC 2822 (RSS) date: {raw!r}"
            ) from None

    @field_validator("published_at", mode="after")
    @classmethod
    def _naive_means_utc(cls, value: datetime | None) -> datetime | None:
        # An explicit offset is kept: the writer's "on Friday" counts from the paper's own
        # calendar day (Friday 01:00 in Tokyo is still Thursday in UTC). The warehouse stores UTC.
        if value is None or value.tzinfo is not None:
            return value
        return value.replace(tzinfo=UTC)
