# Two commands on a fresh clone (Python 3.11+ and make):  make run  |  make test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501
# Listen on this machine only; `make run HOST=0.0.0.0` serves the network (put a proxy in front).
HOST ?= 127.0.0.1
# `make serve`: this many Streamlit processes behind nginx (deploy/nginx.conf), nginx on HOST:PORT.
REPLICAS ?= 2
TABLES := data/tables
export BROWSER_PATH ?= /usr/bin/chromium

.PHONY: run serve nginx test build setup setup-test chromium screenshots bench fetch-opendata clean watch

$(BIN)/.installed: pyproject.toml requirements.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# The package, editable (so `streamlit run` finds `dashboard` from any page), with its declared
	# dependencies resolved at the versions constraints.txt pins; gives the hdf-* commands too.
	$(BIN)/pip install --quiet -c constraints.txt -e .
	touch $@

$(BIN)/.test-installed: requirements-test.txt $(BIN)/.installed
	$(BIN)/pip install --quiet -r requirements-test.txt -c constraints.txt
	touch $@

setup: $(BIN)/.installed
setup-test: $(BIN)/.test-installed

build: setup
	$(BIN)/python -m dashboard.build --out $(TABLES)

run: build
	$(BIN)/streamlit run dashboard/server.py --server.address $(HOST) --server.port $(PORT) --server.headless true

# Many readers: REPLICAS processes behind nginx (installed with apt-get when missing and root).
serve: build nginx
	$(BIN)/python scripts/serve.py --replicas $(REPLICAS) --host $(HOST) --port $(PORT)

nginx:
	@scripts/ensure-nginx.sh

chromium:
	@scripts/ensure-chromium.sh

# One pytest worker per core (pytest-xdist); a module's tests, and the servers its fixtures start,
# stay on one worker. `make test PYTEST_PARALLEL=-n0` runs them in one process.
PYTEST_PARALLEL ?= -n auto --dist loadfile

test: setup-test chromium nginx build
	$(BIN)/python -m pytest $(PYTEST_PARALLEL)

# The news watch: read the kept feeds (data/watch-feeds.yaml), queue new articles for review on /ajouter.
watch: setup
	$(BIN)/python -m dashboard.watch run

fetch-opendata: setup
	$(BIN)/python -m dashboard.data.opendata fetch all

screenshots: setup-test chromium build
	$(BIN)/python scripts/screenshots.py

bench: setup-test chromium nginx build
	for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) $(TABLES)
