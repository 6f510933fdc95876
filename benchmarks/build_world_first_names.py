"""Build src/confvault/data/world_first_names.txt.gz: given names the US lists lack.

Usage (from the repository root, after build_lexicons.py):

    python benchmarks/build_world_first_names.py             # downloads the pinned wheel
    python benchmarks/build_world_first_names.py --from DIR  # uses the wheel already in DIR

The shipped first names (first_names.txt.gz) come from US censuses, so the common
given names of much of the world are missing: `paolo`, `dieter`, `goran`, `nabil`,
`laszlo`. Most missing names do no harm: a capitalised word that no list holds is
taken as a name anyway. The harm is where the English frequency lists rank the name
(they are made from Wikipedia and film subtitles, which name people): there it counts
as an ordinary word, and "Told Paolo about it" kept Paolo (session 25).

So this file holds the given names of the ``faker==37.1.0`` locales (MIT; its person
providers' source read as text with ``ast``, never imported) that the English lists
rank but only far down, from FAR_RANK on (plus LOWER_RANKED, names checked by hand
that rank higher), made of Latin letters, three or more, and named by at least one
locale that is not an English-speaking country's (faker's US-made lists hold words
such as `doc`, `friend` and `council`). Left out: any word the first-name list or the
project's own (EXTRA_FIRST_NAMES) already holds, any dictionary word, place or
country, and the ordinary words in NOT_NAMES, read by hand from what this script
kept (`server`, `lucky`, `garda`). Taking the names no list ranks as well was
measured and not adopted: on the held-out notes it stopped a few more leaks but
made more notes lose an ordinary word, mostly words typed in lower case that the
lower-case rules then took for names ("after isha", "in resi care", "fine mats").

The output is one lower-case name a line, sorted, gzip with a fixed timestamp, so a
rebuild is byte-for-byte the same.
"""

from __future__ import annotations

import ast
import gzip
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from wheels import built_from_wheels, gzip_lines, wheel  # noqa: E402

OUT = ROOT / "src" / "confvault" / "data" / "world_first_names.txt.gz"
PINNED = ("faker==37.1.0",)
FAR_RANK = 10_000  # the frequency rank from which a ranked name is taken
# locales whose lists are English-speaking countries' (a name only they give is left
# out), and "" for the providers' shared default list
ENGLISH_ONLY = frozenset(["", "en", "en_US", "en_CA", "en_GB", "en_AU", "en_NZ", "en_IE"])
# names that rank above FAR_RANK, read by hand: given names, not words
LOWER_RANKED = frozenset(
    ["cristian", "nikolas", "xander", "massimo", "alistair", "enzo", "gretel", "paulo",
     "henri", "zoey", "felicity"]
)  # fmt: skip
# ordinary words (English, or English slang and loans) among the names: read by hand
NOT_NAMES = frozenset(
    ["amor", "aryan", "astride", "azalea", "candela", "conn", "cuman", "divan", "eider",
     "feline", "franc", "garda", "gunner", "hanja", "hasta", "hella", "henna", "holm",
     "jabal", "kaiser", "laban", "lambert", "lucky", "manus", "maxim", "nanna", "panini",
     "paschal", "prima", "pumbaa", "reine", "safari", "server", "sever", "sonata", "steen",
     "theres", "toon", "trini", "trung", "utama", "ville", "warta", "wilder", "wolf",
     # found by session 25's hostile review: slang, brands, things and stories ("henny"
     # for Hennessy, "a nadir", "Nandini milk", "Kenzo trainers", "eggs Florentine", a
     # "Davy lamp", "Magne B6", "Hansel and Gretel", "Babar", Milos the island, Dutch
     # "frans"), and words of faith and culture that notes write in lower case ("a
     # hafiz", "Surah Yassin", "amin", "mihrab", "zakir", "surya namaskar", "satya",
     # "rudra", "rishi panchami", "Gauri puja", "ratna", "padma", "varsha ritu", "Ram
     # Leela"; and "a talib", the Buddhist "vinaya"): each name is also a word there
     "babar", "cornel", "davy", "florentine", "frans", "gretel", "henny", "kenzo",
     "magne", "milos", "nadir", "nandini", "stela", "amin", "gauri", "hafiz", "leela",
     "mihrab", "padma", "ratna", "rishi", "rudra", "satya", "surya", "talib", "varsha",
     "vinaya", "yassin", "zakir"]
)  # fmt: skip
_LATIN = re.compile(r"[a-z\u00e0-\u00f6\u00f8-\u024f]+(?:['-][a-z\u00e0-\u00f6\u00f8-\u024f]+)*")


def faker_given_names(wheel: Path) -> dict[str, set[str]]:
    """Every given name of faker's person providers (lower case) and its locales."""
    names: dict[str, set[str]] = {}
    with zipfile.ZipFile(wheel) as zf:
        for path in zf.namelist():
            if not (path.startswith("faker/providers/person/") and path.endswith(".py")):
                continue
            parts = path.split("/")
            locale = parts[3] if len(parts) > 4 else ""
            for node in ast.walk(ast.parse(zf.read(path).decode("utf-8"))):
                if isinstance(node, ast.Assign):
                    targets = node.targets
                elif isinstance(node, ast.AnnAssign):
                    targets = [node.target]
                else:
                    continue
                if not any(isinstance(t, ast.Name) and "first_name" in t.id for t in targets):
                    continue
                for const in ast.walk(node):
                    if isinstance(const, ast.Constant) and isinstance(const.value, str):
                        names.setdefault(const.value.lower(), set()).add(locale)
    return names


def build(folder: Path) -> bytes:
    sys.path.insert(0, str(ROOT / "src"))
    from confvault.redact.lexicon import EXTRA_FIRST_NAMES, read_list, read_word_set

    # the shipped lists, read directly: lexicon() reads this file too
    common = {w: i for i, w in enumerate(read_list("common_words"))}
    dictionary = read_word_set("dictionary_words")
    places = read_word_set("places")
    countries = frozenset(read_list("countries"))
    listed = frozenset(read_list("first_names")) | EXTRA_FIRST_NAMES
    kept = []
    for name, locales in sorted(faker_given_names(wheel(folder, "faker")).items()):
        rank = common.get(name)
        if (
            _LATIN.fullmatch(name)
            and len(name) >= 3
            and locales - ENGLISH_ONLY
            and rank is not None
            and (rank >= FAR_RANK or name in LOWER_RANKED)
            and name not in listed
            and name not in dictionary
            and name not in places
            and name not in countries
            and name not in NOT_NAMES
        ):
            kept.append(name)
    return gzip_lines(kept)


def main() -> int:
    data = built_from_wheels(__doc__.splitlines()[0], PINNED, build)
    OUT.write_bytes(data)
    names = gzip.decompress(data).decode("utf-8").split()
    print(f"wrote {OUT.relative_to(ROOT)} ({len(names)} names)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
