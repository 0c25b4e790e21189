"""An editor makes a bad edit to a verified listing; a curator opens its history, sees the diff, reverts
it, and the public page shows the old text again."""
import re

import pytest
from playwright.sync_api import expect

from ecosystem.auth.policy import SYSTEM
from ecosystem.extensions import db
from ecosystem.models import OrgRole, Role
from ecosystem.registry.members import add_member

from .test_journeys import sign_in

pytestmark = pytest.mark.browser

NAME = "Công ty Cổ phần Cảm biến Tây Hồ"
GOOD = "Chúng tôi thiết kế cảm biến chất lượng không khí cho các trường học ở Hà Nội."
BAD = "Chúng tôi bán vé số trúng thưởng, liên hệ ngay."


@pytest.fixture
def listing(make_org, make_user):
    make_user("curator@hanoi.gov.vn", role=Role.CURATOR)
    editor = make_user("editor@taysensor.vn", name="Biên tập viên")
    org = make_org("startup", NAME, owner=make_user("owner@taysensor.vn"), description=GOOD)
    add_member(SYSTEM, org, editor.email, OrgRole.EDITOR)
    db.session.commit()
    return org


def test_curator_reverts_a_bad_edit_from_the_history(new_context, t, listing):
    editor = new_context().new_page()
    sign_in(editor, t, "editor@taysensor.vn")
    editor.goto(f"/o/{listing.slug}/edit")
    editor.get_by_label(t("Description (Vietnamese, Markdown)")).fill(BAD)
    editor.get_by_role("button", name=t("Save changes")).click()
    expect(editor.locator(".flash")).to_contain_text(t("Your changes are saved."))
    visitor = new_context().new_page()
    visitor.goto(f"/o/{listing.slug}")
    expect(visitor.locator(".markdown").first).to_contain_text(BAD)

    curator = new_context().new_page()
    sign_in(curator, t, "curator@hanoi.gov.vn")
    curator.goto(f"/o/{listing.slug}")
    curator.get_by_role("link", name=t("See every change to this listing")).click()
    expect(curator).to_have_url(re.compile(rf"/o/{listing.slug}/history$"))
    expect(curator.get_by_role("heading", level=1)).to_have_text(t("History of %(name)s", name=NAME))
    newest = curator.locator(".activity-entry").first
    expect(newest).to_contain_text("Biên tập viên")
    expect(newest.locator(".diff-del").first).to_contain_text("thiết kế cảm biến")
    expect(newest.locator(".diff-ins").first).to_contain_text("vé số")
    newest.get_by_role("button", name=t("Revert this change")).click()
    expect(curator.locator(".flash")).to_contain_text(t("Reverted: the old values are back."))
    undo = curator.locator(".activity-entry").first  # the new "reverted" revision, newest first
    expect(undo).to_contain_text(t("reverted"))
    expect(undo.locator(".diff-ins").first).to_contain_text("thiết kế cảm biến")

    visitor.reload()
    expect(visitor.locator(".markdown").first).to_contain_text(GOOD)
    expect(visitor.locator("main")).not_to_contain_text("vé số")
