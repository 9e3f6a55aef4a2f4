"""Telling English from other languages (generator.readers.language), without the readers."""
import pytest

from generator.readers import language
from tests.readers.support import ENGLISH, GERMAN, PORTUGUESE

SPANISH = ("La ministra dijo el lunes que las negociaciones se reanudarán el próximo mes en Ginebra y "
           "que su gobierno está dispuesto a discutir la cuota si la otra parte hace primero una oferta.")


def test_english_prose_is_english():
    assert language.detect(ENGLISH) == "English"
    assert language.english_share(language.words(ENGLISH)) >= language.ENGLISH_MIN_SHARE


@pytest.mark.parametrize("text, name", [(GERMAN, "German"), (PORTUGUESE, "Portuguese"), (SPANISH, "Spanish")])
def test_another_latin_script_language_is_named_by_its_stop_words(text, name):
    assert language.english_share(language.words(text)) < language.ENGLISH_MIN_SHARE
    assert language.best_stoplist(language.words(text)) == name
    assert language.detect(text) == name


@pytest.mark.parametrize("text, script, name", [
    ("大臣は月曜日、協議は来月ジュネーブで再開されると述べた。", "HIRAGANA", "Japanese"),
    ("部长周一表示,谈判将于下月在日内瓦恢复。", "CJK", "Chinese"),
    ("장관은 월요일 회담이 다음 달 제네바에서 재개될 것이라고 말했다.", "HANGUL", "Korean"),
])
def test_a_script_without_spaces_is_named_by_its_script_however_short(text, script, name):
    assert language.main_script(text) == script
    assert language.detect(text) == name


def test_a_short_latin_text_is_not_judged():
    text = "La ministre a parlé."
    assert len(language.words(text)) < language.MIN_WORDS
    assert language.detect(text) is None
    assert language.detect("") is None
    assert language.detect(" ".join(ENGLISH.split()[:language.MIN_WORDS])) == "English"  # long enough


def test_declared_language_codes():
    assert language.is_english_code("en") and language.is_english_code("en_GB") and language.is_english_code(" EN-us")
    assert not language.is_english_code("es")
    assert language.language_name("pt-BR") == "Portuguese" and language.language_name("xx") == "'xx'"
