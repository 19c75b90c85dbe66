"""Where a pipeline runs (this process, a local pool, a Dask cluster), apart from what it does."""

from eventwire.run.into_store import StoreCounts, store_inputs
from eventwire.run.local import RunCounts, analyze_inputs

__all__ = ["RunCounts", "StoreCounts", "analyze_inputs", "store_inputs"]
