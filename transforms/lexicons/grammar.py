"""Grammar words that quotes and events read alike: pronouns and definite determiners."""

from __future__ import annotations

#: Relative pronouns: as a subject they stand for the noun their clause modifies, for a speaker
#: ("Ana Silva, who said ...") as for an event's actor ("the group that attacked the convoy").
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that"})

#: Pronouns that agree only with people of one gender (when a title gives it: "Mrs. Silva").
PRONOUN_GENDERS: dict[str, str] = {
    "he": "singular_male",
    "him": "singular_male",
    "his": "singular_male",
    "she": "singular_female",
    "her": "singular_female",
}

#: Determiners that make a description definite: only "the Russian leader" or "this company"
#: points back at someone already named; "a spokeswoman", "two officials", "some analysts",
#: "his lawyer" do not (they stay unresolved, with their words kept as speaker_text).
DEFINITE_DETERMINERS: frozenset[str] = frozenset({"the", "this", "that"})
