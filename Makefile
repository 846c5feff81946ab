# Edgewise: two commands do all the set-up.
#   make run    create .venv, install everything, open the app
#   make test   create .venv, install everything, run the whole test suite
#   make check  ruff + mypy
#   make bench  the benchmarks in benchmarks/
#   make screenshots  render the main views to docs/screenshots (offscreen)

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.edgewise-installed

# llama-cpp-python ships no Linux wheel and compiles from source (3-7 min).
# The default -march=native build segfaults on the first token on these VMs
# (AMX code paths); GGML_NATIVE=OFF is also the portable choice for a desktop
# app that runs on many CPUs. pip caches the built wheel under its own key, so
# the flag must be set on *every* install, not just the first.
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF
export FORCE_CMAKE ?= 1

# sentence-transformers pulls torch. A bare `torch` resolves to a multi-GB CUDA
# build; torch 2.13.0 is a CPU build (on this machine it lies on local disk).
# Installing it first makes the later resolution keep it.
TORCH_SPEC ?= torch==2.13.0

# Tests and CI have no screen; Qt renders offscreen.
TEST_ENV := QT_QPA_PLATFORM=offscreen HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 \
            TOKENIZERS_PARALLELISM=false ANONYMIZED_TELEMETRY=False

.PHONY: install run test check bench screenshots clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip wheel setuptools
	$(BIN)/python -m pip install "$(TORCH_SPEC)"
	$(BIN)/python -m pip install -e ".[dev]"
	touch $(STAMP)

run: install
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ] && [ "$$(uname)" = "Linux" ]; then \
	  echo "No display found: the desktop window cannot open on this machine."; \
	  echo "Use the headless command instead, for example:"; \
	  echo "  $(BIN)/edgewise ask \"What is the capital of France?\""; \
	  echo "  $(BIN)/edgewise ask --json --local \"Summarise: ...\""; \
	else \
	  $(BIN)/edgewise; \
	fi

test: install
	$(TEST_ENV) $(BIN)/python -m pytest

check: install
	$(BIN)/ruff check app router tests benchmarks
	$(BIN)/ruff format --check app router tests benchmarks
	$(BIN)/mypy

bench: install
	$(TEST_ENV) $(BIN)/python benchmarks/local_llm.py
	$(TEST_ENV) $(BIN)/python benchmarks/request_path.py
	$(TEST_ENV) $(BIN)/python benchmarks/router_latency.py
	$(TEST_ENV) $(BIN)/python benchmarks/complexity_eval.py
	$(TEST_ENV) $(BIN)/python benchmarks/ui_responsiveness.py

screenshots: install
	$(TEST_ENV) $(BIN)/python -m app.ui.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
