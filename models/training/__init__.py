"""The declared training workflow: data -> train -> evaluate -> package.

    python -m models.training.workflow all        # everything below, in order
    python -m models.training.workflow extract    # corpus files -> cached extractions
    python -m models.training.workflow static     # semantic token table + knowledge-base vectors
    python -m models.training.workflow textcat    # train the spaCy text classifiers
    python -m models.training.workflow combiner   # fit + calibrate the decision combiner
    python -m models.training.workflow card       # dev metrics, sha256s -> models/MODEL_CARD.md

Training reads ``models/corpus/train`` and ``models/corpus/dev`` only. The ``test`` split is read
by ``enclave evaluate`` for the final report and by nothing here.
"""
