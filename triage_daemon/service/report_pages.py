"""The report (report.py) as text for a terminal and as one self-contained HTML page with inline SVG
pictures: bars by category and action, and messages per day."""
from __future__ import annotations

import html
from datetime import datetime, timezone

from .status import age

BAR = "#0b6bcb"       # bars
AUTO = "#1a7f37"      # closed by the daemon, in the time series
PEOPLE = "#d1242f"    # left for people, in the time series


def _pct(value) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def _age(seconds) -> str:
    return "n/a" if seconds is None else age(seconds)


def _when(stamp) -> str:
    return "the beginning" if not stamp else datetime.fromtimestamp(stamp, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def render_text(r: dict) -> str:
    auto, resp, backlog, drafts = r["automation"], r["first_automatic_response"], r["review_backlog"], r["drafts"]
    lines = [f"Help line report, {_when(r['since'])} to {_when(r['until'])}",
             f"  messages: {r['messages']} decided, {r['quarantined']} quarantined",
             f"  closed by the daemon alone: {auto['closed_by_daemon']} ({_pct(auto['rate'])}); "
             f"answered automatically: {auto['answered']} ({_pct(auto['answer_rate'])} of those not noise; an article "
             f"or the Product board's address)",
             f"  first automatic response: median {_age(resp['median_seconds'])}, 90% within "
             f"{_age(resp['p90_seconds'])} ({resp['count']} messages); a person's first reply (Sent folder): "
             f"median {_age(r['first_person_response']['median_seconds'])} ({r['first_person_response']['count']})",
             f"  review backlog ({backlog['folder']}): {backlog['count']}, oldest {_age(backlog['oldest_age_seconds'])}",
             f"  drafts: {drafts['saved']} saved, {drafts['waiting']} waiting, {drafts['failed']} failed; people sent "
             f"{drafts['sent_as_is']} as is, {drafts['edited']} edited, discarded {drafts['discarded']}",
             f"  follow-ups saying an answer did not help: {r['did_not_help']}",
             "", "By category:"]
    lines += [f"  {k:<20} {v:>6}" for k, v in r["by_category"].items()] or ["  (none)"]
    lines += ["", "By action:"]
    lines += [f"  {k:<20} {v:>6}" for k, v in r["by_action"].items()] or ["  (none)"]
    lines += ["", f"Knowledge-base gaps ({r['questions_left_for_people']} questions forwarded or left for a person; "
                  f"{r.get('questions_an_article_likely_answers', 0)} of them an article likely answers, not counted as gaps):"]
    if not r["gaps"]:
        lines.append("  (none)")
    for i, g in enumerate(r["gaps"], 1):
        near = g["nearest_article"]
        lines.append(f"  {i}. \"{g['suggested_title']}\": {g['size']} question(s); nearest article: "
                     + (f"{near['id']} ({near['similarity']:.2f})" if near else "none"))
        lines += [f"       - {e}" for e in g["examples"]]
    return "\n".join(lines)


def _bars_svg(items: dict, title: str) -> str:
    w, row, left, pad = 560, 26, 170, 10
    h = pad * 2 + row * max(1, len(items)) + 20
    top = max(items.values(), default=0) or 1
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" role="img" '
             f'aria-label="{html.escape(title)}" font-family="sans-serif" font-size="13">']
    for i, (name, value) in enumerate(items.items()):
        y = pad + i * row
        length = (w - left - 60) * value / top
        parts.append(f'<text x="{left - 8}" y="{y + 17}" text-anchor="end">{html.escape(name)}</text>'
                     f'<rect x="{left}" y="{y + 4}" width="{length:.1f}" height="{row - 8}" fill="{BAR}"/>'
                     f'<text x="{left + length + 6:.1f}" y="{y + 17}">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _series_svg(days: list[dict]) -> str:
    w, h, pad, left = 640, 240, 30, 40
    top = max((d["total"] for d in days), default=0) or 1
    n = max(1, len(days))
    step = (w - left - pad) / n
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" role="img" '
             f'aria-label="messages per day" font-family="sans-serif" font-size="12">',
             f'<line x1="{left}" y1="{h - pad}" x2="{w - pad}" y2="{h - pad}" stroke="#888"/>',
             f'<text x="{left - 6}" y="{pad + 4}" text-anchor="end">{top}</text>',
             f'<text x="{left - 6}" y="{h - pad}" text-anchor="end">0</text>']
    for i, d in enumerate(days):
        x = left + i * step + step * 0.15
        bw = step * 0.7
        auto_h = (h - 2 * pad) * d["closed_by_daemon"] / top
        people_h = (h - 2 * pad) * d["for_people"] / top
        parts.append(f'<rect x="{x:.1f}" y="{h - pad - auto_h:.1f}" width="{bw:.1f}" height="{auto_h:.1f}" '
                     f'fill="{AUTO}"><title>{d["day"]}: {d["closed_by_daemon"]} closed by the daemon</title></rect>'
                     f'<rect x="{x:.1f}" y="{h - pad - auto_h - people_h:.1f}" width="{bw:.1f}" '
                     f'height="{people_h:.1f}" fill="{PEOPLE}"><title>{d["day"]}: {d["for_people"]} for people'
                     f'</title></rect>')
        if n <= 14 or i % max(1, n // 7) == 0:
            parts.append(f'<text x="{x + bw / 2:.1f}" y="{h - pad + 16}" text-anchor="middle">{d["day"][5:]}</text>')
    parts.append("</svg>")
    return "".join(parts)


def render_html(r: dict) -> str:
    auto, resp, backlog, drafts = r["automation"], r["first_automatic_response"], r["review_backlog"], r["drafts"]
    esc = html.escape

    def tile(name: str, key: str, value, note: str = "") -> str:
        return (f'<div class="tile"><div class="value" id="{key}">{esc(str(value))}</div>'
                f'<div class="name">{esc(name)}</div><div class="note">{esc(note)}</div></div>')

    tiles = "".join([
        tile("messages decided", "messages", r["messages"], f"{r['quarantined']} quarantined"),
        tile("closed by the daemon", "automation-rate", _pct(auto["rate"]), f"{auto['closed_by_daemon']} messages"),
        tile("answered automatically", "answer-rate", _pct(auto["answer_rate"]),
             f"{auto['answered']} of those not noise (an article or the Product board's address)"),
        tile("first automatic response (median)", "first-response", _age(resp["median_seconds"]),
             f"90% within {_age(resp['p90_seconds'])}"),
        tile("a person's first reply (median)", "person-response", _age(r["first_person_response"]["median_seconds"]),
             f"{r['first_person_response']['count']} messages, from the Sent folder"),
        tile("review backlog", "review-backlog", backlog["count"], f"oldest {_age(backlog['oldest_age_seconds'])}"),
        tile("drafts saved", "drafts-saved", drafts["saved"],
             f"sent {drafts['sent_as_is']} as is, {drafts['edited']} edited, {drafts['discarded']} discarded"),
        tile("\u201cdid not help\u201d follow-ups", "did-not-help", r["did_not_help"]),
    ])
    gaps = []
    for g in r["gaps"]:
        near = g["nearest_article"]
        near_text = f"{esc(near['title'])} ({near['similarity']:.2f})" if near else "none"
        examples = "".join(f"<li>{esc(e)}</li>" for e in g["examples"])
        gaps.append(f'<tr><td class="size">{g["size"]}</td><td><b>{esc(g["suggested_title"])}</b>'
                    f'<ul>{examples}</ul></td><td>{near_text}</td></tr>')
    gap_table = ("<table><tr><th>questions</th><th>suggested article (examples)</th><th>nearest article</th></tr>"
                 + "".join(gaps) + "</table>") if gaps else "<p>No question was left for a person.</p>"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Help line report</title>
<style>
body {{ font-family: sans-serif; margin: 24px; color: #1f2328; max-width: 1000px; }}
h1 {{ font-size: 22px; }} h2 {{ font-size: 17px; margin-top: 28px; }}
.tiles {{ display: flex; flex-wrap: wrap; gap: 12px; }}
.tile {{ border: 1px solid #d0d7de; border-radius: 6px; padding: 10px 14px; min-width: 170px; }}
.value {{ font-size: 26px; font-weight: bold; }} .name {{ color: #444; }} .note {{ color: #777; font-size: 12px; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border-bottom: 1px solid #d0d7de; padding: 6px; text-align: left;
vertical-align: top; }} td.size {{ font-size: 20px; font-weight: bold; }} ul {{ margin: 4px 0; }}
.legend span {{ display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 12px; vertical-align: middle; }}
</style></head><body>
<h1>Help line report</h1>
<p>{esc(_when(r['since']))} to {esc(_when(r['until']))}</p>
<div class="tiles">{tiles}</div>
<h2>Messages per day</h2>
<div class="legend"><span style="background:{AUTO}"></span>closed by the daemon
<span style="background:{PEOPLE}"></span>left for people (Support, the CSM, a person)</div>
{_series_svg(r['per_day'])}
<h2>By category</h2>
{_bars_svg(r['by_category'], 'messages by category')}
<h2>By action</h2>
{_bars_svg(r['by_action'], 'messages by action')}
<h2>Knowledge-base gaps</h2>
<p>{r['questions_left_for_people']} questions were forwarded or left for a person; similar ones are grouped.</p>
{gap_table}
</body></html>
"""
