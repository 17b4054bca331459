"""A throw-away help line on the Maildir twin: config file, inbox, outbox and state under one folder."""
from __future__ import annotations

import email
import email.policy
from pathlib import Path

from triage_daemon import config
from triage_daemon.mail.mailboxes.maildir import ensure_maildir, folder_dir

SAMPLES = Path(__file__).resolve().parent.parent / "triage_daemon" / "samples"
# What the six samples make the daemon write: an answer, a product-board reply, three forwards (the bug,
# the blocker, and the escalation: a fault reported for the third time) and a CSM notice, and an
# acknowledgement to each of the three senders handed on (bug, blocker, escalation).
SAMPLES_SENT = 9

BASE_TOML = """
mailbox = "maildir:mail/helpline"
outbox  = "maildir:mail/outbox"
state   = "sqlite:///triage.db"
helpline_address = "helpline@example.com"
support_address  = "support@goodtime.io"
csm_address      = "csm@example.com"
product_board_url = "https://goodtime.example/board"
# The tests exercise automatic answers at the bar they were written for, not the shipped card's.
kb_min_score = 0.36
"""


class Twin:
    def __init__(self, root: Path, extra: str = "", state: str = "sqlite:///triage.db",
                 kb_min_score: float | None = 0.36):
        """kb_min_score: the bar most tests exercise automatic answers at; 1.0 turns them off; None leaves
        the card's threshold in force."""
        self.root = root
        self.config_path = root / "triage.toml"
        base = BASE_TOML.replace('state   = "sqlite:///triage.db"', f'state   = "{state}"')
        if kb_min_score is None:
            base = base.replace("kb_min_score = 0.36\n", "")
        else:
            base = base.replace("kb_min_score = 0.36\n", f"kb_min_score = {kb_min_score}\n")
        self.config_path.write_text(base + extra, encoding="utf-8")
        self.inbox = root / "mail" / "helpline"
        self.outbox = root / "mail" / "outbox"
        ensure_maildir(self.inbox)
        self._n = 0

    @property
    def cfg(self):
        return config.load(str(self.config_path))

    def deliver(self, raw: bytes, name: str | None = None) -> Path:
        self._n += 1
        path = self.inbox / "new" / (name or f"{self._n:05d}.test.eml")
        path.write_bytes(raw)
        return path

    def sent(self) -> list[email.message.EmailMessage]:
        files = sorted((self.outbox / "new").glob("*")) if (self.outbox / "new").exists() else []
        return [email.message_from_bytes(p.read_bytes(), policy=email.policy.default) for p in files]

    def sent_to(self, address: str) -> list[email.message.EmailMessage]:
        return [m for m in self.sent() if address in str(m["To"])]

    def folder_files(self, folder: str) -> list[Path]:
        base = folder_dir(self.inbox, folder)
        return sorted(p for sub in ("new", "cur") for p in (base / sub).glob("*")) if base.exists() else []

    def all_mailbox_files(self) -> list[Path]:
        return sorted(p for p in self.inbox.rglob("*") if p.is_file() and p.parent.name in ("new", "cur"))

    def filed_messages(self) -> list[Path]:
        """Every message in the mailbox but the drafts we saved for a person (needs_review, drafts on)."""
        return [p for p in self.all_mailbox_files() if p.parent.parent.name != ".Drafts"]
