"""``enclave watch``: decide new and changed items within seconds of the change.

    enclave watch /srv/share/eng                       poll a folder (default every second)
    enclave watch az://acct/container --queue-url URL  Azure Blob events from a storage queue
    enclave watch gs://bucket/prefix --interval 30     any other source: poll its listing

Each change goes through the same per-item stage functions as the Beam sweep, in this process:
``engine.extract_item`` -> ``engine.detect_parts`` -> ``engine.decide_parts`` -> Recall
(reviewers' decisions, by content hash) -> ``Enforcer.act`` -> the review queue -> the state
store (``pipeline.state``). It is a loop, not a Beam streaming pipeline: a Beam unbounded source
on the DirectRunner is heavy for one folder, and the stage code is the same either way. The
heavy objects (Tika child process, detectors, decider) are built once at start.

Change events:

- **a local folder** is polled with ``os.scandir`` (through the local source's listing, so its
  rules apply: no symbolic links, no label sidecars). A new or changed file is taken once its
  version (mtime + size) is the same on two polls in a row, so a file still being written is
  not read half-way. A file that disappears is recorded as deleted.
- **Azure Blob Storage** through an Azure Storage queue that an Event Grid subscription fills
  with ``Microsoft.Storage.BlobCreated`` / ``BlobDeleted`` events (Event Grid or CloudEvents
  schema, base64-encoded or plain JSON). Each event's blob is looked up again (its current
  ETag), decided, and only then is the message deleted from the queue; a message that keeps
  failing is dropped after ``MAX_DEQUEUE`` attempts and logged by id. Credentials come from
  ``AZURE_STORAGE_CONNECTION_STRING`` (or azure-identity for a queue URL without it).
- **any other source** without a queue: its listing is polled every ``--interval`` seconds.

Idempotent: before any work the state store is asked whether this item version was already
decided under the same rules, models and settings; a replayed or duplicate event (a restart,
Event Grid's at-least-once delivery) therefore repeats nothing, and the action journal keeps
labels and quarantines from being repeated in any case. SIGINT and SIGTERM finish the item in
hand, close the extraction process and exit 0.

Output in ``--out``: ``decisions.jsonl`` and ``actions.jsonl`` are appended to, one line per
decision / action (no document text); one line per decided item goes to standard output.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Sequence
from urllib.parse import unquote, urlparse

from pipeline.errors import ConfigError, EnclaveError, ErrorCode, ExtractionError
from pipeline.records import Decision, ItemRef
from pipeline.sources import ref_at
from pipeline.state import (CARRY, REDECIDE, StateStore, SweepState, enforce_key, plan,
                            policy_key, redecide, store_url)

LOG = logging.getLogger("enclave.watch")
MAX_DEQUEUE = 5
VISIBILITY_TIMEOUT_S = 300
CREATED = ("Microsoft.Storage.BlobCreated",)
DELETED = ("Microsoft.Storage.BlobDeleted",)


@dataclass
class Event:
    kind: str                                   # "item" | "deleted"
    uri: str
    ref: ItemRef | None = None
    ack: Callable[[], None] | None = None       # call once the event is dealt with


# ---------------------------------------------------------------------------------------------
# Event feeds


class ListingPoller:
    """New, changed and vanished items of a source, by comparing listings.

    An item is reported once its version has been the same on two polls in a row."""

    def __init__(self, source: Any) -> None:
        self.source = source
        self.known: dict[str, str] = {}         # uri -> version handed out
        self.pending: dict[str, ItemRef] = {}   # uri -> ref seen on the last poll, not yet out

    def poll(self) -> list[Event]:
        events: list[Event] = []
        seen: set[str] = set()
        for ref in self.source.list():
            seen.add(ref.uri)
            if self.known.get(ref.uri) == ref.version:
                self.pending.pop(ref.uri, None)
                continue
            last = self.pending.get(ref.uri)
            if last is not None and last.version == ref.version:
                del self.pending[ref.uri]
                self.known[ref.uri] = ref.version
                events.append(Event("item", ref.uri, ref))
            else:
                self.pending[ref.uri] = ref
        for uri in [u for u in self.known if u not in seen]:
            del self.known[uri]
            events.append(Event("deleted", uri))
        for uri in [u for u in self.pending if u not in seen]:
            del self.pending[uri]
        return events

    def close(self) -> None:
        pass


def _queue_client(queue_url: str) -> Any:
    try:
        from azure.storage.queue import QueueClient
    except ImportError:
        raise ConfigError("--queue-url needs the azure-storage-queue package") from None
    from pipeline.sources._retry import azure_client_kwargs
    from pipeline.sources.azure import CONNECTION_STRING, connection_account

    conn = os.environ.get(CONNECTION_STRING)
    if "://" not in queue_url:                       # a bare queue name
        if not conn:
            raise ConfigError(f"--queue-url {queue_url}: a queue name needs {CONNECTION_STRING}")
        return QueueClient.from_connection_string(conn, queue_url, **azure_client_kwargs())
    parsed = urlparse(queue_url)
    segments = [s for s in parsed.path.split("/") if s]
    if not segments:
        raise ConfigError(f"--queue-url {queue_url}: no queue name in the URL")
    name = segments[-1]
    host_account = parsed.hostname.split(".")[0] if parsed.hostname and \
        parsed.hostname.endswith(".core.windows.net") else (segments[0] if len(segments) > 1 else None)
    if conn:
        named = connection_account(conn)
        if host_account and named != host_account:
            raise ConfigError(f"--queue-url {queue_url}: {CONNECTION_STRING} is for account "
                              f"{named or '(none)'}, not {host_account}")
        return QueueClient.from_connection_string(conn, name, **azure_client_kwargs())
    try:
        from azure.identity import DefaultAzureCredential
    except ImportError:
        raise ConfigError(f"--queue-url {queue_url}: set {CONNECTION_STRING}, or install "
                          "azure-identity to sign in with an Azure identity") from None
    return QueueClient.from_queue_url(queue_url, credential=DefaultAzureCredential(),
                                      **azure_client_kwargs())


def parse_blob_events(content: str | bytes) -> list[tuple[str, str]]:
    """(event type, az:// uri) for each blob event in one queue message.

    Accepts the Event Grid and CloudEvents schemas, one event or a list, as plain or
    base64-encoded JSON. Raises ValueError for a message that is neither."""
    if isinstance(content, bytes):
        content = content.decode("utf-8")
    try:
        payload = json.loads(content)
    except ValueError:
        payload = json.loads(base64.b64decode(content, validate=True).decode("utf-8"))
    events = payload if isinstance(payload, list) else [payload]
    out = []
    for e in events:
        if not isinstance(e, dict):
            raise ValueError("event is not a JSON object")
        kind = e.get("eventType") or e.get("type") or ""
        uri = _blob_uri(e)
        if uri is not None:
            out.append((kind, uri))
    return out


def _blob_uri(event: dict[str, Any]) -> str | None:
    topic = event.get("topic") or event.get("source") or ""
    subject = event.get("subject") or ""
    data = event.get("data") or {}
    account = topic.rsplit("/storageAccounts/", 1)[1].split("/")[0] \
        if "/storageAccounts/" in topic else None
    url = data.get("url") if isinstance(data, dict) else None
    parsed = urlparse(url) if url else None
    if account is None and parsed is not None and parsed.hostname:
        host = parsed.hostname
        account = host.split(".")[0] if host.endswith(".core.windows.net") else \
            next((s for s in parsed.path.split("/") if s), None)    # path-style (emulator)
    prefix = "/blobServices/default/containers/"
    if subject.startswith(prefix) and "/blobs/" in subject:
        container, _, blob = subject[len(prefix):].partition("/blobs/")
    elif parsed is not None:
        parts = [unquote(s) for s in parsed.path.split("/") if s]
        if parsed.hostname and not parsed.hostname.endswith(".core.windows.net"):
            parts = parts[1:]                                     # drop the account segment
        if len(parts) < 2:
            return None
        container, blob = parts[0], "/".join(parts[1:])
    else:
        return None
    if not account or not container or not blob:
        return None
    return f"az://{account}/{container}/{blob}"


class QueueFeed:
    """Blob events from an Azure Storage queue (Event Grid subscription)."""

    def __init__(self, queue_url: str, source: Any) -> None:
        self.client = _queue_client(queue_url)
        self.source = source
        self.root = source.spec.rstrip("/")
        try:
            self.client.get_queue_properties()
        except Exception as exc:   # noqa: BLE001 - any SDK failure: the queue is not usable
            raise ConfigError(f"--queue-url {queue_url}: cannot read the queue "
                              f"({type(exc).__name__})") from None

    def _under_source(self, uri: str) -> bool:
        return uri == self.root or uri.startswith(self.root + "/")

    def poll(self) -> list[Event]:
        events: list[Event] = []
        for msg in self.client.receive_messages(messages_per_page=32, max_messages=32,
                                                visibility_timeout=VISIBILITY_TIMEOUT_S):
            ack = _acker(self.client, msg)
            try:
                blob_events = parse_blob_events(msg.content)
            except (ValueError, UnicodeDecodeError):
                LOG.warning("queue message %s is not a blob event; dropped", msg.id)
                ack()
                continue
            wanted = [(k, u) for k, u in blob_events
                      if self._under_source(u) and (k in CREATED or k in DELETED)]
            if not wanted:
                ack()
                continue
            if msg.dequeue_count and msg.dequeue_count > MAX_DEQUEUE:
                LOG.error("queue message %s failed %d times; dropped", msg.id, msg.dequeue_count)
                ack()
                continue
            for i, (kind, uri) in enumerate(wanted):
                last = ack if i == len(wanted) - 1 else None
                if kind in DELETED:
                    events.append(Event("deleted", uri, ack=last))
                    continue
                current = ref_at(self.source, uri)
                if current is None:          # gone again since the event: nothing to decide
                    events.append(Event("deleted", uri, ack=last))
                else:
                    events.append(Event("item", uri, current, ack=last))
        return events

    def close(self) -> None:
        self.client.close()


def _acker(client: Any, msg: Any) -> Callable[[], None]:
    def ack() -> None:
        from azure.core.exceptions import ResourceNotFoundError

        try:
            client.delete_message(msg)
        except ResourceNotFoundError:        # already gone (visibility expired, taken again)
            pass
    return ack


# ---------------------------------------------------------------------------------------------
# Per-item processing with the stage functions


class Processor:
    """Extract -> detect -> decide -> recall -> enforce -> queue -> remember, for one item."""

    def __init__(self, config: Any, spec: str, state_dir: Path, out: Path, mode: str) -> None:
        from classifiers.decide import Decider
        from pipeline import engine
        from pipeline.extract import Extractor
        from pipeline.sources.fetch import Fetcher

        self.engine = engine
        self.config, self.spec, self.mode = config, spec, mode
        policy = config.source_policy(spec)
        versions = engine.current_versions()
        self.state = SweepState(url=store_url(state_dir, getattr(getattr(config, "state", None),
                                                                 "url", None)),
                                sweep_id="watch-" + time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()),
                                versions=versions, policy=policy_key(config.policy()),
                                enforce=((spec, enforce_key(mode, policy.inside, policy.quarantine)),))
        self.store = StateStore.open(self.state.url)
        self.outside = frozenset() if policy.inside else frozenset({spec})
        self.review = None
        try:
            from review.store import ReviewStore, store_url as review_url

            self.review = ReviewStore.open(review_url(config), state_dir=state_dir)
        except ImportError:
            pass
        self.enforcer = None
        if mode != "report" or not policy.inside:
            from labels.enforce import Enforcer

            self.enforcer = Enforcer(config, state_dir, mode=mode)
            for r in self.enforcer.resume_pending():
                print(f"resumed {r.id}: {r.status}", file=sys.stderr)
        limits = config.extract_limits()
        self.extractor = Extractor(limits)
        self.fetch = Fetcher(limits.max_bytes)
        self.detectors = engine.build_detectors()
        self.decider = Decider(versions, config.policy(), engine.load_combiner())
        out.mkdir(parents=True, exist_ok=True)
        self.decisions_file = (out / "decisions.jsonl").open("a", encoding="utf-8")
        self.actions_file = (out / "actions.jsonl").open("a", encoding="utf-8")

    def close(self) -> None:
        for closer in (self.extractor.close, self.store.close, self.decisions_file.close,
                       self.actions_file.close,
                       self.enforcer.close if self.enforcer else None,
                       self.review.close if self.review else None):
            if closer is not None:
                try:
                    closer()
                except Exception:  # noqa: BLE001 - closing on the way out: keep closing
                    LOG.warning("closing failed", exc_info=False)

    def deleted(self, uri: str) -> bool:
        return self.store.mark_deleted(uri)

    def handle(self, ref: ItemRef) -> list[Decision] | None:
        """Decide one item version; None when the state store says it is already decided."""
        step = plan(self.store.get(ref.uri), ref, self.state)
        if step == CARRY:
            return None
        recall = self.review.reviewed if self.review is not None else None
        decisions: list[Decision] | None = None
        detected = None
        if step == REDECIDE:
            try:
                decisions = redecide(self.decider, ref, self.store.get(ref.uri).decisions, recall)
            except Exception:  # noqa: BLE001 - stored evidence unusable: read the item
                decisions = None
        if decisions is None:
            decisions, detected = self._process(ref, recall)
        decisions = [self._recall(d) if d.uri == ref.uri else d for d in decisions]
        top = next(d for d in decisions if d.uri == ref.uri)
        action = None
        if self.enforcer is not None and top.item_ref() is not None:
            try:
                action = self.enforcer.act(top, ref)
            except Exception as exc:  # noqa: BLE001 - as the Enforce stage's dead letter
                from labels.enforce import ActionResult

                action = ActionResult(ref.uri, "none", "failed",
                                      f"enforce stage failed: {type(exc).__name__}")
            self.actions_file.write(json.dumps(action.to_json(), ensure_ascii=False) + "\n")
            self.actions_file.flush()
        if detected is not None:
            self._queue(detected, decisions, action)
        if action is None or action.status != "failed":
            self.store.remember([(ref, decisions, self.state.policy,
                                  self.state.enforce_for(ref.source))], self.state.sweep_id)
        for d in decisions:
            self.decisions_file.write(json.dumps({**d.to_json(), "processing": d.processing},
                                                 ensure_ascii=False) + "\n")
        self.decisions_file.flush()
        return decisions

    def _process(self, ref: ItemRef, recall: Any) -> tuple[list[Decision], Any]:
        from classifiers.decide import failure_decision

        stage = "extract"
        try:
            extracted = self.engine.extract_item(self.extractor, ref, self.fetch)
            stage = "detect"
            detected = self.engine.detect_parts(self.detectors, extracted)
            stage = "decide"
            return self.engine.decide_parts(self.decider, detected, recall), detected
        except Exception as exc:  # noqa: BLE001 - the dead letter of the batch stages
            code = {"extract": ErrorCode.INTERNAL, "detect": ErrorCode.DETECTOR_FAILED,
                    "decide": ErrorCode.DECIDER_FAILED}[stage]
            if isinstance(exc, ExtractionError):
                code = ErrorCode.EXTRACTOR_CRASH
            d = failure_decision(ref.uri, ref.uri, self.state.versions, code,
                                 f"{stage} stage failed: {type(exc).__name__}")
            return [replace(d, item_version=ref.version, source=ref.source, size=ref.size)], None

    def _recall(self, decision: Decision) -> Decision:
        if self.review is None or not decision.sha256:
            return decision
        try:
            reviewed = self.review.reviewed(decision.sha256)
        except Exception:  # noqa: BLE001 - as the Recall stage: the machine's decision stands
            return decision
        return self.engine.apply_review(decision, reviewed) if reviewed else decision

    def _queue(self, detected: Any, decisions: Sequence[Decision], action: Any) -> None:
        if self.review is None:
            return
        quarantined = (action.id if action is not None and action.action == "quarantine"
                       and action.status == "done" else None)
        try:
            for r in self.engine.reviewables(detected, decisions, self.outside):
                if quarantined:
                    self.review.enqueue(r.decision, why="quarantined", segments=r.segments,
                                        quarantine_id=quarantined)
                elif r.why is not None:
                    self.review.enqueue(r.decision, why=r.why, segments=r.segments)
        except Exception as exc:  # noqa: BLE001 - as the Queue stage: logged by uri only
            LOG.error("could not queue %s for review: %s", detected.item.uri, type(exc).__name__)


# ---------------------------------------------------------------------------------------------
# The loop


class Watch:
    def __init__(self, feed: Any, processor: Processor, *, interval: float,
                 max_events: int | None = None, idle_exit: float | None = None,
                 stop: threading.Event | None = None, echo: Callable[[str], None] = print) -> None:
        self.feed, self.processor, self.interval = feed, processor, interval
        self.max_events, self.idle_exit = max_events, idle_exit
        self.stop = stop or threading.Event()
        self.echo = echo
        self.events = self.decided = 0

    def run(self) -> int:
        last_event = time.monotonic()
        while not self.stop.is_set():
            try:
                events = self.feed.poll()
            except EnclaveError as exc:
                LOG.warning("polling failed: %s", exc)
                events = []
            for event in events:
                if self.stop.is_set():
                    break                    # unacknowledged events come back next time
                self._one(event)
                self.events += 1
                last_event = time.monotonic()
                if self.max_events is not None and self.events >= self.max_events:
                    self.stop.set()
            if self.stop.is_set():
                break
            if self.idle_exit is not None and time.monotonic() - last_event >= self.idle_exit:
                break
            self.stop.wait(self.interval)
        return self.events

    def _one(self, event: Event) -> None:
        try:
            if event.kind == "deleted":
                if self.processor.deleted(event.uri):
                    self.echo(f"deleted  {event.uri}")
            else:
                decisions = self.processor.handle(event.ref)
                if decisions:
                    top = next(d for d in decisions if d.uri == event.uri)
                    self.decided += 1
                    review = " review" if top.review_required else ""
                    self.echo(f"decided  {top.uri}  {top.jurisdiction.value} "
                              f"{top.category or '-'} {top.confidence:.2f}{review} "
                              f"({top.processing})")
        except Exception as exc:  # noqa: BLE001 - one bad event must not stop the watch
            LOG.error("event for %s failed: %s", event.uri, type(exc).__name__)
            return                            # not acknowledged: the queue delivers it again
        if event.ack is not None:
            event.ack()


def run_watch(args: Any) -> int:
    from pipeline.config import load_config
    from pipeline.sources import open_source, scheme_of

    config = load_config(args.config)
    spec = args.source
    config.source_policy(spec)                          # unlisted source: fail now
    source = open_source(spec)
    mode = args.mode or config.mode
    policy = config.source_policy(spec)
    if mode == "enforce" and not policy.inside and not policy.quarantine:
        raise ConfigError("enforce mode needs a quarantine location for every source outside "
                          "the enclave")
    if args.queue_url:
        if scheme_of(spec) != "az":
            raise ConfigError("--queue-url carries Azure Blob events: the source must be an "
                              "az://account/container[/prefix] uri")
        feed: Any = QueueFeed(args.queue_url, source)
    else:
        feed = ListingPoller(source)
    interval = args.interval if args.interval is not None else (
        1.0 if scheme_of(spec) == "file" else (1.0 if args.queue_url else 30.0))
    state_dir = config.state_path(args.state)
    processor = Processor(config, source.spec, state_dir, Path(args.out).absolute(), mode)
    stop = threading.Event()
    previous = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, lambda *_: stop.set())
    watch = Watch(feed, processor, interval=interval, max_events=args.max_events,
                  idle_exit=args.idle_exit, stop=stop,
                  echo=lambda line: print(line, flush=True))
    how = f"queue {args.queue_url}" if args.queue_url else f"polling every {interval:g} s"
    print(f"watching {spec} ({how}); state {processor.state.url}", file=sys.stderr, flush=True)
    try:
        watch.run()
    finally:
        processor.close()
        feed.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print(f"stopped: {watch.events} events, {watch.decided} items decided", file=sys.stderr,
          flush=True)
    return 0
