"""The public API: everything in __all__ exists, and nothing public is left out of it."""

from __future__ import annotations

import eventwire


def test_all_names_exist() -> None:
    for name in eventwire.__all__:
        assert hasattr(eventwire, name), name


def test_all_lists_every_public_name() -> None:
    public = {n for n in vars(eventwire) if not n.startswith("_")}
    modules = {n for n, v in vars(eventwire).items() if type(v).__name__ == "module"}
    assert public - modules == set(eventwire.__all__)
