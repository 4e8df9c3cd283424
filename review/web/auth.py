"""Who is asking: local logins, the trusted SSO header, roles, the U.S.-person rule, CSRF.

- **Local accounts**: name and password, checked against the roster's scrypt hash. Failures
  are slowed down and counted per client and name; after ``MAX_FAILURES`` within
  ``FAILURE_WINDOW`` seconds that pair is refused until the window passes. Passwords are never
  logged, stored in the session or echoed back.
- **Trusted header** (SSO through a reverse proxy): when configured, a request from one of the
  trusted proxy addresses carrying the header is the user it names, if the roster knows that
  user (the roster still decides role and U.S.-person status). The header from any other
  address is ignored.
- **Roles**: ``viewer`` reads the queue, ``reviewer`` also decides, ``admin`` also manages users.
- **U.S. persons**: only users the roster marks as U.S. persons see anything about items whose
  content is or may be controlled under its *effective* decision, for any copy of that content
  (``review.effective.can_view``, the one rule).
- **CSRF**: every POST carries the session's token in a hidden ``csrf_token`` field, compared in
  constant time; a POST without it, or with another, gets 400.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import secrets
import threading
import time
from functools import wraps
from typing import Any, Callable

from flask import Blueprint, abort, current_app, g, redirect, render_template, request, session, url_for

LOG = logging.getLogger("enclave.web")

ROLE_RANK = {"viewer": 0, "reviewer": 1, "admin": 2}
MAX_FAILURES = 5
FAILURE_WINDOW = 300.0
CSRF_FIELD = "csrf_token"

bp = Blueprint("auth", __name__)


# -- CSRF -------------------------------------------------------------------------------------


def csrf_token() -> str:
    token = session.get("csrf")
    if not token:
        token = session["csrf"] = secrets.token_urlsafe(32)
    return token


def check_csrf() -> None:
    """Before every POST: the form's token must be the session's (400 otherwise)."""
    if request.method != "POST":
        return
    sent = request.form.get(CSRF_FIELD, "")
    expected = session.get("csrf", "")
    if not sent or not expected or not hmac.compare_digest(sent.encode(), expected.encode()):
        LOG.warning("refused POST %s: missing or wrong CSRF token", request.endpoint or "-")
        abort(400, description="The form was stale or not sent by this site. Reload the page "
                               "and try again.")


# -- login throttling -------------------------------------------------------------------------


class Throttle:
    """Failed logins per (client address, name): a short delay each, a lock-out after many."""

    def __init__(self, max_failures: int = MAX_FAILURES, window: float = FAILURE_WINDOW) -> None:
        self.max_failures, self.window = max_failures, window
        self._failures: dict[tuple[str, str], list[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> list[float]:
        times = [t for t in self._failures.get(key, []) if now - t < self.window]
        if times:
            self._failures[key] = times
        else:
            self._failures.pop(key, None)
        return times

    def blocked(self, client: str, name: str) -> bool:
        with self._lock:
            return len(self._recent((client, name.lower()), time.monotonic())) >= self.max_failures

    def failed(self, client: str, name: str) -> None:
        with self._lock:
            key = (client, name.lower())
            self._failures[key] = [*self._recent(key, time.monotonic()), time.monotonic()]

    def succeeded(self, client: str, name: str) -> None:
        with self._lock:
            self._failures.pop((client, name.lower()), None)


# -- who is asking ----------------------------------------------------------------------------


def parse_proxies(addresses) -> tuple:
    """Addresses or networks (``10.0.0.5``, ``10.0.0.0/24``) of the trusted reverse proxies."""
    return tuple(ipaddress.ip_network(a.strip(), strict=False) for a in addresses if a.strip())


def _from_trusted_proxy() -> bool:
    proxies = current_app.config["ENCLAVE_TRUSTED_PROXIES"]
    try:
        addr = ipaddress.ip_address(request.remote_addr or "")
    except ValueError:
        return False
    return any(addr in net for net in proxies)


def load_user() -> None:
    """Before every request: ``g.user`` from the trusted header or the session, re-read from
    the roster each time (a changed role or a removed account takes effect at once)."""
    g.user, g.via = None, None
    store = current_app.config["ENCLAVE_STORE"]
    header = current_app.config["ENCLAVE_TRUSTED_HEADER"]
    if header and request.headers.get(header):
        if _from_trusted_proxy():
            name = request.headers[header].strip()
            user = store.get_user(name)
            if user is None:
                LOG.warning("SSO user not in the roster; refused")
                abort(403, description="Your account is not on the reviewer roster.")
            g.user, g.via = user, "sso"
            csrf_token()
            return
        LOG.warning("ignored the SSO header from an address that is not a trusted proxy")
    name = session.get("user")
    if name:
        user = store.get_user(name)
        if user is None or session.get("role") != user.role:
            session.clear()
        else:
            g.user, g.via = user, "session"


def require(role: str = "viewer") -> Callable:
    """A view decorator: a logged-in user with at least this role (else login page / 403)."""

    def wrap(view: Callable) -> Callable:
        @wraps(view)
        def inner(*args: Any, **kwargs: Any):
            if g.user is None:
                if request.method == "GET":
                    return redirect(url_for("auth.login"))
                abort(401)
            if ROLE_RANK.get(g.user.role, -1) < ROLE_RANK[role]:
                abort(403, description=f"This needs the {role} role.")
            return view(*args, **kwargs)

        return inner

    return wrap


def may_open(user, entry, access=None) -> bool:
    """The U.S.-person rule (``review.effective.can_view``) over this app's store."""
    from review.effective import can_view

    return can_view(user, entry, current_app.config["ENCLAVE_STORE"], access=access)


_DUMMY: list[str] = []


def _dummy_check(password: str) -> None:
    from review.store import hash_password, verify_password

    if not _DUMMY:
        _DUMMY.append(hash_password(secrets.token_urlsafe(16)))
    verify_password(_DUMMY[0], password)


# -- pages ------------------------------------------------------------------------------------


@bp.route("/login", methods=["GET", "POST"])
def login():
    if g.user is not None:
        return redirect(url_for("review.queue"))
    error = None
    if request.method == "POST":
        name = request.form.get("name", "").strip()[:128]
        password = request.form.get("password", "")
        client = request.remote_addr or "-"
        throttle: Throttle = current_app.config["ENCLAVE_THROTTLE"]
        store = current_app.config["ENCLAVE_STORE"]
        if throttle.blocked(client, name):
            LOG.warning("login refused: too many failures from this client")
            return render_template("login.html", error="Too many failed attempts. Wait a few "
                                   "minutes and try again."), 429
        user = store.get_user(name) if name else None
        if user is None or not user.password_hash:
            _dummy_check(password)            # the same time whether or not the name exists
        elif user.verify_password(password):
            throttle.succeeded(client, name)
            session.clear()
            session.permanent = True
            session["user"], session["role"] = user.name, user.role
            csrf_token()                      # a fresh token for the new session
            LOG.info("login ok (role %s)", user.role)
            return redirect(url_for("review.queue"))
        throttle.failed(client, name)
        time.sleep(current_app.config["ENCLAVE_FAILURE_DELAY"])
        LOG.warning("login failed")
        error = "Unknown name or wrong password."
    return render_template("login.html", error=error), (401 if error else 200)


@bp.route("/logout", methods=["POST"])
def logout():
    session.clear()
    return redirect(url_for("auth.login"))
