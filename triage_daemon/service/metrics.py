"""Prometheus metrics (off unless metrics_port is set): decisions, errors, pass time, queue, model, standby."""
from __future__ import annotations

import logging
import time

log = logging.getLogger("triage_daemon")


class Metrics:
    def __init__(self):
        from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info

        self.registry = CollectorRegistry()
        self.messages = Counter("triage_messages", "Messages decided, by category and action",
                                ["category", "action"], registry=self.registry)
        self.errors = Counter("triage_errors", "Errors, by kind", ["kind"], registry=self.registry)
        self.pass_seconds = Histogram("triage_pass_seconds", "Duration of a pass over the mailbox",
                                      registry=self.registry,
                                      buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300))
        self.queue = Gauge("triage_queue_depth", "Messages decided whose effects are still waiting",
                           registry=self.registry)
        self.last_success = Gauge("triage_last_success_timestamp_seconds", "Unix time of the last successful pass",
                                  registry=self.registry)
        self.model = Info("triage_model", "The model in use", registry=self.registry)
        self.standby_gauge = Gauge("triage_standby", "1 while another daemon sharing the state holds the mailbox",
                                   registry=self.registry)

    def decided(self, decision, key: str = "") -> None:
        for action in decision.actions:
            self.messages.labels(decision.category, action).inc()

    def passed(self, stats, queue_depth: int) -> None:
        self.pass_seconds.observe(stats.seconds)
        self.last_success.set(time.time())
        self.queue.set(queue_depth)
        if stats.errors:
            self.errors.labels("message").inc(stats.errors)
        if stats.quarantined:
            self.errors.labels("quarantine").inc(stats.quarantined)

    def failed(self, kind: str) -> None:
        self.errors.labels(kind).inc()

    def standby(self, waiting: bool) -> None:
        self.standby_gauge.set(1 if waiting else 0)

    def model_version(self, version: str) -> None:
        self.model.info({"version": version})

    def serve(self, port: int, address: str = "127.0.0.1"):
        from prometheus_client import start_http_server

        server, thread = start_http_server(port, addr=address, registry=self.registry)
        log.info("metrics on http://%s:%d/metrics", address, port)
        return server
