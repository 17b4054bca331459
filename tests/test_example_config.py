"""The example production config in the repository is valid as shipped."""
from pathlib import Path

from triage_daemon import config

ROOT = Path(__file__).resolve().parent.parent


def test_the_example_config_loads_and_names_imap_and_smtp():
    cfg = config.load(str(ROOT / "triage.example.toml"))
    assert cfg.mailbox.scheme == "imaps" and cfg.mailbox.user == "helpline@example.com"
    assert cfg.outbox.scheme == "smtp+starttls" and cfg.outbox.port == 587
    assert str(cfg.state) == "sqlite:/var/lib/triage-daemon/triage.db"


def test_the_commented_postgresql_state_in_the_example_is_valid():
    line = next(ln for ln in (ROOT / "triage.example.toml").read_text().splitlines() if ln.startswith("# state = "))
    url = line.split("=", 1)[1].strip().strip('"')
    cfg = config.from_dict(dict(config.EMBEDDED_DEFAULT, state=url))
    assert cfg.state.scheme == "postgresql" and cfg.state.user == "triage" and cfg.state.path == "triage"
    assert dict(cfg.state.params)["sslmode"] == "verify-full"


def test_the_example_config_finds_its_passwords_as_systemd_credentials(tmp_path, monkeypatch):
    # docs/deploying.md: the passwords in /etc/triage-daemon, checked with CREDENTIALS_DIRECTORY pointing there;
    # under systemd, LoadCredential puts them in the unit's own credentials folder (triage-daemon@emea too).
    from triage_daemon import secrets

    (tmp_path / "mailbox_password").write_text("imap secret\n", encoding="utf-8")
    (tmp_path / "outbox_password").write_text("smtp secret\n", encoding="utf-8")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    for name in ("TRIAGE_MAILBOX_PASSWORD", "TRIAGE_OUTBOX_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    cfg = config.load(str(ROOT / "triage.example.toml"))
    assert (secrets.password(cfg, "mailbox"), secrets.password(cfg, "outbox")) == ("imap secret", "smtp secret")
