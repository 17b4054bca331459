"""Configuration: the embedded default, validation that names the key, secrets kept out, path resolution."""
from __future__ import annotations

from pathlib import Path

import pytest
from helpers import minimal_config

from triage_daemon import config
from triage_daemon.config import (
    EMBEDDED_DEFAULT,
    ConfigError,
    find_config_path,
    from_dict,
    load,
    resolve_path,
)

REQUIRED = ("mailbox", "outbox", "state", "helpline_address", "support_address", "csm_address",
            "product_board_url")


def minimal(**changes) -> dict:
    return minimal_config(**changes)


def write_toml(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


MINIMAL_TOML = """
mailbox = "maildir:var/mail/helpline"
outbox = "maildir:var/mail/outbox"
state = "sqlite:///var/triage.db"
helpline_address = "helpline@example.com"
support_address = "support@goodtime.io"
csm_address = "csm@example.com"
product_board_url = "https://goodtime.io/product-board"
"""


@pytest.fixture
def no_config_env(monkeypatch, tmp_path):
    """A working directory without triage.toml and no $TRIAGE_CONFIG."""
    monkeypatch.delenv("TRIAGE_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- the embedded default ---------------------------------------------------------------------

def test_embedded_default_loads_when_no_config_file_is_found(no_config_env):
    cfg = load(None)
    assert cfg.source == "embedded default"
    assert cfg.mailbox.scheme == "maildir"
    assert cfg.outbox.scheme == "maildir"
    assert cfg.state.scheme == "sqlite"
    assert cfg.helpline_address == "helpline@example.com"
    assert cfg.support_address == "support@goodtime.io"


def test_embedded_default_keeps_its_local_files_under_the_working_directory(no_config_env):
    cfg = load(None)
    for endpoint in (cfg.mailbox, cfg.outbox, cfg.state):
        resolved = resolve_path(cfg, endpoint.path)
        assert no_config_env in resolved.parents


def test_embedded_default_uses_the_shipped_model_rules_and_kb(no_config_env):
    from triage_daemon.config import SHIPPED_MODEL_DIR, model_in_use

    cfg = load(None)
    assert cfg.rules_dir.is_dir()
    assert cfg.kb_dir.is_dir()
    assert model_in_use(cfg) == SHIPPED_MODEL_DIR and (SHIPPED_MODEL_DIR / "card.json").exists()


def test_promotions_go_beside_the_state_never_into_the_shipped_models_folder(no_config_env):
    from triage_daemon.config import SHIPPED_MODEL_DIR

    cfg = load(None)
    assert cfg.model_dir == (no_config_env / "var" / "models").resolve()
    assert SHIPPED_MODEL_DIR not in (cfg.model_dir, *cfg.model_dir.parents)


def test_embedded_default_routing_table_is_the_design_table(no_config_env):
    cfg = load(None)
    assert cfg.routes == {
        "question": ["auto_reply"],
        "bug": ["forward_support"],
        "scheduling_blocker": ["forward_support"],
        "feature_request": ["product_board_reply"],
        "escalation": ["flag_csm"],
        "noise": ["ignore"],
    }
    assert cfg.priorities["scheduling_blocker"] == "urgent"


# --- find_config_path ----------------------------------------------------------------------------

def test_find_config_path_prefers_the_command_line_option(no_config_env, monkeypatch):
    write_toml(no_config_env / "triage.toml", MINIMAL_TOML)
    monkeypatch.setenv("TRIAGE_CONFIG", str(no_config_env / "env.toml"))
    assert find_config_path("cli.toml") == Path("cli.toml")


def test_find_config_path_uses_triage_config_env_over_the_local_file(no_config_env, monkeypatch):
    write_toml(no_config_env / "triage.toml", MINIMAL_TOML)
    monkeypatch.setenv("TRIAGE_CONFIG", str(no_config_env / "env.toml"))
    assert find_config_path(None) == no_config_env / "env.toml"


def test_find_config_path_uses_local_triage_toml_when_nothing_else_is_given(no_config_env):
    write_toml(no_config_env / "triage.toml", MINIMAL_TOML)
    found = find_config_path(None)
    assert found is not None and found.resolve() == (no_config_env / "triage.toml").resolve()


def test_find_config_path_returns_none_for_the_embedded_default(no_config_env):
    assert find_config_path(None) is None


def test_load_reads_the_file_named_by_triage_config(no_config_env, monkeypatch):
    path = write_toml(no_config_env / "conf" / "env.toml", MINIMAL_TOML.replace("csm@example.com", "csm2@example.com"))
    monkeypatch.setenv("TRIAGE_CONFIG", str(path))
    cfg = load(None)
    assert cfg.csm_address == "csm2@example.com"
    assert cfg.source == str(path)


def test_missing_config_file_named_on_the_command_line_is_a_config_error(no_config_env):
    with pytest.raises(ConfigError, match="nope.toml"):
        load(str(no_config_env / "nope.toml"))


def test_invalid_toml_is_a_config_error_naming_the_file(no_config_env):
    path = write_toml(no_config_env / "broken.toml", "mailbox = \n")
    with pytest.raises(ConfigError, match="broken.toml"):
        load(str(path))


# --- required keys ---------------------------------------------------------------------------

@pytest.mark.parametrize("key", REQUIRED)
def test_missing_required_key_is_refused_naming_the_key(key):
    data = minimal()
    del data[key]
    with pytest.raises(ConfigError) as err:
        from_dict(data)
    assert key in str(err.value)


def test_minimal_config_with_only_the_required_keys_is_accepted():
    cfg = from_dict(minimal())
    assert cfg.mailbox.path == "var/mail/helpline"
    assert cfg.outbox.path == "var/mail/outbox"
    assert cfg.state.path == "var/triage.db"


# --- URLs -------------------------------------------------------------------------------------

@pytest.mark.parametrize("key,url", [
    ("mailbox", "http://imap.example.com/INBOX"),
    ("mailbox", "pop3://user@pop.example.com"),
    ("mailbox", "smtp://user@smtp.example.com:587"),
    ("outbox", "imaps://user@imap.example.com/INBOX"),
    ("outbox", "mailto:helpline@example.com"),
    ("state", "mysql://user@db.example.com/triage"),
    ("state", "maildir:var/state"),
])
def test_url_with_a_scheme_not_allowed_for_the_key_is_refused_naming_the_key(key, url):
    with pytest.raises(ConfigError) as err:
        from_dict(minimal(**{key: url}))
    assert str(err.value).startswith(f"{key}:")


@pytest.mark.parametrize("key,url", [
    ("mailbox", "imaps://user@imap.example.com/INBOX"),
    ("mailbox", "imap://user@imap.example.com/INBOX"),
    ("outbox", "smtp+starttls://user@smtp.example.com:587"),
    ("outbox", "smtps://user@smtp.example.com:465"),
    ("outbox", "smtp://smtp.example.com:25"),
])
def test_server_urls_of_the_documented_schemes_are_accepted(key, url):
    cfg = from_dict(minimal(**{key: url}))
    endpoint = getattr(cfg, key)
    assert endpoint.scheme == url.split(":", 1)[0]
    assert endpoint.host.endswith("example.com")


def test_imaps_url_keeps_user_host_port_and_folder():
    cfg = from_dict(minimal(mailbox="imaps://helpline%40example.com@imap.example.com:993/Help/Line"))
    assert cfg.mailbox.user == "helpline@example.com"
    assert cfg.mailbox.host == "imap.example.com"
    assert cfg.mailbox.port == 993
    assert cfg.mailbox.path == "Help/Line"


def test_url_with_a_non_numeric_port_is_refused_naming_the_key():
    with pytest.raises(ConfigError, match="^outbox:"):
        from_dict(minimal(outbox="smtps://user@smtp.example.com:abc"))


def test_server_url_without_a_host_is_refused_naming_the_key():
    with pytest.raises(ConfigError, match="^mailbox:"):
        from_dict(minimal(mailbox="imaps:///INBOX"))


@pytest.mark.parametrize("key,url", [
    ("mailbox", "imaps://helpline:hunter2secret@imap.example.com/INBOX"),
    ("outbox", "smtp+starttls://helpline:hunter2secret@smtp.example.com:587"),
    ("outbox", "smtps://helpline:hunter2secret@smtp.example.com"),
])
def test_config_with_password_in_url_is_refused_naming_the_key(key, url):
    with pytest.raises(ConfigError) as err:
        from_dict(minimal(**{key: url}))
    message = str(err.value)
    assert message.startswith(f"{key}:")
    assert "password" in message
    assert "hunter2secret" not in message


def test_refused_url_with_an_unsupported_scheme_never_echoes_its_password():
    # The error is printed and logged; a password in the URL must not end up there.
    with pytest.raises(ConfigError) as err:
        from_dict(minimal(mailbox="pop3s://helpline:hunter2secret@pop.example.com/"))
    assert "hunter2secret" not in str(err.value)


def test_stringified_endpoint_never_contains_a_password():
    cfg = from_dict(minimal(mailbox="imaps://helpline@imap.example.com/INBOX"))
    assert str(cfg.mailbox) == "imaps://helpline@imap.example.com/INBOX"


# --- secrets and unknown keys --------------------------------------------------------------------

@pytest.mark.parametrize("key", ["password", "mailbox_password", "outbox_password", "token", "secret"])
def test_secret_key_in_the_file_is_refused_naming_the_key(key):
    with pytest.raises(ConfigError) as err:
        from_dict(minimal(**{key: "hunter2secret"}))
    message = str(err.value)
    assert key in message
    assert "hunter2secret" not in message


def test_password_key_in_a_nested_table_is_refused_naming_the_table(no_config_env):
    path = write_toml(no_config_env / "t.toml", MINIMAL_TOML + "\n[imap]\npassword = \"hunter2secret\"\n")
    with pytest.raises(ConfigError) as err:
        load(str(path))
    assert "imap.password" in str(err.value)
    assert "hunter2secret" not in str(err.value)


def test_password_key_in_a_toml_file_is_refused(no_config_env):
    path = write_toml(no_config_env / "t.toml", MINIMAL_TOML + "password = \"hunter2secret\"\n")
    with pytest.raises(ConfigError, match="password"):
        load(str(path))


def test_unknown_key_is_refused_naming_the_key():
    with pytest.raises(ConfigError, match="mailbx"):
        from_dict(minimal(mailbx="maildir:x"))


# --- routes, priorities and other tables ------------------------------------------------------------

def test_routes_with_an_unknown_category_are_refused_naming_it():
    with pytest.raises(ConfigError, match=r"routes\.questions"):
        from_dict(minimal(routes={"questions": ["auto_reply"]}))


def test_routes_with_an_unknown_action_are_refused_naming_the_category():
    with pytest.raises(ConfigError, match=r"routes\.bug") as err:
        from_dict(minimal(routes={"bug": ["forward_to_support"]}))
    assert "forward_to_support" in str(err.value)


def test_routes_with_an_empty_action_list_are_refused():
    with pytest.raises(ConfigError, match=r"routes\.bug"):
        from_dict(minimal(routes={"bug": []}))


def test_routes_that_are_not_a_table_are_refused():
    with pytest.raises(ConfigError, match="routes"):
        from_dict(minimal(routes=["bug"]))


def test_configured_routes_replace_only_the_categories_named():
    cfg = from_dict(minimal(routes={"bug": ["forward_support", "flag_csm"], "question": "forward_support"}))
    assert cfg.routes["bug"] == ["forward_support", "flag_csm"]
    assert cfg.routes["question"] == ["forward_support"]
    assert cfg.routes["escalation"] == ["flag_csm"]


def test_priority_outside_the_contract_is_refused_naming_the_category():
    with pytest.raises(ConfigError, match=r"priorities\.bug"):
        from_dict(minimal(priorities={"bug": "critical"}))


@pytest.mark.parametrize("key", ["priorities", "folders", "min_confidence"])
def test_table_key_given_as_a_plain_string_is_a_config_error_naming_the_key(key):
    # A user's typo must give a ConfigError that names the key, never a bare ValueError traceback.
    with pytest.raises(ConfigError, match=key):
        from_dict(minimal(**{key: "high"}))


def test_min_confidence_outside_zero_to_one_is_refused_naming_the_key():
    with pytest.raises(ConfigError, match=r"min_confidence\.bug"):
        from_dict(minimal(min_confidence={"bug": 1.5}))


def test_boolean_given_for_a_number_is_refused():
    with pytest.raises(ConfigError, match="poll_interval"):
        from_dict(minimal(poll_interval=True))


def test_allowed_sender_domains_drop_a_leading_at_sign():
    cfg = from_dict(minimal(allowed_sender_domains=["@corp.example", "example.com"]))
    assert cfg.sender_domains() == ["corp.example", "example.com"]


def test_sender_domains_default_to_the_helpline_domain():
    assert from_dict(minimal()).sender_domains() == ["example.com"]


# --- addresses ----------------------------------------------------------------------------------

@pytest.mark.parametrize("key", ["support_address", "csm_address"])
def test_address_equal_to_helpline_is_refused_naming_the_key(key):
    with pytest.raises(ConfigError) as err:
        from_dict(minimal(**{key: "HelpLine@Example.com"}))
    assert key in str(err.value)


@pytest.mark.parametrize("key", ["helpline_address", "support_address", "csm_address"])
def test_address_that_is_not_an_email_address_is_refused_naming_the_key(key):
    with pytest.raises(ConfigError, match=key):
        from_dict(minimal(**{key: "helpline at example.com"}))


def test_product_board_url_must_be_http():
    with pytest.raises(ConfigError, match="product_board_url"):
        from_dict(minimal(product_board_url="javascript:alert(1)"))


# --- relative paths ------------------------------------------------------------------------------

def test_relative_paths_resolve_against_the_config_files_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("TRIAGE_CONFIG", raising=False)
    conf_dir = tmp_path / "etc" / "triage"
    path = write_toml(conf_dir / "triage.toml", MINIMAL_TOML
                      .replace("maildir:var/mail/helpline", "maildir:mail/inbox")
                      .replace("sqlite:///var/triage.db", "sqlite:///db/triage.db")
                      + 'rules_dir = "my-rules"\nkb_dir = "../kb"\nmodel_dir = "models"\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    cfg = load(str(path))
    assert cfg.base_dir == conf_dir.resolve()
    assert resolve_path(cfg, cfg.mailbox.path) == conf_dir.resolve() / "mail" / "inbox"
    assert resolve_path(cfg, cfg.state.path) == conf_dir.resolve() / "db" / "triage.db"
    assert cfg.rules_dir == conf_dir.resolve() / "my-rules"
    assert cfg.kb_dir == (tmp_path / "etc" / "kb").resolve()
    assert cfg.model_dir == conf_dir.resolve() / "models"


def test_relative_config_path_given_on_the_command_line_still_resolves_against_its_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("TRIAGE_CONFIG", raising=False)
    write_toml(tmp_path / "conf" / "triage.toml", MINIMAL_TOML)
    monkeypatch.chdir(tmp_path)
    cfg = load("conf/triage.toml")
    assert resolve_path(cfg, cfg.mailbox.path) == (tmp_path / "conf" / "var" / "mail" / "helpline").resolve()


def test_absolute_paths_in_urls_stay_absolute(tmp_path):
    cfg = from_dict(minimal(mailbox=f"maildir:{tmp_path}/inbox", state=f"sqlite:///{tmp_path}/t.db"),
                    base_dir=Path("/somewhere/else"))
    assert resolve_path(cfg, cfg.mailbox.path) == tmp_path / "inbox"
    assert resolve_path(cfg, cfg.state.path) == tmp_path / "t.db"


def test_config_module_exposes_exactly_the_contract_categories_and_actions():
    assert config.CATEGORIES == ("question", "bug", "scheduling_blocker", "feature_request", "escalation", "noise")
    assert set(config.ACTIONS) == {"auto_reply", "forward_support", "product_board_reply", "flag_csm", "ignore",
                                   "needs_review"}
    assert config.PRIORITIES == ("urgent", "high", "normal", "low")


def test_a_relative_ca_file_is_found_beside_the_config_and_a_missing_one_is_refused(tmp_path):
    import shutil
    import ssl

    from triage_daemon import config as config_mod

    ca = ssl.get_default_verify_paths().cafile or "/etc/ssl/certs/ca-certificates.crt"
    (tmp_path / "conf").mkdir()
    shutil.copy(ca, tmp_path / "conf" / "ca.pem")
    data = dict(config_mod.EMBEDDED_DEFAULT, ca_file="ca.pem")
    cfg = config_mod.from_dict(data, base_dir=tmp_path / "conf")
    assert cfg.ca_file == str(tmp_path / "conf" / "ca.pem")
    with pytest.raises(config_mod.ConfigError, match="ca_file"):
        config_mod.from_dict(dict(data, ca_file="missing.pem"), base_dir=tmp_path / "conf")


def test_a_mistyped_key_is_refused_with_the_key_it_is_probably():
    with pytest.raises(ConfigError, match=r"poll_intervall \(did you mean poll_interval\?\)"):
        from_dict(minimal_config(poll_intervall=30))
    with pytest.raises(ConfigError) as err:
        from_dict(minimal_config(colour="blue"))
    assert "did you mean" not in str(err.value)


def test_a_url_is_shown_as_it_was_written_with_the_user_quoted_and_the_port():
    # The log and check-config showed imaps://helpline@example.com@127.0.0.1/INBOX (an operator's review).
    from triage_daemon.mail.mailboxes.imap import ImapMailbox
    cfg = from_dict(dict(EMBEDDED_DEFAULT, mailbox="imaps://helpline%40example.com@127.0.0.1:59539/INBOX",
                         outbox="smtp://relay%40example.com@127.0.0.1:2525"))
    assert str(cfg.mailbox) == "imaps://helpline%40example.com@127.0.0.1:59539/INBOX"
    assert str(cfg.outbox) == "smtp://relay%40example.com@127.0.0.1:2525"
    box = ImapMailbox(cfg)
    assert box.display == "imaps://helpline%40example.com@127.0.0.1:59539/INBOX"
    assert box.name == "imaps://helpline@example.com@127.0.0.1/INBOX"     # the state's key for it, as before
