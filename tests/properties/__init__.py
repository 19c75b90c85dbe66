"""Invariants shared by the property tests and the fuzz target (bench/fuzz.py)."""
