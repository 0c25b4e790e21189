"""Descriptions of 40 to 150 words for invented listings, in Vietnamese and in English.

Each description opens with what the listing is, then mixes sentences of the demo catalogue with
template sentences full of the syllables real descriptions repeat ("công nghệ", "phát triển",
"giải pháp", "doanh nghiệp", "Hà Nội"), and is cut at the drawn length."""
import functools

from ecosystem.demo.spec import ascii_text

from . import vocabulary as v

MIN_WORDS, MAX_WORDS = 40, 150

OPENERS_VI = {
    "startup": "**{name}** là công ty khởi nghiệp phát triển {p} cho {c}.",
    "company": "**{name}** là doanh nghiệp công nghệ cung cấp giải pháp {p} cho {c}.",
    "investor": "**{name}** đầu tư vào các công ty khởi nghiệp đổi mới sáng tạo trong lĩnh vực {p}.",
    "university": "**{name}** đào tạo kỹ sư và cử nhân, nghiên cứu {p} cùng doanh nghiệp.",
    "institute": "**{name}** nghiên cứu và chuyển giao công nghệ {p} cho {c}.",
    "agency": "**{name}** hỗ trợ doanh nghiệp và người dân về {p} trên địa bàn Hà Nội.",
    "incubator": "**{name}** ươm tạo các nhóm khởi nghiệp về {p}, kết nối họ với nhà đầu tư.",
    "zone": "**{name}** thu hút các dự án công nghệ cao, sản xuất {p} và nghiên cứu phát triển.",
    "person": "{name} nghiên cứu về {p} và hợp tác với {c} để ứng dụng kết quả vào thực tế.",
}
OPENERS_EN = {
    "startup": "**{name}** is a startup building {t} products.",
    "company": "**{name}** is a technology company offering {t} solutions.",
    "investor": "**{name}** invests in early-stage {t} startups.",
    "university": "**{name}** trains engineers and researches {t} with industry.",
    "institute": "**{name}** does applied research and transfers {t} technology.",
    "agency": "**{name}** supports businesses and residents with {t} services.",
    "incubator": "**{name}** incubates {t} startups and connects them with investors.",
    "zone": "**{name}** hosts high-tech projects in {t} and manufacturing.",
}


@functools.cache
def _slot_pools(corpus, language):
    """(products, customers) for the template slots, in one language."""
    if language == "en":
        return corpus.en_phrases, corpus.en_phrases
    return v.VI_PRODUCTS + corpus.vi_phrases, v.VI_CUSTOMERS + corpus.vi_phrases


def _fill(rng, template, pools, place):
    """A template sentence with its slots drawn: {p} a product, {c} a customer, {t} a tech word, {w} a place."""
    products, customers = pools
    return template.format(p=rng.choice(products), c=rng.choice(customers), t=rng.choice(v.ENGLISH_TECH), w=place,
                           n=rng.randrange(10, 5000), y=rng.randrange(2016, 2026))


def _assemble(rng, opening, sentences, pools, templates, place):
    """Sentences until the drawn length is reached, then cut there (a listing is rarely a round text)."""
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    words = opening.split()
    while len(words) < target:
        if rng.random() < 0.45:
            sentence = _fill(rng, rng.choice(templates), pools, place)
        else:
            sentence = rng.choice(sentences)
            if rng.random() < 0.3:  # a rare word in an ordinary sentence, as product names are
                sentence = sentence.rstrip(".") + f" ({rng.choice(v.ENGLISH_TECH)})."
        words.extend(sentence.split())
    text = " ".join(words[:target])
    return text if text.endswith(".") else text.rstrip(",;:") + "."


def vietnamese_description(rng, corpus, kind, name, product, customer, ward_name):
    """A Vietnamese description (Markdown: the name in bold) of 40 to 150 words."""
    opening = OPENERS_VI[kind].format(name=name, p=product, c=customer)
    place = f"phường {ward_name}" if ward_name else "Cầu Giấy"
    return _assemble(rng, opening, corpus.vi_sentences, _slot_pools(corpus, "vi"), v.VI_TEMPLATES, place)


def english_description(rng, corpus, kind, name_en, ward_name):
    """An English description of 40 to 150 words."""
    opening = OPENERS_EN[kind].format(name=name_en, t=rng.choice(v.ENGLISH_TECH))
    place = ascii_text(ward_name) if ward_name else "Cau Giay"
    return _assemble(rng, opening, corpus.en_sentences, _slot_pools(corpus, "en"), v.EN_TEMPLATES, place)
