# Two entry points: `make run` (the daemon on the embedded default) and `make test` (the whole suite).
# Each creates .venv and installs what it needs; the test suite installs and starts Dovecot and
# Postfix itself when they are missing.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
# Busy-looping processes the suite runs beside itself, so that a test leaning on timing fails here
# (and in CI, which runs `make test`) rather than on a user's loaded machine. `make test TEST_CPU_HOGS=0`
# runs without them.
TEST_CPU_HOGS ?= 2

.PHONY: run test train bench clean

# pip's own output goes to $(VENV)/install.log (shown only when the install fails), so that `make run`
# shows the daemon's lines.
$(BIN)/.installed: pyproject.toml
	@echo "installing triage-daemon and its dependencies into $(VENV) (log: $(VENV)/install.log)"
	@$(PYTHON) -m venv $(VENV)
	@{ $(BIN)/pip install --upgrade pip && $(BIN)/pip install -e '.[test]'; } > $(VENV)/install.log 2>&1 \
	  || { tail -n 40 $(VENV)/install.log; echo "install failed; the whole log is $(VENV)/install.log" >&2; exit 1; }
	@touch $@

run: $(BIN)/.installed
	$(BIN)/triage-daemon run

test: $(BIN)/.installed
	$(BIN)/python -m pytest -q -ra --cpu-hogs=$(TEST_CPU_HOGS)

train: $(BIN)/.installed
	$(BIN)/triage-daemon train --data models/data --out models

bench: $(BIN)/.installed
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/startup.py

clean:
	rm -rf $(VENV) var
