"""A small made-up news corpus for runner tests: distinct articles, each with quotes and
events, plus edited copies of some of them as another outlet would carry them."""

from __future__ import annotations

from pathlib import Path

_LEADERS = [
    ("Foreign Minister Anna Berg", "Sweden", "Stockholm", "Norway"),
    ("President Luis Ortega", "Peru", "Lima", "Chile"),
    ("Prime Minister Kenji Sato", "Japan", "Tokyo", "South Korea"),
    ("Chancellor Greta Vogel", "Germany", "Berlin", "France"),
    ("President Amina Diallo", "Senegal", "Dakar", "Mali"),
    ("Defence Minister Pavel Novak", "Czech Republic", "Prague", "Poland"),
    ("Foreign Minister Omar Haddad", "Jordan", "Amman", "Egypt"),
    ("President Elena Rossi", "Italy", "Rome", "Greece"),
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article_text(number: int) -> str:
    """A distinct article: a visit, talks, a demand, a quote and a refusal."""
    leader, country, capital, neighbour = _LEADERS[number % len(_LEADERS)]
    surname = leader.split()[-1]
    day, later = _DAYS[number % 7], _DAYS[(number + 2) % 7]
    return "\n\n".join(
        [
            f"{leader} of {country} met officials from {neighbour} in {capital} on {day} "
            f"to discuss a dispute over fishing rights in the year {1990 + number}.",
            f'"We held productive talks and we will meet again," {surname} told reporters '
            f"after the meeting, which lasted {number + 2} hours.",
            f"{neighbour} demanded that {country} withdraw its patrol boats from the "
            f"disputed waters before {later}, the foreign ministry said in a statement.",
            f"{surname} rejected the demand and accused {neighbour} of violating an "
            f"agreement signed {number + 3} years ago.",
            f"Protesters gathered outside the embassy of {neighbour} in {capital}, "
            f"and police arrested {number + 4} people, officials said.",
            f'"There is no way we will give up our rights," {surname} added, '
            f"saying {country} would send a delegation to {neighbour} next month.",
        ]
    )


def copy_text(text: str) -> str:
    """``text`` as another outlet prints it: a new headline, a byline, a trimmed end
    and a footer."""
    paragraphs = text.split("\n\n")
    return "\n\n".join(
        [
            "Talks end without a deal, officials say",
            "By a staff reporter",
            *paragraphs[:-1],
            "Copyright 2024 The Daily Example. All rights reserved.",
        ]
    )


def write_corpus(folder: Path, articles: int, copies: int = 0) -> list[Path]:
    """``articles`` distinct texts and ``copies`` edited copies of the first ones, as files
    named so that each copy sorts after its original."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(articles):
        path = folder / f"{number:03d}a.txt"
        path.write_text(article_text(number), "utf-8")
        paths.append(path)
    for number in range(copies):
        path = folder / f"{number:03d}b.txt"
        path.write_text(copy_text(article_text(number)), "utf-8")
        paths.append(path)
    return sorted(paths)
