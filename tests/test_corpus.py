"""Labelled examples: which article answers a question, who wrote it, and the blind sets nobody trains on."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from triage_daemon.cli import main
from triage_daemon.config import ConfigError
from triage_daemon.learn.corpus import from_csv, from_jsonl, load_source, writer_group

ROOT = Path(__file__).resolve().parent.parent
QUESTION = (b"From: Ana <ana@example.com>\nTo: helpline@example.com\nSubject: support hours?\n"
            b"X-Triage-Article: support-hours\n\nWhen can I reach GoodTime Support?\n")


def test_the_article_header_of_an_eml_question_is_its_answer_label(tmp_path):
    (tmp_path / "question").mkdir()
    (tmp_path / "question" / "w-001.eml").write_bytes(QUESTION)
    (tmp_path / "question" / "w-002.eml").write_bytes(QUESTION.replace(b"support-hours", b"none"))
    (tmp_path / "question" / "w-003.eml").write_bytes(QUESTION.replace(b"X-Triage-Article: support-hours\n", b""))
    articles = [ex.article for ex in load_source(str(tmp_path))]
    assert articles == ["support-hours", "none", ""]


def test_every_shipped_question_says_which_article_answers_it():
    questions = [ex for ex in load_source(str(ROOT / "models" / "data")) if ex.label == "question"]
    assert questions and all(ex.article for ex in questions)
    kb_ids = {p.stem for p in (ROOT / "kb").glob("*.md")}
    assert {ex.article for ex in questions} - {"none"} <= kb_ids


def test_an_article_label_on_a_message_that_is_not_a_question_is_refused(tmp_path):
    (tmp_path / "bug").mkdir()
    (tmp_path / "bug" / "w-001.eml").write_bytes(QUESTION)
    with pytest.raises(ConfigError, match="belongs on a question"):
        load_source(str(tmp_path))


def test_csv_and_jsonl_carry_the_article_in_their_own_column(tmp_path):
    csv_file = tmp_path / "x.csv"
    csv_file.write_text("category,subject,body,article\nquestion,hours?,When is Support open?,support-hours\n"
                        "question,lunch?,Where do we eat?,none\n", encoding="utf-8")
    assert [ex.article for ex in from_csv(csv_file)] == ["support-hours", "none"]
    jsonl = tmp_path / "x.jsonl"
    jsonl.write_text(json.dumps({"category": "question", "text": "csm?", "article": "contact-csm"}) + "\n",
                     encoding="utf-8")
    assert [ex.article for ex in from_jsonl(jsonl)] == ["contact-csm"]


def test_an_article_id_that_is_not_one_is_named_with_its_line(tmp_path):
    csv_file = tmp_path / "x.csv"
    csv_file.write_text("category,subject,body,article\nquestion,hours?,When?,Support Hours!\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"x\.csv:2: article 'support hours!'"):
        from_csv(csv_file)


def test_examples_are_grouped_by_writer_so_a_split_never_divides_one():
    assert writer_group("models/data/bug/c-013.eml") == "data:c"
    assert writer_group("tests/data/holdout/noise/h-002.eml") == "holdout:h"
    assert writer_group("state:mid:abc") == "state"
    groups = {ex.group for ex in load_source(str(ROOT / "models" / "data"))}
    assert len(groups) >= 6


def test_a_corrected_message_weighs_more_than_a_starter_example(tmp_path):
    from triage_daemon.state.store import open_store

    db = tmp_path / "state.db"
    store = open_store(str(db))
    store.add_label("k1", "bug", "folder move", QUESTION.replace(b"X-Triage-Article: support-hours\n", b""))
    store.close()
    [corrected] = load_source(f"state:{db}")
    [starter] = load_source(str(ROOT / "models" / "data" / "bug" / ".."))[:1]
    assert corrected.weight > starter.weight == 1.0


def labelled_folder(tmp_path: Path, blind: bool) -> Path:
    folder = tmp_path / "set" / "a"
    folder.mkdir(parents=True)
    (folder / "a-001.eml").write_bytes(QUESTION.replace(b"X-Triage-Article: support-hours\n", b""))
    (folder / "labels.csv").write_text("file,category,actions,article\na-001.eml,question,auto_reply,support-hours\n",
                                       encoding="utf-8")
    if blind:
        (tmp_path / "set" / "BLIND").touch()
    return tmp_path / "set"


def test_a_folder_of_eml_files_with_labels_csv_is_a_source(tmp_path):
    [ex] = load_source(str(labelled_folder(tmp_path, blind=False)))
    assert (ex.label, ex.article, ex.group) == ("question", "support-hours", "a:a")


def test_a_labels_csv_naming_a_file_outside_its_folder_is_refused(tmp_path):
    folder = labelled_folder(tmp_path, blind=False) / "a"
    (folder / "labels.csv").write_text("file,category\n../../x.eml,question\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="is not a file in"):
        load_source(str(folder))


def test_training_refuses_a_blind_evaluation_set_and_evaluation_reads_it(tmp_path, capsys):
    blind = labelled_folder(tmp_path, blind=True)
    assert main(["train", "--data", str(blind / "a"), "--out", str(tmp_path / "m"), "--quiet"]) == 2
    assert "blind evaluation set" in capsys.readouterr().err
    assert not (tmp_path / "m").exists()
    assert len(load_source(str(blind))) == 1


def test_a_spent_blind_set_may_tune_the_threshold_but_never_train_and_an_unspent_one_neither(tmp_path):
    # Choosing the answer threshold fits nothing to the messages: a blind set that has judged its release
    # (SPENT) is a tuning set. One that has not (the release's own, or a sealed one unpacked) is not.
    from triage_daemon.config import load
    from triage_daemon.learn.corpus import load_examples
    from triage_daemon.learn.train import load_tuning
    blind = labelled_folder(tmp_path, blind=True)
    cfg = load(None)
    with pytest.raises(ConfigError, match="has not judged its release yet"):
        load_tuning([str(blind / "a")], cfg)
    (blind / "SPENT").write_text("judged\n", encoding="utf-8")
    assert [ex.article for ex in load_tuning([str(blind)], cfg)] == ["support-hours"]
    with pytest.raises(ConfigError, match="blind evaluation set"):
        load_examples([str(blind)], cfg, training=True)


def test_a_sealed_tarball_is_named_as_such(tmp_path):
    from triage_daemon.config import load
    from triage_daemon.learn.train import load_tuning
    sealed = tmp_path / "sealed-r99.tar.gz"
    sealed.write_bytes(b"\x1f\x8b")
    with pytest.raises(ConfigError, match="a tarball, not read as is; a sealed blind set is opened only at the release"):
        load_tuning([str(sealed)], load(None))


def test_the_shipped_tuning_sets_are_the_spent_blind_sets_and_dev2_is_not_among_them():
    from triage_daemon.learn.train import default_tuning
    tuning = [Path(p).relative_to(ROOT).as_posix() for p in default_tuning()]
    spent = sorted((p.parent.name for p in (ROOT / "eval").glob("blind-r*/SPENT")), key=lambda n: int(n[7:]))
    assert tuning == ["eval/dev", "tests/data/holdout"] + [f"eval/{name}" for name in spent]
    opened = max((p for p in (ROOT / "eval").glob("blind-r*") if p.is_dir()), key=lambda p: int(p.name[7:]))
    assert {f"blind-r{n}" for n in range(1, 10)} <= set(spent) and opened.name not in spent   # it judges this release


@pytest.mark.parametrize("name", ["blind-r1", "blind-r2"])
def test_the_shipped_blind_sets_are_marked_blind(name):
    assert (ROOT / "eval" / name / "BLIND").is_file()


def test_a_data_source_that_does_not_exist_is_named_as_missing(tmp_path, capsys):
    # It said "expected a folder of category folders, ..." (an operator's review).
    from triage_daemon.cli import main
    assert main(["train", "--quiet", "--data", str(tmp_path / "nowhere"), "--out", str(tmp_path / "m")]) == 2
    assert f"--data {tmp_path / 'nowhere'}: no such file or folder" in capsys.readouterr().err


def test_a_folder_of_links_into_a_blind_set_is_that_set(tmp_path):
    # A category folder that is a symbolic link into a blind set was read for training and tuning (a hostile review).
    from triage_daemon.config import load
    from triage_daemon.learn.corpus import load_examples
    from triage_daemon.learn.train import load_tuning
    blind = labelled_folder(tmp_path / "sealed", blind=True)
    links = tmp_path / "links"
    links.mkdir()
    (links / "question").symlink_to(blind / "a")
    cfg = load(None)
    with pytest.raises(ConfigError, match="blind evaluation set"):
        load_examples([str(links)], cfg, training=True)
    with pytest.raises(ConfigError, match="has not judged its release yet"):
        load_tuning([str(links)], cfg)
    (blind / "SPENT").write_text("judged\n", encoding="utf-8")
    assert len(load_tuning([str(links)], cfg)) == 1
