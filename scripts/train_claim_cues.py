"""Train the learned attribution-cue detector (``kb/claims/cue_model.json``).

Reads PolNeAR train/ (``--gold``; default ``$WIRECODER_GOLD/polnear/train``, the gold root being
``../shared/gold`` when unset), parses each article with wirecoder's pipeline, and labels every
candidate verb (``learned.is_candidate``) 1 when it lies inside a gold Cue span, else 0. A
logistic regression (scikit-learn, this script only; the runtime needs pure Python) over
``learned.features`` gives one weight per feature; features seen in fewer than ``--min-count``
candidates are dropped. Nothing of the text is kept.

Reproducible: articles in sorted order, features sorted, a fixed solver seed.

    python scripts/train_claim_cues.py                     # writes kb/claims/cue_model.json
    python scripts/train_claim_cues.py --holdout 5 --out /tmp/m.json   # train on 4/5 only

``--holdout K`` leaves out every K-th article (index % K == 0) to choose the threshold on train
(the threshold in the JSON is ``--threshold``: chosen by the claims scores of the held-out
articles with a model trained on the rest, see ``kb/claims/README.md``).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin

from wirecoder import nlp as nlp_mod
from wirecoder import settings
from wirecoder.eval.claims import Relation, articles
from wirecoder.extract.attribution.learned import WEIGHTS, features, is_candidate
from wirecoder.extract.attribution.quotes import find_quotes

GOLD = Path(settings.value("WIRECODER_GOLD") or "../shared/gold") / "polnear" / "train"
# chosen on train (held-out fifth, model trained on the other four): see kb/claims/README.md
THRESHOLD = 0.4


def _parsed(nlp, texts: list[str], docs: Path | None) -> Iterator[Doc]:
    """The parses of ``texts``; with ``docs``, read from that DocBin when it exists (written
    there otherwise), so a retrain after a feature change need not parse train/ again."""
    if docs is None:
        yield from nlp.pipe(texts, batch_size=16)
        return
    if not docs.exists():
        DocBin(docs=nlp.pipe(texts, batch_size=16)).to_disk(docs)
    got = list(DocBin().from_disk(docs).get_docs(nlp.vocab))
    if [d.text for d in got] != texts:
        raise SystemExit(f"{docs} holds other texts: delete it")
    yield from got


def examples(items: list[tuple[str, str, list[Relation]]], docs: Path | None = None
             ) -> list[tuple[int, list[str], int]]:
    """(article index, features, label) per candidate verb of the train articles (``articles``)."""
    nlp = nlp_mod.load()
    out: list[tuple[int, list[str], int]] = []
    texts = [text for _, text, _ in items]
    with nlp.memory_zone():
        for n, (doc, (_, text, rels)) in enumerate(
                zip(_parsed(nlp, texts, docs), items, strict=True)):
            cues = [p for r in rels if r.cue for p in r.cue]
            quotes = find_quotes(text)
            for tok in doc:
                if not is_candidate(tok):
                    continue
                s, e = tok.idx, tok.idx + len(tok)
                label = int(any(a < e and s < b for a, b in cues))
                out.append((n, features(tok, quotes), label))
    return out


def train(data: list[tuple[list[str], int]], c: float = 0.5, min_count: int = 10
          ) -> tuple[dict[str, float], float]:
    """Weights per feature and the bias of an L2 logistic regression."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for feats, _ in data for f in set(feats))
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    rows, cols = [], []
    for r, (feats, _) in enumerate(data):
        for f in sorted({f for f in feats if f in vocab}):
            rows.append(r)
            cols.append(vocab[f])
    x = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(data), len(vocab)))
    y = np.array([label for _, label in data])
    clf = LogisticRegression(C=c, max_iter=2000, solver="liblinear", random_state=0)
    clf.fit(x, y)
    weights = {f: round(float(clf.coef_[0][i]), 4) for f, i in vocab.items()}
    return {f: w for f, w in sorted(weights.items()) if w != 0.0}, round(
        float(clf.intercept_[0]), 4)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    ap.add_argument("--holdout", type=int, default=0)
    ap.add_argument("--c", type=float, default=0.5)
    ap.add_argument("--min-count", type=int, default=10)
    ap.add_argument("--threshold", type=float, default=THRESHOLD)
    ap.add_argument("--docs", type=Path, default=None,
                    help="DocBin cache of the parsed articles (read if it exists, else written)")
    args = ap.parse_args()
    items = list(articles(args.gold))
    data = [(feats, label) for n, feats, label in examples(items, args.docs)
            if not args.holdout or n % args.holdout != 0]
    weights, bias = train(data, args.c, args.min_count)
    n_art = len(items)
    model = {
        "what": "attribution-cue verb detector: logistic regression over general syntax "
                "features (wirecoder.extract.attribution.learned.features) and the GloVe "
                "neighbour tiers of kb/claims/cue_neighbours.tsv",
        "trained_on": f"PolNeAR {args.gold.name}/ ({n_art} articles"
                      + (f", every {args.holdout}th held out" if args.holdout else "")
                      + "); no text kept",
        "command": "python scripts/train_claim_cues.py",
        "candidates": len(data), "positives": sum(label for _, label in data),
        "c": args.c, "min_count": args.min_count,
        "threshold": args.threshold, "bias": bias, "weights": weights,
    }
    args.out.write_text(json.dumps(model, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{len(data)} candidates, {model['positives']} cues, {len(weights)} weights -> "
          f"{args.out}")


if __name__ == "__main__":
    main()
