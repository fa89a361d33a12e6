"""Segmenter: clauses from numbering and headings, tiling the whole text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analyser import segmenter
from analyser.model import Document, Page
from analyser.pipeline import Pipeline, analyse_document
from analyser.segmenter import line_to_start, paragraph_heading, segment


def _doc(text: str, pages: tuple[Page, ...] = ()) -> Document:
    return Document(text=text, name="t.txt", format="txt", sha256="", pages=pages)


@pytest.mark.parametrize(
    ("line", "number", "heading"),
    [
        ("1. Grant of Rights", "1", "Grant of Rights"),
        ("7.2 The Company shall pay the Model.", "7.2", None),
        ("12.3.4 Nested clause text", "12.3.4", None),
        ("(a) in print; and", "(a)", None),
        ("(iv) on the website", "(iv)", None),
        ("Article IV - Digital Replicas", "Article IV", "Digital Replicas"),
        ("ARTICLE 2: TERM", "ARTICLE 2", "TERM"),
        ("Art. 1 - Participation", "Art. 1", "Participation"),
        ("ART. 12 \u2013 GOVERNING LAW", "ART. 12", "GOVERNING LAW"),
        ("Sec. 4 Payment", "Sec. 4", "Payment"),
        ("Section 3. Compensation", "Section 3", "Compensation"),
        ("Section 1.01 Definitions", "Section 1.01", "Definitions"),
        ("SECTION 4.02. Grant of Rights", "SECTION 4.02", "Grant of Rights"),
        ("Schedule 2", "Schedule 2", None),
        ("SCHEDULE B - AI USES", "SCHEDULE B", "AI USES"),
        ("DIGITAL REPLICA RIDER", None, "DIGITAL REPLICA RIDER"),
        ("Term and Termination", None, "Term and Termination"),
        ("FIRST. \u2013 Purpose. The Actor shall dub the character.", "FIRST", None),
        ("ELEVENTH. - Governing law. This Agreement is governed by Spanish law.", "ELEVENTH", None),
        ("CLAUSE ONE \u2013 OBJECT", "CLAUSE ONE", "OBJECT"),
        ("Clause Twelve - Term", "Clause Twelve", "Term"),
        ("Paragraph One. The Content shall be submitted first.", "Paragraph One", None),
        ("Sole Paragraph. No further fee is due.", "Sole Paragraph", None),
        ("Article 1 (Purpose)", "Article 1", "(Purpose)"),
        ("\u2460 The purpose of this Annex is to set out the rights.", "\u2460", None),
        # Nordic collective agreements: "\u00a7 3" sections with "Item 1." paragraphs
        ("\u00a7 3 Consent to Creation and Use", "\u00a7 3", "Consent to Creation and Use"),
        ("Item 2. The consent shall describe the production.", "Item 2", None),
        # run-in headings: capitals closed by a full stop, or a few words closed by a colon
        ("THIRD.- INDIVIDUAL CONSENT. The consent of the players is not required.", "THIRD",
         "INDIVIDUAL CONSENT"),
        ("SIXTH.- REVOCATION BY A PLAYER.", "SIXTH", "REVOCATION BY A PLAYER"),
        ("8. Third parties: we will not give the photographs to anyone.", "8", "Third parties"),
        ("4.2 NO FEE. The Participant is not paid.", "4.2", "NO FEE"),
        ("2.1 The Company shall pay USD 500: half on signing.", "2.1", None),
        ("3. Usage of the photographs for 12 months: online only.", "3", None),
        # Spanish and Latin American drafting in capitals with a bracketed title (fresh7)
        ("ONE (Background). The singer recorded for the label.", "ONE", "Background"),
        ("EIGHT (Withdrawal). The Heirs may withdraw the authorisation.", "EIGHT", "Withdrawal"),
        ("TWELVE (Territory and term).", "TWELVE", "Territory and term"),
        ("FOUR (Approval of New Tracks): each track needs approval.", "FOUR",
         "Approval of New Tracks"),
        # a form's lettered parts numbered "A1.", "B2.3" (fresh200: a choir's recording release)
        ("A1. To mark two hundred years of worship, the Society will record an album.", "A1",
         None),
        ("B2.3 The Society will not sell the recordings.", "B2.3", None),
        ("C4. Withdrawing my consent", "C4", None),
        # "1)" before a capital (fresh202: an agency's plain-language agreement)
        ("1) Representation", "1", "Representation"),
        ("12) Ending this agreement", "12", None),
    ],
)
def test_clause_starts_are_recognised(line: str, number: str | None, heading: str | None) -> None:
    found = line_to_start(line)
    assert found is not None
    assert (found.number, found.heading) == (number, heading)


@pytest.mark.parametrize(
    "line",
    [
        "30 days after the shoot the Company shall delete the scans.",
        "the Model's prior written consent, which may be",
        "Section 3 of this Agreement applies to all uses made under it by the Company and others.",
        "2.5% of net receipts shall be paid quarterly.",
        "$500 per use, payable within 30 days.",
        "without the Model's consent.",
        "FIRST the Model attends the fitting, then the shoot.",
        "Art. Deco styling is used in the Show, with music by the students.",
        "Art. 3 of the Civil Code applies to any dispute about this release and its effects.",
        "Paragraph One of Annex I lists the briefing dates for every Reel and Story.",
        "Clause one of the brief sets out the look; the Brand may change it.",
        "Article 9 (as amended) of the Contract applies to every Virtual Artist activity.",
        # a number written out in capitals is a count, not a clause, unless a bracketed title and
        # a full stop follow it
        "ONE (1) archive copy may be kept by the Company after the end of the Term.",
        "TWO (2) photographs. The Company may use them on its website.",
        "ONE (Background) is the title the parties gave the first recital of this deed",
        "ON ONE SIDE: Mrs. Nelida Sosa, widow, domiciled in Montevideo, in her own name;",
        # a numeral in brackets restating a number word the line before ends with ("twelve\n(12)
        # months' notice"): regression, 48 such lines in 42 samples were cut off as clause "(12)"
        "(12) months' written notice, but no notice may take effect before 31 December 2027.",
        "(30) days after the request, the Company shall delete the scans.",
        "(5) business days is deemed approved.",
        "(10) per cent of net receipts.",
        "(15) minute break in every ninety (90) minutes of physical performance.",
        # a paper size or a grid reference is not a clause number without its full stop
        "A4 prints of each photograph will be given to the Model.",
        "B12 on the floor plan is the make-up room.",
        "A1 Steak House provides the catering.",
        # a numeral closing a bracket the line before opened ("thirty (30\n) days"), or a list
        # item in lower case
        "30) days after the shoot the Company shall delete the scans.",
        "2) the photographs of the Model taken at the fitting;",
    ],
)
def test_continuation_lines_do_not_start_clauses(line: str) -> None:
    assert line_to_start(line) is None


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("(12) The Company shall delete the scans.", "(12)"),
        ("(2) Days of Service are listed in the Schedule.", "(2)"),
        ("(3) daytime filming only.", "(3)"),
    ],
)
def test_a_numbered_item_is_still_a_sub_clause(line: str, number: str) -> None:
    """Only a unit word after the bracket ("days", "months", "per cent") makes it a numeral."""
    found = line_to_start(line)
    assert found is not None and found.number == number


def test_a_wrapped_number_and_its_numeral_stay_in_one_clause() -> None:
    text = ("4.1 Talent may retire the Voice Model by giving Company twelve\n"
            "(12) months' written notice.\n4.2 Products stay on sale.\n")
    assert [c.label for c in segment(_doc(text))] == ["4.1", "4.2"]


def test_lettered_items_are_labelled_with_their_parent() -> None:
    text = "1. Grant\n1.1 The Model grants:\n(a) print use; and\n(b) online use.\n"
    labels = [c.label for c in segment(_doc(text))]
    assert labels == ["1", "1.1", "1.1(a)", "1.1(b)"]


def test_items_and_circled_paragraphs_are_sub_clauses() -> None:
    text = (
        "\u00a7 3 Consent\nItem 1. The producer may not.\nItem 2. The consent shall.\n"
        "Article 4 (Fees)\n\u2460 The Company pays.\n\u2461 The rate is fixed.\n"
    )
    labels = [c.label for c in segment(_doc(text))]
    assert labels == [
        "\u00a7 3", "\u00a7 3 Item 1", "\u00a7 3 Item 2", "Article 4", "Article 4\u2460",
        "Article 4\u2461",
    ]


def test_run_in_heading_words_do_not_decide(pipeline: Pipeline) -> None:
    quiet = (
        "1. Shoot: Tuesday 3 March in the studio.\n"
        "8. Third parties: we will not give or license the photographs to any other company.\n"
    )
    loud = "8. We may give or license the photographs to third parties.\n"
    flags = {f.id for f in analyse_document(_doc(quiet), pipeline).red_flags}
    assert "third_party_transfer" not in flags
    loud_flags = {f.id for f in analyse_document(_doc(loud), pipeline).red_flags}
    assert "third_party_transfer" in loud_flags


def test_preamble_is_its_own_clause() -> None:
    text = 'This agreement is made between Acme (the "Company") and Jo (the "Model").\n1. Term\n'
    clauses = segment(_doc(text))
    assert clauses[0].number is None
    assert text[clauses[0].start : clauses[0].end].startswith("This agreement")
    assert clauses[1].number == "1"


def test_clause_pages_come_from_document_pages() -> None:
    text = "1. First\nbody\f2. Second\nbody"
    pages = (Page(1, 0, 13), Page(2, 14, len(text)))
    clauses = segment(_doc(text, pages))
    assert [(c.number, c.page) for c in clauses] == [("1", 1), ("2", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "x",
        "\n\n\n",
        "no numbers at all, just one long line of text",
        "1. A\n\n\n2. B\n\f\f3. C",
        "  1. Indented first clause\n(a) item\n",
        "PREAMBLE\n1.\n1.1\n(a)\n",
    ],
)
def test_clauses_tile_the_text_exactly(text: str) -> None:
    clauses = segment(_doc(text))
    assert clauses[0].start == 0 and clauses[-1].end == len(text)
    for before, after in zip(clauses, clauses[1:], strict=False):
        assert before.end == after.start
        assert before.start < before.end


# --- headings of unnumbered documents (notices, e-mails, plain-language policies) -------------


@pytest.mark.parametrize(
    ("line", "before", "after", "heading"),
    [
        # sentence-case headings opening a paragraph
        ("Do we ask for consent?", "", "Services are public gatherings.", "Do we ask for consent?"),
        ("If you would rather not appear", "We keep them.", "You can tell us.",
         "If you would rather not appear"),
        ("How long we keep them", None, "Recordings stay online.", "How long we keep them"),
        ("No payment", "", "Nobody is paid.", "No payment"),
        # run-in headings closed by a colon
        ("Objection: The Model may object at any time.", "", None, "Objection"),
        ("AI Extensions: The Client may use generative AI.", "Fee: EUR 800.", None,
         "AI Extensions"),
        ("Date and time: Thursday, 26 March 2026.", "", None, "Date and time"),
        # not headings: a wrapped line, a sentence, fields of a letter or a form, a greeting
        ("the images of the Model", "We may publish", "Nobody is paid.", None),
        ("Thank you for your support", "We may publish", "Nobody is paid.", None),
        ("Nobody is paid for appearing.", "", "We may publish.", None),
        ("Consent is not required for adults", "", "", None),
        ("Consent is not required for the", "", "Model.", None),
        ("Subject: Booking confirmation DKM-2026", "", None, None),
        ("To: Brackwater Documentary Films Inc.", None, None, None),
        ("Signature: ______________________", "", None, None),
        ("Model signature: ______________", "", None, None),
        ("Clause 4: The Model may object.", "", None, None),
        ("Kind regards,", "Please confirm.", "Verena Aigner", None),
        ("Contact the office | 091 555", "", "Verena Aigner", None),
    ],
)
def test_paragraph_headings_of_unnumbered_documents(
    line: str, before: str | None, after: str | None, heading: str | None
) -> None:
    assert paragraph_heading(line, before, after) == heading


_NOTICE = """Filming Notice

We film the Sunday service.

Do we ask for consent?

We do not seek consent from adults.

Objection: You may ask us to remove a recording at any time.
"""


def test_an_unnumbered_notice_is_split_at_its_paragraph_headings() -> None:
    clauses = segment(_doc(_NOTICE))
    assert [c.heading for c in clauses] == [
        "Filming Notice", "Do we ask for consent?", "Objection"
    ]
    assert "".join(_NOTICE[c.start : c.end] for c in clauses) == _NOTICE


def test_numbered_documents_keep_their_clauses_at_numbers_only() -> None:
    text = _NOTICE.replace("We film", "1. We film").replace("We do not", "2. We do not")
    headings = [c.heading for c in segment(_doc(text))]
    assert "Do we ask for consent?" not in headings
    assert "Objection" not in headings


@given(
    st.text(alphabet=" \t", max_size=2),
    st.sampled_from("abcdefghijklmnopqrstuvwxyz"),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40),
)
def test_a_line_opening_with_a_lower_case_letter_starts_no_clause(
    indent: str, first: str, rest: str
) -> None:
    """Why ``line_to_start`` may skip such lines unread: no number pattern or heading test takes
    them (checked against each pattern and the heading test, not against the shortcut)."""
    line = indent + first + rest.replace("\n", " ").replace("\f", " ")
    patterns = (segmenter._WORD_NUMBER, segmenter._DECIMAL, segmenter._NAMED,
                segmenter._LETTERED, segmenter._ORDINAL, segmenter._PARA)
    assert not any(pattern.match(line) for pattern in patterns)
    assert not segmenter._is_heading(line.strip())
    assert line_to_start(line) is None


def _lines_by_regex(text: str) -> list[tuple[int, str]]:
    """The former reading of lines (every run between separators, found by a regex)."""
    lines = []
    for match in re.finditer(r"[^\n\f]*", text):
        at = match.start()
        if at == match.end() and at > 0 and text[at - 1] not in "\n\f":
            continue
        lines.append((match.start(), match.group()))
    return lines


@given(st.text(alphabet="ab \n\f\r", max_size=30))
def test_lines_are_the_runs_between_line_breaks_and_form_feeds(text: str) -> None:
    assert list(segmenter.iter_lines(text)) == _lines_by_regex(text)
