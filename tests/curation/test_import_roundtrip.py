"""Property: listings exported as CSV by ecosystem/exports.py import back to the same values."""
import itertools
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecosystem.auth.policy import SYSTEM
from ecosystem.exports import organisation_row, to_csv
from ecosystem.extensions import db
from ecosystem.models import ImportStatus, Organisation, Province, Sector, Stage, Status, StrategicTechnology, Ward
from ecosystem.registry.organisations import create_organisation
from ecosystem.search import hooks as search_hooks
from tests.curation.test_import_engine import run_file

# Letters a Vietnamese name uses, with the characters spreadsheets treat as formulas (= + - @), which the
# export escapes with an apostrophe and the import takes off again. A name that itself begins with an
# apostrophe before such a character cannot be told from an escaped one; names never look like that.
LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
NAME_CHARS = LETTERS + " 0123456789.,&()/|=+-@;\"'"
COMPARED = ("kind", "name", "name_en", "website", "province", "ward", "zone", "technologies", "sectors", "stage",
            "status")
_files = itertools.count()

names = st.text(alphabet=NAME_CHARS, min_size=1, max_size=60).filter(
    lambda n: n.strip() and not (n.lstrip().startswith("'") and n.lstrip()[1:2] in "=+-@"))
websites = st.one_of(st.none(), st.from_regex(r"\Ahttps://[a-z0-9]{1,12}\.vn(/[a-z0-9]{1,8})?\Z"))


def comparable(row):
    return {key: row[key] for key in COMPARED}


@st.composite
def listings(draw, places, technologies, sectors):
    place = draw(st.sampled_from(places))
    return {"name": draw(names), "name_en": draw(st.one_of(st.none(), names)), "website": draw(websites),
            "province": place[0], "ward": place[1],
            "technologies": draw(st.lists(st.sampled_from(technologies), max_size=3, unique=True)),
            "sectors": draw(st.lists(st.sampled_from(sectors), max_size=3, unique=True)),
            "stage": draw(st.one_of(st.none(), st.sampled_from(Stage.ALL))), "in_zone": draw(st.booleans())}


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(data=st.data())
def test_exported_csv_imports_back_to_the_same_values(app, tmp_path, monkeypatch, data):
    # This property is about the CSV, not the index: hundreds of index writes in one test only slow it down.
    monkeypatch.setattr(search_hooks, "_committed", lambda session, on_commit: None)
    wards = db.session.execute(db.select(Province.code, Ward.code).join(Ward.province).limit(20)).all()
    places = [(None, None), ("ha-noi", None), ("ho-chi-minh", None), *[(p, w) for p, w in wards]]
    technologies = list(db.session.scalars(db.select(StrategicTechnology.code)))
    sectors = list(db.session.scalars(db.select(Sector.code)))
    specs = data.draw(st.lists(listings(places, technologies, sectors), min_size=1, max_size=4))

    zone = db.session.scalar(db.select(Organisation).filter_by(kind="zone")) or create_organisation(
        SYSTEM, "zone", {"name": "Khu Công nghệ cao Hòa Lạc"}, status=Status.VERIFIED)
    originals = []
    for spec in specs:
        fields = {key: value for key, value in spec.items() if key != "in_zone" and value not in (None, [])}
        if spec["in_zone"]:
            fields["zone"] = zone.slug
        originals.append(create_organisation(SYSTEM, "startup", fields, status=Status.VERIFIED))
    db.session.commit()
    exported = [organisation_row(org) for org in originals]
    path = tmp_path / f"export-{next(_files)}.csv"
    path.write_text(to_csv(exported), encoding="utf-8")
    for org in originals:
        db.session.delete(org)
    db.session.commit()

    job = run_file(str(path), kind="startup")
    assert job.status == ImportStatus.DONE, (job.problem, job.messages)
    assert job.ignored_columns == ["url", "investor_type", "status", "updated_at"]
    imported = db.session.scalars(db.select(Organisation).filter_by(kind="startup")).all()
    assert sorted(map(comparable, map(organisation_row, imported)), key=repr) == \
        sorted(map(comparable, exported), key=repr)
    for org in imported:
        db.session.delete(org)
    db.session.commit()
    os.remove(path)
