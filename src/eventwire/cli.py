"""The ``eventwire`` command line: a thin shell that parses, calls the library, formats.

Exit status: 0 when everything was processed, 1 when some inputs were rejected
(each named on standard error), 2 for a usage error, 3 when a setting, resource
or the store is unusable.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, NoReturn

import click
from rich.console import Console
from rich.table import Table

from eventwire.config import Settings, load_settings
from eventwire.contract import render_table, to_json_line
from eventwire.errors import EventwireError, InputError
from eventwire.explain import explain_article, explain_text, render_explanation
from eventwire.extract.lexicons import Lexicons, default_lexicons
from eventwire.models import Reject
from eventwire.progress import run_progress
from eventwire.run import analyze_inputs, store_inputs
from eventwire.store import Store
from eventwire.store.export import FORMATS as EXPORT_FORMATS

EXIT_REJECTED = 1
EXIT_CONFIG = 3
WIDTH = 120


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from exc


def _nonblank(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    if not value.strip():
        raise click.BadParameter("is empty; give a sentence or a text to explain")
    return value


def _setup(config: str | None, actors: str | None) -> tuple[Settings, Lexicons]:
    return load_settings(config), default_lexicons(actors)


def _fail(exc: EventwireError) -> NoReturn:
    click.echo(f"error: {exc}", err=True)
    sys.exit(EXIT_CONFIG)


def _by_code(reasons: Mapping[str, int]) -> str:
    """ " (E002 3, E007 1)": how many inputs were rejected under each code."""
    if not reasons:
        return ""
    return " (" + ", ".join(f"{code} {n}" for code, n in sorted(reasons.items())) + ")"


def _report_reject(reject: Reject) -> None:
    click.echo(f"rejected: {reject}", err=True)


config_option = click.option(
    "--config", type=click.Path(dir_okay=False), help="TOML file overriding default settings."
)
actors_option = click.option(
    "--actors",
    type=click.Path(dir_okay=False),
    help="Actor dictionary CSV (name,aliases,family,code,start,end,titles); overrides inference.",
)
workers_option = click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes to analyse with; each loads the model once. Output keeps input order.",
)
progress_option = click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar on standard error [default: when it is a terminal].",
)
published_option = click.option(
    "--published",
    callback=_date,
    metavar="YYYY-MM-DD",
    help="Publication date for inputs that carry none (relative dates resolve from it).",
)


@click.group()
@click.version_option(package_name="eventwire")
def main() -> None:
    """eventwire: who said what, and who did what to whom, from raw news.

    \b
    Example:
      eventwire extract article.txt --published 2018-10-08 --format table
    """


@main.command(
    epilog="""\b
Examples:
  eventwire extract article.txt --published 2018-10-08
  eventwire extract pages/ --format table
  eventwire extract article.txt --explain 2> explained.txt
  cat dump.jsonl | eventwire extract -"""
)
@click.argument("paths", nargs=-1, required=True)
@published_option
@click.option(
    "--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True
)
@click.option(
    "--explain",
    is_flag=True,
    help="Also show on standard error how each article was read, as `eventwire explain` "
    "does (parses each article a second time).",
)
@workers_option
@progress_option
@actors_option
@config_option
def extract(
    paths: Sequence[str],
    published: date | None,
    fmt: str,
    explain: bool,
    workers: int,
    progress: bool | None,
    actors: str | None,
    config: str | None,
) -> None:
    """Extract quotes, events and actors from PATHS (files, folders, or - for stdin).

    Writes one JSON object per article (the output contract) to standard output.
    """
    try:
        settings, lexicons = _setup(config, actors)
        console = Console(width=WIDTH) if fmt == "table" else None
        explainer = Console(stderr=True, width=WIDTH) if explain else None
        rejected = False
        # The bar shares standard error with rejects and --explain: only on request there.
        show = progress if progress is not None else sys.stderr.isatty() and not explain
        with run_progress(paths, enabled=show) as tick:
            items = analyze_inputs(
                paths,
                settings,
                lexicons,
                published=published,
                actors=actors,
                workers=workers,
                tick=tick,
            )
            for item in items:
                if isinstance(item, Reject):
                    _report_reject(item)
                    rejected = True
                    continue
                if console is not None:
                    render_table(item, console)
                else:
                    click.echo(to_json_line(item))
                if explainer is not None:
                    explanation = explain_article(item.article, settings, lexicons)
                    render_explanation(explanation, explainer)
    except EventwireError as exc:
        _fail(exc)
    sys.exit(EXIT_REJECTED if rejected else 0)


@main.command(
    epilog="""\b
Examples:
  eventwire explain "Mike Pompeo met Kim Jong Un in Pyongyang on Sunday." --published 2018-10-08
  eventwire explain "$(cat article.txt)" --actors my_actors.csv"""
)
@click.argument("text", callback=_nonblank)
@published_option
@actors_option
@config_option
def explain(text: str, published: date | None, actors: str | None, config: str | None) -> None:
    """Show how TEXT is read: its parse, the actors, every event trigger considered
    and what became of it, and the events coded with the entry and rule behind each.

    TEXT is cleaned like any input (exit status 1 when nothing is left of it).
    """
    try:
        settings, lexicons = _setup(config, actors)
        explanation = explain_text(text, settings, lexicons, published=published)
    except InputError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_REJECTED)
    except EventwireError as exc:
        _fail(exc)
    render_explanation(explanation, Console(width=WIDTH))


@main.command(
    epilog="""\b
Examples:
  eventwire run news/ --db news.duckdb
  eventwire run dump.jsonl --published 2018-10-08"""
)
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=None, help="DuckDB file to store into [default: eventwire.duckdb].")
@published_option
@workers_option
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    help="Run on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' for a "
    "cluster of --workers processes on this machine.",
)
@click.option(
    "--shards",
    type=click.Path(file_okay=False),
    help="With --dask: folder for the workers' Parquet shards, reachable by every worker "
    "and by this machine [default: a temporary folder].",
)
@progress_option
@actors_option
@config_option
def run(
    paths: Sequence[str],
    db: str | None,
    published: date | None,
    workers: int,
    dask_address: str | None,
    shards: str | None,
    progress: bool | None,
    actors: str | None,
    config: str | None,
) -> None:
    """Analyse PATHS and store articles, actors, quotes and events in DuckDB.

    Re-running over the same inputs adds nothing: articles already stored are skipped
    before they are parsed, so a run that was stopped can be run again to finish.
    Near-duplicate copies of one story (syndicated wire copy) share a story id.
    """
    show = sys.stderr.isatty() if progress is None else progress
    try:
        settings, lexicons = _setup(config, actors)
        with Store.open(db or settings.db) as store, run_progress(paths, enabled=show) as tick:
            if dask_address is not None:
                from eventwire.run.dask_runner import run_on_dask  # Dask loads slowly

                counts = run_on_dask(
                    paths,
                    store,
                    settings,
                    address=dask_address,
                    workers=workers,
                    shards=shards,
                    actors=actors,
                    published=published,
                    on_reject=_report_reject,
                    tick=tick,
                )
            else:
                counts = store_inputs(
                    paths,
                    store,
                    settings,
                    actors=actors,
                    published=published,
                    workers=workers,
                    lexicons=lexicons,
                    on_reject=_report_reject,
                    tick=tick,
                )
            totals = store.summary()
    except EventwireError as exc:
        _fail(exc)
    click.echo(
        f"{counts.read} read, {counts.stored} stored, "
        f"{counts.skipped + counts.duplicates} already stored, {counts.rejected} rejected"
        f"{_by_code(counts.reasons)}; "
        f"store now holds {totals['articles']} articles in {totals['stories']} stories, "
        f"{totals['quotes']} quotes, {totals['events']} events, {totals['actors']} actors"
    )
    sys.exit(EXIT_REJECTED if counts.rejected else 0)


@main.command(
    epilog="""\b
Examples:
  eventwire export --db news.duckdb --out export/
  eventwire export --db news.duckdb --format csv --out export/"""
)
@click.option("--db", default=None, help="DuckDB file [default: eventwire.duckdb].")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="parquet",
    show_default=True,
    help="parquet: a folder per table, partitioned by month of publication; csv and "
    "jsonl: a file per table.",
)
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Folder to write.")
@config_option
def export(db: str | None, fmt: str, out: str, config: str | None) -> None:
    """Export the stored articles, actors, quotes and events."""
    try:
        with Store.open(db or load_settings(config).db, read_only=True) as store:
            written = store.export(out, fmt)
    except EventwireError as exc:
        _fail(exc)
    for table, path in written.items():
        click.echo(f"{table}: {path}")


def _query_options(*, dated: bool) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    options = [
        click.option("--db", default=None, help="DuckDB file [default: eventwire.duckdb]."),
        click.option(
            "--limit",
            type=click.IntRange(min=0),
            default=50,
            show_default=True,
            help="At most this many rows.",
        ),
        click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table"),
        config_option,
    ]
    if dated:
        options += [
            click.option(
                "--all-copies",
                is_flag=True,
                help="List every copy; by default a quote or event carried by several "
                "copies of one story is listed once, with its copies and outlets.",
            ),
            click.option(
                "--since", callback=_date, metavar="YYYY-MM-DD", help="On or after this date."
            ),
            click.option(
                "--until", callback=_date, metavar="YYYY-MM-DD", help="On or before this date."
            ),
        ]

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed(options):
            func = option(func)
        return func

    return decorate


def _show_query(
    db: str | None,
    config: str | None,
    query: Callable[[Store], list[dict[str, Any]]],
    *,
    columns: Sequence[str],
    fmt: str,
    title: str,
) -> None:
    """Open the store, run one query, print its rows as a table or JSON lines."""
    try:
        with Store.open(db or load_settings(config).db) as store:
            rows = query(store)
    except EventwireError as exc:
        _fail(exc)
    if fmt == "json":
        for row in rows:
            click.echo(json.dumps(row, default=str, ensure_ascii=False))
        return
    table = Table(title=f"{title} ({len(rows)})", show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    Console(width=140).print(table)


@main.command(
    epilog="""\b
Examples:
  eventwire quotes --speaker Pompeo
  eventwire quotes --code PRK --since 2018-10-01 --format json"""
)
@click.option("--speaker", help="Part of the speaker's name or of the words naming them.")
@click.option("--code", help="Speaker actor code prefix, e.g. USA or PRKGOV.")
@_query_options(dated=True)
def quotes(
    speaker: str | None,
    code: str | None,
    db: str | None,
    since: date | None,
    until: date | None,
    all_copies: bool,
    limit: int,
    fmt: str,
    config: str | None,
) -> None:
    """List stored quotes, newest articles first, once per story unless --all-copies."""
    _show_query(
        db,
        config,
        lambda store: store.quotes(
            speaker=speaker,
            code=code,
            since=since,
            until=until,
            limit=limit,
            per_story=not all_copies,
        ),
        columns=[
            "published",
            "speaker_name",
            "speaker_code",
            "kind",
            "cue",
            "text",
            *([] if all_copies else ["copies"]),
        ],  # fmt: skip
        fmt=fmt,
        title="quotes",
    )


@main.command(
    epilog="""\b
Examples:
  eventwire events --plover CONSULT
  eventwire events --cameo 04 --actor USA --since 2018-10-01"""
)
@click.option("--cameo", help="CAMEO code prefix, e.g. 04 or 042.")
@click.option("--plover", help="PLOVER event type, e.g. CONSULT.")
@click.option("--actor", help="Actor code prefix matching the source or the target.")
@_query_options(dated=True)
def events(
    cameo: str | None,
    plover: str | None,
    actor: str | None,
    db: str | None,
    since: date | None,
    until: date | None,
    all_copies: bool,
    limit: int,
    fmt: str,
    config: str | None,
) -> None:
    """List stored events, newest first, once per story unless --all-copies."""
    _show_query(
        db,
        config,
        lambda store: store.events(
            cameo=cameo,
            plover=plover,
            actor=actor,
            since=since,
            until=until,
            limit=limit,
            per_story=not all_copies,
        ),
        columns=[
            "date",
            "source_name",
            "source_code",
            "cameo",
            "plover",
            "verb",
            "target_name",
            "target_code",
            "modality",
            *([] if all_copies else ["copies"]),
        ],  # fmt: skip
        fmt=fmt,
        title="events",
    )


@main.command(
    epilog="""\b
Examples:
  eventwire actors --code USA
  eventwire actors --name Kim --format json"""
)
@click.option("--code", help="Actor code prefix, e.g. PRK.")
@click.option("--name", help="Part of the actor's name.")
@_query_options(dated=False)
def actors(
    code: str | None,
    name: str | None,
    db: str | None,
    limit: int,
    fmt: str,
    config: str | None,
) -> None:
    """List stored actors with the number of stories, articles and mentions."""
    _show_query(
        db,
        config,
        lambda store: store.actors(code=code, name=name, limit=limit),
        columns=["name", "code", "stories", "articles", "mentions"],
        fmt=fmt,
        title="actors",
    )


@main.command(
    epilog="""\b
Examples:
  eventwire serve --db news.duckdb     # then open http://127.0.0.1:8000/
  eventwire serve --db news.duckdb --port 8080
  curl -s localhost:8000/events?plover=CONSULT
  curl -s -H 'Content-Type: text/plain' --data-binary @article.txt localhost:8000/extract"""
)
@click.option("--db", default=None, help="DuckDB file to serve [default: eventwire.duckdb].")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but a loopback address lets other machines "
    "read the store and run analyses.",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@actors_option
@config_option
def serve(db: str | None, host: str, port: int, actors: str | None, config: str | None) -> None:
    """Serve the HTTP API and the page over a store made by `eventwire run`.

    The page (at /) shows each article with its quotes and events highlighted, a quote
    browser, a timeline of events and the network of actors; the API is documented at
    /docs. The store is opened read-only; POST /extract analyses new text without
    storing it.
    """
    from eventwire.api import Extractor, server  # FastAPI and uvicorn load slowly

    try:
        settings, lexicons = _setup(config, actors)
        store = Store.open(db or settings.db, read_only=True)
    except EventwireError as exc:
        _fail(exc)
    if not server.is_loopback(host):
        click.echo(
            f"warning: listening on {host}: anyone who can reach this machine can read the "
            "store and run analyses",
            err=True,
        )
    shown = f"[{host}]" if ":" in host else host
    click.echo(
        f"serving {db or settings.db} at http://{shown}:{port}/ (API docs at /docs); Ctrl+C stops",
        err=True,
    )
    with store:
        server.serve(
            store,
            Extractor(settings, lexicons, actors),
            host=host,
            port=port,
            limits=settings.api,
        )


if __name__ == "__main__":
    main()
