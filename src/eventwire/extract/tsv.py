"""Reading the tab-separated resource files: a header line, ``#`` comments, and
errors that name the file and line."""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.errors import ConfigError


def resource_error(origin: str, line: int, message: str, code: str) -> ConfigError:
    """A ConfigError pointing at ``origin:line`` (just ``origin`` for line 0)."""
    where = f"{origin}:{line}" if line else origin
    return ConfigError(f"{where}: {message}", code=code)


def tsv_rows(
    text: str, origin: str, columns: tuple[str, ...], code: str
) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, fields) for the data rows of a TSV with ``columns`` as header.

    Blank lines and ``#`` comments are skipped; a missing or wrong header, or a row
    with the wrong number of fields, raises ConfigError ``code`` naming the line.
    """
    header = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if not header:
            if tuple(fields) != columns:
                expected = " ".join(columns)
                raise resource_error(
                    origin, number, f"expected the header line: {expected} (tab-separated)", code
                )
            header = True
            continue
        if len(fields) != len(columns):
            raise resource_error(
                origin,
                number,
                f"expected {len(columns)} tab-separated columns, found {len(fields)}",
                code,
            )
        yield number, fields
    if not header:
        raise resource_error(origin, 0, f"no header line ({' '.join(columns)})", code)
