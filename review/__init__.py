"""The review queue for export-control staff: its store, CLI and web UI. Not built yet;
decisions with ``review_required`` are listed in the sweep inventory meanwhile.
"""
