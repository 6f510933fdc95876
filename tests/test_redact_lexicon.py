"""The compact word sets answer exactly as frozensets of the same words would."""

from __future__ import annotations

import gzip
import itertools
import os
import pickle
import subprocess
import sys
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confvault.redact.lexicon import WordSet, lexicon, read_word_set

# fewer than 16 words: one bucket, so every word sits next to every other
SMALL = ["san", "san jose", "santa", "sant", "a", "ab", "b", "diana", "ana", "x y"]


@pytest.mark.parametrize("word", SMALL)
def test_listed_words_are_found(word: str) -> None:
    assert word in WordSet(SMALL)


@pytest.mark.parametrize(
    "word",
    [
        "",  # no empty word listed
        "sa",  # a prefix of listed words
        "santo",
        "jose",  # the end of a listed word
        "an",  # inside "diana" and "ana"
        "a\nb",  # two neighbours joined by the separator
        "a\n",
        "\na",
        "\n",
        "san\njose",
        "ab\nb",  # listed next to each other
        "san\nsan jose",
        "x",
        "y",
        "x  y",
        "SAN",
        "San",
        " san",
        "san ",
    ],
)
def test_unlisted_words_are_not_found(word: str) -> None:
    assert word not in WordSet(SMALL)
    assert word not in frozenset(SMALL)


def test_separator_never_matches_across_words_in_any_bucket() -> None:
    words = [f"w{i}" for i in range(5000)]
    s = WordSet(words)
    joined = [f"{a}\n{b}" for a, b in itertools.pairwise(words)]
    assert not any(j in s for j in joined)
    assert all(w in s for w in words)
    assert not any(f"{w}\n" in s or f"\n{w}" in s for w in words)


def test_empty_and_one_character_words() -> None:
    s = WordSet(["", "a", "\u00e9"])
    assert "" in s and "a" in s and "\u00e9" in s
    assert "b" not in s and "e" not in s and "\n" not in s
    assert "" not in WordSet(["a"])
    assert "" not in WordSet([])
    assert "a" not in WordSet([])
    assert sorted(s) == ["", "a", "\u00e9"]


def test_non_ascii_words() -> None:
    words = [
        "s\u00e3o paulo",
        "z\u00fcrich",
        "stra\u00dfe",
        "\u0141\u00f3d\u017a",
        "\U0001f600",
        "zurich",
    ]
    s = WordSet(words)
    assert all(w in s for w in words)
    for miss in (
        "sao paulo",
        "s\u00e3o",
        "zu\u0308rich",
        "strasse",
        "\u0142\u00f3d\u017a",
        "\U0001f601",
    ):
        assert miss not in s
    assert "z\u00fcrich" not in WordSet(["zurich"])
    assert "zurich" not in WordSet(["z\u00fcrich"])


def test_a_word_with_a_newline_is_refused() -> None:
    with pytest.raises(ValueError, match="newline"):
        WordSet(["ok", "two\nwords"])


def test_duplicates_count_once() -> None:
    s = WordSet(["a", "b", "a", "a", "\u00e9", "\u00e9"])
    assert len(s) == 3
    assert sorted(s) == ["a", "b", "\u00e9"]


def test_isdisjoint() -> None:
    s = WordSet(SMALL)
    assert s.isdisjoint([]) and s.isdisjoint(["sa", "a\nb", ""])
    assert not s.isdisjoint(["sa", "santa"])
    assert not s.isdisjoint(iter(["zz", "x y"]))
    assert WordSet([]).isdisjoint(SMALL)


def test_pickled_set_works_in_a_process_with_other_hashes() -> None:
    """Buckets are chosen by str hashes, which differ per process."""
    words = [f"word{i}" for i in range(1000)] + ["caf\u00e9"]
    data = pickle.dumps(WordSet(words))
    check = (
        "import pickle, sys; s = pickle.loads(sys.stdin.buffer.read()); "
        "ok = all(f'word{i}' in s for i in range(1000)) and 'caf\\u00e9' in s "
        "and 'word1000' not in s and len(s) == 1001; print(ok)"
    )
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", check], input=data, capture_output=True, env=env, check=True
        )
        assert out.stdout.strip() == b"True"


_WORD = st.text(st.characters(blacklist_characters="\n"), max_size=6)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_WORD, max_size=300), extra=st.lists(st.text(max_size=8), max_size=50))
def test_same_answers_as_a_frozenset(words: list[str], extra: list[str]) -> None:
    s, ref = WordSet(words), frozenset(words)
    queries = [*words, *extra]
    queries += [w[:-1] for w in words] + [w + "x" for w in words]
    queries += [f"{a}\n{b}" for a, b in itertools.pairwise(words)]
    assert [q in s for q in queries] == [q in ref for q in queries]
    assert len(s) == len(ref)
    assert sorted(s) == sorted(ref)
    assert s.isdisjoint(extra) == ref.isdisjoint(extra)


def _file_words(name: str) -> list[str]:
    data = resources.files("confvault").joinpath("data", f"{name}.txt.gz").read_bytes()
    return gzip.decompress(data).decode("utf-8").split("\n")


@pytest.mark.parametrize(
    ("field", "name"),
    [("places", "places"), ("dictionary", "dictionary_words"), ("surnames", "surnames")],
)
def test_shipped_lists_are_exactly_the_files(field: str, name: str) -> None:
    lines = _file_words(name)
    words = [w for w in lines if w]
    assert len(words) == len(set(words)) == len(lines) - 1  # distinct, no blank line
    s = getattr(lexicon(), field)
    assert len(s) == len(words)
    assert set(s) == set(words)
    assert all(w in s for w in words)
    ref = frozenset(words)
    near = [v for w in words[::7] for v in (w[:-1], w + "s", w.title(), w[1:])]
    assert [v in s for v in near] == [v in ref for v in near]


def test_place_words() -> None:
    places = [w for w in _file_words("places") if " " in w]
    assert set(lexicon().place_words) == {p.split(" ", 1)[0] for p in places}


_FILE_WORD = st.text(st.characters(blacklist_characters="\n\x00\x01"), max_size=6)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(_FILE_WORD, max_size=300), extra=st.lists(st.text(max_size=8), max_size=50))
def test_a_word_set_dumped_and_loaded_answers_alike(words: list[str], extra: list[str]) -> None:
    s = WordSet(words)
    back = WordSet.loads(s.dumps())
    queries = [*words, *extra, *(w + "x" for w in words)]
    assert [q in back for q in queries] == [q in s for q in queries]
    assert sorted(back) == sorted(s)


@pytest.mark.parametrize("name", ["places", "dictionary_words", "surnames"])
def test_the_shipped_buckets_are_the_text_files_words(name: str) -> None:
    """The bucket files (what the engine loads) hold exactly the words of the text
    files they are made from; rebuilt with `build_lexicons.py --buckets`."""
    shipped = read_word_set(name)
    words = [w for w in _file_words(name) if w]
    assert sorted(shipped) == sorted(words)
    assert shipped.dumps() == WordSet(words).dumps()  # the same buckets, in the same order


@pytest.mark.parametrize("word", ["a\x00b", "\x01", "\u00e9\x00"])
def test_a_word_holding_a_separator_is_not_dumped(word: str) -> None:
    with pytest.raises(ValueError):
        WordSet(["plain", word]).dumps()


def test_bucket_files_that_are_not_a_word_set_are_refused() -> None:
    with pytest.raises(ValueError):
        WordSet.loads("word\x00\nother\n\x01\n")
    with pytest.raises(ValueError):
        WordSet.loads("no separator at all")


def test_a_word_with_a_lone_surrogate_is_looked_up_without_error() -> None:
    s = WordSet(["a\ud800b", "plain"])
    assert "a\ud800b" in s and "\ud800" not in s and s.isdisjoint(["x\udfff"])
