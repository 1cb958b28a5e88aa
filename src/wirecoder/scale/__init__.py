"""Scale: ``analyze`` is pure, so a batch of articles maps over many workers, one spaCy
pipeline each, and comes back identical to the local run, in input order.

``runner`` is the driver (ingest stays there; chunks go out, outcomes come back in order),
``worker`` what runs in a worker, ``processes`` and ``raydata`` the two engines (a local
process pool; Ray Data on this machine or a cluster), ``load`` the bulk load into stores and
Parquet. Ray is imported only when its engine runs: ``pip install 'wirecoder[scale]'``.
"""

from wirecoder.scale.load import parquet_store, save_all, write_parquet
from wirecoder.scale.runner import ENGINES, analyze_items, analyze_sources

__all__ = ["ENGINES", "analyze_items", "analyze_sources", "parquet_store", "save_all",
           "write_parquet"]
