# Quick start:  make run   (the app on the sample meeting)   make test   (the whole test suite)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint format setup translations clean dist

run: $(STAMP)
	$(PY) main.py $(MEETING)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

setup: $(STAMP)

# An installable bundle of the app and the briefing command, and its .tar.gz, in dist/
# (packaging/build.py: on Windows an installer, on macOS a .dmg).
dist: $(STAMP)
	$(PY) -m pip install --quiet -e '.[dist]'
	$(PY) packaging/build.py

# The static fonts are made here, once, so that no build waits for them (about a minute);
# the catalogs of the pack's words and of the window's are compiled here too.
$(STAMP): pyproject.toml scripts/debian-packages.txt Makefile $(wildcard briefing/locale/*/LC_MESSAGES/*.po) $(wildcard resources/translations/*.ts)
	PYTHON=$(PYTHON) sh scripts/system-deps.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip uninstall --quiet --yes PySide6-Pdf  # an older venv's QtPdf for Qt 6.12
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m briefing.render.fonts --prepare
	$(PY) -m briefing.i18n --compile
	$(PY) scripts/translations.py compile
	touch $(STAMP)

# The window's strings in the code → resources/translations/*.ts (then: make setup compiles them).
translations: $(STAMP)
	$(PY) scripts/translations.py update

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info briefing/render/static_fonts
