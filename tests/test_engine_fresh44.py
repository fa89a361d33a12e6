"""Plain permissions, waits in time, conduct, and terms defined after a colon (fresh44, fresh45).

"The Performer permits the Company to use the Photographs only in the printed programme" gives
consent in plain words, as "licenses ... to use" does; the Company permitting the Model to use
its changing rooms does not. A list of grantees closed by a comma ("to the Company, its licensees,
successors and assigns, the perpetual right ...") is still the person's grant. "You are treated as
agreeing to these Terms" by posting is consent read from conduct (weak). A way out that opens
"only after the commercials have been on air for six (6) months", or "only at the annual review",
is weak even where what is repaid is only the unexpired part of the fee: a proportionate refund
makes the payment light, not the wait. A figure the contract names after a colon ('a "Digital
Background Performer": a computer-generated figure resembling the Performer') is AI wherever it
is named, so "No further consent ... is required for any such use" in its clause removes consent
to the replica. "You may remove your voice from the library at any time" is the person's own way
out (the Company removing the photographs is not), and a deletion that a sentence after the next
says "does not end the licence" is none. In an AI contract, "No further consent ... shall be
required for any use of the Materials" removes consent to the AI versions the Materials include,
though its sentence names no AI, unless an AI clause asks for consent; stills used "without
further approval" waive approval, not consent. Leaving the Programme "only with effect from the
end of a Programme year" and withdrawing an opt-in "only before the dubbed version is first
published" are weak ways out; requiring the Client "by written notice through the Agency to stop"
is a full one. A day rate that "covers the shoot" beside "No fee ... is due to you for the AI
Variants" leaves the AI use unpaid; a licence fee beside "no royalties" pays for it once (weak).
"..., and that you will not receive any fee, royalty, revenue share" is a second reported clause,
not a relative clause: its "not" reaches every pay word in the list. Each case is (phenomenon,
text, requirement, status); a "look-alike: ..." case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads

from analyser.pipeline import Pipeline

RADIO = (
    "1. The Artist grants the Agency the right to broadcast the recorded commercials on radio "
    "in France for two years.\n2. The Agency shall pay the Artist EUR 1,200 for the recording "
    "session and EUR 300 for each month of broadcast.\n"
)
SCAN = (
    "1. On the work date Producer may make a three-dimensional scan of the Performer's face.\n"
    '2. From the scan, Producer may create a "Digital Background Performer": a computer-generated '
    "figure resembling the Performer that can be placed in crowd scenes.\n"
)

MATERIALS = (
    '1. "Materials" means the footage of the Contributor and any synthetic or AI-generated '
    "version of the Contributor made from it.\n2. The Contributor grants the Producer the right "
    "to use the Materials in the documentary.\n"
)

CASES = [
    (
        "a performer permits the company to use the photographs in named places",
        "2.1 The Performer permits the Company to use the Photographs only in the printed "
        "programme, on the Company's own website and on posters, until 31 December 2027.\n"
        "3.1 The Company shall pay the Performer EUR 100.\n",
        "consent",
        "present",
    ),
    (
        "you permit the organiser to film your set",
        "2.1 You permit the Organiser to film your band's set and to use up to three minutes of "
        "it in the 2027 highlights video on the Organiser's website.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: the company permits the model to use its changing rooms",
        "1. The Company permits the Model to use the changing rooms on the shoot day.\n",
        "consent",
        "present",
    ),
    (
        "grantees closed by a comma before a blanket right",
        "2.1 I irrevocably grant to the Company, its licensees, successors and assigns, the "
        "perpetual right to photograph me at the shoot and to use the photographs for any "
        "purpose whatsoever.\n",
        "consent",
        "weak",
    ),
    (
        "treated as agreeing by posting with the hashtag",
        "1.1 There is no written signature; by posting a photograph of yourself with one of our "
        "products and the hashtag, you are treated as agreeing to these Terms and to the use of "
        "that post.\n2.1 We may repost your tagged posts on our website and Instagram account.\n",
        "consent",
        "weak",
    ),
    (
        "a way out only after six months, with a proportionate refund",
        RADIO + "4.1 The Artist may withdraw her consent to further broadcasts only after the "
        "commercials have been on air for six (6) months, by giving the Agency two (2) months' "
        "written notice and refunding the usage fee in proportion to the unexpired part of the "
        "licence.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a way out at any time with a proportionate refund",
        RADIO + "4.1 The Artist may withdraw her consent to further broadcasts at any time by "
        "written notice, refunding the usage fee in proportion to the unexpired part of the "
        "licence.\n",
        "revocation",
        "weak",
    ),
    (
        "a way out only at the annual review",
        "1. You agree that the Cooperative may film you for the AI Presenter used in its online "
        "lessons.\n4.1 You may withdraw your consent only at the Cooperative's annual learning "
        "review, held each September, by giving written notice.\n",
        "revocation",
        "weak",
    ),
    (
        "the person removes their own voice from the library",
        "2.1 By uploading a voice sample, you consent to our training a voice model from it for "
        "the library.\n5.1 You may remove your voice from the library at any time by clicking "
        '"Remove my voice" in your account. Removal is free and needs no reason.\n',
        "revocation",
        "present",
    ),
    (
        "look-alike: the other side removes the photographs",
        "1. You agree that we may show your photographs on our website.\n2. The Company may "
        "remove your photographs from the website at any time.\n",
        "revocation",
        "present",
    ),
    (
        "a deletion that a sentence after the next says does not end the licence",
        "You give us a perpetual, royalty-free licence to use your Voice Samples and the Voice "
        "Clone.\n\nCan I take my voice back?\n\nYou may withdraw your consent at any time "
        "under Profile > My voice. After that you can no longer use your Voice Clone in the app. "
        "Withdrawing your consent does not end the licence, and we may keep the Voice "
        "Samples.\n",
        "revocation",
        "missing",
    ),
    (
        "look-alike: a way out after the denial in the same sentence",
        "You give us a royalty-free licence to use your Voice Samples and the Voice Clone.\n\n"
        "Can I take my voice back?\n\nDeleting your account does not end the licence, but you "
        "may withdraw your consent at any time by e-mail to privacy@example.com.\n",
        "revocation",
        "missing",
    ),
    (
        "leaving the programme only at the end of a programme year",
        "2.1 The Model agrees that the Agency's clients may use her Digital Twin in their "
        "e-commerce images.\n4.2 The Model may leave the Programme only with effect from the end "
        "of a Programme year, by written notice given at least three months before that date.\n",
        "revocation",
        "weak",
    ),
    (
        "withdrawing an opt-in only before first publication",
        "2. You opt in to AI-dubbed versions of the episode in your voice.\n6. You may withdraw "
        "your opt-in to the AI-dubbed versions by email, but only before the dubbed version is "
        "first published.\n",
        "revocation",
        "weak",
    ),
    (
        "requiring the client, through the agency, to stop the generated images",
        "2. The Client may produce Generated Images of the Model with a generative AI model.\n"
        "5.1 The Model may, at any time and without giving reasons, require the Client by written "
        "notice through the Agency to stop producing and publishing Generated Images.\n",
        "revocation",
        "present",
    ),
    (
        "a day rate for the shoot and no fee for the AI variants",
        "1. The Company will photograph you and may create AI Variants of you from the campaign "
        "photographs. Your day rate of EUR 900 under the booking covers the shoot.\n2. No fee, "
        "royalty or other payment is due to you for the AI Variants or for their use.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: a licence fee and no further payment for the synthetic voice",
        "1. The Company will record you and may build a Synthetic Voice of you from the "
        "recordings. The Company will pay you a one-off licence fee of AUD 3,500.\n2. No "
        "royalties or other payments will be payable to you for any use of the Synthetic "
        "Voice.\n",
        "compensation",
        "missing",
    ),
    (
        "a second reported clause keeps its negation over a list of pay words",
        "1. You grant us a licence to use your Avatar in the Marketplace.\n7.4 You acknowledge "
        "that we provide the Service to you in exchange for the licences you grant, and that you "
        "will not receive any fee, royalty, revenue share or other compensation from us.\n",
        "compensation",
        "missing",
    ),
    (
        "no further consent for any use of materials that include AI versions",
        MATERIALS + "3. No further consent of the Contributor shall be required for any use of "
        "the Materials.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: no further consent for the footage, but AI versions need consent",
        MATERIALS + "3. No further consent of the Contributor shall be required for any use of "
        "the footage in the documentary.\n4. The Producer shall not create or use any "
        "AI-generated version of the Contributor without the Contributor's separate prior "
        "written consent.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: stills used without further approval in an AI contract",
        MATERIALS + "3. Production stills may be used by the Producer and the press without "
        "further approval.\n",
        "consent",
        "missing",
    ),
    (
        "no further consent for any such use of a figure defined after a colon",
        "1. The Performer grants Producer the right to photograph the Performer on the work date "
        "and to use the photographs in the series.\n" + SCAN + "3. Producer may use a Digital "
        "Background Performer in any episode of the series. No further consent of the Performer "
        "is required for any such use.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: the figure needs the performer's consent for each episode",
        "1. The Performer grants Producer the right to photograph the Performer on the work date "
        "and to use the photographs in the series.\n" + SCAN + "3. Producer may use a Digital "
        "Background Performer in an episode only with the Performer's prior written consent "
        "for that episode.\n",
        "consent",
        "missing",
    ),
]


@pytest.mark.parametrize(
    ("phenomenon", "text", "requirement", "status"), CASES, ids=[case[0] for case in CASES]
)
def test_plain_permissions_waits_and_colon_definitions(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        # a general word defined first, the AI term closing the sentence
        ('"Images" means the photographs of the Model and any images of the Model produced from '
         'them by a generative model ("Generated Images").', "Generated Images"),
        ('"Voice Twin" means a voice model of the Artist.', "Voice Twin"),
        ('the Studio may create a "Digital Background Performer": a computer-generated figure.',
         "Digital Background Performer"),
        # a general word alone defines nothing AI
        ('"Images" means the photographs of the Model taken at the shoot.', None),
    ],
)
def test_the_ai_term_a_definition_names(sentence: str, term: str | None) -> None:
    from analyser.engine import _ai_defined_term

    assert _ai_defined_term(sentence) == term
