"""Configuration: TOML file (or the embedded default) into one validated, plain Config."""
from __future__ import annotations

import logging
import os
import re
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlsplit

CATEGORIES = ("question", "bug", "scheduling_blocker", "feature_request", "escalation", "noise")
ACTIONS = ("auto_reply", "forward_support", "product_board_reply", "flag_csm", "ignore", "needs_review")
PRIORITIES = ("urgent", "high", "normal", "low")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHIPPED_MODEL_DIR = PROJECT_ROOT / "models"      # the model that comes with the code; never promoted into
PACKAGE_TEMPLATES = Path(__file__).resolve().parent / "templates"   # the top-level templates/, as package data

DEFAULT_ROUTES = {
    "question": ["auto_reply"],
    "bug": ["forward_support"],
    "scheduling_blocker": ["forward_support"],
    "feature_request": ["product_board_reply"],
    "escalation": ["flag_csm"],
    "noise": ["ignore"],
}
DEFAULT_PRIORITIES = {
    "question": "normal",
    "bug": "normal",
    "scheduling_blocker": "urgent",
    "feature_request": "low",
    "escalation": "high",
    "noise": "low",
}
DEFAULT_FOLDERS = {
    "question": "Triage/Question",
    "bug": "Triage/Bug",
    "scheduling_blocker": "Triage/Blocker",
    "feature_request": "Triage/Feature",
    "escalation": "Triage/Escalation",
    "noise": "Triage/Noise",
    "needs_review": "Triage/Review",
    "quarantine": "Triage/Quarantine",
}
# Below these the message goes to a person; noise needs more certainty because ignoring is silent.
DEFAULT_MIN_CONFIDENCE = {
    "question": 0.40,
    "bug": 0.40,
    "scheduling_blocker": 0.40,
    "feature_request": 0.40,
    "escalation": 0.40,
    "noise": 0.55,
}

SECRET_KEYS = ("password", "mailbox_password", "outbox_password", "token", "secret", "access_token")


class ConfigError(Exception):
    """A problem in the configuration a user can fix; the message names the key and the fix."""


@dataclass(frozen=True)
class Endpoint:
    """A parsed mailbox/outbox/state URL; never holds a password."""
    scheme: str
    host: str = ""
    port: int | None = None
    user: str = ""
    path: str = ""
    params: tuple[tuple[str, str], ...] = ()   # postgresql: libpq options from the query (sslmode=...)

    def __str__(self) -> str:
        if self.scheme in ("maildir", "sqlite"):
            return f"{self.scheme}:{self.path}"
        # As it would be written in the config: helpline%40example.com@host, not helpline@example.com@host.
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        port = f":{self.port}" if self.port else ""
        query = "?" + "&".join(f"{k}={v}" for k, v in self.params) if self.params else ""
        return f"{self.scheme}://{user}{self.host}{port}/{self.path}".rstrip("/") + query


@dataclass
class Config:
    mailbox: Endpoint
    outbox: Endpoint
    state: Endpoint
    helpline_address: str
    support_address: str
    csm_address: str
    product_board_url: str
    source: str = "embedded default"
    base_dir: Path = field(default_factory=Path.cwd)
    model_dir: Path = PROJECT_ROOT / "models"
    rules_dir: Path = PROJECT_ROOT / "rules"
    kb_dir: Path = PROJECT_ROOT / "kb"
    templates_dir: Path = PACKAGE_TEMPLATES
    organisation: str = ""            # who we are to the vendor; default: the help line's domain
    from_name: str = ""               # display name on everything we send; default: "<organisation> help line"
    acknowledge: bool = True          # tell people whose message goes to Support, the CSM or a person
    reference_prefix: str = "HL"      # references read HL-2026-000123
    login_backoff: float = 900.0      # first wait after a refused login (doubles up to LOGIN_BACKOFF_MAX)
    routes: dict[str, list[str]] = field(default_factory=lambda: {k: list(v) for k, v in DEFAULT_ROUTES.items()})
    priorities: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_PRIORITIES))
    folders: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_FOLDERS))
    # Thresholds the admin set; what is not set comes from the model card (chosen at training), else the
    # defaults above. See decide/pipeline.py:thresholds.
    min_confidence: dict[str, float] = field(default_factory=dict)
    auto_reply_min_confidence: float | None = None  # question confidence an automatic reply needs (None: any)
    kb_min_score: float | None = None               # P(the article answers it) an automatic reply needs
    max_auto_replies_per_sender_per_day: int = 5
    max_forwards_per_sender_per_day: int = 20
    allowed_sender_domains: list[str] = field(default_factory=list)
    require_sender_authentication: bool = True
    own_addresses: list[str] = field(default_factory=list)
    poll_interval: float = 60.0
    idle: bool = True
    idle_renew_seconds: float = 540.0
    max_message_bytes: int = 25 * 1024 * 1024
    max_attempts: int = 3
    fetch_chunk: int = 100
    fetch_chunk_bytes: int = 16 * 1024 * 1024
    message_budget_seconds: float = 30.0
    state_retention_days: float = 7.0
    starttls: str = "auto"  # auto | require | off (imap:// and smtp://)
    ca_file: str | None = None
    mailbox_password_file: str | None = None
    outbox_password_file: str | None = None
    state_password_file: str | None = None
    oauth2_token_command: str | None = None
    sent_folder: str | None = None
    drafts: bool = True                   # save a ready reply as a draft when a person answers (decide/drafts.py)
    drafts_folder: str | None = None      # None: the folder with the \Drafts special use, else "Drafts"
    draft_min_score: float = 0.2          # P(the article answers it) a draft needs
    drafts_retention_days: float = 30.0   # drafts of messages that got another answer are removed after this
    seed_samples: bool = False
    log_format: str = "text"
    metrics_port: int | None = None
    metrics_address: str = "127.0.0.1"
    corrections_interval: float = 600.0
    holdout_sources: list[str] = field(default_factory=lambda: [str(PROJECT_ROOT / "tests" / "data" / "holdout")])
    shadow_model_dir: Path | None = None
    retrain_cron: str | None = None
    retrain_sources: list[str] = field(default_factory=list)

    @property
    def helpline_domain(self) -> str:
        return self.helpline_address.rpartition("@")[2].lower()

    @property
    def display_name(self) -> str:
        return self.from_name or f"{self.organisation or self.helpline_domain} help line"

    @property
    def organisation_name(self) -> str:
        return self.organisation or self.helpline_domain

    def own_address_set(self) -> set[str]:
        return {a.lower() for a in [self.helpline_address, *self.own_addresses]}

    def sender_domains(self) -> list[str]:
        return [d.lower() for d in self.allowed_sender_domains] or [self.helpline_domain]


EMBEDDED_DEFAULT = {
    "mailbox": "maildir:var/mail/helpline",
    "outbox": "maildir:var/mail/outbox",
    "state": "sqlite:///var/triage.db",
    "helpline_address": "helpline@example.com",
    "support_address": "support@goodtime.io",
    "csm_address": "csm@example.com",
    "product_board_url": "https://goodtime.io/product-board",
    "seed_samples": True,
    "poll_interval": 10,
}

LOGIN_BACKOFF_MAX = 4 * 3600.0
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_MAILBOX_SCHEMES = ("maildir", "imap", "imaps")
_OUTBOX_SCHEMES = ("maildir", "smtp", "smtp+starttls", "smtps")
_STATE_SCHEMES = ("sqlite", "postgresql")
# libpq connection options a postgresql:// state URL may carry after "?" (TLS and timeouts; never a password)
POSTGRES_PARAMS = {"sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "connect_timeout",
                   "target_session_attrs", "application_name", "keepalives", "keepalives_idle",
                   "keepalives_interval", "keepalives_count", "tcp_user_timeout"}


def check_modes(path: Path, key: str) -> None:
    """As sshd does for its keys: a file (or the folder holding it) that anyone on the machine may
    write is refused, one that the group may write is warned about; they decide what the daemon sends."""
    for p in (path, path.parent) if not path.is_dir() else (path,):
        try:
            mode = p.stat().st_mode
        except OSError:
            continue
        shown = f"{stat.S_IMODE(mode):04o}"
        if mode & stat.S_IWOTH and not (stat.S_ISDIR(mode) and mode & stat.S_ISVTX):
            raise ConfigError(f"{key}: {p} is writable by everyone (mode {shown}): anyone on this machine could "
                              f"change what the daemon does; run chmod o-w {p}")
        if mode & stat.S_IWGRP:
            logging.getLogger("triage_daemon").warning("%s: %s is writable by its group (mode %s); unless every "
                                                      "member may change what the daemon does, run chmod g-w %s",
                                                      key, p, shown, p)


def find_config_path(explicit: str | None) -> Path | None:
    """--config, else $TRIAGE_CONFIG, else ./triage.toml, else None (the embedded default)."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("TRIAGE_CONFIG")
    if env:
        return Path(env)
    local = Path("triage.toml")
    return local if local.exists() else None


def load(explicit: str | None = None) -> Config:
    path = find_config_path(explicit)
    if path is None:
        return from_dict(dict(EMBEDDED_DEFAULT), source="embedded default", base_dir=Path.cwd())
    try:
        raw = path.read_bytes()
        check_modes(path, "config")
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist; create it or drop --config to use the embedded default") from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    return from_dict(data, source=str(path), base_dir=path.resolve().parent)


def parse_endpoint(key: str, value: object, schemes: tuple[str, ...]) -> Endpoint:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{key}: expected a URL string such as {schemes[0]}:..., got {value!r}")
    scheme, sep, rest = value.partition(":")
    scheme = scheme.lower()
    if not sep or scheme not in schemes:
        shown = scheme if sep else "(no scheme)"  # never echo the URL: it may hold a password
        raise ConfigError(f"{key}: unsupported URL scheme {shown!r}; use one of: " + ", ".join(f"{s}:" for s in schemes))
    if scheme in ("maildir",):
        path = rest[2:] if rest.startswith("//") else rest
        if not path:
            raise ConfigError(f"{key}: maildir URL needs a path, e.g. maildir:var/mail/helpline")
        return Endpoint(scheme, path=path)
    if scheme == "sqlite":
        # sqlite:///relative/path and sqlite:////absolute/path, as SQLAlchemy spells them
        if rest.startswith("//") and not rest.startswith("///"):
            host = rest[2:].split("/", 1)[0]
            raise ConfigError(f"{key}: a sqlite URL has no host part ({host!r} after sqlite://); write "
                              f"sqlite:///{rest[2:]} for a file relative to the config's folder, or "
                              f"sqlite:////{rest[2:]} for an absolute path")
        path = rest[3:] if rest.startswith("///") else rest.lstrip("/")
        if not path:
            raise ConfigError(f"{key}: sqlite URL needs a file, e.g. sqlite:///var/triage.db")
        return Endpoint(scheme, path=path)
    parts = urlsplit(value)
    if parts.password:
        raise ConfigError(f"{key}: the URL holds a password; remove it and set it through the "
                          f"environment or a password file (see docs/configuration.md, 'Secrets')")
    if not parts.hostname:
        raise ConfigError(f"{key}: {scheme} URL needs a host, e.g. {scheme}://user@host/")
    try:
        port = parts.port
    except ValueError:
        raise ConfigError(f"{key}: the port in the URL is not a number") from None
    params: tuple[tuple[str, str], ...] = ()
    if parts.query:
        if scheme != "postgresql":
            raise ConfigError(f"{key}: a {scheme} URL takes no query (?...); remove it")
        params = tuple(parse_qsl(parts.query, keep_blank_values=True))
        bad = sorted({k for k, _ in params} - POSTGRES_PARAMS)
        if bad:
            raise ConfigError(f"{key}: unsupported option(s) {', '.join(bad)} in the URL; use "
                              f"{', '.join(sorted(POSTGRES_PARAMS))} (a password goes in state_password_file "
                              f"or $TRIAGE_STATE_PASSWORD)")
    return Endpoint(scheme, host=parts.hostname, port=port, user=unquote(parts.username or ""),
                    path=unquote(parts.path.lstrip("/")), params=params)


def _address(key: str, value: object) -> str:
    if not isinstance(value, str) or not _EMAIL.match(value.strip()):
        raise ConfigError(f"{key}: expected an e-mail address like name@example.com, got {value!r}")
    return value.strip()


def _number(key: str, value: object, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not lo <= value <= hi:
        raise ConfigError(f"{key}: expected a number from {lo} to {hi}, got {value!r}")
    return value


def _check_no_secrets(data: dict, prefix: str = "") -> None:
    for key, value in data.items():
        if isinstance(value, dict):
            _check_no_secrets(value, f"{prefix}{key}.")
        elif key.lower() in SECRET_KEYS or (key.lower().endswith("_password") and isinstance(value, str)):
            raise ConfigError(
                f"{prefix}{key}: a secret must not sit in the config file; set TRIAGE_MAILBOX_PASSWORD / "
                f"TRIAGE_OUTBOX_PASSWORD / TRIAGE_STATE_PASSWORD, or point mailbox_password_file / "
                f"outbox_password_file / state_password_file at a file or systemd credential")


KNOWN_KEYS = {
    "mailbox", "outbox", "state", "helpline_address", "support_address", "csm_address", "product_board_url",
    "model_dir", "rules_dir", "kb_dir", "routes", "priorities", "folders", "min_confidence",
    "auto_reply_min_confidence", "kb_min_score", "max_auto_replies_per_sender_per_day",
    "max_forwards_per_sender_per_day", "allowed_sender_domains", "require_sender_authentication",
    "own_addresses", "poll_interval", "idle", "idle_renew_seconds", "max_message_bytes", "max_attempts",
    "fetch_chunk", "starttls", "ca_file", "mailbox_password_file", "outbox_password_file", "state_password_file",
    "oauth2_token_command", "sent_folder", "seed_samples", "log_format", "metrics_port",
    "shadow_model_dir", "retrain_cron", "retrain_sources", "metrics_address", "corrections_interval",
    "holdout_sources", "templates_dir", "organisation", "from_name", "acknowledge", "reference_prefix",
    "login_backoff", "fetch_chunk_bytes", "message_budget_seconds", "state_retention_days",
    "drafts", "drafts_folder", "draft_min_score", "drafts_retention_days",
}


def from_dict(data: dict, source: str = "<dict>", base_dir: Path | None = None) -> Config:
    """Validate a config mapping; every error names the key and how to fix it."""
    _check_no_secrets(data)
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        import difflib
        hints = [f"{k} (did you mean {close[0]}?)" if (close := difflib.get_close_matches(k, KNOWN_KEYS, 1, 0.8)) else k
                 for k in unknown]
        raise ConfigError(f"unknown key(s) {', '.join(hints)} in {source}; see docs/configuration.md for the keys")
    for key in ("mailbox", "outbox", "state", "helpline_address", "support_address", "csm_address", "product_board_url"):
        if key not in data:
            raise ConfigError(f"{key}: missing in {source}; add it (see docs/configuration.md)")
    base = base_dir or Path.cwd()
    cfg = Config(
        mailbox=parse_endpoint("mailbox", data["mailbox"], _MAILBOX_SCHEMES),
        outbox=parse_endpoint("outbox", data["outbox"], _OUTBOX_SCHEMES),
        state=parse_endpoint("state", data["state"], _STATE_SCHEMES),
        helpline_address=_address("helpline_address", data["helpline_address"]),
        support_address=_address("support_address", data["support_address"]),
        csm_address=_address("csm_address", data["csm_address"]),
        product_board_url=str(data["product_board_url"]),
        source=source,
        base_dir=base,
    )
    if not re.match(r"^https?://\S+$", cfg.product_board_url):
        raise ConfigError(f"product_board_url: expected an http(s) URL, got {cfg.product_board_url!r}")
    for key in ("model_dir", "rules_dir", "kb_dir", "templates_dir", "shadow_model_dir"):
        if key in data:
            setattr(cfg, key, (base / str(data[key])).resolve())
    if "model_dir" not in data:
        cfg.model_dir = default_model_dir(cfg)
    if "routes" in data:
        routes = data["routes"]
        if not isinstance(routes, dict):
            raise ConfigError("routes: expected a table, e.g. [routes] bug = [\"forward_support\"]")
        for cat, actions in routes.items():
            if cat not in CATEGORIES:
                raise ConfigError(f"routes.{cat}: unknown category; use one of {', '.join(CATEGORIES)}")
            if isinstance(actions, str):
                actions = [actions]
            if not isinstance(actions, list) or not actions or any(a not in ACTIONS for a in actions):
                raise ConfigError(f"routes.{cat}: expected a list of actions from {', '.join(ACTIONS)}, got {actions!r}")
            cfg.routes[cat] = list(actions)
    for key in ("priorities", "folders", "min_confidence"):
        if key in data and not isinstance(data[key], dict):
            raise ConfigError(f"{key}: expected a table, e.g. [{key}] followed by one line per entry")
    if "priorities" in data:
        for cat, prio in dict(data["priorities"]).items():
            if cat not in CATEGORIES or prio not in PRIORITIES:
                raise ConfigError(f"priorities.{cat}: expected a category and one of {', '.join(PRIORITIES)}")
            cfg.priorities[cat] = prio
    if "folders" in data:
        for name, folder in dict(data["folders"]).items():
            if name not in DEFAULT_FOLDERS or not isinstance(folder, str) or not folder.strip():
                raise ConfigError(f"folders.{name}: expected one of {', '.join(DEFAULT_FOLDERS)} with a folder name")
            cfg.folders[name] = folder.strip()
    if "min_confidence" in data:
        for cat, value in dict(data["min_confidence"]).items():
            if cat not in CATEGORIES:
                raise ConfigError(f"min_confidence.{cat}: unknown category")
            cfg.min_confidence[cat] = _number(f"min_confidence.{cat}", value, 0, 1)
    if "auto_reply_min_confidence" in data:
        cfg.auto_reply_min_confidence = _number("auto_reply_min_confidence", data["auto_reply_min_confidence"], 0, 1)
    if "kb_min_score" in data:
        cfg.kb_min_score = _number("kb_min_score", data["kb_min_score"], 0, 1)
    if "draft_min_score" in data:
        cfg.draft_min_score = float(_number("draft_min_score", data["draft_min_score"], 0, 1))
    if "drafts_retention_days" in data:
        cfg.drafts_retention_days = float(_number("drafts_retention_days", data["drafts_retention_days"], 0, 36_500))
    for key, lo, hi in (("max_auto_replies_per_sender_per_day", 0, 10_000),
                        ("max_forwards_per_sender_per_day", 0, 100_000),
                        ("poll_interval", 1, 86_400), ("idle_renew_seconds", 30, 1740),
                        ("max_message_bytes", 1024, 2**31), ("max_attempts", 1, 100),
                        ("fetch_chunk", 1, 1000), ("fetch_chunk_bytes", 1024 * 1024, 2**31),
                        ("message_budget_seconds", 0.1, 3600), ("state_retention_days", 0, 36_500)):
        if key in data:
            value = _number(key, data[key], lo, hi)
            floats = ("poll_interval", "idle_renew_seconds", "message_budget_seconds", "state_retention_days")
            setattr(cfg, key, float(value) if key in floats else int(value))
    if "metrics_port" in data:
        cfg.metrics_port = int(_number("metrics_port", data["metrics_port"], 1, 65535))
    for key in ("idle", "require_sender_authentication", "seed_samples", "acknowledge", "drafts"):
        if key in data:
            if not isinstance(data[key], bool):
                raise ConfigError(f"{key}: expected true or false, got {data[key]!r}")
            setattr(cfg, key, data[key])
    for key in ("allowed_sender_domains", "own_addresses", "retrain_sources", "holdout_sources"):
        if key in data:
            value = data[key]
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise ConfigError(f"{key}: expected a list of strings, got {value!r}")
            setattr(cfg, key, [v.strip().lstrip("@") if key == "allowed_sender_domains" else v.strip() for v in value])
    if "starttls" in data:
        if data["starttls"] not in ("auto", "require", "off"):
            raise ConfigError("starttls: expected \"auto\", \"require\" or \"off\"")
        cfg.starttls = data["starttls"]
    if "log_format" in data:
        if data["log_format"] not in ("text", "json"):
            raise ConfigError("log_format: expected \"text\" or \"json\"")
        cfg.log_format = data["log_format"]
    if "login_backoff" in data:
        cfg.login_backoff = float(_number("login_backoff", data["login_backoff"], 1, LOGIN_BACKOFF_MAX))
    for key in ("organisation", "from_name"):
        if key in data:
            value = data[key]
            if not isinstance(value, str) or not value.strip() or not value.isprintable() or len(value) > 100:
                raise ConfigError(f"{key}: expected a name of one line (up to 100 characters), got {value!r}")
            setattr(cfg, key, value.strip())
    if "reference_prefix" in data:
        value = data["reference_prefix"]
        if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z][A-Za-z0-9]{0,9}", value):
            raise ConfigError(f"reference_prefix: expected 1 to 10 letters or digits starting with a letter "
                              f"(references read HL-2026-000123), got {value!r}")
        cfg.reference_prefix = value
    if "corrections_interval" in data:
        cfg.corrections_interval = float(_number("corrections_interval", data["corrections_interval"], 0, 86_400))
    for key in ("ca_file", "mailbox_password_file", "outbox_password_file", "state_password_file", "oauth2_token_command",
                "sent_folder", "retrain_cron", "metrics_address", "drafts_folder"):
        if key in data:
            if not isinstance(data[key], str) or not data[key]:
                raise ConfigError(f"{key}: expected a non-empty string")
            setattr(cfg, key, data[key])
    if cfg.ca_file:
        cfg.ca_file = str((base / cfg.ca_file).resolve())
        try:
            import ssl
            ssl.create_default_context(cafile=cfg.ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(f"ca_file: cannot load {cfg.ca_file} ({getattr(exc, 'strerror', None) or exc}); "
                              f"point it at a PEM file of your CA's certificate") from None
    for key in ("retrain_sources", "holdout_sources"):
        setattr(cfg, key, [s if s == "state" else str((base / s).resolve()) for s in getattr(cfg, key)])
    if cfg.retrain_cron:
        try:
            from apscheduler.triggers.cron import CronTrigger
            CronTrigger.from_crontab(cfg.retrain_cron)
        except ValueError as exc:
            raise ConfigError(f"retrain_cron: not a crontab expression ({exc}); e.g. \"0 3 * * 0\"") from None
    for key in ("support_address", "csm_address"):
        if getattr(cfg, key).lower() == cfg.helpline_address.lower():
            raise ConfigError(f"{key}: must differ from helpline_address, or the daemon would answer itself")
    return cfg


def default_model_dir(cfg: Config) -> Path:
    """Where promotion deploys a model when the config does not say: beside the state, never the
    shipped models/ of the source tree (a promotion must not rewrite files under version control)."""
    if cfg.state.scheme == "sqlite":
        return resolve_path(cfg, cfg.state.path).resolve().parent / "models"
    state_dir = os.environ.get("STATE_DIRECTORY", "").split(":")[0]   # systemd's StateDirectory=
    return (Path(state_dir) if state_dir else cfg.base_dir / "var") / "models"


def candidate_dir(cfg: Config) -> Path:
    """Where training writes a model by default, for `promote` to deploy through the gate: beside an SQLite
    state (the service's writable folder), else beside model_dir. Never model_dir itself."""
    base = resolve_path(cfg, cfg.state.path).resolve().parent if cfg.state.scheme == "sqlite" else cfg.model_dir.parent
    return base / "candidate-model"


def model_in_use(cfg: Config) -> Path:
    """The model the daemon runs: the one deployed in model_dir, else (nothing promoted yet) the shipped one."""
    return cfg.model_dir if (cfg.model_dir / "card.json").exists() else SHIPPED_MODEL_DIR


def warnings(cfg: Config) -> list[str]:
    """Settings that work but weaken the deployment; logged at every start and by check-config."""
    found = []
    if cfg.starttls == "off":
        for name, ep, plain in (("mailbox", cfg.mailbox, "imap"), ("outbox", cfg.outbox, "smtp")):
            if ep.scheme == plain and ep.user:
                found.append(f"starttls = \"off\": the {name} password for {ep.user} goes to {ep.host} in the "
                             f"clear; use {plain}s:// or starttls = \"auto\" unless this network is trusted")
    return found


def resolve_path(cfg: Config, path: str) -> Path:
    """Paths in URLs are relative to the config file's folder (the working directory for the default)."""
    p = Path(path)
    return p if p.is_absolute() else (cfg.base_dir / p)
