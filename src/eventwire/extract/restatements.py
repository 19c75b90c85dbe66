"""One event per act: triggers that restate the same act with the same participants.

A sentence often names one act twice, mostly with coordinated verbs sharing their
participants ("shot and killed two men", "condemned and denounced the raid"). When two
events of one sentence (and of one quote, if any) have the same PLOVER type, polarity,
source and target, they are one act; the event of the trigger highest in the parse
(the main clause's) is kept. An event with no target restates the act of the same type
and source that has one ("shelled the town, killing 20": the killing is the shelling's
toll, not a second act against no one). Events of other types, or with another source
or target, are distinct acts and are all kept ("met X and signed an accord with X" is two).
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.models import Event, EventActor


@dataclass(frozen=True, slots=True)
class Candidate:
    """An event with where its trigger sits: its sentence and its depth in the parse."""

    event: Event
    sentence: int  # token index of the sentence start
    depth: int  # steps from the trigger up to the sentence root


def _who(actor: EventActor | None) -> str | None:
    if actor is None:
        return None
    return actor.actor or actor.name.lower()


def _act(candidate: Candidate) -> tuple[object, ...]:
    """What makes two events one act: sentence, quote, type, polarity, source, target."""
    event = candidate.event
    return (
        candidate.sentence,
        event.quote,
        event.plover,
        event.negated,
        _who(event.source),
        _who(event.target),
    )


def restatements(candidates: list[Candidate]) -> set[int]:
    """Positions in ``candidates`` of the events that restate another one's act: the
    same act stated twice, and an act with no target where the same actor's act of that
    type has one ("shelled the town, killing 20": the killing is the shelling's toll)."""
    kept: dict[tuple[object, ...], int] = {}
    dropped: set[int] = set()
    for k, candidate in enumerate(candidates):
        act = _act(candidate)
        first = kept.get(act)
        if first is None:
            kept[act] = k
        elif candidate.depth < candidates[first].depth:
            dropped.add(first)
            kept[act] = k
        else:
            dropped.add(k)
    targeted = {act[:-1] for act in kept if act[-1] is not None}
    dropped |= {k for act, k in kept.items() if act[-1] is None and act[:-1] in targeted}
    return dropped
