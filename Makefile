# Two commands on a fresh machine: `make run` and `make test`. Both are safe to run again.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: audit backup restore fuzz lock upgrade check-lock prod prod-stop run test install system-packages lint format check messages check-messages check-migrations serve

## Create the virtual environment and install the project (only when pyproject.toml changed).
## Exactly the versions in requirements.lock (hashes checked), then the project itself.
$(VENV)/.installed: pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $@

install: $(VENV)/.installed

LOCK := $(BIN)/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 --generate-hashes --quiet

## Write requirements.lock again after a change to pyproject.toml, keeping every version it can.
lock: install
	$(LOCK) -o requirements.lock

## Move every dependency to the newest version its bounds in pyproject.toml allow, and install it.
upgrade: install
	$(LOCK) --upgrade -o requirements.lock
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	@touch $(VENV)/.installed
	@echo "requirements.lock upgraded: run make test, then commit it."

## Fails when requirements.lock no longer matches pyproject.toml (run make lock).
check-lock: install
	@cp requirements.lock $(VENV)/lock-check.txt
	@$(LOCK) -o $(VENV)/lock-check.txt
	@diff -q -I '^#' requirements.lock $(VENV)/lock-check.txt >/dev/null \
		|| { echo "requirements.lock does not match pyproject.toml: run make lock"; exit 1; }

## Migrate, load the demo content, print the logins and serve on http://127.0.0.1:$(PORT).
run: install system-packages
	$(MANAGE) migrate --noinput
	PORT=$(PORT) $(MANAGE) load_demo_content
	@echo ""
	@echo "The site runs at http://127.0.0.1:$(PORT)/ and the admin at http://127.0.0.1:$(PORT)/admin/"
	@echo "Leerwerkloket Twente's own site: http://twente.localhost:$(PORT)/"
	PORT=$(PORT) $(MANAGE) runserver 127.0.0.1:$(PORT)

## A production-like stack on loopback: PostgreSQL, Redis, gunicorn, WhiteNoise, the task worker.
prod: install
	@bash scripts/prod.sh start

prod-stop:
	@bash scripts/prod.sh stop

## Back up the make prod stack's database (pg_dump) and files to var/backups/ (scripts/backup.sh).
## In production run scripts/backup.sh backup with the site's environment instead.
backup: install
	@bash scripts/prod.sh backup

## Put the newest backup back (or BACKUP=var/backups/<folder>); asks first, or RESTORE_CONFIRM=yes.
restore: install
	@bash scripts/prod.sh restore $(BACKUP)

## The whole suite, browser tests included. Installs what the tests need when it is missing.
test: install system-packages
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## Fuzz the public forms and JSON endpoints with new random examples (CI runs a fixed 500 each).
fuzz: install
	FUZZ_EXPLORE=1 FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-5000} $(BIN)/python -m pytest -m fuzz -p no:cacheprovider

system-packages:
	@bash scripts/ensure-system-packages.sh

lint: install
	$(BIN)/ruff check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Django's system checks, a check that no model change lacks a migration, and one that no
## shipped text repeats eight words in a row from a source document (../shared/seeds).
check: install check-lock
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/python scripts/check-seed-overlap.py

## Rebuild the Dutch and English catalogues after changing UI strings.
messages: install system-packages
	$(MANAGE) makemessages --locale nl --locale en --ignore ".venv/*" --ignore "var/*" --no-obsolete --add-location file
	$(MANAGE) compilemessages --ignore ".venv/*"

## Known vulnerabilities in the installed packages (needs PyPI's JSON API on the network).
## Fails on a known vulnerability; packages it cannot look up are listed, not fatal.
audit: install
	$(BIN)/pip-audit --skip-editable --progress-spinner off

## Fails when a UI string is missing from the catalogues or the compiled files are stale.
check-messages: install system-packages
	@bash scripts/check-messages.sh
