"""A hostile review of the rules of 2026-11-27 (session 6) tried to break them; each
finding it reported is a case here, with what the engine does now."""

from __future__ import annotations

import pytest

from confvault.redact import redact


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        # given names that are British spellings or compounds stay suspect
        ("Favour Okonkwo attended. Favour said the baby is teething.", "Favour"),
        ("Saviour Borg attended.", "Saviour"),
        ("Redgrave rang this morning.", "Redgrave"),
        ("Client's surname is Playfair, she wants it kept out.", "Playfair"),
        ("Menahem Cohen attended with his wife.", "Menahem"),
        # districts and employers that split into two words
        ("Client is from Shoreditch, moved here 2019.", "Shoreditch"),
        ("moved out to sandwell last year", "sandwell"),
        ("works at peachtree in town", "peachtree"),
        # a numbered street followed by a capitalised word, or in lower case
        ("moved to 220 E 14th St Apt 5 last month", "14th"),
        ("new address is 123 42nd St Brooklyn", "42nd"),
        ("lives at 455 w 41st st, apt 3", "41st"),
        # a refuge by its name
        ("Refuge: Haven House, they have a space.", "Haven"),
        ("Placed at Sanctuary House refuge.", "Sanctuary"),
        # user names with a leading "_", a ".x" after, or letters outside ASCII
        ("Her insta is _kayla_09 and she posts daily.", "kayla"),
        ("Messages from kayla_99.x have been upsetting her.", "_99"),
        ("She added him on snap, he's Zoë_99 on there.", "_99"),
        ("He messages her as Siobhán_x7 on tiktok.", "_x7"),
    ],
)
def test_review_leaks_are_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        # a word read as a person must not spread to ordinary uses of it
        "Major decided to leave the army. Major concerns re safeguarding.",
        "Nan thinks she should move back in. Nan has been unwell.",
        "Son wants more contact. Son arrived late.",
        "Group session. Many talked about loneliness.",
        "May wants to review in 6 weeks.",
        # a title in a brand's name
        "Wears Dr Martens boots every day.",
        "Likes Mr Men books.",
        "Uses Mr Muscle to clean obsessively.",
        "Checked Dr Google and panicked about her symptoms.",
        # new handle cues before an abbreviation
        "Sells clothes on ebay i.e. her main income now.",
        "Watches youtube e.g. ASMR to get to sleep.",
        "YouTube was v.helpful for breathing exercises.",
        # "_" in emoticons, form fields and measures
        "She replied o_O when I asked about the party.",
        "Presenting_Issue: anxiety. Referral_Source: GP.",
        "Scores: CORE_10 = 18, PHQ_9 = 14, GAD_7 = 12.",
        "Patient was on Section_2 then Section_3.",
        "Saved as Safety_Plan_v2 in the shared drive.",
        # placings, scores and counts
        "Got the 1st Place award at the talent show!",
        "Sleep rated 10/05 this week, appetite 9/05.",
        "Scored in the 90th minute (Arsenal, 90) and he celebrated.",
    ],
)
def test_review_damage_is_gone(text: str) -> None:
    assert _out(text) == text


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Sarah Child from the LA attended. Child Protection plan remains.", "Child Protection"),
        ("Mr Best rang re housing. Best interests meeting to be arranged.", "Best interests"),
        ("Tom Hope attended. Hope you can chase the referral.", "Hope you can"),
        ("Will wants to move out. Will discuss at next supervision.", "Will discuss"),
        ("Dr Money reviewed. Money worries continue.", "Money worries"),
        ("Leeds House prices are out of reach for her.", "House prices"),
        ("Took Jordan Home after group.", "Home after"),
        ("She ran with Kayla, 500 1000 and 2000 metres.", "500 1000"),
    ],
)
def test_review_damage_keeps_the_word(text: str, kept: str) -> None:
    assert kept in _out(text)


def test_a_quoted_nickname_is_one_person_with_the_name() -> None:
    assert _out("Bernadette 'Bernie' Flanagan rang.") == "[PERSON-1] rang."


def test_a_saints_church_after_a_date_keeps_its_own_placeholder() -> None:
    out = _out("Grandad's funeral is on the 17th St. Patrick's Church.")
    assert "[ORG]" in out and "Patrick" not in out


def test_a_name_spreads_where_a_verb_follows() -> None:
    out = _out("Said 'Precious is the only one' - Precious is her girlfriend.")
    assert "Precious" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Earl Grey tea and a biscuit calmed her down",
        "St John's wort - told her to check w GP first",
        "Father Christmas visit at the family centre went well",
        "said the Lord's Prayer together",
        "ordered a Freedom Pass, will help w travel",
        "the Job Centre Plus adviser was helpful",
    ],
)
def test_phrases_that_name_no_one_are_kept(text: str) -> None:
    assert _out(text) == text


def test_a_kept_phrase_opening_a_name_is_no_phrase() -> None:
    assert "Smith" not in _out("Earl Grey Smith rang")


def test_a_registered_term_wins_over_a_kept_phrase() -> None:
    from confvault.redact import KnownClient

    out = redact("Earl Grey rang again", [KnownClient("EG", ("Earl Grey",))]).text
    assert out == "EG rang again"
