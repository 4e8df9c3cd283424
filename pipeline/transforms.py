"""The sweep as Beam composite transforms:
Discover -> Extract -> Detect -> Decide -> Recall -> Enforce -> Record, and Queue.

Each stage wraps one function of ``pipeline.engine`` in a private DoFn that builds its heavy
object once per worker in ``setup``. Every stage has a dead-letter output (Beam's
``with_exception_handling``): an element that makes a stage raise becomes an ``UNDETERMINED``
decision with an error code, so no item is ever dropped. Only the exception *type* travels into
the record; exception text could quote document content.
"""

from __future__ import annotations

import logging
import os
from typing import Any, Iterable, Iterator

import apache_beam as beam
from apache_beam.io.parquetio import WriteToParquet
from apache_beam.io.textio import WriteToText

from classifiers.decide import Decider, Policy, failure_decision
from pipeline import engine
from pipeline.errors import ErrorCode, ExtractionError
from pipeline.extract import Extractor, Limits
from pipeline.record import INVENTORY_SCHEMA, decision_line, inventory_row
from pipeline.records import Decision, ItemRef, Versions
from pipeline.sources import open_source

LOG = logging.getLogger("enclave")
OK, FAILED, REVIEW = "ok", "failed", "review"
_STAGE_CODES = {"extract": ErrorCode.INTERNAL, "detect": ErrorCode.DETECTOR_FAILED,
                "decide": ErrorCode.DECIDER_FAILED}


def _uris(element: Any) -> list[tuple[str, str]]:
    """(uri, root) of every item a failed element stood for."""
    if isinstance(element, ItemRef):
        return [(element.uri, element.uri)]
    parts = getattr(element, "parts", ())
    return [(p.uri, p.root) for p in parts] or [(element.item.uri, element.item.uri)]


def _failed(failure: tuple[Any, tuple[type, str, list[str]]], stage: str,
            versions: Versions) -> Iterator[Decision]:
    element, (exc_type, _exc_repr, _tb) = failure
    code = _STAGE_CODES[stage]
    if issubclass(exc_type, ExtractionError):
        code = ErrorCode.EXTRACTOR_CRASH
    for uri, root in _uris(element):
        yield failure_decision(uri, root, versions, code,
                               f"{stage} stage failed: {exc_type.__name__}")


def _with_dead_letter(pcoll: beam.PCollection, label: str, dofn: beam.DoFn, stage: str,
                      versions: Versions, extra: tuple[str, ...] = ()) -> dict[str, beam.PCollection]:
    """Run ``dofn``; ``extra`` names further tagged outputs it emits, returned alongside."""
    result = pcoll | label >> beam.ParDo(dofn).with_exception_handling(main_tag=OK)
    good, bad = result[OK], result["bad"]
    failed = bad | f"{label}DeadLetter" >> beam.FlatMap(_failed, stage=stage, versions=versions)
    return {OK: good, FAILED: failed, **{tag: result[tag] for tag in extra}}


class Discover(beam.PTransform):
    """Source specs -> ItemRef for every item under them, spread across workers."""

    def __init__(self, sources: Iterable[str]) -> None:
        super().__init__()
        self.sources = list(sources)

    def expand(self, pbegin: beam.pvalue.PBegin) -> beam.PCollection:
        return (pbegin
                | "Sources" >> beam.Create(self.sources)
                | "List" >> beam.FlatMap(lambda spec: open_source(spec).list())
                | "Spread" >> beam.Reshuffle())


class _ExtractFn(beam.DoFn):
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.extractor: Extractor | None = None

    def setup(self) -> None:
        from pipeline.sources.fetch import Fetcher

        self.fetch = Fetcher(self.limits.max_bytes)

    def process(self, item: ItemRef) -> Iterator[engine.Extracted]:
        if self.extractor is None:
            # Built on the first item, once per worker: a sweep with nothing new to read (an
            # unchanged re-sweep) never starts the JVM.
            self.extractor = Extractor(self.limits)
        yield engine.extract_item(self.extractor, item, self.fetch)

    def teardown(self) -> None:
        if self.extractor is not None:
            self.extractor.close()


class Extract(beam.PTransform):
    """ItemRef -> Extracted (the item and its members). Real Apache Tika, OCR, CAD text."""

    def __init__(self, limits: Limits, versions: Versions) -> None:
        super().__init__()
        self.limits, self.versions = limits, versions

    def expand(self, items: beam.PCollection) -> dict[str, beam.PCollection]:
        return _with_dead_letter(items, "Parse", _ExtractFn(self.limits), "extract", self.versions)


class _DetectFn(beam.DoFn):
    def setup(self) -> None:
        self.detectors: list | None = None

    def process(self, extracted: engine.Extracted) -> Iterator[engine.Detected]:
        if self.detectors is None:          # once per worker, on the first item (see Extract)
            self.detectors = engine.build_detectors()
        yield engine.detect_parts(self.detectors, extracted)


class Detect(beam.PTransform):
    """Extracted -> Detected: every detector's evidence for every part."""

    def __init__(self, versions: Versions) -> None:
        super().__init__()
        self.versions = versions

    def expand(self, extracted: beam.PCollection) -> dict[str, beam.PCollection]:
        return _with_dead_letter(extracted, "Detectors", _DetectFn(), "detect", self.versions)


class _DecideFn(beam.DoFn):
    def __init__(self, versions: Versions, policy: Policy, progress_path: str | None,
                 outside: frozenset[str], review: tuple[str | None, str] | None = None) -> None:
        self.versions, self.policy, self.progress_path = versions, policy, progress_path
        self.outside, self.review = outside, review
        self._progress: int | None = None
        self.store = None

    def setup(self) -> None:
        self.decider = Decider(self.versions, self.policy, engine.load_combiner())
        if self.review is not None:
            # Reviewed archive members and attachments count as reviewed in their container.
            from review.store import ReviewStore

            self.store = ReviewStore.open(self.review[0], state_dir=self.review[1])
        if self.progress_path:
            # One byte per finished top-level item; the launcher watches the file's size.
            self._progress = os.open(self.progress_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)

    def process(self, detected: engine.Detected) -> Iterator[Decision]:
        recall = self.store.reviewed if self.store is not None else None
        decisions = engine.decide_parts(self.decider, detected, recall)
        if self._progress is not None:
            os.write(self._progress, b".")
        yield from decisions
        for reviewable in engine.reviewables(detected, decisions, self.outside):
            yield beam.pvalue.TaggedOutput(REVIEW, reviewable)

    def teardown(self) -> None:
        if self._progress is not None:
            os.close(self._progress)
        if self.store is not None:
            self.store.close()


class Decide(beam.PTransform):
    """Detected -> Decision for every part; containers take their members' worst.

    A second output, ``review``, carries a ``Reviewable`` (decision + the part's text) for every
    decision a person must see, and for controlled items from the ``outside`` sources (which
    the Enforce stage may quarantine)."""

    def __init__(self, versions: Versions, policy: Policy, progress_path: str | None = None,
                 outside: Iterable[str] = (), review: tuple[str | None, str] | None = None):
        super().__init__()
        self.versions, self.policy, self.progress_path = versions, policy, progress_path
        self.outside, self.review = frozenset(outside), review

    def expand(self, detected: beam.PCollection) -> dict[str, beam.PCollection]:
        fn = _DecideFn(self.versions, self.policy, self.progress_path, self.outside, self.review)
        return _with_dead_letter(detected, "Combine", fn, "decide", self.versions, (REVIEW,))


class _StoreFn(beam.DoFn):
    """A DoFn with a review store client, opened once per worker."""

    def __init__(self, store_url: str | None, state_dir: str) -> None:
        self.store_url, self.state_dir = store_url, state_dir
        self.store = None

    def setup(self) -> None:
        from review.store import ReviewStore

        self.store = ReviewStore.open(self.store_url, state_dir=self.state_dir)

    def teardown(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


class _RecallFn(_StoreFn):
    def process(self, decision: Decision) -> Iterator[Decision]:
        reviewed = self.store.reviewed(decision.sha256) if decision.sha256 else None
        yield engine.apply_review(decision, reviewed) if reviewed else decision


def _recall_failed(failure: tuple[Decision, Any]) -> Iterator[Decision]:
    # The store could not be asked: the machine's decision stands (and still asks for review).
    decision, (exc_type, _repr, _tb) = failure
    LOG.warning("recall of %s failed: %s", decision.uri, exc_type.__name__)
    yield decision


class Recall(beam.PTransform):
    """Decision -> Decision: content a reviewer has decided (same sha256, wherever it is now)
    takes the reviewer's jurisdiction and category, needs no review, and carries ``REVIEWED``."""

    def __init__(self, store_url: str | None, state_dir: str) -> None:
        super().__init__()
        self.store_url, self.state_dir = store_url, state_dir

    def expand(self, decisions: beam.PCollection) -> beam.PCollection:
        result = (decisions | "Lookup" >> beam.ParDo(_RecallFn(self.store_url, self.state_dir))
                  .with_exception_handling(main_tag=OK))
        kept = result["bad"] | "LookupFailed" >> beam.FlatMap(_recall_failed)
        return (result[OK], kept) | "Recalled" >> beam.Flatten()


class _QueueFn(_StoreFn):
    def process(self, element: tuple[str, dict[str, list]]) -> Iterator[int]:
        _uri, grouped = element
        quarantined = [a.id for a in grouped.get("actions", ())
                       if a.action == "quarantine" and a.status == "done" and a.id]
        for r in grouped.get("review", ()):
            if quarantined:
                entry = self.store.enqueue(r.decision, why="quarantined", segments=r.segments,
                                           quarantine_id=quarantined[0])
            elif r.why is not None:
                entry = self.store.enqueue(r.decision, why=r.why, segments=r.segments)
            else:
                continue
            if entry is not None:
                yield entry.id


class Queue(beam.PTransform):
    """Reviewable (+ the Enforce stage's ActionResults) -> review queue entries.

    Queues every decision that needs review, every UNDETERMINED item and every quarantined
    item, with its evidence and text, in the enclave-side review store. Content a reviewer
    already decided is not queued again (the store checks)."""

    def __init__(self, store_url: str | None, state_dir: str) -> None:
        super().__init__()
        self.store_url, self.state_dir = store_url, state_dir

    def expand(self, inputs: dict[str, beam.PCollection]) -> beam.PCollection:
        keyed = {"review": inputs["review"] | "ByUri" >> beam.Map(lambda r: (r.decision.uri, r))}
        if "actions" in inputs:
            keyed["actions"] = (inputs["actions"]
                                | "Quarantines" >> beam.Filter(lambda a: a.action == "quarantine")
                                | "ActionByUri" >> beam.Map(lambda a: (a.uri, a)))
        result = (keyed | "Join" >> beam.CoGroupByKey()
                  | "Enqueue" >> beam.ParDo(_QueueFn(self.store_url, self.state_dir))
                  .with_exception_handling(main_tag=OK))
        _ = result["bad"] | "EnqueueFailed" >> beam.Map(_queue_failed)
        return result[OK]


def _queue_failed(failure: tuple[Any, Any]) -> None:
    (uri, _grouped), (exc_type, _repr, _tb) = failure
    LOG.error("could not queue %s for review: %s", uri, exc_type.__name__)


class _EnforceFn(beam.DoFn):
    def __init__(self, config: Any, state_dir: str, mode: str) -> None:
        self.config, self.state_dir, self.mode = config, state_dir, mode

    def setup(self) -> None:
        from labels.enforce import Enforcer

        self.enforcer = Enforcer(self.config, self.state_dir, mode=self.mode)

    def process(self, decision: Decision) -> Iterator[Any]:
        ref = decision.item_ref()
        if ref is not None:
            yield self.enforcer.act(decision, ref)

    def teardown(self) -> None:
        if getattr(self, "enforcer", None) is not None:
            self.enforcer.close()


def _enforce_failed(failure: tuple[Any, tuple[type, str, list[str]]]) -> Iterator[Any]:
    from labels.enforce import ActionResult

    decision, (exc_type, _repr, _tb) = failure
    yield ActionResult(decision.uri, "none", "failed", f"enforce stage failed: {exc_type.__name__}")


class Enforce(beam.PTransform):
    """Decision -> ActionResult for every top-level item: label in place or quarantine,
    as the mode and the item's source allow (``labels.enforce``). Writes ``actions.jsonl``."""

    def __init__(self, config: Any, state_dir: str, mode: str, out_dir: str) -> None:
        super().__init__()
        self.config, self.state_dir, self.mode, self.out_dir = config, state_dir, mode, out_dir

    def expand(self, decisions: beam.PCollection) -> beam.PCollection:
        import json

        good, bad = (decisions
                     | "TopLevel" >> beam.Filter(lambda d: d.uri == d.root)
                     | "Act" >> beam.ParDo(_EnforceFn(self.config, self.state_dir, self.mode))
                     .with_exception_handling(main_tag=OK))
        results = ((good, bad | "ActFailed" >> beam.FlatMap(_enforce_failed))
                   | "AllActions" >> beam.Flatten())
        _ = (results
             | "ActionLines" >> beam.Map(lambda r: json.dumps(r.to_json(), ensure_ascii=False))
             | "Actions" >> WriteToText(os.path.join(self.out_dir, "actions"),
                                        file_name_suffix=".jsonl", num_shards=1,
                                        shard_name_template=""))
        return results


class Record(beam.PTransform):
    """Decision -> ``inventory.parquet`` and ``decisions.jsonl`` in the output folder."""

    def __init__(self, out_dir: str) -> None:
        super().__init__()
        self.out_dir = out_dir

    def expand(self, decisions: beam.PCollection) -> beam.pvalue.PDone:
        (decisions
         | "Rows" >> beam.Map(inventory_row)
         | "Inventory" >> WriteToParquet(os.path.join(self.out_dir, "inventory"), INVENTORY_SCHEMA,
                                         file_name_suffix=".parquet", num_shards=1,
                                         shard_name_template=""))
        return (decisions
                | "Lines" >> beam.Map(decision_line)
                | "Decisions" >> WriteToText(os.path.join(self.out_dir, "decisions"),
                                             file_name_suffix=".jsonl", num_shards=1,
                                             shard_name_template=""))


def build_sweep(p: beam.Pipeline, sources: list[str], out_dir: str, limits: Limits,
                policy: Policy, versions: Versions, progress_path: str | None = None,
                enforce: tuple[Any, str, str] | None = None,
                review: tuple[str | None, str] | None = None, state: Any = None) -> None:
    """The whole sweep, stage by stage. Read this to see the data flow.

    ``enforce`` = (config, state_dir, mode) adds the Enforce stage (labels, quarantine).
    ``review`` = (store URL or None, state_dir) adds Recall (reviewed decisions by content
    hash replace the machine's) and Queue (what a person must see goes to the review store).
    ``state`` (``pipeline.state.SweepState``) makes the sweep incremental: SkipUnchanged right
    after Discover carries unchanged items over and re-decides from stored evidence where that
    is enough; Remember writes the state store at the end."""
    outside: frozenset[str] = frozenset()
    if enforce is not None and enforce[2] == "enforce":
        outside = frozenset(s for s in sources if not enforce[0].source_policy(s).inside)
    items = p | "Discover" >> Discover(sources)
    if state is not None:
        from pipeline.state import Remember, SkipUnchanged

        planned = items | "SkipUnchanged" >> SkipUnchanged(state, policy, review)
        items = planned["process"]
    extracted = items | "Extract" >> Extract(limits, versions)
    detected = extracted[OK] | "Detect" >> Detect(versions)
    decided = detected[OK] | "Decide" >> Decide(versions, policy, progress_path, outside, review)
    failures = ((extracted[FAILED], detected[FAILED], decided[FAILED])
                | "AllFailures" >> beam.Flatten())
    decisions = (decided[OK], failures) | "AllDecisions" >> beam.Flatten()
    if state is not None:
        decisions = (decisions, planned["redecided"]) | "WithRedecided" >> beam.Flatten()
    if review is not None:
        decisions = decisions | "Recall" >> Recall(*review)
    actions = None
    if enforce is not None:
        config, state_dir, mode = enforce
        actions = decisions | "Enforce" >> Enforce(config, state_dir, mode, out_dir)
    if state is not None:
        remember = {"refs": planned["refs"], "decisions": decisions, "carried": planned["carried"]}
        if actions is not None:
            remember["actions"] = actions        # an item is remembered once it was acted on
        _ = remember | "Remember" >> Remember(state)
        decisions = (decisions, planned["carried"]) | "WithCarried" >> beam.Flatten()
    _ = decisions | "Record" >> Record(out_dir)
    if review is not None:
        failed = failures | "FailedForReview" >> beam.Map(
            lambda d: engine.Reviewable(d, (), engine.queue_reason(d)))
        to_queue = {"review": (decided[REVIEW], failed) | "AllForReview" >> beam.Flatten()}
        if actions is not None:
            to_queue["actions"] = actions
        _ = to_queue | "Queue" >> Queue(*review)
