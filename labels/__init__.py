"""Sensitivity labels: the taxonomy (jurisdiction -> label name, id, colour, DLP tags), label
writers per format and backend, quarantine and tombstones. Nothing is written to items yet:
sweeps report only.
"""
