"""Tests for eventwire.extract."""
