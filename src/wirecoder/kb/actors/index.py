"""The phrase-matcher index over the actor knowledge base, built once per vocabulary.

Names are matched as written (ORTH), also capitalised, in title case and in capitals; unit
and title phrases in lower case. Matches on text with line breaks inside a name are made on
a copy without white-space tokens and mapped back.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from wirecoder.kb.actors import KB, Record, Title, Unit, load


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    cat: str  # "ref" (a country), "named" (any other kb actor), "unit", "title"
    id: str = ""
    how: str = ""
    unit: Unit | None = None
    title: Title | None = None


@dataclass
class Index:
    kb: KB
    names: PhraseMatcher
    phrases: PhraseMatcher
    alias_of: dict[str, str]  # matcher key -> alias as written in the kb
    titles: dict[str, Title]
    office: dict[tuple[str, str], list[Record]]  # (country, role) -> people who held it

    def match(self, doc: Doc) -> list[Hit]:
        """Hits in token positions of ``doc``; names broken by a line break still match."""
        words = [t for t in doc if not t.is_space]
        if len(words) == len(doc):
            return self._match(doc, None)
        clean = Doc(doc.vocab, words=[t.text for t in words])
        return self._match(clean, [t.i for t in words])

    def _match(self, doc: Doc, orig: list[int] | None) -> list[Hit]:
        hits: list[Hit] = []
        vocab_strings = doc.vocab.strings
        for key, s, e in _remap(self.names(doc), orig):
            alias = self.alias_of[vocab_strings[key]]
            actor_id = self.kb.resolve_alias(alias)
            if actor_id is None:
                continue
            how = next((h for i, h in self.kb.aliases.get(alias, []) if i == actor_id),
                       self.kb.ambiguous.get(alias, {}).get("how", "name"))
            cat = "ref" if actor_id in self.kb.countries else "named"
            hits.append(Hit(s, e, cat, actor_id, how))
        for key, s, e in _remap(self.phrases(doc), orig):
            label = vocab_strings[key]
            if label.startswith("U|"):
                hits.append(Hit(s, e, "unit", unit=self.kb.units[label[2:]]))
            else:
                hits.append(Hit(s, e, "title", title=self.titles[label[2:]]))
        return hits


def _remap(matches, orig: list[int] | None):
    if orig is None:
        return matches
    return [(key, orig[s], orig[e - 1] + 1) for key, s, e in matches]


@functools.cache
def _tokenizer():
    import spacy

    return spacy.blank("en")


def _variants(alias: str) -> set[str]:
    """The alias as written, capitalised at the start, in title case and in capitals
    (headlines)."""
    out = {alias, alias[:1].upper() + alias[1:]}
    if len(alias) >= 4:
        out.add(alias.upper())
    words = alias.split(" ")
    if len(words) > 1:
        out.add(" ".join(w[:1].upper() + w[1:] for w in words))
    return out


_INDEXES: dict[int, tuple[Vocab, Index]] = {}


def index_for(vocab: Vocab) -> Index:
    """The matchers for one vocabulary, built once per process."""
    cached = _INDEXES.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    idx = _build(vocab)
    _INDEXES[id(vocab)] = (vocab, idx)
    return idx


def _build(vocab: Vocab) -> Index:
    kb = load()
    make = _tokenizer().make_doc
    names = PhraseMatcher(vocab, attr="ORTH")
    phrases = PhraseMatcher(vocab, attr="LOWER")
    alias_of: dict[str, str] = {}
    by_key: dict[str, list] = defaultdict(list)
    for alias in kb.aliases:
        for form in _variants(alias):
            key = f"A|{form}"
            if key not in alias_of:
                alias_of[key] = alias
                by_key[key].append(make(form))
    for key, docs in by_key.items():
        names.add(key, docs)
    for u in kb.units.values():
        phrases.add(f"U|{u.unit}", [make(p) for p in u.phrases])
    titles = {str(i): t for i, t in enumerate(kb.titles)}
    for i, t in titles.items():
        phrases.add(f"T|{i}", [make(p) for p in t.phrases])
    office: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for r in kb.records.values():
        if r.kind != "person":
            continue
        for role in r.roles:
            where = role.country or r.affiliation or r.country
            office[(where or "", role.role)].append(r)
    return Index(kb, names, phrases, alias_of, titles, dict(office))


def affiliation_country(kb: KB, r: Record) -> str | None:
    if r.affiliation:
        aff = kb.record(r.affiliation)
        return aff.country if aff else None
    return None
