"""Quotes: reported speech, who said it, and the outlet or document that carried it.

Three kinds (docs/method.md describes them for readers):
- direct: words in quote marks, attributed by a reporting verb beside them ('"...," she said');
- mixed: a paraphrase holding a quoted fragment ('he said the plan was "a disaster"');
- indirect: the content clause of a reporting verb ("X warned that ...", "according to X, ...").

The work is one pass over the text for quote marks (``marks``), one pass over the tokens for
reporting verbs (``from_verbs``), and look-ups in indexes built once per article (``index.Index``,
``coref.Mentions``): no second parse, no re-scan of the whole Doc per quote. A quote's span is
its content, never the attribution.
"""
from generator.extract.quotes.find import find_quotes
from generator.extract.quotes.marks import find_marked, paragraphs, quote_text


__all__ = ["find_marked", "find_quotes", "paragraphs", "quote_text"]
