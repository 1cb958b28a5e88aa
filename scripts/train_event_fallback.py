"""Train (and measure) the events stage's fallback typer.

The fallback types a sentence in which the rules code no event at all. It is a multinomial
logistic regression (scikit-learn, training time only) over
``wirecoder.extract.eventcoding.fallback.features``; the weights are written as JSON
(``src/wirecoder/kb/events/fallback.json``) and read at run time by a plain dot product.

    python scripts/train_event_fallback.py --gold PLV_train.tsv [--out FILE]
    python scripts/train_event_fallback.py --gold PLV_train.tsv --cv [--written FILE]

``--cv`` is the measurement that decides whether the model ships: train on the even rows and
score the odd ones (the rules' own events, the fallback only where they found none), then the
reverse, and, with ``--written``, train on all of ``--gold`` and score that file. Every figure
is root macro-F1 and accuracy with the rules alone and with the fallback.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from wirecoder import nlp as nlp_mod
from wirecoder.eval.events import PLV_ROOTS, TO_PLV, _score, predict, read_gold
from wirecoder.extract.eventcoding import fallback

C_VALUES = (0.3, 1.0, 3.0)
THRESHOLDS = (0.0, 0.3, 0.5)


def _rows(path: Path) -> list[dict]:
    rows, scheme = read_gold(path)
    if scheme != "plv":
        raise SystemExit("the fallback is trained on PLV-format TSV")
    nlp = nlp_mod.load()
    preds = predict(rows, scheme)
    for row, pred, doc in zip(rows, preds, nlp.pipe([r["sentence"] for r in rows]),
                              strict=True):
        row["label"] = TO_PLV.get(row["label"], row["label"])
        row["rules"] = pred["pred"]
        row["no_event"] = pred["n_events"] == 0
        row["feats"] = sorted(fallback.features(doc[:]))
    return rows


def _fit(rows: list[dict], c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(r["feats"], 1) for r in rows])
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, [r["label"] for r in rows])
    names = vec.get_feature_names_out()
    weights = {str(n): [round(float(w), 5) for w in clf.coef_[:, j]]
               for j, n in enumerate(names) if any(abs(clf.coef_[:, j]) > 1e-4)}
    return {"labels": [str(lab) for lab in clf.classes_],
            "bias": [round(float(b), 5) for b in clf.intercept_], "weights": weights}


def _as_model(data: dict, threshold: float) -> fallback.Model:
    return fallback.Model(labels=tuple(data["labels"]), bias=tuple(data["bias"]),
                          weights={k: tuple(v) for k, v in data["weights"].items()},
                          threshold=threshold)


def _measure(model: fallback.Model | None, rows: list[dict]) -> tuple[float, float, int]:
    pairs = []
    changed = 0
    for r in rows:
        pred = r["rules"]
        if model is not None and r["no_event"]:
            label, p = fallback.classify(model, set(r["feats"]))
            if p >= model.threshold:
                pred, changed = label, changed + 1
        pairs.append((r["label"], pred))
    s = _score(pairs, PLV_ROOTS)
    return s["macro_f1"], s["accuracy"], changed


def _fires(model: fallback.Model, row: dict) -> str | None:
    label, p = fallback.classify(model, set(row["feats"]))
    return label if p >= model.threshold else None


def _report(name: str, train: list[dict], test: list[dict]) -> None:
    base = _measure(None, test)
    fixable = sum(r["no_event"] for r in test)
    print(f"{name}: rules {base[0]} / {base[1]} ({fixable} rows with no event)")
    for c in C_VALUES:
        data = _fit(train, c)
        for t in THRESHOLDS:
            model = _as_model(data, t)
            f1, acc, n = _measure(model, test)
            right = sum(r["label"] == _fires(model, r) for r in test if r["no_event"])
            print(f"  C={c} t={t}: {f1} / {acc}  ({n} typed, {right} right)")
        alone = sum(r["label"] == fallback.classify(_as_model(data, 0.0), set(r["feats"]))[0]
                    for r in test)
        print(f"  C={c}: the model alone types {100 * alone / len(test):.1f} % of all rows right")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=fallback.MODEL)
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--written", type=Path)
    ap.add_argument("-C", type=float, default=1.0)
    ap.add_argument("--threshold", type=float, default=0.3)
    args = ap.parse_args()
    rows = _rows(args.gold)
    if args.cv:
        _report("train even -> score odd", rows[0::2], rows[1::2])
        _report("train odd -> score even", rows[1::2], rows[0::2])
        if args.written:
            _report("train all -> score written", rows, _rows(args.written))
        return
    data = _fit(rows, args.C)
    data["threshold"] = args.threshold
    args.out.write_text(json.dumps(data, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(data['weights'])} features, {len(data['labels'])} labels")


if __name__ == "__main__":
    main()
