#!/usr/bin/env python3
"""Verifies a Tværs audit trail export (audit.csv) with nothing but Python's standard library.

Recomputes every event's SHA-256 from the exported fields in the canonical form that docs/audit-trail.md
specifies, checks that each event links to the one before it, then checks the signed checkpoints: each
signature (Ed25519, RFC 8032) under the published keys, and that the chain passes through each one.

    python3 verify_audit.py audit.csv [more-checkpoints.csv ...] [audit-keys.json]

Checkpoints and keys are read from audit-checkpoints.csv and audit-keys.json beside audit.csv, and from
any further files given (checkpoints you kept earlier, the key from /.well-known/tvaers-audit-key).
Prints OK with the number of events and the last hash, or the first broken sequence; exits 0 or 1.
"""
import base64
import csv
import hashlib
import io
import json
import os
import sys

# The hashed fields in the canonical key order (PostgreSQL jsonb: shorter keys first, then bytewise).
# Form 1 (events before issue 21) hashes the actor's e-mail; form 2 hashes "form" and not the e-mail.
KEY_ORDER = {
    "1": ["at", "after", "action", "before", "actorId", "entityId", "sequence", "operation", "actorEmail", "entityType"],
    "2": ["at", "form", "after", "action", "before", "actorId", "entityId", "sequence", "operation", "entityType"],
}
ZERO_HASH = "0" * 64
ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def json_string(text):
    """A JSON string as PostgreSQL writes it: only quotes, backslashes and control characters escaped."""
    return '"' + "".join(ESCAPES.get(c, "\\u%04x" % ord(c) if ord(c) < 0x20 else c) for c in text) + '"'


def text_cell(cell):
    """Undoes the export's spreadsheet guard: a text cell that begins with ' had one ' added."""
    return cell[1:] if cell.startswith("'") else cell


def canonical(row):
    form = row.get("form") or "1"
    values = {
        "at": json_string(row["at"]),
        "form": form,
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
    return "{" + ", ".join('"%s": %s' % (key, values[key]) for key in KEY_ORDER[form]) + "}"


# Ed25519 signature check (RFC 8032, section 5.1.7), points in extended coordinates.
P, L = 2**255 - 19, 2**252 + 27742317777372353535851937790883648493
D, SQRT_M1 = -121665 * pow(121666, P - 2, P) % P, pow(2, (P - 1) // 4, P)


def point_add(a, b):
    x1, y1, z1, t1 = a
    x2, y2, z2, t2 = b
    a_, b_ = (y1 - x1) * (y2 - x2) % P, (y1 + x1) * (y2 + x2) % P
    c_, d_ = 2 * t1 * t2 * D % P, 2 * z1 * z2 % P
    e, f, g, h = b_ - a_, d_ - c_, d_ + c_, b_ + a_
    return e * f % P, g * h % P, f * g % P, e * h % P


def point_mul(s, point):
    result = (0, 1, 1, 0)
    while s:
        result, point, s = (point_add(result, point) if s & 1 else result), point_add(point, point), s >> 1
    return result


def point_decode(data):
    y = int.from_bytes(data, "little")
    sign, y = y >> 255, y & ((1 << 255) - 1)
    x2 = (y * y - 1) * pow(D * y * y + 1, P - 2, P) % P
    x = pow(x2, (P + 3) // 8, P)
    x = x if (x * x - x2) % P == 0 else x * SQRT_M1 % P
    if y >= P or (x * x - x2) % P or (x == 0 and sign):
        return None
    x = P - x if x & 1 != sign else x
    return x, y, 1, x * y % P


def point_encode(point):
    x, y, z, _ = point
    zi = pow(z, P - 2, P)
    return ((y * zi % P) | ((x * zi % P & 1) << 255)).to_bytes(32, "little")


BASE = point_decode((4 * pow(5, P - 2, P) % P).to_bytes(32, "little"))


def ed25519_verify(public, message, signature):
    a, r = point_decode(public), point_decode(signature[:32])
    s = int.from_bytes(signature[32:], "little")
    if len(public) != 32 or len(signature) != 64 or a is None or r is None or s >= L:
        return False
    k = int.from_bytes(hashlib.sha512(signature[:32] + public + message).digest(), "little") % L
    return point_encode(point_mul(s, BASE)) == point_encode(point_add(r, point_mul(k, a)))


def check_checkpoints(events, checkpoints, keys):
    """The first problem with the signed checkpoints, or None."""
    last = max((int(s) for s in events), default=0)
    for c in checkpoints:
        where = "checkpoint at sequence %s signed %s" % (c["sequence"], c["signed_at"])
        message = "\n".join(["tvaers-audit-checkpoint-v1", c["sequence"], c["hash"], c["signed_at"]]).encode("utf-8")
        if c["key_id"] not in keys:
            return "%s: signed by key %s, which is not among the published keys" % (where, c["key_id"])
        if not ed25519_verify(keys[c["key_id"]], message, base64.b64decode(c["signature"])):
            return "%s: the signature does not verify (the checkpoint was altered or forged)" % where
        if int(c["sequence"]) > last:
            return "%s: the export ends at sequence %d, so signed events were removed from the end" % (where, last)
        event = events.get(c["sequence"])
        if event is not None and event["hash"] != c["hash"]:
            return "sequence %s: the chain does not pass through the %s (the history was rewritten)" % (c["sequence"], where)
    return None


def read_csv(text):
    text = text.lstrip("\ufeff")
    header = text.split("\n", 1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def verify(text, checkpoints=(), keys=None):
    rows = read_csv(text)
    previous = None
    for row in rows:
        sequence = row["sequence"]
        if previous is None and sequence != "1" and row["previous_hash"] == ZERO_HASH:
            return False, "sequence %s: a first event must have sequence 1" % sequence
        expected_previous = previous["hash"] if previous else (ZERO_HASH if sequence == "1" else row["previous_hash"])
        if previous and int(sequence) != int(previous["sequence"]) + 1:
            return False, "sequence %s follows %s: events are missing or out of order" % (sequence, previous["sequence"])
        if row["previous_hash"] != expected_previous:
            return False, "sequence %s: previous_hash does not match the hash of the event before it (an event is missing or changed)" % sequence
        if (row.get("form") or "1") not in KEY_ORDER:
            return False, "sequence %s: unknown canonical form %s" % (sequence, row["form"])
        computed = hashlib.sha256((row["previous_hash"] + canonical(row)).encode("utf-8")).hexdigest()
        if computed != row["hash"]:
            return False, "sequence %s: the hash does not match the event's fields (computed %s)" % (sequence, computed)
        previous = row
    problem = check_checkpoints({r["sequence"]: r for r in rows}, checkpoints, keys or {})
    if problem:
        return False, problem
    signed = "; no signed checkpoints given" if not checkpoints else "; %d signed checkpoints verified, the newest at sequence %s" % (
        len(checkpoints), max(int(c["sequence"]) for c in checkpoints))
    if previous is None:
        return True, "OK: no events" + signed
    return True, "OK: %d events (sequence %s to %s), last hash %s%s" % (len(rows), rows[0]["sequence"], previous["sequence"], previous["hash"], signed)


def main(argv):
    if len(argv) < 2:
        print("usage: python3 verify_audit.py audit.csv [checkpoints.csv ...] [audit-keys.json]", file=sys.stderr)
        return 2
    folder = os.path.dirname(os.path.abspath(argv[1]))
    beside = [os.path.join(folder, name) for name in ("audit-checkpoints.csv", "audit-keys.json")]
    files = [f for f in beside if os.path.exists(f)] + argv[2:]
    checkpoints, keys = [], {}
    for name in files:
        with open(name, encoding="utf-8", newline="") as f:
            if name.endswith(".json"):
                keys.update({k["keyId"]: base64.b64decode(k["publicKey"]) for k in json.load(f)["keys"]})
            else:
                checkpoints += read_csv(f.read())
    with open(argv[1], encoding="utf-8", newline="") as f:
        ok, message = verify(f.read(), checkpoints, keys)
    print(message if ok else "BROKEN: " + message)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
