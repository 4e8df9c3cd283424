"""The review web UI through Flask's test client: logins and roles, the U.S.-person rule and
its audit trail, CSRF, no content in URLs or the server log, decisions that label the file,
the SSO header, and an edited audit log failing `enclave audit verify`."""

from __future__ import annotations

import hashlib
import logging
import os
import re
from pathlib import Path

import pytest

from labels.audit import AuditLog
from pipeline.cli import main
from pipeline.config import EnclaveConfig
from pipeline.records import Decision, Evidence, Jurisdiction, Segment, Versions
from pipeline.sources.local import version_of
from review.store import ReviewStore
from review.web import create_app
from review.web.render import check_category
from tests.conftest import EAR_TEXT, ITAR_TEXT, PLAIN_TEXT

VERSIONS = Versions(rules="r", model="m", taxonomy="t")
PASSWORD = "correct horse battery"
SECRET_WORDS = ("AN/XYZ-1", "Receiver front-end", "Key schedule")


def _decision(path: Path, text: str, jurisdiction: Jurisdiction, category: str, marking: str,
              code: str, *, confidence: float = 0.62, source: Path) -> Decision:
    st = os.stat(path)
    start = text.index(marking)
    ev = Evidence(code=code, detector="marking.test.v1", kind="marking",
                  jurisdiction=jurisdiction, category=category, where="body", start=start,
                  end=start + len(marking), score=0.95, excerpt=marking)
    return Decision(uri=path.as_uri(), root=path.as_uri(), size=st.st_size,
                    sha256=hashlib.sha256(path.read_bytes()).hexdigest(), mime="text/plain",
                    jurisdiction=jurisdiction, category=category, confidence=confidence,
                    review_required=True, reasons=(ev,), versions=VERSIONS,
                    alternatives=("XII(e)",) if jurisdiction is Jurisdiction.ITAR else ("5D002",),
                    item_version=version_of(st), source=source.as_uri())


@pytest.fixture
def env(tmp_path: Path):
    share = tmp_path / "share"
    share.mkdir()
    (share / "radar.txt").write_text(ITAR_TEXT)
    (share / "crypto.txt").write_text(EAR_TEXT)
    state = tmp_path / "state"
    store = ReviewStore.open(state / "review.db")
    itar = store.enqueue(_decision(share / "radar.txt", ITAR_TEXT, Jurisdiction.ITAR, "XI(c)",
                                   "USML CATEGORY XI(c)", "MARK_USML_CATEGORY", source=share),
                         why="review_required", segments=[Segment("body", ITAR_TEXT)])
    ear = store.enqueue(_decision(share / "crypto.txt", EAR_TEXT, Jurisdiction.EAR, "5A002.a",
                                  "ECCN: 5A002.a", "MARK_ECCN", confidence=0.7, source=share),
                        why="review_required", segments=[Segment("body", EAR_TEXT)])
    store.add_user("ursula", role="reviewer", us_person=True, password=PASSWORD)
    store.add_user("nadia", role="reviewer", us_person=False, password=PASSWORD)
    store.add_user("vince", role="viewer", us_person=True, password=PASSWORD)
    store.add_user("ada", role="admin", us_person=True, password=PASSWORD)
    config = EnclaveConfig(mode="label")
    app = create_app(store, state_dir=state, config=config, secret_key="test-secret",
                     trusted_header="X-Remote-User", trusted_proxies=["10.9.8.7"])
    app.config["ENCLAVE_FAILURE_DELAY"] = 0.0
    yield {"app": app, "store": store, "state": state, "share": share, "itar": itar, "ear": ear}
    app.config["ENCLAVE_APPLIER"].close()
    store.close()


def _csrf(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "no CSRF field on the page"
    return m.group(1)


def login(app, name: str):
    client = app.test_client()
    page = client.get("/login")
    r = client.post("/login", data={"name": name, "password": PASSWORD,
                                    "csrf_token": _csrf(page.get_data(as_text=True))})
    assert r.status_code == 302, r.get_data(as_text=True)[:200]
    return client


def token(client, url: str = "/queue") -> str:
    return _csrf(client.get(url).get_data(as_text=True))


def audit_actions(state: Path) -> list[dict]:
    return list(AuditLog(state / "audit.jsonl").entries())


# -- logins ----------------------------------------------------------------------------------


def test_login_required_and_wrong_password_refused(env) -> None:
    app = env["app"]
    client = app.test_client()
    assert client.get("/queue").headers["Location"].endswith("/login")
    page = client.get("/login").get_data(as_text=True)
    r = client.post("/login", data={"name": "ursula", "password": "wrong",
                                    "csrf_token": _csrf(page)})
    assert r.status_code == 401 and "wrong password" in r.get_data(as_text=True)
    for _ in range(5):
        client.post("/login", data={"name": "ursula", "password": "wrong",
                                    "csrf_token": _csrf(page)})
    r = client.post("/login", data={"name": "ursula", "password": PASSWORD,
                                    "csrf_token": _csrf(page)})
    assert r.status_code == 429                    # locked out for a while, even when right


def test_session_cookie_flags(env) -> None:
    client = env["app"].test_client()
    client.get("/login")
    cookie = client.get_cookie("enclave_session")
    assert cookie is not None and cookie.http_only and cookie.same_site == "Strict"
    store = env["store"]
    secure = create_app(store, state_dir=env["state"], config=EnclaveConfig(),
                        secure_cookies=True)
    r = secure.test_client().get("/login", base_url="https://review.example")
    header = r.headers["Set-Cookie"]
    assert "Secure" in header and "HttpOnly" in header and "SameSite=Strict" in header
    secure.config["ENCLAVE_APPLIER"].close()


# -- the U.S.-person rule ---------------------------------------------------------------------


def test_non_us_person_refused_itar_and_refusal_audited(env) -> None:
    client = login(env["app"], "nadia")
    r = client.get(f"/item/{env['itar'].id}")
    assert r.status_code == 403
    body = r.get_data(as_text=True)
    assert not any(w in body for w in SECRET_WORDS) and "U.S. persons" in body
    refused = [e for e in audit_actions(env["state"]) if e["action"] == "view.refused"]
    assert len(refused) == 1 and refused[0]["actor"] == "nadia"
    assert refused[0]["item"] == env["itar"].uri
    assert refused[0]["detail"]["queue_id"] == env["itar"].id
    # Deciding is refused as well, and so is EAR-controlled content.
    r = client.post(f"/item/{env['itar'].id}/decide",
                    data={"kind": "confirm", "csrf_token": token(client)})
    assert r.status_code == 403
    assert client.get(f"/item/{env['ear'].id}").status_code == 403
    assert env["store"].get(env["itar"].id).status == "open"
    # The queue lists them only as a count: no names, paths, categories or links.
    queue = client.get("/queue").get_data(as_text=True)
    assert "radar.txt" not in queue and f'href="/item/{env["itar"].id}"' not in queue
    assert "2 items you may not view" in queue
    assert AuditLog(env["state"] / "audit.jsonl").verify().ok


def test_us_person_sees_highlighted_evidence_and_view_is_audited(env) -> None:
    client = login(env["app"], "ursula")
    r = client.get(f"/item/{env['itar'].id}")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert re.search(r'<mark class="evidence"[^>]*>USML CATEGORY XI\(c\)</mark>', html)
    assert "22 CFR 121.1, Category XI(c)" in html and "XII(e)" in html and "62 %" in html
    views = [e for e in audit_actions(env["state"]) if e["action"] == "view.item"]
    assert len(views) == 1 and views[0]["actor"] == "ursula"
    assert views[0]["detail"]["controlled"] is True


def test_item_text_is_escaped(env, tmp_path: Path) -> None:
    store = env["store"]
    hostile = tmp_path / "share" / "hostile.txt"
    text = "<script>alert(1)</script> ITAR CONTROLLED <b>x</b>"
    hostile.write_text(text)
    entry = store.enqueue(_decision(hostile, text, Jurisdiction.ITAR, "XI(c)", "ITAR CONTROLLED",
                                    "MARK_ITAR", source=env["share"]),
                          why="review_required", segments=[Segment("body", text)])
    html = login(env["app"], "ursula").get(f"/item/{entry.id}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)" in html
    assert "<b>x</b>" not in html


# -- roles and CSRF ---------------------------------------------------------------------------


def test_viewer_cannot_decide(env) -> None:
    client = login(env["app"], "vince")
    page = client.get(f"/item/{env['ear'].id}")
    assert page.status_code == 200 and 'id="decide"' not in page.get_data(as_text=True)
    r = client.post(f"/item/{env['ear'].id}/decide",
                    data={"kind": "confirm", "csrf_token": token(client)})
    assert r.status_code == 403
    assert env["store"].get(env["ear"].id).status == "open"
    assert client.get("/users").status_code == 403


def test_forged_post_without_or_with_wrong_csrf_token_refused(env) -> None:
    client = login(env["app"], "ursula")
    url = f"/item/{env['ear'].id}/decide"
    form = {"kind": "override", "jurisdiction": "EAR", "category": "EAR99", "note": "forged"}
    assert client.post(url, data=form).status_code == 400
    assert client.post(url, data={**form, "csrf_token": "x" * 43}).status_code == 400
    # Another session's token is no better.
    other = login(env["app"], "ada")
    assert client.post(url, data={**form, "csrf_token": token(other)}).status_code == 400
    assert env["store"].get(env["ear"].id).status == "open"
    assert not any(e["action"] == "review.decide" for e in audit_actions(env["state"]))
    # Logging in needs the token too.
    fresh = env["app"].test_client()
    assert fresh.post("/login", data={"name": "ursula", "password": PASSWORD}).status_code == 400


def test_override_needs_note_then_labels_file_and_audits(env) -> None:
    client = login(env["app"], "ursula")
    entry = env["ear"]
    url = f"/item/{entry.id}/decide"
    r = client.post(url, data={"kind": "override", "jurisdiction": "ITAR", "category": "XI(c)",
                               "note": "", "csrf_token": token(client)})
    assert r.status_code == 303 and env["store"].get(entry.id).status == "open"
    r = client.post(url, data={"kind": "override", "jurisdiction": "ITAR", "category": "XI(zz)",
                               "note": "bad category", "csrf_token": token(client)})
    assert env["store"].get(entry.id).status == "open"
    r = client.post(url, data={"kind": "override", "jurisdiction": "ITAR", "category": "xi(c)",
                               "note": "radar receiver, not crypto", "csrf_token": token(client)})
    assert r.status_code == 303
    got = env["store"].get(entry.id)
    assert got.status == "decided"
    reviewed = env["store"].reviewed(entry.sha256)
    assert (reviewed.jurisdiction, reviewed.category, reviewed.kind, reviewed.reviewer) == (
        "ITAR", "XI(c)", "override", "ursula")
    path = env["share"] / "crypto.txt"
    assert os.getxattr(path, "user.enclave.enclave_jurisdiction") == b"ITAR"
    assert os.getxattr(path, "user.enclave.enclave_category") == b"XI(c)"
    entries = audit_actions(env["state"])
    decide = [e for e in entries if e["action"] == "review.decide"]
    assert len(decide) == 1 and decide[0]["actor"] == "ursula"
    assert decide[0]["new"] == {"jurisdiction": "ITAR", "category": "XI(c)"}
    assert "radar receiver" not in (env["state"] / "audit.jsonl").read_text()   # note hashed
    labelled = [e for e in entries if e["action"] == "label.applied"]
    assert len(labelled) == 1 and labelled[0]["actor"] == "ursula"


def test_not_technical_key_path_and_confirm(env) -> None:
    client = login(env["app"], "ursula")
    r = client.post(f"/item/{env['itar'].id}/decide",
                    data={"kind": "confirm", "csrf_token": token(client)})
    assert r.status_code == 303
    assert os.getxattr(env["share"] / "radar.txt", "user.enclave.enclave_jurisdiction") == b"ITAR"
    r = client.post(f"/item/{env['ear'].id}/decide",
                    data={"kind": "not_technical", "note": "marketing flyer",
                          "csrf_token": token(client)})
    assert r.status_code == 303
    assert (os.getxattr(env["share"] / "crypto.txt", "user.enclave.enclave_jurisdiction")
            == b"UNCONTROLLED")


# -- URLs, logs, pages ------------------------------------------------------------------------


def test_no_content_or_paths_in_urls_or_server_log(env, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    client = login(env["app"], "ursula")
    pages = ["/queue", "/dashboard", f"/item/{env['itar'].id}", "/queue?jurisdiction=ITAR"]
    hrefs: set[str] = set()
    for url in pages:
        html = client.get(url).get_data(as_text=True)
        hrefs |= set(re.findall(r'(?:href|action)="([^"]*)"', html)) - {"data:,"}  # no favicon
    # Filters by source use a short key, never the source's path.
    queue = client.get("/queue").get_data(as_text=True)
    key = re.search(r'<option value="([0-9a-f]{12})"', queue).group(1)
    filtered = client.get(f"/queue?source={key}").get_data(as_text=True)
    assert "radar.txt" in filtered and "crypto.txt" in filtered
    for href in hrefs:
        assert re.fullmatch(r"/(?:[a-z]+(?:/\d+)?(?:/[a-z]+)?)?(?:\?[a-z0-9=&%_-]*)?", href), href
        assert "share" not in href and "radar" not in href
    client.post(f"/item/{env['ear'].id}/decide",
                data={"kind": "override", "jurisdiction": "ITAR", "category": "XI(c)",
                      "note": "Key schedule is for the radar", "csrf_token": token(client)})
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert not any(w in logged for w in SECRET_WORDS)
    assert str(env["share"]) not in logged and PASSWORD not in logged


def test_request_log_has_method_path_status_only() -> None:
    from review.web.server import QuietRequestHandler

    handler = QuietRequestHandler.__new__(QuietRequestHandler)
    records: list[str] = []

    class Catch(logging.Handler):
        def emit(self, record):
            records.append(record.getMessage())

    log = logging.getLogger("enclave.web")
    catcher = Catch()
    log.addHandler(catcher)
    old = log.level
    log.setLevel(logging.INFO)
    try:
        handler.command = "GET"
        handler.path = "/queue?source=abc&q=Receiver+front-end"
        handler.log_request(200)
        handler.path = "/item/7"
        handler.log_request(200)
        handler.path = "/Receiver front-end.txt"
        handler.log_request(404)
        handler.log_error("code %d, message %s", 400, "Bad request ('GET /secret')")
    finally:
        log.removeHandler(catcher)
        log.setLevel(old)
    assert records[:3] == ["GET /queue 200", "GET /item/7 200", "GET - 404"]
    assert "secret" not in records[3]


def test_dashboard_charts_are_inline_svg(env) -> None:
    client = login(env["app"], "vince")
    r = client.get("/dashboard")
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and html.count("<svg") == 4
    assert "<script src" not in html and "http://" not in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")
    csp = r.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'nonce-" in csp


def test_queue_filters(env) -> None:
    client = login(env["app"], "vince")
    itar = client.get("/queue?jurisdiction=ITAR").get_data(as_text=True)
    assert "radar.txt" in itar and "crypto.txt" not in itar
    low = client.get("/queue?confidence=70").get_data(as_text=True)
    assert "radar.txt" in low and "crypto.txt" in low
    assert "radar.txt" not in client.get("/queue?age=7d").get_data(as_text=True)
    decided = client.get("/queue?status=decided").get_data(as_text=True)
    assert "radar.txt" not in decided


def test_admin_adds_user(env) -> None:
    client = login(env["app"], "ada")
    r = client.post("/users", data={"name": "walt", "role": "viewer", "password": "x" * 14,
                                    "csrf_token": token(client, "/users")})
    assert r.status_code == 303
    walt = env["store"].get_user("walt")
    assert walt.role == "viewer" and walt.us_person is False
    assert any(e["action"] == "user.add" for e in audit_actions(env["state"]))


# -- SSO header -------------------------------------------------------------------------------


def test_trusted_header_only_from_trusted_proxy(env) -> None:
    client = env["app"].test_client()
    proxy = {"REMOTE_ADDR": "10.9.8.7"}
    r = client.get("/queue", headers={"X-Remote-User": "ursula"}, environ_base=proxy)
    assert r.status_code == 200 and "ursula" in r.get_data(as_text=True)
    # From anyone else the header means nothing.
    r = client.get("/queue", headers={"X-Remote-User": "ursula"},
                   environ_base={"REMOTE_ADDR": "10.9.8.8"})
    assert r.status_code == 302 and r.headers["Location"].endswith("/login")
    # A name the roster does not know is refused.
    r = client.get("/queue", headers={"X-Remote-User": "mallory"}, environ_base=proxy)
    assert r.status_code == 403
    # The roster still rules: nadia via SSO is no U.S. person.
    r = client.get(f"/item/{env['itar'].id}", headers={"X-Remote-User": "nadia"},
                   environ_base=proxy)
    assert r.status_code == 403


# -- categories and the audit chain -----------------------------------------------------------


def test_check_category() -> None:
    assert check_category("ITAR", "xi(c)") == "XI(c)"
    assert check_category("EAR", "5a002.a") == "5A002.a"
    assert check_category("EAR", "ear99") == "EAR99"
    assert check_category("UNCONTROLLED", "") is None
    for j, c in (("ITAR", "XI(zz)"), ("ITAR", "5A002"), ("EAR", "5A999.q"),
                 ("UNCONTROLLED", "XI")):
        with pytest.raises(ValueError):
            check_category(j, c)


def test_edited_audit_log_fails_verify(env) -> None:
    client = login(env["app"], "ursula")
    client.get(f"/item/{env['itar'].id}")
    client.post(f"/item/{env['itar'].id}/decide",
                data={"kind": "confirm", "csrf_token": token(client)})
    state = str(env["state"])
    assert main(["audit", "verify", "--state", state]) == 0
    log = env["state"] / "audit.jsonl"
    text = log.read_text()
    assert '"actor": "ursula"' in text
    log.write_text(text.replace('"actor": "ursula"', '"actor": "someone-else"', 1))
    assert main(["audit", "verify", "--state", state]) == 1


# -- the effective decision, list redaction, bounded ids, next item (SQLite and PostgreSQL) ---

from urllib.parse import quote, urlencode  # noqa: E402

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from review.effective import Access, can_view  # noqa: E402
from tests.postgres import postgres  # noqa: E402,F401  (the session fixture)

GIMBAL_NAME = "XM-25 seeker gimbal servo loop.txt"
GIMBAL_TEXT = "Gimbal servo loop: rate gain 4.2, notch at 87 Hz, seeker boresight trim table.\n"
UNDETERMINED_NAME = "Hellfire-seeker-scan.bin"


def _plain(path: Path, jurisdiction: Jurisdiction = Jurisdiction.UNCONTROLLED, *,
           category: str | None = None, source: Path) -> Decision:
    st_ = os.stat(path)
    return Decision(uri=path.as_uri(), root=path.as_uri(), size=st_.st_size,
                    sha256=hashlib.sha256(path.read_bytes()).hexdigest(), mime="text/plain",
                    jurisdiction=jurisdiction, category=category, confidence=0.4,
                    review_required=True, reasons=(), versions=VERSIONS,
                    item_version=version_of(st_), source=source.as_uri())


@pytest.fixture(params=["sqlite", "postgresql"])
def benv(request, tmp_path: Path):
    """Queue order: ITAR radar, menu (uncontrolled), EAR crypto, the gimbal file (machine:
    UNCONTROLLED), its copy (same bytes), an UNDETERMINED item, a second menu."""
    share = tmp_path / "share"
    share.mkdir()
    state = tmp_path / "state"
    target = str(state / "review.db") if request.param == "sqlite" else \
        request.getfixturevalue("postgres").new_database()
    store = ReviewStore.open(target)
    files = {"radar.txt": ITAR_TEXT, "menu.txt": PLAIN_TEXT, "crypto.txt": EAR_TEXT,
             GIMBAL_NAME: GIMBAL_TEXT, "copy.txt": GIMBAL_TEXT,
             UNDETERMINED_NAME: "\x00\x01 scan pattern \x02", "menu2.txt": PLAIN_TEXT + "2"}
    for name, text in files.items():
        (share / name).write_text(text)
    e = {}
    e["itar"] = store.enqueue(_decision(share / "radar.txt", ITAR_TEXT, Jurisdiction.ITAR, "XI(c)",
                                        "USML CATEGORY XI(c)", "MARK_USML_CATEGORY", source=share),
                              why="review_required", segments=[Segment("body", ITAR_TEXT)])
    e["menu"] = store.enqueue(_plain(share / "menu.txt", source=share), why="review_required",
                              segments=[Segment("body", PLAIN_TEXT)])
    e["ear"] = store.enqueue(_decision(share / "crypto.txt", EAR_TEXT, Jurisdiction.EAR, "5A002.a",
                                       "ECCN: 5A002.a", "MARK_ECCN", source=share),
                             why="review_required", segments=[Segment("body", EAR_TEXT)])
    e["gimbal"] = store.enqueue(_plain(share / GIMBAL_NAME, source=share), why="review_required",
                                segments=[Segment("body", GIMBAL_TEXT)])
    e["copy"] = store.enqueue(_plain(share / "copy.txt", source=share), why="review_required",
                              segments=[Segment("body", GIMBAL_TEXT)])
    e["undetermined"] = store.enqueue(
        _plain(share / UNDETERMINED_NAME, Jurisdiction.UNDETERMINED, source=share),
        why="undetermined", segments=[])
    e["menu2"] = store.enqueue(_plain(share / "menu2.txt", source=share), why="review_required",
                               segments=[Segment("body", PLAIN_TEXT + "2")])
    assert all(e.values()) and e["gimbal"].sha256 == e["copy"].sha256
    store.add_user("ursula", role="reviewer", us_person=True, password=PASSWORD)
    store.add_user("nadia", role="reviewer", us_person=False, password=PASSWORD)
    store.add_user("victor", role="viewer", us_person=False, password=PASSWORD)
    app = create_app(store, state_dir=state, config=EnclaveConfig(mode="label"),
                     secret_key="test-secret")
    app.config["ENCLAVE_FAILURE_DELAY"] = 0.0
    yield {"app": app, "store": store, "state": state, "share": share, **e}
    app.config["ENCLAVE_APPLIER"].close()
    store.close()


def _gimbal_itar(benv) -> None:
    """A U.S. reviewer decides the machine-UNCONTROLLED gimbal file is ITAR."""
    client = login(benv["app"], "ursula")
    r = client.post(f"/item/{benv['gimbal'].id}/decide",
                    data={"kind": "override", "jurisdiction": "ITAR", "category": "XII(d)",
                          "note": "seeker gimbal control law", "csrf_token": token(client)})
    assert r.status_code == 303
    assert benv["store"].reviewed(benv["gimbal"].sha256).jurisdiction == "ITAR"


def test_deemed_export_reviewed_itar_refused_to_non_us_person_for_every_copy(benv) -> None:
    nadia = login(benv["app"], "nadia")
    gimbal, copy = benv["gimbal"], benv["copy"]
    # Before review the machine says UNCONTROLLED and the file is open to her.
    assert nadia.get(f"/item/{gimbal.id}").status_code == 200
    _gimbal_itar(benv)
    store = benv["store"]
    assert store.get(gimbal.id).jurisdiction == "UNCONTROLLED"      # the machine's, unchanged
    for entry in (gimbal, copy):
        r = nadia.get(f"/item/{entry.id}")
        assert r.status_code == 403
        body = r.get_data(as_text=True)
        assert "Gimbal servo" not in body and "XM-25" not in body
        assert not can_view(store.get_user("nadia"), store.get(entry.id), store)
        assert can_view(store.get_user("ursula"), store.get(entry.id), store)
    refused = [a for a in audit_actions(benv["state"]) if a["action"] == "view.refused"]
    assert [a["detail"]["queue_id"] for a in refused] == [gimbal.id, copy.id]
    assert refused[0]["detail"]["effective"] == {"jurisdiction": "ITAR", "category": "XII(d)",
                                                 "reviewed": True}
    assert AuditLog(benv["state"] / "audit.jsonl").verify().ok


def test_a_copy_of_controlled_content_is_controlled(benv, tmp_path: Path) -> None:
    """Unreviewed: one copy the machine calls ITAR makes an UNCONTROLLED copy controlled."""
    share, store = benv["share"], benv["store"]
    twin = share / "twin-of-radar.txt"
    twin.write_text(ITAR_TEXT)
    entry = store.enqueue(_plain(twin, source=share), why="review_required",
                          segments=[Segment("body", ITAR_TEXT)])
    assert entry.sha256 == benv["itar"].sha256 and entry.jurisdiction == "UNCONTROLLED"
    nadia = login(benv["app"], "nadia")
    assert nadia.get(f"/item/{entry.id}").status_code == 403
    assert "twin-of-radar" not in nadia.get("/queue").get_data(as_text=True)
    # Reviewed not technical, every copy is uncontrolled under its effective decision.
    store.decide(benv["itar"].id, reviewer="ursula", kind="not_technical", note="a test page")
    assert nadia.get(f"/item/{entry.id}").status_code == 200


def _hidden_markers(benv) -> list[str]:
    return ["radar.txt", "crypto.txt", "XM-25", "copy.txt", "Hellfire", "XI(c)", "5A002",
            "XII(d)", "Gimbal servo", *SECRET_WORDS,
            *[f'data-id="{benv[k].id}"' for k in ("itar", "ear", "gimbal", "copy", "undetermined")],
            *[f'/item/{benv[k].id}"' for k in ("itar", "ear", "gimbal", "copy", "undetermined")]]


def test_queue_list_redacts_controlled_and_undetermined_rows_for_non_us_persons(benv) -> None:
    _gimbal_itar(benv)
    for name in ("nadia", "victor"):
        client = login(benv["app"], name)
        pages = {}
        for url in ("/queue", "/queue?status=decided", "/queue?jurisdiction=ITAR",
                    "/queue?jurisdiction=UNDETERMINED", "/queue?confidence=70",
                    "/queue?age=1d", "/dashboard"):
            r = client.get(url)
            assert r.status_code == 200, url
            pages[url] = html = r.get_data(as_text=True)
            for marker in _hidden_markers(benv):
                assert marker not in html, (name, url, marker)
        assert "menu.txt" in pages["/queue"] and "menu2.txt" in pages["/queue"]
        # Open and hidden: radar, crypto, the undetermined item; the gimbal pair is decided.
        assert "3 items you may not view" in pages["/queue"]
        assert "2 items you may not view" in pages["/queue?status=decided"]
        # The same bare count whatever the filter says.
        assert "3 items you may not view" in pages["/queue?jurisdiction=ITAR"]
        assert "3 items you may not view" in pages["/dashboard"]
        # Counts and the source list are over what she may view only.
        assert '<span class="pill ITAR">' not in pages["/queue"]
        assert re.search(r"<strong>2</strong> open", pages["/queue"])
    ursula = login(benv["app"], "ursula").get("/queue").get_data(as_text=True)
    assert "radar.txt" in ursula and "Hellfire" in ursula and "may not view" not in ursula


def test_next_item_after_a_decision_is_one_the_user_may_view(benv) -> None:
    nadia = login(benv["app"], "nadia")
    r = nadia.post(f"/item/{benv['menu'].id}/decide",
                   data={"kind": "confirm", "csrf_token": token(nadia)})
    # crypto (EAR) and the undetermined item come between; the gimbal pair is open to her
    # while unreviewed.
    assert r.status_code == 303 and r.headers["Location"].endswith(f"/item/{benv['gimbal'].id}")
    _gimbal_itar(benv)
    r = nadia.post(f"/item/{benv['menu2'].id}/decide",
                   data={"kind": "confirm", "csrf_token": token(nadia)})
    assert r.status_code == 303 and r.headers["Location"].endswith("/queue")
    # The item page's own previous / next links skip what she may not open.
    ursula = login(benv["app"], "ursula")
    r = ursula.post(f"/item/{benv['itar'].id}/decide",
                    data={"kind": "confirm", "csrf_token": token(ursula)})
    assert r.headers["Location"].endswith(f"/item/{benv['ear'].id}")


def test_malformed_and_huge_ids_and_pages_are_4xx(benv) -> None:
    for name in ("nadia", "ursula"):
        client = login(benv["app"], name)
        for url in ("/queue?page=" + "1" * 27, "/queue?page=-1", "/queue?page=abc",
                    "/queue?page=1.5", "/queue?page=%EF%BC%91", "/queue?page=1000001",
                    "/item/" + "9" * 27, f"/item/{2 ** 63}", "/item/-1", "/item/0", "/item/x",
                    "/item/1e9", f"/item/{2 ** 63 - 1}"):
            r = client.get(url)
            assert 400 <= r.status_code < 500, (url, r.status_code)
        r = client.post("/item/" + "9" * 27 + "/decide",
                        data={"kind": "confirm", "csrf_token": token(client)})
        assert r.status_code == 404
        assert client.get("/queue?page=0").status_code == 200
    store = benv["store"]
    from review.store import NotFound
    for bad in (10 ** 26, -1, 0, 2 ** 63, "x"):
        with pytest.raises(NotFound):
            store.get(bad)


ROUTES = ("/", "/queue", "/item/{id}", "/item/{id}/decide", "/dashboard", "/users", "/login")
QUERY_KEYS = ("page", "jurisdiction", "source", "age", "confidence", "status", "q", "id")
ids = st.one_of(st.integers(min_value=-10 ** 30, max_value=10 ** 30),
                st.integers(min_value=0, max_value=12),
                st.text(max_size=30).map(lambda s: quote(s, safe="")))
values = st.one_of(st.integers(min_value=-10 ** 30, max_value=10 ** 30).map(str),
                   st.sampled_from(("ITAR", "EAR", "UNDETERMINED", "UNCONTROLLED", "decided",
                                    "open", "1d", "7d", "50", "")),
                   st.text(max_size=20))
queries = st.dictionaries(st.sampled_from(QUERY_KEYS), values, max_size=4)


def test_fuzz_every_route_no_500_and_nothing_controlled_to_those_who_may_not_see_it(benv) -> None:
    _gimbal_itar(benv)
    app, store = benv["app"], benv["store"]
    clients = {"anonymous": app.test_client(), "viewer": login(app, "victor"),
               "nadia": login(app, "nadia"), "ursula": login(app, "ursula")}
    tokens = {who: (token(c) if who != "anonymous" else "") for who, c in clients.items()}
    entries = store.list(status=None, limit=None)
    markers: dict[str, list[str]] = {}
    for who in clients:
        user = store.get_user({"viewer": "victor"}.get(who, who)) if who != "anonymous" else None
        access = Access(store, entries)
        hidden = [e for e in entries if not access.can_view(user, e)]
        words = set()
        for e in hidden:
            words.add(e.uri.rsplit("/", 1)[-1])
            words |= {s["text"].strip()[:24] for s in e.segments if s["text"].strip()}
        if user is None or not user.us_person:
            words |= {"XM-25", "radar.txt", "crypto.txt", "Hellfire", "Gimbal servo"}
        markers[who] = sorted(w for w in words if w)
    assert "XM-25%20seeker%20gimbal%20servo%20loop.txt" in markers["nadia"]

    @settings(max_examples=60, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow])
    @given(who=st.sampled_from(tuple(clients)), route=st.sampled_from(ROUTES), id_=ids,
           query=queries, kind=st.text(max_size=12), post=st.booleans())
    def run(who, route, id_, query, kind, post) -> None:
        client = clients[who]
        url = route.format(id=id_)
        if query:
            url += "?" + urlencode(query)
        if post or route.endswith("/decide"):
            if kind in ("confirm", "override", "not_technical", "release"):
                kind = "maybe"                  # the fuzz must not decide anything
            r = client.post(url, data={"kind": kind, "csrf_token": tokens[who],
                                       "jurisdiction": "ITAR", "category": kind, "note": kind})
        else:
            r = client.get(url)
        assert r.status_code < 500, (who, url, r.status_code)
        seen = r.get_data(as_text=True) + "\n".join(f"{k}: {v}" for k, v in r.headers.items())
        for marker in markers[who]:
            assert marker not in seen, (who, url, marker)

    run()
    assert all(e.status == store.get(e.id).status for e in entries)


