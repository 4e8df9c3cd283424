"""``enclave queue`` and ``enclave users``: the review queue and the reviewer roster.

    enclave queue list [--jurisdiction J] [--source S] [--older-than 7d] [--max-confidence 0.8]
                       [--status open|decided|all] [--json]
    enclave queue show ID [--json]                 the entry with its evidence and excerpts
    enclave queue decide ID --reviewer NAME (--confirm | --category X [--jurisdiction J]
                       | --jurisdiction J | --not-technical | --release) [--note TEXT]
    enclave queue export FILE                      reviewed items as JSONL training data
    enclave users add NAME --role viewer|reviewer|admin [--us-person] [--password-stdin]
    enclave users list [--json]
    enclave users passwd NAME --password-stdin

A decision acts: confirming or overriding labels the item through ``labels.enforce`` (in
``enforce`` mode a controlled item outside the enclave is quarantined instead), ``--release``
puts a quarantined item back. Every decision is appended to the audit log.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from typing import Any

from pipeline.errors import ConfigError, EnclaveError

QUEUE_EPILOG = """\
examples:
  enclave queue list --jurisdiction ITAR --older-than 7d
  enclave queue list --max-confidence 0.6 --json | jq .uri
  enclave queue show 42
  enclave queue decide 42 --confirm --reviewer alice
  enclave queue decide 42 --category XI(a)(3) --reviewer alice --note "receiver, not antenna"
  enclave queue decide 43 --jurisdiction EAR --category 9E003.a.1 --reviewer alice --note "..."
  enclave queue decide 44 --not-technical --reviewer alice --note "training slides"
  enclave queue decide 45 --release --reviewer alice --note "licence DSP-5 on file"
  enclave queue export models/corpus/reviewed.jsonl

Deciding labels the item (or, in enforce mode, quarantines a controlled item found outside the
enclave); the decision is remembered by content hash, so copies of the same content inherit it
in later sweeps. `show` prints document text: run it inside the enclave only.
"""

_AGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([mhdw])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_age(text: str) -> timedelta:
    """``30m``, ``12h``, ``7d``, ``2w`` -> timedelta."""
    m = _AGE.match(text or "")
    if not m:
        raise argparse.ArgumentTypeError(f"{text!r} is not an age like 12h, 7d or 2w")
    return timedelta(**{_UNITS[m.group(2)]: float(m.group(1))})


def add_parsers(sub: Any) -> None:
    """Register ``queue`` and ``users`` on the ``enclave`` command's subparsers."""
    queue = sub.add_parser(
        "queue", help="the review queue: list, show, decide, export",
        description="Items a person must look at: decisions that need review, UNDETERMINED "
                    "items and quarantined items, with their evidence.",
        epilog=QUEUE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    qsub = queue.add_subparsers(dest="queue_command", required=True, metavar="ACTION")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--config", metavar="FILE", help="enclave.yaml (review.url, state_dir)")
        p.add_argument("--state", metavar="DIR", help="state folder (default: the configuration's)")

    ls = qsub.add_parser("list", help="list queue entries, oldest first")
    ls.add_argument("--jurisdiction", type=str.upper,
                    choices=("ITAR", "EAR", "UNCONTROLLED", "UNDETERMINED"))
    ls.add_argument("--source", metavar="URI", help="only items under this source")
    ls.add_argument("--older-than", type=parse_age, metavar="AGE", help="e.g. 12h, 7d, 2w")
    ls.add_argument("--max-confidence", type=float, metavar="P", help="confidence at most P")
    ls.add_argument("--status", choices=("open", "decided", "all"), default="open")
    ls.add_argument("--why", choices=("review_required", "undetermined", "quarantined"))
    ls.add_argument("--limit", type=int, default=200)
    ls.add_argument("--json", action="store_true", help="one JSON object per line (no text)")
    common(ls)

    show = qsub.add_parser("show", help="one entry with its evidence and excerpts")
    show.add_argument("id", type=int)
    show.add_argument("--user", metavar="NAME",
                      help="who is looking (required once the roster has users): only U.S. "
                           "persons see items that are or may be controlled")
    show.add_argument("--json", action="store_true",
                      help="the entry as JSON, with excerpts and text segments")
    common(show)

    decide = qsub.add_parser("decide", help="record a reviewer's decision and act on it")
    decide.add_argument("id", type=int)
    kind = decide.add_mutually_exclusive_group()
    kind.add_argument("--confirm", action="store_true", help="the machine is right")
    kind.add_argument("--not-technical", action="store_true",
                      help="not technical data: UNCONTROLLED (needs --note)")
    kind.add_argument("--release", action="store_true",
                      help="put a quarantined item back (needs the entry to be a quarantine)")
    decide.add_argument("--category", help="override: USML paragraph or ECCN (needs --note)")
    decide.add_argument("--jurisdiction", type=str.upper, choices=("ITAR", "EAR", "UNCONTROLLED"),
                        help="override the jurisdiction (needs --note)")
    decide.add_argument("--reviewer", required=True, metavar="NAME")
    decide.add_argument("--note", metavar="TEXT", help="why (required for overrides)")
    decide.add_argument("--mode", choices=("report", "label", "enforce"),
                        help="how to act (default: the configuration's mode, at least label; "
                             "report records the decision and changes nothing)")
    decide.add_argument("--json", action="store_true")
    common(decide)

    export = qsub.add_parser("export", help="reviewed items as JSONL training data")
    export.add_argument("path", metavar="FILE")
    common(export)

    users = sub.add_parser(
        "users", help="reviewer accounts: add, list, passwd",
        description="Local accounts for the review UI. Roles: viewer (read), reviewer (decide), "
                    "admin (also manage users). Only U.S. persons may open ITAR or "
                    "EAR-controlled content. Passwords are stored as salted scrypt hashes.",
        epilog="examples:\n  echo \"$PW\" | enclave users add alice --role reviewer --us-person "
               "--password-stdin\n  enclave users list",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    usub = users.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    add = usub.add_parser("add", help="add an account")
    add.add_argument("name")
    add.add_argument("--role", choices=("viewer", "reviewer", "admin"), required=True)
    add.add_argument("--us-person", action="store_true", help="the person is a U.S. person")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from the first line of standard input (without "
                          "it the account can only sign in through the trusted SSO header)")
    common(add)
    ul = usub.add_parser("list", help="list accounts")
    ul.add_argument("--json", action="store_true")
    common(ul)
    pw = usub.add_parser("passwd", help="set an account's password")
    pw.add_argument("name")
    pw.add_argument("--password-stdin", action="store_true", required=True)
    common(pw)


# ---------------------------------------------------------------------------------------------


def _open(args: argparse.Namespace):
    from pipeline.config import load_config
    from review.store import ReviewStore

    config = load_config(args.config)
    return config, config.state_path(args.state), ReviewStore.for_config(config, args.state)


def _age(created: datetime) -> str:
    seconds = (datetime.now(timezone.utc) - created).total_seconds()
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{int(seconds // size)}{unit}"
    return "now"


def cmd_queue(args: argparse.Namespace) -> int:
    config, state, store = _open(args)
    try:
        if args.queue_command == "list":
            return _list(args, store)
        if args.queue_command == "show":
            return _show(args, store, state)
        if args.queue_command == "decide":
            return _decide(args, config, state, store)
        n = store.export_training(args.path)
        print(f"{n} reviewed items -> {args.path}")
        return 0
    finally:
        store.close()


def _list(args: argparse.Namespace, store) -> int:
    entries = store.list(jurisdiction=args.jurisdiction, source=args.source,
                         older_than=args.older_than, max_confidence=args.max_confidence,
                         status=None if args.status == "all" else args.status, why=args.why,
                         limit=args.limit)
    if args.json:
        for e in entries:
            print(json.dumps(e.to_json(), ensure_ascii=False))
        return 0
    print(f"{'id':>6} {'age':>5} {'jurisdiction':<13} {'category':<12} {'conf':>5} "
          f"{'why':<16} {'status':<8} item")
    for e in entries:
        print(f"{e.id:>6} {_age(e.created_at):>5} {e.jurisdiction:<13} {e.category or '-':<12} "
              f"{e.confidence:>5.2f} {e.why:<16} {e.status:<8} {e.uri}")
    return 0


def _show(args: argparse.Namespace, store, state) -> int:
    from classifiers.cite import citation
    from labels.audit import AuditLog

    entry = store.get(args.id)
    _check_viewer(store, getattr(args, "user", None), entry, state)
    # Reading an entry shows document text: the audit log records who looked (not what).
    AuditLog(state / "audit.jsonl", actor=getattr(args, "user", None)).append(
        "review.viewed", entry.uri, queue_id=entry.id, sha256=entry.sha256, via="cli")
    if args.json:
        print(json.dumps(entry.to_json(content=True), ensure_ascii=False))
        return 0
    cite, heading = citation(entry.category)
    print(f"#{entry.id}  {entry.uri}")
    print(f"  status     {entry.status} ({entry.why}), queued {entry.created_at:%Y-%m-%d %H:%M} UTC"
          + (f", quarantine {entry.quarantine_id}" if entry.quarantine_id else ""))
    print(f"  decision   {entry.jurisdiction} {entry.category or ''}  "
          f"confidence {entry.confidence:.2f}")
    if cite:
        print(f"  cites      {cite} — {heading}")
    if entry.alternatives:
        print(f"  runner-up  {', '.join(entry.alternatives)}")
    if entry.error:
        print(f"  error      {entry.error}")
    print(f"  content    sha256 {entry.sha256 or '-'}, {entry.size} bytes, {entry.mime or '-'}")
    reviewed = store.reviewed(entry.sha256)
    if reviewed:
        print(f"  reviewed   {reviewed.kind} by {reviewed.reviewer} at "
              f"{reviewed.at:%Y-%m-%d %H:%M}: {reviewed.jurisdiction} {reviewed.category or ''}")
    print("  evidence")
    for r in entry.reasons:
        loc = r.get("location") or {}
        where = f"{loc.get('where', '')}@{loc.get('start', 0)}" if loc.get("end") else \
            loc.get("where", "")
        ref = citation(r.get("category"))[0] if r.get("category") else ""
        print(f"  - {r['code']:<26} {r['detector']:<28} {where:<18} "
              f"weight {r.get('weight', 0):.2f}{'  ' + ref if ref else ''}")
        if r.get("excerpt"):
            print(f"      “{r['excerpt']}”")
    return 0


def _decide(args: argparse.Namespace, config, state, store) -> int:
    from labels.audit import AuditLog

    override = bool(args.category or args.jurisdiction)
    kinds = [k for k, on in (("confirm", args.confirm), ("not_technical", args.not_technical),
                             ("release", args.release)) if on]
    if override and kinds and kinds != ["confirm"]:
        raise ConfigError("--category / --jurisdiction go with --confirm or on their own")
    kind = "override" if override and not kinds else (kinds[0] if kinds else None)
    if kind is None:
        raise ConfigError("say what you decide: --confirm, --category X, --jurisdiction J, "
                          "--not-technical or --release")
    entry = store.get(args.id)
    _check_reviewer(store, args.reviewer, entry)
    if kind == "confirm" and override:
        # A confirm that names the machine's own answer is a confirm; anything else overrides.
        if (args.jurisdiction or entry.jurisdiction) != entry.jurisdiction or \
                (args.category and args.category != entry.category):
            kind = "override"
    copies = [e for e in store.list(sha256=entry.sha256, limit=None)
              if e.id != entry.id] if entry.sha256 else []
    reviewed = store.decide(entry.id, reviewer=args.reviewer, kind=kind,
                            jurisdiction=args.jurisdiction, category=args.category, note=args.note)
    mode = args.mode or (config.mode if config.mode != "report" else "label")
    results = [_act(config, state, mode, e, reviewed) for e in [entry, *copies]]

    audit = AuditLog(state / "audit.jsonl")
    for e, result in zip([entry, *copies], results):
        audit.append(
            "review.decide", e.uri, queue_id=e.id, sha256=e.sha256, version=e.item_version,
            reviewer=reviewed.reviewer, kind=reviewed.kind,
            old={"jurisdiction": e.jurisdiction, "category": e.category,
                 "confidence": round(e.confidence, 4)},
            new={"jurisdiction": reviewed.jurisdiction, "category": reviewed.category},
            note_sha256=hashlib.sha256(reviewed.note.encode()).hexdigest() if reviewed.note else None,
            outcome={"action": result["action"], "status": result["status"],
                     "id": result.get("id")},
            mode=mode)
    if args.json:
        print(json.dumps({"reviewed": reviewed.to_json(), "actions": results}, ensure_ascii=False))
    else:
        print(f"#{entry.id}: {reviewed.kind} by {reviewed.reviewer}: {reviewed.jurisdiction} "
              f"{reviewed.category or ''}".rstrip())
        for r in results:
            print(f"  {r['uri']}: {r['action']} {r['status']}"
                  + (f" ({r['detail']})" if r.get("detail") else ""))
    failed = [r for r in results if r["status"] == "failed"]
    return 1 if failed else 0


def _check_reviewer(store, name: str, entry) -> None:
    """With a roster, only its reviewers and admins decide, and only U.S. persons decide on
    ITAR / EAR-controlled (or not yet determined) content. Without one, any name is taken."""
    users = store.list_users()
    if not users:
        return
    user = store.get_user(name)
    if user is None:
        raise ConfigError(f"{name} is not on the reviewer roster (enclave users list)")
    if not user.can_review():
        raise ConfigError(f"{name} is a {user.role}; deciding needs the reviewer or admin role")
    from review.effective import can_view

    if not can_view(user, entry, store):
        raise ConfigError(f"{name} is not marked a U.S. person and may not decide on "
                          "controlled (or not yet determined) content")


def _check_viewer(store, name: str | None, entry, state) -> None:
    """With a roster, ``show`` needs ``--user``, a name on it that may view the entry
    (``review.effective.can_view``); a refusal is audited as ``view.refused``. Without a roster
    the operator of the enclave host is taken to be entitled."""
    from labels.audit import AuditLog
    from review.effective import Access

    if not store.list_users():
        return
    if not name:
        raise ConfigError("the roster has users: say who is looking with --user NAME")
    user = store.get_user(name)
    if user is None:
        raise ConfigError(f"{name} is not on the roster (enclave users list)")
    access = Access(store, [entry])
    if not access.can_view(user, entry):
        AuditLog(state / "audit.jsonl", actor=name).append(
            "view.refused", entry.uri, version=entry.item_version,
            decision={"jurisdiction": entry.jurisdiction, "category": entry.category,
                      "confidence": round(entry.confidence, 4)},
            detail={"queue_id": entry.id, "via": "cli", "reason": "not a U.S. person",
                    "effective": access.effective(entry).to_json()})
        raise ConfigError(f"{name} is not marked a U.S. person and may not see queue entry "
                          f"{entry.id}: it is or may be export-controlled")


def _act(config, state, mode: str, entry, reviewed) -> dict[str, Any]:
    """Label (or quarantine, or release) one queued item as the reviewer decided."""
    from labels.enforce import ActionResult, Enforcer
    from review.apply import apply_reviewed

    if mode == "report":
        return ActionResult(entry.uri, "none", "skipped",
                            "report mode: decision recorded only").to_json()
    enforcer = Enforcer(config, state, mode=mode)
    try:
        return apply_reviewed(enforcer, entry, reviewed).to_json()
    except (EnclaveError, OSError) as exc:
        return ActionResult(entry.uri, "label", "failed", type(exc).__name__).to_json()
    finally:
        enforcer.close()


# ---------------------------------------------------------------------------------------------


def _read_password() -> str:
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise ConfigError("no password on standard input")
    return line


def cmd_users(args: argparse.Namespace) -> int:
    _config, _state, store = _open(args)
    try:
        if args.users_command == "add":
            password = _read_password() if args.password_stdin else None
            user = store.add_user(args.name, role=args.role, us_person=args.us_person,
                                  password=password)
            print(f"added {user.name}: {user.role}"
                  f"{', U.S. person' if user.us_person else ''}"
                  f"{'' if password else ', no password (SSO header only)'}")
            return 0
        if args.users_command == "passwd":
            store.set_password(args.name, _read_password())
            print(f"password set for {args.name}")
            return 0
        for u in store.list_users():
            if args.json:
                print(json.dumps(u.to_json()))
            else:
                print(f"{u.name:<20} {u.role:<9} {'U.S. person' if u.us_person else '-':<12} "
                      f"{'password' if u.password_hash else 'sso only'}")
        return 0
    finally:
        store.close()


__all__ = ["add_parsers", "cmd_queue", "cmd_users", "parse_age"]
