"""The example production config in the repository is valid as shipped."""
from pathlib import Path

from triage_daemon import config

ROOT = Path(__file__).resolve().parent.parent


def test_the_example_config_loads_and_names_imap_and_smtp():
    cfg = config.load(str(ROOT / "triage.example.toml"))
    assert cfg.mailbox.scheme == "imaps" and cfg.mailbox.user == "helpline@example.com"
    assert cfg.outbox.scheme == "smtp+starttls" and cfg.outbox.port == 587
    assert str(cfg.state) == "sqlite:/var/lib/triage-daemon/triage.db"
