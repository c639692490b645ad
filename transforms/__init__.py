"""Pure extraction: from article text and spaCy docs to rows and Polars frames.

No file or network I/O, no Prefect, no DuckDB: everything here is a function of its arguments,
so it can be tested with hand-written text and reused outside the flow.
"""

#: Bump when extraction output changes, so incremental runs know to re-extract.
EXTRACTOR_VERSION = "0.7.0"
