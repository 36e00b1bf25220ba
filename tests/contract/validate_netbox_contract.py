#!/usr/bin/env python3
"""OpenAPI contract test for the simulated NetBox.

Runs a driver (a test executable that exercises the simulator) with
LEASELINK_NETBOX_CONTRACT_LOG pointing at a fresh JSON-lines file, then validates every logged
request body the simulator accepted and every JSON response it produced against the operation's
schema in $LEASELINK_SHARED_DIR/netbox/openapi-subset.json (OpenAPI 3.0: `$ref`s are resolved and
`nullable` is turned into JSON Schema's null type).

The schema subset comes from NetBox 4.7.0-beta1 (see shared/netbox/SOURCE.md); its documented
error shapes for bulk operations (BulkOperationError) are newer than the 4.5/4.6 behaviour the
simulator reproduces, so those error bodies are reported as known differences, not failures.

When the schema file is absent the test says so and fails when CI=true (exits 0 otherwise), so it
cannot silently stop checking.
"""
import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:  # pragma: no cover - the package is in packaging/install-deps.sh
    print("FAIL: python3-jsonschema is not installed (see packaging/install-deps.sh)")
    sys.exit(1)

BUILTIN_STATUS_VALUES = {"active", "reserved", "deprecated", "dhcp", "slaac"}
BUILTIN_STATUS_LABELS = {"Active", "Reserved", "Deprecated", "DHCP", "SLAAC"}


def load_spec():
    shared = os.environ.get("LEASELINK_SHARED_DIR", "")
    path = os.path.join(shared, "netbox", "openapi-subset.json") if shared else ""
    if not path or not os.path.isfile(path):
        where = path or "(LEASELINK_SHARED_DIR is not set)"
        banner = "#" * 78
        print(banner)
        print(f"NetBox OpenAPI schema not found: {where}")
        print("The NetBox contract test cannot check anything without it.")
        print(banner)
        if os.environ.get("CI", "").lower() == "true":
            print("FAIL: CI=true and the schema is missing.")
            sys.exit(1)
        print("Not in CI: exiting 0, but NOTHING WAS CHECKED.")
        sys.exit(0)
    with open(path, encoding="utf-8") as handle:
        return json.load(handle), path


def to_json_schema(node, spec, seen=()):
    """Inline $refs and translate OpenAPI 3.0 keywords into JSON Schema (draft 7)."""
    if isinstance(node, list):
        return [to_json_schema(item, spec, seen) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            raise ValueError(f"recursive $ref {ref}")
        target = spec
        for part in ref.lstrip("#/").split("/"):
            target = target[part]
        return to_json_schema(target, spec, seen + (ref,))
    result = {}
    for key, value in node.items():
        if key in ("nullable", "readOnly", "writeOnly", "example", "x-spec-enum-id", "description",
                   "title", "format"):
            continue
        if key == "properties":
            result[key] = {name: to_json_schema(sub, spec, seen) for name, sub in value.items()}
        else:
            result[key] = to_json_schema(value, spec, seen)
    props = result.get("properties", {})
    value_enum = props.get("value", {}).get("enum", []) if isinstance(props.get("value"), dict) else []
    if result.get("type") == "object" and "label" in props and "" in value_enum:
        # NetBox's ChoiceField renders a blank choice (e.g. an IP without role) as null; the
        # generated schema lists "" in the enum instead of marking the object nullable.
        result = {"anyOf": [{"type": "null"}, result]}
    if node.get("nullable"):
        if "type" in result and isinstance(result["type"], str) and "enum" not in result:
            result["type"] = [result["type"], "null"]
        else:
            result = {"anyOf": [{"type": "null"}, result]}
    return result


def strip_required(schema):
    """brief/fields/omit return fewer fields: keep the type checks, drop `required`."""
    if isinstance(schema, list):
        return [strip_required(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    return {key: strip_required(value) for key, value in schema.items() if key != "required"}


def extend_status_enums(schema, values, labels):
    """FIELD_CHOICES may add IP-address statuses; the published enum lists only built-ins."""
    if isinstance(schema, list):
        for item in schema:
            extend_status_enums(item, values, labels)
        return
    if not isinstance(schema, dict):
        return
    enum = schema.get("enum")
    if isinstance(enum, list):
        members = {e for e in enum if isinstance(e, str)}
        if members == BUILTIN_STATUS_VALUES:
            schema["enum"] = list(dict.fromkeys(enum + values))
        elif members == BUILTIN_STATUS_LABELS:
            schema["enum"] = list(dict.fromkeys(enum + labels))
    for value in schema.values():
        if isinstance(value, (dict, list)):
            extend_status_enums(value, values, labels)


class Checker:
    def __init__(self, spec):
        self.spec = spec
        self.cache = {}
        self.failures = []
        self.validated = 0
        self.known = 0
        self.skipped = 0
        self.covered = set()

    def schema(self, raw, choices, relaxed=False):
        key = (json.dumps(raw, sort_keys=True), json.dumps(choices, sort_keys=True), relaxed)
        if key not in self.cache:
            converted = to_json_schema(raw, self.spec)
            if relaxed:
                converted = strip_required(converted)
            extra_values = [c["value"] for c in choices if c["value"] not in BUILTIN_STATUS_VALUES]
            extra_labels = [c["label"] for c in choices if c["value"] not in BUILTIN_STATUS_VALUES]
            if extra_values:
                extend_status_enums(converted, extra_values, extra_labels)
            self.cache[key] = jsonschema.Draft7Validator(converted)
        return self.cache[key]

    def check(self, what, line_no, record, validator, instance):
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
        self.validated += 1
        if errors:
            for error in errors[:5]:
                location = "/".join(str(p) for p in error.absolute_path) or "(root)"
                self.failures.append(
                    f"line {line_no}: {record['method']} {record['path_template']} -> {record['status']}: "
                    f"{what} at {location}: {error.message[:300]}")
            return False
        return True

    def run(self, records):
        paths = self.spec["paths"]
        for line_no, record in records:
            template = record.get("path_template") or record.get("path")
            method = record["method"].lower()
            operation = paths.get(template, {}).get(method)
            if operation is None:
                self.skipped += 1  # endpoint outside the published subset (e.g. /api/, tenants)
                continue
            status = str(record["status"])
            choices = record.get("ip_status_choices", [])
            ok = True
            accepted = status.startswith("2")
            body = record.get("request_body")
            if accepted and body is not None:
                content = operation.get("requestBody", {}).get("content", {}).get("application/json")
                if content is None:
                    self.skipped += 1  # e.g. DELETE of one object with a changelog_message body
                else:
                    ok &= self.check("request body", line_no, record, self.schema(content["schema"], choices), body)
            response = operation.get("responses", {}).get(status)
            payload = record.get("response_body")
            if response is None:
                self.skipped += 1  # status NetBox does not document for this operation (403, 404, ...)
                continue
            content = response.get("content", {}).get("application/json")
            if content is None or not content.get("schema"):
                if accepted:
                    self.covered.add((template, method))
                continue
            if not status.startswith("2") and self.is_known_difference(content["schema"], payload):
                self.known += 1
                continue
            if payload is None:
                self.failures.append(f"line {line_no}: {record['method']} {template} -> {status}: no JSON body")
                continue
            if "start=" in record.get("query", "") and isinstance(payload, dict) and payload.get("count") is None:
                payload = copy.deepcopy(payload)  # cursor pages: count is null in 4.6 (not in the schema)
                payload["count"] = 0
            query = record.get("query", "")
            relaxed = any(f"{name}=" in query for name in ("brief", "fields", "omit"))
            validator = self.schema(content["schema"], choices, relaxed)
            if isinstance(body, list) and isinstance(payload, list) and status == "201":
                # Bulk create answers with an array of objects; the schema documents one object.
                for item in payload:
                    ok &= self.check("response item", line_no, record, validator, item)
            else:
                ok &= self.check("response", line_no, record, validator, payload)
            if accepted and ok:
                self.covered.add((template, method))

    def is_known_difference(self, schema, payload):
        """4.5/4.6 bulk error bodies (aligned arrays, single error dicts) predate BulkOperationError."""
        text = json.dumps(schema)
        if "BulkOperationError" not in text:
            return False
        return isinstance(payload, list) or (isinstance(payload, dict) and "detail" not in payload)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--driver", help="test executable that exercises the simulator")
    parser.add_argument("--log", help="validate this existing JSON-lines log instead of running a driver")
    args = parser.parse_args()

    spec, spec_path = load_spec()
    if args.log:
        log_path = args.log
    else:
        if not args.driver:
            parser.error("--driver or --log is required")
        handle, log_path = tempfile.mkstemp(prefix="netbox-contract-", suffix=".jsonl")
        os.close(handle)
        env = dict(os.environ, LEASELINK_NETBOX_CONTRACT_LOG=log_path)
        result = subprocess.run([args.driver], env=env, check=False)
        if result.returncode != 0:
            print(f"FAIL: the driver {args.driver} failed with exit code {result.returncode}")
            sys.exit(1)

    records = []
    with open(log_path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                records.append((number, json.loads(line)))
    if not args.log:
        os.unlink(log_path)

    checker = Checker(spec)
    checker.run(records)
    operations = {(path, method) for path, item in spec["paths"].items() for method in item
                  if method in ("get", "post", "put", "patch", "delete")}
    missing = sorted(operations - checker.covered)

    print(f"schema: {spec_path}")
    print(f"exchanges logged: {len(records)}; bodies validated: {checker.validated}; "
          f"known 4.6-vs-4.7 error-shape differences: {checker.known}; not covered by the schema: {checker.skipped}")
    print(f"operations exercised successfully: {len(checker.covered)} of {len(operations)}")
    for failure in checker.failures:
        print("FAIL:", failure)
    for path, method in missing:
        print(f"FAIL: operation never exercised with a successful, schema-valid exchange: {method.upper()} {path}")
    if checker.failures or missing or checker.validated == 0:
        sys.exit(1)
    print("PASS: every logged NetBox request body and response matches openapi-subset.json")


if __name__ == "__main__":
    main()
