"""Georgian given names and towns (session 23).

Georgian script has no capitals, so the capital-based name rules never see a Georgian
name, and a title ("ბატონი", :mod:`.names_scripts`) is rarely written. These are some
of the given names most often borne in Georgia, written for this project from common
knowledge of them (not from any note), with the endings a name takes in a sentence:
the nominative "-ი" of a name ending in a consonant ("თამარი"), the ergative "-მა"/"-მ",
the dative and genitive "-ს"/"-ის", and "-თან" (with), "-ზე" (about), "-სთვის" (for).

Left out: names that are also everyday words ("ლია", open; "ლალი", a ruby; "ნანა", a
lullaby's word).

The towns are the country's cities and district seats, with the endings a place takes:
"-ი", "-ში" (in), "-იდან"/"-დან" (from), "-ს", "-ის", "-ამდე" (as far as), "-ისკენ"
(towards): "ბათუმში", "ზუგდიდიდან". The capital-based place rules miss them as they
miss the names.
"""

from __future__ import annotations

import re

from .model import Span


def _words(line: str) -> list[str]:
    return line.split()


# names that end in a vowel, then those that end in a consonant (their stems)
_VOWEL_NAMES = _words(
    "ნინო ანა ელენე ნათია ეკატერინე მანანა მზია ნუნუ ციალა მაია ხათუნა ნათელა "
    "თეა სოფიო სალომე ლიკა ნიკა გიორგი ლუკა ალექსანდრე ირაკლი დიმიტრი გოჩა ზაზა "
    "გელა ბექა ლაშა შოთა ვანო თორნიკე სანდრო გიგა კახა მამუკა ეთო ქეთო ნუცა "
    "თამუნა მაკა ნატო ეკა ხატია ნინი ილია ბადრი"
)
_CONSONANT_NAMES = _words(
    "თამარ მარიამ ქეთევან ეთერ დარეჯან დავით ნიკოლოზ ლევან ზურაბ თემურ მერაბ "
    "ვახტანგ ოთარ ავთანდილ რევაზ ბესიკ ნოდარ ჯემალ ტარიელ ზვიად გურამ ამირან"
)
_AFTER_VOWEL = "(?:მ|ს|თან|ზე|სთვის)?"
_AFTER_CONSONANT = "(?:ი|მა|ს|ის|თან|ზე|ისთვის)?"
_NAME = re.compile(
    "(?<![\u10d0-\u10ff])(?:"
    + "|".join(sorted(_VOWEL_NAMES, key=len, reverse=True))
    + f"){_AFTER_VOWEL}(?![\u10d0-\u10ff])"
    + "|(?<![\u10d0-\u10ff])(?:"
    + "|".join(sorted(_CONSONANT_NAMES, key=len, reverse=True))
    + f"){_AFTER_CONSONANT}(?![\u10d0-\u10ff])"
)
# the towns' stems (their nominative less its "-ი")
_TOWNS = _words(
    "თბილის ბათუმ ქუთაის რუსთავ ზუგდიდ გორ ფოთ ხაშურ სამტრედი სენაკ ზესტაფონ "
    "მარნეულ თელავ ახალციხ ქობულეთ ოზურგეთ ცხინვალ სოხუმ ბორჯომ მცხეთ ახალქალაქ "
    "ამბროლაურ სიღნაღ გურჯაან ყვარელ ლაგოდეხ ქარელ კასპ ჭიათურ საჩხერ ტყიბულ "
    "წყალტუბ ლანჩხუთ ჩოხატაურ მესტი დუშეთ ბოლნის დმანის წალკ გარდაბან საგარეჯ "
    "ხობ წალენჯიხ მარტვილ აბაშ ვან ბაღდათ თერჯოლ ახმეტ დედოფლისწყარ ადიგენ ასპინძ "
    "ნინოწმინდ თეთრიწყარ"
)
_TOWN = re.compile(
    "(?<![\u10d0-\u10ff])(?:"
    + "|".join(sorted(_TOWNS, key=len, reverse=True))
    + ")(?:ი|ში|იდან|დან|ს|ის|ამდე|ისკენ|შია|შიც)(?![\u10d0-\u10ff])"
)
_GEORGIAN = re.compile("[\u10d0-\u10ff]")


def detect(text: str) -> list[Span]:
    if not _GEORGIAN.search(text):
        return []
    found = [Span(*m.span(), "NAME", "pattern") for m in _NAME.finditer(text)]
    found += [Span(*m.span(), "LOCATION", "pattern") for m in _TOWN.finditer(text)]
    return found
