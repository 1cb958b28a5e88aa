"""Syndicated copies: the same wire text under several mastheads counts as one source.

Bodies are cut into word 5-shingles; a MinHash signature with locality-sensitive banding finds
candidate pairs in near-linear time, and the exact shingle Jaccard confirms them. Copies are
grouped with union-find; a group is named by its smallest article id, so the grouping is the
same in whatever order the articles arrive.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable

import numpy as np

from wirecoder.link.records import ArticleRef

SHINGLE = 5
PERMUTATIONS = 32
BANDS = 8  # 8 bands of 4 rows: pairs above ~0.6 Jaccard almost always share a band
COPY_JACCARD = 0.6
_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20241120)  # fixed: signatures must not change between runs
_A = _rng.integers(1, 1 << 31, PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, 1 << 31, PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[int]:
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return frozenset([zlib.crc32(" ".join(words).encode())]) if words else frozenset()
    return frozenset(zlib.crc32(" ".join(words[i:i + SHINGLE]).encode())
                     for i in range(len(words) - SHINGLE + 1))


def signature(sh: frozenset[int]) -> np.ndarray:
    if not sh:
        return np.full(PERMUTATIONS, np.iinfo(np.uint64).max, dtype=np.uint64)
    x = np.fromiter(sh, dtype=np.uint64, count=len(sh))
    # (a*x + b) mod 2^32-ish: x < 2^32 and a < 2^31, so the product stays inside 64 bits.
    hashed = (_A[:, None] * x[None, :] + _B[:, None]) & np.uint64(0xFFFFFFFF)
    return hashed.min(axis=1)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def copy_groups(articles: Iterable[ArticleRef]) -> dict[str, str]:
    """article id -> the id naming its group of syndicated copies (itself when unique)."""
    arts = sorted(articles, key=lambda a: a.id)
    sh = {a.id: shingles(a.text) for a in arts}
    rows = PERMUTATIONS // BANDS
    buckets: dict[tuple, list[str]] = defaultdict(list)
    for a in arts:
        sig = signature(sh[a.id])
        for band in range(BANDS):
            buckets[(band, sig[band * rows:(band + 1) * rows].tobytes())].append(a.id)
    parent = {a.id: a.id for a in arts}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    checked: set[tuple[str, str]] = set()
    for ids in buckets.values():
        for i, x in enumerate(ids):
            for y in ids[i + 1:]:
                if (x, y) in checked:
                    continue
                checked.add((x, y))
                if jaccard(sh[x], sh[y]) >= COPY_JACCARD:
                    rx, ry = find(x), find(y)
                    if rx != ry:
                        parent[max(rx, ry)] = min(rx, ry)
    return {k: find(k) for k in parent}
