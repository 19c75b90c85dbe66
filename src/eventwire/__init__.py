"""eventwire."""
