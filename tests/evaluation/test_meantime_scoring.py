"""MEANTIME loader and event scoring on made-up documents (no corpus text)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from evaluation.meantime import (
    GoldEvent,
    PredictedEvent,
    evaluate,
    match_triggers,
    parse_document,
    score_document,
)

#: A made-up article in MEANTIME's format: "Acme buys Widgets" / "Acme bought Widgets on Friday ."
_XML = """<?xml version="1.0" encoding="UTF-8"?>
<Document doc_id="1" doc_name="1_made_up" lang="en">
<token number="0" sentence="0" t_id="1">Acme</token>
<token number="1" sentence="0" t_id="2">buys</token>
<token number="2" sentence="0" t_id="3">Widgets</token>
<token number="3" sentence="1" t_id="4">Acme</token>
<token number="4" sentence="1" t_id="5">bought</token>
<token number="5" sentence="1" t_id="6">Widgets</token>
<token number="6" sentence="1" t_id="7">on</token>
<token number="7" sentence="1" t_id="8">Friday</token>
<token number="8" sentence="1" t_id="9">.</token>
<Markables>
<ENTITY_MENTION m_id="10" syntactic_type="NAM"><token_anchor t_id="4"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="11" syntactic_type="NAM"><token_anchor t_id="6"/></ENTITY_MENTION>
<EVENT_MENTION m_id="20" pred="buy" pos="VERB"><token_anchor t_id="5"/></EVENT_MENTION>
<EVENT_MENTION m_id="21" pred="buy" pos="VERB"><token_anchor t_id="2"/></EVENT_MENTION>
<TIMEX3 m_id="30" type="DATE" value="2010-05-07"><token_anchor t_id="8"/></TIMEX3>
<TIMEX3 m_id="31" type="DATE" value="2010-05-09" functionInDocument="CREATION_TIME"/>
</Markables>
<Relations>
<HAS_PARTICIPANT sem_role="Arg0"><source m_id="20"/><target m_id="10"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT sem_role="Arg1"><source m_id="20"/><target m_id="11"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT sem_role="Arg1"><source m_id="20"/><target m_id="21"/></HAS_PARTICIPANT>
<TLINK reltype="IS_INCLUDED"><source m_id="20"/><target m_id="30"/></TLINK>
<TLINK reltype="INCLUDES"><source m_id="31"/><target m_id="21"/></TLINK>
</Relations>
</Document>
"""


def test_parse_document_rebuilds_text_offsets_and_gold(tmp_path: Path) -> None:
    path = tmp_path / "1_made_up.xml"
    path.write_text(_XML, encoding="utf-8")
    doc = parse_document(path)
    assert doc.text == "Acme buys Widgets\n\nAcme bought Widgets on Friday ."
    assert doc.dct == date(2010, 5, 9)
    assert doc.annotated_end == len(doc.text)
    bought = next(e for e in doc.events if doc.text[e.spans[0][0] : e.spans[0][1]] == "bought")
    assert [doc.text[s:e] for s, e in bought.participants["Arg0"]] == ["Acme"]
    # Only entity mentions are participants: the event-valued Arg1 is dropped.
    assert [doc.text[s:e] for s, e in bought.participants["Arg1"]] == ["Widgets"]
    assert bought.anchored_date == date(2010, 5, 7)
    buys = next(e for e in doc.events if e is not bought)
    assert buys.anchored_date == date(2010, 5, 9)  # anchored to the DCT, seen from the timex


_GOLD = [
    GoldEvent(spans=((5, 11),), participants={"Arg0": ((0, 4),), "Arg1": ((12, 19),)}),
    GoldEvent(spans=((30, 35), (36, 40)), anchored_date=date(2020, 1, 2)),
    GoldEvent(spans=((50, 55),)),
]


def test_triggers_match_on_overlap_one_to_one() -> None:
    predicted = [
        PredictedEvent(5, 11),
        PredictedEvent(6, 9),  # overlaps the same gold mention: only one may match
        PredictedEvent(36, 40),  # second token of a two-token mention
        PredictedEvent(70, 75),
    ]
    assert sorted(match_triggers(_GOLD, predicted)) == [(0, 0), (1, 2)]
    counts = score_document(_GOLD, predicted)
    assert (counts.trigger_tp, counts.predicted, counts.gold) == (2, 4, 3)


def test_roles_are_scored_on_matched_triggers_only() -> None:
    predicted = [
        PredictedEvent(5, 11, {"actor": ((0, 4),), "target": ((20, 25),)}),
        PredictedEvent(30, 35, {"actor": ((60, 64),)}),  # gold has no Arg0: a false actor
        PredictedEvent(80, 85, {"actor": ((0, 4),)}),  # unmatched trigger: not scored
    ]
    counts = score_document(_GOLD, predicted)
    assert (counts.role_tp["Arg0"], counts.role_predicted["Arg0"], counts.role_gold["Arg0"]) == (
        1,
        2,
        1,
    )
    assert (counts.role_tp["Arg1"], counts.role_predicted["Arg1"], counts.role_gold["Arg1"]) == (
        0,
        1,
        1,
    )


def test_dates_compared_only_when_both_exist() -> None:
    predicted = [
        PredictedEvent(5, 11, event_date=date(2020, 1, 1), date_source="timex"),  # no gold date
        PredictedEvent(30, 40, event_date=date(2020, 1, 2), date_source="sentence"),
    ]
    counts = score_document(_GOLD, predicted)
    assert (counts.dates_equal, counts.dates_compared, counts.dates_missing) == (1, 1, 0)
    undated = score_document(_GOLD, [PredictedEvent(30, 40)])
    assert (undated.dates_compared, undated.dates_missing) == (0, 1)
    assert counts.by_source == {"sentence": [1, 1]}


def test_evaluate_reports_prf_and_date_accuracy(tmp_path: Path) -> None:
    path = tmp_path / "1_made_up.xml"
    path.write_text(_XML, encoding="utf-8")
    doc = parse_document(path)

    def predict(text: str, published: date | None) -> list[PredictedEvent]:
        start = text.index("bought")
        return [PredictedEvent(start, start + 6, {"actor": ((20, 24),)}, date(2010, 5, 6), "timex")]

    report = evaluate([doc], predict, max_errors=5)
    assert report["trigger"]["precision"] == 1.0
    assert report["trigger"]["recall"] == 0.5
    assert report["arg0"]["f1"] == 1.0
    assert report["date_accuracy"] == 0.0
    assert len(report["errors"]["wrong_date"]) == 1
