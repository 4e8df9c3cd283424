"""The pages: queue, item, decision, dashboard, users.

URLs carry numeric queue ids and short filter keys only: never an item's path, name or text.
A source is filtered by a short hash of its URI, not the URI itself.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timedelta, timezone
from typing import Any

from flask import (Blueprint, abort, current_app, flash, g, redirect, render_template, request,
                   url_for)

from classifiers.cite import citation
from review.store import MAX_ID          # a larger id cannot exist: the route answers 404
from review.web.auth import may_open, require
from review.web.render import age_text, bar_chart, check_category, located, render_segments

LOG = logging.getLogger("enclave.web")

bp = Blueprint("review", __name__)

JURISDICTIONS = ("ITAR", "EAR", "UNCONTROLLED", "UNDETERMINED")
DECIDED_JURISDICTIONS = ("ITAR", "EAR", "UNCONTROLLED")
AGES = {"1d": ("older than 1 day", timedelta(days=1)),
        "7d": ("older than 7 days", timedelta(days=7)),
        "30d": ("older than 30 days", timedelta(days=30))}
CONFIDENCES = {"50": ("below 50 %", 0.5), "70": ("below 70 %", 0.7), "90": ("below 90 %", 0.9)}
PAGE = 100
MAX_PAGE = 1_000_000
NOTE_MAX = 2000


def _store():
    return current_app.config["ENCLAVE_STORE"]


def _audit():
    from labels.audit import AuditLog

    return AuditLog(current_app.config["ENCLAVE_STATE_DIR"] / "audit.jsonl", actor=g.user.name)


def source_key(source: str | None) -> str:
    return hashlib.sha256((source or "").encode()).hexdigest()[:12]


def _machine(entry) -> dict[str, Any]:
    return {"jurisdiction": entry.jurisdiction, "category": entry.category,
            "confidence": round(entry.confidence, 4)}


def _entry_or_404(entry_id: int):
    from review.store import NotFound

    try:
        return _store().get(entry_id)
    except NotFound:
        abort(404)


def _access(entry):
    from review.effective import Access

    return Access(_store(), [entry])


def _refuse(entry, action: str, access=None):
    """The U.S.-person rule said no: audit it and answer 403 (the page names no content)."""
    access = access or _access(entry)
    _audit().append(action, entry.uri, version=entry.item_version,
                    decision=_machine(entry),
                    detail={"queue_id": entry.id, "client": request.remote_addr,
                            "reason": "not a U.S. person",
                            "effective": access.effective(entry).to_json()})
    LOG.warning("refused controlled item %d to a non-U.S. person", entry.id)
    abort(403, description="This item is or may be export-controlled (ITAR, or EAR other than "
                           "EAR99). Only U.S. persons may open it.")


# -- queue ------------------------------------------------------------------------------------


@bp.route("/")
def index():
    return redirect(url_for("review.queue"))


def _page_number(value: str | None) -> int:
    """A page number from the query string: digits only, at most ``MAX_PAGE``; else 400."""
    if value is None or value == "":
        return 0
    if not (value.isascii() and value.isdigit()) or len(value) > len(str(MAX_PAGE)) or \
            int(value) > MAX_PAGE:
        abort(400, description="The page number must be a whole number from 0 to "
                               f"{MAX_PAGE}.")
    return int(value)


def _visible_counts(entries, access, user, *, now: datetime | None = None):
    """``Counts`` over the entries the user may view, and how many the user may not."""
    from review.store import AGE_BUCKETS, Counts

    now = now or datetime.now(timezone.utc)
    by_j: dict[str, int] = {}
    by_s: dict[str, int] = {}
    by_age = {name: 0 for name, _d in AGE_BUCKETS}
    by_why: dict[str, int] = {}
    decided = hidden = 0
    for e in entries:
        if not access.can_view(user, e):
            hidden += e.status == "open"
            continue
        if e.status != "open":
            decided += 1
            continue
        by_j[e.jurisdiction] = by_j.get(e.jurisdiction, 0) + 1
        src = e.source or e.root
        by_s[src] = by_s.get(src, 0) + 1
        by_why[e.why] = by_why.get(e.why, 0) + 1
        for name, span in AGE_BUCKETS:
            if span is None or e.created_at >= now - span:
                by_age[name] += 1
                break
    return Counts(total=sum(by_j.values()), by_jurisdiction=by_j, by_source=by_s,
                  by_age=by_age, by_why=by_why, decided=decided), hidden


def _counts_for(user):
    """Queue counts as this user may see them: everything for U.S. persons; for anyone else
    only entries they may view, plus the number of open ones they may not (no more than that).
    Returns ``(counts, hidden, access, entries)``; ``access`` and ``entries`` are ``None`` for a
    U.S. person."""
    from review.effective import Access

    store = _store()
    if user.us_person:
        return store.counts(), 0, None, None
    entries = store.list(status=None, limit=None, light=True)
    access = Access(store, entries)
    counts, hidden = _visible_counts(entries, access, user)
    return counts, hidden, access, entries


@bp.route("/queue")
@require("viewer")
def queue():
    store = _store()
    args = request.args
    page = _page_number(args.get("page"))
    counts, hidden, access, everything = _counts_for(g.user)
    sources = {source_key(s): s for s in counts.by_source}
    jurisdiction = args.get("jurisdiction") if args.get("jurisdiction") in JURISDICTIONS else None
    source = sources.get(args.get("source", ""))
    age = args.get("age") if args.get("age") in AGES else None
    conf = args.get("confidence") if args.get("confidence") in CONFIDENCES else None
    status = "decided" if args.get("status") == "decided" else "open"
    filters_ = dict(jurisdiction=jurisdiction, source=source,
                    older_than=AGES[age][1] if age else None,
                    max_confidence=CONFIDENCES[conf][1] if conf else None, status=status)
    if access is None:
        entries = store.list(**filters_, limit=PAGE + 1, offset=page * PAGE, light=True)
    else:
        # Only what this user may view, paged here; what is held back is a bare count over the
        # whole status, whatever the filters, so filtering tells nothing about it.
        visible = {e.id for e in everything if access.can_view(g.user, e)}
        entries = [e for e in store.list(**filters_, limit=None, light=True) if e.id in visible]
        entries = entries[page * PAGE:page * PAGE + PAGE + 1]
        hidden = sum(1 for e in everything
                     if e.status == status and not access.can_view(g.user, e))
    more = len(entries) > PAGE
    rows = [{"entry": e, "age": age_text(e.created_at), "cite": citation(e.category)[0],
             "may_open": True} for e in entries[:PAGE]]
    filters = {"jurisdiction": jurisdiction or "", "source": source_key(source) if source else "",
               "age": age or "", "confidence": conf or "", "status": status}
    return render_template("queue.html", rows=rows, counts=counts, sources=sources,
                           filters=filters, jurisdictions=JURISDICTIONS, ages=AGES,
                           confidences=CONFIDENCES, page=page, more=more, hidden=hidden)


# -- item -------------------------------------------------------------------------------------


NEIGHBOUR_WINDOW = 500       # j/k reach this many open entries


def _open_viewable(user) -> list:
    """The first ``NEIGHBOUR_WINDOW`` open entries, oldest first, that the user may view."""
    from review.effective import Access

    entries = _store().list(status="open", limit=NEIGHBOUR_WINDOW, light=True)
    if user.us_person:
        return entries
    access = Access(_store(), entries)
    return [e for e in entries if access.can_view(user, e)]


def _neighbours(entry_id: int, user) -> tuple[int | None, int | None]:
    ids = [e.id for e in _open_viewable(user)]
    if entry_id not in ids:
        return None, ids[0] if ids else None
    i = ids.index(entry_id)
    return (ids[i - 1] if i > 0 else None), (ids[i + 1] if i + 1 < len(ids) else None)


def _next_after(entry, user) -> int | None:
    """The next open entry after this one (in queue order) that the user may view."""
    for e in _open_viewable(user):
        if (e.created_at, e.id) > (entry.created_at, entry.id):
            return e.id
    return None


@bp.route(f"/item/<int(min=1, max={MAX_ID}):entry_id>")
@require("viewer")
def item(entry_id: int):
    entry = _entry_or_404(entry_id)
    access = _access(entry)
    if not may_open(g.user, entry, access):
        _refuse(entry, "view.refused", access)
    _audit().append("view.item", entry.uri, version=entry.item_version,
                    decision=_machine(entry),
                    detail={"queue_id": entry.id, "client": request.remote_addr,
                            "controlled": access.controlled(entry),
                            "effective": access.effective(entry).to_json()})
    reasons = [dict(r) for r in entry.reasons]
    segments, truncated = render_segments(entry.segments, reasons)
    in_text = located(reasons, entry.segments)
    evidence = [{"i": i, "r": r, "cite": citation(r.get("category"))[0] if r.get("category") else "",
                 "in_text": i in in_text} for i, r in enumerate(reasons)]
    cite, heading = citation(entry.category)
    alternatives = [{"category": a, "cite": citation(a)[0], "heading": citation(a)[1]}
                    for a in entry.alternatives]
    reviewed = _store().history(entry.sha256) if entry.sha256 else []
    prev_id, next_id = _neighbours(entry.id, g.user)
    return render_template("item.html", entry=entry, segments=segments, truncated=truncated,
                           evidence=evidence, cite=cite, heading=heading,
                           alternatives=alternatives, reviewed=reviewed,
                           age=age_text(entry.created_at), prev_id=prev_id, next_id=next_id,
                           jurisdictions=DECIDED_JURISDICTIONS,
                           can_decide=g.user.can_review() and entry.status == "open")


@bp.route(f"/item/<int(min=1, max={MAX_ID}):entry_id>/decide", methods=["POST"])
@require("reviewer")
def decide(entry_id: int):
    from review.store import NOTE_REQUIRED, StoreError

    entry = _entry_or_404(entry_id)
    access = _access(entry)
    if not may_open(g.user, entry, access):
        _refuse(entry, "review.refused", access)
    form = request.form
    kind = form.get("kind", "")
    note = (form.get("note") or "").strip()[:NOTE_MAX] or None
    jurisdiction, category = None, None
    if kind == "override":
        jurisdiction = form.get("jurisdiction", "")
        if jurisdiction not in DECIDED_JURISDICTIONS:
            return _form_error(entry, "Choose ITAR, EAR or UNCONTROLLED.")
        try:
            category = check_category(jurisdiction, form.get("category"))
        except ValueError as exc:
            return _form_error(entry, f"Category: {exc}.")
    elif kind == "release" and not entry.quarantine_id:
        return _form_error(entry, "Only a quarantined item can be released.")
    elif kind not in ("confirm", "not_technical", "release"):
        return _form_error(entry, "Unknown action.")
    if kind in (*NOTE_REQUIRED, "release") and not note:
        return _form_error(entry, "A note is required when you change the machine's decision "
                                  "or release an item.")
    store = _store()
    copies = [e for e in store.list(sha256=entry.sha256, limit=None)
              if e.id != entry.id] if entry.sha256 else []
    try:
        reviewed = store.decide(entry.id, reviewer=g.user.name, kind=kind,
                                jurisdiction=jurisdiction, category=category, note=note)
    except StoreError as exc:
        return _form_error(entry, str(exc))
    applier = current_app.config["ENCLAVE_APPLIER"]
    outcomes = []
    for e in (entry, *copies):          # the same content elsewhere is decided with it
        applied = applier.apply(e, reviewed, g.user.name)
        outcomes.append(applied)
        _audit().append("review.decide", e.uri, queue_id=e.id, sha256=e.sha256,
                        version=e.item_version, reviewer=reviewed.reviewer, kind=kind,
                        old=_machine(e),
                        new={"jurisdiction": reviewed.jurisdiction,
                             "category": reviewed.category},
                        note_sha256=hashlib.sha256(note.encode()).hexdigest() if note else None,
                        outcome={"action": applied.action, "status": applied.status},
                        copy_of=entry.id if e is not entry else None,
                        client=request.remote_addr, mode=applier.mode)
        LOG.info("decision on %d: %s; %s %s", e.id, kind, applied.action, applied.status)
    first = outcomes[0]
    also = f" (and {len(copies)} cop{'y' if len(copies) == 1 else 'ies'} of the same content)" \
        if copies else ""
    flash(f"#{entry.id}: {kind.replace('_', ' ')} recorded{also} — {first.action} {first.status}"
          f"{': ' + first.reason if first.reason else ''}",
          "ok" if all(o.ok for o in outcomes) else "warn")
    next_id = _next_after(entry, g.user)
    if next_id is not None:
        return redirect(url_for("review.item", entry_id=next_id), 303)
    return redirect(url_for("review.queue"), 303)


def _form_error(entry, message: str):
    flash(message, "error")
    return redirect(url_for("review.item", entry_id=entry.id), 303)


# -- dashboard --------------------------------------------------------------------------------


@bp.route("/dashboard")
@require("viewer")
def dashboard():
    counts, hidden, _access, _entries = _counts_for(g.user)
    order = {j: i for i, j in enumerate(JURISDICTIONS)}
    by_j = dict(sorted(counts.by_jurisdiction.items(), key=lambda kv: order.get(kv[0], 99)))
    by_age = {k: counts.by_age.get(k, 0) for k in ("<1d", "1-7d", "7-30d", ">30d")}
    charts = [
        ("By jurisdiction", bar_chart("Open items by jurisdiction", by_j, css_prefix="j")),
        ("By source", bar_chart("Open items by source",
                                dict(sorted(counts.by_source.items(), key=lambda kv: -kv[1])))),
        ("By age", bar_chart("Open items by age", by_age, css_prefix="age")),
        ("Why queued", bar_chart("Open items by reason", counts.by_why)),
    ]
    return render_template("dashboard.html", counts=counts, charts=charts, hidden=hidden)


# -- users ------------------------------------------------------------------------------------


@bp.route("/users", methods=["GET", "POST"])
@require("admin")
def users():
    from review.store import ROLES, StoreError

    store = _store()
    if request.method == "POST":
        name = request.form.get("name", "").strip()
        role = request.form.get("role", "")
        password = request.form.get("password", "")
        us_person = request.form.get("us_person") == "yes"
        if not name or role not in ROLES or len(password) < 12:
            flash("A name, a role and a password of at least 12 characters are needed.", "error")
        else:
            try:
                store.add_user(name, role=role, us_person=us_person, password=password)
            except StoreError as exc:
                flash(str(exc), "error")
            else:
                _audit().append("user.add", f"user:{name}",
                                detail={"role": role, "us_person": us_person,
                                        "client": request.remote_addr})
                flash(f"Added {name} ({role}{', U.S. person' if us_person else ''}).", "ok")
        return redirect(url_for("review.users"), 303)
    return render_template("users.html", users=store.list_users(), roles=ROLES)
