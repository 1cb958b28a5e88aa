"""Scorers for the gold sets, one module per task; ``wirecoder eval TASK`` calls them."""
