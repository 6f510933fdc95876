"""Regenerate the format test vectors: python tests/vectors/generate.py

One JSON file per scenario, age-style: the files of a small vault (hex), the
secret to open it with, and what a reader must conclude:
  expect: "success"         opens; the listed clients and notes read back
  expect: "header failure"  the vault refuses to open (error class named)
  expect: "payload failure" opens, but the named records are reported damaged
Vectors use the cheapest KDF settings (tests only), so they open instantly.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path

from confvault import crypto
from confvault import format as fmt
from confvault.vault import Vault

HERE = Path(__file__).parent
PASSPHRASE = "vector passphrase: glacier pepper violin"


def snapshot(path: Path) -> dict[str, object]:
    return {
        "header": (path / fmt.HEADER_FILE).read_bytes().hex(),
        "records": {p.name: p.read_bytes().hex() for p in sorted((path / "records").iterdir())},
    }


def base_vault(root: Path, name: str) -> tuple[Path, str, dict[str, str]]:
    path = root / name
    v, recovery = Vault.create(path, PASSPHRASE.encode(), crypto.TESTING_ONLY)
    c = v.add_client("River", name="Jordan Blake", identifiers=["Jo"])
    n = v.add_note(c, "Vector note: sleep is better.", dt.date(2025, 3, 14), ["sleep"])
    return path, recovery, {"client": c.id, "note": n.id}


def flip(hexdata: str, index: int) -> str:
    data = bytearray(bytes.fromhex(hexdata))
    data[index] ^= 0x01
    return data.hex()


def main() -> None:
    for old in HERE.glob("*.json"):
        old.unlink()
    root = Path(tempfile.mkdtemp())
    try:
        path, recovery, ids = base_vault(root, "v")
        snap = snapshot(path)
        other_path, _, other_ids = base_vault(root, "other")
        other = snapshot(other_path)
        note_file = fmt.record_filename(bytes.fromhex(ids["note"]))
        client_file = fmt.record_filename(bytes.fromhex(ids["client"]))
        expected = {
            "clients": [{"alias": "River", "name": "Jordan Blake", "identifiers": ["Jo"]}],
            "notes": [
                {
                    "client": "River",
                    "date": "2025-03-14",
                    "tags": ["sleep"],
                    "text": "Vector note: sleep is better.",
                }
            ],
        }
        ok = {"passphrase": PASSPHRASE, **snap}
        hdr = snap["header"]
        assert isinstance(hdr, str)
        recs = snap["records"]
        assert isinstance(recs, dict)
        big_m = bytearray(bytes.fromhex(hdr))
        big_m[27:31] = (8 * 1024 * 1024).to_bytes(4, "big")
        newer = bytearray(bytes.fromhex(hdr))
        newer[4:6] = (2).to_bytes(2, "big")
        # a newer version's header has a MAC of its own (a v1 MAC that still verifies
        # with the version put back says damage, docs/FORMAT.md "Header copy")
        newer[192:224] = bytes(range(32))
        scenarios: dict[str, dict[str, object]] = {
            "success_unlock": {**ok, "expect": "success", "expected": expected},
            "success_recovery_key": {
                **ok,
                "passphrase": None,
                "recovery_key": recovery,
                "expect": "success",
                "expected": expected,
            },
            "header_wrong_secret": {
                **ok,
                "passphrase": "not the passphrase",
                "expect": "header failure",
                "error": "WrongPassphraseError",
            },
            "header_mac_flipped": {
                **ok,
                "header": flip(hdr, fmt.HEADER_SIZE - 1),
                "expect": "header failure",
                "error": "FormatError",
            },
            "header_salt_flipped": {
                **ok,
                "header": flip(hdr, 35),
                "expect": "header failure",
                "error": "WrongPassphraseError",
            },
            "header_kdf_above_ceiling": {
                **ok,
                "header": big_m.hex(),
                "expect": "header failure",
                "error": "UnsupportedParametersError",
            },
            "header_newer_version": {
                **ok,
                "header": newer.hex(),
                "expect": "header failure",
                "error": "UnsupportedVersionError",
            },
            "header_truncated": {
                **ok,
                "header": hdr[:-2],
                "expect": "header failure",
                "error": "FormatError",
            },
            "payload_note_flipped": {
                **ok,
                "records": {**recs, note_file: flip(recs[note_file], 100)},
                "expect": "payload failure",
                "damaged": [ids["note"]],
            },
            "payload_note_truncated": {
                **ok,
                "records": {**recs, note_file: recs[note_file][:80]},
                "expect": "payload failure",
                "damaged": [ids["note"]],
            },
            "payload_records_swapped": {
                **ok,
                "records": {note_file: recs[client_file], client_file: recs[note_file]},
                "expect": "payload failure",
                "damaged": sorted([ids["note"], ids["client"]]),
            },
            "payload_record_from_other_vault": {
                **ok,
                "records": {**recs, **other["records"]},  # type: ignore[dict-item]
                "expect": "payload failure",
                "damaged": sorted(other_ids.values()),
            },
        }
        for name, body in scenarios.items():
            body = {"scenario": name, **body}
            (HERE / f"{name}.json").write_text(json.dumps(body, indent=1) + "\n")
        print(f"wrote {len(scenarios)} vectors to {HERE}")
    finally:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
