"""The news reader (a news page saved as text) at the RawReport level: headline, byline,
date, dateline and agency, paragraphs, and the site's chrome removed.

Claims and the assembled NewsReport: ``tests/test_news.py``. HTML news pages:
``tests/readers/test_html.py``.
"""

from __future__ import annotations

import pytest

from wikiparse.raw import RawReport
from wikiparse.readers import BY_NAME

from ..conftest import CORPUS, SEEDS


def read(text: str) -> RawReport:
    raw = BY_NAME["news"].read(text, "<test>")
    assert isinstance(raw, RawReport)
    return raw


PAGE = """\
Tips for becoming a good boxer
Kurdish-led forces seize Raqqa's old city from ISIL

By Tom Perry
September 4, 2017

BEIRUT (Reuters) - US-backed forces captured the old city of Raqqa from Islamic State on \
Monday, a war monitor said.

Advertisement

SDF fighters stand near the Great Mosque in Raqqa's old city (AP Photo/Hussein Malla)

The Syrian Democratic Forces said 40 of their fighters were killed in the three-day assault \
on the old city.

Read: Raqqa residents describe months of siege

Share this article

"The old city is under our control," an SDF commander told AFP by telephone from the front \
line.

Share this article

© 2017 Thomson Reuters
Most read
Newsletter
"""


@pytest.fixture(scope="module")
def page() -> RawReport:
    return read(PAGE)


def test_header_lines(page: RawReport) -> None:
    assert page.headline == "Kurdish-led forces seize Raqqa's old city from ISIL"
    assert page.byline == "Tom Perry"  # "By Tom Perry"
    assert page.date_text == "September 4, 2017"
    assert page.publisher == "Thomson Reuters"  # "© 2017 Thomson Reuters"


def test_dateline_and_agency(page: RawReport) -> None:
    assert page.dateline == "BEIRUT"
    # "(Reuters)" in the dateline is the agency; "told AFP" later is a quote's channel
    assert page.agency_hint == "Reuters"


def test_paragraphs_without_chrome(page: RawReport) -> None:
    assert page.paragraphs == [
        "US-backed forces captured the old city of Raqqa from Islamic State on Monday, a war "
        "monitor said.",
        "The Syrian Democratic Forces said 40 of their fighters were killed in the three-day "
        "assault on the old city.",
        '"The old city is under our control," an SDF commander told AFP by telephone from the '
        "front line.",
    ]  # no ad, caption, "Read:" teaser, repeated share button or trailing promo


def test_furniture_above_the_headline_is_an_issue(page: RawReport) -> None:
    (issue,) = page.issues
    assert issue.code == "chrome-removed"
    assert issue.text == "Tips for becoming a good boxer"
    assert issue.message.startswith("1 line(s) above the headline")


def test_agency_named_in_the_text_when_no_dateline_gives_one() -> None:
    text = PAGE.replace("BEIRUT (Reuters) - ", "")
    report = read(text)
    assert report.dateline is None
    assert report.agency_hint == "AFP"  # "… told AFP by telephone"
    assert report.paragraphs[0].startswith("US-backed forces captured")


def test_letters_of_stripped_tags() -> None:
    text = (
        "Fighting in Damascus\n\n"
        "pBEIRUT: Heavy fighting erupted in the south of Damascus on Monday, a monitor said.p\n"
        "pp\n"
        "pThe toll has risen to 62, most of them local pro-regime fighters, it said.p\n"
    )
    report = read(text)
    assert report.headline == "Fighting in Damascus"
    assert report.dateline == "BEIRUT"
    assert report.paragraphs == [
        "Heavy fighting erupted in the south of Damascus on Monday, a monitor said.",
        "The toll has risen to 62, most of them local pro-regime fighters, it said.",
    ]
    (issue,) = report.issues
    assert issue.code == "markup-residue" and "3 line(s)" in issue.message


def test_a_page_with_no_sentence_keeps_its_first_line_as_headline() -> None:
    """A video page: a title and a caption, no sentence (nothing ends in a full stop)."""
    report = read("Raqqa: the old city after the battle\n\nDrone footage of the old city\n")
    assert report.headline == "Raqqa: the old city after the battle"
    assert report.paragraphs == ["Drone footage of the old city"]


def test_seed_report_by_agency() -> None:
    report = read(next(SEEDS.glob("002_*")).read_text())
    assert report.headline == "62 regime fighters dead in IS attack on Syrian capital"
    assert (report.byline, report.date_text, report.dateline) == ("AFP", "March 22, 2018", "BEIRUT")
    assert report.paragraphs[0].startswith("A lightning assault by the Islamic State group")
    assert not any(p == "Advertisement" for p in report.paragraphs)
    assert len(report.paragraphs) == 7


def test_corpus_standfirst_printed_twice_is_kept_once() -> None:
    path = CORPUS / "news" / "thenationalnews-us-backed-force-ousts-isil-from-half-of-raqqa.txt"
    report = read(path.read_text())
    assert report.headline == "US-backed Syria force ousts ISIL from half of Raqqa"
    standfirst = [p for p in report.paragraphs if p.startswith("The Syrian Democratic Forces have")]
    assert len(standfirst) == 1
    assert report.paragraphs.index(standfirst[0]) == 1  # kept late: in the article's order
    assert "Powered by automated translation" not in report.paragraphs
    assert report.agency_hint == "AFP"  # "… operation told AFP that just under half …"
    assert not report.paragraphs[-1].startswith('"Forty-five per cent of')  # cut-off promo


def test_corpus_date_above_the_headline() -> None:
    report = read(
        (CORPUS / "news" / "channel4-kurdish-forces-retake-raqqa-old-city.txt").read_text()
    )
    assert report.date_text == "4 Sep 2017"
    assert report.headline == "Kurdish forces retake Raqqa’s old city from IS"
    assert report.paragraphs[0].startswith("In Syria, US-backed Kurdish forces")  # spaces squashed
