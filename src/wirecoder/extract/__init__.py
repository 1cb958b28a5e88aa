"""Extraction stages, one module each, called only by :mod:`wirecoder.pipeline`.

Each stage is a pure function ``find_<facts>(doc, found) -> list[Fact]`` over the parsed
spaCy ``Doc`` and the :class:`~wirecoder.model.Analysis` built so far (the facts of earlier
stages). No stage reads the store, the network or the clock.
"""
