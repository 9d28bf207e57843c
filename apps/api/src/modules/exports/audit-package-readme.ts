// The README of audit.zip, in Danish and English.
export const AUDIT_PACKAGE_README = `Tværs – revisionsspor / audit trail
=====================================

DANSK

Pakken indeholder hele revisionssporet (audit.csv) og to små programmer, der efterprøver det på din
egen maskine uden at stole på Tværs: de beregner hver hændelses SHA-256 igen ud fra felterne i filen
og kontrollerer, at hver hændelse peger på den forrige.

  python3 verify_audit.py audit.csv      (Python 3, kun standardbiblioteket)
  node verify-audit.mjs audit.csv        (Node.js, ingen afhængigheder)

Svaret er "OK" med antallet af hændelser og den sidste hash, eller "BROKEN" med den første hændelse,
der ikke stemmer. audit-trail.md beskriver den hashede form byte for byte med et eksempel, du kan
regne efter i hånden. Sammenlign den sidste hash med en, du har fået af Tværs tidligere: er den
hændelse stadig i sporet med samme hash, er historikken før den uændret.

ENGLISH

This package holds the whole audit trail (audit.csv) and two small programs that verify it on your
own machine without trusting Tværs: they recompute every event's SHA-256 from the fields in the file
and check that each event links to the one before it.

  python3 verify_audit.py audit.csv      (Python 3, standard library only)
  node verify-audit.mjs audit.csv        (Node.js, no dependencies)

The answer is "OK" with the number of events and the last hash, or "BROKEN" with the first event
that does not verify. audit-trail.md specifies the hashed form byte by byte, with an example you can
check by hand. Compare the last hash with one Tværs gave you earlier: if that event is still in the
trail with the same hash, the history before it is unchanged.
`;
