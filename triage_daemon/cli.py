"""Command line: run, once, classify, train, evaluate, promote, rollback, check-config, status, explain, report."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .config import PROJECT_ROOT, ConfigError
from .ownership import follow_owner

EX_TEMPFAIL = 75  # sysexits: try again later (another daemon holds the mailbox)


def _common_options(p: argparse.ArgumentParser, after_command: bool) -> None:
    """The options every command takes, before or after its name (`once --config F` = `--config F once`).
    After the name their default is SUPPRESS, so an option given only before the name is not reset."""
    p.add_argument("-c", "--config", default=argparse.SUPPRESS if after_command else None,
                   help="TOML config (default: $TRIAGE_CONFIG, ./triage.toml, else the embedded default)")
    p.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS if after_command else False,
                   help="debug logging")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="triage-daemon", description="Triage a GoodTime help-line mailbox.")
    _common_options(p, after_command=False)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser("run", help="run the daemon")
    sub.add_parser("once", help="one pass over everything new, then exit")
    c = sub.add_parser("classify", help="decide on .eml files without side effects")
    c.add_argument("--json", action="store_true", help="one JSON object per line (the default output)")
    c.add_argument("files", nargs="+", metavar="FILE.eml")
    t = sub.add_parser("train", help="train a model from labelled data")
    t.add_argument("--data", action="append", metavar="SRC",
                   help="folder of category folders, .csv, .jsonl, or 'state' (repeatable; default: models/data)")
    t.add_argument("--out", metavar="MODEL_DIR",
                   help="where to write the model (default: candidate-model beside the state); `promote` deploys it")
    t.add_argument("--tune", action="append", metavar="SRC",
                   help="held-out messages to choose the answer threshold on (repeatable; never trained on; "
                        "default: the shipped eval/dev, tests/data/holdout and spent blind sets eval/blind-r*)")
    t.add_argument("--quiet", action="store_true", help="no progress display")
    e = sub.add_parser("evaluate", help="measure a model on labelled data")
    e.add_argument("--data", action="append", metavar="SRC", required=True)
    e.add_argument("--model", metavar="MODEL_DIR", help="default: the deployed model")
    e.add_argument("--json", action="store_true")
    e.add_argument("--html", metavar="FILE", help="write a self-contained HTML report")
    e.add_argument("--target-wrong", type=_share, default=0.01,
                   help="the share of wrong answers among those sent to choose a threshold for (default 0.01)")
    pr = sub.add_parser("promote", help="deploy a trained model if it is not worse than the current one")
    pr.add_argument("model", metavar="MODEL_DIR", nargs="?", help="the candidate (or --shipped)")
    pr.add_argument("--shipped", action="store_true", help="the model shipped with this version, through the gate")
    pr.add_argument("--data", action="append", metavar="SRC",
                    help="held-out data for the gate (default: holdout_sources, i.e. tests/data/holdout)")
    pr.add_argument("--force", action="store_true")
    sub.add_parser("rollback", help="bring back the model deployed before the current one (again: the one before)")
    cc = sub.add_parser("check-config", help="validate the config and everything it points to")
    cc.add_argument("--connect", action="store_true",
                    help="also log in to the mailbox and SMTP (sending nothing) and open the state")
    s = sub.add_parser("status", help="what the daemon has done, from the state store")
    s.add_argument("--json", action="store_true")
    s.add_argument("--since", metavar="AGE", help="only what arrived in the last AGE: 30m, 24h, 7d")
    ex = sub.add_parser("explain", help="one message's decision, its reasons and what was sent, from the state store")
    ex.add_argument("message", metavar="REFERENCE|MESSAGE-ID",
                    help="the reference people quote (HL-2026-000123), the Message-ID, or the state's key")
    ex.add_argument("--json", action="store_true")
    rp = sub.add_parser("report", help="what the help line did over a period: volumes, automation, backlog, "
                                       "drafts, knowledge-base gaps")
    rp.add_argument("--since", metavar="AGE", default="7d", help="the last AGE: 24h, 7d (default), 30d; 'all' for everything")
    rp.add_argument("--json", action="store_true")
    rp.add_argument("--html", metavar="FILE", help="also write a self-contained HTML page with pictures")
    for command in sub.choices.values():
        _common_options(command, after_command=True)
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from . import config, logs

    try:
        cfg = config.load(args.config)
        logs.setup(cfg.log_format, 10 if args.verbose else 20)
        code = COMMANDS[args.command](cfg, args)
        sys.stdout.flush()   # here, where a closed pipe is caught, not at exit
        return code
    except ConfigError as exc:
        print(f"triage-daemon: configuration error: {logs.redact(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except PermissionError as exc:   # a folder the service's user owns, written by another user
        print(f"triage-daemon: permission denied: {exc.filename or exc}: run it as the user the service runs as "
              f"(docs/retraining.md), or give that user the folder", file=sys.stderr)
        return 1
    except BrokenPipeError:   # `status | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        from .mail.mailboxes import MailboxError
        from .state.store import StateError
        if isinstance(exc, (StateError, MailboxError)):
            print(f"triage-daemon: {logs.redact(str(exc))}", file=sys.stderr)
            return 1
        raise


def cmd_run(cfg, args) -> int:
    import threading

    from .service.daemon import Daemon, install_signal_handlers

    # Handlers first: a SIGTERM while the model loads must still end in a clean exit 0.
    stop, reload = threading.Event(), threading.Event()
    install_signal_handlers(stop, reload)
    return Daemon(cfg, stop, reload).run_forever()


def cmd_once(cfg, args) -> int:
    from .service.daemon import Daemon

    daemon = Daemon(cfg)
    try:
        if not daemon.try_lease():
            print(f"another triage-daemon sharing {daemon.store.path} is working on this mailbox; "
                  f"nothing done (stop it, or let it do the work)", file=sys.stderr)
            return EX_TEMPFAIL
        daemon.open()
        stats = daemon.engine.run_pass()
    finally:
        daemon.close()
    print(f"{stats.fetched} new, {stats.decided} decided, {stats.sent} sent, {stats.deferred} waiting, "
          f"{stats.quarantined} quarantined, {stats.errors} errors")
    return 0


CLASSIFY_CHUNK = 100  # files parsed, then classified by one model call, as the daemon does with a fetched chunk


def classify_file(path: str, classifier, cfg) -> dict:
    """The decision for one file (classify_files does the same for many, faster)."""
    return next(classify_files([path], classifier, cfg))


def classify_files(paths: list[str], classifier, cfg, chunk: int = CLASSIFY_CHUNK):
    """The decision for each file, in order: a chunk of files is parsed, then its messages go through
    the model in one call (Classifier.classify_many), then each is decided."""
    for start in range(0, len(paths), chunk):
        read = [_read_message(path, cfg) for path in paths[start:start + chunk]]
        msgs = [msg for _, msg in read if msg is not None]
        try:
            verdicts = iter(classifier.classify_many(msgs))
        except Exception:  # one poisonous message: classify one by one, so only it fails
            verdicts = None
        for result, msg in read:
            yield result if msg is None else _decided(result["file"], msg, classifier, cfg,
                                                      next(verdicts) if verdicts else None)


def _read_message(path: str, cfg):
    """(the result so far, the parsed Message or None when the file gets no decision of the model)."""
    from .mail.parse import ParseError, parse

    base = {"file": path, "message_id": None, "category": "noise", "confidence": 0.0,
            "actions": ["needs_review"], "priority": "normal", "kb_article": None, "kb_best": None, "reasons": []}
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return dict(base, reasons=[f"cannot read the file: {exc.strerror}"], error="unreadable"), None
    if len(raw) > cfg.max_message_bytes:
        return dict(base, reasons=[f"message of {len(raw)} bytes is over max_message_bytes ({cfg.max_message_bytes}): "
                                   f"left for a person"]), None
    try:
        return base, parse(raw)
    except ParseError as exc:
        return dict(base, reasons=[f"quarantined: cannot parse: {exc}"]), None


def _decided(path: str, msg, classifier, cfg, verdict) -> dict:
    from .decide.pipeline import decide_message, history_from_headers

    verdict, decision = decide_message(msg, classifier, cfg, history_from_headers(msg, cfg), verdict)

    def article(match):
        return {"id": match.id, "title": match.title, "score": match.score} if match else None

    # kb_article: the article sent (null when none is); kb_best: the best candidate, sent or not; draft: the
    # article (or product-board reply) saved as a draft for a person, or null.
    return {"file": path, "message_id": msg.message_id or None, "category": decision.category,
            "confidence": decision.confidence, "actions": list(decision.actions), "priority": decision.priority,
            "kb_article": article(decision.kb), "kb_best": article(verdict.kb), "reasons": list(decision.reasons),
            "acknowledgement": decision.acknowledge, "draft": article(decision.draft)}


def cmd_classify(cfg, args) -> int:
    import gc

    from .decide.classifier import Classifier

    classifier = Classifier.from_config(cfg)
    # Everything start-up made (the libraries, the model) lives until exit: the cyclic garbage
    # collector need not walk it again each time parsing fills a generation (about 6% of the run).
    gc.freeze()
    failed = 0
    for n, result in enumerate(classify_files(args.files, classifier, cfg), 1):
        failed += "error" in result
        print(json.dumps(result, ensure_ascii=False), flush=n % CLASSIFY_CHUNK == 0)
    sys.stdout.flush()
    return 1 if failed else 0


def _share(text: str) -> float:
    """--target-wrong: a share of the answers sent, at least 0 and under 1."""
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0 <= value < 1:
        raise argparse.ArgumentTypeError(f"a share at least 0 and under 1 (0.01 is 1%), got {text!r}")
    return value


def _progress(quiet: bool):
    if quiet:
        return None
    return lambda text: print(f"  {text}", file=sys.stderr, flush=True)


def cmd_train(cfg, args) -> int:
    from .learn import corpus
    from .config import candidate_dir
    from .learn.train import card_markdown, default_tuning, load_tuning, train_and_tune

    specs = args.data or [str(PROJECT_ROOT / "models" / "data")]
    out = Path(args.out) if args.out else candidate_dir(cfg)
    if out.resolve() == cfg.model_dir.resolve():
        raise ConfigError(f"--out {out}: that is model_dir, where `promote` deploys after the gate; train into "
                          f"another folder (the default is {candidate_dir(cfg)}) and promote it")
    progress = _progress(args.quiet)
    examples = corpus.load_examples(specs, cfg, progress, training=True)
    # The tuning sets are read before minutes of training: a bad one is reported now, not after.
    tune_specs = args.tune or default_tuning()
    tuning = load_tuning(tune_specs, cfg) if tune_specs else []
    if not tune_specs:
        print("no tuning set (--tune) and no shipped one here: automatic answers stay off in this model",
              file=sys.stderr)
    card = train_and_tune(examples, out, specs, cfg, tuning, tune_specs, progress)
    follow_owner(out)
    print(card_markdown(card))
    if not args.out:
        print(f"\nWritten to {out}; `triage-daemon promote {out}` deploys it if it passes the gate.")
    return 0


def cmd_evaluate(cfg, args) -> int:
    from .config import model_in_use
    from .learn import corpus
    from .learn.evaluate import evaluate, render_html, render_text

    model_dir = Path(args.model) if args.model else model_in_use(cfg)
    examples = corpus.load_examples(args.data, cfg)
    report = evaluate(examples, model_dir, cfg, args.target_wrong)
    if args.html:
        Path(args.html).write_text(render_html(report), encoding="utf-8")
    print(json.dumps(report, indent=2) if args.json else render_text(report))
    return 0


def cmd_promote(cfg, args) -> int:
    from .config import SHIPPED_MODEL_DIR
    from .learn import corpus
    from .learn.promote import promote

    if bool(args.model) == bool(args.shipped):
        raise ConfigError("promote: name the candidate's folder, or --shipped for the model shipped with this version")
    specs = args.data or cfg.holdout_sources
    candidate = SHIPPED_MODEL_DIR if args.shipped else Path(args.model)
    try:
        ok, message = promote(candidate, cfg, corpus.load_examples(specs, cfg), force=args.force)
    finally:
        follow_owner(cfg.model_dir)
    print(message)
    return 0 if ok else 1


def cmd_rollback(cfg, args) -> int:
    from .learn.promote import NoEarlierModel, rollback

    try:
        print(rollback(cfg))
    except NoEarlierModel as exc:
        print(f"triage-daemon: {exc}", file=sys.stderr)
        return 1
    finally:
        follow_owner(cfg.model_dir)
    return 0


def cmd_check_config(cfg, args) -> int:
    from .service.checks import check_deployment

    checks = check_deployment(cfg, connect=args.connect)
    problems = [c for c in checks if not c.ok]
    print(f"config: {cfg.source}: " + (f"{len(problems)} problem(s)" if problems else "ok"))
    print(f"  mailbox  {cfg.mailbox}")
    print(f"  outbox   {cfg.outbox}")
    print(f"  state    {cfg.state}")
    for check in checks[1:]:
        mark = "ok     " if check.ok and not check.warning else ("WARNING" if check.ok else "PROBLEM")
        print(f"  {mark} {check.name}: {check.detail}")
    if not args.connect and not problems:
        print("  (check-config --connect also logs in to the mailbox and SMTP and opens the state)")
    for check in problems:   # (on stderr too, for scripts that read only it)
        print(f"triage-daemon: configuration error: {check.name}: {check.detail}", file=sys.stderr)
    return 2 if problems else 0


def cmd_status(cfg, args) -> int:
    from .service.status import gather, render

    report = gather(cfg, args.since)
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else render(report))
    return 0


def cmd_explain(cfg, args) -> int:
    from .service.explain import NotFound, gather, render

    try:
        record = gather(cfg, args.message)
    except NotFound as exc:
        print(f"triage-daemon: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(record, indent=2, ensure_ascii=False) if args.json else render(record))
    return 0


def cmd_report(cfg, args) -> int:
    from .service.report import gather
    from .service.report_pages import render_html, render_text

    report = gather(cfg, None if args.since == "all" else args.since)
    if args.html:
        Path(args.html).write_text(render_html(report), encoding="utf-8")
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else render_text(report))
    return 0


COMMANDS = {"run": cmd_run, "once": cmd_once, "classify": cmd_classify, "train": cmd_train,
            "evaluate": cmd_evaluate, "promote": cmd_promote, "rollback": cmd_rollback,
            "check-config": cmd_check_config, "status": cmd_status, "explain": cmd_explain,
            "report": cmd_report}


if __name__ == "__main__":
    sys.exit(main())
