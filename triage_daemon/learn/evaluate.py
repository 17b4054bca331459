"""Measure a model with the whole decision (rules, model, KB, policy) on labelled messages."""
from __future__ import annotations

import base64
import html
from dataclasses import replace
from pathlib import Path

from ..config import CATEGORIES, Config
from ..decide.classifier import Classifier
from ..decide.kb import KnowledgeBase, load_articles
from ..decide.model import load as load_model
from ..decide.pipeline import decide_message, history_from_headers
from ..decide.rules import load_rules
from ..mail.parse import parse
from .corpus import Example
from .scoring import auto_reply_curve, classification_report


def evaluate(examples: list[Example], model_dir: Path, cfg: Config, target: float = 0.97) -> dict:
    classifier = Classifier(load_rules(cfg.rules_dir), load_model(model_dir), KnowledgeBase(load_articles(cfg.kb_dir)))
    y_true, y_pred, q_conf, rows = [], [], [], []
    auto_total = auto_right = 0
    for ex in examples:
        msg = parse(ex.raw)
        verdict, decision = decide_message(msg, classifier, cfg, history_from_headers(msg, cfg))
        y_true.append(ex.label)
        y_pred.append(verdict.category)
        kb_ok = verdict.kb is not None and verdict.kb.score >= cfg.kb_min_score
        q_conf.append(verdict.confidence if verdict.category == "question" and kb_ok else None)
        if "auto_reply" in decision.actions:
            auto_total += 1
            auto_right += ex.label == "question"
        rows.append({"source": ex.source, "subject": ex.subject[:120], "true": ex.label,
                     "predicted": verdict.category, "confidence": round(verdict.confidence, 4),
                     "actions": list(decision.actions)})
    report = classification_report(y_true, y_pred)
    curve = auto_reply_curve(y_true, q_conf, target)
    questions = sum(1 for t in y_true if t == "question")
    curve["deployed"] = {"answered": auto_total, "precision": round(auto_right / auto_total, 4) if auto_total else 1.0,
                         "coverage": round(auto_right / questions, 4) if questions else 0.0}
    wrong = sorted((r for r in rows if r["true"] != r["predicted"]), key=lambda r: -r["confidence"])
    safety = {
        "auto_reply_to_non_question": sum(1 for r in rows if "auto_reply" in r["actions"] and r["true"] != "question"),
        "reply_to_noise": sum(1 for r in rows if r["true"] == "noise" and
                              {"auto_reply", "product_board_reply"} & set(r["actions"])),
        "request_ignored": sum(1 for r in rows if r["true"] != "noise" and r["actions"] == ["ignore"]),
    }
    return dict(report, model=classifier.model.version, model_dir=str(model_dir), auto_reply=curve,
                safety=safety, worst=wrong[:20])


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
    auto = report["auto_reply"]
    dep = auto["deployed"]
    lines += ["", f"auto_reply as deployed: {dep['answered']} answered, precision {dep['precision']:.3f}, "
                  f"coverage {dep['coverage']:.3f}",
              f"threshold for {auto['target_precision']:.0%} precision: {auto['threshold']:.2f}",
              f"safety: {report['safety']}"]
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
    curve = report["auto_reply"]["curve"]
    w, h, pad = 520, 320, 50

    def pt(x, y):
        return f"{pad + (x - 0.5) / 0.5 * (w - 2 * pad):.1f},{h - pad - y * (h - 2 * pad):.1f}"

    prec = " ".join(pt(c["threshold"], c["precision"]) for c in curve)
    cov = " ".join(pt(c["threshold"], c["coverage"]) for c in curve)
    thr = report["auto_reply"]["threshold"]
    tx = pt(thr, 0).split(",")[0]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">'
            f'<rect width="{w}" height="{h}" fill="white"/>'
            f'<line x1="{pad}" y1="{h - pad}" x2="{w - pad}" y2="{h - pad}" stroke="black"/>'
            f'<line x1="{pad}" y1="{pad}" x2="{pad}" y2="{h - pad}" stroke="black"/>'
            f'<polyline points="{prec}" fill="none" stroke="#1f6feb" stroke-width="2"/>'
            f'<polyline points="{cov}" fill="none" stroke="#d1242f" stroke-width="2"/>'
            f'<line x1="{tx}" y1="{pad}" x2="{tx}" y2="{h - pad}" stroke="#888" stroke-dasharray="4"/>'
            f'<text x="{pad}" y="{h - pad + 16}" text-anchor="middle">0.5</text>'
            f'<text x="{w - pad}" y="{h - pad + 16}" text-anchor="middle">1.0</text>'
            f'<text x="{pad - 6}" y="{h - pad + 4}" text-anchor="end">0</text>'
            f'<text x="{pad - 6}" y="{pad + 4}" text-anchor="end">1</text>'
            f'<text x="{w / 2}" y="{h - 15}" text-anchor="middle">question confidence threshold</text>'
            f'<text x="{pad + 5}" y="{pad - 10}" fill="#1f6feb">precision</text>'
            f'<text x="{pad + 80}" y="{pad - 10}" fill="#d1242f">coverage of questions</text>'
            f'<text x="{float(tx) + 4}" y="{pad + 14}" fill="#555">chosen {thr:.2f}</text></svg>')


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
    dep = report["auto_reply"]["deployed"]
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>triage-daemon evaluation: {html.escape(report['model'])}</title>
<style>body{{font-family:sans-serif;margin:2em;max-width:60em}} table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:4px 8px;text-align:left}} h2{{margin-top:1.5em}}</style></head><body>
<h1>Model {html.escape(report['model'])}</h1>
<p>{report['n']} labelled messages. Macro-F1 <strong>{report['macro_f1']:.3f}</strong>, accuracy {report['accuracy']:.3f}.
Automatic replies as deployed: {dep['answered']} sent, precision {dep['precision']:.3f}, coverage of questions {dep['coverage']:.3f}.</p>
<table><tr><th>category</th><th>precision</th><th>recall</th><th>F1</th><th>support</th></tr>{rows}</table>
<h2>Confusion matrix</h2><p>Rows: the true category; columns: what the daemon decided.</p>
{_img(_confusion_svg(report), "confusion matrix")}
<h2>Automatic replies: precision and coverage by threshold</h2>
<p>Threshold for {report['auto_reply']['target_precision']:.0%} precision: {report['auto_reply']['threshold']:.2f}.</p>
{_img(_curve_svg(report), "precision and coverage curve")}
<h2>Most confident mistakes</h2>
<table><tr><th>true</th><th>decided</th><th>confidence</th><th>subject</th><th>file</th></tr>{worst}</table>
</body></html>
"""


def with_model_dir(cfg: Config, model_dir: Path) -> Config:
    return replace(cfg, model_dir=model_dir)


__all__ = ["evaluate", "render_text", "render_html", "CATEGORIES"]
