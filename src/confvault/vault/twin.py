"""The two header files: which to open with, and which may be written over
(docs/FORMAT.md, "Header copy").

`confvault.header` decides; `confvault.header-copy` stands in only where the header
file is missing or damaged (it does not parse, or the vault key does not verify its
MAC). A header file that is sound but does not open with the secret given is an
answer ("wrong passphrase"), never a reason to use an older copy.

Writing is conservative: a file is written over only when it is missing, is the
header in use damaged in a few bytes, or is a sound older copy of it. Anything
else (another vault's header, a header of this vault that differs in more, a file
nobody can read) is left for the user, with a message that says so.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from confvault import crypto, storage
from confvault import format as fmt
from confvault.errors import (
    DecryptionError,
    FormatError,
    UnsupportedParametersError,
    UnsupportedVersionError,
    WrongPassphraseError,
)
from confvault.vault.header import (
    _HEADER_MAC,
    HeaderFile,
    differing,
    fixed,
    mac_matches,
    neither_error,
    parsed,
    version_damage_only,
)

# A file differing from the header in use in at most this many bytes (a length
# difference counts too) is that header, damaged. Another header differs in its
# random fields: another vault's in about 200 bytes, another of this vault (a
# passphrase change) in about 120.
DAMAGE_BYTES = 32

Unwrap = Callable[[fmt.Header], bytes]
OpensRecords = Callable[[fmt.Header, bytes], bool | None]  # None: no record to try


class Kind(enum.Enum):
    SAME = "the header in use"
    MISSING = "missing"
    NEAR = "the header in use, damaged in a few bytes"
    SOUND = "another sound header of this vault (older or newer)"
    OTHER = "another header of this vault, damaged"
    FOREIGN = "another vault's header"
    UNKNOWN = "damaged beyond telling whose it is"
    NOT_A_FILE = "not a file (a folder, or a link to nothing)"


@dataclass(frozen=True)
class Choice:
    header: fmt.Header
    key: bytes
    rebuilt: bool = False  # made in memory from the sound parts of both files
    # whether a record opened with the key, where choose asked (None: not asked, or
    # no record to ask), so mending need not read the records again
    records_open: bool | None = None


def _other_id(a: bytes, b: bytes) -> bool:
    """Another vault's id (random: about 16 bytes differ), not this one's damaged."""
    return differing(a, b) > 2


def kind(file: HeaderFile, used: fmt.Header, key: bytes) -> Kind:
    """What this header file is, beside the header in use (opened with `key`)."""
    data, header = file.data, file.header
    good = used.to_bytes()
    if data == good:
        return Kind.SAME
    if data is None:
        exists = file.path.exists() or file.path.is_symlink()
        return Kind.NOT_A_FILE if exists and not file.path.is_file() else Kind.MISSING
    if differing(data, good) <= DAMAGE_BYTES or good.startswith(data) or data.startswith(good):
        return Kind.NEAR  # (also cut short, or with bytes after it)
    if header is None:
        return Kind.UNKNOWN
    if _other_id(header.vault_id, used.vault_id):
        return Kind.FOREIGN
    return Kind.SOUND if mac_matches(header, key) else Kind.OTHER


def _cost(h: fmt.Header) -> int:
    return h.memory_kib * h.time_cost


def _plausible(h: fmt.Header) -> bool:
    """Settings `init` or `passwd` could have chosen: at most 1 GiB, and more than the
    floor's passes only at 1 GiB (a flipped bit can ask for up to the 4 GiB and 32-pass
    ceiling, which a mistyped passphrase would pay for each time)."""
    top = crypto.MAX_CALIBRATED_MEMORY_KIB
    if not (1 <= h.parallelism <= 16 and 8 * h.parallelism <= h.memory_kib <= top):
        return False
    # (init adds passes only at 1 GiB, and only on a machine fast enough for them)
    low = 1 <= h.time_cost <= crypto.FLOOR.time_cost
    return low or (h.memory_kib == top and h.time_cost <= _MOST_PASSES)


def rebuild(main: fmt.Header, copy: fmt.Header, key: bytes) -> fmt.Header:
    """The header file's core and passphrase wrap (both authenticated by opening them)
    with the copy's recovery wrap (authenticated by the copy's MAC), MAC'd anew."""
    body = dataclasses.replace(main, recovery_wrap=copy.recovery_wrap, mac=b"")
    tag = crypto.mac(crypto.subkey(key, _HEADER_MAC), body.authenticated())
    return dataclasses.replace(body, mac=tag)


@dataclass(frozen=True)
class _Candidate:
    header: fmt.Header
    source: HeaderFile | None  # the file as it is; None: a repair (its MAC must verify)


_SPLICE_MAX = 8  # bytes where the two files differ, for trying each mix (256 at most)
_KDF_INPUT = slice(22, 48)  # what the key derivation reads: its id, settings and salt
_MOST_PASSES = 8  # at 1 GiB: more than any machine this runs on has calibrated to


_ID = slice(6, 22)  # the vault id


def _with_id(data: bytes, other: bytes) -> bytes:
    """`data` with the vault id `other` holds."""
    return data[: _ID.start] + other[_ID] + data[_ID.stop :]


def _filled(short: bytes | None, other: bytes | None) -> bytes | None:
    """A file cut short, completed from the other file (the MAC says if it fits)."""
    if short is None or other is None or len(short) >= fmt.HEADER_SIZE:
        return None
    return short + other[len(short) : fmt.HEADER_SIZE]


def _candidates(main: HeaderFile, copy: HeaderFile) -> list[_Candidate]:
    """The files as they are, then repairs: each with its fixed fields put back (a
    file cut short completed from the other), and every mix of the two where they
    differ in a few bytes (one flipped byte in each file leaves the header whole
    between them), keeping one of the two files' key-derivation input (bytes 22..47)
    unless exactly two of its bytes differ: then the mixed ones are tried too."""
    out: list[_Candidate] = []
    seen: set[bytes] = set()

    def add(data: bytes | None, source: HeaderFile | None) -> None:
        if data is None or data in seen:
            return
        seen.add(data)
        with contextlib.suppress(FormatError):
            out.append(_Candidate(fmt.parse_header(data), source))

    for f in (main, copy):
        if f.header is not None:
            add(f.data, f)
    a = fixed(main.data) or fixed(_filled(main.data, copy.data))
    b = fixed(copy.data) or fixed(_filled(copy.data, main.data))
    add(a, None)
    add(b, None)
    if a is not None and b is not None and a[_ID] != b[_ID]:
        # each with the other's vault id (the same in every header of a vault, and
        # outside the key derivation's input): a damaged id mended for nothing
        add(_with_id(a, b), None)
        add(_with_id(b, a), None)
    if a is not None and b is not None and a != b:
        where = [i for i in range(fmt.HEADER_SIZE) if a[i] != b[i]]
        cores = {a[_KDF_INPUT], b[_KDF_INPUT]}
        if sum(_KDF_INPUT.start <= i < _KDF_INPUT.stop for i in where) == 2:
            cores = set()  # two bytes of the key derivation's input: two more runs at most
        if len(where) <= _SPLICE_MAX:
            for mask in range(1, 2 ** len(where) - 1):
                mixed = bytearray(a)
                for bit, i in enumerate(where):
                    if mask >> bit & 1:
                        mixed[i] = b[i]
                if not cores or bytes(mixed[_KDF_INPUT]) in cores:
                    add(bytes(mixed), None)
    return out


def choose(
    main: HeaderFile,
    copy: HeaderFile,
    unwrap: Unwrap,
    wrong: WrongPassphraseError,
    opens_records: OpensRecords,
    in_memory: bool = False,
) -> Choice:
    """The header to open with and the vault key, or the error to give. `in_memory`:
    a header whose wrap opens but whose MAC fails may be used, unwritten, when nothing
    better opens (the recovery key: recover writes a fresh header with that wrap)."""
    if main.header is not None and main.data == copy.data:  # the usual case, made quick
        try:
            key = unwrap(main.header)
        except DecryptionError:
            raise wrong from None
        if mac_matches(main.header, key):
            return Choice(main.header, key)
    cands = _candidates(main, copy)
    newer = isinstance(main.error, UnsupportedVersionError) and not version_damage_only(main, copy)
    if newer:
        # the header file says it is from a newer version: only the header file with
        # its version put back may stand in (its MAC then proves it was damage), never
        # the copy, which could undo an upgrade
        cands = [c for c in cands if c.source is None and c.header.to_bytes() == fixed(main.data)]
    if len({c.header.salt + c.header.core()[22:32] for c in cands}) > 1:
        # settings differ between them: the cheaper first, and none that no one chose
        cands.sort(key=lambda c: _cost(c.header))
        if any(_plausible(c.header) for c in cands):
            cands = [c for c in cands if _plausible(c.header)]
    # the header file, as it is or mended (its fixed fields, the other file's id)
    main_fixed, other = fixed(main.data), copy.data
    with_id = _with_id(main_fixed, other) if main_fixed and other and len(other) >= 22 else None
    main_like = [h for h in (main.header, parsed(main_fixed), parsed(with_id)) if h is not None]

    def deciding(header: fmt.Header, key: bytes) -> fmt.Header | None:
        """The header file's own header, if it is sound under this key and another."""
        return next((h for h in main_like if h != header and mac_matches(h, key)), None)

    keys: dict[bytes, bytes] = {}  # header bytes -> key, for those that unwrap
    unsound: list[_Candidate] = []  # they unwrap, but the MAC fails
    answered, refused, copy_opens = False, None, False
    no_record: tuple[fmt.Header, bytes] | None = None
    for cand in cands:
        header = cand.header
        try:
            key = unwrap(header)
        except DecryptionError:
            answered = True
            continue
        except UnsupportedParametersError as exc:  # (also: not memory enough for them)
            refused = exc
            continue
        keys[header.to_bytes()] = key
        if not mac_matches(header, key):
            if cand.source is not None:
                unsound.append(cand)
            continue
        # the records decide whose header this is (another vault's may be in the
        # folder, or a repair may be another vault's): a key that opens none is kept
        # for last; with no record to judge by, beside another vault's header, only
        # the header file's own (mended) header is used
        verdict = opens_records(header, key)
        if verdict is False:
            if no_record is None:
                no_record = (header, key)
            continue
        alone = verdict is None and _beside_another_vault(header, main, copy)
        if alone and not _from_main(header, main):
            continue
        decides = deciding(header, key)
        if decides is not None and cand.source is not main:
            # the header file (as it is, or mended) is sound and another header of this
            # vault, older or newer: it alone decides
            copy_opens = True
            try:
                opened = keys.get(decides.to_bytes()) or unwrap(decides)
            except DecryptionError:
                break
            return Choice(decides, opened, records_open=verdict)
        return Choice(header, key, records_open=verdict)
    if no_record is not None and not _beside_another_vault(no_record[0], main, copy):
        # no record opens with it (all damaged?), but no other vault's header is here
        header, key = no_record
        if deciding(header, key) is None:
            return Choice(header, key, records_open=False)
    main_unsound = next((c for c in unsound if c.source is main), None)
    if main_unsound is not None and copy.header is not None:
        key = keys[main_unsound.header.to_bytes()]
        if mac_matches(copy.header, key):
            # damaged in its recovery wrap or MAC only, beside a copy of this vault
            # that this secret does not open: opened in memory, nothing written
            return Choice(rebuild(main_unsound.header, copy.header, key), key, rebuilt=True)
    for cand in unsound if in_memory else []:
        key = keys[cand.header.to_bytes()]
        if _beside_another_vault(cand.header, main, copy):
            verdict = opens_records(cand.header, key)
            if verdict is False or (verdict is None and not _from_main(cand.header, main)):
                continue  # another vault's recovery key, beside this vault's header
        return Choice(cand.header, key, rebuilt=True)
    if copy_opens:
        raise WrongPassphraseError(
            wrong.message,
            hint=f"It opens {copy.path.name}, another header of this vault: a passphrase "
            "change may not have reached both files yet (a sync still under way?). Use the "
            f"passphrase {main.path.name} was last set with, or wait for the sync.",
        )
    if unsound and not all(_beside_another_vault(c.header, main, copy) for c in unsound):
        raise FormatError(
            f"the vault header at {main.path} was changed outside confvault",
            hint="Restore confvault.header and confvault.header-copy from a backup; "
            "your notes are untouched.",
        )
    if refused is not None and not answered:
        raise refused
    if newer:
        raise UnsupportedVersionError(
            main.error.message if main.error else "the vault header is from a newer version",
            hint="Upgrade confvault to a version that knows this format. If no newer "
            f"confvault has opened this vault, {main.path.name} may be damaged: restore it "
            "from a backup, or move it out of the vault folder so its copy is used.",
        )
    if not answered and main.header is None and copy.header is None:
        raise neither_error(main, copy)  # (not even a repair parsed)
    if _two_vaults(main, copy):
        raise WrongPassphraseError(
            wrong.message,
            hint="One of the two header files is another vault's: if you typed that "
            "vault's passphrase, use this vault's. " + (wrong.hint or ""),
        )
    if main.data != copy.data and copy.data is not None and main.data is not None:
        raise WrongPassphraseError(
            wrong.message,
            hint=(wrong.hint or "")
            + f" ({main.path.name} and {copy.path.name} differ, so one of them is damaged: "
            "if you are sure of the passphrase, 'confvault recover' with the recovery key "
            "may still open the vault.)",
        )
    raise wrong


def _from_main(header: fmt.Header, main: HeaderFile) -> bool:
    """Is this the header file's own header (as it is, or mended in a few bytes)?"""
    data = main.data
    return data is not None and differing(header.to_bytes(), data[: fmt.HEADER_SIZE]) <= (
        DAMAGE_BYTES
    )


def _beside_another_vault(header: fmt.Header, main: HeaderFile, copy: HeaderFile) -> bool:
    """Is a header file of another vault (than this header's) in the folder?"""
    good = header.to_bytes()
    for f in (main, copy):
        h = f.header  # (as it is: junk that parses once repaired is damage, not a vault)
        far = h is not None and differing(h.to_bytes(), good) > DAMAGE_BYTES
        if far and h is not None and _other_id(h.vault_id, header.vault_id):
            return True
    return False


def _two_vaults(main: HeaderFile, copy: HeaderFile) -> bool:
    """Both parse, and they are different vaults' headers."""
    a, b = main.header, copy.header
    return (
        a is not None
        and b is not None
        and _other_id(a.vault_id, b.vault_id)
        and main.data is not None
        and copy.data is not None
        and differing(main.data, copy.data) > DAMAGE_BYTES
    )


def to_mend(main: HeaderFile, copy: HeaderFile, choice: Choice) -> list[HeaderFile]:
    """The files opening may write the header in use over: missing, or that header
    damaged in a few bytes; the copy also when it is a sound older (or newer) header,
    since the header file decides. Nothing after a rebuild."""
    if choice.rebuilt:
        return []
    out = []
    for f in (main, copy):
        k = kind(f, choice.header, choice.key)
        if k in (Kind.MISSING, Kind.NEAR) or (f is copy and k is Kind.SOUND):
            out.append(f)
    return out


def blocks_passwd(f: HeaderFile, used: fmt.Header, key: bytes) -> bool:
    """Would writing a new header over this file destroy what may be the only header
    some records need? Another vault's header, or a file nobody can tell."""
    return kind(f, used, key) in (Kind.FOREIGN, Kind.UNKNOWN, Kind.NOT_A_FILE)


def bytes_of(path: Path) -> bytes | None:
    try:
        return storage.read_bytes(path, 4096)
    except (OSError, ValueError):
        return None


def notices(
    main: HeaderFile, copy: HeaderFile, choice: Choice, mended: list[HeaderFile], done: bool
) -> list[str]:
    """What opening did to the header files, or left, in plain words."""
    m, c = main.path.name, copy.path.name
    if choice.rebuilt:
        return [
            f"{m} is damaged; this command opened the vault from its sound parts and "
            "changed no file. Run 'confvault passwd' to write both header files afresh."
        ]
    km = kind(main, choice.header, choice.key)
    kc = kind(copy, choice.header, choice.key)
    written = done and bool(mended)
    notes = []
    if km in (Kind.MISSING, Kind.NEAR):
        notes.append(
            f"{m} was missing or damaged; it was restored from {c}. Your notes are untouched."
            if written and main in mended
            else f"{m} is missing or damaged; this command used {c}. The next command that "
            "can write the vault folder restores it."
        )
    elif km is Kind.OTHER:
        notes.append(
            f"{m} is damaged and is not the same header as {c} (it may be newer: was the "
            f"passphrase changed?), so it was left as it is and this command used {c}. Run "
            "'confvault passwd' to write both header files afresh."
        )
    elif km is Kind.UNKNOWN:
        notes.append(
            f"{m} is damaged beyond telling what it held, so it was left as it is and this "
            f"command used {c}. If the passphrase was changed recently, the newer header "
            f"may be in it: keep the file. Otherwise move it out of the vault folder: the "
            f"next command then writes it again from {c}."
        )
    elif km is Kind.FOREIGN:
        notes.append(
            f"{m} is the header of another vault; it was left as it is and this command "
            f"used {c}. Move {m} out of the vault folder (keep it: it may belong to another "
            "vault folder)."
        )
    elif km is Kind.NOT_A_FILE:
        notes.append(
            f"{m} is not a file (a folder?); this command used {c}. Move it out of the "
            f"vault folder so confvault can write {m} there."
        )
    if kc is Kind.NEAR:
        notes.append(
            f"{c} was damaged; it was written again from {m}."
            if written and copy in mended
            else f"{c} is damaged; the next command that can write the vault folder mends it."
        )
    elif kc is Kind.SOUND and written and copy in mended:
        notes.append(
            f"{c} held another header of this vault (from before a passphrase change, or a "
            f"sync not yet finished); it was written again from {m}, which decides."
        )
    elif kc is Kind.OTHER:
        notes.append(
            f"{c} is damaged and is not a copy of {m}, so it was left as it is. Run "
            "'confvault passwd' to write both header files afresh."
        )
    elif kc is Kind.UNKNOWN:
        notes.append(
            f"{c} is damaged beyond telling what it held, so it was left as it is. Move it "
            "out of the vault folder: the next command then writes a new copy."
        )
    elif kc is Kind.FOREIGN:
        notes.append(
            f"{c} is the header of another vault; it was left as it is. Move it out of the "
            "vault folder (keep it: it may belong to another vault folder)."
        )
    elif kc is Kind.NOT_A_FILE:
        notes.append(
            f"{c} is not a file (a folder?); move it out of the vault folder so confvault "
            "can keep its copy of the header there."
        )
    return notes


def problem(file: HeaderFile, choice: Choice) -> str | None:
    """What verify says of a header file that is not the header in use, or None."""
    k = kind(file, choice.header, choice.key)
    if choice.rebuilt and file.path.name == fmt.HEADER_COPY_FILE:
        return None  # (passwd writes both: the header file's line says so)
    if choice.rebuilt:
        return (
            "damaged; the vault opened from its sound parts: run 'confvault passwd' to "
            "write both header files afresh"
        )
    if k is Kind.SAME or (k is Kind.MISSING and file.path.name == fmt.HEADER_COPY_FILE):
        return None
    later = "the next command that can write the vault folder"
    return {
        Kind.MISSING: f"missing; {later} restores it",
        Kind.NEAR: f"damaged; {later} mends it from the other header file",
        Kind.SOUND: f"another header of this vault (older or newer); {later} replaces it "
        "with the header file's",
        Kind.OTHER: "damaged, and not the same header as the one in use, so it is left as "
        "it is: run 'confvault passwd' to write both header files afresh",
        Kind.UNKNOWN: "damaged beyond telling what it held, so it is left as it is: keep it "
        "if the passphrase was changed recently (it may hold the newer header); otherwise "
        "move it out of the vault folder and the next command writes it again",
        Kind.FOREIGN: "the header of another vault, left as it is: move it out of the vault "
        "folder (keep it)",
        Kind.NOT_A_FILE: "not a file (a folder?): move it out of the vault folder so "
        "confvault can write the header there",
    }[k]
