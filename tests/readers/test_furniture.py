"""Page furniture: whole paragraphs that are no part of the story, dropped by every reader."""
from __future__ import annotations

import pytest

from generator.readers import read_seed
from generator.readers.common import parse_related, split_body
from generator.readers.furniture import furniture_line
from tests.readers.support import ENGLISH, write


@pytest.mark.parametrize("line", [
    "By Lena Berg and Tomas Ruud",
    "By Lena Berg, Reuters",
    "-- By Lena Berg Follow @lberg",
    "By KOFI MENSAH | Associated Press",
    "Image copyright Getty Images Image caption The minister at the border post on Monday",
    "Media playback is unsupported on your device Media caption Crowds gather in the square",
    "Enlarge this image toggle caption Ama Owusu/AP Ama Owusu/AP",
    "Envoys arrive for talks in Oslo, Norway, May 4, 2021. (Ama Owusu/Reuters)",
    "The minister speaks to reporters on Friday. (AP Photo/Ama Owusu)",
    "Delegates leave the hall. Photographer: Ama Owusu/Bloomberg",
    "Photo: Ama Owusu/Agence",
    "Slideshow (12 Images)",
    "Watch as the envoys arrive at the airport",
    "LISTEN TO ARTICLE 3:10 SHARE THIS ARTICLE Share Tweet Post Email",
    "MORE",
    "Related Coverage Envoys meet again in Oslo",
    "Sign up for our newsletter to get the news first",
    "Sign up for Daily Newsletters Manage Newsletters",
    "Copyright © 2021 The Daily Example, LLC. Click here for reprint permission.",
    "ADVERTISEMENT",
    "Story Continued Below",
    "Visit Example News's homepage for more stories.",
    "Write to the editor at letters@example.com.",
    "Get the Weekly Stories you care about delivered to your inbox. By signing up, you agree to our Privacy Policy",
    "Alerts Get the news when it happens, in your inbox. Email Sign Up By signing up you agree to receive email "
    "newsletters or alerts from Example News. You can unsubscribe at any time. This site is protected by reCAPTCHA "
    "and the Example Privacy Policy and Terms of Service apply.",
    "JUST WATCHED Okoro: the talks will go on Replay More Videos ... MUST WATCH Okoro: the talks will go on 01:02",
])
def test_furniture_lines(line):
    assert furniture_line(line)


@pytest.mark.parametrize("line", [
    "By Tuesday, the talks had collapsed.",
    "By contrast, the ministry said nothing.",
    "More than 100 people were hurt in the clashes.",
    "Photos of the victims were shared widely on Sunday.",
    "Watch the border closely, the general told his officers.",
    "Credit Suisse said the fund would close.",
    "The minister said the newsletter was sent to every member of the party.",
    ENGLISH,
])
def test_article_text_is_not_furniture(line):
    assert not furniture_line(line)


def test_related_link_labels_become_related_links():
    assert parse_related("MORE: Envoys meet again in Oslo").title == "Envoys meet again in Oslo"
    assert parse_related("Timeline:How the talks failed").title == "How the talks failed"
    assert parse_related("Related: Envoys meet again").title == "Envoys meet again"
    assert parse_related("The talks: what comes next, the minister said.") is None


def test_the_body_drops_furniture_and_a_repeated_headline():
    body, related = split_body(["Talks resume in Oslo", "By Lena Berg", ENGLISH, "ADVERTISEMENT",
                                "More:Envoys meet again", "The talks went on."], title="Talks resume in Oslo")
    assert body == ENGLISH + "\nThe talks went on." and [r.title for r in related] == ["Envoys meet again"]


def test_the_lede_is_the_first_real_paragraph(tmp_path):
    path = write(tmp_path, "talks.md", f"---\ntitle: Talks resume\n---\nTHE DAILY EXAMPLE\n\nLena Berg\n\n{ENGLISH}\n")
    article = read_seed(path)
    assert article.lede == ENGLISH and article.body.startswith("THE DAILY EXAMPLE")
