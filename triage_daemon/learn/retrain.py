"""Scheduled retraining: train from the configured sources, then promote only through the gate."""
from __future__ import annotations

import logging

from ..config import PROJECT_ROOT, Config, candidate_dir

log = logging.getLogger("triage_daemon")


def retrain_sources(cfg: Config) -> list[str]:
    return cfg.retrain_sources or [str(PROJECT_ROOT / "models" / "data"), "state"]


def scheduled_retrain(cfg: Config) -> bool:
    """One retraining round; True when a new model was promoted. Never raises into the scheduler."""
    from .corpus import load_examples
    from .promote import promote
    from .train import default_tuning, load_tuning, train_and_tune

    candidate = candidate_dir(cfg)
    try:
        examples = load_examples(retrain_sources(cfg), cfg, training=True)
        tuning_sources = default_tuning()
        tuning = load_tuning(tuning_sources, cfg) if tuning_sources else []
        card = train_and_tune(examples, candidate, retrain_sources(cfg), cfg, tuning, tuning_sources)
        ok, message = promote(candidate, cfg, load_examples(cfg.holdout_sources, cfg))
    except Exception as exc:
        log.error("scheduled retraining failed: %s", exc)
        return False
    log.info("scheduled retraining of %s: %s", card["version"], message)
    return ok

