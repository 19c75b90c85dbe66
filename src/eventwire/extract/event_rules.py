"""The event coder's own rules as data: how an intended, threatened, refused or demanded
act is recoded (``resources/event_recoding.tsv``), what a trigger's object makes of it
(``resources/trigger_objects.tsv``: "violate a ceasefire" is 196), which verbs are light
verbs whose object noun names the event (``resources/light_verbs.tsv``), which words
count members of a group (``resources/partitives.tsv``: "thousands of protesters"), and
which words of armed force tell an armed attack from one in words
(``resources/force_words.tsv``), which words make a fight a political contest
(``resources/political_contests.tsv``), and which triggers have a sense the parse tells apart
(``resources/trigger_senses.tsv``:
"helped ensure" helps no one)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from eventwire.extract.lexicon import PLOVER_TYPES, ROOT_TYPES
from eventwire.extract.tsv import resource_error, tsv_rows

RECODING = "resources/event_recoding.tsv"
LIGHT_VERBS = "resources/light_verbs.tsv"
OBJECTS = "resources/trigger_objects.tsv"
PARTITIVES = "resources/partitives.tsv"
SENSES = "resources/trigger_senses.tsv"
FORCE_WORDS = "resources/force_words.tsv"
CONTESTS = "resources/political_contests.tsv"
RECODING_COLUMNS = ("rule", "from", "cameo", "plover", "mode", "note")
OBJECT_COLUMNS = ("lemma", "object", "cameo", "plover", "mode", "note")
LIGHT_COLUMNS = ("lemma", "note")
PARTITIVE_COLUMNS = ("word", "note")
SENSE_COLUMNS = ("lemma", "test", "note")
FORCE_COLUMNS = ("lemma", "kind")
# The kind of force word (force_words.tsv) that names a weapon or an explosive.
WEAPON_KIND = "weapon"
CONTEST_COLUMNS = ("lemma", "role", "note")
# What a word of political_contests.tsv says: a word for a contest, what is fought for,
# or what kind of contest.
CONTEST_ROLES = frozenset({"contest", "stake", "kind"})
# The parse tests a trigger's sense may need (event_scope.wrong_sense says what each does).
SENSE_TESTS = frozenset(
    {
        "party",
        "forecast",
        "falls",
        "intransitive",
        "opinion",
        "verbal",
        "state",
        "exchange",
        "struggle",
        "nominal",
        "visitor",
        "ballot",
        "campaign",
        "doer",
        "counterpart",
        "plea",
        "electorate",
        "recognition",
        "guest",
        "forceful",
        "sending",
        "stative",
    }
)
# The test of verbs whose object is what they send (participants.TargetFinder.target).
SENDING_TEST = "sending"
# The test of verbs whose passive with "to" is a state of its subject ("is opposed to
# X": the subject opposes X; participants._stative_passive).
STATIVE_TEST = "stative"
# The tests of attacks that may be in words (event_codes.verbal_attack).
VERBAL_TESTS = frozenset({"verbal", "struggle"})
RULES = frozenset(
    {
        "intent",
        "threat",
        "refusal",
        "accede",
        "appeal",
        "obligation",
        "verbal",
        "forceful",
        "deploy",
    }
)
ANY = "*"
NONE = "-"
# The object key of any person ("joined *Kim*", "was joined by X" done to *Pompeo*): a
# row with it says what the lemma is when done to a person rather than to a body or thing.
PERSON = "<person>"
# The object key of a place named by its name ("returned *the Sinai* to Egypt", "returned
# *Hong Kong*"): a row with it says what the lemma is when done to a named territory.
PLACE = "<place>"
# The object key of a verb with no object ("Mr X *charged*", "undertook to withdraw"): a
# row with it says what the lemma is used on its own.
NO_OBJECT = "<none>"
# The object key of a verb governing a clause of what is said ("protested *that* the
# police ...", "the police are lying, X *charged*"): the verb reports words, and a row with
# it says what act such words are.
SAYS = "<says>"
ERROR_CODE = "E115"
_CAMEO = re.compile(r"\d{2,4}")


@dataclass(frozen=True, slots=True)
class Recoding:
    """One row: acts whose code starts with ``prefix`` become ``cameo`` under ``rule``."""

    rule: str
    prefix: str
    cameo: str
    plover: str
    mode: str | None
    note: str


@dataclass(frozen=True, slots=True)
class ObjectCode:
    """One row of trigger_objects.tsv: ``lemma`` acting on ``object`` is ``cameo``."""

    lemma: str
    object: str
    cameo: str
    plover: str
    mode: str | None
    note: str

    @property
    def has_code(self) -> bool:
        """Does the row give a code? The object ``*`` and objects that make the lemma no
        event ("deliver a speech") have none."""
        return self.cameo != NONE


@dataclass(frozen=True, slots=True)
class EventRules:
    """The recoding table, by rule and prefix, the codes by object, and the light verbs."""

    recodings: dict[tuple[str, str], Recoding]
    light_verbs: frozenset[str]
    objects: dict[tuple[str, str], ObjectCode]
    partitives: frozenset[str] = frozenset()
    object_lemmas: frozenset[str] = frozenset()
    senses: dict[str, str] = field(default_factory=dict)  # lemma -> its parse test
    force_words: frozenset[str] = frozenset()  # lemmas of weapons, casualties, armed men
    # Lemmas that make a fight a political contest: the words for a contest ("fight",
    # "battle"), what it is for ("the nomination"), and the modifiers of its kind
    # ("primary").
    contest_words: frozenset[str] = frozenset()
    contest_stakes: frozenset[str] = frozenset()
    contest_kinds: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()  # the force words that name a weapon

    def is_force_word(self, lemma: str) -> bool:
        """Is ``lemma`` a word of armed force ("bomb", "killed", "troops")?"""
        return lemma.lower() in self.force_words

    def is_weapon(self, lemma: str) -> bool:
        """Is ``lemma`` a word for a weapon or an explosive ("bomb", "mine", "explosive")?"""
        return lemma.lower() in self.weapons

    def is_contest(self, lemma: str) -> bool:
        """Is ``lemma`` a word for a contest that may be political ("fight", "battle")?"""
        return lemma.lower() in self.contest_words

    def is_contest_stake(self, lemma: str) -> bool:
        """Is ``lemma`` something a political contest is fought for ("the nomination")?"""
        return lemma.lower() in self.contest_stakes

    def is_contest_kind(self, lemma: str) -> bool:
        """Does the modifier ``lemma`` make a fight a political, legal or business
        contest ("a primary battle", "a legal fight")?"""
        return lemma.lower() in self.contest_kinds

    def is_partitive(self, word: str) -> bool:
        """Does ``word`` count or single out members of a group ("thousands of")?"""
        return word.lower() in self.partitives

    def object_key(self, lemma: str, prep: str | None) -> str:
        """The key a trigger's object rows are listed under: the lemma with its particle
        when the table lists that ("call off": the talks are halted, not held), else the
        lemma alone."""
        if prep and (key := f"{lemma} {prep}") in self.object_lemmas:
            return key
        return lemma

    def by_object(self, lemma: str, objects: list[str]) -> ObjectCode | None:
        """The code of ``lemma`` acting on the first of ``objects`` listed for it."""
        for word in objects:
            row = self.objects.get((lemma, word))
            if row is not None:
                return row
        return None

    def rules_out(self, lemma: str, objects: list[str]) -> bool:
        """Is ``lemma`` no event with these ``objects``: one of them is listed with no code
        ("deliver a speech"), or none is listed for a lemma that needs one?"""
        row = self.by_object(lemma, objects)
        if row is None:
            return self.needs_object(lemma)
        return not row.has_code

    def needs_object(self, lemma: str) -> bool:
        """Is ``lemma`` an event only with one of its listed objects ("test" a missile,
        not "test" a theory)? Marked in the table by the object ``*`` with no code."""
        return (lemma, ANY) in self.objects

    def recode(self, rule: str, cameo: str) -> Recoding | None:
        """The row of ``rule`` for an act coded ``cameo``: the longest matching prefix."""
        for length in range(len(cameo), 1, -1):
            row = self.recodings.get((rule, cameo[:length]))
            if row is not None:
                return row
        return self.recodings.get((rule, ANY))

    def sense_test(self, lemma: str) -> str | None:
        """The parse test that tells ``lemma``'s political sense from its others, if any
        ("party": "help" is aid only to a party helped)."""
        return self.senses.get(lemma.lower())

    def is_light(self, lemma: str) -> bool:
        """Is ``lemma`` a light verb ("hold" talks, "impose" sanctions)?"""
        return lemma.lower() in self.light_verbs


def _code_problem(cameo: str, plover: str) -> str | None:
    if not _CAMEO.fullmatch(cameo):
        return f"cameo must be 2-4 digits, got {cameo!r}"
    if plover not in PLOVER_TYPES:
        return f"unknown PLOVER type {plover!r}"
    if plover not in ROOT_TYPES.get(cameo[:2], frozenset()):
        return f"CAMEO {cameo} does not map to {plover}"
    return None


def _recoding(fields: list[str], origin: str, number: int) -> Recoding:
    rule, prefix, cameo, plover, mode, note = fields
    problem = None
    if rule not in RULES:
        problem = f"unknown rule {rule!r} (want one of {', '.join(sorted(RULES))})"
    elif prefix != ANY and not _CAMEO.fullmatch(prefix):
        problem = f"from must be a CAMEO code prefix or {ANY}, got {prefix!r}"
    else:
        problem = _code_problem(cameo, plover)
    if problem:
        raise resource_error(origin, number, problem, ERROR_CODE)
    return Recoding(rule, prefix, cameo, plover, mode or None, note)


def _object_code(fields: list[str], origin: str, number: int) -> ObjectCode:
    lemma, word, cameo, plover, mode, note = fields
    no_code = (cameo, plover, mode) == (NONE, NONE, NONE)
    if word == ANY and not no_code:
        # "test	*	-	-	-": only a listed object makes the lemma an event.
        message = f"object {ANY} marks a lemma that needs an object: give - as code"
        raise resource_error(origin, number, message, ERROR_CODE)
    # "deliver	speech	-	-	-": with this object the lemma is no event.
    problem = None if no_code else _code_problem(cameo, plover)
    if not lemma or not word or lemma != lemma.lower() or word != word.lower():
        problem = f"lemma and object must be lowercase and non-empty, got {lemma!r}, {word!r}"
    if problem:
        raise resource_error(origin, number, problem, ERROR_CODE)
    return ObjectCode(lemma, word, cameo, plover, None if no_code else mode or None, note)


def _senses(text: str) -> dict[str, str]:
    tests: dict[str, str] = {}
    for number, (lemma, test, _note) in tsv_rows(text, SENSES, SENSE_COLUMNS, ERROR_CODE):
        problem = None
        if test not in SENSE_TESTS:
            problem = f"unknown sense test {test!r} (want one of {', '.join(sorted(SENSE_TESTS))})"
        elif lemma in tests or not lemma or lemma != lemma.lower():
            problem = f"lemma {lemma!r} must be lowercase and listed once"
        if problem:
            raise resource_error(SENSES, number, problem, ERROR_CODE)
        tests[lemma] = test
    return tests


def parse_rules(
    recoding: str,
    light: str,
    objects: str = "",
    partitives: str = "",
    senses: str = "",
    force: str = "",
    contests: str = "",
) -> EventRules:
    """Parse and validate the seven files (all but ``recoding`` and ``light`` may be left
    out); errors (E115) name the file and the line."""
    rows: dict[tuple[str, str], Recoding] = {}
    for number, fields in tsv_rows(recoding, RECODING, RECODING_COLUMNS, ERROR_CODE):
        row = _recoding(fields, RECODING, number)
        if (row.rule, row.prefix) in rows:
            raise resource_error(
                RECODING, number, f"{row.rule} from {row.prefix} is listed twice", ERROR_CODE
            )
        rows[(row.rule, row.prefix)] = row
    verbs = {
        lemma.lower()
        for _, (lemma, _note) in tsv_rows(light, LIGHT_VERBS, LIGHT_COLUMNS, ERROR_CODE)
    }
    by_object: dict[tuple[str, str], ObjectCode] = {}
    if objects:
        for number, fields in tsv_rows(objects, OBJECTS, OBJECT_COLUMNS, ERROR_CODE):
            code = _object_code(fields, OBJECTS, number)
            if (code.lemma, code.object) in by_object:
                message = f"{code.lemma} + {code.object} is listed twice"
                raise resource_error(OBJECTS, number, message, ERROR_CODE)
            by_object[(code.lemma, code.object)] = code
    counting = frozenset(
        word.lower()
        for _, (word, _note) in (
            tsv_rows(partitives, PARTITIVES, PARTITIVE_COLUMNS, ERROR_CODE) if partitives else ()
        )
    )
    listed = frozenset(lemma for lemma, _ in by_object)
    tests = _senses(senses) if senses else {}
    kinds_of_force = {
        lemma.lower(): kind
        for _, (lemma, kind) in (
            tsv_rows(force, FORCE_WORDS, FORCE_COLUMNS, ERROR_CODE) if force else ()
        )
    }
    weapons = frozenset(w for w, kind in kinds_of_force.items() if kind == WEAPON_KIND)
    words, stakes, kinds = _contests(contests) if contests else (frozenset(),) * 3
    return EventRules(
        rows,
        frozenset(verbs),
        by_object,
        counting,
        listed,
        tests,
        frozenset(kinds_of_force),
        words,
        stakes,
        kinds,
        weapons,
    )


def _contests(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words for contests, their stakes and their kinds, from political_contests.tsv."""
    by_role: dict[str, set[str]] = {role: set() for role in CONTEST_ROLES}
    for number, (lemma, role, _note) in tsv_rows(text, CONTESTS, CONTEST_COLUMNS, ERROR_CODE):
        if role not in CONTEST_ROLES:
            raise resource_error(CONTESTS, number, f"unknown role {role!r}", ERROR_CODE)
        if lemma.lower() in by_role[role]:
            raise resource_error(CONTESTS, number, f"{lemma} {role} is listed twice", ERROR_CODE)
        by_role[role].add(lemma.lower())
    return frozenset(by_role["contest"]), frozenset(by_role["stake"]), frozenset(by_role["kind"])


@cache
def load_event_rules() -> EventRules:
    """The packaged recoding table and light verbs (loaded once)."""
    files = resources.files("eventwire")
    return parse_rules(
        files.joinpath(RECODING).read_text("utf-8"),
        files.joinpath(LIGHT_VERBS).read_text("utf-8"),
        files.joinpath(OBJECTS).read_text("utf-8"),
        files.joinpath(PARTITIVES).read_text("utf-8"),
        files.joinpath(SENSES).read_text("utf-8"),
        files.joinpath(FORCE_WORDS).read_text("utf-8"),
        files.joinpath(CONTESTS).read_text("utf-8"),
    )
