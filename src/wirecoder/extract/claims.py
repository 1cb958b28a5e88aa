"""Claims: attributed statements with source, cue, content, hedging and nested sourcing."""

from __future__ import annotations

from spacy.tokens import Doc

from wirecoder.model import Analysis, Claim


def find_claims(doc: Doc, found: Analysis) -> list[Claim]:
    return []
