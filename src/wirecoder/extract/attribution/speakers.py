"""Who a source is: its kind, and the actor a pronoun or description refers to.

No coreference model: a pronoun or description ("he", "the minister", "the ministry") refers to
the nearest earlier compatible speaker or entity; descriptions are first offered to the ACTORS
stage's ``resolve_description`` (office-holders, seats of power, ministries).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from wirecoder.extract.actors import resolve_description
from wirecoder.extract.attribution.lexicon import lexicon
from wirecoder.extract.paragraphs import breaks_between
from wirecoder.extract.spans import actor_at, doc_text, sentence_of
from wirecoder.model import Actor, Analysis, SourceKind

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "it", "them", "we"})
INDEFINITE = frozenset({"a", "an", "one", "two", "three", "four", "several", "some", "many",
                        "other", "another", "few", "multiple", "numerous", "various"})
KIND_OF_ACTOR = {"person": "named", "organization": "institution", "country": "institution",
                 "group": "institution", "media": "media"}


@dataclass
class Speaker:
    """What the claims stage knows of one source: the kind and the referent."""

    kind: SourceKind
    actor: str | None
    name: str | None  # the referent's fullest name in the text, when resolved
    is_person: bool


def actor_kind(actor: Actor) -> SourceKind:
    if actor.sector == "MED":
        return "media"
    return KIND_OF_ACTOR.get(actor.kind, "named")  # type: ignore[return-value]


def _is_anonymous(span: Span, sentence_text: str) -> bool:
    low = span.text.lower()
    lex = lexicon()
    if any(p in low for p in lex.anonymous):
        return True
    head = span.root
    if head.pos_ == "PROPN" or (head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and \
            head.pos_ != "NOUN"):
        return False
    if lex.source_nouns.get(head.lemma_.lower()) != "person":
        return False
    dets = [t.lower_ for t in head.children if t.dep_ in ("det", "nummod", "amod")]
    if any(d in INDEFINITE for d in dets):
        return True
    if head.tag_ == "NNS" and not any(t.dep_ in ("det", "poss") for t in head.children):
        return True  # "officials said", "sources said"
    return "anonymity" in sentence_text.lower() and not any(t.lower_ == "the" for t in span)


def _unnamed_people(span: Span) -> bool:
    """'Rescue workers', 'two brokers': people the text describes but does not name."""
    head = span.root
    if head.lower_ in ("one", "two", "three", "some", "several", "many", "most", "none") and any(
            c.lower_ == "of" and any(g.lower_ in ("them", "those", "whom") for g in c.children)
            for c in head.children):
        return True  # "one of them": a member of a group the text does not name
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or any(t.ent_type_ in (
            "PERSON", "ORG", "GPE", "NORP", "FAC") for t in span):
        return False
    if lexicon().source_nouns.get(head.lemma_.lower()) in ("institution", "document", "media"):
        return False
    return not any(t.dep_ in ("det", "poss") and t.lower_ not in INDEFINITE
                   for t in head.children)


def _media_name(text: str) -> bool:
    low = text.lower().removeprefix("the ")
    if "news agency" in low or "state media" in low or "state television" in low:
        return True
    low = low.split(",")[0].strip()
    media = lexicon().media
    return low in media or any(low.startswith(m + " ") or low.endswith(" " + m) for m in media
                               if len(m) > 3)


def source_kind(span: Span, actor: Actor | None) -> SourceKind:
    if _is_anonymous(span, sentence_of(span[0]).text):
        return "anonymous"
    head = span.root
    noun_kind = lexicon().source_nouns.get(head.lemma_.lower()) or \
        lexicon().source_nouns.get(head.lower_)
    if noun_kind == "document" and head.pos_ == "NOUN":
        return "document"  # "a report by the institute": the report speaks for its author
    if _media_name(span.text) or noun_kind == "media":
        return "media"
    if actor is not None:
        return actor_kind(actor)
    if _unnamed_people(span):
        return "anonymous"
    if head.ent_type_ == "PERSON" or head.lower_ in PERSON_PRONOUNS | {"i"}:
        return "named"
    if noun_kind in ("media", "document", "institution"):
        return noun_kind  # type: ignore[return-value]
    if head.ent_type_ in ("ORG", "GPE", "NORP", "FAC"):
        return "institution"
    if head.lower_ in GROUP_PRONOUNS:
        return "institution"
    return "named"


def _head_phrase(span: Span) -> str:
    """'Ukraine's air force' -> 'air force'; 'The state commission' -> 'state commission'."""
    head = span.root
    start = head.left_edge.i
    for t in head.children:
        if t.dep_ in ("poss", "det") and t.i < head.i:
            start = max(start, t.right_edge.i + 1)
    while start < head.i and span.doc[start].dep_ in ("case", "punct"):
        start += 1
    return span.doc[start:head.i + 1].text


class Resolver:
    """Recency-based resolution of pronouns and descriptions over one document."""

    def __init__(self, doc: Doc, found: Analysis):
        self.doc = doc
        self.text = doc_text(doc)
        self.found = found
        self.persons = [e for e in doc.ents if e.label_ == "PERSON"]
        self.orgs = [e for e in doc.ents if e.label_ in ("ORG", "NORP", "GPE")]
        self.full_names: dict[str, str] = {}
        for e in self.persons:  # surname -> fullest name seen so far
            last = e[-1].lower_
            if len(e) > 1 and len(e.text) > len(self.full_names.get(last, "")):
                self.full_names[last] = e.text
        self.speakers: list[tuple[int, Span, Speaker]] = []  # earlier resolved sources

    def full_name(self, span: Span) -> str:
        return self.full_names.get(span[-1].lower_, span.text) if len(span) == 1 else span.text

    def _actor(self, start: int, end: int) -> Actor | None:
        return actor_at(self.found, start, end)

    def _entity_in(self, span: Span, label: str) -> Span | None:
        ents = [e for e in span.ents if e.label_ == label]
        own = [e for e in ents if e.start <= span.root.i < e.end]  # the head's own name first
        return own[0] if own else ents[0] if ents else None

    def _before(self, items: list[Span], at: int) -> list[Span]:
        return [e for e in items if e.end_char <= at]

    def _last_speaker(self, at: int, person: bool) -> tuple[Span, Speaker] | None:
        for pos, span, sp in reversed(self.speakers):
            if pos < at and sp.is_person == person and sp.kind != "anonymous":
                return span, sp
        return None

    def _near_paragraphs(self, a: int, b: int, limit: int = 2) -> bool:
        return breaks_between(self.text, a, b) <= limit

    def resolve(self, span: Span) -> Speaker:
        """Kind, actor id and name of the source written ``span``."""
        head = span.root
        low = head.lower_
        # the actor named by the head ("Ilze Ozola, a spokeswoman for the ministry" is Ozola)
        actor = self._actor(head.idx, head.idx + len(head)) or \
            self._actor(span.start_char, span.end_char)
        if low in PERSON_PRONOUNS and len(span) == 1:
            return self._person_pronoun(span)
        if low in GROUP_PRONOUNS and len(span) == 1:
            return self._group_pronoun(span)
        kind = source_kind(span, actor)
        if actor is not None:
            return self._remember(span, Speaker(kind, actor.id, actor.name,
                                                actor.kind == "person"))
        person = self._entity_in(span, "PERSON")
        if person is not None and kind != "anonymous":
            pa = self._actor(person.start_char, person.end_char)
            return self._remember(span, Speaker("named", pa.id if pa else None,
                                                self.full_name(person), True))
        if kind != "anonymous" and (head.pos_ == "NOUN" or not head.ent_type_) and any(
                t.lower_ in ("the", "this", "that") for t in head.children) and len(span) <= 3 \
                and not any(t.ent_type_ for t in span):
            return self._description(span, kind)
        if kind == "anonymous":
            return self._remember(span, Speaker(kind, None, None, False))
        org = self._entity_in(span, "ORG")
        name = org.text if org is not None else _head_phrase(span)
        return self._remember(span, Speaker(kind, None, name, False))

    def _remember(self, span: Span, sp: Speaker) -> Speaker:
        self.speakers.append((span.start_char, span, sp))
        return sp

    def _person_pronoun(self, span: Span) -> Speaker:
        at = span.start_char
        last = self._last_speaker(at, person=True)
        persons = self._before(self.persons, at)
        recent = persons[-1] if persons else None
        if last is not None and self._near_paragraphs(last[0].start_char, at) and (
                recent is None or recent.start_char <= last[0].end_char
                or recent.root.dep_ not in ("nsubj", "nsubjpass")):
            sp = last[1]
            return self._remember(span, Speaker("named", sp.actor, sp.name, True))
        if recent is not None:
            pa = self._actor(recent.start_char, recent.end_char)
            return self._remember(span, Speaker("named", pa.id if pa else None,
                                                self.full_name(recent), True))
        if last is not None:
            return self._remember(span, Speaker("named", last[1].actor, last[1].name, True))
        return self._remember(span, Speaker("named", None, None, True))

    def _group_pronoun(self, span: Span) -> Speaker:
        at = span.start_char
        last = self._last_speaker(at, person=False)
        if last is not None and self._near_paragraphs(last[0].start_char, at):
            sp = last[1]
            return self._remember(span, Speaker(sp.kind, sp.actor, sp.name, False))
        orgs = self._before(self.orgs, at)
        if orgs:
            org = orgs[-1]
            oa = self._actor(org.start_char, org.end_char)
            kind = actor_kind(oa) if oa else (
                "media" if _media_name(org.text) else "institution")
            return self._remember(span, Speaker(kind, oa.id if oa else None,  # type: ignore
                                                org.text, False))
        return self._remember(span, Speaker("institution", None, None, False))

    def _description(self, span: Span, kind: SourceKind) -> Speaker:
        """'the minister', 'the ministry', 'the official': the nearest earlier referent whose
        name or title context holds the head noun."""
        actor = resolve_description(self.found, span.text, at=span.start_char)
        if actor is not None:
            return self._remember(span, Speaker(actor_kind(actor), actor.id, actor.name,
                                                actor.kind == "person"))
        head = span.root.lemma_.lower()
        at = span.start_char
        is_person = lexicon().source_nouns.get(head) == "person" or \
            lexicon().source_nouns.get(span.root.lower_) == "person"
        pool = self.persons if is_person else self.orgs
        for ent in reversed(self._before(pool, at)):
            window = self.doc[max(0, ent.start - 6):min(len(self.doc), ent.end + 6)].text.lower() \
                if is_person else ent.text.lower()
            if head in window:
                ea = self._actor(ent.start_char, ent.end_char)
                name = self.full_name(ent) if is_person else ent.text
                return self._remember(span, Speaker(
                    "named" if is_person else kind, ea.id if ea else None, name, is_person))
        for pos, sspan, sp in reversed(self.speakers):
            if pos < at and head in sspan.text.lower() and sp.name:
                return self._remember(span, Speaker(sp.kind, sp.actor, sp.name, sp.is_person))
        return self._remember(span, Speaker("named" if is_person else kind, None,
                                            None if is_person else _head_phrase(span),
                                            is_person))
