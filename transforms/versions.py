"""Which version of an article a run keeps, and which articles it must extract.

Within a run, a record repeating an article with the same text is a repeat, skipped; one with
other text is a correction sent later (a newer file beside the original): the last one read
wins, and replaces the earlier version whether that is already loaded or still in this batch.
An article the warehouse already holds with the same text and extractor version is unchanged,
unless the run reprocesses everything.

Does not validate records (`transforms.records`) or ask the warehouse what it holds: callers
pass what they know as plain mappings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from transforms.records import Rejection, ValidArticle

#: article_id -> (content_hash, extractor_version) of the articles the warehouse holds.
Known = Mapping[str, tuple[str, str]]


@dataclass(frozen=True)
class BatchVersions:
    """A batch's records sorted out: each article's last version, in reading order."""

    latest: list[ValidArticle]
    rejections: list[Rejection]
    repeats: int  # records repeating a text met earlier in the run


def latest_versions(
    results: Iterable[ValidArticle | Rejection], seen: Mapping[str, str]
) -> BatchVersions:
    """Keep each article's last version. `seen` maps the ids met in earlier batches of the run
    to their content hash."""
    latest: dict[str, ValidArticle] = {}
    rejections: list[Rejection] = []
    repeats = 0
    for result in results:
        if isinstance(result, Rejection):
            rejections.append(result)
            continue
        earlier = latest.get(result.article_id)
        earlier_hash = earlier.content_hash if earlier else seen.get(result.article_id)
        if earlier_hash == result.content_hash:
            repeats += 1
            continue
        latest.pop(result.article_id, None)  # keep reading order, with the last version
        latest[result.article_id] = result
    return BatchVersions(list(latest.values()), rejections, repeats)


def to_extract(
    articles: list[ValidArticle], known: Known, version: str, reprocess: bool
) -> list[ValidArticle]:
    """The articles the warehouse does not hold as they are, at this extractor version."""
    return [
        a for a in articles if reprocess or known.get(a.article_id) != (a.content_hash, version)
    ]


def replaced_ids(articles: list[ValidArticle], known: Known, seen: Mapping[str, str]) -> list[str]:
    """The articles whose earlier version must be replaced: loaded before, or met earlier in
    the run (that batch may still be loading)."""
    return [a.article_id for a in articles if a.article_id in known or a.article_id in seen]
