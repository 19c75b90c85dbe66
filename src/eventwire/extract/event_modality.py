"""An event's modality (asserted, intended, hypothetical) and its negation, read from
the trigger's modifiers, auxiliaries, markers, negators and governing verbs up its chain
of clauses (``resources/modality.tsv``), stopping at a reporting verb: "did not say
that X attacked" does not negate the attack. A negated verb of excluding leaves the act
open ("has not ruled out a strike": hypothetical, not negated); an attempt ("tried to
arrest") and a purpose not yet reached ("are being deployed to disarm") are intended."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.actors import SUBJECT_DEPS
from eventwire.extract.event_scope import Scope, undergoing_verb_of
from eventwire.extract.mentions import (
    to_infinitive,
)
from eventwire.extract.modality import ModalityLexicon, excluded_by
from eventwire.extract.participants import (
    light_head,
)
from eventwire.models import Modality

# Dependencies along which a clause's modality is read from the clauses governing it.
MODALITY_CHAIN_DEPS = frozenset({"xcomp", "ccomp", "relcl", "acl", "conj", "acomp"})
# Verb tags of a finite verb, which cannot share another verb's auxiliary.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# The modality lexicon's role of a dependent, by its dependency.
ROLE_OF_DEP = {"aux": "aux", "auxpass": "aux", "neg": "neg", "mark": "mark"}
# The effects that make an act not asserted; the one nearest the act wins.
MODAL_EFFECTS = ("intended", "hypothetical", "conditional", "aimed")
# Tags of a verb governing its "to" infinitive as an obligation not yet met ("has to").
OBLIGATION_TAGS = frozenset({"VB", "VBZ", "VBP"})
# How many clauses up the chain a governing word is looked for.
MAX_CHAIN = 6
# Tags of a question word opening a clause ("asked *why* X withdrew").
WH_TAGS = frozenset({"WRB", "WP"})
# Dependencies of a participle with no auxiliary that is a reduced passive ("Obama,
# *expected* to visit ...", "with both *expected* to visit").
REDUCED_PASSIVE_DEPS = frozenset({"acl", "advcl", "pcomp"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})


def modality_of(scope: Scope, tok: Token) -> tuple[Modality, set[str]]:
    """The modality and the set of effects ("negated", "intended", "refused" for a
    negating governor such as "refused to", "tried" for an attempt made) from a noun's
    modifiers, auxiliaries, governing words, markers and negators, up the trigger's chain
    of governing clauses until a reporting verb: "did not say that X attacked" does not
    negate the attack.
    The nearest word that makes the act intended or hypothetical sets the modality:
    "will ask Syria to withdraw" asks for the withdrawal, which is no one's intention."""
    lex = scope.lexicons.modality
    node = _light_anchor(scope, tok)
    # "a *proposed* ban", "the *planned* visit": the noun names an act not (yet) done.
    found = [
        e
        for c in tok.children
        if tok.pos_ == "NOUN" and c.dep_ == "amod" and (e := lex.effect(c.lower_, "modifier"))
    ]
    if found and _carried_out(scope, tok, node):
        found = []  # "*mounted* its threatened incursion": threatened then, done now
    if contrast := _contrast_effect(lex, tok):
        found.append(contrast)  # "boycotted the talks *instead of negotiating*"
    if tok.pos_ == "NOUN" and _negating_det(lex, tok):
        found.append("negated")  # "made *no* arrests", "there was *no* attack"
    if _negated_subject(lex, node):
        found.append("negated")  # "*no one* was arrested", "*nobody* attacked"
    reported = False
    # Coming up from a conjunct, the verb it is joined to does not govern it ("declined
    # to comment and defended the ad" refuses only the comment), and a conjunct with
    # a subject or auxiliary of its own shares none of that verb's words but its marker
    # ("is not against anyone, but will vote for him"); both share what governs the pair.
    coordinated = own_clause = questioned = opened = purposed = False
    clause = node  # the clause the current node governs, from depth 1 on
    for depth in range(MAX_CHAIN):
        # A clause's marker is on all of it ("if Israel agreed to stop"), the governing
        # word's effect on the act it governs, its auxiliaries on the governing act.
        level = _marker_effects(lex, node)
        if _yes_no_question(node):
            level.append("hypothetical")  # "*Will* Kenya attack Somalia?"
        e = _governing_effect(lex, node, clause) if depth > 0 and not coordinated else None
        if e == "aimed":
            purposed = True  # "could *try* to require": an attempt is as real as its head
            if _past(_tensed(node)):
                level.append("tried")  # "tried to arrest them on Friday": dated as past
        elif e:
            level += [e, "refused"] if e == "negated" else [e]
        for child in node.children:
            role = ROLE_OF_DEP.get(child.dep_)
            if role == "mark" or own_clause:
                continue  # "whether it came from X or was fired": only the marker is shared
            if role == "neg" and opened:
                continue  # "has *not* ruled out a strike": the strike is left open, not denied
            if role == "aux" and _contracted_had(child):
                continue  # "I*'d* gone there": the past "had", no "would"
            if role is None and depth > 0 and child.dep_ == "det":
                role = "neg"  # "there is no way we will ..."
            # norm_ folds "wo"/"’ll" to "will" and "n’t" to "not".
            if role and (e := lex.effect(child.norm_, role) or lex.effect(child.lower_, role)):
                level.append(e)
            elif e := _negated_adverb_effect(lex, child):
                level.append(e)  # "*no longer* supports the rebels"
        if questioned:
            # "did not know whether X would endorse him", "will decide whether to meet":
            # the negation or intention is of the knowing or deciding; the act stays open.
            level = [e for e in level if e == "hypothetical"]
        found += level
        questioned = questioned or "hypothetical" in _marker_effects(lex, node)
        opening = excluded_by(lex, node)
        if not (governed_clause(node) or opening) or node.head.i == node.i:
            break
        coordinated, own_clause = node.dep_ == "conj", _own_clause(node)
        clause, node = node, node.head
        opened = opening is not None
        if opening is not None:
            # "has not ruled out that the US will strike": left open is all it says.
            found.insert(0, opening)
        else:
            purposed = purposed or _purpose_clause(lex, clause)
        if _denied_noun(lex, node, clause):
            found.append("negated")  # "denied *reports* that its troops attacked"
        if coordinated or to_infinitive(clause) or clause.dep_ == "xcomp":
            # A verb of saying joined to the act ("called for calm and *vowed* ...") or
            # governing its infinitive ("vowed *to form*", "urged them *to leave*") is
            # a governor like any other: only a clause it states is reported.
            continue
        if scope.lexicons.reporting.is_cue(node.lemma_):
            if e := _reported_effect(lex, node, clause):
                found.append(e)
            reported = True
            break
    if purposed:
        # "are being deployed *to disarm* the militias", "tried to arrest": not done yet.
        # Farthest of all: a purpose or an attempt is as real as the act it is for or
        # the trying ("could use the decree *to detain*", "could try to require").
        found.append("aimed")
    return _modality(found, reported), _effects(found, reported)


def _modality(found: list[str], reported: bool) -> Modality:
    """The modality the nearest modal effect in ``found`` gives: "would" is the future
    of the past where reported ("said it would boycott") and a supposition otherwise."""
    nearest = next((e for e in found if e in MODAL_EFFECTS), None)
    if nearest == "conditional":
        return "intended" if reported else "hypothetical"
    if nearest in {"intended", "aimed"}:
        return "intended"
    return "hypothetical" if nearest == "hypothetical" else "asserted"


def _effects(found: list[str], reported: bool) -> set[str]:
    """The effects of ``found`` with only the winning modal one kept ("intended" where
    it wins, so that a negated intention is a refusal), and "aimed" with it where that
    is what wins: an act set out on, which no statement makes a threat or a refusal."""
    modality = _modality(found, reported)
    effects = {e for e in found if e not in MODAL_EFFECTS}
    if next((e for e in found if e in MODAL_EFFECTS), None) == "aimed":
        effects.add("aimed")
    return effects | {modality} if modality != "asserted" else effects


def _marker_effects(lex: ModalityLexicon, clause: Token) -> list[str]:
    """The effects of the subordinating words opening ``clause`` ("*if* they attack")."""
    return [e for c in clause.children if c.dep_ == "mark" and (e := lex.effect(c.lower_, "mark"))]


def _contracted_had(aux: Token) -> bool:
    """Is the contracted auxiliary "'d" the past "had" ("I'd gone"), not "would" ("I'd
    go", "I'd have gone")? It is "had" before a participle (or a past tense the tagger
    took for one: "who'd *endorsed*") with no "have" of its own."""
    verb = aux.head
    return (
        aux.lower_.replace("’", "'") == "'d"
        and verb.tag_ in PARTICIPLE_TAGS
        and not any(c.lemma_.lower() == "have" and c.i != aux.i for c in verb.children)
    )


def _negated_adverb_effect(lex: ModalityLexicon, adverb: Token) -> str | None:
    """The effect of an adverb with a negator of its own ("*no longer* supports")."""
    if adverb.dep_ != "advmod":
        return None
    negator = next((c for c in adverb.children if c.dep_ == "neg"), None)
    return None if negator is None else lex.effect(f"{negator.lower_} {adverb.lower_}", "neg")


def _purpose_clause(lex: ModalityLexicon, clause: Token) -> bool:
    """Is ``clause`` an infinitive of purpose that has not happened yet: an adverbial
    infinitive with no subject of its own on an act not in the past ("are being deployed
    *to disarm* the militias", "will fly to Cairo *to meet* him")? On a past act it most
    often says what was done ("walked out *to protest*", "took to Twitter *to complain*"),
    and a governing word's own effect says what its infinitive is ("have sworn to fight")."""
    head = clause.head
    if clause.dep_ != "advcl" or not to_infinitive(clause):
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in clause.children) or _past(_tensed(head)):
        return False
    return not (_governor_effect(lex, head) or lex.effect(head.lemma_, "passive"))


def _tensed(verb: Token) -> Token:
    """The verb whose tense ``verb``'s clause has: ``verb`` itself when finite or with an
    auxiliary, else the verb its participle or infinitive hangs on, through a preposition
    ("after *paying* $5 million to buy" is as past as "*launched*")."""
    node = verb
    for _ in range(MAX_CHAIN):
        if node.tag_ in FINITE_TAGS or any(c.dep_ in {"aux", "auxpass"} for c in node.children):
            return node
        head = node.head.head if node.head.pos_ == "ADP" else node.head
        if head.i == node.i or head.pos_ not in {"VERB", "AUX"}:
            return node
        node = head
    return node


def _carried_out(scope: Scope, noun: Token, light: Token) -> bool:
    """Does the light verb ``light`` carry out in the past the act its object ``noun``
    names ("*launched* the planned offensive", "has *mounted* its threatened
    incursion")? A modifier that called the act planned, promised or threatened then no
    longer holds: it was done. Not a verb of saying or of governing an act it does not do
    itself ("*announced* its planned visit", "*ordered* the promised withdrawal")."""
    if light.i == noun.i or light.pos_ != "VERB" or not _past(_tensed(light)):
        return False
    lemma = light.lemma_.lower()
    lex = scope.lexicons.modality
    return not (scope.lexicons.reporting.is_cue(lemma) or lex.effect(lemma, "governor"))


def _past(verb: Token) -> bool:
    """Is ``verb`` in a past or perfect tense ("walked", "were sent", "have taken")?"""
    if verb.tag_ == "VBD":
        return True
    return any(
        c.dep_ in {"aux", "auxpass"} and (c.tag_ == "VBD" or c.lemma_.lower() == "have")
        for c in verb.children
    )


def _denied_noun(lex: ModalityLexicon, noun: Token, clause: Token) -> bool:
    """Is ``noun`` a claim that the finite ``clause`` states, denied by the verb it is
    the object of ("*denied* reports that X attacked", "*rejected* claims X fled")? Not a
    proposal turned down ("rejected his bid to visit": the visit was his to make)."""
    verb = noun.head
    return (
        noun.pos_ == "NOUN"
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
        and not to_infinitive(clause)
        and noun.dep_ == "dobj"
        and lex.effect(verb.lemma_, "governor") == "negated"
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def _negating_det(lex: ModalityLexicon, noun: Token) -> bool:
    """Does a negating determiner quantify ``noun`` ("*no* arrests")?"""
    return any(c.dep_ == "det" and lex.effect(c.lower_, "neg") for c in noun.children)


def _negated_subject(lex: ModalityLexicon, verb: Token) -> bool:
    """Is ``verb``'s subject no one: a negating pronoun ("*nobody* attacked") or a noun
    a negating determiner quantifies ("*no* soldier was hurt")?"""
    return any(
        c.dep_ in SUBJECT_DEPS and (lex.effect(c.lower_, "neg") or _negating_det(lex, c))
        for c in verb.children
    )


def _yes_no_question(verb: Token) -> bool:
    """Does ``verb``'s clause ask whether the act happens: an auxiliary before its
    subject, in a sentence ending in a question mark ("*Will* Kenya attack Somalia?")?
    A question word asks about an act taken as done ("*Why* did Kenya attack?"). The
    subject is the last one: a name addressed before the question may be parsed as one
    too ("Senator, *will* you resign?")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or not verb.sent.text.rstrip().endswith("?"):
        return False
    if any(c.tag_ in WH_TAGS for c in verb.children):
        return False
    return any(c.dep_ in {"aux", "auxpass"} and c.i < subjects[-1].i for c in verb.children)


def _reported_effect(lex: ModalityLexicon, verb: Token, clause: Token) -> str | None:
    """What a reporting ``verb`` makes of the ``clause`` it states: "calls for X to
    withdraw" and "demanded that X withdraw" ask for it, "denied that its troops
    attacked" negates it; "said that X withdrew" and a question ("asked *why* X
    withdrew") only report it, and "did not deny that X attacked" negates nothing."""
    effect = lex.effect(verb.lemma_, "governor")
    if effect == "hypothetical" and not any(c.tag_ in WH_TAGS for c in clause.children):
        return effect
    if effect == "negated" and not any(c.dep_ == "neg" for c in verb.children):
        return effect
    return None


def _contrast_effect(lex: ModalityLexicon, tok: Token) -> str | None:
    """The effect of a contrast that sets ``tok`` aside ("*instead of* negotiating",
    "boycotted *rather than* negotiate"): the phrase of an adverb and the preposition
    or conjunction it modifies, which governs ``tok`` or joins it to its head."""
    if tok.dep_ == "pcomp":
        link: Token | None = tok.head
    elif tok.dep_ == "conj":
        link = next((c for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i), None)
    else:
        return None
    if link is None:
        return None
    adverb = next((c for c in link.children if c.dep_ == "advmod"), None)
    return None if adverb is None else lex.effect(f"{adverb.lower_} {link.lower_}", "contrast")


def _governing_effect(lex: ModalityLexicon, verb: Token, clause: Token) -> str | None:
    """What ``verb`` makes of the ``clause`` it governs: its own effect as a governor,
    as one of a gerund only ("*stopped* cooperating"), or as one of its "to" infinitive
    only, in the present or after a modal ("*has to* pay", "will *have to* pay"; not
    "*had to* pay", "has *had to* pay", "*having to* defend", which most often were done)."""
    if effect := _governor_effect(lex, verb):
        return effect
    if clause.tag_ == "VBG" and (effect := lex.effect(f"{verb.lemma_.lower()} ing", "governor")):
        return effect  # "stopped cooperating"
    if verb.tag_ not in OBLIGATION_TAGS or clause.dep_ != "xcomp" or not to_infinitive(clause):
        return None
    return lex.effect(f"{verb.lemma_.lower()} to", "governor")


def _governor_effect(lex: ModalityLexicon, verb: Token) -> str | None:
    """What governing ``verb`` makes of the act it governs: its passive effect where it
    is passive and has one ("is expected to meet" predicts, "expects to meet" intends),
    else its own."""
    passive = any(c.dep_ == "auxpass" for c in verb.children) or _reduced_passive(verb)
    if passive and (effect := lex.effect(verb.lemma_, "passive")):
        return effect
    return lex.effect(verb.lemma_, "governor") or lex.effect(verb.lower_, "governor")


def _reduced_passive(verb: Token) -> bool:
    """Is ``verb`` a past participle standing as a passive with no auxiliary ("Obama,
    *expected* to visit Ohio")?"""
    return (
        verb.tag_ in PARTICIPLE_TAGS
        and verb.dep_ in REDUCED_PASSIVE_DEPS
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


def _own_clause(node: Token) -> bool:
    """Is ``node`` a conjunct with its own subject or auxiliary, a clause of its own that
    shares nothing with the one it is joined to ("is not against anyone, but *will vote*
    for him": the vote is not negated)?"""
    if node.dep_ != "conj":
        return False
    # A finite verb joined to a bare one ("did not attack and *withdrew*") cannot share
    # its auxiliary: it carries its own tense and negation.
    finite = node.tag_ in FINITE_TAGS and node.head.tag_ == "VB"
    return finite or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in node.children)


def governed_clause(node: Token) -> bool:
    """Does ``node``'s clause take its modality from its head: a complement, or an
    infinitive the parser hung as an adverbial clause ("have sworn to fight")?"""
    if node.dep_ in MODALITY_CHAIN_DEPS:
        return True
    return node.dep_ == "advcl" and to_infinitive(node)


def _light_anchor(scope: Scope, tok: Token) -> Token:
    """Where a noun trigger's modality is read: the light verb it is the object of, or
    the verb whose subject undergoes it ("has not *received* an endorsement from X")."""
    if tok.pos_ != "NOUN":
        return tok
    return light_head(tok, scope.lexicons.rules) or undergoing_verb_of(scope, tok) or tok
