"""Drafts: when a message goes to a person (or to Support) and the daemon has a plausible answer it will not
send, a ready reply is saved in the help-line mailbox for a person to check and send. Unit tests of the
decision (hand-made verdicts, no model), then the Maildir twin end to end, with kills at every step."""
from __future__ import annotations

import email
import email.policy
import json
import signal
import sqlite3
from collections import Counter

import pytest
from helpers import make_eml, minimal_config
from robust_helpers import run_cli
from twin import SAMPLES, Twin

from triage_daemon.cli import main
from triage_daemon.config import from_dict
from triage_daemon.decide.acknowledge import with_acknowledgement
from triage_daemon.decide.drafts import with_draft
from triage_daemon.decide.pipeline import thresholds
from triage_daemon.decide.policy import decide
from triage_daemon.mail.parse import parse
from triage_daemon.message import History, KbMatch, Verdict

PLAUSIBLE = KbMatch("contact-support", "How to contact GoodTime Support", 0.31, "Email **support@goodtime.io**.")
WEAK = KbMatch("contact-support", "How to contact GoodTime Support", 0.12, "Email **support@goodtime.io**.")
QUESTION = make_eml(subject="What is the support email?", body="Hi, what is GoodTime's support email address?\n")


def decided(raw: bytes = QUESTION, category: str = "question", confidence: float = 0.9,
            kb: KbMatch | None = PLAUSIBLE, history: History = History(), answer_threshold: float = 0.6, **changes):
    """What the pipeline decides: the policy, then the acknowledgement, then the draft."""
    cfg = from_dict(minimal_config(**changes))
    msg = parse(raw)
    verdict = Verdict(category, confidence, {category: confidence}, kb=kb, model_version="test-1")
    card = {"answers": {"threshold": answer_threshold}}
    decision = decide(msg, verdict, history, cfg, thresholds(cfg, card))
    decision = with_acknowledgement(msg, decision, history, cfg)
    return with_draft(msg, verdict, decision, history, cfg)


def test_a_question_forwarded_with_a_plausible_article_gets_a_draft_and_says_why():
    d = decided()
    assert "forward_support" in d.actions and "auto_reply" not in d.actions
    assert d.draft == PLAUSIBLE
    assert any(r.startswith("draft: article contact-support (0.31") for r in d.reasons), d.reasons
    assert d.to_dict()["draft"]["id"] == "contact-support"


def test_answers_off_still_leave_a_draft():
    """Answers turned off (threshold 1.00): a confident article becomes a draft."""
    d = decided(kb=KbMatch("contact-support", "t", 0.95, "answer"), answer_threshold=1.0)
    assert "auto_reply" not in d.actions and d.draft is not None and d.draft.score == 0.95


def test_an_article_below_draft_min_score_gets_no_draft():
    assert decided(kb=WEAK).draft is None
    assert decided(kb=WEAK, draft_min_score=0.1).draft == WEAK


def test_a_sent_answer_is_never_also_a_draft():
    d = decided(kb=KbMatch("contact-support", "t", 0.8, "answer"))
    assert d.actions == ("auto_reply",) and d.draft is None


def test_noise_never_gets_a_draft():
    assert decided(category="noise", confidence=0.99).draft is None
    # noise the model hesitates on goes to a person, and still gets none
    d = decided(category="noise", confidence=0.2)
    assert d.actions == ("needs_review",) and d.draft is None


def test_automatic_mail_and_follow_ups_get_no_draft():
    auto = make_eml(subject="What is the support email?", body="what is the support email?\n",
                    headers={"Auto-Submitted": "auto-replied"})
    assert decided(auto).draft is None
    assert decided(history=History(answers_our_message=True)).draft is None
    support = make_eml(subject="ticket update", body="what is the support email?\n",
                       sender="GoodTime Support <support@goodtime.io>")
    assert decided(support).draft is None


def test_drafts_off_writes_none():
    assert decided(drafts=False).draft is None


def test_a_feature_request_left_for_a_person_gets_the_product_board_reply_as_draft():
    idea = make_eml(subject="idea: dark mode", body="Please add a dark mode to the dashboard.\n")
    d = decided(idea, category="feature_request", confidence=0.3, kb=None)
    assert d.actions == ("needs_review",)
    assert d.draft is not None and d.draft.id == "product-board"
    # a confident one gets the reply itself, no draft
    sent = decided(idea, category="feature_request", confidence=0.95, kb=None)
    assert "product_board_reply" in sent.actions and sent.draft is None


# --- the Maildir twin, end to end ------------------------------------------------------------------

NOISE = make_eml(subject="Automatic reply: out of office", body="I am out of the office until Monday.\n",
                 headers={"Auto-Submitted": "auto-replied"}, message_id="<ooo-1@mail.example.com>")


def twin_with_samples(root):
    """Automatic answers turned off (kb_min_score = 1.0): the question is forwarded and drafted."""
    twin = Twin(root, kb_min_score=1.0)
    for sample in sorted(SAMPLES.glob("*.eml")):
        twin.deliver(sample.read_bytes(), name=f"{sample.stem}.eml")
    twin.deliver(NOISE, name="07-ooo.eml")
    return twin


def drafts(twin: Twin) -> list[tuple[str, email.message.EmailMessage]]:
    return [(p.name, email.message_from_bytes(p.read_bytes(), policy=email.policy.default))
            for p in twin.folder_files("Drafts")]


def db(twin: Twin, sql: str) -> list[tuple]:
    con = sqlite3.connect(twin.root / "triage.db")
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_twin_saves_one_threaded_draft_in_drafts_flagged_d_and_sends_none(tmp_path, capsys):
    twin = twin_with_samples(tmp_path)
    assert main(["--config", str(twin.config_path), "once"]) == 0
    found = drafts(twin)
    assert len(found) == 1, [n for n, _ in found]
    name, draft = found[0]
    assert (twin.inbox / ".Drafts" / "cur" / name).exists() and name.endswith(":2,D")
    assert draft["X-Triage-Action"] == "draft"
    assert draft["To"] == "dana.cho@example.com"
    assert "helpline@example.com" in str(draft["From"])
    assert draft["Subject"] == "Re: how do I reach goodtime support?"
    assert draft["In-Reply-To"] == "<sample-01-question@mail.example.com>"
    assert "<sample-01-question@mail.example.com>" in draft["References"]
    assert draft["Auto-Submitted"] is None and draft["X-Auto-Response-Suppress"] is None
    article, score = draft["X-Triage-Draft"].split()
    assert article == "contact-support" and 0.2 <= float(score) <= 1.0
    assert "support@goodtime.io" in draft.get_body(preferencelist=("plain",)).get_content()
    # never sent: nothing in the outbox carries the draft's Message-ID or says it is a draft
    sent = twin.sent()
    assert all(m["X-Triage-Action"] != "draft" for m in sent)
    assert draft["Message-ID"] not in {m["Message-ID"] for m in sent}
    # classify says so too, without side effects
    capsys.readouterr()
    assert main(["--config", str(twin.config_path), "classify", "--json", str(SAMPLES / "01-question.eml")]) == 0
    assert json.loads(capsys.readouterr().out)["draft"]["id"] == "contact-support"
    # the decision says why; the state records it as done
    [(decision,)] = db(twin, "SELECT decision FROM messages WHERE message_id = 'sample-01-question@mail.example.com'")
    assert "draft: article contact-support" in decision
    assert db(twin, "SELECT status FROM effects WHERE kind = 'draft'") == [("sent",)]
    # status counts the draft apart from the mail that went out
    capsys.readouterr()
    assert main(["--config", str(twin.config_path), "status"]) == 0
    effects = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("effects:"))
    assert effects == f"effects: drafts saved 1, sent {len(sent)}"
    # none about noise (the sample out-of-office and ours)
    assert all("out of office" not in str(d["Subject"]).lower() and "automatic reply" not in
               str(d["Subject"]).lower() for _, d in found)
    # a second pass writes no second draft
    assert main(["--config", str(twin.config_path), "once"]) == 0
    assert [n for n, _ in drafts(twin)] == [name]


def test_twin_a_draft_already_in_drafts_is_not_saved_again(tmp_path):
    """A kill between the APPEND and its record: the restart finds the draft by its Message-ID."""
    twin = twin_with_samples(tmp_path)
    run = run_cli(twin.config_path, "once", TRIAGE_FAULT="after_draft:kill")
    assert run.returncode == -signal.SIGKILL, run.stderr[-2000:]
    assert len(drafts(twin)) == 1
    assert db(twin, "SELECT status FROM effects WHERE kind = 'draft'") == [("sending",)]
    # a mail client moved it from cur/ and renamed it with more flags: still found
    [(name, _)] = drafts(twin)
    src = twin.inbox / ".Drafts" / "cur" / name
    src.rename(twin.inbox / ".Drafts" / "cur" / (name.split(":")[0] + ":2,DS"))
    assert main(["--config", str(twin.config_path), "once"]) == 0
    assert len(drafts(twin)) == 1
    assert db(twin, "SELECT status FROM effects WHERE kind = 'draft'") == [("sent",)]


STEPS = ["after_fetch", "after_decide", "before_draft", "after_draft", "before_data", "after_send", "before_file"]


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    twin = twin_with_samples(tmp_path_factory.mktemp("reference"))
    assert main(["--config", str(twin.config_path), "once"]) == 0
    return sorted(d["Message-ID"] for _, d in drafts(twin))


@pytest.mark.parametrize("step", STEPS)
def test_twin_killed_at_each_step_never_duplicates_a_draft(step, tmp_path, reference, monkeypatch):
    monkeypatch.delenv("TRIAGE_FAULT", raising=False)
    assert len(reference) == 1
    twin = twin_with_samples(tmp_path)
    kills = 0
    for _ in range(2):   # twice (a third kill on one message would quarantine it as poison)
        run = run_cli(twin.config_path, "once", TRIAGE_FAULT=f"{step}:kill")
        if run.returncode == 0:
            break
        assert run.returncode == -signal.SIGKILL, (run.returncode, run.stderr[-2000:])
        kills += 1
    assert kills >= 1
    for _ in range(2):
        assert main(["--config", str(twin.config_path), "once"]) == 0
    ids = [d["Message-ID"] for _, d in drafts(twin)]
    assert Counter(ids) == Counter(reference)
    assert {s for (s,) in db(twin, "SELECT status FROM effects")} == {"sent"}


# --- where the draft goes over IMAP: the \Drafts special use (RFC 6154) ------------------------------

class ListingClient:
    def __init__(self, folders):
        self.folders = folders

    def list_folders(self):
        return self.folders


def imap_mailbox(folders, **changes):
    from triage_daemon.mail.mailboxes.imap import ImapMailbox

    cfg = from_dict(minimal_config(mailbox="imap://helpline%40example.com@127.0.0.1:143/INBOX", **changes))
    box = ImapMailbox(cfg)
    box.client = ListingClient(folders)    # open() keeps an open client
    return box, cfg


def test_imap_drafts_folder_is_found_by_its_special_use():
    box, cfg = imap_mailbox([((b"\\HasNoChildren",), b"/", "INBOX"),
                             ((b"\\HasNoChildren", b"\\Drafts"), b"/", "Entw\u00fcrfe"),
                             ((b"\\HasNoChildren",), b"/", "Drafts")])
    assert box.drafts_folder(cfg.drafts_folder) == "Entw\u00fcrfe"
    box, cfg = imap_mailbox([((b"\\HasNoChildren",), b"/", "INBOX")])
    assert box.drafts_folder(cfg.drafts_folder) == "Drafts"
    box, cfg = imap_mailbox([((b"\\Drafts",), b"/", "Entw\u00fcrfe")], drafts_folder="Vorlagen")
    assert box.drafts_folder(cfg.drafts_folder) == "Vorlagen"


def test_draft_config_keys_are_checked():
    from triage_daemon.config import ConfigError

    cfg = from_dict(minimal_config())
    assert cfg.drafts is True and cfg.drafts_folder is None and cfg.draft_min_score == 0.2
    with pytest.raises(ConfigError, match="draft_min_score"):
        from_dict(minimal_config(draft_min_score=1.5))
    with pytest.raises(ConfigError, match="drafts"):
        from_dict(minimal_config(drafts="yes"))
