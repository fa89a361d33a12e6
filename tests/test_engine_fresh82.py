"""Outside genres, replica-law contracts, voice work and short messages (fresh82 to fresh85).

Consent given by conduct with "There is no separate consent form" is deemed consent, not consent
taken away; "without need for any further consent from the Model" takes it away. What a contract
says of a permission already given ("is irrevocable", "is governed by the laws in force in ...",
"No form needs to be signed for this permission") asks for no consent. An agent who "already
okayed the voice model on your behalf" or may "approve on Talent's behalf" consents for the
person. A box ticked in advance and left ticked is deemed consent. "The Client will not make any
AI Variant unless you reply to this e-mail with YES" is an opt-in. Each case is (phenomenon, text,
requirement, status); a "look-alike: ..." case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

CASES: list[tuple[str, str, str, str]] = [
    (
        "consent by uploading, with no separate consent form",
        "1.2 By uploading your Voice Sample and pressing Publish, you consent to the creation of "
        "your Voice Model. There is no separate consent form.\n",
        "consent",
        "weak",
    ),
    (
        "deemed by attending, with no form to sign",
        "2.1 By attending the capture session, the Performer is deemed to give the Park permission "
        "to create the Character Voice. No form needs to be signed for this permission.\n",
        "consent",
        "weak",
    ),
    (
        "uses without need for any further consent",
        "2.1 The Client may use the Photographs in its winter catalogue and on its website.\n"
        "2.2 The Client may use the Photographs in other media without need for any further "
        "consent from the Model.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: a permission said to be governed by a law",
        "1. The recordings are played in the attraction.\n"
        "6.1 This permission is governed by the laws in force in Chichibu.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: a consent said to be irrevocable",
        "4.1 Talent consents to the Digital Replica for any purpose in connection with the "
        "Advertiser's business generally.\n4.4 Talent's consent under this Section 4 is "
        "irrevocable.\n",
        "consent",
        "present",
    ),
    (
        "the agent already okayed the voice model on the person's behalf",
        "Your agent Ruth already okayed the voice model on your behalf when she signed the booking "
        "form, so you don't need to do anything.\n",
        "consent",
        "weak",
    ),
    (
        "the manager approves each use on Talent's behalf",
        "2.1 Manager may, acting as Talent's agent, approve on Talent's behalf each brand's use of "
        "Talent's name and image in a Partnership.\n",
        "consent",
        "weak",
    ),
    (
        "no AI variant unless the model replies YES",
        "4. The Client will not make any AI Variant unless you reply to this e-mail with \"YES to "
        "AI Variants\".\n",
        "consent",
        "present",
    ),
    (
        "a pre-ticked box left ticked",
        "2. [x] Create my AI avatars from my photos. (The box is ticked for you. Leaving the box "
        "ticked and placing your order is your consent to this.)\n",
        "consent",
        "weak",
    ),
    (
        "no pay at all, and 'no further compensation' said of it again",
        "3.1 You will not be paid for Uploads, Face Data or any use of them, and no further "
        "compensation of any kind is owed to you.\n",
        "compensation",
        "missing",
    ),
    (
        "a replica fee carried by each replica consent",
        "3.2 Every Replica Consent will carry its own replica fee, agreed with you in writing "
        "before the scan, and paid in addition to the booking fee.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: the agency's commission stated alone",
        "4. Our commission on booking fees is 20%, as in clause 6 of the main agreement.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: the agency uses photographs without charge to the model",
        "4.1 The Client shall pay the Model a day rate of EUR 900.\n17.3 The Agency may, without "
        "charge to the Model, use the Model's name and photographs on its website.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: no further payment for uses the producer does not make",
        "5.1 The Producer shall pay the Performer USD 2,000 for each Digital Replica use.\n"
        "13.1 The Producer may decide not to use a Digital Replica, and no further payment shall "
        "be due for uses not made.\n",
        "compensation",
        "weak",
    ),
    (
        "removal for new licences only, models built from the content kept in use",
        "1. The Model grants the Agency the right to use her photographs and voice recordings.\n"
        "8.1 The Model may ask the Agency at any time to remove the Content from the Collection.\n"
        "8.2 Removal does not affect any machine learning model or dataset that was trained on or "
        "built from the Content before removal, which may continue to be used and licensed.\n",
        "revocation",
        "weak",
    ),
    (
        "recordings already used to train cannot be taken back out",
        "1. The Model grants the Agency the right to use her photographs and voice recordings.\n"
        "5. You can turn Voice Twin off at any time in Settings. Recordings already used to "
        "improve our speech models cannot be taken back out of those models.\n",
        "revocation",
        "weak",
    ),
    (
        "finished scenes stay in perpetuity",
        "1. The Model grants the Agency the right to use her photographs and voice recordings.\n"
        "5. If you no longer want your digital double used, e-mail the casting office. Scenes "
        "already finished stay in the film and its promotion in perpetuity.\n",
        "revocation",
        "weak",
    ),
    (
        "a removal that does not apply to what is already published",
        "1. The Model grants the Agency the right to use her photographs and voice recordings.\n"
        "4.1 The Model may ask the Photographer at any time to remove Images from the website.\n"
        "4.2 A removal request does not apply to Images already published by a magazine or "
        "printed in a book.\n",
        "revocation",
        "weak",
    ),
    (
        "withdrawal only up to a date",
        "1. The Model grants the Agency the right to use her photographs and voice recordings.\n"
        "4.1 The Participant may withdraw this consent by e-mail up to 1 June 2026, and the "
        "Academy will then leave the Participant's scenes out of the reel.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a model not retrained, nothing said to stay in use",
        "1. The Model grants the Agency the right to use her photographs and voice recordings.\n"
        "5. You can reply STOP at any time and we will take your content down. A model already "
        "trained before your request is not retrained.\n",
        "revocation",
        "weak",
    ),
    (
        "asking not to create further messages, after a season, with published ones kept",
        "1. The Host grants the Association the right to use her voice recordings.\n"
        "4.1 After the end of Season 3, the Host may ask the Association in writing not to create "
        "any further messages in the Host's voice. Episodes and messages already published may "
        "continue to be used.\n",
        "revocation",
        "weak",
    ),
    (
        "removing a video from the showcase at any time",
        "1. The Host grants the Association the right to use her voice recordings.\n"
        "4.1 You may remove a video from the Showcase or delete it at any time. When you do, our "
        "licence to it ends.\n",
        "revocation",
        "present",
    ),
    (
        "asking for AI versions to be left out, on repaying half the fee",
        "1. The Host grants the Association the right to use her voice recordings.\n"
        "4.1 The Creator may ask for AI versions to be left out of future ad flights on 60 days' "
        "written notice, provided that the Creator repays 50% of the flat fee.\n",
        "revocation",
        "weak",
    ),
    (
        "grantees in a list, with the person's agreement",
        "3. By signing this form you agree that we and our sponsors and partners, including "
        "Brightfold Ltd, the firm that sponsors the marquee, may photograph and film you during "
        "your shifts, for any purpose.\n",
        "consent",
        "weak",
    ),
    (
        "two grantees, the second a name of several words",
        "2.1 In consideration of the fees in clause 3, the Performer grants the Producer and Cedar "
        "Point Ferries the irrevocable right to use the Footage in the Commercial.\n",
        "consent",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_outside_genres_replica_laws_voice_work_and_messages(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("6. The Client's booking is managed with its \"digital twin\" stock planner, which only "
         "tracks yarn stock.\n", False),
        ('1.2 "Avatar" in the Agency\'s contributor portal means only the small profile picture '
         "shown next to a contributor's name.\n", False),
        ('1.2 Your profile "avatar" is the picture you choose to show next to your name.\n', False),
        ("6. Her editing app's \"AI denoise\" setting cleans grain and does not change faces, and "
         "she uses an avatar (her logo) instead of a profile photo.\n", False),
        ("1.2 The online videos carry subtitles generated by a machine learning subtitle service "
         "and corrected by the marketing team.\n", False),
        ('1.1 Each participant dubs scenes from the documentary "Digital Twin City", which follows '
         "a team of planners.\n", False),
        ('2.4 The online video shows the Client\'s "digital twin" of Moray Stadium, a 3D model of '
         "the pitch.\n", False),
        ("5.2 Shoots may take place at the distribution centre, which the Company models in a "
         "digital twin used by its logistics team.\n", False),
        # the same words where the AI works on the person
        ("6. The Client may make a digital twin of the Model for its stock planner.\n", True),
        ("1.2 Your avatar, generated from your profile photo by our AI, may appear in "
         "campaigns.\n", True),
        ("1.2 The Studio may use machine learning to generate subtitles in the Performer's "
         "synthetic voice.\n", True),
    ],
)
def test_ai_look_alikes_of_portals_planners_and_captions(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
