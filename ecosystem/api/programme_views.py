"""Programmes, their calls and applications through the API: everything the pages do, with bearer tokens."""
from flask import request, url_for
from flask_babel import gettext as _

from ..auth.policy import API_TOKEN, can_review_applications, policy
from ..collaboration.programmes import applications, rules, services
from ..collaboration.programmes import serializers as ps
from ..collaboration.programmes.listings import (
    applicant_side_filter,
    applications_query,
    call_of,
    my_applications_query,
    parse_application_filters,
    parse_programme_filters,
    programme_query,
    visible_application,
    visible_call,
    visible_programme,
)
from ..collaboration.programmes.rules import APPLICATION_RULES, CALL_RULES, PROGRAMME_RULES, REVIEW_RULES
from ..errors import Invalid
from ..pagination import paginate
from ..registry.lookups import visible_organisation, visible_person
from . import bp, serializers
from .access import api_user, curator_user, signed_in_user
from .inputs import action_input, checked_shapes, json_body, page_args, split_version, update_input


@bp.get("/programmes")
@policy(API_TOKEN)
def programme_list():
    """Programmes the caller may see, with the listing page's filters."""
    user, now = api_user(), rules.current_time()
    page = paginate(programme_query(user, parse_programme_filters(request.args, user), now), *page_args())
    return serializers.page_of(page, lambda programme: ps.programme_summary(programme, now))


@bp.post("/programmes")
@policy(API_TOKEN)
def programme_create():
    """A new programme of an agency the caller manages (curators: any agency; published at once)."""
    user = signed_in_user()
    body = json_body()
    slug = body.pop("agency", None)
    if not isinstance(slug, str) or not slug:
        raise Invalid(_("Name the agency that runs the programme: 'agency' (a slug)."), "agency")
    programme = services.create_programme(user, visible_organisation(user, slug), checked_shapes(PROGRAMME_RULES,
                                                                                                  body))
    location = url_for("api.programme_detail", slug=programme.slug, _external=True)
    return ps.programme_detail(programme, user, rules.current_time()), 201, {"Location": location}


@bp.get("/programmes/<slug>")
@policy(API_TOKEN)
def programme_detail(slug):
    """One programme with its calls and their state now."""
    user = api_user()
    return ps.programme_detail(visible_programme(user, slug), user, rules.current_time())


@bp.patch("/programmes/<slug>")
@policy(API_TOKEN)
def programme_update(slug):
    """Change the fields sent; `version` must be the one read (else 409)."""
    user = signed_in_user()
    programme = visible_programme(user, slug)
    version, data = update_input(PROGRAMME_RULES)
    services.update_programme(user, programme, data, expected_version=version)
    return ps.programme_detail(programme, user, rules.current_time())


@bp.post("/programmes/<slug>/verify")
@policy(API_TOKEN)
def programme_verify(slug):
    """Curators make a programme public (never their own)."""
    user = curator_user()
    programme = visible_programme(user, slug)
    action_input("decision")
    services.verify_programme(user, programme)
    return ps.programme_detail(programme, user, rules.current_time())


@bp.post("/programmes/<slug>/reject")
@policy(API_TOKEN)
def programme_reject(slug):
    """Curators return a programme to the agency with a reason."""
    user = curator_user()
    programme = visible_programme(user, slug)
    services.reject_programme(user, programme, action_input("rejection")["reason"])
    return ps.programme_detail(programme, user, rules.current_time())


@bp.post("/programmes/<slug>/archive")
@policy(API_TOKEN)
def programme_archive(slug):
    """Withdraw a programme from public view (the agency's managers, curators)."""
    user = signed_in_user()
    programme = visible_programme(user, slug)
    action_input("decision")
    services.archive_programme(user, programme)
    return ps.programme_detail(programme, user, rules.current_time())


@bp.get("/programmes/<slug>/calls")
@policy(API_TOKEN)
def call_list(slug):
    """The programme's calls with their state now (upcoming, open, closed)."""
    programme, now = visible_programme(api_user(), slug), rules.current_time()
    return {"items": [ps.call_json(call, now) for call in programme.calls]}


@bp.post("/programmes/<slug>/calls")
@policy(API_TOKEN)
def call_create(slug):
    """Add a call; times without an offset are Hanoi time."""
    user = signed_in_user()
    programme = visible_programme(user, slug)
    call = services.add_call(user, programme, checked_shapes(CALL_RULES, json_body()))
    return ps.call_json(call, rules.current_time()), 201


@bp.patch("/programme-calls/<int:call_id>")
@policy(API_TOKEN)
def call_update(call_id):
    """Change a call; `version` must be the one read (else 409)."""
    user = signed_in_user()
    call = visible_call(user, call_id)
    version, data = update_input(CALL_RULES)
    services.update_call(user, call, data, expected_version=version)
    return ps.call_json(call, rules.current_time())


@bp.get("/programmes/<slug>/applications")
@policy(API_TOKEN)
def programme_application_list(slug):
    """The agency's managers and curators see every application; others see their own."""
    user = signed_in_user()
    programme = visible_programme(user, slug)
    statuses, call_id = parse_application_filters(request.args, programme)
    statement = applications_query(programme, statuses, call_id)
    if not can_review_applications(user, programme):
        statement = statement.where(applicant_side_filter(user))
    return serializers.page_of(paginate(statement, *page_args()), ps.application_json)


def _applicant(body, user):
    org_slug, person_slug = body.pop("organisation", None), body.pop("person", None)
    if bool(org_slug) == bool(person_slug) or not isinstance(org_slug or person_slug, str):
        raise Invalid(_("Name who applies: 'organisation' (a slug) or 'person' (a slug), not both."), "organisation")
    return visible_organisation(user, org_slug) if org_slug else visible_person(user, person_slug)


@bp.post("/programmes/<slug>/applications")
@policy(API_TOKEN)
def programme_apply(slug):
    """Apply to an open call (`call`: its id) or, without a call, express interest in the programme."""
    user = signed_in_user()
    programme = visible_programme(user, slug)
    body = json_body()
    applicant = _applicant(body, user)
    raw_call = body.pop("call", None)
    if raw_call is not None and (isinstance(raw_call, bool) or not isinstance(raw_call, int)):
        raise Invalid(_("'call' is the id of one of the programme's calls (a whole number), or null."), "call")
    call = call_of(programme, raw_call) if raw_call is not None else None
    application = applications.apply(user, programme, applicant, call, checked_shapes(APPLICATION_RULES, body))
    location = url_for("api.application_detail", application_id=application.id, _external=True)
    return ps.application_json(application), 201, {"Location": location}


@bp.get("/applications/<int:application_id>")
@policy(API_TOKEN)
def application_detail(application_id):
    """One application: to the applicant's side, the agency's managers and curators."""
    return ps.application_json(visible_application(signed_in_user(), application_id))


def _decision_body():
    """(version or None, note) of a withdraw or review body."""
    body = json_body(allow_empty=True)
    version, data = split_version(body) if "version" in body else (None, body)
    return version, checked_shapes(REVIEW_RULES, data).get("note")


@bp.post("/applications/<int:application_id>/withdraw")
@policy(API_TOKEN)
def application_withdraw(application_id):
    """The applicant's side withdraws an application or interest not decided yet."""
    user = signed_in_user()
    application = visible_application(user, application_id)
    version, note = _decision_body()
    if note:
        raise Invalid(_("A withdrawal takes no note."), "note")
    return ps.application_json(applications.withdraw(user, application, expected_version=version))


def _review(application_id, decision):
    user = signed_in_user()
    application = visible_application(user, application_id)
    version, note = _decision_body()
    return ps.application_json(applications.review(user, application, decision, note, expected_version=version))


@bp.post("/applications/<int:application_id>/review")
@policy(API_TOKEN)
def application_review(application_id):
    """The agency moves a submitted application under review."""
    return _review(application_id, "under-review")


@bp.post("/applications/<int:application_id>/accept")
@policy(API_TOKEN)
def application_accept(application_id):
    """The agency accepts an application (the applicant is told)."""
    return _review(application_id, "accepted")


@bp.post("/applications/<int:application_id>/reject")
@policy(API_TOKEN)
def application_reject(application_id):
    """The agency does not accept an application (the applicant is told, with the note)."""
    return _review(application_id, "rejected")


@bp.get("/me/applications")
@policy(API_TOKEN)
def my_application_list():
    """The caller's applications and interests (of every organisation and profile they manage)."""
    user = signed_in_user()
    return serializers.page_of(paginate(my_applications_query(user), *page_args()), ps.application_json)
