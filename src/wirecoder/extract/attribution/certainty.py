"""Certainty of a claim: hedge cues and denial (negative polarity)."""

from __future__ import annotations

import functools

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from wirecoder.extract.attribution.lexicon import lexicon
from wirecoder.model import Claim

# Hedges that only hedge a number ("about 40", "up to 100,000"), or only as a modal verb.
NUMBER_HEDGES = frozenset({"about", "around", "roughly", "approximately", "nearly", "almost",
                           "some", "as many as", "as much as", "up to", "at least",
                           "an estimated"})
MODALS = frozenset({"could", "may", "might"})
VERB_HEDGES = frozenset({"seem", "seems", "seemed", "appear", "appears", "appeared"})
SUBJECT_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})


@functools.cache
def _matcher(vocab: Vocab) -> PhraseMatcher:
    matcher = PhraseMatcher(vocab, attr="LOWER")
    tokenizer = Doc  # patterns are tokenised by whitespace: the lexicon is written that way
    matcher.add("HEDGE", [tokenizer(vocab, words=p.split()) for p in lexicon().hedges])
    return matcher


def _keeps(doc: Doc, start: int, end: int, phrase: str) -> bool:
    first = doc[start]
    if phrase in NUMBER_HEDGES:
        return end < len(doc) and (doc[end].like_num or doc[end].ent_type_ in ("CARDINAL",
                                                                                "MONEY",
                                                                                "QUANTITY"))
    if phrase in MODALS:
        return first.tag_ == "MD"
    if phrase in VERB_HEDGES:
        return first.pos_ in ("VERB", "AUX")
    if phrase == "possible" and start > 0 and doc[start - 1].lower_ in ("everything", "all",
                                                                       "as", "soon", "whenever"):
        return False  # "everything possible", "as soon as possible" do not hedge
    return first.ent_type_ not in ("DATE", "PERSON", "ORG", "GPE")


def _doc_hedges(doc: Doc) -> list[tuple[int, int]]:
    """Every hedge cue of the document, matched once and kept in ``doc.user_data``."""
    cached = doc.user_data.get("wirecoder_hedges")
    if cached is None:
        cached = []
        for _, start, end in _matcher(doc.vocab)(doc):
            if _keeps(doc, start, end, doc[start:end].text.lower()):
                cached.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])))
        doc.user_data["wirecoder_hedges"] = cached
    return cached


def hedges_in(doc: Doc, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of hedge cues inside the given character ranges."""
    found = [(s, e) for s, e in _doc_hedges(doc) if any(a <= s and e <= b for a, b in ranges)]
    # a longer phrase ("as many as") wins over one inside it
    found.sort(key=lambda x: (x[0], -x[1]))
    out: list[tuple[int, int]] = []
    for s, e in found:
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def is_denial(cue_lemma: str | None) -> bool:
    return bool(cue_lemma) and cue_lemma in lexicon().denials


def self_negated(root: Token | None) -> bool:
    """'said it was not involved': the content's main verb is negated and its subject is a
    pronoun (the speaker speaking of itself), which reads as a denial."""
    if root is None or root.lemma_.lower() in UNKNOWING:
        return False
    if not any(c.dep_ == "neg" for c in root.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ in SUBJECT_PRONOUNS
               for c in root.children)


# "said they could not confirm the number", "did not know", "could not rule out": saying what
# one does not know, or leaving a possibility open, denies nothing.
UNKNOWING = {"confirm", "verify", "know", "say", "comment", "specify", "disclose", "rule",
             "exclude", "determine", "assess", "estimate", "establish", "tell"}


def doubts_event(hedge: str) -> bool:
    """Whether a hedge puts the event itself in doubt ('could', 'may', 'possibly'), not just a
    number ('about 115 km', 'up to 100,000') or where the news comes from ('reportedly')."""
    return hedge.casefold() not in lexicon().hedge_kinds


# verbs whose infinitive is a statement not made ("declined to comment", "refused to deny");
# the claims stage makes a withheld verdict ("declined to confirm or deny") the claim's hedge
WITHHELD = frozenset({"decline", "refuse", "fail", "hesitate"})
# how a hedge's text begins with one of them, in any inflection ("declined", "refuses")
WITHHOLDING = tuple(sorted(w.removesuffix("e") for w in WITHHELD))


def withheld_verdict(claim: Claim) -> bool:
    """Whether the claim's source withheld its verdict: it then asserts nothing, neither the
    content nor its denial."""
    return any(h.text.lower().startswith(WITHHOLDING) for h in claim.hedges)
