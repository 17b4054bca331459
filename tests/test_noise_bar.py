"""The bar for ignoring mail as noise: above every real request the model read as noise, with a margin."""
from __future__ import annotations

import shutil

import numpy as np
import pytest
from helpers import make_eml

from triage_daemon.config import CATEGORIES, PROJECT_ROOT, ConfigError, from_dict
from triage_daemon.decide.classifier import Classifier
from triage_daemon.decide.pipeline import decide_message, history_from_headers
from triage_daemon.learn.corpus import example_from_raw
from triage_daemon.learn.train import (
    MAX_BAR,
    NOISE_MARGIN,
    choose_min_confidence,
    noise_bar,
    requests_read_as_noise,
    tune,
)
from triage_daemon.mail.parse import parse

BASE = {"mailbox": "maildir:x", "outbox": "maildir:y", "state": "sqlite:///z.db",
        "helpline_address": "helpline@example.com", "support_address": "support@goodtime.io",
        "csm_address": "csm@example.com", "product_board_url": "https://example.com/board"}
NOISE = CATEGORIES.index("noise")


def test_the_bar_sits_a_margin_above_the_surest_request_read_as_noise():
    assert noise_bar([0.41, 0.575]) == pytest.approx(0.58 + NOISE_MARGIN)
    assert noise_bar([0.60]) == pytest.approx(0.61 + NOISE_MARGIN)   # a request at exactly 0.60 stays below it
    assert noise_bar([]) == 0.0
    assert noise_bar([0.97]) == MAX_BAR


@pytest.mark.parametrize("surest", [0.29, 0.57, 0.58, 0.60, 0.7])
def test_a_request_at_exactly_two_decimals_gets_the_same_step_above_it(surest):
    # 0.58 * 100 is 57.99999999999999 in floating point: the bar must still start at 0.59, as for 0.60.
    assert noise_bar([surest]) == pytest.approx(surest + 0.01 + NOISE_MARGIN)


def test_only_ordinary_requests_read_as_noise_count():
    confidence = [0.9, 0.8, 0.7, 0.6, 0.5]
    read_as_noise = [True, True, True, False, True]
    labels = ["noise", "bug", "question", "bug", "escalation"]
    forms = [False, False, True, False, False]
    # noise itself, a form's request (its own bar in the policy) and a request not read as noise do not count
    assert requests_read_as_noise(confidence, read_as_noise, labels, forms) == [0.5, 0.8]


def probabilities(rows: list[tuple[str, float]]) -> np.ndarray:
    """One row per (predicted category, confidence), the rest spread evenly."""
    out = np.zeros((len(rows), len(CATEGORIES)))
    for i, (cat, conf) in enumerate(rows):
        out[i, :] = (1 - conf) / (len(CATEGORIES) - 1)
        out[i, CATEGORIES.index(cat)] = conf
    return out


def test_a_request_read_as_noise_raises_the_noise_bar_above_the_review_budget():
    probs = probabilities([("noise", c) for c in np.linspace(0.40, 0.99, 60)])
    budget_only = choose_min_confidence(probs, [])["noise"]
    assert budget_only < 0.5
    assert choose_min_confidence(probs, [0.62])["noise"] == pytest.approx(0.63 + NOISE_MARGIN)
    assert choose_min_confidence(probs, [0.99])["noise"] == MAX_BAR


def test_form_mail_is_marked_as_such_and_an_auto_reply_is_not():
    form = example_from_raw(make_eml("Form submission", "Name: Dana\nMessage: the invites have no zoom link\n",
                                     sender="forms@example.com",
                                     headers={"Auto-Submitted": "auto-generated"}), "bug", "f.eml")
    auto_reply = example_from_raw(make_eml("Out of office", "I am away until Monday.\n",
                                           headers={"Auto-Submitted": "auto-replied"}), "noise", "o.eml")
    person = example_from_raw(make_eml("Broken link", "The invites have no zoom link.\n"), "bug", "p.eml")
    assert (form.form, auto_reply.form, person.form) == (True, False, False)


# Requests that read like a thank-you or a digest (no question mark: the policy's own guard stays out of it).
DISGUISED = [("Re: webinar", "Thanks for the webinar. It would be nice to have the slides in German too.\n"),
             ("Fwd: GoodTime digest", "FYI, the digest shows last week's interviews twice.\n"),
             ("Re: your ticket", "Thanks. The reminder e-mails still arrive twice for some candidates.\n")]


def shipped_model_into(folder) -> None:
    """A copy of the shipped model's files, for a test that tunes (rewrites) its card."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in (PROJECT_ROOT / "models").iterdir():
        if path.is_file():
            shutil.copy(path, folder / path.name)


def decision(raw: bytes, cfg):
    msg = parse(raw)
    return decide_message(msg, Classifier.from_config(cfg), cfg, history_from_headers(msg, cfg))


def test_tuning_raises_the_noise_bar_over_a_request_the_model_ignored(tmp_path):
    shipped_model_into(tmp_path)
    cfg = from_dict(dict(BASE, model_dir=str(tmp_path)))
    bar = Classifier.from_config(cfg).model.card["thresholds"]["min_confidence"]["noise"]
    ignored = []
    for subject, body in DISGUISED:
        raw = make_eml(subject, body)
        verdict, before = decision(raw, cfg)
        if verdict.category == "noise" and list(before.actions) == ["ignore"] and verdict.confidence < MAX_BAR - NOISE_MARGIN:
            ignored.append((raw, verdict.confidence))
    assert ignored, f"none of the disguised requests is ignored between the bar {bar} and {MAX_BAR - NOISE_MARGIN}"
    raw, confidence = ignored[0]
    card = tune(tmp_path, cfg, [example_from_raw(raw, "feature_request", "t-001.eml")], ["t"])
    tuned = card["thresholds"]["min_confidence"]["noise"]
    assert tuned == pytest.approx(noise_bar([confidence])) and tuned > confidence
    assert card["thresholds"]["noise"]["surest_request_read_as_noise"]["tuning"] == pytest.approx(confidence, abs=1e-4)
    _, after = decision(raw, cfg)
    assert list(after.actions) == ["needs_review"]


def test_a_request_an_overriding_rule_files_as_noise_does_not_raise_the_noise_bar(tmp_path):
    # An admin's rule that decides alone says nothing of how sure the model is.
    models, rules = tmp_path / "models", tmp_path / "rules"
    shipped_model_into(models)
    shutil.copytree(PROJECT_ROOT / "rules", rules)
    (rules / "90-admin.yaml").write_text("rules:\n  - name: weekly-digest\n    description: the ops team's digest\n"
                                         "    where: [subject]\n    any: ['^ops digest']\n    category: noise\n"
                                         "    override: true\n", encoding="utf-8")
    cfg = from_dict(dict(BASE, model_dir=str(models), rules_dir=str(rules)))
    before = Classifier.from_config(cfg).model.card["thresholds"]["min_confidence"]["noise"]
    raw = make_eml("Ops digest: can someone add Ana to the Berlin pool?", "Can someone add Ana to the Berlin pool?")
    verdict, _ = decision(raw, cfg)
    assert (verdict.category, verdict.confidence) == ("noise", 1.0)
    card = tune(models, cfg, [example_from_raw(raw, "question", "t-001.eml")], ["t"])
    assert card["thresholds"]["min_confidence"]["noise"] == before
    assert card["thresholds"]["noise"]["surest_request_read_as_noise"]["tuning"] is None


def test_tuning_on_no_messages_is_refused_and_leaves_the_card_as_it_was(tmp_path):
    # A --tune source that holds no messages (a CSV with only its header, a state without labels).
    shipped_model_into(tmp_path)
    cfg = from_dict(dict(BASE, model_dir=str(tmp_path)))
    before = (tmp_path / "card.json").read_bytes()
    with pytest.raises(ConfigError, match="no messages"):
        tune(tmp_path, cfg, [], ["empty.csv"])
    assert (tmp_path / "card.json").read_bytes() == before


def test_a_request_the_policy_keeps_for_a_person_anyway_does_not_raise_the_noise_bar(tmp_path):
    # A forward from a person is read whatever the model says: no bar needs to save it, and raising the bar
    # for it would leave every less sure out-of-office for a person (eval/blind-r9 had two at 0.90).
    shipped_model_into(tmp_path)
    cfg = from_dict(dict(BASE, model_dir=str(tmp_path)))
    before = Classifier.from_config(cfg).model.card["thresholds"]["min_confidence"]["noise"]
    raw = make_eml("Fwd: room", "FYI, see below.\n\n---------- Forwarded message ---------\nThanks for booking.\n")
    verdict, decided = decision(raw, cfg)
    assert verdict.category == "noise" and verdict.confidence > before, verdict
    assert list(decided.actions) == ["needs_review"] and any("forwarded it" in r for r in decided.reasons)
    card = tune(tmp_path, cfg, [example_from_raw(raw, "bug", "t-001.eml")], ["t"])
    assert card["thresholds"]["min_confidence"]["noise"] == before
    assert card["thresholds"]["noise"]["surest_request_read_as_noise"]["tuning"] is None
