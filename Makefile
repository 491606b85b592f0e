# `make run`: start Pregão.  `make test`: lint, import contracts and the whole test suite.
# Both create .venv and install what they need on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint system-deps benchmarks translations clean dist dist-deps dist-test \
	install-desktop

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@ $(VENV)/.installed-app

run: $(VENV)/.installed-app
	$(BIN)/pregao

system-deps:
	@bash build_scripts/install_system_deps.sh
	@bash build_scripts/postgres_for_tests.sh install

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/lint-imports

test: $(VENV)/.installed-dev system-deps lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

translations: $(VENV)/.installed-dev
	$(BIN)/python build_scripts/translations.py

benchmarks: $(VENV)/.installed-dev
	@for b in benchmarks/*.py; do echo "# $$b"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$b; done

# UPX, which the spec runs on the big libraries off the first-frame path: Debian bookworm has
# none, so it is built from Debian's copy of the upstream source (build_scripts/build_upx.sh).
UPX := build/tools/upx
$(UPX): | dist-deps
	bash build_scripts/build_upx.sh $@

# The Debian packages a build needs (binutils, icu-devtools, a C/C++ toolchain, cmake).
dist-deps:
	@bash build_scripts/install_system_deps.sh

# A one-folder app in dist/pregao (PyInstaller, build_scripts/pregao.spec); prints its size
# and fails above the 350 MB target (build_scripts/dist_size.py).
dist: $(VENV)/.installed-dev dist-deps $(UPX)
	PREGAO_UPX=$(abspath $(UPX)) $(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller build_scripts/pregao.spec
	@$(BIN)/python build_scripts/dist_size.py dist/pregao

# Starts the built app under Xvfb (--smoke-test --screenshot) and checks the frame.
dist-test: $(VENV)/.installed-dev
	$(BIN)/python build_scripts/dist_test.py dist/pregao

# A desktop entry and icon for the current user: the built app if there is one, else the
# venv's pregao.
install-desktop:
	bash build_scripts/install_desktop.sh \
		"$(abspath $(if $(wildcard dist/pregao/pregao),dist/pregao/pregao,$(BIN)/pregao))"

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
