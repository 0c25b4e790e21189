"""The Whoosh merge policy keeps a commit's merge small: memory stays bounded however large the index."""
import whoosh.reading

from ecosystem.search.whoosh.segment_writer import MERGE_FACTOR, MERGE_MAX_DOCS, merge_similar_segments


class FakeSegment:
    def __init__(self, docs, deleted=0):
        self.docs, self.deleted = docs, deleted

    def doc_count_all(self):
        return self.docs

    def doc_count(self):
        return self.docs - self.deleted


class FakeWriter:
    storage = schema = None

    def __init__(self):
        self.merged = []

    def add_reader(self, reader):
        self.merged.append(reader.segment)


class FakeReader:
    def __init__(self, storage, schema, segment):
        self.segment = segment

    def close(self):
        pass


def test_a_tier_of_small_segments_is_merged(monkeypatch):
    monkeypatch.setattr(whoosh.reading, "SegmentReader", FakeReader)
    small = [FakeSegment(600) for _ in range(MERGE_FACTOR)]
    big = FakeSegment(40_000)
    writer = FakeWriter()
    assert merge_similar_segments(writer, [big, *small]) == [big]
    assert writer.merged == small


def test_no_merge_would_exceed_the_cap(monkeypatch):
    monkeypatch.setattr(whoosh.reading, "SegmentReader", FakeReader)
    size = MERGE_MAX_DOCS // MERGE_FACTOR + 500  # same tier, but eight of them add up to more than the cap
    segments = [FakeSegment(size) for _ in range(MERGE_FACTOR + 2)]
    writer = FakeWriter()
    assert merge_similar_segments(writer, segments) == segments
    assert writer.merged == []


def test_emptied_segments_are_dropped():
    emptied, kept = FakeSegment(300, deleted=300), FakeSegment(300)
    assert merge_similar_segments(FakeWriter(), [emptied, kept]) == [kept]

