"""Matching a question to an article, and loading the models, as the daemon does them, beside the
same work done by scikit-learn's own objects in the same run.

    .venv/bin/python bench/matching.py [--set eval/dev] [--runs 5]

- matching: `Answerer.match` for every question of the set (the article classifier, the knowledge
  base's similarities, the answerability model), median ms per question; the baseline is the same
  Answerer with the article classifier read from `answers.skops` (scikit-learn's Pipeline).
- start-up: a fresh process that loads the config, the model (its compiled arrays), the rules, the
  articles and builds the articles' vectors (as the daemon does before its first message); the
  baseline is a fresh process that reads the two skops files (what loading cost before the compiled
  file).
The set is not a blind one: speed does not depend on which questions they are.
"""
from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, fresh_process_seconds, header, match_questions, match_times  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", type=Path, default=ROOT / "eval" / "dev", help="labelled messages (not a blind set)")
    ap.add_argument("--runs", type=int, default=5, help="fresh processes per start-up figure")
    args = ap.parse_args()

    from triage_daemon import config
    from triage_daemon.decide.answers import Answerer
    from triage_daemon.decide.classifier import Classifier
    from triage_daemon.decide.model import ANSWERS_FILE, _load_trusted
    from triage_daemon.learn.corpus import load_examples

    cfg = config.from_dict(dict(config.EMBEDDED_DEFAULT, model_dir=str(ROOT / "models")))
    compiled = Classifier.from_config(cfg).answers
    pipeline = Answerer(compiled.articles, _load_trusted(ROOT / "models" / ANSWERS_FILE), compiled.answerability)
    questions = match_questions(load_examples([str(args.set)], cfg))

    header(f"bench/matching.py: matching and loading, {len(questions)} questions of {args.set}")
    for answerer in (compiled, pipeline):   # the knowledge base's vectors built by a question of no set
        answerer.match(["Who is our GoodTime CSM?"], 0.9, True)
    for name, answerer in (("compiled (the daemon)", compiled), ("scikit-learn Pipeline", pipeline),
                           ("compiled, words seen", compiled)):
        t = match_times(answerer, questions)
        print(f"  match, {name:24} median {statistics.median(t):.2f} ms, mean {statistics.mean(t):.2f} ms, "
              f"p90 {sorted(t)[int(len(t) * 0.9)]:.2f} ms per question")

    load = ("from triage_daemon import config; from triage_daemon.decide.classifier import Classifier; "
            "Classifier.from_config(config.from_dict(dict(config.EMBEDDED_DEFAULT, model_dir='models'))).prepare()")
    skops = ("from pathlib import Path; from triage_daemon.decide import model as m; "
             "m._load_trusted(Path('models') / m.MODEL_FILE); m._load_trusted(Path('models') / m.ANSWERS_FILE)")
    for name, code in (("config, compiled model, rules, articles, their vectors", load), ("the two skops files alone", skops)):
        t = fresh_process_seconds(code, args.runs)
        print(f"  start-up, {name:52} median {statistics.median(t):.2f} s of {len(t)} "
              f"(min {min(t):.2f}, max {max(t):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
