"""Turning names, websites and email addresses into the comparable forms duplicate detection uses.

Names are folded (no diacritics, lowercase), stripped of punctuation and of legal-form words, and their
words sorted, so "Công ty Cổ phần MISA", "CTCP MISA" and "MISA JSC" all become "misa". Words that say
what type of institution a name is ("Trường Đại học", "University") are not dropped but made the same
in both languages, so "Trường Đại học FPT" matches "FPT University" and not "Công ty Cổ phần FPT"."""
import re
from difflib import SequenceMatcher
from functools import lru_cache
from urllib.parse import urlsplit

from ...text import fold

# Company legal forms, folded, dropped wherever they appear as whole words (longest first).
LEGAL_FORMS = (
    "cong ty trach nhiem huu han mot thanh vien", "cong ty trach nhiem huu han", "cong ty co phan",
    "cong ty tnhh mot thanh vien", "cong ty tnhh hai thanh vien tro len", "cong ty tnhh mtv", "cong ty tnhh",
    "cong ty cp", "tong cong ty", "cong ty", "tap doan", "doanh nghiep tu nhan", "hop tac xa", "chi nhanh",
    "joint stock company", "limited liability company", "company limited", "co ltd", "corporation",
    "company", "group", "holdings", "limited", "ctcp", "cty", "tnhh", "mtv", "dntn", "htx", "jsc", "ltd",
    "llc", "inc", "corp", "plc", "pte",
)
# Institution types in either language, mapped to one Vietnamese form instead of dropped.
INSTITUTION_WORDS = (
    ("truong dai hoc", "dai hoc"), ("university of", "dai hoc"), ("university", "dai hoc"),
    ("academy of", "hoc vien"), ("academy", "hoc vien"), ("institute of", "vien"), ("institute", "vien"),
    ("research centre", "trung tam nghien cuu"), ("research center", "trung tam nghien cuu"),
    ("centre for", "trung tam"), ("center for", "trung tam"), ("centre", "trung tam"), ("center", "trung tam"),
)
STOP_WORDS = frozenset({"and", "of", "the", "for", "va"})
# Words too common in names to tell two of them apart: they never make two listings candidates for fuzzy matching.
GENERIC_WORDS = frozenset("""
    cong nghe technology technologies tech giai phap solution solutions dich vu service services thuong mai
    trading dau tu investment invest phat trien development xay dung construction viet nam vietnam ha noi
    hanoi dai hoc vien trung tam nghien cuu quoc te international global san xuat manufacturing phan mem
    software so digital thong tin information ky thuat engineering khoa smart ai data hoc vien doi moi sang
    tao khoi nghiep du an innovation innovative startup startups quy fund funds venture ventures capital
    partners lab labs hub team
""".split())
# Free mail: a shared email domain there says nothing about the organisation.
FREE_MAIL = frozenset("""
    gmail.com googlemail.com yahoo.com yahoo.com.vn ymail.com outlook.com outlook.com.vn hotmail.com live.com
    msn.com icloud.com me.com mac.com aol.com protonmail.com proton.me zoho.com yandex.com mail.ru gmx.com
    gmx.net qq.com 163.com 126.com vnn.vn
""".split())
# Hosts where many unrelated organisations have a page: the same host is no evidence.
SHARED_HOSTS = frozenset("""
    facebook.com fb.com m.facebook.com linkedin.com vn.linkedin.com sites.google.com google.com
    youtube.com twitter.com x.com instagram.com tiktok.com zalo.me github.com medium.com linktr.ee
""".split())
SIMILARITY_THRESHOLD = 0.85  # fuzzy names: both the whole and the distinctive part at least this similar
MIN_DISTINCT_LENGTH = 3      # fuzzy matching needs this many letters in the words that differ

_NOT_WORD = re.compile(r"[^0-9a-z]+")
_PHRASES = sorted(LEGAL_FORMS, key=len, reverse=True)


def _words(value):
    return _NOT_WORD.sub(" ", fold(value).replace("&", " and ")).split()


def _phrase(phrase):
    return r"(?<!\S)" + re.escape(phrase) + r"(?!\S)"


_INSTITUTIONS = [(re.compile(_phrase(phrase)), canonical) for phrase, canonical in INSTITUTION_WORDS]
_LEGAL = re.compile("|".join(_phrase(phrase) for phrase in _PHRASES))


def name_words(value):
    """The words of a name that identify it: folded, legal forms dropped, institution types in one form."""
    text = " ".join(_words(value))
    for pattern, canonical in _INSTITUTIONS:
        text = pattern.sub(canonical, text)
    return [w for w in _LEGAL.sub(" ", text).split() if w not in STOP_WORDS]


@lru_cache(maxsize=65536)
def core_name(value):
    """The comparable form of an organisation name: its identifying words, sorted ("" when none)."""
    return " ".join(sorted(name_words(value or "")))


def distinct_name(value):
    """The core name without words common to many names ("công nghệ", "solutions"...)."""
    return " ".join(w for w in core_name(value).split() if w not in GENERIC_WORDS)


@lru_cache(maxsize=65536)
def similarity(first, second):
    """How alike two names are, 0..1: the lesser of the similarity of their cores and of the words that differ,
    so "Robot Hòa Lạc" and "Robot Hoà Lạcc" match but "Sáng tạo FrameX" and "Sáng tạo FrameAI" do not."""
    words = set(core_name(first).split()), set(core_name(second).split())
    differ = " ".join(sorted(words[0] - words[1])), " ".join(sorted(words[1] - words[0]))
    if not differ[0] and not differ[1]:
        return 1.0 if words[0] else 0.0
    if min(len(differ[0]), len(differ[1])) < MIN_DISTINCT_LENGTH:
        return 0.0
    return min(_ratio(*differ), _ratio(core_name(first), core_name(second)))


def _ratio(first, second):
    """difflib's ratio, skipped (0) when its cheap upper bounds are already below the threshold."""
    matcher = SequenceMatcher(None, first, second, autojunk=False)
    if matcher.real_quick_ratio() < SIMILARITY_THRESHOLD or matcher.quick_ratio() < SIMILARITY_THRESHOLD:
        return 0.0
    return matcher.ratio()


def blocking_prefixes(value):
    """Short prefixes of the distinctive words: listings sharing one are compared for fuzzy names."""
    return {w[:4] for w in distinct_name(value).split() if len(w) >= 3}


def web_host(url):
    """The host of a website without "www." and port ("https://www.MISA.vn/x" -> "misa.vn"), or None."""
    if not url:
        return None
    text = url.strip().lower()
    if "://" not in text:
        text = "http://" + text
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return None
    host = host.strip(".")
    if host.startswith("www."):
        host = host[4:]
    return host if "." in host and host not in SHARED_HOSTS else None


def email_domain(email):
    """The domain of an email address, unless it is free mail (then None)."""
    if not email or "@" not in email:
        return None
    domain = email.rsplit("@", 1)[1].strip().lower().strip(".")
    return domain if "." in domain and domain not in FREE_MAIL else None


def email_address(email):
    """An email address in the form two profiles can be compared by."""
    return email.strip().lower() if email and "@" in email else None


def tax_code(value):
    """A tax code as digits only ("0101-243-150" -> "0101243150"), None when fewer than 8 digits."""
    digits = re.sub(r"\D", "", value or "")
    return digits if len(digits) >= 8 else None


HONORIFICS = frozenset({"gs", "pgs", "ts", "ths", "tskh", "ks", "bs", "cn", "dr", "prof", "assoc", "mr", "ms",
                        "mrs", "nca", "ncs"})


def person_name(value):
    """A person's name folded, punctuation and leading titles ("PGS.TS.") dropped."""
    words = _words(value or "")
    while words and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def orcid(value):
    """An ORCID iD as 16 characters, from a bare iD or a URL."""
    cleaned = re.sub(r"[^0-9X]", "", (value or "").upper().rsplit("/", 1)[-1])
    return cleaned if len(cleaned) == 16 else None
