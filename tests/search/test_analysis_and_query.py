"""Vietnamese analysis and the query parser: examples and properties (Hypothesis)."""
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from ecosystem.search.analysis import folded_words, normalise, pairs, within_one_edit, word_matches, words
from ecosystem.search.highlight import highlight
from ecosystem.search.query import MAX_WORDS, Word, parse


def test_tone_mark_placements_and_compositions_are_one_word():
    assert normalise("hoà") == normalise("hòa") == "hòa"
    assert normalise("thuỷ") == normalise("thủy")
    assert normalise("khoẻ") == normalise("khỏe")
    assert normalise("quý") == "quý"  # qu + y: the mark stays on y
    assert normalise("hoàng") == "hoàng"  # closed syllable: unchanged
    decomposed = unicodedata.normalize("NFD", "Hòa Lạc")
    assert words(decomposed) == words("Hòa Lạc") == ["hòa", "lạc"]


def test_folding_and_pairs():
    assert folded_words("Đại học Bách khoa Hà Nội") == ["dai", "hoc", "bach", "khoa", "ha", "noi"]
    assert folded_words("dổi mới") == folded_words("đổi mới") == ["doi", "moi"]
    assert pairs(["cong", "nghe", "cao"]) == ["cong_nghe", "nghe_cao"]
    assert words("AI/ML, IoT & 5G_networks") == ["ai", "ml", "iot", "5g", "networks"]


def test_one_edit_and_the_matching_rule():
    assert within_one_edit("blokchain", "blockchain") and within_one_edit("blockhcain", "blockchain")
    assert not within_one_edit("blkchan", "blockchain")
    assert word_matches("robot", "robotics")  # prefix
    assert not word_matches("ro", "robotics")  # too short for a prefix
    assert word_matches("semiconductr", "semiconductor") and not word_matches("chjp", "chip")


def test_parser_grammar():
    query = parse('"công nghệ cao" AI OR blockchain -fintech NOT crypto')
    assert [[[w.folded for w in alt] for alt in c.alternatives] for c in query.clauses] == [
        [["cong", "nghe", "cao"]], [["ai"], ["blockchain"]]]
    assert query.excluded == ["fintech", "crypto"]
    assert parse("id:*").clauses[0].alternatives == ((Word("id", "id"),),)
    assert parse("NOT OR x").empty and parse("NOT OR x").excluded == ["x"]


@given(st.text(max_size=600))
def test_any_text_parses_within_bounds(text):
    query = parse(text)
    assert sum(len(alt) for c in query.clauses for alt in c.alternatives) <= MAX_WORDS
    assert len(query.excluded) <= MAX_WORDS
    for word in query.all_words():
        assert word.folded and word.folded == word.folded.lower()


@given(st.text(max_size=200), st.text(max_size=40))
def test_highlighting_never_injects_markup(text, typed):
    html = str(highlight(text, parse(typed).all_words()))
    stripped = html.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in stripped and ">" not in stripped.replace("&gt;", "")


def test_highlight_marks_folded_matches_in_the_best_window():
    text = "Mở đầu. " + "x " * 60 + "Chúng tôi thiết kế chip bán dẫn tại Hòa Lạc."
    html = str(highlight(text, parse("ban dan hoa lac").all_words()))
    assert "<mark>bán</mark> <mark>dẫn</mark>" in html and "<mark>Hòa</mark> <mark>Lạc</mark>" in html
    assert html.startswith("… ")
