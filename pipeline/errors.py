"""Enclave's exception tree and its stable error codes.

    EnclaveError                 base of everything Enclave raises on purpose
    ├── ConfigError              bad command line, options or configuration file (exit code 2)
    ├── SourceError              a source cannot be listed or an item cannot be opened
    ├── ExtractionError          an item's content cannot be read (carries an ErrorCode)
    ├── DetectionError           a detector failed on an item
    └── LabelError               a label could not be written

Error *codes* are a contract: they appear in inventories and decision records, and users filter
on them. Add codes; never rename or reuse one. Messages never carry document text.
"""

from __future__ import annotations

import enum


class ErrorCode(str, enum.Enum):
    """Stable codes for why an item could not be decided (it then gets ``UNDETERMINED``)."""

    EMPTY = "E_EMPTY"                      # zero bytes: nothing to classify, a person must look
    NO_TEXT = "E_NO_TEXT"                  # parsed fine but yielded no text (e.g. blank scan)
    CORRUPT = "E_CORRUPT"                  # the parser could not read the bytes as their format
    TYPE_MISMATCH = "E_TYPE_MISMATCH"      # content is not what the name claims (x.docx is random bytes)
    ENCRYPTED = "E_ENCRYPTED"              # password protected / encrypted content
    UNSUPPORTED = "E_UNSUPPORTED"          # no extractor for this type
    TOO_LARGE = "E_TOO_LARGE"              # over the per-item byte limit
    TIMEOUT = "E_TIMEOUT"                  # extraction ran past its time limit and was killed
    EXTRACTOR_CRASH = "E_EXTRACTOR_CRASH"  # the extraction engine died on this item
    UNREADABLE = "E_UNREADABLE"            # the item could not be opened (permissions, vanished)
    EMBEDDED = "E_EMBEDDED"                # a member of a container failed to parse
    DETECTOR_FAILED = "E_DETECTOR_FAILED"  # a detector raised on this item
    DECIDER_FAILED = "E_DECIDER_FAILED"    # the decision stage raised on this item
    INTERNAL = "E_INTERNAL"                # anything else: a bug, reported with its exception type
    DECOMPRESSION_BOMB = "E_DECOMPRESSION_BOMB"  # an archive expands past the ratio / size limits
    TOO_DEEP = "E_TOO_DEEP"                # containers nested past max_depth: inner members unread


class EnclaveError(Exception):
    """Base class for errors Enclave raises on purpose."""

    exit_code = 1


class ConfigError(EnclaveError):
    """Invalid command line, options or configuration; the run does not start."""

    exit_code = 2


class SourceError(EnclaveError):
    """A source cannot be listed, or an item in it cannot be opened."""


class ExtractionError(EnclaveError):
    """An item's content cannot be read. ``code`` says why, in the stable vocabulary."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code


class DetectionError(EnclaveError):
    """A detector failed on an item."""


class LabelError(EnclaveError):
    """A label could not be written."""
