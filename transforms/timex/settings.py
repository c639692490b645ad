"""The time-expression layer's numeric thresholds, in one place (word lists are in
`transforms/lexicons/time.py`).
"""

from __future__ import annotations

#: News gives the year of a date further away than about nine months ("Nov. 10, 1988"), so a
#: date without one that the tense would put that far off ("was approved Nov. 10" in a story of
#: Nov. 2; "is due Jan. 14" in a story of Jan. 15) means the nearer occurrence: the tense is
#: usually the reporting verb's, not the date's.
FAR_DAYS = 274
#: The same limit for a month without a year ("in March"), in months.
FAR_MONTHS = 10
