"""The package pins BLAS to one thread on import, so the same text gives the same analysis
whatever the machine's load (see wirecoder/_threads.py)."""

from __future__ import annotations

import os
import subprocess
import sys

from wirecoder._threads import BLAS_THREAD_VARS


def _env_after_import(env: dict[str, str]) -> str:
    code = ("import wirecoder, os; "
            "print(','.join(os.environ[v] for v in wirecoder._threads.BLAS_THREAD_VARS))")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True)
    return out.stdout.strip()


def test_threads_one_blas_thread_by_default():
    env = {k: v for k, v in os.environ.items() if k not in BLAS_THREAD_VARS}
    assert _env_after_import(env) == ",".join("1" for _ in BLAS_THREAD_VARS)


def test_threads_user_setting_wins():
    env = {**os.environ, **dict.fromkeys(BLAS_THREAD_VARS, "3")}
    assert _env_after_import(env) == ",".join("3" for _ in BLAS_THREAD_VARS)
