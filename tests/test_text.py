"""Normalisation and input parsing, checked on generated text (Hypothesis)."""
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecosystem.forms import safe_next
from ecosystem.registry import schema as s
from ecosystem.text import clean_line, fold, nfc, slugify

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
vietnamese_text = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " -.,'", max_size=60)


@given(vietnamese_text)
def test_fold_is_ascii_lowercase_and_idempotent(text):
    folded = fold(text)
    assert folded.isascii() and folded == folded.lower() and fold(folded) == folded


@given(vietnamese_text)
def test_nfd_and_nfc_input_fold_and_clean_the_same(text):
    decomposed = unicodedata.normalize("NFD", text)
    assert fold(decomposed) == fold(text)
    assert clean_line(decomposed) == clean_line(text)
    assert clean_line(decomposed) == unicodedata.normalize("NFC", clean_line(decomposed))


@given(st.text(max_size=200))
def test_slugify_always_gives_a_url_safe_slug(text):
    slug = slugify(text)
    assert slug and len(slug) <= 80 and all(ch.isalnum() and ch.isascii() or ch == "-" for ch in slug)
    assert not slug.startswith("-") and not slug.endswith("-")


@pytest.mark.parametrize("name, expected", [
    ("Khu Công nghệ cao Hòa Lạc", "khu-cong-nghe-cao-hoa-lac"),
    ("Đại học Bách khoa Hà Nội", "dai-hoc-bach-khoa-ha-noi"),
    ("ĐỔI MỚI SÁNG TẠO", "doi-moi-sang-tao"),
])
def test_slugify_vietnamese_names(name, expected):
    assert slugify(name) == expected


@given(st.text(max_size=80))
def test_safe_next_only_returns_local_paths(target):
    result = safe_next(target, "/fallback")
    assert result == "/fallback" or (result.startswith("/") and not result.startswith("//") and "\\" not in result)


@given(st.lists(st.text(max_size=70), max_size=40) | st.text(max_size=500))
def test_list_rule_returns_clean_values_or_a_message(raw):
    rule = s.ListOf(60, 30)
    try:
        values = rule.clean(raw)
    except ValueError as err:
        assert str(err)
    else:
        assert len(values) <= 30 and len(set(values)) == len(values)
        assert all(v and len(v) <= 60 and v == nfc(v).strip() for v in values)


@given(st.one_of(st.text(max_size=30), st.integers(), st.floats(), st.booleans(), st.none()))
def test_number_rule_never_raises_anything_but_value_error(raw):
    try:
        value = s.Number(0, 10 ** 6).clean(raw)
    except ValueError:
        return
    assert value is None or 0 <= value <= 10 ** 6
