"""A tiny OAuth2 authorisation server for the tests, on 127.0.0.1: it issues access tokens and answers
token introspection (RFC 7662) for Dovecot's oauth2 passdb.

    server = OAuth2Server().start()
    token = server.issue("helpline@example.com")       # or POST /token  username=...  (the token command)
    server.expire(token)                                # introspection now answers {"active": false}
    server.hand_out_expired(1)                          # the next token issued is already expired
    server.stop()

POST /introspect  token=...     -> {"active": true, "username": ..., "exp": ...} or {"active": false}
POST /token       username=...  -> {"access_token": ..., "token_type": "Bearer", "expires_in": ...}
"""
from __future__ import annotations

import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

LOOPBACK = "127.0.0.1"


class OAuth2Server:
    def __init__(self, lifetime: float = 3600.0):
        self.lifetime = lifetime
        self.tokens: dict[str, dict] = {}     # token -> {"username", "exp"}
        self.issued: list[str] = []           # every token handed out, in order
        self.introspected: list[tuple[str, bool]] = []   # (token, active) for every question asked
        self._expired_to_hand_out = 0
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._httpd.server_address[1] if self._httpd else 0

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def start(self) -> "OAuth2Server":
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet: the test output is the place for failures only
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                if self.path.startswith("/introspect"):
                    body = owner._introspect(form.get("token", ""))
                elif self.path.startswith("/token") and form.get("username"):
                    token = owner.issue(form["username"])
                    body = {"access_token": token, "token_type": "Bearer", "expires_in": int(owner.lifetime)}
                else:
                    self.send_error(400)
                    return
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._httpd = ThreadingHTTPServer((LOOPBACK, 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="oauth2-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    # ---------------------------------------------------------------- tokens

    def issue(self, username: str) -> str:
        token = "tok-" + secrets.token_urlsafe(24)
        with self._lock:
            exp = time.time() + self.lifetime
            if self._expired_to_hand_out:
                self._expired_to_hand_out -= 1
                exp = time.time() - 1
            self.tokens[token] = {"username": username.lower(), "exp": exp}
            self.issued.append(token)
        return token

    def expire(self, token: str) -> None:
        with self._lock:
            self.tokens[token]["exp"] = time.time() - 1

    def expire_all(self) -> None:
        with self._lock:
            for info in self.tokens.values():
                info["exp"] = min(info["exp"], time.time() - 1)

    def hand_out_expired(self, count: int) -> None:
        """The next `count` tokens issued are expired already (a helper's stale cached token)."""
        with self._lock:
            self._expired_to_hand_out = count

    def reset(self) -> None:
        with self._lock:
            self.tokens.clear()
            self.issued.clear()
            self.introspected.clear()
            self._expired_to_hand_out = 0

    def _introspect(self, token: str) -> dict:
        with self._lock:
            info = self.tokens.get(token)
            active = info is not None and info["exp"] > time.time()
            self.introspected.append((token, active))
        if not active:
            return {"active": False}
        return {"active": True, "username": info["username"], "exp": int(info["exp"]), "scope": "mail"}
