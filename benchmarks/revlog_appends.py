"""What adding one note costs the per-device revision log, by the log's size.

    PYTHONPATH=src python benchmarks/revlog_appends.py [--records 1000,10000,100000]

For each size, a log whose base holds that many records (no vault: the log on its
own) takes 1,024 appends of one entry each, as 1,024 `note add`s would; the
figure is the mean time an append took, rewrites included. An add whose cost
grows with the records is an O(records) add on average.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from confvault import rollback

APPENDS = 1024


def per_append_ms(records: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        log = rollback.RevisionLog(Path(folder), b"v" * 16, b"k" * 32)
        log.load()
        log.saw([(f"{i:032x}", 1) for i in range(records)])
        start = time.perf_counter()
        for i in range(APPENDS):
            log.saw([(f"{records + i:032x}", 1)])
        return (time.perf_counter() - start) / APPENDS * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", default="1000,10000,100000")
    args = parser.parse_args()
    for records in (int(n) for n in args.records.split(",")):
        print(f"{records:>7} records: {per_append_ms(records):.3f} ms an append")


if __name__ == "__main__":
    main()
