"""Cleaning: from a RawArticle to an Article whose text later offsets point into.

Steps, one module each: HTML main text (:mod:`.html`, trafilatura), lines with
offsets (:mod:`.lines`), boilerplate lines by rule (:mod:`.boilerplate`, rules in
``resources/boilerplate.txt`` loaded by :mod:`.rules`), repeated lines and
sentences (:mod:`.repeats`), normalisation (:mod:`.normalize`) and rebuilding the
text (:mod:`.assemble`). :func:`clean_article` (:mod:`.article`) runs them.
"""

from __future__ import annotations

from eventwire.clean.article import article_id, clean_article

__all__ = ["article_id", "clean_article"]
