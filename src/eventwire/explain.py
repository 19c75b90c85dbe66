"""Explain how one article was read: its parse, the actors found, every event trigger
the coder considered and what became of it, and the events coded.

A debugging view for people (``eventwire explain``, ``eventwire extract --explain``).
It parses and analyses the article again with the coder's trace switched on, so it
costs one more parse per article; nothing here feeds the output contract.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from rich.console import Console
from rich.table import Table
from rich.text import Text
from spacy.tokens import Token

from eventwire.clean import clean_article
from eventwire.config import Settings
from eventwire.extract.analyze import Decision, analyze
from eventwire.extract.lexicons import Lexicons
from eventwire.models import (
    Actor,
    AnalyzedArticle,
    Article,
    Event,
    EventActor,
    Place,
    RawArticle,
)
from eventwire.nlp import load_pipeline, token_limit_offset

#: How an explained text names itself in messages.
ORIGIN = "<text>"


@dataclass(frozen=True, slots=True)
class TokenRow:
    """One token of the parse as the explanation shows it; ``head`` is a token index."""

    index: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int
    entity: str
    sentence_end: bool = False


@dataclass(frozen=True, slots=True)
class Explanation:
    """An analysed article with its parse and the event coder's decisions, in order."""

    result: AnalyzedArticle
    tokens: tuple[TokenRow, ...]
    decisions: tuple[Decision, ...]


def explain_text(
    text: str, settings: Settings, lexicons: Lexicons, *, published: date | None = None
) -> Explanation:
    """Clean ``text`` as any input is cleaned, and cut as a run cuts it (at
    ``ingest.max_chars`` and ``nlp.max_tokens``), then explain it.

    ``published`` is the date relative dates resolve from. Raises InputError
    (E002) when nothing is left after cleaning.
    """
    raw = RawArticle(origin=ORIGIN, text=text, published=published)
    article = clean_article(raw, max_chars=settings.max_chars)
    cut = token_limit_offset(article.text, settings.model, settings.max_tokens)
    if cut is not None:
        article = clean_article(raw, max_chars=cut)
    return explain_article(article, settings, lexicons)


def explain_article(article: Article, settings: Settings, lexicons: Lexicons) -> Explanation:
    """Parse and analyse a cleaned ``article`` again, recording the coder's decisions."""
    doc = load_pipeline(settings.model)(article.text)
    trace: list[Decision] = []
    result = analyze(article, doc, lexicons, trace)
    return Explanation(result, tuple(_token_row(token) for token in doc), tuple(trace))


def _token_row(token: Token) -> TokenRow:
    return TokenRow(
        index=token.i,
        text=token.text,
        lemma=token.lemma_,
        pos=token.pos_,
        dep=token.dep_,
        head=token.head.i,
        entity=token.ent_type_,
        sentence_end=bool(token.is_sent_end),
    )


def render_explanation(explanation: Explanation, console: Console) -> None:
    """Print ``explanation``: a header, then the parse, actors, triggers and events."""
    result = explanation.result
    console.print(_header(explanation))
    _section(console, "Parse", _parse_table(explanation.tokens))
    _section(console, "Actors", _actors_table(result))
    _section(console, "Triggers considered", _decisions_table(explanation.decisions))
    _section(console, "Events", _events_table(result.events))
    console.print()


def _section(console: Console, title: str, table: Table) -> None:
    """Print ``table`` titled with its row count, or one line saying there is nothing."""
    if table.row_count:
        table.title = f"{title} ({table.row_count})"
        console.print(table)
    else:
        console.print(f"{title}: none", style="dim")


def _header(explanation: Explanation) -> Text:
    article = explanation.result.article
    header = Text()
    header.append(f"Explaining {article.origin}", style="bold")
    header.append(f" · id {article.id} · published {_cell(article.published)}")
    return header


def _parse_table(tokens: Sequence[TokenRow]) -> Table:
    table = Table(expand=False)
    for column in ("#", "Text", "Lemma", "POS", "Dep", "Head", "Entity"):
        table.add_column(
            column, overflow="fold", justify="right" if column in {"#", "Head"} else "left"
        )
    for token in tokens:
        table.add_row(
            str(token.index),
            _visible(token.text),
            _visible(token.lemma),
            token.pos,
            token.dep,
            str(token.head),
            _cell(token.entity),
            end_section=token.sentence_end,
        )
    return table


def _visible(word: str) -> str:
    """Whitespace tokens (paragraph breaks) escaped, so they show as ``\\n``, not a blank."""
    return word.encode("unicode_escape").decode("ascii") if word.isspace() else word


def _actors_table(result: AnalyzedArticle) -> Table:
    table = Table(expand=False)
    table.add_column("Id", no_wrap=True)
    table.add_column("Name", overflow="fold", max_width=30)
    table.add_column("Kind", no_wrap=True)
    table.add_column("Code", no_wrap=True)
    table.add_column("Mentions", overflow="fold")
    for actor in result.actors:
        table.add_row(
            actor.id,
            actor.name,
            actor.kind,
            _cell(actor.code),
            _mentions(actor, result.article.text),
        )
    return table


def _mentions(actor: Actor, text: str) -> str:
    """Each mention as its words and offsets: ``“he” 50-52``."""
    return "; ".join(f"“{text[start:end]}” {start}-{end}" for start, end in actor.mentions)


def _decisions_table(decisions: Sequence[Decision]) -> Table:
    table = Table(expand=False)
    table.add_column("Offset", justify="right")
    table.add_column("Word", overflow="fold", max_width=20)
    table.add_column("Entry", overflow="fold")
    table.add_column("Outcome", no_wrap=True)
    table.add_column("Reason", overflow="fold")
    for decision in decisions:
        style = "green" if decision.outcome == "coded" else "yellow"
        table.add_row(
            str(decision.start),
            decision.word,
            decision.entry,
            Text(decision.outcome, style=style),
            decision.reason,
        )
    return table


def _events_table(events: Sequence[Event]) -> Table:
    table = Table(expand=False)
    table.add_column("#", justify="right")
    table.add_column("Code", no_wrap=True)
    table.add_column("Trigger / rule", overflow="fold", ratio=2)
    table.add_column("Source → target", overflow="fold", ratio=3)
    table.add_column("Modality", no_wrap=True)
    table.add_column("Negated", no_wrap=True)
    table.add_column("Date", no_wrap=True)
    table.add_column("Place", overflow="fold", ratio=1)
    table.add_column("Quote", justify="right")
    for index, event in enumerate(events):
        plover = event.plover if event.mode is None else f"{event.plover}/{event.mode}"
        date_text = f"\n({event.date_text})" if event.date_text else ""
        table.add_row(
            str(index),
            f"{event.cameo}\n{plover}",
            _trigger(event),
            _parties(event.source, event.target),
            event.modality,
            "yes" if event.negated else "no",
            _cell(event.date) + date_text,
            _place(event.location),
            _cell(event.quote),
        )
    return table


def _trigger(event: Event) -> Text:
    """The lexicon entry that fired (the verb when none is recorded) and the rule, if any."""
    text = Text(event.trigger or f"“{event.verb}”", style="bold")
    if event.rule:
        text.append(f"\nrule {event.rule}", style="magenta")
    return text


def _parties(source: EventActor, target: EventActor | None) -> Text:
    text = _party(source)
    text.append("\n→ ")
    text.append_text(_party(target) if target is not None else Text("–"))
    return text


def _place(place: Place | None) -> str:
    if place is None:
        return "–"
    return place.name if place.country is None else f"{place.name} {place.country}"


def _party(actor: EventActor) -> Text:
    text = Text(actor.name)
    if actor.code:
        text.append(f" {actor.code}", style="cyan")
    return text


def _cell(value: object) -> str:
    """``value`` as table text; dates as YYYY-MM-DD, missing values as a dash."""
    if isinstance(value, date):
        return value.isoformat()
    return "–" if value is None or value == "" else str(value)
