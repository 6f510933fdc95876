"""The ordinary words the name rules took in a note written in another language.

The name rules read a word that the English lists do not know as a possible name. In
a note written in another language (note_language.py) that took its ordinary words:
`les`, `mère`, `fait tout` and `están acosando` typed in lower case, `Les` and `Não`
opening a sentence, every capitalised German noun (`Mutter`, `Hebamme`,
`Schuldenberatung`), and in Spanish, French and Italian the frequent words opening a
sentence after a full stop (`Atelier couture`, `Colloquio breve`; lexicon.other_words,
wordfreq's lists less every listed or Faker name and place). Those spans are dropped
here, and only those. Two hostile reviews (session 24) showed the first drafts letting
names and towns through, so a span stays when

* a word of it is a listed first name or place (`lucía`, `kassel`, `setúbal`);
* a title or a word for a relative or partner stands just before it (`novio iván`,
  `si jenny`, `mrs tan`, `ihr freund tobias`);
* it opens a sentence and is the same word as a span kept elsewhere in the note
  ("Séance avec Sandrine. Sandrine dit…"), or a Turkish title follows it (`Mehmet
  bey`);
* in German, a title opens it (`Frau Morgen`, `Familie Krebs`, `Dr. Kopf`), a word of
  it is a listed surname or place that german_words does not hold as always a noun
  (`Krebs`, `Essen`, `Zug`), a place's preposition stands before a noun known only by
  its ending (`in Grafschaft`), or it names a body (`Stiftung Hoffnung`, `Haus der
  Hoffnung`).
"""

from __future__ import annotations

import re

from . import german_words, note_language
from .lexicon import lexicon, other_words, plain_letters
from .model import Span
from .resolve import KNOWN
from .wordlist import wordlist

_WORDY = ("NAME", "LOCATION", "ORG")

# titles and words for relatives and partners in the languages note_language reads,
# after which a lower-case word is a person ("mi hermana lucía", "son copain kevin")
_PERSON_BEFORE = frozenset(
    wordlist(
        "mr mrs ms miss dr sr sra srta don doña dona mme mlle m monsieur madame signora",
        "signor sig frau herr herrn pani pan pak bu ibu bapak ate kuya tita tito lola lolo",
        "si ni kay sina nina hermana hermano hija hijo madre padre novio novia esposo esposa",
        "marido mujer pareja ex primo prima tía tío tia tio abuela abuelo amiga amigo",
        "irmã irmão filha filho mãe pai namorado namorada companheiro companheira",
        "fille fils mère père frère sœur soeur copain copine mari femme ami amie cousin",
        "cousine tante oncle ragazzo ragazza figlio figlia fratello sorella marito moglie",
        "amico amica madre padre zio zia nonna nonno freund freundin sohn tochter bruder",
        "schwester mann mutter vater onkel tante oma opa cousine zoon dochter broer zus",
        "vriend vriendin moeder vader man vrouw søn datter bror søster mor far mand kone",
        "sønn dotter syster make maka mąż żona syn córka brat siostra chłopak dziewczyna",
        # Turkish (the dotless i written as an escape)
        "oğlu k\u0131z\u0131 kocas\u0131 kar\u0131s\u0131 annesi babas\u0131 abisi ablas\u0131",
        "anak suami istri kakak adik",
        "teman pacar asawa anak kapatid nanay tatay",
    )
)
_GERMAN_TITLES = frozenset(["frau", "herr", "herrn", "dr", "familie", "fam", "prof"])
_PLACE_BEFORE = frozenset(["in", "nach", "aus", "bei", "von"])
_WORD = re.compile(r"[^\W\d_]+")
_PARTS = re.compile(r"[^\W\d_]+|\d+")


def kept(text: str, found: list[Span]) -> list[Span]:
    """``found`` without the spans described in the module docstring."""
    wordy = [sp for sp in found if sp.category in _WORDY and sp.source not in KNOWN]
    lower = [sp for sp in wordy if _lower_words(text, sp)]
    small = [sp for sp in wordy if note_language.small_word(text[sp.start : sp.end].lower())]
    if not lower and not small and not (wordy and any(w in text for w in _HINTS)):
        return found  # (most notes: reading the language costs a look-up a word)
    lang = note_language.language(text)
    if lang == "en":
        return found
    smalls = note_language.small_words(lang)
    dropped = {id(sp) for sp in lower if _plain_lower(text, sp)}
    dropped.update(id(sp) for sp in small if text[sp.start : sp.end].lower() in smalls)
    # German writes every noun with a capital; the others only a sentence's first word
    common = [
        sp
        for sp in wordy
        if id(sp) not in dropped
        and (lang == "de" or _opens_sentence(text, sp.start))
        and _common_words(text, sp, lang)
    ]
    if common:
        # a word taken elsewhere in the note stays taken here ("Séance avec Sandrine.
        # Sandrine dit…": the name's other mention was found by its cue)
        opening = {id(sp) for sp in common}
        named = {
            w.lower()
            for sp in wordy
            if id(sp) not in dropped and id(sp) not in opening
            for w in _WORD.findall(text[sp.start : sp.end])
        }
        dropped.update(
            id(sp)
            for sp in common
            if named.isdisjoint(w.lower() for w in _WORD.findall(text[sp.start : sp.end]))
        )
    return [sp for sp in found if id(sp) not in dropped] if dropped else found


def _lower_words(text: str, sp: Span) -> bool:
    span = text[sp.start : sp.end]
    return span.islower() and not any(map(str.isdigit, span))


# the word just before a span, with only blanks, a bracket, a comma, a colon or a quote
# between ("novio iván", "copain (kevin)"; not "Sohn (17) wieder")
_BEFORE = re.compile(r"([^\W\d_]+)\.?[\s(,:'\"\u2018\u201c]*\Z")


def _word_before(text: str, start: int) -> str:
    m = _BEFORE.search(text, max(0, start - 24), start)
    return m.group(1).lower() if m else ""


def _plain_lower(text: str, sp: Span) -> bool:
    """Whether a lower-case span is plain words: none a listed first name or place,
    and no title or relative's word before it."""
    lex = lexicon()
    if _word_before(text, sp.start) in _PERSON_BEFORE:
        return False
    words = _WORD.findall(text[sp.start : sp.end])
    return not any(w in lex.first_names or w in lex.places for w in words)


# a small word of each language with blanks around it: a note holding none is read as
# English without counting its words (most notes)
_HINTS = tuple(
    f" {w} "
    for w in wordlist(
        "und nicht ist der die das sie mit nach ich wir les des est que los las una não com",
        "uma het een che della och og ikke nie się bir yang dan ang ng mga",
    )
)
# what ends the sentence before a sentence's first word; not a colon, a dash, a quote or
# a new line alone, which open fields, lists and quotations ("Nome: Guilherme",
# "Presentes:\nPutri"), where a name is likeliest (hostile review, session 24)
_SENTENCE_ENDS = frozenset(".!?")
# titles that follow a name (Turkish: "Öztürk hanim", "Mehmet bey", written as typed)
_PERSON_AFTER = frozenset(["han\u0131m", "hanim", "bey", "hoca", "abla", "abi", "teyze", "amca"])


def _opens_sentence(text: str, start: int) -> bool:
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i == 0 or text[i - 1] in _SENTENCE_ENDS


def _word_after(text: str, end: int) -> str:
    m = _AFTER.match(text, end)
    return m.group(1).lower() if m else ""


_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def _common_words(text: str, sp: Span, lang: str) -> bool:
    """Whether ``sp`` is only the language's frequent words (lexicon.other_words; in
    German also german_words), numbers and small words ("Baby 4 Monate, der Mann",
    "Atelier couture"), one of them a frequent word or noun, and none of the guards in
    the module docstring applies."""
    lex = lexicon()
    small = note_language.small_words(lang)
    german = lang == "de"
    # (not German's frequency list: every German noun has a capital, so it holds surnames
    # and towns that are nouns as well; german_words' hand list leaves those out)
    common = frozenset() if german else other_words(lang)
    parts = _PARTS.findall(text[sp.start : sp.end].lower())
    if len(parts) > 1 and (parts[0] in _GERMAN_TITLES or parts[0] in _PERSON_BEFORE):
        return False  # "Frau Morgen", "Familie Krebs", "Tochter Layla"
    if _word_before(text, sp.start) in _PERSON_BEFORE:
        return False  # "ihr Freund Tobias"
    if _word_after(text, sp.end) in _PERSON_AFTER:
        return False  # "Öztürk hanim"
    nouns = 0
    by_ending = 0  # German nouns known only by their ending or last part
    run = 0  # words in a row with no small word or number between
    for p in parts:
        if p.isdigit() or p in small or (len(p) <= 3 and p in common):
            run = 0  # a number or a small word ("de", "la", "der": some are in no list)
            continue
        run += 1
        if run > 1:
            return False  # a body's name: "Stiftung Hoffnung", "Pflegeheim Sonnenschein"
        if german and p in german_words.ALWAYS_NOUNS:
            nouns += 1
            continue
        if any(
            w in lex.places or w in lex.surnames or w in lex.first_names
            for w in {p, plain_letters(p)}
        ):
            return False  # "Krebs", "Essen", "Zug", "Vásquez"
        if p in common or (german and p in german_words.GERMAN_NOUNS):
            nouns += 1
        elif german and german_words.german_noun(p):
            nouns += 1
            by_ending += 1
        else:
            return False
    if not nouns:
        return False
    if by_ending and nouns > 1:
        return False  # a body's name: "Haus der Hoffnung"
    return not (by_ending and _word_before(text, sp.start) in _PLACE_BEFORE)  # "in Grafschaft"
