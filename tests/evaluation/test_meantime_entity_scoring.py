"""MEANTIME entity-mention loader and scoring on a made-up document (no corpus text)."""

from __future__ import annotations

from pathlib import Path

from evaluation.meantime_entities import Mention, evaluate, parse_entity_document

#: "Ana Ruiz of Acme visited Lima with an iPod ." - Ana Ruiz PER, Acme ORG, Lima LOC (all NAM),
#: iPod a PRO name (unscored).
_XML = """<?xml version="1.0" encoding="UTF-8"?>
<Document doc_id="7" doc_name="7_made_up" lang="en">
<token number="0" sentence="0" t_id="1">Ana</token>
<token number="1" sentence="0" t_id="2">Ruiz</token>
<token number="2" sentence="0" t_id="3">of</token>
<token number="3" sentence="0" t_id="4">Acme</token>
<token number="4" sentence="0" t_id="5">visited</token>
<token number="5" sentence="0" t_id="6">Lima</token>
<token number="6" sentence="0" t_id="7">with</token>
<token number="7" sentence="0" t_id="8">an</token>
<token number="8" sentence="0" t_id="9">iPod</token>
<token number="9" sentence="0" t_id="10">.</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/>
<token_anchor t_id="2"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="4"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="NAM"><token_anchor t_id="6"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="NAM"><token_anchor t_id="9"/></ENTITY_MENTION>
<ENTITY m_id="11" ent_type="PER"/>
<ENTITY m_id="12" ent_type="ORG"/>
<ENTITY m_id="13" ent_type="LOC"/>
<ENTITY m_id="14" ent_type="PRO"/>
</Markables>
<Relations>
<REFERS_TO><source m_id="1"/><target m_id="11"/></REFERS_TO>
<REFERS_TO><source m_id="2"/><target m_id="12"/></REFERS_TO>
<REFERS_TO><source m_id="3"/><target m_id="13"/></REFERS_TO>
<REFERS_TO><source m_id="4"/><target m_id="14"/></REFERS_TO>
</Relations>
</Document>
"""


def test_gold_names_are_typed_through_refers_to(tmp_path: Path) -> None:
    path = tmp_path / "7_made_up.xml"
    path.write_text(_XML, encoding="utf-8")
    doc = parse_entity_document(path)
    named = {doc.text[m.start_char : m.end_char]: m.type for m in doc.mentions}
    assert named == {"Ana Ruiz": "PER", "Acme": "ORG", "Lima": "LOC"}
    assert [doc.text[s:e] for s, e in doc.unscored] == ["iPod"]


def test_exact_and_overlap_scores_need_the_same_type(tmp_path: Path) -> None:
    path = tmp_path / "7_made_up.xml"
    path.write_text(_XML, encoding="utf-8")
    doc = parse_entity_document(path)

    def predict(text: str) -> list[Mention]:
        def at(word: str, kind: str) -> Mention:
            start = text.index(word)
            return Mention(start, start + len(word), kind)

        # Ruiz alone (overlap only), Acme right, Lima with the wrong type, iPod not scored.
        return [at("Ruiz", "PER"), at("Acme", "ORG"), at("Lima", "ORG"), at("iPod", "ORG")]

    report = evaluate([doc], predict)
    exact, overlap = report["exact"]["all"], report["overlap"]["all"]
    assert (exact["true_positives"], exact["predicted"], exact["gold"]) == (1, 3, 3)
    assert overlap["true_positives"] == 2
    assert report["unannotated_predictions"] == 0
