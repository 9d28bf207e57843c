#!/usr/bin/env python3
"""Verifies a Tværs audit trail export (audit.csv) with nothing but Python's standard library.

Recomputes every event's SHA-256 from the exported fields in the canonical form that docs/audit-trail.md
specifies, and checks that each event links to the one before it.

    python3 verify_audit.py audit.csv

Prints OK with the number of events and the last hash, or the first broken sequence; exits 0 or 1.
"""
import csv
import hashlib
import io
import sys

# The ten hashed fields in the canonical key order (PostgreSQL jsonb: shorter keys first, then bytewise).
KEY_ORDER = ["at", "after", "action", "before", "actorId", "entityId", "sequence", "operation", "actorEmail", "entityType"]
ZERO_HASH = "0" * 64
ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def json_string(text):
    """A JSON string as PostgreSQL writes it: only quotes, backslashes and control characters escaped."""
    return '"' + "".join(ESCAPES.get(c, "\\u%04x" % ord(c) if ord(c) < 0x20 else c) for c in text) + '"'


def text_cell(cell):
    """Undoes the export's spreadsheet guard: a text cell that begins with ' had one ' added."""
    return cell[1:] if cell.startswith("'") else cell


def canonical(row):
    values = {
        "at": json_string(row["at"]),
        "after": text_cell(row["after"]) or "null",
        "action": json_string(row["action"]),
        "before": text_cell(row["before"]) or "null",
        "actorId": json_string(row["actor_id"]) if row["actor_id"] else "null",
        "entityId": json_string(row["entity_id"]) if row["entity_id"] else "null",
        "sequence": row["sequence"],
        "operation": json_string(text_cell(row["operation"])),
        "actorEmail": json_string(text_cell(row["actor"])),
        "entityType": json_string(row["entity_type"]),
    }
    return "{" + ", ".join('"%s": %s' % (key, values[key]) for key in KEY_ORDER) + "}"


def verify(text):
    text = text.lstrip("\ufeff")
    header = text.split("\n", 1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))
    previous = None
    for row in rows:
        sequence = row["sequence"]
        if previous is None and sequence != "1" and row["previous_hash"] == ZERO_HASH:
            return False, "sequence %s: a first event must have sequence 1" % sequence
        expected_previous = previous["hash"] if previous else (ZERO_HASH if sequence == "1" else row["previous_hash"])
        # Sequence numbers only grow; gaps are normal (a rolled-back transaction uses a number up).
        if previous and int(sequence) <= int(previous["sequence"]):
            return False, "sequence %s follows %s: out of order" % (sequence, previous["sequence"])
        if row["previous_hash"] != expected_previous:
            return False, "sequence %s: previous_hash does not match the hash of the event before it (an event is missing or changed)" % sequence
        computed = hashlib.sha256((row["previous_hash"] + canonical(row)).encode("utf-8")).hexdigest()
        if computed != row["hash"]:
            return False, "sequence %s: the hash does not match the event's fields (computed %s)" % (sequence, computed)
        previous = row
    if previous is None:
        return True, "OK: no events"
    first = rows[0]["sequence"]
    return True, "OK: %d events (sequence %s to %s), last hash %s" % (len(rows), first, previous["sequence"], previous["hash"])


def main(argv):
    if len(argv) != 2:
        print("usage: python3 verify_audit.py audit.csv", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8", newline="") as f:
        ok, message = verify(f.read())
    print(message if ok else "BROKEN: " + message)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
