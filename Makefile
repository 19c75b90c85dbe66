PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: install
	rm -f demo.duckdb
	$(BIN)/eventwire run src/eventwire/samples --published 2018-10-08 --db demo.duckdb
	$(BIN)/eventwire quotes --db demo.duckdb
	$(BIN)/eventwire events --db demo.duckdb
	@echo
	@echo "To explore the demo store in your browser, run"
	@echo "    $(BIN)/eventwire serve --db demo.duckdb"
	@echo "and open http://127.0.0.1:8000/ (the article, a timeline and the actor network;"
	@echo "the HTTP API is documented at http://127.0.0.1:8000/docs). Ctrl+C stops the server."

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src

clean:
	rm -rf $(VENV) demo.duckdb
