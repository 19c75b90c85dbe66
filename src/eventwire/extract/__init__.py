"""Extraction: actors, quotes, events, dates and places from an analysed article."""
