"""Print ids.scan's spans and vetoes for the texts of tests/test_redact_ids_paths.py.

The table there was made with the reference tree (commit 8328aff):

    PYTHONPATH=/work/base/src python benchmarks/ids_known.py
"""

from __future__ import annotations

import json

from confvault.redact import ids

TEXTS = [  # (each stresses the run finder, the look-alikes or a shape)
    "#12345 and ##4012888888881881",
    "ref 1234567.- then 12.#34 and 1#2#3",
    "acct\t12 34 56 78\tok",
    "AB 12 34 56 C",
    "QQ\t12\t34\t56\tC",
    "AB \n123456 7",
    "call 0688 843 79 56 now",
    "Box 9168 and APO AA 61487",
    "34 ABC 1234 and 06 A 123",
    "ab\u0661\u0662\u0663\u0664\u0665 \u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
    "1\u0661 2\u0662 \u0661a\u0661 12\u0663ab#4",
    "x 1.2.3.4.5.6 and 12-34-56-78 and 1/2/3/4/5",
    "gb82 west 1234 5698 7654 32 and Gb82West12345698765432",
    "IBAN GB82 WEST 1234 5698 7654 33, card 4012 8888 8888 1882",
    "DE89 3704 0044 0532 0130 00 then 4111-1111-1111-1111",
    "AL47 2121 1009 0000 0002 3569 8741 then 2811 1010 0000 0123",
    "000000000 1111111111111 078-05-1123 123-45-6789 11-22-333333-44",
    "patient 12345 and 9234567893, 8001015009176, 200109022392",
    "ssn 123456789 number 12345678 id 1234567890123456789012",
    "12G4-TE5-MK73 is2024 covid19x C12T345672 X9613851N 58063915Q",
    "131052-308T A123456780 15070649C103 27ABCDE1234F1Z5 1EG4TE5MK72",
    "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
    "fe80::1 and 00:1A:2B:3C:4D:5E and 8f953371d3e85eddb89b05ed6b9e6807",
    "AB51 ABC, AB51-ABC, A123 BCD, ABC 123D, ABJ-001AA, AB 1234567",
    "my plate is ab51abc. 21.5.2021 5/21/21 1st 70s 84-year-old",
    "no. 123456 and nr: 98765 x\n12345",
    "12 3a4 b 12 ab c3 12 a b 3 12 abcd 3 12 A- 34 12\tAB 34",
    "\u06f012345678 \u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f",
]


def main() -> None:
    for text in TEXTS:
        spans, vetoes = ids.scan(text)
        row = [text, [[s.start, s.end] for s in spans], [list(v) for v in vetoes]]
        print(json.dumps(row) + ",")


if __name__ == "__main__":
    main()
