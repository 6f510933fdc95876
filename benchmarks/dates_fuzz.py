"""Differential fuzz of the date and age detectors: dump their spans over generated texts.

The texts are the corpus sentences mutated (case changes, swapped and non-ASCII
digits, punctuation, blanks, the letters that case-fold oddly: long s, dotless and
dotted i, the Kelvin sign) and texts built from the words the detectors' own
patterns name (holidays, months of many languages and calendars, ages spelled in
many languages, the age and date cues), with numbers of the right sizes. The words
are read from the frozen tree's sources (VOCAB below), so that both runs build the
same texts. Run once per source tree and compare:

    PYTHONPATH=/work/s22/base/src python benchmarks/dates_fuzz.py 60000 > /tmp/a.json
    PYTHONPATH=src python benchmarks/dates_fuzz.py 60000 > /tmp/b.json
    cmp /tmp/a.json /tmp/b.json
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

from confvault.redact import ages, ages_spelled, dates, dates_extra, dates_scripts, spelled
from confvault.redact.model import Span

CORPORA = Path("/work/shared/corpora")
VOCAB = Path("/work/s22/base/src/confvault/redact")
VOCAB_FILES = ("dates.py", "dates_extra.py", "dates_scripts.py", "ages.py", "ages_spelled.py")

DIGITS = "0123456789" * 4 + "\u0661\u0663\u0669\u0967\uff11\uff19\u0e51"
ODD = "\u017f\u0131\u0130\u212a\u00df\u00e9\u00c9\u00f1\u00a0\u2019\u2018\u201c\u00ab\u00bb"
PUNCT = " \t\n,.;:!?()[]/-'\"\u2019\u2013\u2014\u00a0\u3000\x1c"
NUMBERS = [
    "9", "12", "14", "1st", "2nd", "3rd", "4th", "12th", "14th", "21st", "31st", "90", "91",
    "94", "95", "99", "100", "101", "103", "110", "119", "120", "130", "139", "140", "89",
    "2024", "1987", "1999", "2001", "1402", "2016", "2080", "2567", "19870312", "12031987",
    "3/6", "9/11", "12.06", "14-5", "6/10", "2001/03/12", "2024.03.14", "14.03.", "5.", "11.",
    "12.10.", "'88", "90s", "3.5", "12/02", "30.05",
]  # fmt: skip
PHRASES = (
    "Boxing Day 2021", "new years eve", "New Year's Eve 2023", "mother's day", "mothers day",
    "father's day", "good friday", "easter sunday", "easter monday", "australia day",
    "canada day", "independence day", "burns night", "guy fawkes", "st patrick's day",
    "the twelfth of March", "March the 12th", "the 3rd of next month", "DOB 12th",
    "dob: 12 3 87", "born 12 3 87", "thurs 9/11", "court 12.06", "next sesh 14-5",
    "her gran is 94", "nan (95)", "nan's 92nd birthday", "mum beryl (94)", "passed at 97",
    "age: 103", "94-yr-old", "client, 91,", "aged ninety-four", "novantatré — 93",
    "noventa y seis (96)", "cien años", "hundrað ár", "to'qson besh yoshda",
    "ей девяносто четыре", "tish'im", "tis'een", "14 Adar", "the 3rd of Sivan", "15 Sha'ban",
    "12 Meskerem 2016 EC", "3 Esfand 1402", "15 Shrawan 2080", "14 มีนาคม 2567",
    "le 3 mai", "el 14 de julio de 2025", "am 3. März", "op 12 mei", "23 de maio",
    "tirsdag 18. nov kl 10", "12-sentabr", "ngày 12 tháng 9", "3월 14일", "3月14日",
    "14 марта 2024", "3 Μαρτίου 1931", "on the 4th and 11th", "Payday is the 28th, so",
    "from the 2nd to 16 April", "moved from 12/02 to the 19th", "Feb '88", "on weds",
    "Thurs 6pm", "Thurs 11/13", "Fri 14.3.", "School re-entry meeting set for 12/2",
    "the oldest member of the shed at 94", "she's 99 now, 100 in the spring",
    "the man next door, 96, rang", "Jiddo died at ninety-four", "I'm 93, love",
    "98 Jahre alt", "Abuela Chuy, 95 años,", "Pani Halina, lat 93,", "93-letni",
    "am Montag, 3. März", "lunes 14 de julio", "dydd llun 12 mai", "jusqu'au 4 avril",
    "segunda-feira 5 de maio", "poniedziałek 12 marca", "vendredi 3 mai 2024",
    "Mrs Kaur is 91,", "Mr. O'Neil was 94 and", "dr smith is 100.", "MISS Jones turned 95 this",
    "Mx Lee is now 92", "she's 94", "he will be 101 next", "they'll be 99,", "shes 96",
    "Lady on the list is 94 on Sunday", "the gent in flat 2 turns 91 next week",
)  # fmt: skip


def vocabulary() -> list[str]:
    """The words and runs of words of the detectors' patterns and comments."""
    words: list[str] = []
    for name in VOCAB_FILES:
        src = (VOCAB / name).read_text(encoding="utf-8")
        src = re.sub(r"\\[swdbSWDBZ][+*?]?|\[ \\t\][+*?]?|\\u[0-9a-f]{4}", " ", src)
        src = re.sub(r"[()|?:+*\[\]^$\\{}=<>!#\"`]", " ", src)
        words += [w for w in src.split() if len(w) < 30]
    return words


def mutate(rng: random.Random, text: str, words: list[str]) -> str:
    chars = list(text)
    for _ in range(rng.randint(0, 6)):
        kind = rng.randrange(9)
        pos = rng.randint(0, len(chars))
        if kind == 0 and chars:  # swap a digit
            i = rng.randrange(len(chars))
            if chars[i].isdigit() or rng.random() < 0.1:
                chars[i] = rng.choice(DIGITS)
        elif kind == 1:
            chars[pos:pos] = rng.choice(PUNCT)
        elif kind == 2:
            chars[pos:pos] = rng.choice(ODD)
        elif kind == 3:
            chars[pos:pos] = " " + rng.choice(PHRASES) + rng.choice(["", " ", ", ", "\n"])
        elif kind == 4:
            chars[pos:pos] = rng.choice(["", " "]) + rng.choice(NUMBERS) + " "
        elif kind == 5 and chars:  # a case change on a stretch
            i = rng.randrange(len(chars))
            j = min(len(chars), i + rng.randint(1, 30))
            f = rng.choice([str.upper, str.lower, str.title, str.swapcase])
            chars[i:j] = list(f("".join(chars[i:j])))
        elif kind == 6 and chars:  # a letter that folds oddly in place of one
            i = rng.randrange(len(chars))
            swap = {"s": "\u017f", "i": "\u0131", "I": "\u0130", "k": "\u212a", "K": "\u212a"}
            chars[i] = swap.get(chars[i], chars[i])
        elif kind == 7 and chars:  # delete a stretch
            i = rng.randrange(len(chars))
            del chars[i : i + rng.randint(1, 5)]
        elif kind == 8:
            i = rng.randrange(len(words))
            chars[pos:pos] = " " + " ".join(words[i : i + rng.randint(1, 4)]) + " "
    out = "".join(chars)
    r = rng.random()
    if r < 0.05:
        out = out.lower()
    elif r < 0.08:
        out = out.upper()
    return out


def built(rng: random.Random, words: list[str]) -> str:
    """A text of pattern words, phrases and numbers."""
    parts = []
    for _ in range(rng.randint(1, 10)):
        r = rng.random()
        if r < 0.4:
            i = rng.randrange(len(words))
            parts.append(" ".join(words[i : i + rng.randint(1, 3)]))
        elif r < 0.7:
            parts.append(rng.choice(NUMBERS))
        else:
            parts.append(rng.choice(PHRASES))
        parts.append(rng.choice([" ", " ", " ", ", ", ". ", "\n", " - ", " (", ") "]))
    return "".join(parts)


def generate(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    words = vocabulary()
    base: list[str] = []
    for f in sorted(CORPORA.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            base += [json.loads(line)["text"] for line in fh if line.strip()]
    texts = []
    for _ in range(n):
        r = rng.random()
        if r < 0.55:
            texts.append(mutate(rng, rng.choice(base), words))
        else:
            texts.append(mutate(rng, built(rng, words), words))
    return texts


_OLD = re.compile(r"[19](?<!\d(?s:.))(?:(?<=9)\d|(?<=1)[0-3]\d)(?!\d)")  # as ages._OLD
_DIGIT = re.compile(r"\d")


def detectors(text: str) -> list[Callable[[], list[Span]]]:
    low = text.lower()
    out = [
        lambda: dates_extra.detect(text),
        lambda: dates_extra.detect(text, _DIGIT.search(text) is not None, low.split()),
        lambda: ages_spelled.detect(text, low),
        lambda: dates.detect_dates(text),
        lambda: dates.detect_ages(text),
        lambda: dates_scripts.detect(text),
        lambda: spelled.detect(text),
    ]
    if _OLD.search(text):  # (as dates_extra.detect calls it)
        out.append(lambda: ages.digit_ages(text, low))
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for text in generate(n, seed):
        row = [[(s.start, s.end, s.category) for s in f()] for f in detectors(text)]
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
