# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.13 || command -v python3.12 || echo python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test e2e install install-dev migrate lint format check clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "Rebound needs Python 3.12 or newer; found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

migrate: install
	$(BIN)/python manage.py migrate --noinput

# The web server and one task worker in one command (see Procfile); Ctrl-C stops both.
run: migrate
	WEB_ADDRESS=$(HOST):$(PORT) $(BIN)/honcho start -f Procfile

# Bytecode is written even where PYTHONDONTWRITEBYTECODE is set (as in some containers):
# pytest keeps each test module with its asserts rewritten in __pycache__ (git-ignored),
# which saves every process 7 s of recompiling them at the start.
PYTEST := PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest

# In parallel, one process per core, each with its own test database; a file's tests stay
# together on one process (they share a browser, a mailbox or a module's fixtures), and the
# slowest files are handed out first (tests/conftest.py), so no process runs on alone.
test: install-dev
	$(PYTEST) -n auto --dist loadfile --no-loadscope-reorder $(PYTEST_ARGS)

# Only the real-browser tests (Debian's Chromium: its headless shell, else the full browser,
# or $CHROMIUM_PATH; tests/e2e/conftest.py).
e2e: install-dev
	$(PYTEST) -m e2e $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install-dev
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python manage.py check

clean:
	rm -rf $(VENV)
