"""An event's modality (asserted, intended, hypothetical) and its negation, read from
the trigger's modifiers, auxiliaries, markers, negators and governing verbs up its chain
of clauses (``resources/modality.tsv``), stopping at a reporting verb: "did not say
that X attacked" does not negate the attack."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.event_scope import Scope
from eventwire.extract.mentions import (
    to_infinitive,
)
from eventwire.extract.modality import ModalityLexicon
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


def modality_of(scope: Scope, tok: Token) -> tuple[Modality, set[str]]:
    """The modality and the set of effects ("negated", "intended", "refused" for a
    negating governor such as "refused to") from a noun's modifiers, auxiliaries,
    governing words, markers and negators, up the trigger's chain of governing clauses
    until a reporting verb: "did not say that X attacked" does not negate the attack."""
    lex = scope.lexicons.modality
    # "a *proposed* ban", "the *planned* visit": the noun names an act not (yet) done.
    effects = {
        e
        for c in tok.children
        if tok.pos_ == "NOUN" and c.dep_ == "amod" and (e := lex.effect(c.lower_, "modifier"))
    }
    node = _light_anchor(scope, tok)
    reported = False
    # Coming up from a conjunct, the verb it is joined to does not govern it ("declined
    # to comment and defended the ad" refuses only the comment), and a conjunct with
    # a subject or auxiliary of its own shares none of that verb's words but its marker
    # ("is not against anyone, but will vote for him"); both share what governs the pair.
    coordinated = own_clause = questioned = False
    for depth in range(4):
        level = set()
        for child in node.children:
            role = ROLE_OF_DEP.get(child.dep_)
            if own_clause and role != "mark":
                continue  # "whether it came from X or was fired": the marker is shared
            if role is None and depth > 0 and child.dep_ == "det":
                role = "neg"  # "there is no way we will ..."
            # norm_ folds "wo"/"’ll" to "will" and "n’t" to "not".
            if role and (e := lex.effect(child.norm_, role) or lex.effect(child.lower_, role)):
                level.add(e)
        if depth > 0 and not coordinated and (e := _governor_effect(lex, node)):
            level |= {e, "refused"} if e == "negated" else {e}
        if questioned:
            # "did not know whether X would endorse him", "will decide whether to meet":
            # the negation or intention is of the knowing or deciding; the act stays open.
            level &= {"hypothetical"}
        effects |= level
        questioned = questioned or any(
            c.dep_ == "mark" and lex.effect(c.lower_, "mark") == "hypothetical"
            for c in node.children
        )
        if not governed_clause(node) or node.head.i == node.i:
            break
        coordinated, own_clause = node.dep_ == "conj", _own_clause(node)
        node = node.head
        if scope.lexicons.reporting.is_cue(node.lemma_):
            # "calls for X to withdraw" asks for it; "said that X withdrew" only reports.
            if lex.effect(node.lemma_, "governor") == "hypothetical":
                effects.add("hypothetical")
            reported = True
            break
    if "conditional" in effects:
        effects.add("intended" if reported else "hypothetical")
    modality: Modality = "asserted"
    if "hypothetical" in effects and "intended" not in effects:
        modality = "hypothetical"
    elif "intended" in effects:
        modality = "intended"
    return modality, effects


def _governor_effect(lex: ModalityLexicon, verb: Token) -> str | None:
    """What governing ``verb`` makes of the act it governs: its passive effect where it
    is passive and has one ("is expected to meet" predicts, "expects to meet" intends),
    else its own."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return (passive and lex.effect(verb.lemma_, "passive")) or lex.effect(verb.lemma_, "governor")


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
    """Where a noun trigger's modality is read: the light verb it is the object of."""
    if tok.pos_ == "NOUN":
        return light_head(tok, scope.lexicons.rules) or tok
    return tok
