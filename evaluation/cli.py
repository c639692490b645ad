"""The command line every evaluation module shares: options, loading, printing.

Each module supplies its loader, its `evaluate` and its formatters; this module parses
`--limit/--json/--errors/--data-dir` plus the module's own selector (`--split` or `--part`) when
its data has more than one, runs the evaluation and prints either the JSON report or the
human-readable one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class EvaluationCli:
    prog: str
    description: str
    selector: str | None  # "split" or "part"; None when the data has a single part
    choices: Sequence[str]
    default: str  # the selection used when the option is absent (or does not exist)
    data_name: str  # the folder under ../shared/data
    title: str  # e.g. "PolNeAR" - the report title is "<title> <selection>"
    load: Callable[[str, Path | None], list[Any]]
    evaluate: Callable[[list[Any], int], dict[str, Any]]
    format_report: Callable[[dict[str, Any], str], str]
    format_errors: Callable[[Any], str]

    def parse_args(self, argv: Sequence[str] | None) -> argparse.Namespace:
        parser = argparse.ArgumentParser(prog=self.prog, description=self.description)
        if self.selector is not None:
            parser.add_argument(f"--{self.selector}", choices=self.choices, default=self.default)
        parser.add_argument("--limit", type=int, default=None, help="score only the first N")
        parser.add_argument("--json", action="store_true", help="print the full report as JSON")
        parser.add_argument(
            "--errors", type=int, default=0, metavar="K", help="show K sampled errors of each kind"
        )
        parser.add_argument(
            "--data-dir", type=Path, default=None, help=f"the {self.data_name} directory"
        )
        return parser.parse_args(argv)

    def main(self, argv: Sequence[str] | None = None) -> int:
        args = self.parse_args(argv)
        selection = self.default if self.selector is None else getattr(args, self.selector)
        docs = self.load(selection, args.data_dir)
        if args.limit is not None:
            docs = docs[: args.limit]
        report = self.evaluate(docs, args.errors)
        report[self.selector or "part"] = selection
        if args.json:
            json.dump(report, sys.stdout, indent=2, ensure_ascii=False, default=str)
            print()
            return 0
        print(self.format_report(report, f"{self.title} {selection}"))
        if "errors" in report:
            print(self.format_errors(report["errors"]))
        return 0


def dev_part_cli(
    module: str,
    description: str,
    data_name: str,
    title: str,
    load_dev: Callable[[Path | None], Iterable[Any]],
    evaluate: Callable[[list[Any], int], dict[str, Any]],
    format_report: Callable[[dict[str, Any], str], str],
) -> EvaluationCli:
    """The command line of an evaluation whose ../shared data is a single dev part (no
    selector to pass on) and whose error samples are plain strings."""
    return EvaluationCli(
        prog=f"python -m {module}",
        description=description,
        selector=None,
        choices=("dev",),
        default="dev",
        data_name=data_name,
        title=title,
        load=lambda _part, data_dir: list(load_dev(data_dir)),
        evaluate=evaluate,
        format_report=format_report,
        format_errors=format_sampled_errors,
    )


def format_sampled_errors(errors: dict[str, list[Any]]) -> str:
    """Error samples grouped by kind, one per line, for reports whose samples are plain strings."""
    lines: list[str] = []
    for kind, samples in errors.items():
        lines.append(f"-- {kind} ({len(samples)} shown)")
        lines.extend(f"   {sample}" for sample in samples)
    return "\n".join(lines)
