"""Language: is an article in English, and if not, which language is it in?

The extractor reads English only, so a seed in another language is refused with a clear message
instead of a bogus briefing. The test is light and works offline:

* English is recognised by the share of its commonest function words ("the", "of", "which", ...)
  among the words of the text. The list leaves out words that are also common in other languages
  ("a", "he", "no", "on", "die") so a Spanish or German text does not pass for English.
* Another language is named by the jusText stop-word lists (shipped with jusText, which
  trafilatura depends on); a text in a script those lists do not cover (Chinese, Japanese, ...)
  is named by its script.

Texts shorter than ``MIN_WORDS`` words are not judged: too few words to tell.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

MIN_WORDS = 25
SAMPLE_WORDS = 3000
# Share of English function words below which a text is not English. English news prose scores
# 0.25-0.40; Spanish, French, German score under 0.03 (measured on ../shared corpora).
ENGLISH_MIN_SHARE = 0.12

ENGLISH_FUNCTION_WORDS = frozenset("""
the of and to is was that for with by from it its this which who whom whose were are been be
has have had will would could should not but or an they their them there these those than
said says also about after what when where while into over under just more most such only
she her his him we our you your can may must did does do than then because before between
""".split())

WORD = re.compile(r"[^\W\d_]+")

# scripts whose languages are named by script when no stop-word list matches
SCRIPT_NAMES = {"CJK": "Chinese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Korean",
                "THAI": "Thai", "ARABIC": "Arabic", "HEBREW": "Hebrew", "CYRILLIC": "Russian",
                "GREEK": "Greek", "DEVANAGARI": "Hindi", "BENGALI": "Bengali", "TAMIL": "Tamil",
                "GEORGIAN": "Georgian", "ARMENIAN": "Armenian", "ETHIOPIC": "Amharic"}


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())[:SAMPLE_WORDS]


def english_share(tokens: list[str]) -> float:
    return sum(t in ENGLISH_FUNCTION_WORDS for t in tokens) / max(len(tokens), 1)


def main_script(text: str) -> str:
    """The Unicode script most letters of the text belong to ("LATIN", "ARABIC", "CJK", ...)."""
    scripts = Counter(unicodedata.name(ch, "UNKNOWN").split()[0]
                      for ch in text[:20000] if ch.isalpha())
    # Japanese mixes kana with Chinese characters (CJK), often fewer kana than kanji
    if scripts["HIRAGANA"] + scripts["KATAKANA"] > 0.1 * sum(scripts.values()):
        return "HIRAGANA"
    return scripts.most_common(1)[0][0] if scripts else "LATIN"


@lru_cache(maxsize=1)
def stoplists() -> dict[str, frozenset[str]]:
    try:
        import justext
    except ImportError:  # naming the language is a nicety; the English test does not need it
        return {}
    lists = {}
    for name in justext.get_stoplists():
        if name != "Simple_English":
            lists[name.replace("_", " ")] = frozenset(justext.get_stoplist(name))
    return lists


def best_stoplist(tokens: list[str]) -> str | None:
    counts = {name: sum(t in words_ for t in tokens) for name, words_ in stoplists().items()}
    if not counts:
        return None
    name = max(counts, key=counts.get)
    return name if counts[name] / len(tokens) >= 0.15 else None


def detect(text: str) -> str | None:
    """'English', another language's name, or None when the text is too short to tell."""
    tokens = words(text)
    if len(tokens) < MIN_WORDS and main_script(text) in ("LATIN", "UNKNOWN"):
        return None
    if english_share(tokens) >= ENGLISH_MIN_SHARE:
        return "English"
    script = main_script(text)
    if script in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI"):  # no spaces between words
        return SCRIPT_NAMES[script]
    name = best_stoplist(tokens) if tokens else None
    if name and name != "English":
        return name
    return SCRIPT_NAMES.get(script, "a language other than English")


def language_name(code: str) -> str:
    """'es' -> 'Spanish' for the languages we can name; otherwise the code as given."""
    return CODES.get(code.lower().split("-")[0].split("_")[0], repr(code))


def is_english_code(code: str) -> bool:
    return code.strip().lower().replace("_", "-").split("-")[0] in ("en", "eng", "english")


CODES = {"ar": "Arabic", "de": "German", "es": "Spanish", "fr": "French", "it": "Italian",
         "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish",
         "tr": "Turkish", "fa": "Persian", "he": "Hebrew", "zh": "Chinese", "ja": "Japanese",
         "ko": "Korean", "hi": "Hindi", "sv": "Swedish", "no": "Norwegian", "nb": "Norwegian",
         "da": "Danish", "fi": "Finnish", "el": "Greek", "cs": "Czech", "ro": "Romanian",
         "hu": "Hungarian", "id": "Indonesian", "vi": "Vietnamese", "th": "Thai", "ur": "Urdu",
         "sw": "Swahili", "ca": "Catalan", "is": "Icelandic", "bn": "Bengali"}
