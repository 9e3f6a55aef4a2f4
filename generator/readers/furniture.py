"""Page furniture: whole paragraphs a saved page or a crawl leaves in an article's text that are
no part of the story (bylines, photo captions and credits, media-player notices, related-link
teasers, newsletter and advertising prompts, share buttons). Readers drop them from the body, so
they are never the lede and the extractor never reads them; ``generator.extract.furniture``
marks what is left inside paragraphs.

Every pattern is a shape many outlets share, not one outlet's words.
"""
from __future__ import annotations

import re

# "By Jane Roe and John Doe", "By Jane Roe, Reuters", "-- By Jane Roe Follow @jroe",
# "By JANE ROE | Associated Press": "By", then capitalised words, joiners and an outlet only.
_NAME_WORD = r"[A-Z][\w.'’-]*"
BYLINE = re.compile(rf"^[-—–\s]*(?i:by)\s+{_NAME_WORD}(?:(?:\s*(?:,|\||&|\band\b|\bin\b|\bfor\b|\bof\b)\s*|\s+)"
                    rf"{_NAME_WORD})*(?:\s+Follow\s+@\w+)?\s*$")
BYLINE_WORDS = 14

# Lines a caption, a credit or a player notice opens: "Image copyright X Image caption ...",
# "Media playback is unsupported on your device", "Enlarge this image toggle caption X/AP",
# "Photo: Jane Roe/Agency", "Slideshow (13 Images)", "VIDEO: The 20-second hand wash".
OPENERS = re.compile(
    r"^\(?\s*(?:(?:image copyright|image caption|image source|media playback|media caption|enlarge this image|"
    r"toggle caption|photo credit|getty images|story continued below|continue reading|skip advertisement|"
    r"just watched|must watch)\b|"
    r"(?:photo|photos|photograph|photographer|pictures|caption|credit|slideshow|gallery|video|videos|audio|"
    r"advertisement|sponsored)\b\s*(?::|\(|$))", re.I)
# "Watch as the freed men arrive", "LISTEN TO ARTICLE 4:13": a player's prompt, not a sentence.
PLAYER = re.compile(r"^(?:watch|listen)(?:\s+(?:to|as|now|live|this|the|our|more|video)\b|\s*:)", re.I)
# A caption ends with its photo credit in brackets: "... May 10, 2018. (Jane Roe/Reuters)",
# "(AP Photo/Jane Roe)", "(Getty Images)", "Photographer: Jane Roe/Bloomberg".
CREDIT_END = re.compile(
    r"(?:\((?:[^()/]{1,40}/[^()]{1,60}|[^()]{0,40}\b(?:Images|Photo|Photos|Pool|Photograph)\b[^()]{0,20})\)"
    r"|\b(?:Photographer|Photo|Photograph|Credit)\s*:\s*[A-Z][^.!?]{0,60})\s*$")
# "Sign up for our newsletter", "Subscribe to ...", "Copyright © 2019 ...", "Click here to ...",
# "Share this article Share Tweet Post Email", "Visit X's homepage for more stories".
PROMPTS = re.compile(
    r"^(?:sign up\b|subscribe\b|copyright\b|©|all rights reserved|click here\b|manage newsletters|"
    r"get (?:our|the) [\w ]{0,30}newsletter|join (?:our|the) [\w ]{0,30}(?:newsletter|mailing list)|"
    r"visit \S+(?: \S+){0,3} homepage|follow us\b|download (?:our|the) [\w ]{0,20}app\b)", re.I)
PROMPT_ANYWHERE = re.compile(r"\b(?:click here|(?:our|daily|free|weekly|morning|evening) newsletters?|"
                             r"manage newsletters|sign up for|share this article|reprint permission|"
                             r"all rights reserved)\b", re.I)
# A sign-up box, however long its small print runs: "Get the X you care about delivered to your
# inbox. By signing up, you agree to ...", "Email Sign Up ... You can unsubscribe at any time".
SIGN_UP = re.compile(r"\b(?:by signing up|delivered to your inbox|in your inbox|unsubscribe at any time|"
                     r"protected by recaptcha|sign up today)\b", re.I)
SIGN_UP_WORDS = 90
SHARE_WORDS = {"share", "tweet", "email", "facebook", "twitter", "whatsapp", "print", "pinterest",
               "linkedin", "reddit", "messenger", "copy", "link", "comment", "comments", "save"}
# "MORE", "READ MORE", "Related Coverage ...": a related-link label alone, or a list label with
# the linked headline after it.
LINK_LABEL = re.compile(r"^(?:more|read more|read|related|see also|also read|recommended|trending|most read|"
                        r"most popular|top stories|in pictures)\s*:?\s*$|"
                        r"^(?:related coverage|related stories|related articles|related content|more videos|"
                        r"more stories|see more photos|more must-reads|more from)\b", re.I)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b|\[email protected\]")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def _words(line: str) -> list[str]:
    return line.split()


def furniture_line(line: str) -> bool:
    """Whether a whole paragraph is page furniture, not article text."""
    line = line.strip()
    if not line:
        return False
    words = _words(line)
    if len(words) <= BYLINE_WORDS and BYLINE.match(line):
        return True
    if OPENERS.match(line) or len(words) <= 20 and PLAYER.match(line) and not SENTENCE_END.search(line):
        return True
    if link_label(line):
        return True
    if PROMPTS.match(line) or len(words) <= 25 and PROMPT_ANYWHERE.search(line):
        return True
    if len(words) <= SIGN_UP_WORDS and SIGN_UP.search(line):
        return True
    if len(words) <= 90 and CREDIT_END.search(line):  # AP captions run long
        return True
    if len(words) <= 12 and sum(w.lower().strip(":,") in SHARE_WORDS for w in words) >= 3:
        return True
    if len(words) <= 30 and EMAIL.search(line) and not line.startswith(("\"", "“")):
        return True  # "Write to the editor at letters@...", "Contact: ... Email: ..."
    return False


def link_label(line: str) -> bool:
    """'MORE', 'Related Coverage X': a label that introduces a link to another page."""
    return len(_words(line)) <= 20 and not SENTENCE_END.search(line.strip()) and bool(LINK_LABEL.match(line.strip()))
