"""A standby daemon (another one sharing the state holds the mailbox) runs no scheduled retraining and
never writes its model into the shared state."""
from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path

import pytest
from twin import Twin

import triage_daemon.learn.retrain as retrain_mod
from triage_daemon.decide import model as model_mod
from triage_daemon.decide.model import ANSWERS_FILE, COMPILED_FILE, MODEL_FILE
from triage_daemon.service.daemon import Daemon

MODELS = Path(__file__).resolve().parent.parent / "models"


def _model_copy(folder: Path, version: str) -> Path:
    """The shipped model under another version name (the card's hash still matches the file)."""
    folder.mkdir(parents=True)
    for name in (MODEL_FILE, ANSWERS_FILE, COMPILED_FILE):
        shutil.copy(MODELS / name, folder / name)
    card = json.loads((MODELS / "card.json").read_text(encoding="utf-8"))
    # This deployment has already considered the shipped model (else it would be gated in at start).
    (folder / "history.json").write_text(json.dumps({"shipped_seen": card["version"]}), encoding="utf-8")
    card["version"] = version
    model_mod.write_card(folder, card)   # sealed again under the new version name
    return folder


@pytest.fixture
def shared(tmp_path):
    """Two daemons' configs on one Maildir and one SQLite state, each with its own model."""
    twin = Twin(tmp_path, 'retrain_cron = "0 3 * * 0"\nidle = false\nseed_samples = false\n')
    base = twin.config_path.read_text(encoding="utf-8")
    paths = {}
    for name in ("working", "standby"):
        model = _model_copy(tmp_path / f"model-{name}", f"m-{name}")
        path = tmp_path / f"{name}.toml"
        path.write_text(base + f'model_dir = "{model}"\n', encoding="utf-8")
        paths[name] = path
    return twin, paths


@pytest.fixture
def retrain_calls(monkeypatch):
    calls = []
    monkeypatch.setattr(retrain_mod, "scheduled_retrain", lambda cfg: calls.append(cfg.model_dir) or True)
    return calls


def _daemon(path: Path) -> Daemon:
    from triage_daemon import config
    return Daemon(config.load(str(path)))


def test_the_standby_daemon_skips_scheduled_retraining_and_the_working_one_runs_it(shared, retrain_calls):
    twin, paths = shared
    working, standby = _daemon(paths["working"]), _daemon(paths["standby"])
    try:
        working.open()
        assert working.run_pass() is not None
        assert standby.run_pass() is None  # standby: another daemon holds the mailbox
        assert standby.retrain() is False
        assert retrain_calls == []
        assert working.retrain() is True
        assert [p.name for p in retrain_calls] == ["model-working"]
    finally:
        working.close()
        standby.close()


def test_after_a_takeover_the_new_holder_retrains(shared, retrain_calls):
    twin, paths = shared
    working, standby = _daemon(paths["working"]), _daemon(paths["standby"])
    try:
        working.open()
        assert standby.retrain() is False
        working.close()  # the first daemon stops; its lease goes with it
        assert standby.retrain() is True
        assert [p.name for p in retrain_calls] == ["model-standby"]
    finally:
        standby.close()


def test_only_the_daemon_holding_the_mailbox_writes_its_model_version_into_the_state(shared):
    twin, paths = shared
    working = _daemon(paths["working"])
    try:
        working.open()
        working.run_pass()
        assert working.store.get_meta("model_version") == "m-working"
        standby = _daemon(paths["standby"])
        try:
            standby.run_pass()
            standby.maybe_reload()
            assert working.store.get_meta("model_version") == "m-working"
        finally:
            standby.close()
    finally:
        working.close()


def test_the_retrain_cron_job_is_the_lease_checking_one(shared, retrain_calls, monkeypatch):
    """run_forever schedules Daemon.retrain (which checks the lease), not the bare training function."""
    from apscheduler.schedulers.background import BackgroundScheduler

    twin, paths = shared
    jobs = {}
    original = BackgroundScheduler.add_job

    def recording(self, func, *args, **kwargs):
        jobs[kwargs.get("id")] = func
        return original(self, func, *args, **kwargs)

    monkeypatch.setattr(BackgroundScheduler, "add_job", recording)
    monkeypatch.setattr("triage_daemon.service.daemon.install_signal_handlers", lambda stop, reload: None)
    holder, standby = _daemon(paths["working"]), _daemon(paths["standby"])
    holder.open()
    thread = threading.Thread(target=standby.run_forever, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while "retrain" not in jobs and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "retrain" in jobs, jobs
        assert jobs["retrain"]() is False  # what the cron trigger would run, while standing by
        assert retrain_calls == []
    finally:
        standby.stop.set()
        thread.join(30)
        holder.close()
    assert not thread.is_alive()
