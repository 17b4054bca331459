"""Every text the daemon sends comes from a template in templates_dir, checked as a set at start and by
check-config; every message it writes names its kind in X-Triage-Action."""
from __future__ import annotations

import email
import shutil
import tomllib
from email import policy
from pathlib import Path

import pytest
from helpers import make_eml, minimal_config

from triage_daemon.cli import main
from triage_daemon.config import ConfigError, from_dict
from triage_daemon.mail import compose
from triage_daemon.mail.parse import parse
from triage_daemon.mail.templates import KINDS, load_templates
from triage_daemon.message import Decision, KbMatch

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "templates"
ARTICLE = KbMatch("contact-support", "How to contact GoodTime Support", 0.8, "Write to **support@goodtime.io**.")


def own_templates(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    shutil.copytree(SHIPPED, folder)
    return folder


def cfg_with(folder: Path, **changes):
    return from_dict(minimal_config(templates_dir=str(folder), **changes))


def read(raw: bytes):
    return email.message_from_bytes(raw, policy=policy.default)


def text_of(msg) -> str:
    return next(p for p in msg.walk() if p.get_content_type() == "text/plain").get_content()


def all_kinds(cfg) -> dict[str, bytes]:
    raw = make_eml(subject="Zoom link missing", body="The candidate waits and the Zoom link is missing.\n")
    msg = parse(raw)
    d = Decision("bug", 0.9, ("forward_support", "flag_csm"), "high", ("model m-1: bug 0.90",), None,
                 "dana@example.com", acknowledge=True)
    reply = Decision("question", 0.9, ("auto_reply",), "normal", (), ARTICLE, "dana@example.com")
    board = Decision("feature_request", 0.9, ("product_board_reply",), "low", (), None, "dana@example.com")
    return {"auto_reply": compose.kb_reply(msg, reply, cfg, "k")[1],
            "product_board_reply": compose.product_board_reply(msg, board, cfg, "k")[1],
            "forward_support": compose.support_forward(msg, raw, d, cfg, "k", "HL-2026-000001")[1],
            "flag_csm": compose.csm_notice(msg, raw, d, cfg, "k", "HL-2026-000001")[1],
            "acknowledgement": compose.acknowledgement(msg, d, cfg, "k", "HL-2026-000001")[1],
            "draft": compose.draft_reply(msg, ARTICLE, cfg, "k")[1]}


def test_the_shipped_templates_pass_their_own_checks():
    templates = load_templates(SHIPPED)
    assert {f"{kind}.txt.j2" for kind in KINDS} <= set(templates.names())
    assert templates.languages("acknowledgement") == ["en", "de", "es", "fr", "pt"]


def test_every_message_names_its_kind_in_x_triage_action():
    for kind, raw in all_kinds(cfg_with(SHIPPED)).items():
        assert read(raw)["X-Triage-Action"] == kind


def test_a_draft_carries_no_automatic_marks_but_says_it_is_a_draft():
    draft = read(all_kinds(cfg_with(SHIPPED))["draft"])
    assert draft["Auto-Submitted"] is None and draft["X-Triage-Loop"] is None
    assert draft["X-Triage-Action"] == "draft"
    assert draft["In-Reply-To"] == "<msg-1@mail.example.com>" and draft["Subject"] == "Re: Zoom link missing"
    assert "support@goodtime.io" in text_of(draft)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_of_message_takes_its_words_from_its_template(tmp_path, kind):
    folder = own_templates(tmp_path)
    (folder / f"{kind}.txt.j2").write_text(f"Subject: edited {kind} {{{{ reference or 'x' }}}}\n\n"
                                           f"Words an admin wrote for {kind}.\n", encoding="utf-8")
    (folder / f"{kind}.html.j2").unlink(missing_ok=True)
    for lang in ("de", "es", "fr", "pt"):
        (folder / f"{kind}.{lang}.txt.j2").unlink(missing_ok=True)
    msg = read(all_kinds(cfg_with(folder))[kind])
    assert msg["Subject"].startswith(f"edited {kind}")
    assert f"Words an admin wrote for {kind}." in text_of(msg)


def test_the_sender_name_and_organisation_come_from_the_config():
    raw = all_kinds(cfg_with(SHIPPED, organisation="Acme Talent", from_name="Acme Recruiting Help"))["forward_support"]
    msg = read(raw)
    assert msg["From"].addresses[0].display_name == "Acme Recruiting Help"
    assert msg["Subject"].startswith("[Acme Talent] High: ")
    assert "Acme Talent's recruiting help line" in text_of(msg)


def test_without_from_name_the_help_line_is_named_after_the_organisation():
    msg = read(all_kinds(cfg_with(SHIPPED, organisation="Acme Talent"))["auto_reply"])
    assert msg["From"].addresses[0].display_name == "Acme Talent help line"
    assert "GoodTime" not in msg["From"].addresses[0].display_name


def test_html_parts_are_autoescaped_text_parts_are_not(tmp_path):
    folder = own_templates(tmp_path)
    raw = make_eml(subject="<b>bold</b> & more", sender='"<script>x</script> Eve" <eve@example.com>')
    msg = parse(raw)
    out = read(compose.kb_reply(msg, Decision("question", 0.9, ("auto_reply",), "normal", (), ARTICLE, "eve@example.com"),
                                cfg_with(folder), "k")[1])
    page = next(p for p in out.walk() if p.get_content_type() == "text/html").get_content()
    assert "<script" not in page and "&lt;script&gt;" in page
    assert "<strong>support@goodtime.io</strong>" in page   # the article's own markup is rendered, safely


def test_a_template_with_a_syntax_error_is_refused_naming_the_file_and_line(tmp_path):
    folder = own_templates(tmp_path)
    (folder / "forward_support.txt.j2").write_text("Subject: x\n\nfine\n{% if %}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_templates(folder)
    assert "forward_support.txt.j2 line 4" in str(refused.value)


def test_a_misspelt_variable_is_refused_at_start_not_on_the_first_message(tmp_path):
    folder = own_templates(tmp_path)
    (folder / "acknowledgement.txt.j2").write_text("Subject: {{ refrence }}\n\nx\n", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_templates(folder)
    assert "acknowledgement" in str(refused.value) and "refrence" in str(refused.value)


def test_a_misspelt_variable_in_a_branch_for_another_language_is_refused_at_start(tmp_path):
    # The English template renders for German mail too (no auto_reply.de.txt.j2): its German branch is checked.
    folder = own_templates(tmp_path)
    partial = folder / "_in_english.txt.j2"
    partial.write_text(partial.read_text(encoding="utf-8").replace("{{ note }}", "{{ note }} {{ sender.frist_name }}"),
                       encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_templates(folder)
    assert "frist_name" in str(refused.value) and "(de)" in str(refused.value)
    assert "_in_english.txt.j2 line 8" in str(refused.value)     # the included file, not the one including it


def test_a_template_including_a_partial_that_is_not_there_is_refused_naming_it(tmp_path):
    folder = own_templates(tmp_path)
    (folder / "_in_english.html.j2").unlink()
    with pytest.raises(ConfigError, match="includes _in_english.html.j2, which is not in the folder"):
        load_templates(folder)


def test_a_template_without_a_subject_line_is_refused(tmp_path):
    folder = own_templates(tmp_path)
    (folder / "auto_reply.txt.j2").write_text("Hello {{ greeting }}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="auto_reply.txt.j2 must start with a line 'Subject: ...'"):
        load_templates(folder)


def test_a_missing_template_is_refused_with_where_to_find_it(tmp_path):
    folder = own_templates(tmp_path)
    (folder / "flag_csm.txt.j2").unlink()
    with pytest.raises(ConfigError, match="flag_csm.txt.j2 missing"):
        load_templates(folder)


def test_the_daemon_refuses_to_start_with_a_broken_template(tmp_path, capsys):
    from twin import Twin

    folder = own_templates(tmp_path)
    (folder / "forward_support.txt.j2").write_text("Subject: {{ 1 + }}\n", encoding="utf-8")
    twin = Twin(tmp_path, f'templates_dir = "{folder}"\n')
    assert main(["--config", str(twin.config_path), "once"]) == 2
    err = capsys.readouterr().err
    assert "configuration error: templates_dir" in err and "forward_support.txt.j2" in err
    assert "Traceback" not in err


def test_the_templates_are_package_data_so_an_installed_package_finds_them():
    import triage_daemon

    packaged = Path(triage_daemon.__file__).parent / "templates"
    assert {p.name for p in packaged.glob("*.j2")} == {p.name for p in SHIPPED.glob("*.j2")}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "templates/*.j2" in project["tool"]["setuptools"]["package-data"]["triage_daemon"]
    assert any(d.lower().startswith("jinja2") for d in project["project"]["dependencies"])
    assert from_dict(minimal_config()).templates_dir == packaged
