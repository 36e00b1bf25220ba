#!/usr/bin/env python3
"""Fails when any project source calls ignoreSslErrors() without an explicit error list.

Issue 8: TLS verification is on by default and a stored certificate is trusted for its own
server only, so the only allowed form is QNetworkReply::ignoreSslErrors(list) with the list of
errors that name the stored certificate. The argument-less overload would accept any
certificate. QSslSocket::VerifyNone may appear only in the TLS trust policy, where it is the
admin's explicit per-server "verify SSL: off" choice (psu-api.md section 6, case 1).
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCES = ("core", "ui", "app")
NO_ARGS = re.compile(r"ignoreSslErrors\s*\(\s*\)")
VERIFY_NONE = re.compile(r"VerifyNone")
VERIFY_NONE_ALLOWED = {"core/net/TlsTrustPolicy.cpp"}


def scan(root: pathlib.Path) -> list:
    problems = []
    for area in SOURCES:
        for path in sorted((root / area).rglob("*")):
            if path.suffix not in (".cpp", ".h"):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for number, line in enumerate(text.splitlines(), 1):
                code = line.split("//", 1)[0]
                if NO_ARGS.search(code):
                    problems.append(f"{path.relative_to(root)}:{number}: ignoreSslErrors() "
                                    "without an explicit error list")
                relative = path.relative_to(root).as_posix()
                if VERIFY_NONE.search(code) and relative not in VERIFY_NONE_ALLOWED:
                    problems.append(f"{path.relative_to(root)}:{number}: VerifyNone disables "
                                    "certificate verification")
    return problems


def self_test() -> int:
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        (root / "core").mkdir()
        (root / "core" / "bad.cpp").write_text("reply->ignoreSslErrors();\n")
        (root / "core" / "ok.cpp").write_text("reply->ignoreSslErrors(expected); // ignoreSslErrors()\n")
        (root / "ui").mkdir()
        (root / "ui" / "lax.cpp").write_text("c.setPeerVerifyMode(QSslSocket::VerifyNone);\n")
        found = scan(root)
        if len(found) != 2 or "bad.cpp:1" not in found[0] or "lax.cpp:1" not in found[1]:
            print("self-test failed:", found)
            return 1
    print("self-test passed")
    return 0


def main() -> int:
    if "--self-test" in sys.argv:
        return self_test()
    problems = scan(ROOT)
    for problem in problems:
        print(problem)
    print(f"checked {', '.join(SOURCES)}: {len(problems)} TLS bypass(es)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
