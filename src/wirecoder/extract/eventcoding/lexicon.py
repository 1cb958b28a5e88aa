"""The event lexicon (``kb/events``): trigger rows, noun classes, frames, status and mode cues.

Read once per process; the format of each file is documented in ``kb/events/README.md``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

KB = Path(__file__).resolve().parent.parent.parent / "kb" / "events"
FALLBACK = "wordnet_fallback.tsv"
# GloVe-neighbour rows (scripts/build_event_neighbours.py): read after the WordNet table, whose
# row wins for a word both type
NEIGHBOURS = "glove_fallback.tsv"


@dataclass(frozen=True)
class Row:
    lemma: str
    pos: str  # "V" or "N"
    conds: tuple[tuple[str, str], ...]  # (test, argument), e.g. ("prep", "for")
    type: str
    mode: str | None
    weight: float


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Row, ...]]
    nouns: dict[str, tuple[Row, ...]]
    classes: dict[str, frozenset[str]]
    light: frozenset[str]
    causative: frozenset[str]
    transparent: dict[str, str | None]
    deny: frozenset[str]
    status_cues: dict[str, str]
    modes: dict[str, tuple[tuple[str, frozenset[str]], ...]]  # type -> ((mode, cue lemmas), …)
    reverse: frozenset[str] = frozenset()  # verbs that undo a restriction ("lift", "reduce")
    # WordNet- and GloVe-derived rows for words no hand row lists (wordnet_fallback.tsv,
    # glove_fallback.tsv): used only where the rules find no event in the clause
    fallback: dict[str, Row] = field(default_factory=dict)
    fallback_heads: frozenset[str] = frozenset()  # verbs of its phrasal rows ("rough" up)


def read_tsv(name: str) -> list[list[str]]:
    """The tab-separated fields of each line of ``kb/events/<name>``, blank lines and
    ``#`` comments left out."""
    out = []
    with (KB / name).open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.strip() and not line.lstrip().startswith("#"):
                out.append(line.split("\t"))
    return out


def _conds(field: str) -> tuple[tuple[str, str], ...]:
    if field in {"", "-"}:
        return ()
    out = []
    for part in field.split(","):
        test, _, arg = part.partition(":")
        out.append((test.strip(), arg.strip()))
    return tuple(out)


@functools.cache
def load() -> Lexicon:
    verbs: dict[str, list[Row]] = {}
    nouns: dict[str, list[Row]] = {}
    for lemma, pos, cond, typ, mode, weight in read_tsv("lexicon.tsv"):
        row = Row(lemma, pos, _conds(cond), typ, None if mode == "-" else mode, float(weight))
        (verbs if pos == "V" else nouns).setdefault(lemma, []).append(row)
    classes = _classes(read_tsv("classes.tsv"))
    light, deny, causative, transparent, reverse = set(), set(), set(), {}, set()
    for lemma, kind, status in read_tsv("frames.tsv"):
        if kind == "reverse":
            reverse.add(lemma)
        elif kind == "light":
            light.add(lemma)
        elif kind == "deny":
            deny.add(lemma)
        elif kind == "causative":
            causative.add(lemma)
        else:
            transparent[lemma] = None if status == "-" else status
    status_cues = {w: s for w, s in read_tsv("status.tsv")}
    modes: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for typ, mode, words in read_tsv("modes.tsv"):
        modes.setdefault(typ, []).append((mode, frozenset(words.split())))
    # Rows with conditions are tried before a lemma's unconditional default, in file order.
    verbs = {k: sorted(v, key=lambda r: not r.conds) for k, v in verbs.items()}
    nouns = {k: sorted(v, key=lambda r: not r.conds) for k, v in nouns.items()}
    return Lexicon({k: tuple(v) for k, v in verbs.items()}, {k: tuple(v) for k, v in nouns.items()},
                   classes, frozenset(light), frozenset(causative), transparent,
                   frozenset(deny), status_cues,
                   {k: tuple(v) for k, v in modes.items()}, frozenset(reverse),
                   *_fallback(set(verbs), set(nouns)))


def _classes(rows: list[list[str]]) -> dict[str, frozenset[str]]:
    """Class -> its words; a word ``@CLASS`` stands for all the words of that class, so that
    two classes sharing words write them once ("the harm promised back" within "striking
    back")."""
    raw = {c: words.split() for c, words in rows}

    def words_of(c: str, seen: tuple[str, ...]) -> set[str]:
        if c in seen:
            raise ValueError(f"classes.tsv: class {c} contains itself through {seen}")
        out: set[str] = set()
        for w in raw[c]:
            out |= words_of(w[1:], (*seen, c)) if w[1:] in raw and w.startswith("@") else {w}
        return out

    return {c: frozenset(words_of(c, ())) for c in raw}


def _fallback(verbs: set[str], nouns: set[str]) -> tuple[dict[str, Row], frozenset[str]]:
    """('V:lemma' / 'N:lemma' -> its WordNet- or GloVe-derived row, the verbs of its phrasal
    rows); a word with a hand row is left out (the tables are built against the lexicon, but a
    row added later must win)."""
    out: dict[str, Row] = {}
    for name in (FALLBACK, NEIGHBOURS):
        if not (KB / name).exists():
            continue
        for lemma, pos, typ, mode, weight, *_ in read_tsv(name):
            if lemma not in (verbs if pos == "V" else nouns):
                out.setdefault(f"{pos}:{lemma}", Row(lemma, pos, (), typ,
                                                     None if mode == "-" else mode,
                                                     float(weight)))
    heads = frozenset(k[2:].split("_")[0] for k in out if k.startswith("V:") and "_" in k)
    return out, heads
