"""Logging set-up: one line per event, text or JSON, with secrets masked whatever the source."""
from __future__ import annotations

import json
import logging
import os
import re
import sys
import time

_SECRET_ENV = ("TRIAGE_MAILBOX_PASSWORD", "TRIAGE_OUTBOX_PASSWORD", "TRIAGE_OAUTH2_TOKEN")
_registered: set[str] = set()


def register_secret(value: str | None) -> None:
    """Remember a secret so that no log line can ever carry it."""
    if value and len(value) >= 4:
        _registered.add(value)


def redact(text: str) -> str:
    for secret in list(_registered) + [os.environ.get(n, "") for n in _SECRET_ENV]:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    return re.sub(r"(?i)\b(password|passwd|token|secret)(\s*=\s*)\S+", r"\1\2***", text)


class _Redacting(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = redact(message)
        record.args = None
        return True


def _redact_value(value):
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [_redact_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _redact_value(v) for k, v in value.items()}
    return value


class _Json(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z"
        data = {"time": stamp, "level": record.levelname.lower(), "logger": record.name,
                "message": record.getMessage()}
        # Structured fields (a decision's message_id, sender, subject, category, actions, article, scores)
        # as JSON fields of their own, so a log pipeline need not parse the text.
        for name, value in (getattr(record, "fields", None) or {}).items():
            data.setdefault(name, _redact_value(value))
        if record.exc_info:
            data["error"] = redact(self.formatException(record.exc_info))
        return json.dumps(data, ensure_ascii=False, default=str)


def setup(fmt: str = "text", level: int = logging.INFO) -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(_Redacting())
    if fmt == "json":
        handler.setFormatter(_Json())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s.%(msecs)03d %(levelname)s %(name)s: %(message)s",
                                               datefmt="%Y-%m-%d %H:%M:%S"))
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("apscheduler", "mailparser", "imapclient"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
