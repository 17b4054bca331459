#!/usr/bin/env python3
"""Benchmark: the whole decision on a labelled set written apart from the corpus, beside a bare baseline.

    .venv/bin/python bench/blind.py eval/blind-r1 [--json FILE] [--corrections]

Run it on a blind set once per release (eval/README.md); tune on eval/dev and tests/data/holdout.
The set's own `triage.toml` gives the organisation it was written for (its help-line domain).

Prints, for the shipped model with the shipped rules, knowledge base and policy:
- macro-F1 of the category, action accuracy (labels.csv `actions`: `+` joins, `|` separates
  alternatives), the share left for a person, harmful decisions (an automatic reply to a non-question,
  any reply to noise, a request ignored);
- answers: sent, right, wrong, right of answerable, per language; and what a draft would offer (the
  best article right, whether or not it was sent); the wrong-answer curve by threshold;
- raw 8-bit headers: parsed subjects and names, and the subjects of the replies and forwards we
  compose, without U+FFFD;
- matching time per question, start-up time (a fresh process loading config, model, rules and
  articles), peak RSS of this process;
- a bare baseline in the same run: keyword rules for the category, the routes without a person, and
  every question answered with one generic contact paragraph (right when the question is one the
  escalation guide's contact section answers: contact-support, support-hours, chat-bubble,
  contact-csm, product-board).

--corrections also measures item 6 of the release checks: the starter corpus against the starter
corpus + the set's writers `a` and `b` as corrections (weight CORRECTION_WEIGHT), both judged on
writer `c` (macro-F1). It trains two models into a temporary folder (about 3 minutes); nothing is
written into models/.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, fresh_process_seconds, header, match_questions, match_times  # noqa: E402

from triage_daemon import config as config_mod  # noqa: E402
from triage_daemon.learn.corpus import load_examples  # noqa: E402
from triage_daemon.learn.evaluate import evaluate, expected_actions  # noqa: E402
from triage_daemon.learn.scoring import classification_report  # noqa: E402

GENERIC_ANSWERS = {"contact-support", "support-hours", "chat-bubble", "contact-csm", "product-board"}

# The baseline's keyword rules: the first that matches decides; else a question.
BASELINE_RULES = [
    ("noise", r"out of (the )?office|automatic reply|auto-?reply|abwesenheit|fuera de la oficina|absent|"
              r"unsubscribe|newsletter|webinar|delivery status|undeliverable|thank(s| you)[.! ]*$"),
    ("scheduling_blocker", r"candidate (is )?waiting|no (zoom|teams|meet) link|starts in \d+|urgent|asap|"
                           r"can'?t (join|schedule)|blocked"),
    ("escalation", r"escalat|third time|unacceptable|executive|vp |contract|renewal|csm"),
    ("bug", r"error|broken|bug|not working|doesn'?t work|fails?|crash|wrong time"),
    ("feature_request", r"would be (great|nice)|feature|suggest|idea|wish|could you add|please add"),
]


def baseline_category(msg) -> str:
    text = f"{msg.subject}\n{msg.stripped or msg.text}".lower()
    for category, pattern in BASELINE_RULES:
        if re.search(pattern, text):
            return category
    return "question"


def baseline(examples, cfg) -> dict:
    from triage_daemon.mail.parse import parse

    y_true, y_pred, action_ok, harmful, right, answerable = [], [], [], Counter(), 0, 0
    for ex in examples:
        msg = parse(ex.raw)
        cat = baseline_category(msg)
        actions = frozenset(cfg.routes[cat])
        y_true.append(ex.label)
        y_pred.append(cat)
        alternatives = expected_actions(ex.expected)
        if alternatives:
            action_ok.append(actions in alternatives)
        if "auto_reply" in actions and ex.label != "question":
            harmful["auto_reply_to_non_question"] += 1
        if ex.label == "noise" and actions & {"auto_reply", "product_board_reply"}:
            harmful["reply_to_noise"] += 1
        if ex.label != "noise" and actions == {"ignore"}:
            harmful["request_ignored"] += 1
        if ex.label == "question" and ex.article not in ("", "none"):
            answerable += 1
            right += cat == "question" and ex.article in GENERIC_ANSWERS
    report = classification_report(y_true, y_pred)
    return {"macro_f1": report["macro_f1"], "action_accuracy": sum(action_ok) / len(action_ok) if action_ok else None,
            "left_for_a_person": 0.0, "harmful": dict(harmful), "answers_right": right, "answerable": answerable}


def header_integrity(examples, cfg) -> dict:
    """Messages with raw 8-bit bytes in their header: subject and names read, and what we write, intact."""
    import email
    import email.policy

    from triage_daemon.decide.policy import Decision
    from triage_daemon.mail import compose
    from triage_daemon.mail.parse import parse

    checked = intact = 0
    broken = []
    for ex in examples:
        head = ex.raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
        if all(b < 0x80 for b in head):
            continue
        checked += 1
        msg = parse(ex.raw)
        recipient = msg.reply_to or msg.sender or "someone@example.com"
        decision = Decision("bug", 0.9, ("forward_support",), "normal", ("bench",), None, recipient)
        written = [compose.support_forward(msg, ex.raw, decision, cfg, "bench")[1]]
        subjects = [msg.subject, msg.sender_name] + [
            str(email.message_from_bytes(w, policy=email.policy.default)["Subject"]) for w in written]
        if any("\ufffd" in s for s in subjects):
            broken.append((ex.source, subjects))
        else:
            intact += 1
    return {"checked": checked, "intact": intact, "broken": broken[:5]}


def matching_ms(examples, cfg) -> dict:
    """Time of answers.match alone (the question's sentences to the best article and its score)."""
    from triage_daemon.decide.classifier import Classifier

    classifier = Classifier.from_config(cfg)
    questions = match_questions(examples)
    classifier.answers.match(*questions[0])  # warm
    times = match_times(classifier.answers, questions)
    return {"questions": len(times), "median_ms": statistics.median(times), "mean_ms": statistics.mean(times),
            "max_ms": max(times)}


def startup_seconds(config: Path, runs: int = 5) -> list[float]:
    return fresh_process_seconds("from triage_daemon import config; from triage_daemon.decide.classifier import "
                                 f"Classifier; Classifier.from_config(config.load({str(config)!r})).prepare()", runs)


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def by_language(rows) -> dict:
    out: dict[str, dict] = defaultdict(lambda: {"messages": 0, "category_right": 0, "answerable": 0, "sent_right": 0,
                                                "best_right": 0})
    for r in rows:
        lang = out[r["language"] or "?"]
        lang["messages"] += 1
        lang["category_right"] += r["true"] == r["predicted"]
        if r["true"] == "question" and r["article"] not in ("", "none"):
            lang["answerable"] += 1
            lang["sent_right"] += bool(r["right"])
            lang["best_right"] += r["best"] == r["article"]
    return dict(sorted(out.items()))


def corrections(examples_blind, cfg) -> dict:
    """Starter corpus vs starter + writers a and b as corrections, judged on writer c."""
    from triage_daemon.decide.kb import load_articles
    from triage_daemon.learn.corpus import CORRECTION_WEIGHT
    from triage_daemon.learn.train import train

    starter = load_examples([str(ROOT / "models" / "data")], cfg, training=True)
    half = [ex for ex in examples_blind if Path(ex.source).name[:1] in "ab"]
    judged = [ex for ex in examples_blind if Path(ex.source).name[:1] == "c"]
    corrected = [replace(ex, weight=CORRECTION_WEIGHT) for ex in half]
    articles = load_articles(cfg.kb_dir)
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in (("starter", starter), ("starter + corrections", starter + corrected)):
            folder = Path(tmp) / name.replace(" ", "")
            train(data, folder, [name], articles=articles)
            report = evaluate(judged, folder, cfg)
            out[name] = {"examples": len(data), "macro_f1": report["macro_f1"],
                         "left_for_a_person": report["actions"]["left_for_a_person"]}
    out["judged_on"] = len(judged)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", type=Path, help="a labelled folder with its triage.toml (eval/blind-r1)")
    ap.add_argument("--json", type=Path, help="also write every figure here")
    ap.add_argument("--corrections", action="store_true", help="also measure corrections (trains two models)")
    args = ap.parse_args()
    config_path = args.set / "triage.toml"
    cfg = config_mod.load(str(config_path))
    examples = load_examples([str(args.set)], cfg)

    header(f"blind set {args.set}: {len(examples)} messages, the whole decision as shipped, beside a bare baseline")
    started = time.perf_counter()
    report = evaluate(examples, cfg.model_dir, cfg)
    seconds = time.perf_counter() - started
    rows = report["rows"]
    ans, act, safety = report["answers"], report["actions"], report["safety"]
    dep = ans["deployed"]
    answerable = sum(1 for r in rows if r["true"] == "question" and r["article"] not in ("", "none"))
    best_right = sum(1 for r in rows if r["true"] == "question" and r["article"] not in ("", "none")
                     and r["best"] == r["article"])
    base = baseline(examples, cfg)
    harmful = safety["auto_reply_to_non_question"] + safety["reply_to_noise"] + safety["request_ignored"]

    print(f"\nmodel {report['model']}; answer threshold {dep['threshold']:.2f} (1.00: no automatic answers)")
    print(f"{'':34}{'triage-daemon':>16}{'baseline':>12}")
    print(f"{'macro-F1 (category)':34}{report['macro_f1']:>16.3f}{base['macro_f1']:>12.3f}")
    print(f"{'action accuracy':34}{act['accuracy']:>16.3f}{base['action_accuracy']:>12.3f}")
    print(f"{'left for a person':34}{act['left_for_a_person']:>16.1%}{base['left_for_a_person']:>12.1%}")
    print(f"{'  where the label expects another':34}{act['left_unexpected']:>16.1%}{'-':>12}")
    print(f"{'harmful decisions':34}{harmful:>16}{sum(base['harmful'].values()):>12}")
    for key in ("auto_reply_to_non_question", "reply_to_noise", "request_ignored"):
        print(f"{'  ' + key.replace('_', ' '):34}{safety[key]:>16}{base['harmful'].get(key, 0):>12}")
    print(f"{'answers right / answerable':34}{dep['right']:>11}/{answerable:<4}{base['answers_right']:>7}/"
          f"{base['answerable']:<4}")
    print(f"{'wrong answers sent':34}{dep['wrong']:>16}{'-':>12}")
    print(f"{'best article right (a draft)':34}{best_right:>11}/{answerable:<4}")
    print("\nper language: messages, category right, answerable questions, answered right, best article right")
    for lang, v in by_language(rows).items():
        print(f"  {lang:4}{v['messages']:>6}{v['category_right']:>6}{v['answerable']:>6}{v['sent_right']:>6}"
              f"{v['best_right']:>6}")
    print("\nanswers if the threshold were (on this set): threshold, sent, right, wrong")
    for p in ans["curve"]:
        if p["threshold"] in (0.2, 0.36, 0.5, 0.6, 0.7, 0.8, 0.9):
            print(f"  {p['threshold']:.2f}{p['sent']:>6}{p['right']:>6}{p['wrong']:>6}")
    integrity = header_integrity(examples, cfg)
    print(f"\nraw 8-bit headers: {integrity['intact']} of {integrity['checked']} messages intact "
          f"(parsed subject and name, the forward's subject)")
    for source, subjects in integrity["broken"]:
        print(f"  broken: {source}: {subjects}")
    timing = matching_ms(examples, cfg)
    starts = startup_seconds(config_path.resolve())
    print(f"\nmatching: median {timing['median_ms']:.2f} ms, mean {timing['mean_ms']:.2f} ms, max "
          f"{timing['max_ms']:.2f} ms per question ({timing['questions']} questions)")
    print(f"start-up (fresh process: config, model, rules, articles): median {statistics.median(starts):.2f} s "
          f"of {len(starts)} (min {min(starts):.2f}, max {max(starts):.2f})")
    print(f"whole decision over the set: {seconds:.1f} s; peak RSS of this process: {peak_rss_mb():.0f} MB")
    wrong = [r for r in rows if r["sent"] and not r["right"]]
    if wrong:
        print("\nwrong answers sent:")
        for r in wrong:
            print(f"  {Path(r['source']).name}: sent {r['sent']}, answer is {r['article']}: {r['subject'][:70]!r}")
    figures = {"set": str(args.set), "messages": len(examples), "model": report["model"],
               "macro_f1": report["macro_f1"], "actions": act, "safety": safety, "answers": dep,
               "answerable": answerable, "best_article_right": best_right, "baseline": base,
               "by_language": by_language(rows), "headers": {k: integrity[k] for k in ("checked", "intact")},
               "matching": timing, "startup_seconds": starts, "peak_rss_mb": peak_rss_mb()}
    if args.corrections:
        print("\ncorrections: trains two models (a few minutes)...", flush=True)
        figures["corrections"] = result = corrections(examples, cfg)
        for name in ("starter", "starter + corrections"):
            print(f"  {name:24} {result[name]['examples']:>5} examples: macro-F1 {result[name]['macro_f1']:.3f} "
                  f"on writer c ({result['judged_on']} messages), left for a person "
                  f"{result[name]['left_for_a_person']:.1%}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
