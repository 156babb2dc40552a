# Everything a fresh machine needs: `make report`, `make test`, `make lab`, `make bench`.
# Each target builds .venv from requirements.txt first (again whenever requirements.txt changes).
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.requirements.sha256
REQ_SHA := $(shell sha256sum requirements.txt | cut -d' ' -f1)
DATA ?= data/articles
TIMEOUT ?= 600

.PHONY: venv test report lab bench clean

venv: $(STAMP)

# The stamp holds the hash of the requirements the venv was built from; a changed file rebuilds it.
$(STAMP): requirements.txt
	@if [ ! -x $(BIN)/python ] || [ "$$(cat $(STAMP) 2>/dev/null)" != "$(REQ_SHA)" ]; then \
	  echo "Building $(VENV) from requirements.txt with $(PYTHON)"; \
	  rm -rf $(VENV) && $(PYTHON) -m venv $(VENV) && \
	  $(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt && \
	  echo "$(REQ_SHA)" > $(STAMP); \
	fi
	@touch $(STAMP)

test: venv
	$(BIN)/python -m pytest -q tests

report: venv
	$(BIN)/python scripts/report.py --data "$(DATA)" --timeout $(TIMEOUT)

lab: venv
	$(BIN)/jupyter lab --notebook-dir=.

bench: venv
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf reports .cache .pytest_cache
