"""Quotations: who said what, as direct, indirect, mixed or partial quotes with their speakers.

`extract_quotes` is the entry point; `QuoteSpan` is the row it returns and `find_quoted_spans`
the character-level scan of quotation marks it starts from. The behaviour is specified in
`docs/quotes.md`; each module's docstring says which part it holds.
"""

from transforms.quotes.extract import extract_quotes
from transforms.quotes.marks import find_quoted_spans
from transforms.quotes.rows import QuoteSpan

__all__ = ["QuoteSpan", "extract_quotes", "find_quoted_spans"]
