"""Page furniture in an article's text: bylines, credits, captions and crawled link text, which
name no actor, speak no quote and make no event.

The readers drop whole paragraphs of furniture (``generator.readers.furniture``); a body that
came another way (a JSON-lines record, an older sheet) may still hold them, so those paragraphs
are marked here too, with what only extraction needs to know:
- credit lines ("Jane Roe contributed to this report", "Additional reporting by Jane Roe;
  Editing by John Doe", "AP writers Jane Roe in Seoul and ... contributed"),
- a paragraph that is only names ("Jane Roe and John Doe", the byline block of some outlets),
- a paragraph in capitals ("TALKS RESUME AS ENVOYS MEET": a teaser or a heading, not a sentence),
- the agency a paragraph's dateline credits ("DORVALE (Wirewise) - "),
- inside a paragraph: photo credits ('Image copyright Getty Images', '(Jane Roe/Reuters)',
  'REUTERS/Jane Roe', 'Photographer: Jane Roe/Bloomberg') and link text a crawler glued to a name
  ('PelosiImpeachment battle lines harden ... MORE'); the words come from data/furniture.yaml.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import yaml

from generator.extract import gazetteer
from generator.readers.furniture import SENTENCE_END, furniture_line

# "Jane Roe contributed to this report.", "Reporting by Jane Roe; Editing by John Doe",
# "With assistance by Jane Roe", "Material from Reuters was used in this story."
CREDIT_LINE = re.compile(
    r"\bcontributed(?: reporting)?(?: to)?(?: this| the)? (?:report|article|story|reporting)\b|"
    r"\bcontributed\.?\s*$|"
    r"^[\W]*(?:additional |with additional )?(?:reporting|writing|editing|research|compiled|edited|written)"
    r"(?: and \w+)? by\b|^[\W]*with assistance (?:by|from)\b|^[\W]*(?:AP|AFP|Reuters)?\s*writers? \w|"
    r"\bwas used in this (?:report|story|article)\b|\bbased in part on wire (?:service )?reports\b|"
    r"^write to \S+|^[\W]*contributing\s*:", re.I)
CREDIT_WORDS = 40
NAME_WORD = re.compile(r"^(?:[A-Z][\w.'’-]*|and|&|,|of|to|for|the|de|da|van|von|al-?\w*|bin|ibn)$")
# "(Jane Roe/Reuters)", "(AP Photo/Jane Roe)", "REUTERS/Jane Roe", "Photographer: Jane Roe/Bloomberg",
# "Photo: Jane Roe/AFP", "(Getty Images)": a photographer's credit inside a line.
INLINE_CREDIT = re.compile(
    r"\((?:AP Photo|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s?/\s?[A-Z][^()\n]{0,60}\)|"
    r"\b[A-Z]{3,}/[A-Z][a-z][\w'’-]* [A-Z][\w'’-]+|"
    r"\b(?:Photographer|Photograph|Photo|Credit)\s*:\s*[A-Z][^.\n()]{0,60}|"
    r"\((?:[A-Z][\w.'’-]* ){0,3}(?:Images|Photos?|Pool)\)|"
    # a caption's credit where a caption opens or after its last sentence: "Jane Roe/AP Protesters
    # march ...", "... May 8, 2021. Jane Roe/Pool via Reuters" (not "talks on East Varnia/Norland drills")
    r"(?:\A|(?<=\n)|(?<=\. ))[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}/(?:[A-Z]{2,}|Pool)\b(?: \([^()\n]{1,40}\))?(?: via [A-Z][\w-]+)?|"
    # an author's note: "Follow him on Twitter: @jroe"
    r"\bFollow (?:him|her|them|us|me) on [A-Z]\w+(?:\s*:?\s*@\w+)?")


def _names_only(line: str) -> bool:
    """'Jane Roe', 'Jane Roe and John Doe', 'Special to The Daily': a byline block, no sentence."""
    words = re.findall(r"[\w.'’&-]+|,", line)
    if not words or len(words) > 10 or SENTENCE_END.search(line) or ":" in line:
        return False
    capitals = [w for w in words if w[:1].isupper()]
    return len(capitals) >= 2 and all(NAME_WORD.match(w) for w in words[1:]) and words[0][:1].isupper()


def _in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    # "ANALYSIS/OPINION:": one word in capitals is a heading when it introduces what follows
    return (len(line.split()) >= 2 or line.endswith(":")) and len(letters) >= 6 and all(c.isupper() for c in letters)


# The last words of a line after its last full stop: "... May 8, 2021. Associated Press".
LAST_WORDS = re.compile(r"(?<=[.!?]) ((?:[A-Z][\w.&'’-]*\s?){1,4})$")


def _credited_caption(line: str) -> bool:
    """'Protesters march in Accra on May 2, 2018. Associated Press': a caption that ends with the
    agency its photo is from, a news medium's name after the last sentence and nothing else."""
    found = LAST_WORDS.search(line)
    if not found:
        return False
    entry = gazetteer.lookup().get(found.group(1).strip())
    return entry is not None and entry[0].kind == "media"


# A wire photo's caption: its last sentence ends on the day and year the photo was taken, and the
# photographer's credit follows ("Envoys meet in Accra, Ghana, May 8, 2021. REUTERS/Jane Roe").
DATED_CAPTION = re.compile(r"\b(?:19|20)\d\d\. [A-Z]{3,}/[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}\s*$")


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load((gazetteer.DATA / "furniture.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _caption_openers() -> tuple[str, ...]:
    return tuple(_data()["caption_openers"])


def _caption(line: str) -> bool:
    """A photo's caption: it opens with a caption's words ("From left, Jo Park and ...") or ends as
    a wire photo's caption does (a date, then the photographer's credit)."""
    return line.startswith(_caption_openers()) or bool(DATED_CAPTION.search(line))


def furniture_line_kind(line: str) -> bool:
    """Whether a whole paragraph is furniture for the extractor (a reader's furniture, a credit
    line, names alone, a line in capitals)."""
    stripped = line.strip()
    if not stripped:
        return False
    return (furniture_line(stripped) or len(stripped.split()) <= CREDIT_WORDS and bool(CREDIT_LINE.search(stripped))
            or _names_only(stripped) or _in_capitals(stripped) or _credited_caption(stripped) or _caption(stripped))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = _data()
    cues = "|".join(re.escape(c) for c in data["credit_cues"])
    ends = "|".join(re.escape(c) for c in data["credit_ends"])
    credit = re.compile(rf"(?:{cues})[^\n]*?(?=(?:{ends})|\n|$)")
    # a lowercase pair then a capital glued on
    # ("OwusuBudget", "MensahGOP plan stalls", not "McAllister" or "DeLuca")
    link = re.compile(rf"[a-z]{{2}}(?=[A-Z](?:[a-z]|[A-Z]{{2}}))[^\n]*?\b{re.escape(data['link_end'])}\b"
                      rf"(?:\s*\([^()\n]{{1,20}}\))?")
    return credit, link


# The agency a dateline credits where a paragraph opens: "HAVERFORD/LINDSEY (Wirewise) - ",
# "Dorvale (Wirewise) The council met": the outlet names no actor of the story.
DATELINE_CREDIT = re.compile(r"(?m)^[A-Z][\w.'’/-]*(?:,? [A-Z][\w.'’/-]*){0,4} (\([A-Z][^()\n]{0,30}\))")


def _dateline_credits(text: str) -> list[tuple[int, int]]:
    found = []
    for m in DATELINE_CREDIT.finditer(text):
        entry = gazetteer.lookup().get(m.group(1)[1:-1].strip())
        if entry is not None and entry[0].kind == "media":
            found.append((m.start(1), m.end(1)))
    return found


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of page furniture in `text`."""
    credit, link = _patterns()
    spans = [(m.start(), m.end()) for m in credit.finditer(text)]
    spans += _dateline_credits(text)
    spans += [(m.start() + 2, m.end()) for m in link.finditer(text)]
    spans += [(m.start(), m.end()) for m in INLINE_CREDIT.finditer(text)]
    start = 0
    for line in text.split("\n"):
        if furniture_line_kind(line):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def furniture_tokens(text: str, token_starts: list[int]) -> set[int]:
    """Indices of the tokens (given by their start characters) that stand in page furniture;
    the name link text is glued to stays ('Pelosi')."""
    found: set[int] = set()
    for start, end in furniture_spans(text):
        i = bisect_left(token_starts, start)
        while i < len(token_starts) and token_starts[i] < end:
            found.add(i)
            i += 1
    return found
