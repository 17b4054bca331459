"""Training is reproducible from the repo's data, and the shipped model is what that data gives."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from triage_daemon.config import CATEGORIES, PROJECT_ROOT, ConfigError
from triage_daemon.decide import model as model_mod
from triage_daemon.learn.corpus import (
    data_hash,
    from_csv,
    from_eml_folders,
    from_jsonl,
    load_source,
)
from triage_daemon.learn.train import train

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "models" / "data"


def small_corpus(tmp_path: Path, per_class: int = 8) -> Path:
    out = tmp_path / "data"
    for cat in CATEGORIES:
        (out / cat).mkdir(parents=True)
        for src in sorted((DATA / cat).glob("*.eml"))[:per_class]:
            shutil.copy(src, out / cat / src.name)
    return out


def test_shipped_corpus_has_at_least_600_messages_and_60_per_category():
    counts = {cat: len(list((DATA / cat).glob("*.eml"))) for cat in CATEGORIES}
    assert sum(counts.values()) >= 600
    assert min(counts.values()) >= 60, counts


def test_shipped_model_was_trained_on_the_data_in_the_repo():
    card = json.loads((ROOT / "models" / "card.json").read_text())
    assert card["data"]["sha256"] == data_hash(from_eml_folders(DATA))
    assert card["labels"] == list(CATEGORIES)
    assert model_mod.sha256_file(ROOT / "models" / "model.skops") == card["model_sha256"]


def test_model_card_has_cross_validated_figures_per_class():
    card = json.loads((ROOT / "models" / "card.json").read_text())
    cv = card["cross_validation"]
    assert cv["grouped_by"] == "writer" and cv["folds"] == 5
    assert set(cv["per_class"]) == set(CATEGORIES)
    assert all({"precision", "recall", "f1", "support"} <= set(m) for m in cv["per_class"].values())
    assert len(cv["confusion"]["matrix"]) == 6
    assert 0 < card["auto_reply"]["threshold"] <= 1
    assert {"python", "scikit-learn", "skops"} <= set(card["environment"])
    assert 0.2 <= card["calibration"]["temperature"] <= 3
    assert set(card["thresholds"]["min_confidence"]) == set(CATEGORIES)


def test_training_twice_on_the_same_data_gives_the_same_model(tmp_path):
    data = small_corpus(tmp_path)
    examples = from_eml_folders(data)
    card1 = train(examples, tmp_path / "m1", ["small"])
    card2 = train(list(reversed(examples)), tmp_path / "m2", ["small"])
    assert card1["version"] == card2["version"]
    assert card1["cross_validation"] == card2["cross_validation"]
    m1, m2 = model_mod.load(tmp_path / "m1"), model_mod.load(tmp_path / "m2")
    texts = [e.text for e in examples[:20]]
    assert m1.predict_proba(texts) == m2.predict_proba(texts)


def test_training_refuses_a_category_with_too_few_examples(tmp_path):
    data = small_corpus(tmp_path, per_class=6)
    for p in list((data / "noise").glob("*.eml"))[2:]:
        p.unlink()
    with pytest.raises(ConfigError, match="noise"):
        train(from_eml_folders(data), tmp_path / "m", ["small"])


def test_a_tampered_model_file_is_refused(tmp_path):
    data = small_corpus(tmp_path)
    train(from_eml_folders(data), tmp_path / "m", ["small"])
    with open(tmp_path / "m" / model_mod.MODEL_FILE, "ab") as fh:
        fh.write(b"\0")
    with pytest.raises(ConfigError, match="does not match the hash"):
        model_mod.load(tmp_path / "m")


def test_csv_and_jsonl_exports_are_training_sources(tmp_path):
    csv_path = tmp_path / "export.csv"
    csv_path.write_text("category,subject,body\nbug,invites broken,The invite shows the wrong time\n"
                        "question,support hours?,When is support open?\n", encoding="utf-8")
    jsonl_path = tmp_path / "export.jsonl"
    jsonl_path.write_text(json.dumps({"label": "noise", "subject": "Out of office", "body": "I am away"}) + "\n",
                          encoding="utf-8")
    assert [e.label for e in from_csv(csv_path)] == ["bug", "question"]
    assert [e.label for e in from_jsonl(jsonl_path)] == ["noise"]
    assert "wrong time" in load_source(str(csv_path))[0].text


def test_an_unknown_label_in_an_export_is_an_error_naming_the_line(tmp_path):
    csv_path = tmp_path / "export.csv"
    csv_path.write_text("category,subject,body\nbugs,x,y\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"export.csv:2"):
        from_csv(csv_path)


@pytest.mark.parametrize("tune", ["missing-folder", "empty.csv"])
def test_a_bad_tuning_source_is_reported_before_training_starts(tmp_path, tune, capsys):
    from triage_daemon.cli import main

    (tmp_path / "empty.csv").write_text("text,label\n")
    out = tmp_path / "model"
    code = main(["--config", str(PROJECT_ROOT / "triage.example.toml"), "train", "--data", str(PROJECT_ROOT / "models" / "data"),
                 "--tune", str(tmp_path / tune), "--out", str(out)])
    assert code == 2
    assert f"--tune {tmp_path / tune}" in capsys.readouterr().err
    assert not (out / model_mod.MODEL_FILE).exists()


def test_the_version_names_the_tuning_too(tmp_path):
    # Two cards from the same training, tuned on different messages, decide differently: they must not share
    # an id (an operator's review saw an untuned and a tuned candidate both called m-9b1e39dff633).
    from triage_daemon.config import EMBEDDED_DEFAULT, from_dict
    from triage_daemon.learn.corpus import load_examples
    from triage_daemon.learn.train import tune, untuned

    cfg = from_dict(dict(EMBEDDED_DEFAULT))
    holdout = load_examples([str(ROOT / "tests" / "data" / "holdout")], cfg, training=True)
    versions = set()
    for name, tuning in (("a", holdout[:40]), ("b", holdout[40:80])):
        shutil.copytree(ROOT / "models", tmp_path / name, ignore=shutil.ignore_patterns("data"))
        versions.add(tune(tmp_path / name, cfg, tuning, [name])["version"])
        model_mod.load(tmp_path / name)   # the card is sealed again: it loads
    assert len(versions) == 2
    shutil.copytree(ROOT / "models", tmp_path / "c", ignore=shutil.ignore_patterns("data"))
    card = untuned(tmp_path / "c")
    assert card["answers"]["threshold"] == card["auto_reply"]["threshold"] == 1.0 and card["answers"]["tuned_on"] is None
    model_mod.load(tmp_path / "c")


def test_training_into_the_folder_promote_deploys_to_is_refused_before_it_starts(tmp_path, capsys):
    from triage_daemon.cli import main
    config = tmp_path / "triage.toml"
    config.write_text(f'mailbox = "maildir:{tmp_path}/mail"\noutbox = "maildir:{tmp_path}/out"\n'
                      f'state = "sqlite:///{tmp_path}/state/triage.db"\nmodel_dir = "{tmp_path}/live"\n'
                      'helpline_address = "helpline@example.com"\nsupport_address = "support@goodtime.io"\n'
                      'csm_address = "csm@example.com"\nproduct_board_url = "https://goodtime.io/product-board"\n')
    assert main(["--config", str(config), "train", "--quiet", "--out", str(tmp_path / "live")]) == 2
    assert "where `promote` deploys" in capsys.readouterr().err
    assert not (tmp_path / "live").exists()
