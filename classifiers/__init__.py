"""Detectors, knowledge base and the decision combiner."""
