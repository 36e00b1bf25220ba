#!/usr/bin/env python3
"""Searches everything the test suite printed and recorded for secrets.

Every test runs with LEASELINK_TRAFFIC_LOG (client-side HTTP exchanges) and
LEASELINK_LAB_RECORD_DIR (lab-side request logs) pointing into one artifacts directory, and
writes its QTest log (with every message the code logged) there too (<test>-output.txt).
This script, run by CTest after all other tests (fixture cleanup), fails when any of those
contains something shaped like a token: a PSU App Token (a JWT), a NetBox v2 token, or an
Authorization value that is not redacted to '****'. It also fails when there is nothing to scan
or no test log among it (a subset run such as `ctest -R tst_x` may have no traffic; that the
traffic recording itself works is asserted by tst_cli, whose CLI runs record into it).

--self-test plants each kind of secret (and redacted look-alikes) in a temporary tree and
checks that exactly the planted ones are found.
"""
import argparse
import os
import re
import sys
import tempfile

PATTERNS = [
    ("PSU App Token (JWT)", re.compile(rb"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")),
    ("NetBox v2 token", re.compile(rb"nbt_[A-Za-z0-9]{8,}\.[A-Za-z0-9]{16,}")),
    ("unredacted Authorization value",
     re.compile(rb"(?i)authorization\W{1,4}(?:bearer|token)\s+(?!\*\*\*\*)[A-Za-z0-9._~+/=-]{8,}")),
    ("unredacted Bearer credential", re.compile(rb"Bearer\s+(?!\*\*\*\*)(?:eyJ|nbt_)[A-Za-z0-9._-]{8,}")),
]


def scan_file(path):
    findings = []
    try:
        with open(path, "rb") as handle:
            for number, line in enumerate(handle, 1):
                for name, pattern in PATTERNS:
                    match = pattern.search(line)
                    if match:
                        shown = match.group(0)[:12].decode("utf-8", "replace") + "…"
                        findings.append(f"{path}:{number}: {name} ({shown})")
    except OSError as error:
        findings.append(f"{path}: cannot read: {error}")
    return findings


def files_under(directory):
    for root, _dirs, names in os.walk(directory):
        for name in names:
            yield os.path.join(root, name)


def scan(log, artifacts, require_logs=True):
    findings = []
    scanned = 0
    if log:
        if not os.path.isfile(log) or os.path.getsize(log) == 0:
            print(f"scan_for_secrets: the CTest log {log} is missing or empty", file=sys.stderr)
            return 1
        findings += scan_file(log)
        scanned += 1
    recorded = list(files_under(artifacts)) if artifacts and os.path.isdir(artifacts) else []
    nonempty = [p for p in recorded if os.path.getsize(p) > 0]
    if artifacts and not nonempty:
        print(f"scan_for_secrets: no recorded traffic under {artifacts}", file=sys.stderr)
        return 1
    if artifacts and require_logs and not any(p.endswith("-output.txt") for p in nonempty):
        print(f"scan_for_secrets: no test logs under {artifacts}", file=sys.stderr)
        return 1
    for path in recorded:
        findings += scan_file(path)
    scanned += len(recorded)
    if findings:
        print("scan_for_secrets: secrets found in test output or recorded traffic:")
        for finding in findings[:50]:
            print("  " + finding)
        return 1
    size = sum(os.path.getsize(p) for p in recorded) + (os.path.getsize(log) if log else 0)
    print(f"scan_for_secrets: {scanned} files, {size / 1048576:.1f} MiB scanned, no secrets")
    return 0


def self_test():
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiREhDUFJlYWRlciJ9.c2lnbmF0dXJlMTIzNDU2"
    planted = {
        "jwt.log": f"request failed: {jwt}\n",
        "nbt.jsonl": '{"h":"Authorization: Bearer nbt_AbCdEf123456.0123456789abcdefABCDEF0123"}\n',
        "v1.log": "Authorization: Token 0123456789abcdef0123456789abcdef01234567\n",
    }
    clean = {
        "redacted.jsonl": '{"h":"Authorization: Bearer ****"} {"h":"Authorization: Token ****"}\n',
        "text.log": "The App Token is accepted; Bearer **** was sent; eyJ alone is fine\n",
    }
    with tempfile.TemporaryDirectory() as directory:
        for name, text in {**planted, **clean}.items():
            with open(os.path.join(directory, name), "w") as handle:
                handle.write(text)
        for name in planted:
            if not scan_file(os.path.join(directory, name)):
                print(f"self-test: planted secret in {name} was not found", file=sys.stderr)
                return 1
        for name in clean:
            found = scan_file(os.path.join(directory, name))
            if found:
                print(f"self-test: false positive in {name}: {found}", file=sys.stderr)
                return 1
        if scan(None, directory, require_logs=False) != 1:
            print("self-test: a tree with secrets passed the scan", file=sys.stderr)
            return 1
        empty = os.path.join(directory, "empty")
        os.mkdir(empty)
        if scan(None, empty, require_logs=False) != 1:
            print("self-test: an empty artifacts directory passed the scan", file=sys.stderr)
            return 1
    print("self-test: every planted secret found, no false positives")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ctest-log")
    parser.add_argument("--artifacts")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if args.self_test:
        return self_test()
    return scan(args.ctest_log, args.artifacts)


if __name__ == "__main__":
    sys.exit(main())
