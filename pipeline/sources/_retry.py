"""One retry policy for the cloud backends, handed to each SDK in its own terms.

Transient failures (throttling, 5xx, dropped connections, timeouts) are retried by the SDKs
themselves with exponential backoff and jitter; this module only makes their settings explicit
and the same everywhere, instead of relying on three different defaults:

    google-cloud-storage   api_core Retry (storage's own transient predicate) with a deadline
    azure-storage-blob     ExponentialRetry through the client's retry_* keywords
    boto3                  botocore "standard" retry mode (throttling, 5xx, connection errors)

Writes are only retried when they are conditional (generation / etag / If-None-Match), so a
retried write can never apply twice or over somebody else's change.
"""

from __future__ import annotations

from typing import Any

ATTEMPTS = 5              # first try included
INITIAL_BACKOFF_S = 0.5
MAX_BACKOFF_S = 8.0
DEADLINE_S = 60.0         # give up on one call after this long, retries included
CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 60.0


def gcs_retry() -> Any:
    """The retry object to pass as ``retry=`` to google-cloud-storage calls."""
    from google.cloud.storage.retry import DEFAULT_RETRY

    return DEFAULT_RETRY.with_delay(initial=INITIAL_BACKOFF_S, maximum=MAX_BACKOFF_S,
                                    multiplier=2.0).with_timeout(DEADLINE_S)


def gcs_timeout() -> tuple[float, float]:
    """(connect, read) timeout for one google-cloud-storage request."""
    return (CONNECT_TIMEOUT_S, READ_TIMEOUT_S)


def azure_client_kwargs() -> dict[str, Any]:
    """Keywords for azure-storage-blob client constructors (ExponentialRetry, timeouts)."""
    from azure.storage.blob import ExponentialRetry

    # Waits initial_backoff, then initial_backoff + increment_base ** n seconds, +- jitter.
    policy = ExponentialRetry(initial_backoff=1, increment_base=2, retry_total=ATTEMPTS - 1,
                              retry_to_secondary=False, random_jitter_range=1)
    return {"retry_policy": policy, "connection_timeout": CONNECT_TIMEOUT_S,
            "read_timeout": READ_TIMEOUT_S}


def s3_config() -> Any:
    """The botocore Config for boto3 S3 clients."""
    from botocore.config import Config

    return Config(retries={"mode": "standard", "total_max_attempts": ATTEMPTS},
                  connect_timeout=CONNECT_TIMEOUT_S, read_timeout=READ_TIMEOUT_S)
