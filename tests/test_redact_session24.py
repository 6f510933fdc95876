"""Session 24: what the engine took that names no one, found in the held-out outputs.

Three shapes: a count after a place ("in Russia 6 yrs") read as a house number, an
amount after a currency ("Rs 18,000") read as a street, and the ordinary lower-case
words of a note written in another language read as unknown names. Each test also
checks that the detail the older rule was written for still goes.
"""

from __future__ import annotations

import pytest

from confvault.redact import KnownClient, detect, redact
from confvault.redact.note_language import foreign


def _out(text: str, known: tuple[KnownClient, ...] = ()) -> str:
    return redact(text, known).text


# A number with a duration or a count after it is no house or district number.
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Wife of a migrant, husband in Russia 6 yrs, stopped sending money.", "6 yrs"),
        ("She lived in Leeds 3 years before moving.", "3 years"),
        ("Security guard in Qatar 4 yrs, home since the contract ended.", "4 yrs"),
        ("Drives her to the studio in Penrith 5 days a week.", "5 days"),
        ("Discharged from the Priory Roehampton 3 wks ago, no follow-up yet.", "3 wks"),
        ("His mum lives out at Woodville South SA 5011, 40 min drive", "40 min"),
        ("Notice at 2817 N 35th St, Milwaukee WI 53210, 10 days to pay.", "10 days"),
    ],
)
def test_a_count_after_a_place_stays(text: str, kept: str) -> None:
    out = _out(text)
    assert kept in out
    assert "[PLACE]" in out or "[ADDRESS]" in out  # the place itself still goes


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Lives in Dublin 8 with her nan.", "Dublin 8"),
        ("Her block is Taishi 1-4-9 now.", "Taishi 1-4-9"),
        ("She lives at Leeds 3 now.", "Leeds 3"),
    ],
)
def test_a_district_or_block_number_still_goes(text: str, address: str) -> None:
    found = [text[sp.start : sp.end] for sp in detect(text)]
    assert address in found


def test_a_pronoun_after_a_postcode_is_the_sentence_going_on() -> None:
    out = _out("Going to the hostel, 7 Marsh Lane, Wythenshawe M22. Her 2 kids are with her mum.")
    assert "[ADDRESS]. Her 2 kids" in out
    assert "Marsh Lane" not in out and "M22" not in out


@pytest.mark.parametrize(
    "text",
    ["12 Hill Road, Los Angeles, CA 90001", "lives at 4 Privet Drive, The Wirral"],
)
def test_a_place_opening_with_a_small_word_stays_in_the_address(text: str) -> None:
    out = _out(text)
    assert "Angeles" not in out and "Wirral" not in out


# An amount after a currency is no street and number.
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("She is demanding Rs 18,000 from him.", "Rs 18,000"),
        ("Sings bhajans for Rs 10 a day.", "Rs 10"),
        ("Compensation Rs 1.5 lakh not enough.", "Rs 1.5 lakh"),
        ("KSh 1,500 for school shoes, she's short this month", "KSh 1,500"),
        ("Owes KES 5000 to the chama.", "KES 5000"),
        ("The family offered Ksh 20,000 to withdraw.", "Ksh 20,000"),
    ],
)
def test_an_amount_stays(text: str, amount: str) -> None:
    assert amount in _out(text)


def test_shorthand_for_number_stays() -> None:
    assert (
        _out("new num 07700.900.246 - old one was nicked") == "new num [PHONE] - old one was nicked"
    )


# Two sentences of a note written in another language (a single short sentence may
# hold too few of its small words to tell).
FRENCH = (
    "Liévin : Raymond, 84 ans, silicosé, ancien de la cokerie. Sa femme Ginette fait tout, "
    "elle est très fatiguée et ne dit rien à ses enfants."
)


@pytest.mark.parametrize(
    "text",
    [
        FRENCH,
        "La grand-mère garde les enfants dans la semaine. Elle dit que les parents sont au "
        "travail et que personne ne l'aide.",
        "la chava subió su historia a internet y ya la están acosando. Dice que no quiere "
        "volver a la escuela porque todos se ríen de ella.",
        "menina de 14 anos, não quer denunciar. A senhora perdeu a casa no incêndio e está "
        "com os filhos na casa da irmã.",
        "anaknya kerja di luar dan tidak pulang dua tahun. Ibu bilang dia pusing, tidak makan, "
        "dan sudah tidak bisa tidur.",
    ],
)
def test_a_note_in_another_language_reads_as_one(text: str) -> None:
    assert foreign(text)


@pytest.mark.parametrize(
    "text",
    [
        "saw tom today, he said his mum is ill",
        "She said 'no quiero ir' and left the room.",
        "Mum says the de la Cruz family were kind to her.",
        "",
        "Liévin, Drocourt, Ginette.",
        "La grand-mère garde les enfants.",  # too few small words to tell
    ],
)
def test_an_english_note_or_too_few_words_is_not_foreign(text: str) -> None:
    assert not foreign(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (FRENCH, ["fait tout", "ses enfants"]),
        (
            "La grand-mère, Odette, garde les enfants dans la semaine. Elle dit que les "
            "parents sont au travail et que personne ne l'aide.",
            ["les enfants"],
        ),
        (
            "la chava subió su historia a facebook.com/kristal.muxe y ya la están acosando. "
            "Dice que no quiere volver a la escuela porque todos se ríen.",
            ["subió su historia", "están acosando"],
        ),
        (
            "Bissau, bairro de Bandim: menina de 14 anos, feito nas férias. Ela não quer "
            "denunciar, a mãe está com medo e não fala com ninguém.",
            ["14 anos"],
        ),
    ],
)
def test_the_ordinary_words_of_a_note_in_another_language_stay(text: str, words: list[str]) -> None:
    out = _out(text)
    for word in words:
        assert word in out


def test_capitalised_names_in_a_note_in_another_language_still_go() -> None:
    out = _out(FRENCH + " Le fils Mathieu aussi.")
    for name in ("Raymond", "Ginette", "Mathieu", "Liévin"):
        assert name not in out


def test_a_registered_lower_case_name_in_a_note_in_another_language_still_goes() -> None:
    client = KnownClient(alias="Client M", terms=("Marie Dubois",), others=("odette",))
    text = (
        "sa fille marie est partie chez odette. Elle ne dit rien à sa mère, elle est très triste."
    )
    out = _out(text, (client,))
    assert "marie" not in out
    assert "odette" not in out
    assert "ne dit rien" in out


def test_a_lower_case_name_in_an_english_note_still_goes() -> None:
    assert "tom" not in _out("saw tom today, he said his mum is ill")


def test_language_names_the_language() -> None:
    from confvault.redact.note_language import language

    assert (
        language("Wir haben die Nummer angeschaut, sie ist nicht da und kann nicht mehr.") == "de"
    )
    assert language(FRENCH) == "fr"
    assert language("She said she would come back after the weekend.") == "en"


# The nouns of a German note, which German writes with a capital, stay; its people and
# places still go.
@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "Lehrling, 16, Mobbing im Betrieb, schläft schlecht. Wir haben die Nummer "
            "angeschaut und über das Berufsbildungsamt gesprochen.",
            ["Lehrling", "Mobbing im Betrieb", "Berufsbildungsamt"],
            [],
        ),
        (
            "Vater nach Konkurs, die Frau weiss es noch nicht. Unterlagen zur "
            "Schuldenberatung bitte an m.buechel77@outlook.com, nicht nach Hause.",
            ["Konkurs", "die Frau", "Schuldenberatung"],
            ["m.buechel77"],
        ),
        (
            "Yusuf Al-Hamdan sagt, seine Tochter Layla hat Albträume. Wohnung in "
            "Gelsenkirchen ist zu klein und die Miete zu hoch.",
            ["Albträume", "Wohnung in", "Miete"],
            ["Yusuf", "Layla", "Gelsenkirchen"],
        ),
        (
            "Sie kann nicht mehr, die Hebamme kommt heute, Baby 4 Monate, der Mann ist bei "
            "der Arbeit in Mannheim.",
            ["Hebamme", "Baby 4 Monate", "Arbeit"],
            ["Mannheim"],
        ),
    ],
)
def test_a_german_note_keeps_its_nouns(text: str, kept: list[str], gone: list[str]) -> None:
    out = _out(text)
    for word in kept:
        assert word in out
    for detail in gone:
        assert detail not in out


def test_a_german_surname_that_is_a_noun_still_goes_after_a_title() -> None:
    out = _out("Frau Fischer ist die Betreuerin, sie hat heute nicht angerufen und kommt nicht.")
    assert "Fischer" not in out
    assert "Betreuerin" in out


def test_german_nouns_in_an_english_note_are_not_read_as_german() -> None:
    # in an English note a capitalised unknown word is still a possible name
    out = _out("Met Schuldenberatung at the cafe; she said he was kind to her.")
    assert "Schuldenberatung" not in out


def test_an_address_ends_with_its_sentence() -> None:
    out = _out(
        "Neue Adresse seit Oktober: Landstrasse 118, 9494 Schaan. Sohn (17) wieder bei ihr, sie schläft kaum."
    )
    assert "[ADDRESS]. Sohn (17) wieder" in out
    assert "Schaan" not in out and "Landstrasse" not in out
    # abbreviations with a full stop do not end it
    assert _out("Office at 4 Main Blvd. Suite 200, Springfield") == "Office at [ADDRESS]"


# (not the small words English notes use too, nor those that are names elsewhere:
# "Le", "Ella", "Vi" are judged as in an English note)
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Causerie éducative: paludisme, moustiquaires, SRO pour la diarrhée. Les mamans "
            "ont posé des questions sur le vaccin, elles sont très inquiètes.",
            "Les mamans",
        ),
        (
            "Só ligar no zap, ela não atende o fixo. Não ligar no fixo, ele diz que está com "
            "medo do marido.",
            "Não ligar",
        ),
        (
            "CPF do pai anotado. Ele chora, diz que quer voltar para casa, mas a mãe não deixa "
            "e ele está muito triste.",
            "Ele chora",
        ),
    ],
)
def test_a_small_word_opening_a_sentence_of_another_language_stays(text: str, kept: str) -> None:
    assert kept in _out(text)


def test_a_small_word_that_is_a_name_in_an_english_note_still_goes() -> None:
    # "Ella" is Spanish for "she", and an English first name
    assert "Ella" not in _out("Ella came with her mum and said she was tired of it all.")


# From the hostile review of the first draft: each of these leaked with it.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Denies SI. Hx SA by ex (Craig). Goes to NA with sponsor. May ring PO. Saw gary at the hostel.",
            "gary",
        ),
        (
            "f/u call. denies si today. hx of sa by stepdad (gary). attends na mtgs. po appt thurs.",
            "gary",
        ),
        (
            "mon 3pm - ma + son came in. son (jayden) not sleeping, ma worried. plus dad back on the scene",
            "jayden",
        ),
        (
            'pt upset, says tyler keeps texting. quoted him: "no quiero verte, déjame en paz, no eres mi padre, ya no te quiero". sees gp tues.',
            "tyler",
        ),
        (
            'chat w/ sam. says "je ne sais pas, ma mère dit que c\'est de ma faute". cousin ryan staying w/ them.',
            "ryan",
        ),
    ],
)
def test_an_english_note_with_shorthand_or_a_quote_is_not_read_as_foreign(
    text: str, name: str
) -> None:
    assert name not in _out(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hablé con ella por teléfono. Dice que mi hermana lucía la llevó a casa de su madre y que no quiere volver.",
            "lucía",
        ),
        (
            "Vino con su novio iván, que no la deja salir sola. Tiene miedo de él y no duerme.",
            "iván",
        ),
        (
            "elle habite à roubaix avec sa mère, son copain kevin dupont ne la laisse pas tranquille.",
            "kevin",
        ),
        (
            "Parlato con lei oggi, il suo ragazzo luca la controlla sempre e non le fa vedere le amiche.",
            "luca",
        ),
        (
            "Nakausap ko si joy kanina. Sabi niya yung amo niya na si mrs tan ay hindi siya pinapakain ng maayos.",
            "tan",
        ),
        (
            "ich hab heute mit ihr gesprochen, sie ist nicht gut drauf und ihr freund tobias trinkt wieder.",
            "tobias",
        ),
        (
            "sie ist mit den kindern zu ihrer mutter nach kassel gezogen, der vater ist noch nicht da.",
            "kassel",
        ),
        (
            "ela se mudou para setúbal com os filhos, o pai deles ainda está lá e ela não fala com ele.",
            "setúbal",
        ),
    ],
)
def test_a_lower_case_name_or_town_in_a_note_in_another_language_still_goes(
    text: str, name: str
) -> None:
    assert name not in _out(text)


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        (
            "Gespräch mit Frau Krebs heute. Sie ist nicht gut drauf, die Tochter ist wieder bei ihr.",
            "Krebs",
        ),
        (
            "Frau Morgen sagt, ihr Mann ist seit drei Wochen weg und die Kinder fragen nach ihm.",
            "Morgen",
        ),
        ("Termin mit Familie Krebs, die Mutter ist nicht gekommen. Der Sohn ist 15.", "Krebs"),
        (
            "Sie war bei Dr. Kopf in der Praxis, er hat ihr Tabletten gegeben und sie ist müde.",
            "Kopf",
        ),
        (
            "Sie ist letzte Woche mit den Kindern nach Essen gezogen, weil sie dort eine Wohnung hat.",
            "Essen",
        ),
        ("Er ist nicht mehr in Zürich, er wohnt jetzt in Zug bei seinem Bruder.", "Zug"),
        ("Sie wohnt in Grafschaft bei ihren Eltern, aber sie will nach Bonn.", "Grafschaft"),
        (
            "Sie hat wieder Kontakt zur Stiftung Hoffnung und sie geht nicht mehr zur Arbeit.",
            "Stiftung Hoffnung",
        ),
    ],
)
def test_a_german_surname_or_town_that_is_also_a_noun_still_goes(text: str, detail: str) -> None:
    assert detail not in _out(text)


def test_naira_is_a_first_name_not_only_a_currency() -> None:
    assert "Naira" not in _out(
        "Naira said her dad is coming back from Lagos next month and she is scared."
    )


def test_a_short_german_note_counts_its_articles() -> None:
    # "die" counts for German (an English note that says "die" has English's small
    # words around it): two short sentences are enough to tell
    out = _out("Gespräch mit Frau Krebs heute. Die Hebamme kommt morgen, Baby 4 Monate.")
    assert "Krebs" not in out
    assert "Die Hebamme kommt morgen, Baby 4 Monate." in out
    assert _out("She said she wants to die, and that she would die before going back to him.") == (
        "She said she wants to die, and that she would die before going back to him."
    )


# Other languages' frequent words (data/other_words.txt.gz, from wordfreq's lists) open
# sentences without being taken as names; not in German, whose frequency list holds
# surnames and towns that are nouns.
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Atelier couture pour femmes: thé à la menthe, henné. Discussion sur le divorce, "
            "pas de honte ici, elles sont très contentes.",
            "Atelier couture",
        ),
        (
            "Visita breve a la casa. Grupo de apoyo los jueves, ella dice que no quiere ir y "
            "que está muy cansada.",
            "Grupo de apoyo",
        ),
        (
            "Colloquio breve. Passa dall'italiano al dialetto, dice che il lavoro in albergo è "
            "molto duro e che non dorme.",
            "Colloquio breve",
        ),
    ],
)
def test_a_frequent_word_opening_a_sentence_of_another_language_stays(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Vásquez dice que no quiere volver a la casa. Está con miedo y no duerme desde el "
            "martes.",
            "Vásquez",
        ),
        (
            "Marie dit que son copain ne la laisse pas tranquille. Elle est très fatiguée et ne "
            "dort plus.",
            "Marie",
        ),
        (
            "Roubaix, c'est fini pour elle. Elle est partie chez sa sœur et ne veut plus y "
            "retourner.",
            "Roubaix",
        ),
    ],
)
def test_a_name_or_town_opening_a_sentence_of_another_language_still_goes(
    text: str, name: str
) -> None:
    assert name not in _out(text)


def test_the_frequent_words_of_other_languages_hold_no_listed_name_or_place() -> None:
    from confvault.redact.lexicon import lexicon, other_words

    lex = lexicon()
    for code in ("es", "fr", "it"):
        words = other_words(code)
        assert len(words) > 10_000
        listed = [w for w in words if w in lex.first_names or w in lex.surnames or w in lex.places]
        assert listed == []
    # the languages whose names are often everyday words keep the older rules (review)
    for code in ("pt", "de", "nl", "nord", "pl", "tr", "id", "tl"):
        assert other_words(code) == frozenset()
    assert "atelier" in other_words("fr")
    assert "marie" not in other_words("fr") and "roubaix" not in other_words("fr")


@pytest.mark.parametrize(
    "text",
    [
        "G\u00f6r\u00fc\u015fme notu. G\u00fcne\u015f bug\u00fcn \u00e7ok yorgundu, i\u015fi yok ve ne yapaca\u011f\u0131n\u0131 bilmiyor.",
        "Sesi singkat hari ini. Kasih bilang dia tidak bisa tidur dan sudah tidak makan dua hari.",
        "Kort samtale i dag. Amager er ikke sikkert for hende, siger hun, og hun vil flytte.",
        "Sessão curta. Brandão disse que não quer voltar para casa e que está com muito medo.",
    ],
)
def test_names_that_are_words_in_languages_left_out_still_go(text: str) -> None:
    first = text.split(". ", 1)[1].split()[0]
    assert first not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Séance avec Sandrine. Sandrine dit qu'elle ne dort plus et qu'elle a peur de lui.",
        "Nome: Guilherme. Idade 34, ele não quer voltar para casa e está com medo.",
        "Presentes:\nPutri\nIndah\nElas não querem falar com a assistente social hoje.",
    ],
)
def test_a_name_in_a_field_a_list_or_met_again_still_goes(text: str) -> None:
    out = _out(text)
    for name in ("Sandrine", "Guilherme", "Putri", "Indah"):
        assert name not in out
