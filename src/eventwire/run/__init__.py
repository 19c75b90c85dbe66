"""Where a pipeline runs (here: one local process), apart from what it does."""

from eventwire.run.local import RunCounts, analyze_inputs

__all__ = ["RunCounts", "analyze_inputs"]
