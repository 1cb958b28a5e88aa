"""The environment variables wirecoder reads, with their defaults and help, in one table.

Command-line options override them; ``tests/test_docs.py`` checks each is in the README.
"""

from __future__ import annotations

import os
from typing import NamedTuple


class Setting(NamedTuple):
    name: str
    default: str | None
    help: str


SETTINGS = (
    Setting("WIRECODER_DB", "wirecoder.db",
            "The store: a SQLite path or a database URL (postgresql://…); the default of every "
            "command's --db."),
    Setting("WIRECODER_GOLD", "../shared/gold",
            "The folder of gold sets that `wirecoder eval` and the gold tests read."),
    Setting("WIRECODER_CACHE", None,
            "Where the place gazetteer index is built on first use (default: "
            "$XDG_CACHE_HOME/wirecoder, else ~/.cache/wirecoder)."),
    Setting("WIRECODER_TEST_PG", None,
            "A PostgreSQL URL for the store tests that need a server (scripts/services.sh sets "
            "it); those tests skip without it."),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def default(name: str) -> str | None:
    return _BY_NAME[name].default


def value(name: str) -> str | None:
    """The setting's value from the environment, else its default."""
    return os.environ.get(name) or _BY_NAME[name].default
