"""The long-running daemon: APScheduler runs the pass; IDLE (or a Maildir watch) triggers it early."""
from __future__ import annotations

import json
import logging
import os
import random
import signal
import socket
import threading
import time
from collections import Counter
from datetime import datetime
from importlib import resources

from ..config import LOGIN_BACKOFF_MAX, Config, resolve_path, warnings
from ..decide.classifier import Classifier
from ..mail.mailboxes import MailboxError, open_mailbox
from ..mail.mailboxes.maildir import ensure_maildir
from ..mail.outboxes import open_outbox
from ..state.store import StateError, StateGone, open_state
from . import processes, sdnotify
from .engine import Engine, PassStats
from .reload import Reloader

log = logging.getLogger("triage_daemon")
BACKOFF_MAX = 300.0
RETRY_FIRST = 5.0        # seconds before the first retry of a pass that could not reach the mailbox or the state
LEASE_HOLDER = "lease holder "   # + mailbox name: meta row naming the daemon that took the lease last


class _QuietWhileRunning(logging.Filter):
    """A start asked for while a pass runs (a pass longer than poll_interval, mail reported during one)
    makes APScheduler skip it with a warning. That is no fault (the main loop asks again once the pass
    is done): drop the warning."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        # A pass asked for behind a long job in the one worker (scheduled retraining) misses its start
        # time; the main loop asks again.
        return "maximum number of running instances reached" not in message and not (
            "was missed by" in message and "_scheduled_pass" in message)


_QUIET_WHILE_RUNNING = _QuietWhileRunning()


def reload_hint(cgroup: str = "/proc/self/cgroup") -> str:
    """How to make this daemon try again at once: systemd sets INVOCATION_ID for the processes it starts,
    and its unit (triage-daemon@emea.service with the template unit) is the last part of its cgroup."""
    if not os.environ.get("INVOCATION_ID"):
        return f"SIGHUP (`kill -HUP {os.getpid()}`)"
    try:
        with open(cgroup, encoding="utf-8") as fh:
            units = [line.rstrip("\n").rsplit("/", 1)[-1] for line in fh]
    except OSError:
        units = []
    unit = next((u for u in units if u.endswith(".service")), "")
    return f"`systemctl reload {unit}`" if unit else "`systemctl reload`"


def large_allocations_from_mmap(threshold: int = 1 << 20) -> None:
    """Have glibc map every allocation of a megabyte or more on its own, so that freeing it gives it
    back to the system. By default glibc raises that threshold to the size of each large block freed
    (up to 32 MB): after the first 24 MB message, the next ones came from the heap and stayed there,
    and a pass over eight of them peaked at 395 MB instead of about 280."""
    import ctypes

    try:
        ctypes.CDLL(None).mallopt(-3, threshold)   # M_MMAP_THRESHOLD
    except (OSError, AttributeError, TypeError):
        pass  # not glibc: nothing to tune


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
    """SIGTERM/SIGINT: finish the message in hand and stop; SIGHUP: reload model, rules, knowledge base and
    templates, and try a refused login again at once."""
    def on_signal(signum, frame):
        log.info("received %s: finishing the message in hand, then stopping", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGHUP, lambda s, f: reload.set())


class Daemon:
    def __init__(self, cfg: Config, stop: threading.Event | None = None, reload: threading.Event | None = None):
        large_allocations_from_mmap()
        self.cfg = cfg
        self.stop = stop or threading.Event()
        self.reload_requested = reload or threading.Event()
        # A pass asked for (new mail reported, SIGHUP) and not begun yet; and whether one is in hand.
        # APScheduler drops a start asked for while the pass runs, so the ask waits here until it can.
        self._pass_wanted = threading.Event()
        self._in_pass = threading.Event()
        for warning in warnings(cfg):  # at every start, so a weakened setting is never forgotten
            log.warning("%s", warning)
        self.store = open_state(cfg)
        self.mailbox = open_mailbox(cfg)
        self.outbox = open_outbox(cfg)
        from ..learn.promote import consider_shipped_model
        consider_shipped_model(cfg)  # an upgraded shipped model reaches a deployment through the gate
        self.classifier = Classifier.from_config(cfg).prepare()
        from ..mail.templates import templates_for
        templates_for(cfg)  # checked at start: a broken template stops the daemon here, not at the first forward
        self.engine = Engine(cfg, self.store, self.mailbox, self.outbox, self.classifier)
        self.engine.progress = self._progress
        self.reloader = Reloader(cfg)
        self._failures = 0
        self._login_failures = 0
        self._not_before = 0.0
        self._opened = False
        self._folders_ready = False   # ensure_folders has listed the mailbox's folders
        self._state_ok = True
        self._standby = False
        self._holding = False
        self._last_ping = 0.0
        self._health: dict[str, str] = {}
        self.fatal = ""                   # why the daemon stopped by itself (its state was deleted or replaced)
        # At least four pings per half watchdog period, however the message in hand is cut into steps.
        self._ping_every = min(1.0, (sdnotify.watchdog_interval() or 4.0) / 4)
        self.last_stats: PassStats | None = None
        self.totals = Counter()           # since start, for the line that says the daemon stopped
        self._registered = False          # `run` keeps a row in the state while it runs (processes.py)
        self._retry_due = 0.0             # when a failed pass is to be tried again (monotonic), 0: none
        self._last_seen = 0.0
        self.started = time.time()
        self._published_model = ""  # the version written to the shared state, once this daemon works
        self.metrics = None
        if cfg.metrics_port:
            from .metrics import Metrics
            self.metrics = Metrics()
            self.metrics.model_version(self.classifier.model.version)
            self.engine.observer = self.metrics.decided
        if cfg.shadow_model_dir:
            self.engine.shadow = self._load_shadow()

    def _load_shadow(self) -> Classifier | None:
        try:
            shadow = Classifier.from_config(self.cfg, self.cfg.shadow_model_dir).prepare()
            log.info("shadow model %s runs beside %s (logged, never acted on)", shadow.model.version,
                     self.classifier.model.version)
            return shadow
        except Exception as exc:
            log.error("shadow model not loaded: %s", exc)
            return None

    def maybe_reload(self) -> None:
        """Pick up what changed without a restart: a promoted model, edited rules, articles or templates
        (noticed by their files), or everything on SIGHUP."""
        asked = self.reload_requested.is_set()
        parts = self.reloader.changed() if not asked else ["model", "rules", "kb", "templates"]
        if not parts:
            return
        self.reload_requested.clear()
        if asked:
            if self._not_before:
                self._not_before = 0.0  # the admin fixed the password or the server: try again now
            self._retry_waiting_mail("SIGHUP")
        outcome = self.reloader.reload(self.classifier, parts, asked)
        self.classifier = self.engine.classifier = outcome.classifier.prepare()
        for message in outcome.messages:
            (log.error if " not reloaded" in message else log.info)("%s", message)
        if outcome.model_changed:
            if not self._standby:  # only the daemon holding the mailbox says which model works (hold_lease)
                try:
                    self._publish_model()
                except StateError:
                    pass
            if self.metrics:
                self.metrics.model_version(self.classifier.model.version)

    def try_lease(self) -> bool:
        """The lease on the mailbox: in the state (shared by daemons sharing it) and, for a Maildir, on
        the Maildir itself, which holds even if the state database is deleted under us."""
        if not self.store.try_lease(self.mailbox.name):
            return False
        return getattr(self.mailbox, "try_lease", lambda: True)()

    def open(self) -> None:
        """Open the mailbox; holding the lease, also seed the samples and make sure the folders exist.
        Called again (by a pass, after the lease was checked) it only does what is still to do: a standby
        that takes over makes the folders then."""
        if not self._opened:
            self.mailbox.open()
            self._opened = True
            if not self.try_lease():  # a standby daemon leaves the inbox alone
                return
            seed_samples(self.cfg, self.store)
            self._publish_model()
        self.ensure_folders()

    def ensure_folders(self) -> None:
        """Create the folders the daemon files into (`folders`: the categories, Review, Quarantine) that the
        mailbox lacks, once per process, at the first open that holds the lease, so that people can move a
        message into a category folder (a correction) from the start. Existing folders are left alone. Sent
        and Drafts are not made here: nobody files into them by hand, and the daemon makes them when it
        first stores mail there.

        A folder the server refuses to create is logged as an error naming it (and a `folder_error` event)
        and the daemon goes on, as it does through an unreachable server or a refused login: the condition
        is fixed on the server, and filing tries to create the folder again. Until then a message for it is
        decided and its mail sent, and it waits in the inbox (`FolderRefused`); the rest is filed. A mailbox
        that cannot be reached here is left to the pass; the folders are looked at again then."""
        if self._folders_ready:
            return
        folders = list(dict.fromkeys(self.cfg.folders.values()))
        try:
            created, refused = self.mailbox.ensure_folders(folders)
        except (MailboxError, OSError) as exc:
            log.warning("could not make sure the folders %s exist: %s; trying again at the next pass (or start)",
                        ", ".join(folders), exc)
            return
        self._folders_ready = True
        if created:
            log.info("created the folder%s %s in %s", "s" if len(created) > 1 else "", ", ".join(created),
                     self.mailbox.display)
        for folder, why in refused.items():
            log.error("mailbox: cannot create folder %s: %s; until it exists, mail to be filed there waits in the "
                      "inbox (each pass tries again) and people cannot move mail into it: "
                      "create it, or give the mailbox's account the right to", folder, why.rstrip(". "))
            self.store_event("folder_error", f"cannot create folder {folder}: {why}")

    def _scheduled_pass(self) -> PassStats | None:
        """The pass job: whatever was asked for before this point, this pass reads."""
        self._in_pass.set()
        self._pass_wanted.clear()
        try:
            return self.run_pass()
        finally:
            self._in_pass.clear()

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
                        self.store.path, self.mailbox.display)
            self._holding = False
        held = self.try_lease()
        self._state_ok = True
        if self.metrics:
            self.metrics.standby(not held)
        if held:
            self._publish_model()
            if self._standby:
                log.info("took over %s: %s", self.mailbox.display, self._why_free(reconnected))
                self._standby = False
            if not self._holding:
                self.store.set_meta(LEASE_HOLDER + self.mailbox.name, processes.me())
                self._holding = True
            return True
        self._holding = False
        if not self._standby:
            log.info("standby: another triage-daemon sharing %s is working on %s; checking again every %.0fs",
                     self.store.path, self.mailbox.display, self.cfg.poll_interval)
            self._standby = True
        sdnotify.notify(f"STATUS=standby since {datetime.now():%H:%M:%S}: another daemon is working on the mailbox")
        return False

    def _publish_model(self) -> None:
        """The model in use, in the state that `status` reads: only the daemon holding the mailbox
        writes it, so a standby's (maybe different) model never shows as the one working."""
        if self._published_model != self.classifier.model.version:
            self.store.set_meta("model_version", self.classifier.model.version)
            self._published_model = self.classifier.model.version

    def retrain(self) -> bool:
        """The retrain_cron job: only the daemon holding the mailbox retrains; a standby would train
        and promote a second candidate into the model_dir the two may share."""
        from ..learn.retrain import scheduled_retrain
        try:
            if not self.hold_lease():
                log.info("scheduled retraining skipped: standby (another daemon holds the mailbox)")
                return False
        except StateError as exc:
            log.warning("scheduled retraining skipped: %s", exc)
            return False
        return scheduled_retrain(self.cfg)
    def _why_free(self, reconnected: bool) -> str:
        """Why the lease came free, as far as this daemon can tell."""
        host, pid = processes.parse_holder(self.store.get_meta(LEASE_HOLDER + self.mailbox.name) or "")
        here = host == socket.gethostname() and pid is not None
        who = f"the daemon that held it (pid {pid}{'' if here else ' on ' + host})" if pid else "the daemon that held it"
        if here and not processes.running_here(pid):
            return f"{who} has stopped"
        if here or reconnected:
            # Alive (or, with every connection to the state gone at once, most likely alive): its lease
            # ended with its connection. It fails its pass, reconnects and waits on standby.
            return f"{who} lost its connection to the state"
        return f"{who} has stopped or lost its connection to the state"

    def _progress(self) -> None:
        """Called by the engine between messages and between the steps of one (never from a thread
        of its own): the loop that does the work proves it is moving."""
        now = time.monotonic()
        if now - self._last_ping >= self._ping_every:
            self._last_ping = now
            sdnotify.notify("WATCHDOG=1")

    def _run_pass(self) -> PassStats | None:
        self.maybe_reload()  # before the back-off check: SIGHUP also cuts a login back-off short
        self._heartbeat()    # alive, working or waiting out a back-off
        if time.monotonic() < self._not_before or self.stop.is_set():
            return None
        try:
            if not self.hold_lease():
                return None
            self.open()
            stats = self.engine.run_pass(self.stop)
        except StateGone as exc:
            self._give_up(exc)
            return None
        except (MailboxError, StateError, OSError) as exc:
            self._failed(exc, "pass failed")
            return None
        self._failures = 0
        self._login_failures = 0
        self._set_health("mailbox", {"state": "ok"})
        outbox = self._outbox_trouble()
        self.last_stats = stats
        self.totals.update(passes=1, decided=stats.decided, sent=stats.sent, quarantined=stats.quarantined,
                           errors=stats.errors)
        if self.metrics:
            self.metrics.passed(stats, self.store.queue_depth(), self.store, self.cfg)
            self.metrics.login_failing("mailbox", False)
            self.metrics.login_failing("outbox", bool(outbox))
        sdnotify.notify(f"STATUS=last pass {datetime.now():%H:%M:%S}: {stats.fetched} new, {stats.decided} decided, "
                        f"{stats.sent} sent, {stats.deferred} waiting, {stats.quarantined} quarantined"
                        + (f"; {outbox}" if outbox else ""))
        if stats.fetched or stats.decided or stats.sent:
            log.info("pass: %d new, %d decided, %d sent, %d waiting, %d quarantined, %d errors in %.2fs",
                     stats.fetched, stats.decided, stats.sent, stats.deferred, stats.quarantined, stats.errors,
                     stats.seconds)
        return stats

    def _give_up(self, exc: Exception) -> None:
        """Stop for good with a clear error: working on would send everything again."""
        self.fatal = str(exc)
        log.error("%s", exc)
        sdnotify.notify(f"STATUS=stopped: {str(exc)[:200]}")
        self.stop.set()

    def collect_corrections(self) -> int:
        """Labels from messages people moved between category folders, and from the drafts they sent
        (scheduled job)."""
        from ..learn.corrections import collect_corrections
        from ..learn.draft_feedback import collect_draft_outcomes
        if self.stop.is_set():
            return 0
        try:
            if not self.hold_lease():
                return 0
            self.open()
            found = collect_corrections(self.mailbox, self.store, self.cfg)
            if self.cfg.drafts:
                found += collect_draft_outcomes(self.mailbox, self.store, self.cfg)
            return found
        except StateGone as exc:
            self._give_up(exc)
            return 0
        except (MailboxError, StateError, OSError) as exc:
            log.warning("collecting corrections failed: %s", exc)
            self._reset_mailbox()
            return 0

    def _failed(self, exc: Exception, what: str) -> None:
        """A pass (or the start) could not reach the mailbox or the state: wait, say so, try again later.
        A refused login waits long (login_backoff, doubling to 4 h): retrying in seconds is how accounts
        get locked out."""
        self._failures += 1
        self.totals.update(failed_passes=1)
        login = bool(getattr(exc, "auth", False))
        if login:
            self._login_failures += 1
            delay = min(LOGIN_BACKOFF_MAX, self.cfg.login_backoff * 2 ** (self._login_failures - 1))
        else:
            # Seconds at first (a Dovecot restart refuses connections for a moment), doubling to BACKOFF_MAX.
            first = min(self.cfg.poll_interval, RETRY_FIRST)
            delay = min(BACKOFF_MAX, first * 2 ** min(self._failures - 1, 16)) * random.uniform(0.8, 1.2)
        self._not_before = time.monotonic() + delay
        self._retry_due = self._not_before   # a pass then, not at the next poll_interval (run_forever)
        next_try = time.time() + delay
        if isinstance(exc, StateError):
            self._state_ok = False
        log.error("%s (%d in a row): %s; next try in %.0fs%s", what, self._failures, exc, delay,
                  f" (a refused login waits long; {reload_hint()} tries again at once)" if login else "")
        self.store_event("login_failed" if login else "pass_error", str(exc))
        problem = "mailbox login failed" if login else ("state unreachable" if isinstance(exc, StateError)
                                                         else "mailbox unreachable")
        sdnotify.notify(f"STATUS={problem}: {exc}; next try at {datetime.fromtimestamp(next_try):%H:%M:%S}")
        if not isinstance(exc, StateError):
            self._set_health("mailbox", {"state": "login_failed" if login else "unreachable", "error": str(exc)[:300],
                                         "failures": self._failures, "next_try": next_try})
        if self.metrics:
            self.metrics.failed("state" if isinstance(exc, StateError) else ("login" if login else "mailbox"))
            self.metrics.login_failing("mailbox", login)
        self._reset_mailbox()

    def _outbox_trouble(self) -> str:
        """A refused SMTP login, while the outbox waits before trying again ('' when none)."""
        until = getattr(self.outbox, "auth_failed_until", 0.0)
        if until <= time.monotonic():
            self._set_health("outbox", {"state": "ok"})
            return ""
        error = getattr(self.outbox, "auth_error", "outbox login failed")
        next_try = time.time() + (until - time.monotonic())
        self._set_health("outbox", {"state": "login_failed", "error": error[:300], "next_try": next_try})
        return f"outbox login failed: {error}; next try at {datetime.fromtimestamp(next_try):%H:%M:%S}"

    def _set_health(self, which: str, health: dict) -> None:
        """What `status` shows about the mailbox or outbox connection; written when it changes."""
        value = json.dumps(dict(health, since=time.time()) if health["state"] != "ok" else health, sort_keys=True)
        if self._health.get(which, "").startswith('{"state": "ok"') and health["state"] == "ok":
            return
        self._health[which] = value
        self.store_meta(f"{which}_health", value)

    def store_event(self, kind: str, detail: str) -> None:
        try:
            self.store.event(kind, detail)
        except StateError:
            pass

    def store_meta(self, name: str, value: str) -> None:
        try:
            self.store.set_meta(name, value)
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
            if not self._opened or time.monotonic() < self._not_before:
                # The passes cannot log in (or back off): no second connection logging in meanwhile.
                self.stop.wait(1.0)
                continue
            try:
                if self.mailbox.wait(self.cfg.idle_renew_seconds, self.stop):
                    trigger()
                failures = 0
            except Exception as exc:
                failures += 1
                if getattr(exc, "auth", False):
                    delay = self.cfg.login_backoff
                else:
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
        try:
            self.open()
        except (MailboxError, StateError) as exc:
            self._failed(exc, f"{'state' if self._opened else 'mailbox'} not reachable at start")
        self._register(started=True)
        self._retry_waiting_mail("start")
        log.info("triage-daemon running: mailbox %s, outbox %s, model %s, pass every %.0fs%s (config: %s)",
                 self.cfg.mailbox, self.cfg.outbox, self.classifier.model.version, interval,
                 ", IDLE push" if self.cfg.idle else "", self.cfg.source)
        from apscheduler.executors.pool import ThreadPoolExecutor

        # One worker: the pass, corrections and retraining share the mailbox connection and never overlap.
        for name in ("apscheduler.scheduler", "apscheduler.executors.default"):
            logging.getLogger(name).addFilter(_QUIET_WHILE_RUNNING)
        scheduler = BackgroundScheduler(executors={"default": ThreadPoolExecutor(1)},
                                        job_defaults={"max_instances": 1, "coalesce": True,
                                                      "misfire_grace_time": max(30, int(interval))})
        scheduler.add_job(self._scheduled_pass, "interval", seconds=interval, id="pass", next_run_time=datetime.now())
        if self.cfg.corrections_interval:
            scheduler.add_job(self.collect_corrections, "interval", seconds=self.cfg.corrections_interval,
                              id="corrections")
        if self.metrics:
            self.metrics.serve(self.cfg.metrics_port, self.cfg.metrics_address)
        if self.cfg.retrain_cron:
            from apscheduler.triggers.cron import CronTrigger
            scheduler.add_job(self.retrain, CronTrigger.from_crontab(self.cfg.retrain_cron), id="retrain")
        # Ready once the configuration and the state are good: a mailbox that refuses us is reported in
        # STATUS= (and `status`, and the metrics) by a running service, not by a start that never ends.
        # Said before the first pass starts, so that no WATCHDOG=1 of the pass comes before it.
        ready_sent = self._state_ok
        if ready_sent:
            sdnotify.notify("READY=1")
        scheduler.start()

        def ask() -> None:
            try:
                scheduler.modify_job("pass", next_run_time=datetime.now())
            except Exception:
                pass

        def trigger() -> None:
            self._pass_wanted.set()
            if not self._in_pass.is_set():
                ask()

        watcher = None
        if self.cfg.idle:
            watcher = threading.Thread(target=self._watch, args=(trigger,), name="watch", daemon=True)
            watcher.start()
        while True:
            if not ready_sent and self._state_ok:
                sdnotify.notify("READY=1")
                ready_sent = True
            # SIGHUP: a pass now, which reloads first (maybe_reload clears the request), not at the next
            # scheduled one, up to poll_interval away; a second HUP during that pass asks for another.
            if self.reload_requested.is_set():
                self._pass_wanted.set()
            # A failed pass is tried again when its back-off ends ("next try in 5s"), not poll_interval
            # later: with IDLE, push stays off until a pass opens the mailbox again.
            if self._retry_due and time.monotonic() >= self._retry_due:
                self._retry_due = 0.0
                self._pass_wanted.set()
            # Asked again every half second until a pass begins: a start asked for while one runs (or
            # in the moment it ends) is dropped by the scheduler, and the mail would wait poll_interval.
            if self._pass_wanted.is_set() and not self._in_pass.is_set():
                ask()
            if self.stop.wait(0.5):
                break
        sdnotify.notify("STOPPING=1")
        scheduler.shutdown(wait=True)
        self._register(started=False)
        self.close()
        log.info("stopped: %s", self.summary())
        return 1 if self.fatal else 0

    def _retry_waiting_mail(self, why: str) -> None:
        """Mail waiting for its next try (an SMTP outage backs off up to an hour) is tried at the next pass:
        a restart or SIGHUP is how an admin says the server is fixed."""
        try:
            waiting = self.store.retry_now()
        except StateError:
            return
        if waiting:
            log.info("%s: %d message%s waiting to be sent tried again at this pass", why, waiting,
                     "" if waiting == 1 else "s")

    def _register(self, started: bool) -> None:
        """This daemon's row in the state while it runs (`status` says whether one runs), removed when it
        stops; at start, the rows of daemons that are gone (killed) are removed too."""
        name = processes.PREFIX + processes.me()
        self._registered = started
        try:
            if started:
                now = time.time()
                for other, value in self.store.meta_starting(processes.PREFIX).items():
                    if other != name and processes.gone(other, value, now):
                        self.store.delete_meta(other)
                self._heartbeat()
            else:
                self.store.delete_meta(name)
                self.store.set_meta(processes.STOPPED, str(time.time()))
        except StateError:
            pass

    def _heartbeat(self) -> None:
        """This daemon (`run`, not `once`) seen working, at most once a minute: a daemon on another machine
        is judged by it."""
        now = time.time()
        if not self._registered or now - self._last_seen < 60.0:
            return
        self._last_seen = now
        self.store_meta(processes.PREFIX + processes.me(), processes.row(self.started, now))

    def summary(self) -> str:
        """What this process did: "up 2h 5m: 734 passes, 41 decided, 52 sent, 1 quarantined, 0 errors"."""
        from .status import age

        t = self.totals
        failed = f", {t['failed_passes']} failed pass{'es' if t['failed_passes'] != 1 else ''}" if t["failed_passes"] else ""
        return (f"up {age(time.time() - self.started)}: {t['passes']} pass{'es' if t['passes'] != 1 else ''}{failed}, "
                f"{t['decided']} decided, {t['sent']} sent, {t['quarantined']} quarantined, {t['errors']} errors")

    def close(self) -> None:
        self._reset_mailbox()
        getattr(self.mailbox, "release_lease", lambda: None)()
        self.outbox.close()
        self.store.close()

