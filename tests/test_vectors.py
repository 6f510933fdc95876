"""Format test vectors (tests/vectors/*.json, made by tests/vectors/generate.py).

Each vector is checked twice: through the library, and for the success cases
through an independent reader written from docs/FORMAT.md alone, using
PyNaCl and argon2-cffi directly, so the spec and the code cannot drift apart.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
from argon2.low_level import Type, hash_secret_raw
from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_decrypt
from nacl.encoding import RawEncoder
from nacl.hash import blake2b

from confvault import errors
from confvault.vault import Vault

VECTORS = sorted((Path(__file__).parent / "vectors").glob("*.json"))


def materialise(vector: dict, root: Path) -> Path:
    path = root / "vault"
    (path / "records").mkdir(parents=True)
    (path / "confvault.header").write_bytes(bytes.fromhex(vector["header"]))
    for name, data in vector["records"].items():
        (path / "records" / name).write_bytes(bytes.fromhex(data))
    return path


def open_vector(vector: dict, path: Path) -> Vault:
    if vector.get("recovery_key"):
        return Vault.open_with_recovery(path, vector["recovery_key"])
    return Vault.open(path, vector["passphrase"].encode())


def test_there_is_a_vector_for_each_expectation() -> None:
    kinds = {json.loads(v.read_text())["expect"] for v in VECTORS}
    assert kinds == {"success", "header failure", "payload failure"}
    assert len(VECTORS) >= 10


@pytest.mark.parametrize("vector_file", VECTORS, ids=lambda p: p.stem)
def test_library_meets_vector(vector_file: Path, tmp_path: Path) -> None:
    vector = json.loads(vector_file.read_text())
    path = materialise(vector, tmp_path)
    if vector["expect"] == "header failure":
        with pytest.raises(getattr(errors, vector["error"])):
            open_vector(vector, path)
        return
    v = open_vector(vector, path)
    if vector["expect"] == "payload failure":
        assert sorted(v.damaged) == vector["damaged"]
        return
    assert v.damaged == {}
    exp = vector["expected"]
    assert [
        {"alias": c.alias, "name": c.name, "identifiers": list(c.identifiers)} for c in v.clients()
    ] == exp["clients"]
    got = [
        {
            "client": v.client_by_id(n.client_id).alias,
            "date": n.date.isoformat(),
            "tags": list(n.tags),
            "text": n.text,
        }
        for n in v.notes()
    ]
    assert got == exp["notes"]


def _b2(data: bytes, key: bytes, person: bytes, size: int = 32) -> bytes:
    return blake2b(data, digest_size=size, key=key, person=person, encoder=RawEncoder)


def spec_reader(vector: dict) -> list[dict]:
    """Decode a vault following docs/FORMAT.md step by step."""
    h = bytes.fromhex(vector["header"])
    assert len(h) == 224 and h[:4] == b"CVH1"
    (version,) = struct.unpack(">H", h[4:6])
    vault_id = h[6:22]
    _kdf, t, m, p = struct.unpack(">BIIB", h[22:32])
    salt = h[32:48]
    pw_nonce, pw_wrapped = h[48:72], h[72:120]
    rc_nonce, rc_wrapped = h[120:144], h[144:192]
    mac = h[192:224]
    core = h[:48]
    if vector.get("recovery_key"):
        symbols = vector["recovery_key"].replace("-", "")[:30].encode()
        kek = _b2(b"", symbols, b"cv1-recovery")
        vault_key = crypto_aead_xchacha20poly1305_ietf_decrypt(
            rc_wrapped, b"confvault/wrap/recovery\0" + core[:22], rc_nonce, kek
        )
    else:
        kek = hash_secret_raw(vector["passphrase"].encode(), salt, t, m, p, 32, Type.ID)
        vault_key = crypto_aead_xchacha20poly1305_ietf_decrypt(
            pw_wrapped, b"confvault/wrap/passphrase\0" + core, pw_nonce, kek
        )
    header_mac_key = _b2(b"", vault_key, b"cv1-header-mac")
    assert _b2(h[:192], header_mac_key, b"confvault-mac") == mac
    record_key = _b2(b"", vault_key, b"cv1-records")
    out = []
    for name, hexdata in sorted(vector["records"].items()):
        r = bytes.fromhex(hexdata)
        assert r[:4] == b"CVR1" and r[6:22].hex() + ".rec" == name
        for kind in (2, 1):
            ad = b"confvault/record\0" + struct.pack(">HB", version, kind) + vault_id + r[6:22]
            try:
                padded = crypto_aead_xchacha20poly1305_ietf_decrypt(
                    r[46:], ad, r[22:46], record_key
                )
            except Exception:
                continue
            (length,) = struct.unpack(">I", padded[:4])
            out.append({"kind": kind, **json.loads(padded[4 : 4 + length])})
            break
        else:
            raise AssertionError(f"record {name} did not decrypt")
    return out


@pytest.mark.parametrize(
    "vector_file",
    [v for v in VECTORS if json.loads(v.read_text())["expect"] == "success"],
    ids=lambda p: p.stem,
)
def test_independent_reader_meets_vector(vector_file: Path) -> None:
    vector = json.loads(vector_file.read_text())
    records = spec_reader(vector)
    clients = [r for r in records if r["kind"] == 1]
    notes = [r for r in records if r["kind"] == 2]
    assert [c["alias"] for c in clients] == ["River"]
    assert [n["text"] for n in notes] == [n["text"] for n in vector["expected"]["notes"]]
    assert notes[0]["client"] in {bytes.fromhex(name[:32]).hex() for name in vector["records"]}
