"""Build src/confvault/data/other_words.txt.gz: the frequent words of other languages.

Usage (from the repository root, after build_lexicons.py):

    python benchmarks/build_other_languages.py             # downloads the pinned wheels
    python benchmarks/build_other_languages.py --from DIR  # uses wheels already in DIR

Source: the "small" word-frequency lists of ``wordfreq==3.1.1`` (Robyn Speer; data
CC BY-SA 4.0), read as data with ``msgpack==1.2.4`` at build time only; nothing of
either package is imported by confvault or shipped as code. For each language the
engine reads this way (below), the most frequent words made of letters,
two or more of them, are kept, except any that is a name or a place: frequency lists
hold names (`marie`, `dupont`, `roubaix`), and a name must stay a name. Left out are
the words the shipped first-name, surname and place lists hold, and every word of the
given names, surnames, cities, regions and districts of the ``faker==37.1.0``
locales (MIT; its person and address providers' source read as text with ``ast``,
never imported), which hold the common names of Turkey, Indonesia, Poland, the
Netherlands and the Nordic countries that the US-made lists lack (`mehmet`, `dewi`,
`paweł`, `willem`, `svensson`; hostile review, session 24); each compared as written
and with its letters made plain (`ł`, `ø`, the dotless `i`, `æ` too). The output is one
"code<TAB>word" line a word, sorted, gzip with a fixed timestamp, so a rebuild is
byte-for-byte the same.
"""

from __future__ import annotations

import ast
import gzip
import re
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from wheels import built_from_wheels, gzip_lines, wheel  # noqa: E402

OUT = ROOT / "src" / "confvault" / "data" / "other_words.txt.gz"
PINNED = ("wordfreq==3.1.1", "msgpack==1.2.4", "faker==37.1.0")
# the assignments of faker's providers whose strings are names or places
FAKER_NAMES = ("first_name", "last_name", "prefix", "suffix")
FAKER_PLACES = ("cit", "state", "province", "region", "district", "town", "municip", "county")
TOP = 15000  # words a language (frequency order)
# note_language's codes and the wordfreq lists read for each
# note_language's codes and the wordfreq list read for each: only the languages where
# the second hostile review of session 24 found no common name or town the lists above
# miss (0 of 283 Spanish, 270 French and 168 Italian names it tried). In Turkish and
# Indonesian many given names and surnames are everyday words (`güneş`, `çiçek`,
# `kasih`, `mawar`), and Portuguese, Polish, Dutch and the Nordic languages still let
# surnames, inflected names or districts through (`brandão`, `władysław`, `kvist`,
# `amager`): those notes keep the older rules.
LANGUAGES = {"es": ("es",), "fr": ("fr",), "it": ("it",)}


def _faker_words(wheel: Path, plain: Callable[[str], str]) -> set[str]:
    """Every word of the names and places in faker's person and address providers."""
    words: set[str] = set()
    with zipfile.ZipFile(wheel) as zf:
        for name in zf.namelist():
            person = name.startswith("faker/providers/person/")
            if not (person or name.startswith("faker/providers/address/")):
                continue
            if not name.endswith(".py"):
                continue
            for node in ast.walk(ast.parse(zf.read(name).decode("utf-8"))):
                targets = (
                    node.targets
                    if isinstance(node, ast.Assign)
                    else [node.target]
                    if isinstance(node, ast.AnnAssign)
                    else []
                )
                keys = FAKER_NAMES if person else FAKER_PLACES
                if not any(
                    isinstance(t, ast.Name) and any(k in t.id for k in keys) for t in targets
                ):
                    continue
                for const in ast.walk(node):
                    if isinstance(const, ast.Constant) and isinstance(const.value, str):
                        for word in re.findall(r"[^\W\d_]+", const.value.lower()):
                            words.update((word, plain(word)))
    return words


def build(folder: Path) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(wheel(folder, "msgpack")) as zf:
            zf.extractall(tmp)
        sys.path.insert(0, tmp)
        import msgpack  # type: ignore[import-not-found]

        sys.path.insert(0, str(ROOT / "src"))
        from confvault.redact.lexicon import lexicon, plain_letters

        lex = lexicon()
        faker = _faker_words(wheel(folder, "faker"), plain_letters)

        def a_name(word: str) -> bool:
            return any(
                w in lex.first_names or w in lex.surnames or w in lex.places or w in faker
                for w in {word, plain_letters(word)}
            )

        lines: set[str] = set()
        with zipfile.ZipFile(wheel(folder, "wordfreq")) as zf:
            for code, sources in LANGUAGES.items():
                for source in sources:
                    raw = zf.read(f"wordfreq/data/small_{source}.msgpack.gz")
                    buckets = msgpack.unpackb(gzip.decompress(raw), raw=False)[1:]
                    taken = 0
                    for bucket in buckets:
                        for word in bucket:
                            if taken >= TOP:
                                break
                            if not word.isalpha() or len(word) < 2:
                                continue
                            taken += 1
                            if not a_name(word):
                                lines.add(f"{code}\t{word}")
    return gzip_lines(sorted(lines))


def main() -> int:
    data = built_from_wheels(__doc__.splitlines()[0], PINNED, build)
    OUT.write_bytes(data)
    print(f"wrote {OUT.relative_to(ROOT)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
