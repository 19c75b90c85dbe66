"""Tests for eventwire.dedup."""
