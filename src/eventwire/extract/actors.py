"""Actors: find people, organisations and places in a parsed article, merge their
mentions, and code each one CAMEO-style (country + sector) from its context.

Coding comes, in order of trust, from: the actor dictionary (known people and
bodies, valid on the publication date), a named organisation or country, and the
title or apposition around the first full mention ("North Korea's Foreign
Minister Ri Yong Ho" -> PRKGOV, "King Hassan of Morocco" -> MARGOV). Words that
give a sector but no country ("President Yoweri Museveni") take the country the
sentence, else the article, is about; a person without a title only when the
sentence names one state. Later surname mentions inherit the code; two people who
share a surname stay apart when their full names differ.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from eventwire.extract import gazetteer
from eventwire.extract.actor_dictionary import ActorDictionary
from eventwire.extract.datelines import dateline_tokens
from eventwire.extract.places import geocode
from eventwire.extract.reporting import ReportingLexicon
from eventwire.models import Actor, ActorKind

PERSON_LABELS = frozenset({"PERSON"})
ORG_LABELS = frozenset({"ORG"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
TIME_LABELS = frozenset({"DATE", "TIME"})
# Dependencies of a verb that heads a clause of its own, and how far up one is looked for.
CLAUSE_HEAD_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp"})
MAX_CLAUSE_WALK = 12
# An entity in these roles is the other party of its clause ("told Hamas").
OBJECT_DEPS = frozenset({"dobj", "dative"})
# Entities that can name a state: places, peoples ("Israeli"), bodies ("the Kremlin"),
# and demonyms the model takes for people ("Ugandan" at times).
STATE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
ARTICLES = frozenset({"the", "a", "an"})
# Determiners that make a noun point back to someone already named: "the ministry".
DEFINITE = frozenset({"the", "this", "that"})
# Verbs whose predicate noun describes their subject: "he became secretary of state".
COPULAS = frozenset({"be", "become"})
# Dependencies that attach a title, a country or an organisation to a name.
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det"})
# Entities whose words can say where a group is or whom it belongs to.
_OWNER_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})
# Prepositions that place a group or say whose it is: "rebels in the Ivory Coast",
# "government of Sindh province"; a person only takes "of" and "from" ("King Hassan of
# Morocco"), as "Smith in Washington" says where he is, not whose he is.
_LOCATING_PREPS = frozenset({"in", "of", "from", "at", "throughout", "across", "inside", "near"})
_OWNER_PREPS = frozenset({"of", "from"})
MAX_PHRASE_TOKENS = 12
# Sectors of armed forces: an unnamed one most likely belongs to the force named before it.
FORCE_SECTORS = frozenset({"MIL", "COP"})
# Sectors of armed groups and criminals: named only by their role ("terrorists"), they are
# seldom of the country whose people the story is about.
OUTSIDER_SECTORS = frozenset({"REB", "CRM"})
# How many times more often one of several people sharing a surname must have been
# named for the bare surname to mean them.
SURNAME_LEAD = 3
# Verbs of going somewhere, and the prepositions after them naming where: the place is
# the host's, not the visitor's ("the minister arrived in Tokyo").
VISIT_VERBS = frozenset({"visit", "arrive", "travel", "fly", "tour", "land"})
VISIT_PREPS = frozenset({"in", "at", "to", "into"})
# Nouns naming the holder of the same office in another state ("met his Chinese
# *counterpart*"): the state they are of is never the other side's.
COUNTERPART_NOUNS = frozenset({"counterpart"})
# The sectors of names that bodies of many states bear ("Democratic Party", "Senate").
BORNE_ELSEWHERE_SECTORS = frozenset({"PTY", "LEG", "JUD"})
# The CAMEO sector of elites: former officials and other prominent people out of office.
ELITE = "ELI"


@dataclass(frozen=True, slots=True)
class Unplaced:
    """An actor's words that name no country: the sector they give (None for a person
    named without a title) and where they are (tokens ``start:end``), so that a place
    found there or around them can complete the code."""

    sector: str | None
    start: int
    end: int


@dataclass(slots=True)
class ActorDraft:
    """An actor under construction while the article is read (internal)."""

    id: str
    name: str
    kind: ActorKind
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[int] = field(default_factory=list)
    gender: str | None = None
    unplaced: Unplaced | None = None

    def set_code(self, code: str | None, country: str | None, sector: str | None) -> None:
        """Adopt a code unless an equally or more specific one is already set."""
        if code is None or (self.code is not None and len(self.code) >= len(code)):
            return
        self.code, self.country, self.sector = code, country, sector

    def freeze(self) -> Actor:
        """The immutable record for the output."""
        return Actor(
            id=self.id,
            name=self.name,
            kind=self.kind,
            code=self.code,
            country=self.country,
            sector=self.sector,
            role=self.role,
            mentions=tuple(sorted(set(self.mentions))),
        )


class ActorIndex:
    """The actors of one article and which token belongs to which actor."""

    def __init__(
        self,
        doc: Doc,
        quoted: frozenset[int] = frozenset(),
        reporting: ReportingLexicon | None = None,
    ) -> None:
        self.doc = doc
        # Walking a Doc makes a new Token object per token, and doc.text joins them all:
        # the extractors share one list and one text instead.
        self.tokens: list[Token] = list(doc)
        self.text: str = "".join(token.text_with_ws for token in self.tokens)
        self.quoted = quoted
        self.reporting = reporting
        self.drafts: list[ActorDraft] = []
        self.sents: list[Span] = list(doc.sents)
        self.pronouns: dict[int, ActorDraft | None] = {}
        self._sent_starts = [s.start for s in self.sents]
        self.sent_chars = [s.start_char for s in self.sents]
        self._by_token: dict[int, ActorDraft] = {}
        self._entities: dict[int, Span] | None = None
        self._named: list[list[_NamedState]] | None = None
        self._main_state: dict[bool, str] = {}
        self._evidence: list[list[_NamedState]] | None = None
        self._countries: list[str] | None = None

    def sentence_number(self, token: Token) -> int:
        """The position of the sentence holding ``token``."""
        return bisect_right(self._sent_starts, token.i) - 1

    def entity_of(self, token: Token) -> Span | None:
        """The named entity ``token`` is part of (``doc.ents`` rebuilds every span)."""
        if self._entities is None:
            self._entities = {t: ent for ent in self.doc.ents for t in range(ent.start, ent.end)}
        return self._entities.get(token.i)

    def home_country(self, i: int, sector: str | None = None) -> str | None:
        """The country an actor at token ``i`` with no country of its own most likely
        serves: the state its own clause names most, else the one its sentence names
        most outside reported clauses, else the one the main clauses of the nearest
        earlier sentence naming one name most, else the one the main clauses of the
        article name most (the first named on a tie). States named as targets ("sanctions
        against Russia"), as objects ("told Hamas") or in what someone says ("said Russia
        must withdraw") do not count, nor, while another state is named, one that says
        whose the other party of the sentence is ("fought with the Palestinian gunmen"),
        nor a people coordinated with the actor ("women, Haitians and Sikhs"): they are
        more likely another's. In earlier sentences and the article, a person coded with
        a country of their own who is a subject there names that country too ("Clinton
        said ..."): a story about people tells whose story it is by them as much as by
        the places it names (see :meth:`story_evidence`); not for armed groups and
        criminals of ``sector`` (OUTSIDER_SECTORS), seldom the people whose story it is.
        A place someone visits counts as a state named, but never for the visitor, and the
        visitor's own state does not count for the sentences after (see ``_hosted_out``)."""
        people = sector not in OUTSIDER_SECTORS
        sentence = self.sentence_number(self.doc[i])
        # The place a visitor goes to is not evidence of the visitor's own state ("the
        # minister arrived in Tokyo"); the rest of the article still is.
        visited = frozenset(s.at for s in self._states()[sentence] if _inside(s.guest, i))
        return (
            _most_named(self._states_in(i))
            or self._state_before(sentence, people)
            or self._article_state(people, visited)
            or _most_named(self._states_in(i, parties=True))
        )

    def _state_before(self, sentence: int, people: bool) -> str | None:
        """The state the nearest earlier sentence naming one names most in its main
        clauses (by its coded people too if ``people``): the story the text is telling
        there, as a wire text may run several."""
        for named in reversed(self.story_evidence()[:sentence]):
            main = self._story_codes(named, people)
            if main:
                return _most_named(main)
        return None

    def clause_country(self, i: int) -> str | None:
        """The state the clause of token ``i`` names most, not as the other party's."""
        clause, _ = _clause_of(self.doc[i])
        named = self._states()[self.sentence_number(self.doc[i])]
        own = [s.code for s in named if s.clause == clause and _holds(s.party, i)]
        return _most_named(own)

    def residence(self, i: int, origin: str) -> str | None:
        """The state other than ``origin`` that the clause or sentence of token ``i``
        names most: where a people named by its origin lives ("ethnic Albanians" fighting
        near Macedonia's border)."""
        named = [s for s in self._states()[self.sentence_number(self.doc[i])] if s.code != origin]
        clause, _ = _clause_of(self.doc[i])
        own = [s.code for s in named if s.clause == clause]
        return _most_named(own or [s.code for s in named])

    def sole_country(self, i: int) -> str | None:
        """The state the clause or sentence of token ``i`` names, when it names one and no
        other (targets aside, and the other party's unless it is the only one): what an
        actor with no title there most likely belongs to."""
        here = set(self._states_in(i)) or set(self._states_in(i, parties=True))
        return here.pop() if len(here) == 1 else None

    def _states_in(self, i: int, parties: bool = False) -> list[str]:
        """The states that may be the home of an actor at token ``i``, nearest first;
        those naming another party's state only if ``parties``."""
        named = [
            s
            for s in self._states()[self.sentence_number(self.doc[i])]
            if (_holds(s.party, i) or (parties and not s.own_group)) and not _inside(s.guest, i)
        ]
        clause, _ = _clause_of(self.doc[i])
        own = [state.code for state in named if state.clause == clause]
        return own or [state.code for state in named if not state.reported]

    def countries_named(self) -> list[str]:
        """The states the article's named entities name by themselves (countries,
        peoples, national bodies: not cities), most named first, worked out once: where
        an ambiguous city name most likely is ("Bethlehem" in a text about Israel)."""
        if self._countries is None:
            codes = [c for ent in self.doc.ents for c in gazetteer.countries_named(ent.text)]
            counts = Counter(codes)
            self._countries = sorted(counts, key=lambda c: (-counts[c], codes.index(c)))
        return self._countries

    def _person_name(self, ent: Span) -> bool:
        """Is the entity ``ent`` a person's name, not a place's as a whole ("Aden Ridgeway",
        "Paris Hilton")? A place word inside it (Aden is a Yemeni city) names no state:
        the person is of none by it. A people the tagger took for a person ("Bosnian
        Serbs", "Ottoman Turks": a plural people word last) is a group, and a place it
        took for one a place."""
        draft = self.actor_of(ent.root)
        if draft is None or draft.kind != "person" or ent.root.tag_ == "NNPS":
            return False
        last = ent[-1].text
        if last.endswith("s") and gazetteer.countries_named(last):
            return False
        return gazetteer.country_of(name_part(ent).text) is None

    def _place_country(self, ent: Span) -> list[str]:
        """The country of a place only the place index knows ("Aleppo"), as a list."""
        draft = self.actor_of(ent.root)
        if draft is not None and draft.kind == "place" and draft.country:
            return [draft.country]
        return []

    def _article_state(self, people: bool, skip: frozenset[int] = frozenset()) -> str | None:
        """The state the article's main clauses name most (by its coded people too if
        ``people``), leaving out the names at the tokens ``skip``; worked out once for
        none left out."""
        if skip:
            return self._main_state_of(people, skip) or None
        if people not in self._main_state:
            self._main_state[people] = self._main_state_of(people, skip)
        return self._main_state[people] or None

    def _main_state_of(self, people: bool, skip: frozenset[int]) -> str:
        """The work of :meth:`_article_state` ("" for none)."""
        main = [code for named in self.story_evidence()
                for code in self._story_codes(named, people, skip)]  # fmt: skip
        return _most_named(main) or ""

    def _story_codes(
        self, named: list[_NamedState], people: bool, skip: frozenset[int] = frozenset()
    ) -> list[str]:
        """The codes of the states among one sentence's ``named`` that say whose story it
        is: named in a main clause, by a coded person too if ``people``, not brought along
        by a visitor, not a counterpart's, and not at the tokens ``skip``."""
        return [
            s.code
            for s in _hosted_out(named)
            if self.doc[s.clause].dep_ == "ROOT"
            and s.at not in skip
            and (people or not s.by_person)
            and not s.counterpart
        ]

    def story_evidence(self) -> list[list[_NamedState]]:
        """The states each sentence names (:meth:`_states`) and the countries of the
        coded people who are subjects in it, read once. :func:`build_actor_index` reads
        it before any actor is coded by a guess, so that only a person's own words,
        title or dictionary entry count."""
        if self._evidence is None:
            # A subject comes before the states of its sentence: on a tie, whose story
            # it is counts before a place it names ("Clinton criticised Mexico's ...").
            evidence: list[list[_NamedState]] = [[] for _ in self.sents]
            for draft in self.drafts:
                if draft.kind != "person" or not draft.country:
                    continue
                if draft.country in gazetteer.INTERNATIONAL:
                    continue
                for start, end in draft.mentions:
                    span = self.doc.char_span(start, end)
                    if span is None or span.root.dep_ not in SUBJECT_DEPS:
                        continue
                    clause, reported = _clause_of(span.root, self.reporting)
                    state = _NamedState(
                        draft.country, clause, reported, by_person=True, at=span.root.i
                    )
                    evidence[self.sentence_number(span.root)].append(state)
            for own, named in zip(evidence, self._states(), strict=True):
                own.extend(named)
            self._evidence = evidence
        return self._evidence

    def _states(self) -> list[list[_NamedState]]:
        """The states each sentence names through its named entities (see
        gazetteer.countries_named), read once. A name after a target word ("sanctions
        against Russia") or as an object ("told Hamas") does not count."""
        if self._named is None:
            named: list[list[_NamedState]] = [[] for _ in self.sents]
            for ent in self.doc.ents:
                if ent.label_ not in STATE_LABELS or self._person_name(ent):
                    continue
                guest = _visitor(ent.root)
                if guest is None and ent.root.dep_ in OBJECT_DEPS:
                    continue
                before = self.doc[ent.start - 1].text if ent.start > 0 else ""
                if guest is None and gazetteer.is_target_word(before):
                    continue
                clause, reported = _clause_of(ent.root, self.reporting)
                coordinated = _coordinated_people(ent)
                party = _other_party(ent.root) if guest is None else None
                party = party or coordinated
                counterpart = _of_counterpart(ent.root)
                codes = gazetteer.countries_named(ent.text) or self._place_country(ent)
                states = (
                    _NamedState(
                        c,
                        clause,
                        reported,
                        party,
                        coordinated is not None or counterpart,
                        at=ent.root.i,
                        guest=guest,
                        counterpart=counterpart,
                    )
                    for c in codes
                )
                named[self.sentence_number(ent[0])].extend(states)
            self._named = named
        return self._named

    def sentence_of(self, token: Token) -> Span:
        """The sentence holding ``token`` (``token.sent`` rescans the doc on every call)."""
        return self.sents[self.sentence_number(token)]

    def add_mention(self, draft: ActorDraft, span: Span) -> None:
        """Record that ``span`` refers to ``draft``."""
        draft.mentions.append((span.start_char, span.end_char))
        for tok in span:
            self._by_token[tok.i] = draft
            draft.tokens.append(tok.i)

    def actor_of(self, token: Token) -> ActorDraft | None:
        """The actor whose mention contains ``token``, if any."""
        return self._by_token.get(token.i)

    def new(self, name: str, kind: ActorKind) -> ActorDraft:
        """Start a new actor (ids are given by :meth:`number` once all are known)."""
        draft = ActorDraft(id="", name=name, kind=kind)
        self.drafts.append(draft)
        return draft

    def merge(self, keep: ActorDraft, gone: ActorDraft) -> None:
        """Fold ``gone`` into ``keep``: its mentions, tokens and pronouns."""
        keep.mentions.extend(gone.mentions)
        keep.tokens.extend(gone.tokens)
        for i in gone.tokens:
            self._by_token[i] = keep
        for i, draft in self.pronouns.items():
            if draft is gone:
                self.pronouns[i] = keep
        keep.role = keep.role or gone.role
        keep.gender = keep.gender or gone.gender
        if keep.code is None:
            keep.code, keep.country, keep.sector = gone.code, gone.country, gone.sector
        self.drafts.remove(gone)

    def number(self) -> None:
        """Give every actor its id, "a1", "a2"... in order of first mention."""
        self.drafts.sort(key=lambda d: min(d.mentions))
        for k, draft in enumerate(self.drafts, start=1):
            draft.id = f"a{k}"

    def resolve_pronouns(self) -> None:
        """Resolve every personal pronoun once, in text order, so that each
        resolution sees only the ones before it."""
        from eventwire.extract.salience import PRONOUNS, resolve_pronoun  # salience reads the index

        for token in self.tokens:
            if token.lower_ in PRONOUNS:
                resolve_pronoun(self, token)

    def resolve_class_nouns(self) -> None:
        """Make each class noun standing alone after "the" ("the organisation", "the
        country") a mention of the named actor it refers back to, in text order, so that
        "the group ... the group" carries on: before the bodies are found, as "the party"
        that names a party again is no new body."""
        from eventwire.extract.salience import resolve_class_noun  # salience reads the index

        for token in self.tokens:
            if token.pos_ != "NOUN" or self.actor_of(token) is not None:
                continue
            draft = resolve_class_noun(self, token)
            if draft is not None:
                self.add_mention(draft, self.doc[token.i - 1 : token.i + 1])

    def actors(self) -> tuple[Actor, ...]:
        """The frozen actor records, in order of first mention."""
        return tuple(d.freeze() for d in self.drafts)


@dataclass(frozen=True, slots=True)
class _NamedState:
    """A state an entity names: its code, the clause naming it, whether that clause is
    inside what someone says (a ccomp), and whether it names the other party's state."""

    code: str
    clause: int
    reported: bool
    # The tokens (start, end) of the other party whose state it names ("fought with the
    # Palestinian gunmen"): the sentence's actors outside them are seldom of that state.
    party: tuple[int, int] | None = None
    # A people coordinated with other groups ("women, Haitians and Sikhs" are not Haitian
    # women), or the state of a counterpart, names its own group's state only, even as a
    # last resort.
    own_group: bool = False
    # Named by a coded person who is a subject (ActorIndex.story_evidence), not a name.
    by_person: bool = False
    # The token that names it.
    at: int = -1
    # For a place someone goes to ("arrived in Tokyo", "visited Mexico"), the tokens of
    # the visitor (the subject of that verb): the host's state is not theirs.
    guest: tuple[int, int] | None = None
    # Names the state of a counterpart ("met his *Chinese* counterpart"): the other side
    # of a meeting, which says nothing of whose story the article tells.
    counterpart: bool = False


def _other_party(token: Token) -> tuple[int, int] | None:
    """The tokens of the other party of its clause whose state the name at ``token``
    says, if it says one: an object or a noun after a target word, itself or the noun it
    describes ("fought with the Palestinian gunmen", "killed three Iraqi soldiers")."""
    node = token
    for _ in range(MAX_CLAUSE_WALK):
        before = node.doc[node.left_edge.i - 1] if node.left_edge.i > 0 else None
        if node.dep_ in OBJECT_DEPS or (
            before is not None and gazetteer.is_target_word(before.text)
        ):
            return node.left_edge.i, node.right_edge.i + 1
        if node.dep_ not in _MODIFIER_DEPS or node.head.i == node.i:
            return None
        node = node.head
    return None


def _of_counterpart(token: Token) -> bool:
    """Does the name at ``token`` describe a counterpart ("his *Chinese* counterpart")?"""
    return token.head.lemma_.lower() in COUNTERPART_NOUNS and token.dep_ in _MODIFIER_DEPS


def _visitor(token: Token) -> tuple[int, int] | None:
    """The tokens of whoever goes to the place ``token`` names, when it names where the
    subject of a verb of visiting goes ("*the minister* arrived in Tokyo", "*Clinton*
    visited Mexico", "flew to Cairo"): the place is the host's, not the visitor's."""
    node = token
    if node.dep_ == "pobj" and node.head.lower_ in VISIT_PREPS:
        node = node.head
    elif node.dep_ not in OBJECT_DEPS:
        return None
    verb = node.head
    if verb.lemma_.lower() not in VISIT_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    return subject.left_edge.i, subject.right_edge.i + 1


def _inside(tokens: tuple[int, int] | None, i: int) -> bool:
    """Is token ``i`` among ``tokens``?"""
    return tokens is not None and tokens[0] <= i < tokens[1]


def _hosted_out(named: list[_NamedState]) -> list[_NamedState]:
    """``named`` less the states a visitor named in it brings along ("*US* President Bill
    Clinton visited Mexico"): the place visited says whose ground the story is on."""
    guests = [s.guest for s in named if s.guest is not None]
    return [s for s in named if not any(_inside(g, s.at) for g in guests)]


def _coordinated_people(ent: Span) -> tuple[int, int] | None:
    """The tokens of a people coordinated with groups named by common nouns ("insulted
    women, Haitians and Sikhs"): a group of its own, whose state is not the others'."""
    root = ent.root
    if ent.label_ != "NORP":
        return None
    siblings = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        siblings.append(root.head)
    # A common noun, not another people the tagger took for one ("Israelis and Palestinians").
    if any(s.pos_ == "NOUN" and not s.ent_type_ for s in siblings):
        return ent.start, ent.end
    return None


def _clause_of(token: Token, reporting: ReportingLexicon | None = None) -> tuple[int, bool]:
    """The verb heading the clause ``token`` is in, and whether the clause is someone's
    words: a complement of a reporting verb ("said Russia must ..."), a bounded walk up."""
    node, clause, reported = token, None, False
    for _ in range(MAX_CLAUSE_WALK):
        if node.pos_ in {"VERB", "AUX"} and node.dep_ in CLAUSE_HEAD_DEPS and clause is None:
            clause = node.i
        if node.dep_ == "ccomp" and reporting is not None:
            reported = reported or reporting.is_cue(node.head.lemma_)
        if node.head.i == node.i:
            break
        node = node.head
    return (node.i if clause is None else clause), reported


def _holds(party: tuple[int, int] | None, i: int) -> bool:
    """Is token ``i`` inside ``party``'s tokens, or is there no such party?"""
    return party is None or party[0] <= i < party[1]


def _most_named(codes: list[str]) -> str | None:
    """The code that occurs most often in ``codes``, the first one on a tie."""
    counts = Counter(codes)
    return max(counts, key=lambda c: (counts[c], -codes.index(c)), default=None)


# Tags of words no name holds: finite and base verbs, modals, pronouns, adverbs.
_NOT_IN_NAMES = frozenset({"VB", "VBD", "VBP", "VBZ", "MD", "PRP", "RB"})


def _trim(span: Span) -> Span:
    """Drop a leading determiner and a trailing possessive from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in ARTICLES:
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end]


def name_part(span: Span) -> Span:
    """The name inside an entity span the NER ran over a verb, as it does in a
    headline's capitals ("Ted Cruz Refuses", "Wants Girl Scout"): the words up to the
    first verb, pronoun or adverb after leading ones are dropped."""
    words = [t for t in span if t.tag_ not in _NOT_IN_NAMES]
    if not words:
        return span[0:0]
    start = words[0].i
    end = next((t.i for t in span if t.i > start and t.tag_ in _NOT_IN_NAMES), span.end)
    return span.doc[start:end]


def _extend_hyphenated(span: Span) -> Span:
    """Extend a person's name over hyphen-joined parts the NER cut off ("Moon Jae-in")."""
    doc = span.doc
    end = span.end
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return doc[span.start : end]


def _strip_titles(span: Span) -> tuple[Span, Span | None]:
    """Split leading person titles ("President", "Chairman") off a name span."""
    doc = span.doc
    start = span.start
    while start < span.end - 1 and gazetteer.is_person_title(doc[start].text):
        start += 1
    title = doc[span.start : start] if start > span.start else None
    return doc[start : span.end], title


def _context(span: Span) -> list[Span]:
    """The words that describe a name: modifiers before it, an apposition after it, and
    whose it is ("King Hassan of Morocco")."""
    doc = span.doc
    root = span.root
    parts: list[Span] = []
    left = root.left_edge.i
    # A name that is itself the apposition of a title noun: "the envoy, John Smith".
    if root.dep_ == "appos" and root.head.i < span.start:
        head = root.head
        parts.append(doc[head.left_edge.i : head.i + 1])
    if left < span.start:
        parts.append(doc[left : span.start])
    for child in root.rights:
        if child.i < span.end or _abbreviates(child, span):
            continue
        if child.dep_ == "appos" or _locates(child, _OWNER_PREPS):
            end = min(child.right_edge.i + 1, child.left_edge.i + MAX_PHRASE_TOKENS)
            parts.append(doc[child.left_edge.i : end])
    return parts


def _abbreviates(token: Token, name: Span) -> bool:
    """Is ``token`` the initials of ``name``, as given after it ("the Australian Federal
    Police (*AFP*)")? They are the name's own short form, whatever else they may stand
    for elsewhere (AFP the news agency), so they say nothing more about it."""
    initials = "".join(t.text[0] for t in name if t.text[:1].isupper())
    return len(initials) > 1 and token.text == initials


def _locates(token: Token, preps: frozenset[str] = _LOCATING_PREPS) -> bool:
    """Does ``token``, a right dependant of a noun, place it in a named place or body or
    say whose it is: "in the Ivory Coast", "of Sindh province", "based in Beirut"?"""
    if token.dep_ == "acl" and token.tag_ == "VBN":
        return any(_locates(c, preps) for c in token.children if c.dep_ == "prep")
    if token.dep_ != "prep" or token.lower_ not in preps:
        return False
    # The place or body is the preposition's object or a name compounded on it.
    return any(
        t.ent_type_ in _OWNER_LABELS
        for pobj in token.children
        if pobj.dep_ == "pobj"
        for t in (pobj, *(c for c in pobj.children if c.dep_ in {"compound", "poss", "amod"}))
    )


def _noun_phrase(token: Token) -> Span:
    """The words that describe a noun: everything before it and the places after it
    ("Nicaragua's Sandinista government", "rebels in the Ivory Coast"), at most
    MAX_PHRASE_TOKENS tokens."""
    doc = token.doc
    start = max(token.left_edge.i, token.i - MAX_PHRASE_TOKENS + 1)
    end = token.i + 1
    for child in token.rights:
        if not _locates(child):
            break
        end = child.right_edge.i + 1
    return doc[start : min(end, start + MAX_PHRASE_TOKENS)]


def _text(words: list[Span]) -> str:
    """The words of several spans in text order, as one phrase."""
    return " ".join(w.text for w in sorted(words, key=lambda w: w.start))


def _code_words(draft: ActorDraft, words: list[Span]) -> None:
    """Code ``draft`` from the words that describe it; a sector they give without a
    country waits, as ``draft.unplaced``, for :func:`_place_unplaced`."""
    if not words:
        return
    text = _text(words)
    coded = gazetteer.code_phrase(text)
    if coded is not None:
        draft.set_code(coded.code, coded.country, coded.sector)
        return
    sector = gazetteer.phrase_sector(text)
    if sector is not None and (draft.unplaced is None or draft.unplaced.sector is None):
        start, end = min(w.start for w in words), max(w.end for w in words)
        draft.unplaced = Unplaced(sector, start, end)


def _after_target_word(doc: Doc, i: int) -> bool:
    """Does the word before token ``i`` (past any article) make it a target ("with")?"""
    before = next((t for t in reversed(doc[max(0, i - 2) : i]) if t.lower_ not in ARTICLES), None)
    return before is not None and gazetteer.is_target_word(before.text)


def _place_unplaced(index: ActorIndex) -> None:
    """Give a country to actors whose words name no country: a place named among those
    words that only the place index knows ("police in Dili") or a coded person they name
    ("the Bush administration"), for an armed force the
    state its clause names or else the force named before it ("Israeli forces ... tanks"),
    else the country of their sentence or article ("President Yoweri Museveni has banned
    Ugandan opposition candidates" -> UGAGOV)."""
    for draft in sorted(index.drafts, key=lambda d: min(d.mentions)):
        unplaced = draft.unplaced
        if draft.code is not None or unplaced is None:
            continue
        inside = _country_inside(index, draft, unplaced)
        if inside is None and unplaced.sector in FORCE_SECTORS:
            # An armed force its clause does not place is most likely the one named before.
            inside = index.clause_country(unplaced.start) or _comrade_country(
                index, draft, unplaced.sector
            )
        country = inside
        # The other party ("a meeting with President Obama") is seldom of the home country.
        if country is None and not _after_target_word(index.doc, unplaced.start):
            # Without a title there is less to go on: only a sentence about one state.
            if unplaced.sector:
                country = index.home_country(unplaced.start, unplaced.sector)
            else:
                country = index.sole_country(unplaced.start)
        if country is not None:
            sector = unplaced.sector
            draft.set_code(country + (sector or ""), country, sector)


def _country_inside(index: ActorIndex, draft: ActorDraft, unplaced: Unplaced) -> str | None:
    """The country of a place or a coded person named among an actor's words (the one
    the article names first): "police in Dili", a body named after its head ("the Bush
    administration")."""
    words = range(unplaced.start, unplaced.end)
    # A body's mention may cover the name inside it, so each actor's own tokens are read.
    named = (
        other
        for other in index.drafts
        if other is not draft and other.kind in {"place", "person"} and other.country
    )
    return next((other.country for other in named if any(i in words for i in other.tokens)), None)


def _comrade_country(index: ActorIndex, draft: ActorDraft, sector: str) -> str | None:
    """The country of the nearest group of ``draft``'s sector named before it with a
    country and not as the other party: the force an unnamed one most likely belongs to
    ("Israeli forces charged ... tanks fought the Palestinian gunmen": the tanks are
    Israeli, whoever their sentence names)."""
    first = min(draft.tokens)
    for tok in reversed(index.tokens[:first]):
        if tok.pos_ != "NOUN" or gazetteer.role_sector(tok.text) != sector:
            continue
        if _other_party(tok) is not None:
            continue
        coded = gazetteer.code_phrase(_body_phrase(tok).text)
        if coded is not None and coded.country is not None and coded.sector == sector:
            return coded.country
    return None


def _kind_of(span: Span, label: str, person_texts: set[str], surnames: frozenset[str]) -> ActorKind:
    text = span.text
    if gazetteer.lookup_organisation(text) is not None:
        return "organisation"
    if gazetteer.country_of(text) is not None:
        return "place"
    if label in PERSON_LABELS and span.root.tag_ == "NNPS" and gazetteer.is_descriptive(text):
        return "group"  # "Bosnian Serbs": the NER model's person is a people
    if label in PERSON_LABELS:
        return "person"
    if text in person_texts:
        # The small NER model sometimes labels a person a place once and a person later.
        return "person"
    if (
        label in ORG_LABELS
        and text in surnames
        and _name_case(text)
        and span.root.dep_ != "compound"
    ):
        # ... and a bare surname an organisation ("Donald Trump ... whether *Trump* has");
        # not one that modifies a noun ("the Trump campaign").
        return "person"
    if label in ORG_LABELS:
        return "organisation"
    return "place"


def _name_case(text: str) -> bool:
    """Is ``text`` written as a name is: letters with a capital first, not all capitals
    ("Obama", "O'Brien", and a surname with a capital inside it: "McCain", "DeSantis",
    which ``str.istitle`` refuses)? Not a model number ("F-16s") or a stray bracket."""
    letters = re.sub(r"[\s'’.-]", "", text)
    return text[:1].isupper() and letters.isalpha() and not text.isupper()


def _entity_spans(doc: Doc) -> Iterable[tuple[Span, str]]:
    dateline = dateline_tokens(doc)
    for ent in doc.ents:
        if ent.label_ not in PERSON_LABELS | ORG_LABELS | PLACE_LABELS:
            continue
        if any(t.i in dateline for t in ent):
            continue  # where the story was filed, and the agency filing it, are no actors
        span = name_part(_trim(ent))
        if not span or not any(t.is_title or t.is_upper or _name_case(t.text) for t in span):
            continue  # "state" in "secretary of state" is not an organisation
        if _ends_a_title(span):
            continue  # nor is "State" in "Secretary of State"
        if ent.label_ in PERSON_LABELS:
            span = _extend_hyphenated(span)
        yield span, ent.label_


def _ends_a_title(span: Span) -> bool:
    """Is ``span`` the end of a listed title of the form "X of Y" ("State" in "Secretary
    of State", "Defense" in "Secretary of Defense")?"""
    start = span.start
    if start < 2 or span.doc[start - 1].lower_ != "of":
        return False
    return gazetteer.is_listed_title(f"{span.doc[start - 2].text} of {span.text}")


def _find_person(index: ActorIndex, name: str) -> ActorDraft | None:
    """The person a name refers to, if already met in the article.

    A single word refers to a surname-only actor first, then to the one full name
    that begins or ends with it. A full name is the same person as an earlier
    surname-only actor when it ends with that surname ("Putin" ... "Vladimir
    Putin"), which then takes the full name; "Kim Yo Jong" does not complete an
    earlier "Kim", whose family name comes first.
    """
    words = name.split()
    people = [d for d in index.drafts if d.kind == "person"]
    if len(words) == 1:
        alone = [d for d in people if d.name == name]
        if alone:
            return alone[-1]
        return _bearer_of_surname(people, name) or _only_bearer(people, name)
    exact = next((d for d in people if d.name.split() == words), None)
    if exact is not None:
        return exact
    alone = [d for d in people if d.name == words[-1]]
    if alone:
        alone[-1].name = name
        return alone[-1]
    return None


def _bearer_of_surname(people: list[ActorDraft], word: str) -> ActorDraft | None:
    """The person a bare surname most likely means among the full names ending with it:
    the only one, or the one named far more often so far ("Donald Trump" over "Melania
    Trump" after one mention of her). A name the model ran into the next word ("Trump
    Wants") does not end with it, so it does not stand in the way."""
    bearers = [d for d in people if len(d.name.split()) > 1 and d.name.split()[-1] == word]
    if len(bearers) == 1:
        return bearers[0]
    ranked = sorted(bearers, key=lambda d: len(d.mentions), reverse=True)
    if len(ranked) > 1 and len(ranked[0].mentions) >= SURNAME_LEAD * len(ranked[1].mentions):
        return ranked[0]
    return None


def _only_bearer(people: list[ActorDraft], word: str) -> ActorDraft | None:
    """The one full name that begins or ends with ``word``, if only one does."""
    matches = [d for d in people if word in (d.name.split()[0], d.name.split()[-1])]
    return matches[-1] if len(matches) == 1 else None


def _merge_same_names(index: ActorIndex) -> None:
    """Merge people who turned out to share one full name (after dictionary coding)."""
    first: dict[str, ActorDraft] = {}
    for draft in list(index.drafts):
        if draft.kind != "person":
            continue
        keep = first.setdefault(draft.name, draft)
        if keep is not draft:
            index.merge(keep, draft)


def build_actor_index(
    doc: Doc,
    published: date | None,
    dictionary: ActorDictionary | None = None,
    quoted: frozenset[int] = frozenset(),
    reporting: ReportingLexicon | None = None,
) -> ActorIndex:
    """Find, merge and code the actors of ``doc``; ``quoted`` holds the tokens inside
    quotes; ``reporting`` tells which clauses are someone's words ("said Russia must
    withdraw"), whose states are not the home of an actor outside them."""
    index = ActorIndex(doc, quoted, reporting)
    spans = list(_entity_spans(doc))
    person_texts = {s.text for s, label in spans if label in PERSON_LABELS}
    surnames = _unique_surnames(person_texts)
    for span, label in spans:
        kind = _kind_of(span, label, person_texts, surnames)
        if kind == "person":
            _add_person(index, span)
        else:
            _add_named(index, span, kind)
    _add_missed_surnames(index)
    index.resolve_class_nouns()
    _add_bodies(index)
    index.resolve_pronouns()
    _code_from_predicates(index)
    if dictionary is not None:
        _code_from_dictionary(index, published, dictionary)
    # Whose story each sentence tells is read before any guess can add to it.
    index.story_evidence()
    _place_unplaced(index)
    _merge_same_names(index)
    index.number()
    return index


def _unique_surnames(person_texts: set[str]) -> frozenset[str]:
    """The last words of the full names in ``person_texts`` that only one name ends with."""
    ends = Counter(text.split()[-1] for text in person_texts if len(text.split()) > 1)
    return frozenset(word for word, n in ends.items() if n == 1)


def _code_from_dictionary(
    index: ActorIndex, published: date | None, dictionary: ActorDictionary
) -> None:
    """Code known people by name; a family name alone needs the article to confirm it."""
    countries = frozenset(d.country for d in index.drafts if d.kind == "place" and d.country)
    for draft in index.drafts:
        if draft.kind != "person":
            continue
        entry = dictionary.lookup(draft.name, published, role=draft.role, countries=countries)
        if entry is None:
            if draft.country is None:
                named = countries | frozenset(index.countries_named())
                _code_out_of_office(draft, dictionary, named)
            continue
        if " " not in draft.name:
            draft.name = entry.name
        # The dictionary is the most trusted source: it replaces codes read from context.
        draft.code, draft.country, draft.sector = entry.code, entry.country, entry.sector


def _code_out_of_office(
    draft: ActorDraft, dictionary: ActorDictionary, countries: frozenset[str]
) -> None:
    """Code a known person the publication date finds out of office: by the office its
    title names ("President Obama" in a retrospective), else by their state, with the
    sector their own words give, or as one of its elites ("Colin Powell" years later). A
    title marked former ("former Florida governor X") keeps the person an elite.
    ``countries`` are the states the article names."""
    words_sector = draft.unplaced.sector if draft.unplaced is not None else draft.sector
    titled = dictionary.titled(draft.name, draft.role)
    if titled is not None:
        country, sector = titled.country, titled.sector
    else:
        # Their own words may say what they are now ("interim leader", "senator"); a
        # bare surname, the known bearer's if the article names that bearer's state.
        country = dictionary.country_of_person(draft.name)
        if country is None and " " not in draft.name:
            country = dictionary.country_of_family(draft.name, countries)
        sector = words_sector or ELITE
    if country is None:
        return
    # An international body's block is no sector: its former officials keep its code.
    if ELITE in (draft.sector, words_sector) and country not in gazetteer.INTERNATIONAL:
        sector = ELITE
    draft.code, draft.country, draft.sector = country + (sector or ""), country, sector


def _add_person(index: ActorIndex, span: Span) -> None:
    name_span, title = _strip_titles(span)
    draft = _find_person(index, name_span.text)
    if draft is None:
        draft = index.new(name_span.text, "person")
    index.add_mention(draft, span)
    words = [title, *_context(span)] if title is not None else _context(span)
    _code_words(draft, words)
    if draft.code is None and draft.unplaced is None:
        # Untitled, the person still most likely serves the country of the text.
        draft.unplaced = Unplaced(None, span.start, span.end)
    phrase = _text(words)
    if phrase:
        role = gazetteer.role_phrase(phrase)
        if role and draft.role is None:
            draft.role = role
        if draft.gender is None:
            draft.gender = gazetteer.title_gender(phrase)


def _add_missed_surnames(index: ActorIndex) -> None:
    """Make a person's later bare surname a mention where the NER model missed it ("Donald
    Trump ... Trump blamed Clinton"): a capitalised noun outside any entity whose word is
    the surname of one person named in full before it. Not a modifier ("the Trump
    campaign"), and not a surname two people share."""
    by_surname: dict[str, list[ActorDraft]] = {}
    for draft in index.drafts:
        words = draft.name.split()
        if draft.kind == "person" and len(words) > 1:
            by_surname.setdefault(words[-1], []).append(draft)
    for tok in index.tokens:
        people = by_surname.get(tok.text)
        if (
            people is None
            or len(people) > 1
            or tok.pos_ not in {"PROPN", "NOUN"}
            or tok.dep_ == "compound"
            or tok.ent_type_
            or index.actor_of(tok) is not None
            or min(people[0].mentions)[0] > tok.idx
        ):
            continue
        index.add_mention(people[0], index.doc[tok.i : tok.i + 1])


def _add_named(index: ActorIndex, span: Span, kind: ActorKind) -> None:
    text = span.text
    draft = next((d for d in index.drafts if d.kind == kind and d.name == text), None)
    org = gazetteer.lookup_organisation(text)
    if draft is None and org is not None:
        draft = next((d for d in index.drafts if d.name == org.name), None)
    if draft is None:
        draft = index.new(org.name if org else text, kind)
        _code_named(draft, span, org, index.countries_named())
    index.add_mention(draft, span)


def _code_named(
    draft: ActorDraft, span: Span, org: gazetteer.ActorCode | None, countries: list[str]
) -> None:
    """Code a newly met organisation, place or group from its name and the words around it;
    a city name several countries share is placed in the first of ``countries`` (those
    the article names) that has one."""
    text = span.text
    if org is not None:
        coded = org
        if gazetteer.is_generic_body(text):
            # The words before it say whose it is: "the Ivory Coast's Supreme Court".
            coded = gazetteer.code_phrase(_noun_phrase(span.root).text) or org
        elif gazetteer.ambiguity(text) is not None:
            coded = _borne_in(span, coded)
        draft.set_code(coded.code, coded.country, coded.sector)
        return
    country = gazetteer.country_of(text)
    place = geocode(text, countries) if country is None and draft.kind == "place" else None
    if country is not None:
        draft.set_code(country, country, None)
    elif place is not None and place.country is not None:
        draft.set_code(place.country, place.country, None)
    elif draft.kind != "place":
        _code_words(draft, [*_context(span), span])
    elif (named := gazetteer.code_phrase(text)) is not None:
        draft.set_code(named.code, named.country, named.sector)


def _borne_in(span: Span, org: gazetteer.ActorCode) -> gazetteer.ActorCode:
    """``org``, a party, legislature or court name the lists say bodies elsewhere bear
    too, as the body of the one other state a country word before it in its phrase names:
    "the Albanian opposition Democratic Party", "Albania's Democratic Party"."""
    if org.sector not in BORNE_ELSEWHERE_SECTORS:
        return org  # "the Pakistan-backed Taliban" are still the Afghan Taliban
    doc = span.doc
    before = doc[_noun_phrase(span.root).start : span.start]
    # Not a country word joined to another by a hyphen ("a US-backed party").
    named = [ent for ent in before.ents if ent.end >= len(doc) or doc[ent.end].text != "-"]
    states = {c for ent in named for c in gazetteer.countries_named(ent.text)}
    if len(states) != 1 or org.country in states:
        return org
    (state,) = states
    return replace(org, code=state + (org.sector or ""), country=state)


def _body_phrase(token: Token) -> Span:
    """A body's words: the head noun and the modifiers before it, no article."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].head.i == token.i and doc[start - 1].dep_ in _MODIFIER_DEPS:
        start -= 1
    return _trim(doc[start : token.i + 1])


def _add_bodies(index: ActorIndex) -> None:
    """Bodies the text names with common nouns ("the interior ministry said", "police
    fired"), as actors, so that "it" and "they" can refer to them and events can
    carry them. A definite later mention ("the ministry") is the same body."""
    latest: dict[str, ActorDraft] = {}  # head lemma -> the body it last named
    for tok in index.tokens:
        if (
            tok.pos_ != "NOUN"
            or tok.dep_ not in SUBJECT_DEPS
            or tok.i in index.quoted
            or index.actor_of(tok) is not None
            or not gazetteer.is_body_word(tok.lemma_)
        ):
            continue
        span = _body_phrase(tok)
        lemma = tok.lemma_.lower()
        same = latest.get(lemma)
        definite = any(c.lower_ in DEFINITE for c in tok.lefts)
        if same is not None and (definite or same.name == span.text):
            index.add_mention(same, span)
            continue
        draft = index.new(span.text, "group" if tok.tag_ == "NNS" else "organisation")
        latest[lemma] = draft
        _code_words(draft, [_noun_phrase(tok)])
        index.add_mention(draft, span)


def _code_from_predicates(index: ActorIndex) -> None:
    """Code a person from a predicate noun: "he became the US secretary of state".

    Runs after :meth:`ActorIndex.resolve_pronouns`, so a pronoun subject is looked up.
    """
    doc = index.doc
    for tok in index.tokens:
        if tok.lemma_ not in COPULAS:
            continue
        if tok.i in index.quoted or any(c.dep_ == "neg" for c in tok.children):
            # Someone's claim ('"He is ISIS's best recruiter," she said') or a denial
            # ("he is not a member of the party") says nothing the article stands by.
            continue
        subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
        attr = next((c for c in tok.children if c.dep_ in {"attr", "acomp"}), None)
        if subj is None or attr is None:
            continue
        draft = index.actor_of(subj) or index.pronouns.get(subj.i)
        if draft is None or draft.kind != "person":
            continue
        phrase = doc[attr.left_edge.i : min(attr.right_edge.i + 1, attr.i + MAX_PHRASE_TOKENS)].text
        coded = gazetteer.code_phrase(phrase)
        if coded is not None and coded.sector is not None:
            draft.set_code(coded.code, coded.country, coded.sector)
            draft.role = draft.role or gazetteer.role_phrase(phrase)
