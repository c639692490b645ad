"""Deterministic keys: the same input always gets the same id, in any run and any order.

Keys are short BLAKE2b digests of their defining parts, prefixed by kind so an id says what it is
(`art_…`, `ent_…`, `men_…`). Nothing here decides *which* parts define a row; callers do.
"""

from __future__ import annotations

import hashlib

_SEPARATOR = "\x1f"  # ASCII unit separator: cannot occur in ordinary text fields


def stable_id(prefix: str, *parts: object) -> str:
    """`prefix_` + a 20-hex-digit digest of the parts (None and "" are distinct)."""
    encoded = _SEPARATOR.join("\x00" if p is None else str(p) for p in parts).encode("utf-8")
    return f"{prefix}_{hashlib.blake2b(encoded, digest_size=10).hexdigest()}"


def content_hash(text: str) -> str:
    """SHA-256 of the text, hex: detects changed articles between runs."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
