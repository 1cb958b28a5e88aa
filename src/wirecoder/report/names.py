"""Source names for reading: the words that name a speaker, without what the speaker said.

A claim's source span is the whole noun phrase the parser found, and a non-restrictive
relative clause after a name ("Kenya's foreign minister, Wanjiru Kamau, who told reporters
that the truce would hold") belongs to it. A report that lists sources shows the name only.
The claims stage cuts the clause on the parse when it resolves the speaker
(``attribution.speakers._without_relative``); stored facts have no parse, so this reads the
text: a comma, then a relative pronoun.
"""

from __future__ import annotations

import re

# ", who told reporters …", ", whose office …", ", which runs …", ", where troops are based".
# A restrictive clause (no comma: "a diplomat who attended the talks") says which speaker it
# is and stays.
_RELATIVE = re.compile(r"\s*,\s+(?:who|whom|whose|which|where)\b")


def source_name(text: str | None) -> str | None:
    """'a navy spokesman, Captain Liza Manalo, who said …' -> 'a navy spokesman, Captain
    Liza Manalo'; a text with no such clause is returned as it is."""
    if not text:
        return text
    m = _RELATIVE.search(text)
    return text[:m.start()] if m and m.start() > 0 else text
