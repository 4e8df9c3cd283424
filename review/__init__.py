"""The review queue for export-control staff: its store, CLI and web UI.

    review/store.py     QueueEntry, ReviewedDecision, User; ReviewStore (SQLite by default,
                        PostgreSQL when a URL is configured), versioned migrations
    review/apply.py     a reviewer's decision -> label / quarantine / release (CLI and web alike)
    review/cli.py       enclave queue list|show|decide|export, enclave users add|list
    review/web/         enclave serve: queue, item page, dashboard, login, roles

Export-control specialists decide; Enclave prepares. A queue entry holds what the machine
found (decision, evidence with excerpts and locations, the extracted text to highlight it in),
which is why the store lives inside the enclave. A reviewer's decision is keyed by the item's
content hash: the same content found again (a copy, a move, the next sweep) inherits it instead
of being queued again.
"""
