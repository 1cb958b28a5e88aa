"""Helpers of the claims stage: lexicons, quote scanning, speakers, certainty."""
