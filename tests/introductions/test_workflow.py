"""The workflow: who may do what, from which status; the match captured by the server; contacts."""
import pytest

from ecosystem.errors import Conflict, NotAllowed, NotFound
from ecosystem.extensions import db
from ecosystem.introductions import services
from ecosystem.introductions.presenters import allowed_actions, contacts_for
from ecosystem.introductions.queries import box_query, visible_introduction
from ecosystem.matching.services import explain_pair
from ecosystem.models import IntroductionStatus as S

pytestmark = pytest.mark.usefixtures("app")


def test_request_records_both_sides_and_the_servers_match(founder, startup, fund, ask):
    introduction = ask(founder, fund, source=startup)
    assert introduction.status == S.SENT and introduction.requester_id == founder.id
    assert introduction.source_organisation_id == startup.id and introduction.target_organisation_id == fund.id
    assert (introduction.context_type, introduction.context_id) == ("organisation", startup.id)
    assert (introduction.target_record_type, introduction.target_record_id) == ("organisation", fund.id)
    expected = explain_pair(startup, fund)
    assert expected is not None and expected.score > 0
    assert introduction.score == expected.score
    assert sorted(introduction.reason_codes) == sorted(r.code for r in expected.reasons)
    assert "stage" in introduction.reason_codes


def test_request_for_oneself_has_no_score(make_user, fund, ask):
    angel = make_user("angel@example.org")
    introduction = ask(angel, fund)
    assert introduction.source is None and introduction.score is None and introduction.reasons == []


def test_full_path_sent_accepted_met_agreed(founder, investor_user, startup, fund, ask):
    introduction = ask(founder, fund, source=startup)
    assert allowed_actions(investor_user, introduction) == ["accept", "decline"]
    assert allowed_actions(founder, introduction) == ["withdraw"]
    services.accept(investor_user, introduction)
    assert introduction.status == S.ACCEPTED and introduction.responded_by_id == investor_user.id
    assert introduction.accepted_at is not None
    assert allowed_actions(founder, introduction) == ["met", "withdraw"]
    services.mark_met(founder, introduction)
    assert introduction.status == S.MET and introduction.met_by_id == founder.id
    services.mark_agreed(investor_user, introduction)
    assert introduction.status == S.AGREED and introduction.agreed_by_id == investor_user.id
    assert allowed_actions(founder, introduction) == allowed_actions(investor_user, introduction) == []


def test_only_the_targets_side_answers(founder, investor_user, make_user, startup, fund, ask):
    introduction = ask(founder, fund, source=startup)
    stranger = make_user("stranger@example.org")
    for user in (founder, stranger):
        with pytest.raises(NotAllowed):
            services.accept(user, introduction)
        with pytest.raises(NotAllowed):
            services.decline(user, introduction)
    assert introduction.status == S.SENT


def test_only_the_requesters_side_withdraws(founder, investor_user, startup, fund, ask):
    introduction = ask(founder, fund, source=startup)
    with pytest.raises(NotAllowed):
        services.withdraw(investor_user, introduction)
    services.withdraw(founder, introduction)
    assert introduction.status == S.WITHDRAWN and introduction.withdrawn_at is not None


def test_members_of_the_source_organisation_share_the_requesters_side(founder, make_user, startup, fund, ask):
    from ecosystem.registry.members import add_member
    colleague = make_user("colleague@robot.vn")
    add_member(founder, startup, colleague.email, "editor")
    db.session.commit()
    introduction = ask(founder, fund, source=startup)
    assert visible_introduction(colleague, introduction.id) is introduction
    services.withdraw(colleague, introduction)
    assert introduction.status == S.WITHDRAWN


@pytest.mark.parametrize("status_path, action, message", [
    ([], "met", "Only an accepted introduction"),
    ([], "agreed", "Mark the introduction as met"),
    (["accept"], "accept", "answered or withdrawn"),
    (["accept"], "decline", "answered or withdrawn"),
    (["accept"], "agreed", "Mark the introduction as met"),
    (["decline"], "accept", "answered or withdrawn"),
    (["decline"], "withdraw", "can be withdrawn"),
    (["decline"], "met", "Only an accepted introduction"),
    (["withdraw"], "accept", "answered or withdrawn"),
    (["accept", "met"], "withdraw", "can be withdrawn"),
    (["accept", "met"], "met", "Only an accepted introduction"),
    (["accept", "met", "agreed"], "agreed", "Mark the introduction as met"),
])
def test_steps_only_from_their_status(founder, investor_user, startup, fund, ask, status_path, action, message):
    introduction = ask(founder, fund, source=startup)
    actor = {"accept": investor_user, "decline": investor_user, "withdraw": founder, "met": founder,
             "agreed": investor_user}
    for step in status_path:
        services.ACTIONS[step](actor[step], introduction)
    before = introduction.status
    with pytest.raises(Conflict, match=message):
        services.ACTIONS[action](actor[action], introduction)
    assert introduction.status == before


def test_decline_keeps_an_optional_reason(founder, investor_user, startup, fund, ask):
    introduction = ask(founder, fund, source=startup)
    services.decline(investor_user, introduction, "  Ngoài khẩu vị đầu tư hiện tại.  ")
    assert introduction.status == S.DECLINED and introduction.decline_reason == "Ngoài khẩu vị đầu tư hiện tại."
    second = ask(founder, fund, source=startup)  # declined is final: a new request is not a duplicate
    services.decline(investor_user, second, "")
    assert second.decline_reason is None


def test_contacts_only_after_acceptance(founder, investor_user, startup, fund, ask):
    introduction = ask(founder, fund, source=startup)
    assert contacts_for(founder, introduction) is None and contacts_for(investor_user, introduction) is None
    services.accept(investor_user, introduction)
    contacts = contacts_for(founder, introduction)
    requester_emails = {c["email"] for c in contacts["requester"]}
    target_emails = {c["email"] for c in contacts["target"]}
    assert requester_emails == {"lan@robot.vn", "hello@robot.vn"}
    assert target_emails == {"minh@fund.vn", "deals@fund.vn"}
    assert "+84 24 3999 0202" in {c["phone"] for c in contacts["target"]}


def test_declined_introduction_shares_no_contacts(founder, investor_user, startup, fund, ask):
    introduction = ask(founder, fund, source=startup)
    services.decline(investor_user, introduction)
    assert contacts_for(founder, introduction) is None


def test_only_the_two_sides_see_an_introduction(founder, investor_user, curator, make_user, startup, fund, ask):
    introduction = ask(founder, fund, source=startup)
    assert visible_introduction(investor_user, introduction.id) is introduction
    for outsider in (curator, make_user("x@example.org")):
        with pytest.raises(NotFound):
            visible_introduction(outsider, introduction.id)


def test_boxes(founder, investor_user, startup, fund, ask):
    introduction = ask(founder, fund, source=startup)
    sent = db.session.scalars(box_query(founder, "sent")).all()
    received = db.session.scalars(box_query(investor_user, "received")).all()
    assert sent == received == [introduction]
    assert db.session.scalars(box_query(founder, "received")).all() == []
    assert db.session.scalars(box_query(investor_user, "received", "accepted")).all() == []


def test_person_target_is_answered_by_the_profiles_owner(founder, make_user, startup, ask):
    from ecosystem.models import Status
    from ecosystem.registry.people import create_person
    scientist = make_user("ha@vnu.edu.vn")
    person = create_person(scientist, {"full_name": "Lê Thu Hà", "kind": "researcher", "email": "ha@vnu.edu.vn",
                                       "technologies": ["robotics"]}, status=Status.VERIFIED)
    db.session.commit()
    introduction = ask(founder, person, source=startup)
    assert introduction.target_person_id == person.id
    assert allowed_actions(scientist, introduction) == ["accept", "decline"]
    services.accept(scientist, introduction)
    assert "ha@vnu.edu.vn" in {c["email"] for c in contacts_for(founder, introduction)["target"]}
