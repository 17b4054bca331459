"""Passwords and tokens: from the environment, a file, a systemd credential or a command; never the config."""
from __future__ import annotations

import os
import shlex
import stat
import subprocess
from pathlib import Path

from .config import Config, ConfigError
from .logs import register_secret

ENV = {"mailbox": "TRIAGE_MAILBOX_PASSWORD", "outbox": "TRIAGE_OUTBOX_PASSWORD", "state": "TRIAGE_STATE_PASSWORD"}
CREDENTIAL = {"mailbox": "mailbox_password", "outbox": "outbox_password", "state": "state_password"}


def _source(cfg: Config, which: str) -> tuple[str, str | None]:
    """(description, value) of where the password for `which` comes from."""
    env = ENV[which]
    if os.environ.get(env):
        return f"password from ${env}", os.environ[env]
    path = getattr(cfg, f"{which}_password_file")
    if path:
        p = Path(path)
        if not p.is_absolute():
            p = cfg.base_dir / p
        try:
            mode = stat.S_IMODE(p.stat().st_mode)
            value = p.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"{which}_password_file: cannot read {p}: {exc.strerror}") from None
        # As ssh does for a private key: a password anyone on the machine may read (or a group may change) is
        # refused before it is used.
        if mode & (stat.S_IRWXO | stat.S_IWGRP):
            raise ConfigError(f"{which}_password_file: {p} may be read or changed by others (mode {mode:04o}); "
                              f"run chmod 600 {p}")
        return f"password from file {p}", value
    cred_dir = os.environ.get("CREDENTIALS_DIRECTORY")
    if cred_dir and (Path(cred_dir) / CREDENTIAL[which]).exists():
        value = (Path(cred_dir) / CREDENTIAL[which]).read_text(encoding="utf-8").strip()
        return f"systemd credential {CREDENTIAL[which]}", value
    return "no password configured", None


def password(cfg: Config, which: str) -> str | None:
    _, value = _source(cfg, which)
    register_secret(value)
    return value


def oauth2_token(cfg: Config) -> str:
    """A fresh access token from the configured command, run again at every connect."""
    if not cfg.oauth2_token_command:
        raise ConfigError("oauth2_token_command: not set")
    try:
        done = subprocess.run(shlex.split(cfg.oauth2_token_command), capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ConfigError(f"oauth2_token_command: could not run it ({type(exc).__name__})") from None
    token = done.stdout.decode("utf-8", "replace").strip()
    if done.returncode != 0 or not token:
        # Its output may hold secrets: report only the exit status.
        raise ConfigError(f"oauth2_token_command: exited with status {done.returncode} and no token")
    register_secret(token)
    return token


def describe_secret(cfg: Config, which: str) -> str:
    ep = getattr(cfg, which)
    oauth2 = cfg.oauth2_token_command and (which == "mailbox" or (which == "outbox" and ep.user
                                                                 and _source(cfg, which)[1] is None))
    if oauth2:
        return f"OAuth2 (XOAUTH2) for {ep.user}, token from oauth2_token_command"
    if not ep.user:
        return "no login (no user in the URL)"
    return f"{ep.user}: {_source(cfg, which)[0]}"
