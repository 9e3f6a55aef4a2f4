"""A small valid fact sheet, made from the dataclasses, for the model and format tests."""
from generator.model.factsheet import Actor, ArticleInfo, FactSheet, Quote


def small_sheet() -> dict:
    body = 'Minister Ana Lopes said "we will not sign".'
    info = ArticleInfo(title="T", lede=body, published=None, url=None, publisher=None, authors=[],
                       language=None, source_file="t.txt", checksum="sha256:0", related=[], body=body)
    actor = Actor(id="ana-lopes", name="Ana Lopes", kind="person", mentions=[[9, 18]])
    quote = Quote(id="q1", text="we will not sign", kind="direct", speakers=["ana-lopes"],
                  speaker_mention=[9, 18], cue="said", via=None, start=25, end=41)
    return FactSheet(id="t", article=info, actors=[actor], quotes=[quote]).to_dict()
