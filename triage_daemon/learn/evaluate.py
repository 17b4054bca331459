"""Measure a model with the whole decision (rules, model, KB, policy) on labelled messages."""
from __future__ import annotations

import base64
import html
from dataclasses import replace
from pathlib import Path

from ..config import CATEGORIES, Config
from ..decide.classifier import Classifier
from ..decide.kb import load_articles
from ..decide.model import load as load_model
from ..decide.pipeline import decide_message, history_from_headers, thresholds
from ..decide.policy import decide
from ..decide.rules import load_rules
from ..mail.parse import parse
from .answering import TARGET_WRONG
from .corpus import Example
from .scoring import AnswerCase, answer_curve, classification_report


def expected_actions(spec: str) -> list[frozenset[str]]:
    """'forward_support+flag_csm|flag_csm' -> the acceptable sets of actions."""
    return [frozenset(a.strip() for a in alt.split("+") if a.strip()) for alt in spec.split("|") if alt.strip()]


def evaluate(examples: list[Example], model_dir: Path, cfg: Config, target_wrong: float = TARGET_WRONG) -> dict:
    """The whole decision (rules, model, answers, policy) on labelled messages, and what it got right."""
    classifier = Classifier.build(load_rules(cfg.rules_dir), load_model(model_dir), load_articles(cfg.kb_dir))
    bars = thresholds(cfg, classifier.model.card)
    y_true, y_pred, rows, cases = [], [], [], []
    # The noise bar at its two ends: any noise reading taken, none taken.
    bar_at = {end: replace(bars, min_confidence={**bars.min_confidence, "noise": end}) for end in (0.0, 1.01)}
    for ex in examples:
        msg = parse(ex.raw)
        history = history_from_headers(msg, cfg)
        verdict, decision = decide_message(msg, classifier, cfg, history)
        # Read as noise: does the noise bar decide what happens to it? (Not when the policy keeps it for a
        # person anyway, e.g. a forward from a person, nor for a bounce that needs nothing whatever the bar.)
        bar_decides = verdict.category == "noise" and len({decide(msg, verdict, history, cfg, bar_at[end]).actions
                                                            for end in bar_at}) > 1
        y_true.append(ex.label)
        y_pred.append(verdict.category)
        tried = verdict.category == "question" and verdict.kb is not None
        cases.append(AnswerCase(ex.label, ex.article, verdict.kb.id if tried else None,
                                verdict.kb.score if tried else None))
        sent = decision.kb.id if "auto_reply" in decision.actions and decision.kb else None
        right = sent is not None and ex.label == "question" and sent == ex.article
        alternatives = expected_actions(ex.expected)
        rows.append({"source": ex.source, "subject": ex.subject[:120], "true": ex.label, "article": ex.article,
                     "language": ex.language, "predicted": verdict.category,
                     "confidence": round(verdict.confidence, 4), "actions": list(decision.actions),
                     "by_rule": any(hit.override for hit in verdict.rule_hits),   # an overriding rule decided it
                     "noise_bar_decides": bar_decides,
                     "sent": sent, "right": right, "best": verdict.kb.id if verdict.kb else None,
                     "action_ok": (frozenset(decision.actions) in alternatives) if alternatives else None,
                     "review_expected": any("needs_review" in alt for alt in alternatives)})
    report = classification_report(y_true, y_pred)
    answers = answer_curve(cases, target_wrong)
    judged = [r for r in rows if r["true"] != "question" or r["article"]]
    answerable = sum(1 for r in judged if r["true"] == "question" and r["article"] not in ("", "none"))
    sent = [r for r in judged if r["sent"]]
    right = sum(r["right"] for r in sent)
    answers["deployed"] = {"threshold": bars.answer, "sent": len(sent), "right": right, "wrong": len(sent) - right,
                           "coverage": round(right / answerable, 4) if answerable else 0.0,
                           "wrong_rate": round((len(sent) - right) / len(sent), 4) if sent else 0.0}
    answers["by_article"] = _by_article(judged)
    with_expected = [r for r in rows if r["action_ok"] is not None]
    wrong = sorted((r for r in rows if r["true"] != r["predicted"]), key=lambda r: -r["confidence"])
    safety = {
        "auto_reply_to_non_question": sum(1 for r in rows if "auto_reply" in r["actions"] and r["true"] != "question"),
        "reply_to_noise": sum(1 for r in rows if r["true"] == "noise" and
                              {"auto_reply", "product_board_reply"} & set(r["actions"])),
        "request_ignored": sum(1 for r in rows if r["true"] != "noise" and r["actions"] == ["ignore"]),
        "wrong_answers": len(sent) - right,
    }
    return dict(report, model=classifier.model.version, model_dir=str(model_dir), answers=answers,
                actions={"judged": len(with_expected),
                         "accuracy": round(sum(r["action_ok"] for r in with_expected) / len(with_expected), 4)
                         if with_expected else None,
                         "left_for_a_person": round(sum("needs_review" in r["actions"] for r in rows) / len(rows), 4)
                         if rows else 0.0,
                         # of the messages labelled with their actions: those left for a person though the
                         # label expects another action (a form's request is expected to go to a person; a
                         # clear bug is not); None without such labels
                         "left_unexpected": round(sum("needs_review" in r["actions"] and not r["review_expected"]
                                                      for r in with_expected) / len(with_expected), 4)
                         if with_expected else None},
                safety=safety, worst=wrong[:20], rows=rows)


def _by_article(rows: list[dict]) -> dict:
    """Per article: the questions it answers, right answers sent, wrong answers sent in its name."""
    out: dict[str, dict] = {}
    for r in rows:
        if r["true"] == "question" and r["article"] not in ("", "none"):
            entry = out.setdefault(r["article"], {"answerable": 0, "right": 0, "wrong": 0})
            entry["answerable"] += 1
            entry["right"] += r["right"]
        if r["sent"] and not r["right"]:
            out.setdefault(r["sent"], {"answerable": 0, "right": 0, "wrong": 0})["wrong"] += 1
    return dict(sorted(out.items()))


def render_text(report: dict) -> str:
    lines = [f"model {report['model']} on {report['n']} messages: macro-F1 {report['macro_f1']:.3f}, "
             f"accuracy {report['accuracy']:.3f}", "",
             f"{'category':<20}{'precision':>10}{'recall':>8}{'F1':>8}{'support':>9}"]
    for lab, m in report["per_class"].items():
        lines.append(f"{lab:<20}{m['precision']:>10.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}{m['support']:>9}")
    labels = report["confusion"]["labels"]
    short = [lab[:8] for lab in labels]
    lines += ["", "confusion (rows true, columns predicted):", " " * 20 + "".join(f"{s:>9}" for s in short)]
    for lab, row in zip(labels, report["confusion"]["matrix"]):
        lines.append(f"{lab:<20}" + "".join(f"{v:>9}" for v in row))
    ans = report["answers"]
    dep = ans["deployed"]
    lines += ["", f"answers as deployed (P(answers it) >= {dep['threshold']:.2f}): {dep['sent']} sent, "
                  f"{dep['right']} right, {dep['wrong']} wrong; {dep['coverage']:.0%} of the {ans['answerable']} "
                  f"questions an article answers were answered",
              f"threshold chosen on this data for at most {ans['target_wrong']:.0%} wrong answers (counted in whole "
              f"answers above it): {ans['threshold']:.2f}",
              f"{'threshold':>11}{'sent':>7}{'right':>7}{'wrong':>7}{'coverage':>10}"]
    for point in ans["curve"]:
        if point["threshold"] >= 0.3 and round(point["threshold"] * 100) % 10 == 0:
            lines.append(f"{point['threshold']:>11.2f}{point['sent']:>7}{point['right']:>7}{point['wrong']:>7}"
                         f"{point['coverage']:>10.0%}")
    if ans["by_article"]:
        lines += ["", f"by article, as deployed (P(answers it) >= {dep['threshold']:.2f}): answerable, right, wrong"]
        lines += [f"  {art:<32}{v['answerable']:>4}{v['right']:>4}{v['wrong']:>4}" for art, v in ans["by_article"].items()]
    act = report["actions"]
    if act["judged"]:
        lines += ["", f"actions: {act['accuracy']:.3f} right on {act['judged']} messages labelled with their actions"]
    lines.append(f"left for a person: {act['left_for_a_person']:.1%}" + (
        f" ({act['left_unexpected']:.1%} of the messages labelled with actions, where the label expects another)"
        if act["left_unexpected"] is not None else ""))
    lines.append(f"safety: {report['safety']}")
    if report["worst"]:
        lines += ["", "most confident mistakes:"]
        for r in report["worst"][:10]:
            lines.append(f"  {r['true']} -> {r['predicted']} ({r['confidence']:.2f}) {r['subject']!r} [{r['source']}]")
    return "\n".join(lines)


def _confusion_svg(report: dict) -> str:
    labels = report["confusion"]["labels"]
    matrix = report["confusion"]["matrix"]
    cell, left, top = 64, 150, 120
    size_w, size_h = left + cell * len(labels) + 20, top + cell * len(labels) + 20
    peak = max(max(r) for r in matrix) or 1
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size_w}" height="{size_h}" font-family="sans-serif" font-size="12">',
             f'<rect width="{size_w}" height="{size_h}" fill="white"/>']
    for j, lab in enumerate(labels):
        x = left + j * cell + cell / 2
        parts.append(f'<text x="{x}" y="{top - 8}" transform="rotate(-40 {x} {top - 8})">{html.escape(lab)}</text>')
    for i, (lab, row) in enumerate(zip(labels, matrix)):
        y = top + i * cell
        parts.append(f'<text x="{left - 8}" y="{y + cell / 2 + 4}" text-anchor="end">{html.escape(lab)}</text>')
        for j, v in enumerate(row):
            shade = int(255 - 200 * v / peak)
            colour = f"rgb({shade},{shade},255)" if i == j else f"rgb(255,{shade},{shade})"
            parts.append(f'<rect x="{left + j * cell}" y="{y}" width="{cell - 2}" height="{cell - 2}" fill="{colour}"/>')
            parts.append(f'<text x="{left + j * cell + cell / 2}" y="{y + cell / 2 + 4}" text-anchor="middle">{v}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _curve_svg(report: dict) -> str:
    """Coverage (right answers / answerable questions) and wrong-answer rate by answer threshold."""
    curve = [c for c in report["answers"]["curve"] if c["threshold"] >= 0.3]
    w, h, pad = 520, 320, 50

    def pt(x, y):
        return f"{pad + (x - 0.3) / 0.7 * (w - 2 * pad):.1f},{h - pad - y * (h - 2 * pad):.1f}"

    cov = " ".join(pt(c["threshold"], c["coverage"]) for c in curve)
    wrong = " ".join(pt(c["threshold"], c["wrong_rate"]) for c in curve)
    thr = report["answers"]["deployed"]["threshold"]
    tx = pt(min(max(thr, 0.3), 1.0), 0).split(",")[0]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">'
            f'<rect width="{w}" height="{h}" fill="white"/>'
            f'<line x1="{pad}" y1="{h - pad}" x2="{w - pad}" y2="{h - pad}" stroke="black"/>'
            f'<line x1="{pad}" y1="{pad}" x2="{pad}" y2="{h - pad}" stroke="black"/>'
            f'<polyline points="{cov}" fill="none" stroke="#1f6feb" stroke-width="2"/>'
            f'<polyline points="{wrong}" fill="none" stroke="#d1242f" stroke-width="2"/>'
            f'<line x1="{tx}" y1="{pad}" x2="{tx}" y2="{h - pad}" stroke="#888" stroke-dasharray="4"/>'
            f'<text x="{pad}" y="{h - pad + 16}" text-anchor="middle">0.3</text>'
            f'<text x="{w - pad}" y="{h - pad + 16}" text-anchor="middle">1.0</text>'
            f'<text x="{pad - 6}" y="{h - pad + 4}" text-anchor="end">0</text>'
            f'<text x="{pad - 6}" y="{pad + 4}" text-anchor="end">1</text>'
            f'<text x="{w / 2}" y="{h - 15}" text-anchor="middle">answer threshold: P(the article answers it)</text>'
            f'<text x="{pad + 5}" y="{pad - 10}" fill="#1f6feb">questions answered right</text>'
            f'<text x="{pad + 180}" y="{pad - 10}" fill="#d1242f">wrong answers among those sent</text>'
            f'<text x="{float(tx) + 4}" y="{pad + 14}" fill="#555">deployed {thr:.2f}</text></svg>')


def _img(svg: str, alt: str) -> str:
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f'<img alt="{html.escape(alt)}" src="data:image/svg+xml;base64,{data}">'


def render_html(report: dict) -> str:
    """One self-contained page: figures, the two pictures, and the worst mistakes."""
    rows = "".join(f"<tr><td>{html.escape(lab)}</td><td>{m['precision']:.3f}</td><td>{m['recall']:.3f}</td>"
                   f"<td>{m['f1']:.3f}</td><td>{m['support']}</td></tr>" for lab, m in report["per_class"].items())
    worst = "".join(f"<tr><td>{html.escape(r['true'])}</td><td>{html.escape(r['predicted'])}</td>"
                    f"<td>{r['confidence']:.2f}</td><td>{html.escape(r['subject'])}</td>"
                    f"<td>{html.escape(Path(r['source']).name)}</td></tr>" for r in report["worst"])
    dep = report["answers"]["deployed"]
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>triage-daemon evaluation: {html.escape(report['model'])}</title>
<style>body{{font-family:sans-serif;margin:2em;max-width:60em}} table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:4px 8px;text-align:left}} h2{{margin-top:1.5em}}</style></head><body>
<h1>Model {html.escape(report['model'])}</h1>
<p>{report['n']} labelled messages. Macro-F1 <strong>{report['macro_f1']:.3f}</strong>, accuracy {report['accuracy']:.3f}.
Answers as deployed: {dep['sent']} sent, {dep['right']} right, {dep['wrong']} wrong, {dep['coverage']:.0%} of the questions an article answers.</p>
<table><tr><th>category</th><th>precision</th><th>recall</th><th>F1</th><th>support</th></tr>{rows}</table>
<h2>Confusion matrix</h2><p>Rows: the true category; columns: what the daemon decided.</p>
{_img(_confusion_svg(report), "confusion matrix")}
<h2>Answers: right and wrong by threshold</h2>
<p>Threshold chosen on this data for at most {report['answers']['target_wrong']:.0%} wrong answers (counted in whole answers above it): {report['answers']['threshold']:.2f};
deployed: {dep['threshold']:.2f}.</p>
{_img(_curve_svg(report), "right and wrong answers by threshold")}
<h2>Most confident mistakes</h2>
<table><tr><th>true</th><th>decided</th><th>confidence</th><th>subject</th><th>file</th></tr>{worst}</table>
</body></html>
"""


def with_model_dir(cfg: Config, model_dir: Path) -> Config:
    return replace(cfg, model_dir=model_dir)


__all__ = ["evaluate", "render_text", "render_html", "CATEGORIES"]
