"""The quick pass's in-memory snapshot (ecosystem/matching/snapshot.py): it holds what the database
holds at the build, it is only used to choose the shortlist (what is shown is loaded from the
database), and many changes since the build rebuild the index instead of patching it."""
from dataclasses import asdict
from datetime import timedelta

import pytest
from sqlalchemy import update

from ecosystem.auth.policy import SYSTEM
from ecosystem.extensions import db
from ecosystem.matching import retrieval
from ecosystem.matching.loading import Taxonomy, load_profiles
from ecosystem.matching.services import explain_pair, matches_for
from ecosystem.matching.snapshot import FIELDS
from ecosystem.models import Need, Offer, Organisation, Person, StartupDetails
from ecosystem.models.base import utcnow


@pytest.fixture(autouse=True)
def own_index(app):
    app.extensions.pop("matching_postings", None)
    app.config["MATCHING_INDEX_SECONDS"] = 300
    yield
    app.extensions.pop("matching_postings", None)
    app.config.pop("MATCHING_INDEX_SECONDS", None)


def _build_index():
    """Every listing so far older than the build (a real gap instead of sleeping), then the build."""
    for model in (Organisation, Person, Offer, Need):
        db.session.execute(update(model).values(updated_at=utcnow() - timedelta(hours=1)))
    db.session.commit()
    return retrieval.postings(Taxonomy())


def _matches(investor):
    return {record.slug: match for record, match in matches_for(SYSTEM, investor, kind="startup")}


def test_the_snapshot_holds_what_the_database_holds(exchange, deal_flow):
    index = _build_index()
    taxonomy = Taxonomy()
    compared = 0
    for record_type, model in (("organisation", Organisation), ("person", Person), ("offer", Offer),
                               ("need", Need)):
        ids = list(db.session.scalars(db.select(model.id)))
        stored = index.snapshot.profiles(record_type, ids)
        loaded = load_profiles(record_type, ids, taxonomy, relations=False)
        for oid, profile in stored.items():
            expected = asdict(loaded[oid])
            assert {name: getattr(profile, name) for name in (*FIELDS, "places")} == {
                name: expected[name] for name in (*FIELDS, "places")}, (record_type, oid)
            compared += 1
    assert compared == 11  # every verified listing of both fixtures


def test_shown_scores_are_read_from_the_database_not_the_snapshot(deal_flow):
    """A fact the snapshot holds changes without `updated_at` changing: the shown match has the new fact."""
    index = _build_index()
    startup, investor = deal_flow["startup"], deal_flow["fitting"]
    before = {r.code: r.points for r in _matches(investor)[startup.slug].reasons}
    assert before["ticket"] == 10
    db.session.execute(update(StartupDetails).where(StartupDetails.organisation_id == startup.id)
                       .values(funding_sought_usd=50_000_000))  # far above the ticket range
    db.session.commit()
    assert retrieval.postings(Taxonomy()) is index  # not rebuilt, and the snapshot still says 500,000
    assert index.snapshot.profiles("organisation", [startup.id])[startup.id].funding_sought_usd == 500_000
    match = _matches(investor)[startup.slug]
    assert "ticket" not in {r.code for r in match.reasons}
    assert match == explain_pair(investor, startup)


def test_a_listing_changed_since_the_build_is_read_from_the_database(org, deal_flow):
    index = _build_index()
    startup, investor = deal_flow["startup"], deal_flow["fitting"]
    from ecosystem.registry.organisations import update_organisation
    update_organisation(SYSTEM, startup, {"stage": "growth"})
    db.session.commit()
    assert retrieval.postings(Taxonomy()) is index
    found = retrieval.candidate_profiles(load_profiles("organisation", [investor.id])[investor.id], "startup",
                                         Taxonomy())
    assert {p.id: p.stage for p in found}[startup.id] == "growth"


def test_many_changes_since_the_build_rebuild_the_index(org, deal_flow, monkeypatch):
    monkeypatch.setattr(retrieval, "CHANGED_SCAN", 3)
    index = _build_index()
    org("startup", "Thanh Toán Mới", stage="seed", sectors=["fintech"])
    org("startup", "Cho Vay Mới", stage="seed", sectors=["fintech"])
    investor = deal_flow["fitting"]
    source = load_profiles("organisation", [investor.id])[investor.id]
    retrieval.candidate_ids(source, "startup", Taxonomy())
    assert retrieval.postings(Taxonomy()) is index  # two changes: patched from SQL
    org("startup", "Ví Mới", stage="seed", sectors=["fintech"])
    found = retrieval.candidate_ids(source, "startup", Taxonomy())
    rebuilt = retrieval.postings(Taxonomy())
    assert rebuilt is not index
    newest = db.session.scalar(db.select(Organisation.id).filter_by(name="Ví Mới"))
    assert newest in rebuilt.groups["startup"]["sectors"]["fintech"] and newest in found
