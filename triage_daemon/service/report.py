"""`report`: what the help line did over a period, from the state store: volumes by category and action,
automation, time to the first automatic response, the review backlog, drafts, follow-ups that say an
answer did not help, and the knowledge-base gaps. `figures` is pure (rows in, plain data out); `gather`
reads the rows; report_pages.py renders them."""
from __future__ import annotations

import statistics
import time
from datetime import datetime, timezone

from ..config import Config
from ..learn.gaps import Question, gaps

CLOSED_BY_DAEMON = {"auto_reply", "product_board_reply", "ignore"}   # nothing left for a person
ANSWERS = {"auto_reply", "product_board_reply"}
FOR_PEOPLE = {"forward_support", "needs_review"}
FIRST_RESPONSE_KINDS = {"reply", "product", "ack"}    # automatic messages to the sender
DID_NOT_HELP = "saying it did not help"               # the policy's reason for such a follow-up
# P(the best article answers it) from which a question left for a person is no knowledge-base gap.
LIKELY_ANSWERED = 0.5


def _day(stamp: float) -> str:
    return datetime.fromtimestamp(stamp, timezone.utc).strftime("%Y-%m-%d")


def _seconds(values: list[float]) -> dict:
    if not values:
        return {"count": 0, "median_seconds": None, "p90_seconds": None, "max_seconds": None}
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]
    return {"count": len(ordered), "median_seconds": round(statistics.median(ordered), 1),
            "p90_seconds": round(p90, 1), "max_seconds": round(ordered[-1], 1)}


def figures(messages: list[dict], effects: list[dict], articles: list, review_folder: str, now: float,
            since: float | None = None, outcomes: list[dict] = (), replies: dict | None = None) -> dict:
    """The report from the state's rows (Store.report_rows, Store.draft_outcomes) and the knowledge base's
    articles."""
    decided = [m for m in messages if m["status"] in ("decided", "done") and m["category"]]
    quarantined = sum(1 for m in messages if m["status"] == "quarantined")
    by_category: dict[str, int] = {}
    by_action: dict[str, int] = {}
    for m in decided:
        by_category[m["category"]] = by_category.get(m["category"], 0) + 1
        for a in m["actions"]:
            by_action[a] = by_action.get(a, 0) + 1
    closed = [m for m in decided if set(m["actions"]) <= CLOSED_BY_DAEMON]
    not_noise = [m for m in decided if m["category"] != "noise"]
    answered = [m for m in not_noise if set(m["actions"]) & ANSWERS]

    created = {m["key"]: m["created"] for m in decided}
    first: dict[str, float] = {}
    drafts = {"saved": 0, "waiting": 0, "failed": 0, "cancelled": 0, "sent_as_is": 0, "edited": 0, "discarded": 0}
    for e in effects:
        if e["kind"] in FIRST_RESPONSE_KINDS and e["status"] == "sent" and e["message_key"] in created:
            first[e["message_key"]] = min(first.get(e["message_key"], e["updated"]), e["updated"])
        if e["kind"] == "draft":
            key = {"sent": "saved", "pending": "waiting", "sending": "waiting"}.get(e["status"], e["status"])
            drafts[key] = drafts.get(key, 0) + 1
    for o in outcomes:
        drafts[o["outcome"]] = drafts.get(o["outcome"], 0) + 1
    response = _seconds([max(0.0, first[k] - created[k]) for k in first])
    by_person = _seconds([max(0.0, at - created[k]) for k, at in (replies or {}).items() if k in created])

    backlog = [m for m in decided if m["folder"] == review_folder]
    oldest = min((m["created"] for m in backlog), default=None)
    did_not_help = sum(1 for m in decided if any(DID_NOT_HELP in r for r in m["decision"].get("reasons", [])))

    per_day: dict[str, dict] = {}
    for m in decided:
        day = per_day.setdefault(_day(m["created"]), {"total": 0, "closed_by_daemon": 0, "for_people": 0})
        day["total"] += 1
        if set(m["actions"]) <= CLOSED_BY_DAEMON:
            day["closed_by_daemon"] += 1
        else:
            day["for_people"] += 1

    left = [m for m in decided if m["category"] == "question" and set(m["actions"]) & FOR_PEOPLE]
    # A gap is a question no article answers: not one whose best article was likely right but not sent
    # (automatic answers off, or under the threshold), which would make every question a gap.
    covered, unanswered = [], []
    for m in left:
        likely = (m["decision"].get("kb_best") or {}).get("score", 0.0) >= LIKELY_ANSWERED
        (covered if likely else unanswered).append(m)
    groups = gaps([Question(m["subject"], m["decision"].get("excerpt", ""), m["created"]) for m in unanswered], articles)
    return {
        "since": since, "until": now,
        "messages": len(decided), "quarantined": quarantined,
        "by_category": dict(sorted(by_category.items(), key=lambda kv: -kv[1])),
        "by_action": dict(sorted(by_action.items(), key=lambda kv: -kv[1])),
        "automation": {"closed_by_daemon": len(closed),
                       "rate": round(len(closed) / len(decided), 4) if decided else None,
                       "answered": len(answered),
                       "answer_rate": round(len(answered) / len(not_noise), 4) if not_noise else None},
        "first_automatic_response": response,
        "first_person_response": by_person,
        "review_backlog": {"folder": review_folder, "count": len(backlog),
                           "oldest_age_seconds": round(now - oldest, 1) if oldest is not None else None},
        "drafts": drafts,
        "did_not_help": did_not_help,
        "per_day": [{"day": d, **v} for d, v in sorted(per_day.items())],
        "questions_left_for_people": len(left),
        "questions_an_article_likely_answers": len(covered),
        "gaps": groups,
    }


def gather(cfg: Config, since: str | None = None) -> dict:
    """The report over the last `since` (an age like 7d; all of it when None), read from the state."""
    from ..decide.kb import load_articles
    from ..state.store import StateError, open_state
    from .status import parse_age

    now = time.time()
    start = now - parse_age(since) if since else None
    store = open_state(cfg, readonly=True)
    try:
        messages, effects = store.report_rows(start or 0.0)
        try:
            outcomes = store.draft_outcomes(start or 0.0)
            replies = store.person_replies(start or 0.0)
        except StateError:   # a state written before drafts were judged, not yet opened by this version's daemon
            outcomes, replies = [], {}
    finally:
        store.close()
    return figures(messages, effects, load_articles(cfg.kb_dir), cfg.folders["needs_review"], now, start, outcomes,
                   replies)
