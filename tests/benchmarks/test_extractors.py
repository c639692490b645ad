"""benchmarks.extractors: per-stage extraction cost against spaCy's parse time."""

from __future__ import annotations

from benchmarks.extractors import measure

TEXTS = [
    "“We will not back down,” Mayor Lucia Ferreira said on Monday. She met union leaders in "
    "Porto and accused the ministry of delaying the talks.",
    "Germany imposed sanctions on Iran last week, officials said. The measures take effect in "
    "April, according to the finance ministry.",
]


def test_every_stage_is_timed_against_the_parse() -> None:
    report = measure(TEXTS, repeat=1)
    assert report["articles"] == 2
    assert report["parse_seconds"] > 0
    stages = {"sentences", "entities", "timex", "quotes", "events", "normalise"}
    assert set(report["stage_seconds"]) == stages
    assert all(seconds > 0 for seconds in report["stage_seconds"].values())
    share = report["share_of_parse"]
    assert share["timex_and_events"] == round(share["timex"] + share["events"], 4)
    assert share["all_extraction"] >= max(share[stage] for stage in stages)
