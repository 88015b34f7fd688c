# UN resolutions as data. `make` builds everything; `make test` checks everything.
# Run `make help` for the list of targets.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
CORPUS ?= ../shared/corpus
NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))
# Notebooks 10 and up read a corpus (../shared/corpus, data/external or $$UNRES_CORPUS).
CORPUS_NOTEBOOKS := $(sort $(wildcard notebooks/1[0-9]-*.ipynb))
SEED_NOTEBOOKS := $(filter-out $(CORPUS_NOTEBOOKS),$(NOTEBOOKS))

.DEFAULT_GOAL := all
.PHONY: all help install data figures test test-corpus lint format evaluate bench report lab corpus sync clean

all: install data figures ## Set up, parse data/raw, run the notebooks, write figures/ (the default)
	@echo ""
	@echo "Wrote:"
	@find data/processed -type f ! -name .gitkeep | sort | sed 's/^/  /'
	@find figures -type f | sort | sed 's/^/  /'

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev]'
	$(PY) -m ipykernel install --sys-prefix --name python3 > /dev/null
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the project with pinned dependencies

data: $(STAMP) ## Parse data/raw into data/processed (Parquet and CSV)
	$(PY) -m helpers parse data/raw --format parquet --out data/processed
	$(PY) -m helpers parse data/raw --format csv --out data/processed
	$(PY) -m helpers parse data/raw --format json --out data/processed

figures: $(STAMP) ## Execute the notebooks in place and save figures/ (corpus notebooks: when a corpus is configured)
	$(PY) -m helpers notebooks --execute $(SEED_NOTEBOOKS)
	@if $(PY) -c "from helpers.paths import corpus_path; raise SystemExit(corpus_path() is None)"; \
	then $(PY) -m helpers notebooks --execute $(CORPUS_NOTEBOOKS); \
	else echo "No corpus configured (UNRES_CORPUS, data/external or $(CORPUS)): the corpus notebooks keep their stored outputs."; fi

test: $(STAMP) ## Lint, run the tests, nbval strict on every notebook (corpus notebooks: when ../shared/corpus is there)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -q
	$(BIN)/pytest -q -p no:cacheprovider --nbval --nbval-sanitize-with notebooks/sanitize.cfg $(SEED_NOTEBOOKS)
	UNRES_CORPUS=/nonexistent $(BIN)/pytest -q -p no:cacheprovider --nbval-lax $(CORPUS_NOTEBOOKS)
	@if [ -d "$(CORPUS)/unxml-ga" ]; then $(MAKE) --no-print-directory test-corpus; \
	else echo "No corpus at $(CORPUS): the corpus notebooks were checked to stop cleanly without one."; fi

test-corpus: $(STAMP) ## nbval strict on the corpus notebooks, on $(CORPUS) (builds data/processed/corpus first)
	UNRES_CORPUS=$(abspath $(CORPUS)) $(PY) -m helpers corpus-tables
	UNRES_CORPUS=$(abspath $(CORPUS)) $(BIN)/pytest -q -p no:cacheprovider --nbval --nbval-sanitize-with notebooks/sanitize.cfg $(CORPUS_NOTEBOOKS)

lint: $(STAMP) ## ruff check and format check only
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP) ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

sync: $(STAMP) ## Re-pair notebooks with their py:percent scripts (jupytext)
	$(BIN)/jupytext --sync notebooks/*.ipynb

evaluate: $(STAMP) ## Round-trip evaluation of the parser on ../shared/corpus
	$(PY) -m helpers evaluate --corpus $(CORPUS)

bench: $(STAMP) ## Throughput and build benchmarks on ../shared/corpus
	$(PY) -m helpers bench --corpus $(CORPUS)

report: $(STAMP) ## Render each notebook to HTML in reports/
	mkdir -p reports
	$(BIN)/jupyter nbconvert --to html --output-dir reports $(NOTEBOOKS)

lab: $(STAMP) ## Open JupyterLab on the project
	$(BIN)/jupyter lab --notebook-dir=.

corpus: $(STAMP) ## Download the UN's AKN4UN resolutions into data/external (needs internet)
	$(PY) -m helpers download --out data/external

clean: ## Remove generated files (.venv, data/processed, reports, caches)
	rm -rf $(VENV) reports .pytest_cache .ruff_cache .hypothesis
	find data/processed -type f ! -name .gitkeep -delete
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
