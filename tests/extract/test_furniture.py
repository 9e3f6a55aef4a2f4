"""Page furniture found in the text, before any token is looked at."""
from __future__ import annotations

from generator.extract.furniture import furniture_tokens


def _starts(text):
    import re
    return [m.start() for m in re.finditer(r"\S+", text)]


def _marked(text):
    words = text.split()
    return [words[i] for i in sorted(furniture_tokens(text, _starts(text)))]


def test_a_photo_credit_inside_a_line_is_furniture_up_to_its_end():
    text = "The talks resumed. Image copyright Getty Images Image caption Ministers met."
    assert _marked(text) == ["Image", "copyright", "Getty", "Images"]


def test_a_caption_line_is_furniture_whole():
    text = "Image copyright Getty Images Image caption The minister at the talks\nThe talks resumed."
    assert _marked(text) == "Image copyright Getty Images Image caption The minister at the talks".split()


def test_link_text_glued_to_a_name_is_furniture_but_the_name_stays():
    text = "Nancy PelosiImpeachment battle MORE said"
    starts = [0, 6, 24, 31, 36]
    assert furniture_tokens(text, starts) == {2, 3}  # "PelosiImpeachment" starts before the glue


def test_plain_prose_has_no_furniture():
    assert furniture_tokens("The minister said the border would reopen.", [0, 4, 13]) == set()


def test_credit_and_byline_lines_are_furniture():
    text = ("Talks resumed in Geneva on Monday.\nJane Roe and John Doe\n"
            "Additional reporting by Ama Owusu; Editing by Kofi Mensah\n"
            "Lena Berg contributed to this report.\nTALKS RESUME AS ENVOYS MEET")
    marked = {w.strip(";.") for w in _marked(text)}
    assert "Talks" not in marked and "Geneva" not in marked
    assert {"Jane", "Doe", "Owusu", "Mensah", "Berg", "ENVOYS"} <= marked


def test_photographer_credits_inside_a_line_are_furniture():
    text = "Envoys meet in Oslo, May 4. (Jane Roe/Reuters) Ministers left. REUTERS/Kofi Mensah"
    marked = _marked(text)
    assert {"Roe/Reuters)", "REUTERS/Kofi", "Mensah"} <= set(marked) and "Ministers" not in marked


def test_a_short_sentence_is_no_furniture():
    assert _marked("The summit is set.\nTrump and Kim will meet.") == []


def test_caption_credits_where_a_caption_opens_or_ends_are_furniture():
    assert _marked("Kofi Ansah/AP Ghanaian troops arrive in Accra.") == ["Kofi", "Ansah/AP"]
    assert _marked("Envoys meet in Accra, May 8, 2021. Ama Owusu/Pool via Reuters") == \
        ["Ama", "Owusu/Pool", "via", "Reuters"]
    assert _marked("Talks on East Varnia/Norland drills resumed in Accra.") == []


def test_a_caption_ending_with_its_agency_is_furniture_whole():
    text = "Soldiers guard a burning car in Accra, Jan. 3, 2021. Associated Press\nGhana said it would respond."
    assert "Associated" in _marked(text) and "Ghana" not in _marked(text)


def test_author_notes_contributor_lines_and_headings_are_furniture():
    assert _marked("Ama Owusu is a fellow at an institute. Follow her on Twitter: @aowusu.")[-4:-1] == ["her", "on", "Twitter:"]
    assert _marked("Contributing: Ama Owusu in Accra; Kofi Ansah, Daily Post.") != []
    assert _marked("ANALYSIS/OPINION:") == ["ANALYSIS/OPINION:"]


def test_link_text_glued_as_an_acronym_is_furniture():
    marked = _marked("Senator Ama Owusu Ama OwusuGOP senators balk at trial MORE said no.")
    assert "balk" in marked and "said" not in marked


def test_the_agency_a_dateline_credits_is_furniture_but_not_a_named_party():
    assert _marked("DORVALE/LINDSEY (Reuters) - The council met.") == ["(Reuters)"]
    assert _marked("Dorvale (CNN) The council met.") == ["(CNN)"]
    assert _marked("Senator Jane Roe (D-Va.) said no.") == []


def test_a_photos_caption_is_furniture_whole():
    # a caption's opening words, or a wire caption's date and credit at its end
    text = ("From left, Ama Owusu, Kofi Ansah and Lena Berg in Accra, on May 4.\n"
            "Envoys shake hands in Accra, Ghana, May 8, 2021. REUTERS/Jane Roe\nGhana said it would respond.")
    marked = _marked(text)
    assert {"Owusu,", "Berg", "Envoys", "hands"} <= set(marked) and "said" not in marked
