"""One pass over the mailbox: read, decide, record, act, file. Every effect is recorded before it happens."""
from __future__ import annotations

import hashlib
import logging
import re
import threading
import time
from dataclasses import dataclass, field

from ..config import Config
from ..decide.classifier import Classifier
from ..decide.pipeline import decide_message, history_from_headers
from ..mail import compose, headers
from ..mail.loops import never_send_to
from ..mail.mailboxes import Fetched, Mailbox, MailboxError
from ..mail.outboxes import Outbox, SendError
from ..mail.parse import ParseError, parse
from ..message import Decision, History, Message, Verdict, message_key
from ..state.store import DAY, StateError, Store

log = logging.getLogger("triage_daemon")

EFFECT_KINDS = {"auto_reply": "reply", "product_board_reply": "product", "forward_support": "forward",
                "flag_csm": "csm"}
ACK_KIND = "ack"           # an acknowledgement: not an action of its own, it follows a hand-over
DRAFT_KIND = "draft"       # a ready reply saved in the mailbox for a person; never sent
HANDED_ON = ("forward_support", "flag_csm", "needs_review")   # these get a reference (HL-2026-000123)
EXCERPT_CHARS = 1000      # of the sender's words kept with the decision (the report groups questions by them)
PRUNE_EVERY = 3600.0
RETRY_BASE = 30.0
RETRY_MAX = 3600.0


class FaultInjected(Exception):
    """Raised at a named step when a test asks for it (TRIAGE_FAULT=step)."""


class OverBudget(Exception):
    """One message took longer than message_budget_seconds: it is quarantined, the rest goes on."""


def fault_point(step: str) -> None:
    """Test hook: TRIAGE_FAULT=<step>[:kill] stops here; in production the variable is unset."""
    import os

    want = os.environ.get("TRIAGE_FAULT", "")
    if not want:
        return
    name, _, how = want.partition(":")
    if name == step:
        if how == "kill":
            import signal
            os.kill(os.getpid(), signal.SIGKILL)
        raise FaultInjected(step)


def history_for(store: Store | None, msg: Message, cfg: Config) -> History:
    """What the state knows about this sender and thread; without a store, only what the headers say.

    Counted per From address as well as per recipient: a sender who varies Reply-To (alice+1@,
    alice+2@, ...) is still one sender."""
    history = history_from_headers(msg, cfg)
    if store is None:
        return history
    ids = [i for i in (msg.in_reply_to, *msg.references) if i]
    recipient = msg.reply_to or msg.sender
    since = time.time() - DAY
    cap = cfg.max_auto_replies_per_sender_per_day
    replied = bool(recipient) and store.replied_in_thread(recipient, msg.thread_root)
    replied = replied or (bool(msg.sender) and store.replied_in_thread_from(msg.sender, msg.thread_root))
    # "Re: ... [HL-2026-000001]" from a client that sends no In-Reply-To: the reference names our thread, when
    # its sender wrote in it (references are easy to guess; someone else's joins nothing).
    quoted = quoted_reference(msg.subject, cfg.reference_prefix)
    return History(
        replied_in_thread=replied,
        answers_our_message=history.answers_our_message or store.sent_any_of(ids) or (
            bool(quoted) and bool(msg.sender) and store.knows_reference(quoted, msg.sender)),
        auto_replies_today=max(store.replies_to(recipient, since, cap) if recipient else 0,
                               store.replies_from(msg.sender, since, cap) if msg.sender else 0),
        forwards_today=store.forwards_from(msg.sender, since, cfg.max_forwards_per_sender_per_day) if msg.sender else 0,
    )


def quoted_reference(subject: str, prefix: str) -> str:
    """The reference a subject quotes ("Re: Zoom link missing [HL-2026-000123]"), or ""."""
    found = re.search(rf"\[({re.escape(prefix)}-\d{{4}}-\d{{1,9}})\]", subject)
    return found.group(1) if found else ""


def oversized_decision(verdict: Verdict | None, size: int, limit: int) -> Decision:
    """Only the header was read: the category is a guess from the subject, and a person decides."""
    reason = f"message of {size} bytes is over max_message_bytes ({limit}): left for a person"
    if verdict is None:
        return Decision("noise", 0.0, ("needs_review",), "normal", (reason,))
    return Decision(verdict.category, verdict.confidence, ("needs_review",), "normal",
                    (reason, f"category guessed from the subject alone ({verdict.confidence:.2f})"))


def plan_effects(msg: Message, raw: bytes, decision: Decision, cfg: Config, key: str, reference: str = ""):
    """(kind, recipient, message-id, bytes) for every outgoing message the decision calls for."""
    out = []
    for action in decision.actions:
        kind = EFFECT_KINDS.get(action)
        if kind == "reply":
            out.append((kind, decision.recipient, *_composed(compose.kb_reply, kind, msg, decision, cfg, key)))
        elif kind == "product":
            out.append((kind, decision.recipient, *_composed(compose.product_board_reply, kind, msg, decision, cfg, key)))
        elif kind == "forward":
            out.append((kind, cfg.support_address,
                        *_composed(compose.support_forward, kind, msg, raw, decision, cfg, key, reference)))
        elif kind == "csm":
            out.append((kind, cfg.csm_address, *_composed(compose.csm_notice, kind, msg, raw, decision, cfg, key, reference)))
    if decision.acknowledge and reference:
        out.append((ACK_KIND, decision.recipient,
                    *_composed(compose.acknowledgement, ACK_KIND, msg, decision, cfg, key, reference)))
    if decision.draft is not None and decision.category != "noise":
        out.append((DRAFT_KIND, decision.recipient,
                    *_composed(compose.draft_reply, DRAFT_KIND, msg, decision.draft, cfg, key)))
    for kind, recipient, _, _ in out:
        if kind in ("reply", "product", ACK_KIND) and never_send_to(recipient):
            raise ValueError(f"refusing to send a {kind} to {recipient}")
    return out


def _composed(fn, kind: str, msg: Message, *args):
    """The message `fn` writes; when what we copy from the original cannot be written into a header,
    the same message with a plain subject and no display name, rather than no message at all."""
    try:
        return fn(msg, *args)
    except Exception as exc:
        log.warning("could not write the %s for <%s> as is (%s: %s); writing it with a plain subject",
                    kind, msg.message_id, type(exc).__name__, str(exc)[:200])
        return fn(headers.plain_copy(msg), *args)


def folder_for(decision: Decision, cfg: Config) -> tuple[str, bool]:
    flagged = "flag_csm" in decision.actions
    if "needs_review" in decision.actions:
        return cfg.folders["needs_review"], flagged
    if flagged:
        return cfg.folders["escalation"], True
    return cfg.folders[decision.category], False


def _info(msg: Message | None, raw: bytes) -> dict:
    if msg is None:
        return {"digest": hashlib.sha256(raw).hexdigest()}
    return {"message_id": msg.message_id, "sender": msg.sender, "subject": msg.subject[:300],
            "digest": msg.digest, "thread": msg.thread_root}


@dataclass
class PassStats:
    fetched: int = 0
    decided: int = 0
    sent: int = 0
    quarantined: int = 0
    errors: int = 0
    deferred: int = 0
    drafts: int = 0
    seconds: float = 0.0
    categories: dict = field(default_factory=dict)
    actions: dict = field(default_factory=dict)


class Engine:
    def __init__(self, cfg: Config, store: Store, mailbox: Mailbox, outbox: Outbox, classifier: Classifier,
                 observer=None):
        self.cfg = cfg
        self.store = store
        self.mailbox = mailbox
        self.outbox = outbox
        self.classifier = classifier
        self.observer = observer          # called with (Decision, key) after each decision; metrics hook
        self.shadow: Classifier | None = None
        self.progress = None              # called between messages and their steps: the watchdog's proof of progress
        self._started = 0.0               # when the message in hand was started (its time budget)
        self._to_file: list[tuple[str, str, str, bool]] = []   # (key, ref, folder, flagged) awaiting a move
        self.clock = time.time            # when effects are due; tests replace it to step through the retries

    # --- the pass ---------------------------------------------------------------------------
    def run_pass(self, stop: threading.Event | None = None) -> PassStats:
        stop = stop or threading.Event()
        stats = PassStats()
        # What an aborted pass left to file is still 'decided' in the state: this pass finds it again there
        # (filing the old list would name messages by references that may no longer hold).
        self._to_file = []
        started = time.monotonic()
        done_refs: set[str] = set()
        for row in self.store.unfinished():
            if stop.is_set():
                break
            fetched = self.mailbox.fetch(row.ref) if row.ref else None
            if fetched is not None:
                done_refs.add(fetched.ref)
                if row.status == "seen":   # its work failed before: tried again, alone, the try counted first
                    self._handle_alone(fetched, stats, key=row.key)
                else:
                    self._handle(fetched, stats, key=row.key)
                self._ping()
            elif row.status == "decided":
                # The message left the mailbox (a person moved it, or our move landed before a crash):
                # its effects still go out, then it is finished.
                if self._send_effects(row.key, stats):
                    self.store.mark_done(row.key, row.ref, row.folder or "")
        self._flush(None)
        cursor = self.store.cursor(self.mailbox.name)
        batch: list[Fetched] = []
        size = 0
        for fetched in self.mailbox.fetch_new(cursor):
            if fetched.ref not in done_refs:
                # A chunk is bounded by bytes as well as by count: a large message goes alone.
                if batch and size + len(fetched.raw) > self.cfg.fetch_chunk_bytes:
                    cursor = self._handle_batch(batch, stats, stop) or cursor
                    batch, size = [], 0
                    if stop.is_set():
                        break
                batch.append(fetched)
                size += len(fetched.raw)
            if len(batch) >= self.cfg.fetch_chunk or size >= self.cfg.fetch_chunk_bytes:
                cursor = self._handle_batch(batch, stats, stop) or cursor
                batch, size = [], 0
            if stop.is_set():
                break
        if batch and not stop.is_set():
            cursor = self._handle_batch(batch, stats, stop) or cursor
        self._flush(cursor)
        self._prune()
        stats.seconds = time.monotonic() - started
        self.store.set_meta("last_pass", f"{time.time():.0f}")
        return stats

    def _prune(self) -> None:
        """At most once an hour: drop the bytes of sent messages older than state_retention_days."""
        last = float(self.store.get_meta("last_prune") or 0)
        if time.time() - last < PRUNE_EVERY:
            return
        dropped = self.store.prune(self.cfg.state_retention_days)
        self.store.set_meta("last_prune", f"{time.time():.0f}")
        if dropped:
            log.info("state: dropped the stored bytes of %d sent messages older than %g days", dropped,
                     self.cfg.state_retention_days)

    def _handle_batch(self, batch: list[Fetched], stats: PassStats, stop: threading.Event):
        """Parse a chunk, compute the model's probabilities for the new ones in one call, then handle
        each; returns the cursor.

        A try is recorded for every message before any of it is read. A message that hangs or kills
        the process leaves its try behind: at the next pass it, and every other message the chunk
        left unfinished, is tried alone, and a message that stopped the daemon max_attempts times
        (once at least on its own) is quarantined without being read again."""
        digests = {f.ref: hashlib.sha256(f.raw).hexdigest() for f in batch}
        earlier = self.store.tries(list(digests.values()))
        together = [f for f in batch if digests[f.ref] not in earlier]
        self.store.start_tries(list({digests[f.ref]: f.ref for f in together}.items()), alone=False)  # one per copy
        parsed: dict[str, Message] = {}
        spent: dict[str, float] = {}
        for fetched in together:
            if not fetched.oversized:
                started = time.monotonic()
                try:
                    parsed[fetched.ref] = parse(fetched.raw)
                except ParseError:
                    pass
                spent[fetched.ref] = time.monotonic() - started
                self._ping()
        fresh = [m for m in parsed.values() if (row := self.store.get(message_key(m))) is None or row.status == "seen"]
        try:
            probs = dict(zip(map(id, fresh), self.classifier.probabilities_many(fresh)))
        except Exception as exc:  # one poisonous message: classify one by one, so only it fails
            log.warning("batch classification failed (%s); classifying one at a time", type(exc).__name__)
            probs = {}
        self._ping()
        cursor = None
        handled: set[str] = set()
        for fetched in batch:
            if stop.is_set():
                break
            stats.fetched += 1
            handled.add(fetched.ref)
            if digests[fetched.ref] in earlier:
                self._handle_alone(fetched, stats)
            else:
                msg = parsed.get(fetched.ref)
                self._handle(fetched, stats, msg, probs.get(id(msg)) if msg is not None else None,
                             spent=spent.get(fetched.ref, 0.0))
            self._ping()
            cursor = fetched.cursor or cursor
        unhandled = [digests[f.ref] for f in together if f.ref not in handled]
        if unhandled:   # stopped on request (SIGTERM): those were never started
            self.store.end_tries(unhandled)
        if len(self._to_file) >= self.cfg.fetch_chunk:
            self._flush(cursor)
        return cursor

    def _handle_alone(self, fetched: Fetched, stats: PassStats, key: str | None = None) -> None:
        """A message that did not finish before: quarantined if it stopped the daemon max_attempts times
        (once at least on its own), else read and classified on its own, its try counted first."""
        digest = hashlib.sha256(fetched.raw).hexdigest()
        tried = self.store.tries([digest]).get(digest)
        if tried is not None and tried[0] >= self.cfg.max_attempts and tried[1] >= 1:
            self._quarantine(key or f"sha:{digest}", fetched,
                             f"stopped the daemon {tried[0]} times while it was read or classified (a hang or a "
                             f"crash); not read again", None, stats)
            return
        self.store.start_tries([(digest, fetched.ref)], alone=True)
        self._handle(fetched, stats, key=key)

    def _ping(self) -> None:
        """Proof of progress for the watchdog: called between messages and between the steps of one."""
        if self.progress:
            self.progress()

    def _checkpoint(self, step: str) -> None:
        """Between two steps of one message: past its time budget it goes no further."""
        spent = time.monotonic() - self._started
        if spent > self.cfg.message_budget_seconds:
            raise OverBudget(f"{step} took it to {spent:.1f} s, over message_budget_seconds "
                             f"({self.cfg.message_budget_seconds:g} s)")
        self._ping()

    def _handle(self, fetched: Fetched, stats: PassStats, msg: Message | None = None,
                probs: dict | None = None, key: str | None = None, spent: float = 0.0) -> None:
        """One message, end to end. A failure here is counted against this message only.

        `key`: the state's key for a message the state already knows; `spent`: seconds its parsing
        took in the chunk (counted in its time budget)."""
        fault_point("after_fetch")
        self._started = time.monotonic() - spent
        digest = hashlib.sha256(fetched.raw).hexdigest()
        known = key
        key = key or f"ref:{fetched.ref}"
        try:
            if msg is None:
                msg = parse(fetched.raw)
            key = known or message_key(msg)
            self._checkpoint("parsing")
        except ParseError as exc:
            if fetched.oversized:
                msg = None
            else:
                key = f"sha:{digest}"
                if (row := self.store.get(key)) and row.status in ("quarantined", "done"):
                    self.store.end_tries([digest])
                    self._refile(row, fetched)
                    return
                self._quarantine(key, fetched, f"cannot parse: {exc}", None, stats)
                return
        except OverBudget as exc:
            self._quarantine(key if msg is not None else f"sha:{digest}", fetched, f"over its time budget: {exc}",
                             msg, stats)
            return
        row = self.store.get(key)
        if row and row.status in ("done", "quarantined"):
            self.store.end_tries([digest])
            self._refile(row, fetched)
            return
        try:
            if not row or row.status == "seen":
                decision = self._decide(msg, fetched, key, probs)
                fault_point("after_decide")
                stats.decided += 1
                stats.categories[decision.category] = stats.categories.get(decision.category, 0) + 1
                for a in decision.actions:
                    stats.actions[a] = stats.actions.get(a, 0) + 1
            else:
                self.store.end_tries([digest])
                self.store.set_ref(key, fetched.ref)
            if not self._send_effects(key, stats):
                stats.deferred += 1
                return
            row = self.store.get(key)
            folder = row.folder
            if any(e.status == "failed" and e.kind != DRAFT_KIND for e in self.store.effects_for(key)):
                folder = self.cfg.folders["needs_review"]  # a reply that could not go out: a person looks
            self._to_file.append((key, fetched.ref, folder, row.flagged))
        except (MailboxError, OSError) as exc:
            # The connection is gone or the folder unusable: stop this pass; the state says where we were.
            stats.errors += 1
            log.warning("mailbox: could not file %s: %s (will retry)", fetched.ref, exc)
            if isinstance(exc, MailboxError):
                raise
        except FaultInjected:
            raise
        except OverBudget as exc:
            self._quarantine(key, fetched, f"over its time budget: {exc}", msg, stats)
        except Exception as exc:
            if isinstance(exc, StateError):
                raise
            stats.errors += 1
            attempts = self.store.note_attempt(key, fetched.ref, f"{type(exc).__name__}: {exc}", _info(msg, fetched.raw))
            log.error("error on %s (attempt %d of %d): %s: %s", key[:80], attempts, self.cfg.max_attempts,
                      type(exc).__name__, exc)
            if attempts >= self.cfg.max_attempts:
                self._quarantine(key, fetched, f"failed {attempts} times: {type(exc).__name__}: {exc}", msg, stats)

    def _decide(self, msg: Message | None, fetched: Fetched, key: str, probs: dict | None = None) -> Decision:
        if fetched.oversized or msg is None:
            verdict = self.classifier.classify(msg) if msg is not None else None
            decision = oversized_decision(verdict, fetched.size, self.cfg.max_message_bytes)
            reference = self._reference(key, decision)
            effects = []
            model = ""
        else:
            history = history_for(self.store, msg, self.cfg)
            verdict = self.classifier.verdict_from(msg, probs) if probs is not None else None
            verdict, decision = decide_message(msg, self.classifier, self.cfg, history, verdict)
            self._checkpoint("classifying")
            reference = self._reference(key, decision, msg)
            effects = plan_effects(msg, fetched.raw, decision, self.cfg, key, reference)
            model = verdict.model_version
            self._shadow(msg, decision, history)
        folder, flagged = folder_for(decision, self.cfg)
        recorded = decision.to_dict()
        if msg is not None:   # what the sender wrote, for the report's knowledge-base gaps
            recorded["excerpt"] = msg.stripped.strip()[:EXCERPT_CHARS]
        if verdict is not None and verdict.kb is not None:   # the best article, sent or not (the report's gaps)
            recorded["kb_best"] = {"id": verdict.kb.id, "score": verdict.kb.score}
        self.store.record_decision(key, fetched.ref, _info(msg, fetched.raw), recorded, folder, flagged,
                                   effects, model)
        log_decision(key, msg, decision, verdict, reference)
        if self.observer:
            self.observer(decision, key)
        return decision

    def _reference(self, key: str, decision: Decision, msg: Message | None = None) -> str:
        """A reference for what a person, Support or the CSM will answer; allocated before composing,
        so the forward, the notice and the acknowledgement all carry it. A follow-up keeps the reference of
        the message our mail in its thread was about, or the one it quotes in its subject if its sender
        wrote a message holding it (references are easy to guess: quoting someone else's joins nothing)."""
        if not any(a in decision.actions for a in HANDED_ON):
            return ""
        if msg is not None:
            thread = self.store.reference_in_thread([i for i in (msg.in_reply_to, *msg.references) if i])
            if thread:
                return self.store.reference_for(key, self.cfg.reference_prefix, follows=thread)
            quoted = quoted_reference(msg.subject, self.cfg.reference_prefix)
            if quoted and msg.sender:
                return self.store.reference_for(key, self.cfg.reference_prefix, follows=quoted, sender=msg.sender)
        return self.store.reference_for(key, self.cfg.reference_prefix)

    def _shadow(self, msg: Message, decision: Decision, history: History) -> None:
        if self.shadow is None:
            return
        try:
            _, other = decide_message(msg, self.shadow, self.cfg, history)
        except Exception as exc:
            log.warning("shadow model failed: %s", exc)
            return
        if other.category != decision.category or set(other.actions) != set(decision.actions):
            self.store.event("shadow_disagree", f"{msg.message_id}: deployed {decision.category} "
                                                f"{list(decision.actions)} vs shadow {other.category} {list(other.actions)}")
            log.info("shadow disagrees on <%s>: deployed %s %s, shadow %s %s", msg.message_id, decision.category,
                     ",".join(decision.actions), other.category, ",".join(other.actions))
        else:
            self.store.event("shadow_agree", msg.message_id)

    def _send_effects(self, key: str, stats: PassStats) -> bool:
        """Send what is still pending for this message; False while any must wait for a retry."""
        waiting = False
        now = self.clock()
        for eff in self.store.effects_for(key):
            if eff.status in ("sent", "failed", "cancelled"):
                continue
            self._ping()   # each send may take up to the SMTP timeout: the watchdog hears from us between them
            # No retry is set further ahead than RETRY_MAX: one that is has been pushed there by the clock
            # stepping back (NTP, a restored snapshot), and is due now rather than a day late.
            if now < eff.next_try <= now + RETRY_MAX:
                waiting = True
                continue
            if not self.store.claim_effect(eff):
                waiting = True  # changed since we read it: another daemon sharing the state has it
                continue
            if eff.kind == DRAFT_KIND:
                waiting = not self._save_draft(eff, now, stats) or waiting
                continue
            again = eff.status == "sending"
            if again:
                log.warning("sending %s to %s again as <%s>: an earlier attempt was cut off between DATA and "
                            "recording the server's answer, so the recipient may get it twice (same Message-ID)",
                            eff.kind, eff.recipient, eff.out_id)
            try:
                # 'sending' is recorded right before DATA, 'sent' right after the server's 250: only a crash
                # or a lost state between the two can send this message again.
                self.outbox.send(self.cfg.helpline_address, eff.recipient, eff.out_id, eff.payload,
                                 before_data=lambda eff=eff: self._before_data(eff))
            except SendError as exc:
                if exc.maybe_delivered and again:
                    # Handed over twice and no answer either time: the server may have it twice already.
                    # No third copy; a person checks (the message goes to the review folder).
                    self.store.effect_status(eff.id, "failed", f"{exc}; the server may have it (no answer, "
                                             f"twice): not sent again")
                    log.error("send %s to %s: no answer after the message was handed over, twice: not sent "
                              "again (the recipient may have it); a person checks", eff.kind, eff.recipient)
                elif exc.maybe_delivered and eff.attempts + 1 < 50:
                    # 'sending' stays: the next try is the one resend under the same Message-ID.
                    delay = min(RETRY_MAX, RETRY_BASE * 2 ** eff.attempts)
                    self.store.effect_status(eff.id, "sending", str(exc), retry_in=delay, now=now)
                    log.warning("send %s to %s: no answer after the message was handed over (it may have "
                                "arrived); sent once more in %.0fs: %s", eff.kind, eff.recipient, delay, exc)
                    waiting = True
                elif exc.transient and eff.attempts + 1 < 50:
                    delay = min(RETRY_MAX, RETRY_BASE * 2 ** eff.attempts)
                    self.store.effect_status(eff.id, "pending", str(exc), retry_in=delay, now=now)
                    log.warning("send %s to %s deferred (retry in %.0fs): %s", eff.kind, eff.recipient, delay, exc)
                    waiting = True
                else:
                    self.store.effect_status(eff.id, "failed", str(exc))
                    log.error("send %s to %s failed for good: %s", eff.kind, eff.recipient, exc)
                continue
            fault_point("after_send")
            self.store.effect_status(eff.id, "sent")
            stats.sent += 1
            if self.cfg.sent_folder:
                try:
                    self.mailbox.append(self.cfg.sent_folder, eff.payload)
                except (MailboxError, OSError) as exc:  # the copy is a convenience; the send stands
                    log.warning("could not store a copy in %s: %s", self.cfg.sent_folder, exc)
        return not waiting

    def _save_draft(self, eff, now: float, stats: PassStats) -> bool:
        """APPEND the draft to the drafts folder, exactly once: 'sending' is recorded before the APPEND, and
        a draft found 'sending' (a crash between the APPEND and the record) is looked for by its
        Message-ID before it is appended again. False while it must wait for a retry."""
        appending = eff.status == "sending"
        try:
            folder = self.mailbox.drafts_folder(self.cfg.drafts_folder)
            if eff.status == "sending" and self.mailbox.has_message_id(folder, eff.out_id):
                log.info("draft <%s> is already in %s (saved before a restart): not saved again", eff.out_id, folder)
            else:
                self.store.effect_sending(eff.id)
                appending = True
                fault_point("before_draft")
                self.mailbox.save_draft(folder, eff.payload, eff.out_id)
                fault_point("after_draft")
        except (MailboxError, OSError) as exc:
            if eff.attempts + 1 < 50:
                delay = min(RETRY_MAX, RETRY_BASE * 2 ** eff.attempts)
                # 'sending' stays when the APPEND may have landed: the next try looks before it appends.
                status = "sending" if appending else "pending"
                self.store.effect_status(eff.id, status, str(exc), retry_in=delay, now=now)
                log.warning("draft for %s deferred (retry in %.0fs): %s", eff.recipient, delay, exc)
                return False
            self.store.effect_status(eff.id, "failed", str(exc))
            log.error("draft for %s could not be saved: %s", eff.recipient, exc)
            return True
        self.store.effect_status(eff.id, "sent")
        stats.drafts += 1
        return True

    def _before_data(self, eff) -> None:
        self.store.effect_sending(eff.id)
        fault_point("before_data")

    def _flush(self, cursor: tuple[int, int] | None) -> None:
        """File the finished messages, one mailbox command per folder, then record them and the cursor.

        Until this runs they stay 'decided' in the state: after a crash the next pass files them."""
        batch, self._to_file = self._to_file, []
        if batch:
            fault_point("before_file")
            refs = self.mailbox.file_many([(ref, folder, flagged) for _, ref, folder, flagged in batch])
            # None: its folder could not be made (the mailbox logged why). It stays 'decided', where it is;
            # the next pass finds it in the state and files it then. "": it had left the inbox (a person moved
            # or deleted it): done, filed nowhere. The others are filed and done.
            done = [(key, new_ref or ref, folder if new_ref else "")
                    for (key, ref, folder, _), new_ref in zip(batch, refs) if new_ref is not None]
        else:
            done = []
        if done or cursor is not None:
            self.store.mark_done_many(done, (self.mailbox.name, *cursor) if cursor else None)

    def _refile(self, row, fetched: Fetched) -> None:
        """Seen before and finished (a crash before filing, or a copy): file it, never act again."""
        if not row.folder:
            return
        try:
            new_ref = self.mailbox.file(fetched.ref, row.folder, row.flagged)
            if row.status == "done":
                self.store.mark_done(row.key, new_ref, row.folder)
            else:
                self.store.set_ref(row.key, new_ref)
        except (MailboxError, OSError) as exc:
            log.warning("mailbox: could not file %s: %s", fetched.ref, exc)

    def _quarantine(self, key: str, fetched: Fetched, reason: str, msg: Message | None, stats: PassStats) -> None:
        folder = self.cfg.folders["quarantine"]
        self.store.quarantine(key, fetched.ref, reason, folder, _info(msg, fetched.raw))
        stats.quarantined += 1
        log.error("quarantined %s: %s", key[:80], reason)
        try:
            new_ref = self.mailbox.file(fetched.ref, folder, False)
            self.store.set_ref(key, new_ref)
        except (MailboxError, OSError) as exc:
            log.warning("mailbox: could not file %s into %s: %s", fetched.ref, folder, exc)


def log_decision(key: str, msg: Message | None, decision: Decision, verdict: Verdict | None = None,
                 reference: str = "") -> None:
    """One line per decision with its reasons; in JSON logs the same as fields (never the article's text)."""
    kb = f" kb={decision.kb.id}:{decision.kb.score:.2f}" if decision.kb else ""
    sender = msg.sender if msg else "?"
    if msg is not None and msg.sender_name:
        sender = f"{msg.sender_name} <{msg.sender}>"
    ack = " +acknowledgement" if decision.acknowledge else ""
    ref = f" ref={reference}" if reference else ""
    fields = {"key": key, "message_id": msg.message_id if msg else "", "sender": msg.sender if msg else "",
              "sender_name": msg.sender_name if msg else "", "subject": (msg.subject if msg else "")[:300],
              "category": decision.category, "confidence": decision.confidence, "actions": list(decision.actions),
              "acknowledgement": decision.acknowledge, "priority": decision.priority, "reference": reference,
              "article": decision.kb.id if decision.kb else None,
              "article_score": decision.kb.score if decision.kb else None,
              "scores": dict(verdict.probabilities) if verdict else {}, "reasons": list(decision.reasons)}
    log.info("decision %s from=%s subject=%r -> %s (%.2f) %s%s priority=%s%s%s | %s",
             (msg.message_id if msg else key)[:80], sender[:200], (msg.subject if msg else "")[:80],
             decision.category, decision.confidence, "+".join(decision.actions), ack, decision.priority, kb, ref,
             "; ".join(decision.reasons), extra={"fields": fields})
