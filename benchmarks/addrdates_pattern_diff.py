"""Every compiled pattern of addresses.py and dates.py whose text differs between two
source trees, run on the same generated texts: detector patterns must match the same
spans and groups, screens (names ending in HINT) must pass or fail alike.

    python benchmarks/addrdates_pattern_diff.py /work/base/src src 40000 13
"""

from __future__ import annotations

import importlib
import re
import sys

import addrdates_fuzz  # beside this script, so on the path when it runs


def patterns(src: str) -> dict[tuple[str, str], re.Pattern[str]]:
    sys.path.insert(0, src)
    try:
        out = {}
        for name in ("addresses", "dates"):
            module = importlib.import_module(f"confvault.redact.{name}")
            for key, value in vars(module).items():
                if isinstance(value, re.Pattern):
                    out[(name, key)] = value
        return out
    finally:
        sys.path.pop(0)
        for key in [k for k in sys.modules if k.startswith("confvault")]:
            del sys.modules[key]


def main() -> None:
    old_src, new_src, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    old, new = patterns(old_src), patterns(new_src)
    changed = sorted(k for k in old.keys() & new.keys() if old[k].pattern != new[k].pattern)
    print("changed:", ", ".join(".".join(k) for k in changed))
    texts = addrdates_fuzz.generate(n, seed)
    bad = 0
    for key in changed:
        for text in texts:
            if key[1].endswith("HINT"):
                same = (old[key].search(text) is None) == (new[key].search(text) is None)
            else:
                a = [(m.span(), m.groups()) for m in old[key].finditer(text)]
                same = a == [(m.span(), m.groups()) for m in new[key].finditer(text)]
            if not same:
                bad += 1
                print("differs:", ".".join(key), repr(text[:120]))
    print(f"{len(texts)} texts, {len(changed)} patterns, {bad} differences")


if __name__ == "__main__":
    main()
