"""Plain data passed between the layers: a parsed Message, a Verdict, a Decision."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class Message:
    """What the decision needs from one e-mail; the raw bytes stay with the mailbox."""
    message_id: str            # without angle brackets; "" when missing
    sender: str                # bare address, lower-case; "" when missing
    sender_name: str
    reply_to: str              # bare address or ""
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    date: str                  # ISO 8601 or ""
    in_reply_to: str
    references: tuple[str, ...]
    headers: dict[str, str]    # lower-case name -> first value, for the loop rules
    text: str                  # best body text (plain, or text from HTML)
    stripped: str              # text without quoted history, forwards' headers and signature
    attachments: tuple[Attachment, ...] = ()
    content_type: str = "text/plain"
    calendar: str = ""         # the iTIP method of its own calendar part (REQUEST, REPLY, CANCEL...), or ""
    calendar_note: str = ""    # on an answer to an invitation (REPLY), the note the attendee typed in it, or ""
    size: int = 0
    digest: str = ""           # sha256 of the raw bytes
    defects: tuple[str, ...] = ()

    @property
    def thread_root(self) -> str:
        """The thread this message belongs to: the first reference, else what it answers, else itself."""
        if self.references:
            return self.references[0]
        return self.in_reply_to or self.message_id or content_digest(self)

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


@dataclass(frozen=True)
class RuleHit:
    rule: str
    description: str
    category: str | None = None
    weight: float = 0.0
    override: bool = False
    priority: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class KbMatch:
    id: str
    title: str
    score: float
    answer: str = ""


@dataclass(frozen=True)
class Verdict:
    """What the classifier thinks: category, confidence and the evidence."""
    category: str
    confidence: float
    probabilities: dict[str, float]
    rule_hits: tuple[RuleHit, ...] = ()
    kb: KbMatch | None = None
    model_version: str = ""
    # An attendee's answer to an invitation read as noise, with a typed note: P(noise) of the note read
    # alone, without the calendar's "Accepted: ..." subject ("Können wir das auf 15 Uhr verschieben").
    note_noise: float | None = None


@dataclass(frozen=True)
class History:
    """What the state knows about this sender and thread, read before deciding."""
    replied_in_thread: bool = False        # we already sent an automatic reply (or acknowledgement) in this thread
    answers_our_message: bool = False      # In-Reply-To/References name a message we sent
    auto_replies_today: int = 0            # automatic replies (answers, acknowledgements) to this sender in 24 h
    forwards_today: int = 0


@dataclass(frozen=True)
class Decision:
    category: str
    confidence: float
    actions: tuple[str, ...]
    priority: str
    reasons: tuple[str, ...]
    kb: KbMatch | None = None
    recipient: str = ""                    # who an automatic reply goes to
    acknowledge: bool = False              # the sender is told it arrived, with a reference (not an action)
    draft: KbMatch | None = None           # a ready reply saved as a draft for a person (not an action)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["actions"] = list(self.actions)
        data["reasons"] = list(self.reasons)
        return data


@dataclass
class Effect:
    """One outgoing side effect of a decision, recorded before and after it happens."""
    kind: str            # reply | product | forward | csm | ack | draft
    recipient: str
    message_id: str
    payload: bytes
    status: str = "pending"
    attempts: int = 0
    error: str = ""
    extra: dict = field(default_factory=dict)


def message_key(msg: Message) -> str:
    """Stable identity: Message-ID with who/when/what (ids get reused by broken clients), else a digest
    of what the sender wrote, so that two deliveries of one message are one message."""
    if msg.message_id:
        salt = hashlib.sha256(f"{msg.sender}\0{msg.date}\0{msg.subject}".encode()).hexdigest()[:12]
        return f"mid:{msg.message_id[:300]}:{salt}"
    return f"content:{content_digest(msg)}"


def content_digest(msg: Message) -> str:
    """sha256 of the parts a redelivery keeps (From, Date, Subject, the body text); never of the raw
    bytes, which differ in Received and other trace headers from one delivery to the next."""
    stable = "\0".join((msg.sender, msg.date, msg.subject, msg.text))
    return hashlib.sha256(stable.encode("utf-8", "surrogatepass")).hexdigest()


def mailbox_of(address: str) -> str:
    """The mailbox an address delivers to, for counting per person: lower case, without a "+tag"
    subaddress (alice+hr@Example.com is alice@example.com)."""
    local, at, domain = address.lower().rpartition("@")
    return f"{local.split('+', 1)[0]}@{domain}" if at and local else address.lower()
