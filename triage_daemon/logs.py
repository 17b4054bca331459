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


class _Json(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data = {"time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + "Z",
                "level": record.levelname.lower(), "logger": record.name, "message": record.getMessage()}
        if hasattr(record, "decision"):
            data["decision"] = record.decision
            data["key"] = getattr(record, "key", "")
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
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("apscheduler", "mailparser", "imapclient"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
