"""check-config checks the deployment, not only the file: every problem in one run, each named; with
--connect it logs in to the mailbox and SMTP (sending nothing) and opens the state."""
from __future__ import annotations

from pathlib import Path

import pytest
from robust_helpers import HELPLINE, closed_port, run_cli
from twin import BASE_TOML, Twin

from triage_daemon.config import EMBEDDED_DEFAULT, ConfigError, from_dict, load
from triage_daemon.mail.mailboxes import open_mailbox


def problems(output: str) -> list[str]:
    return [line.strip() for line in output.splitlines() if line.strip().startswith("PROBLEM")]


def test_the_twin_passes_check_config_connect(tmp_path):
    twin = Twin(tmp_path)
    done = run_cli(twin.config_path, "check-config", "--connect")
    assert done.returncode == 0, done.stdout + done.stderr
    assert problems(done.stdout) == []
    for name in ("model", "rules", "kb", "templates", "state", "mailbox login", "outbox login", "state open"):
        assert f"ok      {name}:" in done.stdout, name
    assert "Triage/Review (created when the daemon starts)" in done.stdout   # the folders it will use ...
    assert not list(twin.inbox.glob(".*"))                                  # ... listed, not created


def test_unreachable_imap_refused_login_and_empty_kb_are_all_reported_in_one_run(clean_mail, tmp_path):
    empty_kb = tmp_path / "kb"
    empty_kb.mkdir()
    imap = tmp_path / "imap" / "triage.toml"
    imap.parent.mkdir()
    imap.write_text(BASE_TOML.replace('mailbox = "maildir:mail/helpline"',
                                      f'mailbox = "imap://helpline%40example.com@127.0.0.1:{closed_port()}/INBOX"')
                    .replace('outbox  = "maildir:mail/outbox"',
                             f'outbox  = "smtp://helpline%40example.com@127.0.0.1:{clean_mail.smtp_port}"')
                    + f'starttls = "off"\nkb_dir = "{empty_kb}"\n')
    done = run_cli(imap, "check-config", "--connect", TRIAGE_MAILBOX_PASSWORD="wrong-password",
                   TRIAGE_OUTBOX_PASSWORD="wrong-password")
    assert done.returncode == 2
    found = problems(done.stdout)
    assert any(p.startswith("PROBLEM kb:") and "no articles" in p for p in found), found
    assert any(p.startswith("PROBLEM mailbox login:") and "cannot connect" in p for p in found), found
    assert any(p.startswith("PROBLEM outbox login:") for p in found), found   # the test Postfix offers no AUTH
    assert "wrong-password" not in done.stdout + done.stderr and "Traceback" not in done.stderr
    # ... and a refused login, against the real Dovecot, in the same kind of run:
    refused = tmp_path / "refused" / "triage.toml"
    refused.parent.mkdir()
    refused.write_text(imap.read_text().replace(f"127.0.0.1:{imap.read_text().split('127.0.0.1:')[1].split('/')[0]}/",
                                                f"127.0.0.1:{clean_mail.imap_port}/"))
    done = run_cli(refused, "check-config", "--connect", TRIAGE_MAILBOX_PASSWORD="wrong-password")
    found = problems(done.stdout)
    assert done.returncode == 2
    assert any(p.startswith("PROBLEM mailbox login:") and f"login as {HELPLINE}" in p for p in found), found
    assert any(p.startswith("PROBLEM kb:") for p in found), found


def test_with_the_right_password_the_mailbox_login_lists_the_folders(clean_mail, tmp_path):
    config = tmp_path / "triage.toml"
    config.write_text(BASE_TOML.replace('mailbox = "maildir:mail/helpline"',
                                        f'mailbox = "imap://helpline%40example.com@127.0.0.1:{clean_mail.imap_port}/INBOX"')
                      + 'starttls = "off"\nsent_folder = "Sent"\n')
    client = clean_mail.imap(HELPLINE)
    try:
        if not client.folder_exists("Sent"):
            client.create_folder("Sent")
    finally:
        client.logout()
    done = run_cli(config, "check-config", "--connect", TRIAGE_MAILBOX_PASSWORD=clean_mail.password(HELPLINE))
    assert done.returncode == 0, done.stdout
    line = next(ln for ln in done.stdout.splitlines() if "mailbox login:" in ln)
    assert "logged in; folders: INBOX, Triage/Question" in line
    assert "Sent," not in line and line.rstrip().endswith("Sent")        # Sent exists: no "(created ...)"
    assert "Triage/Bug (created when the daemon starts)" in line
    with clean_mail.imap(HELPLINE) as client:                         # listed, not created
        assert not client.folder_exists("Triage/Bug")


def test_a_missing_state_folder_and_a_missing_password_file_are_problems_not_tracebacks(tmp_path):
    config = tmp_path / "triage.toml"
    config.write_text(BASE_TOML.replace('state   = "sqlite:///triage.db"', 'state   = "sqlite:///no/such/dir/triage.db"')
                      .replace('mailbox = "maildir:mail/helpline"',
                               'mailbox = "imaps://helpline%40example.com@imap.example.com/INBOX"')
                      + f'mailbox_password_file = "{tmp_path / "missing"}"\n')
    done = run_cli(config, "check-config")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    found = problems(done.stdout)
    assert any("state:" in p and "no/such/dir" in p and "does not exist" in p for p in found), found
    assert not any("state: state:" in p for p in found), found          # said once (an operator's review)
    assert any("mailbox credentials:" in p and "mailbox_password_file" in p for p in found), found
    assert not (tmp_path / "no").exists()            # checking created nothing
    assert "config:" in done.stdout.splitlines()[0] and "2 problem(s)" in done.stdout.splitlines()[0]


def test_a_sqlite_url_with_a_host_part_is_refused():
    with pytest.raises(ConfigError, match=r"state: a sqlite URL has no host part \('tmp' after sqlite://\)"):
        from_dict({"mailbox": "maildir:m", "outbox": "maildir:o", "state": "sqlite://tmp/x.db",
                   "helpline_address": "h@example.com", "support_address": "s@goodtime.io",
                   "csm_address": "c@example.com", "product_board_url": "https://x.example"})


def test_the_embedded_default_checks_clean_before_its_first_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "var").mkdir()
    from triage_daemon.service.checks import check_deployment

    found = [c for c in check_deployment(load(None)) if not c.ok]
    assert found == []


def test_the_maildir_mailbox_reports_which_folders_exist(tmp_path):
    twin = Twin(tmp_path)
    mailbox = open_mailbox(twin.cfg)
    mailbox.open()
    assert mailbox.has_folder("INBOX") and not mailbox.has_folder("Triage/Bug")
    (twin.inbox / ".Triage.Bug" / "cur").mkdir(parents=True)
    assert mailbox.has_folder("Triage/Bug")


def test_a_config_only_root_can_read_is_a_warning_naming_the_chmod():
    # docs/deploying.md's check runs as root; the unit runs as a transient user that reads what others may.
    import os
    import tempfile

    from triage_daemon.service.checks import check_deployment, unreadable_by_others
    with tempfile.TemporaryDirectory() as base:   # (pytest's tmp_path sits in a folder only its owner may enter)
        os.chmod(base, 0o755)
        _check_the_chmods(Path(base) / "etc", check_deployment, unreadable_by_others)


def _check_the_chmods(folder, check_deployment, unreadable_by_others):
    import os
    folder.mkdir(mode=0o700)
    config = folder / "triage.toml"
    config.write_text("")
    config.chmod(0o600)
    assert unreadable_by_others([config]) == [f"chmod o+x {folder.resolve()}"]
    folder.chmod(0o755)
    assert unreadable_by_others([config]) == [f"chmod o+r {config.resolve()}"]
    config.chmod(0o644)
    assert unreadable_by_others([config]) == []
    if os.geteuid() == 0:   # the checks run it as root only
        config.chmod(0o600)
        import ssl
        readable = folder / "ca.pem"                # a ca_file others may read is not named (an operator's review)
        readable.write_bytes(Path(ssl.get_default_verify_paths().openssl_cafile).read_bytes())
        readable.chmod(0o644)
        cfg = from_dict(dict(EMBEDDED_DEFAULT, ca_file=str(readable)), source=str(config), base_dir=folder)
        found = [c.detail for c in check_deployment(cfg) if c.warning]
        assert any("DynamicUser" in d and f"chmod o+r {config.resolve()}" in d for d in found), found
        assert not any("ca.pem" in d for d in found), found
