"""The options of the top level (--config/-c, -v) are accepted after the command too, with the same meaning."""
from __future__ import annotations

import json
import logging
import subprocess
import sys

import pytest
from twin import SAMPLES, Twin

from triage_daemon.cli import main

# A config whose one fault only this file has: a command that reads it must stop on it (exit 2);
# one that fell back to $TRIAGE_CONFIG, ./triage.toml or the embedded default would not.
BROKEN = 'poll_interval = "whenever"\n'

# Every command, with the arguments it needs besides the config.
COMMANDS = {
    "run": [],
    "once": [],
    "classify": ["--json", str(SAMPLES / "01-question.eml")],
    "train": ["--quiet", "--out", "model-out"],
    "evaluate": ["--data", "state"],
    "promote": ["model-out"],
    "rollback": [],
    "check-config": [],
    "status": ["--json"],
}


@pytest.fixture(autouse=True)
def _no_outside_config(monkeypatch, tmp_path):
    monkeypatch.delenv("TRIAGE_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)  # no ./triage.toml either


def _twin(folder, extra: str = "") -> Twin:
    folder.mkdir(parents=True, exist_ok=True)
    return Twin(folder, extra)


def _broken(tmp_path) -> str:
    return str(_twin(tmp_path / "broken", BROKEN).config_path)


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("spelling", ["--config", "-c"])
def test_every_command_reads_the_config_given_after_its_name(command, spelling, tmp_path, capsys):
    path = _broken(tmp_path)
    assert main([command, *COMMANDS[command], spelling, path]) == 2
    err = capsys.readouterr().err
    assert "configuration error: poll_interval" in err, err


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_still_reads_the_config_given_before_its_name(command, tmp_path, capsys):
    path = _broken(tmp_path)
    assert main(["--config", path, command, *COMMANDS[command]]) == 2
    assert "configuration error: poll_interval" in capsys.readouterr().err


def test_the_config_after_the_command_wins_over_the_one_before(tmp_path, capsys):
    twin = _twin(tmp_path / "good")
    assert main(["--config", _broken(tmp_path), "check-config", "--config", str(twin.config_path)]) == 0
    assert f"config: {twin.config_path}: ok" in capsys.readouterr().out


def test_once_with_the_config_after_the_command_works_on_that_help_line(tmp_path, capsys):
    twin = _twin(tmp_path / "line")
    twin.deliver((SAMPLES / "04-feature.eml").read_bytes())
    assert main(["once", "--config", str(twin.config_path)]) == 0
    assert capsys.readouterr().out.startswith("1 new, 1 decided")
    assert twin.sent(), "the product-board reply should be in this help line's outbox"
    assert main(["status", "--config", str(twin.config_path), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert sum(summary["messages"].values()) == 1


def test_classify_with_the_config_after_the_files_uses_that_config(tmp_path, capsys):
    # Routing questions to review instead of a reply is visible in the decision's actions.
    twin = _twin(tmp_path / "line", '[routes]\nquestion = ["needs_review"]\n')
    sample = str(SAMPLES / "01-question.eml")
    assert main(["classify", "--json", sample]) == 0
    default = json.loads(capsys.readouterr().out)
    assert main(["classify", "--json", sample, "-c", str(twin.config_path)]) == 0
    routed = json.loads(capsys.readouterr().out)
    assert default["category"] == routed["category"] == "question"
    assert "needs_review" not in default["actions"] and routed["actions"] == ["needs_review"]


@pytest.mark.parametrize("argv", [["check-config", "-v"], ["-v", "check-config"], ["check-config", "--verbose"]])
def test_verbose_before_or_after_the_command_turns_on_debug_logging(argv, tmp_path):
    twin = _twin(tmp_path / "line")
    assert main([*argv, "--config", str(twin.config_path)]) == 0
    assert logging.getLogger().level == logging.DEBUG


def test_without_verbose_logging_stays_at_info(tmp_path):
    twin = _twin(tmp_path / "line")
    assert main(["check-config", "--config", str(twin.config_path)]) == 0
    assert logging.getLogger().level == logging.INFO


def test_the_console_script_accepts_the_config_after_the_command(tmp_path):
    twin = _twin(tmp_path / "line")
    done = subprocess.run([sys.executable, "-m", "triage_daemon", "check-config", "--config", str(twin.config_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"config: {twin.config_path}: ok" in done.stdout
    assert "unrecognized arguments" not in done.stderr


def test_status_piped_into_a_reader_that_stops_ends_quietly(tmp_path):
    # `triage-daemon status | head -3` ended with a BrokenPipeError traceback (an operator's review).
    import subprocess
    import sys

    from twin import Twin
    twin = Twin(tmp_path)
    assert subprocess.run([sys.executable, "-m", "triage_daemon", "--config", str(twin.config_path), "once"],
                          capture_output=True, timeout=300).returncode == 0
    done = subprocess.run(f"{sys.executable} -m triage_daemon --config {twin.config_path} status | true", shell=True,
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
