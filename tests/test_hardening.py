"""Hardening: files that decide what the daemon sends (config, model, rules, knowledge base) are refused when
anyone may write them and warned about when the group may; the model card's thresholds are sealed with
the model, so a card edited by hand (auto_reply.threshold 0.0) is refused at start and at reload."""
from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest
from helpers import minimal_config
from robust_helpers import run_cli
from twin import Twin

from triage_daemon import config
from triage_daemon.config import PROJECT_ROOT, ConfigError
from triage_daemon.decide import model as model_mod
from triage_daemon.decide.kb import load_articles
from triage_daemon.decide.rules import load_rules
from triage_daemon.service.daemon import Daemon


def copy_of(tmp_path: Path, name: str) -> Path:
    dest = tmp_path / name
    shutil.copytree(PROJECT_ROOT / name, dest)
    return dest


def test_check_config_refuses_a_config_file_anyone_may_write(tmp_path):
    twin = Twin(tmp_path)
    twin.config_path.chmod(0o666)
    done = run_cli(twin.config_path, "check-config")
    assert done.returncode == 2
    assert str(twin.config_path) in done.stderr and "writable by everyone" in done.stderr
    assert f"chmod o-w {twin.config_path}" in done.stderr


def test_a_config_file_its_group_may_write_is_warned_about(tmp_path):
    twin = Twin(tmp_path)
    twin.config_path.chmod(0o664)
    done = run_cli(twin.config_path, "check-config")
    assert done.returncode == 0, done.stderr
    assert "writable by its group" in done.stderr and str(twin.config_path) in done.stderr


def test_a_model_folder_anyone_may_write_is_refused(tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    for name in (model_mod.MODEL_FILE, model_mod.CARD_FILE):
        shutil.copy(PROJECT_ROOT / "models" / name, models / name)
    models.chmod(0o777)
    with pytest.raises(ConfigError, match="writable by everyone"):
        model_mod.load(models)
    models.chmod(0o755)
    (models / model_mod.CARD_FILE).chmod(0o666)
    with pytest.raises(ConfigError, match="card.json is writable by everyone"):
        model_mod.load(models)


def test_rules_and_articles_anyone_may_write_are_refused(tmp_path):
    rules, kb = copy_of(tmp_path, "rules"), copy_of(tmp_path, "kb")
    (rules / "10-noise.yaml").chmod(0o666)
    with pytest.raises(ConfigError, match="10-noise.yaml is writable by everyone"):
        load_rules(rules)
    (kb / "contact-support.md").chmod(0o646)
    with pytest.raises(ConfigError, match="contact-support.md is writable by everyone"):
        load_articles(kb)


def test_a_sticky_shared_folder_is_not_refused(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)    # like /tmp: others may not replace what they do not own
    config.check_modes(shared, "rules_dir")


def edited_card(tmp_path: Path, **changes) -> Path:
    models = tmp_path / "models"
    models.mkdir(exist_ok=True)
    for name in (model_mod.MODEL_FILE, model_mod.ANSWERS_FILE, model_mod.COMPILED_FILE):
        shutil.copy(PROJECT_ROOT / "models" / name, models / name)
    card = json.loads((PROJECT_ROOT / "models" / model_mod.CARD_FILE).read_text())
    for key, value in changes.items():
        if value is None:
            card.pop(key, None)
        elif key == "threshold":
            card["auto_reply"]["threshold"] = value
        else:
            card[key] = value
    (models / model_mod.CARD_FILE).write_text(json.dumps(card), encoding="utf-8")
    return models


def test_a_card_whose_threshold_was_edited_is_refused(tmp_path):
    with pytest.raises(ConfigError) as err:
        model_mod.load(edited_card(tmp_path, threshold=0.0))
    assert "changed after training" in str(err.value) and "kb_min_score" in str(err.value)


def test_a_card_without_its_seal_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="changed after training"):
        model_mod.load(edited_card(tmp_path, threshold=0.0, card_sha256=None))


def test_a_sealed_card_with_a_threshold_of_zero_is_refused(tmp_path):
    models = edited_card(tmp_path, threshold=0.0)
    card = json.loads((models / model_mod.CARD_FILE).read_text())
    card["card_sha256"] = model_mod.card_seal(card)    # even re-sealed: 0 would answer everything
    (models / model_mod.CARD_FILE).write_text(json.dumps(card))
    with pytest.raises(ConfigError, match="threshold 0.0"):
        model_mod.load(models)


def test_the_shipped_and_a_freshly_trained_card_are_sealed():
    card = json.loads((PROJECT_ROOT / "models" / model_mod.CARD_FILE).read_text())
    assert card["card_sha256"] == model_mod.card_seal(card)
    assert model_mod.load(PROJECT_ROOT / "models").version == card["version"]


def test_a_running_daemon_keeps_its_model_when_the_card_is_edited(tmp_path, caplog):
    models = edited_card(tmp_path)              # unchanged: loads
    twin = Twin(tmp_path, f'model_dir = "{models}"\n')
    daemon = Daemon(twin.cfg)
    try:
        before = daemon.classifier
        card = json.loads((models / model_mod.CARD_FILE).read_text())
        card["auto_reply"]["threshold"] = 0.0
        (models / model_mod.CARD_FILE).write_text(json.dumps(card))
        daemon.reload_requested.set()
        caplog.set_level(logging.INFO, logger="triage_daemon")
        daemon.maybe_reload()
        assert daemon.classifier.model is before.model
        assert any("model not reloaded, keeping the one in use" in r.getMessage()
                   and "changed after training" in r.getMessage() for r in caplog.records)
    finally:
        daemon.close()


def test_minimal_config_needs_no_file_checks():
    # The embedded default and a dict config read no file of their own: nothing to check.
    assert config.from_dict(minimal_config()).helpline_address == "helpline@example.com"


@pytest.mark.parametrize("poll_interval,most", [(600, 6.0), (1, 1.2)])
def test_a_pass_that_cannot_reach_the_mailbox_tries_again_within_seconds_then_backs_off(tmp_path, poll_interval, most):
    # A Dovecot restart refuses connections for a moment; with poll_interval ten minutes the first retry
    # used to wait five minutes, and mail that came meanwhile with it (seen in the suite on a slow machine).
    import time

    from triage_daemon.mail.mailboxes import MailboxError

    daemon = Daemon(Twin(tmp_path, f"poll_interval = {poll_interval}\n").cfg)
    try:
        delays = []
        for _ in range(12):
            daemon._failed(MailboxError("cannot connect to 127.0.0.1:993: [Errno 111] Connection refused"), "pass failed")
            delays.append(daemon._not_before - time.monotonic())
        assert delays[0] <= most
        assert delays[1] > delays[0] and max(delays) <= 300 * 1.2
    finally:
        daemon.close()
