#!/usr/bin/env python3
"""Fails when a LeaseLink .ts file is not complete for the current sources.

check:     lupdate (same options as the leaselink_i18n_lupdate target) rescans the sources into a
           temporary copy of each .ts file, keeping obsolete entries. The copy must then have
           - the same messages (context, source, comment) as the committed file: no tr() string
             missing from it, none left over;
           - no unfinished, obsolete or vanished translation;
           - every numerus form filled;
           - the same %1..%99 placeholders (and %n in plurals) as the source;
           - an accelerator (&x) where the source has one.
self-test: plants one defect of each kind into copies and expects check to reject every one of
           them (and to accept the unchanged file), so the check cannot pass vacuously.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(\d{1,2}|n)")
# "&x" is an accelerator; "&&" is a literal ampersand.
ACCELERATOR = re.compile(r"(?<!&)&(?!&)\w")


def run_lupdate(lupdate, source_root, source_dirs, ts):
    cmd = [lupdate, "-locations", "none", "-no-ui-lines", "-silent"]
    cmd += [os.path.join(source_root, d) for d in source_dirs]
    cmd += ["-ts", ts]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("lupdate failed:\n" + result.stdout + result.stderr)


def messages(ts):
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def key(name, message):
    return (name, message.findtext("source") or "", message.findtext("comment") or "")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def problems_of(committed, rescanned):
    problems = []
    committed_keys = {key(n, m) for n, m in messages(committed)}
    rescanned_keys = set()
    for name, message in messages(rescanned):
        k = key(name, message)
        rescanned_keys.add(k)
        where = f"{name}: {k[1]!r}"
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "obsolete", "vanished", "missing"):
            problems.append(f"{kind}: {where}")
            continue
        source = k[1]
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms
            if not forms or any(not f.strip() for f in forms):
                problems.append(f"empty plural form: {where}")
                continue
        else:
            texts = [translation.text or ""]
            if not texts[0].strip():
                problems.append(f"empty translation: {where}")
                continue
        for text in texts:
            if placeholders(text) != placeholders(source):
                problems.append(f"placeholders {placeholders(text)} instead of "
                                f"{placeholders(source)}: {where} -> {text!r}")
            if ACCELERATOR.search(source) and not ACCELERATOR.search(text):
                problems.append(f"accelerator lost: {where} -> {text!r}")
    for k in sorted(rescanned_keys - committed_keys):
        problems.append(f"not in the committed file (run the lupdate target): {k[0]}: {k[1]!r}")
    for k in sorted(committed_keys - rescanned_keys):
        problems.append(f"no longer in the sources: {k[0]}: {k[1]!r}")
    return problems


def check(args, ts_files):
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            run_lupdate(args.lupdate, args.source_root, args.source_dirs, copy)
            problems = problems_of(ts, copy)
            count = sum(1 for _ in messages(copy))
            if problems:
                failed = True
                print(f"{ts}: {len(problems)} problem(s) in {count} messages")
                for p in problems:
                    print("  " + p)
            else:
                print(f"{ts}: complete, {count} messages")
    return not failed


def plant(ts, out, defect):
    """Writes ts with one defect to out; returns a description."""
    text = open(ts, encoding="utf-8").read()
    if defect == "unfinished":
        new = text.replace("<translation>", '<translation type="unfinished">', 1)
    elif defect == "obsolete":
        new = text.replace("</context>", "    <message>\n        <source>A string no source has"
                           "</source>\n        <translation type=\"vanished\">Weg</translation>\n"
                           "    </message>\n</context>", 1)
    elif defect == "missing":
        # Drop the first message: the rescan brings it back as a new, unfinished entry.
        new = re.sub(r"\s*<message>.*?</message>", "", text, count=1, flags=re.S)
    elif defect == "placeholder":
        new = re.sub(r"(<translation>[^<]*?)%1", r"\1", text, count=1)
    elif defect == "plural":
        new = re.sub(r"<numerusform>[^<]+</numerusform>", "<numerusform></numerusform>", text,
                     count=1)
    elif defect == "accelerator":
        # In the file an accelerator is "&amp;x"; the first one found loses its "&".
        new = re.sub(r"(<translation>[^<]*?)&amp;(\w)", r"\1\2", text, count=1)
    else:
        raise ValueError(defect)
    if new == text:
        sys.exit(f"self-test: could not plant a {defect} defect into {ts}")
    open(out, "w", encoding="utf-8").write(new)


def self_test(args, ts_files):
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            for defect in ("unfinished", "obsolete", "missing", "placeholder", "plural",
                           "accelerator"):
                planted = os.path.join(tmp, f"{defect}_{os.path.basename(ts)}")
                plant(ts, planted, defect)
                copy = os.path.join(tmp, "rescan.ts")
                shutil.copyfile(planted, copy)
                run_lupdate(args.lupdate, args.source_root, args.source_dirs, copy)
                problems = problems_of(planted, copy)
                if problems:
                    print(f"self-test: {defect} defect rejected ({problems[0]})")
                else:
                    print(f"self-test: {defect} defect NOT detected in {ts}")
                    ok = False
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--source-root", required=True)
    parser.add_argument("--source-dirs", nargs="+", default=["app", "ui", "core"])
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("ts", nargs="+")
    args = parser.parse_args()
    ok = self_test(args, args.ts) if args.self_test else check(args, args.ts)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
