"""Curated knowledge written by wirecoder, as data files read once per process: actors
(``kb/actors``), places (``kb/places``), attribution and event lexicons, entity-ruler patterns
(``kb/ruler``)."""
