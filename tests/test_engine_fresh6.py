"""Deemed approval, consent given by a signature or outside the document, nominal fees, objections
and withdrawals that still let new uses in, and look-alikes (the fresh6 first-contact set).

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style (UK, US, translated civil-law, plain-English notices and app terms): an item "deemed approved"
or a consent "deemed given" when the person does not answer a request in time is consent by
silence (weak, and a deemed-consent flag), unlike a notice "deemed given" on delivery; "need not
obtain any further consent" beside "the Performer's signature constitutes his consent" leaves no
consent for later uses (missing), and a club's approval of the player's own posts, or permission to
enter a farm shed, is not consent to use the person; "does not need guests' consent to photograph"
takes consent away, and a promise to ask for a separate release before one narrow use lies outside
the document; a fee the contract itself calls "nominal" is weak pay, and "no other sum is payable"
for the replica is no further compensation; an objection "to further" uses is a withdrawal; a
withdrawal during whose notice period new licences may still be granted, or that takes effect
only from the start of the next season, is weak; asking the crew to stop filming on the day is
not a withdrawal of the use; an "irrevocably" appointed attorney is an irrevocable flag; "for all
purposes of this Agreement" is not any purpose, a "binding agreement between the Estate and" a
studio does not bind an estate, and a definition in guillemets is not an alteration. Each case is a
realistic sentence that must reach a status and a look-alike that must not, as (phenomenon, text,
requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import AI, RELEASE, report_of

from analyser.pipeline import Pipeline
from analyser.segmenter import line_to_start

FEE = (
    "4. The Company shall pay the Model USD 2,000 for each Campaign in which the Digital Replica "
    "appears.\n"
)
ASK = (
    "3. The Company shall not use the Digital Replica in any new Campaign without the Model's "
    "prior written consent.\n"
)


CASES = [
    # consent by silence: an item deemed approved, a consent deemed given after a request
    (
        "item deemed approved after ten business days (HK letter)",
        AI + FEE + "3. We will submit each render for the Estate's approval. If the Estate does "
        "not respond to a request for approval within ten (10) Business Days after receiving "
        "it, the item shall be deemed approved.\n",
        "consent",
        "weak",
    ),
    (
        "consent deemed given on the terms of the request (EE rider)",
        AI + FEE + ASK + "12.2 If the Performer does not accept or refuse a request under "
        "Sub-clause 12.1 within fifteen (15) business days after receiving it, the Performer's "
        "consent shall be deemed given on the terms of the request.\n",
        "consent",
        "weak",
    ),
    (
        "script deemed accepted (US voice deal)",
        AI + FEE + ASK + "7(b) Any Replica script not rejected by Artist within five (5) days "
        "after delivery to Artist is deemed accepted.\n",
        "consent",
        "weak",
    ),
    (
        "notice deemed given on delivery is not consent",
        AI + FEE + ASK + "11.7 A notice sent by e-mail is deemed given at 9.00 a.m. on the next "
        "Working Day after it is sent.\n",
        "consent",
        "present",
    ),
    (
        "silence is not approval (protective)",
        AI + FEE + ASK + "5. New lines require her written approval, and silence is not "
        "approval.\n",
        "consent",
        "present",
    ),
    # a signature that is the only consent, beside "need not obtain any further consent"
    (
        "signature constitutes consent, no further consent (EG translation)",
        RELEASE + "Article (4) Second: The Photographer need not obtain any further consent of "
        "the Sitter for any use of the material, and my signature on this Agreement constitutes "
        "my consent for all such uses.\n",
        "consent",
        "missing",
    ),
    (
        "signature constitutes consent to one listed use",
        RELEASE + "1. I consent to the use of the photographs in the Photographer's 2027 "
        "exhibition catalogue, and my signature on this release constitutes my consent.\n",
        "consent",
        "present",
    ),
    # another party's approval, or permission to enter a place, is not consent to use the person
    (
        "club approval of the player's own sponsored posts (CL translation)",
        AI + FEE + "XI.4 The Player shall not use the Club's name, crest, kit or trade marks in "
        "any personal social network content that is sponsored by a third party, unless the "
        "Club has approved it in writing.\n",
        "consent",
        "missing",
    ),
    (
        "brand approval of the influencer's competitor posts (US)",
        AI + FEE + "8. Influencer shall not post sponsored content for any competitor until the "
        "Brand has approved it.\n",
        "consent",
        "missing",
    ),
    (
        "the person approves replica content first",
        AI + FEE + "5. No Replica Content shall be published unless the Model has first approved "
        "it in writing.\n",
        "consent",
        "present",
    ),
    (
        "permission to enter the milking shed (NZ)",
        RELEASE + "1.1 The crew will follow your farm's biosecurity rules and will not enter the "
        "milking shed during milking without your permission.\n",
        "consent",
        "missing",
    ),
    (
        "permission to enter the home and to use the footage",
        RELEASE + "1.1 The crew will not enter your home without your permission, and will not "
        "use any footage of you without your prior written consent.\n",
        "consent",
        "present",
    ),
    # consent taken away by "does not need / require ... consent to"
    (
        "resort does not need guests' consent (ID notice)",
        "2.1 The Resort does not need guests' consent to photograph or film the public areas and "
        "events of the Resort, or to use that material to market the Resort.\n",
        "consent",
        "missing",
    ),
    (
        "club does not require any further consent of the player (CL translation)",
        AI + "II.3 The Club does not require any further consent of the Player to create, modify, "
        "use or license a Digital Avatar.\n",
        "consent",
        "missing",
    ),
    (
        "the model does not need the agency's consent (about the agency's consent)",
        AI + ASK + "9. The Model does not need the Agency's consent to accept a booking of her "
        "own.\n",
        "consent",
        "present",
    ),
    # a separate release for one narrow use, outside the document
    (
        "separate model release only for close-up portraits in paid ads",
        "2.1 The Resort does not need guests' consent to photograph or film the public areas. "
        "2.2 By booking or staying at the Resort, guests accept this Notice.\n2.3 We do not use "
        "close-up portraits of a guest in paid advertising without first asking the guest to sign "
        "our separate Model Release.\n",
        "consent",
        "missing",
    ),
    (
        "a separate release as the only consent wording",
        "1. The Club will not use a fan's portrait in a billboard campaign without a separate "
        "signed release.\n",
        "consent",
        "present",
    ),
    (
        "consent by booking or staying (notice)",
        "2.2 By booking or staying at the Hotel, guests accept this Notice, including the "
        "filming of public areas for marketing.\n",
        "consent",
        "weak",
    ),
    # a fee the contract calls nominal, beside a large fee for other services
    (
        "licence fee acknowledged as nominal (MY ambassador)",
        AI + "4. The Company shall pay the Ambassador MYR 180,000 for the Services. The "
        "Ambassador acknowledges that the Digital Replica licence fee in Schedule 2 is nominal "
        "and that the Ambassador Fee reflects the value of the Services.\n",
        "compensation",
        "weak",
    ),
    (
        "nominal fee in a fee table",
        AI + "Schedule 2 Item | Amount | When payable\nDigital Replica licence | MYR 1.00 "
        "(nominal) | on signature\n",
        "compensation",
        "weak",
    ),
    (
        "a real per-campaign fee",
        AI + FEE,
        "compensation",
        "present",
    ),
    # an objection to further uses is a withdrawal
    (
        "object to further AI extensions (AT booking e-mail)",
        AI + FEE + "Objection: The Model may object to further AI Extensions at any time by "
        "e-mail to us. From five (5) working days after we pass her objection on to the Client, "
        "the Client will not create or publish any new AI Extension.\n",
        "revocation",
        "present",
    ),
    (
        "object at any time to new campaigns (UK)",
        AI + FEE + "9.1 The Performer may object at any time to the use of the Digital Replica "
        "in new campaigns, and the Company shall then stop such use.\n",
        "revocation",
        "present",
    ),
    (
        "the client objects to further changes",
        AI + FEE + "9.1 The Client may object to further changes of the shoot date.\n",
        "revocation",
        "missing",
    ),
    # new licences still granted during the notice period, or a stop deferred to the next season
    (
        "engagements accepted before the notice period ends continue (Scotland)",
        AI + FEE + "(5) Notwithstanding the word \"irrevocably\" in clause 11.6, the Model may "
        "withdraw the authority given by clause 11.6 by giving the Agency ninety (90) days' "
        "written notice. Withdrawal does not affect any Digital Replica Engagement accepted "
        "before the notice period ends, which shall continue for the period stated in its "
        "Engagement Notice.\n",
        "revocation",
        "weak",
    ),
    (
        "licences still granted during the notice period (WA marketplace)",
        AI + FEE + "9.1 You may withdraw your consent to the Voice Model at any time.\n9.2 "
        "Withdrawing takes effect 60 days after you make the change (the \"Notice Period\"). "
        "During the Notice Period we may continue to grant licences of your Voice Model.\n",
        "revocation",
        "weak",
    ),
    (
        "no new licences during the notice period (protective)",
        AI + FEE + "9.1 You may withdraw your consent to the Voice Model at any time.\n9.2 "
        "During the notice period existing customers may continue to generate output, but no "
        "new licences will be granted.\n",
        "revocation",
        "present",
    ),
    (
        "stop deferred to the next campaign season (NZ)",
        RELEASE + "5.1 You may ask us to stop using the material of you in new content at any "
        "time by e-mailing us. We will stop producing new content that features you from the "
        "start of the next campaign season on 1 June after we receive your request.\n",
        "revocation",
        "weak",
    ),
    (
        "stop within seven days (protective)",
        RELEASE + "5.1 You may ask us to stop using the material of you in new content at any "
        "time by e-mailing us. We will stop producing new content that features you within "
        "seven days after we receive your request.\n",
        "revocation",
        "present",
    ),
    (
        "ask the crew to stop filming on the day is not a withdrawal",
        RELEASE + "1.3 You can ask the crew to stop filming at any time on the day, and to leave "
        "out anything you are not comfortable with.\n",
        "revocation",
        "missing",
    ),
    (
        "removal request only within thirty days after check-out (ID notice)",
        "4.2 If you find a photograph of yourself on our own accounts, you may ask us to remove "
        "it by writing to us within thirty days after check-out, and we will remove it within "
        "seven days.\n",
        "revocation",
        "weak",
    ),
    (
        "removal request at any time",
        "4.2 You may ask us to remove any photograph of you from our accounts at any time by "
        "writing to us, and we will remove it within seven days.\n",
        "revocation",
        "present",
    ),
    # the items of a list after a lead-in colon are one sentence: an AI item makes every item AI
    (
        "withdrawal before content lock, irrevocable after it (EE rider)",
        AI + FEE + "12. Further Titles, Withdrawal and Lock\n12.3 Withdrawal:\n(a) the Performer "
        "may withdraw a consent given under clause 3 by written notice at any time before the "
        "Content Lock of the game concerned; and\n(b) from the Content Lock of a game, the "
        "consent for that game is irrevocable, and the Studio may continue to use the Digital "
        "Replica in that game.\n",
        "revocation",
        "weak",
    ),
    (
        "withdrawal in a list item, no undermining item (US)",
        AI + FEE + "Section 9.02 Withdrawal:\n(a) Talent may withdraw consent at any time by "
        "written notice; and\n(b) Company shall then stop creating new Digital Replica "
        "content within ten (10) days.\n",
        "revocation",
        "present",
    ),
    (
        "a general withdrawal in a list that does not speak about AI",
        AI + FEE + "5. The consent to the Digital Replica is irrevocable.\n11. Print\n11.1 The "
        "parties agree:\n(a) the Model may withdraw her consent to the printed catalogue at any "
        "time; and\n(b) the catalogue is printed once a year.\n",
        "revocation",
        "missing",
    ),
    # (three months' notice was read as reasonable until session 24 settled the convention that
    # ninety days' or three months' notice or more is weak; see samples/README.md)
    (
        "a withdrawal on thirty days' notice stays present",
        AI + FEE + "6. The Model may withdraw her consent to the Digital Replica at any time on "
        "thirty days' written notice.\n",
        "revocation",
        "present",
    ),
    (
        "a withdrawal on three months' notice waits too long: weak",
        AI + FEE + "6. The Model may withdraw her consent to the Digital Replica at any time on "
        "three months' written notice.\n",
        "revocation",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh6_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon


FLAG_CASES = [
    (
        "deemed approval is deemed consent",
        AI + "3. If the Estate does not respond within ten Business Days, the render shall be "
        "deemed approved.\n",
        "deemed_consent",
        True,
    ),
    (
        "notice deemed given is not deemed consent",
        AI + "11.7 Notices are deemed given on the day after they are sent by e-mail.\n",
        "deemed_consent",
        False,
    ),
    (
        "attorney appointed irrevocably (Scotland)",
        AI + "11.6 For that purpose only, the Model irrevocably appoints the Agency as her agent "
        "and attorney to sign in her name any consent or release for a Digital Replica.\n",
        "irrevocable",
        True,
    ),
    (
        "irrevocable power of attorney (US)",
        AI + "17.1 Owner grants Purchaser an irrevocable power of attorney to execute further "
        "documents in Owner's name.\n",
        "irrevocable",
        True,
    ),
    (
        "the word irrevocably mentioned in an override",
        AI + "(5) Notwithstanding the word \"irrevocably\" in clause 11.6, the Model may withdraw "
        "the authority given by clause 11.6.\n",
        "irrevocable",
        False,
    ),
    (
        "domicile for all purposes of this Agreement (CL translation)",
        AI + "XV.3 For all purposes of this Agreement the parties fix their domicile in the city "
        "of Santiago.\n",
        "any_purpose",
        False,
    ),
    (
        "use for any purpose",
        AI + "3. The Club may use the Digital Avatar for any purpose whatsoever.\n",
        "any_purpose",
        True,
    ),
    (
        "binding agreement between the Estate and the studio",
        AI + "When you countersign it, this letter will be a binding agreement between the "
        "Estate and Harbourlight.\n",
        "binding_on_heirs",
        False,
    ),
    (
        "binding on my estate",
        RELEASE + "6. This release shall be binding on me and on my estate.\n",
        "binding_on_heirs",
        True,
    ),
    (
        "definition in guillemets is not an alteration (ON bilingual rider)",
        AI + "2.2 \u00ab Sc\u00e8ne verrouill\u00e9e \u00bb or \u00ab Locked Scene \u00bb means "
        "a scene of the Performer that is final in the picture edit of the episode.\n",
        "alteration",
        False,
    ),
    (
        "variations of the photographs with adjusted poses (AT booking e-mail)",
        AI + "AI Extensions: The Client may use generative AI image tools to create variations "
        "of the photographs from this booking, for example changed backgrounds, different "
        "outfits and adjusted poses.\n",
        "alteration",
        True,
    ),
    (
        "the client may change the shoot schedule",
        AI + "5. The Client may change the schedule of the shoot and the poses list by notice to "
        "the Agency.\n",
        "alteration",
        False,
    ),
    (
        "otherwise alter the portrayal of the owner (FL option)",
        AI + "5.2 Purchaser may fictionalize, dramatize, add to, delete from, rearrange and "
        "otherwise alter the Life Story and the portrayal of Owner.\n",
        "alteration",
        True,
    ),
    (
        "the portrayal may not be altered without approval",
        AI + "5.2 The Producer shall not alter the portrayal of the Subject without the "
        "Subject's prior written approval.\n",
        "alteration",
        False,
    ),
    (
        "edit and caption the material (NZ release)",
        RELEASE + "2.4 We will edit and caption the material. We will not put words in your "
        "mouth.\n",
        "alteration",
        False,
    ),
    (
        "edit the image and place it in other backgrounds (CO release)",
        RELEASE + "2.3 The Photographer may edit your image, place it in different backgrounds "
        "and digitally alter it.\n",
        "alteration",
        True,
    ),
    (
        "no other sum payable for the replica",
        AI + FEE + "Para 4. No other sum is payable for the Digital Replica.\n",
        "no_further_compensation",
        True,
    ),
    (
        "no other fee payable by the model for removal",
        AI + FEE + "Para 6. No other fee is payable by the Model for the removal of the Digital "
        "Replica.\n",
        "no_further_compensation",
        False,
    ),
]


TRANSFER_CASES = [
    (
        "client permits its agency and studio to use the likeness (Scotland)",
        AI + "(8) The Client may permit its advertising agency and production studio to create "
        "and use the Digital Replica on the Client's behalf for the purposes of the Engagement.\n",
        True,
    ),
    (
        "named retailers in an annex may use the photographs (FI)",
        RELEASE + "3.2 The Photographer's authorised retailers listed in Annex 1 may use the same "
        "photographs at the point of sale and in their online shops.\n",
        True,
    ),
    (
        "material provided to travel agents and airlines (ID notice)",
        "3.1 We may use the material on our website and in brochures, including material "
        "provided to travel agents, online travel platforms and airlines for the marketing of "
        "their own packages.\n",
        True,
    ),
    (
        "recordings shared only with a named customer (VN form)",
        AI + "7.1 Your recordings will be shared only with Kestrel, for the purpose described in "
        "section 1, under a written data transfer agreement.\n",
        True,
    ),
    (
        "licensed, with the recordings, to broadcasters (CO release)",
        RELEASE + "2.5 The Photographer may license the series, with the recordings, to "
        "broadcasters, streaming platforms and distributors in any country.\n",
        True,
    ),
    (
        "the client may not permit any agency to use it",
        AI + "(8) The Client shall not permit any agency or studio to use the Digital Replica.\n",
        False,
    ),
    (
        "marketing e-mails sent to customers are publication, not transfer",
        RELEASE + "3.1 The Photographer may use the photographs on its website and in marketing "
        "e-mails sent to its customers.\n",
        False,
    ),
    (
        "a processor that hosts the recordings",
        AI + "7.1 Your recordings will be shared only with Loomwork, our processor, which hosts "
        "them on our instructions.\n",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "raised"), TRANSFER_CASES)
def test_fresh6_material_passed_on_is_a_transfer(
    pipeline: Pipeline, phenomenon: str, text: str, raised: bool
) -> None:
    flags = {f.id for f in report_of(pipeline, text).red_flags}
    assert ("third_party_transfer" in flags) is raised, phenomenon


AI_CASES = [
    (
        "LED volume set extensions and CGI landscapes (CO release)",
        "1.2 Some scenes are filmed on an LED volume stage, where the backgrounds you see around "
        "you are digital set extensions and computer-generated landscapes displayed on screens.\n",
        False,
    ),
    (
        "synthetic fabrics in a catalogue",
        "1. The Model will wear garments made of synthetic fabrics for the catalogue shoot.\n",
        False,
    ),
    (
        "a computer-generated version of the performer",
        "1. The Producer may create a computer-generated version of the Performer for crowd "
        "scenes.\n",
        True,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "ai"), AI_CASES)
def test_fresh6_ai_detection(pipeline: Pipeline, phenomenon: str, text: str, ai: bool) -> None:
    assert report_of(pipeline, text).ai_addressed is ai, phenomenon


@pytest.mark.parametrize(("phenomenon", "text", "flag", "raised"), FLAG_CASES)
def test_fresh6_red_flags_read_in_their_sentence(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool
) -> None:
    assert (flag in {f.id for f in report_of(pipeline, text).red_flags}) is raised, phenomenon


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Para. 6 Withdrawing consent. You can withdraw your consent at any time.", "Para. 6"),
        ("Para 3. Your choice. Portraits and videos are voluntary.", "Para 3"),
        ("Article (4) - Rights", "Article (4)"),
        ("First: The Performer grants to the Producer the right to use the material.", "First"),
        ("Second: The Producer need not obtain any further consent.", "Second"),
        ("FIRST. - Purpose", "FIRST"),
    ],
)
def test_fresh6_numbering_styles_start_clauses(line: str, number: str) -> None:
    found = line_to_start(line)
    assert found is not None and found.number == number


@pytest.mark.parametrize(
    "line",
    [
        "First Party: Studio Sahel Productions S.A.E., Commercial Register No. 118734",
        "para 3 of the Schedule applies to every engagement.",
        "First, the Model agrees to attend the fitting.",
    ],
)
def test_fresh6_look_alike_lines_do_not_start_numbered_clauses(line: str) -> None:
    found = line_to_start(line)
    assert found is None or found.number is None
