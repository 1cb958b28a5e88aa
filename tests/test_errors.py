"""Error and warning codes: unique (a repeated attribute in a class body silently replaces the
first, so the source is read, not the class), well formed, and each raised somewhere."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import wirecoder
from wirecoder import errors

SRC = Path(wirecoder.__file__).resolve().parent


def _codes() -> list[str]:
    tree = ast.parse(Path(errors.__file__).read_text(encoding="utf-8"))
    body = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Errors").body
    return [t.id for n in body if isinstance(n, ast.Assign) for t in n.targets
            if isinstance(t, ast.Name)]


def test_errors_codes_unique():
    codes = _codes()
    assert codes
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("code", _codes())
def test_errors_code_used(code):
    assert re.fullmatch(r"E\d{3}", code)
    assert getattr(errors.Errors, code).startswith(f"[{code}] ")
    used = [p for p in SRC.rglob("*.py") if p.name != "errors.py"
            and re.search(rf"\bErrors\.{code}\b", p.read_text(encoding="utf-8"))]
    assert used, f"{code} is raised nowhere; remove it"
