"""The systemd units in systemd/ pass `systemd-analyze verify` without a warning about them.

systemd-analyze is required, never skipped: when it is missing, the test installs Debian's `systemd`
package (it installs fine in a container where systemd is not PID 1).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UNITS = ("triage-daemon.service", "triage-retrain.service", "triage-retrain.timer")
# Templates: one help line per instance (config /etc/triage-daemon/%i.toml, state per instance).
TEMPLATES = ("triage-daemon@.service", "triage-retrain@.service", "triage-retrain@.timer")
INSTANCES = ("emea", "amer")
INSTALL_PREFIX = "/opt/triage-daemon/.venv/bin/"   # where the units expect the installed venv
EXEC_KEYS = re.compile(r"^(Exec(?:Start|StartPre|StartPost|Reload|Stop|StopPost|Condition))=(.*)$")


def _systemd_analyze() -> str:
    found = shutil.which("systemd-analyze")
    if found:
        return found
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    steps = (["apt-get", "update"], ["apt-get", "install", "-y", "--no-install-recommends", "systemd"])
    for cmd in steps:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            pytest.fail(f"systemd-analyze is missing and `{' '.join(cmd)}` failed ({done.returncode}):\n"
                        f"{done.stdout[-2000:]}\n{done.stderr[-2000:]}", pytrace=False)
    found = shutil.which("systemd-analyze")
    if not found:
        pytest.fail("installed the systemd package but systemd-analyze is still not on PATH", pytrace=False)
    return found


@pytest.fixture(scope="module")
def analyze() -> str:
    return _systemd_analyze()


def _installed_script() -> Path:
    """The project's console script in the venv running the tests."""
    candidate = Path(sys.executable).parent / "triage-daemon"
    if os.access(candidate, os.X_OK):
        return candidate
    found = shutil.which("triage-daemon")
    assert found, "the triage-daemon console script is not installed (pip install -e .)"
    return Path(found)


def _localise(text: str, script: Path) -> str:
    """The unit text with its commands pointed at executables that exist on this host.

    `systemd-analyze verify` checks that every Exec*= binary exists and is executable, and the units
    name the production install (/opt/triage-daemon/.venv/bin/triage-daemon), which does not exist
    here. So the test rewrites only those paths, to this checkout's venv script (and a system binary
    such as /bin/kill, should this host lack it, to that same script); every other line, and the
    arguments, are verified exactly as shipped.
    """
    out = []
    for line in text.splitlines():
        m = EXEC_KEYS.match(line)
        if m:
            key, value = m.groups()
            prefix = re.match(r"^[-@:+!|]*", value).group(0)
            command, sep, args = value[len(prefix):].partition(" ")
            if command.startswith(INSTALL_PREFIX):
                command = str(script.parent / command[len(INSTALL_PREFIX):])
            elif not os.access(command, os.X_OK):
                command = str(script)
            line = f"{key}={prefix}{command}{sep}{args}"
        out.append(line)
    return "\n".join(out) + "\n"


def _copy_units(tmp_path: Path, names=UNITS, as_names=None) -> list[Path]:
    script = _installed_script()
    paths = []
    for name, as_name in zip(names, as_names or names):
        src = ROOT / "systemd" / name
        assert src.is_file(), f"missing unit file {src}"
        dest = tmp_path / as_name
        dest.write_text(_localise(src.read_text(encoding="utf-8"), script), encoding="utf-8")
        paths.append(dest)
    return paths


def _verify(analyze: str, paths: list[Path]) -> subprocess.CompletedProcess:
    cmd = [analyze, "verify", "--man=no", "--generators=no", *map(str, paths)]
    env = dict(os.environ, SYSTEMD_PAGER="", SYSTEMD_LOG_COLOR="0")
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env,
                          cwd=paths[0].parent)


def _about_our_units(stderr: str, names) -> list[str]:
    """Lines naming one of our unit files: systemd prefixes every complaint about a unit with its
    name or path ("x.service:12: Unknown key ...", "x.service: Command ... is not executable").
    Anything else (the host container's own /etc, D-Bus, generators) is not about our units."""
    return [line for line in stderr.splitlines() if any(name in line for name in names)]


def test_units_verify_cleanly(analyze, tmp_path):
    paths = _copy_units(tmp_path)
    done = _verify(analyze, paths)
    report = f"systemd-analyze verify exited {done.returncode}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr}"
    assert done.returncode == 0, report
    problems = _about_our_units(done.stderr, UNITS)
    assert not problems, "systemd-analyze complained about our units:\n" + "\n".join(problems) + "\n\n" + report


def test_the_template_units_verify_cleanly(analyze, tmp_path):
    paths = _copy_units(tmp_path, TEMPLATES)
    done = _verify(analyze, paths)
    report = f"systemd-analyze verify exited {done.returncode}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr}"
    assert done.returncode == 0, report
    problems = _about_our_units(done.stderr, TEMPLATES)
    assert not problems, "systemd-analyze complained about our templates:\n" + "\n".join(problems) + "\n\n" + report


def test_two_instances_side_by_side_verify_cleanly(analyze, tmp_path):
    """Instances as an admin enables them (triage-daemon@emea.service, ...): %i expanded in every path."""
    names = [t.replace("@.", f"@{i}.") for i in INSTANCES for t in TEMPLATES]
    paths = _copy_units(tmp_path, [t for _ in INSTANCES for t in TEMPLATES], names)
    done = _verify(analyze, paths)
    report = f"systemd-analyze verify exited {done.returncode}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr}"
    assert done.returncode == 0, report
    problems = _about_our_units(done.stderr, names)
    assert not problems, "systemd-analyze complained about the instances:\n" + "\n".join(problems) + "\n\n" + report


def test_verify_would_catch_a_bad_directive_in_a_template(analyze, tmp_path):
    (path,) = _copy_units(tmp_path, TEMPLATES[:1])
    path.write_text(path.read_text(encoding="utf-8").replace("[Service]\n", "[Service]\nNoSuchDirective=yes\n", 1),
                    encoding="utf-8")
    done = _verify(analyze, [path])
    assert any("NoSuchDirective" in line for line in _about_our_units(done.stderr, [path.name])), done.stderr


def test_verify_would_catch_a_bad_directive(analyze, tmp_path):
    """The check above is not vacuous: this systemd reports unknown keys and bad values, on stderr."""
    paths = _copy_units(tmp_path)
    bad = tmp_path / "broken-triage.service"
    text = paths[0].read_text(encoding="utf-8").replace("[Service]\n", "[Service]\nNoSuchDirective=yes\n", 1)
    bad.write_text(text.replace("WatchdogSec=120", "WatchdogSec=soon"), encoding="utf-8")
    done = _verify(analyze, [bad])
    problems = _about_our_units(done.stderr, [bad.name])
    assert any("NoSuchDirective" in line for line in problems), done.stderr
    assert any("soon" in line for line in problems), done.stderr


def _directives(name: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in (ROOT / "systemd" / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", ";", "[")) and "=" in line:
            key, _, value = line.partition("=")
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def test_units_match_what_the_daemon_expects():
    from triage_daemon.secrets import CREDENTIAL

    daemon = _directives("triage-daemon.service")
    assert daemon["Type"] == ["notify"] and daemon["NotifyAccess"] == ["main"]
    assert daemon["WatchdogSec"] == ["120"]
    assert daemon["ExecStart"][0].endswith(" run")
    assert daemon["ExecReload"] == ["/bin/kill -HUP $MAINPID"]
    # The credential names are the ones triage_daemon.secrets looks for in $CREDENTIALS_DIRECTORY.
    # The state password is only for a postgresql:// state: its line is there, commented out.
    loaded = {value.partition(":")[0] for value in daemon["LoadCredential"]}
    assert loaded == set(CREDENTIAL.values()) - {"state_password"}
    text = (ROOT / "systemd" / "triage-daemon.service").read_text(encoding="utf-8")
    assert "#LoadCredential=state_password:/etc/triage-daemon/state_password" in text
    retrain = _directives("triage-retrain.service")
    assert retrain["Type"] == ["oneshot"]
    assert [cmd.split(" ", 3)[3].split()[0] for cmd in retrain["ExecStart"]] == ["train", "promote"]
    # Both run as the same (dynamic) user in the same state directory.
    for key in ("User", "StateDirectory", "WorkingDirectory", "DynamicUser"):
        assert daemon[key] == retrain[key], key
    timer = _directives("triage-retrain.timer")
    assert timer["Persistent"] == ["true"] and timer["OnCalendar"] == ["weekly"]


# Directives that name the instance; every other one is the same as in the single-help-line unit.
PER_INSTANCE = {"Description", "ExecStart", "User", "Group", "StateDirectory", "WorkingDirectory",
                "LoadCredential"}


def test_the_template_is_the_single_unit_with_everything_per_instance():
    for single, template in (("triage-daemon.service", "triage-daemon@.service"),
                             ("triage-retrain.service", "triage-retrain@.service"),
                             ("triage-retrain.timer", "triage-retrain@.timer")):
        one, many = _directives(single), _directives(template)
        assert set(one) == set(many), (single, set(one) ^ set(many))
        for key in set(one) - PER_INSTANCE:
            assert one[key] == many[key], (template, key)
        for key in PER_INSTANCE & set(many):
            assert all("%i" in value for value in many[key]), (template, key, many[key])
    daemon = _directives("triage-daemon@.service")
    assert daemon["ExecStart"] == ["/opt/triage-daemon/.venv/bin/triage-daemon --config /etc/triage-daemon/%i.toml run"]
    assert daemon["StateDirectory"] == ["triage-daemon-%i"]
    assert daemon["WorkingDirectory"] == ["/var/lib/triage-daemon-%i"]
    # No copying of models at start: until one is promoted into model_dir the shipped one runs.
    assert "ExecStartPre" not in daemon
    retrain = _directives("triage-retrain@.service")
    assert all("--config /etc/triage-daemon/%i.toml " in cmd for cmd in retrain["ExecStart"])
    assert all("/var/lib/triage-daemon-%i/candidate" in cmd for cmd in retrain["ExecStart"])
    for key in ("User", "Group", "StateDirectory", "WorkingDirectory", "DynamicUser"):
        assert daemon[key] == retrain[key], key
    # The timer starts the service of its own instance name (no Unit= pointing elsewhere).
    assert "Unit" not in _directives("triage-retrain@.timer")
