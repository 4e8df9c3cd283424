"""Sensitivity labels: the export-control label taxonomy and the writers that put labels into
files, where downstream DLP (Microsoft Purview, cloud DLP, mail gateways) enforces them.

* ``labels.taxonomy`` — ``taxonomy.yaml`` (or a customer's copy with their tenant's label GUIDs)
  loaded and validated: ITAR, EAR, EAR99, Undetermined and Uncontrolled labels with id, name,
  colour, DLP tags, rank and marking text; ``Taxonomy.for_decision`` picks the label for a
  decision, ``needs_review_to_replace`` says when a change lowers a label.
* ``labels.ooxml`` — MSIP label metadata in docx / xlsx / pptx (``docProps/custom.xml`` and
  ``docMetadata/LabelInfo.xml``), untouched package members copied byte for byte.
* ``labels.pdf`` — the same label in a PDF's document information and XMP, appended as an
  incremental update so the original bytes stay a prefix of the labelled file.

Every writer is idempotent (writing the label a file already has returns False and leaves the
file alone) and replaces the file atomically.
"""
