"""The long-running daemon: APScheduler runs the pass; IDLE (or a Maildir watch) triggers it early."""
from __future__ import annotations

import logging
import os
import random
import signal
import socket
import threading
import time
from datetime import datetime
from importlib import resources

from ..config import Config, resolve_path
from ..decide.classifier import Classifier
from ..decide.model import CARD_FILE
from ..mail.mailboxes import MailboxError, open_mailbox
from ..mail.mailboxes.maildir import ensure_maildir
from ..mail.outboxes import open_outbox
from ..state.store import StateError, open_state
from . import sdnotify
from .engine import Engine, PassStats

log = logging.getLogger("triage_daemon")
BACKOFF_MAX = 300.0
LEASE_HOLDER = "lease holder "   # + mailbox name: meta row naming the daemon that took the lease last


class _QuietWhileRunning(logging.Filter):
    """A pass longer than poll_interval makes APScheduler skip the next start with a warning. That is
    no fault (the next pass starts at the next tick after this one ends): drop the warning."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "maximum number of running instances reached" not in record.getMessage()


_QUIET_WHILE_RUNNING = _QuietWhileRunning()


def _running_here(pid: int) -> bool:
    """Whether a process with this pid runs on this machine (a zombie does not count)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def seed_samples(cfg: Config, store) -> int:
    """Give a newcomer something to watch: copy the sample messages into an empty local inbox, once."""
    if not cfg.seed_samples or cfg.mailbox.scheme != "maildir" or store.get_meta("seeded"):
        return 0
    inbox = resolve_path(cfg, cfg.mailbox.path)
    ensure_maildir(inbox)
    if any((inbox / "new").iterdir()) or any((inbox / "cur").iterdir()):
        return 0
    count = 0
    for sample in sorted(resources.files("triage_daemon").joinpath("samples").iterdir()):
        if sample.name.endswith(".eml"):
            (inbox / "new" / f"{int(time.time())}.sample{count}.triage").write_bytes(sample.read_bytes())
            count += 1
    store.set_meta("seeded", "1")
    log.info("seeded the empty inbox %s with %d sample help-line messages", inbox, count)
    return count


def install_signal_handlers(stop: threading.Event, reload: threading.Event) -> None:
    """SIGTERM/SIGINT: finish the message in hand and stop; SIGHUP: reload the model."""
    def on_signal(signum, frame):
        log.info("received %s: finishing the message in hand, then stopping", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGHUP, lambda s, f: reload.set())


class Daemon:
    def __init__(self, cfg: Config, stop: threading.Event | None = None, reload: threading.Event | None = None):
        self.cfg = cfg
        self.stop = stop or threading.Event()
        self.reload_requested = reload or threading.Event()
        self.store = open_state(cfg)
        self.mailbox = open_mailbox(cfg)
        self.outbox = open_outbox(cfg)
        self.classifier = Classifier.from_config(cfg)
        self.engine = Engine(cfg, self.store, self.mailbox, self.outbox, self.classifier)
        self.engine.progress = self._progress
        self._model_mtime = self._card_mtime()
        self._failures = 0
        self._not_before = 0.0
        self._opened = False
        self._standby = False
        self._holding = False
        self._last_ping = 0.0
        self.last_stats: PassStats | None = None
        self.store.set_meta("model_version", self.classifier.model.version)
        self.metrics = None
        if cfg.metrics_port:
            from .metrics import Metrics
            self.metrics = Metrics()
            self.metrics.model_version(self.classifier.model.version)
            self.engine.observer = self.metrics.decided
        if cfg.shadow_model_dir:
            self.engine.shadow = self._load_shadow()

    def _load_shadow(self) -> Classifier | None:
        from dataclasses import replace
        try:
            shadow = Classifier.from_config(replace(self.cfg, model_dir=self.cfg.shadow_model_dir))
            log.info("shadow model %s runs beside %s (logged, never acted on)", shadow.model.version,
                     self.classifier.model.version)
            return shadow
        except Exception as exc:
            log.error("shadow model not loaded: %s", exc)
            return None

    def _card_mtime(self) -> float:
        try:
            return (self.cfg.model_dir / CARD_FILE).stat().st_mtime
        except OSError:
            return 0.0

    def maybe_reload(self) -> None:
        """Pick up a promoted model without a restart (SIGHUP or a changed card file)."""
        mtime = self._card_mtime()
        if not self.reload_requested.is_set() and mtime == self._model_mtime:
            return
        self.reload_requested.clear()
        self._model_mtime = mtime
        try:
            new = Classifier.from_config(self.cfg)
        except Exception as exc:
            log.error("model reload failed, keeping %s: %s", self.classifier.model.version, exc)
            return
        old = self.classifier.model.version
        self.classifier = self.engine.classifier = new
        self.store.set_meta("model_version", new.model.version)
        if self.metrics:
            self.metrics.model_version(new.model.version)
        log.info("model reloaded: now using %s (was %s)", new.model.version, old)

    def open(self) -> None:
        if not self._opened:
            self.mailbox.open()
            self._opened = True
            if self.store.try_lease(self.mailbox.name):  # a standby daemon leaves the inbox alone
                seed_samples(self.cfg, self.store)

    def run_pass(self) -> PassStats | None:
        """One pass with error handling: an outage is logged and backed off, never a crash."""
        try:
            return self._run_pass()
        finally:
            # The loop came round: the process is not stuck, even if the mailbox is down.
            sdnotify.notify("WATCHDOG=1")

    def hold_lease(self) -> bool:
        """Whether this daemon may work on the mailbox now. Daemons sharing one state database
        and one mailbox take turns: one works, the others wait on standby and take over when it
        stops or its connection dies."""
        reconnected = self.store.reconnect_if_lost()
        if reconnected:
            log.warning("state: the connection to %s was lost and is open again; the lease on %s went with it",
                        self.store.path, self.mailbox.name)
            self._holding = False
        held = self.store.try_lease(self.mailbox.name)
        if self.metrics:
            self.metrics.standby(not held)
        if held:
            if self._standby:
                log.info("took over %s: %s", self.mailbox.name, self._why_free(reconnected))
                self._standby = False
            if not self._holding:
                self.store.set_meta(LEASE_HOLDER + self.mailbox.name, f"{socket.gethostname()} pid {os.getpid()}")
                self._holding = True
            return True
        self._holding = False
        if not self._standby:
            log.info("standby: another triage-daemon sharing %s is working on %s; checking again every %.0fs",
                     self.store.path, self.mailbox.name, self.cfg.poll_interval)
            self._standby = True
        sdnotify.notify(f"STATUS=standby since {datetime.now():%H:%M:%S}: another daemon is working on the mailbox")
        return False

    def _why_free(self, reconnected: bool) -> str:
        """Why the lease came free, as far as this daemon can tell."""
        holder = self.store.get_meta(LEASE_HOLDER + self.mailbox.name) or ""
        host, _, pid = holder.partition(" pid ")
        here = host == socket.gethostname() and pid.isdigit()
        who = f"the daemon that held it (pid {pid}{'' if here else ' on ' + host})" if pid else "the daemon that held it"
        if here and not _running_here(int(pid)):
            return f"{who} has stopped"
        if here or reconnected:
            # Alive (or, with every connection to the state gone at once, most likely alive): its lease
            # ended with its connection. It fails its pass, reconnects and waits on standby.
            return f"{who} lost its connection to the state"
        return f"{who} has stopped or lost its connection to the state"

    def _progress(self) -> None:
        now = time.monotonic()
        if now - self._last_ping >= 1.0:
            self._last_ping = now
            sdnotify.notify("WATCHDOG=1")

    def _run_pass(self) -> PassStats | None:
        if time.monotonic() < self._not_before or self.stop.is_set():
            return None
        self.maybe_reload()
        try:
            if not self.hold_lease():
                return None
            self.open()
            stats = self.engine.run_pass(self.stop)
        except (MailboxError, StateError, OSError) as exc:
            self._failures += 1
            delay = min(BACKOFF_MAX, self.cfg.poll_interval * 2 ** min(self._failures, 8)) * random.uniform(0.8, 1.2)
            self._not_before = time.monotonic() + delay
            log.error("pass failed (%d in a row): %s; next try in %.0fs", self._failures, exc, delay)
            self.store_event("pass_error", str(exc))
            if self.metrics:
                self.metrics.failed("state" if isinstance(exc, StateError) else "mailbox")
            self._reset_mailbox()
            return None
        self._failures = 0
        self.last_stats = stats
        if self.metrics:
            self.metrics.passed(stats, self.store.queue_depth())
        sdnotify.notify(f"STATUS=last pass {datetime.now():%H:%M:%S}: {stats.fetched} new, {stats.decided} decided, "
                        f"{stats.sent} sent, {stats.deferred} waiting, {stats.quarantined} quarantined")
        if stats.fetched or stats.decided or stats.sent:
            log.info("pass: %d new, %d decided, %d sent, %d waiting, %d quarantined, %d errors in %.2fs",
                     stats.fetched, stats.decided, stats.sent, stats.deferred, stats.quarantined, stats.errors,
                     stats.seconds)
        return stats

    def collect_corrections(self) -> int:
        """Labels from messages people moved between category folders (scheduled job)."""
        from ..learn.corrections import collect_corrections
        if self.stop.is_set():
            return 0
        try:
            if not self.hold_lease():
                return 0
            self.open()
            return collect_corrections(self.mailbox, self.store, self.cfg)
        except (MailboxError, StateError, OSError) as exc:
            log.warning("collecting corrections failed: %s", exc)
            self._reset_mailbox()
            return 0

    def store_event(self, kind: str, detail: str) -> None:
        try:
            self.store.event(kind, detail)
        except StateError:
            pass

    def _reset_mailbox(self) -> None:
        try:
            self.mailbox.close()
        except Exception:
            pass
        self._opened = False

    def _watch(self, trigger) -> None:
        """IDLE (or Maildir watch) on its own connection; new mail triggers a pass at once."""
        failures = 0
        while not self.stop.is_set():
            try:
                if self.mailbox.wait(self.cfg.idle_renew_seconds, self.stop):
                    trigger()
                failures = 0
            except Exception as exc:
                failures += 1
                delay = min(BACKOFF_MAX, 2 ** min(failures, 8)) * random.uniform(0.5, 1.5)
                log.warning("watching the mailbox failed (%s); retrying in %.0fs", exc, delay)
                self.stop.wait(delay)

    def run_forever(self) -> int:
        from apscheduler.schedulers.background import BackgroundScheduler

        install_signal_handlers(self.stop, self.reload_requested)
        interval = self.cfg.poll_interval
        watchdog = sdnotify.watchdog_interval()
        if watchdog:
            interval = min(interval, watchdog)
        opened_at_start = True
        try:
            self.open()
        except (MailboxError, StateError) as exc:
            opened_at_start = self._opened
            log.error("%s not reachable at start: %s; will keep trying", "state" if self._opened else "mailbox", exc)
        log.info("triage-daemon running: mailbox %s, outbox %s, model %s, pass every %.0fs%s (config: %s)",
                 self.cfg.mailbox, self.cfg.outbox, self.classifier.model.version, interval,
                 ", IDLE push" if self.cfg.idle else "", self.cfg.source)
        from apscheduler.executors.pool import ThreadPoolExecutor

        # One worker: the pass, corrections and retraining share the mailbox connection and never overlap.
        logging.getLogger("apscheduler.scheduler").addFilter(_QUIET_WHILE_RUNNING)
        scheduler = BackgroundScheduler(executors={"default": ThreadPoolExecutor(1)},
                                        job_defaults={"max_instances": 1, "coalesce": True,
                                                      "misfire_grace_time": max(30, int(interval))})
        scheduler.add_job(self.run_pass, "interval", seconds=interval, id="pass", next_run_time=datetime.now())
        if self.cfg.corrections_interval:
            scheduler.add_job(self.collect_corrections, "interval", seconds=self.cfg.corrections_interval,
                              id="corrections")
        if self.metrics:
            self.metrics.serve(self.cfg.metrics_port, self.cfg.metrics_address)
        if self.cfg.retrain_cron:
            from apscheduler.triggers.cron import CronTrigger

            from ..learn.retrain import scheduled_retrain
            scheduler.add_job(scheduled_retrain, CronTrigger.from_crontab(self.cfg.retrain_cron), args=[self.cfg],
                              id="retrain")
        scheduler.start()

        def trigger():
            try:
                scheduler.modify_job("pass", next_run_time=datetime.now())
            except Exception:
                pass

        watcher = None
        if self.cfg.idle:
            watcher = threading.Thread(target=self._watch, args=(trigger,), name="watch", daemon=True)
            watcher.start()
        if opened_at_start:
            sdnotify.notify("READY=1")
        ready_sent = opened_at_start
        while not self.stop.wait(0.5):
            if not ready_sent and self._opened:
                sdnotify.notify("READY=1")
                ready_sent = True
        sdnotify.notify("STOPPING=1")
        scheduler.shutdown(wait=True)
        self._reset_mailbox()
        self.outbox.close()
        self.store.close()
        log.info("stopped")
        return 0

    def close(self) -> None:
        self._reset_mailbox()
        self.outbox.close()
        self.store.close()

