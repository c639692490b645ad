"""The thin orchestration layer: Prefect flow and tasks, input readers and the `newsetl` CLI.

Wires `transforms` (pure extraction) to `warehouse` (DuckDB); holds no extraction logic itself.
"""
