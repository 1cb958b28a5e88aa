"""Train the event re-typing model (``kb/events/typer.npz``) from a PLV-format gold file.

    python scripts/train_event_typer.py --gold ../shared/gold/zsp-plover-plv/PLV_train.tsv
    python scripts/train_event_typer.py --gold … --cv      # the honest two-fold measurement

Each row's sentence goes through the whole rule pipeline; the rule event matched to the row's
source and target (exactly as ``wirecoder eval events`` matches it) gives one training example:
its hashed features (``eventcoding.typer``) and the row's gold root. The gold file is read at
run time and nothing of it but the trained weights is written.

``--cv`` trains on the even rows and scores the odd ones, then the reverse, and prints root
macro-F1 and accuracy of the rules alone and of rules + typer for every C and threshold of the
grid, then how a choice made on one fold fares on the other. Training needs scikit-learn
(the ``dev`` extra); the package itself reads the model with numpy alone.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from wirecoder.eval.events import PLV_ROOTS, TO_PLV, _score, pick, read_gold, root_label
from wirecoder.extract.eventcoding import typer
from wirecoder.extract.events import CodedEvent, code_events

SEED = 0
C_GRID = (0.3, 1.0, 3.0, 10.0)
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8)
DEFAULT_C, DEFAULT_THRESHOLD = 3.0, 0.5


@dataclass
class Parsed:
    doc: object
    coded: list[CodedEvent]
    sentence: str
    source: str
    target: str
    gold: str  # PLV root


def parse(rows: list[dict]) -> list[Parsed]:
    """Run every stage before EVENTS and the rule coder over each row's sentence (as
    ``eval.events.predict`` does)."""
    from wirecoder import nlp as nlp_mod
    from wirecoder.model import Analysis, Article, article_id
    from wirecoder.pipeline import STAGES

    nlp = nlp_mod.load()
    before = STAGES[:[s.name for s in STAGES].index("events")]
    out = []
    for doc, row in zip(nlp.pipe([r["sentence"] for r in rows], batch_size=64), rows,
                        strict=True):
        found = Analysis(article=Article(id=article_id(doc.text), text=doc.text))
        for stage in before:
            setattr(found, stage.field, stage.find(doc, found))
        out.append(Parsed(doc, code_events(doc, found), row["sentence"], row["source"],
                          row["target"], TO_PLV.get(row["label"], row["label"])))
    return out


def label(p: Parsed, coded: list[CodedEvent]) -> str:
    ev = pick(coded, p.sentence, p.source, p.target)[0]
    lab = root_label(ev)
    return TO_PLV.get(lab, lab)


def examples(parsed: list[Parsed], pair_only: bool, rule: bool
             ) -> tuple[list[np.ndarray], list[str]]:
    """One example per row with a rule event: the matched event's features and the gold
    root. ``pair_only`` keeps only rows whose event covers some of the row's pair."""
    rows, labels = [], []
    for p in parsed:
        ev, a, r = pick(p.coded, p.sentence, p.source, p.target)
        if ev is None or (pair_only and a + r <= 0):
            continue
        rows.append(typer.feature_rows(p.doc, [ev.event], rule)[0])
        labels.append(p.gold)
    return rows, labels


def train(rows: list[np.ndarray], labels: list[str], c: float, threshold: float,
          rule: bool) -> typer.TypeModel:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    indptr = np.concatenate(([0], np.cumsum([len(r) for r in rows])))
    x = csr_matrix((np.ones(indptr[-1], dtype=np.float64), np.concatenate(rows), indptr),
                   shape=(len(rows), typer.DIM))
    clf = LogisticRegression(C=c, max_iter=3000, random_state=SEED, tol=1e-6)
    clf.fit(x, labels)
    classes = tuple(str(k) for k in clf.classes_)
    # stored as float16, so score with float16-rounded weights here too
    weights = clf.coef_.T.astype(np.float16).astype(np.float32)
    return typer.TypeModel(weights, clf.intercept_.astype(np.float32), classes, threshold, rule)


@dataclass(frozen=True)
class Scores:
    macro_f1: float
    accuracy: float
    fixed: int = 0  # rows the typer turned right
    broke: int = 0  # rows it turned wrong
    moved: int = 0  # wrong rows it turned into other wrong ones

    def __str__(self) -> str:
        return f"{self.macro_f1:.2f}/{self.accuracy:.2f} (+{self.fixed} -{self.broke})"


def score(parsed: list[Parsed], model: typer.TypeModel | None,
          threshold: float | None = None) -> Scores:
    """Root macro-F1 and accuracy of the rules alone (no model), or with every event of the
    sentence re-typed before the row's event is picked, and how the re-typing moved rows."""
    pairs, moves = [], {"fixed": 0, "broke": 0, "moved": 0}
    for p in parsed:
        rule = label(p, p.coded)
        pred = rule if model is None else label(
            p, typer.retype_coded(p.doc, p.coded, model, threshold))
        if pred != rule:
            moves["fixed" if pred == p.gold else "broke" if rule == p.gold else "moved"] += 1
        pairs.append((p.gold, pred))
    s = _score(pairs, PLV_ROOTS)
    return Scores(s["macro_f1"], s["accuracy"], **moves)


FOLDS = (("even", "odd"), ("odd", "even"))  # (train on, score on); even = 0th, 2nd, … row


def cross_validate(parsed: list[Parsed], pair_only: bool, rule: bool, c: float,
                   threshold: float) -> bool:
    """Print the grid and the chosen setting's table; True when rules + typer beat the rules
    alone in macro-F1 on both folds at that setting."""
    halves = {"even": parsed[0::2], "odd": parsed[1::2]}
    results: dict[tuple[str, float, float], Scores] = {}
    base = {}
    for train_part, test_part in FOLDS:
        test = halves[test_part]
        base[test_part] = score(test, None)
        rows, labels = examples(halves[train_part], pair_only, rule)
        print(f"train {train_part} ({len(rows)} examples) -> score {test_part}: rules only "
              f"{base[test_part]}")
        test_rows, test_labels = examples(test, pair_only, rule)
        for cc in sorted({*C_GRID, c}):
            model = train(rows, labels, cc, 1.0, rule)
            alone = model.probabilities(test_rows).argmax(axis=1)
            hits = sum(model.classes[k] == g for k, g in zip(alone, test_labels, strict=True))
            line = [f"model alone acc {100 * hits / max(1, len(test_labels)):.1f}"]
            for t in sorted({*THRESHOLDS, threshold}):
                results[test_part, cc, t] = r = score(test, model, t)
                line.append(f"t{t}: {r}")
            print(f"  C={cc:<4} " + "  ".join(line))
    for chosen_on, check_on in (("odd", "even"), ("even", "odd")):
        best = max((k[1:] for k in results if k[0] == chosen_on),
                   key=lambda k: (results[chosen_on, *k].macro_f1, -k[1]))
        print(f"best on the {chosen_on} rows: C={best[0]} t={best[1]} -> {chosen_on} "
              f"{results[chosen_on, *best]} vs rules {base[chosen_on]}; on the {check_on} rows "
              f"{results[check_on, *best]} vs rules {base[check_on]}")
    print(f"\nsetting C={c} t={threshold} ({'rule + text' if rule else 'text only'} features):")
    print("| fold (train -> score) | rules macro-F1 / acc | rules + typer macro-F1 / acc "
          "(rows fixed / broken) |")
    print("|---|---|---|")
    wins = 0
    for train_part, test_part in FOLDS:
        r, b = results[test_part, c, threshold], base[test_part]
        wins += r.macro_f1 > b.macro_f1
        print(f"| {train_part} -> {test_part} | {b.macro_f1:.2f} / {b.accuracy:.2f} | "
              f"{r.macro_f1:.2f} / {r.accuracy:.2f} (+{r.fixed} / -{r.broke}) |")
    keep = wins == len(FOLDS)
    print(f"verdict: {'keep' if keep else 'drop'} (beats the rules on {wins} of {len(FOLDS)} "
          "folds)")
    return keep


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, required=True, help="PLV-format TSV (train split)")
    ap.add_argument("--out", type=Path, default=typer.MODEL_PATH, help="model file to write")
    ap.add_argument("--cv", action="store_true", help="two-fold measurement; writes nothing")
    ap.add_argument("--c", type=float, default=DEFAULT_C, help="inverse L2 strength")
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                    help="least probability that replaces a rule's type")
    ap.add_argument("--pair-only", action="store_true",
                    help="train only on rows whose rule event covers some of the pair")
    ap.add_argument("--text-only", action="store_true",
                    help="features of the text alone, not the rule's type, mode and status")
    args = ap.parse_args(argv)
    gold_rows, scheme = read_gold(args.gold)
    if scheme != "plv":
        ap.error("--gold must be a PLV-format TSV")
    parsed = parse(gold_rows)
    if args.cv:
        cross_validate(parsed, args.pair_only, not args.text_only, args.c, args.threshold)
        return 0
    rows, labels = examples(parsed, args.pair_only, not args.text_only)
    model = train(rows, labels, args.c, args.threshold, not args.text_only)
    typer.save_model(args.out, model)
    rules, hybrid = score(parsed, None), score(parsed, model)
    print(f"{len(rows)} examples, {len(model.classes)} classes -> {args.out} "
          f"({args.out.stat().st_size} bytes)")
    print(f"on its own training rows (no measurement): rules {rules}, rules + typer {hybrid}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
