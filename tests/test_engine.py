"""Engine: the language that decides a status, each case with a positive and a negative sentence."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyser.engine import find_parties
from analyser.model import Document
from analyser.pipeline import Pipeline, analyse_document
from tests.engine_cases import report_of


def _status(pipeline: Pipeline, text: str, requirement: str) -> str:
    document = Document(text=text, name="case.txt", format="txt", sha256="")
    return analyse_document(document, pipeline).requirement(requirement).status


AI = "The Company may create a Digital Replica of the Model for the Campaign. "


@pytest.mark.parametrize(
    ("case", "text", "requirement", "status"),
    [
        (
            "negation: shall not without consent",
            AI + "The Company shall not use the Digital Replica "
            "without the Model's prior written consent.",
            "consent",
            "present",
        ),
        (
            "negation: may without consent",
            AI + "The Company may use the Digital Replica without the Model's consent.",
            "consent",
            "missing",
        ),
        (
            "express removal",
            AI + "No consent of the Model shall be required for any use.",
            "consent",
            "missing",
        ),
        (
            "post negation",
            AI + "The Model's prior written consent shall not be required.",
            "consent",
            "missing",
        ),
        (
            "other party's consent is not the person's",
            AI + "The Model shall not work for another "
            "agency without the Agency's prior written consent.",
            "consent",
            "missing",
        ),
        (
            "deemed consent",
            AI + "By taking part in the shoot the Model is deemed to have consented to all uses.",
            "consent",
            "weak",
        ),
        (
            "consent never implied",
            AI + "The Model must give prior written consent to each use. "
            "No consent shall be implied from the Model's silence.",
            "consent",
            "present",
        ),
        (
            "power of attorney",
            AI + "The Agency may give that consent as the Model's attorney-in-fact.",
            "consent",
            "weak",
        ),
        (
            "blanket grant",
            "The Model hereby grants the Company the right to use the Model's likeness "
            "for any purpose whatsoever.",
            "consent",
            "weak",
        ),
        (
            "limited grant",
            "The Model hereby consents to the use of the Photographs in the Spring catalogue.",
            "consent",
            "present",
        ),
        (
            "exception undercuts",
            AI + "Except as set out in Schedule B, the Company shall not use the "
            "Digital Replica without the Model's prior written consent.",
            "consent",
            "weak",
        ),
        (
            "without limitation widens, it does not negate",
            AI + "Any use, including without "
            "limitation social media, is subject to the Model's prior written consent.",
            "consent",
            "present",
        ),
        (
            "per-use fee",
            AI + "The Company shall pay the Model a fee of $750 per use.",
            "compensation",
            "present",
        ),
        (
            "per-unit rate is not nominal",
            AI + "We will pay you a royalty of forty cents ($0.40) per generated minute.",
            "compensation",
            "present",
        ),
        (
            "nominal consideration",
            "For $1 and other good and valuable consideration I grant the "
            "Photographer the rights below.",
            "compensation",
            "weak",
        ),
        (
            "unstated fee",
            AI + "The Company shall pay the Model a fee of [●] for each use.",
            "compensation",
            "weak",
        ),
        (
            "no further compensation",
            AI + "The Company shall pay the Model $2,000. The Company may use "
            "the Digital Replica in later campaigns without further compensation.",
            "compensation",
            "weak",
        ),
        (
            "expressly unpaid",
            AI + "The Company may use the Digital Replica without any payment to the Model.",
            "compensation",
            "missing",
        ),
        (
            "negated unpaid",
            AI + "The Company shall not use the Digital Replica without payment of a "
            "fee of $500 per use.",
            "compensation",
            "present",
        ),
        (
            "commission is not pay",
            AI + "The Agency shall receive a commission of 20% of all fees.",
            "compensation",
            "missing",
        ),
        (
            "person revokes",
            AI + "The Model may revoke this consent at any time by written notice.",
            "revocation",
            "present",
        ),
        (
            "other party terminates",
            AI + "The Company may terminate this licence at any time.",
            "revocation",
            "weak",
        ),
        (
            "revocation under heavy conditions",
            AI + "The Model may withdraw consent only upon payment of a release fee of $5,000.",
            "revocation",
            "weak",
        ),
        (
            "irrevocable",
            AI + "The licence of the Digital Replica is irrevocable.",
            "revocation",
            "missing",
        ),
        (
            "not irrevocable",
            AI + "This consent is not irrevocable. The Model may withdraw it on 30 "
            "days' written notice.",
            "revocation",
            "present",
        ),
        (
            "contradiction across clauses",
            AI + "4.1 The Model may revoke this consent on written "
            "notice.\n9.3 All rights granted under this Agreement are irrevocable.",
            "revocation",
            "weak",
        ),
        (
            "revocation expressly barred",
            AI + "This consent may not be revoked.",
            "revocation",
            "missing",
        ),
        ("nothing said", AI, "revocation", "missing"),
    ],
)
def test_language_decides_status(
    pipeline: Pipeline, case: str, text: str, requirement: str, status: str
) -> None:
    assert _status(pipeline, text, requirement) == status, case


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("The Brand will build a digital twin of the Model.", True),
        ("Licensee may clone the Talent's voice with text-to-speech software.", True),
        ("The Agency may use AI to modify the Model's image.", True),
        ("The Agency uses AI-assisted scheduling software. Invoices are digital.", False),
        ("Prints will be couriered by AI Logistics Ltd.", False),
        ("The Photographer may retouch the photographs.", False),
    ],
)
def test_ai_likeness_detection(pipeline: Pipeline, text: str, addressed: bool) -> None:
    document = Document(text=text, name="case.txt", format="txt", sha256="")
    assert analyse_document(document, pipeline).ai_addressed is addressed


def test_findings_cite_quote_clause_and_cue(pipeline: Pipeline) -> None:
    text = (
        "1. Digital Replicas\n1.1 The Company shall not use the Digital Replica without the "
        "Model's prior written consent.\n"
    )
    document = Document(text=text, name="case.txt", format="txt", sha256="")
    result = analyse_document(document, pipeline).requirement("consent")
    evidence = result.evidence[0]
    assert text[evidence.start : evidence.end] == evidence.quote
    assert evidence.clause == "1.1"
    assert "prior written consent" in evidence.cues
    assert result.ai_specific is True
    assert any("1.1" in reason for reason in result.reasons)


def test_red_flags_name_the_requirement_they_undermine(pipeline: Pipeline) -> None:
    text = AI + "The Model irrevocably grants these rights in perpetuity throughout the world."
    document = Document(text=text, name="case.txt", format="txt", sha256="")
    report = analyse_document(document, pipeline)
    flags = {flag.id: flag.undermines for flag in report.red_flags}
    assert flags == {"irrevocable": "revocation", "perpetual": "duration", "worldwide": "scope"}
    assert any("irrevocable" in reason for reason in report.requirement("revocation").reasons)


@pytest.mark.parametrize(
    ("text", "person", "other"),
    [
        (
            'Jane Doe (the "Model") and Acme Ltd (the "Company")',
            {"model", "jane", "doe"},
            {"company", "acme"},
        ),
        ('Sam Lee, hereinafter "Talent", and Studio X ("Producer")', {"talent"}, {"producer"}),
        ('Brightwater ("we", "us") and you', {"you"}, {"we", "us"}),
        ('Waverly Stores Ltd ("Waverly") and Jo Park (the "Model")', {"model"}, {"waverly"}),
        # a label described as the person is the person's, even a word that usually names a client
        (
            'Studio: Tinta Ltd ("the Studio").\nClient: the person signing below ("the Client").',
            {"client"},
            {"studio"},
        ),
        ('Ana Ruiz, the individual named in Schedule 1 ("Producer")', {"producer"}, set()),
    ],
)
def test_parties_come_from_the_contract_definitions(
    text: str, person: set[str], other: set[str]
) -> None:
    parties = find_parties(
        text, {"person": ["model", "talent", "you"], "other": ["company", "producer", "we", "us"]}
    )
    assert person <= parties.person
    assert other <= parties.other


@pytest.mark.parametrize(
    "text",
    [
        # represented "in the person of" its officer: the company, not the person
        'Between Fondazione Estense, in the person of its President ("the Foundation"), and Ana',
        # a company that employs a person is still a company
        'Acme Ltd, a company that employs the person named below ("the Client")',
    ],
)
def test_a_person_mentioned_in_a_company_definition_does_not_make_it_the_person(text: str) -> None:
    parties = find_parties(text, {"person": ["model"], "other": ["client"]})
    assert not parties.person & {"foundation", "client"}


@pytest.mark.parametrize(
    ("text", "other_word"),
    [
        # the person's address given by reference to the other side (a session-20 regression:
        # "The Producer may terminate this Agreement" then read as the person's way out)
        (
            '(1) Nightjar House Audio Limited, Wetherby ("the Producer"); and\n'
            "(2) Benedikt Ashcombe, of an address notified in writing to the Producer "
            '("the Narrator").',
            "producer",
        ),
        (
            'between Sablewood Talent Management LLC, Findlay (the "Manager"), and Carys Holloway, '
            'of the address notified to the Manager (the "Artist").',
            "manager",
        ),
    ],
)
def test_the_other_side_named_in_the_persons_definition_stays_the_other_side(
    text: str, other_word: str
) -> None:
    parties = find_parties(
        text, {"person": ["narrator", "artist"], "other": ["manager", "producer"]}
    )
    assert other_word in parties.other
    assert other_word not in parties.person


_DEFINITION_PIECES = ["Acme", "Ltd", ",", " ", "  ", "\n", "(", ")", '"', "\u201c", "\u201d", "'",
                      "the ", "hereinafter ", "referred to as ", "Model", "Talent", "Sam Lee",
                      "and", ";", "a", "O'Neil", "Co.", "x" * 45, "\u2019"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DEFINITION_PIECES), max_size=40).map("".join))
def test_definitions_found_from_their_tails_are_those_the_whole_regex_finds(text: str) -> None:
    from analyser.engine import _DEFINITION, _iter_definition_matches

    expected = [(m.start(), m.end(), m.groupdict()) for m in _DEFINITION.finditer(text)]
    found = [(m.start(), m.end(), m.groupdict()) for m in _iter_definition_matches(text)]
    assert found == expected


_TERM_PIECES = ["Synthetic Spot", "synthetic spots", "SYNTHETIC", "spot", "Moa Echo", "moa",
                " ", "\n", "s", "S", "\u017f", "\u212a", "K", "k", "\u0130", "\u0131", "i", "I",
                "\u00c9cho", "\u00e9", "\u03a3", "\u03c2", "\u03c3", "ss", "\u00df"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TERM_PIECES), max_size=30).map("".join),
       st.lists(st.sampled_from(_TERM_PIECES), min_size=1, max_size=3).map("".join))
def test_defined_terms_are_found_where_a_case_insensitive_regex_finds_them(
    text: str, term: str
) -> None:
    import re

    from analyser.engine import _iter_term_starts
    from analyser.prefilter import Prefilter

    expected = [m.start() for m in re.finditer(re.escape(term), text, re.IGNORECASE)]
    assert list(_iter_term_starts(term, text, Prefilter.fold(text))) == expected


def test_a_defined_term_found_by_plain_search_ignores_case_and_does_not_overlap() -> None:
    from analyser.engine import _iter_term_starts
    from analyser.prefilter import Prefilter

    text = "Synthetic Spot; SYNTHETIC SPOTS; synthetic spotsynthetic spot"
    assert Prefilter.fold(text) is not None  # the plain search is used
    assert list(_iter_term_starts("synthetic spot", text, Prefilter.fold(text))) == [0, 16, 33, 47]
    assert list(_iter_term_starts("sss", "ssssss", Prefilter.fold("ssssss"))) == [0, 3]


def test_a_kelvin_sign_is_matched_as_k_as_re_does() -> None:
    from analyser.engine import _iter_term_starts
    from analyser.prefilter import Prefilter

    text = "Kelvin \u212aelvin"
    assert Prefilter.fold(text) is None  # re matches the sign to "k": the regex is used
    assert list(_iter_term_starts("kelvin", text, Prefilter.fold(text))) == [0, 7]


_RECITAL_PIECES = ["WHEREAS", "whereas", "Now, therefore", "NOW THEREFORE", "Recitals", "(A) ",
                   "B. ", "in consideration of the mutual promises",
                   "In Consideration Of The Mutual",
                   " covenants", " undertakings", "considerat\u0131on", "\u017f", " ", "\n", "-",
                   "the Model", "consideration", "mutual", "agreements"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_RECITAL_PIECES), max_size=12).map("".join))
def test_recitals_are_found_where_the_whole_recital_regex_finds_them(text: str) -> None:
    from analyser.engine import _RECITAL, _is_recital

    assert _is_recital(text) == bool(_RECITAL.search(text))


@pytest.mark.parametrize("reference", ["para. 3", "Para. 3", "Art. 8 para. 4 lit. d", "cl. 3",
                                       "clause 3"])
def test_a_sentence_citing_a_provision_by_abbreviation_is_read_whole(
    pipeline: Pipeline, reference: str
) -> None:
    # regression: "under para. 3 and does not pass it on" was cut after "para.", so the promise
    # not to pass the image on was never read
    text = (f"1. The Company uses your image only as you have agreed under {reference} and does "
            "not pass it on to third parties.\n")
    assert report_of(pipeline, text).requirement("transfer").status == "present"


@pytest.mark.parametrize(
    ("term", "text", "expected"),
    [
        ("Vivi Clone", "featuring your Vivi\nClone.", [15]),
        ("Vivi Clone", "your Vivi  Clone and VIVI\n\nCLONE", [5, 21]),
        ("Vivi Clone", "your Vivi Clone only", []),  # one space: the plain search finds it
        ("Clone", "Vivi\nClone", []),  # one word cannot be broken
        ("Vivi Clone", "Vivi Vivi\nClone", [5]),  # the first word again before the broken term
        ("Vivi Clone", "Vivi\nVivi\nClone", [5]),  # the first word twice over a line break
        ("Ávila Voice", "the ávila\nVOICE", [4]),  # not ASCII: the case-insensitive regex
        ("Vivi Clone", "Vivi\nClone and K\u212a", [0]),  # the Kelvin sign: the regex on the text
    ],
)
def test_a_defined_term_broken_across_lines_is_found(term: str, text: str,
                                                     expected: list[int]) -> None:
    from analyser.engine import _iter_broken_term_starts
    from analyser.prefilter import Prefilter

    folded = Prefilter.fold(text)
    assert list(_iter_broken_term_starts(term, text, folded)) == expected
    regex = re.compile(r"\s+".join(map(re.escape, term.split())), re.IGNORECASE)
    found = [m.start() for m in regex.finditer(text) if " ".join(m.group().split()) != m.group()]
    assert found == expected  # the same places as a case-insensitive regex over the text


_PARTY_DEFAULTS = {"person": ["model", "talent"], "other": ["organisation", "company"]}


@pytest.mark.parametrize(
    ("text", "person", "other"),
    [
        # one party known, the other named by a word of neither side: it is the other party
        (
            "This Agreement is made between Coral Crown Pageants Inc., the organiser of the annual "
            'Coral Crown pageant (the "Organisation"), and the winner of the Coral Crown title for '
            'the coming year (the "Titleholder").',
            {"titleholder"},
            {"organisation"},
        ),
        (
            'This Agreement is made between Ana Reyes (the "Model") and Lumen Hall, a concert '
            'venue in Leeds (the "Venue").',
            {"model"},
            {"venue"},
        ),
    ],
)
def test_the_one_unknown_party_of_the_preamble_is_the_other_party(
    text: str, person: set[str], other: set[str]
) -> None:
    parties = find_parties(text, _PARTY_DEFAULTS)
    assert person <= parties.person
    assert other <= parties.other


@pytest.mark.parametrize(
    "text",
    [
        # two words of neither side: which is which is not told
        'This Agreement is made between the winner (the "Titleholder") and the pageant owner '
        '(the "Owner").',
        # both sides known already: a third label is neither
        'This Agreement is made between Acme Ltd (the "Company"), Ana Reyes (the "Model") and the '
        'photographer (the "Shooter").',
    ],
)
def test_no_party_is_guessed_when_the_preamble_does_not_tell(text: str) -> None:
    parties = find_parties(text, _PARTY_DEFAULTS)
    assert not parties.person & {"titleholder", "owner", "shooter"}
    assert not parties.other & {"titleholder", "owner", "shooter"}
