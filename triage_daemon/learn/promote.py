"""Safe promotion: a candidate replaces the deployed model only if it is not worse; the old one is kept."""
from __future__ import annotations

import logging
import shutil
from pathlib import Path

from ..config import Config, ConfigError
from ..decide.model import MODEL_FILE, MODEL_FILES
from ..decide.model import load as load_model
from .corpus import Example

log = logging.getLogger("triage_daemon")
PREVIOUS = "previous"
TOLERANCE = 0.005   # macro-F1 points a candidate may lose to noise and still pass


def _install(src: Path, dest: Path) -> None:
    """Copy model then card, each by atomic rename; the daemon reloads when the card changes."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in MODEL_FILES:
        if not (src / name).exists():
            (dest / name).unlink(missing_ok=True)  # a model without answers replaces one with them
            continue
        tmp = dest / f".{name}.incoming"
        shutil.copyfile(src / name, tmp)
        tmp.replace(dest / name)


def _figures(report: dict) -> str:
    return (f"{report['model']}: macro-F1 {report['macro_f1']:.3f}, {report['safety']['wrong_answers']} wrong answers, "
            f"{report['answers']['deployed']['right']} right, "
            f"{report['safety']['auto_reply_to_non_question']} auto-replies to non-questions")


def gate(new: dict, old: dict) -> list[str]:
    """Why a candidate must not replace the deployed model, judged on the same held-out messages; [] if it may."""
    reasons = []
    if new["macro_f1"] + TOLERANCE < old["macro_f1"]:
        reasons.append(f"macro-F1 {new['macro_f1']:.3f} < {old['macro_f1']:.3f} - {TOLERANCE}")
    if new["safety"]["wrong_answers"] > old["safety"]["wrong_answers"]:
        reasons.append(f"{new['safety']['wrong_answers']} wrong answers > {old['safety']['wrong_answers']}")
    if new["safety"]["auto_reply_to_non_question"] > old["safety"]["auto_reply_to_non_question"]:
        reasons.append("more automatic replies to messages that are not questions")
    return reasons


def promote(candidate: Path, cfg: Config, holdout: list[Example], force: bool = False) -> tuple[bool, str]:
    from .evaluate import evaluate

    load_model(candidate)  # refuses a tampered or untrusted file before anything else
    deployed = cfg.model_dir
    if candidate.resolve() == deployed.resolve():
        raise ConfigError(f"promote: {candidate} is already the deployed model_dir")
    if not holdout:
        raise ConfigError("promote: the held-out data is empty; pass --data")
    new = evaluate(holdout, candidate, cfg)
    have_current = (deployed / MODEL_FILE).exists()
    old = evaluate(holdout, deployed, cfg) if have_current else None
    verdict = f"candidate {_figures(new)}"
    if old is not None:
        verdict += f"; deployed {_figures(old)}"
        reasons = gate(new, old)
        if reasons and not force:
            return False, (f"refused: the candidate is worse on {new['n']} held-out messages ({'; '.join(reasons)}): "
                           f"{verdict}; --force overrides")
        backup = deployed / PREVIOUS
        if backup.exists():
            shutil.rmtree(backup)
        backup.mkdir(parents=True)
        for name in MODEL_FILES:
            if (deployed / name).exists():
                shutil.copyfile(deployed / name, backup / name)
    _install(candidate, deployed)
    log.info("promoted %s into %s", new["model"], deployed)
    return True, f"promoted ({verdict}); the running daemon picks it up by itself, `rollback` undoes it"


def rollback(cfg: Config) -> str:
    backup = cfg.model_dir / PREVIOUS
    if not (backup / MODEL_FILE).exists():
        raise ConfigError(f"rollback: no previous model in {backup}")
    load_model(backup)
    swap = cfg.model_dir / ".rollback"
    if swap.exists():
        shutil.rmtree(swap)
    swap.mkdir()
    for name in MODEL_FILES:
        if (cfg.model_dir / name).exists():
            shutil.copyfile(cfg.model_dir / name, swap / name)
    _install(backup, cfg.model_dir)
    shutil.rmtree(backup)
    swap.rename(backup)
    return f"rolled back to {load_model(cfg.model_dir).version}; the model it replaced is kept in {backup}"
