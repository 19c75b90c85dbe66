"""Benchmark and evaluation scripts; each prints its figures. Run from the repository root."""
