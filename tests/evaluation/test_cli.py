"""The shared evaluation command line: selectors, --limit, --json and error samples."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evaluation.cli import EvaluationCli, format_sampled_errors
from evaluation.data import dataset_dir


def _count_documents(docs: list[Any], max_errors: int) -> dict[str, Any]:
    report: dict[str, Any] = {"documents": len(docs), "first": docs[0] if docs else None}
    if max_errors:
        report["errors"] = {"missed": [f"doc {doc}" for doc in docs[:max_errors]]}
    return report


def _cli(selector: str | None, loaded: list[tuple[str, Path | None]]) -> EvaluationCli:
    def load(selection: str, data_dir: Path | None) -> list[Any]:
        loaded.append((selection, data_dir))
        return [f"{selection}-{number}" for number in range(5)]

    return EvaluationCli(
        prog="python -m evaluation.example",
        description="example",
        selector=selector,
        choices=("train", "dev"),
        default="dev",
        data_name="example",
        title="Example",
        load=load,
        evaluate=_count_documents,
        format_report=lambda report, title: f"{title}: {report['documents']} documents",
        format_errors=format_sampled_errors,
    )


def test_selector_option_chooses_what_is_loaded(capsys: pytest.CaptureFixture[str]) -> None:
    loaded: list[tuple[str, Path | None]] = []
    assert _cli("split", loaded).main(["--split", "train", "--limit", "2"]) == 0
    assert loaded == [("train", None)]
    assert capsys.readouterr().out.strip() == "Example train: 2 documents"


def test_unknown_selection_is_refused() -> None:
    with pytest.raises(SystemExit):
        _cli("split", []).main(["--split", "test"])


def test_without_selector_the_default_part_is_loaded_and_reported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    loaded: list[tuple[str, Path | None]] = []
    cli = _cli(None, loaded)
    with pytest.raises(SystemExit):
        cli.main(["--split", "dev"])  # no such option when the data has one part
    assert cli.main(["--json", "--data-dir", str(tmp_path)]) == 0
    assert loaded == [("dev", tmp_path)]
    report = json.loads(capsys.readouterr().out)
    assert report["part"] == "dev"
    assert report["documents"] == 5


def test_error_samples_are_printed_after_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    _cli("split", []).main(["--errors", "2"])
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Example dev: 5 documents",
        "-- missed (2 shown)",
        "   doc dev-0",
        "   doc dev-1",
    ]


@pytest.mark.evaluation
@pytest.mark.skipif(
    dataset_dir("meantime") is None,
    reason="../shared/data/meantime not found: third-party evaluation data is only present on "
    "development/CI machines (set NEWSETL_SHARED_DATA to its parent directory)",
)
def test_meantime_command_scores_real_articles(capsys: pytest.CaptureFixture[str]) -> None:
    from evaluation.meantime import main

    assert main(["--limit", "2", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 2
    assert report["part"] == "dev"
    assert report["trigger"]["predicted"] > 0
