"""Safe promotion: a candidate replaces the deployed model only if the gate passes. Every model it
replaces is kept in model_dir/history, which `rollback` walks back one step at a time; promote and
rollback show both models side by side with their dates and scores; history.json records it all.

The deployed model lives in model_dir (by default beside the state, outside the source tree). Until
something is promoted there the daemon runs the shipped model, and a newer shipped model reaches a
deployment that has its own model through the same gate (`consider_shipped_model`, at start).
"""
from __future__ import annotations

import json
import logging
import math
import shutil
from datetime import datetime, timezone
from pathlib import Path

from ..config import SHIPPED_MODEL_DIR, Config, ConfigError, model_in_use
from ..decide.model import CARD_FILE, MODEL_FILE, MODEL_FILES
from ..decide.model import load as load_model
from .answering import TARGET_WRONG
from .corpus import Example

log = logging.getLogger("triage_daemon")
HISTORY = "history"            # model_dir/history/0001-m-3d5f1c2b1120/: the models replaced, newest last
ROLLED_BACK = "rolled-back"    # model_dir/rolled-back/<version>/: what a rollback took out (kept, not walked)
LOG_FILE = "history.json"
PREVIOUS = "previous"          # the single backup of earlier versions; moved into history/ when seen
KEEP = 10                      # models kept in history/
TOLERANCE = 0.005              # macro-F1 points a candidate may lose to noise and still pass


def gate(new: dict, old: dict) -> list[str]:
    """The promotion criteria: why the candidate is worse than the deployed model (empty: it may go).
    `new` and `old` are `evaluate` reports on the same held-out messages."""
    problems = []
    if new["macro_f1"] + TOLERANCE < old["macro_f1"]:
        problems.append(f"macro-F1 {new['macro_f1']:.3f} is below the deployed {old['macro_f1']:.3f} "
                        f"(tolerance {TOLERANCE})")
    if new["safety"]["auto_reply_to_non_question"] > old["safety"]["auto_reply_to_non_question"]:
        problems.append(f"{new['safety']['auto_reply_to_non_question']} automatic replies to non-questions "
                        f"(deployed: {old['safety']['auto_reply_to_non_question']})")
    # The answers a candidate sends beyond the deployed model's may hold wrong ones, as long as that many
    # would not be unlikely if at most 1% of them were wrong (under 5%: `unlikely_wrong`). A few held-out
    # answers cannot show a rate of 1%: a model that turns answers on with 9 sent and 1 wrong passes (9%
    # likely), one whose single extra answer is wrong does not (1%), nor more wrong answers for no more sent.
    new_wrong, old_wrong = new["safety"].get("wrong_answers", 0), old["safety"].get("wrong_answers", 0)
    more_sent = max(0, new["answers"]["deployed"]["sent"] - old["answers"]["deployed"]["sent"])
    if new_wrong > old_wrong and unlikely_wrong(new_wrong - old_wrong, more_sent):
        problems.append(f"{new_wrong} wrong answers of {new['answers']['deployed']['sent']} sent "
                        f"(deployed: {old_wrong} of {old['answers']['deployed']['sent']})")
    return problems


def unlikely_wrong(wrong: int, sent: int, target: float = TARGET_WRONG, below: float = 0.05) -> bool:
    """At least `wrong` wrong answers among `sent` would happen less often than `below` if each were wrong
    with probability `target` (the binomial tail)."""
    if wrong > sent:
        return True
    likely = 1.0 - sum(math.comb(sent, k) * target ** k * (1 - target) ** (sent - k) for k in range(wrong))
    return likely < below


def notes(new: dict, old: dict) -> list[str]:
    """What changes for people without making the candidate worse: automatic answers turned on or off."""
    new_sent, old_sent = new["answers"]["deployed"]["sent"], old["answers"]["deployed"]["sent"]
    if old_sent and not new_sent:
        return [f"the candidate sends no automatic answers (the deployed model sent {old_sent} on these messages)"]
    if new_sent and not old_sent:
        return [f"the candidate turns automatic answers on ({new_sent} sent on these messages, "
                f"{new['safety'].get('wrong_answers', 0)} wrong; kb_min_score = 1.0 keeps them off)"]
    return []


# --- what is known about each model -------------------------------------------------------------------

def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _read_log(model_dir: Path) -> dict:
    try:
        data = json.loads((model_dir / LOG_FILE).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_log(model_dir: Path, data: dict) -> None:
    model_dir.mkdir(parents=True, exist_ok=True)
    tmp = model_dir / f".{LOG_FILE}.tmp"
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(model_dir / LOG_FILE)


def _card(model_dir: Path) -> dict:
    return json.loads((model_dir / CARD_FILE).read_text(encoding="utf-8"))


def _trained(model_dir: Path, card: dict) -> str:
    """When the model was trained: its card says so (older cards), else the date of its files."""
    if card.get("trained_at"):
        return str(card["trained_at"])
    stamp = (model_dir / MODEL_FILE).stat().st_mtime
    return datetime.fromtimestamp(stamp, timezone.utc).isoformat(timespec="seconds")


def _scores(report: dict | None) -> dict:
    if not report:
        return {}
    return {"macro_f1": round(report["macro_f1"], 4), "n": report["n"],
            "left_for_a_person": report["actions"]["left_for_a_person"],
            "auto_reply_to_non_question": report["safety"]["auto_reply_to_non_question"],
            "answered": report["answers"]["deployed"]["sent"], "right_answers": report["answers"]["deployed"]["right"],
            "wrong_answers": report["safety"]["wrong_answers"]}


def _remember(data: dict, model_dir: Path, report: dict | None = None, **more) -> dict:
    """The facts about one model (trained when, scores on the held-out set) under its version."""
    card = _card(model_dir)
    entry = data.setdefault("models", {}).setdefault(card["version"], {})
    entry.setdefault("trained", _trained(model_dir, card))
    entry.setdefault("examples", card.get("data", {}).get("examples"))
    bars = card.get("thresholds", {}).get("min_confidence", {})
    entry["bars"] = {"answer": card.get("auto_reply", {}).get("threshold"), "noise": bars.get("noise")}
    if report:
        entry["scores"] = _scores(report)
    entry.update({k: v for k, v in more.items() if v})
    return {"version": card["version"], **entry}


def _day(iso: str | None) -> str:
    return iso.replace("T", " ")[:16] + " UTC" if iso else "-"


def side_by_side(left_title: str, left: dict, right_title: str, right: dict) -> str:
    """Two models in two columns: version, trained, deployed, examples, scores."""
    def score(info: dict, name: str, fmt: str) -> str:
        value = info.get("scores", {}).get(name)
        return format(value, fmt) if value is not None else "not measured"

    def bar(info: dict, name: str) -> str:   # the card's own, before any kb_min_score or min_confidence
        value = info.get("bars", {}).get(name)
        return f"{value:.2f}" if value is not None else "-"

    n = left.get("scores", {}).get("n") or right.get("scores", {}).get("n")
    rows = [("", left_title, right_title),
            ("version", left.get("version", "-"), right.get("version", "-")),
            ("trained", _day(left.get("trained")), _day(right.get("trained"))),
            ("deployed", _day(left.get("deployed")), _day(right.get("deployed"))),
            ("training examples", str(left.get("examples") or "-"), str(right.get("examples") or "-")),
            (f"macro-F1{f' ({n} held-out)' if n else ''}", score(left, "macro_f1", ".3f"),
             score(right, "macro_f1", ".3f")),
            ("automatic replies", score(left, "answered", "d"), score(right, "answered", "d")),
            ("  right answers", score(left, "right_answers", "d"), score(right, "right_answers", "d")),
            ("  wrong answers", score(left, "wrong_answers", "d"), score(right, "wrong_answers", "d")),
            ("  to non-questions", score(left, "auto_reply_to_non_question", "d"),
             score(right, "auto_reply_to_non_question", "d")),
            ("left for a person", score(left, "left_for_a_person", ".1%"), score(right, "left_for_a_person", ".1%")),
            ("answers sent from", bar(left, "answer"), bar(right, "answer")),
            ("noise ignored from", bar(left, "noise"), bar(right, "noise"))]
    width = max(len(r[0]) for r in rows) + 2
    col = max(len(r[1]) for r in rows) + 3
    return "\n".join(f"  {a:<{width}}{b:<{col}}{c}".rstrip() for a, b, c in rows)


# --- the files --------------------------------------------------------------------------------------

def _install(src: Path, dest: Path) -> None:
    """Copy model then card, each by atomic rename; the daemon reloads when the card changes."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in MODEL_FILES:
        if not (src / name).exists():
            (dest / name).unlink(missing_ok=True)  # a model without answers replaces one with them
            continue
        tmp = dest / f".{name}.incoming"
        shutil.copy2(src / name, tmp)   # copy2: the files keep their dates (when the model was trained)
        tmp.replace(dest / name)


def _history(model_dir: Path) -> list[Path]:
    folder = model_dir / HISTORY
    return sorted(p for p in folder.iterdir() if p.is_dir() and (p / CARD_FILE).exists()) if folder.is_dir() else []


def _push(model_dir: Path, src: Path, version: str) -> Path:
    """Keep a copy of `src` as the newest history entry; the oldest beyond KEEP are dropped."""
    entries = _history(model_dir)
    number = int(entries[-1].name.split("-", 1)[0]) + 1 if entries else 1
    entry = model_dir / HISTORY / f"{number:04d}-{version}"
    _install(src, entry)
    for old in _history(model_dir)[:-KEEP]:
        shutil.rmtree(old)
    return entry


def _adopt_previous(model_dir: Path) -> None:
    """A `previous/` folder from an earlier version of the daemon becomes the oldest history entry."""
    previous = model_dir / PREVIOUS
    if (previous / CARD_FILE).exists():
        version = _card(previous).get("version", "unknown")
        entries = _history(model_dir)
        entry = model_dir / HISTORY / f"{0 if not entries else int(entries[0].name[:4]) - 1:04d}-{version}"
        entry.parent.mkdir(parents=True, exist_ok=True)
        if not entry.exists():
            previous.rename(entry)


# --- promote, rollback, the shipped model ------------------------------------------------------------

def promote(candidate: Path, cfg: Config, holdout: list[Example], force: bool = False) -> tuple[bool, str]:
    from .evaluate import evaluate

    load_model(candidate)  # refuses a tampered or untrusted file before anything else
    deployed = cfg.model_dir
    if deployed.resolve() == SHIPPED_MODEL_DIR.resolve():
        raise ConfigError(f"model_dir: {deployed} is the shipped model in the source tree; promotion writes a "
                          f"deployment outside it: drop model_dir from the config (default: beside the state) "
                          f"or point it at a folder of its own")
    if candidate.resolve() == deployed.resolve():
        raise ConfigError(f"promote: {candidate} is already the deployed model_dir")
    if not holdout:
        raise ConfigError("promote: the held-out data is empty; pass --data")
    current = model_in_use(cfg)  # the deployed model, or the shipped one while nothing was promoted
    have_current = (current / MODEL_FILE).exists()
    new = evaluate(holdout, candidate, cfg)
    old = evaluate(holdout, current, cfg) if have_current else None
    data = _read_log(deployed)
    right = _remember(data, candidate, new)
    left = _remember(data, current, old) if have_current else {"version": "(none)"}
    problems = gate(new, old) if old is not None else []
    if problems and not force:
        _write_log(deployed, data)
        table = side_by_side("deployed (kept)", left, "candidate (refused)", right)
        return False, (f"refused: the candidate is worse on {new['n']} held-out messages: {'; '.join(problems)}; "
                       f"--force overrides\n{table}")
    _adopt_previous(deployed)
    if have_current:
        _push(deployed, current, left["version"])
    _install(candidate, deployed)
    at = _now()
    data.setdefault("events", []).append({"at": at, "action": "promoted" + (" (forced)" if problems else ""),
                                          "version": right["version"], "replaced": left["version"]})
    data["models"][right["version"]]["deployed"] = at
    right["deployed"] = at
    _write_log(deployed, data)
    log.info("promoted %s into %s (replacing %s)", right["version"], deployed, left["version"])
    table = side_by_side("replaced (kept in history)", left, "now deployed", right)
    noted = "".join(f"\nnote: {n}" for n in (notes(new, old) if old is not None else []))
    return True, (f"promoted {right['version']} (replacing {left['version']}); the running daemon picks it up at "
                  f"its next pass (within poll_interval; at once on SIGHUP), `rollback` brings the replaced model back"
                  f"{noted}\n{table}")


class NoEarlierModel(ConfigError):
    """Nothing to roll back to: not a configuration problem, and nothing changed."""


def rollback(cfg: Config) -> str:
    """Bring back the model deployed before the current one; again, and the one before that."""
    deployed = cfg.model_dir
    _adopt_previous(deployed)
    entries = _history(deployed)
    if not entries or not (deployed / CARD_FILE).exists():
        raise NoEarlierModel(f"rollback: no earlier model in {deployed / HISTORY}; nothing changed")
    entry = entries[-1]
    load_model(entry)  # refuses a tampered copy before anything changes
    data = _read_log(deployed)
    left = _remember(data, deployed)
    right = _remember(data, entry)
    keep = deployed / ROLLED_BACK / left["version"]
    _install(deployed, keep)
    _install(entry, deployed)
    shutil.rmtree(entry)
    at = _now()
    data.setdefault("events", []).append({"at": at, "action": "rolled back", "version": right["version"],
                                          "replaced": left["version"]})
    data["models"][right["version"]]["deployed"] = at
    right["deployed"] = at
    _write_log(deployed, data)
    more = len(_history(deployed))
    table = side_by_side("rolled back (kept in rolled-back/)", left, "now deployed", right)
    return (f"rolled back to {right['version']} (from {left['version']}); {more} earlier model(s) left in "
            f"history; the running daemon picks it up at its next pass (at once on SIGHUP)\n{table}")


def consider_shipped_model(cfg: Config) -> str | None:
    """A shipped model newer than the one this deployment last considered goes through the gate against the
    deployed model, once per shipped version. None when there is nothing to do."""
    deployed = cfg.model_dir
    shipped = SHIPPED_MODEL_DIR
    if not (deployed / CARD_FILE).exists() or not (shipped / CARD_FILE).exists():
        return None  # nothing deployed: the shipped model runs as it is
    if deployed.resolve() == shipped.resolve():
        return None
    try:
        version = _card(shipped).get("version")
        current = _card(deployed).get("version")
    except (OSError, ValueError):
        return None
    data = _read_log(deployed)
    if version in (current, data.get("shipped_seen")):
        return None
    from .corpus import load_examples

    try:
        ok, message = promote(shipped, cfg, load_examples(cfg.holdout_sources, cfg))
    except Exception as exc:  # no held-out data here, or an unreadable model: say so, keep what runs
        ok, message = False, f"not considered: {exc}"
    data = _read_log(deployed)
    data["shipped_seen"] = version
    _write_log(deployed, data)
    (log.info if ok else log.warning)("shipped model %s: %s", version, message.replace("\n", " | "))
    return message
