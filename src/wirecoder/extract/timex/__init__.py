"""Helpers of the time stage: lexicon, calendar arithmetic, the regex grammar."""
