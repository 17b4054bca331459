"""triage-daemon: triage a GoodTime help-line mailbox."""
__version__ = "0.1.0"
