"""The contract every search backend passes (Whoosh always; PostgreSQL when TEST_DATABASE_URL is set)."""
import pytest

from ecosystem.search.protocol import FACETS

from .conftest import doc, run, titles

HANOI = dict(province="ha-noi")


@pytest.fixture
def vietnamese(backend):
    backend.index([
        doc(1, "Khu Công nghệ cao Hòa Lạc", "Khu công nghệ cao quốc gia ở phía tây Hà Nội.", kind="zone"),
        doc(2, "Đại học Bách khoa Hà Nội", "Trường đại học kỹ thuật hàng đầu, nghiên cứu bán dẫn.",
            kind="university", title_alt="Hanoi University of Science and Technology HUST"),
        doc(3, "Trung tâm Đổi mới sáng tạo", "Hỗ trợ khởi nghiệp đổi mới sáng tạo.", kind="incubator"),
        doc(4, "Chip Việt", "Thiết kế chip semiconductor cho thiết bị IoT.",
            technologies=["semiconductors"], sectors=["electronics"]),
        doc(5, "Hoa Sen Blockchain", "Nền tảng blockchain cho chuỗi cung ứng nông sản.",
            technologies=["blockchain"], sectors=["agriculture"]),
    ])
    return backend


@pytest.mark.parametrize("text, expected", [
    ("hoa lac", "Khu Công nghệ cao Hòa Lạc"),
    ("Hòa Lạc", "Khu Công nghệ cao Hòa Lạc"),
    ("hoà lạc", "Khu Công nghệ cao Hòa Lạc"),  # the other tone-mark placement
    ("dai hoc bach khoa", "Đại học Bách khoa Hà Nội"),
    ("đổi mới", "Trung tâm Đổi mới sáng tạo"),
    ("dổi mới", "Trung tâm Đổi mới sáng tạo"),
    ("doi moi", "Trung tâm Đổi mới sáng tạo"),
    ("university science technology", "Đại học Bách khoa Hà Nội"),
    ("semiconductor", "Chip Việt"),
])
def test_words_match_with_or_without_diacritics(vietnamese, text, expected):
    assert titles(run(vietnamese, text))[:1] == [expected]


def test_prefix_and_one_typo_on_long_words(vietnamese):
    assert "Đại học Bách khoa Hà Nội" in titles(run(vietnamese, "bach kho"))
    assert titles(run(vietnamese, "semiconductr")) == ["Chip Việt"]  # one letter missing
    assert titles(run(vietnamese, "blokchain")) == ["Hoa Sen Blockchain"]  # one letter wrong
    assert titles(run(vietnamese, "blockhcain")) == ["Hoa Sen Blockchain"]  # two letters swapped
    assert titles(run(vietnamese, "blkchan")) == []  # two edits: too far
    assert titles(run(vietnamese, "chjp")) == []  # short words get no typo tolerance


def test_every_word_is_required_and_excluded_words_remove(vietnamese):
    assert titles(run(vietnamese, "blockchain bán dẫn")) == []
    assert set(titles(run(vietnamese, "blockchain OR semiconductor"))) == {"Chip Việt", "Hoa Sen Blockchain"}
    assert "Hoa Sen Blockchain" not in titles(run(vietnamese, "hoa -blockchain"))
    browse = run(vietnamese, "-blockchain")
    assert browse.total == 4 and "Hoa Sen Blockchain" not in titles(browse)


def test_exact_diacritics_rank_first(backend):
    backend.index([doc(1, "Họa sĩ Số"), doc(2, "Hoa Sen Group"), doc(3, "Hòa Bình Tech")])
    assert titles(run(backend, "hòa"))[0] == "Hòa Bình Tech"
    assert titles(run(backend, "họa"))[0] == "Họa sĩ Số"
    assert len(run(backend, "hoa").hits) == 3


def test_title_outranks_body_and_exact_outranks_prefix(backend):
    backend.index([doc(1, "Alpha Labs", "Chúng tôi làm robot công nghiệp."), doc(2, "Robot Hà Nội", "Sản xuất."),
                   doc(3, "Robotics Việt", "Tự động hóa.")])
    ranked = titles(run(backend, "robot"))
    assert ranked[0] == "Robot Hà Nội" and len(ranked) == 3
    assert ranked.index("Robot Hà Nội") < ranked.index("Robotics Việt")


def test_adjacent_words_outrank_scattered_ones(backend):
    backend.index([
        doc(1, "Alpha", "Công ty phần mềm. Chúng tôi có đội ngũ mạnh về nghệ thuật số."),
        doc(2, "Beta", "Công nghệ phần mềm cho doanh nghiệp."),
    ])
    assert titles(run(backend, "công nghệ")) == ["Beta", "Alpha"]
    assert titles(run(backend, '"công nghệ"')) == ["Beta"]
    assert titles(run(backend, '"cong nghe phan mem"')) == ["Beta"]


def test_visibility_applies_to_hits_and_counts(backend):
    backend.index([doc(1, "Robot Một"), doc(2, "Robot Hai", status="pending"), doc(3, "Robot Ba", status="rejected")])
    public = run(backend, "robot")
    assert titles(public) == ["Robot Một"] and public.total == 1
    assert dict(public.facets["status"]) == {"verified": 1}
    staff = run(backend, "robot", statuses=("verified", "pending", "rejected"))
    assert staff.total == 3
    assert dict(staff.facets["status"]) == {"verified": 1, "pending": 1, "rejected": 1}
    assert backend.suggest("robot", ("verified",), 10)[0].title == "Robot Một"
    assert len(backend.suggest("robot", ("verified",), 10)) == 1


@pytest.fixture
def faceted(backend):
    backend.index([
        doc(1, "AI Một", kind="startup", technologies=["ai", "big-data"], sectors=["health"], stage="seed", **HANOI,
            ward="cau-giay"),
        doc(2, "AI Hai", kind="startup", technologies=["ai"], sectors=["fintech"], stage="series-a", **HANOI,
            zone="hoa-lac"),
        doc(3, "AI Ba", kind="company", technologies=["robotics"], sectors=["health"], province="da-nang"),
        doc(4, "AI Bốn", kind="investor", technologies=["ai"], investor_type="vc", **HANOI),
        doc(5, "Khác", kind="startup", technologies=["ai"], stage="seed", **HANOI),
    ])
    return backend


def test_facets_count_with_every_other_filter(faceted):
    result = run(faceted, "ai", filters={"kind": ("startup",)})
    assert titles(result) == ["AI Hai", "AI Một"] or set(titles(result)) == {"AI Một", "AI Hai"}
    assert result.total == 2
    # The kind facet ignores its own filter: it shows what other kinds would add.
    assert dict(result.facets["kind"]) == {"startup": 2, "company": 1, "investor": 1}
    assert dict(result.facets["technology"]) == {"ai": 2, "big-data": 1}
    assert dict(result.facets["stage"]) == {"seed": 1, "series-a": 1}
    assert dict(result.facets["zone"]) == {"hoa-lac": 1}
    assert dict(result.facets["ward"]) == {"cau-giay": 1}
    assert set(result.facets) == set(FACETS)


def test_values_within_a_facet_or_and_facets_and(faceted):
    both = run(faceted, "ai", filters={"kind": ("startup", "company")})
    assert both.total == 3
    narrowed = run(faceted, "ai", filters={"kind": ("startup", "company"), "sector": ("health",)})
    assert set(titles(narrowed)) == {"AI Một", "AI Ba"}
    assert dict(narrowed.facets["sector"]) == {"health": 2, "fintech": 1}
    assert dict(narrowed.facets["kind"]) == {"startup": 1, "company": 1}
    assert run(faceted, "", filters={"technology": ("robotics", "big-data")}).total == 2
    assert run(faceted, "", filters={"province": ("da-nang",), "kind": ("startup",)}).total == 0


def test_browse_counts_everything_visible(faceted):
    result = run(faceted, "", filters={"stage": ("seed",)})
    assert set(titles(result)) == {"AI Một", "Khác"}
    assert dict(result.facets["stage"]) == {"seed": 2, "series-a": 1}
    assert run(faceted, "", facets=()).facets == {}


def test_sorts_and_pages(backend):
    backend.index([doc(n, name) for n, name in [(3, "Cà phê số"), (1, "Ánh Dương"), (2, "Bình Minh"), (4, "Đông Á")]])
    backend.index([doc(5, "Zeta", updated_at=doc(99, "x").updated_at)])
    assert titles(run(backend, sort="name")) == ["Ánh Dương", "Bình Minh", "Cà phê số", "Đông Á", "Zeta"]
    assert titles(run(backend, sort="relevance")) == titles(run(backend, sort="name"))
    assert titles(run(backend, sort="newest"))[:2] == ["Zeta", "Đông Á"]
    assert titles(run(backend, sort="updated"))[0] == "Zeta"
    page2 = run(backend, sort="name", page=2, per_page=2)
    assert titles(page2) == ["Cà phê số", "Đông Á"] and page2.total == 5
    assert titles(run(backend, sort="name", page=9, per_page=2)) == []


def test_suggest_completes_title_words(vietnamese):
    assert [h.title for h in vietnamese.suggest("hoa l", ("verified",), 5)] == ["Khu Công nghệ cao Hòa Lạc"]
    assert "Đại học Bách khoa Hà Nội" in [h.title for h in vietnamese.suggest("dai hoc b", ("verified",), 5)]
    assert [h.title for h in vietnamese.suggest("hust", ("verified",), 5)] == ["Đại học Bách khoa Hà Nội"]
    first = vietnamese.suggest("ch", ("verified",), 5)[0]
    assert (first.title, first.slug, first.kind, first.key) == ("Chip Việt", "org-4", "startup", "organisation:4")
    assert vietnamese.suggest("", ("verified",), 5) == []
    assert vietnamese.suggest("zzzz", ("verified",), 5) == []


def test_more_like_finds_shared_subjects_never_itself(backend):
    source = doc(1, "Chip Một", "Thiết kế vi mạch bán dẫn", technologies=["semiconductors"], sectors=["electronics"])
    backend.index([source, doc(2, "Chip Hai", "Vi mạch bán dẫn công suất", technologies=["semiconductors"]),
                   doc(3, "Nông sản sạch", "Rau hữu cơ", technologies=["biotech"], sectors=["agriculture"]),
                   doc(4, "Chip Ẩn", "Vi mạch bán dẫn", technologies=["semiconductors"], status="pending")])
    similar = [h.title for h in backend.more_like(source, ("verified",), 5)]
    assert similar[0] == "Chip Hai"
    assert "Chip Một" not in similar and "Chip Ẩn" not in similar


def test_spelling_suggests_accented_indexed_words(vietnamese):
    assert vietnamese.spelling(["cong", "ngeh"]) == {"ngeh": "nghệ"}
    assert vietnamese.spelling(["blokchain"]) == {"blokchain": "blockchain"}
    assert vietnamese.spelling(["xyzxyzxyz"]) == {}


def test_index_replaces_remove_forgets_and_digests_follow(backend):
    first = doc(1, "Tên Cũ")
    backend.index([first, doc(2, "Khác")])
    assert backend.digests() == {"organisation:1": first.digest(), "organisation:2": doc(2, "Khác").digest()}
    renamed = doc(1, "Tên Mới")
    backend.index([renamed])
    assert titles(run(backend, "tên")) == ["Tên Mới"]
    assert backend.digests()["organisation:1"] == renamed.digest()
    backend.remove(["organisation:1", "organisation:404"])
    assert set(backend.digests()) == {"organisation:2"}
    assert run(backend, "tên").total == 0


def test_rebuild_replaces_everything(backend):
    backend.index([doc(1, "Cũ")])
    seen = []
    assert backend.rebuild((doc(n, f"Mới {n}") for n in range(2, 30)), progress=seen.append) == 28
    assert run(backend).total == 28 and seen and seen[-1] == 28
    assert "organisation:1" not in backend.digests()


@pytest.mark.parametrize("text", [
    "NOT OR x", "(" * 500, "*", "id:*", "status:pending", '"', '""', "AND", "-", "a" * 400, "title:(x OR",
    "%", "_", "'; drop table search_documents; --", "\\", "\x00", "ổổổ", "robot~2", "robot^10", "[a TO z]",
    " ".join(["công"] * 60),
])
def test_any_query_returns_results_or_nothing_never_an_error(vietnamese, text):
    result = run(vietnamese, text, statuses=("verified",))
    assert result.total >= 0
    vietnamese.suggest(text, ("verified",), 5)
    assert isinstance(vietnamese.spelling([w for w in text.split()[:3]]), dict)


def test_query_syntax_cannot_reach_other_statuses(vietnamese):
    vietnamese.index([doc(9, "Bí mật", status="pending")])
    assert run(vietnamese, "status:pending").total == 0
    assert run(vietnamese, "bí mật").total == 0


def test_suggest_prefers_the_typed_words_in_order(backend):
    backend.index([
        doc(1, "Vũ Anh Hòa", "Làm việc tại Hòa Lạc.", kind="person", title_alt="Trưởng nhóm Lab"),
        doc(2, "Lê Hoài Liên", kind="person"),
        doc(3, "Khu Công nghệ cao Hòa Lạc", kind="zone"),
        doc(4, "Hòa Lạc", kind="company", status="pending"),
    ])
    # "hoa l" reads as "Hòa L…": the title with those words next to each other, in that order, comes first.
    assert [h.title for h in backend.suggest("hoa l", ("verified",), 3)][0] == "Khu Công nghệ cao Hòa Lạc"
    assert [h.title for h in backend.suggest("hòa lạc", ("verified",), 3)][0] == "Khu Công nghệ cao Hòa Lạc"
