"""check-config: the configuration and the deployment it points to, every problem reported, not the first.

Without --connect it checks what is on this machine (model, rules, knowledge base, templates, the state's
folder, the password sources); with --connect it also logs in to the mailbox and lists the folders it will
use, opens SMTP and authenticates (sending nothing), and opens the state.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..config import Config, ConfigError, model_in_use, resolve_path, warnings


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    warning: bool = False


def _attempt(name: str, fn) -> Check:
    """Run one check; whatever it raises becomes that check's problem, and the others still run."""
    try:
        return Check(name, True, fn())
    except Exception as exc:  # every kind of failure is a finding here, never a traceback
        from ..logs import redact
        return Check(name, False, redact(str(exc)) or type(exc).__name__)


def _model(cfg: Config) -> str:
    from ..decide.model import load

    where = model_in_use(cfg)
    model = load(where)
    shipped = "" if where == cfg.model_dir else f" (the shipped model; promotions go to {cfg.model_dir})"
    return f"{model.version} from {where}{shipped}"


def _rules(cfg: Config) -> str:
    from ..decide.rules import load_rules

    return f"{len(load_rules(cfg.rules_dir))} rules from {cfg.rules_dir}"


def _kb(cfg: Config) -> str:
    from ..decide.kb import load_articles

    articles = load_articles(cfg.kb_dir)
    if not articles:
        raise ConfigError(f"kb_dir: no articles (*.md) in {cfg.kb_dir}: the daemon could answer nothing; add "
                          f"articles or point kb_dir at the folder that has them")
    return f"{len(articles)} articles from {cfg.kb_dir}"


def _templates(cfg: Config) -> str:
    from ..mail.templates import load_templates

    found = load_templates(Path(cfg.templates_dir))
    languages = sorted({lang for kind in ("acknowledgement",) for lang in found.languages(kind)})
    return f"{len(found.names())} templates from {cfg.templates_dir} (acknowledgements in {', '.join(languages)})"


def _state_folder(cfg: Config) -> str:
    if cfg.state.scheme != "sqlite":
        return f"{cfg.state} (a server: checked with --connect)"
    path = resolve_path(cfg, cfg.state.path)
    folder = path.parent
    if not folder.is_dir():
        raise ConfigError(f"the folder {folder} does not exist; create it (as root for a systemd unit with "
                          f"StateDirectory=, which gives it to the service's user at start; else owned by the "
                          f"daemon's user) or fix the path in state")
    if not os.access(folder, os.W_OK):
        raise ConfigError(f"state: the folder {folder} is not writable by this user")
    return f"{path} ({'exists' if path.exists() else 'created at first start'})"


def _secret(cfg: Config, which: str) -> str:
    from ..secrets import describe_secret, password

    ep = getattr(cfg, which)
    description = describe_secret(cfg, which)
    if ep.user and not (which == "mailbox" and cfg.oauth2_token_command):
        if password(cfg, which) is None and not (which == "outbox" and cfg.oauth2_token_command):
            raise ConfigError(f"{which}: no password for {ep.user}; set TRIAGE_{which.upper()}_PASSWORD, "
                              f"{which}_password_file or the systemd credential {which}_password")
    return description


def _mailbox(cfg: Config) -> str:
    from ..mail.mailboxes import open_mailbox

    mailbox = open_mailbox(cfg)
    try:
        mailbox.open()
        inbox = "INBOX" if cfg.mailbox.scheme == "maildir" else (cfg.mailbox.path or "INBOX")
        # Only listed, never created here: the daemon creates the filing folders when it starts, the Sent
        # folder when it first stores a copy there.
        when = {name: " (created when the daemon starts)" for name in cfg.folders.values()}
        folders = [inbox, *when]
        if cfg.sent_folder:
            folders.append(cfg.sent_folder)
        listed = [f"{name}{'' if mailbox.has_folder(name) else when.get(name, ' (created when first used)')}"
                  for name in folders]
        return "logged in; folders: " + ", ".join(listed)
    finally:
        mailbox.close()


def _outbox(cfg: Config) -> str:
    from ..mail.outboxes import open_outbox

    outbox = open_outbox(cfg)
    try:
        return outbox.check()
    finally:
        outbox.close()


def _state(cfg: Config) -> str:
    from ..state.store import open_state

    path = resolve_path(cfg, cfg.state.path) if cfg.state.scheme == "sqlite" else None
    if path is not None and not path.exists():
        return f"{path} will be created at first start"
    store = open_state(cfg, readonly=True)
    try:
        summary = store.summary()
        return f"{store.path}: {sum(summary['messages'].values())} messages recorded"
    finally:
        store.close()


def unreadable_by_others(paths: list[Path]) -> list[str]:
    """The chmod each path needs before a user other than its owner can read it (the service's DynamicUser)."""
    fixes = []
    for path in paths:
        try:
            p = path.resolve()
            blocked = next((d for d in reversed(p.parents) if not d.stat().st_mode & stat.S_IXOTH), None)
            if blocked is not None:
                fixes.append(f"chmod o+x {blocked}")
            elif not p.stat().st_mode & stat.S_IROTH:
                fixes.append(f"chmod o+r {p}")
        except OSError:
            continue   # a missing file is another check's problem
    return fixes


def check_deployment(cfg: Config, connect: bool = False) -> list[Check]:
    checks = [Check("config", True, cfg.source)]
    checks += [Check("warning", True, text, warning=True) for text in warnings(cfg)]
    if os.geteuid() == 0:
        # Root reads everything; the unit's transient user reads what others may (its passwords come as
        # credentials). docs/deploying.md's check runs as root.
        wanted = [Path(p) for p in (cfg.source, cfg.ca_file) if p and Path(p).exists()]
        unreadable = [p for p in wanted if unreadable_by_others([p])]
        if unreadable:
            fixes = unreadable_by_others(unreadable)
            checks.append(Check("warning", True, "run as root: the service's own user (DynamicUser) could not read "
                                f"{', '.join(str(p) for p in unreadable)}; run {'; '.join(dict.fromkeys(fixes))}",
                                warning=True))
    checks += [_attempt("model", lambda: _model(cfg)), _attempt("rules", lambda: _rules(cfg)),
               _attempt("kb", lambda: _kb(cfg)), _attempt("templates", lambda: _templates(cfg)),
               _attempt("state", lambda: _state_folder(cfg))]
    for which in ("mailbox", "outbox", "state"):
        if getattr(cfg, which).scheme not in ("maildir", "sqlite"):
            checks.append(_attempt(f"{which} credentials", lambda w=which: _secret(cfg, w)))
    if connect:
        checks += [_attempt("mailbox login", lambda: _mailbox(cfg)), _attempt("outbox login", lambda: _outbox(cfg)),
                   _attempt("state open", lambda: _state(cfg))]
    return checks
