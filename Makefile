# Everything runs inside .venv; `make test` and `make demo` work on a fresh machine.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export OMP_NUM_THREADS=1
export OPENBLAS_NUM_THREADS=1
export MKL_NUM_THREADS=1

.PHONY: install test screenshots demo eval bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[postgres,web,parquet,dask,semantic,test]'
	touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest

# Refresh docs/screenshots/ from the browser test's SQLite run (`make test` writes tests/artifacts/ only).
screenshots: $(STAMP)
	KHRONIKA_UPDATE_SCREENSHOTS=1 $(BIN)/python -m pytest tests/web/test_walkthrough.py

DEMO_DB ?= demo.db
DEMO_PORT ?= 8000

# The main job on the bundled examples: extract, enrich and store (SQLite), show
# what was found, then serve the chronicle.  The seed's sidebar was crawled on
# 2024-04-19; the other pages carry no crawl time, so their sidebar times stay unresolved.
demo: $(STAMP)
	$(BIN)/khronika ingest examples/pages/000_seed.txt --db $(DEMO_DB) --crawled-at 2024-04-19T12:00:00+03:00 -q
	$(BIN)/khronika ingest examples/pages --db $(DEMO_DB) -q
	$(BIN)/khronika actors --db $(DEMO_DB) --limit 15
	$(BIN)/khronika stories --db $(DEMO_DB) --limit 10
	$(BIN)/khronika search "Макрон" --db $(DEMO_DB) --limit 5
	$(BIN)/khronika show story:1 --db $(DEMO_DB)
	$(BIN)/khronika quotes --db $(DEMO_DB) --speaker Песков --from 2022-01-01 --to 2022-01-31
	$(BIN)/khronika quotes examples/pages/000_seed.txt --format table
	@echo "Khronika is serving the demo store at http://127.0.0.1:$(DEMO_PORT)/  (Ctrl-C stops it)"
	$(BIN)/khronika serve --db $(DEMO_DB) --port $(DEMO_PORT)

# Long evaluations (the fast floors of each are in `make test`).
eval: $(STAMP)
	$(BIN)/khronika eval extract
	$(BIN)/khronika eval ner --format factrueval ../shared/data/factrueval-2016-dev
	$(BIN)/khronika eval ner --format factrueval ../shared/data/factrueval-2016-dev --counting token
	$(BIN)/khronika eval ner --format nerel ../shared/data/nerel-v1.1-dev/dev
	$(BIN)/khronika eval ner --format slavicner ../shared/data/slavicner-ru
	$(BIN)/khronika eval quotes gold/quotes
	$(BIN)/khronika eval quotes gold/quotes-dev2
	$(BIN)/khronika eval quotes gold/quotes-dev3
	$(BIN)/khronika eval quotes gold/quotes-dev4
	$(BIN)/khronika eval quotes gold/quotes-dev5
	for n in 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21; do $(BIN)/khronika eval quotes gold/quotes-dev$$n || exit 1; done
	$(BIN)/khronika eval quotes gold/quotes-test
	$(BIN)/khronika eval quotes gold/quotes-test/adjudicated
	$(BIN)/khronika eval events gold/events
	$(BIN)/khronika eval events gold/events-dev2
	$(BIN)/khronika eval events gold/events-dev3
	$(BIN)/khronika eval events gold/events-dev4
	$(BIN)/khronika eval events gold/events-dev5
	$(BIN)/khronika eval events gold/events-test
	$(BIN)/khronika eval stories
	$(BIN)/python bench/stories_iaa.py
	$(BIN)/python bench/store_stories.py --orders 3
	$(BIN)/python bench/story_happenings.py --orders 3

bench: $(STAMP)
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/enrich.py
	$(BIN)/python bench/quotes.py
	$(BIN)/python bench/sentence_splits.py
	$(BIN)/python bench/events.py
	$(BIN)/python bench/store.py
	$(BIN)/python bench/api.py
	$(BIN)/python bench/scale.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
