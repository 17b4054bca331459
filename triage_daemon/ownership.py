"""Files an admin writes as root for the service: owned by the service's user, as the folder they are in.

Under systemd the daemon runs as its own user (DynamicUser), and the state folder belongs to it. An admin
who runs `train`, `promote` or `rollback` as root would otherwise leave root's folders there (the deployed
model, its history, the candidate), which the service can no longer write: the weekly retraining and the
promotion of a newer shipped model at start would fail from then on (an operator's review)."""
from __future__ import annotations

import os
from pathlib import Path


def owner_for(path: Path) -> tuple[int, int] | None:
    """(uid, gid) that `path` should belong to: the folder's own owner if that is not root, else its
    parent's; None when neither is another user's (nothing to change), or when not running as root."""
    if os.geteuid() != 0:
        return None
    for candidate in (path, path.parent):
        try:
            st = candidate.stat()
        except OSError:
            continue
        if st.st_uid != 0:
            return st.st_uid, st.st_gid
    return None


def follow_owner(path: Path) -> None:
    """Run as root: give `path` and everything under it to `owner_for(path)` (what is already theirs is
    left alone; symbolic links are not followed)."""
    owner = owner_for(path)
    if owner is None or not path.exists():
        return
    for entry in (path, *path.rglob("*")):
        st = entry.lstat()
        if (st.st_uid, st.st_gid) != owner:
            os.lchown(entry, *owner)
