"""Command line: run, once, classify, train, evaluate, promote, rollback, check-config, status."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .config import PROJECT_ROOT, ConfigError

EX_TEMPFAIL = 75  # sysexits: try again later (another daemon holds the mailbox)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="triage-daemon", description="Triage a GoodTime help-line mailbox.")
    p.add_argument("--config", help="TOML config (default: $TRIAGE_CONFIG, ./triage.toml, else the embedded default)")
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser("run", help="run the daemon")
    sub.add_parser("once", help="one pass over everything new, then exit")
    c = sub.add_parser("classify", help="decide on .eml files without side effects")
    c.add_argument("--json", action="store_true", help="one JSON object per line (the default output)")
    c.add_argument("files", nargs="+", metavar="FILE.eml")
    t = sub.add_parser("train", help="train a model from labelled data")
    t.add_argument("--data", action="append", metavar="SRC",
                   help="folder of category folders, .csv, .jsonl, or 'state' (repeatable; default: models/data)")
    t.add_argument("--out", metavar="MODEL_DIR", help="where to write the model (default: the config's model_dir)")
    t.add_argument("--quiet", action="store_true", help="no progress display")
    e = sub.add_parser("evaluate", help="measure a model on labelled data")
    e.add_argument("--data", action="append", metavar="SRC", required=True)
    e.add_argument("--model", metavar="MODEL_DIR", help="default: the deployed model")
    e.add_argument("--json", action="store_true")
    e.add_argument("--html", metavar="FILE", help="write a self-contained HTML report")
    e.add_argument("--target-precision", type=float, default=0.97)
    pr = sub.add_parser("promote", help="deploy a trained model if it is not worse than the current one")
    pr.add_argument("model", metavar="MODEL_DIR")
    pr.add_argument("--data", action="append", metavar="SRC",
                    help="held-out data for the gate (default: holdout_sources, i.e. tests/data/holdout)")
    pr.add_argument("--force", action="store_true")
    sub.add_parser("rollback", help="bring back the model that was deployed before the last promote")
    sub.add_parser("check-config", help="validate the config and everything it points to")
    s = sub.add_parser("status", help="what the daemon has done, from the state store")
    s.add_argument("--json", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from . import config, logs

    try:
        cfg = config.load(args.config)
        logs.setup(cfg.log_format, 10 if args.verbose else 20)
        return COMMANDS[args.command](cfg, args)
    except ConfigError as exc:
        print(f"triage-daemon: configuration error: {logs.redact(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
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


def classify_file(path: str, classifier, cfg) -> dict:
    from .decide.pipeline import decide_message, history_from_headers
    from .mail.parse import ParseError, parse

    base = {"file": path, "message_id": None, "category": "noise", "confidence": 0.0,
            "actions": ["needs_review"], "priority": "normal", "kb_article": None, "reasons": []}
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return dict(base, reasons=[f"cannot read the file: {exc.strerror}"], error="unreadable")
    if len(raw) > cfg.max_message_bytes:
        return dict(base, reasons=[f"message of {len(raw)} bytes is over max_message_bytes ({cfg.max_message_bytes}): "
                                   f"left for a person"])
    try:
        msg = parse(raw)
    except ParseError as exc:
        return dict(base, reasons=[f"quarantined: cannot parse: {exc}"])
    verdict, decision = decide_message(msg, classifier, cfg, history_from_headers(msg, cfg))
    kb = {"id": decision.kb.id, "title": decision.kb.title, "score": decision.kb.score} if decision.kb else None
    return {"file": path, "message_id": msg.message_id or None, "category": decision.category,
            "confidence": decision.confidence, "actions": list(decision.actions), "priority": decision.priority,
            "kb_article": kb, "reasons": list(decision.reasons)}


def cmd_classify(cfg, args) -> int:
    from .decide.classifier import Classifier

    classifier = Classifier.from_config(cfg)
    failed = 0
    for path in args.files:
        result = classify_file(path, classifier, cfg)
        failed += "error" in result
        print(json.dumps(result, ensure_ascii=False), flush=True)
    return 1 if failed else 0


def _progress(quiet: bool):
    if quiet:
        return None
    return lambda text: print(f"  {text}", file=sys.stderr, flush=True)


def cmd_train(cfg, args) -> int:
    from .learn import corpus
    from .learn.train import card_markdown, train

    specs = args.data or [str(PROJECT_ROOT / "models" / "data")]
    out = Path(args.out) if args.out else cfg.model_dir
    progress = _progress(args.quiet)
    examples = corpus.load_examples(specs, cfg, progress)
    card = train(examples, out, [_display(s) for s in specs], progress)
    print(card_markdown(card))
    return 0


def _display(spec: str) -> str:
    try:
        return str(Path(spec).resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return spec


def cmd_evaluate(cfg, args) -> int:
    from .learn import corpus
    from .learn.evaluate import evaluate, render_html, render_text

    model_dir = Path(args.model) if args.model else cfg.model_dir
    examples = corpus.load_examples(args.data, cfg)
    report = evaluate(examples, model_dir, cfg, args.target_precision)
    if args.html:
        Path(args.html).write_text(render_html(report), encoding="utf-8")
    print(json.dumps(report, indent=2) if args.json else render_text(report))
    return 0


def cmd_promote(cfg, args) -> int:
    from .learn import corpus
    from .learn.promote import promote

    specs = args.data or cfg.holdout_sources
    ok, message = promote(Path(args.model), cfg, corpus.load_examples(specs, cfg), force=args.force)
    print(message)
    return 0 if ok else 1


def cmd_rollback(cfg, args) -> int:
    from .learn.promote import rollback

    print(rollback(cfg))
    return 0


def cmd_check_config(cfg, args) -> int:
    from .decide.classifier import Classifier

    classifier = Classifier.from_config(cfg)
    print(f"config: {cfg.source}: ok")
    print(f"  mailbox  {cfg.mailbox}")
    print(f"  outbox   {cfg.outbox}")
    print(f"  state    {cfg.state}")
    print(f"  model    {classifier.model.version} ({cfg.model_dir})")
    print(f"  rules    {len(classifier.rules)} from {cfg.rules_dir}")
    print(f"  kb       {len(classifier.kb.articles)} articles from {cfg.kb_dir}")
    for name in ("mailbox", "outbox", "state"):
        ep = getattr(cfg, name)
        if ep.scheme not in ("maildir", "sqlite"):
            from .secrets import describe_secret
            print(f"  {name} credentials: {describe_secret(cfg, name)}")
    return 0


def cmd_status(cfg, args) -> int:
    import time

    from .state.store import open_state
    store = open_state(cfg, readonly=True)
    summary = store.summary()
    store.close()
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    last = summary["last_pass"]
    ago = f"{time.time() - float(last):.0f}s ago" if last else "never"
    print(f"last pass: {ago}; model: {summary['model'] or 'unknown'}")
    for title in ("messages", "categories", "actions", "effects", "events"):
        items = ", ".join(f"{k} {v}" for k, v in sorted(summary[title].items())) or "none"
        print(f"{title}: {items}")
    return 0


COMMANDS = {"run": cmd_run, "once": cmd_once, "classify": cmd_classify, "train": cmd_train,
            "evaluate": cmd_evaluate, "promote": cmd_promote, "rollback": cmd_rollback,
            "check-config": cmd_check_config, "status": cmd_status}


if __name__ == "__main__":
    sys.exit(main())
