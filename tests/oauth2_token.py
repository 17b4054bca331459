#!/usr/bin/env python3
"""A token command for the tests, as an admin would configure one: ask the authorisation server's token
endpoint for an access token for USER and print it.

    oauth2_token_command = "python3 tests/oauth2_token.py http://127.0.0.1:PORT helpline@example.com"
"""
import json
import sys
import urllib.parse
import urllib.request


def main() -> int:
    url, user = sys.argv[1], sys.argv[2]
    body = urllib.parse.urlencode({"grant_type": "client_credentials", "username": user}).encode()
    with urllib.request.urlopen(f"{url}/token", data=body, timeout=10) as answer:
        print(json.load(answer)["access_token"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
