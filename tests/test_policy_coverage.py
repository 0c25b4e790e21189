"""Every route names its authorization policy (DESIGN.md section 6)."""


def test_every_route_names_a_policy(app):
    missing = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        view = app.view_functions[rule.endpoint]
        if not getattr(view, "policy", None):
            missing.append(f"{rule.rule} -> {rule.endpoint}")
    assert not missing, "Routes without a policy:\n" + "\n".join(missing)


def test_state_changing_routes_are_not_get(app):
    """No GET route may change state: every route with a write verb in its path accepts POST only."""
    for rule in app.url_map.iter_rules():
        if any(word in rule.rule for word in ("/remove", "/revoke", "/decide", "/logout", "/verify", "/reject")):
            assert "GET" not in rule.methods, rule.rule
