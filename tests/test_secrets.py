"""Secrets: never in a log line or an error, never in the config file; the model is loaded with trusted
types only."""
from __future__ import annotations

import json
import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from robust_helpers import HELPLINE, eml, run_cli, server_config, subprocess_env
from twin import BASE_TOML

from triage_daemon.cli import main
from triage_daemon.config import ConfigError
from triage_daemon.decide import model as model_mod

PASSWORD = "S3cretPassw0rd!"
TOKEN = "ya29.S3cretAccessT0ken-do-not-log"
REFRESH = "1//R3freshT0kenS3cret"


def everything(done) -> str:
    return (done.stdout or "") + (done.stderr or "")


# --- a failing login: the password is in no log line and no error -----------------------------------------

@pytest.mark.parametrize("log_format", ["text", "json"])
def test_a_failing_login_never_shows_the_password_in_once_or_run(log_format, clean_mail, tmp_path):
    # login_backoff = 1: a refused login is tried again after 1 s, 2 s, ... (not 15 minutes) for this test.
    config = server_config(clean_mail, tmp_path, extra=f'idle = false\npoll_interval = 1\nlogin_backoff = 1\n'
                                                       f'log_format = "{log_format}"\n')
    clean_mail.deliver(HELPLINE, eml())
    done = run_cli(config, "-v", "once", TRIAGE_MAILBOX_PASSWORD=PASSWORD)
    assert done.returncode == 1
    assert HELPLINE in done.stderr and "login" in done.stderr
    assert PASSWORD not in everything(done)
    # The daemon, verbose, until it has failed two passes.
    with open(tmp_path / "run.out", "wb") as out, open(tmp_path / "run.err", "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "triage_daemon", "--config", str(config), "-v", "run"],
                                stdout=out, stderr=err, cwd=tmp_path, env=subprocess_env(TRIAGE_MAILBOX_PASSWORD=PASSWORD))
    try:
        deadline = time.monotonic() + 120
        while "pass failed (2 in a row)" not in (tmp_path / "run.err").read_text(errors="replace"):
            assert proc.poll() is None and time.monotonic() < deadline, (tmp_path / "run.err").read_text()[-3000:]
            time.sleep(0.2)
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    out, err = (tmp_path / "run.out").read_text(), (tmp_path / "run.err").read_text()
    assert "login as helpline@example.com" in err      # it did try, and said so
    assert PASSWORD not in out + err


def test_a_password_file_is_never_shown_either(clean_mail, tmp_path):
    secret_file = tmp_path / "mailbox_password"
    secret_file.write_text(PASSWORD + "\n")
    secret_file.chmod(0o600)
    config = server_config(clean_mail, tmp_path, extra=f'mailbox_password_file = "{secret_file}"\n')
    done = run_cli(config, "-v", "once")
    assert done.returncode == 1 and "login" in done.stderr
    assert PASSWORD not in everything(done)


def test_a_refused_smtp_login_never_shows_the_outbox_password(clean_mail, tmp_path):
    # The test Postfix offers no AUTH: the login fails, the reply waits, the password stays hidden.
    config = tmp_path / "triage.toml"
    config.write_text(BASE_TOML.replace('outbox  = "maildir:mail/outbox"',
                                        f'outbox  = "smtp://helpline%40example.com@127.0.0.1:{clean_mail.smtp_port}"')
                      + 'starttls = "off"\n')
    (tmp_path / "mail" / "helpline" / "new").mkdir(parents=True)
    (tmp_path / "mail" / "helpline" / "new" / "q.eml").write_bytes(eml())
    done = run_cli(config, "-v", "once", TRIAGE_OUTBOX_PASSWORD=PASSWORD)
    assert done.returncode == 0
    assert "send reply" in done.stderr                 # the failure is logged ...
    assert PASSWORD not in everything(done)            # ... without the password


# --- secrets in the config file are refused ---------------------------------------------------------------

def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "triage.toml"
    path.write_text(text, encoding="utf-8")
    return path


IN_FILE = {
    "password": f'password = "{PASSWORD}"\n',
    "mailbox_password": f'mailbox_password = "{PASSWORD}"\n',
    "outbox_password": f'outbox_password = "{PASSWORD}"\n',
    "token": f'token = "{PASSWORD}"\n',
    "routes.secret": f'[routes]\nsecret = "{PASSWORD}"\n',
}


@pytest.mark.parametrize("key", list(IN_FILE))
def test_a_secret_key_in_the_config_file_is_refused_naming_the_key_without_echoing_it(key, tmp_path, capsys):
    config = write_config(tmp_path, BASE_TOML + IN_FILE[key])
    for command in ("once", "check-config"):
        assert main(["--config", str(config), command]) == 2
        err = capsys.readouterr().err
        assert f"{key}: a secret must not sit in the config file" in err
        assert PASSWORD not in err


IN_URL = {
    "mailbox": ("maildir:mail/helpline", f"imaps://helpline%40example.com:{PASSWORD}@imap.example.com/INBOX"),
    "outbox": ("maildir:mail/outbox", f"smtp+starttls://helpline%40example.com:{PASSWORD}@smtp.example.com:587"),
}


@pytest.mark.parametrize("key", list(IN_URL))
@pytest.mark.parametrize("encoded", [False, True], ids=["plain", "percent-encoded"])
def test_a_password_inside_a_url_is_refused_naming_the_key_without_echoing_it(key, encoded, tmp_path, capsys):
    default, url = IN_URL[key]
    if encoded:
        url = url.replace("!", "%21")
    config = write_config(tmp_path, BASE_TOML.replace(default, url))
    assert main(["--config", str(config), "once"]) == 2
    err = capsys.readouterr().err
    assert f"{key}: the URL holds a password" in err
    assert PASSWORD not in err and PASSWORD.replace("!", "%21") not in err


def test_a_bad_url_holding_a_password_is_refused_without_echoing_it(tmp_path, capsys):
    config = write_config(tmp_path, BASE_TOML.replace("maildir:mail/helpline", f"pop3://dana:{PASSWORD}@pop.example.com/"))
    assert main(["--config", str(config), "once"]) == 2
    err = capsys.readouterr().err
    assert "mailbox: unsupported URL scheme" in err and PASSWORD not in err


# --- OAuth2: the token command's output is never logged ---------------------------------------------------

def token_command(tmp_path: Path, status: int) -> Path:
    script = tmp_path / "get-token"
    script.write_text(f"#!/bin/sh\necho 'refresh_token={REFRESH}' >&2\necho '{TOKEN}'\nexit {status}\n")
    script.chmod(0o755)
    return script


@pytest.mark.parametrize("status", [0, 1], ids=["token-refused-by-the-server", "command-fails"])
def test_the_oauth2_token_command_output_is_never_logged(status, clean_mail, tmp_path):
    script = token_command(tmp_path, status)
    config = server_config(clean_mail, tmp_path, extra=f'oauth2_token_command = "{script}"\n')
    done = run_cli(config, "-v", "once")
    # A token the server refuses and a command that fails are both failures at run time (1): the command
    # may work at the next try (an identity provider that was down).
    assert done.returncode == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert TOKEN not in everything(done) and REFRESH not in everything(done)
    if status:
        assert "oauth2_token_command" in done.stderr and "status 1" in done.stderr


# --- the model: skops trusted types only ------------------------------------------------------------------

def write_card(model_dir: Path, compiled: bool = False) -> None:
    """The shipped card for the model file in `model_dir`, with the right hash and sealed, as training
    writes it: only the type check is left. Without `compiled`, a card of the skops files alone (as
    models were trained before the compiled file): the skops file is what loads."""
    shipped = Path(__file__).resolve().parent.parent / "models"
    card = json.loads((shipped / model_mod.CARD_FILE).read_text())
    card["model_sha256"] = model_mod.sha256_file(model_dir / model_mod.MODEL_FILE)   # the right hash
    if compiled:
        for name in (model_mod.ANSWERS_FILE, model_mod.COMPILED_FILE):
            shutil.copy(shipped / name, model_dir / name)
    else:
        for key in ("answers", "auto_reply", "compiled_sha256"):
            card.pop(key, None)
    model_mod.write_card(model_dir, card)


def test_a_model_holding_an_untrusted_type_is_refused_even_with_a_matching_card(tmp_path, monkeypatch):
    import skops.io as sio
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    model_dir = tmp_path / "evil-model"
    model_dir.mkdir()
    sio.dump(Pipeline([("run", FunctionTransformer(func=os.system)), ("clf", LogisticRegression())]),
             model_dir / model_mod.MODEL_FILE)
    write_card(model_dir)
    called = []
    monkeypatch.setattr(os, "system", lambda *a: called.append(a) or 0)
    with pytest.raises(ConfigError) as refused:
        model_mod.load(model_dir)
    assert "trusted" in str(refused.value) and "posix.system" in str(refused.value)
    assert called == []


def test_an_untrusted_skops_file_beside_the_compiled_model_is_never_unpickled(tmp_path, monkeypatch):
    import skops.io as sio
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    model_dir = tmp_path / "evil-model"
    model_dir.mkdir()
    sio.dump(Pipeline([("run", FunctionTransformer(func=os.system))]), model_dir / model_mod.MODEL_FILE)
    write_card(model_dir, compiled=True)
    called = []
    monkeypatch.setattr(os, "system", lambda *a: called.append(a) or 0)
    loaded = model_mod.load(model_dir)   # the daemon decides with the compiled arrays alone
    assert loaded.predict_proba(["the zoom link is missing"])
    with pytest.raises(ConfigError, match="trusted"):
        loaded.pipeline   # noqa: B018 - asking for the Pipeline itself still checks its types
    assert called == []


def test_the_daemon_refuses_to_start_on_a_model_with_an_untrusted_type(tmp_path, capsys):
    import skops.io as sio
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    model_dir = tmp_path / "evil-model"
    model_dir.mkdir()
    sio.dump(Pipeline([("run", FunctionTransformer(func=os.system))]), model_dir / model_mod.MODEL_FILE)
    write_card(model_dir)
    config = write_config(tmp_path, BASE_TOML + 'model_dir = "evil-model"\n')
    assert main(["--config", str(config), "check-config"]) == 2
    err = capsys.readouterr().err
    assert "model_dir" in err and "trusted" in err


def test_a_pickle_posing_as_the_model_is_never_unpickled_and_is_refused_as_a_configuration_error(tmp_path):
    marker = tmp_path / "PWNED"

    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    model_dir = tmp_path / "pickled-model"
    model_dir.mkdir()
    (model_dir / model_mod.MODEL_FILE).write_bytes(pickle.dumps(Payload()))
    write_card(model_dir)
    try:
        with pytest.raises(ConfigError) as refused:
            model_mod.load(model_dir)
        assert "model_dir" in str(refused.value)
    finally:
        assert not marker.exists()


@pytest.mark.parametrize("mode,refused", [(0o644, True), (0o666, True), (0o620, True), (0o640, False), (0o600, False)])
def test_a_password_file_others_may_read_or_change_is_refused_with_the_chmod_to_run(tmp_path, mode, refused):
    from triage_daemon.config import EMBEDDED_DEFAULT, from_dict
    from triage_daemon.secrets import password

    secret = tmp_path / "mailbox_password"
    secret.write_text(PASSWORD + "\n")
    secret.chmod(mode)
    cfg = from_dict(dict(EMBEDDED_DEFAULT, mailbox="imaps://helpline@127.0.0.1/INBOX",
                         mailbox_password_file=str(secret)))
    if refused:
        with pytest.raises(ConfigError, match=f"chmod 600 {secret}") as err:
            password(cfg, "mailbox")
        assert PASSWORD not in str(err.value)
    else:
        assert password(cfg, "mailbox") == PASSWORD
