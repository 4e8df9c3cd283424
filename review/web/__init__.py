"""``enclave serve``: the review queue in a browser, for export-control staff.

    /login                      local account (or the trusted SSO header, see ``auth``)
    /queue                      open items, filtered by jurisdiction, source, age, confidence
    /item/<id>                  extracted text with the evidence highlighted, the cited USML
                                paragraph or ECCN, the machine's alternatives and confidence;
                                confirm / change category / not technical data / release
    /dashboard                  open items by jurisdiction, source, age (inline SVG charts)
    /users                      the roster (admins)

What the pages guarantee:

- URLs carry numeric ids and short filter keys, never an item's path or text; the queue list
  shows no excerpts.
- Nothing about an item whose content is or may be controlled under its effective decision
  (``review.effective.can_view``: the latest review, else the machine; any copy with the same
  sha256) is shown to anyone but U.S. persons: its page answers 403 and is audited
  (``view.refused``); in the queue and dashboard it is only counted. Ids and page numbers out of
  range answer 404 / 400. Every item view (``view.item``) and
  every decision (``review.decide``) is appended to the hash-chained audit log.
- Every POST carries a per-session CSRF token. Session cookies are HttpOnly, SameSite=Strict
  and, with ``secure_cookies``, Secure. A Content-Security-Policy allows only this page's own
  inline script and style (by nonce): nothing is loaded from anywhere else.
- The server log has method, path (ids only) and status; nothing else of a request.
"""

from __future__ import annotations

import logging
import os
import secrets
from datetime import timedelta
from pathlib import Path

from flask import Flask, g, render_template, request
from werkzeug.exceptions import HTTPException

from review.web.actions import DecisionApplier
from review.web.auth import Throttle, check_csrf, csrf_token, load_user, parse_proxies

LOG = logging.getLogger("enclave.web")

SESSION_HOURS = 8


def create_app(store, *, state_dir: str | os.PathLike[str], config,
               secret_key: str | bytes | None = None, trusted_header: str | None = None,
               trusted_proxies=(), secure_cookies: bool = False) -> Flask:
    """The web app over a ``review.store.ReviewStore``.

    ``config`` is the ``EnclaveConfig`` (mode, taxonomy, sources) decisions are applied with;
    ``state_dir`` holds the audit log and action journal. Without ``secret_key`` a random one
    is made, so sessions last as long as the process. ``trusted_header`` (e.g.
    ``X-Remote-User``) is believed only from ``trusted_proxies`` (addresses or networks).
    """
    from review.web import auth, views

    if trusted_header and not trusted_proxies:
        raise ValueError("a trusted header needs at least one trusted proxy address")
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=secret_key or secrets.token_bytes(32),
        SESSION_COOKIE_NAME="enclave_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=bool(secure_cookies),
        PERMANENT_SESSION_LIFETIME=timedelta(hours=SESSION_HOURS),
        MAX_CONTENT_LENGTH=64 * 1024,
        ENCLAVE_STORE=store,
        ENCLAVE_STATE_DIR=Path(state_dir),
        ENCLAVE_CONFIG=config,
        ENCLAVE_TRUSTED_HEADER=trusted_header,
        ENCLAVE_TRUSTED_PROXIES=parse_proxies(trusted_proxies),
        ENCLAVE_THROTTLE=Throttle(),
        ENCLAVE_FAILURE_DELAY=0.5,
        ENCLAVE_APPLIER=DecisionApplier(config, state_dir),
    )
    app.logger.disabled = True            # exceptions are logged below, without their messages
    app.register_blueprint(auth.bp)
    app.register_blueprint(views.bp)

    @app.before_request
    def _before() -> None:
        g.nonce = secrets.token_urlsafe(16)
        load_user()
        check_csrf()

    @app.context_processor
    def _globals() -> dict:
        return {"csrf_token": csrf_token, "user": g.get("user"), "nonce": g.get("nonce", ""),
                "sso": g.get("via") == "sso"}

    @app.after_request
    def _headers(response):
        nonce = g.get("nonce", "")
        response.headers["Content-Security-Policy"] = (
            f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
            "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"
        return response

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        return render_template("error.html", code=exc.code, name=exc.name,
                               description=exc.description), exc.code

    @app.errorhandler(Exception)
    def _error(exc: Exception):
        LOG.error("%s %s failed: %s", request.method, request.endpoint or "-",
                  type(exc).__name__)
        return render_template("error.html", code=500, name="Internal error",
                               description="Something went wrong; the server log has the "
                                           "error type."), 500

    return app


__all__ = ["create_app"]
