"""Prometheus metrics (off unless metrics_port is set): decisions, answers by article, messages sent and
failed by kind, errors, logins refused, pass time, queue, review backlog, model, standby."""
from __future__ import annotations

import logging
import time

log = logging.getLogger("triage_daemon")

ERROR_KINDS = ("mailbox", "state", "message", "quarantine", "login")
# The state's effect kinds, by the name their X-Triage-Action header gives them.
KIND_NAMES = {"reply": "auto_reply", "product": "product_board_reply", "forward": "forward_support",
              "csm": "flag_csm", "ack": "acknowledgement", "draft": "draft"}


class _FromState:
    """Counters whose truth is the state store (sent and failed messages by kind): read at the end of each
    pass, so they survive restarts and count what a sharing daemon sent too."""

    def __init__(self):
        self.counts: dict[tuple[str, str], int] = {}

    def collect(self):
        from prometheus_client.core import CounterMetricFamily

        sent = CounterMetricFamily("triage_sent", "Messages sent (or written to the Maildir outbox), by kind",
                                   labels=["kind"])
        failed = CounterMetricFamily("triage_send_failures", "Messages refused for good, by kind", labels=["kind"])
        for kind in KIND_NAMES.values():
            if kind != "draft":   # a draft is saved in the mailbox for a person, never sent: counted apart
                sent.add_metric([kind], self.counts.get((kind, "sent"), 0))
                failed.add_metric([kind], self.counts.get((kind, "failed"), 0))
        drafts = CounterMetricFamily("triage_drafts_saved", "Drafts saved in the mailbox for a person to send")
        drafts.add_metric([], self.counts.get(("draft", "sent"), 0))
        yield sent
        yield failed
        yield drafts


class Metrics:
    def __init__(self):
        from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info

        self.registry = CollectorRegistry()
        self.messages = Counter("triage_messages", "Messages decided, by category and action",
                                ["category", "action"], registry=self.registry)
        self.answers = Counter("triage_answers", "Automatic answers decided, by knowledge-base article",
                               ["article"], registry=self.registry)
        self.errors = Counter("triage_errors", "Errors, by kind", ["kind"], registry=self.registry)
        for kind in ERROR_KINDS:  # every series exists from the start, at zero, so alerts can use rate()
            self.errors.labels(kind)
        self.pass_seconds = Histogram("triage_pass_seconds", "Duration of a pass over the mailbox",
                                      registry=self.registry,
                                      buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300))
        self.queue = Gauge("triage_queue_depth", "Messages decided whose effects are still waiting",
                           registry=self.registry)
        self.review = Gauge("triage_review_backlog", "Messages left for a person and still in the review folder",
                            registry=self.registry)
        self.review_age = Gauge("triage_review_oldest_age_seconds", "Age of the oldest message in the review backlog",
                                registry=self.registry)
        self.login = Gauge("triage_login_failing", "1 while the server refuses our login (waiting to try again)",
                           ["endpoint"], registry=self.registry)
        for endpoint in ("mailbox", "outbox"):
            self.login.labels(endpoint).set(0)
        self.last_success = Gauge("triage_last_success_timestamp_seconds", "Unix time of the last successful pass",
                                  registry=self.registry)
        self.model = Info("triage_model", "The model in use", registry=self.registry)
        self.standby_gauge = Gauge("triage_standby", "1 while another daemon sharing the state holds the mailbox",
                                   registry=self.registry)
        self.from_state = _FromState()
        self.registry.register(self.from_state)

    def decided(self, decision, key: str = "") -> None:
        for action in decision.actions:
            self.messages.labels(decision.category, action).inc()
        if "auto_reply" in decision.actions and decision.kb is not None:
            self.answers.labels(decision.kb.id).inc()

    def passed(self, stats, queue_depth: int, store=None, cfg=None) -> None:
        self.pass_seconds.observe(stats.seconds)
        self.last_success.set(time.time())
        self.queue.set(queue_depth)
        if stats.errors:
            self.errors.labels("message").inc(stats.errors)
        if stats.quarantined:
            self.errors.labels("quarantine").inc(stats.quarantined)
        if store is not None and cfg is not None:
            self.from_state.counts = {(KIND_NAMES.get(kind, kind), status): n
                                      for (kind, status), n in store.effect_counts().items()}
            count, oldest = store.review_backlog(cfg.folders["needs_review"])
            self.review.set(count)
            self.review_age.set(time.time() - oldest if oldest else 0)

    def failed(self, kind: str) -> None:
        self.errors.labels(kind).inc()

    def login_failing(self, endpoint: str, failing: bool) -> None:
        self.login.labels(endpoint).set(1 if failing else 0)

    def standby(self, waiting: bool) -> None:
        self.standby_gauge.set(1 if waiting else 0)

    def model_version(self, version: str) -> None:
        self.model.info({"version": version})

    def serve(self, port: int, address: str = "127.0.0.1"):
        from prometheus_client import start_http_server

        server, thread = start_http_server(port, addr=address, registry=self.registry)
        log.info("metrics on http://%s:%d/metrics", address, port)
        return server
