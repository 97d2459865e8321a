"""Validates JSON documents against a JSON Schema with Python's jsonschema (Draft 2020-12).

Usage: python3 validate_with_jsonschema.py SCHEMA DOCUMENT...
Prints one line per document: its path, a tab, then "ok" or "invalid" and where and why.
Exits 3 when jsonschema is not installed, 2 when the schema itself is not valid (a pattern
that Python's re cannot compile is one such case).
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("jsonschema is not installed", file=sys.stderr)
    sys.exit(3)


def main(schema_path, documents):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    try:
        # the meta-schema, and with it every "pattern" compiled by Python's re (format "regex")
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as e:
        print("schema\tinvalid\t" + e.message)
        return 2
    validator = jsonschema.Draft202012Validator(schema)
    for path in documents:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        errors = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
        if errors:
            where = "/" + "/".join(str(p) for p in errors[0].absolute_path)
            print(path + "\tinvalid\t" + where + ": " + errors[0].message)
        else:
            print(path + "\tok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
