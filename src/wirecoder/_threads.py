"""One BLAS thread, set when the package is imported (see ``wirecoder/__init__.py``).

spaCy's matrix products partly run through numpy's BLAS; with several threads the order of
float sums follows how the work was split, which depends on the machine's load, and a few parser
decisions flip between runs of the same text. One thread keeps the analysis reproducible (the
batch engines parallelise by process). It must be set before numpy loads; a value the user set
wins.
"""

from __future__ import annotations

import os

BLAS_THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

for _var in BLAS_THREAD_VARS:
    os.environ.setdefault(_var, "1")
