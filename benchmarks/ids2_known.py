"""Print ids.scan's spans and vetoes for the texts of tests/test_redact_ids2_paths.py.

The table there was made with the reference tree (commit cd8a92b):

    PYTHONPATH=/work/base2/src python benchmarks/ids2_known.py
"""

from __future__ import annotations

import json

from confvault.redact import ids

TEXTS = [  # (each stresses the screen skip, a several-element number or a code)
    "4012888888881881",
    "x 4012 8888 8888 1881 y",
    "123456789012345 and 1234 5678 9012 345",
    "ab12 34",
    "12ab34 and GB82WEST12345698765432",
    "\u0664\u0660\u0661\u0662888888881881",
    "4012 8888 8888 188\u0661 then GB82 WEST 1234 5698 7654 32",
    "caf\u00e9 1234-5678-9012-3456 and 4111 1111 1111 1111",
    "acct 12 34 56 78 90 12",
    "id 12 34\t56 78 and 123 45 6789",
    "no 1111 11 and nr 123 456 789 012",
    "is 1234567 and at 12 34 56 7",
    "AB 12 34 56 C and QQ 12 34 56 A",
    "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq and BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ",
    "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 and 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3",
]


def main() -> None:
    for text in TEXTS:
        spans, vetoes = ids.scan(text)
        row = [text, [[s.start, s.end] for s in spans], [list(v) for v in vetoes]]
        print(json.dumps(row) + ",")


if __name__ == "__main__":
    main()
